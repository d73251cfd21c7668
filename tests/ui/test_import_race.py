"""Start-up never crashes: two threads never import at once after Qt is loaded (app/import_gate.py).

Typing the passphrase while `preload()` was importing on its thread crashed 15 of 24 starts inside
PySide6's import hook (issue 13). Each run here is the real launcher on a passphrase profile, answered
within 0–0.8 s as a caseworker in a hurry would (tests/ui/start_driver.py); a probe inside the gate
counts the threads inside PySide6's hook at the same time.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import PASSWORD

PASSPHRASE = "a long passphrase"
RUNS = 8


@pytest.fixture
def locked_profile(tmp_path, no_keyring):
    from app.profile import create_profile

    create_profile(tmp_path / "p", "admin", PASSWORD, passphrase=PASSPHRASE).close()
    return tmp_path / "p"


def _start(folder, seed: int, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "HOME": str(folder.parent)}
    return subprocess.run([sys.executable, "-m", "tests.ui.start_driver", str(folder), PASSPHRASE, PASSWORD, str(seed), *extra],
                          capture_output=True, text=True, env=env, timeout=120)


def test_quick_answers_never_crash_and_no_two_threads_import_at_once(locked_profile):
    results = [_start(locked_profile, seed) for seed in range(RUNS)]
    assert [r.returncode for r in results] == [0] * RUNS, [r.stderr[-2000:] for r in results if r.returncode]
    assert [r.stdout.split()[-1] for r in results] == ["1"] * RUNS
    assert "Traceback" not in "".join(r.stderr for r in results)


def test_without_the_gate_the_probe_sees_two_threads_importing(locked_profile):
    """The probe can fail: without the gate the GUI thread imports while the preload does."""
    seen = [_start(locked_profile, seed, "--no-gate").stdout.split()[-1] for seed in range(3)]
    assert "2" in seen or "3" in seen
