"""Multiclass logistic regression: softmax (multinomial) and one-vs-rest (guide question Q230).

With ``K`` classes, softmax regression gives every class ``k`` a weight column ``W[:, k]`` and an
intercept ``b[k]``; the class probabilities of a row ``x`` are ``softmax(x @ W + b)``, where
``softmax(z)[k] = exp(z[k]) / sum_j exp(z[j])``. Training minimises the mean cross-entropy plus
an L2 penalty on the weights (the intercepts are not penalised):

    J(W, b) = -mean_i log(P[i, y[i]]) + (l2 / 2) * ||W||^2,    P = softmax(X @ W + b) row-wise

with ``||W||^2`` the sum of the squares of all entries of ``W``. For ``l2 > 0`` this is the
objective of scikit-learn's multinomial ``LogisticRegression(C=1 / (n * l2))``, with ``n`` the
number of rows. One-vs-rest instead trains one binary logistic regression per class (that class
against all the others) and normalises their scores.

Write four functions:

``softmax(Z) -> np.ndarray``
    Softmax along the last axis of a 1-D array (one row of logits) or a 2-D array of shape
    ``(n, K)`` (one row per example), as a float ndarray of the same shape whose rows sum to 1.
    It must not overflow for any finite logits: ``softmax([[1000, 0, -1000]])`` is
    ``[[1, 0, 0]]``.

``fit_softmax(X, y, n_classes, lr, n_iter, l2=0.0) -> tuple[np.ndarray, np.ndarray]``
    Full-batch gradient descent on ``J`` from ``W = 0`` (shape ``(d, K)``) and ``b = 0`` (shape
    ``(K,)``), ``K = n_classes``, with exactly ``n_iter`` updates. With ``Y`` the one-hot matrix
    of ``y`` (shape ``(n, K)``), each update computes both gradients at the current point, then
    moves both parameters:

        G = softmax(X @ W + b) - Y
        grad_W = X.T @ G / n + l2 * W
        grad_b = mean of G over the rows          (shape (K,))
        W, b = W - lr * grad_W, b - lr * grad_b

    Returns ``(W, b)``: float ndarrays of shapes ``(d, K)`` and ``(K,)``. A class that never
    occurs in ``y`` still gets its column.

``fit_one_vs_rest(X, y, lr=0.1, n_iter=5000, l2=0.0) -> list[tuple[np.ndarray, float]]``
    One binary logistic regression per class, for the classes of ``np.unique(y)`` in sorted
    order: class ``k``'s model is trained on the 0/1 targets ``t = (y == k)`` by full-batch
    gradient descent from ``w = 0``, ``b = 0.0`` with exactly ``n_iter`` updates of

        p = sigmoid(X @ w + b)
        w, b = w - lr * (X.T @ (p - t) / n + l2 * w), b - lr * mean(p - t)

    (``sigmoid(z) = 1 / (1 + exp(-z))``, computed without overflow). Returns a list with one
    tuple ``(w, b)`` per class, in sorted class order: ``w`` a float ndarray of shape ``(d,)``,
    ``b`` a Python float. With ``l2 = 1 / n`` each model is scikit-learn's
    ``LogisticRegression()`` (``C = 1``) on that class, as in
    ``OneVsRestClassifier(LogisticRegression())``.

``ovr_predict_proba(X, models) -> np.ndarray``
    Class probabilities from a list of one-vs-rest models ``[(w, b), ...]`` (as returned above,
    ``K`` of them): column ``k`` is ``sigmoid(X @ w_k + b_k)`` divided by the sum of the ``K``
    scores of that row, so that every row sums to 1. Shape ``(m, K)`` for ``X`` of shape
    ``(m, d)``. This is what ``OneVsRestClassifier.predict_proba`` does.

Inputs: ``X`` a 2-D float array of shape ``(n, d)`` with ``n >= 1``; ``y`` a 1-D array of class
labels of shape ``(n,)`` (for ``fit_softmax`` the integers ``0 .. n_classes - 1``; for
``fit_one_vs_rest`` any labels, at least two distinct); ``lr > 0``, ``n_iter >= 0``,
``l2 >= 0``. Do not modify the inputs. Use vectorised NumPy: one pass over the data is a few
array operations, never a Python loop over the rows.

Rules: write the models yourself: do not import scikit-learn, and do not use
``scipy.special.softmax`` or ``scipy.special.expit`` (the checks read your source).

Tolerance: ``softmax`` is compared with ``scipy.special.softmax`` with
``np.isclose(actual, expected, rtol=1e-9, atol=1e-12)``. ``W``, ``b`` and the one-vs-rest models
must follow the updates above: they are compared with a reference run with
``rtol=1e-6, atol=1e-9``. Runs that the checks let converge are compared with scikit-learn
(``LogisticRegression`` coefficients, intercepts and ``predict_proba``,
``OneVsRestClassifier.predict_proba`` and ``predict``) with ``atol=1e-4``. Finite-difference
comparisons (the gradient of ``J``) use ``rtol=1e-4, atol=1e-6``; "rows sum to 1" and "sums to
zero" allow ``1e-9``.

Raises: ``ValueError`` when ``X`` is not 2-D, ``y`` is not 1-D, or they have different numbers of
rows; when ``lr <= 0``, ``n_iter < 0`` or ``l2 < 0``; from ``fit_softmax`` when
``n_classes < 2`` or a label is not one of the integers ``0 .. n_classes - 1`` (``-1``,
``n_classes`` or ``1.5``, say); from ``fit_one_vs_rest`` when ``y`` has fewer than two distinct
labels.
"""

import numpy as np


def softmax(Z: np.ndarray) -> np.ndarray:
    """Softmax along the last axis, without overflow; rows sum to 1."""
    raise NotImplementedError


def fit_softmax(X: np.ndarray, y: np.ndarray, n_classes: int, lr: float, n_iter: int,
                l2: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """Gradient descent on the mean cross-entropy plus (l2 / 2) ||W||^2; returns (W, b)."""
    raise NotImplementedError


def fit_one_vs_rest(X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iter: int = 5000,
                    l2: float = 0.0) -> list[tuple[np.ndarray, float]]:
    """One binary logistic regression (w, b) per class, in sorted class order."""
    raise NotImplementedError


def ovr_predict_proba(X: np.ndarray, models: list[tuple[np.ndarray, float]]) -> np.ndarray:
    """Normalised one-vs-rest scores, shape (m, K); rows sum to 1."""
    raise NotImplementedError
