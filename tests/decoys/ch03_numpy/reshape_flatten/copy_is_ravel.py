"""Decoy: flatten_copy uses ravel, which returns a view of a contiguous array."""


def flatten_copy(a: np.ndarray) -> np.ndarray:
    return a.ravel()
