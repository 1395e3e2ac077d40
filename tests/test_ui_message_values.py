"""Widget messages are values: the scenes match them, compare them and keep them in sets and dicts."""

import pytest

from simulator.ui.messages import Back, MoveDate, OpenLesson, Picked, TypeKey


def test_a_message_equals_another_with_the_same_fields_only():
    assert OpenLesson("ring-verkleinen", "oefenen") == OpenLesson(scenario_id="ring-verkleinen", modus="oefenen")
    assert OpenLesson("ring-verkleinen", "oefenen") != OpenLesson("ring-verkleinen", "toets")
    assert TypeKey("1") != Picked("1")  # the same field value in another class is another message
    assert Back() == Back()
    assert len({MoveDate("datum", 1), MoveDate("datum", 1), MoveDate("datum", -1)}) == 2


def test_scenes_match_messages_by_field_order():
    match MoveDate("afhaaldatum", 7):
        case MoveDate(veld, days):
            assert (veld, days) == ("afhaaldatum", 7)
        case _:
            pytest.fail("MoveDate did not match its own pattern")


def test_a_message_cannot_change_and_says_what_it_holds():
    key = TypeKey("wis")
    with pytest.raises(AttributeError):
        key.key = "a"  # type: ignore[misc]
    assert repr(key) == "TypeKey(key='wis')"
    with pytest.raises(TypeError):
        TypeKey()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        TypeKey("a", key="b")  # type: ignore[misc]
