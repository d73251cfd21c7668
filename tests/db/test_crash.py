"""A process killed (SIGKILL) in the middle of a batch of writes leaves a sound database."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import select

from app.profile import create_profile, open_profile
from db.models import CaseNote

WRITER = textwrap.dedent(
    """
    import sys, keyring
    from pathlib import Path
    from keyring.backend import KeyringBackend
    class K(KeyringBackend):
        priority = 1
        def get_password(self, s, u): return sys.argv[2]
        def set_password(self, *a): pass
        def delete_password(self, *a): pass
    keyring.set_keyring(K())
    from app.profile import open_profile
    from app.services import records
    ws = open_profile(Path(sys.argv[1]))
    ctx = ws.as_user("admin")
    pid = sys.argv[3]
    n = 0
    while True:
        with ctx.batch():
            for _ in range(20):
                records.add_case_note(ctx, pid, contact_date="11/01/2026", subject=f"note {n}")
                n += 1
        print(n, flush=True)
    """
)


def test_sigkill_mid_batch_keeps_every_committed_write(tmp_path, memory_keyring):
    from app.services import participants, users
    from tests.conftest import PASSWORD

    ws = create_profile(tmp_path / "p", "admin", PASSWORD)
    admin = ws.sign_in("admin", PASSWORD)
    region = users.create_region(admin, "R")
    org = users.create_organization(admin, "O", region.id)
    pid = participants.create_participant(admin, first_name="Ana", last_name="Ruiz", organization_id=org.id).id
    ws.close()
    key_hex = next(iter(memory_keyring.store.values()))
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "p"), key_hex, pid], cwd=root, stdout=subprocess.PIPE, text=True)
    committed = 0
    deadline = time.monotonic() + 60
    while committed < 200 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        assert line, "writer died"
        committed = int(line)
    time.sleep(0.05)  # let it get into the middle of the next batch
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    ws = open_profile(tmp_path / "p")
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    with ws.session() as s:
        subjects = list(s.scalars(select(CaseNote.subject)))
    assert len(subjects) >= committed and len(subjects) % 20 == 0  # whole batches only
    assert {f"note {i}" for i in range(committed)} <= set(subjects)
    ws.close()
