"""`fieldplan intake` and the correction commands, run as a caseworker would from a terminal."""
from __future__ import annotations

import json

import pytest

from tests.app.test_cli import run


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli-intake") / "profile"
    result = run("demo", "--participants", "4", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return str(data)


def intake(profile, *extra):
    return run("intake", "--data-dir", profile, "--user", "cw111", "--first-name", "Ana", "--last-name", "Ruiz", "--birth-date", "04/12/1990",
               "--application-date", "11/02/2026", "--state", "il", "--contact", "Rosa Ruiz|Mother|217-555-0100|", *extra)


def test_intake_then_the_duplicate_check_then_corrections(profile):
    first = intake(profile, "--ssn-last4", "1234")
    assert first.returncode == 0, first.stderr
    pid, number = first.stdout.split()
    again = intake(profile, "--ssn-last4", "1234")
    assert again.returncode == 5
    assert again.stderr.startswith(f"fieldplan: This may be Ana Ruiz, {number} (same name and date of birth): open Ana Ruiz instead?")
    assert "Traceback" not in again.stderr
    listed = json.loads(run("caseload", "--data-dir", profile, "--user", "cw111", "--search", "ruiz", "--format", "json").stdout)
    assert [p["individual_number"] for p in listed] == [number]
    edit = run("edit-participant", number, "--phone", "(309) 555-0123", "--data-dir", profile, "--user", "cw111")
    assert edit.returncode == 0, edit.stderr
    exited = run("set-status", number, "Exited", "--data-dir", profile, "--user", "cw111")
    assert exited.returncode == 5 and "record the exit on the Outcomes tab" in exited.stderr
    log = run("log", number, "--data-dir", profile, "--user", "cw111").stdout
    assert "Phone/text:  → (309) 555-0123" in log and "Additional contact: Rosa Ruiz" in log
    contacts = run("contacts", number, "--data-dir", profile, "--user", "cw111").stdout
    assert "Rosa Ruiz" in contacts and "217-555-0100" in contacts


def test_each_bad_field_is_one_line_and_nothing_is_written(profile):
    bad = run("intake", "--data-dir", profile, "--user", "cw111", "--first-name", "Bo", "--last-name", "Li", "--birth-date", "04/12/1991",
              "--application-date", "11/02/2026", "--ssn-last4", "١٢٣٤", "--zip", "６１６０２")
    assert bad.returncode == 5
    assert bad.stderr.splitlines() == ["fieldplan: Last 4 of SSN must be exactly 4 digits, written with 0-9.",
                                       "fieldplan: ZIP code must be 5 digits (or ZIP+4), written with 0-9."]
    listed = run("caseload", "--data-dir", profile, "--user", "cw111", "--search", "li", "--format", "json").stdout
    assert all(p["name"] != "Li, Bo" for p in json.loads(listed))


def test_an_administrator_disables_a_user_from_the_command_line(profile):
    assert run("disable-user", "cw112", "--data-dir", profile).returncode == 0
    assert "disabled" in [line for line in run("users", "--data-dir", profile).stdout.splitlines() if line.startswith("cw112")][0]
    denied = run("caseload", "--data-dir", profile, "--user", "cw112")
    assert denied.returncode == 4
    assert run("enable-user", "cw112", "--data-dir", profile).returncode == 0
    assert run("caseload", "--data-dir", profile, "--user", "cw112").returncode == 0
