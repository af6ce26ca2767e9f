"""Hidden checks for ch12/kmeans."""

import warnings

import numpy as np
from hypothesis import assume, given
from hypothesis import strategies as st
from kit import as_array, as_float, assert_close, assert_true, forbid_calls, raises
from scipy.optimize import linear_sum_assignment
from scipy.stats import chi2_contingency, chisquare
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.datasets import make_blobs

TOL = {"rtol": 1e-6, "atol": 1e-8}
TWO_PAIRS = np.array([[0.0, 0.0], [0.0, 1.0], [10.0, 0.0], [10.0, 1.0]])


# --- oracles written for the checks ------------------------------------------------------------


def replay_pp(X, k, seed):
    """The statement's k-means++ protocol, replayed draw by draw."""
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    rows = [int(rng.integers(n))]
    for _ in range(1, k):
        d2 = np.min([((X - X[r]) ** 2).sum(axis=1) for r in rows], axis=0)
        rows.append(int(rng.choice(n, p=d2 / d2.sum())))
    return X[rows]


def empties(X, init, max_iter=300):
    """Whether Lloyd's iterations from init ever leave a cluster empty (scikit-learn would then
    relocate the centre, so it is not an oracle for that run)."""
    centers, previous = init.astype(float).copy(), None
    for _ in range(max_iter):
        labels = ((X[:, None, :] - centers[None]) ** 2).sum(-1).argmin(1)
        counts = np.bincount(labels, minlength=len(centers))
        if (counts == 0).any():
            return True
        centers = np.array([X[labels == j].mean(axis=0) for j in range(len(centers))])
        if previous is not None and np.array_equal(labels, previous):
            return False
        previous = labels
    return False


def sklearn_lloyd(X, init, max_iter=300):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ConvergenceWarning when max_iter is small
        return KMeans(n_clusters=len(init), init=init, n_init=1, algorithm="lloyd", tol=0,
                      max_iter=max_iter).fit(X)


def match_clusters(labels, other):
    """Hungarian matching on the contingency table: mapping[j] is the cluster of ``other`` matched
    to cluster j of ``labels`` (maximising the points they share)."""
    k = max(labels.max(), other.max()) + 1
    table = np.zeros((k, k))
    np.add.at(table, (labels, other), 1)
    rows, cols = linear_sum_assignment(-table)
    return cols[np.argsort(rows)]


def blobs(seed, n=60, centers=3, d=2, std=1.5):
    return make_blobs(n_samples=n, centers=centers, n_features=d, cluster_std=std,
                      random_state=seed)


# --- calling the attempt -------------------------------------------------------------------------


def run(attempt, X, init, max_iter=300, fn="kmeans", *args):
    """Call kmeans (or best_of_n_init) and check the result's types and shapes."""
    result = attempt.kmeans(X, init, max_iter) if fn == "kmeans" else attempt.best_of_n_init(X, *args)
    k = init.shape[0] if fn == "kmeans" else args[0]
    assert_true(type(result) is tuple and len(result) == 4, f"{fn}(...) must return a tuple "
                "(centers, labels, inertia, history)", expected="tuple of length 4",
                actual=type(result).__name__)
    centers, labels, inertia, history = result
    centers = as_array(centers, "centers", shape=(k, X.shape[1]))
    labels = as_array(labels, "labels", shape=(X.shape[0],), kind="iu")
    assert_true(type(history) is list and all(isinstance(h, float) for h in history),
                "history must be a list of Python floats", expected="list of float",
                actual=history)
    return centers, labels, as_float(inertia, "inertia"), history


def pp(attempt, X, k, seed):
    return as_array(attempt.kmeans_pp_init(X, k, seed), "kmeans_pp_init(...)", shape=(k, X.shape[1]))


@st.composite
def lloyd_problems(draw, max_iters=(300,)):
    """(X, init, max_iter): seeded blobs and k distinct rows of X as the start."""
    seed = draw(st.integers(0, 2**16))
    X, _ = blobs(seed, n=draw(st.integers(8, 60)), centers=draw(st.integers(1, 5)),
                 d=draw(st.integers(1, 3)), std=draw(st.sampled_from([0.5, 1.5, 3.0])))
    k = draw(st.integers(1, 6))
    rows = np.random.default_rng(seed).choice(X.shape[0], size=k, replace=False)
    return X, X[rows], draw(st.sampled_from(max_iters))


# --- Lloyd's iterations --------------------------------------------------------------------------


def test_known_answer(attempt):
    """two pairs of points started at (0, 0) and (10, 0) end at centres (0, 0.5) and (10, 0.5)"""
    centers, labels, inertia, history = run(attempt, TWO_PAIRS, TWO_PAIRS[[0, 2]])
    assert_close(centers, np.array([[0.0, 0.5], [10.0, 0.5]]), **TOL, what="centers",
                 help="each centre moves to the mean of the points assigned to it")
    assert_true(bool(np.array_equal(labels, [0, 0, 1, 1])), "labels are wrong",
                expected=np.array([0, 0, 1, 1]), actual=labels)
    assert_close(inertia, 1.0, **TOL, what="inertia", help="sum the squared distances")
    assert_close(np.array(history), np.array([1.0, 1.0]), **TOL, what="history",
                 help="one entry per iteration; the iteration whose labels repeat the previous "
                      "ones is recorded too, then the loop stops")


@given(lloyd_problems(max_iters=(1, 2, 3, 300)))
def test_matches_sklearn_lloyd(attempt, reference, problem):
    """from the same initial centres, labels, centres, inertia and iteration count match
    scikit-learn's KMeans(algorithm='lloyd', n_init=1, tol=0)"""
    X, init, max_iter = problem
    assume(not empties(X, init, max_iter))  # decided on the checks' own replay, not the attempt
    centers, labels, inertia, history = run(attempt, X, init, max_iter)
    model = sklearn_lloyd(X, init, max_iter)
    assert_true(bool(np.array_equal(labels, model.labels_)), "labels differ from scikit-learn's",
                expected=model.labels_, actual=labels,
                help="assign to the nearest centre (argmin of squared distances), and after "
                     "max_iter iterations assign once more to the final centres")
    assert_close(centers, model.cluster_centers_, **TOL, what="centers")
    assert_close(inertia, float(model.inertia_), **TOL, what="inertia")
    assert_true(len(history) == model.n_iter_, "wrong number of iterations in history",
                expected=model.n_iter_, actual=len(history),
                help="stop after the first iteration whose labels equal the previous "
                     "iteration's (that iteration is recorded), or after max_iter")
    expected = reference.kmeans(X, init, max_iter)
    assert_close(np.array(history), np.array(expected[3]), **TOL, what="history")


def test_integer_starting_centres(attempt):
    """integer starting centres give scikit-learn's result too: centres are means, not rounded"""
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [9.0, 9.0], [9.0, 10.0], [10.0, 10.0]])
    init = np.array([[0, 0], [10, 10]])
    centers, labels, _, _ = run(attempt, X, init)
    model = sklearn_lloyd(X, init.astype(float))
    assert_close(centers, model.cluster_centers_, **TOL, what="centers from integer starts",
                 help="copy the starting centres as floats: an integer array rounds every mean")
    assert_true(bool(np.array_equal(labels, model.labels_)), "labels differ from scikit-learn's",
                expected=model.labels_, actual=labels)


@given(lloyd_problems(max_iters=(2, 5, 300)))
def test_inertia_never_increases(attempt, problem):
    """the inertia history never increases, and has at most max_iter entries"""
    X, init, max_iter = problem
    _, _, inertia, history = run(attempt, X, init, max_iter)
    h = np.array(history)
    assert_true(1 <= len(h) <= max_iter, "history has the wrong length",
                expected=f"between 1 and {max_iter}", actual=len(h))
    rises = h[1:] > h[:-1] * (1 + 1e-12) + 1e-12
    assert_true(not rises.any(), "the inertia increased between iterations",
                expected="non-increasing history", actual=h,
                help="record the inertia after the update step, with that iteration's labels")
    assert_true(inertia <= h[-1] * (1 + 1e-12) + 1e-12, "the final inertia exceeds the last "
                "history entry", expected=f"<= {h[-1]}", actual=inertia)


@given(lloyd_problems())
def test_result_is_a_fixed_point(attempt, problem):
    """at convergence each point is with its nearest centre and each centre is its points' mean"""
    X, init, _ = problem
    centers, labels, inertia, _ = run(attempt, X, init)
    nearest = ((X[:, None, :] - centers[None]) ** 2).sum(-1).argmin(1)
    assert_true(bool(np.array_equal(labels, nearest)), "a point is not with its nearest centre",
                expected=nearest, actual=labels)
    for j in np.unique(labels):
        assert_close(centers[j], X[labels == j].mean(axis=0), **TOL, what=f"centre {j}",
                     help="a non-empty cluster's centre is the mean of its points")
    assert_close(inertia, float(((X - centers[labels]) ** 2).sum()), **TOL, what="inertia")


def test_empty_cluster_keeps_its_centre(attempt):
    """a centre that wins no point stays where it is (start: centres 0.5, 10.5 and 100)"""
    X = np.array([[0.0], [1.0], [10.0], [11.0]])
    centers, labels, inertia, history = run(attempt, X, np.array([[0.5], [10.5], [100.0]]))
    assert_close(centers, np.array([[0.5], [10.5], [100.0]]), **TOL, what="centers",
                 help="a cluster with no points must keep its previous centre (no 0 / 0)")
    assert_true(bool(np.array_equal(labels, [0, 0, 1, 1])), "labels are wrong",
                expected=np.array([0, 0, 1, 1]), actual=labels)
    assert_close(np.array(history), np.array([1.0, 1.0]), **TOL, what="history")
    assert_close(inertia, 1.0, **TOL, what="inertia")


def test_cluster_emptied_during_the_run(attempt):
    """a cluster that loses all its points in the second iteration keeps its last centre (17)"""
    X = np.array([[11.0], [24.0], [12.0], [27.0], [22.0], [28.0]])
    centers, labels, inertia, history = run(attempt, X, np.array([[17.25], [6.25], [29.25]]))
    assert_close(centers, np.array([[17.0], [11.5], [25.25]]), **TOL, what="centers",
                 help="cluster 0 has points 12 and 22 after iteration 1 (centre 17), then none")
    assert_true(bool(np.array_equal(labels, [1, 2, 1, 2, 2, 2])), "labels are wrong",
                expected=np.array([1, 2, 1, 2, 2, 2]), actual=labels)
    assert_close(np.array(history), np.array([176 / 3, 23.25, 23.25]), **TOL, what="history")
    assert_close(inertia, 23.25, **TOL, what="inertia")


def test_one_cluster_and_n_clusters(attempt):
    """k = 1 gives the mean of all points; k = n gives every point its own centre and inertia 0,
    also for a single point"""
    X, _ = blobs(5, n=12)
    centers, labels, inertia, _ = run(attempt, X, X[:1])
    assert_close(centers, X.mean(axis=0, keepdims=True), **TOL, what="the single centre")
    assert_close(inertia, float(((X - X.mean(axis=0)) ** 2).sum()), **TOL, what="inertia")
    centers, labels, inertia, _ = run(attempt, X, X[::-1].copy())
    assert_close(centers, X[::-1].copy(), **TOL, what="centers with k = n")
    assert_true(bool(np.array_equal(labels, np.arange(12)[::-1])), "with k = n each point is its "
                "own cluster", expected=np.arange(12)[::-1], actual=labels)
    assert_close(inertia, 0.0, **TOL, what="inertia with k = n")
    X1 = np.array([[2.0, -1.0]])
    centers, labels, inertia, _ = run(attempt, X1, X1.copy())
    assert_close(centers, X1, **TOL, what="the centre of a single point",
                 help="a single point (n = 1) is valid input")


def test_outlier_drags_its_centre(attempt):
    """one far outlier pulls the centre of the cluster it joins by more than 2 units (Q316)"""
    X, y = blobs(7, n=150, std=1.0)
    start = np.array([X[y == j].mean(axis=0) for j in range(3)])
    clean = run(attempt, X, start)[0]
    Xo = np.vstack([X, [[200.0, 200.0]]])
    dragged, labels, _, _ = run(attempt, Xo, start)
    shift = np.linalg.norm(dragged - clean, axis=1)
    joined = labels[-1]
    assert_true(bool(shift[joined] > 2.0), "the outlier should drag its cluster's centre",
                expected="shift > 2", actual=shift)
    assert_close(dragged, sklearn_lloyd(Xo, start).cluster_centers_, **TOL,
                 what="centres with the outlier")


# --- k-means++ --------------------------------------------------------------------------------


@given(st.integers(0, 2**16), st.integers(1, 6), st.integers(6, 40), st.integers(1, 3))
def test_kmeans_pp_follows_the_protocol(attempt, reference, seed, k, n, d):
    """kmeans_pp_init picks exactly the rows of the stated rng protocol"""
    X, _ = blobs(seed, n=n, d=d)
    got = pp(attempt, X, k, seed)
    assert_close(got, replay_pp(X, k, seed), rtol=0, atol=0, what="kmeans_pp_init(X, k, seed)",
                 help="rng = np.random.default_rng(seed); first row rng.integers(n); then each "
                      "row rng.choice(n, p=d2 / d2.sum()) with d2 the squared distance to the "
                      "nearest chosen centre")
    assert_close(got, reference.kmeans_pp_init(X, k, seed), rtol=0, atol=0,
                 what="kmeans_pp_init(...) against the reference")


def test_kmeans_pp_rows_are_distinct(attempt):
    """with repeated points, k-means++ still returns k distinct rows"""
    X = np.repeat(np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 3.0], [5.0, 5.0]]), 3, axis=0)
    for seed in range(20):
        rows = pp(attempt, X, 4, seed)
        assert_true(len(np.unique(rows, axis=0)) == 4, "k-means++ chose the same point twice",
                    expected="4 distinct rows", actual=rows,
                    help="a point already chosen has squared distance 0, so probability 0")
    X = np.array([[0.0], [1.0]])  # after the first pick the squared distances sum to exactly 1
    for seed in range(6):
        rows = pp(attempt, X, 2, seed)
        assert_true(sorted(rows.ravel().tolist()) == [0.0, 1.0], "k-means++ chose the same point "
                    "twice", expected="rows 0 and 1", actual=rows,
                    help="draw in proportion to D^2 whenever its sum is positive")


def test_kmeans_pp_second_centre_follows_d2(attempt):
    """over 200 seeds, the second centre is drawn with probability proportional to its squared
    distance (chi-square test, and the same distribution as scikit-learn's kmeans_plusplus)"""
    X = np.array([[0.0], [1.0], [3.0], [7.0]])
    pairs = np.zeros((4, 4))
    for seed in range(200):
        i, j = (int(np.flatnonzero(X[:, 0] == v)[0]) for v in pp(attempt, X, 2, seed)[:, 0])
        pairs[i, j] += 1
    d2 = (X - X.T) ** 2
    expected = d2 / d2.sum(axis=1, keepdims=True) * pairs.sum(axis=1, keepdims=True)
    mask = expected > 0
    p_theory = chisquare(pairs[mask], expected[mask]).pvalue
    assert_true(p_theory > 1e-3, "the second centre does not follow the D^2 distribution",
                expected="chi-square p-value > 1e-3", actual={"counts": pairs, "p": p_theory},
                help="weight by squared distance (not distance, not uniform)")
    library = np.zeros((4, 4))
    for seed in range(80):
        _, idx = kmeans_plusplus(X, 2, random_state=seed, n_local_trials=1)
        library[idx[0], idx[1]] += 1
    seen = mask & ((pairs + library) > 0)  # rare pairs never drawn by either side carry no test
    p_library = chi2_contingency(np.vstack([pairs[seen], library[seen]])).pvalue
    assert_true(p_library > 1e-3, "the (first, second) centre frequencies differ from "
                "scikit-learn's kmeans_plusplus(n_local_trials=1)",
                expected="homogeneity p-value > 1e-3",
                actual={"yours": pairs, "scikit-learn": library, "p": p_library})


# --- restarts ---------------------------------------------------------------------------------


def test_two_starts_reach_different_optima(attempt):
    """two starts on the same four points converge to inertias 1 and 100; best_of_n_init keeps
    the lower (Q318)"""
    good = run(attempt, TWO_PAIRS, np.array([[0.0, 0.5], [10.0, 0.5]]))[2]
    bad = run(attempt, TWO_PAIRS, np.array([[5.0, 0.0], [5.0, 1.0]]))[2]
    assert_close(np.array([good, bad]), np.array([1.0, 100.0]), **TOL,
                 what="inertias from the two starts")
    singles = [run(attempt, TWO_PAIRS, None, 300, "best", 2, 1, seed, "random")[2]
               for seed in range(6)]
    starts = [TWO_PAIRS[np.random.default_rng(seed).choice(4, size=2, replace=False)]
              for seed in range(6)]
    expected = np.array([sklearn_lloyd(TWO_PAIRS, s).inertia_ for s in starts])
    assert {1.0, 100.0} <= set(np.round(expected, 9))  # seeds 0..5 reach both optima
    assert_close(np.array(singles), expected, **TOL,
                 what="inertias of best_of_n_init(X, 2, 1, seed, 'random') for seeds 0..5",
                 help="run r uses rng = np.random.default_rng(seed + r) and the start "
                      "X[rng.choice(n, size=k, replace=False)]")
    best = run(attempt, TWO_PAIRS, None, 300, "best", 2, 6, 0, "random")[2]
    assert_close(best, 1.0, **TOL, what="best_of_n_init(X, 2, 6, 0, 'random') inertia",
                 help="keep the run with the lowest final inertia")


def test_best_of_n_init_returns_the_best_run(attempt):
    """best_of_n_init returns the lowest-inertia run of seeds seed, seed + 1, ... (Q317)"""
    X, _ = blobs(4, n=200, centers=8, std=1.5)
    starts = [replay_pp(X, 8, 10 + r) for r in range(6)]
    assert not any(empties(X, s) for s in starts)
    models = [sklearn_lloyd(X, s) for s in starts]
    inertias = [m.inertia_ for m in models]
    assert len(set(np.round(inertias, 6))) > 1  # the runs really differ (Q318)
    best = models[int(np.argmin(inertias))]
    centers, labels, inertia, _ = run(attempt, X, None, 300, "best", 8, 6, 10)
    assert_close(inertia, float(best.inertia_), **TOL, what="inertia of the best run",
                 help="seed the runs with seed, seed + 1, ... (a fresh default_rng per run) and "
                      "keep the lowest final inertia")
    assert_close(centers, best.cluster_centers_, **TOL, what="centres of the best run")
    assert_true(bool(np.array_equal(labels, best.labels_)), "labels of the best run differ",
                expected=best.labels_, actual=labels)


def test_best_of_n_init_default_seed(attempt):
    """without seed, best_of_n_init seeds its runs with 0, 1, 2, ..."""
    X, _ = blobs(4, n=200, centers=8, std=1.5)
    models = [sklearn_lloyd(X, replay_pp(X, 8, r)) for r in range(6)]
    inertias = [m.inertia_ for m in models]
    best = models[int(np.argmin(inertias))]
    centers, labels, inertia, _ = run(attempt, X, None, 300, "best", 8, 6)
    assert_close(inertia, float(best.inertia_), **TOL, what="inertia of the best run",
                 help="seed defaults to 0: run r uses np.random.default_rng(0 + r)")
    assert_close(centers, best.cluster_centers_, **TOL, what="centres of the best run")


def test_best_of_n_init_random_starts_and_ties(attempt):
    """init='random' starts run r from X[default_rng(seed + r).choice(n, size=k, replace=False)];
    of equally good runs the first is kept (here every run reaches inertia exactly 1.0)"""
    X = np.array([[0.0, 0.0], [0.0, 1.0], [10.0, 0.0], [10.0, 1.0]])
    for seed in (0, 3, 7):
        starts = [X[np.random.default_rng(seed + r).choice(4, size=2, replace=False)] for r in range(5)]
        models = [sklearn_lloyd(X, start) for start in starts]
        best = models[int(np.argmin([m.inertia_ for m in models]))]
        centers, labels, _, _ = run(attempt, X, None, 300, "best", 2, 5, seed, "random")
        assert_true(bool(np.array_equal(labels, best.labels_)), f"best_of_n_init(X, 2, 5, {seed}, "
                    "'random') did not keep the first of the best runs", expected=best.labels_,
                    actual=labels, help="draw k distinct rows (replace=False) and replace the best "
                    "run only by a strictly lower inertia")
        assert_close(centers, best.cluster_centers_, **TOL, what="centres of the first best run")


def test_kmeans_pp_beats_random_starts(attempt):
    """averaged over 20 seeds, k-means++ starts end with lower inertia than random rows on
    anisotropic blobs (Q317)"""
    X, _ = make_blobs(n_samples=300, centers=5, random_state=170)
    X = X @ np.array([[0.6, -0.6], [-0.4, 0.8]])
    mean = {init: np.mean([run(attempt, X, None, 300, "best", 5, 1, s, init)[2]
                           for s in range(20)]) for init in ("k-means++", "random")}
    assert_true(mean["k-means++"] < mean["random"], "k-means++ should beat random starts",
                expected="mean k-means++ inertia < mean random inertia", actual=mean)


def test_recovers_blobs_up_to_relabelling(attempt):
    """on well-separated blobs the best of 5 runs is the true partition and matches scikit-learn's
    KMeans(n_init=10) after Hungarian matching of cluster numbers"""
    X, y = blobs(12, n=120, centers=4, std=0.8)
    centers, labels, _, _ = run(attempt, X, None, 300, "best", 4, 5, 0)
    to_true = match_clusters(labels, y)
    assert_true(bool(np.array_equal(to_true[labels], y)), "the clustering is not the true "
                "partition (cluster numbers matched by the Hungarian rule)", expected=y,
                actual=labels)
    model = KMeans(n_clusters=4, n_init=10, random_state=0).fit(X)
    to_library = match_clusters(labels, model.labels_)
    assert_true(bool(np.array_equal(to_library[labels], model.labels_)), "the partition differs "
                "from scikit-learn's", expected=model.labels_, actual=labels)
    assert_close(centers, model.cluster_centers_[to_library], **TOL,
                 what="centres matched to scikit-learn's")


# --- contract -----------------------------------------------------------------------------------


def test_bad_input_raises(attempt):
    """bad k, a badly shaped start, max_iter < 1, n_init < 1 and too few distinct rows raise
    ValueError"""
    X, _ = blobs(1, n=10)
    with raises("ValueError", "kmeans with a 3-column start for 2-column X"):
        attempt.kmeans(X, np.zeros((2, 3)))
    with raises("ValueError", "kmeans with a 1-D start"):
        attempt.kmeans(X, X[0])
    with raises("ValueError", "kmeans with 11 starting centres for 10 points"):
        attempt.kmeans(X, np.vstack([X, X[:1]]))
    with raises("ValueError", "kmeans with max_iter=0"):
        attempt.kmeans(X, X[:2], 0)
    with raises("ValueError", "kmeans with a 1-D X"):
        attempt.kmeans(X[:, 0], X[:2])
    with raises("ValueError", "kmeans_pp_init with k=0"):
        attempt.kmeans_pp_init(X, 0, 0)
    with raises("ValueError", "kmeans_pp_init with k=11 > n"):
        attempt.kmeans_pp_init(X, 11, 0)
    with raises("ValueError", "kmeans_pp_init with k=3 and only 2 distinct rows"):
        attempt.kmeans_pp_init(np.repeat(X[:2], 3, axis=0), 3, 0)
    with raises("ValueError", "best_of_n_init with n_init=0"):
        attempt.best_of_n_init(X, 2, 0)
    with raises("ValueError", "best_of_n_init with k=0"):
        attempt.best_of_n_init(X, 0, 2)
    with raises("ValueError", "best_of_n_init with init='forgy'"):
        attempt.best_of_n_init(X, 2, 2, 0, "forgy")


def test_no_library_kmeans(attempt_source):
    """the solution implements k-means itself instead of calling scikit-learn's"""
    forbid_calls(attempt_source, {"sklearn.cluster.KMeans", "sklearn.cluster.k_means",
                                  "sklearn.cluster.kmeans_plusplus", "sklearn.cluster.MiniBatchKMeans"},
                 "the kata is to write Lloyd's iterations and the k-means++ draws yourself")
