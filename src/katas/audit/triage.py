"""Equivalent mutants, triaged once by a person: ``tests/audit/equivalent.toml``.

Each entry names the kata, the mutant's key (printed with every survivor: the function and a hash
of the changed lines, so it survives edits elsewhere in the file), the changed line for the reader,
and why no correct check can tell the mutant from the reference.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

EQUIVALENT_FILE = Path("tests/audit/equivalent.toml")


def load_equivalents(root: Path) -> dict[str, dict[str, str]]:
    """kata id -> {mutant key: reason}."""
    path = root / EQUIVALENT_FILE
    if not path.exists():
        return {}
    found: dict[str, dict[str, str]] = {}
    for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("equivalent", []):
        reason = entry.get("reason", "").strip()
        if not reason:
            raise ValueError(f"{path}: {entry.get('kata')} {entry.get('key')}: an equivalent "
                             "mutant needs a reason")
        found.setdefault(entry["kata"], {})[entry["key"]] = reason
    return found


def triage_entry(kata: str, key: str, diff: str) -> str:
    """The TOML block a person fills in to mark a survivor as equivalent."""
    changed = [ln for ln in diff.splitlines()[2:] if ln[:1] in "+-"]
    lines = "".join(f"# {ln}\n" for ln in changed)
    return f'[[equivalent]]\nkata = "{kata}"\nkey = "{key}"\n{lines}reason = ""\n'
