"""The regularised least-squares objective and its (sub)gradient (guide question Q206).

Regularisation adds a penalty on the coefficients ``w`` to the data term. Write the objective

    L(w, b) = (1 / (2n)) * ||y - X w - b||^2  +  penalty(w)

with the elastic-net penalty in scikit-learn's scaling

    penalty(w) = alpha * l1_ratio * ||w||_1  +  alpha * (1 - l1_ratio) / 2 * ||w||_2^2

where ``kind`` picks the mix: ``'l2'`` (ridge) uses ``l1_ratio = 0``, ``'l1'`` (lasso) uses
``l1_ratio = 1``, and ``'elasticnet'`` uses the ``l1_ratio`` argument. For ``'l1'`` and ``'l2'`` the
``l1_ratio`` argument is ignored. The intercept ``b`` is never penalised. With this scaling the
minimiser of L is what ``sklearn.linear_model.Lasso(alpha)`` and ``ElasticNet(alpha, l1_ratio)``
return, and what ``Ridge(alpha=n * alpha)`` returns for ``'l2'``.

Write two functions:

``penalized_loss(w, b, X, y, alpha, kind, l1_ratio=0.5) -> float``
    The value L(w, b), as a Python float.

``penalized_grad(w, b, X, y, alpha, kind, l1_ratio=0.5) -> tuple[np.ndarray, float]``
    The gradient of L with respect to ``w`` (a float ndarray of shape ``(d,)``) and with respect to
    ``b`` (a Python float), returned as the tuple ``(grad_w, grad_b)``. The L1 term is not
    differentiable where ``w_j = 0``: use the subgradient ``alpha * l1_ratio * sign(w_j)`` with
    ``sign(0) = 0``, so at ``w_j = 0`` only the data term and the (zero) L2 term contribute.

Inputs: ``w`` a 1-D float array of shape ``(d,)``, ``b`` a float, ``X`` a 2-D float array of shape
``(n, d)`` with ``n >= 1``, ``y`` a 1-D float array of shape ``(n,)``, ``alpha >= 0`` a float,
``kind`` one of ``'l2'``, ``'l1'``, ``'elasticnet'``, ``0 <= l1_ratio <= 1``. Generated inputs have
entries of absolute value at most 10. Do not modify the inputs.

Tolerance: values are compared with ``np.isclose(actual, expected, rtol=1e-9, atol=1e-10)``
elementwise (against known answers, formulas written in the checks and the reference solution).
Gradients are also compared with finite differences through ``scipy.optimize.check_grad`` at points
where every ``|w_j| >= 0.05``, to a difference of at most ``1e-5 * (1 + ||gradient||)``. At the
minimiser found by scikit-learn (solved to a tolerance of 1e-12) the gradient must vanish to
``1e-6`` (absolute) on ``b`` and on every non-zero ``w_j``, and ``|grad_w[j]|`` must be at most
``alpha * l1_ratio + 1e-6`` where ``w_j = 0``.

Raises: ``ValueError`` when ``alpha < 0``, when ``kind`` is not one of the three names, when
``kind == 'elasticnet'`` and ``l1_ratio`` is outside ``[0, 1]``, when ``X`` is not 2-D, when
``y`` or ``w`` is not 1-D, or when the shapes disagree (``X`` has not ``len(y)`` rows or not
``len(w)`` columns).
"""

import numpy as np


def penalized_loss(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, alpha: float,
                   kind: str, l1_ratio: float = 0.5) -> float:
    """The penalised least-squares objective L(w, b); see the module docstring."""
    raise NotImplementedError


def penalized_grad(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, alpha: float,
                   kind: str, l1_ratio: float = 0.5) -> tuple[np.ndarray, float]:
    """The (sub)gradient (grad_w, grad_b) of the objective; sign(0) = 0 for the L1 term."""
    raise NotImplementedError
