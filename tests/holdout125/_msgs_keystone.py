"""Keystone Colorectal Surgeons (colorectal surgery group): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

OFFICE = "Keystone Colorectal Surgeons <office@keystonecolorectal.com>"
SIG = "\n\nKeystone Colorectal Surgeons, P.C.\n400 Lancaster Pike, Suite 210, Wayne, PA 19087\n(610) 555-0130"

MESSAGES = [
    Spec(
        phi=True,
        category="surgery scheduling confirmation for hemicolectomy",
        notes="Surgery date confirmation to the patient's gmail naming him and his laparoscopic right hemicolectomy for colon cancer.",
        frm="Surgery Scheduling <surgsched@keystonecolorectal.com>",
        to="frank.dimarco1957@gmail.com",
        subject="Your surgery date",
        body="Dear Mr. DiMarco,\n\nYour laparoscopic right hemicolectomy with Dr. Celeste Hargreaves is confirmed for Monday, June 1 at Main Line Lankenau, arrival 5:30 AM. Pre-admission testing (CBC, CMP, CEA, EKG) on May 26. Start the carbohydrate drink and Neomycin/metronidazole prep as written on May 31.\n\nSurgery Scheduling"
        + SIG,
    ),
    Spec(
        phi=True,
        category="post-op check-in with ostomy output question",
        notes="Nurse reply to a patient's yahoo address about high ileostomy output and loperamide dosing after surgery.",
        frm="Renee Castillo RN <rcastillo@keystonecolorectal.com>",
        to="lhuang.phila@yahoo.com",
        subject="RE: output question",
        body="Hi Lily,\n\nOutput of 1.6 L/day at day 9 after your loop ileostomy is on the high side. Start loperamide 4 mg before meals and at bedtime, add the oral rehydration solution, and keep the output log. If you get dizzy or output is over 2 L, call us at (610) 555-0131. Dr. Pasternak will see you on the 22nd as planned.\n\nRenee"
        + SIG,
    ),
    Spec(
        phi=False,
        category="surgeon bios for hospital website",
        notes="Clinician names, credentials and specialties for a website; not PHI.",
        frm="Practice Administrator <admin@keystonecolorectal.com>",
        to="webteam@mainlinehealthweb.org",
        subject="Updated surgeon bios",
        body="Please update our physician pages:\n\nCeleste Hargreaves, MD, FACS, FASCRS - robotic colorectal surgery, rectal cancer\nAndrei Pasternak, MD - inflammatory bowel disease surgery, ileal pouch\nOluwaseun Adeyemi, DO - anorectal disease, pelvic floor\n\nHeadshots follow separately.\n\nDiane Whitlock, Practice Administrator",
    ),
    Spec(
        phi=True,
        category="tumor board case list docx",
        notes="Hard positive: tumor board list in a DOCX with patient initials, MRNs, ages, rectal cancer staging and planned treatment.",
        frm="Dr. Celeste Hargreaves <chargreaves@keystonecolorectal.com>",
        to="tumorboard@lankenaucancer.org",
        subject="Cases for Wednesday",
        body="Three cases for Wednesday's GI tumor board; details attached.",
        atts=(
            Att(
                "TB_cases_0520.docx",
                DOCX,
                docx(
                    [
                        "Keystone Colorectal Surgeons - Tumor Board 05/20/2026",
                        "1. R.M., MRN KC-300417, 63 M: rectal adenocarcinoma 7 cm from verge, MRI T3N1, CRM clear. Q: TNT vs short course.",
                        "2. A.P., MRN KC-300552, 48 F: sigmoid cancer with 2 liver mets. Q: simultaneous resection?",
                        "3. G.W., MRN KC-300598, 71 M: complete clinical response after chemoradiation. Q: watch and wait.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate surgical outcomes table",
        notes="Hard negative: annual table of anastomotic leak, SSI and readmission rates by procedure; aggregate only.",
        frm="Quality <quality@keystonecolorectal.com>",
        to="partners@keystonecolorectal.com",
        subject="2025 outcomes summary",
        body="2025 outcomes (NSQIP-matched):\n\nProcedure | Cases | Leak | SSI | 30-day readmit\nLow anterior resection | 112 | 4.5% | 6.2% | 9.8%\nRight hemicolectomy | 148 | 1.4% | 4.1% | 6.1%\nIleostomy reversal | 96 | 1.0% | 5.2% | 7.3%\n\nAll within expected O/E.",
    ),
    Spec(
        phi=True,
        category="operative note faxed as pdf to PCP",
        notes="PDF operative note with the patient's name, DOB and hemorrhoidectomy for grade IV hemorrhoids sent to the PCP.",
        frm="Medical Records <records@keystonecolorectal.com>",
        to="inbox@devonfamilypractice.com",
        subject="Op note for your patient",
        body="Operative note attached for your records.",
        atts=(
            Att(
                "opnote_KC-300611.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE COLORECTAL SURGEONS - OPERATIVE NOTE",
                        "Patient: Marcus Oyelowo   DOB 04/02/1977   MRN KC-300611",
                        "Date of surgery: 05/06/2026   Surgeon: Oluwaseun Adeyemi, DO",
                        "Preoperative diagnosis: grade IV mixed hemorrhoids (K64.3)",
                        "Procedure: excisional hemorrhoidectomy, three columns (CPT 46260)",
                        "EBL 20 mL. No complications. Discharged same day.",
                    ],
                    "Operative note",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="DEA registration renewal reminder to staff",
        notes="Hard negative: staff notice with a surgeon's DEA number for renewal; a clinician identifier, no patient.",
        frm="Credentialing <credentialing@keystonecolorectal.com>",
        to="oadeyemi@keystonecolorectal.com",
        subject="DEA renewal due July 31",
        body="Dr. Adeyemi,\n\nYour DEA: BK4817308 expires July 31, 2026. Renewal online takes 10 minutes; please forward the new certificate so we can update the hospital and the PA state licence file. NPI: 1720450000 is already current.\n\nMelanie\nCredentialing",
    ),
    Spec(
        phi=True,
        category="HL7 ADT admission to ostomy supplier",
        notes="Hard positive: HL7 ADT message to the ostomy supplier with the patient's name, DOB, address and new end colostomy.",
        frm="Interfaces <interfaces@keystonecolorectal.com>",
        to="intake-edi@stomapathsupply.com",
        subject="New referral feed test - live patient",
        body="First live message on the new referral interface. Please confirm your system created the order.",
        atts=(
            Att(
                "ADT_A04_KC300640.hl7",
                "application/octet-stream",
                "MSH|^~\\&|KCS_EHR|KEYSTONE|SPS_ORD|STOMAPATH|202605120815||ADT^A04|KC0640|P|2.5.1\r"
                "PID|1||KC-300640^^^KCS^MR||Lindqvist^Harriet^M||19510722|F|||19 Birch Hollow Ln^^Paoli^PA^19301||610-555-0176\r"
                "DG1|1||Z93.3^Colostomy status^I10\r"
                "NTE|1||End colostomy 05/04/2026 (Hartmann procedure for perforated diverticulitis). Stoma 35 mm, flat.\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="hospital block time request",
        notes="OR block time request by surgeon and weekday; no patient.",
        frm="Practice Administrator <admin@keystonecolorectal.com>",
        to="periop.admin@lankenaucancer.org",
        subject="Q3 block time request",
        body="For Q3 we request: Dr. Hargreaves - Mondays and alternate Thursdays (robot room); Dr. Pasternak - Tuesdays; Dr. Adeyemi - Friday AM (ambulatory). Our Q2 utilization was 86%.",
    ),
    Spec(
        phi=True,
        category="forwarded patient message with pouch problem",
        notes="Hard positive: forwarded rfc822 patient message about J-pouch pouchitis symptoms, with her name and phone, sent to the surgeon.",
        frm="Renee Castillo RN <rcastillo@keystonecolorectal.com>",
        to="apasternak@keystonecolorectal.com",
        subject="FW: pouch",
        body="Dr. P - see below, sounds like pouchitis again. Cipro refill? She can't come in until Monday.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Kendra Wolfe <kendra.wolfe.design@gmail.com>",
            to="rcastillo@keystonecolorectal.com",
            subject="pouch",
            body="Hi Renee, it's Kendra Wolfe (J-pouch 2023, Dr. Pasternak). 12-14 trips a day since Saturday, cramping and some blood. Same as last time. Can I get the cipro again? My cell is 484-555-0158.",
        ),
    ),
    Spec(
        phi=False,
        category="CE course on fistula with fictional case",
        notes="Hard negative: nurse CE module with an obviously fictional case ('Patient A', age 40s) about anal fistula care; training material.",
        frm="Clinical Education <education@keystonecolorectal.com>",
        to="nursing-staff@keystonecolorectal.com",
        subject="CE module: seton care",
        body="This month's CE module is attached (1.0 contact hour). Complete the quiz by May 31.",
        atts=(
            Att(
                "CE_seton_care_module.docx",
                DOCX,
                docx(
                    [
                        "Keystone Colorectal Surgeons - Nursing CE: Seton care after fistulotomy",
                        "Fictional case: Patient A, a man in his 40s with a transsphincteric fistula, has a draining seton placed.",
                        "Teach: sitz baths 3 times daily, gauze pad, expect drainage for weeks.",
                        "Quiz question 1: Which sign requires same-day evaluation? (fever, increasing pain, inability to void)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="835 remittance posting question with patient",
        notes="X12 835 remittance snippet with a patient's name, member ID and the colectomy claim payment sent to the billing vendor.",
        frm="Billing <billing@keystonecolorectal.com>",
        to="support@rcmpartners-billing.com",
        subject="835 not posting - claim KC55719",
        body="The attached 835 won't auto-post; CAS segment looks off. Can you check?",
        atts=(
            Att(
                "ERA_KC55719.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*HIGHMARKBCBS   *ZZ*KEYSTONECRS    *260508*1102*^*00501*000008812*0*P*:~\n"
                "ST*835*0001~\n"
                "BPR*I*2140.55*C*ACH*CCP*01*031000053*DA*88172201*1234567890*20260508~\n"
                "CLP*KC55719*1*6480*2140.55*350*12*HM2205571901~\n"
                "NM1*QC*1*BRANDT*WALTER****MI*YJK440281176~\n"
                "SVC*HC:44204*6480*2140.55~\n"
                "CAS*CO*45*3989.45~\nCAS*PR*1*350~\n"
                "SE*8*0001~\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="billing vendor contract renewal",
        notes="Business contract renewal terms with the billing vendor; no patient.",
        frm="Practice Administrator <admin@keystonecolorectal.com>",
        to="contracts@rcmpartners-billing.com",
        subject="Renewal terms",
        body="We accept the renewal at 5.2% of collections for 24 months, with the BAA updated to the 2026 template. Please send the signature copy.\n\nDiane Whitlock",
    ),
    Spec(
        phi=True,
        category="Medicare patient DME order with MBI",
        notes="Hard positive: DME order to a supplier with a patient's Medicare MBI, name and ostomy supply prescription.",
        frm="Renee Castillo RN <rcastillo@keystonecolorectal.com>",
        to="orders@stomapathsupply.com",
        subject="New supply order",
        body="New order:\n\nPatient: Eugene Farraday, DOB 12/09/1944\nMBI: 4KT7-HN2-XW58\nAddress: 77 Old Gulph Rd, Bryn Mawr, PA 19010\nDx: Z93.2 ileostomy status (permanent, total proctocolectomy 04/2026)\nItems: two-piece drainable pouch 57 mm, 20/month; barrier rings 20/month; skin barrier wipes.\nOrdering surgeon: Andrei Pasternak, MD, NPI: 1720450018",
    ),
    Spec(
        phi=False,
        category="HTML practice holiday hours notice",
        notes="HTML-only notice of holiday office hours; no patient.",
        frm=OFFICE,
        to="patients@lists.keystonecolorectal.com",
        subject="Memorial Day hours",
        body="",
        html="<html><body><p>Our offices will be closed Monday, May 25 for Memorial Day. For urgent surgical concerns call (610) 555-0130 and the on-call surgeon will return your call.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML pre-op instructions naming patient",
        notes="HTML-only pre-op instructions to the patient's hotmail naming her and her sphincteroplasty.",
        frm="Surgery Scheduling <surgsched@keystonecolorectal.com>",
        to="p.okonkwo88@hotmail.com",
        subject="Pre-op instructions",
        body="",
        html="<html><body><p>Dear Patience Okonkwo,</p><p>Your <b>overlapping sphincteroplasty</b> is on <b>May 29</b>. Use two Fleet enemas the morning of surgery. Stop aspirin 7 days before. Arrive at 6:00 AM at the Lankenau surgery center.</p><p>Keystone Colorectal Surgeons</p></body></html>",
    ),
    Spec(
        phi=False,
        category="pelvic floor support group flyer",
        notes="Hard negative: support group flyer for people with fecal incontinence; topic only, no attendee named.",
        frm="Patient Education <education@keystonecolorectal.com>",
        to="info@waynecommunitylibrary.org",
        subject="Flyer for community board",
        body="Could you post the attached flyer? Free monthly support group for people living with bowel incontinence or after rectal cancer surgery; second Tuesday, 6 PM, your community room.",
        atts=(
            Att(
                "pelvic_floor_group_flyer.pdf",
                "application/pdf",
                pdf(
                    [
                        "KEYSTONE COLORECTAL SURGEONS - PELVIC FLOOR SUPPORT GROUP",
                        "Second Tuesday of every month, 6:00 PM, Wayne Community Library",
                        "For anyone living with bowel leakage, constipation or life after rectal surgery.",
                        "Free. No registration. Call (610) 555-0130 with questions.",
                    ],
                    "Flyer",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient photo of wound sent to surgeon",
        notes="Hard positive: wound photo PNG forwarded with the patient's name and surgical site infection concern.",
        frm="Renee Castillo RN <rcastillo@keystonecolorectal.com>",
        to="chargreaves@keystonecolorectal.com",
        cc="celeste.hargreaves.md@gmail.com",
        subject="wound pic - Albert Nguyen POD 8",
        body="Photo his wife sent this morning. Redness around the extraction site incision, some drainage. Temp 100.9. Bring in today?",
        atts=(Att("nguyen_incision_POD8.png", "image/png", png(8, 8, (210, 120, 110))),),
    ),
    Spec(
        phi=False,
        category="robot maintenance schedule PNG chart",
        notes="PNG chart of robot uptime for the OR committee; equipment data only.",
        frm="Practice Administrator <admin@keystonecolorectal.com>",
        to="or.committee@lankenaucancer.org",
        subject="Robot uptime chart",
        body="Chart of Xi system uptime by month attached, for Thursday's committee.",
        atts=(Att("robot_uptime_2026.png", "image/png", png(10, 4, (40, 90, 160))),),
    ),
    Spec(
        phi=True,
        category="multi-sheet post-op follow-up tracker",
        notes="Multi-sheet tracker of post-op patients with names, surgeries, complications and stoma reversal dates sent to a new NP.",
        frm="Dr. Andrei Pasternak <apasternak@keystonecolorectal.com>",
        to="jlarkin.np@keystonecolorectal.com",
        subject="tracker for your clinic days",
        body="Jess - here's my tracker so you can cover follow-ups. Reversal list on tab 2.",
        atts=(
            Att(
                "postop_tracker_AP.xlsx",
                XLSX,
                xlsx(
                    {
                        "PostOp": [
                            ["Patient", "MRN", "Surgery", "Date", "Issue"],
                            [
                                "Huang, Lily",
                                "KC-300588",
                                "Lap subtotal colectomy + ileostomy",
                                "2026-05-01",
                                "high output",
                            ],
                            [
                                "Rasmussen, Karl",
                                "KC-300601",
                                "Ileocolic resection (Crohn's)",
                                "2026-05-05",
                                "none",
                            ],
                        ],
                        "Reversals": [
                            ["Patient", "Stoma", "Target reversal"],
                            ["Huang, Lily", "Loop ileostomy", "2026-08"],
                            ["Ferris, Monique", "Diverting loop ileostomy", "2026-07"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="multi-sheet OR supply cost workbook",
        notes="Supply cost per case workbook by procedure type; no patient.",
        frm="Finance <finance@keystonecolorectal.com>",
        to="partners@keystonecolorectal.com",
        subject="Cost per case",
        body="Supply cost per case by procedure and by surgeon preference card attached.",
        atts=(
            Att(
                "cost_per_case_2026Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "ByProcedure": [
                            ["Procedure", "Cases", "Avg supply cost"],
                            ["Robotic LAR", 31, 4820.0],
                            ["Lap right colectomy", 40, 2210.0],
                        ],
                        "ByCard": [
                            ["Card", "Stapler", "Cost"],
                            ["Hargreaves LAR", "SureForm 45", 1480.0],
                            ["Pasternak IPAA", "EEA 29", 960.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR condition resource to registry",
        notes="FHIR Condition resource with a patient's name and MRN reference and anal cancer diagnosis sent to the state cancer registry.",
        frm="Cancer Registry Reporting <registry@keystonecolorectal.com>",
        to="submissions@pa-cancer-registry.org",
        subject="Case report 2026-0187",
        body="Case report attached as FHIR JSON.",
        atts=(
            Att(
                "case_2026-0187.json",
                "application/fhir+json",
                '{"resourceType": "Condition", "id": "kc-2026-0187", '
                '"code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C21.1", "display": "Malignant neoplasm of anal canal"}]}, '
                '"subject": {"reference": "Patient/KC-300622", "display": "Dorothea Vance-Pike"}, '
                '"onsetDateTime": "2026-04-17", "note": [{"text": "Squamous cell carcinoma, p16 positive, T2N0; Nigro protocol planned."}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR capability statement sample",
        notes="Hard negative: FHIR CapabilityStatement for an interface; resource types mention Condition and Patient but no data about anyone.",
        frm="Interfaces <interfaces@keystonecolorectal.com>",
        to="integration@stomapathsupply.com",
        subject="Our FHIR endpoint capabilities",
        body="Capability statement for our referral endpoint attached so your team can build against it.",
        atts=(
            Att(
                "capability.json",
                "application/fhir+json",
                '{"resourceType": "CapabilityStatement", "status": "active", "date": "2026-05-01", "kind": "instance", '
                '"fhirVersion": "4.0.1", "format": ["json"], "rest": [{"mode": "server", "resource": ['
                '{"type": "Patient", "interaction": [{"code": "read"}]}, {"type": "ServiceRequest", "interaction": [{"code": "create"}]}, '
                '{"type": "Condition", "interaction": [{"code": "search-type"}]}]}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient address in disability form to employer",
        notes="Hard positive: return-to-work note to an employer HR mailbox naming the employee and saying she is recovering from surgery by the colorectal group.",
        frm="Forms Desk <forms@keystonecolorectal.com>",
        to="leave.admin@chesterlogistics.com",
        subject="Work status - Tamara Lindgren",
        body="Tamara Lindgren has been under the care of Keystone Colorectal Surgeons since her operation on April 27, 2026. She may return to work on June 8 with no lifting over 10 lb for 4 more weeks.\n\nForms Desk"
        + SIG,
    ),
    Spec(
        phi=False,
        category="job reference letter for former employee",
        notes="Reference for a former medical assistant; workforce information, no patient.",
        frm="Diane Whitlock <admin@keystonecolorectal.com>",
        to="recruiting@paoliorthoassociates.com",
        subject="Reference: Jasmine Torres",
        body="Jasmine Torres worked with us as a medical assistant from 2022 to 2026. She roomed patients, took vitals and managed the ostomy supply closet. Reliable and kind; I'd rehire her.\n\nDiane Whitlock",
    ),
    Spec(
        phi=True,
        category="SSN in workers comp billing request",
        notes="Hard positive: workers' compensation billing to an insurer with the claimant's SSN, claim number and pilonidal surgery.",
        frm="Billing <billing@keystonecolorectal.com>",
        to="medbills@keystatecompins.com",
        subject="Bill submission claim WC-8840215",
        body="Claimant: Rodney Whitaker\nSSN: 518-44-2093\nDOI: 02/11/2026  Employer: Chester Logistics\nService 04/14/2026: excision of pilonidal cyst, complex (CPT 11772), Dr. Adeyemi\nCharges $2,875.00. HCFA attached by fax.\n\nKeystone Billing",
    ),
    Spec(
        phi=False,
        category="compliance policy on texting PHI",
        notes="Hard negative: policy document on texting and emailing patients; mentions PHI, SSNs and MRNs as concepts only.",
        frm="Compliance <compliance@keystonecolorectal.com>",
        to="all@keystonecolorectal.com",
        subject="Policy update: electronic communication with patients",
        body="Updated policy attached. Key points: never put a diagnosis, MRN or SSN in a subject line; use the portal for results; personal phones may not store patient photos.",
        atts=(
            Att(
                "Policy_EC-04_electronic_communication.docx",
                DOCX,
                docx(
                    [
                        "Keystone Colorectal Surgeons - Policy EC-04 Electronic Communication with Patients",
                        "1. Email containing PHI to outside recipients must use [secure] in the subject to trigger encryption.",
                        "2. Do not include diagnoses, MRNs or Social Security numbers in subject lines.",
                        "3. Wound photos are uploaded to the EHR and deleted from the device the same day.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of referral packet to second opinion center",
        notes="Hard positive: zip of a referral packet whose member text files carry the patient's name, MRI report and colonoscopy pathology; body only says 'packet attached'.",
        frm="Referrals <referrals@keystonecolorectal.com>",
        to="newpatients@mskcc-referral-intake.org",
        subject="Second opinion packet",
        body="Referral packet attached as discussed by phone.",
        atts=(
            Att(
                "referral_packet_KC300417.zip",
                "application/zip",
                zipped(
                    {
                        "cover.txt": "Patient: Raymond Mulcahy, DOB 01/25/1963, MRN KC-300417. Referred for second opinion on rectal cancer treatment.",
                        "mri_pelvis.txt": "MRI pelvis 04/30/2026: 4.1 cm mid rectal tumor, T3c, 2 mesorectal nodes, EMVI positive, CRM 2 mm.",
                        "path.txt": "Rectal biopsy 04/22/2026: moderately differentiated adenocarcinoma, MMR proficient.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of marketing brand assets",
        notes="Zip of logos and brand text for a print vendor; no patient.",
        frm="Marketing <marketing@keystonecolorectal.com>",
        to="studio@brightprintdesign.com",
        subject="Brand assets for brochure",
        body="Brand assets for the new brochure are in the zip.",
        atts=(
            Att(
                "keystone_brand_assets.zip",
                "application/zip",
                zipped(
                    {
                        "colors.txt": "Navy #1F3A5F, Teal #2A9D8F",
                        "tagline.txt": "Expert colorectal care, close to home.",
                        "logo.png": png(5, 5, (31, 58, 95)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ICS invite for patient colonoscopy surveillance",
        notes="Hard positive: calendar invite to a personal outlook address with the patient's name and 'post-resection surveillance colonoscopy' in the summary.",
        frm="Surgery Scheduling <surgsched@keystonecolorectal.com>",
        to="gwhitfield61@outlook.com",
        subject="Calendar hold",
        body="Adding this to your calendar as you asked on the phone.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone//Sched//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:kcs-sched-9912@keystonecolorectal.com\r\nDTSTAMP:20260512T130000Z\r\nDTSTART:20260616T123000Z\r\nDTEND:20260616T140000Z\r\nSUMMARY:Gordon Whitfield - 1-year post-resection surveillance colonoscopy (Dr. Hargreaves)\r\nLOCATION:Keystone Colorectal Surgeons, 400 Lancaster Pike, Wayne\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="ICS invite for ASCRS meeting dinner",
        notes="Event invitation for a society meeting dinner; no patient.",
        frm="Dr. Celeste Hargreaves <chargreaves@keystonecolorectal.com>",
        to="alumni@pennsurgeryresidency.org",
        subject="ASCRS alumni dinner",
        body="Penn alumni dinner at ASCRS, all welcome.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ascrs-dinner-2026@keystonecolorectal.com\r\nDTSTAMP:20260512T130000Z\r\nDTSTART:20260607T233000Z\r\nDTEND:20260608T020000Z\r\nSUMMARY:Penn colorectal alumni dinner at ASCRS\r\nLOCATION:Harbor Grill, Baltimore\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="CSV of anorectal manometry referrals",
        notes="CSV with names, DOBs and indications (fecal incontinence, obstructed defecation) sent to the manometry lab.",
        frm="Dr. Oluwaseun Adeyemi <oadeyemi@keystonecolorectal.com>",
        to="motility.lab@pennmotility.org",
        subject="manometry referrals",
        body="Four referrals for anorectal manometry and balloon expulsion; list attached.",
        atts=(
            Att(
                "anorectal_manometry_referrals.csv",
                "text/csv",
                "name,dob,indication\nSheila Rourke,1966-03-08,fecal incontinence after obstetric injury\nVictor Almeida,1955-10-21,obstructed defecation\nPriya Sethi,1988-05-30,chronic constipation\nLouise Carrow,1949-12-02,fecal incontinence\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CSV of surgeon on-call roster",
        notes="On-call roster CSV with surgeons' names and pagers; staff, not patients.",
        frm="Practice Administrator <admin@keystonecolorectal.com>",
        to="operator@lankenaucancer.org",
        subject="June on-call",
        body="June on-call roster attached.",
        atts=(
            Att(
                "oncall_june.csv",
                "text/csv",
                "date,surgeon,pager\n2026-06-01,Hargreaves,610-555-0191\n2026-06-02,Pasternak,610-555-0192\n2026-06-03,Adeyemi,610-555-0193\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="newsletter article about IBD surgery",
        notes="Article draft about when Crohn's disease needs surgery; topic only.",
        frm="Dr. Andrei Pasternak <apasternak@keystonecolorectal.com>",
        to="editor@mainlinehealthmag.com",
        subject="Article draft: Crohn's and surgery",
        body="Draft article below, 600 words.\n\nAbout half of people with Crohn's disease will need an operation within ten years of diagnosis. Strictures, fistulas and abscesses that do not respond to medicine are the usual reasons. Modern bowel-sparing techniques such as strictureplasty keep as much intestine as possible...",
    ),
    Spec(
        phi=False,
        category="SSN-shaped PO number to medical supplier",
        notes="Hard negative: purchase order email with a PO number that looks like an SSN and stapler product codes; vendor business mail.",
        frm="Materials <materials@keystonecolorectal.com>",
        to="orders@surgicaldirectsupply.com",
        subject="PO 371-52-8806",
        body="Please ship on PO 371-52-8806: 12 x circular stapler 29 mm (EEA29), 24 x linear reload 60 mm blue. Ship to 400 Lancaster Pike, Suite 210, Wayne PA.",
    ),
    Spec(
        phi=False,
        category="insurance network question reply",
        notes="Hard negative: reply to a comcast address answering which insurers the practice accepts; general information, nothing says the writer is a patient.",
        frm=OFFICE,
        to="hwoodbury@comcast.net",
        subject="RE: insurance question",
        body="Thank you for your question. Yes, we are in network with Aetna, Highmark, Independence Blue Cross and traditional Medicare. New patients can be seen without a referral on most plans; call (610) 555-0130 to check yours.\n\nKeystone Colorectal Surgeons",
    ),
    Spec(
        phi=True,
        category="good faith estimate for ileostomy reversal",
        notes="Cost estimate to the patient's icloud mailbox naming her and her planned ileostomy reversal with CPT code and charges.",
        frm="Financial Counselor <finance@keystonecolorectal.com>",
        to="monique.ferris@icloud.com",
        subject="Your cost estimate",
        body="Dear Monique Ferris,\n\nHere is the estimate you requested for your ileostomy takedown planned for July:\n\nSurgeon fee (CPT 44227 closure of enterostomy): $3,420.00\nAssistant surgeon: $680.00\nEstimated plan payment: $3,280.00\nYour estimated share (deductible met): $820.00\n\nHospital and anesthesia bill separately.\n\nFinancial Counseling"
        + SIG,
    ),
    Spec(
        phi=True,
        category="terse OR board text to surgeon's personal email",
        notes="Hard positive: texting-style note to a surgeon's personal mailbox with a patient's surname, bed, procedure and NPO status.",
        frm="OR Front Desk <orfront@keystonecolorectal.com>",
        to="oadeyemi.home@gmail.com",
        subject="add-on",
        body="Dr A - Guzman (Hector) in pre-op bay 4 for EUA + I&D perianal abscess, NPO since 0200, consent signed, anesthesia ok. Room 6 at 1130.",
    ),
]
