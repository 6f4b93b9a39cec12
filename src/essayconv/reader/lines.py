"""Classify single lines: web junk, headings, reference headings, notes, credits, captions."""

from __future__ import annotations

import re

from .. import labels
from ..months import MONTH_NAME
from . import webwords
from .bylines import INSTITUTION, byline_names

REFERENCE_HEADINGS = re.compile(
    r"^(works cited|works consulted|references?|reference list|bibliography|"
    r"select bibliography|notes|endnotes|footnotes|sources|literature cited|"
    r"notes and references|"
    # French, German, Spanish, Italian, Portuguese, Dutch
    r"bibliographie|r[ée]f[ée]rences( bibliographiques)?|notes de fin|"
    r"literatur|literaturverzeichnis|quellen|quellen und literatur|quellen- und "
    r"literaturverzeichnis|anmerkungen|endnoten|fu(?:ß|ss)noten|"
    r"bibliograf[íi]a|bibliograf[íi]a citada|obras citadas|referencias|"
    r"referencias bibliogr[áa]ficas|notas|notas finales|fuentes|fuentes y bibliograf[íi]a|"
    r"riferimenti|riferimenti bibliografici|opere citate|fonti|sitografia|webgraf[íi]a|"
    r"refer[êe]ncias|refer[êe]ncias bibliogr[áa]ficas|fontes|"
    r"literatuur|literatuurlijst|bibliografie|referenties|bronnen|bronvermelding|noten|"
    r"eindnoten|voetnoten)\s*:?$",
    re.IGNORECASE,
)
# the Italian notes' heading, 'Note', only over the first note ('[1] …', '1. …', '¹ …'): a
# line of an English essay ('Note:' over a remark) stays the essay's
_NOTE_HEADING = re.compile(r"^note\s*:?$", re.IGNORECASE)

_JUNK = [
    r"\d+\s+(second|minute|min|hour|hr|day|week|month|year)s?\s+ago",
    r"(yesterday|today|just now)",
    r"\d+\s*(min|minute)s?\s+(read|listen)",
    r"(share|tweet|like|follow|subscribe|listen|save|print|copy link|email|comment|comments|"
    r"facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|sign in|sign up|log in|"
    r"share this( article| post)?|read more|advertisement|updated|\d+ (likes?|comments?|views?)|"
    r"pin it|e-mail|bookmark|save for later|reply|newsletter|tweet this|"
    r"print this( article| post| page)?|email this( article| post)?)",
    webwords.BUTTONS,
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}"
    r"( · \d+ min read)?",
]
WEB_JUNK = re.compile(r"^(?:[-•·*|]\s*)?(?:" + "|".join(_JUNK) + r")\s*[.!:]?$", re.IGNORECASE)

CREDIT = re.compile(
    r"^(cover|masthead|header|banner|feature[d]?|hero|title) image\b|^image (credit|courtesy)\b|"
    r"^photo( credit)?s?:",
    re.IGNORECASE,
)
# the label's number in figures or in capital roman numerals, as IEEE sets them: 'TABLE II'
CAPTION = re.compile(r"^(figure|fig\.|table|image|plate|map|chart)\s+"
                     r"(?:\d+[a-z]?|(?-i:[IVXL]{1,6}))\b", re.IGNORECASE)
# a sentence about a table, no caption: 'Table 1 lists the planned measures (Lim, 2010).'
_ABOUT_TABLE = re.compile(r"^(?:figure|fig\.|table|image|plate|map|chart)\s+"
                          r"(?:\d+[a-z]?|(?-i:[IVXL]{1,6}))\s+[a-z]"
                          r"[^:]*[.!?]$", re.IGNORECASE)


def is_caption(line: str) -> bool:
    """A caption ('Table 1', 'Figure 2: Mean scores', 'Table 1 Mean scores by cohort'), never
    a sentence that speaks of one ('Table 1 lists the measures.')."""
    text = line.strip()
    return bool(CAPTION.match(text)) and not (
        _ABOUT_TABLE.match(text) and len(text.split()) > 4 and
        re.match(r"^\S+\s+\S+\s+[a-z]", text) is not None)
LIST_ITEM = re.compile(r"^(?:[a-z]|[ivx]{1,4}|\d{1,2})[).]\s+\S|^[-•*]\s+\S")
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
BRACKET_NOTE = re.compile(r"^\[(\d{1,3})\]\s*")
PLAIN_NOTE = re.compile(r"^(\d{1,3})(?:[.)]\s*|\s+)(?=\S)")
# a footnote copied out of a PDF, its number glued to its first word: '1United Nations …'
GLUED_NOTE = re.compile(r"^(\d{1,3})(?=[^\W\d_][^\W\d_]|[“\"‘'(\[][^\W\d_])")
# a note pasted with its superscript number: '¹ Gaddis, …', '¹²Ibid.'
SUPERSCRIPT_NOTE = re.compile(r"^([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3})\.?\s*(?=\S)")
_FROM_SUPERSCRIPT = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079",
                                  "0123456789")
INFO = re.compile(rf"^(received|accepted|published|citation|cite as|doi|orcid|{labels.KEYWORDS})"
                  r"\b\s*:?", re.I)

# a student's cover sheet, one 'Label: value' a line: 'Student ID: 2049817', 'Word count: 2,487'
COVER_FACT = re.compile(
    r"^((?:student|candidate|exam(?:ination)?)(?: (?:id|number|no\.?|name|code))?|name|author|"
    r"(?:module|course|unit|programme|program|class|paper)(?: (?:code|title|name|number|no\.?|"
    r"leader|convenor|tutor|coordinator))?|word count|words|word limit|(?:personal )?tutor|"
    r"lecturer|instructor|teacher|"
    r"professor|supervisor|seminar(?: leader| tutor| group)?|marker|date(?: submitted| due)?|"
    r"date of submission|submitted|submission date|due date|deadline|assignment|assessment|"
    r"year|semester|term|group)(?:\s*\([^)]*\))?\s*:\s*(\S.*)$", re.IGNORECASE)
# an author's institution or course, the line under the byline
_PLACE_LINK = frozenset("of for at in de di du des der für degli della del dello delle dei "
                        "do da dos das van voor".split())
_COURSE = re.compile(
    r"\b(?:[A-Z]{2,5} ?\d{3,4}[A-Z]?|[A-Z][a-z]+ \d{3}[A-Z]?|Year \d|Module|Course|Essay for|"
    r"Submitted (?:to|for)|Professor|Prof\.|B\.?Sc|B\.?A|M\.?A|M\.?Sc|MPhil|Ph\.?D|BEng|LLB|LLM|"
    r"Undergraduate|Postgraduate)\b")
# an institution that names itself: 'University of Leeds', 'Department of History, …'
_INSTITUTION_NAME = re.compile(
    r"^(?:The )?(?:University|Department|School|Faculty|Institute|College|Centre|Center) "
    r"(?:of|for) [A-Z]")


def cover_fact(line: str) -> tuple[str, str] | None:
    """(name, value) of a cover-sheet line ('Module: HIST2040 Modern Europe'), else None."""
    match = COVER_FACT.match(line.strip())
    if not match or len(match.group(2).split()) > 12:
        return None
    return re.sub(r"[^a-z0-9]+", "-", match.group(1).lower()).strip("-"), match.group(2)


def _names_place(text: str, match: re.Match[str]) -> bool:
    """Whether the word names an institution ('School of Law'), not 'The Department Store'."""
    before = text[: match.start()].split()[-1:]
    after = text[match.end() :].strip()
    following = after.split()[0] if after else ""
    if not after or after[0] in ",–—-(" or following in _PLACE_LINK:
        return True
    named = bool(before) and before[0][0].isupper() and before[0] not in ("The", "A", "An")
    return named and following[0].isupper()


def affiliation_like(line: str) -> bool:
    """A short line naming an institution or a course ('University of Edinburgh')."""
    text = line.strip()
    if len(text.split()) > 16 or len(text) > 140 or text[-1:] in ".:;?!":
        return False
    if EMAIL.search(text) or LIST_ITEM.match(text) or reference_heading(text):
        return False
    return any(_names_place(text, match) for match in INSTITUTION.finditer(text)) or bool(
        _COURSE.search(text))


def names_institution(line: str) -> bool:
    """An affiliation nothing else could be: 'University of Leeds', 'School of Law, UCL'."""
    return affiliation_like(line) and bool(_INSTITUTION_NAME.match(line.strip()))


def is_web_junk(line: str) -> bool:
    """A line of web-page furniture at the top of a page: relative dates, reading times, share
    buttons, a breadcrumb trail and the furniture that is never an essay's wherever it stands;
    never a title or heading like a comment thread's start ('Three Replies to the Sceptic'),
    and never a dated byline, which gives the header its date ('Posted on 3 June 2024 in
    Global Politics' under the title; below the post it is page furniture)."""
    text = line.strip()
    junk = bool(WEB_JUNK.match(text)) or is_page_furniture(text) or is_breadcrumb(text)
    return junk and not dated_byline(text)


_LONE_BUTTON = re.compile(rf"^(?:{webwords.BUTTONS})\s*[.!:]?$", re.IGNORECASE)


def lone_button(line: str) -> bool:
    """One button word of another language alone on its line ('Partager', 'Teilen',
    'Condividi'): a word a heading may be too, so junk only among other junk."""
    text = line.strip()
    return len(text.split()) == 1 and bool(_LONE_BUTTON.match(text))


_ROW_BUTTON = re.compile(rf"^(?:{webwords.ROW_BUTTONS})$", re.IGNORECASE)


def button_row(line: str) -> bool:
    """A row of buttons, two at least, each a button or a network's name ('Jetzt kaufen •
    Weitere Hausarbeiten', 'Partager sur Facebook | Twitter | LinkedIn', 'Like · Comment ·
    Repost · Send')."""
    parts = webwords.ROW_SEPARATOR.split(line.strip())
    return len(parts) >= 2 and all(
        part and (WEB_JUNK.match(part) or _FURNITURE.match(part) or _ROW_BUTTON.match(part))
        for part in parts)


def is_page_furniture(line: str) -> bool:
    """Furniture no essay line reads like, wherever it stands: 'Share on LinkedIn', 'Leave a
    reply', 'Subscribe to our newsletter'. Tags and the copyright footer count only where they
    stand (see tags_line and copyright_footer)."""
    text = line.strip()
    return len(text.split()) <= 25 and bool(
        _FURNITURE.match(text) or button_row(text) or webwords.hashtag_line(text))


def tags_line(line: str) -> bool:
    """A post's tags: 'Tags: fashion, sustainability', 'Filed under History, Europe'; furniture
    only at the end of the page beside other furniture, where 'Categories: Race, Class and
    Gender' (a heading) never stands."""
    match = _TAGS.match(line.strip())
    return bool(match) and all(
        tag.strip() and len(tag.split()) <= 4 and len(tag) <= 40
        for tag in re.split(r"\s*[,|·•]\s*", match.group(1)))


def copyright_footer(line: str) -> bool:
    """A copyright footer: '© 2024 Greaves Writes', 'Copyright © 2024 Jane Doe. All rights
    reserved.'; furniture only at the end of the page and never under a caption (an image's
    credit: '© The Trustees of the British Museum'), never a heading ('Copyright 1709: The
    Statute of Anne')."""
    text = line.strip()
    return len(text.split()) <= 20 and bool(_COPYRIGHT.match(text))


def comment_form_field(line: str) -> bool:
    """A field of the comment form, after its start: 'Comment *', 'Name *', 'Website'."""
    return bool(_FORM_FIELD.match(line.strip()))


def comment_form(line: str) -> bool:
    """A line of a blog's comment form: 'Leave a Reply', 'Your email address will not be
    published…', 'Post Comment'."""
    return bool(_FORM.match(line.strip()))


def is_breadcrumb(line: str) -> bool:
    """A breadcrumb trail: short segments joined by », ›, >, / or |, from 'Home' or through a
    site's section ('Home » Blog » Sustainability', 'News > Opinion > Climate', 'Home/Essays/
    Environment', 'You are here: Home / Blog'); '>' is made for trails too, so capitalised
    segments after it are one from 'Home' ('Home > Environment') or three of them ('Politics >
    Europe > Climate'). Never a title such as 'Home / Away' or 'Opinion | Why the Left Lost'."""
    text = _CRUMB_LEAD.sub("", line.strip())
    for separator in _CRUMB_SEPARATORS:
        segments = [part.strip() for part in re.split(separator, text)]
        if len(segments) < 2:
            continue
        if len(segments) > 8 or not all(
                part and len(part) <= 40 and len(part.split()) <= 5
                and not re.search(r"[.,;:?!\"“”]", part) for part in segments):
            return False
        home = bool(CRUMB_HOME.fullmatch(segments[0]))
        sections = [part for part in segments[:-1] if CRUMB_SECTION.fullmatch(part)]
        if separator in _CRUMB_SEPARATORS[:2]:  # '»', '›': made for breadcrumbs
            return home or bool(sections) or len(segments) >= 3
        if separator == _CRUMB_SEPARATORS[2] and all(part[0].isupper() for part in segments):
            return home or bool(sections) or len(segments) >= 3  # '>'
        return len(segments) >= 3 and (home or bool(sections)) or (
            home and bool(CRUMB_SECTION.fullmatch(segments[1])))
    return False


# ---------------------------------------------------------------- furniture below the post

# a date written out: '14 March 2024', 'March 14, 2024', '2024-03-14', '14/03/2024', and in
# other languages: '1er mars 2024', '3. März 2024', '14 de febrero de 2024'
DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?{MONTH_NAME}\s+(?:de\s+)?\d{{4}}|"
        rf"{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
        r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})")
_SOCIAL = (r"facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|e-?mail|bluesky|threads|"
           r"mastodon|telegram|tumblr|messenger|pocket|flipboard|print|copy (?:the )?(?:link|url)")
# counters: 'Like 14', 'Likes: 14', 'Comments (2)', '14 likes', '1.2k views': furniture only
# beside other furniture or at the page's end ('Likes: 1,204' in an essay's data stays)
_COUNTER = re.compile(r"^(?:[-•·*|]\s*)?(?:(?:likes?|comments?|shares?|views?|claps?|reactions?|"
                      rf"{webwords.COUNTED})\s*(?::\s*|\(\s*)?\d[\d,.]*k?\s*\)?|\d[\d,.]*k?\s+"
                      rf"(?:likes?|shares?|views?|claps?|reactions?|{webwords.COUNTED}))\s*[.!:]?$",
                      re.IGNORECASE)


def counter_line(line: str) -> bool:
    """A page's counter: 'Like 14', 'Comments (2)', '1.2k views'."""
    return bool(_COUNTER.match(line.strip()))


_FURNITURE = re.compile(
    r"^(?:[-•·*|]\s*)?(?:"
    # share buttons: 'Share on Facebook', 'Share this article via email', 'Share: Facebook Twitter'
    rf"(?:share|post|send|tweet)(?: (?:this|it)(?: article| post| page| story| essay)?)?"
    rf"(?: on| via| to| with| by)\s+(?:{_SOCIAL})|"
    rf"share(?: this(?: article| post| page| story)?)?\s*:?\s*(?:(?:{_SOCIAL})\b[\s,|·•/]*)+|"
    rf"(?:(?:{_SOCIAL})\b[\s,|·•/]*){{3,}}|"
    r"(?:click|tap) to (?:share|print|email|tweet)\b.{0,60}|"
    # a share button alone: 'Share this article', 'Share this post:'
    r"share (?:this|it)(?: article| post| page| story| essay)?|"
    # the post's date and its category, never an author: 'Posted on 3 June 2024 in Global
    # Politics' (the header reads it as its date, see dated_byline)
    rf"posted(?: on)?\s+{DATE}\s+in\s+(?!.*\bby\b)[^\W\d_][^.,:;!?]{{0,59}}|"
    # reading time: 'Reading time: 7 minutes', '7 min read', '7-minute read'
    # (and 'Temps de lecture : 11 min', 'Lesezeit: 7 Minuten', '5 min de lecture')
    r"(?:estimated\s+)?(?:reading time|temps de lecture|lesezeit|lesedauer|tiempo de lectura|"
    r"tempo di lettura|leestijd)\s*:?\s*(?:about\s+|approx(?:\.|imately)?\s+|ca\.\s+|~\s*)?"
    r"\d+\s*(?:min|mins|minutes?|minuten|minutos|minuti)\.?(?:\s+read)?|"
    r"\d+(?:\s*|-)(?:min|mins|minute|minutes)\s+(?:read|listen|de lecture|de lectura|"
    r"di lettura)|\d+\s*(?:min\.?|minuten)\s+lesezeit|"
    # the comment form
    r"(?:leave|post|add|submit) a (?:reply|comment|response)(?: to(?: \S+){1,5}?)?"
    r"(?:\s+cancel reply)?|"
    r"cancel reply|post comment|submit comment|comments are (?:closed|disabled)|"
    r"your email address will not be published\b.*|required fields are marked\b.*|"
    r"save my name, email, and website\b.*|"
    # newsletters
    r"(?:subscribe|sign up)(?: now| today| here| for free| free)?(?: to| for)?(?: our| the| my)? "
    r"(?:newsletter|mailing list|weekly email|email list|blog|updates)\b[^:]{0,150}|"
    r"join (?:our|the|my) (?:newsletter|mailing list)\b[^:]{0,150}|"
    r"(?:get|receive) (?:our|the|my) (?:newsletter|latest posts|updates)\b[^:]{0,100}|"
    r"enter your e-?mail(?: address)?\b.{0,80}|"
    # navigation
    r"download (?:free |the )?(?:pdf|full[- ]text(?: pdf)?|(?:article|paper)(?: as)?(?: pdf)?)|"
    r"(?:view|see full|read full) pdf|"
    r"back to top|(?:[←«]\s*)?(?:previous|next|older|newer) (?:post|article|story|entry)"
    r"(?:\s*[:→»]\s*.{0,150})?|"
    # the same in German, French, Italian, Spanish (webwords.py)
    + webwords.FURNITURE +
    r")\s*[.!:]?$",
    re.IGNORECASE,
)
_FORM = re.compile(
    r"^(?:(?:leave|post|add|submit) a (?:reply|comment|response)(?: to(?: \S+){1,5}?)?"
    r"(?:\s+cancel reply)?|cancel reply|post comment|submit comment|"
    r"your email address will not be published\b.*|required fields are marked\b.*|"
    r"save my name, email, and website\b.*)\s*[.!:]?$", re.IGNORECASE)
_FORM_FIELD = re.compile(r"^(?:your )?(?:comment|name|e-?mail(?: address)?|website|url)"
                         r"\s*(?:\*|\(required\))?\s*:?$", re.IGNORECASE)
# tags and categories: 'Tags: trees, cities, heat', 'Filed under History'
_TAGS = re.compile(r"^(?:tags?|tagged(?: with| as)?|categories|category|filed under|posted in)"
                   r"(?:\s*:\s*|\s+)([^.:;!?]{1,200})$", re.IGNORECASE)
# the footer: a year and a short name, never a title after a colon
_COPYRIGHT = re.compile(
    r"^(?:(?:copyright\s*)?(?:©|\(c\))|copyright)\s*\d{4}(?:\s*[-–]\s*\d{2,4})?,?"
    rf"(?:\s+[^\s:.][^:.]{{0,60}})?\.?(?:\s+(?:{webwords.RIGHTS})\.?)?$|"
    rf"^(?:{webwords.RIGHTS})\.?$", re.IGNORECASE)
_CRUMB_SEPARATORS = (r"\s*»\s*", r"\s*›\s*", r"\s+>\s+", r"\s+/\s+", r"\s+\|\s+",
                     r"(?<=\w)/(?=\w)")
_CRUMB_LEAD = re.compile(r"^(?:you are here|breadcrumbs?)\s*:\s*", re.IGNORECASE)
# (and a French, German, Spanish, Italian, Dutch site's: 'Accueil', 'Startseite', 'Inicio')
CRUMB_HOME = re.compile(r"(?:home|home ?page|front page|main page|start|accueil|startseite|"
                        r"inicio|portada|pagina iniziale|página inicial)", re.IGNORECASE)
CRUMB_SECTION = re.compile(
    r"(?:blogs?|news|articles|posts|opinion|features|insights|resources|stories|magazine|"
    r"topics|categor(?:y|ies)|archives?|essays|commentary|latest|library|"
    r"essais|actualités|articles|tribunes?|catégories|"
    r"hausarbeiten|aufsätze|artikel|beiträge|nachrichten|kategorien?|"
    r"ensayos|artículos|noticias|categorías|saggi|articoli|notizie|essays|artikelen)",
    re.IGNORECASE)

# a comment thread's start, when a commenter or 'Reply' follows: 'Comments (3)', '12 comments',
# '2 thoughts on “Why Fast Fashion …”'; never a heading ('Two Responses to Scepticism')
COMMENTS_START = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|"
    rf"replies|thoughts|{webwords.COMMENTS})(?: (?:on|to|zu|sur|su|a|en) [“\"‘'«„].{{1,150}}"
    r"[”\"’'»“])?\s*:?$|"
    rf"^(?:comments?|responses?|replies|discussion|conversation|{webwords.COMMENTS})"
    r"\s*\(\d+\)\s*:?$", re.IGNORECASE)
# the start of a thread when a commenter follows: 'Comments'
COMMENTS_WORD = re.compile(rf"^(?:comments?|responses?|replies|{webwords.COMMENTS})\s*:?$",
                           re.IGNORECASE)
# a commenter and the date: 'Tom B. — 16 March 2024', 'Priya on March 3, 2024 at 9:14 am'
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?"
_AGO = r"\d+\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago"
_HANDLE = r"@?[^\W\d_][\w.'’@-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
COMMENTER = re.compile(
    rf"^{_HANDLE}\s*(?:[—–|·•,]|\s-)\s*(?:on\s+)?(?:{DATE}{_TIME}|{_AGO})$|"
    rf"^{_HANDLE}\s+on\s+{DATE}{_TIME}(?:\s+said)?\s*:?$|"
    rf"^{_HANDLE}\s+(?:says|said|wrote)\s*:$", re.IGNORECASE)
REPLY = re.compile(r"^(?:↳\s*)?(?:reply|reply to \S.{0,40}|log in to reply|report|like)\s*[↓↩]?$",
                   re.IGNORECASE)
# a list of the blog's other posts: 'Related posts', 'You may also like'
RELATED_START = re.compile(
    r"^(?:related (?:posts|articles|stories|reads|content)|you (?:may|might) also (?:like|enjoy)|"
    r"more (?:from|on) (?:the|this|our|my) (?:blog|site|author)|read next|keep reading|"
    r"(?:popular|recent|latest|recommended) (?:posts|articles|stories)|recommended for you|"
    rf"more stories|{webwords.RELATED})\s*:?$", re.IGNORECASE)
# a journal page's box with the page's own citation: 'Cite this article', 'How to cite'
CITE_BOX = re.compile(r"^(?:cite this (?:article|paper|essay|post|page|chapter)|how to cite"
                      r"(?: this (?:article|paper|essay|post))?|suggested citation|"
                      r"recommended citation)\s*:?$", re.IGNORECASE)
ABOUT_AUTHOR = re.compile(r"^about (?:the )?(?:authors?|writers?)\s*:?$|^about me\s*:?$",
                          re.IGNORECASE)


def headline_like(line: str) -> bool:
    """A post's title in a list of links: short, no full stop at the end."""
    text = LIST_ITEM.sub("", line.strip()) if LIST_ITEM.match(line.strip()) else line.strip()
    return 0 < len(text.split()) <= 14 and len(text) <= 120 and text[-1] not in ".,;:"


def paragraph_like(line: str) -> bool:
    """A line of running prose: long, or a sentence ended by a full stop."""
    words = line.split()
    return len(words) > 14 or (len(words) > 6 and line.rstrip()[-1:] == ".")


# ---------------------------------------------------------------- a blog's dated byline

# 'Posted on 14 March 2024 by Hannah Greaves', 'By Jane Doe | March 14, 2024', 'Posted on 2
# November 2023 in Global Politics'
# the verb of a post's date in each language: 'Posted on', 'Publié le', 'Veröffentlicht am'
_POSTED = (r"(?:posted|written)(?: on)?|publiée?(?: le)?|veröffentlicht(?: am)?|"
           r"publicad[oa](?: el)?|pubblicat[oa](?: il)?|gepubliceerd(?: op)?")
_DATED_BYLINES = (
    re.compile(rf"^(?P<date>(?:{_POSTED})\s+{DATE})"
               r"(?:\s+in\s+(?P<category>[^\W\d_][^.:;!?,]{0,59}?))?"
               r"(?:,?\s+(?:by|par|von|por|di|door)\s+(?P<names>.+))?$", re.IGNORECASE),
    re.compile(rf"^(?:posted |written )?by\s+(?P<names>.+?),?\s+on\s+(?P<date>{DATE})"
               r"(?:\s+in\s+(?P<category>[^\W\d_][^.:;!?]{0,79}?))?$", re.IGNORECASE),
    re.compile(rf"^(?P<names>.+?)\s*[|·•—–]\s*(?P<date>{DATE})"
               r"(?:\s*[|·•—–]\s*(?P<category>[^\W\d_][^.:;!?|·•—–]{0,59}?))?$", re.IGNORECASE),
    re.compile(rf"^(?P<date>{DATE})\s*[|·•—–]\s*(?P<names>.+)$", re.IGNORECASE),
)


def dated_byline(line: str) -> tuple[list[str], str, str | None] | None:
    """(authors, the date as written, the blog's category) of a blog's dated byline, else
    None; the names may be missing ('Posted on 14 March 2024') but never be anything other
    than names; the category is the section after 'in' ('… in Global Politics'), or None."""
    text = line.strip()
    for pattern in _DATED_BYLINES:
        match = pattern.match(text)
        if not match:
            continue
        names = byline_names(match.group("names")) if match.group("names") else []
        if match.group("names") and not names:
            return None
        return names, match.group("date"), match.groupdict().get("category")
    return None


# ---------------------------------------------------------------- inside a bibliography

NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+(?=[A-Z])")


def numbered_subheading(text: str, following: str) -> bool:
    """The following line is a numbered subheading of this numbered heading: '2.1 Participants'
    under '2. Method', '3.2.1 Data' under '3.2 Sources'."""
    number = re.match(r"(\d{1,2}(?:\.\d{1,2})*)\.?\s", text.strip())
    below = re.match(r"(\d{1,2}(?:\.\d{1,2})+)\.?\s", following.strip())
    return bool(number and below and NUMBERED_HEADING.match(following.strip())
                and below.group(1).startswith(number.group(1) + "."))


# a sentence's end and then a note call, plain or superscript: 'had limits.5', 'held.¹'
_SENTENCE_THEN_CALL = re.compile(
    r"(?:(?<=[^\W\d_])[.!?]|[”’\"')])(?:\d{1,3}|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)$")


def is_heading(line: str) -> bool:
    """A bare-line heading: short, no closing sentence punctuation, no markers."""
    text = NUMBERED_HEADING.sub("", line.strip())
    words = text.split()
    if not words or len(words) > 14 or len(text) > 110:
        return False
    if text[-1] in ".,;:" or "[" in text or CAPTION.match(text) or LIST_ITEM.match(text):
        return False
    if _SENTENCE_THEN_CALL.search(text):
        return False
    if BARE_URL.match(text) or EMAIL.search(text) or text.count(" | ") >= 2 or \
            line.count("\t") >= 2:
        return False  # 'Study | Location | Species': a table's row, never a heading
    return text[0].isupper() or text[0].isdigit()


def reference_heading(line: str, following: str | None = None) -> str | None:
    """The heading text if the line opens a reference section, else None; 'Note' (Italian)
    only over the first note, the ``following`` line."""
    text = line.strip()
    if REFERENCE_HEADINGS.match(text) or (
            following is not None and _NOTE_HEADING.match(text)
            and (start := note_start(following.strip())) is not None and start[0] == 1):
        return text.rstrip(":").strip()
    return None


def note_start(line: str, bracketed_only: bool = False,
               glued: bool = False) -> tuple[int, str] | None:
    """(number, rest) if the line starts a numbered note ("[12] …", "12 …" or "¹² …"); with
    ``glued``, also a number glued to the note's first word ("1United Nations …", as a PDF's
    footnote is copied), never '3D printing' or '1990s'."""
    match = BRACKET_NOTE.match(line)
    if not match and not bracketed_only:
        match = PLAIN_NOTE.match(line) or SUPERSCRIPT_NOTE.match(line)
    if not match and glued:
        match = GLUED_NOTE.match(line)
    if not match:
        return None
    return int(match.group(1).translate(_FROM_SUPERSCRIPT)), line[match.end() :]


# a bibliography's subheading, word by word: 'Primary Sources', 'Cases', 'Official documents'
_CATEGORY = frozenset(
    "sources source cases legislation statutes treaties conventions books monographs articles "
    "chapters essays websites webpages documents reports papers publications newspapers "
    "periodicals magazines journals manuscripts archives records materials material interviews "
    "correspondence letters diaries speeches films filmography discography recordings media "
    "television images maps theses dissertations datasets data software works texts literature "
    "debates bills regulations directives decisions judgments judgements instruments law "
    "collections broadcasts podcasts videos blogs acts "
    # and in Spanish, Italian, Portuguese, French, German, Dutch: 'Fuentes primarias',
    # 'Fonti a stampa', 'Sources primaires', 'Quellen', 'Literatur', 'Primaire bronnen'
    "fuentes fuente fonti fonte fontes quellen quelle literatur literatura letteratura "
    "literatuur bronnen bron sekundärliteratur primärliteratur forschungsliteratur archivalien "
    "akten documentos documenti archivos archivo archivi archivio arquivos arquivo obras opere "
    "libros libri livros livres ouvrages artículos articoli artigos périodiques periódicos "
    "periodici prensa stampa presse zeitungen manuscritos manoscritti manuscrits handschriften "
    "studi estudios estudos études bibliografía bibliografia bibliographie sitografia "
    "webgrafía".split())
_CATEGORY_MODIFIER = frozenset(
    "primary secondary tertiary archival official government governmental printed published "
    "unpublished online web internet electronic digital other further additional miscellaneous "
    "journal newspaper book conference court case legal statutory parliamentary uk eu european "
    "international domestic foreign academic grey oral visual audiovisual audio "
    "manuscript contemporary historical selected collected edited translated general reference "
    "table list "
    "primarias primarios primarie primari primárias primários primaires primaire secundarias "
    "secundarios secondarie secondari secundárias secundários secondaires secundaire gedruckte "
    "ungedruckte impresas impresos inéditas inéditos inedite inediti éditées imprimées "
    "archivísticas archivistiche d'archives d’archives periódica citadas "
    "consultadas citate consultate".split())
_CATEGORY_LINK = frozenset("and & of or y e et und en de di del della des du da do a".split())


# a category's letter or number in front of it: AGLC's 'A Articles/Books/Reports', '1. Primary
# sources', 'II. Secondary Sources', '(b) Cases'
_CATEGORY_ENUMERATOR = re.compile(r"^(?:\((?:[A-Ha-h]|[IVXivx]{1,4}|\d{1,2})\)|"
                                  r"(?:[A-H]|[IVX]{1,4}|\d{1,2})(?:[.)]|\s))\s*(?=[A-Z])")


def bibliography_subheading(line: str) -> bool:
    """A category heading inside a reference list ('Primary Sources', 'Cases', 'Official
    documents', 'Books and Articles:', 'Articles/Books/Reports'): one to four words from a
    capital, all naming a kind of source, no digit, no full stop; never a reference
    ('Anonymous. Beowulf.', 'WHO (2019)', 'National Records of Scotland', 'National
    Archives'). A letter or number may stand before it ('A Articles/Books/Reports', 'B Cases',
    '1. Primary sources', 'II. Secondary Sources'), and then 'E Other' is a category too."""
    text = line.strip()
    text = text[:-1].rstrip() if text.endswith(":") else text
    enumerator = _CATEGORY_ENUMERATOR.match(text)
    text = text[enumerator.end():] if enumerator else text
    words = [word.lower() for word in re.split(r"\s+|\s*/\s*", text) if word]
    if not 1 <= len(words) <= 4 or not text[:1].isupper() or words[-1] in _CATEGORY_LINK:
        return False
    return (any(word in _CATEGORY for word in words) or enumerator is not None) and all(
        word in _CATEGORY or word in _CATEGORY_MODIFIER or word in _CATEGORY_LINK
        for word in words)
