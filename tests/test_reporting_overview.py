"""The teacher's class overview: per student and werkproces, the criteria the class finds hard, a lesson's progress."""

from datetime import date

from progress_support import DATA, played, scenario, times
from simulator import content
from simulator.progress import Opdracht, Store
from simulator.reporting.overview import class_overview, klassen, lesson_progress


def test_the_class_at_a_glance(tmp_path):
    store = Store(tmp_path)
    ontvangst, prijs = scenario(), content.load(DATA / "prijs.yaml")
    anna = store.create_profile("Anna", klas="JW3A")
    bo = store.create_profile("Bo", klas="JW3A")
    store.create_profile("Cas", klas="JW3B")
    for minutes in (30, 20):
        store.record_attempt(anna.id, ontvangst, played(ontvangst, "beste"), "oefenen", *times(minutes))
    store.record_attempt(bo.id, ontvangst, played(ontvangst, ["2", "1"]), "oefenen", *times(15))
    store.record_attempt(bo.id, prijs, played(prijs, ["121", "2"]), "toets", *times(5))

    assert klassen(store) == ["JW3A", "JW3B"]
    overview = class_overview(store, "jw3a")
    assert [s.profiel.naam for s in overview.leerlingen] == ["Anna", "Bo"]
    anna_row, bo_row = overview.leerlingen
    assert anna_row.pogingen == 2 and bo_row.pogingen == 2
    assert anna_row.werkprocessen["B1-K2-W1"].geoefend == 2 and anna_row.werkprocessen["B1-K2-W3"].niveau == "nieuw"
    assert overview.werkprocessen == ("B1-K2-W1", "B1-K2-W3")

    hardest = overview.moeilijk[0]
    assert (hardest.id, hardest.waarde, hardest.leerlingen, hardest.onvoldoende) == ("B1-K2-W3.5", 0.0, 1, 1)
    assert hardest.tekst == "registreert relevante informatie volledig en nauwkeurig in een systeem"
    assert [h.id for h in overview.moeilijk][-1] == "B1-K2-W3.2"  # Bo calculated the price right

    les = Opdracht(titel="Ontvangen", klas="JW3A", scenarios=["test-winkel-ontvangst", "test-prijs-met-btw"],
                   modus="oefenen", tot=date(2099, 1, 1))
    progress = lesson_progress(store, les)
    assert set(progress) == {anna.id, bo.id}
    assert progress[anna.id]["test-prijs-met-btw"] is None
    assert progress[bo.id]["test-prijs-met-btw"].score == 0.5
