"""Hidden checks for ch08/lasso_stability."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, assert_close, assert_true, raises
from kit.strategies import log_uniform
from sklearn.linear_model import Lasso
from sklearn.utils import resample

EXACT = {"rtol": 0.0, "atol": 1e-12}
LASSO = {"tol": 1e-8, "max_iter": 100_000}


def frequencies(attempt, X, y, alpha, n_boot=50, seed=0):
    """Call the attempt and check the result's type, shape and range."""
    freq = as_array(attempt.selection_frequency(X, y, alpha, n_boot, seed),
                    "selection_frequency(...)", shape=(X.shape[1],), kind="f")
    assert_true(bool(np.all((freq >= 0) & (freq <= 1))), "frequencies must lie in [0, 1]",
                expected="values in [0, 1]", actual=freq,
                help="divide the selection counts by n_boot")
    return freq


def path(attempt, X, y, alphas):
    return as_array(attempt.support_path(X, y, alphas), "support_path(...)",
                    shape=(len(alphas), X.shape[1]), kind="b")


def oracle_frequencies(X, y, alpha, n_boot, seed):
    """The oracle (D8.9): scikit-learn's Lasso on sklearn.utils.resample(..., random_state=seed+b)."""
    counts = np.zeros(X.shape[1])
    for b in range(n_boot):
        Xb, yb = resample(X, y, random_state=seed + b)
        counts += Lasso(alpha=alpha, **LASSO).fit(Xb, yb).coef_ != 0
    return counts / n_boot


def sparse_problem(seed, n=200):
    """3 relevant features (coefficients 2, -1.5, 1) and 7 irrelevant ones, unit noise."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, 10))
    coef = np.array([2.0, -1.5, 1.0, 0, 0, 0, 0, 0, 0, 0])
    return X, X @ coef + 0.5 + rng.standard_normal(n)


def twin_problem(seed, n=200):
    """Columns 0 and 1 nearly identical (x1 + 0.02 noise), both carrying the signal of x1."""
    rng = np.random.default_rng(seed)
    x1 = rng.standard_normal(n)
    X = np.column_stack([x1, x1 + 0.02 * rng.standard_normal(n), rng.standard_normal((n, 4))])
    return X, 1.5 * x1 + X[:, 2] + rng.standard_normal(n)


def orthonormal_problem(seed, n=40, d=6):
    """Centred columns with X^T X / n = I, where the lasso is soft-thresholding of X^T y / n."""
    rng = np.random.default_rng(seed)
    A = rng.standard_normal((n, d))
    Q, _ = np.linalg.qr(A - A.mean(axis=0))
    X = np.sqrt(n) * Q
    y = X @ np.array([1.5, -1.0, 0.6, 0.3, -0.15, 0.05]) + 0.1 * rng.standard_normal(n)
    return X, y


def test_seed_defaults_to_0(attempt):
    """without seed, the bootstrap samples are those of seed = 0"""
    X, y = sparse_problem(seed=61, n=60)
    freq = as_array(attempt.selection_frequency(X, y, 0.2, 20), "selection_frequency(X, y, 0.2, 20)",
                    shape=(X.shape[1],), kind="f")
    assert_close(freq, oracle_frequencies(X, y, 0.2, 20, 0), **EXACT,
                 what="selection_frequency(X, y, 0.2, n_boot=20)", help="seed defaults to 0")


def test_n_boot_defaults_to_50(attempt):
    """without n_boot and seed, the frequencies are those of 50 bootstrap samples from seed 0"""
    X, y = sparse_problem(seed=61, n=60)
    freq = as_array(attempt.selection_frequency(X, y, 0.2), "selection_frequency(X, y, 0.2)",
                    shape=(X.shape[1],), kind="f")
    assert_close(freq, oracle_frequencies(X, y, 0.2, 50, 0), **EXACT,
                 what="selection_frequency(X, y, 0.2)", help="n_boot defaults to 50, seed to 0")

def test_known_frequencies(attempt):
    """on seeded data the frequencies equal those of scikit-learn's Lasso on the documented
    bootstrap samples"""
    X, y = sparse_problem(seed=61, n=60)
    freq = frequencies(attempt, X, y, 0.2, n_boot=20, seed=3)
    assert_close(freq, oracle_frequencies(X, y, 0.2, 20, 3), **EXACT,
                 what="selection_frequency(X, y, 0.2, n_boot=20, seed=3)",
                 help="resample b uses sklearn.utils.resample(X, y, random_state=seed + b), "
                      "b = 0 .. n_boot - 1, and a feature counts when coef_ != 0")


@st.composite
def small_problems(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1), label="data seed"))
    n, d = draw(st.integers(8, 40), label="n"), draw(st.integers(1, 5), label="d")
    X = rng.standard_normal((n, d)) * rng.uniform(0.5, 2.0, d)
    return X, X @ rng.uniform(-1, 1, d) + rng.standard_normal(n)


@given(small_problems(), log_uniform(0.01, 1.0), st.integers(1, 8), st.integers(0, 10_000))
def test_matches_bootstrap_oracle(attempt, problem, alpha, n_boot, seed):
    """frequencies equal scikit-learn's Lasso on the documented bootstrap samples, for any seed"""
    X, y = problem
    freq = frequencies(attempt, X, y, alpha, n_boot, seed)
    assert_close(freq, oracle_frequencies(X, y, alpha, n_boot, seed), **EXACT,
                 what=f"selection_frequency with n_boot={n_boot}, seed={seed}",
                 help="draw every resample with random_state=seed + b; do not reuse one "
                      "generator across resamples")


@given(small_problems(), log_uniform(0.01, 1.0), st.integers(1, 8), st.integers(0, 10_000))
def test_matches_reference(attempt, reference, problem, alpha, n_boot, seed):
    """frequencies and support paths match the reference solution on generated inputs"""
    X, y = problem
    assert_close(frequencies(attempt, X, y, alpha, n_boot, seed),
                 reference.selection_frequency(X, y, alpha, n_boot, seed), **EXACT,
                 what="selection_frequency(...)")
    alphas = np.array([alpha, 10 * alpha, alpha / 10])
    actual = path(attempt, X, y, alphas)
    expected = reference.support_path(X, y, alphas)
    assert_true(bool(np.array_equal(actual, expected)), "support_path differs from the reference",
                expected=expected, actual=actual)


def check_relevant_and_irrelevant(attempt, data_seed, boot_seed):
    X, y = sparse_problem(data_seed)
    freq = frequencies(attempt, X, y, 0.3, 50, boot_seed)
    assert_true(bool(np.all(freq[:3] >= 0.9)), "a relevant feature is selected in fewer than "
                "90% of the resamples", expected="freq[0:3] >= 0.9", actual=freq,
                help="count a feature as selected when coef_ != 0, whatever its sign")
    assert_true(bool(np.all(freq[3:] <= 0.5)), "an irrelevant feature is selected in more than "
                "half of the resamples", expected="freq[3:] <= 0.5", actual=freq)


def test_relevant_features_are_stable(attempt):
    """with 3 relevant and 7 irrelevant features, the relevant ones are selected in at least 90%
    of 50 resamples and the irrelevant ones in at most half"""
    check_relevant_and_irrelevant(attempt, data_seed=62, boot_seed=0)


def check_twins_share(attempt, data_seed, boot_seed):
    X, y = twin_problem(data_seed)
    freq = frequencies(attempt, X, y, 0.3, 50, boot_seed)
    pair = freq[:2]
    assert_true(bool(pair.sum() >= 0.9), "the two near-identical columns together should be "
                "selected in almost every resample", expected="freq[0] + freq[1] >= 0.9",
                actual=freq)
    assert_true(bool(pair.min() <= 0.7), "the lasso should rarely keep both near-identical "
                "columns", expected="min(freq[0], freq[1]) <= 0.7", actual=freq,
                help="one copy usually takes the weight: a low frequency does not make a feature "
                     "irrelevant")


def test_near_duplicates_share_the_selection(attempt):
    """two nearly identical relevant columns share the selection: together they are almost always
    selected, but rarely both at once"""
    check_twins_share(attempt, data_seed=63, boot_seed=0)


def test_support_path_matches_lasso(attempt):
    """each row of support_path is the support of scikit-learn's Lasso at that alpha, in the given
    order"""
    X, y = sparse_problem(seed=64, n=50)
    alphas = np.array([0.5, 0.01, 2.0, 0.1, 5.0])
    expected = np.array([Lasso(alpha=a, **LASSO).fit(X, y).coef_ != 0 for a in alphas])
    actual = path(attempt, X, y, alphas)
    assert_true(bool(np.array_equal(actual, expected)),
                "support_path differs from the lasso's supports at alphas [0.5, 0.01, 2, 0.1, 5]",
                expected=expected, actual=actual,
                help="keep the alphas in the order given; row i belongs to alphas[i]")


def test_support_path_uses_the_stated_lasso_settings(attempt):
    """on three nearly identical columns support_path still matches Lasso(tol=1e-8,
    max_iter=100_000): a looser tolerance or fewer iterations stop before the support settles"""
    rng = np.random.default_rng(0)
    x1 = rng.standard_normal(60)
    X = np.column_stack([x1, x1 + 0.01 * rng.standard_normal(60),
                         x1 + 0.01 * rng.standard_normal(60), rng.standard_normal((60, 3))])
    y = 1.5 * x1 + X[:, 3] + rng.standard_normal(60)
    alphas = np.array([0.1, 0.003])
    expected = np.array([Lasso(alpha=a, **LASSO).fit(X, y).coef_ != 0 for a in alphas])
    actual = path(attempt, X, y, alphas)
    assert_true(bool(np.array_equal(actual, expected)),
                "support_path differs from Lasso(alpha, tol=1e-8, max_iter=100_000) on nearly "
                "identical columns", expected=expected, actual=actual,
                help="use exactly the stated model: sklearn's default tol=1e-4 and max_iter=1000 "
                     "stop too early here")

def test_support_shrinks_on_an_orthonormal_design(attempt):
    """on a design with orthonormal centred columns the support is {j : |X_j^T y / n| > alpha},
    so it shrinks as alpha grows"""
    X, y = orthonormal_problem(seed=65)
    corr = np.abs(X.T @ y / len(y))
    # Alphas half-way between consecutive sorted correlations: no support sits on a boundary.
    edges = np.sort(np.concatenate([[0.0], corr, [corr.max() * 1.5]]))
    alphas = (edges[:-1] + edges[1:]) / 2
    actual = path(attempt, X, y, alphas)
    expected = corr[None, :] > alphas[:, None]
    assert_true(bool(np.array_equal(actual, expected)),
                "support_path differs from soft-thresholding on an orthonormal design",
                expected=expected, actual=actual)
    sizes = actual.sum(axis=1)
    assert_true(bool(np.all(np.diff(sizes) <= 0)), "the support grew as alpha grew",
                expected="non-increasing support sizes", actual=sizes)


def test_single_resample(attempt):
    """with n_boot = 1 every frequency is 0 or 1: the support of the lasso on one resample"""
    X, y = sparse_problem(seed=66, n=30)
    freq = frequencies(attempt, X, y, 0.3, 1, 7)
    Xb, yb = resample(X, y, random_state=7)
    expected = (Lasso(alpha=0.3, **LASSO).fit(Xb, yb).coef_ != 0).astype(float)
    assert_close(freq, expected, **EXACT, what="selection_frequency(..., n_boot=1, seed=7)")


def test_bad_input_raises(attempt):
    """n_boot < 1, a non-positive alpha, an empty grid and mismatched shapes raise ValueError"""
    X, y = sparse_problem(seed=67, n=12)
    with raises("ValueError", "selection_frequency with n_boot=0"):
        attempt.selection_frequency(X, y, 0.1, 0, 0)
    with raises("ValueError", "selection_frequency with alpha=0"):
        attempt.selection_frequency(X, y, 0.0, 5, 0)
    with raises("ValueError", "selection_frequency with 12 rows in X and 11 in y"):
        attempt.selection_frequency(X, y[:11], 0.1, 5, 0)
    with raises("ValueError", "support_path with an empty grid"):
        attempt.support_path(X, y, np.array([]))
    with raises("ValueError", "support_path with alpha=-1 in the grid"):
        attempt.support_path(X, y, np.array([0.1, -1.0]))
    with raises("ValueError", "support_path with a 1-D X"):
        attempt.support_path(X[:, 0], y, np.array([0.1]))
    with raises("ValueError", "support_path with a 2-D y of shape (12, 1)"):
        attempt.support_path(X, y[:, None], np.array([0.1]))
    with raises("ValueError", "selection_frequency with a 2-D y of shape (12, 1)"):
        attempt.selection_frequency(X, y[:, None], 0.1, 5, 0)
