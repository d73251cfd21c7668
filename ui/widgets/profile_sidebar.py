"""The participant profile side bar, visible on every plan tab (seed 000: "Profile … located on the
left-hand side bar of all participant career plan pages").

Its width is fixed, so longer words (Spanish, issue 15) have to fit inside it: a field's name wraps within
the names' column, a value whose longest word would not fit beside its name (an e-mail address) goes on
its own line under the name, and the body's height follows what the wrapped text needs."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app import domain
from app.labels import label as value_label
from ui.widgets.row_table import show_value


#: the names' column takes at most this share of the side bar's width; longer names wrap
NAME_SHARE = 0.42
WIDTH = 262


class ProfileSidebar(QScrollArea):
    #: the Edit button: every field of the profile, the contacts, the status, a transfer (issue 12)
    edit_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedWidth(WIDTH)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Participant profile"))
        self.setObjectName("profileSidebar")
        body = QWidget()
        body.setObjectName("profileBody")
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(12, 10, 12, 10)
        self.layout_.setSpacing(4)
        self.setWidget(body)
        self.values: dict[str, QLabel] = {}
        #: key → (its section's grid, its row, name label): where a value goes beside or under its name
        self.rows: dict[str, tuple[QGridLayout, int, QLabel]] = {}
        self.grids: list[QGridLayout] = []
        self.title = QLabel()
        self.title.setObjectName("profileName")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #5f6368;")
        self.subtitle.setWordWrap(True)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.subtitle)
        self.edit_button = QPushButton(self.tr("Edit profile…"))
        self.edit_button.setToolTip(self.tr("Correct the profile, the contacts, the enrollment status; transfer (Ctrl+Shift+P)"))
        self.edit_button.setAccessibleName(self.tr("Edit profile"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.edit_button.setVisible(session.user.role != "participant")
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch(1)
        self.layout_.addLayout(edit_row)
        self._section(self.tr("Identity"), [("legal", self.tr("Legal name")), ("preferred", self.tr("Preferred name")),
                                            ("birth", self.tr("Date of birth")), ("ssn", self.tr("Last 4 SSN")),
                                            ("number", self.tr("Individual #")), ("username", self.tr("User name"))])
        self._section(self.tr("Contact"), [("email", self.tr("Email")), ("phone", self.tr("Phone/text")),
                                           ("address", self.tr("Address")), ("social", self.tr("Social media")),
                                           ("contacts", self.tr("Other contacts"))])
        self._section(self.tr("Program"), [("program", self.tr("Program")), ("status", self.tr("Enrollment")),
                                           ("planner", self.tr("Career planner")), ("organization", self.tr("Organization"))])
        self._section(self.tr("Dates"), [("applied", self.tr("Application")), ("eligible", self.tr("Eligibility")),
                                         ("enrolled", self.tr("Enrollment")), ("recert", self.tr("Recertification")),
                                         ("review", self.tr("Last plan review"))])
        self.layout_.addStretch(1)
        self._size_names()

    def _content_width(self) -> int:
        """The body's width inside its margins, with room for the vertical scroll bar whether it shows or not."""
        margins = self.layout_.contentsMargins()
        return WIDTH - self.verticalScrollBar().sizeHint().width() - margins.left() - margins.right()

    def _size_names(self) -> None:
        """One names' column for every section: as wide as the longest name, at most NAME_SHARE of the width
        (but never narrower than a name's longest word); longer names wrap."""
        names = [name for _grid, _row, name in self.rows.values()]
        metrics = names[0].fontMetrics()
        natural = max(metrics.horizontalAdvance(n.text()) for n in names)
        longest_word = max(metrics.horizontalAdvance(w) for n in names for w in n.text().split())
        self.name_width = max(longest_word, min(natural, int(self._content_width() * NAME_SHARE)))
        for grid in self.grids:
            grid.setColumnMinimumWidth(0, self.name_width)
        for name in names:
            name.setMaximumWidth(self.name_width)

    def _place_values(self) -> None:
        """Each value beside its name, or under it (across both columns) when its longest word does not fit."""
        beside = self._content_width() - self.name_width - self.grids[0].horizontalSpacing()
        for key, (grid, row, _name) in self.rows.items():
            value = self.values[key]
            metrics = value.fontMetrics()
            longest = max((metrics.horizontalAdvance(w) for w in value.text().split()), default=0)
            grid.removeWidget(value)
            if longest <= beside:
                grid.addWidget(value, row, 1)
            else:
                grid.addWidget(value, row + 1, 0, 1, 2)
        self._fit_height()

    def _fit_height(self) -> None:
        """QScrollArea sizes its widget before the scroll bar takes its width, so wrapped rows came out too low
        (each label a few pixels short): the body asks for the height its text needs at its real width."""
        body = self.widget()
        width = self.viewport().width()
        body.setMinimumHeight(self.layout_.totalHeightForWidth(width) if self.layout_.hasHeightForWidth() else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_height()

    def _section(self, title: str, rows) -> None:
        heading = QLabel(title.upper())
        heading.setStyleSheet("color: #1a5fb4; font-weight: 600; font-size: 8pt; margin-top: 10px;")
        self.layout_.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        for r, (key, label) in enumerate(rows):
            name = QLabel(label)
            name.setStyleSheet("color: #5f6368;")
            name.setWordWrap(True)
            name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            grid.addWidget(name, 2 * r, 0)  # row 2r + 1: the value when it goes under its name
            grid.addWidget(value, 2 * r, 1)
            self.values[key] = value
            self.rows[key] = (grid, 2 * r, name)
        grid.setColumnStretch(1, 1)
        self.grids.append(grid)
        self.layout_.addLayout(grid)

    def show_participant(self, participant, row, contacts, planner) -> None:
        """`row` is the CaseloadRow (organization and planner names), `planner` the User or None."""
        p = participant
        legal = f"{p.first_name} {p.last_name}"
        self.title.setText(p.preferred_name and f"{p.preferred_name} {p.last_name}" or legal)
        self.subtitle.setText(f"{domain.plan_type(p.program)} · {value_label(p.program)} · {value_label(p.enrollment_status)}")
        address = ", ".join(x for x in (p.address, " ".join(y for y in (p.city, p.state, p.zip) if y)) if x)
        planner_text = "—"
        if planner is not None:
            planner_text = "\n".join(x for x in (planner.full_name, planner.email, planner.phone) if x)
        values = {
            "legal": legal, "preferred": p.preferred_name, "birth": show_value(p.birth_date), "ssn": f"•••-••-{p.ssn_last4}" if p.ssn_last4 else "",
            "number": p.individual_number, "username": p.username, "email": p.email, "phone": p.phone, "address": address,
            "contacts": "\n".join(f"{c.name}" + (f" ({c.relationship})" if c.relationship else "") + (f" {c.phone or c.email}") for c in contacts),
            "social": p.social_media,
            "program": self.tr("{program} — plan type {plan_type}").format(program=value_label(p.program), plan_type=domain.plan_type(p.program)),
            "status": value_label(p.enrollment_status),
            "planner": planner_text, "organization": row.organization if row else "",
            "applied": show_value(p.application_date), "eligible": show_value(p.eligibility_date),
            "enrolled": show_value(p.program_enrollment_date), "recert": show_value(p.recertification_date),
            "review": show_value(p.last_plan_review),
        }
        for key, label in self.values.items():
            label.setText(values.get(key) or "—")
        self._place_values()
