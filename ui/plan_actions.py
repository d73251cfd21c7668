"""The participant's actions (new goal, case note, agreement, steps, uploads…): each a QAction with a
shortcut and status tip, and the dialogs they open. Dialogs open window-modal with `open()`, never
`exec()`, so the event loop (and tests) keep running; `self.dialog` is the one showing."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.labels import label as value_label
from ui import ops
from ui.actions import make_action, show_dialog, standard

#: how long a decrypted upload stays in its temporary folder for the desktop's viewer
VIEWER_SECONDS = 600


class PlanActions(QObject):
    def __init__(self, window, session):
        super().__init__(window)
        self.window, self.session = window, session
        self.participant_id: str | None = None
        self.dialog = None
        tr = self.tr
        self.new_goal = self._action(tr("New &goal…"), "Ctrl+G", tr("Add a goal to the plan (it then needs the participant's agreement)"), self.open_new_goal)
        self.edit_goal = self._action(tr("&Edit goal…"), "Ctrl+E", tr("Edit the goal selected on 2. Set Goals"), self.open_edit_current_goal)
        self.new_case_note = self._action(tr("New case &note…"), "Ctrl+N", tr("Write a case note about a contact"), self.open_case_note)
        self.record_agreement = self._action(tr("Record plan &agreement…"), "Ctrl+Shift+A", tr("Record the Customer Goal/Plan Agreement status"), self.open_agreement)
        self.add_step = self._action(tr("Add &step/service…"), "Ctrl+Shift+S", tr("Add the catalog step selected on 3. Add Steps/Services to a goal"), self.open_add_current_step)
        self.edit_step = self._action(tr("Edit s&tep…"), "Ctrl+Shift+E", tr("Open the step selected on 3. Add Steps/Services"), self.open_edit_current_step)
        self.upload = self._action(tr("&Upload file…"), "Ctrl+U", tr("Attach a document or a signed agreement to the plan"), self.upload_file)
        self.sign_plan = self._action(tr("&Sign the plan…"), "Ctrl+Shift+G", tr("Participant signing mode: the participant signs the plan on screen"), self.open_signing)
        self.print_copy = self._action(tr("&Print Customer Copy…"), standard(QKeySequence.StandardKey.Print, "Ctrl+P"), tr("Save the participant's copy of the plan as a PDF"), self.print_customer_copy)
        self.plan_review = self._action(tr("Record plan re&view…"), "Ctrl+Shift+R", tr("Record that the plan was reviewed with the participant"), self.open_plan_review)
        self.invite = self._action(tr("&Invite to their page…"), "Ctrl+Shift+I",
                                   tr("Email the participant a link to their own page (sent at the next sync)"), self.invite_participant)
        self.all = [self.new_goal, self.edit_goal, self.new_case_note, self.record_agreement, self.add_step, self.edit_step, self.upload,
                    self.sign_plan, self.print_copy, self.plan_review, self.invite]
        self.signing = None
        self.set_participant(None)

    def _action(self, text, shortcut, tip, slot):
        return make_action(self.window, text, shortcut, tip, slot)

    def set_participant(self, participant_id: str | None) -> None:
        self.participant_id = participant_id
        for action in self.all:
            action.setEnabled(participant_id is not None)

    def connect_tabs(self, tabs) -> None:
        tabs.overview.add_case_note_requested.connect(self.open_case_note)
        tabs.overview.record_agreement_requested.connect(self.open_agreement)
        tabs.overview.add_assessment_requested.connect(lambda: self._show(_dialogs().AssessmentDialog(self.session, self.participant_id, self.window)))
        tabs.overview.show_accomplishment.connect(self.open_accomplishments)
        tabs.overview.edit_goal_requested.connect(self.open_edit_goal)
        tabs.overview.sign_requested.connect(self.open_signing)
        tabs.overview.print_requested.connect(self.print_customer_copy)
        tabs.overview.plan_review_requested.connect(self.open_plan_review)
        tabs.review.add_summary_requested.connect(lambda: self._show(_dialogs().SummaryDialog(self.session, self.participant_id, parent=self.window)))
        tabs.review.edit_summary_requested.connect(lambda s: self._show(_dialogs().SummaryDialog(self.session, self.participant_id, s, self.window)))
        tabs.review.add_result_requested.connect(lambda: self._show(_dialogs().ResultDialog(self.session, self.participant_id, self.window)))
        tabs.review.add_score_requested.connect(lambda: self._show(_dialogs().PostScoreDialog(self.session, self.participant_id, self.window)))
        tabs.goals.new_goal_requested.connect(self.open_new_goal)
        tabs.goals.edit_goal_requested.connect(self.open_edit_goal)
        tabs.goals.remove_goal_requested.connect(self.remove_goal)
        tabs.steps.add_requested.connect(self.open_add_step)
        tabs.steps.edit_requested.connect(self.open_step_editor)
        tabs.outcomes.add_skill_gain_requested.connect(lambda: self._show(_outcome_dialogs().SkillGainDialog(self.session, self.participant_id, self.window)))
        tabs.outcomes.remove_skill_gain_requested.connect(self.remove_skill_gain)
        tabs.outcomes.add_story_requested.connect(lambda: self._show(_outcome_dialogs().SuccessStoryDialog(self.session, self.participant_id, self.window)))
        tabs.outcomes.remove_story_requested.connect(self.remove_success_story)
        tabs.outcomes.record_exit_requested.connect(self.open_exit)
        tabs.outcomes.add_employment_requested.connect(self.open_employment)
        tabs.outcomes.edit_employment_requested.connect(self.open_employment)
        tabs.log.upload_requested.connect(self.upload_file)
        tabs.log.open_requested.connect(self.open_document)
        tabs.log.remove_requested.connect(self.remove_document)
        self.tabs = tabs

    def _show(self, dialog, on_accepted=None):
        return show_dialog(self, dialog, on_accepted)

    # -- goals -----------------------------------------------------------------------------------
    def open_new_goal(self):
        from ui.dialogs.goal_dialog import GoalDialog

        if self.participant_id:
            return self._show(GoalDialog(self.session, self.participant_id, parent=self.window))

    def open_edit_goal(self, goal_row):
        from ui.dialogs.goal_dialog import GoalDialog

        return self._show(GoalDialog(self.session, self.participant_id, goal_row, parent=self.window))

    def open_edit_current_goal(self):
        goal = self.tabs.goals.current_goal()
        if goal is not None:
            return self.open_edit_goal(goal)
        self.window.statusBar().showMessage(self.tr("Select a goal on 2. Set Goals first."), 4000)

    def remove_goal(self, goal_row):
        from app.services import goals

        answer = QMessageBox.question(self.window, self.tr("Remove goal"),
                                      self.tr("Remove the goal “{goal}” and its %n steps/services?", "", goal_row.related_steps)
                                      .format(goal=goal_row.statement))
        if answer == QMessageBox.StandardButton.Yes:
            ops.apply(self.session, goals.remove_goal, goal_row.id)

    # -- case notes, agreement, accomplishments --------------------------------------------------------
    def open_case_note(self, subject: str = "", message: str = ""):
        from ui.dialogs.case_note import CaseNoteDialog

        if self.participant_id:
            return self._show(CaseNoteDialog(self.session, self.participant_id, subject, message, parent=self.window))

    def open_agreement(self):
        from ui.dialogs.agreement import AgreementDialog

        if self.participant_id:
            return self._show(AgreementDialog(self.session, self.participant_id, parent=self.window))

    def open_accomplishments(self, kind: str):
        from ui.dialogs.record_list import RecordListDialog

        return self._show(RecordListDialog(self.session.ctx, self.participant_id, kind, self.window))

    # -- steps/services ---------------------------------------------------------------------------
    def open_add_step(self, item):
        from app.services import goals as goal_service
        from ui.dialogs.add_step import AddStepDialog

        goal_rows = goal_service.list_goals(self.session.ctx, self.participant_id)
        if not goal_rows:
            QMessageBox.information(self.window, self.tr("Add step/service"),
                                    self.tr("A step/service belongs to a goal: add a goal first (Ctrl+G)."))
            return None
        current = self.tabs.goals.current_goal()
        dialog = AddStepDialog(self.session, self.participant_id, item, goal_rows, current.id if current else goal_rows[0].id, self.window)
        return self._show(dialog, on_accepted=lambda d: self.offer_case_note(item))

    def open_add_current_step(self):
        item = self.tabs.steps.catalog_table.view.current_row()
        if item is None:
            self.window.show_tab(self.tabs.steps)
            self.tabs.steps.search.setFocus()
            return None
        return self.open_add_step(item)

    def offer_case_note(self, item):
        """Seed 001: after adding a step the application prompts for a case note."""
        answer = QMessageBox.question(self.window, self.tr("Case note"),
                                      self.tr("“{name}” was added to the plan. Write a case note about it now?").format(name=item.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.open_case_note(self.tr("Added step/service: {name}").format(name=item.name))

    def open_step_editor(self, service_row):
        """The step editor; a work-experience/employment step opens its worksite placement instead when asked."""
        from ui.dialogs.step_editor import StepEditorDialog

        dialog = StepEditorDialog(self.session, service_row.id, self.window)
        if getattr(service_row, "placement", False):
            button = dialog.add_placement_button(self.tr("Worksite placement…"))
            button.clicked.connect(lambda: self.open_placement(service_row.id))
        return self._show(dialog)

    def open_placement(self, service_id: str, placement_id: str | None = None):
        from app.services import placements
        from ui.dialogs.placement import PlacementDialog

        if placement_id is None:
            existing = placements.list_placements(self.session.ctx, self.participant_id, service_id)
            placement_id = existing[0].placement.id if existing else None
        dialog = PlacementDialog(self.session, service_id, placement_id, self.window)
        return self._show(dialog)

    # -- signing, printing, review ---------------------------------------------------------------
    def open_signing(self):
        """Participant signing mode (full window); the caseworker's password leads back."""
        from ui.signing import SigningWindow

        if not self.participant_id:
            return None
        self.signing = SigningWindow(self.session, self.participant_id)
        self.signing.showFullScreen()
        return self.signing

    def invite_participant(self):
        """Queued like any message: the server creates the account and emails the single-use link."""
        from app.services.messages import invite_participant

        if self.participant_id:
            ops.apply(self.session, invite_participant, self.participant_id, on_result=lambda _: self.window.statusBar().showMessage(
                self.tr("Invitation queued (offline): it is emailed at the next sync."), 8000))

    def print_customer_copy(self):
        from ui.print_plan import CustomerCopyPrinter

        if self.participant_id:
            self.printer = CustomerCopyPrinter(self.session.ctx, parent=self.window)
            self.printer.failed.connect(lambda message: QMessageBox.warning(self.window, self.tr("Print Customer Copy"), message))
            self.printer.ask_and_save(self.participant_id)

    def open_plan_review(self):
        from ui.dialogs.plan_review import PlanReviewDialog

        if self.participant_id:
            return self._show(PlanReviewDialog(self.session, self.participant_id, self.window))

    def open_edit_current_step(self):
        row = self.tabs.steps.service_table.view.current_row()
        if row is not None:
            return self.open_step_editor(row)
        self.window.show_tab(self.tabs.steps)

    # -- outcomes ---------------------------------------------------------------------------------
    def open_exit(self):
        if self.participant_id:
            return self._show(_outcome_dialogs().ExitDialog(self.session, self.participant_id, self.window))

    def open_employment(self, job=None):
        if self.participant_id:
            return self._show(_outcome_dialogs().EmploymentDialog(self.session, self.participant_id, job, self.window))

    def remove_skill_gain(self, gain):
        from app.services import outcomes

        answer = QMessageBox.question(self.window, self.tr("Remove skill gain"), self.tr(
            "Remove the measurable skill gain “{kind}” of {date}? Its document stays among the uploads.")
            .format(kind=value_label(gain.kind), date=f"{gain.attained_on:%m/%d/%Y}"))
        if answer == QMessageBox.StandardButton.Yes:
            ops.apply(self.session, outcomes.remove_skill_gain, gain.id)

    def remove_success_story(self, story):
        from app.services import outcomes

        answer = QMessageBox.question(self.window, self.tr("Remove success story"),
                                      self.tr("Remove the success story of {date}?").format(date=f"{story.written_on:%m/%d/%Y}"))
        if answer == QMessageBox.StandardButton.Yes:
            ops.apply(self.session, outcomes.remove_success_story, story.id)

    # -- uploads ----------------------------------------------------------------------------------
    def upload_file(self, path: str | None = None, kind: str | None = None):
        """An upload carries its kind (issue 12): asked when the file is chosen here, else guessed from its name."""
        from PySide6.QtWidgets import QInputDialog

        from app import domain
        from app.services import documents

        if not self.participant_id:
            return
        guessed = _kind_of(Path(path).name if path else "")
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Attach a file to the plan"))
            if path and kind is None:
                shown = [value_label(k) for k in domain.DOCUMENT_KINDS]  # read in the UI language, stored as the canonical kind
                chosen, ok = QInputDialog.getItem(self.window, self.tr("Kind of upload"), self.tr("What is “{file}”?").format(file=Path(path).name),
                                                  shown, domain.DOCUMENT_KINDS.index(_kind_of(Path(path).name)), False)
                if not ok:
                    return
                kind = domain.DOCUMENT_KINDS[shown.index(chosen)]
        if not path:
            return
        data = Path(path).read_bytes()
        ops.apply(self.session, documents.add_document, self.participant_id, Path(path).name, data, kind=kind or guessed)

    def open_document(self, document) -> Path:
        """Decrypted into a private temporary folder, then opened with the desktop's viewer."""
        from app import opened_documents
        from app.services import documents

        data = documents.open_document(self.session.ctx, document.id)
        target = opened_documents.write_for_viewer(document.name, data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        # the viewer has read the file by then (and on POSIX keeps it open after the unlink)
        QTimer.singleShot(VIEWER_SECONDS * 1000, lambda: opened_documents.remove_opened(older_than=VIEWER_SECONDS - 1))
        return target

    def remove_document(self, document):
        from app.services import documents

        answer = QMessageBox.question(self.window, self.tr("Remove upload"), self.tr("Remove “{name}” from the plan?").format(name=document.name))
        if answer == QMessageBox.StandardButton.Yes:
            ops.apply(self.session, documents.remove_document, document.id)


def _kind_of(name: str) -> str:
    """A first guess at what a file is, from its name (the caseworker confirms it when choosing the file)."""
    lowered = name.lower()
    for words, kind in ((("sign", "agreement"), "Signed agreement"), (("transcript", "report-card", "report card"), "Transcript"),
                        (("credential", "certificate", "diploma", "license"), "Credential proof")):
        if any(w in lowered for w in words):
            return kind
    return "Other"


def _dialogs():
    from ui.dialogs import assessment_entries

    return assessment_entries


def _outcome_dialogs():
    from ui.dialogs import outcome_entries

    return outcome_entries
