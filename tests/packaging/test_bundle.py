"""The Linux bundle (packaging/fieldplan.spec) runs on a machine without the source tree or the venv:
`--self-check` passes from it and an offscreen start paints the first window. Marked `package`: `make test`
deselects it; `make test-package` and .ci/run build the bundle (or reuse a fresh one) and run it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.package

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "build" / "dist" / "fieldplan"
EXE = BUNDLE / ("fieldplan.exe" if sys.platform == "win32" else "fieldplan")


@pytest.fixture(scope="module")
def bundle() -> Path:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--if-stale"], check=True, cwd=ROOT, timeout=1200)
    assert EXE.exists()
    return EXE


def _clean_env(tmp_path: Path, **extra) -> dict:
    """No venv, no source tree on the path, no keyring: what a caseworker's laptop has."""
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "DISPLAY", "XDG_RUNTIME_DIR")}
    return {**keep, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **extra}


def _run(exe: Path, tmp_path: Path, *args, **extra) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=tmp_path, env=_clean_env(tmp_path, **extra),
                          timeout=300)


def test_the_bundle_passes_its_self_check(bundle, tmp_path):
    out = _run(bundle, tmp_path, "--self-check")
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.splitlines()[-1].endswith("all checks passed")
    assert sum(" ok " in line for line in out.stdout.splitlines()) == 7
    assert "Traceback" not in out.stderr


def test_the_bundle_prints_its_version_and_help(bundle, tmp_path):
    from app import __version__

    assert _run(bundle, tmp_path, "--version").stdout == f"fieldplan {__version__}\n"
    help_text = _run(bundle, tmp_path, "--help").stdout
    assert "backup" in help_text and "print-plan" in help_text and "export-caseload" in help_text


def test_an_offscreen_start_paints_the_first_run_window(bundle, tmp_path):
    out = _run(bundle, tmp_path, "--data-dir", str(tmp_path / "profile"), "--first-paint-probe")
    assert out.returncode == 0, out.stderr
    assert "FirstRunDialog 'Welcome to Fieldplan'" in out.stdout


def test_a_profile_made_by_the_bundle_opens_and_migrates_from_its_bundled_scripts(bundle, tmp_path):
    env = {"FIELDPLAN_PASSWORD": "correct-horse-battery", "FIELDPLAN_PASSPHRASE": "a long passphrase"}
    made = _run(bundle, tmp_path, "demo", "--participants", "3", "--data-dir", str(tmp_path / "p"), **env)
    assert made.returncode == 0, made.stderr
    listed = _run(bundle, tmp_path, "caseload", "--data-dir", str(tmp_path / "p"), **env)
    assert listed.returncode == 0 and listed.stderr.strip() == "3 participants"
    out = _run(bundle, tmp_path, "--data-dir", str(tmp_path / "p"), "--first-paint-probe")
    assert "UnlockDialog 'Unlock Fieldplan'" in out.stdout, out.stderr


def test_the_server_stack_and_test_code_are_not_in_the_desktop_bundle(bundle):
    internal = BUNDLE / "_internal"
    names = {p.name for p in internal.iterdir()}
    assert not names & {"fastapi", "uvicorn", "starlette", "psycopg", "psycopg_binary", "tkinter", "pytest"}
    assert (internal / "db" / "migrations" / "versions").is_dir() and (internal / "licenses" / "LICENSE").exists()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").exists()
