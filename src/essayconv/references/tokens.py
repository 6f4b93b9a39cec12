"""Tokenisation of reference strings and the exact token patterns shared by features and rules."""

from __future__ import annotations

import re

YEAR = re.compile(r"^[(\[]?(1[5-9]\d\d|20\d\d)[a-z]?[)\]]?[.,;:]?$")
NUMBER = re.compile(r"^\d+$")
PAGE_RANGE = re.compile(r"\d+\s*[-\u2010-\u2015\u2212]+\s*\d+")
DOI = re.compile(r"(?:doi\s*[:>]\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)", re.I)
URL = re.compile(r"^<?(?:https?://|www\.)\S+", re.I)
# a web address written without its scheme: 'www.un.org', 'discovery.ucl.ac.uk/1507820/'
# (a host of lower-case labels, or of three or more: never 'Vol.ii/3')
BARE_URL = re.compile(r"^(?:www\.[\w-]+(?:\.[\w-]+)+(?:/\S*)?|(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*|"
                      r"(?:[\w-]+\.){2,}[a-z]{2,}/\S*)$")
# a web address or a DOI, wherever it stands: 'https://…', 'www.…', 'doi:…', '10.1016/…'
WEB_ADDRESS = re.compile(r"(?:https?://|www\.|doi:|10\.\d{4,}/)\S*", re.I)
# UN-style document symbols: E/CN.4/1994/7/Add.1, A/RES/60/1, S/RES/955, A/55/305–S/2000/809
DOC_SYMBOL = re.compile(
    r"^[(\[]?((?:A|S|E|ST|CCPR|CERD|HRC|CRC|UNEP|TD|DP)(?:/[A-Za-z0-9.\-]*[A-Za-z0-9]){2,}"
    r"(?:[\u2013\u2014-](?:A|S|E)(?:/[A-Za-z0-9.\-]*[A-Za-z0-9]){2,})?)[)\],;.]*$"
)
INITIAL = re.compile(r"^(?:[A-Z][a-z]?\.){1,3}[,;]?$|^[A-Z]{1,3}[,;]?$")
QUOTE_OPEN = "\"'\u2018\u201c\u00ab"
QUOTE_CLOSE = "\"'\u2019\u201d\u00bb"


def tokenize(text: str) -> list[str]:
    """Whitespace tokens (the unit labelled by the CRF)."""
    return text.split()


def strip_punct(tok: str) -> str:
    """Token without surrounding punctuation/brackets/quotes."""
    return tok.strip(".,;:()[]{}<>\"'\u2018\u2019\u201c\u201d\u00ab\u00bb!?")


def shape(tok: str) -> str:
    """Compressed character-class shape, e.g. 'Xx.' for 'Smith.'."""
    out: list[str] = []
    for ch in tok:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


def label_runs(labels: list[str]) -> list[tuple[str, int, int]]:
    """(label, start, end) runs of equal labels over a reference's tokens."""
    runs: list[tuple[str, int, int]] = []
    for i, lab in enumerate(labels):
        if runs and runs[-1][0] == lab:
            runs[-1] = (lab, runs[-1][1], i + 1)
        else:
            runs.append((lab, i, i + 1))
    return runs


def comma_items(tokens: list[str], end: int) -> list[list[int]]:
    """The indices of tokens[:end] in items, each closed by a token ending in a comma."""
    items: list[list[int]] = [[]]
    for k in range(end):
        items[-1].append(k)
        if tokens[k].endswith(",") and k < end - 1:
            items.append([])
    return items
