"""Decoy: the recorded loss leaves out the (l2 / 2) ||w||^2 penalty."""


def _objective(z: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> float:
    # log(1 + exp(z)) - y z is the log loss of the logit z, and logaddexp never overflows.
    return float(np.mean(np.logaddexp(0, z) - y * z))
