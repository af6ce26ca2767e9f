"""Hidden checks for ch07/decision_boundary."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, as_float, as_pair, assert_close, assert_true, raises
from kit.strategies import finite_floats, matrices
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression

TIGHT = {"rtol": 1e-9, "atol": 1e-12}
MARGIN = 1e-9


def weights(d=2):
    """Weight vectors whose components are away from zero (a well-defined slope)."""
    comp = st.floats(0.1, 10.0) | st.floats(-10.0, -0.1)
    return st.lists(comp, min_size=d, max_size=d).map(np.array)


def boundary(attempt, w, b):
    slope, intercept = as_pair(attempt.linear_boundary(w, b), "linear_boundary(...)")
    return as_float(slope, "slope"), as_float(intercept, "intercept")


def sides(attempt, X, w, b):
    return as_array(attempt.side(X, w, b), "side(...)", shape=(X.shape[0],), kind="iu")


def grid(attempt, predict, xlim, ylim, n):
    out = attempt.decision_grid(predict, xlim, ylim, n)
    assert_true(type(out) is tuple and len(out) == 3, "decision_grid must return (xx, yy, zz)",
                expected="tuple of 3 arrays", actual=type(out).__name__)
    return tuple(as_array(a, name, shape=(n, n)) for a, name in zip(out, ("xx", "yy", "zz"),
                                                                     strict=True))


def fitted_model(seed):
    X, y = make_classification(n_samples=80, n_features=2, n_redundant=0, n_informative=2,
                               n_clusters_per_class=1, random_state=seed)
    return X, LogisticRegression().fit(X, y)


def test_known_boundary(attempt):
    """w = [1, 2], b = -4 gives the line y = -0.5 x + 2"""
    slope, intercept = boundary(attempt, np.array([1.0, 2.0]), -4.0)
    assert_close(slope, -0.5, **TIGHT, what="slope", help="slope = -w[0] / w[1]")
    assert_close(intercept, 2.0, **TIGHT, what="intercept", help="intercept = -b / w[1]")


def test_known_sides(attempt):
    """points above, below and exactly on the line x + y - 1 = 0 get 1, 0 and 1"""
    X = np.array([[2.0, 2.0], [0.0, 0.0], [0.5, 0.5], [1.0, 0.0], [-3.0, 1.0]])
    got = sides(attempt, X, np.array([1.0, 1.0]), -1.0)
    assert_true(np.array_equal(got, [1, 0, 1, 1, 0]), "side(...) labels are wrong",
                expected=[1, 0, 1, 1, 0], actual=got,
                help="a point exactly on the boundary (w . x + b == 0) counts as positive (>= 0)")


@given(weights(), finite_floats(), st.lists(finite_floats(), min_size=1, max_size=10))
def test_points_on_the_line_are_on_the_boundary(attempt, w, b, xs):
    """points built from the returned slope and intercept satisfy w . x + b = 0"""
    slope, intercept = boundary(attempt, w, b)
    xs = np.array(xs)
    values = w[0] * xs + w[1] * (slope * xs + intercept) + b
    assert_true(bool(np.all(np.abs(values) < 1e-9)), "points on your line are not on w . x + b = 0",
                expected="|w . x + b| < 1e-9", actual=values,
                help="solve w[0] x + w[1] y + b = 0 for y")


@given(weights(), finite_floats())
def test_boundary_matches_reference(attempt, reference, w, b):
    """slope and intercept equal the reference's"""
    assert_close(np.array(boundary(attempt, w, b)), np.array(reference.linear_boundary(w, b)),
                 **TIGHT, what="(slope, intercept)")


@given(st.integers(0, 10_000))
def test_side_equals_logistic_regression_predict(attempt, seed):
    """side(X, coef_[0], intercept_[0]) equals a fitted LogisticRegression's predict"""
    X, model = fitted_model(seed)
    w, b = model.coef_[0], float(model.intercept_[0])
    keep = np.abs(X @ w + b) >= MARGIN
    got = sides(attempt, X, w, b)
    expected = model.predict(X)
    assert_true(np.array_equal(got[keep], expected[keep]), "side(...) disagrees with predict",
                expected=expected[keep], actual=got[keep],
                help="1 where X @ w + b >= 0, else 0")


@given(matrices(rows=(1, 15), cols=(1, 4)), st.data())
def test_scaling_keeps_or_flips_sides(attempt, X, data):
    """scaling (w, b) by c > 0 changes no side; by c < 0 flips every side off the boundary"""
    d = X.shape[1]
    w = data.draw(weights(d), label="w")
    b = data.draw(finite_floats(), label="b")
    c = data.draw(st.floats(0.1, 10.0), label="c")
    base = sides(attempt, X, w, b)
    same = sides(attempt, X, c * w, c * b)
    flipped = sides(attempt, X, -c * w, -c * b)
    off = np.abs(X @ w + b) >= MARGIN * (1 + np.abs(X) @ np.abs(w) + abs(b))
    assert_true(np.array_equal(base[off], same[off]), "scaling (w, b) by c > 0 changed sides",
                expected=base[off], actual=same[off])
    assert_true(np.array_equal(1 - base[off], flipped[off]),
                "scaling (w, b) by c < 0 did not flip every side", expected=1 - base[off],
                actual=flipped[off])


@given(matrices(rows=(1, 15), cols=(1, 4)), st.data())
def test_side_matches_reference(attempt, reference, X, data):
    """side(...) equals the reference on generated points"""
    w = data.draw(weights(X.shape[1]), label="w")
    b = data.draw(finite_floats(), label="b")
    got = sides(attempt, X, w, b)
    expected = reference.side(X, w, b)
    assert_true(np.array_equal(got, expected), "side(...) differs from the reference",
                expected=expected, actual=got)


def test_grid_matches_predict_on_meshgrid(attempt):
    """decision_grid's values equal a fitted model's predict on the np.meshgrid points"""
    _, model = fitted_model(7)
    calls = []

    def predict(points):
        calls.append(np.shape(points))
        return model.predict(points)

    xx, yy, zz = grid(attempt, predict, (-3.0, 4.0), (-2.0, 5.0), 30)
    exx, eyy = np.meshgrid(np.linspace(-3, 4, 30), np.linspace(-2, 5, 30))
    assert_close(xx, exx, **TIGHT, what="xx", help="xx, yy = np.meshgrid(xs, ys)")
    assert_close(yy, eyy, **TIGHT, what="yy")
    expected = model.predict(np.column_stack([exx.ravel(), eyy.ravel()])).reshape(30, 30)
    assert_true(np.array_equal(zz, expected), "zz differs from predict on the mesh points",
                expected=expected, actual=zz,
                help="zz[i, j] must be the prediction at (xx[i, j], yy[i, j])")
    assert_true(calls == [(900, 2)], "predict must be called exactly once, on all n * n points",
                expected=[(900, 2)], actual=calls)


@given(st.integers(2, 12), finite_floats(), st.floats(0.5, 10), finite_floats(),
       st.floats(0.5, 10))
def test_grid_shape_and_orientation(attempt, n, x0, dx, y0, dy):
    """zz[i, j] is the prediction at (xx[i, j], yy[i, j]) and every array has shape (n, n)"""

    def predict(points):  # a value that identifies the point: no symmetry hides a transpose
        return 1000.0 * points[:, 0] + points[:, 1]

    xx, yy, zz = grid(attempt, predict, (x0, x0 + dx), (y0, y0 + dy), n)
    assert_close(zz, 1000.0 * xx + yy, **TIGHT, what="zz against predict at (xx, yy)",
                 help="reshape predict's output to (n, n) in the order of xx.ravel()")
    assert_close(xx[0], np.linspace(x0, x0 + dx, n), **TIGHT, what="xx[0]")
    assert_close(yy[:, 0], np.linspace(y0, y0 + dy, n), **TIGHT, what="yy[:, 0]",
                 help="y varies down the rows: xx, yy = np.meshgrid(xs, ys)")


def test_bad_input_raises(attempt):
    """a vertical boundary, a w of the wrong length, mismatched X and bad grid sizes raise
    ValueError"""
    with raises("ValueError", "linear_boundary with w[1] == 0"):
        attempt.linear_boundary(np.array([1.0, 0.0]), 1.0)
    with raises("ValueError", "linear_boundary with w of length 3"):
        attempt.linear_boundary(np.array([1.0, 2.0, 3.0]), 1.0)
    with raises("ValueError", "side with 3 columns in X and 2 weights"):
        attempt.side(np.ones((4, 3)), np.array([1.0, 2.0]), 0.0)
    with raises("ValueError", "side with a 1-D X"):
        attempt.side(np.ones(2), np.array([1.0, 2.0]), 0.0)

    def predict(points):
        return np.zeros(len(points))

    with raises("ValueError", "decision_grid with n = 1"):
        attempt.decision_grid(predict, (0.0, 1.0), (0.0, 1.0), 1)
    with raises("ValueError", "decision_grid with xlim = (1, 0)"):
        attempt.decision_grid(predict, (1.0, 0.0), (0.0, 1.0), 5)
    with raises("ValueError", "decision_grid with ylim = (2, 2)"):
        attempt.decision_grid(predict, (0.0, 1.0), (2.0, 2.0), 5)
