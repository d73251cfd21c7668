"""A stacked bar per ISTEP rubric category: how many participants are Below / Meets / Exceeds.

Drawn with QPainter: QtCharts is not part of PySide6-Essentials, and three colours per row need
no chart library.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.labels import label as value_label
from app.rubric import LEVELS

COLORS = {"Below": QColor("#c0392b"), "Meets": QColor("#f1c40f"), "Exceeds": QColor("#27ae60")}
#: drawn over a level's colour, in the bars and the legend alike: a segment reads without telling red from
#: green (issue 16: colour is never the only signal), as do the level's name and count written in it
PATTERNS = {"Below": Qt.BrushStyle.BDiagPattern, "Exceeds": Qt.BrushStyle.Dense6Pattern}


def _fill(painter: QPainter, rect: QRectF, level: str) -> None:
    painter.fillRect(rect, COLORS[level])
    if level in PATTERNS:
        painter.fillRect(rect, QBrush(QColor(255, 255, 255, 110), PATTERNS[level]))


class RubricChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts: dict[str, dict[str, int]] = {}
        self.setAccessibleName(self.tr("Rubric levels across the caseload"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_counts(self, counts: dict[str, dict[str, int]]) -> None:
        self.counts = counts
        self.setAccessibleDescription("; ".join(f"{c}: " + ", ".join(f"{lvl} {n}" for lvl, n in levels.items()) for c, levels in counts.items()))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(560, 40 + 30 * max(1, len(self.counts)))

    def segments(self, metrics) -> list[tuple[QRectF, str, str]]:
        """Each bar's segments as (rect, level, the text written in it: "Below 3", or "3" where the name does not fit)."""
        label_width = max([metrics.horizontalAdvance(value_label(c)) for c in self.counts] or [0]) + 12
        bar_left, bar_width = label_width, max(40, self.width() - label_width - 12)
        found, y = [], 8
        for levels in self.counts.values():
            total = sum(levels.values()) or 1
            x = float(bar_left)
            for level in LEVELS:
                n = levels.get(level, 0)
                if not n:
                    continue
                width = bar_width * n / total
                named = f"{value_label(level)} {n}"
                text = named if metrics.horizontalAdvance(named) + 8 < width else str(n)
                found.append((QRectF(x, y, width, 22), level, text if metrics.horizontalAdvance(text) + 4 < width else ""))
                x += width
            y += 30
        return found

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = max([metrics.horizontalAdvance(value_label(c)) for c in self.counts] or [0]) + 12
        painter.setPen(self.palette().text().color())
        for row, category in enumerate(self.counts):
            painter.drawText(QRectF(0, 8 + 30 * row, label_width - 6, 22), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, value_label(category))
        for rect, level, text in self.segments(metrics):
            _fill(painter, rect, level)
            if text:
                painter.setPen(QColor("white") if level != "Meets" else QColor("black"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        legend_x, y = float(label_width), 8 + 30 * len(self.counts)
        for level in LEVELS:
            _fill(painter, QRectF(legend_x, y + 3, 14, 14), level)
            painter.setPen(self.palette().text().color())
            text = value_label(level)
            painter.drawText(QRectF(legend_x + 18, y, 120, 20), Qt.AlignmentFlag.AlignVCenter, text)
            legend_x += 30 + metrics.horizontalAdvance(text)
        painter.end()
