"""Decoy: the recorded loss clips probabilities to [1e-12, 1 - 1e-12], capping huge losses."""


def _objective(z: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> float:
    # log(1 + exp(z)) - y z is the log loss of the logit z, and logaddexp never overflows.
    p = np.clip(sigmoid(z), 1e-12, 1 - 1e-12)
    log_loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    return float(log_loss + l2 / 2 * (w @ w))
