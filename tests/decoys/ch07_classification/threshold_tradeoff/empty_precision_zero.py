"""Decoy: precision is 0.0 instead of 1.0 where nothing is predicted positive."""


def pr_at_thresholds(y_true: np.ndarray, scores: np.ndarray,
                     thresholds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    positive, scores = _validate(y_true, scores)
    # One row per threshold: which samples are predicted positive.
    predicted = scores[None, :] >= np.asarray(thresholds, dtype=float)[:, None]
    tp = (predicted & positive).sum(axis=1)
    n_pred = predicted.sum(axis=1)
    precision = np.where(n_pred > 0, tp / np.maximum(n_pred, 1), 0.0)
    return precision, tp / positive.sum()
