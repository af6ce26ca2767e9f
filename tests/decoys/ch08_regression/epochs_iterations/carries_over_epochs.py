"""Decoy: counts ceil(epochs * n / B), as if a short last batch carried over to the next epoch."""


def total_updates(n: int, batch_size: int, epochs: int, drop_last: bool = False) -> int:
    _check_positive(epochs=epochs)
    # A short last batch is not carried into the next epoch: each epoch is a fresh pass.
    iterations_per_epoch(n, batch_size, drop_last)  # validates n and batch_size
    total = epochs * n
    return total // batch_size if drop_last else -(-total // batch_size)
