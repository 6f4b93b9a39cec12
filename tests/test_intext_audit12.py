"""Audit 12: a note marker after a full stop is never the object of the word before it; MLA
citations that name no author in their brackets (a page after the author named in the text,
a title alone, a film's time stamp) link to their work."""

from __future__ import annotations

from lxml import etree

from essayconv import tree as T
from essayconv.writers import WriteOptions
from essayconv.writers.html import html_document

from validators import enriched, text

NOTES = """Ruined Abbeys

Eleanor Ashcombe

{sentence}

Notes

1 Thomas Pennington, Observations on Ruined Abbeys (London: J. Dodsley, 1783), p. iv.

Bibliography

Pennington, Thomas, Observations on Ruined Abbeys (London: J. Dodsley, 1783)
"""


def _paragraph(essay: etree._Element, start: str) -> str:
    """The HTML text of the body paragraph that starts with start."""
    html = etree.fromstring(html_document(essay, WriteOptions()).encode())
    return next(text(p) for p in html.xpath("//*[local-name()='p']")
                if text(p).startswith(start))


def test_a_marker_after_a_full_stop_is_no_object_of_see(tmp_path):
    essay = enriched(tmp_path, NOTES.format(
        sentence="Pennington taught a generation of readers how to see.1"))
    assert _paragraph(essay, "Pennington taught") == \
        "Pennington taught a generation of readers how to see (Pennington, 1783, p. iv)."


def test_a_marker_after_of_in_its_sentence_is_still_its_object(tmp_path):
    essay = enriched(tmp_path, NOTES.format(
        sentence="Ruins became a theme in the wake of [1] and his many imitators."))
    assert _paragraph(essay, "Ruins became") == ("Ruins became a theme in the wake of "
                                                 "Pennington (1783, p. iv) and his many "
                                                 "imitators.")
