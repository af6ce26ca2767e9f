"""Interpreting the coefficients of a linear model (guide question Q178).

In a linear model ``y_hat = x @ coef + intercept``, coefficient ``coef[j]`` is the change in the
prediction when feature ``j`` grows by one unit and every other feature is held fixed. Raw
coefficients are in "units of y per unit of x_j", so they cannot be compared across features
measured in different units; coefficients fitted on standardised features can.

Write two functions:

``effect_of_change(coef, j, delta) -> float``
    The change in the prediction of the linear model with coefficients ``coef`` when feature ``j``
    (0-based) moves by ``delta`` and the other features stay where they are. It does not depend on
    the intercept or on the current feature values. Returns a Python float. ``j`` must be an index
    in ``0 .. d - 1`` where ``d = len(coef)``; a negative ``j`` is *not* counted from the end (it is
    an error, see Raises).

``standardized_coefficients(X, y) -> np.ndarray``
    Fit ordinary least squares with an intercept of ``y`` on the standardised features
    ``(X[:, j] - mean_j) / std_j`` (population standard deviation, ``ddof=0``; ``y`` itself is
    *not* standardised) and return the coefficients: a float ndarray of shape ``(d,)``, equal to
    ``make_pipeline(StandardScaler(), LinearRegression()).fit(X, y)[-1].coef_``. Coefficient ``j``
    is the change in the prediction, in units of y, for a one-standard-deviation move of feature j
    (raw ``coef_j * std_j``).

Inputs: ``coef`` a 1-D float array of shape ``(d,)``, ``j`` an int, ``delta`` a float; ``X`` a 2-D
float array of shape ``(n, d)``, ``y`` a 1-D float array of shape ``(n,)``. The checks give
``standardized_coefficients`` full-rank designs (``n >= d + 2``, no column a linear combination of
the others), so the least-squares coefficients are unique. Do not modify the inputs.

Tolerance: results are compared with ``np.isclose(actual, expected, rtol=1e-6, atol=1e-8)``
elementwise, against known answers, differences of ``LinearRegression`` predictions, and the
scikit-learn pipeline above.

Raises: ``IndexError`` when ``effect_of_change`` gets a ``j`` outside ``0 .. d - 1`` (negative
``j`` included); ``ValueError`` when ``effect_of_change`` gets a ``coef`` that is not 1-D; and
``ValueError`` when ``standardized_coefficients`` gets an ``X`` that is not 2-D, a ``y`` that is not
1-D, different numbers of rows in ``X`` and ``y``, or a constant column in ``X`` (which includes a
single row).
"""

import numpy as np


def effect_of_change(coef: np.ndarray, j: int, delta: float) -> float:
    """Change in a linear model's prediction when feature j moves by delta."""
    raise NotImplementedError


def standardized_coefficients(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """OLS coefficients on standardised features (ddof 0), y left in its units; shape (d,)."""
    raise NotImplementedError
