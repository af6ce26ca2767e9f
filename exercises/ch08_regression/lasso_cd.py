"""The lasso by cyclic coordinate descent (guide questions Q208, Q216, Q219, Q220).

The lasso minimises

    F(w, b) = (1 / (2n)) * ||y - X w - b||^2 + alpha * ||w||_1

over the coefficients ``w`` (shape ``(d,)``) and the intercept ``b``, where ``n`` is the number of
rows of ``X`` and ``||w||_1 = sum_j |w_j|``. This is the objective of
``sklearn.linear_model.Lasso(alpha=alpha, fit_intercept=...)``. The intercept is *not* penalised:
with ``fit_intercept=True`` centre ``X`` and ``y`` on their column means, run the coordinate descent
below on the centred data (the intercept takes no part in it), and recover
``b = mean(y) - mean(X, axis=0) @ w`` at the end. With ``fit_intercept=False`` nothing is centred
and the intercept is ``0.0``.

Write two functions:

``soft_threshold(z, gamma) -> np.ndarray``
    The soft-thresholding operator, elementwise: ``0`` where ``|z| <= gamma``, ``z - gamma`` where
    ``z > gamma`` and ``z + gamma`` where ``z < -gamma``. ``z`` is a float ndarray of any shape with
    at least one dimension, ``gamma >= 0`` a float; the result is a new float ndarray of the same
    shape. (It is the minimiser over ``t`` of ``(1/2) * (t - z)^2 + gamma * |t|``.)

``lasso_cd(X, y, alpha, max_iter=10_000, tol=1e-8, fit_intercept=True) -> tuple[np.ndarray, float]``
    Cyclic coordinate descent, exactly as follows (a correct solution follows the same trajectory
    as the reference, and the checks compare intermediate results):

    1. Start from ``w = 0`` (after centring, if ``fit_intercept``).
    2. A *sweep* visits the coordinates in the order ``j = 0, 1, ..., d - 1``. Each visit replaces
       ``w_j`` by the exact minimiser of the objective over ``w_j`` alone, every other coordinate
       held at its current value: coordinates updated earlier in the same sweep are used with their
       new values (Gauss-Seidel, not all coordinates at once from the values of the last sweep).
       A column of the (centred) design that is all zeros does not affect the loss: leave its
       ``w_j`` at ``0``.
    3. After each full sweep, let ``delta`` be the largest absolute change of a single coefficient
       during that sweep, ``max_j |w_j(after the sweep) - w_j(before the sweep)|``. Stop as soon as
       ``delta <= tol`` (an absolute rule: not relative to ``|w|``, not on the objective), or after
       ``max_iter`` sweeps, whichever comes first, and return the current iterate. No warning or
       error is raised when ``max_iter`` is reached: ``max_iter=1`` returns the result of exactly
       one sweep.

    Returns ``(coef, intercept)``: ``coef`` a float ndarray of shape ``(d,)``, ``intercept`` a
    Python float. ``alpha = 0`` is allowed (it is least squares).

Inputs: ``X`` a 2-D float array of shape ``(n, d)`` with ``n >= 1``, ``y`` a 1-D float array of
shape ``(n,)``, ``alpha >= 0``, ``max_iter >= 1``, ``tol >= 0``. Do not modify the inputs. The
checks use designs whose centred columns are either exactly zero or clearly non-constant (no
column that is constant up to rounding error), and designs with ``d > n`` (``n = 20``, ``d = 100``,
Q220). A single call has a time limit of 5 s; the largest case (``n = 20``, ``d = 100``) takes a
few hundred sweeps, and a Python loop over the coordinates is fast enough.

The checks also test these properties: ``alpha`` strictly above
``alpha_max = max_j |X_j^T (y - mean(y))| / n`` (centred ``X_j``; uncentred ``X`` and ``y`` when
``fit_intercept=False``) gives all-zero coefficients; when only 3 of 20 features matter, a moderate
alpha selects exactly those 3 (Q216); after one sweep, every coordinate is the exact one-dimensional
minimiser given the coordinates before it, so perturbing it cannot lower the objective (Q219); the
objective never increases from one sweep to the next; the Karush-Kuhn-Tucker conditions hold at the
result; with ``d > n`` at most ``n`` coefficients are non-zero (Q220).

Rules: implement the descent yourself; do not import scikit-learn (or call any library lasso
solver). The checks read your source to enforce this.

Tolerance: results are compared with ``np.isclose(actual, expected, rtol, atol)`` elementwise.
Against ``sklearn.linear_model.Lasso(alpha, tol=1e-10, max_iter=10**6)`` and
``sklearn.linear_model.lasso_path`` (coefficients, intercept, fitted values ``X @ coef +
intercept``): ``rtol=1e-5, atol=1e-6``, with ``lasso_cd`` called with ``tol=1e-10,
max_iter=100_000``. Against the reference after a fixed number of sweeps, or with the same ``tol``:
``rtol=1e-9, atol=1e-10``. A coefficient counts as zero when ``|w_j| <= 1e-12``. The
Karush-Kuhn-Tucker conditions on the (centred) data, with ``r = y - X w`` and ``g_j = X_j^T r / n``,
must hold to ``1e-6``: ``|g_j| <= alpha + 1e-6`` where ``w_j = 0`` and
``|g_j - alpha * sign(w_j)| <= 1e-6`` where ``w_j != 0``. "Never increases" and "cannot lower"
allow a change of ``1e-12 * (1 + |F|)``. ``soft_threshold`` is compared with
``rtol=1e-12, atol=1e-12``.

Raises: ``ValueError`` when ``alpha < 0``, ``max_iter < 1``, ``tol < 0``, when ``X`` is not 2-D,
when ``y`` is not 1-D, or when ``X`` and ``y`` have different numbers of rows; ``soft_threshold``
raises ``ValueError`` when ``gamma < 0``.
"""

import numpy as np


def soft_threshold(z: np.ndarray, gamma: float) -> np.ndarray:
    """Elementwise soft-thresholding of ``z`` at ``gamma``; see the module docstring."""
    raise NotImplementedError


def lasso_cd(X: np.ndarray, y: np.ndarray, alpha: float, max_iter: int = 10_000,
             tol: float = 1e-8, fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    """Lasso coefficients and intercept by cyclic coordinate descent; see the module docstring."""
    raise NotImplementedError
