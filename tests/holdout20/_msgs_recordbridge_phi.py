"""RecordBridge (release-of-information vendor for hospitals): messages that carry PHI."""

# ruff: noqa: E501  (hand-written mail text: long lines and Cyrillic are the data)

from __future__ import annotations

from _att import DOCX, docx, png, zipped
from _spec import RB, Att, Spec

ALYSSA = f"Alyssa Trombley <atrombley@{RB}>"
MARCUS = f"Marcus Oduya <moduya@{RB}>"
PRIVACY = f'"Fatima Rahimi, RHIA" <frahimi@{RB}>'
ROI = f"RecordBridge ROI Team <roi@{RB}>"
KENJI = f"Kenji Albrecht <kalbrecht@{RB}>"

SIG = (
    "\n\nRecordBridge | Release of Information Services\non behalf of St. Brendan Hospital HIM\n"
    "Phone 888-555-0162 | Fax 888-555-0163 | recordbridge.com\n"
)

CCDA_CCD = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <id root="2.16.840.1.113883.3.7720.2" extension="CCD-PRH-558102"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20261104"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.7720.1" extension="PRH00771904"/>
    <addr><streetAddressLine>1207 Elm Ridge Rd</streetAddressLine><city>Grand Island</city><state>NE</state><postalCode>68803</postalCode></addr>
    <telecom value="tel:+1-308-555-0118"/>
    <patient><name><given>Imogen</given><family>Strickland</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19880730"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title><text>Type 1 diabetes mellitus with diabetic nephropathy (E10.21); hypothyroidism (E03.9)</text></section></component>
    <component><section><title>Medications</title><text>insulin glargine 22 units nightly; insulin lispro per scale; levothyroxine 88 mcg daily</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="records release cover letter to attorney",
        notes="Release to a law firm: patient name, DOB, record date range and orthopedic surgery records; secure-link notice.",
        frm=ALYSSA,
        to="Records Dept <records@morrisonkeanelaw.com>",
        subject="Request RB-2026-448170 - records released",
        body=(
            "Good afternoon,\n\nIn response to your request dated 10/22/2026 and the valid authorization enclosed with it, "
            "St. Brendan Hospital has released the following records for your client:\n\n"
            "  Patient: Marisol Vega\n  DOB: 04/17/1986\n  Dates of service: 03/02/2026 - 06/30/2026\n"
            "  Records: ED record, operative report (ORIF right distal radius), PT notes, radiology reports\n"
            "  Pages: 212\n\nThe records are available for 30 days through the secure link sent separately. The "
            "invoice for copying charges will follow." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="copy-charge invoice referencing patient records",
        notes="Hard positive: an invoice that looks routine but names the patient, her DOB and the hospital whose records were copied.",
        frm=f"RecordBridge Billing <billing@{RB}>",
        to="Accounts Payable <ap@morrisonkeanelaw.com>",
        subject="Invoice RBI-771204 for request RB-2026-448170",
        body=(
            "Invoice RBI-771204\n\nRe: Records of Marisol Vega, DOB 04/17/1986 (St. Brendan Hospital)\n"
            "Request RB-2026-448170\n\n  Basic fee                 $25.00\n  Pages 1-212 @ $0.55      $116.60\n"
            "  Electronic delivery        $0.00\n  Total due                $141.60\n\n"
            "Pay online at pay.recordbridge.com using the invoice number. Federal Tax ID on file.\n"
        ),
    ),
    Spec(
        phi=True,
        category="status update to life insurer underwriting",
        notes="Life-insurance underwriting status naming the applicant, DOB and cardiology/cardiac-cath records being pulled.",
        frm=MARCUS,
        to="APS Unit <aps.requests@sentinellife.com>",
        subject="APS status - applicant Raymond Achebe, policy app SL-2026-90114",
        body=(
            "Hello,\n\nStatus on your attending physician statement request:\n\n"
            "Applicant: Raymond Achebe, DOB 11/30/1969\nFacility: Plains Regional Health - Cardiology\n"
            "Requested: last 5 years of office notes, the 2025 cardiac catheterization report and stress test.\n"
            "Status: authorization validated; records pulled; awaiting physician signature on the APS form. "
            "Expected delivery 11/16.\n\nMarcus Oduya\nROI Specialist, RecordBridge\n"
        ),
    ),
    Spec(
        phi=True,
        category="patient's own records ready notice",
        notes="Notice to a patient's gmail that her own records, including an MRI report and oncology notes, are ready.",
        frm=ROI,
        to="Tamara Kowalski <tamara.kowalski82@gmail.com>",
        subject="Your St. Brendan Hospital records are ready",
        body=(
            "Dear Tamara Kowalski,\n\nThe copy of your medical records you requested on 11/02 is ready. It includes your "
            "breast MRI report from 09/18/2026, the surgical oncology consult notes and your pathology report (94 pages).\n\n"
            "Download: https://portal.recordbridge.com/r/7Qm2xV9k (access code sent by text to the mobile number on "
            "your request). There is no charge for a patient's own electronic copy.\n\nRecordBridge ROI Team"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="authorization deficiency notice to attorney",
        notes="Hard positive: a rejection letter with no diagnosis still names the client as a patient of a specific hospital with record dates.",
        frm=ALYSSA,
        to="Paralegal <jreyes@brightwaterlaw.com>",
        subject="RE: Records request for your client Derek Osei",
        body=(
            "Hi Jenna,\n\nWe can't process the request for Derek Osei (St. Brendan Hospital, dates of service "
            "01/2025 - present) yet. The HIPAA authorization you sent is missing an expiration date or event and "
            "the patient's signature date. Please send a corrected authorization and we'll process it within 10 "
            "business days of receipt.\n\nAlyssa Trombley\nROI Specialist" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="daily request log to hospital HIM (CSV)",
        notes="Hard positive: CSV log with request numbers, patient last names, DOBs and requester types; quiet but identifiable.",
        frm=KENJI,
        to="HIM Director <him.director@stbrendanhospital.org>",
        subject="Daily ROI log 11/09",
        body="Daily log attached. 2 requests held for your review (Part 2 and minor consent).\n\nKenji",
        atts=(
            Att(
                "SBH_ROI_log_2026-11-09.csv",
                "text/csv",
                "request,patient_last,dob,requester_type,record_scope,status\n"
                "RB-2026-451002,HOLLIS,1991-02-08,attorney,behavioral health 2024-2026,HOLD-Part2\n"
                "RB-2026-451017,NAKAMURA,2009-07-19,parent,pediatric clinic 2026,HOLD-minor\n"
                "RB-2026-451020,FAIRWEATHER,1948-12-01,insurer,inpatient 10/2026,released\n"
                "RB-2026-451031,OKAFOR-LYNCH,1963-12-09,payer,inpatient 09/2026,released\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="substance-use records hold, PHI in subject",
        notes="Hard positive: subject names the patient with 'psych records withheld'; body only cites the 42 CFR Part 2 consent rule.",
        frm=KENJI,
        to="Privacy Officer <privacy@stbrendanhospital.org>",
        subject="Request RB-2026-451002 - Hollis, Grace - psych/SUD records withheld",
        body=(
            "Per policy we did not release the Part 2 program records. The attorney's authorization is a general "
            "HIPAA form and lacks the 42 CFR Part 2 required elements (specific program name, redisclosure notice). "
            "Please confirm and I'll send the standard deficiency letter.\n\nKenji Albrecht\nSenior ROI Specialist\n"
        ),
    ),
    Spec(
        phi=True,
        category="continuity-of-care records ZIP to provider",
        notes="Hard positive: ZIP of records (text members) for a patient transferring care, with name, DOB and oncology history.",
        frm=MARCUS,
        to="Intake <intake@heartlandcancercenter.org>",
        subject="Continuity of care records - as requested by Dr. Lindgren's office",
        body="Records attached for the new-patient appointment on 11/12. Provider-to-provider for treatment, no authorization required.\n\nMarcus"
        + SIG,
        atts=(
            Att(
                "SBH_records_RB-2026-450884.zip",
                "application/zip",
                zipped(
                    {
                        "01_oncology_consult.txt": (
                            "ST. BRENDAN HOSPITAL - HEMATOLOGY/ONCOLOGY CONSULT\n"
                            "Patient: Ellis Northcutt   DOB 10/03/1961   MRN SB-2290417\n"
                            "Dx: diffuse large B-cell lymphoma, stage IIIA. Plan R-CHOP x6.\n"
                        ),
                        "02_pet_ct_report.txt": (
                            "PET/CT 10/20/2026 - Northcutt, Ellis: FDG-avid cervical and mediastinal nodes, SUV 14.2.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA to another provider",
        notes="Hard positive: C-CDA continuity of care document with patient name, address, phone, DOB, diabetes with nephropathy and insulin.",
        frm=ROI,
        to="Records <records@nephrologyassocne.com>",
        subject="CCD for referral - Plains Regional Health",
        body="Attached is the CCD requested for the nephrology referral appointment on 11/18.\n\nRecordBridge ROI Team (Plains Regional Health)\n",
        atts=(Att("CCD-PRH-558102.xml", "application/xml", CCDA_CCD),),
    ),
    Spec(
        phi=True,
        category="forwarded attorney request letter",
        notes="Hard positive: Forward (message/rfc822) of a law firm's request naming their client, DOB, accident and ED visit; sent to a colleague.",
        frm=ALYSSA,
        to=KENJI,
        subject="FW: Records request - MVA 08/09/2026",
        body="Kenji, can you take this one? It's Plains Regional, not St. Brendan, so it goes in your queue.\n\nA.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Jenna Reyes <jreyes@brightwaterlaw.com>",
            to=ROI,
            subject="Records request - MVA 08/09/2026",
            body=(
                "Please provide complete ED and radiology records for our client Tobias Greenhalgh, DOB 05/26/1994, "
                "treated at Plains Regional Health ED on 08/09/2026 after a motor vehicle accident (neck and "
                "shoulder pain, CT cervical spine). Signed authorization attached.\n\nJenna Reyes, Paralegal\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="misdirected release incident report",
        notes="Internal incident report to the privacy officer naming the patient whose records went to the wrong firm.",
        frm=PRIVACY,
        to=f"Compliance <compliance@{RB}>",
        subject="Incident 2026-031 - misdirected release (draft for review)",
        body=(
            "Draft incident summary:\n\nOn 11/05 records for patient Winifred Ashgrove (DOB 02/14/1950, St. Brendan "
            "MRN SB-1187724; 38 pages incl. cardiology notes and an echocardiogram report) were uploaded to the "
            "portal of Brightwater Law instead of Morrison Keane Law. Brightwater confirmed deletion in writing on "
            "11/06. Risk assessment under 164.402 in progress; covered entity notified 11/06.\n\nFatima Rahimi, RHIA\n"
            "Privacy & Compliance Manager\n"
        ),
    ),
    Spec(
        phi=True,
        category="disability determination records with SSN",
        notes="Records delivery note to a state disability agency naming the claimant, SSN, and psychiatric and back-pain records.",
        frm=MARCUS,
        to="DDS Records <medrecords@dds.nebraska.gov>",
        subject="Records for SSA disability claim - RQID 26-88412",
        body=(
            "Hello,\n\nRecords for your request RQID 26-88412 are uploaded to ERE.\n\nClaimant: Lamont Fairweather\n"
            "SSN: 261-48-3092\nFacility: Plains Regional Health\nContents: psychiatry outpatient notes 2024-2026 "
            "(major depressive disorder), spine clinic notes and lumbar MRI (L4-L5 herniation).\n\nMarcus Oduya"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="reply to executor of deceased patient",
        notes="Reply to a son (yahoo) acting as executor: mother's name, date of death and hospice records.",
        frm=ALYSSA,
        to="Graham Pennington <gpennington@yahoo.com>",
        subject="RE: Mom's records from hospice",
        body=(
            "Mr. Pennington,\n\nI'm sorry for your loss. We've received the letters testamentary naming you as executor "
            "for your mother, Eleanor Pennington. The St. Brendan Hospice records from 07/2026 through her death on "
            "10/12/2026 (about 340 pages, including the medication administration records you asked about) will be "
            "sent to this email by secure link within 5 business days.\n\nAlyssa" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="scanned authorization PNG, name in file name",
        notes="Hard positive: the attachment is a scanned authorization image whose file name carries the patient's name, the hospital and 'oncology records'; body has none.",
        frm=KENJI,
        to="HIM Scanning <scanning@plainsregional.org>",
        subject="auth for indexing",
        body="Please index this authorization to the request in the ROI queue. Original mailed back to the requester.\n",
        atts=(
            Att(
                "Petrov_Nikolai_PlainsRegional_oncology_records_auth.png",
                "image/png",
                png(8, 8, (240, 240, 235)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="workers' comp adjuster records delivery",
        notes="Records summary for a workers' compensation adjuster: claimant name, injury, surgery and dates.",
        frm=MARCUS,
        to="Adjuster <adjuster.kc@midwestcompins.com>",
        subject="Claim 26-WC-11804 - St. Brendan records",
        body=(
            "Hello,\n\nRecords for claimant Rodney Blackfeather are ready: ED visit 07/30/2026 for acute lumbar strain, "
            "ortho follow-ups 08/04 and 09/01, MRI lumbar spine 09/01. 46 pages. Invoice to follow.\n\nMarcus"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="patient copy invoice (HTML-only)",
        notes="HTML-only invoice to a patient's hotmail for paper copies of his cardiology records, naming him and the hospital.",
        frm=f"RecordBridge Billing <billing@{RB}>",
        to="Desmond Yeboah <d.yeboah@hotmail.com>",
        subject="Invoice for your paper copy request",
        body="",
        html=(
            "<html><body><p>Dear Desmond Yeboah,</p><p>Thank you for your request for a paper copy of your records "
            "from <b>Plains Regional Health - Heart &amp; Vascular Clinic</b> (visits 2023-2026, including your "
            "pacemaker implant records).</p><table border='1' cellpadding='4'><tr><td>Pages</td><td>128</td></tr>"
            "<tr><td>Labor and supplies</td><td>$6.50</td></tr><tr><td>Postage</td><td>$4.85</td></tr>"
            "<tr><td><b>Total</b></td><td><b>$11.35</b></td></tr></table>"
            "<p>Pay at pay.recordbridge.com with invoice RBI-772018. Records mail within 2 days of payment.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="pending requests table to hospital client",
        notes="HTML table of pending requests with patient names, MRNs and record types (HIV test results, psychiatry).",
        frm=KENJI,
        to="Renee Castillo <rcastillo@plainsregional.org>",
        subject="Aging requests over 20 days - need signatures",
        body="Renee, these need a provider or HIM signature before release.",
        html=(
            "<html><body><p>Renee, these are over 20 days and need a signature before release:</p>"
            "<table border='1' cellpadding='4'><tr><th>Request</th><th>Patient</th><th>MRN</th><th>Records</th><th>Blocker</th></tr>"
            "<tr><td>RB-2026-447731</td><td>Anaya, Ricardo</td><td>PRH00810233</td><td>HIV viral load results 2025-2026</td><td>specific consent</td></tr>"
            "<tr><td>RB-2026-448002</td><td>Lindqvist, Signe</td><td>PRH00652118</td><td>inpatient psychiatry 06/2026</td><td>attending review</td></tr>"
            "<tr><td>RB-2026-448315</td><td>Bui, Thanh</td><td>PRH00904471</td><td>OB ultrasound reports</td><td>HIM signature</td></tr>"
            "</table><p>Kenji</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="subpoena response letter (DOCX)",
        notes="Hard positive: DOCX certification of records for a subpoena naming the patient, DOB and ED/psych records produced.",
        frm=PRIVACY,
        to="Docketing <docketing@morrisonkeanelaw.com>",
        subject="Subpoena duces tecum - Case CI 26-4481 - certification",
        body="Attached is the custodian's certification for the records produced under the subpoena in Case CI 26-4481.\n\nFatima Rahimi"
        + SIG,
        atts=(
            Att(
                "CI26-4481_custodian_certification.docx",
                DOCX,
                docx(
                    [
                        "CERTIFICATION OF CUSTODIAN OF RECORDS",
                        "Case: CI 26-4481, District Court of Douglas County",
                        "Patient: Wendell Ashby   Date of birth: 09/22/1977",
                        "Records produced: Plains Regional Health emergency department records 02/11/2026 "
                        "(alcohol intoxication, scalp laceration repair) and toxicology results.",
                        "Number of pages: 27",
                        "I certify these are true copies kept in the regular course of business.",
                        "Fatima Rahimi, RHIA, authorized agent of Plains Regional Health, RecordBridge",
                    ]
                ),
            ),
        ),
    ),
]
