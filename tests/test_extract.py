"""Extraction on sentences written for these tests: one or more per pattern and per family, and the traps."""
from __future__ import annotations

from conftest import facts, run_text


def test_phone_call_and_offices(extract):
    got = extract("Japanese Prime Minister Hiro Tanaka called Chancellor Greta Vogel of Austria on Friday.")
    assert ("called", "Hiro Tanaka", "Greta Vogel") in got
    assert ("represents", "Hiro Tanaka", "Japan") in got
    assert ("represents", "Greta Vogel", "Austria") in got


def test_placed_a_call(extract):
    got = extract("Kenyan President Amos Kibet placed a telephone call to Tanzania on Sunday.")
    assert ("called", "Amos Kibet", "Tanzania") in got


def test_spoke_by_phone_is_a_call(extract):
    got = extract("Canada and Mexico spoke by phone about the trade dispute.")
    assert {("called", "Canada", "Mexico")} <= got or {("called", "Mexico", "Canada")} <= got


def test_negated_call_is_no_edge(extract, extract_all):
    text = "Chile did not call Peru after the border incident."
    assert not any(f[0] == "called" for f in extract(text))
    assert ("called:negated", "Chile", "Peru") in extract_all(text)


def test_called_for_is_a_demand_not_a_call(extract):
    got = extract("Ghana called for an urgent meeting of the African Union.")
    assert not any(f[0] == "called" for f in got)


def test_called_on_to_is_a_demand(extract):
    got = extract("Sweden called on Hungary to release the detained journalists.")
    assert ("demanded", "Sweden", "Hungary") in got
    assert not any(f[0] == "called" for f in got)


def test_called_a_liar_is_criticism(extract):
    got = extract("Venezuela called Colombia a liar on Tuesday.")
    assert not any(f[0] == "called" for f in got)
    assert ("criticized", "Venezuela", "Colombia") in got


def test_blame_and_hold_responsible(extract):
    got = extract("Egypt blamed Ethiopia for the water shortage. Sudan holds Ethiopia responsible for the floods.")
    assert ("holdsResponsible", "Egypt", "Ethiopia") in got
    assert ("holdsResponsible", "Sudan", "Ethiopia") in got


def test_responsibility_is_the_speakers_claim(extract):
    got = extract("Foreign Minister Lena Berg of Sweden said that it is Finland's responsibility to end the dispute.")
    assert ("holdsResponsible", "Lena Berg", "Finland") in got


def test_reported_speech_keeps_the_agent(extract):
    text = ("The spokesman for the Foreign Ministry of Poland, Adam Nowak, gave a briefing. "
            "He said that Poland holds Belarus responsible for the crisis.")
    got = extract(text)
    assert ("holdsResponsible", "Poland", "Belarus") in got
    assert ("represents", "Adam Nowak", "Poland") in got


def test_warn_threaten_demand(extract):
    got = extract("Greece warned Turkey on Monday. Iran threatened Israel with retaliation. "
                  "Germany urged Russia to withdraw its troops.")
    assert ("warned", "Greece", "Turkey") in got
    assert ("threatened", "Iran", "Israel") in got
    assert ("demanded", "Germany", "Russia") in got


def test_conditional_threat_is_a_threat(extract, extract_all):
    text = "Lithuania will expel the diplomats of Belarus if the border stays closed."
    assert ("threatened", "Lithuania", "Belarus") in extract(text)
    # the expulsion itself has not happened: no attack or other asserted act appears
    assert all(f[0] == "threatened" for f in extract(text))


def test_accuse_criticise_condemn(extract):
    got = extract("Armenia accused Azerbaijan of shelling villages. Canada condemned China. "
                  "Norway criticised Denmark over the fishing quotas.")
    assert ("accused", "Armenia", "Azerbaijan") in got
    assert ("criticized", "Canada", "China") in got
    assert ("criticized", "Norway", "Denmark") in got


def test_attack_and_passive(extract):
    got = extract("Russia attacked Ukraine in February. The village was bombed by Myanmar.")
    assert ("attacked", "Russia", "Ukraine") in got


def test_passive_accusation(extract):
    got = extract("Serbia was accused by Kosovo of stirring unrest.")
    assert ("accused", "Kosovo", "Serbia") in got


def test_coordination_gives_two_targets(extract):
    got = extract("The United Nations urged Ethiopian and Eritrean forces to stop fighting.")
    targets = {t for f, a, t in got if f == "demanded"}
    assert len(targets) == 2


def test_support_and_alliance(extract):
    got = extract("France backed Lebanon during the crisis. Belarus is allied with Russia.")
    assert ("supports", "France", "Lebanon") in got
    assert ("supports", "Belarus", "Russia") in got


def test_negotiate_and_meet(extract):
    got = extract("Qatar held talks with Oman in Doha. The President of Chile, Rosa Vidal, met Argentina's foreign minister.")
    assert ("negotiatedWith", "Qatar", "Oman") in got


def test_place_in_place(extract):
    got = extract("Fighting continued around the city of Mosul in northern Iraq.")
    assert ("locatedIn", "Mosul", "Iraq") in got


def test_place_in_place_when_in_hangs_on_the_verb(extract):
    got = extract("The activist was flying from Kazan in Tatarstan headed for Moscow.")
    assert ("locatedIn", "Kazan", "Tatarstan") in got
    # a container must be bigger, and the gazetteer's country wins over a stray one
    got = extract("Officials flew from Moscow in Ukraine on Monday. The envoy flew from Lagos in Accra on Friday.")
    assert not {f for f in got if f[0] == "locatedIn"}


def test_future_meeting_is_not_an_edge(extract, extract_all):
    text = "Brazil will meet Argentina in Geneva next week."
    assert not any(f[0] == "metWith" for f in extract(text))
    assert any(f[0] == "metWith:future" for f in extract_all(text))


def test_surname_resolves_to_the_full_name(nlp):
    r = run_text(nlp, "Headline\n\nSpanish Foreign Minister Carla Ortiz arrived on Monday. Ortiz criticised Portugal.")
    people = [e for e in r.entities.values() if e.type == "Person"]
    assert len(people) == 1 and "Ortiz" in people[0].names


def test_two_people_sharing_a_surname_stay_apart(nlp):
    r = run_text(nlp, "Headline\n\nJohn Adams met Mary Adams in Boston. John Adams criticised Canada.")
    labels = sorted(e.label for e in r.entities.values() if e.type == "Person")
    assert labels == ["John Adams", "Mary Adams"]


def test_pronoun_refers_back_to_the_last_subject(extract):
    got = extract("Italian Prime Minister Marco Bellini arrived in Rome. He criticised Austria on Tuesday.")
    assert ("criticized", "Marco Bellini", "Austria") in got


def test_demonym_and_capital_metonymy(extract):
    got = extract("Moscow criticised Warsaw over the new law.")
    assert ("criticized", "Russia", "Poland") in got


def test_event_dates_read_against_the_dateline(nlp):
    r = run_text(nlp, "Headline\n\nThursday, March 6, 2025\n\nSpain called Morocco on Tuesday.")
    call = next(e for e in r.events if e.family == "called")
    assert call.date == "2025-03-04"
    assert r.article.date == "2025-03-06"


def test_sending_troops_and_providing_aid_is_support(extract):
    got = extract("Egypt sent troops to Libya last year. Japan provided humanitarian aid to Nepal.")
    assert ("supports", "Egypt", "Libya") in got
    assert ("supports", "Japan", "Nepal") in got


def test_the_author_of_a_strike_is_the_agent(extract):
    got = extract("The commander Ali Karimi was killed in a Turkish airstrike. An attack by Sudan on Chad failed.")
    assert ("attacked", "Turkey", "Ali Karimi") in got


def test_designated_a_terrorist_group_is_an_accusation(extract):
    got = extract("Last year Canada designated the Dawn Movement as a terrorist organization.")
    assert ("accused", "Canada", "Dawn Movement") in got
    got = extract("He led the Northern Brigade, a US-designated terrorist organization.")
    assert ("accused", "United States", "Northern Brigade") in got
    got = extract("He led the Andes Force, a U.S.-designated terrorist group.")  # "U.S.-" splits too
    assert ("accused", "United States", "Andes Force") in got
    assert not extract("Canada designated the valley as a nature reserve. It is a UNESCO-designated heritage site.")


def test_a_name_spelled_out_before_its_acronym_is_an_organisation(nlp):
    r = run_text(nlp, "Head\n\nThe National Coalition for Rural Health (NCRH) criticised Norway. Later the NCRH praised Chile.")
    assert ("criticized", "National Coalition for Rural Health", "Norway") in facts(r)
    ent = next(e for e in r.entities.values() if e.label == "National Coalition for Rural Health")
    assert ent.type == "Organization" and len(ent.mentions) == 3  # each acronym is the same entity


def test_named_members_of_a_group_act_for_it(extract):
    got = extract("Brazilian President Carlos Mendes defended the policy. His critics, which include the "
                  "rights group Amnesty International, blame him for the fires.")
    assert {("holdsResponsible", "Amnesty International", "Carlos Mendes"), ("criticized", "Amnesty International", "Carlos Mendes")} <= got
    got = extract("Western countries, including France and Germany, condemned Mali's junta.")
    assert {("criticized", "France", "Mali"), ("criticized", "Germany", "Mali")} <= got
    assert not extract("Critics said the plan would fail.")


def test_a_coordinated_clause_keeps_its_own_factuality(extract):
    got = extract("Brazilian President Carlos Mendes has said the forest should be opened up to farming, and his "
                  "critics, which include the rights group Amnesty International, blame him for the fires.")
    assert ("holdsResponsible", "Amnesty International", "Carlos Mendes") in got


def test_killed_in_the_airstrike_names_its_author(extract):
    got = extract("Chile carried out the airstrike at the port on Monday. The minister was met by Jorge Salas, "
                  "who was also killed in the airstrike.")
    assert ("attacked", "Chile", "Jorge Salas") in got


def test_the_place_of_a_struck_facility_is_attacked(extract):
    assert ("attacked", "Iranian forces", "Basra") in extract("Iranian forces struck the largest oil refinery at Basra on Sunday.")
    assert not extract("Iranian forces struck the refinery in March. Gunmen killed a soldier in Basra.")


def test_other_victims_of_the_attack(extract):
    got = extract("Chile carried out the airstrike at the port on Monday, killing the commander Jorge Salas. "
                  "Other victims included an aide and Pedro Lima, an airport officer.")
    assert ("attacked", "Chile", "Pedro Lima") in got


def test_strikes_in_or_inside_a_place(extract):
    assert ("attacked", "Chile", "Peru") in extract("It was among the largest Chilean strikes inside of Peru.")
    assert ("attacked", "Israel", "Gaza") in extract("Israeli strikes in Gaza killed dozens.")
    assert not {f for f in extract("The attack in Paris shocked France.") if f[0] == "attacked"}


def test_seconding_the_call_supports_who_made_it(extract):
    got = extract("French President Marc Duval called for NATO action on the fires. The call was quickly seconded "
                  "by German Chancellor Anna Weber and British Prime Minister Tom Hale.")
    assert {("supports", "Anna Weber", "Marc Duval"), ("supports", "Tom Hale", "Marc Duval")} <= got


def test_who_claims_the_attacks_carried_them_out(extract):
    got = extract("The Andean Front claimed responsibility for the attacks. The attacks struck the largest refinery at Basra.")
    assert ("attacked", "Andean Front", "Basra") in got
    got = extract("The Andean Front denied responsibility for the attacks. The attacks struck the largest refinery at Basra.")
    assert not {f for f in got if f[0] == "attacked"}


def test_joining_a_coalition_backs_its_leader(extract):
    got = extract("In July, Chile announced a naval coalition to patrol the coast which was joined by Peru, Bolivia and Ecuador.")
    assert {("supports", k, "Chile") for k in ("Peru", "Bolivia", "Ecuador")} <= got
    assert ("supports", "United Kingdom", "United States") in extract("Britain joined the US-led coalition.")
    assert not extract("Peru joined the talks in Geneva. Norway joined NATO in 1949.") & {("supports", "Norway", "NATO")}


def test_airlifting_someone_is_support(extract):
    got = extract("The activist Maria Lopez fell ill in Lima. Doctors said she was stable before she was airlifted "
                  "by Vienna charity Wings for Hope Foundation.")
    assert ("supports", "Wings for Hope Foundation", "Maria Lopez") in got


def test_a_claimed_attack_gets_its_author(extract):
    got = extract("The speech came a week after an attack on oil infrastructure in Peru which halved its output. "
                  "The attack was claimed by the Andean Front in Bolivia.")
    assert ("attacked", "Andean Front", "Peru") in got


def test_weapons_and_attacks_name_their_owner(extract):
    assert ("attacked", "Israel", "Gaza") in extract("Israeli airstrikes hit Gaza on Friday.")
    assert not extract("American jets landed in Berlin.")


def test_an_attacked_capital_is_the_city(extract):
    assert ("attacked", "Russia", "Kyiv") in extract("Russian missiles struck Kyiv overnight.")
    assert ("warned", "Russia", "Ukraine") in extract("Russia warned Kyiv against joining NATO.")


def test_praise_is_support(extract, extract_all):
    assert ("supports", "Chile", "Peru") in extract("Chile praised Peru for its restraint.")
    assert ("supports:negated", "Chile", "Peru") in extract_all("Chile did not praise Peru.")


def test_it_in_a_states_reported_speech_is_the_state(extract, extract_all):
    assert ("supports", "Turkey", "Azerbaijan") in extract("Turkey, which joined the platform last year, said it backed Baku.")
    assert not extract_all("Turkey said it was wrong to blame Iran.")


def test_delegations_from_two_states_act_for_both(extract):
    got = extract("Delegations from Armenia and Azerbaijan resumed talks in Geneva on Tuesday.")
    assert ("negotiatedWith", "Armenia", "Azerbaijan") in got


def test_an_arrest_warrant_is_an_accusation(extract):
    got = extract("Peru issued arrest warrants on 36 people, including Chilean President Gabriel Soto, over the killing.")
    assert ("accused", "Peru", "Gabriel Soto") in got


def test_a_quote_over_several_sentences_keeps_its_speaker(extract):
    got = extract('Chilean Foreign Minister Ana Soto said: "We tried hard. Peru is responsible for the collapse of the talks."')
    assert ("holdsResponsible", "Ana Soto", "Peru") in got
