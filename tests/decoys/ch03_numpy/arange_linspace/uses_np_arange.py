"""Decoy: builds the index vector with np.arange."""


def _indices(n: int) -> np.ndarray:
    # 0, 1, ..., n - 1 as floats, without np.arange.
    return np.arange(n, dtype=float)
