"""A device speaking raw HTTP to a real server process: what a broken or hostile client can send."""
from __future__ import annotations

import time
import uuid

import httpx

from tests.conftest import PASSWORD


def stamp(device: str = "raw") -> str:
    return f"{time.time_ns() // 1_000_000:015d}-00000-{device}"


def op(table: str, fields: dict, *, row_id: str | None = None, kind: str = "insert", **extra) -> dict:
    return {"change_id": str(uuid.uuid4()), "table_name": table, "row_id": row_id or str(uuid.uuid4()), "op": kind,
            "fields": fields, "hlc": stamp(), "device_id": "raw", **extra}


class RawDevice:
    def __init__(self, url: str, username: str, password: str = PASSWORD, device_id: str | None = None):
        self.url = url + "/api/v1"
        self.client = httpx.Client(timeout=60)
        answer = self.client.post(f"{self.url}/sign-in", json={"username": username, "password": password,
                                                               "device_id": device_id or f"raw-{uuid.uuid4().hex[:8]}"})
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["token"]
        self.client.headers["Authorization"] = f"Bearer {self.token}"

    def push(self, *ops: dict) -> httpx.Response:
        return self.client.post(f"{self.url}/push", json={"ops": list(ops)})

    def receipts(self, *ops: dict) -> list[dict]:
        answer = self.push(*ops)
        assert answer.status_code == 200, answer.text
        return answer.json()["receipts"]

    def get(self, path: str, **params) -> httpx.Response:
        return self.client.get(f"{self.url}{path}", params=params)

    def pull_all(self, cursor: int = 0) -> dict[tuple[str, str], dict]:
        rows = {}
        while True:
            page = self.get("/pull", after=cursor, limit=1000).json()
            rows.update({(c["table_name"], c["row"]["id"]): c["row"] for c in page["changes"]})
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return rows

    def close(self) -> None:
        self.client.close()
