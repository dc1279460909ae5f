"""What a visitor sees: home, the list of cities, a city, the language switch.

Every page is checked with axe (no serious or critical violations) and must
have exactly one main landmark and the right <html lang>.
"""
import pytest
from selenium.webdriver.common.by import By

from helpers import assert_accessible, click_and_wait


def html_lang(driver):
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang")


def test_home_names_the_member_cities_in_slovenian(driver, base_url):
    driver.get(base_url + "/")
    assert html_lang(driver) == "sl"
    cards = [a.text for a in driver.find_elements(By.CSS_SELECTOR, ".cards h3 a")]
    assert cards == ["Kranj", "Ljubljana", "Velenje"]
    assert "V partnerstvu so 3 mesta." in driver.page_source
    assert_accessible(driver)


def test_skip_link_moves_focus_to_main(driver, base_url):
    driver.get(base_url + "/")
    skip = driver.find_element(By.CSS_SELECTOR, "a.skip-link")
    skip.send_keys("\n")
    assert driver.switch_to.active_element.get_attribute("id") == "main"


def test_city_list_and_filter(driver, base_url):
    driver.get(base_url + "/cities")
    rows = driver.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == 12
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Članice partnerstva"))
    rows = driver.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert [r.find_element(By.TAG_NAME, "th").text for r in rows] == ["Kranj", "Ljubljana", "Velenje"]
    assert_accessible(driver)


def test_city_page(driver, base_url):
    driver.get(base_url + "/cities")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Kranj"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Kranj"
    facts = driver.find_element(By.CSS_SELECTOR, ".facts").text
    assert "57.000" in facts and "2018" in facts
    assert_accessible(driver)


def test_language_switch_changes_every_string_and_is_remembered(driver, base_url):
    driver.get(base_url + "/cities/velenje")
    slovenian_nav = driver.find_element(By.CSS_SELECTOR, ".site-nav").text
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "English"))
    assert driver.current_url == base_url + "/cities/velenje"
    assert html_lang(driver) == "en"
    assert driver.find_element(By.CSS_SELECTOR, ".site-nav").text != slovenian_nav
    assert "Mission Label: May 2025" in driver.page_source
    assert_accessible(driver)
    # The choice is kept for the next page.
    driver.get(base_url + "/")
    assert html_lang(driver) == "en"
    assert "The partnership has 3 cities." in driver.page_source
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Slovenščina"))
    assert html_lang(driver) == "sl"


@pytest.mark.parametrize("path", ["/no-such-page", "/cities/atlantis"])
def test_not_found_page(driver, base_url, path):
    driver.get(base_url + path)
    assert "Strani ni mogoče najti" in driver.find_element(By.TAG_NAME, "h1").text
    assert_accessible(driver)


def test_phone_width_has_no_horizontal_scroll(driver, base_url):
    driver.set_window_size(375, 800)
    try:
        driver.get(base_url + "/cities/ljubljana")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        assert width <= 375
    finally:
        driver.set_window_size(1280, 800)


def test_emission_factors_page(driver, base_url):
    driver.get(base_url + "/")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Emisijski faktorji"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Emisijski faktorji"
    gas = driver.find_element(By.XPATH, "//tbody/tr[th='zemeljski plin']")
    assert [td.text for td in gas.find_elements(By.TAG_NAME, "td")] == ["56.100", "48,0", "0,203"]
    assert_accessible(driver)


def test_partnership_table_sorts_and_shows_the_joint_pathway(driver, base_url):
    driver.get(base_url + "/")
    click_and_wait(driver, driver.find_element(By.XPATH, "//nav[contains(@class,'site-nav')]//a[text()='Partnerstvo']"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Partnerstvo: mesta drugo ob drugem"
    assert driver.find_element(By.ID, "joint-probability").text.endswith("%")
    assert driver.find_element(By.CSS_SELECTOR, "svg#chart-joint")
    assert_accessible(driver)

    def cities():
        return [a.text for a in driver.find_elements(By.CSS_SELECTOR, "table.list-cards tbody th a")]

    assert cities()[:3] == ["Celje", "Koper", "Kranj"]
    click_and_wait(driver, driver.find_element(By.XPATH, "//table[contains(@class,'list-cards')]//th//a[starts-with(., 'Na prebivalca')]"))
    assert cities()[:3] == ["Kranj", "Ljubljana", "Velenje"]
    heading = driver.find_element(By.XPATH, "//table[contains(@class,'list-cards')]//th[@aria-sort]")
    assert heading.text.startswith("Na prebivalca") and heading.get_attribute("aria-sort") == "ascending"
    click_and_wait(driver, driver.find_element(By.XPATH, "//table[contains(@class,'list-cards')]//th//a[starts-with(., 'Prebivalci')]"))
    assert cities()[0] == "Ljubljana"
    assert_accessible(driver)
