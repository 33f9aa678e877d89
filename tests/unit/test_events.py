"""The typed stop cause rides on the event in memory and never reaches its JSON."""

from __future__ import annotations

import dataclasses
import json

import pytest

from recorder.events import CONSENT_KINDS, SESSION_KINDS, Event, StopCause


def _event(kind: str, cause: StopCause | None) -> Event:
    return Event(
        kind,
        8000,
        1.0,
        "2026-01-01T00:00:01.000Z",
        "2026-01-01T01:00:01.000+01:00",
        "why",
        "ab" * 32,
        cause=cause,
    )


@pytest.mark.parametrize("kind", [*SESSION_KINDS, *CONSENT_KINDS])
@pytest.mark.parametrize("cause", [None, *StopCause])
def test_an_events_json_is_byte_identical_whatever_its_cause(
    kind: str, cause: StopCause | None
) -> None:
    event = _event(kind, cause)
    # What ``to_json`` wrote before the cause existed: the seven documented fields, in order.
    before = {
        f.name: getattr(event, f.name) for f in dataclasses.fields(Event) if f.name != "cause"
    }
    assert list(event.to_json()) == [
        "kind",
        "frame",
        "seconds",
        "utc",
        "local",
        "text",
        "pcm_sha256_at",
    ]
    assert json.dumps(event.to_json()) == json.dumps(before)
    assert json.dumps(event.to_json()) == json.dumps(_event(kind, None).to_json())
    assert Event.from_json(event.to_json()) == event  # equality ignores the cause
    assert Event.from_json(event.to_json()).cause is None
