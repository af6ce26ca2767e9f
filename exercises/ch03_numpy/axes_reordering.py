"""Reordering axes: channels first/last, transpose, moveaxis, swapaxes, and transposes in
gradients (guide questions Q76, Q77, Q78, Q79, Q80).

Every axis reordering is a *permutation* of the axes: ``a.transpose(order)`` (or
``np.transpose(a, order)``) returns a view whose axis ``k`` is axis ``order[k]`` of ``a``. Write
the helpers below with ``transpose`` and explicit permutations only: do not call ``np.moveaxis``,
``np.swapaxes`` or ``np.rollaxis`` (as functions or as array methods; the checks read your
source). Every function except ``dense_grads`` returns a view of its input (no copy).

``to_channels_first(batch: np.ndarray) -> np.ndarray``
    ``(N, H, W, C)`` to ``(N, C, H, W)``: ``out[n, c, h, w] == batch[n, h, w, c]``.

``to_channels_last(batch: np.ndarray) -> np.ndarray``
    ``(N, C, H, W)`` to ``(N, H, W, C)``, the inverse of ``to_channels_first``.

``permute(a: np.ndarray, axes: tuple[int, ...] | None = None) -> np.ndarray``
    ``np.transpose(a, axes)``: ``axes`` is a permutation of the axes (negative entries count from
    the end); ``None`` reverses the order of the axes.

``move_axis(a: np.ndarray, src: int, dst: int) -> np.ndarray``
    ``np.moveaxis(a, src, dst)``: axis ``src`` moves to position ``dst``, the other axes keep
    their relative order. Negative ``src``/``dst`` count from the end.

``swap(a: np.ndarray, i: int, j: int) -> np.ndarray``
    ``np.swapaxes(a, i, j)``: axes ``i`` and ``j`` exchange places. Negative axes count from the
    end.

``dense_grads(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray]``
    For a dense layer ``Y = X @ W`` with ``X`` of shape ``(n, d)`` and ``W`` of shape ``(d, m)``,
    and the upstream gradient ``dY = dL/dY`` of shape ``(n, m)``, return ``(dX, dW)`` with
    ``dX = dY @ W.T`` (shape ``(n, d)``) and ``dW = X.T @ dY`` (shape ``(d, m)``): the gradients
    of ``L = sum(dY * (X @ W))``.

Inputs in the checks: float64 arrays of 1 to 5 dimensions with sides 0 to 3; ``dense_grads``
gets finite floats in [-10, 10] with sides 1 to 5.

Tolerance: the reordering functions must equal ``np.transpose``/``np.moveaxis``/``np.swapaxes``
exactly (shape and values) and share memory with the input (for non-empty arrays);
``dense_grads`` is compared with ``np.isclose(actual, expected, rtol=1e-9, atol=1e-9)`` against
the formulas and with ``rtol=1e-6, atol=1e-6`` against central finite differences of ``L``.

Raises: ``ValueError`` from the channel helpers when ``batch.ndim != 4``, from ``permute`` when
``axes`` repeats an axis or has the wrong length, and from ``dense_grads`` when the shapes do not
line up (``X.shape[1] != W.shape[0]`` or ``dY.shape != (n, m)``);
``np.exceptions.AxisError`` from ``permute``, ``move_axis`` and ``swap`` for an axis outside
``-ndim <= axis < ndim`` (NumPy's ``normalize_axis_index`` raises it).
"""

import numpy as np


def to_channels_first(batch: np.ndarray) -> np.ndarray:
    """(N, H, W, C) -> (N, C, H, W), as a view."""
    raise NotImplementedError


def to_channels_last(batch: np.ndarray) -> np.ndarray:
    """(N, C, H, W) -> (N, H, W, C), as a view."""
    raise NotImplementedError


def permute(a: np.ndarray, axes: tuple[int, ...] | None = None) -> np.ndarray:
    """np.transpose(a, axes); None reverses the axes."""
    raise NotImplementedError


def move_axis(a: np.ndarray, src: int, dst: int) -> np.ndarray:
    """np.moveaxis(a, src, dst) through an explicit permutation."""
    raise NotImplementedError


def swap(a: np.ndarray, i: int, j: int) -> np.ndarray:
    """np.swapaxes(a, i, j) through an explicit permutation."""
    raise NotImplementedError


def dense_grads(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(dX, dW) = (dY @ W.T, X.T @ dY) for Y = X @ W."""
    raise NotImplementedError
