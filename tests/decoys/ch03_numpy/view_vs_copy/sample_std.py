"""Decoy: standardises with the sample standard deviation (ddof=1)."""


def _column_stats(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if a.ndim != 2 or a.shape[0] == 0:
        raise ValueError(f"a must be 2-D with at least one row, got shape {a.shape}")
    mean, std = a.mean(axis=0), a.std(axis=0, ddof=1) if len(a) > 1 else a.std(axis=0)
    return mean, np.where(std == 0, 1, std)  # a constant column: (x - mean) / 1 = 0
