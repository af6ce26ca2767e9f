"""Decoy: shares_data compares .base attributes instead of memory."""


def shares_data(a: np.ndarray, b: np.ndarray) -> bool:
    # Exact; np.may_share_memory only compares the memory bounds.
    return a is b or a.base is b or b.base is a or (a.base is b.base)
