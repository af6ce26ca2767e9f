"""Memory mapping: write and read a .npy file one chunk at a time (guide question Q94).

A data set larger than memory can still be processed if no more than a few rows are ever in
memory at once. A ``.npy`` file is a short header (the dtype, the shape and the memory order)
followed by the raw bytes of the array, row after row in C order, so any block of rows sits at a
known place in the file. Write two functions.

``write_npy_chunks(path: str, shape: tuple[int, int], dtype, make_rows: Callable[[int, int],
np.ndarray], chunk_rows: int) -> None``
    Create (or overwrite) the ``.npy`` file ``path`` (exactly that path) holding a C-ordered
    array of shape ``shape = (n, d)`` and dtype ``np.dtype(dtype)``, which ``np.load(path)`` and
    ``np.load(path, mmap_mode="r")`` read back. The rows come from ``make_rows(start, stop)``,
    which returns the rows ``start`` (included) to ``stop`` (excluded) as an array of shape
    ``(stop - start, d)``; store them in rows ``start:stop`` of the file (converted to the file's
    dtype as an assignment does). Call it for ``start = 0, chunk_rows, 2 * chunk_rows, ...`` with
    ``stop = min(start + chunk_rows, n)``, in that order, exactly once each (not at all when
    ``n = 0``). Write through a memory map: ``np.lib.format.open_memmap(path, mode="w+",
    dtype=..., shape=...)`` writes the header, sizes the file and returns an array whose rows
    ARE the file. Each chunk must be in the file before the next one is asked for: when
    ``make_rows`` is called, the checks read the file from another process and expect every
    row of the earlier calls there (a memory map shares its pages with the file, so assigning
    into it is enough; a file object would need ``flush()``).

``chunked_column_mean(path: str, chunk_rows: int) -> np.ndarray``
    The mean of every column of the 2-D array stored in the ``.npy`` file ``path``: a float64
    array of shape ``(d,)``, the column sums accumulated in float64 (whatever the file's dtype)
    and divided by the number of rows ``n``. The file holds a C-ordered (``fortran_order``
    False) array with at least one row and one column, of a real numeric dtype (float64,
    float32, int64, int32, ...). Never hold more than ``chunk_rows`` rows at once, neither read
    nor mapped: the checks run this function on a file LARGER than the worker's address-space
    limit (512 MiB, and a mapped file counts against it), so ``np.load(path)`` fails, and so does
    ``np.load(path, mmap_mode="r")``, which maps the whole file. Read the header with
    ``np.lib.format.read_magic(f)`` and ``np.lib.format.read_array_header_1_0(f)`` (or
    ``read_array_header_2_0`` for a version-2 file; both return ``(shape, fortran_order,
    dtype)``): the data starts where the header ends (``f.tell()``; do not assume a header
    length). Then map one window of rows at a time with ``np.memmap(path, dtype=..., mode="r",
    offset=..., shape=(rows, d))``, or read it with ``np.fromfile``.

Do not modify the inputs.

Inputs in the checks: files of up to 40 rows and 5 columns of float64, float32, int32 or int64
values (floats in [-10, 10], integers in [-1000, 1000]), written by ``np.save`` or with a
version-2 or longer-than-usual header, and one file of 576 MiB (9,437,184 rows of 8 float64
columns, read with ``chunk_rows = 65536``). ``make_rows`` returns float64 arrays.

Tolerance: ``chunked_column_mean`` is compared with
``np.load(path).astype(np.float64).mean(axis=0)`` with ``np.isclose(actual, expected,
rtol=1e-12, atol=1e-12)``, and its results for different chunk sizes (1, 7, n and n + 5 rows)
agree with each other to the same tolerance (not bit for bit: the sums are grouped
differently). A file written by ``write_npy_chunks`` must hold exactly
the rows ``make_rows`` returned, converted to the dtype.

Raises: ``ValueError`` from both functions when ``chunk_rows <= 0``; from ``write_npy_chunks``
when ``shape`` is not two sizes ``>= 0`` or when ``make_rows`` returns an array whose shape is not
``(stop - start, d)`` (assigning it would broadcast a single row silently); ``chunk_rows`` and
``shape`` are checked before anything is written (for those errors no file is created at
``path``). From ``chunked_column_mean`` when the stored array is not 2-D, is Fortran-ordered, or
has no rows or no columns, or when the file is truncated (shorter than its header's shape says);
``chunked_column_mean`` only reads the file, never changes it (map with ``mode="r"``: ``"r+"``
would even lengthen a short file with zeros).
"""

from collections.abc import Callable

import numpy as np


def write_npy_chunks(path: str, shape: tuple[int, int], dtype,
                     make_rows: Callable[[int, int], np.ndarray], chunk_rows: int) -> None:
    """Write a C-ordered (n, d) .npy file chunk by chunk from make_rows(start, stop)."""
    raise NotImplementedError


def chunked_column_mean(path: str, chunk_rows: int) -> np.ndarray:
    """Float64 column means of the (n, d) array in a .npy file, chunk_rows rows at a time."""
    raise NotImplementedError
