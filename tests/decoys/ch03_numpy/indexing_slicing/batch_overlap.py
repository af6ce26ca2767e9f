"""Decoy: batch i ends one row late, so consecutive batches overlap."""


def get_batch(X: np.ndarray, i: int, batch_size: int) -> np.ndarray:
    if batch_size <= 0:
        raise ValueError(f"batch_size must be positive, got {batch_size}")
    n_batches = -(-X.shape[0] // batch_size)  # ceil division
    if not 0 <= i < n_batches:
        raise IndexError(f"batch {i} out of range: there are {n_batches} batches")
    return X[i * batch_size:(i + 1) * batch_size + 1]
