"""Push: apply a batch of ops idempotently, merging field by field, three-way (DESIGN.md, Sync refinements).

For each field of an op: the server value equals the new value → nothing to do; the server value
equals the op's base (what the device saw) → apply; otherwise both sides changed it → the HLC picks
the winner (ties: device id, which ends the HLC string) and the loser is kept as a Conflict row that
syncs to every device in scope. Edit against delete is a conflict too. Every op gets a receipt; a
replayed op gets its first receipt back and changes nothing.

A device's push (push_outside_lock) is checked and merged before the write lock, and written under it only
when none of the rows it read changed meanwhile (else it is merged again there): the lock covers one
verification query, the seqs, the inserts and the commit.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import String, bindparam, cast, delete, insert, literal, select, union_all, update
from sqlalchemy.engine import Connection, Engine

from app.server import checks, store, table_rules
from app.server import tables as t
from app.server.participant import scope as participant_scope
from app.server.store import SERVER_ACCOUNT, Account, get_meta, scope_orgs, set_meta
from app.sync.protocol import FieldProblem, Op, Receipt
from db.hlc import HybridClock
from db.ids import uuid7
from db.wire import from_wire, to_wire

CLOCK = HybridClock("server")


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def row_to_wire(row) -> dict:
    return {k: to_wire(v) for k, v in row._mapping.items()}


@dataclass
class Batch:
    conn: Connection
    account: Account
    seq: int
    rows: dict[tuple[str, str], dict] = field(default_factory=dict)
    row_seq: dict[tuple[str, str], int] = field(default_factory=dict)
    new: set[tuple[str, str]] = field(default_factory=set)
    dirty: dict[tuple[str, str], int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    blob_refs: set[tuple[str, str, str]] = field(default_factory=set)
    #: rows that already had a srv_change entry before this batch (only those need theirs replaced)
    listed: set[tuple[str, str]] = field(default_factory=set)
    #: every (table, id) the merge read, with its srv_change seq then (None: no such row)
    read: dict[tuple[str, str], int | None] = field(default_factory=dict)
    #: change ids that already had a receipt
    known: set[str] = field(default_factory=set)
    #: row → the device that holds exactly the row as it stands (srv_change.echo_device), None when no device
    #: is known to: a pull by that device skips the row's change (its own write coming back)
    echo: dict[tuple[str, str], str | None] = field(default_factory=dict)


def push(conn: Connection, account: Account, ops: list[Op]) -> list[Receipt]:
    """Inside the caller's write transaction (store.writing). A malformed envelope is a 422 for the whole request;
    a bad row or a refused write is a "rejected" receipt for that op alone, and the other ops are merged."""
    checks.check_envelope(ops)
    batch, receipts, accepted = _prepare(conn, account, ops, int(get_meta(conn, "seq") or 0))
    _write(batch, accepted)
    return [receipts[o.change_id] for o in ops]


def push_outside_lock(engine: Engine, account: Account, ops: list[Op], before_commit=None) -> tuple[list[Receipt], str]:
    """A device's push, with the checks and the merge done before the write lock: (receipts, epoch).

    Read and merge on a connection of their own, with seqs counted from the head read first; then, under
    store.writing, one query tells whether any row read (or any change id) was changed since, and gives the
    head and the epoch. If nothing moved, the merge's seqs are shifted past the head and written as they
    are; if something did, the push is read and merged again under the lock (the old, fully serialised
    path), so the result is always the one a serialised push would give. `before_commit()` runs last
    inside the transaction (tests' fault injection)."""
    checks.check_envelope(ops)
    with engine.connect() as conn:
        seq0 = int(get_meta(conn, "seq") or 0)
        batch, receipts, accepted = _prepare(conn, account, ops, seq0)
        conn.rollback()
        # seqs read past the head read first, or a device that saw past it: the merge's comparisons could
        # depend on where the head is, so such a push takes the serialised path
        shiftable = (all(s is None or s <= seq0 for s in batch.read.values()) and all(o.base_seq <= seq0 for o in ops)
                     and all(r.seq <= seq0 for cid, r in receipts.items() if cid in batch.known))
        with store.writing(engine, conn):
            head, epoch, moved = _moved(conn, batch, [o.change_id for o in ops if o.change_id not in batch.known])
            if shiftable and not moved:
                _shift(batch, receipts, accepted, seq0, head - seq0)
            else:
                batch, receipts, accepted = _prepare(conn, account, ops, head)
            _write(batch, accepted)
            if before_commit is not None:
                before_commit()
    return [receipts[o.change_id] for o in ops], epoch


def _prepare(conn: Connection, account: Account, ops: list[Op], seq: int) -> tuple["Batch", dict[str, Receipt], list[Receipt]]:
    """Check and merge every op against the rows as `conn` reads them, numbering changes after `seq`;
    nothing is written (see _write)."""
    ids = list({o.change_id for o in ops})
    known = {r.change_id: r for start in range(0, len(ids), 500)
             for r in conn.execute(select(t.receipt).where(t.receipt.c.change_id.in_(ids[start:start + 500])))}
    fresh = [o for o in ops if o.change_id not in known]
    batch = Batch(conn, account, seq, known=set(known))
    _load(batch, [o for o in fresh if o.table_name in t.REPLICAS])
    orgs = scope_orgs(conn, account)
    receipts: dict[str, Receipt] = {cid: Receipt(change_id=cid, status=r.status, seq=r.seq, conflicts=r.conflicts) for cid, r in known.items()}
    accepted: list[Receipt] = []
    for op in fresh:
        if op.change_id in receipts:  # the same op twice in one batch
            continue
        refused = _refusal(batch, orgs, op)
        if refused is not None:
            receipts[op.change_id] = refused
            continue
        CLOCK.observe(op.hlc)
        receipts[op.change_id] = _apply(batch, op)
        column = t.BLOB_COLUMNS.get(op.table_name)
        if column and op.fields.get(column):
            batch.blob_refs.add((op.fields[column], op.table_name, op.row_id))
        accepted.append(receipts[op.change_id])
    return batch, receipts, accepted


def _moved(conn: Connection, batch: "Batch", change_ids: list[str]) -> tuple[int, str, bool]:
    """(the head seq, the epoch, whether any row read by the merge or any change id changed since): one query."""
    c, m = t.change.c, t.meta.c
    parts = [select(literal("m", String), m.key, literal("", String), m.value).where(m.key.in_(("seq", "epoch")))]
    by_table: dict[str, list[str]] = {}
    for name, row_id in batch.read:
        by_table.setdefault(name, []).append(row_id)
    for name, row_ids in by_table.items():
        for start in range(0, len(row_ids), 500):
            parts.append(select(literal("c", String), c.table_name, c.row_id, cast(c.seq, String))
                         .where(c.table_name == name, c.row_id.in_(row_ids[start:start + 500])))
    for start in range(0, len(change_ids), 500):
        parts.append(select(literal("r", String), literal("", String), t.receipt.c.change_id, literal("", String))
                     .where(t.receipt.c.change_id.in_(change_ids[start:start + 500])))
    meta, now_seq, moved = {}, {}, False
    for kind, a, b, value in conn.execute(union_all(*parts)):
        if kind == "m":
            meta[a] = value
        elif kind == "c":
            now_seq[(a, b)] = int(value)
        else:
            moved = True  # an op of this push was merged meanwhile (a retry racing its first attempt)
    moved = moved or any(now_seq.get(key) != seq for key, seq in batch.read.items())
    return int(meta.get("seq") or 0), meta.get("epoch") or "", moved


def _shift(batch: "Batch", receipts: dict[str, Receipt], accepted: list[Receipt], seq0: int, offset: int) -> None:
    """Renumber the changes a merge made after seq0 to follow a head that moved on by `offset`."""
    if not offset:
        return
    batch.seq += offset
    for key, seq in batch.dirty.items():
        batch.dirty[key] = seq + offset
    for cid, receipt in receipts.items():
        if cid not in batch.known and receipt.seq > seq0:
            receipt.seq += offset


# -- checks ---------------------------------------------------------------------------------

def _rejected(op: Op, reason: str, errors: list[FieldProblem] | None = None) -> Receipt:
    return Receipt(change_id=op.change_id, status="rejected", seq=0, reason=reason, errors=errors or [])


def _refusal(batch: Batch, orgs: set[str] | None, op: Op) -> Receipt | None:
    """The rejected receipt of an op the server will not merge, or None. Rows are checked as they stand
    after the ops before it in the batch (a participant inserted earlier in the batch is known)."""
    if op.table_name not in t.REPLICAS:
        return _rejected(op, f"Unknown table “{op.table_name}”.")
    model = t.REPLICAS[op.table_name][1]
    existing = batch.rows.get((op.table_name, op.row_id))
    problems = checks.row_problems(model, op, existing)
    if problems:
        return _rejected(op, f"The {op.table_name} row has invalid values: " + " ".join(p.message for p in problems), problems)
    if existing is not None and all(_same(existing.get(k), v) for k, v in op.fields.items()):
        return None  # changes nothing: no right needed (a device re-sending the shipped catalog)
    rule = table_rules.rule_for(op.table_name, t.PLAN_TABLES | {"conflict"})
    action = table_rules.action_of(op.op, existing, op.fields)
    if batch.account != SERVER_ACCOUNT:
        refused = participant_scope.outgoing_refusal(batch.account, op)
        if refused:
            return _rejected(op, f"Not allowed: {refused}")
        if batch.account.role == "participant":  # their own rule: a few inserts on their own plan
            refused = participant_scope.refusal(batch.conn, batch.account, op, existing)
            return _rejected(op, f"Not allowed: {refused}") if refused else None
        refused = table_rules.refusal(rule, op.table_name, batch.account.role, action)
        if refused:
            return _rejected(op, f"Not allowed: {refused}")
        refused = _out_of_scope(batch, orgs, op, rule.scope, existing)
        if refused:
            return _rejected(op, refused)
    elif op.table_name == "participant" and existing is None and not op.fields.get("organization_id"):
        return _rejected(op, "A new participant needs an organization.", [FieldProblem(field="organization_id", message="Organization is required.")])
    return None


def _out_of_scope(batch: Batch, orgs: set[str] | None, op: Op, scope: str, existing: dict | None) -> str | None:
    outside = "Not allowed: that participant is outside your caseload."
    if scope == "participant":
        touched = {o for o in ((existing or {}).get("organization_id"), op.fields.get("organization_id")) if o}
        if not touched:
            return "A new participant needs an organization."
        return outside if orgs is not None and not touched <= orgs else None
    if scope == "organization":
        before = [existing.get("organization_id")] if existing is not None else []
        touched = set(before) | {op.fields.get("organization_id", before[0] if before else None)}
        if None in touched:
            return None if orgs is None else "Not allowed: a row shared by every organization is changed only by an administrator."
        return None if orgs is None or touched <= orgs else "Not allowed: that organization is outside your scope."
    if scope not in ("plan", "plan_or_none"):
        return None
    pid = (existing or {}).get("participant_id") or op.fields.get("participant_id")
    if not pid:
        return None if scope == "plan_or_none" else "Missing participant."
    if existing and op.fields.get("participant_id") not in (None, existing.get("participant_id")):
        return "A record cannot move to another participant."
    participant = batch.rows.get(("participant", pid))
    if participant is None:
        return outside if orgs is not None else f"Unknown participant {pid}."
    if orgs is not None and participant.get("organization_id") not in orgs:
        return outside
    return None


def _load(batch: Batch, ops: list[Op]) -> None:
    wanted: dict[str, set[str]] = {}
    for op in ops:
        wanted.setdefault(op.table_name, set()).add(op.row_id)
        pid = op.participant_id or op.fields.get("participant_id")
        if isinstance(pid, str):
            wanted.setdefault("participant", set()).add(pid)
    for name, ids in wanted.items():
        if name != "participant":
            _load_rows(batch, name, ids)
    # the participants of the rows edited (an update names none): their organization is the scope
    owners = {row.get("participant_id") for (name, _), row in batch.rows.items() if name in t.PLAN_TABLES or name == "conflict"}
    _load_rows(batch, "participant", (wanted.get("participant", set()) | owners) - {None})


def _load_rows(batch: Batch, name: str, ids) -> None:
    """The rows, and their srv_change seqs read on their own (a feed entry may outlive its row: a restored backup)."""
    table = t.REPLICAS[name][0]
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row_id in chunk:
            batch.read.setdefault((name, row_id), None)
        for row in batch.conn.execute(select(table).where(table.c.id.in_(chunk))):
            batch.rows[(name, row.id)] = row_to_wire(row)
        for row in batch.conn.execute(select(t.change.c.row_id, t.change.c.seq, t.change.c.echo_device)
                                      .where(t.change.c.table_name == name, t.change.c.row_id.in_(chunk))):
            batch.row_seq[(name, row.row_id)] = batch.read[(name, row.row_id)] = row.seq
            batch.echo[(name, row.row_id)] = row.echo_device
            batch.listed.add((name, row.row_id))


# -- merge --------------------------------------------------------------------------------

def _apply(batch: Batch, op: Op) -> Receipt:
    key = (op.table_name, op.row_id)
    row = batch.rows.get(key)
    if row is None:
        row = checks.defaults(t.REPLICAS[op.table_name][1])
        row.update(op.fields, id=op.row_id, deleted=bool(op.fields.get("deleted", False)))
        _stamp(row, op)
        batch.rows[key] = row
        batch.new.add(key)
        return _changed(batch, key, op, "applied", 0, echo=_pusher(batch, op))
    conflicts = 0
    changed = False
    newer = op.hlc > (row.get("hlc") or "")
    concurrent_row = batch.row_seq.get(key, 0) > op.base_seq and row.get("device_id") != op.device_id
    #: the pushing device held the row as it stood (it had pulled its latest version, or that version was its own echo)
    held = batch.row_seq.get(key, 0) <= op.base_seq or (batch.echo.get(key) is not None and batch.echo.get(key) == _pusher(batch, op))
    for name, value in op.fields.items():
        current = row.get(name)
        if _same(current, value):
            continue
        if name == "deleted" and ((value is True and not concurrent_row) or (value is False and op.base.get("deleted") is True)):
            row["deleted"], changed = value, True  # a delete nobody edited meanwhile, or an undelete
        elif name != "deleted" and name in op.base and _same(op.base[name], current):
            row[name], changed = value, True
        else:
            conflicts += 1
            if newer:
                _conflict(batch, row, op, name, kept=value, lost=current, op_won=True)
                row[name], changed = value, True
            else:
                _conflict(batch, row, op, name, kept=current, lost=value, op_won=False)
    if row.get("deleted") and op.op == "update" and op.fields and "deleted" not in op.fields:
        conflicts += 1  # an edit of a row somebody deleted: the newer of the two decides, the other is kept
        if newer:
            _conflict(batch, row, op, "deleted", kept=False, lost=True, op_won=True)
            row["deleted"], changed = False, True
        else:
            _conflict(batch, row, op, "deleted", kept=True, lost=False, op_won=False)
    if not changed and not conflicts:
        return Receipt(change_id=op.change_id, status="unchanged", seq=batch.row_seq.get(key, 0))
    if newer:
        _stamp(row, op)
    # every field taken, stamped as the device stamped it, over a version it held: the row is exactly the device's copy
    stamped = newer or (row.get("hlc") == op.hlc and row.get("device_id") == op.device_id)  # two ops of one write share a stamp
    echo = _pusher(batch, op) if stamped and held and not conflicts else None
    return _changed(batch, key, op, "merged" if conflicts else "applied", conflicts, echo=echo)


def _pusher(batch: Batch, op: Op) -> str | None:
    """The pushing device when the op is its own write (a re-upload carries other devices' rows under their ids)."""
    device = batch.account.device_id
    return device if device and op.device_id == device else None


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return float(a) == float(b)
    return a == b


def _stamp(row: dict, op: Op) -> None:
    row.update(hlc=op.hlc, device_id=op.device_id, updated_by=op.user_id, updated_at=to_wire(now()))


def _changed(batch: Batch, key, op: Op, status: str, conflicts: int, echo: str | None = None) -> Receipt:
    if key[0] == "participant":
        from app.services.participants import search_key

        row = batch.rows[key]
        row["search_key"] = search_key(row)
    batch.seq += 1
    batch.dirty[key] = batch.row_seq[key] = batch.seq
    batch.echo[key] = echo
    return Receipt(change_id=op.change_id, status=status, seq=batch.seq, conflicts=conflicts)


def _name(batch: Batch, user_id: str | None, device_id: str | None) -> str:
    if not user_id:
        return f"device {str(device_id)[:8]}"
    if user_id not in batch.names:
        users = t.REPLICAS["app_user"][0]
        row = batch.conn.execute(select(users.c.full_name, users.c.username).where(users.c.id == user_id)).first()
        batch.names[user_id] = (row.full_name or row.username) if row else user_id
    return batch.names[user_id]


def _conflict(batch: Batch, row: dict, op: Op, name: str, *, kept, lost, op_won: bool) -> None:
    """The losing value becomes a Conflict row (synced like any other row) with both authors and times."""
    ours = (_name(batch, op.user_id, op.device_id), op.hlc)
    theirs = (_name(batch, row.get("updated_by"), row.get("device_id")), row.get("hlc") or "")
    kept_by, kept_hlc = ours if op_won else theirs
    lost_by, lost_hlc = theirs if op_won else ours
    pid = t.participant_of(op.table_name, row)
    conflict_id = uuid7()
    record = {c.name: None for c in t.REPLICAS["conflict"][0].columns}
    record.update(id=conflict_id, hlc=CLOCK.now(), device_id="server", deleted=False, updated_at=to_wire(now()), updated_by=None,
                  participant_id=pid, table_name=op.table_name, row_id=row["id"], field=name,
                  kept_value=json.dumps(kept, ensure_ascii=False), lost_value=json.dumps(lost, ensure_ascii=False),
                  kept_by=kept_by, lost_by=lost_by, kept_hlc=kept_hlc, lost_hlc=lost_hlc, resolved=False, resolution="")
    key = ("conflict", conflict_id)
    batch.rows[key] = record
    batch.new.add(key)
    batch.seq += 1
    batch.dirty[key] = batch.seq


# -- write --------------------------------------------------------------------------------

def _write(batch: Batch, receipts: list[Receipt]) -> None:
    """Set-based: per table one multi-row INSERT of the new rows and one executemany UPDATE of the changed
    ones, the feed entries (with the row's JSON as devices receive it) in one INSERT, the receipts in one."""
    conn = batch.conn
    by_table: dict[str, tuple[list, list]] = {}
    feed_rows = []
    for key, seq in batch.dirty.items():
        name = key[0]
        table, model = t.REPLICAS[name]
        typed = _typed(model, batch.rows[key], [c.name for c in table.columns])
        inserts, updates = by_table.setdefault(name, ([], []))
        (inserts if key in batch.new else updates).append(typed)
        wire = t.for_device(name, {k: to_wire(v) for k, v in typed.items()})
        feed_rows.append({"table_name": name, "row_id": key[1], "seq": seq, "participant_id": t.participant_of(name, batch.rows[key]),
                          "row_json": json.dumps(wire, ensure_ascii=False, separators=(",", ":")), "echo_device": batch.echo.get(key)})
    for name, (inserts, updates) in by_table.items():
        table = t.REPLICAS[name][0]
        if inserts:
            conn.execute(insert(table), inserts)
        if updates:
            columns = [c.name for c in table.columns if c.name != "id"]
            params = [{**{f"v_{k}": v for k, v in r.items()}, "k_id": r["id"]} for r in updates]
            conn.execute(update(table).where(table.c.id == bindparam("k_id")).values({c: bindparam(f"v_{c}") for c in columns}), params)
    if feed_rows:
        replaced = [k for k in batch.dirty if k in batch.listed]
        for name in {k[0] for k in replaced}:
            ids = [k[1] for k in replaced if k[0] == name]
            for start in range(0, len(ids), 500):
                conn.execute(delete(t.change).where(t.change.c.table_name == name, t.change.c.row_id.in_(ids[start:start + 500])))
        conn.execute(insert(t.change), feed_rows)
        set_meta(conn, "seq", str(batch.seq))
    if batch.blob_refs:
        known = set(conn.execute(select(t.blob_ref.c.sha256, t.blob_ref.c.table_name, t.blob_ref.c.row_id)
                                 .where(t.blob_ref.c.account_id == batch.account.id,
                                        t.blob_ref.c.sha256.in_([r[0] for r in batch.blob_refs]))).all())
        fresh = [r for r in batch.blob_refs if tuple(r) not in known]
        if fresh:
            conn.execute(insert(t.blob_ref), [{"sha256": h, "table_name": n, "row_id": i, "account_id": batch.account.id} for h, n, i in fresh])
    if receipts:
        conn.execute(insert(t.receipt), [{"change_id": r.change_id, "status": r.status, "seq": r.seq, "conflicts": r.conflicts} for r in receipts])


def _typed(model: type, row: dict, columns: list[str]) -> dict:
    return {c: from_wire(model, c, row.get(c)) for c in columns}
