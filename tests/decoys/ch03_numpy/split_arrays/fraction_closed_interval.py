"""Decoy: split_at_fraction accepts frac = 0 and frac = 1."""


def split_at_fraction(X: np.ndarray, frac: float) -> tuple[np.ndarray, np.ndarray]:
    X = _rows(X)
    if not 0 <= frac <= 1:
        raise ValueError(f"frac must be strictly between 0 and 1, got {frac}")
    k = math.floor(frac * len(X) + 1e-9)  # 0.29 * 100 = 28.999...: the 1e-9 makes it 29
    return X[:k], X[k:]
