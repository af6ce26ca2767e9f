"""Decoy: hadamard converts both arrays to float64, so integer products lose their dtype and wrap-around."""


def hadamard(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    A, B = np.asarray(A), np.asarray(B)
    if A.shape != B.shape:
        raise ValueError(f"hadamard needs equal shapes, got {A.shape} and {B.shape}")
    return A.astype(float) * B.astype(float)
