"""The ``katas`` command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from katas.catalog import CatalogError, load_catalog


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="katas", description="Machine-learning interview katas.")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="grade attempts against the hidden checks")
    check.add_argument("targets", nargs="*", default=["all"],
                       help="chapter8, ch08, ch08/ridge, ridge, ch08/ridge::CHECK or all")
    check.add_argument("--exercises", default=None,
                       help="folder of attempts (default: exercises/ of the project)")
    check.add_argument("--json", dest="json_path", default=None, help="write the result record here")
    check.add_argument("--seed", type=int, default=None,
                       help="Hypothesis seed (default: derandomised, the same inputs every run)")
    check.add_argument("-v", "--verbose", action="store_true", help="show passing checks too")

    lst = sub.add_parser("list", help="list katas with their difficulty and guide questions")
    lst.add_argument("targets", nargs="*", default=["all"])

    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        return _list(args)
    except CatalogError as exc:
        print(f"katas: {exc}", file=sys.stderr)
        return 2


def _check(args: argparse.Namespace) -> int:
    from katas import runner, term

    catalog = load_catalog()
    kata_targets, checks = [], {}
    for target in args.targets:
        kata_part, _, check_name = target.partition("::")
        kata_targets.append(kata_part)
        if check_name:
            for kata in catalog.select([kata_part]):
                checks.setdefault(kata.id, []).append(check_name)
    katas = catalog.select(kata_targets)
    exercises = Path(args.exercises).resolve() if args.exercises else catalog.root / "exercises"
    if not exercises.is_dir():
        raise CatalogError(f"no folder {exercises}")
    record = runner.run(catalog, katas, exercises, seed=args.seed, checks=checks,
                        exercises_arg=args.exercises or "")
    term.report(record, verbose=args.verbose)
    if args.json_path:
        record.write(Path(args.json_path))
    return 0 if record.all_passed else 1


def _list(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    catalog = load_catalog()
    table = Table("kata", "title", "level", "guide questions", box=None)
    for kata in catalog.select(args.targets):
        table.add_row(kata.id, kata.title, "●" * kata.difficulty,
                      ", ".join(f"Q{q}" for q in kata.questions))
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
