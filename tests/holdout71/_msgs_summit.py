"""Summit Crest Health Plan (Medicare Advantage) quality team outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import HHC, SCH, VHA, Att, Spec

_GAP_REPLY = Spec(
    phi=True,
    category="provider gap-closure question (forwarded original)",
    notes="Original provider question naming a member and her overdue diabetic eye exam.",
    frm="Renata Osei <rosei@brightwaterfamilymed.com>",
    to=f"stars@{SCH}",
    subject="Gap list question",
    body=(
        "Hi, your list shows Dolores Whitcombe (member 8820417731) as missing a diabetic eye exam "
        "for 2025. She saw Dr. Hanley at Lakeview Eye on 11/4/2025. Can you remove the gap?\n\n"
        "Renata, office manager"
    ),
)

MESSAGES = [
    Spec(
        phi=True,
        category="care gap letter to member",
        notes="Letter to member's gmail naming her, member ID and overdue mammogram.",
        frm=f"Summit Crest Quality <quality@{SCH}>",
        to="mariel.quintana58@gmail.com",
        subject="A reminder from Summit Crest about your preventive care",
        body=(
            "Dear Mariel Quintana,\n\nOur records show you have not had a screening mammogram since "
            "June 2023. As a Summit Crest Medicare Advantage member (ID SCM-40918823) this screening "
            "costs you $0. Call us at 555-0143 and we will help you book one near you.\n\n"
            "Summit Crest Quality Improvement\nTTY 711"
        ),
    ),
    Spec(
        phi=False,
        category="Star Ratings measure summary to network providers",
        notes="Hard negative: plan-wide HEDIS rates per measure with no member named.",
        frm=f"Stars Team <stars@{SCH}>",
        to="providerrelations@northridgeipa.com",
        subject="MY2025 preliminary HEDIS rates - North Ridge IPA",
        body=(
            "Attached are your IPA's preliminary MY2025 rates. Highlights:\n"
            "  COL-E  71.2% (4-star cut 72%)\n  CBP    66.8%\n  EED    74.0%\n  SPD    83.5%\n\n"
            "Numerators and denominators only; member-level detail goes through the secure portal.\n\nStars Team"
        ),
        atts=(
            Att(
                "NorthRidge_MY2025_prelim.xlsx",
                XLSX,
                xlsx(
                    {
                        "Rates": [
                            ["Measure", "Denominator", "Numerator", "Rate"],
                            ["COL-E", "1204", "857", "71.2%"],
                            ["CBP", "988", "660", "66.8%"],
                            ["EED", "611", "452", "74.0%"],
                        ],
                        "Cut points": [
                            ["Measure", "3 star", "4 star", "5 star"],
                            ["COL-E", "63%", "72%", "80%"],
                            ["CBP", "61%", "70%", "77%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="member-level gap list to provider group",
        notes="Hard positive: headerless rows of member IDs with measure codes only in an xlsx attachment.",
        frm=f"Stars Team <stars@{SCH}>",
        to="qualitylead@brightwaterfamilymed.com",
        subject="March list",
        body="Rebecca, March list attached as discussed. Second tab is the ones due before 3/31.\n\n- Arjun",
        atts=(
            Att(
                "bwfm_0326.xlsx",
                XLSX,
                xlsx(
                    {
                        "All": [
                            ["8820417731", "Whitcombe, Dolores", "1949", "EED"],
                            ["8820533108", "Pardo, Luis", "1952", "CBP"],
                            ["8820661940", "Nakagawa, Emi", "1947", "COL-E"],
                        ],
                        "Due 3-31": [
                            ["8820533108", "Pardo, Luis", "1952", "CBP", "last BP 152/94"],
                            ["8820661940", "Nakagawa, Emi", "1947", "COL-E", "FIT kit mailed 2/2"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HEDIS hybrid season vendor kickoff",
        notes="Hard negative: medical-record-retrieval vendor logistics mention chart chases but no member.",
        frm=f"Arjun Mehta <amehta@{SCH}>",
        to="projects@chartpullsolutions.com",
        subject="Hybrid season kickoff - chase logistics",
        body=(
            "Team,\n\nThanks for the call. Confirming: chase list drops to your SFTP on 3/23, fax "
            "retrieval starts 3/25, abstraction QA at 5% overread. Please send your staffing plan and the "
            "updated SOC 2 letter by Friday.\n\nArjun Mehta\nHEDIS Project Lead, Summit Crest Health Plan"
        ),
    ),
    Spec(
        phi=True,
        category="reply to provider removing gap with forwarded question",
        notes="Reply confirming exclusion for a named member with her original question forwarded.",
        frm=f"Stars Team <stars@{SCH}>",
        to="rosei@brightwaterfamilymed.com",
        subject="RE: Gap list question",
        body="Renata, thanks - we found the claim from Lakeview Eye and closed the EED gap. It will drop off the April list.\n\nStars Team",
        forward=_GAP_REPLY,
    ),
    Spec(
        phi=True,
        category="alternate-format mailing request to print vendor",
        notes="Hard positive: print vendor told a member ID needs large-print mail because of her macular degeneration.",
        frm=f"Member Experience <mx@{SCH}>",
        to="accounts@harborlinesurvey.com",
        subject="Large print flag - add to suppression file",
        body="Hi Leah,\n\nPlease add SCM41120055 to the large-print file for all mailings (member has advanced macular degeneration and can't read standard print). Spanish preference too.\n\nThanks,\nGwen",
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry for member",
        notes="Hard positive: X12 270 attachment carrying the member's name, DOB and member ID; body is just 'see attached'.",
        frm=f"Encounter Data <edi@{SCH}>",
        to=f"support@{HHC}",
        subject="270 test file you asked for",
        body="See attached. Real member, please do not post in the ticket.",
        atts=(
            Att(
                "270_sc_0317.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*SUMMITCREST    *ZZ*HEARTHSIDE     *260317*0912*^*00501*000000417*0*P*:~"
                "GS*HS*SUMMITCREST*HEARTHSIDE*20260317*0912*417*X*005010X279A1~ST*270*0001*005010X279A1~"
                "BHT*0022*13*10001234*20260317*0912~HL*1**20*1~NM1*PR*2*SUMMIT CREST HEALTH PLAN*****PI*44817~"
                "HL*2*1*21*1~NM1*1P*2*HEARTHSIDE HOUSE CALLS*****XX*1597870637~HL*3*2*22*0~"
                "NM1*IL*1*FERREIRA*ANTONIO****MI*SCM40771209~DMG*D8*19440219*M~DTP*291*D8*20260317~EQ*30~SE*11*0001~GE*1*417~IEA*1*000000417~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="X12 companion guide update",
        notes="Hard negative: 837 companion guide excerpt with placeholder segments and no real member.",
        frm=f"Encounter Data <edi@{SCH}>",
        to="edi-partners@clearpathclearinghouse.com",
        subject="Companion guide v4.2 - 837P loop 2010BA change",
        body=(
            "Partners,\n\nEffective 5/1 the subscriber ID in NM109 of loop 2010BA must be the 11-character Summit Crest ID without the SCM prefix. Example layout:\n\n"
            "  NM1*IL*1*LASTNAME*FIRSTNAME****MI*XXXXXXXXXXX~\n\nNo other changes. Updated guide attached.\n\nEDI Team"
        ),
        atts=(
            Att(
                "SC_837P_companion_v4.2.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT CREST HEALTH PLAN",
                        "837P Companion Guide v4.2",
                        "Loop 2010BA NM109: member ID, 11 characters, no prefix",
                        "Loop 2300 CLM05-3: frequency code 1, 7 or 8",
                        "Contact: edi@summitcresthealth.com",
                    ],
                    "837P companion guide",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="medication adherence outreach to member",
        notes="Member's personal mailbox told her statin refill is late; name plus drug.",
        frm=f"Pharmacy Quality <rxquality@{SCH}>",
        to="bettyann.kowalczyk@yahoo.com",
        subject="Your prescription",
        body=(
            "Hello Betty Ann,\n\nWe noticed your atorvastatin 40 mg has not been refilled since January 9. "
            "If cost or side effects are a problem, our pharmacist Tom can help - 555-0177.\n\nSummit Crest Pharmacy Quality"
        ),
    ),
    Spec(
        phi=False,
        category="plan newsletter on statin use",
        notes="Hard negative: HTML member newsletter about statins and heart health sent to a list; no individual.",
        frm=f"Summit Crest News <news@{SCH}>",
        to="members-spring@lists.summitcresthealth.com",
        subject="Spring wellness: why your statin matters",
        body="",
        html="<html><body><h2>Heart health this spring</h2><p>Statins like atorvastatin lower the risk of heart attack and stroke for people with diabetes or heart disease. Keep taking them even when you feel well.</p><p>Questions? Call Member Services at 555-0100.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="grievance acknowledgment to member's daughter",
        notes="Hard positive: daughter told her mother's grievance about a denied knee MRI is logged; first name plus relationship plus service.",
        frm=f"Appeals and Grievances <ag@{SCH}>",
        to="tanya.morrow.rn@outlook.com",
        subject="We received your complaint",
        body=(
            "Dear Ms. Morrow,\n\nThank you for writing on behalf of your mother, Gloria. Her grievance about the delay in approving her knee MRI has been "
            "logged as G-2026-03318. Because you are her authorized representative we will send our answer to you within 30 days.\n\nAppeals & Grievances"
        ),
    ),
    Spec(
        phi=False,
        category="grievance process training deck",
        notes="Hard negative: staff training with a clearly fictional sample member and example fields.",
        frm=f"Compliance Training <compliance@{SCH}>",
        to=f"ag-team@{SCH}",
        subject="Updated A&G training - example case",
        body=(
            "Team, the refreshed training uses SAMPLE member 'Jane Test' (ID SCM-00000000, not a real member) to walk through timeliness. "
            "Fields to complete: member ID, date received, issue type (quality of care / access / billing), resolution date.\n\nCompliance"
        ),
        atts=(
            Att(
                "AG_training_2026.docx",
                DOCX,
                docx(
                    [
                        "Appeals & Grievances training 2026",
                        "Example: Jane Test (fictional) complains about wait time.",
                        "Step 1: log within 1 business day.",
                        "Step 2: classify quality-of-care issues for clinical review.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="quality-of-care referral to medical director",
        notes="Internal-to-delegate referral naming a member, his fall and hospital stay.",
        frm=f"Quality of Care RN <qoc@{SCH}>",
        to="medicaldirector@northridgeipa.com",
        subject="QOC referral QOC-26-0141",
        body=(
            "Dr. Baptiste,\n\nReferring for peer review: member Harold Jennings, DOB 7/30/1938, fell on 2/27 at Maple Court SNF, fractured left hip, admitted to St. Brendan's 2/27-3/4. "
            "Family reports bed alarm was off. Records attached via portal.\n\nKaren Lutz, RN\nQuality of Care Nurse"
        ),
    ),
    Spec(
        phi=False,
        category="medical director bio for board",
        notes="Hard negative: clinician biography listing diseases she treats; no patient.",
        frm=f"Office of the CMO <cmo@{SCH}>",
        to="board@summitcrestfoundation.org",
        subject="Bio for the April board packet",
        body=(
            "Dr. Simone Baptiste is a geriatrician who has cared for people with dementia, heart failure and COPD for 22 years. "
            "She joins our Quality Committee as external reviewer. NPI 1772920918.\n\nOffice of the CMO"
        ),
    ),
    Spec(
        phi=True,
        category="MBI correction request to CMS contractor",
        notes="Enrolment correction naming a beneficiary with MBI and plan enrolment.",
        frm=f"Enrollment Ops <enrollment@{SCH}>",
        to="mapd-helpdesk@cmscontractor-example.com",
        subject="Ticket 77312 - enrollment mismatch",
        body="Hello,\n\nBeneficiary Walter Ostrowski, MBI 4TR7-KD2-WM58, enrolled in our H4417-003 plan effective 3/1/2026 but the TRR shows a disenrollment. Please advise.\n\nEnrollment Ops",
    ),
    Spec(
        phi=False,
        category="CMS memo forward on MBI format",
        notes="Hard negative: explanation of MBI character rules with no beneficiary number.",
        frm=f"Enrollment Ops <enrollment@{SCH}>",
        to=f"enrollment-staff@{SCH}",
        subject="FYI MBI format reminder",
        body="Reminder: MBIs are 11 characters, never contain S, L, O, I, B or Z, and position 1 is 1-9. Do not paste real MBIs into tickets - use the case number.\n\nOps",
    ),
    Spec(
        phi=True,
        category="supplemental data file to HEDIS engine vendor",
        notes="CSV of member IDs with A1c results to analytics vendor.",
        frm=f"Stars Data <starsdata@{SCH}>",
        to="intake@measurelogic.com",
        subject="Supplemental lab feed 2026-03",
        body="Attached is the March supplemental lab file (standard layout v3). 4 rows this cycle.",
        atts=(
            Att(
                "supp_lab_202603.csv",
                "text/csv",
                "member_id,last,first,dob,loinc,result,date\nSCM40918823,Quintana,Mariel,1958-04-11,4548-4,7.4,2026-02-20\nSCM40771209,Ferreira,Antonio,1944-02-19,4548-4,9.8,2026-02-24\nSCM41002247,Lam,Theresa,1951-09-02,4548-4,6.6,2026-03-02\nSCM40550198,Greer,Otis,1939-12-30,4548-4,8.1,2026-03-05\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified data extract for research partner",
        notes="Hard negative: de-identified extract with random study IDs, year-only ages bucketed and 3-digit ZIPs.",
        frm=f"Stars Data <starsdata@{SCH}>",
        to="research@statecollegehealthpolicy.edu",
        subject="De-identified extract per DUA 2026-04",
        body="Per the DUA, attached is the Safe Harbor de-identified extract. Study IDs are random and not linkable; ages over 89 are grouped as 90+.",
        atts=(
            Att(
                "deid_extract.csv",
                "text/csv",
                "study_id,age_band,zip3,measure,compliant\nR-0001,75-79,441,CBP,1\nR-0002,90+,441,COL-E,0\nR-0003,65-69,442,EED,1\nR-0004,80-84,440,SPD,1\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="home visit request to NP group",
        notes="Plan asks home visit group to see a named member with CHF after readmission.",
        frm=f"Transitions of Care <toc@{SCH}>",
        to=f"referrals@{HHC}",
        subject="Referral - post-discharge visit",
        body=(
            "Hi Hearthside team,\n\nPlease schedule a 7-day post-discharge home visit for Eunice Barlowe (SCM40612277), 88, CHF with 2 admissions since January, "
            "discharged from Mercy West 3/16 on furosemide 40 mg BID. Lives at 14 Arbor Lane, Unit 2; daughter Pam 555-0161.\n\nTransitions of Care"
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Crest//TOC//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:toc-0317-eb@summitcresthealth.com\r\n"
            "DTSTAMP:20260317T140000Z\r\nDTSTART:20260320T150000Z\r\nDTEND:20260320T160000Z\r\nSUMMARY:Post-discharge home visit - E. Barlowe (CHF)\r\nLOCATION:14 Arbor Lane Unit 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="quality committee meeting invite",
        notes="Calendar invite for a committee meeting; agenda is aggregate only.",
        frm=f"Quality Committee <qc@{SCH}>",
        to="qc-members@summitcresthealth.com",
        subject="Invitation: Quality Improvement Committee Q1",
        body="Agenda: Star Ratings forecast, CAHPS action plan, QOC trending (counts only), delegated oversight audit results.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Crest//QC//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:qic-q1-2026@summitcresthealth.com\r\n"
            "DTSTAMP:20260316T120000Z\r\nDTSTART:20260326T180000Z\r\nDTEND:20260326T193000Z\r\nSUMMARY:Quality Improvement Committee Q1\r\nLOCATION:Board Room 3B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="appeal file to independent review entity",
        notes="Hard positive: encrypted zip to IRE; only the filename reveals a member surname and the denied service.",
        frm=f"Appeals and Grievances <ag@{SCH}>",
        to="casefiles@maximusire-example.com",
        subject="Reconsideration case file 26-1187",
        body="Attached is the case file for auto-forward 26-1187. Password follows by phone.\n\nA&G",
        atts=(
            Att(
                "26-1187_Sandoval_inpatient_rehab_denial.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "case_26-1187.txt": "Member: Ramon Sandoval, SCM40883306. Denied: acute inpatient rehab after stroke, 2/12/2026."
                    },
                    "Bl0ssom-71",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IRE timeliness report",
        notes="Aggregate counts of cases auto-forwarded to the IRE; no member.",
        frm=f"Appeals and Grievances <ag@{SCH}>",
        to="compliance@summitcresthealth.com",
        subject="Feb IRE auto-forward stats",
        body="February: 14 reconsiderations auto-forwarded, 13 timely (92.9%). Overturn rate 21%. Root cause for the one late file: fax outage 2/18.",
    ),
    Spec(
        phi=True,
        category="HRA completion follow-up to vendor",
        notes="Hard positive: terse note to HRA vendor with member ID and 'PHQ-9 positive' only.",
        frm=f"Care Management <cm@{SCH}>",
        to=f"clinicalops@{VHA}",
        subject="SCM40550198",
        body="Saw PHQ-9 of 17 on his HRA - did your nurse do the warm transfer to BH? Need to open a CM case today.\n\nLinda",
    ),
    Spec(
        phi=False,
        category="HRA vendor contract renewal",
        notes="Contract renewal terms with the HRA vendor; no member.",
        frm=f"Vendor Management <vendors@{SCH}>",
        to=f"contracts@{VHA}",
        subject="2027 renewal - redlines",
        body="Hi Marcus,\n\nRedlines attached. Key asks: per-completed-HRA fee flat at $142, 7-day turnaround for high-risk flags, BAA renewed through 12/31/2028.\n\nDeborah",
        atts=(
            Att(
                "Veridian_2027_SOW_redline.docx",
                DOCX,
                docx(
                    [
                        "Statement of Work 2027",
                        "Fee: $142 per completed in-home HRA",
                        "High-risk escalation within 24 hours",
                        "BAA term: through 12/31/2028",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="member photo ID card proof to member",
        notes="Hard positive: replacement ID card image named after member sent to her personal mail.",
        frm=f"Member Services <memberservices@{SCH}>",
        to="ruth.adebayo@icloud.com",
        subject="Your replacement card",
        body="Ms. Adebayo, as requested here is a temporary image of your member card until the plastic one arrives. Show it at your pharmacy.",
        atts=(Att("Adebayo_Ruth_SCM41120055_card.png", "image/png", png(6, 4, (20, 90, 160))),),
    ),
    Spec(
        phi=False,
        category="logo asset to printing vendor",
        notes="Logo file for printing ID card stock; no member.",
        frm=f"Marketing <marketing@{SCH}>",
        to="orders@lakeshoreprinting.com",
        subject="Logo for 2027 card stock",
        body="Attached is the approved logo (PMS 7691). Proof needed by 4/10.",
        atts=(Att("summitcrest_logo_pms7691.png", "image/png", png(8, 8, (0, 84, 147))),),
    ),
    Spec(
        phi=True,
        category="FHIR patient resource to provider portal team",
        notes="FHIR Patient plus Coverage bundle with member name and ID sent for a bug report.",
        frm=f"Interop Team <interop@{SCH}>",
        to="api-support@clinicbridgeehr.com",
        subject="Payer-to-payer API bug - sample response",
        body="The Coverage.subscriberId is truncating. Actual response from prod attached - please handle securely.",
        atts=(
            Att(
                "bundle_resp.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {"resourceType": "Patient", "id": "p-40612277", "name": [{"family": "Barlowe", "given": ["Eunice"]}], "birthDate": "1937-10-08"}}, {"resource": {"resourceType": "Coverage", "subscriberId": "SCM4061227", "payor": [{"display": "Summit Crest Health Plan"}], "class": [{"value": "H4417-003"}]}}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR API sandbox announcement",
        notes="Hard negative: FHIR sample with synthetic test patient explicitly labelled synthetic.",
        frm=f"Interop Team <interop@{SCH}>",
        to="developers@clinicbridgeehr.com",
        subject="Patient Access API sandbox is live",
        body="Sandbox base URL: https://sandbox.fhir.summitcresthealth.com/r4. All data is synthetic (Synthea). Sample resource attached.",
        atts=(
            Att(
                "sandbox_sample_patient.json",
                "application/fhir+json",
                '{"resourceType": "Patient", "id": "synthetic-001", "meta": {"tag": [{"code": "SYNTHETIC"}]}, "name": [{"family": "Testpatient", "given": ["Synthea"]}], "birthDate": "1950-01-01"}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff flu shot notice",
        notes="Hard negative: staff notice about vaccination clinic; no individual health info.",
        frm=f"HR Wellness <wellness@{SCH}>",
        to="allstaff@summitcresthealth.com",
        subject="Last call: on-site shingles and flu shots Thursday",
        body="Pharmacists from Corner Drug will be in Room 210 Thursday 10-2. Bring your insurance card. Staff who already had their shot this season can ignore this.",
    ),
    Spec(
        phi=True,
        category="member death notification to delegate",
        notes="Names a deceased member with date of death and hospice enrolment.",
        frm=f"Enrollment Ops <enrollment@{SCH}>",
        to="eligibility@northridgeipa.com",
        subject="Retro term - deceased member",
        body="FYI: Cornelius Abara (SCM40299014) passed away 3/9/2026 while on hospice with Gentle Harbor. Retro-terminating eff. 3/31. Please stop capitation.",
    ),
    Spec(
        phi=False,
        category="monthly capitation remittance summary",
        notes="Hard negative: capitation totals by product line; member counts only.",
        frm=f"Provider Payments <payments@{SCH}>",
        to="finance@northridgeipa.com",
        subject="March capitation - summary",
        body="March 2026 capitation: HMO 4,112 member months $3.41M; PPO 1,018 $0.88M. Retro adjustments -$12,406 (17 members). Detail file on the portal.",
        atts=(
            Att(
                "cap_summary_202603.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT CREST HEALTH PLAN - Capitation summary March 2026",
                        "HMO member months 4,112   $3,410,220.14",
                        "PPO member months 1,018   $880,412.50",
                        "Retro adjustments (17 members)  -$12,406.00",
                    ],
                    "Capitation March 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="chart request to provider office",
        notes="Hard positive: chart-chase PDF lists member names, DOBs and service dates for HEDIS abstraction.",
        frm=f"HEDIS Chart Retrieval <hedischase@{SCH}>",
        to="records@westfieldcardiology.com",
        subject="HEDIS medical record request - due 4/3",
        body="Please fax or upload the records listed on the attached request. Thank you for supporting our quality program.",
        atts=(
            Att(
                "chase_westfield_cardiology.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT CREST HEALTH PLAN - HEDIS MEDICAL RECORD REQUEST",
                        "Provider: Westfield Cardiology  NPI 1943546543",
                        "1. Pardo, Luis  DOB 05/14/1952  CBP - last BP reading 2025",
                        "2. Greer, Otis  DOB 12/30/1939  SPD - statin 2025",
                        "3. Lam, Theresa DOB 09/02/1951  CBP - last BP reading 2025",
                    ],
                    "HEDIS record request",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="provider office fax number update",
        notes="Administrative directory update with an NPI; no patient.",
        frm=f"Provider Data <providerdata@{SCH}>",
        to="records@westfieldcardiology.com",
        subject="Confirm your fax for record requests",
        body="Our directory shows fax 555-0129 for Westfield Cardiology (NPI 1943546543). Reply if this changed.",
    ),
    Spec(
        phi=True,
        category="member satisfaction callback to spouse",
        notes="HTML-only message to spouse's personal mail about member's wheelchair authorization.",
        frm=f"Member Experience <mx@{SCH}>",
        to="george.lindqvist@hotmail.com",
        subject="Following up on your call",
        body="",
        html="<html><body><p>Dear Mr. Lindqvist,</p><p>Thank you for calling about your wife <b>Ingrid</b>. Her power wheelchair (HCPCS K0823) was approved on 3/12 and the supplier will call her to arrange delivery.</p><p>Member Experience, Summit Crest</p></body></html>",
    ),
    Spec(
        phi=False,
        category="job posting for HEDIS abstractor",
        notes="Hard negative: job ad mentioning chart abstraction and diagnoses; no patient.",
        frm=f"Talent Acquisition <careers@{SCH}>",
        to="postings@healthcarejobsboard.com",
        subject="Posting: Seasonal HEDIS Abstractor (RN/LPN)",
        body="Summit Crest seeks seasonal abstractors Feb-May. You will review charts for diabetes, hypertension and cancer screening measures. Remote. $42/hr. Apply at careers.summitcresthealth.com.",
    ),
    Spec(
        phi=True,
        category="zip of member outreach call lists",
        notes="Zip to call-centre vendor with names, phones and the gap each member needs.",
        frm=f"Outreach Ops <outreach@{SCH}>",
        to="ops@dialwellcalls.com",
        subject="Wave 3 call lists",
        body="Wave 3 attached (two files). Script B for the colorectal folks.",
        atts=(
            Att(
                "wave3.zip",
                "application/zip",
                zipped(
                    {
                        "wave3_colorectal.csv": "name,phone,gap\nNakagawa Emi,555-0131,colorectal screening\nBrandt Wilma,555-0138,colorectal screening\n",
                        "wave3_bp.csv": "name,phone,gap\nPardo Luis,555-0134,blood pressure control\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="call script draft to call-centre vendor",
        notes="Hard negative: zip of call scripts with placeholder member fields only.",
        frm=f"Outreach Ops <outreach@{SCH}>",
        to="ops@dialwellcalls.com",
        subject="Scripts for wave 3",
        body="Updated scripts attached. Remember HIPAA verification (name + DOB) before discussing anything.",
        atts=(
            Att(
                "wave3_scripts.zip",
                "application/zip",
                zipped(
                    {
                        "script_A.txt": "Hi, may I speak with [MEMBER FIRST NAME]? I'm calling from Summit Crest about a free health screening...",
                        "script_B.txt": "Hi [MEMBER FIRST NAME], this is [AGENT] from Summit Crest. Our records show you may be due for a colorectal cancer screening...",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Star Ratings press release",
        notes="Public press release with plan-level star rating.",
        frm=f"Communications <press@{SCH}>",
        to="newsdesk@valleybusinessjournal.com",
        subject="Embargoed: Summit Crest earns 4.5 stars",
        body="FOR RELEASE OCT 10. Summit Crest Medicare Advantage (H4417) received 4.5 stars for 2027, driven by gains in diabetes care and medication adherence measures. Contact: press@summitcresthealth.com",
    ),
]
