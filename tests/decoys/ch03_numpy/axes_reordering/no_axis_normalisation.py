"""Decoy: move_axis does not normalise negative or out-of-range axes."""


def move_axis(a: np.ndarray, src: int, dst: int) -> np.ndarray:
    order = [ax for ax in range(a.ndim) if ax != src]
    order.insert(dst, src)
    return a.transpose(order)
