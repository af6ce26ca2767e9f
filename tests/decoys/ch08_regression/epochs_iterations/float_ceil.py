"""Decoy: counts with math.ceil(n / batch_size) in floating point."""

import math


def iterations_per_epoch(n: int, batch_size: int, drop_last: bool = False) -> int:
    _check_positive(n=n, batch_size=batch_size)
    if drop_last:
        return n // batch_size
    return math.ceil(n / batch_size)
