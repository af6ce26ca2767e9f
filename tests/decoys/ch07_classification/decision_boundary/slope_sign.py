"""Decoy: the slope is w[0] / w[1] instead of -w[0] / w[1]."""

from collections.abc import Callable

import numpy as np


def linear_boundary(w: np.ndarray, b: float) -> tuple[float, float]:
    w = np.asarray(w, dtype=float)
    if w.shape != (2,):
        raise ValueError(f"w must have length 2, got shape {w.shape}")
    if w[1] == 0:
        raise ValueError("w[1] == 0: the boundary is vertical and has no slope")
    # w0 x + w1 y + b = 0  <=>  y = -(w0 / w1) x - b / w1
    return float(w[0] / w[1]), float(-b / w[1])


def side(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    if X.ndim != 2 or X.shape[1] != w.shape[0]:
        raise ValueError(f"X must be 2-D with {w.shape[0]} columns, got shape {X.shape}")
    return (X @ w + b >= 0).astype(int)


def _check_limits(lim: tuple, what: str) -> None:
    if not lim[0] < lim[1]:
        raise ValueError(f"{what} must be (low, high) with low < high, got {lim}")


def decision_grid(predict: Callable, xlim: tuple, ylim: tuple,
                  n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if n < 2:
        raise ValueError(f"n must be at least 2, got {n}")
    _check_limits(xlim, "xlim")
    _check_limits(ylim, "ylim")
    xx, yy = np.meshgrid(np.linspace(xlim[0], xlim[1], n), np.linspace(ylim[0], ylim[1], n))
    zz = np.asarray(predict(np.column_stack([xx.ravel(), yy.ravel()])))
    return xx, yy, zz.reshape(n, n)
