"""The delivery worker's log never carries an email address: a failed round names the error's type and line,
not its text (a PostgreSQL unique violation quotes the address in its DETAIL)."""
from __future__ import annotations

import logging

from sqlalchemy.exc import IntegrityError

from app.server import delivery, store
from app.server.tables import make_engine

ADDRESS = "jose@example.org"


def test_a_failed_delivery_round_logs_no_address_and_the_worker_goes_on(tmp_path, caplog):
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    store.init_db(engine)
    worker = delivery.DeliveryWorker(engine, delivery.SmtpSettings())
    rounds = []

    def failing_round():
        rounds.append(1)
        if len(rounds) == 1:
            raise IntegrityError("INSERT INTO srv_account ...", {}, Exception(
                f'duplicate key value violates unique constraint "srv_account_username_key"\nDETAIL: Key (username)=({ADDRESS}) already exists.'))
        return 0

    worker.run_once = failing_round
    with caplog.at_level(logging.INFO, logger="fieldplan.delivery"):
        worker.round()
        worker.round()
    assert len(rounds) == 2
    [record] = [r for r in caplog.records if r.name == "fieldplan.delivery"]
    assert record.getMessage().startswith("delivery round failed: IntegrityError at test_participant_delivery_log.py:")
    assert ADDRESS not in caplog.text and "DETAIL" not in caplog.text and record.exc_info is None
    engine.dispose()
