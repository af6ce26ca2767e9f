"""Decoy: stack_predictions stacks along the last axis (shape (*s, k))."""


def stack_predictions(preds: Sequence[np.ndarray]) -> np.ndarray:
    preds = [np.asarray(p) for p in preds]
    if not preds:
        raise ValueError("stack_predictions needs at least one array")
    if len({p.shape for p in preds}) > 1:
        raise ValueError(f"predictions need one shape, got {[p.shape for p in preds]}")
    return np.stack(preds, axis=-1)
