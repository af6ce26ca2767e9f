"""Decoy: load_checkpoint accepts any format version."""


def load_checkpoint(path: str, schema: dict | None = None) -> tuple[dict, dict]:
    arrays = load_arrays(path)
    if META not in arrays:
        raise ValueError(f"{path} has no {META!r} record: not a checkpoint")
    meta = arrays.pop(META)
    try:
        record = json.loads(str(meta[()]))
        metadata = record["metadata"]
        recorded = {name: (tuple(r["shape"]), np.dtype(r["dtype"]))
                    for name, r in record["arrays"].items()}
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise ValueError(f"the {META!r} record of {path} is unreadable: {exc}") from None
    _verify(arrays, recorded, "the checkpoint's record")
    if schema is not None:
        _verify(arrays, schema, "the schema")
    return arrays, metadata
