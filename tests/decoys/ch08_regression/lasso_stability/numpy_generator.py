"""Decoy: draws the rows from one np.random.default_rng(seed), not the documented resample calls."""

import numpy as np
from sklearn.linear_model import Lasso


def _validate(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError(f"X must be (n, d) and y (n,), got {X.shape} and {y.shape}")
    return X, y


def _selected(X: np.ndarray, y: np.ndarray, alpha: float) -> np.ndarray:
    if alpha <= 0:
        raise ValueError(f"alpha must be > 0, got {alpha}")
    return Lasso(alpha=alpha, tol=1e-8, max_iter=100_000).fit(X, y).coef_ != 0


def selection_frequency(X: np.ndarray, y: np.ndarray, alpha: float, n_boot: int = 50,
                        seed: int = 0) -> np.ndarray:
    X, y = _validate(X, y)
    if n_boot < 1:
        raise ValueError(f"n_boot must be >= 1, got {n_boot}")
    if alpha <= 0:
        raise ValueError(f"alpha must be > 0, got {alpha}")
    counts = np.zeros(X.shape[1])
    rng = np.random.default_rng(seed)
    for _ in range(n_boot):
        # One documented random_state per resample: the frequencies are reproducible exactly.
        idx = rng.integers(0, len(y), len(y))
        Xb, yb = X[idx], y[idx]
        counts += _selected(Xb, yb, alpha)
    return counts / n_boot


def support_path(X: np.ndarray, y: np.ndarray, alphas: np.ndarray) -> np.ndarray:
    X, y = _validate(X, y)
    alphas = np.asarray(alphas, dtype=float)
    if alphas.ndim != 1 or alphas.size == 0:
        raise ValueError("alphas must be a non-empty 1-D array")
    if np.any(alphas <= 0):
        raise ValueError("every alpha must be > 0")
    return np.array([_selected(X, y, alpha) for alpha in alphas], dtype=bool)
