"""Relay throughput: the same SMTP load sent straight to a sink, then through ``phigate run``.

    .venv/bin/python bench/relay.py                 # 2000 x 4 KB, 20 connections, no scanning
    .venv/bin/python bench/relay.py -n 500 -c 50
    .venv/bin/python bench/relay.py --scan          # the gateway scans (scan.enabled: true)
    .venv/bin/python bench/relay.py --config my.yaml  # any gateway config (listen, state_dir
                                                      # and delivery.smarthost are overridden)
    .venv/bin/python bench/relay.py --compare       # direct, plain gateway and scanning
                                                      # gateway in the same alternating rounds
    .venv/bin/python bench/relay.py --compare plain,plain:uvloop  # asyncio's loop vs uvloop
    .venv/bin/python bench/relay.py --compare plain,scan,scan:w2  # 1 and 2 scan workers
    .venv/bin/python bench/relay.py --compare --body mail  # the corpus's no-PHI mail, not fox
    .venv/bin/python bench/relay.py --scan-ipc 300  # the scan pool alone: per message, time in
                                                      # the worker (extract + analyze) vs IPC

Three processes: the sink (aiosmtpd, answers 250 and counts), the gateway (a real
``phigate run`` subprocess) and this load generator (C concurrent connections, each sending
messages back to back, as Postfix does with connection reuse). Prints msgs/s and p50/p99
latency (MAIL FROM to the DATA reply) and CPU per message for --repeat alternating rounds, and
the gateway/direct ratio against --target (default 0.5); with --check, exits 1 below it (with
--compare, the plain gateway's ratio is checked; the scanning one is reported).
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
    def __init__(self, pipelining: bool) -> None:
        self.count = 0
        self.pipelining = pipelining

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,  # noqa: N802
                          responses: list[str]) -> list[str]:
        # Postfix, the usual next hop, offers PIPELINING; aiosmtpd reads commands one at a
        # time, so pipelined input is safe to accept (the load generator never pipelines).
        session.host_name = hostname
        if self.pipelining:
            responses.insert(-1, "250-PIPELINING")
        return responses

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.count += 1
        return "250 2.0.0 Ok"


def _sink_main(conn: Connection, pipelining: bool) -> None:
    from aiosmtpd.smtp import SMTP

    async def run() -> None:
        handler = _CountingHandler(pipelining)
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


_MAIL: list[bytes] = []


def corpus_mail() -> list[bytes]:
    """The no-PHI messages of tests/corpus (ordinary outbound mail: notices, invoices, rosters,
    newsletters, some with attachments), sent as they are (``--body mail``)."""
    if not _MAIL:
        import json

        corpus = ROOT / "tests" / "corpus"
        labels = json.loads((corpus / "labels.json").read_text())
        _MAIL.extend((corpus / row["file"]).read_bytes() for row in labels if not row["phi"])
    return _MAIL


def make_message(n: int, size: int) -> bytes:
    if size < 0:  # --body mail
        mail = corpus_mail()
        return mail[n % len(mail)]
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


# --- the scan pool on its own ----------------------------------------------------------------

async def scan_ipc(count: int, size: int, detector: str | None) -> None:
    """Where a scanned message's time goes: the worker's own extract + analyze (its
    ``elapsed_ms``) against the whole round trip through the pool (pipe, pickling, loop wake-up),
    one message at a time on one worker, then 4 at a time."""
    import pickle

    from gateway.config import GatewayConfig
    from gateway.detect.pool import ScanPool

    scan_cfg = GatewayConfig.model_validate({}).scan
    pool = ScanPool(detector or scan_cfg.detector, workers=1, timeout=scan_cfg.timeout)
    t0 = time.perf_counter()
    await pool.start()
    # What a worker costs to (re)start: paid again every max_tasks_per_child scans, and with
    # one worker no message is scanned meanwhile.
    start_s = time.perf_counter() - t0
    try:
        for _ in range(20):
            await pool.scan(make_message(0, size))
        walls, inside, sizes, unpickle = [], [], [], []
        for n in range(count):
            raw = make_message(n, size)
            t0 = time.perf_counter()
            result = await pool.scan(raw)
            walls.append((time.perf_counter() - t0) * 1000)
            inside.append(result.elapsed_ms)
            blob = pickle.dumps(("ok", result, False), protocol=pickle.HIGHEST_PROTOCOL)
            sizes.append(len(blob))
            t1 = time.perf_counter()
            pickle.loads(blob)
            unpickle.append((time.perf_counter() - t1) * 1000)
        t0 = time.perf_counter()
        await asyncio.gather(*(pool.scan(make_message(n, size)) for n in range(count)))
        queued = (time.perf_counter() - t0) / count * 1000
    finally:
        await pool.close()
    med = statistics.median
    ipc = [w - i for w, i in zip(walls, inside, strict=True)]
    what = f"{size} bytes" if size >= 0 else "corpus mail"
    print(f"\nscan pool, 1 worker, {count} messages of {what} (ms per message, median):")
    print(f"  round trip through the pool  {med(walls):8.2f}   (p99 "
          f"{sorted(walls)[int(0.99 * (count - 1))]:.2f})")
    print(f"  in the worker (extract+analyze){med(inside):6.2f}")
    print(f"  IPC (pipe, pickle, wake-ups){med(ipc):8.2f}   of which unpickling the result "
          f"{med(unpickle):.3f} ({int(med(sizes))} bytes)")
    print(f"  all {count} submitted at once  {queued:8.2f}   -> at most {1000 / queued:.0f} "
          "msgs/s per worker")
    print(f"  starting a worker (model load + warm-up): {start_s:.1f} s, every "
          f"{pool.max_tasks} scans (max_tasks_per_child) = "
          f"{start_s * 1000 / pool.max_tasks if pool.max_tasks else 0:.1f} ms per message "
          "amortised, all of it a stall with one worker")


# --- the gateway (a subprocess) ------------------------------------------------------------

def own_cpu_seconds(pid: int | None) -> float:
    """User+system CPU time of the process itself, without its children (Linux /proc)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return sum(int(f) for f in fields[11:13]) / os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int | None) -> float:
    """User+system CPU time of a process and its descendants (the scan workers, live or
    reaped) so far (Linux /proc; 0 elsewhere)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    # utime + stime, and cutime + cstime: children already reaped (a scan worker retired
    # after max_tasks_per_child is reaped by the forkserver).
    own = sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            children.extend(int(c) for c in task.read_text().split())
        except OSError:
            continue
    return own + sum(cpu_seconds(c) for c in children)


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
                   port: int, scan: bool, *, workers: int | None = None) -> dict[str, Any]:
    from gateway.config import GatewayConfig

    data: dict[str, Any] = {}
    if args.config:
        data = yaml.safe_load(Path(args.config).read_text()) or {}
    has_scan = "scan" in GatewayConfig.model_fields
    if scan:
        if not has_scan:
            raise SystemExit("scanning not configured: this gateway has no scan section")
        data.setdefault("scan", {})["enabled"] = True
        if workers:
            data["scan"]["workers"] = workers
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
    ap.add_argument("--body", choices=("fox", "mail"), default="fox",
                    help="fox: --size bytes of a pangram line with a 10-digit number (the worst "
                         "case for the digit patterns); mail: the no-PHI messages of tests/corpus "
                         "as they are (realistic outbound mail, attachments included)")
    ap.add_argument("--config", help="gateway config to run (listen/state_dir/smarthost replaced)")
    ap.add_argument("--scan", action="store_true", help="run the gateway with scanning on")
    ap.add_argument("--target", type=float, default=0.5,
                    help="minimum gateway/direct throughput ratio")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 when the median ratio is under --target or a message failed")
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3,
                    help="rounds of (direct, gateway); the verdict uses the median ratio")
    ap.add_argument("--compare", nargs="?", const="plain,scan", metavar="VARIANTS",
                    help="gateways side by side in the same rounds (default plain,scan); each "
                         "plain|scan[:uvloop][:wN][@DIR]: :uvloop runs uvloop, :wN N scan "
                         "workers, @DIR another checkout (on DIR/.venv when it exists) "
                         "(before/after)")
    ap.add_argument("--sink-no-pipelining", action="store_true",
                    help="the sink does not offer PIPELINING (the gateway then sends one "
                         "command per round trip)")
    ap.add_argument("--uvloop", action="store_true",
                    help="run the gateway on uvloop (PHIGATE_EVENT_LOOP=uvloop)")
    ap.add_argument("--profile", metavar="FILE",
                    help="run the gateway under cProfile and write its stats to FILE "
                         "(with --compare: one FILE.<variant> per gateway)")
    ap.add_argument("--profile-clock", choices=("wall", "cpu"), default="wall",
                    help="--profile's clock: wall time, or the event loop thread's CPU time "
                         "(what the gateway process itself spends, not time it waits)")
    ap.add_argument("--scan-ipc", type=int, metavar="N",
                    help="measure the scan pool alone with N messages (no SMTP) and exit")
    args = ap.parse_args()
    if args.scan_ipc:
        asyncio.run(scan_ipc(args.scan_ipc, -1 if args.body == "mail" else args.size, None))
        return 0

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    sink = ctx.Process(target=_sink_main, args=(child, not args.sink_no_pipelining), daemon=True)
    sink.start()
    sink_port = parent.recv()
    variants = [variant(name) for name in args.compare.split(",")] if args.compare else [
        Variant("gateway" + (" (scan)" if args.scan else ""), args.scan, args.uvloop, ROOT)]
    gateways: list[Gateway] = []
    n, c, size = args.messages, args.concurrency, args.size
    if args.body == "mail":
        size = -1  # make_message cycles through the corpus
    # label -> (result, sink CPU, gateway CPU with its workers, the gateway process's own CPU)
    rounds: list[dict[str, tuple[Result, float, float, float]]] = []
    try:
        for v in variants:
            gateways.append(start_gateway(args, v, sink_port))
        for gw in gateways:
            wait_port(gw.port, gw.proc, 300 if gw.scan else 60, gw.workdir / "stderr.log")
        asyncio.run(load(sink_port, args.warmup, c, size, "warmup"))
        for gw in gateways:
            asyncio.run(load(gw.port, args.warmup, c, size, "warmup"))
        for _ in range(args.repeat):  # alternate, so every path sees the same machine load
            row: dict[str, tuple[Result, float, float, float]] = {}
            for label, port, pid in [("direct", sink_port, None),
                                     *((g.label, g.port, g.proc.pid) for g in gateways)]:
                s0, g0, m0 = cpu_seconds(sink.pid), cpu_seconds(pid), own_cpu_seconds(pid)
                result = asyncio.run(load(port, n, c, size, label))
                s1, g1, m1 = cpu_seconds(sink.pid), cpu_seconds(pid), own_cpu_seconds(pid)
                row[label] = (result, (s1 - s0) / n, (g1 - g0) / n, (m1 - m0) / n)
            rounds.append(row)
    finally:
        for gw in gateways:
            gw.proc.send_signal(signal.SIGTERM)
        for gw in gateways:
            try:
                gw.proc.wait(60)
            except subprocess.TimeoutExpired:
                gw.proc.kill()
        if sink.pid is not None:
            os.kill(sink.pid, signal.SIGTERM)
        sink.join(10)

    logs = ", ".join(f"{g.label}: {g.workdir / 'gateway.log'}" for g in gateways)
    what = (f"{size} bytes" if size >= 0 else
            f"corpus mail (mean {statistics.mean(map(len, corpus_mail())):.0f} bytes)")
    print(f"\n{n} messages of {what}, concurrency {c}, {args.repeat} round(s), "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; logs {logs}\n"
          "(gateway CPU includes its scan workers, of which 'main' is the gateway process "
          "itself; event loop asyncio unless :uvloop)")
    print(f"{'path':<16}{'msgs/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'failed':>8}"
          f"{'CPU ms/msg':>40}{'ratio':>8}")
    ratios: dict[str, list[float]] = {g.label: [] for g in gateways}
    for row in rounds:
        direct = row["direct"][0]
        for label, (res, sink_cpu, gw_cpu, main_cpu) in row.items():
            cpu = f"sink {sink_cpu * 1000:.2f}"
            ratio = ""
            if label != "direct":
                cpu += f" + gateway {gw_cpu * 1000:.2f} (main {main_cpu * 1000:.2f})"
                r = res.rate / direct.rate if direct.rate else 0.0
                ratios[label].append(r)
                ratio = f"{r:.2f}"
            print(f"{label:<16}{res.rate:>10.1f}{res.pct(50):>10.1f}{res.pct(99):>10.1f}"
                  f"{res.failed:>8}{cpu:>40}{ratio:>8}")
    ok = True
    for i, (label, rs) in enumerate(ratios.items()):
        median = statistics.median(rs)
        failed = sum(row[label][0].failed for row in rounds)
        checked = i == 0  # the plain relay (or the only gateway) is held to --target
        passed = median >= args.target and failed == 0
        ok = ok and (passed or not checked)
        verdict = (f"(target >= {args.target:.2f}): {'PASS' if passed else 'FAIL'}" if checked
                   else "(reported)")
        print(f"ratio {label}/direct: {' '.join(f'{r:.2f}' for r in rs)}; median {median:.2f} "
              f"{verdict}")
    plain = next((g.label for g in gateways if not g.scan), None)
    for g in gateways:
        if g.scan and plain:  # the goal: scanning at >= 50 % of the plain relay
            rs = [row[g.label][0].rate / row[plain][0].rate for row in rounds
                  if row[plain][0].rate]
            print(f"ratio {g.label}/{plain}: {' '.join(f'{r:.2f}' for r in rs)}; median "
                  f"{statistics.median(rs):.2f} (goal >= 0.50)")
    return 0 if ok or not args.check else 1


@dataclass
class Gateway:
    label: str
    scan: bool
    port: int
    workdir: Path
    proc: subprocess.Popen[bytes]


@dataclass(frozen=True)
class Variant:
    label: str
    scan: bool
    uvloop: bool
    root: Path  # the source tree the gateway runs from
    workers: int | None = None  # scan.workers (None: the config's)


def variant(spec: str) -> Variant:
    """``plain`` or ``scan``, then ``:uvloop`` for uvloop (``PHIGATE_EVENT_LOOP``) and/or
    ``:wN`` for N scan workers, then ``@DIR`` to run another checkout (``git worktree add
    /tmp/before HEAD~3``: before/after in one run)."""
    body, _, root = spec.partition("@")
    kind, *opts = body.split(":")
    workers = None
    for opt in opts:
        if opt.startswith("w") and opt[1:].isdigit() and kind == "scan":
            workers = int(opt[1:])
        elif opt != "uvloop":
            kind = "?"
    if kind not in ("plain", "scan"):
        raise SystemExit(f"bad --compare variant {spec!r}: plain|scan[:uvloop][:wN][@DIR]")
    label = body + ("@" + Path(root).name if root else "")
    return Variant(label, kind == "scan", "uvloop" in opts, Path(root).resolve() if root else ROOT,
                   workers)


# ``--profile-clock cpu``: cProfile timed by the event loop thread's own CPU clock, so a
# ``send`` that wakes a scan worker (which then takes the core) is not billed as the gateway's.
_CPU_PROFILE = """\
import cProfile, runpy, sys, time
out = sys.argv[1]
sys.argv = ["phigate", *sys.argv[2:]]
prof = cProfile.Profile(time.thread_time)
try:
    prof.runcall(runpy.run_module, "gateway.cli", run_name="__main__", alter_sys=True)
finally:
    prof.dump_stats(out)
"""


def start_gateway(args: argparse.Namespace, v: Variant, sink_port: int) -> Gateway:
    label, scan = v.label, v.scan
    workdir = Path(tempfile.mkdtemp(prefix="phigate-bench-"))
    port = free_port()
    cfg = workdir / "phigate.yaml"
    data = gateway_config(args, workdir, sink_port, port, scan, workers=v.workers)
    cfg.write_text(yaml.safe_dump(data))
    env = {**os.environ, "PYTHONPATH": str(v.root)}
    env["PHIGATE_EVENT_LOOP"] = "uvloop" if v.uvloop else "asyncio"
    prof: list[str] = []
    if args.profile:
        out = Path(args.profile).resolve()
        if args.compare:
            out = out.with_name(f"{out.stem}.{label.replace(':', '-')}{out.suffix}")
        if args.profile_clock == "cpu":
            prof = ["-c", _CPU_PROFILE, str(out)]
        else:
            prof = ["-m", "cProfile", "-o", str(out)]
    cmd = ["-m", "gateway.cli"] if not prof or prof[0] != "-c" else []
    # Another checkout runs on its own venv when it has one (its own pinned dependencies).
    own = v.root / ".venv" / "bin" / "python"
    python = str(own) if v.root != ROOT and own.exists() else sys.executable
    with open(workdir / "stderr.log", "wb") as err:
        proc = subprocess.Popen([python, *prof, *cmd, "run", "--config", str(cfg)],
                                cwd=v.root, stdout=err, stderr=err, env=env)
    return Gateway(label, scan, port, workdir, proc)


if __name__ == "__main__":
    sys.exit(main())
