"""Decoy: the odds are computed as (1 - p) / p."""


def odds(p: np.ndarray) -> np.ndarray:
    p = np.asarray(p, dtype=float)
    # Written as "not inside" so that NaN is rejected too.
    if not np.all((p > 0) & (p < 1)):
        raise ValueError("every probability must lie strictly between 0 and 1")
    return (1 - p) / p
