"""A tiny in-process sync server (httpx.MockTransport) that plays what the real server does not do yet
on main: per-op rejections, a whole batch refused with 422, `GET /scope`, the 410 "wipe" answer.
It speaks app/sync/protocol.py; the same tests run against the real server once it has the behaviour."""

from __future__ import annotations

import json

import httpx

from app.sync.protocol import API_PREFIX, WIPE_ACTION, WIPE_STATUS


class FakeServer:
    def __init__(self, epoch: str = "epoch-1"):
        self.epoch = epoch
        self.seq = 0
        self.pushed: list[dict] = []  # every op accepted, in order
        self.batches: list[int] = []  # size of every /push request
        self.feed: list[dict] = []  # changes the pull answers with: {"seq", "table_name", "row"}
        self.reject = lambda op: ""  # a reason to reject one op (a per-op receipt)
        self.refuse_batch = lambda op: False  # True: the whole batch answers 422 while it holds this op
        self.scope: list[str] | None = None
        self.wipe = False
        self.counts: dict[str, int] = {}
        self.calls: list[str] = []

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def _json(self, body, status: int = 200) -> httpx.Response:
        return httpx.Response(status, json=body)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix(API_PREFIX)
        self.calls.append(f"{request.method} {path}")
        if path == "/health":
            return self._json({"status": "ok", "epoch": self.epoch, "seq": self.seq})
        if path == "/sign-in":
            body = json.loads(request.content)
            return self._json(
                {
                    "token": "t-" + body["username"],
                    "user_id": "u",
                    "username": body["username"],
                    "role": "caseworker",
                    "epoch": self.epoch,
                }
            )
        if self.wipe:
            return self._json({"detail": "This device was reported lost.", "action": WIPE_ACTION}, WIPE_STATUS)
        if path == "/push":
            ops = json.loads(request.content)["ops"]
            self.batches.append(len(ops))
            if any(self.refuse_batch(op) for op in ops):
                return self._json({"detail": "fields.subject: String should have at most 200 characters"}, 422)
            receipts = []
            for op in ops:
                reason = self.reject(op)
                if reason:
                    receipts.append(
                        {
                            "change_id": op["change_id"],
                            "status": "rejected",
                            "seq": 0,
                            "reason": reason,
                            "errors": [{"field": "participant_id", "message": reason}],
                        }
                    )
                    continue
                self.seq += 1
                self.pushed.append(op)
                receipts.append({"change_id": op["change_id"], "status": "applied", "seq": self.seq})
            return self._json({"receipts": receipts, "epoch": self.epoch})
        if path == "/pull":
            after = int(request.url.params["after"])
            changes = [c for c in self.feed if c["seq"] > after]
            return self._json(
                {
                    "changes": changes,
                    "next_cursor": max([after] + [c["seq"] for c in changes]),
                    "has_more": False,
                    "epoch": self.epoch,
                }
            )
        if path == "/digest":
            return self._json({"counts": self.counts, "epoch": self.epoch})
        if path == "/scope":
            if self.scope is None:
                return self._json({"detail": "Not Found"}, 404)
            return self._json({"participants": self.scope, "epoch": self.epoch})
        if path == "/blobs/missing":
            return self._json({"hashes": []})
        return self._json({"detail": "Not Found"}, 404)
