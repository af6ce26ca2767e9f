"""Decoy: ovr_predict_proba returns the raw sigmoid scores without dividing by the row sum."""


def ovr_predict_proba(X: np.ndarray, models: list[tuple[np.ndarray, float]]) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    scores = np.column_stack([_sigmoid(X @ np.asarray(w, dtype=float) + b) for w, b in models])
    return scores
