"""A TCP relay in front of an upload server that cuts the device's connections mid-transfer, as a dropped link does
(tests/interop/test_sync.py against `hq serve`, tests/interop/test_scale.py against the gateways)."""

from __future__ import annotations

import contextlib
import socket
import threading


class Relay:
    """A TCP relay in front of the server that cuts the device's connection after ``cut_after`` bytes, ``cuts``
    times, and counts every byte the device sends through it. While the server is down a connection is closed at
    once (the device sees a refused connection, as it would without the relay)."""

    def __init__(self, target: tuple[str, int], cut_after: int, cuts: int) -> None:
        self.target, self.cut_after, self.cuts_left = target, cut_after, cuts
        self.upstream_bytes = 0
        self.cuts_made = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._pipe, args=(client,), daemon=True).start()

    def _pipe(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target)
        except OSError:  # the server is down (restarting): the device's connection drops
            client.close()
            return
        with self.lock:
            cut = self.cut_after if self.cuts_left > 0 else None
        done = threading.Event()

        def back() -> None:
            try:
                while data := upstream.recv(65536):
                    client.sendall(data)
            except OSError:
                pass
            done.set()

        threading.Thread(target=back, daemon=True).start()
        forwarded = 0
        try:
            while not done.is_set() and (data := client.recv(65536)):
                if cut is not None and forwarded + len(data) > cut:
                    data = data[: cut - forwarded]
                    upstream.sendall(data)
                    with self.lock:
                        self.upstream_bytes += len(data)
                        self.cuts_left -= 1
                        self.cuts_made += 1
                    break  # the link drops
                upstream.sendall(data)
                forwarded += len(data)
                with self.lock:
                    self.upstream_bytes += len(data)
        except OSError:
            pass
        for sock in (client, upstream):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        self.listener.close()
