"""Signed, encrypted bundles: age v1 around a tar of a BagIt bag with an SSHSIG signature (docs/bundle-format.md)."""
