"""Dialogs of the Outcomes tab (seed 003): a measurable skill gain with its proof, a success story,
the exit (normal or early) and employment after exit."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from app import domain
from app.rules import outcomes as rules
from app.services import documents, outcomes, participants
from ui import ops
from ui.dialogs.form_dialog import FormDialog
from ui.forms import DateField, combo
from ui.tabs.base import hint


class SkillGainDialog(FormDialog):
    """Type, the type's questions, the proof (a new file or one of the plan's uploads), date attained, comment."""

    def __init__(self, session, participant_id: str, parent=None):
        super().__init__(session, self.tr("Add measurable skill gain"), parent)
        self.participant_id = participant_id
        self.setMinimumWidth(680)
        form = self.form
        self.kind = form.add("kind", self.tr("Skill type*"), combo([(self.tr("Choose one of the five types…"), "")] + list(domain.SKILL_GAIN_KINDS)))
        # one row per question; a question shared by two types ("highest level of education") is one row,
        # and rows are ordered by their number in every type that asks them
        asked = {q.key: (number, q) for kind in rules.SKILL_GAIN_TYPES.values() for number, q in enumerate(kind.questions)}
        self.questions: dict[str, QLabel] = {}
        for _number, question in sorted(asked.values(), key=lambda pair: pair[0]):
            field = f"answers.{question.key}"
            answer = form.add(field, question.text, combo([(self.tr("Choose…"), "")] + list(question.options)))
            answer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            answer.setMinimumContentsLength(24)
            label = form.layout_.labelForField(form.errors[field].parentWidget())
            label.setWordWrap(True)
            label.setFixedWidth(260)
            self.questions[field] = label
        self.proof = hint("")
        form.layout_.addRow("", self.proof)
        self.document = form.add("document_id", self.tr("Document*"), combo([(self.tr("No document yet"), None)] + [
            (f"{d.name} ({d.uploaded_on:%m/%d/%Y})", d.id) for d in documents.list_documents(session.ctx, participant_id)]))
        browse = QPushButton(self.tr("Upload a file…"))
        browse.clicked.connect(self._browse)
        browse_row = QHBoxLayout()
        browse_row.addWidget(browse)
        browse_row.addStretch(1)
        form.layout_.addRow("", browse_row)
        date = form.add("attained_on", self.tr("Date attained*"), DateField())
        date.set_value(dt.date.today())
        form.add("comment", self.tr("Comment*"), QPlainTextEdit()).setFixedHeight(80)
        self.kind.currentIndexChanged.connect(self._show_questions)
        self._show_questions()
        self.finish_layout()

    def _show_questions(self, *_) -> None:
        """Only the chosen type's questions, numbered as the seed numbers them."""
        kind = rules.SKILL_GAIN_TYPES.get(self.kind.currentData())
        asked = {f"answers.{q.key}": (number, q.text) for number, q in enumerate(kind.questions if kind else (), 1)}
        for field, label in self.questions.items():
            if field in asked:
                number, text = asked[field]
                label.setText(f"{number}. {text.rstrip(':')}*")
            self.form.layout_.setRowVisible(self.form.widgets[field].parentWidget(), field in asked)
        self.proof.setText(self.tr("The document must show: {proof}").format(proof=kind.document) if kind else "")
        self.proof.setVisible(kind is not None)
        self.adjustSize()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Upload the proof of the skill gain"))
        if path:
            self.attach_file(path)

    def attach_file(self, path: str) -> None:
        """A new file, stored with the skill gain when it is saved."""
        self.document.addItem(self.tr("New upload: {file}").format(file=Path(path).name), ("file", path))
        self.document.setCurrentIndex(self.document.count() - 1)

    def save(self, values: dict):
        kind = rules.SKILL_GAIN_TYPES.get(values["kind"])
        answers = {q.key: values.pop(f"answers.{q.key}") for q in kind.questions} if kind else {}
        values = {k: v for k, v in values.items() if not k.startswith("answers.")}
        document = values.pop("document_id")
        if isinstance(document, tuple):
            path = Path(document[1])
            values.update(file_name=path.name, file_data=path.read_bytes())
        else:
            values["document_id"] = document
        return ops.apply(self.session, outcomes.add_skill_gain, self.participant_id, answers=answers, **values, on_invalid=self.form.show_errors)


class SuccessStoryDialog(FormDialog):
    """Seed 003's Title, Program Type, Service Provider, Career Pathway, Date Created and Status, and
    the story itself; `story` edits one already written."""

    def __init__(self, session, participant_id: str, parent=None, story=None):
        super().__init__(session, self.tr("Edit success story") if story else self.tr("Add success story"), parent)
        self.participant_id, self.story = participant_id, story
        self.setMinimumWidth(600)
        form = self.form
        form.add("title", self.tr("Title*"), QLineEdit())
        form.add("program_type", self.tr("Program type"), combo([("", "")] + list(domain.PROGRAMS)))
        form.add("provider", self.tr("Service provider"), QLineEdit())
        form.add("career_pathway", self.tr("Career pathway"), QLineEdit())
        form.add("written_on", self.tr("Date created*"), DateField()).set_value(dt.date.today())
        form.add("status", self.tr("Status*"), combo(list(rules.STORY_STATUSES)))
        form.add("text", self.tr("Story*"), QPlainTextEdit()).setMinimumHeight(150)
        if story is not None:
            form.set_values({f: getattr(story, f) for f in form.widgets})
        else:
            person = participants.get_participant(session.ctx, participant_id)
            form.set_values({"program_type": person.program, "career_pathway": person.career_pathway})
        self.finish_layout()

    def save(self, values: dict):
        common = dict(on_invalid=self.form.show_errors)
        if self.story is None:
            text, written_on = values.pop("text"), values.pop("written_on")
            return ops.apply(self.session, outcomes.add_success_story, self.participant_id, text, written_on, **values, **common)
        return ops.apply(self.session, outcomes.update_success_story, self.story.id, **values, **common)


class ExitDialog(FormDialog):
    """Seed 003: the normal exit once the checklist is complete; otherwise only the early exit
    ("Customer left program before completion") with its date, reason and case note."""

    def __init__(self, session, participant_id: str, parent=None):
        super().__init__(session, self.tr("Record exit"), parent, ok_text=self.tr("Save exit status"))
        self.participant_id = participant_id
        self.setMinimumWidth(560)
        form = self.form
        missing = outcomes.outcome_summary(session.ctx, participant_id).missing_for_exit
        self.early = form.add("early", self.tr("Early exit"), QCheckBox(self.tr("Customer left program before completion")))
        if missing:
            self.early.setChecked(True)
            self.early.setEnabled(False)
            form.layout_.addRow("", hint(self.tr("The exit checklist is not complete ({missing}), so only an early exit can be recorded.")
                                         .format(missing="; ".join(missing))))
        form.add("exit_date", self.tr("Date of program exit*"), DateField()).set_value(dt.date.today())
        self.reason = form.add("reason", self.tr("Exit reason*"), combo([(self.tr("Choose a reason…"), "")] + list(domain.EXIT_REASONS)))
        self.note = form.add("note", self.tr("Case note*"), QPlainTextEdit())
        self.note.setPlaceholderText(self.tr("Why the participant left the program without completing it"))
        self.note.setFixedHeight(110)
        self.early.toggled.connect(self._show_early)
        self._show_early(self.early.isChecked())
        self.finish_layout()

    def _show_early(self, early: bool) -> None:
        for field in ("reason", "note"):
            self.form.layout_.setRowVisible(self.form.widgets[field].parentWidget(), early)

    def save(self, values: dict):
        return ops.apply(self.session, outcomes.record_exit, self.participant_id, **values, on_invalid=self.form.show_errors)


class EmploymentDialog(FormDialog):
    """Seed 003, Enter New Employment; `job` edits one already recorded."""

    def __init__(self, session, participant_id: str, job=None, parent=None):
        super().__init__(session, self.tr("Edit employment") if job else self.tr("Add employment after exit"), parent)
        self.participant_id, self.job = participant_id, job
        self.setMinimumWidth(520)
        form = self.form
        form.add("current", self.tr("Current"), QCheckBox(self.tr("Currently employed by this employer"))).setChecked(True)
        form.add("employer", self.tr("Employer name*"), QLineEdit())
        form.add("start_date", self.tr("Start date*"), DateField())
        form.add("job_title", self.tr("Job title*"), QLineEdit())
        form.add("end_date", self.tr("End date"), DateField()).setPlaceholderText(self.tr("MM/DD/YYYY — empty while current"))
        form.add("address", self.tr("Street address 1"), QLineEdit())
        form.add("address_2", self.tr("Street address 2"), QLineEdit())
        form.add("city", self.tr("Employer city*"), QLineEdit())
        form.add("state", self.tr("Employer state*"), QLineEdit()).setMaxLength(2)
        form.add("zip", self.tr("Employer ZIP code*"), QLineEdit()).setMaxLength(10)
        form.add("duties", self.tr("Job duties*"), QPlainTextEdit()).setFixedHeight(80)
        hours = form.add("hours_per_week", self.tr("Hours per week*"), QDoubleSpinBox())
        hours.setRange(0, 168)
        hours.setDecimals(1)
        form.add("meets_needs", self.tr("Meets needs"), QCheckBox(self.tr("This job meets the participant's needs"))).setChecked(True)
        why = form.add("meets_needs_why", self.tr("Why or why not?"), QPlainTextEdit())
        why.setFixedHeight(60)
        why.setPlaceholderText(self.tr("Does this job meet your needs? Why or why not?"))
        if job is not None:
            form.set_values({field: getattr(job, field) for field in form.widgets})
        self.finish_layout()

    def save(self, values: dict):
        common = dict(on_invalid=self.form.show_errors)
        if self.job is None:
            return ops.apply(self.session, outcomes.add_employment, self.participant_id, **values, **common)
        return ops.apply(self.session, outcomes.update_employment, self.job.id, **values, **common)
