"""How a scenario is written: each mistake a teacher makes gets one Dutch message on the line to change."""

import subprocess
import sys

import pytest

from simulator import content
from simulator.content import ScenarioError
from simulator.content.problems import suggest

HEAD = """\
id: stijl
titel: "Een klacht"
werkproces: B1-K2-W6
duur_minuten: 5
samenvatting: "Mevrouw Bakker komt terug met haar ketting."
personages:
  klant: {naam: "Mevrouw Bakker", portret: klant-vrouw-70}
start: s1
stappen:
"""


def step(n: int, good: str, weak: str, good_first: bool = True, last: bool = False, points: int = 2) -> str:
    """A dialogue step with a good and a weak choice, in the order asked."""
    nxt = "einde" if last else f"s{n + 1}"
    good_choice = (f'      - tekst: "{good}"\n        gedrag: {{B1-K2-W6.{n}: {points}}}\n'
                   f'        feedback: "Goed gedaan."\n        naar: {nxt}\n')
    weak_choice = (f'      - tekst: "{weak}"\n        gedrag: {{B1-K2-W6.{n}: -1}}\n'
                   f'        feedback: "Dat kan beter."\n        naar: {nxt}\n')
    body = good_choice + weak_choice if good_first else weak_choice + good_choice
    return f"  s{n}:\n    zegt: klant\n    tekst: \"Zin {n}.\"\n    keuzes:\n{body}"


END = "  einde:\n    einde: \"Mevrouw Bakker gaat naar huis.\"\n"


def scenario(*steps: str, head: str = HEAD) -> str:
    return head + "".join(steps) + END


def mixed(**change) -> str:
    """Four steps: the best choice sometimes first, sometimes shorter (nothing to warn about)."""
    texts = [("Mag ik hem bekijken?", "Die is vast verkeerd gebruikt, dat zien we vaak.", True),
             ("Ik schrijf het op de bon, met uw nummer erbij.", "Komt goed.", False),
             ("Wat vindt u zelf redelijk?", "Dan krijgt u een tegoedbon van de winkel.", False),
             ("Ik bel u morgen.", "We zien wel wanneer hij klaar is, belt u maar eens.", True)]
    texts = [change.get(f"s{i + 1}", t) for i, t in enumerate(texts)]
    return scenario(*(step(i + 1, g, w, first, last=i == 3) for i, (g, w, first) in enumerate(texts)))


def warnings(text: str, name: str = "les/stijl.yaml"):
    return content.parse(text.encode("utf-8"), name).waarschuwingen


def only(text: str, code: str, name: str = "les/stijl.yaml"):
    found = [p for p in warnings(text, name)]
    assert [p.code for p in found] == [code], "\n".join(map(str, found))
    return found[0]


def test_a_well_written_scenario_gets_no_style_warning():
    assert warnings(mixed()) == ()


# -- points -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("points", [5, -5, 3])
def test_points_outside_the_guides_scale_get_a_warning_on_their_line(points):
    text = mixed().replace("gedrag: {B1-K2-W6.2: -1}", f"gedrag: {{B1-K2-W6.2: {points}}}")
    p = only(text, "J414")
    assert p.ernst == "waarschuwing"
    assert text.splitlines()[p.regel - 1].strip() == f"gedrag: {{B1-K2-W6.2: {points}}}"
    assert f"{points:+d} punten voor B1-K2-W6.2: de handleiding gebruikt -2 tot 2." in p.bericht
    assert "kritiek: true" in p.hint


@pytest.mark.parametrize("points", [-1000, 10, 99])
def test_absurd_points_are_an_error(points):
    text = mixed().replace("gedrag: {B1-K2-W6.3: -1}", f"gedrag: {{B1-K2-W6.3: {points}}}")
    with pytest.raises(ScenarioError) as info:
        content.parse(text.encode(), "les/stijl.yaml")
    [p] = info.value.problemen
    assert (p.code, p.ernst) == ("J415", "fout")
    assert f"punten voor B1-K2-W6.3 kan niet kloppen: de schaal loopt van -2 tot 2." in p.bericht
    assert text.splitlines()[p.regel - 1].strip() == f"gedrag: {{B1-K2-W6.3: {points}}}"


def test_tempo_points_are_held_to_the_same_scale():
    from test_workbench_format import HEAD as BANK_HEAD, WERK

    text = BANK_HEAD + WERK.replace("tempo: {B1-K1-W2.4: 1}", "tempo: {B1-K1-W2.4: 4}")
    found = [p for p in content.parse(text.encode(), "t.yaml").waarschuwingen if p.code == "J414"]
    assert [p.bericht for p in found] == ["+4 punten voor B1-K1-W2.4: de handleiding gebruikt -2 tot 2."]


# -- the file's name ----------------------------------------------------------------------------------------

def test_an_id_that_is_not_the_file_name_is_named_with_both(tmp_path):
    path = tmp_path / "klacht-ketting.yaml"
    path.write_text(mixed(), encoding="utf-8")
    found = content.check(path).problemen
    assert [p.code for p in found] == ["J416"]
    assert found[0].regel == 1
    assert found[0].bericht == "Het id 'stijl' is niet gelijk aan de bestandsnaam 'klacht-ketting.yaml'."
    assert "Noem het bestand 'stijl.yaml', of schrijf 'id: klacht-ketting'" in found[0].hint
    (tmp_path / "stijl.yaml").write_text(mixed(), encoding="utf-8")
    assert content.check(tmp_path / "stijl.yaml").problemen == ()


# -- the template -------------------------------------------------------------------------------------------

def test_an_unchanged_template_says_so_once_with_the_lines_to_change(tmp_path):
    out = tmp_path / "verdacht.yaml"
    run = subprocess.run([sys.executable, "-m", "simulator", "nieuw", "--werkproces", "B1-K2-W6", "--titel", "Klacht",
                          "--klant", "Meneer Kok", "--portret", "klant-man-50", "--uit", str(out)],
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0, run.stderr
    found = content.check(out).problemen
    assert [p.code for p in found] == ["J417"]
    text = out.read_text(encoding="utf-8").splitlines()
    assert text[found[0].regel - 1].startswith("samenvatting: \"(Wat gebeurt er?")
    assert "Deze tekst komt nog uit het sjabloon van 'juwelier nieuw'. Nog " in found[0].bericht
    assert "Vervang elke tekst tussen haakjes" in found[0].hint


def test_a_template_text_that_was_replaced_is_no_longer_reported(tmp_path):
    from simulator.content import template

    text = template.skeleton("B1-K2-W6", "Klacht", "Meneer Kok", "klant-man-50").replace("id: klacht ", "id: t ")
    before = [p for p in warnings(text, "t.yaml") if p.code == "J417"]
    assert len(before) == 1
    stage = '(Je kijkt even op en gaat verder met de voorraadlijst.)'
    text = text.replace("(Een fout die studenten echt maken.)", stage)
    after = [p for p in warnings(text, "t.yaml") if p.code == "J417"]
    assert after and after[0].bericht != before[0].bericht  # fewer left; a stage direction in brackets is no template text


# -- where the best choice stands --------------------------------------------------------------------------

def test_the_best_choice_always_first_is_a_warning():
    text = scenario(*(step(i, "Goed.", "Zwak antwoord.", good_first=True, last=i == 4) for i in range(1, 5)))
    found = [p for p in warnings(text) if p.code == "J418"]
    assert [p.bericht for p in found] == [
        "In alle 4 keuzestappen staat de beste keuze bovenaan: wie steeds de eerste kiest, haalt alles goed zonder te lezen."]
    assert text.splitlines()[found[0].regel - 1].strip() == '- tekst: "Goed."'


def test_the_best_choice_always_the_longest_is_a_warning():
    long, short = "Mag ik hem even bekijken en vertelt u wat er gebeurd is?", "Nee."
    text = scenario(*(step(i, long, short, good_first=i % 2 == 0, last=i == 4) for i in range(1, 5)))
    p = only(text, "J418")
    assert p.bericht == ("In alle 4 keuzestappen is de beste keuze ook de langste: een student raadt het goede "
                         "antwoord aan de lengte.")
    assert "Maak de beste keuze korter" in p.hint


def test_the_best_choice_longest_in_all_but_one_step_is_fine():
    assert [p.code for p in warnings(mixed())] == []


# -- amounts -------------------------------------------------------------------------------------------------

def test_amounts_written_two_ways_name_both_with_their_lines():
    text = mixed(s1=("Dat kost € 12,50 voor de sluiting.", "Nee.", True),
                 s3=("Wat vindt u van 12,50 euro?", "Dan krijgt u een tegoedbon van de winkel.", False))
    p = only(text, "J419")
    lines = text.splitlines()
    assert p.bericht.startswith("Bedragen staan op meer dan één manier in de teksten: ")
    assert "'€ 12,50' (regel" in p.bericht and "'12,50 euro' (regel" in p.bericht
    assert "12,50 euro" in lines[p.regel - 1]  # on the first amount written the less usual way
    assert "'€ 12,50'" in p.hint


def test_amounts_written_one_way_are_fine_even_without_the_euro_sign():
    text = mixed(s1=("Dat kost 12,50 euro.", "Nee.", True), s3=("Wat vindt u van 40 euro?", "Nee, niets.", True))
    assert warnings(text) == ()


def test_a_decimal_point_in_a_dutch_text_is_a_warning_on_its_own():
    text = mixed(s1=("Dat kost € 12.50 voor de sluiting.", "Nee.", True))
    p = only(text, "J419")
    assert "met een punt voor de centen, zoals '€ 12.50'" in p.bericht and "een komma" in p.bericht


def test_an_english_text_may_write_thousands_with_a_comma():
    text = mixed(s1=("It is € 4,800, the report says.", "No.", True)).replace("werkproces:", "taal: en\nwerkproces:")
    assert [p.code for p in warnings(text)] == []


# -- dates with a weekday ------------------------------------------------------------------------------------

def test_a_date_with_a_weekday_is_a_warning():
    text = mixed().replace("Zin 2.", "Kunt u maandag 16 december terugkomen?")
    p = only(text, "J420")
    assert p.bericht == "'maandag 16 december' noemt een weekdag bij een datum: dat klopt maar in één jaar."
    assert "Kunt u maandag 16 december" in text.splitlines()[p.regel - 1]


def test_a_date_with_a_weekday_and_a_year_is_checked():
    right = mixed().replace("Zin 2.", "Op dinsdag 16 december 2025 is de winkel open.")
    assert warnings(right) == ()
    wrong = mixed().replace("Zin 2.", "Op maandag 16 december 2025 is de winkel open.")
    assert only(wrong, "J420").bericht == "'maandag 16 december 2025' klopt niet: die dag is een dinsdag."


# -- did you mean -----------------------------------------------------------------------------------------------

def test_a_tool_that_only_shares_letters_is_not_suggested():
    from test_workbench_format import HEAD as BANK_HEAD, WERK

    def j314(tool: str):
        text = BANK_HEAD + WERK.replace("gereedschap: [kastmes, kastpers]", f"gereedschap: [kastmes, kastpers, {tool}]")
        with pytest.raises(ScenarioError) as info:
            content.parse(text.encode(), "t.yaml")
        [p] = info.value.problemen
        assert p.code == "J314" and p.bericht == f"Gereedschap '{tool}' staat niet in de catalogus."
        return p.hint

    hint = j314("kastdrukker")  # looks like 'stiftendrukker' and 'kasthouder', but is neither
    assert "bedoelde je" not in hint and "wereld.yaml" in hint
    assert j314("griffendrukker") == "bedoelde je 'griffenduwer'?"  # another name for the same tool
    assert j314("stiftendrukkker") == "bedoelde je 'stiftendrukker'?"  # a typo


def test_a_typo_and_another_trade_name_are_suggested():
    tools = ["stiftendrukker", "kastmes", "plastic-pincet", "ringstok"]
    assert suggest("griffenduwer", tools) == ""
    assert suggest("stiftendrukkr", tools) == "bedoelde je 'stiftendrukker'?"
    assert suggest("pennendrijver", tools) == "bedoelde je 'stiftendrukker'?"
    assert suggest("Ringdoorn", tools) == "bedoelde je 'ringstok'?"
    assert suggest("plastic-pinset", tools) == "bedoelde je 'plastic-pincet'?"
