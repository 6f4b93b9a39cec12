"""Rules place-citations and hug-footnote-marks: where a citation mark sits in its sentence."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from .variants import noun_lead

NAME = "place-citations"
HUG = "hug-footnote-marks"
_CLOSING = re.compile(r"(?P<word>\S*?)(?:(?P<punct>[.!?])(?P<quote>[”’\"']?)|(?P<pause>[,;:]))"
                      r"(?P<space>\s*)$")
_ABBREVIATION = re.compile(r"(?:^|\W)(?:etc|e\.g|i\.e|al|cf|vs|[A-Z](?:\.[A-Z])*)$")


def place_citations(essay: etree._Element) -> None:
    """Move 'politics. [1] Next' to 'politics [1]. Next' (and 'forces, [2] sustained' to
    'forces [2], sustained'); log each move. A note that
    explains stays a footnote, and its mark stays after the punctuation; so does a block
    quotation's (prose or verse): its citation follows the final punctuation. A mark moved
    before a sentence's stop is never the object of the word before it ('learned to see.1'
    is 'see (Pennington, 1783).', not 'see Pennington (1783).'): form="parenthetical"."""
    from .rendering import explanatory

    notes = {note.get("id"): note for note in T.findall(essay, "notes/note")}
    for cite in list(essay.iter(T.q("cite"))):
        note = notes.get(cite.get("note"))
        if note is not None and explanatory(note):
            continue
        if cite.getparent().get("kind") in ("quote", "verse"):
            continue  # a block quotation's citation follows its final punctuation
        previous = cite.getprevious()
        if previous is not None and previous.tag == cite.tag and previous.tail == "":
            continue  # glued to the marker before it ('[1, 4]'): moved with it
        last = cite  # the run of glued markers ends here
        while last.tail == "" and last.getnext() is not None and last.getnext().tag == cite.tag:
            last = last.getnext()
        before = (previous.tail if previous is not None else cite.getparent().text) or ""
        match = _CLOSING.search(before)
        after = last.tail or ""
        if not match or (after and not after[0].isspace()) or \
                (match.group("punct") and after.lstrip()[:1].islower()):
            continue  # 'e.g. [4] later': that stop ends no sentence
        word, quote = match.group("word"), match.group("quote") or ""
        punct = match.group("punct") or match.group("pause")  # 'forces, [40] sustained'
        keep = punct == "." and bool(_ABBREVIATION.search(word))
        stem = before[: match.start("punct") if match.group("punct") else
                      match.start("pause")] + (punct if keep else "") + quote + " "
        if previous is not None:
            previous.tail = stem
        else:
            cite.getparent().text = stem
        last.tail = punct + after
        if match.group("punct") and not keep and noun_lead(stem):
            cite.set("form", "parenthetical")  # 'learned to see.1': never 'see Pennington'
        n = cite.get("n")
        T.log_change(essay, NAME, int(cite.get("line")),
                     f"{word}{punct}{quote}{match.group('space')}[{n}]",
                     f"{word}{punct if keep else ''}{quote} [{n}]{punct}")


def hug_footnote_marks(essay: etree._Element) -> None:
    """Rule hug-footnote-marks: a footnote mark follows its word or stop with no space
    ('force alone. [9] Churchill' prints 'alone.⁹ Churchill'); log each change."""
    bibliography = T.find(essay, "bibliography")
    notes_mode = bibliography is not None and bibliography.get("mode") == "notes"
    notes = {note.get("id"): note for note in T.findall(essay, "notes/note")}
    for cite in essay.iter(T.q("cite")):
        note = notes.get(cite.get("note"))
        rendered = T.find(note, "rendered") if note is not None else None
        if rendered is None or not (notes_mode or rendered.get("as") == "footnote"):
            continue
        previous = cite.getprevious()
        before = (previous.tail if previous is not None else cite.getparent().text) or ""
        stem = before.rstrip()
        if stem == before or not stem or stem[-1] in "([{“‘«„":
            continue
        if previous is not None:
            previous.tail = stem
        else:
            cite.getparent().text = stem
        word = stem.split()[-1]
        T.log_change(essay, HUG, int(cite.get("line")), f"{word} [{cite.get('n')}]",
                     f"{word}[{cite.get('n')}]")
