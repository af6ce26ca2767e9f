"""Decoy: lets the last slice stop at start + batch_size, beyond n."""


def batch_slices(n: int, batch_size: int, drop_last: bool = False) -> list[slice]:
    count = iterations_per_epoch(n, batch_size, drop_last)
    return [slice(start, start + batch_size)
            for start in range(0, count * batch_size, batch_size)]
