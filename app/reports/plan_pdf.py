"""The plan's "Customer copy" as a PDF (DOMAIN.md, Overview: Print Customer Copy; seed 000: View/Print IEP/ISS).

Printed with signature lines for a physical signature, or with the signatures captured on screen
(signing mode) for the electronic agreement. fpdf2 is imported inside `render_plan` only: importing it
costs 0.3–0.7 s, which the window's start-up must not pay (DESIGN.md, The GUI).
Fonts are DejaVu Sans (resources/fonts, Bitstream Vera licence) so "José Ñúñez" prints right.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from app import domain
from app.i18n import N_, format_date, format_decimal, translation
from app.labels import label as value_label
from resources import path as resource_path

FONT = "DejaVu"
GREY = (90, 90, 90)
RULE = (190, 190, 190)
HEAD_FILL = (232, 238, 245)


@dataclass(frozen=True)
class StepLine:
    name: str
    status: str
    planned_start: dt.date | None
    planned_due: dt.date | None
    completion_date: dt.date | None
    weekly_hours: float
    provider: str


@dataclass(frozen=True)
class GoalSection:
    statement: str
    category: str
    term: str
    status: str
    earliest_start: dt.date | None
    latest_due: dt.date | None
    steps: list[StepLine]


@dataclass(frozen=True)
class SignatureImage:
    """A captured signature to print instead of a blank line."""

    role: str  # "participant" / "caseworker"
    name: str
    signed_at: dt.datetime
    png: bytes


@dataclass
class CustomerCopy:
    """Everything the printed plan shows, gathered through the services (so scope applies)."""

    participant_name: str
    preferred_name: str
    program: str
    plan_type: str
    enrollment_status: str
    individual_number: str
    ssn_last4: str
    birth_date: dt.date | None
    address: str
    phone: str
    email: str
    organization: str
    career_pathway: str
    occupations: list[str]
    wage_goal: float | None
    planner_name: str
    planner_phone: str
    planner_email: str
    goals: list[GoalSection] = field(default_factory=list)
    credentials: list[tuple[str, str, dt.date, str]] = field(default_factory=list)
    skill_gains: list[tuple[str, dt.date, str]] = field(default_factory=list)
    unassigned_steps: list[StepLine] = field(default_factory=list)
    #: the participant's preferred language: the copy is theirs, whatever the caseworker's UI language (issue 15)
    language: str = "en"


def collect_plan(ctx, participant_id: str) -> CustomerCopy:
    from app.services import goals, outcomes, participants, plan_services, records, users

    person = participants.get_participant(ctx, participant_id)
    planner_name = planner_phone = planner_email = ""
    if person.planner_id:
        planner = users.get_user(ctx, person.planner_id)
        planner_name, planner_phone, planner_email = planner.full_name, planner.phone, planner.email
    organization = next((o.name for o in users.list_organizations(ctx) if o.id == person.organization_id), "")
    steps_by_goal: dict[str | None, list[StepLine]] = {}
    for s in plan_services.list_services(ctx, participant_id):
        steps_by_goal.setdefault(s.goal_id, []).append(
            StepLine(s.name, s.status, s.planned_start, s.planned_due, s.completion_date, s.weekly_hours, s.provider if s.provider != "Participant's provider" else organization)
        )
    sections = [
        GoalSection(g.statement, g.category, g.term, g.status, g.earliest_start, g.latest_due, steps_by_goal.get(g.id, []))
        for g in goals.list_goals(ctx, participant_id)
    ]
    known_goals = {g.id for g in goals.list_goals(ctx, participant_id)}
    unassigned = [step for gid, steps in steps_by_goal.items() if gid not in known_goals for step in steps]
    address = ", ".join(x for x in (person.address, person.city, f"{person.state} {person.zip}".strip()) if x)
    return CustomerCopy(
        participant_name=f"{person.first_name} {person.last_name}",
        preferred_name=person.preferred_name,
        program=person.program,
        plan_type=domain.plan_type(person.program),
        enrollment_status=person.enrollment_status,
        individual_number=person.individual_number,
        ssn_last4=person.ssn_last4,
        birth_date=person.birth_date,
        address=address,
        phone=person.phone,
        email=person.email,
        organization=organization,
        career_pathway=person.career_pathway,
        occupations=[o for o in (person.occupation_1, person.occupation_2) if o],
        wage_goal=person.wage_goal,
        planner_name=planner_name,
        planner_phone=planner_phone,
        planner_email=planner_email,
        goals=sections,
        credentials=[(c.name, c.kind, c.attained_on, c.institution) for c in records.list_credentials(ctx, participant_id)],
        skill_gains=[(g.kind, g.attained_on, g.comment) for g in outcomes.list_skill_gains(ctx, participant_id)],
        unassigned_steps=unassigned,
        language=person.language or "en",
    )


#: the plan's own values (statuses, categories, terms) print through app.labels.label (value_label) in the copy's language


def _date(value: dt.date | None, language: str = "en") -> str:
    """12/03/2026 on an English copy (the form's US dates); "3 dic 2026" on a Spanish one (no day/month doubt)."""
    if not value:
        return "—"
    return value.strftime("%m/%d/%Y") if language == "en" else format_date(value, language)


def _hours(value: float, language: str = "en") -> str:
    return f"{value:g}" if language == "en" else format_decimal(value, language)


def _money(value: float, language: str = "en") -> str:
    if language == "en":
        return f"${value:,.2f}"
    from babel.numbers import format_currency

    return format_currency(value, "USD", locale="es_US")


def render_plan(plan: CustomerCopy, signatures: list[SignatureImage] | None = None, *, printed_on: dt.date | None = None) -> bytes:
    """The PDF bytes. Without `signatures`, blank signature lines for a physical signature."""
    from fpdf import FPDF

    printed_on = printed_on or dt.date.today()
    lang = plan.language
    catalog = translation(lang)
    t = catalog.gettext

    def day(value):
        return _date(value, lang)

    title = t("{plan_type} Career Plan — Customer copy").format(plan_type=plan.plan_type)

    class PlanPDF(FPDF):
        def header(self):
            self.set_font(FONT, "B", 13)
            self.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
            self.set_font(FONT, "", 9)
            self.set_text_color(*GREY)
            strategy = t("Individual Service Strategy") if plan.plan_type == "ISS" else t("Individual Employment Plan")
            program = t("Program: {program} ({strategy})").format(program=value_label(plan.program, lang), strategy=strategy)
            self.cell(0, 5, f"{program}   ·   {plan.organization}", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0)
            self.set_draw_color(*RULE)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(4)

        def footer(self):
            self.set_y(-12)
            self.set_font(FONT, "", 8)
            self.set_text_color(*GREY)
            self.cell(0, 5, t("{name} · printed {date}").format(name=plan.participant_name, date=day(printed_on)), align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, t("Page {page} of {pages}").format(page=self.page_no(), pages="{nb}"), align="R")
            self.set_text_color(0)

    pdf = PlanPDF(format="Letter")
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font(FONT, "", str(resource_path("fonts/DejaVuSans.ttf")))
    pdf.add_font(FONT, "B", str(resource_path("fonts/DejaVuSans-Bold.ttf")))
    pdf.set_title(title)
    pdf.set_author(plan.planner_name or plan.organization)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def heading(text: str) -> None:
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font(FONT, "B", 11)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, "", 9)

    def pairs(rows: list[tuple[str, str]]) -> None:
        """Label/value pairs, two to a line."""
        lines = [sum(([label, value or "—"] for label, value in rows[i:i + 2]), []) for i in range(0, len(rows), 2)]
        _grid(pdf, (28, 62, 28, 62), None, lines, label_columns=(0, 2))

    heading(t("Participant"))
    name = plan.participant_name + (f" (“{plan.preferred_name}”)" if plan.preferred_name else "")
    pairs([
        (t("Name"), name), (t("Individual #"), plan.individual_number),
        (t("Program"), value_label(plan.program, lang)), (t("Plan type"), plan.plan_type),
        (t("Enrollment"), value_label(plan.enrollment_status, lang)), (t("SSN"), f"XXX-XX-{plan.ssn_last4}" if plan.ssn_last4 else ""),
        (t("Date of birth"), day(plan.birth_date)), (t("Phone"), plan.phone),
        (t("Address"), plan.address), (t("Email"), plan.email),
    ])
    heading(t("Desired career path"))
    pairs([
        (t("Career pathway"), plan.career_pathway),
        (t("Wage goal"), t("{amount} per hour").format(amount=_money(plan.wage_goal, lang)) if plan.wage_goal else ""),
        (t("Occupation 1"), plan.occupations[0] if plan.occupations else ""),
        (t("Occupation 2"), plan.occupations[1] if len(plan.occupations) > 1 else ""),
    ])

    heading(catalog.ngettext("Goals and steps ({n} goal)", "Goals and steps ({n} goals)", len(plan.goals)).format(n=len(plan.goals)))
    if not plan.goals:
        pdf.cell(0, 6, t("No goals yet."), new_x="LMARGIN", new_y="NEXT")
    for number, goal in enumerate(plan.goals, 1):
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.set_font(FONT, "B", 10)
        pdf.multi_cell(width, 5.5, t("Goal {number}. {statement}").format(number=number, statement=goal.statement), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, "", 8.5)
        pdf.set_text_color(*GREY)
        pdf.cell(0, 5, t("{category} · {term} · Status: {status} · {start} – {due}").format(
            category=value_label(goal.category, lang), term=value_label(goal.term, lang), status=value_label(goal.status, lang), start=day(goal.earliest_start), due=day(goal.latest_due)),
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)
        _steps_table(pdf, goal.steps, lang)
        pdf.ln(2)
    if plan.unassigned_steps:
        heading(t("Steps not yet assigned to a goal"))
        _steps_table(pdf, plan.unassigned_steps, lang)

    heading(t("Earned credentials"))
    if plan.credentials:
        _grid(pdf, (50, 60, 25, 45), [t("Credential"), t("Type"), t("Attained"), t("Institution")],
              [[n, value_label(kind, lang), day(attained), institution] for n, kind, attained, institution in plan.credentials], aligns="LLCL")
    else:
        pdf.cell(0, 6, t("None recorded yet."), new_x="LMARGIN", new_y="NEXT")

    if plan.skill_gains:
        heading(t("Measurable skill gains"))
        _grid(pdf, (60, 25, 95), [t("Type"), t("Attained"), t("Comment")], [[value_label(kind, lang), day(attained), comment] for kind, attained, comment in plan.skill_gains],
              aligns="LCL")

    heading(t("Your career planner"))
    pairs([(t("Career planner"), plan.planner_name), (t("Organization"), plan.organization), (t("Phone"), plan.planner_phone),
           (t("Email"), plan.planner_email)])

    _agreement(pdf, plan, signatures or [], width)
    return bytes(pdf.output())


def _steps_table(pdf, steps: list[StepLine], lang: str = "en") -> None:
    t = translation(lang).gettext
    if not steps:
        pdf.set_font(FONT, "", 8.5)
        pdf.cell(0, 5, t("No steps/services yet."), new_x="LMARGIN", new_y="NEXT")
        return
    _grid(pdf, (47, 29, 18, 18, 20, 14, 34), [t("Step/service"), t("Status"), t("Start"), t("Due"), t("Completed"), t("Hrs/wk"), t("Provider")],
          [[s.name, value_label(s.status, lang), _date(s.planned_start, lang), _date(s.planned_due, lang), _date(s.completion_date, lang) if s.completion_date else "",
            _hours(s.weekly_hours, lang), s.provider] for s in steps], aligns="LLCCCRL")


def _wrap(pdf, text: str, width: float) -> list[str]:
    """Greedy word wrap; measuring whole words keeps it several times faster than fpdf2's tables."""
    if pdf.get_string_width(text) <= width:
        return [text]
    lines, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if pdf.get_string_width(candidate) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def _grid(pdf, widths, header, rows, *, aligns: str = "", label_columns=(), size: float = 8, lh: float = 4.2, pad: float = 1.0) -> None:
    """A table whose rows never split across pages; the header repeats on a new page."""
    scale = (pdf.w - pdf.l_margin - pdf.r_margin) / sum(widths)
    widths = [w * scale for w in widths]
    aligns = aligns or "L" * len(widths)

    def draw(cells, bold=False, fill=False, rule=True):
        wrapped = []
        for i, text in enumerate(cells):
            pdf.set_font(FONT, "B" if bold or i in label_columns else "", size)
            wrapped.append(_wrap(pdf, str(text), widths[i] - 2 * pad))
        height = max(len(w) for w in wrapped) * lh + 2 * pad
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()
            if header is not None and not bold:
                draw(header, bold=True, fill=True)
        x, y = pdf.l_margin, pdf.get_y()
        if fill:
            pdf.set_fill_color(*HEAD_FILL)
            pdf.rect(x, y, sum(widths), height, style="F")
        for i, lines in enumerate(wrapped):
            pdf.set_font(FONT, "B" if bold or i in label_columns else "", size)
            pdf.set_text_color(*(GREY if i in label_columns else (0, 0, 0)))
            for k, line in enumerate(lines):
                pdf.set_xy(x + pad, y + pad + k * lh)
                pdf.cell(widths[i] - 2 * pad, lh, line, align=aligns[i])
            x += widths[i]
        pdf.set_text_color(0)
        if rule:
            pdf.set_draw_color(*RULE)
            pdf.line(pdf.l_margin, y + height, pdf.l_margin + sum(widths), y + height)
        pdf.set_xy(pdf.l_margin, y + height)

    if header is not None:
        draw(header, bold=True, fill=True)
    for row in rows:
        draw(row, rule=header is not None)
    pdf.set_font(FONT, "", 9)


#: SignaturePad.to_png draws a 900 × 300 image with its signature line at y = 230
SIGNATURE_ASPECT = 3.0
SIGNATURE_LINE_AT = 230 / 300

AGREEMENT = N_(
    "I took part in writing this plan. I agree with its goals and steps, and I will work with my career planner "
    "to complete them. I know I can ask to change this plan at any time."
)


def _agreement(pdf, plan: CustomerCopy, signatures: list[SignatureImage], width: float) -> None:
    t = translation(plan.language).gettext
    if pdf.get_y() > pdf.h - 75:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 7, t("Customer Goal/Plan Agreement"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 9)
    pdf.multi_cell(width, 5, t(AGREEMENT), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    by_role = {s.role: s for s in signatures}
    column = (width - 10) / 2
    top = pdf.get_y()
    for i, (role, label, default_name) in enumerate((("participant", t("Participant signature"), plan.participant_name),
                                                         ("caseworker", t("Career planner signature"), plan.planner_name))):
        x = pdf.l_margin + i * (column + 10)
        line_y = top + 22
        signature = by_role.get(role)
        pdf.set_draw_color(60, 60, 60)
        below = line_y + 0.5
        if signature is not None:
            # the captured image brings its own line with "name · date time" under it: put that line on ours
            height = min(22.0, column * 0.68 / SIGNATURE_ASPECT)
            pdf.image(io.BytesIO(signature.png), x=x, y=line_y - height * SIGNATURE_LINE_AT, h=height, w=height * SIGNATURE_ASPECT)
            below = line_y - height * SIGNATURE_LINE_AT + height + 0.5
        else:
            pdf.line(x, line_y, x + column * 0.68, line_y)
        pdf.line(x + column * 0.72, line_y, x + column, line_y)
        pdf.set_font(FONT, "", 8)
        pdf.set_text_color(*GREY)
        pdf.set_xy(x, below)
        pdf.cell(column * 0.68, 4, t("{label}: {name}").format(label=label, name=signature.name) if signature else label)
        pdf.set_xy(x + column * 0.72, line_y + 0.5)
        pdf.cell(column * 0.28, 4, t("Date"))
        pdf.set_text_color(0)
        pdf.set_font(FONT, "", 9)
        if signature is None:
            pdf.set_xy(x, line_y + 5)
            pdf.cell(column * 0.68, 5, default_name)
        else:
            pdf.set_xy(x + column * 0.72, line_y - 5.5)
            pdf.cell(column * 0.28, 5, _date(signature.signed_at.date(), plan.language))
    pdf.set_y(top + 34)
    if signatures:
        pdf.set_font(FONT, "", 8)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(width, 4, t("Signed electronically on screen at the planning meeting."), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)


def plan_pdf(ctx, participant_id: str, signatures: list[SignatureImage] | None = None) -> bytes:
    """Rendered by the window's PDF worker when it runs (app/reports/pdf_worker.py), else here."""
    from app.reports import pdf_worker

    return pdf_worker.render(collect_plan(ctx, participant_id), signatures)
