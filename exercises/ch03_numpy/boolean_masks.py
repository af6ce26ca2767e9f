"""Boolean masks: filtering outliers, selecting a class, replacing bad values (guide question
Q74).

A comparison such as ``x > 0`` gives a boolean array of the same shape, a *mask*; indexing with
it, ``x[mask]``, keeps the entries where the mask is true, in their original order. Write three
functions:

``drop_outliers(x: np.ndarray, z: float = 3.0) -> np.ndarray``
    ``x`` is a 1-D float array. Keep the entries whose z-score ``(x_i - mean(x)) / std(x)``
    (population standard deviation, dividing by n, as ``scipy.stats.zscore`` does) has absolute
    value at most ``z`` (``<=``: an entry exactly at the threshold stays). The kept entries keep
    their order. If all entries of ``x`` are equal (test ``max == min``: the computed standard
    deviation of ``[0.1, 0.1, 0.1]`` is 1.4e-17, not 0), every z-score is taken as 0 and every
    entry is kept; an empty ``x`` gives an empty array.

``rows_of_class(X: np.ndarray, y: np.ndarray, label) -> np.ndarray``
    The rows of the 2-D array ``X`` (shape ``(n, d)``) whose label in the 1-D array ``y``
    (shape ``(n,)``) equals ``label``, in order: shape ``(count, d)``; a label that does not occur
    gives ``(0, d)``.

``replace_nonfinite(x: np.ndarray, value: float) -> np.ndarray``
    A new float array of the same shape (any shape) where every NaN, ``inf`` and ``-inf`` of ``x``
    is replaced by ``value`` and every finite entry is unchanged. ``x`` itself must not change.

Inputs in the checks: finite floats in [-10, 10] for ``drop_outliers`` (plus hand-picked cases);
thresholds ``z`` between 0.5 and 3; labels are int64; at most 30 entries.

Tolerance: exact: ``drop_outliers`` must keep exactly the entries that the mask
``np.abs(scipy.stats.zscore(x)) <= z`` keeps (inputs in the checks keep every |z-score| at least
1e-9 away from the threshold, except the exact ties named above); the other functions must
equal the NumPy masking results exactly.

Raises: ``ValueError`` from ``rows_of_class`` when ``len(X) != len(y)``.
"""

import numpy as np


def drop_outliers(x: np.ndarray, z: float = 3.0) -> np.ndarray:
    """The entries of x whose |z-score| is at most z, in order."""
    raise NotImplementedError


def rows_of_class(X: np.ndarray, y: np.ndarray, label) -> np.ndarray:
    """The rows of X whose label in y equals label, in order."""
    raise NotImplementedError


def replace_nonfinite(x: np.ndarray, value: float) -> np.ndarray:
    """A copy of x with NaN and +-inf replaced by value."""
    raise NotImplementedError
