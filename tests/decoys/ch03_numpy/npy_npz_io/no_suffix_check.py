"""Decoy: save_arrays accepts any path, and np.savez_compressed silently adds .npz to it."""


def _checked(path: str, arrays: dict) -> dict:
    arrays = {str(name): np.asarray(a) for name, a in arrays.items()}
    if META in arrays:
        raise ValueError(f"{META!r} is a reserved array name")
    for name, a in arrays.items():
        if a.dtype == object:
            raise ValueError(f"array {name!r} has dtype object, which only pickle can save")
    return arrays
