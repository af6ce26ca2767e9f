"""Hidden checks for ch12/soft_clustering."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import SOLVER, as_array, assert_close, assert_true, raises
from kit.strategies import log_uniform
from sklearn.datasets import make_blobs
from sklearn.mixture import GaussianMixture

ENTRIES = st.floats(-10, 10, allow_nan=False).map(lambda x: round(x, 3))


@st.composite
def problems(draw, away_from_centres=False):
    """(X, centers) with entries in [-10, 10] rounded to 3 decimals."""
    d = draw(st.integers(1, 3))
    X = draw(hnp.arrays(np.float64, (draw(st.integers(1, 10)), d), elements=ENTRIES))
    centers = draw(hnp.arrays(np.float64, (draw(st.integers(1, 4)), d), elements=ENTRIES))
    if away_from_centres:
        X = X[squared(X, centers).min(axis=1) > 1e-4]
        if X.shape[0] == 0:
            X = centers[:1] + 1.0
    return X, centers


def squared(X, centers):
    return ((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=-1)


def gmm_proba(X, centers, sigma2):
    """scikit-learn's posterior for equal weights and a shared spherical variance."""
    k = centers.shape[0]
    gmm = GaussianMixture(n_components=k, covariance_type="spherical")
    gmm.weights_ = np.full(k, 1.0 / k)
    gmm.means_ = centers
    gmm.covariances_ = np.full(k, sigma2)
    gmm.precisions_cholesky_ = 1.0 / np.sqrt(gmm.covariances_)
    return gmm.predict_proba(X)


def fuzzy_formula(X, centers, m):
    """The fuzzy c-means formula, written as in the statement (points away from the centres)."""
    dist = np.sqrt(squared(X, centers))
    ratios = (dist[:, :, None] / dist[:, None, :]) ** (2.0 / (m - 1.0))
    return 1.0 / ratios.sum(axis=2)


def memberships(attempt, fn, X, centers, *args):
    return as_array(getattr(attempt, fn)(X, centers, *args), f"{fn}(...)",
                    shape=(X.shape[0], centers.shape[0]))


def labels_of(attempt, U):
    return as_array(attempt.harden(U), "harden(U)", shape=(U.shape[0],), kind="iu")


def clear_blobs():
    """Points whose nearest centre is clear (squared-distance gap > 0.01)."""
    X, _ = make_blobs(n_samples=60, centers=4, cluster_std=2.0, random_state=3)
    centers = np.array([[-5.0, 0.0], [0.0, 5.0], [5.0, 0.0], [0.0, -5.0]])
    d2 = np.sort(squared(X, centers), axis=1)
    return X[d2[:, 1] - d2[:, 0] > 0.01], centers


def test_soft_assign_known_answer(attempt):
    """x = 0 with centres -1, 1, 2 and sigma2 = 0.5 has weights proportional to e^-1, e^-1, e^-4"""
    X, centers = np.array([[0.0]]), np.array([[-1.0], [1.0], [2.0]])
    w = np.exp([-1.0, -1.0, -4.0])
    assert_close(memberships(attempt, "soft_assign", X, centers, 0.5), (w / w.sum())[None, :],
                 **SOLVER, what="soft_assign(...)",
                 help="the exponent is -||x - c||^2 / (2 sigma2); normalise each row to sum 1")


def test_fuzzy_known_answer(attempt):
    """x = 0 with centres -1 and 3 has fuzzy memberships 0.9 and 0.1 at m = 2"""
    U = memberships(attempt, "fuzzy_memberships", np.array([[0.0]]), np.array([[-1.0], [3.0]]), 2.0)
    assert_close(U, np.array([[0.9, 0.1]]), **SOLVER, what="fuzzy_memberships(..., m=2)",
                 help="U[i, j] is proportional to ||x - c_j||^(-2 / (m - 1))")


def test_fuzzy_m_defaults_to_2(attempt):
    """without m, fuzzy_memberships uses the fuzzifier m = 2"""
    X, centers = np.array([[0.0], [0.5]]), np.array([[-1.0], [3.0]])
    assert_close(memberships(attempt, "fuzzy_memberships", X, centers), fuzzy_formula(X, centers, 2.0),
                 **SOLVER, what="fuzzy_memberships(X, centers)", help="m defaults to 2.0")


def test_fuzzifier_close_to_one_stays_finite(attempt):
    """with m = 1.001 (exponent -1000) the memberships are finite and nearly hard, also when
    another point sits on a centre: scale the distances before raising them to the power"""
    X, centers = np.array([[0.0], [0.3], [5.0], [9.9]]), np.array([[0.0], [10.0]])
    U = memberships(attempt, "fuzzy_memberships", X, centers, 1.001)
    expected = np.vstack([[1.0, 0.0], fuzzy_formula(X[1:], centers, 1.001)])
    assert_close(U, expected, **SOLVER, what="fuzzy_memberships(..., m=1.001)",
                 help="divide each row's squared distances by its smallest one before the power: "
                      "0.09 ** -1000 overflows, (0.09 / 0.09) ** -1000 does not")


@given(problems(), log_uniform(1e-2, 1e3))
def test_soft_assign_matches_gaussian_mixture(attempt, reference, problem, sigma2):
    """soft_assign equals GaussianMixture.predict_proba with equal weights and variance sigma2"""
    X, centers = problem
    R = memberships(attempt, "soft_assign", X, centers, sigma2)
    assert_close(R, gmm_proba(X, centers, sigma2), **SOLVER, what="soft_assign(...)",
                 help="subtract each row's largest exponent before np.exp (log-sum-exp)")
    assert_close(R, reference.soft_assign(X, centers, sigma2), **SOLVER,
                 what="soft_assign(...) against the reference")


@given(problems(away_from_centres=True), st.floats(1.1, 4.0))
def test_fuzzy_matches_the_formula(attempt, reference, problem, m):
    """fuzzy memberships follow the fuzzy c-means formula"""
    X, centers = problem
    U = memberships(attempt, "fuzzy_memberships", X, centers, m)
    assert_close(U, fuzzy_formula(X, centers, m), **SOLVER, what=f"fuzzy_memberships(..., m={m})",
                 help="the exponent is 2 / (m - 1) on distances (1 / (m - 1) on squared distances)")
    assert_close(U, reference.fuzzy_memberships(X, centers, m), **SOLVER,
                 what="fuzzy_memberships(...) against the reference")


@given(problems(), log_uniform(1e-6, 1e6), st.floats(1.05, 5.0))
def test_rows_are_distributions(attempt, problem, sigma2, m):
    """every membership row lies in [0, 1] and sums to 1"""
    X, centers = problem
    for fn, arg in (("soft_assign", sigma2), ("fuzzy_memberships", m)):
        U = memberships(attempt, fn, X, centers, arg)
        assert_true(bool(np.all(np.isfinite(U)) and np.all((U >= 0) & (U <= 1 + 1e-12))),
                    f"{fn} has entries outside [0, 1]", expected="finite entries in [0, 1]",
                    actual=U, help="normalise each row (axis=1), after stabilising the exponents")
        assert_close(U.sum(axis=1), np.ones(X.shape[0]), **SOLVER, what=f"row sums of {fn}(...)",
                     help="normalise over the clusters of each point: axis=1")


def test_tiny_variance_is_hard_and_huge_variance_uniform(attempt):
    """sigma2 = 1e-6 gives one-hot nearest-centre rows; sigma2 = 1e12 gives uniform rows"""
    X, centers = clear_blobs()
    nearest = squared(X, centers).argmin(axis=1)
    assert_close(memberships(attempt, "soft_assign", X, centers, 1e-6), np.eye(4)[nearest],
                 **SOLVER, what="soft_assign(..., sigma2=1e-6)",
                 help="without log-sum-exp every weight underflows to 0 and the row is 0 / 0")
    assert_close(memberships(attempt, "soft_assign", X, centers, 1e12), np.full((len(X), 4), 0.25),
                 **SOLVER, what="soft_assign(..., sigma2=1e12)")


def test_harden_one_cluster(attempt):
    """with a single cluster (one column of memberships) every point gets label 0"""
    got = labels_of(attempt, np.ones((3, 1)))
    assert_true(bool(np.array_equal(got, np.zeros(3, dtype=int))), "harden of a one-column U is wrong",
                expected=np.zeros(3, dtype=int), actual=got, help="k = 1 is a valid number of clusters")


def test_harden_gives_nearest_centres(attempt):
    """harden of soft or fuzzy memberships gives each point its nearest centre"""
    X, centers = clear_blobs()
    nearest = squared(X, centers).argmin(axis=1)
    for fn, arg in (("soft_assign", 3.0), ("fuzzy_memberships", 2.0)):
        got = labels_of(attempt, memberships(attempt, fn, X, centers, arg))
        assert_true(bool(np.array_equal(got, nearest)), f"harden({fn}(...)) is not the nearest centre",
                    expected=nearest, actual=got, help="take the argmax over each row (axis=1)")


def test_harden_breaks_ties_to_the_first(attempt):
    """harden picks the first of tied largest entries"""
    U = np.array([[0.2, 0.4, 0.4], [0.5, 0.5, 0.0], [0.1, 0.1, 0.8]])
    got = labels_of(attempt, U)
    assert_true(bool(np.array_equal(got, [1, 0, 2])), "harden(U) is wrong",
                expected=np.array([1, 0, 2]), actual=got)


def test_equidistant_point_gets_equal_weights(attempt):
    """a point equally far from two centres gets the same weight from both"""
    centers = np.array([[-1.0, 0.0], [1.0, 0.0], [0.0, 6.0]])
    X = np.array([[0.0, y] for y in (-3.0, 0.0, 0.5, 2.0)])
    for fn, arg in (("soft_assign", 0.7), ("fuzzy_memberships", 1.5)):
        U = memberships(attempt, fn, X, centers, arg)
        assert_close(U[:, 0].copy(), U[:, 1].copy(), **SOLVER,
                     what=f"{fn}: weights of the two equidistant centres")


def test_point_on_a_centre(attempt):
    """a point on a centre has fuzzy membership 1 there; on two coinciding centres, 1/2 each"""
    centers = np.array([[0.0, 0.0], [4.0, 0.0], [4.0, 0.0]])
    U = memberships(attempt, "fuzzy_memberships", np.array([[0.0, 0.0], [4.0, 0.0]]), centers)
    assert_close(U, np.array([[1.0, 0.0, 0.0], [0.0, 0.5, 0.5]]), **SOLVER,
                 what="fuzzy_memberships at the centres",
                 help="a zero distance makes 1 / 0: handle points that sit on centres first")


def test_single_cluster(attempt):
    """with one centre every membership is 1"""
    X, centers = np.array([[1.0, 2.0], [3.0, -1.0]]), np.array([[0.0, 0.0]])
    for fn, arg in (("soft_assign", 1.0), ("fuzzy_memberships", 2.0)):
        assert_close(memberships(attempt, fn, X, centers, arg), np.ones((2, 1)), **SOLVER,
                     what=f"{fn} with one centre")


def test_bad_input_raises(attempt):
    """sigma2 <= 0, m <= 1, mismatched columns and a 1-D U raise ValueError"""
    X, centers = np.ones((3, 2)), np.zeros((2, 2))
    with raises("ValueError", "soft_assign with sigma2=0"):
        attempt.soft_assign(X, centers, 0.0)
    with raises("ValueError", "soft_assign with sigma2=-1"):
        attempt.soft_assign(X, centers, -1.0)
    with raises("ValueError", "fuzzy_memberships with m=1"):
        attempt.fuzzy_memberships(X, centers, 1.0)
    with raises("ValueError", "soft_assign with 2-column X and 3-column centers"):
        attempt.soft_assign(X, np.zeros((2, 3)), 1.0)
    with raises("ValueError", "fuzzy_memberships with a 1-D X"):
        attempt.fuzzy_memberships(X[:, 0], centers, 2.0)
    with raises("ValueError", "harden with a 1-D U"):
        attempt.harden(np.array([0.3, 0.7]))
