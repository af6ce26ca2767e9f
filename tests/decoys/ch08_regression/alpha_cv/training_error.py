"""Decoy: scores each fold on the training part instead of the held-out block."""

import numpy as np
from sklearn.linear_model import Lasso


def log_grid(lo: float, hi: float, n: int) -> np.ndarray:
    if lo <= 0 or hi <= 0:
        raise ValueError(f"log_grid needs positive bounds, got {lo} and {hi}")
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    return np.logspace(np.log10(lo), np.log10(hi), n)


def _ridge_predict(X_tr, y_tr, X_te, alpha):
    x_mean, y_mean = X_tr.mean(axis=0), y_tr.mean()
    Xc = X_tr - x_mean
    coef = np.linalg.lstsq(Xc.T @ Xc + alpha * np.eye(X_tr.shape[1]), Xc.T @ (y_tr - y_mean),
                           rcond=None)[0]
    return (X_te - x_mean) @ coef + y_mean


def _lasso_predict(X_tr, y_tr, X_te, alpha):
    return Lasso(alpha=alpha, tol=1e-10, max_iter=100_000).fit(X_tr, y_tr).predict(X_te)


_MODELS = {"ridge": _ridge_predict, "lasso": _lasso_predict}


def cv_select_alpha(X: np.ndarray, y: np.ndarray, alphas: np.ndarray, k: int = 5,
                    model: str = "ridge") -> tuple[float, np.ndarray]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    alphas = np.asarray(alphas, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError(f"X must be (n, d) and y (n,), got {X.shape} and {y.shape}")
    if alphas.ndim != 1 or alphas.size == 0 or np.any(alphas < 0):
        raise ValueError("alphas must be a non-empty 1-D array of non-negative values")
    if not 2 <= k <= len(y):
        raise ValueError(f"k must be between 2 and n = {len(y)}, got {k}")
    if model not in _MODELS:
        raise ValueError(f"model must be 'ridge' or 'lasso', got {model!r}")
    predict = _MODELS[model]
    n = len(y)
    folds = np.array_split(np.arange(n), k)  # KFold(k): contiguous, the larger blocks first
    mean_mse = np.empty(len(alphas))
    for i, alpha in enumerate(alphas):
        errors = []
        for test in folds:
            train = np.setdiff1d(np.arange(n), test)
            residual = y[train] - predict(X[train], y[train], X[train], alpha)
            errors.append(np.mean(residual**2))
        mean_mse[i] = np.mean(errors)  # unweighted over folds, as GridSearchCV averages
    # argmin returns the first minimum: ties go to the earlier alpha in the grid.
    return float(alphas[np.argmin(mean_mse)]), mean_mse
