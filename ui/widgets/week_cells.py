"""The 7-day entry grid of an attendance week, without any service call.

Kept apart from `attendance_grid.py` so group attendance can show one per participant and save
them all in one transaction. Times are typed the way people say them ("9", "930", "9:30a",
"1:15p"); a cell shows the normalized time ("9:30 AM") once you leave it. Hours are computed live
with the same rule the service uses (`app.rules.attendance.day_hours`), and problems are the rule's
own messages (`normalize_week`), so the grid never disagrees with what Save will say.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.errors import FieldError, ValidationError
from app.rules.attendance import TIME_FIELDS, DayEntry, day_hours, normalize_week
from app.rules.values import format_duration, format_time, parse_duration, parse_time

BAD_CELL = "QLineEdit, QCheckBox { border: 1px solid #b3261e; background: #fdecea; }"
ERROR_STYLE = "color: #b3261e;"
TIME_WIDTH = 92
MAKEUP_TIP = "Minutes (45) or hours:minutes (1:30)"


def day_key(day: dt.date) -> str:
    """How rules name a day in field names: `check_out[Mon 11/16]`."""
    return day.strftime("%a %m/%d")


class DayRow:
    """The widgets of one day: four time cells, Absent, make-up time and the computed hours."""

    def __init__(self, grid: "WeekCells", day: dt.date):
        self.day = day
        long_day = f"{day:%A} {day:%m/%d/%Y}"
        self.label = QLabel(f"{day:%a} {day:%m/%d}")
        self.label.setToolTip(long_day)
        self.times: dict[str, QLineEdit] = {}
        for field, label in TIME_FIELDS:
            cell = QLineEdit()
            cell.setFixedWidth(TIME_WIDTH)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setAccessibleName(f"{label}, {long_day}")
            cell.setPlaceholderText("–")
            self.times[field] = cell
        self.absent = QCheckBox()
        self.absent.setAccessibleName(f"Absent, {long_day}")
        self.makeup = QLineEdit()
        self.makeup.setFixedWidth(70)
        self.makeup.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.makeup.setAccessibleName(f"Make-up time, {long_day}")
        self.makeup.setToolTip(MAKEUP_TIP)
        self.hours = QLabel("")
        self.hours.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hours.setAccessibleName(f"Hours, {long_day}")
        self.hours.setMinimumWidth(50)

    def cells(self) -> dict[str, QWidget]:
        return {**self.times, "absent": self.absent, "makeup_minutes": self.makeup}

    def set_entry(self, entry: DayEntry) -> None:
        for field, cell in self.times.items():
            cell.setText(format_time(getattr(entry, field)))
        self.absent.setChecked(entry.absent)
        self.makeup.setText(format_duration(entry.makeup_minutes))

    def raw(self) -> dict:
        minutes = parse_duration(self.makeup.text())
        return {
            "day": self.day,
            **{f: c.text().strip() for f, c in self.times.items()},
            "absent": self.absent.isChecked(),
            "makeup_minutes": minutes if minutes is not None else 0,
        }

    def is_blank(self, field: str) -> bool:
        if field == "absent":
            return not self.absent.isChecked()
        cell = self.cells().get(field)
        return cell is None or not cell.text().strip()


class WeekCells(QWidget):
    """Seven rows Sunday–Saturday × check-in, lunch start, lunch end, check-out, Absent, make-up, hours."""

    hours_changed = Signal(float)
    edited = Signal()  # the person changed something since the week was loaded

    def __init__(self, sunday: dt.date, start: dt.date | None, end: dt.date | None, parent=None):
        super().__init__(parent)
        self.sunday, self.start, self.end = sunday, start, end
        self.setAccessibleName(self.tr("Attendance week of %s") % f"{sunday:%m/%d/%Y}")
        self.read_only = False
        self.dirty = False
        self._shown: list[FieldError] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        # the rule's TIME_FIELDS give the order; the titles are written here so lupdate finds them
        times = {"check_in": self.tr("Check-in"), "lunch_start": self.tr("Lunch start"), "lunch_end": self.tr("Lunch end"), "check_out": self.tr("Check-out")}
        headers = [self.tr("Day"), *[times[field] for field, _ in TIME_FIELDS], self.tr("Absent"), self.tr("Make-up"), self.tr("Hours")]
        for col, text in enumerate(headers):
            head = QLabel(f"<b>{text}</b>")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter if 0 < col < 7 else Qt.AlignmentFlag.AlignLeft)
            if col == 7:
                head.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(head, 0, col)
        self.rows: list[DayRow] = []
        for i in range(7):
            row = DayRow(self, sunday + dt.timedelta(days=i))
            grid.addWidget(row.label, i + 1, 0)
            for col, cell in enumerate(row.times.values(), start=1):
                grid.addWidget(cell, i + 1, col)
            grid.addWidget(row.absent, i + 1, 5, alignment=Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(row.makeup, i + 1, 6)
            grid.addWidget(row.hours, i + 1, 7)
            self._wire(row)
            self.rows.append(row)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Week total hours"))
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        week_total = self.tr("Week total")
        grid.addWidget(QLabel(f"<b>{week_total}</b>"), 8, 0, 1, 3)
        grid.addWidget(self.total, 8, 6, 1, 2)
        grid.setColumnStretch(8, 1)
        layout.addLayout(grid)
        self.message = QLabel()
        self.message.hide()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Attendance problems"))
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._chain_tab_order()
        self._apply_enabled()
        self.refresh()

    # -- building ---------------------------------------------------------------------------------
    def _wire(self, row: DayRow) -> None:
        for cell in (*row.times.values(), row.makeup):
            cell.textEdited.connect(lambda _text, r=row: self._edited(typing=True))
            cell.editingFinished.connect(lambda c=cell, r=row: self._normalize(r, c))
            cell.installEventFilter(self)
        row.absent.toggled.connect(lambda _on: self.refresh())
        row.absent.clicked.connect(lambda _on: self._edited())

    def _edited(self, typing: bool = False) -> None:
        self.refresh(typing=typing)
        if not self.dirty:
            self.dirty = True
            self.edited.emit()

    def _chain_tab_order(self) -> None:
        order = [w for row in self.rows for w in row.cells().values()]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def _apply_enabled(self) -> None:
        for row in self.rows:
            inside = bool(self.start and self.end and self.start <= row.day <= self.end)
            for cell in row.cells().values():
                cell.setEnabled(inside and not self.read_only)
            row.label.setEnabled(inside)
            if not inside:
                row.label.setToolTip(self.tr("Outside the service dates"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab normalizes the cell and moves along the row; Up/Down and Enter move to the same
        column of the previous/next day."""
        if event.type() == QEvent.Type.KeyPress:
            moves = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, *moves):
                for index, row in enumerate(self.rows):
                    for field, cell in row.cells().items():
                        if cell is watched:
                            self._normalize(row, cell)
                            if event.key() in moves:
                                step = -1 if event.key() == Qt.Key.Key_Up else 1
                                self._focus_near(index + step, field, step)
                                return True
        return super().eventFilter(watched, event)

    def _focus_near(self, index: int, field: str, step: int) -> None:
        while 0 <= index < 7:
            cell = self.rows[index].cells()[field]
            if cell.isEnabled():
                cell.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(cell, QLineEdit):
                    cell.selectAll()
                return
            index += step

    # -- values -----------------------------------------------------------------------------------
    def set_entries(self, entries: list[DayEntry]) -> None:
        by_day = {e.day: e for e in entries}
        for row in self.rows:
            row.set_entry(by_day.get(row.day, DayEntry(row.day)))
        self.dirty = False
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._apply_enabled()

    def raw_days(self) -> list[dict]:
        """The typed week as `attendance.save_week` takes it (disabled days are sent blank)."""
        return [row.raw() for row in self.rows]

    def cell(self, field: str, weekday: int) -> QWidget:
        """The cell of `field` on day `weekday` (0 = Sunday): for tests and for focus."""
        return self.rows[weekday].cells()[field]

    def total_hours(self) -> float:
        problems = self.problems()
        return round(sum(self._hours(row, problems) or 0.0 for row in self.rows), 2)

    # -- checking ---------------------------------------------------------------------------------
    def problems(self) -> list[FieldError]:
        """Every problem of the week, in the rule's words (what Save would refuse)."""
        found = []
        for row in self.rows:
            if parse_duration(row.makeup.text()) is None:
                found.append(FieldError(f"makeup_minutes[{day_key(row.day)}]", self.tr("Make-up time on %s: “%s” is not minutes or h:mm (try 45 or 1:30).") % (day_key(row.day), row.makeup.text())))
        if self.start and self.end:
            try:
                normalize_week(self.raw_days(), self.sunday, self.start, self.end)
            except ValidationError as error:
                found.extend(error.problems)
        return found

    def _hours(self, row: DayRow, problems: list[FieldError]) -> float | None:
        """Hours of a day, or None while the day has a problem on a filled cell (bad or out-of-order time)."""
        key = f"[{day_key(row.day)}]"
        if any(p.field.endswith(key) and not row.is_blank(p.field.split("[")[0]) for p in problems):
            return None
        times = {f: parse_time(c.text()) or "" for f, c in row.times.items()}
        return day_hours(DayEntry(row.day, absent=row.absent.isChecked(), makeup_minutes=parse_duration(row.makeup.text()) or 0, **times))

    def refresh(self, typing: bool = False) -> None:
        """Recompute every day's hours and the week total, and mark problems on filled cells.

        While typing, the cell being typed into is not marked yet ("9:3" is on its way to "9:30").
        """
        problems = self.problems()
        total = 0.0
        for row in self.rows:
            hours = self._hours(row, problems)
            total += hours or 0.0
            text = "—" if hours is None else (f"{hours:.2f}" if hours else "")
            if row.hours.text() != text:
                row.hours.setText(text)
        total = round(total, 2)
        total_text = self.tr("%s h") % f"{total:.2f}"
        if self.total.text() != total_text:
            self.total.setText(total_text)
        focused = self.focusWidget() if typing else None
        visible = []
        for problem in problems:
            row, field = self._locate(problem)
            if row is not None and not row.is_blank(field) and row.cells().get(field) is not focused:
                visible.append(problem)
        self.show_problems(visible)
        self.hours_changed.emit(total)

    def _normalize(self, row: DayRow, cell: QLineEdit) -> None:
        if not isValid(self) or not self.isVisible():  # focus leaving a cell while the window closes
            return
        if cell is row.makeup:
            minutes = parse_duration(cell.text())
            if minutes is not None:
                cell.setText(format_duration(minutes))
        else:
            parsed = parse_time(cell.text())
            if parsed:
                cell.setText(format_time(parsed))
        self.refresh()

    def _locate(self, problem: FieldError) -> tuple[DayRow | None, str]:
        field, _, rest = problem.field.partition("[")
        key = rest.split("]")[0]
        for row in self.rows:
            if day_key(row.day) == key:
                return row, field
        return None, field

    def show_problems(self, problems: list[FieldError]) -> None:
        """Mark each problem's cell (message as tooltip) and list the messages under the grid."""
        messages: dict[QWidget, list[str]] = {}
        for problem in problems:
            row, field = self._locate(problem)
            cell = row.cells().get(field) if row else None
            if cell is not None:
                messages.setdefault(cell, []).append(problem.message)
        for row in self.rows:
            for cell in row.cells().values():
                texts = messages.get(cell)
                style = BAD_CELL if texts else ""
                tip = "\n".join(texts) if texts else (MAKEUP_TIP if cell is row.makeup else "")
                if cell.styleSheet() != style:  # restyling 42 cells per keystroke is what costs
                    cell.setStyleSheet(style)
                if cell.toolTip() != tip:
                    cell.setToolTip(tip)
        self._shown = list(problems)
        text = "\n".join(dict.fromkeys(p.message for p in problems))
        if self.message.text() != text:
            self.message.setText(text)
            self.message.setVisible(bool(problems))

    def message_text(self) -> str:
        return self.message.text() if self._shown else ""
