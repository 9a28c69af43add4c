import sys
import textwrap

from factcheck.engine import registry


def test_builtin_kinds_are_registered():
    kinds = registry.rule_kinds()
    assert {"weekday-mismatch", "date-after-publication", "missing-publication-date"} <= set(kinds)


def test_a_third_party_package_adds_a_kind_through_the_entry_point_group(tmp_path, monkeypatch):
    package = tmp_path / "acme_rules.py"
    package.write_text(textwrap.dedent("""
        from factcheck.engine.kinds.base import RuleKind
        from factcheck.engine.context import Hit

        class EveryClaim(RuleKind):
            FIELDS = frozenset({"text"})
            def check(self, context):
                for claim in context.claims:
                    yield Hit(claim.span, (claim,), {"text": claim.text}, "flagged for the test")
    """))
    dist = tmp_path / "acme_rules-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-rules\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[factcheck.rules]\nevery-claim = acme_rules:EveryClaim\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry.rule_kinds.cache_clear()
    try:
        kinds = registry.rule_kinds()
        assert kinds["every-claim"].__name__ == "EveryClaim"
        assert "weekday-mismatch" in kinds
    finally:
        registry.rule_kinds.cache_clear()
        sys.modules.pop("acme_rules", None)
