"""holdout26: cross-organisation and non-English mail (es, zh, vi, ko), 15 PHI + 15 not."""

# ruff: noqa: RUF001 - full-width punctuation is what Chinese writers type

from __future__ import annotations

import json

from _att import DOCX, docx, encrypted_zip, pdf
from _spec import CM, HF, VC, Att, Spec

_PHQ9 = json.dumps(
    {
        "resourceType": "Questionnaire",
        "id": "phq-9-clearmind",
        "status": "active",
        "title": "PHQ-9 (ClearMind intake form, v3)",
        "item": [
            {
                "linkId": "1",
                "type": "choice",
                "text": "Little interest or pleasure in doing things",
            },
            {"linkId": "2", "type": "choice", "text": "Feeling down, depressed, or hopeless"},
            {
                "linkId": "9",
                "type": "choice",
                "text": "Thoughts that you would be better off dead or of hurting yourself",
            },
        ],
    },
    indent=1,
)

_CCD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    ' <templateId root="2.16.840.1.113883.10.20.22.1.2"/>\n'
    " <title>Continuity of Care Document - Harbor Foods Employee Health Center</title>\n"
    ' <recordTarget><patientRole><id extension="EHC0039920" root="2.16.840.1.113883.3.7711"/>'
    "<addr><streetAddressLine>2715 Rosemarie Ln</streetAddressLine><city>Stockton</city>"
    "<state>CA</state><postalCode>95207</postalCode></addr>"
    "<patient><name><given>Shanice</given><family>Robinson</family></name>"
    '<birthTime value="19860211"/></patient></patientRole></recordTarget>\n'
    " <component><structuredBody><component><section><title>Problems</title><text>Carpal "
    "tunnel syndrome, right (G56.01), work-related, onset 2026-09-02. Nerve conduction study "
    "10/14: moderate. Wrist splint, naproxen 500 mg BID, modified duty.</text></section>"
    "</component></structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="respirator medical clearances in encrypted zip",
        notes="Hard positive: the encrypted zip holds written opinions naming employees and "
        "their respirator restrictions (asthma); the body holds no identifiers.",
        frm=f"Jordan Fairbanks <jfairbanks@{HF}>",
        to=f"Dave Kerrigan <dkerrigan@{HF}>",
        subject="fit test clearances - batch 2",
        body="Dave, written opinions for batch 2 attached. Password by Teams as usual.\n\nJordan",
        atts=(
            Att(
                "clearances_batch2.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "written_opinions.txt": "Harbor Foods EHC - PLHCP written opinions\n"
                        "Ana Lucia Ferreira H41877: cleared PAPR only - moderate persistent "
                        "asthma, no tight-fitting negative pressure respirator\n"
                        "Jamal Okafor H39021: cleared half-mask APR, recheck spirometry 6 mo\n"
                    },
                    "Hfehc-2026!",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="MDPP claim resubmission with Medicare MBI",
        notes="Participant name, Medicare MBI and Diabetes Prevention Program session claims; "
        "X12 837 attached.",
        frm=f"VitalCheck Billing <billing@{VC}>",
        to="Provider Relations <provider.relations@noridian-mac-j.com>",
        subject="MDPP claim rejected - corrected 837 attached",
        body="Hello,\n\nOur MDPP claim for Gloria Washington (MBI 7TC9-WR2-AD41) was rejected "
        "for an invalid HCPCS/modifier pair. Corrected 837 attached: G9873 (first core "
        "session, 10/06/2026) and G9874 (4 core sessions). Our MDPP supplier NPI 1288006350."
        "\n\nVitalCheck Billing",
        atts=(
            Att(
                "VC_MDPP_837_corrected.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*VITALCHECK     *ZZ*NORIDIANJ      "
                "*261110*0910*^*00501*000000772*0*P*:~\n"
                "GS*HC*VITALCHECK*NORIDIANJ*20261110*0910*772*X*005010X222A1~\n"
                "ST*837*0001*005010X222A1~\n"
                "NM1*85*2*VITALCHECK WELLNESS*****XX*1288006350~\n"
                "NM1*IL*1*WASHINGTON*GLORIA****MI*7TC9WR2AD41~\n"
                "DMG*D8*19580509*F~\n"
                "CLM*VC-MDPP-0041*188.00***99:B:7*Y*A*Y*Y~\n"
                "HI*ABK:R73.03~\n"
                "SV1*HC:G9873*26.00*UN*1***1~\n"
                "SV1*HC:G9874*162.00*UN*1***1~\n"
                "SE*10*0001~\nGE*1*772~\nIEA*1*000000772~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pre-placement exam outcome to HR with accommodation",
        notes="New hire's name, asthma and the resulting accommodation sent to HR.",
        frm=f"Renée Castellanos <rcastellanos@{HF}>",
        to=f"Lisa Marchetti <lmarchetti@{HF}>",
        subject="Pre-placement: Ferreira, sanitation tech",
        body="Lisa,\n\nAna Lucía Ferreira completed her pre-placement exam today. She is "
        "cleared for sanitation tech with one accommodation: because of her asthma she can't "
        "use a tight-fitting respirator, so she needs a PAPR for the chlorine foam jobs. "
        "Start date 11/16 is fine.\n\nRenée",
    ),
    Spec(
        phi=True,
        category="manager consultation note to case file",
        notes="Hard positive: a named employee, suspected alcohol use at work and an EAP "
        "formal referral recommendation.",
        frm=f"Andre Nakamura <anakamura@{CM}>",
        to=f"Case Records <caserecords@{CM}>",
        subject="MC-26-0188 manager consult note",
        body="Manager consult, 11/9 15:10, 25 min. Caller: Ray Sandoval, line 4 supervisor, "
        "Harbor Foods.\nConcern: employee Kwame Asante smelled of alcohol at start of shift "
        "twice this month, one near-miss with a pallet jack.\nAdvice: document observed "
        "behavior; reasonable-suspicion test per Harbor policy; offer formal EAP referral. "
        "Manager will call back after speaking with HR.\n\nAN",
    ),
    Spec(
        phi=True,
        category="immunization record to employee's personal mailbox",
        notes="Employee's aol address; attached record lists his vaccines, TB test and "
        "hepatitis B titer.",
        frm=f"Tanya Ruiz <truiz@{HF}>",
        to="Greg Pelletier <gpelletier1958@aol.com>",
        subject="Re: copy of my shot records",
        body="Hi Greg,\n\nHere's the copy of your immunization record you asked for for your "
        "retirement paperwork. Let us know if the VA needs anything else.\n\nTanya",
        atts=(
            Att(
                "Immunization_Record_Pelletier.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBOR FOODS EMPLOYEE HEALTH CENTER - IMMUNIZATION RECORD",
                        "Gregory Pelletier   DOB 01/30/1958   EE# H35590",
                        "Influenza (Fluzone HD) 11/05/2026 lot UT7730AA",
                        "Tdap 03/12/2021   Hepatitis B series 2019 (titer 11/2019: immune)",
                        "TB skin test 10/2025: 0 mm, negative",
                    ],
                    "Immunization record",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="clinic referral to EAP with disclosure",
        notes="Named employee referred by the clinic to the EAP for insomnia and domestic "
        "violence disclosure.",
        frm=f"Jordan Fairbanks <jfairbanks@{HF}>",
        to=f"ClearMind EAP Intake <intake@{CM}>",
        subject="warm referral from Harbor EHC",
        body="Hi intake team,\n\nWith her permission I'm referring Shanice Robinson (cell "
        "209-555-0107, best after 4pm). She came in for her wrist today and disclosed "
        "she's been sleeping 3-4 hours a night since leaving an abusive partner last month. "
        "She's safe right now and staying with her aunt. She'd like a female counselor.\n"
        "\nJordan Fairbanks, FNP-C\nHarbor Foods Employee Health Center",
    ),
    Spec(
        phi=True,
        category="coaching call calendar invite",
        notes="ICS invite naming the participant and her hypertension coaching session.",
        frm=f"Maya Patel <mpatel@{VC}>",
        to="Gloria Washington <gwashington58@yahoo.com>",
        subject="Coaching call: blood pressure check-in",
        body="Hi Gloria, here's the invite for our next call. Have your home BP log handy!",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//VitalCheck//Coach//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:vc-coach-20261119-gw@vitalcheckwellness.com\r\n"
        "DTSTAMP:20261110T160000Z\r\nDTSTART:20261119T173000Z\r\nDTEND:20261119T180000Z\r\n"
        "SUMMARY:Hypertension coaching - Gloria Washington (session 9 of 12)\r\n"
        "ORGANIZER:mailto:mpatel@vitalcheckwellness.com\r\n"
        "ATTENDEE:mailto:gwashington58@yahoo.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="C-CDA to employee's primary care physician",
        notes="Hard positive: body is only a cover line; the CCD has name, address, DOB and "
        "carpal tunnel syndrome.",
        frm=f"Harbor Foods Employee Health Center <healthcenter@{HF}>",
        to="Records <records@sanjoaquinfamilymed.com>",
        subject="CCD per request",
        body="Per the records request received 11/6. Please call x4148 with questions.",
        atts=(Att("CCD_EHC0039920.xml", "application/xml", _CCD),),
    ),
    Spec(
        phi=True,
        category="case-number consult about duty to warn",
        notes="Hard positive: only a case number (a unique identifier) with the client's "
        "threat disclosure and clinical plan.",
        frm=f"Lauren Whitcomb <lwhitcomb@{CM}>",
        to=f"Nadia Farouk <nfarouk@{CM}>",
        subject="urgent consult CM-26-04502",
        body="Nadia, in today's session the client in CM-26-04502 said she 'could hurt' her "
        "ex if he shows up at the house again. No plan, no weapon access, but he's named. "
        "I think this is below Tarasoff threshold but want your read before 5. Safety plan "
        "updated, next session Thursday.\n\nL",
    ),
    Spec(
        phi=True,
        category="tobacco surcharge notice to employer HR",
        notes="A named employee's positive cotinine screen and resulting surcharge sent to "
        "the employer.",
        frm=f"Data Services <dataservices@{VC}>",
        to=f"Benefits Team <benefits@{HF}>",
        subject="Tobacco attestation discrepancy",
        body="Hi Benefits team,\n\nJamal Okafor attested non-tobacco user in open enrollment, "
        "but his 11/4 screening cotinine test was positive. Per your plan rules he has until "
        "12/31 to enroll in the tobacco cessation coaching program to avoid the $50/month "
        "surcharge.\n\nVitalCheck Data Services",
    ),
    Spec(
        phi=True,
        category="session verification with client's first name to affiliate",
        notes="Hard positive: first name, session dates and a therapy code in a short "
        "HTML-only note.",
        frm=f"Network Payments <netpay@{CM}>",
        to="Billing <billing@riverbendcounseling.com>",
        subject="missing session verification",
        body="",
        html="<html><body><p>Hi Riverbend billing,</p><p>We're missing the verification form "
        "for <b>Marisol</b> (CM-26-04417): session 1 on 11/05 (90791) and session 2 on 11/12 "
        "(90834). Once received we'll pay in the next cycle.</p><p>ClearMind Network Payments"
        "</p></body></html>",
    ),
    # non-English PHI
    Spec(
        phi=True,
        category="Spanish: injury follow-up to employee's wife",
        notes="Spanish (ISO-8859-1) to the wife's gmail: husband's name, back injury, "
        "medication and follow-up appointment.",
        frm=f"Tanya Ruiz <truiz@{HF}>",
        to="Guadalupe Garrido <lupitagarrido@gmail.com>",
        subject="Cita de seguimiento de Esteban",
        body="Hola Sra. Garrido:\n\nLe escribo de la clínica de Harbor Foods. Esteban tiene "
        "su cita de seguimiento del pie fracturado el jueves 19 de noviembre a las 9:30. El "
        "doctor le recetó ibuprofeno 600 mg cada 8 horas con comida. Por favor recuérdele "
        "que use la bota ortopédica todo el día.\n\nSaludos,\nTanya Ruiz, CMA\nClínica de "
        "Empleados, Harbor Foods",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Chinese: counseling appointment to client",
        notes="Mandarin (GB2312) to the client's gmail: name, counselor, anxiety and "
        "appointment time.",
        frm=f"ClearMind EAP <intake@{CM}>",
        to="Chou Mei-Ling <meiling.chou84@gmail.com>",
        subject="您的心理咨询预约确认",
        body="周美玲女士，您好：\n\n您的员工援助计划（EAP）心理咨询已预约在11月16日（星期一）下午"
        "6点，咨询师是王丽华（持证婚姻家庭治疗师），视频进行。根据您在初次电话中提到的焦虑和"
        "失眠问题，第一次会谈约50分钟。\n\n如需改期，请拨打 1-800-555-0199。\n\nClearMind EAP",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=True,
        category="Vietnamese: screening results to participant",
        notes="Vietnamese (UTF-8) to the participant's yahoo: name, high blood sugar and "
        "cholesterol values.",
        frm=f"VitalCheck Results <results@{VC}>",
        to="Nguyen Van Tuan <nvtuan1979@yahoo.com>",
        subject="Kết quả kiểm tra sức khỏe của anh",
        body="Chào anh Nguyễn Văn Tuấn,\n\nKết quả kiểm tra ngày 03/11/2026 của anh: đường "
        "huyết lúc đói 112 mg/dL (cao, tiền tiểu đường), cholesterol LDL 168 mg/dL (cao), "
        "huyết áp 134/86. Chúng tôi khuyên anh gặp bác sĩ gia đình và tham gia chương trình "
        "phòng ngừa tiểu đường miễn phí.\n\nVitalCheck Wellness",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="Korean: work injury update to employee's daughter",
        notes="Korean (EUC-KR) to the daughter's personal mailbox: father's name, fall "
        "injury, x-ray and work restriction.",
        frm=f"Jordan Fairbanks <jfairbanks@{HF}>",
        to="Kim Soojin <soojin.kim.sac@gmail.com>",
        subject="아버님 김영호 님 진료 안내",
        body="김수진 님께,\n\n아버님 김영호 님께서 오늘 오전 창고에서 넘어지셔서 직원 건강센터에서 "
        "진료를 받으셨습니다. 손목 엑스레이 결과 골절은 없고 염좌입니다. 2주 동안 무거운 물건을 "
        "들지 마시고, 다음 진료는 11월 20일 오후 2시입니다.\n\nJordan Fairbanks, FNP-C\n"
        "Harbor Foods 직원 건강센터",
        charset="euc-kr",
        lang="ko",
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="safety committee meeting invite (ICS)",
        notes="Hard negative: invite to review injury trends and the OSHA log in aggregate; "
        "no individual.",
        frm=f"Dave Kerrigan <dkerrigan@{HF}>",
        to=f"Safety Committee <safety-committee@{HF}>",
        subject="Safety Committee - November (injury trends)",
        body="Agenda: Q3 injury trends (aggregate), dock pedestrian lanes, hearing "
        "conservation program results, ammonia drill debrief.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harbor Foods//Outlook//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:safety-comm-202611@harborfoods.com\r\n"
        "DTSTAMP:20261109T140000Z\r\nDTSTART:20261119T150000Z\r\nDTEND:20261119T160000Z\r\n"
        "SUMMARY:Safety Committee - injury trends and hearing conservation\r\n"
        "LOCATION:Plant 3 Training Room B\r\nORGANIZER:mailto:dkerrigan@harborfoods.com\r\n"
        "ATTENDEE:mailto:safety-committee@harborfoods.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="forwarded vendor quote for AEDs (message/rfc822)",
        notes="Forwarded vendor quote; no patient.",
        frm=f"Helen Okoro <hokoro@{HF}>",
        to=f"Purchasing <purchasing@{HF}>",
        subject="Fw: AED quote",
        body="Can you cut a PO for this? Budget line 6120-EHC.\n\nHelen",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Sales <sales@lifepointaed.com>",
            to=f"hokoro@{HF}",
            subject="Quote Q-26-4418: AED Plus x3",
            body="Helen, as discussed: 3 x ZOLL AED Plus with wall cabinets, adult pads and "
            "CPR-D padz, $1,745 each, 5-year warranty. Free delivery to Stockton. Valid 30 days."
            "\n\nLifepoint AED Sales",
        ),
    ),
    Spec(
        phi=False,
        category="FHIR Questionnaire (PHQ-9 form definition)",
        notes="Hard negative: a FHIR Questionnaire resource with PHQ-9 items, including the "
        "suicide item; no patient or answers.",
        frm=f"Samir Haddad <shaddad@{CM}>",
        to="Integrations <integrations@eapcasepro.com>",
        subject="PHQ-9 questionnaire definition for the intake form",
        body="Attached is our PHQ-9 Questionnaire resource for the new intake form build. "
        "Item 9 must trigger the crisis workflow when the answer is > 0.\n\nSamir",
        atts=(Att("Questionnaire-phq9.json", "application/fhir+json", _PHQ9),),
    ),
    Spec(
        phi=False,
        category="X12 999 acknowledgment forwarded to billing vendor",
        notes="Hard negative: an X12 999 acknowledgment with only control numbers; no patient.",
        frm=f"EHC Billing <ehcbilling@{HF}>",
        to="Support <support@claimbridge-edi.com>",
        subject="999 shows rejected segment count - please check",
        body="Your 999 for batch 4417 says AK9*R but our count matches. Can you check?",
        atts=(
            Att(
                "999_4417.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*CLAIMBRIDGE    *ZZ*HARBOREHC      "
                "*261109*1102*^*00501*000008841*0*P*:~\n"
                "GS*FA*CLAIMBRIDGE*HARBOREHC*20261109*1102*8841*X*005010X231A1~\n"
                "ST*999*0001*005010X231A1~\nAK1*HC*4417*005010X222A1~\n"
                "AK2*837*0001*005010X222A1~\nIK5*R*5~\nAK9*R*1*1*0~\n"
                "SE*6*0001~\nGE*1*8841~\nIEA*1*000008841~\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="controlled substance inventory count",
        notes="Hard negative: clinic stock counts of controlled drugs with the registrant's "
        "DEA number; no patient.",
        frm=f"Helen Okoro <hokoro@{HF}>",
        to=f"Renée Castellanos <rcastellanos@{HF}>",
        subject="biennial CS inventory - sign by Friday",
        body="Renée, the biennial controlled substance inventory for registration DEA "
        "BC5131242 is done:\n\n- tramadol 50 mg tabs: 118\n- acetaminophen/codeine 300/30 "
        "tabs: 64\n- lorazepam 1 mg tabs: 0 (we stopped stocking)\n\nCounts match the "
        "dispensing log. Please sign the form at the front desk.\n\nHelen",
    ),
    Spec(
        phi=False,
        category="board report (aggregate clinical metrics)",
        notes="Hard negative: board-level aggregate counts (crisis calls, SI screenings, "
        "substance-use referrals).",
        frm=f"Greg Halvorsen <ghalvorsen@{CM}>",
        to="Board of Directors <board@clearmindeap.com>",
        subject="Q3 board packet - clinical summary",
        body="Board members,\n\nQ3 clinical summary:\n- 3,412 new cases across 41 employer "
        "clients\n- 288 crisis calls; 61 with active suicidal ideation, all with documented "
        "safety plans and 24-hour follow-up\n- 147 substance-use referrals to treatment (up "
        "19%)\n- Client satisfaction 4.7/5\n\nFull packet in the board portal.\n\nGreg",
    ),
    Spec(
        phi=False,
        category="lunch and learn on cholesterol",
        notes="Hard negative: health education event about lab numbers; no individual.",
        frm=f"VitalCheck Wellness <hello@{VC}>",
        to=f"Helen Okoro <hokoro@{HF}>",
        subject="Lunch & Learn: What your cholesterol numbers mean",
        body="Hi Helen,\n\nWe'd like to run a 30-minute Lunch & Learn at Plant 3 on Dec 9: "
        "what LDL, HDL and triglycerides mean, why fasting matters, and when to talk to a "
        "doctor about statins. Maya Patel, RD will present. Could you reserve the break room "
        "and post the flyer?\n\nVitalCheck Wellness",
    ),
    Spec(
        phi=False,
        category="offer letter to new counselor at personal mailbox",
        notes="Hard negative: HR offer letter to a job candidate's gmail; salary and start "
        "date, no health information.",
        frm=f"People Team <hr@{CM}>",
        to="Ifeoma Chukwu <ifeoma.chukwu.lmft@gmail.com>",
        subject="Offer of employment - EAP Counselor",
        body="Dear Ifeoma,\n\nWe're delighted to offer you the position of EAP Counselor "
        "(LMFT) at ClearMind EAP, starting January 4, 2027, at $84,500 per year plus "
        "benefits. The offer is contingent on licence verification and a background check."
        "\n\nPlease sign the attached letter by November 20.\n\nWarm regards,\nPeople Team",
        atts=(
            Att(
                "Offer_Letter_Chukwu.docx",
                DOCX,
                docx(
                    [
                        "ClearMind EAP - Offer of Employment",
                        "Position: EAP Counselor (LMFT), full time",
                        "Start date: January 4, 2027. Salary: $84,500.",
                        "Contingent on CA BBS license verification and background check.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="W-9 request to contract coach at personal mailbox",
        notes="Vendor paperwork to an independent contractor's outlook.com; no health data.",
        frm=f"Accounts Payable <ap@{VC}>",
        to="Marcus Delgado <marcusdelgado.fitness@outlook.com>",
        subject="W-9 needed before first payment",
        body="Hi Marcus,\n\nWelcome aboard as a contract coach. Before we can pay your first "
        "invoice we need a signed W-9 (upload via the vendor portal, please don't email your "
        "SSN). Payments go out on the 15th.\n\nVitalCheck AP",
    ),
    Spec(
        phi=False,
        category="interview scheduling with RN candidate at yahoo",
        notes="Hard negative: a candidate's yahoo address and interview for a clinic job; "
        "no health information about the candidate.",
        frm=f"Talent Acquisition <careers@{HF}>",
        to="Brianna Holloway <bholloway.rn@yahoo.com>",
        subject="Interview: Occupational Health RN",
        body="Hi Brianna,\n\nThanks for applying for the Occupational Health RN role. Dr. "
        "Castellanos and Helen Okoro would like to interview you on Tuesday 11/17 at 1:00 pm "
        "at the Employee Health Center (Plant 3, 2200 Wharf Rd). Plan on 60 minutes, "
        "including a tour of the audiometric booth.\n\nHarbor Foods Talent Acquisition",
    ),
    Spec(
        phi=False,
        category="monthly clinic visit volumes (HTML table)",
        notes="Hard negative: aggregate visit counts by visit type and month; no individual.",
        frm=f"Helen Okoro <hokoro@{HF}>",
        to=f"Lisa Marchetti <lmarchetti@{HF}>",
        subject="EHC volumes Aug-Oct",
        body="",
        html="<html><body><p>Lisa, volumes for the ops review:</p><table border='1'><tr><th>"
        "Visit type</th><th>Aug</th><th>Sep</th><th>Oct</th></tr><tr><td>Work injury</td>"
        "<td>22</td><td>19</td><td>27</td></tr><tr><td>Drug/alcohol collection</td><td>41</td>"
        "<td>38</td><td>45</td></tr><tr><td>DOT exam</td><td>9</td><td>12</td><td>8</td></tr>"
        "<tr><td>Personal illness</td><td>63</td><td>71</td><td>88</td></tr></table><p>Helen"
        "</p></body></html>",
    ),
    # non-English not PHI
    Spec(
        phi=False,
        category="Spanish: flu shot flyer",
        notes="Spanish (ISO-8859-1) flu clinic announcement to all staff; no individual.",
        frm=f"Harbor Foods Employee Health Center <healthcenter@{HF}>",
        to=f"Stockton Staff <stockton-all@{HF}>",
        subject="Vacunas contra la gripe gratis esta semana",
        body="¡Vacúnese contra la gripe! La clínica de empleados ofrece vacunas gratis a "
        "todos los empleados y temporales:\n\n- Lunes 9/11: comedor Planta 3, 5:30-8:00 am\n"
        "- Miércoles 11/11: cafetería del Centro de Distribución, 1:30-4:00 pm\n\nTraiga su "
        "credencial. La vacuna no causa la gripe.",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Chinese: stress management newsletter",
        notes="Mandarin (GB2312) newsletter on stress and sleep; no individual.",
        frm=f"ClearMind EAP <news@{CM}>",
        to=f"Harbor Foods Employees <all-employees@{HF}>",
        subject="员工援助计划：如何应对压力与失眠",
        body="各位员工：\n\n年底工作忙，压力大、睡不好很常见。建议：每天固定时间睡觉，睡前一小时"
        "不看手机，少喝酒和咖啡。如果情绪低落超过两周，请联系员工援助计划，免费且保密。\n\n"
        "电话：1-800-555-0199（24小时，提供中文服务）",
        charset="gb2312",
        lang="zh",
    ),
    Spec(
        phi=False,
        category="Vietnamese: screening event announcement",
        notes="Vietnamese (UTF-8) event announcement for employees; no individual.",
        frm=f"VitalCheck Wellness <hello@{VC}>",
        to=f"Harbor Foods Employees <all-employees@{HF}>",
        subject="Kiểm tra sức khỏe miễn phí ngày 18/11",
        body="Kính gửi nhân viên Harbor Foods,\n\nVitalCheck sẽ tổ chức kiểm tra sức khỏe miễn "
        "phí (huyết áp, cholesterol, đường huyết) tại Trung tâm Phân phối ngày 18/11. Vui "
        "lòng nhịn ăn 9-12 tiếng trước khi đến. Hoàn thành kiểm tra để nhận $600 giảm phí "
        "bảo hiểm.\n\nĐăng ký trên ứng dụng VitalCheck.",
        lang="vi",
    ),
    Spec(
        phi=False,
        category="Korean: EAP service brochure",
        notes="Korean (EUC-KR) service description for employees; no individual.",
        frm=f"ClearMind EAP <news@{CM}>",
        to=f"Harbor Foods Employees <all-employees@{HF}>",
        subject="ClearMind 직원지원프로그램 안내",
        body="Harbor Foods 직원 여러분,\n\nClearMind 직원지원프로그램(EAP)은 스트레스, 우울, "
        "가족 문제, 음주 문제 등에 대해 문제당 최대 6회 무료 상담을 제공합니다. 모든 상담은 "
        "비밀이 보장되며 회사에 알려지지 않습니다. 한국어 상담사도 있습니다.\n\n"
        "전화: 1-800-555-0199",
        charset="euc-kr",
        lang="ko",
    ),
]
