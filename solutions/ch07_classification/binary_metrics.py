"""Reference solution for ch07/binary_metrics."""

import numpy as np


def _ratio(num: int, den: int) -> float:
    # scikit-learn's zero_division=0: an empty denominator gives 0.0, not NaN.
    return num / den if den else 0.0


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
        "f1": fbeta(precision, recall, 1.0),
    }


def binary_metrics(y_true: np.ndarray, y_pred: np.ndarray,
                   pos_label: object = 1) -> dict[str, float]:
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.ndim != 1 or y_pred.ndim != 1:
        raise ValueError("y_true and y_pred must be 1-D")
    if y_true.shape != y_pred.shape:
        raise ValueError(f"lengths differ: {y_true.shape[0]} and {y_pred.shape[0]}")
    if y_true.size == 0:
        raise ValueError("no samples")
    labels = np.union1d(y_true, y_pred)
    if labels.size > 2:
        raise ValueError(f"more than two labels: {labels.tolist()}")
    if pos_label not in labels.tolist():
        raise ValueError(f"pos_label={pos_label!r} occurs in neither y_true nor y_pred")
    actual, predicted = y_true == pos_label, y_pred == pos_label
    tp = int(np.sum(actual & predicted))
    fp = int(np.sum(~actual & predicted))
    fn = int(np.sum(actual & ~predicted))
    tn = int(np.sum(~actual & ~predicted))
    return metrics_from_counts(tp, fp, tn, fn)


def fbeta(precision: float, recall: float, beta: float) -> float:
    if not beta > 0:
        raise ValueError(f"beta must be positive, got {beta}")
    if not (0.0 <= precision <= 1.0 and 0.0 <= recall <= 1.0):
        raise ValueError("precision and recall must lie in [0, 1]")
    b2 = beta * beta
    den = b2 * precision + recall
    return float((1 + b2) * precision * recall / den) if den > 0 else 0.0
