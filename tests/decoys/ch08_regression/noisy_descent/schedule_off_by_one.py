"""Decoy: anneals with 1 - (t + 1) / steps, one step ahead (the last step is noiseless)."""


def noisy_gd(grad: Callable, x0: float | np.ndarray, lr: float, noise_std: float, steps: int,
             rng: np.random.Generator | int, anneal: bool = True) -> np.ndarray:
    if noise_std < 0:
        raise ValueError(f"noise_std must be >= 0, got {noise_std}")
    if lr <= 0:
        raise ValueError(f"lr must be > 0, got {lr}")
    if steps < 0:
        raise ValueError(f"steps must be >= 0, got {steps}")
    x0 = np.asarray(x0, dtype=float)
    if x0.ndim > 1:
        raise ValueError(f"x0 must be a number or a 1-D array, got {x0.ndim}-D")
    rng = np.random.default_rng(rng)  # a Generator passes through unchanged; an int seeds one
    x = float(x0) if x0.ndim == 0 else x0.copy()
    trajectory = [x]
    for t in range(steps):
        sigma = noise_std * (1.0 - (t + 1) / steps) if anneal else noise_std
        # One draw per step, even when sigma is 0, so the stream never depends on the noise level.
        z = rng.standard_normal(np.shape(x))
        x = x - lr * (grad(x) + sigma * z)
        trajectory.append(x)
    return np.array(trajectory, dtype=float)
