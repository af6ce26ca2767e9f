"""Decoy: oversampling draws n_max rows with replacement per class, so original rows can be lost."""


def random_oversample(X: np.ndarray, y: np.ndarray,
                      seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    X, y = np.asarray(X), np.asarray(y)
    _check_xy(X, y)
    classes, counts = _classes(y)
    rng = np.random.default_rng(seed)
    n_max = counts.max()
    blocks = []
    for c in classes:
        idx = np.flatnonzero(y == c)
        # Keep every original row, then top up with draws with replacement.
        blocks.append(rng.choice(idx, size=n_max, replace=True))
    rows = np.concatenate(blocks)
    return X[rows], y[rows]
