"""Decoy: the -1 next to a 0 divides by zero (ZeroDivisionError) instead of raising ValueError."""


def resolve_shape(size: int, shape: tuple[int, ...]) -> tuple[int, ...]:
    shape = tuple(int(s) for s in shape)
    if size < 0:
        raise ValueError(f"size must be >= 0, got {size}")
    if shape.count(-1) > 1 or any(s < -1 for s in shape):
        raise ValueError(f"at most one -1 and no other negative size: {shape}")
    known = math.prod(s for s in shape if s != -1)
    if -1 in shape:
        if size % known:
            raise ValueError(f"cannot infer the -1 in {shape} for size {size}")
        return tuple(size // known if s == -1 else s for s in shape)
    if known != size:
        raise ValueError(f"shape {shape} holds {known} elements, not {size}")
    return shape
