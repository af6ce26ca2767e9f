"""Sorting: the best k entries, rows ordered by a column, and ranks (guide question Q90).

``np.argsort`` returns the positions that would sort an array; ``np.argpartition`` only promises
that the k smallest end up first, in no particular order. Use them to write three functions.

``top_k_indices(scores: np.ndarray, k: int) -> np.ndarray``
    The positions of the ``k`` largest entries of the 1-D array ``scores``, best first: a 1-D
    integer array of length ``min(k, n)``. Equal scores (``0.0`` and ``-0.0`` are equal) are
    ordered by their position, LOWER position first, and the same rule decides which of several
    equal scores make it into the top k. So the result equals
    ``np.argsort(-scores, kind="stable")[:k]``. ``k = 0`` gives an empty integer array; ``k >= n``
    gives every position.

``sort_by_column(X: np.ndarray, j: int, descending: bool = False) -> np.ndarray``
    The rows of the 2-D array ``X`` reordered so that column ``j`` is ascending (or descending
    with ``descending=True``): a new array of the same shape and dtype whose rows are whole rows
    of ``X``. ``j`` may be negative as in Python indexing (``-1`` is the last column). Rows with
    equal values in column ``j`` keep their original order, in BOTH directions (a stable sort:
    reversing an ascending sort is not enough).

``ranks(x: np.ndarray) -> np.ndarray``
    The rank of every entry of the 1-D array ``x``: a 1-D integer array of the same length whose
    entry i is 1 for the smallest value, 2 for the next, ..., n for the largest; equal values get
    different ranks in the order they appear (the first one the lower rank). This is
    ``scipy.stats.rankdata(x, method="ordinal")``.

Do not modify the inputs.

Inputs in the checks: float64 arrays of finite values (never NaN), with many ties; ``scores`` of
length 0 to 2000 and ``X`` of up to 8 rows and 4 columns. ``np.argpartition`` happens to return
sorted output for small arrays: the checks also use arrays of 1000 and more entries.

Tolerance: none, the results are compared exactly with ``np.argsort(-scores, kind="stable")[:k]``,
``X[np.argsort(X[:, j], kind="stable")]`` (for descending: the stable order of ``-X[:, j]``) and
``scipy.stats.rankdata(x, method="ordinal")``. Index and rank arrays must have an integer dtype.

Raises: ``ValueError`` from ``top_k_indices`` when ``k < 0`` or ``scores`` is not 1-D; from
``sort_by_column`` when ``X`` is not 2-D; from ``ranks`` when ``x`` is not 1-D. ``IndexError`` from
``sort_by_column`` when ``j`` is not a column of ``X`` (outside ``-d <= j < d``).
"""

import numpy as np


def top_k_indices(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the k largest scores, best first; ties by lower position."""
    raise NotImplementedError


def sort_by_column(X: np.ndarray, j: int, descending: bool = False) -> np.ndarray:
    """The rows of X ordered by column j (stable in both directions)."""
    raise NotImplementedError


def ranks(x: np.ndarray) -> np.ndarray:
    """Ordinal ranks 1..n of x; ties ranked in order of appearance."""
    raise NotImplementedError
