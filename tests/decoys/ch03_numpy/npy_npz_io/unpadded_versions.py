"""Decoy: versioned_path writes the version without leading zeros, so version 10 sorts before
version 9."""


def versioned_path(base: str, version: int) -> str:
    if not 0 <= version <= 999_999:
        raise ValueError(f"version must be in 0..999999, got {version}")
    # Zero-padding makes string order equal version order.
    return f"{base}_v{version}.npz"
