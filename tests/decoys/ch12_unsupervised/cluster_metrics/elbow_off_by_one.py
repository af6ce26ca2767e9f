"""Decoy: the elbow returns the k before the sharpest bend (argmax without + 1)."""


def choose_k(X: np.ndarray, ks: Sequence[int], method: str = "silhouette", seed: int = 0) -> int:
    X = np.asarray(X, dtype=float)
    ks = [int(k) for k in ks]
    n = X.shape[0]
    if method not in ("silhouette", "elbow"):
        raise ValueError(f"method must be 'silhouette' or 'elbow', got {method!r}")
    if np.any(np.diff(ks) <= 0):
        raise ValueError("ks must be strictly increasing")
    if method == "silhouette":
        if not ks or ks[0] < 2 or ks[-1] > n - 1:
            raise ValueError("the silhouette method needs 2 <= k <= n - 1 for every k")
    elif len(ks) < 3 or ks[0] < 1 or ks[-1] > n:
        raise ValueError("the elbow method needs at least three ks with 1 <= k <= n")
    # Imported here, not at the top: the other four functions need only NumPy, and importing
    # scikit-learn's clustering module costs seconds on a cold start.
    from sklearn.cluster import KMeans

    fits = [KMeans(n_clusters=k, n_init=3, random_state=seed).fit(X) for k in ks]
    if method == "silhouette":
        scores = [silhouette_score(X, f.labels_) for f in fits]
        return ks[int(np.argmax(scores))]
    inertias = np.array([f.inertia_ for f in fits])
    second = inertias[:-2] - 2 * inertias[1:-1] + inertias[2:]
    return ks[int(np.argmax(second))]
