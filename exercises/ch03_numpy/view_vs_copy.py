"""Views versus copies: one transform in place and as a copy, and detecting shared memory
(guide question Q75).

A *view* is a new array object that reads and writes the memory of another array (basic slices,
``.T``, most reshapes); a *copy* owns new memory (fancy indexing, boolean masks, ``.copy()``, a
reshape that cannot be expressed with strides). Writing through a view changes the original.

The transform is per-column standardisation of a 2-D array ``a`` of shape ``(n, d)``, ``n >= 1``:
every column ``j`` becomes ``(a[:, j] - mean_j) / std_j`` with the column's mean and population
standard deviation (``ddof=0``). A column whose values are all equal (``std_j == 0``) becomes all
zeros instead of dividing by zero.

Write four functions:

``standardize_inplace(a: np.ndarray) -> None``
    Standardise the columns of the floating-point array ``a`` IN PLACE: overwrite the values in
    ``a``'s own memory (so every view of ``a`` that the caller holds sees the new values) and
    return ``None``. Rebinding the local name (``a = ...``) changes nothing for the caller. A
    ``float32`` array stays ``float32``.

``standardized_copy(a: np.ndarray) -> np.ndarray``
    The same standardisation as a new array that shares no memory with ``a``; ``a`` is left
    exactly as it was. Integer input is accepted and gives float64; a float input keeps its
    dtype. The result must be a new array even when ``a`` is already standardised.

``shares_data(a: np.ndarray, b: np.ndarray) -> bool``
    Whether ``a`` and ``b`` have at least one memory element in common, exactly as
    ``np.shares_memory(a, b)`` decides it (an exact answer, not ``np.may_share_memory``'s
    "the memory bounds overlap"). Returns a Python ``bool``.

``view_report(a: np.ndarray) -> dict[str, bool]``
    For a 2-D array ``a`` of shape ``(n, d)`` with ``n >= 1`` and ``d >= 1``, build the pairs
    below from ``a`` and return a ``dict`` mapping each key to ``shares_data(first, second)``:
    ``view_report`` must call your ``shares_data`` on each pair. With ``h = n // 2``:

    =====================  ==========================  ===================
    key                    first                       second
    =====================  ==========================  ===================
    ``"row_slice"``        ``a``                       ``a[1:]``
    ``"every_other_row"``  ``a``                       ``a[::2]``
    ``"column"``           ``a``                       ``a[:, 0]``
    ``"fancy_rows"``       ``a``                       ``a[[0, -1]]``
    ``"boolean_mask"``     ``a``                       ``a[a > 0]``
    ``"flattened"``        ``a``                       ``a.reshape(-1)``
    ``"transpose"``        ``a``                       ``a.T``
    ``"copy"``             ``a``                       ``a.copy()``
    ``"disjoint_halves"``  ``a[:h]``                   ``a[h:]``
    ``"interleaved_rows"`` ``a[::2]``                  ``a[1::2]``
    =====================  ==========================  ===================

    The answers depend on ``a``: an empty slice shares nothing, and ``a.reshape(-1)`` of a
    Fortran-ordered (column-major) ``a`` with ``n, d >= 2`` is a copy.

Why ``view_report`` exists: the checks run your code in another process, and every array they
pass you arrives there as a fresh, independent array. So when the checks call ``shares_data``
directly, the right answer is always ``False``; the sharing cases are checked through
``view_report``, where your code builds the views itself.

Inputs in the checks: besides fixed examples, generated arrays have 1 to 6 rows and 1 to 4
columns in C or Fortran order, and values that are multiples of 1/8 in [-10, 10] (so a column is
either exactly constant or clearly spread out).

Tolerance: standardised values are compared with ``np.isclose(actual, expected, rtol=1e-9,
atol=1e-9)`` elementwise against ``(a - a.mean(axis=0)) / a.std(axis=0)`` (zeros for constant
columns); for a ``float32`` array, ``rtol=1e-5, atol=1e-5``. ``shares_data`` and ``view_report``
must equal ``np.shares_memory`` exactly.

Raises: ``TypeError`` from ``standardize_inplace`` when ``a`` is not a real floating-point array,
that is when ``np.issubdtype(a.dtype, np.floating)`` is false: integers and booleans cannot hold
standardised values in place, and complex arrays are refused too. ``ValueError`` from
``standardize_inplace`` and ``standardized_copy`` when ``a`` is not 2-D or has no rows, and from
``view_report`` when ``a`` is not 2-D or has no rows or no columns.
"""

import numpy as np


def standardize_inplace(a: np.ndarray) -> None:
    """Standardise the columns of the float array a in place; returns None."""
    raise NotImplementedError


def standardized_copy(a: np.ndarray) -> np.ndarray:
    """The column-standardised version of a, as a new array; a is unchanged."""
    raise NotImplementedError


def shares_data(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether a and b share at least one memory element (as np.shares_memory)."""
    raise NotImplementedError


def view_report(a: np.ndarray) -> dict[str, bool]:
    """shares_data of each pair of arrays built from a, keyed as in the statement."""
    raise NotImplementedError
