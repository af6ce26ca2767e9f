"""Stochastic gradient descent for linear regression (guide questions Q191, Q192, Q195).

Fit ``y ≈ X @ w + b`` by minimising the mean squared error

    MSE(w, b) = mean((X @ w + b - y) ** 2)

with *stochastic* gradient descent: update the parameters after every single example, visiting the
examples in a new random order each epoch.

Write ``sgd_linear_regression(X, y, lr, epochs, seed=0, shuffle=True, lr_decay=0.0) -> dict``
following this protocol exactly (the checks replay it and compare whole trajectories):

1. ``rng = np.random.default_rng(seed)``, once per call; ``w = np.zeros(d)``, ``b = 0.0``; the
   update counter ``t = 0``.
2. For each of the ``epochs`` epochs: the epoch's visit order is ``rng.permutation(n)`` when
   ``shuffle`` is True (exactly one ``rng.permutation(n)`` call per epoch and no other random
   draw), or ``np.arange(n)`` when ``shuffle`` is False (then no random number is drawn at all).
3. For each index ``i`` in that order, one update with the learning rate
   ``lr_t = lr / (1 + lr_decay * t)``:

       r = X[i] @ w + b - y[i]          (the residual at the current w and b)
       w = w - lr_t * 2 * r * X[i]
       b = b - lr_t * 2 * r

   (the gradient of the single-example loss ``(X[i] @ w + b - y[i]) ** 2``; both updates use the
   same ``r``, computed before either parameter changes). Then record the full-data
   ``MSE(w, b)`` over all ``n`` examples, and add 1 to ``t``. ``t`` counts updates across epochs:
   it is not reset at the start of an epoch.

Return a dict with exactly these keys:

- ``"w"``: float ndarray of shape ``(d,)``, the final weights;
- ``"b"``: Python float, the final intercept;
- ``"loss_per_update"``: float ndarray of shape ``(epochs * n,)``, the full-data MSE after each
  update, in update order (the loss before the first update is not included);
- ``"visit_order"``: int ndarray of shape ``(epochs, n)``, row ``e`` the order of epoch ``e``.

Inputs: ``X`` a 2-D float array of shape ``(n, d)`` with ``n >= 1``, ``y`` a 1-D float array of
shape ``(n,)``, ``lr > 0``, ``epochs >= 1`` an int, ``seed`` an int, ``lr_decay >= 0``. Do not
modify the inputs. The checks use learning rates small enough that every single-example step is
stable (``lr * (||X[i]||^2 + 1) < 1``), so trajectories never blow up.

Tolerance: ``visit_order`` is compared exactly (``==``) with the orders the protocol draws.
``w``, ``b`` and ``loss_per_update`` are compared with
``np.isclose(actual, expected, rtol=1e-9, atol=1e-10)`` against the same protocol replayed by the
checks (known answers, an independent replay, the reference solution): only floating-point
rounding may differ. Convergence: with a decaying learning rate on well-conditioned data every
entry of ``w`` and ``b`` ends within ``0.05`` of the least-squares solution (NumPy's ``lstsq``).
The comparisons with full-batch descent (Q192) and of shuffled against unshuffled runs on data
sorted by target (Q195) are seeded; they compare final training losses.

Raises: ``ValueError`` when ``lr <= 0``, ``epochs < 1``, ``lr_decay < 0``, ``X`` is not 2-D,
``y`` is not 1-D, ``X`` and ``y`` have different numbers of rows, or there are no rows
(``n = 0``).
"""

import numpy as np


def sgd_linear_regression(X: np.ndarray, y: np.ndarray, lr: float, epochs: int, seed: int = 0,
                          shuffle: bool = True, lr_decay: float = 0.0) -> dict:
    """Per-example gradient descent on the MSE; returns w, b, loss_per_update and visit_order."""
    raise NotImplementedError
