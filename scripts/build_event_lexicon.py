"""Generate dateline's event lexicon from the PETRARCH2 dictionaries and the CAMEO-to-PLOVER map.

The generated files ship with the package in `src/dateline/data/` (PETRARCH2 is MIT-licensed; only names,
verbs and codes are carried over, no example text):

- `event_verbs.json`: verb lemma -> PLOVER type of the verb's CAMEO block, plus object cue words that
  change the type ("give ... aid" is AID, "give ... warning" is THREATEN; a braced compound's first word
  with the compound's other words: "hunger" with "strike"), from the block's patterns, and
  the blocks the verb belongs to. A block the dictionary codes `[---]` gives its verbs no type of their own:
  PETRARCH2 codes them only when a pattern matches ("enter" is FIGHT only as "&MILITARY * &TOWN").
- `event_patterns.json`: every pattern of every verb block (the words before the verb, those after it,
  particles and prepositional phrases included, and its PLOVER type; `null` for the dictionary's `[---]`
  patterns, which say the verb is no event there: "died of natural causes"; under "for", the verbs the
  dictionary's note says it was written for: "# OPEN , REOPEN"), and the synonym sets
  (`&MILITARY`, `&TOWN`, ...) the patterns use.
- `actor_aliases.json`: named actors with their aliases and CAMEO actor code (countries' own names,
  international organisations, armed non-state groups), used to merge aliases into one entity.
- `event_discards.json`: PETRARCH2's discard phrases, story-level (sport, entertainment: "French Open",
  "World Cup") and sentence-level ("goalless draw", "traffic accident"), where no conflict event is read.
- `agents.json`: common nouns that name an actor by its role ("troops", "rebels", "police") with its
  CAMEO sector code.

Run: `python scripts/build_event_lexicon.py ../shared/bench/events` (from the repository root).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "dateline" / "data"

# The PLOVER type of a CAMEO code follows the CAMEO-to-PLOVER table of the PLOVER reference this project
# and the gold standard records follow (plover_docs/README.md: 2-digit CAMEO cue category -> PLOVER
# category, YIELD split at 084); CAMEO 19x (conventional military force) is FIGHT, 18x and 20x ASSAULT.
# The 2021 map (CAMEO2PLOVER, PLOVER 0.8 names) gives the mode, and the type only for codes the table
# leaves out. The 2021 map moved some codes to other categories (163 sanctions to COERCE, 0813 easing a
# curfew to RETREAT, 1712 destroying property to ASSAULT); the reference table keeps them in their CAMEO
# category.
_REFERENCE = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "081": "CONCEDE",
              "082": "CONCEDE", "083": "CONCEDE", "084": "RETREAT", "085": "RETREAT", "086": "RETREAT",
              "087": "RETREAT", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT",
              "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
              "18": "ASSAULT", "19": "FIGHT", "20": "ASSAULT"}
_RENAME = {("REQUEST", None): "DEMAND", ("ACCUSE", "investigate"): "INVESTIGATE", ("ACCUSE", None): "DISAPPROVE"}
"""PLOVER 0.8 names of the 2021 map, for codes the reference table leaves out."""


def plover_map(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode): type from the reference table, mode from CAMEO2PLOVER."""
    table: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([\w-]*)\s*)?", line)
        if not match:
            continue
        code, kind, mode = match.group(1), match.group(2), (match.group(3) or None)
        reference = next((_REFERENCE[code[:size]] for size in (3, 2) if code[:size] in _REFERENCE), None)
        table[code] = (reference or _RENAME.get((kind, mode), _RENAME.get((kind, None), kind)), mode)
    return table


_EXTENSION_CODES = {"1712": ("destroy", None)}
"""CAMEO codes dateline's extension refines (docs/events.md): 1712, destroy property, is `destroy` (parent
COERCE, the reference table's type for CAMEO 17)."""


def to_plover(code: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    if code in _EXTENSION_CODES:
        return _EXTENSION_CODES[code]
    for size in range(len(code), 1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


_PREPOSITIONS = {"to", "the", "with", "from", "of", "for", "on", "in", "by", "at", "against", "into"}
_PARTICLES = {"up", "down", "out", "off", "back", "in", "over", "away", "on", "forth"}
"""Adverb particles of phrasal verbs ("crack down", "pull back"); "KILLED_AND", "SIDE_WITH" are not read."""
PHRASAL_DEFAULT = "block"
"""Marks a phrasal verb that takes its block's code."""


def _words(pattern: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", pattern.replace("_", " "))]


def pattern(line: str, table) -> dict | None:
    """One verb pattern ("- &MILITARY * &TOWN  [192]"; "- *  [042]" codes the verb alone) as
    {"before": [...], "after": [...], "type", "mode"}; each element is a word, a multi-word phrase
    ("hunger strike") or a synonym set ("&town"). The dictionary's source and target markers ($, +, %, ^)
    and grouping are dropped: the words stay in order."""
    match = re.match(r"^-\s*(.*?)\s*\[([\d-]+)[:\]]", line)
    if not match or "*" not in match.group(1):
        return None
    before, _, after = match.group(1).partition("*")
    code = match.group(2)
    plover = to_plover(code, table) if code.strip("-") else None
    if code.strip("-") and plover is None:
        return None

    def elements(part: str) -> list[str]:
        found = []
        for braced, word in re.findall(r"\{([^}]*)\}|(&?[A-Za-z][A-Za-z'_-]*)", part):
            if braced:
                found.append(" ".join(_words(braced)))
            elif word.startswith("&"):
                found.append(word.lower().rstrip("_"))
            else:
                found.append(" ".join(_words(word)))
        return [e for e in found if e]

    return {"before": elements(before), "after": elements(after),
            "type": plover[0] if plover else None, "mode": plover[1] if plover else None}


def noted_verbs(note: str) -> list[str]:
    """The verbs a pattern's note says it was written for ("# OPEN , REOPEN" -> ["open", "reopen"]); empty
    when the note is no list of verbs (a date, an editor's initials)."""
    names = [n.strip() for n in note.split(",")]
    return [n.lower() for n in names] if names and all(re.fullmatch(r"[A-Z][A-Z'-]*", n) for n in names) else []


def cue_for(verb: str, found: list[tuple[int, list, list[str]]]) -> list:
    """The type an object word cues for `verb`, of the block's patterns that start with it as (length, type,
    noted verbs): the shortest pattern's ("* DEMONSTRATION" says more about the noun than "* DEMONSTRATION
    (IN SOLIDARITY)"), and of those as short the one noted for the verb (`- * BORDER [080] # OPEN` for "open",
    not `- * BORDER [050] # REOPEN`), else the first."""
    shortest = min(size for size, _, _ in found)
    candidates = [(plover, noted) for size, plover, noted in found if size == shortest]
    return next((plover for plover, noted in candidates if verb in noted), candidates[0][0])


def synsets(path: Path) -> dict[str, list[str]]:
    """The dictionary's synonym sets: "&military" -> ["military", "armed forces", "army", ...]."""
    result: dict[str, list[str]] = {}
    current = None
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for line in lines[:next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)]:
        line = line.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = result.setdefault(line.lower().rstrip("_"), [])
        elif line.startswith("+") and current is not None:
            words = " ".join(_words(line[1:]))
            if words:
                current.append(words)
        elif not line:
            current = None
    return result


def verbs(path: Path, table, blocks: dict[str, list[dict]] | None = None) -> dict[str, dict]:
    """Verb lemma -> {"type", "mode", "cues": {object word: [type, mode]}, "blocks": [name]} from the CAMEO
    verb dictionary; `blocks` receives each block's patterns."""
    blocks = {} if blocks is None else blocks
    result: dict[str, dict] = {}
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    block_verbs: list[tuple[str, tuple | None]] = []
    block_name = ""
    default = None
    cues: dict[str, list[tuple[int, list, list[str]]]] = {}
    block_patterns: list[dict] = []

    def flush():
        # A block without a default code ([---]) gives no type alone: PETRARCH2 codes its verbs only
        # when one of the block's patterns matches (kept in `event_patterns.json`).
        fallback = default
        if block_verbs and block_patterns:
            blocks[block_name] = block_patterns
        for verb, own in block_verbs:
            entry = result.setdefault(verb, {"type": None, "mode": None, "cues": {}, "blocks": []})
            if block_patterns and block_name not in entry["blocks"]:
                entry["blocks"].append(block_name)
            # WordNet synonyms in a block are loose ("leave" under a meeting verb): only the block's own
            # verb and synonyms with their own code take a type without an object cue.
            chosen = own if own != (PHRASAL_DEFAULT, None) else fallback
            chosen = chosen or (fallback if verb == block_name else None)
            if chosen and entry["type"] is None:
                entry["type"], entry["mode"] = chosen
            for word, found in cues.items():
                entry["cues"].setdefault(word, cue_for(verb, found))

    for raw in lines[start + 1:]:
        line, _, note = raw.partition("#")
        line = line.rstrip()
        header = re.match(r"^---\s+(\S+)\s+\[([\d-]+)\]", line)
        if header:
            flush()
            block_verbs, cues, block_patterns = [], {}, []
            block_name = header.group(1).lower()
            code = header.group(2)
            default = to_plover(code, table) if code != "---" else None
            continue
        if not line.strip():
            continue
        if line.startswith("-"):
            if (found := pattern(line, table)) is not None and (found["before"] or found["after"]):
                if noted := noted_verbs(note):
                    found["for"] = noted
                block_patterns.append(found)
            elif found is not None and found["type"] and default is None:  # "- *  [042]": the verb alone
                default = (found["type"], found["mode"])
            match = re.match(r"^-\s*(.*?)\s*\[(\d+)[:\]]", line)
            if not match or "*" not in match.group(1):
                continue
            first, rest = match.group(1).split("*", 1)
            if _words(first):  # "FORCES * POSITION": a cue reads no subject, so "held a position" is no fight
                continue
            after = _words(rest)
            plover = to_plover(match.group(2), table)
            if not after or not plover:
                continue
            # The object's first word cues the type; a braced compound's first word, only with the compound's
            # other words in the object ("* {HUNGER STRIKE}" cues "hunger" with "strike": its head alone would
            # make any strike a hunger strike, its first word alone "{CIVIL DISOBEDIENCE}" a civil war a
            # protest). A word several patterns cue takes the type `cue_for` chooses for each verb.
            word = after[0]
            braced = re.match(r"\s*\{([^}]*)\}", rest)
            value = [*plover, _words(braced.group(1))[1:]] if braced and len(_words(braced.group(1))) > 1 \
                else list(plover)
            if len(word) > 2 and word not in _PREPOSITIONS:
                cues.setdefault(word, []).append((len(after), value, noted_verbs(note)))
            continue
        # A verb line: "DETAIN [173]", "CONSULT [040:040]" (the first code is the verb's), "HOLD {HELD} [---]"
        # (in the block, no type of its own: its patterns type it), "SCRAP {SCRAPPED};shan 8/30/93" (a note).
        synonym = re.match(r"^([A-Z][A-Z'-]*)\s*(?:\{[^}]*\})?\s*(?:\[(\d+|---)(?::\d+)?\])?\s*(?:;.*)?$",
                           line.strip())
        phrasal = re.match(r"^\+([A-Z]+)_([A-Z]+)\s*(?:\{[^}]*\})?\s*(?:\[(\d+)(?::\d+)?\])?\s*$", line.strip())
        if phrasal and phrasal.group(2).lower() in _PARTICLES:
            # "+PULL_BACK" in the RETREAT block: a verb with its particle, listed by hand rather than drawn
            # from WordNet, takes its own code or the block's ("pull back" is RETREAT); it is keyed "pull back".
            verb = f"{phrasal.group(1).lower()} {phrasal.group(2).lower()}"
            own = to_plover(phrasal.group(3), table) if phrasal.group(3) else None
            block_verbs.append((verb, own or (PHRASAL_DEFAULT, None)))
            continue
        if synonym and synonym.group(2) == "---":
            block_verbs.append((synonym.group(1).lower(), None))
        elif synonym:
            own = to_plover(synonym.group(2), table) if synonym.group(2) else None
            block_verbs.append((synonym.group(1).lower(), own))
    flush()
    return {verb: entry for verb, entry in sorted(result.items()) if entry["type"] or entry["cues"] or entry["blocks"]}


def actors(paths: list[Path]) -> list[dict]:
    """Named actors that have aliases: {"name", "aliases", "code"}."""
    entries: list[dict] = []
    current: dict | None = None
    for path in paths:
        for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line[0] not in "+\t [" and not line.startswith("&"):
                name, _, rest = line.partition("[")
                current = {"name": _name(name), "aliases": [], "code": None}
                entries.append(current)
                line = "[" + rest if rest else ""
            elif line.startswith("+") and current is not None:
                alias = _name(line[1:].split("[", 1)[0])
                if alias and alias != current["name"]:
                    current["aliases"].append(alias)
                line = line.split("[", 1)[1] if "[" in line else ""
                line = "[" + line if line else ""
            if current is not None and current["code"] is None:
                code = re.search(r"\[([A-Z~]{3,})", line)
                if code:
                    current["code"] = code.group(1)
    seen: set[str] = set()
    result = []
    for entry in entries:
        if len(entry["code"] or "") == 3 and entry["code"].isalpha():
            continue  # a country: its "aliases" include its provinces and cities, not other names
        if entry["name"] and entry["aliases"] and entry["code"] and entry["name"] not in seen:
            seen.add(entry["name"])
            entry["aliases"] = sorted(set(entry["aliases"]))
            result.append(entry)
    return result


def _name(raw: str) -> str:
    raw = re.sub(r"\(([^)]*)\)_?$", "", raw.strip())  # drop a trailing "(ABBR)_"
    return " ".join(w for w in raw.replace("_", " ").split()).title()


def agents(path: Path) -> dict[str, str]:
    """Role noun (lowercase, singular as written) -> CAMEO sector code. A substitution set the file defines
    (`!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON`) is expanded as PETRARCH2 does: "POLICE!PERSON!" is
    policeman, policemen, policewoman, policewomen and policeperson; "FOREIGN_!MINIST!" foreign minister,
    ministers, ministry and ministries."""
    lines = [raw.split("#", 1)[0].strip()
             for raw in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    sets = {m.group(1): [w.strip().lower() for w in m.group(2).split(",") if w.strip()]
            for line in lines if (m := re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line))}
    result: dict[str, str] = {}
    for line in lines:
        match = re.match(r"^([A-Z][A-Z_.!'-]*)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]", line)
        if not match:
            continue
        code = match.group(3)
        forms = [match.group(1)] + (match.group(2) or "").split()
        for form in forms:
            written = form.replace("_", " ").strip().lower()
            used = next((name for name in sets if name.lower() in written), None)
            words = [written.replace(used.lower(), sub) for sub in sets[used]] if used else [written.replace("!", "")]
            for word in words:
                if word.strip():
                    result.setdefault(" ".join(word.split()), code)
    return dict(sorted(result.items()))


def discards(path: Path) -> dict[str, list[str]]:
    """PETRARCH2's discard phrases, lowercase: {"story": [...], "sentence": [...]}. A story-level phrase
    ("+FRENCH OPEN") marks a story PETRARCH2 codes no event in (sport, entertainment), a sentence-level one
    ("GOALLESS DRAW", "TRAFFIC ACCIDENT") a sentence. Phrases of time ("YEARS AGO", "WORLD WAR II") are left
    out: PETRARCH2 drops retrospective sentences because it cannot date them; dateline dates them."""
    result: dict[str, list[str]] = {"story": [], "sentence": []}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        story = line.startswith("+")
        words = " ".join(line.lstrip("+ ").replace("_", " ").lower().split())
        if not re.search(r"[a-z]{3}", words) or re.search(r"\b(ago|later|war|\d{4}|century|centuries)\b", words):
            continue
        result["story" if story else "sentence"].append(words)
    return {kind: sorted(set(phrases)) for kind, phrases in result.items()}


def main(root: str) -> None:
    base = Path(root)
    table = plover_map(base / "plover_docs" / "CAMEO2PLOVER-2021.txt")
    dictionaries = base / "petrarch2_dictionaries"
    OUT.mkdir(parents=True, exist_ok=True)
    blocks: dict[str, list[dict]] = {}
    outputs = {
        "event_verbs.json": verbs(dictionaries / "CAMEO.2.0.txt", table, blocks),
        "event_patterns.json": {"synsets": synsets(dictionaries / "CAMEO.2.0.txt"), "blocks": blocks},
        "actor_aliases.json": actors([dictionaries / "Phoenix.Countries.actors.txt",
                                      dictionaries / "Phoenix.International.actors.txt",
                                      dictionaries / "Phoenix.MilNonState.actors.txt"]),
        "agents.json": agents(dictionaries / "Phoenix.agents.txt"),
        "event_discards.json": discards(dictionaries / "Phoenix.discards.txt"),
    }
    for name, data in outputs.items():
        (OUT / name).write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n",
                                encoding="utf-8")
        print(f"{name}: {len(data)} entries", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/bench/events")
