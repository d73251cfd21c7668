"""Signing mode: the participant reads their plan and signs it on the caseworker's screen.

DESIGN.md: "A participant signing on screen sees only the signing view of their own plan." This is a
top-level window with nothing of the caseload in it; closing it, Escape and "Return to caseworker"
all require the caseworker's password, and a wrong one leaves the window in signing mode.
The caseworker then signs too; finishing records the agreement ("Signature collected – electronic")
and attaches the signed PDF (both signature images) to the plan's uploads.

    window = SigningWindow(ctx, participant_id)
    window.finished.connect(main_window.refresh_overview)   # emits the agreement status ("" = none)
    window.showFullScreen()
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from app import domain
from app.errors import ValidationError
from app.i18n import format_decimal, format_short_date, translation
from app.reports.plan_pdf import AGREEMENT, CustomerCopy, SignatureImage, collect_plan
from app.services import records, signatures, users
from ui import i18n as ui_i18n
from ui import ops
from ui.forms import MessageLabel, multi_line, error_style
from ui.widgets.signature_pad import SignaturePad

SIGNED = domain.SIGNED_STATUSES[1]  # "Signature collected – electronic"
UNABLE = "Unable to collect signature"


def plan_summary_html(plan: CustomerCopy) -> str:
    """The goals and steps in plain words, large enough to read across a table, in the participant's language."""
    esc = html.escape
    catalog = translation(plan.language)
    t = catalog.gettext

    def day(value) -> str:
        return format_short_date(value, plan.language)

    title = t("{name} — your {plan_type} career plan").format(name=plan.participant_name, plan_type=plan.plan_type)
    parts = [f"<h2>{esc(title)}</h2>"]
    if plan.career_pathway or plan.occupations:
        path = plan.career_pathway + (f" — {', '.join(plan.occupations)}" if plan.occupations else "")
        label = t("Career path:")
        parts.append(f"<p><b>{esc(label)}</b> {esc(path)}</p>")
    for number, goal in enumerate(plan.goals, 1):
        heading = t("Goal {number}: {statement}").format(number=number, statement=goal.statement)
        parts.append(f"<h3>{esc(heading)}</h3><p style='color:#555'>{esc(t(goal.term))} · {esc(t(goal.status))}</p><ul>")
        for step in goal.steps:
            line = f"{step.name} — {t(step.status)}"
            if step.planned_start and step.planned_due:
                line = t("{step}, {start} to {due}").format(step=line, start=day(step.planned_start), due=day(step.planned_due))
            if step.weekly_hours:
                hours = format_decimal(step.weekly_hours, plan.language)
                line = catalog.ngettext("{step}, {hours} hour a week", "{step}, {hours} hours a week", 1 if step.weekly_hours == 1 else 2).format(step=line, hours=hours)
            parts.append(f"<li>{esc(line)}</li>")
        no_steps = t("No steps yet.")
        parts.append("</ul>" if goal.steps else f"<li>{esc(no_steps)}</li></ul>")
    if not plan.goals:
        no_goals = t("This plan has no goals yet.")
        parts.append(f"<p>{esc(no_goals)}</p>")
    return "".join(parts)


class SigningWindow(QWidget):
    """Pages: participant signs → caseworker unlocks (password) → caseworker signs or records "unable"."""

    finished = Signal(str)

    def __init__(self, session, participant_id: str, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session, self.ctx, self.participant_id = session, session.ctx, participant_id
        self.plan = collect_plan(self.ctx, participant_id)
        #: the participant reads signing mode in their own language; the caseworker's comes back on leaving
        self._ui_language = ui_i18n.switch(self.plan.language)
        #: drawn and checked, written only with the signed plan (one transaction)
        self.captured: dict[str, signatures.CapturedSignature] = {}
        self.images: dict[str, SignatureImage] = {}
        self._unlocked = False
        self.setWindowModality(Qt.WindowModality.ApplicationModal)  # the main window takes no input meanwhile
        self.setWindowTitle(self.tr("Sign your plan"))
        self.setAccessibleName(self.tr("Signing mode"))
        self.pages = QStackedWidget()
        self.participant_page = self._participant_page()
        self.unlock_page = self._unlock_page()
        self.caseworker_page = self._caseworker_page()
        for page in (self.participant_page, self.unlock_page, self.caseworker_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(1000, 760)
        return_action = QAction(self.tr("Return to caseworker"), self, shortcut=QKeySequence("Ctrl+Shift+R"), triggered=self.ask_for_caseworker)
        return_action.setStatusTip(self.tr("Hand the screen back to the caseworker (asks for their password)"))
        self.addAction(return_action)
        for text, keys, slot in ((self.tr("Undo stroke"), "Ctrl+Z", lambda: self._current_pad().undo_stroke()),
                                 (self.tr("Clear signature"), "Ctrl+Shift+Z", lambda: self._current_pad().clear())):
            action = QAction(text, self, shortcut=QKeySequence(keys), triggered=slot)
            action.setStatusTip(text)
            self.addAction(action)

    def _current_pad(self) -> SignaturePad:
        return self.caseworker_pad if self.pages.currentWidget() is self.caseworker_page else self.participant_pad

    # -- pages -----------------------------------------------------------------------------------
    def _participant_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.summary = summary = QLabel(plan_summary_html(self.plan))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setStyleSheet("font-size: 15px; padding: 8px 16px;")
        summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        summary.setAccessibleName(self.tr("Your plan"))
        scroll = QScrollArea()
        scroll.setWidget(summary)
        scroll.setWidgetResizable(True)
        box.addWidget(scroll, 3)
        t = translation(self.plan.language).gettext
        title = t("Agreement")
        statement = QLabel(f"<b>{html.escape(title)}</b><br>{html.escape(t(AGREEMENT))}")
        statement.setWordWrap(True)
        statement.setStyleSheet("font-size: 15px; background: #eef3fb; color: #1b1b1b; padding: 8px;")  # its own text colour: readable on a dark desktop
        box.addWidget(statement)
        self.participant_pad = SignaturePad()
        self.participant_pad.setMaximumHeight(300)
        box.addWidget(self.participant_pad, 2)
        self.participant_error = self._error_label()
        box.addWidget(self.participant_error)
        row = QHBoxLayout()
        self.return_button = QPushButton(self.tr("Return to caseworker"), clicked=self.ask_for_caseworker)
        row.addWidget(self.return_button)
        row.addStretch()
        row.addWidget(QPushButton(self.tr("Undo stroke"), clicked=self.participant_pad.undo_stroke))
        row.addWidget(QPushButton(self.tr("Clear"), clicked=self.participant_pad.clear))
        self.sign_button = QPushButton(self.tr("I agree — sign"), clicked=self.participant_signs)
        self.sign_button.setDefault(True)
        row.addWidget(self.sign_button)
        box.addLayout(row)
        return page

    def _unlock_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch()
        self.unlock_title = QLabel()
        self.unlock_title.setStyleSheet("font-size: 18px;")
        self.unlock_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.unlock_title)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Caseworker password"))
        self.password.setPlaceholderText(self.tr("Caseworker password"))
        self.password.setFixedWidth(320)
        self.password.returnPressed.connect(self.unlock)
        box.addWidget(self.password, 0, Qt.AlignmentFlag.AlignHCenter)
        self.unlock_error = self._error_label()
        self.unlock_error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.unlock_error)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(QPushButton(self.tr("Back to signing"), clicked=self.back_to_participant))
        self.unlock_button = QPushButton(self.tr("Unlock"), clicked=self.unlock)
        row.addWidget(self.unlock_button)
        row.addStretch()
        box.addLayout(row)
        box.addStretch()
        return page

    def _caseworker_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.caseworker_status = QLabel()
        self.caseworker_status.setWordWrap(True)
        self.caseworker_status.setStyleSheet("font-size: 15px;")
        box.addWidget(self.caseworker_status)
        box.addWidget(QLabel(self.tr("Career planner signature:")))
        self.caseworker_pad = SignaturePad()
        self.caseworker_pad.setMaximumHeight(260)
        box.addWidget(self.caseworker_pad, 2)
        row = QHBoxLayout()
        row.addWidget(QPushButton(self.tr("Undo stroke"), clicked=self.caseworker_pad.undo_stroke))
        row.addWidget(QPushButton(self.tr("Clear"), clicked=self.caseworker_pad.clear))
        row.addStretch()
        box.addLayout(row)
        box.addWidget(QLabel(self.tr("If the participant could not sign, say why (for “Unable to collect signature”):")))
        self.unable_note = multi_line(QPlainTextEdit())
        self.unable_note.setAccessibleName(self.tr("Why the signature could not be collected"))
        self.unable_note.setMaximumHeight(70)
        box.addWidget(self.unable_note)
        self.caseworker_error = self._error_label()
        box.addWidget(self.caseworker_error)
        row = QHBoxLayout()
        row.addWidget(QPushButton(self.tr("Back to the participant"), clicked=self.back_to_participant))
        self.leave_button = QPushButton(self.tr("Leave without recording"), clicked=lambda: self._finish(""))
        row.addWidget(self.leave_button)
        row.addStretch()
        self.unable_button = QPushButton(self.tr("Unable to collect signature"), clicked=self.record_unable)
        row.addWidget(self.unable_button)
        self.finish_button = QPushButton(self.tr("Sign and finish"), clicked=self.caseworker_signs)
        self.finish_button.setDefault(True)
        row.addWidget(self.finish_button)
        box.addLayout(row)
        return page

    def _error_label(self) -> QLabel:
        label = MessageLabel()
        label.setStyleSheet(error_style() + " font-size: 14px;")
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Error"))
        return label

    # -- the flow --------------------------------------------------------------------------------
    def _sign(self, role: str, pad: SignaturePad, name: str, error: QLabel) -> bool:
        signed_at = dt.datetime.now()
        png = pad.to_png(name, signed_at) if not pad.is_empty() else b""
        try:
            signatures.check_signature(self.ctx, self.participant_id, role, name, pad.strokes(), png)
        except ValidationError as exc:
            error.setText(" ".join(p.message for p in exc.problems))
            return False
        error.clear()
        self.captured[role] = signatures.CapturedSignature(role, name, pad.strokes(), png)
        self.images[role] = SignatureImage(role, name, signed_at, png)
        return True

    def participant_signs(self) -> None:
        if self._sign("participant", self.participant_pad, self.plan.participant_name, self.participant_error):
            self.ask_for_caseworker(thanks=True)

    def ask_for_caseworker(self, thanks: bool = False) -> None:
        self.unlock_title.setText(self.tr("Thank you! Please hand the screen back to your career planner.") if thanks or "participant" in self.images
                                  else self.tr("Career planner: enter your password to leave signing mode."))
        self.password.clear()
        self.unlock_error.clear()
        self.pages.setCurrentWidget(self.unlock_page)
        self.password.setFocus()

    def back_to_participant(self) -> None:
        self._unlocked = False
        self.pages.setCurrentWidget(self.participant_page)

    def unlock(self) -> None:
        if not users.verify_own_password(self.ctx, self.password.text()):
            self.password.clear()
            self.unlock_error.setText(self.tr("That password is not right. The screen stays in signing mode."))
            return
        self._unlocked = True
        self.password.clear()
        signed = "participant" in self.images
        self.caseworker_status.setText(
            self.tr("The participant signed. Sign below to finish; the signed plan is added to the uploads.") if signed
            else self.tr("The participant has not signed. You can go back to them, or record that the signature could not be collected."))
        self.finish_button.setEnabled(signed)
        self.pages.setCurrentWidget(self.caseworker_page)

    def caseworker_signs(self) -> None:
        name = self.ctx.user.display_name
        if not self._sign("caseworker", self.caseworker_pad, name, self.caseworker_error):
            return
        self._set_busy(True)
        ctx, pid, plan, images, captured = self.ctx, self.participant_id, self.plan, list(self.images.values()), list(self.captured.values())

        def record_signed_plan():
            from app.reports import pdf_worker

            pdf = pdf_worker.render(plan, images)  # in the window's PDF worker, off this process's GIL
            signatures.record_signed_plan(ctx, pid, captured, pdf, f"Signed plan {dt.date.today():%Y-%m-%d}.pdf")
            return SIGNED

        ops.run(self.session, record_signed_plan, on_result=self._finish, on_error=self._failed, initiator=self)

    def record_unable(self) -> None:
        note = self.unable_note.toPlainText().strip()
        if not note:
            self.caseworker_error.setText(self.tr("Say why the signature could not be collected."))
            return
        ops.apply(self.session, records.record_agreement, self.participant_id, UNABLE, note=note,
                  on_result=lambda _: self._finish(UNABLE), on_error=self._failed, initiator=self)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.finish_button, self.unable_button, self.leave_button):
            button.setEnabled(not busy)
        self.caseworker_error.setText(self.tr("Saving the signed plan…") if busy else "")

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.caseworker_error.setText(" ".join(p.message for p in exc.problems) if isinstance(exc, ValidationError)
                                      else self.tr("The signed plan could not be saved: {0}").format(exc))

    def _finish(self, status) -> None:
        self._unlocked = True
        self.finished.emit(status or "")
        self.close()

    # -- nothing leaves signing mode without the password -------------------------------------------
    def closeEvent(self, event):
        if self._unlocked:
            ui_i18n.switch(self._ui_language)
            event.accept()
        else:
            event.ignore()
            self.ask_for_caseworker()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape does not leave signing mode
            return
        super().keyPressEvent(event)

    def is_signing_mode(self) -> bool:
        return not self._unlocked
