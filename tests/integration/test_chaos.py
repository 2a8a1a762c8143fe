"""No-loss chaos test: Postfix -> ``phigate run`` -> sink while the gateway is SIGKILLed repeatedly.

Every message injected into a real Postfix (configured with deploy/postfix/) must reach the sink
at least once; duplicates are allowed (and counted), losses are not. Postfix keeps the queue, so
the gateway's only duty is never to answer 250 before the next hop holds the message.
"""

from __future__ import annotations

import collections
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.helpers.sink import SinkBehaviour
from tests.integration.harness.gateway_proc import GatewayProcess
from tests.integration.harness.postfix import PostfixInstance
from tests.integration.harness.sinkthread import ThreadedSink

pytestmark = [pytest.mark.integration, pytest.mark.slow]

MESSAGES = 500
KILLS = 6
DOMAINS = ("alpha.test", "beta.test", "gamma.test", "delta.test")


def _message(n: int) -> tuple[list[str], bytes, bytes]:
    """Recipients, the injected text (LF line ends, as sendmail takes it) and the expected body."""
    rcpts = [f"rcpt{n}@{DOMAINS[n % len(DOMAINS)]}"]
    if n % 10 == 0:  # two destinations: exercises the one-destination-per-transaction rule
        rcpts.append(f"cc{n}@{DOMAINS[(n + 1) % len(DOMAINS)]}")
    body_lines = [f"chaos message {n} line {i} caf\u00e9 \u00fcber" for i in range(40)]
    body = "\n".join(body_lines) + "\n"
    text = (
        f"From: sender@org.test\nTo: {', '.join(rcpts)}\nSubject: chaos {n}\n"
        f"X-Chaos-Id: {n}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    ) + body
    return rcpts, text.encode(), body.replace("\n", "\r\n").encode()


def _chaos_id(data: bytes) -> int:
    for line in data.split(b"\r\n"):
        if line.startswith(b"X-Chaos-Id: "):
            return int(line.split(b": ", 1)[1])
        if not line:
            break
    raise AssertionError("delivered message without X-Chaos-Id")


def test_no_message_lost_while_gateway_is_killed(
    threaded_sink: Callable[..., ThreadedSink],
    gateway_process: Callable[..., GatewayProcess],
    postfix: Callable[..., PostfixInstance],
) -> None:
    # A slow-ish next hop keeps many transactions in flight when the kills land.
    sink = threaded_sink(SinkBehaviour(delay=0.15))
    gw = gateway_process({
        "delivery": {"smarthost": sink.hostport, "tls": "none", "pool_size": 32},
        "limits": {"processing_timeout": 20},
        "log": {"level": "INFO", "format": "json"},
    })
    pf = postfix(gw.port)

    expected: dict[tuple[int, str], bytes] = {}
    messages = [_message(n) for n in range(MESSAGES)]
    for n, (rcpts, _, body) in enumerate(messages):
        for r in rcpts:
            expected[(n, r)] = body

    injected = threading.Event()

    def inject() -> None:
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda m: pf.sendmail("sender@org.test", m[0], m[1]), messages))
        injected.set()

    kills = 0
    rng = random.Random(20261201)
    injector = threading.Thread(target=inject, name="inject")
    started = time.monotonic()
    injector.start()
    try:
        while kills < KILLS:
            time.sleep(rng.uniform(0.8, 2.0))
            gw.kill()
            kills += 1
            time.sleep(rng.uniform(0.2, 1.0))  # Postfix sees connection refused meanwhile
            gw.start()
    finally:
        injector.join(120)
    assert injected.is_set(), "injection did not finish"

    left = pf.wait_empty(timeout=180)
    elapsed = time.monotonic() - started
    # Deliveries are recorded by the sink only after its delay; let the last ones land.
    time.sleep(0.5)

    counts: collections.Counter[tuple[int, str]] = collections.Counter()
    corrupted = []
    for m in sink.messages:
        n = _chaos_id(m.data)
        for r in m.rcpts:
            counts[(n, r)] += 1
            if not m.data.endswith(expected.get((n, r), b"\0")):
                corrupted.append((n, r))
    missing = sorted(set(expected) - set(counts))
    dups = {k: c for k, c in counts.items() if c > 1}
    unexpected = sorted(set(counts) - set(expected))
    print(
        f"\nchaos: messages={MESSAGES} deliveries_expected={len(expected)} "
        f"sink_transactions={len(sink.messages)} delivered_unique={len(counts)} "
        f"duplicates={sum(c - 1 for c in dups.values())} ({len(dups)} deliveries) "
        f"missing={len(missing)} kills={kills} gateway_starts={gw.starts} "
        f"postfix_queue_left={len(left)} elapsed={elapsed:.1f}s"
    )
    if dups:
        print("duplicated (message, recipient):", sorted(dups.items())[:50])
    log = pf.log_file.read_text(errors="replace")
    assert not left, f"Postfix queue did not drain: {len(left)} left\n{pf.log_tail()}"
    assert not missing, f"LOST {len(missing)}: {missing[:20]}\n{pf.log_tail()}"
    assert not unexpected
    assert not corrupted, f"body changed in transit: {corrupted[:10]}"
    assert "status=bounced" not in log, "Postfix bounced a message the gateway should have taken"
    assert "Traceback" not in gw.log_text()
