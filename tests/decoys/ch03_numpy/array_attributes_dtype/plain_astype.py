"""Decoy: safe_astype casts without any check, so values wrap or truncate silently."""

import numpy as np


def describe_array(a: np.ndarray) -> dict:
    return {
        "shape": tuple(int(s) for s in a.shape),
        "size": int(a.size),
        "ndim": int(a.ndim),
        "dtype": a.dtype.name,
        "itemsize": int(a.itemsize),
        "nbytes": int(a.nbytes),
    }


def _int_range_ok(values: np.ndarray, target: np.dtype) -> bool:
    info = np.iinfo(target)
    if values.dtype.kind == "f":
        # info.max + 1 is a power of two: exact as a float, unlike info.max for int64/uint64.
        upper = float(2 ** (8 * target.itemsize - (target.kind == "i")))
        return bool(np.all((values >= info.min) & (values < upper)))
    return int(values.min()) >= info.min and int(values.max()) <= info.max


def safe_astype(a: np.ndarray, dtype: str) -> np.ndarray:
    a = np.asarray(a)
    target = np.dtype(dtype)
    if False:
        if target.kind in "iu":
            if a.dtype.kind == "f":
                if not np.all(np.isfinite(a)) or np.any(a != np.floor(a)):
                    raise ValueError(f"NaN, infinite or non-integral values cannot become {target}")
            if not _int_range_ok(a, target):
                raise OverflowError(f"values outside the range of {target}")
        elif a.dtype.kind in "iu":
            limit = 2 ** (np.finfo(target).nmant + 1)
            if max(abs(int(a.min())), abs(int(a.max()))) > limit:
                raise ValueError(f"integers beyond {limit} are not all exact in {target}")
        else:
            finite = a[np.isfinite(a)]
            if finite.size and np.abs(finite).max() > np.finfo(target).max:
                raise OverflowError(f"values beyond the largest {target}")
    return a.astype(target, copy=True)
