"""Overview and 1. Review Assessment, driven through their widgets; what lands in the database."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from app import domain
from app.services import assessments, participants, update_log
from tests.ui.conftest import open_participant


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_new_goal_shows_the_banner_and_a_collected_signature_clears_it(qtbot, window, world, people):
    pid = people["jose"].id
    world.goal(pid)
    open_participant(qtbot, window, pid)
    overview = window.tabs.overview
    assert overview.banner.isVisible()
    window.plan_actions.record_agreement.trigger()
    dialog = window.plan_actions.dialog
    dialog.form.widgets["status"].setCurrentText(domain.SIGNED_STATUSES[1])
    dialog.form.widgets["note"].setText("Signed on screen at the meeting")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not overview.banner.isVisible()
    assert overview.agreement_status.text() == "Signature collected – electronic"
    assert overview.agreement_model.rows[0].note == "Signed on screen at the meeting"
    assert participants.get_participant(world.carla, pid).needs_agreement is False


def test_the_desired_career_path_is_saved_from_the_overview(qtbot, window, world, people):
    pid = people["jose"].id
    open_participant(qtbot, window, pid)
    form = window.tabs.overview.path_form
    form.widgets["career_pathway"].setText("Health Science")
    form.widgets["occupation_1"].setText("Medical Assistant")
    form.widgets["wage_goal"].setValue(21.5)
    window.tabs.overview.save_career_path()
    saved = participants.get_participant(world.carla, pid)
    assert (saved.career_pathway, saved.occupation_1, saved.wage_goal) == ("Health Science", "Medical Assistant", 21.5)
    assert any(e.new == "Health Science" for e in update_log.list_log(world.carla, pid))


def test_an_accomplishments_link_opens_its_list(qtbot, window, world, people):
    pid = people["jose"].id
    goal = world.goal(pid, status="Complete")
    world.goal(pid, statement="Open a checking account")
    open_participant(qtbot, window, pid)
    link = window.tabs.overview.links["goals"]
    assert ">1<" in link.text()
    link.linkActivated.emit("goals")
    dialog = window.plan_actions.dialog
    assert [g.statement for g in dialog.model.rows] == [goal.statement]


def test_review_assessment_sections_and_summary_edits_keep_their_history(qtbot, window, world, people):
    pid = people["jose"].id
    open_participant(qtbot, window, pid)
    window.show_tab(window.tabs.review)
    review = window.tabs.review
    review.section_list.setCurrentRow(domain.ASSESSMENT_SECTIONS.index("Barriers"))
    review.section_text.setPlainText("No driver's license; childcare in the evenings")
    review.save_section.click()
    assert assessments.list_sections(world.carla, pid)["Barriers"] == "No driver's license; childcare in the evenings"

    review.add_summary_requested.emit()
    dialog = window.plan_actions.dialog
    _save(dialog)  # empty summary
    assert dialog.isVisible() and dialog.form.error_text("text")
    dialog.form.widgets["text"].setPlainText("Strong interest in healthcare.")
    _save(dialog)
    assert [s.text for s in review.summary_model.rows] == ["Strong interest in healthcare."]

    review.edit_summary_requested.emit(review.summary_model.rows[0])
    dialog = window.plan_actions.dialog
    dialog.form.widgets["text"].setPlainText("Strong interest in healthcare; TABE reading 560.")
    _save(dialog)
    assert [s.text for s in review.summary_model.rows] == ["Strong interest in healthcare; TABE reading 560."]
    edits = [(e.old, e.new) for e in update_log.list_log(world.carla, pid) if e.entity == "Assessment summary" and e.old]
    assert edits == [("Strong interest in healthcare.", "Strong interest in healthcare; TABE reading 560.")]


def test_outside_results_and_post_scores_are_added_and_refused_with_reasons(qtbot, window, world, people):
    pid = people["jose"].id
    open_participant(qtbot, window, pid)
    window.show_tab(window.tabs.review)
    review = window.tabs.review
    review.add_result_requested.emit()
    dialog = window.plan_actions.dialog
    dialog.form.widgets["name"].setText("CASAS GOALS Reading")
    dialog.form.widgets["taken_on"].setText("02/30/2026")
    _save(dialog)
    assert dialog.isVisible() and "Date" in dialog.form.error_text("taken_on")
    dialog.form.widgets["taken_on"].setText("03/02/2026")
    dialog.form.widgets["score"].setText("231")
    _save(dialog)
    assert [(r.name, r.score) for r in review.result_model.rows] == [("CASAS GOALS Reading", "231")]

    review.add_score_requested.emit()
    dialog = window.plan_actions.dialog
    dialog.form.widgets["module"].setText("Workplace Safety")
    dialog.form.widgets["score_pct"].setValue(120)
    _save(dialog)
    assert dialog.form.error_text("score_pct") == "Score must be a percentage from 0 to 100."
    dialog.form.widgets["score_pct"].setValue(92)
    _save(dialog)
    assert [(s.module, s.score_pct) for s in assessments.list_post_scores(world.carla, pid)] == [("Workplace Safety", 92.0)]
