"""Decoy: argmax_per_row picks the last of tied maxima."""


def argmax_per_row(P: np.ndarray) -> np.ndarray:
    P = np.asarray(P)
    if P.ndim != 2 or P.shape[1] == 0:
        raise ValueError(f"P must be 2-D with at least one column, got shape {P.shape}")
    return P.shape[1] - 1 - np.argmax(P[:, ::-1], axis=1)  # np.argmax returns the first index of a tie
