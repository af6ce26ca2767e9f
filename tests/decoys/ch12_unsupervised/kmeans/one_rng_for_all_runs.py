"""Decoy: best_of_n_init makes one generator from seed and shares it across the runs."""


def best_of_n_init(X: np.ndarray, k: int, n_init: int, seed: int = 0,
                   init: str = "k-means++") -> tuple[np.ndarray, np.ndarray, float, list[float]]:
    X = _as_points(X)
    _check_k(X, k)
    if n_init < 1:
        raise ValueError(f"n_init must be >= 1, got {n_init}")
    if init not in ("k-means++", "random"):
        raise ValueError(f"init must be 'k-means++' or 'random', got {init!r}")
    best = None
    rng = np.random.default_rng(seed)
    for _run in range(n_init):
        if init == "k-means++":
            start = kmeans_pp_init(X, k, rng)
        else:
            start = X[rng.choice(X.shape[0], size=k, replace=False)]
        result = kmeans(X, start)
        if best is None or result[2] < best[2]:
            best = result
    return best
