"""A receipt that thanks its reader by name, and a claim attachment (X12 275) naming its patient.

"Thank you, Irene Sandoval." opening a payment receipt thanks the reader: the name ends a
sentence on the first line. The same words closing a message ("Thank you,\nDana Whitfield") are
the writer's sign-off. An X12 275 carries the clinical record that supports a claim: a patient
segment there is a patient, as in an 837. Texts are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

from gateway.detect import Detector
from gateway.extract import extract


def _eml(to: str, subject: str, body: str, ctype: str = "text/plain", atts: str = "") -> bytes:
    head = (
        f"From: Billing <receipts@lakeside-dental-billing.com>\r\nTo: {to}\r\n"
        f"Subject: {subject}\r\nMIME-Version: 1.0\r\n"
    )
    if not atts:
        return (head + f"Content-Type: {ctype}; charset=utf-8\r\n\r\n{body}").encode()
    return (
        head + 'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\n'
        f"Content-Type: {ctype}; charset=utf-8\r\n\r\n{body}\r\n{atts}--b1--\r\n"
    ).encode()


RECEIPT = (
    "<html><body><p>Thank you, Marisol Quintero.</p><table>"
    "<tr><td>Provider</td><td>Lakeside Community Dental</td></tr>"
    "<tr><td>Service</td><td>04/02/2026 D7210 surgical extraction #17</td></tr>"
    "<tr><td>Paid</td><td>$40.00</td></tr></table></body></html>"
)


@pytest.mark.parametrize("opening", ["Thank you, Marisol Quintero.", "Thanks, Marisol Quintero!"])
def test_a_receipt_thanking_its_reader_by_name_is_about_her_care(
    patterns: Detector, opening: str
) -> None:
    body = RECEIPT.replace("Thank you, Marisol Quintero.", opening)
    raw = _eml("mquintero77@gmail.com", "Payment receipt", body, "text/html")
    verdict = patterns.analyze(extract(raw))
    assert verdict.phi, verdict.evidence
    assert any(f.entity == "PERSON" for f in verdict.findings)


def test_the_same_words_closing_a_message_are_a_sign_off(patterns: Detector) -> None:
    body = (
        "The extraction list for the D7210 surgical extraction audit is attached to the ticket.\n\n"
        "Thank you,\nMarisol Quintero\nBilling Supervisor"
    )
    verdict = patterns.analyze(extract(_eml("ops@lakeside-dental.org", "Audit", body)))
    assert not any(f.entity == "PERSON" for f in verdict.findings)


X275 = (
    "ISA*00*          *00*          *ZZ*LAKESIDE       *ZZ*PAYER          *261020*1015*^*00501*"
    "000000419*0*P*:~GS*PI*LAKESIDE*PAYER*20261020*1015*419*X*005010X210~ST*275*0001~"
    "BGN*11*7731205*20261020~NM1*QC*1*QUINTERO*MARISOL****MI*ZQ55287104~DTP*472*D8*20260914~"
    "CAT*AE*TX~OOI*OPERATIVE REPORT LAPAROSCOPIC CHOLECYSTECTOMY~SE*7*0001~GE*1*419~IEA*1*419~"
)


def test_an_x12_275_claim_attachment_is_phi(patterns: Detector) -> None:
    att = (
        "--b1\r\nContent-Type: application/edi-x12\r\n"
        'Content-Disposition: attachment; filename="batch0419_275.x12"\r\n\r\n' + X275 + "\r\n"
    )
    raw = _eml("edi.intake@payer-example.com", "275 batch 0419", "Batch attached.", atts=att)
    verdict = patterns.analyze(extract(raw))
    assert verdict.phi, verdict.evidence
