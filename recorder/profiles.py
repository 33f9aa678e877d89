"""Jurisdiction profiles: what the law requires where each party is, as checked data.

A profile (``resources/profiles/<id>.toml``, format in ``SCHEMA.md`` beside
it) holds the consent rule, the scripts to read aloud, the exceptions, what
the user may do with a recording per verdict, complaint bodies, retention
advice and the sources of every statement. Legal wording lives here, never in
code. Loading is all-or-nothing: the whole file is validated first and any
problem raises :class:`BadInputError` naming the file, the key path and the
problem, so a broken profile can never half-apply. The SHA-256 of the file's
bytes goes into every recording made with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from recorder.errors import BadInputError, UsageError
from recorder.resources import resources_dir

SCHEMA_VERSION = 1
UI_LANGUAGES = ("fr", "de", "en", "it")


def language_from_env() -> str:
    """The language of $LC_ALL/$LC_MESSAGES/$LANG if Témoin speaks it, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        env = os.environ.get(var, "")[:2].lower()
        if env in UI_LANGUAGES:
            return env
    return "en"


# Language used when a text lacks the requested one (French first: both
# current profiles are written from French-language sources).
FALLBACK_LANGUAGES = ("en", "fr")
CONFIDENCES = ("high", "medium", "inference")
RULES = ("one_party", "presumed_on_notice", "all_parties")
RULE_RANK = {rule: rank for rank, rule in enumerate(RULES, start=1)}
VERDICTS = ("consented", "exception_may_apply", "no_valid_consent")
USES = ("keep", "ombudsman", "lawyer", "court", "publish")
STATUSES = ("allowed", "conditional", "not_allowed")
ON_REFUSAL = ("delete_since_boundary", "delete_all")
SCRIPT_KINDS = ("opening", "transfer", "on_refusal")
REASON_KEYS = (
    "not_announced",
    "granted",
    "announced_without_answer",
    "announced_late",
    "refused_first",
    "refused_later",
    "transfer_uncovered",
    "withdrawn",
    "paused",
    "nothing_kept",
    "not_consent_to_publish",
)
# Facts the assessment derives from the consent log; uncertainties select on them.
FACT_TAGS = (
    "not_announced",
    "announced_without_answer",
    "announced_late",
    "transfer_uncovered",
    "refused",
    "withdrawn",
    "paused",
    "cross_border",
)
_ID_RE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Source:
    cite: str
    url: str | None
    confidence: str

    def to_json(self) -> dict[str, Any]:
        return {"cite": self.cite, "url": self.url, "confidence": self.confidence}


@dataclass(frozen=True)
class Text:
    """One statement in several languages."""

    values: Mapping[str, str]

    def get(self, language: str) -> str:
        """The text in ``language``, else English, else French, else any."""
        for lang in (language, *FALLBACK_LANGUAGES):
            if lang in self.values:
                return self.values[lang]
        return next(iter(self.values.values()))

    def format(self, language: str, **fields: str) -> str:
        text = self.get(language)
        for key, value in fields.items():
            text = text.replace("{" + key + "}", value)
        return text


@dataclass(frozen=True)
class Statement:
    text: Text
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class ConsentRule:
    rule: str
    strictness: int
    explicit_yes: bool
    on_refusal: str
    announce_within_s: float
    text: Text
    practice: Text
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Scripts:
    opening: Text
    transfer: Text
    on_refusal: Text
    sources: tuple[Source, ...]

    def render(self, kind: str, language: str, name: str) -> str:
        """A script ready to read aloud, with the user's name filled in."""
        if kind not in SCRIPT_KINDS:
            raise UsageError(f"unknown script {kind!r}; use one of {', '.join(SCRIPT_KINDS)}")
        text: Text = getattr(self, kind)
        return text.format(language, name=name)


@dataclass(frozen=True)
class Purpose:
    id: str
    label: Text
    exception: str | None


@dataclass(frozen=True)
class LegalException:
    id: str
    title: Text
    not_covered_for: tuple[str, ...]
    applies: Statement
    not_covered: Statement


@dataclass(frozen=True)
class UseRule:
    status: str
    reason: Text
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Uncertainty:
    verdicts: tuple[str, ...]
    purposes: tuple[str, ...]
    facts: tuple[str, ...]
    statement: Statement

    def applies(self, verdict: str, purpose: str, facts: frozenset[str]) -> bool:
        return (
            (not self.verdicts or verdict in self.verdicts)
            and (not self.purposes or purpose in self.purposes)
            and all(f in facts for f in self.facts)
        )


@dataclass(frozen=True)
class ComplaintBody:
    id: str
    name: Text
    url: str | None
    conditions: tuple[Text, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Profile:
    id: str
    name: Text
    version: str
    review_date: dt.date
    languages: tuple[str, ...]
    script_languages: tuple[str, ...]
    consent: ConsentRule
    scripts: Scripts
    purposes: Mapping[str, Purpose]
    exceptions: Mapping[str, LegalException]
    reasons: Mapping[str, Statement]
    uses: Mapping[str, Mapping[str, UseRule]]
    uncertainties: tuple[Uncertainty, ...]
    complaint_bodies: tuple[ComplaintBody, ...]
    retention: Statement
    path: Path
    content_hash: str

    def summary_json(self, role: str) -> dict[str, Any]:
        """The profile's identity as recorded in assessments and recordings."""
        return {
            "id": self.id,
            "name": self.name.get("en"),
            "version": self.version,
            "review_date": self.review_date.isoformat(),
            "content_hash": self.content_hash,
            "role": role,
        }


# --------------------------------------------------------------------------- validation


class _Reader:
    """Walks the parsed TOML; every error names the file, the key path and the problem."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str) -> BadInputError:
        where = f" key {key!r}" if key else ""
        return BadInputError(f"profile {self.path}:{where}: {problem}")

    def table(self, data: Any, key: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(key, f"must be a table, not {_type_name(data)}")
        return data

    def only(self, data: dict[str, Any], key: str, allowed: Sequence[str]) -> None:
        for k in data:
            if k not in allowed:
                raise self.fail(
                    _join(key, k), f"unknown key (expected one of {', '.join(allowed)})"
                )

    def get(self, data: dict[str, Any], key: str, name: str) -> Any:
        if name not in data:
            raise self.fail(_join(key, name), "missing")
        return data[name]

    def string(self, data: dict[str, Any], key: str, name: str, *, optional: bool = False) -> str:
        if optional and name not in data:
            return ""
        value = self.get(data, key, name)
        if not isinstance(value, str):
            raise self.fail(_join(key, name), f"must be a string, not {_type_name(value)}")
        if not value.strip():
            raise self.fail(_join(key, name), "must not be empty")
        return value

    def choice(self, data: dict[str, Any], key: str, name: str, choices: Sequence[str]) -> str:
        value = self.string(data, key, name)
        if value not in choices:
            raise self.fail(_join(key, name), f"{value!r} is not one of {', '.join(choices)}")
        return value

    def str_list(
        self,
        data: dict[str, Any],
        key: str,
        name: str,
        choices: Sequence[str] | None = None,
        *,
        optional: bool = False,
        nonempty: bool = False,
    ) -> tuple[str, ...]:
        if optional and name not in data:
            return ()
        value = self.get(data, key, name)
        path = _join(key, name)
        if not isinstance(value, list):
            raise self.fail(path, f"must be a list of strings, not {_type_name(value)}")
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(f"{path}[{i}]", f"must be a string, not {_type_name(item)}")
            if choices is not None and item not in choices:
                raise self.fail(f"{path}[{i}]", f"{item!r} is not one of {', '.join(choices)}")
            if item in out:
                raise self.fail(f"{path}[{i}]", f"{item!r} is listed twice")
            out.append(item)
        if nonempty and not out:
            raise self.fail(path, "must not be empty")
        return tuple(out)

    def text(
        self,
        data: Any,
        key: str,
        languages: Sequence[str],
        placeholders: frozenset[str] = frozenset(),
    ) -> Text:
        table = self.table(data, key)
        values: dict[str, str] = {}
        for lang, value in table.items():
            if lang not in UI_LANGUAGES:
                raise self.fail(
                    _join(key, lang),
                    f"unknown language {lang!r} (expected one of {', '.join(UI_LANGUAGES)})",
                )
            if lang not in languages:
                raise self.fail(
                    _join(key, lang),
                    f"language {lang!r} is not in this profile's languages "
                    f"({', '.join(languages)})",
                )
            if not isinstance(value, str):
                raise self.fail(_join(key, lang), f"must be a string, not {_type_name(value)}")
            if not value.strip():
                raise self.fail(_join(key, lang), "must not be empty")
            for found in _PLACEHOLDER_RE.findall(value):
                if found not in placeholders:
                    allowed = ", ".join("{" + p + "}" for p in sorted(placeholders)) or "none"
                    raise self.fail(
                        _join(key, lang), f"unknown placeholder {{{found}}} (allowed: {allowed})"
                    )
            if "{" in _PLACEHOLDER_RE.sub("", value) or "}" in _PLACEHOLDER_RE.sub("", value):
                raise self.fail(_join(key, lang), "unbalanced { or } in the text")
            values[lang] = value
        for lang in languages:
            if lang not in values:
                raise self.fail(_join(key, lang), "missing translation")
        return Text(MappingProxyType(values))

    def sources(
        self, data: dict[str, Any], key: str, registry: Mapping[str, Source]
    ) -> tuple[Source, ...]:
        names = self.str_list(data, key, "sources", nonempty=True)
        out = []
        for i, name in enumerate(names):
            if name not in registry:
                raise self.fail(
                    f"{_join(key, 'sources')}[{i}]",
                    f"unknown source {name!r} (define it under [sources.{name}])",
                )
            out.append(registry[name])
        return tuple(out)


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _type_name(value: Any) -> str:
    return {
        dict: "a table",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "an integer",
        float: "a number",
    }.get(type(value), type(value).__name__)


_TOP_KEYS = (
    "schema",
    "id",
    "version",
    "review_date",
    "languages",
    "script_languages",
    "name",
    "sources",
    "consent",
    "scripts",
    "purposes",
    "exceptions",
    "reasons",
    "uses",
    "uncertainties",
    "complaint_bodies",
    "retention",
)


def _build(path: Path, raw: bytes) -> Profile:
    r = _Reader(path)
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise r.fail("", f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise r.fail("", f"not valid TOML: {exc}") from None
    r.only(data, "", _TOP_KEYS)

    schema = r.get(data, "", "schema")
    if type(schema) is not int or schema != SCHEMA_VERSION:
        raise r.fail(
            "schema", f"must be {SCHEMA_VERSION} (this Témoin reads schema {SCHEMA_VERSION})"
        )
    pid = r.string(data, "", "id")
    if not _ID_RE.match(pid):
        raise r.fail("id", f"{pid!r} must be lower-case letters, digits, - or _ (at most 32)")
    if path.suffix == ".toml" and path.stem != pid:
        raise r.fail("id", f"{pid!r} does not match the file name {path.name!r}")
    version = r.string(data, "", "version")
    review = r.get(data, "", "review_date")
    if type(review) is not dt.date:
        raise r.fail("review_date", "must be a date written as YYYY-MM-DD (no quotes, no time)")
    languages = r.str_list(data, "", "languages", UI_LANGUAGES, nonempty=True)
    script_languages = r.str_list(data, "", "script_languages", languages, nonempty=True)
    name = r.text(r.get(data, "", "name"), "name", languages)

    # sources registry
    registry: dict[str, Source] = {}
    src_table = r.table(r.get(data, "", "sources"), "sources")
    if not src_table:
        raise r.fail("sources", "must define at least one source")
    for sid, sdata in src_table.items():
        key = f"sources.{sid}"
        s = r.table(sdata, key)
        r.only(s, key, ("cite", "url", "confidence"))
        url: str | None = None
        if "url" in s:
            url = r.string(s, key, "url")
            if not url.startswith("https://"):
                raise r.fail(f"{key}.url", f"{url!r} must start with https://")
        registry[sid] = Source(
            cite=r.string(s, key, "cite"),
            url=url,
            confidence=r.choice(s, key, "confidence", CONFIDENCES),
        )

    def statement(d: Any, key: str, placeholders: frozenset[str] = frozenset()) -> Statement:
        t = r.table(d, key)
        r.only(t, key, ("text", "sources"))
        return Statement(
            text=r.text(r.get(t, key, "text"), f"{key}.text", languages, placeholders),
            sources=r.sources(t, key, registry),
        )

    # consent
    c = r.table(r.get(data, "", "consent"), "consent")
    r.only(
        c,
        "consent",
        (
            "rule",
            "strictness",
            "explicit_yes",
            "on_refusal",
            "announce_within_s",
            "sources",
            "text",
            "practice",
        ),
    )
    strictness = r.get(c, "consent", "strictness")
    if type(strictness) is not int or not 1 <= strictness <= 100:
        raise r.fail("consent.strictness", "must be an integer from 1 to 100")
    explicit_yes = r.get(c, "consent", "explicit_yes")
    if type(explicit_yes) is not bool:
        raise r.fail("consent.explicit_yes", "must be true or false")
    within = r.get(c, "consent", "announce_within_s")
    if type(within) not in (int, float) or not 0 <= within <= 600:
        raise r.fail("consent.announce_within_s", "must be a number of seconds from 0 to 600")
    consent = ConsentRule(
        rule=r.choice(c, "consent", "rule", RULES),
        strictness=strictness,
        explicit_yes=explicit_yes,
        on_refusal=r.choice(c, "consent", "on_refusal", ON_REFUSAL),
        announce_within_s=float(within),
        text=r.text(r.get(c, "consent", "text"), "consent.text", languages),
        practice=r.text(r.get(c, "consent", "practice"), "consent.practice", languages),
        sources=r.sources(c, "consent", registry),
    )

    # scripts
    sc = r.table(r.get(data, "", "scripts"), "scripts")
    r.only(sc, "scripts", ("sources", *SCRIPT_KINDS))
    name_ph = frozenset({"name"})
    scripts = Scripts(
        opening=r.text(
            r.get(sc, "scripts", "opening"), "scripts.opening", script_languages, name_ph
        ),
        transfer=r.text(
            r.get(sc, "scripts", "transfer"), "scripts.transfer", script_languages, name_ph
        ),
        on_refusal=r.text(
            r.get(sc, "scripts", "on_refusal"), "scripts.on_refusal", script_languages, name_ph
        ),
        sources=r.sources(sc, "scripts", registry),
    )

    # exceptions (read before purposes, which refer to them)
    exc_list = r.get(data, "", "exceptions")
    if not isinstance(exc_list, list):
        raise r.fail("exceptions", f"must be a list of tables, not {_type_name(exc_list)}")
    exceptions: dict[str, LegalException] = {}
    for i, ed in enumerate(exc_list):
        key = f"exceptions[{i}]"
        e = r.table(ed, key)
        r.only(e, key, ("id", "title", "not_covered_for", "applies", "not_covered"))
        eid = r.string(e, key, "id")
        if eid in exceptions:
            raise r.fail(f"{key}.id", f"{eid!r} is defined twice")
        exceptions[eid] = LegalException(
            id=eid,
            title=r.text(r.get(e, key, "title"), f"{key}.title", languages),
            not_covered_for=r.str_list(e, key, "not_covered_for", optional=True),
            applies=statement(r.get(e, key, "applies"), f"{key}.applies"),
            not_covered=statement(r.get(e, key, "not_covered"), f"{key}.not_covered"),
        )

    # purposes
    pt = r.table(r.get(data, "", "purposes"), "purposes")
    if not pt:
        raise r.fail("purposes", "must define at least one call purpose")
    purposes: dict[str, Purpose] = {}
    for pid_, pd in pt.items():
        key = f"purposes.{pid_}"
        if not _ID_RE.match(pid_):
            raise r.fail(key, "a purpose id must be lower-case letters, digits, - or _")
        p = r.table(pd, key)
        r.only(p, key, ("label", "exception"))
        exc_id: str | None = None
        if "exception" in p:
            exc_id = r.string(p, key, "exception")
            if exc_id not in exceptions:
                raise r.fail(f"{key}.exception", f"unknown exception {exc_id!r}")
        purposes[pid_] = Purpose(
            id=pid_,
            label=r.text(r.get(p, key, "label"), f"{key}.label", languages),
            exception=exc_id,
        )
    for eid, legal_exc in exceptions.items():
        for j, purpose_id in enumerate(legal_exc.not_covered_for):
            if purpose_id not in purposes:
                raise r.fail(
                    f"exceptions[{list(exceptions).index(eid)}].not_covered_for[{j}]",
                    f"unknown purpose {purpose_id!r}",
                )

    # reasons
    rt = r.table(r.get(data, "", "reasons"), "reasons")
    r.only(rt, "reasons", REASON_KEYS)
    time_ph = frozenset({"time"})
    reasons = {k: statement(r.get(rt, "reasons", k), f"reasons.{k}", time_ph) for k in REASON_KEYS}

    # uses
    ut = r.table(r.get(data, "", "uses"), "uses")
    r.only(ut, "uses", USES)
    verdicts = VERDICTS if exceptions else tuple(v for v in VERDICTS if v != "exception_may_apply")
    uses: dict[str, Mapping[str, UseRule]] = {}
    for use in USES:
        ukey = f"uses.{use}"
        per = r.table(r.get(ut, "uses", use), ukey)
        r.only(per, ukey, verdicts)
        rules: dict[str, UseRule] = {}
        for verdict in verdicts:
            key = f"{ukey}.{verdict}"
            u = r.table(r.get(per, ukey, verdict), key)
            r.only(u, key, ("status", "reason", "sources"))
            rules[verdict] = UseRule(
                status=r.choice(u, key, "status", STATUSES),
                reason=r.text(r.get(u, key, "reason"), f"{key}.reason", languages),
                sources=r.sources(u, key, registry),
            )
        if use == "publish" and rules["consented"].status == "allowed":
            raise r.fail(
                f"{ukey}.consented.status",
                "publication can be at most 'conditional': consent to record is not consent "
                "to publish",
            )
        uses[use] = MappingProxyType(rules)

    # uncertainties
    ul = r.get(data, "", "uncertainties")
    if not isinstance(ul, list):
        raise r.fail("uncertainties", f"must be a list of tables, not {_type_name(ul)}")
    uncertainties = []
    for i, ud in enumerate(ul):
        key = f"uncertainties[{i}]"
        u = r.table(ud, key)
        r.only(u, key, ("verdicts", "purposes", "facts", "text", "sources"))
        uncertainties.append(
            Uncertainty(
                verdicts=r.str_list(u, key, "verdicts", VERDICTS, optional=True),
                purposes=r.str_list(u, key, "purposes", tuple(purposes), optional=True),
                facts=r.str_list(u, key, "facts", FACT_TAGS, optional=True),
                statement=Statement(
                    text=r.text(r.get(u, key, "text"), f"{key}.text", languages),
                    sources=r.sources(u, key, registry),
                ),
            )
        )

    # complaint bodies
    cl = r.get(data, "", "complaint_bodies")
    if not isinstance(cl, list) or not cl:
        raise r.fail("complaint_bodies", "must be a non-empty list of tables")
    bodies = []
    for i, cd in enumerate(cl):
        key = f"complaint_bodies[{i}]"
        b = r.table(cd, key)
        r.only(b, key, ("id", "name", "url", "conditions", "sources"))
        url = None
        if "url" in b:
            url = r.string(b, key, "url")
            if not url.startswith("https://"):
                raise r.fail(f"{key}.url", f"{url!r} must start with https://")
        conds = r.get(b, key, "conditions")
        if not isinstance(conds, list) or not conds:
            raise r.fail(f"{key}.conditions", "must be a non-empty list of tables")
        bodies.append(
            ComplaintBody(
                id=r.string(b, key, "id"),
                name=r.text(r.get(b, key, "name"), f"{key}.name", languages),
                url=url,
                conditions=tuple(
                    r.text(cond, f"{key}.conditions[{j}]", languages)
                    for j, cond in enumerate(conds)
                ),
                sources=r.sources(b, key, registry),
            )
        )

    retention = statement(r.get(data, "", "retention"), "retention")

    return Profile(
        id=pid,
        name=name,
        version=version,
        review_date=review,
        languages=languages,
        script_languages=script_languages,
        consent=consent,
        scripts=scripts,
        purposes=MappingProxyType(purposes),
        exceptions=MappingProxyType(exceptions),
        reasons=MappingProxyType(reasons),
        uses=MappingProxyType(uses),
        uncertainties=tuple(uncertainties),
        complaint_bodies=tuple(bodies),
        retention=retention,
        path=path,
        content_hash="sha256:" + hashlib.sha256(raw).hexdigest(),
    )


# --------------------------------------------------------------------------- public API


def profiles_dir() -> Path:
    return resources_dir() / "profiles"


def load_path(path: Path) -> Profile:
    """Load and validate one profile file; nothing is returned unless all of it is valid."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BadInputError(f"profile {path}: file not found") from None
    except OSError as exc:
        raise BadInputError(f"profile {path}: cannot be read ({exc.strerror})") from None
    return _build(path, raw)


def parse_profile(raw: bytes, name: str = "<profile>") -> Profile:
    """Validate profile bytes not read from a file (tests, imports); ``name`` appears in errors."""
    return _build(Path(name), raw)


def available() -> list[str]:
    """Ids of the bundled profiles, sorted."""
    folder = profiles_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.toml"))


def load(ref: str) -> Profile:
    """A profile by id (``ch``) or by path (anything with a slash or ending in ``.toml``)."""
    if "/" in ref or ref.endswith(".toml") or "\\" in ref:
        return load_path(Path(ref).expanduser())
    ids = available()
    if ref not in ids:
        raise UsageError(
            f"unknown profile {ref!r}; available: {', '.join(ids) or 'none'} "
            "(or give the path of a .toml file)"
        )
    return load_path(profiles_dir() / f"{ref}.toml")


@dataclass(frozen=True)
class ProfileChange:
    """A profile a recording was judged by whose content may not be the same today."""

    id: str
    recorded_version: str
    recorded_hash: str | None  # None: the recording did not say (made by an older version)
    current: Profile | None  # None: it cannot be loaded today

    @property
    def proven(self) -> bool:
        """Both contents are known and differ, as opposed to one of them being unknown."""
        return self.recorded_hash is not None and self.current is not None


def changes_since(
    recorded: Sequence[Mapping[str, Any]], current: Mapping[str, Profile] | None = None
) -> list[ProfileChange]:
    """The profiles a recording names (``meta.profiles``, with content hashes) that are not
    provably the same today: the one rule for "the law's text changed since the call".

    With ``current`` only those profiles (already loaded, by id) are compared; otherwise
    each is loaded by id. Deleting audio needs all of them unchanged (``proven`` or not);
    a note only mentions the ``proven`` changes.
    """
    out = []
    for entry in recorded:
        pid = str(entry.get("id"))
        if current is not None:
            if pid not in current:
                continue
            now: Profile | None = current[pid]
        else:
            try:
                now = load(pid)
            except (BadInputError, UsageError):
                now = None
        recorded_hash = entry.get("content_hash")
        if now is not None and recorded_hash == now.content_hash:
            continue
        out.append(
            ProfileChange(
                pid,
                str(entry.get("version") or "?"),
                str(recorded_hash) if recorded_hash else None,
                now,
            )
        )
    return out


def load_all() -> list[Profile]:
    return [load(pid) for pid in available()]


def combine(home: Profile, counterpart: Profile | None) -> Profile:
    """The profile whose consent rule governs the call: the strictest of both.

    Symmetric: ties on strictness go to the stricter rule kind, then to the
    smaller id, so ``combine(a, b)`` is ``combine(b, a)``.
    """
    if counterpart is None:
        return home
    return max(
        (home, counterpart),
        key=lambda p: (
            p.consent.strictness,
            RULE_RANK[p.consent.rule],
            _neg_id(p.id),
            p.content_hash,
        ),
    )


def _neg_id(pid: str) -> tuple[int, ...]:
    """Orders ids descending so that ``max`` picks the alphabetically first on ties."""
    return (*(-ord(ch) for ch in pid), 1)
