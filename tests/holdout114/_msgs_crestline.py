"""Crestline Home Infusion (home infusion pharmacy, Harrisburg PA): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

CHI = "Crestline Home Infusion <pharmacy@crestlineinfusion.com>"
SIG = "\n\nCrestline Home Infusion\n4100 Derry St, Suite 200, Harrisburg, PA 17111\nPharmacy (717) 555-0110 | Fax (717) 555-0111 | 24h on-call (717) 555-0112"

HL7_ORU = (
    "MSH|^~\\&|CHI_LIS|CRESTLINE|EPIC|SVMC_ID|202604210915||ORU^R01|CHI260421001|P|2.5.1\r"
    "PID|1||CHI-20417^^^CHI^MR||Delgado^Ramon^A||19580314|M|||88 Mercer St^^Camp Hill^PA^17011||(717)555-0193\r"
    "PV1|1|O|HOME^^^CRESTLINE||||1385280841^Anand^Priya^^^MD\r"
    "OBR|1||L88213|VANCT^Vancomycin trough and BMP|||202604210640|||||||||1385280841^Anand^Priya\r"
    "OBX|1|NM|20578-1^Vancomycin trough^LN||18.6|ug/mL|15-20|N|||F\r"
    "OBX|2|NM|2160-0^Creatinine^LN||1.4|mg/dL|0.7-1.3|H|||F\r"
    "OBX|3|NM|6299-2^BUN^LN||24|mg/dL|7-20|H|||F\r"
    "NTE|1||Drawn via PICC by Crestline RN on home visit. Osteomyelitis L foot, IV vancomycin day 16 of 42.\r"
)

HL7_TEST = (
    "MSH|^~\\&|CHI_CPR|CRESTLINE|PHARMNET|SVMC_TEST|202604201100||RDS^O13|ZZTEST0001|T|2.5.1\r"
    "PID|1||TEST000001^^^CHI^MR||ZZTEST^INTERFACE^ONE||19000101|U|||1 TEST ST^^TESTVILLE^PA^00000\r"
    "ORC|RE|ZZORD1|ZZFILL1\r"
    "RXE|1^^^20260420|TEST^TEST DRUG^L|1||EA\r"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*CRESTLINEHI    *ZZ*AVHPCLAIMS     *260422*1015*^*00501*000004417*0*P*:~"
    "GS*HC*CRESTLINEHI*AVHPCLAIMS*20260422*1015*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*CHI4417*20260422*1015*CH~"
    "NM1*85*2*CRESTLINE HOME INFUSION LLC*****XX*1116372651~N3*4100 DERRY ST STE 200~N4*HARRISBURG*PA*17111~"
    "HL*2*1*22*0~SBR*P*18*AV55120******CI~NM1*IL*1*VARGA*ISTVAN****MI*HPX4471902~N3*1207 ELM TER~N4*MECHANICSBURG*PA*17055~"
    "DMG*D8*19490922*M~NM1*PR*2*ALLEGHENY VALLEY HEALTH PLAN*****PI*AVHP1~"
    "CLM*CHI-C-88104*4212.50***12:B:1*Y*A*Y*Y~HI*ABK:A41.9*ABF:T82.7XXA~"
    "LX*1~SV1*HC:S9500:SH*1680*UN*14***1~DTP*472*RD8*20260406-20260419~"
    "LX*2~SV1*HC:S5498*112.5*UN*1***1~DTP*472*D8*20260406~"
    "LX*3~SV1*HC:J3370*2420*UN*280***1~DTP*472*RD8*20260406-20260419~"
    "SE*21*0001~GE*1*4417~IEA*1*000004417~"
)

FHIR_DISPENSE = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "chi-30288",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8812.1", "value": "CHI-30288"}],
      "name": [{"family": "Whitcomb", "given": ["Lorraine", "E"]}],
      "birthDate": "1961-07-30",
      "address": [{"line": ["5 Sycamore Row"], "city": "Hershey", "state": "PA", "postalCode": "17033"}]}},
    {"resource": {"resourceType": "MedicationDispense", "id": "disp-77120", "status": "completed",
      "subject": {"reference": "Patient/chi-30288"},
      "medicationCodeableConcept": {"text": "Ertapenem 1 g in 0.9% NaCl 100 mL, IV every 24 hours"},
      "quantity": {"value": 7, "unit": "bag"},
      "whenHandedOver": "2026-04-21T14:05:00-04:00",
      "note": [{"text": "ESBL E. coli pyelonephritis; course ends 04/28. Midline R arm."}]}}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="courier delivery manifest with therapies",
        notes="Hard positive: CSV manifest to the courier lists patients' names, home addresses and the infusion supplies (TPN, IV antibiotics) each receives.",
        frm="Dispatch <dispatch@crestlineinfusion.com>",
        to="routes@keystonemedcourier.com",
        subject="Tuesday route manifest - West Shore",
        body="Hi Gary,\n\nTuesday's West Shore manifest attached, 5 stops. Everything in stops 2 and 4 is refrigerated, keep the coolers closed until handoff. Stop 3 needs a signature from the patient or spouse only.\n\nThanks,\nKelsey Brandt\nDispatch Coordinator"
        + SIG,
        atts=(
            Att(
                "manifest_westshore_0421.csv",
                "text/csv",
                "stop,patient,address,phone,items,cold_chain,window\n"
                "1,Ramon Delgado,88 Mercer St Camp Hill PA 17011,717-555-0193,Vancomycin 1.25 g x7; PICC dressing kit,N,8-10\n"
                "2,Lorraine Whitcomb,5 Sycamore Row Hershey PA 17033,717-555-0174,Ertapenem 1 g x7; saline flush x14,Y,8-10\n"
                "3,Harold Pinkney,312 Walnut St Lemoyne PA 17043,717-555-0168,TPN 2 L x7; lipid 20% x7; pump cassettes,Y,10-12\n"
                "4,Aisha Okafor,14 Linden Ct Enola PA 17025,717-555-0187,IVIG 40 g x1; premeds,Y,12-2\n"
                "5,Istvan Varga,1207 Elm Ter Mechanicsburg PA 17055,717-555-0159,Daptomycin 700 mg x7,N,2-4\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="nursing visit note to infectious disease clinic",
        notes="Home nursing visit note PDF to the referring ID physician names the patient, DOB, PICC site findings and the IV vancomycin course.",
        frm='"Renee Castellano, RN" <rcastellano@crestlineinfusion.com>',
        to="idclinic@svmc-health.org",
        subject="Home visit note 4/21",
        body="Dr. Anand,\n\nAttached is today's visit note. Site is clean, labs went to your inbox through the interface. Let me know if you want to change the draw schedule.\n\nRenee Castellano, RN, CRNI"
        + SIG,
        atts=(
            Att(
                "visit_note_0421.pdf",
                "application/pdf",
                pdf(
                    [
                        "CRESTLINE HOME INFUSION - SKILLED NURSING VISIT NOTE",
                        "Patient: Ramon A. Delgado   DOB: 03/14/1958   MRN: CHI-20417",
                        "Visit date: 04/21/2026 06:20   RN: R. Castellano",
                        "Therapy: Vancomycin 1,250 mg IV q12h via R basilic PICC, day 16 of 42",
                        "Dx: Acute osteomyelitis L foot (M86.172), type 2 diabetes (E11.9)",
                        "PICC: no erythema or drainage, external length 2 cm, dressing changed",
                        "Labs drawn: vanc trough, BMP. Pt reports mild tinnitus, no rash.",
                    ],
                    "Visit note",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 lab result to referring clinic",
        notes="Hard positive: the body is a two-line cover note; the HL7 ORU attachment carries the patient's name, DOB, address, vancomycin trough and creatinine.",
        frm="Interface Engine <hl7@crestlineinfusion.com>",
        to="interfaces@svmc-health.org",
        subject="Resend ORU CHI260421001",
        body="Resending the ORU below; your engine NAKed it at 09:16 with AE (PV1-3 format). Fixed on our side.\n\nCrestline IS",
        atts=(Att("CHI260421001.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="texting-style handoff to nurse personal mailbox",
        notes="Hard positive: short texting-style handoff to a nurse's personal gmail gives a patient's name, street and her ertapenem/midline care.",
        frm="Tasha Moyer <tmoyer@crestlineinfusion.com>",
        to="jenn.kolb.rn@gmail.com",
        subject="tmrw",
        body="jenn - can u grab mrs whitcomb tmrw? 5 sycamore row hershey, midline dsg chg + ertapenem teach for husband, she's on day 8. key under the frog. ty!!\n\nsent from my phone",
    ),
    Spec(
        phi=True,
        category="IVIG delivery reminder to patient",
        notes="Delivery reminder to the patient's gmail names her, the IVIG product and dose, and her nurse visit date.",
        frm=CHI,
        to="aisha.okafor.enola@gmail.com",
        subject="Your Crestline delivery this week",
        body="Hi Aisha,\n\nThis is a reminder that your next delivery is scheduled for Tuesday, April 21 between 12 and 2 pm:\n\n- Privigen 40 g (immune globulin), 1 dose\n- Premedications (acetaminophen, diphenhydramine)\n- Infusion supplies\n\nYour nurse, Renee, will come Wednesday at 9 am to start the infusion. Please keep the box in the refrigerator, not the freezer.\n\nCall us with any questions."
        + SIG,
    ),
    Spec(
        phi=True,
        category="X12 837 claim to health plan",
        notes="Hard positive: the X12 837 professional claim attachment names the member, his member ID, DOB, address, sepsis/device infection codes and infusion services.",
        frm="Billing <billing@crestlineinfusion.com>",
        to="edi-support@avhp.com",
        subject="Test submission of corrected claim file",
        body="Hi,\n\nPer our call, attaching the corrected 837P we will resubmit tonight through the clearinghouse. Can you confirm the HI segment qualifiers are what your front end expects?\n\nMaribel Ocasio\nBilling Lead"
        + SIG,
        atts=(Att("CHI_837P_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="forwarded hospital discharge referral",
        notes="Hard positive: a one-line cover note forwards the hospital's referral email with the patient's name, DOB, TPN order and short bowel diagnosis.",
        frm="Intake <intake@crestlineinfusion.com>",
        to="dkessler@crestlineinfusion.com",
        cc="intake.backup@crestlineinfusion.net",
        subject="FW: new referral - discharge Thursday",
        body="Dan - see below, can you do the TPN clinical review before 3? Benefits already verified.\n\nMegan",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Case Management 6N <cm6north@svmc-health.org>",
            to="intake@crestlineinfusion.com",
            subject="Home TPN referral",
            body="Referral for home TPN:\n\nHarold Pinkney, DOB 11/02/1952, 312 Walnut St, Lemoyne PA\nDx: short bowel syndrome after small bowel resection (K91.2)\nOrder: TPN 2 L over 12 h cycled nightly, lipids 3x/week, weekly CMP/Mg/Phos\nAccess: R double-lumen PICC placed 4/17\nAnticipated discharge Thursday 4/23. Attending Dr. Samir Haddad. Please call 717-555-0102 with start date.",
        ),
    ),
    Spec(
        phi=True,
        category="HTML delivery confirmation to patient",
        notes="HTML-only delivery confirmation to the patient's yahoo mailbox lists his name, address and the TPN and lipid bags delivered.",
        frm="Crestline Deliveries <deliveries@crestlineinfusion.com>",
        to="hpinkney52@yahoo.com",
        subject="Delivered: your order #D-55817",
        body="",
        html="<html><body><table width='600'><tr><td><h2>Your order was delivered</h2><p>Hello Harold Pinkney,</p><p>Order <b>#D-55817</b> was left with <b>Ruth</b> at <b>312 Walnut St, Lemoyne</b> on 04/23/2026 at 4:12 PM.</p><table border='1' cellpadding='4'><tr><th>Item</th><th>Qty</th></tr><tr><td>TPN (custom compound) 2 L bag</td><td>7</td></tr><tr><td>Intralipid 20% 250 mL</td><td>3</td></tr><tr><td>CADD Solis cassette</td><td>7</td></tr></table><p>Please refrigerate the TPN bags right away.</p><p style='font-size:11px;color:#777'>Crestline Home Infusion | (717) 555-0110</p></td></tr></table></body></html>",
    ),
    Spec(
        phi=True,
        category="prior authorization letter for IVIG",
        notes="Letter of medical necessity DOCX to the health plan names the member, member ID, CIDP diagnosis and IVIG dosing.",
        frm="Reimbursement <reimbursement@crestlineinfusion.com>",
        to="priorauth@avhp.com",
        subject="PA request - IVIG - attached LMN",
        body="Please find the letter of medical necessity attached for the IVIG authorization request submitted through the portal today (portal ref 26-0419-882).\n\nMarcus Bell\nReimbursement Specialist"
        + SIG,
        atts=(
            Att(
                "LMN_IVIG_Okafor.docx",
                DOCX,
                docx(
                    [
                        "Crestline Home Infusion - Letter of Medical Necessity",
                        "Member: Aisha N. Okafor   DOB: 08/19/1979   Member ID: AVH2207714-01",
                        "Prescriber: Helen Marsh, MD, Neurology   NPI: 1471049746",
                        "Diagnosis: Chronic inflammatory demyelinating polyneuropathy (G61.81)",
                        "Requested: Privigen 1 g/kg loading then 0.4 g/kg every 3 weeks, home infusion with skilled nursing",
                        "Failed: prednisone 60 mg daily x 12 weeks (hyperglycemia), grip strength declined",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="weekly census workbook to nursing agency",
        notes="Hard positive: multi-sheet census workbook to the contracted nursing agency lists patients, towns, therapies and visit frequencies.",
        frm="Nursing Coordination <nursing@crestlineinfusion.com>",
        to="scheduling@capitalcarenursing.com",
        subject="Week of 4/20 visit plan",
        body="Hi Deb,\n\nAttached: this week's visits (tab 1), new starts (tab 2), discharges (tab 3). Please confirm staffing by noon.\n\nTasha Moyer, RN\nNursing Coordinator"
        + SIG,
        atts=(
            Att(
                "CHI_visits_wk0420.xlsx",
                XLSX,
                xlsx(
                    {
                        "Visits": [
                            ["Patient", "Town", "Therapy", "Access", "Visit days"],
                            ["Delgado, Ramon", "Camp Hill", "Vancomycin q12h", "PICC", "Tue/Fri"],
                            ["Whitcomb, Lorraine", "Hershey", "Ertapenem q24h", "Midline", "Wed"],
                            ["Pinkney, Harold", "Lemoyne", "TPN cycled", "PICC DL", "Mon/Thu"],
                            ["Okafor, Aisha", "Enola", "IVIG q3wk", "PIV", "Wed (4-5 h)"],
                        ],
                        "New starts": [
                            ["Patient", "Start", "Therapy", "Notes"],
                            [
                                "Fenstermacher, Gail",
                                "04/24",
                                "Cefazolin 2 g q8h",
                                "Prosthetic knee infection, lives alone",
                            ],
                            [
                                "Tran, Kevin",
                                "04/25",
                                "Remodulin SQ",
                                "Pulmonary hypertension, teach family",
                            ],
                        ],
                        "Discharges": [
                            ["Patient", "Date", "Reason"],
                            ["Varga, Istvan", "04/19", "Completed daptomycin"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient statement to adult son",
        notes="Statement PDF to the patient's son at hotmail names his mother, her home infusion antibiotic service dates and balance due.",
        frm="Patient Accounts <accounts@crestlineinfusion.com>",
        to="g.fenstermacher@hotmail.com",
        subject="Statement for your mother's account",
        body="Mr. Fenstermacher,\n\nAs requested, here is the statement for your mother's account. Her plan paid the per diem; the remaining balance is the 20% coinsurance. We can set up a payment plan if that helps.\n\nPatient Accounts"
        + SIG,
        atts=(
            Att(
                "statement_A-61408.pdf",
                "application/pdf",
                pdf(
                    [
                        "CRESTLINE HOME INFUSION - PATIENT STATEMENT",
                        "Patient: Gail Fenstermacher   Account: A-61408   Statement date: 05/01/2026",
                        "Guarantor: Gail Fenstermacher, 27 Orchard Ln, Dillsburg PA 17019",
                        "04/24-04/30  S9500 Home infusion per diem, antibiotic q8h   $1,190.00",
                        "04/24-04/30  J0690 Cefazolin 500 mg x 84 units                 $428.40",
                        "04/24        99601 Home infusion nursing visit                  $185.00",
                        "Insurance paid $1,442.72   Your balance: $360.68",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PICC site photo to physician",
        notes="Hard positive: the PNG photo of a PICC site is attached under the patient's name, and the body describes redness and a fever.",
        frm='"Renee Castellano, RN" <rcastellano@crestlineinfusion.com>',
        to="hmarsh@capitalneurologypa.com",
        subject="photo - R arm",
        body="Dr. Marsh,\n\nPhoto from this morning attached. About 1.5 cm of redness proximal to the insertion site, temp 100.1. Pulled a culture from the line. Do you want her seen today?\n\nRenee",
        atts=(Att("Okafor_Aisha_PICC_0422.png", "image/png", png(6, 6, (214, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="on-call pump alarm note by MRN and Rx number",
        notes="Hard positive: no name, but the pharmacy MRN and Rx number identify the patient together with a TPN occlusion and held dose.",
        frm="On-call Pharmacist <oncall@crestlineinfusion.com>",
        to="d.kessler.pharmd@outlook.com",
        subject="overnight call log",
        body="Dan,\n\n02:10 MRN CHI-21966 / Rx 448107: pump occlusion alarm x3 on TPN, wife flushed per teaching, still alarming. Told them to stop the bag and cap the line; nurse out at 8. Last K was 3.2 on Monday so may need the bag remade with extra KCl.\n\n03:45 no other calls.\n\nLeah",
    ),
    Spec(
        phi=True,
        category="infusion teaching visit invitation",
        notes="Hard positive: calendar invite for a home infusion teaching visit carries the patient's name, address and subcutaneous treprostinil start.",
        frm="Nursing Coordination <nursing@crestlineinfusion.com>",
        to="rcastellano@crestlineinfusion.com",
        cc="kevin.tran.pa@icloud.com",
        subject="Invitation: Remodulin start teach - Tran",
        body="Renee, Kevin - teach visit booked, invite attached. Kevin, please have your sister there too.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Crestline Home Infusion//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:chi-teach-30411@crestlineinfusion.com\r\nDTSTAMP:20260420T130000Z\r\nDTSTART:20260425T140000Z\r\nDTEND:20260425T170000Z\r\nSUMMARY:SQ Remodulin start + CADD-MS3 pump teach - Kevin Tran\r\nLOCATION:418 Brookwood Dr, Palmyra PA 17078\r\nDESCRIPTION:PAH (I27.0). Start treprostinil 1.25 ng/kg/min SQ. Bring pump, sites, spare cartridges.\r\nORGANIZER:mailto:nursing@crestlineinfusion.com\r\nATTENDEE:mailto:rcastellano@crestlineinfusion.com\r\nATTENDEE:mailto:kevin.tran.pa@icloud.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="encrypted audit record set to health plan",
        notes="Records requested for a payer audit: the body names the member and his daptomycin course; the records themselves are in an encrypted zip.",
        frm="Compliance <compliance@crestlineinfusion.com>",
        to="audit@avhp.com",
        subject="Records request AUD-26-0314",
        body="Good afternoon,\n\nIn response to audit letter AUD-26-0314, attached are the delivery tickets, nursing notes and dispensing records for member Istvan Varga (ID HPX4471902), daptomycin therapy 04/06-04/19/2026. The archive is encrypted; the password will come by phone from our compliance line.\n\nWalter Sims\nCompliance Officer"
        + SIG,
        atts=(
            Att(
                "AUD-26-0314_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "delivery_tickets.txt": "Varga, Istvan - 04/06, 04/13 daptomycin 700 mg x7, signed by patient\n",
                        "nursing_notes.txt": "04/06 SOC visit: PICC L arm, CK 88, teaching done. 04/19 final dose, PICC removed.\n",
                    },
                    "Cr3stline-AUD0314",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pump return by serial number and address",
        notes="Hard positive: a pump serial number, pickup address and the TPN therapy it was used for identify the patient without his name.",
        frm="Equipment <equipment@crestlineinfusion.com>",
        to="service@pumpcarebiomed.com",
        subject="RMA for CADD Solis SN 1Y7702418",
        body="Please issue an RMA. Pump SN 1Y7702418 was picked up 4/22 from the patient's home at 312 Walnut St, Lemoyne after repeated downstream occlusion alarms during his overnight TPN. Patient is on the replacement pump (SN 1Y7706630). Pump was wiped with bleach wipes, cassette removed.\n\nTom Reinholt\nEquipment Tech"
        + SIG,
    ),
    Spec(
        phi=True,
        category="pharmacokinetic dosing recommendation",
        notes="Pharmacist's kinetic note to the prescriber names the patient, his trough, rising creatinine and a vancomycin dose change.",
        frm='"Dan Kessler, PharmD" <dkessler@crestlineinfusion.com>',
        to="panand@svmc-health.org",
        subject="Vanc dosing - Delgado",
        body="Dr. Anand,\n\nRamon Delgado's trough today was 18.6 with SCr up to 1.4 from 1.1 last week. Estimated AUC is about 640. I recommend decreasing to 1,000 mg q12h, repeat trough and BMP Friday. If you agree, reply and I'll update the order and the bag labels for Thursday's delivery.\n\nDan Kessler, PharmD, BCIDP\nClinical Pharmacist"
        + SIG,
    ),
    Spec(
        phi=True,
        category="FHIR dispense record to hospital EHR",
        notes="Hard positive: the FHIR bundle attachment holds the patient's name, DOB, address and the ertapenem dispense for ESBL pyelonephritis.",
        frm="Interface Engine <hl7@crestlineinfusion.com>",
        to="fhir-onboarding@svmc-health.org",
        subject="Sample payload for dispense feed",
        body="Hi Priya,\n\nAs discussed, here is a real payload from yesterday so your team can check the mapping against production. Let us know if the note element should move to dosageInstruction.\n\nCrestline IS",
        atts=(Att("dispense_77120.json", "application/fhir+json", FHIR_DISPENSE),),
    ),
    Spec(
        phi=True,
        category="missed delivery reply to spouse",
        notes="Hard positive: reply to a spouse's iCloud mailbox about 'Tom's antibiotic bags' names him and the IV cefepime redelivery.",
        frm="Dispatch <dispatch@crestlineinfusion.com>",
        to="marcy.reilly@icloud.com",
        subject="Re: nobody came today??",
        body="Hi Marcy,\n\nSo sorry - the driver had the wrong gate code. Tom's cefepime bags and flushes are back on the truck for tonight between 6 and 8, and our on-call nurse confirmed he can take tonight's 10 pm dose from the spare bag in your fridge. Driver will call 717-555-0146 when he's 10 minutes out.\n\nKelsey Brandt\nDispatch"
        + SIG,
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="purchase order with SSN-shaped PO number",
        notes="Hard negative: purchase order to a supplier for infusion sets; the PO number has the 3-2-4 shape of an SSN but no person is involved.",
        frm="Purchasing <purchasing@crestlineinfusion.com>",
        to="orders@tristatemedsupply.com",
        subject="PO 412-58-7730",
        body='Please ship against PO 412-58-7730:\n\n- 40 cs Huber needle sets 20G x 3/4"\n- 25 cs saline flush 10 mL prefilled\n- 12 cs CADD Solis cassettes 100 mL\n- 6 cs chemo spill kits\n\nShip to: Crestline Home Infusion, Receiving Dock B, 4100 Derry St, Harrisburg PA 17111. Net 30, pricing per the 2026 agreement.\n\nAngela Dunmore\nPurchasing'
        + SIG,
    ),
    Spec(
        phi=False,
        category="nurse CE case study with fictional patient",
        notes="Hard negative: continuing-education case study for nurses about an obviously fictional patient ('Mrs. J'); no real individual.",
        frm="Clinical Education <education@crestlineinfusion.com>",
        to="allnurses@crestlineinfusion.com",
        subject="May CE: managing line occlusions at home (1.0 contact hour)",
        body="Team,\n\nThis month's CE case (fictional, for discussion):\n\n'Mrs. J,' 67, is on home TPN for short bowel syndrome. At 2 am her pump alarms 'downstream occlusion.' Her husband has already flushed the line twice.\n\nQuestions: What do you assess first? When is alteplase appropriate? When do you send her to the ED?\n\nSession: Thursday 5/7, 12:00-1:00 in the training room or on Teams. Presenter: Renee Castellano, RN, CRNI. Contact hours are provided by the PA State Nurses Association approval.\n\nClinical Education",
    ),
    Spec(
        phi=False,
        category="new staff welcome notice",
        notes="Staff notice welcoming new employees by name and credential; no patient information.",
        frm="Human Resources <hr@crestlineinfusion.com>",
        to="allstaff@crestlineinfusion.com",
        subject="Welcome to our new team members",
        body="Please welcome:\n\n- Dana Whitfield, RN, CRNI - Field Nurse, Lancaster territory\n- Omar Siddiqui, PharmD - Clinical Pharmacist (evenings)\n- Kelsey Brandt - Dispatch Coordinator\n\nDana joins us from 9 years at a hospital vascular access team. Stop by and say hello at Friday's huddle.\n\nHR",
    ),
    Spec(
        phi=False,
        category="quality dashboard workbook of aggregate rates",
        notes="Hard negative: multi-sheet quality workbook with monthly CLABSI rates, therapy counts and readmission percentages; aggregate only.",
        frm="Quality <quality@crestlineinfusion.com>",
        to="qualitycommittee@crestlineinfusion.com",
        subject="Q1 quality dashboard",
        body="Attached is the Q1 dashboard for Tuesday's committee. CLABSI rate ticked up in February (2 events); both root cause analyses are done and on the agenda.\n\nJoan Pruitt, RN\nQuality Manager",
        atts=(
            Att(
                "CHI_quality_Q1_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Infection": [
                            ["Month", "Catheter days", "CLABSI", "Rate per 1000"],
                            ["Jan", 4120, 1, 0.24],
                            ["Feb", 3980, 2, 0.50],
                            ["Mar", 4305, 0, 0.0],
                        ],
                        "Therapies": [
                            ["Therapy", "Jan", "Feb", "Mar"],
                            ["Anti-infective", 96, 91, 104],
                            ["TPN/enteral", 22, 24, 23],
                            ["IVIG/SCIG", 38, 40, 41],
                            ["Inotropes", 6, 5, 7],
                        ],
                        "Readmissions": [
                            ["Month", "Discharges", "30-day readmit", "%"],
                            ["Jan", 88, 7, 8.0],
                            ["Feb", 83, 9, 10.8],
                            ["Mar", 95, 6, 6.3],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank referral form to new referral source",
        notes="Hard negative: blank home infusion referral form PDF with empty patient fields, sent to a clinic that wants to start referring.",
        frm="Liaison <liaison@crestlineinfusion.com>",
        to="frontdesk@lebanonvalleyortho.com",
        subject="Crestline referral form",
        body="Hi Stacy,\n\nGreat meeting you at the open house. Here is our referral form; fax it to (717) 555-0111 with the last H&P, med list and insurance cards, or call me and I'll walk your team through it.\n\nBrianna Holt\nClinical Liaison"
        + SIG,
        atts=(
            Att(
                "Crestline_Referral_Form.pdf",
                "application/pdf",
                pdf(
                    [
                        "CRESTLINE HOME INFUSION - REFERRAL FORM",
                        "Patient name: ______________________  DOB: ___/___/______",
                        "Address: _______________________________  Phone: ______________",
                        "Insurance / Member ID: ______________________",
                        "Diagnosis (ICD-10): ____________  Allergies: ________________",
                        "Medication / dose / frequency / duration: ____________________",
                        "Access: [ ] PICC  [ ] Midline  [ ] Port  [ ] PIV    Start date: ________",
                        "Prescriber signature: __________________  NPI: __________",
                    ],
                    "Referral form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vancomycin monitoring protocol document",
        notes="Hard negative: clinical protocol DOCX on vancomycin AUC dosing and lab schedules; no patient.",
        frm='"Dan Kessler, PharmD" <dkessler@crestlineinfusion.com>',
        to="pharmacists@crestlineinfusion.com",
        subject="Updated vancomycin monitoring protocol - please review",
        body="All,\n\nThe P&T committee approved the AUC-guided protocol. Please read before it goes live May 1 and send comments by Friday.\n\nDan",
        atts=(
            Att(
                "CHI_Vancomycin_AUC_Protocol_v3.docx",
                DOCX,
                docx(
                    [
                        "Crestline Home Infusion - Vancomycin AUC-Guided Dosing Protocol (v3, effective 05/01/2026)",
                        "1. Target AUC24 400-600 mg*h/L for serious MRSA infections.",
                        "2. Obtain peak and trough with the first home dose unless hospital levels are within 72 hours.",
                        "3. BMP weekly; twice weekly if SCr rises 0.3 mg/dL or concurrent nephrotoxins.",
                        "4. Pharmacist documents the Bayesian estimate and notifies the prescriber of any change.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pharmacist on-call rotation invite",
        notes="Calendar invite for the pharmacists' on-call rotation; staff only.",
        frm="Pharmacy Operations <pharmacyops@crestlineinfusion.com>",
        to="pharmacists@crestlineinfusion.com",
        subject="On-call rotation May - accept to block your calendar",
        body="May on-call invites attached. Swaps go through Leah by the 25th.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Crestline Home Infusion//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:chi-oncall-202605-wk1@crestlineinfusion.com\r\nDTSTAMP:20260420T150000Z\r\nDTSTART;VALUE=DATE:20260501\r\nDTEND;VALUE=DATE:20260508\r\nSUMMARY:Pharmacist on-call - Omar Siddiqui (backup Leah Varner)\r\nDESCRIPTION:Carry the on-call phone (717) 555-0112. Handoff at 08:00.\r\nORGANIZER:mailto:pharmacyops@crestlineinfusion.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="HTML services newsletter to referral sources",
        notes="HTML-only marketing newsletter to physician offices about new services; no individual patient.",
        frm="Crestline Home Infusion <news@crestlineinfusion.com>",
        to="referrals-list@crestlineinfusion.com",
        subject="Now offering in-home IVIG and SCIG across Central PA",
        body="",
        html="<html><body><h1>Crestline Home Infusion Spring Update</h1><p>We now provide <b>IVIG and SCIG</b> at home across Dauphin, Cumberland, Perry, Lebanon and York counties, with CRNI nurses and same-day starts for referrals received by noon.</p><ul><li>Immune globulin, biologics and anti-infectives</li><li>TPN and enteral nutrition</li><li>Inotropes and specialty therapies</li></ul><p>Questions? Call our liaison team at (717) 555-0115.</p><p style='font-size:10px'>To unsubscribe reply REMOVE.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="payer rate negotiation with HCPCS codes",
        notes="Hard negative: contract negotiation with a health plan quoting per diem rates by HCPCS code; codes but no patient.",
        frm="Managed Care <contracts@crestlineinfusion.com>",
        to="providercontracting@avhp.com",
        subject="2026-2027 home infusion rate proposal",
        body="Hi Lauren,\n\nOur counter-proposal for the renewal:\n\nS9500 (antibiotic q24h per diem): $118.00\nS9502 (q8h per diem): $170.00\nS9365 (TPN 1-1.5 L per diem): $235.00\nS9338 (IVIG per diem): $190.00\n99601/99602 nursing: 105% of current\n\nThese are still under the plan's average inpatient day cost for the same therapies by a wide margin. Can we meet the week of May 11?\n\nPhil Amato\nDirector of Managed Care"
        + SIG,
    ),
    Spec(
        phi=False,
        category="job offer to candidate personal mailbox",
        notes="Job offer to a pharmacist candidate's gmail: employment terms only, no health information.",
        frm="Human Resources <hr@crestlineinfusion.com>",
        to="omar.siddiqui.rph@gmail.com",
        subject="Offer letter - Clinical Pharmacist",
        body="Dear Omar,\n\nWe are pleased to offer you the position of Clinical Pharmacist (evenings), starting May 4, 2026, at $68.50/hour with a $5,000 sign-on bonus. Please review the attached terms in the HR portal and reply by April 28.\n\nWelcome aboard!\n\nNicole Baum\nHR Manager"
        + SIG,
    ),
    Spec(
        phi=False,
        category="courier invoice dispute",
        notes="Vendor mail disputing courier invoice lines by route and date; no patient information.",
        frm="Accounts Payable <ap@crestlineinfusion.com>",
        to="billing@keystonemedcourier.com",
        subject="Invoice KMC-20931 - disputed lines",
        body="Hello,\n\nWe're disputing 3 lines on invoice KMC-20931:\n\n- 04/03 route WS-2 billed twice ($148.00)\n- 04/09 after-hours surcharge on a 2 pm pickup ($65.00)\n- 04/14 fuel surcharge at 18% vs contract 12%\n\nPlease send a corrected invoice; we'll pay the undisputed $6,212.40 this week.\n\nAP"
        + SIG,
    ),
    Spec(
        phi=False,
        category="cleanroom certification report",
        notes="USP 797 cleanroom certification PDF with particle counts and airflow; facility data only.",
        frm="Pharmacy Operations <pharmacyops@crestlineinfusion.com>",
        to="ccampbell@pabop-inspections.com",
        subject="Semi-annual cleanroom certification",
        body="Ms. Campbell,\n\nAs requested for Thursday's inspection, here is the April certification report. All rooms passed; the ante-room hood HEPA was replaced in March.\n\nLeah Varner, PharmD\nPharmacist in Charge"
        + SIG,
        atts=(
            Att(
                "CHI_USP797_cert_2026-04.pdf",
                "application/pdf",
                pdf(
                    [
                        "CRESTLINE HOME INFUSION - CLEANROOM CERTIFICATION SUMMARY (USP 797)",
                        "Certifier: CleanAir Validation Services   Date: 04/09/2026",
                        "Buffer room (ISO 7): 0.5 um particles 128,400/m3 - PASS",
                        "Ante room (ISO 8): 0.5 um particles 902,000/m3 - PASS",
                        "PEC 1 (ISO 5 LAFW): airflow 0.42 m/s, smoke study unidirectional - PASS",
                        "Pressure differential buffer/ante: +0.034 in. w.c. - PASS",
                    ],
                    "Certification",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message with dummy patient",
        notes="Hard negative: HL7 test message with an obviously fictional ZZTEST patient and test drug, sent to validate an interface.",
        frm="Interface Engine <hl7@crestlineinfusion.com>",
        to="interfaces@svmc-health.org",
        subject="RDS test message for channel 14",
        body="Sending the test RDS from the TEST environment (processing ID T). Please confirm it reached PHARMNET_TEST and send the ACK.\n\nCrestline IS",
        atts=(Att("ZZTEST0001.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="drug shortage notice to prescribers",
        notes="Hard negative: drug shortage and substitution notice to prescribers naming drugs, doses and therapies, but no patient.",
        frm='"Dan Kessler, PharmD" <dkessler@crestlineinfusion.com>',
        to="prescribers@crestlineinfusion.com",
        subject="Cefazolin 2 g premix shortage - substitution plan",
        body="Colleagues,\n\nOur wholesaler has the cefazolin 2 g/100 mL premix on backorder through mid-May. Unless you tell us otherwise we will compound cefazolin 2 g from vials in 100 mL NS with a 14-day refrigerated dating. No change in dose, rate or nursing. Ceftriaxone or vancomycin alternatives need a new order.\n\nDan Kessler, PharmD"
        + SIG,
    ),
    Spec(
        phi=False,
        category="aggregate referral counts CSV to health plan",
        notes="Hard negative: CSV of monthly referral and start counts by therapy and county, aggregate with no individuals.",
        frm="Managed Care <contracts@crestlineinfusion.com>",
        to="networkdata@avhp.com",
        subject="Q1 utilization summary (aggregate)",
        body="Lauren,\n\nAggregate Q1 counts for your members, as required by section 7.2 of the agreement. Cells under 11 are suppressed.\n\nPhil",
        atts=(
            Att(
                "CHI_AVHP_Q1_2026_summary.csv",
                "text/csv",
                "county,therapy,referrals,starts,avg_days_on_service\n"
                "Dauphin,Anti-infective,64,58,19.2\n"
                "Cumberland,Anti-infective,41,37,17.8\n"
                "Dauphin,IVIG/SCIG,14,13,90.0\n"
                "Cumberland,TPN,<11,<11,\n"
                "York,Anti-infective,22,20,21.4\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of nursing SOPs to agency",
        notes="Zip of standard operating procedures for a contracted nursing agency; policies only.",
        frm="Nursing Coordination <nursing@crestlineinfusion.com>",
        to="education@capitalcarenursing.com",
        subject="Crestline SOP packet for your nurses",
        body="Hi Deb,\n\nThe SOP packet your nurses need before their first Crestline visit is zipped here: line care, pump troubleshooting, and the emergency/anaphylaxis protocol. Please have them sign the attestation in the packet.\n\nTasha"
        + SIG,
        atts=(
            Att(
                "Crestline_SOP_packet_2026.zip",
                "application/zip",
                zipped(
                    {
                        "01_Central_line_care.txt": "Crestline SOP NUR-101 Central line care: chlorhexidine scrub 30 s, dry, transparent dressing q7d and PRN.\n",
                        "02_Pump_troubleshooting.txt": "Crestline SOP NUR-114: downstream occlusion - check clamps, kinks, then flush per protocol; call on-call pharmacist.\n",
                        "03_Anaphylaxis.txt": "Crestline SOP NUR-120: stop infusion, epinephrine 0.3 mg IM, call 911, notify pharmacy.\n",
                        "Attestation.txt": "I have read Crestline SOPs NUR-101, NUR-114 and NUR-120. Name: ________ Date: ________\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="reply to community member about service area",
        notes="Reply to a member of the public's outlook mailbox about the counties served and insurance accepted; nothing about anyone's health.",
        frm="Crestline Home Infusion <info@crestlineinfusion.com>",
        to="bwestover1966@outlook.com",
        subject="Re: do you serve Perry County?",
        body="Hi Bill,\n\nYes, we cover all of Perry County, including Newport and Duncannon. We're in network with most major plans in the area plus Medicare Part B and D. If you'd like to talk about us for a future need, call (717) 555-0110 and ask for the liaison team.\n\nCrestline Home Infusion",
    ),
    Spec(
        phi=False,
        category="forwarded infusion pump recall notice",
        notes="Hard negative: forwarded manufacturer recall notice with pump lot and serial ranges; device identifiers but no patient.",
        frm="Equipment <equipment@crestlineinfusion.com>",
        to="nursing@crestlineinfusion.com",
        subject="FW: Urgent Medical Device Correction - pump battery door",
        body="FYI - we have 11 pumps in the affected serial range. I'm swapping them on the next scheduled visits; no action needed from field nurses except reporting any loose battery doors.\n\nTom",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Field Action <fieldaction@solisinfusionsystems.com>",
            to="equipment@crestlineinfusion.com",
            subject="Urgent Medical Device Correction - Model 2100 battery door latch",
            body="Dear Customer,\n\nA battery door latch on Model 2100 ambulatory pumps, serial numbers 1Y7700000 through 1Y7712999, may loosen after repeated drops. Affected lot numbers: 24K031, 24K047, 25A002. A replacement latch kit will ship at no cost. Please complete the response form within 10 days.\n\nSolis Infusion Systems Field Action Team",
        ),
    ),
    Spec(
        phi=False,
        category="anonymous satisfaction survey comments",
        notes="Hard negative: text file of anonymous patient-satisfaction comments mentioning therapies and nurses, with no patient identifiers; aggregate scores in the body.",
        frm="Quality <quality@crestlineinfusion.com>",
        to="leadership@crestlineinfusion.com",
        subject="Press Ganey-style survey results, March",
        body="March survey: 61 returned (38% response). Overall 4.6/5, nurse courtesy 4.8, delivery timeliness 4.1. Free-text comments attached as received; the vendor strips names and dates before sending.\n\nJoan",
        atts=(
            Att(
                "survey_comments_2026-03.txt",
                "text/plain",
                "Survey comments (anonymous), March 2026\n"
                "- The nurse who taught me the pump was patient and kind. My antibiotics were never late.\n"
                "- Delivery came at 9 pm twice. Please call ahead.\n"
                "- TPN bags leaked once, replaced same day. Thank you.\n"
                "- Renee is the best! She made the IVIG days easy.\n"
                "- Hard to reach billing about my coinsurance.\n",
            ),
        ),
    ),
]
