"""Render every note's citations and the reference list through citeproc, into the tree."""

from __future__ import annotations

import copy
import re
from typing import Any

from lxml import etree

from .. import tree as T
from ..works import works_of
from .secondary import restyle_original
from .variants import attach, located_notes, marker_variants

# a locator's label, printed in the locale's own term: German 'S. 12', Spanish 'pág. 12',
# Italian 'pagg. 12-14', Dutch 'blz. 12' as 'p. 12' is
LABEL_WORD = re.compile(
    r"^(?:(?:pp?|paras?|chaps?|ch|secs?|vols?|nn?|figs?|§§?|pages?|paragraphs?|chapters?|"
    r"sections?|volumes?|págs?|pagg?|blz)\.?|(?-i:S)\.)\s+(?=\w)", re.IGNORECASE)
DEFAULT_HEADING = "Reference list"
# the reference list's heading in the essay's language (the languages the reader tells apart)
HEADINGS = {"en": DEFAULT_HEADING, "fr": "Bibliographie", "de": "Literaturverzeichnis",
            "es": "Bibliografía", "it": "Bibliografia", "pt": "Referências",
            "nl": "Literatuurlijst"}


# a note's opening signal, written in lower case inside an author-date citation's brackets
# (English, Latin, French, German, Spanish and Italian ones, and the lead-ins before them: 'Sur
# ce point, cf.', 'Para una primera aproximación, véase')
_SIGNAL_WORD = re.compile(r"(?:see|cf|compare|also|esp|especially|e\.g|on|for|in|as|with|"
                          r"but\s+(?:see|cf)|accord|"  # the Bluebook's 'But see', 'Accord'
                          r"quoted|cited|contra|voir|vgl|siehe|dazu|hierzu|sur|pour|zur|zum|"
                          r"zu|für|über|véase|vid|vide|cfr|citado|para|sobre|si veda|"
                          r"si vedano|vedi|vd|v\.|per|su)(?!\w)", re.I)


# the preposition after a note's words on the work ('Cf. la opinión contraria de Whitcombe')
_ON_WORK = re.compile(r"\s+(in|en|de|di|of|by|dans|chez|bei|von|da|del|della|nel|nella|dal|"
                      r"dalla)\s+(?=\S)")


# Chicago's volume and page: '2:580'
_VOLUME_PAGE = re.compile(r"^(?P<volume>\d{1,3}):\s?(?P<page>\d.*)$")


# MHRA's roman volume and page: 'II, 14', 'I, 23–25'
_ROMAN_VOLUME_PAGE = re.compile(r"^(?P<volume>[IVXLC]{1,7}),\s*(?P<page>\d.*)$")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(numeral: str) -> int:
    """'II' → 2, 'XIV' → 14 (a valid upper-case numeral up to C)."""
    values = [_ROMAN_DIGITS[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


# a page and a footnote on it, as the Bluebook pinpoints: '152 n.4', '494 nn.11-12'
_PAGE_NOTE = re.compile(r"^(?P<page>\d+)\s+(?P<note>nn?\.\s?\d+(?:\s*[-–—]\s*\d+)?)$")


def locator_value(locator: str) -> str:
    """'pp. 23–40' → '23–40'; a descriptive locator is returned unchanged."""
    return LABEL_WORD.sub("", locator.strip())


def _cite(citation: etree._Element, notes: bool = False) -> dict[str, str]:
    cite = {"id": citation.get("work")}
    prefix = citation.get("prefix")
    if prefix:
        if not notes and _SIGNAL_WORD.match(prefix):
            prefix = prefix[0].lower() + prefix[1:]  # inside the brackets: '(see Centeno, …)'
        cite["prefix"] = prefix + " "
    locator = T.find(citation, "locator")
    footnote = ""
    if locator is not None and locator.text:
        value = locator_value(locator.text)
        page_note = _PAGE_NOTE.match(value)
        if page_note and (locator.get("label") or "page") == "page":
            # the Bluebook's '152 n.4': page 152 (one page, 'p.'), then its footnote as written
            value, footnote = page_note.group("page"), " " + page_note.group("note")
        volume = _VOLUME_PAGE.match(value) if (locator.get("label") or "page") == "page" else None
        roman = _ROMAN_VOLUME_PAGE.match(value) if locator.get("label") == "volume" else None
        if volume:  # Chicago's '2:580': volume 2, page 580, as the style writes them
            cite.update(locator=f"{volume.group('volume')}, p. {volume.group('page')}",
                        label="volume")
        elif roman:  # MHRA's 'II, 14': volume 2, page 14 ('pp.' for a range)
            pages = "pp." if re.search(r"\d\s*[-–]\s*\d", roman.group("page")) else "p."
            cite.update(locator=f"{roman_value(roman.group('volume'))}, {pages} "
                                f"{roman.group('page')}", label="volume")
        elif value != locator.text.strip() or re.match(r"^[\dxivlc]", value):
            cite.update(locator=value, label=locator.get("label") or "page")
        else:  # a description, '(chapter on Great Lakes crisis)': ', chapter on …'
            text = locator.text.strip()
            if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
                text = text[1:-1].strip()
            cite.update(suffix=text)  # citeproc puts ", " before a suffix that is a word
    remark = T.find(citation, "remark")
    source = T.find(citation, "source")
    written = (source.text or "") if source is not None else ""
    if notes and remark is not None and remark.text and _inside(citation, remark.text, written):
        # the document the note cites inside the work: '[see] Minute by X, 1 May 1920, in …';
        # the note's words on the work with their own preposition: 'Si veda il censimento in'
        after = written[written.find(remark.text) + len(remark.text):]
        joined = _ON_WORK.match(after)
        joint = f" {joined.group(1)} " if joined else ", in "
        cite["prefix"] = f"{cite.get('prefix', '')}{remark.text.strip()}{joint}"
    elif notes and remark is not None and remark.text and written.startswith(remark.text):
        # the note's prose before its signal ('It is worth noting … See Tavuchis, …') leads,
        # as the author wrote it ('…, which the author regards as …, see Hickman')
        signal = written.find(citation.get("prefix") or "", len(remark.text))
        lead = written[:signal] if signal > 0 else remark.text.strip() + " "
        cite["prefix"] = lead + cite.get("prefix", "")
    elif notes and remark is not None and remark.text and remark.text.strip():
        # in a footnote the remark follows the citation; author-date gives it a footnote
        words = remark.text.strip()
        if words[0].isupper():  # a sentence of the author's: after the note (see _sentences)
            pass
        elif "suffix" in cite:  # after a descriptive locator: ', chapter on …, remark'
            cite["suffix"] += f" {words}" if words[0] in "(“\"‘'" else f", {words}"
        else:  # citeproc puts ', ' before a suffix that is a word
            cite["suffix"] = f" {words}" if words[0] in "(“\"‘'" else words
    if footnote:
        rest = cite.get("suffix", "")
        cite["suffix"] = footnote + (rest if not rest or rest[0] in " ,;" else f", {rest}")
    return cite


def _inside(citation: etree._Element, words: str, written: str) -> bool:
    """Does the note open, after its signal if any, with its remark: the document it cites
    inside the work ('Minute by X, 1 May 1920, CO 730/1, …'; never the prose before a
    signal, 'It is worth noting … See Tavuchis')?"""
    prefix = citation.get("prefix")
    if not prefix:
        return written.startswith(words)
    return written.startswith(prefix) and written[len(prefix):].lstrip().startswith(words)


def _cluster(note: etree._Element, notes: bool = False) -> list[dict[str, str]]:
    """The note's cites; a citation with no work rides along as literal text, never lost."""
    cluster: list[dict[str, str]] = []
    pending: list[str] = []
    for citation in T.findall(note, "citation"):
        if citation.get("work"):
            cite = _cite(citation, notes)
            if pending:
                cite["prefix"] = "; ".join(pending) + "; " + cite.get("prefix", "")
                pending = []
            cluster.append(cite)
        else:
            text = (T.find(citation, "source").text or "").strip().rstrip(".")
            if cluster:
                cluster[-1]["suffix"] = cluster[-1].get("suffix", "") + f"; {text}"
            else:
                pending.append(text)
    if pending and cluster:
        cluster[0]["prefix"] = "; ".join(pending) + "; " + cluster[0].get("prefix", "")
    return cluster


_TIMESTAMP = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-\u2013]\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# a quotation, whose capitals name no one: '“the moral center of Beloved”'
_QUOTATION = re.compile(r"[“\"][^”\"]*[”\"]")


def _author_named_last(xref: etree._Element, item: dict[str, Any] | None) -> bool:
    """Is the work's author the last name in the sentence before a page alone ('As Rushdy
    argues, the house “…” (569)'), so the page may print without the author? Not when
    another name follows ('As Patricia Henderson puts it, Morrison “…” (64)') or the
    sentence names no author ('Schoolteacher’s notebook … (193)' after a citation)."""
    creators = (item or {}).get("author") or (item or {}).get("editor") or [{}]
    family = creators[0].get("family") or creators[0].get("literal") or ""
    previous = xref.getprevious()
    before = (previous.tail if previous is not None else xref.getparent().text) or ""
    sentence = re.split(r"[.!?][”’\"']?\s+(?=[A-Z“\"‘])", before)[-1]
    at = sentence.rfind(family) if family else -1
    if at < 0:
        return False
    after = _QUOTATION.sub("", sentence[at + len(family):])
    return re.search(r"(?<![\w\-’'])[A-Z]", after) is None


def _xref_cite(xref: etree._Element, items: dict[str, dict[str, Any]] | None = None
               ) -> dict[str, str] | None:
    """The cite of an author's own citation: as written, in the text ('Power (2002)'), or
    with its author named before it ('2002', '569'); None when citeproc could not say all
    the author said: a possessive ('Reynolds’ (2002)'), a locator that is no page, chapter,
    paragraph … ('emphasis added', 'passim'), a second year ('Smith (2010, 2015)')."""
    from ..references.locators import locator_label

    words = (xref.text or "").strip()
    if re.search(r"[’']s\b|s[’'](?=\s|$)", words) or words.count("(") != words.count(")"):
        return None  # a possessive; 'Power (2002' of 'Power (2002, 2005)'

    alone = words[:1].isdigit()  # a year or a page alone, its author named before it
    if alone and not re.match(r"\d{4}", words):  # a page: its author named last in the sentence
        alone = _author_named_last(xref, (items or {}).get(xref.get("work") or ""))
    cite = {"id": xref.get("work"),
            "mode": "AuthorInText" if "(" in words else
            "SuppressAuthor" if alone else "NormalCitation"}
    locator = xref.get("locator")
    if locator and _TIMESTAMP.fullmatch(locator.strip()):  # a film's '01:12:30'
        cite.update(label="timestamp", locator=locator.strip())
    elif locator:
        found = locator_label(locator)
        if found is None:
            return None
        cite.update(label=found[0], locator=found[1])
    return cite


def _restyle(essay: etree._Element, xref: etree._Element, styled: str) -> None:
    """Put the style's form in place of the author's words, which stay in @written."""
    styled = " ".join(styled.split())
    if styled.startswith("(") and styled.endswith(")") and styled.count("(") == 1 and \
            "(" not in (xref.text or ""):
        styled = styled[1:-1]  # the author's own parentheses stay around it
    if not styled or styled == xref.text:
        return
    paragraph = xref.getparent()
    T.log_change(essay, "restyle-citations", int(paragraph.get("line") or 1), xref.text or "",
                 styled)
    xref.set("written", xref.text or "")
    xref.text = styled
    restyle_original(essay, xref)  # '(Perlman and Peplau, 1981, cited in Hawkley, 2015)'


_LONG_NOTE = 12  # words: 'Thucydides, History of the Peloponnesian War, 1.23' stays inline


def explanatory(note: etree._Element) -> bool:
    """A note that says more than it cites: a citation of it that is prose, no reference
    ('I use “village” loosely here', 'Interviews were conducted in 2021'); in an essay with
    its own reference list, also a remark that is prose ('argues that the storms …'); and a
    long note that names no work of the list at all, such as an archival source ('John
    Mansfield to the Duke of Portland, August 8, 1795, HO 42/35, fol. 211, …'), which no
    author-date citation can say; and a note whose short form or Ibid. found no work
    ('Ibid., 710' after an archive): the checks warn of it, the reader keeps the note."""
    essay = note.getparent().getparent() if note.getparent() is not None else None
    listed = essay is not None and T.find(essay, "sources") is not None
    citations = T.findall(note, "citation")
    text = T.find(note, "text")
    if citations and not any(c.get("work") for c in citations) and (
            len(((text.text if text is not None else "") or "").split()) >= _LONG_NOTE
            or any(c.get("form") == "short" for c in citations)):
        return True  # a short form or an Ibid. that names no work stays the author's note
    for citation in citations:
        source = T.find(citation, "source").text or ""
        texts = [source] if citation.get("form") == "other" else []
        if listed:  # a document cited inside the work ('Bell to her father, 1 May 1921') aside
            texts += [r.text for r in T.findall(citation, "remark")
                      if not _inside(citation, r.text or "", source)]
        for text in texts:
            words = (text or "").split()
            prose = [w for w in words if re.fullmatch(r"[^\W\d_]{3,}[,;:]?", w) and w.islower()]
            if len(words) >= 4 and len(prose) >= 2:
                return True
    return False


def _verbatim(note: etree._Element, mode: str) -> etree._Element:
    text = (T.find(note, "text").text or "").strip()
    return T.el("inline", f"({text.rstrip('.')})" if mode == "author-date" else text)


def _without_locator(note: etree._Element, text: str) -> str:
    """The note as written without the page its one citation cites at its end ('Kyle, Suez,
    136.' → 'Kyle, Suez'): what an 'Ibid., 45' after it repeats; '' when the note cites
    several works or none (which one would 'Ibid., 45' name?)."""
    citations = T.findall(note, "citation")
    if len(citations) != 1:
        return ""
    locator = T.find(citations[0], "locator")
    core = text.rstrip().rstrip(".")
    if locator is not None and locator.text and core.endswith(locator.text.strip()):
        return core[: -len(locator.text.strip())].rstrip().rstrip(",")
    return core


def _spelt_out(whole: str, work: str, rest: str) -> str:
    """'Ibid., 45' spelt out: the work of the note before it, then the rest as written
    ('Kyle, Suez, 136.', then 'Ibid., 45.' → 'Kyle, Suez, 45.'); a bare 'Ibid.' repeats the
    note before it whole."""
    if not whole:
        return ""
    rest = rest.strip()
    if not rest or rest == ".":
        return whole.rstrip().rstrip(".") + "."
    head = work.rstrip().rstrip(".")
    if not head:
        return ""
    rest = rest.lstrip(",").strip()
    return f"{head}, {rest}" if rest.endswith((".", "!", "?")) else f"{head}, {rest}."


def _add_sentences(rendered: etree._Element, note: etree._Element) -> None:
    """The author's own sentences after a citation ('… 19. Waldron does not discuss …'),
    after the rendered note as written, each ending in a full stop."""
    for citation in T.findall(note, "citation"):
        remark, source = T.find(citation, "remark"), T.find(citation, "source")
        words = (remark.text or "").strip() if remark is not None else ""
        written = (source.text or "") if source is not None else ""
        if not (citation.get("work") and words[:1].isupper()) or \
                written.startswith(remark.text) or _inside(citation, remark.text, written):
            continue  # the prose before a signal, or the document cited: they lead
        sentence = words if words[-1] in ".!?…”’\"'" else words + "."
        last = rendered[-1] if len(rendered) else None
        if last is None:
            rendered.text = f"{(rendered.text or '').rstrip()} {sentence}"
        else:
            last.tail = f"{(last.tail or '').rstrip()} {sentence}"


def render_citations(essay: etree._Element, style: str, mode: str, locale: str | None,
                     heading: str | None = None, restyle: bool = False) -> None:
    """Fill note/rendered for every note and add the bibliography (one citeproc call);
    with ``restyle``, also rewrite the author's own in-text citations in the style."""
    from ..citations import render
    from ..cslstyles import style_kind
    from ..references.notes import IBID

    works = works_of(essay)
    if not works:
        return
    kind = style_kind(style)
    notes = T.findall(essay, "notes/note")
    clusters: list[list[dict[str, str]]] = []
    rendered_notes = []
    for note in notes:
        cluster = _cluster(note, mode == "notes" or kind == "note")
        if cluster:
            clusters.append(cluster)
            rendered_notes.append(note)
    # only an author-date style has an in-text form to put in the author's parentheses
    items = {w["id"]: w for w in works}
    cites = [(x, _xref_cite(x, items)) for x in essay.iter(T.q("xref"))] \
        if restyle and mode == "author-date" and kind in ("author-date", "author") else []
    cites = [(x, cite) for x, cite in cites if cite is not None]
    # a marker's own locator or author-suppressed form ('[5, Ch. 4]', 'Olsen et al. [13]')
    variants = marker_variants(essay, {n.get("id"): c for n, c in zip(rendered_notes, clusters,
                                                                       strict=True)},
                               {w["id"]: w for w in works}) \
        if mode == "author-date" and kind != "note" else []
    result = render(works, clusters + [[cite] for _, cite in cites] + [v for _, v in variants],
                    style=style, mode=mode, locale=locale)
    if result.notes_mode:
        variants = []
    extra = result.clusters[len(clusters) + len(cites):]
    for (xref, _), content in zip(cites, result.clusters[len(clusters):len(clusters) +
                                                         len(cites)], strict=True):
        _restyle(essay, xref, "".join(content.itertext()))
    by_note = dict(zip((id(n) for n in rendered_notes), result.clusters[:len(clusters)],
                       strict=True))
    written: dict[int, tuple[str, str]] = {}  # each note as written (whole, without its
    # page), an Ibid. spelt out (see below)
    last_footnote = None
    for index, note in enumerate(notes):
        content = by_note.get(id(note)) if id(note) in by_note else _verbatim(note, mode)
        rendered = T.el("rendered")
        text = (T.find(note, "text").text or "").strip()
        ibid = IBID.match(text)  # 'Ibid.', 'ibid', 'Id.', 'Ebd.' (the notes' own rule)
        if ibid and index:  # 'Ibid., 45' names the note before it, as its author wrote it
            text = _spelt_out(*written.get(index - 1, ("", "")), text[ibid.end():]) or text
        written[index] = (text, _without_locator(note, text))
        if mode == "author-date" and not result.notes_mode and explanatory(note):
            content = _verbatim(note, "notes")  # it says more than it cites: a footnote
            if ibid and index and last_footnote != index - 1:
                # the note before it is no footnote now: 'Ibid.' would name the wrong one
                content = T.el("inline", text)
            rendered.set("as", "footnote")
            last_footnote = index
        rendered.text = content.text
        for child in content:
            rendered.append(copy.deepcopy(child))
        if id(note) in by_note and (mode == "notes" or kind == "note"):
            _add_sentences(rendered, note)
        note.append(rendered)
    attach(essay, variants, extra[:len(variants)])
    if result.notes_mode:
        located_notes(essay)
    language = (essay.get(T.XML_LANG) or "en").split("-")[0]
    bibliography = T.el("bibliography", heading=heading or HEADINGS.get(language, DEFAULT_HEADING),
                        style=str(style), mode="notes" if result.notes_mode else "author-date")
    for work_id, entry in result.bibliography:
        node = T.sub(bibliography, "entry", work=work_id)
        node.text = entry.text
        for child in entry:
            node.append(copy.deepcopy(child))
    T.find(essay, "changes").addprevious(bibliography)
    for warning in result.warnings:
        T.diagnose(essay, "warning", "citeproc", warning, None)
