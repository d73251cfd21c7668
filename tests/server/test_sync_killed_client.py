"""A laptop process SIGKILLed in the middle of a pull: after a restart and another sync, nothing is
lost and nothing is doubled (each page committed with its cursor, or not at all)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from sqlalchemy import func, select

from app.profile import create_profile, open_profile
from app.sync.client import sync
from db.models import OutboxEntry, Participant, UpdateLogEntry
from tests.conftest import PASSWORD
from tests.server.conftest import ROOT
from tests.server.helpers import device_rows, server_rows

CHILD = textwrap.dedent("""
    import os, signal, sys
    import keyring
    from keyring.backends import fail
    keyring.set_keyring(fail.Keyring())
    from pathlib import Path
    from sqlalchemy import func, select
    from app.profile import open_profile
    from app.sync.client import sync
    from db.models import Participant

    ws = open_profile(Path(sys.argv[1]), "laptop-passphrase")

    def progress(stage, done, total):
        with ws.session() as s:
            if stage == "pull" and s.scalar(select(func.count()).select_from(Participant)) >= 3:
                os.kill(os.getpid(), signal.SIGKILL)  # the battery dies right after a committed page

    sync(ws, sys.argv[2], username="carla", password=sys.argv[3], progress=progress, page_size=8)
""")


def test_a_laptop_killed_during_a_pull_resumes_without_loss_or_duplicates(net, tmp_path):
    carla = net.device("carla")
    for i in range(12):
        net.world.participant(carla, individual_number=f"6000{i}", last_name=f"Kowalski {i}")
    sync(carla, net.server.url)
    folder = tmp_path / "killed-laptop"
    create_profile(folder, "admin", PASSWORD, passphrase="laptop-passphrase").close()

    child = subprocess.run([sys.executable, "-c", CHILD, str(folder), net.server.url, PASSWORD], cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]

    ws = open_profile(folder, "laptop-passphrase")
    net.workspaces.append(ws)
    with ws.session() as s:
        partial = s.scalar(select(func.count()).select_from(Participant))
    assert 3 <= partial < 12
    sync(ws, net.server.url)  # the token survived in the encrypted database
    laptop = ws.as_user("carla")
    assert device_rows(laptop) == device_rows(carla) == server_rows(net.server)
    with ws.session() as s:
        assert s.scalar(select(func.count()).select_from(UpdateLogEntry)) == len(net.server.rows("update_log"))
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
