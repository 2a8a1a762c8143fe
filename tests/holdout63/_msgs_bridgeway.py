"""Bridgeway Case Management: Ryan White medical case management and support services (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import BCM, MPH, Att, Spec

X12_270 = (
    "ISA*00*          *00*          *ZZ*BRIDGEWAYCM    *ZZ*BUCKEYECARE    *260513*0905*^*00501*000000631*0*P*:~"
    "GS*HS*BRIDGEWAYCM*BUCKEYECARE*20260513*0905*631*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*BW270-0513*20260513*0905~"
    "NM1*PR*2*BUCKEYECARE HEALTH PLAN*****PI*34120~"
    "NM1*1P*2*BRIDGEWAY CASE MANAGEMENT*****XX*1217438732~"
    "NM1*IL*1*DUVERNAY*CLAUDETTE****MI*BCH509318842~"
    "DMG*D8*19720415*F~"
    "EQ*88~"
    "SE*9*0001~GE*1*631~IEA*1*000000631~"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*OHIOADAP       *ZZ*BRIDGEWAYCM    *260514*1130*^*00501*000004412*0*P*:~"
    "GS*HP*OHIOADAP*BRIDGEWAYCM*20260514*1130*4412*X*005010X221A1~"
    "ST*835*0001~"
    "BPR*I*1284.50*C*ACH*CCP*01*999888777*DA*12345098*1234509876**01*555000111*DA*87654321*20260515~"
    "N1*PR*OHIO ADAP INSURANCE ASSISTANCE~"
    "N1*PE*BRIDGEWAY CASE MANAGEMENT*XX*1217438732~"
    "CLP*PREM-88101*1*642.25*642.25**15*88101~"
    "NM1*QC*1*FERRANTE*DOMINIC****MI*ADAP0077123~"
    "SVC*ZZ:PREMIUM*642.25*642.25~"
    "CLP*PREM-88102*1*642.25*642.25**15*88102~"
    "NM1*QC*1*ABARA*NKECHI****MI*ADAP0077408~"
    "SVC*ZZ:PREMIUM*642.25*642.25~"
    "SE*12*0001~GE*1*4412~IEA*1*000004412~"
)

FHIR_CONSENT_BLANK = """{
  "resourceType": "Questionnaire",
  "id": "bw-rw-eligibility-v4",
  "status": "active",
  "title": "Ryan White Part B Eligibility Screening (blank template)",
  "item": [
    {"linkId": "1", "text": "Client legal name", "type": "string"},
    {"linkId": "2", "text": "Date of birth", "type": "date"},
    {"linkId": "3", "text": "Proof of HIV status on file?", "type": "boolean"},
    {"linkId": "4", "text": "Household income (monthly)", "type": "decimal"},
    {"linkId": "5", "text": "County of residence", "type": "string"}
  ]
}
"""

FHIR_REFERRAL = """{
  "resourceType": "ServiceRequest",
  "id": "bw-dental-3391",
  "status": "active",
  "intent": "order",
  "code": {"text": "Oral health referral - Ryan White Part B"},
  "subject": {"display": "Teodoro Bastidas", "identifier": {"system": "urn:bridgeway:client", "value": "BW-23391"}},
  "reasonCode": [{"text": "HIV disease (B20); oral candidiasis; 4 broken molars"}],
  "authoredOn": "2026-05-12",
  "note": [{"text": "Client is uninsured; RW pays. Needs Spanish interpreter."}]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry for client",
        notes="Hard positive: 270 file names a member with ID and DOB; sender is an HIV case management agency.",
        frm="Benefits Desk <benefits@bridgewaycm.org>",
        to="edi@buckeyecarehealthplan.com",
        subject="270 batch 631",
        body="Real-time gateway is down, so sending 270 batch 631 by secure mail as instructed.",
        atts=(Att("270_0513_631.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="X12 835 premium payments forwarded to finance",
        notes="Hard positive: 835 remittance lists named clients receiving ADAP insurance premium assistance.",
        frm="Benefits Desk <benefits@bridgewaycm.org>",
        to="ap@bridgewayfinance-partners.com",
        subject="ADAP remit 4412 for reconciliation",
        body="Here is the ADAP remittance for May. Two premium payments, $1,284.50 total.\n\nKeisha",
        atts=(Att("ADAP_835_4412.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=False,
        category="blank eligibility questionnaire as FHIR",
        notes="Hard negative: FHIR Questionnaire template of eligibility fields with no answers.",
        frm="Data Systems <data@bridgewaycm.org>",
        to="support@carewarebridge-dev.com",
        subject="Questionnaire resource v4 for the intake app",
        body="Attached is the blank v4 screening questionnaire. No client data in it - just the item list.",
        atts=(
            Att(
                "rw_eligibility_questionnaire_v4.json", "application/fhir+json", FHIR_CONSENT_BLANK
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dental referral FHIR ServiceRequest",
        notes="FHIR ServiceRequest names client with HIV and oral candidiasis for a dental referral.",
        frm="Teresa Gallo <tgallo@bridgewaycm.org>",
        to="referrals@smilepointdental.com",
        subject="Referral for Teodoro B.",
        body="Hi Smilepoint,\n\nReferral attached. He speaks Spanish; please book an interpreter. Ryan White covers the visit.\n\nTeresa Gallo, Medical Case Manager",
        atts=(Att("ServiceRequest_dental_3391.json", "application/fhir+json", FHIR_REFERRAL),),
    ),
    Spec(
        phi=True,
        category="utility assistance payment letter",
        notes="Hard positive: letter to utility names client as enrolled in an HIV emergency financial assistance programme.",
        frm="Emergency Assistance <efa@bridgewaycm.org>",
        to="assistanceprograms@carverpowerlight.com",
        subject="Payment pledge - acct 7730-1184-02",
        body=(
            "To whom it may concern,\n\nBridgeway Case Management pledges $310.00 toward account 7730-1184-02 "
            "for Ms. Yolanda Prewitt, 48 Birchmont St, Carver City, under our Ryan White HIV/AIDS Program "
            "emergency financial assistance fund. Please hold the disconnect. Check mails Friday.\n\nGlen Marr, EFA Coordinator"
        ),
    ),
    Spec(
        phi=False,
        category="utility company general programme inquiry",
        notes="Hard negative: asks the utility about its hardship programme rules with no client named.",
        frm="Emergency Assistance <efa@bridgewaycm.org>",
        to="assistanceprograms@carverpowerlight.com",
        subject="Question about the summer hardship program",
        body="Hello,\n\nDoes the summer medical-certificate hold still require a physician signature, or will a case manager letter do? We serve a lot of households with medical needs.\n\nGlen Marr",
    ),
    Spec(
        phi=False,
        category="HRSA aggregate services report",
        notes="Hard negative: multi-sheet aggregate RSR counts by service category and demographics; no client-level data.",
        frm="Data Systems <data@bridgewaycm.org>",
        to="partb-reports@odh.ohio.gov",
        subject="Bridgeway RSR pre-submission aggregate tables",
        body="Aggregates for your pre-check before we upload client-level data through the portal.",
        atts=(
            Att(
                "RSR_2025_aggregate.xlsx",
                XLSX,
                xlsx(
                    {
                        "Services": [
                            ["Service category", "Clients", "Visits"],
                            ["Medical case management", 612, 4180],
                            ["EFA", 144, 201],
                            ["Medical transportation", 238, 1902],
                            ["Housing", 57, 57],
                        ],
                        "Demographics": [
                            ["Group", "Clients"],
                            ["Age 13-24", 41],
                            ["Age 25-44", 288],
                            ["Age 45-64", 251],
                            ["Age 65+", 32],
                        ],
                        "Outcomes": [
                            ["Measure", "Value"],
                            ["Viral suppression", "86.4%"],
                            ["Retention", "81.0%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="client-level CAREWare export to subrecipient auditor",
        notes="Multi-sheet workbook with client names, DOBs and service dates sent to an auditor.",
        frm="Data Systems <data@bridgewaycm.org>",
        to="audit-team@kesslerwhite-cpa.com",
        subject="Sample pull for the Part B fiscal audit",
        body="The 25-file sample you asked for is in the workbook (sheet 1 clients, sheet 2 services). Please confirm receipt.",
        atts=(
            Att(
                "audit_sample_clients.xlsx",
                XLSX,
                xlsx(
                    {
                        "Clients": [
                            ["Client ID", "Name", "DOB", "FPL%"],
                            ["BW-20114", "Dominic Ferrante", "1966-02-19", "212"],
                            ["BW-20877", "Nkechi Abara", "1984-11-30", "138"],
                            ["BW-21332", "Yolanda Prewitt", "1970-07-07", "94"],
                        ],
                        "Services": [
                            ["Client ID", "Date", "Service", "Amount"],
                            ["BW-20114", "2026-01-14", "Insurance premium", "642.25"],
                            ["BW-21332", "2026-02-02", "EFA utility", "310.00"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="income eligibility table memo",
        notes="Hard negative: FPL income thresholds table for Ryan White eligibility; no individuals.",
        frm="Program Director <director@bridgewaycm.org>",
        to="casemanagers@bridgewaycm.org",
        subject="2026 FPL thresholds now in effect",
        body="Team,\n\nNew 2026 thresholds (500% FPL cap):\n\nHousehold 1: $78,250\nHousehold 2: $105,750\nHousehold 3: $133,250\nHousehold 4: $160,750\n\nApply to all recerts dated 5/1 or later.\n\nLeonora Quist",
    ),
    Spec(
        phi=True,
        category="proof of HIV status letter request",
        notes="Case manager asks clinic for proof-of-diagnosis letter for named client with DOB.",
        frm="Teresa Gallo <tgallo@bridgewaycm.org>",
        to=f"him@{MPH}",
        subject="Need dx letter for recert",
        body="Hi HIM,\n\nCould you send a diagnosis confirmation letter for Nkechi Abara, DOB 11/30/1984? Her Part B recert is due 5/31 and the old lab is missing from her file.\n\nThanks,\nTeresa",
    ),
    Spec(
        phi=True,
        category="housing assistance letter to landlord",
        notes="Hard positive: letter to landlord references HOPWA rental assistance for named tenant (implies HIV).",
        frm="Housing Program <housing@bridgewaycm.org>",
        to="leasing@ashgroveapartments.com",
        subject="Rent assistance for unit 14C",
        body=(
            "Good afternoon,\n\nThis confirms that Bridgeway will pay $725 of June rent for Darnell Fitch, unit 14C, "
            "under our HOPWA short-term rent assistance. Check will arrive by 6/3.\n\nMarguerite Oyelowo, Housing Specialist"
        ),
    ),
    Spec(
        phi=False,
        category="landlord partnership outreach",
        notes="Hard negative: general recruitment of landlords for a housing programme; no tenant named.",
        frm="Housing Program <housing@bridgewaycm.org>",
        to="leasing@ashgroveapartments.com",
        subject="Partnering with Bridgeway on affordable units",
        body="Hello,\n\nBridgeway helps people with low incomes find stable housing and can guarantee deposits and first month's rent. Would you meet for 20 minutes to talk about listing vacancies with us?\n\nMarguerite Oyelowo",
    ),
    Spec(
        phi=True,
        category="transportation voucher roster to ride vendor",
        notes="CSV of named clients with pickup addresses and medical appointment destinations to a rideshare vendor.",
        frm="Transportation <rides@bridgewaycm.org>",
        to="dispatch@swiftcaremobility.com",
        subject="Rides for Thursday 5/14",
        body="Three rides for Thursday. All trips billed to PO 2026-RW-19.",
        atts=(
            Att(
                "rides_0514.csv",
                "text/csv",
                "client,pickup,phone,destination,appt\nClaudette Duvernay,19 Elm Ct Carver City,330-555-0141,Meridian Positive Health ID clinic,09:30\nTeodoro Bastidas,402 Ridge Rd Apt 6,330-555-0152,Smilepoint Dental,11:00\nRay Kowalczyk,8 Miller Ln,330-555-0183,Carver Behavioral Health (methadone),07:15\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="office supply order confirmation with SSN-shaped number",
        notes="Hard negative: office supply order number shaped like an SSN; no health information.",
        frm="Operations <ops@bridgewaycm.org>",
        to="orders@staplesbiz-supply.com",
        subject="Re: Order 527-19-3364 shipping",
        body="Hi,\n\nOrder 527-19-3364 (toner, 10 cases of copy paper) was short one case. Please ship the remaining case to 1150 Harmon Ave, Suite 200.\n\nBridgeway Operations",
    ),
    Spec(
        phi=True,
        category="behavioral health referral with SSN",
        notes="Referral to mental health provider with client name, SSN, HIV status and depression.",
        frm="Ray Montoya <rmontoya@bridgewaycm.org>",
        to="intake@carverbehavioral.org",
        subject="Referral - urgent",
        body=(
            "Hello,\n\nReferring Luis Arredondo, DOB 3/9/1993, SSN 468-21-7735, Medicaid pending. Diagnosed HIV+ in April; "
            "PHQ-9 today 19 with passive SI, no plan. Safety plan done. He can come any afternoon. Cell 330-555-0174.\n\nRay Montoya, MCM"
        ),
    ),
    Spec(
        phi=False,
        category="CAREWare training with fictional client",
        notes="Hard negative: data-entry training uses a clearly fictional client (TEST, Training) in sample screens.",
        frm="Data Systems <data@bridgewaycm.org>",
        to="casemanagers@bridgewaycm.org",
        subject="CAREWare 6 training Wednesday - practice record",
        body="For Wednesday's hands-on session, use practice client 'TRAINING, TEST' (URN TEST0000001U) in the training database only. Never open a real record during training.",
        atts=(Att("cw6_screen_example.png", "image/png", png(8, 5, (30, 90, 160))),),
    ),
    Spec(
        phi=True,
        category="case note summary to clinic nurse",
        notes="Hard positive: terse note to clinic with client first name and missed ART because of housing loss.",
        frm="Teresa Gallo <tgallo@bridgewaycm.org>",
        to=f"nurseline@{MPH}",
        subject="Claudette",
        body="FYI Claudette D. lost her room Sun, staying at Harbor shelter, hasn't had her Genvoya since Fri (bag stolen). Can Dr C call in a replacement fill?",
    ),
    Spec(
        phi=False,
        category="case conference agenda with no client names",
        notes="Case conference agenda of topics and times only; no client is named or described.",
        frm="Program Director <director@bridgewaycm.org>",
        to="casemanagers@bridgewaycm.org",
        subject="Case conference agenda 5/15",
        body="9:00 Housing waitlist process\n9:20 New acuity tool\n9:40 Two case reviews (bring your own notes, nothing will be projected)\n10:15 Wrap-up",
    ),
    Spec(
        phi=True,
        category="insurance premium payment to marketplace insurer",
        notes="Payment cover note names member with policy number and Ryan White premium assistance.",
        frm="Benefits Desk <benefits@bridgewaycm.org>",
        to="premiumpayments@ohiomarketplaceins.com",
        subject="Third-party premium payment - policy OMI-88130442",
        body="Please apply the enclosed ACH of $402.17 to policy OMI-88130442 (member Reginald Oduya) for June. Payer: Ryan White Part B via Bridgeway Case Management.",
    ),
    Spec(
        phi=False,
        category="volunteer orientation schedule",
        notes="Volunteer orientation schedule; no clients.",
        frm="Volunteer Coordinator <volunteers@bridgewaycm.org>",
        to="sam.ruiz.volunteer@gmail.com",
        subject="Orientation Saturday",
        body="Hi Sam,\n\nThanks for signing up! Orientation is Saturday 10-12 at our Harmon Ave office. We'll cover confidentiality and you'll sign the agreement.\n\nBest,\nIris",
    ),
    Spec(
        phi=True,
        category="recertification reminder to client's personal email",
        notes="Reminder to client's gmail naming her Ryan White recertification and ADAP enrolment.",
        frm="Teresa Gallo <tgallo@bridgewaycm.org>",
        to="nkechi.abara84@gmail.com",
        subject="Your recert is due 5/31",
        body="Hi Nkechi,\n\nYour Ryan White and ADAP recertification is due May 31. Please bring 30 days of pay stubs and your lease. I still need the lab letter from Meridian; I asked them today.\n\nTeresa",
    ),
    Spec(
        phi=False,
        category="newsletter to donors",
        notes="HTML donor newsletter with aggregate impact figures only.",
        frm="Bridgeway Communications <news@bridgewaycm.org>",
        to="donors@bridgewaycm.org",
        subject="Spring update: 612 neighbors served",
        html="<html><body><h1>Spring Update</h1><p>Last year Bridgeway case managers helped 612 people stay in care. 86% reached an undetectable viral load.</p><p>Your gift keeps the lights on.</p></body></html>",
        body="",
    ),
    Spec(
        phi=True,
        category="HTML-only appointment reminder to client",
        notes="Hard positive: HTML-only reminder names client and a medical case management intake at an HIV agency.",
        frm="Bridgeway Reminders <reminders@bridgewaycm.org>",
        to="rkowalczyk1961@aol.com",
        subject="Reminder: your appointment tomorrow",
        html="<html><body><p>Dear Ray Kowalczyk,</p><p>This is a reminder of your <b>Ryan White medical case management intake</b> tomorrow at 2:00 PM with Ray Montoya.</p><p>Bring photo ID and proof of income.</p></body></html>",
        body="",
    ),
    Spec(
        phi=False,
        category="HRSA site visit logistics",
        notes="Hard negative: site visit logistics mentioning chart review; no client identified.",
        frm="Program Director <director@bridgewaycm.org>",
        to="project.officer@hrsa-region5.gov",
        subject="Site visit June 9-10 logistics",
        body="Dear Ms. Aldridge,\n\nWe've reserved the conference room both days. For the chart review, files will be pulled on site; we won't send any client files ahead. Parking validation at the front desk.\n\nLeonora Quist",
    ),
    Spec(
        phi=True,
        category="forwarded client email to supervisor",
        notes="Hard positive: forwarded e-mail from client disclosing he stopped meds and is using meth again.",
        frm="Ray Montoya <rmontoya@bridgewaycm.org>",
        to="director@bridgewaycm.org",
        subject="Fwd: cant do this",
        body="Leonora - forwarding; I called him, he is safe, seeing him tomorrow. Wanted you aware.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Luis A <luis.arredondo93@yahoo.com>",
            to="rmontoya@bridgewaycm.org",
            subject="cant do this",
            body="ray i stopped taking the pills last week and im using again. dont tell my sister. i dont know",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded vendor webinar",
        notes="Forward of a vendor webinar invite about case management software.",
        frm="Data Systems <data@bridgewaycm.org>",
        to="director@bridgewaycm.org",
        subject="Fwd: Webinar - acuity scoring in CAREWare",
        body="Might be useful for the new acuity tool.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="CAREWare Bridge Events <events@carewarebridge-dev.com>",
            to="data@bridgewaycm.org",
            subject="Webinar - acuity scoring in CAREWare",
            body="Join us May 28 at 1 p.m. ET for a demo of acuity scoring templates. Registration is free.",
        ),
    ),
    Spec(
        phi=True,
        category="court letter supporting client",
        notes="PDF letter to family court confirming a named parent's case management and HIV treatment adherence.",
        frm="Ray Montoya <rmontoya@bridgewaycm.org>",
        to="clerk@carvercountyfamilycourt.gov",
        subject="Letter for case DR-2026-0417",
        body="Please find the letter requested by Mr. Fitch's attorney, with his signed release.",
        atts=(
            Att(
                "support_letter_Fitch.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIDGEWAY CASE MANAGEMENT",
                        "Re: Darnell Fitch, DOB 05/22/1982",
                        "Mr. Fitch has received Ryan White medical case management here since 2021.",
                        "He attends HIV care visits reliably and has been virally suppressed for 3 years.",
                        "He is in stable HOPWA-assisted housing.",
                        "Ray Montoya, MCM",
                    ],
                    "Support letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank release of information form",
        notes="Hard negative: blank ROI form PDF with field labels and HIV-specific consent language, no person.",
        frm="Intake <intake@bridgewaycm.org>",
        to="frontdesk@carverfreeclinic.org",
        subject="Our ROI form (blank)",
        body="Here is our current blank release form so your staff can recognise it.",
        atts=(
            Att(
                "ROI_blank_v7.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIDGEWAY CASE MANAGEMENT - Authorization to Release Information",
                        "Client name: ____________  DOB: ________",
                        "[ ] HIV test results   [ ] Substance use records (42 CFR Part 2)   [ ] Mental health",
                        "Expires: ________   Signature: ____________",
                    ],
                    "ROI blank",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of recert documents to state ADAP",
        notes="Hard positive: zip members are named client documents; body only gives a batch number.",
        frm="Benefits Desk <benefits@bridgewaycm.org>",
        to="adap-enrollment@odh.ohio.gov",
        subject="Batch 19 recerts",
        body="Batch 19 (2 applicants) attached.",
        atts=(
            Att(
                "batch19.zip",
                "application/zip",
                zipped(
                    {
                        "Ferrante_Dominic_ADAP_recert.txt": "Applicant: Dominic Ferrante  DOB 02/19/1966  ADAP ID ADAP0077123\nHIV care provider: Meridian Positive Health  Last VL: <20 (3/2026)\nHousehold 1, income $2,430/mo\n",
                        "Abara_Nkechi_ADAP_recert.txt": "Applicant: Nkechi Abara  DOB 11/30/1984  ADAP ID ADAP0077408\nHIV care provider: Meridian Positive Health  Last VL: 64 (4/2026)\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of training slides",
        notes="Zip of trauma-informed care slides and handout; no clients.",
        frm="Program Director <director@bridgewaycm.org>",
        to="training@ohiohivcoalition.org",
        subject="Slides from our session",
        body="Our slides and handout from Tuesday's session, zipped.",
        atts=(
            Att(
                "TIC_session.zip",
                "application/zip",
                zipped(
                    {
                        "slides_outline.txt": "Trauma-informed case management\n1. Safety\n2. Trust\n3. Choice\n",
                        "handout.txt": "Tips for first meetings with new clients\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare MBI in Part D assistance request",
        notes="Client name, MBI and HIV drug coverage gap in an e-mail to a SHIP counselor.",
        frm="Benefits Desk <benefits@bridgewaycm.org>",
        to="counselor@ohioship-volunteers.org",
        subject="Part D help for a client",
        body="Hi Don,\n\nCould you help Walter Eskridge (MBI 3HK7-WP2-RT58) compare Part D plans? His current plan dropped Triumeq to tier 5 and ADAP wraparound won't cover the gap until July.\n\nKeisha Dunmore, Benefits Specialist",
    ),
    Spec(
        phi=False,
        category="docx job description for case manager",
        notes="Hard negative: job description mentions HIV, viral suppression and substance use but no person.",
        frm="Human Resources <hr@bridgewaycm.org>",
        to="postings@idealistjobs-ohio.org",
        subject="Posting: Medical Case Manager II",
        body="Please post the attached JD for 30 days.",
        atts=(
            Att(
                "JD_MCM_II.docx",
                DOCX,
                docx(
                    [
                        "Medical Case Manager II",
                        "Coordinates care for people living with HIV, including adherence counseling, benefits enrollment and linkage to substance use treatment.",
                        "BSW/MSW preferred. Bilingual Spanish a plus.",
                        "Bridgeway Case Management is an equal opportunity employer.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="docx care plan to client's sister",
        notes="Care plan for a named client sent to his sister's personal mailbox (with his release).",
        frm="Ray Montoya <rmontoya@bridgewaycm.org>",
        to="ana.kowalczyk.home@gmail.com",
        subject="Ray's care plan",
        body="Hi Ana,\n\nAs your brother asked, here is the care plan we wrote together. Call me with questions.\n\nRay Montoya",
        atts=(
            Att(
                "care_plan_Kowalczyk.docx",
                DOCX,
                docx(
                    [
                        "Care plan - Ray Kowalczyk",
                        "Goal 1: take Biktarvy daily (pillbox, weekly check-in)",
                        "Goal 2: keep methadone dosing at Carver Behavioral",
                        "Goal 3: apply for SSDI by July",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff COVID exposure notice",
        notes="Hard negative: staff notice of a workplace exposure without naming anyone.",
        frm="Operations <ops@bridgewaycm.org>",
        to="allstaff@bridgewaycm.org",
        subject="Possible COVID exposure - 2nd floor",
        body="A staff member on the 2nd floor tested positive on Monday. If you were in the 2nd floor conference room on May 7 or 8, please test on day 5. Masks are available at reception.",
    ),
    Spec(
        phi=True,
        category="txt export of case notes to new case manager at other agency",
        notes="Transfer notes text file with client name, HIV, hepatitis C and incarceration history.",
        frm="Teresa Gallo <tgallo@bridgewaycm.org>",
        to="casemanagement@lakeshorehivservices.org",
        subject="Transfer - Bastidas",
        body="Transfer summary attached per the client's signed release. He moves to Lorain County 6/1.",
        atts=(
            Att(
                "transfer_Bastidas.txt",
                "text/plain",
                "Client: Teodoro Bastidas  BW-23391  DOB 1988-09-12\nDx HIV 2019, HCV treated 2023 (SVR12)\nReleased from state prison Jan 2026; on parole\nMeds: Biktarvy; missed 2 pickups in April\nPreferred language Spanish\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="calendar invite for staff training",
        notes="Staff training calendar invite; no clients.",
        frm="Program Director <director@bridgewaycm.org>",
        to="casemanagers@bridgewaycm.org",
        subject="Invite: Motivational interviewing refresher",
        body="Calendar invite attached.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Bridgeway//Training//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:h63-mi-0520@bridgewaycm.org\nDTSTART:20260520T170000Z\nDTEND:20260520T190000Z\nSUMMARY:MI refresher (staff)\nLOCATION:Harmon Ave conference room\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=False,
        category="reply to a member of the public about services",
        notes="Hard negative: reply to a personal mailbox explaining eligibility in general; the sender disclosed nothing about themselves.",
        frm="Intake <intake@bridgewaycm.org>",
        to="curious.neighbor77@yahoo.com",
        subject="Re: who can use your services?",
        body="Hello,\n\nAnyone living with HIV in our five-county area with income under 500% of the poverty level can apply. Call 330-555-0130 to start; everything is confidential.\n\nBridgeway Intake",
    ),
]

assert all(s.frm.endswith(f"@{BCM}>") for s in MESSAGES)
