"""Decoy: harden takes the smallest membership (argmin) instead of the largest."""


def harden(U: np.ndarray) -> np.ndarray:
    U = np.asarray(U, dtype=float)
    if U.ndim != 2 or U.shape[1] < 1:
        raise ValueError(f"U must be a 2-D (n, k) array with k >= 1, got shape {U.shape}")
    return np.argmin(U, axis=1)
