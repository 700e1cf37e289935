"""Reading one untrusted JSON object into typed values, strictly: no unknown key, no missing key, every value of its
type and within its range. Any other shape raises one error, of the class and reason code the caller names.

A format may name some keys optional: keys added to a format after bundles without them were made (a capture's
analysis, what a bundle left out). They may be absent, and are checked like the others when present; nothing else
is lenient, so "optional" is always a decision written in the format module, never a reader's shrug.

Every wire format (fieldkit.json, records, receipts, provisioning files) reads through this one class, so "strict"
means the same everywhere and each format module says only which keys it has and what each may hold. Booleans are
never accepted as numbers (``True`` is an ``int`` in Python, not in these formats).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from typing import Any

from fieldkit.errors import FieldkitError

Fail = Callable[[str], FieldkitError]

# The largest integer any format holds: SQLite (HQ's index, the device's store) keeps 64-bit signed integers.
MAX_INT = 2**63 - 1  # not a limit: the largest integer SQLite and the ledger can hold
HEX64 = re.compile(r"[0-9a-f]{64}")


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class JsonObject:
    """One JSON object with exactly ``keys``; the getters check one value each and raise ``fail(message)``."""

    def __init__(self, unverified: object, what: str, keys: Iterable[str], fail: Fail,
                 optional: Iterable[str] = ()) -> None:  # fmt: skip
        if not isinstance(unverified, dict):
            raise fail(f"{what} is not a JSON object")
        expected = tuple(keys)
        may_be_absent = frozenset(optional)
        for key in unverified:
            if key not in expected:
                raise fail(f"{what} has an unknown key {str(key)[:40]!r}")
        for key in expected:
            if key not in unverified and key not in may_be_absent:
                raise fail(f"{what} has no {key}")
        self.what = what
        self.fail = fail
        self._data: dict[str, Any] = unverified

    def invalid(self, key: str) -> FieldkitError:
        return self.fail(f"{self.what} has no valid {key}")

    def has(self, key: str) -> bool:
        """Whether an optional key is present (a required one always is)."""
        return key in self._data

    def raw(self, key: str) -> Any:
        """The value as parsed, for a nested format to read."""
        return self._data[key]

    def text(self, key: str) -> str:
        value = self._data[key]
        if not isinstance(value, str):
            raise self.invalid(key)
        return value

    def optional_text(self, key: str) -> str | None:
        return None if self._data[key] is None else self.text(key)

    def integer(self, key: str, minimum: int = 0, maximum: int = MAX_INT) -> int:
        value = self._data[key]
        if not is_int(value) or not minimum <= value <= maximum:
            raise self.invalid(key)
        return int(value)

    def optional_integer(self, key: str, minimum: int = 0, maximum: int = MAX_INT) -> int | None:
        return None if self._data[key] is None else self.integer(key, minimum, maximum)

    def optional_number(self, key: str, minimum: float, maximum: float) -> float | None:
        value = self._data[key]
        if value is None:
            return None
        if not (is_int(value) or isinstance(value, float)) or not math.isfinite(value):
            raise self.invalid(key)
        if not minimum <= value <= maximum:
            raise self.invalid(key)
        return value if isinstance(value, float) else int(value)  # an int stays an int: it serialises as it came

    def hex64(self, key: str) -> str:
        value = self.text(key)
        if not HEX64.fullmatch(value):
            raise self.invalid(key)
        return value

    def optional_hex64(self, key: str) -> str | None:
        return None if self._data[key] is None else self.hex64(key)

    def choice(self, key: str, allowed: Iterable[str]) -> str:
        value = self.text(key)
        if value not in tuple(allowed):
            raise self.invalid(key)
        return value

    def mapping(self, key: str) -> dict[str, Any]:
        value = self._data[key]
        if not isinstance(value, dict):
            raise self.invalid(key)
        return value

    def array(self, key: str) -> list[Any]:
        value = self._data[key]
        if not isinstance(value, list):
            raise self.invalid(key)
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        values = self.array(key)
        if not all(isinstance(value, str) for value in values):
            raise self.invalid(key)
        return tuple(values)
