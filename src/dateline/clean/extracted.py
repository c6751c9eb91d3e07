"""What an extractor hands back: article paragraphs, labelled furniture, and metadata with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.record import Furniture, Metadata, Problem


@dataclass
class Extracted:
    paragraphs: list[str]
    furniture: list[Furniture] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    warnings: list[Problem] = field(default_factory=list)
