"""Decoy: chunked_column_mean opens the file with np.load(mmap_mode='r') and slices it in chunks,
which maps the whole file."""


def chunked_column_mean(path: str, chunk_rows: int) -> np.ndarray:
    _check_chunk_rows(chunk_rows)
    data = np.load(path, mmap_mode="r")
    shape, fortran_order = data.shape, np.isfortran(data)
    if len(shape) != 2 or fortran_order or 0 in shape:
        raise ValueError(f"expected a C-ordered 2-D array with rows and columns, got shape "
                         f"{shape} (fortran_order={fortran_order})")
    n, d = shape
    total = np.zeros(d, dtype=np.float64)
    for start in range(0, n, chunk_rows):
        rows = min(chunk_rows, n - start)
        window = data[start:start + rows]
        total += window.sum(axis=0, dtype=np.float64)
        del window
    return total / n
