"""Decoy: k-means++ draws with probability proportional to the distance, not the squared distance."""


def kmeans_pp_init(X: np.ndarray, k: int, rng: np.random.Generator | int) -> np.ndarray:
    X = _as_points(X)
    _check_k(X, k)
    rng = np.random.default_rng(rng)
    n = X.shape[0]
    chosen = [int(rng.integers(n))]
    d2 = _squared_distances(X, X[chosen]).min(axis=1)
    for _ in range(1, k):
        total = d2.sum()
        if total == 0:
            raise ValueError(f"X has fewer than k = {k} distinct rows")
        # D^2 sampling: a point is picked with probability proportional to its squared distance
        # to the nearest centre chosen so far (already-chosen points have probability 0).
        d = np.sqrt(d2)
        chosen.append(int(rng.choice(n, p=d / d.sum())))
        d2 = np.minimum(d2, _squared_distances(X, X[chosen[-1:]])[:, 0])
    return X[chosen]
