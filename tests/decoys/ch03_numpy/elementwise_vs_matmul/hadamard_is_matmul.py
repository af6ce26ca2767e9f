"""Decoy: hadamard computes the matrix product A @ B for 2-D arrays."""


def hadamard(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    A, B = np.asarray(A), np.asarray(B)
    if A.shape != B.shape:
        raise ValueError(f"hadamard needs equal shapes, got {A.shape} and {B.shape}")
    return A @ B if A.ndim == 2 else A * B
