"""A realistic assessment and call, exactly in the shape of CONTRACTS.md section 3.

Scenario: a Swiss subscriber calls a French operator's support line; the
agent is told at the start and says yes (seeds/SCENARIOS.md, like S15 with
consent granted). Cross-border, so the stricter Swiss all-parties rule
applies. Texts follow shared/legal/FACTS.md and carry its confidence levels.
This is test data for the renderer, not the output of recorder.legality.
"""

from __future__ import annotations

import copy
from typing import Any

LANGUAGES = ("fr", "de", "en")

FEDLEX_CP = "https://www.fedlex.admin.ch/eli/cc/54/757_781_799/fr"
MEDIATEUR_URL = "https://www.mediateur-telecom.fr"
OMBUDSCOM_URL = "https://www.ombudscom.ch"


def src(cite: str, confidence: str = "high", url: str | None = None) -> dict[str, Any]:
    return {"cite": cite, "url": url, "confidence": confidence}


CP_179TER_1 = src("CP art. 179ter al. 1", url=FEDLEX_CP)
CP_179TER_2 = src("CP art. 179ter al. 2", url=FEDLEX_CP)
CP_226_1 = src("Code pénal art. 226-1")
CP_226_2 = src("Code pénal art. 226-2", "medium")
FDPIC = src("FDPIC, guidance on recording telephone calls")
CC_28 = src("CC art. 28", "medium")
CCIV_9 = src("Code civil art. 9")
LINDQVIST = src("CJEU C-101/01 Lindqvist")
FADP_2 = src("FADP art. 2 al. 2 let. a", "medium")
CPC_152 = src("CPC art. 152 al. 2")
OMBUDSCOM = src("ombudscom, rules of procedure")
MEDIATEUR = src("Médiateur des communications électroniques, charter")
STRICTER = src(
    "Stricter rule across jurisdictions (Kearney v. Salomon Smith Barney, 2006)", "inference"
)
RETENTION = src("Témoin retention advice", "inference")

# Every human text, per language: (fr, de, en).
T: dict[str, tuple[str, str, str]] = {
    "disclaimer": (
        "Information, pas un avis juridique. Pour une décision, consultez un avocat.",
        "Information, keine Rechtsberatung. Für einen Entscheid wenden Sie sich an eine Anwältin "
        "oder einen Anwalt.",
        "Information, not legal advice. For a decision, ask a lawyer.",
    ),
    "verdict_text": (
        "Enregistré avec le consentement de chaque participant",
        "Mit der Einwilligung aller Beteiligten aufgenommen",
        "Recorded with every participant's consent",
    ),
    "rule": (
        "Tous les participants doivent consentir (règle suisse, la plus stricte des deux).",
        "Alle Beteiligten müssen einwilligen (Schweizer Regel, die strengere der beiden).",
        "Every participant must consent (Swiss rule, the stricter of the two).",
    ),
    "purpose_text": (
        "Appel au support technique",
        "Anruf beim technischen Support",
        "Call to technical support",
    ),
    "reason_consent": (
        "L’agent a été informé à 00:00 que l’appel était enregistré, par qui et pourquoi, "
        "et a accepté à 00:06, sur l’enregistrement.",
        "Die Mitarbeiterin wurde bei 00:00 informiert, dass, von wem und wozu aufgenommen "
        "wird, und hat bei 00:06 auf der Aufnahme zugestimmt.",
        "The agent was told at 00:00 that the call was recorded, by whom and why, and agreed "
        "at 00:06, on the recording.",
    ),
    "reason_stricter": (
        "Les parties sont dans deux pays : la règle la plus stricte s’applique.",
        "Die Parteien sind in zwei Ländern: Es gilt die strengere Regel.",
        "The parties are in two countries: the stricter rule applies.",
    ),
    "reason_publish": (
        "Consentir à l’enregistrement n’est pas consentir à sa publication.",
        "Die Einwilligung in die Aufnahme ist keine Einwilligung in ihre Veröffentlichung.",
        "Consent to record is not consent to publish.",
    ),
    "keep": ("Garder", "Aufbewahren", "Keep"),
    "keep_reason": (
        "Enregistré avec consentement ; gardez-le pour le but annoncé.",
        "Mit Einwilligung aufgenommen; für den angekündigten Zweck aufbewahren.",
        "Recorded with consent; keep it for the announced purpose.",
    ),
    "ombudsman": ("Médiateur", "Ombudsstelle", "Ombudsman"),
    "ombudsman_reason": (
        "L’annonce a nommé cet usage.",
        "Die Ankündigung hat diese Verwendung genannt.",
        "The announcement named this use.",
    ),
    "lawyer": ("Avocat", "Anwalt", "Lawyer"),
    "lawyer_reason": (
        "Les interdictions visent les enregistrements faits sans consentement.",
        "Die Verbote betreffen Aufnahmen ohne Einwilligung.",
        "The prohibitions target recordings made without consent.",
    ),
    "court": ("Tribunal", "Gericht", "Court"),
    "court_reason": (
        "Preuve obtenue licitement ; le tribunal l’apprécie.",
        "Rechtmässig erlangtes Beweismittel; das Gericht würdigt es.",
        "Lawfully obtained evidence; the court weighs it.",
    ),
    "publish": ("Publier", "Veröffentlichen", "Publish"),
    "publish_reason": (
        "Seulement avec le consentement de chaque personne entendue à la publication.",
        "Nur mit der Einwilligung jeder hörbaren Person in die Veröffentlichung.",
        "Only with each speaker's consent to the publication.",
    ),
    "cond_written": (
        "Réclamation écrite au service client, puis au service consommateurs.",
        "Zuerst schriftliche Reklamation beim Kundendienst, dann beim Beschwerdedienst.",
        "First a written complaint to customer service, then to the appeal service.",
    ),
    "cond_delay": (
        "Après 1 mois sans réponse satisfaisante (2 mois sans réponse), dans l’année.",
        "Nach 1 Monat ohne befriedigende Antwort (2 Monaten ohne Antwort), innert eines Jahres.",
        "After 1 month without a satisfying answer (2 months with none), within 1 year.",
    ),
    "cond_ombudscom": (
        "Tentative écrite de règlement avec l’opérateur, dernier contact il y a 12 mois au plus ; "
        "émolument CHF 20.",
        "Schriftlicher Einigungsversuch mit dem Anbieter, letzter Kontakt höchstens 12 Monate "
        "her; Gebühr CHF 20.",
        "A written attempt to settle with the provider, last contact at most 12 months ago; "
        "fee CHF 20.",
    ),
    "retention": (
        "Gardez-le jusqu’à la fin du litige et d’un éventuel recours, au moins 12 mois, "
        "puis supprimez-le.",
        "Bis zum Ende des Streits und allfälliger Rechtsmittel aufbewahren, mindestens 12 "
        "Monate, dann löschen.",
        "Keep it until the dispute and any appeal are over, at least 12 months, then delete it.",
    ),
    "unc_body": (
        "L’organe compétent dépend du pays de l’opérateur.",
        "Welche Stelle zuständig ist, hängt vom Land des Anbieters ab.",
        "Which body is competent depends on the provider's country.",
    ),
    "unc_grace": (
        "La salutation de l’agent, avant l’annonce, figure sur l’enregistrement.",
        "Die Begrüssung der Mitarbeiterin vor der Ankündigung ist auf der Aufnahme.",
        "The agent's greeting, before the announcement, is on the recording.",
    ),
    "announced": ("Annonce faite", "Angekündigt", "Announced"),
    "granted": ("Consentement donné", "Einwilligung erteilt", "Consent given"),
    "marker": ("Repère", "Markierung", "Marker"),
    "announce_text": (
        "Cet appel est enregistré par le client, comme preuve pour le médiateur.",
        "Dieses Gespräch wird vom Kunden als Beweis für die Ombudsstelle aufgenommen.",
        "This call is recorded by the customer, as evidence for the ombudsman.",
    ),
    "home_name": ("Suisse", "Schweiz", "Switzerland"),
    "cp_name": ("France", "Frankreich", "France"),
}

PCM_SHA256 = "9f2c1b7e5a0d4c3b8e6f1a2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3"


def _t(key: str, language: str) -> str:
    return T[key][LANGUAGES.index(language)]


def _event(kind: str, seconds: float, label: str, text: str | None) -> dict[str, Any]:
    frame = round(seconds * 8000)
    sec = int(seconds)
    return {
        "kind": kind,
        "frame": frame,
        "seconds": seconds,
        "utc": f"2026-11-23T18:59:{sec:02d}.000Z",
        "local": f"2026-11-23T19:59:{sec:02d}.000+01:00",
        "text": text,
        "label": label,
    }


def sample_assessment(language: str = "en") -> dict[str, Any]:
    """The assessment dict of the scenario above, with texts in ``language`` (fr, de, en)."""
    lang = language if language in LANGUAGES else "en"

    def use(key: str, status: str, sources: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "use": key,
            "label": _t(key, lang),
            "status": status,
            "reason": _t(f"{key}_reason", lang),
            "sources": copy.deepcopy(sources),
        }

    return {
        "assessment_version": 1,
        "language": language,
        "disclaimer": _t("disclaimer", lang),
        "verdict": "consented",
        "verdict_text": _t("verdict_text", lang),
        "rule": {"id": "all_parties", "text": _t("rule", lang), "profile": "ch"},
        "profiles": [
            {
                "id": "ch",
                "name": _t("home_name", lang),
                "version": "1.0.0",
                "review_date": "2026-11-01",
                "content_hash": "sha256:" + "3b1f0c9d8e7a6b5c" * 4,
                "role": "home",
            },
            {
                "id": "fr",
                "name": _t("cp_name", lang),
                "version": "1.0.0",
                "review_date": "2026-11-01",
                "content_hash": "sha256:" + "0a1b2c3d4e5f6071" * 4,
                "role": "counterpart",
            },
        ],
        "purpose": "support",
        "purpose_text": _t("purpose_text", lang),
        "reasons": [
            {"text": _t("reason_consent", lang), "sources": [CP_179TER_1, FDPIC, CP_226_1]},
            {"text": _t("reason_stricter", lang), "sources": [STRICTER]},
            {"text": _t("reason_publish", lang), "sources": [CC_28, CCIV_9]},
        ],
        "uses": [
            use("keep", "allowed", [CP_179TER_1, FADP_2]),
            use("ombudsman", "allowed", [OMBUDSCOM, MEDIATEUR]),
            use("lawyer", "allowed", [CP_179TER_2, CP_226_2]),
            use("court", "allowed", [CPC_152]),
            use("publish", "conditional", [CC_28, CCIV_9, LINDQVIST]),
        ],
        "complaint_bodies": [
            {
                "name": "ombudscom",
                "url": OMBUDSCOM_URL,
                "conditions": [_t("cond_ombudscom", lang)],
                "sources": [OMBUDSCOM],
            },
            {
                "name": "Médiateur des communications électroniques",
                "url": MEDIATEUR_URL,
                "conditions": [_t("cond_written", lang), _t("cond_delay", lang)],
                "sources": [MEDIATEUR],
            },
        ],
        "retention": {"text": _t("retention", lang), "sources": [RETENTION]},
        "uncertainties": [
            {"text": _t("unc_body", lang), "sources": [src("FACTS.md, design", "inference")]},
            {"text": _t("unc_grace", lang), "sources": [FDPIC]},
        ],
        "timeline": [
            _event("announced", 0.5, _t("announced", lang), _t("announce_text", lang)),
            _event("granted", 6.2, _t("granted", lang), None),
            _event("marker", 48.0, _t("marker", lang), "ticket 4578"),
        ],
    }


def sample_call(
    language: str = "en", counterpart: str = "Orange — service client"
) -> dict[str, Any]:
    """The ``call`` dict render_html/render_pdf take (CONTRACTS.md section 3)."""
    return {
        "recording_id": "20261123-185901-a3f2c1",
        "counterpart": counterpart,
        "started_local": "2026-11-23T19:59:01.123+01:00",
        "duration_s": 754.3,
        "sample_rate": 8000,
        "device": "pipewire (ALSA)",
        "pcm_sha256": PCM_SHA256,
        "app_version": "0.1.0",
        "language": language,
    }


def all_cites(assessment: dict[str, Any]) -> set[str]:
    """Every Source.cite the note must show."""
    cites: set[str] = set()
    groups = [
        *assessment["reasons"],
        *assessment["uses"],
        *assessment["complaint_bodies"],
        assessment["retention"],
        *assessment["uncertainties"],
    ]
    for group in groups:
        cites.update(s["cite"] for s in group["sources"])
    return cites
