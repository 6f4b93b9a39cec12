"""Token-label rules for reference shapes the model misreads: quoted titles, 'in Editor (ed.)
Book', a title with a colon but no place, UN meeting records and EU documents (and the comma
style's, ``commastyle.py``)."""

from __future__ import annotations

import re

from .commastyle import comma_style
from .features import PLACES
from .gazetteer import mark_places
from .tokens import strip_punct

_PAIRS = {"\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb", '"': '"', "'": "'",
          "\u201e": "\u201c", "\u201a": "\u2018"}  # and German „…“, ‚…‘
_TRAIL = ".,;:!?)"
_ROLE_MARK = re.compile(r"^\((?:eds?|editors?|hrsg|dir|coord)\.?\)[.,:]?$", re.I)
_IN = re.compile(r"^in:?$", re.I)
_WEEKDAY = re.compile(r"^\(?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?$")
_ORDINAL_MEETING = re.compile(r"^\d+(?:st|nd|rd|th)$")
_MEETING = re.compile(r"^(?:meeting|plenary|session)[.,]?$", re.I)
# UN verbatim records and EU documents, which the model's symbol pattern does not know:
# 'S/PV.6498', 'A/66/PV.97', 'COM(2022) 230 final', 'SWD(2020) 176 final'
_VERBATIM = re.compile(r"^(?:[AS]/(?:\d+/)?PV\.\d+(?:\(Resumption(?:\s*\d+)?\))?)[.,;]?$")
_EU_DOC = re.compile(r"^(?:COM|SEC|SWD|JOIN|C)\(\d{4}\)$")
_DATE_PART = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?|(?:1[5-9]|20)\d\d|"
                        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)[.,]?$")
_SYMBOL_PART = re.compile(r"^[A-Z][.,;]?$")  # 'A/RES/66/253 B'


def apply_shapes(tokens: list[str], labels: list[str]) -> list[str]:
    """All the rules of this module, in order (each returns new labels)."""
    for rule in (_quoted_title_extent, _day_month_closing_container, _role_closes_editors,
                 _colon_title_without_place, _meeting_record, _document_numbers,
                 _year_opening_title, _title_after_middle_initial, _title_before_address,
                 _second_author_is_publisher, _season_in_date, _years_in_a_title,
                 _colon_closes_author):
        labels = rule(tokens, labels)
    return comma_style(tokens, labels)


def _closes(token: str, closing: str) -> bool:
    """The token ends a quotation with ``closing`` (before any trailing punctuation)."""
    core = token.rstrip(_TRAIL)
    return core.endswith(closing) and len(core) > 1 or core.endswith("." + closing)


def _matching_close(tokens: list[str], start: int) -> int | None:
    """Index of the token closing the quotation opened at ``start`` (nested quotations of the
    other kind inside it are skipped), within 40 tokens; None when it is not closed."""
    opening = tokens[start][0]
    closing = _PAIRS.get(opening)
    if closing is None:
        return None
    for k in range(start, min(len(tokens), start + 40)):
        tok = tokens[k] if k > start else tokens[k][1:]
        if _closes(tok, closing):
            return k
    return None


def _quoted_title_extent(tokens: list[str], labels: list[str]) -> list[str]:
    """A title opened by a quotation mark is the quotation, whole: the model's title run
    that stops at an inner quotation ('‘The role of “complementary pathways” in refugee
    protection’') or one word short of the closing mark is carried to the closing mark; and
    a title run going on after the mark with ', in' ('‘Dante’, in Selected Essays') ends at
    the mark, what follows in that run being the book it is in; so does a Harvard title in
    single marks before a comma and a capital ('‘Shorter, better’, LSE Impact Blog'), whose
    container follows (double marks, '“Never Again”, Yet Again', may open a longer title)."""
    labels = list(labels)
    for start, lab in enumerate(labels):
        if lab != "title" or (start and labels[start - 1] == "title") or \
                tokens[start][:1] not in _PAIRS:
            continue
        close = _matching_close(tokens, start)
        if close is None:
            continue
        end = start
        while end + 1 < len(tokens) and labels[end + 1] == "title":
            end += 1
        if close > end and all(labels[k] in ("title", "container-title", "note", "genre")
                               for k in range(end + 1, close + 1)):
            labels[end + 1:close + 1] = ["title"] * (close - end)
        elif close < end and tokens[close].rstrip(_TRAIL) != tokens[close] and (
                _IN.match(tokens[close + 1]) or tokens[start][0] in "\u2018'" and
                tokens[close].endswith(",") and tokens[close + 1][:1].isupper() and
                not any(_closes(tokens[k], _PAIRS[tokens[start][0]])  # 'Parents', Teachers'
                        for k in range(close + 1, end + 1))):
            labels[close + 1:end + 1] = ["container-title"] * (end - close)
    return labels


_MONTH_NAMES = ("(?:January|February|March|April|May|June|July|August|September|October|"
                "November|December)")
_MONTH = re.compile(rf"^{_MONTH_NAMES}[.,]?$")


def _day_month_closing_container(tokens: list[str], labels: list[str]) -> list[str]:
    """'LSE Impact of Social Sciences, 28 December.': a day and month after a comma at the
    end of a container's run are the item's date (a blog post's, an article's)."""
    labels = list(labels)
    for k in range(1, len(tokens) - 1):
        if labels[k] == labels[k + 1] == "container-title" and labels[k - 1] == labels[k] and \
                tokens[k - 1].endswith(",") and re.fullmatch(r"[0-3]?\d", tokens[k]) and \
                1 <= int(tokens[k]) <= 31 and _MONTH.match(tokens[k + 1]) and \
                (k + 2 == len(tokens) or labels[k + 2] != "container-title"):
            labels[k] = labels[k + 1] = "date"
    return labels


def _role_closes_editors(tokens: list[str], labels: list[str]) -> list[str]:
    """Harvard's 'in Arendt, H. (ed.) Illuminations.': the role mark closes the editors'
    names; capitalised words after it, still labelled editor, are the book's title."""
    labels = list(labels)
    for i, tok in enumerate(tokens[:-1]):
        if labels[i] != "editor" or not _ROLE_MARK.match(tok) or tok.endswith((",", ";")):
            continue  # '(ed.),': more editors follow ('Lee, K. (ed.), Brown, T. (ed.) …')
        j = i + 1
        if labels[j] != "editor" or not strip_punct(tokens[j])[:1].isupper() or \
                tokens[j].lower() in ("and", "&"):
            continue
        while j < len(tokens) and labels[j] == "editor" and not _ROLE_MARK.match(tokens[j]):
            labels[j] = "container-title"
            j += 1
    return labels


def _colon_title_without_place(tokens: list[str], labels: list[str]) -> list[str]:
    """'Low Pay Commission. (2023). National Minimum Wage: Low Pay Commission report 2023.':
    a reference with no title whose 'place' before a colon names no place is a title with a
    colon, the 'publisher' after it the rest of the title (up to the end of its sentence)."""
    if "title" in labels:
        return labels
    places = mark_places(tokens)
    for i, lab in enumerate(labels):
        if lab != "location" or (i and labels[i - 1] == "location"):
            continue
        j = i
        while j < len(tokens) and labels[j] == "location" and not tokens[j].endswith(":"):
            j += 1
        if j >= len(tokens) or labels[j] != "location" or \
                any(places[k] or strip_punct(tokens[k]).lower() in PLACES
                    for k in range(i, j + 1)):
            return labels
        labels = list(labels)
        k = j + 1
        while k < len(tokens) and labels[k] == "publisher":
            k += 1
            if tokens[k - 1].endswith("."):
                break
        labels[i:k] = ["title"] * (k - i)
        return labels
    return labels


def _meeting_record(tokens: list[str], labels: list[str]) -> list[str]:
    """A UN meeting record, '6498th meeting, Thursday, 17 March 2011, 6 p.m. S/PV.6498':
    '6498th meeting' is its title (see _meeting_date for the rest)."""
    labels = list(labels)
    meeting = False
    for i, tok in enumerate(tokens[:-1]):
        if _ORDINAL_MEETING.match(tok) and _MEETING.match(tokens[i + 1]) and \
                "title" not in labels[:i]:
            labels[i] = labels[i + 1] = "title"
            meeting = True
    if not meeting and not any(_VERBATIM.match(tok) for tok in tokens):
        return labels  # a weekday or an hour elsewhere is a title's ('Bloody Sunday, 30 …')
    return _meeting_date(tokens, labels)


def _meeting_date(tokens: list[str], labels: list[str]) -> list[str]:
    """In a meeting record only: the weekday is part of the date, the hour a note."""
    for i, tok in enumerate(tokens):
        if _WEEKDAY.match(tok) and i + 1 < len(tokens) and _DATE_PART.match(tokens[i + 1]):
            labels[i] = "date"
            j = i + 1
            while j < len(tokens) and _DATE_PART.match(tokens[j]):
                labels[j] = "date"
                j += 1
        elif re.fullmatch(r"[ap]\.m\.[,;]?", tok, re.I) and i and \
                re.fullmatch(r"\d{1,2}(?:[.:]\d\d)?", tokens[i - 1]):
            labels[i - 1] = labels[i] = "note"
    return labels


def _document_numbers(tokens: list[str], labels: list[str]) -> list[str]:
    """Document numbers the symbol pattern misses: UN verbatim records ('S/PV.6498'), a
    symbol's part letter ('A/RES/66/253 B') and EU documents ('COM(2022) 230 final')."""
    labels = list(labels)
    for i, tok in enumerate(tokens):
        if _VERBATIM.match(tok):
            labels[i] = "number"
        elif _SYMBOL_PART.match(tok) and i and labels[i - 1] == "number" and \
                not tokens[i - 1].endswith((",", ";", ".")):
            labels[i] = "number"
        elif _EU_DOC.match(tok) and i + 1 < len(tokens) and \
                re.fullmatch(r"\d+[.,;]?", tokens[i + 1]):
            labels[i] = labels[i + 1] = "number"
            if not tokens[i + 1][-1].isdigit():
                continue
            if i + 2 < len(tokens) and re.fullmatch(r"final[.,;]?", tokens[i + 2], re.I):
                labels[i + 2] = "number"
    return labels


def _year_opening_title(tokens: list[str], labels: list[str]) -> list[str]:
    """'UN General Assembly (2005) 2005 World Summit Outcome.': a bare year right after the
    bracketed date, running on into the title without punctuation, opens the title."""
    labels = list(labels)
    for i in range(1, len(tokens) - 1):
        if labels[i] == "date" and re.fullmatch(r"(?:1[5-9]|20)\d\d", tokens[i]) and \
                labels[i - 1] == "date" and re.fullmatch(r"\((?:1[5-9]|20)\d\d[a-z]?\)[.,]?",
                                                         tokens[i - 1]) and \
                labels[i + 1] == "title":
            labels[i] = "title"
    return labels


_INITIAL_TOKEN = re.compile(r"^(?:[A-Z]\.){1,3}$")


def _title_after_middle_initial(tokens: list[str], labels: list[str]) -> list[str]:
    """MLA's 'Said, Edward W. Orientalism. Vintage Books, 1979.': in a reference with no
    title, a one-author 'Family, Given I.' run ends at the initial; the capitalised words
    after it, to the run's full stop, are the title."""
    if "title" in labels or not tokens or not tokens[0].endswith(",") or labels[0] != "author":
        return labels
    end = 0
    while end + 1 < len(tokens) and labels[end + 1] == "author":
        end += 1
    run = tokens[1:end + 1]
    initial = next((k for k, tok in enumerate(run) if _INITIAL_TOKEN.match(tok)), None)
    if initial is None or initial == 0 or initial == len(run) - 1 or \
            any(t.lower() in ("and", "&") or t.endswith(",") for t in run):
        return labels
    rest = range(initial + 2, end + 1)  # token indices after the initial
    if not tokens[end].endswith(".") or not all(
            strip_punct(tokens[k])[:1].isupper() and
            strip_punct(tokens[k]) not in ("Jr", "Sr", "II", "III", "IV") for k in rest):
        return labels
    labels = list(labels)
    for k in rest:
        labels[k] = "title"
    return labels


_KIND_OF_ITEM = re.compile(r"(?:personal communication|e-?mail|letter|interview|lecture|"
                           r"tweet|press release|fact sheet|blog post|podcast|video)\b", re.I)


def _title_before_address(tokens: list[str], labels: list[str]) -> list[str]:
    """APA's 'World Health Organization. (2023, March 31). Depression. https://…': with no
    title, the capitalised sentence right after the date, read as a note or a genre, is the
    page's title (a site or publisher and the address may follow)."""
    if "title" in labels or "container-title" in labels or "journal" in labels:
        return labels
    dates = [k for k, lab in enumerate(labels) if lab == "date"]
    if not dates or dates[0] == 0 or dates[-1] + 2 >= len(tokens) or \
            labels[dates[0] - 1] != "author" or not tokens[dates[0]].startswith("(") or \
            dates[-1] - dates[0] + 1 != len(dates):
        return labels  # APA's bracketed date right after the author only ('(2023, March 31).')
    start = dates[-1] + 1
    end = next((k for k in range(start, len(tokens)) if tokens[k].endswith(".")), None)
    if end is None or end + 1 >= len(tokens) or \
            not strip_punct(tokens[start])[:1].isupper() or \
            not all(labels[k] in ("note", "genre") for k in range(start, end + 1)) or \
            _KIND_OF_ITEM.match(" ".join(tokens[start:end + 1])):
        return labels  # 'Personal communication.', 'Email.': the item's kind
    labels = list(labels)
    for k in range(start, end + 1):
        labels[k] = "title"
    return labels


def _second_author_is_publisher(tokens: list[str], labels: list[str]) -> list[str]:
    """APA's 'U.S. Census Bureau. (n.d.). U.S. and world population clock. U.S. Department
    of Commerce. Retrieved …': a second author run after the title is the site's publisher."""
    runs = []
    for k, lab in enumerate(labels):
        if lab == "author" and (not k or labels[k - 1] != "author"):
            runs.append(k)
    if len(runs) != 2 or "title" not in labels[runs[0]:runs[1]] or "publisher" in labels:
        return labels
    labels = list(labels)
    k = runs[1]
    while k < len(labels) and labels[k] == "author":
        labels[k] = "publisher"
        k += 1
    return labels


_SEASON = re.compile(rf"^(?:Spring|Summer|Autumn|Fall|Winter|{_MONTH_NAMES}/{_MONTH_NAMES})"
                     r"\)[.,]?$")


def _season_in_date(tokens: list[str], labels: list[str]) -> list[str]:
    """APA's '(2020, Spring).', '(2020, July/August).': the season is the date's."""
    labels = list(labels)
    for k in range(1, len(tokens)):
        if _SEASON.match(tokens[k]) and re.fullmatch(r"\((?:1[5-9]|20)\d\d,", tokens[k - 1]):
            labels[k - 1] = labels[k] = "date"
    return labels


_YEAR_RANGE = re.compile(r"^(?:1[5-9]|20)\d\d[-–](?:1[5-9]|20)\d\d[.,:]?$")


def _years_in_a_title(tokens: list[str], labels: list[str]) -> list[str]:
    """A span of years read as pages right after a title's words ('in Selected Essays,
    1917–1932. London: Faber, pp. 237–277') ends that title when the reference gives its
    pages elsewhere: two page ranges are never both a work's."""
    out = list(labels)
    for i in range(1, len(tokens)):
        if out[i] == "pages" and _YEAR_RANGE.match(tokens[i]) and \
                out[i - 1] in ("title", "container-title") and tokens[i - 1].endswith(",") and \
                (i + 1 == len(tokens) or out[i + 1] != "pages") and "pages" in out[i + 1:]:
            out[i] = out[i - 1]
    return out


_NAME_COLON = re.compile(r"^[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+:$")


def _colon_closes_author(tokens: list[str], labels: list[str]) -> list[str]:
    """German 'Name, Vorname: Titel': the colon after the given names closes the author. The
    words the model ran on into the author after it are the title's ('Feldman, Gerald D.:
    Hugo Stinnes. Biographie …'); a given name it put in the title before it is the
    author's ('Winkler, Heinrich August: Weimar 1918–1933 …')."""
    out = list(labels)
    end = 0
    while end < len(out) and out[end] == "author":
        end += 1
    if end < 2 or not tokens[0].endswith(","):
        return out
    colon = next((k for k in range(1, end - 1) if tokens[k].endswith(":")), None)
    if colon is not None:
        out[colon + 1:end] = ["title"] * (end - colon - 1)
    elif end < len(out) and out[end] == "title" and tokens[end - 1][-1:].isalpha() and \
            _NAME_COLON.match(tokens[end]) and end + 1 < len(out) and out[end + 1] == "title":
        out[end] = "author"
    return out

