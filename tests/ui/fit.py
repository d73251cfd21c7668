"""What a caseworker would see cut off: a visible label, button or table header section narrower (or, for
wrapped text, lower) than its text needs. Elided labels show their whole text in a tooltip and are fine."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QCheckBox, QHeaderView, QLabel, QRadioButton, QTableView, QWidget

from ui.widgets.elided_label import ElidedLabel


def _seen(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0 and widget.window() is top


def clipped(top: QWidget) -> list[str]:
    found = []
    for label in top.findChildren(QLabel):
        if not _seen(label, top) or not label.text() or isinstance(label, ElidedLabel) or label.parent().inherits("QTabBar"):
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                found.append(f"label {label.text()[:40]!r}: {label.height()} of {need} px high")
        elif label.textFormat() != label.textFormat().RichText and "<" not in label.text():
            hint = label.sizeHint()
            if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
                found.append(f"label {label.text()[:40]!r}: {label.width()}×{label.height()} of {hint.width()}×{hint.height()}")
    for button in top.findChildren(QAbstractButton):
        if not _seen(button, top) or not button.text() or button.parent().inherits("QTabBar"):
            continue
        hint = button.sizeHint()
        if isinstance(button, (QCheckBox, QRadioButton)):  # its indicator takes room beside the text: the hint is exact
            if hint.width() > button.width() + 1:
                found.append(f"check box {button.text()!r}: {button.width()} of {hint.width()} px wide")
        elif button.fontMetrics().horizontalAdvance(button.text().replace("&", "")) > button.width():
            found.append(f"button {button.text()!r}: {button.width()} of {hint.width()} px wide")
    for view in top.findChildren(QTableView):
        if not _seen(view, top):
            continue
        header: QHeaderView = view.horizontalHeader()
        model = view.model()
        if model is None:
            continue
        metrics = header.fontMetrics()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            title = str(model.headerData(section, header.orientation()) or "")
            need = max(metrics.horizontalAdvance(line) for line in title.splitlines() or [""]) + 8
            if title and header.sectionSize(section) < need:
                found.append(f"header {title!r} of {view.accessibleName() or view.objectName()}: {header.sectionSize(section)} of {need} px")
    return found


def side_scrolling(top) -> list[str]:
    """Every visible scroll area of `top` (tables, scroll areas) that shows a horizontal scroll bar."""
    found = []
    for area in top.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.window() is top and area.horizontalScrollBar().isVisible():
            found.append(f"{type(area).__name__} {area.accessibleName() or area.objectName()!r}: {area.horizontalScrollBar().maximum()}")
    return found
