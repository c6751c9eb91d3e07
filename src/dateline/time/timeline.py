"""The timeline of a document: its dated expressions in calendar order, each with its sentence and, once the
events stage has run, the event it dates."""

from __future__ import annotations

from dateline.record import Document, Event, Quote, Segment, TimelineEntry, Timex
from dateline.time.dates import start_of


def enclosing(segments: list[Segment], start: int) -> Segment | None:
    """The segment that contains offset `start`."""
    for segment in segments:
        if segment.start <= start < segment.end:
            return segment
    return None


def timeline(doc: Document, timexes: list[Timex]) -> list[TimelineEntry]:
    """One entry per DATE or TIME expression with a calendar value, earliest first (ties in text order).

    The entry's `sentence` is the sentence of the expression when the language stage has split sentences,
    else its paragraph."""
    entries = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or not timex.value or timex.anchor == "unresolved":
            continue
        begins = start_of(timex.value)
        if begins is None:
            continue
        where = enclosing(doc.sentences, timex.start) or enclosing(doc.paragraphs, timex.start) \
            or Segment(start=timex.start, end=timex.end)
        entries.append((begins, timex.start, TimelineEntry(value=timex.value, timex=timex.id,
                                                           sentence=Segment(start=where.start, end=where.end))))
    return [entry for _, _, entry in sorted(entries, key=lambda item: (item[0], item[1]))]


def with_events(entries: list[TimelineEntry], events: list[Event]) -> list[TimelineEntry]:
    """The timeline with its events: an entry points at the first event its expression dates in the same
    sentence, and an event dated from elsewhere (the story's time carried into a later sentence, or a
    duration the text places) is an entry of its own; earliest first, ties in order of their sentences."""
    linked = []
    taken: set[str] = set()
    for entry in entries:
        event = next((e for e in events if e.time == entry.timex and e.sentence == entry.sentence
                      and e.id not in taken), None)
        if event is not None:
            taken.add(event.id)
            entry = entry.model_copy(update={"event": event.id})
        linked.append(entry)
    listed = {(entry.timex, entry.sentence.start) for entry in entries}
    linked += [TimelineEntry(value=e.date, timex=e.time, sentence=e.sentence, event=e.id) for e in events
               if e.id not in taken and e.date and e.time and (e.time, e.sentence.start) not in listed
               and start_of(e.date) is not None]
    return sorted(linked, key=lambda entry: (start_of(entry.value), entry.sentence.start))


def date_quotes(quotes: list[Quote], timexes: list[Timex]) -> list[Quote]:
    """Point each quote whose statement time was found by the quotes stage ('said Sunday') at the time
    expression covering it, so the statement has a resolved date."""
    dated = []
    for quote in quotes:
        if quote.time is not None and quote.timex is None:
            match = next((t for t in timexes if t.start < quote.time.end and quote.time.start < t.end), None)
            if match is not None:
                quote = quote.model_copy(update={"timex": match.id})
        dated.append(quote)
    return dated
