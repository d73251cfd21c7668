"""Parsing what people type: US dates, clock times, money."""
from __future__ import annotations

from app.i18n import _
import datetime as dt
import math
import re

from app.errors import Problems

_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})(?::?(\d{2}))?(a|am|p|pm)?$")


def parse_us_date(value, field: str, label: str, problems: Problems) -> dt.date | None:
    """A date object, an ISO date, or MM/DD/YYYY text; anything else is a problem for `field`."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = _DATE.match(text)
    try:
        if match:
            month, day, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    problems.add(field, _("{label} must be a real date written MM/DD/YYYY (got “{text}”).").format(label=label, text=text))
    return None


def date_or_problem(value, field: str, label: str, problems: Problems) -> dt.date | None:
    """A date object passes; anything else ("yesterday", 12) is a problem for `field` (None is left to
    the caller's "required" rule)."""
    if value is None or isinstance(value, dt.date):
        return value
    problems.add(field, _("{label} must be a date (got “{value}”).").format(label=label, value=value))
    return None


def number_or_problem(value, field: str, label: str, problems: Problems) -> float | None:
    """A finite int or float passes; text, True/False, infinity and NaN are problems for `field`."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        problems.add(field, _("{label} must be a number (got “{value}”).").format(label=label, value=value))
        return None
    if not math.isfinite(value):
        problems.add(field, _("{label} must be a real number (not infinite or NaN).").format(label=label))
        return None
    return value


def parse_time(text: str) -> str | None:
    """Understand "9", "930", "9:30", "9:30a", "1:15 pm", "13:15"; returns "HH:MM" or None.

    Without am/pm, hours 1–6 are read as afternoon: nobody checks in to a job-readiness class at 5 am,
    and "5" typed as a check-out means 5 pm.
    """
    raw = (text or "").strip().lower().replace(" ", "").replace(".", "")
    if not raw:
        return ""
    if raw.isdigit() and len(raw) in (3, 4):
        raw = f"{raw[:-2]}:{raw[-2:]}"
    match = _TIME.match(raw)
    if not match:
        return None
    hour, minute, suffix = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if minute > 59:
        return None
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix.startswith("p") else 0)
    elif 1 <= hour <= 6:
        hour += 12
    if hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}"


def minutes(hhmm: str) -> int:
    hour, minute = hhmm.split(":")
    return int(hour) * 60 + int(minute)


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_state_code(text: str) -> bool:
    """A two-letter US state code such as IL (any case: services upper-case it)."""
    return len(text) == 2 and text.isalpha()


ASCII_DIGITS = frozenset("0123456789")


def is_ascii_digits(text: str) -> bool:
    """Only 0-9: `str.isdigit()` also accepts Arabic-Indic (٣) and full-width (３) digits, which no
    form, export or partner system downstream reads as a number."""
    return bool(text) and all(ch in ASCII_DIGITS for ch in text)


def is_zip(text: str) -> bool:
    """5 digits, or ZIP+4 written with or without its hyphen (digits 0-9 only)."""
    digits = text.replace("-", "")
    return is_ascii_digits(digits) and len(digits) in (5, 9)


def normalise_state_zip(values: dict, state: str = "state", zip_field: str = "zip") -> dict:
    """State upper-cased ("il" → "IL"); ZIP+4 typed without its hyphen gets one ("606011234" →
    "60601-1234"). The same for every address (participant, worksite, provider, employment)."""
    if isinstance(values.get(state), str):
        values[state] = values[state].strip().upper()
    code = values.get(zip_field)
    if isinstance(code, str):
        code = code.strip()
        if len(code) == 9 and is_ascii_digits(code):
            code = f"{code[:5]}-{code[5:]}"
        values[zip_field] = code
    return values


_PHONE_CHARS = ASCII_DIGITS | set(" ()-+.")


def phone_problem(text: str, label: str) -> str:
    """Why `text` is not a US phone number (empty when it is): 10 digits 0-9 (7 for a local number),
    optionally a leading 1, with the usual spaces, brackets, dots and hyphens."""
    if not text:
        return ""
    digits = "".join(ch for ch in text if ch in ASCII_DIGITS)
    if any(ch not in _PHONE_CHARS for ch in text) or len(digits) not in (7, 10, 11) or (len(digits) == 11 and digits[0] != "1"):
        return f"{label} must be a phone number written with the digits 0-9, such as (217) 555-0142 (got “{text}”)."
    return ""


def length_problems(model: type, values: dict, labels: dict[str, str], problems: Problems) -> None:
    """Text longer than its column, or holding a NUL character: SQLite stores both, PostgreSQL refuses
    them, and one such op would stick a laptop's outbox on the server (DESIGN.md, Known pitfalls)."""
    columns = model.__table__.columns
    reported = {p.field for p in problems.items}
    for field, value in values.items():
        if not isinstance(value, str) or field not in columns or field in reported:
            continue
        label = _(labels.get(field, field.replace("_", " ").capitalize()))
        limit = getattr(columns[field].type, "length", None)
        if "\x00" in value:
            problems.add(field, _("{label} contains an invisible NUL character: retype it.").format(label=label))
        elif limit and len(value) > limit:
            problems.add(field, _("{label} must be at most {limit} characters (it has {count}).").format(label=label, limit=limit, count=len(value)))


def parse_duration(text) -> int | None:
    """Make-up time typed as minutes ("45") or hours and minutes ("1:30", "1h30"); "" is 0, None if unreadable."""
    raw = str(text or "").strip().lower().replace(" ", "").replace("min", "").replace("h", ":")
    if not raw:
        return 0
    if raw.isdigit():
        return int(raw)
    hours, _sep, mins = raw.partition(":")
    if hours.isdigit() and (mins == "" or (mins.isdigit() and len(mins) <= 2 and int(mins) < 60)):
        return int(hours) * 60 + int(mins or 0)
    return None


def format_time(hhmm: str) -> str:
    """'13:15' → '1:15 PM' (what the grid shows after a time is typed)."""
    if not hhmm:
        return ""
    hour, minute = (int(x) for x in hhmm.split(":"))
    return f"{hour % 12 or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


def format_duration(total_minutes: int) -> str:
    return f"{total_minutes // 60}:{total_minutes % 60:02d}" if total_minutes else ""
