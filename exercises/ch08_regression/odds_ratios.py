"""Odds, odds ratios and what a logistic coefficient means (guide question Q228).

A logistic regression models the log-odds as a linear function of the features:

    log(p / (1 - p)) = b + w . x

so moving feature ``j`` by ``delta`` (all other features fixed) adds ``w[j] * delta`` to the
log-odds and multiplies the odds by ``exp(w[j] * delta)``, whatever the starting point ``x``.
``exp(w[j])`` is the odds ratio of a one-unit change: a coefficient of ``ln 2`` doubles the odds.

Write three functions:

``odds(p) -> np.ndarray``
    The odds ``p / (1 - p)`` of every probability in the float array ``p`` (any shape), as a
    float ndarray of the same shape. Every entry of ``p`` must lie strictly between 0 and 1.

``odds_ratios(coef) -> np.ndarray``
    The odds ratio ``exp(coef[j])`` of every coefficient in the float array ``coef`` (any shape),
    as a float ndarray of the same shape.

``prob_after_change(p0, coef_j, delta) -> float``
    The model's probability after feature ``j`` moves by ``delta``, when it was ``p0`` before and
    the feature's coefficient is ``coef_j``: the odds ``p0 / (1 - p0)`` are multiplied by
    ``exp(coef_j * delta)`` and turned back into a probability, returned as a Python ``float``.
    It must stay finite when ``exp(coef_j * delta)`` overflows a float: for example
    ``prob_after_change(0.5, 800.0, 1.0)`` is ``1.0`` and ``prob_after_change(0.5, -800.0, 1.0)``
    is ``0.0``.

Inputs: ``p0``, ``coef_j`` and ``delta`` are finite floats; array entries are finite. Do not
modify the inputs.

Tolerance: results are compared with ``np.isclose(actual, expected, rtol=1e-6, atol=1e-8)``
elementwise, against known answers and against scikit-learn: for a fitted
``LogisticRegression``, ``prob_after_change(p(x), coef_[j], delta)`` must equal the model's
``predict_proba`` at ``x + delta * e_j``.

Raises: ``ValueError`` when any entry of ``p`` (in ``odds``) or ``p0`` (in ``prob_after_change``)
is not strictly between 0 and 1 (0 and 1 themselves included).
"""

import numpy as np


def odds(p: np.ndarray) -> np.ndarray:
    """The odds p / (1 - p) of each probability, same shape as p."""
    raise NotImplementedError


def odds_ratios(coef: np.ndarray) -> np.ndarray:
    """The odds ratio exp(coef) of each coefficient, same shape as coef."""
    raise NotImplementedError


def prob_after_change(p0: float, coef_j: float, delta: float) -> float:
    """The probability after a feature with coefficient coef_j moves by delta, starting at p0."""
    raise NotImplementedError
