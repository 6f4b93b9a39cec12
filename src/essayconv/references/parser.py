"""Parse one reference string into CSL-JSON with the trained CRF plus exact rules."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycrfsuite

from . import ama, ieee, lexicon, phrases, series, urlonly, vancouver
from .abnt import parse_abnt
from .archives import archival
from .commastyle import ROLE_WORD
from .containers import without_ibid
from .features import MONTHS, ORG, PLACES, PUBLISHER, sequence_features
from .gazetteer import mark_places, place_ending_at
from .headrules import head_rules
from .headrules import take_out as head_take_out
from .markdown import without_emphasis
from .names import PARTICLES
from .papers import papers
from .roles import edited_by_in_head, given_names_before_date, marked_editor
from .shapes import apply_shapes
from .spans import group, to_csl
from .tokens import (
    BARE_URL,
    DOC_SYMBOL,
    DOI,
    INITIAL,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    URL,
    YEAR,
    label_runs,
    strip_punct,
    tokenize,
)

MODEL_PATH = Path(__file__).parent / "model" / "refparser.crfsuite"

_ORDINAL = re.compile(  # and French '2e', '1re', '3ème' ('2e éd.')
    r"^\(?(?:\d+(?:st|nd|rd|th|e|er|re|ème|eme|nde?)?|first|second|third|fourth|fifth|"
    r"sixth|revised|updated|new|expanded|enlarged|rev\.|2d|3d)$", re.I)
_EDN = re.compile(r"^(?:edn|edition|ed|éd|aufl|auflage)\.?\)?[.,;]?$", re.I)  # '5. Aufl.'
_TOME = re.compile(r"^(?:[IVXLC]+|\d{1,3})[,.;]?$")
_ROLE = re.compile(r"^\(?(?:eds?|editors?)\.?\)?[.,;:]?$", re.I)
_ND = re.compile(r"^\(?n\.\s?d\.?\)?[.,;]?$", re.I)
_ACC = re.compile(r"^[(\[]?(?:accessed|viewed)\b", re.I)
_DATE_TOK = re.compile(r"^[\d]{1,4}(?:st|nd|rd|th)?[).,\]]*$|^[A-Z][a-z]+\.?,?$")


def apply_rules(tokens: list[str], labels: list[str]) -> list[str]:
    """Override CRF labels where a rule is exact (URL, DOI, symbols, n.d., editions...)."""
    labels = list(labels)
    n = len(tokens)
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if (URL.match(tok) or BARE_URL.match(tok.rstrip(".,;"))) and "doi.org/" not in low:
            labels[i] = "url"
            if i >= 2 and tokens[i - 1].lower().startswith("at") and \
                    tokens[i - 2].lower() == "available":
                labels[i - 1] = labels[i - 2] = "url"
        elif "doi.org/" in low or low.startswith("doi:") or (
            DOI.fullmatch(tok.rstrip(".,;")) and i > 0 and tokens[i - 1].lower() in ("doi:", "doi")
        ):
            labels[i] = "doi"
            if i > 0 and tokens[i - 1].lower() in ("doi:", "doi"):
                labels[i - 1] = "doi"
        elif DOC_SYMBOL.match(tok):
            labels[i] = "number"
        elif _ND.match(tok):
            labels[i] = "date"
        elif low.strip("[]().") == "online" and _medium(tokens, i):
            labels[i] = "note"
        elif _ACC.match(tok):
            j = i + 1
            while j < n and j <= i + 4 and (_DATE_TOK.match(tokens[j].strip(":")) or
                                            tokens[j].lower() in ("on", "at:", ":")):
                j += 1
            for k in range(i, j):
                labels[k] = "note"
        elif tok in ("t.", "Bd.") and i + 1 < n and _TOME.match(tokens[i + 1]):
            labels[i] = labels[i + 1] = "volume"  # French 't. II', German 'Bd. 128'
        elif _EDN.match(tok) and i > 0 and _ORDINAL.match(tokens[i - 1].strip(",.")):
            labels[i] = labels[i - 1] = "edition"
        elif _ROLE.match(tok) and tok.startswith("(") and i > 0 and \
                labels[i - 1] in ("author", "editor"):
            labels[i] = labels[i - 1]
        elif low in ("et", "al.", "al.,", "al") and i > 0 and labels[i - 1] in ("author", "editor"):
            labels[i] = labels[i - 1]
    labels = _split_place_publisher(tokens, _full_dates(tokens, labels))
    labels = _place_publisher_order(tokens, _place_ending_title(tokens, labels))
    labels = _university_press(tokens, labels)
    labels = _after_quoted_title(tokens, _author_before_date(tokens, labels))
    labels = edited_by_in_head(tokens, labels)  # 'Walter Scott, Ivanhoe, ed. by …'
    labels = _title_after_forename_first(tokens, _vancouver_names(tokens, labels))
    labels = _site_after_medium(tokens, _bracketed_description(tokens, labels))
    labels = _declared_abbreviation(tokens, _journal_on_platform(tokens, labels))
    labels = marked_editor(tokens, labels)  # 'A [et al.]; B (compilador)'
    labels = given_names_before_date(tokens, labels)  # 'García Márquez, Gabriel (1967)'
    labels = head_rules(tokens, apply_shapes(tokens, labels))  # 'NOM, Prénom et …', 'a. M.'
    return vancouver.journal_statement(tokens, labels)


def _declared_abbreviation(tokens: list[str], labels: list[str]) -> list[str]:
    """'(hereafter FRUS)', '[cited as CT 3]', '(cited in Jones 2001)': a note on how the
    work is cited, not a part of its title or publisher."""
    labels = list(labels)
    for i, tok in enumerate(tokens):
        m = re.fullmatch(r"([(\[])(?:hereafter|henceforth|cited)", tok, re.I)
        if m is None:  # '(Hereafter)' in a title is a word of the title
            continue
        close = ")" if m.group(1) == "(" else "]"
        for j in range(i + 1, min(len(tokens), i + 8)):
            if close in tokens[j]:
                if tok[1:].lower() != "cited" or tokens[i + 1].lower() in ("as", "in"):
                    labels[i:j + 1] = ["note"] * (j + 1 - i)
                break
    return labels


def _site_after_medium(tokens: list[str], labels: list[str]) -> list[str]:
    """Harvard's 'Title. [online] Site name. Available at: URL': the site is the container.

    Only words the model left as a note, title or container between the medium and
    'Available' are taken; 'Place: Publisher' there (a colon) is left to the model.
    """
    labels = list(labels)
    for i, tok in enumerate(tokens):
        if tok.lower().strip("[]().") != "online" or labels[i] != "note" or tok[0] not in "[(":
            continue
        j = next((k for k in range(i + 1, min(len(tokens), i + 14))
                  if tokens[k].lower().startswith("available")), None)
        site = range(i + 1, j) if j is not None else range(0)
        if site and all(labels[k] in ("note", "title", "container-title", "journal") and
                        not tokens[k].endswith(":") for k in site):
            for k in site:
                labels[k] = "container-title"
    return labels


# Databases and publishers' platforms that serve journal articles: where one is read, not who
# published the work.
_PLATFORM = re.compile(
    r"(?:Taylor (?:and|&) Francis Online|Wiley Online Library|ScienceDirect|JSTOR|"
    r"SpringerLink|Project MUSE|Cambridge Core|SAGE Journals|Oxford Academic|EBSCOhost|"
    r"ProQuest|Academic Search Complete|Scopus)\b", re.I)


def _journal_on_platform(tokens: list[str], labels: list[str]) -> list[str]:
    """'Title. JVAP, Taylor and Francis Online (Routledge). https://doi.org/…': a journal.

    In a reference with a DOI, a database or platform named in a 'publisher' run, or after a
    comma in a journal run, is a note; what comes before it, up to that comma, is the journal.
    """
    if "location" in labels or not any(lab == "doi" or (lab == "url" and "doi.org/" in
                                                        tok.lower())
                                       for tok, lab in zip(tokens, labels, strict=True)):
        return labels  # 'Abingdon: Routledge, Taylor and Francis Online': a book
    labels = list(labels)
    for lab, start, end in label_runs(labels):
        if lab not in ("publisher", "journal", "container-title"):
            continue
        text = " ".join(tokens[start:end])
        m = _PLATFORM.search(text)
        if not m:
            continue
        platform = start + len(text[:m.start()].split())
        journal = platform > start and tokens[platform - 1].endswith(",")
        if journal and any(strip_punct(t).lower() in PUBLISHER for t in tokens[start:platform]):
            continue  # 'Oxford University Press, Oxford Academic': a publisher, not a journal
        if lab != "publisher" and not journal:
            continue  # 'JSTOR' alone as the journal, or inside a title: left to the model
        for k in range(start, end):
            labels[k] = "journal" if journal and k < platform else "note"
    return labels


def _medium(tokens: list[str], i: int) -> bool:
    """'[Online]', '(online)' or a sentence 'Online.': the medium, not a word of a name."""
    if tokens[i][0] in "[(":
        return True
    after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    return (i == 0 or tokens[i - 1].endswith(".")) and (
        tokens[i].endswith((".", ":")) or after.startswith(("available", "http", "www")))


# APA 7's bracketed descriptions name a kind of work by one of these words.
_DESCRIPTION = re.compile(
    r"\b(?:post|video|film|picture|podcast|episode|tweet|data ?set|release|manuscript|"
    r"dissertation|thesis|lecture|notes|slides|letter|editorial|map|photograph|painting|"
    r"infographic|software|app|interview|recording|session|presentation|game|review|abstract|"
    r"dvd|cd|brochure|fact ?sheet|report|webinar|television|radio|broadcast|series)\b", re.I)
_ARTICLE = re.compile(r"(?:the|a|an|le|la|les|der|die|das|el|il)\s", re.I)


def _bracketed_description(tokens: list[str], labels: list[str]) -> list[str]:
    """APA's description after a title, '[Blog post].', '[Motion picture]', is the genre.

    The brackets must hold one to four words without digits naming a kind of work (see
    _DESCRIPTION), right after the title and ending the title's segment; a translated
    title ('[The French film industry]'), a bracket inside a quoted title ('devices
    [Invited],”') or the medium '[online]' is left alone.
    """
    labels = list(labels)
    i = 0
    while i < len(tokens):
        if not tokens[i].startswith("[") or i == 0 or labels[i - 1] != "title":
            i += 1
            continue
        j = i
        while j < len(tokens) and j < i + 3 and "]" not in tokens[j]:
            j += 1
        if j >= len(tokens) or "]" not in tokens[j] or \
                not re.fullmatch(r"\][.,]?", tokens[j][tokens[j].index("]"):]):
            i += 1
            continue
        words = " ".join(tokens[i:j + 1])
        if re.fullmatch(r"\[[^\W\d_][^\d\[\]]*\][.,]?", words) and \
                _DESCRIPTION.search(words) and not _ARTICLE.match(words.strip("[")):
            labels[i:j + 1] = ["genre"] * (j + 1 - i)
        i = j + 1
    return labels


_PAIRS = {"\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb", '"': '"',
          "\u201e": "\u201c", "\u201a": "\u2018"}  # and German „…“, ‚…‘
_VOLUME_PAGE = re.compile(r"^\d+(?:\.\d+)?:\d+(?:[-\u2013]\d+)?\.?$")  # SAA '19.1:1'
_PAGES = re.compile(r"^pp?\.?\s*\d+(?:[-\u2013]\d+)?[.,]?$", re.I)


def _after_quoted_title(tokens: list[str], labels: list[str]) -> list[str]:
    """A quoted title closed by a bare mark or a mark then a full stop ends there.

    '“Cables and Tacking” Thinking from Things pp161-167.' and '“Cables”. Philosophy of the
    Social Sciences 19.1:1.': what follows the closing mark in the same title run is the
    container ('pp161-167' its pages, '19.1:1' its volume and page). A full stop inside the
    mark ('“Bad Company.” Review of Gain') or a comma after it ('“Never Again”, Yet Again')
    may go on with the title, so those are left to the model.
    """
    for lab, start, end in label_runs(labels):
        opening = tokens[start][:1]
        if lab != "title" or opening not in _PAIRS:
            continue
        closing = _PAIRS[opening]
        depth = 0
        for k in range(start, end - 1):
            if opening != closing:
                depth += tokens[k].count(opening) - tokens[k].count(closing)
            if _possessive(tokens, k, end, closing):
                depth += 1 if opening != closing else 0  # "students’ learning": no close
                continue
            ends = tokens[k].rstrip(".") if not tokens[k].endswith("." + closing) else ""
            if k > start and ends.endswith(closing) and depth <= 0:
                labels = list(labels)
                for j in range(k + 1, end):
                    labels[j] = ("pages" if _PAGES.match(tokens[j]) else "volume"
                                 if _VOLUME_PAGE.match(tokens[j]) else "container-title")
                break
    return labels


def _possessive(tokens: list[str], k: int, end: int, closing: str) -> bool:
    """'‘… non-disabled students’ learning … experiences’,': a bare closing mark after an
    's', a lowercase word after it and the title's own closing mark (before a comma or full
    stop) further on is a plural possessive's apostrophe, not the title's end."""
    tok = tokens[k]
    if closing not in "’'" or not re.search(r"[^\W\d_]s" + re.escape(closing) + "$", tok) or \
            k + 1 >= end or not tokens[k + 1][:1].islower():
        return False
    return any(re.search(re.escape(closing) + r"[,.]$", t) for t in tokens[k + 2:end])


_DAY = re.compile(r"^\(?(?:[12]?\d|3[01])(?:st|nd|rd|th)?,?$")


def _is_month(token: str) -> bool:
    return not token.startswith("(") and strip_punct(token).lower() in MONTHS


def _full_dates(tokens: list[str], labels: list[str]) -> list[str]:
    """'September 30, 2010' / '30 September 2010' before a year labelled date: all date.

    An issue number before a bracketed or comma'd month ('4 (Dec. 1995)', '21 March, 2017')
    is not a day.
    """
    labels = list(labels)
    for i in range(2, len(tokens)):
        if labels[i] != "date" or not YEAR.match(tokens[i]):
            continue
        a, b = tokens[i - 2], tokens[i - 1]
        month_day = _is_month(a) and _DAY.match(b) and b.endswith(",")
        day_month = _DAY.match(a) and _is_month(b) and "," not in a + b and \
            not b.startswith("(") and labels[i - 2] != "volume"
        if month_day or day_month:
            labels[i - 2] = labels[i - 1] = "date"
    return labels


def _author_before_date(tokens: list[str], labels: list[str]) -> list[str]:
    """Author-date 'Site Name. (n.d.). Page title.': what precedes the date is the author.

    Fires only when the reference opens with a 'title' run directly followed by a
    parenthesised date and then a capitalised run labelled title or note (the real title).
    """
    runs = label_runs(labels)
    if len(runs) < 3 or runs[0][0] != "title" or runs[1][0] != "date":
        return labels
    if tokens[0][:1] in QUOTE_OPEN:
        return labels  # a quoted title with a date inside it
    date_tokens = tokens[runs[1][1]:runs[1][2]]
    nxt, start, end = runs[2]
    if not date_tokens[0].startswith("(") or nxt not in ("title", "note") or \
            not strip_punct(tokens[start])[:1].isupper():
        return labels
    labels = list(labels)
    labels[runs[0][1]:runs[0][2]] = ["author"] * (runs[0][2] - runs[0][1])
    labels[start:end] = ["title"] * (end - start)
    return labels


_VANCOUVER_INITIALS = re.compile(r"^[A-Z]{1,4}[,.]$")


def _vancouver_names(tokens: list[str], labels: list[str]) -> list[str]:
    """Vancouver's 'Van Belleghem FGAJ, Aldridge DC. Title': a 'Surname INITIALS' pair after
    the author run's comma is one more author, not the start of the title."""
    runs = label_runs(labels)
    if not runs or runs[0][0] != "author" or not tokens[runs[0][2] - 1].endswith(","):
        return labels
    labels = list(labels)
    i = runs[0][2]
    while i + 1 < len(tokens) and labels[i] != "author" and \
            re.fullmatch(r"[A-Z][\w’'\-]+", tokens[i]) and _VANCOUVER_INITIALS.match(tokens[i + 1]):
        labels[i] = labels[i + 1] = "author"
        if tokens[i + 1].endswith("."):
            break
        i += 2
    return labels


_NAME_SUFFIX = re.compile(r"^(?:Jr|Sr|I{2,3}|IV)\.?,?$")
_NAME_AND = ("and", "&")
_NAME_ITEM = re.compile(r"et\.?\s+al\.?|trans\.?|tr\.|eds?\.?|comp\.?|and others|"
                        r"with\s+[A-Z].*", re.I)


def _title_after_forename_first(tokens: list[str], labels: list[str]) -> list[str]:
    """A note's 'Charles Tilly, Coercion, Capital, and European States, AD 990–1990 (…)'.

    When the opening author run is forename first ('Charles Tilly,') and a later item of
    its comma list cannot be a forename-first name (one word that is no initial or
    suffix, an item opening with a small word, or one ending in a subtitle's colon), the run
    ends at the first name's comma: the rest is the title.
    """
    runs = label_runs(labels)
    if not runs or runs[0][0] not in ("author", "editor") or runs[0][0] == "editor" and \
            not ROLE_WORD.match(tokens[runs[0][2] - 1]):
        return labels  # an editor run only before 'ed. John Smith': the title's editor
    end = runs[0][2]
    items: list[list[int]] = [[]]
    for i in range(end):
        items[-1].append(i)
        if tokens[i].endswith(",") and i < end - 1:
            items.append([])
    first = [tokens[i] for i in items[0]]
    if len(items) < 2 or not 2 <= len(first) <= 4 or first[0].endswith(",") or \
            not all(strip_punct(w)[:1].isupper() for w in first) or \
            first[0].lower() in PARTICLES or \
            tokens[end - 1].endswith(".") and not ROLE_WORD.match(tokens[end - 1]):
        return labels  # 'Dal Borgo, Manuela.', 'García Márquez, Gabriel.': family first
    for item in items[1:]:
        words = [tokens[i] for i in item]
        if words and words[0].lower() in _NAME_AND:
            words = words[1:]
        if not words or _NAME_ITEM.fullmatch(" ".join(words).strip(" ,")):
            continue  # 'et al.', 'trans.', 'ed.', 'with Jane Doe': still the names
        lone = len(words) == 1 and not INITIAL.match(words[0]) and \
            not _NAME_SUFFIX.match(words[0]) and not _ROLE.match(words[0]) and \
            strip_punct(words[0]).lower() not in ("al", "et")
        subtitled = words[-1].endswith(":")  # 'Imperial Reckoning: The Untold Story …'
        if lone or subtitled or not strip_punct(words[0])[:1].isupper():
            labels = ["author"] * items[1][0] + ["title"] * (end - items[1][0]) + labels[end:]
            return labels
    return labels


def _split_place_publisher(tokens: list[str], labels: list[str]) -> list[str]:
    """Harvard 'Title. Place: Publisher' swallowed into the title -> location + publisher."""
    if "location" in labels or "publisher" in labels:
        return labels
    for i in range(1, len(tokens) - 1):
        if labels[i] != "title" or not tokens[i - 1].endswith(".") or \
                INITIAL.match(tokens[i - 1]):
            continue
        for j in range(i, min(i + 3, len(tokens) - 1)):
            words = [strip_punct(t) for t in tokens[i:j + 1]]
            if not all(w[:1].isupper() for w in words):
                break
            if tokens[j].endswith(":") and labels[j] == "title" and (
                    words[-1].lower() in PLACES or tokens[j + 1][:1].isupper()) and \
                    _plausible_publisher(tokens, labels, i, j + 1):
                for k in range(i, j + 1):
                    labels[k] = "location"
                k = j + 1
                while k < len(tokens) and labels[k] == "title":
                    labels[k] = "publisher"
                    k += 1
                return labels
            if tokens[j][-1] in ".,;:":
                break
    return labels


def _place_ending_title(tokens: list[str], labels: list[str]) -> list[str]:
    """'Title New York: Publisher' (no full stop after the title): the place is the location.

    Only a gazetteer place right before the colon, with the model's publisher after it.
    """
    if "location" in labels:
        return labels
    for j in range(1, len(tokens) - 1):
        if labels[j] == "title" and tokens[j].endswith(":") and labels[j + 1] == "publisher":
            start = place_ending_at(tokens, j)
            if start is not None and start > 0 and labels[start - 1] == "title":
                labels = labels[:start] + ["location"] * (j + 1 - start) + labels[j + 1:]
            break
    return labels


def _university_press(tokens: list[str], labels: list[str]) -> list[str]:
    """MLA's 'Oxford UP, 2015': a place run ending in 'UP' (University Press) with no
    publisher after it is the publisher."""
    if "publisher" in labels:
        return labels
    for lab, start, end in label_runs(labels):
        if lab == "location" and strip_punct(tokens[end - 1]) == "UP":
            labels = list(labels)
            labels[start:end] = ["publisher"] * (end - start)
    return labels


def _place_publisher_order(tokens: list[str], labels: list[str]) -> list[str]:
    """SAA's 'Publisher: Place' read the wrong way round: swap when only the second is a place."""
    runs = label_runs(labels)
    for (lab, start, mid), (nxt, _, end) in zip(runs, runs[1:], strict=False):
        if lab != "location" or nxt != "publisher":
            continue
        first = tokens[start:mid]
        if place_ending_at(tokens, end - 1) == mid and not any(mark_places(first)) and not any(
                strip_punct(t).lower() in PLACES for t in first):  # 'Lanham: Lexington'
            labels = (labels[:start] + ["publisher"] * (mid - start) +
                      ["location"] * (end - mid) + labels[end:])
        break
    return labels


def _plausible_publisher(tokens: list[str], labels: list[str], start: int, pub: int) -> bool:
    """'Place: Publisher' rather than a 'Main title: Subtitle' inside quotes or a long sentence."""
    if tokens[start][:1] in QUOTE_OPEN:
        return False
    end = pub
    while end < len(tokens) and labels[end] == "title":
        end += 1
    rest = tokens[pub:end]
    if any(t.rstrip(".,;:)")[-1:] in QUOTE_CLOSE for t in rest):
        return False
    return len(rest) <= 5 or any(strip_punct(t).lower() in PUBLISHER | ORG for t in rest)


class ReferenceParser:
    """A loaded CRF tagger; create once and reuse."""

    def __init__(self, model: Path = MODEL_PATH) -> None:
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model))
        self.lexicon = lexicon.load(lexicon.path_for(Path(model)))
        mark_places([])  # load the gazetteer now: it is part of the model's load time

    def label(self, text: str) -> tuple[list[str], list[str]]:
        tokens = tokenize(text)
        if not tokens:
            return [], []
        feats = sequence_features(tokens, lexicon.lookup(self.lexicon, tokens))
        # the model tags B-/I- labels (span boundaries); rules and spans use the bare label
        labels = [lab[2:] if lab[:2] in ("B-", "I-") else lab for lab in self.tagger.tag(feats)]
        return tokens, apply_rules(tokens, labels)

    def parse(self, text: str) -> dict[str, Any]:
        from .legal import parse_legal  # cases, legislation, law reviews: exact rules first

        text = without_ibid(text)  # 'X, « Title », ibid., p. 1-4': never a container "ibid"
        text = without_emphasis(text)  # Markdown's '*The Title*': the list sets italics itself
        legal = urlonly.web_page(text) or parse_legal(text) or archival(text) or papers(text) or \
            parse_abnt(text) or phrases.title_first(text)
        if legal is not None:
            return legal
        text, fields = phrases.take_out(text)
        text = vancouver.take_out(text, fields)  # a book's extent, '116 p.'
        text = ama.take_out(text, fields)  # 'Updated September 6, 2023.', '2020:15-32'
        text = ieee.take_out(text, fields)  # 'Art. no. 105762', 'IEEE Std 1547-2018'
        text = series.take_out(text, fields)  # 'Norfolk Record Society Publications 62.'
        text = head_take_out(text, fields)  # '(ed. orig. Titre, Seuil, Paris 1985)'
        tokens, labels = self.label(text)
        return ama.fix(ieee.fix(text, phrases.put_back(to_csl(group(tokens, labels)), fields)))


@lru_cache(maxsize=1)
def default_parser() -> ReferenceParser:
    """The shipped model, loaded lazily once."""
    return ReferenceParser()


def parse_reference(text: str) -> dict[str, Any]:
    """One full reference string -> one CSL-JSON item (without ``id``)."""
    return default_parser().parse(text)
