"""Elastic net by cyclic coordinate descent (guide questions Q209, Q217).

The elastic net blends the lasso (L1) and ridge (L2) penalties. Minimise, over the coefficients
``w`` and an unpenalised intercept ``b``,

    (1 / (2n)) * ||y - X w - b||^2  +  alpha * l1_ratio * ||w||_1
                                    +  alpha * (1 - l1_ratio) / 2 * ||w||_2^2

which is the objective of ``sklearn.linear_model.ElasticNet(alpha=alpha, l1_ratio=l1_ratio)``.
``l1_ratio = 1`` is the lasso (``sklearn.linear_model.Lasso(alpha)``); ``l1_ratio = 0`` is ridge
regression, the same fit as ``sklearn.linear_model.Ridge(alpha=n * alpha)``.

Write one function:

``elastic_net_cd(X, y, alpha, l1_ratio, max_iter=10_000, tol=1e-8) -> tuple[np.ndarray, float]``
    Fit the intercept by centring: subtract the column means of ``X`` and the mean of ``y``, run
    coordinate descent on the centred data, and return ``b = mean(y) - mean(X, axis=0) @ w``.
    Coordinate descent starts from ``w = 0`` and repeats *sweeps*; a sweep updates the coordinates
    in the order ``j = 0, 1, ..., d - 1``, each update using the coefficients already updated in
    the same sweep. Updating ``w_j`` sets it to the exact minimiser of the objective over ``w_j``
    with every other coordinate held fixed. A column whose values are all equal (zero variance) is
    skipped: its coefficient stays exactly 0. After each sweep, stop if the largest absolute change
    of any coefficient during that sweep is ``<= tol``; never run more than ``max_iter`` sweeps
    (when that limit is reached, return the current coefficients). Returns ``(coef, intercept)``:
    ``coef`` a float ndarray of shape ``(d,)``, ``intercept`` a Python float.

Inputs: ``X`` a 2-D float array of shape ``(n, d)`` with ``n >= 1``, ``y`` a 1-D float array of
shape ``(n,)``, ``alpha >= 0`` and ``0 <= l1_ratio <= 1`` floats, ``max_iter >= 1``. The checks
use at most 60 rows and 10 columns with entries of absolute value below 1000, pass ``alpha > 0``
wherever ``l1_ratio = 1``, and give each call 5 s. Do not modify the inputs.

Tolerance: coefficients and intercepts are compared with ``np.isclose(actual, expected,
rtol=1e-5, atol=1e-6)`` elementwise against scikit-learn's ``ElasticNet``, ``Lasso`` and ``Ridge``
(solved to a tolerance of 1e-12) and against the reference solution, on designs whose centred
condition number is at most 100. "Exactly zero" allows ``|w_j| <= 1e-12``; "split evenly" means
``|w_0 - w_1| <= 1e-5``. The optimality (KKT) conditions are checked on your own result:
``|X_j^T r / n - alpha * (1 - l1_ratio) * w_j - alpha * l1_ratio * sign(w_j)| <= 1e-5`` where
``w_j != 0`` and ``|X_j^T r / n| <= alpha * l1_ratio + 1e-5`` where ``w_j = 0``, with ``X`` centred
and ``r`` the centred residual. With ``max_iter=1`` (exactly one sweep) coefficients and
intercept are compared with the reference solution to ``rtol=1e-9, atol=1e-9``.

Raises: ``ValueError`` when ``l1_ratio`` is outside ``[0, 1]``, when ``alpha < 0``, when
``max_iter < 1``, when ``X`` is not 2-D, when ``y`` is not 1-D, or when ``X`` and ``y`` have
different numbers of rows.
"""

import numpy as np


def elastic_net_cd(X: np.ndarray, y: np.ndarray, alpha: float, l1_ratio: float,
                   max_iter: int = 10_000, tol: float = 1e-8) -> tuple[np.ndarray, float]:
    """Elastic-net coefficients and intercept by cyclic coordinate descent."""
    raise NotImplementedError
