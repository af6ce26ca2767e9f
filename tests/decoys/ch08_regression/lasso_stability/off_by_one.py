"""Decoy: skips resample 0 (b runs from 1 to n_boot - 1) but still divides by n_boot."""


def selection_frequency(X: np.ndarray, y: np.ndarray, alpha: float, n_boot: int = 50,
                        seed: int = 0) -> np.ndarray:
    X, y = _validate(X, y)
    if n_boot < 1:
        raise ValueError(f"n_boot must be >= 1, got {n_boot}")
    if alpha <= 0:
        raise ValueError(f"alpha must be > 0, got {alpha}")
    counts = np.zeros(X.shape[1])
    for b in range(1, n_boot):
        # One documented random_state per resample: the frequencies are reproducible exactly.
        Xb, yb = resample(X, y, random_state=seed + b)
        counts += _selected(Xb, yb, alpha)
    return counts / n_boot
