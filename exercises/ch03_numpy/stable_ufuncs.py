"""Numerically stable element-wise functions: sigmoid, softplus, logsumexp, log-softmax and a
safe log (guide questions Q81, Q84).

NumPy's universal functions (``np.exp``, ``np.log``, ...) work element by element on whole
arrays, but the textbook formulas overflow: ``np.exp(1000.0)`` is ``inf``, so
``np.log(1 + np.exp(x))`` is ``inf`` for ``x = 1000`` instead of 1000. Write stable versions with
NumPy (do not call ``scipy.special``; the checks read your source). Every function works on float
arrays of any shape and returns a float array (for a 0-d input a float is accepted too).

``sigmoid(x: np.ndarray) -> np.ndarray``
    ``1 / (1 + exp(-x))`` element-wise, same shape, values in ``[0, 1]``, correct for
    ``|x|`` up to 1e4 (no NaN).

``softplus(x: np.ndarray) -> np.ndarray``
    ``log(1 + exp(x))`` element-wise, same shape, finite and correct for ``|x|`` up to 1e4
    (``softplus(1e4) == 1e4``).

``logsumexp(x: np.ndarray, axis: int | None = None, keepdims: bool = False) -> np.ndarray``
    ``log(sum(exp(x)))`` over ``axis`` (all entries when ``None``), computed by shifting by the
    maximum: the shape is that of ``np.sum(x, axis=axis, keepdims=keepdims)`` (a 0-d array or a
    float for ``axis=None`` without keepdims). Entries may be ``-inf`` (they contribute 0); a
    slice that is entirely ``-inf`` gives ``-inf``. ``x`` has at least one dimension and the
    reduced axis is not empty.

``log_softmax(x: np.ndarray, axis: int = -1) -> np.ndarray``
    ``x - logsumexp(x, axis, keepdims=True)``: the log of the softmax along ``axis``, same shape
    as ``x``, finite for finite logits as large as 1e4 (where ``log(softmax(x))`` gives
    ``-inf``).

``safe_log(p: np.ndarray, eps: float = 1e-12) -> np.ndarray``
    ``log(max(p, eps))`` element-wise: probabilities of 0 give ``log(eps)`` instead of ``-inf``.

Inputs in the checks: finite floats in [-1e4, 1e4] (plus ``-inf`` where stated); arrays of at
most 3 dimensions with sides 1 to 4; probabilities in [0, 1].

Your functions are also called inside ``np.errstate(over="raise", invalid="raise")`` on finite
inputs: no intermediate may overflow or be invalid (a NaN), even one you discard afterwards
(``np.where`` computes both branches); underflow to 0 is allowed.

Tolerance: results are compared with ``np.isclose(actual, expected, rtol=1e-9, atol=1e-12)``
elementwise against ``scipy.special.expit``, ``np.logaddexp(0, x)``,
``scipy.special.logsumexp`` and ``scipy.special.log_softmax``; identities such as
``sigmoid(-x) = 1 - sigmoid(x)`` and ``softplus(x) - softplus(-x) = x`` use
``rtol=1e-9, atol=1e-9``.

Raises: ``np.exceptions.AxisError`` from ``logsumexp`` and ``log_softmax`` for an axis outside
``-ndim <= axis < ndim``; ``ValueError`` from ``safe_log`` when any entry of ``p`` is negative.
"""

import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """The logistic function, stable for large |x|."""
    raise NotImplementedError


def softplus(x: np.ndarray) -> np.ndarray:
    """log(1 + exp(x)), stable for large |x|."""
    raise NotImplementedError


def logsumexp(x: np.ndarray, axis: int | None = None, keepdims: bool = False) -> np.ndarray:
    """log(sum(exp(x))) over axis, shifted by the maximum."""
    raise NotImplementedError


def log_softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """x - logsumexp(x, axis, keepdims=True)."""
    raise NotImplementedError


def safe_log(p: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """log(max(p, eps)); ValueError for negative entries."""
    raise NotImplementedError
