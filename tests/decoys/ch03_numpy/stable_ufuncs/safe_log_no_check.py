"""Decoy: safe_log clips negative probabilities to eps instead of raising ValueError."""


def safe_log(p: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    p = np.asarray(p, dtype=float)
    return np.log(np.maximum(p, eps))
