"""Decoy: the softmax intercepts are penalised too."""


def fit_softmax(X: np.ndarray, y: np.ndarray, n_classes: int, lr: float, n_iter: int,
                l2: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    X, y = _check(X, y, lr, n_iter, l2)
    if n_classes < 2:
        raise ValueError(f"n_classes must be >= 2, got {n_classes}")
    if not np.all(np.isin(y, np.arange(n_classes))):
        raise ValueError(f"labels must be integers in 0..{n_classes - 1}")
    n, d = X.shape
    Y = np.eye(n_classes)[y.astype(int)]  # one-hot targets, shape (n, K)
    W, b = np.zeros((d, n_classes)), np.zeros(n_classes)
    for _ in range(n_iter):
        G = softmax(X @ W + b) - Y
        W, b = W - lr * (X.T @ G / n + l2 * W), b - lr * (G.mean(axis=0) + l2 * b)
    return W, b
