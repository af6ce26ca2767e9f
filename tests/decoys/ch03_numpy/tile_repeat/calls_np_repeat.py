"""Decoy: repeat_elements hands the work to np.repeat."""


def repeat_elements(a: np.ndarray, k: int) -> np.ndarray:
    a = np.asarray(a)
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    flat = a.reshape(-1)  # C order, whatever the memory layout
    # (size, 1) stretched to (size, k): row i holds k copies of entry i; C order reads them in turn.
    return np.repeat(flat, k)
