"""Decoy: cosine normalises the rows of A but not those of B."""


def pairwise(A: np.ndarray, B: np.ndarray, metric: str) -> np.ndarray:
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    if A.ndim != 2 or B.ndim != 2:
        raise ValueError(f"A and B must be 2-D, got {A.ndim}-D and {B.ndim}-D")
    if A.shape[1] != B.shape[1]:
        raise ValueError(f"A has {A.shape[1]} features but B has {B.shape[1]}")
    if metric not in METRICS:
        raise ValueError(f"metric must be one of {METRICS}, got {metric!r}")
    if metric == "euclidean":
        diff = A[:, None, :] - B[None, :, :]
        return np.sqrt((diff**2).sum(axis=-1))
    if metric == "manhattan":
        return np.abs(A[:, None, :] - B[None, :, :]).sum(axis=-1)
    if metric == "correlation":
        if np.any(np.ptp(A, axis=1) == 0) or np.any(np.ptp(B, axis=1) == 0):
            raise ValueError("a constant row has no correlation distance")
        # Correlation distance is the cosine distance of the row-centred vectors.
        A = A - A.mean(axis=1, keepdims=True)
        B = B - B.mean(axis=1, keepdims=True)
    _unit_rows(B, "B")
    return 1.0 - _unit_rows(A, "A") @ B.T
