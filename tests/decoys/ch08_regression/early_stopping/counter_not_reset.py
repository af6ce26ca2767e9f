"""Decoy: never resets the non-improving count, so it counts every bad epoch, not a run of them."""


class EarlyStopping:
    def __init__(self, patience: int = 10, min_delta: float = 0.0, restore_best: bool = True):
        if patience < 0:
            raise ValueError(f"patience must be >= 0, got {patience}")
        if min_delta < 0:
            raise ValueError(f"min_delta must be >= 0, got {min_delta}")
        self.patience = patience
        self.min_delta = min_delta
        self.restore_best = restore_best
        self.best_epoch = 0
        self.best_loss = math.inf
        self.best_params = None
        self.wait = 0  # consecutive epochs without an improvement

    def step(self, epoch: int, val_loss: float, params: dict[str, np.ndarray]) -> bool:
        # NaN compares False, so a NaN loss is never an improvement.
        if val_loss < self.best_loss - self.min_delta:
            self.best_epoch, self.best_loss = epoch, float(val_loss)
            # A copy: the caller may keep changing its params after this epoch.
            self.best_params = _copy(params)
        else:
            self.wait += 1
        return self.wait > self.patience


def train_with_early_stopping(step_fn: Callable, val_fn: Callable,
                              params: dict[str, np.ndarray], max_epochs: int,
                              stopper: EarlyStopping) -> tuple[dict, list[float]]:
    if max_epochs < 1:
        raise ValueError(f"max_epochs must be >= 1, got {max_epochs}")
    history = []
    for epoch in range(1, max_epochs + 1):
        params = step_fn(params)
        history.append(float(val_fn(params)))
        if stopper.step(epoch, history[-1], params):
            break
    if stopper.restore_best and stopper.best_params is not None:
        params = _copy(stopper.best_params)
    return params, history
