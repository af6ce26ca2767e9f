"""Epochs, batches and the number of parameter updates (guide questions Q198, Q200).

One *epoch* is one pass over the ``n`` training examples. Mini-batch training cuts the pass into
consecutive batches of ``batch_size`` examples and makes one parameter update per batch. When
``batch_size`` does not divide ``n`` the last batch is shorter; with ``drop_last=True`` that short
batch is skipped (as PyTorch's ``DataLoader(drop_last=True)`` does). Example: ``n = 10_000`` and
``batch_size = 100`` give 100 updates per epoch.

Write three functions:

``iterations_per_epoch(n, batch_size, drop_last=False) -> int``
    The number of updates in one epoch: ``ceil(n / batch_size)``, or ``floor(n / batch_size)`` with
    ``drop_last=True``. A ``batch_size`` larger than ``n`` gives one (short) batch, or none with
    ``drop_last=True``.

``total_updates(n, batch_size, epochs, drop_last=False) -> int``
    The number of updates in ``epochs`` epochs: ``epochs * iterations_per_epoch(...)``. Every
    epoch starts a fresh pass, so a short last batch is counted once per epoch (it is not carried
    over into the next epoch).

``batch_slices(n, batch_size, drop_last=False) -> list[slice]``
    The batches of one pass over the (already ordered) examples, as a list of
    ``slice(start, stop)`` objects (``step`` left as ``None``), in order: ``slice(0, B)``,
    ``slice(B, 2B)``, ... . They cover ``range(n)`` exactly once, every ``stop`` is at most
    ``n``, and every slice has length ``batch_size`` except possibly the last one (which is left
    out when ``drop_last=True`` and it is shorter). This is what
    ``sklearn.utils.gen_batches(n, batch_size)`` yields without ``drop_last``. Always
    ``len(batch_slices(...)) == iterations_per_epoch(...)``.

Inputs: ``n``, ``batch_size`` and ``epochs`` are Python ints, ``drop_last`` a bool. Integer results
are Python ints (``int``, not ``float``) and exact for any size, also beyond 2**53 where
``n / batch_size`` in floating point is no longer exact: use integer arithmetic (``//``, ``%``).

Tolerance: every result is an integer or a list of slices and is compared exactly (``==``) with the
known answers, with ``math.ceil``/floor division, with ``sklearn.utils.gen_batches`` and with the
reference solution.

Raises: ``ValueError`` when ``n < 1``, ``batch_size < 1`` or ``epochs < 1``.
"""


def iterations_per_epoch(n: int, batch_size: int, drop_last: bool = False) -> int:
    """Parameter updates in one epoch of n examples with batches of batch_size."""
    raise NotImplementedError


def total_updates(n: int, batch_size: int, epochs: int, drop_last: bool = False) -> int:
    """Parameter updates in `epochs` epochs: epochs * iterations_per_epoch(n, batch_size, ...)."""
    raise NotImplementedError


def batch_slices(n: int, batch_size: int, drop_last: bool = False) -> list[slice]:
    """Consecutive slice(start, stop) objects covering one pass over range(n)."""
    raise NotImplementedError
