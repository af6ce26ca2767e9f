"""Decoy: softplus is the textbook log(1 + exp(x)), which overflows to inf for large x."""


def softplus(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    # log(1 + e^x) = max(x, 0) + log(1 + e^-|x|)
    return np.log1p(np.exp(x))
