"""Dialogs of 1. Review Assessment: an assessment summary, an outside result, a post-assessment score."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QPlainTextEdit

from app import domain
from app.services import assessments
from ui import ops
from ui.dialogs.form_dialog import FormDialog
from ui.forms import DateField, combo


class SummaryDialog(FormDialog):
    """New summary, or an edit of one (the old text stays in the Update Log: that is its history)."""

    def __init__(self, session, participant_id: str, summary=None, parent=None):
        super().__init__(session, self.tr("Edit assessment summary") if summary else self.tr("New assessment summary"), parent)
        self.participant_id, self.summary = participant_id, summary
        self.setMinimumWidth(560)
        if summary is None:
            date = self.form.add("written_on", self.tr("Date*"), DateField())
            date.set_value(dt.date.today())
        text = self.form.add("text", self.tr("Summary*"), QPlainTextEdit(summary.text if summary else ""))
        text.setMinimumHeight(150)
        self.finish_layout()

    def save(self, values: dict):
        common = dict(on_invalid=self.form.show_errors)
        if self.summary is None:
            return ops.apply(self.session, assessments.add_summary, self.participant_id, values["text"], values["written_on"], **common)
        return ops.apply(self.session, lambda ctx, *a: assessments.update_summary(ctx, *a) or True, self.summary.id,
                         values["text"], **common)


class ResultDialog(FormDialog):
    def __init__(self, session, participant_id: str, parent=None):
        super().__init__(session, self.tr("Result of an outside assessment"), parent)
        self.participant_id = participant_id
        self.form.add("name", self.tr("Name/description*"), QLineEdit())
        self.form.add("taken_on", self.tr("Date*"), DateField())
        kind = self.form.add("kind", self.tr("Type"), combo(["", "Basic skills", "Interest inventory", "Aptitude", "Work readiness", "Other"]))
        kind.setEditable(True)
        self.form.add("category", self.tr("Category"), QLineEdit())
        self.form.add("score", self.tr("Result/score"), QLineEdit())
        self.finish_layout()

    def save(self, values: dict):
        return ops.apply(self.session, assessments.add_result, self.participant_id, **values, on_invalid=self.form.show_errors)


class PostScoreDialog(FormDialog):
    def __init__(self, session, participant_id: str, parent=None):
        super().__init__(session, self.tr("Post-assessment score"), parent)
        self.participant_id = participant_id
        self.form.add("module", self.tr("Training module*"), QLineEdit())
        score = self.form.add("score_pct", self.tr("Score (%)*"), QDoubleSpinBox())
        score.setRange(-1, 1000)
        score.setDecimals(1)
        score.setSuffix(" %")
        self.finish_layout()

    def save(self, values: dict):
        return ops.apply(self.session, assessments.add_post_score, self.participant_id, values["module"], values["score_pct"],
                         on_invalid=self.form.show_errors)


class AssessmentDialog(FormDialog):
    """An entry of the Overview's assessments list (Complete / Not Complete)."""

    def __init__(self, session, participant_id: str, parent=None):
        super().__init__(session, self.tr("Add assessment"), parent)
        self.participant_id = participant_id
        name = self.form.add("name", self.tr("Assessment*"), combo(["Career Cluster Inventory", "Employment 101 – Pre",
                                                                   "Employment 101 – Post", "NOCTI"]))
        name.setEditable(True)
        self.form.add("status", self.tr("Status*"), combo(domain.ASSESSMENT_STATUSES))
        self.form.add("completed_on", self.tr("Completed on"), DateField())
        self.finish_layout()

    def save(self, values: dict):
        return ops.apply(self.session, assessments.add_assessment, self.participant_id, values["name"], values["status"],
                         values["completed_on"], on_invalid=self.form.show_errors)
