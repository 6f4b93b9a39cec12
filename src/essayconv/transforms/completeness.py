"""Rule dropped-reference-words: warn when a rendered entry lacks words of its source reference.

The parser may put a word in a field the style does not print (a mislabelled span), so
each reference-list entry is compared with the full reference it came from; words of the
source that the entry lacks are reported with the source line, never dropped silently.
"""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T

NAME = "dropped-reference-words"
WORD = re.compile(r"[^\W\d_]+|\d+")  # 'pp161' is pp and 161
# Words a style may legitimately rewrite or leave out (labels, access phrases, months).
IGNORED = {
    "available", "at", "from", "online", "accessed", "retrieved", "pp", "p", "ed", "eds", "edn",
    "edition", "vol", "no", "in", "and", "doi", "http", "https", "www", "org", "com", "jan",
    "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "n", "d", "et", "al", "the", "of", "art", "article",
    "edited", "by", "translated", "trans", "tr", "editor", "editors",  # role words the style
    # says its own way (Vancouver's 'Brown T, editor.' is Harvard's 'Brown, T. (ed.)')
    "original", "originally", "work", "published", "vols", "volume", "volumes", "interviewer",
    "internet", "cited",  # Vancouver's '[Internet]', '[cited 2023 Mar 14]'
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",  # in a date
    "s", "ss", "para", "paras", "arts", "sch", "pt",  # legal pinpoints' labels
    "éd", "éds", "trad", "dir", "dans", "t", "coll", "hrsg", "bd",  # French and German ones
    "sous", "orig", "it",  # '(sous la dir. de)', '(ed. orig. …)', 'trad. it. di'
    "v", "disponível", "em", "acesso", "orgs", "coord",  # ABNT's labels
    "ibid", "ibidem",  # 'ibid.' in place of a container: the container is printed
    "págs", "pág", "pag", "pagg", "voll", "coords", "de", "di", "a", "cura", "en",
    "y", "e",  # Spanish and Italian labels and roles ('trad. de', 'a cura di')
}


# an approximate year's mark, printed 'c.' by the style: 'ca. 1890', 'circa 1450'
_CIRCA = re.compile(r"\b(?:c|ca|circa)\.?\s*(?=(?:1[0-9]|20)\d\d)", re.I)


# the access date, which the style leaves out for a DOI: '(Accessed: 2 March 2024)', 'Retrieved 3
# January 2024', 'viewed 12 May 2023', Vancouver's '[cited 2023 Mar 3]' (cut from the source only)
_ACCESS_DATE = re.compile(r"(?:\b(?:[Aa]ccessed|[Rr]etrieved|[Vv]iewed)\b|\[cited\b)"
                          r"(?:\s+on)?\s*:?\s*"
                          r"(?:(?:\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]+\.?),?\s+){0,3}"
                          r"(?:1[5-9]|20)\d\d\b")


# the Bluebook's declared short form after a full citation, no part of the work
_DECLARED = re.compile(r"\[(?:hereinafter|hereafter)\s[^\[\]]*\]", re.I)


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(_CIRCA.sub(" ", text))}


def _source_words(text: str, accessed: bool = True) -> set[str]:
    """The source's words, its access date aside when *accessed* (the work holds it and a DOI,
    for which the style leaves it out; never when the parser missed it)."""
    return _words(_ACCESS_DATE.sub(" ", text) if accessed else text)


def _initials(given: str) -> str:
    """The given names' initials run together, as Vancouver writes them: 'J. K.' → 'jk'."""
    return "".join(word[0] for word in re.findall(r"[^\W\d_]+", given)).lower()


def check_dropped_words(essay: etree._Element) -> None:
    """Compare every rendered entry with its full references; warn about missing words."""
    from ..references.idem import IDEM
    from ..references.locators import AT
    from ..works import work_item

    entries = {e.get("work"): _words(T.inline_text(e)) for e in T.findall(essay,
                                                                        "bibliography/entry")}
    for work in T.findall(essay, "works/work"):  # Harvard prints given names as initials
        entry = entries.get(work.get("id"), set())
        shortened = {"et", "al"} <= entry  # 'Twenge, J.M. et al.': the style cut the names
        for name in T.findall(work, "name"):
            given = name.get("given") or ""
            entry.update(_words(given))
            entry.add(_initials(given))  # Vancouver's 'Mensah JK' is given names 'J. K.'
            if shortened:
                entry.update(_words(name.get("family") or ""))
    accessed = {w.get("id") for w in T.findall(essay, "works/work")  # the style's choice
                if {"accessed", "DOI"} <= work_item(w).keys()}  # for a DOI: no access date
    reported: set[tuple[str, str]] = set()
    for citation in essay.iter(T.q("citation")):
        work = citation.get("work")
        if citation.get("form") != "full" or work not in entries:
            continue
        source = T.find(citation, "source").text or ""
        if citation.get("prefix"):  # 'See', 'On this point, see': no words of the reference
            source = source.replace(citation.get("prefix"), " ", 1)
        source = _DECLARED.sub(" ", source)  # '[hereinafter Ortiz, Deference]': no entry's
        idem = IDEM.match(source.strip())  # 'Id., …': the author before it, named in the work
        source = source.strip()[idem.end():] if idem else source
        for part in ("locator", "remark"):
            node = T.find(citation, part)
            if node is not None and node.text:  # 'hier S. 170': the word goes with the page
                source = re.sub(rf"(?:\b{AT.pattern})?{re.escape(node.text)}", " ", source)
        missing = sorted(_source_words(source, work in accessed) - entries[work] - IGNORED,
                         key=lambda w: (source.lower().find(w), w))
        missing = [w for w in missing if not w.isdigit() or len(w) == 4]
        if missing and (work, " ".join(missing)) not in reported:
            reported.add((work, " ".join(missing)))
            note = citation.getparent()
            T.diagnose(essay, "warning", NAME,
                       f"{work}: the reference list entry leaves out: {', '.join(missing)}",
                       int(note.get("line")))
    for item in T.findall(essay, "sources/item"):
        work = item.get("work")
        if work in entries:
            words = _source_words(item.text or "", work in accessed)
            missing = sorted(words - entries[work] - IGNORED,
                             key=lambda w: ((item.text or "").lower().find(w), w))
            missing = [w for w in missing if not w.isdigit() or len(w) == 4]
            if missing:
                T.diagnose(essay, "warning", NAME,
                           f"{work}: the reference list entry leaves out: {', '.join(missing)}",
                           int(item.get("line")))
