"""Decoy: identity accepts any 2-D shape (np.eye(n, m)) instead of only square ones."""


def init_array(shape: tuple[int, ...], kind: str, seed: int | None = None) -> np.ndarray:
    shape = tuple(int(s) for s in shape)
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    if any(s < 0 for s in shape):
        raise ValueError(f"negative size in shape {shape}")
    if kind == "zeros":
        return np.zeros(shape)
    if kind == "ones":
        return np.ones(shape)
    if kind == "identity":
        if len(shape) != 2:
            raise ValueError(f"identity needs a square 2-D shape, got {shape}")
        return np.eye(shape[0], shape[1])
    rng = np.random.default_rng(seed)
    return rng.standard_normal(shape) if kind == "normal" else rng.random(shape)
