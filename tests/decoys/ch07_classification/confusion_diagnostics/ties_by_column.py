"""Decoy: ties are broken by column before row."""

from collections.abc import Sequence

import numpy as np


def _square(cm: np.ndarray) -> np.ndarray:
    cm = np.asarray(cm)
    if cm.ndim != 2 or cm.shape[0] != cm.shape[1]:
        raise ValueError(f"the matrix must be square, got shape {cm.shape}")
    if (cm < 0).any():
        raise ValueError("counts must be non-negative")
    return cm


def top_confusions(cm: np.ndarray, labels: Sequence,
                   k: int = 3) -> list[tuple[object, object, int]]:
    cm = _square(cm)
    labels = np.asarray(labels)
    if labels.shape != (cm.shape[0],):
        raise ValueError(f"{cm.shape[0]} classes but {labels.size} labels")
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    rows, cols = np.nonzero(cm * (1 - np.eye(cm.shape[0], dtype=cm.dtype)))
    counts = cm[rows, cols]
    # np.lexsort sorts by the last key first: count descending, then row, then column.
    order = np.lexsort((rows, cols, -counts))[:k]
    return [(labels[rows[o]].item(), labels[cols[o]].item(), int(counts[o])) for o in order]


def error_bias(cm2: np.ndarray) -> str:
    cm2 = _square(cm2)
    if cm2.shape != (2, 2):
        raise ValueError(f"error_bias needs a 2 x 2 matrix, got {cm2.shape}")
    _, fp, fn, _ = cm2.ravel()
    if fp > fn:
        return "too_aggressive"
    return "too_conservative" if fn > fp else "balanced"
