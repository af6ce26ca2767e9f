"""Decoy: stack_predictions uses np.vstack, which concatenates 2-D predictions instead of adding an axis."""


def stack_predictions(preds: Sequence[np.ndarray]) -> np.ndarray:
    preds = [np.asarray(p) for p in preds]
    if not preds:
        raise ValueError("stack_predictions needs at least one array")
    if len({p.shape for p in preds}) > 1:
        raise ValueError(f"predictions need one shape, got {[p.shape for p in preds]}")
    return np.vstack(preds)
