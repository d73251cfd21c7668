"""The worksite placement tool (seed 001): employers → worksites → jobs, added before placing anyone.

One table of every job (Employer, Worksite, Job, Openings, Wage — the seed's worksite table) and three
small forms to add an employer, a worksite of an employer, and a job at a worksite.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotAllowed, NotFound, ValidationError
from app.services import employers
from ui import ops
from ui.forms import Form, combo
from ui.session import PlanSession
from ui.widgets.row_table import Column, RowTableModel, money, row_at, table_view


#: a worksite's fields (field, label marked for the catalog; self.tr(label) translates it on screen)
WORKSITE_FIELDS = (("name", QT_TRANSLATE_NOOP("EmployersDialog", "Worksite name*")), ("address", QT_TRANSLATE_NOOP("EmployersDialog", "Address")),
                   ("city", QT_TRANSLATE_NOOP("EmployersDialog", "City")), ("state", QT_TRANSLATE_NOOP("EmployersDialog", "State")),
                   ("zip", QT_TRANSLATE_NOOP("EmployersDialog", "ZIP")))


class EmployersDialog(QDialog):
    changed = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = PlanSession.of(session)
        self.ctx = self.session.ctx
        self.setWindowTitle(self.tr("Employers, worksites and jobs"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        self.jobs_model = RowTableModel([Column(self.tr("Employer"), lambda j: j.employer), Column(self.tr("Worksite"), lambda j: j.worksite),
                                         Column(self.tr("Job"), lambda j: j.title), Column(self.tr("Occupation"), lambda j: j.occupation),
                                         Column(self.tr("Total number of openings"), lambda j: j.openings, numeric=True),
                                         Column(self.tr("Hourly wage"), lambda j: j.hourly_wage, numeric=True, show=money)], self)
        self.jobs_view = table_view(self.jobs_model, self.tr("Jobs"))
        layout.addWidget(self.jobs_view, 1)
        self.remove_action = QAction(self.tr("Remove job"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setStatusTip(self.tr("Remove the chosen job from the worksite"))
        self.remove_action.triggered.connect(self.remove_selected_job)
        self.jobs_view.addAction(self.remove_action)
        remove = QPushButton(self.remove_action.text())
        remove.clicked.connect(self.remove_action.trigger)
        row = QHBoxLayout()
        row.addStretch(1)
        # seed 001 shows Edit/Remove beside employers, worksites and jobs: each acts on the chosen line's record
        self.edit_buttons = {}
        for kind, text in (("employer", self.tr("Edit employer…")), ("worksite", self.tr("Edit worksite…")), ("job", self.tr("Edit job…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, kind=kind: self.edit_selected(kind))
            row.addWidget(button)
            self.edit_buttons[kind] = button
        for kind, text in (("employer", self.tr("Remove employer")), ("worksite", self.tr("Remove worksite"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, kind=kind: self.remove_selected(kind))
            row.addWidget(button)
        row.addWidget(remove)
        layout.addLayout(row)
        self.editor = None

        self.tabs = QTabWidget()
        self.employer_form, self.worksite_form, self.job_form = Form(table="employer"), Form(table="worksite"), Form(table="job")
        self.employer_form.add("name", self.tr("Employer name*"), QLineEdit())
        self.employer_form.add("phone", self.tr("Phone"), QLineEdit())
        self.worksite_form.add("employer_id", self.tr("Employer*"), combo([]))
        for field, label in WORKSITE_FIELDS:
            self.worksite_form.add(field, self.tr(label), QLineEdit())
        self.job_form.add("worksite_id", self.tr("Worksite*"), combo([]))
        self.job_form.add("title", self.tr("Job title*"), QLineEdit())
        self.job_form.add("occupation", self.tr("Occupation"), QLineEdit())
        openings = self.job_form.add("openings", self.tr("Total number of openings*"), QSpinBox())
        openings.setRange(0, 999)
        openings.setValue(1)
        wage = self.job_form.add("hourly_wage", self.tr("Hourly wage*"), QDoubleSpinBox())
        wage.setRange(0, 500)
        wage.setPrefix("$")
        for form, title, handler in ((self.employer_form, QT_TRANSLATE_NOOP("EmployersDialog", "Add employer"), self.add_employer),
                                     (self.worksite_form, QT_TRANSLATE_NOOP("EmployersDialog", "Add worksite"), self.add_worksite),
                                     (self.job_form, QT_TRANSLATE_NOOP("EmployersDialog", "Add job"), self.add_job)):
            page = QWidget()
            box = QVBoxLayout(page)
            box.addWidget(form)
            button = QPushButton(self.tr(title))
            button.clicked.connect(handler)
            box.addWidget(button)
            box.addStretch(1)
            self.tabs.addTab(page, self.tr(title))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        jobs = employers.list_jobs(self.ctx)
        self.jobs_model.set_rows(jobs)
        employer_box = self.worksite_form.widgets["employer_id"]
        employer_box.clear()
        for e in employers.list_employers(self.ctx):
            employer_box.addItem(e.name, e.id)
        site_box = self.job_form.widgets["worksite_id"]
        site_box.clear()
        for e in employers.list_employers(self.ctx):
            for w in employers.list_worksites(self.ctx, e.id):
                site_box.addItem(f"{e.name} — {w.name}", w.id)

    def _run(self, form: Form, write):
        """`write(values)` through the runner; refusals beside `form`'s fields or in its banner."""
        form.clear_errors()
        try:
            values = form.values()
        except ValidationError as error:
            form.show_errors(error)
            return ops.REFUSED

        def written(_value) -> None:
            form.set_values({f: "" for f, w in form.widgets.items() if isinstance(w, QLineEdit)})
            self._changed()

        return ops.run(self.session, lambda: write(values), on_result=written, on_invalid=form.show_errors,
                       on_error=lambda error: refused_in_banner(form, error), initiator=self)

    def add_employer(self) -> bool:
        return self._run(self.employer_form, lambda v: employers.add_employer(self.ctx, v["name"], phone=v["phone"]))

    def add_worksite(self) -> bool:
        return self._run(self.worksite_form, lambda v: employers.add_worksite(self.ctx, v.pop("employer_id") or "", **v))

    def add_job(self) -> bool:
        return self._run(self.job_form, lambda v: employers.add_job(self.ctx, v["worksite_id"] or "", v["title"], v["hourly_wage"],
                                                                     openings=v["openings"], occupation=v["occupation"]))

    def remove_selected_job(self) -> None:
        index = self.jobs_view.currentIndex()
        if index.isValid():
            ops.apply(self.session, employers.remove_job, row_at(index).id,
                      on_result=lambda _: self._changed(), initiator=self)

    # -- corrections ------------------------------------------------------------------------------
    def selected_job(self):
        index = self.jobs_view.currentIndex()
        if not index.isValid():
            return None
        return employers.get_job(self.ctx, row_at(index).id)

    def edit_selected(self, kind: str) -> None:
        """Open the chosen line's employer, worksite or job in a small form; Save writes only the changes."""
        job = self.selected_job()
        if job is None:
            return
        if kind == "employer":
            record = employers.get_employer(self.ctx, job.employer_id)
            self.editor = RecordEditor(self.tr("Edit employer"), [("name", self.tr("Employer name*"), QLineEdit()),
                                                                  ("phone", self.tr("Phone"), QLineEdit())],
                                       record, lambda v: employers.update_employer(self.ctx, record.id, **v), self.session, self)
        elif kind == "worksite":
            record = employers.get_worksite(self.ctx, job.worksite_id)
            self.editor = RecordEditor(self.tr("Edit worksite"), [(f, self.tr(label), QLineEdit()) for f, label in WORKSITE_FIELDS],
                record, lambda v: employers.update_worksite(self.ctx, record.id, **v), self.session, self)
        else:
            openings, wage = QSpinBox(), QDoubleSpinBox()
            openings.setRange(0, 999)
            wage.setRange(0, 500)
            wage.setPrefix("$")
            self.editor = RecordEditor(self.tr("Edit job"), [("title", self.tr("Job title*"), QLineEdit()),
                                                             ("occupation", self.tr("Occupation"), QLineEdit()),
                                                             ("openings", self.tr("Total number of openings*"), openings),
                                                             ("hourly_wage", self.tr("Hourly wage*"), wage)],
                                       job, lambda v: employers.update_job(self.ctx, job.id, **v), self.session, self)
        self.editor.accepted.connect(self._changed)
        self.editor.open()

    def remove_selected(self, kind: str, confirmed: bool = False) -> bool:
        """Remove the chosen line's worksite or employer with what hangs off it; refused while someone is placed there."""
        from PySide6.QtWidgets import QMessageBox

        job = self.selected_job()
        if job is None:
            return False
        name = job.employer if kind == "employer" else job.worksite
        if not confirmed and QMessageBox.question(self, self.tr("Remove"), self.tr("Remove “%1” with its worksites and jobs?").replace(
                "%1", name)) != QMessageBox.StandardButton.Yes:
            return False
        if kind == "employer":
            remove, record_id = employers.remove_employer, job.employer_id
        else:
            remove, record_id = employers.remove_worksite, job.worksite_id
        return ops.apply(self.session, remove, record_id, on_result=lambda _: self._changed(), initiator=self,
                         on_invalid=lambda error: QMessageBox.warning(self, self.tr("Remove"), str(error)),
                         on_error=lambda error: QMessageBox.warning(self, self.tr("Remove"), str(error))
                         if isinstance(error, (NotAllowed, NotFound)) else ops.report(error))

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()


class RecordEditor(QDialog):
    """A small form over one employer, worksite or job; problems beside their fields, nothing half-written."""

    def __init__(self, title: str, fields, record, write, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.record, self.write = record, write
        layout = QVBoxLayout(self)
        self.form = Form()
        for field, label, widget in fields:
            self.form.add(field, label, widget)
        self.form.set_values({f: getattr(record, f) for f in self.form.widgets})
        self.loaded = self.form.values()
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self):
        self.form.clear_errors()
        try:
            values = self.form.values()
        except ValidationError as error:
            self.form.show_errors(error)
            return ops.REFUSED
        changes = {f: v for f, v in values.items() if v != self.loaded.get(f)}
        return ops.run(self.session, lambda: self.write(changes), on_result=lambda _: self.accept(), on_invalid=self.form.show_errors,
                       on_error=lambda error: refused_in_banner(self.form, error), initiator=self)


def refused_in_banner(form: Form, error: Exception) -> None:
    """Not allowed / not there: a sentence above the form; anything else through the calm error dialog."""
    if not isinstance(error, (NotAllowed, NotFound)):
        ops.report(error)
        return
    form.banner.setText(str(error))
    form.banner.show()
