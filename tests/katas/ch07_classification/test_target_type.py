"""Hidden checks for ch07/target_type."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import assert_true, raises
from kit.labels import WORDS, label_sets, label_vectors
from sklearn.utils.multiclass import type_of_target

BOUND = 1e6

# 1-D targets of every kind the statement allows.
INTS = hnp.arrays(np.int64, st.integers(1, 25), elements=st.integers(-20, 20))
INTEGRAL_FLOATS = INTS.map(lambda y: y.astype(float))
FLOATS = hnp.arrays(np.float64, st.integers(1, 25),
                    elements=st.floats(-BOUND, BOUND, allow_subnormal=False))
STRINGS = label_sets(1, 5).flatmap(label_vectors)
BOOLS = hnp.arrays(np.bool_, st.integers(1, 25))
TARGETS = st.one_of(INTS, INTEGRAL_FLOATS, FLOATS, STRINGS, BOOLS)


def task(attempt, y):
    out = attempt.infer_task(y)
    assert_true(type(out) is str, "infer_task(...) must return a str", expected="str",
                actual=type(out).__name__)
    return out


def expect(attempt, y, expected, help=""):
    got = task(attempt, y)
    assert_true(got == expected, f"infer_task({y.tolist()!r}) is wrong", expected=expected,
                actual=got, help=help)


def test_known_targets(attempt):
    """0/1 labels are binary, three integral floats multiclass, 0.5 makes a target continuous"""
    expect(attempt, np.array([0, 1, 1, 0]), "binary")
    expect(attempt, np.array([1.0, 2.0, 3.0]), "multiclass",
           help="floats whose values are all whole numbers are class labels")
    expect(attempt, np.array([0.5, 1.0, 1.0]), "continuous")


def test_strings_booleans_and_single_class(attempt):
    """string labels are classes, booleans are binary and a single class counts as binary"""
    expect(attempt, np.array(["cat", "dog", "cat"]), "binary")
    expect(attempt, np.array(["a", "b", "c", "a"]), "multiclass")
    expect(attempt, np.array([True, False, True]), "binary")
    expect(attempt, np.array([7]), "binary", help="one or two distinct values are 'binary'")
    expect(attempt, np.array([2.0, 2.0]), "binary")


def test_many_classes_are_not_continuous(attempt):
    """50 distinct integers (or integral floats) are 50 classes, not a regression target"""
    expect(attempt, np.arange(50), "multiclass",
           help="the number of distinct values never makes a target continuous")
    expect(attempt, np.arange(50) * 3.0 - 20.0, "multiclass")


@given(TARGETS)
def test_matches_type_of_target(attempt, y):
    """the answer equals scikit-learn's type_of_target on 1-D targets"""
    expect(attempt, y, type_of_target(y))


@given(TARGETS)
def test_matches_reference(attempt, reference, y):
    """the answer equals the reference's on generated targets"""
    expect(attempt, y, reference.infer_task(y))


@given(INTS)
def test_integral_floats_count_as_classes(attempt, y):
    """turning integer labels into floats (1 -> 1.0) does not change the answer"""
    a, b = task(attempt, y), task(attempt, y.astype(float))
    assert_true(a == b, "integer labels and the same labels as floats get different answers",
                expected=a, actual=b, help="check whether float values are whole numbers, not "
                "whether the dtype is float")


@given(INTEGRAL_FLOATS, st.floats(-BOUND, BOUND).filter(lambda v: v != np.floor(v)))
def test_one_fraction_makes_it_continuous(attempt, y, value):
    """a single non-integral value makes a float target continuous"""
    expect(attempt, np.append(y, value), "continuous")


@given(INTS, st.permutations(WORDS))
def test_renaming_classes_changes_nothing(attempt, y, names):
    """renaming the classes (one name per class) does not change the answer"""
    classes, codes = np.unique(y, return_inverse=True)
    if len(classes) > len(names):
        return
    renamed = np.array(names)[codes]
    expect(attempt, renamed, task(attempt, y))


def test_bad_input_raises(attempt):
    """an empty or 2-D target, or one containing NaN or infinity, raises ValueError"""
    with raises("ValueError", "infer_task with an empty y"):
        attempt.infer_task(np.array([], dtype=float))
    with raises("ValueError", "infer_task with a 2-D y"):
        attempt.infer_task(np.array([[0, 1], [1, 0]]))
    with raises("ValueError", "infer_task with a NaN"):
        attempt.infer_task(np.array([0.0, np.nan, 1.0]))
    with raises("ValueError", "infer_task with an infinity"):
        attempt.infer_task(np.array([0.0, np.inf]))
