"""The ``temoin`` command line.

Every subcommand takes ``--library DIR`` and ``--json``. User-facing errors
become a one-line message on stderr and the documented exit code; bugs
become a short message and a crash log, never a traceback on the terminal.
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from recorder import __version__
from recorder.crashlog import CLI_PREFIX, write_crash_log
from recorder.errors import ExitCode, TemoinError, UsageError
from recorder.timefmt import format_hms

GuiLauncher = Callable[[argparse.Namespace], int]
Handler = Callable[[argparse.Namespace], int]


class Output:
    """Human text or JSON on stdout; the only place the CLI prints results."""

    def __init__(self, as_json: bool, stream: TextIO | None = None) -> None:
        self.as_json = as_json
        self.stream = stream or sys.stdout

    def emit(self, data: Any, text: str) -> None:
        if self.as_json:
            json.dump(data, self.stream, ensure_ascii=False, indent=2, sort_keys=False)
            self.stream.write("\n")
        else:
            self.stream.write(text if text.endswith("\n") else text + "\n")
        self.stream.flush()


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="library folder (default: $TEMOIN_HOME, else the user data folder)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="temoin",
        description="Record your own support calls lawfully and turn them into evidence.",
        parents=[common],
        epilog="Run `temoin` with no command to open the desktop app; "
        "`temoin demo` runs the whole flow headless.",
    )
    parser.add_argument("--version", action="version", version=f"temoin {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "devices",
        parents=[common],
        help="list the inputs, and the outputs whose sound can be recorded (the other party)",
    )
    p.set_defaults(handler=_cmd_devices)

    p = sub.add_parser(
        "record",
        parents=[common],
        help="record a call from a device or a WAV/FLAC file",
        description="Record from an input device (until --duration or Ctrl-C) or from a "
        "WAV/FLAC file, into a new recording of the library.",
    )
    p.add_argument("--profile", help="your jurisdiction profile (e.g. ch)")
    p.add_argument("--counterpart-profile", help="the other party's jurisdiction profile")
    p.add_argument("--counterpart", metavar="NAME", help="who you are calling")
    p.add_argument("--purpose", help="support | order | complaint | other")
    p.add_argument("--language", help="language of the call (fr, de, en, it)")
    p.add_argument("--tag", action="append", default=[], metavar="K=V", help="a tag (repeatable)")
    p.add_argument(
        "--event",
        action="append",
        default=[],
        metavar="KIND@SECONDS[=TEXT]",
        help="an event at a time of the input, e.g. granted@6.5 or marker@12.5='ticket 4578'",
    )
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument(
        "--device",
        metavar="default|ID|NAME",
        help="your microphone: default (the system's default input), a number or a name "
        "(see `temoin devices`)",
    )
    src.add_argument("--input", metavar="FILE", help="a WAV or FLAC file to record from")
    p.add_argument(
        "--other-party",
        metavar="default-output|ID|NAME",
        help="with --device: also record the other party on channel 2: what an output plays "
        "(default-output: what the computer plays; a softphone, Teams, a paired phone) or a "
        "second input (a phone adapter); channel 1 stays your microphone",
    )
    p.add_argument("--realtime", action="store_true", help="with --input: pace it in real time")
    p.add_argument("--duration", type=float, metavar="S", help="stop after S seconds of audio")
    p.add_argument("--rate", type=int, default=48000, help="with --device: sample rate (48000)")
    p.add_argument("--channels", type=int, default=1, help="with --device: channels (1)")
    p.set_defaults(handler=_cmd_record)

    p = sub.add_parser("recover", parents=[common], help="repair recordings a crash interrupted")
    p.add_argument(
        "--reindex",
        action="store_true",
        help="also rebuild the library database from the recording folders "
        "(the old database is kept aside, audio is never touched)",
    )
    p.set_defaults(handler=_cmd_recover)

    # --- library and bundles (recorder/library.py, recorder/bundle.py, recorder/verify.py) ---
    p = sub.add_parser("list", parents=[common], help="list the recordings in the library")
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="K=V|WORD",
        help="only recordings with this tag (repeatable; all must match)",
    )
    p.add_argument("--counterpart", metavar="TEXT", help="other party's name contains TEXT")
    p.add_argument("--since", metavar="DATE", help="from this date (YYYY-MM-DD, local) or UTC time")
    p.add_argument("--until", metavar="DATE", help="up to this date (inclusive) or UTC time")
    p.add_argument("--search", metavar="TEXT", help="TEXT in id, counterpart, tags, markers, notes")
    p.add_argument("--sort", choices=("date", "duration", "counterpart"), default="date")
    p.add_argument(
        "--language",
        metavar="LANG",
        help="of the consent verdicts: fr, de, en or it (default: $LANG)",
    )
    p.add_argument("--reverse", action="store_true", help="newest / longest / Z first")
    p.set_defaults(handler=_cmd_list)

    p = sub.add_parser("show", parents=[common], help="everything about one recording")
    p.add_argument("id", metavar="ID", help="recording id (or a unique prefix)")
    p.set_defaults(handler=_cmd_show)

    p = sub.add_parser("tag", parents=[common], help="tag a recording: K=V pairs or free words")
    p.add_argument("id", metavar="ID", help="recording id (or a unique prefix)")
    p.add_argument("tags", nargs="*", metavar="K=V|WORD", help="tags to set or add")
    p.add_argument(
        "--remove",
        action="append",
        default=[],
        metavar="K",
        help="remove a key or a free word (repeatable)",
    )
    p.set_defaults(handler=_cmd_tag)

    p = sub.add_parser(
        "delete-audio",
        parents=[common],
        help="delete a recording's audio for good, keeping its log (timeline, hashes, custody)",
    )
    p.add_argument("id", metavar="ID", help="recording id (or a unique prefix)")
    p.add_argument("--reason", default="deleted by the user", help="noted in the custody log")
    p.add_argument("--yes", action="store_true", help="really delete (it cannot be undone)")
    p.set_defaults(handler=_cmd_delete_audio)

    p = sub.add_parser("export", parents=[common], help="write a verifiable evidence bundle (.zip)")
    p.add_argument("id", metavar="ID", help="recording id (or a unique prefix)")
    p.add_argument("--out", required=True, metavar="FILE.zip", help="where to write the bundle")
    p.add_argument(
        "--language",
        choices=("fr", "de", "en", "it"),
        help="language of the legality note (default: the call's)",
    )
    p.add_argument(
        "--listening",
        choices=("mp3", "opus", "none"),
        default="mp3",
        help="listening copy format (default mp3)",
    )
    p.set_defaults(handler=_cmd_export)

    p = sub.add_parser(
        "verify", parents=[common], help="check an evidence bundle without trusting it"
    )
    p.add_argument("bundle", metavar="FILE.zip")
    p.add_argument(
        "--expect-key",
        metavar="FINGERPRINT",
        help="also require the signer's key fingerprint (from the sender, by another route)",
    )
    p.set_defaults(handler=_cmd_verify)

    # --- jurisdiction profiles and assessment (recorder/profiles.py, legality.py) ---
    p = sub.add_parser(
        "demo",
        parents=[common],
        help="headless end-to-end demo: record a bundled call with consent, export, verify",
        description="Records a bundled synthetic support call (announcement, the agent's yes), "
        "exports an evidence bundle and verifies it, in a new folder (your own library is "
        "not touched unless --library is given).",
    )
    p.add_argument("--out", metavar="DIR", help="folder for the demo (default: a new temp folder)")
    p.add_argument("--language", default="en", help="language of the legality note (fr, de, en)")
    p.set_defaults(handler=_cmd_demo)

    p = sub.add_parser("profiles", parents=[common], help="list / explain jurisdiction profiles")
    p.add_argument("--language", metavar="LANG", help="fr, de, en or it (default: from $LANG)")
    p.set_defaults(handler=_cmd_profiles)
    profiles_sub = p.add_subparsers(dest="profiles_command", metavar="show")
    ps = profiles_sub.add_parser(
        "show", parents=[common], help="the rule, what to say, exceptions, complaint bodies"
    )
    ps.add_argument("id", metavar="ID", help="profile id (e.g. ch) or path of a .toml file")
    ps.add_argument("--language", metavar="LANG", help="fr, de, en or it (default: from $LANG)")
    ps.set_defaults(handler=_cmd_profiles_show)

    p = sub.add_parser(
        "assess",
        parents=[common],
        help="what the law says about a call (exit 0 = consented, 1 = not)",
        description="Judge a call from its consent events: verdict, reasons with sources, "
        "and what you may do with the recording. Exit code 0 when the verdict is "
        "'consented', 1 for 'no_valid_consent' or 'exception_may_apply'.",
    )
    p.add_argument("--profile", required=True, help="your jurisdiction profile (id or .toml path)")
    p.add_argument("--counterpart-profile", help="the other party's jurisdiction profile")
    p.add_argument(
        "--purpose", required=True, help="support | order | complaint | emergency | other"
    )
    p.add_argument(
        "--event",
        action="append",
        default=[],
        metavar="KIND@SECONDS[=TEXT]",
        help="a consent event, e.g. announced@0.5 granted@6.2 (repeatable)",
    )
    p.add_argument("--language", metavar="LANG", help="fr, de, en or it (default: from $LANG)")
    p.set_defaults(handler=_cmd_assess)

    return parser


def _cmd_devices(args: argparse.Namespace) -> int:
    from recorder.devices import list_input_devices
    from recorder.endpoints import backend, list_endpoints
    from recorder.errors import AudioDeviceError

    devices = list_input_devices()
    lines = ["Inputs (your voice: --device ID, or default):"]
    for d in devices:
        mark = "*" if d.is_default else " "
        lines.append(
            f"{mark} {d.index:>3}  {d.name}  ({d.host_api}, {d.max_input_channels} in, "
            f"{d.default_samplerate:g} Hz)"
        )
    if not devices:
        lines.append("  No input device found.")
    data: dict[str, Any] = {"devices": [d.to_json() for d in devices], "backend": None}
    try:
        data.update(backend=backend())
        found = list_endpoints()
    except AudioDeviceError as exc:
        # Both tracks' names come from this list (a bad TEMOIN_AUDIO_BACKEND included).
        lines += ["", f"Devices by name (for two tracks): {exc}"]
        data.update(server=None, server_inputs=[], outputs=[], server_problem=exc.message)
    else:
        # The sound system's own list (recorder.endpoints): the two tracks' names.
        lines += ["", f"Inputs by name ({found.server}; --device NAME):"]
        lines += [
            f"{'*' if e.is_default else ' '}      {e.description}  [{e.name}]" for e in found.inputs
        ]
        if not found.inputs:
            lines.append("  none")
        lines += [
            "",
            "Outputs whose sound can be recorded "
            "(the other party: --other-party NAME, or default-output):",
        ]
        lines += [
            f"{'*' if e.is_default else ' '}      {e.description}  [{e.name}]"
            for e in found.outputs
        ]
        if not found.outputs:
            lines.append("  none")
        data.update(
            server=found.server,
            server_inputs=[e.to_json() for e in found.inputs],
            outputs=[e.to_json() for e in found.outputs],
        )
    lines.append("(* = default)")
    Output(args.json).emit(data, "\n".join(lines))
    return ExitCode.OK


def _parse_tags(specs: list[str]) -> dict[str, str]:
    tags = {}
    for spec in specs:
        key, sep, value = spec.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--tag {spec!r}: expected KEY=VALUE")
        tags[key.strip()] = value
    return tags


def _cmd_record(args: argparse.Namespace) -> int:
    import signal
    import threading

    from recorder.call import Call, CallSetup, Retention
    from recorder.capture import AudioSource, FileSource, LiveSource
    from recorder.events import parse_event_spec
    from recorder.paths import library_dir

    # A file size limit (RLIMIT_FSIZE) must give EFBIG, a clean stop, not death by SIGXFSZ.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    specs = [parse_event_spec(spec) for spec in args.event]
    tags = _parse_tags(args.tag)
    if args.duration is not None and not args.duration > 0:
        raise UsageError("--duration must be more than 0 seconds")
    source: AudioSource
    if args.other_party is not None and args.input is not None:
        raise UsageError("--other-party goes with --device (a live call), not with --input")
    if args.input is not None:  # `--input ""` is a bad file, not "record from the device"
        source = FileSource(Path(args.input), realtime=args.realtime)
        source.open()
        end_s = source.frames / source.format.sample_rate
    else:
        if args.realtime:
            raise UsageError("--realtime only applies to --input (a device is always real time)")
        from recorder.capture import MAX_RATE, MIN_RATE

        if not MIN_RATE <= args.rate <= MAX_RATE:
            raise UsageError(f"--rate {args.rate}: use {MIN_RATE} to {MAX_RATE} Hz.")
        if not 1 <= args.channels <= 8:
            raise UsageError(f"--channels {args.channels}: use 1 to 8.")
        if args.other_party is not None:
            from recorder.twotrack import call_sources

            if args.channels != 1:
                raise UsageError("--channels: with --other-party each side is one channel")
            source = call_sources(args.device, args.other_party, args.rate)
        else:
            device = None if args.device.strip() == "default" else args.device
            source = LiveSource(device, sample_rate=args.rate, channels=args.channels)
        source.open()
        if source.notice:
            sys.stderr.write(f"temoin: note: {source.notice}.\n")
        end_s = None
    rate = source.format.sample_rate
    if args.duration is not None:
        end_s = args.duration if end_s is None else min(end_s, args.duration)
    for spec in specs:
        if end_s is not None and spec.seconds > end_s:
            raise UsageError(f"--event {spec.kind}@{spec.seconds:g} is after the end ({end_s:g} s)")
    library_root = library_dir(args.library)
    if args.counterpart_profile and not args.profile:
        raise UsageError("--counterpart-profile needs --profile (your own jurisdiction)")
    setup = CallSetup(
        home_profile=args.profile,
        counterpart_profile=args.counterpart_profile,
        counterpart=args.counterpart,
        purpose=args.purpose,
        language=args.language,
        tags=tags,
    )
    stop_after = None if args.duration is None else round(args.duration * rate)
    call = Call(setup, source, library_root, plan=specs, stop_after_frames=stop_after)
    stop_requested = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop_requested.set()

    # The call holds its folder until the consent decision is carried out and the call
    # indexed: a `temoin recover` meanwhile leaves it alone instead of settling it too.
    with call:
        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            result = call.record(stop_requested.is_set)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        outcome = call.stop()
    fmt = result.sidecar["audio"]
    lines = [
        f"Recording {result.id} ({result.outcome})",
        f"  file:      {result.wav}",
        f"  duration:  {result.duration_s:.3f} s ({result.frames} frames, "
        f"{fmt['sample_rate']} Hz, {fmt['channels']} ch, {fmt['sample_format']})",
        f"  SHA-256:   {result.pcm_sha256} (PCM data)",
        f"  overflows: {result.overflows}",
    ]
    if outcome.action is Retention.DISCARDED:
        lines.append(f"  consent:   {outcome.retention_reason}.")
    elif outcome.action is Retention.TRUNCATED:
        lines.append(
            f"  consent:   {outcome.retention_reason} Kept {outcome.kept_s:.1f} s, "
            f"deleted {outcome.removed_s:.1f} s."
        )
    if not args.profile:
        lines.append(
            "  warning:   no --profile: consent was not judged against any law, and this "
            "recording cannot be exported as evidence with a legality note"
        )
    for problem in outcome.consent_errors:
        lines.append(f"  warning:   {problem}")
    for warning in outcome.warnings:
        sys.stderr.write(f"temoin: warning: {warning.text}\n")
    if outcome.retention_problem:
        lines.append(f"  warning:   {outcome.retention_problem}")
    if outcome.index_problem:
        lines.append(f"  warning:   {outcome.index_problem}")
    data = result.to_json()
    data["call"] = outcome.to_json()
    Output(args.json).emit(data, "\n".join(lines))
    if result.problem is not None:
        raise result.problem
    if outcome.retention_problem:
        from recorder.errors import EnvironmentProblem

        raise EnvironmentProblem(outcome.retention_problem)
    return ExitCode.OK


def _cmd_recover(args: argparse.Namespace) -> int:
    import signal

    if getattr(args, "reindex", False):
        return _cmd_reindex(args)
    from recorder.call import recover_library
    from recorder.paths import library_dir

    # A full disk may show as a file size limit: EFBIG and a message, not death by SIGXFSZ.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    done = recover_library(library_dir(args.library))
    lines = [f"{r.id}: {r.note}" for r in done.reports] + done.notes
    lines += [f"{rec_id}: added to the library" for rec_id in done.indexed]
    lines += _in_use_lines(done.in_use)
    if done.problem:
        lines.append(f"{done.problem} The recordings are safe; run `temoin recover` again.")
    data = {
        "recovered": [r.to_json() for r in done.reports],
        "notes": done.notes,
        "indexed": done.indexed,
        "failed": done.failed,
        "mismatched": done.mismatched,
        "in_use": done.in_use,
        "problem": done.problem,
    }
    Output(args.json).emit(data, "\n".join(lines or ["Nothing to recover."]))
    if done.problem or set(done.failed) - set(done.mismatched):
        return int(ExitCode.ENVIRONMENT)
    return int(ExitCode.CHECK_FAILED if done.mismatched else ExitCode.OK)


# --- library and bundles ---------------------------------------------------------------------


def _open_library(args: argparse.Namespace, *, readonly: bool = False) -> Any:
    from recorder.library import Library
    from recorder.paths import library_dir

    return Library.open(library_dir(args.library), readonly=readonly)


def _in_use_lines(in_use: list[str]) -> list[str]:
    """What ``recover`` (with or without ``--reindex``) says of the folders it left alone."""
    return [
        f"{rec_id}: in use by the Témoin process recording it; left alone (it settles the "
        "call itself)"
        for rec_id in in_use
    ]


def _cmd_reindex(args: argparse.Namespace) -> int:
    from recorder.library import reindex
    from recorder.paths import library_dir
    from recorder.wavjournal import recover

    root = library_dir(args.library)
    reports = recover(root)
    result = reindex(root)
    lines = [f"{r.id}: {r.note}" for r in reports]
    if result.moved_aside:
        lines.append(f"Old database kept as {result.moved_aside}")
    lines.append(f"Library rebuilt: {len(result.indexed)} recording(s) indexed.")
    lines += [f"  skipped {folder}: {why}" for folder, why in result.skipped]
    lines += _in_use_lines(result.in_use)
    data = {
        "recovered": [r.to_json() for r in reports],
        "reindex": result.to_json(),
        "in_use": result.in_use,
    }
    Output(args.json).emit(data, "\n".join(lines))
    return ExitCode.OK


def _cmd_list(args: argparse.Namespace) -> int:
    from recorder.legality import verdict_text

    language = _language(args)
    with _open_library(args, readonly=True) as lib:
        rows = lib.list(
            tags=args.tag,
            counterpart=args.counterpart,
            since=args.since,
            until=args.until,
            search=args.search,
            sort=args.sort,
            reverse=args.reverse,
        )
        for r in rows:  # the verdict the app's library shows, judged by the same core
            r["verdict"] = verdict_text(lib.get(r["id"])["recording"], language)
    lines = []
    for r in rows:
        tags = [f"{k}={v}" for k, v in r["tags"].items()] + r["free_tags"]
        verdict = r["verdict"] or f"not assessed (no profile; last answer: {r['consent'] or '-'})"
        lines.append(
            f"{r['id']}  {(r['started_local'] or '')[:16].replace('T', ' ')}  "
            f"{format_hms(r['duration_s']):>8}  {verdict}  "
            f"{r['counterpart'] or '-'}" + (f"  [{' '.join(tags)}]" if tags else "")
        )
    Output(args.json).emit({"recordings": rows}, "\n".join(lines) or "No recordings.")
    return ExitCode.OK


_TRACK_PARTY = {
    "you": "you",
    "other": "the other party",
    "both": "both sides (one microphone)",
}


def _cmd_show(args: argparse.Namespace) -> int:
    from recorder.sidecar import Sidecar

    with _open_library(args, readonly=True) as lib:
        rec = lib.get(args.id)
    sc = Sidecar.from_json(rec["recording"], f"the library's copy of {rec['id']}")
    audio = sc.audio
    meta = sc.call
    lines = [
        f"Recording {rec['id']}",
        f"  folder:      {rec['dir']}",
        f"  counterpart: {meta.counterpart or '-'}   purpose: {meta.purpose or '-'}",
        f"  profiles:    {meta.profile or '-'}"
        + (f" / {meta.counterpart_profile}" if meta.counterpart_profile else ""),
        f"  started:     {sc.started_local} ({sc.started_utc})",
        f"  stopped:     {sc.stopped_local} ({sc.stopped_utc})",
        f"  outcome:     {sc.outcome}" + ("  (recovered)" if sc.recovered else ""),
        f"  audio:       {format_hms(audio.duration_s)}, {audio.frames} frames, "
        f"{audio.sample_rate} Hz, {audio.channels} ch, {audio.sample_format}",
        f"  device:      {sc.source.device_name if sc.source.device else '-'}",
        *(
            f"  channel {t.channel}:   {_TRACK_PARTY[t.party]} ({t.source or '-'}, {t.kind})"
            for t in sc.tracks
        ),
        f"  overflows:   {sc.overflows}   paused frames: {sc.paused_frames}",
        "  hashes:",
        *(f"    {h['kind']}: {h['value']}  ({h['scope']})" for h in rec["hashes"]),
        "  events:",
        *(
            f"    {e.seconds:>9.3f} s  {e.kind:<12} {e.local or ''}"
            + (f"  {e.text}" if e.text else "")
            for e in sc.events
        ),
        "  tags:        "
        + (" ".join([f"{k}={v}" for k, v in rec["tags"].items()] + rec["free_tags"]) or "-"),
        "  notes:",
        *(f"    {n['utc']}  {n['text']}" for n in rec["notes"]),
        "  custody:",
        *(
            f"    {c['utc']}  {c['action']:<9} temoin {c['app_version']}  {c['detail'] or ''}"
            for c in rec["custody"]
        ),
    ]
    Output(args.json).emit({**rec, "tracks": [t.to_json() for t in sc.tracks]}, "\n".join(lines))
    return ExitCode.OK


def _cmd_tag(args: argparse.Namespace) -> int:
    from recorder.library import parse_tag_args

    kv, free = parse_tag_args(args.tags)
    if not kv and not free and not args.remove:
        raise UsageError("Give tags to set (K=V or WORD) or --remove K.")
    with _open_library(args) as lib:
        result = lib.tag(args.id, kv, free, args.remove)
    tags = [f"{k}={v}" for k, v in result["tags"].items()] + result["free_tags"]
    Output(args.json).emit(result, f"{result['id']}: {' '.join(tags) or '(no tags)'}")
    return ExitCode.OK


def _cmd_delete_audio(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UsageError(
            f"Deleting the audio of {args.id} cannot be undone: add --yes to confirm. "
            "Export a bundle first if you may still need it as evidence."
        )
    with _open_library(args) as lib:
        result = lib.delete_audio(args.id, args.reason)
    Output(args.json).emit(
        result,
        f"{result['id']}: audio deleted; its timeline, hashes and custody log are kept.",
    )
    return ExitCode.OK


class _ProgressBar:
    """A one-line bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self._last = -1

    def __call__(self, fraction: float, stage: str) -> None:
        if not self.enabled:
            return
        pct = int(fraction * 100)
        if pct == self._last and fraction < 1.0:
            return
        self._last = pct
        filled = int(fraction * 30)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {pct:3d}% {stage:<40.40}")
        if fraction >= 1.0:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _cmd_export(args: argparse.Namespace) -> int:
    from recorder.exporting import export_bundle
    from recorder.paths import library_dir

    # Read-only while the bundle is built: `temoin tag` and the app may write meanwhile.
    path = export_bundle(
        library_dir(args.library),
        args.id,
        Path(args.out),
        language=args.language,
        listening=args.listening,
        progress=_ProgressBar(),
    )
    size = path.stat().st_size
    Output(args.json).emit(
        {"bundle": str(path), "bytes": size},
        f"Bundle written: {path} ({size / 1e6:.1f} MB). Check it with: temoin verify {path}",
    )
    return ExitCode.OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from recorder.errors import EnvironmentProblem
    from recorder.verify import verify

    report = verify(Path(args.bundle), expect_key=args.expect_key)
    from recorder.library import DB_NAME
    from recorder.paths import library_dir

    rec_id = report.info.get("recording_id")
    # Best effort: note the check in the custody log when the recording is in this
    # library; never create a library just because someone verified a bundle.
    if rec_id and (library_dir(args.library) / DB_NAME).exists():
        try:
            with _open_library(args) as lib:
                if lib.db.execute("SELECT 1 FROM recordings WHERE id = ?", (rec_id,)).fetchone():
                    outcome = "all checks hold" if report.ok else "FAILED"
                    lib.add_custody(rec_id, "verified", f"{Path(args.bundle).name}: {outcome}")
        except EnvironmentProblem:
            pass
    lines = [f"ok    {c}" for c in report.checks] + [f"FAIL  {f}" for f in report.failures]
    lines.append(
        "Bundle verified: every check holds."
        if report.ok
        else f"Bundle FAILED {len(report.failures)} check(s)."
    )
    Output(args.json).emit(report.to_json(), "\n".join(lines))
    return ExitCode.OK if report.ok else ExitCode.CHECK_FAILED


def _cmd_demo(args: argparse.Namespace) -> int:
    from recorder.demo import run_demo

    say = (lambda line: None) if args.json else (lambda line: print(line, flush=True))  # noqa: T201
    result = run_demo(
        Path(args.out) if args.out else None,
        Path(args.library) if args.library else None,
        args.language,
        say,
    )
    if args.json:
        Output(True).emit(result.to_json(), "")
    return ExitCode.OK if result.verified else ExitCode.CHECK_FAILED


def _language(args: argparse.Namespace) -> str:
    """--language, else the language of $LC_ALL/$LANG if Témoin speaks it, else English."""
    from recorder.profiles import UI_LANGUAGES, language_from_env

    if getattr(args, "language", None):
        lang = str(args.language).lower()
        if lang not in UI_LANGUAGES:
            raise UsageError(f"--language {lang!r}: use one of {', '.join(UI_LANGUAGES)}")
        return lang
    return language_from_env()


def _cmd_profiles(args: argparse.Namespace) -> int:
    from recorder.profiles import load_all

    lang = _language(args)
    profiles = load_all()
    lines = [
        f"{p.id:<4} {p.name.get(lang):<14} {p.consent.rule:<19} v{p.version} "
        f"(reviewed {p.review_date.isoformat()})"
        for p in profiles
    ]
    if not profiles:
        lines.append("No profile found.")
    data = {
        "profiles": [
            {**p.summary_json("available"), "name": p.name.get(lang), "rule": p.consent.rule}
            for p in profiles
        ]
    }
    for entry in data["profiles"]:
        entry.pop("role")
    Output(args.json).emit(data, "\n".join(lines))
    return ExitCode.OK


def _cmd_profiles_show(args: argparse.Namespace) -> int:
    from recorder.legality import describe_profile, profile_json
    from recorder.profiles import load

    lang = _language(args)
    profile = load(args.id)
    Output(args.json).emit(profile_json(profile, lang), describe_profile(profile, lang))
    return ExitCode.OK


def _cmd_assess(args: argparse.Namespace) -> int:
    from recorder.consent import parse_events
    from recorder.legality import assess, format_text
    from recorder.profiles import load

    lang = _language(args)
    home = load(args.profile)
    counterpart = load(args.counterpart_profile) if args.counterpart_profile else None
    events = parse_events(args.event)
    result = assess(home, counterpart, args.purpose, events, lang)
    data = result.to_json()
    Output(args.json).emit(data, format_text(data))
    return result.exit_code


_ENVIRONMENT_ERRNOS = frozenset(
    {
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
        errno.ENOSPC,
        errno.EDQUOT,
        errno.EFBIG,
        errno.ENAMETOOLONG,
        errno.EIO,
    }
)


def main(argv: Sequence[str] | None = None, gui: GuiLauncher | None = None) -> int:
    """Run the command line; ``gui`` opens the desktop app when no command is given."""
    parser = build_parser()
    args = parser.parse_args(argv)
    for name, default in (("library", None), ("json", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    try:
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            if gui is None:
                raise UsageError(
                    "The desktop app is not available here; run `temoin --help` for the "
                    "commands, or `temoin demo` for a headless demonstration."
                )
            return int(gui(args))
        return int(handler(args))
    except TemoinError as exc:
        sys.stderr.write(f"temoin: {exc.message}\n")
        return int(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("temoin: interrupted\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - last resort: a bug, logged not shown
        if isinstance(exc, OSError) and exc.errno in _ENVIRONMENT_ERRNOS:
            # A folder or disk the user controls, not a bug: say which file and why, exit 5.
            where = f": {exc.filename}" if exc.filename else ""
            sys.stderr.write(f"temoin: cannot write or read{where} ({exc.strerror or exc}).\n")
            return int(ExitCode.ENVIRONMENT)
        path = write_crash_log(exc, CLI_PREFIX)
        where = f" Details were written to {path}." if path else ""
        sys.stderr.write(f"temoin: internal error ({type(exc).__name__}): {exc}.{where}\n")
        return int(ExitCode.INTERNAL)


def run() -> None:
    """Console-script entry without the desktop app (``python -m recorder``)."""
    sys.exit(main())
