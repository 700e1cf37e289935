"""What leaves the device: bundles composed from the store (compose, contributors), their ledger, and copies to
removable media. bundle/ only encodes and verifies; this package decides what a bundle carries."""
