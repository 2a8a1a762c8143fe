"""Consumer mail services: where a personal mailbox lives. One list for the whole gateway.

The policy engine's default ``webmail_domains`` is this list, matched exactly (an admin may
replace it in the policy YAML). The detector asks a looser question of the same list: is an
address at one of these services under any country suffix ("gmail.co.uk", "yahoo.fr")? A
recipient there reads mail as a private person, so a greeting names the patient.
"""

from __future__ import annotations

import re

CONSUMER_MAIL_DOMAINS: tuple[str, ...] = (
    # United States and worldwide
    "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com", "outlook.com",
    "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com", "mac.com", "aol.com",
    "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net", "mail.com", "zoho.com",
    "yandex.com", "tutanota.com", "fastmail.com", "hey.com", "comcast.net", "att.net",
    "verizon.net", "sbcglobal.net",
    # the home countries of patients' families
    "qq.com", "163.com", "126.com", "naver.com", "hanmail.net", "daum.net", "web.de",
    "orange.fr", "free.fr", "libero.it", "ukr.net", "mail.ru", "yandex.ru", "rambler.ru",
    "bk.ru", "inbox.ru", "list.ru",
)  # fmt: skip

# The service's own label, then only a public suffix ("gmail.com", "gmail.co.uk", "yahoo.fr"; an
# address may end in a dot): "ops@mail.riverbendheart.com" is the organisation's own host.
PERSONAL_MAILBOX = re.compile(
    r"@(?:"
    + "|".join(sorted({re.escape(d.split(".")[0]) for d in CONSUMER_MAIL_DOMAINS}))
    + r")(?:\.[a-z]{2,3}){1,2}(?!\.?[\w-])",
    re.IGNORECASE,
)
