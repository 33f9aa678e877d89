"""Témoin's core: capture, consent, law profiles, library and evidence bundles.

Pure Python: this package never imports Qt, so every step runs headless.
"""

__version__ = "0.1.0"
