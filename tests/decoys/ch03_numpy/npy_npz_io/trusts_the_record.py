"""Decoy: load_checkpoint returns the arrays without comparing them with the record's shapes and
dtypes."""


def load_checkpoint(path: str, schema: dict | None = None) -> tuple[dict, dict]:
    arrays = load_arrays(path)
    if META not in arrays:
        raise ValueError(f"{path} has no {META!r} record: not a checkpoint")
    meta = arrays.pop(META)
    try:
        record = json.loads(str(meta[()]))
        version, metadata = record["version"], record["metadata"]
        record["arrays"].items()
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise ValueError(f"the {META!r} record of {path} is unreadable: {exc}") from None
    if version != VERSION:
        raise ValueError(f"checkpoint format version {version!r}, expected {VERSION}")
    if schema is not None:
        _verify(arrays, schema, "the schema")
    return arrays, metadata
