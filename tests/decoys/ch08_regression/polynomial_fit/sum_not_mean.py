"""Decoy: the errors are sums of squares, without dividing by the number of points."""


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
        train[i] = np.sum((y_tr - np.polyval(coef, x_tr)) ** 2)
        val[i] = np.sum((y_val - np.polyval(coef, x_val)) ** 2)
    return train, val
