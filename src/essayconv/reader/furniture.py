"""Web furniture around the post: relative dates, reading times and share buttons near the
top, and below it share bars, comment threads and forms, related posts, tags, counters and
the copyright footer (rule drop-web-junk, each line logged)."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T
from .blogs import blog_tail
from .front import DATE_LINE, bio_subject, end_bio
from .lines import (
    ABOUT_AUTHOR,
    CAPTION,
    CITE_BOX,
    COMMENTER,
    COMMENTS_START,
    COMMENTS_WORD,
    CREDIT,
    RELATED_START,
    REPLY,
    comment_form,
    comment_form_field,
    copyright_footer,
    counter_line,
    headline_like,
    is_page_furniture,
    is_web_junk,
    lone_button,
    paragraph_like,
    reference_heading,
    tags_line,
)
from .platforms import platform_footer
from .webwords import hashtag_line, separator_line, source_url_line

_HEADER_SPAN = 12
_MAX_RELATED = 12
JUNK = "drop-web-junk"


def drop_header_junk(essay: etree._Element, content: list[tuple[int, str]]):
    """Drop web furniture (relative dates, reading times, share buttons) near the top: in the
    first lines, before the essay's second paragraph (a subtitle or a bio may be the first)."""
    kept = []
    paragraphs = 0
    dropped = -2
    for index, (number, text) in enumerate(content):
        following = content[index + 1][1] if index + 1 < len(content) else ""
        beside = dropped == index - 1 or is_web_junk(following)  # a counter beside a button
        if index < _HEADER_SPAN and paragraphs < 2 and (
                is_web_junk(text) or counter_line(text) and beside) \
                and not (index and DATE_LINE.match(text.strip())) \
                and not (paragraphs and _mid_body_only(text, following, beside)):
            dropped = index
            # (a full date under the title is the essay's: a title page's due date, kept)
            T.log_change(essay, JUNK, number, text, "")
        else:
            kept.append((number, text))
            paragraphs += paragraph_like(text)
    return kept


def _mid_body_only(text: str, following: str, beside: bool) -> bool:
    """A line that is junk only before the body's first paragraph or among other junk: a line
    of hashtags ('#MeToo #TimesUp', which an essay on them quotes), a lone button word of
    another language over a paragraph ('Partager', a section's heading too)."""
    return not beside and (hashtag_line(text) or lone_button(text) and _sentence(following))


def _sentence(text: str) -> bool:
    """Prose: a paragraph, or a sentence of three words at least ended by its stop."""
    return paragraph_like(text) or len(text.split()) >= 3 and text.rstrip()[-1:] in ".!?"


def _between_paragraphs(lines: list[tuple[int, str]], index: int) -> bool:
    """A line with the body's paragraphs above it and below it (before the next reference
    heading): mid-body, where a line of hashtags is the essay's own."""
    if not any(paragraph_like(text) for _, text in lines[:index]):
        return False
    for _, text in lines[index + 1:]:
        if reference_heading(text):
            return False
        if paragraph_like(text):
            return True
    return False


def drop_page_furniture(essay: etree._Element, lines: list[tuple[int, str]], front):
    """Drop what a blog page puts around the post, wherever it stands after the header: share
    buttons, a comment thread, related posts, tags, the comment form, newsletter prompts, the
    copyright footer, a platform's footer (see platforms.py); an 'About the author' line over
    the author's bio gives the bio."""
    footer = platform_footer(lines, front)  # a Medium page's footer, to the page's end
    if footer is None:
        footer = blog_tail(lines, front)  # a WordPress or Blogger page's tail (blogs.py)
    drop = _furniture_lines(lines, set(range(footer, len(lines))) if footer is not None
                            else set())
    kept = [index for index in range(len(lines)) if index not in drop]
    bio = end_bio(front, [lines[index] for index in kept])
    moved = None
    if bio is not None:  # the 'About the author' line goes, the bio moves to the byline
        about, own = bio
        if about is not None:
            drop.add(kept[about])
        moved = kept[own]
        front.bio = lines[moved]
        if not front.authors and (subject := bio_subject(front.bio[1])):
            front.authors = [(front.bio[0], subject[0][1])]  # 'About the author': the author
    kept_lines = []
    for index, (number, text) in enumerate(lines):
        if index in drop:
            T.log_change(essay, JUNK, number, text, "")
        elif index != moved:
            kept_lines.append((number, text))
    return kept_lines


def _furniture_lines(lines: list[tuple[int, str]], footer: set[int]) -> set[int]:
    """The indexes of the lines of page furniture: single lines (a lone separator, '—' or
    '---', among them), comment threads, the comment form's fields, lists of related posts,
    tags and the copyright footer at the end, and a share button's neighbours ('Tweet',
    'Email', 'Print')."""
    drop: set[int] = set(footer)
    index = 0
    while index < len(lines):
        text = lines[index][1].strip()
        following = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
        previous = lines[index - 1][1] if index else ""
        if ((COMMENTS_START.match(text) or COMMENTS_WORD.match(text))
                and (COMMENTER.match(following) or REPLY.match(following))):
            end = _thread_end(lines, index + 1)
        elif RELATED_START.match(text):
            end = _related_end(lines, index + 1)
        elif CITE_BOX.match(text):
            end = _cite_end(lines, index + 1)
        elif is_page_furniture(text) and not (
                hashtag_line(text) and _between_paragraphs(lines, index)) \
                or separator_line(text) or (
                comment_form_field(text) and index - 1 in drop
                and (comment_form(previous) or comment_form_field(previous))):
            end = index + 1
        else:
            index += 1
            continue
        drop.update(range(index, end))
        index = end
    _tail_furniture(lines, drop)
    for start in sorted(drop):  # a share bar: the buttons around 'Share on Facebook'
        for step in (-1, 1):
            other = start + step
            while 0 <= other < len(lines) and other not in drop and (
                    is_web_junk(lines[other][1]) or counter_line(lines[other][1])):
                drop.add(other)
                other += step
    return drop


def _tail_furniture(lines: list[tuple[int, str]], drop: set[int]) -> None:
    """Tags at the end of the body or of the page beside other furniture ('Tags: trees,
    cities' over 'Share this:') or as the page's very last line, and the copyright footer
    at the very end of the page, never under a caption (an image's credit); the same lines
    elsewhere are the essay's."""
    ends = [index for index, (_, text) in enumerate(lines) if reference_heading(text)]
    last = max((index for index, (_, text) in enumerate(lines) if text.strip()), default=-1)
    for end in [*ends, len(lines)]:
        index = end - 1
        while index >= 0:
            text = lines[index][1]
            near = any(other in drop or is_web_junk(lines[other][1])
                       for other in (index - 1, index + 1) if 0 <= other < len(lines))
            if index in drop or (is_web_junk(text) and not tags_line(text)):
                pass
            elif (tags_line(text) or counter_line(text)) and (near or index == last):
                drop.add(index)  # beside furniture, or the page's last line
            elif end == len(lines) and source_url_line(text) and (near or index == last):
                drop.add(index)  # 'Quelle: https://www.grin.com/…' under the page
            elif (end == len(lines) and copyright_footer(text)
                  and not (index and (CAPTION.match(lines[index - 1][1].strip())
                                      or CREDIT.match(lines[index - 1][1].strip())))):
                drop.add(index)
            else:
                break
            index -= 1


def _stops_furniture(text: str) -> bool:
    """A line that ends a comment thread or a list of related posts: the essay's own parts."""
    return bool(reference_heading(text) or ABOUT_AUTHOR.match(text) or RELATED_START.match(text)
                or COMMENTS_START.match(text))


def _thread_end(lines: list[tuple[int, str]], index: int) -> int:
    """Where a comment thread ends: each comment is its commenter's line ('Tom B. — 16 March
    2024'), the comment and 'Reply'; the thread ends at a line that starts no comment."""
    in_comment = False
    while index < len(lines):
        text = lines[index][1].strip()
        if _stops_furniture(text):
            break
        if COMMENTER.match(text):
            in_comment = True
        elif REPLY.match(text) or is_page_furniture(text):
            in_comment = False
        elif not in_comment:
            break
        index += 1
    return index


def _related_end(lines: list[tuple[int, str]], index: int) -> int:
    """Where a list of related posts ends: at most a dozen short titles; a line followed by a
    paragraph is a heading of the essay, not a post's title."""
    start = index
    while index < len(lines) and index - start < _MAX_RELATED:
        text = lines[index][1].strip()
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        if _stops_furniture(text) or not headline_like(text) or paragraph_like(following):
            break
        index += 1
    return index


_MAX_CITATION_LINES = 3
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _cite_end(lines: list[tuple[int, str]], index: int) -> int:
    """Where a 'Cite this article' box ends: the page's own citation under it (its lines
    right under the box's heading, each with a year or going on from the one above)."""
    start = index
    while index < len(lines) and index - start < _MAX_CITATION_LINES \
            and lines[index][0] == lines[index - 1][0] + 1 \
            and (_YEAR.search(lines[index][1]) or index > start) \
            and not _stops_furniture(lines[index][1]) and not is_web_junk(lines[index][1]):
        index += 1
    return index
