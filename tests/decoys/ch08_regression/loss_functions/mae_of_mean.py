"""Decoy: MAE takes the absolute value of the mean residual instead of the mean absolute residual."""


def mae(y: np.ndarray, yhat: np.ndarray) -> float:
    y, yhat = _pair(y, yhat, "y and yhat")
    return float(np.abs(np.mean(y - yhat)))
