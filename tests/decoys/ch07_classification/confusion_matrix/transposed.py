"""Decoy: rows are predicted labels and columns actual labels."""


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray,
                     labels: Sequence | None = None) -> np.ndarray:
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape:
        raise ValueError(f"y_true {y_true.shape} and y_pred {y_pred.shape} must be 1-D and "
                         "of equal length")
    if y_true.size == 0:
        raise ValueError("no samples")
    if labels is None:
        labels = np.union1d(y_true, y_pred)
    labels = np.asarray(labels)
    if labels.size == 0:
        raise ValueError("labels is empty")
    if np.unique(labels).size != labels.size:
        raise ValueError("labels has a repeated label")
    if not np.isin(labels, y_true).any():
        raise ValueError("no label of `labels` occurs in y_true")
    # Position of every sample's label in `labels` (-1 when absent: the sample is dropped).
    order = np.argsort(labels, kind="stable")
    def position(y):
        at = np.clip(np.searchsorted(labels, y, sorter=order), 0, labels.size - 1)
        return np.where(labels[order[at]] == y, order[at], -1)
    i, j = position(y_true), position(y_pred)
    keep = (i >= 0) & (j >= 0)
    cm = np.zeros((labels.size, labels.size), dtype=np.int64)
    np.add.at(cm, (j[keep], i[keep]), 1)
    return cm
