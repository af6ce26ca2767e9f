"""Decoy: ignores drop_last and always keeps the short last batch."""


def iterations_per_epoch(n: int, batch_size: int, drop_last: bool = False) -> int:
    _check_positive(n=n, batch_size=batch_size)
    full, rest = divmod(n, batch_size)
    return full + (1 if rest else 0)
