"""Decoy: ridge_classifier fits the 0 / 1 labels instead of -1 / +1 targets."""


def ridge_classifier(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    X, y = _check_xy(X, y)
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    target = y
    x_mean, t_mean = X.mean(axis=0), target.mean()
    Xc = X - x_mean
    coef = np.linalg.lstsq(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ (target - t_mean),
                           rcond=None)[0]
    return coef, float(t_mean - x_mean @ coef)
