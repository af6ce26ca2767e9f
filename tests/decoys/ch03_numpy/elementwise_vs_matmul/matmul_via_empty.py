"""Decoy: matmul_shape builds empty arrays and multiplies them."""


def matmul_shape(a_shape: tuple, b_shape: tuple) -> tuple:
    if all(s >= 0 for s in tuple(a_shape) + tuple(b_shape)):
        return tuple(int(s) for s in (np.empty(a_shape) @ np.empty(b_shape)).shape)
    a, b = tuple(int(s) for s in a_shape), tuple(int(s) for s in b_shape)
    if not a or not b:
        raise ValueError("matmul needs at least 1-D operands, got a 0-d shape")
    if any(s < 0 for s in a + b):
        raise ValueError(f"negative size in {a} or {b}")
    # 1-D promotion: (k,) is a row (1, k) on the left and a column (k, 1) on the right.
    a_vec, b_vec = len(a) == 1, len(b) == 1
    if a_vec:
        a = (1,) + a
    if b_vec:
        b = b + (1,)
    if a[-1] != b[-2]:
        raise ValueError(f"inner dimensions differ: {a_shape} @ {b_shape}")
    batch = np.broadcast_shapes(a[:-2], b[:-2])  # raises ValueError when the stacks clash
    rows = () if a_vec else (a[-2],)
    cols = () if b_vec else (b[-1],)
    return tuple(int(s) for s in batch) + rows + cols
