"""Decoy: to_channels_first uses the order (0, 3, 2, 1), which also swaps H and W."""


def to_channels_first(batch: np.ndarray) -> np.ndarray:
    _check_4d(batch)
    return batch.transpose(0, 3, 2, 1)
