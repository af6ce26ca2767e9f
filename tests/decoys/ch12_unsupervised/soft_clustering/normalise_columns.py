"""Decoy: soft memberships are normalised over the points (axis 0) instead of over the clusters."""


def soft_assign(X: np.ndarray, centers: np.ndarray, sigma2: float) -> np.ndarray:
    if not sigma2 > 0:
        raise ValueError(f"sigma2 must be positive, got {sigma2}")
    logits = -_squared_distances(X, centers) / (2.0 * sigma2)
    # Subtract each row's maximum before exponentiating (log-sum-exp): for a tiny sigma2 every
    # exp() would otherwise underflow to 0 and the row would be 0 / 0.
    logits -= logits.max(axis=1, keepdims=True)
    weights = np.exp(logits)
    return weights / weights.sum(axis=0, keepdims=True)
