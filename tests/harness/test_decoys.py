"""Decoy files hold only what they change; `materialise` splices them into the reference."""

import ast

from katas.decoys import materialise, minimal

REFERENCE = '''"""Reference."""

import numpy as np

SCALE = 2.0


def helper(x):
    return x * SCALE


@staticmethod
def api(x):
    # keeps its comment
    return helper(np.asarray(x))
'''

DECOY = '''"""Decoy: scales by three and forgets asarray."""

import math

SCALE = 3.0


def api(x):
    return helper(x) + math.pi


def extra():
    return 1
'''


def test_materialise_replaces_by_name_adds_imports_and_appends_the_rest():
    full = materialise(REFERENCE, DECOY)
    tree = ast.parse(full)
    assert ast.get_docstring(tree) == "Decoy: scales by three and forgets asarray."
    names = [getattr(n, "name", None) or ast.unparse(n).split("\n")[0] for n in tree.body[1:]]
    assert names == ["import numpy as np", "import math", "SCALE = 3.0", "helper", "api", "extra"]
    assert "@staticmethod" not in full and "math.pi" in full
    namespace: dict = {}
    exec(compile(full, "decoy", "exec"), namespace)
    assert namespace["api"](1.0) == 3.0 + 3.141592653589793


def test_minimal_names_definitions_copied_unchanged():
    assert minimal(REFERENCE, DECOY) == []
    assert minimal(REFERENCE, DECOY + "\n\ndef helper(x):\n    return x * SCALE\n") == ["helper"]
