"""Decoy: sigmoid is exp(z) / (1 + exp(z)), which gives inf / inf = NaN for large z."""

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, dtype=float)
    # exp is only ever taken of -|z| <= 0, so nothing can overflow; both branches are then safe:
    # z >= 0: 1 / (1 + exp(-z));  z < 0: exp(z) / (1 + exp(z)).
    return np.exp(z) / (1 + np.exp(z))


def _check_xy(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got {y.ndim}-D")
    if X.shape[0] != y.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but y has {y.shape[0]}")
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("labels must be 0 or 1")
    return X, y


def _objective(z: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> float:
    # log(1 + exp(z)) - y z is the log loss of the logit z, and logaddexp never overflows.
    return float(np.mean(np.logaddexp(0, z) - y * z) + l2 / 2 * (w @ w))


def fit_logistic(X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iter: int = 5000,
                 l2: float = 0.0) -> tuple[np.ndarray, float, list[float]]:
    X, y = _check_xy(X, y)
    if lr <= 0:
        raise ValueError(f"lr must be positive, got {lr}")
    if l2 < 0:
        raise ValueError(f"l2 must be >= 0, got {l2}")
    if n_iter < 0:
        raise ValueError(f"n_iter must be >= 0, got {n_iter}")
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    history = []
    for _ in range(n_iter):
        z = X @ w + b
        history.append(_objective(z, y, w, l2))
        residual = sigmoid(z) - y
        # Both gradients at the current point; the intercept is not penalised.
        grad_w = X.T @ residual / n + l2 * w
        grad_b = float(residual.mean())
        w, b = w - lr * grad_w, b - lr * grad_b
    history.append(_objective(X @ w + b, y, w, l2))
    return w, float(b), history


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return sigmoid(np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b)


def predict(X: np.ndarray, w: np.ndarray, b: float, threshold: float = 0.5) -> np.ndarray:
    return (predict_proba(X, w, b) >= threshold).astype(int)


def ridge_classifier(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    X, y = _check_xy(X, y)
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    target = 2 * y - 1  # labels 0 / 1 become -1 / +1
    x_mean, t_mean = X.mean(axis=0), target.mean()
    Xc = X - x_mean
    coef = np.linalg.lstsq(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ (target - t_mean),
                           rcond=None)[0]
    return coef, float(t_mean - x_mean @ coef)
