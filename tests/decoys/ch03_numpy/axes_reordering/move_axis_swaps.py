"""Decoy: move_axis swaps src and dst instead of moving src and shifting the others."""


def move_axis(a: np.ndarray, src: int, dst: int) -> np.ndarray:
    src, dst = normalize_axis_index(src, a.ndim), normalize_axis_index(dst, a.ndim)
    order = list(range(a.ndim))
    order[src], order[dst] = order[dst], order[src]
    return a.transpose(order)
