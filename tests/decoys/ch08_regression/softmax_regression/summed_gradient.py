"""Decoy: the softmax gradient sums over the examples instead of averaging."""

import numpy as np


def softmax(Z: np.ndarray) -> np.ndarray:
    Z = np.asarray(Z, dtype=float)
    # Subtracting each row's maximum changes nothing mathematically and keeps exp <= 1.
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def _check(X: np.ndarray, y: np.ndarray, lr: float, n_iter: int,
           l2: float) -> tuple[np.ndarray, np.ndarray]:
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got {y.ndim}-D")
    if X.shape[0] != y.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but y has {y.shape[0]}")
    if lr <= 0:
        raise ValueError(f"lr must be positive, got {lr}")
    if n_iter < 0:
        raise ValueError(f"n_iter must be >= 0, got {n_iter}")
    if l2 < 0:
        raise ValueError(f"l2 must be >= 0, got {l2}")
    return X, y


def fit_softmax(X: np.ndarray, y: np.ndarray, n_classes: int, lr: float, n_iter: int,
                l2: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    X, y = _check(X, y, lr, n_iter, l2)
    if n_classes < 2:
        raise ValueError(f"n_classes must be >= 2, got {n_classes}")
    if not np.all(np.isin(y, np.arange(n_classes))):
        raise ValueError(f"labels must be integers in 0..{n_classes - 1}")
    n, d = X.shape
    Y = np.eye(n_classes)[y.astype(int)]  # one-hot targets, shape (n, K)
    W, b = np.zeros((d, n_classes)), np.zeros(n_classes)
    for _ in range(n_iter):
        G = softmax(X @ W + b) - Y
        W, b = W - lr * (X.T @ G + l2 * W), b - lr * G.sum(axis=0)
    return W, b


def _fit_binary(X: np.ndarray, t: np.ndarray, lr: float, n_iter: int,
                l2: float) -> tuple[np.ndarray, float]:
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(n_iter):
        residual = _sigmoid(X @ w + b) - t
        w, b = w - lr * (X.T @ residual / n + l2 * w), b - lr * float(residual.mean())
    return w, float(b)


def fit_one_vs_rest(X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iter: int = 5000,
                    l2: float = 0.0) -> list[tuple[np.ndarray, float]]:
    X, y = _check(X, y, lr, n_iter, l2)
    classes = np.unique(y)  # sorted
    if len(classes) < 2:
        raise ValueError("one-vs-rest needs at least two classes")
    return [_fit_binary(X, (y == k).astype(float), lr, n_iter, l2) for k in classes]


def ovr_predict_proba(X: np.ndarray, models: list[tuple[np.ndarray, float]]) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    scores = np.column_stack([_sigmoid(X @ np.asarray(w, dtype=float) + b) for w, b in models])
    return scores / scores.sum(axis=1, keepdims=True)
