"""Hidden checks for ch08/early_stopping."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import SAME, CheckFailure, as_array, as_float, as_pair, assert_close, assert_true, raises

from katas.attempt import Remote

NAN = float("nan")
# Multiples of 1/8 (exact in binary) and NaN: every formulation of the comparison agrees.
LOSSES = st.lists(st.one_of(st.integers(0, 80).map(lambda k: k / 8), st.just(NAN)),
                  min_size=1, max_size=15)
PATIENCE = st.integers(0, 5)
MIN_DELTA = st.sampled_from([0.0, 0.125, 0.5])


def stopper_step(stopper):
    """The stopper's step method as a callable: one round trip per call for an attempt's object."""
    return stopper.method("step") if isinstance(stopper, Remote) else stopper.step


def params_of(epoch):
    """The parameters after ``epoch`` epochs of the checks' training loop."""
    return {"w": np.array([float(epoch), -float(epoch)]), "b": np.array([epoch / 2])}


def tag(epoch):
    """Small parameters that name their epoch, for feeding a stopper directly."""
    return {"w": np.array([float(epoch)])}


def feed(stopper, losses):
    """Feed the losses epoch by epoch until the first True. Returns (stop epoch or None,
    decisions)."""
    step, decisions = stopper_step(stopper), []
    for epoch, loss in enumerate(losses, start=1):
        decision = step(epoch, loss, tag(epoch))
        if type(decision) is not bool:
            raise CheckFailure(f"step(...) must return a bool (epoch {epoch})", expected="bool",
                               actual=type(decision).__name__)
        decisions.append(decision)
        if decision:
            return epoch, decisions
    return None, decisions


def rule(losses, patience, min_delta):
    """D8.10's rule, replayed in the check: (stop epoch or None, best epoch, best loss)."""
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(losses, start=1):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
        if wait > patience:
            return epoch, best_epoch, best
    return None, best_epoch, best


def state(stopper):
    """(best_epoch, best_loss, best_params) read from a stopper, with their types checked."""
    epoch = stopper.best_epoch
    if type(epoch) is not int:
        raise CheckFailure("best_epoch must be an int", expected="int", actual=type(epoch).__name__)
    return epoch, as_float(stopper.best_loss, "best_loss"), stopper.best_params


def assert_params(actual, expected, what, help=""):
    if type(actual) is not dict or set(actual) != set(expected):
        raise CheckFailure(f"{what} must be a dict with the keys {sorted(expected)}",
                           expected=expected, actual=actual, help=help)
    for key, value in expected.items():
        assert_close(as_array(actual[key], f"{what}[{key!r}]", shape=np.shape(value)), value,
                     rtol=0, atol=0, what=f"{what}[{key!r}]", help=help)


def assert_follows_rule(stopper, losses, patience, min_delta, who="the rule"):
    stop, decisions = feed(stopper, losses)
    expected_stop, best_epoch, best_loss = rule(losses, patience, min_delta)
    assert_true(stop == expected_stop, f"the stop epoch differs from {who}'s",
                expected=expected_stop, actual=stop,
                help="count consecutive epochs without val_loss < best_loss - min_delta; stop when "
                     "the count exceeds patience (NaN never improves)")
    epoch, loss, params = state(stopper)
    assert_true(epoch == best_epoch, "best_epoch is wrong", expected=best_epoch, actual=epoch)
    assert_close(loss, best_loss, rtol=0, atol=0, what="best_loss")
    if best_epoch:
        assert_params(params, tag(best_epoch), "best_params")
    return decisions


class Recorder:
    """step_fn / val_fn pair for the training loop: epoch e's params hold w = [e, -e], b = e / 2;
    val_fn returns the given losses in turn. Records every call (params as received)."""

    def __init__(self, losses):
        self.losses, self.steps, self.vals = list(losses), [], []

    def step_fn(self, params):
        self.steps.append(params)
        return {"w": params["w"] + np.array([1.0, -1.0]), "b": params["b"] + 0.5}

    def val_fn(self, params):
        self.vals.append(params)
        return self.losses[len(self.vals) - 1]


def train(attempt, stopper, losses, max_epochs=None):
    recorder = Recorder(losses)
    out = attempt.train_with_early_stopping(recorder.step_fn, recorder.val_fn, params_of(0),
                                            max_epochs or len(losses), stopper)
    params, history = as_pair(out, "train_with_early_stopping(...)")
    if type(history) is not list or any(type(h) is not float for h in history):
        raise CheckFailure("the history must be a list of Python floats", expected="list[float]",
                           actual=history)
    return params, history, recorder


def test_known_answer(attempt):
    """losses 5, 4, 3, 3.5, 3.2, 3.9 with patience 2: best epoch 3, stop at epoch 6"""
    stopper = attempt.EarlyStopping(patience=2)
    stop, decisions = feed(stopper, [5.0, 4.0, 3.0, 3.5, 3.2, 3.9, 4.0])
    assert_true(decisions == [False] * 5 + [True], "the stop decisions are wrong",
                expected=[False] * 5 + [True], actual=decisions,
                help="stop when the non-improving epochs in a row exceed patience: 3 > 2 at "
                     "epoch 6")
    epoch, loss, params = state(stopper)
    assert_true(epoch == 3, "best_epoch is wrong", expected=3, actual=epoch,
                help="epochs are numbered from 1; 3.2 is worse than the best 3.0")
    assert_close(loss, 3.0, rtol=0, atol=0, what="best_loss")
    assert_params(params, tag(3), "best_params")


def test_a_fresh_stopper(attempt):
    """a new stopper keeps its settings and starts with best_epoch 0, best_loss inf, no params"""
    stopper = attempt.EarlyStopping(patience=3, min_delta=0.25, restore_best=False)
    settings = (stopper.patience, stopper.min_delta, stopper.restore_best)
    assert_true(settings == (3, 0.25, False), "the settings are not kept as attributes",
                expected=(3, 0.25, False), actual=settings)
    epoch, loss, params = state(stopper)
    assert_true((epoch, loss, params) == (0, math.inf, None), "the initial state is wrong",
                expected=(0, math.inf, None), actual=(epoch, loss, params))
    defaults = attempt.EarlyStopping()
    settings = (defaults.patience, defaults.min_delta, defaults.restore_best)
    assert_true(settings == (10, 0.0, True), "the default settings are wrong",
                expected=(10, 0.0, True), actual=settings)


@given(LOSSES, PATIENCE, MIN_DELTA)
def test_stop_rule(attempt, losses, patience, min_delta):
    """the stop epoch, best epoch, best loss and best params follow the stated rule (Q221)"""
    stopper = attempt.EarlyStopping(patience=patience, min_delta=min_delta)
    assert_follows_rule(stopper, losses, patience, min_delta)


@given(LOSSES, PATIENCE, MIN_DELTA)
def test_matches_reference(attempt, reference, losses, patience, min_delta):
    """the stop epoch and the best epoch agree with the reference solution"""
    expected = reference.EarlyStopping(patience=patience, min_delta=min_delta)
    stop, _ = feed(expected, losses)
    attempt_stopper = attempt.EarlyStopping(patience=patience, min_delta=min_delta)
    got, _ = feed(attempt_stopper, losses)
    assert_true(got == stop, "the stop epoch differs from the reference's", expected=stop,
                actual=got)
    assert_true(attempt_stopper.best_epoch == expected.best_epoch,
                "best_epoch differs from the reference's", expected=expected.best_epoch,
                actual=attempt_stopper.best_epoch)


@given(st.lists(st.integers(1, 6), min_size=1, max_size=20), PATIENCE, MIN_DELTA)
def test_strictly_decreasing_never_stops(attempt, drops, patience, min_delta):
    """a loss that keeps falling by more than min_delta never stops training"""
    losses = list(100.0 - np.cumsum(np.array(drops) / 8 + min_delta))
    stop, _ = feed(attempt.EarlyStopping(patience=patience, min_delta=min_delta), losses)
    assert_true(stop is None, "training stopped although every epoch improved",
                expected="never stop", actual=f"stopped at epoch {stop}", help="improving means "
                "val_loss < best_loss - min_delta; a decrease of more than min_delta counts")


@given(st.integers(1, 8), st.lists(st.integers(0, 10), min_size=6, max_size=6), PATIENCE)
def test_stops_patience_plus_one_epochs_after_the_minimum(attempt, best, rises, patience):
    """after a minimum followed by worse epochs, the stop comes at best_epoch + patience + 1"""
    losses = [20.0 - e for e in range(1, best + 1)] + [20.0 - best + r / 8 for r in rises]
    stopper = attempt.EarlyStopping(patience=patience)
    stop, _ = feed(stopper, losses)
    expected = best + patience + 1 if best + patience + 1 <= len(losses) else None
    assert_true(stop == expected, f"wrong stop epoch with the minimum at epoch {best}",
                expected=expected, actual=stop,
                help="patience counts the non-improving epochs that are tolerated; the next one "
                     "stops (a tie with the best is not an improvement)")


def test_the_count_restarts_after_an_improvement(attempt):
    """only non-improving epochs in a row count: losses 3, 4, 2, 5, 1, 6 never stop at patience 1"""
    stop, _ = feed(attempt.EarlyStopping(patience=1), [3.0, 4.0, 2.0, 5.0, 1.0, 6.0])
    assert_true(stop is None, "training stopped although no two bad epochs came in a row",
                expected="never stop", actual=f"stopped at epoch {stop}",
                help="reset the count of non-improving epochs to 0 on every improvement")


def test_patience_zero_stops_at_the_first_non_improving_epoch(attempt):
    """with patience 0 the first epoch that does not improve stops training (Q223)"""
    stop, _ = feed(attempt.EarlyStopping(patience=0), [3.0, 2.0, 2.0, 1.0])
    assert_true(stop == 3, "wrong stop epoch with patience 0", expected=3, actual=stop,
                help="an equal loss is not an improvement")


@given(LOSSES, PATIENCE, st.integers(1, 4), MIN_DELTA)
def test_more_patience_never_stops_earlier(attempt, losses, patience, extra, min_delta):
    """a larger patience never stops earlier on the same losses (Q223)"""
    early, _ = feed(attempt.EarlyStopping(patience=patience, min_delta=min_delta), losses)
    late, _ = feed(attempt.EarlyStopping(patience=patience + extra, min_delta=min_delta), losses)
    assert_true(early is not None or late is None,
                f"patience {patience + extra} stopped but patience {patience} did not",
                expected="no stop", actual=f"stop at epoch {late}")
    if early is not None and late is not None:
        assert_true(late >= early, f"patience {patience + extra} stopped before patience "
                    f"{patience}", expected=f"epoch >= {early}", actual=late)


def test_nan_is_not_an_improvement(attempt):
    """a NaN validation loss counts as an epoch without improvement"""
    stopper = attempt.EarlyStopping(patience=1)
    stop, _ = feed(stopper, [1.0, NAN, NAN, 0.5])
    assert_true(stop == 3, "NaN losses should count as non-improving epochs", expected=3,
                actual=stop, help="val_loss < best_loss - min_delta is False for NaN")
    epoch, loss, _ = state(stopper)
    assert_true((epoch, loss) == (1, 1.0), "NaN replaced the best loss", expected=(1, 1.0),
                actual=(epoch, loss))
    first = attempt.EarlyStopping(patience=0)
    stop, _ = feed(first, [NAN])
    assert_true((stop, first.best_epoch, first.best_params) == (1, 0, None),
                "a NaN first epoch is not an improvement", expected=(1, 0, None),
                actual=(stop, first.best_epoch, first.best_params))


def test_min_delta(attempt):
    """an improvement of exactly min_delta does not count; a larger one does; a worse loss never
    does"""
    stopper = attempt.EarlyStopping(patience=5, min_delta=0.125)
    feed(stopper, [1.0, 0.875, 0.8125])
    epoch, loss, _ = state(stopper)
    assert_true((epoch, loss) == (3, 0.8125), "min_delta is applied wrongly",
                expected=(3, 0.8125), actual=(epoch, loss),
                help="epoch 2 (0.875) is not below 1.0 - 0.125, so the best stays 1.0; epoch 3 "
                     "(0.8125) is below 0.875")
    stopper = attempt.EarlyStopping(patience=5, min_delta=0.125)
    feed(stopper, [1.0, 1.0625])
    epoch, loss, _ = state(stopper)
    assert_true((epoch, loss) == (1, 1.0), "a worse loss became the best", expected=(1, 1.0),
                actual=(epoch, loss), help="an improvement is val_loss < best_loss - min_delta "
                                            "(minus, not plus): 1.0625 is worse than 1.0")


def test_training_loop_stops_and_restores_the_best_params(attempt):
    """the loop stops at the documented epoch, returns the history so far and restores the best
    parameters (Q222)"""
    losses = [5.0, 4.0, 3.0, 3.5, 3.2, 3.9, 4.0, 1.0, 0.5]
    stopper = attempt.EarlyStopping(patience=2)
    params, history, recorder = train(attempt, stopper, losses)
    assert_true(history == losses[:6], "the history is wrong", expected=losses[:6], actual=history,
                help="one validation loss per epoch, up to and including the stop epoch (6)")
    assert_true(len(recorder.steps) == 6 and len(recorder.vals) == 6,
                "step_fn and val_fn must run once per epoch until the stop",
                expected="6 calls each", actual=(len(recorder.steps), len(recorder.vals)))
    for e in range(6):
        assert_params(recorder.steps[e], params_of(e), f"the params passed to step_fn at epoch "
                      f"{e + 1}", help="pass step_fn the params it returned the epoch before")
        assert_params(recorder.vals[e], params_of(e + 1), f"the params passed to val_fn at "
                      f"epoch {e + 1}", help="validate the params step_fn just returned")
    assert_params(params, params_of(3), "the returned params",
                  help="with restore_best the loop returns the best epoch's params (epoch 3)")
    assert_true(stopper.best_epoch == 3, "stopper.best_epoch after training", expected=3,
                actual=stopper.best_epoch, help="the loop numbers epochs from 1")
    assert_params(stopper.best_params, params_of(3), "stopper.best_params after training",
                  help="store a copy: later epochs must not change the best params")


def test_training_loop_without_restore_returns_the_last_params(attempt):
    """with restore_best=False the loop returns the parameters of the last epoch run"""
    losses = [5.0, 4.0, 4.5, 4.5, 6.0]
    params, history, _ = train(attempt, attempt.EarlyStopping(patience=1, restore_best=False),
                               losses)
    assert_true(history == losses[:4], "the history is wrong", expected=losses[:4],
                actual=history)
    assert_params(params, params_of(4), "the returned params",
                  help="without restore_best, return the params of the stop epoch")


def test_training_loop_runs_to_max_epochs(attempt):
    """when the stopper never fires the loop runs max_epochs epochs and restores the best"""
    losses = [3.0, 2.0, 2.5, 1.0, 1.5, 2.0, 0.5, 0.6]
    params, history, _ = train(attempt, attempt.EarlyStopping(patience=3), losses, max_epochs=8)
    assert_true(history == losses, "the history is wrong", expected=losses, actual=history)
    assert_params(params, params_of(7), "the returned params")
    params, history, _ = train(attempt, attempt.EarlyStopping(patience=3), losses, max_epochs=5)
    assert_true(history == losses[:5], "max_epochs is not respected", expected=losses[:5],
                actual=history)
    assert_params(params, params_of(4), "the returned params after 5 epochs")


@given(LOSSES, PATIENCE, MIN_DELTA, st.booleans())
def test_training_loop_matches_the_rule(attempt, losses, patience, min_delta, restore):
    """the loop's history length is the stop epoch and its params those of the best or last epoch"""
    stopper = attempt.EarlyStopping(patience=patience, min_delta=min_delta, restore_best=restore)
    params, history, _ = train(attempt, stopper, losses)
    stop, best_epoch, _ = rule(losses, patience, min_delta)
    last = stop or len(losses)
    assert_true(len(history) == last, "len(history) should be the stop epoch", expected=last,
                actual=len(history))
    assert_true(history == losses[:last] or np.array_equal(history, losses[:last], equal_nan=True),
                "the history is wrong", expected=losses[:last], actual=history)
    expected = best_epoch if restore and best_epoch else last
    assert_params(params, params_of(expected), "the returned params")


def test_early_stopped_gradient_descent_has_smaller_weights(attempt):
    """gradient descent from zero grows ||w|| every step, so the early-stopped weights are smaller
    than the least-squares solution (Q224)"""
    rng = np.random.default_rng(7000)
    n, d = 20, 15
    true = 0.5 * rng.standard_normal(d)
    X, X_val = rng.standard_normal((n, d)), rng.standard_normal((200, d))
    y, y_val = X @ true + rng.standard_normal(n), X_val @ true + rng.standard_normal(200)
    x_mean, y_mean = X.mean(axis=0), y.mean()
    X, y, X_val, y_val = X - x_mean, y - y_mean, X_val - x_mean, y_val - y_mean  # centred
    lr = 0.5 / np.linalg.eigvalsh(2 * X.T @ X / n).max()
    path = []

    def step_fn(params):
        path.append(params["w"] - lr * 2 * X.T @ (X @ params["w"] - y) / n)
        return {"w": path[-1]}

    def val_fn(params):
        return float(np.mean((X_val @ params["w"] - y_val) ** 2))

    stopper = attempt.EarlyStopping(patience=5)
    out = attempt.train_with_early_stopping(step_fn, val_fn, {"w": np.zeros(d)}, 300, stopper)
    params, history = as_pair(out, "train_with_early_stopping(...)")
    norms = np.linalg.norm(path, axis=1)
    assert_true(bool(np.all(np.diff(norms) >= -1e-12)), "||w_t|| decreased along the descent",
                expected="non-decreasing norms", actual=norms)
    assert_true(len(history) < 300, "validation loss never stopped improving",
                expected="an early stop", actual=f"{len(history)} epochs")
    best = int(np.nanargmin(history))
    assert_params(params, {"w": path[best]}, "the restored weights",
                  help="restore the weights of the epoch with the lowest validation loss")
    ols = np.linalg.lstsq(X, y, rcond=None)[0]
    assert_true(np.linalg.norm(params["w"]) < np.linalg.norm(ols),
                "early-stopped weights should be smaller than the least-squares solution",
                expected=f"norm < {np.linalg.norm(ols):.4g}",
                actual=float(np.linalg.norm(params["w"])))
    assert_close(stopper.best_loss, float(history[best]), **SAME, what="best_loss")


def test_bad_input_raises(attempt):
    """negative patience or min_delta, and max_epochs below 1, raise ValueError"""
    with raises("ValueError", "EarlyStopping(patience=-1)"):
        attempt.EarlyStopping(patience=-1)
    with raises("ValueError", "EarlyStopping(min_delta=-0.1)"):
        attempt.EarlyStopping(min_delta=-0.1)
    recorder = Recorder([1.0])
    with raises("ValueError", "train_with_early_stopping with max_epochs=0"):
        attempt.train_with_early_stopping(recorder.step_fn, recorder.val_fn, params_of(0), 0,
                                          attempt.EarlyStopping())
