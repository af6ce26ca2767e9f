"""Decoy: masked_projection forgets the mask and returns X @ W."""


def masked_projection(X: np.ndarray, mask: np.ndarray, W: np.ndarray) -> np.ndarray:
    X, mask, W = np.asarray(X, dtype=float), np.asarray(mask), np.asarray(W, dtype=float)
    if X.ndim != 2 or W.ndim != 2:
        raise ValueError(f"X and W must be 2-D, got shapes {X.shape} and {W.shape}")
    if mask.shape != X.shape:
        raise ValueError(f"mask has shape {mask.shape}, X has shape {X.shape}")
    if X.shape[1] != W.shape[0]:
        raise ValueError(f"X has {X.shape[1]} columns but W has {W.shape[0]} rows")
    return X @ W  # element-wise first, then the matrix product
