"""Issue 10, item 10: the log never carries row values, even for a failing write."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from db.models import CaseNote


def test_a_failing_write_logs_no_row_values(workspace):
    secret = "Told me about the eviction on Elm Street"
    log = logging.getLogger("fieldplan")
    with pytest.raises(IntegrityError) as info:
        with workspace.sessions.begin() as s:  # a write that fails in SQLite itself (no such participant)
            s.add(
                CaseNote(
                    participant_id="no-such-participant", contact_date=dt.date.today(), subject=secret, message=secret
                )
            )
    log.error("write failed", exc_info=info.value)
    files = [h for h in log.handlers if hasattr(h, "baseFilename")]  # the profile's rotating log (one per process)
    assert files
    for handler in files:
        handler.flush()
    text = "".join(Path(h.baseFilename).read_text() for h in files)
    assert "FOREIGN KEY constraint failed" in text  # the failure is there ...
    assert secret not in text and "Elm Street" not in text  # ... its values are not
    assert secret not in str(info.value)
