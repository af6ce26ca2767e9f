"""Counter class imbalance in training: class weights and random resampling (Q170).

Write three functions of a 1-D label vector ``y`` (integers or strings, ``n`` samples, ``K >= 2``
distinct classes with counts ``count_k``) and a 2-D feature array ``X`` of shape ``(n, d)``:

``balanced_class_weights(y) -> dict``
    ``{class: n / (K * count_k)}`` for every class, as in
    ``sklearn.utils.class_weight.compute_class_weight('balanced', classes=..., y=y)``. Keys are
    the class labels as Python scalars (``int`` or ``str``), values Python floats. Each class
    then carries the same total weight ``weight_k * count_k = n / K``.

``random_oversample(X, y, seed=0) -> tuple[np.ndarray, np.ndarray]``
    Grow every class to the majority count ``n_max`` by repeating random rows of that class.

``random_undersample(X, y, seed=0) -> tuple[np.ndarray, np.ndarray]``
    Shrink every class to the minority count ``n_min`` by keeping a random subset of its rows.

Both resamplers return ``(X_res, y_res)`` with ``X_res`` of shape ``(K * n_target, d)`` (same
dtype as ``X``) and ``y_res`` of shape ``(K * n_target,)`` (same dtype as ``y``); every output
row is an input row together with its own label.

Rng protocol (the checks compare your output exactly with a reference):
``rng = np.random.default_rng(seed)``, created once per call. Visit the classes in sorted order
(``np.unique(y)``); for class ``c`` let ``idx = np.flatnonzero(y == c)`` (ascending positions).

- oversampling: the class's block is its original rows in order ``idx``, followed by the rows
  ``rng.choice(idx, size=n_max - len(idx), replace=True)`` (a call with ``size=0`` draws
  nothing, so skipping it for the majority class changes nothing);
- undersampling: the class's block is the rows ``rng.choice(idx, size=n_min, replace=False)``
  in the order drawn (call it for every class, the minority class included).

The output is the concatenation of the class blocks in sorted-class order. So after
oversampling every original row is still present; after undersampling no row appears twice.

Do not modify the inputs.

Tolerance: resampled arrays must equal the reference's exactly; weights are compared with
``np.isclose(actual, expected, rtol=1e-12, atol=1e-12)``.

Raises: ``ValueError`` (from all three functions) when ``y`` holds a single class or is not 1-D;
from the resamplers also when ``X`` is not 2-D or ``X`` and ``y`` have different numbers of rows.
"""

import numpy as np


def balanced_class_weights(y: np.ndarray) -> dict:
    """{class: n / (K * count_k)} for every class of y."""
    raise NotImplementedError


def random_oversample(X: np.ndarray, y: np.ndarray,
                      seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Repeat random rows of each class up to the majority count (rng protocol above)."""
    raise NotImplementedError


def random_undersample(X: np.ndarray, y: np.ndarray,
                       seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Keep a random subset of each class of the minority count (rng protocol above)."""
    raise NotImplementedError
