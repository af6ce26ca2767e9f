"""Decoy: counts ceil(epochs * n / B), as if a short last batch carried over to the next epoch."""


def _check_positive(**values: int) -> None:
    for name, value in values.items():
        if value < 1:
            raise ValueError(f"{name} must be >= 1, got {value}")


def iterations_per_epoch(n: int, batch_size: int, drop_last: bool = False) -> int:
    _check_positive(n=n, batch_size=batch_size)
    full, rest = divmod(n, batch_size)
    return full + (1 if rest and not drop_last else 0)


def total_updates(n: int, batch_size: int, epochs: int, drop_last: bool = False) -> int:
    _check_positive(epochs=epochs)
    # A short last batch is not carried into the next epoch: each epoch is a fresh pass.
    iterations_per_epoch(n, batch_size, drop_last)  # validates n and batch_size
    total = epochs * n
    return total // batch_size if drop_last else -(-total // batch_size)


def batch_slices(n: int, batch_size: int, drop_last: bool = False) -> list[slice]:
    count = iterations_per_epoch(n, batch_size, drop_last)
    return [slice(start, min(start + batch_size, n))
            for start in range(0, count * batch_size, batch_size)]
