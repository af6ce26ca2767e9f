"""Decoy: the intercept is penalised too."""


def fit_logistic(X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iter: int = 5000,
                 l2: float = 0.0) -> tuple[np.ndarray, float, list[float]]:
    X, y = _check_xy(X, y)
    if lr <= 0:
        raise ValueError(f"lr must be positive, got {lr}")
    if l2 < 0:
        raise ValueError(f"l2 must be >= 0, got {l2}")
    if n_iter < 0:
        raise ValueError(f"n_iter must be >= 0, got {n_iter}")
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    history = []
    for _ in range(n_iter):
        z = X @ w + b
        history.append(_objective(z, y, w, l2))
        residual = sigmoid(z) - y
        # Both gradients at the current point; the intercept is not penalised.
        grad_w = X.T @ residual / n + l2 * w
        grad_b = float(residual.mean()) + l2 * b
        w, b = w - lr * grad_w, b - lr * grad_b
    history.append(_objective(X @ w + b, y, w, l2))
    return w, float(b), history
