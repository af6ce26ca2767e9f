"""Basic indexing and slicing: batches, columns, strided and trailing rows (guide questions Q71,
Q72).

Basic indexing (integers and slices ``start:stop:step``) never copies data: it returns a *view*,
so writing through the result changes the original array. Write four functions that select rows
or a column of a 2-D array ``X`` of shape ``(n, d)`` with basic indexing only, each returning a
view of ``X`` (``np.shares_memory(result, X)`` is true whenever the result is not empty):

``get_batch(X: np.ndarray, i: int, batch_size: int) -> np.ndarray``
    Rows ``i * batch_size`` up to (not including) ``(i + 1) * batch_size``: batch number ``i``,
    counting from 0. The last batch may be shorter. Concatenating batches ``0, 1, ...,
    ceil(n / batch_size) - 1`` gives back ``X``. Valid ``i`` are ``0 <= i < ceil(n / batch_size)``.

``column(X: np.ndarray, j: int) -> np.ndarray``
    Column ``j`` as a 1-D array of shape ``(n,)``; a negative ``j`` counts from the end (``-1`` is
    the last column), as in Python.

``every_kth(X: np.ndarray, k: int, offset: int = 0) -> np.ndarray``
    Rows ``offset, offset + k, offset + 2k, ...`` (the rows of ``X[offset::k]``); ``offset >= 0``;
    an offset past the end gives an empty ``(0, d)`` array.

``last_n(X: np.ndarray, n: int) -> np.ndarray``
    The last ``n`` rows in their original order; ``n = 0`` gives an empty ``(0, d)`` array and
    ``n >= len(X)`` gives all rows.

Inputs in the checks: float64 arrays of shape ``(n, d)`` with ``0 <= n <= 12`` and
``1 <= d <= 4``.

Tolerance: exact: results must equal the corresponding NumPy slices, shape included, and be
views of ``X`` (measured with ``np.shares_memory``).

Raises: ``IndexError`` from ``get_batch`` for a batch number ``i < 0`` or
``i >= ceil(n / batch_size)`` and from ``column`` for ``j`` outside ``-d <= j < d``;
``ValueError`` for ``batch_size <= 0``, for ``k <= 0`` or ``offset < 0`` in ``every_kth``, and for
``n < 0`` in ``last_n``.
"""

import numpy as np


def get_batch(X: np.ndarray, i: int, batch_size: int) -> np.ndarray:
    """Batch number i (rows i*batch_size up to (i+1)*batch_size), as a view."""
    raise NotImplementedError


def column(X: np.ndarray, j: int) -> np.ndarray:
    """Column j of X (negative j from the end), shape (n,), as a view."""
    raise NotImplementedError


def every_kth(X: np.ndarray, k: int, offset: int = 0) -> np.ndarray:
    """Rows offset, offset + k, offset + 2k, ... as a view."""
    raise NotImplementedError


def last_n(X: np.ndarray, n: int) -> np.ndarray:
    """The last n rows (n = 0 gives no rows), as a view."""
    raise NotImplementedError
