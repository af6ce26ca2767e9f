"""Decoy: features_target returns the target as an (n, 1) column."""


def features_target(D: np.ndarray, target_col: int = -1) -> tuple[np.ndarray, np.ndarray]:
    D = np.asarray(D)
    if D.ndim != 2 or D.shape[1] == 0:
        raise ValueError(f"D must be 2-D with at least one column, got shape {D.shape}")
    d = D.shape[1]
    if not -d <= target_col < d:
        raise IndexError(f"target_col {target_col} is out of range for {d} columns")
    return np.delete(D, target_col, axis=1), D[:, [target_col]]
