"""The relation lexicon: a typed schema (every key, role and word class checked when it loads), the CAMEO
verb import, and a cache key that changes when a lexicon file changes."""
from __future__ import annotations

import copy

import pytest
import yaml

from kg.config import resource
from kg.errors import ResourceError
from kg.extract.rules import Role, build_vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def data():
    with resource("lexicons/relations.yaml").open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def build(d, verbs=(), nominals=()):
    return build_vocabulary(d, list(verbs), list(nominals))


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["rules"].append({"family": "attacked", "lemma": "raze", "target": ["pateint"]}), "unknown role 'pateint'"),
    (lambda d: d["rules"].append({"family": "attacked", "lemma": "raze", "requires": ["wrod:x"]}), "unknown condition 'wrod'"),
    (lambda d: d["rules"].append({"family": "atacked", "lemma": "raze"}), "unknown family 'atacked'"),
    (lambda d: d["rules"].append({"family": "attacked", "lemma": "raze", "objekt": ["patient"]}), "unknown key"),
    (lambda d: d["rules"].append({"family": "attacked", "lemma": "raze", "target": ["prep"]}), "needs ':value'"),
    (lambda d: d["rules"].append({"family": "attacked", "lemma": "raze", "confidence": 3}), "confidence"),
    (lambda d: d["rules"].append({"family": "demanded", "lemma": "seek", "requires": ["object-class:owner_actz"]}),
     "object-class names no word class: owner_actz"),
    (lambda d: d["rules"].append({"family": "criticized", "lemma": "call", "requires": ["word-class:derogatory_wordz"]}),
     "word-class names no word class: derogatory_wordz"),
    (lambda d: d.__setitem__("extra", {}), "unknown top-level key"),
    (lambda d: d["word_classes"].pop("speech_verbs"), "speech_verbs"),
    # YAML reads a bare on/off as true/false: a particle or word class must say it in quotes
    (lambda d: d["rules"].append({"family": "demanded", "lemma": "call", "particle": True}), "write it in quotes"),
    (lambda d: d["word_classes"]["particles"].append(False), "word_classes.particles holds False"),
    # word classes of family names keep their case and must name families
    (lambda d: d["word_classes"]["voiced_families"].append("holdsresponsible"),
     "voiced_families: unknown family 'holdsresponsible'"),
    (lambda d: d["word_classes"]["dispute_families"].append("argued"), "dispute_families: unknown family 'argued'"),
    # the table of the nouns naming a verb's act maps each verb to a list
    (lambda d: d["word_classes"].__setitem__("act_nouns", ["decision"]), "act_nouns must map each verb"),
    (lambda d: d["word_classes"]["act_nouns"].__setitem__("fine", "decision"), "act_nouns must map each verb"),
])
def test_a_typo_in_the_lexicon_is_a_clear_error(data, mutate, message):
    d = copy.deepcopy(data)
    mutate(d)
    with pytest.raises(ResourceError, match=message) as exc:
        build(d)
    assert "ontology/lexicons/" in str(exc.value)


def test_cameo_rows_become_rules_and_a_hand_rule_replaces_the_import(data):
    verbs = [{"lemma": "berate", "particle": "", "prep": "", "code": "111", "family": "criticized"},
             {"lemma": "lash", "particle": "out", "prep": "at", "code": "111", "family": "criticized"},
             {"lemma": "wage", "particle": "war", "prep": "on", "code": "190", "family": "attacked"},
             {"lemma": "condemn", "particle": "", "prep": "", "code": "111", "family": "criticized"}]
    v = build(copy.deepcopy(data), verbs)
    (berate,) = v.rules[("berate", "verb")]
    assert berate.family == "criticized" and berate.source == "cameo:111"
    (lash,) = v.rules[("lash", "verb")]
    assert lash.particle == "out" and lash.target == (Role("prep", "at"),)
    (wage,) = v.rules[("wage", "verb")]
    assert wage.particle == "" and Role("word", "war") in wage.requires  # "war" is no particle
    assert [r.source for r in v.rules[("condemn", "verb")]] == ["relations.yaml"]


def test_the_bundled_lexicon_loads_with_cameo_coverage():
    v = load_vocabulary()
    fams = {r.family for rules in v.rules.values() for r in rules}
    assert fams >= {"called", "holdsResponsible", "warned", "threatened", "demanded", "accused", "criticized",
                    "attacked", "supports", "negotiatedWith", "metWith"}
    cameo = [r for rules in v.rules.values() for r in rules if r.source.startswith("cameo:")]
    assert len(cameo) > 100
    for lemma in ("rebuke", "censure", "lambaste", "castigate", "deplore", "assassinate", "shell", "endorse"):
        assert any(k[0] == lemma for k in v.rules), lemma


def test_the_cache_key_changes_with_the_lexicons(monkeypatch, tmp_path):
    from kg import lexicon
    from kg.graph import content_hash
    from kg.read import make_article

    art = make_article("a", "Headline\n\nMarta Kowalczyk met Samuel Okafor.", "<test>")
    before = content_hash(art)
    folder = tmp_path / "lexicons"
    folder.mkdir()
    for p in resource("lexicons/relations.yaml").parent.iterdir():
        if p.is_file():
            (folder / p.name).write_bytes(p.read_bytes())
    with (folder / "relations.yaml").open("a", encoding="utf-8") as f:
        f.write("\n# an edit\n")
    monkeypatch.setattr(lexicon, "resource", lambda name: tmp_path / name)
    lexicon.lexicon_digest.cache_clear()
    try:
        assert content_hash(art) != before
    finally:
        lexicon.lexicon_digest.cache_clear()


def test_a_dissolved_state_yields_its_capital_and_demonym_to_its_successor():
    # real states: the gazetteer of states is what is tested
    from kg.lexicon import load_lexicon
    lex = load_lexicon()
    assert lex.capitals["Belgrade"] == "Serbia" and lex.demonyms["Serbian"] == "Serbia"
    assert lex.names["Union of Serbia and Montenegro"].name == "Serbia and Montenegro"  # its own names stay its own
    # "Yugoslavia" is the federal state of that name, whose successors hold what lay in it ("Sarajevo, Yugoslavia")
    assert lex.names["Yugoslavia"].name == "Yugoslavia" and "Bosnia and Herzegovina" in lex.successors["Yugoslavia"]
    assert lex.split_from["Latvia"] == {"Soviet Union"} and "Serbia" in lex.successors["Serbia and Montenegro"]


def test_family_word_classes_keep_the_families_case():
    v = load_vocabulary()
    assert "holdsResponsible" in v.voiced_families and "negotiatedWith" in v.dispute_families


def test_a_key_given_twice_in_the_lexicon_is_a_clear_error():
    # YAML keeps the last of two equal keys without a word: a word class defined twice would lose its first list
    import yaml

    from kg.extract.rules import _UniqueKeys
    with pytest.raises(ResourceError, match="line 3: 'weapon_nouns' is given twice") as exc:
        yaml.load("word_classes:\n  weapon_nouns: [bomb]\n  weapon_nouns: [rocket]\n", Loader=_UniqueKeys)
    assert "ontology/lexicons/" in str(exc.value)
    assert yaml.load("a: [1]\nb: [2]\n", Loader=_UniqueKeys) == {"a": [1], "b": [2]}
