"""Summit Ridge Rehabilitation Hospital: outbound mail that carries PHI."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, png, xlsx, zipped
from _spec import CFI, PSP, SRR, Att, Spec

SIG_CM = (
    "\n\nMarisol Vega, RN, CRRN\nCase Manager, Stroke Program\n"
    "Summit Ridge Rehabilitation Hospital\n(412) 555-0187 | fax (412) 555-0190"
)
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only "
    "for the addressee. If you received it in error, notify the sender and delete it."
)

ROSTER_CSV = (
    "last_name,first_name,dob,unit,admit_date,amputation_level,side,k_level_goal,prosthetist\r\n"
    "Whitfield,Jerome,1951-03-14,3 West,2026-11-02,transtibial,L,K2,pending\r\n"
    "Nakamura-Reyes,Lydia,1968-09-30,3 West,2026-11-04,transfemoral,R,K3,pending\r\n"
    "Oyelaran,Babatunde,1944-12-07,3 West,2026-11-05,transtibial,bilateral,K1,pending\r\n"
    "Szabo,Margit,1957-06-21,2 East,2026-11-06,partial foot (Chopart),L,K2,pending\r\n"
)

ADT_HL7 = (
    "MSH|^~\\&|SRR_EPIC|SUMMITRIDGE|CAREFLOW_INTAKE|CAREFLOW|20261111143022||ADT^A03|"
    "SRR8841207|P|2.5.1\r"
    "EVN|A03|20261111142900\r"
    "PID|1||SRR00418837^^^SRR^MR||Okafor^Denise^A||19790422|F|||2217 Linden Hollow Rd^^"
    "Bethel Park^PA^15102||(412)555-0144\r"
    "PV1|1|I|3W^314^A|||||1680785437^Raghunathan^Anjali^^^MD|||||||||||IP0099134|||||||||||"
    "||||||||||20261027|20261111\r"
    "DG1|1||S24.113D^Complete lesion at T7-T10 level of thoracic spinal cord, subsequent^I10\r"
    "DG1|2||T81.41XA^Infection following a procedure, superficial incisional surgical site^I10\r"
    "RXO|1|Ertapenem 1 g IV q24h x 14 days via R basilic PICC\r"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary - Summit Ridge Rehabilitation Hospital</title>
  <recordTarget><patientRole>
    <id extension="SRR00421590" root="2.16.840.1.113883.3.7720"/>
    <addr><streetAddressLine>48 Quarry View Ln</streetAddressLine><city>Canonsburg</city>
      <state>PA</state><postalCode>15317</postalCode></addr>
    <patient><name><given>Marcus</given><family>Thibodeaux</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19920215"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title>
      <text>Admitted 10/19/2026 after fall from ladder with diffuse axonal injury. Rancho level
      VI on admission, level VII at discharge. Post-traumatic headaches managed with
      amitriptyline 25 mg nightly. Discharge to Wexford Transitional Living on 11/12/2026.</text>
    </section></component>
    <component><section><title>Discharge Medications</title>
      <text>Amitriptyline 25 mg PO qHS; levetiracetam 500 mg PO BID; melatonin 3 mg qHS.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_837I = (
    "ISA*00*          *00*          *ZZ*SUMMITRIDGE    *ZZ*AVAILITY       *261110*1412*^*00501*"
    "000004471*0*P*:~GS*HC*SUMMITRIDGE*AVAILITY*20261110*1412*4471*X*005010X223A2~"
    "ST*837*0001*005010X223A2~BHT*0019*00*SRR4471*20261110*1412*CH~"
    "NM1*85*2*SUMMIT RIDGE REHABILITATION HOSPITAL*****XX*1101566879~"
    "NM1*IL*1*ABERNATHY*RUTH*E***MI*YPX884120337~DMG*D8*19460802*F~"
    "CLM*SRR2026100391*41870.00***11:A:1**A*Y*Y~DTP*434*RD8*20261001-20261024~"
    "HI*ABK:Z4781*ABF:Z89511*ABF:Z89512*ABF:E1151~"
    "SV2*0128*HC:0128*38400.00*DA*23~SV2*0420*HC:97110*3470.00*UN*46~"
    "SE*12*0001~GE*1*4471~IEA*1*000004471~"
)

DENIALS = xlsx(
    {
        "Open denials": [
            [
                "Claim #",
                "Patient",
                "Member ID",
                "DOS from",
                "DOS to",
                "Rev code",
                "Billed",
                "Denial reason",
            ],
            [
                "SRR2026090214",
                "Banks, Tyrell",
                "HGN40027715",
                "2026-08-30",
                "2026-09-19",
                "0128",
                38215.00,
                "CO-50 not medically necessary (IRF criteria)",
            ],
            [
                "SRR2026090377",
                "Al-Sayed, Fatima",
                "HGN40119042",
                "2026-09-04",
                "2026-09-16",
                "0128",
                22960.00,
                "CO-197 precert absent",
            ],
            [
                "SRR2026100051",
                "Kahale, Leilani",
                "HGN39871206",
                "2026-09-22",
                "2026-10-10",
                "0128",
                33470.00,
                "CO-50 not medically necessary",
            ],
        ],
        "Peer-to-peer": [
            ["Claim #", "Requested", "Physician", "Status"],
            ["SRR2026090214", "2026-11-12", "Dr. A. Raghunathan", "scheduled 2:00 PM"],
            ["SRR2026100051", "2026-11-13", "Dr. G. Achterberg", "awaiting payer callback"],
        ],
    }
)

RECORDS_ZIP = zipped(
    {
        "01_face_sheet.txt": (
            "SUMMIT RIDGE REHABILITATION HOSPITAL - FACE SHEET\n"
            "Patient: Hyun-woo Park   DOB: 07/11/1983   MRN: SRR00409966   SSN: 412-68-3307\n"
            "Admit: 09/08/2026   Discharge: 10/02/2026\n"
            "Primary dx: G82.21 Paraplegia, complete (T6 AIS A) after motorcycle collision\n"
            "Employer: Three Rivers Freight, Inc.\n"
        ),
        "02_pt_discharge_note.txt": (
            "PT discharge note - Hyun-woo Park\n"
            "Independent w/c level, independent sliding-board transfers, manual chair K0005.\n"
            "Not able to return to commercial driving duties. Recommend vocational rehab.\n"
        ),
        "03_authorization.txt": (
            "Authorization on file signed 10/28/2026 by Hyun-woo Park for release to "
            "Keystone Mutual Disability, claim LTD-2026-118804.\n"
        ),
    }
)

NEUROPSYCH = docx(
    [
        "Summit Ridge Rehabilitation Hospital - Neuropsychology Service",
        "Brief Neuropsychological Screening",
        "Patient: Agnieszka Nowak    DOB: 01/29/1961    MRN: SRR00420077",
        "Referral: anoxic brain injury after cardiac arrest 09/30/2026; capacity question re "
        "financial decisions.",
        "RBANS total index 71 (3rd percentile); delayed memory index 58.",
        "Impression: moderate amnestic deficits; does not currently demonstrate capacity to "
        "manage complex finances. Re-evaluate in 3 months.",
        "Gideon Achterberg, PhD, ABPP-CN",
    ]
)

WOUND_PNG = png(6, 6, (180, 90, 90))

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="discharge summary to PCP office",
        notes="Named stroke patient with DOB, discharge date and medication list sent to an "
        "outside primary care office.",
        frm=f"Marisol Vega <mvega@{SRR}>",
        to="Referrals Desk <referrals@lakeviewfamilymed.com>",
        subject="Discharge follow-up needed within 7 days",
        body=(
            "Good afternoon,\n\nYour patient Walter Kowalczyk (DOB 05/02/1949) is being "
            "discharged home from our stroke program on Friday 11/13. He was admitted 10/26 "
            "after a left MCA ischemic stroke with right hemiparesis and mild expressive "
            "aphasia.\n\nDischarge meds:\n- apixaban 5 mg BID\n- atorvastatin 80 mg daily\n"
            "- lisinopril 10 mg daily\n- sertraline 50 mg daily (post-stroke depression)\n\n"
            "He needs a PCP visit within 7 days for BP check and a BMP. Outpatient PT/OT/SLP "
            "is set up at our Bridgeville clinic starting 11/17.\n\nThank you," + SIG_CM + CONF
        ),
    ),
    Spec(
        phi=True,
        category="bed request with PHI only in subject",
        notes="Hard positive: the patient's name, injury level and admit date sit only in the "
        "subject; the body is a one-liner.",
        frm=f"Admissions <admissions@{SRR}>",
        to="Bed Board <bedboard@alleghenygeneralhealth.org>",
        subject="Okafor, Denise - T10 SCI - accepting 10/27, bed 3W-314",
        body="Accepted. Please send transport ETA and latest MAR when you have it.\n\n"
        "Summit Ridge Admissions\n(412) 555-0100",
    ),
    Spec(
        phi=True,
        category="therapist update to daughter's gmail",
        notes="Hard positive: first names only, but the recipient is the daughter and the "
        "message describes her father's stroke rehab progress and discharge planning.",
        frm=f"Kofi Mensah <kmensah@{SRR}>",
        to="carla.kowalczyk76@gmail.com",
        subject="Your dad's week in therapy",
        body=(
            "Hi Carla,\n\nJust a quick update like you asked. Your dad had a really good week - "
            "he walked 150 feet with the hemi-walker on Thursday with just standby assist, and "
            "he's doing the stairs with the rail now. His right hand is still the slow part "
            "since the stroke, so "
            "keep bringing the putty when you visit.\n\nFor the home visit on the 10th, please "
            "make sure the bathroom rug is gone and there's a chair near the front door.\n\n"
            "See you Saturday,\nKofi\n\nKofi Mensah, PT, DPT\nSummit Ridge Rehabilitation Hospital"
        ),
    ),
    Spec(
        phi=True,
        category="amputee roster CSV to prosthetics partner",
        notes="Hard positive: the body only says 'new referrals attached'; the CSV holds names, "
        "DOBs, admit dates and amputation levels.",
        frm=f"Amputee Program <amputeeprogram@{SRR}>",
        to=f"Brandon Ekwueme <bekwueme@{PSP}>",
        subject="New referrals for this week's clinic",
        body="Hi Brandon,\n\nFour new ones for Wednesday amputee clinic, list attached. Can you "
        "have someone bring shrinkers in sizes M and L?\n\nThanks,\nLauren\n\nLauren Ostrowski, "
        "OTR/L\nAmputee Program Coordinator",
        atts=(Att("amputee_clinic_referrals_wk46.csv", "text/csv", ROSTER_CSV),),
    ),
    Spec(
        phi=True,
        category="HTML team conference table",
        notes="HTML-only weekly team conference summary with patient names, rooms, FIM scores "
        "and estimated discharge dates.",
        frm=f"Dr. Anjali Raghunathan <araghunathan@{SRR}>",
        to=f"3 West Team <3west-team@{SRR}>",
        subject="Team conference 11/11 - 3 West",
        body="",
        html=(
            "<html><body><p>Team,</p><p>Summary from today's conference below. Please update "
            "ELOS in the chart by end of day.</p>"
            "<table border='1' cellpadding='4'><tr><th>Rm</th><th>Patient</th><th>Impairment"
            "</th><th>FIM adm</th><th>FIM now</th><th>Est. D/C</th><th>Barriers</th></tr>"
            "<tr><td>302</td><td>Whitfield, Jerome</td><td>L BKA (PVD)</td><td>71</td><td>88"
            "</td><td>11/20</td><td>wound at incision</td></tr>"
            "<tr><td>306</td><td>Quintanilla, Esperanza</td><td>R thalamic ICH</td><td>54</td>"
            "<td>69</td><td>11/25</td><td>neglect, needs 24h supervision</td></tr>"
            "<tr><td>314</td><td>Okafor, Denise</td><td>T10 AIS A</td><td>62</td><td>83</td>"
            "<td>11/11</td><td>home IV abx via CareFlow</td></tr>"
            "</table><p>Anjali</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="family conference calendar invite",
        notes="Hard positive: ICS invite for a named brain-injury patient's family conference "
        "sent to the mother's personal mailbox; body is just the invite text.",
        frm=f"Renee Castellanos <rcastellanos@{SRR}>",
        to="jthibodeaux.home@yahoo.com",
        subject="Invitation: Family meeting - Marcus",
        body="Hi Mrs. Thibodeaux, I've sent a calendar invite for Tuesday's family meeting with "
        "Marcus's team. You can also join by phone at (412) 555-0175.\n\nRenee Castellanos, "
        "LCSW",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Ridge//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:srr-fam-20261110-0311@summitridgerehab.org\r\n"
            "DTSTAMP:20261106T150000Z\r\nDTSTART:20261110T190000Z\r\nDTEND:20261110T200000Z\r\n"
            "SUMMARY:Family conference - Marcus Thibodeaux (TBI) - discharge to transitional "
            "living\r\nLOCATION:3 West conference room\r\n"
            "ORGANIZER:mailto:rcastellanos@summitridgerehab.org\r\n"
            "ATTENDEE:mailto:jthibodeaux.home@yahoo.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="wound photo named in file name",
        notes="Hard positive: the body is generic; the patient's name and wound site are only in "
        "the PNG file name.",
        frm=f"Tamika Greer <tgreer@{SRR}>",
        to="Wound Clinic <woundconsult@southhillsvascular.com>",
        subject="photo for tomorrow's consult",
        body="Photo from this morning attached as discussed. Measurements are in the consult "
        "order.\n\nTamika Greer, RN, CWOCN",
        atts=(Att("Abernathy_Ruth_sacral_stage3_2026-11-10.png", "image/png", WOUND_PNG),),
    ),
    Spec(
        phi=True,
        category="quiet handoff Mrs K room med change",
        notes="Hard positive: only 'Mrs. K', a room number and a medication change, sent to the "
        "covering hospitalist group.",
        frm=f"Dr. Anjali Raghunathan <araghunathan@{SRR}>",
        to="Covering Hospitalist <nightcover@alleghenyhospitalists.com>",
        subject="overnight heads-up 2E",
        body=(
            "Quick heads-up for tonight: Mrs. K in 2E-208 - stopped metoprolol tartrate 25 BID "
            "this afternoon for HR in the 50s and orthostasis during therapy. Started "
            "midodrine 5 mg TID (hold if SBP > 150 supine). Please call if HR < 50 or she has "
            "another syncopal episode.\n\nThanks - AR"
        ),
    ),
    Spec(
        phi=True,
        category="initials and DOB fitting list",
        notes="Hard positive: only initials with DOBs and amputation levels, sent to the "
        "prosthetics company.",
        frm=f"Lauren Ostrowski <lostrowski@{SRR}>",
        to=f"Yuki Sato <ysato@{PSP}>",
        subject="shrinker / liner sizing for Wed",
        body=(
            "Yuki - for Wednesday:\n\n"
            "J.W.  03/14/1951  L TT, residual limb 31 cm circ, needs shrinker size M\n"
            "L.N.  09/30/1968  R TF, still has drain, hold off on liner\n"
            "B.O.  12/07/1944  bilat TT, K1, wheelchair primary\n\n"
            "Thanks!\nLauren"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT discharge to infusion pharmacy",
        notes="Hard positive: the body only says the feed is attached; the HL7 A03 carries name, "
        "DOB, address, diagnosis and the IV antibiotic order.",
        frm=f"Interface Team <interfaces@{SRR}>",
        to=f"CareFlow Intake <intake@{CFI}>",
        subject="Resend: ADT A03 message that failed on your side",
        body="Hi - your interface engine rejected the attached A03 on 11/11 (segment length). "
        "Resending as a file so your intake team can key it manually.\n\nDale Heffernan\n"
        "Integration Analyst, Summit Ridge IT",
        atts=(Att("SRR8841207_A03.hl7", "application/hl7-v2", ADT_HL7),),
    ),
    Spec(
        phi=True,
        category="C-CDA to transitional living program",
        notes="C-CDA discharge summary of a named TBI patient attached; body generic.",
        frm=f"Health Information Management <him@{SRR}>",
        to="Admissions <admissions@wexfordtransitional.org>",
        subject="Transition of care document",
        body="Please find the transition of care document attached for tomorrow's admission.\n\n"
        "Summit Ridge HIM",
        atts=(Att("TOC_SRR00421590.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="837I claim file to clearinghouse",
        notes="Hard positive: institutional claim (X12 837I) with the patient's name, member id, "
        "DOB, stay dates and diagnosis codes, only in the attachment.",
        frm=f"Tomasz Wrobel <twrobel@{SRR}>",
        to="EDI Support <edisupport@availity-partners.com>",
        subject="Ticket 55219 - rejected batch sample",
        body="Hello,\n\nAs requested in ticket 55219, attached is the one claim from batch 4471 "
        "that keeps failing the 2300 loop edit. Can you tell us which element is off?\n\n"
        "Tomasz Wrobel\nPatient Financial Services",
        atts=(Att("batch4471_claim1.x12", "application/edi-x12", X12_837I),),
    ),
    Spec(
        phi=True,
        category="forwarded family email to payer case manager",
        notes="Case manager forwards a daughter's email (message/rfc822) about her mother's "
        "stroke recovery to the health plan case manager to support an extension request.",
        frm=f"Marisol Vega <mvega@{SRR}>",
        to="Utilization Review <ur-cm@highmarkgateway.com>",
        subject="FW: extension request support - Esperanza Quintanilla",
        body="Beth,\n\nForwarding the daughter's note as discussed - the family cannot provide "
        "24h supervision until 11/25. Requesting 7 more days. Member ID HGN40233871.\n\n"
        "Marisol" + SIG_CM,
        forward=Spec(
            phi=True,
            category="nested",
            notes="nested",
            frm="Rosa Quintanilla <rosaq.1985@outlook.com>",
            to=f"mvega@{SRR}",
            subject="my mother's discharge",
            body="Ms. Vega,\n\nI work nights at the hospital and my brother lives in Ohio. My "
            "mother still forgets her left side and fell trying to get up alone on Sunday. We "
            "can't bring her home on the 18th. Please ask the insurance for more time.\n\n"
            "Rosa Quintanilla\n(724) 555-0162",
        ),
    ),
    Spec(
        phi=True,
        category="social worker to waiver agency",
        notes="Named SCI patient with home address, diagnosis and equipment needs sent to a "
        "county waiver agency.",
        frm=f"Renee Castellanos <rcastellanos@{SRR}>",
        to="Intake <intake@alleghenyaaa.org>",
        subject="Waiver referral - home modification",
        body=(
            "Hello,\n\nReferring Denise Okafor, 47, 2217 Linden Hollow Rd, Bethel Park PA 15102, "
            "phone (412) 555-0144, SSN 538-21-4096 (needed for the Medicaid waiver "
            "application), for the home modification program. She has a complete T10 "
            "spinal cord injury and will be a full-time manual wheelchair user. The home has "
            "four front steps and a second-floor bathroom. She is discharging 11/11 with home "
            "IV antibiotics.\n\nThe signed consent is attached to the portal referral.\n\n"
            "Renee Castellanos, LCSW\nSummit Ridge Rehabilitation Hospital"
        ),
    ),
    Spec(
        phi=True,
        category="neuropsych report DOCX to outside neuropsychologist",
        notes="DOCX screening report with name, DOB, MRN, anoxic brain injury and capacity "
        "opinion.",
        frm=f"Gideon Achterberg <gachterberg@{SRR}>",
        to="Dr. Shira Feldstein <sfeldstein@pittneuropsychassoc.com>",
        subject="Screening results for your follow-up eval",
        body="Shira,\n\nAttached is my brief screen ahead of your full battery in February. "
        "Family is asking about guardianship, so the capacity piece matters.\n\nBest,\nGideon",
        atts=(Att("Nowak_A_neuropsych_screen.docx", DOCX, NEUROPSYCH),),
    ),
    Spec(
        phi=True,
        category="patient balance email to personal mailbox",
        notes="Billing tells a patient at yahoo.com her balance for an inpatient rehab stay with "
        "account number and dates.",
        frm=f"Patient Financial Services <billing@{SRR}>",
        to="ruth.abernathy46@yahoo.com",
        subject="Your Summit Ridge statement - account 7730418",
        body=(
            "Dear Ruth Abernathy,\n\nAfter your Medicare Advantage plan processed the claim for "
            "your inpatient rehabilitation stay from 10/01/2026 to 10/24/2026 (amputee program), "
            "your remaining balance is $412.50 (inpatient deductible).\n\nYou can pay online or "
            "call us at (412) 555-0120 to set up a payment plan.\n\nPatient Financial Services\n"
            "Summit Ridge Rehabilitation Hospital"
        ),
    ),
    Spec(
        phi=True,
        category="denials worklist XLSX to payer",
        notes="Hard positive: multi-sheet workbook with patient names, member ids, stay dates "
        "and denial reasons; body is a one-line meeting note.",
        frm=f"Tomasz Wrobel <twrobel@{SRR}>",
        to="Provider Relations <provrel@highmarkgateway.com>",
        subject="Worklist for Thursday's call",
        body="Hi Dana - worklist for Thursday attached (two tabs). Talk then.\n\nTomasz",
        atts=(Att("SRR_open_denials_nov.xlsx", XLSX, DENIALS),),
    ),
    Spec(
        phi=True,
        category="records release zip to disability insurer",
        notes="Zip of plain-text records (face sheet, PT note, authorization) for a named "
        "paraplegic patient sent to a disability carrier.",
        frm=f"Release of Information <roi@{SRR}>",
        to="Claims Intake <ltdclaims@keystonemutual.com>",
        subject="Records request LTD-2026-118804",
        body="Attached are the records requested under the enclosed authorization. Invoice "
        "for copying fees follows separately.\n\nRelease of Information\nSummit Ridge "
        "Rehabilitation Hospital",
        atts=(Att("ROI_LTD-2026-118804.zip", "application/zip", RECORDS_ZIP),),
    ),
    Spec(
        phi=True,
        category="therapy schedule to spouse icloud",
        notes="Hard positive: a patient's daily therapy schedule sent to his wife's personal "
        "mailbox; names and care appointments, no diagnosis.",
        frm=f"3 West Unit Secretary <3west@{SRR}>",
        to="linh.tran.family@icloud.com",
        subject="Bao's schedule for tomorrow",
        body=(
            "Hi Linh,\n\nHere is Bao's schedule for Wednesday so you can plan your visit:\n\n"
            "  8:00  OT - dressing/ADLs (room 318)\n  9:30  PT - gait, main gym\n"
            " 11:00  Speech - swallow study in radiology\n  1:30  PT - stairs\n"
            "  3:00  Dr. Raghunathan rounds\n\nThe best time to visit is after 3:30.\n\n"
            "3 West Unit Secretary"
        ),
    ),
    Spec(
        phi=True,
        category="Medicare eligibility question with MBI",
        notes="Patient name, MBI and admission date sent to a billing contractor to check "
        "benefit days.",
        frm=f"Tomasz Wrobel <twrobel@{SRR}>",
        to="Support <support@novitasbillingservices.com>",
        subject="Benefit period question",
        body=(
            "Hello,\n\nCan you confirm remaining lifetime reserve days for the following "
            "beneficiary before we bill?\n\nName: Jerome Whitfield\nMBI: 3TK7-WQ4-AH62\n"
            "Admission: 11/02/2026 (IRF, amputee program)\nPrior stay: acute 10/20-11/02 at "
            "Allegheny General\n\nThank you,\nTomasz Wrobel"
        ),
    ),
    Spec(
        phi=True,
        category="intrathecal baclofen refill to outside clinic",
        notes="Named patient with intrathecal baclofen pump settings sent to an outpatient "
        "spasticity clinic.",
        frm=f"Pharmacy <pharmacy@{SRR}>",
        to="Spasticity Clinic <spasticity@uppmc-neuro.org>",
        subject="ITB refill needed before discharge",
        body=(
            "Hi,\n\nTyrell Banks (DOB 08/19/1990) has an intrathecal baclofen pump; alarm date is "
            "12/01. Current dose 412 mcg/day simple continuous, reservoir 2000 mcg/mL. He "
            "discharges 11/20, so he will need a refill appointment at your clinic the week of "
            "11/23.\n\nThanks,\nFarah Desai, PharmD\nSummit Ridge Pharmacy"
        ),
    ),
    Spec(
        phi=True,
        category="diet order to son hotmail",
        notes="Hard positive: 'Mrs. Alvarez' with her dysphagia diet sent to her son's personal "
        "mailbox.",
        frm=f"Priya Nandakumar <pnandakumar@{SRR}>",
        to="d.alvarez.1979@hotmail.com",
        subject="Re: what can mom eat",
        body=(
            "Hi Daniel,\n\nGood question. For now Mrs. Alvarez is on a minced & moist diet with "
            "mildly thick liquids (IDDSI level 5 / level 2). Please don't bring in the tamales "
            "yet - we'll repeat her swallow study Friday and may be able to advance her.\n\n"
            "Priya Nandakumar, MS, CCC-SLP\n\n> Can we bring food from home for my mom on "
            "Sunday?"
        ),
    ),
]
