"""Early stopping on a validation loss (guide questions Q221, Q222, Q223, Q224).

Training runs epoch after epoch; after each one a validation loss is measured. Early stopping
remembers the best epoch so far, stops once the validation loss has failed to improve for more than
``patience`` epochs in a row, and hands back a copy of the best parameters. Because gradient descent
from zero grows the weights step by step, stopping early also keeps them small: it acts as a
regulariser (Q224).

Write a class and a function.

``class EarlyStopping(patience=10, min_delta=0.0, restore_best=True)``
    Keeps the attributes ``patience``, ``min_delta`` and ``restore_best`` as given, plus:

    - ``best_epoch``: int, the epoch of the best loss so far (``0`` before any improvement);
    - ``best_loss``: float, the best validation loss so far (``math.inf`` before any improvement);
    - ``best_params``: a copy of the parameters of the best epoch (``None`` before any
      improvement).

    ``step(epoch, val_loss, params) -> bool`` records one epoch and returns whether to stop
    (a Python bool). Epochs are numbered from 1. The epoch *improves* when
    ``val_loss < best_loss - min_delta`` (exactly this comparison; a NaN loss never improves, and
    the first finite loss always does). On an improvement: ``best_epoch = epoch``,
    ``best_loss = val_loss``, ``best_params`` = a deep copy of ``params`` (a new dict holding
    copies of the arrays, so nothing done to ``params`` later can change it), and the count of
    consecutive non-improving epochs goes back to 0. Otherwise that count grows by 1. ``step``
    returns True exactly when the count exceeds ``patience``. So ``patience = 0`` stops at the first
    non-improving epoch, and when every epoch after the best one fails to improve, the stop comes at
    epoch ``best_epoch + patience + 1``. ``params`` is a ``dict[str, np.ndarray]``; do not modify
    it.

``train_with_early_stopping(step_fn, val_fn, params, max_epochs, stopper) -> tuple[dict, list]``
    The training loop. For ``epoch = 1, 2, ..., max_epochs``:

        params = step_fn(params)          # one epoch of training; returns a new dict of new arrays
        loss = float(val_fn(params))      # the validation loss of the new parameters
        history.append(loss)
        if stopper.step(epoch, loss, params): stop

    ``step_fn`` and ``val_fn`` are called exactly once per epoch, in this order. After the loop, if
    ``stopper.restore_best`` is True and ``stopper.best_params`` is not None, the result's
    parameters are (a copy of) ``stopper.best_params``; otherwise they are the last ``params``.
    Return ``(params, history)``: a dict of arrays and the list of the validation losses as Python
    floats, one per epoch run, so ``len(history)`` is the stop epoch (or ``max_epochs`` when the
    stopper never fired). Do not modify the ``params`` passed in.

The checks create stoppers with ``attempt.EarlyStopping(...)``, call ``step`` and read the
attributes, and pass their own ``step_fn`` and ``val_fn``; they record every ``params`` their
``step_fn`` returns, so they know the parameters of every epoch.

Tolerance: epochs, stop decisions and histories are compared exactly (``==``) with known answers,
the rule above replayed by the checks, and the reference solution; the hand-made loss sequences
are multiples of 1/16 (so ``val_loss < best_loss - min_delta`` is exact in floating point) and may
contain NaN. Parameters and ``best_loss`` must equal those of the best epoch exactly, since
they are copies. In the gradient-descent experiment (Q224: least squares on centred data, started
from zero, learning rate below 1/L) the restored weights must have a smaller Euclidean norm than the
least-squares solution.

Raises: ``ValueError`` when ``patience < 0`` or ``min_delta < 0`` (in ``EarlyStopping``) and when
``max_epochs < 1`` (in ``train_with_early_stopping``).
"""

from collections.abc import Callable

import numpy as np


class EarlyStopping:
    """Tracks the best validation loss and decides when to stop; see the module docstring."""

    def __init__(self, patience: int = 10, min_delta: float = 0.0, restore_best: bool = True):
        raise NotImplementedError

    def step(self, epoch: int, val_loss: float, params: dict[str, np.ndarray]) -> bool:
        """Record one epoch's validation loss; return True when training should stop."""
        raise NotImplementedError


def train_with_early_stopping(step_fn: Callable, val_fn: Callable,
                              params: dict[str, np.ndarray], max_epochs: int,
                              stopper: "EarlyStopping") -> tuple[dict, list[float]]:
    """Train epoch by epoch until the stopper fires; returns (params, validation history)."""
    raise NotImplementedError
