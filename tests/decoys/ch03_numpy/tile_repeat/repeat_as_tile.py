"""Decoy: repeat_elements stretches along a new FIRST axis, which tiles the array instead of
repeating each entry."""


def repeat_elements(a: np.ndarray, k: int) -> np.ndarray:
    a = np.asarray(a)
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    flat = a.reshape(-1)  # C order, whatever the memory layout
    # (size, 1) stretched to (size, k): row i holds k copies of entry i; C order reads them in turn.
    return np.broadcast_to(flat[None, :], (k, flat.size)).reshape(-1)
