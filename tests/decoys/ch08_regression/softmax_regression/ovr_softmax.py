"""Decoy: ovr_predict_proba applies a softmax to the one-vs-rest logits instead of normalising sigmoid scores."""


def ovr_predict_proba(X: np.ndarray, models: list[tuple[np.ndarray, float]]) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    logits = np.column_stack([X @ np.asarray(w, dtype=float) + b for w, b in models])
    return softmax(logits)
