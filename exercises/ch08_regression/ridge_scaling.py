"""Ridge regression on standardised features (guide question Q212).

The ridge penalty ``alpha * ||w||^2`` treats every coefficient alike, but a coefficient's size
depends on its feature's units: measure a feature in millimetres instead of metres and its
coefficient shrinks a thousandfold, so the penalty barely touches it. Standardising the features
first puts every feature on the same footing.

Write one function:

``ridge_standardized(X, y, alpha) -> tuple[np.ndarray, float]``
    1. Standardise every column of ``X``: ``Z[:, j] = (X[:, j] - mean_j) / std_j`` with the column
       mean and the population standard deviation (``ddof=0``), as
       ``sklearn.preprocessing.StandardScaler`` does.
    2. Fit ridge regression with an unpenalised intercept on ``Z``: minimise
       ``||y - Z v - c||^2 + alpha * ||v||^2`` over ``v`` and ``c`` (the objective of
       ``sklearn.linear_model.Ridge(alpha=alpha)``).
    3. Map the fit back to the original units, so that ``X @ coef + intercept`` equals
       ``Z @ v + c`` for every row: return ``(coef, intercept)`` with ``coef`` a float ndarray of
       shape ``(d,)`` and ``intercept`` a Python float.

The result makes the same predictions as
``make_pipeline(StandardScaler(), Ridge(alpha=alpha)).fit(X, y)``, and ``coef`` is that pipeline's
``ridge.coef_ / scaler.scale_``.

Inputs: ``X`` a 2-D float array of shape ``(n, d)``, ``y`` a 1-D float array of shape ``(n,)``,
``alpha >= 0`` a float (``alpha = 0`` is least squares on the standardised features; the checks use
it only for full-rank designs). Generated inputs have entries of absolute value at most 10 (times a
positive factor between 0.01 and 100 in the rescaling checks), and every column's standard
deviation is at least 1e-3. Do not modify the inputs.

Rules: write the standardisation and the ridge solve yourself with NumPy. Do not use
scikit-learn's ``StandardScaler``, ``scale``, ``Ridge``, ``Pipeline`` or ``make_pipeline``; the
checks read your source to enforce this.

Tolerance: results are compared with ``np.isclose(actual, expected, rtol=1e-6, atol=1e-8)``
elementwise, for coefficients, intercepts and predictions alike (against the scikit-learn pipeline,
NumPy's ``lstsq``, known answers and the reference solution).

Raises: ``ValueError`` when a column of ``X`` is constant (all its values are equal, so its
standard deviation is 0; this includes ``n = 1``), when ``alpha < 0``, when ``X`` is not 2-D, when
``y`` is not 1-D, or when ``X`` and ``y`` have different numbers of rows.
"""

import numpy as np


def ridge_standardized(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Ridge fitted on standardised columns, returned in the original units."""
    raise NotImplementedError
