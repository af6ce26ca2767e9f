"""Hidden checks for ch03/npy_npz_io."""

import itertools
import json

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_pair, assert_true, raises, shared_folder
from kit.arrays import NUMERIC_DTYPES, shapes

META = "__meta__"
NAMES = st.from_regex(r"[a-z][a-z0-9_]{0,7}", fullmatch=True).filter(lambda s: s != "path")
DTYPES = st.sampled_from([np.dtype(n) for n in (*NUMERIC_DTYPES, "bool")])
# Default elements include NaN, infinities and -0.0 for the float dtypes.
ARRAYS = st.tuples(DTYPES, shapes(max_dims=3, max_side=4)).flatmap(
    lambda p: hnp.arrays(p[0], p[1]))
ARRAY_DICTS = st.dictionaries(NAMES, ARRAYS, min_size=1, max_size=3)
JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                        st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=8))
JSON_VALUES = st.recursive(JSON_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=8)
METADATA = st.dictionaries(st.text(max_size=8), JSON_VALUES, max_size=4)
_names = itertools.count()


def fresh_path(attempt, suffix=".npz"):
    return shared_folder(attempt) / f"file{next(_names)}{suffix}"


def assert_same_arrays(actual, expected, what):
    assert_true(type(actual) is dict, f"{what} must be a dict", expected="dict",
                actual=type(actual).__name__)
    assert_true(sorted(actual) == sorted(expected), f"{what} has the wrong names",
                expected=sorted(expected), actual=sorted(actual))
    for name, a in expected.items():
        b = actual[name]
        assert_true(type(b) is np.ndarray, f"{what}[{name!r}] must be a numpy.ndarray",
                    expected="numpy.ndarray", actual=type(b).__name__)
        assert_true(b.dtype == a.dtype and b.shape == a.shape,
                    f"{what}[{name!r}] has the wrong dtype or shape",
                    expected=(str(a.dtype), a.shape), actual=(str(b.dtype), b.shape),
                    help="save the arrays as they are: no conversion, no flattening")
        assert_true(np.ascontiguousarray(b).tobytes() == np.ascontiguousarray(a).tobytes(),
                    f"{what}[{name!r}] has different values", expected=a, actual=b)


def record_of(arrays, metadata, version=1):
    return {"version": version, "metadata": metadata,
            "arrays": {n: {"shape": list(a.shape), "dtype": str(a.dtype)}
                       for n, a in arrays.items()}}


def write_checkpoint(path, arrays, record):
    """The checks' own checkpoint writer (the layout the statement fixes)."""
    np.savez_compressed(path, **arrays, **{META: np.array(json.dumps(record))})


def checkpoint(attempt, path, schema=None):
    args = (str(path),) if schema is None else (str(path), schema)
    out = as_pair(attempt.load_checkpoint(*args), "load_checkpoint(path)")
    assert_true(type(out[0]) is dict and type(out[1]) is dict,
                "load_checkpoint must return (dict of arrays, metadata dict)",
                expected="(dict, dict)", actual=f"({type(out[0]).__name__}, "
                f"{type(out[1]).__name__})")
    return out


# --- save_arrays / load_arrays --------------------------------------------------------------


def test_save_load_known_answer(attempt):
    """weights and an int32 bias saved together load back unchanged, and np.load reads the file"""
    arrays = {"w": np.array([[0.5, -1.0], [np.nan, 2.0]]), "b": np.array([1, 2], np.int32)}
    path = fresh_path(attempt)
    attempt.save_arrays(str(path), **arrays)
    with np.load(path, allow_pickle=False) as archive:
        assert_same_arrays({n: archive[n] for n in archive.files}, arrays,
                           "np.load of the file save_arrays wrote")
    assert_same_arrays(attempt.load_arrays(str(path)), arrays, "load_arrays(path)")


@given(ARRAY_DICTS)
def test_roundtrip_is_exact(attempt, arrays):
    """any dtype and shape (0-d, empty, NaN, -0.0) comes back exactly, and np.load agrees"""
    path = fresh_path(attempt)
    attempt.save_arrays(str(path), **arrays)
    assert_same_arrays(attempt.load_arrays(str(path)), arrays, "load_arrays after save_arrays")
    with np.load(path, allow_pickle=False) as archive:
        assert_same_arrays({n: archive[n] for n in archive.files}, arrays,
                           "np.load of the file save_arrays wrote")


@given(ARRAY_DICTS)
def test_loads_numpy_archives(attempt, arrays):
    """load_arrays reads any archive written by np.savez_compressed or np.savez"""
    for save in (np.savez_compressed, np.savez):
        path = fresh_path(attempt)
        save(path, **arrays)
        assert_same_arrays(attempt.load_arrays(str(path)), arrays,
                           f"load_arrays of a file written by np.{save.__name__}")


def test_file_is_compressed(attempt):
    """100,000 zeros take far less room on disk than their 800,000 raw bytes"""
    path = fresh_path(attempt)
    attempt.save_arrays(str(path), zeros=np.zeros(100_000))
    size = path.stat().st_size
    assert_true(size < 80_000, "the file is not compressed", expected="< 80000 bytes",
                actual=f"{size} bytes", help="np.savez_compressed, not np.savez")


def test_refuses_pickled_arrays(attempt):
    """an archive holding an object array (loadable only with pickle) raises ValueError"""
    path = fresh_path(attempt)
    np.savez(path, safe=np.ones(2), unsafe=np.array([{"a": 1}, None], dtype=object))
    with raises("ValueError", "load_arrays of an archive with a pickled object array"):
        attempt.load_arrays(str(path))
    with raises("ValueError", "load_checkpoint of an archive with a pickled object array"):
        attempt.load_checkpoint(str(path))


def test_missing_file_raises(attempt):
    """a file that does not exist raises FileNotFoundError"""
    path = shared_folder(attempt) / "no_such_file.npz"
    with raises("FileNotFoundError", "load_arrays of a missing file"):
        attempt.load_arrays(str(path))
    with raises("FileNotFoundError", "load_checkpoint of a missing file"):
        attempt.load_checkpoint(str(path))


def test_damaged_files_raise_value_error(attempt):
    """empty, truncated, bit-flipped and non-zip files raise ValueError, never garbage"""
    good = fresh_path(attempt)
    arrays = {"w": np.arange(500.0) % 7, "b": np.ones(3, np.int32)}
    write_checkpoint(good, arrays, record_of(arrays, {"lr": 0.1}))
    raw = good.read_bytes()
    damaged = {"an empty file": b"", "text": b"hello, not an archive\n"}
    for cut in (20, len(raw) // 2, len(raw) - 1):
        damaged[f"the first {cut} of {len(raw)} bytes"] = raw[:cut]
    for pos in (60, 100):
        flipped = bytearray(raw)
        flipped[pos] ^= 0xFF
        damaged[f"byte {pos} flipped"] = bytes(flipped)
    np_file = fresh_path(attempt, ".npy")
    np.save(np_file, np.ones(3))
    damaged["a .npy file"] = np_file.read_bytes()
    for what, content in damaged.items():
        path = fresh_path(attempt)
        path.write_bytes(content)
        with raises("ValueError", f"load_arrays of {what}"):
            attempt.load_arrays(str(path))
        with raises("ValueError", f"load_checkpoint of {what}"):
            attempt.load_checkpoint(str(path))


def test_save_bad_input_raises(attempt):
    """a path without .npz and an array named __meta__ raise ValueError"""
    folder = shared_folder(attempt)
    for name in ("arrays", "arrays.npy", "arrays.npz.txt"):
        with raises("ValueError", f"save_arrays to {name!r}"):
            attempt.save_arrays(str(folder / name), a=np.ones(2))
        with raises("ValueError", f"save_checkpoint to {name!r}"):
            attempt.save_checkpoint(str(folder / name), {"a": np.ones(2)}, {})
    with raises("ValueError", "save_arrays with an array named __meta__"):
        attempt.save_arrays(str(folder / "x.npz"), **{META: np.ones(2)})
    with raises("ValueError", "save_checkpoint with an array named __meta__"):
        attempt.save_checkpoint(str(folder / "y.npz"), {META: np.ones(2)}, {})


# --- checkpoints --------------------------------------------------------------------------------


def test_checkpoint_known_answer(attempt):
    """a checkpoint of two arrays and {'epoch': 3, 'lr': 0.01} loads back equal"""
    arrays = {"w": np.eye(2), "b": np.zeros(2, np.float32)}
    metadata = {"epoch": 3, "lr": 0.01, "tags": ["ridge", None]}
    path = fresh_path(attempt)
    attempt.save_checkpoint(str(path), arrays, metadata)
    loaded, meta = checkpoint(attempt, path)
    assert_same_arrays(loaded, arrays, "the arrays from load_checkpoint")
    assert_true(meta == metadata, "the metadata changed", expected=metadata, actual=meta)


@given(ARRAY_DICTS, METADATA)
def test_checkpoint_roundtrip(attempt, reference, arrays, metadata):
    """arrays and metadata round-trip unchanged, and the reference reads the file the same way"""
    path = fresh_path(attempt)
    attempt.save_checkpoint(str(path), arrays, metadata)
    loaded, meta = checkpoint(attempt, path)
    assert_same_arrays(loaded, arrays, "the arrays from load_checkpoint")
    assert_true(meta == metadata, "the metadata changed", expected=metadata, actual=meta,
                help="store the caller's dict in the JSON record as it is")
    ref_arrays, ref_meta = reference.load_checkpoint(str(path))
    assert_same_arrays(ref_arrays, arrays, "the reference's load_checkpoint of your file")
    assert_true(ref_meta == metadata, "the reference reads different metadata from your file",
                expected=metadata, actual=ref_meta)


@given(ARRAY_DICTS, METADATA)
def test_checkpoint_record_layout(attempt, arrays, metadata):
    """__meta__ is a 0-d string array of JSON with the version, the metadata, and every array's
    shape and dtype"""
    path = fresh_path(attempt)
    attempt.save_checkpoint(str(path), arrays, metadata)
    with np.load(path, allow_pickle=False) as archive:
        names = sorted(archive.files)
        meta = archive[META] if META in archive.files else None
    assert_true(names == sorted([*arrays, META]), "the file holds the wrong arrays",
                expected=sorted([*arrays, META]), actual=names)
    assert_true(meta.shape == () and meta.dtype.kind == "U", "__meta__ must be a 0-d string "
                "array", expected="np.array(json.dumps(record))",
                actual=(meta.shape, str(meta.dtype)))
    record = json.loads(str(meta[()]))
    expected = record_of(arrays, metadata)
    assert_true(record == expected, "the __meta__ record is wrong", expected=expected,
                actual=record, help="shape as a list of ints, dtype as str(array.dtype), "
                                    "version 1")


@given(ARRAY_DICTS, METADATA)
def test_loads_checkpoints_written_elsewhere(attempt, arrays, metadata):
    """load_checkpoint reads a checkpoint in the stated layout written by other code"""
    path = fresh_path(attempt)
    write_checkpoint(path, arrays, record_of(arrays, metadata))
    loaded, meta = checkpoint(attempt, path)
    assert_same_arrays(loaded, arrays, "the arrays from load_checkpoint")
    assert_true(meta == metadata, "the metadata changed", expected=metadata, actual=meta)


def test_schema_is_verified(attempt):
    """a matching schema loads; a wrong shape, dtype, missing or extra name raises ValueError"""
    arrays = {"w": np.ones((3, 2)), "b": np.zeros(2, np.int64)}
    path = fresh_path(attempt)
    write_checkpoint(path, arrays, record_of(arrays, {"note": "schema"}))
    good = {"w": ((3, 2), "float64"), "b": ((2,), "int64")}
    loaded, _ = checkpoint(attempt, path, good)
    assert_same_arrays(loaded, arrays, "load_checkpoint with a matching schema")
    wrong = {"a wrong shape": {"w": ((2, 3), "float64"), "b": ((2,), "int64")},
             "a wrong dtype": {"w": ((3, 2), "float32"), "b": ((2,), "int64")},
             "a missing array": {"w": ((3, 2), "float64"), "b": ((2,), "int64"),
                                 "c": ((1,), "float64")},
             "an extra array in the file": {"w": ((3, 2), "float64")}}
    for what, schema in wrong.items():
        with raises("ValueError", f"load_checkpoint with a schema that has {what}"):
            attempt.load_checkpoint(str(path), schema)


def test_corrupted_records_raise(attempt):
    """no __meta__, broken JSON, another version, or a record that disagrees with the arrays
    raise ValueError"""
    arrays = {"w": np.ones((3, 2)), "b": np.zeros(2, np.int64)}
    good = record_of(arrays, {"epoch": 1})
    cases = {"no __meta__ array": None, "__meta__ that is not JSON": "{not json",
             "format version 2": {**good, "version": 2},
             "a record with a wrong shape": {**good, "arrays": {
                 "w": {"shape": [2, 3], "dtype": "float64"}, "b": good["arrays"]["b"]}},
             "a record with a wrong dtype": {**good, "arrays": {
                 "w": good["arrays"]["w"], "b": {"shape": [2], "dtype": "int32"}}},
             "an array missing from the record": {**good, "arrays": {"w": good["arrays"]["w"]}},
             "a record naming an array the file lacks": {**good, "arrays": {
                 **good["arrays"], "c": {"shape": [1], "dtype": "float64"}}}}
    for what, record in cases.items():
        path = fresh_path(attempt)
        if record is None:
            np.savez_compressed(path, **arrays)
        elif isinstance(record, str):
            np.savez_compressed(path, **arrays, **{META: np.array(record)})
        else:
            write_checkpoint(path, arrays, record)
        with raises("ValueError", f"load_checkpoint of a file with {what}"):
            attempt.load_checkpoint(str(path))


# --- versioned_path -----------------------------------------------------------------------------


def test_versioned_path_known_answer(attempt):
    """versioned_path('runs/model', 12) is 'runs/model_v000012.npz'"""
    for base, version, expected in [("runs/model", 12, "runs/model_v000012.npz"),
                                    ("ckpt", 0, "ckpt_v000000.npz"),
                                    ("a/b_c", 999_999, "a/b_c_v999999.npz")]:
        out = attempt.versioned_path(base, version)
        assert_true(out == expected, f"versioned_path({base!r}, {version})", expected=expected,
                    actual=out, help="six digits with leading zeros: f'{version:06d}'")


@given(st.lists(st.integers(0, 999_999), min_size=2, max_size=6, unique=True))
def test_versioned_names_sort_by_version(attempt, versions):
    """the names of any versions sort as strings in version order"""
    names = {v: attempt.versioned_path("runs/model", v) for v in versions}
    by_name = sorted(versions, key=lambda v: names[v])
    assert_true(by_name == sorted(versions), "sorting the names does not sort the versions",
                expected=[names[v] for v in sorted(versions)],
                actual=sorted(names.values()),
                help="pad the version with zeros to a fixed width, so '10' never sorts before "
                     "'9'")


def test_versioned_path_bad_version_raises(attempt):
    """versions -1 and 1000000 raise ValueError"""
    for version in (-1, 1_000_000):
        with raises("ValueError", f"versioned_path('m', {version})"):
            attempt.versioned_path("m", version)
