"""Decoy: counts a feature as selected only when its coefficient is positive."""


def _selected(X: np.ndarray, y: np.ndarray, alpha: float) -> np.ndarray:
    if alpha <= 0:
        raise ValueError(f"alpha must be > 0, got {alpha}")
    return Lasso(alpha=alpha, tol=1e-8, max_iter=100_000).fit(X, y).coef_ > 0
