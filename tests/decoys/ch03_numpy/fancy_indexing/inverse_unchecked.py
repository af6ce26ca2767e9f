"""Decoy: invert_permutation accepts arrays that are not permutations."""


def invert_permutation(perm: np.ndarray) -> np.ndarray:
    perm = np.asarray(perm)
    n = perm.shape[0]
    if perm.ndim != 1:
        raise ValueError("perm is not a permutation of 0..n-1")
    inv = np.empty(n, dtype=np.intp)
    inv[perm] = np.arange(n)
    return inv
