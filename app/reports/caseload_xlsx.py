"""The Excel caseload summary a supervisor exports (DESIGN.md: supervisors export Excel caseload summaries).

openpyxl's write-only mode streams rows to disk, so memory stays flat for thousands of participants;
it still allows charts, frozen panes, autofilters and column widths when they are set before the rows.
Dates are written as real dates and counts as numbers, so the sheet sorts and filters correctly.
openpyxl is imported inside `export_caseload` (the window must not pay for it at start-up).
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Callable

from app import domain
from app.reports import sheet_files
from app.reports.caseload_data import CaseloadData, CaseloadFilter, CaseloadStream, open_caseload, stream_of
from app.reports.compliance import full_compliance
from app.text import fold

DATE_FORMAT = "mm/dd/yyyy"
PROGRESS_EVERY = 250


class USDate(dt.date):
    """A date that openpyxl writes as MM/DD/YYYY.

    Registered once in openpyxl's type → number-format table (an added key; other dates keep their
    format). A styled WriteOnlyCell per date cost ~10 % of the whole workbook on 2,000 participants.
    """


def _register_us_dates() -> None:
    from openpyxl.cell import cell

    cell.TIME_FORMATS.setdefault(USDate, DATE_FORMAT)


class ExportCancelled(Exception):
    """The caseworker pressed Cancel; the partial file has been removed."""


CASELOAD_HEADER = (
    ["Participant", "Individual #", "Organization", "Region", "Career planner", "Program", "Plan type", "Enrollment status"]
    + [f"Goals: {s}" for s in domain.GOAL_STATUSES]
    + [f"Services: {s}" for s in domain.SERVICE_STATUSES]
    + ["Last two-way contact", "Next review due", "Overdue reminders", "Credentials", "Placements", "Subsidized days", "Rubric level"]
)
SERVICES_HEADER = ["Participant", "Individual #", "Code", "Step/service", "Service type", "Goal", "Status", "Planned start", "Planned due",
                   "Completion date", "Weekly hours"]
CREDENTIALS_HEADER = ["Participant", "Individual #", "Credential", "Type", "Source", "Date attained", "Institution", "Work experience in field"]
#: each worksite follow-up as two dates (issue 16): when it is due, and when the caseworker reviewed it
FOLLOW_UP_HEADER = [h for d in domain.FOLLOW_UP_DAYS for h in (f"{d}-day follow-up due", f"{d}-day follow-up reviewed")]
PLACEMENTS_HEADER = (["Participant", "Individual #", "Employer", "Worksite", "Job", "Status", "Start", "Planned due", "End", "Hourly wage",
                      "Subsidized wage"] + FOLLOW_UP_HEADER)
OVERDUE_HEADER = ["Participant", "Individual #", "Career planner", "Reminder", "Was due", "Days overdue"]

#: a heading's comment (Excel and LibreOffice show it when the pointer rests on the heading)
HEADER_NOTES = {
    **{f"{d}-day follow-up due": f"Due date: {d} days after the placement's start date (seed 002). The follow-up becomes available "
                                 f"on this day." for d in domain.FOLLOW_UP_DAYS},
    **{f"{d}-day follow-up reviewed": f"Review date: the day the caseworker reviewed the {d}-day follow-up (employment verified, wage "
                                      f"updated). Empty: not reviewed yet." for d in domain.FOLLOW_UP_DAYS},
    "Next review due": "Due date of the participant's next plan review.",
}

WIDTHS = {"Participant": 26, "Step/service": 40, "Goal": 40, "Credential": 24, "Type": 30, "Institution": 24, "Employer": 24, "Worksite": 22,
          "Job": 22, "Organization": 26, "Career planner": 22, "Region": 16, "Reminder": 20, "Source": 22, "Enrollment status": 12,
          "Program": 16}


def caseload_row(p: dict) -> list:
    return [p["name"], p["individual_number"], p["organization"], p["region"], p["planner"], p["program"], p["plan_type"], p["enrollment_status"],
            *p["goals"], *p["services"], p["last_contact"], p["next_review_due"], p["overdue"], p["credentials"], p["placements"],
            p["subsidized_days"], p["rubric"] or None]


def sheet_rows(data: CaseloadData) -> dict[str, tuple[list[str], list[list]]]:
    """Sheet name → (header, rows): the cells the workbook holds (the benchmark dumps the same)."""
    return {
        "Caseload": (CASELOAD_HEADER, [caseload_row(p) for p in data.participants]),
        "Services": (SERVICES_HEADER, data.services),
        "Credentials": (CREDENTIALS_HEADER, data.credentials),
        "Placements & Follow-ups": (PLACEMENTS_HEADER, data.placements),
        "Overdue": (OVERDUE_HEADER, data.overdue),
    }


def export_caseload(ctx, out: Path, filters: CaseloadFilter | None = None, *, compliance=None,
                    progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
                    today: dt.date | None = None) -> int:
    """Write the workbook; returns the number of participants. Nothing is left behind on error or cancel."""
    out = Path(out)
    partial = out.with_name(out.name + ".part")
    try:
        with (open_caseload(ctx, filters or CaseloadFilter(), compliance or full_compliance, today, date_type=USDate) as stream,
              sheet_files.beside(out)):
            _write(stream, partial, progress, cancelled)
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return stream.participant_count


def _write(data: CaseloadStream | CaseloadData, path: Path, progress, cancelled) -> None:
    """Write the workbook from a stream (rows read while written) or a loaded caseload."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.chart import BarChart, Reference
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    _register_us_dates()
    if isinstance(data, CaseloadData):
        data = stream_of(data)
    book = Workbook(write_only=True)
    bold, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="305496")
    wrap = Alignment(wrap_text=True, vertical="top")
    headers = dict(zip(data.sheets, (CASELOAD_HEADER, SERVICES_HEADER, CREDENTIALS_HEADER, PLACEMENTS_HEADER, OVERDUE_HEADER)))
    total = sum(data.counts.values()) or 1

    def header_cells(ws, header):
        cells = []
        for text in header:
            cell = WriteOnlyCell(ws, value=text)
            cell.font, cell.fill, cell.alignment = bold, fill, wrap
            if text in HEADER_NOTES:
                cell.comment = Comment(HEADER_NOTES[text], "Fieldplan", width=260, height=90)
            cells.append(cell)
        return cells

    try:
        done = 0
        _summary(book, data, header_cells, BarChart, Reference, Font)
        for name, rows in data.sheets.items():
            header = headers[name]
            if name == "Caseload":
                rows = map(caseload_row, rows)
            ws = book.create_sheet(name)
            date_columns = _date_columns(header)
            convert = date_columns if data.date_type is not USDate else []  # a stream's dates are USDates already
            for index, text in enumerate(header, 1):
                ws.column_dimensions[get_column_letter(index)].width = WIDTHS.get(text, 14 if index - 1 in date_columns else 12)
            ws.freeze_panes = "B2"
            ws.row_dimensions[1].height = header_height(header, ws)  # wrapped headings whole, not spilling into row 2
            print_setup(ws, name)
            ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{data.counts[name] + 1}"
            ws.append(header_cells(ws, header))
            for row in rows:
                if convert:
                    row = list(row)
                    for c in convert:
                        if row[c] is not None:
                            row[c] = USDate(row[c].year, row[c].month, row[c].day)
                ws.append(row)
                done += 1
                if done % PROGRESS_EVERY == 0:
                    if cancelled and cancelled():
                        raise ExportCancelled("The export was cancelled.")
                    if progress:
                        progress(done, total)
        if progress:
            progress(total, total)
        book.save(path)
    except BaseException:
        _abandon(book)
        raise


def _abandon(book) -> None:
    """Close the sheets' half-written streams now, while their files exist (sheet_files removes them next);
    left to the garbage collector, each would fail to close later and print an ignored exception."""
    for ws in book.worksheets:
        for stream in (getattr(ws, "_rows", None), getattr(getattr(ws, "_writer", None), "xf", None)):
            try:
                if stream is not None:
                    stream.close()
            except Exception:  # noqa: BLE001 - an abandoned half-written sheet: nothing to keep of it
                pass


DATE_HEADERS = {"Last two-way contact", "Next review due", "Planned start", "Planned due", "Completion date", "Date attained", "Start", "End",
                "Was due"} | set(FOLLOW_UP_HEADER)


def print_setup(ws, title: str, grid: bool = True) -> None:
    """Every sheet prints readably (issue 16): landscape US Letter, all columns scaled to one page wide
    (as many pages long as it takes), the header row repeated on every page (print titles), the sheet's
    name and the page number in the header and footer, gridlines so a row reads across."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "1"  # US Letter
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # 0: as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = grid
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.center.text = "Fieldplan — " + title.replace("&", "&&")  # "&" starts a header code ("&P")
    ws.oddFooter.left.text = "&D"
    ws.oddFooter.right.text = "Page &P of &N"


#: a heading line's height in points (bold 11 pt with its leading)
HEADING_LINE = 15


def header_height(header: list[str], ws) -> float:
    """The heading row's height for its most wrapped heading: a spreadsheet does not grow a row for
    wrapped text written in a file, so a two-line heading showed one line and drew the rest over row 2."""
    import textwrap

    from openpyxl.utils import get_column_letter

    def lines(index: int, text: str) -> int:
        width = ws.column_dimensions[get_column_letter(index)].width or 12
        return len(textwrap.wrap(text, max(4, int(width * 0.85)), break_long_words=False)) or 1  # bold is wider than a width unit

    return HEADING_LINE * max(lines(i, text) for i, text in enumerate(header, 1)) + 3


def _date_columns(header: list[str]) -> list[int]:
    return [i for i, h in enumerate(header) if h in DATE_HEADERS]


def _summary(book, data: CaseloadStream, header_cells, BarChart, Reference, Font) -> None:
    """Counts by enrollment status, program and planner, the overdue total, and a bar chart by status."""
    ws = book.create_sheet("Summary")
    print_setup(ws, "Caseload summary", grid=False)  # a grid across the chart's empty columns reads as a table
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 14
    ws.append([_title(ws, "Caseload summary", Font)])
    ws.append(["Exported", USDate(data.today.year, data.today.month, data.today.day)])
    ws.append(["Participants", data.participant_count])
    ws.append(["Overdue reminders", data.overdue_count])
    ws.append([])
    row = 6
    status_first = row + 1
    for title, counts in (("Enrollment status", {s: data.by_status.get(s, 0) for s in domain.ENROLLMENT_STATUSES}),
                          ("Program", {p: data.by_program.get(p, 0) for p in domain.PROGRAMS}),
                          ("Career planner", dict(sorted(data.by_planner.items(), key=lambda kv: fold(kv[0]))))):
        ws.append(header_cells(ws, [title, "Participants"]))
        row += 1
        for label, n in counts.items():
            ws.append([label, n])
            row += 1
        ws.append([])
        row += 1
    chart = BarChart()
    chart.title = "Participants by enrollment status"
    chart.y_axis.title = "Participants"
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=status_first - 1, max_row=status_first + len(domain.ENROLLMENT_STATUSES) - 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=status_first, max_row=status_first + len(domain.ENROLLMENT_STATUSES) - 1))
    chart.width, chart.height = 16, 8
    ws.add_chart(chart, "D2")


def _title(ws, text, Font):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=text)
    cell.font = Font(bold=True, size=14)
    return cell
