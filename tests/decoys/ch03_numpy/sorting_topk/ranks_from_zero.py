"""Decoy: ranks start at 0 instead of 1."""


def ranks(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x)
    if x.ndim != 1:
        raise ValueError(f"x must be 1-D, got shape {x.shape}")
    r = np.empty(x.size, dtype=np.intp)
    # The sorting permutation says which entry comes at each place; ranks are its inverse.
    r[np.argsort(x, kind="stable")] = np.arange(x.size)
    return r
