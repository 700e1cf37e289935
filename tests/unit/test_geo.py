"""MGRS through the `mgrs` package (issue 18): reference values, round trips, the poles, and refusals that say
what is wrong with a typed reference; `fieldkit site add|edit --mgrs` checks it and fills the coordinates."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pytest

from fieldkit.cli.app import main
from fieldkit.core.geo import from_mgrs, mgrs_problem, parse_mgrs, to_mgrs
from fieldkit.errors import InvalidValueError


def test_reference_values() -> None:
    assert to_mgrs(0.0, 0.0) == "31NAA6602100000"  # GeoTrans reference
    assert to_mgrs(38.8895, -77.0352) == "18SUJ2348606483"  # Washington Monument
    assert (to_mgrs(60.0, 5.0) or "")[:3] == "32V"  # Norway's zone exception
    assert (to_mgrs(78.0, 15.0) or "")[:3] == "33X"  # Svalbard's
    assert (to_mgrs(85.0, 0.0) or "")[:1] == "Z" and (to_mgrs(-85.0, 0.0) or "")[:1] == "B"  # UPS, north and south
    for not_a_position in (("x", 1), (float("nan"), 0.0), (91.0, 0.0), (0.0, 181.0), (True, 1.0), (None, None)):
        assert to_mgrs(*not_a_position) is None


def test_round_trips_everywhere_to_a_metre() -> None:
    generator = random.Random(17)
    for _ in range(500):
        latitude, longitude = generator.uniform(-89.9, 89.9), generator.uniform(-179.9, 179.9)
        reference = to_mgrs(latitude, longitude)
        assert reference is not None
        back = parse_mgrs(reference)
        # A 1 m reference truncates: the point read back is within the metre square's diagonal (1.42 m).
        east = (back[1] - longitude) * 111_320 * _cos(latitude)
        north = (back[0] - latitude) * 110_574
        assert (east**2 + north**2) ** 0.5 < 1.5, (latitude, longitude, reference, back)
        assert to_mgrs(*back) == reference


def _cos(latitude: float) -> float:
    return math.cos(math.radians(latitude))


def test_a_short_reference_is_the_centre_of_its_square() -> None:
    corner = parse_mgrs("42SWD0000000000")
    centre = parse_mgrs("42SWD")  # 100 km square: its centre is 50 km east and north of its corner
    assert centre == pytest.approx(parse_mgrs("42SWD5000050000"), abs=1e-5)  # within a metre
    assert centre[0] > corner[0] and centre[1] > corner[1]
    assert parse_mgrs(" 42s wd 12345 67890 ") == parse_mgrs("42SWD1234567890")


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "it is empty"),
        ("61SWD12", "zone 61 does not exist"),
        ("0SWD12", "zone 0 does not exist"),
        ("42IWD12", "'I' is not a latitude band"),
        ("42SWI12", "'WI' is not a 100 km square"),
        ("42SWW12", "'WW' is not a 100 km square"),
        ("42SWD123", "3 digits"),
        ("42SWD123456789012", "12 digits: at most 5 each"),
        ("42SWA1234", "that square does not exist in that zone and band"),
        ("42-SWD", "only letters, digits and spaces"),
        ("٤٢SWD", "only letters, digits and spaces"),
        ("42", "needs a band letter and two square letters"),
        ("hello", "does not start with a zone number"),
        ("4" * 200, "200 characters"),
        ("42SWD\x00\x1b[2J", "only letters, digits and spaces"),
    ],
)
def test_refusals_say_what_is_wrong(typed: str, says: str) -> None:
    with pytest.raises(InvalidValueError) as refused:
        parse_mgrs(typed)
    message = str(refused.value)
    assert says in message and "e.g. 42SWD1234567890" in message
    assert "\x00" not in message and "\x1b" not in message and len(message) < 400
    assert from_mgrs(typed) is None and mgrs_problem(typed) == message


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_site_add_and_edit_take_an_mgrs_reference(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("FIELDKIT_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "correct horse battery staple 17")
    code, _, err = _cli(capsys, "init", "--operator", "alice")
    assert code == 0, err
    code, _, err = _cli(capsys, "site", "add", "Ridge", "--case", "C", "--mgrs", "42s wd 12345 67890")
    assert code == 0, err
    code, out, _ = _cli(capsys, "site", "list", "--case", "C")
    assert "Ridge\t34.953462, 69.135214\t42SWD1234567890" in out  # coordinates from the reference, stored compact
    code, _, err = _cli(capsys, "site", "add", "Typo", "--case", "C", "--mgrs", "42SWD123")
    assert code == 25 and "3 digits" in err and "Typo" not in _cli(capsys, "site", "list", "--case", "C")[1]
    # Coordinates alone get their reference; an edit of the position moves the reference with it.
    code, _, err = _cli(capsys, "site", "edit", "Ridge", "--case", "C", "--lat", "34.5553", "--lon", "69.2075")
    assert code == 0, err
    code, out, _ = _cli(capsys, "site", "list", "--case", "C")
    assert "Ridge\t34.555300, 69.207500\t42SWD1903623748" in out
    code, out, _ = _cli(capsys, "custody", "--json")
    edited = [e for e in json.loads(out) if e["action"] == "site.edited"]
    assert edited and edited[-1]["details"]["changed"]["mgrs"] == "42SWD1903623748"
