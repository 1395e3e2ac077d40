"""The YAML mistakes teachers really make (issue 15): each gets a Dutch message on the line where the mistake is."""

import pytest

from simulator import content
from simulator.content import ScenarioError
from test_loading import GOOD


def problem(text: str):
    with pytest.raises(ScenarioError) as info:
        content.parse(text.encode("utf-8"), "les/klacht.yaml")
    found = [p for p in info.value.problemen if p.ernst == "fout"]
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


def test_good_file_still_loads():
    assert content.parse(GOOD.encode(), "mini.yaml").scenario.id == "mini"


@pytest.mark.parametrize("line, fixed", [
    ("werkproces: B1-K2-W6", "werkproces B1-K2-W6"),        # followed by another key: YAML stops a line later
    ("    zegt: klant", "    zegt klant"),                  # YAML reads 'zegt klant tekst' and stops at the next ':'
    ('        feedback: "Je toont begrip en onderzoekt eerst."', '        feedback "Je toont begrip en onderzoekt eerst."'),
    ('      - tekst: "Dat ligt vast aan u."', '      - tekst "Dat ligt vast aan u."'),  # in a list item
    ("  slecht:", "  slecht"),                               # a block's name, with the block below it
    ("    afloop: escalatie", "    afloop escalatie"),      # the last line of the file
])
def test_a_missing_colon_is_reported_on_its_own_line(line, fixed):
    number = GOOD.splitlines().index(line) + 1
    key = fixed.split()[0].lstrip("-") or fixed.split()[1]
    p = problem(GOOD.replace(line, fixed))
    assert (p.code, p.regel) == ("J110", number)
    assert p.bericht == f"Op deze regel mist een dubbele punt ':' na '{key}'."
    assert p.hint.startswith(f"Schrijf '{key}:")


def test_the_missing_colon_hint_shows_the_corrected_line():
    p = problem(GOOD.replace("werkproces: B1-K2-W6", "werkproces B1-K2-W6"))
    assert p.hint == "Schrijf 'werkproces: B1-K2-W6'. Elke regel in een blok is 'sleutel: waarde'."


def test_text_with_a_colon_says_put_quotes_around_the_text():
    p = problem(GOOD.replace('einde: "De klant is tevreden."', "einde: Let op: de klant is tevreden"))
    assert (p.code, p.regel) == ("J110", 23)
    assert p.bericht == ("Deze tekst bevat een dubbele punt met een spatie erna (': '). "
                         "Dan denkt YAML dat hier een nieuwe sleutel begint.")
    assert p.hint == 'Zet aanhalingstekens om de tekst: einde: "Let op: de klant is tevreden"'


def test_text_with_a_colon_in_a_list_item():
    p = problem(GOOD.replace('      - tekst: "Dat ligt vast aan u."', "      - tekst: Eerlijk: dat ligt aan u."))
    assert (p.code, p.regel) == ("J110", 18)
    assert p.hint == 'Zet aanhalingstekens om de tekst: - tekst: "Eerlijk: dat ligt aan u."'


def test_words_curly_quotes_say_use_straight_quotes():
    p = problem(GOOD.replace('tekst: "Mijn ketting is weer kapot!"', "tekst: “Let op: mijn ketting is kapot!”"))
    assert (p.code, p.regel) == ("J110", 12)
    assert "gekrulde aanhalingstekens (“ ”)" in p.bericht and "Word" in p.bericht
    assert p.hint == ('Zet aanhalingstekens om de tekst, en gebruik rechte aanhalingstekens "…": '
                      'tekst: "Let op: mijn ketting is kapot!"')


def test_the_corrected_line_of_the_hint_loads():
    """A teacher who types the hint's line exactly gets a working file."""
    p = problem(GOOD.replace('tekst: "Mijn ketting is weer kapot!"', "tekst: “Let op: mijn ketting is kapot!”"))
    fixed = "    " + p.hint.split('"…": ', 1)[1]
    geladen = content.parse(GOOD.replace('    tekst: "Mijn ketting is weer kapot!"', fixed).encode(), "x.yaml")
    assert geladen.scenario.stappen["begin"].tekst == "Let op: mijn ketting is kapot!"


@pytest.mark.parametrize("spaces", [6, 7])
def test_a_line_indented_less_than_its_block_names_the_blocks_column_not_a_dash(spaces):
    p = problem(GOOD.replace('        feedback: "Je toont begrip', " " * spaces + 'feedback: "Je toont begrip'))
    assert (p.code, p.regel, p.kolom) == ("J110", 16, spaces + 1)
    assert p.bericht == (f"Deze regel springt {spaces} spaties in, maar het blok erboven 8 spaties: "
                         "'gedrag' op regel 15 staat in kolom 9.")
    assert p.hint == ("Laat 'feedback' precies zo ver inspringen als 'gedrag' op regel 15 (8 spaties); hoort hij bij "
                      "een hoger blok, dan zoals 'keuzes' op regel 13 (4 spaties).")
    assert "- " not in p.bericht + p.hint


def test_a_line_indented_more_than_its_block():
    p = problem(GOOD.replace("        naar: goed", "          naar: goed"))
    assert (p.code, p.regel) == ("J110", 17)
    assert p.bericht == ("Deze regel springt 10 spaties in, maar het blok erboven 8 spaties: "
                         "'feedback' op regel 16 staat in kolom 9.")
    assert p.hint == "Laat 'naar' precies zo ver inspringen als 'feedback' op regel 16 (8 spaties)."


def test_two_keys_of_one_block_indented_differently():
    p = problem(GOOD.replace("    zegt: klant", "   zegt: klant"))
    assert (p.code, p.regel) == ("J110", 12)
    assert p.bericht.startswith("Deze regel springt 4 spaties in, en regel 11 erboven 3 spaties.")


def test_a_key_indented_less_than_the_keys_around_it_is_blamed_itself():
    # a teacher's wereld.yaml: 'leeftijd' two spaces in between keys at four; YAML only stumbles a line later
    p = problem(GOOD.replace('    tekst: "Mijn ketting', '  tekst: "Mijn ketting'))
    assert (p.code, p.regel, p.kolom) == ("J110", 12, 3)
    assert p.bericht == "Deze regel springt 2 spaties in, maar de regels erboven en eronder 4 spaties."
    assert p.hint.startswith("Laat 'tekst' even ver inspringen als regel 13 (4 spaties)")


def test_two_keys_indented_as_far_as_their_block_are_named_together():
    p = problem(GOOD.replace("    zegt: klant", "  zegt: klant").replace('    tekst: "Mijn ketting', '  tekst: "Mijn ketting'))
    assert (p.code, p.regel) == ("J110", 11)
    assert p.bericht == ("Regels 11 en 12 springen 2 spaties in, even ver als 'begin' op regel 10; wat in dat blok "
                         "hoort, springt verder in.")
    assert p.hint.startswith("Laat die regels even ver inspringen als regel 13 (4 spaties)")


def test_a_top_level_key_indented_by_one_space():
    p = problem(GOOD.replace("start: begin", " start: begin"))
    assert (p.code, p.regel) == ("J110", 8)
    assert p.bericht == "Deze regel springt 1 spatie in, maar het blok erboven 2 spaties: 'klant' op regel 7 staat in kolom 3."
    assert "'personages' op regel 6 (0 spaties)" in p.hint


def test_a_dash_without_a_space():
    p = problem(GOOD.replace('      - tekst: "Dat ligt', '      -tekst: "Dat ligt'))
    assert (p.code, p.regel) == ("J110", 18)
    assert p.bericht == "Na het streepje '-' van een lijstitem hoort een spatie."


def test_an_apostrophe_inside_single_quotes():
    p = problem(GOOD.replace('tekst: "Mijn ketting is weer kapot!"', "tekst: 'Zo'n mooie ketting is kapot'"))
    assert (p.code, p.regel) == ("J110", 12)
    assert "apostrof" in p.bericht
    assert p.hint == 'Zet de tekst tussen dubbele aanhalingstekens: tekst: "Zo\'n mooie ketting is kapot"'


def test_text_after_a_closing_quote():
    p = problem(GOOD.replace('tekst: "Mijn ketting is weer kapot!"', 'tekst: "Mijn ketting" is weer kapot'))
    assert (p.code, p.regel) == ("J110", 12)
    assert p.bericht == "Na de tekst tussen aanhalingstekens staat nog iets op deze regel."


def test_a_control_character_is_named_with_its_place():
    p = problem(GOOD.replace("Een korte test.", "Een korte\x0b test."))
    assert (p.code, p.regel, p.kolom) == ("J110", 5, 25)
    assert p.bericht == "Hier staat een onzichtbaar stuurteken (code 0x0b) dat niet in een tekstbestand hoort."


def test_a_wrong_soort_names_the_soort_and_never_suggests_the_same_word():
    text = GOOD.replace('  goed:\n    einde: "De klant is tevreden."',
                        '  goed:\n    soort: dialoog\n    tekst: "Fijn."\n    naar: slecht')
    with pytest.raises(ScenarioError) as info:
        content.parse(text.encode(), "les/klacht.yaml")
    shown = {(p.code, p.regel): p for p in info.value.problemen}
    naar = shown[("J202", 25)]
    assert naar.bericht == "De sleutel 'naar' hoort niet bij deze stap met 'soort: dialoog'."
    assert "bedoelde je" not in naar.hint
    assert naar.hint.startswith("'naar' hoort bij een stap van soort ") and " vertelling" in naar.hint.split(".")[0]
    assert "Een stap met 'soort: dialoog' heeft 'keuzes' nodig." in shown[("J201", 22)].hint


def test_an_unknown_soort_suggests_the_close_one():
    p = problem(GOOD.replace('  goed:\n    einde:', '  goed:\n    soort: eind\n    einde:'))
    assert (p.code, p.regel) == ("J203", 23)
    assert p.bericht == "Stap 'goed' heeft 'soort: eind', maar dat soort stap bestaat niet."
    assert p.hint.startswith("bedoelde je 'einde'?")


def test_a_real_key_in_the_wrong_block_says_so_instead_of_a_typo_hint():
    p = problem(GOOD.replace("duur_minuten: 5", "duur_minuten: 5\nzegt: klant"))
    assert (p.code, p.regel) == ("J202", 5)
    assert p.bericht == "De sleutel 'zegt' hoort niet in het bestand."
    assert "bedoelde je" not in p.hint and "inspringen" in p.hint


def test_a_non_breaking_space_from_word_after_a_colon():
    p = problem(GOOD.replace("  klant: {naam:", "  klant:\u00a0{naam:"))
    assert (p.code, p.regel, p.kolom) == ("J110", 7, 9)
    assert p.bericht == ("Op deze regel staat een vaste spatie (uit Word of een webpagina) waar YAML een gewone "
                         "spatie nodig heeft.")


def test_an_unclosed_brace_names_the_line_it_opens_on():
    p = problem(GOOD.replace("B1-K2-W6.4: 2}", "B1-K2-W6.4: 2"))
    assert (p.code, p.regel) == ("J110", 15)
    assert p.bericht.startswith("Een blok tussen { } of een lijst tussen [ ] wordt hier niet goed afgesloten")


def test_an_indented_first_line():
    p = problem("  " + GOOD)
    assert (p.code, p.regel) == ("J110", 1)
    assert p.bericht.startswith("De eerste regel springt in")
