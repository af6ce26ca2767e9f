"""Decoy: an empty denominator gives NaN (plain float division through NumPy) instead of 0.0."""


def _ratio(num: int, den: int) -> float:
    # scikit-learn's zero_division=0: an empty denominator gives 0.0, not NaN.
    return float(np.float64(num) / np.float64(den)) if den else float("nan")


def metrics_from_counts(tp: int, fp: int, tn: int, fn: int) -> dict[str, float]:
    if min(tp, fp, tn, fn) < 0:
        raise ValueError("counts must be non-negative")
    total = tp + fp + tn + fn
    if total == 0:
        raise ValueError("all four counts are zero")
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {
        "accuracy": float((tp + tn) / total),
        "precision": float(precision),
        "recall": float(recall),
        "specificity": float(_ratio(tn, tn + fp)),
        "fpr": float(_ratio(fp, fp + tn)),
        "f1": float(np.float64(2 * precision * recall) / (precision + recall)),
    }
