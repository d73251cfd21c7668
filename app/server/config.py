"""The server's settings, all from the environment (one place; `fieldplan-server --help` shows the flags).

    FIELDPLAN_SERVER_DATABASE_URL   sqlite:///fieldplan-server.db | postgresql+psycopg://user@host/db
    FIELDPLAN_SERVER_HOST           127.0.0.1 (behind a reverse proxy; 0.0.0.0 only inside a private network)
    FIELDPLAN_SERVER_PORT           8765
    FIELDPLAN_SERVER_WORKERS        1 (uvicorn worker processes; they share the database)
    FIELDPLAN_SERVER_BLOB_LIMIT_MB  25 (largest document a device may upload)
    FIELDPLAN_SERVER_SIGNIN_FAILURES / FIELDPLAN_SERVER_SIGNIN_WINDOW_MINUTES   5 / 15
    FIELDPLAN_SMTP_HOST, FIELDPLAN_SMTP_PORT (587), FIELDPLAN_SMTP_USER, FIELDPLAN_SMTP_PASSWORD, FIELDPLAN_SMTP_FROM
                                    for "Reach the participant" (the SMTP password is never logged)
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite:///fieldplan-server.db"
    host: str = "127.0.0.1"
    port: int = 8765
    workers: int = 1
    blob_limit_mb: float = 25
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_from: str = ""

    @classmethod
    def from_env(cls, env=os.environ) -> "Settings":
        return cls(database_url=env.get("FIELDPLAN_SERVER_DATABASE_URL", cls.database_url), host=env.get("FIELDPLAN_SERVER_HOST", cls.host),
                   port=int(env.get("FIELDPLAN_SERVER_PORT", cls.port)), workers=int(env.get("FIELDPLAN_SERVER_WORKERS", cls.workers)),
                   blob_limit_mb=float(env.get("FIELDPLAN_SERVER_BLOB_LIMIT_MB", cls.blob_limit_mb)),
                   smtp_host=env.get("FIELDPLAN_SMTP_HOST", ""), smtp_port=int(env.get("FIELDPLAN_SMTP_PORT", cls.smtp_port)),
                   smtp_user=env.get("FIELDPLAN_SMTP_USER", ""), smtp_password=env.get("FIELDPLAN_SMTP_PASSWORD", ""),
                   smtp_from=env.get("FIELDPLAN_SMTP_FROM", ""))
