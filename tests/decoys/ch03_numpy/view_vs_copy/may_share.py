"""Decoy: shares_data uses np.may_share_memory, which only compares memory bounds."""


def shares_data(a: np.ndarray, b: np.ndarray) -> bool:
    # Exact; np.may_share_memory only compares the memory bounds.
    return bool(np.may_share_memory(a, b))
