"""The participant's page in a real headless Chromium (Debian's chromium + chromedriver, driven by Selenium):
invite email → set password → see the plan → sign on the pad → enter attendance → the caseworker's laptop syncs
and shows the signed agreement and the attendance. Saves screenshots to docs/screenshots/participant-*.png."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from app import domain
from app.services import attendance, messages, plan_services, records, signatures, update_log
from app.sync.client import sync
from tests.server.participant_helpers import link_in, mail_server, mailbox, smtp_settings  # noqa: F401 - fixtures

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000", "--lang=en-US"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def shot(driver, name: str, width: int) -> None:
    """The whole page at a phone's or a desktop's width."""
    driver.set_window_size(width, 900)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height + 40, 700), 3000))
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"participant-{name}.png"))


@pytest.mark.parametrize("server", ["sqlite"], indirect=True)
def test_invite_sign_and_attendance_in_a_real_browser_reach_the_laptop(mail_server, net, mailbox, browser):
    carla = net.device("carla")
    pid = net.world.participant(carla, email="jose@example.org", phone="555-0100").id
    goal = net.world.goal(pid, carla)
    service = net.world.service(pid, goal.id, carla, other_provider_name="Rock River Driving School")
    plan_services.update_service(carla, service.id, status=domain.STARTED)
    records.add_case_note(carla, pid, contact_date=dt.date.today().strftime("%m/%d/%Y"), subject="Welcome to the program",
                          message="Your CDL class starts Monday at 9. Bring your ID.", delivery="Message to participant")
    records.record_agreement(carla, pid, "Request sent (electronic, pending)")
    messages.invite_participant(carla, pid)
    sync(carla, net.server.url)
    invite = mailbox.with_subject("Your own page in Fieldplan")

    browser.get(net.server.url + link_in(invite))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Set your password"
    shot(browser, "set-password-phone", 390)
    browser.find_element(By.ID, "password").send_keys("my own secret")
    browser.find_element(By.ID, "again").send_keys("my own secret")
    browser.find_element(By.ID, "save-password").click()
    WebDriverWait(browser, 10).until(ec.presence_of_element_located((By.ID, "goals")))
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "José Ñúñez" in page and "Earn a CDL Class A license" in page and "Vocational Training" in page
    assert "Carla Caseworker" in page and "Your CDL class starts Monday at 9. Bring your ID." in page
    assert "Request sent (electronic, pending)" in browser.find_element(By.ID, "agreement-status").text
    assert pid not in browser.current_url
    cookie = browser.get_cookie("fp_session")
    assert cookie["httpOnly"] is True and cookie["sameSite"] == "Strict"
    shot(browser, "plan-phone", 390)
    shot(browser, "plan-desktop", 1280)

    browser.set_window_size(1280, 1400)
    pad = browser.find_element(By.ID, "pad")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", pad)
    ActionChains(browser).move_to_element_with_offset(pad, -150, 0).click_and_hold().move_by_offset(60, -30).move_by_offset(60, 40) \
        .move_by_offset(80, -20).release().perform()
    browser.find_element(By.ID, "agree").click()
    browser.find_element(By.ID, "sign-button").click()
    WebDriverWait(browser, 10).until(ec.presence_of_element_located((By.ID, "signed")))
    assert browser.find_element(By.ID, "agreement-status").text == "Signature collected – electronic"

    for field, value in (("check_in", "09:00"), ("check_out", "13:30")):
        browser.execute_script("arguments[0].value = arguments[1]", browser.find_element(By.ID, field), value)
    browser.find_element(By.ID, "attendance-button").click()
    # the signed page has a notice of its own with that id: wait for the attendance's, not merely for one
    WebDriverWait(browser, 10).until(ec.text_to_be_present_in_element((By.ID, "done"), "Your attendance was saved."))
    assert browser.find_element(By.ID, "done").text == "Your attendance was saved. Your career planner verifies it."
    shot(browser, "signed-desktop", 1280)

    sync(carla, net.server.url)
    status, needs = records.agreement_status(carla, pid)
    assert (status, needs) == ("Signature collected – electronic", False)
    [signature] = signatures.list_signatures(carla, pid)
    strokes = json.loads(signature.strokes)
    assert signature.signer_role == "participant" and len(strokes) == 1 and len(strokes[0]) >= 3
    assert signatures.signature_png(carla, signature).startswith(b"\x89PNG")
    today = dt.date.today()
    [mine] = [d for d in attendance.get_week(carla, service.id, today) if d.day == today]
    assert (mine.check_in, mine.check_out) == ("09:00", "13:30")
    by_participant = {e.entity for e in update_log.list_log(carla, pid) if e.user_name == "José Ñúñez (by the participant)"}
    assert {"Plan agreement", "Signature", "Attendance week"} <= by_participant
