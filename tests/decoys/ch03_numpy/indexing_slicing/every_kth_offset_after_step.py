"""Decoy: every_kth applies the offset after striding (X[::k][offset:])."""


def every_kth(X: np.ndarray, k: int, offset: int = 0) -> np.ndarray:
    if k <= 0 or offset < 0:
        raise ValueError(f"k must be positive and offset non-negative, got k={k}, offset={offset}")
    return X[::k][offset:]
