"""reports/ holds the reports for seeds/; this fails when a change leaves them stale."""
from factcheck.cli import main
from factcheck.report.formats import FILE_NAMES


def test_reports_are_current(in_repo, tmp_path):
    main(["check", "seeds/", "--report-dir", str(tmp_path), "--fail-on", "never", "-o", str(tmp_path / "out")])
    stale = [name for name in FILE_NAMES.values()
             if (tmp_path / name).read_text(encoding="utf-8") != (in_repo / "reports" / name).read_text(encoding="utf-8")]
    assert not stale, (f"reports/ is stale for {', '.join(stale)}: regenerate with "
                       "`factcheck check seeds/ --report-dir reports/ --fail-on never`")
