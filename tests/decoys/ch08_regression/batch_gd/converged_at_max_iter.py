"""Decoy: converged is True whenever the run did not diverge, also when it ran out of updates."""


def gd_linear_regression(X: np.ndarray, y: np.ndarray, lr: float, max_iter: int = 10_000,
                         tol: float = 1e-10, stop_rule: str = "grad_norm", *,
                         w0: np.ndarray | None = None, b0: float = 0.0) -> dict:
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w0 = None if w0 is None else np.asarray(w0, dtype=float)
    _validate(X, y, lr, max_iter, stop_rule, w0)
    n, d = X.shape
    # Fresh arrays: updating them never touches the caller's w0.
    w = np.zeros(d) if w0 is None else w0.copy()
    b = float(b0)

    r = X @ w + b - y  # residuals at the current point
    history = [float(r @ r / n)]
    converged, stopped_by = False, "max_iter"
    while True:
        t = len(history) - 1  # updates made so far
        loss = history[-1]
        if t > 0 and (not np.isfinite(loss) or loss > DIVERGENCE_FACTOR * history[0]):
            stopped_by = "diverged"
            break
        converged = True
        # Both gradients are taken at the same point (w_t, b_t), from the same residuals.
        grad_w, grad_b = 2.0 / n * (X.T @ r), 2.0 / n * r.sum()
        if stop_rule == "grad_norm" and np.sqrt(grad_w @ grad_w + grad_b**2) <= tol:
            converged, stopped_by = True, "grad_norm"
            break
        if (stop_rule == "rel_loss_change" and t > 0
                and abs(history[-2] - loss) <= tol * history[-2]):
            converged, stopped_by = True, "rel_loss_change"
            break
        if t == max_iter:
            break
        w, b = w - lr * grad_w, b - lr * grad_b
        r = X @ w + b - y
        history.append(float(r @ r / n))

    return {"w": w, "b": float(b), "loss_history": history, "n_updates": len(history) - 1,
            "converged": converged, "stopped_by": stopped_by}
