"""The one-way pipeline: ingest → extract → resolve → check, per article and then across articles.

``stream`` is the run: it hands each article's result on as soon as it is checked (in order), keeping
only the compact facts corpus rules need, and ends with the corpus findings. Where articles are checked
is an executor's business: in this process (``SerialExecutor``), in a process pool
(``factcheck.parallel``) or on a Dask cluster (``factcheck.distributed``); the results are the same.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Callable, Hashable, Iterable, Iterator, Mapping, Protocol

from .budget import Budget, BudgetExceeded, analysis_failed_finding, over_budget_finding
from .digests import DigestSet
from .engine.context import ArticleContext
from .engine.facts import Fact, Origin
from .engine.runner import Engine, finding_order
from .extract import extract
from .extract.sentences import split_sentences
from .ingest import InputProblem
from .model import Article, Claim, Finding
from .resolve import resolve
from .spool import FactSpool

# (article id, span start, span end) of a claim a corpus finding cites.
ClaimPlace = tuple[str, int, int]


@dataclass(frozen=True)
class ArticleResult:
    context: ArticleContext
    findings: tuple[Finding, ...]
    # What the corpus rules keep of this article, tagged with the rule's position in the engine.
    facts: tuple[tuple[int, Fact], ...] = ()
    # How many claims the article had, when an executor sent back its findings without the claims
    # (``context.claims`` is then empty): a report lists only its first articles' claims.
    claims_found: int | None = None

    @property
    def claim_count(self) -> int:
        return len(self.context.claims) if self.claims_found is None else self.claims_found

    @property
    def article(self) -> Article:
        return self.context.article

    @property
    def claims(self) -> tuple[Claim, ...]:
        return self.context.claims


@dataclass(frozen=True)
class CorpusResult:
    """The findings of the cross-article rules, with the place of every claim they cite."""

    findings: tuple[Finding, ...]
    origins: Mapping[ClaimPlace, Origin]


@dataclass(frozen=True)
class RunResult:
    articles: tuple[ArticleResult, ...]
    problems: tuple[InputProblem, ...]
    corpus_findings: tuple[Finding, ...]
    corpus_origins: Mapping[ClaimPlace, Origin] = field(default_factory=dict)


class Executor(Protocol):
    def map(self, items: Iterable[Article | InputProblem]) -> Iterator[ArticleResult | InputProblem]: ...

    def check_facts(self, tagged: list[tuple[int, Fact]]) -> list[Finding]: ...


class SerialExecutor:
    def __init__(self, engine: Engine, budget_seconds: float | None = None) -> None:
        self.engine = engine
        self.budget_seconds = budget_seconds  # each article's time budget (None: the configured default)

    def map(self, items: Iterable[Article | InputProblem]) -> Iterator[ArticleResult | InputProblem]:
        for item in items:
            yield item if isinstance(item, InputProblem) else check_article(item, self.engine, self.budget_seconds)

    def check_facts(self, tagged: list[tuple[int, Fact]]) -> list[Finding]:
        return self.engine.check_facts(tagged)


def analyse(article: Article, checkpoint: Callable[[str], None] = lambda stage: None) -> ArticleContext:
    """Extract and resolve: an article's claims, anchored, with its sentences.

    ``checkpoint(stage)`` is called before each stage (the time budget raises there when spent)."""
    checkpoint("splitting sentences")
    sentences = split_sentences(article.text, article.body_span)
    checkpoint("extracting claims")
    claims = extract(article, sentences)
    checkpoint("resolving dates")
    claims = resolve(article, claims)
    return ArticleContext(article, tuple(claims), tuple(sentences))


def check_article(article: Article, engine: Engine, budget_seconds: float | None = None) -> ArticleResult:
    """One article through extract, resolve and the rules, within its time budget (None: the configured
    default, 0: none). A runaway or a crashing extractor becomes a finding for this article only."""
    budget = Budget(budget_seconds)
    try:
        with budget.enforced():
            context = analyse(article, budget.checkpoint)
            findings = engine.check_article(context, budget.checkpoint)
            if not engine.corpus_checkers:
                return ArticleResult(context, tuple(findings))
            budget.checkpoint("collecting facts for cross-article rules")
            facts, failures = engine.facts(context)
            if failures:
                findings = sorted(findings + failures, key=finding_order)
            return ArticleResult(context, tuple(findings), tuple(facts))
    except BudgetExceeded as stop:
        return ArticleResult(ArticleContext(article, (), ()), (over_budget_finding(article, stop),))
    except Exception as exc:  # an extractor bug must cost this article its claims, not the run
        return ArticleResult(ArticleContext(article, (), ()), (analysis_failed_finding(article, exc),))


def stream(sources: Iterable[Article | InputProblem], engine: Engine, executor: Executor | None = None,
           budget_seconds: float | None = None) -> Iterator[ArticleResult | InputProblem | CorpusResult]:
    """Each article's result in input order, then one ``CorpusResult`` when the run has corpus rules.

    Only facts outlive their article here, and past a few thousand they wait on disk (``spool.py``), so
    memory is bounded by what the caller keeps.
    """
    executor = executor or SerialExecutor(engine, budget_seconds)
    with FactSpool() as spool:
        for item in executor.map(unique_ids(sources)):
            if isinstance(item, ArticleResult) and item.facts:
                for tagged in item.facts:
                    spool.add(tagged)
                item = replace(item, facts=())
            yield item
        if engine.corpus_checkers:
            findings: list[Finding] = []
            origins: dict[ClaimPlace, Origin] = {}
            for part in spool.partitions_of_facts():
                found = executor.check_facts(part)
                findings.extend(found)
                origins.update(_cited_origins(found, part))
            yield CorpusResult(tuple(sorted(findings, key=finding_order)), origins)


def run(sources: Iterable[Article | InputProblem], engine: Engine, executor: Executor | None = None,
        budget_seconds: float | None = None) -> RunResult:
    """The whole run in memory: for small article sets and tests. Large runs consume ``stream``."""
    results: list[ArticleResult] = []
    problems: list[InputProblem] = []
    corpus = CorpusResult((), {})
    for item in stream(sources, engine, executor, budget_seconds):
        if isinstance(item, InputProblem):
            problems.append(item)
        elif isinstance(item, CorpusResult):
            corpus = item
        else:
            results.append(item)
    return RunResult(tuple(results), tuple(problems), corpus.findings, corpus.origins)


def iter_claims(sources: Iterable[Article | InputProblem]) -> Iterator[tuple[Article, tuple[Claim, ...]] | InputProblem]:
    for item in sources:
        yield item if isinstance(item, InputProblem) else (item, analyse(item).claims)


def unique_ids(sources: Iterable[Article | InputProblem]) -> Iterator[Article | InputProblem]:
    """Articles keep their ids; a repeated id (two files with one name, a table with a duplicate row id)
    is made unique with its path and line, so findings never land on the wrong article.

    Ids seen are remembered as 64-bit digests (8 bytes each, ``digests.py``) rather than strings; two
    different ids share a digest with odds of about n²/2⁶⁵ (1 in 30 million at a million articles),
    which would only add a path to one id."""
    seen = DigestSet()
    for item in sources:
        if isinstance(item, Article):
            if not seen.add(_digest(item.id)):
                item = replace(item, id=f"{item.id}@{item.path}:{item.first_line}")
                seen.add(_digest(item.id))
        yield item


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _cited_origins(findings: Iterable[Finding], facts: Iterable[tuple[int, Fact]]) -> dict[ClaimPlace, Origin]:
    cited: set[ClaimPlace] = set()
    for finding in findings:
        cited.add((finding.article, finding.span.start, finding.span.end))
        cited.update((c.article, c.span.start, c.span.end) for c in finding.evidence)
    origins: dict[ClaimPlace, Origin] = {}
    for _, fact in facts:
        place = (fact.article, fact.claim.span.start, fact.claim.span.end)
        if place in cited:
            origins[place] = fact.origin
    return origins


def group_key(tagged: tuple[int, Fact]) -> tuple[int, Hashable]:
    """The shuffle key of a tagged fact: the rule's position and the fact's own key."""
    position, fact = tagged
    return position, fact.key
