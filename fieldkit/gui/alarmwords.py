"""The words for the alarms HQ keeps per device (docs/hq.md, "Alarms"), shared by the Verify page and the HQ status
page: the core's one table of advice (fieldkit/hq/advice.py, which the command line and the HTML report say too),
translated part by part. An alarm says the device may be compromised: the advice is to investigate it and withdraw
its key, never to ask for the bundle again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldkit.hq import advice

ALARMS = ("fork", "chain-broken", "custody-chain-broken")  # the alarm kinds HQ keeps per device (docs/hq.md)


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the table's texts are filed under no context


def alarm_text(kind: str) -> tuple[str, str]:
    """What an alarm on a device means and what to do."""
    said = advice.advice(kind if kind in ALARMS else "fork")
    return _tr(said.why), " ".join(_tr(step) for step in said.steps)


__all__ = ["ALARMS", "alarm_text"]
