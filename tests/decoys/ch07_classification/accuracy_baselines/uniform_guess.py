"""Decoy: the stratified expectation is taken as 1/K (a uniform guess)."""


def stratified_guess_accuracy(y: np.ndarray) -> float:
    p = _shares(y)
    return float(1.0 / p.size)
