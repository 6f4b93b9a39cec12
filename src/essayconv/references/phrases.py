"""Exact rules for the fixed phrases of a reference: contributors, volumes, dates, kinds.

APA writes a translator or editor in brackets after the title ('(G. Rabassa, Trans.)',
'(G. Roth & C. Wittich, Eds.; Vol. 2)', '(P. Ruiz, Interviewer)'), volumes as '(Vols. 1–5)'
and a reprint's first date as '(Original work published 1967)'; Harvard writes '6 vols.' and
'Originally published 1792'. Theses ('[Doctoral dissertation, X]', 'MSc dissertation. X.'),
films ('Directed by …'), interviews ('Interviewed by …'), patents ('US Patent 10,452,978'),
numbered reports and standards ('Report no. DH-2019-14', '(ISO Standard No. 45001:2018)'),
preprints ('arXiv:2207.04672 [Preprint]'), software versions ('(Version 0.8.0)'), APA's
presentations ('[Paper presentation]. Congress, City') and circa dates ('(ca. 1965)') are
just as fixed. These phrases have one meaning each, so they are taken out of the string
before the CRF labels it and set on the item afterwards (their type over the guessed one).
"""

from __future__ import annotations

import re
from typing import Any

from .names import PARTICLES, family_first

_ROLES = {"trans": "translator", "transl": "translator", "translator": "translator",
          "translators": "translator", "ed": "editor", "eds": "editor", "editor": "editor",
          "editors": "editor", "interviewer": "interviewer", "illus": "illustrator"}
# '(G. Rabassa, Trans.)', '(M. Holquist, Ed.)', '(G. Roth & C. Wittich, Eds.; Vol. 2)'
_BRACKET = re.compile(
    r"\s*\((?P<names>[^()]{2,120}?),\s*(?P<role>Trans(?:l)?|Translators?|Eds?|Editors?|"
    r"Interviewer|Illus)\.?(?:\s*(?:&|and)\s*(?P<role2>Trans|Eds?)\.?)?"
    r"(?:;\s*(?P<vol>Vols?\.\s*\d+(?:\s*[-–]\s*\d+)?))?\)")
_VOLUMES = re.compile(r"\s*\((?P<vol>Vols?\.\s*\d+(?:\s*[-–]\s*\d+)?)\)")
_COUNT = re.compile(r"(?<=[.,])\s*(?P<n>\d{1,2})\s+vol[sl]\.?,?(?=\s|$)", re.I)  # Italian 'voll.'
# an original edition's year in brackets after a title, the edition's own year later:
# 'Memoria sobre el estado del comercio [1788], ed. de …, 1999'
_ORIGINAL_BRACKET = re.compile(r"(?<=\w)\s*\[(?P<year>1\d{3})\](?=[,.]\s.*\b(?:1[5-9]|20)\d\d\b)")
_ORIGINAL = re.compile(r"\s*\(?(?:Original work published|Originally published|First published)"
                       r"(?: in)?\s+(?P<year>(?:1[5-9]|20)\d\d)\)?\.?", re.I)


def _forename_first(chunk: str) -> dict[str, str]:
    """'G. Rabassa' → family Rabassa, given G.; 'C. K. Scott Moncrieff' keeps both words of
    a surname after initials; 'J. van der Berg' keeps its particle."""
    words = chunk.split()  # (a name here never ends in a sentence's stop: see _BY)
    family = family_first(words)  # 'Bong Joon-ho', 'Nguyễn Văn An': family name first
    if family is not None:
        return family
    if len(words) == 1:
        return {"family": words[0]}
    first = len(words) - 1
    while first > 1 and (words[first - 1].lower() in PARTICLES or
                         not words[first - 1].endswith(".")):
        first -= 1
    return {"family": " ".join(words[first:]), "given": " ".join(words[:first])}


def _names(text: str) -> list[dict[str, str]]:
    parts = re.split(r"\s*(?:,\s*(?:&|and)\s+|&|\band\b|,)\s*", text.strip())
    return [_forename_first(part) for part in parts if part.strip()]


def _volume(text: str) -> str:
    return re.sub(r"^Vols?\.\s*", "", text).replace("-", "–")


# a degree's thesis: APA '[Doctoral dissertation, Universidad Nacional]', Harvard 'MSc
# dissertation. University of Edinburgh.'
_DEGREE = (r"(?:Doctoral|Master['’]s|Bachelor['’]s|Honours|Undergraduate|PhD|Ph\.D\.|DPhil|"
           r"MPhil|MSc|MA|MRes|MBA|MEd|EdD|BA|BSc)")
_THESIS_BRACKET = re.compile(rf"\s*\[(?P<genre>{_DEGREE}\s+(?:dissertation|thesis)),\s*"
                             r"(?P<inst>[^\]]+)\]")
_THESIS_PLAIN = re.compile(rf"(?<=[.?!])\s+(?P<genre>{_DEGREE}\s+(?:dissertation|thesis))\.\s+"
                           r"(?P<inst>[^.:]{3,100}?)\.(?=\s|$)")
# Chicago's '(PhD diss., Boston College, 2005)' in a note, '. PhD diss., Boston College, 2005.'
# in a bibliography: the year stays for the model
_THESIS_CHICAGO = re.compile(
    rf"(?:\s*\((?P<genre>{_DEGREE}\s+(?:diss\.|dissertation|thesis)),\s*(?P<inst>[^()]{{3,100}}?),"
    r"\s*(?P<year>(?:1[5-9]|20)\d\d)\)|(?<=[.?!”\"])\s+(?P<genre2>" + _DEGREE +
    r"\s+(?:diss\.|dissertation|thesis)),\s*(?P<inst2>[^()]{3,100}?),\s*"
    r"(?P<year2>(?:1[5-9]|20)\d\d)\.?(?=\s|$))")
# 'Directed by Hayao Miyazaki', 'Interviewed by L. Haddad'
_NAME_PART = (r"(?:[A-Z\u00c0-\u017f][\w.'’\-]*|"
              r"(?:de|da|dos|das|do|van|von|der|den|la|le|du|di|al|el|bin|ibn)(?=\s))")
_BY = re.compile(r"(?<=[.)\]])\s*(?P<role>Directed|Interviewed)\s+by\s+"
                 rf"(?P<names>(?!(?:The|A|An)\s)(?:{_NAME_PART}\s+){{0,4}}?"
                 r"[A-Z\u00c0-\u017f][\w'’\-]+)"  # the last name word ends before its stop
                 r"(?P<end>\s*(?=\[)|[.,](?=\s|$))")
_BY_ROLES = {"directed": "director", "interviewed": "interviewer"}
_PERSONS = (rf"(?:{_NAME_PART}\s+){{0,4}}?[A-Z\u00c0-\u017f][\w'’\-]+"
            rf"(?:\s+(?:and|&)\s+(?:{_NAME_PART}\s+){{0,4}}?[A-Z\u00c0-\u017f][\w'’\-]+)*")
# 'ed. and trans. R. M. Durling': one person both edited and translated the work
_EDITED_TRANSLATED = re.compile(r"(?:(?<=\.)|,)\s*(?:[Ee]d\.|[Ee]dited)\s+(?:and|&)\s+"
                                rf"(?:trans\.|translated)\s+(?:by\s+)?(?P<names>{_PERSONS})"
                                r"(?=[.;,]|$)")
# 'introduction and notes by R. L. Martinez': what a contributor wrote, kept as a note
CONTRIBUTED = "(?:introduction|foreword|preface|afterword|notes|commentary)"
_CONTRIBUTION = re.compile(
    rf"[;,]\s*(?P<what>(?:with\s+)?(?:an?\s+)?{CONTRIBUTED}(?:(?:,\s*|\s+and\s+)(?:an?\s+)?"
    rf"{CONTRIBUTED})*\s+by\s+{_PERSONS})(?=[.;,]|$)", re.I)
# 'US Patent 10,452,978', 'GB Patent 2512345'
_PATENT = re.compile(r"(?<=[.)\]])\s*(?P<number>(?:US|U\.S\.|EP|GB|WO|DE|FR|JP|CN|CA|AU)\s+"
                     r"Patent\s+(?:No\.\s*)?[\dA-Z][\d,./A-Z-]*\d)\.?")
# a report's or a standard's number: 'Report no. DH-2019-14', '(DfE Research Report RR1234)',
# '(ISO Standard No. 45001:2018)', '(NIH Publication No. 18-2059)', 'Working Paper 12',
# 'IIHS Working Paper 2020/03', 'Issue Brief IB:22-03-A'
_REPORT_NUMBER = re.compile(
    r"(?:(?<=[.)\],])\s*|\s*(?P<open>\())(?P<number>(?:[A-Z][\w&]*\s+){0,2}"
    r"(?:Research\s+|Technical\s+|Policy\s+|Briefing\s+)?(?:Report|Publication|Paper|Standard|"
    r"Bulletin|Brief|Rapport|Bericht|Informe|Relatório|Rapporto)"
    r"\s+(?P<no>[Nn]o\.|[Nn]r\.|[Nn]º|[Nn]umber)?\s*(?!(?:1[5-9]|20)\d\d\b(?![/-]\d))"
    r"(?=[\w./:-]*\d)(?P<id>[A-Z0-9][\w./:-]*\d(?:-[A-Z]{1,2})?))"
    r"(?(open)\)|(?:(?=\s+\([A-Z])|[.,](?=\s|$)))")
# (never a year: 'Coastal Flood Report 2018' is a title; but 'Working Paper 2020/03' is a
# number, and so is 'Issue Brief IB:22-03-A')
# a German newspaper's issue and its day: ', Nr. 452 vom 24. September 1923'
_ISSUE_OF_DAY = re.compile(r",\s*Nr\.\s*(?P<issue>\d+)\s+vom\s+(?P<day>\d{1,2}\.\s*[^\W\d_]+\.?\s+"
                           r"(?:1[5-9]|20)\d\d)(?=[,.])")
# a French book's series: ', coll. « Bibliothèque de la Pléiade »', ', coll. Points'
_COLLECTION = re.compile(r",\s*coll\.\s*(?:«\s*(?P<quoted>[^»]{2,80}?)\s*»|"
                         r"(?P<plain>[A-Z\u00c0-\u00de][^,.;«»()]{1,60}?))(?=\s*[,.;)])")
# a body's publication series: 'WMO-No. 1142', 'FAO-No. 12'
_BODY_SERIES = re.compile(r"(?<=[.,])\s*(?P<number>[A-Z]{2,8}-No\.\s*\d+)(?=[.,](?:\s|$))")
# a UK command paper or a House paper: '(Cm 9230)', '(HC 115)', 'HL Paper 100', 'Cmd 6404'
_PARLIAMENTARY = re.compile(r"(?:\s*\((?P<bracketed>(?:Cm|Cmd|Cmnd|CP|HC|HL|Law\s+Com(?:\s+No)?)"
                            r"(?:\s+Paper)?\s+\d+(?:[-–]\w+)?)(?:,\s*(?P<year>(?:19|20)\d\d))?\)"
                            r"|(?<=[.,])\s*(?P<bare>(?:Cm|Cmd|Cmnd|CP|HC|HL)"
                            r"(?:\s+Paper)?\s+\d+(?:[-–]\w+)?)(?=[.,]))")
# an edition named in words: '8th European edn.', 'Revised student edn.', '15th global edition.'
_EDITION_WORDS = re.compile(
    r"(?<=[.,])\s+(?P<edition>(?:\d+(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|revised|"
    r"rev\.|new|updated|expanded|abridged))(?:\s+(?:[A-Z][a-z]+|(?i:student|international|"
    r"global|european|revised|updated|abridged|expanded|paperback|illustrated|annotated)))+)"
    r"\s+(?i:edn|edition)\.?(?=\s|$)")
# Cite Them Right's 'Translated from the French by A. Sheridan.'
_TRANSLATED_FROM = re.compile(r"(?<=[.,])\s+Translated\s+from\s+(?:the\s+)?[A-Z][\w-]*\s+by\s+"
                              rf"(?P<names>{_PERSONS})\.(?=\s|$)")
# Vancouver's web items: 'Obesity [Internet]. Geneva: WHO; 2021 [cited 2023 Mar 14].'
_INTERNET = re.compile(r"\s*\[Internet\]", re.I)
_CITED_ON = re.compile(r"\s*\[cited\s+(?P<date>[^\[\]]{6,30})\]", re.I)
# OSCOLA's web and paper sources after a quoted title: '(Public Law for Everyone, 24 September
# 2019)' (a blog and the post's day), '(Policy Exchange 2019)' (a publisher and its year)
_OSCOLA_SITE = re.compile(r"(?<=[’'”\"])\s*\((?P<site>[A-Z][^(),\d]{2,80}?),\s*(?P<date>\d{1,2}\s+"
                          r"[A-Z][a-z]+\s+(?:1[5-9]|20)\d\d)\)")
_OSCOLA_PAPER = re.compile(r"(?<=[’'”\"])\s*\((?P<publisher>[A-Z][^(),\d:]{2,80}?)\s+"
                           r"(?P<year>(?:1[5-9]|20)\d\d)\)(?=\s*(?:[.,;]|$))")
_NO_DATE = re.compile(r"\(\s*(?:no date|undated)\s*\)", re.I)
# an ISO standard named by its number at the title's start: 'ISO 13606-1:2016 Health …'
_STANDARD = re.compile(r"\b(?:ISO|BS|EN|DIN|IEC|ISO/IEC)(?:\s+EN)?\s+\d[\d-]*(?::\d{4})?\b")
# 'arXiv:2207.04672 [Preprint]', ACL's 'arXiv preprint arXiv:2001.08361', 'bioRxiv' preprints
_PREPRINT = re.compile(r"(?<=[.)\]])\s*(?:arXiv\s+preprint\s+)?"
                       r"(?P<number>arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?)"
                       r"(?:\s*\[Preprint\])?\.?")
# '(Version 0.8.0)', '(Version 4.3.1)'
_VERSION = re.compile(r"\s*\((?:Version|Ver\.|v\.?)\s*(?P<version>\d[\w.-]*)\)")
# APA's presentations: '[Paper presentation]. Latin American Studies Association Congress, …'
_PRESENTATION = re.compile(
    r"\s*\[(?P<genre>(?:Paper|Conference|Poster)\s+presentation|Conference session|"
    r"Keynote address)\]\.\s*(?P<event>[^.]{3,200}?)\.?(?=\s+https?://|$)")
# a film's kind, '[Film]', and its title before the year: 'Spirited away (2001) Directed by …'
_FILM = re.compile(r"\s*\[(?P<genre>Film|Feature film|Motion picture|Documentary|Documentary film|"
                   r"DVD|Video|Short film|Blu-ray)\]\.?")
_TITLE_FIRST = re.compile(r"^(?P<title>[^()]{1,200}?)\s*\((?P<year>(?:1[89]|20)\d\d)\)\.?\s*"
                          r"(?=Directed by)")
# a podcast's or broadcast's kind and series: '(No. 87) [Audio podcast episode]. In Poetry …'
_EPISODE = re.compile(r"\s*\((?:No\.|Episode|Ep\.)\s*(?P<number>\d+)\)")
_BROADCAST = re.compile(
    r"\s*\[(?P<genre>(?:Audio |Video )?podcast(?: episode)?|Radio (?:broadcast|programme)|"
    r"(?:TV|Television) (?:series|programme|broadcast)(?: episode)?)\]\.?"
    r"(?:\s*In\s+(?P<container>[^.]{2,120})\.)?", re.I)
# software: '[Computer program]', '[Computer software]'
_SOFTWARE = re.compile(r"\s*\[(?P<genre>Computer (?:program|software)|Software|Mobile app)\]\.?")
# an arXiv DOI names a preprint: 'arXiv. https://doi.org/10.48550/arXiv.1706.03762'
_ARXIV_DOI = re.compile(r"10\.48550/arXiv\.(?P<id>\d{4}\.\d{4,5})")
# a Chicago publication statement closing the reference, '(Paris: Armand Colin, 2021)', after
# a title holding a span of years, '… des Tutsi (1990–1994): Rapport …': the year is the
# statement's, the span the title's
_STATEMENT_YEAR = re.compile(r"\([^():]{2,60}:\s*[^()]{2,100},\s*(?P<year>(?:1[5-9]|20)\d\d)\)"
                             r"[.,]?\s*$")
_TITLE_SPAN = re.compile(r"\((?:1[5-9]|20)\d\d\s*[-–]\s*(?:1[5-9]|20)\d\d\)")
# a social-media post: APA's 'Happy new year [Tweet]. Twitter.', Harvard's "'No one is safe'
# [Twitter] 5 May."
_PLATFORMS = (r"(?:Twitter|X(?=[.\]])|Instagram|Facebook|TikTok|LinkedIn|Mastodon|Threads|"
              r"Bluesky|Reddit)")  # 'X.' or '[X]', never the X of 'X ray'
_POST_APA = re.compile(
    r"(?<=[.)]\s)(?P<title>[^\[\]()]{2,300}?)\s*\[(?P<genre>Tweet|Post|Status update|Photograph|"
    r"Photographs|Video|Image|Thread|Infographic|Reel|Story)\]\.?\s*(?P<platform>"
    + _PLATFORMS + r")\.?(?=\s|$)")
_POST_HARVARD = re.compile(r"\s*\[(?P<platform>" + _PLATFORMS + r")\]\s*"
                           r"(?P<day>\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})?\.?")


def _sentences(text: str) -> int:
    """Sentences of a reference's head, an initial never one: 'Austen, J. Emma.' is two
    (the author, the title), 'Orwell, George.' and 'Smith, J. R.' one."""
    parts = [p for p in re.split(r"\.(?:\s+|$)", text.strip()) if p.strip()]
    return sum(1 for p in parts if not re.fullmatch(r"\s*[A-Z]\s*", p))


# MLA's original year between title and publisher: 'Beloved. 1987. Vintage International, 2004.'
_MLA_ORIGINAL = re.compile(r"(?<=\.)\s+(?P<year>(?:1[5-9]|20)\d\d)\.(?=\s+[A-Z][^.]*,\s*"
                           r"(?:1[5-9]|20)\d\d\.?\s*$)")
# a handle after the author's name: 'Tedros, A.G. [@DrTedros] (2020)'
_HANDLE = re.compile(r"\s*\[(?P<handle>@[\w.]{2,40})\]")
# an approximate date: '(ca. 1965)', '(c. 1890)', '[c.1450]', '(circa 1890–1895)', a
# conjectured '[1890?]', and unbracketed after a stop or comma, 'Anon. c. 1450.', '…,
# Macmillan, ca. 1890.' (never 'ca. 1500 S.', about 1500 pages, nor the initial 'C. 1890')
_CIRCA_WORD = r"(?:c\.|ca\.|Ca\.|circa|Circa|approx\.)"
_CIRCA_YEARS = r"(?P<year>1\d{3}|20\d\d)(?:\s*[-–]\s*(?P<end>1\d{3}|20\d\d))?"
_CIRCA = re.compile(
    rf"[(\[]\s*(?:(?P<word>{_CIRCA_WORD})\s?)?{_CIRCA_YEARS}(?P<query>\?)?\s*[)\]]|"
    rf"(?<=[\s(])(?P<bare>{_CIRCA_WORD})\s?(?P<year2>1\d{{3}}|20\d\d)"
    r"(?:\s*[-–]\s*(?P<end2>1\d{3}|20\d\d))?(?=[)\]]|[.,;](?:\s|$)|\s*$)")


def _cut(text: str, match: re.Match[str], keep: str = "") -> str:
    return text[: match.start()] + keep + text[match.end():]


def _circa(text: str, fields: dict[str, Any]) -> str:
    """The first approximate date, as CSL's circa date ('_circa', set by put_back), and the
    text with its year alone where it stood, for the model: '(c. 1450)' → '(1450)'."""
    for match in _CIRCA.finditer(text):
        bare = match.group("bare") is not None
        if not bare and not (match.group("word") or match.group("query")):
            continue  # '(1890)': a plain year
        year = int(match.group("year2" if bare else "year"))
        end = match.group("end2" if bare else "end")
        if end and int(end) <= year:
            continue
        years = f"{year}–{end}" if end else str(year)
        inside = bare or text[: match.start()].rstrip().endswith(",")  # 'Macmillan, [1890?]'
        kept = years if inside else f"({years})"
        fields["_circa"] = {"date-parts": [[year], [int(end)]] if end else [[year]],
                            "circa": True, "_written": (kept, match.group(0))}
        return _cut(text, match, kept)
    return text


def _phrases(text: str, fields: dict[str, Any]) -> str:
    """Take out the fixed phrases of theses, films, interviews, patents, numbered reports
    and standards, preprints, software versions and presentations, and a social-media
    handle after the author's name ('Instituto Cervantes [@institutocervantes].')."""
    match = _HANDLE.search(text, 0, 120)
    if match:
        fields["note"] = match.group("handle")
        text = _cut(text, match)
    match = _POST_APA.search(text)
    if match:
        fields.update(title=match.group("title").strip(" .'‘’\"“”"), genre=match.group("genre"),
                      type="post")
        fields["container-title"] = match.group("platform")
        text = _cut(text, match, " ")
    match = _POST_HARVARD.search(text)
    if match:
        fields.update(type="post")
        fields["container-title"] = match.group("platform")
        if match.group("day"):
            fields["_day"] = match.group("day")
        text = _cut(text, match, ".")
    match = _MLA_ORIGINAL.search(text)
    if match and _sentences(text[: match.start()]) < 2:
        match = None  # 'Orwell, George. 1984. London: Secker & Warburg, 1949.': the title
    if match:
        fields["original-date"] = {"date-parts": [[int(match.group("year"))]]}
        text = _cut(text, match)
    statement = _STATEMENT_YEAR.search(text)
    if statement and _TITLE_SPAN.search(text, 0, statement.start()):
        fields["issued"] = {"date-parts": [[int(statement.group("year"))]]}
        fields.setdefault("overrides", []).append("issued")
        fields["_title_until"] = text[: statement.start()].rstrip(" ,.")  # the whole title
    text = _circa(text, fields)
    match = _FILM.search(text)
    if match:
        fields.update(genre=match.group("genre"), type="motion_picture")
        stop = "" if text[: match.start()].rstrip().endswith(".") else "."  # never '..'
        text = _cut(text, match, stop)
    match = _TITLE_FIRST.match(text)
    if match and (re.search(r",\s*[A-Z]\.", match.group("title"))
                  or not _BY.match(text, match.end() - 1)):
        match = None  # 'Stone, L. (2009) Directed by Desire: …' is a book's title
    if match:
        fields["title"] = match.group("title").strip()
        text = f"({match.group('year')}) " + text[match.end():]
    match = _EPISODE.search(text)
    if match:
        fields["number"] = match.group("number")
        text = _cut(text, match)
    match = _BROADCAST.search(text)
    if match:
        fields.update(genre=match.group("genre"), type="broadcast")
        if match.group("container"):
            fields["container-title"] = match.group("container").strip()
        text = _cut(text, match, ".")
    match = _SOFTWARE.search(text)
    if match:
        fields.update(genre=match.group("genre"), type="software")
        text = _cut(text, match, ".")
    match = _ARXIV_DOI.search(text)
    if match and "arXiv:" not in text:
        fields.update(number=f"arXiv:{match.group('id')}", genre="Preprint", type="article")
        text = re.sub(r"(?<=[.?!])\s*arXiv\.(?=\s)", "", text)
    match = _THESIS_CHICAGO.search(text)
    if match:
        bracket = match.group("genre") is not None
        fields.update(genre=match.group("genre" if bracket else "genre2"), type="thesis",
                      publisher=match.group("inst" if bracket else "inst2").strip())
        fields.setdefault("overrides", []).append("publisher")
        year = match.group("year" if bracket else "year2")
        text = _cut(text, match, f" ({year})" if bracket else f" {year}.")
    for pattern in (_THESIS_BRACKET, _THESIS_PLAIN) if not match else ():
        match = pattern.search(text)
        if match:
            fields.update(genre=match.group("genre"), publisher=match.group("inst").strip(),
                          type="thesis")
            fields.setdefault("overrides", []).append("publisher")
            text = _cut(text, match, "." if pattern is _THESIS_PLAIN else "")
            break
    match = _OSCOLA_SITE.search(text)
    if match:
        from .spans import parse_date

        fields["container-title"] = match.group("site").strip()
        fields["issued"] = parse_date(match.group("date"))
        fields.setdefault("overrides", []).append("issued")
        fields.setdefault("type", "post-weblog")
        text = _cut(text, match, ".")
    match = _OSCOLA_PAPER.search(text) if "issued" not in fields else None
    if match and not re.search(r"\b(?:edn|ed|eds|trans)\b", match.group("publisher")):
        fields.update(publisher=match.group("publisher").strip(),
                      issued={"date-parts": [[int(match.group("year"))]]})
        fields.setdefault("overrides", []).extend(("issued", "publisher"))
        fields.setdefault("type", "report")
        text = _cut(text, match, ".")
    match = _INTERNET.search(text)
    if match:
        fields["medium"] = "Internet"
        text = _cut(text, match)
    match = _CITED_ON.search(text)
    if match:
        from .spans import parse_date

        accessed = parse_date(match.group("date"))
        if accessed and "date-parts" in accessed:
            fields["accessed"] = accessed
            text = _cut(text, match)
    match = _EDITION_WORDS.search(text)
    if match:
        edition = re.sub(r"^Rev\.", "Revised", match.group("edition"))
        fields["edition"] = edition
        text = _cut(text, match, ".")
    match = _TRANSLATED_FROM.search(text)
    if match:
        fields["translator"] = _names(match.group("names"))
        text = _cut(text, match, ".")
    match = _EDITED_TRANSLATED.search(text)
    if match:
        names = _names(match.group("names"))
        fields.update(editor=names, translator=names)
        text = _cut(text, match)
    match = _CONTRIBUTION.search(text)
    if match and match.group("what").endswith(("'", "’")):
        match = None  # inside a quoted title: ''Lecture 3, notes by K. Jones', Moodle'
    if match:
        what = match.group("what")
        fields["note"] = what[:1].upper() + what[1:]
        text = _cut(text, match)
    match = _BY.search(text)
    if match:
        role = _BY_ROLES[match.group("role").lower()]
        fields[role] = [_forename_first(match.group("names"))]
        closed = text[: match.start()].rstrip().endswith((".", ")", "]"))
        text = _cut(text, match, " " if closed or not match.group("end").strip() else ".")
        if role == "interviewer":
            fields["type"] = "interview"
    match = _PATENT.search(text)
    if match:
        fields.update(number=match.group("number"), type="patent")
        text = _cut(text, match)
    match = _PREPRINT.search(text)
    if match:
        fields.update(number=match.group("number"), genre="Preprint", type="article")
        text = _cut(text, match)
    match = _PARLIAMENTARY.search(text)
    if match:
        fields.update(number=match.group("bracketed") or match.group("bare"), type="report")
        if match.group("year"):  # OSCOLA's '(Cm 7170, 2007)', '(Law Com No 322, 2010)'
            fields["issued"] = {"date-parts": [[int(match.group("year"))]]}
            fields.setdefault("overrides", []).append("issued")
        text = _cut(text, match)
    match = _BODY_SERIES.search(text) if "number" not in fields else None
    if match:  # 'WMO-No. 1142': a body's publication series number
        fields.update(number=match.group("number"), type="report")
        text = _cut(text, match, ".")
    match = _REPORT_NUMBER.search(text) if "number" not in fields else None
    if match and not (match.group("no") or not match.group("id").isdigit()
                      or re.search(r"\b(?:Working|Discussion|Research|Technical|Occasional|"
                                   r"Policy|Briefing|Consultation)\b", match.group("number"))):
        match = None  # 'Psychological Bulletin 139(2)': a journal's volume, no report number
    if match:
        number = match.group("number")
        fields.update(number=number, type="standard" if "Standard" in number else "report")
        text = _cut(text, match, ".")
    opening = re.search(r"\((?:1[5-9]|20)\d\d[a-z]?\)\.?\s+(?=\S)", text)
    if "type" not in fields and opening and _STANDARD.match(text, opening.end()):
        fields["type"] = "standard"  # 'ISO 13606-1:2016 Health informatics' as the title
    match = _VERSION.search(text)
    if match:
        fields["version"] = match.group("version")
        named = re.search(r"\((?:1[5-9]|20)\d\d[a-z]?\)\.?\s*(?P<title>[^()]+?)\s*$",
                          text[: match.start()])
        if named:  # 'Ott, M. (2019) fairseq (Version 0.8.0)': the program's name is its title
            fields["title"] = named.group("title")
        text = _cut(text, match)
    match = _PRESENTATION.search(text)
    if match:
        fields.update(genre=match.group("genre"), event=match.group("event").strip(),
                      type="speech")
        text = _cut(text, match, ".")
    return text


def take_out(text: str) -> tuple[str, dict[str, Any]]:
    """The reference without these phrases, and the CSL fields they give."""
    fields: dict[str, Any] = {}
    first = text.find("(")
    if first >= 0 and _NO_DATE.match(text, first):  # Cite Them Right's own '(no date)', as
        text = _NO_DATE.sub("(n.d.)", text, count=1)  # the date after the author only
    text = _phrases(text, fields)
    match = _ISSUE_OF_DAY.search(text)
    if match:  # a German newspaper's 'Nr. 452 vom 24. September 1923': its issue and day
        from .spans import parse_date

        day = parse_date(match.group("day"))
        if day and len(day.get("date-parts", [[]])[0]) == 3:
            fields.update(issue=match.group("issue"), issued=day, type="article-newspaper")
            fields.setdefault("overrides", []).append("issued")
            text = text[:match.start()] + text[match.end():]
    match = _COLLECTION.search(text)
    if match:  # French 'coll. « Poétique »', 'coll. Points': the series
        fields["collection-title"] = match.group("quoted") or match.group("plain")
        text = text[:match.start()] + text[match.end():]
    match = _BRACKET.search(text)
    if match and re.search(r"[^\W\d_]", match.group("names")):
        names = _names(match.group("names"))
        for key in ("role", "role2"):
            if match.group(key):
                fields.setdefault(_ROLES[match.group(key).lower()], names)
        if match.group("vol"):
            fields["volume"] = _volume(match.group("vol"))
        text = text[: match.start()] + text[match.end():]
    match = _VOLUMES.search(text)
    if match:
        fields["volume"] = _volume(match.group("vol"))
        text = text[: match.start()] + text[match.end():]
    match = _COUNT.search(text)
    if match:
        fields["number-of-volumes"] = match.group("n")
        text = text[: match.start()] + text[match.end():]
    match = _ORIGINAL.search(text) or _ORIGINAL_BRACKET.search(text)
    if match:
        fields["original-date"] = {"date-parts": [[int(match.group("year"))]]}
        text = (text[: match.start()] + text[match.end():]).rstrip()
    return re.sub(r"\s{2,}", " ", text).strip(), fields


def put_back(item: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """Set the fields taken out on the parsed item (the item's own values stay)."""
    _quoted_title_then_container(item)
    overrides = {"type", "title", *fields.pop("overrides", [])}
    day = fields.pop("_day", None)
    if day and len((item.get("issued") or {}).get("date-parts", [[]])[0]) == 1:
        from .spans import parse_date  # '(2020) … [Twitter] 5 May': the post's full date

        dated = parse_date(f"{day} {item['issued']['date-parts'][0][0]}")
        if dated:
            item["issued"] = dated
    circa = fields.pop("_circa", None)
    if circa:
        _approximate(item, circa)
    until = fields.pop("_title_until", None)
    if until and item.get("title") and item["title"] in until:
        title = until[until.index(item["title"]):]
        item["title"] = title  # 'La France, … des Tutsi (1990–1994): Rapport remis …'
        notes = [n for n in item.get("note", "").split("; ")
                 if n.strip() and n.strip() not in title and not re.fullmatch(r"\d{4}", n)]
        if notes:
            item["note"] = "; ".join(notes)
        else:
            item.pop("note", None)
    displaced = item.get("title") if "title" in fields else None
    if displaced and displaced not in fields["title"]:  # the model's 'title', never lost:
        if fields.get("type") == "motion_picture" and "publisher" not in item:
            item["publisher"] = displaced  # a film's studio after its director ('Netflix.')
        else:
            item["note"] = f"{item['note']}; {displaced}" if item.get("note") else displaced
        item.pop("title")
    for key, value in fields.items():
        if key == "note" and item.get("note") and value not in item["note"]:
            item["note"] = f"{value}; {item['note']}"  # both kept
        elif key in overrides or key not in item:
            item[key] = value  # an exact rule's type over the guess from the fields
    if "director" in fields and item.get("type") in ("book", "article-journal", "webpage"):
        item["type"] = "motion_picture"
    return item


def _approximate(item: dict[str, Any], circa: dict[str, Any]) -> None:
    """Mark the item's date approximate ('(c. 1450)'): its year's date gets CSL's 'circa';
    with no date read (a year before 1500 outside brackets is none), the circa date is the
    item's and the year left in the note goes."""
    kept, written = circa.pop("_written")
    year = circa["date-parts"][0][0]
    issued = item.get("issued") or {}
    parts = issued.get("date-parts") or [[]]
    if parts[0] and parts[0][:1] != [year]:  # 'Letters (c. 1890)' in a title: as written
        for key, value in item.items():
            if isinstance(value, str) and kept in value:
                item[key] = value.replace(kept, written, 1)
                break
    elif parts[0][:1] == [year]:
        item["issued"] = {**(circa if len(circa["date-parts"]) > len(parts) else issued),
                          "circa": True}
    elif not parts[0]:
        item["issued"] = circa
        written = {str(year), "–".join(str(p[0]) for p in circa["date-parts"])}
        notes = [n for n in item.get("note", "").split("; ")
                 if n.strip() and re.sub(r"\s*[-–]\s*", "–", n.strip(" .,()[]?")) not in written]
        if notes:
            item["note"] = "; ".join(notes)
        else:
            item.pop("note", None)


# MLA's entry that opens with its title: 'Parasite. Directed by Bong Joon Ho, CJ
# Entertainment, 2019.', 'Beowulf. Translated by Seamus Heaney, W. W. Norton, 2000.'
_TITLE_FIRST_MLA = re.compile(
    r"^(?P<title>[A-Z\u00c0-\u017f][^.]{0,150}?)\.\s+(?P<role>Directed|Translated|Edited)\s+by\s+"
    rf"(?P<names>{_PERSONS}),\s+(?P<publisher>[A-Z][^,]{{1,80}}?),\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d)\.?$")
_TITLE_FIRST_ROLES = {"directed": "director", "translated": "translator", "edited": "editor"}


def title_first(text: str) -> dict[str, Any] | None:
    """MLA's entry opening with its title, a contributor, the publisher and the year (a film,
    an anonymous work in translation): CSL fields by rule; else None."""
    m = _TITLE_FIRST_MLA.match(text.strip())
    if m is None:
        return None
    role = _TITLE_FIRST_ROLES[m.group("role").lower()]
    return {"type": "motion_picture" if role == "director" else "book",
            "title": m.group("title").strip(), role: _names(m.group("names")),
            "publisher": m.group("publisher").strip(),
            "issued": {"date-parts": [[int(m.group("year"))]]}}


_QUOTED_THEN = re.compile(r"^[“\"‘'](?P<title>[^”\"’]{2,300}?[^.,])[.,][”\"’']\s+"
                          r"(?P<rest>[A-Z0-9].*)$")  # never '"Beloved" and the Politics …'


def _quoted_title_then_container(item: dict[str, Any]) -> None:
    """MLA's '"The Site of Memory." Inventing the Truth, …' read as one title: the quoted
    part is the title, the rest its container (a container already found is the publisher,
    'Houghton Mifflin')."""
    match = _QUOTED_THEN.match(item.get("title", ""))
    if not match:
        return
    item["title"] = match.group("title")
    rest = match.group("rest").strip(" .,")
    if item.get("container-title") and "publisher" not in item:
        item["publisher"] = item["container-title"]
    item["container-title"] = rest
    if item.get("type") in ("book", "article-journal"):
        item["type"] = "chapter" if item.get("editor") or item.get("page") else "webpage" \
            if item.get("URL") else item["type"]

