"""Decoy: rounds down even without drop_last, so the short last batch is lost."""


def iterations_per_epoch(n: int, batch_size: int, drop_last: bool = False) -> int:
    _check_positive(n=n, batch_size=batch_size)
    full, rest = divmod(n, batch_size)
    return full
