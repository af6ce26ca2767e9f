"""Decoy: the intercept is penalised along with the coefficients."""


def penalized_loss(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, alpha: float,
                   kind: str, l1_ratio: float = 0.5) -> float:
    w, X, y, rho = _prepare(w, X, y, alpha, kind, l1_ratio)
    r = y - X @ w - b
    data = r @ r / (2 * len(y))
    penalty = alpha * rho * (np.abs(w).sum() + abs(b)) + alpha * (1 - rho) / 2 * (w @ w + b * b)
    return float(data + penalty)


def penalized_grad(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, alpha: float,
                   kind: str, l1_ratio: float = 0.5) -> tuple[np.ndarray, float]:
    w, X, y, rho = _prepare(w, X, y, alpha, kind, l1_ratio)
    r = y - X @ w - b
    # np.sign(0) == 0 picks the zero subgradient of |w_j| at the kink.
    grad_w = -X.T @ r / len(y) + alpha * rho * np.sign(w) + alpha * (1 - rho) * w
    return grad_w, float(-r.mean() + alpha * rho * np.sign(b) + alpha * (1 - rho) * b)
