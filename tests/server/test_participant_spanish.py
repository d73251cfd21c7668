"""Issue 15 on the participant's side, over raw HTTP against a real server process and a real SMTP server: a
participant whose preferred language is Spanish gets the invitation email and their page in Spanish, while the
caseworker's laptop works in English; the sign-in page follows the browser's language."""
from __future__ import annotations

from email.header import decode_header, make_header

import httpx

from app import i18n
from app.services import messages
from app.sync.client import sync
from tests.server.participant_helpers import body, link_in, mail_server, mailbox, smtp_settings  # noqa: F401 - fixtures
from tests.server.test_participant_side import csrf_of

EMAIL = "rosa@example.org"


def test_a_spanish_participant_gets_the_invitation_and_the_page_in_spanish(mail_server, net, mailbox):
    assert i18n.current_language() == "en"
    carla = net.device("carla")
    pid = net.world.participant(carla, first_name="Rosa", email=EMAIL, language="es").id
    net.world.goal(pid, carla)
    messages.invite_participant(carla, pid)
    sync(carla, net.server.url)
    [invite] = mailbox.wait(1)
    assert str(make_header(decode_header(invite["Subject"]))) == "Su propia página en Fieldplan"
    assert "Su planificador de carrera le invitó a ver su plan en línea" in body(invite)
    link = link_in(invite)
    client = httpx.Client(base_url=net.server.url)
    form = client.get(link, headers={"Accept-Language": "es-MX,es;q=0.9"})
    assert form.status_code == 200 and "Elija su contraseña" in form.text and '<html lang="es">' in form.text
    done = client.post(link, data={"csrf": csrf_of(form), "password": "nueva clave 1", "again": "nueva clave 1"})
    assert done.status_code == 303
    page = client.get("/p/")  # no Accept-Language: the participant's own preference decides once signed in
    assert page.status_code == 200 and '<html lang="es">' in page.text
    for spanish in ("Sus metas", "Earn a CDL Class A license", "Acepte su plan", "Estoy de acuerdo con este plan", "Mensajes"):
        assert spanish in page.text, spanish
    assert "Your goals" not in page.text and "Agree to your plan" not in page.text


def test_the_sign_in_page_follows_the_browsers_language(net):
    with httpx.Client(base_url=net.server.url) as client:
        spanish = client.get("/p/sign-in", headers={"Accept-Language": "es-ES,es;q=0.9,en;q=0.5"})
        english = client.get("/p/sign-in", headers={"Accept-Language": "fr-FR,en;q=0.5"})
    assert "Inicie sesión para ver su plan" in spanish.text and "¿Olvidó su contraseña?" in spanish.text
    assert "Sign in to see your plan" in english.text and '<html lang="en">' in english.text
