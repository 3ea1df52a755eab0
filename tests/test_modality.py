"""Factuality and speakers: only what the text asserts becomes an edge, and reported speech is the speaker's."""
from __future__ import annotations

import pytest

from conftest import facts, run_text


def events(nlp, text: str) -> set[tuple[str, str, str]]:
    return facts(run_text(nlp, "Headline\n\n" + text), everything=True)


@pytest.mark.parametrize("text, fact", [
    ("Marta Kowalczyk did not criticise the Ostby Union.", "criticized:negated"),
    ("Marta Kowalczyk never criticised the Ostby Union.", "criticized:negated"),
    ("Marta Kowalczyk denied criticising the Ostby Union.", "criticized:negated"),
    ("Neither Marta Kowalczyk nor Samuel Okafor criticised the Ostby Union.", "criticized:negated"),
    ("Marta Kowalczyk may criticise the Ostby Union.", "criticized:conditional"),
    ("If the vote fails, Marta Kowalczyk will criticise the Ostby Union.", "criticized:conditional"),
    ("Marta Kowalczyk will criticise the Ostby Union on Monday.", "criticized:future"),
    ("Marta Kowalczyk plans to criticise the Ostby Union.", "criticized:future"),
    ("Did Marta Kowalczyk criticise the Ostby Union?", "criticized:conditional"),
])
def test_what_did_not_happen_is_an_event_without_an_edge(nlp, text, fact):
    got = events(nlp, text)
    assert (fact, "Marta Kowalczyk", "Ostby Union") in got
    assert ("criticized", "Marta Kowalczyk", "Ostby Union") not in got


@pytest.mark.parametrize("text", [
    "Marta Kowalczyk admitted criticising the Ostby Union.",  # a factive verb keeps its complement a fact
    "Samuel Okafor urged Marta Kowalczyk to stop criticising the Ostby Union.",  # stopping presupposes it
    "Marta Kowalczyk, who did not attend, criticised the Ostby Union.",  # the negation is the relative clause's
    # a verb it is coordinated with is a sibling, not a governor
    "Marta Kowalczyk warned Samuel Okafor on Monday and criticised the Ostby Union.",
    "Marta Kowalczyk promised a reply and criticised the Ostby Union.",
    "Marta Kowalczyk asked for calm but criticised the Ostby Union.",
])
def test_factive_governors_and_other_clauses_keep_the_fact(nlp, text):
    assert ("criticized", "Marta Kowalczyk", "Ostby Union") in events(nlp, text)


def test_coordinated_verbs_share_a_governor_and_a_negation(nlp):
    got = events(nlp, "Marta Kowalczyk plans to meet Samuel Okafor and criticise the Ostby Union.")
    assert ("criticized:future", "Marta Kowalczyk", "Ostby Union") in got
    got = events(nlp, "Marta Kowalczyk denied meeting Samuel Okafor and criticising the Ostby Union.")
    assert ("criticized:negated", "Marta Kowalczyk", "Ostby Union") in got


@pytest.mark.parametrize("text", [
    "Samuel Okafor, a spokeswoman for the Ostby Union, said Marta Kowalczyk had attacked the union's office.",
    "According to Samuel Okafor, Marta Kowalczyk attacked the Ostby Union.",
    "\"Marta Kowalczyk attacked us,\" said Samuel Okafor, who speaks for the Ostby Union.",
])
def test_reported_speech_is_a_fact_of_the_speakers_statement(nlp, text):
    r = run_text(nlp, "Headline\n\n" + text)
    labels = {k: e.label for k, e in r.entities.items()}
    attacks = [e for e in r.events if e.family == "attacked" and e.factuality == "asserted"]
    assert attacks and labels[attacks[0].agent] == "Marta Kowalczyk"


def test_we_in_a_spokespersons_statement_is_the_body(nlp):
    got = events(nlp, "Samuel Okafor, a spokeswoman for the Ostby Union, said: \"We condemn Marta Kowalczyk.\"")
    assert ("criticized", "Ostby Union", "Marta Kowalczyk") in got
    got = events(nlp, "Samuel Okafor said: \"I condemn Marta Kowalczyk.\"")
    assert ("criticized", "Samuel Okafor", "Marta Kowalczyk") in got
    assert not {f for f in events(nlp, "\"We condemn violence,\" the crowd chanted.") if f[0].startswith("criticized")}


def test_a_quotation_over_several_sentences_keeps_its_speaker(nlp):
    got = events(nlp, 'Samuel Okafor said: "We tried hard. Marta Kowalczyk is responsible for the collapse of the talks."')
    assert ("holdsResponsible", "Samuel Okafor", "Marta Kowalczyk") in got
    got = events(nlp, '"The talks failed. Marta Kowalczyk is responsible for that," Samuel Okafor told reporters.')
    assert ("holdsResponsible", "Samuel Okafor", "Marta Kowalczyk") in got
    assert not {f for f in events(nlp, "Marta Kowalczyk is responsible for the budget.") if f[0] == "holdsResponsible"}
