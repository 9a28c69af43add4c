"""DigestSet: a set of 64-bit digests that stays exact across its merges."""
from __future__ import annotations

from hypothesis import given, strategies as st

from factcheck.digests import DigestSet

digests = st.integers(min_value=0, max_value=2**64 - 1)


@given(st.lists(digests, max_size=200), st.lists(digests, max_size=50))
def test_membership_equals_a_python_set_across_merges(added, probed):
    seen, reference = DigestSet(batch=7), set()
    for digest in added:
        assert (digest in seen) == (digest in reference)
        seen.add(digest)
        reference.add(digest)
    assert len(seen) == len(reference)
    for digest in probed + added:
        assert (digest in seen) == (digest in reference)


def test_extremes_of_the_64_bit_range_survive_a_merge():
    seen = DigestSet(batch=2)
    for digest in (0, 2**64 - 1, 2**63):
        seen.add(digest)
    assert 0 in seen and 2**64 - 1 in seen and 2**63 in seen and 1 not in seen and 2**64 - 2 not in seen
    assert sum(map(len, seen.levels)) == 2 and len(seen) == 3
