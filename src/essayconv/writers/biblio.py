"""What the TEI and JATS writers share: works, names, dates and pages read from the essay tree."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field

from lxml import etree

from .. import tree as T
from ..months import month_number
from . import WriteOptions, headings
from .namedcalls import called_by_name

# CSL types whose title is part of a container (chapter, article, entry, web page…).
ANALYTIC_TYPES = {
    "article", "article-journal", "article-magazine", "article-newspaper", "chapter", "entry",
    "entry-dictionary", "entry-encyclopedia", "paper-conference", "post", "post-weblog",
    "review", "review-book", "webpage", "speech", "interview", "broadcast",
}
# CSL types whose container is a serial (its title has level "j" in TEI).
SERIAL_TYPES = {"article", "article-journal", "article-magazine", "article-newspaper"}
# Surname particles kept with the family name ("Dal Borgo", "van der Berg").
PARTICLES = {"da", "dal", "de", "del", "della", "der", "des", "di", "du", "la", "le", "ten", "ter",
             "van", "von", "zu"}


@dataclass
class Name:
    """A creator: a person (family, given) or an organisation (literal)."""

    role: str
    family: str | None = None
    given: str | None = None
    literal: str | None = None
    suffix: str | None = None

    @property
    def et_al(self) -> bool:
        """The 'et al.' marker (CSL-JSON's literal name 'others'), no creator of its own."""
        return self.literal == "others"


@dataclass
class Date:
    """A CSL date: year (month, day) or a literal such as "n.d."."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    literal: str | None = None
    end_year: int | None = None  # a range: 1991–2008

    def iso(self) -> str | None:
        """The W3C date (YYYY, YYYY-MM or YYYY-MM-DD), None for a literal date."""
        if self.year is None:
            return None
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def text(self) -> str:
        """The date as printed: the year (or range of years), or the literal."""
        if self.year is None:
            return self.literal or ""
        return f"{self.year}\u2013{self.end_year}" if self.end_year else str(self.year)


@dataclass
class Work:
    """One cited work (a CSL item) in a convenient shape."""

    id: str
    type: str
    names: list[Name] = field(default_factory=list)
    dates: dict[str, Date] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)

    def by_role(self, role: str) -> list[Name]:
        """The creators with the CSL role given (author, editor, …)."""
        return [name for name in self.names if name.role == role]

    @property
    def analytic(self) -> bool:
        """True when the work is a part (chapter, article, page) of a titled container."""
        return self.type in ANALYTIC_TYPES and bool(self.fields.get("container-title"))

    @property
    def serial(self) -> bool:
        """True when the container is a journal, magazine or newspaper."""
        return self.type in SERIAL_TYPES

    @property
    def issued(self) -> Date | None:
        """The publication date, if any."""
        return self.dates.get("issued")

    def pages(self) -> tuple[str | None, str | None]:
        """First and last page of the page field ("553-570" → ("553", "570"))."""
        return split_pages(self.fields.get("page"))


def split_pages(page: str | None) -> tuple[str | None, str | None]:
    """Split a page range on a hyphen or dash; a single page has no last page."""
    if not page:
        return None, None
    parts = [p.strip() for p in re.split(r"\s*[-–—]+\s*", page.strip(), maxsplit=1)]
    if len(parts) == 2 and parts[0] and parts[1]:
        return parts[0], parts[1]
    return page.strip(), None


def read_work(node: etree._Element) -> Work:
    """Turn one works/work element into a Work; an unknown child element is an error."""
    work = Work(node.get("id"), node.get("type"))
    for child in node:
        if child.tag == T.q("name"):
            given = " ".join(p for p in (child.get("given"), child.get("particle")) if p)
            work.names.append(Name(child.get("role"), child.get("family"), given or None,
                                   child.get("literal"), child.get("suffix")))
        elif child.tag == T.q("date"):
            work.dates[child.get("role")] = Date(
                _int(child.get("year")), _int(child.get("month")), _int(child.get("day")),
                child.get("literal"), _int(child.get("end-year")))
        elif child.tag == T.q("field"):
            work.fields[child.get("name")] = child.text or ""
        else:
            raise ValueError(f"unknown element in work {work.id}: {child.tag}")
    return work


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def works(essay: etree._Element) -> list[Work]:
    """Every work: in reference-list order when a bibliography exists, then the others."""
    by_id = {node.get("id"): read_work(node) for node in T.findall(essay, "works/work")}
    order = [entry.get("work") for entry in T.findall(essay, "bibliography/entry")]
    ordered = [by_id[i] for i in dict.fromkeys(order) if i in by_id]
    return ordered + [w for i, w in by_id.items() if i not in order]


_LEADING_NUMBER = re.compile(r"^\s*[\[(]?(\d+)[\])]?[.:]?\s")


def entry_numbers(essay: etree._Element) -> dict[str, str]:
    """The number each reference-list entry prints when the style numbers its entries
    (citation-format "numeric": '[1] G. Prunier, …'), by work id; else nothing."""
    from ..cslstyles import CitationError, style_kind

    bibliography = T.find(essay, "bibliography")
    if bibliography is None or not bibliography.get("style"):
        return {}
    try:
        if style_kind(bibliography.get("style")) != "numeric":
            return {}
    except CitationError:
        return {}
    numbers: dict[str, str] = {}
    for index, entry in enumerate(T.findall(bibliography, "entry"), 1):
        match = _LEADING_NUMBER.match("".join(entry.itertext()))
        numbers.setdefault(entry.get("work"), match.group(1) if match else str(index))
    return numbers


def note_works(note: etree._Element | None) -> list[str]:
    """Ids of the works a note cites, in order, each once."""
    if note is None:
        return []
    ids = [c.get("work") for c in T.findall(note, "citation") if c.get("work")]
    return list(dict.fromkeys(ids))


def unlinked_sources(essay: etree._Element, linked: bool) -> list[etree._Element]:
    """The source bibliography's items to print verbatim: all, or those without a work."""
    items = T.findall(essay, "sources/item")
    return [item for item in items if not (linked and item.get("work"))]


def written_reference(essay: etree._Element, work: str) -> str:
    """A work's reference as the author wrote it (its list entry or its note's words), else
    its rendered entry, else its id."""
    for path in ("sources/item", "notes/note/citation/source"):
        for node in T.findall(essay, path):
            owner = node if path == "sources/item" else node.getparent()
            if owner.get("work") == work and (node.text or "").strip():
                return node.text.strip()
    for entry in T.findall(essay, "bibliography/entry"):
        if entry.get("work") == work:
            return T.inline_text(entry, markers=False)
    return work


def bibliography_heading(essay: etree._Element) -> str:
    """The reference list's heading: the style's, else the source's, else "References"."""
    for path in ("bibliography", "sources"):
        node = T.find(essay, path)
        if node is not None and node.get("heading"):
            return node.get("heading")
    return headings.heading("references", essay)


# a title written before a name: 'Professor Daniel Okonkwo', 'Dr. Jane Roe', 'Sir John Smith'
_HONORIFIC = re.compile(r"^(?:Professor|Prof\.?|Dr\.?|Sir|Dame|Rev\.?|Revd\.?|Mr\.?|Mrs\.?|"
                        r"Ms\.?|Mx\.?)\s+(?=\S+\s+\S)")


def name_prefix(display: str) -> tuple[str | None, str]:
    """A display name's honorific apart from the name ('Professor Daniel Okonkwo' →
    ('Professor', 'Daniel Okonkwo')); (None, the name) without one."""
    display = " ".join(display.split())
    match = _HONORIFIC.match(display)
    return (match.group().strip(), display[match.end():]) if match else (None, display)


def split_person(display: str, citation: str | None = None) -> tuple[str | None, str]:
    """Split a display name into (given, family) names.

    The header's citation line ("Citation: Dal Borgo, Manuela. 2019 …") decides when it
    names the same person; otherwise the last word is the family name, with any particles
    before it ("Manuela dal Borgo" → family "dal Borgo").
    """
    display = " ".join(display.split())
    if citation:
        text = re.sub(r"^\s*citation:\s*", "", citation, flags=re.I)
        match = re.match(r"([^,]+),", text)
        if match:
            family = match.group(1).strip()
            if display.endswith(" " + family):
                return display[: -len(family)].strip() or None, family
    words = display.split()
    if len(words) == 1:
        return None, words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


def parse_date(text: str) -> Date | None:
    """Read a date written in a header line: ISO, "February 20 2019", "20 Feb 2019", "14 février
    2024", "3. März 2024" or a year.

    Month names are matched on their first three letters, so typos like "Feburary" pass.
    """
    iso = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
    if iso:
        return _checked(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    words = re.findall(r"[^\W\d_]+|\d+", text)
    year = next((int(w) for w in words if re.fullmatch(r"1[5-9]\d\d|2\d\d\d", w)), None)
    if year is None:
        return None
    month = next((number for w in words if w.isalpha() and (number := month_number(w))), None)
    days = [int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31]
    return _checked(year, month, days[0] if month and days else None)


def _checked(year: int, month: int | None, day: int | None) -> Date:
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return Date(year)
    return Date(year, month, day)


def info(essay: etree._Element, name: str) -> str | None:
    """The text of the header fact meta/info[@name], if present."""
    for node in T.findall(essay, "meta/info"):
        if node.get("name") == name:
            return node.text
    return None


def received(essay: etree._Element, which: str = "received") -> Date | None:
    """The received (or accepted) date of the header, if there is one and it can be read
    (also from one line: 'Received: 14 March 2024 / Accepted: 2 September 2024')."""
    text = info(essay, which)
    if not text and which != "received":
        both = re.search(rf"\b{which}\s*:?\s*([^/;|]+)", info(essay, "received") or "", re.I)
        text = both.group(1) if both else None
    return parse_date(text.split("/")[0]) if text else None


def document_date(essay: etree._Element, options: WriteOptions) -> tuple[Date, str] | None:
    """The document's date and where it comes from, deterministic.

    The "date" option, else the header's published date, else SOURCE_DATE_EPOCH, else the
    received date of the header;
    None when none is known: writers never read the clock.
    """
    if options.extra.get("date"):
        date = parse_date(options.extra["date"])
        if date is not None:
            return date, "the date option"
    published = info(essay, "published")
    if published and parse_date(published) is not None:
        return parse_date(published), "the published date"
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        day = dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
        return Date(day.year, day.month, day.day), "SOURCE_DATE_EPOCH"
    date = received(essay)
    return (date, "the received date") if date is not None else None


def orcid(essay: etree._Element, author: etree._Element) -> str | None:
    """The author's ORCID iD (0000-0000-0000-000X) from their bio or the header, if given."""
    bio = T.find(author, "bio")
    texts = [T.inline_text(bio) if bio is not None else None]
    if len(T.findall(essay, "meta/author")) == 1:
        texts.append(info(essay, "orcid"))
    for text in texts:
        match = re.search(r"\b(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\b", text or "")
        if match:
            return match.group(1)
    return None


def indent(node: etree._Element, structural: set[str], level: int = 0) -> None:
    """Indent the element-only containers named in structural, never mixed content.

    lxml's pretty printer also indents a paragraph that starts with an element, which
    adds white space to the text; this touches only elements listed as structural.
    """
    if etree.QName(node).localname not in structural or not len(node):
        return
    inner = "\n" + "  " * (level + 1)
    if not (node.text or "").strip():
        node.text = inner
    for child in node:
        if isinstance(child.tag, str):
            indent(child, structural, level + 1)
        if not (child.tail or "").strip():
            child.tail = inner
    node[-1].tail = "\n" + "  " * level if not (node[-1].tail or "").strip() else node[-1].tail


def notes_to_list(essay: etree._Element, mode: str) -> list[etree._Element]:
    """The notes to print verbatim as a notes list: all in raw mode, else the uncited ones.

    With rendered citations a cited note lives on in the text and the reference list;
    a note no marker points at (a marker the reader could not find) would be lost.
    """
    notes = T.findall(essay, "notes/note")
    if mode == "raw":
        return notes
    cited = {cite.get("note") for cite in essay.iter(T.q("cite"))} | called_by_name(essay)
    return [note for note in notes if note.get("id") not in cited]
