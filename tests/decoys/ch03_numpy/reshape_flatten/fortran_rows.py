"""Decoy: images_to_rows reshapes in Fortran order, so a row is not batch[i].ravel()."""

import math

import numpy as np


def resolve_shape(size: int, shape: tuple[int, ...]) -> tuple[int, ...]:
    shape = tuple(int(s) for s in shape)
    if size < 0:
        raise ValueError(f"size must be >= 0, got {size}")
    if shape.count(-1) > 1 or any(s < -1 for s in shape):
        raise ValueError(f"at most one -1 and no other negative size: {shape}")
    known = math.prod(s for s in shape if s != -1)
    if -1 in shape:
        if known == 0 or size % known:
            raise ValueError(f"cannot infer the -1 in {shape} for size {size}")
        return tuple(size // known if s == -1 else s for s in shape)
    if known != size:
        raise ValueError(f"shape {shape} holds {known} elements, not {size}")
    return shape


def images_to_rows(batch: np.ndarray) -> np.ndarray:
    if batch.ndim not in (3, 4):
        raise ValueError(f"expected (N, H, W) or (N, H, W, C), got shape {batch.shape}")
    # Explicit width instead of -1: -1 cannot be inferred when N = 0.
    return batch.reshape(batch.shape[0], math.prod(batch.shape[1:]), order="F")


def rows_to_images(X: np.ndarray, h: int, w: int, c: int | None = None) -> np.ndarray:
    tail = (h, w) if c is None else (h, w, c)
    if X.ndim != 2 or X.shape[1] != math.prod(tail):
        raise ValueError(f"X of shape {X.shape} does not hold images of shape {tail}")
    return X.reshape((X.shape[0], *tail))


def flatten_copy(a: np.ndarray) -> np.ndarray:
    return a.flatten()  # flatten always copies


def flatten_view(a: np.ndarray) -> np.ndarray:
    return a.ravel()  # a view when the C-order elements are adjacent, else a copy
