"""Spans the model labelled wrongly in known shapes, relabelled before the CSL item is built:
a number as title ('2666'), a number as surname (Perri 6), a multi-volume book's volume."""

from __future__ import annotations

import re
from typing import Any

from .names import is_initials

Span = tuple[str, str]


def _parse_date(text: str) -> dict[str, Any] | None:
    """spans.parse_date (imported late: spans imports this module)."""
    from .spans import parse_date

    return parse_date(text)


def relabel(spans: list[Span]) -> list[Span]:
    """All the relabelling rules, in order."""
    spans = _initials_then_surname(_number_surname(spans))
    spans = _years_of_publication(_oscola_publisher(_article_number(spans)))
    return _volume_title(_volume_of_book(_numeric_title(spans)))


# a bare number closing a journal's statement: 'BMC Public Health, 21, 1534.'
_BARE_NUMBER = re.compile(r"\d{1,5}[.,]?")


def _article_number(spans: list[Span]) -> list[Span]:
    """Harvard's '(2021) … BMC Public Health, 21, 1534. Available at: …' read with '1534' as
    a second date: a bare number right after the journal's volume (', 21,'), the statement's
    last part (only an address or a note after it), in a reference dated before it, is the
    article's number (printed 'article 1534'), never a year."""
    out = list(spans)
    for i in range(2, len(out)):
        label, text = out[i]
        if label != "date" or out[i - 1][0] != "volume" or not _BARE_NUMBER.fullmatch(
                text.strip()) or not out[i - 1][1].rstrip().endswith(","):
            continue
        dated = [t for lab, t in out[:i - 1] if lab == "date"]
        journal = any(lab == "journal" for lab, _ in out[:i - 1])
        after = {lab for lab, _ in out[i + 1:]}
        if dated and journal and after <= {"url", "doi", "note"} and \
                text.strip(" .,") not in " ".join(dated):
            out[i] = ("number", text)
    return out


# a multi-volume work published over years, at the end of its publication statement:
# 'London: Longmans, Green, 1952–64.', '…, 1952–1964.'
_PUBLISHED_YEARS = re.compile(r"(?P<first>(?:1[5-9]|20)\d\d)\s*[-\u2013]\s*(?P<end>\d\d|\d{4})"
                              r"(?P<close>\)?[.,]?)")


def _years_of_publication(spans: list[Span]) -> list[Span]:
    """Chicago's 'Harlow, Vincent T. The Founding …. 2 vols. London: Longmans, Green, 1952–64.'
    read with '1952–64' as pages: the last span, right after the publisher, in a reference
    with no date otherwise, a span of years (the later one after the earlier) is its date
    ('1952–1964')."""
    if len(spans) < 2 or spans[-1][0] != "pages" or spans[-2][0] != "publisher" or \
            not spans[-2][1].rstrip().endswith(",") or \
            any(lab == "date" for lab, _ in spans):
        return spans
    m = _PUBLISHED_YEARS.fullmatch(spans[-1][1].strip())
    if m is None:
        return spans
    first, end = m.group("first"), m.group("end")
    end = first[:4 - len(end)] + end
    if int(end) <= int(first):
        return spans
    return [*spans[:-1], ("date", f"{first}\u2013{end}{m.group('close')}")]


# a family name after a forename-first author's initials, at the start of the next span:
# 'Bayly,' of 'C. A. Bayly, Imperial Meridian …', 'van der Berg,' of 'J. van der Berg, …'
_SURNAME_LEAD = re.compile(r"(?P<name>(?:(?:van|von|de|der|den|du|da|di|la|le|del|della|des|"
                           r"dos|ten|ter)\s+)*[A-Z][\w'’-]*[^\W\d_],)\s+(?P<rest>\S.*)", re.S)


def _initials_then_surname(spans: list[Span]) -> list[Span]:
    """A note's 'C. A. Bayly, Imperial Meridian: …' read as the author 'C. A.' and a title
    'Bayly, Imperial Meridian: …': an opening author (or editor) span of initials alone
    ends with the name that follows it, up to its comma; the rest is the span it was."""
    if len(spans) < 2 or spans[0][0] not in ("author", "editor"):
        return spans
    words = spans[0][1].split()
    if not words or not all(is_initials(w) and not w.endswith(",") for w in words):
        return spans
    m = _SURNAME_LEAD.fullmatch(spans[1][1].strip())
    if m is None or is_initials(m.group("name").split()[-1]):
        return spans
    return [(spans[0][0], f"{spans[0][1].rstrip()} {m.group('name')}"),
            (spans[1][0], m.group("rest")), *spans[2:]]


# OSCOLA's publication statement, '(Publisher Year)' with no place: '(CUP 2009)', '(Hart
# 2009)', '(Sweet & Maxwell 2016)'; never a journal's season or month ('(Spring 2001)',
# '(Oct. 1990)') nor a reprint's '(first published 1867)'
_OSCOLA_STATEMENT = re.compile(r"\((?P<publisher>[A-Z][^()\d,:;]*?)\s+(?P<year>(?:1[5-9]|20)\d\d)"
                               r"\)(?P<end>[.,]?)")
_NO_PUBLISHER = frozenset(
    "spring summer autumn fall winter january february march april may june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "first repr reprinted originally orig published rev revised new series ser vol no issue "
    "special edn ed edition c ca circa".split())
_PUBLISHER_WORD = re.compile(r"[A-Z][\w'’.-]*|&|and|of|for|de|du")


def _oscola_publisher(spans: list[Span]) -> list[Span]:
    """OSCOLA's '(CUP 2009)' after a book's title, read as its date, is the publisher and the
    year; '(7th edn, OUP 2011)' read as an edition, a journal 'OUP' and the date '2011)':
    the journal is the publisher. Only where the reference has no publisher otherwise."""
    labels = [lab for lab, _ in spans]
    if "publisher" in labels:
        return spans
    for i, (lab, text) in enumerate(spans):
        if lab == "date" and i and labels[i - 1] == "title":
            m = _OSCOLA_STATEMENT.fullmatch(text.strip())
            words = m.group("publisher").split() if m else []
            if m and all(_PUBLISHER_WORD.fullmatch(w) and w.strip(".").lower() not in
                         _NO_PUBLISHER for w in words):
                return [*spans[:i], ("publisher", "(" + m.group("publisher")),
                        ("date", m.group("year") + ")" + m.group("end")), *spans[i + 1:]]
        if lab in ("journal", "container-title") and 0 < i < len(spans) - 1 and \
                labels[i - 1] == "edition" and spans[i - 1][1].lstrip().startswith("(") and \
                spans[i - 1][1].rstrip().endswith(",") and labels[i + 1] == "date" and \
                re.fullmatch(r"(?:1[5-9]|20)\d\d\)[.,]?", spans[i + 1][1].strip()) and \
                not {"journal", "container-title"} & set(labels[i + 1:]):
            return [*spans[:i], ("publisher", text), *spans[i + 1:]]
    return spans


# a number that closes its sentence or comes before a subtitle: '2666.', '334.', '1968:'
# (in a note, '2666,' before the translator, '1984' before the publication statement)
_BARE_NUMBER = re.compile(r"\d+[.:,]?")
# an author-date head's year: '(2008)', '(2008).', '[1450]', Chicago's '2008.'
_HEAD_DATE = re.compile(r"[(\[](?:1\d{3}|20\d\d)[a-z]?[)\]][.,]?|(?:1[5-9]|20)\d\d[a-z]?\.")
# a contributor's role opening a span the model took for a title after a title it missed:
# 'Translated by N. Wimmer', 'Translated from the Spanish by …', 'Edited by …', 'Trans. …';
# an introduction's or foreword's writer is a note
_ROLE_LEAD = re.compile(r"(?:(?P<role>Translated|Edited)(?:\s+(?:from|out\s+of)\s+(?:the\s+)?"
                        r"[A-Z][\w-]*)?\s+by|(?P<abbr>Trans\.|Tr\.|Ed\.)|(?:With\s+(?:an?\s+)?)?"
                        r"(?:Introduction|Foreword|Preface|Afterword)\s+by)\s+(?=[A-Z])", re.I)
# a note's author written forename first, before the title: 'Roberto Bolaño,', 'Thomas M.
# Disch,'
_FORENAME_FIRST = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+,")


def _numeric_title(spans: list[Span]) -> list[Span]:
    """A title that is a number, read as a date, volume or pages: Harvard's 'Bolaño, R.
    (2008) 2666. Translated by …', Chicago's 'Orwell, George. 1984. London: Secker &
    Warburg, 1949.' and 'George Orwell, 1984 (London: …, 1949)', and a number before its
    subtitle, 'Kurlansky, M. (2004) 1968: The Year That Rocked the World'.

    Only where the reference has no title otherwise (or the number ends in a colon before a
    capitalised title span), where the number stands alone right after the authors or right
    after their bracketed year, and where the reference is dated elsewhere (that year, or a
    later date): the date is never lost to the title. A span opening with a contributor's
    role after such a title ('Translated by N. Wimmer') is that contributor, and a
    'journal' with nothing of a journal after it (no volume, issue or pages) its publisher.
    """
    split = _forename_first_author(spans)
    for i, (label, text) in enumerate(list(split)):  # '(2008) 2666.' read as one date
        words = text.split()
        if label == "date" and len(words) == 2 and _HEAD_DATE.fullmatch(words[0]) and \
                re.fullmatch(r"\d+[.:]", words[1]):
            split[i:i + 1] = [("date", words[0]), ("date", words[1])]
            break
    labels = [lab for lab, _ in split]
    titled = any(lab == "title" and not _ROLE_LEAD.match(text) for lab, text in split)
    for i, (label, text) in enumerate(split):
        number = text.strip()
        if label not in ("date", "volume", "pages") or not _BARE_NUMBER.fullmatch(number):
            continue
        nxt = split[i + 1] if i + 1 < len(split) else ("", "")
        if nxt[0] == "date" and re.fullmatch(r"\d+[.:]", nxt[1].strip()) and \
                _HEAD_DATE.fullmatch(number):
            continue  # 'Orwell, George. 1949. 1984.': the year, then the title
        names = split[i - 1][1].rstrip() if labels[i - 1:i] == ["author"] else ""
        subtitle = number.endswith(":") and nxt[0] == "title" and nxt[1][:1].isupper()
        dated = any(lab == "date" and _parse_date(t) for lab, t in split[i + 1:])
        after_year = labels[max(0, i - 2):i] == ["author", "date"] and \
            _HEAD_DATE.fullmatch(split[i - 1][1]) and number[-1:] in ".:"
        after_names = names.endswith(".") and number[-1:] in ".:" and dated  # 'Harvey, D.
        # 1989: The condition of postmodernity.' keeps its only year: no title of a number
        in_note = names.endswith(",") and dated and (  # 'George Orwell, 1984 (London: …'
            number.endswith(",") and nxt[0] in ("translator", "editor") or
            number[-1].isdigit() and nxt[1].startswith("("))
        if not (after_year or after_names or in_note) or (titled and not subtitle):
            return spans
        if subtitle:
            return [*split[:i], ("title", f"{number} {nxt[1]}"), *split[i + 2:]]
        return [*split[:i], ("title", text), *_after_numeric_title(split[i + 1:], labels)]
    return spans


def _forename_first_author(spans: list[Span]) -> list[Span]:
    """A note's 'Roberto Bolaño, 2666, trans. …' read as a journal and its volume, or as one
    title: the names are the author, the number the title (see _numeric_title)."""
    spans = list(spans)
    if len(spans) < 3 or any(lab in ("author", "editor") for lab, _ in spans[:1]):
        return spans
    first = spans[0][1].strip()
    whole = re.fullmatch(rf"(?P<names>{_FORENAME_FIRST.pattern})\s+(?P<n>\d+,?)", first)
    if spans[0][0] == "title" and whole and not _YEAR_ONLY.fullmatch(whole.group("n")):
        return [("author", whole.group("names")), ("volume", whole.group("n")), *spans[1:]]
    if spans[0][0] in ("journal", "container-title") and _FORENAME_FIRST.fullmatch(first) and \
            spans[1][0] in ("volume", "date", "pages") and \
            re.fullmatch(r"\d+,?", spans[1][1].strip()) and \
            not any(lab == "title" for lab, _ in spans):
        return [("author", spans[0][1]), *spans[1:]]
    return spans


_YEAR_ONLY = re.compile(r"(?:1[5-9]|20)\d\d,?")


def _after_numeric_title(rest: list[Span], labels: list[str]) -> list[Span]:
    """The spans after a number taken for the title: a role's span is that contributor, an
    introduction's writer a note, a journal with nothing of a journal the publisher."""
    out: list[Span] = []
    journal = not any(lab in ("volume", "pages") for lab in labels) and "publisher" not in labels
    for lab, text in rest:
        role = _ROLE_LEAD.match(text) if lab == "title" else None
        if role is None:
            out.append(("publisher" if journal and lab == "journal" else lab, text))
            continue
        word = (role.group("role") or role.group("abbr") or "").lower()
        if not word:
            out.append(("note", text))
            continue
        names, _, publisher = text[role.end():].partition(",")  # MLA: '…, Farrar, 2008'
        out.append(("translator" if word.startswith("tr") else "editor", names))
        if publisher.strip():
            out.append(("note" if "publisher" in labels else "publisher", publisher))
    return out


def _number_surname(spans: list[Span]) -> list[Span]:
    """'6, P., Leat, D. … (2002)': a number with a comma before initials is a surname (the
    political scientist Perri 6), never a reference's own number ('6.', '[6]')."""
    if len(spans) > 1 and spans[0][0] == "citation-number" and spans[1][0] == "author" and \
            re.fullmatch(r"\d{1,3},", spans[0][1].strip()) and is_initials(spans[1][1].split()[0]):
        return [("author", f"{spans[0][1]} {spans[1][1]}"), *spans[2:]]
    return spans


_VOL = re.compile(r"(?:vol\.|volume)\s*(?:\d+|[IVXLC]+)\b", re.I)
# (and French 't. II,', German 'Bd. 2,')
_BOOK_VOLUME = re.compile(r"(?:vol\.|volume|t\.|bd\.)\s*(?:\d+|[IVXLC]+)[,:]", re.I)
_YEAR_SPAN = re.compile(r"(1\d{3}|20\d\d)\s*[-\u2010-\u2015]\s*(1\d{3}|20\d\d)[.,;]?")


def _volume_of_book(spans: list[Span]) -> list[Span]:
    """A note's 'Karl Marx, Capital, vol. 1, trans. … (London: Penguin, 1976)' read as a
    journal and its volume: with a publication statement (place and publisher), no editor
    and no other title, the 'journal' between the authors and 'vol. 1' is the book's title
    (never a series after editors, 'in X, eds, Lecture Notes in Physics, Vol. 740'); and
    'vol. 1, 1768–1846' read as one volume is the volume and its title."""
    labels = [lab for lab, _ in spans]
    out = list(spans)
    volume_titles = [i for i in range(1, len(out)) if out[i][0] == "title" and  # 'vol. 1, A
                     out[i - 1][0] == "volume" and _VOL.match(out[i - 1][1].strip())]  # Critique'
    if labels.count("title") == len(volume_titles) and "location" in labels and \
            "publisher" in labels and "editor" not in labels:
        for i in range(1, len(out) - 1):
            if out[i][0] in ("journal", "container-title") and out[i - 1][0] == "author" and \
                    out[i][1].rstrip().endswith(",") and \
                    out[i + 1][0] == "volume" and _VOL.match(out[i + 1][1].strip()):
                out[i] = ("title", out[i][1])
                break
    periodical = any(lab == "journal" for lab, _ in out)
    for i, (lab, text) in enumerate(out):  # a journal's 'vol. 52, Summer,' is its issue's
        m = _BOOK_VOLUME.match(text.strip()) if lab == "volume" and not periodical else None
        after = text.strip()[m.end():].strip() if m else ""
        years = _YEAR_SPAN.fullmatch(after) if m else None
        if m and years and int(years.group(1)) < int(years.group(2)):
            out[i:i + 1] = [("volume", text.strip()[:m.end()]),
                            ("pages", after)]  # see _volume_title
            break
        if m and _WORDS_TITLE.fullmatch(after):  # 'vol. 5, Historiography,': the volume's title
            out[i:i + 1] = [("volume", text.strip()[:m.end()]), ("volume-title", after)]
            break
        edited = _TITLE_THEN_EDITOR.fullmatch(out[i + 1][1].strip()) \
            if m and not after and i + 1 < len(out) and out[i + 1][0] == "editor" else None
        if edited and _WORDS_TITLE.fullmatch(edited.group("title")):
            # 'vol. 5,' then 'Historiography, ed. Robin W. Winks' read as the editor
            out[i + 1:i + 2] = [("volume-title", edited.group("title")),
                                ("editor", edited.group("editor"))]
            break
    return out


_TITLE_THEN_EDITOR = re.compile(r"(?P<title>[^,]+,)\s+(?P<editor>(?:eds?\.|edited\s+by)\s+\S.*)",
                                re.S)


# a volume's own title in words after 'vol. 5,': 'Historiography,', 'The Eighteenth Century'
# (capitalised words, no number: never 'no. 3', 'Spring 1990', 'pt. 2')
_WORDS_TITLE = re.compile(r"(?!(?:No|Nos|Issue|Part|Pt|Number|Suppl|Supplement|Spring|Summer|"
                          r"Autumn|Fall|Winter)\b)"
                          r"[A-Z][^\W\d_]*(?:[\s-]+(?:[A-Z][^\W\d_]*|of|the|and|in|to|for|"
                          r"on|a|an|de|la|le|des|du))*[,.]?")


def _volume_title(spans: list[Span]) -> list[Span]:
    """Chicago's multi-volume book, 'Imperial Meridian. Vol. 1, 1768–1846. London: …': what
    follows 'Vol. 1,' is that volume's title, a span of years ('1768–1846', never its pages
    or its date) or words ('Vol. 2, The Tudors'). Not in a journal's or a book's part
    ('Review, vol. 15, 1768–1846': pages), and words only after the work's own title."""
    labels = [lab for lab, _ in spans]
    if "journal" in labels or "container-title" in labels:
        return spans
    out = list(spans)
    for i in range(1, len(out) - 1):
        (lab, text), (nxt, after) = out[i], out[i + 1]
        if lab != "volume" or not _BOOK_VOLUME.fullmatch(text.strip()):
            continue
        years = _YEAR_SPAN.fullmatch(after.strip())
        if years and int(years.group(1)) < int(years.group(2)) and (
                nxt == "pages" or nxt == "date" and any(
                    label == "date" and _parse_date(t) for label, t in out[i + 2:])):
            out[i + 1] = ("volume-title", after)
        elif nxt in ("title", "note") and "title" in labels[:i] and after[:1].isupper():
            out[i + 1] = ("volume-title", after)
        elif nxt in ("publisher", "location", "edition") and "title" in labels[:i] and \
                text.strip().endswith(":") and _WORDS_TITLE.fullmatch(after.strip()) and \
                "publisher" in labels[i + 2:]:
            out[i + 1] = ("volume-title", after)  # 'Vol. 1: Inferno. Boston: Ticknor'
    return out
