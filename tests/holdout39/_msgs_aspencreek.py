"""Outbound mail of Aspen Creek Dermatology, a dermatology group with Mohs surgery (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import Att, Spec

SIG = (
    "\n\n--\nAspen Creek Dermatology\n2140 Harmony Rd, Suite 300, Fort Collins, CO 80525\n"
    "Tel 970-555-0131 | Fax 970-555-0132"
)
CONF = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged and "
    "confidential. If you received it in error, please notify the sender and delete it."
)

HL7_PATH = (
    "MSH|^~\\&|ACD_EHR|ASPENCREEK|PCP_EHR|FOOTHILLSFAMMED|202603171142||ORU^R01|ACD7781204|P|2.5.1\r"
    "PID|1||ACD-0418823^^^ACD^MR||Thibodeaux^Renard^P||19540822|M|||77 Whitcomb St^^Fort Collins^CO^80521||970-555-0164\r"
    "PV1|1|O|MOHS^^^ACD||||1609996289^Venkataraman^Priya\r"
    "OBR|1|ACD-26-03391|DP26-1187|88305^Surgical pathology^CPT|||20260312\r"
    "OBX|1|TX|22637-3^Path report.final diagnosis^LN||Skin, right preauricular, shave biopsy: Basal cell carcinoma, infiltrative type, extending to deep margin.||||||F\r"
    "OBX|2|TX|22638-1^Comment^LN||Mohs micrographic surgery recommended.||||||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|ACD_EHR|ASPENCREEK|NIMBUSPATH|NIMBUS|202603160905||ORM^O01|TESTMSG0007|T|2.5.1\r"
    "PID|1||ZZTEST0001^^^ACD^MR||ZZTEST^PATIENT^ONE||19000101|U\r"
    "ORC|NW|TST-0007\r"
    "OBR|1|TST-0007||88305^Surgical pathology^CPT\r"
    "NTE|1||SYNTHETIC TEST RECORD - NOT A REAL PATIENT - processing ID T\r"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*ASPENCREEK     *ZZ*CLEARPATHEDI   *260317*1020*^*00501*000000391*0*P*:~"
    "GS*HC*ASPENCREEK*CLEARPATHEDI*20260317*1020*391*X*005010X222A1~"
    "ST*837*0391*005010X222A1~"
    "BHT*0019*00*ACD0391*20260317*1020*CH~"
    "NM1*85*2*ASPEN CREEK DERMATOLOGY PC*****XX*1819758438~"
    "N3*2140 HARMONY RD STE 300~N4*FORT COLLINS*CO*80525~"
    "NM1*IL*1*HOLLENBECK*MARGARET*A***MI*RMH558210437~"
    "DMG*D8*19480303*F~"
    "CLM*ACD260311-02*1480***11:B:1*Y*A*Y*Y~"
    "HI*ABK:C44.311~"
    "SV1*HC:17311*1020*UN*1***1~DTP*472*D8*20260311~"
    "SV1*HC:17312*460*UN*1***1~DTP*472*D8*20260311~"
    "SE*14*0391~GE*1*391~IEA*1*000000391~"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*ASPENCREEK     *ZZ*NOVITASMAC     *260318*0815*^*00501*000000402*0*P*:~"
    "GS*HS*ASPENCREEK*NOVITASMAC*20260318*0815*402*X*005010X279A1~"
    "ST*270*0402*005010X279A1~BHT*0022*13*ACD0402*20260318*0815~"
    "HL*1**20*1~NM1*PR*2*MEDICARE PART B*****PI*04412~"
    "HL*2*1*21*1~NM1*1P*2*ASPEN CREEK DERMATOLOGY PC*****XX*1819758438~"
    "HL*3*2*22*0~NM1*IL*1*ESPARZA*TEODORO****MI*3HK7WR2PD58~DMG*D8*19410619~"
    "EQ*30~SE*11*0402~GE*1*402~IEA*1*000000402~"
)

FHIR_MEDREQ = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "acd-0502277",
      "identifier": [{"system": "urn:acd:mrn", "value": "ACD-0502277"}],
      "name": [{"family": "Okonkwo-Reyes", "given": ["Adaeze"]}],
      "birthDate": "1987-11-14",
      "telecom": [{"system": "phone", "value": "970-555-0177"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/acd-0502277"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "L40.0", "display": "Psoriasis vulgaris"}]},
      "note": [{"text": "BSA 18%, PASI 16.4; failed methotrexate and NB-UVB"}]}},
    {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
      "subject": {"reference": "Patient/acd-0502277"},
      "medicationCodeableConcept": {"text": "secukinumab 300 mg/2 mL autoinjector"},
      "dosageInstruction": [{"text": "300 mg SC weekly x5 then every 4 weeks"}]}}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="pathology result letter to patient",
        notes="Patient's full name with basal cell carcinoma biopsy result and Mohs plan sent to her gmail.",
        frm="Aspen Creek Dermatology <results@aspencreekderm.com>",
        to="ingeborg.vasquez52@gmail.com",
        subject="Your biopsy results",
        body=(
            "Dear Ms. Vasquez,\n\nThe biopsy Dr. Venkataraman took from the left side of your nose on "
            "March 9 shows a basal cell carcinoma (nodular type). This is the most common and most "
            "treatable form of skin cancer. We recommend Mohs surgery, which removes the cancer while "
            "sparing as much healthy skin as possible.\n\nOur surgery coordinator, Della, will call you "
            "this week to schedule. If you have questions before then, reply here or call 970-555-0131."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="reply to daughter about father's melanoma in situ",
        notes="Hard positive: only first names and 'your dad', but it ties a family member to a melanoma in situ result and planned excision.",
        frm="Lindsey Okafor PA-C <lokafor@aspencreekderm.com>",
        to="marisol.t.harker@icloud.com",
        subject="Re: the spot on Dad's back",
        body=(
            "Hi Marisol,\n\nThanks for calling back. Yes, your dad gave us permission to talk with you. "
            "The spot we removed from his upper back came back as melanoma in situ, which means it is "
            "confined to the top layer of skin. Dr. V would like to do a wider excision with 5 mm margins; "
            "it's a 30-minute office procedure. Walt mentioned you'd be the one driving him, so please "
            "look at Tuesdays or Thursdays.\n\nLindsey\n\n> On Mar 16, Marisol Harker wrote:\n> Did the "
            "pathology come back yet? He won't tell me anything lol"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU dermatopathology result to referring PCP",
        notes="Hard positive: the body only says one result is attached; the HL7 file carries the patient's name, MRN, DOB and BCC diagnosis.",
        frm="Interfaces <interfaces@aspencreekderm.com>",
        to="results@foothillsfamilymed.org",
        subject="Result delivery - ORU batch 7781204",
        body="Automated delivery from Aspen Creek Dermatology. 1 result attached. Do not reply to this mailbox.",
        atts=(Att("ACD7781204.hl7", "application/hl7-v2", HL7_PATH),),
    ),
    Spec(
        phi=True,
        category="letter of medical necessity for dupilumab",
        notes="Prior authorization request to payer naming the patient, member ID and severe atopic dermatitis, with LMN PDF.",
        frm="Prior Auth Team <priorauth@aspencreekderm.com>",
        to="pharmacy-pa@rockymtnhealthplan.com",
        subject="PA request - dupilumab - member RMH-2210-88417",
        body=(
            "Please find attached the letter of medical necessity for Conor Delahaye (DOB 07/21/2009), "
            "member RMH-2210-88417, for dupilumab 300 mg every 2 weeks. Diagnosis L20.89, severe atopic "
            "dermatitis; failed tacrolimus ointment and two courses of high-potency topical steroids.\n\n"
            "Prescriber: Tobias Wrenfield, MD, NPI 1013913011" + SIG + CONF
        ),
        atts=(
            Att(
                "LMN_Delahaye_dupilumab.pdf",
                "application/pdf",
                pdf(
                    [
                        "ASPEN CREEK DERMATOLOGY",
                        "Letter of Medical Necessity",
                        "Patient: Conor Delahaye   DOB: 07/21/2009   Member ID: RMH-2210-88417",
                        "Diagnosis: L20.89 Atopic dermatitis, severe (EASI 31, BSA 42%)",
                        "Prior therapies: tacrolimus 0.1% ointment (8 wks), clobetasol 0.05% (2 courses)",
                        "Requested: dupilumab 600 mg load, then 300 mg SC every 2 weeks",
                        "Tobias Wrenfield, MD",
                    ],
                    "LMN dupilumab",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="iPLEDGE monthly pregnancy test reminder",
        notes="Hard positive: never says acne or isotretinoin, but an iPLEDGE pregnancy-test reminder to a named patient reveals isotretinoin treatment.",
        frm="Aspen Creek Dermatology <reminders@aspencreekderm.com>",
        to="brookie.lanthier@hotmail.com",
        subject="Reminder: iPLEDGE lab + confirmation due by 3/24",
        body=(
            "Hi Brooke,\n\nYour monthly iPLEDGE window opens Friday. Please get your urine pregnancy test at "
            "any Quest location (order is already in) and answer your comprehension questions in the "
            "iPLEDGE portal. Your month 4 visit with Dr. Wrenfield is Tuesday 3/24 at 3:40 pm.\n\n"
            "Remember: two forms of contraception, every month.\n\nAspen Creek Dermatology"
        ),
    ),
    Spec(
        phi=True,
        category="Mohs surgery calendar invitation to patient",
        notes="Calendar invite to the patient's personal mailbox naming him and his Mohs surgery appointment.",
        frm="Surgery Scheduling <mohs@aspencreekderm.com>",
        to="dale.prokop@outlook.com",
        subject="Mohs surgery - Dale Prokop - Thu Mar 19, 7:30 AM",
        body=(
            "Mr. Prokop,\n\nYou are scheduled for Mohs surgery on the right ear with Dr. Venkataraman on "
            "Thursday, March 19, arriving 7:30 AM. Plan for the whole morning. Eat breakfast, take your usual "
            "medications, and bring a book. Do not wear earrings or hearing aids on the right side."
            + SIG
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Aspen Creek Dermatology//Scheduling//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mohs-20260319-0730-prokop@aspencreekderm.com\r\n"
            "DTSTAMP:20260316T150000Z\r\nDTSTART:20260319T133000Z\r\nDTEND:20260319T180000Z\r\n"
            "SUMMARY:Mohs surgery (R ear) - Dale Prokop\r\nLOCATION:Aspen Creek Dermatology, Suite 300\r\n"
            "ORGANIZER:mailto:mohs@aspencreekderm.com\r\nATTENDEE:mailto:dale.prokop@outlook.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="headerless patch test readings to allergist",
        notes="Hard positive: CSV has no header row, but each line is a named patient with DOB and patch test allergen reactions.",
        frm="Contact Derm Clinic <patchtest@aspencreekderm.com>",
        to="nurse.line@frontrangeallergy.com",
        subject="readings from Mon/Wed/Fri panel",
        body="Hi Gail - the 96h reads for the three you co-manage. Same column order as always.\n\nTeresa, RN",
        atts=(
            Att(
                "reads_0313.csv",
                "text/csv",
                "Yamaguchi,Helen,1979-02-11,nickel sulfate,++,cobalt chloride,+\r\n"
                "Ferreira,Paulo,1965-09-30,methylisothiazolinone,+++,fragrance mix I,+\r\n"
                "Bright,Cassandra,1992-04-05,PPD,++,none,\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837P Mohs claim to clearinghouse",
        notes="Hard positive: body is routine batch text; the 837 names the plan member, DOB, C44.311 and Mohs CPT codes.",
        frm="Billing <billing@aspencreekderm.com>",
        to="submissions@clearpathedi.com",
        subject="837P batch 391",
        body="Batch 391 attached, 1 claim. Please confirm 999 acceptance.\n\nAspen Creek Billing Office",
        atts=(Att("ACD_837P_0391.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="return-to-school note for scabies",
        notes="Letter to a school nurse naming a student treated for scabies and the date he may return.",
        frm="Dr. Tobias Wrenfield <twrenfield@aspencreekderm.com>",
        to="nurse.kowalski@poudreschools.net",
        subject="Return to school - Mateo Lindgren (grade 4)",
        body=(
            "Ms. Kowalski,\n\nMateo Lindgren (DOB 05/02/2016) was seen in our office on March 16 and treated "
            "for scabies with permethrin 5% cream; the household was treated the same day. He may return to "
            "school on Wednesday, March 18. He is not contagious after 24 hours of treatment. Itching can "
            "persist for 2-4 weeks and does not mean reinfection.\n\nTobias Wrenfield, MD" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient rash photo to outside consultant",
        notes="Hard positive: the outer mail is two lines; the forwarded patient e-mail and the photo file name identify her and her rash.",
        frm="Dr. Priya Venkataraman <pvenkataraman@aspencreekderm.com>",
        to="hfeske@nimbusdermpath.com",
        subject="Fwd: photo",
        body="Harald - clinical pic for the case we discussed. Path to follow.\nP.",
        forward=Spec(
            phi=True,
            category="patient photo email",
            notes="inner",
            frm="Joanna Kowalczyk <jo.kowalczyk77@yahoo.com>",
            to="pvenkataraman@aspencreekderm.com",
            subject="photo",
            body="Dr. V, here's the rash on my left forearm from this morning. It's spreading and blistering now.\nJoanna",
            atts=(Att("kowalczyk_rash_left_forearm.png", "image/png", png(6, 4, (190, 70, 80))),),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 Medicare eligibility inquiry",
        notes="Eligibility inquiry naming the beneficiary with MBI and DOB before a scheduled procedure.",
        frm="Front Desk <frontdesk@aspencreekderm.com>",
        to="edi@novitasmacportal.com",
        subject="270 - Esparza, Teodoro - MBI: 3HK7-WR2-PD58",
        body="Real-time eligibility for Teodoro Esparza, MBI: 3HK7-WR2-PD58, DOS 03/23/2026 (Mohs, face). File attached.",
        atts=(Att("ACD_270_0402.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="records summary to plaintiff's attorney",
        notes="Response to a HIPAA-authorized records request naming the client and his hidradenitis suppurativa treatment history.",
        frm="Health Information Management <him@aspencreekderm.com>",
        to="paralegal@brennanwhitlocklaw.com",
        subject="Records request - Jerome Baptiste - your ref BW-2026-114",
        body=(
            "Ms. Oduya,\n\nWe received the signed authorization for your client Jerome Baptiste. Attached is the "
            "treatment summary you requested; the full chart (84 pages) will follow via our secure portal. The "
            "copy fee is $42.00.\n\nRegards,\nHIM Department" + SIG + CONF
        ),
        atts=(
            Att(
                "Baptiste_treatment_summary.docx",
                DOCX,
                docx(
                    [
                        "Aspen Creek Dermatology - Treatment Summary",
                        "Patient: Jerome Baptiste    DOB: 12/04/1990    MRN: ACD-0377150",
                        "Diagnosis: Hidradenitis suppurativa, Hurley stage II, bilateral axillae and groin (L73.2)",
                        "2023-05: doxycycline 100 mg BID; 2024-01: adalimumab 40 mg weekly started",
                        "2025-08: deroofing procedure, right axilla",
                        "Work restrictions requested by patient 2025-09 (heavy lifting, 2 weeks)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR biologic referral to specialty pharmacy",
        notes="Hard positive: the body names no patient; the FHIR bundle carries her name, DOB, psoriasis diagnosis and secukinumab order.",
        frm="ePrescribing <erx@aspencreekderm.com>",
        to="intake@peakspecialtyrx.com",
        subject="New start - biologic referral",
        body="New biologic start attached (FHIR R4). Benefits investigation needed; patient prefers text at the number on file.\n\nAspen Creek Dermatology",
        atts=(Att("referral_acd-0502277.json", "application/fhir+json", FHIR_MEDREQ),),
    ),
    Spec(
        phi=True,
        category="terse dermatopathology requisition note",
        notes="Hard positive: no name, but DOB, accession number and 'r/o SCC' biopsy site make an identifiable patient's specimen and suspected cancer.",
        frm="Mohs Lab <mohslab@aspencreekderm.com>",
        to="accessioning@nimbusdermpath.com",
        subject="add-on req ACD-26-04412",
        body="pls add PAS on ACD-26-04412 (DOB 03/02/1961), shave bx L cheek r/o SCC vs HAK. pt on adalimumab. thx -Renee",
    ),
    Spec(
        phi=True,
        category="HTML-only balance statement to patient",
        notes="HTML-only billing notice to a patient's yahoo address naming her, the visit date and the excision charge.",
        frm="Aspen Creek Billing <statements@aspencreekderm.com>",
        to="tjarvinen.home@yahoo.com",
        subject="Your statement from Aspen Creek Dermatology",
        body="",
        html=(
            "<html><body style='font-family:Arial'><h2>Aspen Creek Dermatology</h2>"
            "<p>Hello Tuula Jarvinen,</p><p>Your insurance has processed the claim for your visit on "
            "<b>03/04/2026</b>.</p><table border='1' cellpadding='4'><tr><th>Service</th><th>Charge</th>"
            "<th>Insurance paid</th><th>You owe</th></tr><tr><td>Excision, benign lesion trunk 1.1-2.0 cm "
            "(11402)</td><td>$318.00</td><td>$106.00</td><td>$212.00</td></tr></table>"
            "<p><a href='https://pay.aspencreekderm.com/s/7Q2K9'>Pay online</a> or call 970-555-0135.</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="wound care note to patient's husband",
        notes="Hard positive: first names only, but tells the husband about his wife's shin incision, wound care and suture removal.",
        frm="Nurse Line <nurses@aspencreekderm.com>",
        to="tomrasmussen.co@gmail.com",
        subject="Re: Annie's stitches",
        body=(
            "Hi Tom,\n\nThanks for the photo. Annie's incision on her shin looks like it's healing normally; the "
            "pinkness at the edges is expected. Keep it covered with Vaseline and a bandage, and no soaking in "
            "the tub yet. Her suture removal is Thursday at 10:15.\n\nKaren, RN\nAspen Creek Dermatology"
        ),
    ),
    Spec(
        phi=True,
        category="encrypted chart transfer to new dermatologist",
        notes="Password-protected chart export; the body still names the patient and her cutaneous lupus diagnosis.",
        frm="Health Information Management <him@aspencreekderm.com>",
        to="records@tetonskincare.com",
        subject="Records transfer - Yolanda Pruitt",
        body=(
            "Hello,\n\nPer Ms. Yolanda Pruitt's request (DOB 08/17/1975), attached are her records for transfer of "
            "care to your office: cutaneous lupus (discoid), on hydroxychloroquine 200 mg BID with annual eye "
            "exams. The archive is encrypted; the password will come in a separate message.\n\nHIM Department"
            + SIG
        ),
        atts=(
            Att(
                "Pruitt_Y_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "visit_notes.txt": "Pruitt, Yolanda DOB 1975-08-17 MRN ACD-0299841\nDLE scalp and conchal bowls...\n",
                        "labs.txt": "ANA 1:320 speckled; dsDNA neg; CBC wnl\n",
                    },
                    "Aspen-xfer-0317",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="melanoma surveillance recall list to recall vendor",
        notes="Multi-sheet workbook of named patients with MRNs, melanoma history and overdue skin checks sent to a recall vendor.",
        frm="Practice Operations <ops@aspencreekderm.com>",
        to="accounts@recallrightsolutions.com",
        subject="March recall upload - melanoma surveillance",
        body="Hi Devin, March file attached (two tabs). Please start calls Monday; script B for the overdue tab.\n\nMarguerite",
        atts=(
            Att(
                "ACD_recall_2026-03.xlsx",
                XLSX,
                xlsx(
                    {
                        "Due": [
                            ["MRN", "Name", "Phone", "History", "Last TBSE"],
                            [
                                "ACD-0311870",
                                "Gunnar Holt",
                                "970-555-0141",
                                "MIS 2023",
                                "2025-09-10",
                            ],
                            [
                                "ACD-0420093",
                                "Felicity Amadi",
                                "970-555-0148",
                                "melanoma IA 2021",
                                "2025-09-22",
                            ],
                        ],
                        "Overdue": [
                            ["MRN", "Name", "Phone", "History", "Last TBSE"],
                            [
                                "ACD-0187345",
                                "Rupert Vance",
                                "970-555-0153",
                                "melanoma IB 2019, SLNB neg",
                                "2025-02-03",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization update to patient",
        notes="Tells a named patient at her gmail that the PA for her rosacea cream was submitted.",
        frm="Prior Auth Team <priorauth@aspencreekderm.com>",
        to="priyanka.d.rao@gmail.com",
        subject="Update on your prescription",
        body=(
            "Hi Priyanka,\n\nYour pharmacy told us the ivermectin 1% cream for your rosacea needs prior "
            "authorization from your plan. We submitted it this morning; these usually take 3-5 business days. "
            "In the meantime you can keep using the metronidazole gel.\n\nThanks,\nShawna, PA coordinator"
        ),
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="new physician announcement newsletter",
        notes="Hard negative: HTML newsletter lists a dermatologist's clinical interests (melanoma, lymphoma, hidradenitis) but no patient.",
        frm="Aspen Creek Dermatology <news@aspencreekderm.com>",
        to="subscribers@lists.aspencreekderm.com",
        subject="Welcome Dr. Tobias Wrenfield",
        body="",
        html=(
            "<html><body><h1>Please welcome Dr. Tobias Wrenfield</h1><p>Dr. Wrenfield completed his residency at "
            "the University of Utah and a fellowship in cutaneous oncology. His clinical interests include "
            "melanoma, cutaneous T-cell lymphoma, hidradenitis suppurativa and severe atopic dermatitis in "
            "teenagers.</p><p>He is accepting new patients at our Harmony Road and Loveland offices.</p>"
            "<p><a href='https://www.aspencreekderm.com/book'>Book online</a></p>"
            "<p style='font-size:10px'>Unsubscribe | 2140 Harmony Rd, Fort Collins, CO</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="skin cancer screening event aggregate results",
        notes="Hard negative: counts of people screened and lesions referred at a community event; no individual.",
        frm="Dr. Priya Venkataraman <pvenkataraman@aspencreekderm.com>",
        to="community.health@uchealthnorth.org",
        subject="Screening day numbers for your board report",
        body=(
            "Hi Renata,\n\nFinal numbers from the March 7 free screening at the rec center: 312 people screened, "
            "41 advised to book a full exam, 14 referred for biopsy of a suspicious lesion, 3 already confirmed "
            "as melanoma by our partner practices. 62% had never had a skin check. Happy to present these at your "
            "April board meeting.\n\nPriya"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic HL7 test message to pathology lab",
        notes="Hard negative: HL7 order for a declared synthetic ZZTEST patient with processing ID T during interface testing.",
        frm="Interfaces <interfaces@aspencreekderm.com>",
        to="integration@nimbusdermpath.com",
        subject="Interface test 7 - ORM with NTE segment",
        body=(
            "Hi Ravi,\n\nAttached is test message 7 (ZZTEST patient, processing ID T). Can you confirm your "
            "engine now accepts NTE after OBR? Go-live is still planned for April 6.\n\nMarcus, interfaces"
        ),
        atts=(Att("TESTMSG0007.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="intralesional steroid shortage notice",
        notes="Hard negative: drug backorder notice with dosing guidance for keloids and alopecia areata; no patient.",
        frm="Clinical Operations <clinops@aspencreekderm.com>",
        to="providers@aspencreekderm.com, mohs@foothillsderm.net",
        subject="Backorder: triamcinolone acetonide 10 mg/mL",
        body=(
            "All,\n\nOur distributor reports triamcinolone acetonide (Kenalog-10) 5 mL vials on backorder until "
            "at least May. Until then: reserve Kenalog-10 for alopecia areata and keloids; use Kenalog-40 diluted "
            "with sterile saline for acne cysts. Please do not hoard vials in exam rooms.\n\nClinical Operations"
        ),
    ),
    Spec(
        phi=False,
        category="medical assistant job posting",
        notes="Job posting sent to a job board; no patient information.",
        frm="Human Resources <hr@aspencreekderm.com>",
        to="postings@coloradohealthjobs.com",
        subject="Posting: Mohs Medical Assistant (full time)",
        body=(
            "Please post the following through April 30.\n\nMohs Medical Assistant - Fort Collins\nAspen Creek "
            "Dermatology is hiring a full-time MA for our Mohs surgery team. Room patients, prepare trays, assist "
            "with closures, and process frozen sections. Mohs or histotech experience a plus. $22-26/hr, "
            "Mon-Thu 4x10s. Apply at careers.aspencreekderm.com." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="supply order with SSN-shaped order number",
        notes="Hard negative: the 3-2-4 digit string is the vendor's order number; the mail is about biopsy punches and sutures.",
        frm="Purchasing <purchasing@aspencreekderm.com>",
        to="orders@summitmedsupply.com",
        subject="Order 481-22-7305 - partial shipment?",
        body=(
            "Hi team,\n\nOur order 481-22-7305 arrived without the 4 mm biopsy punches (SKU BP-4040, 2 boxes) and "
            "the 5-0 Prolene (8 boxes). Everything else was there. Can you ship the balance by Friday? Ship-to is "
            "Suite 300 receiving.\n\nJenna Morrow\nPurchasing, Aspen Creek Dermatology"
        ),
    ),
    Spec(
        phi=False,
        category="physician credentialing submission with NPI and DEA",
        notes="Hard negative: a new dermatologist's NPI, DEA number and licence for payer credentialing; provider identifiers only.",
        frm="Credentialing <credentialing@aspencreekderm.com>",
        to="provider.enrollment@rockymtnhealthplan.com",
        subject="Credentialing packet - Tobias Wrenfield, MD",
        body=(
            "Hello,\n\nPlease add Dr. Tobias Wrenfield to our group contract (TIN on file).\n\n"
            "Name: Tobias J. Wrenfield, MD\nNPI: 1013913011\nDEA: BW2811784\nColorado license DR.0071553\n"
            "Board certified, American Board of Dermatology, 2024\nStart date: 04/01/2026\n\nCAQH attestation is "
            "current. Thank you,\nNora Blaine, Credentialing Specialist" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="de-identified lesion dataset to university",
        notes="Hard negative: de-identified research extract with age bands, Fitzpatrick type and diagnoses but no identifiers.",
        frm="Research Office <research@aspencreekderm.com>",
        to="ai-derm-lab@coloradostate.edu",
        subject="De-identified dermoscopy metadata (Safe Harbor)",
        body=(
            "Dr. Ng,\n\nAs agreed in the DUA, here is the metadata for batch 2. Safe Harbor de-identification: "
            "no dates, ages 90+ collapsed, study IDs are random and the key stays with us. Images follow via SFTP.\n\n"
            "Kelsey Abara, research coordinator"
        ),
        atts=(
            Att(
                "batch2_metadata.csv",
                "text/csv",
                "study_id,age_band,sex,fitzpatrick,site,diagnosis\r\n"
                "S-8F21,60-69,M,II,back,melanoma in situ\r\n"
                "S-1C07,30-39,F,IV,leg,dermatofibroma\r\n"
                "S-55DA,70-79,M,I,scalp,actinic keratosis\r\n"
                "S-9B3E,40-49,F,III,arm,compound nevus\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher training document",
        notes="Hard negative: staff training with invented scenarios and example field names; no real patient.",
        frm="Compliance <compliance@aspencreekderm.com>",
        to="allstaff@aspencreekderm.com",
        subject="Annual HIPAA refresher - due March 31",
        body="Team, please read the attached and complete the 10-question quiz in the LMS by March 31.\n\nCompliance Office",
        atts=(
            Att(
                "HIPAA_refresher_2026.docx",
                DOCX,
                docx(
                    [
                        "Aspen Creek Dermatology - HIPAA Refresher 2026",
                        "Scenario 1 (fictional): a caller says she is a patient's sister and asks for biopsy results. What do you do?",
                        "Scenario 2 (fictional): you see a neighbour's name on the Mohs schedule. May you mention it at home?",
                        "Never put the patient name, DOB, MRN or diagnosis in an e-mail subject line.",
                        "Use [secure] in the subject to encrypt mail leaving the practice.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff influenza exposure notice",
        notes="Hard negative: notice that an unnamed staff member has influenza; no individual identifiable and no patient.",
        frm="Infection Prevention <ip@aspencreekderm.com>",
        to="loveland-staff@aspencreekderm.com",
        subject="Flu in the Loveland office",
        body=(
            "Hi all,\n\nA team member at the Loveland office tested positive for influenza A yesterday and is home. "
            "Please wipe down shared keyboards and phones, wear a mask if you have any symptoms, and call Employee "
            "Health if you develop fever. Oseltamivir prophylaxis is available to unvaccinated staff.\n\nInfection Prevention"
        ),
    ),
    Spec(
        phi=False,
        category="sun safety patient education newsletter",
        notes="General sunscreen education mailing; no individual.",
        frm="Aspen Creek Dermatology <news@aspencreekderm.com>",
        to="subscribers@lists.aspencreekderm.com",
        subject="Spring skiing and your skin",
        body=(
            "At 9,000 feet UV exposure is about 35% higher than in Fort Collins, and snow reflects up to 80% of it. "
            "Use SPF 30+ broad-spectrum sunscreen, reapply every two hours, and don't forget the ears and under the "
            "chin. Lip balm with SPF matters too.\n\nSee you on the slopes!\nAspen Creek Dermatology\n\n"
            "You are receiving this because you subscribed at aspencreekderm.com. Unsubscribe any time."
        ),
    ),
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="IT notice about planned downtime; no patient data.",
        frm="IT Help Desk <it@aspencreekderm.com>",
        to="allstaff@aspencreekderm.com",
        subject="Planned EHR downtime Sat 3/21 10pm-2am",
        body=(
            "The EHR will be unavailable Saturday night for the vendor's quarterly upgrade. Downtime forms are in the "
            "red binder at each nurse station. The on-call provider should use the read-only backup at "
            "https://bcp.aspencreekderm.com. Call 970-555-0139 with problems."
        ),
    ),
    Spec(
        phi=False,
        category="dermatopathology turnaround statistics workbook",
        notes="Hard negative: monthly aggregate turnaround times and diagnosis counts by month; no individual.",
        frm="Quality <quality@aspencreekderm.com>",
        to="clientservices@nimbusdermpath.com",
        subject="Q1 TAT review - our numbers",
        body="Hi Laurel, ahead of Thursday's call here is our side of the Q1 turnaround data (two tabs).\n\nQuality Team",
        atts=(
            Att(
                "ACD_Q1_TAT.xlsx",
                XLSX,
                xlsx(
                    {
                        "TAT": [
                            ["Month", "Specimens", "Median TAT (days)", "90th pct"],
                            ["Jan", 1184, 2.1, 4],
                            ["Feb", 1097, 2.4, 5],
                            ["Mar (to 3/15)", 602, 1.9, 3],
                        ],
                        "Diagnoses": [
                            ["Diagnosis", "Jan", "Feb"],
                            ["BCC", 212, 198],
                            ["SCC / SCCIS", 141, 133],
                            ["Melanoma / MIS", 19, 22],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer fee schedule negotiation",
        notes="Hard negative: CPT codes and proposed rates in a contract proposal; no patient.",
        frm="Practice Administrator <admin@aspencreekderm.com>",
        to="contracting@rockymtnhealthplan.com",
        subject="2026 fee schedule proposal",
        body="Dear Mr. Haddad,\n\nOur counter-proposal is attached. The biggest gap remains Mohs (17311/17313).\n\nGreta Solheim, Practice Administrator"
        + SIG,
        atts=(
            Att(
                "ACD_fee_proposal_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "ASPEN CREEK DERMATOLOGY - Fee schedule counter-proposal 2026",
                        "CPT 11102 tangential biopsy, first lesion: proposed $118.00",
                        "CPT 17000 destruction premalignant lesion: proposed $92.00",
                        "CPT 17311 Mohs, head/neck, first stage: proposed $742.00",
                        "CPT 17313 Mohs, trunk/extremities, first stage: proposed $668.00",
                        "CPT 96910 photochemotherapy: proposed $71.00",
                    ],
                    "Fee proposal",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="journal club article on JAK inhibitors",
        notes="Hard negative: discusses alopecia areata trial data and JAK inhibitor side effects; no individual.",
        frm="Dr. Tobias Wrenfield <twrenfield@aspencreekderm.com>",
        to="residents@cudermresidency.org",
        subject="Journal club Thursday - ritlecitinib long-term data",
        body=(
            "Hi all,\n\nFor Thursday: the 48-week extension data on ritlecitinib in alopecia areata, plus the letter "
            "on herpes zoster rates with JAK inhibitors. Come ready to argue about whether SALT<=20 is a meaningful "
            "endpoint for patients. Pizza is on me.\n\nToby"
        ),
    ),
    Spec(
        phi=False,
        category="interview invitation to job applicant",
        notes="Interview scheduling for a job applicant at a personal mailbox; no health information.",
        frm="Human Resources <hr@aspencreekderm.com>",
        to="k.salgado.ma@gmail.com",
        subject="Interview - Mohs Medical Assistant",
        body=(
            "Hi Karina,\n\nThank you for applying. We'd like to invite you to a 45-minute interview with Dr. "
            "Venkataraman and our lead MA on Monday, March 23 at 1:00 pm at our Harmony Road office. Please bring "
            "a copy of your CMA certificate.\n\nBest,\nAlana Reyes, HR Generalist"
        ),
    ),
    Spec(
        phi=False,
        category="facilities HVAC repair request",
        notes="Building maintenance request; no patient information.",
        frm="Practice Operations <ops@aspencreekderm.com>",
        to="service@frontrangemechanical.com",
        subject="Procedure room 4 too warm again",
        body="Hi Luis, procedure room 4 (Mohs suite) is reading 79F again this morning. Can someone come before 7 am tomorrow? The lab freezer shares that circuit.\n\nMarguerite",
    ),
    Spec(
        phi=False,
        category="de-identified grand rounds case with histology image",
        notes="Hard negative: teaching case describes 'a man in his 60s' with a histology image; no identifiers.",
        frm="Dr. Priya Venkataraman <pvenkataraman@aspencreekderm.com>",
        to="grandrounds@cudermresidency.org",
        subject="Case 3 for Friday grand rounds",
        body=(
            "Case 3: a man in his 60s with a slowly enlarging pearly nodule on the nasal ala, treated with Mohs in "
            "three stages. Teaching points: perineural invasion on frozen sections and when to add radiation. "
            "Histology image attached; all identifiers removed from the slide label."
        ),
        atts=(Att("case3_histology.png", "image/png", png(8, 6, (150, 90, 170))),),
    ),
    Spec(
        phi=False,
        category="MIPS quality measure submission summary",
        notes="Hard negative: performance rates for melanoma and biopsy measures; aggregate only.",
        frm="Quality <quality@aspencreekderm.com>",
        to="mips-support@qualityreportingpartners.com",
        subject="2025 MIPS - final measure rates for sign-off",
        body=(
            "Hi Owen,\n\nFinal rates for submission:\nQ137 Melanoma continuity of care recall system: 97.2%\n"
            "Q440 Basal cell/squamous cell biopsy reporting time: 91.8%\nQ226 Tobacco screening: 88.5%\n"
            "Denominator exclusions documented. Please submit under TIN and let us know when CMS acknowledges.\n\nQuality Team"
        ),
    ),
]
