"""Scope of a participant account on /pull, /push and /digest: that participant only.

Table rule for outgoing_message (every role): a device inserts it with status "queued" (participant scope as any
plan row) and never changes status, status_reason or sent_at: only the server's delivery writes them.

Table rule for the declarative table rules (issue 10), for role "participant":
- pull: rows whose participant_id is the account's participant (never rows outside any plan: no staff, catalog
  or other participants);
- push: insert only, on their own participant, into signature, plan_agreement (status "Signature collected –
  electronic" only), attendance_week and attendance_day (unverified); no update, no delete, no other table.
"""
from __future__ import annotations

from sqlalchemy import false
from sqlalchemy.engine import Connection

from app import domain
from app.server import tables as t
from app.server.store import Account

PARTICIPANT_INSERTS = frozenset({"signature", "plan_agreement", "attendance_week", "attendance_day"})


def pull_clause(conn: Connection, account: Account):
    from app.server.invites import participant_of

    pid = participant_of(conn, account.id)
    return t.change.c.participant_id == pid if pid else false()


def refusal(conn: Connection, account: Account, op, existing: dict | None) -> str | None:
    """Why a participant account may not make this op, or None (the participant's whole table rule)."""
    from app.server.invites import participant_of

    pid = participant_of(conn, account.id)
    own = pid is not None and op.fields.get("participant_id") == pid and op.participant_id in (None, pid)
    if op.op != "insert" or op.table_name not in PARTICIPANT_INSERTS or not own:
        return "A participant can only add their own signature, agreement or attendance."
    if op.table_name == "plan_agreement" and op.fields.get("status") != domain.SIGNED_STATUSES[1]:
        return "A participant can only record their electronic signature."
    if op.table_name == "attendance_week" and op.fields.get("verified"):
        return "Only a caseworker verifies attendance."
    if existing is not None:
        return "A participant cannot change an existing record."
    return None


SERVER_ONLY_FIELDS = frozenset({"status", "status_reason", "sent_at"})


def outgoing_refusal(account: Account, op) -> str | None:
    """A device queues messages; only the server (account id "") says they were sent."""
    if account.id == "" or op.table_name != "outgoing_message":
        return None
    if op.op == "insert" and (op.fields.get("status", "queued") != "queued" or op.fields.get("sent_at") or op.fields.get("status_reason")):
        return "A new message must be queued; only the server records its delivery."
    if op.op != "insert" and SERVER_ONLY_FIELDS & set(op.fields):
        return "Only the server records a message's delivery."
    return None
