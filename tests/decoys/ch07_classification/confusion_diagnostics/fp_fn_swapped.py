"""Decoy: reads fp from cm2[1, 0] and fn from cm2[0, 1] (rows and columns confused)."""


def error_bias(cm2: np.ndarray) -> str:
    cm2 = _square(cm2)
    if cm2.shape != (2, 2):
        raise ValueError(f"error_bias needs a 2 x 2 matrix, got {cm2.shape}")
    _, fn, fp, _ = cm2.ravel()
    if fp > fn:
        return "too_aggressive"
    return "too_conservative" if fn > fp else "balanced"
