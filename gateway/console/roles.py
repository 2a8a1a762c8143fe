"""Console roles and what each may do: one table, checked by every handler.

Separation of duties: reviewers handle held mail (content masked until they unmask, which is
audited); auditors see metadata and the audit trail but never message content and cannot act;
admins manage accounts and read the audit trail but do not read held mail.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    REVIEWER = "reviewer"
    AUDITOR = "auditor"
    ADMIN = "admin"


class Perm(StrEnum):
    DASHBOARD = "dashboard"
    QUEUE_LIST = "queue_list"  # metadata: ids, rule, reason, domains, counts, ages
    ENVELOPE = "envelope"  # full sender/recipient addresses
    CONTENT = "content"  # message text (masked) and attachment names
    UNMASK = "unmask"
    ACT = "act"  # release, release encrypted, reject, delete
    AUDIT = "audit"
    USERS = "users"


MATRIX: dict[Role, frozenset[Perm]] = {
    Role.REVIEWER: frozenset({Perm.DASHBOARD, Perm.QUEUE_LIST, Perm.ENVELOPE, Perm.CONTENT,
                              Perm.UNMASK, Perm.ACT}),
    Role.AUDITOR: frozenset({Perm.DASHBOARD, Perm.QUEUE_LIST, Perm.AUDIT}),
    Role.ADMIN: frozenset({Perm.DASHBOARD, Perm.QUEUE_LIST, Perm.AUDIT, Perm.USERS}),
}


def allowed(role: Role | str, perm: Perm) -> bool:
    try:
        return perm in MATRIX[Role(role)]
    except ValueError:
        return False
