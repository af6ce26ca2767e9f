"""Decoy: accepts more than two labels (everything but pos_label counts as negative)."""


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
    if pos_label not in labels.tolist():
        raise ValueError(f"pos_label={pos_label!r} occurs in neither y_true nor y_pred")
    actual, predicted = y_true == pos_label, y_pred == pos_label
    tp = int(np.sum(actual & predicted))
    fp = int(np.sum(~actual & predicted))
    fn = int(np.sum(actual & ~predicted))
    tn = int(np.sum(~actual & ~predicted))
    return metrics_from_counts(tp, fp, tn, fn)
