"""The working group in a real browser: a question from Kranj answered from
Velenje and marked solved; the directory; axe on every page."""
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from helpers import assert_accessible, click_and_wait, fill, sign_in


def test_kranj_asks_velenje_answers_and_kranj_marks_it_solved(driver, base_url):
    title = f"Kdo je že uvedel skupnostno sončno elektrarno? {uuid.uuid4().hex[:6]}"
    sign_in(driver, base_url, "delovna.skupina@zaveza.example")
    driver.get(base_url + "/")
    assert "čaka" in driver.find_element(By.ID, "open-help-requests").text
    click_and_wait(driver, driver.find_element(By.XPATH, "//nav[@class='site-nav']//a[text()='Vprašanja']"))
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Zastavi vprašanje"))
    assert_accessible(driver)
    fill(driver, {"title": title, "question": "Kako ste uredili razdelitev elektrike med člane skupnosti?"})
    Select(driver.find_element(By.NAME, "field")).select_by_value("energy_systems")
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Zastavi vprašanje']"))
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    address = driver.current_url
    assert "Na vprašanja odgovarjajo člani drugih mest" in driver.page_source
    assert_accessible(driver)

    driver.delete_all_cookies()
    sign_in(driver, base_url, "clanica.velenje@zaveza.example")
    driver.get(address)
    fill(driver, {"body": "V Velenju delimo elektriko po ključu iz pogodbe skupnosti; vzorec vam pošljemo."})
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Odgovori']"))
    answers = driver.find_element(By.CLASS_NAME, "answers").text
    assert "Članica delovne skupine iz Velenja (demo), Velenje" in answers and "vzorec vam pošljemo" in answers
    assert_accessible(driver)

    driver.delete_all_cookies()
    sign_in(driver, base_url, "delovna.skupina@zaveza.example")
    driver.get(address)
    click_and_wait(driver, driver.find_element(By.XPATH, "//ol[@class='answers']//button[text()='Označi kot rešitev']"))
    assert "Ta odgovor je rešil vprašanje." in driver.find_element(By.CLASS_NAME, "answers").text
    assert "rešeno" in driver.find_element(By.CSS_SELECTOR, "main .badge").text
    assert_accessible(driver)


def test_visitor_finds_a_member_by_field_and_sees_no_contacts(driver, base_url):
    driver.get(base_url + "/working-group")
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.XPATH, "//nav[@aria-label='Področje']//a[text()='Mobilnost in promet']"))
    rows = driver.find_elements(By.CSS_SELECTOR, "table tbody tr")
    assert {row.find_element(By.TAG_NAME, "a").text for row in rows} == {"Luka Jereb (demo)", "Tomaž Horvat (demo)"}
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Tomaž Horvat (demo)"))
    assert "Stike članov vidijo člani delovne skupine" in driver.page_source
    assert "@" not in driver.find_element(By.TAG_NAME, "main").text
    assert_accessible(driver)


def test_member_publishes_a_practice_with_a_pdf_and_a_visitor_reads_it(driver, base_url, tmp_path):
    title = f"Toplotna črpalka v vrtcu {uuid.uuid4().hex[:6]}"
    sign_in(driver, base_url, "delovna.skupina@zaveza.example")
    driver.get(base_url + "/practices")
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Dodaj dobro prakso"))
    assert_accessible(driver)
    fill(driver, {
        "title": title, "summary": "Vrtec ogreva toplotna črpalka namesto kotla na olje.",
        "challenge": "Star kotel na olje.", "solution": "Toplotna črpalka zrak-voda in nova regulacija.",
        "result_label_1": "Manj kurilnega olja", "result_value_1": "12.000", "result_unit_1": "L", "result_year_1": "2025",
        "cost_eur": "85.000",
    })
    Select(driver.find_element(By.NAME, "field")).select_by_value("buildings")
    Select(driver.find_element(By.NAME, "purpose")).select_by_value("mitigation")
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Shrani']"))
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    assert "Osnutek" in driver.page_source
    pdf = tmp_path / "Poročilo vrtca.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    driver.find_element(By.ID, "field-file").send_keys(str(pdf))
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Dodaj prilogo']"))
    assert "Poročilo vrtca.pdf" in driver.find_element(By.CLASS_NAME, "attachments").text
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Objavi']"))
    address = driver.current_url
    assert_accessible(driver)

    driver.delete_all_cookies()
    driver.get(base_url + "/practices")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, title))
    assert driver.current_url == address
    assert "12.000" in driver.page_source and "85.000" in driver.page_source
    link = driver.find_element(By.LINK_TEXT, "Poročilo vrtca.pdf").get_attribute("href")
    assert "/attachments/" in link
    assert_accessible(driver)


def test_visitor_finds_a_practice_without_diacritics_and_sees_the_marked_snippet(driver, base_url):
    driver.delete_all_cookies()
    driver.get(base_url + "/practices")
    box = driver.find_element(By.ID, "field-q")
    box.send_keys("crpalka")
    click_and_wait(driver, driver.find_element(By.XPATH, "//form[@role='search']//button"))
    assert "q=crpalka" in driver.current_url
    status = driver.find_element(By.XPATH, "//p[@role='status']").text
    assert "»crpalka«" in status
    link = driver.find_element(By.PARTIAL_LINK_TEXT, "na iztoku čistilne naprave")
    assert "črpalka" in link.find_element(By.TAG_NAME, "mark").text.lower()
    assert_accessible(driver)


def test_velenje_replicates_a_practice_and_it_shows_replicated_by_one_city(driver, base_url):
    title = f"Izposoja tovornih koles {uuid.uuid4().hex[:6]}"
    sign_in(driver, base_url, "delovna.skupina@zaveza.example")
    driver.get(base_url + "/practices/new")
    fill(driver, {
        "title": title, "summary": "Mesto posoja tovorna kolesa za dostavo in družine.",
        "challenge": "Kratke dostave z avtomobili.", "solution": "Dvajset tovornih koles na petih postajah.",
        "cost_eur": "60.000",
    })
    Select(driver.find_element(By.NAME, "field")).select_by_value("mobility")
    Select(driver.find_element(By.NAME, "purpose")).select_by_value("mitigation")
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Shrani']"))
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Objavi']"))
    address = driver.current_url
    driver.delete_all_cookies()

    sign_in(driver, base_url, "uradnica.velenje@zaveza.example")
    driver.get(address)
    assert "Prakse še ni ponovilo nobeno drugo mesto." in driver.page_source
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Ponovi v mestu Velenje"))
    assert_accessible(driver)
    assert driver.find_element(By.NAME, "name").get_attribute("value") == title
    assert driver.find_element(By.NAME, "capex_eur").get_attribute("value") == "60000"
    assert "predizpolnjen iz dobre prakse" in driver.page_source
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[@type='submit' and not(ancestor::form[@role='search'])]"))
    assert "/cities/velenje/actions/" in driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text.endswith(title)

    driver.get(address)
    assert "Ponovilo jo je 1 mesto." in driver.page_source
    row = driver.find_element(By.XPATH, "//section//table//tr[th/a[text()='Velenje']] | //table//tr[th/a[text()='Velenje']]")
    assert title in row.text and "načrtovan" in row.text
    assert_accessible(driver)
    driver.get(base_url + "/practices?replicated=yes&q=" + title.split()[-1])
    assert "ponovljena v 1 mestu" in driver.page_source
