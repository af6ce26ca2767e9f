"""Hidden checks for ch08/noisy_descent."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import SAME, as_array, assert_close, assert_true, raises


def numeric(f):
    """``f`` evaluated in NumPy floats, so a diverging attempt gets inf instead of an exception;
    a number in gives a float out, an array in an array out."""

    def grad(x):
        with np.errstate(all="ignore"):
            out = f(np.asarray(x, dtype=float))
        return float(out) if np.ndim(out) == 0 else out

    return grad


@numeric
def double_well(x):
    """Gradient of f(x) = x**4 - 2 x**2 + 0.3 x: shallow minimum near 0.96, deep near -1.04."""
    return 4 * x**3 - 4 * x + 0.3


GRADIENTS = {
    "double well": double_well,
    "bowl 2 (x - 1)^2": numeric(lambda x: 4 * (x - 1.0)),
    "sin": numeric(np.cos),
    "flat": numeric(lambda x: 0 * x),
}

STARTS = st.floats(-1.5, 1.5)


@st.composite
def runs(draw, vector=False, max_steps=25):
    name = draw(st.sampled_from(sorted(GRADIENTS)))
    x0 = (np.array(draw(st.lists(STARTS, min_size=1, max_size=5))) if vector else draw(STARTS))
    kwargs = {"lr": draw(st.floats(0.001, 0.05)),
              "noise_std": draw(st.one_of(st.just(0.0), st.floats(0.01, 3.0))),
              "steps": draw(st.integers(0, max_steps)), "rng": draw(st.integers(0, 2**32)),
              "anneal": draw(st.booleans())}
    return name, x0, kwargs


def trajectory(attempt, grad, x0, lr, noise_std, steps, rng, anneal=True):
    """Call the attempt and check the trajectory's type and shape."""
    out = attempt.noisy_gd(grad, x0, lr, noise_std, steps, rng, anneal)
    return as_array(out, "noisy_gd(...)", shape=(steps + 1,) + np.shape(x0))


def replay(grad, x0, lr, noise_std, steps, rng, anneal=True):
    """The statement's protocol, written independently of the reference (trusted NumPy)."""
    gen = np.random.default_rng(rng)
    xs = [np.asarray(x0, dtype=float)]
    for t in range(steps):
        sigma = noise_std * (1 - t / steps) if anneal else noise_std
        z = gen.standard_normal(np.shape(x0))
        xs.append(xs[-1] - lr * (grad(xs[-1]) + sigma * z))
    return np.array(xs)


def test_known_answer_without_noise(attempt):
    """without noise, three steps on f(x) = x^2 from 1 at lr = 0.1 give [1, 0.8, 0.64, 0.512]"""
    got = trajectory(attempt, numeric(lambda x: 2 * x), 1.0, 0.1, 0.0, 3, 0)
    assert_close(got, np.array([1.0, 0.8, 0.64, 0.512]), **SAME, what="trajectory",
                 help="x_{t+1} = x_t - lr * grad(x_t); the trajectory starts with x0")


def test_known_answer_noise_only(attempt):
    """on a flat function with lr = 1, the steps are minus the annealed noises sigma_t * z_t"""
    z = np.random.default_rng(42).standard_normal(4)
    annealed = trajectory(attempt, GRADIENTS["flat"], 0.0, 1.0, 1.0, 4, 42)
    assert_close(annealed, np.concatenate([[0.0], -np.cumsum([1.0, 0.75, 0.5, 0.25] * z)]), **SAME,
                 what="trajectory with annealing (sigma_t = 1, 0.75, 0.5, 0.25)",
                 help="sigma_t = noise_std * (1 - t / steps) for t = 0 .. steps - 1, and "
                      "z_t = rng.standard_normal(...) from rng = np.random.default_rng(seed)")
    constant = trajectory(attempt, GRADIENTS["flat"], 0.0, 1.0, 1.0, 4, 42, anneal=False)
    assert_close(constant, np.concatenate([[0.0], -np.cumsum(z)]), **SAME,
                 what="trajectory without annealing (sigma_t = 1)",
                 help="without annealing every step uses noise_std itself")
    default = as_array(attempt.noisy_gd(GRADIENTS["flat"], 0.0, 1.0, 1.0, 4, 42), "noisy_gd(...)",
                       shape=(5,))
    assert_close(default, annealed, **SAME, what="trajectory with anneal left at its default",
                 help="anneal defaults to True")


@given(runs())
def test_trajectory_matches_the_protocol(attempt, run):
    """the trajectory from one starting point follows the stated update and rng protocol"""
    name, x0, kwargs = run
    grad = GRADIENTS[name]
    assert_close(trajectory(attempt, grad, x0, **kwargs), replay(grad, x0, **kwargs), **SAME,
                 what=f"trajectory on '{name}'",
                 help="x_{t+1} = x_t - lr * (grad(x_t) + sigma_t * z_t), one standard normal "
                      "draw per step, even when sigma_t is 0")


@given(runs(vector=True, max_steps=10))
def test_many_starting_points_run_together(attempt, run):
    """an array x0 runs one chain per entry, drawing the step's noises with one call"""
    name, x0, kwargs = run
    grad = GRADIENTS[name]
    assert_close(trajectory(attempt, grad, x0, **kwargs), replay(grad, x0, **kwargs), **SAME,
                 what=f"trajectories on '{name}' from {len(x0)} starting points",
                 help="draw rng.standard_normal(np.shape(x0)) once per step for all the chains")


@given(runs())
def test_matches_reference(attempt, reference, run):
    """the trajectory equals the reference solution's on generated runs"""
    name, x0, kwargs = run
    grad = GRADIENTS[name]
    assert_close(trajectory(attempt, grad, x0, **kwargs),
                 reference.noisy_gd(grad, x0, **kwargs), **SAME, what=f"trajectory on '{name}'")


@given(st.sampled_from(sorted(GRADIENTS)), STARTS, st.integers(0, 30), st.integers(0, 2**32))
def test_zero_noise_is_plain_gradient_descent(attempt, name, x0, steps, seed):
    """noise_std = 0 gives plain gradient descent, whatever the seed"""
    grad, x, expected = GRADIENTS[name], x0, [x0]
    for _ in range(steps):
        x = x - 0.02 * grad(x)
        expected.append(x)
    assert_close(trajectory(attempt, grad, x0, 0.02, 0.0, steps, seed), np.array(expected),
                 **SAME, what=f"trajectory on '{name}' with noise_std = 0")


def test_grad_is_called_once_per_step_at_the_current_point(attempt):
    """grad is evaluated once per step, at the current point x_t"""
    seen = []

    def grad(x):
        seen.append(float(x))
        return double_well(x)

    got = trajectory(attempt, grad, 0.5, 0.05, 1.0, 8, 3)
    assert_true(len(seen) == 8, "grad was not called once per step", expected=8, actual=len(seen))
    assert_close(np.array(seen), got[:-1], **SAME, what="the points grad was called at",
                 help="evaluate the gradient at x_t itself, before adding any noise")


def test_trajectory_starts_at_x0_and_has_steps_plus_one_points(attempt):
    """the trajectory starts with x0 and has steps + 1 points; steps = 0 returns [x0]"""
    assert_close(trajectory(attempt, double_well, 0.7, 0.05, 1.0, 0, 1), np.array([0.7]), **SAME,
                 what="trajectory with steps = 0")
    got = trajectory(attempt, double_well, 0.7, 0.05, 1.0, 5, 1)
    assert_close(got[0], 0.7, **SAME, what="the first point of the trajectory")
    x0 = np.array([0.5, -0.5])
    assert_close(trajectory(attempt, double_well, x0, 0.05, 1.0, 0, 1), x0[None, :], **SAME,
                 what="trajectory from two starting points with steps = 0")


def test_plain_descent_stays_in_the_shallow_basin(attempt):
    """without noise, descent from x0 = 1 stays in the shallow basin of the double well (Q194)"""
    final = float(trajectory(attempt, double_well, 1.0, 0.05, 0.0, 200, 0)[-1])
    assert_true(final > 0, "plain descent left the shallow basin", expected="final x > 0",
                actual=final, help="with noise_std = 0 the update is x - lr * grad(x)")
    assert_close(final, 0.9601495555, rtol=1e-6, atol=0, what="final x of plain descent")


def test_annealed_noise_escapes_to_the_deep_basin(attempt):
    """with annealed noise (lr 0.05, noise_std 5, 1000 steps) at least 60 of 100 runs started at
    x = 1 end in the deep basin (Q194)"""
    paths = trajectory(attempt, double_well, np.ones(100), 0.05, 5.0, 1000, 0)
    final = paths[-1]
    escaped = int(np.sum(final < 0))
    assert_true(escaped >= 60, "too few noisy runs reached the deep basin",
                expected="at least 60 of 100 runs end with x < 0", actual=f"{escaped} of 100",
                help="the noise enters the step scaled by lr: x - lr * (grad + sigma_t * z_t)")


def test_bad_input_raises(attempt):
    """a negative noise_std, a non-positive lr, negative steps and a 2-D x0 raise ValueError"""
    cases = [
        ("noise_std=-1", (double_well, 1.0, 0.05, -1.0, 10, 0)),
        ("lr=0", (double_well, 1.0, 0.0, 1.0, 10, 0)),
        ("lr=-0.05", (double_well, 1.0, -0.05, 1.0, 10, 0)),
        ("steps=-1", (double_well, 1.0, 0.05, 1.0, -1, 0)),
        ("a 2-D x0", (double_well, np.ones((2, 2)), 0.05, 1.0, 10, 0)),
    ]
    for what, args in cases:
        with raises("ValueError", f"noisy_gd with {what}"):
            attempt.noisy_gd(*args)
