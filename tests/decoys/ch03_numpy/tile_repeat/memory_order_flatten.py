"""Decoy: repeat_elements flattens in memory order (ravel order 'K'), so a Fortran-ordered array is
read column by column."""


def repeat_elements(a: np.ndarray, k: int) -> np.ndarray:
    a = np.asarray(a)
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    flat = a.ravel(order="K")
    # (size, 1) stretched to (size, k): row i holds k copies of entry i; C order reads them in turn.
    return np.broadcast_to(flat[:, None], (flat.size, k)).reshape(-1)
