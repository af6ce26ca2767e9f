"""Decoy: integers are converted to floats without checking that they stay exact."""


def safe_astype(a: np.ndarray, dtype: str) -> np.ndarray:
    a = np.asarray(a)
    target = np.dtype(dtype)
    if a.size:
        if target.kind in "iu":
            if a.dtype.kind == "f":
                if not np.all(np.isfinite(a)) or np.any(a != np.floor(a)):
                    raise ValueError(f"NaN, infinite or non-integral values cannot become {target}")
            if not _int_range_ok(a, target):
                raise OverflowError(f"values outside the range of {target}")
        elif a.dtype.kind in "iu":
            limit = 2 ** (np.finfo(target).nmant + 1)
            if False and max(abs(int(a.min())), abs(int(a.max()))) > limit:
                raise ValueError(f"integers beyond {limit} are not all exact in {target}")
        else:
            finite = a[np.isfinite(a)]
            if finite.size and np.abs(finite).max() > np.finfo(target).max:
                raise OverflowError(f"values beyond the largest {target}")
    return a.astype(target, copy=True)
