"""Physical samples on the device (core/samples.py, store/samples.py): recorded, sealed, handed over, shipped and
received, each step a custody entry; the id read from a photographed barcode."""

from __future__ import annotations

import pytest

from fieldkit.config import TEST_KDF
from fieldkit.core import samples
from fieldkit.errors import (
    HandoverUnconfirmedError,
    InvalidValueError,
    ManifestTakenError,
    SampleNotFoundError,
    SampleRefTakenError,
    SampleStateError,
    SampleTagNotFoundError,
    WrongPassphraseError,
)
from fieldkit.store.store import Store
from tests.samples import barcode_photo


def test_a_sample_goes_from_collection_to_the_laboratory_with_a_custody_entry_at_each_step(store: Store) -> None:
    store.add_operator("bob", "bob's own passphrase", kdf=TEST_KDF)
    item = store.ensure_item(store.ensure_case("OP-1"), "EV-0001", "weapon")
    sample = samples.add(store, item, ref="DNA-000123", sample_type="touch", location="pistol grip, left side",
                         storage="cooled 4 °C")  # fmt: skip
    assert (sample.state, sample.holder, sample.collector) == ("collected", "alice", "alice")
    with pytest.raises(SampleStateError, match="not sealed"):
        samples.ship(store, [sample], manifest="M-1")
    sample = samples.seal(store, sample, seal_number="S-77", packaging="paper envelope")
    assert (sample.state, sample.seal) == ("sealed", "S-77")
    with pytest.raises(HandoverUnconfirmedError):
        samples.hand_over(store, sample, to="Sgt Karim")
    with pytest.raises(WrongPassphraseError):
        samples.hand_over(store, sample, to="bob", passphrase="not bob's")
    sample = samples.hand_over(store, sample, to="bob", passphrase="bob's own passphrase")
    assert (sample.state, sample.holder) == ("handed-over", "bob")
    sample = samples.hand_over(store, sample, to="Sgt Karim", rank="Sergeant")
    shipment = samples.ship(store, [sample], manifest="M-2026-001", laboratory="Central DNA lab", carrier="DHL")
    sample = samples.find(store, "DNA-000123")
    assert (sample.state, sample.holder, sample.manifest) == ("shipped", "DHL", "M-2026-001")
    assert shipment.shipped_by == "alice"
    with pytest.raises(SampleStateError, match="handover"):
        samples.hand_over(store, sample, to="bob", passphrase="bob's own passphrase")
    sample = samples.receive(store, sample, by="Dr Haddad", laboratory_ref="LAB-55")
    with pytest.raises(SampleStateError):
        samples.receive(store, sample, by="Dr Haddad")

    steps = samples.steps(store, sample)
    assert [step.state for step in steps] == ["collected", "sealed", "handed-over", "handed-over", "shipped",
                                              "received"]  # fmt: skip
    assert steps[2].details["confirmed"] == "passphrase" and steps[3].details["confirmed"] == "typed"
    assert steps[3].details["rank"] == "Sergeant" and steps[3].details["from"] == "bob"
    assert all(step.operator == "alice" for step in steps)
    count, problems = store.custody.verify_chain()
    assert problems == [] and count >= 6
    assert sample.version > 1


def test_bad_input_is_refused_with_what_to_do_and_nothing_recorded(store: Store) -> None:
    item = store.ensure_item(store.ensure_case("OP-1"), "EV-0001")
    with pytest.raises(InvalidValueError, match="sample type"):
        samples.add(store, item, ref="DNA-1", sample_type="spit")
    samples.add(store, item, ref="DNA-1", sample_type="saliva", seal="S-1")
    with pytest.raises(SampleRefTakenError):
        samples.add(store, item, ref=" DNA-1 ", sample_type="hair")
    with pytest.raises(SampleNotFoundError):
        samples.find(store, "DNA-404")
    first = samples.find(store, "DNA-1")
    assert first.state == "sealed"  # a seal number at collection seals it at once
    assert samples.find(store, f"#{first.id}") == first
    samples.ship(store, [first], manifest="M-1")
    second = samples.add(store, item, ref="DNA-2", sample_type="blood", seal="S-2")
    with pytest.raises(ManifestTakenError):
        samples.ship(store, [second], manifest="M-1")
    assert samples.find(store, "DNA-2").state == "sealed"
    assert store.samples.count() == 2


def test_the_sample_id_is_read_from_a_photographed_barcode(store: Store) -> None:
    found = samples.read_sample_tag([barcode_photo("DNA-2026-0042"), barcode_photo("DNA-2026-0042")])
    assert (found.text, found.format) == ("DNA-2026-0042", "Code 128")
    with pytest.raises(SampleTagNotFoundError, match="2 different"):
        samples.read_sample_tag([barcode_photo("DNA-1"), barcode_photo("DNA-2")])
    with pytest.raises(SampleTagNotFoundError, match="no barcode"):
        samples.read_sample_tag([b"not a picture"])
