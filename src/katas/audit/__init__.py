"""Audit of the hidden checks themselves: mutation score per kata and a flakiness audit.

``python -m katas.audit TARGET [--flaky N]`` (or ``nox -s audit -- TARGET``). mutmut makes the
mutants of each reference (``mutants``); each mutant is graded as an attempt through the ordinary
runner (``grade``), so the checks' ``reference`` fixture still loads the frozen, unmutated
reference from ``solutions/``; triaged equivalent mutants live in ``tests/audit/equivalent.toml``
(``triage``); ``--flaky`` re-runs the checks against the reference under other seeds and hash seeds
(``flaky``); results merge into ``docs/audit.json`` and ``docs/audit.md`` is rendered from it
(``table``).
"""
