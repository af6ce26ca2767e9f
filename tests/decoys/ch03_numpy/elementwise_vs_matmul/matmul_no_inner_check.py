"""Decoy: matmul_shape never checks that the inner sizes agree."""


def matmul_shape(a_shape: tuple, b_shape: tuple) -> tuple:
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
    batch = np.broadcast_shapes(a[:-2], b[:-2])  # raises ValueError when the stacks clash
    rows = () if a_vec else (a[-2],)
    cols = () if b_vec else (b[-1],)
    return tuple(int(s) for s in batch) + rows + cols
