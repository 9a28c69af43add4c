"""Adversarial article text, shared by the scale test and benchmarks/fuzz.py."""
from __future__ import annotations

import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATE_FORMS = ("March 3, 2022", "Friday, May 1, 2020", "on Tuesday", "in 1999", "3/4/2021", "2020-01-01",
              "late September", "44 days", "last month")


def blocks(seed: int = 8) -> dict[str, str]:
    """About 1.5 MB in blocks that stress one thing each; the dates block holds 100,000 dates."""
    rng = random.Random(seed)
    return {
        "digit runs": " ".join("".join(rng.choice("0123456789,.") for _ in range(rng.randint(1, 3000)))
                               for _ in range(100)),
        "repeated hedges": "Officials said " + "more than more than about nearly at least " * 4000 + "5,600 people died.",
        "nested brackets": "(" * 40_000 + "[" * 40_000 + "{" * 20_000 + " 12 people " + "}" * 20_000
                           + "]" * 40_000 + ")" * 40_000 + ".",
        "dates": ". ".join(rng.choice(DATE_FORMS) for _ in range(100_000)) + ".",
        "no sentence ends": " ".join(rng.choice(["the", "killed", "Mr", "U.S", "No", "12", "troops", "and"])
                                     for _ in range(40_000)),
    }


def adversarial_text(seed: int = 8) -> str:
    return "\n\n".join(blocks(seed).values())


def normal_text(length: int) -> str:
    """Real article prose from seeds/, repeated to ``length`` characters."""
    from factcheck.ingest import read_sources
    from factcheck.model import Article

    bodies = [item.text[item.body_span.start:] for item in read_sources([REPO / "seeds"]) if isinstance(item, Article)]
    prose = "\n\n".join(bodies)
    return (prose * (length // len(prose) + 1))[:length]
