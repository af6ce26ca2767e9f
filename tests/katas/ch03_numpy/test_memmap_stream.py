"""Hidden checks for ch03/memmap_stream.

"Not loaded whole" is checked as decision D3.9 asks: the kata's worker runs under a 512 MiB
address-space limit (``memory_mib`` in katas.toml; mapped files count against RLIMIT_AS) and
chunked_column_mean must read a sparse 576 MiB file. The catalog's "instrumented memmap" cannot
be injected into the worker; its writing half is done by ``make_rows``, a callback that runs here,
on the trusted side: it records every (start, stop) the attempt asks for and, at every call,
reads the file to see that the earlier chunks are already in it.
"""

import itertools

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import CheckFailure, as_array, assert_close, assert_true, raises, shared_folder

from katas.attempt import AttemptError

CLOSE = {"rtol": 1e-12, "atol": 1e-12}
FILE_DTYPES = ("float64", "float32", "int32", "int64")
_names = itertools.count()


def fresh_path(attempt, suffix=".npy"):
    return shared_folder(attempt) / f"data{next(_names)}{suffix}"


def read_header(path):
    """(shape, fortran_order, dtype, data offset) of a .npy file, read without loading it."""
    with open(path, "rb") as f:
        version = np.lib.format.read_magic(f)
        read = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                else np.lib.format.read_array_header_2_0)
        shape, fortran_order, dtype = read(f)
        return shape, fortran_order, dtype, f.tell()


def data_for(seed, n, d):
    return np.round(np.random.default_rng(seed).uniform(-10, 10, (n, d)), 3)


class RowSource:
    """make_rows for the attempt: serves rows of ``data``, records every call, and checks at each
    call that the rows of all earlier calls are already in the file."""

    def __init__(self, path, data, dtype, wrong_shape=False):
        self.path, self.data, self.dtype = path, data, np.dtype(dtype)
        self.wrong_shape = wrong_shape
        self.calls, self.problems = [], []

    def __repr__(self):
        return "make_rows"

    def __call__(self, start, stop):
        start, stop = int(start), int(stop)
        if self.calls:
            self._check_written(start, stop)
        self.calls.append((start, stop))
        if self.wrong_shape:
            return self.data[start:start + 1]
        return self.data[start:stop]

    def _check_written(self, start, stop):
        n, d = self.data.shape
        try:
            shape, _, dtype, offset = read_header(self.path)
            with open(self.path, "rb") as f:
                f.seek(offset)
                on_disk = np.fromfile(f, dtype=dtype, count=n * d)
        except (OSError, ValueError) as exc:
            self.problems.append(f"when make_rows({start}, {stop}) was called the file could not "
                                 f"be read ({type(exc).__name__}: {exc})")
            return
        for a, b in self.calls:
            expected = self.data[a:b].astype(self.dtype).ravel()
            got = on_disk[a * d:b * d]
            if got.shape != expected.shape or not np.array_equal(got, expected):
                self.problems.append(f"when make_rows({start}, {stop}) was called, rows {a}:{b} "
                                     "(asked for earlier) were not in the file yet")
                return


def write(attempt, shape, dtype, chunk_rows, seed=0):
    """Run write_npy_chunks and check the calls, the streaming and the file; returns the file."""
    n, d = shape
    path = fresh_path(attempt)
    data = data_for(seed, n, d)
    source = RowSource(path, data, dtype)
    attempt.write_npy_chunks(str(path), shape, dtype, source, chunk_rows)
    what = f"write_npy_chunks(path, {shape}, {dtype!r}, make_rows, chunk_rows={chunk_rows})"
    expected_calls = [(s, min(s + chunk_rows, n)) for s in range(0, n, chunk_rows)]
    assert_true(source.calls == expected_calls, f"{what} asked make_rows for the wrong rows",
                expected=expected_calls, actual=source.calls,
                help="start = 0, chunk_rows, 2 * chunk_rows, ... with stop = min(start + "
                     "chunk_rows, n): stop is EXCLUDED, and the last chunk may be shorter")
    assert_true(not source.problems, f"{what} did not write the chunks as they came",
                expected="every earlier chunk in the file when make_rows is called",
                actual=source.problems[0] if source.problems else None,
                help="write each chunk into np.lib.format.open_memmap(path, mode='w+', ...) as "
                     "soon as make_rows returns it, instead of collecting them all first")
    try:
        loaded = np.load(path, mmap_mode="r", allow_pickle=False)
    except Exception as exc:  # noqa: BLE001 - any failure to open is the learner's to see
        raise CheckFailure(f"{what} wrote a file np.load(path, mmap_mode='r') cannot open",
                           expected="a .npy file", actual=f"{type(exc).__name__}: {exc}") from None
    expected = data.astype(dtype)
    assert_true(loaded.shape == expected.shape and loaded.dtype == expected.dtype,
                f"{what} wrote the wrong shape or dtype",
                expected=(expected.shape, str(expected.dtype)),
                actual=(loaded.shape, str(loaded.dtype)))
    assert_true(not np.isfortran(loaded), f"{what} wrote a Fortran-ordered file",
                expected="fortran_order False", actual="fortran_order True")
    assert_true(bool(np.array_equal(loaded, expected)), f"{what} wrote the wrong values",
                expected=expected, actual=np.array(loaded),
                help="rows start:stop of the file are the rows make_rows(start, stop) returned")
    return path


def save(attempt, X, version=None):
    path = fresh_path(attempt)
    if version is None:
        np.save(path, X)
    else:
        with open(path, "wb") as f:
            np.lib.format.write_array(f, X, version=version)
    return path


def column_mean(attempt, path, chunk_rows):
    X = np.load(path)
    expected = X.astype(np.float64).mean(axis=0)
    what = f"chunked_column_mean(path, {chunk_rows}) for a {X.dtype} file of shape {X.shape}"
    out = as_array(attempt.chunked_column_mean(str(path), chunk_rows), what, shape=expected.shape,
                   kind="f")
    assert_close(out, expected, **CLOSE, what=what,
                 help="add up every chunk's column sums in float64 and divide by the total "
                      "number of rows once, at the end (a mean of chunk means is wrong when the "
                      "last chunk is shorter)")
    return out


# --- write_npy_chunks ---------------------------------------------------------------------------


def test_write_known_answer(attempt):
    """a 5 x 3 file written 2 rows at a time asks for rows 0:2, 2:4, 4:5 and holds them all"""
    write(attempt, (5, 3), "float64", 2)


@given(st.integers(0, 30), st.integers(0, 4), st.integers(1, 36), st.sampled_from(FILE_DTYPES))
def test_write_any_chunking(attempt, n, d, chunk_rows, dtype):
    """for any shape, chunk size and dtype, make_rows is asked for each chunk once, in order, and
    the file holds exactly its rows"""
    write(attempt, (n, d), dtype, chunk_rows, seed=n * 7 + d)


def test_write_streams_chunk_by_chunk(attempt):
    """with one row per chunk, every earlier row is already in the file when the next is asked
    for"""
    write(attempt, (12, 2), "float32", 1)


def test_write_matches_reference(attempt, reference):
    """the file written by write_npy_chunks has the same header and data as the reference's"""
    path = write(attempt, (9, 4), "int64", 4, seed=5)
    ref_path = fresh_path(attempt)
    data = data_for(5, 9, 4)
    reference.write_npy_chunks(str(ref_path), (9, 4), "int64", lambda a, b: data[a:b], 4)
    ours, theirs = read_header(path), read_header(ref_path)
    assert_true(ours[:3] == theirs[:3], "the header differs from the reference's",
                expected=theirs[:3], actual=ours[:3])
    assert_true(bool(np.array_equal(np.load(path), np.load(ref_path))),
                "the data differ from the reference's", expected=np.load(ref_path),
                actual=np.load(path))


def test_write_edge_cases(attempt):
    """no rows (make_rows never called), a chunk larger than the file, and no columns"""
    write(attempt, (0, 3), "float64", 4)
    write(attempt, (3, 2), "float64", 50)
    write(attempt, (4, 0), "float64", 3)


def test_write_bad_input_raises(attempt):
    """chunk_rows 0 or negative, a negative size, and make_rows returning one row for a chunk of
    three raise ValueError"""
    for chunk_rows in (0, -2):
        path = fresh_path(attempt)
        source = RowSource(path, data_for(0, 4, 2), "float64")
        with raises("ValueError", f"write_npy_chunks with chunk_rows={chunk_rows}"):
            attempt.write_npy_chunks(str(path), (4, 2), "float64", source, chunk_rows)
    path = fresh_path(attempt)
    with raises("ValueError", "write_npy_chunks with shape (-1, 2)"):
        attempt.write_npy_chunks(str(path), (-1, 2), "float64",
                                 RowSource(path, data_for(0, 4, 2), "float64"), 2)
    path = fresh_path(attempt)
    source = RowSource(path, data_for(0, 6, 2), "float64", wrong_shape=True)
    with raises("ValueError", "write_npy_chunks when make_rows(0, 3) returns a (1, 2) array"):
        attempt.write_npy_chunks(str(path), (6, 2), "float64", source, 3)


def test_write_checks_arguments_before_writing(attempt):
    """a bad chunk_rows or shape raises ValueError before the file is created, and a shape that
    is not two sizes raises too"""
    for shape, chunk_rows in [((4, 2), 0), ((4, 2), -1), ((-1, 2), 2), ((2, 3, 4), 2),
                              ((4,), 2)]:
        path = fresh_path(attempt)
        what = f"write_npy_chunks with shape {shape} and chunk_rows={chunk_rows}"
        with raises("ValueError", what):
            attempt.write_npy_chunks(str(path), shape, "float64",
                                     RowSource(path, data_for(0, 4, 2), "float64"), chunk_rows)
        assert_true(not path.exists(), f"{what} created the file before raising",
                    expected="no file at path", actual="a file at path",
                    help="check chunk_rows and shape first, then open the memory map")


# --- chunked_column_mean ------------------------------------------------------------------------


def test_mean_known_answer(attempt):
    """the column means of [[1, 2], [3, 4], [5, 6]], read 2 rows at a time, are [3, 4]"""
    path = save(attempt, np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
    out = column_mean(attempt, path, 2)
    assert_close(out, np.array([3.0, 4.0]), **CLOSE, what="chunked_column_mean")


@given(st.sampled_from(FILE_DTYPES).flatmap(lambda dt: hnp.arrays(
    dt, st.tuples(st.integers(1, 40), st.integers(1, 5)),
    elements=(st.floats(-10, 10, allow_subnormal=False, width=32 if dt == "float32" else 64)
              if dt.startswith("float") else st.integers(-1000, 1000)))))
def test_mean_matches_numpy_for_every_chunk_size(attempt, reference, X):
    """with 1, 7, n and n + 5 rows per chunk, the means equal np.load(path).mean(axis=0) in
    float64 (and the reference)"""
    path = save(attempt, X)
    n = X.shape[0]
    results = [column_mean(attempt, path, c) for c in (1, 7, n, n + 5)]
    for chunk_rows, out in zip((7, n, n + 5), results[1:], strict=True):
        assert_close(out, results[0], **CLOSE,
                     what=f"chunk_rows={chunk_rows} compared with chunk_rows=1")
    assert_close(results[0], reference.chunked_column_mean(str(path), 3), **CLOSE,
                 what="chunked_column_mean vs reference")


def test_mean_reads_any_header(attempt):
    """version-2 files and a header longer than the usual 128 bytes are read correctly"""
    X = data_for(1, 10, 3)
    column_mean(attempt, save(attempt, X, version=(2, 0)), 4)
    # A valid header padded with spaces to 192 bytes (np.load accepts it).
    path = fresh_path(attempt)
    header = repr({"descr": "<f8", "fortran_order": False, "shape": X.shape})
    prefix = np.lib.format.magic(1, 0)
    header = header.ljust(192 - len(prefix) - 2 - 1) + "\n"
    with open(path, "wb") as f:
        f.write(prefix + len(header).to_bytes(2, "little") + header.encode("latin1"))
        f.write(X.tobytes())
    assert_true(read_header(path)[3] == 192, "test file header", expected=192,
                actual=read_header(path)[3])
    column_mean(attempt, path, 4)


def test_mean_single_row_and_column(attempt):
    """one row, one column, and a float32 file are averaged in float64"""
    column_mean(attempt, save(attempt, np.array([[2.5, -1.0, 7.0]])), 3)
    column_mean(attempt, save(attempt, np.arange(9.0).reshape(9, 1)), 2)
    X = np.full((1000, 2), 0.1, dtype=np.float32)
    column_mean(attempt, save(attempt, X), 100)


def test_mean_of_file_larger_than_memory(attempt):
    """a 576 MiB file, larger than the 512 MiB the worker may map, is averaged chunk by chunk"""
    n, d = 9_437_184, 8
    path = fresh_path(attempt)
    blocks = {0: data_for(2, 1000, d), 4_000_000: data_for(3, 777, d), n - 5: data_for(4, 5, d)}
    with open(path, "wb") as f:
        np.lib.format.write_array_header_1_0(
            f, {"descr": "<f8", "fortran_order": False, "shape": (n, d)})
        offset = f.tell()
        for start, block in blocks.items():
            f.seek(offset + start * d * 8)
            f.write(block.tobytes())
        f.truncate(offset + n * d * 8)  # the rest is a hole of zeros: no disk space, fast
    expected = sum(block.sum(axis=0) for block in blocks.values()) / n
    try:
        out = attempt.chunked_column_mean(str(path), 65536)
    except AttemptError as exc:
        raise CheckFailure("chunked_column_mean could not read a file larger than the memory "
                           "limit", expected="column means", actual=str(exc),
                           help="np.load(path) and np.load(path, mmap_mode='r') need the whole "
                                "file in the address space: map one window of rows at a time "
                                "with np.memmap(path, dtype, 'r', offset, shape)") from None
    finally:
        path.unlink()
    out = as_array(out, "chunked_column_mean of the 576 MiB file", shape=(d,), kind="f")
    assert_close(out, expected, **CLOSE, what="chunked_column_mean of the 576 MiB file",
                 help="divide the float64 column sums by the number of rows in the file")


def test_mean_bad_input_raises(attempt):
    """chunk_rows 0 or negative, a 1-D or 3-D file, a Fortran-ordered file and a file with no rows
    raise ValueError"""
    path = save(attempt, data_for(0, 5, 2))
    for chunk_rows in (0, -3):
        with raises("ValueError", f"chunked_column_mean with chunk_rows={chunk_rows}"):
            attempt.chunked_column_mean(str(path), chunk_rows)
    for X, what in [(np.arange(5.0), "a 1-D file"), (np.ones((2, 2, 2)), "a 3-D file"),
                    (np.asfortranarray(data_for(0, 5, 2)), "a Fortran-ordered file"),
                    (np.zeros((0, 3)), "a file with no rows"),
                    (np.zeros((3, 0)), "a file with no columns")]:
        with raises("ValueError", f"chunked_column_mean with {what}"):
            attempt.chunked_column_mean(str(save(attempt, X)), 2)


def test_mean_truncated_file_raises(attempt):
    """a file shorter than its header says raises ValueError and is left as it was"""
    X = data_for(6, 10, 4)
    for cut, chunk_rows in [(32, 4), (8, 3), (8, 100)]:
        path = save(attempt, X)
        raw = path.read_bytes()[:-cut]
        path.write_bytes(raw)
        what = (f"chunked_column_mean(path, {chunk_rows}) for a (10, 4) float64 file missing its "
                f"last {cut} bytes")
        with raises("ValueError", what):
            attempt.chunked_column_mean(str(path), chunk_rows)
        assert_true(path.read_bytes() == raw, f"{what} changed the file",
                    expected=f"{len(raw)} bytes, unchanged", actual=f"{path.stat().st_size} bytes",
                    help="map the windows read-only (mode='r'): mode 'r+' may write to the file, "
                         "and even lengthens a short one")
