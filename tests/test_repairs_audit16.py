"""Audit 16a: a single quote nested after a double quote opens ('"\'A' → '“‘A'), and a
sentence glued to the next by a lost space after its full stop gets the space back."""

from __future__ import annotations

import pytest

from essayconv import tree as T
from essayconv.repairs import punctuation, quotes


def run(rule, text: str, lang: str = "en", source: str | None = None):
    """The paragraph (and the source item, if any) after one rule, and the rule's log."""
    essay = T.el("essay")
    essay.set(T.XML_LANG, lang)
    T.sub(T.sub(essay, "meta"), "title", "A title", line=1)
    T.sub(T.sub(T.sub(essay, "body"), "section", id="s1"), "p", text, line=3)
    if source is not None:
        sources = T.sub(essay, "sources", heading="References", line=5)
        T.sub(sources, "item", source, id="r1", line=6)
    T.sub(essay, "changes")
    rule.apply(essay)
    T.validate(essay, rule.NAME)
    item = T.find(essay, "sources/item")
    changes = [(c.get("rule"), c.get("line")) for c in T.findall(essay, "changes/change")]
    return T.find(essay, "body/section/p").text, None if item is None else item.text, changes


# --- 9: nested quotes ------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Forward ran \"'A Country Fit for Heroes'? Not in Govan\" in 1921.",
     "The Forward ran “‘A Country Fit for Heroes’? Not in Govan” in 1921."),
    ("en", "He called it \"a 'home fit for heroes'\" then.",
     "He called it “a ‘home fit for heroes’” then."),
    ("en", "\"'A", "“‘A"),
    ("en", "A'\"", "A’”"),
    ("en", "('\"Quoted\"' here)", "(‘“Quoted”’ here)"),
    # apostrophes stay apostrophes
    ("en", "\"I'm sure,\" she said of the students' rooms.",
     "“I’m sure,” she said of the students’ rooms."),
    # German: „outer ‚inner‘“
    ("de", "Er schrieb \"'Heimat' ist kein Ort\" damals.",
     "Er schrieb „‚Heimat‘ ist kein Ort“ damals."),
    ("de", "Sie sagte \"ja\" dazu.", "Sie sagte „ja“ dazu."),
    # French: « outer “inner” » with narrow no-break spaces inside the guillemets
    ("fr", "Il écrit \"'Patrie' et travail\" alors.",
     "Il écrit «\u202f“Patrie” et travail\u202f» alors."),
    ("fr", "Le \"quartier\" est", "Le «\u202fquartier\u202f» est"),
])
def test_nested_single_quote_opens_after_an_opening_double_quote(lang, text, expected):
    paragraph, _, changes = run(quotes, text, lang)
    assert paragraph == expected
    assert changes and all(change == ("quotes", "3") for change in changes)


@pytest.mark.parametrize("text, expected", [
    ("He read \"'Twas brillig\" aloud.", "He read “’Twas brillig” aloud."),
    ("'Tis the season.", "’Tis the season."),
    ("It was rock 'n' roll.", "It was rock ’n’ roll."),
    ("She lives in 's-Hertogenbosch now.", "She lives in ’s-Hertogenbosch now."),
    ("They played \"'Round Midnight\" twice.", "They played “’Round Midnight” twice."),
    # a quoted word that only begins like one is quoted: 'tisane', 'Emma'
    ("The word 'tisane' is French.", "The word ‘tisane’ is French."),
])
def test_an_elided_word_keeps_its_apostrophe_after_an_opening_quote(text, expected):
    assert run(quotes, text)[0] == expected


def test_a_curly_or_low_opening_mark_before_a_straight_quote_opens_it():
    assert run(quotes, "“'A' said”")[0] == "“‘A’ said”"
    assert run(quotes, "„'A' sagte“", "de")[0] == "„‚A‘ sagte“"


def test_a_double_quote_after_a_closing_word_still_closes():
    # the double quote after "B" closes; the single quote after it begins nothing
    assert run(quotes, "\"A\"'s B")[0] == "“A”’s B"


# --- 10: glued sentences ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Oral testimony complicates this picture.Margaret Reid remembered a room.",
     "Oral testimony complicates this picture. Margaret Reid remembered a room."),
    ("He extends the argument (Barnes 2003: 12).Universities rely on allowances.",
     "He extends the argument (Barnes 2003: 12). Universities rely on allowances."),
    ("It was listed.In 1921 it fell.", "It was listed. In 1921 it fell."),
    ("the tenants' café.Après la guerre", "the tenants' café. Après la guerre"),
    ("they wrote etc.The end", "they wrote etc. The end"),
    ("from the picture.Margaret's room", "from the picture. Margaret's room"),
])
def test_a_full_stop_between_glued_sentences_gets_its_space(text, expected):
    paragraph, _, changes = run(punctuation, text)
    assert paragraph == expected
    assert changes == [("punctuation", "3")]


@pytest.mark.parametrize("text", [
    "See https://example.org/picture.Margaret for it.",  # a URL
    "See www.example.Com for it.",  # a web address without its scheme
    "Visit example.Com for details.",  # a domain
    "Write to j.smith@uni.Edu today.",  # an e-mail address
    "The U.S.Army and the e.g.The case.",  # abbreviations: one letter before the stop
    "J.Smith and J.K.Rowling wrote.",  # initials
    "The value 3.14 and v2.Beta stay.",  # numbers
    "Call obj.getValue() and f().Bar in code.",  # code
    "Use System.StringBuilder or java.util.List there.",  # code names
    "Open report.Final.docx and notes.Pdf now.",  # file names
    "The town of Govan.The end.",  # a capitalised word before: a name or an abbreviation
    "docs/path.Name and C:\\dir\\file.Name here",  # paths
    "`value.Name` in code",  # code in backticks
    "the picture.M and picture.MARGARET stay",  # one capital, or all capitals: no word
])
def test_no_space_in_urls_addresses_abbreviations_initials_or_code(text):
    paragraph, _, changes = run(punctuation, text)
    assert paragraph == text
    assert changes == []


def test_a_reference_string_gets_its_space_too():
    # a reference's missing space is the same paste damage: 'Title.Publisher' splits, but a
    # chain of dotted words ('Disability.London.') is left alone as a possible name or code
    _, item, changes = run(punctuation, "Body text.",
                           source="Reid, M. (1987) Oral interview.Transcript held (1987).Glasgow.")
    assert item == "Reid, M. (1987) Oral interview. Transcript held (1987). Glasgow."
    assert changes == [("punctuation", "6")] * 2
    _, item, changes = run(punctuation, "Body text.", source="Barnes (2003).Disability.London.")
    assert item == "Barnes (2003).Disability.London."
    assert changes == []
