"""Decoy: draws the rows from one np.random.default_rng(seed), not the documented resample calls."""


def selection_frequency(X: np.ndarray, y: np.ndarray, alpha: float, n_boot: int = 50,
                        seed: int = 0) -> np.ndarray:
    X, y = _validate(X, y)
    if n_boot < 1:
        raise ValueError(f"n_boot must be >= 1, got {n_boot}")
    if alpha <= 0:
        raise ValueError(f"alpha must be > 0, got {alpha}")
    counts = np.zeros(X.shape[1])
    rng = np.random.default_rng(seed)
    for _ in range(n_boot):
        # One documented random_state per resample: the frequencies are reproducible exactly.
        idx = rng.integers(0, len(y), len(y))
        Xb, yb = X[idx], y[idx]
        counts += _selected(Xb, yb, alpha)
    return counts / n_boot
