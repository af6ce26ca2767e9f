"""Decoy: the coefficients are returned lowest power first (the np.polynomial order)."""


def fit_poly_1d(x: np.ndarray, y: np.ndarray, degree: int) -> np.ndarray:
    x, y = _pair(x, y, "fit_poly_1d")
    if degree < 0:
        raise ValueError(f"degree must be >= 0, got {degree}")
    if x.shape[0] < degree + 1:
        raise ValueError(f"a degree-{degree} fit needs at least {degree + 1} points, "
                         f"got {x.shape[0]}")
    # lstsq works on V itself (SVD), so its accuracy follows cond(V), not cond(V)^2.
    return np.linalg.lstsq(vandermonde(x, degree), y, rcond=None)[0][::-1]


def train_val_mse(x_tr: np.ndarray, y_tr: np.ndarray, x_val: np.ndarray, y_val: np.ndarray,
                  degrees: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    x_tr, y_tr = _pair(x_tr, y_tr, "training data")
    x_val, y_val = _pair(x_val, y_val, "validation data")
    if len(degrees) == 0:
        raise ValueError("degrees is empty")
    if x_val.shape[0] == 0:
        raise ValueError("the validation set is empty")
    train, val = np.empty(len(degrees)), np.empty(len(degrees))
    for i, degree in enumerate(degrees):
        coef = fit_poly_1d(x_tr, y_tr, degree)
        train[i] = np.mean((y_tr - np.polyval(coef[::-1], x_tr)) ** 2)
        val[i] = np.mean((y_val - np.polyval(coef[::-1], x_val)) ** 2)
    return train, val
