"""Northstar Rx Solutions (a pharmacy benefit manager with mail-order and specialty pharmacy): 37 messages."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nNorthstar Rx Solutions\n1500 Lakeview Pkwy, Eagan MN 55121\nPharmacy Help Desk 1-877-555-0160 | Prescriber Line 1-877-555-0161"

HL7_RDE = (
    "MSH|^~\\&|NSXRX|NORTHSTAR|PHARMSYS|ALLINASPEC|202604141012||RDE^O11|NSX0414-0031|P|2.5.1\r"
    "PID|1||NSX20448117^^^NORTHSTAR^MB||LARKIN^DESMOND^P||19850630|M|||415 GRAND AVE^^ST PAUL^MN^55102||651-555-0138\r"
    "IN1|1|NSX-COMM|NSXRX|NORTHSTAR RX SOLUTIONS|||||NSXGRP-0921\r"
    "ORC|NW|SP-2604-8810||||||||||1945291817^HALVORSEN^INGRID^^^^MD\r"
    "RXE|^^^20260415|63459-0800-28^ustekinumab 90 mg/mL prefilled syringe^NDC|1||SYR|||||1|||||1945291817|||||||||||||K50.90^Crohn disease^I10\r"
    "NTE|1||Loading dose given IV at infusion center 03/18; first SC maintenance dose due 05/13. Ship to home, signature required.\r"
)

FHIR_EPA = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "p1",
      "identifier": [{"system": "https://northstarrx.com/member", "value": "NSX31590442"}],
      "name": [{"family": "Abernathy", "given": ["Claire"]}], "birthDate": "1992-12-03",
      "telecom": [{"system": "phone", "value": "952-555-0122"}]}},
    {"resource": {"resourceType": "MedicationRequest", "id": "mr1", "status": "active", "intent": "order",
      "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "2200644", "display": "tirzepatide 5 MG/0.5ML pen injector"}]},
      "subject": {"reference": "Patient/p1"},
      "reasonCode": [{"text": "Type 2 diabetes mellitus, A1c 8.4%"}]}}
  ]
}
"""

MESSAGES = [
    # ----------------------------------------------------------------- PHI (19)
    Spec(
        phi=True,
        category="Specialty drug prior authorization approval to prescriber",
        notes="PA approval to prescriber names the patient, DOB, member ID and adalimumab for rheumatoid arthritis.",
        frm="Northstar Prior Authorization <pa@northstarrx.com>",
        to="pa-requests@twincitiesrheum.com",
        subject="PA approved - NSX-PA-2604-55170",
        body=(
            "PRIOR AUTHORIZATION DETERMINATION\n\nPatient: Hannelore Brandvold\nDOB: 01/22/1967\nMember ID: NSX20991836\n"
            "Drug: adalimumab-adaz (Hyrimoz) 40 mg/0.4 mL every 14 days\nDiagnosis: rheumatoid arthritis (M06.9), failed methotrexate\n"
            "Decision: APPROVED 04/14/2026 - 04/13/2027\n\nThe patient must fill at Northstar Specialty Pharmacy."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only mail-order shipment notice to member",
        notes="HTML-only shipping notice to the member's gmail names him and his semaglutide shipment.",
        frm="Northstar Home Delivery <delivery@northstarrx.com>",
        to="tbergquist1971@gmail.com",
        subject="Your order has shipped",
        body="",
        html=(
            "<html><body style='font-family:Helvetica'><h3>Good news, Trent!</h3>"
            "<p>Your Northstar Home Delivery order <b>#HD-77410293</b> shipped today.</p>"
            "<table><tr><td>Ozempic 1 mg/dose pen (semaglutide), qty 1</td><td>Copay $25.00</td></tr></table>"
            "<p>Tracking: 1Z88W4410312205517 (arrives Thu). Keep refrigerated on arrival.</p>"
            "<p>Trent Bergquist - Member ID ending 0417</p><img src='https://t.northstarrx.com/o.gif?m=0417' width='1' height='1'></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="Refill reminder naming antidepressant to member's yahoo",
        notes="Refill reminder to a named member reveals sertraline, implying depression or anxiety treatment.",
        frm="Northstar Reminders <reminders@northstarrx.com>",
        to="amaya.fjelstad@yahoo.com",
        subject="Time to refill",
        body=(
            "Hi Amaya Fjelstad,\n\nYour prescription for sertraline 100 mg (90 tablets) is due for refill on 04/20. "
            "Reply YES to this e-mail or tap Refill in the app and we'll ship it at no extra cost.\n\nRx #N7702318\n\nNorthstar Home Delivery Pharmacy"
        ),
    ),
    Spec(
        phi=True,
        category="Specialty pharmacy referral with HL7 order",
        notes="Hard positive: body is a one-line referral; the HL7 RDE names the patient, address, phone, DOB and ustekinumab for Crohn disease.",
        frm="Specialty Intake <specialtyintake@northstarrx.com>",
        to="intake@allinaspecialtyrx-example.org",
        subject="Referral - limited distribution drug",
        body="We can't dispense this one (LDD). Referral attached in HL7; please confirm receipt.\n\nNorthstar Specialty Intake",
        atts=(Att("referral_SP-2604-8810.hl7", "application/hl7-v2", HL7_RDE),),
    ),
    Spec(
        phi=True,
        category="Pharmacy claims extract to health plan client",
        notes="CSV of pharmacy claims with member IDs, names, DOBs, NDCs and drugs (including HIV and opioid drugs).",
        frm="Client Data Services <clientdata@northstarrx.com>",
        to="pharmacy.analytics@northwoodshealthplan.com",
        subject="Weekly claims extract WE 04/11",
        body=(
            "Weekly paid claims extract attached per the data exchange agreement. 14,882 claims in the full file on SFTP; "
            "this e-mail copy is the exceptions subset (claims over $5,000 or flagged for review).\n\nClient Data Services"
        ),
        atts=(
            Att(
                "NWHP_claims_exceptions_WE20260411.csv",
                "text/csv",
                "member_id,last,first,dob,fill_date,ndc,drug,qty,days,plan_paid,flag\n"
                "NSX30211874,Lindahl,Erik,1979-04-02,2026-04-07,61958-2501-01,Biktarvy 50-200-25 mg,30,30,3912.44,HIGH_COST\n"
                "NSX30877120,Ochoa,Marisol,1958-10-15,2026-04-08,00093-0058-01,oxycodone 30 mg,180,30,88.10,MME>200\n"
                "NSX30450093,Vang,Pa Houa,2001-06-21,2026-04-09,00074-0554-02,Humira Pen 40 mg,2,28,6940.12,HIGH_COST\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Network pharmacy audit findings workbook",
        notes="Audit workbook lists Rx numbers with patient names, drugs and discrepancies, sent to the audited pharmacy.",
        frm="Pharmacy Audit <audit@northstarrx.com>",
        to="owner@riversidecornerpharmacy.com",
        subject="Desk audit NSX-AUD-26-0381 - preliminary findings",
        body=(
            "Dear Pharmacist-in-Charge,\n\nPreliminary findings for desk audit NSX-AUD-26-0381 are attached (2 tabs). You have 30 "
            "days to submit documentation to dispute any finding.\n\nNorthstar Pharmacy Audit" + SIG
        ),
        atts=(
            Att(
                "NSX-AUD-26-0381_findings.xlsx",
                XLSX,
                xlsx(
                    {
                        "Findings": [
                            ["Rx #", "Fill date", "Patient", "Drug", "Finding", "Recoup"],
                            [
                                "6104418",
                                "2026-01-12",
                                "Haugen, Marit",
                                "Lantus SoloStar 100 u/mL",
                                "Days supply understated (30 vs 45)",
                                214.60,
                            ],
                            [
                                "6104877",
                                "2026-01-20",
                                "Yusuf, Abdi",
                                "Vyvanse 40 mg",
                                "No prescriber DEA on hard copy",
                                311.09,
                            ],
                            [
                                "6105203",
                                "2026-02-03",
                                "Pederson, Gail",
                                "Eliquis 5 mg",
                                "Signature log missing",
                                498.22,
                            ],
                        ],
                        "Summary": [
                            ["Claims sampled", 40],
                            ["Findings", 3],
                            ["Total recoupment", 1023.91],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Drug utilization review alert to prescriber",
        notes="DUR alert to prescriber names a patient with concurrent opioid and benzodiazepine fills and the prescribers' DEA numbers.",
        frm="Clinical Pharmacy <clinicalrx@northstarrx.com>",
        to="drwestergaard@lakecountryclinic.com",
        subject="Safety alert: concurrent opioid and benzodiazepine",
        body=(
            "Dr. Westergaard,\n\nOur retrospective DUR program found that your patient Roberta Klinkhammer (DOB 05/14/1960) "
            "filled the following in the last 60 days:\n\n- hydrocodone/APAP 10/325 mg #120 (you, DEA BM7902011)\n"
            "- alprazolam 1 mg #90 (Dr. P. Stroh, DEA FK1205182)\n\nCombined use increases the risk of respiratory depression. "
            "Please consider naloxone co-prescribing and coordination with the other prescriber. No action on the claims is required.\n\n"
            "Northstar Clinical Pharmacy Team" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Part D coverage determination letter with MBI",
        notes="Part D coverage determination to a prescriber names the enrollee, MBI and the non-formulary drug approved for pulmonary hypertension.",
        frm="Medicare Part D Coverage <partd@northstarrx.com>",
        to="pharmacy.liaison@heartlandpulmonary.com",
        subject="Coverage determination CD-26-11208 - approved",
        body=(
            "Notice of coverage determination (on behalf of Northwoods Medicare Rx, PDP)\n\nEnrollee: Gerald Thorsgaard\n"
            "MBI: 7KD2-XR4-TN61\nDrug: ambrisentan 10 mg tablets (non-formulary exception)\nIndication: pulmonary arterial hypertension (I27.0)\n"
            "Decision: approved through 12/31/2026 at tier 5 cost sharing.\n\nNorthstar Part D Coverage"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Terse note about child's insulin pump supplies",
        notes="Hard positive: first name and relationship ('tell her dad') tied to insulin pump supply override in a two-line note to a pharmacy.",
        frm="Kari Lund <klund@northstarrx.com>",
        to="rx@eagancommunitypharmacy.com",
        subject="Omnipod override",
        body="Jun's Omnipod 5 pods - quantity override is done (30 pods/30 days through Dec). Go ahead and rebill and let her dad know.\n\nKari, Northstar help desk",
    ),
    Spec(
        phi=True,
        category="PA approval with HIV drug only in attachment name",
        notes="Hard positive: body says only 'approval attached'; the PDF file name gives the patient's surname, initial and Biktarvy (HIV therapy).",
        frm="Northstar Prior Authorization <pa@northstarrx.com>",
        to="referrals@hennepinidclinic-example.org",
        subject="PA determination attached",
        body="Please find the determination attached.\n\nNorthstar Prior Authorization",
        atts=(
            Att(
                "Castellanos_E_Biktarvy_PA_approval.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR RX SOLUTIONS - PRIOR AUTHORIZATION APPROVAL",
                        "Patient: Eduardo Castellanos   DOB 09/09/1988   Member ID NSX31002287",
                        "Drug: Biktarvy 50-200-25 mg daily",
                        "Approved 04/14/2026 - 04/13/2027",
                    ],
                    "PA approval",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Headerless transfer table to retail pharmacy",
        notes="Hard positive: table without headers gives Rx number, patient name, DOB, drug and quantity for prescription transfers.",
        frm="Northstar Home Delivery Pharmacy <transfers@northstarrx.com>",
        to="pharmacist@northfieldapothecary.com",
        subject="Transfers as discussed",
        body=(
            "Per our call, these are transferred to you effective today (mail order can't meet the start date):\n\n"
            "N7710482 | T. Nakamura | 03/02/1961 | Eliquis 5 mg | 60\n"
            "N7710519 | B. Rasmussen | 11/27/1944 | furosemide 40 mg | 30\n"
            "N7710533 | B. Rasmussen | 11/27/1944 | Entresto 49/51 mg | 60\n\n"
            "RPh: Lena Dahl, Northstar Home Delivery"
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded copay assistance enrollment to manufacturer hub",
        notes="Forwards a member's copay card enrollment with name, DOB, plan IDs and dupilumab for atopic dermatitis.",
        frm="Specialty Patient Support <patientsupport@northstarrx.com>",
        to="enroll@dupixent-hub-example.com",
        subject="FW: copay program enrollment - signed consent attached",
        body=(
            "Forwarding the patient's request and signed HIPAA authorization for copay assistance enrollment. Please enroll and "
            "send the card BIN/PCN back to this mailbox.\n\nNorthstar Specialty Patient Support"
        ),
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Mia Sorensen <mia.sorensen@outlook.com>",
            to="patientsupport@northstarrx.com",
            subject="copay program enrollment",
            body=(
                "Hi, this is Mia Sorensen, DOB 02/02/1999. My Dupixent for eczema costs $900 a month after the deductible. "
                "My member ID is NSX30662190, group NSXGRP-0410. I signed the consent form you sent. Thanks!"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR ePA request forwarded to vendor support",
        notes="Hard positive: body is a support ticket; the FHIR attachment names the patient, member ID, phone, DOB and tirzepatide for type 2 diabetes.",
        frm="Northstar ePA Team <epa@northstarrx.com>",
        to="support@covermyrx-example.com",
        subject="Case 00448120 - question set not returned",
        body=(
            "Hi support,\n\nFor case 00448120 your platform returned no question set for the attached request. Payload attached as "
            "received from the prescriber's EHR. Our BAA with you covers this transmission.\n\nThanks,\nNorthstar ePA Team"
        ),
        atts=(Att("epa_request_00448120.json", "application/fhir+json", FHIR_EPA),),
    ),
    Spec(
        phi=True,
        category="Member ID conversion letter quoting old SSN-based ID",
        notes="Letter to a member names her, quotes the SSN used as her old ID and mentions her insulin prescriptions.",
        frm="Member Services <memberservices@northstarrx.com>",
        to="ruth.ellingboe@charter.net",
        subject="Your new Northstar member ID",
        body=(
            "Dear Ruth Ellingboe,\n\nYour employer's plan used your Social Security number (472-19-3058) as your "
            "pharmacy ID. To protect you, your new member ID is NSX30118820. Your insulin glargine and Humalog prescriptions "
            "on file at Northstar Home Delivery have been moved to the new ID; no action is needed.\n\nMember Services"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Controlled substance lock-in notice to pharmacy",
        notes="Tells a pharmacy a named member with DOB is locked in to it for controlled substances after an opioid overuse review.",
        frm="Pharmacy Lock-In Program <lockin@northstarrx.com>",
        to="rx1122@cubpharmacy-example.com",
        subject="Lock-in assignment effective 05/01/2026",
        body=(
            "Your pharmacy has been selected as the single controlled-substance pharmacy for:\n\nMember: Dwight Oberholtzer, DOB 12/30/1971, "
            "ID NSX30772645\nReason: 5 prescribers and 6 pharmacies for opioids in 90 days\nPeriod: 05/01/2026 - 04/30/2027\n\n"
            "Claims for controlled substances at other pharmacies will reject with NCPDP code 75. Contact us for emergency overrides."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Epinephrine override note to school nurse",
        notes="School nurse told a named student's epinephrine auto-injector override was approved for his peanut allergy.",
        frm="Northstar Help Desk <helpdesk@northstarrx.com>",
        to="health.office@eaganelementary-isd196.org",
        subject="EpiPen quantity for school supply",
        body=(
            "Hello Nurse Halvorson,\n\nLiam Porter's parents asked us to approve a second 2-pack of EpiPen Jr so the school can keep "
            "one on site for his peanut allergy. The quantity override is approved through 06/30/2027, so the family's pharmacy can fill it today.\n\n"
            "Northstar Help Desk"
        ),
    ),
    Spec(
        phi=True,
        category="Medication therapy management call invite to member",
        notes="Hard positive: ics invitation to the member's outlook names her and lists her heart failure and diabetes medications for review.",
        frm="Northstar MTM <mtm@northstarrx.com>",
        to="bev.kjelland@outlook.com",
        subject="Your medication review call",
        body="Hi Beverly, here is the calendar invite for your free medication review with our pharmacist. Have your pill bottles nearby.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northstar Rx Solutions//MTM//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:mtm-cmr-2604-7781@northstarrx.com\r\nDTSTAMP:20260413T160000Z\r\n"
            "DTSTART:20260422T150000Z\r\nDTEND:20260422T153000Z\r\nSUMMARY:Comprehensive medication review - Beverly Kjelland\r\n"
            "DESCRIPTION:Pharmacist will call 507-555-0171. Review: sacubitril/valsartan\\, carvedilol\\, empagliflozin\\, metformin\\, insulin degludec.\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Zip of prior authorization documents to health plan",
        notes="Zip of PA case files named after members with clinical notes for a health plan's appeal committee.",
        frm="Northstar Prior Authorization <pa@northstarrx.com>",
        to="appeals.committee@northwoodshealthplan.com",
        subject="Appeal committee packet - 04/16 meeting",
        body="Packet for Thursday's pharmacy appeals committee attached (3 cases).\n\nNorthstar PA",
        atts=(
            Att(
                "appeals_packet_2026-04-16.zip",
                "application/zip",
                zipped(
                    {
                        "01_Thorvaldsen_K_Wegovy.txt": "Member Kirsten Thorvaldsen NSX30554471, BMI 38, hypertension; denied Wegovy (plan excludes weight loss drugs). Appeal cites sleep apnea.\n",
                        "02_Mohamud_F_Xolair.txt": "Member Farhan Mohamud NSX30913306, severe persistent asthma, IgE 410; denied for missing step therapy with high-dose ICS/LABA.\n",
                        "03_Brekke_A_Emgality.txt": "Member Anders Brekke NSX30240017, chronic migraine 18 days/month; failed topiramate and propranolol.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Employer question answered with employee's specialty drug",
        notes="Hard positive: reply to an employer names an employee and the ustekinumab behind his pharmacy costs, plus a screenshot named after him.",
        frm="Account Management <accounts@northstarrx.com>",
        to="benefits@granitefallsmachining.com",
        subject="RE: why did our Rx costs jump in March?",
        body=(
            "Hi Deb,\n\nMost of the March increase is one new specialty claimant - Greg Haller in your maintenance department started "
            "Stelara in March ($48,210 for the loading and first maintenance dose). Excluding that, trend was 4.2%.\n\n"
            "Screenshot of the claim from our portal attached.\n\nThanks,\nJosh Anders, Account Manager"
        ),
        atts=(Att("Haller_G_Stelara_claim.png", "image/png", png(6, 4, (240, 240, 240))),),
    ),
    # ------------------------------------------------------------- non-PHI (18)
    Spec(
        phi=False,
        category="Quarterly formulary change notice to clients",
        notes="Hard negative: formulary tier changes for named drugs (Jardiance, Humira biosimilars); no individual.",
        frm="Formulary Management <formulary@northstarrx.com>",
        to="pharmacy.directors@northwoodshealthplan.com",
        subject="Q3 2026 formulary changes - 60-day notice",
        body="Attached is the Q3 2026 formulary change notice. Members affected by negative changes will receive letters 60 days before 7/1.\n\nFormulary Management"
        + SIG,
        atts=(
            Att(
                "NSX_formulary_changes_Q3_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR RX SOLUTIONS - NATIONAL PREFERRED FORMULARY CHANGES, 07/01/2026",
                        "Humira (brand): moves to non-formulary; preferred biosimilars Hyrimoz, adalimumab-adaz",
                        "Jardiance 10 mg, 25 mg: tier 3 to tier 2",
                        "Dexcom G7 sensors: added to pharmacy benefit, tier 2",
                        "Lyrica (brand): excluded; pregabalin generic tier 1",
                    ],
                    "Q3 2026 formulary changes",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Drug shortage advisory to network pharmacies",
        notes="Hard negative: shortage advisory about amoxicillin suspension and ADHD stimulants with override codes; no patients.",
        frm="Network Communications <networkcomms@northstarrx.com>",
        to="network-pharmacies@northstarrx-lists.com",
        subject="Shortage advisory: amoxicillin oral suspension, mixed amphetamine salts",
        body=(
            "Network pharmacies,\n\nThrough 05/31/2026 the following temporary edits apply because of FDA-listed shortages:\n\n"
            "- Amoxicillin 400 mg/5 mL suspension: substitution to 250 mg/5 mL allowed without new PA; use SCC 08.\n"
            "- Amphetamine/dextroamphetamine IR: partial fills allowed without additional copay.\n\n"
            "Questions: Pharmacy Help Desk 1-877-555-0160." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Manufacturer recall relay with lot numbers",
        notes="Hard negative: recall notice with NDCs and lot numbers (product identifiers, not patient identifiers).",
        frm="Network Communications <networkcomms@northstarrx.com>",
        to="network-pharmacies@northstarrx-lists.com",
        subject="Class II recall - metformin ER 500 mg (NDMA)",
        body=(
            "The manufacturer has issued a voluntary Class II recall for metformin ER 500 mg tablets:\n\nNDC 68180-0336-07 lots "
            "M2511A04, M2511A07, M2601B12\n\nPlease quarantine stock from these lots. Patients should not stop taking metformin "
            "without talking to their prescriber; dispense an alternate lot or manufacturer.\n\nNorthstar Network Communications"
        ),
    ),
    Spec(
        phi=False,
        category="MAC price list update to pharmacies",
        notes="Hard negative: CSV of NDCs and maximum allowable cost prices; product identifiers only.",
        frm="Network Pricing <pricing@northstarrx.com>",
        to="contracts@minnesotaindependentrx.org",
        subject="MAC list update effective 04/20/2026",
        body="Attached: MAC list changes effective 04/20/2026. Appeals through the pricing portal within 7 days.\n\nNetwork Pricing",
        atts=(
            Att(
                "NSX_MAC_update_20260420.csv",
                "text/csv",
                "ndc,drug,strength,old_mac,new_mac\n00093-7146-98,atorvastatin,40 mg,0.0412,0.0387\n"
                "68180-0517-09,lisinopril,20 mg,0.0219,0.0231\n00378-3512-91,sertraline,100 mg,0.0655,0.0598\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate rebate report by drug class",
        notes="Hard negative: multi-sheet rebate workbook with totals by therapeutic class and quarter; no member data.",
        frm="Client Finance <clientfinance@northstarrx.com>",
        to="finance@granitefallsmachining.com",
        subject="Q4 2025 rebate reconciliation",
        body="Hi Deb, Q4 2025 rebate reconciliation attached; payment of $41,806.20 will post by 05/15.\n\nNorthstar Client Finance",
        atts=(
            Att(
                "GFM_rebates_Q4_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "By class": [
                            ["Therapeutic class", "Claims", "Rebates"],
                            ["Diabetes (GLP-1, SGLT2, insulin)", 612, 22410.80],
                            ["Inflammatory conditions", 18, 12880.00],
                            ["Respiratory", 240, 4215.40],
                            ["Other", 1190, 2300.00],
                        ],
                        "By quarter": [
                            ["Quarter", "Invoiced", "Collected"],
                            ["Q3 2025", 39771.10, 39771.10],
                            ["Q4 2025", 41806.20, 0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Pharmacy credentialing record with NPI and DEA",
        notes="Hard negative: pharmacy credentialing renewal with pharmacy NPI, NCPDP ID and registrant DEA number; provider identifiers only.",
        frm="Network Credentialing <credentialing@northstarrx.com>",
        to="owner@riversidecornerpharmacy.com",
        subject="Recredentialing - please confirm these details",
        body=(
            "Hello,\n\nPlease confirm or correct the details we have on file for recredentialing:\n\nRiverside Corner Pharmacy\n"
            "NCPDP ID 2418803 | NPI 1558722157 | DEA AR7475610 (exp 10/31/2027)\nPharmacist-in-charge: Samuel Okafor, RPh (MN license 119204)\n"
            "Liability insurance: exp 08/01/2026\n\nNorthstar Network Credentialing"
        ),
    ),
    Spec(
        phi=False,
        category="P&T committee minutes with clinician names",
        notes="Hard negative: P&T minutes name physician and pharmacist members and discuss drug classes and disease topics; no patients.",
        frm="Clinical Pharmacy <clinicalrx@northstarrx.com>",
        to="pt-committee@northstarrx-external.com",
        subject="Draft minutes - P&T committee 04/08/2026",
        body="Committee members, draft minutes are attached for your review before the June meeting.\n\nClinical Pharmacy",
        atts=(
            Att(
                "PT_minutes_2026-04-08_DRAFT.docx",
                DOCX,
                docx(
                    [
                        "NORTHSTAR RX P&T COMMITTEE - DRAFT MINUTES - 04/08/2026",
                        "Present: Dr. Ingrid Halvorsen (gastroenterology), Dr. Marcus Lee (endocrinology), Tova Berg, PharmD (chair), Dr. Anil Shah (psychiatry).",
                        "1. GLP-1 agonists for obesity: class review; recommend step criteria (BMI >= 30 or >= 27 with comorbidity). Vote 7-0.",
                        "2. Ustekinumab biosimilars: add two biosimilars as preferred for Crohn disease and psoriasis.",
                        "3. Long-acting injectable antipsychotics: keep open access, no PA.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="GLP-1 utilization trend summary for employer",
        notes="Hard negative: aggregate GLP-1 utilizer counts and PMPM cost for a 3,400-member group; no individuals.",
        frm="Josh Anders <janders@northstarrx.com>",
        to="benefits@granitefallsmachining.com",
        subject="GLP-1 trend numbers for your board",
        body=(
            "Deb,\n\nAs requested for the board deck (all aggregate, 3,400 members):\n\n- Members with a GLP-1 claim in 2025: 214 "
            "(up from 131 in 2024)\n- Share for diabetes vs. weight management: 62% / 38%\n- GLP-1 PMPM: $21.40 (18% of total Rx spend)\n\n"
            "If the board wants to restrict weight-loss coverage, we can model the savings for a 7/1 change.\n\nJosh"
        ),
    ),
    Spec(
        phi=False,
        category="Test claim script with declared test cardholder",
        notes="Hard negative: pharmacy onboarding test script with an explicit test cardholder, BIN/PCN and test NDC; no real person.",
        frm="Pharmacy Help Desk <helpdesk@northstarrx.com>",
        to="it@northfieldapothecary.com",
        subject="Test claims for your new pharmacy system",
        body="Attached is the test script for certifying your new pharmacy system with our switch. Use only the test cardholder in the script.\n\nHelp Desk",
        atts=(
            Att(
                "NSX_test_claim_script.txt",
                "text/plain",
                "NORTHSTAR RX - PHARMACY SYSTEM CERTIFICATION (TEST ENVIRONMENT ONLY)\n"
                "BIN 610455  PCN NSXTEST  GROUP TESTGRP01\nCardholder ID ZZTEST0001  Name TEST, CARDHOLDER  DOB 19000101 (test record)\n"
                "Test 1: NDC 99999-0001-01 qty 30 ds 30 -> expect paid\nTest 2: same claim resubmitted -> expect reject 79 (refill too soon)\n"
                "Test 3: reversal B2 -> expect accepted\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Internship offer to pharmacy student's personal mailbox",
        notes="Hard negative: offer letter to a student's personal gmail; employment, no health information.",
        frm="Northstar Careers <careers@northstarrx.com>",
        to="lily.tran.pharmd2028@gmail.com",
        subject="Summer 2026 pharmacy internship offer",
        body=(
            "Dear Lily,\n\nWe are pleased to offer you a summer internship in our Clinical Pharmacy department, June 8 - August 14, "
            "2026, at $24.00/hour in Eagan. Your preceptor will be Tova Berg, PharmD. Please reply by April 24 to accept.\n\n"
            "Congratulations!\nNorthstar Talent Team"
        ),
    ),
    Spec(
        phi=False,
        category="Supply order confirmation with SSN-shaped order number",
        notes="Hard negative: vendor order for vials and labels with order number 527-40-1183, shaped like an SSN.",
        frm="Purchasing <purchasing@northstarrx.com>",
        to="orders@midwestpharmasupply.com",
        subject="PO confirmation - your order 527-40-1183",
        body=(
            "Hello,\n\nConfirming your order 527-40-1183 against our PO 26-0447:\n\n- 40 cases amber vials 13 dram, child-resistant\n"
            "- 12 rolls thermal Rx labels 4x2.5\n- 6 cases insulated mailers with gel packs\n\nShip to dock 3, Eagan facility. Delivery "
            "window Tue-Thu 7am-2pm.\n\nNorthstar Purchasing"
        ),
    ),
    Spec(
        phi=False,
        category="Data handling policy with example field names",
        notes="Hard negative: policy text lists PHI field names (member_id, dob, ndc, diagnosis) as examples, without any values.",
        frm="Privacy Office <privacy@northstarrx.com>",
        to="security@datastreamanalytics-example.com",
        subject="Our data handling standard for your team",
        body=(
            "Hi Priya,\n\nBefore onboarding, please have your engineers read section 4 of our data handling standard:\n\n"
            "4.1 Fields such as member_id, first_name, last_name, dob, address, phone, rx_number, ndc and diagnosis_code are PHI "
            "when they appear together with claim data.\n4.2 Test environments must use synthetic data only.\n4.3 Extracts leave "
            "Northstar only by SFTP with PGP; never by e-mail.\n\nNorthstar Privacy Office"
        ),
    ),
    Spec(
        phi=False,
        category="Norovirus cleaning request for mail-order facility staff",
        notes="Hard negative: staff illness notice with case counts only, sent to a cleaning contractor; no individual.",
        frm="Facility Safety <safety@northstarrx.com>",
        to="dispatch@twincitiescleaningco.com",
        subject="Urgent: enhanced cleaning - Eagan fulfillment center",
        body=(
            "Hi,\n\nWe've had several staff on the second shift out with a suspected norovirus stomach bug this week. Please schedule an "
            "enhanced disinfection (bleach-based, per CDC guidance) of the packing line, break room and restrooms tonight after 11 pm.\n\n"
            "Thanks,\nNorthstar Facility Safety"
        ),
    ),
    Spec(
        phi=False,
        category="PGP key expiry notice to client",
        notes="IT notice about PGP key expiry for file exchange; no health data.",
        frm="Northstar IT <it-notify@northstarrx.com>",
        to="edi@northwoodshealthplan.com",
        subject="Action needed: PGP key expires 05/01/2026",
        body=(
            "Our PGP key used for claims extracts (key ID 0x7A41C0DE) expires on 05/01/2026. The replacement key is attached "
            "below in ASCII armour. Please import it before 04/28 so Monday files decrypt.\n\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n"
            "mDMEZ8kL2xYJKwYBBAHaRw8BAQdA3v7n0Yq2sKf1XwT9LmBo4pQhR6a0Vz8N5cJmE2uYtQe0\n-----END PGP PUBLIC KEY BLOCK-----\n\nNorthstar IT"
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only generic savings newsletter",
        notes="HTML-only member newsletter about 90-day supplies and generics for a client to distribute; no individual.",
        frm="Northstar Member Communications <news@northstarrx.com>",
        to="communications@granitefallsmachining.com",
        subject="Spring member newsletter - for your intranet",
        body="",
        html=(
            "<html><body><h1>Save with 90-day supplies</h1><p>Taking a medicine every day for blood pressure, cholesterol or diabetes? "
            "A 90-day supply through Northstar Home Delivery costs the same as two 30-day fills at retail.</p>"
            "<h2>Ask about generics</h2><p>Generic drugs have the same active ingredients and usually cost $0-$10.</p>"
            "<p>Northstar Rx Solutions | 1-877-555-0160</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Help desk weekly statistics to client",
        notes="Aggregate help desk call volumes and top reject codes; no members.",
        frm="Pharmacy Help Desk <helpdesk@northstarrx.com>",
        to="pharmacy.directors@northwoodshealthplan.com",
        subject="Help desk stats WE 04/11",
        body=(
            "Week ending 04/11:\n\nCalls: 3,118 (ASA 24 s, abandonment 1.9%)\nTop rejects: 75 PA required (1,204), 79 refill too soon (688), "
            "70 not covered (402), 76 plan limits exceeded (311)\nOverrides granted: 214 (vacation supply 61, shortage substitution 88)\n\nNorthstar Help Desk"
        ),
    ),
    Spec(
        phi=False,
        category="Webinar invite on PBM transparency rules",
        notes="Calendar invite to an industry webinar; no individuals.",
        frm="Government Affairs <govaffairs@northstarrx.com>",
        to="benefits@granitefallsmachining.com",
        subject="Invitation: what the new PBM transparency rules mean for your plan",
        body="You're invited to a 30-minute briefing on the 2026 PBM reporting requirements for self-funded employers.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northstar Rx Solutions//Events//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:pbm-transparency-20260507@northstarrx.com\r\nDTSTAMP:20260414T170000Z\r\n"
            "DTSTART:20260507T180000Z\r\nDTEND:20260507T183000Z\r\nSUMMARY:Briefing - PBM transparency rules for employers\r\n"
            "LOCATION:Webex\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="State PBM licence annual report",
        notes="Regulatory report with aggregate complaint and appeal counts; no individuals.",
        frm="Regulatory Affairs <regulatory@northstarrx.com>",
        to="pbm.licensing@commerce-mn.gov",
        subject="PBM licence PBM-0388 - 2025 annual report",
        body=(
            "Attached is Northstar Rx Solutions' 2025 annual report for PBM licence PBM-0388. Summary: 41 complaints received "
            "(38 resolved within 30 days), 2,904 pharmacy MAC appeals (37% upheld for the pharmacy).\n\nRegulatory Affairs"
            + SIG
        ),
        atts=(
            Att(
                "PBM-0388_annual_report_2025.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR RX SOLUTIONS - PBM ANNUAL REPORT 2025 (MINNESOTA)",
                        "Licence PBM-0388",
                        "Covered lives (MN): 288,410",
                        "Complaints: 41 (38 resolved within 30 days)",
                        "MAC appeals: 2,904 (1,074 upheld for pharmacy)",
                    ],
                    "PBM annual report 2025",
                ),
            ),
        ),
    ),
]
