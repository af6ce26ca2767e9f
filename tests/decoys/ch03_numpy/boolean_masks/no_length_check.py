"""Decoy: rows_of_class does not compare the lengths of X and y."""


def rows_of_class(X: np.ndarray, y: np.ndarray, label) -> np.ndarray:
    return X[y == label]
