"""Reference solution for ch03/stack_concat."""

from collections.abc import Sequence

import numpy as np


def merge_batches(batches: Sequence[np.ndarray]) -> np.ndarray:
    batches = [np.asarray(b) for b in batches]
    if not batches:
        raise ValueError("merge_batches needs at least one batch")
    rest = {b.shape[1:] for b in batches}
    if any(b.ndim == 0 for b in batches) or len(rest) > 1:
        raise ValueError(f"batches need one trailing shape, got {[b.shape for b in batches]}")
    return np.concatenate(batches, axis=0)  # an existing axis: ndim is kept


def stack_predictions(preds: Sequence[np.ndarray]) -> np.ndarray:
    preds = [np.asarray(p) for p in preds]
    if not preds:
        raise ValueError("stack_predictions needs at least one array")
    if len({p.shape for p in preds}) > 1:
        raise ValueError(f"predictions need one shape, got {[p.shape for p in preds]}")
    return np.stack(preds, axis=0)  # a new axis 0: ndim grows by one


def add_bias_column(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    # The (n, 1) column of ones is float64, so hstack promotes integer X to float64 too.
    return np.hstack([np.ones((X.shape[0], 1)), X.astype(np.float64)])
