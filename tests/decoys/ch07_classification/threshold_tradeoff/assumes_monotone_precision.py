"""Decoy: walks down from the top score and stops at the first threshold below the target
(it assumes precision is monotone)."""

import numpy as np


def _validate(y_true: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    y_true, scores = np.asarray(y_true), np.asarray(scores, dtype=float)
    if y_true.shape != scores.shape or y_true.ndim != 1:
        raise ValueError(f"y_true {y_true.shape} and scores {scores.shape} must be 1-D and "
                         "of equal length")
    if not np.isin(y_true, [0, 1]).all():
        raise ValueError("y_true must hold only 0 and 1")
    if not (y_true == 1).any():
        raise ValueError("y_true has no positive sample")
    return y_true == 1, scores


def pr_at_thresholds(y_true: np.ndarray, scores: np.ndarray,
                     thresholds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    positive, scores = _validate(y_true, scores)
    # One row per threshold: which samples are predicted positive.
    predicted = scores[None, :] >= np.asarray(thresholds, dtype=float)[:, None]
    tp = (predicted & positive).sum(axis=1)
    n_pred = predicted.sum(axis=1)
    precision = np.where(n_pred > 0, tp / np.maximum(n_pred, 1), 1.0)
    return precision, tp / positive.sum()


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
