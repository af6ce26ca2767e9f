"""Decoy: the record stores the dtype as its repr ('dtype("float64")') instead of str(dtype)."""


def save_checkpoint(path: str, arrays: dict, metadata: dict) -> None:
    arrays = _checked(path, arrays)
    record = {"version": VERSION, "metadata": metadata,
              "arrays": {name: {"shape": list(a.shape), "dtype": repr(a.dtype)}
                         for name, a in arrays.items()}}
    np.savez_compressed(path, **arrays, **{META: np.array(json.dumps(record))})
