"""Coastal Ambulatory Surgery Center: scheduling, anesthesia, pre-op and admin mail (18 PHI, 18 not)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import ASC, SUG, Att, Spec

CSV = "text/csv"
PDF = "application/pdf"
DOCXT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSXT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ZIPT = "application/zip"
HL7T = "application/hl7-v2"
FHIRT = "application/fhir+json"
X12T = "application/edi-x12"

SIG = "\n\n--\nCoastal Ambulatory Surgery Center\n2200 Marina Pkwy, Suite 100 | (805) 555-0300\n"

ADT = (
    "MSH|^~\\&|CASC_PM|COASTALASC|SUG_EHR|SEASIDE|202611101412||SIU^S12|CASC88231|P|2.5.1\r"
    "SCH|88231||||||Routine|CYSTO|45|min\r"
    "PID|1||CASC-771902^^^CASC^MR||Abernathy^Lorna^J||19680417|F|||55 Pelican Way^^Camarillo^CA^93010"
    "||^PRN^PH^^^805^5550178\r"
    "DG1|1||N39.3^Stress incontinence (female) (male)^I10\r"
    "AIP|1||1127060089^Liu^Grace^^^MD|SURGEON\r"
)

X12 = (
    "ISA*00*          *00*          *ZZ*COASTALASC     *ZZ*AVAILITY       *261110*1530*^*00501*000004417*0*P*:~"
    "GS*HC*COASTALASC*AVAILITY*20261110*1530*4417*X*005010X223A2~ST*837*0001*005010X223A2~"
    "BHT*0019*00*4417*20261110*1530*CH~NM1*85*2*COASTAL AMBULATORY SURGERY CENTER*****XX*1532747288~"
    "NM1*IL*1*PRZYBYLSKI*JANINA****MI*H71928304~DMG*D8*19580326*F~"
    "CLM*CASC26-5512*2450.00***24:B:1*Y*A*Y*Y~HI*ABK:H25.11~SV2*0490*HC:66984*2450.00*UN*1~"
    "SE*10*0001~GE*1*4417~IEA*1*000004417~"
)

PHI: list[Spec] = [
    Spec(
        phi=True,
        category="pre-op call instructions to patient",
        notes="Pre-op nurse to a patient's gmail with arrival time, NPO and metformin hold.",
        frm=f"Pre-Op Nursing <preop@{ASC}>",
        to="Wendell Harrington <wharrington.sr@gmail.com>",
        subject="Your surgery on Thursday - instructions",
        body=(
            "Mr. Harrington,\n\nAs discussed on the phone: arrive at 6:15 am Thursday for your left\n"
            "inguinal hernia repair with Dr. Moreau. Nothing to eat after midnight; clear liquids until\n"
            "4:15 am. Do not take your metformin that morning, and skip the lisinopril too. Bring your\n"
            "CPAP. Someone must drive you home."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="HL7 SIU attachment",
        notes="Hard positive: HL7 v2 scheduling message with patient name, DOB, address and diagnosis.",
        frm=f"Interfaces <interfaces@{ASC}>",
        to=f"EHR Interfaces <interfaces@{SUG}>",
        subject="Resend SIU 88231 (failed ACK)",
        body="Your engine NAK'd this one on a segment length; resending the original.",
        atts=(Att("SIU_88231.hl7", HL7T, ADT),),
    ),
    Spec(
        phi=True,
        category="X12 837I claim",
        notes="Hard positive: X12 837 institutional claim with member id and cataract surgery, body is routine.",
        frm=f"Business Office <billing@{ASC}>",
        to="EDI Support <edisupport@claimbridge-clearing.com>",
        subject="Rejected batch 4417 - resubmitting",
        body="Batch 4417 was rejected for an ISA date issue; corrected file attached.",
        atts=(Att("CASC_4417.x12", X12T, X12),),
    ),
    Spec(
        phi=True,
        category="anesthesia pre-assessment concern",
        notes="Anesthesiologist to surgeon: patient surname, OSA, BMI, difficult airway.",
        frm=f"Dr. Ingrid Solvang <isolvang@{ASC}>",
        to="Dr. Luc Moreau <lmoreau@pacificgeneralsurg.com>",
        subject="Your 7:30 Thursday",
        body=(
            "Luc,\n\nLooked at Harrington for Thursday. BMI 44, untreated severe OSA (AHI 52), and a\n"
            "Mallampati IV. I'm not comfortable doing him here - he needs the hospital. Sorry for the\n"
            "late call. Happy to talk.\n\nIngrid Solvang, MD\nMedical Director, Anesthesia"
        ),
    ),
    Spec(
        phi=True,
        category="case list XLSX multi-sheet",
        notes="Workbook with tomorrow's cases by room, patient names, DOB, procedures and allergies.",
        frm=f"OR Scheduling <orsched@{ASC}>",
        to="Anesthesia Group <schedule@bayanesthesiapartners.com>",
        subject="Tomorrow's board",
        body="Board attached, one tab per room. Room 3 starts 30 min late.",
        atts=(
            Att(
                "board_1111.xlsx",
                XLSXT,
                xlsx(
                    {
                        "OR1": [
                            ["Time", "Patient", "DOB", "Procedure", "Surgeon", "Allergy"],
                            ["07:30", "Farah Siddiqui", "1983-07-21", "Lap cholecystectomy", "Moreau", "PCN"],
                            ["09:30", "Dmitri Volkov", "1960-12-02", "Umbilical hernia repair", "Moreau", "NKDA"],
                        ],
                        "OR3": [
                            ["Time", "Patient", "DOB", "Procedure", "Surgeon", "Allergy"],
                            ["08:00", "Rosalind Achebe", "1955-04-14", "Phaco/IOL right eye", "Tanaka", "Sulfa"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR appointment bundle",
        notes="Hard positive: FHIR JSON Appointment with patient display name and reason.",
        frm=f"Interfaces <interfaces@{ASC}>",
        to="Integration <integration@pacificgeneralsurg.com>",
        subject="FHIR appointment sample from prod (as requested)",
        body="Here is one real payload from this morning so you can see the extensions we send.",
        atts=(
            Att(
                "appointment_503118.json",
                FHIRT,
                '{"resourceType":"Appointment","id":"503118","status":"booked",'
                '"reasonCode":[{"text":"Right carpal tunnel release"}],'
                '"start":"2026-11-19T15:00:00Z",'
                '"participant":[{"actor":{"reference":"Patient/CASC-774410",'
                '"display":"Beatriz Montenegro"}},{"actor":{"display":"Hiro Tanaka MD"}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="post-op call log CSV",
        notes="Hard positive: next-day call log CSV with first names, phone numbers and complaints.",
        frm=f"PACU <pacu@{ASC}>",
        to=f"Quality <quality@{ASC}>",
        subject="post-op calls 11/10",
        body="Calls from yesterday. Two to flag.",
        atts=(
            Att(
                "postop_calls_1110.csv",
                CSV,
                "first,phone,procedure,status,note\n"
                "Keisha,805-555-0121,knee scope,ok,pain 3/10\n"
                "Oleg,805-555-0155,TURBT,flag,gross hematuria with clots\n"
                "Marisol,805-555-0192,lap chole,flag,vomiting since 2am\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="relative update text",
        notes="Hard positive: nurse to a husband's icloud: wife out of surgery, first name only.",
        frm=f"Surgical Waiting <waiting@{ASC}>",
        to="Dan Keller <dkeller77@icloud.com>",
        subject="Update from Coastal ASC",
        body=(
            "Hi Dan, Annette is out of surgery and in recovery. Dr. Tanaka said the cataract went\n"
            "smoothly. You can pick her up at door B in about 45 minutes."
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary",
        notes="C-CDA XML with patient name, DOB and procedure, sent to the referring urologist.",
        frm=f"Medical Records <him@{ASC}>",
        to=f"Records <records@{SUG}>",
        subject="Discharge summary",
        body="Summary of care for your patient attached (C-CDA).",
        atts=(
            Att(
                "summary_of_care.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">'
                "<title>Summary of Care</title><recordTarget><patientRole><id extension=\"CASC-772088\"/>"
                "<patient><name><given>Ifeanyi</given><family>Okafor</family></name>"
                '<birthTime value="19640930"/></patient></patientRole></recordTarget>'
                "<component><section><title>Procedures</title><text>Right ureteroscopy with laser "
                "lithotripsy and stent, 11/09/2026, Dr. Peter Nakamura.</text></section></component>"
                "</ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="incident report",
        notes="Incident report with patient name, fall in PACU and injury.",
        frm=f"Risk Management <risk@{ASC}>",
        to="Claims <claims@medprotectrrg.com>",
        subject="Notice of occurrence - 11/09",
        body=(
            "Per our policy, notice of occurrence: on 11/09/2026 at 13:40 patient Harold Bixby (DOB\n"
            "07/19/1941) fell while ambulating to the restroom in PACU after a cystoscopy under MAC.\n"
            "Laceration above the left eye, sutured in house; CT head negative at Community Memorial."
        ),
    ),
    Spec(
        phi=True,
        category="insurance verification",
        notes="Verification request with member id and planned procedure.",
        frm=f"Insurance Verification <verify@{ASC}>",
        to="Provider Relations <pr@goldcoasthealthplan.org>",
        subject="Auth status request",
        body=(
            "Checking on auth for member 1004478823 (Nadia Farouk), knee arthroscopy with partial\n"
            "medial meniscectomy, CPT 29881, scheduled 11/23. Ref# submitted 10/30.\n\nThank you,\nLeticia"
        ),
    ),
    Spec(
        phi=True,
        category="anesthesia record PDF",
        notes="PDF anesthesia record with name, MRN, ASA class and drugs given.",
        frm=f"Medical Records <him@{ASC}>",
        to="Billing <billing@bayanesthesiapartners.com>",
        subject="Anesthesia records 11/10",
        body="Record for the late case attached, the others went through the interface.",
        atts=(
            Att(
                "anes_record_CASC-770315.pdf",
                PDF,
                pdf(
                    [
                        "COASTAL AMBULATORY SURGERY CENTER - Anesthesia Record",
                        "Patient: Vivian Castellano   MRN CASC-770315   DOB 02/27/1977",
                        "Procedure: Hysteroscopy D&C   ASA II   Start 16:05  End 16:48",
                        "Agents: propofol 180 mg, fentanyl 100 mcg, ondansetron 4 mg",
                    ],
                    "Anesthesia record",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML table pre-op status",
        notes="HTML-only table with patient names and pre-op lab status (K+, INR).",
        frm=f"Pre-Admission Testing <pat@{ASC}>",
        to="Dr. Luc Moreau <lmoreau@pacificgeneralsurg.com>",
        subject="PAT status for Monday",
        body="",
        html=(
            "<html><body><p>Dr. Moreau, status for Monday:</p><table border=1>"
            "<tr><th>Patient</th><th>Labs</th><th>Clearance</th></tr>"
            "<tr><td>Ellis Thornbury</td><td>K 5.9 - repeat ordered</td><td>Cardiology pending</td></tr>"
            "<tr><td>Priya Raman</td><td>INR 1.1</td><td>Done</td></tr></table>"
            "<p>PAT Nursing</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient cancellation",
        notes="Hard positive: forwarded patient mail cancelling a colonoscopy for a chemo conflict.",
        frm=f"OR Scheduling <orsched@{ASC}>",
        to="Office <office@venturagi.com>",
        subject="FW: cancelling my procedure",
        body="FYI - your patient cancelled; slot released.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Marguerite Lacroix <mlacroix52@aol.com>",
            to=f"orsched@{ASC}",
            subject="cancelling my procedure",
            body=(
                "I need to cancel my colonoscopy on the 17th. My oncologist moved my chemo to that week.\n"
                "Marguerite Lacroix"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="payment receipt",
        notes="Receipt to patient's yahoo with procedure and amount paid.",
        frm=f"Business Office <billing@{ASC}>",
        to="Trevor Llewellyn <tllewellyn@yahoo.com>",
        subject="Payment received - thank you",
        body=(
            "Dear Trevor Llewellyn,\n\nWe received your payment of $650.00 toward your deductible for\n"
            "the knee arthroscopy on 10/28/2026 (account 7713420). Remaining balance: $0.00."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="wristband photo PNG",
        notes="Hard positive: PNG of a wristband named for the patient; body says only 'label issue'.",
        frm=f"PACU <pacu@{ASC}>",
        to=f"Biomed <biomed@{ASC}>",
        subject="label printer issue",
        body="Printer in PACU is smearing again - see pic.",
        atts=(Att("wristband_Gutierrez_Ana_DOB_1990-06-03.png", "image/png", png(8, 4, (240, 240, 240))),),
    ),
    Spec(
        phi=True,
        category="terse surgeon text",
        notes="Hard positive: terse note with last name, room and anticoagulant reversal.",
        frm=f"Dr. Ingrid Solvang <isolvang@{ASC}>",
        to=f"Charge RN <charge@{ASC}>",
        subject="OR2",
        body="Pruitt in OR2 still on eliquis - he took it last night. Cancel, reschedule after 72h hold.",
    ),
    Spec(
        phi=True,
        category="zip of consent forms",
        notes="Hard positive: ZIP of TXT consents with names and procedures for an audit.",
        frm=f"Compliance <compliance@{ASC}>",
        to="Surveyor <surveys@aaahc-accredit.org>",
        subject="Requested consent samples",
        body="The three requested consents are in the zip.",
        atts=(
            Att(
                "consent_samples.zip",
                ZIPT,
                zipped(
                    {
                        "consent_1.txt": "I, Jasper Nyberg, consent to cystoscopy with bladder biopsy by Dr. Grace Liu. 10/21/2026",
                        "consent_2.txt": "I, Soo-ah Park, consent to right carpal tunnel release by Dr. Hiro Tanaka. 10/22/2026",
                        "consent_3.txt": "I, Amadou Diallo, consent to vasectomy by Dr. Omar Haddad. 10/23/2026",
                    }
                ),
            ),
        ),
    ),
]

CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="block time release",
        notes="Hard negative: block time email with surgeon names and procedure types.",
        frm=f"OR Scheduling <orsched@{ASC}>",
        to=f"Tasha Greene <tgreene@{SUG}>",
        subject="Dec block utilization / release",
        body=(
            "Tasha,\n\nDr. Kessler's Tuesday block was at 61% in October. Per the bylaws we'll release\n"
            "unbooked time at 72h. Dr. Nakamura's ESWL Thursdays are fine at 88%.\n\nMonique"
        ),
    ),
    Spec(
        phi=False,
        category="anesthesia drug shortage",
        notes="Hard negative: drug shortage notice (sugammadex, ondansetron) no patients.",
        frm=f"Pharmacy <pharmacy@{ASC}>",
        to=f"Anesthesia <anesthesia@{ASC}>",
        subject="Shortage update: ondansetron 4 mg vials, sevoflurane",
        body=(
            "Ondansetron 4 mg/2 mL vials are on backorder through December; use 40 mg/20 mL multi-dose\n"
            "with the pharmacy labels. Sevoflurane: Baxter allocation 90%. Sugammadex supply normal."
        ),
    ),
    Spec(
        phi=False,
        category="staff meeting agenda",
        notes="Staff meeting agenda.",
        frm=f"Administrator <admin@{ASC}>",
        to=f"All Staff <staff@{ASC}>",
        subject="Staff meeting Wed 7am",
        body="Agenda: 1. Flu shot compliance (we're at 93%) 2. New sterilizer training 3. Holiday coverage",
    ),
    Spec(
        phi=False,
        category="HL7 test message",
        notes="Hard negative: HL7 message with a clearly labelled TEST patient for interface validation.",
        frm=f"Interfaces <interfaces@{ASC}>",
        to="Integration <integration@pacificgeneralsurg.com>",
        subject="Interface validation - TEST messages only",
        body="Test message from our TEST environment (processing id T). Patient is synthetic.",
        atts=(
            Att(
                "SIU_TEST_0001.hl7",
                HL7T,
                "MSH|^~\\&|CASC_PM|COASTALASC|PGS|PGS|202611091000||SIU^S12|TEST0001|T|2.5.1\r"
                "SCH|TEST0001||||||Routine|TEST|30|min\r"
                "PID|1||TEST-0001^^^CASC^MR||ZZTEST^PATIENT^ONE||19000101|U\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="quality aggregate XLSX",
        notes="Hard negative: XLSX of infection and transfer rates by specialty, aggregates only.",
        frm=f"Quality <quality@{ASC}>",
        to="Governing Board <board@coastalasc-holdings.com>",
        subject="Q3 quality indicators",
        body="Q3 indicators attached. Hospital transfers 0.2%, within benchmark.",
        atts=(
            Att(
                "Q3_quality.xlsx",
                XLSXT,
                xlsx(
                    {
                        "Summary": [["Indicator", "Q3"], ["Cases", "2,871"], ["Transfers", "6"], ["SSI", "3"]],
                        "By specialty": [
                            ["Specialty", "Cases", "Unplanned return"],
                            ["Urology", "744", "2"],
                            ["Ophthalmology", "1,102", "0"],
                            ["General surgery", "520", "3"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="credentialing packet",
        notes="Hard negative: surgeon credentialing with NPI, DEA, licence numbers; workforce data.",
        frm=f"Medical Staff Office <mso@{ASC}>",
        to="Dr. Hiro Tanaka <htanaka@tanakaeye.com>",
        subject="Reappointment - missing items",
        body=(
            "Dr. Tanaka,\n\nFor your reappointment we have NPI: 1499910945 and CA licence A-148823 on\n"
            "file. Still missing: current DEA certificate (BT1024087 expired 10/31) and your malpractice\n"
            "face sheet. Case logs for cataract and YAG are complete.\n\nMedical Staff Office"
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice SSN-shaped",
        notes="Hard negative: linen service invoice with an SSN-shaped account reference.",
        frm=f"Accounts Payable <ap@{ASC}>",
        to="AR <ar@tidewaterlinen.com>",
        subject="Remittance - acct 431-27-5508",
        body="Remittance for November linen service, acct 431-27-5508, check #22814, $4,112.60.",
    ),
    Spec(
        phi=False,
        category="open position posting",
        notes="Job posting for CRNA.",
        frm=f"HR <hr@{ASC}>",
        to="Listings <post@gaswork-listings.com>",
        subject="CRNA - per diem - Ventura County",
        body=(
            "Coastal ASC seeks per diem CRNAs. Case mix: urology (TURP, ureteroscopy), ophthalmology,\n"
            "GI, ortho. MAC and general, no peds under 12. $210/h."
        ),
    ),
    Spec(
        phi=False,
        category="pre-op instructions template",
        notes="Hard negative: generic pre-op instruction template to the patient-education vendor.",
        frm=f"Pre-Op Nursing <preop@{ASC}>",
        to="Content Team <content@printwellmed.com>",
        subject="Template update - NPO instructions",
        body=(
            "Please update the printed handout: no solid food after midnight; clear liquids up to 2 hours\n"
            "before arrival; GLP-1 injections (semaglutide, tirzepatide) held 7 days; SGLT2 inhibitors\n"
            "held 3 days. Diabetics: half dose of long-acting insulin the night before."
        ),
    ),
    Spec(
        phi=False,
        category="HTML newsletter",
        notes="HTML-only staff newsletter with employee recognition.",
        frm=f"Administrator <admin@{ASC}>",
        to=f"All Staff <staff@{ASC}>",
        subject="Coastal Currents - November",
        body="",
        html=(
            "<html><body><h1>Coastal Currents</h1><p>Congratulations to <b>Monique Fairbanks</b>, "
            "Employee of the Month, and to the sterile processing team for zero tray errors in October.</p>"
            "<p>Potluck Nov 24 in the break room.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="employee health reminder",
        notes="Hard negative: flu vaccine compliance reminder to staff (workforce, not patients).",
        frm=f"Employee Health <employeehealth@{ASC}>",
        to=f"All Staff <staff@{ASC}>",
        subject="Flu vaccine deadline Nov 30",
        body=(
            "Reminder: flu vaccination or a signed declination is due by Nov 30. Shots are in the\n"
            "staff lounge Tue/Thu 6:30-7:30. Masking applies to declined staff in clinical areas."
        ),
    ),
    Spec(
        phi=False,
        category="equipment service ticket",
        notes="Biomed ticket with device serial numbers (equipment, not patient devices).",
        frm=f"Biomed <biomed@{ASC}>",
        to="Service <service@stryker-field.com>",
        subject="Service ticket - arthroscopy tower",
        body="Camera head SN 1488SH20931 in OR4 has intermittent white balance loss. Loaner requested.",
    ),
    Spec(
        phi=False,
        category="de-identified registry export",
        notes="Hard negative: de-identified cataract outcomes CSV with year only and study ids.",
        frm=f"Quality <quality@{ASC}>",
        to="Registry <submit@eyeoutcomesregistry.org>",
        subject="Q3 submission (de-identified)",
        body="Q3 file attached. De-identified under Safe Harbor; no dates beyond year.",
        atts=(
            Att(
                "q3_cataract_deid.csv",
                CSV,
                "case_id,year,age_band,eye,preop_va,postop_va,complication\n"
                "C-0091,2026,70-74,OD,20/80,20/25,none\n"
                "C-0092,2026,65-69,OS,20/100,20/30,CME\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy PDF",
        notes="Hard negative: policy PDF on malignant hyperthermia drills, no patients.",
        frm=f"Nursing Education <education@{ASC}>",
        to=f"Perioperative Staff <periop@{ASC}>",
        subject="MH drill policy and schedule",
        body="Please read before the Nov 20 drill.",
        atts=(
            Att(
                "MH_drill_policy.pdf",
                PDF,
                pdf(
                    [
                        "COASTAL AMBULATORY SURGERY CENTER - Policy AN-07",
                        "Malignant hyperthermia: dantrolene (Ryanodex) stocked in OR core, 3 vials.",
                        "Quarterly drills; call MHAUS hotline; cool with iced saline.",
                    ],
                    "AN-07",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded vendor quote",
        notes="Forwarded rfc822 quote for sterilizer purchase.",
        frm=f"Administrator <admin@{ASC}>",
        to="CFO <cfo@coastalasc-holdings.com>",
        subject="FW: Quote - steam sterilizer",
        body="See below. I'd go with option B.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Sales <sales@steris-quotes.com>",
            to=f"admin@{ASC}",
            subject="Quote - steam sterilizer",
            body="Option A: AMSCO 400 $88,400. Option B: AMSCO 600 with trade-in $97,150. Valid 30 days.",
        ),
    ),
    Spec(
        phi=False,
        category="ICS staff meeting invite",
        notes="ICS calendar invite for a staff in-service, no patients.",
        frm=f"Nursing Education <education@{ASC}>",
        to=f"Perioperative Staff <periop@{ASC}>",
        subject="Invitation: Laser safety in-service",
        body="Mandatory for OR and PACU staff.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Coastal ASC//Education//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:h32-laser-1119@coastalasc.com\r\nDTSTAMP:20261109T160000Z\r\n"
            "DTSTART:20261119T150000Z\r\nDTEND:20261119T160000Z\r\n"
            "SUMMARY:Laser safety in-service (holmium and YAG)\r\nLOCATION:Conference Room A\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="prospective patient pricing inquiry",
        notes="Reply to a consumer at gmail with general cash prices; no statement about their care.",
        frm=f"Business Office <billing@{ASC}>",
        to="Ravi Shankar <ravi.shankar.ca@gmail.com>",
        subject="Re: self-pay price list",
        body=(
            "Hello,\n\nOur published self-pay facility fees are on coastalasc.com/prices. Examples:\n"
            "colonoscopy $1,150, cataract $1,900, carpal tunnel release $2,300. Surgeon and anesthesia\n"
            "fees are billed separately.\n\nBusiness Office"
        ),
    ),
    Spec(
        phi=False,
        category="DOCX meeting minutes",
        notes="Hard negative: MEC minutes DOCX discussing case volume and a surgeon's privileges.",
        frm=f"Medical Staff Office <mso@{ASC}>",
        to="Medical Executive Committee <mec@coastalasc-holdings.com>",
        subject="MEC minutes - November draft",
        body="Draft minutes attached for review.",
        atts=(
            Att(
                "MEC_minutes_Nov.docx",
                DOCXT,
                docx(
                    [
                        "Medical Executive Committee - November 2026",
                        "Privileges approved: Dr. Anika Kessler (robotic urology), Dr. Luc Moreau (lap hernia).",
                        "Peer review: two cases referred, both closed with no action.",
                        "Case volume up 8% over October.",
                    ]
                ),
            ),
        ),
    ),
]

MESSAGES = PHI + CLEAN
