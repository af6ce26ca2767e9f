"""Decoy: permute with axes=None leaves the axes unchanged instead of reversing them."""


def permute(a: np.ndarray, axes: tuple[int, ...] | None = None) -> np.ndarray:
    if axes is None:
        return a.transpose(tuple(range(a.ndim)))
    if len(axes) != a.ndim:
        raise ValueError(f"axes {axes} do not match an array of {a.ndim} dimensions")
    order = [normalize_axis_index(ax, a.ndim) for ax in axes]  # AxisError when out of range
    if len(set(order)) != len(order):
        raise ValueError(f"repeated axis in {axes}")
    return a.transpose(order)
