# ruff: noqa: E501
"""Hand-written holdout5 messages from Summit Imaging Associates (outpatient radiology)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, png
from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

S = "summitimaging.com"
DISC = "\n\nSummit Imaging Associates | This e-mail and attachments are confidential and intended only for the addressee.\n"

MESSAGES: list[Spec] = [
    Spec(
        True, "critical_finding",
        "Critical finding call-back documentation naming the patient with PE result.",
        f"Dr. Renata Kowal <rkowal@{S}>", "frontdesk@lakecityfamilymed.com",
        "CRITICAL RESULT - please have Dr. Oyelaran call",
        "CRITICAL FINDING\n\nPatient: Gordon Tillbrook  DOB 10/05/1958  Acc# SIA2612040093\nExam: CTA chest 12/4/2026\n"
        "Finding: acute bilateral segmental pulmonary emboli, RV/LV ratio 1.1.\nUnable to reach ordering provider by phone at 14:12.\n"
        "Please have Dr. Oyelaran call the reading room at 425-555-0130 immediately.\n\nRenata Kowal, MD" + DISC,
    ),
    Spec(
        True, "imaging_report",
        "Full MRI report PDF attached to referring office.",
        f"Report Distribution <reports@{S}>", "records@pinecrestortho.com",
        "Report ready",
        "Your report is attached.\n" + DISC,
        atts=(Att("report_SIA2612030417.pdf", "application/pdf", pdf([
            "SUMMIT IMAGING ASSOCIATES - FINAL REPORT",
            "Patient: Miriam Oduya   DOB: 04/22/1971   MRN: SIA-0488127",
            "Exam: MRI right knee without contrast   Date: 12/03/2026",
            "Impression: complex tear posterior horn medial meniscus; grade 2 MCL sprain.",
            "Read by: Tobias Brenner MD  NPI: 1630587248",
        ], "Final report")),),
    ),
    Spec(
        True, "incidental_list",
        "Incidental findings follow-up CSV with names, nodules and due dates sent to a referring clinic.",
        f"Nodule Navigator <navigator@{S}>", "care.gaps@lakecityfamilymed.com",
        "Incidental findings - follow up overdue",
        "Hi, these patients of yours had incidental findings with recommended follow up that we have not seen scheduled.\n" + DISC,
        atts=(Att("incidentals_overdue.csv", "text/csv",
            "patient,dob,exam_date,finding,recommendation,due\n"
            "Gordon Tillbrook,1958-10-05,2026-06-11,6 mm RLL solid nodule,CT chest 6-12 mo,2026-12-11\n"
            "Lucinda Marr,1966-02-28,2026-05-02,2.1 cm L adrenal adenoma,adrenal protocol CT,2026-11-02\n"
            "Desmond Achterberg,1949-09-17,2026-03-15,4.2 cm AAA,US 12 mo,2027-03-15\n"),),
    ),
    Spec(
        True, "incidental_list",
        "Multi-sheet XLSX incidental tracker with MRNs and findings.",
        f"Nodule Navigator <navigator@{S}>", "quality@evergreenpcp.org",
        "Q4 incidental tracker",
        "Tracker attached - sheet 'Open' is what still needs orders.\n" + DISC,
        atts=(Att("incidental_tracker_Q4.xlsx", XLSX, xlsx({
            "Open": [["MRN", "Name", "Finding", "Due"], ["SIA-0471932", "Hyun-woo Park", "thyroid nodule 1.8 cm TR4", "2026-12-01"],
                     ["SIA-0469011", "Marisol Quintero", "Bosniak IIF renal cyst", "2026-12-20"]],
            "Closed": [["MRN", "Name", "Closed"], ["SIA-0450022", "Ruth Eilersen", "2026-10-30"]],
        })),),
    ),
    Spec(
        True, "prior_auth",
        "MRI brain prior auth with member ID, symptoms and CPT.",
        f"Authorizations <auth@{S}>", "priorauth@beaconridgehealth.com",
        "PA - MRI brain w/wo",
        "Submitting PA:\nMember: Caleb Nwosu-Hart   ID: BRH7720019845   DOB 2/14/1990\nCPT 70553 MRI brain w/wo contrast\n"
        "Dx: R51.9 headache, H53.2 diplopia x3 wks, failed conservative tx.\nOrdering: Priya Raman MD NPI: 1482039611\n" + DISC,
    ),
    Spec(
        True, "contrast_allergy",
        "Contrast allergy premedication note naming the patient.",
        f"CT Tech Lead <ctlead@{S}>", "nurse@pinecrestortho.com",
        "premed needed",
        "Hi - Doris Lindahl (CT abd/pelvis Thurs 8am) had hives with iohexol in 2023. Per ACR protocol she needs\n"
        "prednisone 50 mg at 13h, 7h and 1h before plus diphenhydramine 50 mg 1h prior. Can you send the Rx? She'll need a driver.\n\nTasha, CT",
    ),
    Spec(
        True, "contrast_allergy",
        "Hard positive: initials + age/sex + contrast reaction and eGFR, no name.",
        f"Dr. Tobias Brenner <tbrenner@{S}>", "radsafety@summit-qa-partners.com",
        "contrast reaction for peer review",
        "For the Dec QA meeting: JM, 67F, moderate reaction (bronchospasm) 4 min after 100 mL iopamidol at our Bellevue site on\n"
        "12/2, treated with IM epi 0.3 mg, transferred to ED. eGFR 38. Prior reaction not documented in the order.\n\nTB",
    ),
    Spec(
        True, "imaging_report",
        "Hard positive: reply chain where only the quoted earlier message carries name and finding.",
        f"Scheduling <schedule@{S}>", "mchen@lakecityfamilymed.com",
        "RE: follow up US",
        "Booked for 12/18 at 9:40.\n\nSIA Scheduling\n\n-----Original Message-----\nFrom: Mei Chen\nSent: Friday, December 4, 2026\n"
        "Subject: follow up US\n\nCan you book Lucinda Marr for the 6-month thyroid US? Her last one showed the 1.4 cm TR3 nodule on the left.\n",
    ),
    Spec(
        True, "mammography",
        "BI-RADS 4 result letter to patient's personal email.",
        f"Breast Center <breastcenter@{S}>", "annaliese.voorhees@icloud.com",
        "Your recent mammogram",
        "Dear Annaliese Voorhees,\n\nYour diagnostic mammogram on 12/3/2026 showed a finding that needs a biopsy (BI-RADS 4).\n"
        "We have scheduled an ultrasound-guided biopsy on 12/10 at 1:00 PM. Please call 425-555-0177 with questions.\n\nSummit Breast Center" + DISC,
    ),
    Spec(
        True, "hl7",
        "HL7 ORU radiology result for a named patient sent to a vendor.",
        f"PACS Admin <pacsadmin@{S}>", "support@viewpointpacs.com",
        "ticket 55821 - ORU not posting",
        "Result below isn't posting to the portal, raw msg attached.\n",
        atts=(Att("oru_55821.hl7", "application/hl7-v2",
            "MSH|^~\\&|SIA_RIS|SUMMIT|PORTAL|VPP|20261204153000||ORU^R01|SIA55821|P|2.3\r"
            "PID|1||SIA-0490015^^^SIA^MR||Tran^Bao Minh||19820311|M\r"
            "OBR|1|A77102|SIA2612040201|71260^CT CHEST W CONTRAST\r"
            "OBX|1|TX|IMP||Spiculated 2.3 cm LUL mass, suspicious for primary lung malignancy. Lung-RADS 4B.||||||F\r"),),
    ),
    Spec(
        True, "fhir",
        "FHIR DiagnosticReport with patient reference and conclusion.",
        f"Integration <integration@{S}>", "dev@referralhubapp.com",
        "payload example for your parser",
        "Example from prod attached.\n",
        atts=(Att("diagnosticreport.json", "application/fhir+json",
            '{"resourceType":"DiagnosticReport","status":"final","code":{"text":"US abdomen complete"},'
            '"subject":{"display":"Oksana Melnyk","identifier":{"value":"SIA-0493377"}},"effectiveDateTime":"2026-12-02",'
            '"conclusion":"Hepatic steatosis. 9 mm gallbladder polyp, recommend follow-up US in 6 months."}'),),
    ),
    Spec(
        True, "calendar",
        "ICS for a biopsy appointment naming the patient.",
        f"Scheduling <schedule@{S}>", "nurse@evergreenpcp.org",
        "Biopsy scheduled",
        "Calendar hold attached for your nurse to coordinate anticoagulation hold.\n",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SIA//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h5-bx-7781@summitimaging.com\r\n"
        "DTSTART:20261211T170000Z\r\nDTEND:20261211T180000Z\r\nSUMMARY:CT-guided lung biopsy - Bao Minh Tran (hold apixaban 48h)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        True, "imaging_report",
        "Hard positive: first name only (Stan) plus his liver scan result, sent by the radiologist to a relative's personal address.",
        f"Dr. Renata Kowal <rkowal@{S}>", "bea.kowalski55@gmail.com",
        "Re: Stan",
        "Hi Aunt Bea - I looked at Stan's scan from Tuesday. The spot on his liver is a hemangioma, totally benign, no follow up\nneeded. Tell him to stop worrying! Love, Renata",
    ),
    Spec(
        True, "billing",
        "Patient balance email with account number and exam.",
        f"Billing <billing@{S}>", "pbeaumont1962@hotmail.com",
        "Statement - account 4410-22871",
        "Dear Philippe Beaumont,\n\nYour balance of $612.40 for the PET/CT performed 10/21/2026 is past due. Account 4410-22871.\n"
        "Your insurer applied it to your deductible. Pay at summitimaging.com/pay.\n" + DISC,
    ),
    Spec(
        True, "docx_report",
        "DOCX dictation draft naming patient and DEXA results to transcription vendor.",
        f"Dr. Priya Raman <praman@{S}>", "qa@scribeworks-transcription.com",
        "Correction on draft",
        "The attached draft has the wrong T-score, please fix and resend.\n",
        atts=(Att("draft_dexa.docx", DOCX, docx([
            "DEXA - Winifred Ashby, DOB 06/30/1944",
            "L1-L4 T-score -2.9, femoral neck -2.6: osteoporosis. FRAX major 24%.",
        ])),),
    ),
    Spec(
        True, "png_attachment",
        "Hard positive: helpdesk ticket naming Mr. Okonjo's lumbar MRI; the worklist screenshot PNG itself is blank.",
        f"Front Desk <frontdesk@{S}>", "helpdesk@risnova.com",
        "worklist frozen again",
        "Screenshot attached - it's stuck on Mr. Okonjo's MRI lumbar and the 3 after him won't load. Urgent, patients waiting.\n",
        atts=(Att("worklist_screen.png", "image/png", png(16, 9, (230, 230, 240))),),
    ),
    Spec(
        True, "peer_review",
        "Hard positive: accession number + exam + discrepancy; accession is a unique identifier tied to care.",
        f"QA Coordinator <qa@{S}>", "peerreview@radpeerpartners.com",
        "Discrepancy SIA2612010556",
        "Accession SIA2612010556, CT head wo 12/1, 81M: initial read negative, overread shows 6 mm R subdural. Score 3b.\n" + DISC,
    ),
    # ---- Summit negatives
    Spec(
        False, "radiation_safety",
        "Hard negative: radiation-safety dosimetry notice for staff, badge numbers only.",
        f"Radiation Safety Officer <rso@{S}>", f"all-techs@{S}",
        "Q3 dosimetry badge results",
        "All,\n\nQ3 badge results are in. No staff exceeded 10% of the annual limit. Two badges (#88210, #88245) were\n"
        "not returned - please turn them in. Remember lead aprons are inspected Jan 15.\n\nKeisha Mbatha, RSO",
    ),
    Spec(
        False, "contrast_shortage",
        "Hard negative: contrast shortage alert with NDC and lot numbers.",
        f"Supply Chain <supply@{S}>", "ordering@regionalradsupply.com",
        "Iohexol 350 allocation - NDC 0407-1414-62",
        "We're down to 4 days of Omnipaque 350 (NDC 0407-1414-62, lots 15822A and 15904C). Can we get our\n"
        "allocation bumped? Otherwise we start conserving per the ACR shortage guidance Monday.\n",
    ),
    Spec(
        False, "rvu_report",
        "Hard negative: RVU productivity by radiologist (workforce data).",
        f"Operations <ops@{S}>", "partners@summitimaging.com",
        "Nov wRVU by radiologist",
        "",
        atts=(Att("wRVU_nov.xlsx", XLSX, xlsx({
            "Summary": [["Radiologist", "wRVU", "Studies"], ["Kowal", "1842", "2210"], ["Brenner", "1690", "1985"], ["Raman", "1511", "1702"]],
            "By modality": [["Modality", "wRVU"], ["CT", "2140"], ["MR", "1710"], ["US", "640"]],
        })),),
    ),
    Spec(
        False, "downtime",
        "Hard negative: MRI downtime ticket with scanner serial number (device, not a patient's).",
        f"Biomed <biomed@{S}>", "service@magnetronmedical.com",
        "Down: MR2 Bellevue SN 44871-MX",
        "MR2 (SN 44871-MX, software VE11C) quenched-helium warning at 06:40, scanner down. Patients rescheduled.\nPlease dispatch FSE. Ticket 2026-1204-77.\n",
    ),
    Spec(
        False, "cme",
        "Hard negative: CME announcement describing de-identified case images.",
        f"Education <cme@{S}>", "members@pugetsoundradsociety.org",
        "Case conference Dec 16 - 1.0 CME",
        "Join us: 'Incidental adrenal lesions.' Cases include a de-identified 58-year-old with a 3 cm lipid-poor adrenal mass\n"
        "on CT and washout images. AMA PRA Category 1 credit. Zoom link to follow.\n",
    ),
    Spec(
        False, "vendor_invoice",
        "Hard negative: PACS vendor invoice PDF.",
        f"Accounts Payable <ap@{S}>", "billing@viewpointpacs.com",
        "Invoice 90417 question",
        "Line 3 seems to double-bill the archive tier, can you check?\n",
        atts=(Att("INV-90417.pdf", "application/pdf", pdf([
            "VIEWPOINT PACS - INVOICE 90417 - bill to SUMMIT IMAGING ASSOCIATES",
            "1. Enterprise viewer licences x40  $12,000",
            "2. Cloud archive 120 TB tier  $8,400",
            "3. Cloud archive 120 TB tier  $8,400",
        ], "Invoice")),),
    ),
    Spec(
        False, "leave_request",
        "Hard negative: technologist's own leave request mentioning her surgery - employment record, not PHI.",
        f"Tasha Greenwood <tgreenwood@{S}>", f"ctlead@{S}",
        "Leave request",
        "Hi Dana, I need to request leave 1/4-1/15 for my knee surgery. HR has my paperwork. I traded my Saturday with Luis.\nThanks, Tasha\n",
    ),
    Spec(
        False, "referring_newsletter",
        "HTML newsletter to referring providers about new low-dose lung screening hours.",
        f"Summit Imaging <outreach@{S}>", "referrers@summitimaging.com",
        "Now offering evening lung cancer screening",
        "",
        html="<html><body><h2>Evening LDCT screening</h2><p>Eligible patients aged 50-80 with a 20 pack-year history can now be scanned "
        "until 8pm at our Redmond site. Order code LDCT1.</p></body></html>",
        html_only=True,
    ),
    Spec(
        False, "job_posting",
        "Job posting for an MRI technologist.",
        f"Recruiting <careers@{S}>", "jobs@radtechcareers.com",
        "MRI Technologist - Bellevue",
        "Full-time MRI tech, ARRT(MR) required, 3T experience preferred, $5k sign-on. summitimaging.com/careers\n",
    ),
    Spec(
        False, "protocol",
        "Hard negative: contrast premedication protocol in general terms.",
        f"Dr. Tobias Brenner <tbrenner@{S}>", f"techs@{S}",
        "Updated premed protocol",
        "Reminder of the updated 13-hour premed: prednisone 50 mg PO at 13, 7 and 1 hour plus diphenhydramine 50 mg. For\n"
        "patients with prior severe reactions, consult the radiologist. eGFR < 30: no iodinated contrast without attending approval.\n",
    ),
]
