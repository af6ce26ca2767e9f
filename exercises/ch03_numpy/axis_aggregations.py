"""Reducing along the right axis: column statistics, row normalisation, row-wise argmax
(guide question Q85).

For a 2-D array of shape ``(n, d)`` (n rows = samples, d columns = features), ``axis=0`` reduces
over the rows and leaves one value per column; ``axis=1`` reduces over the columns and leaves one
value per row. Write three functions:

``column_summary(X: np.ndarray) -> dict[str, np.ndarray]``
    Per-column statistics of the 2-D float array ``X`` (``n >= 1`` rows, ``d >= 0`` columns),
    ignoring NaN entries (missing values). Returns a ``dict`` with exactly the four keys
    ``"mean"``, ``"std"``, ``"min"``, ``"max"``, each a float64 array of shape ``(d,)``: the mean,
    the population standard deviation (``ddof=0``: divide by the number of non-NaN values), the
    minimum and the maximum of the non-NaN values of each column. A column whose entries are all
    NaN gets NaN in all four statistics (NumPy's ``np.nanmean`` and friends do this, with a
    ``RuntimeWarning`` that you may let through or silence).

``row_normalize(X: np.ndarray) -> np.ndarray``
    Divide each row of the 2-D finite array ``X`` by its sum, so that every row sums to 1:
    ``X / X.sum(axis=1, keepdims=True)``. Returns a new float array of shape ``(n, d)``; entries
    may be negative (only the sum matters), and ``n = 0`` gives a ``(0, d)`` array.

``argmax_per_row(P: np.ndarray) -> np.ndarray``
    For a 2-D array ``P`` of shape ``(n, k)`` with ``k >= 1`` (for example class scores), the
    column index of the largest entry of each row: an integer array of shape ``(n,)``. When
    several entries tie for the maximum, the first (lowest) index wins, as with ``np.argmax``.

Rules: reduce with ``axis=`` instead of looping: the three functions contain no Python loops (no
``for``, ``while`` or comprehension inside them; the checks read your source and name the line
of any loop they find). Do not modify the inputs.

Inputs in the checks: generated arrays have 0 to 6 rows (at least 1 for ``column_summary``) and
0 to 4 columns (at least 1 for ``argmax_per_row``); ``column_summary`` gets floats in
[-10, 10] with some NaN entries, ``row_normalize`` non-negative floats up to 10 (rows of zeros
included), ``argmax_per_row`` small whole numbers so that ties are frequent; besides these,
fixed examples include negative entries and a column far from 0 (around 1e6).

Tolerance: every float result is compared with ``np.isclose(actual, expected, rtol=1e-9,
atol=1e-9, equal_nan=True)`` elementwise, against ``np.nanmean``, ``np.nanstd``, ``np.nanmin``,
``np.nanmax`` with ``axis=0`` and against ``X / X.sum(axis=1, keepdims=True)``; row sums of
``row_normalize`` must be within 1e-9 of 1. ``argmax_per_row`` must equal
``np.argmax(P, axis=1)`` exactly.

Raises: ``ValueError`` when an input is not 2-D; from ``column_summary`` when ``X`` has no rows;
from ``row_normalize`` when any row sums to exactly 0 (a row of zeros, a row like ``[1, -1]``,
or any row when ``d = 0``); from ``argmax_per_row`` when ``P`` has no columns.
"""

import numpy as np


def column_summary(X: np.ndarray) -> dict[str, np.ndarray]:
    """NaN-aware mean, std (ddof=0), min and max of each column of X."""
    raise NotImplementedError


def row_normalize(X: np.ndarray) -> np.ndarray:
    """X with every row divided by its sum."""
    raise NotImplementedError


def argmax_per_row(P: np.ndarray) -> np.ndarray:
    """The index of the largest entry in each row of P (first index on ties)."""
    raise NotImplementedError
