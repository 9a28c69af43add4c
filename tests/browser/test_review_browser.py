"""The review page in a real browser: open a finding, mark it, reload, and find the decision kept."""
import pytest

pytest.importorskip("selenium", reason="selenium is not installed; `pip install -e '.[test]'` brings it")

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from factcheck import baseline
from factcheck.cli import main


def wait(browser):
    return WebDriverWait(browser, 10)


def test_mark_a_finding_and_see_it_after_reload(browser, served):
    url, app, folder = served
    (finding,) = app.report.findings
    browser.get(url + "/")
    item = browser.find_element(By.ID, f"finding-{finding.fingerprint}")
    item.find_element(By.TAG_NAME, "summary").click()
    # Opening the finding shows its text's details, with the arithmetic, in the article's panel.
    wait(browser).until(EC.text_to_be_present_in_element((By.ID, "detail-1"), "Arithmetic"))
    item.find_element(By.CSS_SELECTOR, "input[value='false-alarm']").click()
    item.find_element(By.NAME, "note").send_keys("The wire copy names the right day.")
    item.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".decided")))
    browser.refresh()
    item = wait(browser).until(EC.presence_of_element_located((By.ID, f"finding-{finding.fingerprint}")))
    assert item.find_element(By.CSS_SELECTOR, "details").get_attribute("open") is not None  # #finding-… opens it
    assert item.find_element(By.CSS_SELECTOR, "input[value='false-alarm']").is_selected()
    assert not item.find_element(By.CSS_SELECTOR, "input[value='confirmed']").is_selected()
    assert item.find_element(By.NAME, "note").get_attribute("value") == "The wire copy names the right day."
    assert item.find_element(By.CSS_SELECTOR, ".decided-badge").text == "false alarm"
    waiver = baseline.load(folder / "baseline.yaml").get(finding.fingerprint)
    assert (waiver.status, waiver.reason) == ("false-alarm", "The wire copy names the right day.")
    assert main(["check", "news/", "--baseline", str(folder / "baseline.yaml")]) == 0


def test_claim_details_by_click_and_keyboard(browser, served):
    url, _, _ = served
    browser.get(url + "/")
    marks = browser.find_elements(By.CSS_SELECTOR, ".text mark")
    figure = next(m for m in marks if "5,600" in m.text)
    figure.click()
    panel = browser.find_element(By.ID, "detail-1")
    assert "normalized value" in panel.text and "interval" in panel.text and "∞" in panel.text  # "more than"
    dated = next(m for m in marks if "March 3" in m.text)
    browser.execute_script("arguments[0].focus()", dated)
    dated.send_keys(Keys.ENTER)
    assert "2022-03-03" in panel.text and "FC201" in panel.text and "Arithmetic" in panel.text
    assert "error" in dated.text  # the severity is also written, for screen readers, not only a colour


def test_filters_hide_findings(browser, served):
    url, app, _ = served
    (finding,) = app.report.findings
    browser.get(url + "/")
    item = browser.find_element(By.ID, f"finding-{finding.fingerprint}")
    assert item.is_displayed()
    browser.find_element(By.CSS_SELECTOR, "#filters input[value='error']").click()
    assert not item.is_displayed()
    browser.find_element(By.CSS_SELECTOR, "#filters input[value='error']").click()
    assert item.is_displayed()


def test_n_walks_to_the_next_finding(browser, served):
    url, app, _ = served
    (finding,) = app.report.findings
    browser.get(url + "/")
    browser.find_element(By.TAG_NAME, "body").send_keys("n")
    focused = browser.switch_to.active_element
    assert focused.tag_name == "summary"
    assert focused.find_element(By.XPATH, "../..").get_attribute("id") == f"finding-{finding.fingerprint}"
