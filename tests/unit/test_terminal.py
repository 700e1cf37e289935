"""Passphrases typed at a terminal: init asks twice, other commands once, nothing is echoed."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time
from pathlib import Path

from tests.conftest import ROOT, fieldkit_cmd


class Terminal:
    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT,
                                        start_new_session=True)  # fmt: skip
        os.close(slave)
        self.screen = b""

    def expect(self, text: bytes, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.screen:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"did not see {text!r}; screen: {self.screen!r}"
            ready, _, _ = select.select([self.master], [], [], remaining)
            if ready:
                try:
                    self.screen += os.read(self.master, 4096)
                except OSError:
                    break

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\n")

    def finish(self) -> int:
        try:
            while True:
                ready, _, _ = select.select([self.master], [], [], 30)
                if not ready:
                    break
                chunk = os.read(self.master, 4096)
                if not chunk:
                    break
                self.screen += chunk
        except OSError:
            pass
        code = self.process.wait(timeout=60)
        os.close(self.master)
        return code


def test_init_and_list_with_typed_passphrases(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDKIT_")}
    env["FIELDKIT_STORE"] = str(tmp_path / "store")
    secret = "typed passphrase 42"

    term = Terminal([*fieldkit_cmd(), "init", "--operator", "alice"], env)
    term.expect(b"New passphrase for alice:")
    term.type(secret)
    term.expect(b"Type it again:")
    term.type(secret + " typo")
    assert term.finish() == 5
    assert b"differ" in term.screen and secret.encode() not in term.screen

    term = Terminal([*fieldkit_cmd(), "init", "--operator", "alice"], env)
    term.expect(b"New passphrase for alice:")
    term.type(secret)
    term.expect(b"Type it again:")
    term.type(secret)
    assert term.finish() == 0
    assert b"Device key fingerprint: SHA256:" in term.screen
    assert secret.encode() not in term.screen  # not echoed

    term = Terminal([*fieldkit_cmd(), "list"], env)
    term.expect(b"Passphrase:")
    term.type(secret)
    assert term.finish() == 0
    assert b"No captures." in term.screen
