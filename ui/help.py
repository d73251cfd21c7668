"""F1: a short built-in guide to the tab in front (the seeds' "Related Instructions"): what the tab is
for and its shortcuts. Help ▸ About Fieldplan stays beside it in the Help menu."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

_CONTEXT = "Guide"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def guides() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(tab, what it is for, [(keys, what they do)]) in the order of the plan tabs."""
    return [
        (_tr("Overview"),
         _tr("The career plan at a glance: goals and their steps, case notes, assessments and the Customer Goal/Plan "
             "Agreement. Record the agreement after the participant agreed to a new or changed goal."),
         [("Ctrl+G", _tr("New goal")), ("Ctrl+N", _tr("New case note")), ("Ctrl+Shift+A", _tr("Record plan agreement")),
          ("Ctrl+Shift+G", _tr("The participant signs on screen")), ("Ctrl+P", _tr("Print Customer Copy (PDF)"))]),
        (_tr("1. Review Assessment"),
         _tr("Step 1: conduct and review the assessments, summarize their results and record results of assessments "
             "done elsewhere. Use them to discuss and develop goals with the participant."),
         [("Tab / Shift+Tab", _tr("Move between fields; Ctrl+Tab types a tab in a text box"))]),
        (_tr("2. Set Goals"),
         _tr("Step 2: the participant's immediate, 1-year and long-term goals. A goal that is added or marked Off Track "
             "needs the participant's agreement to the update."),
         [("Ctrl+G", _tr("New goal")), ("Ctrl+E", _tr("Edit the selected goal"))]),
        (_tr("3. Add Steps/Services"),
         _tr("Step 3: the steps/services that reach each goal, with provider, planned start and end dates and weekly "
             "hours; open a step to record attendance, credentials, status and worksite placements."),
         [("Ctrl+Shift+S", _tr("Add the selected step/service to a goal")), ("Ctrl+Shift+E", _tr("Open the selected step")),
          ("Enter", _tr("Open the selected step"))]),
        (_tr("Outcomes"),
         _tr("Measurable skill gains, credentials, employment and success stories; the exit from the program."),
         []),
        (_tr("Update Log"),
         _tr("Who changed what and when, uploads, and conflicts from sync that wait for a choice."),
         [("F7", _tr("Resolve conflicts")), ("Ctrl+U", _tr("Upload a file"))]),
    ]


COMMON = [("F1", "This guide"), ("Ctrl+F", "Find a participant"), ("Ctrl+1 … Ctrl+6", "Show a plan tab"), ("F5", "Refresh"),
          ("F6", "Sync now"), ("Ctrl+L", "Lock"), ("Esc", "Close a dialog (asks first if you typed something)")]


def guide_html(index: int) -> str:
    all_guides = guides()
    title, purpose, keys = all_guides[max(0, min(index, len(all_guides) - 1))]
    rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{w}</td></tr>" for k, w in keys + [(k, _tr(w)) for k, w in COMMON])
    return (f"<h3>{title}</h3><p>{purpose}</p><p><b>{_tr('Shortcuts')}</b></p><table>{rows}</table>"
            f"<p>{_tr('Help ▸ About Fieldplan shows the version and where this profile lives.')}</p>")


class GuideDialog(QDialog):
    def __init__(self, index: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Guide — {title}").format(title=guides()[max(0, min(index, len(guides()) - 1))][0]))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setHtml(guide_html(index))
        self.text.setMinimumSize(440, 320)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
