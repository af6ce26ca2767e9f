"""Loops versus whole-array operations, and lists versus arrays (guide questions Q27, Q62).

The same computation, the z-score of every value of a vector,

    z_i = (x_i - mean(x)) / std(x),    mean(x) = sum(x) / n,    std(x) = sqrt(sum((x_i - mean)^2) / n)

(the *population* standard deviation, dividing by n, as ``sklearn.preprocessing.StandardScaler``
does), written twice: once with explicit Python loops over a list, once with NumPy whole-array
operations. When every value is the same (the standard deviation is 0), the z-scores are all 0.0.

Write four functions:

``zscore_loop(xs: list[float]) -> list[float]``
    The z-scores with plain Python: at least one ``for``/``while`` loop or comprehension, and no
    NumPy or ``statistics`` module inside the function (``math`` is fine). Returns a new ``list``
    of Python ``float`` of the same length.

``zscore_vectorized(x: np.ndarray) -> np.ndarray``
    The same z-scores for a 1-D float array, with whole-array operations only: no ``for``,
    ``while`` or comprehension inside the function. Returns a new float64 array of shape ``(n,)``.

``as_float_array(items: Sequence) -> np.ndarray``
    Convert a sequence of real numbers (Python ``int``/``float``, NumPy numbers, or a 1-D numeric
    array) to a new 1-D float64 array, strictly: an item that is not a real number (a ``str``
    such as ``'1.5'``, ``bytes``, ``None``, a list, ...) is an error, never silently converted or
    turned into an array of strings. An empty sequence gives an empty float64 array.

``double_values(items: Sequence[float]) -> np.ndarray``
    Every value multiplied by 2, element-wise: ``double_values([1, 2])`` is
    ``array([2.0, 4.0])``, a float64 array of the same length (a list is never repeated). It
    accepts the same inputs as ``as_float_array`` and raises the same errors.

Both z-score functions compute the mean first and then the mean of the squared deviations from
it (two passes): the inputs in the checks can have a spread that is tiny next to their size,
where the one-pass formula ``mean(x**2) - mean(x)**2`` loses every significant digit.

Inputs in the checks: finite floats in [-1e6, 1e6] (no NaN or infinity), at most 50 values, and
never a bool where a number is expected. Do not modify the inputs. Files are UTF-8.

Tolerance: z-scores are compared with ``np.isclose(actual, expected, rtol=1e-7, atol=1e-7)``
elementwise, against scikit-learn's ``StandardScaler().fit_transform(x[:, None]).ravel()`` and
between your two functions; ``as_float_array`` and ``double_values`` must be exact.

Raises: ``ValueError`` from both z-score functions for an empty input, and from
``zscore_vectorized`` when ``x`` is not 1-D. ``TypeError`` from ``as_float_array`` and
``double_values`` when an item is not a real number (``str``, ``bytes``, ``None``, a nested
list, ...), and ``ValueError`` when given an array that is not 1-D.
"""

from collections.abc import Sequence

import numpy as np


def zscore_loop(xs: list[float]) -> list[float]:
    """Population z-scores of a list, with Python loops; a new list of floats."""
    raise NotImplementedError


def zscore_vectorized(x: np.ndarray) -> np.ndarray:
    """Population z-scores of a 1-D array, with whole-array operations only."""
    raise NotImplementedError


def as_float_array(items: Sequence) -> np.ndarray:
    """A new 1-D float64 array of the items; TypeError for an item that is not a real number."""
    raise NotImplementedError


def double_values(items: Sequence[float]) -> np.ndarray:
    """Every value doubled, element-wise, as a float64 array."""
    raise NotImplementedError
