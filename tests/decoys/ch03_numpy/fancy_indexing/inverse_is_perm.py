"""Decoy: invert_permutation returns the permutation itself instead of its inverse."""


def invert_permutation(perm: np.ndarray) -> np.ndarray:
    perm = np.asarray(perm)
    n = perm.shape[0]
    if perm.ndim != 1 or not np.array_equal(np.sort(perm), np.arange(n)):
        raise ValueError("perm is not a permutation of 0..n-1")
    return perm.copy()
