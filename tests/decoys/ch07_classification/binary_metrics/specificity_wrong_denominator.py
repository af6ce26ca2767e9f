"""Decoy: specificity divides by TN + FN instead of TN + FP."""


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
        "specificity": float(_ratio(tn, tn + fn)),
        "fpr": float(_ratio(fp, fp + tn)),
        "f1": fbeta(precision, recall, 1.0),
    }
