"""Extraction behaviours that span sentences or need world knowledge: names, pronouns and back-references,
implied events, places, offices and dates. Each behaviour is checked on sentences written for the test,
with invented people, bodies and towns, plus a sentence where it must not fire. Real states appear only
where the behaviour is about the gazetteer of states (marked `# real states:`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import facts, named_types, run_text


def has(got: set, *expected: tuple[str, str, str]) -> bool:
    return set(expected) <= got


# -- names, pronouns and descriptions ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Marta Kowalczyk arrived in Tarsk on Monday. Kowalczyk then condemned the Ostby Union.",
    "Marta Kowalczyk spoke first. Later Marta condemned the Ostby Union.",
    "Marta Kowalczyk landed at dawn. She condemned the Ostby Union within the hour.",
])
def test_surnames_first_names_and_pronouns_are_the_person(extract, text):
    assert ("criticized", "Marta Kowalczyk", "Ostby Union") in extract(text)


def test_two_people_sharing_a_surname_stay_apart(nlp):
    r = run_text(nlp, "Headline\n\nDaniel Ferreira met Anna Ferreira in Tarsk. Daniel Ferreira criticised the Ostby Union.")
    people = sorted(e.label for e in r.entities.values() if e.type == "Person")
    assert people == ["Anna Ferreira", "Daniel Ferreira"]
    assert ("criticized", "Anna Ferreira", "Ostby Union") not in facts(r)


@pytest.mark.parametrize("text, agent", [
    ("Greywater Mining reported losses. The company also sued the Ostby Union.", "Greywater Mining"),
    ("The Velm Liberation Front emerged last year. The group later attacked the Ostby Union.", "Velm Liberation Front"),
    ("Marquez Agricultural Group lost the case. Marquez then sued the Ostby Union.", "Marquez Agricultural Group"),
])
def test_descriptions_and_short_names_are_the_body(extract, text, agent):
    got = extract(text)
    assert any(f[1] == agent and f[2] == "Ostby Union" for f in got), got


def test_a_description_without_a_body_before_it_is_nobody(extract):
    assert not extract("The company sued the Ostby Union.")


@pytest.mark.parametrize("text", [
    "Fighters of the Ansar al-Furqan militia shelled the town of Bir Zeyd.",
    "The Ansar al-Furqan militia shelled the town of Bir Zeyd overnight.",
    "Gunmen from the Ansar al-Furqan militia shelled the town of Bir Zeyd on Monday.",
])
def test_a_name_before_a_group_noun_names_the_group(extract, text):
    assert ("attacked", "Ansar al-Furqan", "Bir Zeyd") in extract(text)


@pytest.mark.parametrize("text, body", [
    # real states: a US state's name inside a body's name
    ("The Ostby Union criticised the Nevada Mining Safety Board for its inspections.", "Nevada Mining Safety Board"),
    ("The Ostby Union sued the Ohio Teachers Pension Fund on Monday.", "Ohio Teachers Pension Fund"),
])
def test_a_place_inside_a_bodys_name_is_part_of_it(extract, text, body):
    assert any(f[2] == body for f in extract(text))


def test_a_capitalised_group_noun_is_part_of_the_name(nlp):
    r = run_text(nlp, "Headline\n\nThe Varnish Party criticised the Ostby Union.")
    assert "Varnish Party" in {e.label for e in r.entities.values()}


@pytest.mark.parametrize("text", [
    "The National Coalition for Rural Health (NCRH) criticised the Ostby Union.",
    "The Ostby Union was criticised by the National Coalition for Rural Health (NCRH). The NCRH said so.",
    "Earlier the National Coalition for Rural Health (NCRH) said the NCRH criticised the Ostby Union.",
])
def test_a_name_spelled_out_before_its_acronym_is_one_body(nlp, text):
    r = run_text(nlp, "Headline\n\n" + text)
    bodies = [e for e in r.entities.values() if e.label == "National Coalition for Rural Health"]
    assert len(bodies) == 1 and ("criticized", "National Coalition for Rural Health", "Ostby Union") in facts(r)


@pytest.mark.parametrize("text, person, body", [
    ("The Velm Liberation Front attacked the Ostby Union. VLF commander Ivo Brandt defended the raid.",
     "Ivo Brandt", "Velm Liberation Front"),
    ("Members of the Kessel Farmers Association met on Monday. KFA chairman Olga Weiss criticised the Ostby Union.",
     "Olga Weiss", "Kessel Farmers Association"),
    ("The Tarsk Miners Union sued Greywater Mining. TMU spokeswoman Anna Holm said the suit would go ahead.",
     "Anna Holm", "Tarsk Miners Union"),
])
def test_initials_stand_for_the_one_body_they_spell(extract, text, person, body):
    assert ("represents", person, body) in extract(text)


def test_initials_two_bodies_spell_stand_for_neither(extract):
    got = extract("The Velm Liberation Front and the Velm Labour Federation met. VLF leader Ivo Brandt spoke first.")
    assert not {f for f in got if f[0] == "represents" and f[2].startswith("Velm L")}


def test_backing_ones_own_body_is_no_support(extract):
    got = extract("The Velm Liberation Front attacked the Ostby Union. VLF commander Ivo Brandt defended the raid.")
    assert not {f for f in got if f[0] == "supports"}
    got = extract("Ostby Union chairman Ivo Brandt praised the Velm Liberation Front.")
    assert ("supports", "Ivo Brandt", "Velm Liberation Front") in got


def test_a_title_makes_the_name_a_person_and_stays_as_an_alternative_name(nlp):
    r = run_text(nlp, "Headline\n\nThe gunman shot Sen. Peter Hollis at the rally. Chicago Mayor Anna Lindqvist said so.")
    names = {e.label: e.names for e in r.entities.values() if e.type == "Person"}
    assert "Sen. Peter Hollis" in names["Peter Hollis"]
    assert "Chicago Mayor Anna Lindqvist" in names["Anna Lindqvist"]


@pytest.mark.parametrize("text, body", [
    ("The Ostby Union sued retailer Marlo Kids on Tuesday.", "Marlo Kids"),
    ("Singer Lena Vost sued the tabloid Morgenkurier over photographs of her daughter.", "Morgenkurier"),
    ("Olaf Brenner sued his former club, Vittoria Sandrelli, over unpaid wages.", "Vittoria Sandrelli"),
    ("Dorvale Rides chief executive Petra Sundqvist criticised the Ostby Union.", "Dorvale Rides"),
    ("The Ostby Competition Office charged the travel agency Wanderly with misleading customers.", "Wanderly"),
])
def test_a_name_described_as_a_body_is_one(nlp, text, body):
    r = run_text(nlp, "Headline\n\n" + text)
    assert {e.label: e.type for e in r.entities.values()}.get(body) == "Organization"


def test_a_verb_before_a_name_describes_no_body(nlp):
    r = run_text(nlp, "Headline\n\nThe Ostby Union labeled Tomas Brandt as a traitor. Brandt left Tarsk.")
    assert {e.label: e.type for e in r.entities.values()}.get("Tomas Brandt") == "Person"


@pytest.mark.parametrize("text", [
    "Lawyer Tomas Brandt sued Anna Velk over the photographs.",
    "Anna Velk adviser Tomas Brandt criticised the Ostby Union.",  # an adviser serves a person
])
def test_a_person_described_by_a_trade_or_served_stays_a_person(nlp, text):
    r = run_text(nlp, "Headline\n\n" + text)
    assert {e.label: e.type for e in r.entities.values()}.get("Anna Velk") == "Person"


@pytest.mark.parametrize("text, actor", [
    ("Jackson shot Tomas Brandt at close range.", "Jackson"),
    ("Warren criticised the Ostby Union on Monday.", "Warren"),
    ("Durham sued the Ostby Union for libel.", "Durham"),
])
def test_a_name_that_is_also_a_town_acts_as_a_person(nlp, text, actor):
    r = run_text(nlp, "Headline\n\n" + text)
    assert {e.label: e.type for e in r.entities.values()}.get(actor) == "Person"
    assert any(f[1] == actor for f in facts(r))


def test_a_town_named_where_a_place_goes_stays_a_town(extract):
    # real states: the state abbreviation places the town
    assert ("locatedIn", "Jackson", "Mississippi") in extract("The Ostby Union opened an office in Jackson, Miss.")


# -- implied events ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Velm Front shelled the port of Tarsk on Monday. The Ostby Union condemned the attack.",
    "The Velm Front struck a bridge near Tarsk. The Ostby Union denounced the operation.",
    "The Velm Front carried out the raid at dawn. The Ostby Union criticised the raid.",
])
def test_the_attack_is_the_one_reported_last(extract, text):
    assert ("criticized", "Ostby Union", "Velm Front") in extract(text)


@pytest.mark.parametrize("text, fact", [
    ("The Ostby Union threatened to sue the Velm Party. The Velm Party denounced the threat as blackmail.",
     ("criticized", "Velm Party", "Ostby Union")),
    ("Anna Berg accused the Ostby Union of fraud. Tomas Brandt condemned the accusation.",
     ("criticized", "Tomas Brandt", "Anna Berg")),
    ("Anna Berg warned the Ostby Union of a strike. Tomas Brandt criticised the warning.",
     ("criticized", "Tomas Brandt", "Anna Berg")),
])
def test_a_threat_or_accusation_named_again_is_its_makers(extract, text, fact):
    assert fact in extract(text)


def test_a_threat_named_without_a_previous_one_points_at_nobody(extract):
    assert not extract("Tomas Brandt denounced the threat as blackmail.")


def test_an_attack_named_without_a_previous_one_points_at_nobody(extract):
    assert not {f for f in extract("The Ostby Union condemned the attack.") if f[0] == "criticized"}


@pytest.mark.parametrize("text", [
    "Gunmen attacked the Ostby Union's offices overnight. The Velm Front later claimed responsibility for the attack.",
    "The Velm Front claimed responsibility for the attacks. The attacks struck the Ostby Union's warehouses.",
    "A bomb attack hit the Ostby Union's headquarters. The attack was claimed by the Velm Front.",
])
def test_whoever_claims_an_attack_carried_it_out(extract, text):
    assert ("attacked", "Velm Front", "Ostby Union") in extract(text)


def test_denying_an_attack_claims_nothing(extract):
    got = extract("Gunmen attacked the Ostby Union's offices. The Velm Front denied responsibility for the attack.")
    assert ("attacked", "Velm Front", "Ostby Union") not in got


@pytest.mark.parametrize("text", [
    "The Velm Front will blockade the Ostby Union's depots unless the union pays its debts.",
    "The Velm Front said it would shut the Ostby Union's offices if the union did not pay.",
    "The Velm Front vowed to sue the Ostby Union unless it withdrew the claim.",
])
def test_a_promised_punishment_with_a_condition_threatens_and_demands(extract, text):
    got = extract(text)
    assert ("threatened", "Velm Front", "Ostby Union") in got and ("demanded", "Velm Front", "Ostby Union") in got


def test_a_possibility_is_no_threat(extract):
    got = extract("Analysts say the Velm Front may sue the Ostby Union if talks fail.")
    assert not {f for f in got if f[0] in ("threatened", "demanded")}


@pytest.mark.parametrize("text, member, leader", [
    ("The Velm Front announced a coalition to patrol the coast, which was joined by the Ostby Union.",
     "Ostby Union", "Velm Front"),
    ("The Ostby Union joined the Velm Front-led coalition on Monday.", "Ostby Union", "Velm Front"),
    ("The Ostby Union joined a coalition led by the Velm Front.", "Ostby Union", "Velm Front"),
])
def test_joining_a_coalition_backs_its_leader(extract, text, member, leader):
    assert ("supports", member, leader) in extract(text)


def test_joining_a_meeting_backs_nobody(extract):
    assert not {f for f in extract("The Ostby Union joined the talks with the Velm Front.") if f[0] == "supports"}


@pytest.mark.parametrize("text, agent, target", [
    ("Gunmen loyal to the Velm Liberation Front ambushed a convoy of the Ostby Union.", "Velm Liberation Front",
     "Ostby Union"),
    ("Security guards employed by Ironwall Services opened fire on protesters, killing farmer Jonas Berg.",
     "Ironwall Services", "Jonas Berg"),
    ("The village of Korvak was raided on Sunday by a bandit gang led by Dogo Shehu.", "Dogo Shehu", "Korvak"),
    ("Anton Vesk was shot by the Los Tigres cartel.", "Los Tigres", "Anton Vesk"),
])
def test_members_act_for_the_group_they_belong_to(extract, text, agent, target):
    assert ("attacked", agent, target) in extract(text)


def test_a_group_noun_with_a_modifier_still_names_its_body(extract):
    got = extract("Anna Berg sued the Ostby Union. Berg is joined in this legal action by attorneys general "
                  "from the Velm Party and the Tarsk Union.")
    assert {("accused", "Velm Party", "Ostby Union"), ("accused", "Tarsk Union", "Ostby Union")} <= got


def test_members_accused_are_not_their_employer(extract):
    got = extract("Prosecutor Lorna Ybarra has indicted two guards employed by Sentinel Custody Services.")
    assert not {f for f in got if f[2] == "Sentinel Custody Services"}


def test_a_group_only_backed_by_a_body_is_not_that_body(extract):
    assert not extract("Gunmen backed by the Velm Liberation Front attacked the Ostby Union.")


@pytest.mark.parametrize("text", [
    "The Velm Liberation Front stormed the offices of the Ostby Union.",
    "The Velm Liberation Front attacked the headquarters of the Ostby Union.",
    "The Velm Liberation Front shelled a base of the Ostby Union near the river.",
])
def test_attacking_a_bodys_property_attacks_the_body(extract, text):
    assert ("attacked", "Velm Liberation Front", "Ostby Union") in extract(text)


def test_the_owner_of_property_is_its_of_phrase_not_where_it_is(extract):
    got = extract("The Tarsk offices of the Ostby Union were stormed on Tuesday by armed men loyal to the "
                  "Velm Liberation Front.")
    assert ("attacked", "Velm Liberation Front", "Ostby Union") in got
    assert ("attacked", "Velm Liberation Front", "Tarsk") not in got


def test_condemning_the_arrest_of_someone_is_no_criticism_of_them(extract):
    assert not extract("The Ostby Union condemned the arrest of Anton Vesk.")


@pytest.mark.parametrize("text, owner", [
    ("Velm Front rockets hit the Ostby Union's depot.", "Velm Front"),
    ("The Velm Front's drones struck the Ostby Union's depot.", "Velm Front"),
    ("Marta Kowalczyk fired the shots that wounded Samuel Okafor.", "Marta Kowalczyk"),
])
def test_weapons_name_their_owner(extract, text, owner):
    assert any(f[0] == "attacked" and f[1] == owner for f in extract(text))


# -- places ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, inner, outer", [
    ("MARLOW SPRINGS, Nev. - The mayor resigned on Monday.", "Marlow Springs", "Nevada"),
    ("Floods hit Lindholm Falls, Minn., on Tuesday.", "Lindholm Falls", "Minnesota"),
    ("The new clinic in Ardmore Falls, Kan., opened on Friday.", "Ardmore Falls", "Kansas"),
])
def test_a_place_named_with_its_state_lies_in_it(extract, text, inner, outer):
    assert ("locatedIn", inner, outer) in extract(text)


def test_a_comma_list_of_states_is_no_containment(extract):
    # real states: the list is of US states
    got = extract("Attorneys general from Maine, New Jersey, Oregon and Hawaii joined the suit.")
    assert not {f for f in got if f[0] == "locatedIn"}


def test_a_state_stated_by_the_gazetteer_alone_is_an_event_not_an_edge(nlp):
    # real states: the gazetteer of capitals is what is tested
    r = run_text(nlp, "Headline\n\nThe talks in Oslo ended. Norway said it would host more.")
    located = [e for e in r.events if e.family == "locatedIn"]
    assert located and all(e.method == "gazetteer" for e in located)
    assert any(e.confidence >= 0.5 for e in located)  # a named state's capital is an edge
    r = run_text(nlp, "Headline\n\nThe talks in Bergen ended. Norway said it would host more.")
    assert all(e.confidence < 0.5 for e in r.events if e.family == "locatedIn")  # another city is not


@pytest.mark.parametrize("text, inner, outer", [
    # real states: a dateline names its state
    ("BELMARA, Chad (Reuters) - Gunmen attacked a market on Sunday, police said.", "Belmara", "Chad"),
    ("KORVASK, Chad - The council voted to close the mine.", "Korvask", "Chad"),
    ("TARVIK FALLS, Mont. (AP) - The school board resigned on Monday.", "Tarvik Falls", "Montana"),
])
def test_a_dateline_in_capitals_names_a_town(extract, text, inner, outer):
    assert ("locatedIn", inner, outer) in extract(text)


def test_the_wire_in_a_dateline_is_no_actor(nlp):
    # real states: a dateline names its state
    r = run_text(nlp, "Headline\n\nKORVASK, Chad (Reuters) - The Ostby Union said it held the Velm Party responsible.")
    assert ("holdsResponsible", "Ostby Union", "Velm Party") in facts(r)
    assert "Reuters" not in {e.label for e in r.entities.values()}


def test_a_dateline_with_accented_capitals_is_a_dateline(nlp):
    # real states: a dateline names its state
    r = run_text(nlp, "Headline\n\nSÃO TOMÉ DO MAR, Chad (Reuters) - The Ostby Union said it held the Velm Party "
                      "responsible.")
    assert ("holdsResponsible", "Ostby Union", "Velm Party") in facts(r)
    assert ("locatedIn", "São Tomé do Mar", "Chad") in facts(r)


def test_a_headline_in_capitals_names_no_town(nlp):
    r = run_text(nlp, "VELM, OSTBY TRADE BLOWS\n\nThe Velm Liberation Front attacked the Ostby Union on Monday.")
    assert not [e for e in r.entities.values() if e.type == "City"]


@pytest.mark.parametrize("text, inner, outer", [
    ("DUNMORE FALLS, Ore. - Voters in this mill town in Kessler County rejected the levy.", "Dunmore Falls", "Kessler County"),
    ("HARLAN CREEK, Wyo. - The only bank in this ranching town in Perrin County closed.", "Harlan Creek", "Perrin County"),
    ("ORSKAYA (Reuters) - Officials in this river town in Ostra province said the bridge had collapsed.",
     "Orskaya", "Ostra"),
])
def test_this_town_is_the_dateline_town(extract, text, inner, outer):
    assert ("locatedIn", inner, outer) in extract(text)


def test_this_town_without_a_dateline_is_no_town(extract):
    assert not extract("Voters in this mill town in Kessler County rejected the levy on Tuesday.")


@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked the village of Korvak in Ostland province on Monday.", {("Korvak", "Ostland")}),
    # real states: the region is named as the state's
    ("Floods swept through the town of Tarvo in Kenya's Ostra county.", {("Tarvo", "Ostra"), ("Ostra", "Kenya")}),
    ("Rebels seized the town of Dunmore in Kessel governorate last week.", {("Dunmore", "Kessel")}),
])
def test_a_name_before_a_kind_of_region_is_a_region(extract, text, expected):
    assert {("locatedIn", a, b) for a, b in expected} <= extract(text)


@pytest.mark.parametrize("text, inner, outer", [
    ("Gunmen raided the village of Korvak on the outskirts of Kessel province, officials said.", "Korvak", "Kessel"),
    ("Gunmen raided Tarvo, a village on the edge of Ostland province.", "Tarvo", "Ostland"),
    # real states: a part of a named state
    ("Fighting flared in the town of Dalvik in the north of Chad.", "Dalvik", "Chad"),
])
def test_a_part_of_a_place_is_in_it(extract, text, inner, outer):
    assert ("locatedIn", inner, outer) in extract(text)


@pytest.mark.parametrize("text, inner, outer", [
    ("Dana Pell, a patient at Kessler Valley Hospital in Marlow, was charged.", "Kessler Valley Hospital", "Marlow"),
    ("A rally was held at the Brenner Shipyard in Marlow on Tuesday.", "Brenner Shipyard", "Marlow"),
    ("The plane took off from Ostby International Airport in Kessel province.", "Ostby International Airport",
     "Kessel"),
])
def test_a_site_named_in_a_town_lies_in_it(extract, text, inner, outer):
    assert ("locatedIn", inner, outer) in extract(text)


def test_a_body_named_in_a_town_is_no_site(extract):
    assert not extract("The Ostby Union in Marlow said it would strike.")


@pytest.mark.parametrize("text, inner, outer", [
    # real states: the sentence opens in a state
    ("In Chad, floods in Korvask destroyed homes.", "Korvask", "Chad"),
    ("In Kessel province, heavy snow in Marlow closed the roads.", "Marlow", "Kessel"),
    ("In Colorado, 13 inches of snow in Greeley prompted officials to close the road.", "Greeley", "Colorado"),
])
def test_a_sentence_opening_in_a_region_holds_its_towns(extract, text, inner, outer):
    assert ("locatedIn", inner, outer) in extract(text)


def test_a_sentence_opening_in_a_state_holds_no_town_of_another(extract):
    # real states: the gazetteer places Kyiv elsewhere
    assert not {f for f in extract("In Russia, officials in Kyiv said the talks failed.") if f[0] == "locatedIn"}


@pytest.mark.parametrize("text, inner, outer", [
    # real states: a town said to be in a state
    ("Korvask is in southern Chad.", "Korvask", "Chad"),
    ("The town of Marlow is in Kessel province.", "Marlow", "Kessel"),
    ("Marlow, a town of 4,000, is in Kessel province.", "Marlow", "Kessel"),
])
def test_a_place_that_is_in_another(extract, text, inner, outer):
    assert ("locatedIn", inner, outer) in extract(text)


@pytest.mark.parametrize("text, inner, outer", [
    ("Shelling hit a school in Dorvan Kasi in the north of Kessel province.", "Dorvan Kasi", "Kessel"),
    ("A car bomb hit a base in Maidan Tarek in the centre of Ostland province.", "Maidan Tarek", "Ostland"),
    ("Troops raided a market in Velko Brdo, in Kessel province, on Monday.", "Velko Brdo", "Kessel"),
])
def test_a_name_the_model_took_for_a_person_placed_in_a_region_is_a_town(extract, text, inner, outer):
    assert ("locatedIn", inner, outer) in extract(text)


@pytest.mark.parametrize("text, inner, outer", [
    # invented towns: where someone comes from, placed in turn, is a town whatever the model tagged it
    ("Her grandfather hails from Tsurugaoka in Yamagata Prefecture.", "Tsurugaoka", "Yamagata Prefecture"),
    ("She is originally from Oduya in Kessel province, officials said.", "Oduya", "Kessel"),
    ("The coach came from Pellvik in the north of Varga province.", "Pellvik", "Varga"),
])
def test_where_someone_is_from_placed_in_a_region_is_a_town(extract, text, inner, outer):
    assert ("locatedIn", inner, outer) in extract(text)


@pytest.mark.parametrize("text", [
    "Tomas Brandt received a call from Holm in Oslo.",  # a person from whom something came
    "The envoy is from the Foreign Ministry in Varga.",  # a body, by its name
    "The call was from Holm in Oslo.",  # a call is from no place
])
def test_from_someone_somewhere_places_nobody(extract, text):
    assert not {f for f in extract(text) if f[0] == "locatedIn" and f[1] in ("Holm", "Foreign Ministry")}


@pytest.mark.parametrize("text, inner, outer", [
    # invented towns after a first name of the list that the model takes for something else
    ("Gusts toppled trees near Hollins Crossing and Bramwell, Vt., late on Sunday.", "Bramwell", "Vermont"),
    ("Police searched homes in Kettering Heights and Alderby, Ore., after the theft.", "Alderby", "Oregon"),
    ("Winds of 60 mph were reported near Grantly and Osterby, Vt., on Sunday.", "Osterby", "Vermont"),
])
def test_a_listed_town_with_its_state_lies_in_it_whatever_the_first(extract, text, inner, outer):
    assert ("locatedIn", inner, outer) in extract(text)


def test_a_body_first_in_the_list_is_not_placed_with_the_town(extract):
    got = extract("Lawyers for Harlan Mining Corp. and Pellston, Ore., met on Monday.")
    assert ("locatedIn", "Pellston", "Oregon") in got
    assert not {f for f in got if f[0] == "locatedIn" and "Harlan" in f[1]}


def test_a_person_believed_in_stays_a_person(nlp):
    r = run_text(nlp, "Headline\n\nAnna Berg believed in Tomas Brandt in the crisis.")
    assert {e.label: e.type for e in r.entities.values()}.get("Tomas Brandt") == "Person"


def test_a_person_who_is_in_a_town_places_nothing(extract):
    assert not extract("Anna Berg is in Marlow this week.")


def test_a_state_abbreviation_in_a_bodys_name_is_the_state(nlp):
    r = run_text(nlp, "Headline\n\nProtesters stormed the U.S. Embassy in Marlow. The United States Embassy closed.")
    assert [e.label for e in r.entities.values() if "Embassy" in e.label] == ["United States Embassy"]


@pytest.mark.parametrize("text, town", [
    ("HARLOW-BY-THE-SEA, England - The council voted.", "Harlow-by-the-Sea"),
    ("ST. BRENDAN, Minn. - The council voted.", "St. Brendan"),
])
def test_a_dateline_town_with_hyphens_or_stops(extract_all, text, town):
    assert any(f[0].startswith("locatedIn") and f[1] == town for f in extract_all(text))


@pytest.mark.parametrize("text", [
    # the clinic's name after the town (invented clinics)
    "The injured activist was flown to a clinic in Vienna, Marienheim.",
    "The singer was treated at a hospital in Madrid, Valdoria.",
    "The rescued miners were taken to a hospital in Lima, Santa Ofelia.",
])
def test_an_unknown_name_after_a_town_and_a_comma_does_not_hold_it(extract, text):
    assert not {f for f in extract(text) if f[0] == "locatedIn"}


def test_a_place_beside_another_is_not_in_it(extract):
    assert not extract("Gunmen raided the village of Korvak, 20 km south of Kessel province.")


def test_a_state_noun_as_a_modifier_makes_no_region(nlp):
    r = run_text(nlp, "Headline\n\nOstby state television said Tarsk was calm.")
    assert not [e for e in r.entities.values() if e.type == "Region"]


@pytest.mark.parametrize("text, fact", [
    ("Kim Dae-sung met Choi Min-ji in Tarsk on Monday.", ("metWith", "Kim Dae-sung", "Choi Min-ji")),
    ("Spokeswoman Ha Eun-bi criticised the Ostby Union.", ("criticized", "Ha Eun-bi", "Ostby Union")),
    ("Lee Jae-woo telephoned Park Seo-yeon on Friday.", ("called", "Lee Jae-woo", "Park Seo-yeon")),
])
def test_a_hyphenated_given_name_is_whole(extract, text, fact):
    assert fact in extract(text)


def test_a_hyphenated_suffix_is_no_part_of_a_name(nlp):
    r = run_text(nlp, "Headline\n\nThe Kowalczyk-brokered deal collapsed after Marta Kowalczyk criticised the Ostby Union.")
    assert ("criticized", "Marta Kowalczyk", "Ostby Union") in facts(r)
    assert not [e for e in r.entities.values() if "brokered" in e.label]


def test_a_dateline_is_a_sentence_of_its_own(nlp):
    r = run_text(nlp, "MADRID - Novelist Carmen Ortega has sued the Ostby Union.")
    assert "Carmen Ortega" in {e.label for e in r.entities.values() if e.type == "Person"}
    assert ("accused", "Carmen Ortega", "Ostby Union") in facts(r)


# -- offices --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, body", [
    ("The Velm Front denied the report, spokesman Samuel Okafor said.", "Samuel Okafor", "Velm Front"),
    ("The Ostby Union rejected the offer, union spokeswoman Grace Mwangi said.", "Grace Mwangi", "Ostby Union"),
    ("Greywater Mining blamed the storms, company spokesman Peter Hollis said.", "Peter Hollis", "Greywater Mining"),
])
def test_a_spokesperson_speaks_for_what_they_report(extract, text, person, body):
    assert ("represents", person, body) in extract(text)


def test_a_spokespersons_accusation_is_the_bodys(extract):
    got = extract("Samuel Okafor, a spokesman for the Velm Front, accused the Ostby Union of theft.")
    assert ("accused", "Velm Front", "Ostby Union") in got and ("accused", "Samuel Okafor", "Ostby Union") not in got


@pytest.mark.parametrize("text, person, body", [
    ("Marta Kowalczyk, who directs the Ostby Union, resigned.", "Marta Kowalczyk", "Ostby Union"),
    ("Marta Kowalczyk writes for the Daily Harbinger.", "Marta Kowalczyk", "Daily Harbinger"),
    ("Samuel Okafor has headed the Ostby Union since 2019.", "Samuel Okafor", "Ostby Union"),
])
def test_verbs_of_running_or_working_for_a_body(extract, text, person, body):
    assert ("represents", person, body) in extract(text)


def test_a_former_post_is_no_office(extract):
    got = extract("The Ostby Union sued its former director Samuel Okafor.")
    assert ("represents", "Samuel Okafor", "Ostby Union") not in got


@pytest.mark.parametrize("text, person, body", [
    # a noun for a post beside or before the name, with its body
    ("Torvane Mining engineer Sam Okoro was hurt.", "Sam Okoro", "Torvane Mining"),
    ("Tessa Lund, a Brackley Partners analyst, said prices fell.", "Tessa Lund", "Brackley Partners"),
    ("Ostby Union organiser Marta Kowalczyk led the march.", "Marta Kowalczyk", "Ostby Union"),
])
def test_a_post_noun_with_a_body_beside_a_name(extract, text, person, body):
    assert ("represents", person, body) in extract(text)


@pytest.mark.parametrize("text", [
    # a perpetrator holds no post for the body named with the noun
    "The court convicted Vessel Corp. sniper Kenneth Lusk of murder.",
    "Police arrested Dunmore Bank's killer, Tom Vass, on Friday.",
    "Prosecutors said Dunmore Bank shooter Ivo Renn acted alone.",
    "Police named the Ostby Union's attacker, Olaf Dunn.",
])
def test_a_perpetrator_noun_is_no_post(extract, text):
    assert not {f for f in extract(text) if f[0] == "represents"}


@pytest.mark.parametrize("text, person, body", [
    # the body's last word would also start a longer title ("court judge", "council member")
    ("Marlow Supreme Court Judge Ilse Varga refused the request.", "Ilse Varga", "Marlow Supreme Court"),
    ("The Varnholt District Court Judge, Anna Berg, resigned.", "Anna Berg", "Varnholt District Court"),
    ("Dunmore City Council Member Rosa Imre voted against the plan.", "Rosa Imre", "Dunmore City Council"),
])
def test_a_bodys_name_keeps_its_last_word_before_a_title(extract, text, person, body):
    assert ("represents", person, body) in extract(text)


def test_a_title_opening_the_sentence_names_no_body(nlp):
    r = run_text(nlp, "Headline\n\nCourt Judge Anna Berg resigned on Monday.")
    assert [e.type for e in r.entities.values()] == ["Person"]


@pytest.mark.parametrize("text, person, body", [
    # invented bodies whose names end with a state's name, cut short by the model
    ("Tove Rask, head of the charity Refugee Aid Sweden, called the minister.", "Tove Rask", "Refugee Aid Sweden"),
    ("Kofi Mensah chairs the board of Harbour Trust Ghana, which sued the port.", "Kofi Mensah", "Harbour Trust Ghana"),
    ("Ilse Marrow, director of Clean Water Kenya, spoke on Monday.", "Ilse Marrow", "Clean Water Kenya"),
])
def test_a_bodys_name_may_end_with_a_state(extract, text, person, body):
    got = extract(text)
    assert ("represents", person, body) in got
    assert not {f for f in got if f[0] == "represents" and f[2] in ("Sweden", "Ghana", "Kenya")}


def test_a_state_after_a_date_stays_a_state(nlp):
    r = run_text(nlp, "Headline\n\nOn Friday Norway said the talks had failed.")
    assert [(e.type, e.label) for e in r.entities.values()] == [("Country", "Norway")]


@pytest.mark.parametrize("text, name, whole", [
    # invented agencies: a known body's name with an acronym hyphenated to it is the body's name as written
    ("(By NORD-KESTREL correspondent Olga Venn)", "KESTREL", "NORD-KESTREL"),
    ("KESTREL-ARV reporter Olga Venn said the talks ended.", "KESTREL", "KESTREL-ARV"),
    ("Staff of the VOX-KESTREL-ARV agency left.", "KESTREL", "VOX-KESTREL-ARV"),
    ("Anti-KESTREL protesters marched in Marlow.", "KESTREL", "KESTREL"),  # a word, not an acronym
    ("A NORD-KESTREL deal was signed.", "KESTREL", "KESTREL"),  # NORD a gazetteer name of its own here
])
def test_a_bodys_name_takes_the_acronyms_hyphenated_to_it(nlp, text, name, whole):
    from kg.extract.entities.bounds import _hyphened

    doc = nlp.make_doc(text)
    i = next(t.i for t in doc if t.text == name)
    own = {t.i for t in doc if t.text == "NORD"} if "deal" in text else set()
    s, e = _hyphened(doc, doc[i:i + 1], own)
    assert doc[s:e].text == whole


@pytest.mark.parametrize("text, agent, target", [
    # "the man", "the gunman" hold no office: the relative clause's subject is the name they stand beside
    ("The court heard from Dale Pruitt, the man who murdered Ilse Varga.", "Dale Pruitt", "Ilse Varga"),
    ("Dale Pruitt was the gunman who shot Ilse Varga.", "Dale Pruitt", "Ilse Varga"),
    ("Rafe Orton, the man who stabbed Mayor Mia Dahl, was sentenced on Friday.", "Rafe Orton", "Mia Dahl"),
])
def test_a_role_noun_beside_a_name_stands_for_it_in_a_relative_clause(extract, text, agent, target):
    assert ("attacked", agent, target) in extract(text)


def test_an_unnamed_man_in_a_relative_clause_is_no_one(extract):
    assert not {f for f in extract("Police are still searching for the man who shot Ilse Varga, said Dale Pruitt.")
                if f[0] == "attacked"}


@pytest.mark.parametrize("text, agent, target", [
    # attacking what someone said or planned criticises them
    ("Anna Berg attacked Tomas Brandt's policy on refugees.", "Anna Berg", "Tomas Brandt"),
    ("Senator Ilse Varga slammed Mayor Tomas Brandt's remarks.", "Ilse Varga", "Tomas Brandt"),
    ("Tomas Brandt attacked Anna Berg's decision to close the mine.", "Tomas Brandt", "Anna Berg"),
])
def test_attacking_someones_words_criticises_them(extract, text, agent, target):
    assert ("criticized", agent, target) in extract(text)


def test_shelling_someones_positions_is_no_criticism(extract):
    got = extract("The Ostby Front shelled Kessel army positions.")
    assert not {f for f in got if f[0] == "criticized"} and ("attacked", "Ostby Front", "Kessel") in got


@pytest.mark.parametrize("text, agent, target", [
    # firing on someone's vehicle attacks them
    ("Jon Kell fired on Ilse Varga's convoy.", "Jon Kell", "Ilse Varga"),
    ("Jon Kell opened fire on the motorcade of Mayor Ilse Varga.", "Jon Kell", "Ilse Varga"),
    ("Jon Kell fired into Ilse Varga's car outside the court.", "Jon Kell", "Ilse Varga"),
])
def test_firing_on_someones_vehicle_attacks_them(extract, text, agent, target):
    assert ("attacked", agent, target) in extract(text)


def test_firing_an_employee_attacks_no_one(extract):
    assert not {f for f in extract("Jon Kell fired his lawyer, Ilse Varga, on Monday.") if f[0] == "attacked"}


@pytest.mark.parametrize("text, fact, medium", [
    # a participle after a message's "on ..." phrase describes the message: its sender acts, not the medium
    ("Mayor Anna Berg posted a message on Facebook blaming the Ostby Union for the fire.",
     ("holdsResponsible", "Anna Berg", "Ostby Union"), "Facebook"),
    ("Tomas Brandt released a video on YouTube accusing the Ostby Union of fraud.",
     ("accused", "Tomas Brandt", "Ostby Union"), "YouTube"),
    ("The Ostby Union put out a statement on Telegram condemning Tomas Brandt.",
     ("criticized", "Ostby Union", "Tomas Brandt"), "Telegram"),
])
def test_a_message_on_a_medium_is_its_senders(extract, text, fact, medium):
    got = extract(text)
    assert fact in got and not {f for f in got if f[1] == medium}


def test_a_statement_on_a_topic_is_not_the_topics_act(extract):
    got = extract("The Ostby Union issued a statement on Velm Front fighters shelling Tarsk.")
    assert not {f for f in got if f[0] == "attacked" and f[1] == "Ostby Union"}


def test_firing_on_someones_supporters_attacks_the_supporters_not_them(extract):
    got = extract("The Ostby Guard fired on Marta Kowalczyk's supporters outside the court.")
    assert not {f for f in got if f[0] == "attacked" and f[2] == "Marta Kowalczyk"}


@pytest.mark.parametrize("text, person, state", [
    # a state's office with no state named: the state whose act the holder reports (two states in the text)
    ("The Netherlands accused Iran on Thursday of plotting an attack, Foreign Minister Willa Dekker said.",
     "Willa Dekker", "Netherlands"),
    ("Chile will recall its ambassador from Peru, Defence Minister Anna Berg said.", "Anna Berg", "Chile"),
    ("Estonia has summoned Russia's envoy over the incident, Interior Minister Tomas Brandt told reporters.",
     "Tomas Brandt", "Estonia"),
])
def test_a_minister_reporting_a_states_act_holds_its_office(extract, text, person, state):
    assert ("represents", person, state) in extract(text)


def test_a_minister_reporting_no_states_act_gets_no_state(extract):
    got = extract("Chile and Peru signed the deal on Monday. The talks were hard, Foreign Minister Tomas Brandt said.")
    assert not {f for f in got if f[0] == "represents" and f[1] == "Tomas Brandt"}


@pytest.mark.parametrize("text, person, body", [
    # a body's kind before a title, capitalised as the sentence starts: the last such body named
    ("The Kessel Transport Workers' Union vowed to strike. Union secretary-general Kwame Osei said the walkout "
     "would begin on Thursday.", "Kwame Osei", "Kessel Transport Workers' Union"),
    ("The Ostby Party lost the vote. Party secretary-general Ana Ruiz resigned.", "Ana Ruiz", "Ostby Party"),
    ("Brackley Partners won the bid. Company chairman Ivo Renn was pleased.", "Ivo Renn", "Brackley Partners"),
])
def test_a_bodys_kind_before_a_title_names_the_body(extract, text, person, body):
    assert ("represents", person, body) in extract(text)


def test_a_union_title_is_not_held_for_a_government(extract):
    got = extract("Norway's government fell. Union secretary-general Kwame Osei welcomed it.")
    assert not {f for f in got if f[0] == "represents" and f[1] == "Kwame Osei"}


@pytest.mark.parametrize("text, agent, target", [
    # a span of time given to someone to act in demands it of them
    ("The Ostby Front gave the Vessel Corp. 48 hours to withdraw its staff.", "Ostby Front", "Vessel Corp."),
    ("Hartwell Stores has given Green Dale Creameries 30 days to cut its prices or lose its shelf space.",
     "Hartwell Stores", "Green Dale Creameries"),
    ("The Ostby Union granted Vessel Corp. a week to reply.", "Ostby Union", "Vessel Corp."),
])
def test_a_deadline_given_is_a_demand(extract, text, agent, target):
    assert ("demanded", agent, target) in extract(text)


def test_aid_given_for_a_time_is_no_demand(extract):
    got = extract("Ostland gave aid to Kessel for 30 days.")
    assert not {f for f in got if f[0] == "demanded"}


@pytest.mark.parametrize("text, agent, target", [
    # "until" parsed as the infinitive's mark, after a name set apart by an apposition
    ("The Sierra Alta Self-Defence Council gave Rosa Kell, the mayor of San Jeronimo, until Sunday to resign.",
     "Sierra Alta Self-Defence Council", "Rosa Kell"),
    ("The Kelso Front gave Ana Brandt, the governor of Velm province, until Friday to resign.", "Kelso Front",
     "Ana Brandt"),
    ("The Tarn Valley Militia gave Piet Okello, the district commissioner, until Sunday to leave the town.",
     "Tarn Valley Militia", "Piet Okello"),
    # the one given an ultimatum parsed as a second object (real states: their armies and police)
    ("The Kelso Front gave the Malian army unit in Gao an ultimatum to withdraw.", "Kelso Front", "Malian army"),
    ("The Dorran Brigade gave the Kenyan army unit in Garissa a 24-hour ultimatum to leave the town.",
     "Dorran Brigade", "Kenyan army"),
    ("The Kelso Front gave the Ugandan police unit at the border a deadline to withdraw.", "Kelso Front",
     "Ugandan police"),
])
def test_a_deadline_given_past_an_apposition_or_as_a_second_object_is_a_demand(extract, text, agent, target):
    assert ("demanded", agent, target) in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a count or share of people stands for whom it is picked from ("thousands of members of X": X's members)
    ("On Monday, officers of the Velm Police fired tear gas at thousands of members of the Tarn Garment Workers' "
     "Federation.", ("attacked", "Velm Police", "Tarn Garment Workers' Federation")),
    ("The Kobo Front met several of the leaders of the Tarn Valley Council on Monday.",
     ("metWith", "Kobo Front", "Tarn Valley Council")),
    ("The Kobo Front accused two of the officials of the Orlen Water Board of fraud.",
     ("accused", "Kobo Front", "Orlen Water Board")),
])
def test_a_count_picked_from_a_body_stands_for_it(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a body's gunners act for it; targeting an armed body's positions attacks it
    ("The Wadi Brigade said its gunners had shelled positions of the Nafusa Shield Force.",
     ("attacked", "Wadi Brigade", "Nafusa Shield Force")),
    ("Gunners of the Wadi Brigade shelled the village of Umm Khanfis.", ("attacked", "Wadi Brigade", "Umm Khanfis")),
    ("The Wadi Brigade targeted positions of the Nafusa Shield Force.", ("attacked", "Wadi Brigade", "Nafusa Shield Force")),
])
def test_gunners_and_targeted_positions_are_attacks(extract, text, fact):
    assert fact in extract(text)


def test_targeting_a_bodys_policies_is_no_attack(extract):
    assert not {f for f in extract("The Velm Party targeted the policies of the Tarn Union.") if f[0] == "attacked"}


@pytest.mark.parametrize("text, fact", [
    # "union leaders", "federation leaders": the leaders of the body of that kind named before; "Chadian leaders":
    # the state's
    ("The Tarn Dockers' Union extended its strike on Monday. Velm's labour minister, Rui Mota, met union leaders in "
     "Orsk on Wednesday.", ("metWith", "Rui Mota", "Tarn Dockers' Union")),
    ("The Orlen Farmers' Federation blocked roads near Tarsk on Monday. Interior Minister Ana Kress later met "
     "federation leaders.", ("metWith", "Ana Kress", "Orlen Farmers' Federation")),
    ("Chadian leaders met the Brask Liberation Front in Doha.", ("metWith", "Chad", "Brask Liberation Front")),  # real state
])
def test_leaders_named_by_their_bodys_kind_stand_for_it(extract_all, text, fact):
    assert fact in extract_all(text)


def test_no_one_meets_their_own_body(extract_all):
    got = extract_all("The Orlen Fishers' Federation blocked the port. The federation's president, Ismael Catri, "
                      "accused the police of brutality. The regional governor, Valeska Huen, met Catri and other union "
                      "leaders at the port on Friday.")
    assert ("metWith", "Valeska Huen", "Ismael Catri") in got
    assert not {f for f in got if f[0] == "metWith" and {f[1], f[2]} == {"Ismael Catri", "Orlen Fishers' Federation"}}


@pytest.mark.parametrize("text", [  # real states: a demonym before leaders of something else
    "Kenyan union leaders criticised the Tarn Teachers' Union.",
    "Chadian business leaders criticised the Lake Fitri Cotton Company.",
    "Chadian religious leaders condemned the Lake Fitri Rebel Alliance.",
])
def test_leaders_of_another_kind_are_no_state(extract_all, text):
    assert not {f for f in extract_all(text) if f[1] in ("Kenya", "Chad")}


def test_leaders_of_no_body_named_are_no_one(extract_all):
    got = extract_all("The Tarn Water Company raised prices. Opposition leaders criticised the company on Monday.")
    assert not {f for f in got if f[0] == "criticized"}


@pytest.mark.parametrize("text, agent, target", [
    # "warned that X would be pursued / banned / suspended": a warning to X of a punishment, and a threat
    ("Mozambique's interior minister, Ana Kress, condemned the attack and warned that the Kora Brigade would be "
     "pursued until its last camp was destroyed.", "Ana Kress", "Kora Brigade"),  # real state: a minister's
    ("Government spokesman Moussa Kette of Mali warned that the Sahel Rights Group would be banned from working in "
     "Mali if it kept publishing lies.", "Mali", "Sahel Rights Group"),  # real state: a spokesman's
    ("The Nigerian army warned that the Kora Brigade would be crushed if it attacked again.", "Nigerian army",
     "Kora Brigade"),  # real state: its army
])
def test_a_punishment_to_be_suffered_warns_and_threatens(extract_all, text, agent, target):
    got = extract_all(text)
    assert ("warned", agent, target) in got and ("threatened", agent, target) in got


@pytest.mark.parametrize("text", [
    "Ana Kress warned that the Kora Brigade would be defeated by the army.",  # another's act, by-phrase
    "Ana Kress warned that the Kora Brigade could not be defeated.",
    "Ana Kress warned that the Kora Brigade had been banned.",  # done already: news, no warning of it
    # one that cannot do it warns of what others may do: an NGO, a bank
    "The Velm Rights Watch warned that the Green Dawn Party would be banned if the new law passed.",
    "Analysts at Tarsen Bank warned that the Kaldor Fishing Company would be suspended from trading.",
])
def test_a_punishment_by_another_denied_or_past_warns_no_one(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] in ("warned", "threatened")}


@pytest.mark.parametrize("text, fact", [  # real states: a renamed capital (countries_extra.tsv)
    ("Kyrgyzstan's economy minister, Tokol Danar, warned Astana that his government would take the dispute to "
     "court.", ("warned", "Tokol Danar", "Kazakhstan")),
    ("Paraguay accused La Paz of diverting the river.", ("accused", "Paraguay", "Bolivia")),
    ("Rwanda accused Gitega of sheltering rebels.", ("accused", "Rwanda", "Burundi")),
])
def test_a_capital_the_country_table_lacked_stands_for_its_state(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, agent, target", [
    # a speaker's own people, named by a plural with no one else's name on it, carry out the speaker's threat
    ("Mara Jelt, president of the Tarn Bus Drivers' Union, said drivers would strike on Monday unless Corvin "
     "Coachlines restored pension contributions.", "Mara Jelt", "Corvin Coachlines"),
    ("Ola Brandt, the chairman of the Nordvik Farmers' Cooperative, said farmers would block the roads unless Ruvo "
     "Foods paid its debts.", "Ola Brandt", "Ruvo Foods"),
    ("Colombia's defence minister, Hernán Quispe, said troops would pursue the Tarn Armed Front wherever it hides.",
     "Hernán Quispe", "Tarn Armed Front"),  # real state: a minister's troops
    ("Janek Morov, who leads the Sabra Hills Brigade, warned that his fighters would attack the Tolvan Mining "
     "Corporation unless it paid compensation.", "Janek Morov", "Tolvan Mining Corporation"),  # "his": his own
    ("Peru's interior minister, Tomas Arce, said the security forces would crush the Huallaga Brigade if it attacked "
     "again.", "Tomas Arce", "Huallaga Brigade"),  # real state
])
def test_a_speakers_own_people_threaten_for_the_speakers_side(extract_all, text, agent, target):
    assert ("threatened", agent, target) in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a warning whose act the warner's own forces will carry out threatens the one warned
    ("Brigadier Hans Okafor, commander of the Ludo Defence Force, warned the Kasai Liberation Movement that his "
     "troops would storm its camps unless it freed the hostages.", ("threatened", "Hans Okafor", "Kasai Liberation Movement")),
    ("Colombia's defence minister, Rafael Ortiz, warned the Sierra Roja Front that security forces would strike its "
     "camps if it attacked again.", ("threatened", "Rafael Ortiz", "Sierra Roja Front")),  # real state
    # ... and one the act names, where the one warned is not named
    ("Lena Strom, the chief executive of Halvik Ports, met the head of Baltic Tug Services, Oskar Wenn, and warned him "
     "that Halvik Ports would sue Baltic Tug Services if the delays continued.",
     ("threatened", "Lena Strom", "Baltic Tug Services")),
])
def test_a_warning_of_the_warners_own_act_threatens(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    # forces that are not the warner's: an aid worker's warning, another state's troops
    "Mira Dovan of the Relief Alliance warned the Kasai Liberation Movement that the troops would storm its camps.",
    "Colombia's defence minister, Rafael Ortiz, warned the Sierra Roja Front that Venezuelan troops would strike its "
    "camps.",  # real states
])
def test_a_warning_of_others_forces_threatens_no_one(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "threatened"}


@pytest.mark.parametrize("text, fact", [
    ("Senator Ada Kell called out the Velmar Port Authority over the delays.",
     ("criticized", "Ada Kell", "Velmar Port Authority")),
    ("The Dunlow Tenants Union called out Harrow Estates for ignoring repairs.",
     ("criticized", "Dunlow Tenants Union", "Harrow Estates")),
    ("Mayor Ivo Brandt called out the Korsa Transit Company on Tuesday, saying its buses were unsafe.",
     ("criticized", "Ivo Brandt", "Korsa Transit Company")),
])
def test_calling_out_criticises(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts and not {f for f in facts if f[0] in ("called", "demanded")}


def test_calling_someone_in_is_no_phone_call(extract_all):
    facts = extract_all("Lena Strom called in the head of Baltic Tug Services, Oskar Wenn, on Monday.")
    assert not {f for f in facts if f[0] == "called"}


@pytest.mark.parametrize("text", [
    # others' people, and a loss that is no punishment
    "Mara Jelt, president of the Tarn Transit Union, said passengers would boycott the buses unless Corvin Coachlines "
    "cut fares.",
    "Mara Jelt, president of the Tarn Transit Union, said drivers would lose their jobs unless Corvin Coachlines was "
    "saved.",
    # people who are not the union's, a company's employees, and a concession offered
    "Hana Ostrova, head of the Korvan Transport Workers' Union, said teachers would strike unless the Education "
    "Ministry raised their pay.",
    "Ivan Holt, chief executive of the Korvan Bus Company, said drivers would strike unless the Tarsen City Council "
    "paid its debts.",
    "Mara Jelt, president of the Tarn Transit Union, said members would end the strike if the Korvan Bus Company "
    "raised wages.",
])
def test_others_people_or_a_loss_threaten_no_one(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "threatened"}


@pytest.mark.parametrize("text, fact", [  # real states: their armies and police
    # a site or unit of a state's force ("an army base", "a police station") is the article's one such force
    ("Fighters of the Kelso Front attacked an army base in Borno state, killing nine soldiers. A spokesman for the "
     "Nigerian Army said troops had repelled the attackers.", ("attacked", "Kelso Front", "Nigerian Army")),
    ("Fighters from the Velm Peasant Front attacked a police station in Buenavista with explosives. The Colombian "
     "National Police said reinforcements had arrived.", ("attacked", "Velm Peasant Front", "Colombian National Police")),
    ("Fighters of the Kelso Front ambushed an army convoy near Gwoza. The Nigerian Army said four soldiers died.",
     ("attacked", "Kelso Front", "Nigerian Army")),
])
def test_a_forces_site_attacked_is_the_storys_force(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    # a person the force's word describes, and two armies named
    "Gunmen of the Kelso Front attacked an army veteran in his home. The Nigerian Army condemned the killing.",
    "The Kelso Front attacked an army base. The Nigerian Army and the Chadian Army launched a joint offensive.",
])
def test_a_forces_word_on_a_person_or_with_two_armies_names_no_force(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "attacked" and "Army" in f[2]}


def test_a_count_of_people_in_a_town_is_no_one(extract):
    assert not {f for f in extract("Police in Orlen arrested thousands of people in Velm.") if f[2] == "Velm"}


@pytest.mark.parametrize("text, fact", [
    # "the decision", "the strike", "the bid", "the lawsuit": the act a verb stated before, and so its doer
    ("The Velm Football Association fined Kelby Rovers on Friday. The club's president, Tom Ode, criticised the "
     "decision.", ("criticized", "Tom Ode", "Velm Football Association")),
    ("The Orlen Nurses' Union threatened to strike on Monday. Health Minister Ana Kress criticised the strike as "
     "reckless.", ("criticized", "Ana Kress", "Orlen Nurses' Union")),
    ("Seorin Holdings launched a takeover bid for Cheongho Shipping. Cheongho's chief executive, Ryu Seo, criticised "
     "the bid as predatory.", ("criticized", "Ryu Seo", "Seorin Holdings")),
    ("The Orlen Residents' Group sued Tarn Chemicals on Monday. Tarn Chemicals called the lawsuit opportunistic.",
     ("criticized", "Tarn Chemicals", "Orlen Residents' Group")),
    ("The Velm Football Association fined Kelby Rovers on Friday. The Velm Players' Union said it backed the decision.",
     ("supports", "Velm Players' Union", "Velm Football Association")),
])
def test_an_act_named_again_by_a_noun_is_its_doers(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact, wrong", [
    # the latest act of that name wins: a court's ruling over the fine, a union's strike after an air strike
    ("The Velm Football Association fined Kelby Rovers on Friday. On Monday the Arbitration Court of Velm overturned "
     "the fine. Dunmore Athletic criticised the decision.", ("criticized", "Dunmore Athletic", "Arbitration Court of Velm"),
     ("criticized", "Dunmore Athletic", "Velm Football Association")),
    ("The Arvel Air Force bombed the town of Dunn on Monday. On Tuesday the Dunn Teachers Union called a strike over "
     "pay. Mayor Ilse Varga criticised the strike as selfish.", ("criticized", "Ilse Varga", "Dunn Teachers Union"),
     ("criticized", "Ilse Varga", "Arvel Air Force")),
])
def test_an_act_named_again_is_the_latest_of_that_name(extract_all, text, fact, wrong):
    got = extract_all(text)
    assert fact in got and wrong not in got


@pytest.mark.parametrize("text, wrong", [
    # an act only asked for, or denied, was done by no one
    ("The Kelby Fans' Group demanded that the Velm Football Association fine Kelby Rovers. The club's president, Tom "
     "Ode, criticised the decision.", ("criticized", "Tom Ode", "Velm Football Association")),
    ("The Velm Football Association did not fine Kelby Rovers. The Kelby Fans' Group criticised the decision.",
     ("criticized", "Kelby Fans' Group", "Velm Football Association")),
    ("The Tarn Civic Party demanded that the Velm Electoral Board order a full recount. The Velm Union's secretary "
     "general, Ana Cruz, called the recount demand a tantrum.", ("criticized", "Ana Cruz", "Velm Electoral Board")),
    # an act done by someone not named leaves no earlier doer of that act standing
    ("The Velm Football Association fined Kelby Rovers on Friday. On Monday a judge overturned the fine. Dunmore "
     "Athletic criticised the decision.", ("criticized", "Dunmore Athletic", "Velm Football Association")),
    # a decision with its own owner or content is not the last one stated
    ("The Velm Football Association fined Kelby Rovers. Dunmore Athletic criticised the decision of the Velm Sports "
     "Tribunal to uphold the fine.", ("criticized", "Dunmore Athletic", "Velm Football Association")),
    ("Mayor Ilse Varga announced the winners of the art prize. The Dunn Teachers Union criticised the decision to "
     "close two schools.", ("criticized", "Dunn Teachers Union", "Ilse Varga")),
    # one's own side's act; an act named by a phone-call verb's object is no one phoned
    ("The Velm Football Association fined Kelby Rovers on Friday. The association's chairman, Piet Oran, criticised "
     "the decision.", ("criticized", "Piet Oran", "Velm Football Association")),
    ("Harlow Capital sued Mirefield Bank on Monday. Mirefield Bank called the lawsuit, which it received on Monday, a "
     "surprise.", ("called", "Mirefield Bank", "Harlow Capital")),
    ("The Sarn Water Company raised prices on Monday. Consumer advocate Ida Holm called the increase modest and fair.",
     ("called", "Ida Holm", "Sarn Water Company")),
])
def test_an_act_asked_for_or_denied_is_no_ones(extract_all, text, wrong):
    assert wrong not in extract_all(text)


def test_a_gift_given_to_do_something_is_no_demand(extract):
    got = extract("The Orlen Mining Company gave the Velm Miners' Union a bonus fund to reward its members.")
    assert not {f for f in got if f[0] == "demanded"}


@pytest.mark.parametrize("text, fact", [
    # invented bodies named in French or Spanish: capitalised words joined by particles are one name
    ("Rebels of the Mouvement du 9 Juin attacked the village of Tarsk.",
     ("attacked", "Mouvement du 9 Juin", "Tarsk")),
    ("Envoy Ana Sesay met leaders of the Alliance Malienne pour le Progrès in Bamako.",
     ("metWith", "Ana Sesay", "Alliance Malienne pour le Progrès")),
    ("The Frente de Liberación del Sur shelled Tarsk.", ("attacked", "Frente de Liberación del Sur", "Tarsk")),
])
def test_a_name_joined_by_particles_is_one_name(extract, text, fact):
    got = extract(text)
    assert fact in got and not {f for f in got if f[1] in ("Juin", "Progrès", "Sur")}


def test_a_verb_do_joins_no_names(nlp):
    r = run_text(nlp, "Headline\n\nWhat do Russia and China want from the talks?")
    assert sorted(e.label for e in r.entities.values()) == ["China", "Russia"]


@pytest.mark.parametrize("text, fact", [
    # a call, talks or a meeting set beside a clause: its subject took part
    ("In a phone call with Foreign Minister Tomas Brandt on Monday, Foreign Minister Anna Berg condemned the arrests.",
     ("called", "Anna Berg", "Tomas Brandt")),
    ("During talks with the Ostby Union, Vessel Corp. offered a raise.", ("negotiatedWith", "Vessel Corp.", "Ostby Union")),
    ("Anna Berg criticised Tomas Brandt at a meeting with Ilse Varga.", ("metWith", "Anna Berg", "Ilse Varga")),
    ("Ostland will send aid, Foreign Minister Anna Berg said on Monday after talks with Tomas Brandt.",
     ("negotiatedWith", "Anna Berg", "Tomas Brandt")),  # the phrase hangs on the date
])
def test_an_event_noun_beside_a_clause_has_its_subject_take_part(extract, text, fact):
    assert fact in extract(text)


def test_talks_beside_a_clause_about_no_one_name_no_party(extract):
    for text in ("Prices fell after talks with the Ostby Union.", "Prices fell on Monday after talks with the Ostby Union."):
        assert not {f for f in extract(text) if f[0] == "negotiatedWith"}


# -- dates ------------------------------------------------------------------------------------------

def test_event_dates_are_read_against_the_dateline(nlp):
    r = run_text(nlp, "Headline\n\nThursday, March 6, 2025\n\nThe Velm Front attacked the Ostby Union on Tuesday.")
    (attack,) = [e for e in r.events if e.family == "attacked"]
    assert attack.date == "2025-03-04" and r.article.date == "2025-03-06"
    r = run_text(nlp, "Headline\n\nThe Velm Front attacked the Ostby Union on Tuesday.")
    assert [e.date for e in r.events if e.family == "attacked"] == [None]  # no dateline: no guess


# -- offices of a state -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, state", [
    # real states: the one state the article names
    ("Protests spread across Chad on Friday. Critics said President Anton Vesk had eased the curfew too early.",
     "Anton Vesk", "Chad"),
    ("Chad's parliament met on Monday. Prime Minister Lina Oduya defended the budget.", "Lina Oduya", "Chad"),
    ("Floods hit N'Djamena. Interior Minister Idriss Kouma toured the damage.", "Idriss Kouma", "Chad"),
])
def test_a_state_office_acts_for_the_one_state_named(extract, text, person, state):
    assert ("represents", person, state) in extract(text)


@pytest.mark.parametrize("text", [
    # real states: two are named, so the office could be either's
    "Chad and Niger signed a pact. President Anton Vesk praised it.",
    "Chad's unions met on Monday. The union's president, Lou Branner, said talks had failed.",
    "Floods hit Chad. Regional president Marco Ferro blamed the weather.",
])
def test_a_state_office_with_another_body_or_two_states_acts_for_none(extract, text):
    assert not {f for f in extract(text) if f[0] == "represents" and f[2] == "Chad"}


# -- demands ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The Ostby Union demanded that the Velm government release the prisoners.", "Velm"),
    ("Marta Kowalczyk requested that the Ostby Union delay the vote.", "Ostby Union"),
    ("The Ostby Union demanded that Anton Vesk hand over the ledgers.", "Anton Vesk"),
])
def test_demanding_that_someone_act_is_a_demand_on_them(extract, text, target):
    assert any(f[0] == "demanded" and f[2] == target for f in extract(text))


@pytest.mark.parametrize("text", [
    "Marta Kowalczyk demanded to know why the Ostby Union had delayed the vote.",
    "The Ostby Union demanded that the truth about Anton Vesk come out.",
])
def test_a_demand_to_know_or_about_someone_is_no_demand_on_them(extract, text):
    assert not {f for f in extract(text) if f[0] == "demanded"}


# the parser often reads "implored X to go" with X as the infinitive's subject: X is still the one asked
@pytest.mark.parametrize("text, target", [
    ("Ilse Varga implored the Ostby Union to leave the city.", "Ostby Union"),
    ("Mira Sandvik implored Mayor Tomas Verner to resign.", "Tomas Verner"),
    ("Pia Lund implored the Ostby Union to return to work.", "Ostby Union"),
])
def test_the_one_asked_to_act_is_demanded_of_however_parsed(extract, text, target):
    assert any(f[0] == "demanded" and f[2] == target for f in extract(text))


def test_a_subject_of_its_own_clause_is_not_asked(extract):
    assert not {f for f in extract("Ilse Varga said the Ostby Union wanted to leave the city.") if f[0] == "demanded"}


# names the small model takes for organisations, set beside a person's title
@pytest.mark.parametrize("text, person, body", [
    ("Lucía Quiroga, a spokeswoman for the Blue Lantern Foundation, said the deal was fair.",
     "Lucía Quiroga", "Blue Lantern Foundation"),
    ("Iñaki Zubeldia, a lawyer for the Tarsk Dockers Guild, declined to comment.", "Iñaki Zubeldia",
     "Tarsk Dockers Guild"),
    ("The talks had failed, said Siobhán Ní Bhriain, a spokeswoman for the Ostby Union.", "Siobhán Ní Bhriain",
     "Ostby Union"),
])
def test_a_name_beside_a_persons_title_is_a_person(extract, nlp, text, person, body):
    assert ("represents", person, body) in extract(text)
    assert [e.type for e in run_text(nlp, "Headline\n\n" + text).entities.values() if e.label == person] == ["Person"]


def test_a_body_beside_a_kind_of_body_stays_a_body(nlp):
    r = run_text(nlp, "Headline\n\nThe Tarsk Dockers Guild, a trade union, said the deal was fair.")
    assert [e.type for e in r.entities.values()] in ([], ["Organization"])


# -- event nouns, offices over coordination, places visited ---------------------------------------------

# the parser hangs "by Y" on the victim: it is still the event's by-agent
@pytest.mark.parametrize("text, fact", [
    ("The assassination of Mayor Tomas Verner by Olav Kern shocked Tarsk.", ("attacked", "Olav Kern", "Tomas Verner")),
    ("Police described the murder of Pia Lund by Olav Kern as planned.", ("attacked", "Olav Kern", "Pia Lund")),
    ("The shooting of Judge Ilse Varga by Dag Ulven angered the Ostby Union.",
     ("attacked", "Dag Ulven", "Ilse Varga")),
])
def test_a_by_agent_hung_on_the_victim_is_the_events(extract, text, fact):
    assert fact in extract(text)


def test_a_portrait_by_someone_is_no_attack(extract):
    assert not {f for f in extract("A portrait of Ada Brenn by Olav Kern was sold.") if f[0] == "attacked"}


@pytest.mark.parametrize("text, facts_", [  # real states; invented people
    ("Presidents Ilan Rhee of Chile and Tomas Verner of Peru met in Lima.",
     {("represents", "Ilan Rhee", "Chile"), ("represents", "Tomas Verner", "Peru")}),
    ("Ambassadors Ada Brenn of Chile and Olav Kern of Peru signed the pact.",
     {("represents", "Ada Brenn", "Chile"), ("represents", "Olav Kern", "Peru")}),
    ("Foreign ministers Ilan Rhee of Bolivia and Mira Sandvik of Norway met in Oslo.",
     {("represents", "Ilan Rhee", "Bolivia"), ("represents", "Mira Sandvik", "Norway")}),
])
def test_each_of_a_pair_with_its_own_state_acts_for_that_one(extract, text, facts_):
    got = {f for f in extract(text) if f[0] == "represents"}
    assert got == facts_


def test_a_state_named_once_after_a_pair_is_both_of_theirs(extract):
    got = extract("Ilan Rhee and Tomas Verner of the Ostby Union left.")
    assert {("represents", "Ilan Rhee", "Ostby Union"), ("represents", "Tomas Verner", "Ostby Union")} <= got


@pytest.mark.parametrize("text", [
    "Israeli prime minister Dov Aran and energy minister Gil Tamar visited Cairo.",  # real states; invented people
    "Ada Brenn and Olav Kern visited Lima on Monday.",
    "Senator Ada Brenn and Governor Olav Kern toured Moscow.",
])
def test_visiting_a_capital_is_meeting_neither_its_state_nor_each_other(extract, text):
    assert not {f for f in extract(text) if f[0] == "metWith"}


# -- who does what an infinitive says after a verb of contact ------------------------------------------

@pytest.mark.parametrize("text, fact, other", [
    ("Governor Ada Brenn summoned Olav Kern to criticise the Ostby Union.",
     ("criticized", "Ada Brenn", "Ostby Union"), "Olav Kern"),
    ("Mayor Tomas Verner telephoned Pia Lund to condemn the Ostby Union's strike.",
     ("criticized", "Tomas Verner", "Ostby Union"), "Pia Lund"),
    ("Senator Ada Brenn contacted Dag Ulven to condemn the Tarsk Dockers Guild's blockade.",
     ("criticized", "Ada Brenn", "Tarsk Dockers Guild"), "Dag Ulven"),
])
def test_the_one_who_calls_or_summons_does_what_the_infinitive_says(extract, text, fact, other):
    got = extract(text)
    assert fact in got and (fact[0], other, fact[2]) not in got


def test_the_one_urged_does_what_the_infinitive_says(extract_all):
    got = extract_all("The Ostby Union urged Velm Motors to criticise the Tarsk Dockers Guild.")
    assert any(f[0].startswith("criticized") and f[1:] == ("Velm Motors", "Tarsk Dockers Guild") for f in got)


# -- a demand made as a noun with its that-clause --------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("The Ostby Union repeated its demand that Mayor Tomas Verner step down.", ("demanded", "Ostby Union", "Tomas Verner")),
    ("The Ostby Union's request that Senator Ada Brenn appear before the panel was denied.",
     ("demanded", "Ostby Union", "Ada Brenn")),
    ("The Ostby Union's demand that the Velm Mining Company close the pit was ignored.",
     ("demanded", "Ostby Union", "Velm Mining Company")),
])
def test_a_demand_noun_asks_its_clauses_subject(extract, text, fact):
    assert fact in extract(text)


def test_a_claim_noun_with_a_that_clause_is_no_demand(extract):
    got = extract("The Ostby Union rejected the claim that Senator Ada Brenn had stepped down.")
    assert not {f for f in got if f[0] == "demanded"}


# -- "company spokesman X": the body of that kind ------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Brakstad Shipping has asked the Harbour Workers' Federation to return to work, company spokesman "
     "Pieter van Lingen said.", ("represents", "Pieter van Lingen", "Brakstad Shipping")),
    ("Velm Motors sued the Tarsk Dockers Guild on Friday, company spokeswoman Ilse Varga said.",
     ("represents", "Ilse Varga", "Velm Motors")),
    ("Norvik Air criticised the Ostby Union, union spokesman Olav Kern said.",
     ("represents", "Olav Kern", "Ostby Union")),
])
def test_a_body_noun_before_a_title_picks_a_body_of_that_kind(extract, text, fact):
    assert fact in extract(text)


def test_a_body_noun_names_no_body_of_another_kind(extract):
    got = extract("The Ostby Union criticised the Tarsk Dockers Guild. Company spokesman Olav Kern declined to comment.")
    assert not {f for f in got if f[0] == "represents" and f[1] == "Olav Kern"}


# -- going ahead despite criticism ---------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("The Chilean government reopened the mine despite criticism from the Green Meadow Union.",
     ("criticized", "Green Meadow Union", "Chile")),  # a real state, an invented act of its government
    ("Despite objections from the Green Meadow Union, Senator Ada Brenn approved the dam.",
     ("criticized", "Green Meadow Union", "Ada Brenn")),
    ("Governor Ada Brenn resigned amid condemnation from the Ostby Union.", ("criticized", "Ostby Union", "Ada Brenn")),
    ("Mayor Tomas Verner signed the decree despite strong criticism by the Ostby Union.",
     ("criticized", "Ostby Union", "Tomas Verner")),
])
def test_criticism_despite_which_someone_acts_is_of_them(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, fact", [
    ("Mayor Tomas Verner drew sharp criticism from the Ostby Union.", ("criticized", "Ostby Union", "Tomas Verner")),
    ("Velm Motors faced protests from the Tarsk Dockers Guild over the closure.",
     ("criticized", "Tarsk Dockers Guild", "Velm Motors")),
    ("The Red Heron Militia's raid on Tarsk drew condemnation from the Ostby Union.",
     ("criticized", "Ostby Union", "Red Heron Militia")),  # the raid's owner, not the town
])
def test_criticism_drawn_or_faced_is_of_the_one_who_drew_it(extract, text, fact):
    assert fact in extract(text)


def test_criticism_a_victims_killing_drew_is_not_of_the_victim(extract):
    got = extract("The killing of Pia Lund drew condemnation from the Ostby Union.")
    assert not {f for f in got if f[0] == "criticized"}


@pytest.mark.parametrize("text", [
    "Ada Brenn attended the meeting despite protests.",  # nobody named protests
    "The Ostby Union held its rally despite the rain in Tarsk.",
])
def test_acting_despite_something_else_is_no_criticism(extract, text):
    assert not {f for f in extract(text) if f[0] == "criticized"}


# -- wrongdoing reported by a speaker ----------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Governor Ada Brenn said the Ostby Union had violated the ceasefire.", ("accused", "Ada Brenn", "Ostby Union")),
    ("Olav Kern told reporters that Brightwell Pharmaceuticals misled investors.",
     ("accused", "Olav Kern", "Brightwell Pharmaceuticals")),
    ("'Brightwell Pharmaceuticals lied to patients,' said Anna Berg, a spokeswoman for the Blue Lantern Foundation.",
     ("accused", "Blue Lantern Foundation", "Brightwell Pharmaceuticals")),  # a spokeswoman speaks for her body
])
def test_a_speaker_saying_someone_did_wrong_accuses_them(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text", [
    "The Ostby Union violated the ceasefire on Monday.",  # the narrator's report: nobody accuses
    "Olav Kern said Brightwell Pharmaceuticals did not mislead investors.",
])
def test_wrongdoing_nobody_alleges_is_no_accusation(extract, text):
    assert not {f for f in extract(text) if f[0] == "accused"}


# -- nouns for a doer ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Vesk's killer, Tomas Brandt, was hanged in 1902.", ("attacked", "Tomas Brandt", "Vesk")),
    ("Tomas Brandt was the assassin of Anton Vesk.", ("attacked", "Tomas Brandt", "Anton Vesk")),
    ("Anton Vesk's kidnappers, members of the Velm Liberation Front, released him.",
     ("attacked", "Velm Liberation Front", "Anton Vesk")),
    ("Marta Kowalczyk, a fierce critic of the Ostby Union, resigned.", ("criticized", "Marta Kowalczyk", "Ostby Union")),
])
def test_a_noun_for_a_doer_names_the_deed(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text", [
    "The alleged killer of Anton Vesk, Tomas Brandt, was freed.",
    "Marta Kowalczyk, a former ally of Anton Vesk, resigned.",
])
def test_an_alleged_or_former_doer_did_nothing_the_text_states(extract, text):
    assert not extract(text)


# -- support named by a noun ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Ostby Union has thrown its support behind Anton Vesk.",
    "Anton Vesk won the support of the Ostby Union.",
    "Anton Vesk has the backing of the Ostby Union.",
])
def test_support_thrown_behind_or_won_backs(extract, text):
    assert ("supports", "Ostby Union", "Anton Vesk") in extract(text)


def test_support_lost_backs_no_one(extract):
    assert not extract("Anton Vesk lost the backing of the Ostby Union.")


# -- a body's name by its head word ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The Halvard Institute for Coastal Studies accused Brenner Fisheries of overfishing.",
     "Halvard Institute for Coastal Studies"),
    ("The Ostra Rights Observatory denounced Velm Motors.", "Ostra Rights Observatory"),
    ("The Marden Forum accused Dalton Corp. of fraud.", "Marden Forum"),
    ("The Frente Cívica Nova criticised Mayor Rita Mauro on Monday.", "Frente Cívica Nova"),
    ("Envoys of Chad held talks with the rebel Brask Liberation Front.", "Brask Liberation Front"),
    ("The Talvik Jana Morcha, which has blocked roads for a week, accused Nepal of bad faith.", "Talvik Jana Morcha"),
])
def test_a_name_whose_head_word_says_body_is_a_body(nlp, text, name):
    r = run_text(nlp, "Headline\n\n" + text)
    types = {e.label: e.type for e in r.entities.values()}
    assert types.get(name) in ("Organization", "GovernmentOrganization", "ArmedForces")


def test_which_after_a_name_without_the_leaves_a_person(nlp):
    r = run_text(nlp, "Headline\n\nThe deal was struck by the Velm Union and Olav Kern, which surprised analysts.")
    assert {e.label: e.type for e in r.entities.values()}.get("Olav Kern") == "Person"


# -- "the group's director, X": the body the description names ----------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ('The Harlow Trust sued Dalton Corp. on Monday. "This is a scandal," said the group\'s director, Mina Osterholt.',
     ("represents", "Mina Osterholt", "Harlow Trust")),
    ("The Velm Competition Authority charged Dalton Corp. with fraud on Tuesday. The regulator's chief executive, "
     "Sara Whit, said customers were misled.", ("represents", "Sara Whit", "Velm Competition Authority")),
    ("The Frente Cívica Nova threatened to quit the coalition, and party leader Rita Mauro said talks would go on.",
     ("represents", "Rita Mauro", "Frente Cívica Nova")),
    ("Gulf Coast Power Cooperative failed to restore power to Velm. A cooperative spokeswoman, Denise Hale, said "
     "crews would work overnight.", ("represents", "Denise Hale", "Gulf Coast Power Cooperative")),
    ('The Halvard Institute for Coastal Studies accused Brenner Fisheries of overfishing. "The data is clear," said '
     "the institute's president, Ole Brandt.", ("represents", "Ole Brandt", "Halvard Institute for Coastal Studies")),
])
def test_a_described_body_is_the_one_the_text_is_about(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_described_body_is_not_the_object_last_named(extract_all):
    got = extract_all('The Harlow Trust sued Dalton Corp. on Monday. "This is a scandal," said the group\'s '
                      "director, Mina Osterholt.")
    assert ("represents", "Mina Osterholt", "Dalton Corp.") not in got


# -- "Chadian envoys": officials a demonym places act for the state -------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Chadian officials held talks with the Brask Liberation Front.", ("negotiatedWith", "Chad", "Brask Liberation Front")),
    ("Peruvian diplomats met the Velk Movement on Monday.", ("metWith", "Peru", "Velk Movement")),
    ("Chilean government envoys accused the Velk Movement of arming the rebels.", ("accused", "Chile", "Velk Movement")),
])
def test_officials_named_by_a_demonym_act_for_the_state(extract, text, fact):
    assert fact in extract(text)


def test_protesters_named_by_a_demonym_are_not_the_state(extract):
    assert not {f for f in extract("Chadian protesters criticized the Brask Liberation Front.") if f[1] == "Chad"}


@pytest.mark.parametrize("text, fact", [  # real states: demonyms the country table lacked (countries_extra.tsv)
    ("Namibia's environment minister, Selma Haingura, said the dam was safe. Her Botswanan counterpart, Onalenna "
     "Keabetswe, urged Namibia to suspend construction.", ("represents", "Onalenna Keabetswe", "Botswana")),
    ("Djiboutian officials held talks with the Afar Coast Front.", ("negotiatedWith", "Djibouti", "Afar Coast Front")),
    ("Kyrgyzstani diplomats met the Batken Herders' Union on Monday.", ("metWith", "Kyrgyzstan", "Batken Herders' Union")),
])
def test_officials_named_by_a_less_common_demonym_act_for_the_state(extract, text, fact):
    assert fact in extract(text)


def test_protesters_named_by_a_less_common_demonym_are_not_the_state(extract):
    got = extract("Botswanan protesters criticised the Kalahari Mining Company.")
    assert not {f for f in got if f[1] == "Botswana"}


# -- "two days of talks": a measure of an event noun --------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Chad held two days of talks with the Brask Liberation Front.", ("negotiatedWith", "Chad", "Brask Liberation Front")),
    ("Peru held hours of negotiations with Dalton Corp. on Monday.", ("negotiatedWith", "Peru", "Dalton Corp.")),
    ("The Velk Movement held a second round of talks with Chile in Geneva.", ("negotiatedWith", "Velk Movement", "Chile")),
])
def test_a_measure_of_talks_is_talks(extract, text, fact):
    assert fact in extract(text)


def test_a_measure_of_hearings_is_no_talks(extract):
    assert not extract("Peru held two days of hearings with Dalton Corp. on Monday.")


# -- "economists at X": experts speak for the body they work at ----------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Economists at the Velm Institute for Trade Studies have accused Korrin Grain of fraud.",
     ("accused", "Velm Institute for Trade Studies", "Korrin Grain")),
    ("Researchers at the Halden Ocean Institute criticised Brenner Fisheries on Monday.",
     ("criticized", "Halden Ocean Institute", "Brenner Fisheries")),
    ("Scientists at Ostmark University warned Dalton Corp. about the spill.",
     ("warned", "Ostmark University", "Dalton Corp.")),
])
def test_experts_at_a_body_act_for_it(extract, text, fact):
    assert fact in extract(text)


def test_workers_at_a_company_do_not_act_for_it(extract):
    got = extract("Workers at Dalton Corp. criticised the Velm Union on Monday.")
    assert ("criticized", "Dalton Corp.", "Velm Union") not in got


# -- a call received, taken or answered: the caller is whoever it came from ------------------------------------

@pytest.mark.parametrize("text", [
    "Olav Kern received a call from Ilse Varga on Tuesday.",
    "Olav Kern took a call from Ilse Varga late on Sunday.",
    "On Friday Olav Kern got a phone call from Ilse Varga about the strike.",
])
def test_a_call_received_is_made_by_its_sender(extract, text):
    got = extract(text)
    assert ("called", "Ilse Varga", "Olav Kern") in got and ("called", "Olav Kern", "Ilse Varga") not in got


def test_a_call_received_from_no_one_named_is_no_call(extract):
    assert not extract("Olav Kern received a call on Monday from an unknown number.")


# -- "rang X": a call; "ringed X": surrounded --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Marta Lund rang Tomas Brandt on Monday.",
    "Marta Lund said she had rung Tomas Brandt to ask for help.",
    "Senator Ilse Varga rang Olav Kern before the vote.",
])
def test_ringing_someone_is_calling_them(extract, text):
    assert {f for f in extract(text) if f[0] == "called"}


def test_ringing_round_a_body_is_no_call(extract):
    assert not {f for f in extract("Protesters ringed the Velm Parliament on Sunday.") if f[0] == "called"}


# -- "donated X to Y": the recipient is backed ----------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Olav Kern has donated 5 million crowns to the Harlow Foundation.", ("supports", "Olav Kern", "Harlow Foundation")),
    ("Dalton Corp. donated two trucks to the Velm Relief Trust on Friday.", ("supports", "Dalton Corp.", "Velm Relief Trust")),
    ("Marta Lund donated her prize money to the Ostby Union.", ("supports", "Marta Lund", "Ostby Union")),
])
def test_a_donation_backs_its_recipient(extract, text, fact):
    assert fact in extract(text)


def test_a_donation_not_made_backs_no_one(extract):
    assert not extract("Olav Kern did not donate money to the Harlow Foundation.")


# -- places: a dateline's own state, "Y's province of X", "A and B provinces in Y" -----------------------------

@pytest.mark.parametrize("text, fact", [
    ("BAYONNE, France (AP) - The mayor of the town, Jean Duval, said the bridge would reopen.",
     ("locatedIn", "Bayonne", "France")),
    ("Troops entered the Chilean region of Aysén on Monday.", ("locatedIn", "Aysén", "Chile")),
    ("Floods hit Ohio's county of Velmar.", ("locatedIn", "Velmar", "Ohio")),
    ("Police raided homes in Ostra and Velm provinces in southern Chile.", ("locatedIn", "Velm", "Chile")),
    ("Floods hit Korva district in northern Peru.", ("locatedIn", "Korva", "Peru")),
])
def test_a_place_named_with_its_kind_lies_in_the_state_named(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_place_listed_beside_a_state_does_not_hold_the_town(extract_all):
    got = extract_all("Police raided homes in Ostra and Velm provinces in central Chile and Korva province in the south.")
    assert ("locatedIn", "Velm", "Chile") in got
    assert not {f for f in got if f[0] == "locatedIn" and f[2] == "Korva"}


# -- "X, of the Y Association,": a post set off by commas -----------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Gilmore, of the Downtown Velm Association, said the zoning was fair.",
     ("represents", "Gilmore", "Downtown Velm Association")),
    ("Marta Lund, of the Velm Farmers Union, criticised Dalton Corp.", ("represents", "Marta Lund", "Velm Farmers Union")),
    ("Marta Lund, of the Leeds city council, criticised Dalton Corp.", ("represents", "Marta Lund", "Leeds")),
    ("The elder Brandt, publisher of the Ostby Herald-Press, said the family was upset.",
     ("represents", "Brandt", "Ostby Herald-Press")),
])
def test_a_body_set_off_after_a_name_is_where_they_serve(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text", [
    "Olav Kern, of Norway, won the race on Sunday.",
    "Olav Kern, of Leeds, criticised Dalton Corp.",
])
def test_a_place_set_off_after_a_name_is_where_they_live(extract, text):
    assert not {f for f in extract(text) if f[0] == "represents"}


# -- "the Signal Workers' Guild": a plural's apostrophe inside a name ----------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Talks between Northway Rail and the Signal Workers' Guild collapsed on Thursday.",
     ("negotiatedWith", "Northway Rail", "Signal Workers' Guild")),
    ("The Riverside Tenants' Association has endorsed Amira Haddad.",
     ("supports", "Riverside Tenants' Association", "Amira Haddad")),
    ("Dana Whitford met with leaders of Machinists' Local 417 on Friday.",
     ("metWith", "Dana Whitford", "Machinists' Local 417")),
])
def test_a_plurals_apostrophe_does_not_cut_a_name(extract, text, fact):
    assert fact in extract(text)


def test_an_apostrophe_between_two_names_keeps_them_apart(nlp):
    r = run_text(nlp, "Headline\n\nThe ministers' meeting with Olav Kern ended on Friday.")
    assert not {e.label for e in r.entities.values() if "'" in e.label}


# -- "X, whose chairman, Y, ...": the relative's body ------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Kenya warned the Matatu Owners Alliance on Thursday. The alliance, whose chairman, Peter Otieno Ambani, "
     "called the strike, said it would not be intimidated.", ("represents", "Peter Otieno Ambani", "Matatu Owners Alliance")),
    ("The Ostby Union, whose president, Marta Lund, led the strike, criticised Dalton Corp.",
     ("represents", "Marta Lund", "Ostby Union")),
    ("Rwanda, whose troops have backed the Velm Liberation Front since 2021, denied the claim.",
     ("supports", "Rwanda", "Velm Liberation Front")),
])
def test_whose_names_the_body_of_the_relative(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_persons_supporters_do_not_act_for_them(extract):
    assert not {f for f in extract("Olav Kern's supporters attacked the Velm Union offices.") if f[1] == "Olav Kern"}


# -- what is done to someone is not done by them; whose a mediation is ---------------------------------------

@pytest.mark.parametrize("text", [
    "The press group Open Ink condemned Tunisia for detaining Walid Gharsalli and called for his immediate release.",
    "The Velm Union called for the safe return of Olav Kern.",
    "Amnesty Velm demanded Olav Kern's freedom on Monday.",
])
def test_calling_for_someones_release_is_no_demand_on_them(extract, text):
    assert not {f for f in extract(text) if f[0] == "demanded" and f[2] in ("Walid Gharsalli", "Olav Kern")}


def test_calling_for_someones_resignation_is_a_demand_on_them(extract):
    assert ("demanded", "Velm Union", "Olav Kern") in extract("The Velm Union called for Olav Kern's resignation.")


def test_a_possessors_mediation_between_two_sides_is_theirs(extract):
    got = extract("Norway is backing the African Union's mediation between South Sudan and the Jonglei Liberation Movement.")
    assert ("supports", "Norway", "African Union") in got
    assert ("supports", "Norway", "South Sudan") not in got


# -- a state's ministry in lower case ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Kazakhstan's energy ministry opened talks on Monday with the Canadian miner Northfield Uranium.",
     ("negotiatedWith", "Kazakhstan", "Northfield Uranium")),
    ("Kazakhstan's energy ministry opened talks on Monday with the Canadian miner Northfield Uranium, ministry "
     "spokesman Daniyar Seitkali said.", ("represents", "Daniyar Seitkali", "Kazakhstan")),
    ("Lithuania holds Belarus responsible for the crossings, foreign ministry spokesman Darius Petrauskas said.",
     ("represents", "Darius Petrauskas", "Lithuania")),
    ("Serbia warned Montenegro on Wednesday, foreign ministry spokeswoman Jelena Vukovic said.",
     ("represents", "Jelena Vukovic", "Serbia")),
])
def test_a_ministry_without_a_name_is_the_states(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_demonym_on_a_company_names_no_ministry(extract_all):
    got = extract_all("Kazakhstan's energy ministry opened talks with the Canadian miner Northfield Uranium, ministry "
                      "spokesman Daniyar Seitkali said.")
    assert ("represents", "Daniyar Seitkali", "Canada") not in got


# -- "the group": the body the sentence is about, never a state's own -------------------------------------------

def test_the_group_in_the_same_sentence_is_its_subject(extract_all):
    got = extract_all("The Riverside Tenants' Association has endorsed Amira Haddad, a member of the Port Ellery City "
                      "Council, in the race for mayor, the group's secretary, Leon Brandt, said on Tuesday.")
    assert ("represents", "Leon Brandt", "Riverside Tenants' Association") in got
    assert ("represents", "Leon Brandt", "Port Ellery City Council") not in got


def test_the_rebel_group_is_not_a_states_army(extract):
    got = extract("The Philippine army attacked the Moro Liberation Vanguard on Monday, three days after peace talks "
                  "between the rebel group and the government collapsed.")
    assert not {f for f in got if f[0] == "negotiatedWith" and "Philippine army" in f}


# -- a known verb the tagger took for an adjective (tests/test_frames.py retags verbs to test the construction) --

def test_a_call_tagged_an_adjective_is_still_a_call(extract):
    got = extract("Fenella Grant, chief executive of Solway Air, phoned Dominic Achterberg, chairman of the Brackwater "
                  "Airport Authority, on Sunday night to protest the closure.")
    assert ("called", "Fenella Grant", "Dominic Achterberg") in got


# -- offices, demonyms and threats ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Brannock County District Attorney Lydia Moss accused Gideon Harrow of fraud.",
     ("represents", "Lydia Moss", "Brannock County")),
    ("Guyana's foreign minister, Celeste Adams, met her Surinamese counterpart, Ravindra Mahabier, on Tuesday.",
     ("represents", "Ravindra Mahabier", "Suriname")),
    ("Talks between Northway Rail and the Signal Workers' Guild over a new pay deal collapsed late on Thursday.",
     ("negotiatedWith", "Northway Rail", "Signal Workers' Guild")),
])
def test_titles_demonyms_and_names_the_lexicon_now_knows(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, fact", [
    ("Malta threatened on Thursday to close its ports to ships of the Greek-owned Aegeon Lines unless the company "
     "pays its fees.", ("threatened", "Malta", "Aegeon Lines")),
    ("Peru threatened on Monday to expel the Velm Union's envoys.", ("threatened", "Peru", "Velm Union")),
    ("The Ostby Union threatened on Friday to strike at Dalton Corp. plants unless wages rose.",
     ("threatened", "Ostby Union", "Dalton Corp.")),
])
def test_a_threat_with_a_date_before_its_infinitive(extract, text, fact):
    assert fact in extract(text)


def test_a_trip_with_a_date_before_its_purpose_is_no_threat(extract):
    assert not extract("The Velm Union went to Lima on Monday to meet Dalton Corp.")


# -- "a body headed by X": the one who runs it ------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("There is a study by the Mediterranean Foundation headed by Juan Novara saying the plan failed.",
     ("represents", "Juan Novara", "Mediterranean Foundation")),
    ("The Velm Relief Trust, which is run by Marta Lund, criticised Dalton Corp.",
     ("represents", "Marta Lund", "Velm Relief Trust")),
    ("The Ostby Union is chaired by Olav Kern.", ("represents", "Olav Kern", "Ostby Union")),
])
def test_a_body_headed_by_someone_is_theirs_to_represent(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_body_criticised_by_someone_is_not_theirs(extract_all):
    assert not {f for f in extract_all("The Ostby Union was criticised by Olav Kern.") if f[0] == "represents"}


# -- "the two men met": the last two named of that kind ----------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Salim Harthy spoke by phone on Saturday with Hussein Mutawak, days after the two men met in Muscat.",
     ("metWith", "Salim Harthy", "Hussein Mutawak")),
    ("Peru and Chile signed a deal on Monday. The two countries met in Lima in March.", ("metWith", "Peru", "Chile")),
    ("Marta Lund wrote to Olav Kern in May, and the two women met a week later.", ("metWith", "Marta Lund", "Olav Kern")),
])
def test_the_two_are_the_last_two_named(extract, text, fact):
    got = extract(text)
    assert fact in got or (fact[0], fact[2], fact[1]) in got


def test_the_two_of_another_kind_are_not_those_named(extract):
    got = extract("Marta Lund phoned Olav Kern about Peru and Chile, and the two countries met a week later.")
    assert ("metWith", "Marta Lund", "Olav Kern") not in got and ("metWith", "Olav Kern", "Marta Lund") not in got


# -- what a second reading found: readings the rules above must not give -----------------------------------------

@pytest.mark.parametrize("text, wrong", [
    ("Ivan Petrov, of the Kolmar region, said the plan had failed.", ("represents", "Ivan Petrov", "Kolmar")),
    ("The Ostby Party won the vote. Opposition party leader Ivan Petrov said the count was flawed.",
     ("represents", "Ivan Petrov", "Ostby Party")),
    ("Velmora Mining cut jobs. A charity spokeswoman, Ana Lind, said families would suffer.",
     ("represents", "Ana Lind", "Velmora Mining")),
    ("Police chief Ivan Petrov said officers were hunting two men who robbed the home of Olaf Berg. The two men "
     "threatened Karl Lind.", ("threatened", "Olaf Berg", "Karl Lind")),
    ("Kazakhstan and Chad signed a deal, Norway said. The two countries accused Sudan of lying.",
     ("accused", "Norway", "Sudan")),
    ("Chad's protesters accused Sudan of lying.", ("accused", "Chad", "Sudan")),
    ("Chadian rebel negotiators accused Sudan of lying.", ("accused", "Chad", "Sudan")),
    ("Velmora Mining, founded by Ivan Petrov in 1990, was sold.", ("represents", "Ivan Petrov", "Velmora Mining")),
    ("Ostby Bank, which was chaired by Ivan Petrov until 2010, sued Dalton Corp.",
     ("represents", "Ivan Petrov", "Ostby Bank")),
    ("Ivan Petrov answered a call from the Ostby Council to send troops.", ("called", "Ostby Council", "Ivan Petrov")),
    ("Ivan Petrov received the Ostby Prize on Monday.", ("metWith", "Ivan Petrov", "Ostby Prize")),
])
def test_a_second_reading_gives_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


def test_a_threat_on_a_bodys_staff_is_on_the_body_before_the_condition(extract):
    got = extract("Chad threatened to expel Velmora Mining's staff if Kazakhstan did not intervene.")
    assert ("threatened", "Chad", "Velmora Mining") in got


def test_a_title_after_a_plurals_apostrophe_is_no_part_of_the_name(extract_all):
    got = extract_all("Velmora Airlines' Chief Executive Ivan Petrov sued Dalton Corp.")
    assert ("represents", "Ivan Petrov", "Velmora Airlines") in got


def test_a_ministry_spokesman_is_not_held_for_a_state_paragraphs_back(nlp):
    r = run_text(nlp, "Headline\n\nKazakhstan signed a deal with Dalton Corp.\n\nLater troops entered the town, and "
                      "then Chad closed the border.\n\nOn Monday, ministry spokesman Ivan Petrov said the border "
                      "would stay shut.")
    assert ("represents", "Ivan Petrov", "Kazakhstan") not in facts(r, everything=True)


# -- "Mayor X" with no town named: the town just named ------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("RIVERBEND, Ore. - The city of Riverbend holds Cascade Span Builders responsible for the collapse, Mayor Linda "
     "Osei said on Monday.", ("represents", "Linda Osei", "Riverbend")),
    ("Gunmen raided Borgo San Prospero, a town in Italy's Emilia-Romagna region, on Saturday. Mayor Giulia Ferrandi "
     "said the town would not be intimidated.", ("represents", "Giulia Ferrandi", "Borgo San Prospero")),
    ("Floods cut off the town of Korvik in Norway on Friday. Deputy Mayor Ole Brandt said roads would reopen soon.",
     ("represents", "Ole Brandt", "Korvik")),
])
def test_a_mayor_with_no_town_named_holds_the_town_just_named(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    ("Bellhaven's mayor, Gareth Olu, said the ferry would run again on Friday.",
     ("represents", "Gareth Olu", "Bellhaven")),
    ("Officials in Dunmore said the spill was large. Dunmore's mayor, Patricia Yule, blamed the Orvane Water "
     "Company.", ("represents", "Patricia Yule", "Dunmore")),
    ("Heavy snow closed the pass above Skarvik, and Skarvik's mayor, Tor Lunde, blamed the Velm Roads Agency.",
     ("represents", "Tor Lunde", "Skarvik")),
    ("Ashcombe's mayor, Lydia Marsh, on Tuesday blamed the Tarrow Gas Company for the blast.",
     ("represents", "Lydia Marsh", "Ashcombe")),
    ("Flooding closed the harbour road in Quenby on Sunday, and Quenby's mayor, Aileen Marsh, urged residents to stay "
     "home.", ("represents", "Aileen Marsh", "Quenby")),
])
def test_a_name_whose_mayor_it_is_is_a_town(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_party_of_common_words_owning_a_mayor_stays_a_party(nlp):
    types = named_types(nlp, "Labour's mayor, Tom Reddy, blamed the Orvane Water Company.")
    assert ("Labour", "Organization") in types and ("Labour", "City") not in types


@pytest.mark.parametrize("text, owner", [
    ("Talia Brenner's deputy mayor, Kit Morrow, resigned on Monday.", "Talia Brenner"),  # a person's (full name)
    ("Mayor Dmytro Kovalenko said the shelter was full. Kovalenko's deputy mayor, Irina Tkach, blamed the army.",
     "Kovalenko"),  # the surname of a person named before
    ("Varkas's mayor in Dunmore, Lena Opitz, resigned.", "Varkas"),  # a patron's: the town follows
])
def test_a_persons_or_patrons_mayor_makes_no_town(nlp, text, owner):
    assert (owner, "City") not in named_types(nlp, text)


# -- a court's or a police's office with no court or police named: the state of the story ---------------------

@pytest.mark.parametrize("text, fact", [  # real states: the state of the dateline
    ("KINGSTON, Jamaica (AP) — Police Commissioner Everton Lyle said the gang had ordered the killing.",
     ("represents", "Everton Lyle", "Jamaica")),
    ("DAKAR, Senegal — Voting went ahead peacefully, said regional police commander Ibrahima Diallo-Kane.",
     ("represents", "Ibrahima Diallo-Kane", "Senegal")),
    ("LYON, France — Judge Claire Bessal of the Valmont criminal court ordered the banker to surrender his passport.",
     ("represents", "Claire Bessal", "France")),
    ("PIETERMARITZBURG, South Africa — Prosecutor Lindiwe Khuma told Judge Pieter van Heeren that the pipes were "
     "never delivered.", ("represents", "Pieter van Heeren", "South Africa")),
    ("NAIROBI, Kenya — The presiding judge, Akinyi Wekesa, said the prosecution had failed to prove its case.",
     ("represents", "Akinyi Wekesa", "Kenya")),
    ("The Tarn Valley Police Service said two officers were hurt in the clash. Police Commissioner Ona Reyes blamed "
     "the Red Hill gang for the violence.", ("represents", "Ona Reyes", "Tarn Valley Police Service")),
    ("DURBAN, South Africa — The case was heard at the Durban High Court. Judge Pieter van Heeren said the pipes were "
     "never delivered.", ("represents", "Pieter van Heeren", "Durban High Court")),
    # a court named as where a case goes is not the magistrate's
    ("NAIROBI, Kenya — The ruling will be appealed to the Supreme Court. Magistrate Ann Wanjala fined the driver for "
     "speeding.", ("represents", "Ann Wanjala", "Kenya")),
    # a prosecutor acts for the state, not for the court the trial is in
    ("DURBAN, South Africa — Opening the trial in the Durban High Court, prosecutor Naledi Khuma said the pipes were "
     "never delivered.", ("represents", "Naledi Khuma", "South Africa")),
])
def test_a_judge_or_police_chief_with_no_body_named_holds_for_the_state(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, person", [
    ("SPRINGDALE, Ark. (AP) — Springdale police chief Ray Dunn said the suspect fled.", "Ray Dunn"),
    ("MARSEILLE, France — The union's lawyer, Ana Petit, said the dockers would appeal.", "Ana Petit"),
    ("HARMON FALLS, Mich. (AP) - The Harmon Falls city council voted on Monday to fire Police Chief Dwayne Kessler. "
     "Councilwoman Ana Ortega chided the Harmon Falls Police Officers Association for defending the officers.",
     "Dwayne Kessler"),
    ("GAO, Mali — The governor demanded that the militia's commander, Idrissa Touré, surrender to the attorney "
     "general's office.", "Idrissa Touré"),
    # a contest's or a show's judge, outside the law
    ("LAS VEGAS (AP) — Judge Tomas Brandvold scored the fight 115-113 for the challenger.", "Tomas Brandvold"),
    ("MADRID, Spain — Judge Lorena Ibarzabal of the talent show Canta Conmigo walked off the set.", "Lorena Ibarzabal"),
    # an international court's judge; a judge of another state than the dateline's
    ("THE HAGUE, Netherlands — The International Criminal Court opened the trial on Monday. Judge Piotr Walenski said "
     "the accused would remain in custody.", "Piotr Walenski"),
    ("MOSCOW (AP) — A court in Kyiv sentenced the soldier to life. Judge Serhiy Melnychuk said the evidence was clear.",
     "Serhiy Melnychuk"),
])
def test_a_towns_police_chief_a_lawyer_or_an_officers_union_is_no_state_office(extract_all, text, person):
    assert not {f for f in extract_all(text) if f[0] == "represents" and f[1] == person}


def test_a_mayor_with_no_town_anywhere_holds_none(extract_all):
    got = extract_all("Peru criticised Dalton Corp. on Monday. Mayor Ilse Varga said the firm had lied.")
    assert not {f for f in got if f[0] == "represents" and f[1] == "Ilse Varga"}


# -- a region named again, taken for a person; company names ending in a trade ---------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Bandits raided a village in Nigeria's Zamfara state. Zamfara's governor, Abubakar Dan-Musa, condemned the raid.",
     ("represents", "Abubakar Dan-Musa", "Zamfara")),
    ("Floods hit Velmara province in Chile. Velmara's governor, Rita Mauro, asked for help.",
     ("represents", "Rita Mauro", "Velmara")),
    ("The Ostby Union blamed Cascade Span Builders for the collapse.",
     ("holdsResponsible", "Ostby Union", "Cascade Span Builders")),
])
def test_a_place_or_body_named_again_keeps_its_kind(extract_all, text, fact):
    assert fact in extract_all(text)


# -- "instructed X to act": an order; "the proclamation by X" with the by-phrase hung on the verb ---------------

@pytest.mark.parametrize("text, fact", [
    ("Olav Kern instructed the Velm Police to investigate the leak.", ("demanded", "Olav Kern", "Velm Police")),
    ("Marta Lund directed the Ostby Union to end the strike.", ("demanded", "Marta Lund", "Ostby Union")),
    ("Peru commanded the Velm Front to lay down its arms.", ("demanded", "Peru", "Velm Front")),
])
def test_instructing_someone_to_act_demands_it(extract_all, text, fact):
    got = extract_all(text)
    assert fact in got and ("represents",) + fact[1:] not in got


def test_directing_a_body_without_an_order_is_a_post(extract_all):
    got = extract_all("Marta Lund directs the Ostby Union.")
    assert ("represents", "Marta Lund", "Ostby Union") in got and ("demanded", "Marta Lund", "Ostby Union") not in got


@pytest.mark.parametrize("text, fact", [
    ("Mayor Ilse Varga attacked the proclamation by Governor Olav Kern.", ("criticized", "Ilse Varga", "Olav Kern")),
    ("The Velm Union condemned the decision by Dalton Corp. on Monday.", ("criticized", "Velm Union", "Dalton Corp.")),
    ("Peru denounced the announcement by the Ostby Union.", ("criticized", "Peru", "Ostby Union")),
])
def test_a_things_maker_in_a_by_phrase_on_the_verb_is_its_owner(extract, text, fact):
    assert fact in extract(text)


def test_a_by_phrase_of_time_owns_nothing(extract):
    assert not {f for f in extract("Peru condemned the plan by Monday.") if f[0] == "criticized"}


# -- "the Velm Guard, a Peru-designated Foreign Terrorist Organization": a capitalised description -------------------

@pytest.mark.parametrize("text, fact", [
    ("The strike killed the commander of the Velm Guard, a Peru-designated Foreign Terrorist Organization.",
     ("accused", "Peru", "Velm Guard")),
    ("Peru struck the Velm Guard, a Chile-backed Liberation Army, on Monday.", ("supports", "Chile", "Velm Guard")),
    ("Peru criticised the Ostby Council, a Velm Regional Authority, on Monday.", ("criticized", "Peru", "Ostby Council")),
])
def test_a_capitalised_description_after_a_name_stands_for_the_name(extract, text, fact):
    assert fact in extract(text)


def test_a_capitalised_description_is_no_entity_of_its_own(extract):
    got = extract("The strike killed the commander of the Velm Guard, a Peru-designated Foreign Terrorist Organization.")
    assert ("accused", "Peru", "Foreign Terrorist Organization") not in got


def test_a_town_named_on_something_else_is_not_the_mayors(extract_all):
    got = extract_all("RIVERBEND, Ore. - The city of Riverbend holds Cascade Span Builders responsible for the collapse "
                      "of the Mill Creek footbridge, Mayor Linda Osei said on Monday.")
    assert ("represents", "Linda Osei", "Riverbend") in got and ("represents", "Linda Osei", "Mill Creek") not in got


def test_the_two_sides_are_no_person_and_their_state(extract):
    got = extract("Chad and the Velm Front held talks in Doha. Qatar's chief mediator, Faisal Dosari, met each "
                  "delegation on Friday before the two sides sat down face to face.")
    assert ("metWith", "Qatar", "Faisal Dosari") not in got and ("metWith", "Faisal Dosari", "Qatar") not in got


# -- "the cocoa processor Van Leeuwen Cacao": a trade that only a company has ---------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Trade minister Kwabena Ofori met executives of the Dutch cocoa processor Van Leeuwen Cacao on Monday.",
     "Van Leeuwen Cacao"),
    ("Peru sued the steel supplier Marden Brekke on Monday.", "Marden Brekke"),
    ("The Ostby Union criticised the oil refiner Halvor Lund on Friday.", "Halvor Lund"),
])
def test_a_name_after_a_companys_trade_is_a_company(nlp, text, name):
    r = run_text(nlp, "Headline\n\n" + text)
    assert {e.label: e.type for e in r.entities.values()}.get(name) == "Organization"


def test_a_name_after_a_persons_trade_is_a_person(nlp):
    r = run_text(nlp, "Headline\n\nFilm producer Joe Brekke criticised the Ostby Union.")
    assert {e.label: e.type for e in r.entities.values()}.get("Joe Brekke") == "Person"


# -- offices the agent dictionary lacks: "Port Authority Administrator X", "X, the county's coroner" ---------

@pytest.mark.parametrize("text, fact", [
    ("Port Authority Administrator Gwen Ollis said the pier would close.", ("represents", "Gwen Ollis", "Port Authority")),
    ("Water Board Commissioner Ray Tull resigned on Monday.", ("represents", "Ray Tull", "Water Board")),
    ("Hanne Lidt, the treasurer of the Orrin Rowing Club, criticised the Ostby Union.",
     ("represents", "Hanne Lidt", "Orrin Rowing Club")),
    ("The Velmar Institute's curator, Osk Brandt, met Tova Renkel.", ("represents", "Osk Brandt", "Velmar Institute")),
])
def test_more_office_words_name_a_post(extract_all, text, fact):
    assert fact in extract_all(text)


def test_an_office_word_without_a_body_names_no_post(extract_all):
    got = extract_all("Lars Feld, a retired superintendent, criticised the Ostby Union on Monday.")
    assert ("criticized", "Lars Feld", "Ostby Union") in got and not any(f[0] == "represents" for f in got)


# -- "the Ambassador Hotel": a title word inside a site's name ----------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Guests at the Ambassador Hotel in Tarsk blamed Ilse Marrow for the noise.",
     ("holdsResponsible", "Ambassador Hotel", "Ilse Marrow")),
    ("The Ostby Union sued the President Motel on Monday.", ("accused", "Ostby Union", "President Motel")),
    ("Mayor Tova Renkel criticised the Governor Arena on Monday.", ("criticized", "Tova Renkel", "Governor Arena")),
])
def test_a_title_word_in_a_sites_name_is_part_of_the_name(nlp, text, fact):
    r = run_text(nlp, "Headline\n\n" + text)
    site = next(x for x in fact[1:] if x.split()[-1] in ("Hotel", "Motel", "Arena"))
    assert {e.label: e.type for e in r.entities.values()}.get(site) == "Organization"
    assert not any(e.type == "Person" and e.label.split()[-1] in ("Hotel", "Motel", "Arena") for e in r.entities.values())


@pytest.mark.parametrize("text", [
    "Governor Tamsin Hale visited the Hale Memorial Hospital on Monday.",
    "Tova Renkel toured the Orrin Valley Refinery before the vote.",
    "Ilse Marrow visited the Ambassador Hotel in Tarsk.",
])
def test_a_visit_to_a_site_is_no_meeting(extract_all, text):
    assert not any(f[0] == "metWith" for f in extract_all(text))


def test_a_visit_to_a_body_is_still_a_meeting(extract_all):
    assert ("metWith", "Tamsin Hale", "Orrin Shipping Company") in extract_all(
        "Governor Tamsin Hale visited the Orrin Shipping Company on Monday.")


def test_a_title_before_a_persons_name_still_makes_a_person(nlp):
    r = run_text(nlp, "Headline\n\nAmbassador Lena Hotchkiss met the minister at the hotel.")
    assert {e.label: e.type for e in r.entities.values()}.get("Lena Hotchkiss") == "Person"


# -- "Dunmore, Ga., and Eltham, Tenn.": each town of a list in its own state ---------------------------------
# real US states: the construction is about state abbreviations

@pytest.mark.parametrize("text, right, wrong", [
    ("Storms struck Dunmore, Ga., and Eltham, Tenn., overnight.",
     [("Dunmore", "Georgia"), ("Eltham", "Tennessee")], [("Eltham", "Georgia")]),
    ("Crews reached Dunmore, Ga., Eltham, Tenn., and Bixby, Okla., by noon.",
     [("Eltham", "Tennessee"), ("Bixby", "Oklahoma")], [("Georgia", "Oklahoma"), ("Eltham", "Oklahoma")]),
    ("Voters in Carrow, Kan., and Marlow, Neb., rejected the levy.",
     [("Marlow", "Nebraska")], [("Marlow", "Kansas"), ("Kansas", "Nebraska")]),
])
def test_each_town_of_a_list_lies_in_its_own_state(extract_all, text, right, wrong):
    got = {(f[1], f[2]) for f in extract_all(text) if f[0] == "locatedIn"}
    assert set(right) <= got and not set(wrong) & got, got


def test_towns_before_one_state_share_it(extract_all):
    got = {(f[1], f[2]) for f in extract_all("Floods hit Eltham and Galvin, Texas, on Monday.") if f[0] == "locatedIn"}
    assert ("Galvin", "Texas") in got


# -- names that hold a possessive or a title: "Saint Aldric's College", "the Quarry County Sheriff's Office" ---

@pytest.mark.parametrize("text, fact", [
    ("Rector Sabine Holtermann of Saint Aldric's College criticised the Ostby Union.",
     ("represents", "Sabine Holtermann", "Saint Aldric's College")),
    ("The Ostby Union criticised St. Brennan's Hospital in Tarsk on Monday.",
     ("criticized", "Ostby Union", "St. Brennan's Hospital")),
    ("Gerald Ashby accused the Quarry County Sheriff's Office of mishandling evidence.",
     ("accused", "Gerald Ashby", "Quarry County Sheriff's Office")),
    ("The Ostby Union sued the Governor's Office on Monday.", ("accused", "Ostby Union", "Governor's Office")),
])
def test_a_possessive_inside_an_institutions_name_stays_in_it(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_states_possessive_stays_the_owner(extract_all):
    # real states: the possessor is a state, not part of a name
    got = extract_all("Peru's Foreign Ministry criticised Chile on Monday.")
    assert ("criticized", "Foreign Ministry", "Chile") in got or ("criticized", "Peru", "Chile") in got
    assert not any("Peru's" in f[1] for f in got)


def test_a_county_named_before_its_office_is_still_the_county(nlp):
    r = run_text(nlp, "Headline\n\nGerald Ashby, who hopes to be Quarry County's next coroner, accused the Quarry "
                      "County Sheriff's Office of mishandling evidence.")
    labels = {e.label: e.type for e in r.entities.values()}
    assert labels.get("Quarry County Sheriff's Office") == "GovernmentOrganization"
    office = next(e for e in r.entities.values() if e.label == "Quarry County Sheriff's Office")
    assert "Quarry County" not in office.names


# -- "Tarsk Mayor Renata Oduya" tagged as one name: the office splits it --------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Tarsk Mayor Renata Oduya criticised the Ostby Union.", ("represents", "Renata Oduya", "Tarsk")),
    ("Brackenridge Mayor Renata Oduya on Monday criticised the Ostby Union.", ("represents", "Renata Oduya", "Brackenridge")),
    ("Fernmoor Harbor Authority Administrator Delphine Ashgrove said the berth would close.",
     ("represents", "Delphine Ashgrove", "Fernmoor Harbor Authority")),
])
def test_an_office_inside_a_tagged_name_splits_it(extract_all, text, fact):
    got = extract_all(text)
    assert fact in got and not any("Mayor" in x or "Administrator" in x for f in got for x in f[1:])


def test_a_title_word_before_a_sites_name_does_not_split_it(nlp):
    r = run_text(nlp, "Headline\n\nThe Ostby Union sued the Velm Admiral Hotel on Monday.")
    assert "Velm Admiral Hotel" in {e.label for e in r.entities.values()}


# -- "the Tamsin Workers' Union and Orlov Steel" tagged as one name -------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Negotiators from the Tamsin Workers' Union and Orlov Steel met on Thursday.",
     ("metWith", "Tamsin Workers' Union", "Orlov Steel")),
    ("The Velm Farmers Union and Kessock Mining criticised the Ostby Council.",
     ("criticized", "Kessock Mining", "Ostby Council")),
    ("The Ostby Council blamed the Harlow Dockers Union and Brenn Freight for the blockade.",
     ("holdsResponsible", "Ostby Council", "Brenn Freight")),
])
def test_and_after_a_bodys_last_word_joins_two_bodies(extract_all, text, fact):
    got = extract_all(text)
    names = {x for f in got for x in f[1:]}
    assert fact[2] in names and not any(" and " in x for x in names), got


def test_and_inside_a_ministrys_name_stays_in_it(extract_all):
    got = extract_all("The Ostby Ministry of Trade and Industry criticised the Velm Union.")
    assert any(f[1] == "Ostby Ministry of Trade and Industry" for f in got), got


# -- "who serves as the board's ombudsman", "the museum's curator, X," however parsed --------------------------

@pytest.mark.parametrize("text, fact", [
    ("Complaints doubled, according to Oluwaseun Brightman, who serves as the Tarrant Valley Water Board's ombudsman.",
     ("represents", "Oluwaseun Brightman", "Tarrant Valley Water Board")),
    ("Dara Quill, who works as chief engineer of Kessock Mining, left on Monday.",
     ("represents", "Dara Quill", "Kessock Mining")),
    ("The Halloway Museum of Art's curator, Ines Marchetti-Vale, has defended the decision.",
     ("represents", "Ines Marchetti-Vale", "Halloway Museum of Art")),
])
def test_a_post_held_as_or_after_a_possessive(extract_all, text, fact):
    assert fact in extract_all(text)


def test_serving_as_a_witness_is_no_post(extract_all):
    assert not any(f[0] == "represents" for f in extract_all("Dara Quill served as a witness for the Ostby Union."))


# -- a town named where something happens is not a body named after it; a site is no club -------------------

def test_a_town_after_in_is_not_the_short_name_of_a_body(extract_all):
    got = extract_all("Owen Pelham, registrar of Kellmoor University, signed an agreement in Kellmoor last week.")
    assert ("represents", "Owen Pelham", "Kellmoor University") in got
    assert not any(f[2] == "Kellmoor" for f in got)


@pytest.mark.parametrize("text, fact", [
    ("The Chancellor Stadium, home of Ravensford United since 1968, will host the final, club chairman Dmitri "
     "Halloran confirmed.", ("represents", "Dmitri Halloran", "Ravensford United")),
    ("Orrin Shipping signed the lease at the Harbour Pier Hotel. Company spokesman Tom Vale welcomed it.",
     ("represents", "Tom Vale", "Orrin Shipping")),
])
def test_a_site_is_not_what_a_body_noun_stands_for(extract_all, text, fact):
    got = extract_all(text)
    assert fact in got and not any(f[0] == "represents" and f[2].endswith(("Stadium", "Hotel")) for f in got)


# -- "the RP (Welfare Party)": an acronym, then its spelling out in brackets ----------------------------------

@pytest.mark.parametrize("text, leader, body, acronym", [
    ("Necdet Oral, leader of the RP (Welfare Party), criticised the Ostby Council.", "Necdet Oral", "Welfare Party", "RP"),
    ("Olav Brandt, who chairs the KDP (Kestrel Democratic Party), met Tova Renkel.", "Olav Brandt",
     "Kestrel Democratic Party", "KDP"),
    ("Ilse Marrow, a spokeswoman for the FLV (Front de Libération du Velm), blamed Tarsk for the attack.", "Ilse Marrow",
     "Front de Libération du Velm", "FLV"),
])
def test_an_acronym_before_its_spelling_out_is_one_body(nlp, text, leader, body, acronym):
    r = run_text(nlp, "Headline\n\n" + text)
    ent = next(e for e in r.entities.values() if e.label == body)
    assert acronym in ent.names and ("represents", leader, body) in facts(r)
    assert not any("(" in e.label for e in r.entities.values())


def test_a_bracket_after_a_name_that_is_no_acronym_makes_no_alias(nlp):
    r = run_text(nlp, "Headline\n\nThe Ostby Union (which has 4,000 members) criticised Tova Renkel.")
    assert not any("(" in n for e in r.entities.values() for n in (e.label, *e.names))


# -- "Highway Patrol Officer Jan Ostrum" tagged as a person's name -------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Highway Patrol Officer Jan Ostrum said the road was closed.", "Jan Ostrum"),
    ("Border Police Sergeant Ola Brek blamed the Velm Front for the raid.", "Ola Brek"),
    ("Harbour Police Inspector Mara Vink criticised the Ostby Union.", "Mara Vink"),
])
def test_the_name_starts_after_the_last_title_word(nlp, text, name):
    r = run_text(nlp, "Headline\n\n" + text + " " + name.split()[-1] + " criticised the Ostby Union.")
    assert name in {e.label for e in r.entities.values() if e.type == "Person"}


def test_a_title_word_between_names_stays_in_the_name(nlp):
    r = run_text(nlp, "Headline\n\nTova Renkel met Olav King Brandt. Brandt criticised the Ostby Union.")
    assert "Olav King Brandt" in {e.label for e in r.entities.values() if e.type == "Person"}


# -- "Tarsk nightclub owner X", "Kestlandic journalist X": a trade, and where one is from ----------------------

@pytest.mark.parametrize("text, person, place", [
    ("Kestland nightclub owner Jan Ruben shot Ola Brek on Friday.", "Jan Ruben", "Kestland"),
    ("Texas businessman Olav Brandt criticised the Ostby Union.", "Olav Brandt", "Texas"),  # real US state
    ("Middle East correspondent Tom Vale of the Velm Herald criticised the Ostby Union.", "Tom Vale", "Middle East"),
    ("Peruvian doctor Ana Ruiz blamed the Ostby Union for the outbreak.", "Ana Ruiz", "Peru"),  # real state
])
def test_a_place_before_a_trade_is_where_one_is_from(extract_all, text, person, place):
    assert ("represents", person, place) not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    ("Velm Herald correspondent Tom Vale criticised the Ostby Union.", ("represents", "Tom Vale", "Velm Herald")),
    ("Tarsk Mayor Renata Oduya criticised the Ostby Union.", ("represents", "Renata Oduya", "Tarsk")),
    ("Peruvian Foreign Minister Ana Ruiz criticised the Ostby Union.", ("represents", "Ana Ruiz", "Peru")),
    ("Professor Baruch Olam of Tel Varna University criticised the Ostby Union.",
     ("represents", "Baruch Olam", "Tel Varna University")),
])
def test_a_body_before_a_trade_and_a_place_before_an_office_are_represented(extract_all, text, fact):
    assert fact in extract_all(text)


# -- "its": the body that is its clause's subject --------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("The Coastwatch Alliance warned Pelican Ridge Energy on Tuesday. Its director, Samir Haddad, criticised the "
     "Ostby Council.", ("represents", "Samir Haddad", "Coastwatch Alliance")),
    ("Castellan Chemicals, which has been in talks with the Tanner Parish Council since June, said through its "
     "general counsel, Nathan Ebersol, that the claims were baseless.", ("represents", "Nathan Ebersol", "Castellan Chemicals")),
    ("The Kessock Growers Association said it would no longer back the Prairie Caucus. Its president, Lyle Hoff, "
     "criticised the caucus.", ("represents", "Lyle Hoff", "Kessock Growers Association")),
])
def test_its_is_the_subjects(extract_all, text, fact):
    got = extract_all(text)
    assert fact in got and not any(f[0] == "represents" and f[1] == fact[1] and f[2] != fact[2] for f in got), got


def test_its_after_a_persons_sentence_is_the_body_last_named(extract_all):
    got = extract_all("Tova Renkel criticised the Ostby Union on Monday. Its director, Lars Feld, denied the charge.")
    assert ("represents", "Lars Feld", "Ostby Union") in got


# -- short forms: "Valadares Sá", "Castellan" after "Castellan Chemicals", "Molloy-Cruz" ------------------------

@pytest.mark.parametrize("text, full", [
    ("Prime Minister Henrique Valadares Sá arrived on Tuesday. Valadares Sá criticised the Ostby Union.",
     "Henrique Valadares Sá"),
    ("Judge Carla Ruiz Montero spoke first. Ruiz Montero then criticised the Ostby Union.", "Carla Ruiz Montero"),
    ("Police Capt. Renata Molloy-Cruz spoke first. Molloy-Cruz then criticised the Ostby Union.", "Renata Molloy-Cruz"),
])
def test_the_last_words_of_a_persons_name_are_the_person(extract_all, text, full):
    assert ("criticized", full, "Ostby Union") in extract_all(text)


@pytest.mark.parametrize("text, body", [
    ("Mayor Gloria Pettibone welcomed the suit against Castellan Chemicals and urged Castellan to pay for a cleanup.",
     "Castellan Chemicals"),
    ("Kestrel Airlines cancelled 900 flights. The Ostby Union criticised Kestrel on Monday.", "Kestrel Airlines"),
    ("Brenmoor Foods recalled its yogurt. The Ostby Council accused Brenmoor of hiding the fault.", "Brenmoor Foods"),
])
def test_the_first_word_of_a_body_named_before_is_the_body(extract_all, text, body):
    got = extract_all(text)
    assert any(f[2] == body for f in got) and not any(f[2] == body.split()[0] for f in got), got


def test_a_surname_named_before_a_body_of_that_name_stays_a_person(extract_all):
    got = extract_all("Epps, owner of Epps Aviation, criticised the Ostby Union on Monday.")
    assert ("criticized", "Epps", "Ostby Union") in got


# -- "Police Capt. X said": an abbreviated rank ends no sentence, and a speaker is no apposition -----------------

@pytest.mark.parametrize("text, fact", [
    ("Members of the Vexton Street Kings ambushed two officers, Police Capt. Renata Molloy-Cruz said. Molloy-Cruz "
     "blamed the Vexton Street Kings for the ambush.", ("holdsResponsible", "Renata Molloy-Cruz", "Vexton Street Kings")),
    ("Police Sgt. Ola Brek blamed the Velm Front for the raid.", ("holdsResponsible", "Ola Brek", "Velm Front")),
    ("Det. Mara Vink of the Harlow Police criticised the Ostby Union.", ("represents", "Mara Vink", "Harlow Police")),
])
def test_an_abbreviated_rank_keeps_its_sentence(extract_all, text, fact):
    got = extract_all(text)
    assert fact in got and not any(f[0] == "attacked" and f[2] == "Renata Molloy-Cruz" for f in got), got


# -- "warned X that it would go to court if ...": a warning of a punitive act is a threat ---------------------

@pytest.mark.parametrize("text, agent, target", [
    ("The Ostby Union warned Kessock Mining on Tuesday that it would go to court if the company began drilling.",
     "Ostby Union", "Kessock Mining"),
    ("The Velm Council warned Tarsk Freight that its licence could be withdrawn unless it paid the fine.",
     "Velm Council", "Tarsk Freight"),
    ("The minister, Tova Renkel, warned Kessock Mining that her department could withdraw its export licence.",
     "Tova Renkel", "Kessock Mining"),
    ("The Harlow Assembly warned the Velm Front that it would face sanctions if it advanced further.",
     "Harlow Assembly", "Velm Front"),
])
def test_a_warning_of_a_punitive_act_is_a_threat(extract_all, text, agent, target):
    got = extract_all(text)
    assert ("threatened", agent, target) in got and ("warned", agent, target) in got


@pytest.mark.parametrize("text", [
    "The Ostby Union warned Kessock Mining that the river could flood.",
    "The Ostby Union warned Kessock Mining about falling prices.",
    "The Ostby Union did not warn Kessock Mining that it would go to court.",
])
def test_a_warning_of_no_punitive_act_is_no_threat(extract_all, text):
    assert not any(f[0] == "threatened" for f in extract_all(text))


# -- "threatened the city (of Tarsk) with a strike": the town as a body -------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("The Ostby Union threatened the city of Tarsk with a strike unless the mayor reinstated three drivers.",
     ("threatened", "Ostby Union", "Tarsk")),
    ("HARLOW, Ore. - The Harlow Sanitation Workers Union threatened the city with a two-week strike on Thursday.",
     ("threatened", "Harlow Sanitation Workers Union", "Harlow")),
    ("The Velm Tenants League sued the town of Orvik over the rents.", ("accused", "Velm Tenants League", "Orvik")),
])
def test_the_city_as_a_body_can_be_threatened_or_sued(extract_all, text, fact):
    assert fact in extract_all(text)


def test_the_city_as_a_body_is_not_met(extract_all):
    assert not any(f[0] == "metWith" for f in extract_all("The Ostby Union met the city of Tarsk on Monday."))


# -- "called the ultimatum \"unjust\"": naming something is no phone call -------------------------------------

@pytest.mark.parametrize("text", [
    'Velm spokesman Gavin Roe called the threat "a publicity stunt" on Monday.',
    'Paula Cordero called the Ostby Union\'s ultimatum "unjust and unscientific" on Monday.',
    'The chairman of Kessock Mining, Tom Vale, called the Ostby Union\'s claims "fiction."',
])
def test_calling_something_a_name_is_no_call(extract_all, text):
    assert not any(f[0] == "called" for f in extract_all(text))


def test_a_plain_call_is_still_a_call(extract_all):
    assert ("called", "Tova Renkel", "Ilse Marrow") in extract_all("Tova Renkel called Ilse Marrow on Monday.")


# -- a lower-case word the model ran into a name ("rang Aquaterra Salmon") ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Colm Dunleavy rang Aquaterra Salmon on Friday and criticised the company.", "Aquaterra Salmon"),
    ("The Ostby Union sued Kessock Mining and praised Velm Freight Lines on Monday.", "Velm Freight Lines"),
    ("Tova Renkel criticised Orrin Shipping Company on Monday.", "Orrin Shipping Company"),
])
def test_a_lower_case_word_opens_no_name(nlp, text, name):
    r = run_text(nlp, "Headline\n\n" + text)
    mentions = {m.text for e in r.entities.values() for m in e.mentions}
    assert name in mentions and not any(m[:1].islower() for m in mentions), mentions


def test_a_name_particle_still_opens_a_name(nlp):
    r = run_text(nlp, "Headline\n\nTova Renkel met Charles de Gaulle and Vincent van Gogh.")
    assert {"Charles de Gaulle", "Vincent van Gogh"} <= {e.label for e in r.entities.values()}


# -- "government spokeswoman X": the state named before, never a body that happens to be near ------------------

@pytest.mark.parametrize("text, fact", [
    # real states: the construction is about a state's government
    ("LISBON, Portugal - The prime minister met fishermen from the Orvik Cooperative on Tuesday, government "
     "spokeswoman Ines Carvalho said.", ("represents", "Ines Carvalho", "Portugal")),
    ("Chile criticised the Velm Mining Group on Monday, government spokesman Tomas Ruiz said.",
     ("represents", "Tomas Ruiz", "Chile")),
    ("Peru sued the Kessock Freight Company on Friday, and government spokeswoman Ana Vidal blamed the firm.",
     ("represents", "Ana Vidal", "Peru")),
])
def test_a_government_spokesperson_speaks_for_the_state(extract_all, text, fact):
    got = extract_all(text)
    assert fact in got and not any(f[0] == "represents" and f[1] == fact[1] and f[2] != fact[2] for f in got), got


def test_a_government_spokesperson_with_no_state_named_speaks_for_no_body(extract_all):
    got = extract_all("The Orvik Cooperative met the minister on Tuesday, government spokeswoman Ines Carvalho said.")
    assert ("represents", "Ines Carvalho", "Orvik Cooperative") not in got


# -- "Lassiter County Sheriff X": a region's name before an office -----------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Lassiter County Sheriff Ray Sandoval said two men were held.", ("represents", "Ray Sandoval", "Lassiter County")),
    ("Velm Province Governor Ola Brek met Tova Renkel.", ("represents", "Ola Brek", "Velm Province")),
    ("Orrin Parish Coroner Dale Fenn criticised the Ostby Union.", ("represents", "Dale Fenn", "Orrin Parish")),
])
def test_a_regions_name_before_an_office(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_bodys_name_before_an_office_is_no_region(extract_all):
    got = extract_all("Kessock Mining Chairman Ola Brek criticised the Ostby Union.")
    assert not any(f[0] == "represents" and f[2].startswith("Kessock") and f[2] != "Kessock Mining" for f in got)


@pytest.mark.parametrize("text, fact", [
    ("Pine Hollow, a hamlet in Lassiter County, was flooded.", ("locatedIn", "Pine Hollow", "Lassiter County")),
    ("Floods reached Orvik, a township in Velm Province, on Monday.", ("locatedIn", "Orvik", "Velm Province")),
    ("Police searched Brenn Heights, a settlement in Velm Province, on Friday.", ("locatedIn", "Brenn Heights", "Velm Province")),
])
def test_a_hamlet_or_township_in_a_place(extract_all, text, fact):
    assert fact in extract_all(text)


# -- "X, a rebel group, ... the group's", "the labor council": the noun a body was described by --------------

@pytest.mark.parametrize("text, fact", [
    ("The Harlow Assembly warned the Umoja Liberation Movement, a rebel group, on Wednesday, and the bloc's envoy, "
     "Amara Diallo, condemned the group's execution of three officials.",
     ("criticized", "Amara Diallo", "Umoja Liberation Movement")),
    ("Velm negotiated with the Ongara Highlands Alliance, a clan militia, and the Harlow Forum's envoy, Losana Vaka, "
     "met the militia's commander, Ben Yawari.", ("represents", "Ben Yawari", "Ongara Highlands Alliance")),
    ("The Eskerford Central Labor Council endorsed a member of the Eskerford City Council. Desmond Kilbane accused "
     "the labor council of trading its endorsement for jobs.", ("accused", "Desmond Kilbane", "Eskerford Central Labor Council")),
    ("Members of the Vexton Street Kings ambushed two officers on Friday. Police blamed the gang's leader, Tyrese "
     "Abernathy, for the ambush.", ("represents", "Tyrese Abernathy", "Vexton Street Kings")),
])
def test_a_noun_a_body_was_described_by_refers_to_it(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_description_of_one_body_is_not_anothers(extract_all):
    got = extract_all("The Harlow Assembly warned the Umoja Liberation Movement, a rebel group, on Wednesday, and "
                      "the bloc's envoy, Amara Diallo, condemned the group's execution of three officials.")
    assert ("criticized", "Amara Diallo", "Harlow Assembly") not in got


# -- "received X's ambassador", "hosted X at the headquarters": receiving someone for a meeting -------------

@pytest.mark.parametrize("text, fact", [
    ("Velm's fisheries minister, Sigrid Holm, received Tarsk's ambassador, Tomas Wierz, at the ministry on Thursday.",
     ("metWith", "Sigrid Holm", "Tomas Wierz")),
    ("Gallatin Motors' chief executive, Priya Raman, hosted the chairman of Tsuruga Electric, Kenji Hayama, at the "
     "carmaker's headquarters on Monday.", ("metWith", "Priya Raman", "Kenji Hayama")),
    ("President Ola Brek received Foreign Minister Tova Renkel for talks on Friday.", ("metWith", "Ola Brek", "Tova Renkel")),
])
def test_receiving_or_hosting_someone_is_a_meeting(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    "The Ostby Union received a letter from Kessock Mining.",
    "Tova Renkel received a prize from the Velm Academy on Friday.",
])
def test_receiving_a_thing_is_no_meeting(extract_all, text):
    assert not any(f[0] == "metWith" for f in extract_all(text))


# -- a second reading of this round's rules: false facts it found, each on an invented sentence ---------------

@pytest.mark.parametrize("text, wrong", [
    ("Senator Ada Church criticized Orlov Steel.", ("criticized", "Senator Ada Church", "Orlov Steel")),
    ("Tom Camp sued Orlov Steel on Monday.", ("accused", "Camp", "Orlov Steel")),
    ("Acting Mayor Ada Rook criticized Orlov Steel.", ("represents", "Ada Rook", "Acting")),
    ("Interim Mayor Ada Rook criticized Orlov Steel.", ("represents", "Ada Rook", "Interim")),
    ("The Tarsk Council warned Orlov Steel that Veltro Foods would sue it.", ("threatened", "Tarsk Council", "Orlov Steel")),
    ("The Tarsk Council warned Orlov Steel that the workers would strike if wages were cut.",
     ("threatened", "Tarsk Council", "Orlov Steel")),
    ("The Velm Union warned Orlov Steel that it could face a boycott by consumers.",
     ("threatened", "Velm Union", "Orlov Steel")),
    ("Orlov Steel warned Veltro Foods that it could not go to court.", ("threatened", "Orlov Steel", "Veltro Foods")),
    ("The Kellmoor Health Board urged Orlov Steel to dismiss its chairman, Tom Reeve.",
     ("represents", "Tom Reeve", "Kellmoor Health Board")),
    ("The Kellmoor Health Board criticized Orlov Steel and its chief executive, Tom Reeve.",
     ("represents", "Tom Reeve", "Kellmoor Health Board")),
    ("The Kellmoor Health Board fined Vellor Bank after its chief executive, Tom Reeve, lied.",
     ("represents", "Tom Reeve", "Kellmoor Health Board")),
    ("Tarsk Gas and Electric criticized Mayor Oskar Feld.", ("criticized", "Tarsk Gas", "Oskar Feld")),
    ("The Kellmoor Energy and Resources Ministry criticized Mayor Oskar Feld.", ("criticized", "Kellmoor Energy", "Oskar Feld")),
    ("The firm has offices in Kellmoor, Tamsin, Germany and Japan.", ("locatedIn", "Kellmoor", "Germany")),  # real states
    ("The chain has stores in Brayfield, Eltham, Dunmore, Texas, and Ohio.", ("locatedIn", "Brayfield", "Texas")),
    ("Tom Reeve acted as a go-between for Orlov Steel and the Tarsk Council.", ("represents", "Tom Reeve", "Orlov Steel")),
    ("Brenner Logistics was fined on Monday. Mayor Oskar Feld said Brenner, the firm's founder, had lied.",
     ("accused", "Oskar Feld", "Brenner Logistics")),
])
def test_a_second_reading_of_this_round_gives_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, right", [
    ("The firm was founded by Tom Reeve Sr. Orlov Steel later sued Veltro Foods.", ("accused", "Orlov Steel", "Veltro Foods")),
    ('"Yesterday I called Tom Reeve", Ada Rook said.', ("called", "Ada Rook", "Tom Reeve")),
    ("Ada Rook met with the Turkish Embassy on Monday.", ("metWith", "Ada Rook", "Turkish Embassy")),  # a real state's
    ("Ugandan army doctor Tom Reeve criticised the Ostby Union.", ("represents", "Tom Reeve", "Uganda")),  # real state
    ("Mayor Ada Rook of Dalworth criticized Dalworth Mining. Rook said Dalworth would sue the company.",
     ("threatened", "Dalworth", "Dalworth Mining")),
    ("Quarry County Coroner Pim Alder criticised the Ostby Union.", ("represents", "Pim Alder", "Quarry County")),
    ("Harlow County Treasurer Bess Ingram criticised the Ostby Union.", ("represents", "Bess Ingram", "Harlow County")),
    ("Professor Ada Rook of Tarsk University's College of Medicine criticised the Ostby Union.",
     ("represents", "Ada Rook", "Tarsk University")),
])
def test_a_second_reading_of_this_round_keeps_true_facts(extract_all, text, right):
    assert right in extract_all(text)


def test_a_state_before_a_bracket_stays_a_state(nlp):
    # real state: an abbreviation the gazetteer knows is no acronym of the body in brackets
    r = run_text(nlp, "Headline\n\nThe Ostby Union was fined by the US (Treasury Department) on Monday. "
                      "The US criticised the Ostby Union.")
    assert {e.label: e.type for e in r.entities.values()}.get("United States") == "Country"


# -- "provincial governor X": the region just named ----------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("A bomb ripped through a market in the town of Kach Dera in Velm's Balosh province on Saturday. Provincial home "
     "minister Asad Balo criticised the Ostby Union.", ("represents", "Asad Balo", "Balosh")),
    ("Floods hit Orvik in the Tarsk region. Regional president Marco Ferr blamed the Velm Agency.",
     ("represents", "Marco Ferr", "Tarsk")),
    ("Fighting spread across Cabo Rovo province on Tuesday, and the provincial governor, Ilse Marrow, criticised "
     "the Velm Front.", ("represents", "Ilse Marrow", "Cabo Rovo")),
])
def test_a_provincial_office_is_the_regions_just_named(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_provincial_office_with_no_region_named_is_no_ones(extract_all):
    got = extract_all("The provincial governor, Ilse Marrow, criticised the Velm Front on Tuesday.")
    assert not any(f[0] == "represents" and f[1] == "Ilse Marrow" for f in got)


# -- "Army spokesman X": the army named before, and its state ------------------------------------------------

@pytest.mark.parametrize("text, state", [
    # real states: an army's spokesman acts for the state the army belongs to
    ("COTABATO CITY, Philippines - The Philippine army launched an offensive against the Velm Front on Monday. "
     "Army spokesman Maj. Ronaldo Dizon said troops had overrun two camps.", "Philippines"),
    ("GOMA, Democratic Republic of Congo - The Congolese army said rebels attacked Mushengero on Wednesday. "
     "Army spokesman Jean-Pierre Mbusa criticised the Velm Front.", "Democratic Republic of the Congo"),
    ("The Nigerian army said on Tuesday it had freed 40 hostages. Army spokesman Musa Bello criticised the Velm Front.",
     "Nigeria"),
])
def test_an_army_spokesman_speaks_for_the_army_named_and_its_state(extract_all, text, state):
    got = extract_all(text)
    assert any(f[0] == "represents" and f[2] == state for f in got), got


def test_an_army_spokesman_with_no_army_named_speaks_for_no_one(extract_all):
    got = extract_all("The Velm Front attacked Tarsk. Army spokesman Ola Brek said two soldiers died.")
    assert not any(f[0] == "represents" and f[1] == "Ola Brek" for f in got)


# -- "the city's mayor, X", "the country's prime minister, X": the place the noun stands for ------------------

@pytest.mark.parametrize("text, fact", [
    ("HARLOW, Ore. - Floods hit the town on Monday. The city's mayor, Ilse Marrow, blamed the Velm Agency.",
     ("represents", "Ilse Marrow", "Harlow")),
    ("ORVIK, Minn. - A bridge collapsed on Friday. The town's mayor, Dale Fenn, criticised the Velm Agency.",
     ("represents", "Dale Fenn", "Orvik")),
    ("BRENTFORD, Vt. - The plant closed on Monday, and the city's mayor, Ana Vidal, criticised Kessock Mining.",
     ("represents", "Ana Vidal", "Brentford")),
])
def test_the_citys_mayor_is_the_towns(extract_all, text, fact):
    assert fact in extract_all(text)


def test_the_citys_richest_man_holds_no_office(extract_all):
    got = extract_all("HARLOW, Ore. - The city's richest man, Ola Brek, criticised the Velm Agency on Monday.")
    assert not any(f[0] == "represents" and f[1] == "Ola Brek" for f in got)


# -- "the local's president", "a parliament led by X", "a country led by X" -----------------------------------

@pytest.mark.parametrize("text, fact", [
    # real states: a state's parliament and a state led by someone
    ("Uzbek Foreign Minister Jasur Nazarov received a delegation from Kazakhstan's parliament led by deputy speaker "
     "Aigerim Seitkali on Tuesday.", ("represents", "Aigerim Seitkali", "Kazakhstan")),
    ("Peru, led by Tova Renkel since March, criticised Chile.", ("represents", "Tova Renkel", "Peru")),
    ("The Velm Mining Union, run by Ola Brek, criticised Kessock Mining.", ("represents", "Ola Brek", "Velm Mining Union")),
])
def test_a_body_or_state_led_by_someone(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_march_led_by_someone_is_no_office(extract_all):
    got = extract_all("Protesters marched through Tarsk in a rally led by Ola Brek, a student, on Monday.")
    assert not any(f[0] == "represents" and f[1] == "Ola Brek" for f in got)


# -- "who heads Panama's maritime authority", "a spokesman for Japan's space agency"; "early Sunday, X County" --

@pytest.mark.parametrize("text, fact", [
    # real states: a state's own authority or agency
    ("Rodrigo Batista, who heads Panama's maritime authority, rejected the plan on Monday.",
     ("represents", "Rodrigo Batista", "Panama")),
    ("Kenji Sato, a spokesman for Japan's police, criticised the Velm Front.", ("represents", "Kenji Sato", "Japan")),
    ("Ana Vidal, who runs Peru's tax authority, criticised Kessock Mining.", ("represents", "Ana Vidal", "Peru")),
])
def test_a_states_authority_or_agency_is_the_states(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_named_agency_is_its_own(extract_all):
    assert ("represents", "Ola Brek", "Velm Agency") in extract_all("The Velm Agency's director, Ola Brek, resigned.")


def test_a_day_before_a_county_is_no_town(extract_all):
    got = extract_all("Arsonists struck a yard in Pine Hollow, a hamlet in Lassiter County, early Sunday, Lassiter "
                      "County Sheriff Ray Sandoval said.")
    assert ("locatedIn", "Pine Hollow", "Lassiter County") in got and not any(f[1] == "Sunday" for f in got)



# -- a third reading: the rules above stay silent where the text does not say whose office it is ----------------

@pytest.mark.parametrize("text, wrong", [
    # real states: two armies, two states, two regions named before the office
    ("Thai troops clashed with the Cambodian army on Monday. Army spokesman Winthai Suvaree criticised the Velm Front.",
     ("represents", "Winthai Suvaree", "Cambodia")),
    ("Germany's exports to France fell in May. The country's chancellor, Karl Weber, criticised the Velm Front.",
     ("represents", "Karl Weber", "France")),
    ("DUNMORE, Ore. - The town lost its factory to Bexley last year. The town's mayor, Ed Stone, criticised the "
     "Velm Front.", ("represents", "Ed Stone", "Bexley")),
    ("Nordbank expanded into Bavaria last year. The bank's regional director, Anna Kohl, criticised the Velm Front.",
     ("represents", "Anna Kohl", "Bavaria")),
    ("Floods hit Saxony after heavy rain in Bavaria. Regional premier Klaus Becker criticised the Velm Agency.",
     ("represents", "Klaus Becker", "Bavaria")),
    ("Teamsters Local 99 went on strike at Corvo Foods. A local spokeswoman, Amy Hart, criticised the strike.",
     ("represents", "Amy Hart", "Teamsters Local 99")),
    ("The Energy Ministry opened an inquiry into Coalfield Mining on Monday. Minister Ruth Adler warned it that her "
     "department could withdraw its licence.", ("threatened", "Ruth Adler", "Energy Ministry")),
    ("Nina Berg, who runs Norway's biggest advertising agency, criticised the Velm Front.", ("represents", "Nina Berg", "Norway")),
    ("A delegation of farmers from Ghana, led by Kofi Mensah, criticised the Velm Agency.", ("represents", "Kofi Mensah", "Ghana")),
])
def test_a_third_reading_gives_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


# -- a town's name before a region's noun names the region; towns named after saints ------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Floods cut off Velmor, a village in Afghanistan's Kandahar province, on Monday.", ("locatedIn", "Velmor", "Kandahar")),
    ("Rebels seized Orkessa, a market town in Mali's Mopti region.", ("locatedIn", "Orkessa", "Mopti")),
    ("The Tarsk Relief Fund sent tents to Dunvale, a hamlet in the Nakuru county of Kenya.",
     ("locatedIn", "Dunvale", "Nakuru")),
])
def test_a_town_named_before_a_regions_noun_holds_places_as_the_region(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_town_named_before_another_noun_holds_no_town(extract_all):
    got = extract_all("Rebels seized Orkessa, a market town near the Mopti bridge.")
    assert not any(f[0] == "locatedIn" and f[1] == "Orkessa" for f in got), got


@pytest.mark.parametrize("text, fact", [
    ("Gunmen shot dead Elena Varga, the mayor of San Ramón de Oriente, on Sunday.",
     ("represents", "Elena Varga", "San Ramón de Oriente")),
    ("Heavy rain flooded Santa Lucía del Monte in Peru on Friday.", ("locatedIn", "Santa Lucía del Monte", "Peru")),
    ("Ernesto Valdivia, the mayor of San Felipe del Agua in Mexico's Michoacán state, was shot dead.",
     ("locatedIn", "San Felipe del Agua", "Michoacán")),
])
def test_a_name_a_saints_name_opens_is_a_towns(extract_all, text, fact):
    assert fact in extract_all(text)


def test_towns_named_after_saints_are_towns_and_bodies_so_named_stay_bodies(nlp):
    for text, label, typ in [("Residents of São Tiago do Brejo in Brazil protested outside the town hall.",
                              "São Tiago do Brejo", "City"),
                             ("Residents of San Isidro de Alba in Spain blocked the road to Tarsk.", "San Isidro de Alba", "City"),
                             ("The Velm Farmworkers Union criticised the San Telmo Brewery.", "San Telmo Brewery", "Organization"),
                             ("The Velm Farmworkers Union criticised Santa Clara Mining Corp. on Monday.",
                              "Santa Clara Mining Corp.", "Organization")]:
        ents = {e.label: e.type for e in run_text(nlp, "Headline\n\n" + text).entities.values()}
        assert ents.get(label) == typ, (text, ents)


# -- a police or government spokesperson speaks for a state, never for the group whose act they report ------------

@pytest.mark.parametrize("text, fact", [
    ("PEMBA, Mozambique (Reuters) - Insurgents of the Velm Front raided Ncumbe overnight, police spokesman Alberto "
     "Tembe said on Saturday.", ("represents", "Alberto Tembe", "Mozambique")),
    ("Gunmen of the Kurmi Boys gang attacked a village in Nigeria on Sunday. Yusuf Garba, a police spokesman in the "
     "state capital, blamed the gang.", ("represents", "Yusuf Garba", "Nigeria")),
    ("Bandits of the Orvel Brotherhood looted two trucks near the Kenyan town of Orsi, according to a police "
     "spokeswoman, Mary Otieno.", ("represents", "Mary Otieno", "Kenya")),
])
def test_a_police_spokesperson_speaks_for_the_one_state_named(extract_all, text, fact):
    got = extract_all(text)
    assert fact in got, got
    assert not any(f[0] == "represents" and f[1] == fact[1] and f[2] != fact[2] for f in got), got


@pytest.mark.parametrize("text, person", [
    ("DELMAR HEIGHTS, Calif. - Members of the Vexton Kings ambushed two officers late Friday, police spokesman Ray "
     "Orrin said.", "Ray Orrin"),
    ("Thai troops clashed with Cambodian soldiers on Monday, police spokesman Anan Chaiwat said.", "Anan Chaiwat"),
])
def test_a_police_spokesperson_of_no_one_state_speaks_for_no_one(extract_all, text, person):
    got = extract_all(text)
    assert not any(f[0] in ("represents", "spokespersonFor") and f[1] == person for f in got), got


# -- a company named by what it does; a body's noun opening a sentence before a title; a minister in lower case ----

@pytest.mark.parametrize("text, fact", [
    ("Velm Rail fired 40 drivers, and the Orsk Drivers Union called a strike. The union blamed the operator's chief "
     "executive, Piet Vos.", ("represents", "Piet Vos", "Velm Rail")),
    ("Shoppers boycotted Tarsk Stores after the Velm Consumers League complained. The league's lawyer criticised the "
     "retailer's chairwoman, Ines Garde.", ("represents", "Ines Garde", "Tarsk Stores")),
    ("The Orsk Tenants Association sued Brixley Construction. The association's secretary called the developer's "
     "managing director, Otto Lind, a liar.", ("represents", "Otto Lind", "Brixley Construction")),
])
def test_a_company_named_by_what_it_does_is_the_company_not_its_opponent(extract_all, text, fact):
    got = extract_all(text)
    assert fact in got and not any(f[0] == "represents" and f[1] == fact[1] and f[2] != fact[2] for f in got), got


@pytest.mark.parametrize("text, fact", [
    ("Talks between Northway Rail and the Brann Signal Workers' Guild collapsed. Guild general secretary Moira Cullen "
     "blamed the company.", ("represents", "Moira Cullen", "Brann Signal Workers' Guild")),
    ("The Orsk Fishers Union met the Velm Port Authority on Monday. Union leader Ana Dahl said the talks went well.",
     ("represents", "Ana Dahl", "Orsk Fishers Union")),
    ("The Velm Port Authority fined Orsk Ferries. Company spokesman Leo Hart said it would appeal.",
     ("represents", "Leo Hart", "Orsk Ferries")),
])
def test_a_bodys_noun_opening_a_sentence_before_a_title_names_the_body(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_bodys_noun_before_a_title_names_no_body_when_none_is_named(extract_all):
    got = extract_all("Guild president Jo Marren said the strike would go on.")
    assert not any(f[0] == "represents" and f[1] == "Jo Marren" for f in got), got


@pytest.mark.parametrize("text, fact", [
    ("DILI, East Timor - East Timor will raise fuel taxes next month, finance minister Ana Soarez said.",
     ("represents", "Ana Soarez", "East Timor")),
    ("VALLETTA, Malta (Reuters) - Malta threatened to close its ports to ships of Aegeon Lines, transport minister "
     "Josianne Borgel said.", ("represents", "Josianne Borgel", "Malta")),
    ("NAIROBI - Kenya raised its tea export levy on Friday, agriculture minister Peter Kamau-Ndegwa told reporters.",
     ("represents", "Peter Kamau-Ndegwa", "Kenya")),
])
def test_a_minister_titled_in_lower_case_acts_for_the_state_the_article_is_about(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, person", [
    ("Brazil and Peru signed a trade deal on Monday, trade minister Rui Coste said.", "Rui Coste"),
    ("Brazil and Peru signed a trade deal on Monday, Trade Minister Rui Coste said.", "Rui Coste"),
])
def test_a_minister_reporting_what_two_states_did_acts_for_neither_as_far_as_the_text_says(extract_all, text, person):
    got = extract_all(text)
    assert not any(f[0] == "represents" and f[1] == person for f in got), got


def test_the_speaker_of_a_closing_said_is_no_object_the_parser_set_him_beside(extract_all):
    got = extract_all("The Orsk Farmers Union opposed the tax, the union's shadow finance minister Per Dahl said.")
    assert ("represents", "Per Dahl", "Orsk Farmers Union") in got
    assert not any(f[0] == "criticized" and f[2] == "Per Dahl" for f in got), got


# -- a newspaper's name and the nouns that refer back to it ---------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("The Orsk Sentinel reported that the Velm Housing Commission had lost the files. The Sentinel's editor, Jan "
     "Vorst, said the story was sound.", ("represents", "Jan Vorst", "Orsk Sentinel")),
    ("Police raided the Brannock Examiner on Monday. The paper's publisher, Ada Kreel, criticised the raid.",
     ("represents", "Ada Kreel", "Brannock Examiner")),
    ("The Tarsk Water Board raised prices, the Dunmore Telegraph reported. The newspaper's owner, Ivo Maas, "
     "condemned the board.", ("represents", "Ivo Maas", "Dunmore Telegraph")),
])
def test_a_newspapers_name_and_the_paper_that_refers_to_it(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_person_whose_surname_is_a_newspapers_word_stays_a_person(nlp):
    ents = run_text(nlp, "Headline\n\nSam Ledger met Ivo Maas in Tarsk on Monday.").entities.values()
    assert {e.label: e.type for e in ents}.get("Sam Ledger") == "Person"


# -- an attack on what an army or a group holds is an attack on it ---------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Insurgents from the Velm Front ambushed a Mozambican army convoy near Namakula on Tuesday.",
     ("attacked", "Velm Front", "Mozambican army")),
    ("Fighters of the Orsk Brigade ambushed a Malian army patrol near Tessodi.", ("attacked", "Orsk Brigade", "Malian army")),
    ("Nigerian Air Force jets bombed hideouts of the Velm Front in the hills.", ("attacked", "Nigerian Air Force", "Velm Front")),
    ("The Malian army shelled positions held by the Orsk Brigade on Monday.", ("attacked", "Malian army", "Orsk Brigade")),
])
def test_an_attack_on_what_an_army_or_group_holds_is_an_attack_on_it(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_place_held_by_a_group_is_no_attack_when_no_one_attacks(extract_all):
    got = extract_all("Aid workers visited positions held by the Orsk Brigade on Monday.")
    assert not any(f[0] == "attacked" for f in got), got


# -- datelines with hyphens and apostrophes; a name inside a hyphenated word; a region named after its town ----------

@pytest.mark.parametrize("text, fact", [
    ("PORT-AU-PRINCE, Haiti (Reuters) - The United Nations warned the Velm Front on Friday.",
     ("locatedIn", "Port-au-Prince", "Haiti")),
    ("N'DJAMENA, Chad (Reuters) - The UN urged the Velm Front to release its hostages.", ("locatedIn", "N'Djamena", "Chad")),
    ("FORT-DE-FRANCE, Martinique - Dockers of the Velm Union went on strike.",
     ("locatedIn", "Fort-de-France", "Martinique")),
])
def test_a_dateline_with_hyphens_or_apostrophes_names_its_town(extract_all, text, fact):
    assert fact in extract_all(text)


def test_an_acronym_inside_a_hyphenated_word_is_no_body(nlp):
    ents = run_text(nlp, "Headline\n\nPORT-AU-PRINCE, Haiti (Reuters) - The United Nations warned Haiti on Friday.").entities
    assert not any(e.label == "African Union" for e in ents.values()), {e.label for e in ents.values()}


@pytest.mark.parametrize("text, fact", [
    ("RIYADH (Reuters) - The Velm Front said it had struck an oil pumping station in Saudi Arabia's Riyadh province.",
     ("locatedIn", "Riyadh province", "Saudi Arabia")),
    ("Rebels seized Orkessa, a market town in Mali's Mopti region, and then marched on Mopti.",
     ("locatedIn", "Orkessa", "Mopti region")),
    ("Floods cut off Harsa, a village in Kenya's Nakuru county, and the town of Nakuru itself.",
     ("locatedIn", "Harsa", "Nakuru county")),
])
def test_a_region_named_after_its_town_is_the_region(nlp, text, fact):
    result = run_text(nlp, "Headline\n\n" + text)
    names = {k: {e.label, *e.names} for k, e in result.entities.items()}
    got = {(e.family, e.agent, e.target) for e in result.events}
    assert any(f == fact[0] and fact[1] in names[a] and fact[2] in names[t] for f, a, t in got), (got, names)
    regions = [e for e in result.entities.values() if fact[2] in e.names or fact[2] == e.label]
    assert regions and all(e.type == "Region" or e.type == "Country" for e in regions), regions


# -- a fourth reading: a helper wrote sentences to tempt the rules into false facts; these stay silent --------------

@pytest.mark.parametrize("text, wrong", [
    # a post held before
    ("Lena Sund, a former Dravik Group executive, now teaches yoga.", ("represents", "Lena Sund", "Dravik Group")),
    ("Ex-foreign minister Rolf Adler of Kenya criticized the deal.", ("represents", "Rolf Adler", "Kenya")),
    ("Nora Veld, Kenya's ambassador to Uganda until March, was arrested.", ("represents", "Nora Veld", "Kenya")),
    ("Sam Kade, who reported for the Orsk Herald before joining the Velm Corp., died.",
     ("represents", "Sam Kade", "Orsk Herald")),
    ("Ivo Maas, the Velm Corp. chief executive from 2010 to 2015, died.", ("represents", "Ivo Maas", "Velm Corp.")),
    # support withdrawn or ended
    ("The Unity Party withdrew its support for Daniel Otieno.", ("supports", "Unity Party", "Daniel Otieno")),
    ("Uganda stopped backing the Sova Front in 2018.", ("supports", "Uganda", "Sova Front")),
    ("The Unity Party no longer supports Leo Brand, a spokesman said.", ("supports", "Unity Party", "Leo Brand")),
    ("The Unity Party ended its backing of Daniel Otieno.", ("supports", "Unity Party", "Daniel Otieno")),
    # a spokesperson whose body the text does not give
    ("Jan Holt, a spokesman, said Kenya and Uganda had met in Arusha.", ("represents", "Jan Holt", "Kenya")),
    ("Spokesman Jan Holt said Nigeria and Ghana had signed a deal.", ("represents", "Jan Holt", "Ghana")),
    ("Spokeswoman Ada Lum said Kenya had warned Uganda.", ("represents", "Ada Lum", "Kenya")),
    # a name after a comma that opens the next clause holds no place
    ("Rebels attacked Dala, Nigeria said on Monday.", ("locatedIn", "Dala", "Nigeria")),
    ("The army retook Sorin, Kenya announced.", ("locatedIn", "Sorin", "Kenya")),
    ("The militia seized Lusi, Tanzania's police chief said.", ("locatedIn", "Lusi", "Tanzania")),
    # someone else's job
    ("Hilde Varga, whose husband works for the Dravik Group, won the race.", ("represents", "Hilde Varga", "Dravik Group")),
    ("Ada Lum, whose father worked at the Velm Health Ministry for 30 years, opened a clinic.",
     ("represents", "Ada Lum", "Velm Health Ministry")),
    # a question is no demand
    ("Asked whether Uganda would retaliate, Moses Okello said no.", ("demanded", "Moses Okello", "Uganda")),
    ("Ruth Mbeki asked whether the Velm Corp. had paid taxes.", ("demanded", "Ruth Mbeki", "Velm Corp.")),
    # a counterpart's state is another's
    ("Foreign Minister Petra Kahl met her Kenyan counterpart on Friday.", ("represents", "Petra Kahl", "Kenya")),
    ("Minister Petra Kahl did not call her Kenyan counterpart, Joseph Mwangi, on Friday.",
     ("represents", "Petra Kahl", "Kenya")),
    # a meeting that was to be
    ("Ruth Mbeki and Daniel Otieno were supposed to meet on Friday, but the meeting was cancelled.",
     ("metWith", "Ruth Mbeki", "Daniel Otieno")),
    ("Ruth Mbeki and Daniel Otieno were due to meet on Friday, but Otieno fell ill.",
     ("metWith", "Ruth Mbeki", "Daniel Otieno")),
])
def test_a_fourth_reading_gives_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    ("Ivo Maas, the Velm Corp. chief executive, died.", ("represents", "Ivo Maas", "Velm Corp.")),
    ("Nora Veld, Kenya's ambassador to Uganda, was arrested.", ("represents", "Nora Veld", "Kenya")),
    ("Hilde Varga, who works for the Dravik Group, won the race.", ("represents", "Hilde Varga", "Dravik Group")),
    ("The Unity Party backs Daniel Otieno.", ("supports", "Unity Party", "Daniel Otieno")),
    ("Lithuania holds Belarus responsible, foreign ministry spokesman Ivo Rask said.", ("represents", "Ivo Rask", "Lithuania")),
    ("The Velm Corp. will appeal the ruling, spokesman Ivo Rask said.", ("represents", "Ivo Rask", "Velm Corp.")),
    ("Rebels attacked Dala, Nigeria, on Monday.", ("locatedIn", "Dala", "Nigeria")),
    ("Ruth Mbeki asked the Velm Corp. to pay its taxes.", ("demanded", "Ruth Mbeki", "Velm Corp.")),
    ("KAMPALA - Foreign Minister Petra Kahl met Ugandan traders on Friday.", ("represents", "Petra Kahl", "Uganda")),
    ("Ruth Mbeki and Daniel Otieno met on Friday.", ("metWith", "Ruth Mbeki", "Daniel Otieno")),
])
def test_the_fourth_readings_fixes_keep_what_the_text_does_say(extract, text, fact):
    assert fact in extract(text)


# -- what an accusation alleges is no fact; a warning that a third party will strike warns no one named -------------

@pytest.mark.parametrize("text, wrong, kept", [
    ("Uganda accused Kenya of shelling the town of Bora.", ("attacked", "Kenya", "Bora"), ("accused", "Uganda", "Kenya")),
    ("Ivo Rask accused Leo Brand of calling Ruth Mbeki in secret.", ("called", "Leo Brand", "Ruth Mbeki"),
     ("accused", "Ivo Rask", "Leo Brand")),
    ("The Velm Union accused the Orsk Corp. of backing the Kora Brigade.", ("supports", "Orsk Corp.", "Kora Brigade"),
     ("accused", "Velm Union", "Orsk Corp.")),
    ("The Sova Front was accused of attacking Dala, Nigeria's army said.", ("attacked", "Sova Front", "Dala"), None),
    ("Uganda rejected allegations that its troops shelled Bora.", ("threatened", "Uganda", "Bora"), None),
])
def test_what_an_accusation_alleges_is_no_fact(extract, text, wrong, kept):
    got = extract(text)
    assert wrong not in got, got
    assert kept is None or kept in got, got


def test_an_attack_the_text_states_beside_an_accusation_stays(extract):
    got = extract("Uganda accused Kenya on Monday, after Kenyan jets shelled the town of Bora.")
    assert ("attacked", "Kenya", "Bora") in got and ("accused", "Uganda", "Kenya") in got


@pytest.mark.parametrize("text, wrong", [
    ("Ivo Rask warned that the Kora Brigade would attack Sorin.", ("warned", "Ivo Rask", "Kora Brigade")),
    ("Kenya could strike the rebels, Joseph Mwangi warned.", ("warned", "Joseph Mwangi", "Kenya")),
    ("If the militia takes Bora, Kenya will respond.", ("threatened", "Kenya", "Bora")),
])
def test_a_warning_about_a_third_partys_strike_warns_no_one_named(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    ("Ivo Rask warned that Uganda would face sanctions.", ("warned", "Ivo Rask", "Uganda")),
    ("The European Union warned that it would ban the tankers of Velmora Shipping.",
     ("warned", "European Union", "Velmora Shipping")),
    ("Minister Ana Vell warned that Ghana would end talks with the Velm Front if it kept fighting.",
     ("warned", "Ana Vell", "Velm Front")),
])
def test_a_warning_of_ones_own_act_or_of_a_penalty_still_warns_its_target(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, fact", [
    ("Fighting in Kivu, in eastern Congo, displaced thousands.", ("locatedIn", "Kivu", "Democratic Republic of the Congo")),
    ("Rebels of the Velm Front shelled Orvana, a town in eastern Congo.",
     ("locatedIn", "Orvana", "Democratic Republic of the Congo")),
    ("BRAZZAVILLE, Republic of the Congo - Dockers of the Velm Union went on strike.",
     ("locatedIn", "Brazzaville", "Republic of the Congo")),
])
def test_congo_alone_is_the_more_populous_state_of_the_name(extract_all, text, fact):
    assert fact in extract_all(text)


# -- a second reading of this round's rules (a helper's review) -------------------------------------------------------

@pytest.mark.parametrize("text, wrong", [
    ("The Kora Brigade bombed a warehouse built by Vexa Construction in 2015.", ("attacked", "Kora Brigade", "Vexa Construction")),
    ("The Kora Brigade attacked a camp abandoned by the Kenyan army last year.", ("attacked", "Kora Brigade", "Kenyan army")),
    ("The Kora Brigade attacked a camp funded by the United Nations near Dala.", ("attacked", "Kora Brigade", "United Nations")),
    ("KAMPALA (Reuters) - A Kenyan truck driver was shot dead in a robbery on Friday, police spokesman Tom Ouko said.",
     ("represents", "Tom Ouko", "Kenya")),
    ("Two Kenyan tourists were robbed in Arusha on Sunday, police spokesman Tom Ouko said.", ("represents", "Tom Ouko", "Kenya")),
    ("Dala Savings Bank has lent $40 million to Vexa Mining. The lender's chief executive, Tom Pell, said the loan was safe.",
     ("represents", "Tom Pell", "Vexa Mining")),
    ("The Dala Times reported that Kestrel Express had cut drivers' wages. The newspaper's editor, Ruth Kane, said the "
     "story was right.", ("represents", "Ruth Kane", "Kestrel Express")),
    ("Japan donated 10 ambulances to hospitals in Dala, health minister Ali Juma said on Monday.",
     ("represents", "Ali Juma", "Japan")),
    ("China will lend $2 billion for a new railway to Dala, finance minister Ali Juma told parliament.",
     ("represents", "Ali Juma", "China")),
    ("A British army veteran, Tom Pell, criticized Vexa Mining on Monday.", ("represents", "Tom Pell", "British army")),
])
def test_a_second_reading_of_the_fifth_round_gives_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    ("KAMPALA (Reuters) - A Kenyan truck driver was shot dead in a robbery on Friday, police spokesman Tom Ouko said.",
     ("represents", "Tom Ouko", "Uganda")),
    ("Dala Savings Bank has lent $40 million to Vexa Mining. The lender's chief executive, Tom Pell, said the loan was safe.",
     ("represents", "Tom Pell", "Dala Savings Bank")),
    ("Tom Pell, a Vexa Mining director from 2019, criticized the Dala council.", ("represents", "Tom Pell", "Vexa Mining")),
    ("Defence Minister Julio San Román criticized Vexa Mining on Monday. San Román said the company had lied.",
     ("criticized", "Julio San Román", "Vexa Mining")),
])
def test_a_second_reading_of_the_fifth_round_keeps_what_the_text_says(extract, text, fact):
    assert fact in extract(text)


def test_a_state_between_states_in_a_hyphened_word_is_still_named(nlp):
    ents = run_text(nlp, "Headline\n\nThe Russia-Iran-Turkey talks resumed in Astana on Monday.").entities
    assert {"Russia", "Iran", "Turkey"} <= {e.label for e in ents.values()}


# -- round six: constructions read from a blind set's misses, each with new sentences and invented names --------

@pytest.mark.parametrize("text, fact", [
    # arms supplied to a group
    ("Dravin Resources supplied rifles and ammunition to the Velm Liberation Front.",
     ("supports", "Dravin Resources", "Velm Liberation Front")),
    ("A UN panel said Korst Holdings has supplied weapons to the Sable Hills Brigade since March.",
     ("supports", "Korst Holdings", "Sable Hills Brigade")),
    ("The Tarnow Freedom Army was supplied with ammunition by Vell Logistics, prosecutors said.",
     ("supports", "Vell Logistics", "Tarnow Freedom Army")),
    # whose failing is blamed; a blame "on" someone the parser hangs on the object
    ("Mark Toll, the guild's president, blamed Velm Airlines' own scheduling failures.",
     ("holdsResponsible", "Mark Toll", "Velm Airlines")),
    ("Senator Ilka Varr blamed the Tarsel Water Board's negligence for the outbreak.",
     ("holdsResponsible", "Ilka Varr", "Tarsel Water Board")),
    ("Ilka Varr blamed Odo Brandt's death on the Velm Front.", ("holdsResponsible", "Ilka Varr", "Velm Front")),
    # a name's split words are still the subject of "chairs", "runs"
    ("Pieter van Doorn chairs Halvern Shipping.", ("represents", "Pieter van Doorn", "Halvern Shipping")),
    ("Luc le Trannic runs the Quillhaven Maritime Institute.",
     ("represents", "Luc le Trannic", "Quillhaven Maritime Institute")),
    ("Jan van der Berg leads the Tarsel Farmers League.", ("represents", "Jan van der Berg", "Tarsel Farmers League")),
    ("Omar bin Tasir commands the Sable Hills Brigade.", ("represents", "Omar bin Tasir", "Sable Hills Brigade")),
    # a seat on a body's board
    ("Greta Hallin sits on Pellow Grain's board.", ("represents", "Greta Hallin", "Pellow Grain")),
    ("Odo Brandt, who sits on the board of Vantor Cars, criticised the Velm Party.",
     ("represents", "Odo Brandt", "Vantor Cars")),
    ("Ilse Marrow sits on the board of the Drennick Arts Foundation.",
     ("represents", "Ilse Marrow", "Drennick Arts Foundation")),
    # an adviser or aide "to" a body
    ("An adviser to the Veld Defence Front, Osei Tambrin, told reporters the group had no plan.",
     ("represents", "Osei Tambrin", "Veld Defence Front")),
    ("Police questioned Ines Marvell, an adviser to the Hensley Party, for three hours.",
     ("represents", "Ines Marvell", "Hensley Party")),
    ("Odile Brask, a senior aide to the Tarsel Farmers League, condemned the decision.",
     ("represents", "Odile Brask", "Tarsel Farmers League")),
    # a company named by its trade's last word
    ("Vantor Cars built a plant in Brakmoor. Last week engineer Ilka Brandes accused the carmaker of falsifying data.",
     ("accused", "Ilka Brandes", "Vantor Cars")),
    ("Halla Brisk met Tomasz Wrenn of Pellow Grain on Tuesday.", ("represents", "Tomasz Wrenn", "Pellow Grain")),
    ("The Velm Union criticised Brannock Paper over the layoffs.", ("criticized", "Velm Union", "Brannock Paper")),
    # a subject split from "phoned" by the parser
    ("Odo Brandt survived the raid. Al-Tasheer phoned Selma Orvadi.", ("called", "Al-Tasheer", "Selma Orvadi")),
    # what a past "after"/"because" clause says stays a fact under a negated or refused main clause
    ("The Dockers' Unity Front did not return to work after its negotiations with Halvern Shipping broke down.",
     ("negotiatedWith", "Dockers' Unity Front", "Halvern Shipping")),
    ("Odo Brandt refused to sign because Ana Bel had threatened the Velm Union.",
     ("threatened", "Ana Bel", "Velm Union")),
    ("The mayor would not comment after the Velm Front attacked the Arvo Union offices.",
     ("attacked", "Velm Front", "Arvo Union")),
])
def test_round_six_constructions(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    ("Dravin Resources supplies steel to Velm Motors.", ("supports", "Dravin Resources", "Velm Motors")),
    ("Ilka Varr blamed Odo Brandt's death for the delay.", ("holdsResponsible", "Ilka Varr", "Odo Brandt")),
    ("Greta Hallin sat on the steps of the Velm Party offices.", ("represents", "Greta Hallin", "Velm Party")),
    ("Trump adviser Ilka Varr met the Velm Party.", ("represents", "Ilka Varr", "Velm Party")),
    ("Odo Park said he did not meet Rachel Okonjo because he was ill.", ("metWith", "Odo Park", "Rachel Okonjo")),
    ("Ana Bel will not resign unless the Velm Party attacks her.", ("attacked", "Velm Party", "Ana Bel")),
    ("Odo Brandt will meet Ana Bel when she visits the Velm Union.", ("metWith", "Odo Brandt", "Ana Bel")),
])
def test_round_six_constructions_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # written by a reviewer against this round's rules; each gave the wrong fact before it was fixed
    ("Prosecutors allege that Oskar Lind fled the country after he shot Ana Belcourt.",
     ("attacked", "Oskar Lind", "Ana Belcourt")),
    ("Kelmark Steel denied that workers struck because the company had threatened the Foundry Workers' Union.",
     ("threatened", "Kelmark Steel", "Foundry Workers' Union")),
    ("There is no evidence that Oskar Lind resigned because Ana Belcourt threatened him.",
     ("threatened", "Ana Belcourt", "Oskar Lind")),
    ("Judge Oskar Lind told Marek Tosz that he had shot Ilka Brandes in cold blood and sentenced him to life.",
     ("attacked", "Oskar Lind", "Ilka Brandes")),
    ("The Tamsford Town Council reviewed the Halvern Shipping merger plan and insisted that it include job guarantees.",
     ("demanded", "Tamsford Town Council", "Halvern Shipping")),
    ("Portugal passed the new fishing law in March. The Hollin Islanders' Council demanded that it apply to trawlers.",
     ("demanded", "Hollin Islanders' Council", "Portugal")),
    ("Oskar Lind insisted that Halla Brisk and Marek Tosz share the blame for the defeat.",
     ("demanded", "Oskar Lind", "Halla Brisk")),
    ("After a phone call from Ana Belcourt, Oskar Lind told Marek Tosz that the deal was off.",
     ("called", "Oskar Lind", "Marek Tosz")),
    ("In an earnings call on Tuesday, Ivo Marr urged Kelmark Steel to lower its prices.",
     ("called", "Ivo Marr", "Kelmark Steel")),
    ("After talks with Kelmark Steel next week, the Foundry Workers' Union will decide whether to strike.",
     ("negotiatedWith", "Foundry Workers' Union", "Kelmark Steel")),
    ("Following talks with the Hensley Party that were called off at the last minute, the Velm Party left the coalition.",
     ("negotiatedWith", "Velm Party", "Hensley Party")),
    ("Kelmark Steel promised not to fire anyone during talks with the Foundry Workers' Union.",
     ("negotiatedWith", "Kelmark Steel", "Foundry Workers' Union")),
    ("A spokesman for Kelmark Steel's biggest customer, Halla Brisk, said she would look for another supplier.",
     ("represents", "Halla Brisk", "Kelmark Steel")),
    ("Ilka Brandes, an adviser to the Velm Party's rival, the Hensley Party, criticised Ana Belcourt.",
     ("represents", "Ilka Brandes", "Velm Party")),
    ("Kelmark Group said on Monday it would invest in Tamsford. The Farmers' Unity League criticised the railroad.",
     ("criticized", "Farmers' Unity League", "Kelmark Group")),
    ("Karim al-Tasheer's grandfather founded Al-Tasheer, the militia that controls Orvaine. Al-Tasheer attacked "
     "Tamsford on Monday.", ("attacked", "Karim al-Tasheer", "Tamsford")),
    ("Brenlow Motors supplied 200 trucks to Pellow Grain last year, the company said.",
     ("supports", "Brenlow Motors", "Pellow Grain")),
    ("Ilka Brandes no longer sits on the board of Kelmark Steel.", ("represents", "Ilka Brandes", "Kelmark Steel")),
    ("Greta Hallin sat on the board of Pellow Grain for a decade before retiring.",
     ("represents", "Greta Hallin", "Pellow Grain")),
    ("Ivo Marr blamed Brenlow Motors' losses on bad weather.", ("holdsResponsible", "Ivo Marr", "Brenlow Motors")),
    ("The Velm Party blamed the attack on Ana Belcourt on the Red Ridge Militia.",
     ("holdsResponsible", "Velm Party", "Ana Belcourt")),
    ("Ana Belcourt set the Velm Party's conference alight with a fiery speech.", ("attacked", "Ana Belcourt", "Velm Party")),
    ("Ivo Marr met a lawyer for Pellow Grain, whose client, Marek Tosz, was arrested on Friday.",
     ("represents", "Marek Tosz", "Pellow Grain")),
    ("Maria del Campo chaired Pellow Grain until 2015.", ("represents", "Maria del Campo", "Pellow Grain")),
    # a second review, of the fixes above and of the killings
    ("Anna Vell was attacked on social media at the behest of Tomas Orlov, her lawyer said.",
     ("attacked", "Tomas Orlov", "Anna Vell")),
    ("Senator Anna Vell cut Tomas Orlov down to size in Tuesday's televised debate.", ("attacked", "Anna Vell", "Tomas Orlov")),
    ("Ida Kessler, accused in the shooting death of Anna Vell, was acquitted on Friday.",
     ("attacked", "Ida Kessler", "Anna Vell")),
    ("Ida Kessler was convicted in the accidental shooting death of her hunting partner, Anna Vell.",
     ("attacked", "Ida Kessler", "Anna Vell")),
    ("Orlov Bank sold its stake to Tarsk Air but insisted that it remain the airline's main lender.",
     ("demanded", "Orlov Bank", "Tarsk Air")),
    ("Ida Kessler criticized the deal with Tarsk Air and demanded that it go to a public vote.",
     ("demanded", "Ida Kessler", "Tarsk Air")),
    ("Tomas Orlov will only sign the deal after talks with Ida Kessler on the last day of next month's summit.",
     ("negotiatedWith", "Tomas Orlov", "Ida Kessler")),
    ("In a prank phone call, comedians posing as Tomas Orlov told Ida Kessler that Velmar would pay.",
     ("called", "Tomas Orlov", "Ida Kessler")),
    ("Ida Kessler blamed the sanctions on Velmar on Tomas Orlov.", ("holdsResponsible", "Ida Kessler", "Velmar")),
    ("Ida Kessler blamed the embargo on Velmar for the shortages.", ("holdsResponsible", "Ida Kessler", "Velmar")),
    ("When van der Berg arrived in Halvard, Orlov criticized him.", ("criticized", "Orlov", "When van der Berg")),
])
def test_a_review_of_round_six_gives_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    ("Ana Belcourt criticised Harwicks' Tamsford Dairy for its wages.", ("criticized", "Ana Belcourt", "Tamsford Dairy")),
    ("The Velm Party criticised Vantor Cars' Kelmark Steel subsidiary.", ("criticized", "Velm Party", "Kelmark Steel")),
    ("The Workers' Renewal Party criticised Halvern Shipping.", ("criticized", "Workers' Renewal Party", "Halvern Shipping")),
    ("The Dockers' Solidarity Union met Halvern Shipping.", ("metWith", "Dockers' Solidarity Union", "Halvern Shipping")),
])
def test_a_body_named_for_its_members_is_not_glued_to_a_company(extract, text, fact):
    """Only a body people join is named for them ("the Workers' Renewal Party"); a company after a possessive
    keeps its own name ("Harwicks' Tamsford Dairy")."""
    assert fact in extract(text)


def test_a_hyphened_name_is_no_adjective_for_a_known_group(nlp):
    """'Jaish' in 'Jaish-e-Noor' is tagged a nationality: it must not become a gazetteer group whose name starts
    with it."""
    for text in ("Police blamed the Jaish-e-Noor for the bombing.", "The Lashkar-e-Qamar denied the attack.",
                 "Officials said the Harakat-ul-Sabr had claimed the raid."):
        ents = run_text(nlp, "Headline\n\n" + text).entities
        assert not any(e.type == "ArmedForces" and " " in e.label and e.label.split()[0] in text.split("-")[0]
                       for e in ents.values()), text


@pytest.mark.parametrize("text, fact", [
    # a killing ordered by someone: the one who ordered it
    ("Governor Odo Brandt was murdered on the orders of Karl Vesk.", ("attacked", "Karl Vesk", "Odo Brandt")),
    ("The journalist Ana Bel was killed at the behest of the Velm Cartel.", ("attacked", "Velm Cartel", "Ana Bel")),
    ("Police say the farmer Tomas Perel was shot on the instructions of Ilka Varr.",
     ("attacked", "Ilka Varr", "Tomas Perel")),
    # a shooting death the culprit is convicted or sentenced for
    ("Karl Vesk was executed in 1933 for the shooting death of Mayor Odo Brandt.",
     ("attacked", "Karl Vesk", "Odo Brandt")),
    ("A jury convicted Tarn Oswin in the stabbing death of Ilse Varga.", ("attacked", "Tarn Oswin", "Ilse Varga")),
    # a first name the model left out of the name before a lower-case particle
    ("Ilse van Brakel chairs the Tarsel Farmers League.", ("represents", "Ilse van Brakel", "Tarsel Farmers League")),
    # a US state or a province named as "the state of X" is asked or threatened as a government
    ("Odo Park, president of the Velm Autoworkers Council, called on the state of Michigan to intervene.",
     ("demanded", "Odo Park", "Michigan")),
    ("Tom Reyes asked the state of Ohio to open an inquiry.", ("demanded", "Tom Reyes", "Ohio")),
    ("The Velm Union threatened the province of Ontario with a strike.", ("threatened", "Velm Union", "Ontario")),
])
def test_round_six_killings_and_names(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    ("Odo Brandt was arrested on the orders of Karl Vesk.", ("attacked", "Karl Vesk", "Odo Brandt")),
    ("Odo Brandt was killed on the border of Chad.", ("attacked", "Chad", "Odo Brandt")),
    ("Karl Vesk mourned the death of Mayor Odo Brandt.", ("attacked", "Karl Vesk", "Odo Brandt")),
    ("Tom Reyes met the state of Ohio's governor.", ("metWith", "Tom Reyes", "Ohio")),
    ("Odo Park flew to the state of Ohio to meet the Velm Union.", ("demanded", "Odo Park", "Ohio")),
    ("Anatomist Jeffrey Laitman of the Kessling Medical School criticised the study.",
     ("represents", "Anatomist Jeffrey Laitman", "Kessling Medical School")),
])
def test_round_six_killings_and_names_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # "the fault of X", said by someone: the speaker holds X responsible
    ("The collapse of the coalition was entirely the fault of the Velm Forum, Senator Ana Bel said.",
     ("holdsResponsible", "Ana Bel", "Velm Forum")),
    ("The delay was the fault of the Tarsel Water Board, Mayor Ilse Varga said.",
     ("holdsResponsible", "Ilse Varga", "Tarsel Water Board")),
    ("It is the fault of the Velm Party, said the Arvo Union.", ("holdsResponsible", "Arvo Union", "Velm Party")),
    ("The blame lies with the Velm Party, Senator Ilka Varr said.", ("holdsResponsible", "Ilka Varr", "Velm Party")),
    ("\"The fault lies with Keystrand Plastics,\" said Delia Marchetti of Brenmoor Foods.",
     ("holdsResponsible", "Delia Marchetti", "Keystrand Plastics")),
    ("Responsibility for the crash rests with Dravin Motors, the Arvo Union said.",
     ("holdsResponsible", "Arvo Union", "Dravin Motors")),
    # a town named as "the city of X" acts as its government
    ("The city of Riverbend holds contractor Cascade Span Builders responsible for the collapse, Mayor Linda Osei said.",
     ("holdsResponsible", "Riverbend", "Cascade Span Builders")),
    ("The town of Arvo sued Dravin Motors over the spill.", ("accused", "Arvo", "Dravin Motors")),
    ("The county of Brask criticised the Velm Water Board on Monday.", ("criticized", "Brask", "Velm Water Board")),
])
def test_a_fault_and_a_town_as_a_government(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    ("Odo Brandt said the crash was not the fault of Velm Airlines.", ("holdsResponsible", "Odo Brandt", "Velm Airlines")),
    ("Dravin Motors said the delay was the fault of nobody.", ("holdsResponsible", "Dravin Motors", "Dravin Motors")),
    ("Odo Brandt moved to the city of Arvo, which the Velm Front attacked.", ("attacked", "Odo Brandt", "Arvo")),
    ("\"The fault lies with Keystrand, not with our plant,\" said Delia Marchetti of Brenmoor Foods.",
     ("accused", "Delia Marchetti", "Brenmoor Foods")),
    ("The Tarsel mine lies in the hills near Arvo, Odo Brandt said.", ("accused", "Odo Brandt", "Tarsel")),
])
def test_a_fault_and_a_town_as_a_government_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


def test_skipping_the_verbs_nothing_reads_changes_no_fact(nlp, monkeypatch):
    """Extraction builds frames only for the verbs a rule or an inference reads (read_verbs); with every verb
    framed, the facts of the construction sentences are the same."""
    import yaml

    import kg.extract as X

    data = yaml.safe_load((Path(__file__).parent / "data" / "constructions.yaml").read_text(encoding="utf-8"))
    texts = [item["text"] for b in data for item in b["items"]][::3]
    assert len(texts) > 100
    gated = [sorted(facts(run_text(nlp, "Headline\n\n" + t), everything=True)) for t in texts]
    monkeypatch.setattr(X, "read_verbs", lambda vocab: lambda verb, lemma: True)
    everything = [sorted(facts(run_text(nlp, "Headline\n\n" + t), everything=True)) for t in texts]
    assert gated == everything
    assert sum(map(len, gated)) > 100


# -- round seven: first-level regions of other states, and a region's government -----------------------
# real regions: New South Wales, Queensland, British Columbia, Khyber Pakhtunkhwa, Borno (ISO 3166-2, admin1.tsv)

@pytest.mark.parametrize("text, fact", [
    ("Speaking in Wenlow, New South Wales, Cara Pettifer condemned Ambley Mining.", ("locatedIn", "Wenlow", "New South Wales")),
    ("Floods cut off Tarrabee, Queensland, on Sunday.", ("locatedIn", "Tarrabee", "Queensland")),
    ("The Kestrel Lake mill in Dunvale, British Columbia, will close, Orwell Timber said.",
     ("locatedIn", "Dunvale", "British Columbia")),
    ("Gunmen attacked a checkpoint near Sarband in Khyber Pakhtunkhwa on Friday.",
     ("locatedIn", "Sarband", "Khyber Pakhtunkhwa")),
    # a region's government is asked as the region: "the X government", "the state government"
    ("Megan Ibbotson called on the New South Wales government to step in.", ("demanded", "Megan Ibbotson", "New South Wales")),
    ("Floods hit Tarrabee, Queensland. The Farmers' Alliance urged the state government to help.",
     ("demanded", "Farmers' Alliance", "Queensland")),
    ("The Metalworkers' Union condemned Hallberg Steel's plan to close its mill in Kettwerde, Lower Saxony, and urged "
     "the state government to intervene.", ("demanded", "Metalworkers' Union", "Lower Saxony")),
    ("Ada Kell called on the Ohio government to step in.", ("demanded", "Ada Kell", "Ohio")),
    # a body named for a place does not swallow the place ("Lower Saxony" is no short name of the union)
    ("The Bank of Scotland fined Orvane Ltd. Floods later hit Dunmore, Scotland.", ("locatedIn", "Dunmore", "Scotland")),
    ("The Cane Growers' Union of Queensland condemned Orvane Foods. Floods hit Tarrabee, Queensland, on Monday.",
     ("locatedIn", "Tarrabee", "Queensland")),
])
def test_round_seven_regions(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # one-word regions know their state: Borno is Nigeria's, whatever follows
    ("Fighters crossed from Borno, Cameroon's officials said.", ("locatedIn", "Borno", "Cameroon")),
    # "the government" alone is the state's, not the last region's
    ("Floods hit Tarrabee, Queensland. The Farmers' Alliance urged the government to help Australia's farmers.",
     ("demanded", "Farmers' Alliance", "Queensland")),
    # a one-word region is no gazetteer name: "Chin" stays a person's
    ("Lena Chin criticised Ada Kell.", ("criticized", "Chin", "Ada Kell")),
])
def test_round_seven_regions_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


# -- round seven: names and offices ------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    # the first of two surnames stands for the person ("Ccori" for "Julio Ccori Mamani")
    ("The federation's president, Julio Ccori Mamani, backed Ada Kell. Kell phoned Ccori on Sunday.",
     ("called", "Ada Kell", "Julio Ccori Mamani")),
    ("Gabriela Intriago Vera arrived on Monday. Intriago sat down with Renata Lobo on Wednesday.",
     ("metWith", "Gabriela Intriago Vera", "Renata Lobo")),
    ("Carlos Mendoza Ruiz criticised the Varn Party. Mendoza later met Odo Brandt.", ("metWith", "Carlos Mendoza Ruiz", "Odo Brandt")),
    # a capitalised state title with no state named: the dateline's state, unless the holder leads another's team
    # real states: Lithuania, Belarus, Kenya, Chad, Ethiopia
    ("VILNIUS, Lithuania (Reuters) - Lithuania blamed Belarus for the balloons. Interior Minister Rasa Kavaliauskiene "
     "said Minsk bore full responsibility.", ("represents", "Rasa Kavaliauskiene", "Lithuania")),
    ("NAIROBI, Kenya (Reuters) - The health ministry warned clinics about fake drugs. Health Minister Wanjiku Njoroge "
     "blamed Tembo Pharma, an importer in Mombasa.", ("represents", "Wanjiku Njoroge", "Kenya")),
    ("ADDIS ABABA, Ethiopia (AP) - Talks resumed at the African Union. Chad's delegation, led by Defence Minister "
     "Abdel Saleh Bichara, accused the rebels of looting.", ("represents", "Abdel Saleh Bichara", "Chad")),
    # a premier or governor heads the one province or state named
    ("The Prairie Growers' Guild endorsed Helga Dorsch before the election in Saskatchewan. Premier Gordon Fyfe's "
     "aide, Colin Arbuthnot, criticised the guild.", ("represents", "Gordon Fyfe", "Saskatchewan")),
    # a body described by a noun set before its name: "the ruling council, the X"; "the owner, Y"
    ("Guinea-Bissau's ruling military council, the Command for National Restoration, seized power. A council "
     "spokesman, Colonel Braima Nhaga, accused Ada Kell of meddling.", ("represents", "Braima Nhaga", "Command for National Restoration")),
    ("The Harbourline Courier fired its editor. Rupert Haldane-Frost, chairman of the paper's owner, Dunmere Media, "
     "said nothing.", ("represents", "Rupert Haldane-Frost", "Dunmere Media")),
])
def test_round_seven_names_and_offices(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a middle initial is no surname
    ("John F. Kellerman criticised Ada Voss. F. Scott met Odo Brandt.", ("metWith", "John F. Kellerman", "Odo Brandt")),
    # the dateline's state does not beat the team the minister leads
    ("ADDIS ABABA, Ethiopia (AP) - Talks resumed at the African Union. Chad's delegation, led by Defence Minister "
     "Abdel Saleh Bichara, accused the rebels of looting.", ("represents", "Abdel Saleh Bichara", "Ethiopia")),
    # a premier is no state's
    ("OTTAWA (Reuters) - Canada's finance minister met bankers. Premier Gordon Fyfe criticised the plan.",
     ("represents", "Gordon Fyfe", "Canada")),
])
def test_round_seven_names_and_offices_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


# -- a review of round seven: sentences a reviewer wrote to break its constructions -----------------------------

@pytest.mark.parametrize("text, fact", [
    # a description before a speaker tag or a list of names still resolves
    ("The Tamsin Workers' Union called a strike at Orlov Steel. Greystane Holdings criticised the union, Peter Wald said.",
     ("criticized", "Greystane Holdings", "Tamsin Workers' Union")),
    # "X, a rebel group" is what "the rebels" means later
    ("The Ostby Guard, a militia, fought the Velm Front, a rebel group. The rebels accused Orlov Steel of arming their "
     "enemies.", ("accused", "Velm Front", "Orlov Steel")),
    # a rebel army named for a country is no state's army
    ("The Sudan People's Liberation Army attacked Tarsk. The African Union condemned the rebels.",
     ("criticized", "African Union", "Sudan People's Liberation Army")),
    # a body may speak of itself as "the rebels"
    ("The Velm Front said Nigerian troops had attacked the rebels near Tarsk.", ("attacked", "Nigerian troops", "Velm Front")),
    # "Union officials" opening a sentence
    ("The Tamsin Workers' Union called a strike at Orlov Steel. Union officials accused Orlov Steel of intimidation.",
     ("accused", "Tamsin Workers' Union", "Orlov Steel")),
    # a body's people named by a compound: "Velm Front fighters", "Kessel Brigade gunmen"
    ("Velm Front fighters attacked Nigerian troops near Tarsk.", ("attacked", "Velm Front", "Nigerian troops")),
    ("Kessel Brigade gunmen ambushed Ada Kell's convoy.", ("attacked", "Kessel Brigade", "Ada Kell")),
    ("Nigerian troops came under mortar fire from Velm Front fighters near Tarsk.", ("attacked", "Velm Front", "Nigerian troops")),
    # a dispute taken to court threatens the other side, not the court
    ("Orlov Steel threatened to take the Tamsin Workers' Union to court.", ("threatened", "Orlov Steel", "Tamsin Workers' Union")),
    # a region's name the model takes for a person's is left out of the regions ("Diego Martin", Trinidad's)
    ("Diego Martin, Orlov Steel's chairman, criticised the Tamsin Workers' Union.",
     ("criticized", "Diego Martin", "Tamsin Workers' Union")),
])
def test_a_review_of_round_seven_keeps_true_facts(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    ("Nigerian troops drew fire from the Velm Front as they entered Tarsk.", ("criticized", "Velm Front", "Nigerian troops")),
    ("Malian troops came under fire from the Kessel Brigade for the second time this week.",
     ("criticized", "Kessel Brigade", "Malian troops")),
    ("Orlov Steel threatened to take the case to the High Court.", ("threatened", "Orlov Steel", "High Court")),
    ("The Velm Party threatened to take the matter to the African Union unless Nigeria released its leader.",
     ("threatened", "Velm Party", "African Union")),
    ("Peter Wald, Orlov Steel's chairman, warned the Tamsin Workers' Union that Orlov Steel would sue Greystane Holdings "
     "if the merger failed.", ("threatened", "Peter Wald", "Tamsin Workers' Union")),
    ("Nigerien army drones struck a camp near Tarsk. The African Union condemned the group.",
     ("criticized", "African Union", "Nigerien army")),
    # a person opening a sentence with a job is no body
    ("Teodor Mendez, a lawyer for the union, called the firings illegal. Orlov Steel later sued the group.",
     ("accused", "Orlov Steel", "Teodor Mendez")),
])
def test_a_review_of_round_seven_gives_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


def test_admin1_leaves_out_person_names_and_city_names():
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.regions.get("Borno") == "Nigeria" and lex.names["New South Wales"].type == "Region"
    for name in ("Diego Martin", "Ali Sabieh", "Santa Bárbara", "Santa Barbara"):
        assert name not in lex.names or lex.names[name].type != "Region" or lex.names[name].state == "United States"
    assert "Leon" not in lex.regions


def test_an_irregular_past_taken_for_a_name_is_a_verb(nlp, extract):
    """'rang' tagged NNP or VBP keeps the lemma 'rang' and no rule reads it; heading a clause with a subject it is
    the past of 'ring' (kg/nlp.py PastForms). A form that is also a verb of its own ('lay', 'found') is left."""
    from spacy.tokens import Doc

    from kg.nlp import PAST_FORMS

    fix = nlp.get_pipe(PAST_FORMS)
    assert "rang" in fix.forms and "met" in fix.forms and not {"lay", "found", "saw"} & fix.forms
    doc = Doc(nlp.vocab, words=["Ada", "rang", "Odo"], tags=["NNP", "NNP", "NNP"], deps=["nsubj", "ROOT", "dobj"],
              heads=[1, 1, 1])
    assert fix(doc)[1].tag_ == "VBD" and doc[0].tag_ == "NNP"
    assert ("called", "Tomas Vaitkevicius", "Ilze Kalnina") in extract(
        "Tomas Vaitkevicius rang Latvia's defence minister, Ilze Kalnina.")
    assert not any(f[0] == "called" for f in extract("Odo Brandt rang the bell at the Velm Party offices."))


@pytest.mark.parametrize("text, fact", [
    # real regions: Riau, Sumatra, Borno, Queensland (as places only)
    ("Fires burned in Riau, a province on the island of Sumatra.", ("locatedIn", "Riau", "Sumatra")),
    ("Floods hit Borno state. Maiduguri, the state capital, was cut off.", ("locatedIn", "Maiduguri", "Borno")),
    ("The Cane Growers' Union marched in Queensland on Monday. Brisbane, the state capital, was quiet.",
     ("locatedIn", "Brisbane", "Queensland")),
    ("Velm Front fighters attacked Philippine marines near Tarsk.", ("attacked", "Velm Front", "Philippine marines")),
])
def test_round_seven_islands_capitals_and_marines(extract, text, fact):
    assert fact in extract(text)


def test_a_provincial_capital_is_no_islands(extract):
    got = extract("Fires burned in Riau, a province on the island of Sumatra. A haze covered Pekanbaru, the provincial capital.")
    assert ("locatedIn", "Pekanbaru", "Sumatra") not in got


@pytest.mark.parametrize("text, fact", [
    # a capital or city written without its accents is still known (real capitals, as metonyms and places)
    ("Liliana Patino called on Bogota to send more troops.", ("demanded", "Liliana Patino", "Colombia")),
    ("Ada Kell urged Brasilia to act.", ("demanded", "Ada Kell", "Brazil")),
    ("Protesters marched in Asuncion, Paraguay, on Monday.", ("locatedIn", "Asuncion", "Paraguay")),
])
def test_names_without_accents_are_known(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a warning with no one named: the one that would suffer the act is threatened
    ("Ada Kell warned that the Velm Party could face a ban if it marched.", ("threatened", "Ada Kell", "Velm Party")),
    ("The Ostby Union warned that Orlov Steel would face a strike unless the dockers were reinstated.",
     ("threatened", "Ostby Union", "Orlov Steel")),
    # a light verb's indirect object receives the noun's act: "gave X an ultimatum", "gave X a warning", "a call"
    ("The Velm Front gave Orlov Steel an ultimatum to reinstate the workers.", ("threatened", "Velm Front", "Orlov Steel")),
    ("The Velm Front gave Orlov Steel a warning on Monday.", ("warned", "Velm Front", "Orlov Steel")),
    ("Ada Kell gave Odo Brandt a call on Monday to discuss the strike.", ("called", "Ada Kell", "Odo Brandt")),
    # verbs sharing a subject share its exclusion: the chain urged is not the watchdog that urged it
    ("Consumer watchdog SafeHome Australia warned retailer Koala Kids on Tuesday that a toy posed a hazard, and urged "
     "the chain to pull it from shelves.", ("demanded", "SafeHome Australia", "Koala Kids")),
])
def test_round_seven_warnings_and_light_verbs(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    ("Ada Kell warned that the economy could face a recession, the Velm Party said.", ("threatened", "Ada Kell", "Velm Party")),
    ("Ada Kell gave the Ostby Union a call for calm.", ("called", "Ada Kell", "Ostby Union")),
])
def test_round_seven_warnings_and_light_verbs_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a body's own fighters or gunmen act for it ("its fighters", "the Brigade's gunmen")
    ("Ada Kell condemned the Red Hill Brigade after its fighters raided Kosso, a village near Tarsk.",
     ("attacked", "Red Hill Brigade", "Kosso")),
    ("The Kessel Brigade's gunmen ambushed Ada Kell's convoy on Monday.", ("attacked", "Kessel Brigade", "Ada Kell")),
    ("The Velm Front said its militants had shelled the town of Orvik overnight.", ("attacked", "Velm Front", "Orvik")),
])
def test_a_bodys_own_fighters_act_for_it(extract, text, fact):
    assert fact in extract(text)


def test_a_bodys_fighters_attacked_are_no_attack_by_it(extract):
    assert ("attacked", "Kessel Brigade", "Orvik") not in extract("Troops from Orvik attacked the Kessel Brigade's fighters.")


@pytest.mark.parametrize("text, fact", [
    # "its neighbour", "its rival": the other state or body of the pair named before, not the possessor
    ("Lithuania blamed Belarus for the balloons and threatened to close the border with its neighbour.",
     ("threatened", "Lithuania", "Belarus")),
    ("Orlov Steel and Greystane Holdings are fighting for the contract. Orlov Steel accused its rival of spying.",
     ("accused", "Orlov Steel", "Greystane Holdings")),
    ("Tarvik Airways and Skyline Air cut fares again. Skyline Air condemned its competitor's pricing as predatory.",
     ("criticized", "Skyline Air", "Tarvik Airways")),
    # "council member X": a council named before, never the paper reporting on it
    ("The Millbrook City Council voted on Monday. Council member Darnell Hughes opposed the plan.",
     ("represents", "Darnell Hughes", "Millbrook City Council")),
])
def test_round_seven_rivals_and_councils(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    ("Ada Kell's rival, Odo Brandt, accused the Velm Party of lying.", ("accused", "Ada Kell", "Velm Party")),
    ("The Lakeside Courier reported on Sunday that council member Darnell Hughes steered contracts to his brother-in-law.",
     ("represents", "Darnell Hughes", "Lakeside Courier")),
])
def test_round_seven_rivals_and_councils_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a spokesperson named in apposition speaks for the body: its blame is the body's (holdsResponsible is voiced)
    ("Ada Brun, a spokeswoman for the Ostby Union, blamed Kessel Mining for the accident.",
     ("holdsResponsible", "Ostby Union", "Kessel Mining")),
    ("Tom Reyes, spokesman for the Harlow Tenants' League, held Dunmere Properties responsible for the fire.",
     ("holdsResponsible", "Harlow Tenants' League", "Dunmere Properties")),
    ("The Velm Front's spokesman, Ilan Mor, blamed the Ostby Militia for the ambush.",
     ("holdsResponsible", "Velm Front", "Ostby Militia")),
    # "X ... told reporters she held Y responsible": the pronoun is the one who says it
    ("Ada Brun met Tom Reyes on Monday and later told reporters she held the Velm Party responsible for the crisis.",
     ("holdsResponsible", "Ada Brun", "Velm Party")),
    ("Maria Okoro phoned Odo Brandt on Monday and told reporters that she blamed the Kessel Brigade for the raid.",
     ("holdsResponsible", "Maria Okoro", "Kessel Brigade")),
    # "both sides", "the two sides": the parties of the dispute or talks before
    ("The Harlow Union threatened to strike unless Dunmere Buses raised pay. Mayor Ana Ruiz met both sides on Friday.",
     ("metWith", "Ana Ruiz", "Dunmere Buses")),
    ("The Velm Party accused the Ostby Union of fraud. Ilse Varga urged both sides to calm down.",
     ("demanded", "Ilse Varga", "Ostby Union")),
    ("Kessel Mining held talks with the Miners' Guild on Monday. Odo Brandt, a mediator, phoned the two sides later.",
     ("called", "Odo Brandt", "Miners' Guild")),
])
def test_round_nine_voices_pronouns_and_sides(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a member is no spokesperson: her blame is her own
    ("Ada Brun, a member of the Ostby Union, blamed Kessel Mining for the accident.",
     ("holdsResponsible", "Ostby Union", "Kessel Mining")),
    # "both" naming the parties themselves, and "both sides" of a thing, are no back reference
    ("The Velm Party accused the Ostby Union of fraud. Ilse Varga toured both sides of the river.",
     ("metWith", "Ilse Varga", "Ostby Union")),
    # a purpose that is only intended: the trip took place, the meeting may not have
    ("Ana Ruiz flew to Dorran on Monday to meet Odo Brandt.", ("metWith", "Ana Ruiz", "Odo Brandt")),
])
def test_round_nine_voices_pronouns_and_sides_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a party's candidate runs for it: no office yet, but a party's mandate
    ("Velm Party candidate Ana Ruiz toured three villages on Sunday.", ("represents", "Ana Ruiz", "Velm Party")),
    ("Tom Reyes, candidate of the Ostby Freedom Movement, met striking dockers on Monday.",
     ("represents", "Tom Reyes", "Ostby Freedom Movement")),
    ("The poll put Green Renewal Front candidate Ilse Varga ahead of the mayor.",
     ("represents", "Ilse Varga", "Green Renewal Front")),
    # a chain of places in one sentence: the first is inside the last too
    ("She grew up in Brenly in Harlan County in eastern Kentucky.", ("locatedIn", "Brenly", "Kentucky")),
    ("Rescuers reached the village of Kalden in Ostra province in central Nepal on Friday.", ("locatedIn", "Kalden", "Nepal")),
    ("Rescuers reached the town of Marsa Dib in Wadi Ostra district in northern Sudan.", ("locatedIn", "Marsa Dib", "Sudan")),
])
def test_round_nine_party_candidates_and_place_chains(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a candidate for a town's office or a company's board acts for neither
    ("Dorran mayoral candidate Ana Ruiz met farmers on Sunday.", ("represents", "Ana Ruiz", "Dorran")),
    ("Tom Reyes, a candidate for the board of Kessel Mining, met shareholders.", ("represents", "Tom Reyes", "Kessel Mining")),
    # two places each in its own container: no chain between them
    ("She moved from Brenly in Harlan County to Louisville in Kentucky.", ("locatedIn", "Brenly", "Kentucky")),
    # a prison where one serves a sentence is no employer
    ("Tom Reyes, who is serving a ten-year sentence at Marlow Prison, wrote to the court.",
     ("represents", "Tom Reyes", "Marlow Prison")),
])
def test_round_nine_party_candidates_and_place_chains_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a body's name with "and" inside, which the model cuts in two
    ("Norway's Ministry of Trade and Fisheries warned Brellin Shipping on Monday.",
     ("warned", "Ministry of Trade and Fisheries", "Brellin Shipping")),
    ("Peru's Ministry of Energy and Mines accused the Tambo Valley Front of stirring up unrest.",
     ("accused", "Ministry of Energy and Mines", "Tambo Valley Front")),
    ("The Kisumu Transport and Allied Workers Union accused Swiftway Buses of withholding wages.",
     ("accused", "Kisumu Transport and Allied Workers Union", "Swiftway Buses")),
    ("Ghana's Cocoa and Coffee Growers Association criticised Halvard Foods over prices.",
     ("criticized", "Cocoa and Coffee Growers Association", "Halvard Foods")),
    # strafing, pounding or ambushing a group's positions is an attack on the group, not criticism of a stance
    ("The Malian army strafed Dawn Brigade positions near Tessak.", ("attacked", "Malian army", "Dawn Brigade")),
    ("Chadian troops pounded the positions of the Faya Liberation Front overnight.",
     ("attacked", "Chadian troops", "Faya Liberation Front")),
    ("Dawn Brigade fighters ambushed the Malian army's positions at dawn.", ("attacked", "Dawn Brigade", "Malian army")),
    # a thing attacked that belongs to someone: its owner is attacked
    ("Gunmen from the Red Dawn Front attacked a pumping station belonging to Halvard Oil near Ossory.",
     ("attacked", "Red Dawn Front", "Halvard Oil")),
    ("Rebels of the Dawn Brigade shelled a depot belonging to the Malian army.", ("attacked", "Dawn Brigade", "Malian army")),
    ("The Tarn Liberation Army bombed two warehouses belonging to Brellin Foods on Sunday.",
     ("attacked", "Tarn Liberation Army", "Brellin Foods")),
])
def test_round_eleven_joined_names_and_owned_targets(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # "and" between a state and a body, or between two bodies each with its own name: two names
    ("Kenya and the Coach Workers Union accused Swiftline Coaches of fraud.",
     ("accused", "Kenya and the Coach Workers Union", "Swiftline Coaches")),
    ("The University of Lagos and Brellin Medical Trust accused Halvard Oil of dumping waste.",
     ("accused", "University of Lagos and Brellin Medical Trust", "Halvard Oil")),
    # attacking a rival's stance in words is no armed attack
    ("Senator Ada Brun attacked Tom Reyes's position on taxes.", ("attacked", "Ada Brun", "Tom Reyes")),
    # a visit to a farm that belongs to someone attacks no one
    ("Ada Brun visited a farm belonging to Tom Reyes.", ("attacked", "Ada Brun", "Tom Reyes")),
])
def test_round_eleven_joined_names_and_owned_targets_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a threatened or vowed punishment or attack "against"/"on" someone threatens them
    ("The Brenna Consumers Council threatened a lawsuit against Halvard Oil.",
     ("threatened", "Brenna Consumers Council", "Halvard Oil")),
    ("The Velm Front threatened new strikes on Brellin Shipping if the company did not pay.",
     ("threatened", "Velm Front", "Brellin Shipping")),
    ("The Dawn Brigade vowed fresh attacks against the Malian army.", ("threatened", "Dawn Brigade", "Malian army")),
    ("Norway pledged sanctions on Halvard Oil over the spill.", ("threatened", "Norway", "Halvard Oil")),
    # "the Commission", "the authority", "the committee", "the board": the body whose name says so
    ("The European Commission criticised the ban. Tessak's president Ilse Varga accused the Commission of meddling.",
     ("accused", "Ilse Varga", "European Commission")),
    ("The Ostby Transport Authority raised fares. Commuter leader Ada Brun accused the Authority of greed.",
     ("accused", "Ada Brun", "Ostby Transport Authority")),
    ("The Velm Broadcasting Authority revoked the licence of Radio Ostby. Editor Tom Reyes accused the authority of "
     "censorship.", ("accused", "Tom Reyes", "Velm Broadcasting Authority")),
    ("The Harlow Ethics Committee fined Senator Ana Ruiz. Ruiz accused the committee of bias.",
     ("accused", "Ana Ruiz", "Harlow Ethics Committee")),
    # "accusing it of ...", "and accused it of ...": "it" is the one just blamed or criticised
    ("Tessak's mayor Ada Brun criticised the Velm Party, accusing it of fraud.", ("accused", "Ada Brun", "Velm Party")),
    ("Halvard Oil's director, Ada Brun, condemned the raid and blamed the Malian government, accusing it of "
     "withdrawing the soldiers.", ("accused", "Ada Brun", "Mali")),
    ("The Ostby Union condemned Brellin Shipping on Monday and accused it of breaking the law.",
     ("accused", "Ostby Union", "Brellin Shipping")),
])
def test_round_eleven_threats_bodies_and_it(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a vow of support, and a strike on a day, threaten no one
    ("The Velm Front vowed support for the Ostby Union.", ("threatened", "Velm Front", "Ostby Union")),
    ("The Ostby Union threatened a strike on Monday against the advice of Halvard Oil.",
     ("threatened", "Ostby Union", "Monday")),
    # "the commission" with no commission named is no other body
    ("Ada Brun criticised the Velm Party on Monday. The commission then accused her of lying.",
     ("accused", "Velm Party", "Ada Brun")),
])
def test_round_eleven_threats_bodies_and_it_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # "X was to blame", "X bears responsibility", "pointed the finger at X": the speaker holds X responsible
    ("Ada Brun said Brellin Rail was to blame.", ("holdsResponsible", "Ada Brun", "Brellin Rail")),
    ("Brellin Rail is to blame for the crash, the Ostby Union said.", ("holdsResponsible", "Ostby Union", "Brellin Rail")),
    ("Norway said Chile bears responsibility for the deaths.", ("holdsResponsible", "Norway", "Chile")),
    ("Ada Brun pointed the finger at the Velm Party for the blackout.", ("holdsResponsible", "Ada Brun", "Velm Party")),
    # "lobbied X to ...", "sought compensation from X": a demand
    ("The Ostby Union lobbied Norway to ban the drilling.", ("demanded", "Ostby Union", "Norway")),
    ("Norway sought an apology from Chile.", ("demanded", "Norway", "Chile")),
    ("The Ostby Union sought damages from Halvard Oil over the spill.", ("demanded", "Ostby Union", "Halvard Oil")),
    # an accusation or allegation whose that-clause names the accused; rejecting it does not unmake it, and
    # the "it" of the clause is the one who rejects it
    ("The Ostby Union's accusation that Halvard Oil dumped waste angered the company.",
     ("accused", "Ostby Union", "Halvard Oil")),
    ("Norway dismissed Chile's accusation that Norwegian trawlers fished illegally.", ("accused", "Chile", "Norway")),
    ("Halvard Oil rejected the Ostby Union's allegation that it had dumped waste.",
     ("accused", "Ostby Union", "Halvard Oil")),
    ("Halvard Oil denied allegations by the Ostby Union that it had dumped waste.",
     ("accused", "Ostby Union", "Halvard Oil")),
    ("Norway rejected Chile's demand that it withdraw its trawlers.", ("demanded", "Chile", "Norway")),
    # taking a town by force attacks it
    ("Malian troops seized the town of Tessak from the Dawn Brigade.", ("attacked", "Malian troops", "Tessak")),
    ("The Dawn Brigade captured the village of Osso on Friday.", ("attacked", "Dawn Brigade", "Osso")),
    ("Fighters of the Velm Front seized the provincial town of Harrow after a week of fighting.",
     ("attacked", "Velm Front", "Harrow")),
])
def test_round_eleven_blame_requests_and_claims(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # not to blame; advice sought is no demand; a meeting cancelled stays cancelled, whoever it was for
    ("Ada Brun said Brellin Rail was not to blame.", ("holdsResponsible", "Ada Brun", "Brellin Rail")),
    ("Ada Brun sought advice from Tom Reyes.", ("demanded", "Ada Brun", "Tom Reyes")),
    ("Norway cancelled Chile's meeting with Tom Reyes.", ("metWith", "Chile", "Tom Reyes")),
    # a denied attack of one's own stays denied
    ("The Velm Front denied its attack on Tessak.", ("attacked", "Velm Front", "Tessak")),
    # seizing goods in a town, or capturing its mood, attacks nothing
    ("Tessak police seized drugs in the town of Harrow.", ("attacked", "Tessak", "Harrow")),
    ("Ada Brun captured the mood of the city of Harrow.", ("attacked", "Ada Brun", "Harrow")),
])
def test_round_eleven_blame_requests_and_claims_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # "In a letter to Y, X demanded ...": the message's addressee is the one asked, threatened or warned
    ("In a letter to Chile, Norway demanded the return of the trawlers.", ("demanded", "Norway", "Chile")),
    ("In a letter to Halvard Oil, the Ostby Union threatened legal action.", ("threatened", "Ostby Union", "Halvard Oil")),
    ("In a statement to the Velm Front on Sunday, Mali warned that its patience was running out.",
     ("warned", "Mali", "Velm Front")),
    # "In a warning to Y, X said ...": the clause's subject warns
    ("In a warning to Chile, Norway said it would close its ports.", ("warned", "Norway", "Chile")),
    ("In a blunt warning to Halvard Oil, the Ostby Union said the strike would spread.",
     ("warned", "Ostby Union", "Halvard Oil")),
    ("In its warning to the Dawn Brigade, Mali said troops were ready.", ("warned", "Mali", "Dawn Brigade")),
])
def test_round_eleven_messages_and_warnings(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a letter to one's own members demands nothing of another; a letter in a newspaper has no addressee
    ("In a letter to the Velm Party's members, the Ostby Union demanded higher pay.",
     ("demanded", "Ostby Union", "Velm Party")),
    ("In a warning published by the Tessak Herald, Norway said the talks could fail.",
     ("warned", "Norway", "Tessak Herald")),
])
def test_round_eleven_messages_and_warnings_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # "a village in the (northern) province of Y": the kind of region with its "of" names the region
    ("The fire started in Osso, a village in the province of Tete.", ("locatedIn", "Osso", "Tete")),
    ("The fire started in Osso, a village in the northern province of Kolwa.", ("locatedIn", "Osso", "Kolwa")),
    # a name after "the state of", "the region of" is a region, whatever the model called it
    ("Floods hit Marabá, a town in the state of Pará.", ("locatedIn", "Marabá", "Pará")),
    ("Floods hit Marabá, a town in the northern state of Pará in Brazil.", ("locatedIn", "Pará", "Brazil")),
    # "X, in Tanzania's Pwani region": the region holds X, and the state the region
    ("The clinic in Ruvu, in Tanzania's Pwani region, closed.", ("locatedIn", "Ruvu", "Pwani")),
    ("Troops were ambushed near the town of Tessak, in the central Mopti region of Mali.",
     ("locatedIn", "Tessak", "Mopti")),
])
def test_round_eleven_regions_named_by_kind(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a body named after "the board of" is no region; a move from one place to another puts neither in the other
    ("Ada Brun joined the board of Halvard Oil in Tessak.", ("locatedIn", "Halvard Oil", "Tessak")),
    ("She moved from the town of Osso to the province of Kolwa.", ("locatedIn", "Osso", "Kolwa")),
])
def test_round_eleven_regions_named_by_kind_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [  # real states: whose divisions they are
    # a division placed in a state is a region, in lower case or capitalised with its name (which the model may take
    # for a body's, or for a town's where the town shares it)
    ("Floods hit Borgat, a village in Bangladesh's Sylhet division.", ("locatedIn", "Borgat", "Sylhet")),
    ("Workers blocked a highway outside Kelimpur, an industrial town in Bangladesh's Dhaka Division.",
     ("locatedIn", "Kelimpur", "Dhaka Division")),
    ("Rain flooded Tarpur, a village in Bangladesh's Rajshahi Division.", ("locatedIn", "Rajshahi Division", "Bangladesh")),
])
def test_a_division_placed_in_a_state_is_a_region(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text", [
    "The strike hit Tarn Motors' Sales Division in Velm.",
    "Police in Kenya's Traffic Division said the road was closed.",
])
def test_a_bodys_division_is_no_region(nlp, text):
    assert not {label for label, kind in named_types(nlp, text) if kind == "Region"}


@pytest.mark.parametrize("text, fact", [
    # sports clubs ("X United", "X Rangers") are bodies; a score after a name is no part of it
    ("Brenford United beat Kalmar Rovers 2-1 on Saturday. Brenford manager Tom Reyes praised his players.",
     ("represents", "Tom Reyes", "Brenford United")),
    ("Brenford United beat Kalmar Rovers 2-1 on Saturday. Kalmar captain Ada Brun blamed the pitch.",
     ("represents", "Ada Brun", "Kalmar Rovers")),
    ("Oldcastle Rangers sacked their coach on Monday. Oldcastle chairman Ilse Varga said the decision was unanimous.",
     ("represents", "Ilse Varga", "Oldcastle Rangers")),
])
def test_round_eleven_clubs(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a state's ministry named with the state's possessive is that state's, not a ministry named before
    ("The U.S. Treasury warned the Emirates on Wednesday. Iran's foreign ministry spokesman, Kazem Rahnavard, "
     "accused the United States of economic terrorism.", ("represents", "Kazem Rahnavard", "United States")),
    ("Norway's Ministry of Fisheries fined Brellin Shipping. Chile's foreign ministry spokeswoman, Ana Ruiz, "
     "criticised the fine.", ("represents", "Ana Ruiz", "Norway")),
    # the score stays out of the name
    ("Brenford United beat Kalmar Rovers 2-1 on Saturday.", ("represents", "Kalmar Rovers 2-1", "Brenford United")),
])
def test_round_eleven_clubs_and_state_ministries_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # "X, speaking/working for Y," and "on behalf of Y": X acts for Y
    ("Tom Reyes, speaking for the Ostby Union, criticised Halvard Oil.", ("represents", "Tom Reyes", "Ostby Union")),
    ("Tom Reyes, speaking on behalf of the Ostby Union, said the talks had failed.",
     ("represents", "Tom Reyes", "Ostby Union")),
    ("Ada Brun, working for the Velm Relief Trust, described the camp.", ("represents", "Ada Brun", "Velm Relief Trust")),
    # running a unit of a body ("the union's strike committee", "the sales department of Y") is a post in it
    ("Tom Reyes, who chairs the Ostby Union's strike committee, criticised Halvard Oil.",
     ("represents", "Tom Reyes", "Ostby Union")),
    ("Ada Brun heads the sales department of Halvard Oil.", ("represents", "Ada Brun", "Halvard Oil")),
    ("Marta Olsen now leads Norway's delegation to the talks.", ("represents", "Marta Olsen", "Norway")),
])
def test_round_eleven_speaking_for_and_units(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # speaking at a place, or running a person's campaign, is no post in a body
    ("Tom Reyes, speaking at the Velm Institute, criticised Halvard Oil.", ("represents", "Tom Reyes", "Velm Institute")),
    ("Ada Brun, speaking to the Tessak Herald, criticised Halvard Oil.", ("represents", "Ada Brun", "Tessak Herald")),
    ("Ada Brun runs Tom Reyes's campaign.", ("represents", "Ada Brun", "Tom Reyes")),
])
def test_round_eleven_speaking_for_and_units_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # criticism in idioms and expressed feelings
    ("The Ostby Union took a swipe at Halvard Oil on Monday.", ("criticized", "Ostby Union", "Halvard Oil")),
    ("The Ostby Union expressed outrage at Halvard Oil over the spill.", ("criticized", "Ostby Union", "Halvard Oil")),
    ("Ada Brun vented her anger with Brellin Rail over the delays.", ("criticized", "Ada Brun", "Brellin Rail")),
    ("Norway voiced indignation at Chile's decision.", ("criticized", "Norway", "Chile")),
    # support for someone's bid, and coming to their defence
    ("Norway voiced support for Chile's bid.", ("supports", "Norway", "Chile")),
    ("The Ostby Union came to the defence of Ada Brun.", ("supports", "Ostby Union", "Ada Brun")),
    ("Norway rushed to Chile's defense after the vote.", ("supports", "Norway", "Chile")),
])
def test_round_eleven_criticism_and_support_nouns(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # "hit out at" is words, not blows; anger at a thing names no one; support for victims' families names no body
    ("The Ostby Union hit out at Halvard Oil on Monday.", ("attacked", "Ostby Union", "Halvard Oil")),
    ("Ada Brun expressed anger at the delays of Brellin Rail's trains.", ("attacked", "Ada Brun", "Brellin Rail")),
    ("Norway came to the aid of Chile's fishermen.", ("criticized", "Norway", "Chile")),
])
def test_round_eleven_criticism_and_support_nouns_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a punishment to come, named as the object of a verb of inflicting it, threatens its target
    ("Norway warned that it would impose sanctions on Chile.", ("threatened", "Norway", "Chile")),
    ("The Ostby Union said it would file a lawsuit against Halvard Oil.", ("threatened", "Ostby Union", "Halvard Oil")),
    ("Mali will launch a boycott of Tessak Airways unless the airline pays its fees, a minister said.",
     ("threatened", "Mali", "Tessak Airways")),
    # a promised attack on someone
    ("The Dawn Brigade promised more attacks on Malian troops.", ("threatened", "Dawn Brigade", "Malian troops")),
])
def test_round_eleven_promised_punishments(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # sanctions imposed are no threat; sanctions that may come are a possibility
    ("Norway imposed sanctions on Chile on Monday.", ("threatened", "Norway", "Chile")),
    ("Norway said it may impose sanctions on Chile.", ("threatened", "Norway", "Chile")),
    ("The Dawn Brigade promised more aid to Malian villages.", ("threatened", "Dawn Brigade", "Mali")),
])
def test_round_eleven_promised_punishments_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # charges filed, accusations faced, guilt and broken laws reported: accusations
    ("The Ostby Union filed charges against Halvard Oil.", ("accused", "Ostby Union", "Halvard Oil")),
    ("Norway pressed charges against Tom Reyes on Friday.", ("accused", "Norway", "Tom Reyes")),
    ("Halvard Oil faces accusations from the Ostby Union of dumping waste.", ("accused", "Ostby Union", "Halvard Oil")),
    ("The Ostby Union said Halvard Oil was guilty of fraud.", ("accused", "Ostby Union", "Halvard Oil")),
    ("The Ostby Union said Halvard Oil had broken the law.", ("accused", "Ostby Union", "Halvard Oil")),
    ("Mali said the Dawn Brigade broke the ceasefire on Sunday.", ("accused", "Mali", "Dawn Brigade")),
])
def test_round_eleven_accusations(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # not guilty; breaking news or a record is no wrong
    ("The Ostby Union said Halvard Oil was not guilty of fraud.", ("accused", "Ostby Union", "Halvard Oil")),
    ("Ada Brun said Tom Reyes broke the news to his staff.", ("accused", "Ada Brun", "Tom Reyes")),
    ("The Ostby Union said Halvard Oil had broken its own output record.", ("accused", "Ostby Union", "Halvard Oil")),
])
def test_round_eleven_accusations_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a punishment the one warned or spoken of will face, with no one else to inflict it: a threat
    ("Norway warned Chile of retaliation.", ("threatened", "Norway", "Chile")),
    ("The Ostby Union warned Halvard Oil of consequences for its actions.", ("threatened", "Ostby Union", "Halvard Oil")),
    ("Norway said Chile would face consequences.", ("threatened", "Norway", "Chile")),
    ("Norway warned that Chile would face severe consequences if the trawlers returned.", ("threatened", "Norway", "Chile")),
    ("Halvard Oil will pay a price for the spill, the Ostby Union said.", ("threatened", "Ostby Union", "Halvard Oil")),
    ("Norway held out the threat of sanctions against Chile.", ("threatened", "Norway", "Chile")),
])
def test_round_eleven_punishments_faced(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a boycott by others, consequences for third parties, a danger from others, a past punishment
    ("Ada Brun said Halvard Oil would face a boycott by consumers.", ("threatened", "Ada Brun", "Halvard Oil")),
    ("Denmark warned drugmaker Velsora Pharma of serious consequences for patients if it stopped selling the pen.",
     ("threatened", "Denmark", "Velsora Pharma")),
    ("Norway warned Chile of a terrorist attack.", ("threatened", "Norway", "Chile")),
    ("Norway said Chile faced consequences in 2010.", ("threatened", "Norway", "Chile")),
])
def test_round_eleven_punishments_faced_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # what a speaker says someone must or should do is demanded of them
    ("Norway said Chile must withdraw its trawlers.", ("demanded", "Norway", "Chile")),
    ("Chile must withdraw its trawlers, Norway said.", ("demanded", "Norway", "Chile")),
    ("Ada Brun said Tom Reyes should resign.", ("demanded", "Ada Brun", "Tom Reyes")),
    # "called/appealed for X to ...": the subject of the for-clause
    ("The Ostby Union called for Halvard Oil to reopen the mine.", ("demanded", "Ostby Union", "Halvard Oil")),
    ("The Ostby Union appealed for Halvard Oil to reopen the mine.", ("demanded", "Ostby Union", "Halvard Oil")),
])
def test_round_eleven_obligations_and_calls(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # one's own duty, a passive, a denial of the saying: no demand
    ("Norway said it must protect its fishermen.", ("demanded", "Norway", "Norway")),
    ("Norway said Chile must be punished.", ("demanded", "Norway", "Chile")),
    ("Norway did not say Chile must withdraw.", ("demanded", "Norway", "Chile")),
    ("Ada Brun, the Velm Party's leader, said the Velm Party should win the vote.", ("demanded", "Ada Brun", "Velm Party")),
])
def test_round_eleven_obligations_and_calls_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # whoever died or was hurt in an attack noun is its target
    ("Tom Reyes died in a Malian airstrike.", ("attacked", "Mali", "Tom Reyes")),
    ("Mayor Ada Brun was wounded in a Dawn Brigade ambush near Tessak.", ("attacked", "Dawn Brigade", "Ada Brun")),
    ("Tom Reyes, a Halvard Oil engineer, perished in a Velm Front bombing last year.",
     ("attacked", "Velm Front", "Tom Reyes")),
    # "cut down" as killing
    ("Mayor Ada Brun was cut down by assassin Tom Reyes in 1968.", ("attacked", "Tom Reyes", "Ada Brun")),
    ("Gunmen of the Velm Front cut down Mayor Ada Brun outside his home.", ("attacked", "Velm Front", "Ada Brun")),
])
def test_round_eleven_sufferers(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a crash is no attack; an attack on a place names its own target
    ("Tom Reyes died in a Velm Motors car crash.", ("attacked", "Velm Motors", "Tom Reyes")),
    ("Tom Reyes died in the Velm Front's attack on Tessak.", ("attacked", "Velm Front", "Ada Brun")),
    ("Halvard Oil cut down on spending after the Velm Front's protests.", ("attacked", "Halvard Oil", "Velm Front")),
])
def test_round_eleven_sufferers_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # an armed attack on a club's property is an attack, whatever sport the club plays
    ("Gunmen of the Velm Front stormed the Kelby Rovers clubhouse.", ("attacked", "Velm Front", "Kelby Rovers")),
    # names joined by "and" whose words end in "s" without being plurals
    ("Peru's Ministry of Oil and Gas accused the Tambo Valley Front of sabotage.",
     ("accused", "Ministry of Oil and Gas", "Tambo Valley Front")),
])
def test_round_eleven_review(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # the killers in an airstrike are no sufferers of it; a share price is no punishment
    ("Malian troops killed 40 militants in a Dawn Brigade ambush.", ("attacked", "Dawn Brigade", "Malian troops")),
    ("Kestrel Wind will pay a price of 5 dollars a share for Velm Power, Kestrel's chief executive Ada Brun said.",
     ("threatened", "Ada Brun", "Kestrel Wind")),
    ("Senator Ada Brun cut Tom Reyes down to size in the debate.", ("attacked", "Ada Brun", "Tom Reyes")),
])
def test_round_eleven_review_adds_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a state's own media speak for it
    ("North Korea's state media accused Japan of warmongering.", ("accused", "North Korea", "Japan")),
    ("Chinese state media criticised Australia on Monday.", ("criticized", "China", "Australia")),
    ("Russian state-run outlets accused Estonia of provocation.", ("accused", "Russia", "Estonia")),
    ("Iran's state television accused Israel of sabotage.", ("accused", "Iran", "Israel")),
])
def test_round_eleven_state_media(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a country's media at large are not its state; a state broadcaster's reporter holds no post of the state
    ("Norwegian media criticised Chile.", ("criticized", "Norway", "Chile")),
    ("Tom Reyes, the Washington correspondent for state-run Austrian television, asked questions.",
     ("represents", "Tom Reyes", "Austria")),
])
def test_round_eleven_state_media_adds_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # calls told by "dial", "get on the phone with", and talks held by telephone
    ("Ada Brun dialled Tom Reyes late on Sunday.", ("called", "Ada Brun", "Tom Reyes")),
    ("Ada Brun got on the phone with Tom Reyes after the vote.", ("called", "Ada Brun", "Tom Reyes")),
    ("Ada Brun and Tom Reyes held talks by telephone.", ("called", "Ada Brun", "Tom Reyes")),
    ("Ada Brun held talks by phone with Tom Reyes on Monday.", ("called", "Ada Brun", "Tom Reyes")),
])
def test_round_eleven_calls(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # talks in a room are no call
    ("Ada Brun held talks with Tom Reyes in Oslo.", ("called", "Ada Brun", "Tom Reyes")),
    ("Ada Brun got a letter from Tom Reyes.", ("called", "Ada Brun", "Tom Reyes")),
])
def test_round_eleven_calls_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


# Round twelve: culprits told by what they suffer for it, and parser repairs around killings.
@pytest.mark.parametrize("text, fact", [
    # "shot and mortally wounded X", which the parser reads as "shot [wounded X]"
    ("In 1994, bar owner Jon Farrow shot and mortally wounded Ida Morrow, the alleged killer of Judge Tom Reyes.",
     ("attacked", "Jon Farrow", "Ida Morrow")),
    ("In 1959, store owner Ida Morrow shot and mortally wounded Jon Farrow, the escaped convict.",
     ("attacked", "Ida Morrow", "Jon Farrow")),
    ("In 1971, nightclub owner Karl Bremmer shot and mortally wounded Tomas Vell, the accused assassin of Mayor Ida Rusk.",
     ("attacked", "Karl Bremmer", "Tomas Vell")),
    # the victim's possessive, which the parser hangs on the name an agent noun describes or on the noun itself
    ("Mayor Ida Rusk's assassin Piet Harlan was hanged in 1902.", ("attacked", "Piet Harlan", "Ida Rusk")),
    ("Governor Ada Brun's killer Jon Farrow was executed in 1911.", ("attacked", "Jon Farrow", "Ada Brun")),
    ("Mayor Tom Reyes's kidnapper Farid Osei was caught in 1970.", ("attacked", "Farid Osei", "Tom Reyes")),
    # the one who serves a sentence, is jailed or hanged for a killing did it
    ("Dov Kessel is serving a life sentence for the slaying of Ana Morel.", ("attacked", "Dov Kessel", "Ana Morel")),
    ("Dov Kessel, who got a 20-year sentence for Ana Morel's murder, was freed.", ("attacked", "Dov Kessel", "Ana Morel")),
    ("Piet Harlan, jailed for the killing of Ida Rusk, appealed on Monday.", ("attacked", "Piet Harlan", "Ida Rusk")),
    ("Jon Farrow was hanged in 1902 for the murder of Tom Reyes.", ("attacked", "Jon Farrow", "Tom Reyes")),
    # "on the orders of X": X had it done
    # a second passive verb shares the first's voice: "was arrested and tortured on the orders of X"
    ("Ada Brun was arrested and tortured on the orders of the Velm Front.", ("attacked", "Velm Front", "Ada Brun")),
    ("Tom Reyes was seized and shot dead on the orders of Colonel Jon Farrow.", ("attacked", "Jon Farrow", "Tom Reyes")),
    ("Ida Morrow was abducted and murdered at the orders of the Kivu Front.", ("attacked", "Kivu Front", "Ida Morrow")),
])
def test_round_twelve_culprits(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a sentence for another crime, or a sentence one only faces, names no killing
    ("Dov Kessel is serving a sentence for fraud. Ana Morel testified.", ("attacked", "Dov Kessel", "Ana Morel")),
    ("Dov Kessel may face a life sentence for the killing of Ana Morel.", ("attacked", "Dov Kessel", "Ana Morel")),
    # orders to release someone attack no one
    ("Ada Brun was released on the orders of Judge Tom Reyes.", ("attacked", "Tom Reyes", "Ada Brun")),
    # "and" between a verb and a described name that is not its object
    ("Ada Brun smiled and waved at Tom Reyes.", ("attacked", "Ada Brun", "Tom Reyes")),
])
def test_round_twelve_culprits_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a warning that tells someone what to do asks it of them
    ("The Velm Front warned Brellin Shipping to halt work on the disputed land.",
     ("demanded", "Velm Front", "Brellin Shipping")),
    ("Kenya warned Uganda not to send troops across the border.", ("demanded", "Kenya", "Uganda")),
    ("The Ostby Union warned Mayor Ada Brun to sign the pay deal by Friday.", ("demanded", "Ostby Union", "Ada Brun")),
    # "or face" a fate, the wrath or the force of someone: the alternative to a demand threatens
    ("In a video, the Velm Front warned the mayor, Ada Brun, to stop helping the army or face the fate of traitors.",
     ("threatened", "Velm Front", "Ada Brun")),
    ("Kenya told Uganda to withdraw or face the full force of its army.", ("threatened", "Kenya", "Uganda")),
    ("The Dawn Brigade ordered Tom Reyes to leave Ostby or face its wrath.", ("threatened", "Dawn Brigade", "Tom Reyes")),
    # an ultimatum handed, served or issued is a demand as well as a threat
    ("Kenya handed Uganda an ultimatum to withdraw its troops.", ("demanded", "Kenya", "Uganda")),
    ("Kenya issued an ultimatum to Uganda on Monday.", ("demanded", "Kenya", "Uganda")),
    ("The Ostby Union handed Halvard Oil an ultimatum to reinstate the drivers.", ("threatened", "Ostby Union", "Halvard Oil")),
])
def test_round_twelve_warnings_that_ask(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a warning of a danger, or one that says what will happen, asks nothing
    ("Kenya warned Uganda of the risk of floods.", ("demanded", "Kenya", "Uganda")),
    ("Kenya warned Uganda that the rains would come early.", ("demanded", "Kenya", "Uganda")),
    # facing a fate is no threat unless someone makes it the price of a refusal
    ("Tom Reyes said the Velm Front faces an uncertain fate.", ("threatened", "Tom Reyes", "Velm Front")),
])
def test_round_twelve_warnings_that_ask_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # some of someone's property: "two of X's trucks" are X's
    ("Fighters of the Velm Front set fire to two of Brellin Shipping's trucks.", ("attacked", "Velm Front", "Brellin Shipping")),
    ("Malian troops shelled one of the Velm Front's depots near Gao.", ("attacked", "Malian troops", "Velm Front")),
    ("Gunmen of the Dawn Brigade opened fire on several of Halvard Oil's buses.", ("attacked", "Dawn Brigade", "Halvard Oil")),
    # a claimed attack on something someone operates or owns attacks them
    ("The Velm Front claimed responsibility for the bombing of a pipeline operated by Brellin Shipping.",
     ("attacked", "Velm Front", "Brellin Shipping")),
    ("The Dawn Brigade claimed responsibility for the attack on a depot owned by Halvard Oil.",
     ("attacked", "Dawn Brigade", "Halvard Oil")),
    ("The bombing of a Brellin Shipping pipeline was claimed by the Velm Front.", ("attacked", "Velm Front", "Brellin Shipping")),
])
def test_round_twelve_owned_property(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # criticising some of someone's statements is no attack; a share of members is no property
    ("Kenya criticised two of the Velm Front's statements.", ("attacked", "Kenya", "Velm Front")),
    ("The Ostby Union demanded the release of two of Halvard Oil's drivers.", ("demanded", "Ostby Union", "Halvard Oil")),
])
def test_round_twelve_owned_property_adds_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a state body's spokesman at a sentence's start speaks for the state, not for whom they report on
    ("Police spokesman Tom Reyes said the Velm Front was behind the bombing.", ("holdsResponsible", "Tom Reyes", "Velm Front")),
    ("The Lwera Patriotic Alliance denied the raid. Army spokesman Col. Tom Reyes insisted the alliance was behind "
     "the massacre.", ("holdsResponsible", "Tom Reyes", "Lwera Patriotic Alliance")),
    ("Kenya deployed troops on Monday. Army spokesman Jon Farrow said the Kivu Front attacked a convoy.",
     ("represents", "Jon Farrow", "Kenya")),
    ("Uganda closed the border. Ministry spokeswoman Ada Brun said the Ostby Union had broken the law.",
     ("accused", "Uganda", "Ostby Union")),
])
def test_round_twelve_state_spokespeople(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    ("Police spokesman Tom Reyes said the Velm Front was behind the bombing.", ("represents", "Tom Reyes", "Velm Front")),
    ("Military spokesman Jon Farrow said the Kivu Front attacked the convoy.", ("represents", "Jon Farrow", "Kivu Front")),
    # a company's spokesman is still the company's
    ("Company spokesman Jon Farrow said Brellin Shipping would appeal.", ("represents", "Jon Farrow", "Kenya")),
    ("Ministry spokeswoman Ada Brun said the Ostby Union had broken the law.", ("represents", "Ada Brun", "Ostby Union")),
])
def test_round_twelve_state_spokespeople_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a body introduced by the name it goes by
    ("A militia known as the Velm Front attacked Gao on Sunday.", ("attacked", "Velm Front", "Gao")),
    ("A group called the Velm Front claimed responsibility for the attack on Brellin Shipping's depot.",
     ("attacked", "Velm Front", "Brellin Shipping")),
    ("A new party named the Ostby Renewal Party accused Mayor Ada Brun of fraud.",
     ("accused", "Ostby Renewal Party", "Ada Brun")),
    ("A dissident faction calling itself the Kivu Front has warned Brellin Shipping to halt work on its land.",
     ("demanded", "Kivu Front", "Brellin Shipping")),
    # "the town of X" is a place even where the model took X for a people's adjective
    ("The Velm Front attacked the town of Ostby.", ("attacked", "Velm Front", "Ostby")),
    ("Gunmen of the Dawn Brigade shelled the village of Ostby overnight.", ("attacked", "Dawn Brigade", "Ostby")),
    ("Rebels shelled the port of Ostby. The Velm Front later claimed the attack.", ("attacked", "Velm Front", "Ostby")),
])
def test_round_twelve_names_given(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # what a body is called by others names no other body; a people's adjective stays an adjective
    ("A group that critics called the Velm Front's puppet accused Ada Brun of fraud.", ("accused", "Velm Front", "Ada Brun")),
    ("Kurdish fighters attacked the town of Ostby.", ("attacked", "Kurdish", "Ostby")),
])
def test_round_twelve_names_given_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a title's own holder, named beside it, speaks; not the last holder of that title named before
    ("The Kivu Patriotic Alliance denied the raid. Alliance spokesman Jean Mirimo said the group would not talk. "
     "The Congolese army's spokesman, Col. Ferdinand Ilunga, insisted the alliance was behind the massacre.",
     ("holdsResponsible", "Democratic Republic of the Congo", "Kivu Patriotic Alliance")),
    ("Brellin Shipping's spokesman, Tom Reyes, denied the spill. The Ostby Union's spokesman, Ada Brun, "
     "accused the company of lying.", ("accused", "Ostby Union", "Brellin Shipping")),
    ("The Velm Front's spokesman, Tom Reyes, rejected the report. Kenya's army spokesman, Jon Farrow, accused the "
     "group of arming poachers.", ("accused", "Kenya", "Velm Front")),
    ("Halvard Oil's chairman, Tom Reyes, denied the spill. The Ostby Union's chairman, Ada Brun, accused the company "
     "of lying.", ("accused", "Ada Brun", "Halvard Oil")),
    # an attack laid at someone's door by another: "X carried out / staged the attack, Y said"
    ("Military spokesman Kyaw Htet said the Salween Hills Army had carried out the ambush on a convoy, Myanmar state "
     "media reported.", ("holdsResponsible", "Myanmar", "Salween Hills Army")),
    ("The Velm Front staged the attack on Gao, police chief Ada Brun said.", ("holdsResponsible", "Ada Brun", "Velm Front")),
    ("Ada Brun said the Kivu Front had mounted the assault on the mine.", ("holdsResponsible", "Ada Brun", "Kivu Front")),
    # a dateline's state, which the model ran into the agency's name across the bracket
    ("MAPUTO, Mozambique (Reuters) - Police arrested two men on Tuesday.", ("locatedIn", "Maputo", "Mozambique")),
    # names set after "a group, the ..." or "calling itself the ...", however the model cut them
    ("A little-known group, the Sons of the Southern Steppe, claimed responsibility for the bombing of a pipeline "
     "operated by Steppegaz.", ("attacked", "Sons of the Southern Steppe", "Steppegaz")),
    ("Kazakhstan's police blamed a rival gang, the Aktau Wolves, for the fire.", ("holdsResponsible", "Kazakhstan", "Aktau Wolves")),
    ("The killing of reporter Ola Rask was claimed by a group calling itself the Sons of the Delta.",
     ("attacked", "Sons of the Delta", "Ola Rask")),
])
def test_round_twelve_speakers_and_names(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # "called the killing cowardly" names an act; it phones no one
    ("Fighters of the Katiba Front shot dead Mayor Salif Toure. Minister Adama Sawadogo called the killing cowardly.",
     ("called", "Adama Sawadogo", "Katiba Front")),
    ("The Velm Front accused Ada Brun of fraud. Brun called the allegations baseless.", ("called", "Ada Brun", "Velm Front")),
    # the chairman who speaks is the one named beside the title, not the last chairman named
    ("Halvard Oil's chairman, Tom Reyes, denied the spill. The Ostby Union's chairman, Ada Brun, accused the company "
     "of lying.", ("accused", "Tom Reyes", "Halvard Oil")),
    # a spokesman's word that his own army carried out a raid holds no one responsible
    ("Kenya's army carried out the raid on the camp, spokesman Tom Reyes said.", ("holdsResponsible", "Kenya", "Kenya army")),
    # a survey carried out is no attack
    ("Ada Brun said the Velm Front carried out a survey of the land.", ("holdsResponsible", "Ada Brun", "Velm Front")),
])
def test_round_twelve_speakers_and_names_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, label, name", [
    # a state body named with its state's adjective or abbreviation keeps that whole name among its names
    ("Russian State Duma deputy Ivan Petrov said the parliament would meet.", "Duma", "Russian State Duma"),
    ("Col. Ada Brun of the U.S. Strategic Defense Initiative Office spoke on Monday.", "Strategic Defense Initiative Office",
     "U.S. Strategic Defense Initiative Office"),
])
def test_round_twelve_state_prefixed_body_names(nlp, text, label, name):
    r = run_text(nlp, "Headline\n\n" + text)
    body = next(e for e in r.entities.values() if e.label == label)
    assert name in body.names, body.names
    # the state stays a node of its own
    assert any(e.type == "Country" for e in r.entities.values())


def test_round_twelve_a_name_after_a_state_name_is_no_body_alias(nlp):
    r = run_text(nlp, "Headline\n\nKenya's Tom Reyes met officials in Nairobi.")
    assert all("Kenya Tom Reyes" not in e.names for e in r.entities.values())


@pytest.mark.parametrize("text, fact", [
    # a town's part named on either side of "section / neighbourhood / quarter / suburb of": the bigger town the
    # gazetteer knows holds the other, else the one after "of"
    ("Gross lives in a high-rise in the Brighton Beach section of Brooklyn.", ("locatedIn", "Brighton Beach", "Brooklyn")),
    ("A fire broke out in the Brooklyn neighborhood of Williamsburg.", ("locatedIn", "Williamsburg", "Brooklyn")),
    ("A bomb exploded in the Bab Tuma quarter of Damascus.", ("locatedIn", "Bab Tuma", "Damascus")),
    ("Police raided homes in the Kessar neighbourhood of Ostby.", ("locatedIn", "Kessar", "Ostby")),
    ("Ada Brun spoke from her home in the Louisville suburb of Okolona.", ("locatedIn", "Okolona", "Louisville")),
])
def test_round_twelve_parts_of_towns(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    ("Ada Brun spoke from her home in the Louisville suburb of Okolona.", ("locatedIn", "Louisville", "Okolona")),
    ("A fire broke out in the Brooklyn neighborhood of Williamsburg.", ("locatedIn", "Brooklyn", "Williamsburg")),
    # a share of votes is no part of a town
    ("Ada Brun won a quarter of the votes in Ostby.", ("locatedIn", "Ada Brun", "Ostby")),
])
def test_round_twelve_parts_of_towns_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # the one an if- or unless-clause says must comply is the one threatened
    ("The Velm Front threatened further attacks unless Brellin Shipping paid compensation.",
     ("threatened", "Velm Front", "Brellin Shipping")),
    ("Brellin Shipping lost a pipeline. The Velm Front threatened new bombings unless the company paid them.",
     ("threatened", "Velm Front", "Brellin Shipping")),
    ("The Dawn Brigade vowed new strikes if Kenya did not free its fighters.", ("threatened", "Dawn Brigade", "Kenya")),
    # a participle beside a call: the allegation is made, whatever the call asks for later
    ("Open Ledger called on Norway to act, alleging that Halvard Oil had sold drones to the junta.",
     ("accused", "Open Ledger", "Halvard Oil")),
    ("Kenya urged Uganda to withdraw, accusing it of massing troops.", ("accused", "Kenya", "Uganda")),
    ("The Ostby Union asked Mayor Ada Brun to resign, charging that Brun had lied to the council.",
     ("accused", "Ostby Union", "Ada Brun")),
    # "them" after a group of a body's people: the body
    ("Minister Liina Vaar met negotiators of Baltic Sun Lines and urged them to restore the crossing.",
     ("demanded", "Liina Vaar", "Baltic Sun Lines")),
    ("Ada Brun met officials of the Ostby Union and told them to end the strike.", ("demanded", "Ada Brun", "Ostby Union")),
    ("Kenya summoned envoys of the Velm Front and warned them to stop the raids.", ("demanded", "Kenya", "Velm Front")),
])
def test_round_twelve_conditions_participles_and_them(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a plan with a purpose beside it is still a plan
    ("Kenya plans to meet Uganda, hoping to end the row.", ("metWith", "Kenya", "Uganda")),
    # a condition about the weather threatens no one named in it
    ("The Velm Front threatened more attacks if the rains failed in Ostby.", ("threatened", "Velm Front", "Ostby")),
])
def test_round_twelve_conditions_participles_and_them_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # "the militants", "the rebels", "the insurgents": the armed group named before
    ("Insurgents from the Ahl Sahil movement stormed the town of Namaru on Tuesday. Mozambique's defence ministry "
     "accused the militants of executing civilians.", ("accused", "Mozambique", "Ahl Sahil")),
    ("Fighters of the Velm Front seized two villages. Kenya's foreign ministry accused the militants of looting.",
     ("accused", "Kenya", "Velm Front")),
    ("The Kivu Front seized Goma on Sunday. Kenya urged the guerrillas to withdraw.", ("demanded", "Kenya", "Kivu Front")),
    ("The Dawn Brigade shelled Ostby overnight. Mali's army said it had killed twenty of the insurgents' commanders and "
     "warned the insurgents to surrender.", ("demanded", "Mali army", "Dawn Brigade")),
    # a struck thing's owner before the place it stands in
    ("The Kutawato Front shelled a Philippine Army outpost near the town of Lumbay.",
     ("attacked", "Kutawato Front", "Philippine Army")),
    ("The Velm Front bombed a Halvard Oil pipeline near the village of Kessar.", ("attacked", "Velm Front", "Halvard Oil")),
    ("The Dawn Brigade torched a Brellin Shipping warehouse outside Gao.", ("attacked", "Dawn Brigade", "Brellin Shipping")),
])
def test_round_twelve_armed_groups_and_owners(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a state's own troops are no rebels
    ("Kenyan troops shelled the camp. The rebels said Kenya had lied.", ("accused", "Kenya army", "Kenya army")),
    ("The Kutawato Front shelled a Philippine Army outpost near the town of Lumbay.", ("attacked", "Kutawato Front", "Lumbay")),
])
def test_round_twelve_armed_groups_and_owners_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # "pushed X to ...": someone asked to act
    ("Ada Brun pushed Jonas Berg to meet the negotiators in person.", ("demanded", "Ada Brun", "Jonas Berg")),
    ("The Ostby Union pushed Halvard Oil to reinstate the sacked drivers.", ("demanded", "Ostby Union", "Halvard Oil")),
    ("Kenya pushed Uganda on Monday to reopen the border.", ("demanded", "Kenya", "Uganda")),
    # an infinitive the parser hangs as an adverbial clause after the object, or after a passive
    ("Fairvote Capital pressed Orrin Foods on Tuesday to replace its chief executive.",
     ("demanded", "Fairvote Capital", "Orrin Foods")),
    ("Wyvern Air was warned by the Civil Aviation Directorate on Friday to ground its oldest jets.",
     ("demanded", "Civil Aviation Directorate", "Wyvern Air")),
    ("Kenya urged Uganda on Monday to withdraw its troops from the border.", ("demanded", "Kenya", "Uganda")),
    # a crime told of someone by another is an accusation
    ("Taza Zher said Steppe Ores had covered up cracks in a dam.", ("accused", "Taza Zher", "Steppe Ores")),
    ("The Amandla Civic Party said on Wednesday that Thabo Nkosi had stolen housing funds.",
     ("accused", "Amandla Civic Party", "Thabo Nkosi")),
    ("Ada Brun said the Velm Party had rigged the vote in Ostby.", ("accused", "Ada Brun", "Velm Party")),
    ("The Ostby Union said Halvard Oil had falsified its safety records.", ("accused", "Ostby Union", "Halvard Oil")),
    # the body that reports it is not "the company" it reports on
    ("The court ordered mining group Steppe Ores to halt blasting after residents' group Taza Zher said the company "
     "had covered up cracks in a dam.", ("accused", "Taza Zher", "Steppe Ores")),
])
def test_round_twelve_asks_and_crimes(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a trip with a purpose asks nothing; a crime forged ahead is no crime
    ("Ada Brun visited Kenya on Monday to discuss trade.", ("demanded", "Ada Brun", "Kenya")),
    ("Ada Brun said the Velm Party had forged ahead with its reforms.", ("accused", "Ada Brun", "Velm Party")),
    ("Ada Brun said thieves had stolen the Velm Party's car.", ("accused", "Ada Brun", "Velm Party")),
    # a wish is not yet a demand
    ("Mayor Tom Reyes wants the Environment Ministry to close the plant.", ("demanded", "Tom Reyes", "Environment Ministry")),
    # "pushed into", "pushed back": no one asked
    ("The Velm Front pushed Kenya's troops back across the river.", ("demanded", "Velm Front", "Kenya army")),
])
def test_round_twelve_asks_and_crimes_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a reported readiness to punish: "said it was prepared / ready to use force against X"
    ("Somalia said it was prepared to use force against the Jubba Valley Guard.",
     ("threatened", "Somalia", "Jubba Valley Guard")),
    ("Kenya said it was ready to impose sanctions on Uganda.", ("threatened", "Kenya", "Uganda")),
    ("The Ostby Union said it was willing to take Halvard Oil to court.", ("threatened", "Ostby Union", "Halvard Oil")),
    # "would report X to police (if ...)": a punishment promised
    ("Hedgerow Trust said it would report Ballyrush Dairies to police if more carcasses were found.",
     ("threatened", "Hedgerow Trust", "Ballyrush Dairies")),
    ("The Velm Council warned it would report Brellin Shipping to prosecutors unless the spill was cleaned.",
     ("threatened", "Velm Council", "Brellin Shipping")),
    ("Mayor Ada Brun said she would report Halvard Oil to the police.", ("threatened", "Ada Brun", "Halvard Oil")),
    # a people's adjective before a named firm is not whom the threat is against
    ("Kapaz Energy warned that it would cut off deliveries to Georgian distributor Mtkvari Gas unless the bills were paid.",
     ("threatened", "Kapaz Energy", "Mtkvari Gas")),
    ("Halvard Oil said it would halt shipments to Kenyan retailer Duka Mart unless it paid.",
     ("threatened", "Halvard Oil", "Duka Mart")),
    ("The Dawn Brigade said it would seize the ships of Malian shipper Niger Lines unless it paid.",
     ("threatened", "Dawn Brigade", "Niger Lines")),
    # an allegation or a demand "by X that Y ...", which the parser hangs on the verb
    ("Kenya rejected the allegation by opposition leader Wanjiru Kamau that the National Polling Commission had rigged "
     "the vote.", ("accused", "Wanjiru Kamau", "National Polling Commission")),
    ("Kenya rejected the demand by the Velm Front that Uganda withdraw its troops.", ("demanded", "Velm Front", "Uganda")),
    ("Uganda dismissed the allegation by Ada Brun that Kenya had bribed the judges.", ("accused", "Ada Brun", "Kenya")),
])
def test_round_twelve_readiness_reports_and_claims(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    ("Kenya said it was important to talk to Uganda.", ("threatened", "Kenya", "Uganda")),
    ("Ada Brun said she would report the theft to police.", ("threatened", "Ada Brun", "Ada Brun")),
    ("Kapaz Energy warned that it would cut off deliveries to Georgian distributor Mtkvari Gas unless the bills were paid.",
     ("threatened", "Kapaz Energy", "Georgia")),
    # "determined that": found, not resolved to do
    ("The Warren Commission determined that Lee Harvey Oswald fired at Kennedy.", ("attacked", "Kennedy", "Kennedy")),
])
def test_round_twelve_readiness_reports_and_claims_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a participle beside a threat or plan tells what was done: "threatened to ..., accusing Y of"; "after accusing Y"
    ("Latvia threatened on Thursday to expel Belarusian diplomats, after accusing Minsk of flying drones across the border.",
     ("accused", "Latvia", "Belarus")),
    ("The Ostby Union threatened to strike, accusing Halvard Oil of cutting wages.", ("accused", "Ostby Union", "Halvard Oil")),
    ("Kenya plans to recall its envoy, after accusing Uganda of arming rebels.", ("accused", "Kenya", "Uganda")),
    # the directors or managers of a body stand for it
    ("Kenya accused the directors of Halvard Oil of fraud.", ("accused", "Kenya", "Halvard Oil")),
    ("Ada Brun met managers of Brellin Shipping in Oslo.", ("metWith", "Ada Brun", "Brellin Shipping")),
    ("The Ostby Union urged the bosses of Halvard Oil to reopen the plant.", ("demanded", "Ostby Union", "Halvard Oil")),
])
def test_round_twelve_participles_and_bosses(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a participle on what another is asked to do is not the court's
    ("Paraguay asked the International Court of Justice to order Bolivia to stop diverting water, accusing its neighbour "
     "of drying out farmland.", ("accused", "International Court of Justice", "Paraguay")),
    ("Kenya plans to meet Uganda, hoping to end the row.", ("metWith", "Kenya", "Uganda")),
])
def test_round_twelve_participles_and_bosses_add_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, wrong", [
    # a review of round twelve: a judge who imposes a sentence killed no one
    ("Judge Ana Kowl imposed a life sentence for the murder of Jonas Pell.", ("attacked", "Ana Kowl", "Jonas Pell")),
    ("Prosecutor Dana Ruiz sought a 20-year term for the killing of Jonas Pell.", ("attacked", "Dana Ruiz", "Jonas Pell")),
    # not ready to punish is no threat; a condition about a dismissal threatens no one dismissed
    ("Nalvia said it was not prepared to impose sanctions on Tarvia.", ("threatened", "Nalvia", "Tarvia")),
    ("The Tarvian Workers Union threatened a strike if Dana Ruiz was dismissed.",
     ("threatened", "Tarvian Workers Union", "Dana Ruiz")),
    # a strike or an operation carried out is no attack laid at anyone's door
    ("The Tarvian Workers Union staged a strike on Monday, Rovia Construction said.",
     ("holdsResponsible", "Rovia Construction", "Tarvian Workers Union")),
    ("Ostby General Hospital carried out the operation, Dana Ruiz said.", ("holdsResponsible", "Dana Ruiz", "Ostby General Hospital")),
    # a state someone fled into is not the police spokesman's
    ("Police spokesman Jonas Pell said the gunmen had fled across the border into Kenya.",
     ("spokespersonFor", "Jonas Pell", "Kenya")),
    # a month, a faith or a law is no town
    ("Profits rose in the June quarter of 2024, Rovia Construction said.", ("locatedIn", "June", "Rovia Construction")),
    # a late victory stolen is no crime; a by-phrase after "and" two words on belongs to the second verb
    ("Coach Piet Harlan said Dunmere United had stolen a late victory.", ("accused", "Piet Harlan", "Dunmere United")),
    ("Jonas Pell was shot in the leg and rescued by the Kora Brigade.", ("attacked", "Kora Brigade", "Jonas Pell")),
    # force used to protect someone does not threaten them; "the militants" is no party
    ("Nalvia will use force to protect Rovia Construction's workers.", ("threatened", "Nalvia", "Rovia Construction")),
    ("The Liberty Party condemned the massacre. The militants also attacked Jonas Pell.",
     ("attacked", "Liberty Party", "Jonas Pell")),
    # a purpose after the object asks nothing of it; employees may act against their company
    ("Dana Ruiz pushed Rovia Construction to the brink to win the contract.", ("demanded", "Dana Ruiz", "Rovia Construction")),
    ("Dana Ruiz met striking employees of Rovia Construction and urged them to keep up their protest.",
     ("demanded", "Dana Ruiz", "Rovia Construction")),
])
def test_round_twelve_review_adds_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


def test_round_twelve_review_keeps_a_government_accusing_its_own_body(extract):
    got = extract("The Kenyan government said the Kenyan Electoral Commission had violated the constitution.")
    assert ("accused", "Kenya", "Kenyan Electoral Commission") in got


@pytest.mark.parametrize("text, fact", [
    # "the regulator": a state's office or authority named before
    ("Consumer group Hogar Justo complained to Chile's Office of Market Fairness on Thursday. The group asked the "
     "regulator to open an investigation.", ("demanded", "Hogar Justo", "Office of Market Fairness")),
    ("Halvard Oil was fined by the Ostby Energy Authority. The Ostby Union urged the regulator to revoke its licence.",
     ("demanded", "Ostby Union", "Ostby Energy Authority")),
    ("Brellin Shipping reported the leak to the Velm Maritime Commission, and Ada Brun asked the regulator to act.",
     ("demanded", "Ada Brun", "Velm Maritime Commission")),
])
def test_round_twelve_the_regulator(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, label", [
    # a state's possessive before a body's name is the state's, not part of the name
    ("Chile's Office of Market Fairness accused Telvista of fraud.", "Office of Market Fairness"),
    ("Kenya's Ministry of Energy criticised Halvard Oil on Monday.", "Ministry of Energy"),
])
def test_round_twelve_a_state_possessive_is_no_part_of_a_name(nlp, text, label):
    r = run_text(nlp, "Headline\n\n" + text)
    assert any(e.label == label for e in r.entities.values()), [e.label for e in r.entities.values()]


# -- round thirteen: states the text never names, local bodies, legislators' party tags ----------------------

def _mentions(nlp, text: str) -> set[tuple[str, str]]:
    """(text, type) of every mention the entity finders make of a sentence, kept or not."""
    from kg.extract.entities import find_mentions
    from kg.lexicon import load_lexicon

    return {(m.text, m.type) for m in find_mentions(nlp(text), 0, load_lexicon(), nlp)[0]}


@pytest.mark.parametrize("text, fact", [
    # real states: a state known only as the one a named town lies in is not named, so no office is held for it
    ("President Harlan Voss toured the flooded streets of Dayton, Ohio, on Monday.",
     ("represents", "Harlan Voss", "United States")),
    ("Interior Minister Dara Kell opened a new bridge in Lyon on Friday.", ("represents", "Dara Kell", "France")),
    ("Prime Minister Ivo Starn spoke to farmers at a rally in Graz.", ("represents", "Ivo Starn", "Austria")),
])
def test_round_thirteen_no_office_for_a_state_the_text_does_not_name(extract_all, text, fact):
    assert fact not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # real states: named by their names, they are the article's one state again
    ("Interior Minister Dara Kell opened a new bridge in Lyon. France paid for most of it.",
     ("represents", "Dara Kell", "France")),
    ("President Harlan Voss toured Dayton, Ohio, on Monday. The United States will send more aid, he said.",
     ("represents", "Harlan Voss", "United States")),
    ("Prime Minister Ivo Starn, speaking at a rally in Graz, said Austria would not yield.",
     ("represents", "Ivo Starn", "Austria")),
])
def test_round_thirteen_an_office_for_the_one_state_named(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, label, short", [
    # real places: a public body named with the town, county or region it serves is also called by the rest
    ("Maricopa County Superior Court Judge Lena Ruiz ordered the payment.", "Maricopa County Superior Court",
     "Superior Court"),
    ("Cook County Circuit Court Judge Ann Moss ordered a new trial.", "Cook County Circuit Court", "Circuit Court"),
    ("The Dallas Police Department accused Lena Ruiz of fraud.", "Dallas Police Department", "Police Department"),
    ("The Houston City Council criticised Lena Ruiz.", "Houston City Council", "City Council"),
])
def test_round_thirteen_a_local_body_is_also_named_without_its_place(nlp, text, label, short):
    r = run_text(nlp, "Headline\n\n" + text)
    body = next((e for e in r.entities.values() if e.label == label), None)
    assert body is not None and short in body.names, [(e.label, e.names) for e in r.entities.values()]


def test_round_thirteen_a_company_keeps_its_place_in_its_name(nlp):
    r = run_text(nlp, "Headline\n\nThe Boston Consulting Group accused Lena Ruiz of fraud.")
    assert not any("Consulting Group" in e.names for e in r.entities.values())


@pytest.mark.parametrize("text, fact", [
    # real states: "R-Texas" after a legislator's name is a party and a home state; what follows is the legislator's
    ("The plan is dead, said Rep. Owen Pratt, R-Texas, chairman of the Harlow Caucus.",
     ("represents", "Owen Pratt", "Harlow Caucus")),
    ("The budget is too small, said Rep. Nina Vos, R-Ohio, chairwoman of the Orrin Commission.",
     ("represents", "Nina Vos", "Orrin Commission")),
    ("Sen. Ruth Amsel, D-Maine, chairwoman of the Kessler Commission, voted against the bill.",
     ("represents", "Ruth Amsel", "Kessler Commission")),
    ("The inquiry will go ahead, said Sen. Alma Dorn, D-Calif., chairman of the Senate Committee on Rural Affairs.",
     ("represents", "Alma Dorn", "Senate Committee on Rural Affairs")),
])
def test_round_thirteen_an_apposition_after_a_party_tag(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    "Sen. Alma Dorn, D-Calif., said the bill would fail.",
    "Rep. Owen Pratt, R-Texas, chairman of the Harlow Caucus, criticised the plan.",
])
def test_round_thirteen_a_party_tag_names_no_place_and_no_one(nlp, text):
    # on the mentions found, before entities in no fact are dropped
    found = _mentions(nlp, text)
    assert not {t for t, _ in found} & {"California", "Texas", "Calif.", "D-Calif.", "R-Texas"}, found


def test_round_thirteen_a_town_and_its_state_abbreviation_still_place_it(extract_all):
    assert ("locatedIn", "Fresno", "California") in extract_all("Alma Dorn of Fresno, Calif., said the bill would fail.")


@pytest.mark.parametrize("text, fact", [
    # real places: a capital said to lie in a region is the city, not its government
    ("Canberra is in the Australian Capital Territory.", ("locatedIn", "Canberra", "Australian Capital Territory")),
    ("Quito is in Pichincha province.", ("locatedIn", "Quito", "Pichincha")),
    ("Rome is in Lazio province, the guide said.", ("locatedIn", "Rome", "Lazio")),
])
def test_round_thirteen_a_capital_that_lies_somewhere_is_a_place(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_a_capital_in_talks_is_still_its_government(extract_all):
    got = extract_all("Nairobi is in talks with Kampala.")
    assert ("negotiatedWith", "Kenya", "Uganda") in got and not any(f[0] == "locatedIn" for f in got)


@pytest.mark.parametrize("text, fact, wrong", [
    # real places: "X is in A and Y in B": B holds Y, not A
    ("Rome is in Lazio province and Naples in Campania.", ("locatedIn", "Naples", "Campania"),
     ("locatedIn", "Lazio", "Campania")),
    ("Turin is in Piedmont province and Genoa in Liguria.", ("locatedIn", "Turin", "Piedmont"),
     ("locatedIn", "Piedmont", "Liguria")),
    ("Florence is in Tuscany province and Bari in Apulia.", None, ("locatedIn", "Tuscany", "Apulia")),
])
def test_round_thirteen_a_gapped_second_place_holds_its_own_town(extract_all, text, fact, wrong):
    got = extract_all(text)
    assert (fact is None or fact in got) and wrong not in got, got


@pytest.mark.parametrize("text, fact", [
    # real places: a dissolved state holds the towns and states it split into, as old news writes them
    ("The rally was held in Tallinn, Soviet Union, in 1988.", ("locatedIn", "Tallinn", "Soviet Union")),
    ("BRATISLAVA, Czechoslovakia (AP) _ Students marched on Friday.", ("locatedIn", "Bratislava", "Czechoslovakia")),
    ("The congress met in Leipzig, East Germany, in 1989.", ("locatedIn", "Leipzig", "East Germany")),
    ("Floods hit the Soviet republic of Georgia in 1987.", ("locatedIn", "Georgia", "Soviet Union")),
    ("Ukraine lay in the Soviet Union until 1991.", ("locatedIn", "Ukraine", "Soviet Union")),
])
def test_round_thirteen_a_dissolved_state_holds_its_successors(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    "The delegates met in Warsaw, Soviet Union, in 1980.",  # real places: Poland never was a part of it
    "Ukraine and Russia signed a deal.",
    "The Supreme Soviet voted to dissolve the union, and Lena Ruiz criticised the vote.",
])
def test_round_thirteen_no_state_lies_in_another_otherwise(extract_all, text):
    got = extract_all(text)
    assert not any(f[0] == "locatedIn" for f in got) and not any("Soviet Union" in f for f in got), got


@pytest.mark.parametrize("text, fact", [
    # real places: a people's adjective right before a place's name says whose it is
    ("An earthquake struck Soviet Armenia in December.", ("locatedIn", "Armenia", "Soviet Union")),
    ("Storms battered Mexican Baja California.", ("locatedIn", "Baja California", "Mexico")),
    ("Volunteers rebuilt schools in Soviet Georgia last year.", ("locatedIn", "Georgia", "Soviet Union")),
])
def test_round_thirteen_a_demonym_before_a_place(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_a_demonym_before_a_name_the_gazetteer_lacks_places_nothing(extract_all):
    # real state: in "the republic of Serbian Krajina" the people's word is part of the name
    assert not any(f[0] == "locatedIn" for f in extract_all(
        "The new Krajina parliament met, and the republic of Serbian Krajina voted."))


@pytest.mark.parametrize("text, fact", [
    # real places, invented people: "in what is now Y" holds the place before it
    ("Anna Holt was born in 1850 in Lemberg, in what is now Ukraine.", ("locatedIn", "Lemberg", "Ukraine")),
    ("The chapel stood in Breslau, in what was then Germany.", ("locatedIn", "Breslau", "Germany")),
    ("The mill was built in Konigsberg, in what is now Russia.", ("locatedIn", "Konigsberg", "Russia")),
])
def test_round_thirteen_in_what_is_now(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_in_what_is_followed_by_no_place_places_nothing(extract_all):
    assert not any(f[0] == "locatedIn" for f in extract_all(
        "The camp lay in Nalvia, in what is widely seen as a failed state."))


@pytest.mark.parametrize("text, fact", [
    # a body's bracketed acronym between its name and a title: the title is the body's ("Labor Party (PT) candidate X")
    ("Support has gone to Labor Party (PT) candidate Cecilia Soto.", ("represents", "Cecilia Soto", "Labor Party")),
    ("Votes went to the Green Front (FV) candidate Ana Mora.", ("represents", "Ana Mora", "Green Front")),
    ("Backing grew for Farmers Alliance (AGR) candidate Pedro Salas.", ("represents", "Pedro Salas", "Farmers Alliance")),
])
def test_round_thirteen_a_bracketed_acronym_before_a_title(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_a_bracket_that_is_no_acronym_gives_no_body(extract_all):
    got = extract_all("Support has gone to Labor Party (and others) candidate Cecilia Soto.")
    assert ("represents", "Cecilia Soto", "Labor Party") not in got


@pytest.mark.parametrize("text, fact", [
    # a lone capitalised word that kills or is killed is a person, whatever the model made of it
    ("Marsh shot Pellow twice outside the bar.", ("attacked", "Marsh", "Pellow")),
    ("Police said Dorrin stabbed Kessel in the neck.", ("attacked", "Dorrin", "Kessel")),
    ("Ostrander was killed by Vayne in 1979.", ("attacked", "Vayne", "Ostrander")),
    ("Hallet crept into the barn and shot Morrow.", ("attacked", "Hallet", "Morrow")),
])
def test_round_thirteen_a_lone_name_that_kills_or_is_killed_is_a_person(nlp, text, fact):
    r = run_text(nlp, "Headline\n\n" + text)
    assert fact in facts(r, everything=True)
    people = {e.label for e in r.entities.values() if e.type == "Person"}
    assert {fact[1], fact[2]} <= people, [(e.label, e.type) for e in r.entities.values()]


@pytest.mark.parametrize("text, label", [
    ("Russia killed the deal, Dorrin said.", "Russia"),  # real state: the gazetteer's names stay what they are
    ("Police shot Morrow, and Kessel said the police had lied.", "Police"),  # a word of the language
    ("The King was shot by rebels, and Kessel blamed the Velm Front.", "King"),  # a title with its article
    ("Gunmen from the Velm Front shot dead the mayor, Kessel said.", "Gunmen"),  # a plural noun
    # no person is killed: a storm, a company's product, a plural, a particle verb
    ("Katrina hit the coast and killed more than 1,800 people.", "Katrina"),
    ("Republicans killed Obamacare in the Senate.", "Obamacare"),
    ("Tesla shot past its target this quarter.", "Tesla"),
    ("Polisario shot down a drone near the wall.", "Polisario"),
    ("Wagner killed dozens of civilians near the mine.", "Wagner"),
])
def test_round_thirteen_a_known_or_common_word_is_no_person_by_deed(nlp, text, label):
    found = _mentions(nlp, text)
    assert (label, "Person") not in found, found


@pytest.mark.parametrize("text, fact", [
    # the victim named on a killing noun, and the one sentenced, convicted or pleading guilty for a killing
    ("Vayne was sentenced to death for Pell's murder.", ("attacked", "Vayne", "Pell")),
    ("Ostrander was convicted of the murder of Kessel.", ("attacked", "Ostrander", "Kessel")),
    ("Dorrin pleaded guilty to killing Pell outside her home.", ("attacked", "Dorrin", "Pell")),
])
def test_round_thirteen_lone_names_charged_with_a_killing_are_people(nlp, text, fact):
    r = run_text(nlp, "Headline\n\n" + text)
    assert fact in facts(r, everything=True), [(e.label, e.type) for e in r.entities.values()]


@pytest.mark.parametrize("text, label", [
    ("Kessel was charged with fraud on Monday.", "Kessel"),
    ("Uber was charged over the killing of a pedestrian in Arizona.", "Uber"),  # no person named as killed
])
def test_round_thirteen_a_charge_that_is_no_killing_of_a_person_makes_no_person(nlp, text, label):
    found = _mentions(nlp, text)
    assert (label, "Person") not in found, found


def test_round_thirteen_the_victim_of_a_killing_noun_is_a_person(nlp):
    assert ("Ostrel", "Person") in _mentions(nlp, "Police are investigating Ostrel's murder.")
    assert ("Ostrel", "Person") in _mentions(nlp, "Police are investigating the slaying of Ostrel.")


@pytest.mark.parametrize("text, facts_", [
    # a body's plural post noun before coordinated names: each of them holds it
    ("Greenpeace members Nils Berg and Tomas Ness gained access to the files.",
     {("represents", "Nils Berg", "Greenpeace"), ("represents", "Tomas Ness", "Greenpeace")}),
    ("Ostby Union members Jan Berg, Pal Dorn and Lise Vik signed the letter.",
     {("represents", "Pal Dorn", "Ostby Union"), ("represents", "Lise Vik", "Ostby Union")}),
    ("Velm Front officials Ana Holt and Ivo Starn met the envoy.", {("represents", "Ivo Starn", "Velm Front")}),
])
def test_round_thirteen_a_post_noun_before_several_names(extract_all, text, facts_):
    assert facts_ <= extract_all(text)


def test_round_thirteen_a_plural_noun_before_a_verb_gives_no_post(extract_all):
    got = extract_all("Velm Front fighters killed Jan Berg and Pal Dorn.")
    assert not any(f[0] == "represents" for f in got), got


@pytest.mark.parametrize("text, fact", [
    # a unit named with its body ("the engineering department at Y"), a post coordinated in an apposition, and
    # "the place where X works"
    ("Teruo Hata, a staff member of the engineering department at Nasdako, said the rocket was ready.",
     ("represents", "Teruo Hata", "Nasdako")),
    ("Lena Ruiz, a researcher in the physics department at Ostby University, said the data were wrong.",
     ("represents", "Lena Ruiz", "Ostby University")),
    ("Ernest Dobbs, a longtime critic of the plan and president of the Halloway Foundation, said it would fail.",
     ("represents", "Ernest Dobbs", "Halloway Foundation")),
    ("Lena Ruiz, a national spokeswoman for reform and chairwoman of the Orrin Institute, spoke.",
     ("represents", "Lena Ruiz", "Orrin Institute")),
    ("Rally organisers met at the Ostby Shipyard in Gdansk, where Pavel Ostrow works.",
     ("represents", "Pavel Ostrow", "Ostby Shipyard")),
    ("The talks took place at the Velm Hotel, where Pavel Ostrow works.", ("represents", "Pavel Ostrow", "Velm Hotel")),
])
def test_round_thirteen_posts_named_around_the_body(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    "Lena Ruiz, a doctor in Gaza, said the clinic was full.",  # real place: a place is no employer
    "Rally organisers met in Gdansk, where Pavel Ostrow lives.",
    "Ana Holt, a friend of the mayor and of President Ivo Starn, spoke.",
])
def test_round_thirteen_no_post_without_a_body(extract_all, text):
    got = extract_all(text)
    assert not any(f[0] == "represents" and f[1] in ("Lena Ruiz", "Pavel Ostrow", "Ana Holt") for f in got), got


@pytest.mark.parametrize("text, fact", [
    # a place taken by force, the town named in apposition to the object ("seized X, a farming town")
    ("The Velm Front seized Kessel, a market town near the border.", ("attacked", "Velm Front", "Kessel")),
    ("Fighters of the Ostra Brigade captured Dunmere, a fishing village on the coast, at dawn.",
     ("attacked", "Ostra Brigade", "Dunmere")),
    ("Rebels of the Harrow Front seized Tamsin, a mining town, on Sunday.", ("attacked", "Harrow Front", "Tamsin")),
])
def test_round_thirteen_a_town_seized_named_in_apposition(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_a_thing_seized_is_no_town(extract_all):
    assert not any(f[0] == "attacked" for f in extract_all("Customs officers of the Velm Authority seized Halvard Oil, "
                                                           "a tanker, at the port."))


# -- round thirteen, blind set twelve ---------------------------------------------------------------------

def test_round_thirteen_a_unit_names_its_body_before_a_body_named_earlier(extract_all):
    # the dateline's agency is named before "the physics department", which must not point back to it
    got = extract_all("MINNEAPOLIS (AP) _ Dr. Anneliese Korvath, a researcher in the physics department at Halvorsen "
                      "University, said Monday that the results held.")
    assert ("represents", "Anneliese Korvath", "Halvorsen University") in got
    assert not any(f[0] == "represents" and f[2] == "Associated Press" for f in got), got


@pytest.mark.parametrize("text, right, wrong", [
    # "A, a reporter for X, and B of Y": A has a post of its own, so B's "of Y" is not A's
    ("The chief threatened to arrest Tessa Morland, a reporter for the Ashford Ledger, and cameraman Ike Dorsey of "
     "WKTR-TV.", ("represents", "Tessa Morland", "Ashford Ledger"), ("represents", "Tessa Morland", "WKTR-TV")),
    ("Lena Ruiz, an editor at the Velm Courier, and cameraman Jonas Pell of Ostby Radio criticised the ban.",
     ("represents", "Jonas Pell", "Ostby Radio"), ("represents", "Lena Ruiz", "Ostby Radio")),
    # but "A and B of Y" still gives both
    ("Anna Berg and Lars Holm of the Velm Institute said the data were wrong.",
     ("represents", "Anna Berg", "Velm Institute"), ("represents", "Anna Berg", "Halvard Oil")),
])
def test_round_thirteen_a_post_of_ones_own_keeps_the_next_persons(extract_all, text, right, wrong):
    got = extract_all(text)
    assert right in got and wrong not in got, got


@pytest.mark.parametrize("text, name", [
    # title abbreviations are no part of a name
    ("Interior Ministry spokesman Brig. Gen. Falah Nouri said the militia was to blame.", "Falah Nouri"),
    ("Gunmen shot and killed a priest, the Rev. Anselmo Urrego, as he left Mass.", "Anselmo Urrego"),
    ("Adm. Olav Kern, the navy's commander, accused the Velm Front of piracy.", "Olav Kern"),
])
def test_round_thirteen_abbreviated_titles_are_no_names(nlp, text, name):
    found = _mentions(nlp, text)
    assert (name, "Person") in found and not any(t.startswith(("Brig", "Rev", "Adm")) for t, _ in found), found


@pytest.mark.parametrize("text, facts_", [
    # a group noun with its members named: the members act
    ("European Parliament members Henrike Vos and Luc Marchetti warned Istrava Shipping on Wednesday.",
     {("warned", "Henrike Vos", "Istrava Shipping"), ("warned", "Luc Marchetti", "Istrava Shipping")}),
    ("Velm Union officials Ana Holt and Ivo Starn criticised Halvard Oil.",
     {("criticized", "Ana Holt", "Halvard Oil"), ("criticized", "Ivo Starn", "Halvard Oil")}),
    ("Ostby Party leaders Jan Berg and Pal Dorn accused Halvard Oil of fraud.",
     {("accused", "Jan Berg", "Halvard Oil"), ("accused", "Pal Dorn", "Halvard Oil")}),
])
def test_round_thirteen_named_members_act_for_themselves(extract_all, text, facts_):
    assert facts_ <= extract_all(text)


def test_round_thirteen_unnamed_members_are_their_body(extract_all):
    assert ("criticized", "Velm Union", "Halvard Oil") in extract_all("Velm Union officials criticised Halvard Oil.")


@pytest.mark.parametrize("text, fact", [
    # real places: a neighbourhood named after another place is not that place
    ("The chairman's district takes in the Little Havana section of Miami.", ("locatedIn", "Little Havana", "Miami")),
    ("Police closed roads in the Little Italy section of Boston on Sunday.", ("locatedIn", "Little Italy", "Boston")),
])
def test_round_thirteen_a_neighbourhood_named_after_a_place(extract_all, text, fact):
    got = extract_all(text)
    assert fact in got and not any(f[0] == "locatedIn" and f[2] in ("Havana", "Italy", "Cuba") for f in got), got


def test_round_thirteen_old_soldiers_are_no_place(nlp):
    assert not any(t.startswith("Old") for t, _ in _mentions(nlp, "Old soldiers marched in Cairo."))


@pytest.mark.parametrize("text, label", [
    # a company's legal form ends its name
    ("Chile threatened to revoke the permit of lithium producer Andes Litio SpA, accusing it of draining wetlands.",
     "Andes Litio SpA"),
    ("Velmar S.A. sued Dunmore Shipping on Monday.", "Velmar S.A."),
    ("Anna Berg criticised Orvik Holding AG for the layoffs.", "Orvik Holding AG"),
])
def test_round_thirteen_a_companys_legal_form_is_part_of_its_name(nlp, text, label):
    r = run_text(nlp, "Headline\n\n" + text)
    assert any(e.label == label and e.type == "Organization" for e in r.entities.values()), \
        [(e.label, e.type) for e in r.entities.values()]


@pytest.mark.parametrize("text, fact", [
    # a transliterated name keeps its hyphened particle and its apostrophed word
    ("Fighters of the Hezb-e Nejat group shelled the town of Kessel on Monday.", ("attacked", "Hezb-e Nejat", "Kessel")),
    ("Militants of the Jama'at Nasr al-Din stormed the village of Tarsk.", ("attacked", "Jama'at Nasr al-Din", "Tarsk")),
    ("Gunmen of the Harakat-ul Fath movement attacked the town of Dunmere.", ("attacked", "Harakat-ul Fath", "Dunmere")),
])
def test_round_thirteen_transliterated_names_stay_whole(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_a_lower_case_word_after_a_hyphen_joins_no_name(nlp):
    # "well-to-do" and "ye" outside a name stay out
    found = _mentions(nlp, "The well-to-do residents of Kessel met Jonas Pell on Monday.")
    assert ("Jonas Pell", "Person") in found and not any(t.startswith(("to", "do", "well")) for t, _ in found), found


@pytest.mark.parametrize("text, fact", [
    # old AP copy writes its dateline dash as " _ "
    ("FENWICK FALLS, Wis. (AP) _ Mayor Roberta Kincaid on Monday criticised the school board's budget.",
     ("locatedIn", "Fenwick Falls", "Wisconsin")),
    ("PELL JUNCTION, Ala. (AP) _ A tornado struck this town late Tuesday. Mayor Clyde Harbin said nobody got killed.",
     ("represents", "Clyde Harbin", "Pell Junction")),
    ("MARLIN BAY, Fla. (AP) _ Police searched the docks on Wednesday.", ("locatedIn", "Marlin Bay", "Florida")),
])
def test_round_thirteen_an_underscore_dateline(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_an_underscore_inside_a_sentence_is_no_dateline(extract_all):
    got = extract_all("The Velm Front said _ without proof _ that Halvard Oil had bribed Kessel officials.")
    assert not any(f[0] == "locatedIn" for f in got), got


@pytest.mark.parametrize("text, fact", [
    # a time given to do something, however the parser hangs the infinitive
    ("The Velm Union gave Halvard Oil until Friday to reopen the plant.", ("demanded", "Velm Union", "Halvard Oil")),
    ("The Velm Union gave Halvard Oil 48 hours to leave the valley.", ("demanded", "Velm Union", "Halvard Oil")),
    ("The regulator Velm Energy Board gave Kessel Mining until Monday to repair the dam.",
     ("demanded", "Velm Energy Board", "Kessel Mining")),
])
def test_round_thirteen_a_deadline_given(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_a_gift_until_a_date_is_no_deadline(extract_all):
    assert not any(f[0] == "demanded" for f in extract_all(
        "The Velm Union worked with Halvard Oil until Friday to reopen the plant."))


@pytest.mark.parametrize("text, fact", [
    # "it would take X to court": the body that said so threatens X
    ("The Velm Union said it would take Halvard Oil to court.", ("threatened", "Velm Union", "Halvard Oil")),
    ("Kenya said it would take Uganda to the International Court of Justice.", ("threatened", "Kenya", "Uganda")),
    ("Ostby Mining said on Monday that it would take the Velm Front to court over the blockade.",
     ("threatened", "Ostby Mining", "Velm Front")),
])
def test_round_thirteen_it_would_take_x_to_court(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_it_takes_time_threatens_no_one(extract_all):
    assert not any(f[0] == "threatened" for f in extract_all(
        "The Velm Union said it would take time to rebuild trust with Halvard Oil."))


def test_round_thirteen_a_given_name_cut_from_its_surnames_is_one_person(extract_all):
    # the model tags "Bishop Rafael" and "Montes Quintero" as two people
    got = extract_all("Bishop Rafael Montes Quintero urged the Velm Front to free the hostages.")
    assert ("demanded", "Rafael Montes Quintero", "Velm Front") in got, got


@pytest.mark.parametrize("text, cuts, joined", [
    # the join itself, on spans as the model might cut them: a given name alone after its title joins what follows
    ("Archbishop Miguel Soto Perez spoke.", [(0, 2), (2, 4)], [(0, 4)]),
    ("Sheikh Omar Abdel Rahman spoke.", [(0, 2), (2, 4)], [(0, 4)]),
    ("Imam Yusuf Kamal Haddad spoke.", [(0, 2), (2, 4)], [(0, 4)]),
    # two people of two words each stay two
    ("Ada Brenn Olav Kern spoke.", [(0, 2), (2, 4)], [(0, 2), (2, 4)]),
])
def test_round_thirteen_joined_people(nlp, text, cuts, joined):
    from spacy.tokens import Span

    from kg.extract.entities.merges import _joined_people
    from kg.lexicon import load_lexicon
    doc = nlp(text)
    lex = load_lexicon()
    titles = {0} if doc[0].lower_ in lex.titles else set()
    out = _joined_people(doc, [Span(doc, s, e, label="PERSON") for s, e in cuts], titles, lex)
    assert [(sp.start, sp.end) for sp in out] == joined


@pytest.mark.parametrize("text, fact", [
    # "Clerk of Courts" is a county office written before the name
    ("MIAMI (AP) _ Palmetto County Clerk of Courts Hilda Varela accused the Palmetto County Commission of fraud.",
     ("accused", "Hilda Varela", "Palmetto County Commission")),
    ("Dade County Clerk of Courts Lena Ruiz criticised the Velm Front.", ("criticized", "Lena Ruiz", "Velm Front")),
    ("Harrow County Clerk of Court Pal Dorn resigned, and Ana Holt blamed the Velm Front.",
     ("represents", "Pal Dorn", "Harrow County")),
])
def test_round_thirteen_clerk_of_courts(extract_all, text, fact):
    assert fact in extract_all(text)


# -- round thirteen, blind set thirteen ---------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    # a punitive act vowed, its target hung on the verb after a time
    ("The Velm Brigade vowed retaliation on Sunday against the Crescent Dawn Brigade.",
     ("threatened", "Velm Brigade", "Crescent Dawn Brigade")),
    ("The Ostby Front vowed reprisals on Monday against the Harrow Militia.", ("threatened", "Ostby Front", "Harrow Militia")),
    ("The Velm Union vowed sanctions this week against Halvard Oil.", ("threatened", "Velm Union", "Halvard Oil")),
])
def test_round_thirteen_vowed_retaliation_against(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # "would see X in court": a lawsuit promised
    ("The Velm Union said it would see Halvard Oil in court.", ("threatened", "Velm Union", "Halvard Oil")),
    ("Ana Holt said she would see Lena Ruiz in court if Ruiz repeated the claim.", ("threatened", "Ana Holt", "Lena Ruiz")),
    ("We will see you in court, the Velm Union told Halvard Oil.", ("threatened", "Velm Union", "Halvard Oil")),
])
def test_round_thirteen_see_you_in_court(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_seen_in_court_is_no_threat(extract_all):
    assert not any(f[0] == "threatened" for f in extract_all("Ana Holt said she saw Lena Ruiz in court on Monday."))


@pytest.mark.parametrize("text, fact", [
    # "a warning from X to Y", with no verb that issues it
    ("A warning from the Grayling Residents' Association to Corbel Homes went unanswered on Tuesday.",
     ("warned", "Grayling Residents' Association", "Corbel Homes")),
    ("The warning from the Velm Union to Halvard Oil came a week before the strike.", ("warned", "Velm Union", "Halvard Oil")),
    ("Ostby Mining ignored a warning from the Harrow Council to Kessel Freight.", ("warned", "Harrow Council", "Kessel Freight")),
])
def test_round_thirteen_a_warning_from_to(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_a_warning_to_investors_warns_no_one_named(extract_all):
    assert not any(f[0] == "warned" for f in extract_all("The Velm Union sent a warning to investors."))


@pytest.mark.parametrize("text, fact", [
    # "set X a deadline to ..."
    ("The Velm Union has set Halvard Oil a deadline of Friday to reopen the plant.", ("demanded", "Velm Union", "Halvard Oil")),
    ("The Harrow Council set Kessel Freight a deadline to clear the site.", ("demanded", "Harrow Council", "Kessel Freight")),
    ("The regulator Velm Energy Board set Kessel Mining a deadline of May 1 to repair the dam.",
     ("demanded", "Velm Energy Board", "Kessel Mining")),
])
def test_round_thirteen_set_a_deadline(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a pronoun as the threatened act's own object
    ("Security Minister Raul Mejia blamed the gang's leader, Darwin Lanza, and vowed to hunt him down.",
     ("threatened", "Raul Mejia", "Darwin Lanza")),
    ("The Velm Union accused Lena Ruiz of fraud and threatened to sue her.", ("threatened", "Velm Union", "Lena Ruiz")),
    ("Ana Holt accused Jonas Pell of theft and vowed to expel him.", ("threatened", "Ana Holt", "Jonas Pell")),
])
def test_round_thirteen_a_pronoun_threatened(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_a_pronoun_protected_is_not_threatened(extract_all):
    assert not any(f[0] == "threatened" for f in extract_all(
        "Ana Holt met Pal Dorn and vowed to protect him from the Velm Front."))


@pytest.mark.parametrize("text, fact", [
    # what is hidden from others, told of someone
    ("The party's leader, Aoife Kerrigan, claimed the minister, Ciaran Dowd, had hidden a clause from lawmakers.",
     ("accused", "Aoife Kerrigan", "Ciaran Dowd")),
    ("Ana Holt said Halvard Oil had concealed its losses from investors.", ("accused", "Ana Holt", "Halvard Oil")),
    ("Ana Holt said Lena Ruiz hid the documents from the auditors.", ("accused", "Ana Holt", "Lena Ruiz")),
])
def test_round_thirteen_hidden_wrongdoing(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_hiding_in_a_cellar_is_no_wrong(extract_all):
    assert not any(f[0] == "accused" for f in extract_all("Ana Holt said Lena Ruiz hid in the cellar during the raid."))


@pytest.mark.parametrize("text, fact", [
    ("The Harwick Sentinel took Mayor Colin Ashby to task for the spending.", ("criticized", "Harwick Sentinel", "Colin Ashby")),
    ("Ana Holt took Lena Ruiz to task over the delays.", ("criticized", "Ana Holt", "Lena Ruiz")),
    ("The Velm Union took Halvard Oil to task on Monday for cutting wages.", ("criticized", "Velm Union", "Halvard Oil")),
])
def test_round_thirteen_took_to_task(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_thirteen_a_task_taken_on_criticises_no_one(extract_all):
    assert not any(f[0] == "criticized" for f in extract_all("The Velm Union took on the task of cleaning the river."))


@pytest.mark.parametrize("text, fact", [
    # "the newspaper's editor": a paper named with one of the words papers are named with
    ("The Aldermoor Echo retracted the article, the newspaper's editor, Simon Rook, acknowledged.",
     ("represents", "Simon Rook", "Aldermoor Echo")),
    ("The Velm Advertiser criticised the mayor, and the paper's editor, Ana Holt, said so.",
     ("represents", "Ana Holt", "Velm Advertiser")),
    ("The Harrow Echo criticised the council, and the paper's editor, Jonas Pell, defended the story.",
     ("represents", "Jonas Pell", "Harrow Echo")),
])
def test_round_thirteen_the_newspaper_named_before(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    # review of round thirteen: none of these is a fact
    ("The Trade Ministry gave Dunmore Holdings a licence until 2030 to operate the mine.",
     ("demanded", "Trade Ministry", "Dunmore Holdings")),
    ("Vantor Corp. gave Dunmore Holdings 48 hours of free airtime to promote its products.",
     ("demanded", "Vantor Corp.", "Dunmore Holdings")),
    ("Judge Ana Berrocal said she would see Tomas Krell in court on Monday to set a trial date.",
     ("threatened", "Ana Berrocal", "Tomas Krell")),
    ("Ravel Corp. said it would appeal the decision by the Trade Ministry in court.",
     ("threatened", "Ravel Corp.", "Trade Ministry")),
    ("Detective Tomas Krell said the gunman had fled toward the border. The Dunmore Police Department vowed to hunt "
     "him down.", ("threatened", "Dunmore Police Department", "Tomas Krell")),
    ("Lawyers for the two journalists, Tomas Krell and Ana Berrocal, accused the Velm Police of torture.",
     ("accused", "Tomas Krell", "Velm Police")),
    ("Tsunami warnings from Japan to Chile were lifted on Tuesday.", ("warned", "Japan", "Chile")),
    ("Ana Berrocal said Tomas Krell hid in the records office during the shooting.", ("accused", "Ana Berrocal", "Tomas Krell")),
])
def test_round_thirteen_review_adds_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


def test_round_thirteen_a_surname_is_no_legal_form(nlp):
    r = run_text(nlp, "Headline\n\nFerenc Sas criticized Tomas Krell on Monday.")
    assert any(e.label == "Ferenc Sas" and e.type == "Person" for e in r.entities.values())


@pytest.mark.parametrize("text, fact", [
    # a place said to be a kind of place in another: "X is a port city in Y" (with the copula, not an apposition)
    ("Mombasa is a port city in Kenya.", ("locatedIn", "Mombasa", "Kenya")),
    ("Officials said Ostbury is a small farming town in Uganda.", ("locatedIn", "Ostbury", "Uganda")),
    ("Kelmarsh remains the biggest fishing port in Norway.", ("locatedIn", "Kelmarsh", "Norway")),
    # a capital described as a city is the city, not its government
    ("Nairobi is the largest city in Kenya.", ("locatedIn", "Nairobi", "Kenya")),
    # offices written "Minister of X" set beside the holder's name
    ("Ada Rook, Kenya's Minister of Health, spoke.", ("represents", "Ada Rook", "Kenya")),
    ("The plan was backed by Tamsin Vey, the Minister of Mines of Peru.", ("represents", "Tamsin Vey", "Peru")),
    ("Ola Brenn, the Secretary of State of Ghana, said talks would resume.", ("represents", "Ola Brenn", "Ghana")),
    # posts: a local chapter, one of a body's officers, an age set off before "of", "operates"
    ("Fred Ostrom, manager of the Kelby chapter of the Velm League, said so.", ("represents", "Fred Ostrom", "Velm League")),
    ("Ada Rook, one of the directors of the Velm Institute, spoke.", ("represents", "Ada Rook", "Velm Institute")),
    ("Ada Rook, 52, of the Velm Institute, said the data were wrong.", ("represents", "Ada Rook", "Velm Institute")),
    ("Ola Brenn, who operates the Ostby Underground Museum, spoke.", ("represents", "Ola Brenn", "Ostby Underground Museum")),
    ("Ada Rook, vice president of daytime programs for Velm Entertainment, said so.",
     ("represents", "Ada Rook", "Velm Entertainment")),
    ("Tomas Vey, owner of the Ostby Bank and the radio station Ostby FM, was killed.", ("represents", "Tomas Vey", "Ostby FM")),
    ("Sen. Ola Brenn, president of the Senate of the Republic, came back to his office.",
     ("represents", "Ola Brenn", "Senate of the Republic")),
    # a party's own name after its people's adjective
    ("Sandinista leader Ada Rook spoke.", ("represents", "Ada Rook", "Sandinistas")),
])
def test_round_fourteen_constructions(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("Ostby is not a town in Kenya.", ("locatedIn", "Ostby", "Kenya")),
    # a party adjective names no body the article does not name ("Democratic" is no Front's)
    ("Mary Holm, a Democratic member of the Clover Town Council, got the tickets.",
     ("represents", "Mary Holm", "Al-Ahwaz Arab People's Democratic Front")),
    # a city before a paper or a bank only locates it
    ("Gunmen killed Phoenix newspaper reporter Don Bell in 1976.", ("represents", "Don Bell", "Phoenix")),
    ("Ada Rook, a reporter for a Boston newspaper, said the paper had closed.", ("represents", "Ada Rook", "Boston")),
    # the other head of state's state
    ("President Dorell said he would work closely with President Tamsin Vey of Kenya.", ("represents", "Dorell", "Kenya")),
    # a people's word alone after "of" is a language
    ("Ada Rook, a fluent speaker of Hungarian, spoke.", ("represents", "Ada Rook", "Hungary")),
    ("Ada Rook, a City Council member and Velm Party supporter, said so.", ("represents", "Ada Rook", "Velm Party")),
    ("Walter Grimsby, 58, of Kelmsby, said the flood had destroyed his shop.", ("represents", "Walter Grimsby", "Kelmsby")),
    ("The board declined to elect Rupert Hale to be chairman of Ostwick Brewing.",
     ("represents", "Rupert Hale", "Ostwick Brewing")),
])
def test_round_fourteen_constructions_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


def test_round_fourteen_a_quoted_show_is_no_person(nlp):
    r = run_text(nlp, "Headline\n\nTomas Vey, who stars on NBC's \"Harbor Lights,\" spoke.")
    assert not any(e.label == "Harbor Lights" for e in r.entities.values())
    assert any(e.label == "Tomas Vey" and e.type == "Person" for e in r.entities.values())


def test_round_fourteen_no_stray_of_in_a_name(nlp):
    r = run_text(nlp, "Headline\n\nOla Brenn, the Secretary of State of Velmaria, spoke.")
    assert not any(e.label.startswith("of ") for e in r.entities.values())


@pytest.mark.parametrize("text, fact", [
    # a body named as a site lies in the place after it, also a centre or a laboratory
    ("Crewmen will train at the Marshall Space Flight Center in Huntsville, Ala.",
     ("locatedIn", "Marshall Space Flight Center", "Huntsville")),
    ("Officials at the Ostby Medical Center in Kelmsby, Kenya, said 12 were hurt.",
     ("locatedIn", "Ostby Medical Center", "Kelmsby")),
    ("A fire in the Custer Ridge National Forest in Montana burned 1,200 acres.",
     ("locatedIn", "Custer Ridge National Forest", "Montana")),
    # "the X Center for Y", which the model cut before "for"
    ("Ada Rook, a researcher at the Jaffe Center for Strategic Studies, said so.",
     ("represents", "Ada Rook", "Jaffe Center for Strategic Studies")),
    ("Ada Rook of the Velm Institute for Peace Research said so.",
     ("represents", "Ada Rook", "Velm Institute for Peace Research")),
    # a lone surname set before a person's title
    ("Tal, a senior Defense Ministry official, has not repeated these views in public.",
     ("represents", "Tal", "Defense Ministry")),
    ("Brisk, a Velm Party spokesman, denied it.", ("represents", "Brisk", "Velm Party")),
    # a given name that is a place's
    ("Virginia Galle, a City Council member, said so.", ("represents", "Virginia Galle", "City Council")),
    ("Florence Achterberg, a Velm Institute researcher, said so.", ("represents", "Florence Achterberg", "Velm Institute")),
    # "X, of the Y's division of Z"
    ("Stephanie Vey, of the Velm Agency's division of groundwater, said Tuesday.",
     ("represents", "Stephanie Vey", "Velm Agency")),
])
def test_round_fourteen_sites_and_names(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    # a research body stays an actor: "the group's director" is its director
    ("The Gulf Rights Observatory on Tuesday denounced the sentence, said the group's director, Layla Hadid.",
     ("locatedIn", "Gulf Rights Observatory", "Gulf")),
    ("Kenya, a member of the union, objected.", ("represents", "Kenya", "union")),
    ("The Velm Union for Monday said the strike was over.", ("represents", "Velm Union", "Monday")),
])
def test_round_fourteen_sites_and_names_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


def test_round_fourteen_an_observatory_acts(extract_all):
    facts = extract_all("The Gulf Rights Observatory on Tuesday denounced Bahrain's sentencing of blogger Yusuf Nasri, "
                        "said the group's director, Layla Hadid.")
    assert ("represents", "Layla Hadid", "Gulf Rights Observatory") in facts


@pytest.mark.parametrize("text, fact", [
    # "one of the N in Y", "the largest of Y's N": the place noun after "of" says what kind of place and where
    ("Kelmsby, one of the few towns in the semi-arid north of Kenya, was shelled.", ("locatedIn", "Kelmsby", "Kenya")),
    ("Mombasa is one of the busiest ports in Kenya.", ("locatedIn", "Mombasa", "Kenya")),
    ("Kelmsby is the smallest of the five districts in Uganda.", ("locatedIn", "Kelmsby", "Uganda")),
    ("Serbia is the largest of Yugoslavia's six republics.", ("locatedIn", "Serbia", "Yugoslavia")),
    # a site named with its head before "of"
    ("The company performed at the Palace of Fine Arts, in San Francisco, on June 30.",
     ("locatedIn", "Palace of Fine Arts", "San Francisco")),
    ("Ada Rook visited the Museum of Modern Art in Boston.", ("locatedIn", "Museum of Modern Art", "Boston")),
])
def test_round_fourteen_places_after_of(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("Kelmsby is one of the richest donors in Kenya.", ("locatedIn", "Kelmsby", "Kenya")),
    ("Ada Rook met the Minister of Fine Arts in Boston.", ("locatedIn", "Minister of Fine Arts", "Boston")),
])
def test_round_fourteen_places_after_of_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a known city the model took for a name, listed after "in" with other places
    ("Fighting was reported in Aleppo, Homs and Kelmsby in Syria.", ("locatedIn", "Homs", "Syria")),
    ("Crews were sent to Mombasa, Kisumu and Ostby in Kenya.", ("locatedIn", "Kisumu", "Kenya")),
    ("Velmar has contracts with two counties in New Jersey and Dutchess County in New York.",
     ("locatedIn", "Dutchess County", "New York")),
])
def test_round_fourteen_place_lists(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    # a state of a federation is in no other state
    ("Velmar has contracts with two counties in New Jersey and Dutchess County in New York.",
     ("locatedIn", "New Jersey", "New York")),
    ("Storms hit towns in Ohio and Allen County in Indiana.", ("locatedIn", "Ohio", "Indiana")),
    # a people's word with an adverb tells who lives there, not which state holds it
    ("The district includes central Miami, including the heavily Cuban Little Havana area.",
     ("locatedIn", "Little Havana", "Cuba")),
    ("Troops entered the mostly Serbian Kelmsby district.", ("locatedIn", "Kelmsby", "Serbia")),
])
def test_round_fourteen_place_lists_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a town the model took for a person, before a town's office and its holder
    ("Kilbride Falls Mayor Nora Quigley signed a deal on Monday.", ("represents", "Nora Quigley", "Kilbride Falls")),
    ("Harlow Springs Mayor Ada Rook and Tomas Vey met on Friday.", ("represents", "Ada Rook", "Harlow Springs")),
    # one word after an office's "for" or "of": a region for a region's office, a town for a town's
    ("Gunmen killed Fatuma Wairimu, the district commissioner for Lenkai, on Tuesday.",
     ("represents", "Fatuma Wairimu", "Lenkai")),
    ("Ada Rook, the mayor of Ostbury, said the roads were shut.", ("represents", "Ada Rook", "Ostbury")),
    # a state's county named with the state's possessive
    ("A fire forced the evacuation of Pryor Gulch, a town in Montana's Cascade County.",
     ("locatedIn", "Cascade County", "Montana")),
    ("Floods hit Ohio's Allen County on Monday.", ("locatedIn", "Allen County", "Ohio")),
    # airfields are sites
    ("A cargo plane overshot the runway at Dawusaso Airfield in Nkawkrom, a town in Ghana.",
     ("locatedIn", "Dawusaso Airfield", "Nkawkrom")),
    # a rank that is also an adjective, before a name
    ("Six soldiers of the Ninth Brigade were killed, said Major Amos Tevaro, the brigade's spokesman.",
     ("represents", "Amos Tevaro", "Ninth Brigade")),
    # "its mayor" after a town: the town's
    ("The Velm Party won in Mombasa, and its mayor, Ada Rook, resigned.", ("represents", "Ada Rook", "Mombasa")),
    # the name set beside a common noun object
    ("Pal Hegedus, who heads the contractor Vartal Steelworks, spoke.", ("represents", "Pal Hegedus", "Vartal Steelworks")),
    ("The Coldwater Union threatened Trentline's parent company, Halberd Transport Group, with a boycott.",
     ("threatened", "Coldwater Union", "Halberd Transport Group")),
    ("The Velm Union, whose leader Ada Rook spoke at a rally, threatened Ostby Motors with a strike.",
     ("represents", "Ada Rook", "Velm Union")),
])
def test_round_fourteen_blind_dev14_constructions(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("Rebels of the Kivani Liberation Front stormed Kisumu, burned its town hall and abducted its mayor, Benedict Umeh.",
     ("represents", "Benedict Umeh", "Kivani Liberation Front")),
    ("Quillon Systems sued Fenwright Labs. Fenwright Labs called the threat by Quillon Systems to sue 'a marketing stunt'.",
     ("called", "Fenwright Labs", "Quillon Systems")),
    ("Fans of Major League Baseball cheered.", ("represents", "League Baseball", "Major League Baseball")),
    ("Film producer Ada Rook said the studio would close.", ("represents", "Ada Rook", "studio")),
])
def test_round_fourteen_blind_dev14_constructions_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


def test_round_fourteen_a_rank_before_a_body_is_no_title(nlp):
    assert ("Amos Tevaro", "Person") in _mentions(nlp, "Six died, said Major Amos Tevaro, the brigade's spokesman.")
    assert not any(t == "League Baseball" for t, _ in _mentions(nlp, "Fans of Major League Baseball cheered."))


@pytest.mark.parametrize("text, name", [
    # an ordinal the model set apart opens a body's name
    ("Judge Ada Rook of the 2nd U.S. Circuit Court of Appeals ruled on Monday.", "2nd U.S. Circuit Court of Appeals"),
    ("Ola Brenn of the 9th Circuit Court of Appeals dissented.", "9th Circuit Court of Appeals"),
    ("Ada Rook, commander of the 3rd Velm Infantry Regiment, spoke.", "3rd Velm Infantry Regiment"),
])
def test_round_fourteen_ordinal_in_body_name(extract_all, text, name):
    assert any(f[0] == "represents" and f[2] == name for f in extract_all(text)), extract_all(text)


def test_round_fourteen_an_ordinal_alone_is_no_name(nlp):
    assert not any(t.startswith("2nd") for t, _ in _mentions(nlp, "Ada Rook finished 2nd Monday in the Velm Marathon."))


@pytest.mark.parametrize("text, fact", [
    # a body's short name capitalised at a sentence's start, before a title
    ("Critics say the Ostrander Zoo kept its elephants in cramped quarters. Zoo director Helen Varga denied it.",
     ("represents", "Helen Varga", "Ostrander Zoo")),
    ("The Velm Museum reopened on Monday. Museum director Ada Rook said so.", ("represents", "Ada Rook", "Velm Museum")),
    ("The Kelby Aquarium closed. Aquarium manager Tomas Vey blamed the heat.", ("represents", "Tomas Vey", "Kelby Aquarium")),
    # the one a demand's clause names by a pronoun, met or named before in the sentence
    ("Patrick Oduya met Sarah Finch and demanded that she hold a public vote on the closures.",
     ("demanded", "Patrick Oduya", "Sarah Finch")),
    ("Ada Rook phoned Tomas Vey and demanded that he withdraw the bill.", ("demanded", "Ada Rook", "Tomas Vey")),
    ("Ola Brenn wrote to Ada Rook on Monday and demanded that she resign.", ("demanded", "Ola Brenn", "Ada Rook")),
])
def test_round_fourteen_blind_dev15_constructions(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    # a portfolio word capitalised for opening the sentence names no body
    ("Kenya said it would expel the envoys. Foreign ministry spokesman Ada Rook said so.",
     ("spokespersonFor", "Ada Rook", "Foreign")),
    ("Peru cut the budget. Finance ministry official Tomas Vey said so.", ("represents", "Tomas Vey", "Finance")),
    ("Patrick Oduya demanded that he be released.", ("demanded", "Patrick Oduya", "Patrick Oduya")),
    ("Ada Rook praised Tomas Vey. She demanded that he be given a medal.", ("demanded", "Ada Rook", "Tomas Vey")),
    ("Aides to Tomas Vey met Ada Rook and alleged he drank poisoned tea.", ("accused", "Ada Rook", "Tomas Vey")),
    ("Ola Brenn met Ada Rook and said she had resigned.", ("demanded", "Ola Brenn", "Ada Rook")),
])
def test_round_fourteen_blind_dev15_constructions_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a company's officer named with no body: the one company named before
    ("Steelmaker Orbeck Steel reported a loss on Thursday. Chief executive Lars Hovland said the company would recover.",
     ("represents", "Lars Hovland", "Orbeck Steel")),
    ("Velmar Corp. cut its dividend on Monday. Chairman Ada Rook said profits had fallen.",
     ("represents", "Ada Rook", "Velmar Corp.")),
    ("Kelby Foods cut 200 jobs. Managing director Tomas Vey blamed rising costs.", ("represents", "Tomas Vey", "Kelby Foods")),
    # "the mayor of X town": the place named on the noun
    ("Ramon Diaz, the mayor of Santa Lucina town, denied the claims.", ("represents", "Ramon Diaz", "Santa Lucina")),
    ("Ada Rook, the governor of Kelmsby province, said so.", ("represents", "Ada Rook", "Kelmsby")),
    ("Craig Hollis, mayor of the southern Arizona town of Saguaro Springs, spoke.",
     ("represents", "Craig Hollis", "Saguaro Springs")),
])
def test_round_fourteen_officers_and_towns(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    # two companies named: whose officer, it does not say
    ("Velmar Corp. and Ostby Motors reported losses. Chief executive Ada Rook said so.",
     ("represents", "Ada Rook", "Velmar Corp.")),
    # "the mine's owner": the mine's, not the party named before
    ("The Green Future Party backed the mayor. Its leader said the mine's owner, Silesian Deep Coal, had misled residents.",
     ("represents", "Silesian Deep Coal", "Green Future Party")),
    # a spokesman "for" a body the text does not name speaks for no one it names
    ("Peru's army threatened air strikes on the Clan del Huallaga. General Victor Salas, a spokesman for the joint "
     "command, said the group had been given an ultimatum.", ("represents", "Victor Salas", "Clan del Huallaga")),
    ("Craig Hollis, mayor of the southern Arizona town of Saguaro Springs, spoke.", ("represents", "Craig Hollis", "Arizona")),
])
def test_round_fourteen_officers_and_towns_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    # review of round fourteen: none of these is a fact
    ("Velm Corp. announced 300 layoffs on Monday. Jane Pell, a local bakery owner, said the town would suffer.",
     ("represents", "Jane Pell", "Velm Corp.")),
    ("The city council approved the Velm Corp. plan. Council chairman Tom Hale said the vote was close.",
     ("represents", "Tom Hale", "Velm Corp.")),
    ("Velm Corp. cut jobs. Chairman Tom Hale of the county board said so.", ("represents", "Tom Hale", "Velm Corp.")),
    ("Jane Pell, the Minister for Sport, criticized Velm Corp.", ("represents", "Jane Pell", "Sport")),
    ("Tom Hale, the state senator for Kelmsby, criticized Governor Jane Pell.", ("represents", "Jane Pell", "Kelmsby")),
    ("Tom Hale, a lawyer for Jane Pell, asked that she receive a new trial.", ("demanded", "Tom Hale", "Jane Pell")),
    ("Jane Pell, the Secretary of State for Justice, criticized Velm Corp.", ("represents", "Jane Pell", "United States")),
    ("Tom Hale met leaders of the Church of Ostby in Chicago.", ("locatedIn", "Church of Ostby", "Chicago")),
    ("Speaking by phone, President Ilse Vandermeer and President Rashid Omondi of Tanzania agreed to reopen the border.",
     ("represents", "Ilse Vandermeer", "Tanzania")),
])
def test_round_fourteen_review_adds_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # review of round fourteen: facts the first version lost
    ("Nigeria's oil minister Tom Hale met Jane Pell in Abuja.", ("represents", "Tom Hale", "Nigeria")),
    ("California insurance commissioner Tom Hale spoke on Monday.", ("represents", "Tom Hale", "California")),
    ("King Arvid and Queen Lisel of Norway visited Kenya.", ("represents", "Arvid", "Norway")),
    ("President Tomas Okello praised the late President Daniel Wafula of Kenya.", ("represents", "Tomas Okello", "Kenya")),
    ("Tom Hale, the Speaker of the House of Commons, criticized Jane Pell.", ("criticized", "Tom Hale", "Jane Pell")),
    ("Tuareg rebels attacked a police station in Kelmsby, Mali.", ("attacked", "Tuareg", "Kelmsby")),
    ("Tom Hale met leaders of the Church of Ostby in Chicago.", ("metWith", "Tom Hale", "Church of Ostby")),
    ("The Medellin cartel killed Tom Hale.", ("attacked", "Medellin", "Tom Hale")),
    ("Jane Pell, a patron of the Kelton Children's Trust, spoke.", ("represents", "Jane Pell", "Kelton Children's Trust")),
])
def test_round_fourteen_review_keeps_facts(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a post a relative clause gives, now: "who is a director at Y", and its conjunct "and works at Z"
    ("Ada Rook, who is a director at the Velm Institute, spoke.", ("represents", "Ada Rook", "Velm Institute")),
    ("Ada Rook, who is a captain in the Velm Navy, spoke.", ("represents", "Ada Rook", "Velm Navy")),
    ("Ada Rook, 37, who is a major in the Velm Marine Corps and works at the Ostby Arsenal as a press officer, spoke.",
     ("represents", "Ada Rook", "Ostby Arsenal")),
])
def test_round_fourteen_posts_in_relative_clauses(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("Ada Rook, who was a director at the Velm Institute, spoke.", ("represents", "Ada Rook", "Velm Institute")),
    ("Ada Rook, who is not a member of the Velm Party, spoke.", ("represents", "Ada Rook", "Velm Party")),
    ("Ada Rook is not the chairman of the Velm Party.", ("represents", "Ada Rook", "Velm Party")),
    ("Ada Rook, who is a critic of the Velm Party, spoke.", ("represents", "Ada Rook", "Velm Party")),
])
def test_round_fourteen_posts_in_relative_clauses_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # criticism for a wrongdoing the lexicon names accuses its target of it
    ("Ada Rook denounced Velm Farms for stealing water.", ("accused", "Ada Rook", "Velm Farms")),
    ("Ada Rook condemned the Velm Union for lying to its members.", ("accused", "Ada Rook", "Velm Union")),
    ("Ada Rook slammed Velm Motors for cheating customers.", ("accused", "Ada Rook", "Velm Motors")),
    ("The union's president, Amal Haddad, denounced a neighbouring estate, Brightfield Plantations, for stealing water.",
     ("accused", "Amal Haddad", "Brightfield Plantations")),
])
def test_round_fourteen_criticism_for_a_wrongdoing(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("Ada Rook criticised the Velm Union for raising fees.", ("accused", "Ada Rook", "Velm Union")),
    ("Ada Rook praised Velm Farms for stealing the show.", ("accused", "Ada Rook", "Velm Farms")),
    ("Ada Rook did not denounce Velm Farms for stealing water.", ("accused", "Ada Rook", "Velm Farms")),
    ("Ada Rook slammed Velm's chairman, Rupert Aldine, for hiding behind paperwork.",
     ("accused", "Ada Rook", "Rupert Aldine")),
])
def test_round_fourteen_criticism_for_a_wrongdoing_adds_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # round fifteen: names coordinated with a place the model found, after a preposition of place or placed in turn
    ("The plane could land in Kelmby or Dorrant in Azerbaijan.", ("locatedIn", "Dorrant", "Azerbaijan")),
    ("Rebels seized Kelmby and Dorrant in northern Chad.", ("locatedIn", "Dorrant", "Chad")),
    ("Aid reached Kelmby, Sarnow and Tillmark in northern Chad on Monday.", ("locatedIn", "Tillmark", "Chad")),
    ("Fighting was reported near Arbanu and Tessaly in eastern Kenya.", ("locatedIn", "Tessaly", "Kenya")),
])
def test_round_fifteen_coordinated_places(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("Officials from Kelmby and Tom Brill met in Chad.", ("locatedIn", "Tom Brill", "Chad")),
    ("Flooding hit Kelmby, Sarnow and southern Harris Counties in eastern Kenya.", ("locatedIn", "Counties", "Kenya")),
    ("The field lies between Dan Sai District in Loei Province and Lomsak District in Phetchabun Province.",
     ("locatedIn", "District", "Phetchabun Province")),
])
def test_round_fifteen_coordinated_places_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # "A and B of Y" with "of Y" hung on A (as the parser does after some names): the body is both's
    ("Some accuse you of acting in the same way as Hiroshi Tanabe and Noriko Kawase of the Liberal Progressive "
     "Party (LPP) did in the past.", ("represents", "Hiroshi Tanabe", "Liberal Progressive Party")),
    ("Hiroshi Tanabe and Noriko Kawase of the Velm Institute did it in the past.",
     ("represents", "Noriko Kawase", "Velm Institute")),
    ("Yuki Hanada and Sho Imura of the National Renewal Party did so before.",
     ("represents", "Sho Imura", "National Renewal Party")),
    ("Yuki Hanada and Sho Imura of the National Renewal Party did so before.",
     ("represents", "Yuki Hanada", "National Renewal Party")),
])
def test_round_fifteen_people_coordinated_before_of(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("President Tomas Vell and President Anke Soll of Norway met in Oslo.", ("represents", "Tomas Vell", "Norway")),
    ("Haruto Imai of the Velm Institute and Kenji Sato of Halden University signed it.",
     ("represents", "Haruto Imai", "Halden University")),
])
def test_round_fifteen_people_coordinated_before_of_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a bare spokesperson at a body's own briefing, news conference or statement speaks for it
    ("At a regular Velm Ministry briefing in Oslo, spokesman Tor Lind declined to comment.",
     ("spokespersonFor", "Tor Lind", "Velm Ministry")),
    ("In a Halden Institute statement, spokesman Olav Kern denied the report.",
     ("spokespersonFor", "Olav Kern", "Halden Institute")),
    ("At a Pellham Stores news conference on Monday, spokeswoman Ana Rell said prices would rise.",
     ("spokespersonFor", "Ana Rell", "Pellham Stores")),
])
def test_round_fifteen_spokesperson_at_a_bodys_press_event(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("At a news conference, spokeswoman Ana Rell said Pellham Stores and Orbeck Steel would merge.",
     ("spokespersonFor", "Ana Rell", "Pellham Stores")),
    ("At a news conference held by Pellham Stores and Orbeck Steel, spokeswoman Ana Rell said prices would rise.",
     ("spokespersonFor", "Ana Rell", "Orbeck Steel")),
])
def test_round_fifteen_spokesperson_at_a_bodys_press_event_adds_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


def test_round_fifteen_a_seat_named_in_the_paragraph_is_its_holders(extract_all):
    # a state has one head at a time: a president the paragraph names as another's is not its own by default
    got = extract_all("President Tomas Vell of Kenya opened the summit. Later, President Anke Soll praised the talks.")
    assert ("represents", "Tomas Vell", "Kenya") in got
    assert ("represents", "Anke Soll", "Kenya") not in got
    got = extract_all("President Anke Soll praised the talks.\n\nShe spoke in Nairobi, Kenya.")
    assert ("represents", "Anke Soll", "Kenya") in got


@pytest.mark.parametrize("text, fact", [
    # ... but not across paragraphs (a president sworn in after another), nor for an office with many holders
    ("LILONGWE, Malawi - Tomas Brenner was sworn in on Monday after defeating Malawi's president, Lorna Quill, in "
     "the election.\n\nPresident Tomas Brenner said the economy came first.", ("represents", "Tomas Brenner", "Malawi")),
    ("LILONGWE, Malawi - Ambassador Lorna Quill met the visitors. Malawi's ambassador to Zambia, Tomas Brenner, "
     "was also present.", ("represents", "Lorna Quill", "Malawi")),
])
def test_round_fifteen_a_seat_claimed_elsewhere_keeps_other_holders(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # "department" names a region only when placed or a state's
    ("Clashes hit Villa Kollqe, a town in the Potosí department, on Sunday.", ("locatedIn", "Villa Kollqe", "Potosí")),
    ("Two people died in San Fermín de Agua Blanca, a farming town in Honduras' Olancho department.",
     ("locatedIn", "Olancho", "Honduras")),
    ("The silo collapsed near San Rafael, a town in the Alto Paraná department.",
     ("locatedIn", "San Rafael", "Alto Paraná")),
    ("Colombia's Nariño department was hit by floods.", ("locatedIn", "Nariño", "Colombia")),
])
def test_round_fifteen_department_regions(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, name", [
    ("He called the Justice department in Washington on Monday.", "Justice"),
    ("Officials in the Health department of Kelton said so.", "Health"),
])
def test_round_fifteen_an_office_department_is_no_region(nlp, text, name):
    assert (name, "Region") not in named_types(nlp, text)


@pytest.mark.parametrize("text, fact", [
    # "Name of Town, State": a person and her home town, tagged by the model as one name
    ("One message came from the pilot's sister, Peggy Lusk of Batavia, N.Y.", ("locatedIn", "Batavia", "New York")),
    ("The prize went to a retired teacher, Edna Vale of Corbin Falls, Tenn.", ("locatedIn", "Corbin Falls", "Tennessee")),
])
def test_round_fifteen_hometown_after_a_name(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", ["The Bank of Ostby, Vt., failed on Monday.", "Friends of Ostby, Vt., protested."])
def test_round_fifteen_a_body_named_of_a_town_is_no_person(nlp, text):
    assert not any(kind == "Person" for _, kind in named_types(nlp, text))


@pytest.mark.parametrize("text, fact", [
    # "Y, where X is <post>": a post held now at Y
    ("The Cedarview Clinic, where Lukas Brenner is medical director, approved the campaign.",
     ("represents", "Lukas Brenner", "Cedarview Clinic")),
    ("She joined the Velm Institute, where Anna Pelt is a senior researcher.", ("represents", "Anna Pelt", "Velm Institute")),
    ("They went to Halden University, where Tom Brill is the dean.", ("represents", "Tom Brill", "Halden University")),
])
def test_round_fifteen_post_in_a_where_clause(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("The Ostby Clinic, where Tom Brill was director, closed.", ("represents", "Tom Brill", "Ostby Clinic")),
    ("The Ostby Clinic, where Tom Brill is a patient, closed.", ("represents", "Tom Brill", "Ostby Clinic")),
    ("The Ostby Clinic, where Tom Brill is not the director, closed.", ("represents", "Tom Brill", "Ostby Clinic")),
])
def test_round_fifteen_post_in_a_where_clause_adds_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # more wordings of blame, demand and criticism
    ("The Velm Union pinned the blame on Rupali Knit.", ("holdsResponsible", "Velm Union", "Rupali Knit")),
    ("Tom Brill pinned the bombing on the Black Ridge Forces.", ("holdsResponsible", "Tom Brill", "Black Ridge Forces")),
    ("Farah Iqbal challenged the council's leader, Martin Crewe, to publish the report.",
     ("demanded", "Farah Iqbal", "Martin Crewe")),
    ("Tom Brill has leaned on the Brennock Town Council to keep the pool open.",
     ("demanded", "Tom Brill", "Brennock Town Council")),
    ("Anna Pelt leaned on Tom Brill to resign.", ("demanded", "Anna Pelt", "Tom Brill")),
    ("Greyfield Partners rounded on the board of Halloran Brewing.", ("criticized", "Greyfield Partners", "Halloran Brewing")),
    ("The La Ceiba Vendors' Association faces demands from Quetzal Holdings to pay back rent.",
     ("demanded", "Quetzal Holdings", "La Ceiba Vendors' Association")),
    ("Tom Brill faces calls from the Velm Party to resign.", ("demanded", "Velm Party", "Tom Brill")),
    ("The Velm Union received demands from Ostby Mining for higher fees.", ("demanded", "Ostby Mining", "Velm Union")),
    ("The Velm Union accused Sovanna Apparel's managers of lying.", ("accused", "Velm Union", "Sovanna Apparel")),
    ("Tom Brill met Greystane Mining's executives in Lima.", ("metWith", "Tom Brill", "Greystane Mining")),
])
def test_round_fifteen_blind_dev16_wordings(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("Tom Brill pinned the medal on Anna Pelt.", ("holdsResponsible", "Tom Brill", "Anna Pelt")),
    ("Tom Brill challenged the ruling by Anna Pelt in court.", ("demanded", "Tom Brill", "Anna Pelt")),
    ("Tom Brill leaned on Anna Pelt's car to rest.", ("demanded", "Tom Brill", "Anna Pelt")),
    ("Tom Brill faces demands for higher pay.", ("demanded", "Tom Brill", "Tom Brill")),
    ("Tom Brill criticized Greystane Mining's manager, Anna Pelt.", ("criticized", "Tom Brill", "Greystane Mining")),
])
def test_round_fifteen_blind_dev16_wordings_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a plural's possessive inside a body's name: "Fishermen's", "Women's", and "Dyers'" the tagger took for a noun
    ("Delegates of the Karran Fishermen's Cooperative met Tom Brill on Wednesday.",
     ("metWith", "Karran Fishermen's Cooperative", "Tom Brill")),
    ("The Velm Women's League criticized Tom Brill.", ("criticized", "Velm Women's League", "Tom Brill")),
    ("The Dellow Dyers' Union criticised the plant manager, Roisin Garrity, for cutting the bonus.",
     ("criticized", "Dellow Dyers' Union", "Roisin Garrity")),
    ("The Kelton Weavers' Guild met Tom Brill.", ("metWith", "Kelton Weavers' Guild", "Tom Brill")),
])
def test_round_fifteen_plural_possessives_inside_body_names(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", ["The fishermen's nets were cut by Tom Brill.", "Local Farmers' prices fell, said Tom Brill."])
def test_round_fifteen_a_plural_possessive_alone_names_no_body(nlp, text):
    assert not any(kind == "Organization" for _, kind in named_types(nlp, text))


@pytest.mark.parametrize("text, fact", [
    # "rounded on X, accusing it of ...": "it" is the object of the preposition before
    ("The Velm Union rounded on its former ally, the Commonweal Party, accusing it of betrayal.",
     ("accused", "Velm Union", "Commonweal Party")),
    ("The Velm Union lashed out at the Commonweal Party, accusing it of betrayal.",
     ("accused", "Velm Union", "Commonweal Party")),
    ("Tarvin Water was rounded on by the Ellmere Consumer Council on Thursday.",
     ("criticized", "Ellmere Consumer Council", "Tarvin Water")),
    # a town after "of" and before its state, with "who" after the state: the person's, not the town's
    ("Among the first to testify was Ruth Pellow of Gannet Ridge, Okla., who lost her house.",
     ("locatedIn", "Gannet Ridge", "Oklahoma")),
    ("Jurors heard from a neighbour, Dale Whitcomb of Sorrell Bend, Tenn., who saw the truck.",
     ("locatedIn", "Sorrell Bend", "Tennessee")),
    # a spokesperson in a statement a body issued
    ("The strike will go ahead, spokesman Tom Brill said in a statement released by the Velm Union.",
     ("spokespersonFor", "Tom Brill", "Velm Union")),
    ("A spokeswoman for the Verrin Farmers' Union, Gwen Atterby, pinned the fish kill on Selham Chemicals.",
     ("holdsResponsible", "Verrin Farmers' Union", "Selham Chemicals")),
    # "the Paraguayan department of Nu Vera"
    ("The mayor of Yaguari Poty, a town in the Paraguayan department of Nu Vera, spoke.", ("locatedIn", "Nu Vera", "Paraguay")),
    ("Kelmby is a town in the department of Nu Vera.", ("locatedIn", "Kelmby", "Nu Vera")),
])
def test_round_fifteen_review_of_round_fifteen_constructions(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("At a joint news conference held by the Orlow Fire Service and the Bexley Ambulance Trust, spokesman Hamish Tarr "
     "said crews had arrived.", ("spokespersonFor", "Hamish Tarr", "Orlow Fire Service")),
    ("Tom Brill pinned his hopes on Anna Pelt.", ("holdsResponsible", "Tom Brill", "Anna Pelt")),
    ("Prices rounded on Tuesday to a new high, Tom Brill said.", ("criticized", "Tom Brill", "Tuesday")),
])
def test_round_fifteen_review_adds_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # "the town's mayor" of several towns named: the one the text described as a town (a dateline's is the filing place)
    ("TEGUCIGALPA, Honduras - Two people were killed in San Isidro, a farming town in Olancho, on Sunday. "
     "The town's mayor, Wilmer Andino, called for calm.", ("represents", "Wilmer Andino", "San Isidro")),
    ("NAIROBI, Kenya - Floods hit Kelmby, a market town near Lake Turkana, on Friday. The town's mayor, Ada Rook, "
     "asked for help.", ("represents", "Ada Rook", "Kelmby")),
    ("LIMA, Peru - A mine collapsed near Huaral, a mining city in the Andes. The city's mayor, Tom Brill, criticised "
     "the Velm Mining company.", ("represents", "Tom Brill", "Huaral")),
])
def test_round_fifteen_the_towns_mayor_of_the_town_described(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, name", [
    # a town's name that a person shoots or murders names a person (the model may call it a body)
    ("Marek crept into the box and shot Raleigh in the back.", "Raleigh"),
    ("Witnesses said Kessel walked up and shot Columbia at close range.", "Columbia"),
    ("Dorrant followed the car home and shot Richmond in the driveway.", "Richmond"),
])
def test_round_fifteen_a_town_name_shot_by_a_person_is_a_person(nlp, text, name):
    assert (name, "Person") in named_types(nlp, text)


@pytest.mark.parametrize("text, name", [("Rebels shelled Raleigh on Monday.", "Raleigh"),
                                        ("Troops killed six rebels near Raleigh.", "Raleigh")])
def test_round_fifteen_a_town_shelled_stays_a_town(nlp, text, name):
    assert (name, "Person") not in named_types(nlp, text)


@pytest.mark.parametrize("text, wrong", [
    # a town's name alone is the town, not an airport named after it; a ground's "home of" holds no post
    ("The plane left Akron Fulton Airport and crashed, said Tom Brill, aviation director for Akron.",
     ("represents", "Tom Brill", "Akron Fulton Airport")),
    ("Camden Yards, home of the Velm Orioles, was sold on Monday.", ("represents", "Camden Yards", "Velm Orioles")),
    ("Kelton Park, home of the Velm Rovers, was sold.", ("represents", "Kelton Park", "Velm Rovers")),
    ("Ostby, the birthplace of the Velm Party, voted.", ("represents", "Ostby", "Velm Party")),
])
def test_round_fifteen_a_towns_name_and_a_home_hold_no_post(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, name", [
    # a name the model took for a person's, described in apposition as a body, is the body's
    ("Tom Brill criticized Velasco Ferreira, the company that built the bridge.", "Velasco Ferreira"),
    ("Inversiones Quetzal Norte, the company that owns the building, criticized Tom Brill.", "Inversiones Quetzal Norte"),
    ("Ostrander Holloway, the charity that runs the shelter, criticized Tom Brill.", "Ostrander Holloway"),
])
def test_round_fifteen_a_name_described_as_a_body(nlp, text, name):
    assert (name, "Organization") in named_types(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Tom Brill, the company's founder, criticized Ana Pell.", "Tom Brill"),
    ("Malcolm Orne, the head of the Velm Missile Office, the agency involved, spoke.", "Malcolm Orne"),
])
def test_round_fifteen_a_person_described_by_a_post_stays_a_person(nlp, text, name):
    assert (name, "Person") in named_types(nlp, text)


@pytest.mark.parametrize("text, name", [
    # a given name the model left out of a person's name opening a sentence; not a trade ("Anatomist X")
    ("Ilse Pell, a union official, criticized Tom Brill.", "Ilse Pell"),
    ("Anatomist Jeffrey Laitman disputed the findings.", "Jeffrey Laitman"),
    ("Anthropologist Dean Falk of Kelton University supports the findings.", "Dean Falk"),
    ("Geologist Ana Marr of Kelton University disputed the data.", "Ana Marr"),
])
def test_round_fifteen_a_given_name_left_out_of_a_person(nlp, text, name):
    assert (name, "Person") in named_types(nlp, text)


@pytest.mark.parametrize("text, fact", [
    # blind_dev17's wordings: a request lodged with X, a warning received from X, weight thrown behind X, support
    # come out in, a host's guests, a body's leaders or officials met as a group
    ("The Kelm Cooperative lodged a formal request with the Velm Directorate for an inspection.",
     ("demanded", "Kelm Cooperative", "Velm Directorate")),
    ("The Ostby Residents' Group filed a request with Kelton Council to close the road.",
     ("demanded", "Ostby Residents' Group", "Kelton Council")),
    ("Quidlet Loans has received a formal warning from the Wexbridge Trading Standards Office.",
     ("warned", "Wexbridge Trading Standards Office", "Quidlet Loans")),
    ("Tom Brill got a warning from the Velm Party on Monday.", ("warned", "Velm Party", "Tom Brill")),
    ("The Koubéri Hunters' Brotherhood threw its weight behind the Velm Army.",
     ("supports", "Koubéri Hunters' Brotherhood", "Velm Army")),
    ("The Harbourside Independents came out in support of Helen Adebayo-Ward.",
     ("supports", "Harbourside Independents", "Helen Adebayo-Ward")),
    ("Tom Brill hosted the Velm Union's leaders at his office.", ("metWith", "Tom Brill", "Velm Union")),
    ("Tom Brill hosted Ana Pell at his office last week.", ("metWith", "Tom Brill", "Ana Pell")),
    ("Tom Brill met the Velm Union's officials on Monday.", ("metWith", "Tom Brill", "Velm Union")),
    # a region named for a town elsewhere lies where its state's possessive says
    ("Floods hit Nepal's eastern Koshi province.", ("locatedIn", "Koshi", "Nepal")),
    ("Floods hit Saudi Arabia's Riyadh province.", ("locatedIn", "Riyadh", "Saudi Arabia")),
])
def test_round_fifteen_blind_dev17_wordings(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("Tom Brill came out of the Velm Hotel to support Ana Pell's bid.", ("supports", "Tom Brill", "Velm Hotel")),
    ("Kenya hosted the Velm Games in Nairobi.", ("metWith", "Kenya", "Velm Games")),
    ("Tom Brill received a warning about storms from the radio.", ("warned", "radio", "Tom Brill")),
    ("Gunmen killed the Velm Union's officials.", ("metWith", "Gunmen", "Velm Union")),
])
def test_round_fifteen_blind_dev17_wordings_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # stripping someone of a licence or a title, and blacklisting, are punitive acts a body may threaten; "signalled
    # that" reports what a body says
    ("The Corran Valley Broadcasting Authority signalled on Thursday that it was ready to strip Radio Tormore of its "
     "FM licence.", ("threatened", "Corran Valley Broadcasting Authority", "Radio Tormore")),
    ("The Velm League said it will strip Kelton Rovers of their title.", ("threatened", "Velm League", "Kelton Rovers")),
    ("The Velm Council threatened to blacklist Ostby Builders.", ("threatened", "Velm Council", "Ostby Builders")),
    ("The Velm League said it would strip Kelton Rovers of their title if the club fielded ineligible players.",
     ("threatened", "Velm League", "Kelton Rovers")),
])
def test_round_fifteen_stripping_and_blacklisting_threatened(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("The Velm Union stripped Tom Brill of his membership.", ("threatened", "Velm Union", "Tom Brill")),
    ("Tom Brill stripped the paint off the Velm Hall walls.", ("threatened", "Tom Brill", "Velm Hall")),
])
def test_round_fifteen_stripping_done_is_no_threat(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # "the league's chief executive, X": the body named before with that noun as its last word
    ("The Eastmere Premier League said on Monday it would cut fixtures. The league's chief executive, Graham Tolley, "
     "defended the decision.", ("represents", "Graham Tolley", "Eastmere Premier League")),
    ("The Kelton Rugby Union fined Carrowmore RFC. The union's secretary, Glenn Armitage, said so.",
     ("represents", "Glenn Armitage", "Kelton Rugby Union")),
    ("The Velm Union met the Kelton Party on Monday. The party's leader, Ana Pell, spoke.",
     ("represents", "Ana Pell", "Kelton Party")),
])
def test_round_fifteen_a_bodys_noun_possessive_before_a_title(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a title word inside a body's name the model did not tag ("Premier" in "the Eastmere Premier League")
    ("Tom Brill criticized the Eastmere Premier League.", ("criticized", "Tom Brill", "Eastmere Premier League")),
    ("Tom Brill met the Kelton Governor Council.", ("metWith", "Tom Brill", "Kelton Governor Council")),
    ("Ilse Pell sued the Ostby Chancellor Foundation.", ("accused", "Ilse Pell", "Ostby Chancellor Foundation")),
])
def test_round_fifteen_a_title_word_inside_a_body_name(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_fifteen_a_title_before_a_name_stays_a_title(extract_all):
    assert ("represents", "Tom Brill", "Labor Party") in extract_all("Labor Party Secretary Tom Brill met Ana Pell.")


@pytest.mark.parametrize("text, fact", [
    # a region named with its kind is the region, not a body whose name starts with it
    ("The Alibori Mujahideen Front's fighters stormed Kandi-Gando, a market town in Benin's northern Alibori "
     "department, before dawn on Thursday.", ("locatedIn", "Kandi-Gando", "Alibori")),
    ("The Kelmar Liberation Army attacked Ostby, a town in Chad's Kelmar region.", ("locatedIn", "Ostby", "Kelmar")),
    ("Fighters of the Tarsk People's Front raided Velby, in the Tarsk province of Kenya.", ("locatedIn", "Tarsk", "Kenya")),
    # a state's directorate, inspectorate or regulator acts for it
    ("Norway's fisheries directorate told Nordvik Havbruk to slaughter the fish.", ("demanded", "Norway", "Nordvik Havbruk")),
    ("Kenya's energy regulator ordered Velm Power to cut its prices.", ("demanded", "Kenya", "Velm Power")),
    ("Chile's labour inspectorate told Andes Litio to stop the night shifts.", ("demanded", "Chile", "Andes Litio")),
])
def test_round_fifteen_regions_by_kind_and_state_directorates(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # what a lawsuit, complaint or report says, its author says: by its "filed by", its owner, or who the paragraph
    # says brought it
    ("A lawsuit filed on Monday by the Velm Fund accuses Orbeck Mining of falsifying data.",
     ("accused", "Velm Fund", "Orbeck Mining")),
    ("The Velm Union's complaint accuses Orbeck Mining of poisoning the river.", ("accused", "Velm Union", "Orbeck Mining")),
    ("A lawsuit filed in federal court on Monday accuses Mesquite Flats Energy of falsifying emissions data. The suit "
     "was brought by the Desert Air Defense Fund and joined by the Casa Palo Neighbors' Council.",
     ("accused", "Casa Palo Neighbors' Council", "Mesquite Flats Energy")),
    ("A lawsuit accuses Orbeck Mining of fraud. The suit was filed by Tom Brill.", ("accused", "Tom Brill", "Orbeck Mining")),
])
def test_round_fifteen_a_documents_author_says_what_it_says(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("A lawsuit accuses Orbeck Mining of fraud. Tom Brill said the suit was baseless.",
     ("accused", "Tom Brill", "Orbeck Mining")),
    ("Tom Brill criticized a report by the Velm Fund that accuses Orbeck Mining of fraud.",
     ("accused", "Tom Brill", "Orbeck Mining")),
])
def test_round_fifteen_a_documents_author_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a trade in "-maker" or "-builder" opening a sentence is no part of the body's name
    ("Papermaker Nordvall Paper said on Tuesday that demand had fallen. Chief executive Outi Rautanen said the "
     "company might ask for support.", ("represents", "Outi Rautanen", "Nordvall Paper")),
    ("Toymaker Velm Toys sued Orbeck Mining.", ("accused", "Velm Toys", "Orbeck Mining")),
    ("Boatbuilder Kessel Yachts criticized Orbeck Mining.", ("criticized", "Kessel Yachts", "Orbeck Mining")),
])
def test_round_fifteen_a_trade_opening_a_body_name(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    # review of round fifteen: false facts its first version gave
    ("Responding to a Velm Union statement, spokesman Tomas Brenner accused Tarsk Motors of lying.",
     ("accused", "Velm Union", "Tarsk Motors")),
    ("Government spokesman Tomas Brenner dismissed the Velm Front statement as propaganda.",
     ("spokespersonFor", "Tomas Brenner", "Velm Front")),
    ("Spokeswoman Lorna Quill said a statement issued by the Velm Union was misleading.",
     ("spokespersonFor", "Lorna Quill", "Velm Union")),
    ("Police said Kelmby Prison, where Tomas Brenner is an inmate, was locked down.",
     ("represents", "Tomas Brenner", "Kelmby Prison")),
    ("The Velm High Court, where Tomas Brenner is the defendant, adjourned.", ("represents", "Tomas Brenner", "Velm High Court")),
    ("Velm Steel faces strong demand from Tarsk Motors for its new alloy.", ("demanded", "Tarsk Motors", "Velm Steel")),
    ("Velm Corp leans on Tarsk Bank to finance its expansion.", ("demanded", "Velm Corp", "Tarsk Bank")),
    ("Kelmby Rovers will challenge Tarsk United to win the title this season.",
     ("demanded", "Kelmby Rovers", "Tarsk United")),
    ("Kelmby Rovers hosted Tarsk United at their home ground on Saturday.", ("metWith", "Kelmby Rovers", "Tarsk United")),
])
def test_round_fifteen_review_adds_no_false_fact_again(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a person joined to a place by "and" in two clauses the parser read as one list stays a person
    ("Aid arrived from Paris and Ana Pell, the UN envoy, praised the effort.", ("represents", "Ana Pell", "United Nations")),
    ("Reporters were sent to Cairo and Tomas Brenner, the Velm Times editor, went with them.",
     ("represents", "Tomas Brenner", "Velm Times")),
])
def test_round_fifteen_review_keeps_people_after_places(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, name, kind", [
    ("Chef Tomas Brenner criticised Orbeck Mining.", "Tomas Brenner", "Person"),
    ("Pilot Tomas Brenner blamed the Velm Airport.", "Tomas Brenner", "Person"),
])
def test_round_fifteen_review_a_common_word_is_no_given_name(nlp, text, name, kind):
    assert (name, kind) in named_types(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("She worked in the Velmair department of the Tarsk Group.", "Velmair"),
    ("Planned Parenthood of Kelton, Ohio, accused Tom Brill.", "Planned Parenthood"),
])
def test_round_fifteen_review_no_region_or_person_from_a_body(nlp, text, name):
    assert not {(name, "Region"), (name, "Person")} & named_types(nlp, text)


@pytest.mark.parametrize("text, fact", [
    # "said it would take legal action against X": "it" is the speaker's body, as in "take X to court"
    ("The Velm Union said it will take legal action against Orbeck Mining.", ("threatened", "Velm Union", "Orbeck Mining")),
    ("Kenya said it would take action against the Velm Front.", ("threatened", "Kenya", "Velm Front")),
    ("The Velm Union said it would take legal action against Orbeck Mining if wages were not paid.",
     ("threatened", "Velm Union", "Orbeck Mining")),
])
def test_round_fifteen_it_would_take_action(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_fifteen_it_takes_time_is_no_threat(extract_all):
    got = extract_all("The Velm Union said it would take time to settle with Orbeck Mining.")
    assert ("threatened", "Velm Union", "Orbeck Mining") not in got


@pytest.mark.parametrize("text, fact", [
    # "laid the blame at X's door", "laid the blame on X"
    ("The Velm Union laid the blame at Orbeck Mining's door.", ("holdsResponsible", "Velm Union", "Orbeck Mining")),
    ("The Velm Union laid the blame for the spill squarely on Orbeck Mining.",
     ("holdsResponsible", "Velm Union", "Orbeck Mining")),
    ("Tom Brill laid the blame on the Kelton Council.", ("holdsResponsible", "Tom Brill", "Kelton Council")),
])
def test_round_fifteen_according_to_and_laid_blame(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    ("Tom Brill laid a wreath at the Velm Memorial.", ("holdsResponsible", "Tom Brill", "Velm Memorial")),
    ("Orbeck Mining cut jobs, according to the Velm Union.", ("accused", "Velm Union", "Orbeck Mining")),
    # a newspaper a sentence is attributed to is no accuser
    ("According to the Velm Herald, we have seen no evidence that Tarsk Mining bribed anyone.",
     ("accused", "Velm Herald", "Tarsk Mining")),
])
def test_round_fifteen_according_to_and_laid_blame_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # reprisals or retaliation vowed against someone threaten them
    ("The Velm Front promised reprisals against the Kelton Army.", ("threatened", "Velm Front", "Kelton Army")),
    ("Kenya vowed retaliation against the Velm Front.", ("threatened", "Kenya", "Velm Front")),
    ("The Velm Front pledged reprisals against Kenya.", ("threatened", "Velm Front", "Kenya")),
])
def test_round_fifteen_vowed_revenge(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", ["The Velm Front sought revenge for the raid on Kelton.",
                                  "Velm Rovers vowed revenge on Tarsk United in the return leg."])
def test_round_fifteen_revenge_sought_for_a_raid_names_no_one(extract_all, text):
    got = extract_all(text)
    assert not any(f == "threatened" for f, _, _ in got)


@pytest.mark.parametrize("text, wrong", [
    # second review of round fifteen: false facts its late commits gave
    ("A lawsuit accuses Velm Bank of fraud. The suit was dismissed by Judge Ilse Pell.", ("accused", "Ilse Pell", "Velm Bank")),
    ("A report accuses Velm Bank of fraud. The report was leaked by Dario Kant.", ("accused", "Dario Kant", "Velm Bank")),
    ("Velm Rail's safety report, compiled by the Tarsk Rail Inspectorate, criticises Ivo Renn.",
     ("criticized", "Velm Rail", "Ivo Renn")),
    ("Velm Bank said it would take action to cut costs after the Tarsk Ministry fined it.",
     ("threatened", "Velm Bank", "Tarsk Ministry")),
    ("Velm Rovers hosted Tarsk United, the league leaders, on Saturday.", ("metWith", "Velm Rovers", "Tarsk United")),
    ("The Tarsk Union submitted a request together with the Velm Union for a pay rise.",
     ("demanded", "Tarsk Union", "Velm Union")),
    ("Velm Fund received a profit warning from Tarsk Mining, in which it holds a stake.",
     ("warned", "Tarsk Mining", "Velm Fund")),
])
def test_round_fifteen_second_review_adds_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, name, kind", [
    ("Labour Minister Ana Pell praised Ivo Renn, the union and the dockers for ending the strike.", "Ivo Renn", "Person"),
    ("Dr Ansel Morrow met President Ivo Renn in Nairobi.", "Ansel Morrow", "Person"),
])
def test_round_fifteen_second_review_keeps_names(nlp, text, name, kind):
    assert (name, kind) in named_types(nlp, text)


def test_round_fifteen_a_statement_quoting_its_spokesman(extract_all):
    got = extract_all("A Velm Ministry statement quoted spokesman Ivo Renn as saying Tarsk Mining had lied.")
    assert ("spokespersonFor", "Ivo Renn", "Velm Ministry") in got


@pytest.mark.parametrize("text, fact", [
    # "X's insistence that Y pay": a demand on Y, as "X's demand that Y pay"
    ("The Velm Union's insistence that Orbeck Mining pay the bonus angered managers.", ("demanded", "Velm Union", "Orbeck Mining")),
    ("Tom Brill's insistence that Kelton Rovers must sell the ground angered fans.", ("demanded", "Tom Brill", "Kelton Rovers")),
    ("The Ostby Council's insistence that Velm Builders should finish the bridge angered the firm.",
     ("demanded", "Ostby Council", "Velm Builders")),
])
def test_round_fifteen_insistence_that(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_fifteen_insistence_on_innocence_is_no_demand(extract_all):
    got = extract_all("The Velm Union's insistence that Orbeck Mining was innocent was ignored.")
    assert ("demanded", "Velm Union", "Orbeck Mining") not in got


# --- round sixteen -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    # a finite verb the parser hung on an infinitive or gerund, or on a reported clause in another tense, is the
    # main subject's
    ("Nadia Ferrante accused the Velm Front of trying to silence the press and called on Kenya to arrest its leaders.",
     ("demanded", "Nadia Ferrante", "Kenya")),
    ("Mayor Ivo Renn said the town will not be intimidated and called on Peru to ban the Velm Front.",
     ("demanded", "Ivo Renn", "Peru")),
    ("The Tarsk Union accused Orbeck Mining of refusing to pay overtime and urged Chile to intervene.",
     ("demanded", "Tarsk Union", "Chile")),
    ("Dario Kant said the strike would go ahead and asked the Velm Council to mediate.",
     ("demanded", "Dario Kant", "Velm Council")),
])
def test_round_sixteen_coordinated_verb_hung_low(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_coordinated_verb_of_the_reported_clause_stays_there(extract_all):
    got = extract_all("Ana Pell said the Velm Front had seized the mine and demanded a ransom from Orbeck Mining.")
    assert ("demanded", "Ana Pell", "Orbeck Mining") not in got


@pytest.mark.parametrize("text, name", [
    # a name set beside a noun only a person is, whatever the model tagged it
    ("Police shot a young man, Arvid Kollen, outside the Kelso bar.", "Arvid Kollen"),
    ("Guards beat a handcuffed man, Terrell Voss, at the Orbeck jail.", "Terrell Voss"),
    ("The spokeswoman for the regional water agency, Carla Montefiore-Ngata, said the dam was safe.",
     "Carla Montefiore-Ngata"),
])
def test_round_sixteen_name_beside_a_person_noun_is_a_person(nlp, text, name):
    assert (name, "Person") in named_types(nlp, text)


def test_round_sixteen_name_after_a_body_noun_stays_the_body(nlp):
    types = named_types(nlp, "Ana Ferro, a spokeswoman for the rebel group, the Tidewater Front, accused the Velm "
                             "Army of shelling Kelso.")
    assert ("Tidewater Front", "Organization") in types


@pytest.mark.parametrize("text, fact", [
    # "police" and "management" without "the": the police force, or the employer, named before
    ("Inspector Alana Briggs of the Tallowmere Police made the arrest. His lawyer, Martin Szabo, accused police of "
     "leaking details.", ("accused", "Martin Szabo", "Tallowmere Police")),
    ("Nordlys Paper threatened to close its mill unless the Pulp Workers Federation ended its ban. On Monday the "
     "federation accused management of bargaining in bad faith.", ("accused", "Pulp Workers Federation", "Nordlys Paper")),
    ("Kelso Steel cut the night shift. Union leader Ingrid Dahl then accused management of breaking the contract.",
     ("accused", "Ingrid Dahl", "Kelso Steel")),
    ("Talks between the Airline Pilots Guild and SkyLark Air broke down after the guild accused management of "
     "hiring foreign crews.", ("accused", "Airline Pilots Guild", "SkyLark Air")),
])
def test_round_sixteen_bare_police_and_management(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_bare_police_with_no_police_named(extract_all):
    got = extract_all("Velm Mining cut jobs in Kelso. Residents accused police of brutality.")
    assert not any(f == "accused" and o == "Velm Mining" for f, _, o in got)


@pytest.mark.parametrize("text, fact", [
    # "the company" for a firm named with a trade word
    ("Leaders of the Pacific Seafarers Union and the shipping line Coral Sea Freight met. Union secretary Brendan "
     "Kealy accused the company of lying.", ("accused", "Brendan Kealy", "Coral Sea Freight")),
    ("The Velm Drivers Union met Swiftline Coaches on Monday. The union later accused the company of stealing wages.",
     ("accused", "Velm Drivers Union", "Swiftline Coaches")),
    ("The Kelso Growers Guild sued Sungai Emas Plantations. It accused the company of burning peat forest.",
     ("accused", "Kelso Growers Guild", "Sungai Emas Plantations")),
])
def test_round_sixteen_the_company_for_a_trade_named_firm(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, name", [
    ("The Velm Dockers Union accused Ekoport Bulk Terminals of sacking 140 dockers.", "Ekoport Bulk Terminals"),
    ("The Velm Miners Union accused Kestrel Bay Refineries of poisoning the bay.", "Kestrel Bay Refineries"),
    ("The Velm Drivers Union accused Swiftline Coaches of cutting wages.", "Swiftline Coaches"),
    ("The league fined Club Deportivo Huallaga after Ana Ruiz accused Club Deportivo Huallaga of cheating.",
     "Club Deportivo Huallaga"),
])
def test_round_sixteen_trade_words_name_bodies(nlp, text, name):
    assert (name, "Organization") in named_types(nlp, text)


@pytest.mark.parametrize("text, name", [
    # trade words that are also surnames do not make a body of a person's name
    ("Kenya's foreign minister, Ron Nickel, phoned Uganda.", "Ron Nickel"),
    ("The State Department's spokesman, Ned Brands, accused Iran of lying.", "Ned Brands"),
    ("Kenya's envoy, Lisa Copper, met Uganda's president.", "Lisa Copper"),
])
def test_round_sixteen_surname_like_word_stays_a_person(nlp, text, name):
    assert (name, "Person") in named_types(nlp, text)


@pytest.mark.parametrize("text, facts", [
    # "both groups", "both sides": the two named before, not the clause's own subject
    ("The Zawiya Lions Brigade vowed to retaliate against the Nafusa Shield Force. The United Nations mission in "
     "Libya warned both groups against any escalation.",
     {("warned", "United Nations", "Zawiya Lions Brigade"), ("warned", "United Nations", "Nafusa Shield Force")}),
    ("Troops of Peru and Ecuador clashed on the border. The United Nations urged both sides to show restraint.",
     {("demanded", "United Nations", "Peru"), ("demanded", "United Nations", "Ecuador")}),
    ("The Velm Front and the Kelton Army fought near the border. Kenya urged both groups to end the fighting.",
     {("demanded", "Kenya", "Velm Front"), ("demanded", "Kenya", "Kelton Army")}),
])
def test_round_sixteen_both_groups(extract_all, text, facts):
    assert facts <= extract_all(text)


def test_round_sixteen_both_sides_said_is_no_third_party(extract_all):
    got = extract_all("The Velm Front met the Kelton Army on Monday. Both sides said the talks had gone well.")
    assert not any(f == "demanded" for f, _, _ in got)


@pytest.mark.parametrize("text, fact", [
    # "met leaders of X ... and pressed them to": X
    ("Labour minister Ana Pell met leaders of the Quebrada Roja Mineworkers' Union and pressed them to accept "
     "mediation.", ("demanded", "Ana Pell", "Quebrada Roja Mineworkers' Union")),
    ("Mayor Ivo Renn met leaders of the Kelso Traders Association on Friday and urged them to reopen the market.",
     ("demanded", "Ivo Renn", "Kelso Traders Association")),
    ("The envoy, Dario Kant, received leaders of the Velm Front in Nairobi and asked them to free the hostages.",
     ("demanded", "Dario Kant", "Velm Front")),
])
def test_round_sixteen_leaders_then_them(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_them_for_documents_is_no_body(extract_all):
    got = extract_all("Ana Pell met leaders of the Kelso Traders Association, read their reports and asked the "
                      "Velm Ministry to publish them.")
    assert ("demanded", "Ana Pell", "Kelso Traders Association") not in got


@pytest.mark.parametrize("text, fact", [
    ("The Liga Andina de Fútbol fined Club Deportivo Huallaga on Monday. League president Rosario Quispe said the "
     "club had ten days to pay.", ("represents", "Rosario Quispe", "Liga Andina de Fútbol")),
    ("The Ostby Hockey League suspended two players. League chief executive Ivo Renn said more bans would follow.",
     ("represents", "Ivo Renn", "Ostby Hockey League")),
    ("The Tarsk Cricket League met on Monday. League chairman Dario Kant resigned afterwards.",
     ("represents", "Dario Kant", "Tarsk Cricket League")),
])
def test_round_sixteen_league_officer(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_league_top_scorer_holds_no_office(extract_all):
    got = extract_all("The Ostby Hockey League ended on Sunday. The league's top scorer, Ivo Renn, signed for Kelso.")
    assert ("represents", "Ivo Renn", "Ostby Hockey League") not in got


@pytest.mark.parametrize("text, fact", [
    # a body's name with "and" inside, which the model cut in two
    ("The Umoja Alliance accused the Kenya Polls and Boundaries Board of deleting names.",
     ("accused", "Umoja Alliance", "Kenya Polls and Boundaries Board")),
    ("The Velm Union criticised the Roads and Bridges Authority for the delays.",
     ("criticized", "Velm Union", "Roads and Bridges Authority")),
    ("The Velm Front accused the Ports and Harbours Board of corruption.",
     ("accused", "Velm Front", "Ports and Harbours Board")),
    ("The Kenya Polls and Boundaries Board accused Uganda of fraud.",  # the model's name ends in "and"
     ("accused", "Kenya Polls and Boundaries Board", "Uganda")),
])
def test_round_sixteen_and_inside_a_body_name(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_two_bodies_joined_by_and_stay_two(extract_all):
    got = extract_all("The Velm Front accused the Kenya Polls and Orvik Oil Board of fraud.")
    assert not any(o == "Kenya Polls and Orvik Oil Board" for _, _, o in got)


@pytest.mark.parametrize("text, fact", [
    # the alternative to a demand: a loss ("or lose its licence"), a punitive act ("or be evicted"), an attack
    ("Hartfield Stores has given Green Valley Creameries 30 days to cut its prices or lose its shelf space.",
     ("threatened", "Hartfield Stores", "Green Valley Creameries")),
    ("Harwood Estates told the Kestrel Valley Riding Club to pay its rent or be evicted from the paddocks.",
     ("threatened", "Harwood Estates", "Kestrel Valley Riding Club")),
    ("The Ansar al-Furqan militia gave the Libyan army a 48-hour ultimatum to withdraw or face an all-out assault.",
     ("threatened", "Ansar al-Furqan", "Libyan army")),
    ("The Velm Council told Orbeck Taxis to fit meters by May or forfeit their licences.",
     ("threatened", "Velm Council", "Orbeck Taxis")),
])
def test_round_sixteen_or_lose_or_be_punished(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_or_lose_a_match_is_no_threat(extract_all):
    got = extract_all("The Kelso Trust told the Orvik Rowing Club to train harder or lose the final.")
    assert ("threatened", "Kelso Trust", "Orvik Rowing Club") not in got


@pytest.mark.parametrize("text, fact", [
    # a name set off right after "the" and a body's noun names that body, however the parser hung it
    ("Ruth Okafor, who chairs the group, Clean Harwick, insisted that Orbeck Steel must pay.",
     ("represents", "Ruth Okafor", "Clean Harwick")),
    ("Ossian Pell, a spokesman for the rebel group, the Saltmarsh Covenant, said its fighters had ambushed a convoy.",
     ("represents", "Ossian Pell", "Saltmarsh Covenant")),
    ("Dario Kant, who founded the charity, Kelso Water Watch, accused Orbeck Steel of poisoning the river.",
     ("represents", "Dario Kant", "Kelso Water Watch")),
])
def test_round_sixteen_name_set_off_after_a_body_noun(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_name_after_a_named_body_noun_is_not_its_name(extract_all):
    got = extract_all("Aurelia Nkemelu met the owner of the Marlow Lions club, Desmond Achterberg, in Geneva.")
    assert ("metWith", "Aurelia Nkemelu", "Desmond Achterberg") in got


@pytest.mark.parametrize("text, name", [
    # a body's name ending in a country's, after a noun that describes a body, which the model named nothing
    ("Sigrid Aune, head of the charity Asylum Rights Norway, telephoned Arne Bakken on Sunday.", "Asylum Rights Norway"),
    ("The aid group Clean Water Kenya accused Orbeck Mining of draining the wells.", "Clean Water Kenya"),
    ("Ivo Renn, director of the foundation Open Archives Peru, resigned on Friday.", "Open Archives Peru"),
])
def test_round_sixteen_body_named_for_a_country_after_its_noun(nlp, text, name):
    assert (name, "Organization") in named_types(nlp, text)


def test_round_sixteen_country_after_a_plain_noun_stays_the_country(nlp):
    types = named_types(nlp, "Aid workers from Norway accused Orbeck Mining of draining the wells.")
    assert ("Norway", "Country") in types


@pytest.mark.parametrize("text, fact", [
    # a place, a portfolio and a title before a name: the place's office, not a body "Florida Agriculture"
    ("Florida Agriculture Commissioner Dale Pruett met oyster farmers on Wednesday.", ("represents", "Dale Pruett", "Florida")),
    ("Texas Agriculture Commissioner Jim Holt said the ban would stay.", ("represents", "Jim Holt", "Texas")),
    ("Oregon Transport Commissioner Mara Voss fined Orbeck Freight.", ("represents", "Mara Voss", "Oregon")),
])
def test_round_sixteen_place_portfolio_title(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_company_named_for_a_place_keeps_its_officer(extract_all):
    got = extract_all("Texas Instruments Secretary Ivo Renn met investors in Dallas.")
    assert ("represents", "Ivo Renn", "Texas") not in got


def test_round_sixteen_place_in_a_body_name_stays_the_body(extract_all):
    got = extract_all("The Nevada Mining Safety Board chairman, Mara Voss, fined Orbeck Gold.")
    assert ("represents", "Mara Voss", "Nevada") not in got


@pytest.mark.parametrize("text, fact", [
    # a seat "on" a council or board, as "of" it
    ("Ana Ruiz, a councillor on the Kelso City Council, said the budget was too small.",
     ("represents", "Ana Ruiz", "Kelso City Council")),
    ("Ivo Renn, a member on the Velm Water Board, voted against the rise.", ("represents", "Ivo Renn", "Velm Water Board")),
    ("Mara Voss, a board member on the Orbeck Arts Trust, accused the Velm Ministry of cutting its grant.",
     ("represents", "Mara Voss", "Orbeck Arts Trust")),
])
def test_round_sixteen_seat_on_a_council(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_on_after_a_title_names_no_seat_otherwise(extract_all):
    got = extract_all("Ana Ruiz, a councillor, spoke on Velm Radio on Monday.")
    assert ("represents", "Ana Ruiz", "Velm Radio") not in got


@pytest.mark.parametrize("text, fact", [
    # calling someone a word of condemnation (derogatory_words) criticises them
    ("Dwayne Porter called Vantage Motors a disgrace.", ("criticized", "Dwayne Porter", "Vantage Motors")),
    ("Ana Ruiz called the Velm Party reckless and dishonest.", ("criticized", "Ana Ruiz", "Velm Party")),
    ("The Kelso Tenants League called Orbeck Homes a bully.", ("criticized", "Kelso Tenants League", "Orbeck Homes")),
    ("Mayor Ivo Renn called the Tarsk Front cowardly.", ("criticized", "Ivo Renn", "Tarsk Front")),
])
def test_round_sixteen_called_a_word_of_condemnation(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_called_a_partner_is_no_criticism(extract_all):
    got = extract_all("Ana Ruiz called the Velm Party a partner.")
    assert ("criticized", "Ana Ruiz", "Velm Party") not in got


@pytest.mark.parametrize("text, wrong", [
    # review of round sixteen: a verb sharing the reported clause's auxiliary, or one a modal governs, stays there
    ("Ukraine said Russia has launched drones overnight and struck Kyiv.", ("attacked", "Ukraine", "Kyiv")),
    ("Kenya said Uganda has not attacked Rwanda or shelled Burundi.", ("attacked", "Kenya", "Burundi")),
    ("Kenya said Uganda could have stopped the rebels and warned Rwanda.", ("warned", "Kenya", "Rwanda")),
    ("Iran said it would retaliate and hit Israel.", ("attacked", "Iran", "Israel")),
    ("Russia plans to mass troops and hit Kyiv.", ("attacked", "Russia", "Kyiv")),
    ("Kenya said Uganda is massing troops and shelled Rwanda.", ("attacked", "Kenya", "Rwanda")),
    # bare "police" and "management" with a phrase of their own are someone else's
    ("The Orvik Metropolitan Police arrested two men. Kenya accused police in Uganda of torturing Kenyans.",
     ("accused", "Kenya", "Orvik Metropolitan Police")),
    ("Orvik Motors cut jobs. The Tarrow Workers Union accused management at Kessel Steel of lying.",
     ("accused", "Tarrow Workers Union", "Orvik Motors")),
    ("Orvik Motors cut 300 jobs. Management consultant Ana Ruiz said the cuts were overdue.",
     ("represents", "Ana Ruiz", "Orvik Motors")),
    ("The Greyholm Traders' Association met the Greyholm Town Council and accused police of ignoring burglaries.",
     ("accused", "Greyholm Traders' Association", "Greyholm Town Council")),
    # "both sides": not a third party who commented in between
    ("The Voss Brigade attacked the Kelso Front. Egypt blamed both groups. Sudan urged both sides to talk.",
     ("demanded", "Sudan", "Egypt")),
    # "them": the nearest plural, not leaders met before
    ("Uganda met leaders of the Kelso Front and then bombed Voss Brigade camps, destroying them.",
     ("attacked", "Uganda", "Kelso Front")),
])
def test_round_sixteen_review_adds_no_false_fact(extract, text, wrong):
    assert wrong not in extract(text)


@pytest.mark.parametrize("text, fact", [
    ("Ukraine said Russia has launched drones overnight and struck Kyiv.", ("attacked", "Russia", "Kyiv")),
    ("Kessel Construction was fined. The Federation of Master Builders said it had warned the company.",
     ("warned", "Federation of Master Builders", "Kessel Construction")),
    ("The Voss Brigade and the Kelso Front fought in Mali. Niger urged both groups to talk.",
     ("demanded", "Niger", "Kelso Front")),
    ("The Voss Brigade attacked the Kelso Front. Egypt blamed both groups. Sudan urged both sides to talk.",
     ("demanded", "Sudan", "Voss Brigade")),
])
def test_round_sixteen_review_keeps_true_facts(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, fact", [
    # a name the model took for a person's is a body's when "the" opens it or its head word says so
    ("Inspectors visited the Marlow Creamery on Monday. The creamery's owner, Tom Ruddock, thanked them.",
     ("represents", "Tom Ruddock", "Marlow Creamery")),
    ("The Zukunft Partei won 12 seats. Zukunft co-leader Aylin Demirtas said the talks would go on.",
     ("represents", "Aylin Demirtas", "Zukunft Partei")),
    ("Harwood Estates sued the club. Harwood's estate manager, Giles Penrose, said the club had ignored eleven letters.",
     ("represents", "Giles Penrose", "Harwood Estates")),
    ("Clube Atlético Vilarenho won 3-1. Vilarenho coach Fernando Lage warned of complacency.",
     ("represents", "Fernando Lage", "Clube Atlético Vilarenho")),
])
def test_round_sixteen_bodies_the_model_took_for_people(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_a_person_after_the_and_an_adjective_stays_a_person(nlp):
    types = named_types(nlp, "Mayor Ana Ruiz praised the brave Ivo Renn, who pulled two children from the river.")
    assert ("Ivo Renn", "Person") in types


@pytest.mark.parametrize("text, fact", [
    # a body's name the gazetteer knows, ending a place's name described as a place ("Rancho Boeing, a village")
    ("Troops retook Rancho Boeing, a village in Mexico's Sonora state.", ("locatedIn", "Rancho Boeing", "Sonora")),
    ("Floods cut off Loma Nokia, a village in the Tarija department of Bolivia.", ("locatedIn", "Loma Nokia", "Tarija")),
    ("Police found the bodies near Quebrada Honda, a hamlet in the Atacama region of Chile.",
     ("locatedIn", "Quebrada Honda", "Atacama")),
])
def test_round_sixteen_body_name_inside_a_place_name(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_body_beside_a_place_stays_the_body(nlp):
    types = named_types(nlp, "The Velm Union accused Boeing of cutting jobs in Rancho Verde, a village in Mexico's "
                             "Sonora state.")
    assert ("Boeing", "Organization") in types and ("Rancho Verde", "City") in types


@pytest.mark.parametrize("text, fact", [
    # "the country's X region": the country named before, or the state whose army or police were named
    ("The WHO urged Bolivia to act after an outbreak in Puerto Guarayo, a town in the country's Santa Cruz department.",
     ("locatedIn", "Santa Cruz", "Bolivia")),
    ("Peru's army said fighters had attacked Tarma Alta, a village in the country's Junín region.",
     ("locatedIn", "Junín", "Peru")),
    ("Kenya's police said gunmen had raided Kitale Ndogo, a town in the country's Rift Valley region.",
     ("locatedIn", "Rift Valley", "Kenya")),
])
def test_round_sixteen_the_countrys_region(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_the_countrys_region_with_no_country_named(extract_all):
    got = extract_all("Fires burned near Lago Verde, a town in the country's Aysén region.")
    assert not any(f == "locatedIn" and o not in ("Aysén",) for f, _, o in got)


@pytest.mark.parametrize("text, fact", [
    # "named X as its new chairman", "was appointed as director of Y": the post the naming gives
    ("The Atlas Heritage Museum named Youssef Benkirane as its new director.",
     ("represents", "Youssef Benkirane", "Atlas Heritage Museum")),
    ("Hernán Ospina was appointed on Tuesday as director of the Andean Reconciliation Foundation.",
     ("represents", "Hernán Ospina", "Andean Reconciliation Foundation")),
    ("The Velm Party elected Ana Ruiz as its leader.", ("represents", "Ana Ruiz", "Velm Party")),
])
def test_round_sixteen_named_as_a_post(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_not_named_as_a_post(extract_all):
    got = extract_all("The Velm Party did not name Ana Ruiz as its leader.")
    assert not any(f.startswith("represents") and s == "Ana Ruiz" for f, s, _ in got)


@pytest.mark.parametrize("text, fact", [
    # what a person heads, chairs, runs or manages is a body, whatever the model called it
    ("'The company has been poisoning our water,' said Rosa Quispe-Mamani, who heads Agua Viva Perú.",
     ("represents", "Rosa Quispe-Mamani", "Agua Viva Perú")),
    ("Ana Ruiz, who chairs Kelso Tenants Voice, accused the Velm Ministry of lying.",
     ("represents", "Ana Ruiz", "Kelso Tenants Voice")),
    ("Dario Kant, who runs Orbeck Fresh Produce, said the strike had cost him dearly.",
     ("represents", "Dario Kant", "Orbeck Fresh Produce")),
])
def test_round_sixteen_what_a_person_heads_is_a_body(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_whom_a_person_leads_in_a_race_stays_a_person(nlp):
    types = named_types(nlp, "Ivo Renn, who leads Dario Kant by two points, accused the Velm Party of fraud.")
    assert ("Dario Kant", "Person") in types or not any(n == "Dario Kant" for n, _ in types)


@pytest.mark.parametrize("text, fact", [
    # "the council" stands only for a council named before
    ("The Kelso City Council cut the budget. Ana Ruiz accused the council of lying.",
     ("accused", "Ana Ruiz", "Kelso City Council")),
    ("The Orbeck District Council met on Monday. The Velm Union urged the council to reopen the library.",
     ("demanded", "Velm Union", "Orbeck District Council")),
    ("Residents marched to the Tarsk Borough Council offices. Their leader, Ivo Renn, criticised the council for the delays.",
     ("criticized", "Ivo Renn", "Tarsk Borough Council")),
])
def test_round_sixteen_the_council(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_the_council_with_none_named(extract_all):
    got = extract_all("Ana Ruiz, who chairs Kelso Tenants Voice, accused the council of lying.")
    assert ("accused", "Ana Ruiz", "Kelso Tenants Voice") not in got


@pytest.mark.parametrize("text, fact", [
    # "the company" is not a body described as of another kind ("the Vereinte Metallarbeiter union")
    ("The engineering group Hallberg Werke cut 1,200 jobs. Jörg Brandt, the regional head of the Vereinte "
     "Metallarbeiter union, accused the company of breaking a 2022 agreement.", ("accused", "Jörg Brandt", "Hallberg Werke")),
    ("The construction firm Orvik Bygg laid off 80 staff. Ana Ruiz, an official of the Nordic Timber union, accused the company "
     "of ignoring the contract.", ("accused", "Ana Ruiz", "Orvik Bygg")),
    ("The retailer Kessel Mart shut two stores. Dario Kant, a leader of the Kelso Shopworkers union, urged the company "
     "to reopen them.", ("demanded", "Dario Kant", "Kessel Mart")),
])
def test_round_sixteen_the_company_not_the_union(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # "the provincial government": the last first-level region the gazetteer knows, not a district named since
    ("Farhan Naqvi accused Khyber Pakhtunkhwa's chief minister of ignoring floods in Sherkhani, in northern Pakistan. "
     "Imran Yousafzai, a spokesman for the provincial government, dismissed the claim.",
     ("represents", "Imran Yousafzai", "Khyber Pakhtunkhwa")),
    ("Floods hit villages in Limpopo. Sipho Dube, a spokesman for the provincial government, said aid was on its way "
     "to Mokopane.", ("represents", "Sipho Dube", "Limpopo")),
    ("Fires burned across Western Australia. In Mallee Wells, a remote town, Kate Dunn, a spokeswoman for the state "
     "government, said crews were stretched.", ("represents", "Kate Dunn", "Western Australia")),
])
def test_round_sixteen_the_provincial_government(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, wrong", [
    # second review of round sixteen: false facts the later commits gave
    ("Ukraine's army said Russian forces shelled Tarma Alta, a village in the country's Kherson region.",
     ("locatedIn", "Kherson", "Russia")),
    ("Texas officials said Mexico's cartels had smuggled guns into the state's Kelso county.",
     ("locatedIn", "Kelso", "Mexico")),
    ("Orvik Foods was fined on Monday. Ivo Renn defended the company, Orbeck Steel said.",
     ("supports", "Ivo Renn", "Orbeck Steel")),
    ("Mara Voss, who represents the union, Ana Ruiz, and two other workers, sued Orbeck Steel.",
     ("represents", "Mara Voss", "Ana Ruiz")),
    ("Ana Ruiz, a councillor on Russia's sanctions list, criticised the Kremlin.", ("represents", "Ana Ruiz", "Russia")),
    ("Ivo Renn, a member on Orbeck Steel's picket line, accused the company of lying.",
     ("represents", "Ivo Renn", "Orbeck Steel")),
    ("Ivo Renn called the Serious Fraud Office to report the theft.", ("criticized", "Ivo Renn", "Serious Fraud Office")),
    ("Ivo Renn called Ana Ruiz the least corrupt minister in the cabinet.", ("criticized", "Ivo Renn", "Ana Ruiz")),
    ("Ivo Renn called Ana Ruiz a fraud expert.", ("criticized", "Ivo Renn", "Ana Ruiz")),
    ("Alaska Airlines Secretary Ivo Renn criticised the airport.", ("represents", "Ivo Renn", "Alaska")),
])
def test_round_sixteen_second_review_adds_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    ("Ana Ruiz accused a lawyer for the company, Ivo Renn, of lying.", ("accused", "Ana Ruiz", "Ivo Renn")),
    ("Ivo Renn met the owner of the team, Desmond Achterberg, in Geneva.", ("metWith", "Ivo Renn", "Desmond Achterberg")),
])
def test_round_sixteen_second_review_keeps_true_facts(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, name", [
    ("The Grand Ayatollah Hossein Rahimi condemned the Velm Party.", "Grand Ayatollah Hossein Rahimi"),
    ("When she quit the company, Mara Voss, then 31, accused Orbeck Homes of fraud.", "Mara Voss"),
])
def test_round_sixteen_second_review_keeps_people(nlp, text, name):
    assert (name, "Person") in named_types(nlp, text)


def test_round_sixteen_an_adjective_before_state_is_no_region(nlp):
    assert not any(n == "Jewish" for n, _ in named_types(nlp, "Hamas attacked the Jewish state and Kenya condemned Hamas."))


@pytest.mark.parametrize("text, fact", [
    # a dateline's second part is a state or province, not a foreign town that shares its name, and it places the
    # town whatever namesake the gazetteer knows elsewhere
    ("KETTLE LAKE, Ontario (AP) — Nurses walked off the job on Monday.", ("locatedIn", "Kettle Lake", "Ontario")),
    ("TARVO LAKE, Ontario - Nurses walked off the job.", ("locatedIn", "Tarvo Lake", "Ontario")),
    ("BATHURST, New Brunswick (AP) - Police said a fire destroyed the mill.", ("locatedIn", "Bathurst", "New Brunswick")),
    ("SPRINGFIELD, Ohio (AP) - Police said the roads were closed.", ("locatedIn", "Springfield", "Ohio")),
])
def test_round_sixteen_dateline_region(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_town_after_a_dateline_country_stays_a_town(nlp):
    types = named_types(nlp, "MARLOW, England (Reuters) - Ana Ruiz accused Orbeck Steel of lying in Ontario.")
    assert ("Marlow", "City") in types


@pytest.mark.parametrize("text, fact", [
    # capitalised words the model named nothing, before a title and its holder's name, are the body
    ("Tarvelo chief executive Tom Ruddock resigned on Monday.", ("represents", "Tom Ruddock", "Tarvelo")),
    ("Profits fell, Tarvelo chief executive Tom Ruddock told reporters.", ("represents", "Tom Ruddock", "Tarvelo")),
    ("Staff at Orvanta said Orvanta spokeswoman Ana Ruiz had quit.", ("represents", "Ana Ruiz", "Orvanta")),
])
def test_round_sixteen_body_before_a_title(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_former_before_a_title_is_no_body(extract_all):
    got = extract_all("Former spokeswoman Ines Ferrand said the strike was over.")
    assert not any(f.startswith("represents") for f, _, _ in got)


@pytest.mark.parametrize("text, fact", [
    # a province a smaller foreign town shares its name with is the province (admin1_keep.tsv)
    ("Floods cut off Kettle Lake, a town in northern Ontario, on Monday.", ("locatedIn", "Kettle Lake", "Ontario")),
    ("Mara Voss, Ontario's health minister, criticised the Kelso Nurses Union.", ("represents", "Mara Voss", "Ontario")),
    ("Crews fled Tarvo Creek, a village in Yukon, on Monday.", ("locatedIn", "Tarvo Creek", "Yukon")),
    ("Floods hit Kelso Falls, a town in New Brunswick, on Monday.", ("locatedIn", "Kelso Falls", "New Brunswick")),
])
def test_round_sixteen_provinces_sharing_a_town_name(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_the_town_of_that_name_in_its_dateline(extract_all):
    got = extract_all("ONTARIO, Calif. (AP) - Police said the roads were closed.")
    assert ("locatedIn", "Ontario", "California") in got


@pytest.mark.parametrize("text, fact", [
    # a name on a company-like noun ("the X garment factory") is the body's; "the factory", "the mill" stand only
    # for a body named or described so
    ("Workers at the Meghna Knit Composite garment factory in Nayabari returned to work. Rahim Uddin, the factory's "
     "managing director, said all wages had been paid.", ("represents", "Rahim Uddin", "Meghna Knit Composite")),
    ("Workers at the Kessel Brothers textile mill walked out. The mill's manager, Ana Ruiz, said the strike was illegal.",
     ("represents", "Ana Ruiz", "Kessel Brothers")),
    ("Inspectors closed the Tarvo Kessel shoe factory on Monday. The factory's manager, Ivo Renn, said it would appeal.",
     ("represents", "Ivo Renn", "Tarvo Kessel")),
])
def test_round_sixteen_the_factory(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_the_union_with_none_named(extract_all):
    got = extract_all("Workers at the Brennan & Hale textile mill walked out. The mill's manager, Ana Ruiz, said the "
                      "union had lied.")
    assert ("accused", "Ana Ruiz", "Brennan & Hale") not in got


def test_round_sixteen_the_factory_with_none_named(extract_all):
    got = extract_all("Floods hit Nayabari on Monday. The factory's manager, Ivo Renn, said the town was cut off.")
    assert not any(f == "represents" and s == "Ivo Renn" for f, s, _ in got)


@pytest.mark.parametrize("text, fact", [
    # a body's name goes on through particles ("des", "du", "de la") the model cut it at
    ("Fighters of the Alliance des Patriotes du Lac attacked Mubonga on Sunday.",
     ("attacked", "Alliance des Patriotes du Lac", "Mubonga")),
    ("Kenya accused the Mouvement des Forces du Nord of smuggling arms.",
     ("accused", "Kenya", "Mouvement des Forces du Nord")),
    ("The Union des Travailleurs du Port accused Terminal Sud of firing strikers.",
     ("accused", "Union des Travailleurs du Port", "Terminal Sud")),
])
def test_round_sixteen_names_through_particles(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_particle_after_a_name_ends_it(extract_all):
    got = extract_all("Ana Ruiz of Banco de Chile met Ivo Renn in the offices of the bank.")
    assert ("represents", "Ana Ruiz", "Banco de Chile") in got


@pytest.mark.parametrize("text, name", [
    # a body's name starts with the word hyphened to its first ("Al-", "El-")
    ("Fighters of the Al-Qasr Lions Brigade shelled Hay al-Zuhour on Sunday.", "Al-Qasr Lions Brigade"),
    ("Kenya accused the Al-Nour Brigade of shelling Kelso.", "Al-Nour Brigade"),
    ("Gunmen of the El-Fasher Front raided the market, and Chad condemned the El-Fasher Front.", "El-Fasher Front"),
])
def test_round_sixteen_glued_prefix(nlp, text, name):
    assert any(n == name for n, _ in named_types(nlp, text))


@pytest.mark.parametrize("text, fact", [
    # "the government" is the dateline's state when the text names it, else the state it is about, not one named
    # only as a place ("near the border with Burkina Faso") or by an adjective ("a Canadian fund")
    ("LUSAKA, Zambia (Reuters) - Zambia's mines minister threatened Luangwa Copper Holdings. Luangwa Copper Holdings, "
     "which is owned by a Canadian fund, warned the government that 4,000 jobs were at risk.",
     ("warned", "Luangwa Copper Holdings", "Zambia")),
    ("MAPUTO (Reuters) - Rebels attacked Quirimba Nova in Mozambique's Cabo Delgado province. Rwanda pledged troops. "
     "Gas contractor Palmeira Energy blamed the government for failing to secure the road.",
     ("holdsResponsible", "Palmeira Energy", "Mozambique")),
    ("BAMAKO, Mali - The army bombed two camps in Mali's Mopti region near the border with Burkina Faso. Government "
     "spokesman Moussa Keita rejected the report.", ("represents", "Moussa Keita", "Mali")),
])
def test_round_sixteen_the_government(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_a_foreign_dateline_is_not_the_government(extract_all):
    got = extract_all("GENEVA (Reuters) - The WHO urged Bolivia on Friday to step up vaccination, and said the "
                      "government had been too slow.")
    assert not any(o == "Switzerland" for _, _, o in got)


@pytest.mark.parametrize("text, fact", [
    # a state's police named by its people's adjective is a body of that state
    ("Hassan Mwamba accused the Kenyan police of firing on unarmed marchers.", ("accused", "Hassan Mwamba", "Kenyan police")),
    ("Georgian police fired rubber bullets at supporters of the Civic Dawn party.",
     ("attacked", "Georgian police", "Civic Dawn")),
    ("The Velm Press Union criticised the Nigerian police for arresting two reporters.",
     ("criticized", "Velm Press Union", "Nigerian police")),
])
def test_round_sixteen_state_police(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_police_in_a_state_is_no_named_force(nlp):
    types = named_types(nlp, "Police in Kenya said the Velm Front had raided Kitale Ndogo, and Kenya condemned the raid.")
    assert not any(n.endswith("police") for n, _ in types)


@pytest.mark.parametrize("text, fact", [
    # "the army", "the military", "the troops": the state's forces named last, whatever their name's head word
    ("Fighters of the Front Armé du Séno ambushed a convoy of the Malian Armed Forces. The group threatened to strike "
     "every camp in the region unless the army withdrew.", ("threatened", "Front Armé du Séno", "Malian Armed Forces")),
    ("Fighters of the Front Armé du Séno ambushed a convoy of the Malian Armed Forces. The army said it had bombed two "
     "camps belonging to the group.", ("attacked", "Malian Armed Forces", "Front Armé du Séno")),
    ("The Velm Front raided a base of the Nigerian Armed Forces. The military later shelled the group's camps.",
     ("attacked", "Nigerian Armed Forces", "Velm Front")),
])
def test_round_sixteen_the_army(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_sixteen_the_army_is_no_militia(extract_all):
    got = extract_all("The Kelso Militia raided Tarvo on Monday. The Velm Union blamed the army for the killings.")
    assert ("holdsResponsible", "Velm Union", "Kelso Militia") not in got


@pytest.mark.parametrize("text, fact", [
    # an acronym the model named nothing is the one body named before whose initials it spells
    ("The Kessen Valley Farmers Federation held a rally on Monday. Later the KVFF accused the Dorrow Grain Board of "
     "fixing prices.", ("accused", "Kessen Valley Farmers Federation", "Dorrow Grain Board")),
    ("The Ostrava Bus Drivers Guild marched on Friday. The Brenn Transit Company warned the OBDG against a strike.",
     ("warned", "Brenn Transit Company", "Ostrava Bus Drivers Guild")),
    ("Nurses of the Harlan Nursing Alliance walked out on Friday. The Orvel Health Trust criticised the HNA for the "
     "strike.", ("criticized", "Orvel Health Trust", "Harlan Nursing Alliance")),
])
def test_round_seventeen_acronym_of_a_body_named_before(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_acronym_of_two_bodies_is_neither(extract_all):
    got = extract_all("The Kessen Valley Farmers Federation and the Kessen Valley Fishers Federation met on Monday. "
                      "Later the KVFF accused the Dorrow Grain Board of fixing prices.")
    assert not any(f == "accused" and t == "Dorrow Grain Board" for f, _, t in got)


@pytest.mark.parametrize("text, fact", [
    # the sentence's verb after a relative clause on its subject, which the parser made a participle on the subject
    ("The Kelso Dockers Union, which represents about 1,200 dockers, threatened on Monday to stop work unless Harbor "
     "Lines reinstates 40 crane operators.", ("threatened", "Kelso Dockers Union", "Harbor Lines")),
    ("The Corran Nurses Guild, which represents 4,000 nurses, criticised on Tuesday the Orvel Health Trust for the cuts.",
     ("criticized", "Corran Nurses Guild", "Orvel Health Trust")),
    ("The Bantry Taxi Owners Association, which represents about 2,000 drivers, threatened on Thursday to stop work "
     "unless the Kell City Council cuts licence fees.", ("threatened", "Bantry Taxi Owners Association", "Kell City Council")),
])
def test_round_seventeen_verb_after_a_relative_clause(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_participle_on_a_subject_stays_passive(extract_all):
    got = extract_all("The Kelso Dockers Union, which represents about 1,200 dockers, threatened by Harbor Lines with "
                      "a lockout.")
    assert ("threatened", "Kelso Dockers Union", "Harbor Lines") not in got


@pytest.mark.parametrize("text, fact", [
    # a surname written alone without the particle glued to it ("al-", "el-") is the person named in full before
    ("The interior minister, Abdelkarim al-Sharqi, accused the Kelso Brigade of murder. The envoy, Ingrid Volden, "
     "condemned the shelling. She met Sharqi in Tarvo on Monday.", ("metWith", "Ingrid Volden", "Abdelkarim al-Sharqi")),
    ("Interior minister Hassan al-Tikrayn criticised the Velm Front. Later the envoy Ana Ross met Tikrayn in Basra.",
     ("metWith", "Ana Ross", "Hassan al-Tikrayn")),
    ("Senator Omar el-Hadiri met the Tarn Council on Monday. On Tuesday Hadiri criticised the Ostby Union.",
     ("criticized", "Omar el-Hadiri", "Ostby Union")),
])
def test_round_seventeen_surname_without_its_particle(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_second_half_of_a_double_surname_is_another_person(nlp):
    r = run_text(nlp, "Headline\n\nIngrid Halvorsen-Bakke met the Tarn Council. Tomas Bakke criticised the Ostby Union.")
    assert ("criticized", "Tomas Bakke", "Ostby Union") in facts(r)
    assert ("criticized", "Ingrid Halvorsen-Bakke", "Ostby Union") not in facts(r)


@pytest.mark.parametrize("text, agent", [
    # "both armed groups": the two armed bodies the article named, however far back
    ("Fighters of the Kelso Lions Brigade shelled Harrow on Sunday during clashes with the rival Dunmore Guards "
     "Battalion. The Kelso brigade accused the battalion of firing first. The interior minister, Ali Sarraj, accused the "
     "brigade of a massacre. The United Nations envoy, Ingrid Volden, condemned the shelling and urged both armed "
     "groups to withdraw from residential areas.", "Ingrid Volden"),
    ("The Kelso Lions Brigade and the Dunmore Guards Battalion fought for the airport all week. Ali Sarraj, the Tarvo "
     "interior minister, called the fighting a disgrace. The Velm Council said food was running out. On Friday the "
     "council urged both armed groups to open a corridor.", "Velm Council"),
    ("Militants of the Kelso Lions Brigade raided a post of the Dunmore Guards Battalion near Ombra. Two guards died. "
     "Governor Ana Ruiz of Ombra visited the post on Monday. She called on both rebel groups to respect the truce.",
     "Ana Ruiz"),
])
def test_round_seventeen_both_armed_groups(extract_all, text, agent):
    got = extract_all(text)
    assert ("demanded", agent, "Kelso Lions Brigade") in got and ("demanded", agent, "Dunmore Guards Battalion") in got


def test_round_seventeen_both_armed_groups_of_three_is_none(extract_all):
    got = extract_all("The Kelso Lions Brigade, the Dunmore Guards Battalion and the Orro Defence Militia clashed near "
                      "Ombra. Two guards died. Governor Ana Ruiz urged both armed groups to withdraw.")
    assert not any(f == "demanded" and a == "Ana Ruiz" for f, a, _ in got)


@pytest.mark.parametrize("text, fact", [
    # an acronym in brackets names the article's body, whole, whatever other body the gazetteer knows by it
    ("The Adelie Nurses Alliance (ANA) struck on Monday. Mayor Ivo Lind criticised the ANA for the strike.",
     ("criticized", "Ivo Lind", "Adelie Nurses Alliance")),
    ("The Lorne Valley Farmers (LVF) blocked the highway. The Tarn Council accused the LVF of sabotage.",
     ("accused", "Tarn Council", "Lorne Valley Farmers")),
    ("The Cattle Breeders Association (CBA) met on Friday. Ana Ruiz criticised the CBA for the price rise.",
     ("criticized", "Ana Ruiz", "Cattle Breeders Association")),
    ("Fighters of the Coalition des Chasseurs Libres (CCL) attacked the village of Tarbo on Sunday. The Velm Council "
     "blamed the raid on the CCL.", ("holdsResponsible", "Velm Council", "Coalition des Chasseurs Libres")),
])
def test_round_seventeen_acronym_in_brackets_is_the_articles_body(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_acronym_not_spelled_out_keeps_the_gazetteer_body(extract_all):
    got = extract_all("The PLO met on Friday. Ana Ruiz criticised the PLO for the delay.")
    assert ("criticized", "Ana Ruiz", "Palestine Liberation Organization") in got


@pytest.mark.parametrize("text, wrong", [
    # a review of this round's rules: two letters are no acronym of a body ("PM", "MP"), a title spelled out before
    # its initials is no body, a participle with no object of its own stays passive, and "both armed groups" are the
    # two parties named lately before any older armed pair
    ("The Popular Movement held a rally in Delmar. Later the PM accused the Kalden Front of plotting a coup.",
     ("accused", "Popular Movement", "Kalden Front")),
    ("The Movement for Progress accused Governor Lio Farrant of corruption. An MP from the ruling party warned Farrant "
     "against resigning.", ("warned", "Movement for Progress", "Lio Farrant")),
    ("The Interior Minister (IM), Lars Berg, threatened the Kalden Front with sanctions.",
     ("threatened", "Interior Minister", "Kalden Front")),
    ("Special Envoy (SE) Karl Denbo met with the Kalden Front in Delmar.", ("metWith", "Special Envoy", "Kalden Front")),
    ("The Varn Brigades attacked the Sora Brigades in Delmar in 2019. Since then, the Kalden Front and the Ondra "
     "Movement have taken over the north, and the United Nations urged both armed groups to lay down their arms.",
     ("demanded", "United Nations", "Sora Brigades")),
])
def test_round_seventeen_review_false_readings(extract_all, text, wrong):
    assert wrong not in extract_all(text)


def test_round_seventeen_review_headline_passive_after_apposition(extract_all):
    got = extract_all("The Kalden Front, the largest rebel group, attacked in Varna in a Zembian Army air strike.")
    assert ("attacked", "Zembian Army", "Kalden Front") in got


@pytest.mark.parametrize("text, fact", [
    # a speech act coordinated with a reported past perfect ("said X had ... and accused Y") is the speaker's
    ("The Kessel Guard shelled Tarbo on Monday. Ana Ruiz, the mayor, said none of the town's residents had been armed "
     "and accused the Kessel Guard of murder.", ("accused", "Ana Ruiz", "Kessel Guard")),
    ("The Velm Front said the Kessel Guard had killed two men and accused the Orro Council of hiding the truth.",
     ("accused", "Velm Front", "Orro Council")),
    ("Dara Kell told reporters that the port had been closed by the strike for a week and criticised the Harlan "
     "Dockers Union for the stoppage.", ("criticized", "Dara Kell", "Harlan Dockers Union")),
])
def test_round_seventeen_speech_act_after_a_reported_past_perfect(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_deed_after_a_reported_past_perfect_is_the_reported_ones(extract_all):
    got = extract_all("The mayor, Ana Ruiz, said the Kessel Guard had entered the village and attacked the Orro "
                      "Council's office.")
    assert not any(a == "Ana Ruiz" and f == "attacked" for f, a, _ in got)



@pytest.mark.parametrize("text, fact", [
    # a state's forces named on a noun of theirs ("a Myanmar military jet", "an Ethiopian military helicopter") are a
    # body that "the military" later stands for
    ("An Ethiopian military helicopter crashed near Tarbo. The Velm Front accused the military of lying.",
     ("accused", "Velm Front", "Ethiopian military")),
    ("A Niger military drone struck a camp near Tarbo. The Velm Front accused the military of killing herders.",
     ("accused", "Velm Front", "Niger military")),
    ("A Chadian military jet bombed the village of Tarbo. The Velm Front held the military responsible for the deaths.",
     ("holdsResponsible", "Velm Front", "Chadian military")),
])
def test_round_seventeen_state_forces_named_on_their_vehicle(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_state_forces_not_from_a_plain_adjective(nlp):
    types = named_types(nlp, "A military court in Tarbo sentenced Dara Kell, and the Velm Front criticised the court.")
    assert not any(t == "ArmedForces" for _, t in types)


@pytest.mark.parametrize("text, cuts, joined", [
    # a lone second surname after a name of two words is the same person ("Marisol Quispe | Huamán")
    ("Marisol Quispe Huamán spoke.", [(0, 2), (2, 3)], [(0, 3)]),
    ("Then Julio Ccori Mamani spoke.", [(1, 3), (3, 4)], [(1, 4)]),
    ("Ana Lucía Ferraz spoke.", [(0, 2), (2, 3)], [(0, 3)]),
    # not a place after a name
    ("Ana Ruiz Peru spoke.", [(0, 2), (2, 3)], [(0, 2), (2, 3)]),
])
def test_round_seventeen_second_surname_joined(nlp, text, cuts, joined):
    from spacy.tokens import Span

    from kg.extract.entities.merges import _joined_people
    from kg.lexicon import load_lexicon
    doc = nlp(text)
    out = _joined_people(doc, [Span(doc, s, e, label="PERSON") for s, e in cuts], set(), load_lexicon())
    assert [(sp.start, sp.end) for sp in out] == joined


@pytest.mark.parametrize("text, fact", [
    # real regions: a Canadian dateline's province, abbreviated in Canadian Press style, places the town
    ("LUNENBROOK, N.S. (CP) — The Fundy Harvesters Union accused the Kell Seafood Company of dumping waste.",
     ("locatedIn", "Lunenbrook", "Nova Scotia")),
    ("KETTLE BAY, Ont. — Mayor Ana Ruiz criticised the Velm Mining Company.", ("locatedIn", "Kettle Bay", "Ontario")),
    ("MARROW CREEK, Sask. — The Velm Growers Union accused the Kell Rail Company of lying.",
     ("locatedIn", "Marrow Creek", "Saskatchewan")),
])
def test_round_seventeen_canadian_province_abbreviations(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_province_abbreviation_needs_a_town_before(nlp):
    types = named_types(nlp, "The Velm Union, Man. Kell said, accused the Kell Rail Company of lying.")
    assert ("Manitoba", "Region") not in types


@pytest.mark.parametrize("text, fact", [
    # a firm's legal form written before its name ("PT", "PJSC") is the name's, whatever the model cut
    ("The Velm Network accused PT Sawit Mandala Raya of clearing the forest.",
     ("accused", "Velm Network", "PT Sawit Mandala Raya")),
    ("The mine's operator, PT Bumi Arang Perkasa, said the spill was small. Its director, Andreas Kurniadi, denied "
     "the report.", ("represents", "Andreas Kurniadi", "PT Bumi Arang Perkasa")),
    ("The Velm Union criticised PJSC Kama Steel for the layoffs.", ("criticized", "Velm Union", "PJSC Kama Steel")),
    ("Farmers blocked the road, and the Tani Makmur Cooperative accused PT Sinar Kencana Abadi of seizing land.",
     ("accused", "Tani Makmur Cooperative", "PT Sinar Kencana Abadi")),
])
def test_round_seventeen_legal_form_before_a_firms_name(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_legal_form_word_alone_is_no_body(nlp):
    types = named_types(nlp, "Ana Ruiz, a PT instructor at the Velm Clinic, criticised the Kell Health Board.")
    assert not any(n.startswith("PT") for n, _ in types)


@pytest.mark.parametrize("text, wrong", [
    # a second review of this round's rules
    ("Mayor Ivo Renner told reporters that the Red Hand militia had entered Dornach and threatened Mayor Aldo Finch.",
     ("threatened", "Ivo Renner", "Aldo Finch")),  # a threat is as often the reported one's deed
    ("Governor Dara Kell had telephoned Tonye Ebiware on Wednesday night and urged the Kell Oil Company to begin the "
     "clean-up, Ebiowei Kemepade added.", ("demanded", "Ebiowei Kemepade", "Kell Oil Company")),  # clause, then its source
    ("A Russian military analyst, Ivan Sorokin, criticised the Velm Front.", ("represents", "Ivan Sorokin", "Russian military")),
    ("Ana Ruiz, N.B. Capital's chief executive, warned the Kell Union of losses.", ("locatedIn", "Ana Ruiz", "New Brunswick")),
    ("Pablo Ferro, Man City's new signing, criticised the Kell Referees Board.", ("locatedIn", "Pablo Ferro", "Manitoba")),
])
def test_round_seventeen_second_review_false_readings(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    ("Mayor Ivo Renner told reporters that the Red Hand militia had entered Dornach and threatened Mayor Aldo Finch.",
     ("threatened", "Red Hand", "Aldo Finch")),
    ("Governor Dara Kell had telephoned Tonye Ebiware on Wednesday night and urged the Kell Oil Company to begin the "
     "clean-up, Ebiowei Kemepade added.", ("demanded", "Dara Kell", "Kell Oil Company")),
    # the speaker's own verb is no subject the object may stand for, where the parser hung it low
    ("The Kessel Brigade attacked Tarbo. The Nigerian Navy said it had deployed gunboats and warned the militants that "
     "their camps would be wiped out.", ("warned", "Nigerian Navy", "Kessel Brigade")),
    ("Ana Ruiz, N.B. Capital's chief executive, warned the Kell Union of losses.", ("represents", "Ana Ruiz", "N.B. Capital")),
])
def test_round_seventeen_second_review_right_readings(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_object_then_subject_is_two_people(nlp):
    r = run_text(nlp, "Headline\n\nAt the meeting, Fermín Apaza told Marisol Quispe Huamán had lied. Quispe later "
                      "accused Huamán of fraud.")
    assert {"Marisol Quispe", "Huamán"} <= {e.label for e in r.entities.values() if e.type == "Person"}


@pytest.mark.parametrize("text, fact", [
    # "called for him to step down": the parser makes "for him to step down" a clause; its subject is the one asked
    ("Governor Tom Hale lost the vote. The Velm Party called for him to step down.", ("demanded", "Velm Party", "Tom Hale")),
    ("The Velm Party accused Governor Tom Hale of fraud and called for him to step down.",
     ("demanded", "Velm Party", "Tom Hale")),
    # (and "him" is not the one named who asks)
    ("Senator Omar Lind lost the vote. Ana Ruiz called for him to resign.",
     ("demanded", "Ana Ruiz", "Omar Lind")),
])
def test_round_seventeen_call_for_a_pronoun_to_act(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_for_clause_after_time_is_no_demand(extract_all):
    got = extract_all("Ana Ruiz said it was time for the Velm Council to act on the flooding.")
    assert not any(f == "demanded" for f, _, _ in got)


@pytest.mark.parametrize("text, fact", [
    # "X said her government backed Y": the office holder speaks for the body she leads
    ("The governor of Tarmo, Yolanda Mosquera, said her administration backed the Kell Cooperative.",
     ("supports", "Yolanda Mosquera", "Kell Cooperative")),
    ("The Velm energy minister, Domingos Lumbala, said his government supported the Orro Dam Authority.",
     ("supports", "Domingos Lumbala", "Orro Dam Authority")),
    ("Attorney General Naomi Feldstein said her office supported the Velm Tenants Union against the Kell Housing Trust.",
     ("supports", "Naomi Feldstein", "Velm Tenants Union")),
])
def test_round_seventeen_her_government_said_by_her(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_his_government_acting_is_no_act_of_his(extract_all):
    got = extract_all("Prime Minister Batu Ganzo telephoned Elaine Dufresne on Monday. His government has accused the "
                      "Kell Copper Company of hiding profits.")
    assert not any(a == "Batu Ganzo" and f == "accused" for f, a, _ in got)


@pytest.mark.parametrize("text, fact", [
    # a past verb coordinated with a subjunctive ("demanded that X rehire ... and criticised Y") is the demander's
    ("The Kell Teachers Guild demanded that the Orro School Board rehire the teachers and criticised Mayor Ana Ruiz "
     "for the cuts.", ("criticized", "Kell Teachers Guild", "Ana Ruiz")),
    ("The Tarn Farmers Union demanded that the Orro Water Board release more water and accused the Kell Dairy Company "
     "of hoarding it.", ("accused", "Tarn Farmers Union", "Kell Dairy Company")),
    ("The Velm Fishers Union demanded that the Kell Port Authority dredge the harbour and urged the Orro Council to help.",
     ("demanded", "Velm Fishers Union", "Orro Council")),
])
def test_round_seventeen_past_verb_after_a_subjunctive(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_past_verb_after_a_plural_present_stays_reported(extract_all):
    got = extract_all("The Velm Front said the Kessel rebels control the town and attacked the Orro base.")
    assert not any(a == "Velm Front" and f == "attacked" for f, a, _ in got)


@pytest.mark.parametrize("text, fact", [
    # "threatened to call protests if it announced results": "it" is the body the sentence named last before
    ("The Orro Party accused the Kell Election Board of fraud. Its leader, Dara Kell, demanded that the board hold a new "
     "count and threatened to call protests if it announced results first.", ("threatened", "Dara Kell", "Kell Election Board")),
    ("The Velm Party accused the Kell Media Board of bias. Its chairman, Omar Lind, demanded that the board drop the ban "
     "and threatened to call a boycott if it fined any reporter.", ("threatened", "Omar Lind", "Kell Media Board")),
    ("The Orro Growers Union accused the Tarn Grain Board of cheating farmers. Its leader, Ana Ruiz, demanded that the "
     "board publish its prices and threatened to block the silos if it cut the quotas.",
     ("threatened", "Ana Ruiz", "Tarn Grain Board")),
])
def test_round_seventeen_threat_if_it_acts(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_threat_if_it_rains_has_no_target(extract_all):
    assert not any(f == "threatened" for f, _, _ in extract_all("The Velm Union threatened to strike if it rained."))


@pytest.mark.parametrize("text, fact", [
    # a name the model took for a facility, right after a noun describing a body ("the weekly X"), is that body's,
    # particles and all
    ("Barragán had reported for the weekly El Centinela de la Montaña for two decades. The newspaper's editor, Itzel "
     "Morán, criticised the Kell Police.", ("represents", "Itzel Morán", "El Centinela de la Montaña")),
    ("Elena Vidal had written for the weekly La Atalaya de la Sierra since 2010. The paper's owner, Marco Ferri, "
     "criticised the Kell Council.", ("represents", "Marco Ferri", "La Atalaya de la Sierra")),
    ("Tomas Brandt worked for the daily El Centinela del Valle for years. The paper's editor, Ana Ruiz, accused the "
     "Kell Police of censorship.", ("represents", "Ana Ruiz", "El Centinela del Valle")),
])
def test_round_seventeen_facility_name_after_a_body_noun(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # "X, the leader of the Y Party, who accused Z": "who" is the leader (and the party no person)
    ("The motion was tabled by Sarita Limbu, the leader of the opposition Velm Unity Party, who accused Prime Minister "
     "Harihar Neupa of protecting two ministers.", ("accused", "Sarita Limbu", "Harihar Neupa")),
    ("The motion was tabled by Sarita Limbu, the leader of the opposition Velm Unity Party, who accused Prime Minister "
     "Harihar Neupa of protecting two ministers.", ("represents", "Sarita Limbu", "Velm Unity Party")),
    ("The bill was drafted by Omar Lind, the chairman of the Kell Farmers Union, who criticised the Orro Grain Board "
     "for its prices.", ("criticized", "Omar Lind", "Orro Grain Board")),
])
def test_round_seventeen_who_after_the_body_of_an_apposition(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_which_after_a_body_is_the_body(extract_all):
    got = extract_all("The Velm Union, which represents dockers, criticised the Kell Company.")
    assert ("criticized", "Velm Union", "Kell Company") in got


@pytest.mark.parametrize("text, fact", [
    # an unnamed spokesperson's words are the body's ("A spokesman for X accused Y", "a X spokesman")
    ("A Velm Union spokesman accused the Kell Company of lying.", ("accused", "Velm Union", "Kell Company")),
    ("A spokesman for the Velm Union accused the Kell Company of lying.", ("accused", "Velm Union", "Kell Company")),
    ("A spokeswoman for the Orro Rail Company criticised the Kell Drivers Guild for the strike.",
     ("criticized", "Orro Rail Company", "Kell Drivers Guild")),
])
def test_round_seventeen_unnamed_spokesperson_speaks_for_the_body(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_spokesperson_of_no_body_is_no_one(extract_all):
    assert not any(f == "accused" for f, _, _ in extract_all("A spokesman accused the Kell Company of lying."))


@pytest.mark.parametrize("text, wrong", [
    # a third review: pronoun referents are guessed without gender, so they neither exclude nor name a speaker
    ("Prime Minister Ines Holt met Karl Venn. He said her government supported the Dorsa Group.",
     ("supports", "Ines Holt", "Dorsa Group")),
    ("Dan Pell met Ruth Okafor. She accused him of lying.", ("accused", "Dan Pell", "Ruth Okafor")),
    # "for X to be arrested": X is no one asked
    ("Ruth Okafor called for Dan Pell to be arrested.", ("demanded", "Ruth Okafor", "Dan Pell")),
    # a body's threat "if it lost": "it" is as likely the body itself
    ("The Velm Union, which backs the Tavel Council, threatened to strike if it lost the vote.",
     ("threatened", "Velm Union", "Tavel Council")),
])
def test_round_seventeen_third_review_false_readings(extract_all, text, wrong):
    assert wrong not in extract_all(text)


def test_round_seventeen_third_review_who_after_a_two_word_name(extract_all):
    got = extract_all("Mara Bank, who leads the Velm Union, accused the Tavel Council of lying.")
    assert ("represents", "Mara Bank", "Velm Union") in got


@pytest.mark.parametrize("text, fact", [
    # a name set beside "a gang", "a militia", "a cartel" is that body, whatever the model took it for
    ("The governor blamed the raid on Dogon Daji, a bandit gang led by Haruna Maru that controls the forest.",
     ("represents", "Haruna Maru", "Dogon Daji")),
    ("Police blamed the ambush on Kora Tembe, a rebel militia led by Issa Dallo.", ("represents", "Issa Dallo", "Kora Tembe")),
    ("The mayor blamed the shooting on Los Halcones Verdes, a drug cartel run by Ramiro Velde.",
     ("represents", "Ramiro Velde", "Los Halcones Verdes")),
])
def test_round_seventeen_name_beside_an_armed_group_noun(extract_all, text, fact):
    assert fact in extract_all(text)


def test_round_seventeen_name_beside_a_person_noun_stays_a_person(nlp):
    assert ("Kessel Varga", "Person") in named_types(nlp, "The mayor blamed the fire on Kessel Varga, a local farmer.")


@pytest.mark.parametrize("text, fact", [
    # a possessive opening a sentence is the body the previous sentence's subject describes, not a body named
    # inside that sentence's relative clause
    ("Police detained organisers of the Velka Tenants Union on Monday. The union, which is supported by the Green "
     "Dawn Party, wants rents frozen. Its chairwoman, Mira Holt, condemned the arrests.",
     ("represents", "Mira Holt", "Velka Tenants Union")),
    ("The Korlan Dockworkers' Federation called a strike on Tuesday. The federation, whose members unload ships for "
     "Baltic Harbour Services, says wages have fallen. Its secretary, Ewa Lund, said talks had failed.",
     ("represents", "Ewa Lund", "Korlan Dockworkers' Federation")),
    ("The Velka Tenants Union met officials of Harrow Estates on Friday. The company, which is owned by the Brask "
     "Pension Fund, refused the demands. Its director, Pavel Ruz, said rents would rise.",
     ("represents", "Pavel Ruz", "Harrow Estates")),
    # a named subject before: that body, as before
    ("The Velka Tenants Union met the Green Dawn Party on Friday. Its chairwoman, Mira Holt, said the talks had gone "
     "well.", ("represents", "Mira Holt", "Velka Tenants Union")),
])
def test_a_sentence_opening_possessive_is_the_previous_subjects_body(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts
    assert not {f for f in facts if f[0] == "represents" and f[1] == fact[1] and f[2] != fact[2]}


@pytest.mark.parametrize("text, fact", [
    # a name the model took for a facility's that ends in a body's closing word is that body's
    ("Mara Holt criticised the Velmar Long-Haul Drivers' Association for staging a blockade.",
     ("criticized", "Mara Holt", "Velmar Long-Haul Drivers' Association")),
    ("Ana Ruiz accused the Kelvin Bridge Road Hauliers Federation of blocking the port.",
     ("accused", "Ana Ruiz", "Kelvin Bridge Road Hauliers Federation")),
])
def test_a_facility_named_as_a_body_is_that_body(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_building_named_after_a_body_is_no_body(extract_all):
    # the facility's name ends in a word for a site, not for a body
    facts = extract_all("Ana Ruiz criticised the Velmar Long-Haul Drivers' Association Building.")
    assert not {f for f in facts if f[2] == "Velmar Long-Haul Drivers' Association Building"}


@pytest.mark.parametrize("text, fact", [
    # accusations levelled, hurled or directed at someone accuse them
    ("The rights group Pueblo Libre leveled accusations at Interior Minister Tomas Brega over the crackdown.",
     ("accused", "Pueblo Libre", "Tomas Brega")),
    ("The Brenna Tenants Union hurled accusations at Harrow Estates over the evictions.",
     ("accused", "Brenna Tenants Union", "Harrow Estates")),
    ("Mayor Ana Solt directed fresh accusations at the Korsa Transit Company on Monday.",
     ("accused", "Ana Solt", "Korsa Transit Company")),
])
def test_accusations_levelled_at_someone_accuse_them(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts
    assert ("represents", fact[1], fact[2]) not in facts  # "directed ... at Y" is no post at Y


def test_a_look_at_someone_after_accusations_accuses_no_one(extract_all):
    assert not {f for f in extract_all("Ana Solt smiled at the Korsa Transit Company staff after accusations were "
                                       "read.") if f[0] == "accused"}


@pytest.mark.parametrize("text, fact", [
    # "the shipping firm Baltmar and its owner, X": the name set beside the noun carries the noun's conjuncts
    ("Ana Solt praised the charity Hope Springs and its founder, Lena Dorn.", ("supports", "Ana Solt", "Lena Dorn")),
    ("The prosecutor Mira Kell charged the shipping firm Baltmar and its owner, Ivo Rask, with fraud.",
     ("accused", "Mira Kell", "Ivo Rask")),
    ("The Velka Tenants Union sued the logistics company Ferrox and its chief executive, Dana Lurie.",
     ("accused", "Velka Tenants Union", "Dana Lurie")),
])
def test_a_described_name_passes_on_its_conjuncts(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_described_name_in_another_clause_keeps_its_own_verb(extract_all):
    facts = extract_all("Ana Solt praised the charity Hope Springs and criticised its founder, Lena Dorn.")
    assert ("criticized", "Ana Solt", "Lena Dorn") in facts and ("supports", "Ana Solt", "Lena Dorn") not in facts


@pytest.mark.parametrize("text, fact", [
    # calling someone, or something of theirs, a word of blame criticises them, however the parser hangs the word
    ("Ana Solt called the Velka Tenants Union reckless.", ("criticized", "Ana Solt", "Velka Tenants Union")),
    ("Pavel Ruz called the Orvan Water Board's decision \"hasty and unfair.\"",
     ("criticized", "Pavel Ruz", "Orvan Water Board")),
    ("Mira Holt, who chairs the Brenna Tenants Union, called Harrow Estates' rent rise \"unjustifiable.\"",
     ("criticized", "Mira Holt", "Harrow Estates")),
])
def test_calling_someones_deed_a_word_of_blame_criticises_them(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    "Ana Solt called the Velka Tenants Union's plan unprecedented.",  # no word of blame
    "Ana Solt called the flood a disaster for the Velka Tenants Union.",  # a loss for them, no blame
])
def test_calling_something_a_plain_word_criticises_no_one(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "criticized"}


@pytest.mark.parametrize("text, body", [
    # "X, whose chairwoman called the blasting vandalism": X is hers, not what she called it
    ("The Kessel Owners Corporation, whose chairwoman, Ana Dorn, has called the blasting 'cultural vandalism', "
     "welcomed the ruling.", "Kessel Owners Corporation"),
    ("The Orvan Tenants Union, whose leader, Ana Solt, has called the evictions illegal, met the mayor.",
     "Orvan Tenants Union"),
])
def test_whose_officer_criticises_not_her_own_body(extract_all, text, body):
    assert not {f for f in extract_all(text) if f[0] == "criticized" and f[2] == body}


def test_a_founders_attack_on_a_company_strategy_spares_his_own_fund(extract_all):
    facts = extract_all("Marek Holm, the founder of Tarvo Capital, which holds a stake in Orlin Foods, called Orlin "
                        "Foods' strategy \"a slow-motion failure.\"")
    assert ("criticized", "Marek Holm", "Orlin Foods") in facts and ("criticized", "Marek Holm", "Tarvo Capital") not in facts


@pytest.mark.parametrize("text, fact", [
    # "the Sons of the Savanna": a capitalised plural or a body's word, "of" and a name, whole
    ("Gunmen from the Sons of the Savanna ambushed a convoy of the Kelso Mining Company near Dabara.",
     ("attacked", "Sons of the Savanna", "Kelso Mining Company")),
    ("The Guardians of the Forest accused Tarvo Timber of illegal logging.",
     ("accused", "Guardians of the Forest", "Tarvo Timber")),
    ("Ana Ruiz, a professor at Lindmark College, criticised the Movement of the Free Sahel.",
     ("criticized", "Ana Ruiz", "Movement of the Free Sahel")),
])
def test_a_plural_of_a_name_is_one_body(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_sea_of_a_state_is_no_body(extract_all):
    # real state: "Gulf" is neither a plural nor a body's word
    assert not {f for f in extract_all("Ana Ruiz praised the Gulf of Mexico.") if f[2] == "Gulf of Mexico"}


@pytest.mark.parametrize("text, fact", [
    # a name the model cut at a particle and took for a people's adjective is a body's name, whole
    ("The offices of the weekly El Faro del Sur in Velmar were attacked on Saturday by members of the Kessel "
     "Brigade.", ("attacked", "Kessel Brigade", "El Faro del Sur")),
    # a number closing a gang's name
    ("The killing of reporter Tomas Brega by members of the Barrio 9 gang shocked Velmar.",
     ("attacked", "Barrio 9", "Tomas Brega")),
    ("Members of the Calle 18 gang killed Ana Ruiz in Velmar.", ("attacked", "Calle 18", "Ana Ruiz")),
    # a name set after the object with a comma but hung on the verb
    ("Members of the Kessel Brigade killed a bus driver, Ana Ruiz, in Velmar.", ("attacked", "Kessel Brigade", "Ana Ruiz")),
    ("Members of the Calle 18 gang shot dead a bus driver, Ana Ruiz, in Velmar.", ("attacked", "Calle 18", "Ana Ruiz")),
    # real states: a state's air force and border troops keep their words
    ("Nigerian air force jets struck the camps of the Kessel Brigade on Monday.",
     ("attacked", "Nigerian air force", "Kessel Brigade")),
    ("The shelling of Dorvat by Tajik border troops wounded four civilians.", ("attacked", "Tajik border troops", "Dorvat")),
])
def test_names_the_model_cut_or_hung_elsewhere(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_number_before_a_group_noun_is_no_name(extract_all):
    assert not {f for f in extract_all("Police in Velmar said 12 gang members attacked Ana Ruiz.") if f[1].endswith("12")}


@pytest.mark.parametrize("text, fact", [
    # a name with particles and an acronym after a noun that describes a body
    ("The offices of satellite channel Sawt al-Nahar TV were stormed by armed men loyal to the Kessel Brigade.",
     ("attacked", "Kessel Brigade", "Sawt al-Nahar TV")),
    # "the station" is a broadcaster, not the last body named
    ("The offices of satellite channel Sawt al-Nahar TV were stormed by armed men loyal to the Kessel Brigade. Station "
     "director Hamid Rafi accused the brigade of silencing coverage.", ("represents", "Hamid Rafi", "Sawt al-Nahar TV")),
    ("Gunmen loyal to the Kessel Brigade attacked Radio Velmar FM on Monday. The station's director, Ana Ruiz, blamed "
     "the brigade.", ("represents", "Ana Ruiz", "Radio Velmar FM")),
])
def test_a_broadcaster_named_with_particles_and_called_the_station(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts
    assert ("represents", fact[1], "Kessel Brigade") not in facts


def test_the_station_is_the_broadcaster_not_the_paper_named_since(extract_all):
    facts = extract_all("Gunmen loyal to the Kessel Brigade attacked Radio Velmar FM and then the Dorn Courier on "
                        "Monday. Ana Ruiz, the station's director, condemned the attacks.")
    assert ("represents", "Ana Ruiz", "Dorn Courier") not in facts


@pytest.mark.parametrize("text, fact", [  # real regions: the gazetteer's first-level regions
    # a known region's name and its kind, which the model took for a body's name, is that region
    ("Gunmen from the Kessel Brigade attacked Ogbodo, a village in Imo State.", ("locatedIn", "Ogbodo", "Imo State")),
    ("Cattle raiders from the Kessel Brigade struck Pibor Ayod, a village in Jonglei State.",
     ("locatedIn", "Pibor Ayod", "Jonglei State")),
    # ... and no body that "the firm" may stand for
    ("The Delta Oilfield Workers' Union warned that it would shut down production at Okanta Petroleum's flow stations "
     "in Rivers State unless the firm reinstated 140 workers.", ("threatened", "Delta Oilfield Workers' Union",
                                                                 "Okanta Petroleum")),
])
def test_a_known_region_the_model_took_for_a_body(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts
    assert not {f for f in facts if f[0] in ("threatened", "demanded") and f[2].endswith("State")}


def test_a_body_named_for_a_place_and_kind_is_still_a_body(extract_all):
    facts = extract_all("The Velmar Company criticised the Tana River Authority over the floods.")
    assert ("criticized", "Velmar Company", "Tana River Authority") in facts


@pytest.mark.parametrize("text, fact", [
    # a demand made for the purpose of a call, a meeting or a letter is made of the one reached
    ("Arlo Venn, the commission's chairman, said he phoned Lydia Marsh, chief executive of Corvane Chemicals, on "
     "Wednesday to demand the firm's inspection records.", ("demanded", "Arlo Venn", "Lydia Marsh")),
    ("Trade Minister Kwame Osei met executives of the cocoa processor Tarvo Cacao on Monday to press for more beans "
     "to be ground locally.", ("demanded", "Kwame Osei", "Tarvo Cacao")),
    ("Ana Ruiz said she had written to the Velmar Courier's editor, Pavel Ruz, demanding a correction.",
     ("demanded", "Ana Ruiz", "Pavel Ruz")),
    # "the paper" for a paper described as a weekly
    ("The offices of the weekly El Faro del Sur in Velmar were attacked on Saturday by members of the Kessel Brigade. "
     "The paper's editor, Ana Ruiz, blamed the brigade.", ("represents", "Ana Ruiz", "El Faro del Sur")),
])
def test_a_demand_made_by_contacting_someone(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    "Ana Ruiz met Pavel Ruz on Monday to discuss the budget.",  # no demand
    "Kettle said she had written to the newspaper's editor, Ruth Amberley, about the story.",  # no paper named
])
def test_contacting_someone_demands_nothing_by_itself(extract_all, text):
    facts = extract_all(text)
    assert not {f for f in facts if f[0] == "demanded"}
    assert not {f for f in facts if f[0] == "represents" and f[2] == "Kettle"}


@pytest.mark.parametrize("text, pair", [
    # a meeting held for talks is a negotiation too
    ("The Velmar mayor, Ana Ruiz, hosted the Dorn mayor, Pavel Ruz, for talks on the bridge.", ("Ana Ruiz", "Pavel Ruz")),
    ("Tomas Brega, head of the Kessel Farmers Union, met officials of Harrow Estates on Friday for talks on rents.",
     ("Tomas Brega", "Harrow Estates")),
    ("Ana Ruiz and Pavel Ruz met in Velmar on Friday for talks on the disputed river border.", ("Ana Ruiz", "Pavel Ruz")),
])
def test_a_meeting_for_talks_is_a_negotiation(extract_all, text, pair):
    facts = extract_all(text)
    assert ("negotiatedWith", *pair) in facts or ("negotiatedWith", pair[1], pair[0]) in facts


@pytest.mark.parametrize("text", [
    "Ana Ruiz met Pavel Ruz to talk about football.",
    "Ana Ruiz met Pavel Ruz on Monday, and talks will follow.",
])
def test_a_meeting_with_no_talks_held_is_no_negotiation(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "negotiatedWith"}


@pytest.mark.parametrize("text, a, b", [
    # an alliance announced or formed: each side backs the other
    ("The Velka Tenants Union and the Dorn Farmers League announced an electoral alliance on Monday.",
     "Velka Tenants Union", "Dorn Farmers League"),
    ("The Velka Party formed an alliance with the Dorn Farmers League.", "Velka Party", "Dorn Farmers League"),
    ("The Kessel Greens sealed an alliance with the Orvan Labour Party ahead of the vote.", "Kessel Greens",
     "Orvan Labour Party"),
])
def test_an_alliance_formed_backs_both_ways(extract_all, text, a, b):
    facts = extract_all(text)
    assert ("supports", a, b) in facts and ("supports", b, a) in facts


@pytest.mark.parametrize("text", [
    "The Velka Party rejected an alliance with the Dorn Farmers League.",
    "Ana Ruiz stood with her husband at the Velka Party rally.",
    "Tom Ade stood with Lena Marsk at the bus stop in Dasso.",
    "The Green Kanda Party and the Lakuta People's Party announced the end of their alliance.",
    "The Green Kanda Party announced that its alliance with the Lakuta People's Party had collapsed.",
])
def test_no_alliance_formed_backs_no_one(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "supports" and f[1] != f[2]}


@pytest.mark.parametrize("text, fact", [
    # a word of blame for someone's deed, in quotes, is a barb at them
    ("Fighters of the Kessel Brigade ambushed a convoy near Dorn on Monday. Governor Ana Ruiz called the ambush \"an act "
     "of terrorism\".", ("criticized", "Ana Ruiz", "Kessel Brigade")),
    # a kidnapping is an attack on the one seized, and named again it is the kidnappers'
    ("Fighters of the Kessel Brigade kidnapped two ranchers on Monday. The interior minister, Tomas Brega, condemned the "
     "kidnapping.", ("criticized", "Tomas Brega", "Kessel Brigade")),
    ("Rebels of the Kivani Liberation Front stormed Okaro on Monday and abducted its mayor, Benedict Umeh.",
     ("attacked", "Kivani Liberation Front", "Benedict Umeh")),
    ("Police said Ana Ruiz had been abducted by the Kessel Brigade.", ("attacked", "Kessel Brigade", "Ana Ruiz")),
])
def test_barbs_at_deeds_and_kidnappings(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    "Ana Ruiz called the Velmar Company \"a true partner of this town\".",  # praise
    "Ana Ruiz called Pavel Ruz, the mayor of Dorn, on Monday.",  # no quote
    "Ana Ruiz called Tom Ade \"my oldest friend\".",
    "Ana Ruiz called the Kanda Farmers Cooperative \"the backbone of Dasso\".",
    "Ana Ruiz called Orvane Foods' price rise understandable.",  # no blame in a negative prefix
    "Ana Ruiz called Tom Ade's performance incredible.",
    "Ana Ruiz called Tom Ade's illness a nightmare for his family.",  # what befalls someone blames no one
    "Tom Ade called Lena Marsk's dismissal unjust.",
    "Governor Lina Paz called out the Kanda National Guard to help flood victims in Dasso.",  # a summons
])
def test_a_quoted_compliment_is_no_barb(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "criticized"}


def test_a_denied_kidnapping_is_no_attack(extract):
    assert not {f for f in extract("The Kessel Brigade denied kidnapping Ana Ruiz.") if f[0] == "attacked"}


@pytest.mark.parametrize("text, fact", [
    # "the Federation of Mine and Quarry Workers": one body, whose name holds "and"
    ("The Federation of Mine and Quarry Workers threatened to strike unless Sidi Kessel Phosphates reinstated 300 "
     "workers.", ("threatened", "Federation of Mine and Quarry Workers", "Sidi Kessel Phosphates")),
    ("Ana Ruiz sued the Union of Bakers and Confectioners.", ("accused", "Ana Ruiz", "Union of Bakers and Confectioners")),
    # a punishment promised in the passive by a state's officer, with no one named to do it
    ("Mexico's security secretary, Ernesto Valdivia, vowed that the leaders of the Sierra Negra Cartel would be "
     "\"hunted down one by one\".", ("threatened", "Ernesto Valdivia", "Sierra Negra Cartel")),  # real state
    ("Peru's interior minister, Tomas Arce, said the Huallaga Brigade would be crushed.",
     ("threatened", "Tomas Arce", "Huallaga Brigade")),  # real state
    # damages sought are a punishment
    ("Istmo Copper warned the Dorn Port Authority that it would seek $900 million in damages if the concession were "
     "cancelled.", ("threatened", "Istmo Copper", "Dorn Port Authority")),
])
def test_joined_names_and_promised_punishments(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    # a passive punishment promised by someone with no power to inflict it, or by a named doer
    "Ana Ruiz, a lawyer for the Velka Tenants Union, said Harrow Estates would be sued if it raised rents.",
    "Ravel Corp. said it would appeal the decision by the Trade Ministry in court.",
])
def test_a_passive_punishment_promised_by_no_power_threatens_no_one(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "threatened"}


def test_two_bodies_joined_by_and_stay_two(extract):
    facts = extract("The University of Lagos and Brellin Medical Trust accused Halvard Oil of dumping waste.")
    assert ("accused", "Brellin Medical Trust", "Halvard Oil") in facts


@pytest.mark.parametrize("text, fact", [
    # a raid on a body's premises or people attacks the body
    ("Officers of the Velmar National Police raided the newsroom of El Sol de Dorn on Wednesday night.",
     ("attacked", "Velmar National Police", "El Sol de Dorn")),
    ("Aircraft of the Kessel Armed Forces bombed a column of the Dorn Brigade near the border.",
     ("attacked", "Kessel Armed Forces", "Dorn Brigade")),
    # beating with a weapon is an attack (not a win in a contest)
    ("Officers of the Kessel Gendarmerie fired tear gas and beat supporters of the Velmar Citizens Party with batons.",
     ("attacked", "Kessel Gendarmerie", "Velmar Citizens Party")),
    ("Members of the Gobi Herders' Union were beaten with batons by officers of the Orhon Police Department.",
     ("attacked", "Orhon Police Department", "Gobi Herders' Union")),
    # any people "of" a body people join stand for it
    ("Striking tappers of the Velmar Rubber Workers Union were beaten with batons by security guards employed by "
     "the rubber company Greenleaf Plantations.", ("attacked", "Greenleaf Plantations", "Velmar Rubber Workers Union")),
])
def test_attacks_on_a_bodys_premises_and_people(extract_all, text, fact):
    assert fact in extract_all(text)


def test_beating_a_rival_in_a_contest_is_no_attack(extract_all):
    assert not {f for f in extract_all("Kelby Rovers beat the Ashgrove Athletic club 3-0 on Saturday.")
                if f[0] == "attacked"}


@pytest.mark.parametrize("text, fact", [
    # an officer the article never names acts, or is met, for the body the title names
    ("The Velmar Union's special envoy met Tomas Brega, the leader of the Kessel Front, on Sunday.",
     ("metWith", "Velmar Union", "Tomas Brega")),
    ("Later on Tuesday, the special envoy of the Economic Community of West African States met Ana Ruiz.",
     ("metWith", "Economic Community of West African States", "Ana Ruiz")),
    ("The environment minister, Ana Ruiz, met the chief executive of Altan Gobi Mining in Dorn.",
     ("metWith", "Ana Ruiz", "Altan Gobi Mining")),
])
def test_an_unnamed_officer_stands_for_the_body(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts or ("metWith", fact[2], fact[1]) in facts


@pytest.mark.parametrize("text, body", [
    # named after all: the officer, not the body
    ("The Sentinel hit out at the chief of the Harwick Police Department, Renata Fell, for cutting patrols.",
     "Harwick Police Department"),
    ("Yusuf Bello, a police spokesman, blamed the Kurmi Boys gang's leader, a man known as Dan Karami, for the raids.",
     "Kurmi Boys"),
])
def test_an_officer_named_after_the_title_is_no_body(extract_all, text, body):
    assert not {f for f in extract_all(text) if f[0] in ("criticized", "holdsResponsible", "accused") and f[2] == body}


@pytest.mark.parametrize("text, fact", [
    # a town's name hyphened from two words, which the model cut to its last
    ("Fighters attacked a post of the Kessel Guard in Gounarou-Kpé, a village in the northern department of Alibori.",
     ("locatedIn", "Gounarou-Kpé", "Alibori")),  # real region
    ("Gunmen attacked Ndiaye-Keur, a village in Senegal's Matam region.", ("locatedIn", "Ndiaye-Keur", "Matam")),
    ("Floods cut off Mont-Royal, a village in the Dorn valley, and Ana Ruiz, the mayor of Mont-Royal, asked the Velmar "
     "Water Board for help.", ("represents", "Ana Ruiz", "Mont-Royal")),
])
def test_a_hyphened_town_name_is_whole(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts
    assert not {f for f in facts if f[1] in ("Kpé", "Keur", "Royal") or f[2] in ("Kpé", "Keur", "Royal")}


def test_a_prefix_hyphened_to_a_state_makes_no_town(extract_all):
    assert not {f for f in extract_all("Anti-Kessel protesters marched in Velmar on Monday.") if "Anti" in f[1] + f[2]}


@pytest.mark.parametrize("text, fact", [
    # "the police": the police body named before, by any word of its name
    ("Officers of the Velmar Police Force raided the offices of the Dorn Party. The Kessel Union criticised the police "
     "for using force against a lawful meeting.", ("criticized", "Kessel Union", "Velmar Police Force")),
    ("Bangladeshi riot police beat protesters of the Dhaka Garment Workers' Front with batons on Saturday. The rights "
     "group Voice Watch condemned the police.", ("criticized", "Voice Watch", "Bangladeshi riot police")),  # real state
    ("Georgian police fired water cannon at supporters of the Civic Dawn party. The Kessel Union criticised the police.",
     ("criticized", "Kessel Union", "Georgian police")),  # real state
])
def test_the_police_is_the_police_named_before(extract_all, text, fact):
    assert fact in extract_all(text)


def test_the_police_with_none_named_is_no_one(extract_all):
    assert not {f for f in extract_all("The Velmar Union criticised the police for the arrests.") if f[0] == "criticized"}


@pytest.mark.parametrize("text, fact", [
    # a body's or a state's mediators act for it
    ("Oman said its mediators had held talks with both Fuad Harbi and Abdul Saqqaf in Muscat.",
     ("negotiatedWith", "Oman", "Fuad Harbi")),  # real state
    ("Norwegian mediators met the Kessel Front in Oslo.", ("metWith", "Norway", "Kessel Front")),  # real state
    ("The Velmar Council of Churches said its mediators had met leaders of the Kessel Front.",
     ("metWith", "Velmar Council of Churches", "Kessel Front")),
])
def test_mediators_act_for_their_side(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts or (fact[0], fact[2], fact[1]) in facts


def test_mediators_of_no_one_meet_for_no_one(extract_all):
    assert not {f for f in extract_all("Independent mediators met the Kessel Front in Dorn.") if f[0] == "metWith"}


@pytest.mark.parametrize("text, a, b", [
    # "met A and then B and urged them / both to ...": the two just named together
    ("The mediator, Pavel Ruz, met Tomas Brega and then Ana Solt, and urged them to return to talks.", "Tomas Brega",
     "Ana Solt"),
    ("Ana Ruiz met Kofi Mensah and Tomas Brega, and urged both to end the dispute.", "Kofi Mensah", "Tomas Brega"),
    ("Mayor Pavel Ruz phoned Tomas Brega and Ana Solt and asked both to calm their supporters.", "Tomas Brega",
     "Ana Solt"),
])
def test_them_and_both_are_the_two_just_named(extract_all, text, a, b):
    facts = {(f[0], f[2]) for f in extract_all(text)}
    assert ("demanded", a) in facts and ("demanded", b) in facts


def test_them_after_one_named_is_no_pair(extract_all):
    facts = extract_all("Pavel Ruz met Tomas Brega on Monday, and urged the police to protect them.")
    assert not {f for f in facts if f[0] == "demanded" and f[2] == "Tomas Brega"}


@pytest.mark.parametrize("text", [
    # found by a review: near-misses of this round's rules that must stay silent
    "Tom Ade beat Lena Marsk in the election, weeks after the death of his father.",
    "Tom Ade beat Lena Marsk in the club championship.",
    "Tom Ade was hit with a stone and carried with great care to hospital by volunteers of the Lakuta Aid Society.",
    "Former tappers of the Kanda Rubber Workers Union joined Orvane Foods and later attacked Ana Ruiz.",
    "The Lakuta Police Widows Fund gave $500 to Ana Ruiz. The next day, the police beat Tom Ade with batons.",
])
def test_review_near_misses_attack_no_one_named(extract_all, text):
    facts = extract_all(text)
    assert not {f for f in facts if f[0] == "attacked" and f[1] in
                ("Tom Ade", "Lakuta Aid Society", "Kanda Rubber Workers Union", "Lakuta Police Widows Fund")}


@pytest.mark.parametrize("text, wrong", [
    ("Kenya's interior minister, Sam Oduya, vowed that those who attacked the Kessel Mining convoy would be hunted "
     "down.", ("threatened", "Sam Oduya", "Kessel Mining")),  # real state
    ("Kenya's interior minister, Sam Oduya, vowed that Tom Ade's killers would be punished.",
     ("threatened", "Sam Oduya", "Tom Ade")),  # real state
    ("Kenyan general Amos Tiko said his troops would withdraw from Dasso if the Free Sahel Movement laid down its "
     "arms.", ("threatened", "Amos Tiko", "Free Sahel Movement")),  # real state: an offer
    ("Tom Ade visited Lena Marsk in hospital to demand the Barrio 9 gang's arrest.", ("demanded", "Tom Ade", "Lena Marsk")),
    ("Tom Ade met Lena Marsk after talks with Orvane Foods collapsed.", ("negotiatedWith", "Tom Ade", "Lena Marsk")),
    ("Tom Ade met Lena Marsk to discuss the failed negotiations with Kessel Mining.",
     ("negotiatedWith", "Tom Ade", "Lena Marsk")),
    ("Tom Ade met the chief executive of Orvane Foods' largest customer.", ("metWith", "Tom Ade", "Orvane Foods")),
    ("Tom Ade met the Velmar Union's former special envoy.", ("metWith", "Tom Ade", "Velmar Union")),
    ("The Barrio 9 gang kidnapped Tom Ade in 2015. Orvane Foods condemned the kidnapping of Lena Marsk by unknown "
     "men last week.", ("criticized", "Orvane Foods", "Barrio 9")),
])
def test_review_near_misses_add_no_false_fact(extract_all, text, wrong):
    assert wrong not in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # "came under fire from X": an attack where what it came upon can be shot at
    ("Peruvian troops guarding a road camp came under fire from the Huallaga Armed Front late on Saturday.",
     ("attacked", "Huallaga Armed Front", "Peruvian troops")),  # real state
    ("A patrol of the Kessel Police Force came under fire from the Dorn Brigade near Velmar.",
     ("attacked", "Dorn Brigade", "Kessel Police Force")),
    ("A convoy of the Velmar Mining Company came under fire from the Dorn Brigade.",
     ("attacked", "Dorn Brigade", "Velmar Mining Company")),
])
def test_coming_under_fire_from_someone(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    "Minister Ana Ruiz came under fire from the Velmar Union over the budget.",
    "The Kessel Mining Company came under fire from the Velmar Green League.",
])
def test_coming_under_fire_in_words_is_no_attack(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "attacked"}


@pytest.mark.parametrize("text, fact", [
    # "stormed X, a tanker owned by Y": an attack on what Y holds is one on Y too
    ("Gunmen of the Kessel Brigade stormed the Marjan Star, a tanker owned by the Qamar Shipping Company, off the port.",
     ("attacked", "Kessel Brigade", "Qamar Shipping Company")),
    ("Fighters of the Dorn Front attacked Ogbodo, a village held by the Kessel Brigade.",
     ("attacked", "Dorn Front", "Kessel Brigade")),
    ("Rebels of the Dorn Front shelled the Pelican Star, a ferry operated by Velmar Lines, near the coast.",
     ("attacked", "Dorn Front", "Velmar Lines")),
])
def test_an_attack_on_what_someone_holds(extract_all, text, fact):
    assert fact in extract_all(text)


def test_an_attack_on_someones_employee_is_no_attack_on_the_employer(extract_all):
    facts = extract_all("Fighters of the Dorn Front attacked Tomas Brega, a farmer employed by the Velmar Company.")
    assert ("attacked", "Dorn Front", "Velmar Company") not in facts


@pytest.mark.parametrize("text, fact", [
    # "supporters of the opposition X party", parsed with "opposition" as the object of "of"
    ("Georgian police fired water cannon at supporters of the opposition Civic Dawn party.",
     ("attacked", "Georgian police", "Civic Dawn")),  # real state
    ("Officers of the Kessel Gendarmerie fired tear gas at members of the opposition Velmar Renewal Party.",
     ("attacked", "Kessel Gendarmerie", "Velmar Renewal Party")),
    ("Members of the ruling Velmar Labour Party met Ana Ruiz on Monday.", ("metWith", "Velmar Labour Party", "Ana Ruiz")),
])
def test_people_of_a_described_party(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts or (fact[0], fact[2], fact[1]) in facts


def test_people_of_a_common_noun_before_a_date_are_no_body(extract_all):
    assert not {f for f in extract_all("Supporters of the opposition Tuesday met Ana Ruiz.") if f[0] == "metWith"}


@pytest.mark.parametrize("text, fact", [
    # a weapon's by-phrase names who used it: "a bomb planted by X killed ..."
    ("A roadside bomb planted by the Kessel Brigade killed three soldiers of the Nigerian Army near Dalwa on Sunday.",
     ("attacked", "Kessel Brigade", "Nigerian Army")),  # real state
    ("A car bomb planted by the Dorn Front wounded two officers of the Velmar Police Force.",
     ("attacked", "Dorn Front", "Velmar Police Force")),
    ("A grenade thrown by the Kessel Brigade wounded two guards of the Velmar Mining Company.",
     ("attacked", "Kessel Brigade", "Velmar Mining Company")),
    # jailing is a punishment one may threaten
    ("The Kessel Interior Ministry warned the Velmar Brigade that its fighters would be jailed if they returned.",
     ("threatened", "Kessel Interior Ministry", "Velmar Brigade")),
])
def test_weapons_used_and_jail_threatened(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_weapon_that_failed_attacks_no_one(extract_all):
    facts = extract_all("A bomb planted by the Kessel Brigade failed to explode near a station of the Velmar Police "
                        "Force.")
    assert not {f for f in facts if f[0] == "attacked"}


@pytest.mark.parametrize("text, facts", [
    # walking out or picketing, promised by a union's leader under a condition, is a threat by the people its name says
    ("The Brackenridge Bus Drivers Union accused Vell Buslines of cutting wages. The union's president, Dora Vell, "
     "said drivers would walk off the job on Monday unless Vell Buslines restored pension contributions.",
     {("threatened", "Dora Vell", "Vell Buslines"), ("threatened", "Brackenridge Bus Drivers Union", "Vell Buslines")}),
    ("Pia Rand, general secretary of the Allied Nurses Union, said nurses would walk out at three clinics unless "
     "Harlow Health Trust hired more staff.",
     {("threatened", "Pia Rand", "Harlow Health Trust"), ("threatened", "Allied Nurses Union", "Harlow Health Trust")}),
    ("Teachers would picket every school in the district unless the Marlow County Board restored the bonus, said "
     "Jana Steyn, who leads the Brightwater Teachers Guild.",
     {("threatened", "Jana Steyn", "Marlow County Board")}),
])
def test_a_walkout_or_picket_promised_under_a_condition_threatens(extract_all, text, facts):
    assert facts <= extract_all(text)


@pytest.mark.parametrize("text", [
    # what the workers would suffer is no threat; nor is a party leader's word on what farmers would do
    "Jana Steyn, who leads the Brightwater Teachers Union, said teachers would be the first to suffer unless Marlow "
    "County raised its budget.",
    "Tomas Ebb, leader of the Green Valley Party, said growers would block the highways unless the Ministry of "
    "Agriculture raised prices.",
    # a transport union's leader on what teachers would do
    "Hana Ostrova, head of the Vell Transport Workers' Union, said teachers would walk out unless the Education "
    "Ministry raised their pay.",
])
def test_workers_named_by_others_or_suffering_threaten_no_one(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "threatened" and f[1] in ("Jana Steyn", "Tomas Ebb", "Hana Ostrova")}


@pytest.mark.parametrize("text, fact", [
    # a decision, ruling or plan "of X" is X's: criticising or backing it is criticising or backing X
    ("Mina Roe criticised the ruling of the Tarrow Trade Tribunal.", ("criticized", "Mina Roe", "Tarrow Trade Tribunal")),
    ("The Kessel Workers Union condemned the plans of Arvo Mining to close two pits.",
     ("criticized", "Kessel Workers Union", "Arvo Mining")),
    ("Club president Ivo Marek denounced the decision of the Dunmore Football League as a sentence written before the "
     "hearing.", ("criticized", "Ivo Marek", "Dunmore Football League")),
    ("Lena Oduya backed the proposal of the Green Valley Party.", ("supports", "Lena Oduya", "Green Valley Party")),
])
def test_an_act_of_a_body_stands_for_its_maker(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    # what is done to X blames no X: an arrest of X, the handling of X's strike
    "Mina Roe criticised the arrest of Ivo Marek.",
    "Mina Roe criticised the handling of the Kessel Workers Union's strike.",
])
def test_an_act_done_to_a_body_is_not_its_own(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "criticized"}


@pytest.mark.parametrize("text, fact", [
    # a wrong done to others, told of someone by another, is an accusation
    ("Union secretary Rosa Lind said Arvo Mining had harassed workers who joined the strike.",
     ("accused", "Rosa Lind", "Arvo Mining")),
    ("Tomas Ebb said Halvane Shipping had withheld wages from 300 drivers.", ("accused", "Tomas Ebb", "Halvane Shipping")),
    ("The Kessel Residents Group charged that Arvo Mining had dumped toxic sludge into the river.",
     ("accused", "Kessel Residents Group", "Arvo Mining")),
    ("According to Mina Roe, the Kelso Trust has exploited its workers for years.", ("accused", "Mina Roe", "Kelso Trust")),
])
def test_a_wrong_told_by_another_is_an_accusation(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    # one's own account of what one withheld, and a use of a thing, accuse no one
    "Arvo Mining said it had withheld the payments because of the audit.",
    "Mina Roe said the Kelso Trust had exploited the discovery well.",
])
def test_an_own_act_or_a_harmless_use_is_no_accusation(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "accused"}


@pytest.mark.parametrize("text, fact", [
    # a force's ships and planes carry out its attack
    ("Ships of the Vardan Coast Guard fired water cannon at the Selo Fishermen's Cooperative.",
     ("attacked", "Vardan Coast Guard", "Selo Fishermen's Cooperative")),
    ("Vessels of the Vardan Navy fired on two boats of the Selo Fishing Cooperative.",
     ("attacked", "Vardan Navy", "Selo Fishing Cooperative")),
    ("Two ships of the Tarsk Navy rammed a trawler owned by Halvane Fisheries.", ("attacked", "Tarsk Navy", "Halvane Fisheries")),
    # gunfire told by what it left: sprayed, riddled, raked with bullets
    ("A minibus of the Velo Taxi Association was sprayed with bullets by gunmen of the rival Dorn Taxi Association.",
     ("attacked", "Dorn Taxi Association", "Velo Taxi Association")),
    ("Gunmen of the Kessel Brigade riddled the car of Mayor Ana Pell with bullets.", ("attacked", "Kessel Brigade", "Ana Pell")),
    ("The offices of the Tarsk Herald were raked with gunfire by members of the Vell Front.",
     ("attacked", "Vell Front", "Tarsk Herald")),
    # property burned, or set on fire, in a place
    ("Fighters of the Kessel Liberation Front burned dozens of homes in Tarmo, a village to the south.",
     ("attacked", "Kessel Liberation Front", "Tarmo")),
    ("The Kessel Liberation Front set fire to homes in Tarmo on Monday.", ("attacked", "Kessel Liberation Front", "Tarmo")),
    ("Gunmen of the Vell Front burned the offices of the Tarsk Herald.", ("attacked", "Vell Front", "Tarsk Herald")),
])
def test_attacks_by_a_forces_ships_by_gunfire_and_by_burning(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    # paint is no gunfire; an effigy or tyres are no one's property; ships that escort attack no one
    "Protesters of the Halvane Union sprayed the offices of Arvo Mining with paint.",
    "Protesters of the Halvane Union burned an effigy of the governor in Tarsk.",
    "Ships of the Vardan Navy escorted the boats of the Selo Fishing Cooperative.",
])
def test_paint_effigies_and_escorts_are_no_attack(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "attacked"}


@pytest.mark.parametrize("text, fact", [
    # people who act for both sides, named together, hold the talks or meet for them
    ("Negotiators for the Tarsk Nurses Association and Mercy Dale Health System held 14 hours of talks on Sunday.",
     ("negotiatedWith", "Tarsk Nurses Association", "Mercy Dale Health System")),
    ("Negotiators for Ethiopia's federal government and the Tarsa Liberation Front held talks in Nairobi.",  # real state
     ("negotiatedWith", "Ethiopia", "Tarsa Liberation Front")),
    ("Officials from the Kessel Workers Union and Arvo Mining ended two days of talks on Thursday.",
     ("negotiatedWith", "Kessel Workers Union", "Arvo Mining")),
    ("Teams from the Orvane Dockers Guild and Halvane Shipping met on Friday at the port.",
     ("metWith", "Orvane Dockers Guild", "Halvane Shipping")),
    ("Commissions from Armenia and Azerbaijan met on Friday at a checkpoint.", ("metWith", "Armenia", "Azerbaijan")),  # real states
])
def test_people_acting_for_two_sides_hold_their_talks(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts or (fact[0], fact[2], fact[1]) in facts


def test_a_lawyer_for_one_side_is_no_second_side(extract_all):
    # one side's lawyer meeting the other is that side meeting it, not a third party
    facts = extract_all("A lawyer for the Kessel Workers Union met Arvo Mining's chief executive, Dana Roe, on Friday.")
    assert not {f for f in facts if f[0] in ("metWith", "negotiatedWith") and "Kessel Workers Union" not in f[1:]}


@pytest.mark.parametrize("text, fact", [  # real states: where talks are held abroad
    # the government a text names is "the government" and leads its delegation, wherever the dateline is
    ("NAIROBI, Kenya (AFP) — Negotiators for Ethiopia's federal government and the Tarsa Liberation Front held talks "
     "in Nairobi this week. The front accused the government of shelling villages.",
     ("accused", "Tarsa Liberation Front", "Ethiopia")),
    ("NAIROBI, Kenya (AFP) — Negotiators for Ethiopia's federal government and the Tarsa Liberation Front held talks "
     "in Nairobi this week. The government delegation, led by Deputy Peace Minister Abebe Dorsa, met the rebels' "
     "commander, Ivo Brand, on Wednesday.", ("represents", "Abebe Dorsa", "Ethiopia")),
    ("MUSCAT (Reuters) — Envoys of the government of Yemen and the Tarsa Movement negotiated for a third day in Muscat "
     "on Wednesday. A government delegate, Deputy Foreign Minister Said Omran, demanded that the movement pull its "
     "gunmen out of the port.", ("represents", "Said Omran", "Yemen")),
])
def test_the_government_is_the_one_named_not_the_hosts(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts
    host = "Kenya" if "Kenya" in text else "Oman"
    assert (fact[0], fact[1], host) not in facts


def test_with_no_government_named_the_government_is_the_datelines(extract_all):  # real state
    facts = extract_all("NAIROBI, Kenya (AFP) — The Tarsa Liberation Front accused the government of shelling villages "
                        "near Garissa.")
    assert ("accused", "Tarsa Liberation Front", "Kenya") in facts


@pytest.mark.parametrize("text, fact", [
    # an Arabic article inside a name the model missed joins its words ("Suq al-Tharwa Brigade", not "al-Tharwa Brigade")
    ("Gunmen of the Suq al-Tharwa Brigade ambushed a convoy of the Bensaoud Battalion.",
     ("attacked", "Suq al-Tharwa Brigade", "Bensaoud Battalion")),
    ("Gunmen of the Dorsa al-Tharwa Brigade ambushed a convoy of the Bensaoud Battalion.",
     ("attacked", "Dorsa al-Tharwa Brigade", "Bensaoud Battalion")),
    ("Fighters of the Liwa al-Karama Front shelled the town of Tarmo.", ("attacked", "Liwa al-Karama Front", "Tarmo")),
    ("The Jund al-Wadi Brigade accused the Dorsa Battalion of smuggling fuel.",
     ("accused", "Jund al-Wadi Brigade", "Dorsa Battalion")),
])
def test_an_arabic_article_joins_a_names_words(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_person_with_an_arabic_article_stays_one_person(extract):
    facts = extract("Sheikh Hamad al-Nouri of the Dar el-Salam Council met Ivo Brand on Monday.")
    assert ("metWith", "Hamad al-Nouri", "Ivo Brand") in facts or ("metWith", "Ivo Brand", "Hamad al-Nouri") in facts


@pytest.mark.parametrize("text, fact", [
    # a vehicle struck with people aboard strikes whose people they are
    ("Fighters of the Kessel Front ambushed a bus carrying officers of the Vardan Federal Police near Gubra.",
     ("attacked", "Kessel Front", "Vardan Federal Police")),
    ("Gunmen of the Tarsa Brigade attacked a truck carrying aid workers of the Mercy Bridge charity.",
     ("attacked", "Tarsa Brigade", "Mercy Bridge")),
    ("Militiamen of the Oro Valley Front fired on a boat transporting members of the Lakeside Fishers Union.",
     ("attacked", "Oro Valley Front", "Lakeside Fishers Union")),
    # a body's head word that is also a title ("Marine") ends a company's name after it
    ("The Kessel Port Authority fined Tarsk Marine, accusing it of underinvesting.",
     ("accused", "Kessel Port Authority", "Tarsk Marine")),
    ("Tarsk Marine chief executive Ivo Brand met Ana Pell, the mayor of Dorvik, on Monday.",
     ("represents", "Ivo Brand", "Tarsk Marine")),
])
def test_people_aboard_and_company_names_ending_in_a_title(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, bad", [
    # supplies carried to a force are no people of it; "Marine" before a name is a title
    ("Fighters of the Kessel Front ambushed a bus carrying supplies to the Vardan Federal Police.",
     ("attacked", "Kessel Front", "Vardan Federal Police")),
    ("Former Marine Jack Dorn met Ivo Brand on Monday.", ("represents", "Jack Dorn", "Marine")),
])
def test_cargo_and_a_title_before_a_name_are_no_one(extract_all, text, bad):
    facts = extract_all(text)
    assert bad not in facts
    assert not any("Marine" in f[2] for f in facts)


@pytest.mark.parametrize("text, fact", [
    # taking a dispute to a venue, warned of, threatens the one warned; the venue is no target
    ("Minister Ivo Brand warned Latvia that Estonia would take the dispute to the European Commission if the fees were "
     "not withdrawn by March.", ("threatened", "Ivo Brand", "Latvia")),  # real states
    ("The Kessel Tenants Union warned Arvo Homes Ltd that it would take the matter to the Housing Tribunal unless "
     "repairs began.", ("threatened", "Kessel Tenants Union", "Arvo Homes Ltd")),
    ("Dora Vell, head of the Dorvik Fishers Guild, warned the Harbour Board that the guild would refer the matter to "
     "the Fisheries Ombudsman unless the quotas were restored.", ("threatened", "Dora Vell", "Harbour Board")),
])
def test_taking_a_dispute_to_a_venue_threatens_the_one_warned(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, venue", [
    # the venue, with "to" after a dispute or "before" after any act, is never the one threatened or asked
    ("Ivo Brand said Estonia would take the dispute to the European Commission if the fees were not withdrawn by "
     "March.", "European Commission"),  # real states
    ("Tarsk Marine said it would seek $1 billion in damages before the Geneva Court of Arbitration unless the Harbour "
     "Authority reversed its decision.", "Geneva Court of Arbitration"),
])
def test_a_venue_is_no_target(extract_all, text, venue):
    assert not {f for f in extract_all(text) if f[0] in ("threatened", "demanded") and f[2] == venue}


@pytest.mark.parametrize("text, fact", [
    # Spanish, Portuguese and French companies are companies: "the company", "the mining company" fit them
    ("Thousands marched on Wednesday against Compañía Minera Tarsa, which plans to expand a mine near Dorvik. The "
     "campaign is backed by Red Verde, an environmental network. Esteban Lugo, the mining company's vice president "
     "for corporate affairs, criticised the march.", ("represents", "Esteban Lugo", "Compañía Minera Tarsa")),
    ("Protesters blocked roads to a mine run by Empresa Andina Sur on Monday. The Red Verde network backed them. The "
     "company's spokesman, Ivo Lugo, said the blockade was illegal.", ("represents", "Ivo Lugo", "Empresa Andina Sur")),
    ("Dockers struck at the terminal of Compagnie Portuaire de Vell on Friday, backed by the Vell Workers Union. The "
     "company's director, Anne Morel, called the strike unlawful.", ("represents", "Anne Morel", "Compagnie Portuaire de Vell")),
])
def test_companies_named_in_other_languages_are_the_company(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts
    assert not {f for f in facts if f[0] == "represents" and f[1] == fact[1] and f[2] != fact[2]}


@pytest.mark.parametrize("text, fact", [
    # a "Defence Force" is a state's armed force: its camps and bases are its own
    ("The Dorvan Defence Force said its troops had repelled the attack after gunmen of the Kessel Front stormed a "
     "base of the force near Omboro.", ("attacked", "Kessel Front", "Dorvan Defence Force")),
    ("Rebels of the Tarsa Front shelled the Merovan Armed Force's barracks at Lusa.",
     ("attacked", "Tarsa Front", "Merovan Armed Force")),
])
def test_a_defence_force_is_an_armed_force(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, name", [
    ("The Vardan National Defense Force accused the Kessel Front of shelling Omboro.", "Vardan National Defense Force"),
    ("Troops of the Dorvan Defence Force shelled the village of Omboro.", "Dorvan Defence Force"),
    ("Ana Pell condemned the Merovan Armed Force for the raid on Lusa.", "Merovan Armed Force"),
])
def test_a_defence_force_is_typed_an_armed_force(nlp, text, name):
    assert (name, "ArmedForces") in named_types(nlp, text)


def test_a_task_force_is_no_army(extract_all):
    facts = extract_all("Gunmen of the Kessel Front attacked an army base near Omboro, the Harbour Task Force said.")
    assert not {f for f in facts if f[0] == "attacked" and f[2] == "Harbour Task Force"}


@pytest.mark.parametrize("text, fact", [
    # a speech act's participle after a reported clause is the speaker's ("said X had acted lawfully, accusing Y")
    ("The Vardan Civic Front called a rally on Sunday. Ministry spokeswoman Tamar Kess said officers had acted "
     "lawfully, accusing the party of trying to storm a state institution.", ("accused", "Tamar Kess", "Vardan Civic Front")),
    ("The Dorvan Teachers Union said the ministry had broken its promises, urging Dana Roe to resign.",
     ("demanded", "Dorvan Teachers Union", "Dana Roe")),
    ("Ivo Brand, who chairs the Kessel Residents Group, said the flooding had been avoidable, blaming Arvo Homes Ltd "
     "for blocked drains.", ("holdsResponsible", "Ivo Brand", "Arvo Homes Ltd")),
])
def test_a_speech_participle_after_a_reported_clause_is_the_speakers(extract_all, text, fact):
    facts = extract_all(text)
    bodies = {f[2] for f in facts if f[0] == "represents" and f[1] == fact[1]}  # (a spokeswoman's act is her body's)
    assert fact in facts or any((fact[0], b, fact[2]) in facts for b in bodies)


def test_a_deed_participle_stays_the_doers(extract_all):
    facts = extract_all("Mayor Ivo Brand said the Kessel Front had shelled Omboro, killing six farmers.")
    assert not {f for f in facts if f[0] == "attacked" and f[1] == "Ivo Brand"}


@pytest.mark.parametrize("text, fact", [
    # "demanded that it ...", with no object before it in the sentence: the body last named
    ("The Tarsa Movement seized the port last year. Minister Ivo Brand demanded that it pull its gunmen out of the "
     "port.", ("demanded", "Ivo Brand", "Tarsa Movement")),
    ("Arvo Mining closed the plant in May. Union leader Dora Vell demanded on Friday that it reopen the plant.",
     ("demanded", "Dora Vell", "Arvo Mining")),
    ("The Kessel Port Authority raised fees in March. Tomas Ebb, a shipowner, demanded that it cut them.",
     ("demanded", "Tomas Ebb", "Kessel Port Authority")),
])
def test_it_told_to_act_is_the_body_last_named(extract_all, text, fact):
    assert fact in extract_all(text)


def test_it_after_a_thing_named_is_that_thing(extract_all):
    facts = extract_all("The Kessel Port Authority unveiled a plan in March. Tomas Ebb, a shipowner, criticised the "
                        "plan and insisted that it include a cap on fees.")
    assert ("demanded", "Tomas Ebb", "Kessel Port Authority") not in facts


@pytest.mark.parametrize("text, fact", [
    # responding or acting "with force" or "firmly" is a threat; a vow beside a warning is aimed at the one warned
    ("The Interior Ministry warned the Kessel Brigade on Sunday, vowing to respond with full force to any further "
     "attacks.", ("threatened", "Interior Ministry", "Kessel Brigade")),
    ("The Dorvan Interior Ministry issued a stern warning to the Tarsa Front, vowing to retaliate.",
     ("threatened", "Dorvan Interior Ministry", "Tarsa Front")),
    ("The Vardan Army said it would respond with force to any attack by the Tarsa Front.",
     ("threatened", "Vardan Army", "Tarsa Front")),
    ("The Vardan Army vowed to act firmly against the Tarsa Front.", ("threatened", "Vardan Army", "Tarsa Front")),
])
def test_forceful_responses_and_vows_beside_a_warning_threaten(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text", [
    # answering questions is no threat; the victims of an attack to be answered are no target
    "The Kessel Port Authority said it would respond to questions from the Harbour Times.",
    "The Vardan Army said it would respond firmly to any attack on the Kessel Police.",
])
def test_a_plain_response_or_an_attacks_victims_are_not_threatened(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "threatened"}


@pytest.mark.parametrize("text, fact", [
    # "the company" in "X said it backed the company" is another company than X; companies named for their trade
    ("Tekyiwa Mobile lost a court case on Monday. Ilanga Capital said that it backed the company's management.",
     ("supports", "Ilanga Capital", "Tekyiwa Mobile")),
    ("Tekyiwa Mobile lost a court case on Monday. Ilanga Capital said it would sue the company.",
     ("threatened", "Ilanga Capital", "Tekyiwa Mobile")),
    ("Kessel Power raised prices on Monday. The Vardan Consumers Union accused the company of gouging customers.",
     ("accused", "Vardan Consumers Union", "Kessel Power")),
    ("Orvane Maritime laid off 200 crew in May. The Dorvik Seafarers Union said it would take the company to court.",
     ("threatened", "Dorvik Seafarers Union", "Orvane Maritime")),
])
def test_the_company_is_another_company_than_the_one_speaking(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_union_whose_name_opens_with_a_trade_is_no_company(extract_all):
    facts = extract_all("The Maritime Dockworkers Union of Vardania alleged that Ekoport Terminals had sacked 140 "
                        "workers. The union's general secretary, Chidi Obi, demanded that the company reinstate them.")
    assert ("demanded", "Chidi Obi", "Ekoport Terminals") in facts
    assert not {f for f in facts if f[0] == "demanded" and f[2] == "Maritime Dockworkers Union of Vardania"}


@pytest.mark.parametrize("text, fact", [
    # a sentence-opening "Its" is the body the previous sentence names as its main subject, not one named later
    ("MINUSCA condemned the attacks and demanded that the Kessel Brigade withdraw from the prefecture. Its head, Marta "
     "Lind, warned the group that peacekeepers would use force.", ("represents", "Marta Lind", "MINUSCA")),
    ("The Vardan Dockers Federation rejected the offer and urged Arvo Shipping to return to talks. Its president, Ivo "
     "Marek, said a strike was likely.", ("represents", "Ivo Marek", "Vardan Dockers Federation")),
    ("Kessel Rovers said it stood behind its coach after the Dorvik Football League fined the club. Its chairman, Ana "
     "Lind, said the club would appeal.", ("represents", "Ana Lind", "Kessel Rovers")),
])
def test_its_opening_a_sentence_is_the_previous_main_subject(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts
    assert not {f for f in facts if f[0] == "represents" and f[1] == fact[1] and f[2] != fact[2]}


def test_its_after_a_relative_clause_is_still_the_subjects(extract_all):
    facts = extract_all("The Tarsa Front, which is backed by the Green Dawn Party, demanded talks on Monday. Its "
                        "leader, Dora Vell, said the front would not disarm.")
    assert ("represents", "Dora Vell", "Green Dawn Party") not in facts


@pytest.mark.parametrize("text, fact", [
    # a joining particle between hyphens ("-e-") keeps a name whole
    ("The militant group Tehreek-e-Kessar-e-Watan claimed the killing of Zahid Dorrani, a reporter.",
     ("attacked", "Tehreek-e-Kessar-e-Watan", "Zahid Dorrani")),
    ("Gunmen of the Lashkar-e-Vardan group shot dead Omar Baig, a reporter for the channel Sada-e-Dorkan TV.",
     ("represents", "Omar Baig", "Sada-e-Dorkan TV")),
    ("The Kessel Media Authority warned the channel Awaz-e-Kessar TV that it could lose its licence.",
     ("warned", "Kessel Media Authority", "Awaz-e-Kessar TV")),
])
def test_a_joining_particle_between_hyphens_keeps_a_name_whole(extract_all, text, fact):
    facts = extract_all(text)
    assert any(f[0] == fact[0] and f[2] == fact[2] for f in facts)


def test_no_name_is_cut_at_its_joining_particle(nlp):
    types = named_types(nlp, "The Kessel Media Authority warned the channel Awaz-e-Kessar TV that it could lose its "
                             "licence.")
    assert not {n for n, _ in types if n in ("Awaz", "Kessar TV")}


@pytest.mark.parametrize("text, facts", [
    # names ending in Crew, Gang or Cartel are armed groups; "both gangs" or "the gangs" are the two named
    ("Gunmen from the Black Hill Crew attacked the Gully Side Gang on Sunday. Superintendent Carl Mowat of the Kessel "
     "Constabulary accused both gangs of turning the parish into a war zone.",
     {("accused", "Carl Mowat", "Black Hill Crew"), ("accused", "Carl Mowat", "Gully Side Gang")}),
    ("The Dorvik Cartel fought the rival Sierra Azul Cartel for the port all week. Governor Lena Ruiz warned the gangs "
     "that the army would be sent in.", {("warned", "Lena Ruiz", "Dorvik Cartel"), ("warned", "Lena Ruiz", "Sierra Azul Cartel")}),
    ("The Kessel Consumers Union met Orvane Power and Dorn Energy last year. The union accused the companies of "
     "collusion on Monday.", {("accused", "Kessel Consumers Union", "Orvane Power"),
                              ("accused", "Kessel Consumers Union", "Dorn Energy")}),
])
def test_both_gangs_or_the_companies_are_the_two_named(extract_all, text, facts):
    assert facts <= extract_all(text)


def test_both_gangs_are_never_the_states_police(extract_all):
    facts = extract_all("Officers of the Vardan National Police clashed with the Black Hill Crew on Sunday. Mayor "
                        "Lena Ruiz accused both gangs of terrorising the town.")
    assert not {f for f in facts if f[0] == "accused" and f[2] == "Vardan National Police"}


@pytest.mark.parametrize("text", [
    # what a work of fiction tells, and whom the text calls fictional, is no news
    "Last year, a television drama in which a fictional rebel band, the Black Crescent, bombs a school in the "
    "fictional town of Kuala Serai drew protests.",
    "A film in which the Tarsa Brigade storms a prison in Dorvik opened on Friday.",
    "Hitmen of the fictional Niebla Cartel storm a prison in the series El Señor.",
    "In the novel, the fictitious Orvane Liberation Army shells the town of Kessar.",
])
def test_fiction_gives_no_attack(extract_all, text):
    assert not {f for f in extract_all(text) if f[0] == "attacked"}


def test_news_beside_fiction_stays(extract_all):
    facts = extract_all("The Kessel Front bombed a school in Tarmo on Monday. A film in which the Tarsa Brigade "
                        "storms a prison opened on Friday.")
    assert ("attacked", "Kessel Front", "Tarmo") in facts
    assert not {f for f in facts if f[1] == "Tarsa Brigade"}


@pytest.mark.parametrize("text, fact", [  # real states: their armies and police
    # the force's word two nouns before the site ("an army ranger outpost"), and outposts, checkpoints, columns
    ("Fighters of the Kelso Front attacked an army ranger outpost in Yala province, killing one soldier. A spokesman "
     "for the Royal Thai Army said troops had repelled the attackers.", ("attacked", "Kelso Front", "Royal Thai Army")),
    ("Gunmen of the Velm Peasant Front overran a police border checkpoint near Ipiales. The Colombian National Police "
     "said two officers died.", ("attacked", "Velm Peasant Front", "Colombian National Police")),
    ("Fighters of the Kelso Front ambushed an army supply column near Gwoza. The Nigerian Army said four soldiers "
     "died.", ("attacked", "Kelso Front", "Nigerian Army")),
])
def test_a_forces_site_named_through_two_nouns_is_the_storys_force(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # two capitalised words the model called a place, which no gazetteer knows, as a verb's subject or object: a person
    ("Hassan Nouri met Karim Saleh on Monday.", ("metWith", "Hassan Nouri", "Karim Saleh")),
    ("Hassan Nouri met Karim Saleh in Tripoli.", ("metWith", "Hassan Nouri", "Karim Saleh")),
    ("Hassan Nouri phoned Karim Saleh on Tuesday.", ("called", "Hassan Nouri", "Karim Saleh")),
])
def test_an_unknown_place_acting_as_a_person_is_one(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts or (fact[0], fact[2], fact[1]) in facts


def test_a_place_name_with_a_place_word_stays_a_place(nlp):
    types = dict(named_types(nlp, "San Almedo sued Varrick Polymers on Monday."))
    assert types.get("San Almedo") != "Person"


@pytest.mark.parametrize("text, fact", [  # real states: their armed forces
    # forces named as a state's ("the Armed Forces of X") are no "group" or "militants" of the story
    ("Militants of the Kessel Dawn Movement ambushed an army convoy on Tuesday, killing five soldiers of the Armed "
     "Forces of the Philippines. Hours later, the group's fighters raided the village of Kabulnan.",
     ("attacked", "Kessel Dawn Movement", "Kabulnan")),
    ("Fighters of the Tarsa Front killed two soldiers of the National Army of Colombia near the town of Dorvik. The "
     "group later raided the village of Pueblo Alto.", ("attacked", "Tarsa Front", "Pueblo Alto")),
    ("Rebels of the Kivu Dawn Alliance shelled a base of the Armed Forces of the Democratic Republic of the Congo. "
     "The group then stormed the village of Bunyoro.", ("attacked", "Kivu Dawn Alliance", "Bunyoro")),
])
def test_a_states_named_forces_are_no_group(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts
    assert not {f for f in facts if f[0] == fact[0] and f[2] == fact[2] and f[1].startswith(("Armed Forces", "National Army"))}


@pytest.mark.parametrize("text, fact", [
    # "et" and "und" join a body's name as "y" does ("Collectif Droits et Dignité", "Verein Natur und Heimat")
    ("The human rights group Collectif Droits et Dignité criticised the Dorvik police for arriving late.",
     ("criticized", "Collectif Droits et Dignité", "Dorvik police")),
    ("The farmers' group Union Terre et Liberté accused Arvo Mining of polluting the river.",
     ("accused", "Union Terre et Liberté", "Arvo Mining")),
    ("The Verein Natur und Heimat sued Kessel Bau over the quarry.", ("accused", "Verein Natur und Heimat", "Kessel Bau")),
])
def test_et_and_und_join_a_bodys_name(extract_all, text, fact):
    facts = extract_all(text)
    assert any(f[0] == fact[0] and f[1] == fact[1] for f in facts)


def test_english_and_still_parts_two_names(extract_all):
    facts = extract_all("Marie Duval and Ivo Marek met Ana Ruiz in Dorvik on Monday.")
    assert ("metWith", "Marie Duval", "Ana Ruiz") in facts or ("metWith", "Ana Ruiz", "Marie Duval") in facts


def test_et_between_two_people_parts_them(nlp):
    types = named_types(nlp, "Marie Duval et Ivo Marek signed a statement criticising Arvo Mining.")
    assert not {n for n, _ in types if " et " in n}


@pytest.mark.parametrize("text, bad", [
    # from a review: the victims an army vows to protect, a clause beside the vow, a foreign government acted on
    ("The Vardan Army vowed to deal firmly with anyone who attacks the Kessel Police.",
     ("threatened", "Vardan Army", "Kessel Police")),
    ("Ivo Brand said the Vardan Army would act firmly against smugglers, and praised the Kessel Police for its help.",
     ("threatened", "Vardan Army", "Kessel Police")),
    ("NAIROBI, Kenya (AFP) — The Tarsa Liberation Front, which has fought Ethiopia's government for a decade, opened "
     "an office in Nairobi. Kenyan opposition leader Ivo Ndege accused the government of harbouring the rebels.",
     ("accused", "Ivo Ndege", "Ethiopia")),  # real states
    ("Ministry spokeswoman Tamar Kess said Arvo Mining had fired Ivo Marek, accusing him of theft.",
     ("accused", "Tamar Kess", "Ivo Marek")),
    ("Fighters of the Kessel Front burned down their own camp near Tarmo before retreating.",
     ("attacked", "Kessel Front", "Tarmo")),
    ("The hostage drama, in which gunmen of the Tarsa Brigade shot Ivo Marek, ended on Monday.", None),
])
def test_review_cases_stay_right(extract_all, text, bad):
    facts = extract_all(text)
    if bad is None:
        assert ("attacked", "Tarsa Brigade", "Ivo Marek") in facts  # a real drama is no fiction
    else:
        assert bad not in facts


def test_both_clubs_in_the_phrase_they_stand_in_do_not_loop(extract_all):
    # "Teams from both clubs met": "both" is not the phrase it stands in (this once recursed without end)
    facts = extract_all("Kessel Rovers beat Dorvik United 3-0. Teams from both clubs met at a dinner afterwards.")
    assert isinstance(facts, set)


@pytest.mark.parametrize("text, fact", [
    # what someone did "without" doing is not done
    ("Ivo Marek left Dorvik without meeting Ana Ruiz.", ("metWith", "Ivo Marek", "Ana Ruiz")),
    ("The Kessel Front withdrew without attacking the town of Tarmo.", ("attacked", "Kessel Front", "Tarmo")),
    ("Negotiators for the Tarsa Movement ended two days of talks in Dorvik without meeting the Kessel Council.",
     ("metWith", "Tarsa Movement", "Kessel Council")),
])
def test_an_act_done_without_is_not_done(extract, text, fact):
    facts = extract(text)
    assert fact not in facts and (fact[0], fact[2], fact[1]) not in facts


def test_an_act_done_without_warning_is_done(extract):
    assert ("attacked", "Kessel Front", "Tarmo") in extract("The Kessel Front attacked Tarmo without warning.")


@pytest.mark.parametrize("text, fact", [
    # a wrong done to "no one" or "nobody" is none
    ("Ivo Marek said the Kessel Workers Union had intimidated no one and had acted within the law.",
     ("accused", "Ivo Marek", "Kessel Workers Union")),
    ("Ana Ruiz said Arvo Mining had cheated nobody.", ("accused", "Ana Ruiz", "Arvo Mining")),
    ("Dora Vell said the Tarsk Port Authority had misled no one.", ("accused", "Dora Vell", "Tarsk Port Authority")),
    ("Tomas Ebb insisted that the Kessel Council had deceived no one.", ("accused", "Tomas Ebb", "Kessel Council")),
])
def test_a_wrong_done_to_no_one_is_none(extract, text, fact):
    assert fact not in extract(text)


def test_a_wrong_done_to_someone_stays(extract):
    assert ("accused", "Ana Ruiz", "Arvo Mining") in extract("Ana Ruiz said Arvo Mining had harassed its workers.")


@pytest.mark.parametrize("text, fact", [  # real states: the dateline's
    # a portfolio before a state's multi-word title ("Health Cabinet Secretary X"): the dateline's state's office
    ("NAIROBI (Reuters) - Health Cabinet Secretary Wairimu Ndegwa blamed Tembo Pharma for the fake drugs.",
     ("represents", "Wairimu Ndegwa", "Kenya")),
    ("LAGOS (Reuters) - Petroleum Permanent Secretary Adaeze Obi-Nwosu accused Delta Crest Oil of cheating.",
     ("represents", "Adaeze Obi-Nwosu", "Nigeria")),
    ("MANILA (AP) - Energy Under Secretary Ramil Dacuycuy said the grid would hold.",
     ("represents", "Ramil Dacuycuy", "Philippines")),
])
def test_a_portfolio_before_a_state_title_is_no_body(extract_all, text, fact):
    facts = extract_all(text)
    assert fact in facts
    assert not any(f[0] == "represents" and f[1] == fact[1] and f[2] != fact[2] for f in facts)


def test_a_region_before_a_ministers_title_stays_a_place(extract_all):  # real states and regions
    facts = extract_all("SYDNEY (AAP) - The ferry union called on New South Wales Transport Minister Teodor Kallas "
                        "to intervene.")
    assert ("represents", "Teodor Kallas", "New South Wales") in facts


@pytest.mark.parametrize("text, facts", [  # real states
    # "the foreign ministers of A and B, X and Y": each holder, in order, for the body in the same place
    ("The foreign ministers of Chile and Argentina, Camila Urzúa Bravo and Martín Lobera Ferrán, met in Santiago.",
     {("represents", "Camila Urzúa Bravo", "Chile"), ("represents", "Martín Lobera Ferrán", "Argentina"),
      ("metWith", "Camila Urzúa Bravo", "Martín Lobera Ferrán")}),
    ("The interior ministers of Ghana and Togo, Kofi Asamoah and Yao Mensavi, condemned the Velm Front.",
     {("represents", "Kofi Asamoah", "Ghana"), ("represents", "Yao Mensavi", "Togo"),
      ("criticized", "Kofi Asamoah", "Velm Front"), ("criticized", "Yao Mensavi", "Velm Front")}),
    ("On Monday the presidents of the Tarsk Dockers Union and the Velm Port Authority, Ida Holmqvist and Rolf "
     "Askeland, held talks in Dorvik.",
     {("represents", "Ida Holmqvist", "Tarsk Dockers Union"), ("represents", "Rolf Askeland", "Velm Port Authority")}),
])
def test_holders_listed_beside_a_plural_title_pair_in_order(extract_all, text, facts):
    got = extract_all(text)
    assert facts <= got
    reps = {f for f in got if f[0] == "represents"}
    assert reps == {f for f in facts if f[0] == "represents"}


def test_holders_unlike_in_number_pair_with_none(extract_all):  # real states
    got = extract_all("The foreign ministers of Chile and Argentina, Camila Urzúa Bravo, Martín Lobera Ferrán and "
                      "Inés Prado Solís, met in Santiago.")
    assert not any(f[0] == "represents" for f in got)


@pytest.mark.parametrize("text, fact", [
    # "gave X 48 hours to apologise", with a title before X ("gave lawmaker X"): the time given demands the act
    # (the span of time parsed as the name's apposition)
    ("The Arvo Workers' Federation gave director Mikus Liepa two weeks to reinstate the strikers.",
     ("demanded", "Arvo Workers' Federation", "Mikus Liepa")),
    ("The Velm Union gave chairman Arno Siltala two weeks to resign.", ("demanded", "Velm Union", "Arno Siltala")),
    ("The Tarsk Football League gave club owner Ivo Marek ten days to pay the fine.",
     ("demanded", "Tarsk Football League", "Ivo Marek")),
])
def test_time_given_to_a_titled_person_demands(extract, text, fact):
    assert fact in extract(text)


def test_time_given_as_a_thing_demands_nothing(extract):
    assert not any(f[0] == "demanded" for f in extract("The Velm Union gave Arno Siltala two weeks of leave."))


@pytest.mark.parametrize("text, facts", [
    # a threatened act's coordinated objects are all threatened ("threatened to arrest A and B")
    ("Ivo Marek threatened to arrest Tessa Morland and Ike Dorsey if they returned.",
     {("threatened", "Ivo Marek", "Tessa Morland"), ("threatened", "Ivo Marek", "Ike Dorsey")}),
    ("The Velm Union threatened to sue Arvo Mining and Tarsk Steel over the spill.",
     {("threatened", "Velm Union", "Arvo Mining"), ("threatened", "Velm Union", "Tarsk Steel")}),
    ("Police commander Lina Orsk threatened on Friday to expel the Kessel Herald and the Dorvik Courier from the press pool.",
     {("threatened", "Lina Orsk", "Kessel Herald"), ("threatened", "Lina Orsk", "Dorvik Courier")}),
])
def test_a_threatened_acts_coordinated_objects_are_all_threatened(extract, text, facts):
    assert facts <= extract(text)


def test_places_coordinated_inside_a_threatened_acts_object_are_not_threatened(extract):  # real states
    got = extract("The Tarsk Growers Union threatened to block the motorway between Madrid and Lisbon unless Spain's "
                  "farm ministry paid.")
    assert ("threatened", "Tarsk Growers Union", "Spain") in got
    assert ("threatened", "Tarsk Growers Union", "Portugal") not in got


@pytest.mark.parametrize("text, pair", [
    # a fight over a thing, or at the polls, is no attack
    ("The Velm Union is fighting Arvo Mining over the new pension plan.", ("Velm Union", "Arvo Mining")),
    ("Tarsk Foods has fought the Kessel Council over the licence for months.", ("Tarsk Foods", "Kessel Council")),
    ("The Dorvik Party fought the Orsk Alliance in the election.", ("Dorvik Party", "Orsk Alliance")),
])
def test_a_fight_over_a_thing_is_no_attack(extract, text, pair):
    assert ("attacked", *pair) not in extract(text)


def test_an_armed_fight_is_an_attack(extract):
    assert ("attacked", "Velm Front", "Kessel Brigade") in extract("The Velm Front fought the Kessel Brigade near Dorvik "
                                                                    "on Sunday.")


@pytest.mark.parametrize("text, fact", [
    # a speaker saying someone pocketed others' money, spied on, bullied or censored others accuses them
    ("Ana Ruiz said the Velm Group had pocketed the harvest of an entire season.", ("accused", "Ana Ruiz", "Velm Group")),
    ("The Velm Union said Arvo Mining had spied on its members.", ("accused", "Velm Union", "Arvo Mining")),
    ("Ana Ruiz said the Kessel Council had censored the town newsletter.", ("accused", "Ana Ruiz", "Kessel Council")),
    ("Tomas Ebb told reporters that Dorvik Freight had bullied small hauliers for years.",
     ("accused", "Tomas Ebb", "Dorvik Freight")),
])
def test_more_wrongs_told_of_others_accuse(extract, text, fact):
    assert fact in extract(text)


def test_pocketing_no_money_accuses_no_one(extract):
    assert not any(f[0] == "accused" for f in extract("Ana Ruiz said Tomas Ebb had pocketed the rebound and scored."))


@pytest.mark.parametrize("text, name", [
    # a name ending in a plural of fighters, guerrillas or militants is their armed body's, not a person's
    ("Defence Minister Ana Mabunda accused the Rovuma Emirate Fighters of beheading villagers.", "Rovuma Emirate Fighters"),
    ("The Black Hill Guerrillas ambushed a convoy of the Tarsk Regiment near Dorvik.", "Black Hill Guerrillas"),
    ("The Rovuma Emirate Fighters seized the town of Mocora on Sunday.", "Rovuma Emirate Fighters"),
])
def test_a_name_ending_in_fighters_is_an_armed_body(nlp, text, name):
    assert (name, "ArmedForces") in named_types(nlp, text)


def test_a_surname_like_a_plural_stays_a_persons(nlp):
    assert ("Ana Fields", "Person") in named_types(nlp, "Ana Fields accused the Kessel Council of lying.")


@pytest.mark.parametrize("text, fact", [
    # burning a town or village is an attack on it
    ("Mayor Lina Orsk said the Ngoro Valley Militants had burned the town of Kessa.",
     ("attacked", "Ngoro Valley Militants", "Kessa")),
    ("Fighters of the Velm Front burned the village of Arvo on Sunday.", ("attacked", "Velm Front", "Arvo")),
    ("The Tarsk Brigade burned the villages of Orlo and Semba.", ("attacked", "Tarsk Brigade", "Orlo")),
])
def test_burning_a_town_attacks_it(extract, text, fact):
    assert fact in extract(text)


def test_burning_an_effigy_attacks_no_one(extract):
    assert not any(f[0] == "attacked" for f in extract("Protesters from the Velm Union burned an effigy of the mayor of "
                                                         "Kessa."))


@pytest.mark.parametrize("text, fact", [
    # "called X's plan 'a failure'", the quoted name parsed as the object's apposition: X is criticized
    ("Tomas Ebb called Norland Foods' strategy 'a slow-motion failure'.", ("criticized", "Tomas Ebb", "Norland Foods")),
    ('Ana Ruiz called the Velm Council\'s budget "a shameless fraud" on Tuesday.',
     ("criticized", "Ana Ruiz", "Velm Council")),
    ("Ivo Marek called Arvo Mining's safety record 'a national disgrace'.", ("criticized", "Ivo Marek", "Arvo Mining")),
    ('Ana Ruiz called Dorvik Freight\'s offer "an insult" to its drivers.', ("criticized", "Ana Ruiz", "Dorvik Freight")),
])
def test_calling_an_actors_thing_a_quoted_insult_criticizes_it(extract, text, fact):
    assert fact in extract(text)


def test_calling_an_actors_thing_by_a_plain_quoted_name_criticizes_no_one(extract):
    got = extract("Tomas Ebb called Arvo Mining's old depot 'the Red Shed' in his memoir.")
    assert not any(f[0] == "criticized" for f in got)


@pytest.mark.parametrize("text, fact", [
    # "tore into X", "ripped into X", "laid into X": criticism
    ("Savitri Rathore tore into Anil Khurana in a fiery speech.", ("criticized", "Savitri Rathore", "Anil Khurana")),
    ("The Velm Union laid into the Kessel Council over the closures.", ("criticized", "Velm Union", "Kessel Council")),
    ("Tomas Ebb ripped into Arvo Mining on Monday.", ("criticized", "Tomas Ebb", "Arvo Mining")),
])
def test_tearing_into_someone_criticizes_them(extract, text, fact):
    assert fact in extract(text)


def test_tearing_into_things_criticizes_no_one(extract):
    assert not any(f[0] == "criticized" for f in extract("Workers of Arvo Mining tore into the crates on Monday."))


@pytest.mark.parametrize("text, fact", [  # real states and their first-level regions
    # names listed before a plural kind of region are regions each ("Kano and Katsina states"), not the towns
    ("ABUJA, Nigeria (AFP) - Nigeria's health ministry urged the governments of Kano and Katsina states to speed up "
     "vaccination.", ("demanded", "Nigeria", "Katsina")),
    ("ABUJA, Nigeria (AFP) - Nigeria's health ministry urged the governments of Kano and Katsina states to speed up "
     "vaccination.", ("demanded", "Nigeria", "Kano")),
    ("LAHORE, Pakistan (AP) - Pakistan's planning ministry urged the governments of Sindh, Punjab and Balochistan "
     "provinces to share flood data.", ("demanded", "Pakistan", "Balochistan")),
])
def test_names_listed_before_a_plural_region_kind_are_regions(extract, text, fact):
    assert fact in extract(text)


def test_one_name_before_a_plural_kind_is_no_list(extract):  # real states
    assert not any(f[1] == "Gulf" for f in extract("The Gulf states criticised Iran."))


@pytest.mark.parametrize("text, fact", [
    # capitalised words the model named nothing (or took for a people's word), after "fighters of the", "militants
    # of the", "gunmen of the": the armed group's name, whole
    ("Fighters of the Jaish-e-Noor stormed the village of Orlo on Sunday.", ("attacked", "Jaish-e-Noor", "Orlo")),
    ("Militants of the Tehreek-e-Azadi Mahsud stormed the town of Darakhel on Thursday.",
     ("attacked", "Tehreek-e-Azadi Mahsud", "Darakhel")),
    ("Gunmen of the Ansar al-Sunna Brigade ambushed a convoy of the Tarsk Regiment.",
     ("attacked", "Ansar al-Sunna Brigade", "Tarsk Regiment")),
])
def test_the_group_named_after_fighters_of_the_is_whole(extract, text, fact):
    assert fact in extract(text)


def test_members_of_a_party_make_it_no_armed_group(nlp):
    types = dict(named_types(nlp, "Members of the Velm Party rallied in Orlo and condemned the Kessel Council."))
    assert types.get("Velm Party") == "Organization"


@pytest.mark.parametrize("text, name", [  # real states
    # a body's name opening with a state's, which the model tagged as a place: the body, whole
    ("JUBA (Reuters) - Rebel leader Ajak Wani condemned air strikes by the South Sudan People's Defence Forces on two "
     "villages.", "South Sudan People's Defence Forces"),
    ("The Uganda People's Defence Force shelled the village of Orlo.", "Uganda People's Defence Force"),
    ("Villagers said the Zambia People's Defence Force had burned the village of Kessa.", "Zambia People's Defence Force"),
])
def test_a_body_named_after_a_state_and_tagged_a_place_is_whole(nlp, text, name):
    assert (name, "ArmedForces") in named_types(nlp, text)


@pytest.mark.parametrize("text, name", [
    # "the Amalgamated Mineworkers' | Congress", cut at the apostrophe: one body, its members', no state's
    ("JOHANNESBURG (Reuters) - The Amalgamated Mineworkers' Congress was rebuked by Minister Thandi Mokoena, who "
     "criticised the union.", "Amalgamated Mineworkers' Congress"),
    ("The Tarsk Miners' Congress accused Arvo Mining of cheating.", "Tarsk Miners' Congress"),
    ("The Orlo Farmers' Congress condemned the Kessel Council.", "Orlo Farmers' Congress"),
])
def test_a_members_congress_is_their_body(nlp, text, name):
    assert (name, "Organization") in named_types(nlp, text)


def test_congress_alone_stays_the_known_one(nlp):  # real legislature
    assert ("United States Congress", "GovernmentOrganization") in named_types(
        nlp, "Ana Ruiz criticised Congress for blocking the bill.")


@pytest.mark.parametrize("text, facts", [
    # a punitive act that lasts "until" someone does something threatens them and asks it of them
    ("Ana Ruiz, who leads the Velm Front, said the party would boycott parliament until the Kessel Council repealed the "
     "law.", {("threatened", "Velm Front", "Kessel Council"), ("demanded", "Velm Front", "Kessel Council")}),
    ("The Velm Union said its members would strike until Arvo Mining restored their pay.",
     {("threatened", "Velm Union", "Arvo Mining"), ("demanded", "Velm Union", "Arvo Mining")}),
    ("The Tarsk Growers Cooperative said it would block deliveries until Orlo Foods paid its debts.",
     {("threatened", "Tarsk Growers Cooperative", "Orlo Foods")}),
])
def test_a_punishment_lasting_until_someone_acts_threatens_them(extract, text, facts):
    assert facts <= extract(text)


def test_a_strike_until_a_date_threatens_no_one(extract):
    assert not any(f[0] == "threatened" for f in extract("The Velm Union said its members would strike until Friday."))


@pytest.mark.parametrize("text, fact", [
    # a party's own lawmakers, or a protest itself, carrying out a conditional punishment: the speaker's threat
    ("The Civic Dawn party said its deputies would boycott parliament unless the State Election Commission ordered a "
     "recount.", ("threatened", "Civic Dawn", "State Election Commission")),
    ("The Orlo Green Party said its lawmakers would block the budget unless the Kessel Council dropped the tax.",
     ("threatened", "Orlo Green Party", "Kessel Council")),
    ("Ana Ruiz said the blockade would spread to the region's airports unless the Kessel Council suspended the permit.",
     ("threatened", "Ana Ruiz", "Kessel Council")),
    ("Ana Ruiz said the strike would go on unless Arvo Mining paid.", ("threatened", "Ana Ruiz", "Arvo Mining")),
])
def test_a_speakers_own_people_or_protest_carry_out_the_threat(extract, text, fact):
    assert fact in extract(text)


def test_weather_going_on_unless_is_no_threat(extract):
    assert not any(f[0] == "threatened" for f in extract("Ana Ruiz said the rain would continue unless the wind changed, "
                                                           "and thanked the Kessel Council."))


@pytest.mark.parametrize("text, fact", [  # real states
    # a portfolio named with "for" after a title ("Minister of State for Foreign Affairs X") is no name: the holder
    # after it holds the title
    ("DOHA, Qatar (Reuters) - Qatari Minister of State for Foreign Affairs Khalid al-Mannai met Bahrain's deputy "
     "foreign minister in Doha.", ("represents", "Khalid al-Mannai", "Qatar")),
    ("LONDON (Reuters) - Britain's Secretary of State for Justice Ana Ruiz met Tomas Ebb.",
     ("represents", "Ana Ruiz", "United Kingdom")),
    ("DUBLIN (Reuters) - Irish Minister for Foreign Affairs Ciara Doyle phoned Tomas Ebb on Monday.",
     ("represents", "Ciara Doyle", "Ireland")),
])
def test_a_portfolio_after_a_title_is_no_name(extract_all, text, fact):
    got = extract_all(text)
    assert fact in got
    assert not any("Affairs" in f[1] or "Justice" in f[1] for f in got)


@pytest.mark.parametrize("text, fact", [
    # a name described once as a body ("the opposition Green Dawn party") is that body wherever else it stands
    ("The opposition Green Dawn party accused the Kessel Council of fraud. \"It was theft,\" Green Dawn leader Rasa "
     "Kalnina told supporters.", ("represents", "Rasa Kalnina", "Green Dawn")),
    ("The ruling Velm Unity party won the vote. \"We thank you,\" Velm Unity chairman Ivo Marek told voters.",
     ("represents", "Ivo Marek", "Velm Unity")),
    ("The Civic Dawn party accused the Orlo Alliance of buying votes. \"It was theft,\" Civic Dawn leader Marija Vukic "
     "told supporters.", ("represents", "Marija Vukic", "Civic Dawn")),
])
def test_a_name_described_as_a_body_stays_one(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, name", [
    # a company named for what it mines ("Lusenga Cobalt", "Steppe Ores") is a company (not "Copper", "Nickel", "Coal":
    # surnames too)
    ("The Velm Union has given Lusenga Cobalt seven days to reinstate 340 workers.", "Lusenga Cobalt"),
    ("Taza Zher is suing Steppe Ores over a dam.", "Steppe Ores"),
    ("The Kessel Council accused Redgum Lithium of poisoning a creek.", "Redgum Lithium"),
])
def test_a_company_named_for_its_ore_is_a_company(nlp, text, name):
    assert (name, "Organization") in named_types(nlp, text)


def test_a_metal_surname_stays_a_person(nlp):
    assert ("Ana Silver", "Person") in named_types(nlp, "Ana Silver criticised the Kessel Council.")


@pytest.mark.parametrize("text, fact", [  # real states: their armies
    # a state army's office with no army named for it: the state the story is told in
    ("COTONOU, Benin (Reuters) - Army chief of staff General Fructueux Dossa vowed to hunt the attackers down.",
     ("represents", "Fructueux Dossa", "Benin")),
    ("MANILA (AP) - Army commander General Ramon Sagum said troops had retaken the town of Orlo from the New Dawn Army.",
     ("represents", "Ramon Sagum", "Philippines")),
    ("BAMAKO (Reuters) - The military chief, General Issa Diarra, accused the Liptako Front of shelling Orlo.",
     ("represents", "Issa Diarra", "Mali")),
])
def test_a_state_armys_office_is_the_states(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_rebel_armys_office_is_no_states(extract_all):  # real state
    got = extract_all("COTONOU, Benin (Reuters) - Rebel army commander Issa Konate vowed to fight on.")
    assert ("represents", "Issa Konate", "Benin") not in got


@pytest.mark.parametrize("text, fact", [  # real states
    # a state's force or guard written in lower case after the state's possessive stands for the state
    ("Qatar has accused Bahrain's coast guard of harassing its fishermen.", ("accused", "Qatar", "Bahrain")),
    ("The Velm Union condemned Kenya's coast guard for sinking a fishing boat.", ("criticized", "Velm Union", "Kenya")),
    ("The Orlo Fishers Cooperative accused Ghana's coast guard of extorting its members.",
     ("accused", "Orlo Fishers Cooperative", "Ghana")),
])
def test_a_states_lower_case_force_stands_for_it(extract, text, fact):
    assert fact in extract(text)


def test_a_state_force_served_in_is_no_target(extract):  # real state
    assert not any(f[2] == "Kenya" for f in extract("Ana Ruiz served in Kenya's navy for a decade and praised it."))


@pytest.mark.parametrize("text, fact", [
    # 'X called the plan "a farce," accused Y of ...': a finite verb after the quote's comma, with an object and no
    # subject, however the parser hangs it, is coordinated with the first clause and shares its subject
    ('The Velm Union called the closure a "hostile provocation," accused Arvo Mining of lying and demanded talks.',
     ("accused", "Velm Union", "Arvo Mining")),
    ('Ana Ruiz called the ruling a "grave injustice," accused the Kessel Council of bias and vowed to appeal.',
     ("accused", "Ana Ruiz", "Kessel Council")),
    ('The Tarsk Party called the vote a "shameful farce," blamed the Orlo Alliance for the fraud and demanded a recount.',
     ("holdsResponsible", "Tarsk Party", "Orlo Alliance")),
    ('The Orlo Growers Union called the tariff a "disastrous blunder," criticised the Kessel Council and urged a rethink.',
     ("criticized", "Orlo Growers Union", "Kessel Council")),
])
def test_a_verb_after_a_quoted_name_shares_the_first_subject(extract, text, fact):
    assert fact in extract(text)


def test_a_second_clause_with_its_own_subject_keeps_it(extract):
    got = extract('Critics in the Tarsk Party called the plan "a farce," but Ana Ruiz accused the Kessel Council of '
                  'bias.')
    assert ("accused", "Ana Ruiz", "Kessel Council") in got
    assert ("accused", "Tarsk Party", "Kessel Council") not in got


@pytest.mark.parametrize("text, fact", [  # real states
    # an unnamed counterpart, or counterparts, of a people: the states they act for
    ("Lithuanian Interior Minister Ruta Kalnina later spoke by phone with her Polish and Latvian counterparts.",
     ("called", "Ruta Kalnina", "Latvia")),
    ("Kenyan Foreign Minister Otieno Wambua met his Ugandan and Tanzanian counterparts on Monday.",
     ("metWith", "Otieno Wambua", "Tanzania")),
    ("Togo's foreign minister telephoned his Beninese counterpart to condemn the attack.", ("called", "Togo", "Benin")),
])
def test_an_unnamed_counterpart_is_the_state(extract, text, fact):
    got = extract(text)
    assert fact in got or (fact[0], fact[2], fact[1]) in got


def test_a_named_counterpart_is_the_person(extract):  # real states
    got = extract("Kenyan Foreign Minister Otieno Wambua met his Ugandan counterpart, Grace Akello, on Monday.")
    assert ("metWith", "Otieno Wambua", "Grace Akello") in got or ("metWith", "Grace Akello", "Otieno Wambua") in got
    assert not any(f[0] == "metWith" and "Uganda" in (f[1], f[2]) for f in got)


@pytest.mark.parametrize("text, facts", [  # real states
    # "both A and B": the two named, as a plain "A and B"
    ("Both Poland and Latvia said they stood by Lithuania.",
     {("supports", "Poland", "Lithuania"), ("supports", "Latvia", "Lithuania")}),
    ("Both the Velm Union and the Orlo Guild condemned the Kessel Council.",
     {("criticized", "Velm Union", "Kessel Council"), ("criticized", "Orlo Guild", "Kessel Council")}),
    ("Both Ana Ruiz and Tomas Ebb accused Arvo Mining of lying.",
     {("accused", "Ana Ruiz", "Arvo Mining"), ("accused", "Tomas Ebb", "Arvo Mining")}),
])
def test_both_a_and_b_are_the_two_named(extract, text, facts):
    assert facts <= extract(text)


@pytest.mark.parametrize("text, fact", [  # real state
    # a body threatening "unless it ..." asks it of the other one named before, not of itself
    ("The Liptako Brigade accused Benin of bombing civilians and threatened more attacks unless it pulled its troops "
     "back.", ("threatened", "Liptako Brigade", "Benin")),
    ("Arvo Mining said the Velm Union had lied, and the union threatened a strike unless it paid the bonus.",
     ("threatened", "Velm Union", "Arvo Mining")),
    ("The Kessel Front accused the Orlo Council of jailing its members and vowed more attacks unless it freed them.",
     ("threatened", "Kessel Front", "Orlo Council")),
])
def test_unless_it_asks_of_the_other_body(extract, text, fact):
    assert fact in extract(text)


def test_unless_it_gets_something_is_the_threateners_own(extract):
    got = extract("The Velm Party threatened to quit the coalition unless it got the finance ministry from the Orlo "
                  "Alliance.")
    assert ("threatened", "Velm Party", "Orlo Alliance") not in got


@pytest.mark.parametrize("text, fact", [
    # a quoted nickname inside a name ('Wilmer "El Tigre" Banegas') is no name of its own: one person
    ('The Velm Police blamed the gang\'s jailed leader, Wilmer "El Tigre" Banegas, for ordering the killings.',
     ("holdsResponsible", "Velm Police", "Wilmer Banegas")),
    ("The Velm Union accused Juan 'El Flaco' Orsini of ordering the attack.",
     ("accused", "Velm Union", "Juan Orsini")),
    ('Ana Ruiz criticised Tomas "Big Tom" Ebb in Dorvik on Monday.', ("criticized", "Ana Ruiz", "Tomas Ebb")),
])
def test_a_quoted_nickname_inside_a_name_is_one_person(extract, text, fact):
    got = extract(text)
    assert fact in got
    assert not any(n in f[1] + f[2] for f in got for n in ("Tigre", "Flaco", "Big Tom"))


def test_a_quoted_name_after_a_verb_stays_a_name(extract):
    assert ("accused", "Velm Union", "Arvo Mining") in extract('The Velm Union accused "Arvo Mining" of lying.')


@pytest.mark.parametrize("text, fact", [
    # "para", "por", "pela", "contra" join a body's name, never a person's ("Centro Ciudadano para la Paz")
    ("Centro Ciudadano para la Paz, a rights group, criticised the Velm Police.",
     ("criticized", "Centro Ciudadano para la Paz", "Velm Police")),
    ("A local rights group, Red Tarasca por la Paz, criticised the Kessel Army.",
     ("criticized", "Red Tarasca por la Paz", "Kessel Army")),
    ("Médicos por la Vida condemned the Orlo Brigade for the raid.", ("criticized", "Médicos por la Vida", "Orlo Brigade")),
])
def test_romance_prepositions_join_a_bodys_name(extract, text, fact):
    assert fact in extract(text)


def test_english_for_joins_no_name(extract):
    got = extract("Ana Ruiz voted for Tomas Ebb and criticised the Velm Party.")
    assert ("criticized", "Ana Ruiz", "Velm Party") in got


@pytest.mark.parametrize("text, fact", [
    # a Romance body word opening a name the model missed ("the Cártel del Altiplano"): the body, whole
    ("The Tarsk Army killed 11 members of the Cártel del Altiplano in a firefight on Friday.",
     ("attacked", "Tarsk Army", "Cártel del Altiplano")),
    ("The Cártel de Santa Lucía ambushed a convoy of the Tarsk Regiment.",
     ("attacked", "Cártel de Santa Lucía", "Tarsk Regiment")),
    ("Police said the Clan del Orlo had torched the town of Kessa.", ("attacked", "Clan del Orlo", "Kessa")),
])
def test_a_romance_body_word_opens_a_name(extract, text, fact):
    assert fact in extract(text)


def test_a_persons_name_with_particles_stays_a_person(nlp):
    assert ("Ana de la Cruz", "Person") in named_types(nlp, "The Velm Union met Ana de la Cruz.")


@pytest.mark.parametrize("text, fact", [  # real states and regions
    # "demanded that the state government send troops": the region's government is asked
    ("MORELIA, Mexico (Reuters) - Gunmen attacked San Jerónimo, a town in the western state of Michoacán. Mayor "
     "Efraín Tapia demanded that the state government send troops.", ("demanded", "Efraín Tapia", "Michoacán")),
    ("ABUJA, Nigeria (AFP) - Gunmen attacked Orlo in Kano state. The Velm Union demanded that the Kano government pay "
     "compensation.", ("demanded", "Velm Union", "Kano")),
    ("LAHORE, Pakistan (AP) - Floods hit Sindh province. Farmer leader Ali Bhatti insisted that the provincial "
     "government pay for the damage.", ("demanded", "Ali Bhatti", "Sindh")),
])
def test_a_regions_government_is_asked_in_a_that_clause(extract, text, fact):
    assert fact in extract(text)


def test_a_towns_shops_asked_in_a_that_clause_are_no_target(extract):
    got = extract("Gunmen attacked Orlo. Ana Ruiz demanded that the town's bakeries reopen.")
    assert ("demanded", "Ana Ruiz", "Orlo") not in got


@pytest.mark.parametrize("text, fact", [
    # a company's office opening a sentence, with other bodies named before too: the one whose name says company
    ("Orbeck Steel said weak demand had pushed it to a loss at its Redvik Mill. Chief executive Lars Hovland said the "
     "company had not asked for support.", ("represents", "Lars Hovland", "Orbeck Steel")),
    ("The Velm Union struck at Tarsk Mining on Monday. Chief executive Ana Ruiz called the strike illegal.",
     ("represents", "Ana Ruiz", "Tarsk Mining")),
    ("The Kessel Council fined Orlo Shipping on Friday. Managing director Ivo Marek said the firm would appeal.",
     ("represents", "Ivo Marek", "Orlo Shipping")),
])
def test_a_company_office_opening_a_sentence_is_the_company_named(extract_all, text, fact):
    assert fact in extract_all(text)


@pytest.mark.parametrize("text, fact", [
    # a spokesperson with no body said, after the one body the paragraph named
    ("Carmaker Vantor Motors on Thursday denied that it had pressured its suppliers. 'We have asked no one for "
     "discounts,' spokeswoman Lena Holt said.", ("spokespersonFor", "Lena Holt", "Vantor Motors")),
    ("The Orlo Growers Cooperative said on Monday it would sell its mill. 'It is a hard choice,' spokesman Tomas Ebb "
     "said.", ("spokespersonFor", "Tomas Ebb", "Orlo Growers Cooperative")),
    ("The Kessel Rail Company cancelled 40 trains on Friday. 'Safety comes first,' spokeswoman Ana Ruiz told reporters.",
     ("spokespersonFor", "Ana Ruiz", "Kessel Rail Company")),
])
def test_a_bare_spokesperson_speaks_for_the_one_body_named(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_bare_spokesperson_after_two_bodies_speaks_for_neither(extract_all):
    got = extract_all("The Velm Union accused Arvo Mining of fraud. 'We deny it,' spokeswoman Lena Holt said.")
    assert not any(f[0] in ("spokespersonFor", "represents") and f[1] == "Lena Holt" for f in got)


@pytest.mark.parametrize("text, fact", [
    # "condemned the arson", "the firebombing", "the bombardment": an attack named by its own noun, its attacker's
    ("Fighters of the Hill Liberation Army set fire to the offices of the Loktak Herald. The Editors' Guild condemned "
     "the arson.", ("criticized", "Editors' Guild", "Hill Liberation Army")),
    ("Militants of the Orlo Front firebombed the Kessel Courier's printing press. The Kessel Press Union condemned the "
     "firebombing.", ("criticized", "Kessel Press Union", "Orlo Front")),
    ("The Tarsk Army shelled the town of Orlo for six hours. The Velm Relief Council condemned the bombardment.",
     ("criticized", "Velm Relief Council", "Tarsk Army")),
])
def test_condemning_an_attack_by_its_noun_criticizes_the_attacker(extract, text, fact):
    assert fact in extract(text)


def test_condemning_arson_with_no_attacker_named_criticizes_no_one(extract):
    got = extract("A warehouse of Orlo Foods burned down on Monday. The Velm Union condemned the arson.")
    assert not any(f[0] == "criticized" for f in got)


@pytest.mark.parametrize("text, fact", [
    # a body named again by its first words, which the model took for a person's name: the body
    ("NAKURU, Kenya (Reuters) - A judge ordered Rift Blooms Ltd to pay compensation to 62 former workers. Rift Blooms' "
     "lawyer, Priya Shah-Mwangi, said the company would appeal.", ("represents", "Priya Shah-Mwangi", "Rift Blooms Ltd")),
    ("Halvorsen Shipping Group and Kwan Lee Container Lines agreed to merge. Halvorsen's Erik Brandvold and Kwan Lee's "
     "Vivian Tsang have been negotiating for months.", ("represents", "Vivian Tsang", "Kwan Lee Container Lines")),
    ("The Orlo Teachers Union struck on Monday against Dana Holt Academies Group. Dana Holt's chief executive, Ivo "
     "Lind, called the strike illegal.", ("represents", "Ivo Lind", "Dana Holt Academies Group")),
])
def test_a_body_named_again_by_its_first_words_is_the_body(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_founder_named_like_the_firm_stays_a_person(nlp):
    types = named_types(nlp, "Tomas Ebb Holdings Group was fined by the Kessel Council. Tomas Ebb, its founder, "
                             "criticised the Kessel Council.")
    assert ("Tomas Ebb", "Person") in types


@pytest.mark.parametrize("text, fact", [
    # of several bodies a description fits ("the group"), the one last named as a subject
    ("The aid group Mains Ouvertes demanded the release of two nurses from the Tafara Brigade, an armed group that "
     "seized them. 'They went there to vaccinate children,' said Helene Ngar, the group's country director.",
     ("represents", "Helene Ngar", "Mains Ouvertes")),
    ("The charity Orlo Relief, an aid group, accused the Kessel Front, a rebel group, of looting its depot. The group's "
     "director, Ana Ruiz, said the losses were huge.", ("represents", "Ana Ruiz", "Orlo Relief")),
    ("The campaign group Velm Watch criticised the Tarsk Alliance, a business group, on Monday. The group's founder, "
     "Ivo Marek, said it would sue.", ("represents", "Ivo Marek", "Velm Watch")),
])
def test_a_description_fitting_several_is_the_subjects(extract_all, text, fact):
    assert fact in extract_all(text)


def test_an_owners_word_picks_the_body_named_with_it(extract_all):
    got = extract_all("The Northern Metalworkers' Union and the Harbour Dockers' Federation backed the Transit "
                      "Drivers' Union on Saturday. Ferhat Yilmaz, the drivers' union's branch secretary, thanked them.")
    assert ("represents", "Ferhat Yilmaz", "Transit Drivers' Union") in got
    assert ("represents", "Ferhat Yilmaz", "Northern Metalworkers' Union") not in got


@pytest.mark.parametrize("text, fact", [
    # "X, the businessman who runs Y": a relative clause of running a body, on the noun set beside the name
    ("Kojo Mensah, the businessman who runs Volta Stars, said the club would file a complaint.",
     ("represents", "Kojo Mensah", "Volta Stars")),
    ("Ana Ruiz, a lawyer who heads the Velm Rights Centre, criticised the Kessel Council.",
     ("represents", "Ana Ruiz", "Velm Rights Centre")),
    ("Tomas Ebb, the economist who chairs the Orlo Fiscal Council, met Ivo Marek.",
     ("represents", "Tomas Ebb", "Orlo Fiscal Council")),
])
def test_a_relative_clause_on_a_names_apposition_gives_its_post(extract_all, text, fact):
    assert fact in extract_all(text)


def test_a_relative_clause_of_another_act_gives_no_post(extract_all):
    got = extract_all("Ana Ruiz, the lawyer who sued Arvo Mining, criticised the Kessel Council.")
    assert ("represents", "Ana Ruiz", "Arvo Mining") not in got


@pytest.mark.parametrize("text, fact", [
    # a warning that the one warned would lose a licence, a permit or a membership threatens them
    ("Levan Gelashvili warned the channel Mtkvari TV that it would lose its licence if it refused to register.",
     ("threatened", "Levan Gelashvili", "Mtkvari TV")),
    ("The board's chief, Joan Ndirangu, warned the cinema chain Savanna Screens that showing the film would cost the "
     "company its licence.", ("threatened", "Joan Ndirangu", "Savanna Screens")),
    ("The Orlo Sports Council warned the Kessel Rovers that they would forfeit their league membership unless they paid.",
     ("threatened", "Orlo Sports Council", "Kessel Rovers")),
])
def test_a_warning_of_a_lost_grant_threatens(extract, text, fact):
    assert fact in extract(text)


def test_a_warning_of_lost_market_share_threatens_no_one(extract):
    got = extract("The Velm Bank warned Arvo Mining that it could lose market share to Tarsk Metals.")
    assert not any(f[0] == "threatened" for f in got)


@pytest.mark.parametrize("text, fact", [  # real states
    # a state's warning that the warned's people would be punished, by no one named, threatens the warned
    ("QUITO (Reuters) - Ecuador's interior minister, Santiago Reyes, warned the Kessel Cartel that every one of its "
     "members would be found and jailed.", ("threatened", "Santiago Reyes", "Kessel Cartel")),
    ("LIMA (Reuters) - Peru's defence minister, Ana Quispe, warned the Orlo Front that its commanders would be hunted "
     "down and prosecuted.", ("threatened", "Ana Quispe", "Orlo Front")),
    ("MANILA (AP) - The Philippine National Police warned the Tarsk Gang that its members would be arrested and "
     "jailed.", ("threatened", "Philippine National Police", "Tarsk Gang")),
])
def test_a_states_warning_of_punishment_in_the_passive_threatens(extract, text, fact):
    assert fact in extract(text)


def test_a_unions_warning_of_blame_in_the_passive_threatens_no_one(extract):
    got = extract("The Velm Union warned Arvo Mining that its managers would be found and blamed.")
    assert not any(f[0] == "threatened" for f in got)


@pytest.mark.parametrize("text, name", [
    # "the rebel Orlo Front": a word for no office before a body's name makes no person of it
    ("The Tarsk Army attacked the rebel Orlo Front near Kessa.", "Orlo Front"),
    ("The Velm Council accused the rebel Kessa Front of looting.", "Kessa Front"),
    ("The Kessel Army attacked the separatist Dorvik Front near Orlo.", "Dorvik Front"),
])
def test_a_descriptor_before_a_bodys_name_makes_no_person(nlp, text, name):
    types = dict(named_types(nlp, text))
    assert types.get(name) not in (None, "Person")


def test_a_descriptor_before_a_persons_name_keeps_the_person(nlp):
    assert ("Tomas Ebb", "Person") in named_types(nlp, "The Velm Council accused the activist Tomas Ebb of lying.")


@pytest.mark.parametrize("text, fact", [
    # "the Unity for Progress party": the model's whole name before a kind of group, not its last words
    ("Talks between Latvia's centre-right Unity for Progress party and the agrarian Farmers' Voice broke down on "
     "Sunday.", ("negotiatedWith", "Unity for Progress", "Farmers' Voice")),
    ("The opposition Movement for Renewal party accused the Kessel Council of fraud.",
     ("accused", "Movement for Renewal", "Kessel Council")),
    ("The Velm Union criticised the centrist Union for Democracy party on Friday.",
     ("criticized", "Velm Union", "Union for Democracy")),
])
def test_a_party_named_with_for_is_whole(extract, text, fact):
    got = extract(text)
    assert fact in got or (fact[0], fact[2], fact[1]) in got


def test_a_one_word_party_before_its_kind_stays_one_word(nlp):
    types = named_types(nlp, "Talks between the Velm Union and the Orlo party broke down on Monday.")
    assert not any("Union and" in label for label, _ in types)


@pytest.mark.parametrize("text, fact", [
    # "the two" with no noun: the two named just before
    ("Prime Minister Hari Thapal phoned party chairman Ramesh Karn on Sunday night, and the two then held two hours of "
     "talks at the prime minister's residence.", ("negotiatedWith", "Hari Thapal", "Ramesh Karn")),
    ("Ana Ruiz phoned Tomas Ebb on Monday, and the two later met in Dorvik.", ("metWith", "Ana Ruiz", "Tomas Ebb")),
    ("The Velm Union phoned Arvo Mining on Monday, and the two later met in Dorvik.",
     ("metWith", "Velm Union", "Arvo Mining")),
])
def test_the_two_are_the_two_named_before(extract, text, fact):
    got = extract(text)
    assert fact in got or (fact[0], fact[2], fact[1]) in got


def test_the_two_after_four_names_is_no_one(extract):
    got = extract("Ana Ruiz wrote to Tomas Ebb, Ivo Marek and Lina Orsk, and the two later held talks.")
    assert not any(f[0] == "negotiatedWith" for f in got)


@pytest.mark.parametrize("text, fact", [  # real states
    # a state army's garrison, convoy or outpost stands for the army it belongs to
    ("Fighters of the Velm Brigade shelled the town on Monday, and on Tuesday gave the Libyan army garrison a "
     "48-hour ultimatum to withdraw or face an all-out assault.", ("demanded", "Velm Brigade", "Libyan army")),
    ("The Orlo Front accused the Chadian army garrison in Dandi of looting shops.",
     ("accused", "Orlo Front", "Chadian army")),
    ("The Velm Brigade told the Nigerien army column to turn back or be destroyed.",
     ("threatened", "Velm Brigade", "Nigerien army")),
])
def test_a_state_armys_post_stands_for_the_army(extract, text, fact):
    assert fact in extract(text)


def test_a_post_with_no_army_named_on_it_is_no_army(extract):  # real states
    got = extract("The Chadian army moved north. The Orlo Front warned the convoy commander, Idris Tolo, to turn back.")
    assert ("warned", "Orlo Front", "Chadian army") not in got


@pytest.mark.parametrize("text, facts", [
    # what one must suffer on refusing, said with "see" or "have" and a participle: a threat
    ("The Velm Union told Orlo Foods to reinstate the drivers or see its depots blockaded.",
     {("threatened", "Velm Union", "Orlo Foods"), ("demanded", "Velm Union", "Orlo Foods")}),
    ("The Velm Ministry gave Arvo Mining until Friday to pay the fine or have its licence revoked.",
     {("threatened", "Velm Ministry", "Arvo Mining")}),
    ("The Kessel Council gave the Orlo Club 30 days to leave or see its lease cancelled.",
     {("threatened", "Kessel Council", "Orlo Club")}),
])
def test_what_one_sees_done_on_refusing_is_a_threat(extract, text, facts):
    assert facts <= extract(text)


def test_what_one_sees_happen_on_refusing_is_no_threat(extract):
    got = extract("The Dorvik Council told the Orlo Club to pay the rent or see its players leave.")
    assert ("threatened", "Dorvik Council", "Orlo Club") not in got


@pytest.mark.parametrize("text, facts", [
    # a warning spelt out after a colon as an order with its alternative: a demand and a threat
    ("The Velm League gave the Orlo Club a final warning: pay the players, or its licence will be suspended.",
     {("threatened", "Velm League", "Orlo Club"), ("demanded", "Velm League", "Orlo Club")}),
    ("The Kessel Council gave the Tarvo Front a stark warning on Friday: pull out of Dandi town, or its commanders will "
     "face travel bans and asset freezes.", {("threatened", "Kessel Council", "Tarvo Front")}),
    ("The Orlo Federation sent Velm Steel a blunt warning: settle the wage claim, or its plants will be picketed.",
     {("demanded", "Orlo Federation", "Velm Steel")}),
])
def test_a_warning_spelt_out_as_an_order_after_a_colon(extract, text, facts):
    assert facts <= extract(text)


def test_a_warning_spelt_out_as_news_after_a_colon_asks_nothing(extract):
    got = extract("The Velm League gave the Orlo Club a final warning: its players had been paid late, or so it said.")
    assert not any(f[0] in ("threatened", "demanded") for f in got)


@pytest.mark.parametrize("text, facts", [
    # an event noun with a participle and its by-agent right after it: "an ultimatum issued by X to Y"
    ("The ultimatum issued by the Velm Union to Orlo Foods expires on Friday.",
     {("threatened", "Velm Union", "Orlo Foods"), ("demanded", "Velm Union", "Orlo Foods")}),
    ("A warning sent by the Velm League to the Orlo Club was ignored.", {("warned", "Velm League", "Orlo Club")}),
    ("The attack carried out by the Orlo Front on the town of Kessow killed nine.",
     {("attacked", "Orlo Front", "Kessow")}),
])
def test_an_event_noun_with_a_participle_and_by_agent(extract, text, facts):
    assert facts <= extract(text)


def test_an_event_noun_with_a_participle_suffered_is_no_act(extract):
    got = extract("The attack suffered by the Orlo Front near the town of Kessow killed nine.")
    assert not any(f[0] == "attacked" and f[1] == "Orlo Front" for f in got)


@pytest.mark.parametrize("text, tagged, whole", [
    # a body's name the model tagged short of its head noun: the untagged capitalised words up to that head
    ("An ultimatum issued by Tarvo Estates to the Kessow Valley Riding Club expires on Friday.",
     "Kessow Valley", "Kessow Valley Riding Club"),
    ("A letter from the Orlo Heights Growers Cooperative reached Velm Foods.", "Orlo Heights",
     "Orlo Heights Growers Cooperative"),
    ("The Dorvik Bay Sailing Association said it would sue.", "Dorvik Bay", "Dorvik Bay Sailing Association"),
    ("The Velm Union said the Kessow Valley Riding Trail would close.", "Kessow Valley", "Kessow Valley"),  # no body's head
])
def test_a_bodys_name_runs_to_its_head_noun(nlp, text, tagged, whole):
    from kg.extract.entities.bounds import _clean
    from kg.lexicon import load_lexicon

    doc = nlp(text)
    start = text.index(tagged)
    span = doc.char_span(start, start + len(tagged), label="ORG")
    s, e = _clean(span, load_lexicon())
    assert doc[s:e].text == whole


def _parsed(nlp, rows: list[tuple[str, str, str, int]]):
    """A Doc with a given parse: (word, tag, dep, head index) per token."""
    from spacy.tokens import Doc

    words, tags, deps, heads = zip(*rows)
    return Doc(nlp.vocab, words=list(words), tags=list(tags), deps=list(deps), heads=list(heads))


@pytest.mark.parametrize("rows, verb", [
    # a past with its own subject hung beside a clause with "would" or "will" is asserted by itself
    ([("Ruiz", "NNP", "nsubj", 1), ("called", "VBD", "parataxis", 11), ("on", "IN", "prep", 1),
      ("Velm", "NNP", "pobj", 2), ("to", "TO", "aux", 5), ("pay", "VB", "xcomp", 1), (",", ",", "punct", 5),
      ("saying", "VBG", "advcl", 5), ("camps", "NNS", "nsubj", 11), ("would", "MD", "aux", 11),
      ("soon", "RB", "advmod", 11), ("close", "VB", "ROOT", 11), (".", ".", "punct", 11)], "called"),
    ([("Camps", "NNS", "nsubj", 2), ("would", "MD", "aux", 2), ("close", "VB", "ROOT", 2), (",", ",", "punct", 2),
      ("Ruiz", "NNP", "nsubj", 5), ("warned", "VBD", "parataxis", 2), ("Velm", "NNP", "dobj", 5),
      (".", ".", "punct", 2)], "warned"),
    ([("Marek", "NNP", "nsubj", 1), ("accused", "VBD", "parataxis", 8), ("Velm", "NNP", "dobj", 1),
      ("of", "IN", "prep", 1), ("fraud", "NN", "pobj", 3), ("-", ":", "punct", 8), ("clinics", "NNS", "nsubj", 8),
      ("will", "MD", "aux", 8), ("shut", "VB", "ROOT", 8), (".", ".", "punct", 8)], "accused"),
])
def test_a_past_with_its_own_subject_beside_a_future_is_asserted(nlp, rows, verb):
    from kg.extract import load_vocabulary
    from kg.extract.modality import factuality

    doc = _parsed(nlp, rows)
    tok = next(t for t in doc if t.text == verb)
    assert factuality(tok, load_vocabulary()) == "asserted"


def test_a_verb_with_no_subject_of_its_own_beside_a_future_is_not_asserted(nlp):
    from kg.extract import load_vocabulary
    from kg.extract.modality import factuality

    doc = _parsed(nlp, [("Marek", "NNP", "nsubj", 2), ("will", "MD", "aux", 2), ("meet", "VB", "ROOT", 2),
                        ("Velm", "NNP", "dobj", 2), (",", ",", "punct", 2), ("demand", "VB", "parataxis", 2),
                        ("funds", "NNS", "dobj", 5), (".", ".", "punct", 2)])
    assert factuality(doc[5], load_vocabulary()) != "asserted"


@pytest.mark.parametrize("text, fact", [  # real states
    # a name the model took for a person's, followed by a region's kind in lower case, is that region
    ("Floods cut off Pak Lavo, a town in Laos's Sana Rai province, on Friday.", ("locatedIn", "Sana Rai", "Laos")),
    ("The army shelled Dara Tin, a town in Cambodia's Preah Lok province.", ("locatedIn", "Preah Lok", "Cambodia")),
    ("Clashes broke out in Mae Lan, a village in Thailand's Somchai Rai district.",
     ("locatedIn", "Somchai Rai", "Thailand")),
])
def test_a_name_before_a_regions_kind_is_the_region(extract, text, fact):
    assert fact in extract(text)


def test_a_persons_name_before_a_capitalised_kind_stays_a_person(nlp):
    assert ("Ana Ruiz", "Person") in named_types(nlp, "The Velm Union said Ana Ruiz had lied about the Orlo Province.")


@pytest.mark.parametrize("text, tagged, whole", [
    # a place the model tagged from its first word only, before a region's kind: the untagged words up to the kind
    ("Floods hit Tan Mo, a fishing town in Quang Dai province, on Friday.", "Quang", "Quang Dai"),
    ("Troops entered Ban Sok, a village in Savan Lor province.", "Savan", "Savan Lor"),
    ("Storms struck Kon Lay in Binh Tay Nam district overnight.", "Binh", "Binh Tay Nam"),
    ("Floods hit Tan Mo in Quang Dai on Friday.", "Quang", "Quang"),  # no region's kind after it
])
def test_a_place_tagged_from_its_first_word_runs_to_the_regions_kind(nlp, text, tagged, whole):
    from kg.extract.entities.bounds import _clean
    from kg.lexicon import load_lexicon

    doc = nlp(text)
    start = text.index(tagged)
    span = doc.char_span(start, start + len(tagged), label="GPE")
    doc.ents = [span]
    s, e = _clean(doc.ents[0], load_lexicon())
    assert doc[s:e].text == whole


@pytest.mark.parametrize("text, fact", [  # real states and capitals
    # a region said to hold a town, in no state, lies in the state of the dateline when the text names it too
    ("MANAGUA, Nicaragua (Reuters) - Police raided the offices of the weekly El Faro de Orlo in San Tarvo, a town in "
     "the Velmoria department, on Wednesday. Nicaragua's government said the paper had broken the law.",
     ("locatedIn", "Velmoria", "Nicaragua")),
    ("DHAKA, Bangladesh - Supporters of the Orlo Party attacked a rally in Char Kessow, a river town in Tarvo Division, "
     "on Sunday. Bangladesh's election commission condemned the violence.", ("locatedIn", "Tarvo Division", "Bangladesh")),
    ("NOUAKCHOTT (AFP) - Mauritania's coast guard detained 12 fishermen in Bir Kessow, a village in the Adrar Tarvo "
     "region, on Monday.", ("locatedIn", "Adrar Tarvo", "Mauritania")),
])
def test_a_region_with_no_state_lies_in_the_datelines_state(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, pair", [  # real states and capitals
    # not a foreign dateline's state the text names only there, nor where the sentence names another state
    ("ADDIS ABABA, Ethiopia (Reuters) - The African Union warned the Orlo Front to pull out of Kessow, a town in the "
     "Velmoria province.", ("Velmoria", "Ethiopia")),
    ("NAIROBI, Kenya - Kenya's foreign ministry said fighting had spread to Dorva, a town in Somalia's Tarvo region, "
     "and to Kessow, a village in the Velmou region across the border in Somalia.", ("Velmou", "Kenya")),
])
def test_a_region_elsewhere_stays_out_of_the_datelines_state(extract, text, pair):
    assert ("locatedIn", *pair) not in extract(text)


@pytest.mark.parametrize("text, fact", [  # real states and capitals
    # "Foreign ministry spokeswoman X" opening a sentence: a state's ministry, never the gang named before, nor a
    # body named by the portfolio alone ("Interior")
    ("LIMA, Peru - Police arrested ten members of the Red Lotus gang on Monday. Interior ministry spokesman Rafael "
     "Tarco said the gang had ignored every warning.", ("represents", "Rafael Tarco", "Peru")),
    ("MANILA, Philippines - Troops killed four members of the Silver Eagle cartel on Sunday. Defence ministry "
     "spokesman Ramon Dela Cruz said the operation would go on.", ("represents", "Ramon Dela Cruz", "Philippines")),
    ("ACCRA, Ghana - Police raided the offices of the Black Heron network on Friday. Finance ministry spokeswoman "
     "Abena Tarkwa said the raid was lawful.", ("represents", "Abena Tarkwa", "Ghana")),
])
def test_a_ministrys_spokesperson_opening_a_sentence_speaks_for_the_state(extract, text, fact):
    got = extract(text)
    assert fact in got and not any(f[0] == "represents" and f[1] == fact[1] and f[2] != fact[2] for f in got)


def test_a_name_before_a_department_that_is_no_portfolio_stays_a_name(extract):  # real states and capitals
    got = extract("LIMA, Peru - Police arrested ten members of the Red Lotus gang on Monday. Orlo Finance department "
                  "spokesman Ivo Marek said the loan was repaid.")
    assert ("represents", "Ivo Marek", "Orlo Finance") in got


@pytest.mark.parametrize("text, fact", [  # real states and capitals
    # a state named only as the owner of a place ("based in Myanmar's Shan State") is where, not whose ministry
    ("BANGKOK, Thailand — Thai police raided a camp of the Orlo Front, a group based in Myanmar's Shan State, on "
     "Monday. A foreign ministry spokeswoman, Suda Kaewmanee, said the raid was lawful.",
     ("represents", "Suda Kaewmanee", "Thailand")),
    ("HANOI, Vietnam — Vietnamese troops arrested six members of the Kessow Brigade, which operates from Laos's "
     "Phongsaly province, on Friday. A ministry spokesman, Tran Van Dorn, said the men would be tried.",
     ("represents", "Tran Van Dorn", "Vietnam")),
    ("DHAKA, Bangladesh - Bangladeshi coast guards seized a boat of the Velm Syndicate, a gang based in Myanmar's "
     "Rakhine State, on Sunday. The home ministry's spokesman, Karim Uddin, said the crew would be charged.",
     ("represents", "Karim Uddin", "Bangladesh")),
])
def test_a_state_named_as_a_places_owner_has_no_ministry_there(extract, text, fact):
    got = extract(text)
    assert fact in got and not any(f[0] == "represents" and f[1] == fact[1] and f[2] != fact[2] for f in got)


def test_a_state_that_acts_keeps_its_ministry(extract):  # real states and capitals
    got = extract("BANGKOK, Thailand — Myanmar closed two border crossings on Monday after a raid in its Shan State. "
                  "A foreign ministry spokeswoman, Khin Thida, said the crossings would stay shut.")
    assert ("represents", "Khin Thida", "Myanmar") in got


@pytest.mark.parametrize("text, fact", [
    # a body's kind after its name ("the Silver Pheasant syndicate") stands for the body, also inside a phrase
    ("Soldiers of the Velm Army killed seven members of the Silver Pheasant syndicate on Saturday.",
     ("attacked", "Velm Army", "Silver Pheasant")),
    ("The Kessow Front accused two leaders of the Orlo Hawk syndicate of running the smuggling ring.",
     ("accused", "Kessow Front", "Orlo Hawk")),
    ("Fighters of the Tarvo Brigade shot dead three members of the Black Crane syndicate near Dorvik.",
     ("attacked", "Tarvo Brigade", "Black Crane")),
])
def test_a_bodys_kind_after_its_name_stands_for_the_body(extract, text, fact):
    assert fact in extract(text)


@pytest.mark.parametrize("text, label, name", [
    # the name with its kind ("the Marafa gang") is a name of the body too, as readers and annotators write it
    ("Soldiers of the Velm Army killed seven members of the Silver Pheasant syndicate on Saturday.",
     "Silver Pheasant", "Silver Pheasant syndicate"),
    ("The Korro gang, led by the bandit chief Ado Korro, stormed the village of Dorvik on Monday.",
     "Korro", "Korro gang"),
    ("The Velm Army attacked the Kavo militia near Dorvik on Monday.", "Kavo", "Kavo militia"),
])
def test_a_bodys_kind_after_its_name_is_a_name_of_it(nlp, text, label, name):
    result = run_text(nlp, "Headline\n\n" + text)
    body = next(e for e in result.entities.values() if e.label == label)
    assert name in body.names


def test_a_kind_of_a_place_after_a_body_is_no_body(extract):
    got = extract("Soldiers of the Velm Army killed seven members of the Orlo Front in the Kessow district.")
    assert ("attacked", "Velm Army", "Kessow") not in got


@pytest.mark.parametrize("text, fact", [
    # a company's name on its site ("the Tchivanga Diamonds mine") names the company, a body and no person
    ("Workers at the Tarvo Diamonds mine walked off the job on Monday. Tarvo's chief executive, Henrique Mbala, said "
     "the stoppage was illegal.", ("represents", "Henrique Mbala", "Tarvo Diamonds")),
    ("Miners at the Kessow Copper mine struck on Friday. The Velm Union accused the company of cutting wages.",
     ("accused", "Velm Union", "Kessow Copper")),
    ("Workers at the Orlo Gold mine struck on Monday. The Velm Union accused the company of withholding bonuses.",
     ("accused", "Velm Union", "Orlo Gold")),
])
def test_a_companys_name_on_its_site_names_the_company(extract, text, fact):
    assert fact in extract(text)


def test_a_sites_own_name_names_no_company(nlp):
    types = named_types(nlp, "Workers at the Red Mesa copper mine walked off the job. The Velm Union accused Kessow "
                             "Mining of cutting wages.")
    assert not any(label.startswith("Red Mesa") for label, _ in types)


@pytest.mark.parametrize("text, facts", [
    # a body's name "X of A and B Workers" the model cut in two, its tail taken for a person's name, is one name;
    # and "whose chairman, Y," after it is that body's, however the clause is parsed
    ("The strike was called by the Union of Mine and Quarry Workers, whose secretary-general, Tomas Ebb, accused "
     "Orlo Mining of withholding bonuses.", {("represents", "Tomas Ebb", "Union of Mine and Quarry Workers")}),
    ("The boycott was called by the Union of Tea and Coffee Growers, whose chairman, Ivo Marek, accused Kessow Foods "
     "of cheating farmers.", {("represents", "Ivo Marek", "Union of Tea and Coffee Growers"),
                              ("accused", "Ivo Marek", "Kessow Foods")}),
    ("The protest was organised by the Association of Rail and Bus Drivers, whose leader, Lina Orsk, criticised "
     "Tarvo Transit for the cuts.", {("represents", "Lina Orsk", "Association of Rail and Bus Drivers")}),
])
def test_a_bodys_name_with_and_and_its_whose_clause(extract, text, facts):
    assert facts <= extract(text)


def test_a_body_and_a_person_after_and_stay_two(nlp):
    types = named_types(nlp, "The Union of Mine Workers and Tomas Ebb accused Orlo Mining of withholding bonuses.")
    assert ("Tomas Ebb", "Person") in types


@pytest.mark.parametrize("text, fact", [
    # "called on it" in a clause after an act on a body: "it" is that body
    ("The Velm Union blamed Orlo Foods for the delay and called on it to pay the arrears.",
     ("demanded", "Velm Union", "Orlo Foods")),
    ("The Kessow Council criticised Tarvo Mining, calling on it to clean up the river.",
     ("demanded", "Kessow Council", "Tarvo Mining")),
    ("Mayor Ana Ruiz met Orlo Foods on Monday and called on it to reopen the plant.",
     ("demanded", "Ana Ruiz", "Orlo Foods")),
])
def test_called_on_it_after_an_act_on_a_body_is_that_body(extract, text, fact):
    assert fact in extract(text)


def test_called_on_it_after_a_thing_asks_no_one(extract):
    got = extract("The Velm Union welcomed the new wage law and called on it to be applied quickly.")
    assert not any(f[0] == "demanded" for f in got)


@pytest.mark.parametrize("text, fact", [
    # a name whose "'s" is followed by an office only places have ("Lunda Tarvo's governor") names a place
    ("Lunda Tarvo's governor, Adriano Mbala, blamed Kessow Mining for the spill.",
     ("represents", "Adriano Mbala", "Lunda Tarvo")),
    ("Nova Ilda's mayor, Rosa Pell, accused the Velm Union of lying.", ("represents", "Rosa Pell", "Nova Ilda")),
    ("Alto Kessow's governor, Mario Duran, criticised Orlo Foods for the layoffs.",
     ("represents", "Mario Duran", "Alto Kessow")),
])
def test_a_name_with_a_places_office_is_a_place(extract, text, fact):
    assert fact in extract(text)


def test_a_persons_name_before_an_office_word_modifying_another_stays_a_person(nlp):
    assert ("Tomas Ebb", "Person") in named_types(nlp, "Tomas Ebb's governor friend accused the Velm Union of lying.")


@pytest.mark.parametrize("text, fact", [
    # people organised or mobilised by a body act for it ("workers organised by the X Union criticised Y")
    ("Workers organised by the Velm Union criticised Orlo Foods for the cuts.", ("criticized", "Velm Union", "Orlo Foods")),
    ("Activists organized by the Tarvo Alliance criticized the Velm Council for the closures.",
     ("criticized", "Tarvo Alliance", "Velm Council")),
    ("Protesters marshalled by the Kessow Alliance condemned the Velm Council on Sunday.",
     ("criticized", "Kessow Alliance", "Velm Council")),
])
def test_people_organised_by_a_body_act_for_it(extract, text, fact):
    assert fact in extract(text)


def test_people_attacked_by_a_body_do_not_act_for_it(extract):
    got = extract("Protesters attacked by the Velm Militia accused the Orlo Council of neglect.")
    assert ("accused", "Velm Militia", "Orlo Council") not in got


@pytest.mark.parametrize("text, fact", [  # real states and capitals
    # "the Minister of the Interior, X" with no state named on it: a state's office, as "Interior Minister X" is
    ("LIMA, Peru — Protesters blocked roads in Peru's Puno region. The Minister of the Interior, Ana Quispe, said "
     "the roads would be cleared.", ("represents", "Ana Quispe", "Peru")),
    ("PANAMA CITY — Riot police cleared a highway in Panama's Colón province. The Velm Front held the Minister of "
     "Government, Itzel Carro, responsible for the violence.", ("represents", "Itzel Carro", "Panama")),
    ("QUITO, Ecuador - Floods hit Ecuador's Manabí province. Minister for Public Works Tomas Vera said the bridges "
     "would reopen.", ("represents", "Tomas Vera", "Ecuador")),
])
def test_a_minister_of_a_portfolio_is_a_states_office(extract, text, fact):
    assert fact in extract(text)


def test_a_partys_minister_for_a_portfolio_is_the_partys(extract):
    got = extract("The Velm Party's minister for youth, Ana Quispe, said the roads would be cleared.")
    assert ("represents", "Ana Quispe", "Velm Party") in got


@pytest.mark.parametrize("text, fact", [
    # "the minister" after "the Minister of X, Y": Y (the title's head before its portfolio)
    ("Minister of Labour Ana Ruiz met union leaders on Monday. The Velm Union accused the minister of bad faith.",
     ("accused", "Velm Union", "Ana Ruiz")),
    ("The Minister for Mines, Tomas Vera, visited the pit on Friday. The Kessow Union criticised the minister for the "
     "delay.", ("criticized", "Kessow Union", "Tomas Vera")),
    ("The Minister of Health, Lina Orsk, closed the clinic. The Velm Union condemned the minister on Tuesday.",
     ("criticized", "Velm Union", "Lina Orsk")),
])
def test_the_minister_is_the_minister_of_a_portfolio_named_before(extract, text, fact):
    assert fact in extract(text)


def test_the_minister_is_still_a_minister_named_by_a_title_before(extract):
    got = extract("Foreign Minister Ana Ruiz met Tomas Ebb. The minister later phoned Ivo Marek.")
    assert ("called", "Ana Ruiz", "Ivo Marek") in got


@pytest.mark.parametrize("text, fact", [
    # discussing or conferring by phone with someone is a call (the "with" hung on "phone" too)
    ("Ana Ruiz said she had discussed the case by phone with Tomas Ebb.", ("called", "Ana Ruiz", "Tomas Ebb")),
    ("Ana Ruiz conferred by phone with Tomas Ebb on Sunday.", ("called", "Ana Ruiz", "Tomas Ebb")),
    ("Ana Ruiz discussed the dispute by telephone with Ivo Marek, the Velm Union's leader.",
     ("called", "Ana Ruiz", "Ivo Marek")),
])
def test_discussing_by_phone_with_someone_is_a_call(extract, text, fact):
    got = extract(text)
    assert fact in got or (fact[0], fact[2], fact[1]) in got


def test_discussing_a_phone_bill_is_no_call(extract):
    assert not any(f[0] == "called" for f in extract("Ana Ruiz discussed the phone bill with Tomas Ebb on Sunday."))


@pytest.mark.parametrize("text, fact", [  # real states
    # a body's first words, all words of the language, are its short name even where the model took them for a
    # person's ("accused Red Harbour of ...")
    ("The Velm coast guard seized two trawlers of the Portuguese-registered Red Harbour Pelagics on Monday. Minister "
     "Ana Ruiz accused Red Harbour of organised plunder.", ("accused", "Ana Ruiz", "Red Harbour Pelagics")),
    ("The Velm navy seized two trawlers of the Spanish-registered Blue Lagoon Seafoods on Monday. Minister Ana Ruiz "
     "accused Blue Lagoon of overfishing.", ("accused", "Ana Ruiz", "Blue Lagoon Seafoods")),
    ("The Velm navy seized two trawlers of the Spanish-registered Green Meadow Fisheries on Monday. Minister Ana Ruiz "
     "accused Green Meadow of overfishing.", ("accused", "Ana Ruiz", "Green Meadow Fisheries")),
])
def test_a_bodys_first_common_words_are_its_short_name(extract, text, fact):
    assert fact in extract(text)


def test_a_ministry_named_for_a_trade_is_no_company(extract):
    got = extract("The Ministry of Fisheries fined the Spanish-registered Silver Tide Pelagics on Monday, and the "
                  "company's chief executive, Ana Ruiz, said it would appeal.")
    assert ("represents", "Ana Ruiz", "Ministry of Fisheries") not in got


@pytest.mark.parametrize("text, fact", [  # real states
    # "X's minister, A, and Y's negotiator, B, held talks": the "and" the parser hung on A's name joins the subjects
    ("Kosovo's deputy prime minister, Besnik Lleshi, and Serbia's chief negotiator, Vesna Krstić, held four hours of "
     "talks in Brussels on Tuesday.", ("negotiatedWith", "Besnik Lleshi", "Vesna Krstić")),
    ("The Orlo Party's leader, Tomas Ebb, and the Kessow Party's chairman, Lina Orsk, held talks on Sunday.",
     ("negotiatedWith", "Tomas Ebb", "Lina Orsk")),
    ("The Orlo Party's leader, Tomas Ebb, and his deputy, Lina Orsk, criticised the Velm Council on Sunday.",
     ("criticized", "Lina Orsk", "Velm Council")),
])
def test_titled_names_coordinated_after_their_appositions_are_all_subjects(extract, text, fact):
    got = extract(text)
    assert fact in got or (fact[0], fact[2], fact[1]) in got


def test_a_titled_name_and_a_later_object_stay_apart(extract):
    got = extract("The Orlo Party's leader, Tomas Ebb, criticised the Velm Council and its mayor, Lina Orsk.")
    assert not any(f[0] == "criticized" and f[1] == "Lina Orsk" for f in got)


@pytest.mark.parametrize("text, fact, pair", [
    # "wounding two of them": a count picks from the "them" it names (the plural just before), never from the
    # subjects of the sentence before
    ("Ana Ruiz and Tomas Ebb held talks in Dorvik on Monday. A day later, gunmen of the Orlo Front opened fire on "
     "officers of the Velm Police, wounding two of them.", ("attacked", "Orlo Front", "Velm Police"),
     ("Orlo Front", "Ana Ruiz")),
    ("Lina Orsk and Ivo Marek met in Kessow on Sunday. Hours later, fighters of the Tarvo Brigade ambushed soldiers of "
     "the Kessow Army, killing three of them.", ("attacked", "Tarvo Brigade", "Kessow Army"),
     ("Tarvo Brigade", "Lina Orsk")),
    ("Ana Ruiz and Tomas Ebb met on Friday. That night, gunmen of the Dorvik Cartel attacked guards of the Velm Mining "
     "Company, killing four of them.", ("attacked", "Dorvik Cartel", "Velm Mining Company"),
     ("Dorvik Cartel", "Tomas Ebb")),
])
def test_a_count_of_them_picks_from_the_plural_before(extract, text, fact, pair):
    got = extract(text)
    assert fact in got and ("attacked", *pair) not in got


def test_all_three_with_no_of_phrase_are_the_three_named(extract):
    got = extract("Ana Ruiz, Tomas Ebb and Ivo Marek met in Dorvik. All three later criticised the Velm Council.")
    assert ("criticized", "Ivo Marek", "Velm Council") in got


@pytest.mark.parametrize("text, fact", [
    # a name set beside "candidate" or "nominee" is a person's, whatever the model tagged it
    ("The Velm League's candidate, Nusrat Jahan Rimi, accused the Orlo Party of fraud.",
     ("represents", "Nusrat Jahan Rimi", "Velm League")),
    ("The Kessow Front's candidate, Sabina Akter Lima, accused the Orlo Party of fraud.",
     ("accused", "Sabina Akter Lima", "Orlo Party")),
    ("The Kessow Party's candidate, Nazma Begum Tania, accused the Velm Council of intimidation.",
     ("represents", "Nazma Begum Tania", "Kessow Party")),
])
def test_a_name_beside_candidate_is_a_persons(extract, text, fact):
    assert fact in extract(text)


def test_a_body_beside_its_candidate_stays_a_body(nlp):
    types = named_types(nlp, "Its candidate, the Velm League, accused the Orlo Party of fraud.")
    assert ("Velm League", "Person") not in types


@pytest.mark.parametrize("text, tagged, whole", [
    # a name tagged through a lower-case "of" phrase ("the Velm League of intimidation") ends before the "of"
    ("The Kessow Party accused the Velm League of intimidation.", "Velm League of intimidation", "Velm League"),
    ("The Orlo Union accused the Tarvo League of cheating voters.", "Tarvo League of cheating voters", "Tarvo League"),
    ("Mayor Ana Ruiz accused the Dorvik Front of bribery on Monday.", "Dorvik Front of bribery", "Dorvik Front"),
    ("The Kessow Party accused the Union of Farmers of intimidation.", "Union of Farmers", "Union of Farmers"),
])
def test_a_bodys_name_ends_before_a_lower_case_of(nlp, text, tagged, whole):
    from kg.extract.entities.bounds import _clean
    from kg.lexicon import load_lexicon

    doc = nlp(text)
    start = text.index(tagged)
    span = doc.char_span(start, start + len(tagged), label="ORG")
    doc.ents = [span]
    s, e = _clean(doc.ents[0], load_lexicon())
    assert doc[s:e].text == whole


@pytest.mark.parametrize("text, plural", [
    # a plural of people opening a sentence, capitalised for it, names no body the model may take it for
    ("Farmers, backed by the Kessow Growers Union, blocked roads and accused the Orlo Council of neglect.", "Farmers"),
    ("Miners, led by the Velm Union, blocked the Orlo Mining gates and accused the company of lying.", "Miners"),
    ("Protesters, who had marched from Dorvik, accused the Velm Council of neglect.", "Protesters"),
])
def test_a_plural_of_people_opening_a_sentence_is_no_body(extract, text, plural):
    assert not any(plural in (f[1], f[2]) for f in extract(text))


def test_a_bodys_one_word_name_opening_a_sentence_stays_a_name(extract):
    got = extract("Velmcorp accused the Orlo Council of neglect on Monday.")
    assert ("accused", "Velmcorp", "Orlo Council") in got


def test_a_surname_that_is_a_company_word_names_a_person(nlp):
    # "Tomas Gold" is no company: a company's word ends a name only before the site it owns ("the X Gold mine")
    assert ("Tomas Gold", "Person") in named_types(nlp, "Tomas Gold accused the Velm Union of lying on Monday.")


@pytest.mark.parametrize("text, fact", [
    # "the fund": the investment fund named before ("... Capital", "... Partners")
    ("Orlo chairman Graham Fen, whose company held talks with Corbel Peak Capital last week, cautioned the fund that "
     "a proxy fight would destroy value.", ("warned", "Graham Fen", "Corbel Peak Capital")),
    ("Activist investor Tarvo Ridge Partners bought 5 percent of Velm Foods. Velm's chairman, Ana Ruiz, accused the "
     "fund of spreading rumours.", ("accused", "Ana Ruiz", "Tarvo Ridge Partners")),
    ("The Kessow Union criticised Dorvik Capital on Monday and accused the fund of asset-stripping.",
     ("accused", "Kessow Union", "Dorvik Capital")),
])
def test_the_fund_is_the_investment_fund_named_before(extract, text, fact):
    assert fact in extract(text)


def test_the_fund_is_no_company_of_another_kind(extract):
    got = extract("Velm Foods cut 300 jobs on Monday. The Kessow Union accused the fund of hiding its losses.")
    assert ("accused", "Kessow Union", "Velm Foods") not in got
