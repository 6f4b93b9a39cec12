"""Audit 15: non-English web furniture, a LinkedIn article's header and footer, Markdown's
headings and emphasis. Every expectation is written by hand from the input."""

from __future__ import annotations

import pytest

from essayconv import tree as T
from essayconv.reader.lines import (
    button_row,
    copyright_footer,
    counter_line,
    is_page_furniture,
    is_web_junk,
)
from essayconv.reader.webwords import hashtag_line, separator_line

from validators import changes, essay_of

PARAGRAPH = "The essay begins here, with a first paragraph that is long enough to be one."


def items(essay) -> list[str]:
    return [item.text for item in T.findall(essay, "sources/item")]


def body_texts(essay) -> list[str]:
    return [T.inline_text(node) for node in T.findall(essay, "body/section/*")]


# ---------------------------------------------------------------- non-English furniture

@pytest.mark.parametrize("line", [
    "Partager sur Facebook | Twitter | LinkedIn", "Auf Facebook teilen",
    "Condividi questo articolo", "Partager cet article", "Diesen Artikel teilen",
    "Compartir en Twitter", "Commenta questo articolo", "Laisser un commentaire",
    "Schreibe einen Kommentar", "Lascia un commento", "Deja un comentario",
    "Jetzt kaufen • Weitere Hausarbeiten", "Newsletter abonnieren",
    "Iscriviti alla newsletter", "#RemoteWork #UrbanPlanning #FutureOfWork #Cities",
    "Like · Comment · Repost · Send",
])
def test_foreign_furniture_lines(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", [
    "Teilen und Herrschen in der Spätantike", "Partager le pouvoir : la Fronde",
    "Commenti politici di Gramsci", "Politik | Gesellschaft", "Love | Hate",
    "#1 in the charts", "Support for the reform",
])
def test_prose_and_headings_are_no_furniture(line):
    assert not is_page_furniture(line)


def test_buttons_counters_and_rights():
    assert is_web_junk("Teilen") and is_web_junk("Lire la suite") and is_web_junk("Condividi")
    assert not is_web_junk("Love") and not is_web_junk("Support")  # only in a row of buttons
    assert counter_line("Commenti (3)") and counter_line("3 Kommentare")
    assert counter_line("Comentarios (12)") and not counter_line("Kommentare zum BGB")
    assert copyright_footer("Tous droits réservés") and copyright_footer(
        "© 2024 Marco Bianchi. Tutti i diritti riservati.")
    assert button_row("Jetzt kaufen • Weitere Hausarbeiten") and not button_row("Jetzt kaufen")
    assert hashtag_line("#RemoteWork #Cities") and not hashtag_line("#1 #2")
    assert not hashtag_line("#RemoteWork")
    assert separator_line("—") and separator_line("* * *") and separator_line("---")
    assert not separator_line("— 12 —") and not separator_line("--")


BIBLIOGRAFIA = """Il paesaggio urbano in Calvino

Marco Bianchi

Introduzione

La città è, per Calvino, il luogo in cui si misura l'individuo col mondo (Belpoliti, 1996).

Bibliografia

Belpoliti M., L'occhio di Calvino, Einaudi, Torino 1996.

{junk}
"""


def test_italian_french_german_rows_after_the_list_are_dropped(tmp_path):
    junk = ("Condividi questo articolo\nCommenti (3)\nPartager sur Facebook | Twitter | "
            "LinkedIn\nJetzt kaufen • Weitere Hausarbeiten")
    essay = essay_of(tmp_path, BIBLIOGRAFIA.format(junk=junk))
    assert items(essay) == ["Belpoliti M., L’occhio di Calvino, Einaudi, Torino 1996."]
    assert [before for _, before, _ in changes(essay, "drop-web-junk")] == [
        "Condividi questo articolo", "Commenti (3)", "Partager sur Facebook | Twitter | LinkedIn",
        "Jetzt kaufen • Weitere Hausarbeiten"]


def test_grin_source_line_under_the_page_is_dropped(tmp_path):
    junk = "Quelle: https://www.grin.com/document/123456\nJetzt kaufen • Weitere Hausarbeiten"
    essay = essay_of(tmp_path, BIBLIOGRAFIA.format(junk=junk))
    assert len(items(essay)) == 1
    assert (13, "Quelle: https://www.grin.com/document/123456", "") in \
        changes(essay, "drop-web-junk")


def test_a_figure_source_before_the_references_stays(tmp_path):
    text = (f"A Title\n\n{PARAGRAPH}\n\nFigure 1: Rainfall by month\n"
            "Source: https://www.metoffice.gov.uk/data\n\nReferences\n\n"
            "Oke, T.R. (1982) The energetic basis of the urban heat island. London: Methuen.\n")
    essay = essay_of(tmp_path, text)
    assert "Source: https://www.metoffice.gov.uk/data" in " ".join(body_texts(essay))
    assert changes(essay, "drop-web-junk") == []


# ---------------------------------------------------------------- LinkedIn

LINKEDIN = """Why Remote Work Is Reshaping Our Cities
Priya Nair
Priya Nair
Urban Economist | Writing about cities, housing & the future of work
Published on March 12, 2024
8 min read

🔔 Follow

The pandemic was a brief disruption. Four years on, remote work stays (Ramani and Bloom, 2021).

—

Office values could fall by a quarter, and property taxes with them.

#RemoteWork #UrbanPlanning #FutureOfWork #Cities

References

Ramani, A. and Bloom, N. (2021) The donut effect of COVID-19 on cities. Cambridge, MA: NBER.
Florida, R. (2017) The new urban crisis. New York: Basic Books.

—

Priya Nair
Urban Economist | Writing about cities, housing & the future of work

👍❤️💡 247
38 comments · 12 reposts

Like · Comment · Repost · Send

More articles by Priya Nair
The Housing Supply Puzzle
Feb 2, 2024
"""


def test_linkedin_header_keeps_title_author_and_date(tmp_path):
    essay = essay_of(tmp_path, LINKEDIN)
    assert T.find(essay, "meta/title").text == "Why Remote Work Is Reshaping Our Cities"
    assert [T.find(a, "name").text for a in T.findall(essay, "meta/author")] == ["Priya Nair"]
    assert [(i.get("name"), i.text) for i in T.findall(essay, "meta/info")] == [
        ("date", "March 12, 2024")]
    assert body_texts(essay) == [
        "The pandemic was a brief disruption. Four years on, remote work stays "
        "(Ramani and Bloom, 2021).",
        "Office values could fall by a quarter, and property taxes with them."]
    dropped = [(line, before) for line, before, _ in changes(essay, "drop-web-junk")]
    assert dropped[:5] == [(3, "Priya Nair"), (
        4, "Urban Economist | Writing about cities, housing & the future of work"),
        (5, "Published on March 12, 2024"), (6, "8 min read"), (8, "🔔 Follow")]
    assert (12, "—") in dropped and (16, "#RemoteWork #UrbanPlanning #FutureOfWork #Cities") \
        in dropped


def test_linkedin_footer_ends_the_reference_list(tmp_path):
    essay = essay_of(tmp_path, LINKEDIN)
    assert items(essay) == [
        "Ramani, A. and Bloom, N. (2021) The donut effect of COVID-19 on cities. Cambridge, MA: "
        "NBER.", "Florida, R. (2017) The new urban crisis. New York: Basic Books."]
    dropped = [line for line, _, _ in changes(essay, "drop-web-junk")]
    assert [line for line in dropped if line > 21] == [23, 25, 26, 28, 29, 31, 33, 34, 35]


def test_linkedin_footer_without_the_header(tmp_path):
    text = LINKEDIN.split("🔔 Follow\n\n", 1)[1]
    essay = essay_of(tmp_path, "Remote Work and Cities\nPriya Nair\n\n" + text)
    assert len(items(essay)) == 2
    assert not any("Like" in item or "comments" in item for item in items(essay))


# ---------------------------------------------------------------- Markdown

MARKDOWN = """Why Remote Work Is Reshaping Our Cities
Priya Nair

The pandemic was supposed to be a brief disruption. Four years later, remote work stays.

## 1. The donut effect

Ramani and Bloom call this the **donut effect**: centres hollow out while *suburbs* grow.

## 2. Office demand is falling

Office values could fall by a quarter; 2 * 3 * 4 is no emphasis, nor is snake_case_name here.

### What cities are trying

Converting offices to housing is the most __popular__ answer, says _The Economist_ today.
"""


def test_markdown_headings_are_headings_at_their_levels(tmp_path):
    essay = essay_of(tmp_path, MARKDOWN)
    headed = [(T.find(s, "heading").text, s.get("level"))
              for s in T.findall(essay, "body/section") if T.find(s, "heading") is not None]
    assert headed == [("1. The donut effect", None), ("2. Office demand is falling", None),
                      ("What cities are trying", "2")]
    assert changes(essay, "markdown-heading") == [
        (6, "## 1. The donut effect", "1. The donut effect"),
        (10, "## 2. Office demand is falling", "2. Office demand is falling"),
        (14, "### What cities are trying", "What cities are trying")]


def test_markdown_emphasis_is_bold_and_italic(tmp_path):
    essay = essay_of(tmp_path, MARKDOWN)
    marked = [(node.tag.split("}")[1], node.text) for p in T.findall(essay, "body/section/p")
              for node in p if node.tag in (T.q("strong"), T.q("em"))]
    assert marked == [("strong", "donut effect"), ("em", "suburbs"), ("strong", "popular"),
                      ("em", "The Economist")]
    texts = body_texts(essay)
    assert "Office values could fall by a quarter; 2 * 3 * 4 is no emphasis, nor is " \
        "snake_case_name here." in texts
    assert "Converting offices to housing is the most popular answer, says The Economist " \
        "today." in texts
    assert [before for _, before, _ in changes(essay, "markdown-emphasis")] == [
        "**donut effect**", "*suburbs*", "__popular__", "_The Economist_"]


def test_a_hashtag_or_a_sentence_after_a_hash_is_no_heading(tmp_path):
    text = ("A Title\n\n" + PARAGRAPH + "\n\n# of respondents who answered every question in "
            "the survey was lower than expected, as the tables below show in detail.\n\n"
            + PARAGRAPH + "\n")
    essay = essay_of(tmp_path, text)
    assert changes(essay, "markdown-heading") == []
