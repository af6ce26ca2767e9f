"""Decoy: walks down from the top score and stops at the first threshold below the target
(it assumes precision is monotone)."""


def threshold_for_precision(y_true: np.ndarray, scores: np.ndarray,
                            min_precision: float) -> float | None:
    if not 0.0 <= min_precision <= 1.0:
        raise ValueError(f"min_precision must be in [0, 1], got {min_precision}")
    candidates = np.unique(np.asarray(scores, dtype=float))  # sorted ascending
    precision, _ = pr_at_thresholds(y_true, scores, candidates)
    best = None
    for t, p in zip(candidates[::-1], precision[::-1], strict=True):
        if p < min_precision:
            break
        best = float(t)
    return best
