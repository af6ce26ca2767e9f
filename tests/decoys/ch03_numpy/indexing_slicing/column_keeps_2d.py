"""Decoy: column returns a (n, 1) array (X[:, [j]]), which is also a copy."""


def column(X: np.ndarray, j: int) -> np.ndarray:
    return X[:, [j]]
