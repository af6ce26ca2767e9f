"""Decoy: swap calls np.swapaxes."""


def swap(a: np.ndarray, i: int, j: int) -> np.ndarray:
    return np.swapaxes(a, i, j)
