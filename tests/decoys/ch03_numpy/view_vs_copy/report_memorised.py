"""Decoy: view_report returns a memorised table instead of asking shares_data."""


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
    views = {"row_slice", "every_other_row", "column", "flattened", "transpose"}
    return {key: key in views for key in pairs}
