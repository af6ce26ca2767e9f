"""Decoy: support_path sorts the alphas first, so rows no longer follow the given order."""


def support_path(X: np.ndarray, y: np.ndarray, alphas: np.ndarray) -> np.ndarray:
    X, y = _validate(X, y)
    alphas = np.asarray(alphas, dtype=float)
    if alphas.ndim != 1 or alphas.size == 0:
        raise ValueError("alphas must be a non-empty 1-D array")
    if np.any(alphas <= 0):
        raise ValueError("every alpha must be > 0")
    return np.array([_selected(X, y, alpha) for alpha in np.sort(alphas)], dtype=bool)
