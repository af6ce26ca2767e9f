"""Reference solution for ch03/view_vs_copy."""

import numpy as np


def _column_stats(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if a.ndim != 2 or a.shape[0] == 0:
        raise ValueError(f"a must be 2-D with at least one row, got shape {a.shape}")
    mean, std = a.mean(axis=0), a.std(axis=0)
    return mean, np.where(std == 0, 1, std)  # a constant column: (x - mean) / 1 = 0


def standardize_inplace(a: np.ndarray) -> None:
    if not np.issubdtype(a.dtype, np.floating):
        raise TypeError(f"standardize_inplace needs a floating-point array, got {a.dtype}")
    mean, scale = _column_stats(a)
    # Augmented assignment writes into a's own buffer: every view of a sees the change.
    a -= mean
    a /= scale


def standardized_copy(a: np.ndarray) -> np.ndarray:
    a = np.asarray(a)
    if not np.issubdtype(a.dtype, np.floating):
        a = a.astype(np.float64)
    mean, scale = _column_stats(a)
    return (a - mean) / scale  # arithmetic allocates a new array; a is untouched


def shares_data(a: np.ndarray, b: np.ndarray) -> bool:
    # Exact; np.may_share_memory only compares the memory bounds.
    return bool(np.shares_memory(a, b))


def view_report(a: np.ndarray) -> dict[str, bool]:
    a = np.asarray(a)
    if a.ndim != 2 or 0 in a.shape:
        raise ValueError(f"a must be 2-D with at least one row and column, got shape {a.shape}")
    h = a.shape[0] // 2
    pairs = {
        "row_slice": (a, a[1:]),
        "every_other_row": (a, a[::2]),
        "column": (a, a[:, 0]),
        "fancy_rows": (a, a[[0, -1]]),  # fancy indexing always copies
        "boolean_mask": (a, a[a > 0]),  # so does a boolean mask
        "flattened": (a, a.reshape(-1)),  # a copy when a is not C-contiguous
        "transpose": (a, a.T),
        "copy": (a, a.copy()),
        "disjoint_halves": (a[:h], a[h:]),
        "interleaved_rows": (a[::2], a[1::2]),  # overlapping bounds, no common element
    }
    return {key: shares_data(first, second) for key, (first, second) in pairs.items()}
