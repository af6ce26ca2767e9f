"""Decoy: images_to_rows returns a copy (np.array of the reshape) instead of a view."""


def images_to_rows(batch: np.ndarray) -> np.ndarray:
    if batch.ndim not in (3, 4):
        raise ValueError(f"expected (N, H, W) or (N, H, W, C), got shape {batch.shape}")
    # Explicit width instead of -1: -1 cannot be inferred when N = 0.
    return np.array(batch.reshape(batch.shape[0], math.prod(batch.shape[1:])))
