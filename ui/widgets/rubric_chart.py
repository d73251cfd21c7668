"""A stacked bar per ISTEP rubric category: how many participants are Below / Meets / Exceeds.

Drawn with QPainter: QtCharts is not part of PySide6-Essentials, and three colours per row need
no chart library.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.labels import label as value_label
from app.rubric import LEVELS

COLORS = {"Below": QColor("#c0392b"), "Meets": QColor("#f1c40f"), "Exceeds": QColor("#27ae60")}


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

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = max([metrics.horizontalAdvance(c) for c in self.counts] or [0]) + 12
        bar_left, bar_width = label_width, max(40, self.width() - label_width - 12)
        y = 8
        for category, levels in self.counts.items():
            total = sum(levels.values()) or 1
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_width - 6, 22), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             value_label(category))
            x = float(bar_left)
            for level in LEVELS:
                n = levels.get(level, 0)
                if not n:
                    continue
                width = bar_width * n / total
                rect = QRectF(x, y, width, 22)
                painter.fillRect(rect, COLORS[level])
                if metrics.horizontalAdvance(str(n)) + 4 < width:
                    painter.setPen(QColor("white") if level != "Meets" else QColor("black"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
                x += width
            y += 30
        legend_x = float(bar_left)
        for level in LEVELS:
            painter.fillRect(QRectF(legend_x, y + 4, 12, 12), COLORS[level])
            painter.setPen(self.palette().text().color())
            text = value_label(level)
            painter.drawText(QRectF(legend_x + 16, y, 120, 20), Qt.AlignmentFlag.AlignVCenter, text)
            legend_x += 28 + metrics.horizontalAdvance(text)
        painter.end()
