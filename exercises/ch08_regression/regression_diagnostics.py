"""Diagnostics for the assumptions of a linear regression (guide question Q177).

A fitted linear model is only trustworthy when its assumptions roughly hold. Write four functions
that measure three classic failures: collinear features, autocorrelated residuals and
heteroscedastic (non-constant variance) residuals.

Every "R^2" below is the coefficient of determination of an ordinary least-squares fit *with an
intercept*: for a target ``t`` and predictors ``A``, fit ``t ~ A @ w + b`` by least squares and
return ``1 - RSS / TSS`` with ``RSS = sum((t - fitted)^2)`` and ``TSS = sum((t - mean(t))^2)``.
This is ``sklearn.linear_model.LinearRegression().fit(A, t).score(A, t)``.

``vif(X) -> np.ndarray``
    Variance inflation factors: ``VIF_j = 1 / (1 - R^2_j)`` where ``R^2_j`` is the R^2 of column
    ``j`` of ``X`` regressed on all the *other* columns (with an intercept). A float ndarray of
    shape ``(d,)``. ``X`` holds the features only: it must not contain a constant column.

``durbin_watson(residuals) -> float``
    The Durbin-Watson statistic of residuals in time order:
    ``sum_{t=1}^{n-1} (e_t - e_{t-1})^2 / sum_{t=0}^{n-1} e_t^2``. It lies in ``[0, 4]``: about 2
    for uncorrelated residuals, near 0 for positively autocorrelated ones. A Python float.

``breusch_pagan_r2(X, residuals) -> float``
    The R^2 of the *squared* residuals ``e^2`` regressed on ``X`` (with an intercept), the
    statistic behind the Breusch-Pagan test: large when the noise variance changes with the
    features. When all squared residuals are equal (nothing to explain) it is ``0.0``. A Python
    float in ``[0, 1]``.

``residual_summary(X, y, coef, intercept) -> dict``
    The residuals of the linear model ``y_hat = X @ coef + intercept`` and their diagnostics: a
    dict with exactly these keys:

    - ``"residuals"``: ``y - y_hat``, a float ndarray of shape ``(n,)`` (observed minus predicted);
    - ``"mean"``: the mean of the residuals (float);
    - ``"rmse"``: ``sqrt(mean(residuals^2))`` (float);
    - ``"durbin_watson"``: ``durbin_watson(residuals)`` (float);
    - ``"breusch_pagan_r2"``: ``breusch_pagan_r2(X, residuals)`` (float);
    - ``"max_vif"``: the largest value of ``vif(X)`` when ``X`` has two or more columns, and
      ``1.0`` when it has a single column (float).

Inputs: ``X`` a 2-D float array of shape ``(n, d)``, ``y`` and ``residuals`` 1-D float arrays of
shape ``(n,)``, ``coef`` a 1-D float array of shape ``(d,)``, ``intercept`` a float. Do not modify
the inputs. The checks use well-conditioned data (seeded normal draws) except where they build
near-collinear columns on purpose; an exactly collinear design (``1 - R^2_j = 0``) is never checked.

Tolerance: results are compared with ``np.isclose(actual, expected, rtol=1e-6, atol=1e-8)``
elementwise, against scikit-learn's ``LinearRegression`` R^2, the diagonal of the inverse
correlation matrix (for VIFs) and known answers. The statistical
checks use seeded data, measured with margin: 4 independent columns (n = 2000) give every VIF below
1.05; a column equal to the sum of two others plus noise of standard deviation 0.01 (n = 200) gives
every VIF above 10; 2000 iid normal residuals give a Durbin-Watson statistic in [1.8, 2.2]; a
500-step Gaussian random walk gives one below 1; noise proportional to x gives a Breusch-Pagan R^2
at least 5 times larger than constant noise.

Raises: ``ValueError`` when ``vif`` gets an ``X`` that is not 2-D, has fewer than 2 columns, has
fewer than ``d + 1`` rows (so at least 3), or has a constant column; when ``durbin_watson`` gets
residuals that are not 1-D, fewer than 3 of them, or all equal to zero; when ``breusch_pagan_r2``
gets an ``X`` that is not 2-D, residuals that are not 1-D, different numbers of rows, or fewer than
3 rows; when ``residual_summary`` gets an ``X`` that is not 2-D, a ``y`` that is not 1-D, a ``coef``
whose shape is not ``(d,)``, different numbers of rows in ``X`` and ``y``, or fewer than 3 rows.
``residual_summary`` also raises whatever ``vif``, ``durbin_watson`` and ``breusch_pagan_r2`` raise
on its data (for example all-zero residuals).
"""

import numpy as np


def vif(X: np.ndarray) -> np.ndarray:
    """Variance inflation factor of every column of X, shape (d,)."""
    raise NotImplementedError


def durbin_watson(residuals: np.ndarray) -> float:
    """Durbin-Watson statistic of residuals in time order, in [0, 4]."""
    raise NotImplementedError


def breusch_pagan_r2(X: np.ndarray, residuals: np.ndarray) -> float:
    """R^2 of the squared residuals regressed on X with an intercept."""
    raise NotImplementedError


def residual_summary(X: np.ndarray, y: np.ndarray, coef: np.ndarray, intercept: float) -> dict:
    """Residuals of X @ coef + intercept and their diagnostics; see the module docstring."""
    raise NotImplementedError
