"""The demo profiles every benchmark shares, made ONCE and cached under $FIELDPLAN_BENCH_DIR
(default /tmp/fieldplan-bench/demo<N>/).

    python -m bench.demo_profile --participants 10000     # make sure the 10,000 profile exists

Up to 10,000 participants the caseload is GENERATED through the app services, as `fieldplan demo`
writes it (every row with its Update Log and outbox rows): the staff first, then the participants in
batches of 25, one transaction each. While it runs it prints the CPU per participant every 2,000
participants, beside the goal (≤ 10 ms) and the load average.

Beyond 10,000 (25,000) it is DERIVED: a bench-only shortcut (`derive`) that copies the 2,000
participants' rows — every table a plan owns — inside the encrypted profile in plain SQL, with new
ids, new individual numbers and varied first names (the search key recomputed by
`participants.search_key`, the one function). The copies are exact plans as far as every reader
(caseload, reminders, rubric, compliance, workbook, PDF) is concerned, but they carry no Update Log
or outbox rows. `--derive` derives a 10,000 profile too (seconds instead of minutes). Never use a
derived profile for data a person will work with.

No keyring is assumed: the profile key is wrapped by a fixed benchmark passphrase.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(os.environ.get("FIELDPLAN_BENCH_DIR", "/tmp/fieldplan-bench"))
PASSWORD = "bench-password-123"
PASSPHRASE = "bench passphrase 2000"
PARTICIPANTS = 2000
#: the largest caseload generated through the services; larger ones are derived
GENERATE_UP_TO = 10000
GOAL_MS = 10.0  # demo generation CPU per participant (issue 17)
#: the participant with 50 goals and 500 services that bench.window opens
BIG_NUMBER = "5050500"  # digits only (app/rules/people.py); demo numbers are 100000 + i
#: tables whose rows are a plan's own (copied per participant); user, organization, catalog… are shared
_NOT_COPIED = {"update_log", "sync_outbox", "conflict", "app_user", "sync_state", "blob"}


def profile_dir(participants: int) -> Path:
    return ROOT / f"demo{participants}"


def _no_keyring() -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # never the developer's keyring: the passphrase path


def ensure_profile(participants: int = PARTICIPANTS, *, derived: bool = False) -> Path:
    """The profile's folder, generating (up to 10,000) or deriving (more, or `derived`) it the first time."""
    path = profile_dir(participants)
    if (path / "complete").exists():
        return path
    _no_keyring()
    if participants <= PARTICIPANTS or (participants <= GENERATE_UP_TO and not derived):
        _generate(path, participants)
    else:
        base = ensure_profile(PARTICIPANTS)
        derive(base, path, participants)
    (path / "complete").write_text("ok")
    return path


def open_demo(participants: int = PARTICIPANTS):
    """(workspace, admin ctx) over the cached profile of `participants`."""
    path = ensure_profile(participants)
    _no_keyring()
    from app.profile import open_profile

    workspace = open_profile(path, PASSPHRASE)
    return workspace, workspace.as_user("admin")


def _generate(path: Path, participants: int) -> None:
    from app import demo
    from app.profile import create_profile
    from bench.common import figure

    if path.exists():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    workspace = create_profile(path, "admin", PASSWORD, passphrase=PASSPHRASE, admin_full_name="Bench Admin")
    ctx = workspace.as_user("admin")
    print(f"generating {participants:,} demo participants into {path} through the services (once)…", file=sys.stderr)
    demo.generate(ctx, 1, password=PASSWORD)  # the staff (password hashing), catalog and employers: not per participant
    wall, cpu = time.perf_counter(), time.process_time()
    mark = [2000]

    def progress(done: int, total: int) -> None:  # after every batch of 25 participants
        if done + 1 >= mark[0] or done == total:
            mark[0] += 2000
            figure(f"demo generation through the services, {done + 1:,} of {participants:,} participants, CPU per participant",
                   (time.process_time() - cpu) * 1000 / done, "ms", goal=GOAL_MS)
            print(f"  wall {(time.perf_counter() - wall) * 1000 / done:.1f} ms per participant", flush=True)

    demo.generate(ctx, participants - 1, password=PASSWORD, first=1, progress=progress)
    _add_big_plan(ctx)
    workspace.close()
    print(f"generated in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _add_big_plan(ctx) -> None:
    """One participant with 50 goals and 500 services (opening a big plan is a figure of its own)."""
    import datetime as dt

    from app.services import catalog, goals, participants, plan_services, users

    org = users.list_organizations(ctx)[0]
    items = [i for i in catalog.list_catalog(ctx) if i.service_type != "Support Service"]
    today = dt.date.today()
    with ctx.batch():
        p = participants.create_participant(ctx, first_name="Benoît", last_name="Bigplan", ssn_last4="5050",
                                            individual_number=BIG_NUMBER, organization_id=org.id)
        for g in range(50):
            goal = goals.add_goal(ctx, p.id, statement=f"Benchmark goal {g + 1}: complete the planned training", category="Career Plan")
            for s in range(10):
                start = today + dt.timedelta(days=g + s)
                plan_services.add_service(ctx, p.id, items[(g * 10 + s) % len(items)].id, goal.id, planned_start=start,
                                          planned_due=start + dt.timedelta(days=60), weekly_hours=10.0)


def _plan_tables():
    """(table, columns to re-id) for every table a plan owns, parents before children."""
    import db.models  # noqa: F401 - registers every table
    from db.base import Base

    tables = [t for t in Base.metadata.sorted_tables if t.name not in _NOT_COPIED and ("participant_id" in t.c or t.name == "participant")]
    copied = {t.name for t in tables}
    plan = []
    for table in tables:
        remap = ["id"] if "id" in table.c else []
        for column in table.c:
            targets = {fk.column.table.name for fk in column.foreign_keys}
            if column.name != "id" and (column.name == "participant_id" or targets & copied):
                remap.append(column.name)
        plan.append((table, remap))
    return plan


def derive(base: Path, path: Path, participants: int) -> None:
    """Copy `base` and grow it to `participants` by copying its plans (bench only: see the module docstring)."""
    from app.demo import FIRST
    from app.keys import KeyStore
    from app.services.participants import search_key
    from app.startup import DB_FILE, profile_id
    from db.cipher import connect

    started = time.perf_counter()
    if path.exists():
        shutil.rmtree(path)
    base_db = base / DB_FILE
    conn0 = connect(base_db, KeyStore(base, profile_id(base)).load(PASSPHRASE))
    conn0.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn0.close()
    shutil.copytree(base, path, ignore=shutil.ignore_patterns("complete", "*.db-wal", "*.db-shm", "logs", "backups"))
    conn = connect(path / DB_FILE, KeyStore(path, profile_id(path)).load(PASSPHRASE))
    originals = conn.execute("SELECT count(*) FROM participant WHERE individual_number != ?", (BIG_NUMBER,)).fetchone()[0]
    copies = -(-(participants - originals - 1) // originals)  # the big plan counts as one participant
    wanted = participants - originals - 1
    plan = _plan_tables()
    print(f"deriving {participants} participants into {path}: {copies} copies of {originals} plans…", file=sys.stderr)
    conn.execute("BEGIN")
    for k in range(1, copies + 1):
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM participant WHERE individual_number != ? AND id NOT LIKE 'c%' ORDER BY id LIMIT ?",
            (BIG_NUMBER, min(originals, wanted - (k - 1) * originals)))]
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS pick(id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM pick")
        conn.executemany("INSERT INTO pick VALUES (?)", [(i,) for i in ids])
        prefix = f"c{k:02x}"  # original uuid7 ids start with "0": a copy's never collide with them
        for table, remap in plan:
            names = [c.name for c in table.c]
            where = "id IN (SELECT id FROM pick)" if table.name == "participant" else "participant_id IN (SELECT id FROM pick)"
            rows = conn.execute(f"SELECT {', '.join(names)} FROM {table.name} WHERE {where}").fetchall()
            at = {n: i for i, n in enumerate(names)}
            out = []
            for row in rows:
                row = list(row)
                for column in remap:
                    if row[at[column]] is not None:
                        row[at[column]] = prefix + row[at[column]][3:]
                if table.name == "participant":
                    _vary(row, at, k, FIRST, search_key)
                out.append(row)
            conn.executemany(f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", out)
        print(f"\rcopy {k}/{copies}", end="", file=sys.stderr, flush=True)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    print(f"\nderived in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _vary(row: list, at: dict, k: int, first_names: list[str], search_key) -> None:
    """A copy is another person: another first name, a new individual number, its search key recomputed."""
    number = row[at["individual_number"]]
    row[at["individual_number"]] = f"{k}{number}" if number else number
    old = row[at["first_name"]]
    index = first_names.index(old) if old in first_names else 0
    row[at["first_name"]] = first_names[(index + 7 * k) % len(first_names)]
    row[at["search_key"]] = search_key({n: row[i] for n, i in at.items()})


def main(argv: list[str] | None = None) -> int:
    from bench.common import add_participants

    parser = argparse.ArgumentParser(prog="python -m bench.demo_profile")
    add_participants(parser, PARTICIPANTS)
    parser.add_argument("--derive", action="store_true", help="derive (copy plans in SQL) instead of generating, above 2,000")
    args = parser.parse_args(argv)
    print(ensure_profile(args.participants, derived=args.derive))
    return 0


if __name__ == "__main__":
    sys.exit(main())
