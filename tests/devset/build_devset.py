# ruff: noqa: E501  (message texts are data; their line lengths are part of the realism)
"""Build the phigate development corpus: tests/devset/*.eml and tests/devset/labels.json.

Every message below is written by hand to read like mail that really leaves hospitals, clinics,
pharmacies, labs, billing companies, insurers and their vendors. A smaller templated tail adds
volume (appointment reminders, call logs, rosters) from fixed word lists and a seeded RNG.

Labels follow /work/shared/DOMAIN.md: PHI means an identifier of a person together with
information about that person's health, care or payment for care (being someone's patient is
itself health information), or a high-risk patient identifier (SSN, MRN, member ID, MBI) tied to a
patient. Workforce records, clinicians' own identifiers, animals, aggregate figures and
de-identified teaching cases are not PHI.

All people, numbers and organisations are invented. SSNs avoid 000/666/9xx areas and the
well-known example; NPIs pass the Luhn check with the 80840 prefix; MBIs follow the CMS format.

Output is byte-for-byte deterministic: fixed Date and Message-ID headers, fixed MIME boundaries,
hand-built XLSX/PDF attachments with fixed timestamps.

Usage: python tests/devset/build_devset.py [OUTDIR]   (default: the directory of this script)
"""

from __future__ import annotations

import email
import html as htmlmod
import io
import json
import random
import sys
import textwrap
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_DATE = datetime(2026, 3, 2, 7, 41, 0, tzinfo=timezone(timedelta(hours=-5)))


@dataclass(frozen=True)
class Att:
    filename: str
    data: bytes
    maintype: str
    subtype: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Spec:
    phi: bool
    category: str
    notes: str
    frm: str
    to: str
    subject: str
    body: str
    html: str | None = None
    cc: str | None = None
    atts: tuple[Att, ...] = ()
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)


SPECS: list[Spec] = []


def _d(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


def add(phi: bool, category: str, notes: str, frm: str, to: str, subject: str, body: str, *,
        html: str | None = None, cc: str | None = None, atts: tuple[Att, ...] = (),
        headers: tuple[tuple[str, str], ...] = ()) -> None:
    SPECS.append(Spec(phi, category, notes, frm, to, subject, _d(body), html, cc, atts, headers))


# --------------------------------------------------------------------------- attachment helpers

_FIXED_ZIP_TIME = (2026, 2, 27, 16, 5, 12)


def csv_att(filename: str, text: str) -> Att:
    return Att(filename, _d(text).replace("\n", "\r\n").encode("utf-8"), "text", "csv")


def ics_att(filename: str, text: str) -> Att:
    data = _d(text).replace("\n", "\r\n").encode("utf-8")
    return Att(filename, data, "text", "calendar", (("method", "REQUEST"),))


def _col(n: int) -> str:
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_att(filename: str, rows: list[list[str]], sheet: str = "Sheet1") -> Att:
    """A minimal, valid XLSX (inline strings) with fixed ZIP timestamps."""
    cells = []
    for r, row in enumerate(rows, start=1):
        cs = "".join(
            f'<c r="{_col(c)}{r}" t="inlineStr"><is><t>{htmlmod.escape(v, quote=False)}</t></is></c>'
            for c, v in enumerate(row)
        )
        cells.append(f'<row r="{r}">{cs}</row>')
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{htmlmod.escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(cells)}</sheetData></worksheet>'
        ),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, xml in parts.items():
            info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zf.writestr(info, xml.encode("utf-8"))
    return Att(filename, buf.getvalue(), "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def _pdf_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_att(filename: str, lines: list[str]) -> Att:
    """A one-page PDF with a Helvetica text layer (empty ``lines`` = a page with no text, like a
    scan without OCR)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 760 Td"]
    for ln in lines:
        ops.append(f"({_pdf_escape(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return Att(filename, bytes(out), "application", "pdf")


def zip_att(filename: str, members: dict[str, str]) -> Att:
    """A ZIP archive of text files (an exported report), fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zf.writestr(info, _d(text).replace("\n", "\r\n").encode("utf-8"))
    return Att(filename, buf.getvalue(), "application", "zip")


def eml_att(filename: str, frm: str, to: str, subject: str, date: str, body: str) -> Att:
    """A forwarded-as-attachment message (message/rfc822), plain text, fixed headers."""
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = frm
    inner["To"] = to
    inner["Subject"] = subject
    inner["Date"] = date
    inner["Message-ID"] = f"<inner.{abs(hash_text(subject + date)) % 10**8:08d}@{frm.rsplit('@', 1)[-1].rstrip('>')}>"
    inner.set_content(_d(body))
    return Att(filename, inner.as_bytes(policy=policy.SMTP), "message", "rfc822")


def hash_text(text: str) -> int:
    """Stable across runs (unlike hash()): a small FNV-1a."""
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def outlook_html(text: str, footer: str = "") -> str:
    """Render plain text the way Outlook's HTML editor would send it."""
    paras = []
    for ln in _d(text).split("\n"):
        inner = htmlmod.escape(ln) if ln.strip() else "&nbsp;"
        paras.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    foot = ""
    if footer:
        foot = ('<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">'
                + htmlmod.escape(_d(footer).strip()) + "</span><o:p></o:p></p>")
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style>"
        '</head><body lang="EN-US" link="#0563C1"><div class="WordSection1">'
        + "".join(paras) + foot + "</div></body></html>\n"
    )


CONF_FOOTER = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information, including protected
health information (PHI) that is protected under HIPAA. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please contact the sender by
reply e-mail and destroy all copies of the original message.
"""


# =========================================================================== hand-written messages
# --- hospital floor / phone one-liners --------------------------------------------------------

add(True, "phone_oneliner",
    "Bed number + chief complaint + the patient is in the ED: a person identifiable by location and "
    "time, with a symptom. Short enough that pattern rules see almost nothing.",
    "Tasha Greer RN <tgreer@mercyvalleyhealth.org>", "Dr. Omar Siddiqui <osiddiqui@mercyvalleyhealth.org>",
    "rm 4",
    """
    pt in rm 4 c/o CP since 0500, trop pending, 62 y/o M Mr Haugland, can u come

    Sent from my iPhone
    """)

add(False, "phone_oneliner_neg",
    "Staff logistics between two nurses; no patient at all.",
    "Tasha Greer RN <tgreer@mercyvalleyhealth.org>", "Jen Okonkwo <jokonkwo@mercyvalleyhealth.org>",
    "coffee",
    """
    pyxis on 3 is down again, grabbing coffee for the desk, want anything? rm 4 supply closet is out of 4x4s btw

    Sent from my iPhone
    """)

add(True, "surname_room",
    "Surname + room + discharge: being an inpatient is health information.",
    "Case Management <casemgmt@stbrendans.org>", "Fairhaven Home Health Intake <intake@fairhavenhh.com>",
    "tomorrow's discharge",
    """
    Hi Deb,

    Mrs. Okafor in 12B is being discharged tomorrow around 11. She'll need skilled nursing visits
    for wound care (sacral stage 3) and PT eval at home. Daughter Ngozi will be there - 267-555-0148.
    Orders faxed to you at 2:40.

    Thanks,
    Colleen Marsh, RN BSN
    Case Management, St. Brendan's Hospital
    p 215-555-0190
    """)

add(True, "shorthand_handoff",
    "Handoff list with initials, bed numbers and diagnoses.",
    "Dr. Priya Raman <praman@lakeshoremed.org>", "Hospitalist Night <hospnights@lakeshoremed.org>",
    "signout 3/2",
    """
    Signout for tonight, team B

    612-1  R.T. 78F  s/p fall, L hip fx, ortho taking to OR am. NPO after MN. hold eliquis (already held x2d)
    614-2  D.W. 55M  DKA resolving, off drip at 1600, transitioned to lantus 22u. AG closed. recheck BMP 0400
    619    J.K. 41M  EtOH w/d, CIWA 8-12 today, on ativan per protocol. h/o DTs 2024 - watch closely
    620-1  M.P. 88F  UTI/delirium, cx pending, on ceftriaxone. DNR/DNI. family aware

    nothing pending from me otherwise. pager 4471
    Priya
    """)

add(False, "clinical_general",
    "Clinical practice discussion with no individual: sepsis bundle compliance in general terms.",
    "Dr. Alan Whitcomb <awhitcomb@lakeshoremed.org>", "ED Physicians <ed-docs@lakeshoremed.org>",
    "SEP-1 bundle - reminder on lactate repeats",
    """
    All,

    Quick reminder since the last abstraction cycle: the most common fallout on SEP-1 is still the
    repeat lactate. If the initial lactate is >2, the repeat has to be drawn within 6 hours of
    presentation of severe sepsis, and the order set does not auto-fire it. Please place the repeat
    when you order the first one (there is a "repeat in 3h" checkbox now).

    Also: 30 mL/kg crystalloid for hypotension or lactate >=4 - if you deliberately give less (ESRD,
    HFrEF), document the reason in the note. The abstractors accept a clear statement.

    Thanks,
    Alan
    ED Quality Lead
    """)

add(False, "cme_conference",
    "CME announcement mentioning diseases; no patient.",
    "Great Lakes Cardiology Society <events@glcardio.org>", "Dr. Priya Raman <praman@lakeshoremed.org>",
    "Registration open: Heart Failure Update 2026 (12 AMA PRA Category 1 Credits)",
    """
    Dear Colleague,

    Registration is now open for the Heart Failure Update 2026, April 17-18 at the Hyatt Regency
    Milwaukee. Sessions include:

      - SGLT2 inhibitors in HFpEF: two years on
      - Guideline-directed medical therapy titration in the outpatient clinic
      - Cardiac amyloidosis: when to suspect, how to screen
      - LVAD and transplant referral timing

    Early registration ($395 physicians, $195 nurses/APPs) ends March 20.
    The Great Lakes Cardiology Society is accredited by the ACCME to provide continuing medical
    education for physicians.

    Register: https://www.glcardio.org/hfu2026
    To unsubscribe, reply with REMOVE.
    """)

add(True, "lab_critical_call",
    "Critical value call log: patient name, MRN, potassium value, who was notified.",
    "Core Lab <corelab@northridgeregional.org>", "Nursing Quality <nursingquality@northridgeregional.org>",
    "Critical call log - night shift 03/01",
    """
    Critical value notifications, 03/01 1900-0700. Per policy LAB-114 all called within 30 min.

    Time   Patient            MRN        Test        Result      Called to            Read-back
    2012   ALVAREZ, TERESA    004418203  K+          6.8 mmol/L  Kim Doan RN 5N      Y
    2140   BROOKS, DWAYNE     004392771  Hgb         5.9 g/dL    Dr. Farouk (page)    Y
    0115   NAKAMURA, EMI      004475092  Glucose     38 mg/dL    Lisa Ortiz RN ICU    Y
    0348   PETERSEN, KARL     004401186  Troponin I  2.41 ng/mL  Dr. Meier            Y
    0610   ALVAREZ, TERESA    004418203  K+          6.1 mmol/L  Kim Doan RN 5N      Y

    No delays this shift.
    -- Ray, MLS(ASCP), Core Lab nights
    """)

add(False, "aggregate_quality",
    "Aggregate quality figures by condition and unit: not individually identifiable.",
    "Quality & Patient Safety <quality@northridgeregional.org>", "Medical Staff <medstaff@northridgeregional.org>",
    "Q4 readmissions dashboard",
    """
    Colleagues,

    Q4 2025 30-day all-cause readmission rates (CMS cohort definitions):

      CHF        12.4%  (national 21.9%)
      AMI        11.0%
      COPD       17.8%  <- above target; pulmonary rehab referral project starts April
      Pneumonia  14.2%
      THA/TKA     3.1%

    Total index discharges in the cohorts: 1,884. Sepsis mortality (O/E) 0.91.

    Full dashboard in the Quality SharePoint. Questions to me.

    Marisol Vega, MPH
    Director, Quality Analytics
    """)

add(True, "ems_run_report",
    "EMS run report narrative with patient name, home address, age and clinical findings.",
    "Medic 14 <m14@tricountyems.org>", "QA Coordinator <qa@tricountyems.org>",
    "Run 26-018832 for QA review",
    """
    Run 26-018832   Unit M14   Disp 02:13   On scene 02:21   Transport 02:44   At dest 03:02

    Pt: Gerald Vukovich, 71 y/o M
    Address: 4418 Pleasant Ridge Rd, Harlan Township
    CC: SOB

    Narrative: Dispatched for difficulty breathing. Found pt sitting upright at kitchen table, tripoding,
    speaking 2-3 word sentences. Wife states hx CHF, COPD, on 2L home O2, ran out of furosemide 3 days
    ago. BP 188/102, HR 118 irregular, RR 32, SpO2 81% on 2L. Crackles bilat to mid fields, 2+ pitting
    edema BLE. CPAP 10 applied with improvement to 93%. NTG 0.4 SL x3. 12-lead AFib RVR, no STE.
    Transported priority 1 to Northridge Regional ED, report given to RN Haas.

    Flagging for QA: CPAP applied at 02:29, protocol says within 5 min of pt contact. Crew notes
    difficulty getting pt out of chair. --- P. Lindqvist, Paramedic
    """)

add(False, "staff_schedule",
    "Staff rota with employees' names and work phone numbers: workforce information, not PHI.",
    "Angela Pruitt <apruitt@tricountyems.org>", "All Crews <crews@tricountyems.org>",
    "March OT sign-up and coverage",
    """
    Team,

    Open shifts for March are posted on the board and in Aladtec. Coverage still needed:

      3/7  M14 nights    - need 1 medic
      3/9  M22 days      - need 1 EMT
      3/14 Supervisor    - need coverage, 0600-1800

    Confirmed swaps: Lindqvist <-> Ortega (3/11), Chen <-> Abernathy (3/18).
    If you pick up, text me at 606-555-0177 or call the office 606-555-0100.

    Also, reminder: ePCRs have to be closed out before end of shift. QA is finding charts left open
    overnight again.

    Angela Pruitt
    Operations Supervisor, Tri-County EMS
    """)

add(True, "prior_auth_fax",
    "Prior authorisation request pasted as text: member ID, DOB, diagnosis codes, drug.",
    "Front Desk - Summit Rheumatology <frontdesk@summitrheum.com>",
    "PA Submissions <pa-intake@keystonehealthplan.com>",
    "PA request - Humira",
    """
    PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY

    Member name: Danielle R. Fontaine
    Member ID: KHP884213907      Group: 40417
    DOB: 08/14/1979
    Prescriber: Elena Marchetti, MD   NPI 2260181591
    Drug requested: adalimumab (Humira) 40 mg/0.4 mL pen, SC every 14 days, qty 2 pens/28 days
    Diagnosis: M05.79 Rheumatoid arthritis with rheumatoid factor of multiple sites w/o organ involvement
    Previous therapies: methotrexate 20 mg weekly x 9 months (inadequate response, elevated LFTs),
    hydroxychloroquine 200 mg BID x 6 months, sulfasalazine (GI intolerance)
    Labs: RF 112 IU/mL, anti-CCP >250, CRP 3.4 mg/dL, TB QuantiFERON negative 01/22/2026

    Please fax determination to 412-555-0163. Thank you.
    """)

add(False, "provider_directory",
    "Directory of clinicians with NPIs, specialties and office phones: provider identifiers are not PHI.",
    "Provider Relations <provider.relations@keystonehealthplan.com>",
    "Network Updates <network-updates@keystonehealthplan.com>",
    "Network additions effective 4/1/2026",
    """
    The following practitioners join the Keystone commercial and Medicare Advantage networks on April 1:

    Name                     Specialty              NPI         Office phone
    Elena Marchetti, MD      Rheumatology           2260181591  412-555-0160
    Kwame Asante, DO         Family Medicine        1830166132  412-555-0122
    Rachel Feldstein, PT     Physical Therapy       1860913908  724-555-0185
    Lucia Romero, DDS        General Dentistry      2030824629  724-555-0131
    Tomasz Wrobel, MD        Interventional Radiology 1948219930 412-555-0109

    Directory files will refresh overnight on 3/31. Please direct credentialing questions to
    credentialing@keystonehealthplan.com.
    """)

# --- reply chains and forwards ----------------------------------------------------------------

add(True, "fw_chain_deep",
    "FW: FW: chain; the top is about a meeting room, PHI (name, DOB, MRI result) only deep in the quote.",
    "Becky Lindahl <blindahl@riversidebonejoint.com>", "Scheduling <scheduling@riversidebonejoint.com>",
    "FW: FW: room for Thursday",
    """
    Can one of you handle this? I'm out Thursday. Conference room B is fine for the 2pm.

    Becky

    -----Original Message-----
    From: Maurice Dupree <mdupree@riversidebonejoint.com>
    Sent: Friday, February 27, 2026 4:52 PM
    To: Becky Lindahl <blindahl@riversidebonejoint.com>
    Subject: FW: room for Thursday

    Becky - see below, also need room B Thursday 2pm for the vendor demo. thx

    -----Original Message-----
    From: Dr. Sanjay Kulkarni <skulkarni@riversidebonejoint.com>
    Sent: Friday, February 27, 2026 1:15 PM
    To: Maurice Dupree <mdupree@riversidebonejoint.com>
    Subject: room for Thursday

    Maurice,

    Separate thing - please get Harold Pettibone (DOB 11/02/1958) on my schedule next week, his MRI
    came back with a full-thickness supraspinatus tear with 2 cm retraction. He'll want to talk about
    repair vs. reverse. He prefers mornings. Cell 859-555-0112.

    Sanjay
    """)

add(False, "reply_chain_neg",
    "Reply chain about a printer/fax migration in a clinic; mentions 'patient charts' only generically.",
    "Nate Corbin <ncorbin@riversidebonejoint.com>", "Becky Lindahl <blindahl@riversidebonejoint.com>",
    "RE: RE: fax server cutover",
    """
    Yes, Saturday 7am works. Downtime should be under an hour. Inbound faxes will queue at the carrier
    and release when we're back up.

    Nate

    > On Mon, Mar 2, 2026 at 9:02 AM Becky Lindahl wrote:
    > Can we do it before clinic opens on a weekend? Front desk scans about 200 referral faxes a day
    > into patient charts and we can't have them lost.
    >
    >> On Fri, Feb 27, 2026, Nate Corbin wrote:
    >> We're moving the fax server to the new eFax gateway. Need a 1-hour window. Options: Tue 6pm,
    >> Sat 7am.
    """)

add(True, "reply_chain",
    "Reply where the new text is innocuous but the quoted text names a patient with a pending biopsy.",
    "Dr. Hannah Brightwater <hbrightwater@cedarpointderm.com>", "Gina Tortelli <gtortelli@cedarpointderm.com>",
    "Re: callback",
    """
    Yes please, tell her we'll call as soon as it's back, usually 5-7 business days.

    On Tue, Mar 3, 2026 at 10:41 AM Gina Tortelli <gtortelli@cedarpointderm.com> wrote:
    > Dr. B, Yolanda Pierce called again about her shave biopsy from 2/24 (left upper back, you
    > noted r/o melanoma). She's anxious, wants to know if path is back. Her # is 502-555-0133.
    > Should I tell her anything?
    """)

add(True, "signature_with_phi",
    "Clinician signature with NPI and phone (not PHI) plus a patient referral (PHI).",
    "Kwame Asante DO <kasante@laurelfamilymed.com>", "Referrals <referrals@alleghenygi.com>",
    "Referral - colonoscopy",
    """
    Hello,

    Referring Mr. Thaddeus Oyelaran, DOB 05/30/1967, for diagnostic colonoscopy. He's had 3 months of
    intermittent hematochezia and iron deficiency anemia (ferritin 9, Hgb 10.8). No prior screening.
    FHx: father with colon ca at 64. He has Highmark PPO. Notes and labs attached in the portal.

    Thank you,

    Kwame Asante, DO
    Laurel Family Medicine
    NPI 1830166132
    Office 412-555-0122 | Fax 412-555-0123
    """)

add(False, "signature_only",
    "A clinician's own signature block (NPI, DEA-like text, phones) in a scheduling note to a colleague.",
    "Kwame Asante DO <kasante@laurelfamilymed.com>", "Dr. Lena Varga <lvarga@laurelfamilymed.com>",
    "covering Friday",
    """
    Lena, can you cover my Friday afternoon? I'm at my kid's tournament. I'll take your Tuesday
    morning in April. My templates are mostly med checks and a couple of physicals.

    Kwame Asante, DO
    Laurel Family Medicine
    NPI 1830166132
    Office 412-555-0122 | Cell 412-555-0199
    """)

add(False, "footer_only",
    "Outlook HTML with a PHI confidentiality footer; the content is a lunch-and-learn notice.",
    "Sarah Mbeki <smbeki@stbrendans.org>", "4 West Nursing <4west@stbrendans.org>",
    "Lunch & learn: new IV pumps",
    """
    Hi all,

    BD will be on the unit Wednesday 11:30-1:30 for hands-on training with the new Alaris pumps.
    Lunch provided. Please try to get at least 30 minutes in; the go-live is March 16.

    Sarah Mbeki, MSN, RN
    Nurse Educator, 4 West
    ext. 4417
    """,
    html=outlook_html("""
    Hi all,

    BD will be on the unit Wednesday 11:30-1:30 for hands-on training with the new Alaris pumps.
    Lunch provided. Please try to get at least 30 minutes in; the go-live is March 16.

    Sarah Mbeki, MSN, RN
    Nurse Educator, 4 West
    ext. 4417
    """, CONF_FOOTER))

add(True, "outlook_html_phi",
    "Outlook HTML: transfer request naming the patient and diagnosis, with a confidentiality footer.",
    "Transfer Center <transfercenter@stbrendans.org>", "Access Center <accesscenter@penncrestuniversity.edu>",
    "Transfer request - neuro ICU bed",
    """
    Good afternoon,

    Requesting transfer to your neuro ICU for Walter Greenbaum, 67 M, MRN 7730148, with an acute
    left MCA stroke, last known well 13:05 today, NIHSS 18. tPA given 14:22. CTA shows M1 occlusion;
    our neurointerventionalist is unavailable. He is intubated for airway protection.

    Accepting physician requested; please call the transfer line 215-555-0170.

    Lorraine Keefe, RN
    Transfer Center, St. Brendan's Hospital
    """,
    html=outlook_html("""
    Good afternoon,

    Requesting transfer to your neuro ICU for Walter Greenbaum, 67 M, MRN 7730148, with an acute
    left MCA stroke, last known well 13:05 today, NIHSS 18. tPA given 14:22. CTA shows M1 occlusion;
    our neurointerventionalist is unavailable. He is intubated for airway protection.

    Accepting physician requested; please call the transfer line 215-555-0170.

    Lorraine Keefe, RN
    Transfer Center, St. Brendan's Hospital
    """, CONF_FOOTER))

# --- portal notifications ---------------------------------------------------------------------

add(True, "portal_notification",
    "Sent to the patient's personal address, greets her by name and says she has a message from her "
    "oncologist about her recent visit: identifier + fact of care with a named provider and specialty "
    "-> PHI by DOMAIN.md, even though this is the sanctioned notice format.",
    "MyCedarHealth <noreply@mycedarhealth.org>", "Linnea Castellano <linnea.castellano82@gmail.com>",
    "You have a new message from Dr. Lee",
    """
    Hi Linnea,

    You have a new message from Dr. Jonathan Lee (Hematology/Oncology) about your recent visit on
    February 26.

    To read it, log in to MyCedarHealth at https://my.cedarhealth.org. For your privacy, we do not
    include message contents in email.

    Please do not reply to this email.
    """)

add(False, "portal_generic",
    "Generic portal notice: no name, no provider, no specialty, no visit. Nothing about an individual's "
    "care in the content; judged not PHI (recipient address alone with a bare 'new message' notice).",
    "MyCedarHealth <noreply@mycedarhealth.org>", "<j.whitfield.home@outlook.com>",
    "New message in MyCedarHealth",
    """
    You have a new message in MyCedarHealth.

    Log in at https://my.cedarhealth.org to read it.

    Please do not reply to this email. If you did not sign up for MyCedarHealth, call 1-800-555-0142.
    """)

add(True, "portal_test_result",
    "Portal notification naming the patient and the specific test (HIV viral load).",
    "Eastside Community Health <notify@eastsidechc.org>", "<marcus.delacroix@yahoo.com>",
    "Your test result is available",
    """
    Marcus Delacroix,

    A new test result is available in your patient portal: HIV-1 RNA QUANT (viral load), collected
    02/25/2026, ordered by Maya Lindqvist, NP.

    Sign in at https://portal.eastsidechc.org to view it. If you have questions, reply through the
    portal or call the Ryan White clinic at 313-555-0150.
    """)

add(False, "it_ticket",
    "IT ticket mentioning Epic and the patient portal, no patient.",
    "ServiceNow <servicedesk@mercyvalleyhealth.org>", "Anand Rao <arao@mercyvalleyhealth.org>",
    "INC0048823 assigned to you: MyChart activation codes not sending",
    """
    Incident INC0048823 has been assigned to you.

    Short description: MyChart activation codes not sending from Epic after upgrade
    Caller: Front Desk, Internal Medicine Clinic (ext 5520)
    Priority: 2 - High
    Description: Since the Feb 28 Epic upgrade, the "send activation code by email" button in the
    patient portal activity returns "Request queued" but nothing arrives. Text option works. Affects
    all clinics. Interface team says the SMTP relay logs show 550 from the vendor.

    View: https://mercyvalleyhealth.service-now.com/incident.do?sys_id=7f3e0a81
    """)

add(False, "hr_benefits",
    "HR open enrolment note about the health plan and EAP: no individual health information.",
    "Human Resources <hr@mercyvalleyhealth.org>", "All Staff <allstaff@mercyvalleyhealth.org>",
    "Reminder: dependent verification due March 15",
    """
    Dear colleagues,

    If you added a spouse or dependent to the Mercy Valley Health Plan during open enrollment, you
    must upload verification documents (marriage certificate, birth certificate) in Workday by
    March 15. Dependents without verification will be removed from coverage effective April 1.

    Reminder that the Employee Assistance Program is free and confidential: 1-800-555-0137.

    Benefits team
    """)

add(False, "workforce_sick_note",
    "A nurse tells her own manager she is sick: workforce information, not PHI (DOMAIN.md).",
    "Keisha Howell <khowell@stbrendans.org>", "Donna Carver <dcarver@stbrendans.org>",
    "out tonight",
    """
    Hi Donna, I'm not going to make it in tonight. I've had vomiting and a fever since this afternoon
    (101.8) and I don't want to bring a GI bug onto the unit. I'll go to urgent care tomorrow if it's
    not better and get a note for Employee Health. Sorry for the short notice.

    Keisha
    """)

add(True, "employee_health_patient",
    "Occupational health clinic reporting an employee's needlestick exposure work-up: the employee is "
    "the clinic's patient here (care + results), so PHI.",
    "Employee Health Clinic <employeehealth@stbrendans.org>", "Workers Comp Claims <wc-claims@liberty-tpa.com>",
    "Needlestick incident 26-0219 - initial visit",
    """
    Claim notice, Employee Health Clinic

    Employee: Rosa Villanueva, RN, 5 North (Employee ID 0041877)
    Date of incident: 02/19/2026
    Visit: 02/19/2026 18:40, Employee Health after-hours

    Needlestick (hollow-bore, 22g) to left index finger while discontinuing IV. Source patient tested
    per protocol. Employee baseline labs drawn: HIV Ag/Ab nonreactive, HBsAb >1000 (immune), HCV Ab
    nonreactive. PEP not indicated after source results. Follow-up testing at 6 weeks and 6 months.

    Please open a medical-only claim. Questions: 215-555-0194.
    """)

add(False, "vendor_pitch",
    "Sales pitch mentioning diabetes and CHF populations; no individual.",
    "Kyle Brandt <kbrandt@vitalsignalrpm.io>", "Dr. Kwame Asante <kasante@laurelfamilymed.com>",
    "Remote monitoring for your CHF and diabetic patients",
    """
    Hi Dr. Asante,

    Practices like Laurel Family Medicine are billing $120-$160 per patient per month with remote
    patient monitoring (CPT 99453, 99454, 99457). Our cellular scales, BP cuffs and glucometers
    ship directly to your patients, and our nurses handle the monthly calls.

    Typical practice: 150 enrolled patients with CHF, hypertension or type 2 diabetes ->
    ~$19,000/month in new revenue, with fewer ED visits.

    Do you have 15 minutes Thursday? Here's my calendar: https://vitalsignalrpm.io/meet/kbrandt

    Kyle Brandt
    Regional Director, VitalSignal RPM
    """)

# --- dental, physical therapy, home health ----------------------------------------------------

add(True, "dental",
    "Dental office to an oral surgeon: patient name, phone, tooth and radiographic finding, insurance.",
    "Bright Smiles Family Dental <office@brightsmilesfd.com>", "Referrals <referrals@tricityoms.com>",
    "Referral #30 extraction",
    """
    Hi there,

    Referring Brandon Keough (DOB 03/11/1994, ph 724-555-0161) for extraction of #30. Non-restorable,
    vertical root fracture on PA, periapical radiolucency ~4mm. He's allergic to penicillin (hives).
    Delta Dental PPO, sub ID 8830412977. Pano and PA attached to the referral in Dentrix Connect.

    Thanks!
    Marisa, front desk for Dr. Lucia Romero
    Bright Smiles Family Dental
    """)

add(False, "dental_neg",
    "Dental office marketing newsletter to the whole list: general oral health, no condition segment.",
    "Bright Smiles Family Dental <news@brightsmilesfd.com>", "Bright Smiles Patients <patients@lists.brightsmilesfd.com>",
    "Spring hours + why your gums bleed",
    """
    Hello from Bright Smiles!

    Starting March 16 we're open until 7pm on Tuesdays and Thursdays.

    Did you know? Bleeding gums when you brush are often the first sign of gingivitis, which is
    reversible with good home care and regular cleanings. Floss once a day, use a soft brush, and
    don't skip your six-month visit.

    We're welcoming new patients of all ages. Call 724-555-0130 or book online.

    To stop receiving these emails, click unsubscribe.
    """)

add(True, "physical_therapy",
    "PT progress note summary to referring physician: name, diagnosis, ROM, visits, plan.",
    "Rachel Feldstein PT DPT <rfeldstein@ridgelinept.com>", "Dr. Tomasz Wrobel <twrobel@northhillsortho.com>",
    "Progress note - A. Castellanos",
    """
    Dr. Wrobel,

    Progress update for Adriana Castellanos, s/p R TKA 01/06/2026, seen 14 visits to date.

    Knee flexion 108 deg (from 78 at eval), extension -3. Quad lag resolved. Ambulating community
    distances with no AD, stairs reciprocal with rail. Pain 2/10 at rest, 4/10 after ex. Still guarding
    on descent. Plan: 2x/wk x 4 more wks, progress to single-leg strength and return to pickleball.

    Rachel Feldstein, PT, DPT
    Ridgeline Physical Therapy  |  724-555-0185
    """)

add(False, "pt_education",
    "PT clinic staff education email about a protocol; de-identified, no patient.",
    "Rachel Feldstein PT DPT <rfeldstein@ridgelinept.com>", "Ridgeline Clinicians <clinicians@ridgelinept.com>",
    "ACL protocol update",
    """
    Team - attached is the updated post-op ACL (BTB autograft) protocol from North Hills Ortho. Main
    changes: open-chain knee extension 90-45 now allowed at week 4 instead of 6, and running
    progression starts at 12 weeks if LSI >80% on quad testing.

    Let's review at Thursday's in-service.

    Rachel
    """)

add(True, "home_health",
    "Home health visit note emailed from the field: address, name, vitals, wound, meds.",
    "Sheila Broussard RN <sbroussard@fairhavenhh.com>", "Fairhaven Clinical Manager <clinmgr@fairhavenhh.com>",
    "SN visit 3/3 - Okafor - wound worse",
    """
    Saw Mrs. Comfort Okafor today at 1190 Linden St Apt 2, Upper Darby. Sacral wound larger than at SOC:
    now 5.2 x 4.0 x 1.1 cm, 30% slough, moderate serous drainage, periwound maceration. No fever.
    BP 142/86, P 88, T 98.9. Her daughter says she's spending most of the day in the recliner.
    I'd like an order for a low air loss mattress and a wound care consult. Can you call Dr. Achebe's
    office? I'll be back Thursday.

    Sheila
    """)

add(False, "home_health_neg",
    "Home health agency operations: mileage reimbursement and OASIS training; staff names only.",
    "Fairhaven Clinical Manager <clinmgr@fairhavenhh.com>", "Field Staff <field@fairhavenhh.com>",
    "Mileage + OASIS-E refresher",
    """
    Hi everyone,

    1) Mileage logs for February are due Friday. Rate is $0.70/mile.
    2) OASIS-E refresher is mandatory for all RNs and PTs: Tue 3/10 8:30am, Zoom link in calendar.
       Focus is on GG items and the new drug regimen review questions - those were our biggest
       audit findings in Q4.
    3) Welcome Sheila Broussard and Tom Iverson to the Delaware County team!

    Pat
    """)

# --- pharmacy ---------------------------------------------------------------------------------

add(True, "pharmacy",
    "Pharmacy to prescriber: patient name, DOB, drug interaction, request for new Rx.",
    "Walnut Street Pharmacy <rx@walnutstreetrx.com>", "Laurel Family Medicine <office@laurelfamilymed.com>",
    "Rx clarification needed",
    """
    To Dr. Asante's nurse:

    Patient: Beverly Dunmore   DOB 02/07/1951
    We received Rx for clarithromycin 500 mg BID x 10d. Patient is on simvastatin 40 mg daily -
    contraindicated combination (rhabdo risk). Please advise: hold statin during course, or change
    to azithromycin or doxycycline? Patient is waiting at the counter.

    Call 412-555-0175 or reply. Thanks - Jamal, PharmD
    """)

add(False, "pharmacy_inventory",
    "Pharmacy inventory/reorder with NDC codes and quantities: no patient.",
    "Walnut Street Pharmacy <rx@walnutstreetrx.com>", "Orders <orders@keystonedrugwholesale.com>",
    "PO 22817 - short items",
    """
    Hi Trish,

    PO 22817 came in short on the following, please backorder or sub:

    NDC 00093-7180-56  amoxicillin 500 mg cap    100ct   ordered 6  rec'd 2
    NDC 00378-3512-77  metformin ER 500 mg       1000ct  ordered 2  rec'd 0
    NDC 00169-4132-12  Ozempic 1 mg/dose pen     1ct     ordered 10 rec'd 4
    NDC 59762-0076-02  atorvastatin 40 mg        90ct    ordered 4  rec'd 4 (2 damaged)

    Thanks,
    Jamal
    """)

add(False, "drug_recall",
    "Drug recall notice with lot numbers and NDCs: no patient.",
    "Keystone Drug Wholesale <recalls@keystonedrugwholesale.com>", "Walnut Street Pharmacy <rx@walnutstreetrx.com>",
    "URGENT: Class II recall - metformin ER 750 mg, lots 24A118, 24A121",
    """
    URGENT DRUG RECALL - PHARMACY LEVEL

    Product: Metformin HCl Extended-Release Tablets USP, 750 mg, 100-count bottles
    NDC: 62135-0874-90
    Lots: 24A118 (exp 09/2027), 24A121 (exp 10/2027)
    Reason: N-nitrosodimethylamine (NDMA) above the acceptable daily intake limit.

    Action: Quarantine affected lots, complete the attached response form within 5 business days, and
    return product via the enclosed return label. Patients should not stop taking metformin without
    talking to their prescriber.

    Keystone Drug Wholesale Regulatory Affairs, 1-800-555-0119
    """)

add(True, "pharmacy_refill_patient",
    "Pharmacy refill-ready email to the patient naming the medication.",
    "Walnut Street Pharmacy <rx@walnutstreetrx.com>", "<dunmorebev@comcast.net>",
    "Your prescription is ready",
    """
    Hi Beverly,

    Your prescription for SERTRALINE 100MG TAB (Rx #6620134) is ready for pickup at Walnut Street
    Pharmacy, 220 Walnut St. Your copay is $4.00.

    Pickup by 03/10 or it will be returned to stock.
    """)

# --- behavioural health / Part 2 --------------------------------------------------------------

add(True, "behavioral_health",
    "Behavioural health therapist coordinating with a PCP: name, diagnosis, medication, SI history.",
    "Dr. Miriam Adebayo PsyD <madebayo@clearwatercounseling.org>", "Dr. Lena Varga <lvarga@laurelfamilymed.com>",
    "coordination re: shared patient",
    """
    Dr. Varga,

    With signed release (on file 2/20), I'm following up on our shared patient Connor Halvorsen.
    He's been in weekly CBT with me since January for major depressive disorder, recurrent, moderate,
    and GAD. PHQ-9 went from 19 to 12. He mentioned the sertraline 50 mg is helping but he's having
    sexual side effects and is thinking of stopping on his own. Passive SI in January, none since;
    safety plan in place. Could you see him about the dose or an alternative?

    Miriam Adebayo, PsyD
    Clearwater Counseling Center
    """)

add(True, "substance_use_part2",
    "SUD program (42 CFR Part 2) sending a dosing note: name, methadone dose, UDS results.",
    "Harbor Recovery Center <dosing@harborrecovery.org>", "Anne Whitlock LCSW <awhitlock@harborrecovery.org>",
    "dose change - J. Reinholt",
    """
    Anne - FYI Jessie Reinholt's methadone was increased to 95 mg today per Dr. Salas after two
    positive UDS for fentanyl (2/17, 2/24). She's requesting take-homes for her daughter's surgery
    next week; team said not yet. Can you see her in group Thursday and talk through it?

    - Darnell, dosing nurse
    """)

add(False, "behavioral_health_neg",
    "Group schedule for a counselling centre; no clients named.",
    "Clearwater Counseling Center <info@clearwatercounseling.org>", "Staff <staff@clearwatercounseling.org>",
    "Spring group schedule",
    """
    Spring groups start the week of March 23:

      DBT skills (adult)        Mon 6-7:30pm    Miriam Adebayo, PsyD
      Grief and loss            Wed 12-1pm      Tom Reyes, LCSW
      Teen anxiety              Thu 4-5pm       Priya Nair, LPC
      Parenting after divorce   Sat 10-11:30am  Tom Reyes, LCSW

    Referrals go through intake as usual. Max 10 per group.
    """)

add(False, "research_recruitment",
    "Research recruitment flyer text; describes eligibility (a condition) but no individual.",
    "Clinical Research Office <research@penncrestuniversity.edu>", "Community Partners <partners@penncrestuniversity.edu>",
    "Please share: depression study for adults 18-65",
    """
    Penncrest University is looking for adults 18-65 with depression who are not currently taking
    antidepressant medication for a 12-week study of an app-based therapy.

    Participants receive up to $300. All visits are remote.
    To learn more, call 215-555-0108 or visit https://research.penncrestuniversity.edu/moodapp.
    IRB #2025-0418. Principal investigator: Dr. Celeste Marchand.

    Please post in waiting rooms and community bulletin boards.
    """)

# --- school nurse, nursing home, veterinary ---------------------------------------------------

add(True, "school_nurse",
    "School nurse to parent and teacher: student's name, seizure episode, medication. (FERPA records "
    "in real life, but the detector should still treat student health info as PHI-like; labelled PHI.)",
    "Nurse Ramirez <nramirez@westbrookschools.org>", "<k.sato.family@gmail.com>",
    "Kenji today",
    """
    Hi Mrs. Sato,

    Kenji had a seizure in PE at about 10:20 this morning, roughly 90 seconds, generalized. I gave the
    rescue Valtoco per his seizure action plan at 10:23. He was sleepy afterwards but responding by
    10:40. Your husband picked him up at 11:05. Please let me know if his neurologist changes anything
    in the plan - I have the one from August.

    Carmen Ramirez, BSN, RN
    Westbrook Elementary Health Office  |  610-555-0157
    """,
    cc="Mr. Doyle <pdoyle@westbrookschools.org>")

add(False, "school_nurse_neg",
    "School-wide health notice: flu season, vaccination clinic; no student.",
    "Nurse Ramirez <nramirez@westbrookschools.org>", "Westbrook Families <families@westbrookschools.org>",
    "Flu in our building + free vaccine clinic",
    """
    Dear Westbrook families,

    We are seeing more flu-like illness this week, mostly in 2nd and 3rd grade. Please keep your child
    home if they have a fever of 100.4 or higher and until they are fever-free for 24 hours without
    medicine.

    The Chester County Health Department will hold a free flu vaccine clinic in the gym on Saturday,
    March 7, 9am-1pm. No insurance needed.

    Carmen Ramirez, BSN, RN, School Nurse
    """)

add(True, "nursing_home",
    "Nursing home to family: resident name, fall, injury, hospital transfer.",
    "Maplewood Care Center <don@maplewoodcare.com>", "<tsilversmith@att.net>",
    "Your mother - fall this evening",
    """
    Mr. Silversmith,

    Following up on my phone message. Your mother, Eleanor Silversmith (room 214), had an unwitnessed
    fall in her bathroom around 7:15 this evening. She has pain and shortening of her right leg and we
    are sending her to Lakeshore Medical Center ED by ambulance to rule out a hip fracture. Her advance
    directive and med list went with her. Please call me at 414-555-0126.

    Gail Lindstrom, RN, Director of Nursing
    Maplewood Care Center
    """)

add(False, "nursing_home_neg",
    "Nursing home activities calendar and visiting hours; residents not identified.",
    "Maplewood Care Center <activities@maplewoodcare.com>", "Maplewood Families <families@maplewoodcare.com>",
    "March activities + visiting hours",
    """
    Hello families,

    March highlights: St. Patrick's Day social (3/17, 2pm), pet therapy Wednesdays, and the spring
    choir concert on 3/28. Visiting hours are 9am-8pm daily. Please sign in at the front desk and use
    hand sanitizer on the way in and out. Masks are optional unless you have cold symptoms.

    Warmly,
    The Maplewood Activities Team
    """)

add(False, "veterinary",
    "Veterinary record: a dog's diagnosis, medication and the owner's name/phone. Animals are not PHI.",
    "Oak Hollow Animal Hospital <frontdesk@oakhollowvet.com>", "<lindapark.mn@gmail.com>",
    "Biscuit's lab results",
    """
    Hi Linda,

    Biscuit's bloodwork came back: fasting glucose 412 mg/dL and fructosamine 598 umol/L, which
    confirms diabetes mellitus. Dr. Haverford would like to start Vetsulin 8 units twice daily with
    meals and recheck a glucose curve in 7 days. Please schedule a nurse visit for insulin teaching.

    Biscuit (canine, 9 yo, neutered male Beagle), patient ID 44821
    Owner: Linda Park, 651-555-0134

    Oak Hollow Animal Hospital
    """)

add(False, "veterinary_referral",
    "Vet-to-vet referral with the animal's history and the owner's address. Not PHI.",
    "Dr. Ellis Haverford DVM <ehaverford@oakhollowvet.com>", "Referrals <referrals@twincitiesvetspecialists.com>",
    "Referral - feline hyperthyroid, I-131",
    """
    Hello,

    Referring "Mochi", 13 yo FS DSH, for I-131 therapy. T4 8.9 ug/dL, weight loss 1.1 kg over 6 months,
    BUN/creat normal on methimazole trial. Owners Greg and Anita Lundgren, 1407 Cedar Lake Rd,
    Minnetonka, 952-555-0193. Records attached.

    Ellis Haverford, DVM
    """)

add(False, "fundraising",
    "Hospital foundation fundraising appeal; mentions cancer care in general.",
    "Lakeshore Medical Foundation <giving@lakeshoremedfoundation.org>", "Friends of Lakeshore <friends@lakeshoremedfoundation.org>",
    "Help us finish the new infusion center",
    """
    Dear Friend,

    Every week, more than 300 people receive chemotherapy and infusion treatments at Lakeshore. Our
    new Cancer Infusion Center will have 32 private bays, natural light and a healing garden. We are
    $1.2 million from our goal.

    A gift of any size helps. Give at https://lakeshoremedfoundation.org/infusion or call 414-555-0101.

    With gratitude,
    Dana Whitcomb, President, Lakeshore Medical Foundation
    """)

add(False, "job_posting",
    "Job posting for an ICU RN role: mentions conditions treated, no patient.",
    "Talent Acquisition <careers@northridgeregional.org>", "Nursing Students <nursingstudents@stlukescollege.edu>",
    "Now hiring: RN, Medical ICU (new grad residency)",
    """
    Northridge Regional Medical Center is hiring new graduate RNs into our 12-month Critical Care
    Residency. Our 24-bed Medical ICU cares for patients with septic shock, ARDS, DKA and GI bleeding,
    with 1:2 ratios and a dedicated preceptor for 16 weeks.

    Requirements: BSN, RN licence by start date, BLS. ACLS provided.
    Sign-on bonus: $10,000. Apply by March 31: https://careers.northridgeregional.org/req/26-1193
    """)

# --- billing, insurers, clearinghouse ---------------------------------------------------------

add(True, "billing",
    "Billing company to a practice: patient name, account number, CPT codes and denial reason.",
    "Denise Amato <damato@precisionrcm.com>", "Office Manager <manager@summitrheum.com>",
    "Denials needing records - week of 2/23",
    """
    Hi Carla,

    These came back denied for medical necessity; payer needs office notes to appeal:

    Acct 20441873  Gutierrez, Ramon    DOS 01/14/26  CPT 96413, J0135  CO-50
    Acct 20439920  Whitaker, Sandra    DOS 01/21/26  CPT 20610         CO-50
    Acct 20445561  Nguyen, Thi Lan     DOS 01/28/26  CPT 99214-25, 96372  CO-197 (no auth)

    Can you upload the notes to the shared folder by Friday? Appeals deadline for the first one is
    3/16.

    Denise Amato, CPC
    Precision Revenue Cycle Management
    """)

add(False, "billing_neg",
    "Billing company's monthly KPI summary: aggregate AR and denial rates.",
    "Denise Amato <damato@precisionrcm.com>", "Office Manager <manager@summitrheum.com>",
    "February KPIs",
    """
    Carla,

    February summary for Summit Rheumatology:
      Gross charges        $412,880
      Net collections      $198,204 (collection rate 97.1% of expected)
      Days in AR           31.4 (goal <35)
      Denial rate          6.2% (top reasons: CO-197 no auth, CO-50 medical necessity, CO-16 missing info)
      Clean claim rate     94.8%

    Biologic infusion denials are trending up with Keystone; let's talk on our call Tuesday about
    tightening the auth workflow.

    Denise
    """)

add(True, "insurer_member",
    "Health plan case manager to a provider about a member: member ID, diagnosis, utilisation.",
    "Janelle Ruiz RN <jruiz@keystonehealthplan.com>", "Care Coordination <carecoord@laurelfamilymed.com>",
    "High ED utilizer outreach",
    """
    Hello,

    Keystone care management is reaching out about your patient Derrick Mayfield (member ID
    KHP552019384, DOB 12/19/1986). He has had 7 ED visits since October, 5 for asthma exacerbations,
    and 2 admissions. Pharmacy claims show no controller inhaler filled since August. We can offer
    home visits from our asthma educator and a free spacer. Could his PCP call me to coordinate?

    Janelle Ruiz, RN, CCM
    Keystone Health Plan Care Management  |  412-555-0146
    """)

add(False, "insurer_neg",
    "Insurer policy bulletin: coverage criteria for GLP-1 drugs, no member.",
    "Keystone Health Plan <provider-news@keystonehealthplan.com>", "Network Providers <providers@lists.keystonehealthplan.com>",
    "Policy update: GLP-1 coverage criteria effective May 1",
    """
    Effective May 1, 2026, Keystone commercial plans will require prior authorization for
    semaglutide (Wegovy) and tirzepatide (Zepbound) when prescribed for chronic weight management.
    Criteria: BMI >=30, or >=27 with a weight-related comorbidity (hypertension, type 2 diabetes,
    dyslipidemia, OSA), plus documented participation in a lifestyle program.

    Ozempic and Mounjaro for type 2 diabetes are not affected.

    Full policy: https://providers.keystonehealthplan.com/policies/PH-0412
    """)

add(True, "medicare_mbi",
    "Home health agency eligibility check listing a beneficiary's MBI with name and episode.",
    "Intake <intake@fairhavenhh.com>", "Billing <billing@precisionrcm.com>",
    "eligibility - new SOC",
    """
    New SOC 3/4, please run eligibility before we bill the RAP:

    Comfort Okafor, DOB 06/22/1944, MBI 3TQ7-HN2-WC48, traditional Medicare A/B
    Primary dx: L89.153 pressure ulcer of sacral region, stage 3
    Referring: St. Brendan's Hospital, inpatient stay 2/24-3/3

    thx, Deb
    """)

add(True, "standalone_ssn",
    "Clearinghouse rejection quoting a patient's SSN used as subscriber ID: high-risk identifier tied to a patient.",
    "EDI Support <edi-support@claimbridge.net>", "Billing <billing@precisionrcm.com>",
    "277CA rejection batch 0301-44",
    """
    Batch 0301-44: 1 claim rejected at payer front end.

    Patient control no. 20447108
    Subscriber ID submitted: 401-28-7736 (SSN format - payer no longer accepts SSN as member ID)
    Payer: Allegheny Miners Benefit Fund
    Rejection: A7:164 Entity's contract/member number. Resubmit with the ID on the current card.

    ClaimBridge EDI Support
    """)

add(False, "clearinghouse_neg",
    "Clearinghouse maintenance notice: payer IDs, no claims or patients.",
    "ClaimBridge <notices@claimbridge.net>", "Billing <billing@precisionrcm.com>",
    "Scheduled maintenance Sat 3/7 and payer ID changes",
    """
    ClaimBridge will be unavailable Saturday March 7, 10pm-2am ET, for scheduled maintenance.
    Claims submitted during the window will be queued.

    Payer ID changes effective 4/1: Allegheny Miners Benefit Fund moves from 25133 to AMBF1.
    Keystone Medicare Advantage 837I submissions must use KHPMA.

    ClaimBridge Customer Success
    """)

# --- telehealth vendor, imaging, lab ----------------------------------------------------------

add(True, "telehealth_vendor",
    "Telehealth vendor support escalation quoting a patient's name, visit and failed prescription.",
    "Support <support@medilinkvideo.com>", "Dr. Lena Varga <lvarga@laurelfamilymed.com>",
    "Ticket 88214: visit dropped",
    """
    Hi Dr. Varga,

    Thanks for reporting. Our logs show your 2:30pm video visit with patient Aisha Rahimi dropped at
    14:41 due to her connection (packet loss 38%). The e-prescription for nitrofurantoin 100 mg you
    entered at 14:39 did not transmit because the visit closed before signing. Please resend it from
    the visit summary. Her pharmacy on file is CVS #4471.

    MediLink Support
    """)

add(False, "telehealth_vendor_neg",
    "Telehealth vendor release notes; no patient.",
    "MediLink Video <product@medilinkvideo.com>", "Practice Admins <admins@lists.medilinkvideo.com>",
    "Release 8.4: waiting room chat and interpreter invites",
    """
    What's new in MediLink 8.4 (rolling out March 9):

    - Waiting room chat: send patients a short message before you start the visit
    - Three-way interpreter invites (Spanish, Vietnamese, Tagalog, ASL) from the visit toolbar
    - Bandwidth indicator so you can switch to audio-only before the call drops
    - Fix: e-prescriptions now save as draft if the visit ends before signing

    MediLink is HIPAA compliant and signs a BAA with every customer.
    """)

add(True, "imaging",
    "Imaging centre to ordering provider: name, DOB, study, impression with a critical finding.",
    "Reading Room <readingroom@crestviewimaging.com>", "Dr. Kwame Asante <kasante@laurelfamilymed.com>",
    "Significant finding - CT chest",
    """
    Dr. Asante,

    Per ACR communication guidelines, significant unexpected finding on:

    Patient: Lorraine Szymanski   DOB 09/03/1956   Acc# CV26-041187
    Exam: CT chest without contrast (low-dose lung cancer screening), 03/02/2026
    Impression: 2.3 cm spiculated RUL nodule, Lung-RADS 4B. Recommend PET/CT and pulmonology referral.

    Called to your office 3:12pm, spoke with Tammy.

    Tomasz Wrobel, MD, Crestview Imaging
    """)

add(False, "imaging_neg",
    "Imaging centre's referral guidance to practices: which study to order for what; no patient.",
    "Crestview Imaging <outreach@crestviewimaging.com>", "Referring Offices <referrers@crestviewimaging.com>",
    "Ordering tips: low-dose CT screening",
    """
    Quick reminders for ordering LDCT lung cancer screening (CPT 71271):
    - Age 50-80, 20 pack-year history, current smoker or quit within 15 years
    - Shared decision-making visit documented (G0296) before the first scan
    - No symptoms of lung cancer (symptomatic patients need a diagnostic CT instead)

    Walk-ins welcome for X-ray; CT and MRI by appointment. Scheduling: 412-555-0152.
    """)

add(True, "lab_result_external",
    "Reference lab sending a result by unencrypted mail to a clinic: patient name, DOB, genetic result.",
    "Results <results@helixgenomicdx.com>", "Cedar Point Dermatology <office@cedarpointderm.com>",
    "Final report - hereditary cancer panel",
    """
    FINAL REPORT

    Patient: Yolanda Pierce     DOB: 04/17/1971     Specimen: saliva, received 02/12/2026
    Ordering provider: Hannah Brightwater, MD
    Test: 30-gene hereditary cancer panel

    Result: POSITIVE
    CDKN2A c.71G>C (p.Arg24Pro), heterozygous, pathogenic
    Associated with increased risk of melanoma and pancreatic cancer.

    Genetic counseling is recommended. Call 1-888-555-0114.
    """)

add(False, "lab_neg",
    "Lab's specimen collection update: tube types and courier times; no patient.",
    "Helix Genomic Dx Client Services <clientservices@helixgenomicdx.com>", "Clients <clients@lists.helixgenomicdx.com>",
    "Courier schedule change + new saliva kits",
    """
    Starting March 9 the afternoon courier pickup moves from 3:30 to 4:15pm.

    New saliva collection kits (blue cap, SK-200) replace the white-cap kits. Old kits can be used
    until their expiration date. Hereditary cancer panels require 2 mL saliva; please remind patients
    not to eat or drink for 30 minutes before collection.

    Client Services: 1-888-555-0114
    """)

# --- compliance, audit ------------------------------------------------------------------------

add(True, "mrn_audit",
    "Privacy office audit asking a manager to review access to listed MRNs: MRNs tied to patients.",
    "Privacy Office <privacy@mercyvalleyhealth.org>", "Hector Salinas <hsalinas@mercyvalleyhealth.org>",
    "Access review - FairWarning alert 26-0311",
    """
    Hector,

    FairWarning flagged access by one of your unit clerks (user ID jmarek) to the records below with
    no scheduled encounter on your unit. Please review with her and reply with the business reason
    for each by Friday. Do not discuss with anyone else until the review is complete.

      MRN 00482913  accessed 02/21 14:02  (same last name as user)
      MRN 00519277  accessed 02/21 14:05
      MRN 00519278  accessed 02/22 09:47  (VIP flag)

    Thank you,
    Renee Okafor-Hill, CHPC
    Privacy Officer
    """)

add(False, "compliance_neg",
    "Compliance training reminder, mentions PHI and HIPAA in general.",
    "Compliance <compliance@mercyvalleyhealth.org>", "All Staff <allstaff@mercyvalleyhealth.org>",
    "Annual HIPAA training due March 31",
    """
    Reminder: annual HIPAA Privacy & Security training is due March 31 in HealthStream (about 40 min).

    This year's module covers: looking up your own or a family member's record (not allowed, even
    if you have access), sending PHI by email (use [secure] in the subject to encrypt), and what to
    do if you send a message to the wrong person (call the Privacy Office right away).

    Completion is a condition of continued system access.
    """)

add(False, "deidentified_case",
    "Teaching case with age, sex and clinical course only; no identifiers -> de-identified, not PHI.",
    "Dr. Celeste Marchand <cmarchand@penncrestuniversity.edu>", "IM Residents <im-residents@penncrestuniversity.edu>",
    "Morning report Thursday - case",
    """
    Residents,

    Thursday's case for morning report:

    A 54-year-old man presented with two weeks of fevers, night sweats and a new diastolic murmur. He
    had a dental extraction six weeks earlier. Blood cultures grew Streptococcus mitis in 3 of 3 sets.
    TEE showed a 1.4 cm mobile vegetation on the aortic valve with moderate regurgitation. On day 4
    he developed sudden left arm weakness.

    Come ready to discuss: Duke criteria, indications for early surgery, and anticoagulation in
    septic emboli.

    CM
    """)

add(False, "deidentified_case_2",
    "M&M summary with de-identified course; no names, dates or numbers of the patient.",
    "Surgery Quality <surgquality@lakeshoremed.org>", "Department of Surgery <surgery@lakeshoremed.org>",
    "M&M agenda",
    """
    M&M agenda, Tuesday 7am, Auditorium B

    1. Anastomotic leak after low anterior resection, elderly female, POD 5. Discussion: diverting
       loop ileostomy criteria.
    2. Delayed diagnosis of compartment syndrome after tibial plateau fixation. Systems issue:
       pressure checks not ordered in the post-op order set.
    3. Retained guidewire after central line placement, found on CXR. Event reported; counts now
       required for line kits.

    Presenting residents please send slides by Monday noon. Reminder that M&M is peer-review
    privileged; do not forward.
    """)

add(True, "peer_review_identifiable",
    "M&M email that should have been de-identified: name, MRN and event. PHI.",
    "Dr. Ravi Chandran <rchandran@lakeshoremed.org>", "Surgery Quality <surgquality@lakeshoremed.org>",
    "case for M&M",
    """
    Please add this one for next month:

    Ingrid Solberg, MRN 7718204, 81F, lap chole 2/11 converted to open for bleeding, bile duct
    injury (Strasberg E2) recognized POD 3, transferred to Penncrest for hepaticojejunostomy.

    I'll present. - Ravi
    """)

# --- attachments ------------------------------------------------------------------------------

add(True, "csv_attachment",
    "Body is bland; the CSV attachment lists patients with DOBs, phone numbers and appointment types.",
    "Scheduling <scheduling@riversidebonejoint.com>", "Reminders Vendor <import@callpointreminders.com>",
    "tomorrow's list",
    """
    Attached is the upload for tomorrow. Same format as usual.

    Maurice
    """,
    atts=(csv_att("appts_0303.csv", """
        last,first,dob,phone,appt_time,provider,visit_type
        Pettibone,Harold,1958-11-02,859-555-0112,08:15,Kulkarni,Post-MRI consult shoulder
        Ashworth,Lydia,1972-06-30,859-555-0187,08:45,Kulkarni,Steroid injection R knee
        Baptiste,Jean-Claude,1949-01-19,859-555-0140,09:30,Whelan,Post-op THA 6 wk
        Moreno,Isabela,2008-09-05,859-555-0166,10:00,Whelan,ACL recon 2 wk post-op
        Finnegan,Rory,1983-12-12,859-555-0103,10:30,Kulkarni,New pt low back pain
        """),))

add(False, "csv_attachment_neg",
    "CSV attachment of supply par levels; nothing about patients.",
    "Materials Management <materials@riversidebonejoint.com>", "Becky Lindahl <blindahl@riversidebonejoint.com>",
    "par levels for clinic rooms",
    """
    Becky - new par levels attached. Let me know if the casting room numbers look off.
    """,
    atts=(csv_att("par_levels_march.csv", """
        room,item,sku,par,on_hand
        Exam 1,Kenalog 40 mg/mL 1 mL vial,KEN-40-1,10,7
        Exam 1,Lidocaine 1% 10 mL,LID-1-10,20,22
        Cast room,Fiberglass cast tape 3in,FCT-3,24,9
        Cast room,Stockinette 3in,STK-3,6,6
        Procedure,Sterile gloves 7.5,SG-75,50,41
        """),))

add(True, "xlsx_attachment",
    "XLSX of patients overdue for diabetic eye exams sent to an outside outreach vendor: names, DOB, "
    "A1c. Also a condition-segmented list (DOMAIN.md marketing note).",
    "Population Health <pophealth@laurelfamilymed.com>", "Campaigns <campaigns@carereach-outreach.com>",
    "March outreach list",
    """
    Hi team,

    Here is the March list for the eye exam outreach campaign. Please start calls Monday.

    Thanks,
    Lauren, Population Health
    """,
    atts=(xlsx_att("march_outreach.xlsx", [
        ["Patient", "DOB", "Phone", "Last A1c", "Last retinal exam"],
        ["Mayfield, Derrick", "12/19/1986", "412-555-0195", "9.4", "none on file"],
        ["Oyelaran, Thaddeus", "05/30/1967", "412-555-0121", "7.1", "2023-04-18"],
        ["Dunmore, Beverly", "02/07/1951", "412-555-0158", "8.2", "2022-11-02"],
        ["Kowalczyk, Irene", "07/25/1960", "412-555-0117", "10.3", "none on file"],
    ], "Diabetes - overdue eye"),))

add(False, "xlsx_attachment_neg",
    "XLSX staff call roster: staff names, cell phones and roles. Workforce data, not PHI.",
    "Becky Lindahl <blindahl@riversidebonejoint.com>", "Clinic Staff <staff@riversidebonejoint.com>",
    "updated call tree",
    """
    Updated emergency call tree attached (snow closures etc). Please check your number is right.

    Becky
    """,
    atts=(xlsx_att("call_tree_2026.xlsx", [
        ["Name", "Role", "Cell", "Calls next"],
        ["Becky Lindahl", "Practice Manager", "859-555-0150", "Maurice Dupree"],
        ["Maurice Dupree", "Scheduling Lead", "859-555-0151", "Nate Corbin"],
        ["Nate Corbin", "IT", "859-555-0152", "Dr. Sanjay Kulkarni"],
        ["Sanjay Kulkarni, MD", "Physician", "859-555-0153", "Dr. Fiona Whelan"],
        ["Fiona Whelan, MD", "Physician", "859-555-0154", "-"],
    ], "Call tree"),))

add(True, "attachment_filename_only",
    "PHI only in the attachment filename (patient name + MRI results); the PDF is a scan with no text "
    "layer and the body says nothing about the patient.",
    "Tammy Kerr <tkerr@laurelfamilymed.com>", "<kasante.personal@gmail.com>",
    "the one you asked for",
    """
    Here you go, sending to your gmail since you said you can't get into Citrix from home.

    Tammy
    """,
    atts=(pdf_att("Jane_Doe_MRI_results.pdf", []),))

add(False, "pdf_attachment_neg",
    "PDF attachment of a visitor policy; generic.",
    "Communications <communications@stbrendans.org>", "All Staff <allstaff@stbrendans.org>",
    "Updated visitor policy (effective 3/9)",
    """
    Attached is the updated visitor policy. Key change: two visitors at a time in inpatient rooms,
    children under 12 allowed with an adult. Please print for your unit's break room.
    """,
    atts=(pdf_att("Visitor_Policy_2026-03.pdf", [
        "St. Brendan's Hospital - Visitor Policy (rev. March 2026)",
        "Visiting hours: 8:00 am to 9:00 pm. Two visitors per patient at a time.",
        "Children under 12 must be accompanied by an adult.",
        "Visitors with fever, cough or vomiting should not visit.",
        "Behavioral health and NICU units have separate guidelines.",
    ]),))

add(True, "pdf_attachment",
    "PDF with a text layer: discharge summary for a named patient; body only says 'attached'.",
    "HIM Release of Information <roi@stbrendans.org>", "Records <records@hartwelllawgroup.com>",
    "Records request 26-ROI-0877",
    """
    Please find the requested records attached, per the authorization received 02/20/2026.
    Invoice to follow.

    St. Brendan's HIM, Release of Information
    """,
    atts=(pdf_att("ROI_26-0877.pdf", [
        "ST. BRENDAN'S HOSPITAL - DISCHARGE SUMMARY",
        "Patient: Vasquez, Hector A.   MRN: 7704412   DOB: 10/08/1963",
        "Admit: 01/03/2026   Discharge: 01/09/2026",
        "Principal diagnosis: Acute on chronic systolic heart failure (I50.23)",
        "Secondary: Type 2 diabetes with hyperglycemia (E11.65); CKD stage 3b (N18.32)",
        "Discharge meds: sacubitril/valsartan 49/51 mg BID, carvedilol 12.5 mg BID,",
        "  spironolactone 25 mg daily, empagliflozin 10 mg daily, furosemide 40 mg daily",
        "Follow-up: Heart failure clinic in 7 days.",
    ]),))

# --- non-English ------------------------------------------------------------------------------

add(True, "non_english_es",
    "Spanish appointment reminder to a named patient with the clinic type (prenatal).",
    "Clínica Familiar del Valle <recordatorios@clinicadelvalle.org>", "<gaby.morales.rx@hotmail.com>",
    "Recordatorio de su cita",
    """
    Hola Gabriela Morales:

    Le recordamos su cita de control prenatal (semana 28) con la Dra. Inés Carrasco el jueves 5 de
    marzo a las 9:40 a. m. en la Clínica Familiar del Valle, 318 Calle Alameda.

    Por favor venga en ayunas: le haremos la prueba de glucosa de una hora. Traiga su tarjeta de
    Medicaid.

    Para cambiar su cita llame al 956-555-0124.
    """)

add(False, "non_english_es_neg",
    "Spanish community health announcement: vaccination fair, no person.",
    "Clínica Familiar del Valle <info@clinicadelvalle.org>", "Comunidad <comunidad@lists.clinicadelvalle.org>",
    "Feria de salud gratuita el sábado",
    """
    ¡Los invitamos a nuestra feria de salud gratuita!

    Sábado 14 de marzo, de 9 a 2, en el estacionamiento de la clínica.
    - Vacunas contra la gripe y COVID-19 para toda la familia
    - Prueba de azúcar y presión arterial
    - Información sobre Medicaid y CHIP

    No necesita cita. Habrá comida y actividades para niños.
    """)

add(True, "non_english_vi",
    "Vietnamese lab-result follow-up to a named patient: abnormal cholesterol and a medication.",
    "Phòng khám Gia Đình Sài Gòn <lienhe@saigonfamilyclinic.com>", "<tranvanhung1962@gmail.com>",
    "Kết quả xét nghiệm máu",
    """
    Kính gửi ông Trần Văn Hùng,

    Bác sĩ Nguyễn Thị Mai đã xem kết quả xét nghiệm máu của ông ngày 24/02/2026. Cholesterol LDL
    của ông là 186 mg/dL (cao). Bác sĩ muốn ông bắt đầu uống thuốc atorvastatin 20 mg mỗi tối và
    hẹn tái khám sau 6 tuần.

    Xin gọi 714-555-0138 để đặt lịch hẹn.

    Phòng khám Gia Đình Sài Gòn
    """)

add(False, "non_english_vi_neg",
    "Vietnamese clinic holiday-hours notice.",
    "Phòng khám Gia Đình Sài Gòn <lienhe@saigonfamilyclinic.com>", "Bệnh nhân <thongbao@lists.saigonfamilyclinic.com>",
    "Giờ làm việc mới",
    """
    Kính gửi quý bệnh nhân,

    Từ ngày 1 tháng 4, phòng khám sẽ mở cửa thêm sáng thứ Bảy từ 8 giờ đến 12 giờ trưa.
    Chúng tôi nhận bảo hiểm Medi-Cal và hầu hết các chương trình bảo hiểm.

    Cảm ơn quý vị đã tin tưởng.
    """)

add(True, "non_english_tl",
    "Tagalog reminder to a named patient about dialysis schedule change.",
    "Bayside Dialysis Center <paalala@baysidedialysis.com>", "<rosalinda.bautista@yahoo.com>",
    "Pagbabago ng iskedyul ng dialysis",
    """
    Magandang araw po, Gng. Rosalinda Bautista,

    Dahil sa pagsasaayos ng aming makina, ang inyong hemodialysis sa Lunes, ika-9 ng Marso, ay
    ililipat sa 11:30 ng umaga (dating 6:00 ng umaga). Ang inyong Miyerkules at Biyernes na iskedyul
    ay hindi magbabago.

    Huwag pong kalimutang inumin ang inyong sevelamer tuwing kakain.
    Tumawag sa 650-555-0149 kung may tanong.

    Bayside Dialysis Center
    """)

add(False, "non_english_tl_neg",
    "Tagalog staff notice about a parking change at a dialysis centre.",
    "Bayside Dialysis Center <admin@baysidedialysis.com>", "Staff <staff@baysidedialysis.com>",
    "Paradahan simula Lunes",
    """
    Paalala sa lahat ng staff:

    Simula Lunes, ang paradahan para sa staff ay sa likod na ng gusali. Ang harapan ay para lamang
    sa mga pasyente at sa mga ambulansya. Salamat sa inyong pag-unawa.

    - Admin
    """)

# --- OCR faxes, screenshots, calendar invites -------------------------------------------------

add(True, "ocr_fax",
    "OCR-garbled referral fax: broken spacing and character substitutions, still a name, DOB, dx.",
    "eFax <efax-inbound@alleghenygi.com>", "Referrals <referrals@alleghenygi.com>",
    "Fax received from 4125550123 (3 pages)",
    """
    You have received a 3 page fax from 4125550123 at 03/02/2026 11:48 AM.
    OCR text (page 1):

    LAUREL FAMI LY MED1CINE    REFERRAL F0RM
    Pat ient Narne: 0YELARAN , THADDEUS      D0B: O5/3O/l967
    Ph0ne: 4l2-555-Ol2l       lns: Highrnark PPO  ID# HMK9O2l1478
    Reas0n f0r referra l: hernatochezia x 3 rno, iron def anernia (Hgb l0.8)
    Req uested: c0lon0sc0py / EGD
    Ur gency: [X] Routine  [ ] Urgent
    Referr ing MD: Kwarne Asante D0   NP1 l83Ol66l32
    """)

add(False, "ocr_fax_neg",
    "OCR-garbled fax cover sheet advertising a medical supply company; no patient.",
    "eFax <efax-inbound@alleghenygi.com>", "Referrals <referrals@alleghenygi.com>",
    "Fax received from 8005550176 (1 page)",
    """
    You have received a 1 page fax from 8005550176 at 03/02/2026 02:03 PM.
    OCR text (page 1):

    ** SPEC1AL 0FFER F0R GI PRACT ICES **
    C0l0n0sc0py prep kits - 3O% 0FF case pricing thr0ugh March 3l
    Bi0psy f0rceps, snares, hern0stasis c lips - free sarnples
    Call l-8OO-555-Ol76 t0 0rder. T0 be rern0ved fr0m 0ur fax list call l-8OO-555-Ol77.
    """)

add(True, "screenshot_text",
    "Message describing a screenshot of the EHR patient header (name, MRN, allergy) pasted as text.",
    "Anand Rao <arao@mercyvalleyhealth.org>", "Epic Support <support@ehr-hosting-partner.com>",
    "Screenshot - allergy banner wrong",
    """
    Hi,

    Screenshot below (pasted as text since the image got stripped). The header shows the wrong allergy
    after the upgrade - this patient's penicillin allergy is missing from the banner but present in
    the allergy activity.

    [image: Storyboard header]
      KOWALCZYK, IRENE  | 65 y.o. F | MRN 00461290 | Rm 512-A
      Allergies: No Known Allergies   <-- wrong
      Code: Full   Isolation: Contact (MRSA)
      PCP: Lena Varga, MD

    Can you look at the banner refresh job?
    Anand, Clinical Applications
    """)

add(False, "screenshot_neg",
    "IT message describing a screenshot of an error dialog; test patient only ('ZZTEST').",
    "Anand Rao <arao@mercyvalleyhealth.org>", "Epic Support <support@ehr-hosting-partner.com>",
    "Error after login in PLY environment",
    """
    Hi,

    Getting this in the PLY (playground) environment after the upgrade when opening any chart:

    [image: error dialog]
      "An unexpected error occurred. Error code: 0x80004005 (HSWeb.ChartReview)"
      Patient context: ZZTEST, ORANGE (test patient)

    Happens on Chrome and Edge. Production is fine.
    Anand
    """)

add(True, "calendar_invite",
    "Calendar invite for a patient's chemotherapy appointment (iCalendar attachment + text).",
    "Infusion Scheduling <infusion@lakeshoremed.org>", "<ray.holcomb54@gmail.com>",
    "Invitation: Chemotherapy infusion - Cycle 3 @ Mon Mar 9, 2026 8:30am",
    """
    Ray Holcomb, you're scheduled for:

    Chemotherapy infusion - Cycle 3 (FOLFOX)
    Monday, March 9, 2026, 8:30am - 1:30pm
    Lakeshore Cancer Center, Infusion Suite 2, 2900 W Lake Ave
    Labs at 7:45am (CBC, CMP) before your infusion.
    """,
    atts=(ics_att("invite.ics", """
        BEGIN:VCALENDAR
        PRODID:-//Lakeshore Medical Center//Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lmc-infusion-26-0309-4471@lakeshoremed.org
        DTSTAMP:20260302T140000Z
        DTSTART:20260309T133000Z
        DTEND:20260309T183000Z
        SUMMARY:Chemotherapy infusion - Cycle 3 (FOLFOX) - Ray Holcomb
        LOCATION:Lakeshore Cancer Center\\, Infusion Suite 2
        DESCRIPTION:Labs at 7:45am (CBC\\, CMP). Bring your anti-nausea medicine.
        ORGANIZER;CN=Infusion Scheduling:mailto:infusion@lakeshoremed.org
        ATTENDEE;CN=Ray Holcomb;RSVP=TRUE:mailto:ray.holcomb54@gmail.com
        END:VEVENT
        END:VCALENDAR
        """),))

add(False, "calendar_invite_neg",
    "Calendar invite for a tumor board meeting (clinicians only, no cases listed).",
    "Dr. Jonathan Lee <jlee@lakeshoremed.org>", "Tumor Board <tumorboard@lakeshoremed.org>",
    "Invitation: GI Tumor Board @ Wed Mar 4, 2026 7am",
    """
    GI Tumor Board, Wednesday March 4, 7:00-8:00am, Cancer Center Conference Room + Teams.
    Case list goes out through the secure tumor board module Tuesday afternoon.
    """,
    atts=(ics_att("invite.ics", """
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E0080000000060D3C1A2B4A9DA01
        DTSTAMP:20260302T150000Z
        DTSTART:20260304T130000Z
        DTEND:20260304T140000Z
        SUMMARY:GI Tumor Board
        LOCATION:Cancer Center Conference Room / Microsoft Teams
        ORGANIZER;CN=Jonathan Lee:mailto:jlee@lakeshoremed.org
        END:VEVENT
        END:VCALENDAR
        """),))

# --- more clinical operations -----------------------------------------------------------------

add(True, "surgery_booking",
    "OR booking request: name, DOB, procedure, laterality, anticoagulation.",
    "Fiona Whelan MD <fwhelan@riversidebonejoint.com>", "OR Scheduling <orscheduling@centralbaptistky.org>",
    "Booking - 3/18 add-on",
    """
    Please book:
      Jean-Claude Baptiste, DOB 01/19/1949
      Revision L total hip arthroplasty (CPT 27134), est 3.5 hrs, Dr. Whelan
      Wed 3/18, first case if possible
      On warfarin for AFib - cardiology clearance obtained, bridging plan in note
      Needs type & cross 2 units, post-op bed on ortho floor

    Thanks, Fiona
    """)

add(True, "initials_dob",
    "Lab specimen rejection with patient initials + DOB + test: identifiable enough with the "
    "ordering clinic and collection date.",
    "Specimen Processing <processing@tristatereflab.com>", "Laurel Family Medicine <office@laurelfamilymed.com>",
    "Specimen rejected - recollect needed",
    """
    Specimen received 03/02 from Laurel Family Medicine was rejected:

      Patient: J.M.   DOB 04/02/1988   Collected 03/02/2026 09:15
      Test: Comprehensive metabolic panel, lithium level
      Reason: hemolyzed (gross), lithium tube unlabeled

    Please recollect. Lithium should be drawn 12 hours after the last dose.

    TriState Reference Lab Client Services, 1-800-555-0161
    """)

add(True, "hospice_death",
    "Hospice notifies the attending physician of a patient's death (name, date/time of death).",
    "Compassus Valley Hospice <clinical@valleyhospicecare.org>", "Dr. Lena Varga <lvarga@laurelfamilymed.com>",
    "Death notification",
    """
    Dr. Varga,

    This is to let you know that your patient Arthur Lindqvist died peacefully at home on 03/01/2026
    at 23:40, with his wife and son present. Cause: metastatic prostate cancer. Pronounced by hospice
    RN Julie Baird. The death certificate will be sent to your office for signature through EDRS.

    Thank you for your care of Arthur.

    Valley Hospice Care Team
    """)

add(True, "pathology_html",
    "HTML-only pathology result table forwarded between clinics.",
    "Cedar Point Dermatology <office@cedarpointderm.com>", "Dr. Anneliese Vogt <avogt@surgicaloncologyassoc.com>",
    "Path for your review before consult",
    """
    Please see path below. Patient scheduled with you 3/12.
    """,
    html="""<html><body>
<p>Please see path below. Patient scheduled with you 3/12.</p>
<table border="1" cellpadding="4">
<tr><th>Patient</th><td>PIERCE, YOLANDA M</td><th>DOB</th><td>04/17/1971</td></tr>
<tr><th>Accession</th><td>DP26-004418</td><th>Collected</th><td>02/24/2026</td></tr>
<tr><th>Site</th><td colspan="3">Skin, left upper back, shave biopsy</td></tr>
<tr><th>Diagnosis</th><td colspan="3">Invasive melanoma, superficial spreading type, Breslow depth 1.2 mm,
Clark level IV, no ulceration, mitoses 2/mm2. Deep margin involved.</td></tr>
</table>
<p>Gina Tortelli<br>Cedar Point Dermatology<br>502-555-0130</p>
</body></html>
""")

add(True, "occ_health_dot",
    "Occupational health clinic to an employer: driver's DOT medical certification limited due to "
    "hypertension. The employee is the clinic's patient.",
    "WorkWell Occupational Health <dot@workwellocc.com>", "Safety Manager <safety@ridgewayfreight.com>",
    "DOT physical results - 2 drivers",
    """
    Hi Frank,

    DOT exam outcomes from today:

      Luis Carrasquillo - certified 2 years
      Dale Hutchins - certified 1 year only: stage 1 hypertension (BP 148/94), must recheck
        annually; also needs corrective lenses while driving

    Med cards have been uploaded to your portal. Invoice #W-22841 to follow.

    WorkWell Occupational Health
    """)

add(True, "occ_health_drug_screen",
    "Medical review officer reports a positive drug test result for a named employee.",
    "MRO Services <mro@clearpathmro.com>", "HR <hr@ridgewayfreight.com>",
    "Verified result - CCF 0041872213",
    """
    Verified result, DOT post-accident test:

    Donor: Shane Kilbride   Donor ID (last 4): 7736
    Collection date: 02/26/2026
    Result: POSITIVE - Marijuana metabolite (THC), 42 ng/mL
    MRO interview completed 03/02/2026; no legitimate medical explanation.

    Employee must be removed from safety-sensitive duties and referred to a SAP.

    Dr. Gwen Holloway, MRO
    """)

add(True, "nemt_transport",
    "Non-emergency transport booking: name, home address, dialysis schedule, wheelchair.",
    "Bayside Dialysis Center <socialwork@baysidedialysis.com>", "Reservations <rides@bayarearidecare.com>",
    "standing order - MWF",
    """
    Hi, please set up a standing ride for:

    Rosalinda Bautista, Medi-Cal ID 91827364A
    Pick up: 2231 Palm Ave #4, San Mateo CA 94403, phone 650-555-0196
    To: Bayside Dialysis Center, Mon/Wed/Fri chair time 6:00am (3/9 only: 11:30am)
    Wheelchair, needs assist on stairs. Return ~10:30am.

    Thank you,
    Marites Cruz, MSW
    """)

add(True, "interpreter_request",
    "Interpreter request with name, language and an oncology appointment.",
    "Oncology Front Desk <oncfrontdesk@lakeshoremed.org>", "Language Services <interpreters@lakeshoremed.org>",
    "Interpreter - Mon 3/9",
    """
    Need a Vietnamese interpreter in person Mon 3/9 at 10:15 for Mrs. Pham Thi Nga, new patient
    consult with Dr. Lee (breast cancer, discuss chemo plan). Family prefers a female interpreter.
    Clinic 3B.

    Thanks!
    """)

add(True, "chaplain_request",
    "Request for a chaplain visit: surname, room, end-of-life status.",
    "Marcy Doolittle RN <mdoolittle@stbrendans.org>", "Spiritual Care <chaplains@stbrendans.org>",
    "7C - family request",
    """
    Could someone from spiritual care come up to 7C-14 this afternoon? Mr. Eriksen is comfort care
    now, family expects him to pass in the next day or two. They're Lutheran and asked for prayers
    and possibly communion.
    """)

add(True, "nicu_birth",
    "NICU update about a named newborn: gestational age, birth weight, respiratory support.",
    "NICU Charge RN <nicucharge@penncrestuniversity.edu>", "Neonatal Transport <transport@penncrestuniversity.edu>",
    "Baby Girl Abernathy-Ruiz - update",
    """
    Baby Girl Abernathy-Ruiz, born 03/01 at 02:18, 29+3 weeks, BW 1,180 g. On CPAP 6 / FiO2 30%,
    surfactant x1 via LISA. UVC in. Mom (Kayla Ruiz, 19) still on L&D, preeclampsia with severe
    features, Mg running. Dad at bedside. Plan to keep here, no transfer needed - cancel the
    standby. Thanks.
    """)

add(True, "public_health_report",
    "Clinic reports a notifiable disease case to the county: name, address, test, treatment.",
    "Infection Prevention <ip@eastsidechc.org>", "Communicable Disease <cdreport@waynecountyhealth.gov>",
    "Case report: syphilis",
    """
    Reportable condition: syphilis, secondary
    Patient: Terrence Oduya, DOB 07/29/1995, M
    Address: 15520 Greydale Ave, Detroit MI 48223   Phone 313-555-0178
    RPR 1:64, TP-PA reactive (collected 02/27/2026)
    Treated: benzathine penicillin G 2.4 MU IM 03/02/2026
    Partner info given to DIS; patient agreeable to contact.

    Reporter: Maya Lindqvist, NP, Eastside Community Health, 313-555-0150
    """)

add(True, "immunization_request",
    "School asking a pediatric practice for a named child's immunisation record.",
    "Registrar <registrar@westbrookschools.org>", "Records <records@brandywinepeds.com>",
    "Immunization record request",
    """
    Hello,

    We need an updated immunization record for Lily Chen-Abadi (DOB 09/14/2019), kindergarten
    registration. Her file is missing the 2nd MMR and 4th DTaP. A signed release from her mother is
    attached. Please fax to 610-555-0159.

    Thanks,
    Westbrook Elementary Registrar
    """,
    atts=(pdf_att("release_signed.pdf", [
        "Authorization to release immunization records",
        "Child: Lily Chen-Abadi   DOB 09/14/2019",
        "I authorize Brandywine Pediatrics to release immunization records to Westbrook Elementary.",
        "Parent/guardian: Min Chen   Signed 02/26/2026",
    ]),))

add(True, "collections",
    "Collection agency letter about an unpaid balance for an ED visit: payment for care.",
    "Accounts <accounts@keystonerecoverygroup.com>", "<d.mayfield1986@gmail.com>",
    "Account 88-4471-0293 - balance due",
    """
    Derrick Mayfield,

    Your account with Northridge Regional Medical Center has been placed with Keystone Recovery Group.

    Account no: 88-4471-0293
    Date of service: 11/22/2025 (Emergency Department)
    Balance: $1,284.60

    To pay or set up a payment plan, call 1-888-555-0172 or visit https://pay.keystonerecoverygroup.com.
    This communication is from a debt collector.
    """)

add(True, "eob_member",
    "Health plan EOB notice to a member: claim for physical therapy, amounts owed.",
    "Keystone Health Plan <statements@keystonehealthplan.com>", "<acastellanos.home@gmail.com>",
    "Your Explanation of Benefits is ready",
    """
    Hello Adriana Castellanos,

    Member ID: KHP731004528

    A claim was processed for services from Ridgeline Physical Therapy on 02/19/2026
    (97110 therapeutic exercise x3, 97140 manual therapy).
    Billed $412.00  Plan paid $188.40  You may owe $40.00 (copay)

    View your full EOB at https://member.keystonehealthplan.com. This is not a bill.
    """)

add(True, "patient_email_forwarded",
    "Front desk forwards a patient's own email about symptoms to the nurse line (quoted).",
    "Front Desk <frontdesk@brandywinepeds.com>", "Nurse Line <nurseline@brandywinepeds.com>",
    "FW: question about Theo",
    """
    Can a nurse call her back? Thanks.

    ---------- Forwarded message ---------
    From: Sofia Marchetti-Boyd <sofia.mboyd@icloud.com>
    Date: Mon, Mar 2, 2026 at 7:12 AM
    Subject: question about Theo

    Hi, my son Theo Boyd (2 yrs, Dr. Patel's patient) has had a fever of 103 since Saturday and now
    he's pulling at his right ear and not eating. He was on amoxicillin for an ear infection 3 weeks
    ago. Should we bring him in? My cell is 610-555-0182.
    """)

add(True, "wrong_recipient",
    "Autocomplete misfire: census sent to an outside personal address with a similar name.",
    "Hector Salinas <hsalinas@mercyvalleyhealth.org>", "Hector Salinas <hector.salinas77@gmail.com>",
    "5N census 3/2",
    """
    5N census 0700:

    501 Delgado, M  72  COPD exac, BiPAP overnight
    502 Franks, W   58  cellulitis LLE, IV vanc
    504 Yoon, S     44  pancreatitis, NPO, dilaudid PCA
    507 Ibarra, J   81  CHF, diuresing, -2.1L
    509 Keller, A   67  post-op day 2 colectomy

    2 discharges expected today (502, 507).
    """)

add(True, "dental_lab",
    "Dental office to a dental lab: patient name on a crown case with shade and tooth.",
    "Bright Smiles Family Dental <office@brightsmilesfd.com>", "Cases <cases@precisiondentallab.com>",
    "Case pickup Thursday",
    """
    Hi Ron, please pick up Thursday:

    Pt: Harriet Okonjo  - #8 e.max crown, shade A2, prep margin subgingival facial. Pt had #8
    root canal 1/2026, post and core done. She has a wedding 3/21 so need it back by 3/18 please.

    Marisa
    """)

add(True, "audiology",
    "Audiology clinic note summary to PCP with name and hearing loss results.",
    "Clearsound Audiology <office@clearsoundaudiology.com>", "Dr. Lena Varga <lvarga@laurelfamilymed.com>",
    "Audiology results - Mr. Petrakis",
    """
    Dr. Varga,

    Thank you for referring Nikolaos Petrakis (DOB 03/30/1949). Audiogram shows asymmetric
    sensorineural hearing loss, R worse than L (R PTA 62 dB, L PTA 38 dB), word recognition R 56%.
    Given the asymmetry, we recommend an MRI of the internal auditory canals to rule out vestibular
    schwannoma before hearing aid fitting.

    Dana Whitfield, Au.D.
    Clearsound Audiology
    """)

add(True, "transplant_coordinator",
    "Transplant coordinator asking for labs for a named candidate on the waitlist.",
    "Transplant Office <kidneytx@penncrestuniversity.edu>", "Bayside Dialysis Center <socialwork@baysidedialysis.com>",
    "Monthly serum - waitlist",
    """
    Hi Marites,

    Reminder that Rosalinda Bautista's monthly serum sample for PRA/crossmatch is due by 3/10 (she's
    active on the deceased donor list, blood type B, cPRA 87%). Kit was mailed last week. Also please
    send her latest Kt/V and albumin.

    Joanne Fischer, RN, Kidney Transplant Coordinator
    """)

# --- hard negatives ---------------------------------------------------------------------------

add(False, "grand_rounds",
    "Grand rounds announcement with the speaker's bio; disease topic, no patient.",
    "Department of Medicine <medicine@penncrestuniversity.edu>", "Faculty and Trainees <dom-all@penncrestuniversity.edu>",
    "Grand Rounds Friday: Obesity pharmacotherapy in 2026",
    """
    Medical Grand Rounds
    Friday, March 6, 8:00-9:00am, Hamilton Auditorium and Zoom

    "Obesity pharmacotherapy in 2026: incretins, access and what comes next"
    Speaker: Dr. Nadia Oyelowo, Associate Professor of Medicine, Division of Endocrinology

    Dr. Oyelowo directs the Penncrest Weight Management Program and led the site arm of the
    SURMOUNT-MMO trial. She will review outcomes data on cardiovascular events, sarcopenia, and
    discontinuation.

    1.0 AMA PRA Category 1 Credit. Text code 4471 to 215-555-0100 for attendance.
    """)

add(False, "clinical_question_general",
    "Resident asks pharmacist a general dosing question (renal dosing), no patient identified.",
    "Dr. Owen Mercer <omercer@penncrestuniversity.edu>", "ID Pharmacy <idpharm@penncrestuniversity.edu>",
    "general q - cefepime in CKD",
    """
    Hi, general question not about a specific patient: for cefepime in someone with CrCl around 25,
    what's our institutional dosing for pneumonia vs. neutropenic fever? The guide says 1 g q24 but I
    remember a neurotoxicity talk saying we should be more careful. Thanks!

    Owen Mercer, PGY-2 Internal Medicine
    """)

add(False, "board_minutes",
    "Board minutes with aggregate census, finances and a sentinel event count.",
    "Board Office <boardoffice@northridgeregional.org>", "Board of Trustees <trustees@northridgeregional.org>",
    "Draft minutes - February board meeting",
    """
    Draft minutes, Board of Trustees, February 24, 2026

    Present: J. Whitaker (Chair), M. Delgado, R. Sung, Dr. P. Okeke, CEO A. Brennan.

    CEO report: average daily census 212 (budget 205). ED visits 4,410, up 6% YoY. Behavioral health
    boarding in the ED averaged 31 hours. Operating margin 2.1% YTD.
    Quality: one sentinel event (wrong-site procedure) reported to TJC; RCA complete.
    Motion to approve the cardiac cath lab expansion ($8.4M) passed unanimously.
    """)

add(False, "phishing_warning",
    "IT security warning about phishing impersonating the patient portal; no patient.",
    "Information Security <infosec@mercyvalleyhealth.org>", "All Staff <allstaff@mercyvalleyhealth.org>",
    "Phishing alert: fake 'MyChart account suspended' emails",
    """
    We are seeing phishing emails that claim "Your MyChart account has been suspended" and ask you to
    log in at mychart-mercyvalley-secure[.]com. That is not our site. Do not click. Patients are
    receiving it too; if a patient calls, tell them we will never ask for their password by email.

    Report suspicious mail with the Report Phish button in Outlook.
    Information Security, ext 7700
    """)

add(False, "drug_samples",
    "Drug rep sample delivery with lot numbers and signature; no patient.",
    "Meghan Doyle <meghan.doyle@novara-pharma.com>", "Tammy Kerr <tkerr@laurelfamilymed.com>",
    "Sample delivery confirmation",
    """
    Hi Tammy,

    Confirming delivery today for Dr. Asante:
      Jardiance 10 mg 7ct - 20 units, lot 3B4471C, exp 11/2027
      Jardiance 25 mg 7ct - 10 units, lot 3B4502A, exp 12/2027
    Signed electronically by Dr. Asante (state licence MD-448213).

    Also happy to bring lunch for the team and cover the new heart failure indication. Does the
    week of March 16 work?

    Meghan Doyle, Novara Pharmaceuticals
    """)

add(False, "policy_draft",
    "Draft nursing policy on restraints: clinical content, no patient.",
    "Nursing Practice Council <npc@stbrendans.org>", "Nurse Managers <nursemanagers@stbrendans.org>",
    "For comment: restraint and seclusion policy rev 4",
    """
    Please review the draft by March 13. Main changes:

    - Violent/self-destructive restraint orders: face-to-face evaluation within 1 hour by a physician,
      APP or trained RN; order renewal every 4 hours for adults 18+, 2 hours ages 9-17, 1 hour under 9.
    - Non-violent restraint (e.g., to protect lines in a delirious patient): renew each calendar day.
    - Documentation of less restrictive alternatives tried.

    Comments in the SharePoint document please, not by reply-all.
    """)

add(False, "pto_request",
    "Employee asks to swap shifts because of her own son's surgery. Employment context, not a "
    "covered entity's care record; judged not PHI (a detector flag here is an understandable error).",
    "Jen Okonkwo <jokonkwo@mercyvalleyhealth.org>", "Donna Carver <dcarver@mercyvalleyhealth.org>",
    "swap for 3/13?",
    """
    Hi Donna, any chance I can swap my 3/13 night for 3/20? My son has his tonsillectomy that morning
    and I want to be home with him. Tasha said she'd take the 13th if you're ok with it.

    Thanks, Jen
    """)

add(False, "residency_schedule",
    "Resident call schedule with pager numbers and names of physicians (workforce).",
    "Chief Residents <chiefs@penncrestuniversity.edu>", "IM Residents <im-residents@penncrestuniversity.edu>",
    "Call schedule week of 3/9",
    """
    Night float: Mercer (pgr 4412), Tran (pgr 4418)
    MICU nights: Abdullah (pgr 4431)
    Cardiology consults: Feinberg (pgr 4456)
    Backup/jeopardy: Okoro (pgr 4401)

    Reminder: duty hours logging due Sunday. Sign out at 7pm sharp, Room 5114.
    """)

add(False, "fda_safety_comm",
    "FDA-style safety communication about an infusion pump model/serial range; no patient.",
    "Biomedical Engineering <biomed@stbrendans.org>", "Nurse Managers <nursemanagers@stbrendans.org>",
    "Pump recall - check serial numbers",
    """
    FYI: the manufacturer issued a Class I correction for syringe pump model SP-700, serial numbers
    SP7-2207000 through SP7-2209999, due to occlusion alarms failing at low flow rates (<0.5 mL/h).

    We have 14 units in that range (NICU 9, PICU 5). Biomed will swap them by Friday. Until then, do
    not use them for rates below 0.5 mL/h.

    Biomed ext 3300
    """)

add(False, "small_count_aggregate",
    "Infection prevention note with small counts but no identifiers (no names, rooms, dates of "
    "individuals).",
    "Infection Prevention <ip@northridgeregional.org>", "Medical Staff <medstaff@northridgeregional.org>",
    "C. diff rates Q1 to date",
    """
    Hospital-onset C. difficile: 4 cases so far in Q1 (SIR 0.78). Two were on the same unit within a
    week; environmental cleaning audit done, no ongoing transmission found. Please continue to avoid
    testing patients on laxatives and to use soap and water, not gel, after contact with patients on
    enteric precautions.

    Infection Prevention
    """)

add(False, "facilities_room",
    "Facilities message with room numbers but no patients.",
    "Facilities <facilities@stbrendans.org>", "4 West Nursing <4west@stbrendans.org>",
    "12B and 14A out of service",
    """
    Rooms 12B and 14A are out of service Tuesday 7am-3pm for HVAC work. Please don't assign
    admissions to those rooms. 14B is fine. Call ext 2200 with questions.
    """)

add(False, "chargemaster",
    "Price transparency / chargemaster update with CPT codes and prices; no patient.",
    "Revenue Integrity <revint@northridgeregional.org>", "Department Managers <deptmgrs@northridgeregional.org>",
    "CDM updates effective 4/1",
    """
    CDM changes effective April 1:

    CPT 70553 MRI brain w/wo contrast      $2,840 -> $2,610
    CPT 74177 CT abd/pelvis w contrast     $1,920 -> $1,880
    CPT 93306 TTE complete                 $1,410 (no change)
    HCPCS J1950 leuprolide 3.75 mg         $1,102 -> $1,175

    Shoppable services file will be republished 4/1.
    """)

add(False, "coding_education",
    "Coding education with ICD-10 codes and documentation tips; no patient.",
    "CDI Team <cdi@lakeshoremed.org>", "Hospitalists <hospitalists@lakeshoremed.org>",
    "CDI tip of the week: acute respiratory failure",
    """
    Tip of the week: acute respiratory failure (J96.01 hypoxic, J96.02 hypercapnic).

    To support it, document the clinical indicators: SpO2 <91% on room air or PaO2 <60, increased
    work of breathing (RR >28, accessory muscles), and the treatment (BiPAP, high-flow). "Hypoxia"
    alone codes as R09.02 and does not capture severity.

    Questions: CDI office ext 6120.
    """)

add(False, "public_health_release",
    "County press release about a measles case with no identifying details.",
    "Wayne County Health <press@waynecountyhealth.gov>", "Health Partners <partners@lists.waynecountyhealth.gov>",
    "Measles exposure advisory",
    """
    The Wayne County Health Department has confirmed a case of measles in an unvaccinated adult who
    recently traveled internationally. Possible exposure locations:

      - Metro Airport, Terminal McNamara, Feb 25, 4-8pm
      - Greenfield Urgent Care waiting room, Feb 27, 10am-1pm

    Anyone exposed who is not immune should call 734-555-0100. Clinicians: consider measles in
    patients with fever and rash; isolate and call the health department before testing.
    """)

add(False, "credentialing",
    "Credentialing request with a physician's licence number, DEA and NPI: provider identifiers.",
    "Medical Staff Office <mso@northridgeregional.org>", "Verifications <verify@paboardofmedicine.gov>",
    "Primary source verification - Dr. Marchetti",
    """
    Please verify the following for initial appointment:

    Elena Marchetti, MD
    NPI 2260181591
    PA licence MD-461120, expires 12/31/2026
    DEA FM4471183
    Board certification: Internal Medicine, Rheumatology (ABIM)

    Thank you,
    Medical Staff Office, Northridge Regional
    """)

add(False, "blood_drive",
    "Blood drive announcement.",
    "Employee Engagement <engage@mercyvalleyhealth.org>", "All Staff <allstaff@mercyvalleyhealth.org>",
    "Blood drive Thursday - O negative donors especially needed",
    """
    The Community Blood Center bus will be at the Main entrance Thursday 9-3. O-negative and
    platelet donors are especially needed; the regional supply is at under two days. Sign up in
    the app or walk in. Every donor gets a T-shirt and a voucher for the cafeteria.
    """)

add(False, "device_calibration",
    "Point-of-care glucose meter QC log with device serial numbers and staff IDs; no patients.",
    "POCT Coordinator <poct@northridgeregional.org>", "Nurse Managers <nursemanagers@northridgeregional.org>",
    "Glucose meters locked out for QC",
    """
    These meters are locked out for missed QC and need a high/low control run before use:

      Serial GM4-118273  5 North     last QC 02/26
      Serial GM4-118291  ED Pod B    last QC 02/27
      Serial GM4-120044  L&D         last QC 02/25

    Operators with expired competency (badge IDs): 40218, 40377, 41102. Please have them complete
    the module in HealthStream.
    """)

add(False, "exam_question",
    "Board-review question; fictional case vignette without identifiers.",
    "Board Review Daily <daily@boardreviewq.com>", "<omercer@penncrestuniversity.edu>",
    "Question of the day #1187",
    """
    A 28-year-old woman presents with palpitations, heat intolerance and a 4 kg weight loss. She
    delivered a healthy infant 3 months ago. TSH is <0.01, free T4 is elevated, and radioactive
    iodine uptake is 2% at 24 hours. Which is the most appropriate next step?

    A. Methimazole   B. Propranolol   C. Radioactive iodine ablation   D. Thyroidectomy

    Answer tomorrow. Reply STOP to unsubscribe.
    """)

add(False, "vendor_baa",
    "Contract discussion about a BAA; mentions PHI and HIPAA generically.",
    "Legal <legal@laurelfamilymed.com>", "Contracts <contracts@carereach-outreach.com>",
    "BAA redlines",
    """
    Hi Jordan,

    Attached are our redlines to the Business Associate Agreement. Main points: breach notification
    within 5 business days (not 60), subcontractor flow-down, and return or destruction of PHI at
    termination with a certificate. We can't start sending outreach lists until this is signed.

    Lauren Choi, Compliance & Legal, Laurel Family Medicine
    """)

add(False, "recruiter_outreach",
    "Locum recruiter email to a physician; mentions specialty and pay.",
    "Brianna Holt <bholt@apexlocums.com>", "Dr. Tomasz Wrobel <twrobel@northhillsortho.com>",
    "IR locums - 2 weeks in April, $4,200/day",
    """
    Dr. Wrobel,

    A 300-bed hospital in central Ohio needs interventional radiology coverage April 6-17. Case mix:
    embolizations, TIPS, ports, biopsies, about 60% IR / 40% diagnostic. Call 1:3. $4,200/day plus
    travel and housing, malpractice with tail covered.

    Interested? My cell is 614-555-0190.

    Brianna Holt, Apex Locums
    """)

add(False, "patient_experience_aggregate",
    "Patient experience summary with anonymous comments, no names or identifying detail.",
    "Patient Experience <px@lakeshoremed.org>", "Nurse Managers <nursemanagers@lakeshoremed.org>",
    "HCAHPS February results",
    """
    February HCAHPS (n=318 returned surveys):
      Nurse communication top box 81% (goal 80)
      Responsiveness 64% (goal 68)
      Quiet at night 52% - still our lowest domain

    Selected anonymous comments:
      "The night nurse explained every medicine, I felt safe."
      "Waited 40 minutes for help to the bathroom."

    Unit-level reports are in the PX dashboard.
    """)

add(False, "cme_webinar_vendor",
    "Vendor-sponsored webinar invite about atrial fibrillation and anticoagulation.",
    "CardioLearn <webinars@cardiolearn.net>", "Dr. Omar Siddiqui <osiddiqui@mercyvalleyhealth.org>",
    "Webinar: stroke prevention in AF - beyond CHA2DS2-VASc",
    """
    Join us Tuesday, March 10 at 7pm ET for a 45-minute case-based webinar on stroke prevention in
    atrial fibrillation, including left atrial appendage occlusion candidates and anticoagulation
    in patients with prior GI bleeding.

    Faculty: Dr. Harriet Mensah, Electrophysiology. Supported by an educational grant.
    Register: https://cardiolearn.net/af-stroke
    """)

add(False, "supply_order_confirmation",
    "Medical supply order confirmation to a clinic (ship-to address of the clinic).",
    "Orders <orders@midwestmedsupply.com>", "Tammy Kerr <tkerr@laurelfamilymed.com>",
    "Order 5521873 shipped",
    """
    Your order 5521873 has shipped via UPS Ground, tracking 1Z9X8A720341177261.

    Ship to: Laurel Family Medicine, 880 Perry Hwy, Suite 200, Pittsburgh PA 15229
      2 cs  Nitrile exam gloves M
      1 cs  Tuberculin syringes 1 mL
      4 bx  Urine specimen cups sterile
      1 ea  Otoscope specula 4mm (bag of 850)
    """)

# --- subtle positives -------------------------------------------------------------------------

add(True, "subject_only",
    "The PHI is in the subject line (surname + test result); the body is a bare acknowledgement.",
    "Dr. Omar Siddiqui <osiddiqui@mercyvalleyhealth.org>", "Tasha Greer RN <tgreer@mercyvalleyhealth.org>",
    "Re: Haugland rm 4 - repeat trop 1.8, cath lab called",
    """
    ok on my way. keep him on the heparin gtt

    Sent from my iPhone
    """)

add(True, "phone_oneliner",
    "One-liner: surname + family phone + code status discussion.",
    "Dr. Priya Raman <praman@lakeshoremed.org>", "Palliative Care <palliative@lakeshoremed.org>",
    "consult",
    """
    can someone call Mrs. Delgado's daughter today re goals of care/DNR? 501, COPD on bipap again. dtr Marisa 414-555-0171
    """)

add(True, "teaching_not_deidentified",
    "Looks like a teaching case but names the patient and bed: not de-identified.",
    "Dr. Celeste Marchand <cmarchand@penncrestuniversity.edu>", "IM Residents <im-residents@penncrestuniversity.edu>",
    "great pickup yesterday",
    """
    Shout-out to Dr. Tran: the 54-year-old in MICU bed 9 (Mr. Abdelrahman) with the "viral
    syndrome" turned out to be endocarditis - she pushed for the TEE. Vegetation 1.4 cm on the aortic
    valve, going for valve replacement Thursday. Let's talk about it at morning report.
    """)

add(True, "telehealth_ip_log",
    "Telehealth vendor access log: patient portal username, IP address and behavioural-health visit.",
    "Security <security@medilinkvideo.com>", "Privacy Office <privacy@clearwatercounseling.org>",
    "Suspicious login on patient account",
    """
    Hello,

    We blocked a login to the patient account "chalvorsen88" (Connor Halvorsen) from IP
    185.220.101.47 (Tor exit) at 02:14 UTC on 03/02. The account has an upcoming video session with
    Dr. Miriam Adebayo (Counseling) on 03/04. The password has been reset and the patient notified at
    the email on file. No session data was accessed.

    MediLink Security Operations
    """)

add(True, "vehicle_plate",
    "ED security note: patient's vehicle plate + admission to ICU.",
    "ED Security <edsecurity@northridgeregional.org>", "Parking Services <parking@northridgeregional.org>",
    "car in ambulance bay",
    """
    The silver Camry in the ambulance bay (PA plate KLT-4471) belongs to a pt who drove himself in
    with chest pain and was taken straight to the cath lab, now in CCU bed 6 (Mr. Petersen). Family
    is coming for the keys tonight. Please don't tow.
    """)

add(True, "account_only",
    "Billing account number + infusion bill question: payment for care tied to a person.",
    "Carla Benedetti <manager@summitrheum.com>", "Denise Amato <damato@precisionrcm.com>",
    "acct 20441873",
    """
    Denise, the patient on acct 20441873 called upset - she got a $2,300 bill for her Remicade
    infusion from January. Can you hold it from statements until the appeal is done? She's a long
    time patient.
    """)

add(True, "fertility",
    "Fertility clinic nurse message: name, IVF cycle, hormone levels, medication instructions.",
    "Nurse Team <nurses@lakesidefertility.com>", "<priya.and.dev@gmail.com>",
    "Tonight's instructions",
    """
    Hi Priya,

    Your estradiol today was 2,140 and you have 14 follicles, largest 19 mm. Please take your trigger
    shot (Ovidrel 250 mcg) tonight at exactly 9:30 pm. Egg retrieval is Thursday at 9:30 am - nothing
    to eat or drink after midnight, and Dev needs to bring his ID for the sample.

    Lakeside Fertility Nurse Team
    """)

add(True, "dme_delivery",
    "DME company delivery: oxygen concentrator to a named patient's home with the prescription.",
    "Dispatch <dispatch@homecarerespiratory.com>", "Driver Team <drivers@homecarerespiratory.com>",
    "Tomorrow AM deliveries",
    """
    Route 3 AM:
    1) Gerald Vukovich - 4418 Pleasant Ridge Rd, Harlan Twp. New O2 concentrator 5L + portable
       tanks x6. Rx 2L continuous, 3L exertion. Wife will be home. Call 606-555-0145 on the way.
    2) Pick up hospital bed - 77 Orchard Ln (pt deceased, family expecting us 10-11).
    """)


# --- attachments in other wrappers, marketing, payments ---------------------------------------

add(True, "rfc822_attachment",
    "Forwarded as attachment: the outer mail is one line, the PHI (name, DOB, psychiatric admission) "
    "is in the attached message/rfc822 part.",
    "Anne Whitlock LCSW <awhitlock@harborrecovery.org>", "Intake <intake@meadowbrookbh.org>",
    "FW: referral",
    """
    See attached, forwarding the original as requested. Let me know if you have a bed.

    Anne
    """,
    atts=(eml_att("referral.eml", "Dr. Salas <rsalas@harborrecovery.org>",
                  "Anne Whitlock LCSW <awhitlock@harborrecovery.org>", "referral",
                  "Mon, 02 Mar 2026 16:20:00 -0500",
                  """
                  Anne,

                  Please refer Jessie Reinholt (DOB 10/02/1990) to Meadowbrook for inpatient psych.
                  She disclosed SI with a plan (overdose on her take-home methadone) in session today.
                  She's voluntary and her sister is with her. Methadone 95 mg, last dose this morning.

                  R. Salas, MD
                  """),))

add(True, "zip_attachment",
    "Zipped CSV export of a no-show report with names, MRNs and visit types.",
    "Reporting <reporting@mercyvalleyhealth.org>", "Ops Analytics Contractor <analyst@bluepeakconsulting.com>",
    "February no-show export",
    """
    Export attached as requested (zip, the mail system blocks raw CSV).

    Data team
    """,
    atts=(zip_att("noshow_feb.zip", {"noshow_feb.csv": """
        mrn,patient,dept,appt_date,visit_type
        00461290,"Kowalczyk, Irene",Internal Medicine,2026-02-03,Diabetes follow-up
        00477815,"Obuya, Samuel",Behavioral Health,2026-02-05,Psychotherapy 53 min
        00480332,"Lindgren, Hanna",OB/GYN,2026-02-09,Prenatal 20 wk
        00492057,"Ferrante, Paolo",Cardiology,2026-02-12,Post-MI follow-up
        """}),))

add(False, "deidentified_dataset",
    "Safe-Harbor de-identified extract (age in years, 3-digit ZIP, year only) for a research team: "
    "not PHI (DOMAIN.md: de-identified data).",
    "Honest Broker <honestbroker@penncrestuniversity.edu>", "Dr. Celeste Marchand <cmarchand@penncrestuniversity.edu>",
    "De-identified extract for IRB 2025-0418",
    """
    Attached is the de-identified extract (Safe Harbor method; ages >89 collapsed to 90, ZIPs truncated
    to 3 digits, dates reduced to year). Study IDs are random and the key is not shared.
    """,
    atts=(csv_att("extract_2025-0418.csv", """
        study_id,age,sex,zip3,admit_year,primary_dx,los_days,readmit_30d
        S0001,54,M,191,2025,I21.4,4,0
        S0002,71,F,190,2025,I50.23,6,1
        S0003,90,F,193,2025,J44.1,5,0
        S0004,38,M,191,2025,F32.2,9,0
        S0005,62,M,194,2025,E11.65,3,1
        """),))

add(True, "condition_marketing",
    "Marketing email to a named patient that implies her condition (diabetes class for 'our patients "
    "living with diabetes'): DOMAIN.md says condition-targeted marketing reveals health info.",
    "Laurel Family Medicine <news@laurelfamilymed.com>", "Irene Kowalczyk <irene.kowalczyk60@aol.com>",
    "Irene, a new class just for you",
    """
    Hi Irene,

    As one of our patients living with type 2 diabetes, you're invited to our free 4-week class,
    "Taking Charge of Your Blood Sugar," starting March 17 at our Perry Highway office.
    Learn about meal planning, your A1c, and new medicines like Ozempic and Jardiance.

    Reserve your spot: 412-555-0122.
    Laurel Family Medicine
    """)

add(True, "payment_receipt",
    "Hospital payment receipt to a patient: payment for care tied to a named person.",
    "Patient Financial Services <pfs@northridgeregional.org>", "<karl.petersen.55@gmail.com>",
    "Payment received - thank you",
    """
    Dear Karl Petersen,

    We received your payment of $250.00 on 03/02/2026 (Visa ending 4417), applied to guarantor account
    60021847 for services at Northridge Regional Medical Center (cardiac catheterization, 01/12/2026).
    Remaining balance: $1,862.19. Payment plan: $250.00/month, next due 04/02/2026.
    """)

add(True, "research_sae",
    "Research adverse-event report with subject initials, site and event dates: identifiable enough "
    "with the hospitalisation dates; labelled PHI.",
    "Research Coordinator <crc-cardio@lakeshoremed.org>", "Safety Desk <safety@atlascro.com>",
    "SAE report - Site 114, Subject 114-027",
    """
    SAE initial report

    Protocol ATL-HF-302, Site 114 (Lakeshore Medical Center)
    Subject 114-027, initials R.H., DOB 02/1954
    Event: hospitalization for acute kidney injury (creatinine 1.1 -> 3.4), admitted 02/28/2026,
    ongoing. Study drug held since 02/28. Investigator assessment: possibly related.

    Site PI: Jonathan Lee, MD
    """)

add(False, "hr_payroll_ssn",
    "HR payroll setup with a new employee's SSN and bank details: sensitive PII but workforce data, "
    "not PHI. (A PII rule may rightly hold it; the PHI label is false.)",
    "HR Onboarding <onboarding@maplewoodcare.com>", "Payroll <payroll@paylinehr.com>",
    "New hire - payroll setup",
    """
    Please set up payroll for our new CNA starting 3/9:

    Name: Tamara Ellison
    SSN: 518-63-2049
    Address: 2217 N 54th St, Milwaukee WI 53208
    Pay rate: $21.50/hr, night differential $2.00
    Direct deposit: routing 075000022, account 2204418830

    Thanks, Maplewood HR
    """)

add(False, "lab_reference_ranges",
    "Lab reference range changes: analytes and numbers, no patient.",
    "Core Lab <corelab@northridgeregional.org>", "Medical Staff <medstaff@northridgeregional.org>",
    "New hs-troponin reference intervals 3/16",
    """
    Effective March 16 the lab moves to the new high-sensitivity troponin T assay.

      99th percentile URL: female 14 ng/L, male 22 ng/L
      0/1-hour algorithm: rule-out <5 ng/L at 0h; rule-in >=52 ng/L at 0h or delta >=5 at 1h

    Results will report in ng/L (not ng/mL). Old and new values are NOT interchangeable; do not
    compare across the cutover. ED order set updated.
    """)

add(False, "ems_protocol",
    "EMS protocol update with drug doses; no patient.",
    "Medical Director <medicaldirector@tricountyems.org>", "All Crews <crews@tricountyems.org>",
    "Protocol 4.12 change: ketamine for agitation",
    """
    Effective 3/15, protocol 4.12 (behavioral emergencies) changes:

    - Ketamine 4 mg/kg IM (max 400 mg) for severe agitation replaces the 5 mg/kg dose
    - Mandatory ETCO2 monitoring after any sedative
    - Contact OLMC before a second dose

    Training in the LMS by 3/14. Questions to me directly.
    Dr. Aaron Feld, EMS Medical Director
    """)

add(False, "vet_billing",
    "Veterinary invoice to an owner (owner name, address, pet procedure). Animal health: not PHI.",
    "Oak Hollow Animal Hospital <billing@oakhollowvet.com>", "<greg.lundgren@comcast.net>",
    "Invoice 58812 - Mochi",
    """
    Invoice 58812
    Client: Greg Lundgren, 1407 Cedar Lake Rd, Minnetonka MN 55305
    Patient: Mochi (feline)

      Exam, senior wellness           $78.00
      T4, chemistry panel             $142.50
      Methimazole 2.5 mg x 60         $38.90
      Total                           $259.40

    Paid, Visa ending 0932. Thank you!
    """)

add(False, "formulary_update",
    "P&T formulary update; drug names and indications only.",
    "Pharmacy & Therapeutics <pt-committee@stbrendans.org>", "Medical Staff <medstaff@stbrendans.org>",
    "P&T decisions - February",
    """
    February P&T Committee decisions:

    ADDED: andexanet alfa (restricted to neurosurgery/ICU for life-threatening bleeding on
    apixaban/rivaroxaban); tenecteplase for acute ischemic stroke (replaces alteplase).
    REMOVED: ranitidine (all forms).
    THERAPEUTIC INTERCHANGE: esomeprazole -> pantoprazole 40 mg; rosuvastatin -> atorvastatin.

    Questions: ext 4500.
    """)

add(False, "fw_chain_neg",
    "FW: FW: chain about a scheduling template; the quoted parts talk about 'patients' generically.",
    "Maurice Dupree <mdupree@riversidebonejoint.com>", "Dr. Fiona Whelan <fwhelan@riversidebonejoint.com>",
    "FW: FW: new template for post-op visits",
    """
    Dr. Whelan - looping you in since you asked about this.

    -----Original Message-----
    From: Becky Lindahl <blindahl@riversidebonejoint.com>
    Sent: Monday, March 2, 2026 8:10 AM
    To: Maurice Dupree <mdupree@riversidebonejoint.com>
    Subject: FW: new template for post-op visits

    Maurice, can you build this in the scheduling system?

    -----Original Message-----
    From: Dr. Sanjay Kulkarni <skulkarni@riversidebonejoint.com>
    Sent: Friday, February 27, 2026 5:40 PM
    Subject: new template for post-op visits

    Post-op visits for joint replacements should be 20 minutes at 2 weeks (wound check, staples out),
    15 at 6 weeks with X-ray first, and 15 at 3 months. Sports med post-ops stay at 15. Please block
    two new-patient slots per morning for urgent fracture referrals.
    """)

add(True, "pbm_rejection",
    "PBM claim rejection to a pharmacy: member, drug, rejection code.",
    "RxClaim Help Desk <helpdesk@optimarxpbm.com>", "Walnut Street Pharmacy <rx@walnutstreetrx.com>",
    "Re: reject 75 for member inquiry",
    """
    Hello Jamal,

    Regarding your call: the claim for member Beverly Dunmore (ID OPX4410293-01) for Eliquis 5 mg
    #60 rejected with NCPDP 75 (prior authorization required) because the plan's step therapy requires
    a warfarin trial. The prescriber can submit a PA at 1-800-555-0188; diagnosis of atrial
    fibrillation with documented labile INR would qualify.

    OptimaRx Pharmacy Help Desk
    """)

add(True, "subject_phi_short",
    "Short phone message; PHI concentrated in the subject (surname + positive COVID).",
    "Urgent Care Front Desk <frontdesk@quickcareuc.com>", "Employee Health <employeehealth@ridgewayfreight.com>",
    "Gonzalez - COVID+ today, out until 3/7",
    """
    per his request letting you know. note attached to his portal.
    """)

add(False, "job_description_phrasing",
    "Internal job description for a medical coder (mentions ICD-10, PHI, HIPAA); no individual.",
    "Talent Acquisition <careers@northridgeregional.org>", "HIM Managers <him-mgrs@northridgeregional.org>",
    "Draft JD - Coding Specialist II",
    """
    Please review the draft job description:

    Coding Specialist II (remote). Assigns ICD-10-CM/PCS and CPT codes to inpatient records, queries
    physicians for documentation, meets 95% accuracy on audit. Must protect PHI per HIPAA and our
    minimum-necessary policy. CCS required; CPC considered with 3 years inpatient experience.
    Pay range $29.80-$41.20/hr.
    """)

add(True, "spanish_clinical",
    "Spanish message from a nurse to a patient: name, pregnancy, glucose result, insulin.",
    "Enfermería <enfermeria@clinicadelvalle.org>", "<gaby.morales.rx@hotmail.com>",
    "Resultado de su prueba de glucosa",
    """
    Hola Gabriela,

    Su prueba de glucosa de una hora salió alta (168 mg/dL). La Dra. Carrasco quiere que se haga la
    prueba de tres horas el martes 10 de marzo a las 7:30 a. m. Si se confirma diabetes gestacional,
    la vamos a referir con la nutrióloga y tal vez necesite insulina.

    Cualquier duda llámenos al 956-555-0124.
    Lupita, enfermera
    """)


# =========================================================================== templated tail
# Fewer words, more volume: reminders, call logs, rosters and bulletins drawn from fixed lists with
# a seeded RNG. Kept deliberately plain so the hand-written set carries the difficulty.

_FIRST = ["Amara", "Bogdan", "Celia", "Desmond", "Esperanza", "Fumiko", "Gareth", "Hoang", "Imani",
          "Jaroslav", "Kalani", "Leopold", "Marguerite", "Nnamdi", "Ottilie", "Paloma", "Quentin",
          "Rashida", "Soren", "Tuyet", "Ulrich", "Valentina", "Wendell", "Ximena", "Yusuf", "Zofia"]
_LAST = ["Achterberg", "Balogun", "Cienfuegos", "Drummond", "Eskildsen", "Fairweather", "Gallardo",
         "Hollingsworth", "Ilunga", "Jankowski", "Kettering", "Lachance", "Mwangi", "Nordqvist",
         "Ostrowski", "Pennington", "Quispe", "Rasmussen", "Szabo", "Tanaka-Blum", "Uchenna",
         "Valdivia", "Wojcik", "Yamamoto-Cole", "Zeledon"]
_CLINICS = [
    ("Harborview Women's Health", "appointments@harborviewwomens.org", "mammogram", "888-555-0131"),
    ("Northgate Cardiology", "reminders@northgatecardio.com", "stress echocardiogram", "888-555-0132"),
    ("Pinecrest Endocrine", "reminders@pinecrestendo.com", "diabetes follow-up and A1c check", "888-555-0133"),
    ("Riverbend Sleep Center", "scheduling@riverbendsleep.com", "overnight sleep study", "888-555-0134"),
    ("Summit Oncology", "infusion@summitonc.org", "immunotherapy infusion (Keytruda)", "888-555-0135"),
    ("Meadowbrook Behavioral Health", "frontdesk@meadowbrookbh.org", "medication management visit", "888-555-0136"),
    ("Lakeview GI", "endo@lakeviewgi.com", "colonoscopy", "888-555-0137"),
    ("Westfield Podiatry", "office@westfieldpodiatry.com", "diabetic foot exam and nail debridement", "888-555-0138"),
]
_MONTHS = ["March", "April"]
_TESTS = [("Potassium", "6.9 mmol/L"), ("Sodium", "118 mmol/L"), ("Hemoglobin", "6.1 g/dL"),
          ("Platelets", "14 K/uL"), ("INR", "7.8"), ("Glucose", "41 mg/dL"), ("Lactate", "5.6 mmol/L"),
          ("Troponin T hs", "412 ng/L")]
_STAFF = ["K. Abiodun", "L. Brennan", "M. Castaneda", "N. Duval", "O. Eze", "P. Forsberg", "Q. Gutierrez",
          "R. Halloran", "S. Iqbal", "T. Jorgensen"]
_DEPTS = ["Emergency Department", "Cardiology", "Radiology", "Pharmacy", "Respiratory Therapy", "Lab",
          "Sterile Processing", "Labor & Delivery"]


def _phone(rng: random.Random) -> str:
    return f"{rng.randint(201, 989)}-555-01{rng.randint(0, 99):02d}"


def _mrn(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}{rng.randint(0, 99999):05d}{rng.randint(0, 9)}"


def templated_specs() -> list[Spec]:
    rng = random.Random(20260302)
    out: list[Spec] = []

    def t(phi: bool, category: str, notes: str, frm: str, to: str, subject: str, body: str) -> None:
        out.append(Spec(phi, category, notes, frm, to, subject, _d(body)))

    # PHI: appointment reminders naming the patient and the kind of care (10)
    for i in range(10):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        clinic, sender, what, phone = _CLINICS[i % len(_CLINICS)]
        day = rng.randint(3, 27)
        hour = rng.choice(["8:00 am", "9:15 am", "10:30 am", "1:45 pm", "3:00 pm"])
        month = rng.choice(_MONTHS)
        user = f"{first.lower()}.{last.lower().replace('-', '')}{rng.randint(10, 99)}@gmail.com"
        t(True, "tmpl_appointment_reminder",
          "Templated reminder: patient's name + clinic + type of care (some imply a condition).",
          f"{clinic} <{sender}>", f"{first} {last} <{user}>",
          f"Appointment reminder - {clinic}",
          f"""
          Dear {first} {last},

          This is a reminder of your {what} at {clinic} on {month} {day} at {hour}.
          Please arrive 15 minutes early and bring your insurance card and a list of your medications.

          To cancel or reschedule, call {phone}.
          """)

    # PHI: single critical-value call notes (6)
    for _ in range(6):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        test, value = _TESTS[rng.randrange(len(_TESTS))]
        mrn = _mrn(rng)
        nurse = rng.choice(_STAFF)
        t(True, "tmpl_lab_critical",
          "Templated critical-value call note: patient name + MRN + result.",
          "Core Lab <corelab@northridgeregional.org>", "Nursing Supervisor <nsupervisor@northridgeregional.org>",
          "critical value called",
          f"""
          FYI critical {test} {value} on {last.upper()}, {first.upper()} (MRN {mrn}) called to {nurse} RN
          at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, read back confirmed. Redraw requested.
          """)

    # not PHI: department on-call rosters (6)
    for i in range(6):
        dept = _DEPTS[i]
        names = rng.sample(_STAFF, 3)
        t(False, "tmpl_oncall_roster",
          "Templated on-call roster: staff names and phones only.",
          "Switchboard <switchboard@northridgeregional.org>", f"{dept} <oncall-{i}@northridgeregional.org>",
          f"{dept} on-call - week of March {rng.randint(2, 23)}",
          f"""
          {dept} on-call this week:
            Primary:   {names[0]}  {_phone(rng)}
            Secondary: {names[1]}  {_phone(rng)}
            Manager:   {names[2]}  {_phone(rng)}
          Page through the operator (ext 0) if no answer in 10 minutes.
          """)

    # not PHI: clinic operations bulletins (6)
    topics = [
        ("Flu shots for staff", "Employee flu shots are available in Employee Health Monday-Friday 7-3. Bring your badge."),
        ("New fax number", "Our referral fax number changes to 888-555-0199 on April 1. Please update your records."),
        ("Parking garage closure", "Level 2 of the garage is closed for resurfacing this weekend. Park on level 3."),
        ("EHR downtime Sunday", "Epic will be down Sunday 1-3 am. Use downtime forms; the BCA PCs have the census reports."),
        ("Holiday hours", "The clinic closes at noon on Good Friday. Urgent calls go to the on-call provider."),
        ("Hand hygiene month", "April is hand hygiene month. Secret shoppers will be on every unit; compliance was 87% in March."),
    ]
    for subject, line in topics:
        clinic, sender, _what, _ph = rng.choice(_CLINICS)
        t(False, "tmpl_ops_bulletin",
          "Templated operations bulletin; no patient.",
          f"{clinic} <{sender}>", f"All Staff <staff@{sender.split('@')[1]}>",
          subject,
          f"""
          Hi all,

          {line}

          Thanks,
          {clinic} Administration
          """)

    # not PHI: monthly aggregate volume by clinic (4)
    for i in range(4):
        clinic, sender, what, _ph = _CLINICS[i]
        t(False, "tmpl_aggregate",
          "Templated monthly aggregate volumes; counts only.",
          f"{clinic} <{sender}>", f"Leadership <leadership@{sender.split('@')[1]}>",
          "February volumes",
          f"""
          February: {rng.randint(300, 1400)} visits ({rng.randint(1, 9)}% over budget),
          {rng.randint(40, 300)} new patients, no-show rate {rng.randint(5, 18)}%.
          Top procedure: {what} ({rng.randint(60, 400)}). Third-next-available: {rng.randint(3, 30)} days.
          """)
    return out


def all_specs() -> list[Spec]:
    return SPECS + templated_specs()


# =========================================================================== build

def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].rstrip(">").strip() or "devset.invalid"


def render(idx: int, spec: Spec) -> bytes:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = spec.frm
    msg["To"] = spec.to
    if spec.cc:
        msg["Cc"] = spec.cc
    msg["Subject"] = spec.subject
    # business-hours spread: ten messages a day, about 50 minutes apart, from 07:41 local
    sent = BASE_DATE + timedelta(days=idx // 10, minutes=53 * (idx % 10) + (idx * 7) % 11)
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<devset.{idx:04d}.{idx * 7919 % 100003:05d}@{_domain(spec.frm)}>"
    for name, value in spec.headers:
        msg[name] = value
    msg.set_content(spec.body)
    if spec.html is not None:
        msg.add_alternative(spec.html, subtype="html")
    for att in spec.atts:
        params = dict(att.params)
        if att.maintype == "message":
            inner = email.message_from_bytes(att.data, policy=policy.SMTP)
            msg.add_attachment(inner, filename=att.filename)
        elif att.maintype == "text":
            msg.add_attachment(att.data.decode("utf-8"), subtype=att.subtype, filename=att.filename,
                               params=params)
        else:
            msg.add_attachment(att.data, maintype=att.maintype, subtype=att.subtype,
                               filename=att.filename, params=params)
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_devset_{idx:04d}_{n}")
            n += 1
    return msg.as_bytes(policy=policy.SMTP)


def build(outdir: Path) -> list[dict[str, object]]:
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for idx, spec in enumerate(all_specs(), start=1):
        name = f"{idx:04d}.eml"
        (outdir / name).write_bytes(render(idx, spec))
        labels.append({"file": name, "phi": spec.phi, "category": spec.category, "notes": spec.notes})
    (outdir / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    return labels


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else HERE
    labels = build(outdir)
    pos = sum(1 for x in labels if x["phi"])
    print(f"wrote {len(labels)} messages ({pos} PHI, {len(labels) - pos} not) to {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
