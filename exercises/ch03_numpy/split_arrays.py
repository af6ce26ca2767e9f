"""Splitting arrays: near-equal parts, a split at a fraction, features and target (guide
question Q88).

Write three functions. "Rows" means the first axis (axis 0) of ``X``, which has at least one
dimension; returned parts keep every other dimension of ``X`` and its dtype.

``split_into(X: np.ndarray, n_parts: int) -> list[np.ndarray]``
    Split the rows of ``X`` (``n = len(X)`` rows) into ``n_parts`` consecutive parts of
    near-equal size, returned as a ``list`` of ``n_parts`` arrays in order: the first
    ``n % n_parts`` parts get ``n // n_parts + 1`` rows, the others ``n // n_parts`` rows (the
    sizes ``np.array_split`` uses). So 10 rows in 3 parts give sizes 4, 3, 3; 2 rows in 4 parts
    give 1, 1, 0, 0 (``n_parts > n`` is allowed and gives empty parts). Concatenating the parts
    gives back ``X``.

``split_at_fraction(X: np.ndarray, frac: float) -> tuple[np.ndarray, np.ndarray]``
    Split the rows of ``X`` into a first part with ``k = floor(frac * n + 1e-9)`` rows and a second
    part with the remaining ``n - k`` rows: the tuple ``(X[:k], X[k:])``. ``frac`` is the first
    part's fraction, strictly between 0 and 1. The ``1e-9`` absorbs rounding: ``0.29 * 100`` is
    ``28.999999999999996`` in floating point, and 29 rows are meant.

``features_target(D: np.ndarray, target_col: int = -1) -> tuple[np.ndarray, np.ndarray]``
    Split the 2-D data matrix ``D`` (shape ``(n, d)``, ``d >= 1``) into the feature matrix (every
    column except ``target_col``, in their original order: shape ``(n, d - 1)``) and the target
    vector (column ``target_col``: shape ``(n,)``). ``target_col`` may be negative and counts from
    the end, as in NumPy indexing: valid values are ``-d <= target_col < d``.

Return new arrays or views as you like, but do not modify the inputs.

Inputs in the checks: arrays with 0 to 12 rows and up to 2 further dimensions of sides 0 to 3
(``D`` is 2-D with 1 to 4 columns), float values in [-10, 10]; ``n_parts`` from 1 to 15; ``frac``
any float strictly between 0 and 1, including round fractions such as 0.29 and 0.7.

Tolerance: exact. Every part must equal the corresponding slice of the input in shape and
values (``np.array_equal``), against ``np.array_split(X, n_parts)``, ``X[:k], X[k:]`` with ``k``
as above, and ``np.delete(D, target_col, axis=1), D[:, target_col]``.

Raises: ``ValueError`` when ``n_parts <= 0``, when ``frac`` is not strictly between 0 and 1 (0
and 1 included in the error), when ``X`` is 0-d, and when ``D`` is not 2-D or has no columns;
``IndexError`` when ``target_col`` is outside ``-d .. d - 1``.
"""

import numpy as np


def split_into(X: np.ndarray, n_parts: int) -> list[np.ndarray]:
    """The rows of X in n_parts consecutive near-equal parts (larger parts first)."""
    raise NotImplementedError


def split_at_fraction(X: np.ndarray, frac: float) -> tuple[np.ndarray, np.ndarray]:
    """(X[:k], X[k:]) with k = floor(frac * len(X) + 1e-9)."""
    raise NotImplementedError


def features_target(D: np.ndarray, target_col: int = -1) -> tuple[np.ndarray, np.ndarray]:
    """(D without column target_col, column target_col of D)."""
    raise NotImplementedError
