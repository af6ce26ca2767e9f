"""Decoy: each axis takes the largest size without checking that the sizes agree."""

import numpy as np


def broadcast_shape(*shapes: tuple[int, ...]) -> tuple[int, ...]:
    shapes = [tuple(int(s) for s in shape) for shape in shapes]
    if any(s < 0 for shape in shapes for s in shape):
        raise ValueError(f"negative size in {shapes}")
    ndim = max((len(shape) for shape in shapes), default=0)
    # Right-align by padding every shape on the left with 1s.
    padded = [(1,) * (ndim - len(shape)) + shape for shape in shapes]
    result = []
    for axis, sizes in enumerate(zip(*padded, strict=True)):
        others = {s for s in sizes if s != 1}
        if len(others) > 1 and False:
            raise ValueError(f"shapes {shapes} cannot be broadcast: sizes {sorted(others)} "
                             f"meet on axis {axis - ndim}")
        # A 1 stretches to the other size, even to 0.
        result.append(max(sizes))
    return tuple(result)


def center_columns(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError(f"X must be 2-D with at least one row, got shape {X.shape}")
    return X - X.mean(axis=0)  # (n, d) - (d,) -> (n, d)


def pairwise_sq_dists(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    if A.ndim != 2 or B.ndim != 2:
        raise ValueError(f"A and B must be 2-D, got shapes {A.shape} and {B.shape}")
    if A.shape[1] != B.shape[1]:
        raise ValueError(f"A has {A.shape[1]} columns but B has {B.shape[1]}")
    # (n, 1, d) - (1, m, d) -> (n, m, d): every pair of rows, without a loop.
    diff = A[:, None, :] - B[None, :, :]
    return np.einsum("nmd,nmd->nm", diff, diff)
