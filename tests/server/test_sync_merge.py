"""Two devices, one server process: concurrent edits merge field by field and no value is lost."""
from __future__ import annotations

import json

from app.services import conflicts, participants
from app.sync.client import sync
from tests.conftest import PASSWORD
from tests.server.helpers import conflicts as conflict_rows, device_rows, server_rows


def two_laptops(net):
    """Carla's laptop creates a participant; Pam's laptop (program manager of the same region) gets it."""
    carla = net.device("carla")
    pid = net.world.participant(carla, phone="555-0100").id
    sync(carla, net.server.url)
    pam = net.device("pam")
    return carla, pam, pid


def test_same_field_on_two_devices_keeps_the_loser_as_a_conflict_everywhere(net):
    carla, pam, pid = two_laptops(net)
    participants.update_participant(carla, pid, phone="555-0111")
    participants.update_participant(pam, pid, phone="555-0222")  # later HLC: wins
    sync(carla, net.server.url)
    result = sync(pam, net.server.url)
    sync(carla, net.server.url)

    assert result.conflicts == 1
    assert participants.get_participant(carla, pid).phone == "555-0222"
    assert participants.get_participant(pam, pid).phone == "555-0222"
    assert server_rows(net.server)[pid]["phone"] == "555-0222"
    assert device_rows(carla) == device_rows(pam) == server_rows(net.server)
    for ctx in (carla, pam):
        [c] = conflict_rows(ctx)
        assert (c.table_name, c.row_id, c.field) == ("participant", pid, "phone")
        assert json.loads(c.kept_value) == "555-0222" and json.loads(c.lost_value) == "555-0111"
        assert (c.kept_by, c.lost_by) == ("Pam Manager", "Carla Caseworker")
        assert c.kept_hlc > c.lost_hlc and not c.resolved
    [on_server] = net.server.rows("conflict")
    assert json.loads(on_server["lost_value"]) == "555-0111"


def test_different_fields_of_one_record_are_both_kept(net):
    carla, pam, pid = two_laptops(net)
    participants.update_participant(carla, pid, phone="555-0333")
    participants.update_participant(pam, pid, city="Peoria")
    for ctx in (carla, pam, carla):
        sync(ctx, net.server.url)
    for ctx in (carla, pam):
        p = participants.get_participant(ctx, pid)
        assert (p.phone, p.city) == ("555-0333", "Peoria")
        assert conflict_rows(ctx) == []
    assert device_rows(carla) == device_rows(pam) == server_rows(net.server)


def test_resolving_a_conflict_with_the_lost_value_syncs_to_every_device(net):
    carla, pam, pid = two_laptops(net)
    participants.update_participant(carla, pid, phone="555-0111")
    participants.update_participant(pam, pid, phone="555-0222")
    for ctx in (carla, pam, carla):
        sync(ctx, net.server.url)
    [view] = conflicts.list_conflicts(carla)
    assert (view.field, view.kept_value, view.lost_value, view.kept_by) == ("Phone", "555-0222", "555-0111", "Pam Manager")
    conflicts.resolve_conflict(carla, view.id, "lost")
    for ctx in (carla, pam):
        sync(ctx, net.server.url)
    assert participants.get_participant(pam, pid).phone == "555-0111"
    assert conflicts.list_conflicts(pam) == []
    [resolved] = conflicts.list_conflicts(pam, include_resolved=True)
    assert resolved.resolution == "lost"
    assert device_rows(carla) == device_rows(pam) == server_rows(net.server)


def test_delete_on_one_device_against_an_edit_on_the_other_is_a_conflict(net):
    carla, pam, pid = two_laptops(net)
    contact = participants.add_contact_person(carla, pid, "Rosa Ñúñez", phone="555-0400")
    sync(carla, net.server.url)
    sync(pam, net.server.url)
    participants.remove_contact_person(carla, contact.id)
    from app.services.participants import list_contact_people  # noqa: F401 - the edit goes through the recorder directly below
    with pam.write() as rec:  # Pam edits the contact offline (no service edits contacts yet)
        from db.models import ContactPerson

        rec.update(rec.session.get(ContactPerson, contact.id), {"phone": "555-0499"})
    for ctx in (carla, pam, carla):
        sync(ctx, net.server.url)
    from db.models import ContactPerson

    rows = [device_rows(carla, ContactPerson), device_rows(pam, ContactPerson), server_rows(net.server, ContactPerson)]
    assert rows[0] == rows[1] == rows[2]
    row = rows[0][contact.id]
    assert row["deleted"] is False and row["phone"] == "555-0499"  # the later edit wins; the delete is kept as a conflict
    for ctx in (carla, pam):
        [c] = conflict_rows(ctx)
        assert (c.field, json.loads(c.kept_value), json.loads(c.lost_value)) == ("deleted", False, True)


def test_a_parent_changed_after_its_children_arrives_on_a_later_page_and_still_applies(net):
    """The feed lists a row at its latest change: here the participant comes after its contact."""
    carla = net.device("carla")
    pid = net.world.participant(carla).id
    participants.add_contact_person(carla, pid, "Rosa Ñúñez", phone="555-0400")
    participants.update_participant(carla, pid, city="Decatur")
    sync(carla, net.server.url)
    from app.profile import create_profile

    ws = create_profile(net.tmp_path / "small-pages", "admin", PASSWORD)
    net.workspaces.append(ws)
    sync(ws, net.server.url, username="carla", password=PASSWORD, page_size=1)
    pam_view = ws.as_user("carla")
    assert participants.get_participant(pam_view, pid).city == "Decatur"
    assert [c.name for c in participants.list_contact_people(pam_view, pid)] == ["Rosa Ñúñez"]
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # enforcement is back on
