"""Min-max scaling with element-wise arithmetic and broadcasting (guide question Q82).

Write one function:

``minmax_scale(X: np.ndarray, feature_range: tuple[float, float] = (0.0, 1.0)) -> np.ndarray``
    Rescale every column of the 2-D array ``X`` (shape ``(n, d)``) linearly so that the column's
    smallest value becomes ``lo`` and its largest becomes ``hi``, where
    ``(lo, hi) = feature_range``::

        out[i, j] = lo + (X[i, j] - min_j) * (hi - lo) / (max_j - min_j)

    with ``min_j`` and ``max_j`` the minimum and maximum of column ``j``. Return a new float64
    array of shape ``(n, d)``; ``X`` may hold integers or floats (convert it with
    ``np.asarray(X, dtype=float)``) and must not be modified. ``d = 0`` gives an ``(n, 0)``
    array. This is exactly what scikit-learn's ``MinMaxScaler(feature_range).fit_transform(X)``
    computes, including its two special cases:

    - NaN entries are missing values: they are ignored when taking ``min_j`` and ``max_j`` and
      stay NaN in the output. A column that is entirely NaN stays entirely NaN.
    - A column counts as constant when its range ``max_j - min_j`` is below
      ``10 * np.finfo(np.float64).eps`` (about 2.2e-15), as in ``MinMaxScaler``; every
      (non-NaN) value of a constant column maps to the lower bound ``lo``. So a column
      ``[1.0, 1.0 + 2.2e-16]`` maps to ``[lo, lo]``, not to ``[lo, hi]``.

    Work on whole columns at once: the row of minima (shape ``(d,)``) broadcasts against
    ``X``. You may not import scikit-learn in your file.

Inputs in the checks: besides fixed examples, generated ``X`` have 1 to 6 rows, 0 to 4 columns
and values that are multiples of 1/8 in [-10, 10], sometimes with NaN entries; so every generated
column is either exactly constant or has a range of at least 1/8. ``feature_range`` bounds are
finite with ``lo < hi``.

Tolerance: results are compared with ``np.isclose(actual, expected, rtol=1e-9, atol=1e-9,
equal_nan=True)`` elementwise, against ``MinMaxScaler(feature_range).fit_transform(X)``; NaN must
be exactly where ``X`` has NaN (or where the whole column is NaN). "Inside the range" means
``lo - 1e-9 <= out <= hi + 1e-9``.

Raises: ``ValueError`` when ``lo >= hi``, when ``X`` is not 2-D, and when ``X`` has no rows
(there is no range to take).
"""

import numpy as np


def minmax_scale(X: np.ndarray, feature_range: tuple[float, float] = (0.0, 1.0)) -> np.ndarray:
    """Each column of X rescaled linearly to feature_range; NaNs pass through."""
    raise NotImplementedError
