"""Ordinary least squares with an intercept (guide questions Q176, Q179).

Linear regression predicts ``y_hat = X @ coef + intercept`` and ordinary least squares (OLS) picks
the ``coef`` and ``intercept`` that minimise the sum of squared residuals ``||y - X @ coef -
intercept||^2``. Fit it as one least-squares problem on the augmented design ``Z = [X, 1]`` (``X``
with a column of ones appended as its last column): the last entry of the solution ``theta`` of
``Z @ theta ~= y`` is the intercept and the first ``d`` entries are ``coef``.

When ``Z`` does not have full column rank (more columns than rows, a repeated column, a constant
column, one-hot columns for every category of a variable, ...), infinitely many ``theta`` reach the
same minimal loss. Return the **minimum-norm** one: among all least-squares solutions, the
``theta = (coef, intercept)`` with the smallest Euclidean norm ``||theta||``, norm taken over the
coefficients *and* the intercept together. This is what ``np.linalg.lstsq(Z, y, rcond=None)``
returns: it treats singular values of ``Z`` at or below ``max(n, d + 1) * eps * (largest singular
value)`` as zero (``eps`` = float64 machine epsilon). The checks' rank-deficient designs are
exactly rank-deficient: the singular values that must count as zero are below ``eps / 2`` times
the largest and all the others are above ``1e-5`` times the largest, so ``np.linalg.pinv(Z) @ y``,
``scipy.linalg.lstsq`` or an SVD with any relative cut-off from ``eps`` to ``1e-8`` gives the same
answer. Note that this is *not* always scikit-learn's answer: ``LinearRegression`` centres
the data and minimises the norm of ``coef`` alone, so when the constant column lies in the span of
``X`` its coefficients differ from yours while its predictions on the training ``X`` agree.

Write two functions:

``fit_ols(X, y, fit_intercept=True) -> tuple[np.ndarray, float]``
    The minimum-norm least-squares fit described above. With ``fit_intercept=False`` the design is
    ``X`` itself (no column of ones) and the intercept is ``0.0``. Returns ``(coef, intercept)``:
    ``coef`` a float ndarray of shape ``(d,)`` (the intercept is not part of it), ``intercept`` a
    Python float. With one non-constant feature ``x`` this is simple regression (Q179):
    ``slope = cov(x, y) / var(x)`` (both with the same ``ddof``) and ``intercept = mean(y) - slope
    * mean(x)``; the general fit gives exactly this, no special case is needed.

``predict(X, coef, intercept) -> np.ndarray``
    ``X @ coef + intercept`` for a 2-D ``X`` of shape ``(m, d)``: a float ndarray of shape ``(m,)``.

Inputs: ``X`` a 2-D float array of shape ``(n, d)`` with ``n >= 1`` rows and ``d >= 1`` columns,
``y`` a 1-D float array of shape ``(n,)``, entries finite. ``n`` may be smaller than ``d``. Do not
modify the inputs.

Tolerance: coefficients, intercepts and predictions are compared with ``np.isclose(actual,
expected, rtol=1e-6, atol=1e-8)`` elementwise (against scikit-learn's ``LinearRegression`` where
the design ``Z`` has full column rank, against its predictions otherwise, against
``np.linalg.lstsq`` on the augmented design, and against known answers). Residual properties are
checked to a scale: ``|Z[:, j] @ r| <= 1e-8 * (1 + ||Z[:, j]|| * ||y||)`` for every column ``j`` of
``Z`` (the column of ones included), with ``r = y - X @ coef - intercept``. The minimum-norm
property is checked as ``|v @ theta| <= 1e-8 * (1 + ||theta||)`` for every unit vector ``v`` of an
orthonormal basis of the null space ``{v : Z @ v = 0}``.

Raises: ``ValueError`` from ``fit_ols`` when ``X`` is not 2-D, when ``y`` is not 1-D, when ``X``
and ``y`` have different numbers of rows, or when there are no rows (``n = 0``); ``ValueError`` from
``predict`` when ``X`` is not 2-D or its number of columns differs from ``len(coef)``.
"""

import numpy as np


def fit_ols(X: np.ndarray, y: np.ndarray,
            fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    """Minimum-norm least-squares coefficients and intercept; see the module docstring."""
    raise NotImplementedError


def predict(X: np.ndarray, coef: np.ndarray, intercept: float) -> np.ndarray:
    """Predictions X @ coef + intercept, shape (m,)."""
    raise NotImplementedError
