"""The `katas` command: check, list, hint, solution, reset, next, questions, watch, interview;
for instructors: handout, grade, report (in :mod:`katas.cohort`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from katas.catalog import Catalog, CatalogError, Kata, load_catalog


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="katas", description="Machine-learning interview katas.")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="grade attempts against the hidden checks")
    check.add_argument("targets", nargs="*", default=["all"],
                       help="chapter8, ch08, ch08/ridge, ridge, ch08/ridge::CHECK or all")
    _exercises(check)
    check.add_argument("--json", dest="json_path", default=None, help="write the result record here")
    check.add_argument("--seed", type=int, default=None,
                       help="Hypothesis seed (default: derandomised, the same inputs every run)")
    check.add_argument("-v", "--verbose", action="store_true", help="show passing checks too")

    lst = sub.add_parser("list", help="every kata with its status, level and guide questions")
    lst.add_argument("targets", nargs="*", default=["all"])

    for name, text in (("hint", "the next hint for a kata (recorded)"),
                       ("reset", "restore a kata's stub (your file is backed up first)")):
        sub.add_parser(name, help=text).add_argument("kata")
    sol = sub.add_parser("solution", help="show the reference once your attempt passes")
    sol.add_argument("kata")
    sol.add_argument("--force", action="store_true", help="show it now (recorded)")

    nxt = sub.add_parser("next", help="the first kata not passed yet, in catalog order")
    nxt.add_argument("targets", nargs="*", default=["all"])

    qs = sub.add_parser("questions", help="which kata covers each guide question")
    qs.add_argument("range", nargs="?", default=None, help="e.g. Q176-Q230 or 207")

    wat = sub.add_parser("watch", help="re-check a kata whenever its file is saved")
    wat.add_argument("targets", nargs="*", default=["all"])
    _exercises(wat)

    inter = sub.add_parser("interview", help="a timed session with a report")
    inter.add_argument("--minutes", type=float, default=45.0)
    inter.add_argument("--count", type=int, default=3)
    inter.add_argument("--level", type=int, choices=(1, 2, 3), default=None)
    inter.add_argument("--seed", type=int, default=None, help="draw the same katas again")
    _exercises(inter)

    from katas.cohort.commands import add_parsers

    add_parsers(sub)  # handout, grade, report: the instructor's commands
    return parser


def _exercises(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--exercises", default=None,
                        help="folder of attempts (default: exercises/ of the project)")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args, load_catalog())
    except CatalogError as exc:
        print(f"katas: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nkatas: interrupted", file=sys.stderr)
        return 130


def _console():
    import os

    from rich.console import Console

    # NO_COLOR: plain text, no styles at all (rich alone would still emit bold and dim).
    plain = {"color_system": None} if os.environ.get("NO_COLOR") else {}
    return Console(highlight=False, **plain)


def _exercises_dir(args: argparse.Namespace, catalog: Catalog) -> Path:
    folder = Path(args.exercises).resolve() if args.exercises else catalog.root / "exercises"
    if not folder.is_dir():
        raise CatalogError(f"no folder {folder}")
    return folder


def _one(catalog: Catalog, target: str) -> Kata:
    katas = catalog.select([target])
    if len(katas) != 1:
        raise CatalogError(f"{target!r} names {len(katas)} katas; name one, e.g. {katas[0].id}")
    return katas[0]


def _check(args: argparse.Namespace, catalog: Catalog) -> int:
    from katas import runner, term
    from katas.progress import Progress

    kata_targets, checks = [], {}
    for target in args.targets:
        kata_part, _, check_name = target.partition("::")
        kata_targets.append(kata_part)
        if check_name:
            for kata in catalog.select([kata_part]):
                checks.setdefault(kata.id, []).append(check_name)
    katas = catalog.select(kata_targets)
    exercises = _exercises_dir(args, catalog)
    record = runner.run(catalog, katas, exercises, seed=args.seed, checks=checks,
                        exercises_arg=args.exercises or "")
    # Written before the report: when the reader closes the pipe early (`| head`), rich exits.
    if args.json_path:
        record.write(Path(args.json_path))
    if exercises == catalog.root / "exercises" and not checks:
        Progress(catalog.root).record(record)  # the learner's own attempts: keep their progress
    term.report(record, _console(), verbose=args.verbose)
    return 0 if record.all_passed else 1


def _list(args: argparse.Namespace, catalog: Catalog) -> int:
    from katas.learner import list_katas

    list_katas(catalog, catalog.select(args.targets), _console())
    return 0


def _hint(args: argparse.Namespace, catalog: Catalog) -> int:
    from katas.learner import hint

    hint(catalog, _one(catalog, args.kata), _console())
    return 0


def _solution(args: argparse.Namespace, catalog: Catalog) -> int:
    from katas.learner import solution

    return solution(catalog, _one(catalog, args.kata), _console(), args.force)


def _reset(args: argparse.Namespace, catalog: Catalog) -> int:
    from katas.learner import reset

    return reset(catalog, _one(catalog, args.kata), _console())


def _next(args: argparse.Namespace, catalog: Catalog) -> int:
    from katas.learner import next_kata

    return next_kata(catalog, catalog.select(args.targets), _console())


def _questions(args: argparse.Namespace, catalog: Catalog) -> int:
    from katas.learner import questions

    return questions(catalog, args.range, _console())


def _watch(args: argparse.Namespace, catalog: Catalog) -> int:
    from katas.loop import watch_katas

    return watch_katas(catalog, catalog.select(args.targets), _exercises_dir(args, catalog),
                       _console())


def _interview(args: argparse.Namespace, catalog: Catalog) -> int:
    from katas.loop import interview

    return interview(catalog, _exercises_dir(args, catalog), _console(), minutes=args.minutes,
                     count=args.count, level=args.level, seed=args.seed)


def _cohort(args: argparse.Namespace, catalog: Catalog) -> int:
    from katas.cohort import commands

    return getattr(commands, args.command)(args, catalog, _console())


COMMANDS = {"check": _check, "list": _list, "hint": _hint, "solution": _solution,
            "reset": _reset, "next": _next, "questions": _questions, "watch": _watch,
            "interview": _interview, "handout": _cohort, "grade": _cohort, "report": _cohort}


if __name__ == "__main__":
    sys.exit(main())
