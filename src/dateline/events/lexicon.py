"""What words mean for events: trigger verbs, the dateline extension, role nouns and known actor aliases.

Most of it is generated data (`dateline/data/*.json`, built by `scripts/build_event_lexicon.py` from the
PETRARCH2 CAMEO verb, actor and discard dictionaries and the CAMEO-to-PLOVER map: verbs and their patterns,
synonym sets, actors and their aliases, role nouns, discard phrases); the small tables here are
dateline's own: the PLOVER extension for conflict and heritage news (see docs/events.md), the verbs that
report speech rather than an event, and the words that set an event's modality.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

EXTENSION: dict[str, str] = {
    # take control: an armed actor gains a place
    "capture": "take control", "seize": "take control", "retake": "take control",
    "recapture": "take control", "overrun": "take control", "retook": "take control", "overran": "take control",
    "occupy": "take control",
    "storm": "take control", "reclaim": "take control", "liberate": "take control",
    # lose control: an actor loses a place it held
    "abandon": "lose control", "evacuate": "lose control",
    # destroy / damage: property, buildings, heritage
    "destroy": "destroy", "demolish": "destroy", "raze": "destroy", "flatten": "destroy", "level": "destroy",
    "bulldoze": "destroy", "dynamite": "destroy", "torch": "destroy",
    "damage": "damage", "vandalise": "damage", "vandalize": "damage", "loot": "damage", "deface": "damage",
    # execute: killing of a captive
    "execute": "execute", "behead": "execute", "hang": "execute",
}
"""Verb lemma -> dateline extension type. These win over the CAMEO verb dictionary."""

PLOVER_PARENT: dict[str, str] = {"take control": "FIGHT", "lose control": "RETREAT", "destroy": "COERCE",
                                 "damage": "COERCE", "execute": "ASSAULT"}
"""The PLOVER type each extension type refines (docs/events.md), for comparison with PLOVER-coded data."""

PHRASAL: dict[tuple[str, str], str] = {
    ("blow", "up"): "destroy", ("burn", "down"): "destroy", ("tear", "down"): "destroy",
    ("take", "over"): "take control", ("pull", "out"): "RETREAT", ("open", "fire"): "FIGHT",
    ("beat", "up"): "ASSAULT", ("hack", "into"): "COERCE", ("force", "out"): "COERCE",
    ("rule", "out"): "REJECT", ("break", "off"): "SANCTION", ("walk", "out"): "SANCTION",
    ("call", "off"): "SANCTION",
}
"""(verb lemma, particle) -> type for phrasal verbs whose meaning differs from the verb alone."""

IDIOMS: dict[tuple[str, ...], str] = {
    # PLOVER REJECT: any refusal
    ("out", "of", "the", "question"): "REJECT", ("turn", "down"): "REJECT",
    # PLOVER DEMAND: refugees looking for shelter in another country count as a demand made of it
    ("seek", "refuge"): "DEMAND", ("seek", "asylum"): "DEMAND", ("seek", "shelter"): "DEMAND",
    ("ask", "for", "asylum"): "DEMAND", ("apply", "for", "asylum"): "DEMAND",
    # INVESTIGATE / COERCE: a state someone is put in ("put under investigation", "placed under arrest")
    ("under", "investigation"): "INVESTIGATE", ("under", "arrest"): "COERCE", ("under", "house", "arrest"): "COERCE",
    # PLOVER AGREE: promises and offers to cooperate
    ("be", "commit", "to"): "AGREE",
    # PLOVER COOPERATE: military cooperation, joint exercises included
    ("war", "game"): "COOPERATE", ("joint", "exercise"): "COOPERATE", ("joint", "maneuver"): "COOPERATE",
    ("joint", "manoeuvre"): "COOPERATE",
    # MOBILIZE: military posturing short of the use of force
    ("military", "exercise"): "MOBILIZE", ("military", "drill"): "MOBILIZE",
    # ASSAULT: CAMEO 184 "use as human shield" (PLOVER mode abduct)
    ("human", "shield"): "ASSAULT",
    # FIGHT: conventional military force
    ("lay", "siege"): "FIGHT",
}
"""Multi-word expressions (lemmas, in order, contiguous) that name an event no single word of them
triggers, from the PLOVER codebook's own wording of its categories. The event's trigger is the first verb
of the expression, else the verb the expression depends on ("removing them is out of the question")."""

IDIOM_OTHER_SENSES: dict[tuple[str, ...], set[str]] = {
    ("be", "commit", "to"): {"prison", "jail", "custody", "hospital", "trial", "asylum", "care", "institution",
                             "memory", "paper", "print"},
}
"""Lemmas right after an expression that give it another sense: "was committed to prison" is no pledge."""

NOUN_TYPES: dict[str, str] = {"talk": "CONSULT", "summit": "CONSULT", "mediation": "CONSULT",
                              "hearing": "INVESTIGATE", "inquiry": "INVESTIGATE", "inquest": "INVESTIGATE",
                              "airstrike": "FIGHT", "offensive": "FIGHT", "raid": "FIGHT"}
"""Event nouns not made from a news verb dateline types (or made from one the CAMEO dictionary types
otherwise: "summit")."""

TRAVEL_VERBS = {"arrive", "return", "travel", "go", "come", "fly", "head", "leave"}
"""Verbs of going somewhere: "returned to Geneva for talks" is coded for what the trip is for."""
SENDING_VERBS = {"send", "dispatch"}
"""Verbs of sending someone: "sent experts to investigate" is coded for what they are sent to do."""

PEACEKEEPING_WORDS = {"peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper"}
"""PLOVER AID covers military and police help, weapons and people included (CAMEO 074, provide
peacekeeping): peacekeepers arriving, sent or deployed are aid, not a visit or a mobilisation."""
UNIT_NOUNS = {"batch", "battalion", "brigade", "column", "company", "contingent", "convoy", "deployment",
              "detachment", "division", "force", "group", "patch", "platoon", "regiment", "squad", "team", "unit",
              "wave"}
"""Nouns of a body of people named by what follows their "of" ("a battalion of peacekeeping troops", "the
first deployment of peacekeepers")."""

ENDING_VERBS = {"end", "terminate", "stop", "halt", "suspend", "abandon", "cancel"}
"""Verbs that end the event their object names: ending talks, mediation or aid reduces relations
(SANCTION), ending fighting is RETREAT, ending a protest CONCEDE."""
ENDED_TYPES = {"CONSULT": "SANCTION", "COOPERATE": "SANCTION", "AID": "SANCTION", "SUPPORT": "SANCTION",
               "FIGHT": "RETREAT", "ASSAULT": "RETREAT", "PROTEST": "CONCEDE"}

EASING_VERBS = {"ease", "lift", "relax", "shorten", "loosen", "remove", "scrap", "end"}
RESTRICTION_NOUNS = {"curfew", "restriction", "ban", "closure", "emergency", "censorship"}
"""PLOVER CONCEDE covers relaxing administrative or legal restrictions, curfews among them (lifting a military
blockade de-escalates a conflict: RETREAT, from the CAMEO dictionary)."""

WITHDRAWING_VERBS = {"withdraw", "recall", "pull"}
MISSION_NOUNS = {"inspector", "observer", "monitor", "diplomat", "ambassador", "envoy", "staff", "worker",
                 "mission", "delegation", "embassy", "personnel", "volunteer", "expert"}
"""PLOVER SANCTION covers recalling diplomats and ending a peacekeeping, inspection or observer mission; a withdrawal
of fighting forces is RETREAT."""

UNARMED_SECTORS = {"CVL", "REF", "REL", "MED", "EDU", "HLH", "LAB", "AGR"}
"""CAMEO sectors of people who do not fight (civilians, refugees, clergy, journalists, students, doctors,
workers, farmers): force used against them is one-sided violence, ASSAULT, not FIGHT."""
PRIMITIVE_WEAPONS = {"machete", "knife", "axe", "ax", "rock", "stone", "club", "stick", "spear", "sword", "bat"}
"""PLOVER ASSAULT, primitive-weapons mode: blades, stones, fire and farm tools."""
EXPLOSIVE_NOUNS = {"bomb", "bombing", "explosion", "blast", "mine", "minefield", "ied", "grenade", "bomber"}
"""PLOVER ASSAULT, explosives mode: bombs, mines and IEDs that are not fired from a heavy weapon."""

CONDITIONAL_CONTROL = {"take": "take control", "win": "take control", "gain": "take control",
                       "regain": "take control", "lose": "lose control", "cede": "lose control"}
"""Verbs that change control only when their object is a place ("took the town", "lost it to the army")."""

PLACE_NOUNS = {"town", "city", "village", "port", "base", "airport", "district", "province", "region", "area",
               "territory", "hill", "hills", "neighbourhood", "neighborhood", "capital", "border", "crossing",
               "outpost", "camp", "stronghold", "valley", "island", "coast", "ridge", "mountain", "outskirts",
               "suburb", "street", "front", "frontline", "checkpoint", "post"}
"""Common nouns naming a place: objects that make "take" a change of control, apposition heads that mark
a name as a place ("Qaryat al-Bahr, a small port town")."""

SIMPLE_TYPES: dict[str, str] = {
    "shell": "FIGHT", "bomb": "FIGHT", "attack": "FIGHT", "fight": "FIGHT", "invade": "FIGHT", "clash": "FIGHT",
    "kill": "ASSAULT", "wound": "ASSAULT", "injure": "ASSAULT", "massacre": "ASSAULT", "kidnap": "ASSAULT",
    "abduct": "ASSAULT", "torture": "ASSAULT", "assassinate": "ASSAULT",
    "withdraw": "RETREAT", "retreat": "RETREAT", "surrender": "RETREAT", "resign": "RETREAT",
    "release": "RETREAT", "free": "RETREAT",
    "arrest": "COERCE", "detain": "COERCE", "deport": "COERCE", "expel": "SANCTION",
    "protest": "PROTEST", "demonstrate": "PROTEST", "rally": "PROTEST", "march": "PROTEST", "strike": "PROTEST",
    "urge": "DEMAND", "demand": "DEMAND", "call": "DEMAND", "appeal": "DEMAND", "ask": "DEMAND",
    "warn": "THREATEN", "threaten": "THREATEN",
    "visit": "CONSULT", "meet": "CONSULT", "discuss": "CONSULT", "host": "CONSULT", "negotiate": "CONSULT",
    "criticize": "DISAPPROVE", "criticise": "DISAPPROVE", "condemn": "DISAPPROVE", "accuse": "DISAPPROVE",
    "denounce": "DISAPPROVE", "blame": "DISAPPROVE",
    "investigate": "INVESTIGATE", "probe": "INVESTIGATE",
    "agree": "AGREE", "promise": "AGREE", "pledge": "AGREE", "offer": "AGREE", "vow": "AGREE",
    "sign": "SUPPORT", "praise": "SUPPORT", "welcome": "SUPPORT", "endorse": "SUPPORT", "back": "SUPPORT",
    "reject": "REJECT", "refuse": "REJECT", "deny": "REJECT", "veto": "REJECT", "dismiss": "REJECT",
    "sanction": "SANCTION", "suspend": "SANCTION", "cut": "SANCTION", "halt": "SANCTION",
    "mobilize": "MOBILIZE", "mobilise": "MOBILIZE", "deploy": "MOBILIZE", "mass": "MOBILIZE",
    "provide": "AID", "send": "AID", "donate": "AID", "grant": "AID", "supply": "AID", "deliver": "AID",
    "give": "AID", "block": "PROTEST", "blockade": "COERCE", "fire": "FIGHT", "shoot": "FIGHT",
    "accept": "CONCEDE", "renege": "REJECT", "sue": "DISAPPROVE", "oppose": "REJECT", "boycott": "PROTEST",
    "riot": "PROTEST",
}
"""Frequent news verbs whose CAMEO block type is too broad or missing: dateline's own choice, checked on
the PLOVER reference definitions (not on the benchmark records)."""

LIGHT_VERBS = {"begin", "start", "continue", "resume", "launch", "stage", "hold", "mount", "conduct", "open",
               "wage", "undertake", "organise", "organize", "announce", "declare", "erupt"}
"""Verbs whose event is their object noun ("staged demonstrations", "began a hunger strike", "announced a
suspension of ferry links") or, without an object, their subject ("riots are continuing")."""

REPORTING = {"say", "tell", "add", "report", "state", "claim", "announce", "describe", "note", "explain",
             "quote", "write", "insist", "confirm", "argue", "believe", "think", "hope", "expect", "speak",
             "know", "see", "reveal", "show", "suggest", "allege", "indicate", "accord", "stand"}
"""Verbs that introduce what someone says or knows: the statement, not an event (quotes stage's job)."""

COOPERATIVE = {"AID", "COOPERATE", "SUPPORT", "CONSULT", "RETREAT", "CONCEDE"}
"""PLOVER: cooperative actions reported in the future tense are intentions, coded AGREE."""

POSSIBLE_AUX = {"may", "might", "could", "can"}
PLANNED_AUX = {"will", "shall", "'ll", "would"}
PLANNING_HEADS = {"plan", "intend", "prepare", "aim", "schedule", "expect", "set", "decide", "hope", "seek",
                  "want", "propose", "consider", "threaten", "promise", "pledge", "vow", "agree", "go"}
WILLING = {"willing", "ready", "prepared", "determined", "eager", "set", "due", "poised", "about"}
"""Adjectives that make the infinitive after them an intention ("is willing to withdraw")."""
POSSIBILITY_HEADS = {"consider", "mull", "weigh"}
CONDITIONS = {"if", "unless"}
"""Conjunctions that make their clause a condition: "if the company is indicted" says it may be, not that it was."""
NEGATION_HEADS = {"deny", "refuse", "fail", "decline"}

SITE_NOUNS = {"mosque", "church", "cathedral", "temple", "synagogue", "shrine", "monastery", "museum",
              "castle", "citadel", "fort", "fortress", "palace", "library", "souk", "bazaar", "market", "bridge",
              "tomb", "mausoleum", "minaret", "gate", "tower", "wall", "archive", "school", "hospital",
              "clinic", "university", "theatre", "theater", "ruins", "site", "square", "harbour", "harbor",
              "port", "airport", "station", "dam", "stadium", "cemetery"}
"""Head nouns of buildings, monuments and heritage sites (entities labelled SITE)."""

PROPERTY_NOUNS = {"home", "house", "building", "road", "line", "vehicle", "convoy", "ship", "plane", "aircraft",
                  "office", "headquarters", "facility", "infrastructure", "position", "target", "settlement",
                  "village", "neighbourhood", "neighborhood", "power", "plant", "pipeline", "hotel", "church",
                  "embassy", "property", "shop", "car", "bus", "train", "boat", "warehouse", "well", "truck", "lorry",
                  "depot", "barracks", "factory", "mill", "store", "hangar", "farm", "tent", "hut", "crop", "field"}
"""Physical things an attack, seizure or destruction acts on (with SITE_NOUNS and PLACE_NOUNS)."""

WEAPON_NOUNS = {"tank", "helicopter", "gunship", "bulldozer", "warplane", "jet", "warship", "gunboat", "drone",
                "artillery", "mortar", "howitzer", "battleship", "submarine"}
"""Weapons and military vehicles: as an event's subject they stand for whoever operates them ("Norlandic
tanks fired" -> Norlandic)."""

ARMED_WORDS = {"front", "army", "brigade", "brigades", "militia", "forces", "guard", "guards", "battalion",
               "rebels", "liberation", "jihad", "mujahideen", "legion", "insurgents", "regiment", "commandos"}
ARMED_SECTORS = ("REB", "INS", "MIL", "UAF", "SPY", "IMG")
"""CAMEO sector codes of armed actors (agents dictionary / actor codes; IMG: international militarised group)."""
_GROUP_WORDS = {"state", "group", "organization", "organisation", "network", "movement", "council", "party",
                "islamiya", "jihad", "qaeda", "qa'ida", "shabaab", "taliban", "tigers", "hamas", "hezbollah"}


PROPERTY_WORDS = SITE_NOUNS | PROPERTY_NOUNS | PLACE_NOUNS
"""Nouns of property: in a destroy pattern, any of them stands for the building or place the pattern names."""


@dataclass(frozen=True)
class Alternatives:
    """A pattern element's alternatives (each a list of words) with their order, indexed by their first
    word: a token can only start those whose first word it matches (events/patterns.py)."""

    by_first: dict[str, list[tuple[int, list[str]]]]
    things: list[tuple[int, list[str]]]
    """Those whose first word is a property word, which any property word starts in a destroy pattern."""
    empty: list[tuple[int, list[str]]]


def indexed(alternatives: list[list[str]]) -> Alternatives:
    """`alternatives` indexed by their first word, keeping their order."""
    by_first: dict[str, list[tuple[int, list[str]]]] = {}
    things, empty = [], []
    for order, words in enumerate(alternatives):
        if not words:
            empty.append((order, words))
            continue
        by_first.setdefault(words[0], []).append((order, words))
        first = words[0]
        if first in PROPERTY_WORDS or first.endswith("s") and first[:-1] in PROPERTY_WORDS:
            things.append((order, words))
    return Alternatives(by_first, things, empty)


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, dict]
    agents: dict[str, str]
    aliases: dict[str, str] = field(default_factory=dict)
    """lowercase name or alias -> canonical name."""
    codes: dict[str, str] = field(default_factory=dict)
    """canonical name -> CAMEO actor code."""
    patterns: dict[str, list[dict]] = field(default_factory=dict)
    """CAMEO verb block -> its patterns (events/patterns.py)."""
    synsets: dict[str, list[str]] = field(default_factory=dict)
    """The CAMEO dictionary's synonym sets ("&military" -> military, army, troops, ...)."""

    @cached_property
    def synset_index(self) -> dict[str, Alternatives]:
        """Each synonym set's members as lists of words, indexed by their first word (events/patterns.py)."""
        return {name: indexed([member.split() for member in members]) for name, members in self.synsets.items()}

    @cached_property
    def weapons(self) -> set[str]:
        """Weapons and explosives: dateline's nouns (warplanes, helicopters, drones included) and the CAMEO
        `&WEAPON` and `&WMD` sets (their head words); not `&AIRCRAFT`, which holds airliners too."""
        return WEAPON_NOUNS | EXPLOSIVE_NOUNS | PRIMITIVE_WEAPONS | {
            w.split()[-1] for name in ("&weapon", "&wmd") for w in self.synsets.get(name, [])}

    @cached_property
    def people(self) -> set[str]:
        """Nouns for people an event can be done to that the agents dictionary gives no sector: the CAMEO
        `&HOSTAGE`, `&REFUGEE`, `&PEOPLE` and `&SUSPECT` sets (their head words: "prisoners", "captives",
        "exiles", "the populace", "defendants")."""
        return self.unarmed_people | {w.split()[-1] for w in self.synsets.get("&suspect", [])}

    @cached_property
    def actor_heads(self) -> set[str]:
        """Head nouns of the agents dictionary's phrases ("advisory board", "credit union", "customs official",
        "opposition party"): kinds of people or bodies, even when the word alone has no sector of its own."""
        return {phrase.split()[-1] for phrase in self.agents}

    @cached_property
    def unarmed_people(self) -> set[str]:
        """Captives, refugees and the people at large (the CAMEO `&HOSTAGE`, `&REFUGEE` and `&PEOPLE` sets):
        force used on them is one-sided (PLOVER ASSAULT)."""
        return {w.split()[-1] for name in ("&hostage", "&refugee", "&people") for w in self.synsets.get(name, [])}

    @cached_property
    def group_names(self) -> re.Pattern:
        """The names and aliases the actor dictionaries give non-state armed groups ("Daesh", "ISIL", "Nusra
        Front"), as one pattern: a one-word alias, or a longer one with a word that is not a name ("Front",
        "State"). The group's members listed as its aliases are left out: names of people, and one-word
        surnames of longer aliases ("Joulani" beside "Abu Muhammad Al-Joulani")."""
        found = set()
        for name, code in self.codes.items():
            if not (code.startswith("IMG") or code[3:6] in ("REB", "INS", "UAF")):
                continue
            forms = [alias for alias, canonical in self.aliases.items() if canonical == name]
            surnames = {re.sub(r"^al[- ]", "", f.split()[-1]) for f in forms
                        if " " in f and not set(re.split(r"[ -]", f)) & (ARMED_WORDS | _GROUP_WORDS)}
            for form in forms:
                words = form.split()
                if len(words) == 1 and len(form) >= 4 and re.sub(r"^al[- ]", "", form) not in surnames or (
                        len(words) > 1 and set(words) & (ARMED_WORDS | _GROUP_WORDS)):
                    found.add(form)
        if not found:
            return re.compile(r"(?!x)x")  # matches nothing
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(found, key=len, reverse=True))
                          + r")(?![\w-])", re.IGNORECASE)

    def verb_patterns(self, lemma: str) -> list[dict]:
        """The patterns of every CAMEO block the verb belongs to."""
        return [p for block in (self.verbs.get(lemma) or {}).get("blocks", []) for p in self.patterns.get(block, [])]

    def verb_type(self, lemma: str, object_words: list[str] | tuple = ()) -> str | None:
        """PLOVER type of a verb lemma, or None if it is not a trigger.

        `object_words` are the direct object's head and modifiers, head first ("force", "peacekeeping"):
        for a verb dateline's own table does not type, the first one the CAMEO dictionary cues for the verb
        decides ("imposed sanctions" is SANCTION, "imposed a curfew" COERCE), else the verb's CAMEO block.
        """
        if lemma in REPORTING:
            return None
        if lemma in EXTENSION:
            return EXTENSION[lemma]
        if lemma in SIMPLE_TYPES:
            return SIMPLE_TYPES[lemma]
        return self.cued_type(lemma, object_words) or (self.verbs.get(lemma) or {}).get("type")

    def cued_type(self, lemma: str, object_words: list[str]) -> str | None:
        """The type the CAMEO dictionary gives the verb with this object (first cued word wins). A cue drawn
        from a compound (`* {HUNGER STRIKE}`, as [type, mode, other words]) needs the compound's other words
        in the object too: "began a hunger strike", not "the civil war began" (`{CIVIL DISOBEDIENCE}`)."""
        cues = (self.verbs.get(lemma) or {}).get("cues", {})
        return next((cues[word][0] for word in object_words if word in cues
                     and all(w in object_words for rest in cues[word][2:] for w in rest)), None)

    def names_an_act(self, noun: str) -> bool:
        """Whether a noun is a verb of the CAMEO dictionary or made from one ("crash", "deal", "agreement",
        "developments"): it names an act or a state, not who does it."""
        return any(form in self.verbs for form in _verb_forms(noun))

    def noun_type(self, noun: str) -> str | None:
        """The type of an event noun: the type of the verb it is ("strike", "attack", "visit"), or of the
        news verb it is made from ("demonstration" -> demonstrate, "suspension" -> suspend, "withdrawal"
        -> withdraw). A noun made from a verb only the broad CAMEO dictionary knows ("construction",
        "development") is not read as an event."""
        if noun in NOUN_TYPES:
            return NOUN_TYPES[noun]
        forms = _verb_forms(noun)
        for verb in forms:
            if verb in REPORTING:
                return None
            if verb in EXTENSION or verb in SIMPLE_TYPES or verb == noun and verb in self.verbs:
                kind = self.verb_type(verb)
                if kind:
                    return kind
        return None

    def sector(self, noun: str) -> str | None:
        """CAMEO sector of a role noun ("troops" -> MIL), if the agents dictionary knows it."""
        return self.agents.get(noun.lower())


_NOMINAL_SUFFIXES = (("ization", "ize"), ("ation", "ate"), ("ation", ""), ("ssion", "t"), ("sion", "d"),
                     ("sion", "de"), ("ion", ""), ("ion", "e"), ("ment", ""), ("al", ""), ("al", "e"), ("ure", "e"),
                     ("ing", ""), ("ing", "e"))
"""Suffixes that make nouns of verbs, with what to put back: demonstration -> demonstrate, consultation ->
consult, admission -> admit, suspension -> suspend, invasion -> invade, deployment -> deploy, withdrawal ->
withdraw, refusal -> refuse, seizure -> seize, shelling -> shell."""


def _verb_forms(noun: str) -> list[str]:
    """The noun itself and the verbs it may be made from, most likely first."""
    forms = [noun]
    for suffix, base in _NOMINAL_SUFFIXES:
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
            forms.append(noun[:-len(suffix)] + base)
    return forms


def _data(name: str):
    return json.loads(resources.files("dateline").joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The event lexicon, loaded once per process."""
    aliases: dict[str, str] = {}
    codes: dict[str, str] = {}
    named_by_code: dict[str, list[str]] = {}
    for entry in _data("actor_aliases.json"):
        code, name = entry["code"], entry["name"]
        plain = re.sub(r"^the\s+", "", name.lower())
        # One group the dictionary lists twice under one code, once by a longer name ("The Islamic State":
        # ISIS, ISIL, Daesh; "Islamic State Of Iraq And The Levant") is one actor.
        canonical = next((other for other in named_by_code.get(code, [])
                          if other.lower().startswith(plain + " ") or plain.startswith(other.lower() + " ")), name)
        named_by_code.setdefault(code, []).append(name)
        codes.setdefault(canonical, code)
        for alias in [name, *entry["aliases"]]:
            for form in {alias.lower(), re.sub(r"^the\s+", "", alias.lower())}:
                aliases.setdefault(form, canonical)
    patterns = _data("event_patterns.json")
    return Lexicon(verbs=_data("event_verbs.json"), agents=_data("agents.json"), aliases=aliases, codes=codes,
                   patterns=patterns["blocks"], synsets=patterns["synsets"])
