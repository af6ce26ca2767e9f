"""Decoy: to_channels_first reshapes instead of transposing, scrambling the pixels."""


def to_channels_first(batch: np.ndarray) -> np.ndarray:
    _check_4d(batch)
    n, h, w, c = batch.shape
    return batch.reshape(n, c, h, w)
