"""Deterministic generator for the labelled PHI email corpus.

Writes ``generated/NNNN.eml`` and ``labels.json`` (generated + hand-written hard cases)
under the output directory (default: this folder)::

    .venv/bin/python tests/corpus/generate.py            # regenerate in place
    .venv/bin/python tests/corpus/generate.py --out /tmp/x

All identifiers are fake but pass their checksums (NPI Luhn, DEA check digit, MBI
format, SSN area rules). Output is byte-identical across runs: Faker and ``random``
are seeded, dates and Message-IDs are derived from the message index, multipart
boundaries and archive timestamps are fixed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import mimekit as mk  # noqa: E402

SEED = 20260302
N_MESSAGES = 264

ORG = "Mercy Valley Health"
ORG_DOMAIN = "mercyvalley.example"
PARTNERS = [
    "lakeshore-cardiology.example", "northbridge-labs.example", "bluepine-health-plan.example",
    "summit-oncology.example", "riverbend-pharmacy.example", "cedar-rehab.example",
    "harborview-imaging.example", "oakridge-billing.example",
]
VENDORS = [
    "medsupply-direct.example", "cleanroom-services.example", "ehr-cloudhost.example",
    "printworks.example", "paperless-it.example", "catering-co.example",
]
FREE_MAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com"]

# Common billable ICD-10-CM codes; each is checked against simple_icd_10_cm at start-up.
ICD_CODES = [
    "E11.9", "E11.65", "E11.22", "I10", "I25.10", "I48.91", "I50.9", "J45.909", "J44.1", "J18.9",
    "N18.31", "N39.0", "E78.5", "E03.9", "E66.01", "K21.9", "K57.30", "M54.50", "M17.11", "M81.0",
    "F32.A", "F33.1", "F41.1", "F43.10", "F10.20", "F11.20", "G43.909", "G40.909", "G47.33", "C50.911",
    "C34.90", "C61", "C18.7", "D50.9", "B20", "U07.1", "O24.419", "Z34.81", "R07.9", "R10.9",
    "L40.0", "H40.9", "S72.001A", "S82.101A", "Z79.4", "E55.9", "D64.9", "I63.9", "K50.90", "M06.9",
]
BEHAVIORAL = {"F32.A", "F33.1", "F41.1", "F43.10", "F10.20", "F11.20"}

CPT = [
    ("99213", "Office visit, established patient, low complexity"),
    ("99214", "Office visit, established patient, moderate complexity"),
    ("99204", "Office visit, new patient, moderate complexity"),
    ("93000", "Electrocardiogram, 12-lead with interpretation"),
    ("80053", "Comprehensive metabolic panel"),
    ("85025", "Complete blood count with automated differential"),
    ("83036", "Hemoglobin A1c"),
    ("71046", "Chest X-ray, 2 views"),
    ("36415", "Venipuncture"),
    ("96413", "Chemotherapy infusion, first hour"),
    ("90834", "Psychotherapy, 45 minutes"),
    ("97110", "Therapeutic exercise, each 15 min"),
    ("45378", "Colonoscopy, diagnostic"),
    ("70450", "CT head without contrast"),
    ("90686", "Influenza vaccine, quadrivalent, preservative free"),
    ("G0439", "Annual wellness visit, subsequent"),
    ("J0885", "Epoetin alfa injection, 1000 units"),
    ("27447", "Total knee arthroplasty"),
]

DRUGS = [
    ("metformin", "Glucophage", "500 mg", "1 tab PO BID with meals"),
    ("lisinopril", "Zestril", "10 mg", "1 tab PO daily"),
    ("atorvastatin", "Lipitor", "40 mg", "1 tab PO at bedtime"),
    ("levothyroxine", "Synthroid", "75 mcg", "1 tab PO daily before breakfast"),
    ("amlodipine", "Norvasc", "5 mg", "1 tab PO daily"),
    ("sertraline", "Zoloft", "50 mg", "1 tab PO daily"),
    ("escitalopram", "Lexapro", "10 mg", "1 tab PO daily"),
    ("apixaban", "Eliquis", "5 mg", "1 tab PO BID"),
    ("insulin glargine", "Lantus", "100 units/mL", "22 units subcut nightly"),
    ("albuterol", "ProAir HFA", "90 mcg/act", "2 puffs q4-6h PRN wheeze"),
    ("buprenorphine/naloxone", "Suboxone", "8 mg/2 mg", "1 film SL daily"),
    ("semaglutide", "Ozempic", "0.5 mg", "inject subcut once weekly"),
    ("omeprazole", "Prilosec", "20 mg", "1 cap PO daily"),
    ("gabapentin", "Neurontin", "300 mg", "1 cap PO TID"),
    ("adalimumab", "Humira", "40 mg/0.4 mL", "inject subcut every 14 days"),
    ("tamoxifen", "Soltamox", "20 mg", "1 tab PO daily"),
    ("bictegravir/emtricitabine/tenofovir AF", "Biktarvy", "50/200/25 mg", "1 tab PO daily"),
    ("quetiapine", "Seroquel", "100 mg", "1 tab PO at bedtime"),
    ("warfarin", "Coumadin", "5 mg", "as directed per INR"),
    ("empagliflozin", "Jardiance", "10 mg", "1 tab PO daily"),
]

AREA_CODES = ["207", "312", "415", "503", "614", "704", "813", "919", "602", "720", "512", "608"]


# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class Patient:
    first: str
    last: str
    dob: dt.date
    sex: str
    mrn: str
    ssn: str
    member_id: str
    mbi: str
    street: str
    city: str
    state: str
    zip: str
    phone: str
    email: str
    account: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Clinician:
    first: str
    last: str
    credential: str
    specialty: str
    npi: str
    dea: str
    email: str

    @property
    def name(self) -> str:
        return f"Dr. {self.first} {self.last}" if self.credential in ("MD", "DO") else f"{self.first} {self.last}, {self.credential}"


SPECIALTIES = ["cardiology", "oncology", "internal medicine", "family medicine", "endocrinology",
               "psychiatry", "orthopedics", "pulmonology", "nephrology", "infectious disease", "pediatrics"]


class World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("en_US")
        self.fake.seed_instance(seed)
        self.fake_es = Faker("es_MX")
        self.fake_es.seed_instance(seed + 1)
        self.fake_de = Faker("de_DE")
        self.fake_de.seed_instance(seed + 2)
        import simple_icd_10_cm as cm

        self.icd = [(c, cm.get_description(c)) for c in ICD_CODES if cm.is_valid_item(c) and cm.is_leaf(c)]
        assert len(self.icd) >= 40, "ICD list drifted from simple_icd_10_cm"
        self._used_ssn: set[str] = set()
        self.clinicians = [self.clinician() for _ in range(30)]

    # identifiers -----------------------------------------------------------
    def ssn(self) -> str:
        while True:
            area = self.rng.randint(1, 899)
            if area == 666:
                continue
            s = f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"
            if mk.ssn_is_valid(s) and s not in self._used_ssn:
                self._used_ssn.add(s)
                return s

    def mbi(self) -> str:
        r = self.rng
        a, x = mk.MBI_ALPHA, mk.MBI_ALNUM
        m = (str(r.randint(1, 9)) + r.choice(a) + r.choice(x) + str(r.randint(0, 9)) + r.choice(a) + r.choice(x)
             + str(r.randint(0, 9)) + r.choice(a) + r.choice(a) + str(r.randint(0, 9)) + str(r.randint(0, 9)))
        assert mk.mbi_is_valid(m)
        return f"{m[:4]}-{m[4:7]}-{m[7:]}"

    def mrn(self) -> str:
        style = self.rng.randrange(4)
        if style == 0:
            return f"{self.rng.randint(10**7, 10**8 - 1)}"
        if style == 1:
            return f"MV{self.rng.randint(10**6, 10**7 - 1)}"
        if style == 2:
            return f"{self.rng.randint(100, 999)}-{self.rng.randint(10**4, 10**5 - 1)}"
        return f"E{self.rng.randint(10**8, 10**9 - 1)}"

    def member_id(self) -> str:
        p = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return f"{p}{self.rng.randint(10**8, 10**9 - 1)}"

    def phone(self) -> str:
        a = self.rng.choice(AREA_CODES)
        ex = self.rng.randint(201, 989)
        ln = self.rng.randint(0, 9999)
        style = self.rng.randrange(3)
        if style == 0:
            return f"({a}) {ex}-{ln:04d}"
        if style == 1:
            return f"{a}-{ex}-{ln:04d}"
        return f"{a}.{ex}.{ln:04d}"

    def npi(self) -> str:
        n = mk.make_npi(self.rng.randint(10**7, 10**8 - 1) * 2 + self.rng.randint(0, 1))
        assert mk.npi_is_valid(n)
        return n

    # people -------------------------------------------------------------
    def patient(self, locale: str = "en") -> Patient:
        f = {"en": self.fake, "es": self.fake_es, "de": self.fake_de}[locale]
        sex = self.rng.choice("FM")
        first = f.first_name_female() if sex == "F" else f.first_name_male()
        last = f.last_name()
        dob = dt.date(1930, 1, 1) + dt.timedelta(days=self.rng.randint(0, 33000))
        local = f"{first[0]}{last}".lower()
        local = "".join(ch for ch in local if ch.isascii() and ch.isalnum()) + str(self.rng.randint(1, 99))
        return Patient(
            first=first, last=last, dob=dob, sex=sex, mrn=self.mrn(), ssn=self.ssn(),
            member_id=self.member_id(), mbi=self.mbi(), street=self.fake.street_address(),
            city=self.fake.city(), state=self.fake.state_abbr(include_territories=False),
            zip=self.fake.zipcode(), phone=self.phone(), email=f"{local}@{self.rng.choice(FREE_MAIL)}",
            account=f"{self.rng.randint(10**9, 10**10 - 1)}",
        )

    def clinician(self) -> Clinician:
        first, last = self.fake.first_name(), self.fake.last_name()
        cred = self.rng.choice(["MD", "MD", "MD", "DO", "NP", "PA-C"])
        six = f"{self.rng.randint(0, 999999):06d}"
        dea = mk.make_dea(self.rng.choice("ABFM"), last, six)
        assert mk.dea_is_valid(dea)
        return Clinician(first, last, cred, self.rng.choice(SPECIALTIES), self.npi(), dea,
                         f"{first[0].lower()}{last.lower()}@{ORG_DOMAIN}")

    def staff_email(self) -> tuple[str, str]:
        first, last = self.fake.first_name(), self.fake.last_name()
        return f"{first} {last}", f"{first.lower()}.{last.lower()}@{ORG_DOMAIN}"

    def doc(self) -> Clinician:
        return self.rng.choice(self.clinicians)

    def dx(self, behavioral: bool | None = None) -> tuple[str, str]:
        pool = self.icd
        if behavioral is True:
            pool = [d for d in self.icd if d[0] in BEHAVIORAL]
        elif behavioral is False:
            pool = [d for d in self.icd if d[0] not in BEHAVIORAL]
        return self.rng.choice(pool)

    def drug(self) -> tuple[str, str, str, str]:
        return self.rng.choice(DRUGS)

    def visit_date(self) -> dt.date:
        return dt.date(2026, 2, 1) + dt.timedelta(days=self.rng.randint(0, 75))

    def when(self) -> dt.datetime:
        d = self.visit_date()
        return dt.datetime(d.year, d.month, d.day, self.rng.choice([8, 9, 10, 11, 13, 14, 15]),
                           self.rng.choice([0, 15, 30, 45]), tzinfo=mk.BASE_DATE.tzinfo)


def fmt_date(d: dt.date, rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return d.strftime("%m/%d/%Y")
    if style == 1:
        return d.isoformat()
    if style == 2:
        return d.strftime("%B %d, %Y").replace(" 0", " ")
    return d.strftime("%d-%b-%Y").upper()


# --------------------------------------------------------------------------- message plumbing


@dataclass
class Item:
    msg: EmailMessage | bytes
    phi: bool
    category: str
    notes: str
    attachments: list[str] = field(default_factory=list)
    raw_subject: str | None = None


BODY_ENCODINGS = [
    ("utf-8", "quoted-printable"), ("utf-8", "base64"), ("utf-8", "8bit"), ("utf-8", "7bit"),
    ("iso-8859-1", "quoted-printable"), ("iso-8859-1", "8bit"), ("windows-1252", "quoted-printable"),
    ("windows-1252", "8bit"), ("us-ascii", "7bit"), ("iso-8859-1", "base64"),
]


def set_body(w: World, msg: EmailMessage, text: str, html: str | None = None,
             enc: tuple[str, str] | None = None) -> None:
    cs, cte = enc or w.rng.choice(BODY_ENCODINGS)
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    if cte == "7bit" and not text.isascii():
        cte = "quoted-printable"
    if cte in ("7bit", "8bit") and any(len(ln) > 990 for ln in text.splitlines()):
        cte = "quoted-printable"
    msg.set_content(text, charset=cs, cte=cte)
    if html is not None:
        msg.add_alternative(html, subtype="html", charset="utf-8", cte=w.rng.choice(["quoted-printable", "base64"]))


def addr(name: str, email: str) -> str:
    return f'"{name}" <{email}>' if any(c in name for c in ",.") else f"{name} <{email}>"


def sig(c: Clinician) -> str:
    return f"\n--\n{c.name}\n{c.specialty.title()}, {ORG}\n"


class Gen:
    def __init__(self, w: World) -> None:
        self.w = w
        self.index = 0

    @property
    def r(self) -> random.Random:
        return self.w.rng

    def msg(self, sender: str, to: str, subject: str, cc: str | None = None) -> EmailMessage:
        return mk.new_message(sender=sender, to=to, subject=subject, key=f"gen/{self.index}", index=self.index, cc=cc)

    def internal(self) -> tuple[str, str]:
        c = self.w.doc()
        return addr(c.name, c.email), c.name

    def external(self, domains: list[str] | None = None) -> str:
        name, _ = self.w.staff_email()
        user = name.split()[0].lower()
        return f"{name} <{user}@{self.r.choice(domains or PARTNERS)}>"

    # ======================================================================= PHI templates

    def lab_result(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        c = w.doc()
        d = w.visit_date()
        panel = [
            ("Sodium", r.randint(128, 146), "mmol/L", (135, 145)),
            ("Potassium", round(r.uniform(3.0, 6.2), 1), "mmol/L", (3.5, 5.1)),
            ("Chloride", r.randint(95, 110), "mmol/L", (98, 107)),
            ("CO2", r.randint(18, 31), "mmol/L", (22, 29)),
            ("BUN", r.randint(6, 48), "mg/dL", (7, 20)),
            ("Creatinine", round(r.uniform(0.6, 3.1), 2), "mg/dL", (0.6, 1.3)),
            ("Glucose", r.randint(68, 310), "mg/dL", (70, 99)),
            ("Hemoglobin A1c", round(r.uniform(5.0, 11.5), 1), "%", (4.0, 5.6)),
        ]
        rows_html, rows_txt = [], []
        for name, val, unit, (lo, hi) in panel:
            flag = "H" if val > hi else "L" if val < lo else ""
            rows_html.append(f"<tr><td>{name}</td><td>{val}</td><td>{flag}</td><td>{unit}</td><td>{lo}-{hi}</td></tr>")
            rows_txt.append(f"{name:<16}{val:>8} {flag:<2}{unit:<8} {lo}-{hi}")
        head = f"Patient: {p.last.upper()}, {p.first}   DOB: {fmt_date(p.dob, r)}   MRN: {p.mrn}\nCollected: {fmt_date(d, r)}   Ordering: {c.name}\n"
        text = head + "\n".join(rows_txt) + "\n\nCritical values were called to the ordering provider.\n"
        html = (
            f"<html><body><h3>{ORG} Laboratory - Final Report</h3>"
            f"<p><b>Patient:</b> {p.last.upper()}, {p.first}<br><b>DOB:</b> {p.dob.strftime('%m/%d/%Y')}<br>"
            f"<b>MRN:</b> {p.mrn}<br><b>Collected:</b> {d.isoformat()}</p>"
            "<table border='1' cellpadding='3'><tr><th>Test</th><th>Result</th><th>Flag</th><th>Units</th><th>Ref range</th></tr>"
            + "".join(rows_html) + "</table></body></html>"
        )
        m = self.msg(f"MV Lab Results <lab-results@{ORG_DOMAIN}>", self.external(), r.choice(
            ["Lab results - final", "Results ready", f"BMP/A1c results {d.isoformat()}", "Lab report"]))
        if r.random() < 0.5:
            set_body(w, m, text, html)
            att: list[str] = ["html-alternative"]
        else:
            m.set_content(html, subtype="html", charset="utf-8", cte=r.choice(["quoted-printable", "base64"]))
            att = ["html-only"]
        return Item(m, True, "lab-result", "chemistry panel with name, DOB, MRN", att)

    def clinician_note(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        code, desc = w.dx(behavioral=False)
        g, b, dose, sigline = w.drug()
        bp = f"{r.randint(118, 178)}/{r.randint(68, 104)}"
        ident = r.choice([f"{p.first[0]}. {p.last} (MRN {p.mrn})", f"{p.name}, {p.mrn}", f"{p.last}, {p.first} DOB {p.dob:%m/%d/%y}",
                          f"pt {p.first} {p.last}"])
        lines = r.choice([
            f"{ident} seen today. BP {bp}. {desc.lower()} ({code}). Starting {g} {dose} {sigline}. RTC 4 wks.",
            f"fyi - {ident} in clinic this am, c/o worsening sx. dx {code}. cont {b}, labs ordered. will call.",
            f"Quick update on {ident}: A/P {code} {desc}. Rx {g} {dose}, #30, 2 RF. f/u w/ {w.doc().name}.",
            f"can you add {ident} to thurs schedule? needs post-op check, {desc.lower()}. thx",
        ])
        author = w.doc()
        to = self.internal()[0] if r.random() < 0.6 else self.external()
        m = self.msg(addr(author.name, author.email), to, r.choice(["quick one", "pt update", "fyi", "re: today", "clinic note", "follow up"]))
        set_body(w, m, lines + "\n\n" + author.first + "\n")
        return Item(m, True, "clinician-note", "terse note: name/MRN + diagnosis/medication")

    def _referral_text(self, p: Patient, c: Clinician, to_doc: str, code: str, desc: str) -> list[str]:
        r = self.r
        g, b, dose, sigline = self.w.drug()
        return [
            f"{ORG} - {c.specialty.title()}",
            f"Date: {fmt_date(self.w.visit_date(), r)}",
            "",
            f"Dear {to_doc},",
            "",
            f"Re: {p.name}   DOB {p.dob:%m/%d/%Y}   MRN {p.mrn}",
            f"Address: {p.street}, {p.city}, {p.state} {p.zip}   Tel: {p.phone}",
            "",
            f"Thank you for seeing this {self._age(p)}-year-old {'woman' if p.sex == 'F' else 'man'} whom I am referring for evaluation of",
            f"{desc.lower()} (ICD-10-CM {code}). Current medications include {g} ({b}) {dose}, {sigline}.",
            "Recent results and the problem list are summarised below. I would be grateful for your opinion",
            "on further management.",
            "",
            f"Insurance: member ID {p.member_id}",
            "",
            "Yours sincerely,",
            f"{c.name}",
            f"NPI {c.npi}",
        ]

    def _age(self, p: Patient) -> int:
        ref = dt.date(2026, 3, 2)
        return ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))

    def referral(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        c = w.doc()
        code, desc = w.dx(behavioral=False)
        to = self.external()
        lines = self._referral_text(p, c, "Colleague", code, desc)
        mode = r.choice(["body", "pdf", "docx", "rtf", "txt"])
        if mode == "body":
            m = self.msg(addr(c.name, c.email), to, r.choice(["Referral", f"Referral - {c.specialty}", "New patient referral"]))
            set_body(w, m, "\n".join(lines) + "\n")
            return Item(m, True, "referral", "formal referral letter in body")
        m = self.msg(addr(c.name, c.email), to, r.choice(["Referral letter attached", "Referral", "Consult request"]))
        set_body(w, m, "Dear colleague,\n\nPlease find the referral letter attached. Our office can be reached at the number on the letterhead.\n\nKind regards\n" + c.name + "\n")
        if mode == "pdf":
            m.add_attachment(mk.make_pdf(lines, title="Referral"), maintype="application", subtype="pdf", filename="referral.pdf")
        elif mode == "docx":
            m.add_attachment(mk.make_docx(lines), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="Referral_letter.docx")
        elif mode == "rtf":
            m.add_attachment(mk.make_rtf(lines), maintype="application", subtype="rtf", filename="referral.rtf")
        else:
            m.add_attachment("\r\n".join(lines).encode("windows-1252", "replace"), maintype="text", subtype="plain",
                             filename="referral.txt")
        return Item(m, True, "referral", f"PHI only in {mode} attachment", [mode])

    def claim(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        c = w.doc()
        code, desc = w.dx()
        lines = r.sample(CPT, r.randint(1, 3))
        total = 0.0
        svc = []
        for cpt, cdesc in lines:
            amt = round(r.uniform(45, 2400), 2)
            total += amt
            svc.append(f"  {cpt}  {cdesc:<55} ${amt:>9,.2f}")
        denied = r.random() < 0.4
        status = (f"DENIED - reason code CO-{r.choice([16, 50, 97, 197])}: " + r.choice(
            ["prior authorization required", "not medically necessary", "missing information", "bundled service"])) if denied else "PAID"
        text = (
            f"Claim #: {r.randint(10**11, 10**12 - 1)}\nSubscriber: {p.name}\nMember ID: {p.member_id}\n"
            f"DOB: {fmt_date(p.dob, r)}\nDate of service: {fmt_date(w.visit_date(), r)}\n"
            f"Rendering provider: {c.name} (NPI {c.npi})\nPrimary diagnosis: {code} {desc}\n\nServices:\n"
            + "\n".join(svc) + f"\n\nBilled: ${total:,.2f}\nStatus: {status}\n"
        )
        sender = f"Claims Desk <claims@{r.choice(['bluepine-health-plan.example', 'oakridge-billing.example'])}>"
        m = self.msg(sender, f"Billing Office <billing@{ORG_DOMAIN}>",
                     "Claim denial notice" if denied else r.choice(["Remittance detail", "Claim status", "EOB detail"]))
        if r.random() < 0.3:
            set_body(w, m, "Claim detail attached (fixed-width export).\n")
            m.add_attachment(text.encode(), maintype="text", subtype="plain", filename="claim_detail.txt")
            return Item(m, True, "claim", "claim in txt attachment" + (" (denial)" if denied else ""), ["txt"])
        set_body(w, m, text)
        return Item(m, True, "claim", "claim with member ID, CPT, ICD" + (" (denial)" if denied else ""))

    def patient_list(self) -> Item:
        w, r = self.w, self.r
        pts = [w.patient() for _ in range(r.randint(4, 12))]
        header = ["MRN", "Last", "First", "DOB", "Dx", "Next appt"]
        rows = [[p.mrn, p.last, p.first, p.dob.isoformat(), w.dx()[0], w.visit_date().isoformat()] for p in pts]
        fmt = r.choice(["csv", "tsv", "xlsx", "csv-in-zip"])
        m = self.msg(addr(*self._staff()), self.external(PARTNERS + VENDORS), r.choice(
            ["list for next week", "Updated roster", "outreach list", "the file you asked for", "Q1 list"]))
        set_body(w, m, r.choice(["Hi,\n\nAttached as discussed.\n\nThanks", "See attached.\n", "Here is the updated file. Let me know if anything is missing.\n"]))
        if fmt in ("csv", "tsv", "csv-in-zip"):
            sep = "," if fmt != "tsv" else "\t"
            data = ("\r\n".join(sep.join(x) for x in [header, *rows]) + "\r\n").encode()
            if fmt == "csv-in-zip":
                m.add_attachment(mk.make_zip([("patients.csv", data)]), maintype="application", subtype="zip", filename="export.zip")
                return Item(m, True, "patient-list", "patient list CSV inside ZIP; PHI only in attachment", ["zip", "csv"])
            m.add_attachment(data, maintype="text", subtype="csv" if sep == "," else "tab-separated-values",
                             filename="patients." + ("csv" if sep == "," else "tsv"))
            return Item(m, True, "patient-list", f"patient list {fmt}; PHI only in attachment", [fmt])
        m.add_attachment(mk.make_xlsx([("Patients", [header, *rows])]), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="patients.xlsx")
        return Item(m, True, "patient-list", "patient list XLSX; PHI only in attachment", ["xlsx"])

    def _staff(self) -> tuple[str, str]:
        return self.w.staff_email()

    def appointment(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        c = w.doc()
        when = w.when()
        what, loc = r.choice([
            ("chemotherapy infusion", "Infusion Center, 2nd floor"), ("cardiology follow-up", "Heart Institute, Suite 210"),
            ("MRI of the lumbar spine", "Imaging, Main Campus"), ("colonoscopy", "Endoscopy Unit"),
            ("dialysis session", "Dialysis Center, Building C"), ("prenatal visit" if p.sex == "F" else "urology follow-up",
                                                                  "Building B, Suite 120"),
            ("diabetes education class", "Wellness Center"), ("post-operative check", "Surgery Clinic, Suite 300"),
            ("behavioral health intake", "Behavioral Health, Building D"), ("sleep study", "Sleep Lab, 4th floor"),
        ])
        text = (
            f"Dear {p.first},\n\nThis is a reminder of your appointment for {what} with {c.name} on "
            f"{when:%A, %B %d at %I:%M %p}.\nLocation: {loc}, {ORG}.\n\n"
            + r.choice(["Please arrive 15 minutes early and bring your insurance card.\n",
                        "Do not eat after midnight the night before.\n",
                        "Reply C to confirm or call us to reschedule.\n"])
            + f"\n{ORG} Scheduling\n"
        )
        m = self.msg(f"{ORG} Scheduling <no-reply@{ORG_DOMAIN}>", addr(p.name, p.email),
                     r.choice(["Appointment reminder", "Your upcoming appointment", f"Reminder: {what}"]))
        set_body(w, m, text)
        att = []
        if r.random() < 0.5:
            m.add_attachment(mk.make_ics(f"appt-{self.index}@{ORG_DOMAIN}", f"{what.capitalize()} - {p.name}", when, 60,
                                         loc, f"Patient {p.name}, MRN {p.mrn}"), maintype="text", subtype="calendar",
                             filename="appointment.ics", params={"method": "REQUEST"})
            att.append("ics")
        return Item(m, True, "appointment", f"reminder to patient for {what}", att)

    def appointment_es(self) -> Item:
        w, r = self.w, self.r
        p = w.patient("es")
        when = w.when()
        what = r.choice(["su cita de quimioterapia", "su consulta de cardiología", "su control prenatal", "su sesión de diálisis"])
        text = (
            f"Estimada/o {p.name}:\n\nLe recordamos {what} el {when:%d/%m/%Y} a las {when:%H:%M} en {ORG}, "
            "Edificio B.\nPor favor traiga su tarjeta del seguro y la lista de medicamentos.\n\n"
            "Atentamente,\nOficina de Citas\n"
        )
        m = self.msg(f"Citas <citas@{ORG_DOMAIN}>", addr(p.name, p.email), "Recordatorio de cita")
        enc = r.choice([("iso-8859-1", "quoted-printable"), ("iso-8859-1", "8bit"), ("windows-1252", "base64"), ("utf-8", "8bit")])
        set_body(w, m, text, enc=enc)
        raw_subject = mk.encoded_word_subject(f"Recordatorio: {what} - {p.first}", enc[0], r.choice("qb"))
        return Item(m, True, "appointment", f"Spanish reminder, {enc[0]} body, RFC 2047 subject", [], raw_subject)

    def discharge(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        c = w.doc()
        code, desc = w.dx(behavioral=False)
        adm = w.visit_date()
        dis = adm + dt.timedelta(days=r.randint(1, 9))
        meds = r.sample(DRUGS, 3)
        text = "\n".join([
            "DISCHARGE SUMMARY",
            f"Patient: {p.name}    MRN: {p.mrn}    DOB: {p.dob:%m/%d/%Y}",
            f"Admitted: {adm:%m/%d/%Y}    Discharged: {dis:%m/%d/%Y}    Attending: {c.name}",
            "",
            f"Principal diagnosis: {desc} ({code})",
            "",
            "Hospital course:",
            f"The patient presented to the emergency department and was admitted to {r.choice(['4 West', 'the ICU', 'telemetry', '6 North'])}.",
            "Treated per protocol with improvement. Tolerating diet, ambulating independently.",
            "",
            "Discharge medications:",
            *[f"  - {g} {dose} {s}" for g, _, dose, s in meds],
            "",
            f"Follow-up: PCP within 7 days; {c.specialty} clinic in 2 weeks.",
            "",
        ])
        mode = r.choice(["body", "body", "docx", "pdf"])
        m = self.msg(addr(c.name, c.email), self.external(), r.choice(["Discharge summary", "DC summary for your records", "Transition of care"]))
        if mode == "body":
            set_body(w, m, text, enc=r.choice([("utf-8", "base64"), ("utf-8", "quoted-printable"), ("us-ascii", "7bit")]))
            return Item(m, True, "discharge-summary", "discharge summary in body")
        set_body(w, m, "Please see the attached discharge summary.\n")
        if mode == "docx":
            m.add_attachment(mk.make_docx(text.splitlines()), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="discharge_summary.docx")
        else:
            m.add_attachment(mk.make_pdf(text.splitlines()), maintype="application", subtype="pdf", filename="DC_summary.pdf")
        return Item(m, True, "discharge-summary", f"discharge summary only in {mode}", [mode])

    def prior_auth(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        c = w.doc()
        code, desc = w.dx()
        g, b, dose, _ = w.drug()
        text = (
            "PRIOR AUTHORIZATION REQUEST\n\n"
            f"Member name: {p.name}\nMember ID: {p.member_id}\nDate of birth: {fmt_date(p.dob, r)}\n"
            f"Prescriber: {c.name}, NPI {c.npi}\nMedication: {b} ({g}) {dose}, qty 30, 30-day supply\n"
            f"Diagnosis: {code} - {desc}\n"
            f"Clinical rationale: failed {r.choice(['metformin', 'two formulary alternatives', 'step therapy', 'conservative management'])}; "
            "supporting chart notes attached.\nUrgency: standard\n"
        )
        m = self.msg(addr(c.name, c.email), "PA Intake <pa-intake@bluepine-health-plan.example>",
                     r.choice(["Prior auth request", "PA - urgent", "Prior authorization", f"PA request {b}"]))
        set_body(w, m, text)
        att = []
        if r.random() < 0.4:
            m.add_attachment(mk.make_pdf(text.splitlines() + ["", "Chart notes: see visit of " + w.visit_date().isoformat()]),
                             maintype="application", subtype="pdf", filename="PA_form.pdf")
            att.append("pdf")
        return Item(m, True, "prior-auth", "PA with member ID and drug/diagnosis", att)

    def refill(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        g, b, dose, sigline = w.drug()
        text = r.choice([
            f"Refill request received for {p.name} (DOB {p.dob:%m/%d/%Y}): {b} {dose}, {sigline}. Last fill {w.visit_date():%m/%d}. Please approve or deny.",
            f"RX RENEWAL REQUEST\nPatient: {p.last}, {p.first}\nDOB: {p.dob:%Y-%m-%d}\nPhone: {p.phone}\nDrug: {g} {dose}\nSig: {sigline}\nQty: 90  Refills requested: 3\n",
            f"Hi - {p.first} {p.last} called asking for a refill of {'her' if p.sex == 'F' else 'his'} {g}. Pharmacy on file is Riverbend on Main. Can you send it in today?",
        ])
        m = self.msg("Riverbend Pharmacy <rx@riverbend-pharmacy.example>", self.internal()[0],
                     r.choice(["Refill request", "Rx renewal", "refill"]))
        set_body(w, m, text + "\n")
        return Item(m, True, "pharmacy-refill", "refill request with name + drug")

    def _hl7(self, p: Patient, c: Clinician, kind: str) -> str:
        r = self.r
        ts = "20260302081500"
        code, desc = self.w.dx()
        pid = (f"PID|1||{p.mrn}^^^MVH^MR~{p.ssn.replace('-', '')}^^^SSA^SS||{p.last.upper()}^{p.first.upper()}||"
               f"{p.dob:%Y%m%d}|{p.sex}|||{p.street}^^{p.city}^{p.state}^{p.zip}||{p.phone}")
        segs = [f"MSH|^~\\&|EPIC|MVH|LAB|NBL|{ts}||{kind}|MSG{self.index:05d}|P|2.5.1", "EVN||" + ts if kind.startswith("ADT") else "", pid]
        if kind.startswith("ADT"):
            segs += [f"PV1|1|I|4W^412^A|||||{c.npi}^{c.last.upper()}^{c.first.upper()}|||||||||||V{r.randint(10**6, 10**7)}",
                     f"DG1|1||{code}^{desc}^I10||{ts}|A"]
        else:
            segs += [f"OBR|1|||24323-8^Comprehensive metabolic panel^LN|||{ts}",
                     f"OBX|1|NM|2823-3^Potassium^LN||{round(r.uniform(3.0, 6.3), 1)}|mmol/L|3.5-5.1|H|||F",
                     f"OBX|2|NM|2160-0^Creatinine^LN||{round(r.uniform(0.6, 3.0), 2)}|mg/dL|0.6-1.3|N|||F"]
        return "\r".join(s for s in segs if s) + "\r"

    def hl7(self) -> Item:
        w, r = self.w, self.r
        p, c = w.patient(), w.doc()
        kind = r.choice(["ADT^A01", "ORU^R01"])
        m = self.msg(f"Interface Engine <interfaces@{ORG_DOMAIN}>", self.external(), r.choice(
            ["HL7 test feed - sample", "Interface error: message rejected", "resend of failed batch"]))
        set_body(w, m, "Attached is the message that failed validation on your side. Please advise.\n")
        m.add_attachment(self._hl7(p, c, kind).encode(), maintype="application", subtype="hl7-v2", filename=f"msg_{self.index}.hl7")
        return Item(m, True, "hl7", f"HL7 {kind} with PID only in attachment", ["hl7"])

    def hl7_body(self) -> Item:
        w = self.w
        p, c = w.patient(), w.doc()
        m = self.msg(f"Interface Team <interfaces@{ORG_DOMAIN}>", self.external(), "segment that breaks the parser")
        body = "This one fails at OBX-5, raw message below:\n\n" + self._hl7(p, c, "ORU^R01").replace("\r", "\n") + "\nthanks\n"
        set_body(w, m, body, enc=("us-ascii", "7bit") if body.isascii() else None)
        return Item(m, True, "hl7", "HL7 ORU pasted into body")

    def fhir(self) -> Item:
        w, r = self.w, self.r
        p, c = w.patient(), w.doc()
        code, desc = w.dx()
        g, b, dose, sigline = w.drug()
        bundle = {
            "resourceType": "Bundle", "type": "collection",
            "entry": [
                {"resource": {"resourceType": "Patient", "id": f"pt{self.index}",
                              "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": p.mrn},
                                             {"system": "http://hl7.org/fhir/sid/us-mbi", "value": p.mbi.replace("-", "")}],
                              "name": [{"family": p.last, "given": [p.first]}], "birthDate": p.dob.isoformat(),
                              "gender": "female" if p.sex == "F" else "male",
                              "telecom": [{"system": "phone", "value": p.phone}, {"system": "email", "value": p.email}],
                              "address": [{"line": [p.street], "city": p.city, "state": p.state, "postalCode": p.zip}]}},
                {"resource": {"resourceType": "Condition", "subject": {"reference": f"Patient/pt{self.index}"},
                              "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code, "display": desc}]}}},
                {"resource": {"resourceType": "MedicationRequest", "status": "active", "subject": {"reference": f"Patient/pt{self.index}"},
                              "medicationCodeableConcept": {"text": f"{g} {dose}"}, "dosageInstruction": [{"text": sigline}],
                              "requester": {"display": c.name}}},
            ],
        }
        m = self.msg(f"Integration <integration@{ORG_DOMAIN}>", self.external(VENDORS), r.choice(
            ["FHIR payload for ticket", "sample bundle from prod", "Bundle that fails validation"]))
        set_body(w, m, "Payload attached. It came from the production endpoint this morning.\n")
        m.add_attachment(json.dumps(bundle, indent=2).encode(), maintype="application", subtype="fhir+json", filename="bundle.json")
        return Item(m, True, "fhir", "FHIR Bundle (Patient+Condition+MedicationRequest) in JSON attachment", ["fhir-json"])

    def ccda(self) -> Item:
        w, r = self.w, self.r
        p, c = w.patient(), w.doc()
        probs = [w.dx() for _ in range(3)]
        rows = "".join(f"<tr><td>{mk.xml_escape(d)}</td><td>{cd}</td><td>active</td></tr>" for cd, d in probs)
        xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <title>Continuity of Care Document</title>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.19.5" extension="{p.mrn}"/>
    <addr><streetAddressLine>{mk.xml_escape(p.street)}</streetAddressLine><city>{p.city}</city><state>{p.state}</state><postalCode>{p.zip}</postalCode></addr>
    <telecom value="tel:{p.phone}"/>
    <patient><name><given>{p.first}</given><family>{p.last}</family></name>
      <administrativeGenderCode code="{p.sex}"/><birthTime value="{p.dob:%Y%m%d}"/></patient>
  </patientRole></recordTarget>
  <author><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{c.npi}"/></assignedAuthor></author>
  <component><structuredBody><component><section>
    <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
    <title>Problems</title>
    <text><table><thead><tr><th>Problem</th><th>ICD-10</th><th>Status</th></tr></thead><tbody>{rows}</tbody></table></text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""
        m = self.msg(addr(c.name, c.email), self.external(), r.choice(["CCD for transfer", "summary of care", "CCDA"]))
        set_body(w, m, "Summary of care document attached for the transfer tomorrow.\n")
        m.add_attachment(xml.encode(), maintype="application", subtype="xml", filename="ccd.xml")
        return Item(m, True, "ccda", "C-CDA with recordTarget and problem list", ["ccda-xml"])

    def subject_only(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        code, desc = w.dx()
        subj = r.choice([f"RE: {p.name} - {desc}", f"{p.last}, {p.first} ({p.mrn}) positive result",
                         f"FW: {p.name} admitted overnight", f"{p.first} {p.last} DOB {p.dob:%m/%d/%Y} - {code}"])
        m = self.msg(self.internal()[0], self.external(), "x")
        set_body(w, m, r.choice(["See subject. Can you call me?\n", "thanks, will do\n", "Agreed - let's discuss at 3.\n", "ok\n"]))
        raw = None
        if not subj.isascii() or r.random() < 0.3:
            raw = mk.encoded_word_subject(subj, r.choice(["utf-8", "iso-8859-1"]), r.choice("qb"))
        else:
            del m["Subject"]
            m["Subject"] = subj
        return Item(m, True, "subject-only", "PHI only in subject line", [], raw)

    def split_subject(self) -> Item:
        w, r = self.w, self.r
        p = w.patient(r.choice(["en", "en", "de", "es"]))
        code, desc = w.dx()
        m = self.msg(self.internal()[0], self.internal()[0], r.choice([f"{p.name}", f"Re: {p.name}", f"about {p.first} {p.last}"]))
        body = r.choice([
            f"Biopsy came back: {desc.lower()}. Oncology wants to see {'her' if p.sex == 'F' else 'him'} this week.\n",
            f"Path confirms {code}. Started {w.drug()[0]} yesterday; tolerating.\n",
            f"Family called again. Still inpatient for {desc.lower()}, likely discharge Friday.\n",
        ])
        set_body(w, m, body)
        raw = mk.encoded_word_subject(m["Subject"], "utf-8", r.choice("qb")) if not str(m["Subject"]).isascii() else None
        return Item(m, True, "split-subject-body", "name in subject, condition in body", [], raw)

    def forwarded(self) -> Item:
        w, r = self.w, self.r
        p, c = w.patient(), w.doc()
        code, desc = w.dx()
        inner = mk.new_message(sender=addr(p.name, p.email), to=addr(c.name, c.email),
                               subject="question about my results", key=f"gen/{self.index}/inner", index=self.index)
        set_body(w, inner, f"Hi {c.name},\n\nI got the letter about my {desc.lower()} and I'm confused about the new dose of "
                           f"{w.drug()[0]}. My date of birth is {p.dob:%m/%d/%Y} if you need it.\n\n{p.first}\n")
        m = self.msg(addr(c.name, c.email), self.external(), r.choice(["FW: question", "Fwd: see below", "forwarding"]))
        set_body(w, m, "Forwarding for your input.\n")
        m.add_attachment(inner)
        return Item(m, True, "forwarded", "patient email nested as message/rfc822", ["rfc822"])

    def zip_nested(self) -> Item:
        w, r = self.w, self.r
        pts = [w.patient() for _ in range(3)]
        notes = [(f"{p.last}_{p.first}.txt", (f"{p.name}\nMRN {p.mrn}\nDOB {p.dob}\nDx: {' '.join(w.dx())}\n").encode()) for p in pts]
        inner = mk.make_zip(notes)
        deep = r.random() < 0.6
        outer = mk.make_zip([("README.txt", b"Records export\r\n"), ("records.zip", inner)]) if deep else inner
        m = self.msg(addr(*self._staff()), self.external(PARTNERS + VENDORS), r.choice(["records export", "files", "batch 3"]))
        set_body(w, m, "Zip attached.\n")
        m.add_attachment(outer, maintype="application", subtype="zip", filename="export.zip")
        return Item(m, True, "archive", "patient notes in " + ("zip inside zip" if deep else "zip"), ["zip", "zip-in-zip"] if deep else ["zip"])

    def encrypted_pdf(self) -> Item:
        w, _r = self.w, self.r
        p = w.patient()
        code, desc = w.dx()
        pdf = mk.make_pdf([f"Patient: {p.name}", f"DOB: {p.dob}", f"SSN: {p.ssn}", f"Diagnosis: {code} {desc}"])
        m = self.msg(addr(*self._staff()), self.external(), "secure document")
        set_body(w, m, "The attached PDF is password protected. The password will follow by phone.\n")
        m.add_attachment(mk.encrypt_pdf(pdf, "Spring2026!", f"gen/{self.index}"), maintype="application", subtype="pdf",
                         filename="records.pdf")
        return Item(m, True, "encrypted", "RC4-encrypted PDF containing name, SSN, diagnosis (label from known content)", ["pdf-encrypted"])

    def encrypted_zip(self) -> Item:
        w = self.w
        pts = [w.patient() for _ in range(5)]
        csv = "name,ssn,dob,dx\r\n" + "".join(f"{p.name},{p.ssn},{p.dob},{w.dx()[0]}\r\n" for p in pts)
        m = self.msg(addr(*self._staff()), self.external(PARTNERS), "encrypted file")
        set_body(w, m, "Encrypted zip attached, password in separate mail.\n")
        m.add_attachment(mk.make_encrypted_zip([("members.csv", csv.encode())], "Mvh#2026", f"gen/{self.index}"),
                         maintype="application", subtype="zip", filename="members.zip")
        return Item(m, True, "encrypted", "ZipCrypto-encrypted CSV of names+SSN+dx (label from known content)", ["zip-encrypted", "csv"])

    def behavioral(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        code, desc = w.dx(behavioral=True)
        text = r.choice([
            f"{p.name} missed {'her' if p.sex == 'F' else 'his'} third IOP group this week. Last UDS positive for fentanyl. {code}. Please reach out before Friday.",
            f"Therapy note: {p.first} {p.last} (MRN {p.mrn}), session 6 of CBT for {desc.lower()}. PHQ-9 today 17. Safety plan reviewed.",
            f"{p.last}, {p.first} - intake completed for our opioid treatment program. Induction on buprenorphine tomorrow 9am.",
            f"Confirming {p.name} is enrolled in our methadone clinic, dose 80 mg. Disclosure covered by 42 CFR Part 2 consent on file.",
        ])
        m = self.msg(self.internal()[0], r.choice([self.internal()[0], self.external()]), r.choice(["BH update", "group", "intake", "confidential"]))
        set_body(w, m, text + "\n")
        return Item(m, True, "behavioral-health", "mental health / substance use treatment with name (Part 2)")

    def immunization(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        vax = r.sample(["Tdap", "MMR dose 2", "Hepatitis B #3", "Influenza (quadrivalent)", "COVID-19 mRNA 2025-26", "HPV #2", "Varicella"], 3)
        text = f"Immunization record\nName: {p.name}\nDOB: {p.dob:%m/%d/%Y}\n" + "".join(
            f"  {v}: administered {w.visit_date():%m/%d/%Y}, lot {r.choice('ABCDEFK')}{r.randint(1000, 9999)}\n" for v in vax)
        m = self.msg(f"Pediatrics <peds@{ORG_DOMAIN}>", "School Nurse <nurse@springfield-schools.example>", "immunization record")
        if r.random() < 0.5:
            set_body(w, m, "Record attached as requested by the parent.\n")
            m.add_attachment(mk.make_pdf(text.splitlines()), maintype="application", subtype="pdf", filename="immunizations.pdf")
            return Item(m, True, "immunization", "immunization record in PDF", ["pdf"])
        set_body(w, m, text)
        return Item(m, True, "immunization", "immunization record in body")

    def genetic(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        gene = r.choice(["BRCA1 c.68_69delAG (pathogenic)", "BRCA2 c.5946delT (pathogenic)", "Lynch syndrome MLH1 variant",
                         "APOE e4/e4", "CFTR F508del heterozygous"])
        m = self.msg(f"Genetic Counseling <genetics@{ORG_DOMAIN}>", self.external(), "genetic testing result")
        set_body(w, m, f"Result for {p.name}, DOB {p.dob:%m/%d/%Y}: {gene}. Counseling appointment to be scheduled.\n")
        return Item(m, True, "genetic", "genetic test result with name and DOB")

    def eligibility(self) -> Item:
        w, r = self.w, self.r
        p = w.patient()
        m = self.msg(f"Patient Access <access@{ORG_DOMAIN}>", "Medicare Desk <eligibility@oakridge-billing.example>",
                     "eligibility check")
        set_body(w, m, f"Please verify Part A/B eligibility for {p.name}, DOB {p.dob:%m/%d/%Y}, MBI {p.mbi}. Scheduled for "
                       f"{r.choice(['total knee arthroplasty', 'cataract surgery', 'cardiac catheterization'])} on {w.visit_date():%m/%d}.\n")
        return Item(m, True, "eligibility", "Medicare MBI + procedure")

    def radiology(self) -> Item:
        w, r = self.w, self.r
        p, c = w.patient(), w.doc()
        imp = r.choice(["3.2 cm spiculated mass in the right upper lobe, suspicious for malignancy",
                        "Acute nondisplaced fracture of the distal radius", "No acute intracranial abnormality; chronic small vessel disease",
                        "Moderate L4-L5 disc herniation with foraminal narrowing"])
        lines = [f"{ORG} Imaging", f"Patient: {p.name}  MRN: {p.mrn}  DOB: {p.dob:%m/%d/%Y}", f"Exam: {r.choice(['CT chest', 'XR wrist', 'CT head', 'MRI L-spine'])}",
                 f"Date: {w.visit_date():%m/%d/%Y}", "", "IMPRESSION:", imp, "", f"Dictated by {c.name}"]
        m = self.msg("Harborview Imaging <reports@harborview-imaging.example>", addr(c.name, c.email), "Radiology report")
        set_body(w, m, "Report attached.\n")
        m.add_attachment(mk.make_rtf(lines), maintype="application", subtype="rtf", filename="report.rtf")
        return Item(m, True, "radiology", "radiology report only in RTF", ["rtf"])

    def raw_encoded_phi(self) -> Item:
        """Hand-assembled: binary CTE or x-uuencode, or a multipart with a uuencoded part."""
        w, r = self.w, self.r
        p = w.patient()
        code, desc = w.dx()
        text = f"Patient {p.name} (MRN {p.mrn}) was seen on {w.visit_date():%m/%d/%Y} for {desc.lower()}, {code}.\n"
        kind = r.choice(["binary", "uuencode"])
        headers = [("From", f"Legacy Export <export@{ORG_DOMAIN}>"), ("To", self.external()),
                   ("Subject", "nightly export"), ("Date", mk.date_header(self.index)),
                   ("Message-ID", mk.message_id(f"gen/{self.index}")), ("MIME-Version", "1.0")]
        if kind == "binary":
            body = (text + "Dx entered by clinic. \u00e9valuation compl\u00e8te.\n").encode("utf-8")
            headers += [("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "binary")]
        else:
            import binascii

            raw = text.encode()
            enc = b"".join(binascii.b2a_uu(raw[i : i + 45]) for i in range(0, len(raw), 45))
            body = b"begin 644 visit.txt\n" + enc + b"`\nend\n"
            headers += [("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "x-uuencode")]
        return Item(mk.raw_message(headers, body), True, "legacy-encoding", f"PHI in {kind} transfer-encoded body", [kind])

    # ======================================================================= negative templates

    def hr_notice(self) -> Item:
        w, r = self.w, self.r
        name, email = self._staff()
        topic = r.choice([
            ("Open enrollment starts Monday", "Benefits open enrollment runs March 9-20. Review your medical, dental and vision elections in Workday. "
             "Questions: contact Benefits at extension 4410."),
            ("Welcome our new staff", f"Please welcome {w.fake.name()} (Patient Access), {w.fake.name()} (Facilities) and {w.fake.name()} (Finance) who join us this month."),
            ("Annual TB screening due", "All staff must complete annual TB screening by April 30. Employee Health walk-in hours are Tue/Thu 7-9am."),
            ("Payroll calendar change", "Because of the holiday, direct deposit will post on Thursday. Timesheets are due Tuesday at noon."),
            ("Parking garage closure", "Level 3 of the staff garage is closed for resurfacing this weekend. Use the overflow lot on Elm Street."),
        ])
        m = self.msg(addr(name, email), f"All Staff <allstaff@{ORG_DOMAIN}>", topic[0])
        set_body(w, m, f"{topic[1]}\n\nThank you,\n{name}\nHuman Resources\n")
        return Item(m, False, "hr-notice", "workforce notice, staff names only")

    def newsletter(self) -> Item:
        w, r = self.w, self.r
        items = r.sample([
            ("Flu shots are here", "Free flu vaccines for the community every Saturday in October at the Main Campus lobby."),
            ("Heart health month", "Know your numbers: blood pressure under 120/80 is considered normal for most adults."),
            ("Diabetes prevention class", "Our 12-week lifestyle program helps adults with prediabetes lower their risk."),
            ("New MRI suite opens", "The new 3T MRI reduces scan times and noise."),
            ("Sun safety", "Use broad-spectrum sunscreen with SPF 30 or higher and check your skin monthly."),
            ("Mental health resources", "Call or text 988 for the Suicide and Crisis Lifeline, available 24/7."),
        ], 3)
        html = "<html><body><h1>Healthy Living - " + ORG + "</h1>" + "".join(f"<h2>{t}</h2><p>{b}</p>" for t, b in items) + \
            "<p style='font-size:10px'>You are receiving this because you subscribed. <a href='https://mercyvalley.example/unsub'>Unsubscribe</a></p></body></html>"
        text = "\n\n".join(f"{t}\n{b}" for t, b in items) + "\n"
        m = self.msg(f"{ORG} Community <news@{ORG_DOMAIN}>", f"subscriber-{self.index}@{r.choice(FREE_MAIL)}",
                     r.choice(["Healthy Living - March", "Your community health newsletter", "Flu season is here"]))
        set_body(w, m, text, html)
        return Item(m, False, "newsletter", "health topics with no individual", ["html-alternative"])

    def vendor_invoice(self) -> Item:
        w, r = self.w, self.r
        vendor = r.choice(VENDORS)
        acct = f"{r.randint(10**7, 10**8 - 1)}"
        amount = round(r.uniform(300, 48000), 2)
        lines = [f"INVOICE {r.randint(10**5, 10**6 - 1)}", f"Bill to: {ORG} Accounts Payable", f"Customer account: {acct}",
                 f"Items: {r.choice(['nitrile gloves, case of 1000 x 40', 'toner cartridges', 'hosting - March', 'linen service'])}",
                 f"Amount due: ${amount:,.2f}", "Terms: Net 30", f"Remit to: {w.fake.street_address()}, {w.fake.city()}"]
        m = self.msg(f"Accounts Receivable <ar@{vendor}>", f"AP <ap@{ORG_DOMAIN}>", r.choice(["Invoice", "Statement of account", "Payment reminder"]))
        set_body(w, m, f"Please find our invoice attached. Account number {acct}.\n")
        att = r.choice(["pdf", "xlsx", "docx"])
        if att == "pdf":
            m.add_attachment(mk.make_pdf(lines), maintype="application", subtype="pdf", filename="invoice.pdf")
        elif att == "xlsx":
            m.add_attachment(mk.make_xlsx([("Invoice", [[ln] for ln in lines])]), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="invoice.xlsx")
        else:
            m.add_attachment(mk.make_docx(lines), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="invoice.docx")
        return Item(m, False, "vendor", "vendor invoice with account number, no health info", [att])

    def marketing(self) -> Item:
        w, r = self.w, self.r
        text = r.choice([
            "Spring into wellness! Book your annual physical online in under two minutes.",
            "Our new urgent care in Westfield is open 8am-8pm, seven days a week. No appointment needed.",
            "Join our free 5K fun run on April 12 in support of the children's hospital.",
            "Download the MyMercy app to message your care team and pay bills online.",
        ])
        m = self.msg(f"{ORG} <marketing@{ORG_DOMAIN}>", f"{w.fake.first_name().lower()}@{r.choice(FREE_MAIL)}",
                     r.choice(["Something new at Mercy Valley", "Save the date", "We're open weekends"]))
        set_body(w, m, text + "\n", f"<html><body><p>{text}</p><img src='https://tracker.example/p.gif' width=1 height=1></body></html>")
        return Item(m, False, "marketing", "general marketing with no condition implied", ["html-alternative"])

    def it_notice(self) -> Item:
        w, r = self.w, self.r
        text = r.choice([
            "The patient portal will be unavailable Saturday 11pm-3am for a scheduled upgrade. Patients will see a maintenance page.",
            "EHR downtime procedures: during Sunday's maintenance window use the paper downtime forms in each unit's red binder.",
            "Phishing alert: do not open attachments claiming to be voicemail. Report suspicious mail with the Report button.",
            "MFA enrollment is now mandatory for remote access. Enroll at https://mfa.mercyvalley.example before April 1.",
            "The lab interface (HL7 feed to Northbridge) will be paused 02:00-02:30 for certificate rotation.",
        ])
        m = self.msg(f"IT Service Desk <servicedesk@{ORG_DOMAIN}>", f"All Staff <allstaff@{ORG_DOMAIN}>",
                     r.choice(["Planned maintenance", "IT notice", "Action required: security", "Downtime tonight"]))
        set_body(w, m, text + f"\n\nTicket INC{r.randint(10**6, 10**7)}\nIT Service Desk, ext 5000\n")
        return Item(m, False, "it-notice", "IT notice; mentions portal/EHR but no individual")

    def meeting(self) -> Item:
        w, r = self.w, self.r
        when = w.when()
        subj = r.choice(["Quality committee", "Budget review FY27", "Nursing practice council", "Tumor board scheduling (process only)",
                         "EHR optimization workgroup", "Infection prevention huddle"])
        c = w.doc()
        m = self.msg(addr(c.name, c.email), f"Committee <committee@{ORG_DOMAIN}>", f"Invitation: {subj} @ {when:%a %b %d %I:%M%p}")
        set_body(w, m, f"Agenda: minutes, action items, open discussion.\nDial-in: +1 {w.phone()} code {r.randint(100000, 999999)}\n")
        m.add_attachment(mk.make_ics(f"mtg-{self.index}@{ORG_DOMAIN}", subj, when, 60, "Conf Room 3B", "Standing meeting. No patient information."),
                         maintype="text", subtype="calendar", filename="invite.ics", params={"method": "REQUEST"})
        return Item(m, False, "meeting", "meeting invite with ICS, staff only", ["ics"])

    def aggregate(self) -> Item:
        w, r = self.w, self.r
        rows: list[list[object]] = [["Diagnosis (ICD-10 block)", "Q1 encounters", "Readmit 30d %"]]
        for code, desc in r.sample(w.icd, 6):
            rows.append([f"{code[:3]} {desc[:40]}", r.randint(40, 2400), round(r.uniform(2, 22), 1)])
        text = (f"Q1 quality summary: {r.randint(900, 4000):,} inpatient discharges, {r.randint(100, 900):,} COVID-19 patients treated, "
                f"sepsis bundle compliance {r.randint(70, 96)}%. Details by diagnosis group in the attached workbook.\n")
        m = self.msg(f"Quality Dept <quality@{ORG_DOMAIN}>", f"Board <board@{ORG_DOMAIN}>", "Q1 quality metrics")
        set_body(w, m, text)
        fmt = r.choice(["xlsx", "csv"])
        if fmt == "xlsx":
            m.add_attachment(mk.make_xlsx([("Q1", rows)]), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="q1_quality.xlsx")
        else:
            m.add_attachment(("\r\n".join(",".join(str(x) for x in row) for row in rows) + "\r\n").encode(), maintype="text",
                             subtype="csv", filename="q1_quality.csv")
        return Item(m, False, "aggregate", "aggregate statistics by diagnosis, no individuals", [fmt])

    def purchase_order(self) -> Item:
        w, r = self.w, self.r
        po = [f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}" for _ in range(4)]
        rows = "\r\n".join(f"{n},{item},{r.randint(1, 50)}" for n, item in zip(po, ["IV poles", "exam table paper", "sharps containers", "thermometer covers"], strict=True))
        m = self.msg(f"Purchasing <purchasing@{ORG_DOMAIN}>", "Orders <orders@medsupply-direct.example>", "PO batch")
        set_body(w, m, f"Please confirm receipt of PO {po[0]} and the others in the attached file.\n")
        m.add_attachment(("po_number,item,qty\r\n" + rows + "\r\n").encode(), maintype="text", subtype="csv", filename="po_batch.csv")
        return Item(m, False, "purchase-order", "purchase orders with SSN-shaped numbers", ["csv"])

    def training(self) -> Item:
        w, r = self.w, self.r
        m = self.msg(f"Compliance Office <compliance@{ORG_DOMAIN}>", f"All Staff <allstaff@{ORG_DOMAIN}>",
                     r.choice(["Annual HIPAA training due", "Privacy reminder", "HIPAA refresher: minimum necessary"]))
        set_body(w, m, "Reminder: annual HIPAA privacy and security training must be completed by March 31. Remember: never put patient "
                       "names, MRNs or diagnoses in email subject lines, and use Send Secure for PHI going outside the organization.\n")
        return Item(m, False, "training", "HIPAA training mail that talks about PHI in general")

    def drug_shortage(self) -> Item:
        w, _r = self.w, self.r
        g, b, dose, _ = w.drug()
        m = self.msg(f"Pharmacy Dept <pharmacy@{ORG_DOMAIN}>", f"Prescribers <prescribers@{ORG_DOMAIN}>", f"Drug shortage: {g}")
        set_body(w, m, f"The manufacturer has reported a shortage of {g} ({b}) {dose}. Expected recovery: 6-8 weeks. "
                       f"Consider therapeutic alternatives per the P&T guidance. No action needed for existing inpatient orders.\n")
        return Item(m, False, "drug-shortage", "drug shortage notice, no patient")

    def staff_roster(self) -> Item:
        w, r = self.w, self.r
        rows = ["name,role,unit,phone,pager"] + [f"{w.fake.name()},{r.choice(['RN', 'CNA', 'Charge RN', 'Unit clerk'])},"
                                                  f"{r.choice(['4W', '5E', 'ICU', 'ED'])},{w.phone()},{r.randint(1000, 9999)}" for _ in range(8)]
        fmt = r.choice(["csv", "xlsx", "txt"])
        m = self.msg(f"Nurse Staffing <staffing@{ORG_DOMAIN}>", f"Charge Nurses <charge@{ORG_DOMAIN}>", "on-call roster next week")
        set_body(w, m, "Roster attached.\n")
        if fmt == "xlsx":
            m.add_attachment(mk.make_xlsx([("Roster", [x.split(",") for x in rows])]), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="roster.xlsx")
        else:
            m.add_attachment(("\r\n".join(rows) + "\r\n").encode(), maintype="text", subtype="csv" if fmt == "csv" else "plain",
                             filename=f"roster.{fmt}")
        return Item(m, False, "staff-roster", "staff roster with phone numbers", [fmt])

    def credentialing(self) -> Item:
        w, _r = self.w, self.r
        c = w.doc()
        m = self.msg(f"Medical Staff Office <mso@{ORG_DOMAIN}>", "Credentialing <cred@bluepine-health-plan.example>",
                     f"Credentialing packet - {c.name}")
        set_body(w, m, f"Provider: {c.name}\nSpecialty: {c.specialty}\nNPI: {c.npi}\nDEA: {c.dea}\nBoard certified, privileges granted "
                       "at Main Campus.\nCV and license attached separately.\n")
        return Item(m, False, "credentialing", "clinician NPI/DEA/specialty only")

    def new_provider(self) -> Item:
        w, r = self.w, self.r
        c = w.doc()
        topic = r.choice(["breast cancer screening", "managing type 2 diabetes", "heart failure", "depression in older adults"])
        m = self.msg(f"Communications <comms@{ORG_DOMAIN}>", f"All Staff <allstaff@{ORG_DOMAIN}>", f"Welcome {c.name}")
        set_body(w, m, f"Please welcome {c.name}, who joins our {c.specialty} team. {c.first} will give a grand rounds talk on "
                       f"{topic} next Thursday at noon in the auditorium.\n")
        return Item(m, False, "provider-announcement", "clinician name + specialty + disease topic")

    def deidentified(self) -> Item:
        w, r = self.w, self.r
        rows = ["study_id,age_band,sex,zip3,year,dx_code,los_days"]
        for i in range(15):
            rows.append(f"S{1000 + i},{r.choice(['18-29', '30-44', '45-64', '65-89', '90+'])},{r.choice('FM')},"
                        f"{r.randint(100, 999)},2025,{w.dx()[0]},{r.randint(1, 12)}")
        m = self.msg(f"Research Data Core <rdc@{ORG_DOMAIN}>", "Analyst <analyst@state-university.example>", "de-identified extract v2")
        set_body(w, m, "Safe Harbor de-identified extract attached (age bands, 3-digit ZIP, year only). IRB 2025-114.\n")
        if r.random() < 0.5:
            m.add_attachment(("\r\n".join(rows) + "\r\n").encode(), maintype="text", subtype="csv", filename="deid_extract.csv")
            fmt = "csv"
        else:
            m.add_attachment(("\r\n".join(x.replace(",", "\t") for x in rows) + "\r\n").encode(), maintype="text",
                             subtype="tab-separated-values", filename="deid_extract.tsv")
            fmt = "tsv"
        return Item(m, False, "de-identified", "Safe Harbor de-identified dataset", [fmt])

    def conference(self) -> Item:
        w, r = self.w, self.r
        c1, c2 = w.doc(), w.doc()
        m = self.msg(f"CME Office <cme@{ORG_DOMAIN}>", f"Physicians <physicians@{ORG_DOMAIN}>", "Regional cardiology symposium - agenda")
        agenda = ["08:00 Registration", f"08:30 {c1.name}: Advances in atrial fibrillation ablation",
                  f"09:30 {c2.name}: Heart failure with preserved ejection fraction", "10:30 Break", "11:00 Panel: SGLT2 inhibitors"]
        set_body(w, m, "\n".join(agenda) + "\n\nRegister by March 20. 4.0 CME credits.\n")
        if r.random() < 0.5:
            m.add_attachment(mk.make_pdf(agenda), maintype="application", subtype="pdf", filename="agenda.pdf")
            return Item(m, False, "conference", "conference agenda PDF with speaker names", ["pdf"])
        return Item(m, False, "conference", "conference agenda with speaker names")

    def job_posting(self) -> Item:
        w, r = self.w, self.r
        role = r.choice(["Registered Nurse - Oncology", "Medical Assistant - Family Medicine", "Pharmacist - Inpatient", "Behavioral Health Therapist"])
        m = self.msg(f"Talent Acquisition <careers@{ORG_DOMAIN}>", f"jobs-list@{r.choice(['nursingjobs.example', 'healthcareers.example'])}",
                     f"Now hiring: {role}")
        set_body(w, m, f"{ORG} is hiring a {role}. Requirements: current state license, BLS. Experience with chemotherapy "
                       "administration or substance use treatment a plus. Sign-on bonus available.\n")
        return Item(m, False, "job-posting", "job posting with clinical vocabulary")

    def research(self) -> Item:
        w, r = self.w, self.r
        n = r.randint(120, 4000)
        m = self.msg(f"Research Office <research@{ORG_DOMAIN}>", f"Investigators <investigators@{ORG_DOMAIN}>", "Abstract accepted")
        set_body(w, m, f"Abstract: In a retrospective cohort of {n:,} adults with type 2 diabetes, SGLT2 inhibitor use was associated with "
                       f"a {r.randint(10, 35)}% lower risk of heart failure hospitalization (HR 0.{r.randint(60, 90)}). Median age 63.\n")
        return Item(m, False, "research", "research abstract with aggregate outcomes")

    def encrypted_nonphi(self) -> Item:
        w, r = self.w, self.r
        m = self.msg(f"Legal <legal@{ORG_DOMAIN}>", self.external(VENDORS), "contract draft (protected)")
        set_body(w, m, "Draft attached; password by phone.\n")
        content = ["Master Services Agreement", "Between Mercy Valley Health and Vendor", "Section 4: pricing", "Section 9: term and termination"]
        if r.random() < 0.5:
            m.add_attachment(mk.encrypt_pdf(mk.make_pdf(content), "Contract26", f"gen/{self.index}"), maintype="application",
                             subtype="pdf", filename="MSA_draft.pdf")
            return Item(m, False, "encrypted", "encrypted PDF of a contract (no PHI, known content)", ["pdf-encrypted"])
        m.add_attachment(mk.make_encrypted_zip([("MSA_draft.txt", "\r\n".join(content).encode())], "Contract26", f"gen/{self.index}"),
                         maintype="application", subtype="zip", filename="MSA_draft.zip")
        return Item(m, False, "encrypted", "encrypted ZIP of a contract (no PHI, known content)", ["zip-encrypted"])

    def forwarded_nonphi(self) -> Item:
        w, r = self.w, self.r
        inner = mk.new_message(sender=f"Sales <sales@{r.choice(VENDORS)}>", to=f"Purchasing <purchasing@{ORG_DOMAIN}>",
                               subject="Quote 5521", key=f"gen/{self.index}/inner", index=self.index)
        set_body(w, inner, "Quote for 40 infusion pumps: $2,150 each, delivery 6 weeks. Valid 30 days.\n")
        m = self.msg(f"Purchasing <purchasing@{ORG_DOMAIN}>", f"Finance <finance@{ORG_DOMAIN}>", "Fwd: Quote 5521")
        set_body(w, m, "Forwarding the quote for approval.\n")
        m.add_attachment(inner)
        return Item(m, False, "forwarded", "forwarded vendor quote as message/rfc822", ["rfc822"])

    def zip_nonphi(self) -> Item:
        w = self.w
        inner = mk.make_zip([("hand_hygiene_policy.txt", b"Perform hand hygiene before and after patient contact.\r\n"),
                             ("isolation_policy.txt", b"Contact precautions require gown and gloves.\r\n")])
        outer = mk.make_zip([("policies/infection_control.zip", inner), ("README.txt", b"Policy bundle v7\r\n")])
        m = self.msg(f"Policy Office <policy@{ORG_DOMAIN}>", self.external(PARTNERS), "policy bundle")
        set_body(w, m, "Our current infection control policies, as requested for the joint accreditation review.\n")
        m.add_attachment(outer, maintype="application", subtype="zip", filename="policies.zip")
        return Item(m, False, "archive", "zip-in-zip of policies", ["zip", "zip-in-zip"])

    def interface_spec(self) -> Item:
        w, r = self.w, self.r
        if r.random() < 0.5:
            cap = {"resourceType": "CapabilityStatement", "status": "active", "date": "2026-02-01", "kind": "instance",
                   "fhirVersion": "4.0.1", "format": ["json"],
                   "rest": [{"mode": "server", "resource": [{"type": t, "interaction": [{"code": "read"}, {"code": "search-type"}]}
                                                             for t in ["Patient", "Condition", "Observation", "MedicationRequest"]]}]}
            m = self.msg(f"Integration <integration@{ORG_DOMAIN}>", self.external(VENDORS), "our FHIR capability statement")
            set_body(w, m, "As requested, our server's CapabilityStatement. No data, just metadata.\n")
            m.add_attachment(json.dumps(cap, indent=2).encode(), maintype="application", subtype="fhir+json", filename="capability.json")
            return Item(m, False, "interface-spec", "FHIR CapabilityStatement, no patient", ["fhir-json"])
        ack = "MSH|^~\\&|LAB|NBL|EPIC|MVH|20260302081501||ACK^R01|ACK00042|P|2.5.1\rMSA|AA|MSG00042\r"
        m = self.msg(f"Interface Engine <interfaces@{ORG_DOMAIN}>", self.external(), "ACK sample for spec")
        set_body(w, m, "Sample acknowledgement for the interface spec appendix.\n")
        m.add_attachment(ack.encode(), maintype="application", subtype="hl7-v2", filename="ack.hl7")
        return Item(m, False, "interface-spec", "HL7 ACK with no PID", ["hl7"])

    def general(self) -> Item:
        w, r = self.w, self.r
        name, email = self._staff()
        subj, body = r.choice([
            ("Lunch order", "Pizza for the department meeting: 3 veggie, 2 pepperoni. Anyone gluten-free?"),
            ("Holiday party", "The holiday party is Dec 12 at the Riverside Hall. RSVP by Friday."),
            ("Out of office", "I am out until Monday with limited access to email. For urgent matters contact the front desk."),
            ("Printer on 3rd floor", "The 3rd floor printer is jammed again; facilities ticket opened."),
            ("Café menu", "Soup of the day: minestrone. Café hours extended to 8pm this week."),
        ])
        m = self.msg(addr(name, email), f"Team <team@{ORG_DOMAIN}>", subj)
        set_body(w, m, f"{body}\n\n{name.split()[0]}\n", enc=r.choice([("windows-1252", "8bit"), ("iso-8859-1", "quoted-printable"), ("utf-8", "7bit")]))
        raw = mk.encoded_word_subject("Caf\u00e9 menu \u2013 this week", "windows-1252", r.choice("qb")) if subj == "Café menu" else None
        return Item(m, False, "general", "office chatter", [], raw)

    def raw_encoded_nonphi(self) -> Item:
        _w, r = self.w, self.r
        text = "Facilities: the east elevator is out of service until Thursday. Use the west bank.\n\u00a9 Mercy Valley Facilities\n"
        kind = r.choice(["binary", "uuencode"])
        headers = [("From", f"Facilities <facilities@{ORG_DOMAIN}>"), ("To", f"All Staff <allstaff@{ORG_DOMAIN}>"),
                   ("Subject", "elevator outage"), ("Date", mk.date_header(self.index)),
                   ("Message-ID", mk.message_id(f"gen/{self.index}")), ("MIME-Version", "1.0")]
        if kind == "binary":
            body = text.encode("utf-8")
            headers += [("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "binary")]
        else:
            import binascii

            raw = text.encode("latin-1")
            body = b"begin 644 notice.txt\n" + b"".join(binascii.b2a_uu(raw[i : i + 45]) for i in range(0, len(raw), 45)) + b"`\nend\n"
            headers += [("Content-Type", "text/plain; charset=iso-8859-1"), ("Content-Transfer-Encoding", "x-uuencode")]
        return Item(mk.raw_message(headers, body), False, "legacy-encoding", f"facilities notice in {kind} encoding", [kind])


PHI_TEMPLATES: list[tuple[str, int]] = [
    ("lab_result", 10), ("clinician_note", 10), ("referral", 10), ("claim", 8), ("patient_list", 8), ("appointment", 7),
    ("appointment_es", 4), ("discharge", 7), ("prior_auth", 6), ("refill", 6), ("hl7", 4), ("hl7_body", 2), ("fhir", 4),
    ("ccda", 3), ("subject_only", 6), ("split_subject", 6), ("forwarded", 4), ("zip_nested", 4), ("encrypted_pdf", 3),
    ("encrypted_zip", 3), ("behavioral", 6), ("immunization", 3), ("genetic", 3), ("eligibility", 3), ("radiology", 3),
    ("raw_encoded_phi", 3),
]
NEG_TEMPLATES: list[tuple[str, int]] = [
    ("hr_notice", 10), ("newsletter", 9), ("vendor_invoice", 9), ("marketing", 6), ("it_notice", 8), ("meeting", 8),
    ("aggregate", 8), ("purchase_order", 6), ("training", 5), ("drug_shortage", 6), ("staff_roster", 6), ("credentialing", 5),
    ("new_provider", 6), ("deidentified", 6), ("conference", 5), ("job_posting", 5), ("research", 5), ("encrypted_nonphi", 4),
    ("forwarded_nonphi", 3), ("zip_nonphi", 3), ("interface_spec", 4), ("general", 3), ("raw_encoded_nonphi", 2),
]


def build(out: Path) -> list[dict[str, object]]:
    w = World(SEED)
    g = Gen(w)
    schedule = [name for name, n in PHI_TEMPLATES for _ in range(n)] + [name for name, n in NEG_TEMPLATES for _ in range(n)]
    random.Random(SEED + 7).shuffle(schedule)
    gen_dir = out / "generated"
    gen_dir.mkdir(parents=True, exist_ok=True)
    labels: list[dict[str, object]] = []
    for i, name in enumerate(schedule, start=1):
        g.index = i
        item: Item = getattr(g, name)()
        data = item.msg if isinstance(item.msg, bytes) else mk.serialize(item.msg, f"gen/{i}", raw_subject=item.raw_subject)
        assert b"123-45-6789" not in data
        rel = f"generated/{i:04d}.eml"
        (out / rel).write_bytes(data)
        labels.append({"file": rel, "phi": item.phi, "category": item.category, "notes": item.notes,
                       "attachments": item.attachments, "template": name})
    return labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output directory (default: tests/corpus)")
    ap.add_argument("--no-hard", action="store_true", help="skip writing the hand-written hard cases")
    args = ap.parse_args(argv)
    out: Path = args.out
    labels = build(out)
    if not args.no_hard:
        import hard_cases

        labels += hard_cases.write_all(out)
    (out / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    n_phi = sum(1 for x in labels if x["phi"])
    print(f"wrote {len(labels)} messages ({n_phi} PHI, {len(labels) - n_phi} not PHI) to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
