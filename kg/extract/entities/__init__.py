"""Entities: find the names an article gives, fix the small model's NER with the gazetteers, and resolve
name variants, surnames, acronyms and demonyms to one entity each.

Mentions are found per paragraph Doc (`find_mentions`); entities are resolved over the whole article
(`resolve`). The modules, in the order a mention passes through them:

    mention.py     what a mention is, and the token look-ups every finder shares
    names.py       words of names: particles, heads, organisation kinds, party tags
    bounds.py      where a name starts and ends
    merges.py      names the model split or joined
    titles.py      title phrases beside names
    context.py     what the words around a name say of it
    classify.py    a name's type from the gazetteers and its context
    placenames.py  places the model missed or mistyped
    bodies.py      bodies the model missed or mistyped
    of_names.py    names built as "the Sons of the Savanna", "the Federation of Mine and Quarry Workers"
    forces.py      a state's armed forces and police
    people.py      people the model missed or mistyped
    find.py        one paragraph's mentions: all of the above, in order
    article.py     an article's mentions -> entities with stable keys (variants.py: surnames and short names)
"""
from .article import entity_key, resolve
from .find import find_mentions
from .forces import armed_forces_key
from .mention import PERSONAL_PRONOUNS, ArticleEntities, RawMention, TitleSpan
from .names import NAME_PARTICLES, name_head, party_tag, party_tag_at, site_name

__all__ = ["NAME_PARTICLES", "PERSONAL_PRONOUNS", "ArticleEntities", "RawMention", "TitleSpan", "armed_forces_key",
           "entity_key", "find_mentions", "name_head", "party_tag", "party_tag_at", "resolve", "site_name"]
