"""Profiles: the bundled ones load, broken ones fail clearly and whole, combine() is symmetric."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recorder import profiles
from recorder.errors import BadInputError, UsageError
from recorder.legality import ASSESSMENT_LABELS
from recorder.resources import label_tables, resources_dir
from tests.helpers.fuzz import fuzz

PROFILE_DIR = resources_dir() / "profiles"
CH = (PROFILE_DIR / "ch.toml").read_text(encoding="utf-8")
FR = (PROFILE_DIR / "fr.toml").read_text(encoding="utf-8")
TEMOIN = Path(sys.executable).parent / "temoin"


def test_bundled_profiles_are_listed_and_load() -> None:
    assert profiles.available() == ["ch", "fr"]
    ch, fr = profiles.load("ch"), profiles.load("fr")
    assert ch.consent.rule == "all_parties"
    assert fr.consent.rule == "presumed_on_notice"
    assert fr.consent.explicit_yes  # Témoin still asks for a yes in France
    assert set(ch.script_languages) == {"fr", "de", "it", "en"}
    assert set(fr.script_languages) == {"fr", "en"}
    assert set(fr.languages) == {"fr", "en", "de"}


def test_content_hash_is_the_sha256_of_the_file_bytes() -> None:
    p = profiles.load("ch")
    digest = hashlib.sha256((PROFILE_DIR / "ch.toml").read_bytes()).hexdigest()
    assert p.content_hash == f"sha256:{digest}"


def test_load_by_path_and_unknown_id(tmp_path: Path) -> None:
    copy = tmp_path / "ch.toml"
    copy.write_text(CH, encoding="utf-8")
    assert profiles.load(str(copy)).id == "ch"
    with pytest.raises(UsageError, match="unknown profile 'xx'; available: ch, fr"):
        profiles.load("xx")
    with pytest.raises(BadInputError, match="file not found"):
        profiles.load(str(tmp_path / "nope.toml"))


def test_profiles_are_immutable() -> None:
    p = profiles.load("ch")
    with pytest.raises(AttributeError):
        p.id = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        p.uses["keep"] = {}  # type: ignore[index]


@pytest.mark.parametrize("pid", ["ch", "fr"])
def test_scripts_say_who_why_where_and_that_one_may_refuse(pid: str) -> None:
    p = profiles.load(pid)
    for lang in p.script_languages:
        text = p.scripts.render("opening", lang, "Alex Martin")
        assert "Alex Martin" in text
        assert "{" not in text
        assert len(text) < 500  # short enough to read aloud
        assert text.rstrip().endswith("?")


def test_every_statement_has_sources_with_a_confidence() -> None:
    for p in profiles.load_all():
        statements = [*p.reasons.values(), p.retention]
        statements += [u.statement for u in p.uncertainties]
        for s in statements:
            assert s.sources
            assert all(src.confidence in ("high", "medium", "inference") for src in s.sources)
        for per in p.uses.values():
            assert all(rule.sources for rule in per.values())


def test_publication_is_at_most_conditional_in_every_profile() -> None:
    for p in profiles.load_all():
        assert all(r.status != "allowed" for r in p.uses["publish"].values())


def test_assessment_labels_are_complete_in_four_languages() -> None:
    tables = label_tables(ASSESSMENT_LABELS, "by_key", profiles.UI_LANGUAGES)
    assert "verdict.consented" in tables["en"]
    keys = set().union(*(set(t) for t in tables.values()))
    assert all(set(tables[lang]) == keys for lang in ("fr", "de", "en", "it"))


# --------------------------------------------------------------------------- combine


def _variant(text: str, pid: str, rule: str, strictness: int) -> profiles.Profile:
    text = re.sub(r'^id = ".*"$', f'id = "{pid}"', text, count=1, flags=re.M)
    text = re.sub(r'^rule = ".*"$', f'rule = "{rule}"', text, count=1, flags=re.M)
    text = re.sub(r"^strictness = \d+$", f"strictness = {strictness}", text, count=1, flags=re.M)
    return profiles.parse_profile(text.encode(), f"{pid}.toml")


def test_combine_picks_the_strictest_rule_both_ways() -> None:
    ch, fr = profiles.load("ch"), profiles.load("fr")
    assert profiles.combine(ch, fr) is ch
    assert profiles.combine(fr, ch) is ch
    assert profiles.combine(fr, None) is fr


_variant_st = st.builds(
    lambda base, pid, rule, strictness: _variant(base, pid, rule, strictness),
    st.sampled_from([CH, FR]),
    st.sampled_from(["aa", "ab", "zz", "ch"]),
    st.sampled_from(profiles.RULES),
    st.integers(1, 4),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_variant_st, _variant_st)
def test_combine_is_symmetric(a: profiles.Profile, b: profiles.Profile) -> None:
    assert profiles.combine(a, b) is profiles.combine(b, a) or (
        profiles.combine(a, b).content_hash == profiles.combine(b, a).content_hash
    )
    winner = profiles.combine(a, b)
    loser = b if winner is a else a
    assert winner.consent.strictness >= loser.consent.strictness


# --------------------------------------------------------------------------- malformed


def _broken(text: str, name: str = "ch.toml") -> BadInputError:
    with pytest.raises(BadInputError) as info:
        profiles.parse_profile(text.encode("utf-8"), name)
    return info.value


@pytest.mark.parametrize(
    ("old", "new", "key", "problem"),
    [
        ('version = "1.0.1"\n', "", "version", "missing"),
        ("strictness = 3", 'strictness = "high"', "consent.strictness", "integer"),
        ("review_date = 2026-11-23", 'review_date = "23.11.2026"', "review_date", "YYYY-MM-DD"),
        ("review_date = 2026-11-23", "review_date = 2026-11-23T10:00:00", "review_date", "date"),
        (
            '[name]\nfr = "Suisse"',
            '[name]\nxx = "Suisse"\nfr = "Suisse"',
            "name.xx",
            "unknown language",
        ),
        ('de = "Schweiz"\n', "", "name.de", "missing translation"),
        (
            '[scripts.on_refusal]\nfr = "Entendu',
            '[scripts.on_refusal]\nfr = "   "\nxfr = "Entendu',
            "scripts.on_refusal.fr",
            "must not be empty",
        ),
        (
            'sources = ["cp_179ter_2"]\n[uses.keep.no_valid_consent.reason]',
            "sources = []\n[uses.keep.no_valid_consent.reason]",
            "uses.keep.no_valid_consent.sources",
            "must not be empty",
        ),
        (
            'sources = ["cp_179ter_2"]\n[uses.keep.no_valid_consent.reason]',
            'sources = ["nowhere"]\n[uses.keep.no_valid_consent.reason]',
            "uses.keep.no_valid_consent.sources[0]",
            "unknown source 'nowhere'",
        ),
        ('rule = "all_parties"', 'rule = "everyone"', "consent.rule", "not one of"),
        ('confidence = "medium"', 'confidence = "maybe"', "confidence", "not one of"),
        ("Bonjour, ici {name}.", "Bonjour, ici {nom}.", "scripts.opening.fr", "placeholder {nom}"),
        ('exception = "lit_b"', 'exception = "lit_z"', "purposes.order.exception", "unknown"),
        ("schema = 1", "schema = 2", "schema", "must be 1"),
        ('id = "ch"', 'id = "fr"', "id", "does not match the file name"),
        ("[retention]", "[retention]\ncolour = 1", "retention.colour", "unknown key"),
        (
            '[uses.publish.consented]\nstatus = "conditional"',
            '[uses.publish.consented]\nstatus = "allowed"',
            "uses.publish.consented.status",
            "at most 'conditional'",
        ),
        ("[name]", "[name", "", "not valid TOML"),
    ],
)
def test_malformed_profile_names_file_key_and_problem(
    old: str, new: str, key: str, problem: str
) -> None:
    assert old in CH, old
    err = _broken(CH.replace(old, new, 1))
    assert "ch.toml" in err.message
    assert key in err.message, err.message
    assert problem in err.message, err.message
    assert err.exit_code == 3


def test_not_utf8_is_a_clear_error() -> None:
    with pytest.raises(BadInputError, match=r"ch\.toml.*not UTF-8"):
        profiles.parse_profile(b"\xff\xfe id = 1", "ch.toml")


def test_broken_profile_file_through_the_cli_exits_3_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "ch.toml"
    bad.write_text(CH.replace('de = "Schweiz"\n', ""), encoding="utf-8")
    proc = subprocess.run(
        [str(TEMOIN), "profiles", "show", str(bad)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 3
    assert str(bad) in proc.stderr
    assert "name.de" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_profiles_cli_lists_and_shows_in_the_chosen_language() -> None:
    proc = subprocess.run(
        [str(TEMOIN), "profiles", "--json"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    ids = [p["id"] for p in json.loads(proc.stdout)["profiles"]]
    assert ids == ["ch", "fr"]
    proc = subprocess.run(
        [str(TEMOIN), "profiles", "show", "ch", "--language", "it"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    assert "Svizzera" in proc.stdout
    assert "È d'accordo?" in proc.stdout
    assert "ombudscom" in proc.stdout
    assert "CHF 20" in proc.stdout
    assert "179quinquies al. 1 let. a" in proc.stdout  # sources of the exceptions
    assert "97.462" in proc.stdout
    assert "let. b (inferenza)" in proc.stdout  # an uncertainty's source, with its confidence


LINES = CH.splitlines(keepends=True)
VALUES = st.sampled_from(
    ['""', '"  "', "1", "-5", "true", "[]", "{}", "[1, 2]", '["x"]', "2020-13-01", "1.5", '"x"']
)


@fuzz(150)
@given(st.integers(0, len(LINES) - 1), st.booleans(), VALUES)
def test_mutated_profile_loads_whole_or_fails_clearly(index: int, drop: bool, value: str) -> None:
    lines = list(LINES)
    if drop:
        del lines[index]
    elif "=" in lines[index] and not lines[index].lstrip().startswith("#"):
        lines[index] = lines[index].split("=", 1)[0] + "= " + value + "\n"
    error: BadInputError | None = None
    try:
        p = profiles.parse_profile("".join(lines).encode(), "mutant/ch.toml")
    except BadInputError as exc:
        error = exc
    if error is not None:
        assert error.message.startswith("profile mutant/ch.toml:")
        assert error.message.count(":") >= 2
    else:
        # loaded: then it is complete (every use judged in every verdict, every reason present)
        assert set(p.uses) == set(profiles.USES)
        assert set(p.reasons) == set(profiles.REASON_KEYS)


_json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=5)


@fuzz(100)
@given(
    st.dictionaries(
        st.sampled_from(["schema", "id", "version", "name", "consent", "uses", "x"]),
        st.recursive(_json_scalars, lambda c: st.lists(c, max_size=3)),
        max_size=6,
    )
)
def test_arbitrary_documents_never_crash_the_loader(doc: dict[str, object]) -> None:
    lines = []
    for key, value in doc.items():
        if value is None:
            continue
        lines.append(f"{key} = {json.dumps(value)}")
    error: BadInputError | None = None
    try:
        profiles.parse_profile("\n".join(lines).encode(), "random.toml")
    except BadInputError as exc:
        error = exc
    assert error is None or "random.toml" in error.message


def test_changes_since_is_one_rule_for_deleting_audio_and_for_the_note() -> None:
    """Deleting audio needs every profile provably unchanged; the note names proven changes."""
    from recorder.profiles import changes_since, load

    ch = load("ch")
    same = {"id": "ch", "version": ch.version, "content_hash": ch.content_hash}
    edited = {"id": "ch", "version": "0.9", "content_hash": "sha256:" + "0" * 64}
    unsaid = {"id": "ch", "version": "0.9"}  # an older version wrote no hash
    gone = {"id": "zz", "version": "1", "content_hash": "sha256:" + "1" * 64}
    assert changes_since([same]) == []
    [change] = changes_since([edited])
    assert (change.id, change.recorded_version, change.proven) == ("ch", "0.9", True)
    assert change.current == ch
    assert [(c.id, c.proven, c.recorded_hash) for c in changes_since([unsaid])] == [
        ("ch", False, None)
    ]
    assert [(c.id, c.proven, c.current) for c in changes_since([gone])] == [("zz", False, None)]
    # Given the profiles in use, only those are compared.
    assert changes_since([edited, gone], {"fr": load("fr")}) == []
    assert [c.id for c in changes_since([edited, gone], {"ch": ch})] == ["ch"]
