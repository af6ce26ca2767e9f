"""Reference solution for ch03/memmap_stream."""

from collections.abc import Callable

import numpy as np


def _check_chunk_rows(chunk_rows: int) -> None:
    if chunk_rows <= 0:
        raise ValueError(f"chunk_rows must be positive, got {chunk_rows}")


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
        stop = min(start + chunk_rows, n)
        rows = np.asarray(make_rows(start, stop))
        if rows.shape != (stop - start, d):  # broadcasting would hide a wrong shape
            raise ValueError(f"make_rows({start}, {stop}) returned shape {rows.shape}, "
                             f"expected {(stop - start, d)}")
        out[start:stop] = rows
    out.flush()
    del out


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
    total = np.zeros(d, dtype=np.float64)
    for start in range(0, n, chunk_rows):
        rows = min(chunk_rows, n - start)
        # Map only this window of the file: the whole file may not fit in the address space.
        window = np.memmap(path, dtype=dtype, mode="r", offset=offset + start * row_bytes,
                           shape=(rows, d))
        total += window.sum(axis=0, dtype=np.float64)
        del window
    return total / n
