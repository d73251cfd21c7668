"""`sync()`: push the outbox, upload blobs, pull pages, download blobs, check the scope digest.

Resumable after any interruption: outbox rows are deleted only after the server's receipt (a
replayed op gets its first receipt back), each pulled page commits with its cursor, and blobs go
by SHA-256 only when the other side lacks them.
"""
from __future__ import annotations

import gc
import json
import logging
import socket
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import delete, func, select, update

from app.sync import apply, orphans, purge, resync, wipe
from app.sync.status import open_conflicts, pending_count  # noqa: F401 - part of the client's API
from app.sync.protocol import Op, PushBatch, Receipt
from app.sync.transport import (Server, SignInNeeded, SyncCancelled, SyncError, SyncRejected, WipeOrdered, forget_token, load_token,
                                save_token)
from db.changes import data_columns
from db.models import Blob, Document, OutboxEntry, RejectedOp, Signature, SyncState, UpdateLogEntry, synced_tables
from db.wire import to_wire

log = logging.getLogger("fieldplan.sync")
Progress = Callable[[str, int, int], None]
__all__ = ["sync", "SyncResult", "SyncError", "SignInNeeded", "SyncCancelled", "pending_count", "sign_out"]


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    #: pulled rows written here (a row that is this device's own write coming back is skipped)
    applied: int = 0
    conflicts: int = 0
    blobs_up: int = 0
    blobs_down: int = 0
    cursor: int = 0
    #: ops the server refused this sync, now set aside (app/sync/rejected.py)
    rejected: int = 0
    #: participants removed from this laptop because they left its scope (app/sync/purge.py)
    purged: int = 0
    reuploaded: bool = False
    #: why a full re-sync ran ("" when none did), and the rows it removed from this copy
    resynced: str = ""
    replaced: int = 0
    digest_ok: bool = True
    seconds: float = 0.0
    mismatched: dict[str, tuple[int, int]] = field(default_factory=dict)


def sync(ctx_or_workspace, server_url: str, *, username: str | None = None, password: str | None = None,
         progress: Progress | None = None, cancel=None, batch_size: int = 500, page_size: int = 2500) -> SyncResult:
    """One full sync. Raises SyncError (SignInNeeded, ServerUnreachable, SyncRejected, SyncCancelled)."""
    workspace = getattr(ctx_or_workspace, "workspace", ctx_or_workspace)
    user = getattr(ctx_or_workspace, "user", None)
    started = time.perf_counter()
    result = SyncResult()
    server = Server(server_url, load_token(workspace, server_url))
    username = username or (user.username if user else None)
    try:
        with young_collections_only():
            _sync(workspace, user, server, server_url, result, username, password, progress, cancel, batch_size, page_size)
    finally:
        server.close()
    result.seconds = time.perf_counter() - started
    log.info("sync: pushed %d, pulled %d, conflicts %d in %.2fs", result.pushed, result.pulled, result.conflicts, result.seconds)
    return result


@contextmanager
def young_collections_only():
    """A sync starts by moving every object the process holds to the collector's permanent generation
    (`gc.freeze()`, as the window does after loading), so the collections that run while it allocates walk only
    what was made since: an automatic full collection walked every object of the process (the window's
    included) holding the GIL, up to 1.2 s at load 20, while the window could not paint. Objects frozen this way
    are still freed when nothing refers to them; only a reference cycle among them is never collected."""
    gc.freeze()
    yield


def _sync(workspace, user, server, server_url, result, username, password, progress, cancel, batch_size, page_size) -> None:
    try:
        health = server.health()  # unreachable (offline in the field) is told apart from "sign in first"
        _sign_in(workspace, server, username, password)
        run = _Run(workspace, server, result, progress or (lambda *_: None), cancel, batch_size, page_size)
        run.user = user
        try:
            run.all(health)
        except SignInNeeded:
            if password is None:
                forget_token(workspace, server_url)
                raise
            forget_token(workspace, server_url)  # a revoked token and a password at hand: sign in again once
            server.token = None
            _sign_in(workspace, server, username, password)
            run.all()
    except WipeOrdered:
        forget_token(workspace, server_url)
        wipe.wipe_profile(workspace)
        raise


def sign_out(workspace, server_url: str) -> None:
    """Revoke this device's token on the server (if reachable) and forget it here."""
    token = load_token(workspace, server_url)
    if token:
        server = Server(server_url, token)
        try:
            server.revoke()
        except SyncError:
            pass
        finally:
            server.close()
    forget_token(workspace, server_url)


def _sign_in(workspace, server: Server, username: str | None, password: str | None) -> None:
    if server.token:
        return
    if not username or not password:
        raise SignInNeeded("Sign in to the sync server once with your user name and password.")
    token = server.sign_in(username, password, workspace.device_id, socket.gethostname())
    save_token(workspace, server.url, token.token)


class _Run:
    def __init__(self, workspace, server: Server, result: SyncResult, progress: Progress, cancel, batch_size: int, page_size: int):
        self.ws, self.server, self.result, self.progress = workspace, server, result, progress
        self.cancel, self.batch_size, self.page_size = cancel, batch_size, page_size

    def check_cancel(self) -> None:
        cancel = self.cancel
        if cancel is not None and (cancel.is_set() if hasattr(cancel, "is_set") else cancel()):
            raise SyncCancelled("Sync cancelled; what was already sent or received is kept.")

    def state(self, key: str, default: str = "") -> str:
        with self.ws.session() as s:
            row = s.get(SyncState, key)
            return row.value if row else default

    def all(self, health=None) -> None:
        health = health or self.server.health()  # the epoch and head of the sync's first call, if it just asked
        self.scope()  # an authenticated call before any push: a device marked for wipe hears "wipe" here
        known, cursor = self.state("server_epoch"), int(self.state("cursor", "0") or 0)
        if known and known != health.epoch:
            resync.full_resync(self, "the server has a new epoch (restored from a backup)", new_epoch=health.epoch)
        elif cursor > health.seq:
            resync.full_resync(self, "this device's cursor is ahead of the server's history")
        else:
            self.push()
            self.progress("files", 0, 0)
            self.upload_blobs()
            self.pull(cursor)
            self.purge()
        self.progress("files", 0, 0)
        self.download_blobs()
        self.progress("check", 0, 0)
        self.check_digest()

    def scope(self) -> list[str] | None:
        """The participants this account may hold now; None from a server without `GET /scope`."""
        try:
            return self.server.scope().participants
        except SyncRejected as exc:
            if exc.status == 404:
                return None
            raise

    def purge(self) -> None:
        """After the push and the pull: steps revived under a removed goal go (and that removal is sent
        now), then the participants that left this device's scope are removed."""
        if orphans.remove_orphaned_steps(self.ws, getattr(self, "user", None)):
            self.push()
        in_scope = self.scope()
        if in_scope is not None:
            self.result.purged += purge.purge_participants(self.ws, in_scope)

    # -- push ------------------------------------------------------------------------------
    def push(self) -> None:
        with self.ws.session() as s:
            total = (s.scalar(select(func.count()).select_from(OutboxEntry)) or 0) + \
                    (s.scalar(select(func.count()).select_from(UpdateLogEntry).where(~UpdateLogEntry.pushed)) or 0)
        done = 0
        self.progress("push", 0, total)
        log_columns = [c for c in data_columns(UpdateLogEntry) if c != "pushed"]
        while True:
            self.check_cancel()
            with self.ws.session() as s:
                entries = list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq).limit(self.batch_size)))
                room = self.batch_size - len(entries)
                logs = list(s.scalars(select(UpdateLogEntry).where(~UpdateLogEntry.pushed).limit(room))) if room else []
            if not entries and not logs:
                break
            ops = [Op(change_id=e.change_id, table_name=e.table_name, row_id=e.row_id, participant_id=e.participant_id, op=e.op,
                      fields=json.loads(e.fields), base=json.loads(e.base), base_seq=e.base_seq, hlc=e.hlc, device_id=e.device_id,
                      user_id=e.user_id) for e in entries]
            ops += [Op(change_id=e.id, table_name="update_log", row_id=e.id, participant_id=e.participant_id, op="insert",
                       fields={c: to_wire(getattr(e, c)) for c in log_columns}, hlc=e.hlc or "0", device_id=e.device_id or self.ws.device_id,
                       user_id=e.user_id) for e in logs]
            receipts = self.push_ops(ops)
            rejected = {r.change_id: r for r in receipts if r.status == "rejected"}
            with self.ws.sessions.begin() as s:  # only now, after the receipts, do the ops leave the outbox
                for e in entries:
                    if e.change_id in rejected:  # set aside for a person; the rest of the outbox goes on
                        s.add(_set_aside(e, rejected[e.change_id]))
                if entries:
                    s.execute(delete(OutboxEntry).where(OutboxEntry.change_id.in_([e.change_id for e in entries])))
                if logs:  # a refused log row (its record was refused too) is not sent again
                    s.execute(update(UpdateLogEntry).where(UpdateLogEntry.id.in_([e.id for e in logs])).values(pushed=True))
            if rejected:
                log.warning("sync: the server rejected %d op(s); set aside for a person", len(rejected))
            self.result.rejected += sum(1 for e in entries if e.change_id in rejected)
            self.result.pushed += len(ops)
            self.result.conflicts += sum(r.conflicts for r in receipts)
            done += len(ops)
            self.progress("push", done, max(total, done))

    def push_ops(self, ops: list[Op]) -> list[Receipt]:
        """Push a batch; when the server refuses the whole batch (403/422), halve it until the bad op(s)
        are alone, so every other op still goes (each refused one gets a "rejected" receipt here)."""
        try:
            return self.server.push(PushBatch(ops=ops)).receipts
        except SyncRejected as exc:
            if exc.status not in (403, 422):
                raise
            if len(ops) == 1:
                return [Receipt(change_id=ops[0].change_id, status="rejected", seq=0, reason=exc.detail)]
            self.check_cancel()
            middle = len(ops) // 2
            return self.push_ops(ops[:middle]) + self.push_ops(ops[middle:])

    def reupload(self, epoch: str) -> None:
        """The server was restored from a backup: send every row we hold again, then pull from the start."""
        self.result.reuploaded = True
        with self.ws.sessions.begin() as s:
            s.execute(update(UpdateLogEntry).values(pushed=False))
            s.merge(SyncState(key="cursor", value="0"))
        for name, model in sorted(synced_tables().items()):
            if name == "update_log":
                continue
            columns = data_columns(model)
            with self.ws.session() as s:
                rows = list(s.scalars(select(model)))
            for start in range(0, len(rows), self.batch_size):
                self.check_cancel()
                ops = [Op(change_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{epoch}/{name}/{r.id}")), table_name=name, row_id=r.id,
                          participant_id=getattr(r, "participant_id", None) if name != "participant" else r.id, op="insert",
                          fields=_as_on_server(name, r, columns), hlc=r.hlc or "0", device_id=r.device_id or self.ws.device_id,
                          user_id=r.updated_by) for r in rows[start:start + self.batch_size]]
                self.push_ops(ops)  # a row the server now refuses is not sent again (it is the server's copy that counts)
                self.result.pushed += len(ops)

    # -- pull ------------------------------------------------------------------------------
    def pull(self, cursor: int, collect: bool = False) -> dict[str, set[str]]:
        """Pull pages from `cursor`; with `collect`, return the row ids the feed listed per table."""
        pages = 0
        seen: dict[str, set[str]] = {}
        while True:
            self.check_cancel()
            page = self.server.pull(cursor, self.page_size, skip_own=not collect)
            if collect:
                for change in page.changes:
                    seen.setdefault(change.table_name, set()).add(change.row.get("id"))
            self.result.applied += apply.apply_page(self.ws, page.changes, page.next_cursor, page.epoch)
            cursor = page.next_cursor
            pages += 1
            self.result.pulled += len(page.changes)
            self.result.cursor = cursor
            self.progress("pull", self.result.pulled, self.result.pulled + (self.page_size if page.has_more else 0))
            if not page.has_more:
                break
        return seen

    def check_digest(self) -> None:
        """Counts per table in scope against ours; on a mismatch pull the scope again from the start (once)."""
        for attempt in range(2):
            theirs = self.server.digest().counts
            ours = {}
            with self.ws.session() as s:
                for name in theirs:
                    model = synced_tables().get(name)
                    if model is not None:
                        ours[name] = s.scalar(select(func.count()).select_from(model)) or 0
            mismatched = {n: (ours.get(n, 0), c) for n, c in theirs.items() if ours.get(n, 0) < c}
            if not mismatched:
                self.result.digest_ok, self.result.mismatched = True, {}
                return
            self.result.digest_ok, self.result.mismatched = False, mismatched
            if attempt == 0:
                differ = {n for n, c in theirs.items() if ours.get(n, 0) != c}
                resync.full_resync(self, f"the digest disagrees ({', '.join(sorted(mismatched))})", replace=differ)

    # -- blobs -----------------------------------------------------------------------------
    def upload_blobs(self) -> None:
        with self.ws.session() as s:
            hashes = list(s.scalars(select(Blob.sha256)))
        for start in range(0, len(hashes), 5000):
            for digest in self.server.missing_blobs(hashes[start:start + 5000]):
                self.check_cancel()
                with self.ws.session() as s:
                    data = s.get(Blob, digest).data
                self.server.put_blob(digest, data)
                self.result.blobs_up += 1

    def download_blobs(self) -> None:
        with self.ws.session() as s:
            wanted = set(s.scalars(select(Document.sha256).where(~Document.deleted))) | \
                     set(s.scalars(select(Signature.png_sha256).where(~Signature.deleted, Signature.png_sha256 != "")))
            have = set(s.scalars(select(Blob.sha256)))
        for digest in sorted(wanted - have - {""}):
            self.check_cancel()
            try:
                data = self.server.get_blob(digest)
            except SyncRejected as exc:  # not uploaded yet by its device: the next sync fetches it
                log.warning("blob %s not available yet: %s", digest[:12], exc)
                continue
            with self.ws.sessions.begin() as s:
                if s.get(Blob, digest) is None:
                    s.add(Blob(sha256=digest, data=data))
            self.result.blobs_down += 1


def _set_aside(entry: OutboxEntry, receipt: Receipt) -> RejectedOp:
    reason = receipt.reason or "; ".join(p.message for p in receipt.errors) or "no reason given"
    return RejectedOp(change_id=entry.change_id, table_name=entry.table_name, row_id=entry.row_id, participant_id=entry.participant_id,
                      op=entry.op, fields=entry.fields, base=entry.base, base_seq=entry.base_seq, hlc=entry.hlc, device_id=entry.device_id,
                      user_id=entry.user_id, reason=reason, errors=json.dumps([p.model_dump() for p in receipt.errors], ensure_ascii=False))


def _as_on_server(name: str, row, columns: list[str]) -> dict:
    fields = {c: to_wire(getattr(row, c)) for c in columns}
    suffix = f"#{row.id[-8:]}"
    if name == "app_user" and fields["username"].endswith(suffix):  # renamed here only (apply._rename_clashing_users)
        fields["username"] = fields["username"][: -len(suffix)]
    return fields
