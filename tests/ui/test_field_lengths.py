"""Issue 10, item 2: the line edits carry their column's maximum length, so a caseworker cannot type
what the server (PostgreSQL) would refuse."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from tests.ui.conftest import open_participant


def test_case_note_subject_stops_at_200_characters(qtbot, window, people):
    from ui.dialogs.case_note import CaseNoteDialog

    open_participant(qtbot, window, people["jose"].id)
    window.plan_actions.new_case_note.trigger()
    note = window.findChild(CaseNoteDialog)
    subject = note.form.widgets["subject"]
    qtbot.keyClicks(subject, "s" * 230)
    assert subject.maxLength() == 200 and subject.text() == "s" * 200
    assert note.form.widgets["task"].maxLength() == 200
    note.reject()


def test_profile_and_employer_fields_carry_their_lengths(qtbot, world):
    from ui.dialogs.employers import EmployersDialog
    from ui.dialogs.profile_form import ProfileFields
    from ui.session import PlanSession

    form = ProfileFields(PlanSession(world.carla))
    qtbot.addWidget(form)
    first = form.left.widgets["first_name"]
    qtbot.keyClicks(first, "n" * 120)
    assert first.text() == "n" * 100
    assert form.left.widgets["city"].maxLength() == 100
    dialog = EmployersDialog(world.carla)
    qtbot.addWidget(dialog)
    limits = {f: w.maxLength() for f, w in dialog.worksite_form.widgets.items() if isinstance(w, QLineEdit)}
    assert limits["state"] <= 40 and limits["name"] == 200 and all(v < 32767 for v in limits.values())
