"""Decoy: to_channels_first uses the order (0, 3, 2, 1), which also swaps H and W."""

import numpy as np
from numpy.lib.array_utils import normalize_axis_index


def _check_4d(batch: np.ndarray) -> None:
    if batch.ndim != 4:
        raise ValueError(f"expected a 4-D batch, got shape {batch.shape}")


def to_channels_first(batch: np.ndarray) -> np.ndarray:
    _check_4d(batch)
    return batch.transpose(0, 3, 2, 1)


def to_channels_last(batch: np.ndarray) -> np.ndarray:
    _check_4d(batch)
    return batch.transpose(0, 2, 3, 1)


def permute(a: np.ndarray, axes: tuple[int, ...] | None = None) -> np.ndarray:
    if axes is None:
        return a.transpose(tuple(range(a.ndim))[::-1])
    if len(axes) != a.ndim:
        raise ValueError(f"axes {axes} do not match an array of {a.ndim} dimensions")
    order = [normalize_axis_index(ax, a.ndim) for ax in axes]  # AxisError when out of range
    if len(set(order)) != len(order):
        raise ValueError(f"repeated axis in {axes}")
    return a.transpose(order)


def move_axis(a: np.ndarray, src: int, dst: int) -> np.ndarray:
    src, dst = normalize_axis_index(src, a.ndim), normalize_axis_index(dst, a.ndim)
    order = [ax for ax in range(a.ndim) if ax != src]
    order.insert(dst, src)
    return a.transpose(order)


def swap(a: np.ndarray, i: int, j: int) -> np.ndarray:
    i, j = normalize_axis_index(i, a.ndim), normalize_axis_index(j, a.ndim)
    order = list(range(a.ndim))
    order[i], order[j] = order[j], order[i]
    return a.transpose(order)


def dense_grads(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if X.ndim != 2 or W.ndim != 2 or X.shape[1] != W.shape[0]:
        raise ValueError(f"X {X.shape} and W {W.shape} do not line up")
    if dY.shape != (X.shape[0], W.shape[1]):
        raise ValueError(f"dY must have shape {(X.shape[0], W.shape[1])}, got {dY.shape}")
    # Each gradient is the upstream gradient multiplied by the OTHER factor, transposed.
    return dY @ W.T, X.T @ dY
