"""Decoy: dense_grads returns the transposes of the gradients (W @ dY.T and dY.T @ X)."""


def dense_grads(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if X.ndim != 2 or W.ndim != 2 or X.shape[1] != W.shape[0]:
        raise ValueError(f"X {X.shape} and W {W.shape} do not line up")
    if dY.shape != (X.shape[0], W.shape[1]):
        raise ValueError(f"dY must have shape {(X.shape[0], W.shape[1])}, got {dY.shape}")
    # Each gradient is the upstream gradient multiplied by the OTHER factor, transposed.
    return W @ dY.T, dY.T @ X
