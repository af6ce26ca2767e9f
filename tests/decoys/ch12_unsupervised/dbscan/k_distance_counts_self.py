"""Decoy: k_distance counts the point itself as its first neighbour (column k - 1)."""


def k_distance(X: np.ndarray, k: int) -> np.ndarray:
    D = _distances(X)
    if not 1 <= k < D.shape[0]:
        raise ValueError(f"k must satisfy 1 <= k < n = {D.shape[0]}, got {k}")
    # Column 0 of each sorted row is the point itself (distance 0); column k is its k-th neighbour.
    return np.sort(np.sort(D, axis=1)[:, k - 1])
