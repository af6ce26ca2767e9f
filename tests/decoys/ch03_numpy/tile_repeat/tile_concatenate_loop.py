"""Decoy: tile_array builds the rows of blocks with a list comprehension and np.concatenate."""


def tile_array(a: np.ndarray, reps: tuple[int, int]) -> np.ndarray:
    a = np.asarray(a)
    if len(reps) != 2:
        raise ValueError(f"reps must have two entries, got {reps!r}")
    r, c = int(reps[0]), int(reps[1])
    if r < 0 or c < 0:
        raise ValueError(f"repetition counts must be >= 0, got {reps!r}")
    if a.ndim not in (1, 2):
        raise ValueError(f"a must be 1-D or 2-D, got {a.ndim}-D")
    block = a.reshape(1, -1) if a.ndim == 1 else a
    m, n = block.shape
    # Axes (r, m, c, n): block row i, row within the block, block column j, column within it.
    row = np.concatenate([block] * c, axis=1) if c else np.empty((m, 0), block.dtype)
    rows = [row for _ in range(r)]
    return np.concatenate(rows, axis=0) if r else np.empty((0, c * n), block.dtype)
