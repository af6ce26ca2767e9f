"""Decoy: right numbers, but batch_gradient loops over the examples of the batch."""


def batch_gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray,
                   b: float) -> tuple[np.ndarray, float]:
    grad_w, grad_b = np.zeros(X.shape[1]), 0.0
    for x_i, y_i in zip(X, y, strict=True):
        r_i = x_i @ w + b - y_i
        grad_w = grad_w + 2.0 * r_i * x_i
        grad_b = grad_b + 2.0 * r_i
    return grad_w / len(y), float(grad_b / len(y))
