"""Decoy: chunked_column_mean adds the chunk sums in the file's dtype (float32 stays float32)."""


def chunked_column_mean(path: str, chunk_rows: int) -> np.ndarray:
    _check_chunk_rows(chunk_rows)
    with open(path, "rb") as f:
        version = np.lib.format.read_magic(f)
        if version == (1, 0):
            shape, fortran_order, dtype = np.lib.format.read_array_header_1_0(f)
        else:
            shape, fortran_order, dtype = np.lib.format.read_array_header_2_0(f)
        offset = f.tell()
    if len(shape) != 2 or fortran_order or 0 in shape:
        raise ValueError(f"expected a C-ordered 2-D array with rows and columns, got shape "
                         f"{shape} (fortran_order={fortran_order})")
    n, d = shape
    row_bytes = d * dtype.itemsize
    total = np.zeros(d, dtype=dtype)
    for start in range(0, n, chunk_rows):
        rows = min(chunk_rows, n - start)
        # Map only this window of the file: the whole file may not fit in the address space.
        window = np.memmap(path, dtype=dtype, mode="r", offset=offset + start * row_bytes,
                           shape=(rows, d))
        total += window.sum(axis=0)
        del window
    return total.astype(np.float64) / n
