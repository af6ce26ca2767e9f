"""Decoy: repeat_elements builds the copies by multiplying with np.ones, which turns every dtype
into float64."""


def repeat_elements(a: np.ndarray, k: int) -> np.ndarray:
    a = np.asarray(a)
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    flat = a.reshape(-1)  # C order, whatever the memory layout
    # (size, 1) stretched to (size, k): row i holds k copies of entry i; C order reads them in turn.
    return (flat[:, None] * np.ones((1, k))).reshape(-1)
