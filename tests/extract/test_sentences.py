"""Sentence splitting and the coarse sentence tense."""
from __future__ import annotations

from hypothesis import given, strategies as st

from factcheck.extract.sentences import _WORD, _config, is_past_form, sentence_tense, split_sentences

_WORDS = ["the", "talks", "failed", "will", "be", "held", "has", "signed", "said", "Said", "is", "was", "Ted",
          "planned", "to", "meet", "on", "Friday", "red", "need", "ended", "U.S.", "it's", "bought", "had"]


def _reference_tense(sentence: str) -> str:
    """The definition: future marker, else any word that is_past_form calls past, else present."""
    config = _config()
    future, past_aux = config.future, config.past_auxiliaries
    if future.search(sentence):
        return "future"
    previous = ""
    for word in _WORD.findall(sentence):
        if word.lower().strip(".'’") in past_aux or is_past_form(word, previous):
            return "past"
        previous = word
    return "present"


@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_sentence_tense_follows_is_past_form(words):
    sentence = " ".join(words)
    assert sentence_tense(sentence) == _reference_tense(sentence)


def test_tenses_of_plain_news_sentences():
    assert sentence_tense("The ceasefire was signed on Tuesday.") == "past"
    assert sentence_tense("The failed talks resume.") == "present"
    assert sentence_tense("The summit will be held in March.") == "future"
    assert sentence_tense("Officials have signed nothing yet.") == "present"


def test_four_letter_past_forms_are_listed_and_look_alikes_are_not():
    assert all(is_past_form(word) for word in ("died", "sued", "owed", "used"))
    assert not any(is_past_form(word) for word in ("need", "feed", "seed", "deed"))


def test_a_participle_after_as_is_an_aside_not_a_past():
    assert not is_past_form("planned", "as") and not is_past_form("expected", "as")
    assert is_past_form("planned", "they")


def test_split_keeps_abbreviations_and_offsets():
    text = "Gen. Smith arrived in the U.S. on Monday. He left.\n\nA new paragraph"
    sentences = split_sentences(text)
    assert [text[s.span.start:s.span.end] for s in sentences] == [
        "Gen. Smith arrived in the U.S. on Monday.", "He left.", "A new paragraph"]
    assert [s.tense for s in sentences] == ["past", "past", "present"]


def test_a_weekday_abbreviation_does_not_end_the_sentence():
    text = "The toll expires Tues. Nov. 30. It rose on Fri. Dec. 3. Then he sat. Mon. talks failed."
    assert [text[s.span.start:s.span.end] for s in split_sentences(text)] == [
        "The toll expires Tues. Nov. 30.", "It rose on Fri. Dec. 3.", "Then he sat.", "Mon. talks failed."]


def test_sun_sat_and_wed_end_no_sentence_only_before_a_date():
    text = ("Next games: Sun. Nov. 21 at Boston; Sat. 27 at home. It reads the Baltimore Sun. Jan. 5 was cold. "
            "They looked at the Sun. Nov. 3 was clear.")
    assert [text[s.span.start:s.span.end] for s in split_sentences(text)] == [
        "Next games: Sun. Nov. 21 at Boston; Sat. 27 at home.", "It reads the Baltimore Sun.", "Jan. 5 was cold.",
        "They looked at the Sun.", "Nov. 3 was clear."]
    text = "*Sat. Dec. 4: reforms fail."  # an item of a list
    assert len(split_sentences(text)) == 1
