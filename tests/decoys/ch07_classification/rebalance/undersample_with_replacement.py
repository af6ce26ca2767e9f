"""Decoy: undersampling draws with replacement, so a row can appear twice."""


def random_undersample(X: np.ndarray, y: np.ndarray,
                       seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    X, y = np.asarray(X), np.asarray(y)
    _check_xy(X, y)
    classes, counts = _classes(y)
    rng = np.random.default_rng(seed)
    n_min = counts.min()
    rows = np.concatenate([rng.choice(np.flatnonzero(y == c), size=n_min, replace=True)
                           for c in classes])
    return X[rows], y[rows]
