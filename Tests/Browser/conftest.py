"""Browser tests: real Chromium through Selenium, with axe-core checks.

The server must already run (see .ci/run); ZAVEZA_BASE_URL says where
(default http://127.0.0.1:8080). A failing test leaves a screenshot in
Tests/Browser/screenshots/.
"""
import os
import pathlib

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

SCREENSHOTS = pathlib.Path(__file__).parent / "screenshots"


@pytest.fixture(scope="session")
def base_url():
    return os.environ.get("ZAVEZA_BASE_URL", "http://127.0.0.1:8080").rstrip("/")


@pytest.fixture(scope="session")
def browser():
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,800"):
        options.add_argument(argument)
    options.add_argument("--lang=sl-SI")
    options.add_experimental_option("prefs", {"intl.accept_languages": "sl-SI,sl"})
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def driver(browser, base_url):
    """A browser with no cookies left from another test."""
    browser.get(base_url + "/healthz")
    browser.delete_all_cookies()
    return browser


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        driver = item.funcargs.get("driver") or item.funcargs.get("browser")
        if driver is not None:
            SCREENSHOTS.mkdir(exist_ok=True)
            driver.save_screenshot(str(SCREENSHOTS / f"{item.name}.png"))
