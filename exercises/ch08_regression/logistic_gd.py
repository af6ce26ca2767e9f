"""Binary logistic regression by gradient descent, and ridge as a classifier (guide questions
Q226, Q214, Q227).

Logistic regression models the probability of the positive class as ``p = sigmoid(X @ w + b)``
with the logistic (sigmoid) function ``sigmoid(z) = 1 / (1 + exp(-z))``. Training minimises the
mean log loss plus an L2 penalty on the weights (the intercept ``b`` is not penalised):

    J(w, b) = mean(log(1 + exp(z)) - y * z) + (l2 / 2) * ||w||^2,    z = X @ w + b

(``log(1 + exp(z)) - y * z`` is the cross-entropy ``-y log p - (1 - y) log(1 - p)`` written in
terms of the logit ``z``.) This is the objective of scikit-learn's
``LogisticRegression(C=1 / (n * l2))`` for ``l2 > 0``, with ``n`` the number of rows.

Write five functions:

``sigmoid(z) -> np.ndarray``
    The logistic function of every entry of the float array ``z`` (any shape), as a float ndarray
    of the same shape. It must not overflow for any finite ``z``: never take ``exp`` of a large
    positive number (under ``np.errstate(over='raise')`` it must not raise), so
    ``sigmoid(-1000)`` is ``0.0`` and ``sigmoid(1000)`` is ``1.0``.

``fit_logistic(X, y, lr=0.1, n_iter=5000, l2=0.0) -> tuple[np.ndarray, float, list[float]]``
    Full-batch gradient descent on ``J`` starting from ``w = 0`` (float, shape ``(d,)``) and
    ``b = 0.0``, with exactly ``n_iter`` updates. Each update computes both gradients at the
    current point, then moves both parameters:

        p = sigmoid(X @ w + b)
        grad_w = X.T @ (p - y) / n + l2 * w
        grad_b = mean(p - y)
        w, b = w - lr * grad_w, b - lr * grad_b

    Returns ``(w, b, loss_history)``: ``w`` a float ndarray of shape ``(d,)``, ``b`` a Python
    float, and ``loss_history`` a list of ``n_iter + 1`` Python floats, the value of ``J`` (penalty
    included) before the first update and after each update; so ``loss_history[0]`` is
    ``log(2)``. ``J`` must be accurate for every finite logit: an example with label 0 and
    logit ``z = 40`` costs ``log(1 + exp(40))``, about ``40.0``, not ``inf`` and not a value
    capped by clipping probabilities.
    Use vectorised NumPy: one pass over the data is a few array operations, never a Python loop
    over the rows.

``predict_proba(X, w, b) -> np.ndarray``
    ``sigmoid(X @ w + b)``: a float ndarray of shape ``(m,)`` for ``X`` of shape ``(m, d)``.

``predict(X, w, b, threshold=0.5) -> np.ndarray``
    Class labels as an int ndarray of shape ``(m,)``: ``1`` where
    ``predict_proba(X, w, b) >= threshold`` and ``0`` elsewhere. A point on the boundary
    (probability exactly 0.5) is therefore predicted ``1`` at the default threshold.

``ridge_classifier(X, y, alpha) -> tuple[np.ndarray, float]``
    A ridge regression used as a classifier (Q214): map the labels 0 / 1 to the targets -1 / +1,
    fit ridge regression with an unpenalised intercept, minimising
    ``||t - X w - b||^2 + alpha * ||w||^2`` (centre ``X`` and the targets, solve for ``w``, then
    ``b = mean(t) - mean(X, axis=0) @ w``), and return ``(coef, intercept)``: ``coef`` a float
    ndarray of shape ``(d,)``, ``intercept`` a Python float. The class of a point is 1 where
    ``X @ coef + intercept > 0``. This is ``sklearn.linear_model.RidgeClassifier(alpha=alpha)``,
    whose binary ``coef_`` is 1-D as well. ``alpha = 0`` is allowed (least squares; for a
    rank-deficient design return any least-squares solution).

Inputs: ``X`` a 2-D float array of shape ``(n, d)`` with ``n >= 1``; ``y`` a 1-D array of 0/1
labels of shape ``(n,)``; ``lr > 0``, ``n_iter >= 0``, ``l2 >= 0``, ``alpha >= 0``. Do not modify
the inputs.

Rules: write the model yourself: do not import scikit-learn, and do not use
``scipy.special.expit`` (the checks read your source).

Tolerance: ``sigmoid`` is compared with ``scipy.special.expit`` with
``np.isclose(actual, expected, rtol=1e-9, atol=1e-12)``. The weights, intercept and loss history
of ``fit_logistic`` must follow the update above: they are compared with a reference run of it
with ``rtol=1e-6, atol=1e-9``. Runs that the checks let converge are compared with
scikit-learn's ``LogisticRegression(C=1 / (n * l2))`` with ``atol=1e-4``.
``ridge_classifier`` is compared with ``RidgeClassifier`` with ``rtol=1e-6, atol=1e-8``.
Finite-difference comparisons (the derivative ``sigmoid * (1 - sigmoid)``, the gradient of ``J``)
use ``rtol=1e-4, atol=1e-6``.

Raises: ``ValueError`` (from ``fit_logistic`` and ``ridge_classifier``) when a label is not 0 or
1, when ``X`` is not 2-D, when ``y`` is not 1-D, or when ``X`` and ``y`` have different numbers
of rows; from ``fit_logistic`` also when ``lr <= 0``, ``l2 < 0`` or ``n_iter < 0``; from
``ridge_classifier`` also when ``alpha < 0``.
"""

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """The logistic function 1 / (1 + exp(-z)), entrywise, without overflow."""
    raise NotImplementedError


def fit_logistic(X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iter: int = 5000,
                 l2: float = 0.0) -> tuple[np.ndarray, float, list[float]]:
    """Gradient descent on the mean log loss plus (l2 / 2) ||w||^2; returns (w, b, history)."""
    raise NotImplementedError


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """Probability of class 1 for every row of X."""
    raise NotImplementedError


def predict(X: np.ndarray, w: np.ndarray, b: float, threshold: float = 0.5) -> np.ndarray:
    """Int labels: 1 where the probability is >= threshold, else 0."""
    raise NotImplementedError


def ridge_classifier(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Ridge regression on -1/+1 targets; returns (coef, intercept)."""
    raise NotImplementedError
