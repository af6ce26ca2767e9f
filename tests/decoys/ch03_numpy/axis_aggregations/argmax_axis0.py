"""Decoy: argmax_per_row takes the argmax of each column (axis=0)."""


def argmax_per_row(P: np.ndarray) -> np.ndarray:
    P = np.asarray(P)
    if P.ndim != 2 or P.shape[1] == 0:
        raise ValueError(f"P must be 2-D with at least one column, got shape {P.shape}")
    return np.argmax(P, axis=0)  # np.argmax returns the first index of a tie
