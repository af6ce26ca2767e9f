"""Decoy: updates b with a residual recomputed after w has already moved."""


def sgd_linear_regression(X: np.ndarray, y: np.ndarray, lr: float, epochs: int, seed: int = 0,
                          shuffle: bool = True, lr_decay: float = 0.0) -> dict:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    _validate(X, y)
    if lr <= 0:
        raise ValueError(f"lr must be > 0, got {lr}")
    if epochs < 1:
        raise ValueError(f"epochs must be >= 1, got {epochs}")
    if lr_decay < 0:
        raise ValueError(f"lr_decay must be >= 0, got {lr_decay}")
    n, d = X.shape
    rng = np.random.default_rng(seed)
    w, b = np.zeros(d), 0.0
    visit_order = np.empty((epochs, n), dtype=int)
    losses = np.empty(epochs * n)
    t = 0  # updates made so far, across epochs
    for epoch in range(epochs):
        visit_order[epoch] = rng.permutation(n) if shuffle else np.arange(n)
        for i in visit_order[epoch]:
            step = lr / (1.0 + lr_decay * t)
            residual = X[i] @ w + b - y[i]
            # Gradient of the single-example loss (x_i . w + b - y_i)^2.
            w = w - step * 2.0 * residual * X[i]
            b = b - step * 2.0 * (X[i] @ w + b - y[i])
            losses[t] = np.mean((X @ w + b - y) ** 2)
            t += 1
    return {"w": w, "b": float(b), "loss_per_update": losses, "visit_order": visit_order}
