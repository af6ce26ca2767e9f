"""Regularised polynomial regression (guide question Q205).

A high-degree polynomial fitted by plain least squares overfits; ridge shrinkage tames it. Because
the powers ``x, x^2, ..., x^degree`` live on wildly different scales, standardise them first, so
that one penalty treats every power alike. Reproduce

    make_pipeline(PolynomialFeatures(degree, include_bias=False), StandardScaler(), Ridge(alpha))

with NumPy.

``fit_poly_ridge(x, y, degree, alpha)`` returns a fitted model object with

- ``coef_``: a float ndarray of shape ``(degree,)``, the ridge coefficients of the *standardised*
  powers ``x, x^2, ..., x^degree`` (lowest power first), as the pipeline's ``Ridge.coef_``;
- ``predict(x_new) -> np.ndarray``: the predictions at the 1-D array ``x_new``, a float ndarray of
  shape ``(len(x_new),)``. New points are standardised with the *training* means and standard
  deviations.

The fit, step by step:

1. ``P[:, k - 1] = x ** k`` for ``k = 1 .. degree`` (no column of ones);
2. ``Z = (P - mean(P, axis=0)) / std(P, axis=0)`` with the population standard deviation
   (``ddof=0``), as ``StandardScaler`` does;
3. ``coef_`` minimises ``||y - Z w - b||^2 + alpha * ||w||^2`` with the intercept ``b`` *not*
   penalised; since the columns of ``Z`` are centred, ``b = mean(y)`` and ``w`` solves the ridge
   problem for ``y - mean(y)``.

``alpha = 0`` is allowed: it is ordinary least squares on the standardised powers, the same
fitted curve as the unregularised polynomial ``np.polyfit(x, y, degree)``. When the powers
outnumber the distinct points (``n <= degree``), that problem has many solutions: return any one
(``np.linalg.lstsq`` gives the minimum-norm one); all of them interpolate the training points,
which is all the checks look at there. Solve with a least-squares solver: the normal equations
with ``np.linalg.solve`` raise on the singular system.

Rules: write it with NumPy; do not use scikit-learn's ``PolynomialFeatures``,
``StandardScaler``, ``Ridge``, ``RidgeCV``, ``ridge_regression`` or pipelines (the checks compare
you with them, and read your source to enforce this).

Inputs: ``x`` and ``y`` 1-D float arrays of equal length ``n``, ``degree`` an int, ``alpha`` a
float. The comparisons with scikit-learn use degrees up to 8 and x spread over an interval around 0
inside [-2, 2], with ``alpha`` in [1e-3, 1e3], and, for ``alpha = 0``, degrees up to 6 and
``n >= degree + 2`` distinct points. Do not modify the inputs.

Tolerance: predictions and ``coef_`` are compared with
``np.isclose(actual, expected, rtol=1e-6, atol=1e-8)`` elementwise against the pipeline above
(``Ridge(solver='svd')``), ``np.polyfit``/``np.polyval`` for ``alpha = 0`` and known answers; "about
zero" for ``alpha = 1e12`` means ``|coef_| <= 1e-6``; "non-increasing" allows a rise of ``1e-9``
relative. The shrinkage check uses one seeded data set: 20 training points ``x ~ U(0, 1)``,
``y = sin(2 pi x) + 0.3 * noise``, and 200 validation and 200 test points drawn the same way
(seed 1). There, at degree 12, the best alpha of ``np.logspace(-8, 2, 21)`` on validation (0.01)
has validation and test MSEs below 0.2, while ``alpha = 0`` has both above 10 (the exact values
depend on rounding: the standardised powers have a condition number near 4e9, and three
different solvers gave validation MSEs from 13.6 to 31).

Raises: ``ValueError`` when ``alpha < 0``; when ``degree < 1``; when ``x`` or ``y`` is not 1-D or
their lengths differ; when a power ``x ** k`` (``k <= degree``) has all its values equal, so it
cannot be standardised (``x`` with fewer than 2 distinct values, or only the values ``-a`` and
``a`` with ``degree >= 2``). ``predict`` raises ``ValueError`` when ``x_new`` is not 1-D.
"""

import numpy as np


def fit_poly_ridge(x: np.ndarray, y: np.ndarray, degree: int, alpha: float):
    """Fit ridge on standardised powers of x; return a model with predict(x_new) and coef_."""
    raise NotImplementedError
