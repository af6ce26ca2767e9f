"""Hidden checks for ch08/sgd."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import SAME, CheckFailure, as_array, as_float, assert_close, assert_true, raises
from kit.strategies import regression_problems, seeded_regression

KEYS = {"w", "b", "loss_per_update", "visit_order"}


@st.composite
def sgd_runs(draw, rows=(1, 12), cols=(1, 4)):
    """(X, y, kwargs) with a learning rate that keeps every single-example step stable."""
    X, y = draw(regression_problems(rows=rows, cols=cols))
    scale = draw(st.floats(0.01, 0.9))
    lr = float(scale / (1.0 + np.max(np.sum(X**2, axis=1))))
    kwargs = {"lr": lr, "epochs": draw(st.integers(1, 4)), "seed": draw(st.integers(0, 2**32)),
              "shuffle": draw(st.booleans()),
              "lr_decay": draw(st.one_of(st.just(0.0), st.floats(0.01, 2.0)))}
    return X, y, kwargs


def run(attempt, X, y, **kwargs):
    """Call the attempt and check the result's keys, types and shapes."""
    epochs = kwargs.get("epochs", 1)
    n, d = X.shape
    out = attempt.sgd_linear_regression(X, y, **kwargs)
    if type(out) is not dict or set(out) != KEYS:
        actual = sorted(map(str, out)) if type(out) is dict else type(out).__name__
        raise CheckFailure("sgd_linear_regression(...) must return a dict with the keys "
                           f"{sorted(KEYS)}", expected=sorted(KEYS), actual=actual)
    return {
        "w": as_array(out["w"], "result['w']", shape=(d,)),
        "b": as_float(out["b"], "result['b']"),
        "loss_per_update": as_array(out["loss_per_update"], "result['loss_per_update']",
                                    shape=(epochs * n,)),
        "visit_order": as_array(out["visit_order"], "result['visit_order']", shape=(epochs, n),
                                kind="iu"),
    }


def replay(X, y, lr, epochs, seed=0, shuffle=True, lr_decay=0.0):
    """The statement's protocol, written independently of the reference (trusted NumPy)."""
    rng = np.random.default_rng(seed)
    n, d = X.shape
    theta = np.zeros(d + 1)  # [w, b]
    Z = np.column_stack([X, np.ones(n)])
    orders, losses = [], []
    for _ in range(epochs):
        orders.append(rng.permutation(n) if shuffle else np.arange(n))
        for i in orders[-1]:
            step = lr / (1 + lr_decay * len(losses))
            theta = theta - step * 2 * (Z[i] @ theta - y[i]) * Z[i]
            losses.append(np.mean((Z @ theta - y) ** 2))
    return {"w": theta[:-1], "b": float(theta[-1]), "loss_per_update": np.array(losses),
            "visit_order": np.array(orders).reshape(epochs, n)}


def assert_same_run(got, expected, help=""):
    assert_true(np.array_equal(got["visit_order"], expected["visit_order"]),
                "the visit order differs from the protocol's",
                expected=expected["visit_order"], actual=got["visit_order"],
                help="one rng = np.random.default_rng(seed) per call, then one "
                     "rng.permutation(n) per epoch (np.arange(n) without shuffling)")
    assert_close(got["loss_per_update"], expected["loss_per_update"], **SAME,
                 what="loss_per_update", help=help)
    assert_close(got["w"], expected["w"], **SAME, what="w", help=help)
    assert_close(got["b"], expected["b"], **SAME, what="b", help=help)


def lstsq(X, y):
    solution = np.linalg.lstsq(np.column_stack([X, np.ones(len(y))]), y, rcond=None)[0]
    return solution[:-1], float(solution[-1])


def test_known_answer(attempt):
    """two examples, one epoch in order at lr = 0.1: w = [1.16], b = 0.68, losses [3.06, 0.3528]"""
    X, y = np.array([[1.0], [2.0]]), np.array([1.0, 3.0])
    got = run(attempt, X, y, lr=0.1, epochs=1, shuffle=False)
    assert_true(np.array_equal(got["visit_order"], [[0, 1]]), "visit_order without shuffling",
                expected=[[0, 1]], actual=got["visit_order"])
    assert_close(got["loss_per_update"], np.array([3.06, 0.3528]), **SAME, what="loss_per_update",
                 help="record the full-data MSE after each update (not before it)")
    assert_close(got["w"], np.array([1.16]), **SAME, what="w",
                 help="the gradient of (x.w + b - y)^2 is 2 * r * x: keep the factor 2")
    assert_close(got["b"], 0.68, **SAME, what="b",
                 help="update b with the same residual r as w, computed before either changes")


def test_known_answer_with_decay(attempt):
    """with lr_decay = 1 the second update uses lr / 2: w = [0.68], b = 0.44, final loss 0.7272"""
    X, y = np.array([[1.0], [2.0]]), np.array([1.0, 3.0])
    got = run(attempt, X, y, lr=0.1, epochs=1, shuffle=False, lr_decay=1.0)
    assert_close(got["loss_per_update"], np.array([3.06, 0.7272]), **SAME, what="loss_per_update",
                 help="update t (counted from 0) uses lr / (1 + lr_decay * t)")
    assert_close(got["w"], np.array([0.68]), **SAME, what="w")
    assert_close(got["b"], 0.44, **SAME, what="b")


@given(sgd_runs())
def test_trajectory_matches_the_protocol(attempt, case):
    """the whole trajectory (orders, losses, final w and b) follows the stated rng protocol"""
    X, y, kwargs = case
    assert_same_run(run(attempt, X, y, **kwargs), replay(X, y, **kwargs),
                    help="follow the statement's protocol step by step: lr / (1 + lr_decay * t) "
                         "with t counted across epochs, both updates from the same residual")


@given(sgd_runs())
def test_matches_reference(attempt, reference, case):
    """the trajectory equals the reference solution's on generated problems"""
    X, y, kwargs = case
    assert_same_run(run(attempt, X, y, **kwargs), reference.sgd_linear_regression(X, y, **kwargs))


def test_a_fresh_permutation_every_epoch(attempt):
    """each epoch visits every example once, in a new order drawn by rng.permutation(n) (Q195)"""
    X, y, _ = seeded_regression(20, 2, seed=11)
    got = run(attempt, X, y, lr=0.01, epochs=4, seed=7)
    order = got["visit_order"]
    for e in range(4):
        assert_true(np.array_equal(np.sort(order[e]), np.arange(20)),
                    f"epoch {e} does not visit every example exactly once",
                    expected="a permutation of range(20)", actual=order[e])
    assert_true(len({tuple(row) for row in order}) == 4, "two epochs used the same visit order",
                expected="4 different orders", actual=order,
                help="draw a new rng.permutation(n) at the start of every epoch")
    rng = np.random.default_rng(7)
    expected = np.array([rng.permutation(20) for _ in range(4)])
    assert_true(np.array_equal(order, expected), "the orders are not the protocol's draws",
                expected=expected, actual=order,
                help="create the generator once per call with np.random.default_rng(seed)")


def test_no_shuffle_visits_in_order(attempt):
    """with shuffle=False every epoch visits the examples in their stored order"""
    X, y, _ = seeded_regression(9, 2, seed=12)
    got = run(attempt, X, y, lr=0.01, epochs=3, shuffle=False)
    assert_true(np.array_equal(got["visit_order"], np.tile(np.arange(9), (3, 1))),
                "visit_order with shuffle=False", expected=np.tile(np.arange(9), (3, 1)),
                actual=got["visit_order"])
    assert_same_run(got, replay(X, y, lr=0.01, epochs=3, shuffle=False))


def test_one_update_per_example_per_epoch(attempt):
    """there are n * epochs updates, and the first one is a single-example step from zero"""
    for n, d, epochs in [(1, 1, 3), (7, 2, 2), (13, 3, 1)]:
        X, y, _ = seeded_regression(n, d, seed=n)
        lr = 0.5 / (1 + np.max(np.sum(X**2, axis=1)))
        got = run(attempt, X, y, lr=lr, epochs=epochs, seed=3)  # checks epochs * n losses
        i = int(got["visit_order"][0, 0])
        w1, b1 = lr * 2 * y[i] * X[i], lr * 2 * y[i]  # the residual at w = 0, b = 0 is -y[i]
        assert_close(got["loss_per_update"][0], float(np.mean((X @ w1 + b1 - y) ** 2)), **SAME,
                     what=f"the loss after the first update (n={n})",
                     help="one update uses one example's gradient 2 * r * x")


def test_same_seed_same_run_and_different_seeds_differ(attempt):
    """the same seed reproduces a run exactly; a different seed gives a different run (Q193)"""
    X, y, _ = seeded_regression(30, 3, seed=13, noise=0.5)
    first = run(attempt, X, y, lr=0.02, epochs=2, seed=5)
    again = run(attempt, X, y, lr=0.02, epochs=2, seed=5)
    other = run(attempt, X, y, lr=0.02, epochs=2, seed=6)
    assert_true(np.array_equal(first["visit_order"], again["visit_order"])
                and np.array_equal(first["w"], again["w"]) and first["b"] == again["b"],
                "two runs with seed 5 differ", expected=first["w"], actual=again["w"],
                help="draw every random number from np.random.default_rng(seed), nothing global")
    assert_true(not np.array_equal(first["w"], other["w"]), "seeds 5 and 6 give the same weights",
                expected="different weights", actual=other["w"])


def test_per_update_loss_is_noisy(attempt):
    """with a constant learning rate the per-update training loss goes up as well as down (Q193)"""
    X, y, _ = seeded_regression(50, 2, seed=14, noise=0.5)
    losses = run(attempt, X, y, lr=0.05, epochs=3, seed=1)["loss_per_update"]
    rises = int(np.sum(np.diff(losses) > 0))
    assert_true(rises > 0, "the full-data loss never rose after an update",
                expected="some rises (single-example steps are noisy)", actual=losses,
                help="each update must use one example's gradient, not the full-data gradient")


def test_decaying_rate_converges_to_least_squares(attempt):
    """with a decaying learning rate the weights end within 0.05 of the least-squares solution"""
    rng = np.random.default_rng(1000)
    X = rng.standard_normal((100, 3))
    y = X @ rng.uniform(-3, 3, 3) + 1.5 + 0.5 * rng.standard_normal(100)
    got = run(attempt, X, y, lr=0.05, epochs=10, seed=0, lr_decay=0.02)
    w, b = lstsq(X, y)
    help = "update t (from 0, across epochs) uses lr / (1 + lr_decay * t)"
    assert_close(got["w"], w, rtol=0, atol=0.05, what="w after 10 epochs", help=help)
    assert_close(got["b"], b, rtol=0, atol=0.05, what="b after 10 epochs", help=help)


def test_one_epoch_beats_one_full_batch_step(attempt):
    """after one epoch, SGD's training loss is below that of one full-batch step at the same lr
    (Q192)"""
    rng = np.random.default_rng(2000)
    X = rng.standard_normal((100, 3))
    y = X @ rng.uniform(-3, 3, 3) + 1.5 + 0.5 * rng.standard_normal(100)
    sgd_loss = float(run(attempt, X, y, lr=0.05, epochs=1, seed=0)["loss_per_update"][-1])
    Z = np.column_stack([X, np.ones(100)])
    theta = 0.05 * 2 * Z.T @ y / 100  # one step from 0 along minus the full-data gradient
    batch_loss = float(np.mean((Z @ theta - y) ** 2))
    assert_true(sgd_loss < batch_loss, "one SGD epoch should beat one full-batch step",
                expected=f"loss < {batch_loss:.4g} (one full-batch step)", actual=sgd_loss,
                help="an epoch of SGD makes n updates, one per example")


def test_shuffling_helps_on_sorted_data(attempt):
    """on data sorted by target, shuffle=False ends with a higher training loss than shuffling
    (mean over 5 seeds, Q195)"""
    rng = np.random.default_rng(3000)
    X = rng.standard_normal((100, 2))
    y = X @ np.array([2.0, -1.0]) + 1.0 + 0.5 * rng.standard_normal(100)
    order = np.argsort(y)
    X, y = X[order], y[order]
    fixed = float(run(attempt, X, y, lr=0.05, epochs=3, shuffle=False)["loss_per_update"][-1])
    shuffled = float(np.mean([run(attempt, X, y, lr=0.05, epochs=3, seed=s)["loss_per_update"][-1]
                              for s in range(5)]))
    assert_true(fixed > shuffled, "without shuffling the final loss should be higher",
                expected=f"shuffle=False loss > {shuffled:.4g} (mean with shuffling)",
                actual=fixed, help="with shuffle=True draw a new permutation every epoch")


def test_bad_input_raises(attempt):
    """non-positive lr, fewer than one epoch, negative decay and bad shapes raise ValueError"""
    X, y, _ = seeded_regression(6, 2, seed=15)
    cases = [
        ("lr=0", (X, y), {"lr": 0.0, "epochs": 1}),
        ("lr=-0.1", (X, y), {"lr": -0.1, "epochs": 1}),
        ("epochs=0", (X, y), {"lr": 0.1, "epochs": 0}),
        ("lr_decay=-1", (X, y), {"lr": 0.1, "epochs": 1, "lr_decay": -1.0}),
        ("6 rows in X and 5 in y", (X, y[:5]), {"lr": 0.1, "epochs": 1}),
        ("a 1-D X", (X[:, 0], y), {"lr": 0.1, "epochs": 1}),
        ("a 2-D y", (X, y[:, None]), {"lr": 0.1, "epochs": 1}),
    ]
    for what, args, kwargs in cases:
        with raises("ValueError", f"sgd_linear_regression with {what}"):
            attempt.sgd_linear_regression(*args, **kwargs)


def test_no_rows_raises(attempt):
    """an X and y with no rows (n = 0) raise ValueError"""
    with raises("ValueError", "sgd_linear_regression with 0 rows and 2 columns"):
        attempt.sgd_linear_regression(np.zeros((0, 2)), np.zeros(0), lr=0.1, epochs=1)


def test_default_seed_is_zero(attempt):
    """without a seed argument the run shuffles with np.random.default_rng(0), as seed=0 does"""
    X, y, _ = seeded_regression(7, 2, seed=23)
    got = run(attempt, X, y, lr=0.05, epochs=3)
    assert_same_run(got, replay(X, y, lr=0.05, epochs=3, seed=0),
                    help="the signature's default is seed=0")
