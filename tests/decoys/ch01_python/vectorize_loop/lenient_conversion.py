"""Decoy: as_float_array uses np.array(items, dtype=float), which parses numeric strings."""


def as_float_array(items: Sequence) -> np.ndarray:
    if isinstance(items, np.ndarray):
        if items.ndim != 1:
            raise ValueError(f"expected a 1-D array, got shape {items.shape}")
        if items.dtype.kind not in "biuf":
            raise TypeError(f"expected a numeric array, got dtype {items.dtype}")
        return items.astype(np.float64)  # astype copies
    # np.asarray(items, dtype=float) would quietly accept '1.5' and turn None into nan.
    return np.array(list(items), dtype=np.float64)
