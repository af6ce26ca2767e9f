"""Decoy: divides a constant column by its zero std, giving NaN."""


def _column_stats(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if a.ndim != 2 or a.shape[0] == 0:
        raise ValueError(f"a must be 2-D with at least one row, got shape {a.shape}")
    mean, std = a.mean(axis=0), a.std(axis=0)
    return mean, std  # a constant column: (x - mean) / 1 = 0
