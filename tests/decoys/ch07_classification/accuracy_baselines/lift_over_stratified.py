"""Decoy: the lift is measured against the stratified expectation instead of the majority baseline."""


def lift_over_baseline(accuracy: float, y: np.ndarray) -> float:
    if not 0.0 <= accuracy <= 1.0:
        raise ValueError(f"accuracy must be in [0, 1], got {accuracy}")
    baseline = stratified_guess_accuracy(y)
    if baseline == 1.0:  # a single class: nothing left to gain
        return 0.0
    return float((accuracy - baseline) / (1.0 - baseline))
