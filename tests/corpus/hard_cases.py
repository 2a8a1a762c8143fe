"""Hand-written hard cases for the PHI corpus (written to ``hard/``).

Each message below was written individually; the only shared code is the
envelope (Date, Message-ID, MIME structure). Roughly half are hard NEGATIVES
(health vocabulary or identifiers without an individual's health information)
and half hard POSITIVES (PHI that is short, informal, split, or hidden).
Run through ``generate.py``; labels are returned to it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mimekit as mk  # noqa: E402

MV = "mercyvalley.example"


@dataclass(frozen=True)
class Att:
    filename: str
    data: bytes
    ctype: str  # "maintype/subtype"


@dataclass(frozen=True)
class Case:
    slug: str
    phi: bool
    category: str
    notes: str
    frm: str
    to: str
    subject: str
    body: str
    html: str | None = None
    enc: tuple[str, str] | None = None
    atts: tuple[Att, ...] = field(default_factory=tuple)
    raw_subject: str | None = None
    inner: EmailMessage | None = None
    cc: str | None = None


def build(case: Case, index: int, key_prefix: str = "hard") -> bytes:
    key = f"{key_prefix}/{case.slug}"
    msg = mk.new_message(sender=case.frm, to=case.to, subject=case.subject, key=key, index=index, cc=case.cc)
    cs, cte = case.enc or (("us-ascii", "7bit") if case.body.isascii() else ("utf-8", "quoted-printable"))
    if not case.body and case.html is not None:  # HTML-only message
        msg.set_content(case.html, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(case.body, charset=cs, cte=cte)
    if case.html is not None and case.body:
        msg.add_alternative(case.html, subtype="html", charset="utf-8", cte="quoted-printable")
    if case.inner is not None:
        msg.add_attachment(case.inner)
    for a in case.atts:
        main, sub = a.ctype.split("/", 1)
        msg.add_attachment(a.data, maintype=main, subtype=sub, filename=a.filename)
    return mk.serialize(msg, key, raw_subject=case.raw_subject)


def inner_msg(frm: str, to: str, subject: str, body: str, key: str) -> EmailMessage:
    m = mk.new_message(sender=frm, to=to, subject=subject, key=key, index=900)
    m.set_content(body, charset="utf-8", cte="quoted-printable" if not body.isascii() else "7bit")
    return m


def _double_forward() -> EmailMessage:
    original = inner_msg("q.adair1962@gmail.com", f"Family Medicine <fm@{MV}>", "rash getting worse",
                         "Dr. Moreau, the rash on my legs is spreading since I started the allopurinol last week and "
                         "now my mouth has sores. Should I stop it? - Quentin Adair, DOB 5/5/62\n", "hard/p51/orig")
    middle = mk.new_message(sender=f"Nurse Triage <triage@{MV}>", to=f"Front Desk <fmfront@{MV}>",
                            subject="Fwd: rash getting worse", key="hard/p51/mid", index=901)
    middle.set_content("Misrouted to triage, please re-route to Dr. Moreau's pool.\n")
    middle.add_attachment(original)
    return middle


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

CASES: list[Case] = [
    # ================================================================== hard NEGATIVES
    Case("n01_oncologist_talk", False, "hard/clinician-topic", "clinician name + specialty + disease topic",
         f"Communications <comms@{MV}>", f"All Staff <allstaff@{MV}>", "Lunch & learn Thursday: breast cancer screening",
         "Hi all,\n\nDr. Maria Chen, our new oncologist, will speak on breast cancer screening at Thursday's lunch & learn "
         "(noon, Auditorium B). She'll cover the updated USPSTF recommendation to start biennial mammography at 40 and "
         "what it means for our primary care panels.\n\nBoxed lunches provided - please RSVP by Tuesday.\n\nComms team\n"),
    Case("n02_po_ssn_shape", False, "hard/purchase-order", "PO number shaped like an SSN",
         f"Purchasing <purchasing@{MV}>", "orders@medsupply-direct.example", "PO 512-44-9031 - backordered items",
         "Hello,\n\nPO 512-44-9031 shows the sharps containers as backordered. Please ship the partial (items 2-5) now "
         "and the rest when available. Our next PO will be 512-44-9047.\n\nRegards,\nDenise Albright\nPurchasing, Mercy Valley Health\n"
         "Tel 614-555-0143\n"),
    Case("n03_covid_aggregate", False, "hard/aggregate", "aggregate count of patients",
         f"Office of the CEO <ceo@{MV}>", f"All Staff <allstaff@{MV}>", "Thank you - a look back at 2025",
         "Team,\n\nLast year we treated 1,245 COVID-19 patients, delivered 3,812 babies and performed 9,400 surgeries. "
         "Our sepsis mortality fell to 9.1%, well under the state average. None of that happens without you.\n\n"
         "With gratitude,\nMarcus Bell, CEO\n"),
    Case("n04_hipaa_training", False, "hard/training", "HIPAA training talking about PHI in general, placeholder examples",
         f"Privacy Office <privacy@{MV}>", f"All Staff <allstaff@{MV}>", "Privacy tip of the month: subject lines",
         "Privacy tip of the month\n\nA subject line such as \"<patient name> - <diagnosis>\" is a breach waiting to happen: "
         "subject lines are stored unencrypted on many servers. Put identifiers and diagnoses only in the body of a "
         "message sent with [SECURE] in the subject.\n\nThe annual HIPAA module (30 minutes) is due by March 31 in the learning portal.\n"),
    Case("n05_saline_shortage", False, "hard/drug-shortage", "drug shortage notice",
         f"Pharmacy & Therapeutics <pt@{MV}>", f"Prescribers <prescribers@{MV}>", "SHORTAGE: 0.9% sodium chloride 1000 mL bags",
         "Effective immediately, 1000 mL 0.9% NaCl bags are on allocation. Please use 500 mL bags for maintenance fluids, "
         "convert IV-to-PO where appropriate, and avoid 'keep vein open' orders. Ondansetron and cefazolin premixes are "
         "also affected. We expect relief in late April.\n\n-- Pharmacy\n"),
    Case("n06_roster_phones", False, "hard/staff-roster", "staff roster with phone numbers",
         f"4 West Manager <4w-manager@{MV}>", f"4 West Staff <4w@{MV}>", "Weekend contact list",
         "Weekend charge / on-call contact list\n\n"
         "Sat days   Priya Natarajan RN     (614) 288-4410\n"
         "Sat nights Owen McAllister RN     (614) 371-0932\n"
         "Sun days   Grace Oyelaran RN      614-902-5518\n"
         "Sun nights Tomas Herrera RN       614.640.1177\n"
         "House sup  Beth Ann Kowalczyk     pager 4471\n\n"
         "Please call the charge nurse, not the manager, for staffing questions.\n"),
    Case("n07_flu_newsletter", False, "hard/newsletter", "flu-clinic newsletter",
         f"Community Health <community@{MV}>", "neighbors-list@lists.mercyvalley.example", "Free flu shots this Saturday",
         "Free flu shots this Saturday!\n\nWhere: Mercy Valley Main Campus, Lobby A\nWhen: 9am-1pm\nWho: everyone 6 months and older\n\n"
         "No insurance needed. High-dose vaccine is available for adults 65+. Bring your vaccination card if you have one.\n",
         html="<html><body><h2>Free flu shots this Saturday!</h2><p>9am-1pm, Lobby A. Everyone 6 months and older. "
              "High-dose vaccine for adults 65+.</p></body></html>"),
    Case("n08_staff_sick_leave", False, "hard/workforce-health", "staff member's own sick-leave notice (workforce, not patient)",
         f"Renata Wójcik <renata.wojcik@{MV}>", f"Helen Draper <helen.draper@{MV}>", "Out next week",
         "Hi Helen,\n\nJust letting you know I'll be out next Monday to Wednesday - I'm having my gallbladder taken out "
         "(finally!). Doctor says I should be back on light duty Thursday. Kofi agreed to cover my Tuesday shift and I've "
         "put the leave request in Workday.\n\nThanks,\nRenata\n"),
    Case("n09_nurse_job_posting", False, "hard/job-posting", "job posting with clinical vocabulary",
         f"Careers <careers@{MV}>", "postings@nursingjobs.example", "RN - Inpatient Oncology (nights) - req 26-0441",
         "Mercy Valley Health is hiring experienced RNs for our 28-bed inpatient oncology unit.\n\n"
         "You will: administer chemotherapy and biotherapy, manage neutropenic precautions, support patients receiving "
         "end-of-life care.\nYou have: active RN license, OCN preferred, 2+ years acute care, BLS/ACLS.\n\n"
         "$12,000 sign-on bonus. Apply at careers.mercyvalley.example/26-0441\n"),
    Case("n10_conference_agenda", False, "hard/conference", "conference agenda with speaker names and diseases",
         f"CME Office <cme@{MV}>", f"Medical Staff <medstaff@{MV}>", "Agenda: Midwest Diabetes & Obesity Summit",
         "Midwest Diabetes & Obesity Summit - April 18\n\n"
         "08:00  Dr. Samuel Adeyemi - GLP-1 receptor agonists beyond glycemic control\n"
         "09:00  Dr. Linh Tran - Managing type 1 diabetes in adolescents\n"
         "10:15  Panel - Bariatric surgery referral criteria (BMI >= 40, or >= 35 with comorbidities)\n"
         "11:30  Keisha Morgan, RD - Medical nutrition therapy for CKD stage 3\n\n6.0 AMA PRA Category 1 Credits\n",
         atts=(Att("summit_agenda.pdf", mk.make_pdf([
             "Midwest Diabetes & Obesity Summit", "08:00 Dr. Samuel Adeyemi - GLP-1 receptor agonists",
             "09:00 Dr. Linh Tran - Type 1 diabetes in adolescents", "10:15 Panel - Bariatric surgery referral criteria"]),
             "application/pdf"),)),
    Case("n11_vendor_invoice_acct", False, "hard/vendor", "vendor invoice with account numbers, no health info",
         "Billing <billing@cleanroom-services.example>", f"Accounts Payable <ap@{MV}>", "Invoice 88213 - account 0047-2219-88",
         "Dear customer,\n\nInvoice 88213 for February environmental services is attached.\n"
         "Account number: 0047-2219-88\nSite: Mercy Valley Main Campus, 1400 Riverside Dr\nAmount due: $41,906.12 by 03/31/2026\n"
         "ACH: routing 071000013, account 5549018832\n\nThank you for your business.\n",
         atts=(Att("INV-88213.pdf", mk.make_pdf(["Invoice 88213", "Account 0047-2219-88", "Terminal cleaning, OR suites 1-12",
                                                "Total $41,906.12"]), "application/pdf"),)),
    Case("n12_portal_it_notice", False, "hard/it-notice", "IT notice mentioning patient portal",
         f"IT Service Desk <servicedesk@{MV}>", f"All Staff <allstaff@{MV}>", "Patient portal outage Sunday 01:00-04:00",
         "The MyMercy patient portal and the proxy-access module will be offline Sunday 01:00-04:00 while we apply the "
         "vendor's security patch. Patients who try to log in will see a maintenance banner. Front desk staff: if patients "
         "call about lab results during the window, ask them to try again after 04:00.\n\nINC0048812\n"),
    Case("n13_research_abstract", False, "hard/research", "research abstract with aggregate outcomes",
         f"Research Office <research@{MV}>", "abstracts@cardiology-society.example", "Abstract submission #4471",
         "Title: Early mobility after TAVR and 30-day readmission\n\nMethods: Retrospective review of 612 patients "
         "(median age 81, 47% women) undergoing transfemoral TAVR 2021-2024.\nResults: Ambulation within 6 hours was "
         "associated with shorter length of stay (1.8 vs 2.6 days, p<0.001) and lower 30-day readmission (6.2% vs 10.9%).\n"
         "Conclusion: Early mobility is safe and associated with better outcomes.\n"),
    Case("n14_deidentified_table", False, "hard/de-identified", "de-identified dataset pasted in body",
         f"Data Core <datacore@{MV}>", "analyst@state-university.example", "deid sample - 20 rows",
         "Safe Harbor de-identified per 164.514(b). Ages >89 aggregated, ZIP truncated to 3 digits, dates reduced to year.\n\n"
         "rid  age  sex  zip3  adm_yr  dx      los\n"
         "001  67   F    432   2025    I50.9   4\n"
         "002  90+  M    430   2025    J18.9   6\n"
         "003  54   M    452   2025    E11.65  2\n"
         "004  38   F    441   2025    O24.419 3\n"
         "005  72   F    432   2025    N18.31  5\n"),
    Case("n15_id_clinic_directory", False, "hard/clinician-topic", "clinician names with the diseases they treat",
         f"Referral Center <referrals@{MV}>", "office@familypractice-westfield.example", "Updated specialist directory",
         "Updated specialist directory for your front desk:\n\n"
         "Infectious Disease - Dr. Amir Haddad (HIV clinic Tue/Thu), Dr. Sofia Lindqvist (hepatitis C)\n"
         "Hematology/Oncology - Dr. Rafael Ortiz (lymphoma, myeloma)\n"
         "Psychiatry - Dr. Naomi Feld (addiction medicine, buprenorphine waivered)\n"
         "Referral line: 614-555-0190, fax 614-555-0191\n"),
    Case("n16_grand_rounds_case", False, "hard/case-presentation", "anonymised case, no identifiers",
         f"Dept of Medicine <medicine@{MV}>", f"Residents <residents@{MV}>", "Grand rounds: a case of refractory ascites",
         "This week's grand rounds case: a man in his fifties with alcohol-associated cirrhosis presents with refractory "
         "ascites requiring weekly large-volume paracentesis. We'll discuss TIPS candidacy, MELD-Na and transplant "
         "referral. Presenter: Dr. Julia Brandt (PGY-3). Friday 7:30am, Room 210.\n"),
    Case("n17_colleague_memorial", False, "hard/workforce-health", "staff memorial notice (workforce, not patient)",
         f"Chief Nursing Officer <cno@{MV}>", f"Nursing <nursing@{MV}>", "Remembering Linda Park, RN",
         "It is with great sadness that I share that Linda Park, RN, who worked on 5 East for 22 years, passed away "
         "on Sunday after a long illness. A memorial will be held in the chapel Friday at 3pm. Counseling is available "
         "through the Employee Assistance Program at 1-800-555-0111.\n"),
    Case("n18_wellness_aggregate", False, "hard/aggregate", "employee wellness biometrics, aggregate",
         f"Employee Wellness <wellness@{MV}>", f"Leadership <leadership@{MV}>", "Biometric screening results (aggregate)",
         "1,804 employees completed biometric screening this year (62% participation). 38% had blood pressure above "
         "130/80, 11% had A1c in the prediabetes range and 27% had BMI >= 30. Individual results are never shared with "
         "managers. Proposed 2026 focus: hypertension coaching.\n"),
    Case("n19_press_release", False, "hard/marketing", "press release on rankings",
         f"Media Relations <media@{MV}>", "newsdesk@daily-courier.example", "For immediate release: Mercy Valley named top heart hospital",
         "FOR IMMEDIATE RELEASE\n\nMercy Valley Health has been named one of the nation's 50 Top Cardiovascular Hospitals "
         "for the third year running. The program performed 1,100 PCI procedures and 240 open-heart surgeries last year "
         "with risk-adjusted mortality below the national benchmark.\n\nMedia contact: Jordan Fisk, 614-555-0177\n"),
    Case("n20_formulary_update", False, "hard/formulary", "formulary change, drugs but no patient",
         f"P&T Committee <pt@{MV}>", f"Prescribers <prescribers@{MV}>", "Formulary update March 2026",
         "Formulary changes effective April 1:\n- Empagliflozin (Jardiance) becomes the preferred SGLT2 inhibitor; "
         "dapagliflozin requires prior authorization.\n- Apixaban preferred over rivaroxaban for non-valvular AF.\n"
         "- Insulin lispro biosimilar auto-substitution approved.\nQuestions: clinical pharmacist on call, ext 3310.\n"),
    Case("n21_sepsis_protocol", False, "hard/guideline", "clinical protocol",
         f"Sepsis Committee <sepsis@{MV}>", f"ED Staff <ed@{MV}>", "Reminder: SEP-1 bundle",
         "Reminder for suspected sepsis: lactate within 3 hours, blood cultures before antibiotics, broad-spectrum "
         "antibiotics within 1 hour, 30 mL/kg crystalloid for hypotension or lactate >= 4, repeat lactate if initial > 2. "
         "Our February compliance was 81%.\n"),
    Case("n22_clinic_room_schedule", False, "hard/staff-schedule", "clinician room schedule",
         f"Clinic Ops <clinicops@{MV}>", f"Front Desk <frontdesk@{MV}>", "Room assignments week of 3/9",
         "Mon  Rm 4  Dr. Anil Patel (oncology)      Rm 5  Dr. Hye-jin Park (rheumatology)\n"
         "Tue  Rm 4  Dr. Carla Mendes (cardiology)  Rm 5  Nurse practitioner clinic\n"
         "Wed  Rm 4  Dr. Anil Patel (oncology)      Rm 5  Dr. Omar Siddiqui (nephrology)\n"
         "Infusion chairs 1-8 are booked by the infusion center directly.\n"),
    Case("n23_device_recall", False, "hard/recall", "device recall with lot/serial numbers, no patient",
         f"Biomed <biomed@{MV}>", f"Nurse Managers <managers@{MV}>", "URGENT: infusion pump recall",
         "The manufacturer has issued a Class I recall for SmartFlow 300 infusion pumps, serial numbers SF3-20417 "
         "through SF3-20988 (lot 24K11). Biomed will swap affected pumps on all units by Wednesday. Tag any pump in that "
         "range 'DO NOT USE' and call ext 2266.\n"),
    Case("n24_blood_drive", False, "hard/newsletter", "blood drive announcement",
         f"Community Relations <community@{MV}>", f"All Staff <allstaff@{MV}>", "Blood drive - O negative urgently needed",
         "The regional blood supply is at a 2-day level. Our blood drive is Tuesday 7am-5pm in Conference Center A. "
         "O-negative and platelet donors are especially needed. Donors get a T-shirt and paid time.\n"),
    Case("n25_staff_flu_compliance", False, "hard/aggregate", "staff vaccine compliance by department",
         f"Employee Health <employeehealth@{MV}>", f"Department Heads <deptheads@{MV}>", "Flu vaccine compliance by department",
         "Department          Staff  Vaccinated  %\nEmergency           212    199         94\nSurgery             180    171         95\n"
         "Behavioral Health    64     49         77\nEnvironmental Svcs  130    98          75\n\n"
         "Reminder: unvaccinated staff must mask in patient areas through March 31.\n"),
    Case("n26_coding_tips", False, "hard/coding-education", "CPT/ICD coding tips, no patient",
         f"Coding Education <coding@{MV}>", f"Providers <providers@{MV}>", "Coding corner: 99214 vs 99215",
         "Coding corner: for 99214 you need moderate MDM - e.g. one chronic illness with exacerbation, or prescription "
         "drug management. Type 2 diabetes with hyperglycemia is E11.65, not E11.9. Hypertensive CKD needs I12.9 plus the "
         "N18 stage code. Questions: coding@mercyvalley.example\n"),
    Case("n27_icd_update_newsletter", False, "hard/coding-education", "ICD-10 update list",
         "updates@coding-newsletter.example", f"Coding Team <coding@{MV}>", "FY2026 ICD-10-CM changes you need to know",
         "New and revised codes effective October 1:\n- F32.A Depression, unspecified (now preferred over F32.9)\n"
         "- U07.1 COVID-19 guidance updated for sequelae\n- N18.31/N18.32 split CKD stage 3a/3b\n"
         "- New Z codes for social determinants of health (Z59.x housing instability)\n"),
    Case("n28_ap_remittance", False, "hard/vendor", "AP remittance with account numbers",
         f"Accounts Payable <ap@{MV}>", "ar@printworks.example", "Remittance advice - check 110482",
         "Remittance advice\nVendor account: 4417-2290-0012\nCheck 110482, $3,118.40\nInvoices paid: PW-7731, PW-7744, PW-7790\n"
         "Questions: ap@mercyvalley.example, 614-555-0123\n"),
    Case("n29_vendor_ai_pitch", False, "hard/marketing", "vendor pitch mentioning MRN/DOB as concepts",
         "Jessica Lane <jlane@phi-redact-ai.example>", f"CIO <cio@{MV}>", "Stop PHI leaks before they happen",
         "Hi,\n\nOur AI engine finds names, MRNs, dates of birth and diagnoses in outbound email with 99.2% recall, and "
         "integrates with Epic and Cerner in a day. Hospitals like yours cut misdirected-PHI incidents by 80%.\n\n"
         "Do you have 15 minutes next week?\n\nJessica Lane, Account Executive\n"),
    Case("n30_pharma_lunch", False, "hard/marketing", "pharma rep lunch",
         "Tyler Brooks <tbrooks@novapharm.example>", f"Family Medicine Front Desk <fmfront@{MV}>", "Lunch Wed - Ozempic update",
         "Hi team! I'll bring lunch Wednesday at 12:15 and share the latest cardiovascular outcome data for semaglutide "
         "(Ozempic) in adults with type 2 diabetes. Let me know about any dietary restrictions.\n\nTyler\n"),
    Case("n31_nurse_license_verif", False, "hard/workforce", "staff licence verification",
         f"HR Compliance <hrcompliance@{MV}>", f"Darnell Hughes <darnell.hughes@{MV}>", "License renewal reminder",
         "Hi Darnell,\n\nOur records show your RN license RN-884512 expires 04/30/2026. Please upload proof of renewal "
         "to the credentialing portal by April 15 to avoid removal from the schedule.\n\nHR Compliance\n"),
    Case("n32_new_hire_payroll", False, "hard/workforce", "new hire payroll setup with SSN (employment record, not PHI)",
         f"Payroll <payroll@{MV}>", "onboarding@payroll-provider.example", "New hire setup - Alicia Gómez",
         "Please set up the following new hire for the 3/13 pay date:\n\nName: Alicia Gómez\nPosition: Unit Secretary, 6 North\n"
         "SSN: 538-61-4407\nStart date: 03/09/2026\nPay rate: $21.40/hr\nDirect deposit form attached in the portal.\n",
         enc=("utf-8", "8bit")),
    Case("n33_test_patient", False, "hard/test-data", "synthetic test patient in training environment",
         f"EHR Training <ehrtraining@{MV}>", f"New Hires <newhires@{MV}>", "Training environment login",
         "For Tuesday's class, log in to the TRAINING environment (not production). Use test patient ZZTEST, ALPHA "
         "(MRN TRN0000001) for order entry practice. This is a fictitious record that exists only in the training build.\n"),
    Case("n34_health_plan_promo", False, "hard/marketing", "health plan promotion, no member",
         "BluePine Health Plan <news@bluepine-health-plan.example>", "members-list@bluepine-health-plan.example",
         "Free A1c test for all members",
         "Did you know? All BluePine members can get a free hemoglobin A1c test at any in-network lab this spring. "
         "Knowing your number is the first step to preventing diabetes.\n"),
    Case("n35_physician_call_schedule", False, "hard/staff-roster", "physician call schedule with cell phones",
         f"Hospitalist Group <hospitalists@{MV}>", f"Operator <operator@{MV}>", "March hospitalist call schedule",
         "Mar 1-7   Dr. Ines Carvalho     cell 614-733-2019\nMar 8-14  Dr. Peter Vukovic     cell 614-733-8841\n"
         "Mar 15-21 Dr. Aaliyah Grant     cell 614-733-5102\nMar 22-31 Dr. Henrik Dahl       cell 614-733-9960\n"),
    Case("n36_satisfaction_survey", False, "hard/aggregate", "patient satisfaction survey aggregate",
         f"Patient Experience <px@{MV}>", f"Leadership <leadership@{MV}>", "HCAHPS Q4 summary",
         "Q4 HCAHPS: overall rating 9-10: 74% (national 72%). Nurse communication 81%, quietness at night 55%. "
         "Selected anonymous comments: 'the night nurse on 4W was wonderful', 'parking was a nightmare'.\n"),
    Case("n37_mri_serial", False, "hard/facilities", "equipment serial number",
         f"Imaging Ops <imagingops@{MV}>", "service@scanner-vendor.example", "MRI 2 down - SN 4471-XK-2203",
         "MRI 2 (SN 4471-XK-2203) threw a helium pressure alarm at 06:10 and is down. We've moved today's schedule to MRI 1. "
         "Please dispatch an engineer; site ID MV-OH-0042.\n"),
    Case("n38_donor_thanks", False, "hard/philanthropy", "donor letter, no patient relationship implied",
         f"Foundation <foundation@{MV}>", "robert.hale@outlook.com", "Thank you for your gift",
         "Dear Mr. Hale,\n\nThank you for your generous gift of $5,000 to the Mercy Valley Foundation's new cancer center "
         "building campaign. Your name will appear on the donor wall in the main lobby.\n\nWith gratitude,\nEleanor Voss, "
         "Foundation Director\n"),
    Case("n39_reference_letter", False, "hard/workforce", "reference letter for a nurse",
         f"Helen Draper <helen.draper@{MV}>", "recruiting@lakeshore-cardiology.example", "Reference for Kofi Mensah, RN",
         "To whom it may concern,\n\nI have supervised Kofi Mensah on our cardiac step-down unit for four years. He "
         "manages complex heart failure and post-PCI patients with skill and is a natural preceptor. I recommend him "
         "without reservation.\n\nHelen Draper, RN, MSN, Nurse Manager\n"),
    Case("n40_lab_catalog", False, "hard/lab-reference", "lab catalog entries with reference ranges, no patient",
         f"Laboratory <lab@{MV}>", f"Clinics <clinics@{MV}>", "Test catalog update",
         "Potassium, plasma - green top (lithium heparin), reference 3.5-5.1 mmol/L, critical >6.0\n"
         "Troponin I, high sensitivity - critical >52 ng/L; repeat at 1 hour\n"
         "HbA1c - lavender top, reference 4.0-5.6%\n"
         "Specimens hemolyzed >2+ will be rejected for potassium.\n"),
    Case("n41_minimum_necessary", False, "hard/training", "policy text",
         f"Compliance <compliance@{MV}>", f"Managers <managers@{MV}>", "Policy PRV-104 revised: minimum necessary",
         "PRV-104 (Minimum Necessary) has been revised. Key change: bulk exports of patient lists to vendors now require "
         "Privacy Office approval and a current Business Associate Agreement. Treatment disclosures remain exempt.\n"),
    Case("n42_misdirected_stats", False, "hard/aggregate", "privacy incident statistics",
         f"Privacy Office <privacy@{MV}>", f"Compliance Committee <compliance-committee@{MV}>", "Q3 privacy incident report",
         "Q3: 12 misdirected emails (9 internal, 3 external), 4 misdirected faxes, 1 lost unencrypted USB drive "
         "(recovered). Two incidents met the breach threshold and were reported to HHS; affected individuals were notified.\n"),
    Case("n43_trial_recruitment", False, "hard/research", "general clinical trial recruitment flyer",
         f"Clinical Research <trials@{MV}>", "community-list@lists.mercyvalley.example", "Do you have asthma? Join a study",
         "Adults 18-65 with moderate asthma may qualify for a 12-week study of a new inhaler. Participants receive "
         "study-related care at no cost and up to $600 compensation. Call 614-555-0150 or visit trials.mercyvalley.example.\n"),
    Case("n44_payer_contract_rates", False, "hard/contracting", "reimbursement rate negotiation",
         f"Managed Care <managedcare@{MV}>", "contracting@bluepine-health-plan.example", "Counter-proposal: 2027 fee schedule",
         "Our counter-proposal for 2027: 99213 at 118% of Medicare, 99214 at 121%, 45378 case rate $1,480, 27447 case "
         "rate $24,900 inclusive of implant. Please review before our call on the 14th.\n"),
    Case("n45_party_allergy_menu", False, "hard/general", "party menu with allergens",
         f"Social Committee <social@{MV}>", f"All Staff <allstaff@{MV}>", "Holiday party menu",
         "Menu: roasted chicken, vegan lasagna, gluten-free brownies. Peanut-free kitchen. If you have a food allergy or "
         "celiac disease, tell the caterer at the door and they'll prepare a separate plate.\n"),
    Case("n46_portal_howto", False, "hard/patient-education", "generic portal instructions",
         f"MyMercy Support <portal@{MV}>", "help-article@lists.mercyvalley.example", "How to view your test results online",
         "1. Log in to MyMercy.\n2. Click Health > Test Results.\n3. Select a result to see the value and reference range.\n"
         "Results are released to you automatically; your provider may comment within 3 business days.\n"),
    Case("n47_county_stats", False, "hard/aggregate", "public health statistics by county",
         "Epidemiology <epi@county-health.example>", f"Infection Prevention <ip@{MV}>", "Weekly respiratory surveillance",
         "Week 9: Franklin County influenza A positivity 18.2%, RSV 6.1%, COVID-19 4.4%. ED visits for ILI 3.9% of all "
         "visits. Two long-term care facility outbreaks reported; no pediatric deaths.\n"),
    Case("n48_device_inventory_xlsx", False, "hard/facilities", "device inventory spreadsheet with serials",
         f"Biomed <biomed@{MV}>", "assets@ehr-cloudhost.example", "Device inventory export",
         "Attached is the device inventory you asked for (telemetry packs and pumps).\n",
         atts=(Att("inventory.xlsx", mk.make_xlsx([("Devices", [
             ["Asset tag", "Model", "Serial", "Location", "Last PM"],
             ["MV-10442", "Telemetry pack T6", "T6-889301", "4W", "2026-01-12"],
             ["MV-10443", "Telemetry pack T6", "T6-889302", "4W", "2026-01-12"],
             ["MV-20991", "SmartFlow 300", "SF3-21004", "ICU", "2025-11-30"]])]), XLSX),)),
    Case("n49_ooo_conference", False, "hard/general", "clinician out-of-office mentioning specialty conference",
         f"Dr. Hannah Ruiz <hruiz@{MV}>", "pharma-rep@novapharm.example", "Automatic reply: meeting",
         "I am at the ASCO annual meeting until June 3 with limited email. For urgent patient matters please call the "
         "oncology clinic at 614-555-0160.\n\nDr. Hannah Ruiz, Medical Oncology\n"),
    Case("n50_interpreter_schedule", False, "hard/staff-schedule", "interpreter staffing",
         f"Language Services <language@{MV}>", f"Clinic Managers <clinicmgrs@{MV}>", "Interpreter coverage",
         "In-person interpreter coverage next week: Spanish (M-F 8-5), Somali (Tue/Thu), Nepali (Wed am). ASL via video "
         "remote at all times. Book through the Language Line portal at least 24h ahead.\n"),
    Case("n51_hl7_spec", False, "hard/interface-spec", "HL7 spec with field definitions only",
         f"Interfaces <interfaces@{MV}>", "integration@northbridge-labs.example", "ORU spec clarification",
         "For OBX we send: OBX-3 LOINC code, OBX-5 value, OBX-6 units, OBX-7 reference range, OBX-8 abnormal flag "
         "(H, L, HH, LL, A). PID-3 carries the MRN with assigning authority MVH. We never send PID-19 (SSN).\n"),
    Case("n52_staff_covid_policy", False, "hard/workforce-health", "staff illness policy, no individual",
         f"Employee Health <employeehealth@{MV}>", f"All Staff <allstaff@{MV}>", "If you test positive for COVID-19",
         "Staff who test positive for COVID-19 should stay home, report the result through the Employee Health portal, "
         "and may return after 5 days if fever-free and symptoms improving, masking through day 10.\n"),
    Case("n53_iso_newsletter_fr", False, "hard/newsletter", "French-language health newsletter, iso-8859-1",
         f"Santé communautaire <sante@{MV}>", "abonnes@lists.mercyvalley.example", "Vaccination contre la grippe",
         "Bonjour,\n\nLa campagne de vaccination contre la grippe commence le 1er octobre. Les personnes âgées de 65 ans et "
         "plus, les femmes enceintes et les patients atteints de maladies chroniques sont prioritaires.\n\nL'équipe de santé communautaire\n",
         enc=("iso-8859-1", "quoted-printable"),
         raw_subject=mk.encoded_word_subject("Vaccination contre la grippe - à partir du 1er octobre", "iso-8859-1", "q")),
    Case("n54_placeholder_template", False, "hard/template", "reminder template with placeholders only",
         f"Patient Communications <patientcomms@{MV}>", f"Marketing Review <mktreview@{MV}>", "Please approve: new reminder text",
         "Proposed SMS/email reminder template for approval:\n\n"
         "\"Dear [FIRST NAME], this is a reminder of your [PROCEDURE] appointment with [PROVIDER] on [DATE] at "
         "[TIME]. Reply C to confirm.\"\n\nMerge fields come from the scheduling system; nothing is sent until "
         "Compliance signs off.\n"),
    Case("n55_physician_medical_leave", False, "hard/workforce-health", "clinician's own medical leave, no patients named",
         f"Orthopedics Practice Manager <orthomgr@{MV}>", f"Ortho Schedulers <orthosched@{MV}>", "Dr. Kaplan out 6 weeks",
         "Dr. Eitan Kaplan will be on medical leave for his own knee surgery from 3/16 for about six weeks. Please "
         "move his clinic patients to Dr. Moreau or Dr. Idowu and send the standard reschedule letter.\n"),
    Case("n56_pacemaker_recall_template", False, "hard/recall", "device recall letter template, no recipient",
         f"Cardiology Device Clinic <deviceclinic@{MV}>", f"Print Shop <printshop@{MV}>", "Recall letter - print 340 copies",
         "Please print 340 copies of the letter below on letterhead; addresses will be merged by the mail house.\n\n"
         "Dear Patient,\nThe manufacturer of your pacemaker (model Rhythmia 2 DR) has issued an advisory about "
         "premature battery depletion. No action is needed today; your device clinic will check your battery at "
         "your next remote transmission.\n"),
    Case("n57_hl7_ack_in_body", False, "hard/interface-spec", "HL7 ACK / MSH-only in body, no PID",
         f"Interfaces <interfaces@{MV}>", "integration@northbridge-labs.example", "ACKs coming back AE",
         "Your side is returning AE for every ORU since 02:00:\n\n"
         "MSH|^~\\&|NBL|NBL|MVH|MVH|202603020214||ACK^R01|A99812|P|2.5.1\n"
         "MSA|AE|88213|Unknown sending facility\n\nLooks like the facility code table was reloaded.\n"),
    Case("n58_aggregate_xlsx", False, "hard/aggregate", "aggregate readmissions workbook",
         f"Analytics <analytics@{MV}>", "reporting@bluepine-health-plan.example", "readmission data for the contract",
         "Attached: 30-day readmissions by condition, 2025, as required under the quality contract.\n",
         atts=(Att("readmissions_2025.xlsx", mk.make_xlsx([("2025", [
             ["Condition", "Index admissions", "Readmitted 30d", "Rate"],
             ["Heart failure", 812, 171, "21.1%"], ["COPD", 455, 82, "18.0%"],
             ["Pneumonia", 903, 118, "13.1%"], ["AMI", 301, 39, "13.0%"]])]), XLSX),)),
    # ================================================================== hard POSITIVES
    Case("p01_first_name_appt", True, "hard/first-name-appointment", "first name + condition + appointment date to patient",
         f"Surgery Clinic <surgeryclinic@{MV}>", "tomasz.w1979@gmail.com", "Thursday",
         "Hi Tomasz,\n\nJust confirming Thursday 3/12 at 2:00 pm for your wound check after the hernia repair. If the "
         "incision is red or draining before then, call us.\n\nMarisol, surgery clinic\n"),
    Case("p02_admitted_4west", True, "hard/encounter", "admission with no diagnosis",
         f"Bed Management <bedmgmt@{MV}>", "intake@cedar-rehab.example", "bed request update",
         "Ingrid Solberg was admitted to 4 West last night. We'll send the rehab referral once PT has seen her.\n"),
    Case("p03_panic_therapy", True, "hard/behavioral-health", "mental health with a name",
         f"Behavioral Health <bh@{MV}>", f"Dr. Naomi Feld <nfeld@{MV}>", "schedule change",
         "Kevin Osei called - he needs to move Monday's session to Wednesday. He said the panic attacks are worse since "
         "the sertraline dose went up and he's not sleeping. Can you call him today? 614-227-3815\n"),
    Case("p04_methadone_part2", True, "hard/substance-use", "42 CFR Part 2 record with a name",
         f"OTP Counselor <otp@{MV}>", "caseworker@county-probation.example", "Ramona Fitch",
         "Per the signed consent, confirming that Ramona Fitch has attended daily dosing at our opioid treatment program "
         "since January 6 and her current methadone dose is 95 mg. Her last two urine screens were negative.\n\n"
         "This information has been disclosed from records protected by federal confidentiality rules (42 CFR part 2).\n"),
    Case("p05_brca1_dob", True, "hard/genetic", "genetic result with DOB",
         f"Cancer Genetics <genetics@{MV}>", "office@summit-oncology.example", "Germline results",
         "Patient: Naledi Dlamini, DOB 07/14/1983\nPanel: 47-gene hereditary cancer panel\n"
         "Result: POSITIVE - BRCA1 c.5266dupC (p.Gln1756Profs*74), pathogenic\n"
         "Recommend: referral for risk-reducing surgery discussion; cascade testing of first-degree relatives.\n"),
    Case("p06_immunization_school", True, "hard/immunization", "child's immunization record",
         f"Westside Pediatrics <westsidepeds@{MV}>", "nurse@lincoln-elementary.example", "Shot record for Mateo",
         "Shot record as requested by his mom:\n\nMateo Alvarez-Reyes, DOB 2019-05-02\n"
         "DTaP #5 - 05/10/2024\nIPV #4 - 05/10/2024\nMMR #2 - 05/10/2024\nVaricella #2 - 05/10/2024\n"
         "Influenza - 10/21/2025\n"),
    Case("p07_claim_denial_member", True, "hard/claim", "claim denial with member ID",
         "Appeals <appeals@bluepine-health-plan.example>", f"Patient Financial Services <pfs@{MV}>", "Denial - appeal deadline 4/15",
         "Claim 7731-0044-2190 for member XKP448201937 (Theodore Banks) was denied: CO-50 not medically necessary. "
         "Service: 70553 MRI brain w/wo contrast, DOS 01/28/2026, dx G43.909. Appeals must be received by 04/15/2026.\n"),
    Case("p08_list_names_mrns", True, "hard/patient-list", "names + MRNs, no diagnosis (identifiers tied to patients)",
         f"HIM Department <him@{MV}>", "records@lakeshore-cardiology.example", "records you requested",
         "Here are the MRNs for the charts you asked about:\n\n"
         "Abernathy, Louise   MRN 40291877\nCastellanos, Rubén  MRN 40310066\nFairweather, Colin  MRN 39988104\n"
         "Nakamura, Emi       MRN 40455512\n\nWe'll release the records once the authorizations are on file.\n",
         enc=("windows-1252", "8bit")),
    Case("p09_k59_lab_line", True, "hard/lab-result", "terse lab value lines with a name",
         f"Night Lab <nightlab@{MV}>", f"Dr. Peter Vukovic <pvukovic@{MV}>", "crit",
         "Hollis, Dwayne 5E-14\nK 5.9 H\nCr 2.41 H\nBUN 61 H\ncalled to RN Amy @ 0312\n"),
    Case("p10_hl7_body", True, "hard/hl7", "raw HL7 ADT in the body",
         f"Interface Analyst <ifanalyst@{MV}>", "support@ehr-cloudhost.example", "A08 not processing",
         "Ticket 55120 - this A08 is stuck in the queue, can you look?\n\n"
         "MSH|^~\\&|ADT|MVH|CLOUD|EHRC|202603020644||ADT^A08|88213|P|2.5.1\n"
         "PID|1||40188311^^^MVH^MR||PRZYBYLSKI^HALINA^M||19470919|F|||22 Orchard Ct^^Dublin^OH^43017||614-889-2044\n"
         "PV1|1|I|ICU^07^A||||1457382921^OKONJO^ADA\n"
         "DG1|1||J96.01^Acute respiratory failure with hypoxia^I10\n"),
    Case("p11_xlsx_only", True, "hard/attachment-only", "PHI only in a spreadsheet",
         f"Care Management <caremgmt@{MV}>", "reports@oakridge-billing.example", "monthly file",
         "Monthly file attached.\n",
         atts=(Att("high_risk_march.xlsx", mk.make_xlsx([("High risk", [
             ["Name", "DOB", "Member #", "Condition", "Last ED visit"],
             ["Maurice Trenholm", "1956-02-11", "BPN220418876", "CHF, EF 25%", "2026-02-19"],
             ["Delphine Okoro", "1962-09-30", "BPN220733019", "COPD on home O2", "2026-02-25"],
             ["Stanislav Rudnik", "1949-12-04", "BPN221009452", "ESRD on hemodialysis", "2026-02-27"]])]), XLSX),)),
    Case("p12_subject_hiv", True, "hard/subject-only", "PHI only in subject",
         f"Dr. Amir Haddad <ahaddad@{MV}>", f"ID Nurse <idnurse@{MV}>", "RE: John Park - positive HIV result",
         "Yes, please book him for Thursday.\n"),
    Case("p13_forwarded_chain", True, "hard/forwarded", "PHI deep in a quoted forwarded chain",
         f"Unit Secretary <unitsec6n@{MV}>", "scheduling@harborview-imaging.example", "Fw: Fw: tomorrow",
         "Can you fit this in tomorrow? See below.\n\n-----Original Message-----\nFrom: Charge RN 6N\nSent: Monday 18:02\n"
         "Subject: Fw: tomorrow\n\nforwarding to scheduling\n\n-----Original Message-----\nFrom: Dr. Ines Carvalho\n"
         "Sent: Monday 17:40\n\n> Need a CT abdomen/pelvis with contrast tomorrow am for Wilhelmina Baptiste (MRN 40377120),\n"
         "> suspected diverticular abscess. Cr is 0.9 so contrast ok.\n"),
    Case("p14_spanish_reminder", True, "hard/appointment", "Spanish reminder with a name, iso-8859-1",
         f"Citas <citas@{MV}>", "lupita.herrera88@yahoo.com", "Recordatorio de su cita",
         "Hola Guadalupe Herrera:\n\nLe recordamos su cita de control de diabetes con la Dra. Méndez el martes 10 de marzo "
         "a las 9:30. Por favor venga en ayunas para el análisis de sangre.\n\nClínica Familiar Mercy Valley\n",
         enc=("iso-8859-1", "8bit"),
         raw_subject=mk.encoded_word_subject("Recordatorio de su cita - Guadalupe Herrera", "iso-8859-1", "q")),
    Case("p15_ocr_messy", True, "hard/ocr", "OCR-like messy text from a scanned fax",
         f"Fax Server <faxserver@{MV}>", f"Medical Records <him@{MV}>", "Fax received 6 pages",
         "F A X  -  R E F E R R A L\nPat1ent: Bartholom3w  K. Osterhaus    D0B: O3/I1/l95l\nMRN : 4O2l9933\n"
         "Dlagnosis : C0PD w/ acute exacerbat1on  J44 .1\nReason f or referral: pu lmonary rehab\n"
         "Signed __________ Dr. 0konjo\n"),
    Case("p16_allcaps_legacy", True, "hard/legacy-export", "ALL-CAPS legacy system export",
         f"Legacy HIS <his-export@{MV}>", "data@oakridge-billing.example", "DAILY CENSUS 0302",
         "MVH DAILY CENSUS  RUN 03/02/26 0500\n"
         "RM    PATIENT NAME           MRN        ADM DT    ATTENDING     DX\n"
         "401A  HANSEN, PER O          40111872   02/27/26  DAHL          CHF EXACERBATION\n"
         "402B  MBEKI, THANDIWE        40299015   03/01/26  GRANT         PNEUMONIA\n"
         "405A  O'SULLIVAN, BRIDGET    39877112   02/25/26  CARVALHO      HIP FX S/P ORIF\n"),
    Case("p17_patient_own_email", True, "hard/patient-message", "patient writing about own symptoms",
         "darla.m.finch@icloud.com", f"Cardiology Clinic <cardiology@{MV}>", "palpitations again",
         "Hi, this is Darla Finch (birthday 4/9/61). The racing heart is back since I ran out of my metoprolol on Friday. "
         "Should I come in or go to the ER? My cell is 740-512-6634.\n"),
    Case("p18_family_update", True, "hard/encounter", "nurse updating family",
         f"ICU RN <icu@{MV}>", "mbrennan.family@gmail.com", "Update on your mom",
         "Hi Michael,\n\nYour mother Edith came through the valve surgery well and was extubated at 4pm. She's still in "
         "the cardiac ICU, bed 7; visiting is open until 9. Please call the unit if you have questions.\n\nJen, RN\n"),
    Case("p19_pregnancy", True, "hard/encounter", "pregnancy result with a name",
         f"OB Clinic <ob@{MV}>", "midwife@birthcenter.example", "new OB transfer",
         "Transferring care: Keisha Lawson, 27, G2P1, positive hCG 2/20, LMP 1/14, EDD 10/21/2026. Prior C-section. "
         "She'd like a TOLAC consult.\n"),
    Case("p20_patient_death", True, "hard/encounter", "death of a patient",
         f"ICU Charge <icucharge@{MV}>", "referrals@organ-donor-network.example", "referral 0302-17",
         "Arvid Lund, 71, pronounced at 03:12 in ICU bed 7 after withdrawal of support. Cause: anoxic brain injury "
         "following cardiac arrest. Family consented to tissue donation evaluation.\n"),
    Case("p21_patient_statement", True, "hard/billing", "patient statement: account + service",
         f"Patient Billing <billing@{MV}>", "carlos.b.ferreira@hotmail.com", "Your statement is ready",
         "Dear Carlos Ferreira,\n\nAccount 6620041873\nService: MRI lumbar spine without contrast, 01/15/2026\n"
         "Insurance paid: $412.20\nYour balance: $187.80\n\nPay online at MyMercy or call 614-555-0100.\n"),
    Case("p22_collections", True, "hard/billing", "collections: name + account + ER visit",
         f"Patient Financial Services <pfs@{MV}>", "placements@recovery-partners.example", "placement batch 11",
         "Placing the following account for collection:\nGuarantor/patient: Lorraine Tibbets\nAccount: 6619983021\n"
         "Balance: $1,940.00\nService: Emergency department visit 11/02/2025 (level 4)\nLast payment: none\n"),
    Case("p23_pickup_ready", True, "hard/pharmacy", "prescription ready with patient name",
         "Riverbend Pharmacy <notify@riverbend-pharmacy.example>", "dana.whitfield@gmail.com", "Your prescription is ready",
         "Hi Dana Whitfield, your prescription for OZEMPIC 0.5MG/DOSE PEN is ready for pickup at Riverbend Pharmacy "
         "Main St. Copay: $25.00. It will be returned to stock after 10 days.\n"),
    Case("p24_ed_board", True, "hard/encounter", "ED shorthand with a name",
         f"ED Charge <edcharge@{MV}>", f"Cardiology Fellow <cardfellow@{MV}>", "bay 12",
         "walt kowalski in bay 12, 67M, CP since 0500, trop 0.31 -> 0.88, ST dep V4-V6. cath lab?\n"),
    Case("p25_home_health_address", True, "hard/home-health", "home address + home health care",
         f"Home Health Scheduler <homehealth@{MV}>", "visits@cedar-rehab.example", "add-on visit",
         "Please add a wound care visit tomorrow for Mrs. Agnes Tilly, 14 Birch Lane, Worthington OH 43085. Stage 3 "
         "sacral pressure injury, wet-to-dry dressing BID, daughter lets nurses in.\n"),
    Case("p26_workers_comp", True, "hard/claim", "workers comp injury treated",
         f"Occupational Health <occhealth@{MV}>", "claims@midwest-comp-insurance.example", "WC claim 26-88104",
         "Re: employee of Brightline Logistics, Jerome Battle, DOI 02/26/2026. Seen in occupational health 02/27: "
         "lumbar strain (S39.012A). Restrictions: no lifting >10 lb x 2 weeks. PT 2x/week ordered.\n"),
    Case("p27_split_subject_body", True, "hard/split-subject-body", "name in subject, diagnosis in body",
         f"Dr. Rafael Ortiz <rortiz@{MV}>", "tumorboard@summit-oncology.example", "Felicity Armitage",
         "Path from Friday's node biopsy: diffuse large B-cell lymphoma, GCB type, Ki-67 80%. PET scheduled. Would like "
         "to present her Wednesday.\n"),
    Case("p28_mbi_eligibility", True, "hard/eligibility", "Medicare MBI of a patient",
         f"Patient Access <access@{MV}>", "eligibility@oakridge-billing.example", "270 failed - please check manually",
         "Automated 270 rejected (AAA 72). Patient Odessa Pruitt, DOB 08/30/1941, MBI 5TW2-C94-QK61. Scheduled for "
         "cataract surgery right eye 3/19.\n"),
    Case("p29_pdf_radiology", True, "hard/attachment-only", "radiology report only in PDF",
         "Harborview Imaging <reports@harborview-imaging.example>", f"Ortho Clinic <ortho@{MV}>", "report",
         "Report attached.\n",
         atts=(Att("CT_report.pdf", mk.make_pdf([
             "HARBORVIEW IMAGING", "Patient: Sebastian Kowalewski   DOB 12/02/1970   MRN 40228190",
             "Exam: CT cervical spine without contrast   02/28/2026", "IMPRESSION:",
             "1. Acute fracture of the C6 lamina without malalignment.", "2. Multilevel degenerative disc disease."]),
             "application/pdf"),)),
    Case("p30_discharge_instructions", True, "hard/discharge", "discharge instructions to patient",
         f"4 West <4w@{MV}>", "hpatel.home@outlook.com", "Your discharge instructions",
         "Harish Patel - discharged 03/01/2026\n\nYou were treated for a heart failure flare. Weigh yourself every "
         "morning; call if you gain more than 3 lb in a day. New medicine: furosemide 40 mg each morning. Follow up with "
         "Dr. Carla Mendes on 03/06 at 10:40.\n"),
    Case("p31_school_adhd", True, "hard/pharmacy", "child's ADHD medication at school",
         f"Westside Pediatrics <westsidepeds@{MV}>", "nurse@lincoln-elementary.example", "med authorization",
         "Medication authorization for school: Noah Lindgren (grade 3). Methylphenidate ER 18 mg given at home; please "
         "give methylphenidate 5 mg at 12:00 on school days for ADHD.\n"),
    Case("p32_dental", True, "hard/encounter", "dental procedure",
         "Front Desk <frontdesk@brightsmile-dental.example>", "claims@bluepine-health-plan.example", "pre-determination",
         "Pre-determination for Harriet Boyle (member BPD330918221): D2740 porcelain crown #14 and D3330 molar root canal. "
         "X-rays attached in the portal.\n"),
    Case("p33_pt_progress", True, "hard/encounter", "physical therapy progress note",
         "Cedar Rehab <notes@cedar-rehab.example>", f"Dr. Omar Siddiqui <osiddiqui@{MV}>", "PT progress - 6 visits",
         "Progress note for Yolanda Price after right TKA: flexion 0-105, ambulating 300 ft with cane, pain 3/10. "
         "Continue 2x/week for 4 weeks.\n"),
    Case("p34_controlled_rx", True, "hard/pharmacy", "controlled substance rx with prescriber DEA and patient",
         f"Dr. Peter Vukovic <pvukovic@{MV}>", "rx@riverbend-pharmacy.example", "Rx clarification",
         "Clarifying the oxycodone script for Leonard Amsel, DOB 06/03/1958: oxycodone 5 mg q6h PRN, #20, no refills. "
         "Prescriber DEA FV1234563, NPI 1234567893.\n"),
    Case("p35_fhir_in_body", True, "hard/fhir", "FHIR Patient + Observation JSON pasted in body",
         f"Integration <integration@{MV}>", "support@ehr-cloudhost.example", "bad payload",
         '{"resourceType":"Observation","status":"final","code":{"text":"Hemoglobin A1c"},"valueQuantity":{"value":9.4,'
         '"unit":"%"},"subject":{"reference":"Patient/88412","display":"Imani Walcott"},'
         '"contained":[{"resourceType":"Patient","id":"88412","birthDate":"1975-03-21",'
         '"identifier":[{"system":"urn:mvh:mrn","value":"40388127"}]}]}\n'),
    Case("p36_room_5e22", True, "hard/encounter", "staff thread about an inpatient",
         f"Float RN <floatrn@{MV}>", f"Rapid Response <rrt@{MV}>", "5E-22",
         "Can someone check on Mrs. Chiamaka Okafor in 5E-22? Sats dropped to 86% on 2L, RR 28. MD paged twice.\n"),
    Case("p37_ics_chemo", True, "hard/attachment-only", "PHI only in ICS invite",
         f"Infusion Scheduling <infusion@{MV}>", "scheduling@summit-oncology.example", "invite",
         "Calendar invite attached.\n",
         atts=(Att("invite.ics", mk.make_ics("chemo-bq-0309@mercyvalley.example", "Chemo C3D1 - Bernard Quist (MRN 40201193)",
                                             mk.BASE_DATE.replace(day=9, hour=8), 240, "Infusion Center chair 4",
                                             "FOLFOX cycle 3, pre-meds ondansetron and dexamethasone"), "text/calendar"),)),
    Case("p38_docx_careplan", True, "hard/attachment-only", "care plan only in DOCX",
         f"Care Coordination <carecoord@{MV}>", "team@cedar-rehab.example", "care plan",
         "Updated plan attached.\n",
         atts=(Att("care_plan.docx", mk.make_docx([
             "Care plan - Ottoline Fairbanks (DOB 1938-11-23)", "Problems: Parkinson disease (G20.A1), recurrent falls",
             "Medications: carbidopa/levodopa 25/100 TID", "Goals: safe transfers, home exercise program"]), DOCX),)),
    Case("p39_bedboard_csv", True, "hard/attachment-only", "bed board CSV",
         f"House Supervisor <housesup@{MV}>", "staffing@agency-nurses.example", "tonight",
         "see attached for tonight's acuity\n",
         atts=(Att("bedboard.csv", (
             "bed,patient,age,dx,acuity\r\n4W-401,Hansen P,78,CHF,3\r\n4W-404,Quist B,66,neutropenic fever,4\r\n"
             "4W-409,Adair M,52,DKA,4\r\n").encode(), "text/csv"),)),
    Case("p40_sti_partner", True, "hard/encounter", "STI result and partner notification",
         f"Sexual Health Clinic <shc@{MV}>", "dis@county-health.example", "partner services referral",
         "Referral for partner services: Luis Ortega, DOB 02/17/1996, tel 614-390-2281. Dx early latent syphilis, treated "
         "with benzathine penicillin 3/2. Reports 2 partners in past 90 days.\n"),
    Case("p41_registration_ssn", True, "hard/registration", "patient registration with SSN (no diagnosis)",
         f"Registration <registration@{MV}>", "verify@oakridge-billing.example", "new registration - insurance check",
         "New patient registration for Grace Liu, DOB 10/05/1990, SSN 538-27-9140, BluePine member BPN229004417. "
         "Please verify coverage before her visit Monday.\n"),
    Case("p42_mrn_only_dx", True, "hard/clinician-note", "MRN + diagnosis without a name",
         f"Dr. Rafael Ortiz <rortiz@{MV}>", "tumorboard@summit-oncology.example", "new case for Wednesday",
         "MRN 40301877 - new dx pancreatic adenocarcinoma, borderline resectable. CA 19-9 1,240. Please add to the list.\n"),
    Case("p43_complaint_risk", True, "hard/forwarded", "patient complaint forwarded to risk management",
         f"Patient Relations <relations@{MV}>", "claims@hospital-liability-insurer.example", "FW: complaint",
         "Forwarding as a potential claim.\n",
         inner=inner_msg("desmond.achebe@gmail.com", f"Patient Relations <relations@{MV}>", "my colonoscopy",
                         "To whom it may concern, I had my colonoscopy on February 3rd with Dr. Park and I woke up during the "
                         "procedure. I now have a perforation and was readmitted for 5 days. I want this investigated.\n"
                         "Desmond Achebe\n", "hard/p43/inner")),
    Case("p44_transplant_status", True, "hard/encounter", "transplant list status",
         f"Transplant Coordinator <transplant@{MV}>", "coordinator@regional-transplant.example", "status change",
         "Ruth Abernathy (UNOS ID on file) moved to status 2 on the heart list today after LVAD driveline infection.\n"),
    Case("p45_voicemail_transcript", True, "hard/patient-message", "voicemail transcription from patient",
         f"Voicemail <voicemail@{MV}>", f"Family Medicine Nurse Line <fmnurse@{MV}>", "New voicemail from 7405559921",
         "Transcription: hi this is gary moss um calling about my blood pressure pills the amlodipine makes my ankles "
         "swell real bad can somebody call me back at 740 555 99 21 thanks\n"),
    Case("p46_encoded_subject_name", True, "hard/subject-only", "UTF-8 base64 encoded subject with name + dx, bland body",
         f"Dr. Linh Tran <ltran@{MV}>", "endo@lakeshore-cardiology.example", "x",
         "Agree with the plan.\n",
         raw_subject=mk.encoded_word_subject("Zoë Břetislavová - DKA readmission", "utf-8", "b")),
    Case("p47_zip_in_zip_note", True, "hard/attachment-only", "note inside zip inside zip",
         f"Medical Records <him@{MV}>", "records@lawfirm-example.example", "records production",
         "Production 3 attached per the subpoena.\n",
         atts=(Att("production3.zip", mk.make_zip([
             ("index.txt", b"Production 3\r\n"),
             ("vol1.zip", mk.make_zip([("Quintero_E_progress_note.txt",
                                        b"Esperanza Quintero, DOB 01/22/1967, MRN 40119002\r\n"
                                        b"Seen 01/05/2026 for lumbar radiculopathy; gabapentin 300 mg TID started.\r\n")]))]),
             "application/zip"),)),
    Case("p48_nested_eml_in_zip", True, "hard/attachment-only", "email saved as .eml inside a zip",
         f"Compliance <compliance@{MV}>", "outside-counsel@lawfirm-example.example", "saved message",
         "The message in question is in the zip.\n",
         atts=(Att("saved_message.zip", mk.make_zip([("message.eml", (
             "From: nurse@mercyvalley.example\r\nTo: friend@gmail.com\r\nSubject: crazy night\r\n\r\n"
             "you won't believe who came in last night - Coach Dale Renner from the high school, OD'd on fentanyl, "
             "narcan x2, now on 5E\r\n").encode())]), "application/zip"),)),
    Case("p49_html_entities", True, "hard/html", "HTML-only body with entities and tags splitting tokens",
         f"Wound Clinic <woundclinic@{MV}>", "intake@cedar-rehab.example", "transfer packet",
         "",
         html=("<html><body><div style='display:none'>Transfer packet</div><table>"
               "<tr><td>Patient:</td><td>Lorenzo&nbsp;<b>Basile</b></td></tr>"
               "<tr><td>DOB&#58;</td><td>03/08/1966</td></tr>"
               "<tr><td>MRN</td><td>40<span>27</span>7719</td></tr>"
               "<tr><td>Wound</td><td>Diabetic foot ulcer, L heel, Wagner grade 2 (E11.621)</td></tr>"
               "</table></body></html>")),
    Case("p50_qp_soft_breaks", True, "hard/encoding", "long QP line with soft breaks inside identifiers",
         f"Dr. Henrik Dahl <hdahl@{MV}>", "consults@lakeshore-cardiology.example", "consult",
         "Requesting an outpatient consult for Bernadette Fitzgerald-Oyelaran, date of birth 09/27/1950, medical record "
         "number at the Mercy Valley main campus 40366120, with new-onset atrial fibrillation with rapid ventricular response, now rate "
         "controlled on diltiazem 120 mg daily and started on apixaban 5 mg twice daily for stroke prevention.\n",
         enc=("utf-8", "quoted-printable")),
    Case("p51_double_forward", True, "hard/forwarded", "PHI two message/rfc822 levels deep",
         f"Practice Manager <pm-fm@{MV}>", "it-help@ehr-cloudhost.example", "Fwd: Fwd: portal message",
         "Why did this portal message go to the wrong inbox? Original attached.\n",
         inner=_double_forward()),
]


def write_all(out: Path) -> list[dict[str, object]]:
    hard = out / "hard"
    hard.mkdir(parents=True, exist_ok=True)
    labels: list[dict[str, object]] = []
    slugs = set()
    for i, case in enumerate(CASES):
        assert case.slug not in slugs, case.slug
        slugs.add(case.slug)
        data = build(case, 1000 + i)
        assert b"123-45-6789" not in data
        rel = f"hard/{case.slug}.eml"
        (out / rel).write_bytes(data)
        labels.append({"file": rel, "phi": case.phi, "category": case.category, "notes": case.notes,
                       "attachments": [a.filename.rsplit(".", 1)[-1] for a in case.atts] + (["rfc822"] if case.inner else []),
                       "template": "hand-written"})
    return labels
