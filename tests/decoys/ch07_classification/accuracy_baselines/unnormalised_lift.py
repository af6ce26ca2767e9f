"""Decoy: the lift is accuracy - baseline, without dividing by 1 - baseline."""


def lift_over_baseline(accuracy: float, y: np.ndarray) -> float:
    if not 0.0 <= accuracy <= 1.0:
        raise ValueError(f"accuracy must be in [0, 1], got {accuracy}")
    baseline = majority_baseline(y)
    if baseline == 1.0:  # a single class: nothing left to gain
        return 0.0
    return float(accuracy - baseline)
