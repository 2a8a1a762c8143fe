"""VitalPath Disease Management (vendor to health plans): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

FOOT = "\n\nVitalPath Disease Management | 77 Foundry St, Columbus OH | 555-0158\nCONFIDENTIALITY: intended only for the addressee."

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Care Summary</title>
  <recordTarget><patientRole><id extension="W620263517" root="2.16.840.1.113883.3.9921"/>
    <patient><name><given>Curtis</given><family>Engebretsen</family></name>
    <birthTime value="19530917"/></patient></patientRole></recordTarget>
  <component><structuredBody><component><section><title>Problems</title>
    <text>Type 2 diabetes mellitus with hyperglycemia (E11.65); Hypertension (I10)</text>
  </section></component><component><section><title>Results</title>
    <text>HbA1c 9.8% (2026-03-04)</text></section></component></structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Monthly coaching roster to health plan",
        notes="Hard positive: enrolled-member roster (names, IDs, programme) only in multi-sheet xlsx; body generic.",
        frm="Client Reporting <reporting@vitalpathdm.com>",
        to="cm-analytics@northwindhealthplan.com",
        subject="February programme roster",
        body="Attached is the February roster per the reporting schedule in Exhibit C." + FOOT,
        atts=(
            Att(
                "NWHP_roster_2026-02.xlsx",
                XLSX,
                xlsx(
                    {
                        "Diabetes": [
                            ["Member ID", "Name", "Enrolled", "Last A1c"],
                            ["W620263517", "Curtis Engebretsen", "2025-11-03", 9.8],
                            ["W620390022", "Marisol Quintero", "2026-01-15", 7.4],
                        ],
                        "Heart Failure": [
                            ["Member ID", "Name", "Enrolled", "NYHA"],
                            ["W620117208", "Wendell Haskins", "2025-09-22", "III"],
                        ],
                        "COPD": [
                            ["Member ID", "Name", "Enrolled"],
                            ["W620400671", "Frieda Oyelaran", "2026-02-02"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Programme outcomes report to client",
        notes="Hard negative: aggregate programme outcomes with A1c and hospital days; no members.",
        frm="Client Reporting <reporting@vitalpathdm.com>",
        to="dr.ayanna.brooks@northwindhealthplan.com",
        subject="2025 annual outcomes - Northwind book",
        body="Dr. Brooks,\n\nHighlights: 2,318 diabetes participants, mean A1c drop 0.9 points; HF admissions per 1,000 down 14%. Full report attached."
        + FOOT,
        atts=(
            Att(
                "VitalPath_2025_outcomes_Northwind.pdf",
                "application/pdf",
                pdf(
                    [
                        "VITALPATH DISEASE MANAGEMENT - 2025 OUTCOMES",
                        "Client: Northwind Health Plan",
                        "Diabetes participants: 2,318   Mean A1c change: -0.9",
                        "Heart failure participants: 611   Admits/1000: -14%",
                        "COPD participants: 402   ED visits/1000: -9%",
                    ],
                    "2025 outcomes",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Health coach message to member about weight and BP",
        notes="Coach email to member's hotmail with first name, weight and blood pressure readings from her connected cuff.",
        frm="Coach Danielle <dvance@vitalpathdm.com>",
        to="priya.sandoval77@hotmail.com",
        subject="Great week, Priya!",
        body="Hi Priya,\n\nYour cuff readings this week averaged 138/86, down from 152/94 when you joined the hypertension program. You're down 6 lb too. Keep taking the lisinopril every morning!\n\nDanielle, Health Coach\nVitalPath for Northwind Health Plan members",
    ),
    Spec(
        phi=False,
        category="Marketing email about programme (no condition implied)",
        notes="Hard negative: general-audience promo for a wellness app sent to the newsletter list; no condition implied about recipients.",
        frm="VitalPath <hello@vitalpathdm.com>",
        to="subscribers@news.vitalpathdm.com",
        subject="Meet your new health coach app",
        body="",
        html="<html><body><h2>Small steps, big changes</h2><p>Track sleep, steps and meals with the VitalPath app. Free for eligible plan members.</p><p><a href='https://vitalpathdm.com/app'>Learn more</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="Alert to care manager about out-of-range glucose",
        notes="Hard positive: escalation naming member by first name + last initial, member ID and glucose value.",
        frm="VitalPath Clinical Alerts <alerts@vitalpathdm.com>",
        to="rokafor@northwindhealthplan.com",
        subject="RED alert - W620263517",
        body="Curtis E. (W620263517) transmitted a fasting glucose of 412 mg/dL at 06:14 and did not answer two calls. Per protocol please outreach today."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Alert protocol document for clients",
        notes="Hard negative: escalation protocol with glucose thresholds; no patient.",
        frm="Clinical Operations <clinops@vitalpathdm.com>",
        to="cm-leads@northwindhealthplan.com",
        subject="Updated alert thresholds v2.3",
        body="Summary: RED alert for glucose > 400 or < 54 mg/dL, weight gain > 3 lb overnight for HF, SpO2 < 88%. Document attached."
        + FOOT,
        atts=(
            Att(
                "alert_protocol_v2.3.docx",
                DOCX,
                docx(
                    [
                        "VitalPath Alert Protocol v2.3",
                        "RED: glucose > 400 or < 54 mg/dL; HF weight gain > 3 lb/24h; SpO2 < 88%",
                        "AMBER: glucose 250-400; weight gain 2-3 lb",
                        "Escalation: plan care manager notified within 1 hour.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 claim file for coaching services",
        notes="Hard positive: X12 837P file with subscriber name, member ID, DOB and diagnosis codes; body is routine.",
        frm="Billing <billing@vitalpathdm.com>",
        to="edi@northwindhealthplan.com",
        subject="837P batch 0316",
        body="Batch 0316 attached, 1 claim.",
        atts=(
            Att(
                "vp_837p_0316.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*VITALPATH      *ZZ*NWHP           *260316*0900*^*00501*000000316*0*P*:~GS*HC*VITALPATH*NWHP*20260316*0900*316*X*005010X222A1~ST*837*0001*005010X222A1~NM1*85*2*VITALPATH DISEASE MANAGEMENT*****XX*1879842643~NM1*IL*1*QUINTERO*MARISOL****MI*W620390022~DMG*D8*19690214*F~CLM*VP0316A*85***11:B:1*Y*A*Y*Y~HI*ABK:E11.9*BF:E66.01~SV1*HC:98960*85*UN*1***1~DTP*472*D8*20260309~SE*10*0001~GE*1*316~IEA*1*000000316~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 835 remittance forwarded to practice",
        notes="Hard positive: 835 payment advice with patient name and claim amount inside .x12 attachment.",
        frm="Billing <billing@vitalpathdm.com>",
        to="billing@amberfieldfamilymed.com",
        subject="ERA for co-managed visits",
        body="Per our co-management agreement, your share of the February remittance is attached.",
        atts=(
            Att(
                "era_feb.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*NWHP           *ZZ*VITALPATH      *260310*1200*^*00501*000000210*0*P*:~ST*835*0001~BPR*I*170*C*ACH~CLP*VP0222B*1*170*170**12*NW2602220098~NM1*QC*1*HASKINS*WENDELL****MI*W620117208~SVC*HC:99490*170*170~DTM*472*20260222~SE*7*0001~IEA*1*000000210~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="X12 270 companion guide test file",
        notes="Hard negative: 270 eligibility test transaction with an explicitly synthetic subscriber (TESTSUB).",
        frm="EDI Support <edi@vitalpathdm.com>",
        to="edi@northwindhealthplan.com",
        subject="270 test file for certification",
        body="Test file for the 270/271 certification. Subscriber is the synthetic TESTSUB record from your companion guide; no real member data.",
        atts=(
            Att(
                "test_270.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*VITALPATH      *ZZ*NWHP           *260312*1000*^*00501*000000900*0*T*:~ST*270*0001*005010X279A1~NM1*IL*1*TESTSUB*SYNTHETIC****MI*TEST00000001~EQ*30~SE*4*0001~IEA*1*000000900~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA care summary to PCP",
        notes="Hard positive: identity and A1c live only inside the C-CDA XML attachment.",
        frm="Clinical Operations <clinops@vitalpathdm.com>",
        to="records@amberfieldfamilymed.com",
        subject="Care summary from VitalPath",
        body="Please file the attached care summary in your EHR." + FOOT,
        atts=(Att("care_summary.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=False,
        category="Coach onboarding packet",
        notes="Hard negative: training deck about motivational interviewing for COPD and HF; no patients.",
        frm="Learning & Development <learning@vitalpathdm.com>",
        to="new-coaches@vitalpathdm.com",
        subject="Week 1 onboarding materials",
        body="Welcome! Attached zip holds your week-1 modules: motivational interviewing, COPD inhaler technique, HF daily weights.",
        atts=(
            Att(
                "onboarding_wk1.zip",
                "application/zip",
                zipped(
                    {
                        "01_motivational_interviewing.txt": "OARS: open questions, affirmations, reflections, summaries.",
                        "02_copd_inhalers.txt": "Check technique at every call; spacer for MDIs.",
                        "03_hf_weights.txt": "Teach: weigh daily same time, report gain > 3 lb.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Zip of remote monitoring readings to cardiology",
        notes="Zip with CSV of named member's daily weights and BP readings sent to a cardiology practice.",
        frm="RPM Team <rpm@vitalpathdm.com>",
        to="hfclinic@amberfieldheart.com",
        subject="RPM readings - Wendell Haskins",
        body="Per Dr. Osei's request, 30 days of RPM data for Wendell Haskins (HF programme) attached. Weight up 4.2 lb since 3/10."
        + FOOT,
        atts=(
            Att(
                "haskins_rpm_30d.zip",
                "application/zip",
                zipped(
                    {
                        "readings.csv": "date,weight_lb,sbp,dbp,hr\n2026-03-10,211.4,128,78,72\n2026-03-13,213.0,134,80,75\n2026-03-15,215.6,141,84,81\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Security questionnaire response to prospect",
        notes="Vendor security answers for a prospective client; no member data.",
        frm="Security & Compliance <security@vitalpathdm.com>",
        to="procurement@greatlakescarehmo.com",
        subject="Completed security questionnaire",
        body="Attached is our completed questionnaire. Highlights: SOC 2 Type II, AES-256 at rest, TLS 1.2+, MFA for all admins, annual pen test."
        + FOOT,
        atts=(
            Att(
                "VitalPath_SIG_lite.xlsx",
                XLSX,
                xlsx(
                    {
                        "Controls": [
                            ["Domain", "Answer"],
                            ["Encryption at rest", "AES-256"],
                            ["MFA", "Yes"],
                        ],
                        "Evidence": [
                            ["Document", "Date"],
                            ["SOC 2 Type II", "2025-12-01"],
                            ["Pen test", "2026-01-20"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded member complaint to plan",
        notes="Forward of a member's own email (rfc822) describing her COPD flare and coach complaint.",
        frm="Member Experience <experience@vitalpathdm.com>",
        to="grievances@northwindhealthplan.com",
        subject="FW: complaint about coaching",
        body="Forwarding per our grievance-sharing obligation. Member is Frieda Oyelaran, W620400671.",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Frieda Oyelaran <frieda.oyelaran@gmail.com>",
            to="support@vitalpathdm.com",
            subject="Stop calling during my nebulizer treatments",
            body="Your coach calls me at 8 am every day right when I'm doing my nebulizer. I was in the ER last week for a COPD flare and I don't need more stress.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor newsletter",
        notes="Hard negative: forwarded industry newsletter about CMS chronic care rules; no individual.",
        frm="Margot Ellery <mellery@vitalpathdm.com>",
        to="clinops@vitalpathdm.com",
        subject="FW: CMS finalizes CCM code changes",
        body="FYI - relevant to our billing of 99490/99439.",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Health Policy Brief <brief@healthpolicywire.com>",
            to="mellery@vitalpathdm.com",
            subject="CMS finalizes CCM code changes",
            body="CMS finalized changes to chronic care management codes for 2026, including revised time thresholds for 99439.",
        ),
    ),
    Spec(
        phi=True,
        category="Genetic counselling referral for familial hypercholesterolemia",
        notes="Member's name, LDL value and suspected familial hypercholesterolemia sent to genetics clinic.",
        frm="Dr. Hollis Brandvold <hbrandvold@vitalpathdm.com>",
        to="genetics@statecollegemedicine.edu",
        subject="Referral: suspected FH",
        body="Colleagues,\n\nReferring Anneliese Dworkin (DOB 04/02/1988) from our cardiometabolic programme: LDL 247 mg/dL on atorvastatin 80, tendon xanthomas, father had MI at 44. Requesting genetic testing for LDLR/APOB/PCSK9.\n\nHollis Brandvold, MD, Medical Director\nNPI: 1924847563"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Medical director bio for client newsletter",
        notes="Hard negative: clinician bio listing diseases he treats and his NPI; no patient.",
        frm="Marketing <marketing@vitalpathdm.com>",
        to="newsletter@northwindhealthplan.com",
        subject="Bio for your provider spotlight",
        body="Dr. Hollis Brandvold, MD (NPI: 1924847563), is VitalPath's Medical Director. Board-certified in internal medicine and lipidology, he has treated familial hypercholesterolemia, diabetes and heart failure for 20 years.",
    ),
    Spec(
        phi=True,
        category="Substance use programme consent status to plan",
        notes="Hard positive: Part 2 SUD treatment status (buprenorphine) for a named member; stricter than HIPAA.",
        frm="Recovery Support <recovery@vitalpathdm.com>",
        to="bh-cm@northwindhealthplan.com",
        subject="Consent on file - Ostrowski",
        body="We received the signed 42 CFR Part 2 consent for Dariusz Ostrowski (W620844109). He remains in our OUD recovery coaching track on buprenorphine-naloxone 8/2 mg; last peer contact 3/14."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="42 CFR Part 2 consent form template",
        notes="Hard negative: blank Part 2 consent template with placeholder fields.",
        frm="Recovery Support <recovery@vitalpathdm.com>",
        to="bh-cm@northwindhealthplan.com",
        subject="Blank Part 2 consent template (rev. 2026)",
        body="Updated blank consent template attached; fields are [Patient Name], [DOB], [Program], [Recipient].",
        atts=(
            Att(
                "Part2_consent_template_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "VITALPATH DISEASE MANAGEMENT",
                        "CONSENT FOR DISCLOSURE OF SUBSTANCE USE DISORDER RECORDS (42 CFR PART 2)",
                        "Patient Name: ____________  Date of Birth: ________",
                        "I authorize VitalPath to disclose to: ____________",
                        "Purpose: care coordination. Expires: ________",
                    ],
                    "Part 2 consent template",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Weekly HTML digest to coach with member names",
        notes="HTML-only digest listing members with missed readings and their conditions sent to a coach's personal gmail.",
        frm="VitalPath Digest <digest@vitalpathdm.com>",
        to="danielle.vance.coach@gmail.com",
        subject="Your members needing follow-up",
        body="",
        html="<html><body><p>Members with no readings in 5+ days:</p><table><tr><td>Marisol Quintero</td><td>Diabetes</td><td>W620390022</td></tr><tr><td>Priya Sandoval</td><td>Hypertension</td><td>W620551873</td></tr></table></body></html>",
    ),
    Spec(
        phi=False,
        category="Coach scheduling digest HTML",
        notes="Hard negative: HTML staffing digest with coach names and shift counts only.",
        frm="VitalPath Digest <digest@vitalpathdm.com>",
        to="coaches@vitalpathdm.com",
        subject="Next week's coaching shifts",
        body="",
        html="<html><body><p>Shifts week of 3/23:</p><ul><li>Danielle Vance - 5 shifts</li><li>Omar Haddad - 4 shifts</li><li>Sun-hee Park - 5 shifts (Korean line)</li></ul></body></html>",
    ),
    Spec(
        phi=True,
        category="Device shipment to member with device serial",
        notes="Shipping confirmation to member's personal mail with name, address, CGM device serial and diabetes programme.",
        frm="Device Logistics <devices@vitalpathdm.com>",
        to="m.quintero.home@yahoo.com",
        subject="Your continuous glucose monitor has shipped",
        body="Marisol Quintero\n1942 Fenwick Ave, Amberfield OH 44719\n\nYour CGM starter kit for the VitalPath Diabetes Program shipped today. Reader serial DX7-40418832. Apply the sensor on the back of your upper arm.\n\nQuestions? 555-0159",
    ),
    Spec(
        phi=False,
        category="Device recall notice to clients",
        notes="Hard negative: manufacturer lot recall notice with lot numbers, no members.",
        frm="Device Logistics <devices@vitalpathdm.com>",
        to="cm-leads@northwindhealthplan.com",
        subject="Voluntary recall: BP cuff lot BPX-2211",
        body="The manufacturer recalled BP cuffs from lot BPX-2211 (inflation valve). We will proactively replace affected cuffs; no action needed by plan staff. Affected units: 143 across all clients.",
    ),
    Spec(
        phi=True,
        category="Coach note to spouse about missed insulin",
        notes="Hard positive: first name plus relationship and insulin/hypoglycemia details to spouse's personal address.",
        frm="Coach Omar <ohaddad@vitalpathdm.com>",
        to="linda.engebretsen@aol.com",
        subject="Following up about Curtis",
        body="Hi Linda,\n\nThanks for picking up yesterday. As Curtis asked, I'm writing down the plan: take the Lantus 28 units at bedtime even if he skipped dinner, and check sugar at 3 am twice this week because of the low he had Sunday. Call me at 555-0161 with readings.\n\nOmar",
    ),
    Spec(
        phi=False,
        category="Reply to spouse declining to discuss without authorization",
        notes="Hard negative: reply refusing to share anything and disclosing no health information or enrolment.",
        frm="Member Support <support@vitalpathdm.com>",
        to="r.kessler1961@gmail.com",
        subject="RE: question about my wife",
        body="Dear Mr. Kessler,\n\nThank you for your message. We are not able to confirm whether any person participates in our programs or share any information without a signed authorization from that person. She is welcome to call us at 555-0158.\n\nVitalPath Member Support",
    ),
    Spec(
        phi=True,
        category="Scanned enrolment form text to plan",
        notes="Hard positive: OCR-style scanned form text with name, DOB, phone and asthma diagnosis.",
        frm="Enrollment <enroll@vitalpathdm.com>",
        to="cm-ops@northwindhealthplan.com",
        subject="scan 0316-07 unreadable fields",
        body="OCR of the paper form below; two fields unreadable, can you confirm from your system?\n\n---- OCR ----\nPROGRAM ENRO LLMENT  F0RM\nName: H0LLAND, Jer3miah   DOB 1O/O7/2009\nParent/guardian: Tanya Holland   Ph 555-0176\nCondition: [X] Asthma  [ ] Diabetes  [ ] HF\nControIler med: fluticasone 110 mcg ????\n---- end ----",
    ),
    Spec(
        phi=False,
        category="Blank enrolment form",
        notes="Hard negative: blank enrolment form with condition checkboxes and no entries.",
        frm="Enrollment <enroll@vitalpathdm.com>",
        to="frontdesk@amberfieldfamilymed.com",
        subject="Enrollment forms for your waiting room",
        body="Attached is the blank enrollment form (Condition: [ ] Asthma [ ] Diabetes [ ] HF [ ] COPD). Patients can fax it to 555-0160.",
        atts=(
            Att(
                "enrollment_form_blank.pdf",
                "application/pdf",
                pdf(
                    [
                        "VITALPATH PROGRAM ENROLLMENT FORM",
                        "Name: ______________  DOB: __________  Phone: __________",
                        "Condition: [ ] Asthma [ ] Diabetes [ ] Heart failure [ ] COPD",
                        "Signature: ______________",
                    ],
                    "Enrollment form",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pharmacist MTM recommendation letter",
        notes="Medication therapy review letter naming member and recommending changes to her regimen.",
        frm="Clinical Pharmacy <pharmacy@vitalpathdm.com>",
        to="dr.yusuf@amberfieldfamilymed.com",
        subject="MTM recommendations",
        body="Dr. Yusuf, recommendations for your patient attached.",
        atts=(
            Att(
                "MTM_Sandoval_Priya.docx",
                DOCX,
                docx(
                    [
                        "VitalPath Comprehensive Medication Review",
                        "Patient: Priya Sandoval   DOB 12/21/1979",
                        "Current: lisinopril 20 mg daily, HCTZ 25 mg daily, ibuprofen PRN",
                        "Recommendation: stop daily ibuprofen (BP elevation); consider amlodipine if SBP > 135.",
                        "Pharmacist: Noor Abadi, PharmD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Invoice to health plan (PMPM)",
        notes="PMPM invoice with member counts only.",
        frm="Billing <billing@vitalpathdm.com>",
        to="ap@northwindhealthplan.com",
        subject="Invoice VP-2026-0302",
        body="Invoice VP-2026-0302 attached: 3,331 engaged members x $11.40 PMPM = $37,973.40. Net 30.",
        atts=(
            Att(
                "VP-2026-0302.csv",
                "text/csv",
                "program,engaged_members,pmpm,amount\nDiabetes,2318,11.40,26425.20\nHeart failure,611,11.40,6965.40\nCOPD,402,11.40,4582.80\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Diagnosis in subject line only",
        notes="Hard positive: subject names member with HIV viral load; body is just 'see subject'.",
        frm="Dr. Hollis Brandvold <hbrandvold@vitalpathdm.com>",
        to="idclinic@riverbendinfectious.com",
        subject="Tomasz Wierzbicki - HIV VL detectable again, can you see him sooner?",
        body="See subject. Thanks.",
    ),
    Spec(
        phi=False,
        category="Conference abstract submission",
        notes="Hard negative: research abstract with aggregate results on HIV adherence coaching; no individual.",
        frm="Research <research@vitalpathdm.com>",
        to="abstracts@populationhealthsummit.org",
        subject="Abstract: phone coaching and HIV viral suppression",
        body="Title: Telephonic coaching and viral suppression in a commercial population.\nMethods: retrospective cohort, n=1,204.\nResults: viral suppression 88% vs 79% (p<0.01).\nAuthors: H. Brandvold, N. Abadi.",
    ),
    Spec(
        phi=True,
        category="Wrong-recipient correction with member details",
        notes="Follow-up to a misdirected mail, repeating the member's name and kidney disease stage to a personal address.",
        frm="Privacy Officer <privacy@vitalpathdm.com>",
        to="jdoughty.personal@outlook.com",
        subject="Please delete our earlier email",
        body="Dear Mr. Doughty,\n\nAn email about our member Violet Abernathy and her stage 4 chronic kidney disease lab results was sent to you in error on March 13. Please delete it and reply to confirm.\n\nVitalPath Privacy Office",
    ),
    Spec(
        phi=False,
        category="Incident summary to client privacy office without identifiers",
        notes="Hard negative: breach notification summary with counts and categories of data, no individuals named.",
        frm="Privacy Officer <privacy@vitalpathdm.com>",
        to="privacy@northwindhealthplan.com",
        subject="Incident VP-IR-2026-04 summary",
        body="Summary for your records: on 3/13 one email containing lab results for one member was sent to an unintended external recipient, who confirmed deletion 3/16. Risk assessment: low probability of compromise. No further notification required.",
    ),
    Spec(
        phi=False,
        category="Coach time-off request",
        notes="HR leave request from a coach mentioning her own FMLA paperwork; employment record, no member data.",
        frm="Sun-hee Park <spark@vitalpathdm.com>",
        to="hr@vitalpathdm.com",
        subject="Leave request April 6-20",
        body="Hi HR, I'd like to request leave April 6-20. I will send the FMLA paperwork from my doctor this week. Thanks, Sun-hee",
    ),
    Spec(
        phi=False,
        category="Data feed file layout",
        notes="Hard negative: eligibility file layout with column names and a fake example row labelled sample.",
        frm="EDI Support <edi@vitalpathdm.com>",
        to="integration@northwindhealthplan.com",
        subject="Eligibility file layout v5",
        body="Layout attached. Example row uses dummy values (SAMPLE, MEMBER / 1900-01-01).",
        atts=(
            Att(
                "elig_layout_v5.csv",
                "text/csv",
                "field,type,length,example\nmember_id,char,10,W000000000\nlast_name,char,35,SAMPLE\nfirst_name,char,25,MEMBER\ndob,date,8,19000101\nprogram_code,char,4,DM01\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Coach call log for dispute",
        notes="Call log text file showing named member's depression and hospital stay, sent to plan's appeals.",
        frm="Member Experience <experience@vitalpathdm.com>",
        to="appeals@northwindhealthplan.com",
        subject="Call log requested for AG26-0398",
        body="Call log attached.",
        atts=(
            Att(
                "calllog_AG26-0398.txt",
                "text/plain",
                "Member: Wendell Haskins W620117208\n2026-02-02 coach call 14 min; reports low mood, PHQ-2 4\n2026-02-09 no answer\n2026-02-16 member at Mercy Amberfield, admitted for HF exacerbation\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Thank-you note to partner clinic",
        notes="Courtesy email with no patient content.",
        frm="Margot Ellery <mellery@vitalpathdm.com>",
        to="office@amberfieldfamilymed.com",
        subject="Thank you!",
        body="Thanks for hosting our lunch-and-learn last week. The team loved the tour. Hope to see you at the spring summit!\n\nMargot",
        atts=(Att("group_photo_lunch.png", "image/png", png(10, 6, (220, 200, 90))),),
    ),
]
