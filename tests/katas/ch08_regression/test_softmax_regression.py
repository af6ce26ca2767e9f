"""Hidden checks for ch08/softmax_regression."""


import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import CheckFailure, as_array, as_float, assert_close, assert_true, forbid_calls, raises
from kit.strategies import log_uniform, matrices
from kit.style import import_lines
from scipy.optimize import approx_fprime
from scipy.special import expit, softmax
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier

SOFTMAX = {"rtol": 1e-9, "atol": 1e-12}
TRAJECTORY = {"rtol": 1e-6, "atol": 1e-9}
CONVERGED = {"rtol": 0.0, "atol": 1e-4}
FD = {"rtol": 1e-4, "atol": 1e-6}
SUMS = {"rtol": 0.0, "atol": 1e-9}




def classes(seed, n=150, d=3, k=3):
    """Overlapping classes on standardised features: every optimum is finite."""
    X, y = make_classification(n, d, n_informative=d, n_redundant=0, n_classes=k,
                               n_clusters_per_class=1, flip_y=0.1, class_sep=1.0,
                               random_state=seed)
    return (X - X.mean(axis=0)) / X.std(axis=0), y


def objective(X, y, W, b, l2):
    """J(W, b): mean cross-entropy plus (l2 / 2) ||W||^2 (the checks' own oracle)."""
    P = softmax(X @ W + b, axis=1)
    return float(-np.mean(np.log(P[np.arange(len(y)), y])) + l2 / 2 * np.sum(W * W))


def fit(attempt, X, y, k, lr, n_iter, l2=0.0):
    """Call fit_softmax and check the result's types and shapes."""
    result = attempt.fit_softmax(X, y, k, lr, n_iter, l2)
    if type(result) is not tuple or len(result) != 2:
        raise CheckFailure("fit_softmax(...) must return a tuple (W, b)",
                           expected="tuple of length 2", actual=type(result).__name__)
    return (as_array(result[0], "W", shape=(X.shape[1], k)), as_array(result[1], "b", shape=(k,)))


def fit_ovr(attempt, X, y, lr, n_iter, l2=0.0):
    """Call fit_one_vs_rest and check that it returns one (w, b) per class."""
    models = attempt.fit_one_vs_rest(X, y, lr=lr, n_iter=n_iter, l2=l2)
    n_classes = len(np.unique(y))
    if type(models) is not list or len(models) != n_classes:
        raise CheckFailure(f"fit_one_vs_rest(...) must return a list of {n_classes} (w, b) tuples, "
                           "one per class", expected=f"list of length {n_classes}",
                           actual=f"{type(models).__name__} of length {_len(models)}")
    checked = []
    for k, model in enumerate(models):
        if type(model) is not tuple or len(model) != 2:
            raise CheckFailure(f"model {k} must be a tuple (w, b)", expected="tuple of length 2",
                               actual=type(model).__name__)
        checked.append((as_array(model[0], f"w of model {k}", shape=(X.shape[1],)),
                        as_float(model[1], f"b of model {k}")))
    return checked


def _len(value):
    try:
        return len(value)
    except TypeError:
        return "-"


def smoothness(X, l2):
    """A bound on J's curvature: lambda_max([X, 1]^T [X, 1]) / (2 n) + l2."""
    Z = np.column_stack([X, np.ones(len(X))])
    return float(np.linalg.eigvalsh(Z.T @ Z).max()) / (2 * len(X)) + l2


@st.composite
def problems(draw):
    """(X, y, K, lr, l2): bounded features, labels in 0..K-1 and a stable step."""
    X = draw(matrices((2, 12), (1, 3), bound=5.0))
    k = draw(st.integers(2, 4))
    y = draw(hnp.arrays(np.int64, X.shape[0], elements=st.integers(0, k - 1)))
    l2 = draw(st.one_of(st.just(0.0), log_uniform(1e-3, 1.0)))
    return X, y, k, draw(st.floats(0.05, 1.5)) / smoothness(X, l2), l2


def sm(attempt, Z):
    return as_array(attempt.softmax(Z), "softmax(Z)", shape=Z.shape)


# --- softmax ----------------------------------------------------------------------------------

def test_softmax_known_values(attempt):
    """softmax([0, ln 2, ln 3]) is [1/6, 2/6, 3/6], on a 1-D row and row by row in 2-D"""
    z = np.log([1.0, 2.0, 3.0])
    assert_close(sm(attempt, z), np.array([1, 2, 3]) / 6, **SOFTMAX,
                 what="softmax([0, ln 2, ln 3])", help="exp of each logit divided by their sum")
    Z = np.array([z, z[::-1]])
    assert_close(sm(attempt, Z), np.array([[1, 2, 3], [3, 2, 1]]) / 6, **SOFTMAX,
                 what="softmax of a 2-row matrix",
                 help="normalise each row (the last axis), not each column")


@given(hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=6),
                  elements=st.floats(-1000, 1000)))
def test_softmax_matches_scipy(attempt, Z):
    """softmax matches scipy.special.softmax along the last axis and keeps the shape"""
    assert_close(sm(attempt, Z), softmax(Z, axis=-1), **SOFTMAX, what="softmax(Z)",
                 help="subtract each row's maximum before exp, then divide by the row's sum")


@given(hnp.arrays(np.float64, st.tuples(st.integers(1, 6), st.integers(1, 5)),
                  elements=st.floats(-30, 30)),
       st.floats(-500, 500))
def test_softmax_ignores_a_constant_shift(attempt, Z, c):
    """adding the same constant to every logit of a row changes nothing, and rows sum to 1"""
    P = sm(attempt, Z)
    assert_close(P.sum(axis=1), np.ones(len(Z)), **SUMS, what="row sums of softmax(Z)")
    assert_close(sm(attempt, Z + c), P, **SOFTMAX, what=f"softmax(Z + {c!r})")
    shifts = np.arange(len(Z), dtype=float)[:, None] * 7.0
    assert_close(sm(attempt, Z + shifts), P, **SOFTMAX,
                 what="softmax(Z + a different constant per row)")


def test_softmax_does_not_overflow(attempt):
    """logits of +-1000 give exact probabilities, not NaN"""
    Z = np.array([[1000.0, 0.0, -1000.0], [-1000.0, -1000.0, -1000.0], [800.0, 800.0, 0.0]])
    assert_close(sm(attempt, Z), np.array([[1, 0, 0], [1 / 3, 1 / 3, 1 / 3], [0.5, 0.5, 0]]),
                 **SOFTMAX, what="softmax of huge logits",
                 help="exp(1000) overflows: subtract each row's maximum first")


# --- fit_softmax ------------------------------------------------------------------------------

def test_one_update_by_hand(attempt):
    """one update from zero on a three-point example gives W = [[2/3, -1/3, -1/3]] and
    b = [1/3, -1/3, 0]"""
    X, y = np.array([[1.0], [2.0], [0.0]]), np.array([0, 0, 2])
    W, b = fit(attempt, X, y, 3, 1.0, 1)
    assert_close(W, np.array([[2 / 3, -1 / 3, -1 / 3]]), **TRAJECTORY, what="W after one update",
                 help="grad_W = X.T @ (P - Y) / n with P = 1/3 everywhere at the start")
    assert_close(b, np.array([1 / 3, -1 / 3, 0.0]), **TRAJECTORY, what="b after one update",
                 help="grad_b is the mean of P - Y over the rows")


def test_matches_sklearn_multinomial(attempt):
    """converged W, b and probabilities match scikit-learn's multinomial LogisticRegression
    with C = 1 / (n * l2)"""
    X, y = classes(seed=0)
    n = len(y)
    for l2 in (0.05, 1.0):
        W, b = fit(attempt, X, y, 3, 1.0, 2000, l2)
        model = LogisticRegression(C=1 / (n * l2), tol=1e-12, max_iter=100_000).fit(X, y)
        assert_close(W, model.coef_.T, **CONVERGED, what=f"W with l2 = {l2}",
                     help="the penalty gradient is l2 * W, and the data gradient is divided by n")
        assert_close(b, model.intercept_, **CONVERGED, what=f"b with l2 = {l2}",
                     help="the intercepts are not penalised")
        assert_close(softmax(X @ W + b, axis=1), model.predict_proba(X), **CONVERGED,
                     what=f"probabilities with l2 = {l2}")


def test_two_classes_match_binary_logistic_regression(attempt):
    """with K = 2 and no penalty, softmax probabilities equal an unpenalised binary logistic
    regression and W[:, 1] - W[:, 0] equals its weights"""
    X, y = classes(seed=1, k=2)
    W, b = fit(attempt, X, y, 2, 1.0, 1000)
    model = LogisticRegression(C=np.inf, tol=1e-12, max_iter=100_000).fit(X, y)
    assert_close(softmax(X @ W + b, axis=1), model.predict_proba(X), **CONVERGED,
                 what="softmax probabilities with K = 2")
    assert_close(W[:, 1] - W[:, 0], model.coef_[0], **CONVERGED, what="W[:, 1] - W[:, 0]")
    assert_close(float(b[1] - b[0]), float(model.intercept_[0]), **CONVERGED,
                 what="b[1] - b[0]")


@given(problems(), st.integers(0, 30))
def test_matches_reference(attempt, reference, problem, n_iter):
    """W and b follow the reference's gradient-descent run"""
    X, y, k, lr, l2 = problem
    W, b = fit(attempt, X, y, k, lr, n_iter, l2)
    ref_W, ref_b = reference.fit_softmax(X, y, k, lr, n_iter, l2)
    assert_close(W, ref_W, **TRAJECTORY, what="W",
                 help="compute both gradients at the current point, then update W and b together")
    assert_close(b, ref_b, **TRAJECTORY, what="b")


def test_gradient_matches_finite_differences(attempt):
    """the step taken at an iterate is -lr times the finite-difference gradient of J"""
    X, y = classes(seed=2, n=40)
    lr, l2, t = 0.5, 0.2, 4
    W_t, b_t = fit(attempt, X, y, 3, lr, t, l2)
    W_next, b_next = fit(attempt, X, y, 3, lr, t + 1, l2)
    step = np.append((W_t - W_next).ravel(), b_t - b_next) / lr
    size = W_t.size

    def J(v):
        return objective(X, y, v[:size].reshape(W_t.shape), v[size:], l2)

    numeric = approx_fprime(np.append(W_t.ravel(), b_t), J, 1e-7)
    assert_close(step, numeric, **FD, what="(parameters before - after one update) / lr",
                 help="the gradient of the mean cross-entropy is X.T @ (P - Y) / n; the penalty "
                      "adds l2 * W")


@given(problems(), st.integers(0, 30))
def test_columns_sum_to_zero(attempt, problem, n_iter):
    """starting from zero, each row of W and the vector b sum to zero over the classes"""
    X, y, k, lr, l2 = problem
    W, b = fit(attempt, X, y, k, lr, n_iter, l2)
    assert_close(W.sum(axis=1), np.zeros(X.shape[1]), **SUMS, what="W.sum(axis=1)",
                 help="each row of P - Y sums to 0, so the updates never change these sums")
    assert_close(float(b.sum()), 0.0, **SUMS, what="b.sum()")


@given(problems(), st.integers(1, 30), st.data())
def test_relabelling_the_classes_permutes_the_columns(attempt, problem, n_iter, data):
    """renaming the classes by a permutation permutes the columns of W and b"""
    X, y, k, lr, l2 = problem
    perm = np.array(data.draw(st.permutations(range(k)), "perm"))
    W, b = fit(attempt, X, y, k, lr, n_iter, l2)
    W2, b2 = fit(attempt, X, perm[y], k, lr, n_iter, l2)
    assert_close(W2[:, perm], W, **TRAJECTORY, what="columns of W after renaming the classes",
                 help="column k of W belongs to the label k")
    assert_close(b2[perm], b, **TRAJECTORY, what="b after renaming the classes")


# --- one-vs-rest ------------------------------------------------------------------------------

def test_defaults(attempt):
    """fit_softmax's l2 defaults to 0; fit_one_vs_rest's lr, n_iter and l2 default to 0.1, 5000
    and 0"""
    # Three separable clusters: the one-vs-rest weights keep growing, so every default matters.
    rng = np.random.default_rng(11)
    y = np.repeat(np.arange(3), 6)
    X = np.array([[0.0, 3.0], [2.6, -1.5], [-2.6, -1.5]])[y] + 0.5 * rng.standard_normal((18, 2))
    result = attempt.fit_softmax(X, y, 3, 0.5, 20)
    if type(result) is not tuple or len(result) != 2:
        raise CheckFailure("fit_softmax(...) must return a tuple (W, b)",
                           expected="tuple of length 2", actual=type(result).__name__)
    W, b = fit(attempt, X, y, 3, 0.5, 20, 0.0)
    assert_close(as_array(result[0], "W", shape=W.shape), W, **TRAJECTORY,
                 what="W of fit_softmax(X, y, 3, 0.5, 20) against l2=0.0 given explicitly",
                 help="l2 defaults to 0.0: no penalty")
    assert_close(as_array(result[1], "b", shape=b.shape), b, **TRAJECTORY,
                 what="b of fit_softmax(X, y, 3, 0.5, 20) against l2=0.0 given explicitly")
    models = attempt.fit_one_vs_rest(X, y)
    expected = fit_ovr(attempt, X, y, 0.1, 5000, 0.0)
    if type(models) is not list or len(models) != 3:
        raise CheckFailure("fit_one_vs_rest(X, y) must return a list of 3 (w, b) tuples",
                           expected="list of length 3", actual=type(models).__name__)
    for k, (model, (w, b_k)) in enumerate(zip(models, expected, strict=True)):
        assert_close(as_array(model[0], f"w of model {k}", shape=w.shape), w, **TRAJECTORY,
                     what=f"w of class {k} from fit_one_vs_rest(X, y) against lr=0.1, "
                          "n_iter=5000, l2=0.0 given explicitly",
                     help="the defaults are lr=0.1, n_iter=5000, l2=0.0")
        assert_close(as_float(model[1], f"b of model {k}"), b_k, **TRAJECTORY,
                     what=f"b of class {k} from fit_one_vs_rest(X, y)",
                     help="the defaults are lr=0.1, n_iter=5000, l2=0.0")

def test_one_vs_rest_matches_sklearn(attempt):
    """with l2 = 1 / n, the one-vs-rest models, probabilities and predictions match
    OneVsRestClassifier(LogisticRegression())"""
    X, y = classes(seed=3)
    n = len(y)
    models = fit_ovr(attempt, X, y, 1.0, 1000, 1 / n)
    ovr = OneVsRestClassifier(LogisticRegression(tol=1e-12, max_iter=100_000)).fit(X, y)
    for k, ((w, b), estimator) in enumerate(zip(models, ovr.estimators_, strict=True)):
        assert_close(w, estimator.coef_[0], **CONVERGED, what=f"w of the model for class {k}",
                     help="class k's model is a binary logistic regression of (y == k) on X")
        assert_close(b, float(estimator.intercept_[0]), **CONVERGED,
                     what=f"b of the model for class {k}")
    proba = as_array(attempt.ovr_predict_proba(X, models), "ovr_predict_proba(X, models)",
                     shape=(n, 3))
    assert_close(proba, ovr.predict_proba(X), **CONVERGED, what="ovr_predict_proba(X, models)")
    predicted = ovr.classes_[proba.argmax(axis=1)]
    assert_true(np.array_equal(predicted, ovr.predict(X)),
                "the class with the highest one-vs-rest score differs from scikit-learn's",
                expected=ovr.predict(X), actual=predicted)


@given(problems().filter(lambda p: len(np.unique(p[1])) >= 2), st.integers(0, 30),
       st.sampled_from([0, 10, -3]))
def test_one_vs_rest_matches_reference(attempt, reference, problem, n_iter, offset):
    """each one-vs-rest model follows the reference's gradient-descent run"""
    X, y, _, lr, l2 = problem
    y = y + offset
    models = fit_ovr(attempt, X, y, lr, n_iter, l2)
    expected = reference.fit_one_vs_rest(X, y, lr=lr, n_iter=n_iter, l2=l2)
    for k, ((w, b), (ref_w, ref_b)) in enumerate(zip(models, expected, strict=True)):
        assert_close(w, ref_w, **TRAJECTORY, what=f"w of model {k}",
                     help="model k is trained on the targets (y == k) with the update above")
        assert_close(b, ref_b, **TRAJECTORY, what=f"b of model {k}")


def test_one_vs_rest_models_come_in_sorted_class_order(attempt):
    """the list holds one model per class in sorted label order, whatever the label values"""
    X, y = classes(seed=4, n=60)
    models = fit_ovr(attempt, X, y, 1.0, 50)
    renamed = np.array([30, 10, 20])[y]  # 0 -> 30, 1 -> 10, 2 -> 20; sorted: 10, 20, 30
    renamed_models = fit_ovr(attempt, X, renamed, 1.0, 50)
    for position, original in enumerate((1, 2, 0)):
        assert_close(renamed_models[position][0], models[original][0], **TRAJECTORY,
                     what=f"w of model {position} after renaming the labels 0, 1, 2 to 30, 10, 20",
                     help="order the models by np.unique(y), not by first appearance")


@given(st.integers(2, 5), st.integers(1, 3), st.data())
def test_one_vs_rest_probabilities_are_normalised_scores(attempt, k, d, data):
    """ovr_predict_proba divides each model's sigmoid score by the row's total, so rows sum to 1"""
    X = data.draw(hnp.arrays(np.float64, (data.draw(st.integers(1, 8)), d),
                             elements=st.floats(-5, 5)), "X")
    models = [(data.draw(hnp.arrays(np.float64, d, elements=st.floats(-3, 3)), f"w{j}"),
               data.draw(st.floats(-3, 3), f"b{j}")) for j in range(k)]
    proba = as_array(attempt.ovr_predict_proba(X, models), "ovr_predict_proba(X, models)",
                     shape=(len(X), k))
    scores = np.column_stack([expit(X @ w + b) for w, b in models])
    assert_close(proba.sum(axis=1), np.ones(len(X)), **SUMS, what="row sums")
    assert_close(proba, scores / scores.sum(axis=1, keepdims=True), **SOFTMAX,
                 what="ovr_predict_proba(X, models)",
                 help="sigmoid each model's logits, then divide by the row sum (not a softmax)")


# --- contract ---------------------------------------------------------------------------------

def test_bad_input_raises(attempt):
    """bad labels, shapes and hyperparameters raise ValueError"""
    X, y = classes(seed=5, n=9)
    for bad, what in ((np.where(y == 2, 3, y), "a label equal to n_classes"),
                      (np.where(y == 2, -1, y), "a label of -1"),
                      (np.where(y == 2, 1.5, y), "a label of 1.5")):
        with raises("ValueError", f"fit_softmax with {what}"):
            attempt.fit_softmax(X, bad, 3, 0.1, 5)
    with raises("ValueError", "fit_softmax with n_classes = 1"):
        attempt.fit_softmax(X, np.zeros(9, dtype=int), 1, 0.1, 5)
    for name, call in (("fit_softmax", lambda *a: attempt.fit_softmax(a[0], a[1], 3, *a[2:])),
                       ("fit_one_vs_rest", lambda *a: attempt.fit_one_vs_rest(*a))):
        with raises("ValueError", f"{name} with 9 rows in X and 8 in y"):
            call(X, y[:8], 0.1, 5)
        with raises("ValueError", f"{name} with a 1-D X"):
            call(X[:, 0], y, 0.1, 5)
        with raises("ValueError", f"{name} with a 2-D y"):
            call(X, y[:, None], 0.1, 5)
        with raises("ValueError", f"{name} with lr = 0"):
            call(X, y, 0.0, 5)
        with raises("ValueError", f"{name} with n_iter = -1"):
            call(X, y, 0.1, -1)
        with raises("ValueError", f"{name} with l2 = -1"):
            call(X, y, 0.1, 5, -1.0)
    with raises("ValueError", "fit_one_vs_rest with a single class"):
        attempt.fit_one_vs_rest(X, np.ones(9, dtype=int), lr=0.1, n_iter=5)


def test_written_by_hand(attempt_source):
    """the models are written with NumPy, without scikit-learn or scipy's softmax and expit"""
    lines = import_lines(attempt_source, {"sklearn"})
    if lines:
        raise CheckFailure(f"the file imports scikit-learn (line {lines[0]})",
                           help="write the gradient descent with NumPy")
    forbid_calls(attempt_source, {"scipy.special.softmax", "scipy.special.expit"},
                 "writing a softmax and a sigmoid that cannot overflow is part of the exercise")
