"""What makes an EPUB reproducible: its identifier, its dates and its canonical text."""

from __future__ import annotations

import os
import re
import unicodedata
import uuid
from datetime import UTC, date, datetime

from lxml import etree

from ... import tree as T
from ..biblio import parse_date as read_date

# uuid5 namespace of essayconv publications: uuid5(NAMESPACE_URL, "urn:essayconv:essay:1").
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, T.NS)
# When neither SOURCE_DATE_EPOCH nor a date in the essay is known: the ZIP epoch.
FALLBACK = datetime(1980, 1, 1, tzinfo=UTC)
# The parts of the tree that are the author's text; style output and the audit trail are not.
CONTENT = ("meta/title", "meta/author/name", "body/section/heading", "body/section/p",
           "notes/note/text", "sources/item", "endmatter/p", "appendices/section/heading",
           "appendices/section/p")
DATE_INFO = ("published", "received")


def canonical_text(essay: etree._Element) -> str:
    """The essay's own words, NFC-normalised, one line per element, punctuation dropped.

    Citation markers and the punctuation around them (which the citation stage may move:
    'genocide.” [n]' becomes 'genocide” [n].'), style output (rendered, bibliography),
    the change log and the input's file name are left out: the same essay keeps the same
    identifier whether or how its citations are rendered.
    """
    lines = [essay.get(T.XML_LANG) or ""]
    for path in CONTENT:
        for node in T.findall(essay, path):
            text = T.inline_text(node, markers=False)
            lines.append(" ".join(re.findall(r"\w+", unicodedata.normalize("NFC", text))))
    return "\n".join(lines)


def identifier(essay: etree._Element) -> str:
    """A urn:uuid derived from the canonical text: the same essay always gets the same one."""
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, canonical_text(essay))}"


def essay_date(essay: etree._Element) -> date | None:
    """The essay's publication (else received) date from its header, when one can be read."""
    infos = {info.get("name"): info.text or "" for info in T.findall(essay, "meta/info")}
    for name in DATE_INFO:
        found = parse_date(infos.get(name, ""))
        if found:
            return found
    return None


def parse_date(text: str) -> date | None:
    """A full date read from a header line ('2018-02-22', '15 Nov. 2019', '14 février 2024'),
    else None (see biblio.parse_date)."""
    found = read_date(text)
    return date(found.year, found.month, found.day) if found and found.month and found.day \
        else None


def modified(essay: etree._Element, environ: dict[str, str] | None = None,
             source_mtime: float | None = None) -> datetime:
    """dcterms:modified: SOURCE_DATE_EPOCH when set, else the input file's modification
    time (source_mtime, to the second), else the essay's date, else 1980-01-01.

    1980-01-01 is also the earliest time a ZIP entry can carry, so earlier epochs are raised
    to it; the result stamps both the package metadata and every entry of the archive.

    Never the current time, so that two runs over the same input give the same bytes.
    """
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return max(datetime.fromtimestamp(int(epoch), UTC), FALLBACK)
    if source_mtime is not None:
        return max(datetime.fromtimestamp(int(source_mtime), UTC), FALLBACK)
    known = essay_date(essay)
    if known:
        return datetime(known.year, known.month, known.day, tzinfo=UTC)
    return FALLBACK


def w3c(moment: datetime) -> str:
    """The CCYY-MM-DDThh:mm:ssZ form that EPUB requires for dcterms:modified."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
