"""Batch gradient descent for linear regression (guide questions Q181, Q183, Q184, Q185, Q186;
the checks also cover the testable claims of Q187 and Q188).

Fit ``y ~ X @ w + b`` by minimising the mean squared error (MSE)

    loss(w, b) = mean(r ** 2) = (1/n) * sum_i r_i ** 2,    where r = X @ w + b - y

with *full-batch* gradient descent: every update uses all ``n`` examples, so one update is one
pass over the data. The gradient of the loss is

    grad_w = (2/n) * X.T @ r          (a float array of shape (d,))
    grad_b = (2/n) * sum(r)           (a float)

and one update is *simultaneous*: both gradients are computed from the same residuals ``r`` at the
current point ``(w_t, b_t)``, and only then

    w_{t+1} = w_t - lr * grad_w
    b_{t+1} = b_t - lr * grad_b

Write ``gd_linear_regression(X, y, lr, max_iter=10_000, tol=1e-10, stop_rule='grad_norm', *,
w0=None, b0=0.0) -> dict``.

Start: ``w_0`` is a copy of ``w0``, or ``np.zeros(d)`` when ``w0`` is None; ``b_0 = b0``.

The loop. Let ``t`` be the number of updates made so far (``t = 0`` at the start) and
``L_t = loss(w_t, b_t)``. At every ``t = 0, 1, 2, ...`` run these three tests in this order; the
first one that fires ends the run, and if none fires make one update and go on:

1. divergence (only when ``t >= 1``): ``L_t`` is not finite, or ``L_t > 1e6 * L_0``.
   Then ``stopped_by = 'diverged'`` and ``converged = False``.
2. the tolerance test of ``stop_rule`` (below). Then ``stopped_by = stop_rule`` and
   ``converged = True``.
3. ``t == max_iter``. Then ``stopped_by = 'max_iter'`` and ``converged = False``.

The tolerance test of each ``stop_rule``:

- ``'grad_norm'``: the Euclidean norm of the *whole* gradient at ``(w_t, b_t)``, intercept
  included, ``sqrt(||grad_w||^2 + grad_b^2) <= tol``. It can fire at ``t = 0`` (no update at all).
- ``'rel_loss_change'``: ``t >= 1`` and ``|L_{t-1} - L_t| <= tol * L_{t-1}``.
- ``'max_iter'``: no tolerance test; the run makes exactly ``max_iter`` updates unless it
  diverges first.

So ``converged`` is True exactly when a tolerance test fired; stopping at ``max_iter`` or by
divergence is not convergence. The comparisons are ``<=`` and ``>`` exactly as written.

Return a dict with exactly these keys:

- ``'w'``: the final weights ``w_T``, a float ndarray of shape ``(d,)``;
- ``'b'``: the final intercept ``b_T``, a Python float;
- ``'loss_history'``: the list of floats ``[L_0, L_1, ..., L_T]``: it starts with the loss at the
  starting point, then one entry after every update, so its length is ``n_updates + 1``;
- ``'n_updates'``: ``T``, the number of updates made (an int);
- ``'converged'``: a bool, as above;
- ``'stopped_by'``: a str, one of ``'grad_norm'``, ``'rel_loss_change'``, ``'max_iter'``,
  ``'diverged'``.

After a divergence, ``w``, ``b`` and the last loss are those of the iterate that triggered it.

Step sizes. Let ``Lmax`` be the largest eigenvalue of ``2 * Z.T @ Z / n`` with
``Z = np.column_stack([X, np.ones(n)])`` (the Hessian of the loss). Your function never needs
``Lmax``; the checks use it to choose ``lr``: for ``lr <= 1/Lmax`` the loss never increases and
the number of updates needed to converge falls as ``lr`` grows (Q183; the checks stay at or
below ``1/Lmax`` because past the best step ``2/(lambda_min + lambda_max)`` the count grows
again, and past ``2/Lmax`` descent diverges); for ``lr >= 2.5/Lmax`` every run must end
``'diverged'`` with ``w``, ``b`` and every loss finite (no inf, no NaN). Because the loss is
convex (Q184), runs from any starting point ``(w0, b0)`` reach the same least-squares solution
(the checks compare with ``np.linalg.lstsq`` and scikit-learn's ``LinearRegression`` on
standardised X).

Inputs: ``X`` a 2-D float array of shape ``(n, d)`` with ``n >= 1``; ``y`` a 1-D float array of
shape ``(n,)``; finite values; ``lr > 0``; ``max_iter >= 0``; ``tol >= 0``; ``w0`` None or a
float array of shape ``(d,)``; ``b0`` a float. Do not modify any input (``w0`` included).

Tolerance: after convergence, ``w`` and ``b`` are compared with ``np.linalg.lstsq`` and
``LinearRegression`` by ``np.isclose(actual, expected, rtol=1e-6, atol=1e-6)``; a fixed number of
updates is compared with the same updates computed in the checks (per-example gradients averaged
in a loop) and with the reference by ``np.isclose(actual, expected, rtol=1e-8, atol=1e-8 * s)``
where ``s`` is the largest magnitude in the expected array (1 if smaller); "the loss never
increases" means ``L_{t+1} <= L_t + 1e-12 * L_0`` for every ``t``; ``n_updates``, ``converged``,
``stopped_by`` and the length of ``loss_history`` must match exactly.

Raises: ``ValueError`` when ``lr <= 0``, when ``stop_rule`` is not one of the three names, when
``max_iter < 0``, when ``X`` is not 2-D, when ``y`` is not 1-D, when ``X`` and ``y`` have different
numbers of rows, when ``n = 0``, or when ``w0`` is given with a shape other than ``(d,)``.
"""

import numpy as np


def gd_linear_regression(X: np.ndarray, y: np.ndarray, lr: float, max_iter: int = 10_000,
                         tol: float = 1e-10, stop_rule: str = "grad_norm", *,
                         w0: np.ndarray | None = None, b0: float = 0.0) -> dict:
    """Full-batch gradient descent on the MSE; returns the dict described in the module
    docstring (w, b, loss_history, n_updates, converged, stopped_by)."""
    raise NotImplementedError
