"""The command line: one clear line on stderr and a non-zero exit for every failure, never a traceback."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, env_extra=None, keyring_off=True):
    env = {**os.environ, "FIELDPLAN_PASSWORD": "correct-horse-battery", "FIELDPLAN_PASSPHRASE": "a long passphrase", **(env_extra or {})}
    if keyring_off:
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], cwd=ROOT, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli") / "profile"
    result = run("demo", "--participants", "8", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "8 participants" in result.stdout
    return data


def test_demo_then_caseload(demo_dir):
    result = run("caseload", "--data-dir", str(demo_dir), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count('"individual_number"') == 8


def test_wrong_passphrase_is_one_clear_line(demo_dir):
    result = run("caseload", "--data-dir", str(demo_dir), env_extra={"FIELDPLAN_PASSPHRASE": "wrong passphrase"})
    assert result.returncode == 3
    assert result.stderr.strip() == "fieldplan: Cannot unlock the profile: the passphrase is wrong."
    assert "Traceback" not in result.stderr


def test_wrong_password(demo_dir):
    result = run("caseload", "--data-dir", str(demo_dir), env_extra={"FIELDPLAN_PASSWORD": "nope-nope-nope"})
    assert result.returncode == 4 and result.stderr.strip() == "fieldplan: Wrong user name or password."


def test_no_password_and_no_terminal(demo_dir):
    env = {k: v for k, v in os.environ.items() if k != "FIELDPLAN_PASSWORD"}
    result = subprocess.run([sys.executable, "-m", "ui.launcher", "caseload", "--data-dir", str(demo_dir)], cwd=ROOT,
                            env={**env, "FIELDPLAN_PASSPHRASE": "a long passphrase", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
                            capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 2 and "set FIELDPLAN_PASSWORD" in result.stderr


def test_add_goal_validation_and_log(demo_dir):
    bad = run("add-goal", "100000", "--statement", "x" * 145, "--data-dir", str(demo_dir))
    assert bad.returncode == 5 and "at most 144 characters" in bad.stderr and "Traceback" not in bad.stderr
    good = run("add-goal", "100000", "--statement", "Pass the CDL road test", "--data-dir", str(demo_dir))
    assert good.returncode == 0, good.stderr
    log = run("log", "100000", "--data-dir", str(demo_dir))
    assert "Goal: “Pass the CDL road test”" in log.stdout  # said once, not "Goal: Goal …"


def test_missing_profile(tmp_path):
    result = run("caseload", "--data-dir", str(tmp_path / "nothing"))
    assert result.returncode == 3 and "run `fieldplan init` first" in result.stderr


def test_init_creates_profile(tmp_path):
    result = run("init", "--data-dir", str(tmp_path / "p"), "--user", "maria")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "p" / "key.json").exists()  # no keyring here: the passphrase path
    again = run("init", "--data-dir", str(tmp_path / "p"), "--user", "maria")
    assert again.returncode == 3 and "already exists" in again.stderr
