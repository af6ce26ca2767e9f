"""Decoy: centres the caller's X and y in place."""

import numpy as np


def _validate(X: np.ndarray, y: np.ndarray) -> None:
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got {y.ndim}-D")
    if X.shape[0] != y.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but y has {y.shape[0]}")


def _centre(X: np.ndarray, y: np.ndarray, fit_intercept: bool):
    if not fit_intercept:
        return X, y, np.zeros(X.shape[1]), 0.0
    x_mean, y_mean = X.mean(axis=0), float(y.mean())
    X -= x_mean
    y -= y_mean
    return X, y, x_mean, y_mean


def ridge_fit(X: np.ndarray, y: np.ndarray, alpha: float,
              fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    _validate(X, y)
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    Xc, yc, x_mean, y_mean = _centre(X, y, fit_intercept)
    A = Xc.T @ Xc + alpha * np.eye(X.shape[1])
    # lstsq also covers alpha = 0 with a singular Gram matrix (minimum-norm solution).
    coef = np.linalg.lstsq(A, Xc.T @ yc, rcond=None)[0]
    return coef, float(y_mean - x_mean @ coef)


def ridge_path(X: np.ndarray, y: np.ndarray, alphas: np.ndarray) -> np.ndarray:
    alphas = np.asarray(alphas, dtype=float)
    d = np.asarray(X).shape[1] if np.ndim(X) == 2 else 0
    path = np.empty((alphas.shape[0], d))
    for i, alpha in enumerate(alphas):
        path[i] = ridge_fit(X, y, float(alpha))[0]
    return path


def ridge_fit_dual(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    _validate(X, y)
    if alpha <= 0:
        raise ValueError(f"the dual form needs alpha > 0, got {alpha}")
    Xc, yc, x_mean, y_mean = _centre(X, y, True)
    K = Xc @ Xc.T  # n x n Gram matrix of the samples
    dual = np.linalg.solve(K + alpha * np.eye(X.shape[0]), yc)
    coef = Xc.T @ dual
    return coef, float(y_mean - x_mean @ coef)
