"""Decoy: the float range check compares with float(iinfo.max), which lets 2.0**63 into int64."""


def _int_range_ok(values: np.ndarray, target: np.dtype) -> bool:
    info = np.iinfo(target)
    if values.dtype.kind == "f":
        # info.max + 1 is a power of two: exact as a float, unlike info.max for int64/uint64.
        return bool(np.all((values >= info.min) & (values <= info.max)))
    return int(values.min()) >= info.min and int(values.max()) <= info.max
