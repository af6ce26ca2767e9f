"""Decoy: drop_last also drops the last batch when batch_size divides n (off by one)."""


def iterations_per_epoch(n: int, batch_size: int, drop_last: bool = False) -> int:
    _check_positive(n=n, batch_size=batch_size)
    full, rest = divmod(n, batch_size)
    if drop_last:
        return (n - 1) // batch_size
    return full + (1 if rest else 0)
