"""A private, throw-away Postfix instance for integration tests.

The instance lives entirely in one temporary directory (its own config_directory,
queue_directory, data_directory and log file), listens only on 127.0.0.1, and relays every
message to the gateway using the shipped snippets deploy/postfix/main.cf and
deploy/postfix/master.cf, so the configuration admins copy is the one the tests run. Only the
gateway port is substituted, and a few settings are appended to make retries fast.

It never reads or writes the system instance (/etc/postfix, /var/spool/postfix): every command
gets ``-c DIR``. Postfix must run as root (it drops privileges to ``mail_owner``), so
:func:`unavailable_reason` tells tests to skip when that is impossible.

Use it as a context manager: the instance is stopped (and its master killed if ``stop`` does not
work) on exit, even when the test fails.
"""

from __future__ import annotations

import atexit
import grp
import json
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from tests.integration.harness.net import free_port, wait_listening

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy" / "postfix"
SNIPPET_PORT = "[127.0.0.1]:10025"  # the gateway address as written in deploy/postfix/main.cf

POSTFIX = shutil.which("postfix", path="/usr/sbin:/usr/bin:/sbin:/bin") or "/usr/sbin/postfix"
SENDMAIL = shutil.which("sendmail", path="/usr/sbin:/usr/lib:/usr/bin") or "/usr/sbin/sendmail"
POSTQUEUE = shutil.which("postqueue", path="/usr/sbin:/usr/bin") or "/usr/sbin/postqueue"
POSTCONF = shutil.which("postconf", path="/usr/sbin:/usr/bin") or "/usr/sbin/postconf"

# Services the instance needs (no chroot: the temp dir holds no copy of /etc or libraries).
_MASTER_BASE = """\
# service type  private unpriv  chroot  wakeup  maxproc command + args
smtp      inet  n       -       n       -       -       smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


def unavailable_reason() -> str | None:
    """Why a private Postfix cannot run here (None when it can)."""
    if not Path(POSTFIX).exists():
        return "postfix is not installed (deploy/apt/test-packages.txt)"
    if os.geteuid() != 0:
        return "a private Postfix instance must be started as root"
    try:
        pwd.getpwnam("postfix")
        grp.getgrnam("postdrop")
    except KeyError:
        return "the postfix user or the postdrop group is missing"
    return None


_RUNNING: set[PostfixInstance] = set()


@atexit.register
def _stop_all() -> None:
    """Last resort when a test run ends without fixture teardown (Ctrl-C, pytest-timeout)."""
    for pf in list(_RUNNING):
        pf.cleanup()


def reap_stale(base: Path = Path("/tmp")) -> None:
    """Stop instances this harness left behind when a previous run was killed outright.

    Only directories made by this harness (``pfx-*`` with our ``owner.pid``) whose owning test
    process is gone are touched; their master is stopped with ``postfix -c DIR stop``.
    """
    for owner in base.glob("pfx-*/owner.pid"):
        try:
            pid = int(owner.read_text().strip())
        except (OSError, ValueError):
            continue
        if Path(f"/proc/{pid}").exists():
            continue
        etc = owner.parent / "etc"
        if (owner.parent / "queue" / "pid" / "master.pid").exists() and etc.is_dir():
            subprocess.run([POSTFIX, "-c", str(etc), "stop"], capture_output=True, timeout=30,
                           check=False)
        shutil.rmtree(owner.parent, ignore_errors=True)


class PostfixError(Exception):
    """A postfix command failed; the message carries its output (test data only, no PHI)."""


class PostfixInstance:
    """One private Postfix relaying to ``[127.0.0.1]:relay_port`` (the gateway)."""

    def __init__(self, relay_port: int, *, base_dir: Path | None = None,
                 overrides: Mapping[str, str] | None = None) -> None:
        # Unix socket paths are limited to 108 bytes: keep the directory short (not tmp_path).
        self.dir = Path(tempfile.mkdtemp(prefix="pfx-", dir=base_dir or "/tmp"))
        self.dir.chmod(0o755)
        self.config_dir = self.dir / "etc"  # root-owned, like /etc/postfix
        self.relay_port = relay_port
        self.smtpd_port = free_port()
        self.overrides = dict(overrides or {})
        self.queue_dir = self.dir / "queue"
        self.data_dir = self.dir / "data"
        self.log_file = self.dir / "maillog"
        self.started = False

    # --- configuration -------------------------------------------------------------------

    def main_cf(self) -> str:
        gateway = f"[127.0.0.1]:{self.relay_port}"
        snippet = (DEPLOY / "main.cf").read_text(encoding="utf-8")
        if SNIPPET_PORT not in snippet:
            raise PostfixError(f"deploy/postfix/main.cf no longer relays to {SNIPPET_PORT}")
        snippet = snippet.replace(SNIPPET_PORT, gateway)
        base = {
            "compatibility_level": "3.6",
            "queue_directory": str(self.queue_dir),
            "data_directory": str(self.data_dir),
            "mail_owner": "postfix",
            "setgid_group": "postdrop",
            "myhostname": "upstream.phigate.test",
            "mydomain": "phigate.test",
            "myorigin": "$myhostname",
            "mydestination": "",
            "local_recipient_maps": "",
            "alias_maps": "",
            "alias_database": "",
            "inet_interfaces": "127.0.0.1",
            "inet_protocols": "ipv4",
            "mynetworks": "127.0.0.0/8",
            "smtpd_relay_restrictions": "permit_mynetworks, reject",
            "biff": "no",
            "notify_classes": "",
            "syslog_name": f"postfix-test-{self.dir.name}",
            "maillog_file": str(self.log_file),
            "maillog_file_prefixes": str(self.dir),
            "smtp_dns_support_level": "disabled",
            "smtp_host_lookup": "native",
            "in_flow_delay": "0s",
            # Fast retries so a test sees the queue drain in seconds, not hours.
            "queue_run_delay": "1s",
            "minimal_backoff_time": "1s",
            "maximal_backoff_time": "2s",
            "maximal_queue_lifetime": "1h",
            "bounce_queue_lifetime": "1h",
            "smtp_connect_timeout": "2s",
            "destination_concurrency_failed_cohort_limit": "100",
        }
        base.update(self.overrides)
        lines = [f"{k} = {v}" for k, v in base.items()]
        return (
            "# private test instance: tests/integration/harness/postfix.py\n"
            + "\n".join(lines)
            + "\n\n# ---- deploy/postfix/main.cf ----\n"
            + snippet
        )

    def master_cf(self) -> str:
        master = _MASTER_BASE.replace(
            "smtp      inet", f"127.0.0.1:{self.smtpd_port} inet", 1
        )
        return master + "\n# ---- deploy/postfix/master.cf ----\n" + (
            DEPLOY / "master.cf"
        ).read_text(encoding="utf-8")

    # --- lifecycle -----------------------------------------------------------------------

    def _run(self, *argv: str, input: bytes | None = None, timeout: float = 60,
             check: bool = True) -> subprocess.CompletedProcess[bytes]:
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C"}
        proc = subprocess.run(argv, input=input, capture_output=True, timeout=timeout, env=env,
                              check=False)
        if check and proc.returncode != 0:
            raise PostfixError(
                f"{' '.join(argv)} exited {proc.returncode}: "
                f"{proc.stdout.decode(errors='replace')}{proc.stderr.decode(errors='replace')}"
                f"\n--- maillog ---\n{self.log_tail()}"
            )
        return proc

    def start(self) -> PostfixInstance:
        reason = unavailable_reason()
        if reason:
            raise PostfixError(reason)
        reap_stale(self.dir.parent)
        self.config_dir.mkdir(mode=0o755, exist_ok=True)
        (self.config_dir / "main.cf").write_text(self.main_cf(), encoding="utf-8")
        (self.config_dir / "master.cf").write_text(self.master_cf(), encoding="utf-8")
        self.data_dir.mkdir(mode=0o700, exist_ok=True)
        shutil.chown(self.data_dir, "postfix", "postfix")
        self.queue_dir.mkdir(mode=0o755, exist_ok=True)
        self.log_file.touch(mode=0o644)
        (self.dir / "owner.pid").write_text(str(os.getpid()))
        # "check" creates the queue sub-directories with the right owners and modes.
        self._run(POSTFIX, "-c", str(self.config_dir), "check")
        self.started = True
        _RUNNING.add(self)
        self._run(POSTFIX, "-c", str(self.config_dir), "start")
        wait_listening("127.0.0.1", self.smtpd_port, timeout=20)
        return self

    def master_pid(self) -> int | None:
        try:
            text = (self.queue_dir / "pid" / "master.pid").read_text().strip()
            pid = int(text)
            os.kill(pid, 0)
        except (OSError, ValueError):
            return None
        return pid

    def stop(self) -> None:
        """Stop the instance; kill its master if a clean stop does not work within 10 s."""
        if not self.started:
            return
        pid = self.master_pid()
        self._run(POSTFIX, "-c", str(self.config_dir), "stop", check=False, timeout=30)
        deadline = time.monotonic() + 10
        while pid is not None and self._alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if pid is not None and self._alive(pid):
            self._run(POSTFIX, "-c", str(self.config_dir), "abort", check=False, timeout=30)
            time.sleep(0.5)
            if self._alive(pid):
                os.kill(pid, signal.SIGKILL)  # the master we started, by its own pid
        self.started = False
        _RUNNING.discard(self)

    @staticmethod
    def _alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        # A zombie is not running; its parent (postfix start) has exited and init reaps it.
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except OSError:
            return False
        return state != "Z"

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> PostfixInstance:
        try:
            return self.start()
        except BaseException:
            self.cleanup()
            raise

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None and os.environ.get("PHIGATE_KEEP_POSTFIX"):
            self.stop()  # keep the directory (queue, maillog) for a post-mortem
            return
        self.cleanup()

    # --- mail ----------------------------------------------------------------------------

    def sendmail(self, sender: str, rcpts: Iterable[str], data: bytes) -> None:
        """Inject one message through sendmail(1) -> postdrop -> pickup (no SMTP involved)."""
        self._run(SENDMAIL, "-C", str(self.config_dir), "-i", "-f", sender, "--", *rcpts,
                  input=data)

    def flush(self) -> None:
        """Ask the queue manager to retry deferred mail now (postqueue -f)."""
        self._run(POSTQUEUE, "-c", str(self.config_dir), "-f", check=False)

    def queue(self) -> list[dict[str, Any]]:
        """The queue as postqueue -j reports it (one dict per queued message)."""
        out = self._run(POSTQUEUE, "-c", str(self.config_dir), "-j").stdout.decode()
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    def wait_empty(self, timeout: float, flush_every: float = 5.0) -> list[dict[str, Any]]:
        """Wait until the queue is empty (returns []); on timeout return what is left."""
        deadline = time.monotonic() + timeout
        next_flush = time.monotonic() + flush_every
        left = self.queue()
        while left and time.monotonic() < deadline:
            time.sleep(0.5)
            if time.monotonic() > next_flush:
                self.flush()
                next_flush = time.monotonic() + flush_every
            left = self.queue()
        return left

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no maillog)"

    def postconf(self, name: str) -> str:
        out = self._run(POSTCONF, "-c", str(self.config_dir), "-h", name).stdout.decode()
        return out.strip()
