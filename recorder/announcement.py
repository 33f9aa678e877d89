"""What a call's set-up offers and what is read aloud, from the parties' profiles.

The rules every face shares: which profile governs a call (the strictest of both),
the purposes it may be recorded for (worded as the profile words them: a purpose is a
legal category), the languages it has scripts in, and the scripts themselves. Legal
wording is the profile's own and is never translated here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from recorder import profiles
from recorder.errors import UsageError

PURPOSES = ("support", "order", "complaint", "other")
CALL_LANGUAGES = ("fr", "de", "it", "en")

_cache: dict[Path, tuple[float, profiles.Profile]] = {}


def load_profile(profile_id: str) -> profiles.Profile:
    """A validated profile, re-read only when its file changed (a window asks often)."""
    path = profiles.profiles_dir() / f"{profile_id}.toml"
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return profiles.load(profile_id)  # the core says what is wrong
    cached = _cache.get(path)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    prof = profiles.load(profile_id)
    _cache[path] = (mtime, prof)
    return prof


def governing_profile(home_id: str, counterpart_id: str | None) -> profiles.Profile:
    """The profile whose rule applies: the strictest of both parties'."""
    home = load_profile(home_id)
    other = load_profile(counterpart_id) if counterpart_id else None
    return profiles.combine(home, other)


@dataclass(frozen=True)
class ProfileChoice:
    id: str
    name: str


def text_language(profile_id: str, language: str) -> str | None:
    """The language a profile's texts come in when a reader asks for ``language``.

    A profile not written in that language (the French one has no Italian) answers in
    the core's fallback, English, then French (``profiles.FALLBACK_LANGUAGES``, as
    ``Text.get`` picks). Returns ``language`` itself, that fallback, or None when the
    profile has neither (each text then comes in its first language).
    """
    written = load_profile(profile_id).languages
    return next(
        (lang for lang in (language, *profiles.FALLBACK_LANGUAGES) if lang in written), None
    )


def list_profiles(ui_language: str) -> list[ProfileChoice]:
    """The profiles, named in ``ui_language`` where they are written in it (else in the
    core's fallback, see ``text_language``)."""
    return [
        ProfileChoice(pid, load_profile(pid).name.get(ui_language)) for pid in profiles.available()
    ]


def purpose_choices(
    home_id: str, counterpart_id: str | None, ui_language: str
) -> list[tuple[str, str]]:
    """(id, label) of the call purposes to offer, worded as the governing profile words them.

    A purpose is a legal category (the Swiss let. b exception covers "orders, mandates,
    reservations", nothing wider): its label is the profile's, in the reader's language
    (or the profile's fallback, see ``text_language``), never a paraphrase of a face's own.
    Only purposes every involved profile knows.
    """
    involved = [load_profile(home_id)]
    if counterpart_id:
        involved.append(load_profile(counterpart_id))
    governing = governing_profile(home_id, counterpart_id)
    out = []
    for key in PURPOSES:
        if all(key in p.purposes for p in involved):
            words = str(governing.purposes[key].label.get(ui_language))
            out.append((key, words[:1].upper() + words[1:]))
    return out


def announcement(
    home_id: str,
    counterpart_id: str | None,
    language: str,
    user_name: str,
    *,
    transfer: bool = False,
) -> str:
    """The script to read aloud, from the strictest profile of the call, in the call language.

    Refuses rather than read a script that does not say who records (no name) or one in
    another language than the call's (the profile has no script in it).
    """
    prof = governing_profile(home_id, counterpart_id)
    name = user_name.strip()
    if not name:
        raise UsageError(
            "Your name is needed: the announcement says who is recording. Enter it in Settings."
        )
    if language not in prof.script_languages:
        raise UsageError(
            f"The {prof.name.get('en')} profile has no script in {language!r}; "
            f"choose one of {', '.join(prof.script_languages)}."
        )
    return str(prof.scripts.render("transfer" if transfer else "opening", language, name))


def script_languages(home_id: str, counterpart_id: str | None) -> list[str]:
    """The call languages the governing profile has scripts in (in ``CALL_LANGUAGES`` order)."""
    prof = governing_profile(home_id, counterpart_id)
    return [lang for lang in CALL_LANGUAGES if lang in prof.script_languages]


def governing_profile_name(home_id: str, counterpart_id: str | None, language: str) -> str:
    """The name of the profile whose rule governs the call (the strictest of both)."""
    return str(governing_profile(home_id, counterpart_id).name.get(language))


def refusal_script(home_id: str, counterpart_id: str | None, language: str) -> str:
    """What to say when the other party refuses, as the governing profile words it."""
    prof = governing_profile(home_id, counterpart_id)
    return str(prof.scripts.render("on_refusal", language, ""))
