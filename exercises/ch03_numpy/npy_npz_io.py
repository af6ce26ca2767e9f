"""Saving and loading arrays: compressed archives, checkpoints with metadata, versioned names
(guide questions Q91, Q92 and Q95).

An ``.npz`` file is a zip archive with one ``.npy`` file per named array. ``np.savez_compressed``
writes one; ``np.load`` opens it lazily (each array is read when you index it). Loading must be
safe: never with ``allow_pickle=True``, which would run code hidden in a file. Write five
functions.

``save_arrays(path: str, **arrays: np.ndarray) -> None``
    Save every keyword argument as a named array in ONE compressed ``.npz`` file (with
    ``np.savez_compressed``), so that ``np.load(path, allow_pickle=False)[name]`` gives each array
    back. ``path`` must end in ``.npz`` (``np.savez_compressed`` would silently add the suffix to
    any other name and the caller would not find the file).

``load_arrays(path: str) -> dict[str, np.ndarray]``
    Every array stored in the ``.npz`` file ``path``, read completely into memory, as a dict
    ``{name: array}`` (the reserved ``__meta__`` array of a checkpoint included, if there is one).
    Dtype, shape and values come back exactly (NaN included).

``save_checkpoint(path: str, arrays: dict, metadata: dict) -> None``
    Save the arrays of the dict ``arrays`` (names are strings) in one compressed ``.npz`` file,
    together with one more array under the reserved name ``__meta__``: a 0-d string array,
    ``np.array(json.dumps(record))``, where ``record`` is the dict
    ``{"version": 1, "metadata": metadata, "arrays": {name: {"shape": [sizes...], "dtype":
    str(array.dtype)}}}`` with one entry per saved array (``"shape"`` a list of ints, ``"dtype"``
    such as ``"float64"`` or ``"int32"``). ``metadata`` is any JSON-serialisable dict.

``load_checkpoint(path: str, schema: dict | None = None) -> tuple[dict, dict]``
    Read a file written by ``save_checkpoint`` and return ``(arrays, metadata)``: the dict of the
    saved arrays (without ``__meta__``) and the caller's ``metadata`` dict, equal to the one that
    was saved. Verify the file first: it must have a ``__meta__`` array holding JSON text of the
    layout above with ``"version"`` equal to 1, the names listed under ``"arrays"`` must be
    exactly the names of the stored arrays, and every stored array must have the recorded shape
    and dtype. With a ``schema`` ``{name: (shape, dtype)}`` (``shape`` a tuple of ints,
    ``dtype`` anything ``np.dtype`` accepts, such as ``"float64"``), the file must hold exactly
    the schema's names, each with that shape and dtype.

``versioned_path(base: str, version: int) -> str``
    The file name of version ``version`` of a checkpoint: ``base``, then ``_v``, then the
    version as six digits with leading zeros, then ``.npz``: ``versioned_path("runs/model", 12)
    == "runs/model_v000012.npz"``. Names of versions 0 to 999999 sort (as strings) in version
    order.

Do not modify the inputs.

Inputs in the checks: arrays of the dtypes int8 to uint64, float16 to float64 and bool, of up to
3 dimensions with sides 0 to 4 (0-d and empty arrays included; floats may be NaN, infinite or
-0.0); array names of 1 to 8 characters from lowercase letters, digits and ``_`` starting with a
letter (never ``path``); metadata made of dicts with string keys, lists, strings, ints, finite
floats, booleans and None. All files are in a folder the checks give you.

Tolerance: none: arrays must come back with the same dtype, shape and bytes, metadata must compare
equal (``==``) to what was saved, and the ``__meta__`` record must match the layout above exactly
(the checks read it with ``np.load(path, allow_pickle=False)`` and ``json.loads``).

Raises: ``ValueError`` from ``save_arrays`` and ``save_checkpoint`` when ``path`` does not end
in ``.npz``, when an array is named ``__meta__`` (reserved), or when an array has dtype
``object`` (it could only be saved with pickle). ``FileNotFoundError`` from ``load_arrays`` and
``load_checkpoint`` when the file does not exist. ``ValueError`` from ``load_arrays`` and
``load_checkpoint`` when the file is not a readable ``.npz`` archive (empty, truncated, corrupted
bytes, or an array that needs pickle to load), and from ``load_checkpoint`` when the checks above
fail (no ``__meta__``, broken JSON, another version, names, shapes or dtypes that disagree with
the record or with the schema). ``ValueError`` from ``versioned_path`` when ``version`` is
negative or above 999999.
"""

import numpy as np


def save_arrays(path: str, **arrays: np.ndarray) -> None:
    """Save the named arrays in one compressed .npz file."""
    raise NotImplementedError


def load_arrays(path: str) -> dict[str, np.ndarray]:
    """Every array of the .npz file, by name, loaded without pickle."""
    raise NotImplementedError


def save_checkpoint(path: str, arrays: dict, metadata: dict) -> None:
    """Save arrays plus a __meta__ JSON record (version, metadata, shapes and dtypes)."""
    raise NotImplementedError


def load_checkpoint(path: str, schema: dict | None = None) -> tuple[dict, dict]:
    """(arrays, metadata) of a checkpoint, verified against its record and the schema."""
    raise NotImplementedError


def versioned_path(base: str, version: int) -> str:
    """base + '_v' + six-digit version + '.npz'."""
    raise NotImplementedError
