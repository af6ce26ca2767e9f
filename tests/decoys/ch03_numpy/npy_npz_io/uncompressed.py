"""Decoy: save_arrays uses np.savez, which does not compress."""


def save_arrays(path: str, **arrays: np.ndarray) -> None:
    np.savez(path, **_checked(path, arrays))
