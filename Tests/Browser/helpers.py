"""Helpers shared by the browser tests."""
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
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
    """Clicks a link or a submit button and waits until the next page has loaded."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 10).until(expected_conditions.staleness_of(page))
