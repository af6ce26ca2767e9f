"""Decoy: classes are visited in order of first appearance instead of sorted order."""


def random_undersample(X: np.ndarray, y: np.ndarray,
                       seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    X, y = np.asarray(X), np.asarray(y)
    _check_xy(X, y)
    classes, counts = _classes(y)
    classes = np.asarray(y)[np.sort(np.unique(y, return_index=True)[1])]
    rng = np.random.default_rng(seed)
    n_min = counts.min()
    rows = np.concatenate([rng.choice(np.flatnonzero(y == c), size=n_min, replace=False)
                           for c in classes])
    return X[rows], y[rows]
