"""The one-way pipeline: ingest → extract → resolve → check, per article and then across articles."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Iterable, Iterator

from .budget import Budget, BudgetExceeded, analysis_failed_finding, over_budget_finding
from .engine.context import ArticleContext
from .engine.runner import Engine
from .extract import extract
from .extract.sentences import split_sentences
from .ingest import InputProblem
from .model import Article, Claim, Finding
from .resolve import resolve


@dataclass(frozen=True)
class ArticleResult:
    context: ArticleContext
    findings: tuple[Finding, ...]

    @property
    def article(self) -> Article:
        return self.context.article

    @property
    def claims(self) -> tuple[Claim, ...]:
        return self.context.claims


@dataclass(frozen=True)
class RunResult:
    articles: tuple[ArticleResult, ...]
    problems: tuple[InputProblem, ...]
    corpus_findings: tuple[Finding, ...]


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
            return ArticleResult(context, tuple(engine.check_article(context, budget.checkpoint)))
    except BudgetExceeded as stop:
        return ArticleResult(ArticleContext(article, (), ()), (over_budget_finding(article, stop),))
    except Exception as exc:  # an extractor bug must cost this article its claims, not the run
        return ArticleResult(ArticleContext(article, (), ()), (analysis_failed_finding(article, exc),))


def run(sources: Iterable[Article | InputProblem], engine: Engine, budget_seconds: float | None = None) -> RunResult:
    results: list[ArticleResult] = []
    problems: list[InputProblem] = []
    for item in unique_ids(sources):
        if isinstance(item, InputProblem):
            problems.append(item)
        else:
            results.append(check_article(item, engine, budget_seconds))
    corpus = engine.check_corpus([r.context for r in results]) if engine.corpus_checkers else []
    return RunResult(tuple(results), tuple(problems), tuple(corpus))


def iter_claims(sources: Iterable[Article | InputProblem]) -> Iterator[tuple[Article, tuple[Claim, ...]] | InputProblem]:
    for item in sources:
        yield item if isinstance(item, InputProblem) else (item, analyse(item).claims)


def unique_ids(sources: Iterable[Article | InputProblem]) -> Iterator[Article | InputProblem]:
    """Articles keep their ids; a repeated id (two files with one name, a table with a duplicate row id)
    is made unique with its path and line, so findings never land on the wrong article."""
    seen: set[str] = set()
    for item in sources:
        if isinstance(item, Article) and item.id in seen:
            item = replace(item, id=f"{item.id}@{item.path}:{item.first_line}")
        if isinstance(item, Article):
            seen.add(item.id)
        yield item
