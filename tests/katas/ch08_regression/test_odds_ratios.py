"""Hidden checks for ch08/odds_ratios."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import SOLVER, as_array, as_float, assert_close, raises
from scipy.special import expit, logit
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression

LN2 = float(np.log(2))
PROBS = st.floats(1e-9, 1 - 1e-9)
MODERATE_PROBS = st.floats(0.01, 0.99)
SHAPES = hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=6)

# One fitted model shared by the sklearn checks (seeded, 4 features, probabilities in (0.06, 0.93)).
X_DATA, Y_DATA = make_classification(200, 4, n_informative=3, n_redundant=0, random_state=0)
MODEL = LogisticRegression().fit(X_DATA, Y_DATA)
COEF = MODEL.coef_[0]


def model_proba(x):
    return float(MODEL.predict_proba(x[None, :])[0, 1])


def after(attempt, p0, coef_j, delta):
    return as_float(attempt.prob_after_change(p0, coef_j, delta), "prob_after_change(...)")


def test_known_answers(attempt):
    """odds of 0.5, 0.8, 0.2 are 1, 4, 1/4; a coefficient of ln 2 is an odds ratio of 2"""
    p = np.array([0.5, 0.8, 0.2])
    assert_close(as_array(attempt.odds(p), "odds(p)", shape=(3,)), np.array([1.0, 4.0, 0.25]),
                 **SOLVER, what="odds([0.5, 0.8, 0.2])", help="the odds are p / (1 - p)")
    coef = np.array([LN2, 0.0, -LN2])
    assert_close(as_array(attempt.odds_ratios(coef), "odds_ratios(coef)", shape=(3,)),
                 np.array([2.0, 1.0, 0.5]), **SOLVER, what="odds_ratios([ln 2, 0, -ln 2])")
    assert_close(after(attempt, 0.5, LN2, 1.0), 2 / 3, **SOLVER,
                 what="prob_after_change(0.5, ln 2, 1)",
                 help="odds 1 doubled are 2, which is the probability 2 / (1 + 2)")
    assert_close(after(attempt, 0.2, LN2, 2.0), 0.5, **SOLVER,
                 what="prob_after_change(0.2, ln 2, 2)",
                 help="delta = 2 multiplies the odds by exp(2 ln 2) = 4: 1/4 becomes 1")


@given(hnp.arrays(np.float64, SHAPES, elements=PROBS))
def test_odds_are_p_over_one_minus_p(attempt, p):
    """odds(p) is p / (1 - p) entrywise, with the shape of p, and p = odds / (1 + odds)"""
    o = as_array(attempt.odds(p), "odds(p)", shape=p.shape)
    assert_close(o, p / (1 - p), **SOLVER, what="odds(p)", help="the odds are p / (1 - p)")
    assert_close(o / (1 + o), p, **SOLVER, what="odds / (1 + odds)")


@given(hnp.arrays(np.float64, SHAPES, elements=st.floats(-30, 30)))
def test_odds_ratios_are_exponentials(attempt, coef):
    """odds_ratios(coef) is exp(coef) entrywise, with the shape of coef"""
    ratios = as_array(attempt.odds_ratios(coef), "odds_ratios(coef)", shape=coef.shape)
    assert_close(ratios, np.exp(coef), **SOLVER, what="odds_ratios(coef)",
                 help="the odds ratio of a coefficient is exp(coef), with no offset")


def test_zero_coefficient_has_odds_ratio_one(attempt):
    """a zero coefficient has odds ratio 1 and leaves the probability unchanged"""
    ratios = as_array(attempt.odds_ratios(np.zeros(3)), "odds_ratios(zeros)", shape=(3,))
    assert_close(ratios, np.ones(3), **SOLVER, what="odds_ratios([0, 0, 0])")
    for p0, delta in ((0.3, 5.0), (0.9, -2.5)):
        assert_close(after(attempt, p0, 0.0, delta), p0, **SOLVER,
                     what=f"prob_after_change({p0}, 0, {delta})")


@given(st.integers(0, len(X_DATA) - 1), st.integers(0, len(COEF) - 1), st.floats(-3, 3))
def test_matches_logistic_regression(attempt, row, j, delta):
    """prob_after_change(p(x), coef_j, delta) equals scikit-learn's predict_proba at
    x + delta e_j"""
    x = X_DATA[row]
    moved = x.copy()
    moved[j] += delta
    assert_close(after(attempt, model_proba(x), float(COEF[j]), delta), model_proba(moved),
                 **SOLVER, what="prob_after_change(p(x), coef[j], delta)",
                 help="multiply the odds (not the probability) by exp(coef_j * delta), then turn "
                      "the odds back into a probability: odds / (1 + odds)")


@given(st.integers(0, len(X_DATA) - 1), st.integers(0, len(COEF) - 1), st.floats(-2, 2))
def test_model_odds_multiply_by_the_odds_ratio(attempt, row, j, delta):
    """moving feature j by delta multiplies a fitted model's odds by odds_ratio[j] ** delta, at
    any starting point x"""
    x = X_DATA[row]
    moved = x.copy()
    moved[j] += delta
    o = as_array(attempt.odds(np.array([model_proba(x), model_proba(moved)])), "odds(...)",
                 shape=(2,))
    ratio = as_array(attempt.odds_ratios(COEF), "odds_ratios(coef)", shape=COEF.shape)[j]
    assert_close(o[1] / o[0], float(ratio) ** delta, **SOLVER,
                 what="odds after the change / odds before")
    assert_close(o[1] / o[0], float(np.exp(COEF[j] * delta)), **SOLVER,
                 what="odds after the change / odds before, against exp(coef_j * delta)")


@given(MODERATE_PROBS, st.floats(-3, 3), st.floats(-3, 3), st.floats(-3, 3))
def test_two_changes_add_up(attempt, p0, coef_j, d1, d2):
    """moving by d1 then by d2 gives the same probability as moving by d1 + d2 at once"""
    two_steps = after(attempt, after(attempt, p0, coef_j, d1), coef_j, d2)
    assert_close(two_steps, after(attempt, p0, coef_j, d1 + d2), **SOLVER,
                 what="prob_after_change applied twice vs once with the summed delta")


def test_huge_changes_stay_finite(attempt):
    """a log-odds change of +-800 (exp overflows) gives a probability of 1.0 or 0.0, not NaN"""
    for p0, coef_j, delta, expected in ((0.5, 800.0, 1.0, 1.0), (0.5, -800.0, 1.0, 0.0),
                                        (0.3, 400.0, 2.0, 1.0), (0.7, 400.0, -2.5, 0.0)):
        assert_close(after(attempt, p0, coef_j, delta), expected, rtol=0, atol=1e-12,
                     what=f"prob_after_change({p0}, {coef_j}, {delta})",
                     help="odds * exp(800) is inf and inf / (1 + inf) is NaN: add coef_j * delta "
                          "to the log-odds and apply a logistic function that never overflows")


@given(PROBS, st.floats(-50, 50), st.floats(-50, 50))
def test_matches_reference(attempt, reference, p0, coef_j, delta):
    """prob_after_change matches the reference, including changes that saturate the probability"""
    assert_close(after(attempt, p0, coef_j, delta), reference.prob_after_change(p0, coef_j, delta),
                 **SOLVER, what="prob_after_change(p0, coef_j, delta)")
    assert_close(after(attempt, p0, coef_j, delta), float(expit(logit(p0) + coef_j * delta)),
                 **SOLVER, what="prob_after_change(p0, coef_j, delta) against scipy's expit")


def test_bad_input_raises(attempt):
    """probabilities of 0, 1 or outside (0, 1) raise ValueError"""
    for bad in (0.0, 1.0, 1.5, -0.2):
        with raises("ValueError", f"odds with a probability of {bad}"):
            attempt.odds(np.array([0.5, bad]))
        with raises("ValueError", f"prob_after_change with p0 = {bad}"):
            attempt.prob_after_change(bad, 1.0, 1.0)
