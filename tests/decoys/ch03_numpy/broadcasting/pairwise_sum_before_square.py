"""Decoy: sums the coordinate differences before squaring them."""


def pairwise_sq_dists(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    if A.ndim != 2 or B.ndim != 2:
        raise ValueError(f"A and B must be 2-D, got shapes {A.shape} and {B.shape}")
    if A.shape[1] != B.shape[1]:
        raise ValueError(f"A has {A.shape[1]} columns but B has {B.shape[1]}")
    # (n, 1, d) - (1, m, d) -> (n, m, d): every pair of rows, without a loop.
    diff = A[:, None, :] - B[None, :, :]
    return diff.sum(axis=-1) ** 2
