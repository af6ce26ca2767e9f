"""A linear decision boundary: the line, the side of each point, and a grid for plotting (Q158).

A linear classifier in two dimensions predicts the positive class where ``w . x + b >= 0``; its
decision boundary is the line ``w[0] * x + w[1] * y + b = 0``. Write three functions:

``linear_boundary(w, b) -> tuple[float, float]``
    The boundary as ``y = slope * x + intercept``: return ``(slope, intercept)`` as two Python
    floats. ``w`` is a 1-D float array of length 2 and ``b`` a float.

``side(X, w, b) -> np.ndarray``
    The side of the boundary each row of ``X`` (a 2-D float array of shape ``(n, d)``, with
    ``d == len(w)``, any ``d >= 1``) lies on: an integer ndarray of shape ``(n,)`` holding ``1``
    where ``X @ w + b >= 0`` (points exactly on the boundary count as positive) and ``0``
    elsewhere. This is what a fitted ``LogisticRegression`` with classes ``[0, 1]`` predicts from
    its ``coef_[0]`` and ``intercept_[0]``.

``decision_grid(predict, xlim, ylim, n) -> tuple[np.ndarray, np.ndarray, np.ndarray]``
    Evaluate any classifier on an ``n x n`` mesh for plotting: ``xs = np.linspace(xlim[0],
    xlim[1], n)``, ``ys = np.linspace(ylim[0], ylim[1], n)``, ``xx, yy = np.meshgrid(xs, ys)``
    (so ``xx[i, j] = xs[j]`` and ``yy[i, j] = ys[i]``). Call ``predict`` exactly once, with the
    float array of shape ``(n * n, 2)`` whose rows are ``(xx.ravel()[k], yy.ravel()[k])``, and
    reshape its 1-D result to ``(n, n)`` so that ``zz[i, j]`` is the prediction at
    ``(xx[i, j], yy[i, j])``. Return ``(xx, yy, zz)``, each an ndarray of shape ``(n, n)``;
    ``zz`` keeps the numeric dtype ``predict`` returned. ``n >= 2``; ``xlim`` and ``ylim`` are
    pairs ``(low, high)`` with ``low < high``.

Do not modify the inputs.

Tolerance: slopes, intercepts and grid coordinates are compared with ``np.isclose(actual,
expected, rtol=1e-9, atol=1e-12)``; side labels and grid predictions must be exactly equal.
Checks that compare ``side`` with a fitted model, or flip the sign of ``(w, b)``, leave out points
with ``|w . x + b| < 1e-9``, where rounding legitimately decides the side.

Raises: ``ValueError`` from ``linear_boundary`` when ``w`` is not of length 2 or when
``w[1] == 0`` (a vertical boundary has no slope); from ``side`` when ``X`` is not 2-D or its
number of columns differs from ``len(w)``; from ``decision_grid`` when ``n < 2`` or a limit pair
has ``low >= high``.
"""

from collections.abc import Callable

import numpy as np


def linear_boundary(w: np.ndarray, b: float) -> tuple[float, float]:
    """(slope, intercept) of the line w[0] * x + w[1] * y + b = 0."""
    raise NotImplementedError


def side(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """1 where X @ w + b >= 0, else 0 (integer array of shape (n,))."""
    raise NotImplementedError


def decision_grid(predict: Callable, xlim: tuple, ylim: tuple,
                  n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(xx, yy, zz) of shape (n, n): the mesh and predict's labels on it."""
    raise NotImplementedError
