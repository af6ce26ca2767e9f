"""Decoy: images_to_rows reshapes in Fortran order, so a row is not batch[i].ravel()."""


def images_to_rows(batch: np.ndarray) -> np.ndarray:
    if batch.ndim not in (3, 4):
        raise ValueError(f"expected (N, H, W) or (N, H, W, C), got shape {batch.shape}")
    # Explicit width instead of -1: -1 cannot be inferred when N = 0.
    return batch.reshape(batch.shape[0], math.prod(batch.shape[1:]), order="F")
