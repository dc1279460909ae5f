"""Accounts in a real browser: register, sign in, throttling, permissions."""
import uuid

from selenium.webdriver.common.by import By

from helpers import assert_accessible, click_and_wait, fill, mailed_link, sign_in, submit

def test_register_then_sign_out_and_in(driver, base_url):
    email = f"ana.{uuid.uuid4().hex[:8]}@example.org"
    driver.get(base_url + "/")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Registracija"))
    assert_accessible(driver)
    # A short password is refused with the reason next to the field.
    fill(driver, {"name": "Ana Novak", "email": email, "password": "kratko"})
    submit(driver)
    error = driver.find_element(By.ID, "field-password-error").text
    assert "vsaj 10 znakov" in error
    assert driver.find_element(By.NAME, "name").get_attribute("value") == "Ana Novak"
    assert_accessible(driver)
    fill(driver, {"password": "zelena-kolesa-9"})
    submit(driver)
    # The account is made from the link sent to the address.
    assert "Poslali smo vam sporočilo" in driver.page_source
    driver.get(base_url + mailed_link(email, "/register/confirm/"))
    assert email in driver.page_source
    assert_accessible(driver)
    submit(driver)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Moj račun"
    assert "Ana Novak" in driver.page_source
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, ".account-menu button"))
    assert "Odjavljeni ste." in driver.page_source
    sign_in(driver, base_url, email, "zelena-kolesa-9")
    assert "Prijavljeni ste." in driver.page_source


def test_kranj_officer_cannot_reach_ljubljana_edit_page(driver, base_url):
    sign_in(driver, base_url, "uradnik.kranj@zaveza.example")
    driver.get(base_url + "/cities/kranj")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Uredi profil"))
    assert "Urejanje profila: Kranj" in driver.find_element(By.TAG_NAME, "h1").text
    assert_accessible(driver)
    driver.get(base_url + "/cities/ljubljana/edit")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Dostop ni dovoljen"
    assert_accessible(driver)
    driver.get(base_url + "/cities/ljubljana")
    assert not driver.find_elements(By.LINK_TEXT, "Uredi profil")


def test_admin_workspace_pages_are_accessible(driver, base_url):
    sign_in(driver, base_url, "admin.ljubljana@zaveza.example")
    for path in ("edit", "people", "tokens", "history", "deleted"):
        driver.get(f"{base_url}/cities/ljubljana/{path}")
        assert driver.find_element(By.TAG_NAME, "h1").text, path
        assert_accessible(driver)
    # A token is shown once after it is created.
    driver.get(base_url + "/cities/ljubljana/tokens")
    fill(driver, {"name": "Merilna postaja"})
    click_and_wait(driver, driver.find_element(By.XPATH, "//main/form[last()]//button[@type='submit']"))
    assert driver.find_element(By.CSS_SELECTOR, "code.secret").text.startswith("zv_")
