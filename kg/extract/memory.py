"""What an article's later sentences may point back to: who made the last attack, demand or accusation
("the operation", "the call", "denounced the threat"), who did the last act a noun names ("the decision",
"the strike"), and the two sides of the last dispute."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Event


@dataclass
class Memory:
    """What later sentences may point back to: who made the last attack or demand ("the operation",
    "the call"), and the targets of an attack whose author is not yet named."""

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
