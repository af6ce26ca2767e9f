"""Decoy: predict uses probability > threshold, so the boundary point is predicted 0."""


def predict(X: np.ndarray, w: np.ndarray, b: float, threshold: float = 0.5) -> np.ndarray:
    return (predict_proba(X, w, b) > threshold).astype(int)
