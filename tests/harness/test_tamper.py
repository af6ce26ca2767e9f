"""Hostile and broken attempts: each is reported for its own kata with the right status, the other
kata of the run is graded normally, and nothing outside the run's scratch folder changes."""

import subprocess
import textwrap

import pytest
from helpers import toy_project, tree_digest

from katas import runner
from katas.catalog import load_catalog
from katas.sandbox import bubblewrap

MARK = "987.6543"  # a sleep argument no other process uses: finds leftover processes

# name -> (source of twice.py, kata status (or set of them), statuses every check of twice may have)
HOSTILE = {
    "infinite_loop": ("def twice(x):\n    while True:\n        pass\n",
                      "failed", {"timeout", "crashed"}),
    "c_level_loop": ("def twice(x):\n    return sum(range(10**13))\n",
                     "failed", {"timeout", "crashed"}),
    "sleeps": ("import time\ndef twice(x):\n    time.sleep(60)\n", "failed", {"timeout", "crashed"}),
    "catches_everything": ("def twice(x):\n    while True:\n        try:\n            while True:\n"
                           "                pass\n        except BaseException:\n            pass\n",
                           "failed", {"timeout", "crashed"}),
    "allocates": ("def twice(x):\n    return bytearray(2**40)\n", "failed", {"memory"}),
    "allocates_numpy": ("import numpy as np\ndef twice(x):\n    return np.ones(2**38)\n",
                        "failed", {"memory"}),
    "prints_megabytes": ("def twice(x):\n    print('x' * 10**7)\n    return 2 * x\n",
                         "failed", {"output_limit"}),
    "prints_forever": ("def twice(x):\n    while True:\n        print('spam ' * 100)\n",
                       "failed", {"output_limit", "crashed"}),
    "segfaults": ("import ctypes\ndef twice(x):\n    return ctypes.string_at(0)\n",
                  "failed", {"crashed"}),
    "os_exit": ("import os\ndef twice(x):\n    os._exit(0)\n", "failed", {"crashed"}),
    "sys_exit": ("import sys\ndef twice(x):\n    sys.exit(0)\n", "failed", {"error"}),
    "keyboard_interrupt": ("def twice(x):\n    raise KeyboardInterrupt\n", "failed", {"error"}),
    "pytest_skip": ("import pytest\ndef twice(x):\n    pytest.skip('nothing to see')\n",
                    "failed", {"error"}),
    "pytest_xfail": ("import pytest\ndef twice(x):\n    pytest.xfail('expected')\n",
                     "failed", {"error"}),
    "pytest_exit": ("import pytest\ndef twice(x):\n    pytest.exit('bye', returncode=0)\n",
                    "failed", {"error"}),
    "hypothesis_assume": ("from hypothesis import assume\ndef twice(x):\n    assume(False)\n",
                          "failed", {"error"}),
    "syntax_error": ("def twice(x)\n    return 2 * x\n", "syntax_error", {"error"}),
    "failing_import": ("import no_such_module_anywhere\n", "import_error", {"error"}),
    "exits_on_import": ("import os\nos._exit(0)\n", "import_error", {"error"}),
    "missing_function": ("def thrice(x):\n    return 3 * x\n", "failed", {"error"}),
    "lying_eq": ("class Yes:\n    def __eq__(self, other):\n        return True\n"
                 "def twice(x):\n    return Yes()\n", "failed", {"fail"}),
    "ndarray_subclass": (textwrap.dedent("""
        import numpy as np
        class Liar(np.ndarray):
            def __eq__(self, other):
                return True
            def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
                return True
        def twice(x):
            return np.zeros(4).view(Liar) if isinstance(x, np.ndarray) else 2 * x
        """), "failed", {"pass", "fail"}),
    "mutates_input": ("def twice(x):\n    x *= 2\n    return x\n", "failed", {"pass", "fail"}),
    "wrong_at_random": ("import random\ndef twice(x):\n"
                        "    return 2 * x + (1 if random.random() < 0.3 else 0)\n",
                        "failed", {"pass", "fail"}),
    "registers_pytest_plugin": (textwrap.dedent("""
        import gc
        def twice(x):
            for obj in gc.get_objects():
                if type(obj).__name__ == "Config" and hasattr(obj, "pluginmanager"):
                    class P:
                        def pytest_runtest_makereport(self, item, call):
                            call.excinfo = None
                    obj.pluginmanager.register(P())
            return 0
        """), "failed", {"fail"}),
    "reads_callers_frames": (textwrap.dedent("""
        import sys
        def twice(x):
            frame, found = sys._getframe(1), None
            while frame is not None:
                found = found or frame.f_globals.get("reference")
                frame = frame.f_back
            return found.twice(x) if found is not None else -1
        """), "failed", {"fail"}),
    "forks_a_sleeper": (textwrap.dedent(f"""
        import os
        def twice(x):
            if os.fork() == 0:
                os.execv("/bin/sleep", ["sleep", "{MARK}"])
            return 2 * x
        """), "passed", {"pass"}),
    "forks_an_escaping_sleeper": (textwrap.dedent(f"""
        import os
        def twice(x):
            if os.fork() == 0:
                os.setsid()
                os.execv("/bin/sleep", ["sleep", "{MARK}"])
            return 2 * x
        """), "passed", {"pass"}),
    "kills_its_parent": ("import os, signal\ndef twice(x):\n"
                         "    os.kill(os.getppid(), signal.SIGKILL)\n    return 2 * x\n",
                         {"passed", "failed"}, {"pass", "crashed"}),
}

# Sources are templates: {project} is the toy project's folder.
SANDBOXED = {
    "reads_the_reference": (textwrap.dedent("""
        def twice(x):
            reference = open("{project}/solutions/ch99_toy/twice.py").read()
            return 2 * x
        """), "failed", {"error"}),
    "writes_into_the_project": (textwrap.dedent("""
        def twice(x):
            open("{project}/conftest.py", "w").write("boom")
            return 2 * x
        """), "failed", {"error"}),
}


def _leftover_sleepers() -> list[str]:
    out = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if f"sleep {MARK}" in line]


def _grade(tmp_path, source: str):
    project = toy_project(tmp_path / "project")
    attempts = tmp_path / "attempts" / "ch99_toy"
    attempts.mkdir(parents=True)
    (attempts / "twice.py").write_text(source)
    (attempts / "inc.py").write_text("def inc(x):\n    return x + 1\n")
    catalog = load_catalog(project)
    before = tree_digest(tmp_path)
    record = runner.run(catalog, list(catalog.katas), attempts.parent)
    assert tree_digest(tmp_path) == before, "the run changed files outside its scratch folder"
    return {k.id.split("/")[1]: k for k in record.katas}, record


def _assert_outcome(results, record, kata_status, check_statuses):
    twice, inc = results["twice"], results["inc"]
    assert record.status == "ok", record.message
    assert inc.status == "passed", "the other kata of the run was not graded normally"
    allowed = kata_status if isinstance(kata_status, set) else {kata_status}
    assert twice.status in allowed, (twice.status, twice.message,
                                         [(c.name, c.status, c.message) for c in twice.checks])
    statuses = {c.status for c in twice.checks}
    assert twice.checks and statuses <= check_statuses, [(c.name, c.status, c.message)
                                                         for c in twice.checks]
    if allowed == {"failed"}:
        assert statuses - {"pass"}, "a wrong attempt passed every check"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_attempt_is_contained(name, tmp_path):
    source, kata_status, check_statuses = HOSTILE[name]
    results, record = _grade(tmp_path, source)
    _assert_outcome(results, record, kata_status, check_statuses)
    assert not _leftover_sleepers(), "a process started by the attempt outlived the run"


@pytest.mark.skipif(bubblewrap() is None, reason="bubblewrap (bwrap) is not installed here")
@pytest.mark.parametrize("name", sorted(SANDBOXED))
def test_sandbox_hides_and_protects_the_project(name, tmp_path):
    source, kata_status, check_statuses = SANDBOXED[name]
    results, record = _grade(tmp_path, source.replace("{project}", str(tmp_path / "project")))
    _assert_outcome(results, record, kata_status, check_statuses)


def test_same_attempt_same_results(tmp_path):
    """Determinism: an attempt that depends on hidden randomness fails the same way every run."""
    source = HOSTILE["wrong_at_random"][0]
    runs = []
    for i in range(2):
        results, _ = _grade(tmp_path / str(i), source)
        runs.append([(c.name, c.status, c.call, c.falsifying_example)
                     for c in results["twice"].checks])
    assert runs[0] == runs[1]


def test_worker_environment_is_allow_listed(tmp_path, monkeypatch):
    monkeypatch.setenv("SECRET_TOKEN", "hunter2")
    source = "import os\ndef twice(x):\n    return 2 * x if 'SECRET_TOKEN' not in os.environ else 0\n"
    results, record = _grade(tmp_path, source)
    _assert_outcome(results, record, "passed", {"pass"})




def test_files_next_to_the_attempt_change_nothing(tmp_path):
    """A conftest.py, a fake hypothesis.py or sitecustomize.py beside the attempt is never loaded."""
    bad = "raise SystemExit('loaded')\n"
    project = toy_project(tmp_path / "project")
    attempts = tmp_path / "attempts" / "ch99_toy"
    attempts.mkdir(parents=True)
    for name in ("conftest.py", "hypothesis.py", "sitecustomize.py", "numpy.py", "pytest.py"):
        (attempts / name).write_text(bad)
    (attempts / "twice.py").write_text("import numpy\ndef twice(x):\n    return 2 * x\n")
    (attempts / "inc.py").write_text("def inc(x):\n    return x + 1\n")
    catalog = load_catalog(project)
    record = runner.run(catalog, list(catalog.katas), attempts.parent)
    assert [k.status for k in record.katas] == ["passed", "passed"], record.to_json()[:3000]
