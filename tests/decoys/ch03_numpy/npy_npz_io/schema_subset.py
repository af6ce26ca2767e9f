"""Decoy: load_checkpoint only checks the schema's names that are in the file, ignoring missing and
extra arrays."""


def _verify(arrays: dict, expected: dict, source: str) -> None:
    for name, (shape, dtype) in expected.items():
        if name not in arrays:
            continue
        a = arrays[name]
        if a.shape != tuple(shape) or a.dtype != np.dtype(dtype):
            raise ValueError(f"array {name!r} is {a.shape} {a.dtype}, {source} says "
                             f"{tuple(shape)} {np.dtype(dtype)}")
