"""Brightwater Urgent Care (brightwateruc.com): outbound mail of an urgent care chain (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nBrightwater Urgent Care | Eastgate . Riverside . North Hills\nMain line 555-0142 | brightwateruc.com"
CONF = "\n\nCONFIDENTIALITY NOTICE: This message may contain confidential information intended only for the addressee."

HL7_FEED = (
    "MSH|^~\\&|BWUC_EHR|EASTGATE|PCPLINK|NORTHSTARFM|202603171905||ORU^R01|BW260317001|P|2.5.1\r"
    "PID|1||UC0448213^^^BWUC^MR||KOWALCZYK^DOROTA^A||19710822|F|||48 Tamarack Ct^^Fenwick^OH^44102||555-0131\r"
    "PV1|1|O|EASTGATE^UC1||||1791463759^FERRANTE^MAYA\r"
    "OBR|1||L77120|4548-4^Hemoglobin A1c^LN|||20260317\r"
    "OBX|1|NM|2345-7^Glucose^LN||312|mg/dL|70-99|HH|||F\r"
    "OBX|2|TX|NOTE^Clinician note||New onset hyperglycemia, started metformin 500 mg BID, f/u PCP 48h||||||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|BWUC_EHR|NORTHHILLS|IMGVENDOR|CLOUDPACS|202603161030||ORM^O01|TEST0001|T|2.5.1\r"
    "PID|1||ZZ000001^^^BWUC^MR||ZZTEST^PATIENT^ONE||19000101|U\r"
    "ORC|NW|TST-1\r"
    "OBR|1|TST-1||73610^XR ANKLE 3V^CPT\r"
)

FHIR_COVID = """{
  "resourceType": "Bundle",
  "type": "message",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "bw-55120",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8857.1", "value": "UC0551207"}],
      "name": [{"family": "Abernathy", "given": ["Colette"]}],
      "birthDate": "1994-06-30",
      "address": [{"line": ["2210 Quarry Rd Apt 5"], "city": "Fenwick", "state": "OH", "postalCode": "44104"}]}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "94500-6", "display": "SARS-CoV-2 RNA NAA+probe Ql Resp"}]},
      "subject": {"reference": "Patient/bw-55120"},
      "effectiveDateTime": "2026-03-16T14:05:00-05:00",
      "valueCodeableConcept": {"text": "Detected"}}}
  ]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.14"/>
  <title>Referral Note - Brightwater Urgent Care Riverside</title>
  <effectiveTime value="20260318"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.8857.1" extension="UC0390114"/>
    <addr><streetAddressLine>77 Linden Way</streetAddressLine><city>Fenwick</city><state>OH</state><postalCode>44103</postalCode></addr>
    <patient><name><given>Tobias</given><family>Renwick</family></name><birthTime value="20090214"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section>
    <title>Problems</title>
    <text>Displaced fracture distal radius, left (S52.502A). Closed reduction attempted, splinted. Refer to orthopaedics within 5 days.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

X12_270 = (
    "ISA*00*          *00*          *ZZ*BRIGHTWATER    *ZZ*OHIOCARE       *260317*1022*^*00501*000000571*0*P*:~"
    "GS*HS*BRIGHTWATER*OHIOCARE*20260317*1022*571*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*BW571*20260317*1022~"
    "HL*1**20*1~NM1*PR*2*OHIO CARE HEALTH PLAN*****PI*77021~"
    "HL*2*1*21*1~NM1*1P*2*BRIGHTWATER URGENT CARE*****XX*1493588663~"
    "HL*3*2*22*0~TRN*1*93175-012547*9877281234~"
    "NM1*IL*1*DELACROIX*JEROME****MI*OCH448219007~DMG*D8*19650309~"
    "DTP*291*D8*20260317~EQ*UC~"
    "SE*12*0001~GE*1*571~IEA*1*000000571~"
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="urgent care visit summary to patient gmail",
        notes="Visit summary naming the patient, ankle sprain diagnosis and X-ray result sent to her gmail.",
        frm="Brightwater Riverside <riverside@brightwateruc.com>",
        to="hannah.pruitt88@gmail.com",
        subject="Your visit summary - Brightwater Riverside",
        body=(
            "Hi Hannah,\n\nThanks for coming in on Saturday. As discussed, your X-ray showed no fracture; "
            "Dr. Ferrante diagnosed a grade 2 lateral ankle sprain (right). Please:\n"
            "- keep the ankle wrapped and elevated\n- ibuprofen 600 mg every 8 hours with food, max 5 days\n"
            "- use the crutches until you can bear weight without pain\n\n"
            "If it is not improving in 10 days, follow up with your PCP or sports medicine." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="strep result to parent by first name",
        notes="Hard positive: only first names plus 'your son' and a positive strep result, sent to the mother's personal mailbox.",
        frm="Nurse Line <nurseline@brightwateruc.com>",
        to="dana.whitcombe@yahoo.com",
        subject="Re: throat culture",
        body=(
            "Hi Dana - Eli's throat culture came back positive for strep after all (the rapid test in the "
            "office was negative). Dr. Osei sent amoxicillin to the Walgreens on Pike St. He can go back to "
            "school after 12 hours on the antibiotic and no fever.\n\nJen, RN"
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA referral note to orthopaedics",
        notes="Referral of a named teen with a radius fracture to orthopaedics, C-CDA with DOB and address.",
        frm="Riverside Referrals <referrals@brightwateruc.com>",
        to="intake@keystoneortho.com",
        subject="Referral - fracture follow-up",
        body=(
            "Keystone Ortho intake,\n\nPlease schedule Tobias Renwick (DOB 02/14/2009) for fracture follow-up "
            "this week. Left distal radius fracture, splinted in clinic 3/18. Referral note and images CD "
            "request attached. Mother's cell 555-0117." + SIG + CONF
        ),
        atts=(Att("Renwick_T_referral.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="rash photo named after patient to teledermatology",
        notes="Hard positive: body is generic; the patient's full name and 'rash' appear only in the PNG file name sent to an outside teledermatology service.",
        frm="Dr. Maya Ferrante <mferrante@brightwateruc.com>",
        to="consults@derm-econsult.net",
        subject="eConsult photo #2",
        body="Second image as requested, taken with the clinic tablet under room light. Thanks.",
        atts=(Att("Priya_Natarajan_rash_forearm_0316.png", "image/png", png(6, 6, (190, 90, 80))),),
    ),
    Spec(
        phi=True,
        category="workers compensation first report of injury",
        notes="First report of injury PDF naming the employee, SSN, hand laceration and sutures, sent to the employer's comp carrier.",
        frm="Brightwater Billing <billing@brightwateruc.com>",
        to="claims.intake@buckeyemutualcomp.com",
        subject="FROI - Eastgate 3/16 - employer Halvorsen Cabinetry",
        body="Please find the first report of injury for yesterday's visit. Let us know the claim number once assigned."
        + SIG,
        atts=(
            Att(
                "FROI_Halvorsen_0316.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER URGENT CARE - EASTGATE",
                        "FIRST REPORT OF INJURY / PHYSICIAN REPORT",
                        "Employee: Marcus T. Leaphart   SSN: 412-58-3307   DOB: 11/02/1986",
                        "Employer: Halvorsen Cabinetry, 900 Mill St, Fenwick OH",
                        "Date of injury: 03/16/2026   Date seen: 03/16/2026",
                        "Injury: 4 cm laceration left palm from table saw (S61.412A)",
                        "Treatment: irrigation, 6 sutures (CPT 12002), Tdap given",
                        "Work status: modified duty, no use of left hand x 7 days",
                        "Provider: Kwame Osei, MD",
                    ],
                    "First report of injury",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 result feed to PCP practice",
        notes="Hard positive: body only says the feed is attached; the HL7 ORU names a patient with glucose 312 and new metformin.",
        frm="Interfaces <interfaces@brightwateruc.com>",
        to="hie-inbox@northstarfamilymed.org",
        subject="Resend: ORU batch 0317",
        body="Resending last night's batch that your engine rejected (segment terminator issue). One message.",
        atts=(Att("BW260317001.hl7", "application/hl7-v2", HL7_FEED),),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry to payer",
        notes="Hard positive: X12 270 names a member with ID and DOB for an urgent-care eligibility check; body is bare.",
        frm="Front Desk Eastgate <eastgate@brightwateruc.com>",
        to="edi-support@ohiocarehealth.com",
        subject="270 rejected twice - please advise",
        body="Hi, this 270 keeps coming back with AAA 72. File attached. Thx, Eastgate front desk",
        atts=(Att("elig_0317_571.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="school return note for influenza",
        notes="Return-to-school note naming a student and an influenza A diagnosis, sent to the school nurse.",
        frm="Brightwater North Hills <northhills@brightwateruc.com>",
        to="nurse.office@fenwickcityschools.org",
        subject="School excuse - Ava Lindqvist, grade 4",
        body=(
            "To the school nurse,\n\nAva Lindqvist was seen at Brightwater North Hills on 3/17/2026 and "
            "tested positive for influenza A. She is on oseltamivir and may return to school on 3/20 if "
            "fever-free for 24 hours without medication.\n\nExcuse from school 3/17 through 3/19.\n\n"
            "Alicia Brandt, PA-C" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Medicare patient balance letter with MBI",
        notes="Letter to a Medicare patient's AOL address with her MBI, account number and balance for an urgent care visit.",
        frm="Patient Accounts <accounts@brightwateruc.com>",
        to="gloria.fenn41@aol.com",
        subject="Your Brightwater account",
        body=(
            "Dear Mrs. Fenn,\n\nMedicare processed the claim for your 2/26/2026 visit at our Eastgate location "
            "(account 20066173). Medicare MBI: 3KQ7-HN2-WT58. Your supplement denied the coinsurance because "
            "the policy number on file has expired, so a balance of $38.12 remains.\n\nCould you reply with a "
            "photo of your current supplement card? We will rebill and you may owe nothing.\n\nThank you,\nRenee, Patient Accounts"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="terse INR handoff to PCP",
        notes="Hard positive: abbreviated note with a patient's last name, initial and DOB, INR 4.8 and warfarin hold.",
        frm="Dr. Kwame Osei <kosei@brightwateruc.com>",
        to="frontdesk@pikestreetinternal.com",
        subject="pt of yours seen today",
        body="Vang, K. 02/11/58 -- INR 4.8 on POC, no bleeding. Told to hold warfarin x2 doses, recheck Thurs at your office. Pls confirm you got this.\nKO",
    ),
    Spec(
        phi=True,
        category="FHIR COVID result to public health",
        notes="Hard positive: FHIR bundle alone carries a named patient with address and a detected SARS-CoV-2 result.",
        frm="Interfaces <interfaces@brightwateruc.com>",
        to="elr-onboarding@odh-reporting.org",
        subject="ELR onboarding - production sample per your request",
        body="As requested for validation, one production message from 3/16. Please delete after review.",
        atts=(Att("elr_bw-55120.json", "application/fhir+json", FHIR_COVID),),
    ),
    Spec(
        phi=True,
        category="records release zip to attorney",
        notes="Records for a named dog-bite patient sent to a personal-injury attorney as a zip of visit notes.",
        frm="Health Information <him@brightwateruc.com>",
        to="paralegal@strandbergpi-law.com",
        subject="Records request - Ellison, Corey (authorization on file)",
        body=(
            "Ms. Duarte,\n\nPer the signed HIPAA authorization received 3/9, enclosed are the records for Corey "
            "Ellison, DOS 01/30/2026 and 02/06/2026 (dog bite, right calf; wound recheck). Our invoice for copying "
            "is included.\n\nHealth Information Management" + SIG
        ),
        atts=(
            Att(
                "Ellison_C_records.zip",
                "application/zip",
                zipped(
                    {
                        "visit_2026-01-30.txt": "BRIGHTWATER URGENT CARE\nPatient: Corey Ellison  DOB 07/19/1979\nCC: dog bite R calf. 2 puncture wounds, irrigated, not sutured. Amox-clav 875 mg BID x5d. Rabies risk discussed; animal control notified.\n",
                        "visit_2026-02-06.txt": "Patient: Corey Ellison\nWound recheck: healing, mild erythema resolved. Return prn.\n",
                        "invoice.txt": "Copy fee: $6.50 (2 visits)\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="allergy callback in subject line",
        notes="Hard positive: the patient's initial, surname, DOB and an amoxicillin allergy appear only in the subject; body is one line.",
        frm="Eastgate Nursing <eastgate.rn@brightwateruc.com>",
        to="rx@fenwickfamilypharmacy.com",
        subject="Rx callback - J. Okafor DOB 7/9/88 - PCN/amoxicillin ALLERGY, cancel amox script",
        body="Please call us at 555-0142 x3 before filling. Thanks.",
    ),
    Spec(
        phi=True,
        category="suture removal appointment invite",
        notes="Hard positive: calendar invite to the patient's gmail names him and the suture removal visit; body is a short note.",
        frm="Brightwater Eastgate <eastgate@brightwateruc.com>",
        to="m.leaphart86@gmail.com",
        subject="Appointment: suture removal",
        body="Your follow-up is booked. Add it to your calendar with the attached invite.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brightwater//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bw-appt-88120@brightwateruc.com\r\nDTSTAMP:20260317T120000Z\r\n"
            "DTSTART:20260323T141500Z\r\nDTEND:20260323T143000Z\r\n"
            "SUMMARY:Marcus Leaphart - suture removal L palm (Dr. Osei)\r\n"
            "LOCATION:Brightwater Eastgate\\, 3100 E Main St\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="immunization record to patient",
        notes="Tdap and flu immunization record for a named patient sent to his outlook address.",
        frm="Brightwater North Hills <northhills@brightwateruc.com>",
        to="r.castellanos@outlook.com",
        subject="Your immunization record",
        body=(
            "Mr. Castellanos,\n\nAs requested, here is the record of vaccines given at Brightwater:\n\n"
            "  Tdap (Boostrix) lot 7HN22  - 03/17/2026 - left deltoid\n"
            "  Influenza (Flucelvax) lot 3312 - 10/04/2025 - right deltoid\n\n"
            "Your DOB on file is 05/05/1990. Show this to your nursing program." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="unpaid balances workbook to collection agency",
        notes="Multi-sheet workbook of named patients, account numbers, visit dates and balances sent to a collection agency.",
        frm="Patient Accounts <accounts@brightwateruc.com>",
        to="placements@midstatecollect.com",
        subject="March placements - Brightwater",
        body="Attached are this month's placements (120+ days, statements x3). BAA on file. Please confirm receipt.\n\nRenee Faulk\nPatient Accounts Supervisor",
        atts=(
            Att(
                "BW_placements_2026-03.xlsx",
                XLSX,
                xlsx(
                    {
                        "Placements": [
                            ["Account", "Guarantor", "Patient", "DOS", "Site", "Balance"],
                            [
                                "20051877",
                                "Greer, Lionel",
                                "Greer, Lionel",
                                "2025-10-11",
                                "Riverside",
                                145.0,
                            ],
                            [
                                "20052210",
                                "Moss, Tanya",
                                "Moss, Kaylee (minor)",
                                "2025-10-19",
                                "Eastgate",
                                212.4,
                            ],
                            [
                                "20053002",
                                "Baptiste, Hugo",
                                "Baptiste, Hugo",
                                "2025-11-02",
                                "North Hills",
                                89.0,
                            ],
                        ],
                        "Addresses": [
                            ["Account", "Street", "City", "ZIP", "Phone"],
                            ["20051877", "14 Orchard Ln", "Fenwick", "44102", "555-0166"],
                            ["20052210", "903 Kessler Ave", "Dover Heights", "44110", "555-0172"],
                            ["20053002", "5 Ridge Ct", "Fenwick", "44103", "555-0109"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only flu test result notification",
        notes="HTML-only message to the patient's icloud address naming her and giving a negative rapid flu result.",
        frm="Brightwater Results <results@brightwateruc.com>",
        to="tess.odonoghue@icloud.com",
        subject="Your test result is ready",
        body="",
        html=(
            "<html><body style='font-family:Arial'><h2 style='color:#0a6e8a'>Brightwater Urgent Care</h2>"
            "<p>Hello Tess O'Donoghue,</p><p>Your <b>rapid influenza A/B test</b> from 3/18/2026 was "
            "<b>negative</b>. Your cough is most likely viral; rest, fluids and the benzonatate prescribed should help.</p>"
            "<p>Questions? Call 555-0142.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="misdirected results to lookalike domain",
        notes="Urine culture result for a named patient sent to a look-alike of the PCP's domain; still PHI.",
        frm="Nurse Line <nurseline@brightwateruc.com>",
        to="results@pikestreetinternal.co",
        subject="Culture result for your patient",
        body=(
            "Dr. Ahn's office,\n\nFYI your patient Maribel Sotomayor (DOB 8/30/1963) was seen here 3/14 for dysuria. "
            "Urine culture: >100,000 CFU/mL E. coli, resistant to TMP-SMX. We called her and switched her to "
            "nitrofurantoin 100 mg BID x5 days.\n\nBrightwater Nurse Line" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient billing question to billing vendor",
        notes="Hard positive: forward to the billing vendor of a patient's own email about a bill for her daughter's stitches.",
        frm="Patient Accounts <accounts@brightwateruc.com>",
        to="support@claimbridge-rcm.com",
        subject="Fwd: charged twice?",
        body="Can you check whether this was billed twice to Anthem? Thanks - Renee",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Lorna Vukovich <lornav72@gmail.com>",
            to="accounts@brightwateruc.com",
            subject="charged twice?",
            body="Hello, I got two statements for my daughter Mila's stitches on her chin on Feb 21 (acct 20061194). I paid $75 copay at the desk. Why do I owe $75 again?\nLorna Vukovich",
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="new clinician announcement HTML",
        notes="Hard negative: HTML-only newsletter bio of a new physician with her NPI and interests in asthma and diabetes; no patient.",
        frm="Brightwater Urgent Care <news@brightwateruc.com>",
        to="community-list@brightwateruc.com",
        subject="Meet Dr. Maya Ferrante, now at Riverside",
        body="",
        html=(
            "<html><body><h1>Welcome, Dr. Maya Ferrante</h1><p>Dr. Ferrante (NPI 1791463759) is board certified in "
            "family medicine and joins our Riverside clinic. She has a special interest in childhood asthma, "
            "type 2 diabetes and sports injuries, and speaks Spanish and Italian.</p>"
            "<p>Walk in 8 am - 8 pm, 7 days a week.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="weekly visit volume by site workbook",
        notes="Hard negative: multi-sheet aggregate visit counts by site and diagnosis group for a consultant; no individuals.",
        frm="Operations <ops@brightwateruc.com>",
        to="analytics@harborlinehealthadvisors.com",
        subject="Week 11 volumes",
        body="Week 11 numbers attached. Flu is finally dropping; lacerations up with the warm weekend.\n\nTom",
        atts=(
            Att(
                "BW_volumes_wk11.xlsx",
                XLSX,
                xlsx(
                    {
                        "By site": [
                            ["Site", "Visits", "Door-to-doc (min)"],
                            ["Eastgate", 612, 18],
                            ["Riverside", 488, 22],
                            ["North Hills", 401, 15],
                        ],
                        "By dx group": [
                            ["Dx group", "Visits"],
                            ["Influenza-like illness", 214],
                            ["Laceration", 97],
                            ["UTI", 81],
                            ["Sprain/strain", 133],
                        ],
                        "Trend": [["Week", "Total"], [9, 1712], [10, 1604], [11, 1501]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice amoxicillin suspension",
        notes="Hard negative: drug shortage and substitution guidance for clinicians; no patient.",
        frm="Pharmacy & Therapeutics <pt-committee@brightwateruc.com>",
        to="clinicians@brightwateruc.com",
        cc="medstaff@northstarfamilymed.org",
        subject="SHORTAGE: amoxicillin 400 mg/5 mL suspension",
        body=(
            "All,\n\nOur wholesaler has amoxicillin 400 mg/5 mL suspension on allocation through at least April. "
            "Until further notice:\n1. Prefer 250 mg/5 mL and adjust volume.\n2. For children who can swallow, "
            "consider chewable tablets.\n3. Do not switch to cefdinir for simple otitis media just because of the shortage.\n\n"
            "P&T Committee"
        ),
    ),
    Spec(
        phi=False,
        category="interview invitation to RN applicant",
        notes="Hard negative: interview invite to an applicant's gmail describing the conditions the job treats; no patient.",
        frm="Careers <careers@brightwateruc.com>",
        to="kayla.brenner.rn@gmail.com",
        subject="Interview - RN, Urgent Care (Riverside)",
        body=(
            "Hi Kayla,\n\nThanks for applying. We'd like to interview you Thursday 3/26 at 10:00 at Riverside.\n\n"
            "About the role: you will triage and treat walk-in patients with fractures, lacerations, asthma exacerbations, UTIs "
            "and chest pain; start IVs; splint; give vaccines. 3x12s, $38-46/hr, sign-on bonus.\n\n"
            "Bring your RN licence and BLS/PALS cards.\n\nTasha Greene, Talent Acquisition"
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training reminder with fictional example",
        notes="Hard negative: annual HIPAA training email whose only patient example is explicitly fictional.",
        frm="Compliance <compliance@brightwateruc.com>",
        to="allstaff@brightwateruc.com",
        subject="Annual HIPAA training due 3/31",
        body=(
            "Team,\n\nAnnual HIPAA/Privacy training is due March 31. New this year: the module on texting.\n\n"
            "Example from the module (fictional): a front-desk worker texts 'John Sample, 40s, here for STD test' to a "
            "coworker's personal phone. Why is this a breach? Complete the module to find out.\n\n"
            "Compliance Office"
        ),
    ),
    Spec(
        phi=False,
        category="supply purchase order with SSN-shaped PO number",
        notes="Hard negative: supply order whose PO number is formatted like an SSN; vendor mail only.",
        frm="Purchasing <purchasing@brightwateruc.com>",
        to="orders@tristatemedsupply.com",
        subject="PO 418-22-7391 - splints and suture kits",
        body=(
            "Please ship to Eastgate (3100 E Main St, Fenwick OH 44102):\n\n"
            "  PO 418-22-7391\n  40 x SAM splint 36in\n  25 x 4-0 nylon suture kits\n  10 x cases nitrile gloves M\n\n"
            "Net 30. Thanks,\nPurchasing"
        ),
    ),
    Spec(
        phi=False,
        category="site closure staff notice",
        notes="Staff notice of a site closure for flooring work; no health information.",
        frm="Operations <ops@brightwateruc.com>",
        to="eastgate-staff@brightwateruc.com",
        subject="Eastgate closed Sun 3/22 - report to Riverside",
        body="Eastgate closes Sunday for floor replacement. Scheduled staff report to Riverside at the normal time. Parking in the back lot.",
    ),
    Spec(
        phi=False,
        category="flu shot walk-in marketing",
        notes="Marketing for walk-in flu and Tdap shots to the public list, not segmented by condition.",
        frm="Brightwater Urgent Care <news@brightwateruc.com>",
        to="subscribers@list.brightwateruc.com",
        subject="No appointment? No problem.",
        body="Walk-in flu shots and Tdap boosters at all three Brightwater locations, 8 am - 8 pm. Most insurance accepted.\n\nUnsubscribe: brightwateruc.com/unsub",
        html="<html><body><p><b>Walk-in flu shots and Tdap boosters</b> at all three Brightwater locations.</p><img src='cid:logo' alt='logo'></body></html>",
        atts=(Att("brightwater_logo.png", "image/png", png(8, 4, (10, 110, 138))),),
    ),
    Spec(
        phi=False,
        category="imaging interface test messages",
        notes="Hard negative: HL7 test order for an obviously fake ZZTEST patient sent to the imaging vendor for interface testing.",
        frm="Interfaces <interfaces@brightwateruc.com>",
        to="integration@cloudpacs-imaging.com",
        subject="North Hills go-live: test ORM attached",
        body="Test order from our TEST environment (processing ID T, ZZTEST patient). Please confirm it lands in your staging worklist.",
        atts=(Att("ORM_test_northhills.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="IT password expiry notice",
        notes="IT notice about password expiry and MFA; no health information.",
        frm="IT Help Desk <helpdesk@brightwateruc.com>",
        to="allstaff@brightwateruc.com",
        subject="Passwords expire Friday - enroll in MFA",
        body="Reminder: all EHR passwords expire Friday 3/20. Enroll your phone in MFA before then at https://sso.brightwateruc.com/enroll. Call x5000 with issues.",
    ),
    Spec(
        phi=False,
        category="unnamed staff COVID exposure notice",
        notes="Hard negative: staff exposure notice about an unnamed coworker; no identifiable individual.",
        frm="Employee Health <employeehealth@brightwateruc.com>",
        to="riverside-staff@brightwateruc.com",
        subject="Exposure notice - Riverside",
        body=(
            "A Riverside team member tested positive for COVID-19 on 3/17. Contact tracing found no close "
            "contacts among staff or patients. Please monitor for symptoms for 10 days and test if you develop "
            "any. Masks are optional but recommended this week.\n\nEmployee Health"
        ),
    ),
    Spec(
        phi=False,
        category="payer fee schedule CSV",
        notes="Hard negative: fee schedule with CPT codes and rates negotiated with a payer; no patients.",
        frm="Managed Care <contracts@brightwateruc.com>",
        to="provider.contracting@ohiocarehealth.com",
        subject="Proposed 2026-27 fee schedule",
        body="Attached is our proposed schedule for the renewal. We'd like to discuss the laceration repair codes.\n\nDana Kessler, Director of Managed Care",
        atts=(
            Att(
                "BW_fee_schedule_2026.csv",
                "text/csv",
                "CPT,Description,Current,Proposed\n99203,New pt E/M low,118.00,126.00\n99213,Est pt E/M low,92.00,98.00\n12001,Simple repair <=2.5cm,141.00,155.00\n12002,Simple repair 2.6-7.5cm,168.00,182.00\n87880,Rapid strep,17.50,18.00\n73610,XR ankle 3v,48.00,52.00\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified visit extract for research",
        notes="Hard negative: research extract with age bands, 3-digit ZIPs and ICD-10 codes only; no identifiers.",
        frm="Quality <quality@brightwateruc.com>",
        to="data.team@fenwickuniversity.edu",
        subject="Safe Harbor extract - antibiotic stewardship study",
        body="Attached is the de-identified extract (Safe Harbor; ages >89 grouped, ZIP truncated to 3 digits, no dates beyond year). Row IDs are random and not linked to MRNs.",
        atts=(
            Att(
                "abx_stewardship_deid.csv",
                "text/csv",
                "row_id,year,age_band,zip3,icd10,abx_prescribed\nR0001,2025,18-29,441,J02.9,N\nR0002,2025,30-44,441,J01.90,Y\nR0003,2025,65-89,442,N39.0,Y\nR0004,2025,5-17,441,H66.90,Y\nR0005,2025,90+,441,J20.9,N\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="AED device serial numbers to vendor",
        notes="Hard negative: clinic AED serial numbers for a recall check; device identifiers of equipment, not patients.",
        frm="Facilities <facilities@brightwateruc.com>",
        to="recalls@lifepulse-aed.com",
        subject="Recall check - our AED serials",
        body="Please confirm whether these units are affected by the battery advisory:\nEastgate  SN LP3-0048812\nRiverside SN LP3-0049107\nNorth Hills SN LP3-0051230\n\nThanks, Facilities",
    ),
    Spec(
        phi=False,
        category="community health fair invitation",
        notes="Calendar invite for a public health fair table; no individual.",
        frm="Community Relations <community@brightwateruc.com>",
        to="events@fenwickymca.org",
        subject="Health fair - Brightwater table confirmed",
        body="Confirmed: we'll have BP checks and sports-physical info at the table. Invite attached.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brightwater//Events//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:bw-fair-2026@brightwateruc.com\r\nDTSTAMP:20260316T150000Z\r\n"
            "DTSTART:20260411T140000Z\r\nDTEND:20260411T190000Z\r\nSUMMARY:YMCA Spring Health Fair - Brightwater table\r\n"
            "LOCATION:Fenwick YMCA gym\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="provider credentialing packet to payer",
        notes="Hard negative: credentialing email with a physician's NPI, DEA number and licence; provider identifiers only.",
        frm="Credentialing <credentialing@brightwateruc.com>",
        to="credentialing@ohiocarehealth.com",
        subject="Add provider: Kwame Osei, MD - Eastgate",
        body=(
            "Please add Dr. Osei to our group contract effective 4/1.\n\nKwame Osei, MD\nNPI: 1057130738\nDEA BK7466027\n"
            "Ohio licence 35.144871\nBoard certified, Emergency Medicine (ABEM)\nGroup NPI: 1493588663\n\nCAQH attestation current."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="patient satisfaction summary PDF",
        notes="Aggregate patient-satisfaction scores by site for the board; no individual.",
        frm="Quality <quality@brightwateruc.com>",
        to="board@brightwateruc-foundation.org",
        subject="Q4 patient experience summary",
        body="Q4 summary attached for Thursday's board packet.",
        atts=(
            Att(
                "BW_patient_experience_Q4.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER URGENT CARE - PATIENT EXPERIENCE Q4 2025",
                        "Surveys returned: 2,318 (21%)",
                        "Likelihood to recommend: Eastgate 84, Riverside 79, North Hills 88",
                        "Top comment theme: wait time on weekends",
                    ],
                    "Patient experience Q4",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded vendor reply about X-ray service",
        notes="Forward of a vendor's service-visit reply about an X-ray tube; equipment only.",
        frm="Facilities <facilities@brightwateruc.com>",
        to="ops@brightwateruc-foundation.org",
        subject="Fwd: Riverside X-ray tube replacement",
        body="FYI - room 2 X-ray down Tues morning. Patients needing films will be sent to Eastgate.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Service Dispatch <dispatch@radserv-imaging.com>",
            to="facilities@brightwateruc.com",
            subject="Riverside X-ray tube replacement",
            body="Engineer scheduled Tue 3/24 07:00-11:00 for tube replacement, unit serial RX-88-20417. Please have room cleared.",
        ),
    ),
    Spec(
        phi=False,
        category="state radiation equipment registration",
        notes="Regulator correspondence about X-ray equipment registration; no patient.",
        frm="Compliance <compliance@brightwateruc.com>",
        to="radiation.registration@odh.ohio.gov",
        subject="Registration renewal - Brightwater North Hills X-ray",
        body="Attached is the signed renewal for registration 04-1182 (North Hills, one radiographic unit). Physicist survey dated 2/2/2026 is included.",
        atts=(
            Att(
                "NorthHills_xray_renewal.docx",
                DOCX,
                docx(
                    [
                        "Brightwater Urgent Care - North Hills",
                        "Registration 04-1182 renewal",
                        "Radiographic units: 1",
                        "Physicist survey: 02/02/2026, passed",
                    ]
                ),
            ),
        ),
    ),
]
