"""Decoy: returns the highest qualifying threshold instead of the lowest."""


def threshold_for_precision(y_true: np.ndarray, scores: np.ndarray,
                            min_precision: float) -> float | None:
    if not 0.0 <= min_precision <= 1.0:
        raise ValueError(f"min_precision must be in [0, 1], got {min_precision}")
    candidates = np.unique(np.asarray(scores, dtype=float))  # sorted ascending
    precision, _ = pr_at_thresholds(y_true, scores, candidates)
    good = np.flatnonzero(precision >= min_precision)
    return float(candidates[good[-1]]) if good.size else None
