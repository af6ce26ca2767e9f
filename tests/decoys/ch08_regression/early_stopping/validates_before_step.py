"""Decoy: measures the validation loss before the epoch's training step."""


def train_with_early_stopping(step_fn: Callable, val_fn: Callable,
                              params: dict[str, np.ndarray], max_epochs: int,
                              stopper: EarlyStopping) -> tuple[dict, list[float]]:
    if max_epochs < 1:
        raise ValueError(f"max_epochs must be >= 1, got {max_epochs}")
    history = []
    for epoch in range(1, max_epochs + 1):
        history.append(float(val_fn(params)))
        params = step_fn(params)
        if stopper.step(epoch, history[-1], params):
            break
    if stopper.restore_best and stopper.best_params is not None:
        params = _copy(stopper.best_params)
    return params, history
