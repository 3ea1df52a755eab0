"""The kinds of entity a phrase may stand for, as the layers of extraction test them."""
from __future__ import annotations

Pos = tuple[int, int]  # (paragraph, token)
ACTOR_TYPES = frozenset({"Person", "Country", "Organization", "GovernmentOrganization",
                         "IntergovernmentalOrganization", "ArmedForces"})
PLACE_TYPES = frozenset({"City", "Region", "Country"})
BODY_TYPES = frozenset({"Organization", "GovernmentOrganization", "IntergovernmentalOrganization", "ArmedForces"})
BODIES_AND_STATES = BODY_TYPES | {"Country"}  # what "it" and "its" may stand for
GROUP_PRONOUNS = {"they", "them", "their"}
