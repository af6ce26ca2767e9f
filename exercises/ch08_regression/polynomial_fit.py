"""Polynomial regression in one variable and the choice of its degree (Q180, Q201, Q204).

A polynomial of degree ``k`` in ``x`` is a *linear* model on the power features
``x^k, ..., x^2, x, 1``: fit it by ordinary least squares on those columns. Then trace how the
training and validation errors move as the degree grows, to see under- and overfitting.

Write three functions:

``vandermonde(x, degree) -> np.ndarray``
    The power features of the 1-D array ``x``: a float ndarray of shape ``(n, degree + 1)`` whose
    column ``i`` is ``x ** (degree - i)`` (highest power first, last column all ones), the same
    matrix as ``np.vander(x, degree + 1)`` (which you may use).

``fit_poly_1d(x, y, degree) -> np.ndarray``
    The least-squares polynomial of the given degree: the coefficients ``c`` minimising
    ``sum((y - vandermonde(x, degree) @ c) ** 2)``, as a float ndarray of shape ``(degree + 1,)``,
    highest power first, so ``np.polyval(c, x)`` evaluates the fitted curve. Solve the problem with
    ``np.linalg.lstsq`` on the power features (or a QR factorisation). Forming the normal
    equations ``V.T @ V`` squares the condition number and can miss the tolerance below, and
    scikit-learn's ``LinearRegression`` discards singular values below 1e-6 of the largest (its
    ``tol``), which is not accurate enough at degree 15.

``train_val_mse(x_tr, y_tr, x_val, y_val, degrees) -> tuple[np.ndarray, np.ndarray]``
    For every degree in the sequence ``degrees`` (in the given order, repeats allowed): fit
    ``fit_poly_1d(x_tr, y_tr, degree)`` and compute the mean squared error
    ``mean((y - np.polyval(c, x)) ** 2)`` on the training data and on the validation data.
    Returns ``(train_mse, val_mse)``, two float ndarrays of shape ``(len(degrees),)``.

Rules: fit with least squares on the power features yourself. Do not call a library polynomial
fitter (``np.polyfit``, ``np.polynomial.polynomial.polyfit``, ``np.polynomial.Polynomial.fit`` and
their relatives); the checks read your source to enforce this. ``np.vander`` and ``np.polyval`` are
fine.

Inputs: ``x``, ``y``, ``x_tr``, ``y_tr``, ``x_val``, ``y_val`` are 1-D float arrays (``x`` and
``y`` of equal length, likewise the training pair and the validation pair); ``degree`` is an int.
The checks use distinct x values spread over at most [-2.5, 2.5], degrees up to 8 on generated
data and up to 15 on the fixed overfitting example. Do not modify the inputs.

Tolerance: coefficients and matrices are compared with
``np.isclose(actual, expected, rtol=1e-6, atol=1e-8)`` elementwise against ``np.vander``,
``np.polyfit`` and known answers; mean squared errors with the same tolerance against
``make_pipeline(PolynomialFeatures(degree), LinearRegression())`` (degrees up to 8) and the
reference; "interpolates" means a training MSE of at most ``1e-12 * (1 + mean(y ** 2))``. The
overfitting checks use one seeded data set, measured with margin: ``x_tr`` is 30 draws of
``rng.uniform(-1, 1)``, ``y = 1 - 2 x + 3 x^2 + 0.5 * noise``, validated on 200 fresh draws (seed
1). There degree 12's validation MSE is more than twice degree 2's (0.97 vs 0.21), degree 1's is
more than twice degree 2's (1.15), on linear data degree 1's is at most 1.05 times degree 2's
(measured 0.98 times), the coefficient norm increases along degrees 2, 4, 6, 8, 10, 12, 15,
on 50 evenly spaced points covering the 20% of the training range's width beyond either end of
it, degree 15's largest deviation from the true curve is more than 100 times degree 2's (measured
2e5 and 9e5 times), and the condition number of
``vandermonde(x_tr, degree)`` increases with every degree from 1 to 15.

Raises: ``ValueError`` when ``degree < 0``; when ``x`` (or ``y``) is not 1-D or their lengths
differ; when ``fit_poly_1d`` gets fewer points than ``degree + 1``; when ``train_val_mse`` gets an
empty ``degrees``, a degree that ``fit_poly_1d`` rejects on the training data, an empty validation
set, or a training or validation pair of different lengths.
"""

from collections.abc import Sequence

import numpy as np


def vandermonde(x: np.ndarray, degree: int) -> np.ndarray:
    """Power features x**degree, ..., x, 1 as columns; shape (n, degree + 1)."""
    raise NotImplementedError


def fit_poly_1d(x: np.ndarray, y: np.ndarray, degree: int) -> np.ndarray:
    """Least-squares polynomial coefficients, highest power first; shape (degree + 1,)."""
    raise NotImplementedError


def train_val_mse(x_tr: np.ndarray, y_tr: np.ndarray, x_val: np.ndarray, y_val: np.ndarray,
                  degrees: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """Training and validation MSE of the least-squares polynomial of every degree."""
    raise NotImplementedError
