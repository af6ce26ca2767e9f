"""Decoy: the intercept is penalised along with the coefficients (ones column inside the penalty)."""

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
    # New arrays: the caller's X and y are left untouched.
    return X - x_mean, y - y_mean, x_mean, y_mean


def ridge_fit(X: np.ndarray, y: np.ndarray, alpha: float,
              fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    _validate(X, y)
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    Z = np.column_stack([X, np.ones(len(y))]) if fit_intercept else X
    A = Z.T @ Z + alpha * np.eye(Z.shape[1])
    w = np.linalg.lstsq(A, Z.T @ y, rcond=None)[0]
    return (w[:-1], float(w[-1])) if fit_intercept else (w, 0.0)


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
