"""Relay throughput: the same SMTP load sent straight to a sink, then through ``phigate run``.

    .venv/bin/python bench/relay.py                 # 2000 x 4 KB, 20 connections, no scanning
    .venv/bin/python bench/relay.py -n 500 -c 50
    .venv/bin/python bench/relay.py --scan          # the gateway scans (scan.enabled: true)
    .venv/bin/python bench/relay.py --config my.yaml  # any gateway config (listen, state_dir
                                                      # and delivery.smarthost are overridden)

Three processes: the sink (aiosmtpd, answers 250 and counts), the gateway (a real
``phigate run`` subprocess) and this load generator (C concurrent connections, each sending
messages back to back, as Postfix does with connection reuse). Prints msgs/s and p50/p99
latency (MAIL FROM to the DATA reply) and CPU per message for --repeat alternating rounds, and
the gateway/direct ratio against --target (default 0.5); with --check, exits 1 below it.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# --- the sink (its own process) ------------------------------------------------------------

class _CountingHandler:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.count += 1
        return "250 2.0.0 Ok"


def _sink_main(conn: Connection) -> None:
    from aiosmtpd.smtp import SMTP

    async def run() -> None:
        handler = _CountingHandler()
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(handler, decode_data=False, enable_SMTPUTF8=True,
                         hostname="sink.bench", data_size_limit=None),
            host="127.0.0.1", port=0,
        )
        conn.send(server.sockets[0].getsockname()[1])
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()

    asyncio.run(run())


# --- the load generator --------------------------------------------------------------------

@dataclass
class Result:
    label: str
    sent: int
    failed: int
    seconds: float
    latencies: list[float]

    @property
    def rate(self) -> float:
        return self.sent / self.seconds if self.seconds else 0.0

    def pct(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


def make_message(n: int, size: int) -> bytes:
    head = (f"From: bench@org.test\r\nTo: rcpt{n}@dest.test\r\nSubject: bench {n}\r\n"
            f"Message-ID: <bench.{n}@org.test>\r\nContent-Type: text/plain\r\n\r\n").encode()
    line = b"The quick brown fox jumps over the lazy dog 0123456789 abcdefghij.\r\n"
    body = (line * (size // len(line) + 1))[: max(0, size - len(head))]
    return head + body


async def load(port: int, total: int, concurrency: int, size: int, label: str) -> Result:
    import aiosmtplib

    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(total):
        queue.put_nowait(n)
    latencies: list[float] = []
    failed = 0

    async def worker() -> None:
        nonlocal failed
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False, timeout=120)
        await client.connect()
        try:
            while True:
                try:
                    n = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                msg = make_message(n, size)
                t0 = time.perf_counter()
                try:
                    errors, _ = await client.sendmail("bench@org.test", [f"rcpt{n}@dest.test"],
                                                      msg)
                    if errors:
                        failed += 1
                    else:
                        latencies.append(time.perf_counter() - t0)
                except aiosmtplib.SMTPException:
                    failed += 1
                    if not client.is_connected:
                        await client.connect()
        finally:
            if client.is_connected:
                await client.quit()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Result(label, len(latencies), failed, time.perf_counter() - t0, latencies)


# --- the gateway (a subprocess) ------------------------------------------------------------

def cpu_seconds(pid: int | None) -> float:
    """User+system CPU time of a process so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError, TypeError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"gateway exited ({proc.returncode}):\n{log.read_text()[-3000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gateway did not start listening")


def gateway_config(args: argparse.Namespace, workdir: Path, sink_port: int,
                   port: int) -> dict[str, Any]:
    from gateway.config import GatewayConfig

    data: dict[str, Any] = {}
    if args.config:
        data = yaml.safe_load(Path(args.config).read_text()) or {}
    has_scan = "scan" in GatewayConfig.model_fields
    if args.scan:
        if not has_scan:
            raise SystemExit("scanning not configured: this gateway has no scan section")
        data.setdefault("scan", {})["enabled"] = True
    elif not args.config and has_scan:
        data["scan"] = {"enabled": False}  # the relay on its own (pass-through inspector)
    data["listen"] = f"127.0.0.1:{port}"
    data["state_dir"] = str(workdir / "var")
    delivery = data.setdefault("delivery", {})
    delivery["smarthost"] = f"127.0.0.1:{sink_port}"
    delivery.setdefault("tls", "none")
    delivery.setdefault("pool_size", max(8, args.concurrency))
    limits = data.setdefault("limits", {})
    limits.setdefault("max_connections", max(200, args.concurrency * 2))
    data.setdefault("log", {"level": "INFO", "format": "json"})
    data["log"]["file"] = str(workdir / "gateway.log")
    GatewayConfig.model_validate(data)  # fail here, not in the child, on a bad --config
    return data


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", "--messages", type=int, default=2000)
    ap.add_argument("-c", "--concurrency", type=int, default=20)
    ap.add_argument("--size", type=int, default=4096, help="message size in bytes")
    ap.add_argument("--config", help="gateway config to run (listen/state_dir/smarthost replaced)")
    ap.add_argument("--scan", action="store_true", help="run the gateway with scanning on")
    ap.add_argument("--target", type=float, default=0.5,
                    help="minimum gateway/direct throughput ratio")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 when the median ratio is under --target or a message failed")
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3,
                    help="rounds of (direct, gateway); the verdict uses the median ratio")
    ap.add_argument("--profile", metavar="FILE",
                    help="run the gateway under cProfile and write its stats to FILE")
    args = ap.parse_args()

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    sink = ctx.Process(target=_sink_main, args=(child,), daemon=True)
    sink.start()
    sink_port = parent.recv()
    workdir = Path(tempfile.mkdtemp(prefix="phigate-bench-"))
    port = free_port()
    cfg = workdir / "phigate.yaml"
    cfg.write_text(yaml.safe_dump(gateway_config(args, workdir, sink_port, port)))
    log = workdir / "gateway.log"
    with open(workdir / "stderr.log", "wb") as err:
        prof = ["-m", "cProfile", "-o", str(Path(args.profile).resolve())] if args.profile else []
        gw = subprocess.Popen([sys.executable, *prof, "-m", "gateway.cli", "run", "--config",
                               str(cfg)],
                              cwd=ROOT, stdout=err, stderr=err, env={**os.environ})
    try:
        wait_port(port, gw, 300 if args.scan else 60, workdir / "stderr.log")
        n, c, size = args.messages, args.concurrency, args.size
        asyncio.run(load(sink_port, args.warmup, c, size, "warmup"))
        asyncio.run(load(port, args.warmup, c, size, "warmup"))
        rounds: list[tuple[Result, Result, float, float, float]] = []
        for _ in range(args.repeat):  # alternate, so both paths see the same machine load
            s0 = cpu_seconds(sink.pid)
            direct = asyncio.run(load(sink_port, n, c, size, "direct"))
            s1, g2 = cpu_seconds(sink.pid), cpu_seconds(gw.pid)
            via = asyncio.run(load(port, n, c, size,
                                   "gateway" + (" (scan)" if args.scan else "")))
            s3, g3 = cpu_seconds(sink.pid), cpu_seconds(gw.pid)
            rounds.append((direct, via, (s1 - s0) / n, (s3 - s1) / n, (g3 - g2) / n))
    finally:
        gw.send_signal(signal.SIGTERM)
        try:
            gw.wait(60)
        except subprocess.TimeoutExpired:
            gw.kill()
        if sink.pid is not None:
            os.kill(sink.pid, signal.SIGTERM)
        sink.join(10)

    print(f"\n{n} messages of {size} bytes, concurrency {c}, {args.repeat} round(s), "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; gateway log {log}")
    print(f"{'path':<16}{'msgs/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'failed':>8}{'CPU ms/msg':>28}")
    ratios = []
    for direct, via, sink_d, sink_g, gw_cpu in rounds:
        print(f"{direct.label:<16}{direct.rate:>10.1f}{direct.pct(50):>10.1f}"
              f"{direct.pct(99):>10.1f}{direct.failed:>8}{f'sink {sink_d * 1000:.2f}':>28}")
        print(f"{via.label:<16}{via.rate:>10.1f}{via.pct(50):>10.1f}{via.pct(99):>10.1f}"
              f"{via.failed:>8}{f'sink {sink_g * 1000:.2f} + gateway {gw_cpu * 1000:.2f}':>28}")
        ratios.append(via.rate / direct.rate if direct.rate else 0.0)
    ratio = statistics.median(ratios)
    failed = sum(via.failed for _, via, *_ in rounds)
    ok = ratio >= args.target and failed == 0
    print(f"ratio gateway/direct: {' '.join(f'{r:.2f}' for r in ratios)}; median {ratio:.2f} "
          f"(target >= {args.target:.2f}): {'PASS' if ok else 'FAIL'}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
