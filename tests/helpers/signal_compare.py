"""Compare a capture with its source: where it starts and how alike it is."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Match:
    lag: int  # samples of the capture before the source starts
    correlation: float  # Pearson correlation over the aligned stretch, 1.0 = identical


def align(capture: np.ndarray, source: np.ndarray) -> Match:
    """Find ``source`` inside ``capture`` by FFT cross-correlation."""
    capture = np.asarray(capture, dtype=np.float64).reshape(-1)
    source = np.asarray(source, dtype=np.float64).reshape(-1)
    if len(capture) < len(source):
        capture = np.pad(capture, (0, len(source) - len(capture)))
    n = 1 << int(np.ceil(np.log2(len(capture) + len(source))))
    xc = np.fft.irfft(np.fft.rfft(capture, n) * np.conj(np.fft.rfft(source, n)), n)
    lag = int(np.argmax(np.abs(xc[: len(capture) - len(source) + 1])))
    segment = capture[lag : lag + len(source)]
    if np.std(segment) == 0 or np.std(source) == 0:
        return Match(lag, 0.0)
    return Match(lag, float(np.corrcoef(segment, source)[0, 1]))
