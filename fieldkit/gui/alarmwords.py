"""The HQ window's own words for the alarms HQ keeps per device (docs/hq.md, "Alarms"), shared by the Verify page and
the HQ status page. The verifier's refusals have their words elsewhere (pages/verify.py, rejection_text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a module function's tr() under no context


ALARMS = ("fork", "chain-broken", "custody-chain-broken")  # the alarm kinds HQ keeps per device (docs/hq.md)


def alarm_text(kind: str) -> tuple[str, str]:
    """What an alarm on a device means and what to do, in the window's own short words (the HQ window's texts for
    alarms; the verifier's refusals have theirs in rejection_text). An alarm says the device may be compromised: the
    advice is to investigate it and withdraw its key, never to ask for the bundle again."""
    tr = _tr
    what = tr("Treat the device as compromised until this is explained: keep every file as it is, do not rely on "
              "its bundles, ask its operator who had the device and its passphrase, and withdraw its key if it "
              "cannot be explained (fieldkit hq revoke).")  # fmt: skip
    if kind == "fork":
        why = tr("The device made two different bundles with the same number: it was copied, or someone else holds "
                 "its key.")  # fmt: skip
    elif kind == "chain-broken":
        why = tr("A bundle does not follow on from the device's bundle before it: one was replaced, or someone else "
                 "holds the device's key.")  # fmt: skip
    elif kind == "custody-chain-broken":
        why = tr("The device's custody log does not continue the one HQ already holds: entries HQ received were "
                 "rewritten on the device.")  # fmt: skip
    else:
        why = tr("HQ raised an alarm on this device.")
    return why, what


__all__ = ["ALARMS", "alarm_text"]
