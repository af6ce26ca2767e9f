"""Shared helpers for hidden checks: assertions that report expected vs actual, result-type
checks, Hypothesis strategies, style (AST) rules and tolerances. Checks import from here instead of
re-writing them per kata."""

from kit.asserts import (
    CheckFailure,
    as_array,
    as_float,
    as_pair,
    assert_close,
    assert_true,
    in_place,
    memory_facts,
    no_float_errors,
    raises,
    shared_folder,
)
from kit.style import banned_calls, forbid_calls, names_used, python_loops
from kit.tolerance import ITERATIVE, SAME, SOLVER

__all__ = [
    "CheckFailure", "as_array", "as_float", "as_pair", "assert_close", "assert_true",
    "in_place", "memory_facts", "raises", "shared_folder", "no_float_errors",
    "banned_calls", "forbid_calls", "names_used", "python_loops",
    "ITERATIVE", "SAME", "SOLVER",
]
