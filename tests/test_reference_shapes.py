"""Reference shapes the model misread (references/shapes.py, relabel.py, legal.py): expected
fields written by hand from the reference strings."""

from __future__ import annotations

import pytest

from essayconv.references import parse_note, parse_reference


def test_title_with_a_quotation_inside_it_is_whole():
    item = parse_reference(
        "Wood, T. (2019) ‘The role of “complementary pathways” in refugee protection’, in "
        "Costello, C., Foster, M. and McAdam, J. (eds) The Oxford Handbook of International "
        "Refugee Law. Oxford: Oxford University Press, pp. 1–20.")
    assert item["type"] == "chapter"
    assert item["title"] == "The role of “complementary pathways” in refugee protection"
    assert item["container-title"] == "The Oxford Handbook of International Refugee Law"
    assert [e["family"] for e in item["editor"]] == ["Costello", "Foster", "McAdam"]
    assert item["page"] == "1–20"


def test_quoted_title_then_in_book_ends_at_the_mark():
    item = parse_reference("Eliot, T. S. (1932) 'Dante', in Selected Essays, 1917–1932. "
                           "London: Faber and Faber, pp. 237–277.")
    assert item["title"] == "Dante"
    assert item["container-title"] == "Selected Essays, 1917–1932"
    assert item["type"] == "chapter"
    assert item["page"] == "237–277"


def test_quoted_title_cut_short_by_the_model_reaches_its_closing_mark():
    item = parse_reference('P. Hsu and E. Davidson, "Highly Concurrent Scalar Processing," 13th '
                           "Annual International Symposium on Computer Architecture, pages "
                           "386-395, 1986.")
    assert item["title"] == "Highly Concurrent Scalar Processing"
    assert item["container-title"] == "13th Annual International Symposium on Computer Architecture"
    assert item["page"] == "386–395"  # 'pages' is a label, never 'ages'


def test_role_mark_closes_the_editors_and_the_book_title_follows():
    item = parse_reference("Benjamin, W. (1968) 'The task of the translator', trans. H. Zohn, in "
                           "Arendt, H. (ed.) Illuminations. New York: Schocken Books, pp. 69–82.")
    assert item["type"] == "chapter"
    assert item["editor"] == [{"family": "Arendt", "given": "H."}]
    assert item["container-title"] == "Illuminations"
    assert item["translator"] == [{"family": "Zohn", "given": "H."}]


def test_title_with_a_colon_is_no_place_and_publisher():
    item = parse_reference("Low Pay Commission. (2023). National Minimum Wage: Low Pay Commission "
                           "report 2023. https://www.gov.uk/government/publications/"
                           "low-pay-commission-report-2023")
    assert item["title"] == "National Minimum Wage: Low Pay Commission report 2023"
    assert "publisher-place" not in item and "publisher" not in item


def test_real_place_and_publisher_stay():
    item = parse_reference("Prunier, G. (1997) The Rwanda crisis: history of a genocide. "
                           "London: Hurst & Company.")
    assert item["publisher-place"] == "London"
    assert item["publisher"] == "Hurst & Company"


@pytest.mark.parametrize("text", [
    "Dante Alighieri (1867) The Divine Comedy of Dante Alighieri, trans. H. W. Longfellow. "
    "Vol. 1: Inferno. Boston: Ticknor and Fields.",
    "Dante Alighieri (1984) The Divine Comedy, Volume 1: Inferno, trans. M. Musa. "
    "Harmondsworth: Penguin.",
])
def test_volume_title_after_a_colon_is_no_publisher(text):
    item = parse_reference(text)
    assert item["volume"] == "1"
    assert item["volume-title"] == "Inferno"
    assert "Inferno" not in item["publisher"]


def test_un_meeting_record():
    item = parse_reference("UN Security Council (2011) 6498th meeting, Thursday, 17 March 2011, "
                           "6 p.m. S/PV.6498.")
    assert item["title"] == "6498th meeting"
    assert item["number"] == "S/PV.6498"
    assert item["issued"] == {"date-parts": [[2011, 3, 17]]}
    assert "container-title" not in item and "page" not in item
    item = parse_reference("UN Security Council (2011) 6627th meeting, Tuesday, 4 October 2011. "
                           "S/PV.6627.")
    assert (item["title"], item["number"]) == ("6627th meeting", "S/PV.6627")
    assert item["issued"] == {"date-parts": [[2011, 10, 4]]}


def test_symbol_part_letter_and_eu_document_numbers():
    item = parse_reference("UN General Assembly (2012) The situation in the Syrian Arab Republic. "
                           "A/RES/66/253 B, 3 August.")
    assert item["number"] == "A/RES/66/253 B"
    assert "publisher" not in item
    item = parse_reference("European Commission (2022) REPowerEU Plan. COM(2022) 230 final, "
                           "18 May.")
    assert item["title"] == "REPowerEU Plan"
    assert item["number"] == "COM(2022) 230 final"
    assert "page" not in item


def test_title_opening_with_a_year():
    item = parse_reference("UN General Assembly (2005) 2005 World Summit Outcome. A/RES/60/1, "
                           "24 October.")
    assert item["title"] == "2005 World Summit Outcome"
    assert item["number"] == "A/RES/60/1"


def test_treaty_in_a_treaty_series():
    item = parse_reference("Convention Relating to the Status of Refugees (1951) 189 UNTS 137.")
    assert item == {"type": "treaty", "title": "Convention Relating to the Status of Refugees",
                    "container-title": "UNTS", "volume": "189", "page": "137",
                    "issued": {"date-parts": [[1951]]}}
    item = parse_reference("Organization of African Unity (1969) Convention Governing the Specific "
                           "Aspects of Refugee Problems in Africa. 1001 UNTS 45.")
    assert item["author"] == [{"literal": "Organization of African Unity"}]
    assert item["title"] == ("Convention Governing the Specific Aspects of Refugee Problems in "
                             "Africa")
    assert (item["volume"], item["page"]) == ("1001", "45")
    item = parse_reference("Convention Relating to the Status of Refugees (adopted 28 July 1951, "
                           "entered into force 22 April 1954) 189 UNTS 137")
    assert item["issued"] == {"date-parts": [[1951]]}
    assert item["note"] == "adopted 28 July 1951, entered into force 22 April 1954"


def test_treaty_article_is_the_citations_locator():
    [cite] = parse_note("Organization of African Unity (1969) Convention Governing the Specific "
                        "Aspects of Refugee Problems in Africa. 1001 UNTS 45, art. I(2).")
    assert cite["locator"] == "art. I(2)"
    assert cite["reference"].endswith("1001 UNTS 45.")


def test_treaties_render_with_their_series():
    from essayconv.citations import plain_text, render

    works = [
        {"id": "refugees1951", "type": "treaty",
         "title": "Convention Relating to the Status of Refugees", "container-title": "UNTS",
         "volume": "189", "page": "137", "issued": {"date-parts": [[1951]]}},
        {"id": "oau1969", "type": "treaty",
         "author": [{"literal": "Organization of African Unity"}],
         "title": "Convention Governing the Specific Aspects of Refugee Problems in Africa",
         "container-title": "UNTS", "volume": "1001", "page": "45",
         "issued": {"date-parts": [[1969]]}},
    ]
    out = render(works, [[{"id": "refugees1951"}], [{"id": "oau1969"}]])
    entries = {key: plain_text(el) for key, el in out.bibliography}
    assert entries["refugees1951"] == ("Convention Relating to the Status of Refugees (1951), "
                                       "189 UNTS 137.")
    assert entries["oau1969"] == ("Organization of African Unity (1969) Convention Governing the "
                                  "Specific Aspects of Refugee Problems in Africa. 1001 UNTS 45.")


@pytest.mark.parametrize(("text", "number"), [
    ("Security Council Report (2015) The Veto. Research Report No. 3. New York: Security "
     "Council Report, 19 October.", "Research Report No. 3"),
    ("International Crisis Group (2011) Popular Protest in North Africa and the Middle East (V): "
     "Making Sense of Libya. Middle East/North Africa Report N°107. Brussels: International "
     "Crisis Group.", "Middle East/North Africa Report N°107"),
])
def test_report_in_its_series_is_a_report_with_that_number(text, number):
    item = parse_reference(text)
    assert item["type"] == "report"
    assert item["number"] == number
    assert "container-title" not in item and "issue" not in item
    assert item["publisher-place"] in ("New York", "Brussels")


def test_journal_article_is_no_report_series():
    item = parse_reference("Smith, J. (2001) 'Title', Journal of Peace Research, 38(2), "
                           "pp. 1–20.")
    assert item["type"] == "article-journal"
    assert item["container-title"] == "Journal of Peace Research"


def test_edited_and_translated_by_one_person_and_a_contribution_kept_as_note():
    item = parse_reference(
        "Dante Alighieri (1996) The Divine Comedy of Dante Alighieri, Volume 1: Inferno, ed. and "
        "trans. R. M. Durling; introduction and notes by R. L. Martinez and R. M. Durling. "
        "New York: Oxford University Press.")
    durling = [{"family": "Durling", "given": "R. M."}]
    assert item["editor"] == durling and item["translator"] == durling
    assert item["note"] == "Introduction and notes by R. L. Martinez and R. M. Durling"
    assert (item["volume"], item["volume-title"]) == ("1", "Inferno")
    assert item["publisher"] == "Oxford University Press"
    item = parse_reference("Homer (1996) The Odyssey, trans. R. Fagles, with an introduction and "
                           "notes by B. Knox. New York: Viking.")
    assert item["title"] == "The Odyssey"
    assert item["translator"] == [{"family": "Fagles", "given": "R."}]
    assert item["note"] == "With an introduction and notes by B. Knox"


def test_long_single_number_after_a_journal_volume_is_an_article_number():
    item = parse_reference("Brauers, H. and Oei, P.-Y. (2020) 'The political economy of coal in "
                           "Poland', Energy Policy, 144, 111621.")
    assert item["number"] == "111621" and "page" not in item
    item = parse_reference("Smith, J. (2001) 'Title', Journal of Peace Research, 38(2), 1201.")
    assert item["page"] == "1201"  # a page, four digits


@pytest.mark.parametrize(("text", "fields"), [
    ("The Health Protection (Coronavirus, Restrictions) (England) Regulations 2020 "
     "(SI 2020/350).",
     {"title": "The Health Protection (Coronavirus, Restrictions) (England) Regulations 2020",
      "number": "SI 2020/350"}),
    ("The Building Regulations 2010 (SI 2010/2214).",
     {"title": "The Building Regulations 2010", "number": "SI 2010/2214"}),
    ("Racial Discrimination Act 1975 (Cth).", {"title": "Racial Discrimination Act 1975 (Cth)"}),
    ("Mental Health Act 2001 (No. 25 of 2001).",
     {"title": "Mental Health Act 2001", "number": "No. 25 of 2001"}),
])
def test_legislation_shapes(text, fields):
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert {k: item.get(k) for k in fields} == fields
    assert "author" not in item


def test_eu_legislation_and_treaties_in_cite_them_rights_form():
    item = parse_reference("Regulation (EU) 2016/679 of the European Parliament and of the "
                           "Council of 27 April 2016 on the protection of natural persons (General "
                           "Data Protection Regulation) (2016) Official Journal L119, 4 May, "
                           "pp. 1-88.")
    assert item["type"] == "legislation"
    assert item["title"].endswith("(General Data Protection Regulation)")
    assert item["title-short"] == "Regulation (EU) 2016/679"
    assert (item["container-title"], item["volume"], item["page"]) == ("Official Journal",
                                                                         "L119", "1")
    assert item["issued"] == {"date-parts": [[2016, 5, 4]]}
    item = parse_reference("United Nations (1989) Convention on the Rights of the Child. United "
                           "Nations Treaty Series, 1577, p. 3.")
    assert (item["type"], item["container-title"], item["volume"], item["page"]) == (
        "treaty", "UNTS", "1577", "3")


def test_eu_instrument_is_cited_by_its_number():
    from essayconv.citations import plain_text, render

    item = parse_reference("Council Directive 2000/78/EC of 27 November 2000 establishing a "
                           "general framework for equal treatment in employment and occupation "
                           "[2000] OJ L303/16")
    item["id"] = "d"
    out = render([item], [[{"id": "d", "locator": "2", "label": "article-locator"}]])
    assert [plain_text(c) for c in out.clusters] == ["(Council Directive 2000/78/EC, art. 2)"]


@pytest.mark.parametrize("text", [
    "NHS (no date) Overview - depression in adults. Available at: https://www.nhs.uk/x/ "
    "(Accessed: 2 February 2024).",
    "Smith, J. (no date) How to write an essay. Available at: https://example.org/essay "
    "(Accessed: 03/05/2024).",
])
def test_no_date_is_n_d_and_a_numeric_access_date_is_day_first(text):
    item = parse_reference(text)
    assert item["issued"] == {"literal": "n.d."}
    assert item["title"] in ("Overview - depression in adults", "How to write an essay")
    assert "date" not in str(item.get("author"))
    assert item["accessed"]["date-parts"][0] in ([2024, 2, 2], [2024, 5, 3])


@pytest.mark.parametrize(("text", "number"), [
    ("Department for Education (2016) Educational excellence everywhere (Cm 9230). London: The "
     "Stationery Office.", "Cm 9230"),
    ("House of Commons Health Committee (2019) Sexual health. HC 1419. London: House of Commons.",
     "HC 1419"),
])
def test_parliamentary_paper_numbers(text, number):
    item = parse_reference(text)
    assert (item["type"], item["number"]) == ("report", number)
    assert number not in item["title"]


@pytest.mark.parametrize(("text", "number"), [
    ("Ioannidis, J.P.A. (2005) 'Why most published research findings are false', PLoS Medicine, "
     "2(8), e124.", "e124"),
    ("Mahase, E. (2020) 'Covid-19: WHO declares pandemic', BMJ, 368, m1036.", "m1036"),
])
def test_elocators_are_article_numbers(text, number):
    item = parse_reference(text)
    assert item["number"] == number and "page" not in item


def test_single_quoted_title_then_comma_then_the_site_and_its_day():
    item = parse_reference("Dunleavy, P. (2014) 'Shorter, better, faster, free: blogging changes "
                           "academic research', LSE Impact of Social Sciences, 28 December. "
                           "Available at: https://blogs.lse.ac.uk/x/ (Accessed: 1 March 2024).")
    assert item["title"] == "Shorter, better, faster, free: blogging changes academic research"
    assert item["container-title"] == "LSE Impact of Social Sciences"
    assert item["issued"] == {"date-parts": [[2014, 12, 28]]}


@pytest.mark.parametrize(("text", "author"), [
    ("Health Service Executive (2019) Mental health services. Dublin: HSE.",
     [{"literal": "Health Service Executive"}]),
    ("Khan Academy (2020) Introduction to algebra. Available at: https://www.khanacademy.org "
     "(Accessed: 1 May 2024).", [{"literal": "Khan Academy"}]),
    ("Robert Service (1997) A history of twentieth-century Russia. London: Allen Lane.",
     [{"family": "Service", "given": "Robert"}]),
    ("Mary Beard (2015) SPQR: a history of ancient Rome. London: Profile Books.",
     [{"family": "Beard", "given": "Mary"}]),
])
def test_a_body_named_by_its_head_noun_is_an_organisation(text, author):
    assert parse_reference(text)["author"] == author


@pytest.mark.parametrize(("text", "edition"), [
    ("Kotler, P. and He, H. (2020) Principles of marketing. 8th European edn. Harlow: Pearson.",
     "8th European"),
    ("Mankiw, N.G. (2021) Principles of economics. Revised student edn. Boston: Cengage.",
     "Revised student"),
])
def test_edition_named_in_words(text, edition):
    item = parse_reference(text)
    assert item["edition"] == edition
    assert item["title"] in ("Principles of marketing", "Principles of economics")


def test_translated_from_a_language_by():
    item = parse_reference("Foucault, M. (1991) Discipline and punish: the birth of the prison. "
                           "Translated from the French by A. Sheridan. London: Penguin.")
    assert item["title"] == "Discipline and punish: the birth of the prison"
    assert item["translator"] == [{"family": "Sheridan", "given": "A."}]
    assert (item["publisher-place"], item["publisher"]) == ("London", "Penguin")


def test_edited_and_translated_by_is_a_role_never_a_name():
    from essayconv.references.names import parse_names

    assert parse_names("Edited and translated by Donald Nicholson-Smith.")[0] == [
        {"family": "Nicholson-Smith", "given": "Donald"}]
    assert parse_names("ed. and trans. R. M. Durling")[0] == [
        {"family": "Durling", "given": "R. M."}]


def test_contributors_after_a_semicolon_stay_in_the_citation():
    [cite] = parse_note("Dante Alighieri (1996) The Divine Comedy of Dante Alighieri, Volume 1: "
                        "Inferno, ed. and trans. R. M. Durling; introduction and notes by R. L. "
                        "Martinez and R. M. Durling. New York: Oxford University Press.")
    assert cite["form"] == "full"
    assert cite["reference"].endswith("New York: Oxford University Press.")
    two = parse_note("Prunier (1997), pp. 61–62; Melvern (2000), p. 3.")
    assert [c["authors"] for c in two] == ["Prunier", "Melvern"]


@pytest.mark.parametrize(("text", "fields"), [
    ("European Parliament and Council (2009) Directive 2009/28/EC on the promotion of the use of "
     "energy from renewable sources. Official Journal of the European Union, L 140, 5 June, "
     "pp. 16–62.",
     {"author": [{"literal": "European Parliament and Council"}], "volume": "L140", "page": "16",
      "issued": {"date-parts": [[2009, 6, 5]]}, "title-short": "Directive 2009/28/EC"}),
    ("Regulation (EC) No 1907/2006 concerning REACH. Official Journal of the European Union, "
     "L 396, 30 December, pp. 1–849.",
     {"issued": {"date-parts": [[2006, 12, 30]]}, "volume": "L396", "page": "1"}),
])
def test_eu_legislation_with_an_author_or_the_year_in_its_number(text, fields):
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert item["container-title"] == "Official Journal of the European Union"  # as written
    assert {k: item.get(k) for k in fields} == fields


def test_one_word_titles_the_model_took_for_a_name_or_a_note():
    item = parse_reference("Said, Edward W. Orientalism. Vintage Books, 1979.")
    assert item["author"] == [{"family": "Said", "given": "Edward W."}]
    assert item["title"] == "Orientalism"
    item = parse_reference("World Health Organization. (2023, March 31). Depression. "
                           "https://www.who.int/news-room/fact-sheets/detail/depression")
    assert item["title"] == "Depression"
    assert item["author"] == [{"literal": "World Health Organization"}]


@pytest.mark.parametrize("text", [
    "Spirited away (2001) [Feature film]. Directed by H. Miyazaki. Tokyo: Studio Ghibli.",
    "Spirited away (2001) Directed by H. Miyazaki [Film]. Tokyo: Studio Ghibli.",
])
def test_film_with_its_kind_before_or_after_the_director(text):
    item = parse_reference(text)
    assert (item["type"], item["title"]) == ("motion_picture", "Spirited away")
    assert item["director"] == [{"family": "Miyazaki", "given": "H."}]
    assert "author" not in item


# --- counter-examples from the review: rules that must not fire --------------------------

@pytest.mark.parametrize(("text", "title"), [
    ("Mulholland, M. (2016) 'Bloody Sunday, 30 January 1972', History Ireland, 24(1), "
     "pp. 10-13.", "Bloody Sunday, 30 January 1972"),
    ("Smith, J. (2019) 'Why 9 a.m. lectures fail', Journal of Learning, 3(2), pp. 1-9.",
     "Why 9 a.m. lectures fail"),
    ("Hall, K. (2008) 'Parents', Teachers' and Pupils' Views of Homework', Educational Review, "
     "60(1), pp. 1-20.", "Parents', Teachers' and Pupils' Views of Homework"),
])
def test_weekdays_hours_and_plural_possessives_stay_in_titles(text, title):
    item = parse_reference(text)
    assert item["title"] == title
    assert item["type"] == "article-journal"


def test_ilm_is_a_journal_not_a_treaty_series():
    item = parse_reference("Meron T, 'Comment on the Tadić Jurisdiction Decision' (1996) 35 ILM 32")
    assert item["type"] == "article-journal"
    assert item["author"] == [{"family": "Meron", "given": "T"}]


@pytest.mark.parametrize(("text", "kind", "field", "value"), [
    ("Brown, A. (2019) 'Philosophy of mind', Philosophical Papers, no. 2.", "article-journal",
     "container-title", "Philosophical Papers"),
    ("Smith, J. (2006) 'Title', PNAS, 103(35), 13033.", "article-journal", "page", "13033"),
    ("Daniel Trust (2015) A book. London: Verso.", "book", "author",
     [{"family": "Trust", "given": "Daniel"}]),
    ("Churchill, W. (1940) Letter to Clementine (undated). London: Archive.", "book", "title",
     "Letter to Clementine (undated)"),
])
def test_journals_pages_surnames_and_titles_the_new_rules_leave_alone(text, kind, field, value):
    item = parse_reference(text)
    assert (item["type"], item[field]) == (kind, value)


@pytest.mark.parametrize(("text", "locator"), [
    ("Smith, J. (2010) The 'Underclass' in America. London: Routledge, p. 45.", "p. 45"),
    ("Christensen, C. (1997) The Innovator's Dilemma. Boston: Harvard Business Review Press, "
     "pp. 45-47.", "pp. 45-47"),
])
def test_a_books_pages_cited_stay_the_locator(text, locator):
    [cite] = parse_note(text)
    assert cite["locator"] == locator


@pytest.mark.parametrize("text", ["Today (2020) BBC Radio 4, 8 March, 7.30.",
                                  "Smith 2010, 2.5 million people fled."])
def test_an_hour_or_a_decimal_is_no_locus(text):
    assert all(c["locator"] is None for c in parse_note(text))


def test_a_second_citation_by_a_contributor_is_not_joined_to_the_first():
    assert len(parse_note("Brown 2001, p. 3; Introduction by Lee 2014, p. 2.")) == 2
    assert len(parse_note("Jones 2019, p. 1; edited collections by Hall 2008 take the opposite "
                          "view.")) == 2


@pytest.mark.parametrize(("text", "locator", "remark"), [
    ("Plessy v. Ferguson, 163 U.S. 537, 559 (1896) (Harlan, J., dissenting).", "559",
     "(Harlan, J., dissenting)"),
    ("Donoghue v Stevenson [1932] AC 562 (HL) 580 (Lord Atkin).", "580", "(Lord Atkin)"),
    ("Jackson v Attorney General [2005] UKHL 56, [2006] 1 AC 262 [102] (Lord Steyn).", "[102]",
     "(Lord Steyn)"),
])
def test_a_judge_or_a_parenthetical_after_a_case_is_its_remark(text, locator, remark):
    [cite] = parse_note(text)
    assert (cite["form"], cite["locator"], cite["remark"]) == ("full", locator, remark)
    assert remark not in cite["reference"]


def test_editors_each_marked_ed_stay_editors():
    item = parse_reference("Smith, J. (2001) 'A chapter', in Lee, K. (ed.), Brown, T. (ed.) "
                           "Urban Worlds. London: Verso.")
    assert [e["family"] for e in item["editor"]] == ["Lee", "Brown"]
    assert item["container-title"] == "Urban Worlds"


def test_apa_web_page_by_an_agency_with_its_department_as_publisher():
    item = parse_reference("U.S. Census Bureau. (n.d.). U.S. and world population clock. U.S. "
                           "Department of Commerce. Retrieved July 3, 2019, from "
                           "https://www.census.gov/popclock/")
    assert item["author"] == [{"literal": "U.S. Census Bureau"}]
    assert item["title"] == "U.S. and world population clock"
    assert item["publisher"] == "U.S. Department of Commerce"
    item = parse_reference("National Institute of Mental Health. (2022). Depression. U.S. "
                           "Department of Health and Human Services. https://www.nimh.nih.gov/x")
    assert (item["title"], item["publisher"]) == (
        "Depression", "U.S. Department of Health and Human Services")


def test_a_season_is_part_of_the_date():
    item = parse_reference("Smith, J. (2020, Spring). Remote learning in rural schools. "
                           "Education Quarterly, 12(1), 3-9.")
    assert item["title"] == "Remote learning in rural schools"
    assert item["issued"]["date-parts"][0][0] == 2020


def test_vancouver_web_items_medium_and_cited_date():
    item = parse_reference("World Health Organization. Obesity and overweight [Internet]. Geneva: "
                           "WHO; 2021 [cited 2023 Mar 14]. Available from: https://www.who.int/x")
    assert item["author"] == [{"literal": "World Health Organization"}]
    assert item["title"] == "Obesity and overweight"
    assert item["accessed"] == {"date-parts": [[2023, 3, 14]]}
    assert (item["publisher-place"], item["publisher"]) == ("Geneva", "WHO")
    item = parse_reference("Smith J, Jones K. Title of the article. BMJ [Internet]. 2014 [cited "
                           "2020 May 2];348:g1687. Available from: https://www.bmj.com/x")
    assert (item["container-title"], item["volume"], item["number"]) == ("BMJ", "348", "g1687")


@pytest.mark.parametrize(("text", "title", "locator"), [
    ("HC Deb 3 February 1977, vol 925, col 973.", "HC Deb 3 February 1977", "973"),
    ("HL Deb 12 March 2019, vol 796, cols 1200–1210.", "HL Deb 12 March 2019",
     "cols 1200–1210"),
])
def test_hansard_debates_with_their_column_cited(text, title, locator):
    [cite] = parse_note(text)
    assert (cite["form"], cite["locator"], cite["label"]) == ("full", locator, "column")
    item = parse_reference(cite["reference"])
    assert (item["type"], item["title"]) == ("legislation", title)
    assert item["number"].startswith("vol ")


@pytest.mark.parametrize(("text", "kind", "role", "title"), [
    ("Parasite. Directed by Bong Joon Ho, CJ Entertainment, 2019.", "motion_picture",
     "director", "Parasite"),
    ("Beowulf. Translated by Seamus Heaney, W. W. Norton, 2000.", "book", "translator",
     "Beowulf"),
])
def test_mla_entries_that_open_with_their_title(text, kind, role, title):
    item = parse_reference(text)
    assert (item["type"], item["title"]) == (kind, title)
    assert role in item and "author" not in item
    assert item["issued"]["date-parts"][0][0] in (2019, 2000)


@pytest.mark.parametrize(("text", "journal"), [
    ('K. He and J. Sun, "Spatial pyramid pooling," IEEE Trans. Pattern Anal. Mach. Intell., '
     'vol. 37, no. 9, pp. 1904–1916, 2015.', "IEEE Trans. Pattern Anal. Mach. Intell."),
    ('R. E. Kalman, "A new approach to linear filtering," J. Basic Eng., vol. 82, no. 1, '
     'pp. 35–45, 1960.', "J. Basic Eng."),
    ("Smith, J. (2001) 'Title', Journal of Peace Research, 38(2), pp. 1–20.",
     "Journal of Peace Research"),
])
def test_an_abbreviated_journal_keeps_its_last_full_stop(text, journal):
    assert parse_reference(text)["container-title"] == journal


# --- counter-examples from the second review ----------------------------------------------

@pytest.mark.parametrize(("text", "publisher"), [
    ("Titanic (1997) Directed by J. Cameron. [DVD]. Los Angeles: Paramount.", "Paramount"),
    ("Roma (2018) Directed by A. Cuarón. [Feature film]. Netflix.", "Netflix"),
])
def test_a_films_medium_after_the_director_loses_nothing(text, publisher):
    item = parse_reference(text)
    assert item["type"] == "motion_picture" and "author" not in item
    assert item["publisher"] == publisher


def test_a_series_in_an_edited_book_is_its_container():
    item = parse_reference("Smith, J. (1990) 'Field systems', in Brown, K. (ed.) Landscape "
                           "Papers 2. Leicester: University of Leicester.")
    assert (item["type"], item["container-title"]) == ("chapter", "Landscape Papers 2")


@pytest.mark.parametrize(("text", "locator"), [
    ("Smith, J. (2020) 'Title', Frontiers in Psychology, 11, article 1234.", None),
    ("Smith, J. (2020) 'Title', Scientific Reports, 9, Article 4567, p. 3.", "p. 3"),
    ("Today, BBC Radio 4, 3 May 2010, 7.30–8.00.", None),
])
def test_article_numbers_and_hours_are_no_locators(text, locator):
    [cite] = parse_note(text)
    assert cite["locator"] == locator


@pytest.mark.parametrize("text", [
    "See Smith, Title (London: X, 2010); edited volumes by Jones and Brown make the same point.",
    "Locke, Two Treatises, ed. P. Laslett (Cambridge: CUP, 1988), 287; introduction by "
    "Laslett, 3–120.",
])
def test_a_contributor_part_joins_only_a_reference_it_completes(text):
    assert len(parse_note(text)) == 2


def test_a_contribution_inside_a_quoted_title_stays_in_it():
    item = parse_reference("Smith, J. (2019) 'Lecture 3, notes by K. Jones', Moodle, University "
                           "of Leeds.")
    assert item["title"] == "Lecture 3, notes by K. Jones"


def test_joined_appeals_stay_one_citation_but_separate_cases_split():
    [cite] = parse_note("R (Miller) v Prime Minister; Cherry v Advocate General for Scotland "
                        "[2019] UKSC 41, [2020] AC 373 [69].")
    assert cite["locator"] == "[69]"
    assert len(parse_note("Donoghue v Stevenson [1932] AC 562; Caparo Industries plc v Dickman "
                          "[1990] 2 AC 605.")) == 2
    assert len(parse_note("See Smith v Jones; cf Brown v Green [2001] UKHL 3.")) == 2


@pytest.mark.parametrize("text", [
    "Dewitte, S., Bruyneel, S., Cannon, P. R., . . . Zwienenberg, M. (2016). A multilab "
    "preregistered replication of the ego-depletion effect. Perspectives on Psychological "
    "Science, 11(4), 546–573.",
    "Vohs, K. D., Schmeichel, B. J., … Zwienenberg, M. (2021). A multisite preregistered "
    "paradigmatic test. Psychological Science, 32(10), 1566–1581.",
])
def test_apas_ellipsis_between_authors_is_no_name(text):
    authors = parse_reference(text)["author"]
    assert authors[-1] == {"family": "Zwienenberg", "given": "M."}
    assert all("." not in a["family"] and a["family"] != "M." for a in authors)


def test_oscola_command_papers_and_a_colon_title_before_a_journal():
    item = parse_reference("Law Commission, Administrative Redress: Public Bodies and the "
                           "Citizen (Law Com No 322, 2010).")
    assert (item["type"], item["number"]) == ("report", "Law Com No 322")
    assert item["issued"] == {"date-parts": [[2010]]}
    item = parse_reference("Peirce, J., Gray, J. R., & Lindeløv, J. K. (2019). PsychoPy2: "
                           "Experiments in behavior made easy. Behavior Research Methods, 51(1), "
                           "195–203.")
    assert item["title"] == "PsychoPy2: Experiments in behavior made easy"
    assert item["container-title"] == "Behavior Research Methods"


def test_a_title_after_the_given_names_is_no_author():
    from essayconv.references.names import parse_names

    assert parse_names("Tennyson, Alfred, Lord.")[0] == [
        {"family": "Tennyson", "given": "Alfred", "suffix": "Lord"}]


def test_oscola_blog_post_and_paper_after_a_quoted_title():
    item = parse_reference("Mark Elliott, 'The Judgment in Cherry/Miller (No 2)' (Public Law for "
                           "Everyone, 24 September 2019) <https://publiclawforeveryone.com/x/> "
                           "accessed 3 March 2024")
    assert (item["type"], item["container-title"]) == ("post-weblog", "Public Law for Everyone")
    assert item["issued"] == {"date-parts": [[2019, 9, 24]]}
    assert item["accessed"] == {"date-parts": [[2024, 3, 3]]}
    item = parse_reference("Martin Loughlin, 'The Case of Prorogation' (Policy Exchange 2019).")
    assert (item["publisher"], item["issued"]) == ("Policy Exchange", {"date-parts": [[2019]]})
    item = parse_reference("Jeremy Waldron, 'The Core of the Case Against Judicial Review' "
                           "(2006) 115 Yale LJ 1346.")
    assert (item["type"], item["container-title"]) == ("article-journal", "Yale LJ")
