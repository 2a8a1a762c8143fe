"""GlobeGuard Student Travel Insurance (study-abroad medical plan) outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import GGS, Att, Spec

SIG = "\n\nGlobeGuard Student Travel Insurance\n1200 Harbor Point Blvd, Suite 700, Baltimore, MD 21230 | +1 410-555-0163\nUnderwritten by Meridian Casualty Co. This e-mail and any attachments are confidential."

X12_835 = (
    "ISA*00*          *00*          *ZZ*GLOBEGUARD     *ZZ*MEDITRUSTTPA   *260306*1015*^*00501*000008501*0*P*:~"
    "GS*HP*GLOBEGUARD*MEDITRUST*20260306*1015*8501*X*005010X221A1~ST*835*0001~"
    "BPR*I*4210.55*C*ACH*CCP*01*021000021*DA*44017700*1580442190**01*026009593*DA*77120045*20260310~"
    "TRN*1*GG835-260306-01*1580442190~N1*PR*GLOBEGUARD STUDENT TRAVEL~N1*PE*POLICLINICO SAN MATTEO*XX*1733606390~"
    "CLP*GGC2602119*1*4980.00*4210.55*0*12*GG26A0044*21*1~NM1*QC*1*ABERNATHY*COLE****MI*GG-4402917~"
    "DTM*232*20260214~SVC*HC:44970*4980.00*4210.55**1~CAS*CO*45*769.45~SE*11*0001~GE*1*8501~IEA*1*000008501~"
)
X12_271 = (
    "ISA*00*          *00*          *ZZ*GLOBEGUARD     *ZZ*RMUSHC         *260309*0902*^*00501*000002711*0*P*:~"
    "GS*HB*GLOBEGUARD*RMUSHC*20260309*0902*2711*X*005010X279A1~ST*271*0001*005010X279A1~"
    "BHT*0022*11*RQ77120*20260309*0902~HL*1**20*1~NM1*PR*2*GLOBEGUARD STUDENT TRAVEL*****PI*GGST1~"
    "HL*2*1*21*1~NM1*1P*2*RIDGEMONT STUDENT HEALTH*****XX*1693844940~HL*3*2*22*0~"
    "NM1*IL*1*SOLANO*VALERIA****MI*GG-4415530~DMG*D8*20050611*F~DTP*291*D8*20260309~"
    "EB*1*IND*30^MH*HM*Mental health outpatient~EB*C*IND*30**23*250.00~SE*12*0001~GE*1*2711~IEA*1*000002711~"
)
X12_270_TEST = (
    "ISA*00*          *00*          *ZZ*GLOBEGUARD     *ZZ*AVAILITYTEST   *260310*1400*^*00501*000000001*0*T*:~"
    "GS*HS*GLOBEGUARD*AVAILITY*20260310*1400*1*X*005010X279A1~ST*270*0001*005010X279A1~"
    "BHT*0022*13*TEST0001*20260310*1400~HL*1**20*1~NM1*PR*2*GLOBEGUARD TEST PAYER*****PI*GGTEST~"
    "HL*2*1*21*1~NM1*1P*2*TEST PROVIDER*****XX*1214306742~HL*3*2*22*0~"
    "NM1*IL*1*TESTMEMBER*ALPHA****MI*GG-TEST0001~DMG*D8*19990101*U~EQ*30~SE*11*0001~GE*1*1~IEA*1*000000001~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="X12 835 remittance to overseas TPA",
        notes="Hard positive: X12 835 remittance naming the member, member ID and appendectomy CPT paid to an Italian hospital; body is a one-line transmittal.",
        frm=f"EDI Operations <edi@{GGS}>",
        to="edi@meditrust-tpa.eu",
        subject="835 remittance 8501",
        body="835 for ACH 2026-03-10 attached." + SIG,
        atts=(Att("GG_835_8501.x12", "application/EDI-X12", X12_835),),
    ),
    Spec(
        phi=True,
        category="X12 271 eligibility response to student health",
        notes="X12 271 eligibility response naming a member with DOB and mental health outpatient benefits, sent to the campus health centre.",
        frm=f"EDI Operations <edi@{GGS}>",
        to="billing@health.ridgemont.edu",
        subject="Eligibility response - batch RQ77120",
        body="Attached is the 271 for your eligibility request this morning. The member returned from Santiago early and coverage under the study-abroad plan runs through 6/30."
        + SIG,
        atts=(Att("GG_271_RQ77120.x12", "application/EDI-X12", X12_271),),
    ),
    Spec(
        phi=False,
        category="X12 270 test file with test member",
        notes="Hard negative: X12 270 file in test mode (usage indicator T) for a declared test member TESTMEMBER sent for clearinghouse certification.",
        frm=f"EDI Operations <edi@{GGS}>",
        to="certification@availity-partner-test.com",
        subject="Certification test 270 (usage indicator T, synthetic data)",
        body="Hi certification team,\n\nAttached is our 270 test file for the 005010X279A1 certification. All data is synthetic (TESTMEMBER ALPHA, GG-TEST0001) and ISA15 is T. Please send the 999 and test 271 back to this address.\n\nQuinn Harlow, EDI Analyst"
        + SIG,
        atts=(Att("GG_270_certtest.x12", "application/EDI-X12", X12_270_TEST),),
    ),
    Spec(
        phi=True,
        category="EOB PDF for appendectomy abroad to member",
        notes="EOB PDF to a member's personal mailbox with name, member ID, laparoscopic appendectomy in Pavia and amounts paid.",
        frm=f"Claims <claims@{GGS}>",
        to="cole.abernathy03@gmail.com",
        subject="Your Explanation of Benefits is ready",
        body="Hi Cole, we've processed the claim from your hospital stay in Italy; your EOB is attached. You owe nothing further.\n\nGlobeGuard Claims"
        + SIG,
        atts=(
            Att(
                "EOB_GGC2602119.pdf",
                "application/pdf",
                pdf(
                    [
                        "GLOBEGUARD STUDENT TRAVEL INSURANCE - EXPLANATION OF BENEFITS",
                        "Member: Cole Abernathy   Member ID GG-4402917",
                        "Provider: Policlinico San Matteo, Pavia, Italy",
                        "Service 02/14/2026: Laparoscopic appendectomy (CPT 44970)",
                        "Billed EUR 4,600 (USD 4,980.00)  Allowed 4,210.55  Paid 4,210.55",
                        "Member responsibility: 0.00",
                    ],
                    "EOB",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Pre-departure plan brochure PDF",
        notes="Plan brochure PDF for a study-abroad office describing benefits and how to find care; no member.",
        frm=f"Partner Services <partners@{GGS}>",
        to="studyabroad@ridgemont.edu",
        subject="Updated pre-departure brochure for fall cohorts",
        body="Hi Lena, the fall 2026 brochure is attached for your pre-departure sessions." + SIG,
        atts=(
            Att(
                "GG_predeparture_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "GLOBEGUARD STUDENT TRAVEL - BEFORE YOU GO",
                        "Medical: $500,000 per illness/injury, $0 deductible at network clinics",
                        "Evacuation and repatriation: 100%, must be arranged by GlobeGuard Assist",
                        "Mental health: 20 outpatient visits, telehealth in 14 languages",
                        "24/7 assistance: +1 410-555-0163 (collect calls accepted)",
                    ],
                    "Before you go",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Evacuation coordination for suspected malaria",
        notes="Member name, ID, hotel location and suspected malaria with lab values sent to the assistance partner for evacuation planning.",
        frm=f"GlobeGuard Assist <assist@{GGS}>",
        to="ops-africa@medairlift-partners.com",
        subject="URGENT case GA-26-0318 - assessment for medevac",
        body="Ops,\n\nMember Tendai Mbeki-Ross (GG-4409981), 21, study-abroad student in Kisumu, Kenya. Presented to Aga Khan Kisumu today with fever 39.8 C and rigors; RDT positive for P. falciparum, parasitaemia 4%, platelets 62. Treating team recommends transfer to Nairobi. Currently at Acacia Guest House, room 7. Please quote air ambulance for tonight and confirm a flight nurse.\n\nDr. Imani Ford, Medical Director on call"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Dengue travel health advisory with case counts",
        notes="Hard negative: regional dengue advisory for study-abroad advisers with national case counts and prevention tips; no member.",
        frm=f"GlobeGuard Assist <assist@{GGS}>",
        to="partner-advisers@lists.globeguardstudent.com",
        subject="Health advisory: dengue in Central America",
        body="Advisers,\n\nCosta Rica and Honduras have reported over 38,000 dengue cases so far this year. Please remind students in those programmes to use DEET or picaridin, sleep under screens, and seek care for fever with eye pain or rash. Avoid ibuprofen until dengue is ruled out.\n\nGlobeGuard Assist Medical Team"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Monthly claims bordereau CSV to university risk office",
        notes="CSV claims listing to a university risk office with members' names, countries, diagnoses and amounts paid; more than minimum necessary.",
        frm=f"Account Management <accounts@{GGS}>",
        to="risk.management@ridgemont.edu",
        subject="February claims listing - Ridgemont group",
        body="Hi Tom, the February claims listing for group GG26A is attached as usual." + SIG,
        atts=(
            Att(
                "GG26A_claims_feb2026.csv",
                "text/csv",
                "member_id,member,country,dos,diagnosis,paid_usd\nGG-4402917,Cole Abernathy,Italy,2026-02-14,K35.80 acute appendicitis,4210.55\nGG-4413062,Priya Raman,Japan,2026-02-20,F32.1 depressive episode,640.00\nGG-4418844,Luca Brandt,Spain,2026-02-25,S93.401A ankle sprain,312.40\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate claims by country CSV",
        notes="Hard negative: claim counts and paid totals by country for a university's group with small cells suppressed; aggregate only, no members.",
        frm=f"Account Management <accounts@{GGS}>",
        to="studyabroad@ridgemont.edu",
        subject="Annual claims summary for your renewal meeting",
        body="Lena, here's the aggregate summary you can share with the committee. Counts under 11 are suppressed and nothing in it identifies a student."
        + SIG,
        atts=(
            Att(
                "GG26A_claims_summary_2025.csv",
                "text/csv",
                "country,claims,outpatient,inpatient,paid_usd\nItaly,41,37,<11,38210\nSpain,29,28,<11,17880\nJapan,18,17,<11,9920\nOther,33,31,<11,26450\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Enrolment census with medical rider column",
        notes="Hard positive: multi-sheet enrolment census listing members' names, DOBs, member IDs and which have a pre-existing condition rider (asthma, diabetes).",
        frm=f"Enrollment <enrollment@{GGS}>",
        to="studyabroad@ridgemont.edu",
        subject="Census reconciliation - spring term",
        body="Please reconcile the attached census against your departure list. Sheet 2 shows riders."
        + SIG,
        atts=(
            Att(
                "GG26A_census_spring.xlsx",
                XLSX,
                xlsx(
                    {
                        "Census": [
                            ["Member ID", "Name", "DOB", "Program"],
                            ["GG-4415530", "Valeria Solano", "2005-06-11", "Santiago"],
                            ["GG-4416102", "Ahmed Farouk", "2004-12-02", "Amman"],
                            ["GG-4416987", "Mei Tanaka-Hill", "2005-03-30", "Kyoto"],
                        ],
                        "Riders": [
                            ["Member ID", "Rider", "Condition"],
                            ["GG-4416102", "PEC-2", "Type 1 diabetes"],
                            ["GG-4416987", "PEC-1", "Asthma"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Benefit schedule and rate workbook",
        notes="Hard negative: multi-sheet benefit schedule and premium rate table listing conditions covered (maternity, mental health) for a quote; no member.",
        frm=f"Sales <sales@{GGS}>",
        to="procurement@carrowaycollege.edu",
        subject="Quote 26-0112: study abroad medical plan",
        body="Thanks for the RFP. Our benefits and rates are attached, valid 60 days." + SIG,
        atts=(
            Att(
                "Quote_26-0112.xlsx",
                XLSX,
                xlsx(
                    {
                        "Benefits": [
                            ["Benefit", "Limit"],
                            ["Medical max", "$500,000"],
                            ["Mental health outpatient", "20 visits"],
                            ["Maternity complications", "Covered"],
                            ["Pre-existing conditions", "Covered after 0 days"],
                        ],
                        "Rates": [
                            ["Trip length", "Monthly premium"],
                            ["1-3 months", 42.5],
                            ["4-6 months", 39.0],
                            ["7-12 months", 36.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Prior authorization approval for knee MRI",
        notes="Reply to member's personal mailbox approving MRI of the knee for suspected meniscus tear in Sydney with auth number.",
        frm=f"Utilization Review <ur@{GGS}>",
        to="liam.oconnell.abroad@outlook.com",
        subject="Re: MRI approval?",
        body="Hi Liam,\n\nGood news - the MRI of your left knee ordered by Dr. Whitlam at Sydney Sports Medicine is approved (auth GA-PA-77031) for suspected medial meniscus tear. Bring your GlobeGuard card (GG-4410288); the clinic bills us directly.\n\nUR Nurse Team\n\n> Can you tell me if the MRI is covered? I hurt my knee playing footy."
        + SIG,
    ),
    Spec(
        phi=False,
        category="HTML-only marketing to study-abroad advisers",
        notes="HTML-only marketing email about a new telehealth feature; no individual or condition segmentation.",
        frm=f"GlobeGuard News <news@{GGS}>",
        to="advisers@studyabroad-professionals.org",
        subject="New: 24/7 counseling in 14 languages for your students",
        body="",
        html="<html><body><h1>Counseling wherever they study</h1><p>Starting fall 2026, every GlobeGuard plan includes 24/7 video counseling in 14 languages at no cost to students.</p><p><a href='https://globeguardstudent.com/advisers'>See the adviser toolkit</a></p><p style='font-size:10px'>Unsubscribe | GlobeGuard Student Travel Insurance, Baltimore MD</p></body></html>",
    ),
    Spec(
        phi=True,
        category="FHIR Claim resource for outpatient visit",
        notes="Hard positive: body has no member; FHIR Claim JSON names the member, member ID and otitis media diagnosis sent to a partner clinic network for repricing.",
        frm=f"Claims Integration <integration@{GGS}>",
        to="api-support@europaclinicnet.eu",
        subject="Repricing request - claim GGC2603044",
        body="Please reprice the attached claim per our network agreement and return a ClaimResponse."
        + SIG,
        atts=(
            Att(
                "claim_GGC2603044.json",
                "application/fhir+json",
                '{"resourceType": "Claim", "id": "GGC2603044", "status": "active", "use": "claim",'
                ' "patient": {"display": "Hannah Sorensen", "identifier": {"system": "https://globeguardstudent.com/member", "value": "GG-4417205"}},'
                ' "created": "2026-03-05", "provider": {"display": "Clinique du Parc, Lyon"},'
                ' "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "H66.91", "display": "Otitis media, right ear"}]}}],'
                ' "total": {"value": 85.0, "currency": "EUR"}}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR synthetic test bundle for API onboarding",
        notes="Hard negative: FHIR bundle of Synthea-style synthetic test patients sent for API onboarding, declared not real.",
        frm=f"Claims Integration <integration@{GGS}>",
        to="api-support@europaclinicnet.eu",
        subject="Sandbox test data (synthetic) for API onboarding",
        body="As promised, a small synthetic bundle for your sandbox. These patients are generated test data - no real members - and IDs use our TEST- prefix."
        + SIG,
        atts=(
            Att(
                "sandbox_synthetic_bundle.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "meta": {"tag": [{"code": "SYNTHETIC", "display": "synthetic test data"}]}, "entry": ['
                '{"resource": {"resourceType": "Patient", "id": "TEST-0001", "name": [{"family": "Testperson", "given": ["Sandbox"]}], "birthDate": "2000-01-01"}},'
                '{"resource": {"resourceType": "Coverage", "id": "TEST-COV-1", "status": "active", "beneficiary": {"reference": "Patient/TEST-0001"}}}]}\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Nurse line call notes TXT to assistance partner",
        notes="Hard positive: body is generic; TXT export of nurse advice line calls with members' names, IDs, symptoms and dispositions sent to the assistance partner.",
        frm=f"Nurse Advice Line <nurseline@{GGS}>",
        to="handoff@asiacare-assistance.com",
        subject="Overnight handoff - APAC",
        body="Handoff notes for the APAC region attached; two cases need follow-up calls at 09:00 local."
        + SIG,
        atts=(
            Att(
                "handoff_apac_0309.txt",
                "text/plain",
                "GLOBEGUARD NURSE LINE HANDOFF 2026-03-09\n\n1) Priya Raman GG-4413062 Tokyo - panic attacks, no SI, booked tele-psych 3/10 08:00 JST. F/U call.\n2) Daniel Yoon GG-4414470 Seoul - vomiting x2 days, mild dehydration, advised Severance Hospital intl clinic. F/U call.\n3) Amara Obi GG-4411309 Singapore - UTI sx, e-Rx nitrofurantoin via partner pharmacy. Closed.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SFTP key rotation instructions TXT",
        notes="SFTP key rotation instructions in a text attachment to a partner's IT team; no member data.",
        frm=f"IT Security <itsecurity@{GGS}>",
        to="it@asiacare-assistance.com",
        subject="SFTP host key rotation on March 21",
        body="Details attached. Please update known_hosts before the cutover." + SIG,
        atts=(
            Att(
                "sftp_rotation_0321.txt",
                "text/plain",
                "Host: sftp.globeguardstudent.com (port 22)\nNew ED25519 fingerprint: SHA256:q7T0mZ1eR4vK8hX2pW9cL5nB3yD6fJ0aG1sU4iO7kE8\nCutover: 2026-03-21 02:00 UTC\nOld RSA key removed: 2026-04-04\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pharmacy receipt image named after member",
        notes="Hard positive: reimbursement note whose PNG receipt file name carries the member's surname and the medicine; member ID in body.",
        frm=f"Claims <claims@{GGS}>",
        to="reimbursements@meditrust-tpa.eu",
        subject="Reimbursement - GG-4412775",
        body="Please process reimbursement for member GG-4412775, receipt image attached (PEN 186.00). Translate if needed."
        + SIG,
        atts=(
            Att(
                "okonkwo_receipt_botica_lima_azithromycin.png",
                "image/png",
                png(10, 6, (240, 240, 230)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Broker meeting note with logo image",
        notes="Broker meeting follow-up with a logo image attachment; business only.",
        frm=f"Sales <sales@{GGS}>",
        to="j.park@harborlinebrokers.com",
        subject="Great meeting today - next steps",
        body="Jae, thanks for your time. As discussed, we'll send co-branded materials by Friday - our logo file is attached for your designer.\n\nMarisa Clarke, VP Sales"
        + SIG,
        atts=(Att("globeguard_logo.png", "image/png", png(12, 4, (0, 70, 140))),),
    ),
    Spec(
        phi=True,
        category="Forwarded overseas clinic invoice to claims",
        notes="Forwards a Spanish clinic's e-mailed invoice naming the member, diagnosis and services to the claims team.",
        frm=f"GlobeGuard Assist <assist@{GGS}>",
        to=f"claims-intake@{GGS}",
        subject="Fwd: Factura paciente Brandt",
        body="Claims, please set up a claim for the forwarded invoice. Member is Luca Brandt, GG-4418844; GOP was issued 2/25."
        + SIG,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Facturacion <facturacion@clinicasalvora.es>",
            to=f"assist@{GGS}",
            subject="Factura paciente Brandt",
            body="Adjuntamos factura F-2026-0418 por la atención de Luca Brandt (pasaporte US) el 25/02/2026: esguince de tobillo, radiografía y férula. Importe 289,00 EUR.",
            charset="iso-8859-1",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded phishing report to IT",
        notes="Hard negative: forwards a phishing email that mimics a denied-claim notice to IT security; no real member or claim.",
        frm=f"Claims <claims@{GGS}>",
        to=f"phishing@{GGS}",
        subject="Fwd: [EXTERNAL] Your claim has been DENIED - action required",
        body="Reporting - spoofs our brand. Not a real claim; the 'member' name doesn't exist in our system."
        + SIG,
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="GlobeGuard Claims <claims@globeguard-student-secure.co>",
            to=f"claims@{GGS}",
            subject="Your claim has been DENIED - action required",
            body="Dear Member, your recent claim was denied. To avoid cancellation, verify your card at http://globeguard-verify.co/login within 24 hours.",
        ),
    ),
    Spec(
        phi=True,
        category="Medicare coordination for faculty leader",
        notes="Hard positive: coordination-of-benefits request with a 67-year-old faculty leader's name, Medicare MBI and cardiology hospital stay abroad.",
        frm=f"Coordination of Benefits <cob@{GGS}>",
        to="cob.unit@pinnaclemedicaresupp.com",
        subject="COB inquiry - faculty program leader",
        body="Hello,\n\nWe covered an inpatient stay in Athens (2/18-2/22/2026, NSTEMI, coronary angiography) for a faculty programme leader enrolled in our group plan:\n\nName: Robert Galloway, age 67\nMBI: 3HW8-RK4-JT62\nGlobeGuard ID: GG-4400815\n\nPlease confirm whether your Medigap plan has foreign travel emergency coverage for this period.\n\nCOB Unit"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Group premium invoice",
        notes="Hard negative: group premium invoice to a university with enrollment count and a member-ID-like group policy number; no individual.",
        frm=f"Billing <billing@{GGS}>",
        to="ap@ridgemont.edu",
        subject="Invoice GG26A-0301 - spring premiums",
        body="Ridgemont University, group policy GG26A-000214\n\nSpring 2026 premiums: 214 enrolled travellers x avg 4.2 months = $35,826.40\nDue 4/5/2026. Remit by ACH to the account on file."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Medical repatriation after femur fracture",
        notes="Repatriation logistics naming the member, his femur fracture surgery and receiving US hospital, sent to his mother.",
        frm=f"GlobeGuard Assist <assist@{GGS}>",
        to="margaret.ellery@aol.com",
        subject="Travel plan for Jack's flight home",
        body="Dear Mrs. Ellery,\n\nJack's orthopaedic team in Innsbruck has cleared him to fly after the intramedullary nailing of his left femur. He'll travel Thursday on LH 426 (business class, leg extended) with our flight nurse, and an ambulance will take him from BWI to Union Memorial, where Dr. Patel's team is expecting him.\n\nCase manager: Rafael Ortiz, +1 410-555-0163 ext 4"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Claims adjuster job posting reply to candidate",
        notes="Reply to a job candidate's personal address about a claims adjuster position; no health information about anyone.",
        frm=f"Talent <careers@{GGS}>",
        to="simone.achterberg@gmail.com",
        subject="Re: Claims Examiner II application",
        body="Hi Simone,\n\nThanks for applying for Claims Examiner II. We'd like to schedule a 30-minute phone screen next week. The role handles international medical claims (ICD-10/CPT coding experience preferred). Please reply with a few times that work.\n\nTalent Acquisition"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Terse pay instruction with ICD code",
        notes="Hard positive: terse note to TPA with member ID, ICD-10 pneumonia code and hospital; no name.",
        frm=f"Claims <claims@{GGS}>",
        to="argentina@meditrust-tpa.eu",
        subject="GG-4471820",
        body="GG-4471820 - ok to pay, Dx J18.9, Hospital Alemán BA, 3 nights, per GOP 26-221. -m",
    ),
    Spec(
        phi=False,
        category="ICD-10 coding guidance memo",
        notes="Hard negative: internal coding memo with example ICD-10 codes and rules, no member.",
        frm=f"Claims Quality <claimsqa@{GGS}>",
        to="claims-team@globeguardstudent.com",
        subject="Coding reminder: travel-related injuries",
        body="Team,\n\nReminder for injury claims abroad: code the injury (e.g. S82.201A) first, then external cause codes (V-Y) and the place of occurrence. Illness claims such as J18.9 pneumonia or A90 dengue don't need external cause codes. Audit sample next week."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Counseling claim letter to parent policyholder",
        notes="Letter to the parent about reimbursement of her daughter's counseling sessions in Tokyo, naming the daughter.",
        frm=f"Claims <claims@{GGS}>",
        to="kathleen.raman@comcast.net",
        subject="Reimbursement for Priya's sessions",
        body="Dear Ms. Raman,\n\nWe've reimbursed JPY 96,000 for Priya's six sessions with Dr. Aoki at Tokyo English Life Line Counselling (Jan 20 - Feb 24). Because the plan pays 100% for mental health visits in network, there is no balance. The payment will reach the account you provided within 5 business days.\n\nGlobeGuard Claims"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Renewal proposal DOCX to university",
        notes="Renewal proposal document with rates and service terms; no member.",
        frm=f"Account Management <accounts@{GGS}>",
        to="procurement@ridgemont.edu",
        subject="2026-27 renewal proposal",
        body="Attached is our renewal proposal for AY 2026-27, with a 3% rate increase and new counseling benefits."
        + SIG,
        atts=(
            Att(
                "GG_Ridgemont_Renewal_2026-27.docx",
                DOCX,
                docx(
                    [
                        "GlobeGuard Student Travel Insurance - Renewal Proposal for Ridgemont University",
                        "Term: 8/1/2026 - 7/31/2027",
                        "Rate: $41.20 per traveller per month (3% increase)",
                        "Enhancements: 24/7 multilingual counseling; dental emergency raised to $1,000",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Appeal decision letter DOCX",
        notes="Appeal decision DOCX to a member with name, ID, denied-then-approved physiotherapy for a rotator cuff injury.",
        frm=f"Appeals <appeals@{GGS}>",
        to="nora.fitzgerald@ridgemont.edu",
        subject="Your appeal decision (case AP-26-0097)",
        body="Dear Nora, your appeal decision is attached." + SIG,
        atts=(
            Att(
                "Appeal_Decision_AP-26-0097.docx",
                DOCX,
                docx(
                    [
                        "Appeal decision - case AP-26-0097",
                        "Member: Nora Fitzgerald   GG-4412051",
                        "Original decision: 12 physiotherapy visits in Dublin denied as not medically necessary",
                        "Appeal outcome: OVERTURNED. Records show partial rotator cuff tear (M75.111) with failed home exercise.",
                        "Approved: 12 visits through 5/15/2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Blank claim form template DOCX",
        notes="Hard negative: blank claim form template with field labels (member name, ID, diagnosis) and no data.",
        frm=f"Partner Services <partners@{GGS}>",
        to="studyabroad@ridgemont.edu",
        subject="Claim form (blank) for your adviser handbook",
        body="Here's the blank claim form you can include in the handbook." + SIG,
        atts=(
            Att(
                "GG_claim_form_blank.docx",
                DOCX,
                docx(
                    [
                        "GlobeGuard Claim Form",
                        "Member name: ______________________   Member ID: GG-_______",
                        "Date of birth: ___/___/_____   Country of treatment: __________",
                        "Diagnosis / reason for visit: ______________________________",
                        "Attach itemised invoice and proof of payment.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Tele-psychiatry appointment ICS to member",
        notes="ICS invite to member's personal mailbox naming her and a tele-psychiatry follow-up.",
        frm=f"GlobeGuard Telehealth <telehealth@{GGS}>",
        to="priya.raman.abroad@gmail.com",
        subject="Your telehealth appointment",
        body="Your video visit is booked. Join from the link in the invitation 5 minutes early.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GlobeGuard//Telehealth//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:th-88412@globeguardstudent.com\r\nDTSTAMP:20260309T120000Z\r\nDTSTART:20260310T230000Z\r\nDTEND:20260310T234500Z\r\nSUMMARY:Tele-psychiatry follow-up - Priya Raman (GG-4413062)\r\nDESCRIPTION:Medication review (sertraline) with Dr. Hollis. Panic disorder follow-up.\r\nLOCATION:https://telehealth.globeguardstudent.com/v/88412\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Adviser webinar ICS invite",
        notes="Webinar invitation for study-abroad advisers; no member.",
        frm=f"Partner Services <partners@{GGS}>",
        to="advisers@studyabroad-professionals.org",
        subject="Webinar: handling medical emergencies abroad",
        body="Join our medical director for a 45-minute webinar on what advisers should do in the first hour of a student medical emergency.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GlobeGuard//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:webinar-0402@globeguardstudent.com\r\nDTSTAMP:20260309T120000Z\r\nDTSTART:20260402T170000Z\r\nDTEND:20260402T174500Z\r\nSUMMARY:GlobeGuard webinar - the first hour of a medical emergency\r\nLOCATION:https://events.globeguardstudent.com/first-hour\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Parent plan coordination with subscriber SSN",
        notes="Coordination-of-benefits request to a parent's US insurer with the student's name, DOB, subscriber SSN and an ER visit abroad.",
        frm=f"Coordination of Benefits <cob@{GGS}>",
        to="cob@keystonehealthplan-partners.com",
        subject="Other coverage inquiry",
        body="We are coordinating benefits for an ER visit in Barcelona on 2/25/2026 (ankle sprain, x-ray). Our member may also be a dependent on your plan:\n\nDependent: Luca Brandt, DOB 08/03/2005\nSubscriber: Heike Brandt, SSN 218-40-7765\n\nPlease confirm coverage and your plan's foreign emergency benefit."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Privacy training quiz with masked SSN example",
        notes="Hard negative: HIPAA privacy training quiz for staff using a masked SSN and generic scenarios; no real member.",
        frm=f"Compliance <compliance@{GGS}>",
        to="all-staff@globeguardstudent.com",
        subject="Annual HIPAA refresher - quiz due 3/31",
        body="Please complete the 10-question refresher by 3/31. Sample question:\n\nQ3. A caller says she is a member's mother and asks whether her son was hospitalised in Peru. What do you do?\n(a) Confirm if she knows his DOB  (b) Verify authorisation on file before disclosing anything  (c) Transfer to claims\n\nReminder: SSNs in notes must be masked as ***-**-1234 format."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Zip of plan documents for new partner",
        notes="Zip of plan documents (certificate text, ID card template) for a new partner university; no member.",
        frm=f"Partner Services <partners@{GGS}>",
        to="globalprograms@carrowaycollege.edu",
        subject="Welcome packet - plan documents",
        body="Welcome aboard! Plan documents are zipped for your website team." + SIG,
        atts=(
            Att(
                "GG_plan_documents.zip",
                "application/zip",
                zipped(
                    {
                        "certificate_of_coverage_summary.txt": "GlobeGuard Study Abroad Plan - certificate summary. Medical maximum $500,000. Exclusions: elective procedures, travel against medical advice.\n",
                        "id_card_template.txt": "GLOBEGUARD STUDENT TRAVEL | Member: <name> | ID: GG-<number> | Assist: +1 410-555-0163\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified injury data for epidemiology study",
        notes="Hard negative: de-identified claims extract (age bands, region, injury type) to a university epidemiologist under a data use agreement.",
        frm=f"Analytics <analytics@{GGS}>",
        to="epi.lab@sph.ridgemont.edu",
        subject="DUA 2026-04: de-identified injury extract",
        body="Dr. Okeke, attached per DUA 2026-04. Safe-harbor de-identified: no names, IDs, dates finer than year, or locations below country."
        + SIG,
        atts=(
            Att(
                "injury_extract_deid.csv",
                "text/csv",
                "year,age_band,region,injury,inpatient\n2025,18-20,Europe,ankle sprain,N\n2025,21-24,Asia,scooter road injury,Y\n2025,18-20,Latin America,dog bite,N\n2025,25-29,Europe,wrist fracture,N\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Pre-existing condition review to member",
        notes="Reply to member's personal mailbox confirming his Type 1 diabetes supplies are covered abroad, with member ID.",
        frm=f"Member Services <members@{GGS}>",
        to="ahmed.farouk.amman@hotmail.com",
        subject="Re: will my diabetes supplies be covered in Jordan?",
        body="Hi Ahmed,\n\nYes. Your PEC-2 rider covers your Type 1 diabetes care in Amman, including insulin, pump supplies and CGM sensors up to $4,000 for the term. Send pharmacy receipts through the app. Your member ID is GG-4416102.\n\nMember Services"
        + SIG,
    ),
]
