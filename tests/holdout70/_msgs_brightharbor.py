"""Outbound mail of Bright Harbor Patient Foundation, a copay and travel assistance charity (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import BHF, TIB, Att, Spec

GR = f"Bright Harbor Grants <grants@{BHF}>"
CM = f"Case Management <casemgmt@{BHF}>"
DEV = f"Development Office <giving@{BHF}>"
ED = f"Naomi Fairbanks <nfairbanks@{BHF}>"

MESSAGES = [
    Spec(
        phi=True,
        category="Copay grant approval letter to patient",
        notes="Approval letter to patient's gmail naming her, her MS fund and grant amount.",
        frm=GR,
        to="maya.oduya92@gmail.com",
        subject="Your Bright Harbor grant is approved",
        body=(
            "Dear Maya,\n\nGood news: your application to our Multiple Sclerosis Copay Fund is approved for up to "
            "$6,000 through December 31, 2026. We will pay Tallgrass directly for your ocrelizumab coinsurance. "
            "Your grant ID is BH-MS-26-01884.\n\nBright Harbor Patient Foundation"
        ),
    ),
    Spec(
        phi=True,
        category="Grant payment remittance to billing office",
        notes="Hard positive: remittance lists grant ID, patient last name and the infusion date paid.",
        frm=f"Bright Harbor Payments <payments@{BHF}>",
        to=f"pfs@{TIB}",
        subject="Remittance 26-0316-07",
        body="ACH sent today $2,340.00\nGrant BH-MS-26-01884 / ODUYA / DOS 03/04/2026 / acct TIB-0046021\nPlease apply to patient balance.",
    ),
    Spec(
        phi=False,
        category="Fund opening announcement",
        notes="Hard negative: announces a new disease fund open to applicants; names a disease but no individual.",
        frm=GR,
        to="partners@lists.brightharborfoundation.org",
        subject="Now open: Lupus Nephritis Copay Fund",
        body=(
            "Bright Harbor has opened a Lupus Nephritis Copay Fund for insured patients with household income up "
            "to 500% FPL. Covers voclosporin, belimumab and mycophenolate copays. Apply at brightharborfoundation.org/apply."
        ),
    ),
    Spec(
        phi=False,
        category="Fund closure notice to providers",
        notes="Fund closing for lack of donations; no individual.",
        frm=GR,
        to="partners@lists.brightharborfoundation.org",
        subject="RA fund at capacity - waitlist only",
        body="Our Rheumatoid Arthritis Fund has reached its 2026 budget. New applications go on the waitlist; current grantees are not affected.",
    ),
    Spec(
        phi=True,
        category="Missing documents request to applicant",
        notes="Request to applicant's personal mailbox about her pending psoriasis grant with diagnosis confirmation.",
        frm=CM,
        to="dana.whitlock@outlook.com",
        subject="Application BH-PSO-26-00412 - one item missing",
        body=(
            "Hi Dana,\n\nWe have your application for the Psoriasis Fund, but we still need the provider page "
            "confirming your plaque psoriasis diagnosis and your Skyrizi prescription. Your dermatologist can fax it "
            "to 888-555-0127.\n\nCase Management"
        ),
    ),
    Spec(
        phi=True,
        category="Travel assistance for transplant patient",
        notes="Named patient's travel grant for kidney transplant evaluation with dates and hotel.",
        frm=CM,
        to="reservations@harborviewinnomaha.com",
        subject="Direct bill - 2 nights, guest Samuel Okonjo",
        body=(
            "Please direct-bill Bright Harbor for 2 nights (3/23-3/25) for Samuel Okonjo and one caregiver. He is "
            "coming for his kidney transplant evaluation at the university hospital. Billing PO BH-TR-5521."
        ),
    ),
    Spec(
        phi=False,
        category="Donor thank-you letter",
        notes="Thank-you to a donor; no patient.",
        frm=DEV,
        to="hallie.wexford@gmail.com",
        subject="Thank you, Hallie",
        body="Dear Hallie,\n\nThank you for your gift of $250 in memory of your aunt. Your donation helps people with chronic illness afford their medicine.\n\nWith gratitude,\nBright Harbor",
    ),
    Spec(
        phi=False,
        category="Annual report aggregate statistics",
        notes="Hard negative: annual impact numbers by disease fund in PDF; aggregate only.",
        frm=DEV,
        to="board@brightharborfoundation.org",
        subject="Draft 2025 impact report",
        body="Board members - draft attached for comment by Friday.",
        atts=(
            Att(
                "BH_impact_2025_draft.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHT HARBOR PATIENT FOUNDATION - 2025 Impact",
                        "Patients helped: 8,412",
                        "Rheumatoid arthritis fund: 2,904 grants, avg $3,110",
                        "Multiple sclerosis fund: 1,877 grants",
                        "Travel assistance: 612 trips",
                    ],
                    "Impact",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Grantee list to pharma auditor",
        notes="Hard positive: multi-sheet workbook of grantees with names, DOB and fund sent to an independent auditor.",
        frm=ED,
        to="audit.team@kestrelassurance.com",
        subject="OIG independence audit - sample population",
        body="Population file for the sample draw, as listed in the engagement letter. Tab 2 is the fund key.",
        atts=(
            Att(
                "population_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "Grantees": [
                            ["Grant ID", "Name", "DOB", "Fund"],
                            ["BH-RA-25-03112", "Gloria Esquivel", "1961-02-18", "RA"],
                            ["BH-MS-25-00871", "Trent Haldane", "1987-09-30", "MS"],
                            ["BH-HEM-25-00044", "Oskar Lindgren", "1954-12-01", "Hemophilia"],
                        ],
                        "Funds": [
                            ["Code", "Fund"],
                            ["RA", "Rheumatoid Arthritis"],
                            ["MS", "Multiple Sclerosis"],
                            ["HEM", "Hemophilia"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Fund budget workbook",
        notes="Hard negative: multi-sheet budget by disease fund with donation and grant totals; no individuals.",
        frm=ED,
        to="treasurer@brightharborfoundation.org",
        subject="Q2 fund budgets",
        body="Proposed Q2 allocations attached. The hemophilia fund needs a top-up.",
        atts=(
            Att(
                "fund_budget_Q2.xlsx",
                XLSX,
                xlsx(
                    {
                        "Budget": [
                            ["Fund", "Q2 budget", "Committed"],
                            ["RA", 1200000, 1184000],
                            ["MS", 950000, 610000],
                            ["Hemophilia", 400000, 398500],
                        ],
                        "Donors": [
                            ["Donor type", "Q1 received"],
                            ["Corporate", 2100000],
                            ["Individual", 184000],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to caregiver about child's hemophilia grant",
        notes="Hard positive: reply to a parent naming son Eli and factor VIII grant renewal.",
        frm=CM,
        to="the.morrows.family@icloud.com",
        subject="RE: renewal for Eli",
        body="Hi Jenna,\n\nEli's Hemophilia Fund renewal went through - his factor VIII copays are covered through next March. You don't need to send new lab work this year.\n\nTeresa, Case Management",
    ),
    Spec(
        phi=False,
        category="Volunteer orientation invite",
        notes="Calendar invite for volunteer orientation; no patient.",
        frm=f"Volunteers <volunteers@{BHF}>",
        to="dkrause.volunteers@gmail.com",
        subject="Volunteer orientation - March 21",
        body="Join us for new volunteer orientation. Coffee provided.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BHF//Cal//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bhf-vol-0321@brightharborfoundation.org\r\nDTSTART:20260321T150000Z\r\nDTEND:20260321T170000Z\r\n"
            "SUMMARY:Volunteer orientation\r\nLOCATION:Bright Harbor office, 2nd floor\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Case manager call scheduled with applicant",
        notes="Hard positive: invite to applicant's mailbox whose summary names her and the hepatitis C fund.",
        frm=CM,
        to="l.ferrante@aol.com",
        subject="Phone appointment",
        body="Hi Lucia, here is the invite for our call to finish your application.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BHF//Cal//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bhf-call-8812@brightharborfoundation.org\r\nDTSTART:20260319T170000Z\r\nDTEND:20260319T173000Z\r\n"
            "SUMMARY:Lucia Ferrante - Hep C fund intake call (Epclusa)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Eligibility criteria policy document",
        notes="Hard negative: policy DOCX listing required fields (SSN, diagnosis code) with no real data.",
        frm=GR,
        to="pap.coordinators@lists.brightharborfoundation.org",
        subject="Updated eligibility policy v2026.2",
        body="The updated policy is attached. Main change: we no longer collect full SSN, only last 4.",
        atts=(
            Att(
                "eligibility_policy_2026_2.docx",
                DOCX,
                docx(
                    [
                        "Bright Harbor Patient Foundation - Eligibility Policy v2026.2",
                        "Required: applicant name, date of birth, last 4 of SSN, insurance member ID.",
                        "Provider certification: ICD-10 code for the fund's qualifying diagnosis.",
                        "Income: 500% FPL or less.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Provider certification form returned",
        notes="Hard positive: pasted scanned-form text with upper-case patient name, DOB, ICD-10 RA code and Rinvoq.",
        frm=CM,
        to="forms@granitevalleyrheum.com",
        subject="Please re-sign - provider cert",
        body="The signature line was blank on this form. Could Dr. Kowalczyk sign and fax back? Text of the scan below.\n\n----\nPROVIDER CERTIFICATION  Pt: ESQUIVEL, GLORIA  DOB 02/18/1961\nDx (ICD-10): M05.79  Drug: Rinvoq 15 mg\nProvider sig: ________",
    ),
    Spec(
        phi=False,
        category="Press release on new partnership",
        notes="Public press release; no individual.",
        frm=DEV,
        to="newsdesk@omahabusinessjournal.com",
        subject="Press release: Bright Harbor partners with regional infusion centers",
        body="FOR IMMEDIATE RELEASE - Bright Harbor Patient Foundation will provide travel grants for rural patients receiving infusions at Prairie Infusion Centers. Media contact: 402-555-0181.",
    ),
    Spec(
        phi=True,
        category="Denied application letter",
        notes="Denial letter PDF naming applicant, income and MS diagnosis fund.",
        frm=GR,
        to="trent.haldane@yahoo.com",
        subject="Your application decision",
        body="Dear Mr. Haldane, please see the attached letter.",
        atts=(
            Att(
                "decision_BH-MS-26-02210.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHT HARBOR PATIENT FOUNDATION",
                        "Trent Haldane - Application BH-MS-26-02210",
                        "Multiple Sclerosis Copay Fund: not approved.",
                        "Reason: household income above 500% FPL.",
                        "You may reapply if your income changes.",
                    ],
                    "Decision",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Corporate donor quarterly report",
        notes="Hard negative: report to a pharma donor with aggregate grant counts by fund, as OIG rules require no patient data.",
        frm=ED,
        to="grants.office@verdantbiopharma.com",
        subject="Q1 donor report",
        body="Per our independence policy, this report contains fund-level totals only: RA fund 811 grants, MS fund 502, Hemophilia 61. No product-specific data is shared.",
    ),
    Spec(
        phi=True,
        category="FHIR coverage resource from foundation",
        notes="Hard positive: bland body; FHIR Coverage JSON names the patient, member ID and MS copay program.",
        frm=f"Integrations <integrations@{BHF}>",
        to="api-support@copaylinkhub.com",
        subject="Payload that failed validation",
        body="This payload failed your schema check with error 'period.end required'. Can you tell us which version you expect?",
        atts=(
            Att(
                "coverage_failed.json",
                "application/fhir+json",
                '{"resourceType": "Coverage", "status": "active", "beneficiary": {"display": "Maya Oduya"}, "subscriberId": "NSH839201776", "payor": [{"display": "Bright Harbor MS Copay Fund"}], "class": [{"value": "ocrelizumab coinsurance"}]}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR sample bundle in API docs",
        notes="Hard negative: sample FHIR Patient from a vendor's sandbox, clearly named as synthetic test data.",
        frm=f"Integrations <integrations@{BHF}>",
        to="dev@copaylinkhub.com",
        subject="Sandbox sample works now",
        body="Confirmed the sandbox accepts this synthetic sample (your doc's 'Test Synthetic' patient). We'll move to production next week.",
        atts=(
            Att(
                "sandbox_sample.json",
                "application/fhir+json",
                '{"resourceType": "Patient", "id": "sandbox-001", "name": [{"family": "Synthetic", "given": ["Test"]}], "meta": {"tag": [{"code": "SYNTHETIC"}]}}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Logo files to event printer",
        notes="PNG logo for gala banners; no patient.",
        frm=DEV,
        to="orders@heartlandbannerco.com",
        subject="Logo for gala banners",
        body="High-res logo attached. Two 3x8 ft banners, navy background, for the April 18 gala.",
        atts=(Att("BH_logo_navy.png", "image/png", png(8, 4, (20, 40, 110))),),
    ),
    Spec(
        phi=True,
        category="Patient story consent photo",
        notes="Hard positive: photo file named for a grantee plus her lupus story, sent to the newsletter designer before consent was confirmed.",
        frm=DEV,
        to="studio@flatwaterdesign.com",
        subject="Photo for the spring story",
        body="Here's the photo of Gloria for the spring feature - she's the grantee with lupus who gets her Benlysta through us. Please hold until I confirm her release form.",
        atts=(Att("Gloria_Esquivel_portrait.png", "image/png", png(6, 8, (190, 150, 120))),),
    ),
    Spec(
        phi=False,
        category="Board meeting minutes",
        notes="Board minutes with financial votes; no patient.",
        frm=ED,
        to="board@brightharborfoundation.org",
        subject="Minutes - March board meeting",
        body="Minutes attached. Motion to add a $400k hemophilia allocation passed 7-0.",
        atts=(
            Att(
                "minutes_2026_03.txt",
                "text/plain",
                "Bright Harbor Board - March 2026\nPresent: 7 directors\n1. Q1 financials accepted.\n2. Hemophilia fund allocation +$400,000 passed 7-0.\n3. Gala planning update.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pharmacy copay card claim question",
        notes="Named patient, date of birth and Humira fill to a specialty pharmacy about copay grant billing.",
        frm=CM,
        to="copay@crestlinespecialtyrx.com",
        subject="Grant not applied to fill",
        body="Patient Gerald Obuya, DOB 09/14/1974, filled Humira on 3/12 but the $1,950 copay was not billed to our BIN 610411 / grant BH-AS-26-00918. Please reverse and rebill.",
    ),
    Spec(
        phi=False,
        category="Phishing warning to staff",
        notes="Security warning about a phishing email; no patient.",
        frm=f"IT <it@{BHF}>",
        to=f"staff@{BHF}",
        subject="Phishing: fake 'grant portal password reset'",
        body="Do not click the 'Grant Portal password reset' message from brightharbour-foundation.com. It's a phishing site. Report it with the button in Outlook.",
    ),
    Spec(
        phi=True,
        category="Zip of application documents to reviewer",
        notes="Hard positive: body names no one; the zip has the applicant's name, age, city/ZIP, severe hemophilia A and drug cost, sent to a reviewer's gmail.",
        frm=CM,
        to="m.kessler.reviewer@gmail.com",
        subject="Application packet for review",
        body="Marta, here is the next packet for your committee review. Please delete after Friday's meeting.",
        atts=(
            Att(
                "packet_BH-HEM-26-00102.zip",
                "application/zip",
                zipped(
                    {
                        "summary.txt": "Applicant: Oskar Lindgren, 72, Lincoln NE 68502\nFund: Hemophilia A, severe\nEmicizumab copay $4,100/mo\n",
                        "income.txt": "2025 AGI $41,200 (Social Security + pension)\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Grant committee agenda without cases",
        notes="Hard negative: committee agenda listing number of cases per fund; no applicant identifiers.",
        frm=GR,
        to="committee@brightharborfoundation.org",
        subject="Friday committee agenda",
        body="Agenda: 1) 14 hemophilia renewals, 2) 6 exceptions to the income cap, 3) travel policy vote. Packets will be on the secure portal, not email.",
    ),
    Spec(
        phi=True,
        category="CSV of waitlisted applicants to partner charity",
        notes="Hard positive: names and phones of RA fund waitlist applicants with their drugs appear only in the CSV.",
        frm=GR,
        to="intake@plainsarthritisaid.org",
        subject="Waitlist hand-off (consented applicants)",
        body="As agreed, these RA waitlist applicants consented to be referred to you.",
        atts=(
            Att(
                "ra_waitlist.csv",
                "text/csv",
                "name,phone,drug,waitlisted\nDelia Grummond,402-555-0143,Orencia,2026-02-11\nFelix Aragon,402-555-0197,Xeljanz,2026-02-19\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Survey results aggregate CSV",
        notes="Hard negative: grantee satisfaction survey results in aggregate CSV.",
        frm=ED,
        to="consultant@northlightevaluation.com",
        subject="Survey export (aggregate)",
        body="Aggregate export attached - counts and percentages only.",
        atts=(
            Att(
                "survey_agg.csv",
                "text/csv",
                "question,agree,neutral,disagree\nGrant helped me stay on treatment,91%,6%,3%\nApplication was easy,74%,15%,11%\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML renewal reminder to grantee",
        notes="HTML renewal reminder to grantee's gmail naming her and the Crohn's fund.",
        frm=GR,
        to="ruth.amankwah@gmail.com",
        subject="Time to renew your grant",
        body="",
        html="<html><body><p>Dear Ruth,</p><p>Your grant from the <b>Crohn's and Colitis Copay Fund</b> ends April 30. Renew online to keep your Entyvio copays covered.</p><p>Bright Harbor</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML fundraising appeal",
        notes="Hard negative: HTML donation appeal with an anonymized composite story, explicitly not a real person.",
        frm=DEV,
        to="donors@lists.brightharborfoundation.org",
        subject="Help someone stay on treatment this spring",
        body="",
        html="<html><body><p>Imagine choosing between rent and your arthritis medicine. Last year 2,904 people in our RA fund didn't have to.</p><p><i>Stories in this appeal are composites; names are not used.</i></p><p><a href='https://brightharborfoundation.org/give'>Give today</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="Forwarded applicant email to case manager at clinic",
        notes="Forward of applicant's own email describing her hepatitis C treatment and pharmacy issue, to clinic staff.",
        frm=CM,
        to="financialcounselor@riversideliverclinic.org",
        subject="FW: my pharmacy says no grant",
        body="Sharing with you since you referred Lucia. Can you confirm her start date?",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Lucia Ferrante <l.ferrante@aol.com>",
            to=f"casemgmt@{BHF}",
            subject="my pharmacy says no grant",
            body="The pharmacy told me there's no grant on file for my Epclusa and I am supposed to start the 12 weeks Monday. Please help. Lucia Ferrante 402-555-0129",
        ),
    ),
    Spec(
        phi=False,
        category="Vendor BAA renewal",
        notes="Hard negative: BAA renewal paperwork with a CRM vendor discussing PHI handling terms; no patient data.",
        frm=ED,
        to="legal@kindredcrm.com",
        subject="BAA renewal - signed",
        body="Signed BAA renewal attached; expiry moved to 3/31/2028. Section 4 now requires breach notice within 10 days.",
        atts=(
            Att(
                "BAA_signed_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "BUSINESS ASSOCIATE AGREEMENT",
                        "Bright Harbor Patient Foundation and Kindred CRM Inc.",
                        "Term to 03/31/2028. Breach notification within 10 days.",
                    ],
                    "BAA",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Grant program FAQ for social workers",
        notes="FAQ about the application process for hospital social workers; no individual.",
        frm=GR,
        to="socialwork@stelizabethlincoln.org",
        subject="FAQ you asked for",
        body="Q: Can Medicare patients apply? A: Yes, for funds that are open.\nQ: How fast? A: Most decisions in 2 business days.\nQ: Do you need medical records? A: Only the one-page provider certification.",
    ),
    Spec(
        phi=True,
        category="Bereavement closing of grant to family",
        notes="Hard positive: condolence to widow closing late husband's hemophilia grant by name.",
        frm=CM,
        to="ingrid.lindgren49@hotmail.com",
        subject="With our condolences",
        body="Dear Mrs. Lindgren,\n\nWe were so sorry to learn of Oskar's passing. We have closed his Hemophilia Fund grant; the final Hemlibra copay from February was paid in full, so nothing is owed.\n\nTeresa",
    ),
    Spec(
        phi=False,
        category="Expense report reimbursement",
        notes="Staff travel expense reimbursement; no patient.",
        frm=f"Finance <finance@{BHF}>",
        to="teresa.vance@brightharborfoundation.org",
        subject="Expense report approved",
        body="Your conference expenses ($612.40, NORD summit) are approved and will be in Friday's payroll.",
    ),
    Spec(
        phi=False,
        category="Eligibility reply to pharmacy about unnamed customer",
        notes="Hard negative: anonymous inquiry reply about eligibility for a condition; no identifiable person.",
        frm=GR,
        to="info@lincolncommunitypharmacy.com",
        subject="Re: customer question",
        body="Thanks for asking on behalf of your customer. We don't have a fund for psoriatic arthritis with Cosentyx right now; the PAN Foundation or the manufacturer program may help.",
    ),
    Spec(
        phi=True,
        category="Social worker update on transplant travel",
        notes="Update to hospital social worker confirming patient's travel grant tied to transplant surgery date.",
        frm=CM,
        to="socialwork@stelizabethlincoln.org",
        subject="Okonjo travel - approved",
        body="Travel grant approved for Samuel Okonjo for the kidney transplant on April 7; lodging for 10 nights after discharge is covered.",
    ),
]
