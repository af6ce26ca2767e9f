"""Decoy: the chance agreement uses the actual class shares twice (sum of squared true shares)."""

import numpy as np


def _confusion(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape:
        raise ValueError(f"y_true {y_true.shape} and y_pred {y_pred.shape} must be 1-D and "
                         "of equal length")
    if y_true.size == 0:
        raise ValueError("no samples")
    labels, codes = np.unique(np.concatenate([y_true, y_pred]), return_inverse=True)
    k, n = labels.size, y_true.size
    C = np.zeros((k, k), dtype=np.int64)
    np.add.at(C, (codes[:n], codes[n:]), 1)
    return C


def balanced_accuracy(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    C = _confusion(y_true, y_pred)
    support = C.sum(axis=1)
    present = support > 0  # classes only predicted have no recall
    return float(np.mean(np.diag(C)[present] / support[present]))


def cohen_kappa(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    C = _confusion(y_true, y_pred)
    n = C.sum()
    p_o = np.trace(C) / n
    p_e = float(C.sum(axis=1) @ C.sum(axis=1)) / n**2
    return float((p_o - p_e) / (1 - p_e)) if p_e < 1 else 0.0


def mcc(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    C = _confusion(y_true, y_pred).astype(float)
    t, p = C.sum(axis=1), C.sum(axis=0)
    c, s = np.trace(C), C.sum()
    den = np.sqrt((s**2 - p @ p) * (s**2 - t @ t))
    return float((c * s - t @ p) / den) if den > 0 else 0.0
