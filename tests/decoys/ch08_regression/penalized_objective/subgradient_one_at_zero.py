"""Decoy: the L1 subgradient at w_j = 0 is taken as +1 (np.where(w >= 0, 1, -1)) instead of 0."""


def penalized_grad(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, alpha: float,
                   kind: str, l1_ratio: float = 0.5) -> tuple[np.ndarray, float]:
    w, X, y, rho = _prepare(w, X, y, alpha, kind, l1_ratio)
    r = y - X @ w - b
    # np.sign(0) == 0 picks the zero subgradient of |w_j| at the kink.
    grad_w = -X.T @ r / len(y) + alpha * rho * np.where(w >= 0, 1.0, -1.0) + alpha * (1 - rho) * w
    return grad_w, float(-r.mean())
