"""Evening Star Hospice & Palliative Care: hospice, palliative consults, bereavement."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import APEX, CRCC, ESH, Att, Spec

SIG = "\n\n--\nEvening Star Hospice & Palliative Care\n2250 Sable Blvd, Aurora CO | 303-555-0180\n"

_X12 = (
    "ISA*00*          *00*          *ZZ*EVESTARHOSP    *ZZ*CMSMEDICARE    "
    "*261106*1518*^*00501*000004412*0*P*:~"
    "GS*HC*EVESTARHOSP*CMSMEDICARE*20261106*1518*4412*X*005010X223A2~ST*837*0001*005010X223A2~"
    "NM1*IL*1*PRUITT*VERNON*E***MI*4TW9K82MX61~DMG*D8*19380215*M~"
    "CLM*ESH2610-0331*6412.80***81:A:1~DTP*434*RD8*20261001-20261031~HI*ABK:C61~"
    "SV2*0651**1540.60*UN*8~SE*9*0001~GE*1*4412~IEA*1*000004412~\n"
)

_X12_TEST = (
    "ISA*00*          *00*          *ZZ*EVESTARHOSP    *ZZ*CLEARTESTHUB   "
    "*261104*0900*^*00501*000000001*0*T*:~"
    "GS*HC*EVESTARHOSP*CLEARTESTHUB*20261104*0900*1*X*005010X223A2~ST*837*0001*005010X223A2~"
    "NM1*IL*1*TESTPATIENT*ZZONE****MI*TEST000000~DMG*D8*19000101*U~"
    "CLM*TEST-0001*0.01***81:A:1~SE*6*0001~GE*1*1~IEA*1*000000001~\n"
)

MESSAGES: list[Spec] = [
    # ------------------------------------------------------------------ PHI
    Spec(
        phi=True,
        category="hospice admission notice to oncologist",
        notes="Named patient admitted to hospice with diagnosis, to referring oncologist at "
        "partner.",
        frm=f"Admissions <admissions@{ESH}>",
        to=f"lferreira@{CRCC}",
        subject="Admitted to hospice service",
        body=(
            "Dr. Ferreira,\n\nYour patient Lionel Thibodeaux (DOB 03/11/1947) was admitted to "
            "Evening Star home hospice on 11/10 with a terminal diagnosis of metastatic pancreatic "
            "adenocarcinoma. Dr. Amara Diallo will be the hospice attending; please let us know if "
            "you wish to remain attending of record.\n\nLeticia Brandvold, RN\nAdmissions Nurse"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="bereavement condolence to spouse",
        notes="Hard positive: name of deceased patient, date of death and hospice care to spouse's "
        "personal mailbox.",
        frm=f"Bereavement <bereavement@{ESH}>",
        to="gloria.hemsworth1952@aol.com",
        subject="Thinking of you",
        body=(
            "Dear Gloria,\n\nAll of us who cared for Walter during his time with Evening Star are "
            "thinking of you. It has been a month since he passed on October 9th, and we know the "
            "first weeks can be the hardest. Our spouse loss group meets Tuesdays at 10 AM; you "
            "are "
            "welcome any week.\n\nWarmly,\nRev. Nathaniel Osei-Bonsu\nBereavement Coordinator" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="IDG census xlsx multi-sheet",
        notes="Hard positive: interdisciplinary group census XLSX with names, diagnoses, levels of "
        "care.",
        frm=f"Clinical Manager <clinicalmgr@{ESH}>",
        to=f"idg.team@{ESH}",
        subject="IDG Wednesday - census and recerts",
        body="Census and recert list attached for Wednesday's IDG.",
        atts=(
            Att(
                "IDG_1111.xlsx",
                XLSX,
                xlsx(
                    {
                        "Census": [
                            ["Patient", "Dx", "LOC", "RN", "Admit"],
                            [
                                "Pruitt, Vernon",
                                "Prostate ca w/ bone mets",
                                "RHC",
                                "Kessler",
                                "2026-08-02",
                            ],
                            [
                                "Thibodeaux, Lionel",
                                "Pancreatic ca",
                                "RHC",
                                "Brandvold",
                                "2026-11-10",
                            ],
                            ["Sandoval, Maria Elena", "ALS", "GIP", "Nguyen", "2026-10-28"],
                        ],
                        "Recerts": [
                            ["Patient", "Benefit period", "Due", "F2F needed"],
                            ["Pruitt, Vernon", "3", "2026-11-18", "Y"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837I hospice claim",
        notes="Hard positive: PHI only in X12 837I claim attachment (name, MBI, DOB, prostate "
        "cancer).",
        frm=f"Billing <billing@{ESH}>",
        to="support@peakclearinghouse.com",
        subject="Rejected batch 4412 - resubmitting",
        body="Resubmitting the corrected 837I file from batch 4412, the one with the bad GS "
        "segment. Please confirm receipt.",
        atts=(Att("ESH_4412_837I.x12", "application/edi-x12", _X12),),
    ),
    Spec(
        phi=True,
        category="pharmacy comfort kit order",
        notes="Patient name, address and comfort medications (morphine, lorazepam, haloperidol).",
        frm=f"Hyun-joo Nguyen <hnguyen@{ESH}>",
        to=f"hospice@{APEX}",
        subject="Comfort kit - deliver today please",
        body=(
            "Please deliver a comfort kit today for Maria Elena Sandoval, 960 Kittredge St, "
            "Aurora CO 80011. Kit contents per standing order: morphine concentrate 20 mg/mL, "
            "lorazepam 0.5 mg, haloperidol 0.5 mg, atropine 1% drops, bisacodyl suppositories.\n"
            "Ordering: Amara Diallo, MD (NPI 1554582282, DEA FD9274971).\n\nHyun-joo Nguyen, RN "
            "Case Manager"
        ),
    ),
    Spec(
        phi=True,
        category="palliative consult note PDF to referrer",
        notes="Hard positive: PHI only in PDF consult note; body says 'see attached'.",
        frm=f"Palliative Consult Service <palliative@{ESH}>",
        to=f"onc.hospitalist@{CRCC}",
        subject="Consult note",
        body="See attached. Happy to follow along.",
        atts=(
            Att(
                "pc_consult_1110.pdf",
                "application/pdf",
                pdf(
                    [
                        "EVENING STAR HOSPICE & PALLIATIVE CARE - PALLIATIVE CONSULT",
                        "Patient: Obinna Chukwuemeka   DOB: 09/02/1963   Location: CRCC 6W-608",
                        "Reason: dyspnea and pain, stage IIIA lung SCC on durvalumab",
                        "Plan: hydromorphone 0.5 mg IV q3h PRN; start methadone 2.5 mg BID",
                        "Goals: full code for now; family meeting Thursday",
                        "Consultant: Amara Diallo, MD",
                    ],
                    "Palliative consult",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="visit schedule to daughter",
        notes="Hard positive: first name only of patient with nurse visit and symptoms, to "
        "relative's gmail.",
        frm=f"Rodrigo Kessler <rkessler@{ESH}>",
        to="denise.pruitt.home@gmail.com",
        subject="this week's visits",
        body=(
            "Hi Denise,\n\nI'll see your dad Tuesday and Friday this week around 1 PM. The aide "
            "will come Monday/Wednesday/Thursday mornings for his bath. Since Vernon's pain "
            "flared at night, I asked Dr. Diallo to raise the long-acting morphine to 30 mg at "
            "bedtime - pharmacy is delivering it tomorrow.\n\nRodrigo\nRN Case Manager"
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip with patient named in body",
        notes="Hard positive: encrypted zip of records, but the body itself names the patient and "
        "reason.",
        frm=f"Medical Records <records@{ESH}>",
        to="claims.review@summitcareplan.com",
        subject="Records for GIP review",
        body=(
            "Attached are the general inpatient level-of-care records for Maria Elena Sandoval "
            "(member SCP770391524) for the ALS respiratory decline stay starting 10/28. Password "
            "will follow by phone.\n\nThank you,\nImelda Castaneda\nHIM"
        ),
        atts=(
            Att(
                "GIP_records.zip",
                "application/zip",
                encrypted_zip({"records.txt": "Sandoval GIP notes 10/28-11/04\n"}, "Aurora#2611"),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="death notification to funeral home",
        notes="Name, date/time of death, address, attending physician to funeral home.",
        frm=f"On-Call RN <oncall@{ESH}>",
        to="arrangements@hollisterfuneralhome.com",
        subject="Release - Pruitt",
        body=(
            "Hollister Funeral Home,\n\nVernon E. Pruitt (SSN 417-62-3385, DOB 02/15/1938) expired "
            "at home at 03:40 today 11/12 at "
            "3318 Elm Crest Dr, Aurora. Pronounced by hospice RN. Attending Dr. Amara Diallo will "
            "sign the death certificate (cause: metastatic prostate cancer). Family (Denise, "
            "303-555-0166) requests pickup after 7 AM.\n\nKiara Bellweather, RN (on-call)"
        ),
    ),
    Spec(
        phi=True,
        category="volunteer assignment",
        notes="Hard positive: volunteer given patient name, address and dementia diagnosis.",
        frm=f"Volunteer Services <volunteers@{ESH}>",
        to="margie.thornquist@yahoo.com",
        subject="New companion visit assignment",
        body=(
            "Hi Margie,\n\nThank you for taking a new companion assignment! Mr. Alistair Fenwick, "
            "88, lives at 14 Larkspur Ln in Centennial with his wife. He has advanced Alzheimer's "
            "dementia and enjoys big band music. Please avoid visiting during his 2 PM nap.\n\n"
            "Volunteer Services"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only medication reconciliation",
        notes="HTML-only table with patient name and medication list.",
        frm=f"Hospice Pharmacist <pharmd@{ESH}>",
        to=f"rkessler@{ESH}",
        subject="Med rec done",
        body="",
        html=(
            "<html><body><p>Rodrigo - med rec for <b>Lionel Thibodeaux</b>:</p><table border='1'>"
            "<tr><th>Med</th><th>Action</th></tr><tr><td>Creon 24,000 units with "
            "meals</td><td>continue</td></tr>"
            "<tr><td>Atorvastatin 40 mg</td><td>stop (deprescribe)</td></tr>"
            "<tr><td>Oxycodone 5 mg q4h PRN</td><td>continue</td></tr>"
            "<tr><td>Ondansetron 4 mg</td><td>continue</td></tr></table><p>- "
            "Ingrid</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="ICS visit invite chaplain",
        notes="Hard positive: calendar invite names the patient and the reason (end-of-life "
        "visit).",
        frm=f"Spiritual Care <chaplaincy@{ESH}>",
        to=f"chaplains@{ESH}",
        subject="Chaplain visit",
        body="Invite attached.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ESH//Visits//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:chap-20261112@eveningstarhospice.org\r\nDTSTAMP:20261110T180000Z\r\n"
            "DTSTART:20261112T210000Z\r\nDTEND:20261112T220000Z\r\n"
            "SUMMARY:Chaplain visit - Fenwick, Alistair (actively dying per RN)\r\n"
            "LOCATION:14 Larkspur Ln, Centennial CO\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="DOCX plan of care to nursing facility",
        notes="Hard positive: PHI only in DOCX plan of care for facility resident.",
        frm=f"Facility Liaison <liaison@{ESH}>",
        to="don@willowbendcare.com",
        subject="Updated plan of care",
        body="Updated hospice plan of care for your resident attached, please file in the chart.",
        atts=(
            Att(
                "POC_update.docx",
                DOCX,
                docx(
                    [
                        "Evening Star Hospice - Plan of Care Update",
                        "Resident: Beatrix Vanterpool, Room 118B, Willow Bend Care Center",
                        "Hospice diagnosis: end-stage heart failure (I50.84)",
                        "Changes: furosemide reduced to 20 mg daily; oxygen 2 L PRN for comfort",
                        "Visits: RN weekly, aide 3x/week, social work monthly",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forward of family email to team",
        notes="Hard positive: staff forwards relative's email describing patient agitation; quoted "
        "content.",
        frm=f"Hyun-joo Nguyen <hnguyen@{ESH}>",
        to=f"pharmd@{ESH}",
        subject="FW: Mom restless at night",
        body=(
            "Ingrid, see below from the daughter - can we trial a scheduled dose? -HJ\n\n"
            "-----Original Message-----\nFrom: Carmen Sandoval <carmensandoval.ortiz@gmail.com>\n"
            "Sent: Tuesday, November 10, 2026 11:52 PM\nSubject: Mom restless at night\n\n"
            "Hi, Mom has been pulling at her BiPAP mask and calling out every night around 2 am. "
            "The lorazepam helps for about an hour. Is there something else we can give?\nCarmen"
        ),
    ),
    Spec(
        phi=True,
        category="ACP document with name",
        notes="Hard positive: PNG scan of MOLST form with patient name in filename.",
        frm=f"Admissions <admissions@{ESH}>",
        to=f"records@{ESH}",
        subject="scan for chart",
        body="Scan attached for the chart.",
        atts=(
            Att("MOLST_DNR_Thibodeaux_Lionel_signed.png", "image/png", png(8, 5, (240, 240, 236))),
        ),
    ),
    Spec(
        phi=True,
        category="live discharge letter",
        notes="Patient discharged from hospice (extended prognosis), with name and address.",
        frm=f"Social Work <socialwork@{ESH}>",
        to="e.fenwick.centennial@icloud.com",
        subject="Letter about Alistair's hospice discharge",
        body=(
            "Dear Mrs. Fenwick,\n\nAs we discussed, because Alistair's condition has been stable "
            "for the last two benefit periods, he no longer meets Medicare hospice eligibility and "
            "will be discharged from our service on 11/30. We will refer him to the Evening Star "
            "palliative care clinic and help arrange in-home aide hours. You have the right to an "
            "expedited review by the QIO (call 888-555-0131).\n\nRenata Okoye-Lindgren, MSW" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="continuous care staffing with patient",
        notes="Hard positive: staffing request names patient initials, street and crisis symptoms.",
        frm=f"Staffing <staffing@{ESH}>",
        to=f"prn.nurses@{ESH}",
        subject="CC shifts needed tonight",
        body=(
            "Need 2 RNs for continuous care tonight 19:00-07:00 - patient M.E.S. on Kittredge St, "
            "Aurora; uncontrolled dyspnea and terminal agitation. Reply if available.\n\nStaffing "
            "desk"
        ),
    ),
    Spec(
        phi=True,
        category="payment plan for room and board",
        notes="Family billed for patient's nursing home room and board while on hospice, account "
        "number.",
        frm=f"Billing <billing@{ESH}>",
        to="vanterpool.family@hotmail.com",
        subject="Room and board statement",
        body=(
            "Hello,\n\nHere is a summary of the statement for Beatrix Vanterpool's room and "
            "board at Willow "
            "Bend for October while she is on hospice (account ESH-00917). The Medicaid share "
            "of cost due from the family is $1,118.00.\n\nBilling Office" + SIG
        ),
    ),
    # ------------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="bereavement support group flyer",
        notes="Hard negative: public grief group announcement, no individuals, to a community "
        "list.",
        frm=f"Bereavement <bereavement@{ESH}>",
        to="announcements@aurorainterfaithcouncil.org",
        subject="Free grief support groups this winter",
        body=(
            "Evening Star Hospice offers free grief support groups open to the community, whether "
            "or not your loved one was in hospice care:\n- Loss of a spouse: Tuesdays 10 AM\n- "
            "Loss to overdose: Thursdays 6 PM\n- Holiday coping workshop: Dec 8, 6 PM\nRegister: "
            "303-555-0180." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="aggregate hospice quality HQRP",
        notes="Hard negative: aggregate HQRP/CAHPS scores and length of stay statistics.",
        frm=f"Quality <quality@{ESH}>",
        to=f"board@{ESH}",
        subject="Q3 quality report for the board",
        body=(
            "Board members,\n\nQ3 summary: average daily census 142; median length of stay 24 "
            "days; "
            "live discharge rate 11%; HIS comprehensive assessment measure 93.8%; Hospice CAHPS "
            "'willing to recommend' 86% (national 84%). Deaths: 187, 64% with cancer diagnoses, "
            "18% "
            "dementia.\n\nTomasz Wieczorek, Quality Director"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic X12 test file",
        notes="Hard negative: X12 837I test-mode file (usage indicator T) with TESTPATIENT; "
        "labelled as test.",
        frm=f"Billing <billing@{ESH}>",
        to="enrollment@cleartesthub.com",
        subject="Test file for trading partner setup (ISA15=T)",
        body=(
            "Per your onboarding checklist, attached is our test 837I with the dummy member "
            "TESTPATIENT ZZONE. No real claims. Please send the 999 back.\n\nBilling"
        ),
        atts=(Att("ESH_TEST_837I.x12", "application/edi-x12", _X12_TEST),),
    ),
    Spec(
        phi=False,
        category="physician recruitment",
        notes="Hard negative: medical director recruitment with board certification terms.",
        frm=f"CEO Office <ceo@{ESH}>",
        to="recruit@hpmphysiciansearch.com",
        subject="Associate Medical Director search - profile",
        body=(
            "Thanks for taking the search. We are looking for a physician board-certified in "
            "Hospice and Palliative Medicine to lead our consult service across three hospitals "
            "and "
            "provide face-to-face encounters. Current medical director: Amara Diallo, MD (NPI "
            "1420119509). Salary range $290-330K.\n\nSiobhan Delacroix-Mbeki, CEO"
        ),
    ),
    Spec(
        phi=False,
        category="opioid disposal policy",
        notes="Hard negative: policy on controlled substance disposal in the home, drug names "
        "only.",
        frm=f"Compliance <compliance@{ESH}>",
        to=f"clinical.staff@{ESH}",
        subject="Reminder: SUPPORT Act disposal documentation",
        body=(
            "Clinical staff,\n\nWhen a patient dies or a controlled drug is discontinued, document "
            "disposal of morphine, oxycodone, hydromorphone, lorazepam, etc. using the drug "
            "disposal "
            "pouch and a witness. Written policy CP-22 is on the intranet. Do not take drugs back "
            "to the office.\n\nCompliance"
        ),
    ),
    Spec(
        phi=False,
        category="fundraiser gala HTML",
        notes="HTML-only event invitation, no patient info.",
        frm=f"Evening Star Foundation <foundation@{ESH}>",
        to="dwight.abernethy@gmail.com",
        subject="You're invited: Starlight Gala",
        body="",
        html=(
            "<html><body><h1>Starlight Gala 2026</h1><p>Saturday, January 23 at the Seawell "
            "Ballroom. Proceeds support pediatric hospice and our We Honor Veterans program.</p>"
            "<p><a href='https://eveningstarhospice.org/gala'>Get tickets</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="staff schedule",
        notes="Staff on-call schedule, workforce names only.",
        frm=f"Staffing <staffing@{ESH}>",
        to=f"rns@{ESH}",
        subject="Thanksgiving on-call schedule",
        body=(
            "On-call RN schedule:\nWed 11/25 - Kiara Bellweather\nThu 11/26 - Rodrigo Kessler\n"
            "Fri 11/27 - Hyun-joo Nguyen\nSat 11/28 - Leticia Brandvold\nSwaps through the "
            "staffing desk."
        ),
    ),
    Spec(
        phi=False,
        category="vendor DME contract",
        notes="Hard negative: DME vendor pricing for hospital beds, oxygen concentrators (device "
        "words).",
        frm=f"Operations <operations@{ESH}>",
        to="contracts@frontrangedme.com",
        subject="Per diem pricing renewal",
        body=(
            "Hi Lorraine,\n\nWe accept the renewed per diem: semi-electric hospital bed $3.10/day, "
            "alternating pressure mattress $2.40/day, oxygen concentrator 5L $2.85/day, with "
            "4-hour "
            "delivery for imminent deaths. Please send the contract for signature.\n\nDesmond "
            "Farraday\n"
            "VP Operations"
        ),
    ),
    Spec(
        phi=False,
        category="palliative care journal club",
        notes="Hard negative: journal club on methadone conversion with case vignette clearly "
        "fictional/aggregate.",
        frm=f"Amara Diallo <adiallo@{ESH}>",
        to=f"palliative@{ESH}",
        subject="Journal club Friday - methadone rotation",
        body=(
            "Friday's article: 'Low-dose methadone as a co-analgesic in cancer pain' (JPSM 2025). "
            "The trial enrolled 312 patients; we'll discuss QTc monitoring thresholds. The "
            "teaching "
            "case is a composite, not a current patient. Pizza at noon.\n\nAmara"
        ),
    ),
    Spec(
        phi=False,
        category="PDF CAHPS survey vendor summary",
        notes="Hard negative: PDF of aggregate family survey results by vendor.",
        frm=f"Quality <quality@{ESH}>",
        to=f"leadership@{ESH}",
        subject="CAHPS vendor summary Q3",
        body="Vendor summary attached; full report on the shared drive.",
        atts=(
            Att(
                "cahps_q3_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "EVENING STAR HOSPICE - HOSPICE CAHPS SUMMARY Q3 2026",
                        "Surveys returned: 96 (response rate 31%)",
                        "Communication with family: 81%   Getting timely help: 77%",
                        "Treating patient with respect: 92%   Emotional and spiritual support: 90%",
                    ],
                    "CAHPS summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="training docx",
        notes="Hard negative: aide training DOCX on signs of approaching death, generic.",
        frm=f"Education <education@{ESH}>",
        to=f"aides@{ESH}",
        subject="In-service handout - signs of the final days",
        body="Handout for Thursday's in-service attached.",
        atts=(
            Att(
                "inservice_final_days.docx",
                DOCX,
                docx(
                    [
                        "Recognizing the final days and hours",
                        "Common signs: mottling of knees and feet, Cheyne-Stokes breathing, "
                        "decreased urine output, terminal secretions.",
                        "Aide role: mouth care, repositioning every 2 hours, call the RN for new "
                        "distress.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="xlsx mileage reimbursement",
        notes="Hard negative: staff mileage workbook (two sheets) with towns, no patients.",
        frm=f"Finance <finance@{ESH}>",
        to=f"fieldstaff@{ESH}",
        subject="October mileage totals - please verify",
        body="Mileage totals attached by team. Corrections by 11/16.",
        atts=(
            Att(
                "mileage_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "North": [
                            ["Employee", "Miles", "Reimb"],
                            ["R. Kessler", 1182, 827.4],
                            ["H. Nguyen", 964, 674.8],
                        ],
                        "South": [["Employee", "Miles", "Reimb"], ["L. Brandvold", 1307, 914.9]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="state survey prep",
        notes="Hard negative: survey readiness memo with regulation tags and condition words.",
        frm=f"Compliance <compliance@{ESH}>",
        to=f"managers@{ESH}",
        subject="Survey window opens - readiness checklist",
        body=(
            "Our recertification survey window opens 12/1. Top prior deficiencies: L543 (plan of "
            "care coordination) and L625 (aide supervision every 14 days). Make sure pain and "
            "dyspnea assessments are complete in every chart. Mock tracer next "
            "Tuesday.\n\nCompliance"
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing warning",
        notes="IT security notice to staff.",
        frm=f"IT Security <itsecurity@{ESH}>",
        to=f"allstaff@{ESH}",
        subject="Phishing alert: fake 'PTO approval' emails",
        body=(
            "Several staff received emails titled 'PTO approval required' linking to a fake login "
            "page. Do not click. Report with the Phish button. If you entered your password, call "
            "the help desk at x2200 immediately.\n\nIT Security"
        ),
    ),
    Spec(
        phi=False,
        category="reply to community inquiry about services",
        notes="Hard negative: answers a member of the public asking in general terms; no patient "
        "identified or served.",
        frm=f"Intake <intake@{ESH}>",
        to="paulina.reyes.rn@outlook.com",
        subject="Re: Does hospice cover dementia?",
        body=(
            "Hi Paulina,\n\nThanks for reaching out for your nursing school presentation. Yes, "
            "Medicare's hospice benefit covers people with "
            "advanced dementia when a physician certifies a prognosis of six months or less. "
            "Typical "
            "signs include needing help with all daily activities and speaking only a few words. "
            "Anyone can call us for an informational visit at 303-555-0180.\n\nIntake Team"
        ),
    ),
    Spec(
        phi=False,
        category="partner meeting minutes",
        notes="Hard negative: joint meeting minutes with partner cancer center, aggregate referral "
        "numbers only.",
        frm=f"CEO Office <ceo@{ESH}>",
        to=f"leadership@{CRCC}",
        subject="Minutes - CRCC/Evening Star partnership meeting",
        body=(
            "Minutes 11/6:\n1. Referrals from CRCC to Evening Star: 58 in Q3 (up from 41).\n2. "
            "Median days from referral to admission: 1.\n3. Pilot: embedded palliative NP in CRCC "
            "GI clinic two half-days/week starting January.\n4. Next meeting 2/5.\n\nSiobhan"
        ),
    ),
    Spec(
        phi=False,
        category="vendor pharmacy invoice aggregate",
        notes="Hard negative: pharmacy invoice summary with drug categories and totals, no "
        "patients.",
        frm=f"Finance <finance@{ESH}>",
        to=f"ar@{APEX}",
        subject="Oct invoice 2026-10-ESH dispute",
        body=(
            "Hi,\n\nOn invoice 2026-10-ESH the line 'scopolamine patch 1.5 mg x 220' appears to be "
            "billed at AWP instead of our contracted AWP-18%. Total opioid category ($18,204) "
            "matches "
            "our records. Please reissue.\n\nFinance"
        ),
    ),
    Spec(
        phi=False,
        category="memorial service announcement",
        notes="Hard negative: annual public memorial event; no named patients.",
        frm=f"Spiritual Care <chaplaincy@{ESH}>",
        to=f"allstaff@{ESH}",
        subject="Tree of Remembrance - Dec 10",
        body=(
            "Our annual Tree of Remembrance service is Thursday Dec 10, 6 PM, in the chapel. "
            "Families "
            "served this year have been invited by mail. Staff and volunteers welcome; please RSVP "
            "to the chaplaincy office."
        ),
    ),
]
