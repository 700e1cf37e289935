"""The analysis sandbox with real child processes: what a hostile decoder can do to it, and what it cannot."""

from __future__ import annotations

import contextlib
import hashlib
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.config import AnalysisLimits
from fieldkit.errors import AnalysisFailedError, AnalysisLimitError, DecoderCrashedError, MediaCorruptError
from fieldkit.sandbox.pool import Pool
from fieldkit.sandbox.protocol import ProtocolError, StreamedBlob

OPS = "tests.sandbox_ops"
LINUX = sys.platform.startswith("linux")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Pool]:
    pool = Pool(AnalysisLimits(workers=1, memory_bytes=512 << 20, cpu_s=2, wall_s=6.0, max_result_bytes=8 << 20))
    try:
        yield pool
    finally:
        pool.close()


def test_bytes_and_parameters_go_in_and_come_back(sandbox: Pool) -> None:
    data = bytes(range(256)) * 4096
    answer = sandbox.run(f"{OPS}:echo", data, page=3, name="x")
    assert answer["size"] == len(data)
    assert answer["params"] == {"page": 3, "name": "x"}
    assert answer["back"] == data[:16]  # bytes inside an answer arrive as bytes


def test_a_streamed_input_arrives_whole_and_one_that_fails_part_way_costs_only_its_child(sandbox: Pool) -> None:
    chunks = [bytes([n]) * (1 << 20) for n in range(3)]
    answer = sandbox.run(f"{OPS}:echo", StreamedBlob(3 << 20, iter(chunks)), page=1)
    assert answer["size"] == 3 << 20 and answer["sha256"] == hashlib.sha256(b"".join(chunks)).hexdigest()

    def failing() -> Iterator[bytes]:
        yield chunks[0]
        raise MediaCorruptError("media file failed authentication")  # as a stored original damaged on disk

    with pytest.raises(MediaCorruptError):
        sandbox.run(f"{OPS}:echo", StreamedBlob(3 << 20, failing()))
    assert sandbox.run(f"{OPS}:echo", b"after")["size"] == 5
    with pytest.raises(ProtocolError, match="announced"):  # shorter than it said: never handed to the decoder
        sandbox.run(f"{OPS}:echo", StreamedBlob(3 << 20, iter(chunks[:2])))
    assert sandbox.run(f"{OPS}:echo", b"after")["size"] == 5


def test_an_input_larger_than_the_child_can_hold_is_a_memory_limit_and_this_process_never_holds_it() -> None:
    """300 MiB streamed to a child capped at 256 MiB: it says so (not "crashed"); here only one 1 MiB chunk exists."""
    pool = Pool(AnalysisLimits(workers=1, memory_bytes=256 << 20, cpu_s=2, wall_s=10.0))
    chunk = bytes(1 << 20)
    try:
        with pytest.raises(AnalysisLimitError) as caught:
            pool.run(f"{OPS}:echo", StreamedBlob(300 << 20, (chunk for _ in range(300))))
        assert caught.value.reason == "memory" and "256 MiB" in caught.value.message
        assert pool.run(f"{OPS}:echo", b"after")["size"] == 5
    finally:
        pool.close()


def test_a_segfault_costs_one_child_and_the_next_request_works(sandbox: Pool) -> None:
    with pytest.raises(DecoderCrashedError) as caught:
        sandbox.run(f"{OPS}:segfault", b"x")
    assert caught.value.reason == "crashed"
    assert "SIGSEGV" in caught.value.message
    assert sandbox.run(f"{OPS}:echo", b"after")["size"] == 5


@pytest.mark.parametrize("op", ["allocate", "allocate_natively"])
def test_an_allocation_past_the_memory_cap_is_a_limit_not_a_crash_of_fieldkit(sandbox: Pool, op: str) -> None:
    with pytest.raises(AnalysisLimitError) as caught:
        sandbox.run(f"{OPS}:{op}", b"x", gib=4)
    assert caught.value.reason == "memory"
    assert "512 MiB" in caught.value.message
    assert sandbox.run(f"{OPS}:echo", b"after")["size"] == 5


def test_an_endless_loop_is_stopped_by_the_cpu_limit(sandbox: Pool) -> None:
    with pytest.raises(AnalysisLimitError) as caught:
        sandbox.run(f"{OPS}:spin", b"x")
    assert caught.value.reason in ("cpu", "timeout")
    assert sandbox.run(f"{OPS}:echo", b"after")["size"] == 5


def test_a_decoder_that_waits_forever_is_stopped_by_the_wall_clock(sandbox: Pool) -> None:
    with pytest.raises(AnalysisLimitError) as caught:
        sandbox.run(f"{OPS}:hang", b"x")
    assert caught.value.reason == "timeout"
    assert sandbox.run(f"{OPS}:echo", b"after")["size"] == 5


def test_a_decoder_cannot_write_a_file(sandbox: Pool, tmp_path: Path) -> None:
    target = tmp_path / "plaintext.jpg"
    with pytest.raises(AnalysisFailedError):
        sandbox.run(f"{OPS}:write_file", b"evidence", path=str(target))
    assert not target.exists()


@pytest.mark.skipif(not LINUX, reason="network confinement is Linux's namespace and seccomp")
def test_a_decoder_cannot_reach_the_network(sandbox: Pool) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        accepted: list[object] = []
        server.settimeout(3)

        def accept() -> None:
            with contextlib.suppress(OSError):
                accepted.append(server.accept())

        waiter = threading.Thread(target=accept)
        waiter.start()
        with pytest.raises(AnalysisFailedError):
            sandbox.run(f"{OPS}:connect", b"", port=server.getsockname()[1])
        waiter.join()
        assert accepted == []


@pytest.mark.skipif(not LINUX, reason="exec is refused by seccomp on Linux")
def test_a_decoder_cannot_run_a_program(sandbox: Pool) -> None:
    with pytest.raises(AnalysisFailedError):
        sandbox.run(f"{OPS}:run_program", b"")


def test_what_a_decoder_prints_does_not_corrupt_the_answer(sandbox: Pool) -> None:
    assert sandbox.run(f"{OPS}:chatter", b"") == "quiet answer"


def test_an_answer_past_the_result_cap_is_a_limit(sandbox: Pool) -> None:
    with pytest.raises(AnalysisLimitError) as caught:
        sandbox.run(f"{OPS}:big_answer", b"", mib=16)
    assert caught.value.reason == "too-large"
    assert sandbox.run(f"{OPS}:echo", b"after")["size"] == 5


def test_input_past_the_input_cap_is_refused_before_any_child_sees_it() -> None:
    small = Pool(AnalysisLimits(workers=1, max_input_bytes=1024))
    try:
        with pytest.raises(AnalysisLimitError) as caught:
            small.run(f"{OPS}:echo", b"x" * 2048)
        assert caught.value.reason == "too-large"
    finally:
        small.close()


@pytest.mark.skipif(not LINUX, reason="Linux confinement")
def test_the_children_report_their_confinement(sandbox: Pool) -> None:
    applied = " ".join(sandbox.confinement())
    assert "no core dumps" in applied and "no file writes" in applied and "memory 512 MiB" in applied
    assert "no network" in applied and "seccomp" in applied


def test_an_unknown_operation_is_an_error_answer(sandbox: Pool) -> None:
    with pytest.raises(AnalysisFailedError):
        sandbox.run("tests.sandbox_ops:no_such_op", b"")


def test_requests_from_several_threads_share_the_pool() -> None:
    pool = Pool(AnalysisLimits(workers=2))
    results: list[int] = []
    try:
        threads = [
            threading.Thread(target=lambda n=n: results.append(pool.run(f"{OPS}:echo", b"x" * n)["size"]))
            for n in range(1, 9)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        pool.close()
    assert sorted(results) == list(range(1, 9))
