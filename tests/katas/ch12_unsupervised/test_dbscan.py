"""Hidden checks for ch12/dbscan."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, assert_close, assert_true, forbid_calls, raises
from sklearn.cluster import DBSCAN, KMeans
from sklearn.datasets import make_blobs, make_circles, make_moons
from sklearn.metrics import adjusted_rand_score
from sklearn.neighbors import NearestNeighbors

TOL = {"rtol": 1e-6, "atol": 1e-8}

# Coordinates on a 0.01 grid and eps = (m + 0.5) * 0.01: no distance can equal eps (a sum of
# integer squares is never (m + 0.5)^2), and the gap is far above round-off.
POINTS = st.tuples(st.integers(1, 40), st.integers(1, 3)).flatmap(
    lambda s: hnp.arrays(np.int64, s, elements=st.integers(-200, 200))).map(lambda a: a / 100)
EPS = st.integers(10, 150).map(lambda m: (m + 0.5) / 100)
MIN_SAMPLES = st.integers(1, 6)


def labels_of(attempt, X, eps, min_samples):
    return as_array(attempt.dbscan(X, eps, min_samples), "dbscan(...)", shape=(X.shape[0],),
                    kind="iu")


def core_of(attempt, X, eps, min_samples):
    return as_array(attempt.core_mask(X, eps, min_samples), "core_mask(...)", shape=(X.shape[0],),
                    kind="b")


def sklearn_dbscan(X, eps, min_samples):
    model = DBSCAN(eps=eps, min_samples=min_samples).fit(X)
    core = np.zeros(X.shape[0], dtype=bool)
    core[model.core_sample_indices_] = True
    return model.labels_, core


def same(actual, expected, what, help=""):
    assert_true(bool(np.array_equal(actual, expected)), f"{what} is wrong", expected=expected,
                actual=actual, help=help)


def test_known_answer(attempt):
    """points 0, 0.5, 1 | 5, 5.4 | 9 with eps = 0.6 form two clusters and one noise point"""
    X = np.array([[0.0], [0.5], [1.0], [5.0], [5.4], [9.0]])
    same(labels_of(attempt, X, 0.6, 2), np.array([0, 0, 0, 1, 1, -1]), "dbscan(X, 0.6, 2)",
         help="count the point itself among its neighbours")
    same(core_of(attempt, X, 0.6, 3), np.array([False, True, False, False, False, False]),
         "core_mask(X, 0.6, 3)")
    same(labels_of(attempt, X, 0.6, 3), np.array([0, 0, 0, -1, -1, -1]), "dbscan(X, 0.6, 3)",
         help="non-core points within eps of a core point join its cluster (border points)")


def test_border_points_do_not_extend_clusters(attempt):
    """a border point joins its cluster but does not pass it on to its own non-core neighbours"""
    X = np.array([[0.0], [0.05], [0.1], [0.15], [0.2], [0.45], [0.7]])
    same(labels_of(attempt, X, 0.26, 4), np.array([0, 0, 0, 0, 0, 0, -1]), "dbscan(X, 0.26, 4)",
         help="0.45 is a border point (3 neighbours < 4): only core points grow a cluster, so "
              "0.7, reachable only through 0.45, is noise")


def test_eps_is_inclusive(attempt):
    """a neighbour at distance exactly eps counts (points 0, 1, 2 with eps = 1 are one cluster)"""
    X = np.array([[0.0], [1.0], [2.0]])
    same(labels_of(attempt, X, 1.0, 2), np.array([0, 0, 0]), "dbscan(X, 1.0, 2)",
         help="within eps means distance <= eps")


def test_core_mask_eps_is_inclusive(attempt):
    """core_mask counts a neighbour at distance exactly eps: with points 0, 1, 2, eps = 1 and
    min_samples = 2 every point is a core point"""
    X = np.array([[0.0], [1.0], [2.0]])
    same(core_of(attempt, X, 1.0, 2), sklearn_dbscan(X, 1.0, 2)[1], "core_mask(X, 1.0, 2)",
         help="within eps means distance <= eps, and a point is its own neighbour")


@given(POINTS, EPS, MIN_SAMPLES)
def test_matches_sklearn(attempt, reference, X, eps, min_samples):
    """labels (noise, partition and numbering) and core points match scikit-learn's DBSCAN"""
    labels, core = sklearn_dbscan(X, eps, min_samples)
    same(core_of(attempt, X, eps, min_samples), core, "core_mask(...)",
         help="a core point has at least min_samples points within eps, itself included")
    same(labels_of(attempt, X, eps, min_samples), labels, "dbscan(...)",
         help="only core points extend a cluster; number clusters in the order of their first "
              "core point and grow each completely before starting the next")
    same(labels_of(attempt, X, eps, min_samples), reference.dbscan(X, eps, min_samples),
         "dbscan(...) against the reference")


@given(POINTS, EPS, MIN_SAMPLES)
def test_core_and_noise_properties(attempt, X, eps, min_samples):
    """every core point is clustered; noise points are neither core nor within eps of one"""
    labels = labels_of(attempt, X, eps, min_samples)
    core = core_of(attempt, X, eps, min_samples)
    assert_true(bool(np.all(labels[core] >= 0)), "a core point is labelled noise",
                expected="labels >= 0 for core points", actual=labels)
    D = np.sqrt(((X[:, None] - X[None]) ** 2).sum(-1))
    near_core = (D[:, core] <= eps).any(axis=1)
    noise = labels == -1
    assert_true(not np.any(noise & near_core), "a noise point is within eps of a core point",
                expected="noise points far from every core point", actual=labels)
    if labels.max() >= 0:
        same(np.unique(labels[labels >= 0]), np.arange(labels.max() + 1), "cluster numbers",
             help="number the clusters 0, 1, 2, ... without gaps")


@given(POINTS, EPS, EPS, MIN_SAMPLES, MIN_SAMPLES)
def test_noise_count_is_monotone(attempt, X, eps1, eps2, ms1, ms2):
    """raising eps never adds noise; raising min_samples never removes noise (Q322)"""
    (e1, e2), (m1, m2) = sorted([eps1, eps2]), sorted([ms1, ms2])
    noise = {key: int((labels_of(attempt, X, e, m) == -1).sum())
             for key, (e, m) in {"small eps": (e1, m1), "large eps": (e2, m1),
                                 "large min_samples": (e1, m2)}.items()}
    assert_true(noise["large eps"] <= noise["small eps"], "a larger eps gave more noise points",
                expected=f"<= {noise['small eps']} noise points", actual=noise)
    assert_true(noise["large min_samples"] >= noise["small eps"],
                "a larger min_samples gave fewer noise points",
                expected=f">= {noise['small eps']} noise points", actual=noise)


@given(POINTS, EPS, st.integers(2, 6))
def test_far_points_are_noise(attempt, X, eps, min_samples):
    """points added far away (and far apart) are noise and leave the other labels unchanged (Q323)"""
    before = labels_of(attempt, X, eps, min_samples)
    far = np.zeros((3, X.shape[1]))
    far[:, 0] = [100.0, 200.0, 300.0]
    after = labels_of(attempt, np.vstack([X, far]), eps, min_samples)
    same(after[-3:], np.full(3, -1), "labels of the far points")
    same(after[:-3], before, "labels of the original points after adding far points")


def test_rings_and_moons_favour_dbscan(attempt):
    """DBSCAN separates two rings and two moons (ARI > 0.95) where k-means scores below 0.3 (Q324)"""
    for name, (X, y) in {"rings": make_circles(n_samples=300, factor=0.4, noise=0.05,
                                               random_state=0),
                         "moons": make_moons(n_samples=300, noise=0.05, random_state=0)}.items():
        score = adjusted_rand_score(y, labels_of(attempt, X, 0.2, 5))
        kmeans = adjusted_rand_score(y, KMeans(n_clusters=2, n_init=10, random_state=0)
                                     .fit(X).labels_)
        assert kmeans < 0.3  # the premise, measured on scikit-learn's KMeans
        assert_true(score > 0.95, f"DBSCAN(eps=0.2, min_samples=5) should recover the {name}",
                    expected="ARI > 0.95", actual=score)


def test_blobs_favour_kmeans(attempt):
    """on overlapping isotropic blobs with known k = 3, k-means beats DBSCAN at every eps (Q324)"""
    X, y = make_blobs(n_samples=300, centers=3, cluster_std=2.0, random_state=1)
    kmeans = adjusted_rand_score(y, KMeans(n_clusters=3, n_init=10, random_state=0).fit(X).labels_)
    scores = np.array([adjusted_rand_score(y, labels_of(attempt, X, eps, 5))
                       for eps in np.linspace(0.1, 3.0, 12)])
    assert_true(bool(np.all(scores < kmeans)), "DBSCAN should not beat k-means on these blobs",
                expected=f"every ARI < {kmeans:.3f} (k-means)", actual=scores)
    assert_true(bool(scores.max() > 0.3), "DBSCAN should still find some structure",
                expected="best ARI > 0.3", actual=scores)


def test_varying_density_defeats_every_eps(attempt):
    """with two dense blobs beside two sparse ones, no single eps reaches ARI 0.9 (Q324)"""
    X, y = make_blobs(n_samples=[60, 60, 60, 60], centers=[(0, 0), (1, 0), (8, 8), (14, 8)],
                      cluster_std=[0.15, 0.15, 1.5, 1.5], random_state=0)
    grid = np.linspace(0.1, 3.0, 15)
    scores = np.array([adjusted_rand_score(y, labels_of(attempt, X, eps, 5)) for eps in grid])
    library = np.array([adjusted_rand_score(y, sklearn_dbscan(X, eps, 5)[0]) for eps in grid])
    assert_close(scores, library, **TOL, what="ARI of your labels vs scikit-learn's, per eps")
    assert_true(bool(scores.max() < 0.9), "one eps should not fit both densities",
                expected="every ARI < 0.9", actual=scores)


def test_k_distance_known_answer(attempt):
    """points 0, 1, 3, 7 have sorted 1-distances 1, 1, 2, 4 and 2-distances 2, 3, 3, 6"""
    X = np.array([[0.0], [1.0], [3.0], [7.0]])
    for k, want in ((1, [1.0, 1.0, 2.0, 4.0]), (2, [2.0, 3.0, 3.0, 6.0])):
        got = as_array(attempt.k_distance(X, k), f"k_distance(X, {k})", shape=(4,))
        assert_close(got, np.array(want), **TOL, what=f"k_distance(X, {k})",
                     help="the point itself is not one of its k neighbours; sort the result")
    got = as_array(attempt.k_distance(np.array([[0.0], [0.0], [5.0]]), 1), "k_distance", shape=(3,))
    assert_close(got, np.array([0.0, 0.0, 5.0]), **TOL, what="k_distance with a duplicate point",
                 help="a duplicate of a point is a neighbour at distance 0")


@given(POINTS.filter(lambda X: X.shape[0] >= 2), st.data())
def test_k_distance_matches_nearest_neighbors(attempt, reference, X, data):
    """k_distance equals the sorted k-th neighbour distances of NearestNeighbors(k + 1)"""
    k = data.draw(st.integers(1, X.shape[0] - 1))
    got = as_array(attempt.k_distance(X, k), "k_distance(X, k)", shape=(X.shape[0],))
    dist, _ = NearestNeighbors(n_neighbors=k + 1).fit(X).kneighbors(X)
    assert_close(got, np.sort(dist[:, -1]), **TOL, what="k_distance(X, k)")
    assert_close(got, reference.k_distance(X, k), **TOL, what="k_distance(X, k) against the reference")


def test_min_samples_one_makes_everything_core(attempt):
    """with min_samples = 1 every point is core and nothing is noise"""
    X = np.array([[0.0, 0.0], [0.1, 0.0], [5.0, 5.0]])
    same(core_of(attempt, X, 0.5, 1), np.ones(3, bool), "core_mask(X, 0.5, 1)")
    same(labels_of(attempt, X, 0.5, 1), np.array([0, 0, 1]), "dbscan(X, 0.5, 1)")


def test_bad_input_raises(attempt):
    """eps <= 0, min_samples < 1, a 1-D X and a bad k raise ValueError"""
    X = np.array([[0.0, 0.0], [1.0, 0.0], [3.0, 0.0]])
    with raises("ValueError", "dbscan with eps=0"):
        attempt.dbscan(X, 0.0, 2)
    with raises("ValueError", "dbscan with min_samples=0"):
        attempt.dbscan(X, 1.0, 0)
    with raises("ValueError", "core_mask with eps=-1"):
        attempt.core_mask(X, -1.0, 2)
    with raises("ValueError", "dbscan with a 1-D X"):
        attempt.dbscan(X[:, 0], 1.0, 2)
    with raises("ValueError", "k_distance with k=0"):
        attempt.k_distance(X, 0)
    with raises("ValueError", "k_distance with k=n"):
        attempt.k_distance(X, 3)


def test_no_library_dbscan(attempt_source):
    """the solution implements DBSCAN and the k-distances itself"""
    forbid_calls(attempt_source, {"sklearn.cluster.DBSCAN", "sklearn.cluster.dbscan",
                                  "sklearn.neighbors.NearestNeighbors",
                                  "sklearn.neighbors.radius_neighbors_graph",
                                  "sklearn.neighbors.kneighbors_graph"},
                 "the kata is to find the neighbourhoods and grow the clusters yourself")
