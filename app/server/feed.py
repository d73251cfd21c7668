"""Pull: the changes after a cursor, in pages, filtered by the caller's scope; and the scope digest.

A change is the row's current state, listed at its latest seq, so a device that pulls late gets
each row once. Scope: rows outside any plan go to everyone; plan rows only when their participant's
organization is in the account's scope.
"""
from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection

from app.server import tables as t
from app.server.merge import row_to_wire
from app.server.participant import scope as participant_scope
from app.server.store import Account, get_meta, scope_orgs
from app.sync.protocol import Change, Digest, PullPage, ScopeIds

#: table → columns that never leave the server (password hashes): sent empty
SECRETS = {name: frozenset(getattr(model, "__secret__", ())) for name, (_, model) in t.REPLICAS.items() if getattr(model, "__secret__", ())}


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


def _for_device(name: str, row: dict) -> dict:
    secret = SECRETS.get(name)
    return {k: ("" if k in secret else v) for k, v in row.items()} if secret else row


def _scope(conn: Connection, account: Account):
    if account.role == "participant":
        return participant_scope.pull_clause(conn, account)
    orgs = scope_orgs(conn, account)
    if orgs is None:
        return None
    participant = t.REPLICAS["participant"][0]
    in_scope = select(participant.c.id).where(participant.c.organization_id.in_(orgs))
    return or_(t.change.c.participant_id.is_(None), t.change.c.participant_id.in_(in_scope))


def pull(conn: Connection, account: Account, cursor: int, limit: int) -> PullPage:
    # the head first: seqs commit in order (store.writing), so every change up to it is already
    # listable below; a change committed after this read has a larger seq and is not skipped
    head = int(get_meta(conn, "seq") or 0)
    query = select(t.change.c.table_name, t.change.c.row_id, t.change.c.seq).where(t.change.c.seq > cursor)
    clause = _scope(conn, account)
    if clause is not None:
        query = query.where(clause)
    listed = conn.execute(query.order_by(t.change.c.seq).limit(limit)).all()
    wanted: dict[str, list[str]] = {}
    for entry in listed:
        wanted.setdefault(entry.table_name, []).append(entry.row_id)
    rows: dict[tuple[str, str], dict] = {}
    for name, ids in wanted.items():
        table = t.REPLICAS[name][0]
        for start in range(0, len(ids), 1000):
            for row in conn.execute(select(table).where(table.c.id.in_(ids[start:start + 1000]))):
                rows[(name, row.id)] = row_to_wire(row)
    users = _visible_users(conn, account, scope_orgs(conn, account)) if "app_user" in wanted else None
    changes = [Change(seq=e.seq, table_name=e.table_name, row=_for_device(e.table_name, rows[(e.table_name, e.row_id)])) for e in listed
               if (e.table_name, e.row_id) in rows and (e.table_name != "app_user" or users(rows[(e.table_name, e.row_id)]))]
    has_more = len(listed) == limit
    last = listed[-1].seq if listed else cursor
    if not has_more:  # nothing more in scope up to the head read first: the next pull starts there
        last = max(last, head)
    return PullPage(changes=changes, next_cursor=last, has_more=has_more, epoch=get_meta(conn, "epoch") or "")


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
