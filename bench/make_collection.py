"""Build a synthetic collection of dateline records (JSONL) from the fictional test articles.

Happenings (a story template in an invented place, a speaker, a date) are each reported by one to four
outlets whose closing paragraphs differ, as independent reports do; about one report in ten is a wire copy
republished verbatim by another outlet (an exact duplicate). Names, places and closing sentences are drawn
from syllable and word pools with a fixed seed, so the same command always writes the same collection.

    .venv/bin/python bench/make_collection.py -n 100000 -o build/collection.jsonl
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from fictional_collection import OUTLETS, STORIES, article

SYLLABLES = ["ka", "ro", "mi", "tan", "vel", "or", "as", "bri", "den", "lo", "sa", "ur", "ne", "thal", "mor", "quin",
             "ash", "fen", "gal", "hol", "ir", "ja", "kes"]
FIRST = ["Mira", "Joren", "Ada", "Piet", "Sana", "Tomas", "Lia", "Orin", "Petra", "Yusuf", "Ines", "Kalle", "Noor",
         "Emeka", "Alva", "Ravi", "Hedda", "Suri"]
NOUNS = ["families", "ferries", "bakeries", "schools", "clinics", "warehouses", "bridges", "markets", "farms",
         "orchards", "buses", "trawlers", "libraries", "depots", "mills", "quarries"]
VERBS = ["waited", "queued", "gathered", "argued", "worked", "voted", "rebuilt", "counted", "repaired", "sheltered"]
REASONS = ("the council meeting", "the first convoy", "the evening curfew", "the river crest", "the relief flight",
           "the market reopening", "the harvest count", "the ferry strike", "the night shift", "the inspection")
MORE_OUTLETS = OUTLETS + [f"{a}{b}times.example" for a in SYLLABLES[:6] for b in SYLLABLES[6:12]]


def name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def closing(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        sentences.append(f" {rng.randint(2, 900)} {rng.choice(NOUNS)} in {name(rng, 3)} {rng.choice(VERBS)} "
                         f"until {rng.choice(REASONS)}, {rng.choice(FIRST)} {name(rng, 2)} told "
                         f"the {name(rng, 2)} {rng.choice(['Gazette', 'Courier', 'Record', 'Tribune'])}.")
    return "".join(sentences)


def collection(n: int, seed: int = 7):
    rng = random.Random(seed)
    written = 0
    while written < n:
        story = rng.randrange(len(STORIES))
        place = name(rng, rng.randint(2, 3))
        coords = (100000 + rng.randrange(10**6), round(rng.uniform(-60, 70), 3), round(rng.uniform(-170, 170), 3))
        speaker = f"{rng.choice(FIRST)} {name(rng, 2)}"
        date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for outlet in rng.sample(MORE_OUTLETS, rng.randint(1, 4)):
            extra = closing(rng)
            yield article(story, place, speaker, date, outlet, extra=extra, coords=coords)
            written += 1
            if written < n and rng.random() < 0.1:  # a wire copy republished elsewhere, sometimes with a tag line
                tag = rng.choice(["", " Additional reporting by agencies."])
                yield article(story, place, speaker, date, rng.choice(MORE_OUTLETS), extra=extra + tag, coords=coords)
                written += 1
            if written >= n:
                return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=100_000, help="articles to write")
    parser.add_argument("-o", "--output", default="build/collection.jsonl")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as out:
        out.writelines(doc.model_dump_json() + "\n" for doc in collection(args.n, args.seed))


if __name__ == "__main__":
    main()
