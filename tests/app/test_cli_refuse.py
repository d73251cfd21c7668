"""Issue 10, item 13: the CLI exits non-zero with one line (never a traceback) for bad arguments, a
missing output folder, a damaged key file and a damaged database file."""

from __future__ import annotations

import shutil

import pytest

from tests.app.test_cli import run


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli-refuse") / "profile"
    result = run("demo", "--participants", "2", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return data


def _one_line(result) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    if lines and lines[0].startswith("usage:"):  # argparse: its usage, then one error line
        return lines[-1]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    "args, says",
    [
        (("log", "100000", "--limit", "-1"), "must be 1 or more (got -1)"),
        (("log", "100000", "--limit", "ten"), "is not a whole number"),
        (("demo", "--participants", "-5"), "must be 1 or more (got -5)"),
    ],
)
def test_negative_counts_exit_non_zero(profile, args, says):
    result = run(*args, "--data-dir", str(profile))
    assert result.returncode == 2
    assert says in _one_line(result)


def test_export_into_a_missing_folder_is_one_line(profile, tmp_path):
    result = run("export-caseload", "--out", str(tmp_path / "missing" / "dir" / "x.xlsx"), "--data-dir", str(profile))
    assert result.returncode == 2
    assert "does not exist" in _one_line(result)
    assert not (tmp_path / "missing").exists()


def test_damaged_key_file_is_one_line(profile, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(profile, copy)
    (copy / "key.json").write_text('{"kdf": "scrypt", "salt": "not base64!!"')
    result = run("caseload", "--data-dir", str(copy))
    assert result.returncode != 0
    line = _one_line(result)
    assert "key file" in line and "damaged" in line and "backup" in line


def test_damaged_database_is_reported_as_damaged_with_how_to_restore(profile, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(profile, copy)
    db = copy / "fieldplan.db"
    data = bytearray(db.read_bytes())
    data[100:4096] = bytes(len(data[100:4096]))  # page 1 overwritten (its HMAC no longer matches)
    db.write_bytes(bytes(data))
    result = run("caseload", "--data-dir", str(copy))
    assert result.returncode != 0
    line = _one_line(result)
    assert (
        "damaged" in line
        and "restore a backup" in line.lower()
        and "wrong key" not in line
        and "passphrase is wrong" not in line
    )
    # the right passphrase, a wrong one: still "passphrase is wrong" (the key file proves which)
    wrong = run("caseload", "--data-dir", str(copy), env_extra={"FIELDPLAN_PASSPHRASE": "another long passphrase"})
    assert "passphrase is wrong" in _one_line(wrong)
