"""Reference solution for ch03/npy_npz_io."""

import json
import zipfile
import zlib

import numpy as np

META = "__meta__"
VERSION = 1


def _checked(path: str, arrays: dict) -> dict:
    if not str(path).endswith(".npz"):
        raise ValueError(f"path must end in .npz, got {path!r}")
    arrays = {str(name): np.asarray(a) for name, a in arrays.items()}
    if META in arrays:
        raise ValueError(f"{META!r} is a reserved array name")
    for name, a in arrays.items():
        if a.dtype == object:
            raise ValueError(f"array {name!r} has dtype object, which only pickle can save")
    return arrays


def save_arrays(path: str, **arrays: np.ndarray) -> None:
    np.savez_compressed(path, **_checked(path, arrays))


def load_arrays(path: str) -> dict[str, np.ndarray]:
    try:
        archive = np.load(path, allow_pickle=False)
        if not isinstance(archive, np.lib.npyio.NpzFile):  # a plain .npy file
            raise ValueError(f"{path} is a single array, not an .npz archive")
        # np.load reads lazily: index every member inside the try, so corruption surfaces here.
        with archive:
            return {name: archive[name] for name in archive.files}
    except FileNotFoundError:
        raise
    except (OSError, EOFError, ValueError, KeyError, zipfile.BadZipFile, zlib.error) as exc:
        raise ValueError(f"{path} is not a readable .npz archive: {exc}") from None


def save_checkpoint(path: str, arrays: dict, metadata: dict) -> None:
    arrays = _checked(path, arrays)
    record = {"version": VERSION, "metadata": metadata,
              "arrays": {name: {"shape": list(a.shape), "dtype": str(a.dtype)}
                         for name, a in arrays.items()}}
    np.savez_compressed(path, **arrays, **{META: np.array(json.dumps(record))})


def load_checkpoint(path: str, schema: dict | None = None) -> tuple[dict, dict]:
    arrays = load_arrays(path)
    if META not in arrays:
        raise ValueError(f"{path} has no {META!r} record: not a checkpoint")
    meta = arrays.pop(META)
    try:
        record = json.loads(str(meta[()]))
        version, metadata = record["version"], record["metadata"]
        recorded = {name: (tuple(r["shape"]), np.dtype(r["dtype"]))
                    for name, r in record["arrays"].items()}
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise ValueError(f"the {META!r} record of {path} is unreadable: {exc}") from None
    if version != VERSION:
        raise ValueError(f"checkpoint format version {version!r}, expected {VERSION}")
    _verify(arrays, recorded, "the checkpoint's record")
    if schema is not None:
        _verify(arrays, schema, "the schema")
    return arrays, metadata


def _verify(arrays: dict, expected: dict, source: str) -> None:
    if set(arrays) != set(expected):
        raise ValueError(f"stored arrays {sorted(arrays)} differ from {source}: {sorted(expected)}")
    for name, (shape, dtype) in expected.items():
        a = arrays[name]
        if a.shape != tuple(shape) or a.dtype != np.dtype(dtype):
            raise ValueError(f"array {name!r} is {a.shape} {a.dtype}, {source} says "
                             f"{tuple(shape)} {np.dtype(dtype)}")


def versioned_path(base: str, version: int) -> str:
    if not 0 <= version <= 999_999:
        raise ValueError(f"version must be in 0..999999, got {version}")
    # Zero-padding makes string order equal version order.
    return f"{base}_v{version:06d}.npz"
