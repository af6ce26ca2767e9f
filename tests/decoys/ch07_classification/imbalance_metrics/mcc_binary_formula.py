"""Decoy: MCC uses the binary tp/tn/fp/fn formula with the last label as positive, wrong for 3+ classes."""


def mcc(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    C = _confusion(y_true, y_pred).astype(float)
    tp, fp, fn = C[-1, -1], C[:-1, -1].sum(), C[-1, :-1].sum()
    tn = C.sum() - tp - fp - fn
    den = np.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return float((tp * tn - fp * fn) / den) if den > 0 else 0.0
