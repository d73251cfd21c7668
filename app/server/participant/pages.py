"""The participant's page under /p: sign in, set or reset the password, see the own plan, agree and sign, enter
own attendance. Server-rendered (Jinja2); the only script is the signature pad. Every write goes through
`Writes` (the merge), so the caseworker's laptop pulls it marked "by the participant"."""
from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import inspect
import json
import secrets
from pathlib import Path

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import insert, select

from app import domain, i18n
from app.errors import ValidationError
from app.i18n import N_
from app.passwords import verify_password
from app.text import storable
from app.server import delivery, invites, store
from app.server import tables as t
from app.server.participant import plan_view, web
from app.server.participant.cache import CSRF_SLOT, PageCache
from app.server.participant.writes import BY_PARTICIPANT, Writes

HERE = Path(__file__).parent
#: compiled once per process: no file check per request (auto_reload off); a new template needs a restart
templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]), auto_reload=False,
                        cache_size=-1, extensions=["jinja2.ext.i18n"])
PLAN = templates.get_template("plan.html")
MAX_SIGNATURE_BYTES = 512 * 1024
#: every page of a participant is theirs alone: no browser or proxy keeps a copy
NO_STORE = {"Cache-Control": "no-store"}
#: the stored values the page shows (agreement, goal and step statuses, terms) are in the catalog through app.labels


def request_language(request: Request | None) -> str:
    """Before sign-in, the browser's language (Accept-Language: "es-MX,es;q=0.9,en;q=0.8" → "es")."""
    header = request.headers.get("accept-language", "") if request is not None else ""
    for part in header.split(","):
        code = part.split(";")[0].strip()
        if code and i18n.normalize(code) == code.split("-")[0].lower():
            return i18n.normalize(code)
    return i18n.DEFAULT


def words(language: str | None) -> dict:
    """What a template needs to speak `language`: its texts, plan words and dates."""
    catalog = i18n.translation(language)
    lang = i18n.normalize(language)
    return {"_": catalog.gettext, "gettext": catalog.gettext, "ngettext": catalog.ngettext, "lang": lang,
            "day": lambda value: i18n.format_short_date(value, lang)}


def render(name: str, status: int = 200, language: str | None = None, **values) -> HTMLResponse:
    """The template in `language` (the participant's own once signed in)."""
    return HTMLResponse(templates.get_template(name).render(**words(language), **values), status_code=status, headers=NO_STORE)


def refusal(exc: Exception, language: str | None = None) -> HTMLResponse:
    """A refused form or an expired link is a page with a sentence, never JSON or a traceback."""
    tx = i18n.translation(language).gettext
    if isinstance(exc, invites.LinkExpired):
        return render("notice.html", 410, language, title=tx("This link has expired"),
                      text=tx("This link has expired or was already used. Ask your career planner for a new invitation, "
                              "or ask for a new password link below."), reset=True)
    if isinstance(exc, ValidationError):
        return render("notice.html", 422, language, title=tx("Please check what you entered"), problems=[tx(p.message) for p in exc.problems])
    return render("notice.html", exc.status, language, title=tx("That did not work"), text=tx(exc.message))


def page(fn):
    """Routes are plain functions: FastAPI runs them in its thread pool, so database waits never block the event loop."""
    signature = inspect.signature(fn)  # the form routes pass their fields by position (run_in_threadpool)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        values = signature.bind_partial(*args, **kwargs).arguments
        language = request_language(values.get("request"))
        broken = [name for name, value in values.items() if isinstance(value, str) and not storable(value)]
        if broken:  # PostgreSQL would refuse them with a 500: the form (or link) is refused with a sentence
            tx = i18n.translation(language).gettext
            return render("notice.html", 422, language, title=tx("Please check what you entered"),
                          problems=[f"{name.replace('_', ' ').capitalize()} contains a NUL or broken character, which cannot be stored." for name in broken])
        try:
            return fn(*args, **kwargs)
        except (ValidationError, store.ServerError) as exc:
            return refusal(exc, language)
    return wrapper


def apage(fn):
    """`page` for the form routes: async, so the CSRF check runs on the request's stream before the rest of its body
    is read (app.server.participant.web.csrf_form); their database work goes to the thread pool."""
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        try:
            return await fn(*args, **kwargs)
        except (ValidationError, store.ServerError) as exc:
            return refusal(exc, request_language(kwargs.get("request")))
    return wrapper


def build_router(engine, worker: delivery.DeliveryWorker, throttle: web.Throttle, pages: PageCache) -> APIRouter:
    router = APIRouter(prefix="/p")

    def signed_in(conn, request: Request):
        found = web.current(conn, request)
        if found is None:
            raise store.ServerError(401, N_("Please sign in again."))
        account, csrf, pid = found
        if pid is None:
            raise store.ServerError(403, N_("This account is not tied to a participant."))
        return account, csrf, pid

    async def session_csrf(request: Request) -> str:
        """The signed-in session's CSRF token (401 before the body is read when there is no session)."""
        def look() -> str:
            with engine.connect() as conn:
                return signed_in(conn, request)[1]
        return await run_in_threadpool(look)

    def anonymous(name: str, request: Request, **values) -> HTMLResponse:
        """A form before sign-in: its CSRF token is a double-submit cookie."""
        token = request.cookies.get(web.CSRF_COOKIE) or secrets.token_urlsafe(24)
        response = render(name, language=request_language(request), csrf=token, **values)
        web.set_cookie(response, request, web.CSRF_COOKIE, token, None)
        return response

    @router.get("/", response_class=HTMLResponse)
    @page
    def home(request: Request):
        notice_key = next((key for key in ("signed", "attendance") if request.query_params.get(key)), "")
        unread = []
        with engine.connect() as conn:
            found = web.current(conn, request)
            if found is None:
                return RedirectResponse("/p/sign-in", 303, headers=NO_STORE)
            _, csrf, pid = found
            if pid is None:
                raise store.ServerError(403, N_("This account is not tied to a participant."))
            seq = pages.seq(conn)  # before the plan is read: a change after this seq makes the copy stale
            key = (pid, dt.date.today())
            html = None if notice_key else pages.get(key)
            if html is None:
                view = plan_view.collect(conn, pid)
                unread = [m["id"] for m in view["messages"] if m["status"] == "sent"]
                language = getattr(view["person"], "language", None)  # the participant's preferred language (issue 15)
                tx = i18n.translation(language).gettext
                done = {"signed": tx("Thank you: your signature was saved. Your career planner sees it at their next sync."),
                        "attendance": tx("Your attendance was saved. Your career planner verifies it.")}
                html = PLAN.render(**words(language), csrf=CSRF_SLOT, notice=done.get(notice_key, ""), **view)
                if not notice_key and not unread:  # marking them read changes the plan: the next view renders again
                    pages.put(key, seq, html)
        if unread:  # the one write a page view may make: shown messages become "delivered"
            with store.writing(engine) as conn:
                delivery.mark_read(conn, unread, pid)
        return HTMLResponse(html.replace(CSRF_SLOT, csrf), headers=NO_STORE)

    @router.get("/sign-in", response_class=HTMLResponse)
    @page
    def sign_in_form(request: Request):
        return anonymous("sign_in.html", request)

    @router.post("/sign-in")
    @apage
    async def sign_in(request: Request):
        form = await web.csrf_form(request, request.cookies.get(web.CSRF_COOKIE))
        return await run_in_threadpool(page(_sign_in), request, form.get("email", ""), form.get("password", ""))

    def _sign_in(request: Request, email: str, password: str):
        username, address = email.strip().lower(), request.client.host if request.client else ""
        throttle.check(username, address)
        with engine.connect() as conn:  # the password is checked outside the write lock (hashing is slow on purpose)
            row = conn.execute(select(t.account).where(t.account.c.username == username, t.account.c.role == "participant")).first()
        if row is None or not row.active or not verify_password(row.password_hash, password):
            throttle.failed(username, address)
            return anonymous("sign_in.html", request, error=i18n.translation(request_language(request)).gettext("Wrong email or password."))
        response = RedirectResponse("/p/", 303, headers=NO_STORE)
        with store.writing(engine) as conn:
            web.open_session(conn, response, request, row.id)
        throttle.succeeded(username)
        return response

    @router.post("/sign-out")
    @apage
    async def sign_out(request: Request):
        form = await web.csrf_form(request, await session_csrf(request))
        return await run_in_threadpool(page(_sign_out), request, form["csrf"])

    def _sign_out(request: Request, csrf: str):
        with store.writing(engine) as conn:
            _, expected, _ = signed_in(conn, request)
            web.check_csrf(expected, csrf)
            response = RedirectResponse("/p/sign-in", 303, headers=NO_STORE)
            web.close_session(conn, request, response)
        return response

    @router.get("/invite/{token}", response_class=HTMLResponse)
    @router.get("/reset/{token}", response_class=HTMLResponse)
    @page
    def set_password_form(request: Request, token: str):
        with engine.connect() as conn:
            invites.check(conn, token)
        return anonymous("set_password.html", request, action=request.url.path)

    @router.post("/invite/{token}")
    @router.post("/reset/{token}")
    @apage
    async def set_password(request: Request, token: str):
        form = await web.csrf_form(request, request.cookies.get(web.CSRF_COOKIE))
        return await run_in_threadpool(page(_set_password), request, token, form.get("password", ""), form.get("again", ""))

    def _set_password(request: Request, token: str, password: str, again: str):
        if password != again:
            return anonymous("set_password.html", request, action=request.url.path, error=i18n.translation(request_language(request)).gettext(
                "The two passwords are not the same."))
        with store.writing(engine) as conn:
            account_id = invites.redeem(conn, token, password)
            response = RedirectResponse("/p/", 303, headers=NO_STORE)
            web.open_session(conn, response, request, account_id)
        return response

    @router.get("/reset", response_class=HTMLResponse)
    @page
    def reset_form(request: Request):
        return anonymous("reset.html", request)

    @router.post("/reset")
    @apage
    async def reset(request: Request):
        form = await web.csrf_form(request, request.cookies.get(web.CSRF_COOKIE))
        return await run_in_threadpool(page(_reset), request, form.get("email", ""))

    def _reset(request: Request, email: str):
        """The same answer whether or not the address has an account (nobody learns who is a participant)."""
        username, address = email.strip().lower(), request.client.host if request.client else ""
        throttle.check(username, address, "reset")
        throttle.failed(username, address, "reset")  # every request for a link counts against the limit
        with store.writing(engine) as conn:
            row = conn.execute(select(t.account).where(t.account.c.username == username, t.account.c.role == "participant")).first()
            link = f"{worker.settings.public_url}/p/reset/{invites.issue(conn, row.id, 'reset')}" if row is not None else ""
        tx = i18n.translation(request_language(request)).gettext
        if link and worker.settings.host:
            try:
                delivery.send_email(worker.settings, username, tx("Set a new password for your Fieldplan page"),
                                    tx("Open this link within 2 hours to set a new password:\n\n{link}\n").format(link=link), "reset")
            except (delivery.Temporary, ValueError):
                pass  # the same page either way; the participant can ask again
        return render("notice.html", language=request_language(request), title=tx("Check your email"),
                      text=tx("If this address has a page, we sent it a link to set a new password. The link works once, for 2 hours."))

    @router.get("/copy.pdf")
    @page
    def customer_copy(request: Request):
        with engine.connect() as conn:
            _, _, pid = signed_in(conn, request)
            data = plan_view.latest_copy(conn, pid)
        if data is None:
            raise store.ServerError(404, N_("There is no copy of your plan yet."))
        return Response(data, media_type="application/pdf", headers={"Content-Disposition": 'inline; filename="my-plan.pdf"',
                                                                     "Cache-Control": "no-store"})

    @router.post("/sign")
    @apage
    async def sign(request: Request):
        form = await web.csrf_form(request, await session_csrf(request))
        return await run_in_threadpool(page(_sign), request, form["csrf"], form.get("strokes", ""), form.get("png", ""), form.get("agree", ""))

    def _sign(request: Request, csrf: str, strokes: str, png: str, agree: str):
        png_bytes, stroke_list = _signature(strokes, png, agree)
        with store.writing(engine) as conn:
            account, expected, pid = signed_in(conn, request)
            web.check_csrf(expected, csrf)
            digest = _put_blob(conn, png_bytes)
            at = web.now()
            writes = Writes(conn, account.id, BY_PARTICIPANT.format(name=account.full_name or account.username), pid)
            status = domain.SIGNED_STATUSES[1]
            agreement = writes.insert("plan_agreement", {"participant_id": pid, "status": status, "recorded_at": at,
                                                         "note": "Signed on the participant's page"}, log=f"Plan agreement: {status}")
            writes.insert("signature", {"participant_id": pid, "agreement_id": agreement, "signer_role": "participant",
                                        "signer_name": account.full_name, "signed_at": at, "strokes": json.dumps(stroke_list),
                                        "png_sha256": digest}, log="Signature (participant)")
            writes.update("participant", pid, {"needs_agreement": False}, log=True)
            writes.commit()
        return RedirectResponse("/p/?signed=1", 303, headers=NO_STORE)

    @router.post("/attendance")
    @apage
    async def attendance(request: Request):
        form = await web.csrf_form(request, await session_csrf(request))
        return await run_in_threadpool(page(_attendance), request, form["csrf"], form.get("service_id", ""), form.get("day", ""),
                                       form.get("check_in", ""), form.get("check_out", ""), form.get("absent", ""))

    def _attendance(request: Request, csrf: str, service_id: str, day: str, check_in: str, check_out: str, absent: str):
        with store.writing(engine) as conn:
            account, expected, pid = signed_in(conn, request)
            web.check_csrf(expected, csrf)
            writes = Writes(conn, account.id, BY_PARTICIPANT.format(name=account.full_name or account.username), pid)
            plan_view.enter_attendance(conn, writes, pid, service_id, day, check_in, check_out, bool(absent))
            writes.commit()
        return RedirectResponse("/p/?attendance=1", 303, headers=NO_STORE)

    return router


def _signature(strokes: str, png: str, agree: str) -> tuple[bytes, list]:
    from app.errors import FieldError

    problems = []
    if agree != "yes":
        problems.append(FieldError("agree", N_("Tick “I agree to this plan” to sign it.")))
    try:
        stroke_list = json.loads(strokes or "[]")
        if not isinstance(stroke_list, list):
            raise ValueError
    except ValueError:
        stroke_list = []
    if not stroke_list:
        problems.append(FieldError("signature", N_("Sign in the box with your finger or the mouse.")))
    prefix = "data:image/png;base64,"
    try:
        data = base64.b64decode(png[len(prefix):], validate=True) if png.startswith(prefix) else b""
    except ValueError:
        data = b""
    if stroke_list and (not data.startswith(b"\x89PNG") or len(data) > MAX_SIGNATURE_BYTES):
        problems.append(FieldError("signature", N_("The signature picture is missing or too large: sign again.")))
    if problems:
        raise ValidationError(problems)
    return data, stroke_list


def _put_blob(conn, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    if conn.scalar(select(t.blob.c.sha256).where(t.blob.c.sha256 == digest)) is None:
        conn.execute(insert(t.blob).values(sha256=digest, data=data))
    held = select(t.blob_holder.c.sha256).where(t.blob_holder.c.sha256 == digest, t.blob_holder.c.account_id == "")
    if conn.scalar(held) is None:  # the server holds what the page received: its signature row opens it to the plan's devices
        conn.execute(insert(t.blob_holder).values(sha256=digest, account_id=""))
    return digest

