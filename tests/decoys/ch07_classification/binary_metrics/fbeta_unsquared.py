"""Decoy: fbeta uses beta where beta**2 belongs."""


def fbeta(precision: float, recall: float, beta: float) -> float:
    if not beta > 0:
        raise ValueError(f"beta must be positive, got {beta}")
    if not (0.0 <= precision <= 1.0 and 0.0 <= recall <= 1.0):
        raise ValueError("precision and recall must lie in [0, 1]")
    b2 = beta
    den = b2 * precision + recall
    return float((1 + b2) * precision * recall / den) if den > 0 else 0.0
