"""Larkfield Memorial Hospital oncology nurse navigation team: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

NAV = "Larkfield Oncology Navigation <navigation@larkfieldmemorial.org>"
SIG = "\n\nOncology Nurse Navigation | Larkfield Memorial Hospital Cancer Institute\n2200 Orchard Hill Rd, Larkfield, PA 17512 | (717) 555-0120"


def P(category: str, notes: str, frm: str, to: str, subject: str, body: str, **kw) -> Spec:
    return Spec(phi=True, category=category, notes=notes, frm=frm, to=to, subject=subject, body=body, **kw)


def N(category: str, notes: str, frm: str, to: str, subject: str, body: str, **kw) -> Spec:
    return Spec(phi=False, category=category, notes=notes, frm=frm, to=to, subject=subject, body=body, **kw)


HL7 = (
    "MSH|^~\\&|LMH_NAV|LARKFIELD|BRO_ARIA|BRIGHTWATER|202604131022||REF^I12|LMH48812|P|2.5.1\r"
    "RF1|A|RAD ONC|Consult|NEW|R-26-0412||20260413\r"
    "PRD|RP|Iyer^Ananya^^^MD|2200 Orchard Hill Rd^^Larkfield^PA^17512\r"
    "PID|1||LMH00731946^^^LMH^MR||Okonkwo^Grace^A||19620917|F|||88 Fenwick Ln^^Millersburg^PA^17061||(717)555-0163\r"
    "DG1|1||C50.412^Malignant neoplasm of upper-outer quadrant of left female breast^I10\r"
    "NTE|1||s/p left lumpectomy 03/30/2026, ER+/PR+/HER2-, adjuvant whole-breast RT requested\r"
)

FHIR = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "lmh-00744120",
                    "identifier": [{"system": "urn:lmh:mrn", "value": "LMH00744120"}],
                    "name": [{"family": "Delacroix", "given": ["Theo"]}],
                    "birthDate": "1957-06-02",
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/lmh-00744120"},
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C34.11", "display": "Malignant neoplasm of upper lobe, right bronchus or lung"}]},
                    "onsetDateTime": "2026-03-24",
                }
            },
            {
                "resource": {
                    "resourceType": "CarePlan",
                    "subject": {"reference": "Patient/lmh-00744120"},
                    "title": "Navigation plan: PET-CT 04/16, thoracic surgery consult 04/21, tumor board 04/23",
                    "status": "active",
                    "intent": "plan",
                }
            },
        ],
    },
    indent=1,
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
 <title>Transition of Care Summary - Larkfield Memorial Hospital</title>
 <recordTarget><patientRole><id extension="LMH00698215" root="2.16.840.1.113883.3.7127"/>
  <patient><name><given>Harold</given><family>Vanterpool</family></name>
  <birthTime value="19480311"/></patient></patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Problems</title><text>Stage IIIA adenocarcinoma of the colon (C18.7); s/p sigmoid colectomy 02/19/2026; neuropathy grade 1</text></section></component>
  <component><section><title>Medications</title><text>Capecitabine 1500 mg BID days 1-14; oxaliplatin 130 mg/m2 q21d; ondansetron 8 mg PRN</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    P("navigator intro to new patient gmail",
      "Welcome email to the patient's gmail naming her, her new breast cancer diagnosis and her surgical consult date.",
      "Renata Gilchrist RN <rgilchrist@larkfieldmemorial.org>", "dawn.petrakis58@gmail.com",
      "Your nurse navigator at Larkfield",
      "Hi Dawn,\n\nIt was good to talk with you this morning. As your breast cancer nurse navigator, I'll be your point person from now through treatment. Your consult with Dr. Salazar (breast surgery) is Thursday, April 16 at 9:30, Pavilion B, 3rd floor. Bring your biopsy report from Keystone Imaging and a list of your medications.\n\nCall or text my desk line any time: (717) 555-0124.\n\nRenata Gilchrist, RN, OCN" + SIG),
    P("texting-style reminder with infusion chair time",
      "Hard positive: short texting-style note to a patient's cell-linked email with only a first name, a phone number and a chemo chair time, which reveals cancer treatment.",
      "Renata Gilchrist RN <rgilchrist@larkfieldmemorial.org>", "7175550188@vtext.com",
      "reminder",
      "Hi Lou - infusion chair 6 tmrw 8:15a, C3 of FOLFOX. eat b4, bring ur pump bag. call 555-0124 if fever >100.4 -Renata"),
    N("tumor board agenda with de-identified cases",
      "Hard negative: tumor board agenda lists cases by age band, site and stage only, with no names, MRNs or dates tied to a person.",
      NAV, "oncology-tumorboard@larkfieldmemorial.org",
      "Thoracic tumor board 4/23 - case list",
      "Case list for Thursday 7:00 am (Conf Rm 2A / Teams):\n\n1. 60s M, RUL mass 3.1 cm, PET pending - surgical candidacy\n2. 70s F, stage IIIB NSCLC, PD-L1 60% - concurrent chemoRT vs. immunotherapy\n3. 50s M, SCLC limited stage - PCI discussion\n\nPresenters please upload slides to the shared drive by Wednesday noon. Cases are listed without identifiers; full charts in Epic under the tumor board list." + SIG),
    P("HL7 referral message to radiation oncology",
      "Hard positive: HL7 REF^I12 attachment carries the patient's name, MRN, DOB, address, phone and breast cancer diagnosis.",
      "Interface Outbox <hl7-out@larkfieldmemorial.org>", "intake@brightwaterradonc.com",
      "Referral R-26-0412", "Electronic referral attached (HL7 v2.5.1). Please acknowledge receipt.",
      atts=(Att("REF_R-26-0412.hl7", "application/hl7-v2", HL7),)),
    P("FHIR navigation bundle to thoracic surgery group",
      "Hard positive: FHIR bundle gives the patient's name, MRN, DOB, lung cancer code and upcoming appointments.",
      "Marcus Oyelaran RN <moyelaran@larkfieldmemorial.org>", "referrals@susquehannathoracic.com",
      "Navigation bundle for 4/21 consult",
      "Hello,\n\nAttached is the navigation bundle for the new patient we're sending for a thoracic surgery consult on 4/21. PET-CT is booked for 4/16 here; we'll push the images through PowerShare.\n\nMarcus Oyelaran, RN\nThoracic Nurse Navigator" + SIG,
      atts=(Att("nav_bundle_744120.json", "application/fhir+json", FHIR),)),
    P("C-CDA transition summary to home health agency",
      "Hard positive: C-CDA document with the patient's name, MRN, DOB, colon cancer, surgery and chemotherapy regimen.",
      "Marcus Oyelaran RN <moyelaran@larkfieldmemorial.org>", "intake@keystonehomecare.net",
      "Transition of care summary - home start 4/15",
      "Attached is the CCD for the home health start of care on 4/15 (port flush, oral chemo teaching, neuropathy checks). Orders were faxed separately.\n\nThanks,\nMarcus" + SIG,
      atts=(Att("CCD_LMH00698215.xml", "application/xml", CCDA),)),
    N("OCN review course with staff names",
      "Hard negative: certification review course invitation names staff presenters and cancer topics; no patient.",
      "Oncology Education <onc-education@larkfieldmemorial.org>", "all-oncology-rn@larkfieldmemorial.org",
      "OCN review course - May 7 and 8",
      "Registration is open for the two-day OCN review.\n\nDay 1: Breast and GYN cancers (Renata Gilchrist, RN, OCN); Lung and head & neck (Marcus Oyelaran, RN)\nDay 2: Oncologic emergencies - tumor lysis, neutropenic fever, cord compression (Dr. Ananya Iyer); Survivorship (Paula Ndiaye, NP)\n\n14 contact hours. Sign up in the learning portal by April 30." + SIG),
    P("patient list spreadsheet to financial counselors",
      "Hard positive: multi-sheet workbook lists new patients by name, MRN, cancer site and insurer for financial screening.",
      NAV, "financialcounseling@larkfieldmemorial.org",
      "New starts needing financial screening - week of 4/13",
      "Hi team,\n\nThese are this week's new treatment starts that flagged for financial screening. Sheet 2 has the ones with high-deductible plans.\n\nThanks, Nav team",
      atts=(Att("new_starts_0413.xlsx", XLSX, xlsx({
          "New starts": [["MRN", "Patient", "Site", "Start", "Payer"],
                         ["LMH00731946", "Okonkwo, Grace", "Breast", "2026-04-27", "Capital Blue PPO"],
                         ["LMH00744120", "Delacroix, Theo", "Lung", "2026-05-04", "Medicare + Medigap F"],
                         ["LMH00751377", "Fairbanks, Juniper", "Lymphoma", "2026-04-20", "Self-pay"]],
          "HDHP": [["MRN", "Patient", "Deductible left"],
                   ["LMH00731946", "Okonkwo, Grace", 4200],
                   ["LMH00752006", "Batista, Raul", 6850]],
      })),)),
    N("navigation volume dashboard aggregate",
      "Hard negative: multi-sheet quarterly navigation workbook with counts by disease site and time-to-treatment medians only.",
      "Paula Ndiaye <pndiaye@larkfieldmemorial.org>", "cancercommittee@larkfieldmemorial.org",
      "Q1 navigation metrics for cancer committee",
      "Attached are the Q1 numbers for the committee packet. Time from diagnosis to first treatment improved for breast (median 27 days) but lung is still at 41.\n\nPaula Ndiaye, NP\nManager, Oncology Navigation",
      atts=(Att("Q1_2026_navigation_metrics.xlsx", XLSX, xlsx({
          "By site": [["Site", "New pts navigated", "Median dx-to-tx days"],
                      ["Breast", 118, 27], ["Lung", 64, 41], ["Colorectal", 39, 33], ["Heme", 22, 12]],
          "Barriers": [["Barrier", "Count"], ["Transportation", 41], ["Cost/insurance", 36], ["Lodging", 17]],
          "Notes": [["Item"], ["Counts under 11 suppressed per policy"]],
      })),)),
    P("forwarded patient message to lodging charity",
      "Hard positive: forwarded patient email naming him, his radiation start date and his need for lodging near the cancer centre.",
      "Marcus Oyelaran RN <moyelaran@larkfieldmemorial.org>", "referrals@cedarhearthlodge.org",
      "FW: lodging during radiation",
      "Hi Cedar Hearth team,\n\nForwarding the note below from one of our head and neck patients (with his OK). He lives 2.5 hours away in Renovo and starts 7 weeks of radiation at Brightwater on 4/27. Can you send him an application?\n\nMarcus" + SIG,
      forward=Spec(phi=True, category="", notes="", frm="Walt Hensley <whensley.renovo@aol.com>",
                   to="moyelaran@larkfieldmemorial.org", subject="lodging?",
                   body="Marcus, the radiation doc says 35 treatments every weekday for my throat cancer. I can't drive 5 hours a day with the feeding tube. Is there somewhere cheap to stay? My wife Bev would come with me. Walt Hensley, 570-555-0177")),
    N("navigator job posting",
      "Job posting for a navigator position describing duties with cancer patients; no individual.",
      "Talent Acquisition <careers@larkfieldmemorial.org>", "jobs@panursingjobs.com",
      "Posting: Oncology Nurse Navigator (GI) - 1.0 FTE",
      "Please post the following through May 15:\n\nOncology Nurse Navigator - GI Cancers. Guides patients with colorectal, pancreatic and liver cancers from diagnosis through survivorship; coordinates tumor board, referrals and barrier assessments. BSN and 3 years oncology experience required; OCN or ONN-CG preferred. Day shift, no weekends.\n\nApply at careers.larkfieldmemorial.org, req 26-1184."),
    P("survivorship care plan pdf to patient yahoo",
      "Survivorship care plan PDF to the patient's yahoo mailbox with her name, DOB, diagnosis, treatments and follow-up schedule.",
      "Paula Ndiaye <pndiaye@larkfieldmemorial.org>", "sharon.vukovich@yahoo.com",
      "Your survivorship care plan",
      "Hi Sharon,\n\nCongratulations on finishing treatment! As promised at your visit, your survivorship care plan is attached. Please share it with Dr. Amundsen at your primary care office.\n\nPaula Ndiaye, NP" + SIG,
      atts=(Att("Survivorship_Plan_Vukovich.pdf", "application/pdf", pdf([
          "LARKFIELD MEMORIAL HOSPITAL CANCER INSTITUTE - SURVIVORSHIP CARE PLAN",
          "Patient: Sharon Vukovich   DOB: 11/22/1969   MRN: LMH00688402",
          "Diagnosis: Stage IIA invasive ductal carcinoma, right breast (C50.911), 07/2025",
          "Treatment: lumpectomy 08/2025; dose-dense AC-T completed 01/2026; RT 50 Gy completed 03/2026",
          "Ongoing: anastrozole 1 mg daily x 5 years; DEXA baseline due 06/2026",
          "Follow-up: oncology every 3 months x 2 years; mammogram 09/2026",
      ], "Survivorship care plan")),)),
    N("blank distress screening form",
      "Hard negative: blank NCCN-style distress thermometer form sent as a docx to a clinic; fields are empty.",
      NAV, "frontdesk@millersburgfamilymed.com",
      "Distress screening form you asked for",
      "Hi Tanya,\n\nHere is the blank distress screening form we use at first visits. Feel free to adapt it for your practice.\n\nLarkfield Navigation" + SIG,
      atts=(Att("Distress_Screening_Form_blank.docx", DOCX, docx([
          "Larkfield Memorial Hospital - Distress Screening",
          "Patient name: ____________   DOB: ____/____/______   MRN: __________",
          "On a scale of 0-10, how much distress have you felt in the past week? ____",
          "Practical problems: [ ] Housing [ ] Transportation [ ] Work/school [ ] Insurance",
          "Emotional problems: [ ] Worry [ ] Sadness [ ] Sleep [ ] Loss of interest",
          "Staff use only: Referred to ________ on ____/____",
      ])),)),
    P("transport request csv to ride vendor",
      "Hard positive: CSV for the ride vendor lists patients' names, home addresses, phones and pickup times for radiation and infusion appointments.",
      NAV, "dispatch@susqrides.com",
      "Rides for week of 4/20",
      "Attached are next week's ride requests. Please confirm each by Friday. Two patients need wheelchair vans.",
      atts=(Att("rides_0420.csv", "text/csv",
                "patient,address,phone,pickup,destination,mobility\n"
                "Ruth Ostrander,14 Mill St Halifax PA 17032,717-555-0191,2026-04-20 07:30,Brightwater Radiation Oncology,ambulatory\n"
                "Walt Hensley,302 Erie Ave Renovo PA 17764,570-555-0177,2026-04-21 06:00,Larkfield Infusion Center,wheelchair\n"
                "Jiya Raman,7 Birch Ct Elizabethville PA 17023,717-555-0149,2026-04-22 09:10,Larkfield Infusion Center,ambulatory\n"),)),
    N("vendor invoice for navigation software",
      "Hard negative: vendor invoice for the navigation software subscription; the PO number has an SSN-like shape but it is a business number.",
      "Accounts Payable <ap@larkfieldmemorial.org>", "billing@navigatorcloud.io",
      "Remittance - invoice NC-20931",
      "Hello,\n\nPayment of $18,400.00 for invoice NC-20931 (NavigatorCloud annual licence, 25 seats, Oncology Navigation cost centre 6120) was released by ACH today. Our purchase order reference is 618-22-4471; please quote it on future invoices.\n\nAccounts Payable, Larkfield Memorial Hospital"),
    P("result follow-up text to patient hotmail",
      "Hard positive: brief note to a patient's hotmail confirming her biopsy result was sent to her doctor and booking the oncology visit.",
      "Renata Gilchrist RN <rgilchrist@larkfieldmemorial.org>", "jiya.raman@hotmail.com",
      "Re: when will I hear",
      "Hi Jiya - your pathology came back today and Dr. Iyer will go over it with you in person. I booked you for Tues 4/21 at 1:40 in Medical Oncology, suite 210. Bring your husband if you can. Renata"),
    N("support group flyer html only",
      "HTML-only community newsletter announcing caregiver support groups and a survivorship walk; no individual.",
      "Larkfield Cancer Institute <news@larkfieldmemorial.org>", "subscribers@lists.larkfieldmemorial.org",
      "April at the Cancer Institute: support groups and Survivors Walk", "",
      html="<html><body><h2>April at the Cancer Institute</h2><ul><li>Caregiver Circle - Tuesdays 6 pm, Pavilion B</li><li>Young Adult Cancer Meetup - April 22</li><li>Survivors Walk - Saturday May 2, Riverfront Park</li></ul><p>Questions? Call (717) 555-0120.</p><p><small>Unsubscribe at any time.</small></p></body></html>"),
    P("missed appointment follow-up html only",
      "Hard positive: HTML-only message to a patient's outlook address noting she missed her port placement and radiology oncology visit.",
      "Renata Gilchrist RN <rgilchrist@larkfieldmemorial.org>", "ostrander.ruth@outlook.com",
      "Checking in", "",
      html="<html><body><p>Dear Ms. Ostrander,</p><p>We missed you at your <b>port placement</b> on Monday 4/13 in Interventional Radiology. Your first chemotherapy for ovarian cancer can't start until the port is in. Please call me at (717) 555-0124 so we can reschedule and sort out the ride problem you mentioned.</p><p>Renata Gilchrist, RN</p></body></html>"),
    N("lodging partner contract renewal",
      "Business mail renewing a hospital discount agreement with a partner hotel; no patient.",
      "Paula Ndiaye <pndiaye@larkfieldmemorial.org>", "sales@larkfieldinnsuites.com",
      "Renewal of patient-family rate agreement",
      "Hi Drew,\n\nWe'd like to renew the patient and family rate ($79/night, up to 14 nights) for another year, same terms. Please send the updated agreement to me and copy contracts@larkfieldmemorial.org.\n\nPaula Ndiaye, NP\nManager, Oncology Navigation"),
    P("png photo of wound sent to surgeon",
      "Hard positive: image attachment named with the patient's surname and MRN showing her post-mastectomy incision, sent for review.",
      "Renata Gilchrist RN <rgilchrist@larkfieldmemorial.org>", "esalazar@larkfieldmemorial.org",
      "incision photo - please look",
      "Dr. Salazar, patient sent this from home today, POD 9 left mastectomy, redness spreading past the drain site. Temp 100.1. Can you see her tomorrow or should she go to ED?",
      atts=(Att("Petrakis_LMH00762231_incision_0414.png", "image/png", png(6, 6, (214, 120, 110))),)),
    N("staff schedule for navigators",
      "Staff coverage schedule naming navigators and their disease-site assignments; no patient.",
      "Paula Ndiaye <pndiaye@larkfieldmemorial.org>", "onc-navigators@larkfieldmemorial.org",
      "May coverage",
      "May coverage:\n- Breast/GYN: Renata (Mon-Thu), Kelsey covers Fridays\n- Thoracic/H&N: Marcus\n- GI: open req, Kelsey covering\n- Heme: Paula\nPTO: Marcus 5/18-5/22. Please trade with each other and update the shared calendar."),
    P("zip of referral packet to second opinion center",
      "Hard positive: zip archive of referral documents with the patient's name, MRN, pathology and imaging summaries for a second opinion.",
      "Marcus Oyelaran RN <moyelaran@larkfieldmemorial.org>", "newpatients@alleghenycancerpartners.org",
      "Second opinion referral packet",
      "Good afternoon,\n\nAttached is the referral packet for the patient we discussed by phone (pancreatic mass, considering Whipple). Images are on the CD going out by courier.\n\nMarcus Oyelaran, RN" + SIG,
      atts=(Att("referral_packet_LMH00755910.zip", "application/zip", zipped({
          "cover_letter.txt": "Re: Anton Brezina, DOB 05/14/1961, MRN LMH00755910\nReferred for surgical second opinion, pancreatic head mass.\n",
          "pathology.txt": "EUS-FNA 04/02/2026: adenocarcinoma, pancreatic head. CA 19-9: 412 U/mL.\n",
          "imaging.txt": "CT pancreas protocol 03/28/2026: 2.8 cm hypodense mass, abuts SMV <180 degrees.\n",
      })),)),
    N("patient education handout txt",
      "Hard negative: plain-text education handout on managing neutropenia; generic, no individual.",
      NAV, "printshop@larkfieldmemorial.org",
      "Print request: neutropenia handout (500 copies)",
      "Please print 500 copies of the attached, tri-fold, for the infusion center.",
      atts=(Att("neutropenia_handout.txt", "text/plain",
                "LOW WHITE BLOOD CELLS DURING CHEMOTHERAPY\n\nWash your hands often. Avoid crowds and people who are sick.\nCall the 24-hour line at (717) 555-0120 if your temperature is 100.4 F or higher.\nDo not take acetaminophen before checking your temperature.\n"),)),
    P("iCal invite for family meeting",
      "Hard positive: calendar invite titled with the patient's name and a hospice/goals-of-care family meeting.",
      "Paula Ndiaye <pndiaye@larkfieldmemorial.org>", "kfairbanks.family@icloud.com",
      "Invitation: family meeting about your mother's care",
      "Hi Kate,\n\nI've set up the meeting we talked about with Dr. Iyer and the palliative team. Invite attached.\n\nPaula",
      ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larkfield Memorial//Navigation//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lmh-fam-0417@larkfieldmemorial.org\r\nDTSTAMP:20260413T140000Z\r\nDTSTART:20260417T150000Z\r\nDTEND:20260417T160000Z\r\nSUMMARY:Family meeting - Juniper Fairbanks - goals of care / hospice options\r\nLOCATION:Pavilion B Family Conference Room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    N("CE webinar invitation with ics",
      "Hard negative: calendar invite for a continuing education webinar on immunotherapy toxicities; no patient.",
      "Oncology Education <onc-education@larkfieldmemorial.org>", "regional-onc-rns@lists.larkfieldmemorial.org",
      "Webinar: immune-related adverse events (1.0 CE)",
      "Join us for a one-hour webinar on recognising and triaging immune-related adverse events. Presenter: Dr. Ananya Iyer, medical oncology.",
      ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larkfield Memorial//Education//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lmh-ce-0428@larkfieldmemorial.org\r\nDTSTAMP:20260413T140000Z\r\nDTSTART:20260428T220000Z\r\nDTEND:20260428T230000Z\r\nSUMMARY:CE webinar - immune-related adverse events\r\nLOCATION:Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    N("navigation policy document",
      "Hard negative: policy docx on navigator documentation and the no-PHI-in-subject rule; uses no patient data.",
      "Paula Ndiaye <pndiaye@larkfieldmemorial.org>", "onc-navigators@larkfieldmemorial.org",
      "Updated policy NAV-07: email and texting with patients",
      "Team, the revised policy is attached. Main change: texting is allowed only through the secure app, and subject lines must never name a patient or diagnosis.",
      atts=(Att("NAV-07_email_texting_policy_2026.docx", DOCX, docx([
          "Policy NAV-07: Electronic communication with patients",
          "1. Use the patient portal or the secure messaging app for clinical content.",
          "2. Plain email to personal mailboxes only with documented patient consent.",
          "3. Never put a patient name, MRN or diagnosis in a subject line.",
          "4. Send the minimum necessary; verify the address before sending.",
      ])),)),
    P("insurance prior auth status to patient's daughter",
      "Hard positive: message to the daughter's comcast mailbox about her father's PET scan prior authorization, naming him and his member ID.",
      "Marcus Oyelaran RN <moyelaran@larkfieldmemorial.org>", "lisa.delacroix@comcast.net",
      "Update on your dad's scan",
      "Hi Lisa,\n\nGood news: Medicare doesn't need a prior auth for the PET-CT, but his supplement plan asked us to confirm his member number. We have Theo Delacroix, member ID WXB448120937. If that's right, nothing else is needed and the scan stays on 4/16 at 7:30 (nothing to eat after midnight).\n\nMarcus"),
    N("aggregate disparities report to health department",
      "Hard negative: county-level aggregate table of late-stage diagnoses by ZIP3 sent to the health department; no individual.",
      "Paula Ndiaye <pndiaye@larkfieldmemorial.org>", "cancer.control@pa-health-dept.gov",
      "Late-stage diagnosis rates by region (2025)",
      "As requested for the comprehensive cancer control plan:\n\nZIP3 | New breast cases | Late stage (III/IV) %\n170 | 212 | 14%\n171 | 98 | 19%\n177 | 47 | 26%\n\nCells under 11 suppressed. Happy to discuss.\n\nPaula Ndiaye"),
    P("pharmacy coordination with DOB and oral chemo",
      "Patient's name, DOB and oral chemotherapy prescription sent to the specialty pharmacy.",
      "Renata Gilchrist RN <rgilchrist@larkfieldmemorial.org>", "intake@keystonespecialtyrx.com",
      "New oral oncolytic start",
      "Hello,\n\nNew start: Harold Vanterpool, DOB 03/11/1948, capecitabine 500 mg tabs, 1500 mg BID days 1-14 q21d, first cycle to start 4/20. Prescriber Dr. Ananya Iyer, NPI 1924694445. Please call him at 717-555-0139 for copay setup.\n\nRenata"),
    N("provider directory update with NPIs",
      "Hard negative: provider directory update listing oncologists with their NPIs and specialties; no patient.",
      "Medical Staff Office <medstaff@larkfieldmemorial.org>", "directory@capitalbluenet.com",
      "Directory updates - oncology",
      "Please update the directory:\n\nAnanya Iyer, MD - Medical Oncology - NPI 1924694445 - accepting new patients\nEmilio Salazar, MD - Breast Surgery - NPI 1091433551 - new location Pavilion B\n\nMedical Staff Office"),
    P("short message to personal email of patient about port",
      "Hard positive: two-line note to a patient's gmail telling him the port flush is due and his counts were fine, tying him to chemotherapy.",
      "Marcus Oyelaran RN <moyelaran@larkfieldmemorial.org>", "raulbatista.pa@gmail.com",
      "quick one",
      "Raul - counts were fine today (ANC 2.1) so cycle 4 is a go Monday. Port flush is also due, they'll do both. -M"),
    N("out of office reply",
      "Navigator's out-of-office reply giving the desk number; no patient.",
      "Renata Gilchrist RN <rgilchrist@larkfieldmemorial.org>", "sam.whitlock77@gmail.com",
      "Automatic reply: question",
      "I'm out of the office until Monday, April 20. For urgent symptoms call the 24-hour oncology line at (717) 555-0120. For navigation questions, Kelsey Tran (ktran@larkfieldmemorial.org) is covering."),
    N("training slide with fictional patient",
      "Hard negative: training exercise for new navigators with an obviously fictional patient (Jane Testpatient) and a test MRN.",
      "Oncology Education <onc-education@larkfieldmemorial.org>", "new-hires@larkfieldmemorial.org",
      "Orientation exercise: barrier assessment",
      "Practice case for Thursday's orientation (fictional):\n\nJane Testpatient, MRN TEST0000001, 58, new lung cancer diagnosis, no car, works night shift. List three barriers and the resources you'd offer. Do not search for this patient in Epic; she is a training record."),
    P("employer letter request mentioning treatment",
      "Hard positive: reply to a patient's employer HR contact confirming his radiation schedule dates for leave, naming him.",
      "Marcus Oyelaran RN <moyelaran@larkfieldmemorial.org>", "hr@renovolumberco.com",
      "Leave documentation - W. Hensley",
      "Hello,\n\nWith Mr. Hensley's signed authorization on file, I can confirm Walter Hensley is scheduled for daily treatment at our partner cancer centre from April 27 through approximately June 12, 2026, Monday to Friday, and is expected to be unable to work during that period. His oncologist's FMLA form will follow.\n\nMarcus Oyelaran, RN"),
    N("foundation donor thank you",
      "Thank-you letter to a donor for a gift to the navigation fund; no patient information.",
      "Larkfield Foundation <foundation@larkfieldmemorial.org>", "hmarchetti@outlook.com",
      "Thank you for supporting patient navigation",
      "Dear Helen,\n\nThank you for your generous gift of $500 to the Navigation Barrier Fund. Last year the fund paid for 1,200 rides and 310 nights of lodging for patients in treatment.\n\nWith gratitude,\nLarkfield Foundation"),
    P("genetic counseling referral with BRCA result",
      "Genetic test result and family history sent with the patient's name and DOB to a genetic counseling service.",
      "Renata Gilchrist RN <rgilchrist@larkfieldmemorial.org>", "scheduling@penngenecounsel.org",
      "Referral - hereditary risk",
      "Please schedule genetic counseling for Dawn Petrakis, DOB 02/07/1968, 717-555-0186. Germline panel (Invitae) positive for a pathogenic BRCA2 variant; her sister and daughter want testing too. Breast surgery wants the result discussed before her 4/28 surgery.\n\nRenata Gilchrist, RN"),
    N("mailing to patient advisory council member",
      "Hard negative: meeting logistics to a patient advisory council member's personal mailbox; council membership is volunteer service and no care is described.",
      "Paula Ndiaye <pndiaye@larkfieldmemorial.org>", "gwen.larimer@aol.com",
      "Advisory council - May agenda",
      "Hi Gwen,\n\nThe May council meeting is Wednesday 5/13 at 5:30 in the Pavilion B boardroom. Agenda: new parking validation, the redesigned welcome binder and the Survivors Walk. Dinner will be provided.\n\nPaula Ndiaye" + SIG),
]
