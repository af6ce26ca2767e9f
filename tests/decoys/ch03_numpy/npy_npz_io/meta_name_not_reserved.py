"""Decoy: a user array named __meta__ is accepted and fakes the checkpoint record."""


def _checked(path: str, arrays: dict) -> dict:
    if not str(path).endswith(".npz"):
        raise ValueError(f"path must end in .npz, got {path!r}")
    arrays = {str(name): np.asarray(a) for name, a in arrays.items()}
    for name, a in arrays.items():
        if a.dtype == object:
            raise ValueError(f"array {name!r} has dtype object, which only pickle can save")
    return arrays
