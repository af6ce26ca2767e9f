"""Reshaping and flattening: the inferred dimension, image batches, views and copies
(guide questions Q69, Q70).

A reshape keeps the elements in C (row-major) order and only changes how they are indexed, so
for a C-contiguous array it returns a *view* sharing the same memory. Write five functions:

``resolve_shape(size: int, shape: tuple[int, ...]) -> tuple[int, ...]``
    The shape that ``np.empty(size).reshape(shape)`` would get: ``shape`` with its single ``-1``
    (if any) replaced by the size that makes the product equal ``size``. Zero-size dimensions
    are valid: ``resolve_shape(0, (0, 5))`` is ``(0, 5)`` and ``resolve_shape(0, (-1,))`` is
    ``(0,)``; ``resolve_shape(1, ())`` is ``()``. Returns a tuple of Python ints.

``images_to_rows(batch: np.ndarray) -> np.ndarray``
    A batch of ``N`` images of shape ``(N, H, W)`` or ``(N, H, W, C)`` as a 2-D array of ``N``
    feature rows, ``(N, H * W)`` or ``(N, H * W * C)``, where row ``i`` is ``batch[i].ravel()``
    (C order). For a C-contiguous ``batch`` the result must be a view of it (no copy).

``rows_to_images(X: np.ndarray, h: int, w: int, c: int | None = None) -> np.ndarray``
    The inverse: ``X`` of shape ``(N, h * w)`` (or ``(N, h * w * c)``) back to ``(N, h, w)`` (or
    ``(N, h, w, c)``), a view of a C-contiguous ``X``; ``rows_to_images(images_to_rows(b), ...)``
    gives back ``b``.

``flatten_copy(a: np.ndarray) -> np.ndarray``
    All elements of ``a`` (any shape, 0-d included) as a 1-D array in C order, always a new array
    that shares no memory with ``a`` (so writing to it never changes ``a``).

``flatten_view(a: np.ndarray) -> np.ndarray``
    The same 1-D array in C order, but a view of ``a`` whenever that is possible (``a`` is
    C-contiguous), falling back to a copy otherwise (for example for a Fortran-ordered or
    transposed 2-D array, whose C-order elements are not adjacent in memory).

Inputs in the checks: arrays are float64 with at most 4 dimensions of sides 0 to 5; image
batches have 3 or 4 dimensions.

Tolerance: everything is exact: shapes equal NumPy's, values equal ``np.ravel``/``reshape``
of the same array. View-or-copy is measured with ``np.shares_memory`` (for non-empty arrays).

Raises: ``ValueError`` from ``resolve_shape`` when ``shape`` has more than one ``-1``, any other
negative entry (NumPy itself accepts ``-2`` as "infer": here it is an error), a ``-1`` that cannot
be inferred because the other sizes multiply to 0 (as in ``(0, -1)``), sizes whose product cannot
equal ``size`` (as ``(5,)`` for size 12 or ``(2, -1)`` for size 7), or a negative ``size``.
``ValueError`` from ``images_to_rows`` when ``batch.ndim`` is not 3 or 4, and from
``rows_to_images`` when ``X`` is not 2-D or its width is not ``h * w`` (``h * w * c``).
"""

import numpy as np


def resolve_shape(size: int, shape: tuple[int, ...]) -> tuple[int, ...]:
    """shape with its single -1 inferred so that the product equals size."""
    raise NotImplementedError


def images_to_rows(batch: np.ndarray) -> np.ndarray:
    """(N, H, W[, C]) -> (N, H*W[*C]), a view for C-contiguous input."""
    raise NotImplementedError


def rows_to_images(X: np.ndarray, h: int, w: int, c: int | None = None) -> np.ndarray:
    """(N, h*w[*c]) -> (N, h, w[, c]), a view for C-contiguous input."""
    raise NotImplementedError


def flatten_copy(a: np.ndarray) -> np.ndarray:
    """The elements of a in C order, as a new 1-D array."""
    raise NotImplementedError


def flatten_view(a: np.ndarray) -> np.ndarray:
    """The elements of a in C order, as a 1-D view when possible, else a copy."""
    raise NotImplementedError
