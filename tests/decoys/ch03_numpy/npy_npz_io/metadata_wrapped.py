"""Decoy: save_checkpoint stores the metadata merged into the record instead of under 'metadata'."""


def save_checkpoint(path: str, arrays: dict, metadata: dict) -> None:
    arrays = _checked(path, arrays)
    record = {"version": VERSION, **metadata, "metadata": metadata,
              "arrays": {name: {"shape": list(a.shape), "dtype": str(a.dtype)}
                         for name, a in arrays.items()}}
    np.savez_compressed(path, **arrays, **{META: np.array(json.dumps(record))})
