"""Decoy: last_n uses X[-n:], which returns every row for n = 0."""


def last_n(X: np.ndarray, n: int) -> np.ndarray:
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    # Not X[-n:]: X[-0:] is the whole array.
    return X[-n:]
