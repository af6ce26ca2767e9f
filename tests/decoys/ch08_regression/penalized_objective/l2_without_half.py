"""Decoy: the L2 penalty is alpha * (1 - l1_ratio) * ||w||^2, missing the 1/2."""


def penalized_loss(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, alpha: float,
                   kind: str, l1_ratio: float = 0.5) -> float:
    w, X, y, rho = _prepare(w, X, y, alpha, kind, l1_ratio)
    r = y - X @ w - b
    data = r @ r / (2 * len(y))
    penalty = alpha * rho * np.abs(w).sum() + alpha * (1 - rho) * (w @ w)
    return float(data + penalty)


def penalized_grad(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, alpha: float,
                   kind: str, l1_ratio: float = 0.5) -> tuple[np.ndarray, float]:
    w, X, y, rho = _prepare(w, X, y, alpha, kind, l1_ratio)
    r = y - X @ w - b
    # np.sign(0) == 0 picks the zero subgradient of |w_j| at the kink.
    grad_w = -X.T @ r / len(y) + alpha * rho * np.sign(w) + 2 * alpha * (1 - rho) * w
    return grad_w, float(-r.mean())
