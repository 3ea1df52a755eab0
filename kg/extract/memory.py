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
    deeds: dict[str, str] = field(default_factory=dict)  # noun -> who did the last act it names ("the decision")

    def did(self, nouns: Iterable[str], agent: str) -> None:
        """`agent` did an act these nouns name ("X fined Y": the fine, the decision)."""
        for n in nouns:
            self.deeds[n] = agent

    def remember(self, events: list[Event]) -> None:
        for e in events:
            if e.factuality == "asserted" and e.family not in ("represents", "spokespersonFor", "locatedIn"):
                self.acts.setdefault(e.agent, []).append(e)
                self.last[e.family] = e.agent
            if e.family in self.disputes and e.agent != e.target and e.factuality != "negated":
                self.sides = [e.agent, e.target]
