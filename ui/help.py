"""F1: a short built-in guide to the tab in front (the seeds' "Related Instructions"): what the tab is
for and its shortcuts. Help ▸ About Fieldplan stays beside it in the Help menu."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

_CONTEXT = "Guide"


def _tr(text: str) -> str:
    """A text marked below with its literal (translate("Guide", …) / QT_TRANSLATE_NOOP), for lupdate."""
    return QCoreApplication.translate(_CONTEXT, text)


def guides() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(tab, what it is for, [(keys, what they do)]) in the order of the plan tabs."""
    translate = QCoreApplication.translate
    return [
        (translate("Guide", "Overview"),
         translate("Guide", "The career plan at a glance: goals and their steps, case notes, assessments and the Customer Goal/Plan "
                            "Agreement. Record the agreement after the participant agreed to a new or changed goal."),
         [("Ctrl+G", translate("Guide", "New goal")), ("Ctrl+N", translate("Guide", "New case note")),
          ("Ctrl+Shift+A", translate("Guide", "Record plan agreement")),
          ("Ctrl+Shift+G", translate("Guide", "The participant signs on screen")),
          ("Ctrl+P", translate("Guide", "Print Customer Copy (PDF)"))]),
        (translate("Guide", "1. Review Assessment"),
         translate("Guide", "Step 1: conduct and review the assessments, summarize their results and record results of assessments "
                            "done elsewhere. Use them to discuss and develop goals with the participant."),
         [("Tab / Shift+Tab", translate("Guide", "Move between fields; Ctrl+Tab types a tab in a text box"))]),
        (translate("Guide", "2. Set Goals"),
         translate("Guide", "Step 2: the participant's immediate, 1-year and long-term goals. A goal that is added or marked Off Track "
                            "needs the participant's agreement to the update."),
         [("Ctrl+G", translate("Guide", "New goal")), ("Ctrl+E", translate("Guide", "Edit the selected goal"))]),
        (translate("Guide", "3. Add Steps/Services"),
         translate("Guide", "Step 3: the steps/services that reach each goal, with provider, planned start and end dates and weekly "
                            "hours; open a step to record attendance, credentials, status and worksite placements."),
         [("Ctrl+Shift+S", translate("Guide", "Add the selected step/service to a goal")),
          ("Ctrl+Shift+E", translate("Guide", "Open the selected step")),
          ("Enter", translate("Guide", "Open the selected step"))]),
        (translate("Guide", "Outcomes"),
         translate("Guide", "Measurable skill gains, credentials, employment and success stories; the exit from the program."),
         []),
        (translate("Guide", "Update Log"),
         translate("Guide", "Who changed what and when, uploads, and conflicts from sync that wait for a choice."),
         [("F7", translate("Guide", "Resolve conflicts")), ("Ctrl+U", translate("Guide", "Upload a file"))]),
    ]


#: the window's own keys, in every tab's guide (translated where shown)
COMMON = [("F1", QT_TRANSLATE_NOOP("Guide", "This guide")), ("Ctrl+F", QT_TRANSLATE_NOOP("Guide", "Find a participant")),
          ("Ctrl+1 … Ctrl+6", QT_TRANSLATE_NOOP("Guide", "Show a plan tab")), ("F5", QT_TRANSLATE_NOOP("Guide", "Refresh")),
          ("F6", QT_TRANSLATE_NOOP("Guide", "Sync now")), ("Ctrl+L", QT_TRANSLATE_NOOP("Guide", "Lock")),
          ("Esc", QT_TRANSLATE_NOOP("Guide", "Close a dialog (asks first if you typed something)"))]


def guide_html(index: int) -> str:
    all_guides = guides()
    title, purpose, keys = all_guides[max(0, min(index, len(all_guides) - 1))]
    rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{w}</td></tr>" for k, w in keys + [(k, _tr(w)) for k, w in COMMON])
    translate = QCoreApplication.translate
    shortcuts = translate("Guide", "Shortcuts")
    about = translate("Guide", "Help ▸ About Fieldplan shows the version and where this profile lives.")
    return f"<h3>{title}</h3><p>{purpose}</p><p><b>{shortcuts}</b></p><table>{rows}</table><p>{about}</p>"


class GuideDialog(QDialog):
    def __init__(self, index: int, parent=None):
        super().__init__(parent)
        title = guides()[max(0, min(index, len(guides()) - 1))][0]
        self.setWindowTitle(QCoreApplication.translate("Guide", "Guide — {title}").format(title=title))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setHtml(guide_html(index))
        self.text.setMinimumSize(440, 320)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
