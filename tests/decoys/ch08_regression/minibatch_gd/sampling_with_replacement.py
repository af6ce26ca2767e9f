"""Decoy: draws each batch with rng.choice(n, m) (with replacement), not from a permutation."""


def minibatch_gd(X: np.ndarray, y: np.ndarray, batch_size: int, lr: float, epochs: int,
                 seed: int = 0, shuffle: bool = True) -> dict:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1:
        raise ValueError(f"X must be 2-D and y 1-D, got {X.ndim}-D and {y.ndim}-D")
    if X.shape[0] != y.shape[0] or X.shape[0] == 0:
        raise ValueError(f"X has {X.shape[0]} rows and y has {y.shape[0]}; need equal, >= 1")
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if lr <= 0:
        raise ValueError(f"lr must be > 0, got {lr}")
    if epochs < 1:
        raise ValueError(f"epochs must be >= 1, got {epochs}")
    n, d = X.shape
    batch_size = min(batch_size, n)
    rng = np.random.default_rng(seed)
    w, b = np.zeros(d), 0.0
    losses = np.empty(epochs)
    for epoch in range(epochs):
        order = np.arange(n)
        for start in range(0, n, batch_size):  # the last batch may be shorter: it is used too
            rows = order[start:start + batch_size]
            if shuffle:
                rows = rng.choice(n, len(rows))
            grad_w, grad_b = batch_gradient(X[rows], y[rows], w, b)
            w, b = w - lr * grad_w, b - lr * grad_b
        losses[epoch] = np.mean((X @ w + b - y) ** 2)
    n_updates = epochs * -(-n // batch_size)
    return {"w": w, "b": float(b), "loss_per_epoch": losses, "n_updates": n_updates}
