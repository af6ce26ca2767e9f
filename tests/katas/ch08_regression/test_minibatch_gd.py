"""Hidden checks for ch08/minibatch_gd."""

import ast

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import SAME, CheckFailure, as_array, as_float, as_pair, assert_close, assert_true, raises
from kit.strategies import regression_problems, seeded_regression

KEYS = {"w", "b", "loss_per_epoch", "n_updates"}
REPRODUCE = {"rtol": 1e-10, "atol": 1e-10}  # D8.4: B = n vs batch GD, B = 1 vs SGD
LOOPS = (ast.For, ast.AsyncFor, ast.While, ast.ListComp, ast.SetComp, ast.DictComp,
         ast.GeneratorExp)


@st.composite
def stable_problems(draw, rows=(1, 12), cols=(1, 4)):
    """(X, y, lr) with a learning rate that keeps every mini-batch step stable."""
    X, y = draw(regression_problems(rows=rows, cols=cols))
    scale = draw(st.floats(0.01, 0.9))
    return X, y, float(scale / (1.0 + np.max(np.sum(X**2, axis=1))))


@st.composite
def minibatch_runs(draw):
    X, y, lr = draw(stable_problems())
    kwargs = {"batch_size": draw(st.integers(1, X.shape[0] + 2)), "lr": lr,
              "epochs": draw(st.integers(1, 4)), "seed": draw(st.integers(0, 2**32)),
              "shuffle": draw(st.booleans())}
    return X, y, kwargs


def run(attempt, X, y, **kwargs):
    """Call minibatch_gd and check the result's keys, types and shapes."""
    out = attempt.minibatch_gd(X, y, **kwargs)
    if type(out) is not dict or set(out) != KEYS:
        actual = sorted(map(str, out)) if type(out) is dict else type(out).__name__
        raise CheckFailure(f"minibatch_gd(...) must return a dict with the keys {sorted(KEYS)}",
                           expected=sorted(KEYS), actual=actual)
    n_updates = out["n_updates"]
    if type(n_updates) is not int:
        raise CheckFailure("result['n_updates'] must be an int", expected="int",
                           actual=type(n_updates).__name__)
    return {"w": as_array(out["w"], "result['w']", shape=(X.shape[1],)),
            "b": as_float(out["b"], "result['b']"),
            "loss_per_epoch": as_array(out["loss_per_epoch"], "result['loss_per_epoch']",
                                       shape=(kwargs["epochs"],)),
            "n_updates": n_updates}


def gradient(attempt, X, y, w, b):
    grad_w, grad_b = as_pair(attempt.batch_gradient(X, y, w, b), "batch_gradient(...)")
    return as_array(grad_w, "grad_w", shape=(X.shape[1],)), as_float(grad_b, "grad_b")


def replay(X, y, batch_size, lr, epochs, seed=0, shuffle=True):
    """The statement's protocol, written independently of the reference (trusted NumPy)."""
    rng = np.random.default_rng(seed)
    n = len(y)
    Z = np.column_stack([X, np.ones(n)])
    theta, losses, updates = np.zeros(Z.shape[1]), [], 0
    for _ in range(epochs):
        order = rng.permutation(n) if shuffle else np.arange(n)
        for rows in np.array_split(order, np.arange(batch_size, n, batch_size)):
            theta = theta - lr * 2 * Z[rows].T @ (Z[rows] @ theta - y[rows]) / len(rows)
            updates += 1
        losses.append(np.mean((Z @ theta - y) ** 2))
    return {"w": theta[:-1], "b": float(theta[-1]), "loss_per_epoch": np.array(losses),
            "n_updates": updates}


def batch_gd_oracle(X, y, lr, steps):
    """Full-batch gradient descent from zero (ch08/batch_gd's update), with the loss per step."""
    Z = np.column_stack([X, np.ones(len(y))])
    theta, losses = np.zeros(Z.shape[1]), []
    for _ in range(steps):
        theta = theta - lr * 2 * Z.T @ (Z @ theta - y) / len(y)
        losses.append(np.mean((Z @ theta - y) ** 2))
    return theta[:-1], float(theta[-1]), np.array(losses)


def sgd_oracle(X, y, lr, epochs, seed):
    """Per-example SGD from zero with one rng.permutation(n) per epoch (ch08/sgd, lr_decay = 0)."""
    rng = np.random.default_rng(seed)
    Z = np.column_stack([X, np.ones(len(y))])
    theta, losses = np.zeros(Z.shape[1]), []
    for _ in range(epochs):
        for i in rng.permutation(len(y)):
            theta = theta - lr * 2 * (Z[i] @ theta - y[i]) * Z[i]
        losses.append(np.mean((Z @ theta - y) ** 2))
    return theta[:-1], float(theta[-1]), np.array(losses)


def assert_same_run(got, expected, tol=SAME, help=""):
    assert_true(got["n_updates"] == expected["n_updates"], "n_updates is wrong",
                expected=expected["n_updates"], actual=got["n_updates"],
                help="one update per batch, ceil(n / B) batches per epoch")
    assert_close(got["loss_per_epoch"], expected["loss_per_epoch"], **tol, what="loss_per_epoch",
                 help=help)
    assert_close(got["w"], expected["w"], **tol, what="w", help=help)
    assert_close(got["b"], expected["b"], **tol, what="b", help=help)


def loop_nesting(source, function):
    """(line, depth) of every loop or comprehension inside ``function``; depth 1 is outermost."""
    found = []

    def visit(node, depth):
        for child in ast.iter_child_nodes(node):
            inner = depth + isinstance(child, LOOPS)
            if isinstance(child, LOOPS):
                found.append((child.lineno, inner))
            visit(child, inner)

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == function:
            visit(node, 0)
    return found


def test_known_answer(attempt):
    """three examples in batches of 2, in order at lr = 0.1: w = [1.9], b = 1.2, loss 1/60"""
    X, y = np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0])
    got = run(attempt, X, y, batch_size=2, lr=0.1, epochs=1, shuffle=False)
    help = "the short last batch is a step too, with the mean over its own rows"
    assert_true(got["n_updates"] == 2, "n_updates is wrong", expected=2, actual=got["n_updates"],
                help=help)
    assert_close(got["w"], np.array([1.9]), **SAME, what="w", help=help)
    assert_close(got["b"], 1.2, **SAME, what="b", help=help)
    assert_close(got["loss_per_epoch"], np.array([1 / 60]), **SAME, what="loss_per_epoch",
                 help="record the full-data MSE after the epoch's last batch")


def test_known_gradient(attempt):
    """batch_gradient of two rows at w = [1, 0], b = 0.5 is ([0.5, 1.5], 1.0)"""
    X, y = np.array([[1.0, 2.0], [0.0, 1.0]]), np.array([1.0, 0.0])
    grad_w, grad_b = gradient(attempt, X, y, np.array([1.0, 0.0]), 0.5)
    assert_close(grad_w, np.array([0.5, 1.5]), **SAME, what="grad_w",
                 help="grad_w = 2 / m * X.T @ (X @ w + b - y)")
    assert_close(grad_b, 1.0, **SAME, what="grad_b", help="grad_b = 2 * mean(X @ w + b - y)")


@given(stable_problems(), st.data())
def test_batch_gradient_is_the_mean_of_per_example_gradients(attempt, problem, data):
    """the vectorised batch gradient equals the mean of the per-example gradients (Q199)"""
    X, y, _ = problem
    w = data.draw(st.lists(st.floats(-3, 3), min_size=X.shape[1], max_size=X.shape[1]))
    w, b = np.array(w), data.draw(st.floats(-3, 3))
    per_example = [(2 * (X[i] @ w + b - y[i]) * X[i], 2 * (X[i] @ w + b - y[i]))
                   for i in range(len(y))]
    grad_w, grad_b = gradient(attempt, X, y, w, b)
    assert_close(grad_w, np.mean([g for g, _ in per_example], axis=0), **SAME, what="grad_w",
                 help="divide by the number of rows in this batch")
    assert_close(grad_b, float(np.mean([g for _, g in per_example])), **SAME, what="grad_b")


@given(minibatch_runs())
def test_trajectory_matches_the_protocol(attempt, case):
    """the whole trajectory (losses, final w and b, update count) follows the stated protocol"""
    X, y, kwargs = case
    assert_same_run(run(attempt, X, y, **kwargs), replay(X, y, **kwargs),
                    help="one rng.permutation(n) per epoch, consecutive batches of that order, "
                         "the short last batch included, a batch size above n treated as n")


@given(minibatch_runs())
def test_matches_reference(attempt, reference, case):
    """the trajectory equals the reference solution's on generated problems"""
    X, y, kwargs = case
    assert_same_run(run(attempt, X, y, **kwargs), reference.minibatch_gd(X, y, **kwargs))


@given(stable_problems(), st.integers(1, 5), st.integers(0, 2**32), st.integers(0, 3))
def test_full_batch_is_batch_gradient_descent(attempt, problem, epochs, seed, extra):
    """with batch_size = n (or larger) each epoch is one full-batch gradient step (Q196)"""
    X, y, lr = problem
    got = run(attempt, X, y, batch_size=len(y) + extra, lr=lr, epochs=epochs, seed=seed)
    w, b, losses = batch_gd_oracle(X, y, lr, epochs)
    help = "with B >= n there is one batch holding every example, so one step per epoch"
    assert_same_run(got, {"w": w, "b": b, "loss_per_epoch": losses, "n_updates": epochs},
                    REPRODUCE, help)


@given(stable_problems(), st.integers(1, 3), st.integers(0, 2**32))
def test_batch_of_one_is_sgd(attempt, problem, epochs, seed):
    """with batch_size = 1 the run is SGD with the same seed, visit orders and losses (Q196)"""
    X, y, lr = problem
    got = run(attempt, X, y, batch_size=1, lr=lr, epochs=epochs, seed=seed)
    w, b, losses = sgd_oracle(X, y, lr, epochs, seed)
    assert_same_run(got, {"w": w, "b": b, "loss_per_epoch": losses,
                          "n_updates": epochs * len(y)}, REPRODUCE,
                    "B = 1 steps through rng.permutation(n) one example at a time")


@given(st.integers(1, 40), st.integers(1, 50), st.integers(1, 4))
def test_update_count(attempt, n, batch_size, epochs):
    """n_updates is epochs * ceil(n / B), the short last batch included (Q189)"""
    X, y, _ = seeded_regression(n, 2, seed=n)
    got = run(attempt, X, y, batch_size=batch_size, lr=0.01, epochs=epochs)
    expected = epochs * -(-n // batch_size)
    assert_true(got["n_updates"] == expected, f"n_updates for n={n}, batch_size={batch_size}, "
                f"epochs={epochs}", expected=expected, actual=got["n_updates"],
                help="count the short last batch, and treat a batch size above n as n")


def test_short_last_batch_is_used(attempt):
    """the examples of a short last batch take part in training (n = 5, batch size 4)"""
    X, y, _ = seeded_regression(5, 2, seed=21)
    got = run(attempt, X, y, batch_size=4, lr=0.05, epochs=3, shuffle=False)
    assert_same_run(got, replay(X, y, batch_size=4, lr=0.05, epochs=3, shuffle=False),
                    help="the last batch holds n % B rows; step on it with the mean over them")


def test_converges_near_least_squares(attempt):
    """with batches of 16 the weights end within 0.05 of the least-squares solution (Q189)"""
    rng = np.random.default_rng(5000)
    X = rng.standard_normal((200, 3))
    y = X @ rng.uniform(-3, 3, 3) + 1.5 + 0.5 * rng.standard_normal(200)
    got = run(attempt, X, y, batch_size=16, lr=0.02, epochs=30, seed=0)
    Z = np.column_stack([X, np.ones(200)])
    solution = np.linalg.lstsq(Z, y, rcond=None)[0]
    assert_close(got["w"], solution[:-1], rtol=0, atol=0.05, what="w after 30 epochs")
    assert_close(got["b"], float(solution[-1]), rtol=0, atol=0.05, what="b after 30 epochs")


def test_gradient_variance_falls_with_batch_size(attempt):
    """at a fixed w, the mini-batch gradient varies at least 4 times less with B = 64 than with
    B = 4 (Q189)"""
    rng = np.random.default_rng(6000)
    X = rng.standard_normal((512, 3))
    y = X @ rng.uniform(-3, 3, 3) + 1.5 + 0.5 * rng.standard_normal(512)
    w, b = np.array([0.5, -0.5, 1.0]), 0.3
    variance = {}
    for size in (4, 64):
        grads = []
        for _ in range(40):
            rows = rng.choice(512, size, replace=False)
            grad_w, grad_b = gradient(attempt, X[rows], y[rows], w, b)
            grads.append(np.append(grad_w, grad_b))
        variance[size] = float(np.var(grads, axis=0).sum())
    assert_true(variance[64] * 4 <= variance[4], "the gradient variance did not fall enough",
                expected=f"variance at B=64 <= {variance[4] / 4:.4g} (a quarter of B=4's)",
                actual=f"B=4: {variance[4]:.4g}, B=64: {variance[64]:.4g}",
                help="average the per-example gradients over the batch (divide by m)")


def test_shuffle_false_never_draws(attempt):
    """with shuffle=False the seed does not matter: the epochs use the stored order"""
    X, y, _ = seeded_regression(10, 2, seed=22)
    first = run(attempt, X, y, batch_size=3, lr=0.05, epochs=2, seed=1, shuffle=False)
    expected = replay(X, y, batch_size=3, lr=0.05, epochs=2, shuffle=False)
    assert_same_run(first, expected)
    assert_same_run(run(attempt, X, y, batch_size=3, lr=0.05, epochs=2, seed=2, shuffle=False),
                    expected)


def test_no_loop_over_examples(attempt_source):
    """the batch gradient is one matrix product: no Python loop over a batch's examples (Q199)"""
    source_tree = ast.parse(attempt_source)
    for node in ast.walk(source_tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        allowed = 2 if node.name == "minibatch_gd" else 0
        deep = [line for line, depth in loop_nesting(attempt_source, node.name) if depth > allowed]
        if deep:
            where = ", ".join(f"line {line}" for line in deep)
            raise CheckFailure(
                f"{node.name} has a Python loop where the statement allows none ({where})",
                expected=("loops only over epochs and batches in minibatch_gd" if allowed
                          else f"no loop in {node.name}"),
                actual=where,
                help="compute the batch's gradient with one product: 2 / m * X.T @ r")


def test_bad_input_raises(attempt):
    """a batch size below 1, a non-positive lr, zero epochs and bad shapes raise ValueError"""
    X, y, _ = seeded_regression(6, 2, seed=23)
    ok = {"batch_size": 2, "lr": 0.1, "epochs": 1}
    cases = [
        ("batch_size=0", (X, y), ok | {"batch_size": 0}),
        ("batch_size=-2", (X, y), ok | {"batch_size": -2}),
        ("lr=0", (X, y), ok | {"lr": 0.0}),
        ("lr=-0.1", (X, y), ok | {"lr": -0.1}),
        ("epochs=0", (X, y), ok | {"epochs": 0}),
        ("6 rows in X and 5 in y", (X, y[:5]), ok),
        ("a 1-D X", (X[:, 0], y), ok),
        ("a 2-D y", (X, y[:, None]), ok),
    ]
    for what, args, kwargs in cases:
        with raises("ValueError", f"minibatch_gd with {what}"):
            attempt.minibatch_gd(*args, **kwargs)


def test_default_seed_is_zero(attempt):
    """without a seed argument the run shuffles with np.random.default_rng(0), as seed=0 does"""
    X, y, _ = seeded_regression(9, 2, seed=22)
    got = run(attempt, X, y, batch_size=2, lr=0.05, epochs=3)
    assert_same_run(got, replay(X, y, batch_size=2, lr=0.05, epochs=3, seed=0),
                    help="the signature's default is seed=0")
