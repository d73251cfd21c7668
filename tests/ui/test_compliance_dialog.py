"""The compliance dialog: counts per rule, who is overdue, and the rubric with its chart."""
from __future__ import annotations

import datetime as dt

from app.services import records
from tests.app.test_rubric import model_plan
from ui.dialogs.compliance import ComplianceDialog

TODAY = dt.date.today()


def test_rules_overdue_lists_and_rubric(qtbot, world, tmp_path):
    good = model_plan(world, first_name="Renée", last_name="Dubois")
    late = world.participant(first_name="Óscar", last_name="Ortiz", application_date=TODAY - dt.timedelta(days=90),
                             eligibility_date=TODAY - dt.timedelta(days=40), last_plan_review=TODAY - dt.timedelta(days=100))
    records.add_case_note(world.carla, late.id, contact_date=TODAY - dt.timedelta(days=45), subject="Call", two_way_contact=True)
    dialog = ComplianceDialog(world.carla)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        dialog.show()
    rules = {dialog.rules_model.values(r)[0]: dialog.rules_model.values(r)[1:] for r in range(dialog.rules_model.rowCount())}
    assert rules["Two-way contact at least every 30 days"] == (1, 1, 0)
    assert rules["Plan review at least every 90 days"] == (1, 1, 0)
    assert rules["Eligibility determined within 30 days of application"] == (0, 0, 1)
    assert rules["Entered within 10 calendar days of the event"][2] == 1  # the case note entered 45 days late

    contact_row = next(r for r in range(dialog.rules_model.rowCount()) if dialog.rules_model.rows[r].kind == "contact")
    proxy_row = dialog.rules_view.model().mapFromSource(dialog.rules_model.index(contact_row, 0)).row()
    dialog.rules_view.selectRow(proxy_row)
    assert [dialog.overdue_model.values(r)[:2] for r in range(dialog.overdue_model.rowCount())] == [("Ortiz, Óscar", "Two-way contact")]
    with qtbot.waitSignal(dialog.open_requested) as opened:
        dialog.overdue_view.doubleClicked.emit(dialog.overdue_view.model().index(0, 0))
    assert opened.args == [late.id, ("overview", "case_notes")]
    dialog.grab().save(str(tmp_path / "compliance_rules.png"))

    dialog.tabs.setCurrentIndex(1)
    by_name = {dialog.rubric_model.values(r)[0]: dialog.rubric_model.values(r) for r in range(dialog.rubric_model.rowCount())}
    assert by_name["Dubois, Renée"][1] == "Exceeds" and by_name["Ortiz, Óscar"][1] == "Below"
    assert dialog.chart.counts["Overall"] == {"Below": 1, "Meets": 0, "Exceeds": 1}
    assert "Overall: Below 1, Meets 0, Exceeds 1" in dialog.chart.accessibleDescription()
    dialog.grab().save(str(tmp_path / "compliance_rubric.png"))
    assert good.id in [r.participant_id for r in dialog.rubric_model.rows]


def test_cancel_drops_the_result(qtbot, world):
    world.participant()
    dialog = ComplianceDialog(world.carla)
    qtbot.addWidget(dialog)
    dialog.cancel()
    assert dialog.status.text() == "Cancelled." and dialog.refresh_button.isEnabled()
    qtbot.wait(1500)
    assert dialog.result is None
