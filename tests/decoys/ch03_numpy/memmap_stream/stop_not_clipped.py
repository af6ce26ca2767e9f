"""Decoy: write_npy_chunks asks for start + chunk_rows rows even in the last, shorter chunk."""


def write_npy_chunks(path: str, shape: tuple[int, int], dtype,
                     make_rows: Callable[[int, int], np.ndarray], chunk_rows: int) -> None:
    _check_chunk_rows(chunk_rows)
    if len(shape) != 2 or min(shape) < 0:
        raise ValueError(f"shape must be (n, d) with n, d >= 0, got {shape!r}")
    n, d = int(shape[0]), int(shape[1])
    # Writes the .npy header and sizes the file; the map is shared with the file's page cache,
    # so every assignment below lands in the file without the whole array ever being in memory.
    out = np.lib.format.open_memmap(path, mode="w+", dtype=np.dtype(dtype), shape=(n, d))
    for start in range(0, n, chunk_rows):
        stop = start + chunk_rows
        rows = np.asarray(make_rows(start, stop))
        if rows.shape != (stop - start, d):  # broadcasting would hide a wrong shape
            raise ValueError(f"make_rows({start}, {stop}) returned shape {rows.shape}, "
                             f"expected {(stop - start, d)}")
        out[start:stop] = rows
    out.flush()
    del out
