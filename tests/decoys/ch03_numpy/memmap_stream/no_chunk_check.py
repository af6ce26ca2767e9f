"""Decoy: neither function checks chunk_rows, so a negative value reads or writes nothing."""


def _check_chunk_rows(chunk_rows: int) -> None:
    if chunk_rows == 0:
        raise ValueError(f"chunk_rows must be positive, got {chunk_rows}")
