"""Outbound mail of Evensong Health, a menopause telehealth service (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import CBI, Att, Spec

CARE = "\n\nYour Evensong Care Team\nEvensong Health - menopause care, online\nhelp@evensonghealth.com | (612) 555-0190"
FOOT = "\n\nEvensong Health, 900 Nicollet Mall, Minneapolis MN. You are receiving this because you have an account with us. Manage preferences in the app."

_FHIR_RX = json.dumps(
    {
        "resourceType": "MedicationRequest",
        "id": "evs-rx-55120",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {
            "text": "Estradiol 0.05 mg/24 hr transdermal patch, twice weekly"
        },
        "subject": {"reference": "Patient/evs-71833", "display": "Colleen Haverford"},
        "note": [
            {
                "text": "DOB 1974-08-19; ship to 3318 Bryant Ave S, Minneapolis MN 55408; phone (612) 555-0193"
            }
        ],
        "requester": {"display": "Nora Whitfield, NP (NPI 1952946634)"},
        "dosageInstruction": [
            {
                "text": "Apply 1 patch to lower abdomen twice weekly; with micronized progesterone 100 mg nightly"
            }
        ],
    },
    indent=2,
)

_X12_270 = (
    "ISA*00*          *00*          *ZZ*EVENSONG       *ZZ*AVAILITYHUB    *260317*1405*^*00501*000000271*0*P*:~"
    "GS*HS*EVENSONG*AVAILITYHUB*20260317*1405*271*X*005010X279A1~ST*270*0271*005010X279A1~"
    "BHT*0022*13*EVS-ELG-0317*20260317*1405~HL*1**20*1~NM1*PR*2*MEDICA*****PI*94265~HL*2*1*21*1~"
    "NM1*1P*2*EVENSONG HEALTH*****XX*1614062176~HL*3*2*22*0~NM1*IL*1*OKONKWO*JUDITH****MI*MDC7730418812~"
    "DMG*D8*19680323*F~EQ*30~EQ*98~SE*12*0271~GE*1*271~IEA*1*000000271~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="HRT prescription FHIR to mail-order pharmacy",
        notes="Hard positive: body mentions only a resend; the FHIR MedicationRequest attachment names the patient with DOB, address and estradiol/progesterone regimen.",
        frm="Rx Routing <rx@evensonghealth.com>",
        to="intake@lumenpharmacyfulfillment.com",
        subject="Manual resend: rx evs-rx-55120",
        body="The API call timed out; resending the MedicationRequest as a file per your runbook.\n\nEvensong Rx routing",
        atts=(Att("evs-rx-55120.json", "application/fhir+json", _FHIR_RX),),
    ),
    Spec(
        phi=True,
        category="Visit summary to patient after video consult",
        notes="Visit summary to patient's gmail with hot flushes, sleep disruption and HRT start.",
        frm="Dr. Simone Achebe <sachebe@evensonghealth.com>",
        to="colleen.haverford@gmail.com",
        subject="Summary of today's video visit",
        body="Hi Colleen,\n\nThanks for talking with me today. To recap: you're having 8-10 hot flushes a day and waking 3-4 times a night, and your last period was 14 months ago, so you're postmenopausal. We agreed to start an estradiol 0.05 mg patch twice weekly with progesterone 100 mg at bedtime, since you still have your uterus. Check in with us in 8 weeks, sooner if you have any bleeding.\n\nWarmly,\nDr. Simone Achebe"
        + CARE,
    ),
    Spec(
        phi=False,
        category="Newsletter on perimenopause symptoms",
        notes="Hard negative: HTML-only educational newsletter about perimenopause to a broadcast list; no individual data.",
        frm="Evensong Journal <journal@evensonghealth.com>",
        to="subscribers@evensonghealth.com",
        subject="Brain fog, itchy skin and other surprising signs of perimenopause",
        body="",
        html='<html><body><h2>34 symptoms? Let\'s talk about the lesser-known ones.</h2><p>Joint aches, tinnitus, itchy skin and brain fog can all be linked to falling oestrogen. Our clinicians explain what helps.</p><p><a href="https://evensonghealth.com/journal/surprising-signs">Read more</a></p></body></html>',
        html_only=True,
    ),
    Spec(
        phi=True,
        category="Abnormal bleeding on HRT escalation to local gynaecologist",
        notes="Hard positive: referral uses first name, age and town, plus postmenopausal bleeding on HRT needing ultrasound; identifiable with phone.",
        frm="Nora Whitfield NP <nwhitfield@evensonghealth.com>",
        to="referrals@lindengyn.com",
        subject="Urgent-ish referral: PMB on HRT",
        body="Hi Linden team,\n\nReferring Judith (57, Maplewood) - on continuous combined HRT x 18 months, now 3 weeks of spotting. Needs TVUS +/- endometrial biopsy. She prefers afternoons; mobile (651) 555-0172.\n\nThanks,\nNora Whitfield, NP\nNPI: 1952946634"
        + CARE,
    ),
    Spec(
        phi=False,
        category="Telehealth licensure tracker",
        notes="Hard negative: clinician state licence and DEA registration tracker; provider identifiers only.",
        frm="Clinical Ops <clinops@evensonghealth.com>",
        to="licensing@medlicenseservices.com",
        subject="Renewals due Q2",
        body="Please start renewals for:\n- Simone Achebe MD: WI, IA (exp 6/30); DEA: BA5074668 (MN)\n- Nora Whitfield NP: ND (exp 5/31); NPI: 1952946634\n- Priya Raman MD: SD (exp 6/30); DEA: FR4760535\n\nTracker attached.",
        atts=(
            Att(
                "license_tracker.xlsx",
                XLSX,
                xlsx(
                    {
                        "Licences": [
                            ["Clinician", "State", "Expires"],
                            ["Achebe", "WI", "2026-06-30"],
                            ["Achebe", "IA", "2026-06-30"],
                            ["Whitfield", "ND", "2026-05-31"],
                            ["Raman", "SD", "2026-06-30"],
                        ],
                        "DEA": [
                            ["Clinician", "DEA", "State"],
                            ["Achebe", "BA5074668", "MN"],
                            ["Raman", "FR4760535", "MN"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Eligibility inquiry 270 with member ID",
        notes="Hard positive: body has no patient; the X12 270 names a member with member ID and DOB, tying her to a telehealth provider's eligibility check.",
        frm="Revenue Cycle <rcm@evensonghealth.com>",
        to="edi.support@availityhub.com",
        subject="270 rejected - AAA 72",
        body="Our 270 keeps coming back AAA*72 (invalid member ID). File attached - is the prefix wrong for Medica?\n\nRCM team",
        atts=(Att("elig_0317_270.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=False,
        category="Employer benefit utilisation report aggregate",
        notes="Hard negative: quarterly menopause-benefit utilisation for an employer with counts and satisfaction, cells under 11 suppressed.",
        frm="Partnerships <partners@evensonghealth.com>",
        to="benefits@northfieldmutual.com",
        subject="Q1 Evensong benefit report - Northfield Mutual",
        body="Hi Dana,\n\nQ1 report attached. 212 employees enrolled (up 31), 68% report improved sleep at 12 weeks. Cells with fewer than 11 members are suppressed, so no one can be identified.\n\nBest,\nPartnerships",
        atts=(
            Att(
                "northfield_q1.pdf",
                "application/pdf",
                pdf(
                    [
                        "EVENSONG HEALTH - Employer report Q1 2026",
                        "Enrolled: 212",
                        "Improved sleep at 12 weeks: 68%",
                        "Cells < 11 suppressed",
                    ],
                    "Employer report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to employer HR confirming employee enrolment",
        notes="Hard positive: reply to HR confirming a named employee is enrolled and on a treatment plan; enrolment itself is health information.",
        frm="Partnerships <partners@evensonghealth.com>",
        to="benefits@northfieldmutual.com",
        subject="Re: is Karen enrolled?",
        body="Hi Dana,\n\nYes, Karen Lindgren joined Evensong on Feb 3 and is on an active treatment plan with one of our physicians, so her benefit is in use. Going forward we can't share individual information - please point employees to our help line.\n\nPartnerships",
    ),
    Spec(
        phi=False,
        category="Vendor BAA renewal with video platform",
        notes="BAA renewal paperwork with the video visit vendor; no patient.",
        frm="Legal <legal@evensonghealth.com>",
        to="contracts@vistavideohealth.com",
        subject="BAA renewal 2026-2029 - countersigned",
        body="Attached is the countersigned BAA effective April 1, 2026. Please confirm your SOC 2 Type II report for 2025 is in the data room.\n\nLegal",
        atts=(
            Att(
                "BAA_Vista_2026.docx",
                DOCX,
                docx(
                    [
                        "Business Associate Agreement",
                        "Between Evensong Health, Inc. and Vista Video Health LLC",
                        "Term: April 1, 2026 - March 31, 2029",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Lab requisition to draw site",
        notes="Lab requisition for FSH, estradiol and lipids with patient name and DOB sent to a retail draw site.",
        frm="Care Coordination <care@evensonghealth.com>",
        to="orders@questdrawpartners.com",
        subject="Requisition - please place in system",
        body="Please enter this requisition for walk-in draw:\nPatient: Tabitha Greaves, DOB 10/04/1979\nTests: FSH, estradiol, TSH, lipid panel, HbA1c\nDx: N95.1 menopausal and female climacteric states; R23.2 flushing\nOrdering: Priya Raman MD, NPI: 1516319591\n\nCare Coordination",
    ),
    Spec(
        phi=False,
        category="Synthetic test patient in QA report",
        notes="Hard negative: QA bug report with an explicitly fake test member 'Test Evensong' and made-up labs.",
        frm="QA <qa@evensonghealth.com>",
        to="bugs@evensonghealth-dev.atlassian.net",
        subject="EVS-2291 symptom tracker chart shows wrong units",
        body="Repro in staging with the seeded fake member 'Test Evensong' (member id TEST-0001, synthetic). Enter FSH 65 -> chart shows 65 pg/mL instead of mIU/mL. No real data involved.\n\nQA",
    ),
    Spec(
        phi=True,
        category="Bone density referral to imaging centre",
        notes="DEXA referral to imaging centre naming patient, DOB and early menopause with osteopenia risk.",
        frm="Dr. Priya Raman <praman@evensonghealth.com>",
        to=f"intake@{CBI}",
        subject="DEXA + screening mammogram referral",
        body="Hello Clearview,\n\nPlease schedule Wanda Eriksen (DOB 01/27/1971, (612) 555-0197) for a DEXA scan and a screening mammogram before she starts systemic HRT. History: surgical menopause at 44 (BSO), prior fracture of the wrist, smoker.\n\nThank you,\nPriya Raman, MD"
        + CARE,
    ),
    Spec(
        phi=False,
        category="Clinical guideline summary for clinicians",
        notes="Hard negative: internal summary of the 2022 NAMS HT position statement with contraindications; no patient.",
        frm="Medical Director <meddirector@evensonghealth.com>",
        to="clinicians@evensonghealth.com",
        subject="Updated HT prescribing guide (v4)",
        body="Team, v4 of our prescribing guide is attached. Key changes: transdermal first-line if BMI > 30 or migraine with aura; absolute contraindications unchanged (unexplained vaginal bleeding, active breast cancer, prior VTE on oral oestrogen); fezolinetant section added.\n\nDr. Achebe",
        atts=(
            Att(
                "HT_guide_v4.docx",
                DOCX,
                docx(
                    [
                        "Evensong Health - Hormone therapy prescribing guide v4",
                        "First line: transdermal estradiol where VTE risk factors",
                        "Contraindications: unexplained bleeding, active breast cancer, prior VTE",
                        "Non-hormonal: fezolinetant, SSRIs/SNRIs, gabapentin",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to patient about breast cancer history and HRT",
        notes="Reply to patient's outlook mailbox discussing her prior breast cancer and non-hormonal options.",
        frm="Dr. Simone Achebe <sachebe@evensonghealth.com>",
        to="m.okwuosa@outlook.com",
        subject="Re: Can I take HRT after my cancer?",
        body="Dear Mrs. Okwuosa,\n\nBecause your breast cancer in 2019 was ER-positive and you're still on anastrozole, systemic oestrogen isn't recommended. For the night sweats I'd suggest fezolinetant 45 mg daily; we'll check liver tests at 3 months. Vaginal moisturisers are fine for dryness.\n\nDr. Achebe"
        + CARE,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Margaret Okwuosa <m.okwuosa@outlook.com>",
            to="care@evensonghealth.com",
            subject="Can I take HRT after my cancer?",
            body="I had breast cancer in 2019 and I'm on anastrozole. The night sweats are unbearable. Is HRT an option for me?",
        ),
    ),
    Spec(
        phi=False,
        category="Marketing welcome email to new sign-up",
        notes="Hard negative: generic welcome email to a newsletter sign-up at a personal address; no symptoms, diagnosis or treatment mentioned and no account or visit.",
        frm="Evensong Health <hello@evensonghealth.com>",
        to="gail.sorensen.home@yahoo.com",
        subject="Welcome to the Evensong Journal",
        body="Hi there,\n\nThanks for subscribing to the Evensong Journal. Every other Thursday you'll get articles from our clinicians on midlife health, sleep, nutrition and movement.\n\nUnsubscribe any time."
        + FOOT.replace("you have an account with us", "you subscribed to our newsletter"),
    ),
    Spec(
        phi=True,
        category="Patient symptom tracker export CSV to patient",
        notes="CSV export of the patient's own symptom diary with her name and email sent to her personal mailbox.",
        frm="Evensong App <noreply@evensonghealth.com>",
        to="tabitha.greaves@hotmail.com",
        subject="Your symptom tracker export",
        body="Hi Tabitha, here is the export you requested from the app.\n\nEvensong Health",
        atts=(
            Att(
                "symptoms_tabitha_greaves.csv",
                "text/csv",
                "member,date,hot_flushes,night_wakings,mood_1to5,medication\nTabitha Greaves <tabitha.greaves@hotmail.com>,2026-03-01,9,4,2,none\nTabitha Greaves,2026-03-08,7,3,3,estradiol gel 0.75 mg\nTabitha Greaves,2026-03-15,4,2,4,estradiol gel 0.75 mg\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for menopause nurse practitioner",
        notes="Hard negative: job ad describing HRT prescribing and vasomotor symptom management; no patient.",
        frm="Talent <talent@evensonghealth.com>",
        to="postings@nursingjobboard.com",
        subject="Remote NP - Menopause care (MN, WI, IA licences)",
        body="Evensong Health is hiring remote nurse practitioners. You'll manage vasomotor symptoms, genitourinary syndrome of menopause and sleep issues, prescribe hormone therapy and non-hormonal options, and coordinate DEXA and mammography. NAMS certification (MSCP) preferred. 0.8-1.0 FTE.",
    ),
    Spec(
        phi=True,
        category="Short-term disability form with SSN",
        notes="Disability claim form to insurer naming patient with SSN and severe vasomotor symptoms and insomnia limiting work.",
        frm="Forms Desk <forms@evensonghealth.com>",
        to="claims.intake@guardianstd.com",
        subject="Attending physician statement - claim STD-8840217",
        body="Attending physician statement for your claimant is attached and summarised here:\nClaimant: Rochelle Baptiste  SSN 512-38-7745\nDx: N95.1 severe menopausal symptoms, G47.00 insomnia\nUnable to work night shifts 3/2 - 4/13/2026\nSimone Achebe MD, NPI: 1614062176\n\nForms Desk",
        atts=(
            Att(
                "APS_Baptiste.pdf",
                "application/pdf",
                pdf(
                    [
                        "EVENSONG HEALTH - Attending physician statement",
                        "Claimant: Rochelle Baptiste",
                        "Dx N95.1, G47.00",
                        "Restrictions: no night shifts 03/02-04/13/2026",
                    ],
                    "APS",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Pharmacy partner estradiol patch shortage",
        notes="Hard negative: pharmacy partner's notice of estradiol patch shortage with substitution plan; no patient.",
        frm="Rx Routing <rx@evensonghealth.com>",
        to="clinicians@evensonghealth.com",
        subject="Estradiol patch 0.0375 shortage - substitution rules",
        body="Lumen reports the 0.0375 mg/day patch is on allocation until May. Default substitution: 0.025 + 0.0125 isn't available, so switch to estradiol gel 0.5 mg unless the prescriber flags 'no sub'. Members will be notified by the pharmacy.",
    ),
    Spec(
        phi=True,
        category="Community paramedic request for vaginal estrogen training terse",
        notes="Hard positive: terse request with full name, street address and GSM diagnosis plus vaginal estrogen for a home visit.",
        frm="Care Coordination <care@evensonghealth.com>",
        to="dispatch@hennepincommunityparamedic.org",
        subject="home visit req",
        body="Pt Agnes Thornquist, 87, 4410 Xerxes Ave N Robbinsdale. GSM + recurrent UTI, newly started vaginal estradiol cream 0.5 g 2x/wk, poor vision - needs applicator teaching. Daughter Ruth (612) 555-0186 will be there. Thx - EVS care coord",
    ),
    Spec(
        phi=False,
        category="Investor update metrics",
        notes="Investor update with member counts, revenue and NPS; aggregate only.",
        frm="CEO <ceo@evensonghealth.com>",
        to="investors@evensonghealth.com",
        subject="March investor update",
        body="Highlights: 18,400 active members (+9% MoM), 3 new employer contracts, NPS 71, prescription adherence at 90 days 82%. Hiring 6 clinicians. Runway 26 months.\n\nMaya",
        atts=(
            Att(
                "kpis_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "KPIs": [["Metric", "Value"], ["Active members", 18400], ["NPS", 71]],
                        "Clinicians": [["Role", "FTE"], ["MD", 9], ["NP", 14]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Appointment invite for follow-up video visit",
        notes="Calendar invite to patient's gmail for HRT 8-week follow-up with her name in summary.",
        frm="Evensong Scheduling <schedule@evensonghealth.com>",
        to="wanda.eriksen71@gmail.com",
        subject="Your follow-up video visit",
        body="Hi Wanda, your 8-week HRT check-in with Dr. Raman is booked. Join from the app 5 minutes early."
        + CARE,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Evensong Health//Visits//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:evs-visit-410227@evensonghealth.com\r\nDTSTAMP:20260317T150000Z\r\nDTSTART:20260512T220000Z\r\nDTEND:20260512T222000Z\r\nSUMMARY:Evensong video visit - HRT follow-up - Wanda Eriksen\r\nLOCATION:Evensong app\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Webinar invite for employers",
        notes="Calendar invite for an employer webinar about menopause in the workplace; no patient.",
        frm="Partnerships <partners@evensonghealth.com>",
        to="hr-leaders@twincitiesshrm.org",
        subject="Webinar: Menopause at work - what HR leaders should know",
        body="Join us April 14 for a 45-minute session with Dr. Simone Achebe on supporting employees through menopause.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Evensong Health//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:evs-webinar-0414@evensonghealth.com\r\nDTSTAMP:20260317T150000Z\r\nDTSTART:20260414T170000Z\r\nDTEND:20260414T174500Z\r\nSUMMARY:Menopause at work (webinar)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Cardiology e-consult about HRT and palpitations",
        notes="E-consult naming patient with DOB, palpitations, BP readings and HRT question.",
        frm="Dr. Priya Raman <praman@evensonghealth.com>",
        to="econsult@heartlandcardiology.com",
        subject="e-consult: HRT candidate with palpitations",
        body="Question: is transdermal HT reasonable?\n\nPatient: Deborah Wilcox, DOB 06/02/1969. Perimenopausal, palpitations 2-3x/week, home BP 142/88 avg, Holter (outside) showed PACs only. LDL 168. Non-smoker.\n\nPriya Raman, MD"
        + CARE,
    ),
    Spec(
        phi=False,
        category="Data breach tabletop exercise scenario",
        notes="Hard negative: tabletop exercise with a fictional scenario and placeholder member 'Member A'; no real person.",
        frm="Security <security@evensonghealth.com>",
        to="incident-team@evensonghealth.com",
        subject="Tabletop Thursday - scenario packet",
        body="Scenario (fictional): a clinician autocompletes the wrong address and sends 'Member A''s lab results (FSH, estradiol) to an external Gmail. Walk through the breach risk assessment and 60-day notification clock. No real member data will be used.",
    ),
    Spec(
        phi=True,
        category="Refund dispute revealing membership and prescription",
        notes="Hard positive: billing reply naming patient and her card's last four, confirming refund of a 'testosterone cream consult' charge.",
        frm="Billing Support <billing@evensonghealth.com>",
        to="lena.haraldsen@icloud.com",
        subject="Re: charge on my card",
        body="Hi Lena,\n\nThe $89 charge on your Visa ending 4471 on March 2 was for your libido consult with Dr. Achebe, where she prescribed compounded testosterone cream 1%. As a courtesy we've refunded the pharmacy shipping fee ($12).\n\nBilling Support",
    ),
    Spec(
        phi=False,
        category="App store review reply template",
        notes="Hard negative: draft of generic public review reply templates for support staff; no individuals.",
        frm="Support Lead <support@evensonghealth.com>",
        to="support-team@evensonghealth.com",
        subject="Review reply templates (don't confirm anyone is a member!)",
        body="Reminder: in public App Store replies never confirm someone is a member or mention treatment. Use:\n'Thanks for your feedback - we'd love to help. Please email help@evensonghealth.com.'\n\nSupport Lead",
    ),
    Spec(
        phi=True,
        category="Zip of chart to new primary care on transfer",
        notes="Zip of chart notes and medication list for named patient sent to her new primary care practice.",
        frm="Medical Records <records@evensonghealth.com>",
        to="records@lakeharrietprimarycare.com",
        subject="Records transfer - signed release on file",
        body="Per the patient's signed request, attached are her Evensong records. Member: Colleen Haverford, DOB 08/19/1974.\n\nMedical Records",
        atts=(
            Att(
                "haverford_records.zip",
                "application/zip",
                zipped(
                    {
                        "meds.txt": "Estradiol 0.05 mg patch twice weekly; progesterone 100 mg qhs\n",
                        "visits.txt": "2026-03-03 initial: VMS, insomnia, LMP 01/2025\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinician schedule export",
        notes="Clinician availability export for scheduling vendor; staff names and hours only.",
        frm="Clinical Ops <clinops@evensonghealth.com>",
        to="support@slotwiseapp.com",
        subject="April availability import",
        body="April availability attached for import.",
        atts=(
            Att(
                "april_availability.csv",
                "text/csv",
                "clinician,date,start,end\nAchebe,2026-04-01,09:00,15:00\nWhitfield,2026-04-01,12:00,20:00\nRaman,2026-04-02,08:00,14:00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only lab results notice to patient",
        notes="HTML-only email to patient's aol address quoting her FSH and estradiol levels.",
        frm="Evensong Results <results@evensonghealth.com>",
        to="deb.wilcox69@aol.com",
        subject="Your lab results are in",
        body="",
        html='<html><body><p>Hi Deborah,</p><p>Your results from March 13:</p><table border="1"><tr><td>FSH</td><td>48 mIU/mL</td></tr><tr><td>Estradiol</td><td>22 pg/mL</td></tr><tr><td>TSH</td><td>2.1 mIU/L</td></tr></table><p>These fit with perimenopause. Dr. Raman will discuss options at your visit on Friday.</p></body></html>',
        html_only=True,
    ),
    Spec(
        phi=False,
        category="Clinician portal account setup to new hire personal address",
        notes="Hard negative: onboarding email to a newly hired clinician's personal mailbox about her staff portal account; workforce, not a patient.",
        frm="IT Onboarding <it@evensonghealth.com>",
        to="harriet.bloom@gmail.com",
        subject="Set up your Evensong clinician portal account",
        body="Hi Dr. Bloom,\n\nWelcome to the Evensong clinical team! Your work mailbox activates on your start date (April 1), so we're sending this to the personal address on your offer letter. Use the link below within 48 hours to set your clinician portal password and enrol in MFA. Your HIPAA and telehealth prescribing training modules are assigned for week one.\n\nhttps://evensonghealth.com/staff/activate?t=8f41c2\n\nIT Onboarding",
    ),
    Spec(
        phi=False,
        category="Research survey invitation generic",
        notes="Hard negative: invitation to an anonymous survey about workplace menopause experiences sent to a public list.",
        frm="Research <research@evensonghealth.com>",
        to="members-forum@womenmidlifecollective.org",
        subject="Anonymous survey: menopause and work (10 min)",
        body="We're running an anonymous survey on how menopause symptoms affect work. No names or emails collected. Results will be published as aggregate percentages.\n\nhttps://evensonghealth.com/survey/work",
    ),
    Spec(
        phi=True,
        category="Prior auth for fezolinetant",
        notes="Prior authorization letter with member name, member ID and failed therapies for fezolinetant.",
        frm="Prior Auth <priorauth@evensonghealth.com>",
        to="pa.requests@medicarx-pbm.com",
        subject="PA request - Veozah",
        body="Member: Margaret Okwuosa  Member ID: MDC7730419905  DOB 11/30/1964\nDrug: fezolinetant 45 mg daily\nDx: N95.1; history of ER+ breast cancer (Z85.3), on anastrozole - oestrogen contraindicated.\nTried/failed: venlafaxine 75 mg (nausea), gabapentin 300 mg (sedation).\nPrescriber: Simone Achebe MD, NPI: 1614062176\n\nPrior Auth team",
        atts=(
            Att(
                "PA_letter_Okwuosa.pdf",
                "application/pdf",
                pdf(
                    [
                        "EVENSONG HEALTH - Letter of medical necessity",
                        "Member: Margaret Okwuosa",
                        "Drug: fezolinetant 45 mg",
                        "Contraindication to oestrogen: ER+ breast cancer",
                    ],
                    "PA letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Accounts payable to IT contractor",
        notes="Invoice payment confirmation to contractor; no health information.",
        frm="Finance <finance@evensonghealth.com>",
        to="billing@northloopdevstudio.com",
        subject="Payment sent - INV 2026-031",
        body="ACH for $14,250.00 sent today for INV 2026-031 (symptom tracker redesign sprint 4). Remittance attached.",
        atts=(
            Att(
                "remittance_2026-031.txt",
                "text/plain",
                "Payee: North Loop Dev Studio\nInvoice: 2026-031\nAmount: 14250.00\nMethod: ACH\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded patient message to outside counsellor",
        notes="Hard positive: forward to external therapist of a member's message about menopause-related depression and passive suicidal thoughts.",
        frm="Nora Whitfield NP <nwhitfield@evensonghealth.com>",
        to="intake@stillwaterscounseling.com",
        subject="FW: warm handoff as discussed",
        body="Hi Eli, as discussed on the phone - warm handoff. She's agreed to your contacting her. I've increased her escitalopram to 10 mg.\n\nNora",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Sunita Rao <sunita.rao.mn@gmail.com>",
            to="care@evensonghealth.com",
            subject="not doing well",
            body="Since the hot flushes started I can't sleep and I feel hopeless. Sometimes I think everyone would be better off without me. I don't have a plan. Sunita Rao, member since January.",
        ),
    ),
    Spec(
        phi=False,
        category="Clinician case discussion de-identified",
        notes="Hard negative: de-identified case discussion in a clinician forum with age in decade and no identifiers.",
        frm="Dr. Simone Achebe <sachebe@evensonghealth.com>",
        to="list@menopausecliniciansforum.org",
        subject="Case Q: GSM with recurrent UTIs on vaginal oestrogen",
        body="Colleagues - woman in her 70s, GSM with recurrent UTIs despite 6 months vaginal estradiol. Cultures E. coli each time. Would you add methenamine or try vaginal DHEA? No identifying details here on purpose.\n\nSimone",
    ),
    Spec(
        phi=False,
        category="Policy document with example PHI fields",
        notes="Hard negative: minimum-necessary policy listing example field names (member_name, dob, diagnosis) without values.",
        frm="Compliance <compliance@evensonghealth.com>",
        to="allstaff@evensonghealth.com",
        subject="Policy PR-07 Minimum necessary (revised)",
        body="Revised PR-07 attached. Summary: exports to vendors may include member_id only unless the BAA scope lists member_name, dob, diagnosis_code or rx_name. Requests for more go to privacy@evensonghealth.com.",
        atts=(
            Att(
                "PR-07_minimum_necessary.pdf",
                "application/pdf",
                pdf(
                    [
                        "EVENSONG HEALTH - Policy PR-07",
                        "Minimum necessary",
                        "Allowed fields by default: member_id",
                        "Requires BAA scope: member_name, dob, diagnosis_code, rx_name",
                    ],
                    "PR-07",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Partner referral link announcement to clinic",
        notes="Partnership note offering a referral link to a gynaecology practice; no patient.",
        frm="Partnerships <partners@evensonghealth.com>",
        to="office@lindengyn.com",
        subject="Referral link for your menopause patients",
        body="Hi Greta, as discussed, here's the referral link for patients who want ongoing telehealth menopause care between visits: https://evensonghealth.com/refer/linden. We'll send visit summaries back to your clinicians with patient consent.\n\nPartnerships",
    ),
]
