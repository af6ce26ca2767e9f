"""Hidden checks for ch03/sorting_topk."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, assert_true, raises
from kit.arrays import rng_seeds
from scipy.stats import rankdata

# Few distinct values, so ties are common; -0.0 and 0.0 are equal scores.
TIED = st.sampled_from([-2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 3.0])
VALUES = st.one_of(TIED, st.floats(-10, 10, allow_nan=False, allow_subnormal=False))


def score_vectors(max_size=40):
    return hnp.arrays(np.float64, st.integers(0, max_size), elements=VALUES)


def tied_matrices():
    shape = st.tuples(st.integers(0, 8), st.integers(1, 4))
    return hnp.arrays(np.float64, shape, elements=TIED)


def large_scores(seed, n=2000):
    """n scores from a seeded generator: half of them drawn from 30 values (many ties)."""
    rng = np.random.default_rng(seed)
    return np.where(rng.random(n) < 0.5, rng.integers(0, 30, n) / 3.0, rng.normal(5.0, 3.0, n))


def top_k(attempt, scores, k):
    expected = np.argsort(-scores, kind="stable")[:k]
    what = f"top_k_indices(scores, {k}) for {scores.size} scores"
    out = as_array(attempt.top_k_indices(scores, k), what, shape=expected.shape, kind="iu")
    assert_true(bool(np.array_equal(out, expected)), f"{what} returned the wrong positions",
                expected=expected, actual=out,
                help="best first, equal scores by LOWER position: np.argsort(-scores, "
                     "kind='stable'); argpartition alone leaves the top k unordered")
    return out


def sorted_rows(attempt, X, j, descending):
    key = -X[:, j] if descending else X[:, j]
    expected = X[np.argsort(key, kind="stable")]
    what = f"sort_by_column(X, {j}, descending={descending}) for X of shape {X.shape}"
    out = as_array(attempt.sort_by_column(X, j, descending), what, shape=X.shape, kind="f")
    assert_true(bool(np.array_equal(out, expected)), f"{what} is wrong", expected=expected,
                actual=out,
                help="reorder whole rows with X[order], order from a STABLE argsort of column j; "
                     "for descending, reversing an ascending sort reverses the tied rows too")
    return out


def ranked(attempt, x):
    expected = rankdata(x, method="ordinal") if x.size else np.zeros(0, dtype=np.intp)
    what = f"ranks(x) for {x.size} values"
    out = as_array(attempt.ranks(x), what, shape=x.shape, kind="iu")
    assert_true(bool(np.array_equal(out, expected)), f"{what} is wrong", expected=expected,
                actual=out,
                help="argsort gives the position of each rank, not the rank of each position: "
                     "invert it (r[order] = 1..n)")
    return out


# --- top_k_indices ----------------------------------------------------------------------------


def test_top_k_known_answer(attempt):
    """the 3 best of [0.2, 0.9, 0.5, 0.9, 0.1] are at positions [1, 3, 2]"""
    out = top_k(attempt, np.array([0.2, 0.9, 0.5, 0.9, 0.1]), 3)
    assert_true(out.tolist() == [1, 3, 2], "top_k_indices([0.2, 0.9, 0.5, 0.9, 0.1], 3)",
                expected=[1, 3, 2], actual=out.tolist())


@given(score_vectors(), st.integers(0, 45))
def test_top_k_matches_stable_argsort(attempt, reference, scores, k):
    """top_k_indices equals np.argsort(-scores, kind='stable')[:k] (and the reference)"""
    out = top_k(attempt, scores, k)
    ref = reference.top_k_indices(scores, k)
    assert_true(bool(np.array_equal(out, ref)), "top_k_indices differs from the reference",
                expected=ref, actual=out)


@given(rng_seeds(), st.sampled_from([1, 5, 10, 100, 999, 1500]))
def test_top_k_on_large_arrays(attempt, seed, k):
    """on 2000 scores with many ties the top k come best first, ties by lower position"""
    top_k(attempt, large_scores(seed), k)


@given(score_vectors(max_size=30).filter(lambda s: s.size > 0), st.data())
def test_top_k_properties(attempt, scores, data):
    """the returned scores never increase, every excluded score is at most the k-th, and no
    position repeats"""
    k = data.draw(st.integers(1, scores.size), label="k")
    out = as_array(attempt.top_k_indices(scores, k), f"top_k_indices(scores, {k})", shape=(k,),
                   kind="iu")
    assert_true(len(set(out.tolist())) == k and bool(((out >= 0) & (out < scores.size)).all()),
                "top_k_indices returned repeated or invalid positions", expected=f"{k} distinct "
                f"positions in 0..{scores.size - 1}", actual=out)
    chosen = scores[out]
    assert_true(bool((np.diff(chosen) <= 0).all()), "the returned scores are not best first",
                expected="non-increasing scores", actual=chosen)
    excluded = np.delete(scores, out)
    assert_true(bool((excluded <= chosen[-1]).all()), "a score left out beats the k-th one",
                expected=f"every excluded score <= {chosen[-1]}", actual=excluded)


def test_top_k_edge_cases(attempt):
    """k = 0 gives an empty integer array, k >= n every position, and no scores no positions"""
    s = np.array([3.0, 1.0, 3.0, 2.0])
    top_k(attempt, s, 0)
    top_k(attempt, s, 4)
    top_k(attempt, s, 10)
    top_k(attempt, np.zeros(0), 3)
    top_k(attempt, np.array([0.0, -0.0, 0.0]), 2)


def test_top_k_bad_input_raises(attempt):
    """a negative k or 2-D scores raise ValueError"""
    with raises("ValueError", "top_k_indices(scores, -1)"):
        attempt.top_k_indices(np.array([1.0, 2.0]), -1)
    with raises("ValueError", "top_k_indices with 2-D scores"):
        attempt.top_k_indices(np.ones((2, 2)), 1)


# --- sort_by_column -----------------------------------------------------------------------------


def test_sort_by_column_known_answer(attempt):
    """sorting [[3, 0], [1, 1], [3, 2], [2, 3]] by column 0 keeps the two 3-rows in their order"""
    X = np.array([[3.0, 0.0], [1.0, 1.0], [3.0, 2.0], [2.0, 3.0]])
    out = sorted_rows(attempt, X, 0, False)
    assert_true(out.tolist() == [[1, 1], [2, 3], [3, 0], [3, 2]], "ascending sort of X",
                expected=[[1, 1], [2, 3], [3, 0], [3, 2]], actual=out.tolist())
    out = sorted_rows(attempt, X, 0, True)
    assert_true(out.tolist() == [[3, 0], [3, 2], [2, 3], [1, 1]], "descending sort of X",
                expected=[[3, 0], [3, 2], [2, 3], [1, 1]], actual=out.tolist())


@given(tied_matrices(), st.data())
def test_sort_by_column_matches_stable_argsort(attempt, reference, X, data):
    """rows are ordered by column j with tied rows in their original order, both directions
    (also against the reference)"""
    d = X.shape[1]
    j = data.draw(st.integers(-d, d - 1), label="j")
    descending = data.draw(st.booleans(), label="descending")
    out = sorted_rows(attempt, X, j, descending)
    ref = reference.sort_by_column(X, j, descending)
    assert_true(bool(np.array_equal(out, ref)), "sort_by_column differs from the reference",
                expected=ref, actual=out)


@given(tied_matrices())
def test_sort_by_column_keeps_rows_whole(attempt, X):
    """the result holds exactly the rows of X, each row intact"""
    out = as_array(attempt.sort_by_column(X, 0), "sort_by_column(X, 0)", shape=X.shape, kind="f")
    as_rows = sorted(map(tuple, out.tolist()))
    assert_true(as_rows == sorted(map(tuple, X.tolist())), "the rows of the result are not the "
                "rows of X", expected=X, actual=out,
                help="index whole rows (X[order]); np.sort(X, axis=0) sorts every column apart")


def test_sort_by_column_large_descending(attempt):
    """on 1500 rows with 10 distinct keys, the descending sort keeps tied rows in order"""
    rng = np.random.default_rng(7)
    X = np.column_stack([rng.integers(0, 10, 1500).astype(float), np.arange(1500.0)])
    sorted_rows(attempt, X, 0, True)
    sorted_rows(attempt, X, -2, False)


def test_sort_by_column_default_is_ascending(attempt):
    """without the descending argument (default False) the rows come in ascending order"""
    X = np.array([[3.0, 0.0], [1.0, 1.0], [3.0, 2.0], [2.0, 3.0]])
    expected = X[np.argsort(X[:, 0], kind="stable")]
    out = as_array(attempt.sort_by_column(X, 0), "sort_by_column(X, 0)", shape=X.shape, kind="f")
    assert_true(bool(np.array_equal(out, expected)), "sort_by_column(X, 0) without descending is "
                "not ascending", expected=expected, actual=out,
                help="the signature says descending: bool = False: ascending unless asked")


def test_sort_by_column_bad_input_raises(attempt):
    """a 1-D X raises ValueError and a column outside the array raises IndexError"""
    with raises("ValueError", "sort_by_column with a 1-D X"):
        attempt.sort_by_column(np.ones(3), 0)
    X = np.ones((3, 2))
    for j in (2, -3):
        with raises("IndexError", f"sort_by_column(X, {j}) for X with 2 columns"):
            attempt.sort_by_column(X, j)


# --- ranks --------------------------------------------------------------------------------------


def test_ranks_known_answer(attempt):
    """ranks of [30, 10, 20, 10] are [4, 1, 3, 2]"""
    out = ranked(attempt, np.array([30.0, 10.0, 20.0, 10.0]))
    assert_true(out.tolist() == [4, 1, 3, 2], "ranks([30, 10, 20, 10])", expected=[4, 1, 3, 2],
                actual=out.tolist())


@given(score_vectors())
def test_ranks_match_scipy(attempt, reference, x):
    """ranks equal scipy.stats.rankdata(x, method='ordinal') (and the reference)"""
    out = ranked(attempt, x)
    ref = reference.ranks(x)
    assert_true(bool(np.array_equal(out, ref)), "ranks differ from the reference", expected=ref,
                actual=out)


def test_ranks_large_and_empty(attempt):
    """2000 tied values rank like scipy, and an empty array has no ranks"""
    ranked(attempt, large_scores(3))
    ranked(attempt, np.zeros(0))


def test_ranks_bad_input_raises(attempt):
    """a 2-D x raises ValueError"""
    with raises("ValueError", "ranks with a 2-D x"):
        attempt.ranks(np.ones((2, 3)))
