"""Decoy: returns row and column indices instead of the labels."""


def top_confusions(cm: np.ndarray, labels: Sequence,
                   k: int = 3) -> list[tuple[object, object, int]]:
    cm = _square(cm)
    labels = np.asarray(labels)
    if labels.shape != (cm.shape[0],):
        raise ValueError(f"{cm.shape[0]} classes but {labels.size} labels")
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    rows, cols = np.nonzero(cm * (1 - np.eye(cm.shape[0], dtype=cm.dtype)))
    counts = cm[rows, cols]
    # np.lexsort sorts by the last key first: count descending, then row, then column.
    order = np.lexsort((cols, rows, -counts))[:k]
    return [(int(rows[o]), int(cols[o]), int(counts[o])) for o in order]
