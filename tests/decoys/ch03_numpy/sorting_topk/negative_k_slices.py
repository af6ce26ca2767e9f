"""Decoy: top_k_indices does not check k, so k = -1 silently drops the last position."""


def top_k_indices(scores: np.ndarray, k: int) -> np.ndarray:
    scores = np.asarray(scores)
    if scores.ndim != 1:
        raise ValueError(f"scores must be 1-D, got shape {scores.shape}")
    n = scores.size
    if 0 <= k < n:
        # argpartition finds the k best in O(n), but in no order and with an arbitrary choice
        # among ties at the boundary: keep every entry at least as good as the k-th, then sort.
        kth = -np.partition(-scores, k - 1)[k - 1] if k else np.inf
        candidates = np.flatnonzero(scores >= kth)
    else:
        candidates = np.arange(n)
    # A stable sort of the negated scores orders ties by position (candidates are increasing).
    order = np.argsort(-scores[candidates], kind="stable")
    return candidates[order][:k]
