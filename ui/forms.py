"""Forms built in code: a field is (name, label, widget); errors from a ValidationError appear
beside their field, in words, and the first bad field takes the focus.

    form = Form(self)
    form.add("statement", self.tr("Goal statement*"), QLineEdit())
    form.add("planned_start", self.tr("Planned start*"), DateField())
    ...
    try:
        goals.add_goal(ctx, pid, **form.values())
    except ValidationError as error:
        form.show_errors(error)
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.labels import label as value_label
from app.errors import Problems, ValidationError
from app.rules.values import parse_us_date

ERROR_STYLE = "color: #b3261e;"
#: the same red and the notes' grey for a dark palette (the light ones read poorly on a dark window)
DARK_ERROR_STYLE, NOTE_STYLE, DARK_NOTE_STYLE = "color: #ff8a80;", "color: #5f6368;", "color: #b0b4ba;"


def _dark() -> bool:
    from PySide6.QtWidgets import QApplication

    from ui.app import is_dark

    app = QApplication.instance()
    return app is not None and is_dark(app.palette())


def error_style() -> str:
    """A message's red, readable on the palette in use (light or dark desktop)."""
    return DARK_ERROR_STYLE if _dark() else ERROR_STYLE


def note_style() -> str:
    """A hint's grey, readable on the palette in use."""
    return DARK_NOTE_STYLE if _dark() else NOTE_STYLE


class MessageLabel(QLabel):
    """A word-wrapped message that grows to its text. A plain wrapped QLabel in a dialog is squeezed to
    one line (Qt's minimum size ignores height-for-width), cutting off two-line messages such as the
    6-month subsidy cap's: this one keeps its minimum height at what its width needs."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._fit()

    def clear(self) -> None:
        super().clear()
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.width() if self.isVisible() and self.width() > 0 else self.sizeHint().width()
        need = self.heightForWidth(width) if self.text() else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(need)


def error_label(name: str = "") -> MessageLabel:
    """A red message label that grows to its text (hidden until it has something to say)."""
    label = MessageLabel()
    label.setStyleSheet(error_style())
    label.hide()
    if name:
        label.setAccessibleName(name)
    return label


class DateField(QLineEdit):
    """A date typed as MM/DD/YYYY (or empty). `value()` raises ValidationError for a bad date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText("MM/DD/YYYY")
        self.setMaxLength(10)

    def set_value(self, value: dt.date | None) -> None:
        self.setText(value.strftime("%m/%d/%Y") if value else "")

    def value(self, field: str = "date", label: str = "Date") -> dt.date | None:
        problems = Problems()
        parsed = parse_us_date(self.text().strip(), field, label, problems)
        problems.raise_if_any()
        return parsed


class _TabInserter(QObject):
    """Ctrl+Tab in a multi-line field types a tab (Tab itself moves on to the next field)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier and not watched.isReadOnly()):
            watched.insertPlainText("\t")
            return True
        return False


_TAB_INSERTER: _TabInserter | None = None


def multi_line(widget: QPlainTextEdit) -> QPlainTextEdit:
    """A multi-line field a keyboard user can leave: Tab and Shift+Tab move the focus, Ctrl+Tab types a tab."""
    global _TAB_INSERTER
    if _TAB_INSERTER is None:
        _TAB_INSERTER = _TabInserter()
    widget.setTabChangesFocus(True)
    widget.installEventFilter(_TAB_INSERTER)
    return widget


def search_field(placeholder: str, name: str) -> QLineEdit:
    """A search-as-you-type box: placeholder saying what it searches, a clear button, an accessible name."""
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    field.setAccessibleName(name)
    return field


def read_widget(widget: QWidget, field: str, label: str):
    if isinstance(widget, DateField):
        return widget.value(field, label.rstrip("*:"))
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if data is not None else widget.currentText()
    return shown_value(widget)


def shown_value(widget: QWidget):
    """What a field shows, unparsed (a half-typed date is still text): compared to tell typing from loading."""
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(f"no shown value for {type(widget).__name__}")


def write_widget(widget: QWidget, value) -> None:
    if isinstance(widget, DateField):
        widget.set_value(value)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0:
            index = widget.findText(str(value or ""))
        widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.setValue(value or 0)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))


class Form(QWidget):
    """A QFormLayout whose rows know their field names and show their own error line."""

    def __init__(self, parent=None, table: str = ""):
        super().__init__(parent)
        #: the synced table the fields belong to: each line edit then carries its column's maximum length
        self.table = table
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = error_label("Form errors")
        outer.addWidget(self.banner)
        self.layout_ = QFormLayout()
        outer.addLayout(self.layout_)
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, field: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = error_label(f"{label.rstrip('*:')} error")
        box.addWidget(error)
        self.layout_.addRow(label, holder)
        if isinstance(widget, QPlainTextEdit):
            multi_line(widget)
        widget.setAccessibleName(label.rstrip("*:"))
        if self.table and type(widget) is QLineEdit and widget.maxLength() == QLineEdit().maxLength():
            from app.rules.schema import text_limit  # reads the models: only once a form names its table

            limit = text_limit(self.table, field)
            if limit:
                widget.setMaxLength(limit)
        self.widgets[field], self.labels[field], self.errors[field] = widget, label, error
        return widget

    def values(self, fields: list[str] | None = None) -> dict:
        """Read every field; a badly typed date raises ValidationError naming its field."""
        values, problems = {}, []
        for field in fields or list(self.widgets):
            try:
                values[field] = read_widget(self.widgets[field], field, self.labels[field])
            except ValidationError as error:
                problems.extend(error.problems)
        if problems:
            raise ValidationError(problems)
        return values

    def shown_values(self) -> dict:
        """Every field as shown, without parsing or raising: equal before and after loading the same values."""
        return {field: shown_value(widget) for field, widget in self.widgets.items()}

    def set_values(self, values: dict) -> None:
        for field, value in values.items():
            if field in self.widgets:
                write_widget(self.widgets[field], value)

    def clear_errors(self) -> None:
        self.banner.hide()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_errors(self, error: ValidationError) -> None:
        self.clear_errors()
        stray, first = [], None
        for problem in error.problems:
            label = self.errors.get(problem.field.split("[")[0].split("@")[0])
            if label is None:
                stray.append(problem.message)
                continue
            label.setText((label.text() + "\n" if label.text() else "") + problem.message)
            label.show()
            first = first or self.widgets[problem.field.split("[")[0].split("@")[0]]
        if stray:
            self.banner.setText("\n".join(stray))
            self.banner.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        label = self.errors[field]
        return label.text() if not label.isHidden() else ""


def combo(items, current=None) -> QComboBox:
    """A combo box of (label, value) pairs or plain strings. A plain string is a stored value: it shows as
    its label in the UI language (app.labels: "On Track" reads "En camino") and is the item's data."""
    box = QComboBox()
    for item in items:
        label, value = item if isinstance(item, tuple) else (value_label(item), item)
        box.addItem(label, value)
    if current is not None:
        write_widget(box, current)
    return box


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)
