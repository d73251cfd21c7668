"""Pull: the changes after a cursor, in pages, filtered by the caller's scope; and the scope digest.

A change is the row's current state, listed at its latest seq, so a device that pulls late gets
each row once. Scope: rows outside any plan go to everyone; plan rows only when their participant's
organization is in the account's scope.
"""
from __future__ import annotations

import json

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection

from app.server import tables as t
from app.server.merge import row_to_wire
from app.server.participant import scope as participant_scope
from app.server.store import Account, get_meta, scope_orgs
from app.sync.protocol import Change, Digest, PullPage, ScopeIds

SECRETS = t.SECRETS


def _visible_users(conn: Connection, account: Account, orgs: set[str] | None):
    """Which user rows a device may hold: the people it needs to show by name (its organizations' and
    region's staff, the administrators) and the account itself; every user for an administrator."""
    if orgs is None:
        return lambda row: True
    organization = t.REPLICAS["organization"][0]
    regions = set(conn.scalars(select(organization.c.region_id).where(organization.c.id.in_(orgs)))) if orgs else set()

    def visible(row: dict) -> bool:
        if row["id"] == account.id:
            return True
        if row.get("role") == "participant":
            return False
        return row.get("role") == "administrator" or row.get("organization_id") in orgs or row.get("region_id") in regions
    return visible


_for_device = t.for_device


def _scope(conn: Connection, account: Account):
    if account.role == "participant":
        return participant_scope.pull_clause(conn, account)
    orgs = scope_orgs(conn, account)
    if orgs is None:
        return None
    participant = t.REPLICAS["participant"][0]
    in_scope = select(participant.c.id).where(participant.c.organization_id.in_(orgs))
    return or_(t.change.c.participant_id.is_(None), t.change.c.participant_id.in_(in_scope))


def _page(conn: Connection, account: Account, cursor: int, limit: int, skip_own: bool = False) -> tuple[list[tuple[int, str, str]], int, bool, str]:
    """(seq, table, the row's JSON as devices receive it) in seq order, the next cursor, has_more, the epoch.

    `skip_own`: leave out the changes that are the calling device's own writes as it holds them
    (srv_change.echo_device): a laptop pulls back only what others changed. A full re-sync asks without it.

    One indexed read of srv_change gives the rows' JSON as written by the push (row_json); only changes
    written before that column existed are read from the replicas."""
    # the head first: seqs commit in order (store.writing), so every change up to it is already
    # listable below; a change committed after this read has a larger seq and is not skipped
    head = int(get_meta(conn, "seq") or 0)
    c = t.change.c
    query = select(c.seq, c.table_name, c.row_id, c.row_json).where(c.seq > cursor)
    clause = _scope(conn, account)
    if clause is not None:
        query = query.where(clause)
    if skip_own and account.device_id:
        query = query.where(or_(c.echo_device.is_(None), c.echo_device != account.device_id))
    listed = conn.execute(query.order_by(c.seq).limit(limit)).all()
    older: dict[str, list[str]] = {}
    for entry in listed:
        if entry.row_json is None:
            older.setdefault(entry.table_name, []).append(entry.row_id)
    rows: dict[tuple[str, str], str] = {}
    for name, ids in older.items():
        table = t.REPLICAS[name][0]
        for start in range(0, len(ids), 1000):
            for row in conn.execute(select(table).where(table.c.id.in_(ids[start:start + 1000]))):
                rows[(name, row.id)] = json.dumps(_for_device(name, row_to_wire(row)), ensure_ascii=False, separators=(",", ":"))
    users = _visible_users(conn, account, scope_orgs(conn, account)) if any(e.table_name == "app_user" for e in listed) else None
    changes = []
    for e in listed:
        text = e.row_json if e.row_json is not None else rows.get((e.table_name, e.row_id))
        if text is None or (e.table_name == "app_user" and not users(json.loads(text))):
            continue
        changes.append((e.seq, e.table_name, text))
    has_more = len(listed) == limit
    last = listed[-1].seq if listed else cursor
    if not has_more:  # nothing more in scope up to the head read first: the next pull starts there
        last = max(last, head)
    return changes, last, has_more, get_meta(conn, "epoch") or ""


def pull(conn: Connection, account: Account, cursor: int, limit: int, skip_own: bool = False) -> PullPage:
    changes, last, has_more, epoch = _page(conn, account, cursor, limit, skip_own)
    return PullPage(changes=[Change(seq=s, table_name=n, row=json.loads(r)) for s, n, r in changes], next_cursor=last,
                    has_more=has_more, epoch=epoch)


def pull_json(conn: Connection, account: Account, cursor: int, limit: int, skip_own: bool = False) -> str:
    """The PullPage as JSON text, assembled from the stored row JSON without decoding or validating it again."""
    changes, last, has_more, epoch = _page(conn, account, cursor, limit, skip_own)
    body = ",".join(f'{{"seq":{s},"table_name":"{n}","row":{r}}}' for s, n, r in changes)  # table names are identifiers
    return f'{{"changes":[{body}],"next_cursor":{last},"has_more":{"true" if has_more else "false"},"epoch":{json.dumps(epoch)}}}'


def digest(conn: Connection, account: Account) -> Digest:
    query = select(t.change.c.table_name, func.count()).group_by(t.change.c.table_name)
    clause = _scope(conn, account)
    if clause is not None:
        query = query.where(clause)
    counts = {name: count for name, count in conn.execute(query)}
    if "app_user" in counts:
        visible = _visible_users(conn, account, scope_orgs(conn, account))
        counts["app_user"] = sum(1 for row in conn.execute(select(t.REPLICAS["app_user"][0])) if visible(row_to_wire(row)))
    return Digest(counts=counts, epoch=get_meta(conn, "epoch") or "")


def scope_ids(conn: Connection, account: Account) -> ScopeIds:
    """Every participant the account may hold now: the device purges the others (moved away)."""
    participant = t.REPLICAS["participant"][0]
    query = select(participant.c.id)  # tombstones too: the digest counts them
    orgs = scope_orgs(conn, account)
    if orgs is not None:
        query = query.where(participant.c.organization_id.in_(orgs))
    return ScopeIds(participants=sorted(conn.scalars(query)), epoch=get_meta(conn, "epoch") or "")
