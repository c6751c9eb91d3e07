"""The document record carried through every stage.

One `Document` per input page. The clean article `text` is stored once; paragraphs, sentences and every
annotation point into it with character offsets (`start`, `end`: a Python slice of `text`), the way
spaCy's `Span` points into its `Doc`. Stages never rewrite `text`; they add annotations and return a new
record, so any fact in the output can be highlighted in its source.

Unknown values are `None` together with a reason (`Evidence.reason`, or a warning), never a silent guess.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"


class Record(BaseModel):
    """Base of every record model: unknown fields are rejected so the published schema stays honest."""

    model_config = ConfigDict(extra="forbid")


# --- offsets -------------------------------------------------------------------------------------


class Segment(Record):
    """A stretch of the article text: `text[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Segment):
    """A segment with its covered text copied out, for readers of the JSON (always `text[start:end]`)."""

    text: str


# --- problems ------------------------------------------------------------------------------------


class Problem(Record):
    """A warning or an error attached to a document, with a stable machine-readable code."""

    code: str
    message: str
    stage: str | None = None


# --- source --------------------------------------------------------------------------------------


class InputKind(str, Enum):
    html = "html"
    warc = "warc"
    jsonl = "jsonl"
    json = "json"
    page_text = "page-text"
    article_text = "article-text"
    parquet = "parquet"


class Source(Record):
    """Where a document came from."""

    path: str | None = Field(None, description="File the document was read from ('-' for stdin).")
    url: str | None = Field(None, description="URL of the page, from the input or given by the caller.")
    kind: InputKind
    warc_record_id: str | None = None
    warc_date: str | None = Field(None, description="WARC-Date of the capture: crawl time, not publication.")
    line: int | None = Field(None, description="1-based line number in a JSONL input.")
    index: int | None = Field(None, description="0-based position in the array of a JSON input.")
    content_type: str | None = None
    encoding: str | None = Field(None, description="Character encoding the page was decoded with.")
    bytes: int = Field(0, ge=0, description="Size of the raw input.")


# --- furniture and metadata ----------------------------------------------------------------------

FurnitureKind = Literal[
    "clock",
    "widget",
    "section",
    "nav",
    "promo",
    "related",
    "tags",
    "byline",
    "caption",
    "footer",
    "comments",
    "title",
    "dateline",
    "other",
]


class Furniture(Record):
    """A piece of the page that is not the article, kept and labelled rather than thrown away."""

    kind: FurnitureKind
    text: str
    line: int | None = Field(None, description="0-based line number in flattened page text.")


class Evidence(Record):
    """Why a metadata value is what it is."""

    source: str = Field(description="Where the value came from, e.g. 'meta:og:title', 'line:12', 'htmldate'.")
    text: str | None = Field(None, description="The raw string the value was read from.")


class Related(Record):
    title: str
    url: str | None = None


class PageDate(Record):
    """A date or clock printed on the page: it may be the crawl or render time, not publication."""

    value: str = Field(description="ISO 8601 date or date-time.")
    text: str
    line: int | None = None


class Published(Record):
    """The publication date and how sure we are of it."""

    value: str | None = Field(None, description="ISO 8601 date (or date-time); null when unknown.")
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)
    reason: str | None = Field(None, description="Why the value is null or uncertain.")
    not_before: str | None = Field(
        None, description="Earliest possible date inferred from the content when no date is trustworthy."
    )

    @property
    def given(self) -> bool:
        """True when the date came with the input (the caller's `--published`, or a date field of an input record:
        its first evidence is `caller` or `record:<field>`), so it is taken as it is rather than weighed against the
        text."""
        return bool(self.value and self.evidence) and (self.evidence[0].source == "caller"
                                                         or self.evidence[0].source.startswith("record:"))


class Metadata(Record):
    title: str | None = None
    site: str | None = None
    section: str | None = None
    authors: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    related: list[Related] = Field(default_factory=list)
    language: str | None = None
    page_date: PageDate | None = None
    published: Published = Field(default_factory=Published)
    evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="Where each of title, site, section, authors, language came from."
    )
    reasons: dict[str, str] = Field(
        default_factory=dict, description="Why a field is null, by field name (a page that shows no headline has "
        "no title)."
    )


# --- language ------------------------------------------------------------------------------------

EntityLabel = Literal[
    "PERSON", "ORG", "ARMED_GROUP", "GPE", "LOC", "FAC", "SITE", "NORP", "EVENT", "OTHER"
]


class EntityMention(Mention):
    label: str = Field(description="spaCy label of the mention (PERSON, ORG, GPE, ...).")


class Place(Record):
    """A gazetteer match (GeoNames) for a place entity, or for an organisation or site named after a place."""

    geonameid: int | None = None
    name: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 code.")
    lat: float | None = None
    lon: float | None = None
    feature: str | None = Field(None, description="GeoNames feature class/code, e.g. 'P.PPLA'.")
    reason: str | None = Field(None, description="Why the place is not geocoded, when it is not; how it was chosen, "
                               "when the choice is not a place name's own reading ('located by the place its name "
                               "names', a doubtful reading).")


class Entity(Record):
    """One real-world thing, with every mention of it in the text and its aliases merged."""

    id: str = Field(description="Document-local id, e.g. 'e3'.")
    label: EntityLabel
    name: str = Field(description="Canonical name.")
    aliases: list[str] = Field(default_factory=list)
    mentions: list[EntityMention] = Field(default_factory=list)
    place: Place | None = None


# --- quotes --------------------------------------------------------------------------------------


class Speaker(Record):
    mention: Mention | None = Field(None, description="The speaker as written: 'he', 'the minister', 'Okafor'.")
    entity: str | None = Field(None, description="Id of the resolved entity.")
    name: str | None = Field(None, description="Full name of the resolved speaker.")
    title: str | None = Field(None, description="Role or title from an apposition.")
    reason: str | None = Field(None, description="Why the speaker is unresolved, when it is.")


class Quote(Record):
    id: str
    kind: Literal["direct", "mixed", "indirect"]
    content: Mention
    cue: Mention | None = None
    speaker: Speaker = Field(default_factory=Speaker)
    venue: Mention | None = None
    time: Mention | None = Field(None, description="Time of the statement as written ('said Sunday').")
    timex: str | None = Field(None, description="Id of the resolved time expression.")


# --- time ----------------------------------------------------------------------------------------


class Timex(Mention):
    id: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = Field(None, description="TIMEX3 value: '2019-11-20', '2019-06', 'P6W', 'XXXX-WXX-7'.")
    anchor: Literal["absolute", "publication", "narrative", "inferred", "unresolved"]
    anchor_timex: str | None = Field(None, description="Id of the time expression it was anchored to.")
    period: str | None = Field(None, description="For a duration placed in time ('the six weeks that followed' "
                               "June 3, 2019), the ISO 8601 interval it covers: '2019-06-03/2019-07-15'.")
    reason: str | None = Field(None, description="Why the value is unknown or only partly known (anchor "
                               "`unresolved`): 'no publication date, and no date told before it to count from'.")


class TimelineEntry(Record):
    value: str = Field(description="Normalised time of the statement.")
    timex: str
    sentence: Segment
    event: str | None = None


# --- events --------------------------------------------------------------------------------------


class Participant(Record):
    mention: Mention
    entity: str | None = None
    name: str | None = None


class Event(Record):
    id: str
    type: str = Field(description="PLOVER event type, or a dateline extension (see docs/events.md).")
    mode: str | None = None
    trigger: Mention
    sentence: Segment
    actors: list[Participant] = Field(default_factory=list)
    targets: list[Participant] = Field(default_factory=list)
    target_actors: list[Participant] = Field(
        default_factory=list, description="The actors the event affects (PLOVER's target): a person or group "
        "target itself, the owner of a targeted thing or the named place it lies in; empty when the text does "
        "not say.")
    place: Participant | None = None
    time: str | None = Field(None, description="Id of the time expression that dates the event.")
    date: str | None = Field(None, description="Normalised date of the event, or the ISO 8601 interval of the "
                             "placed duration that dates it ('2019-06-03/2019-07-15').")
    status: Literal["asserted", "attributed"] = "asserted"
    claimed_by: str | None = Field(None, description="Id of the quote the event is attributed through.")
    modality: Literal["reported", "planned", "possible", "negated"] = "reported"


# --- the document --------------------------------------------------------------------------------


class Document(Record):
    """Everything dateline knows about one page."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="Stable short id: a hash of the input page's content.")
    source: Source
    text: str = ""
    paragraphs: list[Segment] = Field(default_factory=list)
    furniture: list[Furniture] = Field(default_factory=list)
    metadata: Metadata = Field(default_factory=Metadata)
    sentences: list[Segment] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    stages: list[str] = Field(default_factory=list, description="Stages that ran, in order.")
    warnings: list[Problem] = Field(default_factory=list)
    errors: list[Problem] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def span(self, start: int, end: int) -> Mention:
        """A `Mention` of `text[start:end]`."""
        return Mention(start=start, end=end, text=self.text[start:end])


def json_schema() -> dict:
    """The published JSON Schema of a `Document` (also in `schema/document.schema.json`)."""
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://dateline.invalid/schema/document/{SCHEMA_VERSION}"
    return schema


def span_problems(doc: Document) -> list[str]:
    """Every offset in the record that does not point into `doc.text` (empty when the record is sound)."""
    problems: list[str] = []
    size = len(doc.text)

    def visit(value, path: str) -> None:
        if isinstance(value, Segment):
            if not 0 <= value.start <= value.end <= size:
                problems.append(f"{path}: [{value.start}, {value.end}) outside text of {size} chars")
            elif isinstance(value, Mention) and doc.text[value.start:value.end] != value.text:
                problems.append(f"{path}: text {value.text!r} != {doc.text[value.start:value.end]!r}")
        if isinstance(value, BaseModel):
            for name in type(value).model_fields:
                visit(getattr(value, name), f"{path}.{name}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                visit(item, f"{path}[{index}]")

    for name in ("paragraphs", "sentences", "entities", "quotes", "timexes", "timeline", "events"):
        visit(getattr(doc, name), name)
    return problems
