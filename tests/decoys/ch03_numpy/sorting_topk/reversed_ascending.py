"""Decoy: top_k_indices reverses an ascending argsort, so ties come highest position first."""


def top_k_indices(scores: np.ndarray, k: int) -> np.ndarray:
    scores = np.asarray(scores)
    if scores.ndim != 1:
        raise ValueError(f"scores must be 1-D, got shape {scores.shape}")
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    n = scores.size
    if k < n:
        # argpartition finds the k best in O(n), but in no order and with an arbitrary choice
        # among ties at the boundary: keep every entry at least as good as the k-th, then sort.
        kth = -np.partition(-scores, k - 1)[k - 1] if k else np.inf
        candidates = np.flatnonzero(scores >= kth)
    else:
        candidates = np.arange(n)
    # A stable sort of the negated scores orders ties by position (candidates are increasing).
    order = np.argsort(scores[candidates], kind="stable")[::-1]
    return candidates[order][:k]
