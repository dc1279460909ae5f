"""A city's climate workspace in a real browser: the inventory import, an
action changing the pathway, the public dashboard; axe on every page."""
import random
import re
import tempfile
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from helpers import assert_accessible, click_and_wait, fill, sign_in

HEADER = "gpc,carrier,amount,unit,factor_tco2e_per_unit,emissions_tco2e,notation_key,data_source,quality\n"
# Line 3 has a unit that does not exist.
BAD = HEADER + "I.1.1,natural_gas,1000,MWh,,,,Plinovodi,high\nI.1.2,electricity,95000,barrel,,,,Elektro,high\nIII.1.2,,,,,12000,,Komunala,medium\n"
GOOD = HEADER + "I.1.1,natural_gas,1000,MWh,,,,Plinovodi,high\nI.1.2,electricity,95000,MWh,,,,Elektro,high\nIII.1.2,,,,,12000,,Komunala,medium\n"


def number(text):
    """A Slovenian whole number ("130.141 t CO₂e") as an int."""
    return int(re.sub(r"[^0-9]", "", text.split("t")[0]))


def planned_2030(driver, base_url):
    driver.get(base_url + "/cities/kranj")
    figure = driver.find_element(By.XPATH, "//div[@class='key-figures']/dl[dt[starts-with(., 'Načrtovano 2030')]]/dd[1]")
    return number(figure.text)


def upload(driver, text):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as file:
        file.write(text)
    driver.find_element(By.ID, "field-file").send_keys(file.name)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/import'] button[type=submit]"))


def test_officer_imports_an_inventory_fixes_the_bad_line_and_sees_the_totals(driver, base_url):
    sign_in(driver, base_url, "uradnik.kranj@zaveza.example")
    driver.get(base_url + "/cities/kranj")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Inventure izpustov"))
    assert_accessible(driver)
    # A year no other run of this test has used on this server; from 2050 on electricity is 0.02 a MWh.
    year = str(random.randint(2050, 2099))
    fill(driver, {"year": year})
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Ustvari inventuro']"))
    assert f"Inventura {year}: Kranj" in driver.find_element(By.TAG_NAME, "h1").text
    assert_accessible(driver)

    upload(driver, BAD)
    problems = driver.find_element(By.ID, "import-problems").text
    assert "Nič ni uvoženo" in problems
    assert 'vrstica 3: neznana enota "barrel"' in problems
    assert "Inventura še nima vrstic." in driver.page_source
    assert_accessible(driver)

    upload(driver, GOOD)
    assert "Datoteka je uvožena" in driver.page_source
    rows = driver.find_elements(By.CSS_SELECTOR, "section[aria-label='Vrstice'] tbody tr")
    assert len(rows) == 3
    # 202.5594 (gas) + 95,000 MWh × 0.02 (electricity) + 12,000 (landfill).
    total = number(driver.find_element(By.CSS_SELECTOR, ".totals .big-number").text)
    assert total == round(202.5594 + 95000 * 0.02 + 12000)
    assert_accessible(driver)
    # A row is edited in place.
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "a[aria-label='Uredi III.1.2']"))
    assert_accessible(driver)
    fill(driver, {"emissions_tco2e": "11000"})
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Shrani vrstico']"))
    assert number(driver.find_element(By.CSS_SELECTOR, ".totals .big-number").text) == round(202.5594 + 95000 * 0.02 + 11000)


def test_officer_adds_an_action_and_the_pathway_falls(driver, base_url):
    sign_in(driver, base_url, "uradnik.kranj@zaveza.example")
    before = planned_2030(driver, base_url)
    click_and_wait(driver, driver.find_element(By.XPATH, "//nav[@class='workspace-menu']//a[text()='Ukrepi']"))
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Nov ukrep"))
    assert_accessible(driver)
    code = "T" + uuid.uuid4().hex[:4].upper()
    def shown():
        return [e.get_attribute("name") for e in driver.find_elements(By.CSS_SELECTOR, ".effect-field [name]") if e.is_displayed()]
    # The effect's fields show once a kind is chosen, and only that kind's.
    assert shown() == []
    Select(driver.find_element(By.NAME, "effect_kind")).select_by_value("removal")
    assert shown() == ["effect_min", "effect_mode", "effect_max", "effect_start", "effect_full"]
    Select(driver.find_element(By.NAME, "effect_kind")).select_by_value("reduce_activity")
    assert shown() == ["effect_gpc", "effect_carrier", "effect_min", "effect_mode", "effect_max", "effect_start", "effect_full"]
    fill(driver, {"code": code, "name": "Brezplačen javni prevoz za dijake", "progress": "0",
                  "effect_min": "5", "effect_mode": "10", "effect_max": "15", "effect_start": "2026", "effect_full": "2029"})
    Select(driver.find_element(By.NAME, "field")).select_by_value("mobility")
    gpc = Select(driver.find_element(By.NAME, "effect_gpc"))
    gpc.select_by_value("II.1")
    assert gpc.first_selected_option.text == "II.1 Cestni promet"
    Select(driver.find_element(By.NAME, "effect_carrier")).select_by_value("diesel")
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Shrani ukrep']"))
    assert driver.find_element(By.TAG_NAME, "h1").text == f"{code} · Brezplačen javni prevoz za dijake"
    assert "Zmanjšanje izpustov v letu 2030" in driver.page_source
    # The notice says what the action did to the gap.
    assert re.search(r"(Vrzel 2030|Cilj 2030 je dosežen, rezerva): [0-9.]+ t CO₂e → [0-9.]+ t CO₂e\.", driver.find_element(By.CLASS_NAME, "notice").text)
    assert_accessible(driver)
    after = planned_2030(driver, base_url)
    assert after < before, f"planned 2030 emissions went from {before} to {after}"


def test_officer_adds_growth_and_business_as_usual_rises(driver, base_url):
    sign_in(driver, base_url, "uradnik.kranj@zaveza.example")
    driver.get(base_url + "/cities/kranj")
    click_and_wait(driver, driver.find_element(By.XPATH, "//nav[@class='workspace-menu']//a[text()='Rast dejavnosti']"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Rast dejavnosti v Kranju"
    assert_accessible(driver)
    before = number(driver.find_element(By.ID, "bau-target").text)
    Select(driver.find_element(By.NAME, "gpc")).select_by_value("I.1")
    fill(driver, {"rate": "2", "rate_min": "1", "rate_max": "3", "source": "Nova stanovanjska naselja"})
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Dodaj stopnjo rasti']"))
    assert re.search(r"(Vrzel 2030|Cilj 2030 je dosežen, rezerva): [0-9.]+ t CO₂e → [0-9.]+ t CO₂e\.", driver.find_element(By.CLASS_NAME, "notice").text)
    after = number(driver.find_element(By.ID, "bau-target").text)
    assert after > before, f"business as usual in 2030 went from {before} to {after}"
    row = driver.find_element(By.XPATH, "//main//tr[th[starts-with(., 'I.1 ')]]")
    assert "2 % (1 % do 3 %)" in row.text.replace("\u00a0", " ")
    assert_accessible(driver)
    # The dashboard's business-as-usual line says where it comes from.
    driver.get(base_url + "/cities/kranj")
    assert driver.find_element(By.LINK_TEXT, "Pot brez ukrepov upošteva rast dejavnosti mesta.")
    # Put back as it was, for the other tests.
    driver.get(base_url + "/cities/kranj/growth")
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//tr[th[starts-with(., 'I.1 ')]]//form//button"))
    assert not driver.find_elements(By.XPATH, "//main//tr[th[starts-with(., 'I.1 ')]]")


def test_officer_builds_a_scenario_without_two_actions_and_sees_it_on_the_comparison(driver, base_url):
    sign_in(driver, base_url, "uradnik.kranj@zaveza.example")
    driver.get(base_url + "/cities/kranj")
    click_and_wait(driver, driver.find_element(By.XPATH, "//nav[@class='workspace-menu']//a[text()='Scenariji']"))
    assert_accessible(driver)
    name = "Brez avtomobilskih ukrepov " + uuid.uuid4().hex[:4]
    fill(driver, {"name": name})
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Ustvari scenarij']"))
    assert driver.find_element(By.TAG_NAME, "h1").text == name
    assert "scenarij je enak sprejetemu načrtu" in driver.page_source
    assert_accessible(driver)
    for code in ("M1", "M2"):
        box = driver.find_element(By.CSS_SELECTOR, f"input[type=checkbox][aria-label='{code} v scenariju']")
        assert box.is_selected()
        box.click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Shrani scenarij']"))
    changes = driver.find_element(By.CSS_SELECTOR, "ul.changes").text
    assert "M1 Manj voženj z avtomobilom: izpuščen" in changes and "M2 Električna vozila in polnilnice: izpuščen" in changes
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.XPATH, "//nav[contains(@class,'breadcrumbs')]//a[text()='Scenariji']"))
    legend = driver.find_element(By.CSS_SELECTOR, "#chart-scenarios").find_element(By.XPATH, "..").text
    assert name in driver.find_element(By.TAG_NAME, "main").text
    table = "//table[caption[starts-with(., 'Scenariji v ciljnem letu')]]"
    row = driver.find_element(By.XPATH, f"{table}//tr[th[a[text()='{name}']]]")
    plan = driver.find_element(By.XPATH, f"{table}//tr[th[text()='Sprejeti načrt']]")
    assert number(row.find_elements(By.TAG_NAME, "td")[0].text) > number(plan.find_elements(By.TAG_NAME, "td")[0].text)
    assert driver.find_elements(By.XPATH, f"//*[@id='chart-scenarios']//*[contains(., '{name}')]") or name in legend
    assert_accessible(driver)


def test_visitor_switches_the_largest_action_off_in_the_what_if_and_the_chance_falls(driver, base_url):
    driver.get(base_url + "/cities/kranj")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Kaj če? Izklopite ali zamaknite ukrepe"))
    assert_accessible(driver)
    chance = number(driver.find_element(By.ID, "what-if-probability").text)
    assert chance >= 30, f"the demo plan's chance of 2030 is {chance} %"
    driver.find_element(By.CSS_SELECTOR, "input[aria-label='E4 vključen']").click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Izračunaj']"))
    assert number(driver.find_element(By.ID, "what-if-probability").text) < chance
    assert_accessible(driver)


def test_visitor_switches_an_action_off_in_the_what_if_and_the_2030_number_moves(driver, base_url):
    driver.get(base_url + "/cities/kranj")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Kaj če? Izklopite ali zamaknite ukrepe"))
    assert_accessible(driver)
    before = number(driver.find_element(By.ID, "what-if-planned").text)
    driver.find_element(By.CSS_SELECTOR, "input[aria-label='E1 vključen']").click()
    Select(driver.find_element(By.CSS_SELECTOR, "select[aria-label='Zamik M2']")).select_by_value("5")
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Izračunaj']"))
    after = number(driver.find_element(By.ID, "what-if-planned").text)
    assert after > before, f"planned 2030 went from {before} to {after}"
    # The address holds the choice: opened again, it gives the same answer.
    shared = driver.current_url
    assert "delay_M2=5" in shared and "on_E1" not in shared
    driver.get(shared)
    assert number(driver.find_element(By.ID, "what-if-planned").text) == after
    assert not driver.find_element(By.CSS_SELECTOR, "input[aria-label='E1 vključen']").is_selected()
    assert_accessible(driver)


def test_visitor_sees_the_public_dashboard_actions_and_inventory(driver, base_url):
    driver.get(base_url + "/cities/kranj")
    assert driver.find_element(By.ID, "pathway")
    for chart in ("chart-pathway", "chart-gap", "chart-wedges", "chart-sectors"):
        svg = driver.find_element(By.ID, chart)
        assert svg.find_element(By.TAG_NAME, "title").get_attribute("textContent")
        assert svg.find_element(By.TAG_NAME, "desc").get_attribute("textContent")
    assert "Verjetnost, da bo cilj dosežen" in driver.page_source
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Ukrepi"))
    assert "Ukrepi: Kranj" in driver.find_element(By.TAG_NAME, "h1").text
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "mobilnost in promet".capitalize()))
    codes = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "tbody th")]
    assert "M1" in codes and "B1" not in codes
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Manj voženj z avtomobilom"))
    assert_accessible(driver)
    driver.get(base_url + "/cities/kranj/inventories/2018")
    assert "250.448 t CO₂e" in driver.find_element(By.CSS_SELECTOR, ".totals .big-number").text
    assert not driver.find_elements(By.ID, "add-row"), "visitors do not get the forms"
    assert_accessible(driver)


def test_officer_enters_an_indicator_value_and_sees_the_status(driver, base_url):
    sign_in(driver, base_url, "uradnik.kranj@zaveza.example")
    driver.get(base_url + "/cities/kranj/indicators")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Ločeno zbrani komunalni odpadki"))
    fill(driver, {"date": "2029", "value": "81,5"})
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Shrani vrednost']"))
    assert "cilj dosežen" in driver.find_element(By.CSS_SELECTOR, "main .badge").text
    rows = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "main tbody th")]
    assert rows[0] == "2029"
    assert_accessible(driver)
    # Everyone sees it on the public list.
    driver.delete_all_cookies()
    driver.get(base_url + "/cities/kranj/indicators")
    row = driver.find_element(By.XPATH, "//tr[th/a[text()='Ločeno zbrani komunalni odpadki']]")
    assert "81,5 %" in row.text and "cilj dosežen" in row.text
    assert_accessible(driver)


def test_every_workspace_page_is_accessible(driver, base_url):
    sign_in(driver, base_url, "uradnik.kranj@zaveza.example")
    for path in ("inventories", "inventories/2018", "factors", "growth", "scenarios", "actions", "actions/new", "indicators", "hazards", "reports",
                 "reports/ccc", "reports/covenant", "reports/gpc"):
        driver.get(f"{base_url}/cities/kranj/{path}")
        assert driver.find_element(By.TAG_NAME, "h1").text, path
        assert_accessible(driver)
    driver.get(base_url + "/cities/kranj/actions")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Sončne elektrarne na javnih stavbah"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Uredi ukrep"))
    assert_accessible(driver)
    # A refused form is accessible too: errors tied to their fields.
    fill(driver, {"effect_mode": "150"})
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Shrani ukrep']"))
    assert driver.find_element(By.ID, "field-effect_mode-error").text
    assert_accessible(driver)
    driver.get(base_url + "/cities/kranj/indicators")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Javne polnilnice za električna vozila"))
    assert driver.find_element(By.CSS_SELECTOR, "svg.point-chart title").get_attribute("textContent")
    assert_accessible(driver)
    driver.get(base_url + "/cities/kranj/hazards")
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//td/a[text()='Uredi']"))
    assert_accessible(driver)
    driver.get(base_url + "/language/en?back=/cities/kranj/actions")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Actions: Kranj"
    assert_accessible(driver)
    driver.get(base_url + "/language/sl?back=/")


def test_officer_lands_in_the_workspace_and_undoes_a_stray_delete(driver, base_url):
    sign_in(driver, base_url, "uradnik.kranj@zaveza.example")
    # Straight to work: the city's page, its one menu with the overview current, what waits.
    assert driver.current_url == base_url + "/cities/kranj"
    assert driver.find_element(By.LINK_TEXT, "Moje mesto").get_attribute("href").endswith("/cities/kranj")
    current = driver.find_elements(By.CSS_SELECTOR, "a[aria-current='page']")
    assert [link.text for link in current] == ["Pregled"]
    assert driver.find_element(By.ID, "waiting-title").text == "Čaka na vas"
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.XPATH, "//nav[@class='workspace-menu']//a[text()='Ukrepi']"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Manj voženj z avtomobilom"))
    code = driver.find_element(By.TAG_NAME, "h1").text.split(" · ")[0]
    click_and_wait(driver, driver.find_element(By.XPATH, f"//button[text()='Izbriši ukrep {code}']"))
    notice = driver.find_element(By.CSS_SELECTOR, ".notice")
    assert "izbrisan" in notice.text.lower() or "deleted" in notice.text.lower()
    assert_accessible(driver)
    assert "Manj voženj z avtomobilom" not in driver.page_source
    click_and_wait(driver, notice.find_element(By.XPATH, ".//button[text()='Razveljavi']"))
    assert driver.current_url == base_url + "/cities/kranj/actions"
    assert "Manj voženj z avtomobilom" in driver.page_source


def test_report_submission_asks_first(driver, base_url):
    sign_in(driver, base_url, "uradnik.kranj@zaveza.example")
    driver.get(base_url + "/cities/kranj/reports")
    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Oddaj in shrani posnetek: Konvencija"))
    assert "Oddaja poročila" in driver.find_element(By.TAG_NAME, "h1").text
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Oddaj poročilo']"))
    assert "Poročilo je oddano" in driver.find_element(By.CSS_SELECTOR, ".notice").text


def test_tap_targets_are_at_least_24_px(driver, base_url):
    sign_in(driver, base_url, "admin.ljubljana@zaveza.example")
    small, seen = [], 0
    for path in ("/cities/ljubljana", "/cities/ljubljana/actions", "/cities/ljubljana/actions/new", "/cities/ljubljana/reports",
                 "/cities/ljubljana/indicators", "/cities/ljubljana/inventories"):
        driver.get(base_url + path)
        boxes = driver.execute_script("""
            const targets = document.querySelectorAll(
                "main button, main input[type=checkbox], main td a, nav.workspace-menu a, main .action-list a, main .waiting a");
            return Array.from(targets).filter(e => e.offsetParent !== null).map(e => {
                const box = e.getBoundingClientRect();
                return [location.pathname, e.textContent.trim().slice(0, 40), Math.round(box.width), Math.round(box.height)];
            });
        """)
        seen += len(boxes)
        small += [box for box in boxes if box[2] < 24 or box[3] < 24]
    assert seen > 50, f"only {seen} tap targets found"
    assert not small, f"tap targets under 24 × 24 px: {small}"


def test_dashboard_reads_on_a_phone(driver, base_url):
    driver.set_window_size(390, 844)
    try:
        driver.get(base_url + "/cities/kranj")
        measured = driver.execute_script("""
            return Array.from(document.querySelectorAll('#pathway svg[role=img]'))
              .filter(svg => svg.getBoundingClientRect().width > 0)
              .map(svg => {
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                const texts = Array.from(svg.querySelectorAll('text'));
                const years = texts.filter(t => /^(19|20)[0-9][0-9]$/.test(t.textContent)).map(t => t.getBoundingClientRect());
                let overlap = false;
                for (let i = 1; i < years.length; i++) if (years[i].left < years[i - 1].right) overlap = true;
                const right = svg.getBoundingClientRect().right;
                return {id: svg.id, smallest: Math.min(...texts.map(t => parseFloat(t.getAttribute('font-size')) * scale)),
                        overlap: overlap, outside: texts.some(t => t.getBoundingClientRect().right > right + 1)};
              });""")
        assert sorted(m["id"] for m in measured) == ["chart-gap-narrow", "chart-pathway-narrow", "chart-sectors-narrow", "chart-wedges-narrow"]
        for chart in measured:
            assert chart["smallest"] >= 12, chart
            assert not chart["overlap"], chart
            assert not chart["outside"], chart
        # The numbers sit in a section that opens, years as rows.
        details = driver.find_element(By.CSS_SELECTOR, "#pathway details.chart-numbers")
        assert not details.find_element(By.TAG_NAME, "table").is_displayed()
        details.find_element(By.TAG_NAME, "summary").click()
        assert details.find_element(By.XPATH, ".//tbody/tr[1]/th").text == "2018"
        assert_accessible(driver)
    finally:
        driver.set_window_size(1280, 800)


# A4 at 96 px an inch, less the page's 12 mm margins either side (style.css's @page).
A4_PORTRAIT_PX = round((210 - 24) / 25.4 * 96)
A4_LANDSCAPE_PX = round((297 - 24) / 25.4 * 96)


def test_reports_and_the_dashboard_print_on_a4_with_every_column(driver, base_url):
    import base64

    sign_in(driver, base_url, "uradnik.kranj@zaveza.example")
    pages = [("/cities/kranj/reports/ccc", True), ("/cities/kranj/reports/covenant", True), ("/cities/kranj/reports/gpc", True),
             ("/cities/kranj", False)]
    try:
        for path, landscape in pages:
            driver.get(base_url + path)
            # The PDF: every page A4, turned as the page's tables need.
            pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
            boxes = {tuple(round(float(v)) for v in box.split()[2:]) for box in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf)}
            assert boxes == ({(842, 595)} if landscape else {(595, 842)}), (path, boxes)
            # Laid out at the page's printed width, no table is wider than the page.
            width = A4_LANDSCAPE_PX if landscape else A4_PORTRAIT_PX
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
            tables = driver.execute_script("""
                return Array.from(document.querySelectorAll('table')).filter(t => t.offsetParent !== null)
                  .map(t => ({caption: t.caption ? t.caption.textContent : '', width: t.scrollWidth,
                              right: t.getBoundingClientRect().right, rows: t.tBodies[0].rows.length}));""")
            assert tables, path
            for table in tables:
                assert table["width"] <= width and table["right"] <= width + 0.5, (path, table)
            if not landscape:
                # Printed charts' tables hold the key years only.
                assert all(table["rows"] <= 9 for table in tables), tables
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_lists_keep_their_edit_column_at_1280_and_become_cards_on_a_phone(driver, base_url):
    sign_in(driver, base_url, "uradnik.kranj@zaveza.example")
    # A year no other test or run has taken on this server.
    for year in random.sample(range(2051, 2100), 49):
        driver.get(base_url + "/cities/kranj/inventories")
        fill(driver, {"year": str(year)})
        click_and_wait(driver, driver.find_element(By.XPATH, "//main//form//button[text()='Ustvari inventuro']"))
        if driver.find_elements(By.ID, "field-file"):
            break
    upload(driver, GOOD)
    edge = driver.execute_script("""
        const table = document.querySelector('table.list-cards');
        const cell = table.querySelector('tbody tr td:last-child');
        return [cell.getAttribute('data-label'), cell.getBoundingClientRect().right, table.parentElement.getBoundingClientRect().right];""")
    assert edge[0] == "Urejanje" and edge[1] <= edge[2] + 0.5, edge
    driver.set_window_size(390, 844)
    try:
        driver.get(base_url + "/cities/kranj/actions")
        cells = driver.execute_script("""
            return Array.from(document.querySelectorAll('table.list-cards tbody tr:first-child td')).map(td =>
              [getComputedStyle(td).display, getComputedStyle(td, '::before').content]);""")
        assert cells and all(display == "block" for display, _ in cells), cells
        assert cells[0][1].startswith('"Ime'), cells
        assert_accessible(driver)
    finally:
        driver.set_window_size(1280, 800)
