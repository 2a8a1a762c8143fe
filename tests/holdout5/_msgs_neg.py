# ruff: noqa: E501
"""Hand-written holdout5 messages: dangerous-looking negatives and a few more mixed cases."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, png, zipped
from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

H = "harborviewchc.org"
S = "summitimaging.com"
C = "clearflowkidney.com"

MESSAGES: list[Spec] = [
    Spec(
        False, "hl7_test",
        "Hard negative: HL7 ADT test message with an obvious synthetic test patient in the test environment.",
        f"Interface Team <interfaces@{H}>", "integration@ehrvendorcloud.com",
        "TEST env - ADT feed sample",
        "Sample from our TEST environment only. Patient is the standard test record ZZTEST.\n",
        atts=(Att("adt_test.hl7", "application/hl7-v2",
            "MSH|^~\\&|HCHC_TEST|HARBORVIEW|VENDOR|CLOUD|20261207090000||ADT^A04|T0001|T|2.5.1\r"
            "PID|1||TEST0001^^^HCHC^MR||ZZTEST^PATIENT||19000101|U\r"
            "PV1|1|O|TESTCLINIC\r"),),
    ),
    Spec(
        False, "meeting",
        "ICS invite for a radiology section meeting.",
        f"Operations <ops@{S}>", "radiologists@summitimaging.com",
        "Section meeting",
        "Monthly section meeting invite attached.\n",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SIA//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h5-sec-12@summitimaging.com\r\n"
        "DTSTART:20261215T013000Z\r\nDTEND:20261215T030000Z\r\nSUMMARY:Body section meeting - protocol review, turnaround times\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        False, "meeting",
        "Hard negative: ICS for a shelter partnership meeting titled with health topics, no patients.",
        f"Jo Aldana <jaldana@{H}>", "director@bethanyshelter.org",
        "Quarterly partner meeting",
        "Looking forward to it - agenda: TB screening at intake, naloxone kits, flu clinic dates.\n",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HCHC//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h5-shelter-q1@harborviewchc.org\r\n"
        "DTSTART:20261216T220000Z\r\nDTEND:20261216T233000Z\r\nSUMMARY:Shelter partners - TB screening, naloxone, flu clinics\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        False, "forwarded_chain",
        "Hard negative: forwarded vendor contract thread about a BAA, no patient data.",
        f"Compliance <compliance@{C}>", "legal@clearflow-counsel.com",
        "Fwd: BAA redlines",
        "See the vendor's redlines below. Breach notification window went from 10 to 60 days - not acceptable.\n",
        forward=Spec(
            False, "baa", "inner", "contracts@renalregistrysync.com", f"compliance@{C}",
            "BAA redlines",
            "Attached are our comments on sections 4.2 (breach notice) and 7 (subcontractors). Happy to discuss.\n",
        ),
    ),
    Spec(
        False, "forwarded_chain",
        "Forwarded IT notice about a phishing campaign.",
        f"Ops Manager <opsmgr@{S}>", f"frontdesk@{S}",
        "Fwd: Phishing alert - fake fax notifications",
        "Heads up, please read.\n",
        forward=Spec(
            False, "it_notice", "inner", "security@summitimaging.com", f"opsmgr@{S}",
            "Phishing alert - fake fax notifications",
            "We are seeing emails pretending to be eFax deliveries. Do not click. Report with the Phish button.\n",
        ),
    ),
    Spec(
        False, "system_notification",
        "Hard negative: automated PACS disk-usage notification with study counts.",
        "pacs-monitor@summitimaging.com", f"pacsadmin@{S}",
        "[ALERT] Archive tier 2 at 91%",
        "Automated alert from VPP-ARCHIVE-02 (10.40.2.18)\nTier 2 usage: 91.3% (threshold 90%)\nStudies in queue: 1,482\nOldest unarchived: 2026-12-06 22:14\n",
    ),
    Spec(
        False, "system_notification",
        "Automated backup success notification for dialysis EHR.",
        "noreply@clearflowkidney.com", f"itops@{C}",
        "Backup job NIGHTLY-EHR completed",
        "Job NIGHTLY-EHR completed successfully at 02:14. 412 GB transferred. Next run 12/08 01:00.\n",
    ),
    Spec(
        False, "txt_attachment",
        "TXT attachment: interpreter invoice summary by language and hours.",
        f"Language Services <language@{H}>", "ar@lingualinkinterp.com",
        "Nov invoice reconciliation",
        "Our totals differ from your invoice by 6.5 hours, see attached.\n",
        atts=(Att("nov_hours.txt", "text/plain", "Dari 84.0h\nPashto 41.5h\nSwahili 22.0h\nBurmese 18.5h\nHaitian Creole 12.0h\nTotal 178.0h (invoice says 184.5h)\n"),),
    ),
    Spec(
        False, "txt_attachment",
        "Hard negative: TXT release notes for RIS software mentioning 'patient' fields.",
        f"PACS Admin <pacsadmin@{S}>", "techs@summitimaging.com",
        "RIS upgrade Saturday",
        "Release notes attached. Downtime 10pm-2am Sat.\n",
        atts=(Att("ris_7.4_release_notes.txt", "text/plain",
            "RIS 7.4\n- Patient banner now shows preferred name and pronouns\n- Contrast allergy flag moved to header\n- Fixed: DOB field validation\n"),),
    ),
    Spec(
        False, "png_attachment",
        "Hard negative: PNG logo for the newsletter, filename mentions dialysis.",
        f"Marketing <marketing@{C}>", "design@bluecedarcreative.com",
        "logo for home dialysis campaign",
        "Updated logo attached for the home dialysis awareness campaign. Please use the teal version.\n",
        atts=(Att("home_dialysis_logo_teal.png", "image/png", png(12, 12, (0, 150, 150))),),
    ),
    Spec(
        False, "zip_attachment",
        "Hard negative: ZIP of de-identified teaching cases for CME.",
        f"Education <cme@{S}>", "speakers@pugetsoundradsociety.org",
        "Case files for Dec 16",
        "Zipped de-identified case descriptions, all DICOM headers scrubbed.\n",
        atts=(Att("cases_deid.zip", "application/zip", zipped({
            "case1.txt": "Case 1: adult, 3 cm left adrenal mass, 10 HU unenhanced. Diagnosis: adenoma.",
            "case2.txt": "Case 2: adult, 1.8 cm right adrenal mass, absolute washout 45%. Diagnosis: pheochromocytoma.",
        })),),
    ),
    Spec(
        False, "grant_report",
        "Hard negative: HRSA UDS grant report numbers by diagnosis category.",
        f"Grants <grants@{H}>", "projectofficer@hrsa-grantsmail.gov",
        "UDS table 6A preliminary",
        "Preliminary UDS 6A counts: hypertension 2,814 patients, diabetes 1,966, depression 1,402, HIV 211, hepatitis B 188.\n"
        "Final submission 2/15.\n",
    ),
    Spec(
        False, "staff_directory",
        "Hard negative: staff on-call list with radiologist names and phone numbers.",
        f"Operations <ops@{S}>", "answering@nightcallservice.com",
        "December on-call radiologists",
        "On call (overnight reads):\n12/7-12/13  Dr. Renata Kowal  425-555-0121\n12/14-12/20 Dr. Tobias Brenner  425-555-0122\n"
        "12/21-12/27 Dr. Priya Raman  425-555-0123\nEscalation: Ops manager 425-555-0120\n",
    ),
    Spec(
        False, "provider_enrollment",
        "Hard negative: provider credentialing email with clinician NPI.",
        f"Credentialing <credentialing@{C}>", "providerenrollment@beaconridgehealth.com",
        "Add nephrologist to group",
        "Please add Dr. Saoirse Kinnane (nephrology) NPI: 1630587248 to our group contract effective 1/1/2027. CV attached to portal.\n",
    ),
    Spec(
        False, "vendor_invoice",
        "Interpreter agency invoice PDF with hours and rates.",
        f"Accounts Payable <ap@{H}>", "fieldwork@nwfqhcauditors.com",
        "Invoice LL-7719 for your sample",
        "Here's the interpreter invoice you pulled for the A-133 sample, approved and paid 12/2.\n",
        atts=(Att("LL-7719.pdf", "application/pdf", pdf([
            "LINGUALINK INTERPRETING - INVOICE LL-7719 - HARBORVIEW COMMUNITY HEALTH CENTER",
            "On-site interpreting Nov 2026: 184.5 hours @ $62 = $11,439.00",
        ], "Invoice")),),
    ),
    Spec(
        False, "training",
        "DOCX training outline for front desk on sliding-fee scale.",
        f"Patient Financial Services <pfs@{H}>", f"frontdesk@{H}",
        "Sliding fee training outline",
        "Outline for Thursday's training attached.\n",
        atts=(Att("sliding_fee_training.docx", DOCX, docx([
            "Sliding Fee Discount Program - front desk training",
            "1. Who is eligible: household income at or below 200% FPL",
            "2. Documents: pay stubs, tax return, or self-declaration",
            "3. Never ask about diagnosis on the application",
        ])),),
    ),
    Spec(
        False, "capacity",
        "Hard negative: XLSX chair capacity by shift with counts only.",
        f"Operations <ops@{C}>", "regional-ops@clearflowkidney.com",
        "Chair utilization Dec",
        "Utilization attached.\n",
        atts=(Att("chair_util_dec.xlsx", XLSX, xlsx({
            "Northgate": [["Shift", "Chairs", "Filled"], ["MWF AM", "24", "24"], ["MWF PM", "24", "19"], ["TTS AM", "24", "22"]],
            "Renton": [["Shift", "Chairs", "Filled"], ["MWF AM", "20", "18"], ["TTS AM", "20", "20"]],
        })),),
    ),
    Spec(
        False, "shelter_coordination",
        "Hard negative: shelter coordination about bed counts and a TB screening event, no guest named.",
        f"Street Medicine Team <streetmed@{H}>", "intake@bethanyshelter.org",
        "TB screening day at Bethany",
        "Hi Rosa, we'll bring the van Tuesday 12/15 for TB symptom screening and flu shots. Last time we saw 37 guests.\n"
        "Can you hold the back room? We'll need 2 tables and an outlet.\n\nJo",
    ),
    Spec(
        False, "personal",
        "Staff personal note to a friend's personal address about lunch.",
        f"Maya Lund <mlund@{C}>", "jenny.trask@gmail.com",
        "lunch sat?",
        "hey! still on for pho saturday? I'm off after my shift at 1. -maya\n\nSent from my iPhone",
    ),
    Spec(
        False, "personal",
        "Hard negative: staff member to own personal mailbox with a CE certificate.",
        f"Ilse Varnholt RN <ivarnholt@{H}>", "ilse.varnholt@icloud.com",
        "CE cert",
        "saving my TB nurse CE certificate for license renewal\n",
        atts=(Att("CE_certificate_TB_nursing.pdf", "application/pdf", pdf([
            "HARBORVIEW COMMUNITY HEALTH CENTER - CONTINUING EDUCATION",
            "Ilse Varnholt RN completed 'Latent TB Infection Update 2026' - 2.0 contact hours",
        ], "CE certificate")),),
    ),
    Spec(
        False, "personal",
        "Hard negative: radiologist to spouse's personal address about schedule, mentions 'scans'.",
        f"Dr. Tobias Brenner <tbrenner@{S}>", "brenner.household@outlook.com",
        "late tonight",
        "Hon - 40 scans still on my list, won't be home till 8. Can you grab the kids? Love T\n",
    ),
    Spec(
        False, "newsletter",
        "HTML newsletter about kidney health month with a tracking pixel, no patient.",
        f"ClearFlow Kidney Care <news@{C}>", "community-list@clearflowkidney.com",
        "Know your kidney numbers",
        "",
        html="<html><body><h1>Know your numbers</h1><p>1 in 7 adults has chronic kidney disease and most don't know it. "
        "Ask your doctor about eGFR and urine albumin tests.</p><img src=\"https://track.mailburst.io/o/9f2.gif\" width=1 height=1></body></html>",
        html_only=True,
    ),
    Spec(
        False, "refugee_stats",
        "Hard negative: arrivals forecast from resettlement agency partner with nationality counts.",
        f"Marco Lindqvist <mlindqvist@{H}>", "programs@newrootsresettle.org",
        "Re: Q1 arrival projections",
        "Thanks - so Q1 is ~90 arrivals (Afghan SIV 40, Congolese 30, Rohingya 12, Haitian parolees 8)? We'll add two\n"
        "Saturday screening clinics in January.\n\n> Our projections for Q1 are attached.\n",
    ),
    Spec(
        False, "policy",
        "Hard negative: critical results communication policy with example values.",
        f"Dr. Renata Kowal <rkowal@{S}>", "radiologists@summitimaging.com",
        "Critical results policy - final",
        "Final version: Category 1 (e.g. PE, tension pneumothorax, free air) must be called to the ordering provider within 60 minutes\n"
        "and documented with name of person receiving and time. Category 2 (e.g. new suspicious mass) within 24 hours.\n",
    ),
    Spec(
        False, "audit",
        "Hard negative: compliance audit summary with counts of chart deficiencies.",
        f"Compliance <compliance@{C}>", "medicaldirectors@clearflowkidney.com",
        "Q4 chart audit results",
        "Q4 audit of 60 charts: 7 missing monthly care plan signatures, 3 missing consent renewal, 0 missing treatment orders.\nTarget is under 5%.\n",
    ),
    Spec(
        False, "it_ticket",
        "Hard negative: IT ticket about a workstation with IP and asset tag, no patient.",
        f"Front Desk <frontdesk@{H}>", "helpdesk@harborviewchc-it.com",
        "Check-in kiosk 3 frozen",
        "Kiosk 3 at the refugee clinic entrance (asset HV-KSK-0031, IP 10.12.4.53) froze again. Rebooted twice.\n",
    ),
    Spec(
        False, "quality",
        "Hard negative: imaging turnaround-time report by modality.",
        f"Quality <quality@{S}>", "referrers@summitimaging.com",
        "November turnaround times",
        "Median report turnaround Nov: CT 2.1h, MRI 5.4h, US 1.8h, mammo screening 26h. Stat CT within 30 min: 96%.\n",
    ),
    Spec(
        False, "equipment",
        "Dialysis machine preventive maintenance schedule with serial numbers.",
        f"Biomed <biomed@{C}>", "service@fluxdialysis-systems.com",
        "PM schedule Q1",
        "Machines due for 6-month PM in Jan: FX40-22810, FX40-22817, FX40-22833, FX40-22851. Please confirm tech dates.\n",
    ),
    Spec(
        False, "wic_form",
        "Hard negative: blank WIC medical referral form template sent to pediatrics.",
        f"Nadia Osei <nosei@{H}>", f"peds-team@{H}",
        "New WIC form version",
        "WIC sent the 2027 referral form. Fields: child name, DOB, hemoglobin, diagnosis, formula. Use this one from Jan 1.\n",
    ),
    Spec(
        False, "contrast_shortage",
        "Hard negative: recall notice for a contrast injector syringe lot.",
        f"Supply Chain <supply@{S}>", f"all-techs@{S}",
        "RECALL: injector syringes lot 2610B44",
        "Manufacturer recall of 200 mL injector syringes, REF 9040, lot 2610B44 (possible particulate). Pull from all rooms today.\n",
    ),
    Spec(
        False, "donation",
        "Thank-you letter to a donor for a refugee clinic gift.",
        f"Development <giving@{H}>", "h.and.p.whitcombe@gmail.com",
        "Thank you!",
        "Dear Helen and Paul,\n\nThank you for your generous gift of $2,500 to the Refugee Health Clinic. It will fund bus passes\nand interpreter hours for newly arrived families.\n\nWith gratitude,\nHarborview Development\n",
    ),
    Spec(
        False, "staff_health",
        "Hard negative: staff hepatitis B vaccination clinic announcement for employees.",
        f"Employee Health <employeehealth@{C}>", "allstaff@clearflowkidney.com",
        "Hep B titers for staff",
        "All direct-care staff: annual hepatitis B surface antibody titers are due. Walk in Tue/Thu 7-9am at Northgate.\n",
    ),
    Spec(
        False, "research",
        "Hard negative: de-identified dataset description for a research collaborator.",
        f"Quality <quality@{C}>", "biostat@pnwkidneyresearch.org",
        "De-identified extract ready",
        "The extract is ready on the SFTP: 1,204 rows, year of birth only, 3-digit ZIP, no dates beyond year, Safe Harbor\n"
        "reviewed by compliance. Variables: Kt/V, albumin, access type, hospitalization count.\n",
    ),
    # ---- a few more positives
    Spec(
        True, "rfc822_attachment",
        "Hard positive: forwarded message whose only PHI is in the nested message's subject.",
        f"Compliance <compliance@{S}>", "privacy@summit-legalcounsel.com",
        "Fwd: misdirected",
        "Counsel - misdirected email incident below for your review. No body text was sent.\n",
        forward=Spec(
            True, "misdirected", "inner", f"rkowal@{S}", "kowal.renata@gmail.com",
            "Ruth Eilersen - pancreatic mass, call GI",
            "\n",
        ),
    ),
    Spec(
        True, "vascular_access",
        "Hard positive: initials + chair + access problem to a vascular surgeon (identifiable in context).",
        f"Access Coordinator <access@{C}>", "dr.fenwright@northwestvascularsurgery.com",
        "HB chair 4",
        "Dr. F - HB (chair 4, Northgate MWF AM) had a clotted L forearm fistula this AM, no thrill. Catheter placed\nat Cascade ED. Can you see him for thrombectomy tomorrow?\n",
    ),
    Spec(
        True, "imaging_report",
        "Patient requests their MRI results be sent to a personal address; report included.",
        f"Medical Records <records@{S}>", "dmitri.volkonsky@gmail.com",
        "Your requested records",
        "Dear Mr. Dmitri Volkonsky,\n\nPer your signed request, here is your report:\nMRI lumbar spine 11/30/2026: L4-5 broad disc\n"
        "protrusion with moderate left foraminal stenosis contacting the L4 nerve root.\n\nSummit Imaging Medical Records\n",
    ),
    Spec(
        True, "shelter_coordination",
        "Hard positive: shelter asked to hold a bed for a named guest being discharged after dialysis start.",
        f"Leah Rousseau <lrousseau@{C}>", "intake@bethanyshelter.org",
        "bed hold",
        "Rosa, can you hold a lower bunk for Wendell O. through January? He just started dialysis with us and comes MWF\n5:30am, so he'll leave early. Thanks, Leah\n",
    ),
    Spec(
        True, "incidental_list",
        "Multi-sheet XLSX of hepatitis B positive refugee patients for linkage-to-care partner.",
        f"Ilse Varnholt RN <ivarnholt@{H}>", "linkage@hepbfreecoalition.org",
        "HBV linkage list Dec",
        "As agreed, the linkage list. Please use the encrypted portal next time, sorry.\n",
        atts=(Att("hbv_linkage_dec.xlsx", XLSX, xlsx({
            "Chronic HBV": [["MRN", "Name", "Language", "Phone"], ["7738821", "Sefu Ramdhani", "Swahili", "206-555-0148"],
                            ["7741502", "Claudine Hakizimana", "Kirundi", "206-555-0152"]],
            "Needs vaccine": [["MRN", "Name"], ["7741150", "Thet Naing Oo"]],
        })),),
    ),
    Spec(
        True, "prior_auth",
        "CT prior-auth denial appeal PDF with SSN on the member card copy.",
        f"Authorizations <auth@{S}>", "appeals@beaconridgehealth.com",
        "Appeal - denied CT abdomen",
        "Appeal letter attached for the denied CT.\n",
        atts=(Att("appeal_ct_abd.pdf", "application/pdf", pdf([
            "SUMMIT IMAGING ASSOCIATES - FIRST LEVEL APPEAL",
            "Member: Lucinda Marr  ID: BRH7720031177  SSN: 538-24-7716",
            "Denied: CPT 74177 CT abdomen/pelvis with contrast. Dx E27.8 adrenal mass 2.1 cm, needs adrenal protocol.",
        ], "Appeal")),),
    ),
    Spec(
        True, "auto_reply",
        "Hard positive: out-of-office auto-reply that quotes the incoming message naming a patient and CT finding.",
        f"Dr. Priya Raman <praman@{S}>", "mchen@lakecityfamilymed.com",
        "Automatic reply: question about CT for Harold Biggs",
        "I am out of the office until 12/14 with limited email. For urgent reads call the reading room 425-555-0130.\n\n"
        "> Dr. Raman, Harold Biggs's CT from Monday mentions a 'lytic lesion L2' - is that worrisome for myeloma? His\n"
        "> calcium is 11.4. Mei\n",
    ),
    Spec(
        True, "meals_referral",
        "Hard positive: medically tailored meals referral - name, address, renal diet and recent hospitalization.",
        f"Jo Aldana <jaldana@{H}>", "referrals@nourishnwmeals.org",
        "MTM referral",
        "Hi! Referring Armen Petrosyan, 4417 S Holly St Apt 3, 206-555-0139. Needs low-sodium renal diet, just got out\n"
        "of the hospital last week for fluid overload. Lives alone. Thanks!! Jo\n",
    ),
    Spec(
        False, "rfp",
        "Hard negative: RFP for speech recognition with a sample report using [PATIENT NAME] placeholders.",
        f"PACS Admin <pacsadmin@{S}>", "sales@dictamaxvoice.com",
        "RFP - radiology speech recognition",
        "Attached our RFP. Sample template the system must support:\n\nPatient: [PATIENT NAME]  DOB: [DOB]\nEXAM: CT chest with contrast\n"
        "IMPRESSION: [IMPRESSION]\n\nResponses due 1/8.\n",
    ),
    Spec(
        False, "provider_directory",
        "Hard negative: provider directory update - clinician names, specialties and NPIs, accepting new patients.",
        f"Credentialing <credentialing@{H}>", "directory@cascadecarehealthplan.com",
        "Directory update - Harborview",
        "Please update our listing:\nYusuf Demir MD, Psychiatry, NPI: 1482039611 - accepting new patients\n"
        "Elena Brandt MD, Family Medicine, NPI: 1748293051 - accepting, speaks Spanish\n",
    ),
    Spec(
        False, "drill",
        "Hard negative: emergency drill scenario with simulated casualties, no real individuals.",
        f"Emergency Management <em@{C}>", "drill-team@clearflowkidney.com",
        "Drill Friday - scenario cards",
        "DRILL DRILL DRILL. Earthquake scenario, power loss during 2nd shift. Simulated patient cards: #1 45M mid-treatment,\n"
        "needle dislodgement; #2 72F hypotensive; #3 60M refuses to leave chair. Actors are staff volunteers. Rinse-back by hand.\n",
    ),
]
