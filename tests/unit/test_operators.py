"""The operators offered on the New call form are data in resources/, read once."""

from __future__ import annotations

from recorder import profiles
from recorder.operators import Operator, operators


def test_the_operator_list_is_read_from_resources_in_its_order() -> None:
    listed = operators()
    assert listed[:2] == (Operator("Swisscom", "ch"), Operator("Sunrise", "ch"))
    assert [o.name for o in listed].count("Swisscom") == 1
    assert len(listed) == 10
    assert {o.country for o in listed} <= set(profiles.available())  # a profile exists for each
    assert operators() is listed  # read once
