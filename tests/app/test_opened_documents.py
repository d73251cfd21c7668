"""Issue 10, item 10: uploads decrypted for a viewer do not outlive their use."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from app import opened_documents

ROOT = Path(__file__).resolve().parents[2]


def test_written_private_then_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    target = opened_documents.write_for_viewer("../resume.pdf", b"%PDF plaintext")
    assert target.parent.parent == tmp_path and target.name == "resume.pdf"
    assert target.read_bytes() == b"%PDF plaintext"
    assert oct(target.stat().st_mode & 0o777) == "0o600" and oct(target.parent.stat().st_mode & 0o777) == "0o700"
    assert opened_documents.remove_opened(older_than=3600) == 0 and target.exists()
    assert opened_documents.remove_opened() == 1
    assert not target.parent.exists()


def test_removed_at_exit(tmp_path):
    code = (
        "import tempfile; tempfile.tempdir = %r\n"
        "from app import opened_documents\n"
        "print(opened_documents.write_for_viewer('note.txt', b'secret'))\n"
    ) % str(tmp_path)
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out.startswith(str(tmp_path)) and not Path(out).exists()
    assert list(tmp_path.iterdir()) == []


def test_next_start_sweeps_what_a_killed_run_left(tmp_path):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    left = tmp_path / f"fieldplan-{dead.stdout.strip()}-abc123"
    left.mkdir()
    (left / "agreement.pdf").write_bytes(b"plaintext")
    mine = tmp_path / f"fieldplan-{os.getpid()}-def456"
    mine.mkdir()
    other = tmp_path / "fieldplan-notes"
    other.mkdir()
    assert opened_documents.sweep_stale(tmp_path) == 1
    assert not left.exists() and mine.exists() and other.exists()
