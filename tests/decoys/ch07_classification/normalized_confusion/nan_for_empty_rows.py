"""Decoy: empty rows or columns become NaN (plain division) instead of staying 0."""


def normalize_cm(cm: np.ndarray, by: str) -> np.ndarray:
    if by not in AXES:
        raise ValueError(f"by must be 'true', 'pred' or 'all', got {by!r}")
    cm = np.asarray(cm, dtype=float)
    if cm.ndim != 2 or cm.shape[0] != cm.shape[1]:
        raise ValueError(f"cm must be square, got shape {cm.shape}")
    if (cm < 0).any():
        raise ValueError("counts must be non-negative")
    sums = cm.sum(axis=AXES[by], keepdims=True)
    # Empty rows/columns stay zero (scikit-learn turns the 0/0 NaNs into 0).
    with np.errstate(invalid="ignore"):
        return cm / sums
