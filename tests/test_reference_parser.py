"""Hand-written expectations for the CRF reference parser and its span->CSL rules."""

from __future__ import annotations

import pytest

from essayconv.references import dataset
from essayconv.references.names import parse_names
from essayconv.references.parser import ReferenceParser, apply_rules, parse_reference
from essayconv.references.spans import parse_date, parse_pages, parse_volume, to_csl


def test_journal_article() -> None:
    item = parse_reference(
        "Moreau, C. (2017) 'Borders of compassion: asylum policy in Europe', "
        "Journal of Refugee Studies, 30(2), pp. 211-233."
    )
    assert item["type"] == "article-journal"
    assert item["author"] == [{"family": "Moreau", "given": "C."}]
    assert item["issued"] == {"date-parts": [[2017]]}
    assert item["title"] == "Borders of compassion: asylum policy in Europe"
    assert item["container-title"] == "Journal of Refugee Studies"
    assert item["volume"] == "30"
    assert item["issue"] == "2"
    assert item["page"] == "211\u2013233"


def test_book_keeps_place_and_publisher_out_of_title() -> None:
    item = parse_reference(
        "Okello, P. (2008) Aid and authority in northern Uganda. Kampala: Fountain Publishers."
    )
    assert item["type"] == "book"
    assert item["title"] == "Aid and authority in northern Uganda"
    assert item["publisher-place"] == "Kampala"
    assert item["publisher"] == "Fountain Publishers"


def test_chapter_in_edited_book() -> None:
    item = parse_reference(
        "Lindqvist, M. (2011) 'Policing the camps', in Bauer, K. and Osei, T. (eds.) "
        "Security in exile. London: Zed Books, pp. 45-67."
    )
    assert item["type"] == "chapter"
    assert item["title"] == "Policing the camps"
    assert item["container-title"] == "Security in exile"
    assert {e["family"] for e in item["editor"]} == {"Bauer", "Osei"}
    assert item["page"] == "45\u201367"


def test_edited_book_eds_after_names() -> None:
    item = parse_reference(
        "Hart, R. and Mendes, L. (eds.) (2015) Rebuilding the state after conflict. "
        "Cambridge: Polity Press."
    )
    assert "author" not in item
    assert item["editor"] == [{"family": "Hart", "given": "R."},
                              {"family": "Mendes", "given": "L."}]
    assert item["publisher"] == "Polity Press"


def test_organisation_report_with_long_publisher() -> None:
    item = parse_reference(
        "Sundqvist, A. (ed.) (2003) Lessons from the cyclone response: an evaluation. "
        "Geneva: Steering Committee of the Joint Evaluation of Emergency Assistance."
    )
    assert item["title"] == "Lessons from the cyclone response: an evaluation"
    assert item["publisher-place"] == "Geneva"
    assert item["publisher"] == (
        "Steering Committee of the Joint Evaluation of Emergency Assistance")


def test_resolution() -> None:
    item = parse_reference("United Nations Security Council Resolution 1701 (2006), 11 August 2006")
    assert item["type"] == "legislation"
    assert item["author"] == [{"literal": "United Nations Security Council"}]
    assert item["title"].startswith("Resolution 1701")
    assert item["issued"] == {"date-parts": [[2006, 8, 11]]}


def test_report_with_document_symbol() -> None:
    item = parse_reference(
        "United Nations General Assembly (2004) A more secure world: our shared responsibility "
        "(A/59/565)."
    )
    assert item["type"] == "report"
    assert item["author"] == [{"literal": "United Nations General Assembly"}]
    assert item["number"] == "A/59/565"
    assert item["title"] == "A more secure world: our shared responsibility"


def test_url_accessed_and_nd() -> None:
    item = parse_reference(
        "Refugee Law Project (n.d.) Our history. Available at: https://www.example.org/history "
        "(Accessed: 2 March 2021)."
    )
    assert item["type"] == "webpage"
    assert item["issued"] == {"literal": "n.d."}
    assert item["URL"] == "https://www.example.org/history"
    assert item["accessed"] == {"date-parts": [[2021, 3, 2]]}
    assert item["author"] == [{"literal": "Refugee Law Project"}]


def test_doi() -> None:
    item = parse_reference(
        "Ivers, K. (2019) 'Counting the dead', Journal of Peace Research, 56(1), pp. 3-17. "
        "doi:10.1177/0022343318812345."
    )
    assert item["DOI"] == "10.1177/0022343318812345"
    item = parse_reference(
        "Ivers, K. (2019) 'Counting the dead', Journal of Peace Research, 56(1), pp. 3-17. "
        "https://doi.org/10.1177/0022343318812345"
    )
    assert item["DOI"] == "10.1177/0022343318812345"
    assert "URL" not in item


def test_et_al_is_csl_jsons_others() -> None:
    item = parse_reference(
        "Marsh, P. et al. (2001) Keeping the peace in divided cities. Belfast: Blackstaff Press."
    )
    # the CSL-JSON (and BibTeX) convention for 'et al.': a last name 'others', read by citeproc
    assert item["author"] == [{"family": "Marsh", "given": "P."}, {"literal": "others"}]
    assert "et-al" not in item


def test_edition_rule() -> None:
    item = parse_reference(
        "Kaldor, B. (2012) Old wars and new wars. 3rd edn. Cambridge: Polity Press."
    )
    assert item["edition"] == "3"
    assert item["title"] == "Old wars and new wars"


def test_rules_override_labels() -> None:
    tokens = ["(n.d.)", "E/CN.4/1995/12/Add.1,", "http://x.org/a", "2nd", "edn"]
    labels = apply_rules(tokens, ["title"] * 5)
    assert labels == ["date", "number", "url", "edition", "edition"]


def test_converter_from_spans() -> None:
    item = to_csl([
        ("author", "Okoro, B. and Lenz, F."), ("date", "(2010)"),
        ("title", "\u201cDisplacement economies,\u201d"), ("journal", "Forced Migration Review,"),
        ("volume", "vol. 12, no. 3,"), ("pages", "pp. 9-14."),
    ])
    assert item == {
        "type": "article-journal",
        "author": [{"family": "Okoro", "given": "B."}, {"family": "Lenz", "given": "F."}],
        "issued": {"date-parts": [[2010]]},
        "title": "Displacement economies",
        "container-title": "Forced Migration Review",
        "volume": "12",
        "issue": "3",
        "page": "9\u201314",
    }


@pytest.mark.parametrize(("text", "expected"), [
    ("Smith, J. and Jones, K.", [{"family": "Smith", "given": "J."},
                                 {"family": "Jones", "given": "K."}]),
    ("J. Smith & K. Jones", [{"family": "Smith", "given": "J."},
                             {"family": "Jones", "given": "K."}]),
    ("Smith JK, Jones A", [{"family": "Smith", "given": "J. K."},
                           {"family": "Jones", "given": "A"}]),
    ("World Food Programme", [{"literal": "World Food Programme"}]),
    # a generational suffix belongs to the name before it, whichever order the name is in
    ("Martin Luther King, Jr.", [{"family": "King", "given": "Martin Luther", "suffix": "Jr."}]),
    ("King, M. L., Jr. and Smith, J.", [{"family": "King", "given": "M. L.", "suffix": "Jr."},
                                        {"family": "Smith", "given": "J."}]),
    ("García Márquez, Gabriel", [{"family": "García Márquez", "given": "Gabriel"}]),
    # archives, newspapers and statutes named as authors are bodies, never 'Journal, L.'
    ("The National Archives", [{"literal": "The National Archives"}]),
    ("Leicester Journal", [{"literal": "Leicester Journal"}]),
    ("Archer, J.", [{"family": "Archer", "given": "J."}]),
    ("King, Jr., Martin Luther", [{"family": "King", "given": "Martin Luther", "suffix": "Jr."}]),
    ("Gates Jr., H. L.", [{"family": "Gates", "given": "H. L.", "suffix": "Jr."}]),
    ("Smith III, John", [{"family": "Smith", "given": "John", "suffix": "III"}]),
    ("John Smith III and Jane Doe", [{"family": "Smith", "given": "John", "suffix": "III"},
                                     {"family": "Doe", "given": "Jane"}]),
])
def test_names(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text)[0] == expected


def test_small_parsers() -> None:
    assert parse_date("(n.d.)") == {"literal": "n.d."}
    assert parse_date("11 August 1993") == {"date-parts": [[1993, 8, 11]]}
    assert parse_pages("pp. 446-464.") == "446\u2013464"
    assert parse_volume("51(4),") == {"volume": "51", "issue": "4"}
    assert parse_volume("13, no. 2") == {"volume": "13", "issue": "2"}  # Chicago
    assert parse_volume("no. 2") == {"issue": "2"}


def test_a_chicago_publication_statement_in_parentheses() -> None:
    item = parse_reference("John Lewis Gaddis, The Long Peace: Inquiries into the History of "
                           "the Cold War (New York: Oxford University Press, 1987).")
    assert (item["publisher-place"], item["publisher"], item["issued"]) == (
        "New York", "Oxford University Press", {"date-parts": [[1987]]})


@pytest.mark.parametrize(("text", "authors", "title"), [
    # a forename-first note whose title holds commas: the title is no list of names
    ("Charles Tilly, Coercion, Capital, and European States, AD 990–1990 (Oxford: Blackwell, "
     "1990), 67.", [{"family": "Tilly", "given": "Charles"}],
     "Coercion, Capital, and European States, AD 990–1990"),
    ("Martin Luther King, Jr., Why We Can’t Wait (New York: Harper & Row, 1964), 12.",
     [{"family": "King", "given": "Martin Luther", "suffix": "Jr."}], "Why We Can’t Wait"),
    # a real list of forename-first names stays one
    ("Charles Tilly, Sidney Tarrow, and Doug McAdam, Dynamics of Contention (Cambridge: "
     "Cambridge University Press, 2001), 5.",
     [{"family": "Tilly", "given": "Charles"}, {"family": "Tarrow", "given": "Sidney"},
      {"family": "McAdam", "given": "Doug"}], "Dynamics of Contention"),
    # 'et al.' and a role are part of the names, not of the title
    ("John Smith, Jane Doe, et al., The Book of Things (London: Verso, 2010), 5.",
     [{"family": "Smith", "given": "John"}, {"family": "Doe", "given": "Jane"},
      {"literal": "others"}], "The Book of Things"),
])
def test_forename_first_note_authors(text: str, authors: list, title: str) -> None:
    item = parse_reference(text)
    assert (item["author"], item["title"]) == (authors, title)


def test_bio_training_labels() -> None:
    from essayconv.references.dataset import spans_to_tokens

    spans = [("author", "Doe, A."), ("date", "(2000)"), ("title", "A title.")]
    assert spans_to_tokens(spans) == (
        ["Doe,", "A.", "(2000)", "A", "title."], ["author", "author", "date", "title", "title"])
    assert spans_to_tokens(spans, bio=True)[1] == [
        "B-author", "I-author", "B-date", "B-title", "I-title"]
    tokens, labels = ReferenceParser().label("Doe, A. (2000) A title. London: Some Press.")
    assert tokens and not any(lab.startswith(("B-", "I-")) for lab in labels)


def test_container_title_spans_joined_in_text_order() -> None:
    item = to_csl([("author", "Doe, A."), ("journal", "Annals of"),
                   ("container-title", "Things,"), ("volume", "3.")])
    assert item["container-title"] == "Annals of Things"


def test_lexicon_leave_one_out(tmp_path) -> None:
    from essayconv.references import lexicon

    seqs = [(["Oxford:", "Clarendon."], ["location", "publisher"]),
            (["Oxford:", "Blackwell."], ["location", "publisher"]),
            (["Clarendon", "Press."], ["publisher", "publisher"])]
    lex = lexicon.build(seqs)
    assert lexicon.lookup(lex, ["Oxford"]) == [{"lex:location": 1.0}]
    own = lexicon.sequence_counts(*seqs[0])
    # without its own sequence each word is seen once only: no lexicon feature
    assert lexicon.lookup(lex, ["Oxford:", "Clarendon."], own) == [{}, {}]
    path = tmp_path / "m.lexicon.txt"
    lexicon.save(lex, path)
    assert lexicon.load(path) == {k: c for k, c in lex.items() if sum(c.values()) >= 2}


def test_quoted_title_colon_is_not_place_publisher() -> None:
    tokens = ["Council.", "2015.", "\u201cGender", "Pay", "Gap:", "Recent", "Trends.\u201d"]
    labels = apply_rules(tokens, ["author", "date"] + ["title"] * 5)
    assert labels[2:] == ["title"] * 5
    tokens = ["Okello,", "P.", "(2008)", "Aid", "in", "Uganda.", "Kampala:", "Fountain",
              "Publishers."]
    labels = apply_rules(tokens, ["author", "author", "date"] + ["title"] * 6)
    assert labels[6:] == ["location", "publisher", "publisher"]


def test_gazetteer_marks_capitalised_place_names_and_state_codes() -> None:
    from essayconv.references.gazetteer import mark_places

    tokens = "In Proceedings. Thousand Oaks, CA: Sage; new york times. Upper Saddle River".split()
    marked = [t for t, m in zip(tokens, mark_places(tokens), strict=True) if m]
    # 'In' is not the state code IN (codes match upper case only); lower-case words never match
    assert marked == ["Thousand", "Oaks,", "CA:"]


def test_place_ending_at_a_token() -> None:
    from essayconv.references.gazetteer import place_ending_at

    tokens = "havens New York: Press in Sierra Leone Freetown: new york:".split()
    assert place_ending_at(tokens, 2) == 1  # 'New York:', the longest name
    assert place_ending_at(tokens, 7) == 7  # 'Freetown:', not 'Leone Freetown'
    assert place_ending_at(tokens, 9) is None  # lower case is never a place
    assert place_ending_at(tokens, 3) is None


def test_site_name_before_the_date_is_the_author() -> None:
    item = parse_reference("History of York. (n.d.). York Minster. [online] Available at: "
                           "http://www.historyofyork.org.uk/themes/york-minster "
                           "[Accessed 29 Nov. 2018].")
    assert item["author"] == [{"literal": "History of York"}]
    assert item["title"] == "York Minster"
    assert item["issued"] == {"literal": "n.d."}


def test_author_before_date_rule_leaves_quoted_titles_alone() -> None:
    tokens = "“Rover Report (August 2015): Three Years” NASA Videos.".split()
    labels = ["title", "title", "date", "date", "title", "title", "note", "note"]
    assert len(tokens) == len(labels)
    assert apply_rules(tokens, labels)[:2] == ["title", "title"]


@pytest.mark.parametrize(("text", "org"), [
    ("History of York", True), ("Friends of the Earth", True), ("Ludwig van Beethoven", False),
    ("John of Salisbury", True),  # kept whole, never inverted to 'Salisbury, J. of'

    ("Smith, J. and Jones, K.", False), ("Simone de Beauvoir", False),
])
def test_connective_words_make_an_organisation(text: str, org: bool) -> None:
    from essayconv.references.names import is_organisation

    assert is_organisation(text) is org


def test_full_date_after_a_journal_title() -> None:
    item = parse_reference("Beard, M. (2010). “Which Thucydides Can You Trust?” The New York "
                           "Review of Books September 30, 2010.")
    assert item["issued"] == {"date-parts": [[2010, 9, 30]]}
    assert item["container-title"] == "The New York Review of Books"
    assert "volume" not in item and "note" not in item  # the repeated year is no note


@pytest.mark.parametrize(("text", "labels", "expected"), [
    ("Review of Books September 30, 2010.", "journal journal journal journal volume date",
     "journal journal journal date date date"),
    ("Statement, 16 April 2014.", "title note note date", "title date date date"),
    # a journal word that starts like a month, an issue number before '(Month': unchanged
    ("Journal of Marketing 24, 2010.", "journal journal journal volume date",
     "journal journal journal volume date"),
    ("Literature 20, no. 3 (November 1948): 305–312.",
     "journal volume volume volume date date pages",
     "journal volume volume volume date date pages"),
])
def test_full_dates_rule(text: str, labels: str, expected: str) -> None:
    assert apply_rules(text.split(), labels.split()) == expected.split()


@pytest.mark.parametrize(("text", "kind"), [
    ("United Nations Peace Agreements Database (1993) Arusha Peace Agreement.", "treaty"),
    ("Human Rights Watch (2000) Monitoring the Lusaka Accords. New York: HRW.", "book"),
    ("BBC News (2019, March 12) Brexit: what next. Available at: https://www.bbc.co.uk/n/1",
     "webpage"),
    ("Human Rights Watch (1994) Arming Rwanda. New York: Human Rights Watch, January 1994.",
     "report"),
    ("World Bank (1994) Rwanda: emergency demobilization and reintegration program.", "report"),
    ("World Bank (n.d.) Rwanda: emergency demobilization and reintegration program.", "document"),
])
def test_types_from_fields(text: str, kind: str) -> None:
    assert parse_reference(text)["type"] == kind


def test_undated_reference_with_a_date_like_span_keeps_it() -> None:
    item = to_csl([("author", "Smith, J."), ("title", "Untitled."), ("date", "Spring issue.")])
    assert "issued" not in item
    assert item["note"] == "Spring issue"


@pytest.mark.parametrize(("text", "title", "container"), [
    # SAA: the quotation closes bare or before the full stop; the container follows
    ("Wylie, Alison 2002 “Archaeological Cables and Tacking: Beyond Objectivism” Thinking from "
     "Things: Essays in the Philosophy of Archaeology pp161-167. Berkeley: University of "
     "California Press.", "Archaeological Cables and Tacking: Beyond Objectivism",
     "Thinking from Things: Essays in the Philosophy of Archaeology"),
    ("Wylie, Alison 1989 “Archaeological Cables and Tackin”. Philosophy of the Social Sciences "
     "19.1:1.", "Archaeological Cables and Tackin", "Philosophy of the Social Sciences"),
])
def test_quoted_title_ends_at_its_closing_mark(text: str, title: str, container: str) -> None:
    item = parse_reference(text)
    assert (item["title"], item["container-title"]) == (title, container)


@pytest.mark.parametrize(("tokens", "labels"), [
    ("“Never Again”, Yet Again: the failure.", "title title title title title title"),
    ("“Bad Company.” Review of Gain.", "title title title title title"),
    ("«La «société civile» en Europe»", "title title title title title"),
])
def test_quoted_title_rule_leaves_titles_that_go_on(tokens: str, labels: str) -> None:
    assert apply_rules(tokens.split(), labels.split()) == labels.split()


def test_saa_volume_issue_page() -> None:
    assert parse_volume("19.1:1.") == {"volume": "19", "issue": "1", "page": "1"}
    assert parse_volume("71: 156-69") == {"volume": "71", "page": "156–69"}
    assert parse_volume("14.1:") == {"volume": "14", "issue": "1"}  # pages in their own span


def test_periodical_dated_to_the_day_without_volume_is_a_newspaper_article() -> None:
    item = parse_reference("Beard, M. (2010). “Which Thucydides Can You Trust?” The New York "
                           "Review of Books September 30, 2010.")
    assert item["type"] == "article-newspaper"
    assert parse_reference("Fearon, J.D. (1995) ‘Rationalist Explanations for War’, "
                           "International Organization, 49(3), pp. 379–414.")["type"] == \
        "article-journal"


def test_article_number_is_not_a_page() -> None:
    item = parse_reference("Richardson, L., 2013. A Digital Public Archaeology?. Papers from the "
                           "Institute of Archaeology, 23(1), p.Art. 10. DOI: "
                           "http://doi.org/10.5334/pia.431")
    assert (item.get("number"), item.get("page")) == ("10", None)
    assert parse_reference("Fearon, J.D. (1995) ‘Rationalist Explanations for War’, "
                           "International Organization, 49(3), pp. 379–414.")["page"] == "379–414"


def test_a_range_of_years_and_a_bare_web_address() -> None:
    item = parse_reference("Hornblower, S. (1991-2008). A Commentary of Thucydides. Oxford: "
                           "Oxford University Press.")
    assert item["issued"] == {"date-parts": [[1991], [2008]]}
    item = parse_reference("Dal Borgo, Manuela. 2016. “Thucydides: Father of Game Theory”, PhD, "
                           "University College London. discovery.ucl.ac.uk/1507820/")
    assert item["URL"] == "https://discovery.ucl.ac.uk/1507820/" and "note" not in item


@pytest.mark.parametrize(("text", "fields"), [
    ("Carver, M. (2016). Notes on a burial mound. [online] Field Notes: Writing about Digging. "
     "Available at: https://fieldnotes.example.org/mound [Accessed 3 Apr. 2019].",
     {"type": "webpage", "container-title": "Field Notes: Writing about Digging"}),
    ("Hill, J. (2013). Roman roads of the north. [online] Oxford: Tyne Books. Available at: "
     "https://tynebooks.example.com/roads.pdf [Accessed 3 Apr. 2019].",
     {"type": "book", "publisher-place": "Oxford", "publisher": "Tyne Books"}),
    ("Ellwood, N. (2018). King’s Manor – The University of York. [online] Nickellwood.co.uk. "
     "Available at: http://www.nickellwood.co.uk/projects/kings-manor/ [Accessed 29 Nov. 2018].",
     {"type": "webpage", "container-title": "Nickellwood.co.uk", "note": None}),
])
def test_harvard_online_site_name_or_place_and_publisher(text: str, fields: dict) -> None:
    item = parse_reference(text)
    assert {k: item.get(k) for k in fields} == fields
    assert item["title"] == text.split(". ")[2]


@pytest.mark.parametrize(("text", "title", "genre", "kind"), [
    ("Morley, N. (2015, March 27) “The Melian Dilemma: Varoufakis, Thucydides and game "
     "theory” [Blog post]. Retrieved from https://thesphinxblog.com/2015/03/27/melian/",
     "The Melian Dilemma: Varoufakis, Thucydides and game theory", "Blog post", "post-weblog"),
    ("Smith, J. (2019, May 2). Why maps lie [Video file]. Retrieved from "
     "https://www.youtube.com/watch?v=abc", "Why maps lie", "Video file", "motion_picture"),
    ("A. Smith, “Optical frequency conversion in integrated devices [Invited],” J. Opt. 3, 1-5 "
     "(2011).", "Optical frequency conversion in integrated devices [Invited]", None,
     "article-journal"),
])
def test_bracketed_description_after_a_title_is_the_genre(text, title, genre, kind) -> None:
    item = parse_reference(text)
    assert (item["title"], item.get("genre"), item["type"]) == (title, genre, kind)


def test_online_is_the_medium_only_where_it_stands_alone() -> None:
    item = parse_reference("Gant, S. and Reilly, P. 2017 Different Expressions Of The Same Mode. "
                           "JVAP, Taylor and Francis Online (Routledge). "
                           "https://doi.org/10.1080/14702029.2017.1384974")
    assert item["note"] == "Taylor and Francis Online (Routledge)"
    for medium in ("[Online].", "Online."):
        item = parse_reference(f"Smith, J. (2010) Title. {medium} Available at: http://x.org/a")
        assert "online" not in str(item).lower().replace("http", "")


def test_every_training_string_parses_without_error() -> None:
    # Every rule runs on 1,600 real reference shapes: none may raise (a crash is a lost essay).
    texts = [dataset.spans_to_text(s) for s in dataset.load(dataset.CORE)]
    texts += [dataset.spans_to_text(s) for s in dataset.load(dataset.EXTRA)]
    texts += ["Smith, J. (2010) Title [an unclosed bracket that runs on and on. London: X."]
    for text in texts:
        item = parse_reference(text)
        assert isinstance(item, dict) and item.get("type"), text


@pytest.mark.parametrize(("text", "title", "place", "publisher"), [
    ("Kader, H. (1997) The fall of the safe havens New York: Columbia University Press, "
     "pp. 210–233", "The fall of the safe havens", "New York", "Columbia University Press"),
    ("Fofana, S. (2010) Diamonds and governance in Sierra Leone Freetown: Lion Press.",
     "Diamonds and governance in Sierra Leone", "Freetown", "Lion Press"),
    ("Brandt, Oskar, and J. Whitfield 2018 Landscapes of Labour. Northgate: Sheffield.",
     "Landscapes of Labour", "Sheffield", "Northgate"),
    ("Ingold, T. 2011 Being Alive: Essays on Movement. Routledge: London.",
     "Being Alive: Essays on Movement", "London", "Routledge"),
    ("Smith, J. (2001) Title. London: Paris Books.", "Title", "London", "Paris Books"),
])
def test_place_and_publisher_by_the_gazetteer(text, title, place, publisher) -> None:
    item = parse_reference(text)
    assert (item["title"], item.get("publisher-place"), item.get("publisher")) == \
        (title, place, publisher)


def test_a_speech_place_is_where_it_was_given() -> None:
    item = parse_reference("Obuya, R. (2008) Remarks at the International Conference on "
                           "Refugees, Geneva, 12 November 2008.")
    assert (item["type"], item.get("event-place"), item.get("publisher-place")) == \
        ("speech", "Geneva", None)


@pytest.mark.parametrize(("text", "fields"), [
    # a place the gazetteer knows only by its state code is still the place: no swap
    ("Jones, A. 2001. Archaeology of Memory. Lanham, MD: Lexington.",
     {"publisher-place": "Lanham, MD", "publisher": "Lexington"}),
    # a publishing town too small for the gazetteer, before a publisher named like a city
    ("Jones, A. 2001. Archaeology of Memory. Lanham: Lexington.",
     {"publisher-place": "Lanham", "publisher": "Lexington"}),
    # a description that is not a film, a translated title, five words: not a film, not a genre
    ("Smith, J. (2018). Halo [Video game]. Redmond: Microsoft.",
     {"type": "book", "genre": "Video game"}),
    ("Dupont, J. (2010). Le cinéma français [The French film industry]. Paris: Gallimard.",
     {"title": "Le cinéma français [The French film industry]", "genre": None}),
    ("Smith, J. (2010). A title [Some five words of description]. London: X.",
     {"genre": None}),
    # 'Vol.ii/3' is no web address
    ("Smith, J. 2001. Vol.ii/3 of something. London: Penguin.",
     {"title": "Vol.ii/3 of something", "URL": None}),
])
def test_rules_leave_look_alikes_alone(text: str, fields: dict) -> None:
    item = parse_reference(text)
    assert {k: item.get(k) for k in fields} == fields


@pytest.mark.parametrize(("text", "fields"), [
    # SAA: 'Journal, Platform (Publisher). DOI': the journal, the platform kept as a note
    ("Gant, S. and P. Reilly 2017 A Recent Dialogue Between Drawing Practices. JVAP, Taylor "
     "and Francis Online (Routledge). https://doi.org/10.1080/14702029.2017.1384974",
     {"type": "article-journal", "container-title": "JVAP", "publisher": None,
      "note": "Taylor and Francis Online (Routledge)"}),
    ("Smith, J. (2019) Title of the paper. Journal of Things, JSTOR. doi: 10.1000/xyz123",
     {"type": "article-journal", "container-title": "Journal of Things", "note": "JSTOR"}),
    # without a DOI the platform is not read as a sign of a journal
    ("Smith, J. (2019) A Book. London: Routledge.",
     {"type": "book", "publisher": "Routledge", "note": None}),
])
def test_a_journal_read_on_a_platform(text: str, fields: dict) -> None:
    item = parse_reference(text)
    assert {k: item.get(k) for k in fields} == fields


@pytest.mark.parametrize("text", [
    "Smith, J. (2019) Title of the book. Abingdon: Routledge, Taylor and Francis Online. "
    "https://doi.org/10.4324/9780429000000",
    "Smith, J. (2019) Title. Oxford University Press, Oxford Academic. https://doi.org/10.1093/x",
])
def test_a_book_on_a_platform_stays_a_book(text: str) -> None:
    item = parse_reference(text)
    assert (item["type"], item.get("container-title")) == ("book", None)
    assert "Press" in item["publisher"] or "Routledge" in item["publisher"]


@pytest.mark.parametrize("words", ["Last accessed:", "Date accessed:", "Page last accessed"])
def test_words_around_an_access_date_are_no_note(words: str) -> None:
    item = parse_reference(f"Smith, J. (2019) Page. Available at: https://x.org/a ({words} "
                           "3 May 2020).")
    assert (item.get("note"), item["accessed"]) == (None, {"date-parts": [[2020, 5, 3]]})


def test_where_it_was_read_is_kept_beside_the_access_date() -> None:
    item = parse_reference("Smith, J. (2019) Title of the paper. Journal of Things, 3(2), "
                           "pp. 1-10. Available at: JSTOR (Accessed 3 May 2020).")
    assert (item.get("note"), item["accessed"]) == ("JSTOR", {"date-parts": [[2020, 5, 3]]})


@pytest.mark.parametrize(("text", "publisher", "note"), [
    ("United States Department of State (1950) Foreign Relations of the United States. "
     "Washington, DC: Government Printing Office. [hereafter FRUS]",
     "Government Printing Office", "hereafter FRUS"),
    ("United States Department of State (1950) Foreign Relations of the United States. "
     "Washington, DC: GPO (hereafter FRUS).", "GPO", "hereafter FRUS"),
])
def test_a_declared_abbreviation_is_a_note(text: str, publisher: str, note: str) -> None:
    item = parse_reference(text)
    assert (item["publisher"], item["note"]) == (publisher, note)


def test_hereafter_in_a_title_is_the_title() -> None:
    item = parse_reference("Smith, J. (2010) The Life (Hereafter) of Things. Oxford: Oxbow.")
    assert (item["title"], item.get("note")) == ("The Life (Hereafter) of Things", None)


def test_cited_in_is_a_note() -> None:
    item = parse_reference("Smith, J. (2019) Eroding Pasts (cited in Jones 2001). Oxford: "
                           "Oxbow Books.")
    assert (item["type"], item["title"], item["note"]) == ("book", "Eroding Pasts",
                                                           "cited in Jones 2001")


@pytest.mark.parametrize(("text", "author"), [
    # no comma, no initial, right before the bracketed year: a body, never 'England, N.'
    ("Natural England (2021) Nature networks handbook. York: Natural England.",
     [{"literal": "Natural England"}]),
    ("Rewilding Britain (2023) Rewilding and the rural economy. Steyning: RB.",
     [{"literal": "Rewilding Britain"}]),
    ("Cancer Research UK (2018) Annual report. London: Cancer Research UK.",
     [{"literal": "Cancer Research UK"}]),
    # people stay people, forename first too
    ("John Smith (2019) Saving the high street. Abingdon: Routledge.",
     [{"family": "Smith", "given": "John"}]),
    ("Chimamanda Ngozi Adichie (2014) We should all be feminists. London: Fourth Estate.",
     [{"family": "Adichie", "given": "Chimamanda Ngozi"}]),
    ("Smith, J. (2019) Saving the high street. Abingdon: Routledge.",
     [{"family": "Smith", "given": "J."}]),
    ("Jones, A. and Brown, B. (2017) Planning for decline. Bristol: Policy Press.",
     [{"family": "Jones", "given": "A."}, {"family": "Brown", "given": "B."}]),
    ("de Waal, A. (1997) Famine crimes. Oxford: James Currey.",
     [{"family": "de Waal", "given": "A."}]),
])
def test_an_organisation_by_the_shape_of_its_reference(text: str, author: list) -> None:
    assert parse_reference(text)["author"] == author


@pytest.mark.parametrize(("text", "kind"), [
    # a journal named 'Proceedings of …' with a volume and an issue is a journal
    ("Chang, A. M. and Duffy, J. F. (2015). Evening use of eReaders. Proceedings of the National "
     "Academy of Sciences, 112(4), 1232–1237. https://doi.org/10.1073/pnas.1418490112",
     "article-journal"),
    ("Raghavan, M. (2020) Mitigating bias in hiring, in Proceedings of the 2020 Conference on "
     "Fairness. New York: ACM, pp. 469-481.", "paper-conference"),
])
def test_proceedings_journal_or_conference(text: str, kind: str) -> None:
    assert parse_reference(text)["type"] == kind


@pytest.mark.parametrize(("text", "publisher", "place"), [
    ("Smith, John, et al. Floods and Fictions. Oxford UP, 2015.", "Oxford UP", None),
    ("Lee, Ann. Shores. New York: Columbia UP, 2001.", "Columbia UP", "New York"),
])
def test_mla_university_press_is_the_publisher(text: str, publisher: str, place) -> None:
    item = parse_reference(text)
    assert (item.get("publisher"), item.get("publisher-place")) == (publisher, place)


def test_a_day_and_month_apart_from_the_year_complete_the_date() -> None:
    item = parse_reference("Dastin, J. (2018) 'Amazon scraps secret AI recruiting tool', "
                           "Reuters, 10 October. Available at: https://www.reuters.com/article/"
                           "idUSKCN1MK08G (Accessed: 1 May 2024).")
    assert item["issued"] == {"date-parts": [[2018, 10, 10]]}
    assert (item["type"], item["container-title"]) == ("article-newspaper", "Reuters")
    assert "note" not in item


@pytest.mark.parametrize(("text", "fields"), [
    # APA 7: an article number where the pages would be
    ("American Academy of Pediatrics. (2016). Media and young minds. Pediatrics, 138(5), "
     "Article e20162591. https://doi.org/10.1542/peds.2016-2591",
     {"type": "article-journal", "container-title": "Pediatrics", "volume": "138",
      "issue": "5", "number": "e20162591", "title": "Media and young minds"}),
    # a press release: its title, and what it is
    ("Federal Trade Commission. (2016, January 5). Lumosity to pay $2 million to settle FTC "
     "deceptive advertising charges [Press release]. https://www.ftc.gov/news-events/news/"
     "press-releases/2016/01/lumosity-pay-2-million",
     {"title": "Lumosity to pay $2 million to settle FTC deceptive advertising charges",
      "genre": "Press release", "issued": {"date-parts": [[2016, 1, 5]]}}),
])
def test_apa7_shapes(text: str, fields: dict) -> None:
    item = parse_reference(text)
    assert {k: item.get(k) for k in fields} == fields
    assert "note" not in item


@pytest.mark.parametrize(("text", "title"), [
    ("Human Rights Act 1998.", "Human Rights Act 1998"),
    ("Suicide Act 1961", "Suicide Act 1961"),
])
def test_a_statute_is_legislation_with_its_title(text: str, title: str) -> None:
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("author")) == ("legislation", title, None)


def test_an_impossible_day_is_no_date() -> None:
    item = parse_reference("Smith, J. (2019) 'Floods', The Times, 31 April, p. 4.")
    assert item["issued"] == {"date-parts": [[2019]]}


@pytest.mark.parametrize(("text", "fields"), [
    # Vancouver: 'year;volume(issue):pages' in one token, initials without full stops
    ("Nizzetto L, Futter M, Langaas S. Are agricultural soils dumps for microplastics of urban "
     "origin? Environ Sci Technol. 2016;50(20):10777-9.",
     {"issued": {"date-parts": [[2016]]}, "volume": "50", "issue": "20", "page": "10777–9",
      "container-title": "Environ Sci Technol"}),
    ("Van Belleghem FGAJ, Aldridge DC. Zebra mussels. Environ Pollut. 2017 Mar;223:1-9.",
     {"author": [{"family": "Van Belleghem", "given": "F. G. A. J."},
                 {"family": "Aldridge", "given": "D. C."}],
      "issued": {"date-parts": [[2017, 3]]}, "volume": "223", "page": "1–9"}),
])
def test_vancouver_references(text: str, fields: dict) -> None:
    item = parse_reference(text)
    assert {k: item.get(k) for k in fields} == fields


def test_a_vancouver_year_and_volume_are_one_citation() -> None:
    from essayconv.references import parse_note

    assert len(parse_note("Nizzetto L. Soils. Environ Sci Technol. 2016;50(20):10777-9.")) == 1
    assert len(parse_note("Smith (2001), p. 4; Jones (2002), p. 5.")) == 2


@pytest.mark.parametrize(("text", "fields"), [
    # German: slash between names, '(Hrsg.):' editors, a date as dd.mm.yyyy, 'Jg. (year)'
    ("Büchten, Daniela/Frey, Anja (Hrsg.): Im Irrgarten deutscher Geschichte. Berlin: Aktives "
     "Museum, 1993.", {"editor": [{"family": "Büchten", "given": "Daniela"},
                                  {"family": "Frey", "given": "Anja"}],
                       "title": "Im Irrgarten deutscher Geschichte"}),
    ("Schirrmacher, Frank: Die Leere. In: Frankfurter Allgemeine Zeitung, 15.11.1993, S. 35.",
     {"issued": {"date-parts": [[1993, 11, 15]]}, "page": "35"}),
])
def test_german_shapes(text: str, fields: dict) -> None:
    item = parse_reference(text)
    assert {k: item.get(k) for k in fields} == fields


@pytest.mark.parametrize(("text", "role", "names"), [
    # the given name 'Ed' is no editor's role; 'ed.', '(Ed.)' are
    ("Li, Bo and Chen, Ed (2019) Rivers of China. Beijing: Foreign Languages Press.", "author",
     [{"family": "Li", "given": "Bo"}, {"family": "Chen", "given": "Ed"}]),
    ("Smith, J. (Ed.) (2001) Floods. London: Verso.", "editor",
     [{"family": "Smith", "given": "J."}]),
    ("UN DESA (2019) World population prospects. New York: United Nations.", "author",
     [{"literal": "UN DESA"}]),
])
def test_ed_the_name_and_ed_the_role(text: str, role: str, names: list) -> None:
    assert parse_reference(text).get(role) == names


@pytest.mark.parametrize(("text", "kind"), [
    ("Office for National Statistics. (2022). Household flood survey 2021 [Data set]. UK Data "
     "Service. https://doi.org/10.5255/UKDA-SN-9000-1", "dataset"),
    ("R Core Team. (2023). R: A language and environment for statistical computing [Computer "
     "software]. R Foundation for Statistical Computing. https://www.R-project.org/", "software"),
])
def test_data_sets_and_software(text: str, kind: str) -> None:
    item = parse_reference(text)
    assert item["type"] == kind and "given" not in (item.get("author") or [{}])[0]


@pytest.mark.parametrize(("text", "letter"), [
    ("Smith, J. (2020a) Interpreters at war. London: Verso.", "a"),
    ("Smith, J. 2020b. Distance. London: Verso.", "b"),
    ("Smith, J. (2020) Distance. London: Verso.", None),
])
def test_the_authors_year_letter_is_kept(text: str, letter: str | None) -> None:
    item = parse_reference(text)
    assert (item["issued"], item.get("year-suffix")) == ({"date-parts": [[2020]]}, letter)


@pytest.mark.parametrize(("text", "expected"), [
    ("García Márquez, G. (2006). One hundred years of solitude (G. Rabassa, Trans.). "
     "Harper Perennial. (Original work published 1967)",
     {"type": "book", "title": "One hundred years of solitude", "publisher": "Harper Perennial",
      "translator": [{"family": "Rabassa", "given": "G."}],
      "original-date": {"date-parts": [[1967]]}}),
    ("Weber, M. (1978). Economy and society (G. Roth & C. Wittich, Eds.; Vol. 2). "
     "University of California Press.",
     {"type": "book", "title": "Economy and society", "volume": "2",
      "publisher": "University of California Press",
      "editor": [{"family": "Roth", "given": "G."}, {"family": "Wittich", "given": "C."}]}),
    ("von Humboldt, A. (1845–1862). Kosmos: Entwurf einer physischen Weltbeschreibung "
     "(Vols. 1–5). J. G. Cotta.",
     {"type": "book", "title": "Kosmos: Entwurf einer physischen Weltbeschreibung",
      "volume": "1–5", "publisher": "J. G. Cotta"}),
    ("Van Gogh, V. (2009) The letters. Edited by L. Jansen, H. Luijten and N. Bakker. 6 vols. "
     "London: Thames & Hudson.",
     {"type": "book", "title": "The letters", "number-of-volumes": "6",
      "publisher": "Thames & Hudson", "publisher-place": "London"}),
    ("García Barcha, R. (2021, March 6). My father's solitude (P. Ruiz, Interviewer) "
     "[Interview]. El País.",
     {"type": "interview", "title": "My father's solitude",
      "interviewer": [{"family": "Ruiz", "given": "P."}]}),
])
def test_apa_contributors_volumes_and_original_dates(text: str, expected: dict) -> None:
    """APA's bracketed translators and editors, volumes, '(Original work published …)'."""
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Spirited away (2001) Directed by Hayao Miyazaki [Film]. Tokyo: Studio Ghibli.",
     {"type": "motion_picture", "title": "Spirited away", "author": None, "genre": "Film",
      "director": [{"family": "Miyazaki", "given": "Hayao"}], "publisher": "Studio Ghibli"}),
    ("Moreno Villalobos, C. (2017). La soledad en la novela caribeña [Doctoral dissertation, "
     "Universidad Nacional de Colombia]. Repositorio Institucional UN.",
     {"type": "thesis", "title": "La soledad en la novela caribeña",
      "genre": "Doctoral dissertation", "publisher": "Universidad Nacional de Colombia"}),
    ("Abdel-Rahman, O. (2021) Back-translation for Egyptian Arabic. MSc dissertation. "
     "University of Edinburgh.",
     {"type": "thesis", "title": "Back-translation for Egyptian Arabic",
      "genre": "MSc dissertation", "publisher": "University of Edinburgh"}),
    ("Al-Rashid, M. (2016) Clinic managers and the Syrian crisis. Interviewed by L. Haddad. "
     "Amman: Jordan Oral History Project.",
     {"type": "interview", "interviewer": [{"family": "Haddad", "given": "L."}],
      "title": "Clinic managers and the Syrian crisis"}),
    ("Shazeer, N.M. et al. (2019) Attention-based sequence transduction neural networks. "
     "US Patent 10,452,978.",
     {"type": "patent", "number": "US Patent 10,452,978",
      "title": "Attention-based sequence transduction neural networks"}),
    ("Australian Department of Health (2019) Minimum data set for refugee health services. "
     "Report no. DH-2019-14. Canberra: Commonwealth of Australia.",
     {"type": "report", "number": "Report no. DH-2019-14",
      "title": "Minimum data set for refugee health services"}),
    ("International Organization for Standardization. (2018). Occupational health and safety "
     "management systems (ISO Standard No. 45001:2018). https://www.iso.org/standard/63787.html",
     {"type": "standard", "number": "ISO Standard No. 45001:2018",
      "title": "Occupational health and safety management systems"}),
    ("NLLB Team et al. (2022) No language left behind. arXiv:2207.04672 [Preprint]. "
     "Available at: https://arxiv.org/abs/2207.04672 (Accessed: 6 May 2024).",
     {"type": "article", "number": "arXiv:2207.04672", "genre": "Preprint",
      "title": "No language left behind"}),
    ("Vaswani, A., Shazeer, N., & Parmar, N. (2017). Attention is all you need. arXiv. "
     "https://doi.org/10.48550/arXiv.1706.03762",
     {"type": "article", "number": "arXiv:1706.03762", "title": "Attention is all you need"}),
    ("Ott, M. et al. (2019) fairseq (Version 0.8.0) [Computer program]. Available at: "
     "https://github.com/facebookresearch/fairseq (Accessed: 6 May 2024).",
     {"type": "software", "title": "fairseq", "version": "0.8.0",
      "genre": "Computer program"}),
    ("de la Cruz, M. (2020, June 10–12). Ortega en Bogotá: Reception and resistance [Paper "
     "presentation]. Latin American Studies Association Congress, Guadalajara, Mexico.",
     {"type": "speech", "genre": "Paper presentation",
      "event": "Latin American Studies Association Congress, Guadalajara, Mexico"}),
    ("Poetry Foundation. (2019, October 2). Magical realism in the classroom (No. 87) [Audio "
     "podcast episode]. In Poetry Off the Shelf. https://www.poetryfoundation.org/x",
     {"type": "broadcast", "title": "Magical realism in the classroom", "number": "87",
      "container-title": "Poetry Off the Shelf"}),
    ("García Márquez, G. (ca. 1965) Cuentos. Bogotá: Norma.",
     {"author": [{"family": "García Márquez", "given": "G."}],
      "issued": {"date-parts": [[1965]], "circa": True}}),
])
def test_fixed_phrases_of_kinds_of_work(text: str, expected: dict) -> None:
    """Theses, films, interviews, patents, numbered reports and standards, preprints,
    software, presentations, podcasts and circa dates, by their fixed phrases."""
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


def test_a_subtitled_title_after_a_forename_first_author() -> None:
    item = parse_reference("Caroline Elkins, Imperial Reckoning: The Untold Story of Britain's "
                           "Gulag in Kenya (New York: Henry Holt, 2005).")
    assert item["author"] == [{"family": "Elkins", "given": "Caroline"}]
    assert item["title"] == "Imperial Reckoning: The Untold Story of Britain's Gulag in Kenya"


@pytest.mark.parametrize(("text", "expected"), [
    ("Rabassa, G. (2005). If this be treason: Translation and its discontents. New Directions.",
     {"type": "book", "publisher": "New Directions", "container-title": None}),
    ("Assemblée nationale, Mission d'information sur le Rwanda, Rapport no. 1271 (Paris, 1998).",
     {"type": "report", "author": [{"literal": "Assemblée nationale"}],
      "number": "Rapport no. 1271", "title": "Mission d'information sur le Rwanda"}),
    ("Environment Agency (2018) Coastal Flood Report 2018. Bristol: Environment Agency.",
     {"title": "Coastal Flood Report 2018", "number": None}),  # a year is no report number
])
def test_apa_publishers_and_numbered_reports(text: str, expected: dict) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hall, T. (2013) 'Certification and trust', Psychological Bulletin 139(2), pp. 1-20.",
     {"type": "article-journal", "container-title": "Psychological Bulletin", "number": None}),
    ("Smith, J. (2015) 'Implementing ISO 9001 in small firms', Quality Journal, 3(2), pp. 1-9.",
     {"type": "article-journal", "container-title": "Quality Journal"}),
    ("Greene, G. (1978) Interviewed by the Police. London: Bodley Head.",
     {"type": "book", "title": "Interviewed by the Police", "interviewer": None}),
    ("Stone, L. (2009) Directed by Desire: Women Filmmakers in Hollywood. New York: Columbia "
     "University Press.",
     {"type": "book", "title": "Directed by Desire: Women Filmmakers in Hollywood",
      "author": [{"family": "Stone", "given": "L."}], "director": None}),
    ("Instituto Cervantes [@institutocervantes]. (2023, May 30). Cien años de soledad cumple "
     "años [Photograph]. Instagram. https://www.instagram.com/p/CsAbCdEfGhI/",
     {"author": [{"literal": "Instituto Cervantes"}]}),
    ("Smith, J. (2012) Aid and growth. Working Paper 12. London: ODI.",
     {"type": "report", "number": "Working Paper 12"}),
])
def test_fixed_phrases_never_eat_titles_or_journals(text: str, expected: dict) -> None:
    """The phrase rules fire on their phrases only: a journal's volume is no report number,
    a title naming a standard or starting 'Directed by'/'Interviewed by' stays a title."""
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


def test_a_span_of_years_in_a_title_is_no_date() -> None:
    """The publication statement gives the year; '(1990–1994)' belongs to the title."""
    item = parse_reference("Duclert et al., La France, le Rwanda et le génocide des Tutsi "
                           "(1990–1994): Rapport remis au Président de la République (Paris: "
                           "Armand Colin, 2021).")
    assert item["issued"] == {"date-parts": [[2021]]}
    assert item["title"] == ("La France, le Rwanda et le génocide des Tutsi (1990–1994): "
                             "Rapport remis au Président de la République")
    assert "note" not in item


@pytest.mark.parametrize(("text", "director"), [
    ("Parasite (2019) Directed by Bong Joon-ho [Film]. Seoul: CJ Entertainment.",
     {"family": "Bong", "given": "Joon-ho"}),  # a Korean name, family name first
    ("Roma (2018) Directed by A. Cuarón [Film]. Netflix.", {"family": "Cuarón", "given": "A."}),
])
def test_directors(text: str, director: dict) -> None:
    assert parse_reference(text)["director"] == [director]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tedros, A.G. [@DrTedros] (2020) 'No one is safe until everyone is safe' [Twitter] 5 May. "
     "Available at: https://twitter.com/DrTedros/status/1 (Accessed: 1 March 2024).",
     {"type": "post", "title": "No one is safe until everyone is safe",
      "container-title": "Twitter", "issued": {"date-parts": [[2020, 5, 5]]},
      "author": [{"family": "Tedros", "given": "A.G."}]}),
    ("Obama, B. [@BarackObama]. (2020, January 1). Happy new year [Tweet]. Twitter. "
     "https://twitter.com/BarackObama/status/1",
     {"type": "post", "title": "Happy new year", "genre": "Tweet", "container-title": "Twitter",
      "author": [{"family": "Obama", "given": "B."}]}),
])
def test_social_media_posts(text: str, expected: dict) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("TNA, FO 371/52509, Smith to Jones, 3 May 1946.",
     {"type": "manuscript", "author": [{"literal": "TNA"}], "title": "Smith to Jones",
      "archive_location": "FO 371/52509", "issued": {"date-parts": [[1946, 5, 3]]}}),
    ("British Library, Add MS 38252, Liverpool to Castlereagh, 3 May 1815.",
     {"type": "manuscript", "archive": "British Library", "archive_location": "Add MS 38252"}),
    ("United Nations, A/RES/60/1, 2005 World Summit Outcome, 24 October 2005.",
     {"type": "report", "number": "A/RES/60/1"}),  # a document symbol, no archive's call number
    # a bibliography's entries (Chicago): the archive and its place, a collection, the file
    ("The National Archives, Kew. CO 730/1, Colonial Office: Iraq, Original Correspondence, "
     "1921.",
     {"type": "manuscript", "archive": "The National Archives", "archive-place": "Kew",
      "archive_location": "CO 730/1", "title": "Colonial Office: Iraq, Original Correspondence",
      "issued": {"date-parts": [[1921]]}}),
    ("British Library, London. India Office Records. IOR/L/PS/10/619, Mesopotamia: Civil "
     "Administration, 1920.",
     {"type": "manuscript", "archive": "British Library", "archive-place": "London",
      "collection-title": "India Office Records", "archive_location": "IOR/L/PS/10/619",
      "title": "Mesopotamia: Civil Administration"}),
    ("Bundesarchiv, Berlin. R 43 I/2356, Reichskanzlei: Inflation, 1923.",
     {"type": "manuscript", "archive": "Bundesarchiv", "archive_location": "R 43 I/2356"}),
])
def test_archival_items(text: str, expected: dict) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


def test_two_files_of_one_archive_stay_two_works_and_print_their_call_numbers(tmp_path):
    from essayconv import tree as T

    from validators import enriched

    essay = enriched(tmp_path, """Iraq
Ann Lee

Text (The National Archives, 1921a; The National Archives, 1921b).

Bibliography

The National Archives, Kew. CO 730/1, Colonial Office: Iraq, Original Correspondence, 1921.
The National Archives, Kew. FO 371/6350, Foreign Office: General Correspondence, 1921.
""")
    entries = ["".join(e.itertext()) for e in T.findall(essay, "bibliography/entry")]
    assert entries == [
        "The National Archives (1921a) Colonial Office: Iraq, Original Correspondence. The "
        "National Archives, Kew, CO 730/1.",
        "The National Archives (1921b) Foreign Office: General Correspondence. The National "
        "Archives, Kew, FO 371/6350."]


def test_mla_original_year_between_title_and_publisher() -> None:
    item = parse_reference("Morrison, Toni. Beloved. 1987. Vintage International, 2004.")
    assert (item["title"], item["issued"], item["original-date"], item["publisher"]) == (
        "Beloved", {"date-parts": [[2004]]}, {"date-parts": [[1987]]}, "Vintage International")


@pytest.mark.parametrize(("text", "expected"), [
    ('Morrison, Toni. "The Site of Memory." Inventing the Truth: The Art and Craft of Memoir, '
     "edited by William Zinsser, 2nd ed., Houghton Mifflin, 1995, pp. 83-102.",
     {"type": "chapter", "title": "The Site of Memory",
      "container-title": "Inventing the Truth: The Art and Craft of Memoir",
      "publisher": "Houghton Mifflin"}),
    ('Ebert, Roger. "Beloved." RogerEbert.com, 16 Oct. 1998, www.rogerebert.com/reviews/'
     "beloved-1998. Accessed 2 Mar. 2025.",
     {"title": "Beloved", "container-title": "RogerEbert.com"}),
])
def test_mla_quoted_title_then_its_container(text: str, expected: dict) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


def test_a_site_with_no_journals_numbers_is_a_webpage() -> None:
    item = parse_reference('Toni Morrison Society. "Bench by the Road Project." Toni Morrison '
                           "Society, www.tonimorrisonsociety.org/bench.html. Accessed 2 Mar. 2025.")
    assert (item["type"], item["container-title"]) == ("webpage", "Toni Morrison Society")


@pytest.mark.parametrize(("text", "kind"), [
    ("Musk, E. [@elonmusk]. (2023, July 24). Our new logo [Image]. X. https://x.com/e/status/1",
     "post"),
    ("Smith, J. (2001) Bones [Image]. X ray atlas. London: Verso.", "book"),  # no platform
])
def test_the_platform_x_only_as_a_platform(text: str, kind: str) -> None:
    assert parse_reference(text)["type"] == kind


@pytest.mark.parametrize(("text", "expected"), [
    # a title that is a number is the title, never a date, volume or pages, and the year stays
    ("Bolaño, R. (2008) 2666. Translated by N. Wimmer. New York: Farrar, Straus and Giroux.",
     {"title": "2666", "issued": {"date-parts": [[2008]]},
      "translator": [{"family": "Wimmer", "given": "N."}],
      "publisher": "Farrar, Straus and Giroux", "publisher-place": "New York"}),
    ("Bolaño, Roberto. 2666. Translated by Natasha Wimmer. New York: Farrar, Straus and "
     "Giroux, 2008.",
     {"title": "2666", "issued": {"date-parts": [[2008]]},
      "translator": [{"family": "Wimmer", "given": "Natasha"}], "note": None}),
    ("Bolaño, Roberto. 2666. Translated by Natasha Wimmer, Picador, 2009.",
     {"type": "book", "title": "2666", "publisher": "Picador",
      "translator": [{"family": "Wimmer", "given": "Natasha"}], "container-title": None}),
    ("Roberto Bolaño, 2666, trans. Natasha Wimmer (New York: Farrar, Straus and Giroux, 2008).",
     {"type": "book", "author": [{"family": "Bolaño", "given": "Roberto"}], "title": "2666",
      "volume": None, "issued": {"date-parts": [[2008]]}}),
    ("Orwell, G. (1949) Nineteen Eighty-Four.",
     {"title": "Nineteen Eighty-Four", "issued": {"date-parts": [[1949]]}}),
    ("Orwell, G. (1949) 1984. London: Secker & Warburg.",
     {"title": "1984", "issued": {"date-parts": [[1949]]}}),
    # MLA's original year sits after a title, never right after the authors
    ("Orwell, George. 1984. London: Secker & Warburg, 1949.",
     {"title": "1984", "issued": {"date-parts": [[1949]]}, "original-date": None}),
    ("Orwell, George. 1949. 1984. London: Secker & Warburg.",
     {"title": "1984", "issued": {"date-parts": [[1949]]}}),
    ("George Orwell, 1984 (London: Secker & Warburg, 1949).",
     {"author": [{"family": "Orwell", "given": "George"}], "title": "1984",
      "issued": {"date-parts": [[1949]]}}),
    ("Disch, Thomas M. 334. New York: Avon, 1974.",
     {"title": "334", "issued": {"date-parts": [[1974]]}, "publisher": "Avon"}),
    ("Kurlansky, M. (2004) 1968: The Year That Rocked the World. New York: Ballantine.",
     {"title": "1968: The Year That Rocked the World", "issued": {"date-parts": [[2004]]}}),
    ("Orwell, G. (2003) 1984. Introduction by T. Pynchon. London: Penguin.",
     {"title": "1984", "note": "Introduction by T. Pynchon", "publisher": "Penguin"}),
    # a number in a title is left where it is
    ("Bradbury, R. (1953) Fahrenheit 451. New York: Ballantine.",
     {"title": "Fahrenheit 451", "issued": {"date-parts": [[1953]]}}),
])
def test_a_title_that_is_a_number(text: str, expected: dict) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(("text", "issued"), [
    # an approximate date keeps its year and CSL's circa, in any century and any writing
    ("Anon. (c. 1450) The Book of Margery Kempe.", {"date-parts": [[1450]], "circa": True}),
    ("Smith, J. (ca. 1890) Letters.", {"date-parts": [[1890]], "circa": True}),
    ("Smith, J. [c. 1890] Letters. London: Macmillan.", {"date-parts": [[1890]], "circa": True}),
    ("Smith, J. (1890?) Letters. London: Macmillan.", {"date-parts": [[1890]], "circa": True}),
    ("Anon. c. 1450. The Book of Margery Kempe. London: Penguin.",
     {"date-parts": [[1450]], "circa": True}),
    ("Smith, John. Letters. London: Macmillan, [1890?].",
     {"date-parts": [[1890]], "circa": True}),
    ("John Smith, Letters (London: Macmillan, c. 1890).",
     {"date-parts": [[1890]], "circa": True}),
    ("Smith, J. (c. 1890–1895) Letters. London: Macmillan.",
     {"date-parts": [[1890], [1895]], "circa": True}),
    # a year before 1500 in brackets is a date too
    ("Chaucer, G. (1400) The Canterbury Tales.", {"date-parts": [[1400]]}),
])
def test_an_approximate_date_is_kept(text: str, issued: dict) -> None:
    item = parse_reference(text)
    assert item["issued"] == issued
    assert "note" not in item


@pytest.mark.parametrize(("text", "expected"), [
    # 'ca. 1500 S.' is about 1500 pages; '(c. 1890)' in a title after the year stays there
    ("Schmidt, H. (2001) Handbuch. Berlin: Springer. ca. 1500 S.",
     {"issued": {"date-parts": [[2001]]}}),
    ("Smith, J. (2001) Letters (c. 1890). London: Verso.",
     {"issued": {"date-parts": [[2001]]}, "title": "Letters (c. 1890)"}),
])
def test_circa_rules_leave_look_alikes_alone(text: str, expected: dict) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


def test_an_approximate_year_in_notes_links() -> None:
    from essayconv.references import link_citations, parse_note

    notes = [("n1", parse_note("Anon. (c. 1450) The Book of Margery Kempe.")),
             ("n2", parse_note("Anon. (c. 1450), p. 3.")),
             ("n3", parse_note("Kempe, Margery. c. 1438. The Book. London: Penguin.")),
             ("n4", parse_note("Kempe (1438), p. 4."))]
    assert notes[1][1][0]["year"] == "1450" and notes[2][1][0]["form"] == "full"
    linked = link_citations(notes)
    assert linked.links[("n2", 0)] == linked.links[("n1", 0)] is not None
    assert linked.links[("n4", 0)] == linked.links[("n3", 0)] is not None


@pytest.mark.parametrize(("text", "expected"), [
    # Chicago's multi-volume book: 'Vol. 1, 1768–1846' is volume 1 and that volume's title
    ("Bayly, C. A. Imperial Meridian. Vol. 1, 1768–1846. London: Longman, 1989.",
     {"type": "book", "title": "Imperial Meridian", "volume": "1",
      "volume-title": "1768–1846", "page": None, "issued": {"date-parts": [[1989]]}}),
    ("Jones, A. (2010) The Tudors, vol. 2, 1485–1603. Oxford: Clarendon Press.",
     {"volume": "2", "volume-title": "1485–1603", "page": None}),
    ("Smith, J. (1990) A History of Wales, Volume II, 1500–1800. Cardiff: University of "
     "Wales Press.", {"volume": "II", "volume-title": "1500–1800"}),
    ("Smith, J. A History of Wales. Vol. 2, The Tudors. Cardiff: University of Wales Press, "
     "1990.", {"volume": "2", "volume-title": "The Tudors", "note": None}),
    ("C. A. Bayly, Imperial Meridian, vol. 1, 1768–1846 (London: Longman, 1989).",
     {"type": "book", "title": "Imperial Meridian", "container-title": None, "volume": "1",
      "volume-title": "1768–1846"}),
    ("Karl Marx, Capital, vol. 1, trans. Ben Fowkes (London: Penguin, 1976).",
     {"type": "book", "title": "Capital", "container-title": None, "volume": "1"}),
    # a journal's volume and its pages stay so
    ("Smith, J. (1990) 'Coal', Welsh History Review, vol. 15, 1768–1846.",
     {"type": "article-journal", "volume": "15", "page": "1768–1846", "volume-title": None}),
])
def test_the_volume_of_a_multi_volume_book(text: str, expected: dict) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(("text", "volume"), [
    ("Volume II,", {"volume": "II"}),  # never 'ume'
    ("Harvard Business Review, Volume 42", {"volume": "42"}),
    ("vols. 12–15.", {"volume": "12–15"}),  # never 's'
    ("Vol. 3, No. 2", {"volume": "3", "issue": "2"}),
])
def test_volume_words(text: str, volume: dict) -> None:
    assert parse_volume(text) == volume


@pytest.mark.parametrize(("text", "author"), [
    # Perri 6: the surname is the digit 6, written 'Surname, I.' or forename first
    ("6, P. (1997) Holistic Government. London: Demos.", [{"family": "6", "given": "P."}]),
    ("Perri 6 (1997) Holistic Government. London: Demos.",
     [{"family": "6", "given": "Perri"}]),
    ("6, P., Leat, D., Seltzer, K. and Stoker, G. (2002) Towards Holistic Governance. "
     "Basingstoke: Palgrave.",
     [{"family": "6", "given": "P."}, {"family": "Leat", "given": "D."},
      {"family": "Seltzer", "given": "K."}, {"family": "Stoker", "given": "G."}]),
])
def test_a_surname_that_is_a_number(text: str, author: list) -> None:
    assert parse_reference(text)["author"] == author


@pytest.mark.parametrize(("text", "author"), [
    ("Anon. (2001) Beowulf. London: Penguin.", "Anon."),
    ("Anon (2001) Beowulf. London: Penguin.", "Anon."),
    ("Anonymous (1997) Primary colors. New York: Random House.", "Anonymous"),
])
def test_anonymous_is_the_author_as_written_never_a_surname(text, author):
    assert parse_reference(text)["author"] == [{"literal": author}]


@pytest.mark.parametrize(("text", "expected"), [
    # Chicago's forename-first author with initials: the surname is the author's, never the
    # first word of the title
    ("C. A. Bayly, Imperial Meridian: The British Empire and the World, 1780–1830 (London: "
     "Longman, 1989).",
     {"author": [{"family": "Bayly", "given": "C. A."}],
      "title": "Imperial Meridian: The British Empire and the World, 1780–1830",
      "publisher-place": "London", "publisher": "Longman", "issued": {"date-parts": [[1989]]}}),
    ("E. P. Thompson, The Making of the English Working Class (London: Gollancz, 1963).",
     {"author": [{"family": "Thompson", "given": "E. P."}],
      "title": "The Making of the English Working Class", "publisher-place": "London",
      "publisher": "Gollancz", "issued": {"date-parts": [[1963]]}}),
    ("J. G. A. Pocock, The Machiavellian Moment: Florentine Political Thought and the Atlantic "
     "Republican Tradition (Princeton: Princeton University Press, 1975).",
     {"author": [{"family": "Pocock", "given": "J. G. A."}],
      "title": "The Machiavellian Moment: Florentine Political Thought and the Atlantic "
               "Republican Tradition",
      "publisher-place": "Princeton", "publisher": "Princeton University Press"}),
    ("A. J. P. Taylor, The Origins of the Second World War (London: Hamish Hamilton, 1961).",
     {"author": [{"family": "Taylor", "given": "A. J. P."}],
      "title": "The Origins of the Second World War", "publisher": "Hamish Hamilton"}),
    # Harvard's 'Surname, Initials' stays as it was
    ("Bayly, C. A. (1989) Imperial Meridian. London: Longman.",
     {"author": [{"family": "Bayly", "given": "C. A."}], "title": "Imperial Meridian"}),
])
def test_a_forename_first_author_with_initials(text: str, expected: dict) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # OSCOLA: '(Publisher Year)', no place; an edition before the publisher
    ("Aileen Kavanagh, Constitutional Review under the UK Human Rights Act (CUP 2009).",
     {"type": "book", "publisher": "CUP", "issued": {"date-parts": [[2009]]},
      "title": "Constitutional Review under the UK Human Rights Act", "publisher-place": None}),
    ("Alison Young, Parliamentary Sovereignty and the Human Rights Act (Hart 2009).",
     {"publisher": "Hart", "issued": {"date-parts": [[2009]]}}),
    ("Adam Tomkins, Public Law (OUP 2003).",
     {"title": "Public Law", "publisher": "OUP", "issued": {"date-parts": [[2003]]}}),
    ("Jeffrey Jowell and Dawn Oliver (eds), The Changing Constitution (7th edn, OUP 2011).",
     {"type": "book", "title": "The Changing Constitution", "edition": "7", "publisher": "OUP",
      "container-title": None, "issued": {"date-parts": [[2011]]}}),
    ("Tom Hickman, Public Law after the Human Rights Act (Hart Publishing 2010).",
     {"publisher": "Hart Publishing", "issued": {"date-parts": [[2010]]}}),
])
def test_an_oscola_publisher_and_year(text: str, expected: dict) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(("spans", "expected"), [
    # a journal's season or month, a reprint's first year: the date, never a publisher
    ([("author", "Smith, J."), ("title", "'A Paper'"), ("date", "(Spring 2001)")],
     [("author", "Smith, J."), ("title", "'A Paper'"), ("date", "(Spring 2001)")]),
    ([("author", "Smith, J."), ("title", "A Book"), ("date", "(Oct. 1990).")],
     [("author", "Smith, J."), ("title", "A Book"), ("date", "(Oct. 1990).")]),
    ([("author", "Smith, J."), ("title", "A Book"), ("date", "(First published 1867).")],
     [("author", "Smith, J."), ("title", "A Book"), ("date", "(First published 1867).")]),
])
def test_oscola_publisher_rule_leaves_dates_alone(spans: list, expected: list) -> None:
    from essayconv.references.relabel import relabel

    assert relabel(spans) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Chicago: a multi-volume work published over years, the end year written short
    ("Harlow, Vincent T. The Founding of the Second British Empire, 1763–1793. 2 vols. London: "
     "Longmans, Green, 1952–64.",
     {"issued": {"date-parts": [[1952], [1964]]}, "page": None, "number-of-volumes": "2",
      "publisher": "Longmans, Green"}),
    # a volume's own title in a chapter's book, in the bibliography and in a note
    ("Marshall, P. J. \"The First British Empire.\" In The Oxford History of the British "
     "Empire, vol. 5, Historiography, edited by Robin W. Winks, 43–53. Oxford: Oxford "
     "University Press, 1999.",
     {"type": "chapter", "volume": "5", "volume-title": "Historiography",
      "container-title": "The Oxford History of the British Empire",
      "editor": [{"family": "Winks", "given": "Robin W."}]}),
    ("P. J. Marshall, \"The First British Empire,\" in The Oxford History of the British Empire, "
     "vol. 5, Historiography, ed. Robin W. Winks (Oxford: Oxford University Press, 1999).",
     {"type": "chapter", "volume": "5", "volume-title": "Historiography",
      "editor": [{"family": "Winks", "given": "Robin W."}]}),
    # Chicago's dissertation, in a note and in a bibliography
    ("Mary Kelly, \"Famine Memory in Irish America, 1880–1920\" (PhD diss., Boston College, "
     "2005).",
     {"type": "thesis", "title": "Famine Memory in Irish America, 1880–1920",
      "genre": "PhD diss.", "publisher": "Boston College", "issued": {"date-parts": [[2005]]}}),
    ("Kelly, Mary. \"Famine Memory in Irish America, 1880–1920.\" PhD diss., Boston College, "
     "2005.",
     {"type": "thesis", "genre": "PhD diss.", "publisher": "Boston College",
      "issued": {"date-parts": [[2005]]}}),
    ("Ann Lee, \"Port Cities\" (PhD diss., University of California, Berkeley, 1998).",
     {"type": "thesis", "publisher": "University of California, Berkeley",
      "issued": {"date-parts": [[1998]]}}),
    # Irish surnames keep their particle, forename first or family name first
    ("Cormac Ó Gráda, Black '47 and Beyond (Princeton, NJ: Princeton University Press, 1999).",
     {"author": [{"family": "Ó Gráda", "given": "Cormac"}]}),
    ("Joel Mokyr and Cormac Ó Gráda, \"Famine Disease,\" in Famine Demography, ed. Tim Dyson and "
     "Cormac Ó Gráda (Oxford: Oxford University Press, 2002), 19–43.",
     {"author": [{"family": "Mokyr", "given": "Joel"}, {"family": "Ó Gráda", "given": "Cormac"}],
      "editor": [{"family": "Dyson", "given": "Tim"}, {"family": "Ó Gráda", "given": "Cormac"}]}),
    ("Eilís Ní Dhuibhne, The Dancers Dancing (Belfast: Blackstaff, 1999).",
     {"author": [{"family": "Ní Dhuibhne", "given": "Eilís"}]}),
])
def test_chicago_bibliography_shapes(text: str, expected: dict) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(("spans", "expected"), [
    # a journal's pages, and pages after a date, stay pages
    ([("author", "Smith, J."), ("title", "Coal."), ("journal", "Review"),
      ("pages", "1952–64.")], None),
    ([("author", "Smith, J."), ("title", "Coal."), ("publisher", "Verso,"), ("date", "1990,"),
      ("pages", "1952–64.")], None),
    # 'vol. 3, No. 2': an issue, no volume title
    ([("author", "Smith, J."), ("title", "Coal"), ("volume", "vol. 3, No. 2")], None),
])
def test_publication_years_and_volume_titles_leave_look_alikes(spans, expected) -> None:
    from essayconv.references.relabel import relabel

    assert relabel(spans) == (expected or spans)


@pytest.mark.parametrize(("text", "title", "year", "original"), [
    # a geographer's 'Author YEAR: Title': the year is the date, never the title's number
    ("Harvey, D. 1989: The condition of postmodernity. Oxford: Blackwell.",
     "The condition of postmodernity", 1989, None),
    ("Massey, D. 2005: For space. London: Sage.", "For space", 2005, None),
    # MLA's original year after an initials-only author and a title stays the original year
    ("Austen, J. Emma. 1815. Penguin Classics, 2003.", None, 2003, 1815),
])
def test_a_year_before_a_colon_or_after_a_title_is_no_title(text, title, year, original):
    item = parse_reference(text)
    assert item.get("title") == title if title else item.get("title") != str(original)
    assert item["issued"]["date-parts"][0][0] == year
    assert (item.get("original-date") or {}).get("date-parts", [[None]])[0][0] == original


def test_nic_is_a_forename_and_a_journal_season_no_volume_title():
    from essayconv.references.names import parse_names

    assert parse_names("Nic Cheeseman")[0] == [{"family": "Cheeseman", "given": "Nic"}]
    assert parse_names("Cormac Ó Gráda")[0] == [{"family": "Ó Gráda", "given": "Cormac"}]
    item = parse_reference('Smith, John. "Memory and Loss." Modern Fiction Studies, vol. 52, '
                           'Summer, pp. 10-30.')
    assert "volume-title" not in item and item["volume"] == "52"


@pytest.mark.parametrize(("text", "expected"), [
    ("Bhan, G. (2020) Working in the heat: notes from Bengaluru. IIHS Working Paper 2020/03. "
     "Bengaluru: Indian Institute for Human Settlements.",
     {"type": "report", "number": "IIHS Working Paper 2020/03",
      "title": "Working in the heat: notes from Bengaluru",
      "publisher": "Indian Institute for Human Settlements"}),
    ("Natural Resources Defense Council (2022) Expanding heat resilience across India. Issue "
     "Brief IB:22-03-A. New York: NRDC.",
     {"type": "report", "number": "Issue Brief IB:22-03-A",
      "title": "Expanding heat resilience across India"}),
    ("World Meteorological Organization (2015) Heatwaves and health: guidance on warning-system "
     "development. WMO-No. 1142. Geneva: WMO.",
     {"type": "report", "number": "WMO-No. 1142", "edition": None, "publisher": "WMO"}),
    ("Environment Agency (2018) Coastal Flood Report 2018. Bristol: Environment Agency.",
     {"title": "Coastal Flood Report 2018", "number": None}),  # a year is no number
    ("Hersbach, H. et al. (2023) ERA5 hourly data on single levels from 1940 to present "
     "[dataset]. Copernicus Climate Change Service (C3S) Climate Data Store (CDS). "
     "doi:10.24381/cds.adbb2d47.",
     {"type": "dataset", "container-title": None,
      "publisher": "Copernicus Climate Change Service (C3S) Climate Data Store (CDS)",
      "DOI": "10.24381/cds.adbb2d47"}),
])
def test_grey_literature_numbers_and_data_repositories(text: str, expected: dict) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize("text", ["Smith, J. [et al.]", "Smith, J. et al.", "Smith, J., et al"])
def test_a_library_catalogues_bracketed_et_al_is_et_al(text):
    """'[et al.]' (as library catalogues write it) is 'et al.': never a name '[]'."""
    assert parse_names(text) == ([{"family": "Smith", "given": "J."}], True)
