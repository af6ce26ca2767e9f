"""Mini-batch gradient descent for linear regression (guide questions Q189, Q196, Q199).

Fit ``y ≈ X @ w + b`` by minimising the mean squared error

    MSE(w, b) = mean((X @ w + b - y) ** 2)

with mini-batches: each epoch shuffles the examples, cuts them into consecutive batches of
``batch_size`` rows and makes one gradient step per batch. ``batch_size = n`` is full-batch
gradient descent (one step per epoch) and ``batch_size = 1`` is stochastic gradient descent.

Write two functions:

``batch_gradient(X, y, w, b) -> tuple[np.ndarray, float]``
    The gradient of the MSE over the ``m`` rows of the batch ``(X, y)`` at ``(w, b)``: with
    ``r = X @ w + b - y``, ``grad_w = 2 / m * X.T @ r`` (shape ``(d,)``) and
    ``grad_b = 2 * mean(r)`` (a Python float). This equals the mean of the ``m`` per-example
    gradients ``(2 * r_i * X[i], 2 * r_i)``.

``minibatch_gd(X, y, batch_size, lr, epochs, seed=0, shuffle=True) -> dict``
    Train from ``w = np.zeros(d)``, ``b = 0.0`` following this protocol exactly (the checks replay
    it and compare whole trajectories):

    1. ``rng = np.random.default_rng(seed)``, once per call. A ``batch_size`` larger than ``n`` is
       treated as ``n``; call the effective size ``B``.
    2. For each of the ``epochs`` epochs: ``order = rng.permutation(n)`` when ``shuffle`` is True
       (exactly one ``rng.permutation(n)`` call per epoch and no other random draw), or
       ``order = np.arange(n)`` when ``shuffle`` is False (then nothing is drawn).
    3. The epoch's batches are ``order[0:B]``, ``order[B:2B]``, ... in this order; the last one is
       shorter when ``B`` does not divide ``n``, and it is used (its gradient is the mean over its
       own rows). For each batch ``rows``: ``grad_w, grad_b = batch_gradient(X[rows], y[rows], w,
       b)``, then ``w = w - lr * grad_w`` and ``b = b - lr * grad_b``.
    4. After the epoch's last batch, record the full-data ``MSE(w, b)`` over all ``n`` examples.

    Return a dict with exactly these keys: ``"w"`` (float ndarray of shape ``(d,)``), ``"b"``
    (Python float), ``"loss_per_epoch"`` (float ndarray of shape ``(epochs,)``: the full-data MSE
    after each epoch; the initial loss is not included) and ``"n_updates"`` (Python int, the number
    of gradient steps made: ``epochs * ceil(n / B)``).

With ``batch_size = n`` this is batch gradient descent with ``epochs`` steps (the same numbers as
``ch08/batch_gd`` up to the order of the floating-point sums); with ``batch_size = 1`` and the
same ``seed`` it is ``ch08/sgd``'s ``sgd_linear_regression`` with ``lr_decay = 0`` (the same
visit orders, and ``loss_per_epoch`` is every n-th entry of its ``loss_per_update``).

Inputs: ``X`` a 2-D float array of shape ``(n, d)`` with ``n >= 1``, ``y`` a 1-D float array of
shape ``(n,)``, ``batch_size >= 1`` and ``epochs >= 1`` ints, ``lr > 0`` a float, ``seed`` an
int. Do not modify the inputs. The checks use learning rates small enough that every step is
stable (``lr * (||X[i]||^2 + 1) < 1`` for every row), so trajectories never blow up.

Rules: ``batch_gradient`` contains no Python loop (no ``for``, ``while`` or comprehension): one
matrix product handles the whole batch. In ``minibatch_gd`` the only loops are the one over epochs
and, inside it, the one over the epoch's batches: nothing loops inside the batch loop (at most two
nested loop levels, comprehensions included). No other function in your file contains a loop. The
checks read your source to enforce this and name the offending line.

Tolerance: trajectories (``w``, ``b``, ``loss_per_epoch``) are compared with
``np.isclose(actual, expected, rtol=1e-9, atol=1e-10)`` against known answers, the same protocol
replayed by the checks and the reference solution; ``n_updates`` exactly. The reproductions of
batch gradient descent (``batch_size >= n``) and of SGD (``batch_size = 1``) are compared with
``rtol=1e-10, atol=1e-10`` against both computed independently by the checks (only the order of
floating-point sums may differ). ``batch_gradient`` is compared with ``rtol=1e-9, atol=1e-10``
against the mean of per-example gradients. Convergence: on well-conditioned seeded data every entry
of ``w`` and ``b`` ends within ``0.05`` of the least-squares solution (NumPy's ``lstsq``). The
variance of ``batch_gradient`` over random batches at a fixed ``(w, b)`` must be at least 4 times
smaller at ``B = 64`` than at ``B = 4`` (seeded).

Raises: ``ValueError`` (from ``minibatch_gd``) when ``batch_size < 1``, ``lr <= 0``,
``epochs < 1``, ``X`` is not 2-D, ``y`` is not 1-D, or ``X`` and ``y`` have different numbers of
rows.
"""

import numpy as np


def batch_gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray,
                   b: float) -> tuple[np.ndarray, float]:
    """MSE gradient (grad_w, grad_b) over the rows of one batch, without a Python loop."""
    raise NotImplementedError


def minibatch_gd(X: np.ndarray, y: np.ndarray, batch_size: int, lr: float, epochs: int,
                 seed: int = 0, shuffle: bool = True) -> dict:
    """Mini-batch gradient descent on the MSE; returns w, b, loss_per_epoch and n_updates."""
    raise NotImplementedError
