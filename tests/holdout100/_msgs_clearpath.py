"""Outbound mail of the ClearPath Hepatitis C Cure Program (39)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import CHC, Att, Spec

NAV = f"ClearPath Patient Navigator <navigator@{CHC}>"
RX = f"ClearPath Pharmacy Team <pharmacy@{CHC}>"
BILL = f"ClearPath Billing <billing@{CHC}>"
SIG = "\n\nClearPath Hepatitis C Cure Program\n55 Foundry Street, Suite 12 | 555-0188 | clearpathhepc.org"

X12_837 = (
    "ISA*00*          *00*          *ZZ*CLEARPATH      *ZZ*GLHPLAN        *260317*0915*^*00501*000004471*0*P*:~"
    "GS*HC*CLEARPATH*GLHPLAN*20260317*0915*4471*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*CLEARPATH HEPATITIS C CURE PROGRAM*****XX*1467503300~"
    "NM1*IL*1*QUINTERO*ROSALIND****MI*GLH551902334~DMG*D8*19720519*F~"
    "CLM*CP26031701*412.00***11:B:1*Y*A*Y*Y~HI*ABK:B182~SV1*HC:87522*198.00*UN*1~SV1*HC:99214*214.00*UN*1~SE*10*0001~GE*1*4471~IEA*1*000004471~"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*GLHPLAN        *ZZ*CLEARPATH      *260316*1402*^*00501*000009812*0*P*:~"
    "GS*HP*GLHPLAN*CLEARPATH*20260316*1402*9812*X*005010X221A1~ST*835*0001~BPR*I*18340.50*C*ACH~"
    "CLP*CP26022201*1*412.00*330.10*0*MC*GLH7788120~NM1*QC*1*BAPTISTE*LOUIS****MI*GLH440918271~SVC*HC:87522*198.00*160.00~SE*8*0001~GE*1*9812~IEA*1*000009812~"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*CLEARPATH      *ZZ*TEST           *260318*0800*^*00501*000000001*0*T*:~"
    "GS*HS*CLEARPATH*TEST*20260318*0800*1*X*005010X279A1~ST*270*0001*005010X279A1~"
    "NM1*IL*1*TESTCASE*ALPHA****MI*TEST00000001~DMG*D8*19000101~EQ*30~SE*6*0001~GE*1*1~IEA*1*000000001~"
)

_INNER_LAB = Spec(
    True,
    "Lab SVR12 result email",
    "Inner lab result mail.",
    "Results <results@northstarreflab.com>",
    f"navigator@{CHC}",
    "Result ready: HCV RNA quant",
    "Patient: Louis Baptiste  DOB 1961-02-14\nHCV RNA, quantitative: NOT DETECTED (<15 IU/mL)\nCollected 2026-03-09",
)

_INNER_WEBINAR = Spec(
    False,
    "Webinar announcement",
    "Inner webinar mail.",
    "Events <events@hepcallianceus.org>",
    f"staff@{CHC}",
    "Webinar: simplified HCV treatment in primary care",
    "Join us April 2 for a 1-hour webinar on the simplified glecaprevir/pibrentasvir and sofosbuvir/velpatasvir algorithms. Free CME.",
)

MESSAGES = [
    Spec(
        True,
        "Cure letter to patient personal email",
        "Patient's name with SVR12 cure result sent to personal mailbox.",
        NAV,
        "louis.baptiste61@gmail.com",
        "Great news about your results",
        "Dear Mr. Louis Baptiste,\n\nYour 12-week post-treatment test shows no hepatitis C virus in your blood. This means you are cured! Please keep your liver ultrasound on April 14 because of your cirrhosis, and remember you can get hepatitis C again, so don't share needles or straws.\n\nWarmly,\nRoxanne, Patient Navigator"
        + SIG,
    ),
    Spec(
        True,
        "Forwarded lab SVR12 to primary care",
        "Hard positive: forward with 'FYI' body; the patient name, DOB and HCV RNA result are in the attached message.",
        NAV,
        "referrals@foundrystreetcommunityhealth.org",
        "FW: Result ready: HCV RNA quant",
        "FYI for your chart.",
        forward=_INNER_LAB,
    ),
    Spec(
        False,
        "Forwarded HCV webinar to partner clinics",
        "Hard negative: forwarded CME webinar about HCV treatment; no patient.",
        f"Dr. Anjali Whitcomb <awhitcomb@{CHC}>",
        "providers@foundrystreetcommunityhealth.org",
        "FW: Webinar: simplified HCV treatment in primary care",
        "Worth attending if you want to start treating in-house - happy to mentor.",
        forward=_INNER_WEBINAR,
    ),
    Spec(
        True,
        "837 claim to health plan",
        "Hard positive: X12 837 with member name, ID, DOB and HCV diagnosis code B18.2 only in attachment.",
        BILL,
        "edi@greatlakeshealthplan.com",
        "837P batch 4471",
        "Batch attached.",
        atts=(Att("CP_837_4471.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        True,
        "835 remittance forwarded to billing vendor",
        "Hard positive: X12 835 remittance with member name and ID and HCV RNA payment.",
        BILL,
        "posting@apexrcmpartners.com",
        "ERA 9812 for posting",
        "Please post the attached ERA; one claim partially paid.",
        atts=(Att("ERA_9812.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        False,
        "Test 270 eligibility file to clearinghouse",
        "Hard negative: X12 270 test transaction (usage indicator T) with placeholder subscriber TESTCASE ALPHA.",
        f"ClearPath IT <it@{CHC}>",
        "onboarding@claimbridgeclearinghouse.com",
        "Connectivity test - 270",
        "Test-mode 270 with your documented dummy subscriber, for connectivity certification only.",
        atts=(Att("test_270.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        True,
        "Pharmacy specialty referral with MBI",
        "Medicare patient's name, MBI and Epclusa prescription sent to specialty pharmacy.",
        RX,
        "intake@cornerstonespecialtyrx.com",
        "New start - Epclusa",
        "New start: Harold Jeffries, DOB 1949-09-03, MBI 3TW7-HN4-KD62. Epclusa 400/100 mg daily x 12 weeks, genotype 3, compensated cirrhosis. Prescriber Anjali Whitcomb MD, NPI 1467503318, DEA FW4729325.",
    ),
    Spec(
        False,
        "Prescriber credentials to pharmacy for onboarding",
        "Hard negative: prescriber NPI and DEA numbers for pharmacy onboarding; no patient.",
        RX,
        "credentialing@cornerstonespecialtyrx.com",
        "Prescriber profile - Dr. Whitcomb",
        "For your prescriber file: Anjali Whitcomb, MD, hepatology. NPI 1467503318. DEA FW4729325. State licence MD-44102. Office fax 555-0189.",
    ),
    Spec(
        True,
        "Prior auth appeal letter docx",
        "Appeal letter attachment with member ID, fibrosis score and HCV diagnosis.",
        RX,
        "appeals@greatlakeshealthplan.com",
        "Appeal - member GLH551902334",
        "Please see the attached appeal for Mavyret denial.",
        atts=(
            Att(
                "appeal_Quintero.docx",
                DOCX,
                docx(
                    [
                        "ClearPath Hepatitis C Cure Program",
                        "RE: Rosalind Quintero, member GLH551902334",
                        "Chronic hepatitis C genotype 1a, FibroScan 9.8 kPa (F2)",
                        "Denial based on sobriety requirement is inconsistent with AASLD guidance.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Payer policy comment letter",
        "Hard negative: advocacy letter about sobriety restrictions on HCV drugs; aggregate only.",
        f"Policy Team <policy@{CHC}>",
        "medicaid.comments@state-st.gov",
        "Comment on proposed HCV PA criteria",
        "We urge the Department to drop the 6-month sobriety requirement. In 2025 our program cured 318 patients, 41% of whom had used drugs in the past 6 months, with a 96% SVR12 rate.",
        atts=(
            Att(
                "comment_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARPATH HEPATITIS C CURE PROGRAM",
                        "Public comment on proposed HCV prior authorization criteria",
                        "318 cured in 2025; SVR12 96%",
                    ],
                    "Comment letter",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "Multi-sheet treatment tracker to outreach partner",
        "Workbook listing named patients, treatment week and missed doses, sent to harm-reduction partner.",
        NAV,
        "outreach@northsideharmreduction.org",
        "Who to look for this week",
        "Second sheet has the folks who've missed refills - if you see them at the van, have them call Roxanne.",
        atts=(
            Att(
                "tracker_w12.xlsx",
                XLSX,
                xlsx(
                    {
                        "On treatment": [
                            ["Name", "Drug", "Week"],
                            ["Rosalind Quintero", "Mavyret", 3],
                            ["Dwayne Carrick", "Epclusa", 7],
                        ],
                        "Missed refills": [
                            ["Name", "Last fill", "Phone"],
                            ["Dwayne Carrick", "2026-02-20", "555-0193"],
                            ["Tess Amundsen", "2026-02-27", "555-0194"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Grant report multi-sheet workbook",
        "Hard negative: grant outcomes workbook with aggregate cascade numbers.",
        f"Programs <programs@{CHC}>",
        "reports@foundationforliverhealth.org",
        "Q1 grant report",
        "Q1 numbers in the attached workbook. Cascade: 210 screened positive, 164 RNA confirmed, 121 started, 97 cured.",
        atts=(
            Att(
                "Q1_grant.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cascade": [
                            ["Step", "Count"],
                            ["Antibody positive", 210],
                            ["RNA confirmed", 164],
                            ["Started DAA", 121],
                            ["SVR12", 97],
                        ],
                        "Demographics": [
                            ["Group", "%"],
                            ["PWID", 58],
                            ["Incarcerated history", 22],
                        ],
                        "Budget": [["Line", "Spent"], ["Navigators", 84200]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "Jail health transfer of HCV treatment",
        "Named inmate with booking number and mid-treatment HCV regimen sent to jail medical.",
        NAV,
        "medical@cobaltcountyjail.gov",
        "Continuity of care - booking 26-01877",
        "Dwayne Carrick (booking 26-01877) is in week 7 of 12 of Epclusa. Missing doses risks failure. We can courier his remaining 5 weeks today if you confirm a nurse can give DOT.",
    ),
    Spec(
        True,
        "Navigator note to relative by first name",
        "Hard positive: reply to a relative about Tess (first name only) and her hepatitis C 'liver meds' refill with 4 weeks of treatment left.",
        NAV,
        "shay.amundsen@outlook.com",
        "RE: Tess",
        "Hi Shay - thanks for letting me know Tess is staying with you. Her liver meds are ready at the Foundry St pharmacy; she just needs to pick them up with ID. Only 4 weeks left!",
    ),
    Spec(
        False,
        "Reply to public inquiry about free testing",
        "Hard negative: personal mailbox asks about testing; reply is general info only.",
        NAV,
        "kevin.okafor.music@yahoo.com",
        "RE: free hep C test?",
        "Hi Kevin, yes - testing is free and walk-in, Monday to Friday 9-4 at 55 Foundry Street. It's a finger stick with results in 20 minutes. No insurance needed."
        + SIG,
    ),
    Spec(
        True,
        "Appointment reminder HTML-only for FibroScan",
        "Hard positive: HTML-only reminder to personal email names patient and FibroScan at hep C program.",
        f"ClearPath Reminders <noreply@{CHC}>",
        "rquintero72@gmail.com",
        "Reminder for Thursday",
        "",
        html="<html><body><p>Hi Rosalind,</p><p>Reminder: your <b>FibroScan</b> liver scan at ClearPath Hepatitis C Cure Program is Thursday March 19 at 1:40 pm. Don't eat for 3 hours before.</p></body></html>",
    ),
    Spec(
        False,
        "HTML newsletter on World Hepatitis Day",
        "Marketing newsletter with no condition-segmented list or individual.",
        f"ClearPath News <news@{CHC}>",
        "newsletter@lists.clearpathhepc.org",
        "We're hiring, and World Hepatitis Day plans",
        "",
        html="<html><body><h2>ClearPath News</h2><p>This year we're hosting free testing at 6 sites on July 28. Volunteers welcome.</p><p>We're hiring two peer navigators with lived experience.</p></body></html>",
    ),
    Spec(
        True,
        "Reinfection notice to patient via personal mailbox",
        "Named patient told his new test shows hepatitis C reinfection.",
        NAV,
        "marcus.t.delane@gmail.com",
        "Please call me",
        "Marcus, your test from last week shows the hepatitis C virus is back (a new infection, not treatment failure). You can be treated again and your plan will cover it. Call me at 555-0188 ext 3. - Roxanne",
    ),
    Spec(
        False,
        "Peer navigator job posting",
        "Hard negative: job ad mentions hepatitis C, lived experience of drug use; no patient.",
        f"ClearPath HR <hr@{CHC}>",
        "jobs@peerworkforcenetwork.org",
        "Posting: Peer Navigator (2 positions)",
        "ClearPath seeks peer navigators with lived experience of hepatitis C or drug use to help patients through testing and 8-12 weeks of treatment. $22/hr, benefits.",
    ),
    Spec(
        True,
        "SSN-bearing patient assistance application",
        "Manufacturer patient assistance application with name, SSN and HCV drug.",
        RX,
        "pap@hepcuremedsassist.org",
        "PAP application - uninsured patient",
        "Application for Mavyret free drug program: Tess Amundsen, SSN 538-71-2046, household income $14,200, uninsured. Chronic HCV genotype 1b. Prescriber NPI 1467503318.",
        atts=(
            Att(
                "PAP_Amundsen.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARPATH HEPATITIS C CURE PROGRAM",
                        "Patient Assistance Application",
                        "Applicant: Tess Amundsen",
                        "Diagnosis: chronic hepatitis C (B18.2)",
                    ],
                    "PAP",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Order confirmation with SSN-shaped number",
        "Hard negative: supply order number formatted like an SSN; test kits, no patient.",
        f"ClearPath Operations <ops@{CHC}>",
        "orders@rapidtestsupplyco.com",
        "Order 471-22-0385 received?",
        "Can you confirm order 471-22-0385 for 40 boxes of OraQuick HCV kits (25/box) ships this week? Ship to 55 Foundry Street.",
    ),
    Spec(
        True,
        "Zip of lab results to hepatology",
        "Zip with CSV of named patients' HCV genotype and viral load for hepatology referral.",
        f"Dr. Anjali Whitcomb <awhitcomb@{CHC}>",
        "referrals@regionalliverinstitute.org",
        "Decompensated referrals - labs",
        "Three patients need transplant evaluation; labs zipped.",
        atts=(
            Att(
                "referral_labs.zip",
                "application/zip",
                zipped(
                    {
                        "labs.csv": "name,dob,genotype,viral_load,meld\nHarold Jeffries,1949-09-03,3,2.1M,17\nGloria Petrakis,1958-12-01,1a,880K,19\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Zip of SOPs to new clinic",
        "Hard negative: zip of standard operating procedures with example placeholders only.",
        f"Programs <programs@{CHC}>",
        "director@harwoodrecoverycenter.org",
        "Our SOPs, as promised",
        "Here are our test-and-treat SOPs; adapt freely.",
        atts=(
            Att(
                "clearpath_SOPs.zip",
                "application/zip",
                zipped(
                    {
                        "SOP_testing.txt": "1. Offer HCV antibody test to every client. 2. If reactive, draw RNA same day.",
                        "SOP_treatment.txt": "Simplified treatment per AASLD for treatment-naive without cirrhosis.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "Terse DAA start note to methadone clinic",
        "Hard positive: abbreviations (DAA, SOF/VEL, MOUD) with patient name shared with methadone clinic (Part 2 context).",
        NAV,
        "nurses@foundryopioidtreatment.org",
        "co-pt",
        "G. Petrakis - starts SOF/VEL Mon 3/23, can you do DOT w/ her methadone dose? 84 tabs coming to you Fri.",
    ),
    Spec(
        False,
        "Drug shortage notice of ribavirin",
        "Hard negative: supply shortage notice for ribavirin; no patient.",
        RX,
        "pharmacists@clearpathnetwork.org",
        "Ribavirin 200 mg shortage",
        "Ribavirin 200 mg capsules are on backorder until May. Few regimens need it now; for decompensated genotype 3 retreatment call us to discuss alternatives.",
    ),
    Spec(
        True,
        "Scheduling ICS with patient and FibroScan",
        "Hard positive: invite to outreach partner with patient's name in the summary and FibroScan.",
        NAV,
        "vanteam@northsideharmreduction.org",
        "Mobile FibroScan slot",
        "Booking the mobile scanner for your client, invite attached.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ClearPath//Nav//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cp-fs-0320@clearpathhepc.org\r\nDTSTART:20260320T160000Z\r\nDTEND:20260320T162000Z\r\nSUMMARY:FibroScan - Dwayne Carrick (HCV, pre-treatment)\r\nLOCATION:Northside van, 5th & Pike\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        False,
        "Board meeting invite",
        "Board meeting calendar invite; no health info about any person.",
        f"Executive Office <exec@{CHC}>",
        "board@clearpathhepc.org",
        "Board meeting March 26",
        "Agenda: FY27 budget, elimination targets, new van lease.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ClearPath//Exec//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cp-board-0326@clearpathhepc.org\r\nDTSTART:20260326T230000Z\r\nDTEND:20260327T003000Z\r\nSUMMARY:ClearPath board meeting\r\nLOCATION:55 Foundry St conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        True,
        "Missed dose reply to patient quoting her question",
        "Reply to patient's personal mail quoting her missed Mavyret doses.",
        RX,
        "tess.amundsen.art@hotmail.com",
        "RE: missed pills",
        "Hi Tess, missing two days of Mavyret is okay - just restart today, don't double up. Your end date moves to April 28.\n\n> I forgot my hep C pills Sat and Sun, did I ruin it?\n\nClearPath Pharmacy Team",
    ),
    Spec(
        False,
        "De-identified cohort extract for research",
        "Hard negative: de-identified cohort CSV with study IDs, year and age band only.",
        f"Research <research@{CHC}>",
        "hcvcohort@stateu-hepatology.edu",
        "Cohort extract v2 (de-identified)",
        "Attached per DUA. Expert determination on file.",
        atts=(
            Att(
                "cohort_v2.csv",
                "text/csv",
                "study_id,age_band,genotype,regimen,svr12,year\nCP-0001,40-49,1a,GLE/PIB,yes,2025\nCP-0002,50-59,3,SOF/VEL,yes,2025\nCP-0003,30-39,1b,SOF/VEL,no,2025\n",
            ),
        ),
    ),
    Spec(
        True,
        "Probation officer letter on HCV treatment completion",
        "Letter to probation officer naming client and hep C treatment completion.",
        NAV,
        "pofficer.grant@cobaltcountyprobation.gov",
        "Treatment completion - Marcus Delane",
        "Officer Grant, with Mr. Delane's signed release: Marcus Delane completed 8 weeks of hepatitis C treatment on March 2 and has attended all visits. Cure test is due in May.",
    ),
    Spec(
        False,
        "Volunteer thank-you note",
        "Thank-you to volunteers with event totals.",
        f"Programs <programs@{CHC}>",
        "volunteers@lists.clearpathhepc.org",
        "Thank you for Saturday!",
        "Thanks to 14 volunteers, we ran 263 tests at the Northside fair. Pizza party April 4!",
    ),
    Spec(
        True,
        "Dermatology e-consult photo named after patient",
        "Hard positive: only the PNG filename ties a patient name to her porphyria cutanea tarda (HCV-related) photo for dermatology consult.",
        f"Dr. Anjali Whitcomb <awhitcomb@{CHC}>",
        "consults@eastbrookdermatology.com",
        "photo for tomorrow's e-consult",
        "Blistering on dorsal hands, photo attached. Thoughts?",
        atts=(Att("Petrakis_Gloria_PCT_HCV_hands.png", "image/png", png(5, 5, (210, 170, 160))),),
    ),
    Spec(
        False,
        "Clinician bio on hepatology",
        "Hard negative: physician bio with hepatitis, cirrhosis and liver cancer expertise; NPI given.",
        f"Communications <comms@{CHC}>",
        "editor@cobaltmedicalsocietynews.org",
        "Bio for 'Meet the doctor' column",
        "Dr. Rafael Mendoza-Ilic, NPI 1467503326, joined ClearPath as associate medical director. He has treated over 1,000 people with hepatitis C and cares for patients with cirrhosis and liver cancer.",
    ),
    Spec(
        False,
        "Policy doc with example fields docx",
        "Hard negative: email/PHI policy listing example field names with no data.",
        f"Compliance <compliance@{CHC}>",
        f"staff@{CHC}",
        "Updated secure email policy",
        "Please read the attached policy before Friday.",
        atts=(
            Att(
                "secure_email_policy.docx",
                DOCX,
                docx(
                    [
                        "ClearPath Secure Email Policy",
                        "Never put patient name, DOB, MRN or HCV RNA result in a subject line.",
                        "Example of what NOT to send: 'Patient [Name] - HCV RNA [value]'.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Van maintenance scheduling",
        "Vendor mail about the mobile unit; no health information.",
        f"ClearPath Operations <ops@{CHC}>",
        "service@cityfleetrepair.com",
        "Van brakes",
        "Our van (plate CPH-2231, the mobile unit) needs brakes checked. Can you fit us Tuesday?",
    ),
    Spec(
        True,
        "Insurance denial update to patient",
        "Patient told by name that her plan denied Mavyret and appeal filed.",
        RX,
        "rquintero72@gmail.com",
        "Update on your medication",
        "Hi Rosalind, your insurance denied the Mavyret request because of the sobriety rule. We filed an appeal today and expect a decision within 15 days. Meanwhile we applied for a free starter supply.",
    ),
    Spec(
        False,
        "IT vendor ticket about fax server",
        "IT ticket with no patient data.",
        f"ClearPath IT <it@{CHC}>",
        "help@faxcloudpro.com",
        "Ticket 88210 - inbound faxes delayed",
        "Since Monday inbound faxes arrive 2-3 hours late. Account CP-4410. Please escalate.",
    ),
    Spec(
        True,
        "Condition-segmented mailing list to marketing vendor",
        "Hard positive: marketing vendor given a list of names and addresses segmented by 'untreated HCV'.",
        f"Communications <comms@{CHC}>",
        "campaigns@brightmailmarketing.com",
        "Mailing list for spring postcard",
        "List for the 'you can be cured' postcard. These are all our untreated positives.",
        atts=(
            Att(
                "untreated_hcv_list.csv",
                "text/csv",
                "name,address,zip\nEarl Whitlow,19 Tanner Rd,40874\nMaribel Soto,311 Grove Ave Apt 6,40871\n",
            ),
        ),
    ),
    Spec(
        False,
        "Postcard copy approval with vendor",
        "Hard negative: generic postcard text about hep C cure for general mailing; no list.",
        f"Communications <comms@{CHC}>",
        "proofs@brightmailmarketing.com",
        "Postcard proof approved",
        "Proof approved: 'Hepatitis C is curable in 8-12 weeks. Free testing at 55 Foundry Street.' Print 5,000 for the every-door mailing.",
    ),
]
