"""Convert labelled spans of a reference string into one CSL-JSON item (with exact rules)."""

from __future__ import annotations

import calendar
import re
from typing import Any

from .names import is_initials, parse_names
from .relabel import relabel
from .roles import surnames_per_name
from .tokens import BARE_URL, DOC_SYMBOL, DOI
from .vancouver import STATEMENT as _VANCOUVER

Span = tuple[str, str]

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split()
)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_KEEP_DOT = re.compile(
    r"(?:\b[A-Z]\.|\bet al\.|\b(?:Co|Inc|Ltd|Jr|Sr|Bros|St|Corp|Dept|Univ|Assn)\.|"
    r"\b[ai]\.\s(?:d\.\s)?[A-Z][a-z]{1,3}\.)$")  # German places: 'Freiburg i. Br.'
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_ND = re.compile(r"\bn\.\s?d\.?|\bno date\b|\bundated\b", re.I)
_DASH = re.compile(r"\s*[-\u2010-\u2015\u2212]+\s*")
_EDITION = re.compile(r"\b(\d+)\s*(?:st|nd|rd|th|e|er|re|ème|eme|nde?|\.)?\b", re.I)
_ED_WORDS = re.compile(r"\b(?:edition|edn|ed|eds|éd|aufl|vyd|print|printing)\b\.?", re.I)
_ACCESSED = re.compile(r"\b(?:accessed|viewed|retrieved|consulted)\b(?:\s+on)?\s*:?\s*(.*)", re.I)
_AVAILABLE = re.compile(r"^(?:\[online\]\.?\s*)?(?:available\s+(?:at|from)|retrieved\s+from|"
                        r"online\s+at|url)\s*:?\s*", re.I)
# words around an access date that say nothing more: '(Last accessed', '[Online] (Date accessed'
_ACCESS_WORDS = re.compile(r"(?:[\[\]().,:;\s]|online|last|first|date|page|url|web|site|"
                           r"available|at|from|retrieved)*", re.I)
_QUOTES = "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb\u201e\u201a"  # and German „…“, ‚…‘
_REPORTISH = re.compile(r"\b(report|review|evaluation|strategy|guidelines?|working paper|brief"
                        r"(?:ing)?|study|assessment|survey|update|factsheet|fact sheet|"
                        r"handbook|plan|outcome document)\b", re.I)
_RESOLUTION = re.compile(r"\bresolution\s+(\d+)", re.I)
_SPEECH = re.compile(r"^(?:statement|speech|remarks|address|testimony|briefing)\b", re.I)
_MEMO = re.compile(r"\b(memorandum|memoranda|memo|cable|telegram|letter from)\b", re.I)
# a treaty's own name: 'Arusha Peace Agreement', 'Treaty of Versailles', 'Convention on …'
_TREATY = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,4}(?:Treaty|Peace Agreement|Accords?)\b|"
                     r"^(?:Convention|Protocol) (?:on|to|for|relating)\b")
_YEAR_RANGE = re.compile(r"^\(?\s*(1[5-9]\d\d|20\d\d)\s*[-\u2013]\s*(1[5-9]\d\d|20\d\d)\s*\)?\.?$")
_THESIS = re.compile(r"\b(ph\.?\s?d|thesis|dissertation|doctoral|master'?s)\b", re.I)


def clean_text(text: str) -> str:
    """Strip surrounding quotes/brackets and trailing punctuation, keep capitalisation."""
    t = " ".join(text.split()).strip()
    for _ in range(3):
        t = t.strip(" ,;:")
        t = t.rstrip(".") if not _KEEP_DOT.search(t) else t
        if len(t) > 1 and t[0] in _QUOTES and t.rstrip(".,;:")[-1:] in _QUOTES:
            t = t[1:].rstrip(".,;:")[:-1]
        elif t[:1] in _QUOTES and not any(c in t[1:] for c in _QUOTES):
            t = t[1:]
        elif t[-1:] in _QUOTES and not any(c in t[:-1] for c in _QUOTES):
            t = t[:-1]
        if t.startswith("(") and t.endswith(")") and t.count("(") == 1:
            t = t[1:-1]
        if t.startswith("[") and t.endswith("]") and t.count("[") == 1:
            t = t[1:-1]
        if t.startswith("(") and ")" not in t:  # '(New York: OUP, 1987)' cut at the colon
            t = t[1:]
        if t.endswith(")") and "(" not in t:
            t = t[:-1]
    return t.strip(" ,;:")


# a year before 1500 is a date only in brackets on its own: '(1450)', '[1400–1410]'
_EARLY_YEAR = re.compile(r"[(\[]\s*(1\d{3})\s*(?:[-\u2013]\s*(1\d{3}|20\d\d))?\s*[)\]][.,;:]?")
_YEAR_LETTER = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d([a-z])\b")


def parse_date(text: str) -> dict[str, Any] | None:
    """'(1997)', '3 March 1999', 'September 1994.', 'n.d.' -> CSL date."""
    if _ND.search(text):
        return {"literal": "n.d."}
    span = _YEAR_RANGE.match(text.strip())
    if span and int(span.group(1)) < int(span.group(2)):  # '(1991-2008)': a multi-volume work
        return {"date-parts": [[int(span.group(1))], [int(span.group(2))]]}
    early = _EARLY_YEAR.fullmatch(text.strip())
    if early:  # '(1450)', '(1400–1410)': a year of print's first century or a manuscript's
        first = int(early.group(1))
        end = int(early.group(2)) if early.group(2) else None
        if end is None or first < end:
            return {"date-parts": [[first], [end]] if end else [[first]]}
    numeric = re.search(r"(?<![\d/.])([0-3]?\d)([./])([0-3]?\d)\2((?:1[5-9]|20)\d\d)(?!\d)", text)
    if numeric:  # German '15.11.1993', British '03/05/2024' (day first; '05/23/2024' is US)
        year, day, month = int(numeric.group(4)), int(numeric.group(1)), int(numeric.group(3))
        if numeric.group(2) == "/" and month > 12 >= day:
            day, month = month, day
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            return {"date-parts": [[year, month, day]]}
    m = _YEAR.search(text)
    if not m:
        return None
    parts = [int(m.group(1))]
    low = text.lower()
    month = next((v for k, v in MONTHS.items() if re.search(rf"\b{k}\b", low)), None)
    if month:
        parts.append(month)
        rest = _YEAR.sub(" ", text)
        d = re.search(r"(?<!\d)([0-3]?\d)(?!\d)", rest)
        if d and 1 <= int(d.group(1)) <= 31:
            parts.append(int(d.group(1)))
    return {"date-parts": [parts]}


def _day_of(text: str, issued: dict[str, Any] | None) -> dict[str, Any] | None:
    """A year's date made full by a day and month written apart: '10 October', 'May 5'."""
    parts = (issued or {}).get("date-parts", [[]])
    if len(parts) != 1 or len(parts[0]) != 1:
        return None
    words = re.findall(r"[^\W\d_]+|\d+", text.lower())
    months = [MONTHS[w] for w in words if w in MONTHS]
    days = [int(w) for w in words if w.isdigit()]
    if len(months) != 1 or len(words) != len(days) + 1 or len(days) > 1 or \
            (days and not 1 <= days[0] <= calendar.monthrange(parts[0][0], months[0])[1]):
        return None  # never '31 April'
    return {"date-parts": [[parts[0][0], months[0], *days]]}


_ARTICLE_NUMBER = re.compile(r"(?:art(?:icle)?\.?\s*(?:no\.?|number)?\s*)([A-Za-z]?\d+)", re.I)


def parse_pages(text: str) -> str:
    """'pp. 446-464.' -> '446–464'."""
    t = re.sub(r"^\(?\s*(?:pages?|pgs?|págs?|pagg?|pp?|s(?=[.\s]))(?![^\W\d_])\.?\s*", "",
               text.strip(), flags=re.I)  # Spanish 'págs.', Italian 'pagg.'; never the S of a
    # supplement's page 'S93-9'
    t = t.strip(" ().,;:")
    return _DASH.sub("\u2013", t)


def parse_volume(text: str) -> dict[str, str]:
    """'51(4),' -> volume 51 issue 4; 'Vol. 3, No. 2' -> volume/issue; '19.1:1' -> + page."""
    out: dict[str, str] = {}
    t = text.strip(" .,;:")
    if t.startswith("(") and t.count("(") > t.count(")"):
        t = t[1:]
    if t.endswith(")") and t.count(")") > t.count("("):
        t = t[:-1]
    saa = re.fullmatch(r"(\d+)(?:\.(\d+))?:\s*(\d+(?:\s*[-\u2013]\s*\d+)?)?",
                       text.strip(" .,;"))
    if saa:  # SAA and Chicago 'volume.issue:page' ('19.1:1', '71: 156-69', '14.1:')
        out = {"volume": saa.group(1)}
        out |= {"issue": saa.group(2)} if saa.group(2) else {}
        return out | ({"page": _DASH.sub("\u2013", saa.group(3))} if saa.group(3) else {})
    vol = re.search(r"\b(?:volumes?|vols?|bde?|tomes?|t)(?![^\W\d_])\.?\s*"
                    r"((?:\d|(?-i:[IVXLC]+|[ivxlc]+|[A-Z])\b)[\w.\-]*(?:\s*[-\u2013]\s*\d+)?)", t,
                    re.I)  # 'Volume II', 'vol. 4th', 'Vols. 12–15'; never 'Vol' + 'ume'
    iss = re.search(r"\b(?:no|nos|nr|issue|num|n°|№)\.?\s*([\w.\-/]+)", t, re.I)
    if vol:
        out["volume"] = vol.group(1).rstrip(".,")
    if iss:
        out["issue"] = iss.group(1).rstrip(".,")
    two = re.fullmatch(r"(\d{1,4}),\s*(\d{1,3})", t)
    if two and not vol and not iss:  # Spanish and Italian '14, 2 (1996)': volume, then issue
        return {"volume": two.group(1), "issue": two.group(2)}
    if not vol and not iss:
        m = re.match(r"^([\w.\-]*\d[\w.\-]*)\s*(?:\(\s*([^)]+?)\s*\)?)?$", t) or re.match(
            r"^([\w.\-]*\d[\w.\-]*)", t)
        if m:
            out["volume"] = m.group(1).rstrip(".")
            if m.lastindex and m.lastindex >= 2 and m.group(2):
                out["issue"] = m.group(2)
    elif vol and not iss:
        m = re.search(r"\(\s*([^)]+?)\s*\)", t[vol.end():])
        if m:
            out["issue"] = m.group(1)
    elif iss and not vol:  # Chicago '13, no. 2': the number before the issue is the volume
        m = re.match(r"(\d[\w.\-]*?)[\s,]+$", t[:iss.start()])
        if m:
            out["volume"] = m.group(1)
    return out


def parse_edition(text: str) -> str:
    """'2nd edn' -> '2'; '(updated edition)' -> 'updated'."""
    m = _EDITION.search(text)
    if m:
        return m.group(1)
    t = _ED_WORDS.sub(" ", text)
    return clean_text(t) or clean_text(text)


def parse_url(text: str) -> str:
    t = _AVAILABLE.sub("", text.strip())
    t = t.replace(" ", "").strip("<>[]()").rstrip(".,;>)")
    if BARE_URL.match(t):  # 'www.un.org', 'discovery.ucl.ac.uk/1507820/': links need a scheme
        return "https://" + t
    return t


def parse_doi(text: str) -> str | None:
    m = DOI.search(text.replace(" ", ""))
    return m.group(1).rstrip(".,;]") if m else None


def group(tokens: list[str], labels: list[str]) -> list[Span]:
    """Merge consecutive tokens with the same label into spans."""
    spans: list[Span] = []
    for tok, lab in zip(tokens, labels, strict=True):
        if spans and spans[-1][0] == lab:
            spans[-1] = (lab, spans[-1][1] + " " + tok)
        else:
            spans.append((lab, tok))
    return spans


def _add_note(item: dict[str, Any], text: str) -> None:
    text = clean_text(text)
    if text:
        item["note"] = f"{item['note']}; {text}" if "note" in item else text


def _trim_name(text: str) -> str:
    return text.strip().rstrip(".,;:").strip()


# the last word of a national body's name: 'Natural England', 'Rewilding Britain'
_NATIONS = frozenset("England Britain Scotland Wales Ireland Europe Africa Asia America Americas "
                     "Australia Canada International Worldwide Global".split())


# the head noun closing a body's name: 'Health Service Executive', 'Khan Academy', "Women's Aid"
_BODY_NOUNS = frozenset(  # never a surname too ('Robert Service', 'Margaret Court', 'Trust')
    "academy executive aid charity institute institution foundation agency office "
    "commission committee authority association society partnership alliance coalition network "
    "council centre center college university school hospital library museum company "
    "corporation ltd inc plc movement campaign forum observatory department ministry "
    "government parliament assembly tribunal organisation organization federation programme "
    "program project initiative bureau administration directorate secretariat inspectorate "
    "police hub lab labs laboratory group collective consortium".split())


def _organisation_by_shape(spans: list[Span], authors: str, publishers: list[str]) -> bool:
    """'Natural England (2021) …', '… London: Citizens Advice': a body, not a person.

    Right before a bracketed year (or, CS1's 'Historic England. "Title".', a quoted title
    after the name's full stop), names with no comma, no initial and no 'and' are an
    organisation's when the last word names a nation ('Historic England') or a body ('Khan
    Academy', 'Health Service Executive') or a word is an acronym ('Cancer Research UK'); an
    author who is also the publisher is one too. A person's name written forename first
    ('Mary Beard (2015)', 'Robert Service (1997)') stays a person's.
    """
    name = _trim_name(authors)
    words = name.split()
    if any(_trim_name(p) == name for p in publishers) and len(words) > 1:
        return True
    body = len(words) > 1 and words[-1].lower().strip(".") in _BODY_NOUNS
    initials = any(is_initials(w) for w in words) and not (  # 'U.S. Census Bureau': a body
        body and any(not is_initials(w) for w in words[:-1]))
    if len(words) < 2 or "," in name or re.search(r"\b(?:and|et al)\b|&", name) or \
            initials or not all(w[:1].isupper() or w.islower() for w in words):
        return False
    if words[-1] not in _NATIONS and not body and not any(
            len(w) > 1 and w.isalpha() and w.isupper() and not re.fullmatch(r"[IVX]+", w)
            for w in words):
        return False
    labels = [label for label, _ in spans]
    at = labels.index("author")
    after = spans[at + 1] if at + 1 < len(spans) else ("", "")
    dated = after[0] == "date" and bool(re.match(r"\(\s*(?:1[5-9]\d\d|20\d\d|n\.\s?d\.)",
                                                 after[1]))
    quoted = after[0] == "title" and after[1][:1] in "\"“‘" and authors.rstrip().endswith(".") \
        and (words[-1] in _NATIONS or body)  # ('Junguo ZHANG. "Title."': a person)
    return labels[:at].count("author") == 0 and (dated or quoted)




_NUMERIC_DATE = re.compile(r"[0-3]?\d\.[01]?\d\.(?:1[5-9]|20)\d\d")
_VOLUME_YEAR = re.compile(r"(\d{1,4})\s*\(((?:1[5-9]|20)\d\d)\)")


def _vancouver(spans: list[Span]) -> list[Span]:
    """A span 'year;volume(issue):pages' split into date, volume and pages spans (and a
    German date read as a volume put back as a date)."""
    out: list[Span] = []
    for label, text in spans:
        if label == "volume" and _NUMERIC_DATE.fullmatch(text.strip(" ,.;")):
            out.append(("date", text))  # German '15.11.1993' is a date, not a volume
            continue
        dated = _VOLUME_YEAR.fullmatch(text.strip(" ,.;")) if label == "volume" else None
        if dated:  # German 'Zeitschrift …, 12 (2006)': the volume and its year
            out += [("volume", dated.group(1)), ("date", dated.group(2))]
            continue
        m = _VANCOUVER.fullmatch(text.strip()) if label in ("date", "volume", "pages") else None
        if m is None:
            out.append((label, text))
            continue
        volume = re.sub(r"\s+((?:Suppl|Pt)(?:\s+\d+)?)$", r" (\1)", m.group("volume"))
        out += [("date", m.group("date")), ("volume", volume)]  # '42 Suppl 2': its issue
        out += [("pages", m.group("pages"))] if m.group("pages") else []
    return out


def to_csl(spans: list[Span]) -> dict[str, Any]:
    """Build a CSL-JSON item from (label, text) spans."""
    vancouver = any(label in ("date", "volume", "pages") and _VANCOUVER.fullmatch(text.strip())
                    for label, text in spans)
    spans = relabel(_vancouver(spans))
    item: dict[str, Any] = {}
    by: dict[str, list[str]] = {}
    for label, text in spans:
        by.setdefault(label, []).append(text)
    et_al = False
    authors_text = " ".join(by.get("author", []))
    editor_texts = list(by.get("editor", []))
    # "(ed.)"/"(eds.)" after the names at the head of the reference -> editor role.
    # (and German '(Hrsg.)', French '(dir.)', '(éd.)', Spanish '(coord.)', '(comp.)',
    # '(compilador)', Italian '(a cura di)')
    if authors_text and re.search(r"\(\s*(?:[Ee]ds?|[Hh]rsg|[Hh]gg?|dirs?|éds?|coords?|comps?|"
                                  r"(?:compilador|coordinador)(?:a|es|as)?|a\s+cura\s+di|"
                                  r"sous\s+la\s+dir(?:ection|\.)?\s+de)\.?\s*\)|"
                                  r",\s*(?:eds?\.?|Eds?\.)$", authors_text):
        editor_texts.insert(0, authors_text)
        authors_text = ""
    surnames = surnames_per_name(" ".join([authors_text, *editor_texts]))
    if authors_text and _organisation_by_shape(spans, authors_text, by.get("publisher", [])):
        item["author"] = [{"literal": _trim_name(authors_text)}]
    elif authors_text:
        names, et_al = parse_names(authors_text, surnames)
        if names:
            item["author"] = names
    in_container = False
    for etext in editor_texts:
        if re.match(r"^\s*(?:in|en)\b", etext, re.I):  # (Spanish 'en')
            in_container = True
        names, e = parse_names(etext, surnames)
        if names:  # the editors' 'et al.' is theirs, never the authors' ('in Mechler, R. et
            item.setdefault("editor", []).extend(names)  # al. (eds)', 'Gibney et al., eds.')
            if e and {"literal": "others"} not in item["editor"]:
                item["editor"].append({"literal": "others"})
    if by.get("translator"):
        names, _ = parse_names(" ".join(by["translator"]))
        if names:
            item["translator"] = names
    for text in by.get("date", []):
        d = parse_date(text)
        if d is None and _day_of(text, item.get("issued")):
            item["issued"] = _day_of(text, item["issued"])  # '(2018) … Reuters, 10 October.'
        elif d is None:
            _add_note(item, text)  # a date-like span that is no date is kept, never dropped
        elif "issued" not in item or _more_specific(d, item["issued"]):
            item["issued"] = d  # '(2014) ... 16 April 2014' -> the full date
            letter = _YEAR_LETTER.search(text)
            if letter:
                item["year-suffix"] = letter.group(1)  # '(2020a)': the author's own letter
        elif d != item["issued"] and not _more_specific(item["issued"], d):
            _add_note(item, text)  # a second, different date is kept
    if by.get("title"):
        item["title"] = _balanced(clean_text(by["title"][0]))
        for extra in by["title"][1:]:
            _add_note(item, extra)
    _split_resolution(item)
    container = [t for lab, t in spans if lab in ("container-title", "journal")]  # text order
    if container:
        ct = " ".join(container)
        if re.match(r"^\s*(?:in|dans)\s*:?\s", ct, re.I):  # and French 'dans Correspondance'
            in_container = True
            ct = re.sub(r"^\s*(?:in|dans)\s*:?\s*", "", ct, flags=re.I)
        item["container-title"] = clean_text(ct)
        words = [w.rstrip(",;:") for w in ct.split()]
        if len(words) > 1 and sum(w.endswith(".") for w in words) >= 2 and \
                re.fullmatch(r"[A-Z][a-z]{1,6}\.", words[-1]) and \
                not item["container-title"].endswith("."):
            item["container-title"] += "."  # an abbreviated journal: 'IEEE Trans. … Intell.'
        elif vancouver and re.fullmatch(r"[^.]+\s[A-Z]\.", item["container-title"]):
            item["container-title"] = item["container-title"][:-1]  # NLM's 'S Afr Med J.'
    if by.get("volume"):
        item.update(parse_volume(" ".join(by["volume"])))
    if by.get("pages"):
        page = parse_pages(by["pages"][0])
        article = _ARTICLE_NUMBER.fullmatch(page)
        if article:  # 'p.Art. 10': an article number (eLocator), not a page
            item["number"] = article.group(1)
        else:
            item["page"] = page
    if by.get("volume-title"):
        item["volume-title"] = clean_text(" ".join(by["volume-title"]))
    if by.get("edition"):
        item["edition"] = parse_edition(" ".join(by["edition"]))
    if by.get("publisher"):
        item["publisher"] = clean_text(" ".join(by["publisher"]))
    if by.get("location"):
        item["publisher-place"] = clean_text(" ".join(by["location"]))
    if by.get("genre"):
        genre = " ".join(by["genre"]).strip()
        item["genre"] = clean_text(genre)
        if genre.startswith("(") and "title" in item and ")" not in genre:
            # "(Brahimi Report, A/55/305)": the symbol was cut out; the rest belongs to the title
            item.pop("genre")
            item["title"] = _balanced(f"{item['title']} {genre.rstrip(' ,;:')}")
    for text in by.get("number", []):
        m = DOC_SYMBOL.match(text.strip())
        item.setdefault("number", m.group(1) if m else clean_text(text))
    for text in by.get("url", []):
        if "doi.org/" in text.lower() and parse_doi(text):
            item.setdefault("DOI", parse_doi(text))
            continue
        url = parse_url(text)
        if url:
            item.setdefault("URL", url)
    for text in by.get("doi", []):
        doi = parse_doi(text)
        if doi:
            item.setdefault("DOI", doi)
    for text in by.get("note", []):
        acc = _ACCESSED.search(text)
        if acc and parse_date(acc.group(1)):
            item["accessed"] = parse_date(acc.group(1))
            rest = _AVAILABLE.sub("", text[:acc.start()].strip(" ([")).strip(" ([")
            if rest and not _ACCESS_WORDS.fullmatch(rest):
                _add_note(item, rest)  # 'Available at: JSTOR (Accessed 3 May 2020)': JSTOR
        elif re.fullmatch(r"\[?online\]?\.?|available (?:at|from):?|retrieved from", text.strip(),
                          re.I):
            continue
        else:
            _add_note(item, text)
    _statute(item)
    _report_series(item, in_container)
    item["type"] = item.get("type") or infer_type(item, in_container, bool(by.get("journal")))
    if item["type"] == "article-journal" and _publisher_as_container(item, spans):
        # APA's 'Title. Publisher.' (a journal's abbreviation stop is no publisher's)
        item["publisher"] = clean_text(" ".join(by.get("container-title", []) +
                                               by.get("journal", []))) or \
            item["container-title"]
        del item["container-title"]
        item["type"] = "book"
    elif item["type"] == "dataset" and "container-title" in item and "publisher" not in item:
        item["publisher"] = item.pop("container-title")  # a data set's repository publishes it
    elif item["type"] == "article-journal" and ("URL" in item or "accessed" in item) and \
            not any(k in item for k in ("volume", "issue", "page", "number", "DOI")):
        item["type"] = "webpage"  # MLA's '"Project." Society Name, www.…': a site, no journal
        # (and CS1's '"Title". Site Name. Retrieved 3 January 2024.': read on a site)
    if item["type"] == "article-journal" and "number" not in item and \
            re.fullmatch(r"\d{6,}|[eEmMgG]\d{2,}", item.get("page", "")):  # PNAS's 13033: a page
        item["number"] = item.pop("page")  # 'Energy Policy, 144, 111621', 'e124': article no.
    if item["type"] == "speech" and "publisher" not in item and "publisher-place" in item:
        item["event-place"] = item.pop("publisher-place")  # where it was given
    if et_al and item.get("author") and {"literal": "others"} not in item["author"]:
        item["author"].append({"literal": "others"})  # CSL-JSON's 'et al.', read by citeproc
    return {"type": item.pop("type"), **item}


_PERIODICAL = re.compile(r"\b(?:journal|review|quarterly|bulletin|annals|proceedings|"
                         r"transactions|studies|magazine|times|post|news|gazette|letters|"
                         r"research|science|quarterly|zeitschrift|revue|revista)\b", re.I)


def _publisher_as_container(item: dict[str, Any], spans: list[Span]) -> bool:
    """A 'journal' that closes the reference with nothing of an article after it (no volume,
    issue, pages, number, DOI or address) and no periodical's word is APA's publisher:
    'Rabassa, G. (2005). If this be treason. New Directions.'"""
    labelled = [label for label, _ in spans if label not in ("note",)]
    return bool(labelled) and labelled[-1] in ("container-title", "journal") and \
        "publisher" not in item and "issued" in item and \
        not any(k in item for k in ("volume", "issue", "page", "number", "DOI", "URL")) and \
        not _PERIODICAL.search(item.get("container-title", ""))


_SERIES = re.compile(r"\b(?:Reports?|Papers?|Brief|Briefing|Series|Notes?)"
                     r"(?:\s*(?P<label>No\.?|N°|N\.°|Number)?\s*(?P<number>\d+[A-Za-z]?))?$")


def _report_series(item: dict[str, Any], in_container: bool = False) -> None:
    """A report in its institution's series, read as an article in a journal: 'Research Report
    No. 3', 'Middle East/North Africa Report N°107', 'Working Paper 19' (no volume or pages):
    the series and number are the report's number, as 'NBER Working Paper No. 20485'."""
    series = item.get("container-title", "")
    m = _SERIES.search(series)
    if m is None or "number" in item or "publisher" not in item or in_container or \
            "editor" in item or any(k in item for k in ("volume", "page", "DOI")) or \
            re.fullmatch(r"(?:1[5-9]|20)\d\d", m.group("number") or ""):
        return  # a journal ('Philosophical Papers, no. 2'), a book 'in' ('Landscape Papers 2')
    if m.group("number") is None:
        if "issue" not in item:
            return
        series = f"{series} No. {item.pop('issue')}"
    item.pop("container-title")
    item["number"] = series
    item["type"] = "report"


def _balanced(title: str) -> str:
    """Close a parenthesis left open when a symbol was cut out of '(Brahimi Report, A/55/305)'."""
    if title.count("(") > title.count(")"):
        return title.rstrip(" ,;:") + ")"
    return title


def _more_specific(new: dict[str, Any], old: dict[str, Any]) -> bool:
    n, o = new.get("date-parts", [[]])[0], old.get("date-parts", [[]])[0]
    return bool(n and o) and n[0] == o[0] and len(n) > len(o)


def _split_resolution(item: dict[str, Any]) -> None:
    """'United Nations Security Council Resolution 929' as author -> author + title."""
    authors = item.get("author", [])
    if len(authors) != 1 or "literal" not in authors[0]:
        return
    m = re.search(r"\s(Resolution\s+[\d/]+.*)$", authors[0]["literal"])
    if m:
        authors[0]["literal"] = authors[0]["literal"][: m.start()].strip()
        title = m.group(1)
        item["title"] = f"{title} {item['title']}" if item.get("title") else title


def _statute(item: dict[str, Any]) -> None:
    """'Human Rights Act 1998' read as an author and a year: a statute's title, no author."""
    authors = item.get("author") or []
    name = authors[0].get("literal", "") if len(authors) == 1 else ""
    year = (item.get("issued") or {}).get("date-parts", [[None]])[0][0]
    if "title" not in item and re.search(r"\bAct$", name) and year:
        del item["author"]
        item.update(title=f"{name} {year}", type="legislation")


def infer_type(item: dict[str, Any], in_container: bool, journal: bool) -> str:
    """Pick a CSL type from the fields present."""
    title = item.get("title", "")
    genre = item.get("genre", "")
    org_author = any("literal" in a for a in item.get("author", []))
    if _THESIS.search(genre) or _THESIS.search(item.get("note", "")):
        return "thesis"
    if re.fullmatch(r"(?:blog|weblog) (?:post|entry)|blog", genre, re.I):
        return "post-weblog"
    if re.fullmatch(r"(?:motion picture|(?:feature |documentary )?film|documentary|"
                    r"video(?: file| recording)?|youtube video|dvd)", genre, re.I):
        return "motion_picture"
    if re.fullmatch(r"data ?sets?|data|database", genre, re.I):
        return "dataset"  # APA's '[Data set]'
    if re.fullmatch(r"(?:computer )?(?:program|software)|mobile app|app|source code", genre,
                    re.I):
        return "software"  # APA's '[Computer software]'
    if re.fullmatch(r"interview", genre, re.I):
        return "interview"  # APA's '[Interview]'
    if re.fullmatch(r"(?:audio |video )?podcast(?: episode)?|(?:radio|television|tv) "
                    r"(?:programme|program|broadcast|series)", genre, re.I):
        return "broadcast"
    if _RESOLUTION.search(title) and "publisher" not in item:
        return "legislation"
    if _SPEECH.search(title) and "container-title" not in item and "publisher" not in item:
        return "speech"
    if _MEMO.search(title) and "publisher" not in item and "container-title" not in item:
        return "document"
    if _TREATY.search(title) and "publisher" not in item and "container-title" not in item:
        return "treaty"
    if "container-title" in item:
        ct = item["container-title"]
        periodical = "issue" in item or (journal and "volume" in item and "publisher" not in item)
        if re.search(r"\b(proceedings|conference|symposium|workshop|congress)\b", ct, re.I) and \
                not periodical:  # never 'Proceedings of the National Academy of Sciences, 112(4)'
            return "paper-conference"
        day = len(item.get("issued", {}).get("date-parts", [[]])[0]) == 3
        if in_container and not any(k in item for k in ("editor", "publisher",
                                                        "publisher-place")):
            if "volume" in item and "page" in item:
                return "article-journal"  # 'in: Archiv für Sozialgeschichte 30 (1990), S. 1'
            if day and "volume" not in item and "issue" not in item:
                return "article-newspaper"  # 'In: Nordkurier, 03.10.1999, S. 12'
        if in_container or "editor" in item or ("publisher" in item and not journal):
            return "chapter"
        if day and "volume" not in item and "issue" not in item:
            return "article-newspaper"  # a dated issue, no volume: newspaper or magazine
        if not journal and "URL" in item and not any(k in item for k in ("volume", "issue",
                                                                         "page", "number")):
            return "webpage"  # 'Title. [online] Site name. Available at: …'
        return "article-journal"
    if "number" in item and (DOC_SYMBOL.match(item["number"]) or org_author):
        return "report"
    if _THESIS.search(item.get("publisher", "")):
        return "thesis"
    if org_author and (_REPORTISH.search(title) or _REPORTISH.search(genre)):
        return "report"
    if "edition" in item:
        return "book"  # reports and web pages are not issued in editions
    if org_author and "URL" not in item and \
            len(item.get("issued", {}).get("date-parts", [[]])[0]) > 1:
        return "report"  # an organisation's publication dated to the month: a report
    if re.search(r"\breport\b", genre, re.I):
        return "report"
    if "URL" in item and "publisher" not in item:
        return "webpage"
    if "publisher" not in item and "editor" not in item and org_author:
        dated = bool(item.get("issued", {}).get("date-parts"))
        return "report" if dated else "document"  # a report bears its date
    return "book"

