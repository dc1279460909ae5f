"""Throttling of sign-in, in a file of its own that runs last: five failures
of one account from this address (127.0.0.1) block that account from here for
15 minutes (and twenty failures block the address), so it runs after every
test that signs in."""
import uuid

from helpers import assert_accessible, sign_in


def test_wrong_password_five_times_is_throttled(driver, base_url):
    email = f"tina.{uuid.uuid4().hex[:8]}@example.org"
    for attempt in range(5):
        sign_in(driver, base_url, email, "napacno-geslo-1")
        assert "E-poštni naslov ali geslo ni pravilno." in driver.page_source, attempt
    assert_accessible(driver)
    sign_in(driver, base_url, email, "napacno-geslo-1")
    assert "Preveč neuspešnih poskusov. Poskusite znova čez 15 minut." in driver.page_source
    assert_accessible(driver)
