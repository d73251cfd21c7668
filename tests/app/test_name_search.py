"""Find by any spelling, sort as a person expects (issue 12 item 6), and "%"/"_" are literal (issue 10 item 13)."""
from __future__ import annotations

import json

import pytest

from app.services import participants
from app.text import fold, name_sort_key, spellings
from tests.conftest import PASSWORD


@pytest.mark.parametrize(("name", "typed"), [
    ("Łukasz", "lukasz"), ("Søren", "soren"), ("Đorđe", "djordje"), ("Đorđe", "dorde"), ("Müller", "mueller"),
    ("Müller", "muller"), ("José Ñúñez", "jose nunez"), ("Straße", "strasse"), ("Nguyễn", "nguyen"), ("Ævar", "aevar"),
])
def test_a_name_is_found_by_what_a_us_keyboard_types(name, typed):
    key = spellings(name)
    assert all(word in key for word in fold(typed).split())


def test_the_search_key_holds_only_ascii_and_the_last_four_and_number():
    key = participants.search_key({"first_name": "Đorđe", "last_name": "Łukasiewicz", "ssn_last4": "1234", "individual_number": "100009"})
    assert key == "dorde lukasiewicz 1234 100009 djordje"
    assert key.isascii()


@pytest.fixture
def many(world):
    made = {}
    for first, last, last4, number in (("Łukasz", "Kowalski", "1001", "200001"), ("Søren", "Kierkegaard", "1002", "200002"),
                                       ("Đorđe", "Petrović", "1003", "200003"), ("Ángel", "Zamora", "1004", "200004"),
                                       ("Ana", "Çelik", "1005", "200005"), ("Zoë", "Adams", "1006", "200006"),
                                       ("Carl", "Ávila", "1007", "200007"), ("Dana", "Cruz", "1008", "200008"),
                                       ("Pat", "50%_Off", "1009", "200009")):
        made[first] = world.participant(first_name=first, last_name=last, ssn_last4=last4, individual_number=number)
    return made


@pytest.mark.parametrize(("typed", "first"), [("lukasz", "Łukasz"), ("soren kier", "Søren"), ("djordje", "Đorđe"),
                                              ("petrovic", "Đorđe"), ("angel", "Ángel"), ("celik", "Ana")])
def test_the_caseload_query_finds_every_spelling(world, many, typed, first):
    found = participants.list_caseload(world.carla, search=typed)
    assert [r.id for r in found] == [many[first].id]


def test_percent_and_underscore_in_a_search_are_literal(world, many):
    assert [r.id for r in participants.list_caseload(world.carla, search="50%_")] == [many["Pat"].id]
    assert [r.id for r in participants.list_caseload(world.carla, search="%")] == [r.id for r in participants.list_caseload(world.carla, search="50%")]
    assert participants.list_caseload(world.carla, search="a_a") == []  # "_" is not "any one letter"
    assert participants.list_caseload(world.carla, search="k%i") == []  # "%" is not "anything"


def test_the_caseload_is_in_name_order_accents_folded(world, many):
    names = [r.name for r in participants.list_caseload(world.carla)]
    assert names == ["50%_Off, Pat", "Adams, Zoë", "Ávila, Carl", "Çelik, Ana", "Cruz, Dana", "Kierkegaard, Søren",
                     "Kowalski, Łukasz", "Petrović, Đorđe", "Zamora, Ángel"]


def test_the_cli_lists_in_the_same_order(workspace, world, many, monkeypatch, capsys):
    from app.cli import main

    monkeypatch.setenv("FIELDPLAN_PASSWORD", PASSWORD)
    assert main(["caseload", "--data-dir", str(workspace.data_dir), "--user", "carla", "--format", "json", "--search", "a"]) == 0
    names = [r["name"] for r in json.loads(capsys.readouterr().out)]
    assert names[:4] == ["50%_Off, Pat", "Adams, Zoë", "Ávila, Carl", "Çelik, Ana"]


def test_the_name_order_agrees_with_the_unicode_collation_algorithm():
    """pyuca implements the UCA (DUCET): our cheap key must put names in the same order."""
    from pyuca import Collator

    collator = Collator()
    names = ["Ángel", "Angel", "angel", "Çelik", "Celik", "Cruz", "Zoë", "Zoe", "Łukasz", "Lukas", "Lyons", "Ñúñez", "Nunez", "Nyberg",
             "Øberg", "Oakes", "O'Brien", "Müller", "Muller", "Mueller", "Đorđe", "Dorothy", "Dmitri", "Ærø", "Adams", "Ævar",
             "Şahin", "Sanchez", "Søren", "Soto", "Van Buren", "Vance", "de la Cruz", "Dean"]
    ours = sorted(names, key=name_sort_key)
    theirs = sorted(names, key=collator.sort_key)
    assert [fold(n) for n in ours] == [fold(n) for n in theirs]  # same order of the letters a person reads
    assert ours.index("Angel") < ours.index("Ángel") and ours.index("Muller") < ours.index("Müller")
