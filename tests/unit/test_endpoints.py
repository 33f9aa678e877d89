"""Which sound system lists and opens the two tracks' devices (recorder/endpoints.py), and
how soundcard's list reads on Windows and macOS, where these tests cannot run it: the
soundcard module is replaced at the edge by one shaped like its WASAPI and Core Audio
backends. The real listing and streams: tests/integration/test_two_tracks.py."""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import Any

import pytest

from recorder import endpoints
from recorder.capture import LiveSource
from recorder.endpoints import BACKEND_ENV, Endpoint, Endpoints, backend
from recorder.errors import AudioDeviceError
from recorder.loopback import SoundcardSource
from recorder.pulse import PulseSource
from recorder.twotrack import TwoTrackSource, call_sources, their_voice, your_voice

HEADSET = Endpoint("{0.0.1.00000000}.{mic}", "Headset Microphone", True)
WEBCAM = Endpoint("{0.0.1.00000000}.{cam}", "Webcam Microphone", False)
SPEAKERS = Endpoint("{0.0.0.00000000}.{spk}", "Speakers", True, "{0.0.0.00000000}.{spk}")
HEADPHONES = Endpoint("{0.0.0.00000000}.{hp}", "Headphones", False, "{0.0.0.00000000}.{hp}")
WASAPI = Endpoints((HEADSET, WEBCAM), (SPEAKERS, HEADPHONES), "WASAPI (soundcard)")


@pytest.mark.parametrize(
    ("platform", "forced", "chosen"),
    [
        ("linux", None, "pulse"),
        ("win32", None, "soundcard"),
        ("darwin", None, "soundcard"),
        ("linux", "soundcard", "soundcard"),
        ("linux", " SoundCard ", "soundcard"),
        ("win32", "pulse", "pulse"),
        ("linux", "", "pulse"),
    ],
)
def test_the_backend_is_the_platforms_unless_the_environment_names_one(
    platform: str, forced: str | None, chosen: str
) -> None:
    env = {} if forced is None else {BACKEND_ENV: forced}
    assert backend(env, platform) == chosen


def test_an_unknown_backend_is_a_sentence_naming_the_variable_and_the_choices() -> None:
    with pytest.raises(AudioDeviceError) as caught:
        backend({BACKEND_ENV: "alsa"}, "linux")
    assert caught.value.message == (
        "TEMOIN_AUDIO_BACKEND='alsa' names no sound system Témoin knows: use pulse or "
        "soundcard, or leave it unset."
    )


@pytest.mark.parametrize(
    ("forced", "kind"), [("soundcard", SoundcardSource), ("pulse", PulseSource)]
)
def test_the_listing_and_the_streams_come_from_the_chosen_backend(
    monkeypatch: pytest.MonkeyPatch, forced: str, kind: type
) -> None:
    import recorder.loopback
    import recorder.pulse

    monkeypatch.setenv(BACKEND_ENV, forced)
    monkeypatch.setattr(recorder.loopback, "list_endpoints", lambda: WASAPI)
    monkeypatch.setattr(recorder.pulse, "list_endpoints", lambda: Endpoints((), (), "pulse"))
    assert endpoints.list_endpoints().server == (
        "WASAPI (soundcard)" if forced == "soundcard" else "pulse"
    )
    source = endpoints.open_source(HEADSET, 44100)
    assert type(source) is kind
    assert source.sample_rate == 44100


def test_names_resolve_by_id_description_or_part_of_it_and_defaults_by_mark() -> None:
    assert endpoints.find_input("default", WASAPI) is HEADSET
    assert endpoints.find_input(WEBCAM.name, WASAPI) is WEBCAM
    assert endpoints.find_input("webcam", WASAPI) is WEBCAM
    assert endpoints.find_other_party("default-output", WASAPI) is SPEAKERS
    assert endpoints.find_other_party("headphones", WASAPI) is HEADPHONES
    assert endpoints.find_other_party("Webcam Microphone", WASAPI) is WEBCAM  # a second input
    with pytest.raises(AudioDeviceError, match="“Microphone” matches several devices"):
        endpoints.find_input("Microphone", WASAPI)
    with pytest.raises(AudioDeviceError, match=r"No output or input named “HDMI” \(WASAPI"):
        endpoints.find_other_party("HDMI", WASAPI)


def test_without_a_loopback_the_default_output_says_what_to_install() -> None:
    mac = Endpoints((HEADSET,), (), "Core Audio (soundcard)")
    with pytest.raises(AudioDeviceError) as caught:
        endpoints.find_other_party("default-output", mac)
    assert caught.value.message.startswith(
        "Core Audio (soundcard) cannot record what the computer plays. Install a loopback "
        "driver (such as BlackHole)"
    )


# --- the two tracks' sources follow the backend ------------------------------------------


@pytest.fixture
def wasapi(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BACKEND_ENV, "soundcard")
    monkeypatch.setattr(endpoints, "list_endpoints", lambda: WASAPI)


@pytest.mark.usefixtures("wasapi")
def test_on_the_soundcard_backend_both_voices_are_soundcard_streams_of_what_was_named() -> None:
    duo = call_sources("Headset", "default-output", 48000)
    assert isinstance(duo, TwoTrackSource)
    assert isinstance(duo.you, SoundcardSource)
    assert isinstance(duo.other, SoundcardSource)
    assert duo.you.endpoint is HEADSET
    assert duo.other.endpoint is SPEAKERS
    assert duo.other.describe()["device"]["monitor_of"] == SPEAKERS.monitor_of
    mine = your_voice(None, 48000)
    assert isinstance(mine, SoundcardSource)
    assert mine.endpoint is HEADSET


@pytest.mark.usefixtures("wasapi")
def test_a_number_is_still_a_portaudio_device_and_one_device_for_both_sides_is_refused() -> None:
    assert isinstance(your_voice("3", 48000), LiveSource)
    assert isinstance(their_voice("4", 48000), LiveSource)
    with pytest.raises(AudioDeviceError, match="was chosen for both sides"):
        call_sources("Headset", "Headset Microphone", 48000)


def test_a_pulse_backend_with_no_server_records_your_voice_by_portaudio_and_says_why_not_theirs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_server() -> Endpoints:
        raise AudioDeviceError("No sound server answers.")

    monkeypatch.setenv(BACKEND_ENV, "pulse")
    monkeypatch.setattr(endpoints, "list_endpoints", no_server)
    assert isinstance(your_voice("default", 48000), LiveSource)
    with pytest.raises(AudioDeviceError, match="cannot be recorded by name"):
        their_voice("default-output", 48000)


# --- soundcard's list, shaped like its Windows and macOS backends ---------------------------


class _Device:
    def __init__(self, id: Any, name: str, channels: int = 2, isloopback: bool = False) -> None:
        self.id, self.name, self.channels, self.isloopback = id, name, channels, isloopback


def _fake_soundcard(
    monkeypatch: pytest.MonkeyPatch, platform: str, speakers: list[_Device], mics: list[_Device]
) -> None:
    # WASAPI: a speaker's loopback is a "microphone" with the speaker's own id.
    loops = [_Device(s.id, s.name, s.channels, True) for s in speakers if platform == "win32"]
    fake = SimpleNamespace(
        all_speakers=lambda: speakers,
        default_speaker=lambda: speakers[0],
        all_microphones=lambda include_loopback=False: (loops if include_loopback else []) + mics,
        default_microphone=lambda: mics[-1],
    )
    monkeypatch.setitem(sys.modules, "soundcard", fake)
    monkeypatch.setattr(sys, "platform", platform)


def test_on_windows_each_output_is_listed_by_its_loopback_and_inputs_by_their_ids(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from recorder.loopback import _microphone, list_endpoints

    speakers = [_Device("{spk}", "Speakers (Realtek)"), _Device("{hdmi}", "LG TV (HDMI)")]
    mics = [_Device("{cam}", "Webcam", 1), _Device("{mic}", "Headset Microphone", 1)]
    _fake_soundcard(monkeypatch, "win32", speakers, mics)
    found = list_endpoints()
    assert found.server == "WASAPI (soundcard)"
    assert found.inputs == (
        Endpoint("{cam}", "Webcam", False, None, 1),
        Endpoint("{mic}", "Headset Microphone", True, None, 1),
    )
    assert found.outputs == (
        Endpoint("{spk}", "Speakers (Realtek)", True, "{spk}", 2),
        Endpoint("{hdmi}", "LG TV (HDMI)", False, "{hdmi}", 2),
    )
    # The loopback is opened for an output, the microphone for an input, though ids match.
    assert _microphone(found.outputs[0]).isloopback
    assert not _microphone(found.inputs[1]).isloopback
    gone = Endpoint("{usb}", "USB headset", False)
    with pytest.raises(AudioDeviceError, match="“USB headset” is no longer there"):
        _microphone(gone)


def test_on_macos_there_are_no_outputs_and_a_loopback_driver_is_an_input(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from recorder.loopback import list_endpoints

    speakers = [_Device(41, "MacBook Speakers")]
    mics = [_Device(73, "BlackHole 2ch"), _Device(52, "MacBook Microphone", 1)]
    _fake_soundcard(monkeypatch, "darwin", speakers, mics)
    found = list_endpoints()
    assert found.server == "Core Audio (soundcard)"
    assert found.outputs == ()
    assert [(e.name, e.description, e.is_default) for e in found.inputs] == [
        ("73", "BlackHole 2ch", False),
        ("52", "MacBook Microphone", True),
    ]
    assert endpoints.find_other_party("BlackHole", found).name == "73"


def test_a_system_with_no_default_microphone_still_lists_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from recorder.loopback import list_endpoints

    speakers = [_Device("{spk}", "Speakers")]
    _fake_soundcard(monkeypatch, "win32", speakers, [_Device("{cam}", "Webcam", 1)])

    def none_enabled() -> Any:
        raise RuntimeError("Error 0x80070490")

    monkeypatch.setattr(sys.modules["soundcard"], "default_microphone", none_enabled)
    found = list_endpoints()
    assert [(e.description, e.is_default) for e in found.inputs] == [("Webcam", False)]
    assert found.default_output() is not None
    with pytest.raises(AudioDeviceError, match="no default input"):
        endpoints.find_input("default", found)


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (ImportError("No module named 'soundcard'"), "Reinstall Témoin"),
        (AssertionError(), "The sound system does not answer, so"),
        (RuntimeError("pa_context_connect failed"), "does not answer (pa_context_connect failed)"),
    ],
)
def test_soundcard_failing_to_load_is_said_for_what_it_is(
    monkeypatch: pytest.MonkeyPatch, error: Exception, said: str
) -> None:
    """A missing package asks for a reinstall; a sound server that does not answer (what
    soundcard's import raises on Linux) is not a broken install."""
    import builtins

    from recorder import loopback

    real_import = builtins.__import__

    def failing(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "soundcard":
            raise error
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "soundcard", raising=False)
    monkeypatch.setattr(builtins, "__import__", failing)
    with pytest.raises(AudioDeviceError) as caught:
        loopback._soundcard()
    assert said in str(caught.value)
    assert "Error" not in str(caught.value)


def test_a_bad_backend_is_refused_whatever_the_devices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers alone never reach the list: the setting is still checked, not ignored."""
    monkeypatch.setenv(BACKEND_ENV, "bogus")
    for device, other in (("1", "2"), ("default", "2"), ("1", "default-output")):
        with pytest.raises(AudioDeviceError, match="TEMOIN_AUDIO_BACKEND='bogus'"):
            call_sources(device, other, 48000)
    assert endpoints.backend({BACKEND_ENV: "pulse"}) == "pulse"
