"""``temoin demo``: the whole flow, headless, on a bundled synthetic call.

It shows a new user (and a machine without a display) what Témoin does:
announce, capture the answer on the recording, keep it in a library, export
a signed evidence bundle and verify it. It never touches the user's own
library unless ``--library`` names one.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recorder import profiles
from recorder.call import Call, CallSetup
from recorder.capture import FileSource
from recorder.errors import CheckFailed
from recorder.events import EventSpec
from recorder.resources import resources_dir

# Where the parts of the bundled call are (seconds; see resources/demo/README.md).
DEMO_EVENTS: tuple[EventSpec, ...] = (
    EventSpec("announced", 0.3),
    EventSpec("granted", 6.3),
    EventSpec("marker", 7.8, "Technician promised for Thursday morning"),
)
DEMO_CALL = CallSetup(
    home_profile="ch",
    counterpart="Swisscom (demo)",
    purpose="support",
    language="fr",
    tags={"ticket": "DEMO-4578"},
    recorded_with="temoin demo",
)


@dataclass
class DemoResult:
    folder: Path
    recording_id: str
    bundle: Path
    verified: bool
    steps: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "recording_id": self.recording_id,
            "bundle": str(self.bundle),
            "verified": self.verified,
            "steps": self.steps,
        }


def run_demo(
    out: Path | None,
    library: Path | None,
    language: str = "en",
    say: Callable[[str], None] = lambda line: None,
) -> DemoResult:
    """Record the bundled call with consent, export it and verify the bundle."""
    from recorder.exporting import export_bundle
    from recorder.library import Library
    from recorder.verify import verify

    folder = out if out is not None else Path(tempfile.mkdtemp(prefix="temoin-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    library_root = library if library is not None else folder / "library"
    steps: list[str] = []

    def step(line: str) -> None:
        steps.append(line)
        say(line)

    home = profiles.load("ch")
    step(f"1. Profile: {home.name.get(language)} ({home.id}, version {home.version}).")
    script = home.scripts.render("opening", "fr", "Alex Martin")
    step(f"2. Before recording, the subscriber reads aloud (fr): «{script}»")

    wav = resources_dir() / "demo" / "support_call_fr.wav"
    source = FileSource(wav, realtime=False)
    source.open()
    # The folder stays locked until the call is cut as consent says and indexed.
    with Call(DEMO_CALL, source, library_root, plan=DEMO_EVENTS) as call:
        result = call.record()
        outcome = call.stop()
    step(
        f"3. Recorded {result.duration_s:.1f} s: announced at 0:00, the agent agreed at 0:06 "
        f"(on the recording), marker at 0:07. PCM SHA-256 {result.pcm_sha256[:16]}…"
    )
    if not outcome.indexed:
        raise CheckFailed(outcome.index_problem or "the recording could not be indexed")

    bundle = folder / "demo-bundle.zip"
    with Library.open(library_root) as lib:
        lib.tag(result.id, {"outcome": "technician booked"}, [], [])
    # As `temoin export` does: built read-only, the write lock only for the custody line.
    export_bundle(library_root, result.id, bundle, language=language, listening="mp3")
    step(f"4. Evidence bundle written: {bundle}")

    report = verify(bundle)
    for check in report.checks:
        step(f"   ok   {check}")
    for failure in report.failures:
        step(f"   FAIL {failure}")
    step(
        "5. Verified: every check holds. Open data/index.html inside the zip to listen."
        if report.ok
        else "5. Verification FAILED."
    )
    return DemoResult(folder, result.id, bundle, report.ok, steps)
