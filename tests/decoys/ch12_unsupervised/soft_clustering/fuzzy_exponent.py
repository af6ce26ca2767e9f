"""Decoy: fuzzy memberships use squared distances to the power -2 / (m - 1)."""


def fuzzy_memberships(X: np.ndarray, centers: np.ndarray, m: float = 2.0) -> np.ndarray:
    if not m > 1:
        raise ValueError(f"the fuzzifier m must be > 1, got {m}")
    d2 = _squared_distances(X, centers)
    at_centre = d2 == 0
    # u_ij is proportional to d_ij^(-2/(m-1)) = (d2_ij)^(-1/(m-1)); scale each row by its smallest
    # distance first so that the powers neither overflow nor underflow.
    nearest = np.where(at_centre.any(axis=1, keepdims=True), 1.0, d2.min(axis=1, keepdims=True))
    with np.errstate(divide="ignore"):
        weights = (d2 / nearest) ** (-2.0 / (m - 1.0))
    weights = np.where(at_centre.any(axis=1, keepdims=True), at_centre.astype(float), weights)
    return weights / weights.sum(axis=1, keepdims=True)
