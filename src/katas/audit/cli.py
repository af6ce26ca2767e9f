"""The audit's command line: ``python -m katas.audit TARGET... [--flaky N] [--sample K] [--jobs J]``."""

from __future__ import annotations

import argparse
import hashlib
import platform
import shlex
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from importlib import metadata
from multiprocessing import get_context
from pathlib import Path

from katas.audit import table
from katas.audit.flaky import flaky_audit
from katas.audit.grade import audit_kata, mutation_score
from katas.audit.triage import EQUIVALENT_FILE, load_equivalents, triage_entry
from katas.catalog import CatalogError, Kata, load_catalog

VERSIONS = ("mutmut", "numpy", "scikit-learn", "pytest", "hypothesis")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m katas.audit", description=__doc__)
    parser.add_argument("targets", nargs="+", help="as for katas check: chapter8, ch08/ridge, all")
    parser.add_argument("--flaky", type=int, default=0, metavar="N",
                        help="also run the checks N times against the reference (seeds, hash seeds)")
    parser.add_argument("--jobs", type=int, default=1, help="katas audited side by side (default 1)")
    parser.add_argument("--sample", type=int, default=0, metavar="K",
                        help="grade at most K mutants per kata, the same K every run (default: all)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--survivors-only", action="store_true",
                      help="re-grade only the survivors recorded last time (after adding checks)")
    mode.add_argument("--no-mutation", action="store_true", help="only the flakiness audit")
    parser.add_argument("--stale", action="store_true",
                        help="only the targets never audited, or whose reference or checks changed since")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    started = time.monotonic()
    try:
        catalog = load_catalog()
        katas = catalog.select(args.targets)
    except CatalogError as exc:
        print(f"audit: {exc}", file=sys.stderr)
        return 2
    root, date = catalog.root, datetime.now(UTC).strftime("%Y-%m-%d")
    order = [k.id for k in catalog.katas]
    previous = table.load(root)["katas"]
    if args.stale:
        katas = [k for k in katas if _is_stale(root, k, previous.get(k.id, {}))]
    rows: dict[str, dict] = {k.id: {} for k in katas}
    if not args.no_mutation:
        for kata, result in _mutation(root, katas, previous, args):
            rows[kata.id]["mutation"] = {**result, "date": date, **_hashes(root, kata)}
            table.update(root, {kata.id: rows[kata.id]}, order)
            _print(kata, rows[kata.id]["mutation"])
    if args.flaky:
        for kid, found in flaky_audit(root, katas, args.flaky, date).items():
            rows[kid]["flaky"] = found
            print(f"{kid:34} flaky runs {found['failed_runs']}/{found['runs']}, "
                  f"longest {found['max_seconds']:.1f} s" + "".join(f"\n    {p}" for p in found["problems"]))
    run = {"date": date, "command": "python -m katas.audit " + shlex.join(argv or sys.argv[1:]),
           "seconds": round(time.monotonic() - started), "versions": _versions()}
    table.update(root, rows, order, run)
    failing = [kid for kid, row in rows.items()
               if row.get("mutation", {}).get("score", 1.0) < table.THRESHOLD
               or row.get("flaky", {}).get("problems")]
    print(f"audited {len(katas)} katas in {time.monotonic() - started:.0f} s; "
          f"{len(failing)} below {table.THRESHOLD:.0%} or flaky; report: {table.REPORT}")
    return 1 if failing else 0


def _mutation(root: Path, katas: list[Kata], rows: dict[str, dict], args: argparse.Namespace):
    """(kata, result) as each kata's audit ends; side by side in spawned processes with --jobs.
    ``rows`` are the record's rows before this run: --survivors-only re-grades their survivors."""
    jobs = []
    for kata in katas:
        previous = rows.get(kata.id, {}).get("mutation")
        only = None
        if args.survivors_only and previous and previous["reference_sha256"] == _hashes(root, kata)[
                "reference_sha256"]:
            only = {s["key"] for s in previous["survivors"]}
        jobs.append((kata, only, previous if only is not None else None))
    if args.jobs <= 1:
        for kata, only, previous in jobs:
            yield kata, _merge(previous, _audit_one(root, kata.id, only, args.sample))
        return
    with ProcessPoolExecutor(args.jobs, mp_context=get_context("spawn")) as pool:
        futures = [(kata, previous, pool.submit(_audit_one, root, kata.id, only, args.sample))
                   for kata, only, previous in jobs]
        for kata, previous, future in futures:
            yield kata, _merge(previous, future.result())


def _audit_one(root: Path, kata_id: str, only: set[str] | None, sample: int) -> dict:
    catalog = load_catalog(root)
    equivalent = load_equivalents(root).get(kata_id, {})
    return audit_kata(catalog, catalog.get(kata_id), equivalent, only, sample).to_dict()


def _merge(previous: dict | None, fresh: dict) -> dict:
    """A survivors-only run re-graded the previous survivors: the rest keep their verdicts."""
    if previous is None:
        return fresh
    merged = dict(fresh, mode=previous["mode"].split(", ")[0] + ", survivors re-graded",
                  equivalents=previous["equivalents"] + fresh["equivalents"])
    for key in ("killed", "timed_out", "equivalent"):
        merged[key] = previous[key] + fresh[key]
    merged["mutants"] = previous["mutants"]
    merged["score"] = mutation_score(merged)
    return merged


def _is_stale(root: Path, kata: Kata, row: dict) -> bool:
    mutation = row.get("mutation")
    return not mutation or "flaky" not in row or any(
        mutation.get(key) != value for key, value in _hashes(root, kata).items())


def _hashes(root: Path, kata: Kata) -> dict[str, str]:
    return {f"{name}_sha256": hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            for name, path in (("reference", kata.reference_path(root)), ("checks", kata.checks_path(root)))}


def _versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for dist in VERSIONS:
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = "not installed"
    return found


def _print(kata: Kata, m: dict) -> None:
    print(f"{kata.id:34} {m['mutants']:4} mutants  killed {m['killed']:4}  survived {m['survived']:3}  "
          f"timed out {m['timed_out']:2}  equivalent {m['equivalent']:2}  score {m['score']:.1%}  "
          f"({m['seconds']:.0f} s)", flush=True)
    for key in m["stale_triage"]:
        print(f"  {key} in {EQUIVALENT_FILE} matches no mutant any more: remove it")
    for s in m["survivors"]:
        print(f"  {s['verdict']} {s['note']}\n" + "".join(f"    {ln}\n" for ln in s["diff"].splitlines())
              + "    " + triage_entry(kata.id, s["key"], s["diff"]).replace("\n", "\n    "))


if __name__ == "__main__":
    sys.exit(main())
