"""Decoy: hadamard lets A * B broadcast instead of refusing different shapes."""


def hadamard(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    A, B = np.asarray(A), np.asarray(B)
    return A * B
