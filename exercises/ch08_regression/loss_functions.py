"""Regression and classification losses (guide questions Q182, Q229).

Write four losses. Each returns a Python ``float`` (the mean over the examples) and leaves its
inputs unchanged.

``mse(y, yhat) -> float``
    Mean squared error: ``mean((y - yhat) ** 2)``.

``mae(y, yhat) -> float``
    Mean absolute error: ``mean(|y - yhat|)``.

``binary_cross_entropy(y, p, eps=1e-12) -> float``
    Binary cross-entropy (the logistic loss, or log loss) of targets ``y`` and predicted
    probabilities ``p`` of the positive class:

        -mean(y * log(p') + (1 - y) * log(1 - p'))   with   p' = clip(p, eps, 1 - eps)

    The clipping makes probabilities of exactly 0 or 1 give a large but finite loss; for
    example ``y = [1.0]`` and ``p = [0.0]`` give ``-log(1e-12)``, about 27.63. Targets are
    usually 0/1 labels; soft targets anywhere in [0, 1] are allowed.

``categorical_cross_entropy(Y, P, eps=1e-12) -> float``
    Categorical cross-entropy of targets ``Y`` (one-hot rows, or soft rows) and predicted class
    probabilities ``P``, both of shape ``(n, K)``: the mean over the ``n`` rows of
    ``-sum_k Y[i, k] * log(P'[i, k])`` with ``P' = clip(P, eps, 1 - eps)``. Do not renormalise
    the rows of ``P``.

Inputs: ``y``, ``yhat`` and ``p`` are 1-D float arrays of one common length ``n >= 1``; ``Y`` and
``P`` are 2-D float arrays of one common shape ``(n, K)`` with ``n >= 1``. Values are finite.
``eps`` is a small positive float.

With the clipping above, your ``binary_cross_entropy`` is the logistic loss of Q229: as a function
of the logits ``z`` (``p = 1 / (1 + exp(-z))``), its derivative with respect to ``z[i]`` is
``(p[i] - y[i]) / n``, and as a function of the weights ``w`` of a linear model ``z = X @ w`` it is
convex, with Hessian ``X.T @ diag(p * (1 - p)) @ X / n``. The checks verify both by finite
differences of your function.

Rules: write the losses yourself: do not import scikit-learn (the checks read your source).

Tolerance: values are compared with ``np.isclose(actual, expected, rtol=1e-6, atol=1e-8)``
(against scikit-learn's ``mean_squared_error``, ``mean_absolute_error`` and ``log_loss`` for
probabilities in [1e-6, 1 - 1e-6], and against the clipped formula above at exactly 0 or 1).
Perfect predictions must give an MSE and an MAE of exactly ``0.0``; "about zero" means at most
``1e-9``. Finite-difference comparisons use ``rtol=1e-4, atol=1e-7``.

Raises: ``ValueError`` when ``y`` and ``yhat`` (or ``y`` and ``p``) are not 1-D or have different
lengths or are empty; when ``Y`` and ``P`` are not 2-D, have different shapes or have no rows;
and when any probability (``p``, ``P``) or target (``y`` of ``binary_cross_entropy``, ``Y``) lies
outside [0, 1].
"""

import numpy as np


def mse(y: np.ndarray, yhat: np.ndarray) -> float:
    """Mean squared error of predictions yhat for targets y."""
    raise NotImplementedError


def mae(y: np.ndarray, yhat: np.ndarray) -> float:
    """Mean absolute error of predictions yhat for targets y."""
    raise NotImplementedError


def binary_cross_entropy(y: np.ndarray, p: np.ndarray, eps: float = 1e-12) -> float:
    """Mean binary cross-entropy, with p clipped to [eps, 1 - eps]."""
    raise NotImplementedError


def categorical_cross_entropy(Y: np.ndarray, P: np.ndarray, eps: float = 1e-12) -> float:
    """Mean over rows of -sum_k Y log P, with P clipped to [eps, 1 - eps]."""
    raise NotImplementedError
