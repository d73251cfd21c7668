"""Overview: the Career Plan table, case notes, plan agreement, assessments, desired career path and
accomplishments (seed 000, Overview). Goal dates here are derived from the steps by goals.list_goals."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.labels import label as value_label
from app.services import assessments, goals, messages, overview, participants, records
from ui import ops
from ui.forms import Form, MessageLabel
from ui.tabs.base import PairedRows, PlanTab, group, scrolled_body
from ui.widgets.row_table import Column, RowTable, RowTableModel, local_time

STATUS_COLORS = {"Off Track": "#b3261e", "Complete": "#1e7b34", "On Track": "#1a5fb4"}
BANNER_STYLE = "background: #fff4ce; border: 1px solid #e0c45c; border-radius: 4px; padding: 8px; color: #5c4400;"


def needs_agreement_banner(parent=None) -> QLabel:
    banner = MessageLabel("", parent)
    banner.setText("⚠  " + banner.tr("The plan changed (a new goal, or a goal off track): it needs the participant's agreement again."))
    banner.setWordWrap(True)
    banner.setStyleSheet(BANNER_STYLE)
    banner.setObjectName("needsAgreementBanner")
    banner.setAccessibleName(banner.tr("Plan needs agreement"))
    banner.hide()
    return banner


def career_plan_columns() -> list[Column]:
    """The Career Plan table's columns; built outside the tab, so the titles name its translation context."""
    translate = QCoreApplication.translate
    return [Column(translate("OverviewTab", "Goal"), lambda g: g.statement, stretch=True),
            Column(translate("OverviewTab", "Related Steps"), lambda g: g.related_steps, width=60, numeric=True),
            Column(translate("OverviewTab", "Category"), lambda g: g.category, label=True, width=145),
            Column(translate("OverviewTab", "Earliest Start"), lambda g: g.earliest_start, width=80),
            Column(translate("OverviewTab", "Latest Planned Due"), lambda g: g.latest_due, width=80),
            Column(translate("OverviewTab", "Status"), lambda g: g.status, label=True, width=80, color=lambda g: STATUS_COLORS.get(g.status))]


class OverviewTab(PlanTab):
    add_case_note_requested = Signal()
    record_agreement_requested = Signal()
    add_assessment_requested = Signal()
    show_accomplishment = Signal(str)  # "credentials" / "goals" / "services"
    edit_goal_requested = Signal(object)
    sign_requested = Signal()
    print_requested = Signal()
    plan_review_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.deliveries: dict[str, str] = {}  # case note id → its message's delivery ("queued (offline)", "sent"…)
        layout = scrolled_body(self)
        self.banner = needs_agreement_banner()
        layout.addWidget(self.banner)

        self.plan_model = RowTableModel(career_plan_columns(), self)
        self.plan_table = RowTable(self.plan_model, empty=self.tr("No goals yet — Ctrl+G adds one"), name=self.tr("Career Plan"))
        self.plan_table.setMinimumHeight(170)
        self.plan_table.view.activated_row.connect(self.edit_goal_requested)
        layout.addWidget(group(self.tr("Career Plan"), self.plan_table, name="careerPlan"))

        grid = QGridLayout()
        grid.setSpacing(12)
        layout.addLayout(grid)
        # case notes
        self.notes_model = RowTableModel([Column(self.tr("Contact date"), lambda n: n.contact_date, width=95),
                                          Column(self.tr("Subject"), lambda n: n.subject, stretch=True,
                                                 tip=lambda n: "\n\n".join(x for x in (n.subject, n.message, n.task and f"Task: {n.task}") if x)),
                                          Column(self.tr("How sent"), lambda n: n.delivery, label=True, width=130),
                                          Column(self.tr("Delivery"), lambda n: self.deliveries.get(n.id, ""), width=120),
                                          Column(self.tr("Two-way"), lambda n: n.two_way_contact, width=65)], self)
        self.notes_table = RowTable(self.notes_model, empty=self.tr("No case notes yet — Ctrl+N adds one"), name=self.tr("Case notes"))
        self.notes_table.setMinimumHeight(160)
        add_note = QPushButton(self.tr("Add case note…"))
        add_note.clicked.connect(self.add_case_note_requested)
        self.notes_box = group(self.tr("Case Notes"), self.notes_table, _buttons(add_note), name="caseNotes")
        grid.addWidget(self.notes_box, 0, 0, 1, 2)
        # plan agreement
        self.agreement_status = MessageLabel()
        self.agreement_status.setStyleSheet("font-weight: 600;")
        self.agreement_model = RowTableModel([Column(self.tr("Recorded"), lambda a: local_time(a.recorded_at).date(), width=80),
                                              Column(self.tr("Status"), lambda a: a.status, label=True, stretch=True),
                                              Column(self.tr("Note"), lambda a: a.note, width=90)], self)
        self.agreement_table = RowTable(self.agreement_model, empty=self.tr("No agreement recorded yet."), name=self.tr("Agreement history"))
        self.agreement_table.setMinimumHeight(120)
        record = QPushButton(self.tr("Record agreement…"))
        record.clicked.connect(self.record_agreement_requested)
        self.sign_button = QPushButton(self.tr("Sign the plan…"))
        self.sign_button.setToolTip(self.tr("The participant signs on screen (Ctrl+Shift+G)"))
        self.sign_button.clicked.connect(self.sign_requested)
        self.print_button = QPushButton(self.tr("Print Customer Copy…"))
        self.print_button.setToolTip(self.tr("Save the customer copy of the plan as a PDF (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_requested)
        review = QPushButton(self.tr("Record plan review…"))
        review.clicked.connect(self.plan_review_requested)
        agreement_box = group(self.tr("Latest Customer Goal/Plan Agreement"), self.agreement_status, self.agreement_table,
                              _buttons(record, self.sign_button), _buttons(self.print_button, review), name="agreement")
        # assessments
        self.assessment_model = RowTableModel([Column(self.tr("Assessment"), lambda a: a.name, stretch=True),
                                               Column(self.tr("Status"), lambda a: a.status, label=True, width=100),
                                               Column(self.tr("Completed"), lambda a: a.completed_on, width=90)], self)
        self.assessment_table = RowTable(self.assessment_model, empty=self.tr("No assessments listed."), name=self.tr("Assessments"))
        self.assessment_table.setMinimumHeight(130)
        add_assessment = QPushButton(self.tr("Add assessment…"))
        add_assessment.clicked.connect(self.add_assessment_requested)
        assessments_box = group(self.tr("Assessments"), self.assessment_table, _buttons(add_assessment), name="assessments")
        # desired career path + accomplishments
        path_box = QWidget()
        right = QVBoxLayout(path_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(12)
        self.path_form = Form()
        self.path_form.add("career_pathway", self.tr("Career pathway"), QLineEdit())
        self.path_form.add("occupation_1", self.tr("Occupation 1"), QLineEdit())
        self.path_form.add("occupation_2", self.tr("Occupation 2"), QLineEdit())
        wage = self.path_form.add("wage_goal", self.tr("Wage goal"), QDoubleSpinBox())
        wage.setRange(0, 500)
        wage.setDecimals(2)
        wage.setPrefix("$ ")
        wage.setSuffix(self.tr(" per hour"))
        wage.setSpecialValueText(self.tr("not set"))  # 0 means no wage goal (saved as empty)
        save_path = QPushButton(self.tr("Save career path"))
        save_path.clicked.connect(self.save_career_path)
        right.addWidget(group(self.tr("Desired Career Path"), self.path_form, _buttons(save_path), name="careerPath"))
        self.links: dict[str, QLabel] = {}
        links = QHBoxLayout()
        for key, title in (("credentials", self.tr("Earned credentials")), ("goals", self.tr("Completed goals")),
                           ("services", self.tr("Completed services"))):
            link = QLabel()
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setAlignment(Qt.AlignmentFlag.AlignCenter)
            link.setAccessibleName(title)
            link.setProperty("title", title)
            link.linkActivated.connect(lambda _href, k=key: self.show_accomplishment.emit(k))
            link.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            self.links[key] = link
            links.addWidget(link, 1)
        accomplishments_box = group(self.tr("Accomplishments"), links, name="accomplishments")
        self.paired = PairedRows(self, grid, 1, [(assessments_box, agreement_box), (path_box, accomplishments_box)])
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addStretch(1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.paired.fit()

    def refresh(self) -> None:
        ctx, pid = self.ctx, self.participant_id
        self.plan_model.set_rows(goals.list_goals(ctx, pid))
        notes = records.list_case_notes(ctx, pid)
        self.deliveries = messages.delivery_by_source(ctx, pid)
        self.notes_model.set_rows(notes)
        self.notes_box.setTitle(self.tr("Case Notes ({count})").format(count=len(notes)))
        history = records.agreement_history(ctx, pid)
        self.agreement_model.set_rows(history)
        participant = participants.get_participant(ctx, pid)
        self.banner.setVisible(participant.needs_agreement)
        self.agreement_status.setText(value_label(history[0].status) if history else self.tr("Unknown"))
        self.assessment_model.set_rows(assessments.list_assessments(ctx, pid))
        self.path_form.set_values({"career_pathway": participant.career_pathway, "occupation_1": participant.occupation_1,
                                   "occupation_2": participant.occupation_2, "wage_goal": participant.wage_goal or 0.0})
        figures = overview.accomplishments(ctx, pid)
        for key, count in (("credentials", figures.credentials), ("goals", figures.completed_goals), ("services", figures.completed_services)):
            link = self.links[key]
            link.setText(f"<a href='{key}' style='text-decoration:none'><span style='font-size:18pt; font-weight:600'>{count}</span></a>"
                         f"<br><span style='color:#5f6368'>{link.property('title')}</span>")

    def save_career_path(self) -> None:
        values = self.path_form.values()
        values["wage_goal"] = values["wage_goal"] or None
        self.path_form.clear_errors()
        ops.apply(self.session, participants.update_participant, self.participant_id, **values, on_invalid=self.path_form.show_errors)


def _buttons(*buttons) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
