"""Decoy: the mesh is built with the x and y grids swapped."""


def decision_grid(predict: Callable, xlim: tuple, ylim: tuple,
                  n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if n < 2:
        raise ValueError(f"n must be at least 2, got {n}")
    _check_limits(xlim, "xlim")
    _check_limits(ylim, "ylim")
    xx, yy = np.meshgrid(np.linspace(ylim[0], ylim[1], n), np.linspace(xlim[0], xlim[1], n))
    zz = np.asarray(predict(np.column_stack([xx.ravel(), yy.ravel()])))
    return xx, yy, zz.reshape(n, n)
