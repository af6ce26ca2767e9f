"""Decoy: tile_array broadcasts to (m, r, n, c), which repeats every row and column instead of
copying whole blocks."""


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
    stretched = np.broadcast_to(block[:, None, :, None], (m, r, n, c))
    return stretched.reshape(r * m, c * n)
