"""Helpers shared by the browser tests."""
import os
import pathlib

from axe_selenium_python import Axe
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def assert_accessible(driver):
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    serious = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    details = "\n".join(f'{v["id"]} ({v["impact"]}): {v["help"]} — {[n["target"] for n in v["nodes"]][:5]}' for v in serious)
    assert not serious, f"axe found serious or critical violations on {driver.current_url}:\n{details}"
    assert len(driver.find_elements(By.TAG_NAME, "main")) == 1


def click_and_wait(driver, element):
    """Clicks a link or a submit button and waits until the next page has loaded.

    A mark on the old page's window object disappears with the new page; while
    the browser is between pages, questions to it may fail, so they are retried.
    """
    driver.execute_script("window.__zavezaOldPage = true;")
    element.click()

    def next_page_loaded(driver):
        return driver.execute_script("return window.__zavezaOldPage === undefined && document.readyState === 'complete';")

    WebDriverWait(driver, 10, ignored_exceptions=(WebDriverException,)).until(next_page_loaded)


DEMO_PASSWORD = "Cukrarna-2022-demo"


def mailed_link(email, prefix):
    """The last link starting with `prefix` sent to `email`.

    A development server prints each message it puts in the outbox on its
    console; .ci/run keeps that console in the file ZAVEZA_SERVE_LOG names.
    """
    log = pathlib.Path(os.environ["ZAVEZA_SERVE_LOG"]).read_text(encoding="utf-8")
    message = log.rsplit(f"✉ {email} ·", 1)
    assert len(message) == 2, f"no message to {email} in the server's console"
    return next(line for line in message[1].splitlines() if line.startswith(prefix))


def fill(driver, values):
    for name, value in values.items():
        field = driver.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)


def submit(driver):
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def sign_in(driver, base_url, email, password=DEMO_PASSWORD):
    driver.get(base_url + "/login")
    fill(driver, {"email": email, "password": password})
    submit(driver)
