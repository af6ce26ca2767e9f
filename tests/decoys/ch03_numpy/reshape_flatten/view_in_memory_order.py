"""Decoy: flatten_view follows the memory layout (order='K'), not C order."""


def flatten_view(a: np.ndarray) -> np.ndarray:
    return a.ravel(order="K")
