"""Reference solution for ch03/elementwise_vs_matmul."""

import numpy as np


def hadamard(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    A, B = np.asarray(A), np.asarray(B)
    if A.shape != B.shape:
        raise ValueError(f"hadamard needs equal shapes, got {A.shape} and {B.shape}")
    return A * B


def matmul_shape(a_shape: tuple, b_shape: tuple) -> tuple:
    a, b = tuple(int(s) for s in a_shape), tuple(int(s) for s in b_shape)
    if not a or not b:
        raise ValueError("matmul needs at least 1-D operands, got a 0-d shape")
    if any(s < 0 for s in a + b):
        raise ValueError(f"negative size in {a} or {b}")
    # 1-D promotion: (k,) is a row (1, k) on the left and a column (k, 1) on the right.
    a_vec, b_vec = len(a) == 1, len(b) == 1
    if a_vec:
        a = (1,) + a
    if b_vec:
        b = b + (1,)
    if a[-1] != b[-2]:
        raise ValueError(f"inner dimensions differ: {a_shape} @ {b_shape}")
    batch = np.broadcast_shapes(a[:-2], b[:-2])  # raises ValueError when the stacks clash
    rows = () if a_vec else (a[-2],)
    cols = () if b_vec else (b[-1],)
    return tuple(int(s) for s in batch) + rows + cols


def masked_projection(X: np.ndarray, mask: np.ndarray, W: np.ndarray) -> np.ndarray:
    X, mask, W = np.asarray(X, dtype=float), np.asarray(mask), np.asarray(W, dtype=float)
    if X.ndim != 2 or W.ndim != 2:
        raise ValueError(f"X and W must be 2-D, got shapes {X.shape} and {W.shape}")
    if mask.shape != X.shape:
        raise ValueError(f"mask has shape {mask.shape}, X has shape {X.shape}")
    if X.shape[1] != W.shape[0]:
        raise ValueError(f"X has {X.shape[1]} columns but W has {W.shape[0]} rows")
    return (X * mask) @ W  # element-wise first, then the matrix product
