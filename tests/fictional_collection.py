"""Fictional articles with every kind of annotation, for the collection tests and the synthetic benchmark.

The places, people and outlets are invented. `article()` writes a record the way the pipeline would:
offsets are found in the text, so every annotation is `text[start:end]`.
"""

from __future__ import annotations

import hashlib

from dateline.record import (
    Document,
    Entity,
    EntityMention,
    Event,
    InputKind,
    Mention,
    Metadata,
    Participant,
    Place,
    Published,
    Quote,
    Segment,
    Source,
    Speaker,
    Timex,
)

PLACES = {  # fictional towns on invented coordinates
    "Port Elnor": (9001, 41.2, 19.7), "Varrow": (9002, -12.5, 33.1), "Kessel Bay": (9003, 55.9, -4.2),
    "Lindqvist Harbour": (9004, 60.1, 24.9), "Amarind": (9005, 14.6, -17.4), "Oskova": (9006, 50.4, 30.5),
}
STORIES = [
    ("{place} reopens its port after the storm",
     "Officials in {place} reopened the harbour on {date_text}, two weeks after the storm closed it. "
     "\"The cranes are working again and the first ship has docked,\" said {speaker}, the harbour master. "
     "Dock workers said traffic would take weeks to recover.",
     "reopen", "{speaker}"),
    ("Protesters march through {place} over bread prices",
     "Thousands of protesters marched through central {place} on {date_text} against the rising price of bread. "
     "\"We cannot feed our children on promises,\" said {speaker}, a teacher who joined the march. "
     "Police watched from side streets and no arrests were reported.",
     "protest", "{speaker}"),
    ("Floods cut the road to {place}",
     "Heavy rain flooded the coastal road to {place} on {date_text}, leaving villages cut off. "
     "\"Our crews will reach every village by tomorrow,\" said {speaker}, who leads the regional rescue service. "
     "Schools in the district were closed.",
     "disaster", "{speaker}"),
]
CLOSINGS = [  # paragraphs that make independent reports of one happening differ as real ones do
    " Our correspondent saw long queues outside the municipal offices, where families waited for news of "
    "relatives and the council handed out blankets, water and tinned food from a borrowed lorry.",
    " Local radio carried appeals from shopkeepers whose stock was spoiled; several said they had no insurance "
    "and would not reopen before the autumn fair unless the province paid compensation quickly.",
    " A spokesman for the provincial governor declined to comment on the cost, saying an inquiry would report "
    "to the assembly once the figures from every district had been checked and published in full.",
    " Older residents compared the week with the winter of the great freeze, when the ferries stopped for a month "
    "and the town lived on what the fishing fleet could bring in from the outer islands.",
]
SPEAKERS = ["Mira Tallis", "Joren Vale", "Ada Okonkwo-Reyes", "Piet Hollander", "Sana Idrissi", "Tomas Quell"]
OUTLETS = ["harbourpost.example", "eveningherald.example", "wire.example", "coastalnews.example"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _span(text: str, needle: str, after: int = 0) -> Mention:
    start = text.index(needle, after)
    return Mention(start=start, end=start + len(needle), text=needle)


def article(story: int, place: str, speaker: str, date: str, outlet: str, variant: str = "",
            extra: str = "", title: str | None = None,
            coords: tuple[int, float, float] | None = None) -> Document:
    """One fictional article about `story` (0..2) in `place`, quoting `speaker`, dated `date` (YYYY-MM-DD);
    `coords` (geonameid, lat, lon) geocodes a place that is not in `PLACES`."""
    title_tpl, body_tpl, event_type, _ = STORIES[story]
    year, month, day = (int(p) for p in date.split("-"))
    date_text = f"{MONTHS[month - 1]} {day}, {year}"
    text = body_tpl.format(place=place, date_text=date_text, speaker=speaker) + variant + extra
    geonameid, lat, lon = coords or PLACES.get(place, (None, None, None))
    place_mention = _span(text, place)
    speaker_mention = _span(text, speaker)
    entities = [
        Entity(id="e1", label="GPE", name=place, mentions=[EntityMention(**place_mention.model_dump(), label="GPE")],
               place=Place(geonameid=geonameid, name=place, lat=lat, lon=lon) if geonameid
               else Place(reason="not in the gazetteer")),
        Entity(id="e2", label="PERSON", name=speaker,
               mentions=[EntityMention(**speaker_mention.model_dump(), label="PERSON")]),
    ]
    quote_start = text.index('"') + 1
    quote_end = text.index('"', quote_start)
    quote = Quote(id="q1", kind="direct", content=Mention(start=quote_start, end=quote_end,
                                                          text=text[quote_start:quote_end]),
                  cue=_span(text, "said"), speaker=Speaker(mention=speaker_mention, entity="e2", name=speaker))
    timex = Timex(**_span(text, date_text).model_dump(), id="t1", type="DATE", value=date, anchor="absolute")
    first_sentence_end = text.index(". ") + 1
    trigger = text.split()[3] if story == 1 else ("reopened" if story == 0 else "flooded")
    event = Event(id="v1", type=event_type, trigger=_span(text, trigger),
                  sentence=Segment(start=0, end=first_sentence_end),
                  place=Participant(mention=place_mention, entity="e1", name=place), time="t1", date=date,
                  actors=[Participant(mention=speaker_mention, entity="e2", name=speaker)] if story == 1 else [])
    ident = hashlib.sha256(f"{outlet}|{title}|{text}".encode()).hexdigest()[:16]
    return Document(
        id=ident, source=Source(url=f"https://{outlet}/{ident}", kind=InputKind.article_text, bytes=len(text)),
        text=text, paragraphs=[Segment(start=0, end=len(text))],
        furniture=[{"kind": "nav", "text": "Home | World | Weather"}, {"kind": "clock", "text": "06:12 GMT"}],
        metadata=Metadata(title=title or title_tpl.format(place=place), site=outlet, authors=["Staff reporter"],
                          published=Published(value=date, confidence=0.9)),
        sentences=[Segment(start=0, end=first_sentence_end)], entities=entities, quotes=[quote], timexes=[timex],
        events=[event], stages=["clean", "language", "quotes", "time", "events"])


HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def sample_collection() -> list[Document]:
    """A small collection: one happening told by three outlets (one a wire copy), two other stories, and an
    article whose text and quote carry script and onerror payloads that must stay inert text."""
    docs = [article(1, "Varrow", "Joren Vale", "2025-05-01", outlet, extra=CLOSINGS[n])
            for n, outlet in enumerate(["wire.example", "harbourpost.example", "eveningherald.example"])]
    docs.append(article(1, "Varrow", "Joren Vale", "2025-05-01", "coastalnews.example", extra=CLOSINGS[0]))
    docs.append(article(0, "Port Elnor", "Mira Tallis", "2025-03-04", "harbourpost.example"))
    docs.append(article(2, "Kessel Bay", "Piet Hollander", "2025-01-09", "wire.example", extra=CLOSINGS[3]))
    docs.append(article(0, "Amarind", "Sana Idrissi", "2025-02-02", "coastalnews.example",
                        extra=" " + HOSTILE, title="Harbour news " + HOSTILE))
    hostile = docs[-1]
    quote = hostile.quotes[0]
    start = hostile.text.index(HOSTILE)
    payload = Mention(start=start, end=start + len(HOSTILE), text=HOSTILE)
    docs[-1] = hostile.model_copy(update={"quotes": [quote, quote.model_copy(update={"id": "q2", "content": payload})]})
    return docs


def sample_store(path) -> None:
    """Write `sample_collection()` to a store at `path`, with its events merged."""
    from dateline.collection import Store
    from dateline.config import Settings

    with Store(path, Settings()) as store:
        store.add(sample_collection())
        store.merge()


def write_records(path, n: int) -> int:
    """Write `n` fictional records as JSONL (as `dateline extract` would) and return how many are distinct."""
    places, ids = list(PLACES), set()
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            doc = article(i % 3, places[i % len(places)], SPEAKERS[i % len(SPEAKERS)],
                          f"{2000 + i // 300}-{i % 12 + 1:02d}-{i % 28 + 1:02d}", f"outlet{i}.example",
                          extra=CLOSINGS[i % len(CLOSINGS)])
            ids.add(doc.id)
            out.write(doc.model_dump_json() + "\n")
    return len(ids)
