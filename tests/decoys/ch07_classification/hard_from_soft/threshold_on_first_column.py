"""Decoy: the threshold is applied to the first column."""


import numpy as np


def _validate(proba: np.ndarray) -> np.ndarray:
    proba = np.asarray(proba, dtype=float)
    if proba.ndim != 2:
        raise ValueError(f"proba must be 2-D (n, K), got {proba.ndim}-D")
    if (proba < 0).any():
        raise ValueError("probabilities must be non-negative")
    if (np.abs(proba.sum(axis=1) - 1.0) > 1e-6).any():
        raise ValueError("every row of proba must sum to 1")
    return proba


def to_labels(proba: np.ndarray, classes: np.ndarray,
              threshold: float | None = None) -> np.ndarray:
    proba, classes = _validate(proba), np.asarray(classes)
    if classes.shape != (proba.shape[1],):
        raise ValueError(f"{proba.shape[1]} probability columns but classes has shape "
                         f"{classes.shape}")
    if threshold is None:
        return classes[np.argmax(proba, axis=1)]  # argmax keeps the first column on ties
    if proba.shape[1] != 2:
        raise ValueError("a threshold needs exactly two classes")
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be in [0, 1], got {threshold}")
    return np.where(proba[:, 0] >= threshold, classes[1], classes[0])


def confidence(proba: np.ndarray) -> np.ndarray:
    return _validate(proba).max(axis=1)
