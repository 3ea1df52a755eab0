"""What a rule of relations.yaml may say: the roles that fill an argument, the conditions on a frame, the keys of a
rule and of a family, and the word classes the code reads. rules.py checks every file against these when it loads."""
from __future__ import annotations

POS = ("verb", "noun", "adj")
# where an argument is found; `prep:X` and `object-prep:X` take a preposition
ROLES = {
    "agent": "the doer: subject of an active verb, by-phrase of a passive, possessive or light verb's subject "
             "of an event noun",
    "patient": "the one acted on: object of an active verb, subject of a passive, of-phrase of an event noun",
    "recipient": "the indirect object ('gave X support')",
    "occasion-addressee": "whom the clause beside an event noun addresses ('In a phone call, X told Y': Y)",
    "message-recipient": "whom the message a verb is said in goes to ('In a letter to Y, X demanded ...': Y)",
    "contacted": "whom the act this one is the purpose of reaches ('phoned Y to demand ...', 'wrote to Y demanding ...')",
    "sufferer": "who died or was hurt in an event noun ('X died in a Malian airstrike': X)",
    "light-subject": "the subject of the light verb that has an event noun ('X had the backing of Y': X)",
    "possessor": "an event noun's possessive ('X's call')",
    "modifier": "a compound or adjective on an event noun ('Israeli shelling'), or 'X-backed' on a participle",
    "between": "'talks between A and B': both sides",
    "described": "whom an agent noun describes ('Y's assassin, X', 'X, a critic of Y', 'Y assassin X')",
    "patient-owner": "whose thing the patient is ('condemned X's decision', 'the agreement between A and B')",
    "patient-place": "where the struck thing is ('struck the refinery at X')",
    "prep-place": "where the thing after a preposition is ('an attack on a station in X')",
    "attached": "what a with-phrase holding an event noun describes ('X, with support from Y')",
    "defied": "the subject of the clause a despite- or amid-phrase holding an event noun hangs on "
              "('X went ahead despite criticism from Y': X)",
    "drawn": "who drew, faced or earned an event noun: the subject of that verb, or the owner of its subject "
             "('X drew criticism from Y', 'X's plan drew condemnation from Y': X)",
    "complement": "actors named in a that-, for- or if-clause ('warned that X would ...')",
    "complement-subject": "the subject of a clausal complement ('said it was X's responsibility')",
    "condition": "the subject of an unless-clause, or a negated if-clause, on the predicate ('threatened attacks "
                 "unless X paid')",
    "speaker": "whoever reports the clause",
    "last-attacker": "whoever made the attack reported last ('other victims included X')",
    "members": "the named members of a group noun ('victims included X')",
    "prep": "the object of a preposition on the predicate",
    "prep-owner": "whose thing the object of a preposition is ('called for G7 action', 'an attack on X's policy')",
    "object-prep": "the object of a preposition on the patient ('demanded an apology from X')",
}
CONDITIONS = {
    "prep": "a preposition with an object hangs on the predicate",
    "particle": "a phrasal particle hangs on the predicate",
    "word": "a word (lemma) among the predicate's children or grandchildren",
    "dep": "a child with this dependency",
    "infinitive": "after-object: a to-infinitive the parser hung as an adverbial clause after the object or a passive "
                  "('pressed X on Tuesday to resign')",
    "form": "the predicate is written this way ('rang', not 'ringed')",
    "light": "an event noun carried by this verb",
    "governor": "the predicate hangs on this lemma (through be, of, the)",
    "complement": "its clausal complement has this fine tag ('insisted that X release him': VB, a subjunctive)",
    "quote": "a quotation opens right after its object ('called the claims \"fiction\"'); the value names the place: object",
    "mark": "its clausal complement opens with this word ('asked whether X would act': a question, no demand)",
    "object-prep": "a preposition with an object hangs on the predicate's object ('blamed X's losses on the weather')",
    "object-class": "the predicate's object is a word of this word class ('demanded X's resignation': owner_acts)",
    "purpose-class": "the object of a for-phrase on the predicate is a word of this word class ('met X for talks')",
    "drawn-class": "the one an event noun came upon is a word of this word class ('troops came under fire from X')",
    "word-class": "what the object is called (the predicate's complement, or an adjective on it) is a word of this "
                  "word class ('called X naive', 'called X a liar')",
}
_RULE_KEYS = {"family", "lemma", "pos", "particle", "target", "agent", "requires", "unless", "symmetric",
              "confidence", "light", "reported", "source"}
_TOP_KEYS = {"families", "rules", "word_classes"}
REQUIRED_CLASSES = frozenset({
    "particles", "instrument_verbs", "speech_verbs", "factive_verbs", "negating_verbs", "punitive_acts",
    "conditional_marks", "future_auxiliaries", "modal_auxiliaries", "future_governors", "armed_forces_heads",
    "state_nouns", "group_nouns", "armed_adjectives", "forces_own_nouns", "deed_speech_verbs", "own_government_nouns", "expert_nouns", "person_nouns", "bare_body_nouns", "losing_verbs", "undergoing_verbs", "gaining_verbs", "revocable_grants", "derogatory_words", "headed_body_verbs", "state_police_nouns", "official_nouns", "done_to_nouns", "state_body_nouns", "private_body_nouns", "head_of_state_titles", "acting_site_heads", "adjective_titles", "company_offices", "public_office_heads", "acting_facility_heads",
    "heading_verbs", "other_words", "town_offices", "owned_members", "dissident_words", "event_heads",
    "physical_attacks", "weapon_nouns", "coalition_nouns", "coalition_founders", "claim_verbs", "claim_nouns",
    "message_nouns", "message_media", "message_preps", "press_event_nouns", "document_nouns", "authoring_verbs", "harm_nouns", "plural_owners", "bodily_harm_verbs", "measure_nouns", "penalty_nouns", "bearing_verbs", "deadline_verbs", "deadline_nouns",
    "demand_nouns", "attack_nouns", "office_verbs", "place_visits", "drawing_verbs", "work_verbs", "no_mandate",
    "abstract_objects", "org_heads", "head_initial_org_heads", "light_verbs", "irrealis_words", "former_words",
    "place_verbs", "origin_verbs", "threat_acts", "body_nouns", "voiced_families", "region_kinds",
    "body_descriptors", "body_offices", "state_offices", "part_nouns",
    "member_links", "property_nouns", "unproven_words", "facility_heads", "possessive_name_heads",
    "office_name_heads", "serving_verbs", "private_sectors", "place_name_prefixes", "newspaper_name_heads", "ending_verbs", "alleging_verbs", "alleging_nouns",
    "title_abbreviations", "punitive_nouns", "warning_verbs", "town_nouns", "title_modifiers", "closing_org_heads", "patron_words", "regional_words",
    "regional_offices", "placed_region_kinds", "addressing_verbs", "trade_nouns", "ordered_acts",
    "order_nouns", "seat_nouns", "state_force_words", "partitive_words", "alias_verbs", "subdivision_nouns", "readiness_words", "armed_attack_nouns", "members_body_heads", "nonstate_body_nouns", "venue_verbs", "body_organs", "owner_acts", "made_by_nouns", "agent_for_nouns", "carrying_verbs", "dispute_nouns", "forceful_acts", "forceful_words", "fiction_nouns", "fiction_words", "medium_fiction_nouns", "fiction_media", "place_name_words",
    "narrating_marks", "regional_government_words", "region_head_offices", "rival_nouns", "circumstance_marks",
    "cancelling_verbs", "portfolio_offices", "national_words", "state_service_offices", "police_head_words", "court_heads", "judging_words", "legal_context_words", "deed_light_verbs", "deed_families", "own_people_nouns", "generic_member_nouns", "state_people_nouns", "loose_kind_nouns", "police_modifiers", "weapon_nouns", "weapon_use_verbs", "sufferer_nouns", "nonpolice_heads", "misfortune_nouns", "local_modifiers", "press_nouns", "contact_verbs", "followers_nouns", "own_possessives", "force_sites", "service_modifiers", "performed_purposes",
    "trade_descriptors", "party_tag_letters", "killing_verbs", "killing_nouns", "charging_verbs", "place_name_modifiers", "legal_forms", "hidden_things", "subordinate_title_words", "side_nouns", "dispute_families",
    "telling_verbs", "directive_verbs", "party_offices",
    "sentence_nouns", "threat_nouns", "facing_verbs", "holding_verbs", "belonging_verbs", "named_kind_nouns",
    "imposing_verbs", "promising_verbs", "unit_nouns", "obligation_auxiliaries", "suffering_verbs",
    "hurting_verbs", "state_voice_nouns", "state_voice_words"})
_FAMILY_KEYS = {"target", "noun_target", "symmetric"}
