"""What an article's later sentences may point back to: who made the last attack, demand or accusation
("the operation", "the call", "denounced the threat"), who did the last act a noun names ("the decision",
"the strike"), and the two sides of the last dispute."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..model import Event
from .refer import Referents

# acts a definite noun may point back to ("the threat", "the accusation", "the criticism")
BACK_REFERRED = ("threatened", "accused", "holdsResponsible", "criticized", "warned")


@dataclass
class Memory:
    """What later sentences may point back to: who made the last attack or demand ("the operation",
    "the call"), the targets of an attack whose author is not yet named, and who did the last act each noun
    names ("the decision"), with a clock to tell the later of an attack and such an act."""

    attacker: str | None = None
    demander: str | None = None
    unclaimed: list[str] = field(default_factory=list)
    acts: dict[str, list[Event]] = field(default_factory=dict)  # agent -> its asserted acts so far ("joined X in")
    last: dict[str, str] = field(default_factory=dict)  # family -> who did the last act of it ("denounced the threat")
    sides: list[str] = field(default_factory=list)  # the two parties of the last dispute or talks ("met both sides")
    disputes: frozenset[str] = frozenset()  # the families whose two parties "both sides" means
    deeds: dict[str, tuple[str | None, int]] = field(default_factory=dict)  # noun -> who did the last act it names
    # ("the decision"; None: someone not named), and when
    attacked_at: int = -1  # when the last attack was made (a later act named "the strike" is the newer one)
    clock: int = 0

    def did(self, nouns: Iterable[str], agent: str | None) -> None:
        """`agent` (None: someone not named) did an act these nouns name ("X fined Y": the fine, the decision)."""
        self.clock += 1
        for n in nouns:
            self.deeds[n] = (agent, self.clock)

    def deed(self, noun: str) -> tuple[str | None, int] | None:
        return self.deeds.get(noun)

    def attacked(self, attacker: str) -> None:
        self.clock += 1
        self.attacker, self.attacked_at = attacker, self.clock

    def remember(self, events: list[Event]) -> None:
        for e in events:
            if e.factuality == "asserted" and e.family not in ("represents", "spokespersonFor", "locatedIn"):
                self.acts.setdefault(e.agent, []).append(e)
                self.last[e.family] = e.agent
            if e.family in self.disputes and e.agent != e.target and e.factuality != "negated":
                self.sides = [e.agent, e.target]


def back_reference(memory: Memory, refs: Referents, affiliation: Mapping[str, set[str]], tok: Token,
                   deeds: bool = False) -> list[str]:
    """'condemned the operation', 'the call was seconded', 'met both sides': whoever made the last attack or
    demand, or the last dispute's parties; with `deeds`, whoever did the last act the noun names ("criticised the
    threat", "the decision", "backed the strike")."""
    v, lem = refs.vocab, tok.lemma_.lower()
    if lem in v.side_nouns and tok.is_lower and any(c.lower_ in ("both", "two") for c in tok.children):
        # "met both sides", "urged the two sides": the last dispute's parties (a party's leader stands for it)
        return [next((b for b in sorted(affiliation.get(k, ())) if refs.type_of(b) == "Organization"), k)
                for k in memory.sides]
    if not any(c.lower_ in ("the", "this", "that") for c in tok.children):
        return []
    deed = memory.deed(lem) if deeds and _unowned(tok) else None
    # ("the kidnapping of X by unknown men": its own doer named)
    by = any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children)
    if lem in v.attack_nouns and memory.attacker and not by and (deed is None or deed[1] < memory.attacked_at):
        return [memory.attacker]  # (the last attack, unless an act of that name came after: "the strike")
    if lem in v.demand_nouns and memory.demander:
        return [memory.demander]
    # "denounced the threat", "rejected the accusation": whoever made the last act the noun names
    families = {r.family for r in v.rules.get((lem, "noun"), ()) if r.family in BACK_REFERRED} if deeds else set()
    found = [memory.last[f] for f in sorted(families) if f in memory.last][:1]
    # "criticised the decision", "backed the strike": whoever did the last act the noun names (see act_nouns)
    return found or ([deed[0]] if deed is not None and deed[0] is not None else [])


def _unowned(noun: Token) -> bool:
    """A noun naming an act with no doer or content of its own in its phrase: not "the mayor's decision", "the
    court decision", "the decision of the tribunal", "the proposal by X", "the decision to close two schools"."""
    return not any(c.dep_ in ("poss", "compound", "nmod", "acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("of", "by")
                   for c in noun.children)
