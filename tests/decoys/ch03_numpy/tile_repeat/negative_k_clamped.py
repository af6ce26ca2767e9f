"""Decoy: repeat_elements clamps a negative k to 0 instead of raising."""


def repeat_elements(a: np.ndarray, k: int) -> np.ndarray:
    a = np.asarray(a)
    k = max(k, 0)
    flat = a.reshape(-1)  # C order, whatever the memory layout
    # (size, 1) stretched to (size, k): row i holds k copies of entry i; C order reads them in turn.
    return np.broadcast_to(flat[:, None], (flat.size, k)).reshape(-1)
