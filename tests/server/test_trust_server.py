"""The server process itself: its access log carries no personal data; its settings come from the environment."""
from __future__ import annotations

from app.server.config import Settings
from tests.server.raw import RawDevice, op


def test_the_access_log_names_routes_not_people(net):
    carla = RawDevice(net.server.url, "carla")
    person = op("participant", {"first_name": "Zebulon", "last_name": "Quixote", "organization_id": net.world.org_a.id})
    carla.receipts(person, op("case_note", {"contact_date": "2026-01-05", "subject": "Eviction notice", "participant_id": person["row_id"]}))
    carla.get("/pull", after=0)
    carla.get("/blobs/" + "0" * 64)
    log = net.server.log_path.read_text()
    assert "POST /api/v1/push 200" in log and "GET /api/v1/pull 200" in log and "GET /api/v1/blobs/{sha256} 404" in log
    for secret in ("Zebulon", "Quixote", "Eviction", "carla", "127.0.0.1:", "after=", "0" * 64):
        assert secret not in log


def test_settings_come_from_the_environment():
    settings = Settings.from_env({"FIELDPLAN_SERVER_PORT": "9000", "FIELDPLAN_SERVER_HOST": "0.0.0.0", "FIELDPLAN_SMTP_PASSWORD": "hunter2",
                                  "FIELDPLAN_SERVER_DATABASE_URL": "postgresql+psycopg://app@db/fieldplan"})
    assert (settings.port, settings.host, settings.database_url) == (9000, "0.0.0.0", "postgresql+psycopg://app@db/fieldplan")
    assert "hunter2" not in repr(settings)
