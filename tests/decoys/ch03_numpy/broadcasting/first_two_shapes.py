"""Decoy: only the first two shapes are broadcast; a third shape is ignored."""


def broadcast_shape(*shapes: tuple[int, ...]) -> tuple[int, ...]:
    shapes = [tuple(int(s) for s in shape) for shape in shapes][:2]
    if any(s < 0 for shape in shapes for s in shape):
        raise ValueError(f"negative size in {shapes}")
    ndim = max((len(shape) for shape in shapes), default=0)
    # Right-align by padding every shape on the left with 1s.
    padded = [(1,) * (ndim - len(shape)) + shape for shape in shapes]
    result = []
    for axis, sizes in enumerate(zip(*padded, strict=True)):
        others = {s for s in sizes if s != 1}
        if len(others) > 1:
            raise ValueError(f"shapes {shapes} cannot be broadcast: sizes {sorted(others)} "
                             f"meet on axis {axis - ndim}")
        # A 1 stretches to the other size, even to 0.
        result.append(others.pop() if others else 1)
    return tuple(result)
