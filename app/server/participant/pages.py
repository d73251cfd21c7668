"""The participant's page under /p: sign in, set or reset the password, see the own plan, agree and sign, enter
own attendance. Server-rendered (Jinja2); the only script is the signature pad. Every write goes through
`Writes` (the merge), so the caseworker's laptop pulls it marked "by the participant"."""
from __future__ import annotations

import base64
import functools
import hashlib
import json
import secrets
from pathlib import Path

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import insert, select

from app import domain, i18n
from app.errors import ValidationError
from app.i18n import N_
from app.passwords import verify_password
from app.server import delivery, invites, store
from app.server import tables as t
from app.server.participant import plan_view, web
from app.server.participant.writes import BY_PARTICIPANT, Writes

HERE = Path(__file__).parent
templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                        extensions=["jinja2.ext.i18n"])
MAX_SIGNATURE_BYTES = 512 * 1024
#: the agreement statuses the page shows (domain.AGREEMENT_STATUSES), for the catalog
AGREEMENT_WORDS = (N_("Unknown"), N_("Signature collected – physical, on file"), N_("Signature collected – electronic"),
                   N_("Request sent (electronic, pending)"), N_("Unable to collect signature"))


def request_language(request: Request | None) -> str:
    """Before sign-in, the browser's language (Accept-Language: "es-MX,es;q=0.9,en;q=0.8" → "es")."""
    header = request.headers.get("accept-language", "") if request is not None else ""
    for part in header.split(","):
        code = part.split(";")[0].strip()
        if code and i18n.normalize(code) == code.split("-")[0].lower():
            return i18n.normalize(code)
    return i18n.DEFAULT


def render(name: str, status: int = 200, language: str | None = None, **values) -> HTMLResponse:
    """The template in `language` (the participant's own once signed in): its texts, plan words and dates."""
    catalog = i18n.translation(language)
    lang = i18n.normalize(language)
    html = templates.get_template(name).render(_=catalog.gettext, gettext=catalog.gettext, ngettext=catalog.ngettext, lang=lang,
                                               day=lambda value: i18n.format_short_date(value, lang), **values)
    return HTMLResponse(html, status_code=status)


def page(fn):
    """A refused form or an expired link is a page with a sentence, never JSON or a traceback.

    Routes are plain functions: FastAPI runs them in its thread pool, so database waits never block the event loop."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        language = request_language(kwargs.get("request"))
        tx = i18n.translation(language).gettext
        try:
            return fn(*args, **kwargs)
        except invites.LinkExpired:
            return render("notice.html", 410, language, title=tx("This link has expired"),
                          text=tx("This link has expired or was already used. Ask your career planner for a new invitation, "
                                 "or ask for a new password link below."), reset=True)
        except ValidationError as exc:
            return render("notice.html", 422, language, title=tx("Please check what you entered"), problems=[tx(p.message) for p in exc.problems])
        except store.ServerError as exc:
            return render("notice.html", exc.status, language, title=tx("That did not work"), text=tx(exc.message))
    return wrapper


def build_router(engine, worker: delivery.DeliveryWorker, throttle: web.Throttle) -> APIRouter:
    router = APIRouter(prefix="/p")

    def signed_in(conn, request: Request):
        found = web.current(conn, request)
        if found is None:
            raise store.ServerError(401, N_("Please sign in again."))
        account, csrf = found
        pid = invites.participant_of(conn, account.id)
        if pid is None:
            raise store.ServerError(403, N_("This account is not tied to a participant."))
        return account, csrf, pid

    def anonymous(name: str, request: Request, **values) -> HTMLResponse:
        """A form before sign-in: its CSRF token is a double-submit cookie."""
        token = request.cookies.get(web.CSRF_COOKIE) or secrets.token_urlsafe(24)
        response = render(name, language=request_language(request), csrf=token, **values)
        web.set_cookie(response, request, web.CSRF_COOKIE, token, None)
        return response

    @router.get("/", response_class=HTMLResponse)
    @page
    def home(request: Request):
        with engine.connect() as conn:
            if web.current(conn, request) is None:
                return RedirectResponse("/p/sign-in", 303)
        with engine.connect() as conn:
            account, csrf, pid = signed_in(conn, request)
            view = plan_view.collect(conn, pid)
        unread = [m["id"] for m in view["messages"] if m["status"] == "sent"]
        if unread:  # the one write a page view may make: shown messages become "delivered"
            with store.writing(engine) as conn:
                delivery.mark_read(conn, unread, pid)
        language = getattr(view["person"], "language", None)  # the participant's preferred language (issue 15)
        tx = i18n.translation(language).gettext
        done = {"signed": tx("Thank you: your signature was saved. Your career planner sees it at their next sync."),
                "attendance": tx("Your attendance was saved. Your career planner verifies it.")}
        notice = next((text for key, text in done.items() if request.query_params.get(key)), "")
        return render("plan.html", language=language, csrf=csrf, account=account, notice=notice, **view)

    @router.get("/sign-in", response_class=HTMLResponse)
    @page
    def sign_in_form(request: Request):
        return anonymous("sign_in.html", request)

    @router.post("/sign-in")
    @page
    def sign_in(request: Request, email: str = Form(""), password: str = Form(""), csrf: str = Form("")):
        web.check_csrf(request.cookies.get(web.CSRF_COOKIE), csrf)
        username, address = email.strip().lower(), request.client.host if request.client else ""
        throttle.check(username, address)
        with store.writing(engine) as conn:
            row = conn.execute(select(t.account).where(t.account.c.username == username, t.account.c.role == "participant")).first()
            if row is None or not row.active or not verify_password(row.password_hash, password):
                throttle.failed(username, address)
                return anonymous("sign_in.html", request, error=i18n.translation(request_language(request)).gettext("Wrong email or password."))
            response = RedirectResponse("/p/", 303)
            web.open_session(conn, response, request, row.id)
        return response

    @router.post("/sign-out")
    @page
    def sign_out(request: Request, csrf: str = Form("")):
        with store.writing(engine) as conn:
            _, expected, _ = signed_in(conn, request)
            web.check_csrf(expected, csrf)
            response = RedirectResponse("/p/sign-in", 303)
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
    @page
    def set_password(request: Request, token: str, password: str = Form(""), again: str = Form(""), csrf: str = Form("")):
        web.check_csrf(request.cookies.get(web.CSRF_COOKIE), csrf)
        if password != again:
            return anonymous("set_password.html", request, action=request.url.path, error=i18n.translation(request_language(request)).gettext(
                "The two passwords are not the same."))
        with store.writing(engine) as conn:
            account_id = invites.redeem(conn, token, password)
            response = RedirectResponse("/p/", 303)
            web.open_session(conn, response, request, account_id)
        return response

    @router.get("/reset", response_class=HTMLResponse)
    @page
    def reset_form(request: Request):
        return anonymous("reset.html", request)

    @router.post("/reset")
    @page
    def reset(request: Request, email: str = Form(""), csrf: str = Form("")):
        """The same answer whether or not the address has an account (nobody learns who is a participant)."""
        web.check_csrf(request.cookies.get(web.CSRF_COOKIE), csrf)
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
    @page
    def sign(request: Request, csrf: str = Form(""), strokes: str = Form(""), png: str = Form(""), agree: str = Form("")):
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
        return RedirectResponse("/p/?signed=1", 303)

    @router.post("/attendance")
    @page
    def attendance(request: Request, csrf: str = Form(""), service_id: str = Form(""), day: str = Form(""),
                         check_in: str = Form(""), check_out: str = Form(""), absent: str = Form("")):
        with store.writing(engine) as conn:
            account, expected, pid = signed_in(conn, request)
            web.check_csrf(expected, csrf)
            writes = Writes(conn, account.id, BY_PARTICIPANT.format(name=account.full_name or account.username), pid)
            plan_view.enter_attendance(conn, writes, pid, service_id, day, check_in, check_out, bool(absent))
            writes.commit()
        return RedirectResponse("/p/?attendance=1", 303)

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

