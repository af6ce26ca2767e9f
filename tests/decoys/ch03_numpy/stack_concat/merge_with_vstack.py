"""Decoy: merge_batches uses np.vstack, which turns 1-D batches into rows of a 2-D array."""


def merge_batches(batches: Sequence[np.ndarray]) -> np.ndarray:
    batches = [np.asarray(b) for b in batches]
    if not batches:
        raise ValueError("merge_batches needs at least one batch")
    rest = {b.shape[1:] for b in batches}
    if any(b.ndim == 0 for b in batches) or len(rest) > 1:
        raise ValueError(f"batches need one trailing shape, got {[b.shape for b in batches]}")
    return np.vstack(batches)
