"""Tolerances the statements promise. A kata names the one it uses in its statement."""

# Closed-form linear algebra compared with a library solver.
SOLVER = {"rtol": 1e-6, "atol": 1e-8}
# Iterative solvers run to a tight tolerance, compared with a library solver.
ITERATIVE = {"rtol": 1e-5, "atol": 1e-6}
# The same computation done two ways in float64 (primal vs dual, path row vs single fit).
SAME = {"rtol": 1e-9, "atol": 1e-10}
