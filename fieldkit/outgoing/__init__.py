"""What leaves the device: bundles composed from the store (compose), their ledger, and copies to removable media."""
