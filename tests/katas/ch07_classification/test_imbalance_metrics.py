"""Hidden checks for ch07/imbalance_metrics."""

import warnings

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_float, assert_close, assert_true, raises
from kit.labels import WORDS, label_pairs, shuffle_jointly
from sklearn.metrics import balanced_accuracy_score, cohen_kappa_score, matthews_corrcoef

CLOSE = {"rtol": 1e-9, "atol": 1e-12}
FUNCTIONS = ("balanced_accuracy", "cohen_kappa", "mcc")
PAIRS = label_pairs(1, 5, 1, 40)


def value(attempt, fn, y_true, y_pred):
    return as_float(getattr(attempt, fn)(y_true, y_pred), f"{fn}(...)")


def sklearn_value(fn, y_true, y_pred):
    if fn == "balanced_accuracy":
        with warnings.catch_warnings():  # "y_pred contains classes not in y_true": same value
            warnings.simplefilter("ignore")
            return balanced_accuracy_score(y_true, y_pred)
    if fn == "cohen_kappa":
        return cohen_kappa_score(y_true, y_pred, replace_undefined_by=0.0)
    return matthews_corrcoef(y_true, y_pred)


def test_known_values(attempt):
    """a 3-class example gives balanced accuracy 0.5, kappa 0.25 and MCC 0.2581988897"""
    y_true = np.array(["a", "a", "a", "a", "b", "b", "c", "c"])
    y_pred = np.array(["a", "a", "b", "c", "b", "a", "c", "a"])
    # Per-class recall: a 2/4, b 1/2, c 1/2 -> 0.5. p_o = 4/8, p_e = (4*4 + 2*2 + 2*2) / 64.
    assert_close(value(attempt, "balanced_accuracy", y_true, y_pred), 0.5, **CLOSE,
                 what="balanced_accuracy")
    assert_close(value(attempt, "cohen_kappa", y_true, y_pred), (0.5 - 0.375) / 0.625, **CLOSE,
                 what="cohen_kappa", help="p_e uses the actual AND the predicted class shares")
    expected = (4 * 8 - (4 * 4 + 2 * 2 + 2 * 2)) / np.sqrt((64 - 24) * (64 - 24))
    assert_close(value(attempt, "mcc", y_true, y_pred), float(expected), **CLOSE, what="mcc")


@given(PAIRS)
def test_matches_sklearn(attempt, pair):
    """all three metrics equal scikit-learn's on generated labels (absent classes, strings,
    labels that are not 0..K-1)"""
    y_true, y_pred = pair
    for fn in FUNCTIONS:
        assert_close(value(attempt, fn, y_true, y_pred), float(sklearn_value(fn, y_true, y_pred)),
                     **CLOSE, what=f"{fn}(...)",
                     help="a class that occurs only in y_pred has no recall; a zero denominator "
                          "gives 0.0")


@given(PAIRS)
def test_matches_reference(attempt, reference, pair):
    """all three metrics equal the reference's on generated labels"""
    y_true, y_pred = pair
    for fn in FUNCTIONS:
        assert_close(value(attempt, fn, y_true, y_pred),
                     getattr(reference, fn)(y_true, y_pred), **CLOSE, what=f"{fn}(...)")


@given(PAIRS)
def test_constant_predictor(attempt, pair):
    """a constant predictor of one of the true classes gets balanced accuracy 1/K, kappa 0 and
    MCC 0"""
    y_true, _ = pair
    constant = np.full_like(y_true, y_true[-1])
    k = len(np.unique(y_true))
    assert_close(value(attempt, "balanced_accuracy", y_true, constant), 1.0 / k, **CLOSE,
                 what="balanced_accuracy of a constant predictor",
                 help="average the recall over the classes of y_true")
    assert_close(value(attempt, "cohen_kappa", y_true, constant), 0.0, **CLOSE,
                 what="cohen_kappa of a constant predictor",
                 help="when p_e == 1 the kappa is defined as 0.0")
    assert_close(value(attempt, "mcc", y_true, constant), 0.0, **CLOSE,
                 what="mcc of a constant predictor", help="a zero denominator gives 0.0")


@given(PAIRS)
def test_perfect_predictions(attempt, pair):
    """perfect predictions give 1.0 for all three when y_true has at least two classes (and
    kappa = MCC = 0.0 with a single class)"""
    y_true, _ = pair
    several = len(np.unique(y_true)) >= 2
    for fn in FUNCTIONS:
        expected = 1.0 if several or fn == "balanced_accuracy" else 0.0
        assert_close(value(attempt, fn, y_true, y_true), expected, **CLOSE,
                     what=f"{fn}(y, y) with {len(np.unique(y_true))} class(es)")


@given(PAIRS, st.integers(0, 2**16), st.permutations(WORDS))
def test_mcc_properties(attempt, pair, seed, names):
    """MCC lies in [-1, 1], is symmetric in its arguments, and survives a joint shuffle and a
    consistent renaming of the classes"""
    y_true, y_pred = pair
    m = value(attempt, "mcc", y_true, y_pred)
    assert_true(-1 - 1e-12 <= m <= 1 + 1e-12, "mcc outside [-1, 1]", expected="[-1, 1]", actual=m)
    assert_close(value(attempt, "mcc", y_pred, y_true), m, **CLOSE, what="mcc(y_pred, y_true)")
    assert_close(value(attempt, "mcc", *shuffle_jointly(y_true, y_pred, seed)), m, **CLOSE,
                 what="mcc after a joint shuffle")
    labels = np.unique(np.concatenate([y_true, y_pred]))
    rename = dict(zip(labels.tolist(), names, strict=False))
    renamed = [np.array([rename[v] for v in y.tolist()]) for y in (y_true, y_pred)]
    assert_close(value(attempt, "mcc", *renamed), m, **CLOSE, what="mcc after renaming classes")
    for fn in ("balanced_accuracy", "cohen_kappa"):
        assert_close(value(attempt, fn, *shuffle_jointly(y_true, y_pred, seed)),
                     value(attempt, fn, y_true, y_pred), **CLOSE,
                     what=f"{fn} after a joint shuffle")


def test_imbalanced_majority_predictor(attempt):
    """on 95/5 data the majority predictor has accuracy 0.95 but balanced accuracy 0.5, kappa 0
    and MCC 0"""
    y_true = np.array([0] * 95 + [1] * 5)
    y_pred = np.zeros(100, dtype=int)
    for fn, expected in zip(FUNCTIONS, (0.5, 0.0, 0.0), strict=True):
        assert_close(value(attempt, fn, y_true, y_pred), expected, **CLOSE, what=fn)


def test_bad_input_raises(attempt):
    """mismatched lengths and empty input raise ValueError"""
    for fn in FUNCTIONS:
        with raises("ValueError", f"{fn} with lengths 3 and 2"):
            getattr(attempt, fn)(np.array([0, 1, 1]), np.array([0, 1]))
        with raises("ValueError", f"{fn} with empty vectors"):
            getattr(attempt, fn)(np.array([], dtype=int), np.array([], dtype=int))
