"""Hidden checks for ch08/polynomial_features."""

from math import comb

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import SAME, CheckFailure, as_array, assert_close, assert_true, raises
from kit.strategies import matrices
from kit.style import names_used
from sklearn.linear_model import LinearRegression
from sklearn.preprocessing import PolynomialFeatures

NAME_POOL = ["a", "b", "c", "d", "x0", "x1", "temp", "age"]




@st.composite
def settings_for(draw, d):
    """(degree, include_bias, interaction_only), never the degree-0-without-bias combination."""
    degree = draw(st.integers(0, 4))
    include_bias = True if degree == 0 else draw(st.booleans())
    return degree, include_bias, draw(st.booleans())


@st.composite
def cases(draw):
    """(X, degree, include_bias, interaction_only) with X of up to 4 columns."""
    X = draw(matrices(rows=(1, 6), cols=(1, 4)))
    return (X, *draw(settings_for(X.shape[1])))


def names_for(d):
    return NAME_POOL[:d] if d <= 4 else [f"f{i}" for i in range(d)]


def sklearn_features(X, degree, include_bias, interaction_only, names=None):
    model = PolynomialFeatures(degree, include_bias=include_bias,
                               interaction_only=interaction_only).fit(X)
    return model.transform(X), list(model.get_feature_names_out(names))


def features(attempt, X, degree, include_bias=True, interaction_only=False, columns=None):
    F = attempt.poly_features(X, degree, include_bias, interaction_only)
    shape = None if columns is None else (X.shape[0], columns)
    F = as_array(F, f"poly_features(X, {degree}, {include_bias}, {interaction_only})", shape=shape)
    assert_true(F.ndim == 2 and F.shape[0] == X.shape[0],
                "poly_features must return one row per row of X",
                expected=f"({X.shape[0]}, m)", actual=F.shape)
    return F


def names(attempt, input_names, degree, include_bias=True, interaction_only=False):
    out = attempt.feature_names(list(input_names), degree, include_bias, interaction_only)
    assert_true(type(out) is list and all(type(s) is str for s in out),
                "feature_names must return a list of str", expected="list[str]",
                actual=type(out).__name__ if type(out) is not list else out)
    return out


def expected_count(d, degree, include_bias, interaction_only):
    full = sum(comb(d, j) for j in range(degree + 1)) if interaction_only else comb(d + degree,
                                                                                      degree)
    return full - (not include_bias)


def product_of_name(name, input_names, X):
    """Evaluate a feature name such as 'a^2 b' on the columns of X."""
    value = np.ones(X.shape[0])
    if name == "1":
        return value
    for factor in name.split(" "):
        base, _, power = factor.partition("^")
        value = value * X[:, input_names.index(base)] ** int(power or 1)
    return value


# ---------------------------------------------------------------------------------------------
# Known answers


def test_feature_names_defaults(attempt):
    """without include_bias and interaction_only, the names are those of PolynomialFeatures(2)"""
    got = attempt.feature_names(["a", "b"], 2)
    expected = sklearn_features(np.ones((1, 2)), 2, True, False, ["a", "b"])[1]
    assert_true(got == expected, "feature_names(['a', 'b'], 2) is wrong", expected=expected, actual=got,
                help="include_bias defaults to True and interaction_only to False")


def test_poly_features_defaults(attempt):
    """without include_bias and interaction_only, the columns are those of PolynomialFeatures(2)"""
    X = np.array([[2.0, 3.0], [-1.0, 0.5]])
    got = as_array(attempt.poly_features(X, 2), "poly_features(X, 2)", shape=(2, 6))
    assert_close(got, sklearn_features(X, 2, True, False)[0], **SAME, what="poly_features(X, 2)",
                 help="include_bias defaults to True and interaction_only to False")


def test_known_answer(attempt):
    """[2, 3] to degree 2 gives [1, 2, 3, 4, 6, 9] named 1, a, b, a^2, a b, b^2"""
    X = np.array([[2.0, 3.0]])
    assert_close(features(attempt, X, 2, columns=6), np.array([[1.0, 2, 3, 4, 6, 9]]), **SAME,
                 what="poly_features([[2, 3]], 2)",
                 help="bias, then degree 1, then degree 2 in the order x0^2, x0 x1, x1^2")
    got = names(attempt, ["a", "b"], 2)
    assert_true(got == ["1", "a", "b", "a^2", "a b", "b^2"], "wrong feature names",
                expected=["1", "a", "b", "a^2", "a b", "b^2"], actual=got)


def test_interaction_only_known_answer(attempt):
    """[2, 3, 5] to degree 3 with interactions only and no bias gives [2, 3, 5, 6, 10, 15, 30]"""
    X = np.array([[2.0, 3.0, 5.0]])
    assert_close(features(attempt, X, 3, False, True, columns=7),
                 np.array([[2.0, 3, 5, 6, 10, 15, 30]]), **SAME,
                 what="poly_features([[2, 3, 5]], 3, include_bias=False, interaction_only=True)",
                 help="interaction terms multiply distinct columns only: no squares or cubes")
    got = names(attempt, ["a", "b", "c"], 3, False, True)
    expected = ["a", "b", "c", "a b", "a c", "b c", "a b c"]
    assert_true(got == expected, "wrong feature names", expected=expected, actual=got)


# ---------------------------------------------------------------------------------------------
# Oracle and properties


@given(cases())
def test_matches_sklearn(attempt, reference, case):
    """columns and names equal scikit-learn's PolynomialFeatures and get_feature_names_out"""
    X, degree, include_bias, interaction_only = case
    expected, expected_names = sklearn_features(X, degree, include_bias, interaction_only,
                                                names_for(X.shape[1]))
    F = features(attempt, X, degree, include_bias, interaction_only, columns=expected.shape[1])
    assert_close(F, expected, **SAME, what="poly_features(...)",
                 help="order the monomials by degree, then like "
                      "itertools.combinations_with_replacement(range(d), k)")
    assert_close(F, reference.poly_features(X, degree, include_bias, interaction_only), **SAME,
                 what="poly_features(...) against the reference")
    got = names(attempt, names_for(X.shape[1]), degree, include_bias, interaction_only)
    assert_true(got == expected_names, "the names differ from get_feature_names_out",
                expected=expected_names, actual=got,
                help="factors are joined by one space; powers above one are written name^p")


@given(st.integers(1, 6), st.data())
def test_column_count(attempt, d, data):
    """there are C(d + k, k) columns, or sum_j C(d, j) with interactions only; one fewer without
    the bias"""
    degree, include_bias, interaction_only = data.draw(settings_for(d), label="settings")
    X = np.arange(1.0, 2.0 * d + 1).reshape(2, d)
    count = expected_count(d, degree, include_bias, interaction_only)
    features(attempt, X, degree, include_bias, interaction_only, columns=count)
    got = names(attempt, [f"f{i}" for i in range(d)], degree, include_bias, interaction_only)
    assert_true(len(got) == count, "feature_names has the wrong number of names",
                expected=count, actual=len(got))


@given(cases())
def test_columns_are_the_products_their_names_describe(attempt, case):
    """every column equals the product of inputs that its name describes"""
    X, degree, include_bias, interaction_only = case
    input_names = names_for(X.shape[1])
    got = names(attempt, input_names, degree, include_bias, interaction_only)
    F = features(attempt, X, degree, include_bias, interaction_only, columns=len(got))
    for j, name in enumerate(got):
        assert_close(F[:, j], product_of_name(name, input_names, X), **SAME,
                     what=f"column {j} ({name!r})",
                     help="column j must be the monomial that feature_names(...)[j] names")


@given(cases())
def test_interaction_only_has_no_powers(attempt, case):
    """with interaction_only no name has a power and no factor repeats (Q203)"""
    X, degree, include_bias, _ = case
    got = names(attempt, names_for(X.shape[1]), degree, include_bias, True)
    bad = [n for n in got if "^" in n or len(set(n.split(" "))) != len(n.split(" "))]
    assert_true(not bad, "interaction terms must multiply distinct inputs",
                expected="no powers", actual=bad)


def test_degree_one_is_the_bias_and_x(attempt):
    """degree 1 gives [1, X]; without the bias it gives X itself"""
    X = np.array([[1.5, -2.0, 0.5], [3.0, 4.0, -1.0]])
    assert_close(features(attempt, X, 1, columns=4), np.column_stack([np.ones(2), X]), **SAME,
                 what="poly_features(X, 1)")
    assert_close(features(attempt, X, 1, False, columns=3), X, **SAME,
                 what="poly_features(X, 1, include_bias=False)")


def test_degree_zero_and_degrees_above_d(attempt):
    """degree 0 is the bias column alone; with interactions only, degrees above d add nothing"""
    X = np.array([[2.0, 3.0], [-1.0, 4.0]])
    assert_close(features(attempt, X, 0, columns=1), np.ones((2, 1)), **SAME,
                 what="poly_features(X, 0)")
    got = names(attempt, ["a", "b"], 0)
    assert_true(got == ["1"], "degree 0 has only the bias", expected=["1"], actual=got)
    assert_close(features(attempt, X, 5, True, True, columns=4),
                 np.array([[1.0, 2, 3, 6], [1, -1, 4, -4]]), **SAME,
                 what="poly_features(X, 5, interaction_only=True) with two columns")
    got = names(attempt, ["a", "b"], 5, True, True)
    assert_true(got == ["1", "a", "b", "a b"], "names with interactions only and degree 5",
                expected=["1", "a", "b", "a b"], actual=got)


def test_single_column_powers(attempt):
    """one input column to degree 4 gives 1, x, x^2, x^3, x^4"""
    x = np.array([[2.0], [-3.0]])
    assert_close(features(attempt, x, 4, columns=5), np.array([[1.0, 2, 4, 8, 16],
                                                               [1, -3, 9, -27, 81]]), **SAME,
                 what="poly_features(x, 4)")
    got = names(attempt, ["t"], 4)
    assert_true(got == ["1", "t", "t^2", "t^3", "t^4"], "names of the powers of one input",
                expected=["1", "t", "t^2", "t^3", "t^4"], actual=got)


def test_interaction_term_fits_a_product_exactly(attempt):
    """y = x0 x1 is fitted exactly on interaction features but badly on the raw features, on
    symmetric data (Q203)"""
    X = np.random.default_rng(14).uniform(-1, 1, (200, 2))
    y = X[:, 0] * X[:, 1]
    inter = features(attempt, X, 2, False, True, columns=3)
    raw = features(attempt, X, 1, False, columns=2)
    r2_inter = LinearRegression().fit(inter, y).score(inter, y)
    r2_raw = LinearRegression().fit(raw, y).score(raw, y)
    assert_true(r2_inter >= 1 - 1e-9, "the interaction column should explain y = x0 x1 exactly",
                expected="R^2 >= 1 - 1e-9", actual=r2_inter)
    assert_true(r2_raw < 0.5, "raw features cannot express a product",
                expected="R^2 < 0.5", actual=r2_raw)


# ---------------------------------------------------------------------------------------------
# Bad input


def test_bad_input_raises(attempt):
    """a negative degree, degree 0 without the bias, a 1-D or empty X and empty names raise
    ValueError"""
    X = np.array([[1.0, 2.0], [3.0, 4.0]])
    with raises("ValueError", "poly_features with degree -1"):
        attempt.poly_features(X, -1)
    with raises("ValueError", "poly_features with degree 0 and include_bias=False"):
        attempt.poly_features(X, 0, False)
    with raises("ValueError", "poly_features with a 1-D X"):
        attempt.poly_features(X[0], 2)
    with raises("ValueError", "poly_features with an X of no column"):
        attempt.poly_features(np.zeros((2, 0)), 2)
    with raises("ValueError", "feature_names with degree -1"):
        attempt.feature_names(["a", "b"], -1)
    with raises("ValueError", "feature_names with degree 0 and include_bias=False"):
        attempt.feature_names(["a", "b"], 0, False)
    with raises("ValueError", "feature_names with no input names"):
        attempt.feature_names([], 2)


def test_no_polynomial_features_from_sklearn(attempt_source):
    """the features are built by hand, not by scikit-learn's PolynomialFeatures"""
    found = names_used(attempt_source, {"PolynomialFeatures"})
    if found:
        raise CheckFailure("the kata asks you not to use scikit-learn's PolynomialFeatures ("
                           + ", ".join(f"line {line}" for line, _ in found) + ")",
                           help="list the index tuples with itertools and multiply the columns")
