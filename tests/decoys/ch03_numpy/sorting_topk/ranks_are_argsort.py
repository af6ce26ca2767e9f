"""Decoy: ranks returns the sorting permutation (argsort + 1) instead of its inverse."""


def ranks(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x)
    if x.ndim != 1:
        raise ValueError(f"x must be 1-D, got shape {x.shape}")
    return np.argsort(x, kind="stable") + 1
