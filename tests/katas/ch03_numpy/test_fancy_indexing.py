"""Hidden checks for ch03/fancy_indexing."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, assert_close, assert_true, memory_facts, raises
from kit.arrays import matrices, rng_seeds
from sklearn.metrics import log_loss

X_ST = matrices(rows=(1, 12), cols=(1, 5))


def problems(n=(1, 12), k=(2, 5)):
    """(P, y): n rows of k class probabilities (positive, summing to 1) and int64 labels."""
    def build(args):
        n_, k_, seed = args
        rng = np.random.default_rng(seed)
        return rng.dirichlet(np.ones(k_), n_), rng.integers(0, k_, n_)
    return st.tuples(st.integers(*n), st.integers(*k), rng_seeds()).map(build)


def permutations(max_n=12):
    return st.tuples(st.integers(0, max_n), rng_seeds()).map(
        lambda a: np.random.default_rng(a[1]).permutation(a[0]))


def assert_equal(actual, expected, what, help=""):
    assert_true(actual.shape == expected.shape and bool(np.array_equal(actual, expected)),
                f"{what} is wrong", expected=expected, actual=actual, help=help)


def inverse(attempt, perm):
    out = as_array(attempt.invert_permutation(perm), "invert_permutation(perm)",
                   shape=perm.shape, kind="iu")
    return out


def test_known_answers(attempt):
    """rows [2, 0, 2] of X, the true-class probabilities [0.7, 0.6], and the inverse of [2, 0, 1]"""
    X = np.arange(6.0).reshape(3, 2)
    out = as_array(attempt.take_rows(X, [2, 0, 2]), "take_rows(X, [2, 0, 2])", shape=(3, 2))
    assert_equal(out, X[[2, 0, 2]], "take_rows(X, [2, 0, 2])")
    P = np.array([[0.7, 0.3], [0.4, 0.6]])
    out = as_array(attempt.true_class_probs(P, np.array([0, 1])), "true_class_probs(P, y)",
                   shape=(2,), kind="f")
    assert_equal(out, np.array([0.7, 0.6]), "true_class_probs(P, [0, 1])",
                 help="pair row i with column y[i]: P[np.arange(n), y], not P[:, y]")
    assert_equal(inverse(attempt, np.array([2, 0, 1])), np.array([1, 2, 0]),
                 "invert_permutation([2, 0, 1])", help="inv[perm[i]] = i")


@given(X_ST, st.data())
def test_take_rows_matches_np_take(attempt, X, data):
    """take_rows equals np.take(X, idx, axis=0), repeats and negative indices included, and
    copies"""
    n = X.shape[0]
    idx = data.draw(st.lists(st.integers(-n, n - 1), max_size=15), label="idx")
    facts = memory_facts(attempt, "take_rows", X, idx)
    out = as_array(facts.get("result"), "take_rows(X, idx)", shape=(len(idx), X.shape[1]))
    assert_equal(out, np.take(X, np.array(idx, dtype=int), axis=0), f"take_rows(X, {idx})")
    if out.size:
        assert_true(not facts["shares_memory"][0], "take_rows shares memory with X",
                    expected="a copy", actual="a view")


@given(problems())
def test_true_class_probs_match_take_along_axis(attempt, reference, problem):
    """true_class_probs equals take_along_axis(P, y[:, None], 1) and gives scikit-learn's log
    loss"""
    P, y = problem
    out = as_array(attempt.true_class_probs(P, y), "true_class_probs(P, y)", shape=y.shape,
                   kind="f")
    assert_equal(out, np.take_along_axis(P, y[:, None], 1).ravel(), "true_class_probs(P, y)",
                 help="P[np.arange(n), y] picks one entry per row")
    assert_equal(out, reference.true_class_probs(P, y), "true_class_probs(P, y) vs reference")
    assert_close(-np.mean(np.log(out)), log_loss(y, P, labels=np.arange(P.shape[1])),
                 rtol=1e-9, atol=1e-12, what="-mean(log(true_class_probs(P, y)))")


@given(permutations(), st.integers(1, 3))
def test_inverse_undoes_the_permutation(attempt, perm, d):
    """invert_permutation equals np.argsort(perm), and X[perm][inv] is X"""
    inv = inverse(attempt, perm)
    assert_equal(inv, np.argsort(perm), f"invert_permutation({perm.tolist()})",
                 help="scatter: inv[perm] = np.arange(n)")
    X = np.arange(float(perm.size * d)).reshape(perm.size, d)
    assert_equal(X[perm][inv], X, "X[perm][invert_permutation(perm)]")


def test_empty_inputs(attempt):
    """an empty index list gives (0, d) rows and an empty permutation an empty inverse"""
    as_array(attempt.take_rows(np.ones((3, 2)), []), "take_rows(X, [])", shape=(0, 2))
    inverse(attempt, np.array([], dtype=np.int64))


def test_bad_input_raises(attempt):
    """out-of-range indices and labels raise IndexError; bad lengths and non-permutations
    ValueError"""
    X = np.ones((4, 2))
    for idx in ([4], [0, -5]):
        with raises("IndexError", f"take_rows(X, {idx}) with 4 rows"):
            attempt.take_rows(X, idx)
    P = np.full((3, 2), 0.5)
    for y in ([0, 2, 1], [0, -1, 1]):
        with raises("IndexError", f"true_class_probs(P, {y}) with 2 classes"):
            attempt.true_class_probs(P, np.array(y))
    with raises("ValueError", "true_class_probs with 3 rows in P and 2 labels"):
        attempt.true_class_probs(P, np.array([0, 1]))
    for perm in ([0, 0, 1], [1, 2, 3], [0, 2]):
        with raises("ValueError", f"invert_permutation({perm})"):
            attempt.invert_permutation(np.array(perm))
