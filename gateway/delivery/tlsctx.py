"""TLS client contexts for outbound SMTP: TLS 1.2+, verification only where required."""

from __future__ import annotations

import ssl
from functools import lru_cache
from pathlib import Path

from gateway.config import TlsMode


@lru_cache(maxsize=32)
def client_context(verify: bool, ca_file: Path | None = None) -> ssl.SSLContext:
    """A client context with TLS >= 1.2.

    ``verify=False`` encrypts without authenticating the peer (opportunistic / required);
    ``verify=True`` checks the chain against ``ca_file`` (or the system store) and the name.
    """
    if verify:
        ctx = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
        ctx.check_hostname = True
        ctx.verify_mode = ssl.CERT_REQUIRED
    else:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def needs_tls(mode: TlsMode) -> bool:
    return mode.rank >= TlsMode.REQUIRED.rank


def needs_verification(mode: TlsMode) -> bool:
    return mode.rank >= TlsMode.VERIFY.rank
