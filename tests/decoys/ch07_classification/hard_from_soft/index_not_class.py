"""Decoy: returns the argmax column index instead of the class label."""


def to_labels(proba: np.ndarray, classes: np.ndarray,
              threshold: float | None = None) -> np.ndarray:
    proba, classes = _validate(proba), np.asarray(classes)
    if classes.shape != (proba.shape[1],):
        raise ValueError(f"{proba.shape[1]} probability columns but classes has shape "
                         f"{classes.shape}")
    if threshold is None:
        return np.argmax(proba, axis=1)  # argmax keeps the first column on ties
    if proba.shape[1] != 2:
        raise ValueError("a threshold needs exactly two classes")
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be in [0, 1], got {threshold}")
    return np.where(proba[:, 1] >= threshold, classes[1], classes[0])
