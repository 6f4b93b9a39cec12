"""'Id.', 'Idem' (German 'Ders.', 'Dies.', Spanish 'Íd.'): the author of the citation before it,
put in over the notes in their order; and 'Ibid.' in its languages (``IBID``).

``Id., The Desert and the Sown (…), 44`` is a full citation with ``idem`` (notes.py marks it),
``Id., Du descriptif, p. 56`` a short form; ``carry_idem`` puts the author in. Before a
locator or alone, ``Id.`` is Ibid. (``Id., S. 45``), as are German ``Ebd.``, Spanish
``Ibíd.``/``Íd.`` and Italian ``Ivi`` (the same work, another page: ``Ivi, p. 48``)."""

from __future__ import annotations

import re
from typing import Any

# 'Id., The Desert and the Sown (London: Heinemann, 1907), 44', 'Ders., Verkehrte Welt, S. 3':
# the author of the citation before it ('carry_idem')
IDEM = re.compile(r"^(?P<idem>(?-i:Id\.|Íd\.|Idem|Ders\.|Dies\.|Eadem|Eidem|Derselbe|Dieselbe))"
                  r"\s*,\s+(?=\S)")
# a locator's word label, written out: 'Id., Annex 2' is Ibid. at annex 2
_LOCATOR_WORD = (r"(?:annex|section|chapter|part|appendix|table|figure|book|volume|article|"
                 r"paragraph|page|para|sched|schedule|clause|rule|fig|box|note|line|folio|"
                 r"fol|item|reg|regulation|art|chap|sec|vol|col|column)(?:e?s)?\b")
# 'Id., ibid., p. 84' is Ibid. too; 'Id., The Desert and the Sown …' is no Ibid.: the same
# author's other work (``IDEM``); Spanish 'Ibíd.', 'Íd.', Italian 'Ivi' ('Ivi, p. 48')
IBID = re.compile(r"^(?:(?:[ií]d\.|idem)\s*,?\s+(?=ib[ií]d))?(?:ib[ií]d\.|ibidem\b\.?|"
                  r"ib[ií]d(?=[,\s]|$)|ivi\b(?!\s+(?-i:[a-z]))|"
                  r"(?:[ií]d\.|idem\b\.?)(?!,?\s+(?:[“\"«„‘]|(?!" + _LOCATOR_WORD + r")"
                  r"(?-i:[A-Z\u00c0-\u00de])[^\W\d_]+(?![.\w])))|"
                  r"ebd\.|ebenda\b\.?)(?=,|\s|$)", re.I)


# the author a notes-style reference opens with, as written: 'Philippe Hamon, Introduction …',
# 'P.-M. de Biasi, Gustave Flaubert …', a letter's writer 'Gertrude Bell to Sir Hugh Bell, …'
_WRITTEN_AUTHOR = re.compile(
    r"^(?P<name>(?:(?:[A-Z\u00c0-\u00de][\w’'\-]*\.?(?:-[A-Z]\.)?|(?:de|du|des|del|di|da|"
    r"dos|van|von|der|den|ter|ten|la|le))\s+){0,4}[A-Z\u00c0-\u00de][\w’'\-]+)"
    r"(?=,\s|\s+(?:to|à|an)\s)")
# the surname that ends a name as written, with its particle: 'de Biasi' of 'P.-M. de Biasi'
_FAMILY = re.compile(r"(?:(?:de|du|des|del|di|da|dos|van|von|der|den|ter|ten|la|le)\s+)*"
                     r"\S+$")


def carry_idem(notes: list[list[dict[str, Any]]]) -> None:
    """'Id.' (and 'Idem', German 'Ders.', 'Dies.') is the author of the citation before it, in
    the notes in their order: a full citation's reference gets that author as written
    (``Id., The Desert and the Sown (…)`` after ``Gertrude Bell to Sir Hugh Bell, …`` reads
    ``Gertrude Bell, The Desert and the Sown (…)``), a short form the surname. An Ibid.
    repeats the author before it; a citation naming no author ('other', a title first) leaves
    none to carry, and the 'Id.' is dropped from the reference (never an author "Id")."""
    written: str | None = None
    for citations in notes:
        for cit in citations:
            if cit.get("ibid"):
                continue
            idem = cit.get("idem")
            if idem:
                if cit["form"] == "full":
                    head = IDEM.match(cit["reference"])
                    rest = cit["reference"][head.end():] if head else cit["reference"]
                    cit["reference"] = f"{written}, {rest}" if written else rest
                else:
                    family = _FAMILY.search(written).group() if written else None
                    cit["authors"] = family
                    if family:
                        cit["reference"] = family + cit["reference"][len(idem):]
                continue
            written = _written_author(cit)


def _written_author(cit: dict[str, Any]) -> str | None:
    """The author of a citation as written, for an 'Id.' after it (``carry_idem``)."""
    if cit["form"] == "short":  # 'P.-M. de Biasi, op. cit.': as written, initials and all
        written = _WRITTEN_AUTHOR.match(cit["reference"])
        authors = cit.get("authors") or None
        return written.group("name") if written and authors and \
            written.group("name").endswith(authors) else authors
    if cit["form"] != "full" or cit.get("legal"):
        return None
    from .notes import _HEAD  # (late: notes imports IDEM from here)

    head = _HEAD.match(cit["reference"])
    if head and not re.search(r"[\d“”\"«»]", head.group("authors")):  # names, no title
        return head.group("authors").strip().rstrip(",") or None
    m = _WRITTEN_AUTHOR.match(cit["reference"]) or _WRITTEN_AUTHOR.match(
        cit.get("document") or "")  # a letter's writer: 'Gertrude Bell to …, in The Letters …'
    return m.group("name") if m else None
