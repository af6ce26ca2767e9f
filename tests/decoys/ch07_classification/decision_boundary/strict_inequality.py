"""Decoy: points exactly on the boundary get 0 (> instead of >=)."""


def side(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    if X.ndim != 2 or X.shape[1] != w.shape[0]:
        raise ValueError(f"X must be 2-D with {w.shape[0]} columns, got shape {X.shape}")
    return (X @ w + b > 0).astype(int)
