"""The call set-up rules every face shares come from the profiles, governed by the strictest."""

from __future__ import annotations

import pytest

from recorder import announcement, profiles
from recorder.errors import UsageError


@pytest.mark.parametrize("home", profiles.available())
@pytest.mark.parametrize("counterpart", [None, *profiles.available()])
def test_one_rule_picks_the_governing_profile_for_every_pair(
    home: str, counterpart: str | None
) -> None:
    expected = profiles.combine(
        profiles.load(home), profiles.load(counterpart) if counterpart else None
    )
    governing = announcement.governing_profile(home, counterpart)
    assert governing.id == expected.id
    assert announcement.governing_profile_name(home, counterpart, "en") == expected.name.get("en")
    languages = announcement.script_languages(home, counterpart)
    assert languages == [
        lang for lang in announcement.CALL_LANGUAGES if lang in expected.script_languages
    ]
    for lang in languages:
        said = announcement.announcement(home, counterpart, lang, "Marie")
        assert said == expected.scripts.render("opening", lang, "Marie")
        assert announcement.refusal_script(home, counterpart, lang) == (
            expected.scripts.render("on_refusal", lang, "")
        )


def test_an_announcement_needs_a_name_and_a_script_in_the_call_language() -> None:
    with pytest.raises(UsageError, match="Your name is needed"):
        announcement.announcement("ch", None, "fr", "  ")
    missing = [lang for lang in ("xx",) if lang not in profiles.load("ch").script_languages]
    with pytest.raises(UsageError, match="has no script in 'xx'"):
        announcement.announcement("ch", None, *missing, "Marie")


def test_purposes_offered_are_those_every_party_knows_in_the_governing_words() -> None:
    for home in profiles.available():
        for other in profiles.available():
            offered = announcement.purpose_choices(home, other, "en")
            keys = [key for key, _label in offered]
            assert keys == [
                k
                for k in announcement.PURPOSES
                if k in profiles.load(home).purposes and k in profiles.load(other).purposes
            ]
            assert all(label[:1].isupper() for _key, label in offered)


def test_profile_choices_are_named_in_the_asked_language_or_the_fallback() -> None:
    choices = announcement.list_profiles("en")
    assert [c.id for c in choices] == profiles.available()
    assert all(c.name == profiles.load(c.id).name.get("en") for c in choices)
