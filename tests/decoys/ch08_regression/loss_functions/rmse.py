"""Decoy: mse returns the root mean squared error."""


def mse(y: np.ndarray, yhat: np.ndarray) -> float:
    y, yhat = _pair(y, yhat, "y and yhat")
    return float(np.sqrt(np.mean((y - yhat) ** 2)))
