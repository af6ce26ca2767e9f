"""Ridge regression in closed form (guide questions Q207, Q211, Q213).

Ridge regression minimises

    ||y - X w - b||^2 + alpha * ||w||^2

over the coefficients ``w`` and the intercept ``b``. The intercept is *not* penalised: centre ``X``
and ``y`` on their column means, solve for ``w`` on the centred data, then recover
``b = mean(y) - mean(X, axis=0) @ w``. This is the objective of
``sklearn.linear_model.Ridge(alpha=alpha, fit_intercept=...)``.

Write three functions:

``ridge_fit(X, y, alpha, fit_intercept=True) -> tuple[np.ndarray, float]``
    The primal solution: solve the d x d system ``(Xc^T Xc + alpha * I) w = Xc^T yc`` with a linear
    solver (``np.linalg.solve`` or ``np.linalg.lstsq``). With ``fit_intercept=False`` nothing is
    centred and the intercept is ``0.0``. Returns ``(coef, intercept)``: ``coef`` a float ndarray of
    shape ``(d,)``, ``intercept`` a Python float. ``alpha = 0`` is allowed (it is ordinary least
    squares; for a rank-deficient X return any least-squares solution, e.g. ``lstsq``'s).

``ridge_path(X, y, alphas) -> np.ndarray``
    The coefficients of ``ridge_fit(X, y, alpha)`` (intercept fitted) for every alpha in the 1-D
    array ``alphas``, in the given order: a float ndarray of shape ``(len(alphas), d)``.

``ridge_fit_dual(X, y, alpha) -> tuple[np.ndarray, float]``
    The same fit (intercept fitted) through the n x n dual system:
    ``c = (Xc Xc^T + alpha * I)^-1 yc`` (solve it, do not invert), ``w = Xc^T c``. It needs
    ``alpha > 0``. Returns ``(coef, intercept)`` as ``ridge_fit`` does.

Inputs: ``X`` a 2-D float array of shape ``(n, d)`` with ``n >= 1``, ``y`` a 1-D float array of
shape ``(n,)``, ``alpha`` a float. Do not modify the inputs.

Rules: do not call ``np.linalg.inv`` (or ``scipy.linalg.inv``): solving a system is cheaper and more
accurate than forming an inverse. The checks read your source to enforce this.

Tolerance: results are compared with ``np.isclose(actual, expected, rtol=1e-6, atol=1e-8)``
elementwise (against scikit-learn's ``Ridge``, NumPy's ``lstsq`` and known answers); "about zero"
for huge alpha means ``|coef| <= 1e-6``.

Raises: ``ValueError`` when ``alpha < 0`` (``ridge_fit_dual``: ``alpha <= 0``), when ``X`` is not
2-D, when ``y`` is not 1-D, or when ``X`` and ``y`` have different numbers of rows.
"""

import numpy as np


def ridge_fit(X: np.ndarray, y: np.ndarray, alpha: float,
              fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    """Ridge coefficients and intercept; see the module docstring."""
    raise NotImplementedError


def ridge_path(X: np.ndarray, y: np.ndarray, alphas: np.ndarray) -> np.ndarray:
    """Ridge coefficients for each alpha, shape (len(alphas), d)."""
    raise NotImplementedError


def ridge_fit_dual(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Ridge through the n x n dual system; alpha must be positive."""
    raise NotImplementedError
