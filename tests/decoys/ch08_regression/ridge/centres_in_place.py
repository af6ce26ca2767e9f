"""Decoy: centres the caller's X and y in place."""


def _centre(X: np.ndarray, y: np.ndarray, fit_intercept: bool):
    if not fit_intercept:
        return X, y, np.zeros(X.shape[1]), 0.0
    x_mean, y_mean = X.mean(axis=0), float(y.mean())
    X -= x_mean
    y -= y_mean
    return X, y, x_mean, y_mean
