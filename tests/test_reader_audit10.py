"""Audit 10's reader defects: bylines in other languages and with degrees, abstract and
keywords labels in other languages, reference headings and bibliography subheadings in
other languages, and a Medium page's header and footer pasted whole.

Every expectation is written by hand from the input, never copied from the program's output."""

from __future__ import annotations

import pytest

from essayconv import tree as T
from essayconv.pipeline import enrich
from essayconv.reader.bylines import byline_names, read_byline
from essayconv.writers import WriteOptions, get

from validators import authors, changes, essay_of, headings, infos

PARAGRAPH = "The essay begins here, with a first paragraph that is long enough to be one."


def paragraphs(essay) -> list[str]:
    return [T.inline_text(p) for p in T.findall(essay, "body/section/p")]


# ---------------------------------------------------------------- 1. bylines

@pytest.mark.parametrize(("line", "label", "names"), [
    ("Por María Teresa Alcázar Ruiz", "Por ", ["María Teresa Alcázar Ruiz"]),
    ("por Lucas dos Santos", "por ", ["Lucas dos Santos"]),
    ("di Chiara Valsecchi", "di ", ["Chiara Valsecchi"]),
    ("Par Camille Lefèvre", "Par ", ["Camille Lefèvre"]),
    ("Von Anna Schmidt und Jonas Weber", "Von ", ["Anna Schmidt", "Jonas Weber"]),
    ("Door Pieter de Vries en Sanne Bakker", "Door ", ["Pieter de Vries", "Sanne Bakker"]),
    # a surname of its own, never a label: 'Di Chiara', 'Von Braun'
    ("Di Chiara Valsecchi", "", ["Di Chiara Valsecchi"]),
    ("Von Braun", "", ["Von Braun"]),
    # 'y' joins two names, and is a name's own in 'José Ortega y Gasset'
    ("María Pérez y Juan Gómez", "", ["María Pérez", "Juan Gómez"]),
    ("José Ortega y Gasset", "", ["José Ortega y Gasset"]),
    ("Chiara Valsecchi e Marco Rossi", "", ["Chiara Valsecchi", "Marco Rossi"]),
])
def test_a_bylines_label_in_another_language(line, label, names):
    assert read_byline(line)[:2] == (label, names)


@pytest.mark.parametrize(("line", "names"), [
    ("Por favor", []), ("di notte", []), ("Von Neumann's Legacy", []),
    ("Par Avion", ["Par Avion"]),  # two capitalised words: a name, its first word kept
])
def test_a_label_without_a_name_after_it_is_no_label(line, names):
    assert read_byline(line)[:2] == ("", names)


@pytest.mark.parametrize(("line", "names", "degrees"), [
    ("Aisha N. Okafor, MPH¹, Tomasz Wierzbicki, MD, PhD², and Lindiwe Mahlangu, RN, MSc¹",
     ["Aisha N. Okafor", "Tomasz Wierzbicki", "Lindiwe Mahlangu"],
     ["MPH", "MD", "PhD", "RN", "MSc"]),
    ("Jane Doe, M.D., and Al Roe, DrPH", ["Jane Doe", "Al Roe"], ["M.D.", "DrPH"]),
    ("Sarah Okoye BSc, FRCP", ["Sarah Okoye"], ["BSc", "FRCP"]),
    ("Lin Zhou RN and Jack Ma", ["Lin Zhou", "Jack Ma"], ["RN"]),  # 'Ma' is a surname
    ("Hannah Whitfield¹, Tomasz Kowalczyk²,³", ["Hannah Whitfield", "Tomasz Kowalczyk"], []),
])
def test_degrees_and_affiliation_marks_after_the_names(line, names, degrees):
    assert read_byline(line)[1:] == (names, degrees)


def test_a_degree_alone_is_no_name():
    assert byline_names("MD, PhD") == []
    assert byline_names("MPH, Jane Doe") == []


def test_a_spanish_byline_and_its_university(tmp_path):
    essay = essay_of(tmp_path, "La Junta de Comercio de Barcelona y la crisis de 1787\n\n"
                               "Por María Teresa Alcázar Ruiz\nUniversidad de Zaragoza\n\n"
                               "Introducción\n\nLa historiografía ha presentado la década de "
                               "1780 como un periodo de expansión del comercio.\n")
    assert authors(essay) == ["María Teresa Alcázar Ruiz"]
    assert infos(essay) == [("affiliation", "Universidad de Zaragoza")]
    assert headings(essay) == ["Introducción"]
    assert changes(essay, "byline-label") == [
        (3, "Por María Teresa Alcázar Ruiz", "María Teresa Alcázar Ruiz")]


def test_an_italian_byline_and_its_university(tmp_path):
    essay = essay_of(tmp_path, "Leggere Manzoni nella Milano postunitaria\n\n"
                               "di Chiara Valsecchi\nUniversità degli Studi di Pavia\n\n"
                               "Premessa\n\nNegli anni successivi all’Unità il romanzo divenne "
                               "un’istituzione della scuola e della nazione.\n")
    assert authors(essay) == ["Chiara Valsecchi"]
    assert infos(essay) == [("affiliation", "Università degli Studi di Pavia")]
    assert headings(essay) == ["Premessa"]


def test_a_vancouver_byline_with_degrees_and_numbered_affiliations(tmp_path):
    first = "¹ School of Public Health, University of the Western Cape, Bellville, South Africa"
    second = "² Department of Internal Medicine, Medical University of Gdańsk, Poland"
    byline = ("Aisha N. Okafor, MPH¹, Tomasz Wierzbicki, MD, PhD², and Lindiwe Mahlangu, RN, "
              "MSc¹")
    essay = essay_of(tmp_path, "Community health workers and hypertension control: a "
                               f"narrative review\n\n{byline}\n{first}\n{second}\n\n"
                               f"Introduction\n\n{PARAGRAPH}\n")
    assert authors(essay) == ["Aisha N. Okafor", "Tomasz Wierzbicki", "Lindiwe Mahlangu"]
    assert infos(essay) == [("affiliation", first[2:]), ("affiliation", second[2:])]
    # the marks link them, a mark after the degrees too: ¹ is Okafor's and Mahlangu's
    assert [(i.get("id"), i.get("label")) for i in T.findall(essay, "meta/info")] == [
        ("aff1", "1"), ("aff2", "2")]
    assert [a.get("aff") for a in T.findall(essay, "meta/author")] == ["aff1", "aff2", "aff1"]
    assert headings(essay) == ["Introduction"]
    assert paragraphs(essay) == [PARAGRAPH]
    assert changes(essay, "byline-label") == [
        (3, byline, "Aisha N. Okafor, Tomasz Wierzbicki, Lindiwe Mahlangu")]


def test_the_degrees_bylines_authors_are_jats_contribs(tmp_path):
    essay = essay_of(tmp_path, "Community health workers\n\nAisha N. Okafor, MPH¹, and Tomasz "
                               "Wierzbicki, MD, PhD²\n\n" f"Introduction\n\n{PARAGRAPH}\n")
    jats = get("jats").write(enrich(essay, WriteOptions()), WriteOptions())
    text = jats if isinstance(jats, str) else jats.decode("utf-8")
    assert text.count('<contrib contrib-type="author">') == 2
    assert "<surname>Okafor</surname>" in text and "<given-names>Aisha N.</given-names>" in text
    assert "<surname>Wierzbicki</surname>" in text
    assert "MPH" not in text and "PhD" not in text


# ---------------------------------------------------------------- 2. abstract and keywords labels

@pytest.mark.parametrize(("lead", "label"), [
    ("Resumen: Este artículo examina la crisis.", "Resumen"),
    ("Riassunto: Il saggio esamina la ricezione.", "Riassunto"),
    ("Resumo: Este artigo examina a crise.", "Resumo"),
    ("Samenvatting: Dit artikel onderzoekt de crisis.", "Samenvatting"),
    ("Zusammenfassung: Der Aufsatz untersucht die Krise.", "Zusammenfassung"),
    ("Résumé : Cet article examine la crise.", "Résumé"),
])
def test_an_abstract_label_in_another_language(tmp_path, lead, label):
    essay = essay_of(tmp_path, f"A Title\nJane Doe\n\n{lead}\n\nIntroduction\n\n{PARAGRAPH}\n")
    abstract = T.findall(essay, "body/section")[0]
    assert abstract.get("role") == "abstract"
    assert T.find(abstract, "heading").text == label
    assert paragraphs(essay)[0] == lead.split(":", 1)[1].strip()
    assert [before for _, before, _ in changes(essay, "abstract-label")] == [lead]


@pytest.mark.parametrize("keywords", [
    "Palabras clave: Junta de Comercio, crédito, Cataluña",
    "Parole chiave: Manzoni, scuola, lettura",
    "Palavras-chave: comércio, crédito",
    "Schlüsselwörter: Handel, Kredit",
    "Mots-clés : commerce, crédit",
    "Trefwoorden: handel, krediet",
])
def test_a_keywords_line_in_another_language_closes_the_abstract(tmp_path, keywords):
    essay = essay_of(tmp_path, "A Title\nJane Doe\n\nResumen: Este artículo examina la crisis "
                               f"crediticia de 1787.\n\n{keywords}\n\nIntroducción\n\n"
                               f"{PARAGRAPH}\n")
    assert ("keywords", keywords) in infos(essay)
    assert headings(essay) == ["Resumen", "Introducción"]


def test_foreign_keywords_are_jats_kwds_without_their_label(tmp_path):
    essay = essay_of(tmp_path, "A Title\nJane Doe\n\nResumen: Este artículo examina la crisis "
                               "crediticia de 1787.\n\nPalabras clave: crédito, Cataluña\n\n"
                               f"Introducción\n\n{PARAGRAPH}\n")
    jats = get("jats").write(enrich(essay, WriteOptions()), WriteOptions())
    text = jats if isinstance(jats, str) else jats.decode("utf-8")
    assert "<kwd>crédito</kwd>" in text and "<kwd>Cataluña</kwd>" in text
    assert "Palabras clave" not in text.split("<kwd-group")[1].split("</kwd-group>")[0]


def test_a_summary_sentence_is_no_abstract(tmp_path):
    line = "Summary: the committee met twice and agreed on nothing at all."
    essay = essay_of(tmp_path, f"A Title\n\n{line}\n\n{PARAGRAPH}\n")
    assert T.find(essay, "body/section[@role='abstract']") is None
    assert paragraphs(essay)[0] == line


# ---------------------------------------------------------------- 3. reference headings

NOTES = ("[1] G. Bellandi, Il romanzo e la nazione, Torino, Einaudi, 1987, pp. 45-52.\n"
         "[2] Ivi, p. 48.\n")


def test_the_italian_note_heading_opens_the_notes(tmp_path):
    essay = essay_of(tmp_path, "Titolo di prova\n\ndi Chiara Valsecchi\n\nPremessa\n\n"
                               "Il romanzo divenne un testo scolastico.[1] Fu letto nelle "
                               f"scuole.[2]\n\nNote\n\n{NOTES}")
    notes = T.find(essay, "notes")
    assert notes.get("heading") == "Note"
    assert [n.get("n") for n in T.findall(notes, "note")] == ["1", "2"]
    assert headings(essay) == ["Premessa"]


@pytest.mark.parametrize("under", [
    "Note that the survey covered only two regions, both of them rural.",
    "The figures below are rounded to the nearest thousand, as the ministry gave them.",
    "2 The second table gives the same figures by region.",
])
def test_note_over_anything_but_the_first_note_stays_the_essays(tmp_path, under):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\nNote\n\n{under}\n\n{PARAGRAPH}\n")
    assert T.find(essay, "notes") is None
    assert "Note" in headings(essay) + paragraphs(essay)
    assert under in paragraphs(essay) + headings(essay)


@pytest.mark.parametrize("heading", [
    "Bibliografia", "Riferimenti bibliografici", "Notas", "Referencias", "Referências",
    "Referências bibliográficas", "Noten", "Literatuur", "Obras citadas", "Fonti",
    "Bibliografie", "Endnoten",
])
def test_reference_headings_in_other_languages(tmp_path, heading):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{heading}\n\n{NOTES}")
    assert T.find(essay, "notes").get("heading") == heading
    assert headings(essay) == [None]


# ---------------------------------------------------------------- 4. bibliography subheadings

SPANISH = ("Ortells, Francisco de Paula, Memoria sobre el estado del comercio de Cataluña, "
           "Barcelona, Fundación Noguera, 1999.")
GERMAN = "Feldman, Gerald D., Die Große Inflation, Berlin, de Gruyter, 1993."


@pytest.mark.parametrize(("heading", "first", "second"), [
    ("Bibliografía", "Fuentes primarias", "Fuentes secundarias"),
    ("Bibliography", "Primary Sources", "Secondary Sources"),
    ("Bibliography", "Archival sources", "Printed sources"),
    ("Bibliographie", "Sources primaires", "Sources secondaires"),
    ("Bibliografia", "Fonti primarie", "Studi"),
    ("Literaturverzeichnis", "Quellen", "Literatur"),
    ("Literaturverzeichnis", "Gedruckte Quellen", "Sekundärliteratur"),
    ("Referências", "Fontes primárias", "Fontes secundárias"),
    ("Literatuur", "Primaire bronnen", "Secundaire literatuur"),
])
def test_subheadings_inside_a_bibliography_in_other_languages(tmp_path, heading, first,
                                                              second):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}\n\n{heading}\n\n{first}\n\n{SPANISH}\n\n"
                               f"{second}\n\n{GERMAN}\n")
    assert T.find(essay, "sources").get("heading") == heading
    assert [item.text for item in T.findall(essay, "sources/item")] == [SPANISH, GERMAN]
    assert changes(essay, "bibliography-subheadings") == [(7, first, ""), (11, second, "")]


def test_sources_after_numbered_notes_is_the_bibliography(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{PARAGRAPH}[1]\n\nNotes\n\n"
                               f"1. Feldman, Die Große Inflation, p. 4.\n\nSources\n\n{GERMAN}\n")
    assert T.find(essay, "notes").get("heading") == "Notes"
    assert T.find(essay, "sources").get("heading") == "Sources"
    assert [item.text for item in T.findall(essay, "sources/item")] == [GERMAN]
    assert changes(essay, "bibliography-subheadings") == []


# ---------------------------------------------------------------- 5. a Medium page pasted whole

MEDIUM_HEADER = ("Open in app\n\nSign up\n\nSign in\n\nWrite\n\n"
                 "Who Gets to Decide What Is Wild?\nThe politics of ecological restoration\n\n"
                 "Callum Reid-Fraser\nCallum Reid-Fraser\n\nFollow\n\nPublished in\n"
                 "The Undergraduate Geographer\n\n·\n9 min read\n·\nMar 14, 2023\n\n--\n\n312\n\n"
                 "4\n\nListen\n\nShare\n\n")
BODY = ("Rewilding has become one of the most fashionable words in British environmentalism, "
        "and nowhere is the debate more intense than in the Highlands (Wightman, 2010).")
WIGHTMAN = "Wightman, A. (2010) The Poor Had No Lawyers. Edinburgh: Birlinn."
MEDIUM_FOOTER = ["--", "--", "312", "4", "Callum Reid-Fraser", "The Undergraduate Geographer",
                 "Follow", "Written by Callum Reid-Fraser", "48 Followers", "·", "Writer for",
                 "The Undergraduate Geographer",
                 "Geography student at the University of Glasgow. Writing about land.",
                 "More from Callum Reid-Fraser and The Undergraduate Geographer",
                 "Crofting Law for Beginners: A Very Short Guide", "6 min read·Jan 9, 2023", "87",
                 "Recommended from Medium", "Isla Morton",
                 "Peatlands Are the Climate Story Nobody Tells", "4 min read·Feb 2, 2023", "1.2K",
                 "See more recommendations", "Help", "Status", "About", "Careers", "Press",
                 "Blog", "Privacy", "Terms", "Text to speech", "Teams"]


def dropped(essay) -> list[str]:
    return [before for _, before, _ in changes(essay, "drop-web-junk")]


def test_a_medium_header_gives_the_title_subtitle_author_publication_and_date(tmp_path):
    essay = essay_of(tmp_path, f"{MEDIUM_HEADER}{BODY}\n\nReference List\n\n{WIGHTMAN}\n")
    assert T.find(essay, "meta/title").text == "Who Gets to Decide What Is Wild?"
    assert authors(essay) == ["Callum Reid-Fraser"]
    assert infos(essay) == [("subtitle", "The politics of ecological restoration"),
                            ("publication", "The Undergraduate Geographer"),
                            ("date", "Mar 14, 2023")]
    assert headings(essay) == [None]
    assert paragraphs(essay) == [BODY]
    assert dropped(essay) == ["Open in app", "Sign up", "Sign in", "Write", "Callum Reid-Fraser",
                              "Follow", "Published in", "·", "9 min read", "·", "--", "312", "4",
                              "Listen", "Share"]


def test_a_medium_footer_is_cut_off_and_never_references(tmp_path):
    footer = "\n\n".join(MEDIUM_FOOTER)
    essay = essay_of(tmp_path, f"{MEDIUM_HEADER}{BODY}\n\nReference List\n\n{WIGHTMAN}\n\n"
                               f"{footer}\n")
    assert [item.text for item in T.findall(essay, "sources/item")] == [WIGHTMAN]
    assert dropped(essay)[15:] == MEDIUM_FOOTER
    assert T.find(essay, "meta/author/bio") is None


def test_a_medium_footer_under_an_ordinary_header(tmp_path):
    footer = "\n\n".join(["--", "--", "312", "4", "Written by Callum Reid-Fraser",
                          "48 Followers", "Recommended from Medium", "Help", "Status", "About",
                          "Privacy", "Terms", "Text to speech"])
    essay = essay_of(tmp_path, f"Who Gets to Decide What Is Wild?\n\nBy Callum Reid-Fraser\n\n"
                               f"{BODY}\n\nReference List\n\n{WIGHTMAN}\n\n{footer}\n")
    assert [item.text for item in T.findall(essay, "sources/item")] == [WIGHTMAN]
    assert dropped(essay) == footer.split("\n\n")


def test_the_bar_on_one_line_gives_the_date(tmp_path):
    essay = essay_of(tmp_path, "Open in app\nSign in\nWho Gets to Decide What Is Wild?\n"
                               "Callum Reid-Fraser\nFollow\n9 min read · Mar 14, 2023\nListen\n"
                               f"Share\n\n{BODY}\n")
    assert T.find(essay, "meta/title").text == "Who Gets to Decide What Is Wild?"
    assert authors(essay) == ["Callum Reid-Fraser"]
    assert infos(essay) == [("date", "Mar 14, 2023")]
    assert (6, "9 min read · Mar 14, 2023", "Mar 14, 2023") in changes(essay, "drop-web-junk")


def test_a_substack_header_with_its_masthead(tmp_path):
    essay = essay_of(tmp_path, "The Land Question\nSubscribe\nSign in\n"
                               "Who Gets to Decide What Is Wild?\n"
                               "The politics of ecological restoration\nCallum Reid-Fraser\n"
                               f"Mar 14, 2023\n12\n3\nShare this post\nShare\n\n{BODY}\n")
    assert T.find(essay, "meta/title").text == "Who Gets to Decide What Is Wild?"
    assert authors(essay) == ["Callum Reid-Fraser"]
    assert infos(essay) == [("publication", "The Land Question"),
                            ("subtitle", "The politics of ecological restoration"),
                            ("date", "Mar 14, 2023")]
    assert dropped(essay) == ["Subscribe", "Sign in", "12", "3", "Share this post", "Share"]
    assert paragraphs(essay) == [BODY]


def test_a_heading_before_the_first_paragraph_stays_the_bodys(tmp_path):
    essay = essay_of(tmp_path, "Open in app\nSign in\nA Title\nJane Doe\nFollow\nListen\nShare\n\n"
                               f"Introduction\n\n{BODY}\n")
    assert T.find(essay, "meta/title").text == "A Title"
    assert authors(essay) == ["Jane Doe"]
    assert headings(essay) == ["Introduction"]


def test_an_essay_with_a_few_button_words_is_no_platforms_page(tmp_path):
    essay = essay_of(tmp_path, f"Write\nJane Doe\nFollow\nShare\n\n{BODY}\n")
    assert T.find(essay, "meta/title").text == "Write"
    assert authors(essay) == ["Jane Doe"]
    assert dropped(essay) == ["Follow", "Share"]  # as on any page: buttons near the top


def test_references_like_footer_lines_stay_references(tmp_path):
    refs = ["More from Less: How We Learned to Grow (2019). London: Faber.",
            "Written by the Victors: Histories of Empire (2008). Oxford: OUP.",
            WIGHTMAN]
    essay = essay_of(tmp_path, f"A Title\n\n{BODY}\n\nReferences\n\n" + "\n".join(refs)
                     + "\n\nHelp\nStatus\nAbout\nTerms\n")
    assert [item.text for item in T.findall(essay, "sources/item")] == refs
    assert dropped(essay) == ["Help", "Status", "About", "Terms"]  # the page's last lines


def test_three_site_links_alone_at_the_end_stay(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{BODY}\n\nHelp\nStatus\nAbout\n")
    assert dropped(essay) == []


def test_a_footer_before_a_reference_list_is_no_footer(tmp_path):
    essay = essay_of(tmp_path, f"A Title\n\n{BODY}\n\nMore from the Archive\n\n{BODY}\n\n"
                               f"Written by Hand\n\n{BODY}\n\nReferences\n\n{WIGHTMAN}\n")
    assert headings(essay) == [None, "More from the Archive", "Written by Hand"]
    assert dropped(essay) == []


def test_an_essays_headings_that_read_like_a_footer_never_cut_it(tmp_path):
    """'Written by the Victors' and 'More from Below' head sections of an essay with no
    reference list: no platform's footer (no followers, no recommendations), nothing dropped."""
    sections = ["Written by the Victors", "More from Below", "Conclusion"]
    text = "Memory and War\n\nJane Doe\n\nIntroduction\n\n" + PARAGRAPH + "\n\n" + "".join(
        f"{heading}\n\n{PARAGRAPH} It goes on for a while, as essays do.\n\n"
        for heading in sections)
    essay = essay_of(tmp_path, text)
    assert headings(essay) == ["Introduction", *sections]
    assert not [c for c in T.findall(essay, "changes/change") if c.get("rule") == "drop-web-junk"]
