"""devset9 messages from Maple Haven Care Center (skilled nursing, long-term care, memory care)."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import MHC, Att, Spec

SIG_DON = "\n\nAdaeze Nwachukwu, RN, DON\nMaple Haven Care Center\n(479) 555-0310 ext 201"
SIG_SW = (
    "\n\nKendra Boateng, LMSW\nDirector of Social Services\nMaple Haven Care Center\n"
    "1400 NE Maple Haven Dr, Bentonville AR 72712 | (479) 555-0310 ext 215"
)
SIG_ADM = "\n\nRuth Ellingson, NHA\nAdministrator, Maple Haven Care Center"

_CCDA_TRANSFER = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
 <code code="18761-7" codeSystem="2.16.840.1.113883.6.1" displayName="Transfer summary note"/>
 <title>Maple Haven Care Center - Transfer Summary</title>
 <effectiveTime value="20261111023000-0600"/>
 <recordTarget><patientRole>
  <id root="2.16.840.1.113883.3.7702" extension="MH-10482"/>
  <addr><streetAddressLine>1400 NE Maple Haven Dr Rm 118</streetAddressLine>
   <city>Bentonville</city><state>AR</state><postalCode>72712</postalCode></addr>
  <patient><name><given>Rosalind</given><family>Merriweather</family></name>
   <administrativeGenderCode code="F"/><birthTime value="19380214"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Reason for transfer</title>
   <text>Unwitnessed fall at 01:50, found on floor beside bed. New left groin pain, unable to
   bear weight, left leg shortened and externally rotated. Suspected hip fracture.</text>
  </section></component>
  <component><section><title>Problems</title>
   <text>Alzheimer disease, late onset (G30.1); atrial fibrillation (I48.91); osteoporosis (M81.0);
   chronic kidney disease stage 3a (N18.31)</text></section></component>
  <component><section><title>Medications</title>
   <text>donepezil 10 mg HS; apixaban 2.5 mg BID (last dose 11/10 20:00); metoprolol tartrate
   25 mg BID; alendronate 70 mg weekly; acetaminophen 650 mg q6h PRN</text></section></component>
  <component><section><title>Code status</title><text>DNR, POLST on file. Son Gerald
   Merriweather (POA) (479) 555-0388 notified 02:05.</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

_CCDA_HOMEHEALTH = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
 <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge summary"/>
 <title>Maple Haven Care Center - Discharge Summary</title>
 <recordTarget><patientRole>
  <id root="2.16.840.1.113883.3.7702" extension="MH-10517"/>
  <addr><streetAddressLine>2706 SW Ridgewood Ct</streetAddressLine><city>Bentonville</city>
   <state>AR</state><postalCode>72713</postalCode></addr>
  <telecom value="tel:+1-479-555-0164"/>
  <patient><name><given>Alvin</given><family>Kettering</family></name>
   <administrativeGenderCode code="M"/><birthTime value="19490730"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Hospital course</title>
   <text>Admitted 10/19/2026 for short-term rehab after CABG x3 (10/08/2026). Completed 23 days of
   PT/OT. Ambulates 300 ft with rolling walker. Sternal precautions through 11/19.</text>
  </section></component>
  <component><section><title>Discharge medications</title>
   <text>aspirin 81 mg daily; atorvastatin 80 mg; metoprolol succinate 50 mg; furosemide 20 mg
   daily; insulin glargine 18 units HS</text></section></component>
  <component><section><title>Home health orders</title>
   <text>Skilled nursing 2x/wk x 4 wks (sternal wound, CHF teaching, glucose checks); PT 3x/wk.
   Discharge date 11/12/2026.</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

_HL7_ADT = (
    "MSH|^~\\&|MAPLEHAVEN_EHR|MHC|GRACEPOINT|GPH|20261112154500||ADT^A03|MHC26111215450|P|2.5.1\r"
    "EVN|A03|20261112153000\r"
    "PID|1||MH-10233^^^MHC^MR||OYELARAN^FOLASADE^M||19410522|F|||1400 NE Maple Haven Dr^^"
    "Bentonville^AR^72712||(479)555-0310|||W|||||\r"
    "PV1|1|I|LTC^209^A||||1862570292^AHMED^IMRAN^^^MD|||||||||||||||||||||||||||||||||"
    "20240312080000|20261112153000\r"
    "DG1|1|I10|C25.9^Malignant neoplasm of pancreas, unspecified^I10\r"
    "DG1|2|I10|R63.4^Abnormal weight loss^I10\r"
    "ZDS|Discharged to GracePoint Hospice inpatient unit per family request\r"
)

_FHIR_MEDREQ = {
    "resourceType": "Bundle",
    "type": "transaction",
    "entry": [
        {
            "resource": {
                "resourceType": "Patient",
                "id": "r1",
                "identifier": [{"system": "urn:maplehaven:resident", "value": "MH-10391"}],
                "name": [{"family": "Szymanski", "given": ["Walter"]}],
                "birthDate": "1936-01-17",
            },
            "request": {"method": "PUT", "url": "Patient/r1"},
        },
        {
            "resource": {
                "resourceType": "MedicationRequest",
                "status": "active",
                "intent": "order",
                "subject": {"reference": "Patient/r1"},
                "medicationCodeableConcept": {"text": "ceftriaxone 1 g IM daily x 5 days"},
                "reasonCode": [{"text": "Pneumonia, unspecified organism (J18.9)"}],
                "authoredOn": "2026-11-10T18:20:00-06:00",
                "requester": {"display": "Imran Ahmed, MD"},
                "dosageInstruction": [{"text": "Give 1 g IM once daily, start tonight, room 126A"}],
            },
            "request": {"method": "POST", "url": "MedicationRequest"},
        },
    ],
}

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="snf_mrs_k_room_med_change",
        notes="Hard positive: nurse to the LTC pharmacy about 'Mrs. K in 214B': furosemide dose "
        "change and a potassium recheck; initial plus room in a known facility.",
        frm=f"Nina Castellanos RN <ncastellanos@{MHC}>",
        to="orders@carewellltcpharmacy.com",
        subject="214B med change",
        body=(
            "Hi Carewell,\n\nFor Mrs. K in 214B: Dr. Ahmed d/c'd the Lasix 40 mg daily and "
            "started Lasix 20 mg daily starting tomorrow AM. Also hold the KCl 20 mEq until BMP "
            "Friday (K was 5.3). Please pull the 40s from her cart on the next delivery.\n\n"
            "Nina, night charge nurse, 2nd floor"
        ),
    ),
    Spec(
        phi=True,
        category="snf_ed_transfer_ccda",
        notes="Transfer summary C-CDA to the hospital ED after a fall: name, DOB, room, "
        "suspected hip fracture, dementia, anticoagulant, code status, son's phone.",
        frm=f"Nina Castellanos RN <ncastellanos@{MHC}>",
        to="ed-transfers@mercyridgemedical.org",
        subject="Transfer from Maple Haven - ETA 0300",
        body=(
            "Sending a resident to your ED by Bentonville EMS for suspected L hip fracture after "
            "a fall. Transfer summary attached. She is on apixaban, last dose 20:00. DNR. "
            "Son/POA is meeting the ambulance.\n\nNina Castellanos, RN\nMaple Haven Care Center "
            "(479) 555-0310 ext 240"
        ),
        atts=(Att("Transfer_Summary_MH-10482.xml", "application/xml", _CCDA_TRANSFER),),
    ),
    Spec(
        phi=True,
        category="snf_care_conference_ics_son",
        notes="Care conference invite (.ics file) to a resident's son at outlook: mother's name, "
        "quarterly care plan meeting, memory care unit.",
        frm=f"Kendra Boateng <kboateng@{MHC}>",
        to="Thomas Whitfield <tom.whitfield.ar@outlook.com>",
        subject="Care conference for your mother - Tue Nov 17 10:30",
        body=(
            "Dear Mr. Whitfield,\n\nWe have scheduled your mother Eleanor Whitfield's quarterly "
            "care plan conference. The team (nursing, dietary, therapy, activities and social "
            "services) will review her care in the memory care neighborhood, her weights and "
            "the recent change in her sleep. You can join in person or by phone at "
            "(479) 555-0399, code 4417.\n\nCalendar invite attached." + SIG_SW
        ),
        atts=(
            Att(
                "care_conference_whitfield.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nPRODID:-//Maple Haven//SS//EN\r\nVERSION:2.0\r\n"
                "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mhc-cc-20261117-whitfield@maplehavencare.org"
                "\r\nDTSTAMP:20261109T170000Z\r\nDTSTART:20261117T163000Z\r\n"
                "DTEND:20261117T171500Z\r\nSUMMARY:Care conference - Eleanor Whitfield "
                "(Memory Care, Rm MC-07)\r\nLOCATION:Maple Haven conference room B\r\n"
                "ORGANIZER:mailto:kboateng@maplehavencare.org\r\n"
                "ATTENDEE;RSVP=TRUE:mailto:tom.whitfield.ar@outlook.com\r\nEND:VEVENT\r\n"
                "END:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="snf_mds_pdpm_roster_xlsx",
        notes="MDS coordinator sends the contract therapy company a workbook of Medicare A "
        "residents: names, room, ARD dates, PDPM groups, primary diagnoses.",
        frm=f"Teresa Villanueva RN <tvillanueva@{MHC}>",
        to="Brandon Oakes <boakes@restorerehabservices.com>",
        subject="Med A roster + ARDs for next 2 weeks",
        body=(
            "Brandon,\n\nUpdated roster attached. Please make sure the OT evals for the two new "
            "admits are done before the 5-day ARDs. Mr. Sandoval's IPA is set for 11/16 "
            "because of the new IV antibiotics.\n\nTeresa Villanueva, RN, RAC-CT\nMDS "
            "Coordinator"
        ),
        atts=(
            Att(
                "MedA_Roster_110926.xlsx",
                XLSX,
                xlsx(
                    {
                        "Med A": [
                            [
                                "Room",
                                "Resident",
                                "MRN",
                                "Admit",
                                "Primary Dx",
                                "PDPM PT/OT",
                                "SLP",
                                "Nursing",
                                "Next ARD",
                            ],
                            [
                                "112A",
                                "Sandoval, Rafael",
                                "MH-10506",
                                "10/30/2026",
                                "Osteomyelitis R foot",
                                "TK",
                                "SA",
                                "LBC1",
                                "11/16 IPA",
                            ],
                            [
                                "115B",
                                "Kettering, Alvin",
                                "MH-10517",
                                "10/19/2026",
                                "Aftercare CABG",
                                "TO",
                                "SA",
                                "CBC2",
                                "d/c 11/12",
                            ],
                            [
                                "120A",
                                "Haugen, Marit",
                                "MH-10529",
                                "11/06/2026",
                                "L femoral neck fx s/p hemiarthroplasty",
                                "TA",
                                "SB",
                                "PDE1",
                                "11/10 5-day",
                            ],
                            [
                                "126A",
                                "Szymanski, Walter",
                                "MH-10391",
                                "11/07/2026",
                                "Pneumonia, CHF",
                                "TN",
                                "SC",
                                "HBC2",
                                "11/11 5-day",
                            ],
                        ],
                        "Therapy minutes": [
                            ["Resident", "PT min wk", "OT min wk", "SLP min wk"],
                            ["Sandoval, Rafael", 300, 240, 0],
                            ["Haugen, Marit", 375, 300, 45],
                            ["Szymanski, Walter", 150, 150, 90],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="snf_medicaid_ltc_application_ssn_mbi",
        notes="Social worker to a state Medicaid caseworker: resident name, DOB, SSN, MBI, "
        "nursing-facility level of care, dementia diagnosis, private-pay spend-down.",
        frm=f"Kendra Boateng <kboateng@{MHC}>",
        to="Angela Pruett <angela.pruett@ltc-eligibility.arhealthdept.org>",
        subject="LTC Medicaid application - pending verification items",
        body=(
            "Ms. Pruett,\n\nFollowing up on the long-term care Medicaid application submitted "
            "10/21 for our resident:\n\n"
            "Name: Harold Jennings Vance\nDOB: 03/29/1934\nSSN: 431-67-2950\n"
            "MBI: 3WK7-HN2-RT48\nAdmitted to Maple Haven: 04/14/2026 (private pay)\n"
            "Diagnosis supporting NF level of care: vascular dementia with behavioral "
            "disturbance (F01.B11), CHF\n\n"
            "Enclosed by secure upload today: the DHS-703 signed by Dr. Ahmed, the last three "
            "bank statements showing spend-down below $2,000 as of 10/31, and the burial "
            "contract. His daughter Margaret Vance-Holt is the authorized representative." + SIG_SW
        ),
    ),
    Spec(
        phi=True,
        category="snf_fall_incident_initials_room",
        notes="Hard positive: incident summary to the administrator: resident initials, age, room, "
        "fall with laceration and sutures, family notified.",
        frm=f"Adaeze Nwachukwu <anwachukwu@{MHC}>",
        to=f"Ruth Ellingson <rellingson@{MHC}>",
        subject="Incident 26-1109 summary",
        body=(
            "Ruth,\n\n"
            "Resident R.M., 88 y/o, room 104A: found sitting on the bathroom floor at 05:40 on "
            "11/9. 3 cm laceration above the R eyebrow, no LOC per resident. Neuro checks "
            "q15 x 4 then q1h, all WNL. Sent to Mercy urgent care - 5 sutures, CT head "
            "negative. Back at 09:15.\n\n"
            "Root cause: she got up to toilet without calling; bed alarm was off after "
            "linen change. Interventions: alarm check added to the linen-change checklist, "
            "scheduled toileting at 05:00, non-skid socks. Daughter notified 06:10. No "
            "state report needed (no major injury) but I'll document the 5-day follow-up." + SIG_DON
        ),
    ),
    Spec(
        phi=True,
        category="snf_hospice_discharge_hl7",
        notes="HL7 ADT^A03 discharge to hospice: resident name, MRN, DOB, pancreatic cancer, "
        "weight loss, room.",
        frm=f"interfaces@{MHC}",
        to="hl7@gracepointhospice.org",
        subject="ADT A03 MHC26111215450",
        body="Outbound ADT notification from MAPLEHAVEN_EHR.",
        atts=(Att("MHC26111215450.hl7", "application/hl7-v2", _HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="snf_labs_to_attending",
        notes="Lab results in an HTML table to the attending physician's office: resident name, "
        "DOB, CBC/BMP values, suspected UTI, request for orders.",
        frm=f"Adaeze Nwachukwu <anwachukwu@{MHC}>",
        to="Dr. Imran Ahmed <iahmed@valleyinternalmed.com>",
        subject="AM labs - Haugen - please advise",
        body="",
        html=(
            "<html><body><p>Dr. Ahmed,</p><p>AM labs for <b>Marit Haugen</b> (DOB 12/01/1940, "
            "room 120A), POD 5 L hemiarthroplasty. New confusion overnight, temp 37.9. UA "
            "sent.</p><table border='1' cellpadding='3'><tr><th>Test</th><th>11/10</th>"
            "<th>11/7</th></tr><tr><td>WBC</td><td>13.8</td><td>9.1</td></tr>"
            "<tr><td>Hgb</td><td>8.9</td><td>9.6</td></tr><tr><td>Na</td><td>131</td>"
            "<td>136</td></tr><tr><td>Cr</td><td>1.4</td><td>1.0</td></tr></table>"
            "<p>Requesting orders for UA C&amp;S follow-up, IV fluids vs push PO, and whether "
            "to hold the enoxaparin with the Hgb drop.</p><p>Adaeze Nwachukwu, RN, DON</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="snf_birthday_photo_granddaughter",
        notes="Hard positive: activities director sends a granddaughter at icloud a party photo "
        "named 'Grandma_Rosa_92nd_birthday'; body says she lives on the memory care unit.",
        frm=f"Lucy Chen <lchen@{MHC}>",
        to="isabella.moreno.2001@icloud.com",
        subject="Photos from the party!",
        body=(
            "Hi Isabella!\n\nYour grandma had such a great 92nd birthday here yesterday - the "
            "whole memory care unit sang and she ate two pieces of tres leches. She kept "
            "telling everyone that her granddaughter is a nurse. Photo attached (she said it "
            "was okay to send!).\n\nLucy Chen\nActivities Director, Maple Haven"
        ),
        atts=(
            Att("Grandma_Rosa_Moreno_92nd_birthday.png", "image/png", png(8, 6, (240, 200, 120))),
        ),
    ),
    Spec(
        phi=True,
        category="snf_flu_vaccine_roster_county_csv",
        notes="Resident influenza/COVID vaccination roster CSV to the county health department: "
        "names, DOB, vaccine, lot, date, refusals.",
        frm=f"Infection Prevention <ip@{MHC}>",
        to="immunizations@bentoncountyhealth.org",
        subject="Maple Haven resident immunization roster - Nov 2026",
        body=(
            "Attached is the requested resident immunization roster for the 2026-27 season "
            "(first batch, 5 residents; remainder after the 11/18 clinic).\n\nDana Whitcomb, "
            "RN, Infection Preventionist"
        ),
        atts=(
            Att(
                "MHC_resident_immunizations_2026-11.csv",
                "text/csv",
                "last,first,dob,unit,vaccine,lot,date,status\r\n"
                "Oyelaran,Folasade,05/22/1941,LTC-209A,Fluzone High-Dose,UT8841KA,10/14/2026,"
                "given\r\n"
                "Szymanski,Walter,01/17/1936,SNF-126A,Fluzone High-Dose,UT8841KA,10/14/2026,"
                "given\r\n"
                "Vance,Harold,03/29/1934,MC-03,COVID-19 2026-27,EK5520,10/21/2026,given\r\n"
                "Merriweather,Rosalind,02/14/1938,LTC-118,Fluzone High-Dose,,10/14/2026,"
                "refused by POA\r\n"
                "Whitfield,Eleanor,07/07/1935,MC-07,Fluad,AF3302B,10/14/2026,given\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="snf_antibiotic_order_fhir",
        notes="FHIR transaction with a resident's name, DOB, ceftriaxone order for pneumonia and "
        "room number to the LTC pharmacy.",
        frm=f"interfaces@{MHC}",
        to="fhir-orders@carewellltcpharmacy.com",
        subject="STAT order MH-10391",
        body="STAT medication order, FHIR transaction attached. Please deliver by 22:00.",
        atts=(
            Att(
                "order_MH-10391_20261110.json",
                "application/fhir+json",
                json.dumps(_FHIR_MEDREQ, indent=1),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="snf_wound_notes_txt",
        notes="Hard positive: wound nurse's weekly TXT notes to the wound physician: room, "
        "'Mr. Lindgren', stage 3 sacral pressure injury measurements, treatment.",
        frm=f"Phil Marchetti RN <pmarchetti@{MHC}>",
        to="Dr. Sade Ogunleye <sogunleye@woundcareconsultants.net>",
        subject="weekly wound rounds notes",
        body="Notes from today attached, see you Thursday. Phil",
        atts=(
            Att(
                "wound_rounds_1111.txt",
                "text/plain",
                "WOUND ROUNDS 11/11/2026 - 2nd floor\r\n\r\n"
                "Rm 305 (Mr. Lindgren) - sacrum, stage 3 pressure injury, 4.2 x 3.1 x 0.6 cm, "
                "was 4.8 x 3.5 x 0.8 on 11/4. 20% slough, moderate serous drainage, no odor. "
                "Periwound intact. Tx: Medihoney alginate + foam, q day and PRN. Air mattress "
                "in place, turning q2h. Albumin 2.9 - dietitian added Juven BID.\r\n\r\n"
                "Rm 311 - L heel DTI, unchanged, offloading boots.\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="snf_family_weight_loss_reply",
        notes="Nurse replies to a resident's daughter at aol about her father's weight loss, "
        "appetite, supplements and a dental referral; quoted question below.",
        frm=f"Adaeze Nwachukwu <anwachukwu@{MHC}>",
        to="Margaret Vance-Holt <mvanceholt@aol.com>",
        subject="RE: Dad's weight",
        body=(
            "Dear Margaret,\n\n"
            "Thank you for asking. Your dad has lost 6 pounds since September (151 to 145). "
            "Our dietitian started Ensure Plus twice a day and a weekly weight. He seems to "
            "eat better when someone sits with him, so we moved him to the assisted dining "
            "table in memory care. He also pointed at his mouth at lunch - we've asked the "
            "mobile dentist to check his lower partial next Tuesday.\n\n"
            "I'll call you after the dental visit." + SIG_DON + "\n\n"
            "-----Original Message-----\nFrom: Margaret Vance-Holt <mvanceholt@aol.com>\n"
            "Sent: Monday, November 9, 2026 8:14 PM\nSubject: Dad's weight\n\n"
            "Hi, when I visited Sunday Dad (Harold Vance, room MC-03) looked thinner and his "
            "pants were loose. Is he eating? Is there anything we should bring? Margaret"
        ),
    ),
    Spec(
        phi=True,
        category="snf_discharge_home_health_ccda",
        notes="Discharge summary C-CDA to the home health agency: name, DOB, address, phone, "
        "CABG aftercare, medications, home health orders.",
        frm=f"Kendra Boateng <kboateng@{MHC}>",
        to="intake@hearthsidehomehealth.com",
        subject="Referral - discharge 11/12 - start of care 11/13",
        body=(
            "Hearthside intake,\n\nReferral for start of care 11/13 attached (discharge "
            "summary, meds, orders). Face-to-face documentation signed by Dr. Ahmed 11/10. "
            "He lives with his wife who will be the primary caregiver." + SIG_SW
        ),
        atts=(Att("DischargeSummary_MH-10517.xml", "application/xml", _CCDA_HOMEHEALTH),),
    ),
    # ------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="snf_quality_measures_pdf",
        notes="Hard negative: quarterly quality-measure summary (falls with major injury, "
        "pressure ulcers, antipsychotic use percentages) to the board; aggregate.",
        frm=f"Ruth Ellingson <rellingson@{MHC}>",
        to="board@maplehavencare.org",
        subject="Q3 quality measures for the 11/19 board meeting",
        body=(
            "Board members,\n\nAttached is the Q3 quality summary. Our long-stay antipsychotic "
            "rate is now below the state average for the first time, and the pressure ulcer "
            "measure improved after the new mattresses. Falls with major injury are still our "
            "weakest measure.\n" + SIG_ADM
        ),
        atts=(
            Att(
                "MHC_Q3_2026_Quality_Measures.pdf",
                "application/pdf",
                pdf(
                    [
                        "MAPLE HAVEN CARE CENTER - QUALITY MEASURES, Q3 2026",
                        "Measure                                    MHC     State   National",
                        "Long-stay falls with major injury          4.1%    3.3%    3.4%",
                        "High-risk LS residents with pressure ulcers 6.2%   7.9%    8.3%",
                        "LS residents receiving antipsychotics      12.8%   14.6%   13.9%",
                        "Short-stay rehospitalization               19.5%   22.1%   21.7%",
                        "Short-stay discharged to community         56.0%   49.3%   51.2%",
                        "Average census: 108.4 of 120 beds",
                        "Five-Star (projected): Health inspection 3, Staffing 4, QM 4",
                    ],
                    "Quality Measures Q3 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="snf_staffing_agency_invoice_dispute",
        notes="Dispute of a CNA staffing agency invoice: agency staff names, shifts, rates.",
        frm=f"Dolores Pruitt <dpruitt@{MHC}>",
        to="billing@primecarestaffing.com",
        subject="Invoice 55190 - hours don't match timeclock",
        body=(
            "Hello,\n\nInvoice 55190 (week ending 11/7) bills 312 CNA hours; our timeclock "
            "shows 296.5. Differences:\n\n"
            "- Tamika Rhodes, CNA: billed 11/3 nights 12 h, clocked 8 h (sent home, low "
            "census)\n"
            "- Josue Alvarado, CNA: billed 11/5 day shift, no punch and not on our schedule\n"
            "- Holiday rate ($44.50/h) applied to 11/6, which is not a holiday under our "
            "agreement (Exhibit B)\n\n"
            "Please send a corrected invoice; we'll pay within terms after that.\n\n"
            "Dolores Pruitt\nBusiness Office Manager, Maple Haven Care Center"
        ),
    ),
    Spec(
        phi=False,
        category="snf_payroll_overtime_report",
        notes="Overtime summary by department and employee number to the payroll vendor and "
        "the administrator.",
        frm=f"Dolores Pruitt <dpruitt@{MHC}>",
        to="support@paylinehr.com",
        cc=f"rellingson@{MHC}",
        subject="Client 41208 - pay period 10/25-11/7 OT approvals",
        body=(
            "Approved overtime for this period (hours at 1.5x):\n\n"
            "Dept         EE#    Hours\n"
            "Nursing      2214   14.25\n"
            "Nursing      2230   11.50\n"
            "Nursing      2251    8.00\n"
            "Dietary      3107    6.75\n"
            "Housekeeping 3310    4.00\n\n"
            "Total OT hours 44.5 (last period 71.0). Shift differential for nights stays at "
            "$2.00/h. Please confirm the new 401(k) match true-up posts on the 11/13 check."
            "\n\nDolores"
        ),
    ),
    Spec(
        phi=False,
        category="snf_drug_shortage_forward",
        notes="Hard negative: DON forwards the pharmacy's drug shortage notice (enoxaparin, "
        "furosemide injection) with the substitution protocol; no resident.",
        frm=f"Adaeze Nwachukwu <anwachukwu@{MHC}>",
        to=f"nursing-all@{MHC}",
        subject="FW: Carewell shortage notice - enoxaparin and IV furosemide",
        body=(
            "Nurses - please read. If a new admission comes with enoxaparin 40 mg, call the "
            "attending for the substitute order BEFORE the first dose is due.\n\nAdaeze\n\n"
            "---------- Forwarded message ---------\nFrom: Carewell LTC Pharmacy "
            "<clinical@carewellltcpharmacy.com>\nDate: Mon, Nov 9, 2026\n"
            "Subject: Shortage notice\n\n"
            "Enoxaparin 40 mg/0.4 mL syringes: allocation until at least January. Protocol: "
            "prescribers may substitute heparin 5,000 units SC q8-12h for VTE prophylaxis; "
            "enoxaparin remains reserved for treatment doses.\n"
            "Furosemide 10 mg/mL injection: limited. Oral furosemide or bumetanide per "
            "prescriber.\nCefazolin 1 g vials: resolved.\n\nCarewell Clinical Services"
        ),
    ),
    Spec(
        phi=False,
        category="snf_dementia_inservice_agenda",
        notes="Hard negative: staff in-service agenda on dementia care, behavioural symptoms "
        "and gradual dose reduction of antipsychotics; educators named.",
        frm=f"Staff Development <staffdev@{MHC}>",
        to=f"all-staff@{MHC}",
        subject="Mandatory in-service: dementia care & behaviors (Nov 18/19)",
        body=(
            "All nursing, CNA, activities and dietary staff: mandatory in-service (2 hours), "
            "choose one session:\nWed 11/18 2:00 PM, Wed 11/18 10:00 PM, Thu 11/19 6:30 AM\n\n"
            "Agenda\n1. Stages of Alzheimer's disease and Lewy body dementia - Adaeze "
            "Nwachukwu, RN, DON\n2. Sundowning, exit-seeking and agitation: non-drug "
            "approaches first - Kendra Boateng, LMSW\n3. Antipsychotics, gradual dose "
            "reduction and the F758 requirements - Dr. Carla Benavides, PharmD, consultant "
            "pharmacist\n4. Hands-on: Teepa Snow Positive Physical Approach\n\n"
            "Sign-in sheets count toward your 12 annual CNA in-service hours."
        ),
    ),
    Spec(
        phi=False,
        category="snf_abuse_prevention_policy_docx",
        notes="Hard negative: abuse, neglect and exploitation prevention policy DOCX with "
        "reporting timelines; no resident.",
        frm=f"Ruth Ellingson <rellingson@{MHC}>",
        to=f"dept-heads@{MHC}",
        subject="Revised abuse prohibition policy - sign-off by 11/30",
        body=(
            "Department heads,\n\nThe revised abuse prohibition policy is attached. The main "
            "changes are the 2-hour reporting rule for allegations involving serious bodily "
            "injury and the new section on photos of residents on personal phones and social "
            "media. Please review with your teams and return the sign-off sheets." + SIG_ADM
        ),
        atts=(
            Att(
                "Policy_AB-01_Abuse_Prohibition_rev2026.docx",
                DOCX,
                docx(
                    [
                        "Maple Haven Care Center - Policy AB-01: Abuse, Neglect, Exploitation "
                        "and Misappropriation Prohibition",
                        "Each resident has the right to be free from abuse, neglect, "
                        "misappropriation of property and exploitation (42 CFR 483.12).",
                        "Reporting: allegations involving abuse or serious bodily injury are "
                        "reported to the Administrator and the State Survey Agency within 2 "
                        "hours; all others within 24 hours.",
                        "Staff may not photograph or record residents on personal devices or "
                        "post images of residents on social media (CMS S&C 16-33).",
                        "Investigation: the Administrator completes a 5-working-day report.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="snf_dietary_order_texture_counts",
        notes="Hard negative: food vendor order with aggregate diet-texture counts (14 "
        "mechanical soft, 6 pureed, 9 diabetic); no resident named.",
        frm=f"Dietary Manager <dietary@{MHC}>",
        to="orders@heartlandfoodservice.com",
        subject="Order for delivery Fri 11/13 - acct 77120",
        body=(
            "Hi Jeff,\n\nOrder for Friday. Census is 109. Current diets: regular 71, "
            "mechanical soft 14, pureed 6, consistent carbohydrate 9, renal 3, thickened "
            "liquids (mildly thick) 6.\n\n"
            "- Thick-It nectar pre-thickened water, 10 cases\n- Pureed bread mix, 4 cases\n"
            "- Turkey breast, 60 lb (Thanksgiving lunch 11/26)\n- Sugar-free pudding cups, "
            "6 cases\n- Ensure Plus vanilla, 8 cases; strawberry, 4 cases\n\n"
            "Thanks,\nRosa Gutierrez, CDM, CFPP\nDietary Manager"
        ),
    ),
    Spec(
        phi=False,
        category="snf_rn_candidate_interview_yahoo",
        notes="HR sends a nursing job candidate at yahoo the night RN supervisor posting and "
        "interview times; the candidate is a job applicant, not a patient.",
        frm=f"Human Resources <hr@{MHC}>",
        to="Danielle Okoro <danielle.okoro.rn@yahoo.com>",
        subject="Maple Haven - RN Night Supervisor interview",
        body=(
            "Hi Danielle,\n\nThank you for applying! Below is the full posting. Can you come in "
            "for an interview with our DON on Thursday 11/12 at 10:00 or Friday 11/13 at 2:00? "
            "Please bring your Arkansas RN license and a photo ID.\n\n"
            "RN NIGHT SUPERVISOR (7p-7a, 3x12, every third weekend)\n"
            "Maple Haven Care Center, Bentonville - 120-bed skilled nursing and memory care\n"
            "- Arkansas RN license; 1 year LTC or med-surg experience\n"
            "- $42-$48/hr + $4 night differential; $7,500 sign-on bonus\n"
            "- Tuition reimbursement, free meals, PCC EHR\n\n"
            "Kim Alvarez\nHuman Resources, Maple Haven Care Center"
        ),
    ),
    Spec(
        phi=False,
        category="snf_visitor_policy_families_list",
        notes="Flu-season visitor guidance sent to the families distribution list; no resident.",
        frm=f"Ruth Ellingson <rellingson@{MHC}>",
        to=f"families@{MHC}",
        subject="Holiday visiting and flu season at Maple Haven",
        body=(
            "Dear families and friends,\n\nThe holidays are a wonderful time to visit and we "
            "want to keep everyone healthy:\n"
            "- Please do not visit if you have a fever, cough or stomach bug in the last 48 "
            "hours.\n- Masks are available at the front desk and are encouraged during "
            "flu season.\n- The family Thanksgiving lunch is Thursday 11/26 at noon; RSVP to "
            "the front desk by 11/20 ($8 per guest).\n- A free flu and COVID vaccine clinic "
            "for families and visitors will be held 11/18 from 3-6 PM in the chapel.\n\n"
            "Thank you for partnering with us." + SIG_ADM
        ),
    ),
    Spec(
        phi=False,
        category="snf_nurse_call_maintenance_it",
        notes="IT/maintenance notice about nurse call system firmware work and fallback rounds.",
        frm=f"Maintenance <maintenance@{MHC}>",
        to=f"nursing-all@{MHC}, maintenance-team@{MHC}",
        subject="Nurse call firmware update Tue 11/10 1-3 PM (2nd floor)",
        body=(
            "Heads up: the vendor will update the nurse call controller on the 2nd floor "
            "Tuesday 1-3 PM. Pagers may not receive calls for up to 20 minutes at a time. "
            "During the window, CNAs do visual rounds every 15 minutes and the hall lights "
            "still work. Handbells are in the supply room.\n\nMarcus Hill, Maintenance "
            "Director"
        ),
    ),
    Spec(
        phi=False,
        category="snf_census_payer_mix_corporate",
        notes="Hard negative: weekly census and payer-mix summary to the regional office; "
        "counts only.",
        frm=f"Ruth Ellingson <rellingson@{MHC}>",
        to="regional-ops@heartlandseniorliving.com",
        subject="Maple Haven weekly census - w/e 11/8",
        body=(
            "Census snapshot (midnight 11/8):\n\n"
            "Total 109 / 120 beds (90.8%)\n"
            "Medicare A 17 | Managed care 6 | Medicaid 69 | Private pay 14 | Hospice 3\n"
            "Admissions this week: 7 (5 from Mercy Ridge, 2 from Washington Regional)\n"
            "Discharges: 6 (4 home, 1 ALF, 1 expired)\n"
            "Memory care: 24 / 24, waitlist 5\n\n"
            "Skilled mix is up with the new ortho referral relationship. Agency CNA hours "
            "down 22% vs October." + SIG_ADM
        ),
    ),
    Spec(
        phi=False,
        category="snf_ehr_training_test_resident",
        notes="Hard negative: EHR training instructions using a clearly labelled fake resident "
        "('Resident, Test - DO NOT USE') with sample orders.",
        frm=f"Clinical Informatics <informatics@{MHC}>",
        to=f"new-hires@{MHC}",
        subject="EHR practice assignment before your first shift",
        body=(
            "Welcome! Before Friday, please log into the TRAINING database "
            "(train.mhc-ehr.local) - not the live one - and complete these on our fake "
            "resident 'RESIDENT, TEST (DO NOT USE)', room TR-1, record TR-0001:\n\n"
            "1. Enter vitals: BP 132/78, pulse 80, temp 98.4.\n"
            "2. Document a fall-risk assessment (Morse).\n"
            "3. Acknowledge the practice order 'metformin 500 mg BID' and chart the 08:00 "
            "dose on the eMAR.\n4. Write a progress note: 'Practice note only.'\n\n"
            "Screenshots of the confirmation page go to informatics@maplehavencare.org.\n\n"
            "Clinical Informatics"
        ),
    ),
]
