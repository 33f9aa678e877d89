"""Both voices of a call: CPU against `parecord`, overflows under load, alignment over time.

Starts its own private PipeWire server with a virtual headset microphone and a
virtual speaker (tests/helpers/virtual_audio.py), plays a different signal into
each, and records them with `temoin record --device default --other-party
default-output` while two `parecord` processes record the same two sources
side by side (the reference: the PulseAudio project's own recorder).

- CPU: temoin's CPU time / the two parecords' together (goal <= 2), and mono
  `temoin record --device default` (PortAudio) against one parecord and
  `arecord` (reported).
- Overflows: with `--load`, one busy loop per core runs throughout (goal 0).
- Alignment: a click every 10 s is played into the microphone's wire; the
  other party's track records the monitor of that same wire, so each click
  must sit at the same frame on both tracks. The offset is printed at the
  start and at the end (`--seconds 1800` for the 30-minute figure): goal
  within one 50 ms block, and no growth.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf
from measure import TEMOIN, finish, start

from tests.helpers.virtual_audio import MIC_SINK, SPEAKER, VirtualAudio

RATE = 48000


def _signal(path: Path, seconds: float, *, clicks: bool, seed: int) -> None:
    """Pink-ish noise at -30 dBFS, with a full-scale click every 10 s when asked."""
    n = int(seconds * RATE)
    rng = np.random.default_rng(seed)
    with sf.SoundFile(path, "w", RATE, 1, "PCM_16") as out:
        for start_frame in range(0, n, RATE * 10):
            chunk = (rng.standard_normal(min(RATE * 10, n - start_frame)) * 1000).astype(np.int16)
            if clicks and len(chunk) > RATE:
                chunk[RATE : RATE + 48] = 30000
            out.write(chunk)


def _clicks(track: np.ndarray) -> list[int]:
    above = np.abs(track.astype(np.int32)) > 20000
    rising = np.flatnonzero(above[1:] & ~above[:-1]) + 1
    out: list[int] = []
    for frame in rising.tolist():
        if not out or frame - out[-1] > RATE:
            out.append(frame)
    return out


LATENCY_MS = 50  # the same 50 ms blocks as Témoin's (parecord alone asks for ~2 s ones)


def _parecord(source: str, path: Path, env: dict[str, str]) -> list[str]:
    del env
    return ["parecord", f"--device={source}", "--format=s16le", "--rate=48000", "--channels=1",
            f"--latency-msec={LATENCY_MS}", "--file-format=wav", str(path)]  # fmt: skip


def _cpu_s(pid: int) -> float:
    """CPU time of every thread of ``pid`` so far (schedstat: nanoseconds, not ticks)."""
    total = 0
    with contextlib.suppress(OSError):  # the process ended (a failed record): what it had
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError, IndexError, ValueError):  # a thread that ended
                total += int((task / "schedstat").read_text().split()[0])
    return total / 1e9


def _steady(groups: list[list[int]], t0: float, seconds: float) -> list[float]:
    """CPU per second of audio of each group of processes, over one window from 5 s in
    to 3 s before the end: start-up (Python's imports, the server's connection) and the
    stop are left out, and every group is measured over the same seconds."""
    begin, end = 5.0, seconds - 3.0
    if end - begin < 5.0:
        return [float("nan")] * len(groups)
    time.sleep(max(0.0, t0 + begin - time.monotonic()))
    first = [sum(_cpu_s(p) for p in pids) for pids in groups]
    time.sleep(max(0.0, t0 + end - time.monotonic()))
    last = [sum(_cpu_s(p) for p in pids) for pids in groups]
    return [(b - a) / (end - begin) for a, b in zip(first, last, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--load", action="store_true", help="one busy loop per core meanwhile")
    parser.add_argument("--mono", action="store_true", help="also measure mono capture")
    args = parser.parse_args()
    audio = VirtualAudio().start()
    audio.add_call_devices()
    cores = os.cpu_count() or 2
    burn = [sys.executable, "-c", "while True: pass"]
    burners = [subprocess.Popen(burn) for _ in range(cores)] if args.load else []
    try:
        with tempfile.TemporaryDirectory(prefix="temoin-bench-") as tmp_name:
            tmp = Path(tmp_name)
            mine, theirs = tmp / "mine.wav", tmp / "theirs.wav"
            _signal(mine, args.seconds + 15, clicks=True, seed=1)
            _signal(theirs, args.seconds + 15, clicks=False, seed=2)
            env = {**audio.env, "TEMOIN_HOME": str(tmp / "lib")}
            players = [audio.play_into(MIC_SINK, mine), audio.play_into(SPEAKER, theirs)]
            t = f"{args.seconds:g}"
            refs = [
                start(_parecord("temoin_mic_in", tmp / "ref-mine.wav", env), env),
                start(_parecord(f"{SPEAKER}.monitor", tmp / "ref-theirs.wav", env), env),
            ]
            # Both tracks hear the clicks: channel 2 is the monitor of the microphone's wire.
            ours_p, t0 = start([*TEMOIN, "record", "--device", "default", "--other-party",
                                "TemoinMicWire", "--duration", t, "--json"], env)  # fmt: skip
            steady_ours, steady_ref = _steady([[ours_p.pid], [p.pid for p, _ in refs]], t0,
                                              args.seconds)  # fmt: skip
            ours = finish(ours_p, t0)
            for proc, _ in refs:
                proc.terminate()
            ref_runs = [finish(proc, t1) for proc, t1 in refs]
            mono_lines: list[str] = []
            if args.mono:
                mono_p, m0 = start([*TEMOIN, "record", "--device", "default", "--duration", t,
                                    "--json"], env)  # fmt: skip
                one_ref = start(_parecord("temoin_mic_in", tmp / "ref-mono.wav", env), env)
                are = start(["arecord", "-q", "-D", "default", "-f", "S16_LE", "-r", "48000",
                             "-c", "1", "-d", str(round(args.seconds)), str(tmp / "a.wav")],
                            env)  # fmt: skip
                mono = finish(mono_p, m0)
                one_ref[0].terminate()
                pr = finish(*one_ref)
                ar = finish(*are)
                mono_lines = [
                    f"  mono temoin (PortAudio): CPU {mono.cpu_s:6.2f} s; "
                    f"parecord {pr.cpu_s:5.2f} s "
                    f"(ratio {mono.cpu_s / max(pr.cpu_s, 1e-9):.2f}); arecord {ar.cpu_s:5.2f} s "
                    f"(ratio {mono.cpu_s / max(ar.cpu_s, 1e-9):.2f})",
                ]  # fmt: skip
            for player in players:
                player.kill()
                player.communicate()
            data = json.loads(ours.stdout) if ours.returncode == 0 else {}
            ref_cpu = sum(r.cpu_s for r in ref_runs)
            print(f"two-track live capture, {args.seconds:g} s at 48 kHz int16, "
                  f"{'both cores busy' if args.load else 'idle machine'}")  # fmt: skip
            print(f"  temoin record (2 tracks): CPU {ours.cpu_s:6.2f} s  "
                  f"wall {ours.wall_s:6.2f} s  "
                  f"RSS {ours.max_rss_mb:5.1f} MB  exit {ours.returncode}  "
                  f"overflows {data.get('overflows')}")  # fmt: skip
            print(f"  2 x parecord ({LATENCY_MS} ms)   : CPU {ref_cpu:6.2f} s  "
                  f"({', '.join(f'{r.cpu_s:.2f}' for r in ref_runs)})")  # fmt: skip
            print(f"  CPU ratio temoin / both parecords = {ours.cpu_s / max(ref_cpu, 1e-9):.2f}"
                  "  (goal <= 2; start-up included)")  # fmt: skip
            print(f"  steady state (from 5 s to 3 s before the end): temoin "
                  f"{steady_ours * 1000:.2f} ms/s, both parecords {steady_ref * 1000:.2f} ms/s, "
                  f"ratio {steady_ours / max(steady_ref, 1e-9):.2f}")  # fmt: skip
            for line in mono_lines:
                print(line)
            if data:
                pcm, _ = sf.read(data["file"], dtype="int16", always_2d=True)
                a, b = _clicks(pcm[:, 0]), _clicks(pcm[:, 1])
                pairs = [(x, min(b, key=lambda y, x=x: abs(y - x))) for x in a] if b else []
                offsets = [x - y for x, y in pairs if abs(x - y) < RATE]
                sidecar = json.loads((Path(data["dir"]) / "recording.json").read_text())
                fixes = [e for e in sidecar["events"] if e["kind"] in {"clock_correction", "gap"}]
                if offsets:
                    print(f"  alignment (channel 1 - channel 2, frames): first {offsets[0]}, "
                          f"last {offsets[-1]} at {pairs[-1][0] / RATE:.0f} s, "
                          f"max |offset| {max(map(abs, offsets))} over {len(offsets)} clicks "
                          "(goal within 2400 = one block)")  # fmt: skip
                print(f"  clock corrections and gaps logged: {len(fixes)}")
                for event in fixes[:5]:
                    print(f"    {event['seconds']:.1f} s {event['kind']}: {event['text']}")
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
        audio.stop()


if __name__ == "__main__":
    main()
