"""Brookfield Medical Partners referral office: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import BMP, Att, Spec

REF = f"Referral Office <referrals@{BMP}>"

HL7_REF = (
    "\r".join(
        [
            "MSH|^~\\&|BMP_EHR|BROOKFIELD|LKV_ORTHO|LAKEVIEWORTHO|202609150932||REF^I12|BMP66015|P|2.5.1",
            "RF1|A|R|ORTHO||OUT|RF-2026-0915-044|20260915",
            "PRD|RP|Haverford^Lena^^^MD|||||1482037565^^^NPI",
            "PID|1||MRN40119827^^^BMP^MR||Quist^Dorian^E||19710422|M|||77 Harrow Ln^^Westbury^OH^43081||(614)555-0142",
            "DG1|1||M17.11^Unilateral primary osteoarthritis, right knee^I10",
            "NTE|1||Failed 6 months PT and injections; evaluate for TKA.",
        ]
    )
    + "\r"
)

FHIR_SR = """{
  "resourceType": "ServiceRequest",
  "id": "ref-2026-0916-017",
  "status": "active",
  "intent": "order",
  "code": {"text": "Referral to pulmonology"},
  "subject": {"reference": "Patient/bmp-55210", "display": "Theodora Linwood"},
  "identifier": [{"system": "urn:bmp:mrn", "value": "40552107"}],
  "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "J84.10", "display": "Pulmonary fibrosis, unspecified"}]}],
  "requester": {"display": "Omar Feld, MD"},
  "authoredOn": "2026-09-16"
}
"""

FHIR_TEST = """{
  "resourceType": "Patient",
  "id": "zztest-0001",
  "meta": {"tag": [{"system": "urn:bmp:env", "code": "SANDBOX", "display": "Synthetic test record - not a real person"}]},
  "name": [{"family": "ZZTEST", "given": ["Referral", "Sandbox"]}],
  "birthDate": "1900-01-01",
  "identifier": [{"system": "urn:bmp:mrn", "value": "TEST-000000"}]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.14"/>
  <title>Referral Note - Brookfield Medical Partners</title>
  <recordTarget><patientRole><id extension="40337719" root="2.16.840.1.113883.3.6666"/>
    <addr><streetAddressLine>2810 Quarry Rd</streetAddressLine><city>Westbury</city><state>OH</state><postalCode>43081</postalCode></addr>
    <patient><name><given>Wendell</given><family>Ashgrove</family></name><birthTime value="19580730"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Reason for Referral</title><text>Progressive dysphagia to solids, 9 kg weight loss. Please evaluate for EGD.</text></section></component>
    <component><section><title>Problems</title><text>Barrett esophagus (K22.70); GERD; hypertension</text></section></component>
    <component><section><title>Medications</title><text>Pantoprazole 40 mg BID; lisinopril 10 mg daily</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_278 = (
    "~".join(
        [
            "ISA*00*          *00*          *ZZ*BROOKFIELDMP   *ZZ*HARTLANDHP     *260915*1012*^*00501*000006601*0*P*:",
            "GS*HI*BROOKFIELDMP*HARTLANDHP*20260915*1012*6601*X*005010X217",
            "ST*278*0001*005010X217",
            "BHT*0007*13*PA66-0915-03*20260915*1012",
            "NM1*X3*2*HARTLAND HEALTH PLAN*****PI*HHP01",
            "NM1*1P*1*FELD*OMAR****XX*1629073416",
            "NM1*IL*1*MARROQUIN*BEATRIZ****MI*HHP77410293",
            "DMG*D8*19660211*F",
            "HI*ABK:G35",
            "SV1*HC:70553*1850*UN*1",
            "SE*10*0001",
            "GE*1*6601",
            "IEA*1*000006601",
        ]
    )
    + "~\n"
)

X12_270 = (
    "~".join(
        [
            "ISA*00*          *00*          *ZZ*BROOKFIELDMP   *ZZ*CLEARWAVE      *260917*0803*^*00501*000006602*0*P*:",
            "GS*HS*BROOKFIELDMP*CLEARWAVE*20260917*0803*6602*X*005010X279A1",
            "ST*270*0001*005010X279A1",
            "BHT*0022*13*ELIG66-0917*20260917*0803",
            "NM1*PR*2*KEYSTONE MUTUAL*****PI*KM220",
            "NM1*1P*2*BROOKFIELD MEDICAL PARTNERS*****XX*1930516285",
            "NM1*IL*1*PENHALIGON*RUTH****MI*KM5530184402",
            "DMG*D8*19490618",
            "EQ*MH",
            "NM1*IL*1*ESTRADA*NICOLAS****MI*KM5530772019",
            "DMG*D8*19880903",
            "EQ*AL",
            "SE*11*0001",
            "GE*1*6602",
            "IEA*1*000006602",
        ]
    )
    + "~\n"
)

_patient_note = Spec(
    phi=True,
    category="patient portal message (forwarded)",
    notes="Patient's own message about depression referral.",
    frm="Gianna Petrossian <gpetrossian82@yahoo.com>",
    to=REF,
    subject="question about the counselling referral",
    body=(
        "Hi, Dr. Feld said he was sending me to someone for the depression and the panic attacks. "
        "I haven't heard anything in two weeks. I'd prefer a woman therapist and evenings if possible. "
        "My cell is 614-555-0187.\n\nGianna Petrossian"
    ),
)

MESSAGES = [
    Spec(
        phi=True,
        category="outbound cardiology referral letter with PDF",
        notes="Referral letter PDF naming patient, DOB and atrial fibrillation sent to outside cardiology.",
        frm=f"Priya Nandakumar <pnandakumar@{BMP}>",
        to="newpatients@riversidecardiology.org",
        subject="New referral - please schedule within 2 weeks",
        body=(
            "Good morning,\n\nPlease find attached a referral from Dr. Omar Feld for new-onset atrial "
            "fibrillation. Patient is aware to expect your call. Insurance card and last two office notes "
            "are in the packet.\n\nThank you,\nPriya Nandakumar\nReferral Coordinator | Brookfield Medical Partners\n"
            "p 614-555-0110 | f 614-555-0111"
        ),
        atts=(
            Att(
                "Referral_Cardiology_Sept15.pdf",
                "application/pdf",
                pdf(
                    [
                        "BROOKFIELD MEDICAL PARTNERS - REFERRAL",
                        "Patient: Harlan Voss    DOB: 02/27/1954    MRN: 40228813",
                        "Referred to: Riverside Cardiology",
                        "Reason: New-onset atrial fibrillation (I48.91), CHA2DS2-VASc 3",
                        "Current meds: apixaban 5 mg BID, metoprolol succinate 50 mg",
                        "Referring: Omar Feld, MD",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="diagnosis only in subject line acknowledgement",
        notes="Hard positive: patient name and urgent breast-mass referral appear only in the subject of a terse reply.",
        frm=f"Dana Whitcombe <dwhitcombe@{BMP}>",
        to="intake@northgatebreastcenter.com",
        subject="RE: Okonkwo, Tamsin - palpable L breast mass, urgent referral",
        body="Received, thanks. Faxing the mammo order now.\n\nDana",
    ),
    Spec(
        phi=True,
        category="GI appointment confirmation to patient gmail",
        notes="Confirms colonoscopy consult for named patient at her personal gmail.",
        frm=REF,
        to="maureen.tibbits@gmail.com",
        subject="Your specialist appointment is booked",
        body=(
            "Dear Ms. Tibbits,\n\nWe have scheduled your consultation with Dr. Rashida Cole (Gastroenterology) "
            "on Tuesday, September 22 at 9:40 AM to discuss the colonoscopy Dr. Feld recommended after your "
            "positive stool test. Please bring your medication list.\n\nBrookfield Medical Partners Referral Office\n614-555-0110"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 REF^I12 referral to orthopaedics",
        notes="Hard positive: body is generic; patient name, MRN, address and knee osteoarthritis are only in the HL7 attachment.",
        frm=f"Interfaces <interfaces@{BMP}>",
        to="hl7intake@lakeviewortho.com",
        subject="Referral message RF-2026-0915-044",
        body="Attached referral message per our interface agreement. Reply with ACK.",
        atts=(Att("RF-2026-0915-044.hl7", "application/hl7-v2", HL7_REF),),
    ),
    Spec(
        phi=True,
        category="relative update on mother's sleep study referral",
        notes="Hard positive: son's personal mailbox told his mother Rosalind's sleep-study referral status.",
        frm=f"Priya Nandakumar <pnandakumar@{BMP}>",
        to="marcus.ebbing@outlook.com",
        subject="Re: your mom",
        body=(
            "Hi Marcus,\n\nYes - your mom Rosalind's referral to Lakeview Sleep went through this morning. "
            "They'll call her landline to set up the overnight study for the sleep apnea. If she hasn't heard by "
            "Friday let me know.\n\nPriya"
        ),
    ),
    Spec(
        phi=True,
        category="X12 278 prior authorization request for MRI",
        notes="Hard positive: member ID, name, DOB and MS diagnosis code only inside the X12 278 attachment.",
        frm=f"Prior Auth Team <priorauth@{BMP}>",
        to="edi-intake@hartlandhealthplan.com",
        subject="278 submission PA66-0915-03",
        body="Please process the attached 278. Clinicals to follow via portal.\n\nBMP Prior Auth",
        atts=(Att("PA66-0915-03.x12", "application/edi-x12", X12_278),),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility batch",
        notes="Hard positive: X12 270 batch with two patients' names, member IDs and DOBs, one for mental-health benefits.",
        frm=f"Prior Auth Team <priorauth@{BMP}>",
        to="batch@clearwaveclearinghouse.com",
        subject="270 batch 6602",
        body="Batch attached.",
        atts=(Att("ELIG66-0917.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="FHIR ServiceRequest pulmonology referral",
        notes="Hard positive: patient name, MRN and pulmonary fibrosis only inside the FHIR ServiceRequest attachment.",
        frm=f"Interfaces <interfaces@{BMP}>",
        to="fhir-inbox@summitlungassociates.org",
        subject="ServiceRequest ref-2026-0916-017",
        body="Posting failed on your endpoint (HTTP 503) so sending the resource by mail as agreed. Please load manually.",
        atts=(Att("ServiceRequest_ref-2026-0916-017.json", "application/fhir+json", FHIR_SR),),
    ),
    Spec(
        phi=True,
        category="C-CDA referral note to gastroenterology",
        notes="C-CDA referral note with patient name, address, DOB and Barrett esophagus.",
        frm=f"Priya Nandakumar <pnandakumar@{BMP}>",
        to="referrals@metrodigestivehealth.com",
        subject="Referral packet - EGD evaluation",
        body="Please see attached CCD referral note. Dr. Feld is available by phone for questions.\n\nPriya",
        atts=(Att("referral_note_ccda.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="multi-sheet open referral backlog workbook",
        notes="Workbook of open referrals by specialty with patient names, MRNs and reasons sent to partner network.",
        frm=f"Dana Whitcombe <dwhitcombe@{BMP}>",
        to="access@lakeviewhealthnetwork.org",
        subject="Open referrals > 30 days (for Thursday's access call)",
        body="Attached by specialty. Derm tab is the worst - can your team absorb some?\n\nDana Whitcombe\nReferral Office Supervisor",
        atts=(
            Att(
                "open_referrals_over30.xlsx",
                XLSX,
                xlsx(
                    {
                        "Dermatology": [
                            ["MRN", "Patient", "Reason", "Days open"],
                            [
                                "40114502",
                                "Carver, Ilse",
                                "Changing pigmented lesion L shoulder",
                                44,
                            ],
                            ["40390017", "Moyo, Tendai", "Psoriasis failing topicals", 38],
                        ],
                        "Neurology": [
                            ["MRN", "Patient", "Reason", "Days open"],
                            ["40287761", "Lindqvist, Arne", "Tremor, r/o Parkinson disease", 51],
                        ],
                        "Endocrinology": [
                            ["MRN", "Patient", "Reason", "Days open"],
                            ["40455120", "Oyelaran, Bisi", "Thyroid nodule 2.1 cm", 33],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="weekly referral tracking CSV to orthopaedic partner",
        notes="CSV of referred patients with names, DOBs and orthopaedic reasons.",
        frm=f"Priya Nandakumar <pnandakumar@{BMP}>",
        to="scheduling@lakeviewortho.com",
        subject="This week's ortho referrals",
        body="Hi team - 4 new this week, list attached. Two are post-op second opinions.\n\nThanks!\nPriya",
        atts=(
            Att(
                "ortho_referrals_wk38.csv",
                "text/csv",
                "patient_name,dob,reason,insurance,priority\r\n"
                "Dorian Quist,1971-04-22,R knee OA - TKA eval,Hartland PPO,routine\r\n"
                "Selma Brandt,1983-11-02,Recurrent shoulder dislocation,Keystone HMO,routine\r\n"
                "Ezekiel Fontaine,1960-07-19,Second opinion after failed L4-5 fusion,Medicare,urgent\r\n"
                "Ayumi Kessler,1995-01-30,ACL tear R,Hartland PPO,urgent\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="calendar invite to patient for neurology visit",
        notes="ICS invite to patient's personal mailbox for a neurology appointment about seizures.",
        frm=REF,
        to="j.abernathy77@icloud.com",
        subject="Appointment: Neurology consult - Brookfield Neurology",
        body="Dear Jonah Abernathy, your neurology consult for the seizure evaluation is attached as a calendar invite. Please arrive 15 minutes early.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brookfield Medical Partners//Referrals//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bmp-neuro-20260923-0910@brookfieldmedpartners.com\r\nDTSTAMP:20260915T140000Z\r\n"
            "DTSTART:20260923T141000Z\r\nDTEND:20260923T151000Z\r\n"
            "SUMMARY:Neurology consult (seizure evaluation) - Jonah Abernathy\r\n"
            "LOCATION:Brookfield Neurology\\, 400 Commons Dr Suite 210\r\n"
            "ORGANIZER:mailto:referrals@brookfieldmedpartners.com\r\nATTENDEE:mailto:j.abernathy77@icloud.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="password-protected referral packet zip",
        notes="Encrypted zip of a neurosurgery referral packet; body names the patient and the glioma referral.",
        frm=f"Dana Whitcombe <dwhitcombe@{BMP}>",
        to="intake@capitalneurosurgery.com",
        subject="Secure packet - referral",
        body=(
            "Attached is the packet for Mr. Stellan Orrick (new left frontal glioma on MRI). Password will "
            "come by phone from our office, not by e-mail.\n\nDana"
        ),
        atts=(
            Att(
                "Orrick_referral_packet.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "referral.txt": "Patient: Stellan Orrick DOB 1967-05-14 MRN 40661930\nMRI brain: 3.4 cm enhancing L frontal mass.\n",
                        "meds.txt": "Levetiracetam 500 mg BID; dexamethasone 4 mg q6h\n",
                    },
                    "Brk-0915-Orr!",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="insurance card image named after patient",
        notes="Hard positive: the only identifier is the patient name in the PNG file name, tied to a dermatology referral.",
        frm=f"Front Desk Westbury <frontdesk.westbury@{BMP}>",
        to="referrals@clearskydermatology.com",
        subject="card for the derm referral we faxed",
        body="Here's the card image you asked for. Front and back.",
        atts=(
            Att("Delgado_Ramona_insurance_card_front.png", "image/png", png(6, 4, (30, 90, 160))),
            Att("Delgado_Ramona_insurance_card_back.png", "image/png", png(6, 4, (220, 220, 220))),
        ),
    ),
    Spec(
        phi=True,
        category="school nurse letter about diabetes referral",
        notes="Letter to school nurse naming student, type 1 diabetes and endocrinology referral.",
        frm=f"Pediatrics Referral Desk <peds.referrals@{BMP}>",
        to="nurse.office@westburyschools.org",
        cc="k.halloran@gmail.com",
        subject="Care plan for Owen Halloran (grade 4)",
        body=(
            "Dear Nurse Petrakis,\n\nWith his mother's signed authorization on file, we are sending the interim "
            "diabetes care plan for Owen Halloran while he waits for his first pediatric endocrinology visit on "
            "October 2. He was diagnosed with type 1 diabetes last week. Insulin lispro per sliding scale before "
            "lunch; check glucose if shaky or confused.\n\nBrookfield Pediatrics"
        ),
    ),
    Spec(
        phi=True,
        category="work restriction letter to employer",
        notes="Employer HR told of named employee's shoulder surgery referral and lifting restriction.",
        frm=f"Priya Nandakumar <pnandakumar@{BMP}>",
        to="hr.leaves@tristatefreight.com",
        subject="Work status - Reginald Tamm",
        body=(
            "To Human Resources,\n\nPer the authorization Mr. Reginald Tamm signed on 9/14, he has been referred to "
            "orthopaedic surgery for a full-thickness rotator cuff tear. Until he is seen, no lifting over 10 lb "
            "with the right arm.\n\nReferral Office, Brookfield Medical Partners"
        ),
    ),
    Spec(
        phi=True,
        category="attorney records response",
        notes="Attorney sent summary of named client's post-accident referrals and diagnoses.",
        frm=f"Health Information Management <him@{BMP}>",
        to="paralegal@dunmoreandpike-law.com",
        subject="Records request - your client Celeste Ybarra",
        body=(
            "Counsel,\n\nIn response to your request with valid HIPAA authorization, Ms. Celeste Ybarra (DOB 08/11/1979) "
            "was referred from our practice to physical therapy (cervical strain, S13.4XXA) and to neurology "
            "(post-concussion syndrome) following the 6/2 collision. Certified copies ship via Ironbridge tomorrow.\n\n"
            "HIM Department"
        ),
    ),
    Spec(
        phi=True,
        category="terse MRN note to payer about echo denial",
        notes="Hard positive: terse note with MRN, echo procedure and denial; no name.",
        frm=f"Prior Auth Team <priorauth@{BMP}>",
        to="provider.relations@keystonemutual.com",
        subject="peer to peer",
        body="MRN 40072215 - ECHO w/ doppler denied x2, need P2P w/ Dr Feld this wk. 614-555-0113",
    ),
    Spec(
        phi=True,
        category="forwarded patient request to behavioral health partner",
        notes="Hard positive: patient's own email with depression/panic referral forwarded as message/rfc822.",
        frm=f"Dana Whitcombe <dwhitcombe@{BMP}>",
        to="intake@harborlightcounseling.org",
        subject="Fwd: question about the counselling referral",
        body="Can you see if you have an evening female clinician for her? Original attached.\n\nDana",
        forward=_patient_note,
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="specialist directory with NPIs",
        notes="Hard negative: clinician names, specialties and NPIs only; no patients.",
        frm=f"Dana Whitcombe <dwhitcombe@{BMP}>",
        to="referral-staff@lakeviewhealthnetwork.org",
        subject="Updated in-network specialist list (Sept)",
        body="Attached is our current specialist directory for your referral desk.",
        atts=(
            Att(
                "BMP_specialists_Sept2026.docx",
                DOCX,
                docx(
                    [
                        "Brookfield Medical Partners - Specialist Directory, September 2026",
                        "Omar Feld, MD - Internal Medicine - NPI 1629073416",
                        "Rashida Cole, MD - Gastroenterology (IBD, colon cancer screening) - NPI 1756082396",
                        "Anjali Rao, MD - Neurology (multiple sclerosis, migraine) - NPI 1302948678",
                        "Fax all referrals to 614-555-0111.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank referral form template",
        notes="Hard negative: blank form with field names (Patient Name, MRN, DOB, Diagnosis) but no values.",
        frm=REF,
        to="office@pinecrestfamilymed.com",
        subject="Our new referral form",
        body=(
            "Please use this form going forward:\n\nPatient Name: ____________  MRN: ________  DOB: __/__/____\n"
            "Diagnosis / ICD-10: ____________\nReason for referral: ______________________\n"
            "Insurance member ID: ____________\nUrgency: [ ] routine [ ] urgent\n\nThanks!"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate referral volume workbook",
        notes="Hard negative: referral counts by specialty and month across sheets; no individuals.",
        frm=f"Dana Whitcombe <dwhitcombe@{BMP}>",
        to="board@brookfieldmedpartners-advisory.org",
        subject="Q3 referral volumes",
        body="Q3 numbers attached. Leakage down 4 points.",
        atts=(
            Att(
                "Q3_referral_volumes.xlsx",
                XLSX,
                xlsx(
                    {
                        "By specialty": [
                            ["Specialty", "Jul", "Aug", "Sep"],
                            ["Cardiology", 212, 198, 230],
                            ["GI", 187, 176, 201],
                            ["Neurology", 95, 110, 102],
                        ],
                        "Leakage": [
                            ["Month", "In-network %"],
                            ["Jul", 71.2],
                            ["Aug", 73.9],
                            ["Sep", 75.4],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff huddle calendar invite",
        notes="Internal-style meeting invite to partner staff; no patients.",
        frm=f"Dana Whitcombe <dwhitcombe@{BMP}>",
        to="access@lakeviewhealthnetwork.org",
        subject="Access call - Thursdays 8:30",
        body="Recurring invite for our joint referral access call.",
        atts=(
            Att(
                "access_call.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BMP//EN\r\nBEGIN:VEVENT\r\nUID:bmp-access-call@brookfieldmedpartners.com\r\n"
                "DTSTAMP:20260914T120000Z\r\nDTSTART:20260917T123000Z\r\nDTEND:20260917T130000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=TH\r\n"
                "SUMMARY:BMP / Lakeview referral access call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA subject-line reminder to staff",
        notes="Hard negative: privacy training reminder mentioning MRNs and diagnoses generically; no patient.",
        frm=f"Privacy Officer <privacy@{BMP}>",
        to="coordinators@brookfieldmedpartners-staff.org",
        subject="Reminder: nothing clinical in subject lines",
        body=(
            "Team,\n\nQuick reminder after last month's audit: never put a patient name, MRN, DOB or diagnosis "
            "(e.g. 'cancer referral', 'HIV follow-up') in an e-mail subject. Use the referral number only. "
            "Annual HIPAA module due 9/30.\n\nMarisol Grady, Privacy Officer"
        ),
    ),
    Spec(
        phi=False,
        category="fax machine vendor service request",
        notes="Vendor mail about fax hardware.",
        frm=f"Dana Whitcombe <dwhitcombe@{BMP}>",
        to="service@tristateofficetech.com",
        subject="Fax #2 jamming again",
        body="Hi - the Brother unit in the referral office (serial on the sticker is U64021Z9) is jamming on every 3rd page. Can someone come Wednesday?",
    ),
    Spec(
        phi=False,
        category="FHIR sandbox synthetic patient",
        notes="Hard negative: FHIR Patient explicitly tagged synthetic ZZTEST sandbox record.",
        frm=f"Interfaces <interfaces@{BMP}>",
        to="integration@summitlungassociates.org",
        subject="Sandbox test resource for endpoint check",
        body="This is a synthetic test patient (ZZTEST) for your sandbox only. Not a real person. Please confirm it posts.",
        atts=(Att("zztest_patient.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="referral coordinator job posting",
        notes="Hard negative: job ad mentioning referrals, prior auth and ICD-10 skills; no patients.",
        frm=f"Talent <careers@{BMP}>",
        to="postings@ohiohealthcareers.com",
        subject="Job posting: Referral Coordinator II (full-time)",
        body="",
        html=(
            "<html><body><h2>Referral Coordinator II</h2><p>Brookfield Medical Partners seeks a coordinator to manage "
            "specialty referrals, prior authorizations (CPT/ICD-10 familiarity required) and patient scheduling. "
            "Epic experience preferred.</p><p>Apply at careers@brookfieldmedpartners.com.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="payer prior auth policy summary",
        notes="Hard negative: summary of payer policy on MRI CPT codes; no individuals.",
        frm=f"Prior Auth Team <priorauth@{BMP}>",
        to="frontdesk-leads@pinecrestfamilymed.com",
        subject="FYI Hartland PA changes Oct 1",
        body=(
            "Starting Oct 1 Hartland requires PA for CPT 70553 (MRI brain w/wo) and 72148 (MRI lumbar) unless the "
            "diagnosis is cancer-related (C codes). Submit via portal; turnaround 5 business days."
        ),
    ),
    Spec(
        phi=False,
        category="new neurologist announcement",
        notes="Hard negative: clinician bio listing diseases she treats; clinician not a patient.",
        frm=f"Communications <news@{BMP}>",
        to="referringoffices@pinecrestfamilymed.com",
        subject="Welcome Dr. Anjali Rao, Neurology",
        body=(
            "We're pleased to welcome Anjali Rao, MD (NPI 1302948678) to Brookfield Neurology. Dr. Rao completed "
            "fellowship at Case Western and focuses on multiple sclerosis, migraine and epilepsy. She is accepting "
            "new referrals starting October 5."
        ),
    ),
    Spec(
        phi=False,
        category="holiday hours notice",
        notes="Office closure notice.",
        frm=REF,
        to="office@pinecrestfamilymed.com",
        subject="Closed Monday Oct 12",
        body="The referral office will be closed Monday, October 12. Urgent referrals: call the on-call line 614-555-0119.",
    ),
    Spec(
        phi=False,
        category="conference registration confirmation with SSN-shaped number",
        notes="Hard negative: SSN-shaped number is a conference registration confirmation for a staff member.",
        frm=f"Dana Whitcombe <dwhitcombe@{BMP}>",
        to="registration@mgma-ohio.org",
        subject="Registration question - confirmation 418-22-7305",
        body="Hi, I registered for the Fall Access Summit (confirmation 418-22-7305) but need to switch to the virtual option. Thanks, Dana Whitcombe",
    ),
    Spec(
        phi=False,
        category="de-identified referral wait-time extract",
        notes="Hard negative: de-identified extract with age bands and wait days only.",
        frm=f"Quality Analytics <quality@{BMP}>",
        to="research@ohiostateaccessstudy.org",
        subject="De-identified extract per DUA 2026-14",
        body="Safe-harbor de-identified extract attached (no dates beyond year, ages banded, no ZIPs).",
        atts=(
            Att(
                "referral_waits_deid.csv",
                "text/csv",
                "study_id,age_band,sex,specialty,year,days_to_appt\r\nS0001,40-49,F,Cardiology,2026,18\r\nS0002,70-79,M,Neurology,2026,41\r\nS0003,20-29,F,Dermatology,2026,57\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML patient newsletter on specialist care",
        notes="General newsletter about specialty services; no individual.",
        frm=f"Brookfield Medical Partners <news@{BMP}>",
        to="subscribers@brookfieldmedpartners-news.com",
        subject="Fall update: new sleep lab and shorter wait times",
        body="",
        html=(
            "<html><body><h1>Fall at Brookfield</h1><p>Our new sleep lab opens in October. Snoring, daytime sleepiness? "
            "Ask your primary care doctor about a referral.</p><p>Average wait for dermatology is now 3 weeks.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="staff influenza exposure notice",
        notes="Hard negative: staff health notice with no individual named.",
        frm=f"Employee Health <employeehealth@{BMP}>",
        to="westbury-staff@brookfieldmedpartners-staff.org",
        subject="Flu exposure - Westbury 2nd floor",
        body="A team member on the 2nd floor has tested positive for influenza A. If you develop fever or cough, stay home and call Employee Health. Masks at the front desk through Friday.",
    ),
    Spec(
        phi=False,
        category="EHR downtime notice to partner",
        notes="IT downtime notice.",
        frm=f"IT Service Desk <itsupport@{BMP}>",
        to="access@lakeviewhealthnetwork.org",
        subject="Planned EHR downtime Sat 9/19 22:00-02:00",
        body="Referrals sent during the window will queue and deliver after 02:00. Use fax for urgent referrals.",
    ),
    Spec(
        phi=False,
        category="provider credentialing with DEA and NPI",
        notes="Hard negative: clinician's NPI and DEA for payer enrollment; provider identifiers are not PHI.",
        frm=f"Credentialing <credentialing@{BMP}>",
        to="enrollment@keystonemutual.com",
        subject="Enrollment follow-up: Dr. Rashida Cole",
        body=(
            "Following up on the enrollment application for Rashida Cole, MD, Gastroenterology.\nNPI: 1756082396\n"
            "DEA: BC4829175\nCAQH ID 16620931\nPlease confirm effective date."
        ),
    ),
    Spec(
        phi=False,
        category="thank-you note to partner clinic",
        notes="Ordinary courtesy mail.",
        frm=f"Priya Nandakumar <pnandakumar@{BMP}>",
        to="manager@clearskydermatology.com",
        subject="Thanks for the tour!",
        body="Thanks for showing us the new Dublin office yesterday - the team loved it. Coffee's on us next time.\n\nPriya",
    ),
    Spec(
        phi=False,
        category="referral turnaround policy document",
        notes="Hard negative: policy PDF describing how referrals with MRN/diagnosis are handled; no patients.",
        frm=f"Dana Whitcombe <dwhitcombe@{BMP}>",
        to="office@pinecrestfamilymed.com",
        subject="Referral policy v4",
        body="Attached is our updated referral turnaround policy.",
        atts=(
            Att(
                "Referral_Policy_v4.pdf",
                "application/pdf",
                pdf(
                    [
                        "BROOKFIELD MEDICAL PARTNERS - REFERRAL TURNAROUND POLICY v4",
                        "1. Urgent referrals (suspected cancer, new neuro deficit) scheduled within 5 business days.",
                        "2. Each referral must carry: patient name, MRN, DOB, diagnosis, reason, insurance.",
                        "3. Transmit only via Direct messaging, encrypted e-mail or fax.",
                    ],
                    "Referral Policy",
                ),
            ),
        ),
    ),
]
