"""Hidden checks for ch12/cluster_metrics."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import SOLVER, as_array, as_float, assert_close, assert_true, forbid_calls, raises
from kit.strategies import finite_floats
from scipy.spatial.distance import cdist
from sklearn import metrics
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs

TRIANGLE = np.array([[0.0, 0.0], [10.0, 0.0], [5.0, 5.0 * np.sqrt(3.0)]])
SQUARE = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0], [10.0, 10.0]])


@st.composite
def labelled_points(draw, rows=(3, 15), cols=(1, 3)):
    """(X, labels) with 2 <= number of distinct labels <= n - 1 (the silhouette's domain)."""
    n = draw(st.integers(*rows))
    d = draw(st.integers(*cols))
    X = draw(hnp.arrays(np.float64, (n, d), elements=finite_floats()))
    k = draw(st.integers(2, n - 1))
    labels = draw(hnp.arrays(np.int64, n, elements=st.integers(0, k - 1))
                  .filter(lambda lab: 2 <= len(np.unique(lab)) <= n - 1))
    return X, labels


@st.composite
def labelling_pairs(draw, rows=(1, 30)):
    """Two labellings of the same n points, with arbitrary (possibly negative) cluster names."""
    n = draw(st.integers(*rows))
    names = st.integers(-3, 5)
    return (draw(hnp.arrays(np.int64, n, elements=names)),
            draw(hnp.arrays(np.int64, n, elements=names)))


def sklearn_silhouette(X, labels):
    """scikit-learn's silhouette on exact Euclidean distances (its own distance routine rounds
    duplicate points to about 1e-8 instead of 0)."""
    return metrics.silhouette_samples(cdist(X, X), labels, metric="precomputed")


def silhouettes(attempt, X, labels):
    return as_array(attempt.silhouette_samples(X, labels), "silhouette_samples(...)",
                    shape=(X.shape[0],))


def kmeans_fits(X, ks, seed=0):
    return [KMeans(n_clusters=k, n_init=3, random_state=seed).fit(X) for k in ks]


def test_silhouette_known_answer(attempt):
    """points 0, 1 | 4, 5 on a line have silhouettes 7/9, 5/7, 5/7, 7/9"""
    X, labels = np.array([[0.0], [1.0], [4.0], [5.0]]), np.array([0, 0, 1, 1])
    assert_close(silhouettes(attempt, X, labels), np.array([7 / 9, 5 / 7, 5 / 7, 7 / 9]),
                 **SOLVER, what="silhouette_samples(...)",
                 help="a_i averages over the other points of i's cluster (divide by size - 1)")
    assert_close(as_float(attempt.silhouette_score(X, labels), "silhouette_score(...)"),
                 (7 / 9 + 5 / 7) / 2, **SOLVER, what="silhouette_score(...)")


def test_singleton_scores_zero(attempt):
    """a point alone in its cluster has silhouette 0 (points 0, 1 | 10 give 0.9, 8/9, 0)"""
    X, labels = np.array([[0.0], [1.0], [10.0]]), np.array([5, 5, -1])
    assert_close(silhouettes(attempt, X, labels), np.array([0.9, 8 / 9, 0.0]), **SOLVER,
                 what="silhouette_samples(...)",
                 help="a singleton has no other member to average over: its silhouette is 0")


@given(labelled_points())
def test_silhouette_matches_sklearn(attempt, reference, problem):
    """silhouettes match scikit-learn's silhouette_samples and silhouette_score"""
    X, labels = problem
    s = silhouettes(attempt, X, labels)
    expected = sklearn_silhouette(X, labels)
    assert_close(s, expected, **SOLVER, what="silhouette_samples(...)",
                 help="b_i is the smallest mean distance to another cluster, not to all others")
    assert_close(s, reference.silhouette_samples(X, labels), **SOLVER,
                 what="silhouette_samples(...) against the reference")
    assert_close(as_float(attempt.silhouette_score(X, labels), "silhouette_score(...)"),
                 float(expected.mean()), **SOLVER, what="silhouette_score(...)")


@given(labelled_points(), st.integers(1, 5), st.integers(-50, 50))
def test_silhouette_ignores_cluster_names(attempt, problem, scale, shift):
    """renaming the clusters leaves every silhouette unchanged, and all lie in [-1, 1]"""
    X, labels = problem
    s = silhouettes(attempt, X, labels)
    renamed = silhouettes(attempt, X, shift - scale * labels)
    assert_close(renamed, s, **SOLVER, what="silhouettes after renaming the clusters",
                 help="find the clusters with np.unique; do not assume labels are 0..k-1")
    assert_true(bool(np.all((s >= -1 - 1e-12) & (s <= 1 + 1e-12))), "a silhouette is outside [-1, 1]",
                expected="values in [-1, 1]", actual=s)


def test_well_separated_blobs_score_high(attempt):
    """blobs with well-separated centres have a silhouette above 0.7"""
    X, y = make_blobs(n_samples=120, centers=SQUARE, cluster_std=1.0, random_state=11)
    score = as_float(attempt.silhouette_score(X, y), "silhouette_score(...)")
    assert_true(score > 0.7, "well-separated blobs should score above 0.7",
                expected="> 0.7", actual=score)
    assert_close(score, float(sklearn_silhouette(X, y).mean()), **SOLVER,
                 what="silhouette_score(...)")


def test_inertia_known_answer(attempt):
    """two points per centre at distance 1 and 2 give inertia 1 + 4 + 0 + 9 = 14"""
    X = np.array([[1.0, 0.0], [0.0, 2.0], [5.0, 5.0], [5.0, 8.0]])
    centers = np.array([[0.0, 0.0], [5.0, 5.0]])
    value = as_float(attempt.inertia(X, np.array([0, 0, 1, 1]), centers), "inertia(...)")
    assert_close(value, 14.0, **SOLVER, what="inertia(...)",
                 help="sum the squared distances; do not take their square root or their mean")


@given(st.integers(0, 10_000), st.integers(1, 5))
def test_inertia_matches_kmeans(attempt, reference, seed, k):
    """the inertia of KMeans' labels and centres equals KMeans.inertia_"""
    X, _ = make_blobs(n_samples=40, centers=3, n_features=2, random_state=seed)
    model = KMeans(n_clusters=k, n_init=1, random_state=seed).fit(X)
    value = as_float(attempt.inertia(X, model.labels_, model.cluster_centers_), "inertia(...)")
    assert_close(value, float(model.inertia_), **SOLVER, what="inertia(...)")
    assert_close(value, reference.inertia(X, model.labels_, model.cluster_centers_), **SOLVER,
                 what="inertia(...) against the reference")


def test_ari_known_answer(attempt):
    """splitting one of two pairs gives ARI 4/7 ([0, 0, 1, 1] vs [0, 0, 1, 2])"""
    value = as_float(attempt.adjusted_rand_index(np.array([0, 0, 1, 1]), np.array([0, 0, 1, 2])),
                     "adjusted_rand_index(...)")
    assert_close(value, 4 / 7, **SOLVER, what="adjusted_rand_index(...)",
                 help="subtract the expected index and divide by (maximum - expected)")


@given(labelling_pairs())
def test_ari_matches_sklearn(attempt, reference, pair):
    """the ARI matches scikit-learn's adjusted_rand_score and is symmetric"""
    a, b = pair
    value = as_float(attempt.adjusted_rand_index(a, b), "adjusted_rand_index(a, b)")
    assert_close(value, float(metrics.adjusted_rand_score(a, b)), **SOLVER,
                 what="adjusted_rand_index(a, b)",
                 help="when maximum == expected (both labellings trivial) the ARI is 1.0")
    assert_close(value, reference.adjusted_rand_index(a, b), **SOLVER,
                 what="adjusted_rand_index(a, b) against the reference")
    assert_close(as_float(attempt.adjusted_rand_index(b, a), "adjusted_rand_index(b, a)"), value,
                 **SOLVER, what="adjusted_rand_index(b, a) vs adjusted_rand_index(a, b)")


@given(labelling_pairs(rows=(2, 30)), st.permutations(list(range(9))))
def test_ari_of_a_renaming_is_one(attempt, pair, perm):
    """a labelling compared with any renaming of its clusters has ARI 1"""
    a, _ = pair
    renamed = np.array(perm)[a + 3]
    assert_close(as_float(attempt.adjusted_rand_index(a, renamed), "adjusted_rand_index(...)"),
                 1.0, **SOLVER, what="ARI of a labelling and its renaming",
                 help="compare partitions through the contingency table, not label values")


def test_ari_trivial_partitions(attempt):
    """one cluster vs one cluster and singletons vs singletons score 1; one cluster vs singletons 0"""
    one, other, alone = np.zeros(5, int), np.full(5, 3), np.arange(5)
    for a, b, want, what in [(one, other, 1.0, "one cluster vs one cluster"),
                             (alone, alone[::-1].copy(), 1.0, "singletons vs singletons"),
                             (one, alone, 0.0, "one cluster vs singletons")]:
        assert_close(as_float(attempt.adjusted_rand_index(a, b), what), want, **SOLVER, what=what,
                     help="when maximum == expected the ARI is defined as 1.0")


def test_random_labellings_score_near_zero(attempt):
    """two independent random labellings of 2000 points have |ARI| < 0.05"""
    rng = np.random.default_rng(12)
    a, b = rng.integers(0, 4, 2000), rng.integers(0, 4, 2000)
    value = as_float(attempt.adjusted_rand_index(a, b), "adjusted_rand_index(...)")
    assert_true(abs(value) < 0.05, "random labellings should have an ARI near 0",
                expected="|ARI| < 0.05", actual=value,
                help="the plain Rand index is far from 0 here: it needs the chance adjustment")


def test_choose_k_finds_true_k_by_silhouette(attempt):
    """the silhouette picks 3 for triangle-placed blobs and 4 for square-placed blobs (Q313)"""
    for centres, true_k in ((TRIANGLE, 3), (SQUARE, 4)):
        X, _ = make_blobs(n_samples=90, centers=centres, cluster_std=1.0, random_state=true_k)
        k = attempt.choose_k(X, [2, 3, 4, 5, 6], "silhouette", 0)
        assert_true(type(k) is int and k == true_k, f"choose_k should find the {true_k} blobs",
                    expected=true_k, actual=k)


def test_choose_k_elbow_on_a_triangle(attempt):
    """the elbow of the inertia curve for k = 1..8 is at 3 for triangle-placed blobs (Q319)"""
    X, _ = make_blobs(n_samples=90, centers=TRIANGLE, cluster_std=1.0, random_state=3)
    k = attempt.choose_k(X, list(range(1, 9)), "elbow", 0)
    assert_true(type(k) is int and k == 3, "the elbow should be at 3", expected=3, actual=k,
                help="the elbow is the k with the largest second difference I[k-1] - 2 I[k] + I[k+1]")


def test_choose_k_follows_both_rules_on_random_blobs(attempt):
    """on random blobs choose_k applies the silhouette and elbow rules to KMeans' fits exactly"""
    for seed in (21, 22):
        X, _ = make_blobs(n_samples=60, centers=4, cluster_std=1.5, random_state=seed)
        ks = [1, 2, 3, 4, 5, 6]
        fits = kmeans_fits(X, ks, seed)
        inertias = np.array([f.inertia_ for f in fits])
        second = inertias[:-2] - 2 * inertias[1:-1] + inertias[2:]
        top = np.sort(second)[::-1]
        if top[1] < 0.9 * top[0]:  # skip near-ties: the rule is ill-posed there (D12.1)
            want = ks[int(np.argmax(second)) + 1]
            got = attempt.choose_k(X, ks, "elbow", seed)
            assert_true(got == want, "choose_k(..., 'elbow') is not the largest second difference",
                        expected=want, actual=got,
                        help="the second difference at position j is I[j-1] - 2 I[j] + I[j+1]; "
                             "return ks[j], not ks[j - 1]")
        sil = [metrics.silhouette_score(X, f.labels_) for f in fits[1:]]
        want = ks[1:][int(np.argmax(sil))]
        got = attempt.choose_k(X, ks[1:], "silhouette", seed)
        assert_true(got == want, "choose_k(..., 'silhouette') is not the best silhouette",
                    expected=want, actual=got)


ELBOW_POINTS = [-1.11, 1.88, -0.06, 12.72, 10.18, 9.17, 13.87, 11.88, 8.74, 12.34, 9.94, 12.31, 15.17,
                16.65, 12.7, 16.71, 13.88, 16.47, 15.97, 16.88, 15.88, 16.35, 19.74, 18.09, 21.03, 17.56,
                20.07, 21.59, 17.98, 22.21, 21.17]


def test_choose_k_elbow_is_the_second_difference(attempt):
    """on points where other curvature formulas disagree, the elbow is the largest
    I[k-1] - 2 I[k] + I[k+1] of KMeans' inertias"""
    X, ks = np.array(ELBOW_POINTS)[:, None], [1, 2, 3, 4, 5, 6]
    inertias = np.array([f.inertia_ for f in kmeans_fits(X, ks, 0)])
    want = ks[int(np.argmax(inertias[:-2] - 2 * inertias[1:-1] + inertias[2:])) + 1]
    got = attempt.choose_k(X, ks, "elbow", 0)
    assert_true(got == want, "choose_k(..., 'elbow') is not the largest second difference",
                expected=want, actual=got, help="the second difference at k is I[k-1] - 2 I[k] + I[k+1]")


def test_choose_k_edges_and_defaults(attempt):
    """choose_k accepts a single k, ks up to n - 1 (silhouette) or n (elbow) and exactly three ks
    (elbow: the middle one); without method and seed it uses the silhouette with seed 0"""
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [9.0, 9.0], [9.0, 10.0], [10.0, 9.0]])
    cases = [(([2], "silhouette", 0), 2), (([4, 5, 6], "elbow", 0), 5)]
    ks = [2, 3, 4, 5]
    scores = [metrics.silhouette_score(X, f.labels_) for f in kmeans_fits(X, ks, 0)]
    cases.append(((ks, "silhouette", 0), ks[int(np.argmax(scores))]))
    for (ks, method, seed), want in cases:
        got = attempt.choose_k(X, ks, method, seed)
        assert_true(got == want, f"choose_k(X, {ks}, {method!r}, {seed}) with n = 6 is wrong",
                    expected=want, actual=got, help="silhouette: 2 <= k <= n - 1; elbow: at least "
                    "three ks with 1 <= k <= n; both check only the ends of the increasing ks")
    X, _ = make_blobs(n_samples=90, centers=SQUARE, cluster_std=1.0, random_state=4)
    got = attempt.choose_k(X, [2, 3, 4])
    assert_true(got == 4, "choose_k(X, [2, 3, 4]) on four blobs is wrong", expected=4, actual=got,
                help="method defaults to 'silhouette' (the elbow of three ks is always the middle one)")


def test_bad_input_raises(attempt):
    """one cluster, n clusters, mismatched lengths, bad labels and bad ks raise ValueError"""
    X = np.arange(12.0).reshape(6, 2)
    with raises("ValueError", "silhouette_samples with a single cluster"):
        attempt.silhouette_samples(X, np.zeros(6, int))
    with raises("ValueError", "silhouette_score with every point its own cluster"):
        attempt.silhouette_score(X, np.arange(6))
    with raises("ValueError", "silhouette_samples with 5 labels for 6 points"):
        attempt.silhouette_samples(X, np.array([0, 0, 1, 1, 1]))
    with raises("ValueError", "silhouette_samples with a 1-D X"):
        attempt.silhouette_samples(X[:, 0], np.array([0, 0, 0, 1, 1, 1]))
    with raises("ValueError", "inertia with label 2 and only 2 centres"):
        attempt.inertia(X, np.array([0, 0, 1, 1, 2, 2]), X[:2])
    with raises("ValueError", "inertia with 3-column centres for 2-column X"):
        attempt.inertia(X, np.zeros(6, int), np.zeros((1, 3)))
    with raises("ValueError", "adjusted_rand_index with lengths 6 and 5"):
        attempt.adjusted_rand_index(np.zeros(6, int), np.zeros(5, int))
    with raises("ValueError", "choose_k with method='gap'"):
        attempt.choose_k(X, [2, 3], "gap", 0)
    with raises("ValueError", "choose_k with ks not increasing"):
        attempt.choose_k(X, [3, 2, 4], "elbow", 0)
    with raises("ValueError", "silhouette_samples with labels of shape (6, 1)"):
        attempt.silhouette_samples(X, np.array([0, 0, 0, 1, 1, 1])[:, None])
    with raises("ValueError", "inertia with labels of shape (6, 1)"):
        attempt.inertia(X, np.array([0, 0, 0, 1, 1, 1])[:, None], X[:2])
    with raises("ValueError", "inertia with 1-D centres"):
        attempt.inertia(X, np.zeros(6, int), np.zeros(2))
    with raises("ValueError", "choose_k('silhouette') with no ks"):
        attempt.choose_k(X, [], "silhouette", 0)
    with raises("ValueError", "choose_k with a repeated k"):
        attempt.choose_k(X, [2, 2, 3], "elbow", 0)
    with raises("ValueError", "choose_k('silhouette') with k = 1"):
        attempt.choose_k(X, [1, 2, 3], "silhouette", 0)
    with raises("ValueError", "choose_k('elbow') with only two ks"):
        attempt.choose_k(X, [1, 2], "elbow", 0)


def test_no_library_scores(attempt_source):
    """the scores are computed with NumPy, not with scikit-learn's metrics"""
    forbid_calls(attempt_source, {"sklearn.metrics.silhouette_samples",
                                  "sklearn.metrics.silhouette_score",
                                  "sklearn.metrics.adjusted_rand_score",
                                  "sklearn.metrics.pair_confusion_matrix",
                                  "sklearn.metrics.contingency_matrix",
                                  "sklearn.metrics.cluster.contingency_matrix"},
                 "the kata is to compute these scores yourself from distances and a contingency table")
