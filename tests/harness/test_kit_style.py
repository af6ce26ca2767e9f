"""The shared style rules that checks use to ban library shortcuts and Python loops."""

from kit.style import banned_calls, python_loops

SOURCE = '''import numpy as np
import numpy
from numpy import polyfit as pf
import scipy.special as sp
from scipy import special


def f(x):
    a = np.polyfit(x, x, 1)
    b = numpy.polyfit(x, x, 1)
    c = sp.expit(x) + special.expit(x) + np.linalg.inv(x)
    return [v for v in pf(x)]
'''


def test_banned_calls_see_through_import_aliases():
    found = banned_calls(SOURCE, {"numpy.polyfit", "scipy.special.expit", "numpy.linalg.inv"})
    assert found == [(3, "numpy.polyfit"), (9, "np.polyfit"), (10, "numpy.polyfit"),
                     (11, "np.linalg.inv"), (11, "sp.expit"), (11, "special.expit")]


def test_banned_calls_leave_other_names_alone():
    assert banned_calls(SOURCE, {"numpy.repeat", "numpy.tile"}) == []


def test_python_loops_name_the_lines_of_the_function():
    assert python_loops(SOURCE, "f") == [12]
    assert python_loops(SOURCE, "absent") == []
