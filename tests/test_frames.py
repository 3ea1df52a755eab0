"""The argument-structure layer: each construction of English gives the same roles as the plain clause."""
from __future__ import annotations

import pytest

from kg.extract.frames import Frame
from kg.extract.rules import load_vocabulary


@pytest.fixture(scope="module")
def frames(nlp):
    v = load_vocabulary()

    def _run(text: str, adjective: str | None = None) -> dict[str, Frame]:
        """The frames of a text by lemma; `adjective` names a word to tag as one first, the small model's
        error with past verbs made on purpose."""
        doc = nlp(text)
        if adjective is not None:
            tok = next(t for t in doc if t.text == adjective)
            tok.pos_, tok.tag_ = "ADJ", "JJ"
        return {f.lemma: f for s in doc.sents for f in v.grammar.frames_of(s, v.nouns, v.adjectives)}
    return _run


def names(tokens) -> list[str]:
    return [t.text for t in tokens]


@pytest.mark.parametrize("text", [
    "Velmar attacked Ostby on Monday.",
    "Ostby was attacked by Velmar on Monday.",
    "Velmar, which had massed troops for weeks, attacked Ostby.",
    "It was Velmar that attacked Ostby.",
])
def test_active_passive_and_relative_give_one_agent_and_patient(frames, text):
    f = frames(text)["attack"]
    assert names(f.agents) == ["Velmar"] and names(f.patients) == ["Ostby"]


def test_a_passive_without_by_has_no_agent(frames):
    f = frames("Ostby was attacked on Monday.")["attack"]
    assert f.passive and not f.agents and names(f.patients) == ["Ostby"]


@pytest.mark.parametrize("text, verb, doer", [
    ("Harlan urged Brandt to leave the port.", "leave", "Brandt"),
    ("Harlan asked Brandt to call Moreau.", "call", "Brandt"),
    ("Brandt was told to quit the council.", "quit", "Brandt"),
    ("Harlan wants to meet Moreau.", "meet", "Harlan"),
    ("Harlan used the rifle to shoot Moreau.", "shoot", "Harlan"),  # an instrument does not shoot
    ("Vasco accused Brandt of shelling the port.", "shell", "Brandt"),
    ("Brandt was convicted of murdering Moreau.", "murder", "Brandt"),
])
def test_control_lends_the_subject_or_object(frames, text, verb, doer):
    assert names(frames(text)[verb].agents) == [doer]


def test_coordination_of_subjects_objects_and_predicates(frames):
    f = frames("Harlan and Vasco condemned Brandt and Moreau.")["condemn"]
    assert names(f.agents) == ["Harlan", "Vasco"] and names(f.patients) == ["Brandt", "Moreau"]
    f = frames("Harlan criticised and sanctioned Brandt.")["criticise"]
    assert names(f.patients) == ["Brandt"]  # the object of the last verb is shared
    f = frames("Harlan met Brandt and then phoned Moreau.")["phone"]
    assert names(f.agents) == ["Harlan"] and names(f.patients) == ["Moreau"]


def test_participles_describe_their_noun(frames):
    f = frames("The militia backed by Velmar seized the bridge.")["back"]
    assert f.passive and names(f.agents) == ["Velmar"] and names(f.patients) == ["militia"]
    f = frames("Troops attacking the town withdrew at dawn.")["attack"]
    assert names(f.agents) == ["Troops"] and names(f.patients) == ["town"]


@pytest.mark.parametrize("text, agent, patient", [
    ("the assassination of Moreau by Harlan", ["Harlan"], ["Moreau"]),
    ("Velmar's invasion of Ostby", ["Velmar"], ["Ostby"]),
    ("Moreau's assassination shocked the city.", [], ["Moreau"]),  # a possessive names the victim here
])
def test_event_nouns_take_of_by_and_possessive(frames, text, agent, patient):
    f = next(f for f in frames(text).values() if f.kind == "noun")
    assert names(f.agents) == agent and names(f.patients) == patient


def test_light_verbs_carry_an_event_noun(frames):
    f = frames("Velmar launched an attack on Ostby.")["attack"]
    assert f.light == "launch" and names(f.light_agents) == ["Velmar"] and f.oblique("on")[0].text == "Ostby"
    f = frames("Harlan held talks with Moreau in Tarsk.")["talk"]
    assert f.light == "hold" and names(f.light_agents) == ["Harlan"]
    f = frames("Brandt was convicted of Moreau's killing.")["killing"]
    assert names(f.light_agents) == ["Brandt"] and names(f.possessor) == ["Moreau"]


def test_predicate_nouns_and_adjectives_take_the_copula_subject(frames):
    assert names(frames("Harlan is a fierce critic of Brandt.")["critic"].agents) == ["Harlan"]
    f = frames("Velmar is allied with Ostby.")["ally"]  # a stative passive: the subject is the ally
    assert f.passive and names(f.patients) == ["Velmar"] and f.oblique("with")[0].text == "Ostby"


@pytest.mark.parametrize("text, word, lemma", [
    ("Marta Lund phoned Olav Kern on Friday.", "phoned", "phone"),
    ("The Ostby Union slammed Dalton Corp. on Monday.", "slammed", "slam"),
    ("Peru blamed the Velm Front for the attack.", "blamed", "blame"),
])
def test_a_known_verb_tagged_an_adjective_is_read_as_the_verb(frames, text, word, lemma):
    found = frames(text, adjective=word)
    assert lemma in found and found[lemma].kind == "verb" and found[lemma].patients


@pytest.mark.parametrize("text, word", [
    ("Olav Kern seemed pleased on Friday.", "pleased"),  # no object: an adjective
    ("Marta Lund walked the dog on Friday.", "walked"),  # no verb the lexicon knows
])
def test_an_adjective_that_is_no_known_verb_with_an_object_stays_one(frames, text, word):
    assert not any(f.pred.text == word for f in frames(text, adjective=word).values())
