"""`fieldplan` before any window: --version, --help without SQLAlchemy, --self-check, and one plain sentence
(naming the Debian package) when a system library Qt needs is missing or the display cannot be opened."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app import __version__


def _fieldplan(*args, env_extra=None, tmp_path=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           **(env_extra or {})}
    env = {k: v for k, v in env.items() if v is not None}  # None: not set at all
    if tmp_path is not None:
        env.update(HOME=str(tmp_path), FIELDPLAN_DATA_DIR=str(tmp_path / "none"))
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], capture_output=True, text=True, env=env, timeout=180)


@pytest.fixture
def broken_libs(tmp_path):
    """A folder of empty files standing in for system libraries: the loader finds them first and cannot use them."""
    folder = tmp_path / "broken-libs"
    folder.mkdir()
    for name in ("libEGL.so.1", "libxcb-cursor.so.0"):
        (folder / name).write_bytes(b"")
    return folder


def test_version_prints_without_a_window():
    out = _fieldplan("--version")
    assert (out.returncode, out.stdout, out.stderr) == (0, f"fieldplan {__version__}\n", "")


def test_help_loads_neither_sqlalchemy_nor_qt():
    code = ("import sys\nfrom ui.launcher import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('sqlalchemy', 'PySide6.QtCore', 'cryptography', 'sqlcipher3') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "usage: fieldplan" in out.stdout and "print-plan" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_self_check_passes_here(tmp_path):
    out = _fieldplan("--self-check", tmp_path=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    for name in ("encrypted profile", "record through a service", "customer copy PDF", "caseload workbook", "fonts",
                 "child process", "Qt platform plugin"):
        assert any(line.startswith(name) and " ok " in line for line in lines), out.stdout
    assert lines[-1] == f"fieldplan {__version__}: all checks passed"
    assert not (tmp_path / "none").exists()  # the caseworker's profile folder is never touched


def test_self_check_names_a_missing_library_and_fails(tmp_path, broken_libs):
    out = _fieldplan("--self-check", env_extra={"LD_LIBRARY_PATH": str(broken_libs)}, tmp_path=tmp_path)
    assert out.returncode == 1
    assert "Qt platform plugin         FAILED: RuntimeError: Fieldplan cannot start: the system library libEGL.so.1 " \
           "is missing; install the package libegl1" in out.stdout
    assert out.stdout.splitlines()[-1] == f"fieldplan {__version__}: 1 check(s) failed: Qt platform plugin"


@pytest.mark.parametrize("env_extra, sentence", [
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0", "BROKEN": "1"},
     "Fieldplan cannot start: the system library libxcb-cursor.so.0 is missing; install the package libxcb-cursor0 "
     "(sudo apt install libxcb-cursor0) and start Fieldplan again."),
    ({"QT_QPA_PLATFORM": "offscreen", "BROKEN": "1"},
     "Fieldplan cannot start: the system library libEGL.so.1 is missing; install the package libegl1 "
     "(sudo apt install libegl1) and start Fieldplan again."),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":97"},
     "Fieldplan cannot start: it cannot open the display :97; start it from a desktop session."),
    ({"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None},
     "Fieldplan cannot start: no graphical desktop was found (DISPLAY is not set); start it from a desktop session."),
])
def test_the_window_refuses_in_one_sentence_not_a_qt_abort(tmp_path, broken_libs, env_extra, sentence):
    env_extra = dict(env_extra)
    if env_extra.pop("BROKEN", None):
        env_extra["LD_LIBRARY_PATH"] = str(broken_libs)
    out = _fieldplan(env_extra=env_extra, tmp_path=tmp_path)
    assert (out.returncode, out.stderr.strip(), out.stdout) == (3, sentence, "")


def test_the_server_prints_its_version():
    out = subprocess.run([sys.executable, "-m", "app.server.cli", "--version"], capture_output=True, text=True, timeout=60)
    assert (out.returncode, out.stdout) == (0, f"fieldplan-server {__version__}\n")
