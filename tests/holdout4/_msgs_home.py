# ruff: noqa: E501
"""Hand-written holdout4 messages from Evergreen Home Health & Hospice."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, png, zipped
from _pdf import pdf
from _spec import HH as E
from _spec import Att, Spec
from _xlsx import xlsx

SIG = "\n\nEvergreen Home Health & Hospice\n1120 Aspen Way, Suite 3 | Office 555-0190 | 24-hr on-call 555-0199\n"

FHIR_MEDREQ = json.dumps(
    {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/evg-22817", "display": "Clifford Ambrose"},
        "medicationCodeableConcept": {"text": "Morphine sulfate oral solution 20 mg/mL"},
        "dosageInstruction": [{"text": "5 mg (0.25 mL) SL q2h PRN dyspnea or pain"}],
        "requester": {"display": "Dr. Elena Sato, hospice medical director"},
    },
    indent=1,
)

HL7_REF = (
    "MSH|^~\\&|EVGEMR|EVERGREEN|PHEMR|PINEHOLLOW|20261209101500||REF^I12|EV55102|P|2.5\r"
    "PID|1||EVG-22817^^^EVG^MR||Ambrose^Clifford^D||19390411|M|||44 Larkspur Ct^^Pine Hollow^CO^81233\r"
    "PV1|1|O|HOSPICE\r"
    "DG1|1||C34.90^Malignant neoplasm of lung^I10\r"
)

MESSAGES: list[Spec] = [
    Spec(
        True,
        "hospice_visit_note",
        "Hospice RN visit note naming the patient, symptoms and comfort meds, sent to the medical director.",
        f"Nadine Oyelaran RN <noyelaran@{E}>",
        "esato.md@evergreenhh.org",
        "visit note - Ambrose",
        "Dr. Sato,\n\nSaw Clifford Ambrose this am. Resp 28, audible secretions, PPS 20%, not taking PO\n"
        "since yesterday. Wife Joan giving morphine 5 mg SL about q3h, started atropine drops x2. Mottling\n"
        "to knees. I think we're looking at hours to days. Chaplain going out at 2. Continuous care?\n\nNadine\n",
    ),
    Spec(
        True,
        "hospice_fhir_order",
        "FHIR MedicationRequest naming the patient and morphine order sent to the pharmacy.",
        f"Evergreen Hospice Orders <orders@{E}>",
        "rx@mainstreetrx.com",
        "New comfort kit order",
        "Please fill attached order for delivery today; patient is in active dying phase.\n" + SIG,
        atts=(Att("medreq_evg22817.json", "application/fhir+json", FHIR_MEDREQ),),
    ),
    Spec(
        True,
        "hospice_referral_hl7",
        "HL7 REF message with name, DOB, address and lung cancer diagnosis.",
        f"Interface <interface@{E}>",
        "hl7@pinehollowhospital.org",
        "REF EV55102",
        "Automated referral acknowledgement; message attached.\n",
        atts=(Att("EV55102.hl7", "application/hl7-v2", HL7_REF),),
    ),
    Spec(
        True,
        "oasis_schedule_csv",
        "OASIS visit schedule CSV with patient names, addresses and visit types to a contract therapist.",
        f"Scheduling <scheduling@{E}>",
        "pt.jeremy.sandoval@gmail.com",
        "your visits next week",
        "Hi Jeremy, here's your schedule for 12/14-12/18. Two are ROC OASIS so please do those first.\n\n"
        "Thanks!\nLeah, scheduler\n",
        atts=(
            Att(
                "Sandoval_week51.csv",
                "text/csv",
                "date,patient,address,phone,visit,dx\n"
                "2026-12-14,Opal Hendricks,310 W 3rd St Pine Hollow,555-0121,ROC OASIS PT,R hip fx aftercare\n"
                "2026-12-14,Gus Amundsen,9 Mill Rd Cedar Flats,555-0133,PT eval,CVA L hemiparesis\n"
                "2026-12-15,Imelda Castro,77 Elm St Pine Hollow,555-0154,ROC OASIS PT,CHF\n",
            ),
        ),
    ),
    Spec(
        True,
        "oasis_schedule_xlsx",
        "Multi-sheet OASIS schedule workbook with patients, MRNs and SOC dates.",
        f"Leah Whitacre <lwhitacre@{E}>",
        "staffing@highplainsnursepool.com",
        "Jan coverage - OASIS due list",
        "Attached is who needs SOC/recert OASIS in January, by nurse. Can your RNs pick up sheet 2?\n\nLeah" + SIG,
        atts=(
            Att(
                "OASIS_due_Jan2027.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [["Type", "Count"], ["SOC", 6], ["Recert", 11], ["ROC", 2]],
                        "Unassigned": [
                            ["MRN", "Patient", "Due", "Type", "Primary dx"],
                            ["EVG-21450", "Opal Hendricks", "2027-01-04", "Recert", "S72.001D"],
                            ["EVG-22011", "Rex Oberholtzer", "2027-01-06", "Recert", "L97.512 diabetic ulcer"],
                            ["EVG-22390", "Wanda Pikeman", "2027-01-11", "Recert", "J44.9 COPD"],
                        ],
                        "Assigned": [["Nurse", "Patient"], ["N. Oyelaran", "Gus Amundsen"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "med_reconciliation",
        "Medication reconciliation discrepancies for a named home-health patient to her PCP.",
        f"Corinne Baptiste RN <cbaptiste@{E}>",
        "nurse@highcountryfamilymed.com",
        "Med rec discrepancy - Imelda Castro",
        "Hello,\n\nDuring SOC for Imelda Castro (DOB 2/14/1946) I found these discrepancies vs your list:\n"
        "- furosemide: she's taking 40 mg BID, your list says 40 daily\n- still has old lisinopril 20 mg AND new losartan 50 mg, taking both\n"
        "- metoprolol tartrate 25 BID not on your list at all\nWeight up 4 lb since Friday, 2+ edema.\n"
        "Please call 555-0190 with clarification.\n\nCorinne" + SIG,
    ),
    Spec(
        True,
        "wound_photo_hh",
        "Wound photos named with patient surname and MRN sent to the wound nurse's gmail.",
        f"Rudy Chavarria LPN <rchavarria@{E}>",
        "woundnurse.kim@gmail.com",
        "Oberholtzer foot",
        "Kim can you look? Plantar ulcer looks worse, maybe osteo? Pics attached.\n\nSent from my Galaxy\n",
        atts=(Att("Oberholtzer_EVG-22011_Lfoot.png", "image/png", png(5, 5, (150, 60, 60))),),
    ),
    Spec(
        True,
        "death_funeral_home_hh",
        "Hospice death notification to funeral home with name, time of death and address.",
        f"On-call Hospice RN <oncall@{E}>",
        "office@hallbrookmortuary.com",
        "Hospice death - pickup at home",
        "Clifford Ambrose passed at home 12/10/2026, pronounced 0215 by hospice RN. Address 44 Larkspur Ct,\n"
        "Pine Hollow. Family (wife Joan, 555-0177) requests Hallbrook. Dr. Sato will sign; hospice\n"
        "diagnosis lung cancer. Meds destroyed with witness.\n\nOn-call RN Tomas Reyes\n",
    ),
    Spec(
        True,
        "dme_hospice_bed",
        "Hard positive: DME order for hospital bed and oxygen, name and address, no diagnosis word.",
        f"Evergreen Intake <intake@{E}>",
        "orders@rockymtnmedsupply.com",
        "delivery today pls",
        "Hospital bed w/ alternating pressure mattress, bedside commode, O2 concentrator 3L + 4 E tanks.\n"
        "Wanda Pikeman, 18 Cottonwood Dr, Cedar Flats, daughter Trish 555-0168 will be there after 1.\n"
        "Hospice benefit, bill to Evergreen.\n\nThanks, Pam in intake\n",
    ),
    Spec(
        True,
        "family_update_hospice",
        "Social worker update to a daughter's personal email about her father's decline.",
        f"Maura Fitzsimmons MSW <mfitzsimmons@{E}>",
        "trish.pikeman.home@yahoo.com",
        "Re: questions about Dad",
        "Hi Trish,\n\nSorry I missed your call. Your mom's oxygen went up to 4L yesterday and she's sleeping\n"
        "most of the day now, which is expected with end-stage COPD. She's comfortable on the morphine.\n"
        "If you can, I'd plan to come home this weekend.\n\nMaura\n\n"
        "> On Dec 8, Trish Pikeman wrote:\n> How is Mom (Wanda) doing? Should I fly in from Phoenix?\n",
    ),
    Spec(
        True,
        "encrypted_zip_hh",
        "Encrypted ZIP of visit notes; the body names the patient and her infusion.",
        f"Corinne Baptiste RN <cbaptiste@{E}>",
        "infusion@mercyregional.org",
        "Opal Hendricks IV antibiotic notes (encrypted)",
        "Password by phone. Notes for Opal's home IV ertapenem doses 1-5, PICC site clean.\n\nCorinne\n",
        atts=(Att("Hendricks_notes.zip", "application/zip", encrypted_zip({"notes.txt": "Visit 1-5 ertapenem 1 g IV daily, PICC R basilic, no reaction."}, "Evg!2026")),),
    ),
    Spec(
        True,
        "visit_note_pdf",
        "Skilled nursing visit note PDF with patient name, vitals and diagnosis to the physician office.",
        f"Evergreen Clinical Records <records@{E}>",
        "fax2mail@highcountryfamilymed.com",
        "Orders for signature",
        "Attached: visit note and plan of care for signature. Return by fax 555-0192.\n" + SIG,
        atts=(
            Att(
                "POC_Amundsen.pdf",
                "application/pdf",
                pdf(
                    [
                        "EVERGREEN HOME HEALTH & HOSPICE - Plan of Care (CMS-485)",
                        "Patient: Gus Amundsen  HI claim no./MBI: 7KD2-AT9-XM63  SOC 11/30/2026",
                        "Principal dx: I69.354 Hemiplegia following cerebral infarction",
                        "Orders: SN 1w8, PT 2w4, OT 1w4; warfarin INR weekly",
                        "Physician: Greta Lindqvist MD  NPI: 1938204769",
                    ],
                    "Plan of care",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "first_name_hh",
        "Hard positive: first name only with insulin dosing and hypoglycemia episode, to a home aide.",
        f"Corinne B <cbaptiste@{E}>",
        "marisol.aide@outlook.com",
        "for tomorrow",
        "Marisol - when you see Rex tomorrow make sure he eats before his Lantus, he dropped to 48\n"
        "Tuesday. Check his foot dressing is dry. Call me if he's shaky. -C\n",
    ),
    Spec(
        True,
        "initials_case_review",
        "Hard positive: IDT meeting notes with initials, ages, town and hospice diagnoses.",
        f"Elena Sato MD <esato@{E}>",
        "esato.personal@protonmail.com",
        "IDT notes to finish at home",
        "IDT 12/9\n- C.A., 87M, Pine Hollow: lung ca, actively dying, cont care started\n"
        "- W.P., 74F, Cedar Flats: COPD, O2 4L, recert due 1/11, meets LCD\n"
        "- L.G., 91F, Pine Hollow LTC: dementia FAST 7c, new admit from hospital wing\n",
    ),
    Spec(
        True,
        "hospice_recert_ics",
        "Calendar invite for a face-to-face recertification naming the patient.",
        f"Leah Whitacre <lwhitacre@{E}>",
        "np.dorothy.kern@evergreenhh.org",
        "F2F visit",
        "Dorothy, invite for the F2F. Her benefit period 3 ends 1/11.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Evergreen//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:h4-f2f-2290@evergreenhh.org\r\nDTSTAMP:20261207T160000Z\r\nDTSTART:20261222T170000Z\r\n"
            "DTEND:20261222T180000Z\r\nSUMMARY:F2F recert - Wanda Pikeman (COPD)\r\n"
            "LOCATION:18 Cottonwood Dr\\, Cedar Flats\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
        cc="dkern.np@gmail.com",
    ),
    Spec(
        True,
        "bereavement_specific",
        "Hard positive: bereavement follow-up naming the survivor and the deceased patient's death.",
        f"Bereavement Team <bereavement@{E}>",
        "joanambrose44@aol.com",
        "Thinking of you",
        "Dear Joan,\n\nIt has been a month since Clifford died at home with you beside him. Our\n"
        "bereavement coordinator will call next week; the grief group meets Thursdays at 6.\n\nWith care,\nEvergreen Hospice\n",
    ),
    Spec(
        True,
        "payer_auth_hh",
        "Home-health authorization request with member ID, diagnosis and visit frequencies.",
        f"Intake <intake@{E}>",
        "um@rmhp-auth.org",
        "Auth request - SN/PT",
        "Requesting authorization:\nMember: Opal Hendricks  ID RM7781044519\nDx: S72.001D, Z95.2\n"
        "SN 2w3 for IV abx teaching/PICC care, PT 3w4\nStart 12/11/2026. Ordering NPI: 1938204769\n\nPam Wirth, intake\n",
    ),
    Spec(
        True,
        "zip_visit_notes",
        "ZIP with DOCX visit notes for two patients sent to an outside auditor.",
        f"Compliance <compliance@{E}>",
        "audit@claimreviewpartners.com",
        "ADR documentation",
        "Attached is the ADR documentation package you requested for the two claims.\n" + SIG,
        atts=(
            Att(
                "ADR_package.zip",
                "application/zip",
                zipped(
                    {
                        "Amundsen_visits.docx": docx(["Gus Amundsen - SN visit 12/02/2026", "BP 148/86, INR 2.4, L arm weakness stable"]),
                        "Pikeman_visits.docx": docx(["Wanda Pikeman - SN visit 12/03/2026", "SpO2 88% on 3L, increased dyspnea, morphine 2.5 mg q4h PRN"]),
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "aide_assignment_txt",
        "Hard positive: aide assignment TXT listing bath visits with names and addresses only (service implies care).",
        f"Scheduling <scheduling@{E}>",
        "aides@lists.evergreenhh.org",
        "Aide route Thurs",
        "Route attached.\n",
        cc="homeaide.becca@gmail.com",
        atts=(
            Att(
                "route_thu.txt",
                "text/plain",
                "HHA ROUTE THU 12/10\n0800 Gus Amundsen, 9 Mill Rd Cedar Flats - bath, transfer w/ gait belt\n"
                "1000 Wanda Pikeman, 18 Cottonwood Dr - bed bath, O2 in use no smoking\n1300 Opal Hendricks, 310 W 3rd - shower, cover PICC\n",
            ),
        ),
    ),
    Spec(
        True,
        "forwarded_complaint",
        "Forwarded family complaint naming the patient and a missed visit, sent to the state ombudsman.",
        f"Administrator <admin@{E}>",
        "ombudsman@colorado-ltcop.org",
        "FW: complaint response",
        "Attached is the family's email and our response, as requested.\n\nDiane Kowal, Administrator\n",
        forward=Spec(
            True,
            "",
            "",
            "Hector Castro <hcastro.family@gmail.com>",
            f"admin@{E}",
            "nobody came",
            "My mother Imelda Castro was supposed to get her nurse visit for her heart failure Monday and\n"
            "nobody came. Her legs are swollen and she is short of breath. This is the second time.\n",
        ),
    ),
    Spec(
        True,
        "html_only_hospice",
        "HTML-only visit summary naming the patient sent to the family member.",
        f"Evergreen Hospice <noreply@{E}>",
        "gthalberg@comcast.net",
        "Visit summary",
        "",
        html=(
            "<html><body><h3>Evergreen Hospice - visit summary</h3><p>Patient: <b>Marguerite Thalberg</b></p>"
            "<p>Visit 12/09 by Nadine Oyelaran RN. Pain 3/10 on fentanyl 25 mcg patch. Bowel regimen "
            "increased to senna 2 tabs BID. Next visit Friday.</p></body></html>"
        ),
    ),
    Spec(
        True,
        "subject_only_hh",
        "Hard positive: patient name and hospice election in subject only; body is empty-ish.",
        f"Pam Wirth <pwirth@{E}>",
        "dkowal@evergreenhh.org",
        "Thalberg elected hospice today - revoke HH episode",
        "fyi\n",
        cc="pam.wirth62@gmail.com",
    ),
    # negatives
    Spec(
        False,
        "volunteer_training",
        "Hard negative: hospice volunteer training agenda discussing dying process in general terms.",
        f"Volunteer Coordinator <volunteers@{E}>",
        "volunteers@lists.evergreenhh.org",
        "Volunteer training Jan 9",
        "Welcome, new volunteers!\n\nAgenda: 9:00 hospice philosophy; 10:00 signs of approaching death\n"
        "(mottling, breathing changes, secretions); 11:00 HIPAA and confidentiality; 1:00 grief and\n"
        "self-care. Lunch provided. Bring your TB test and background check forms.\n\nShelly\n",
    ),
    Spec(
        False,
        "bereavement_newsletter",
        "Hard negative: bereavement-support newsletter, no individual named.",
        f"Bereavement Team <bereavement@{E}>",
        "newsletter@lists.evergreenhh.org",
        "Holiday grief - December newsletter",
        "",
        html=(
            "<html><body><h2>Coping with the holidays after a loss</h2><p>The first holidays after a death "
            "can feel overwhelming. It's okay to change traditions. Our Thursday grief group meets at 6 pm "
            "in the Aspen Way office; the Blue Christmas service is 12/21.</p></body></html>"
        ),
    ),
    Spec(
        False,
        "job_posting",
        "Hard negative: hospice RN job posting mentioning symptom management and visits.",
        f"HR <hr@{E}>",
        "jobs@coloradonursejobs.com",
        "Posting: Hospice RN Case Manager (FT)",
        "Please post the following:\n\nHospice RN Case Manager - Pine Hollow & Cedar Flats\n"
        "Manage a caseload of 10-12 hospice patients, pain and symptom management, admissions, on-call\n"
        "rotation 1 in 6 weekends. Colorado RN license, 1 yr hospice or home health preferred. $42-51/hr.\n",
        atts=(Att("Hospice_RN_CM.pdf", "application/pdf", pdf(["EVERGREEN HOME HEALTH & HOSPICE", "Job Description: Hospice RN Case Manager", "Requirements: RN license, CPR, valid driver's license", "Benefits: mileage, PTO, 403(b)"], "Job description")),),
    ),
    Spec(
        False,
        "staff_schedule_phones",
        "Hard negative: on-call staff schedule with staff phone numbers, no patients.",
        f"Leah Whitacre <lwhitacre@{E}>",
        "clinical@lists.evergreenhh.org",
        "December on-call",
        "On-call for December below and in the workbook.\n\nWk1 Nadine Oyelaran 555-0111\nWk2 Tomas Reyes 555-0112\n"
        "Wk3 Corinne Baptiste 555-0113\nWk4 Nadine Oyelaran 555-0111\n\nLeah",
        atts=(Att("oncall_Dec.xlsx", XLSX, xlsx({"RN": [["Week", "Nurse", "Cell"], ["1", "N. Oyelaran", "555-0111"], ["2", "T. Reyes", "555-0112"]], "Chaplain-SW": [["Week", "Name"], ["1", "Maura Fitzsimmons"]]})),),
    ),
    Spec(
        False,
        "zip_service_area",
        "Hard negative: ZIP code list of the agency's service area.",
        f"Intake <intake@{E}>",
        "referrals@mercyregional.org",
        "Our service area (updated)",
        "For your discharge planners - we now cover these ZIPs:\n81233 Pine Hollow, 81236 Cedar Flats, 81240 Juniper, 81242 Sage Creek,\n"
        "81248 (north of Hwy 50 only). Referrals: fax 555-0192 or call 555-0190.\n\nPam\n",
    ),
    Spec(
        False,
        "ce_case_study",
        "Hard negative: continuing-education invite with an anonymous case study.",
        f"Education <education@{E}>",
        "clinical@lists.evergreenhh.org",
        "CE: terminal delirium (1.0 contact hr)",
        "Case study for Thursday's in-service: an 84-year-old woman with end-stage heart failure becomes\n"
        "agitated and pulls at her lines during the last week of life. What would you assess first? We'll\n"
        "discuss haloperidol vs lorazepam. Lunch provided, Aspen Way conference room.\n",
        atts=(Att("delirium_inservice.docx", DOCX, docx(["Terminal Delirium In-service", "Case: 84-year-old woman, end-stage HF, new agitation", "Discussion questions 1-5"])),),
    ),
]
