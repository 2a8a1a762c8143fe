"""Stride Men's Health (telehealth startup): 37 outbound messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nStride Men's Health Care Team\nstridemenshealth.com | 555-0120"

FHIR_RX = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "message",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "str-pt-88213",
                    "name": [{"family": "Okonkwo", "given": ["Daniel"]}],
                    "birthDate": "1988-10-14",
                    "telecom": [{"system": "phone", "value": "555-0133"}],
                    "address": [
                        {
                            "line": ["2716 Alder Way Apt 4"],
                            "city": "Tacoma",
                            "state": "WA",
                            "postalCode": "98405",
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "MedicationRequest",
                    "status": "active",
                    "intent": "order",
                    "subject": {"reference": "Patient/str-pt-88213"},
                    "medicationCodeableConcept": {"text": "Finasteride 1 mg tablet"},
                    "dosageInstruction": [{"text": "1 tablet by mouth daily"}],
                    "dispenseRequest": {"quantity": {"value": 90}},
                    "reasonCode": [{"text": "L64.9 Androgenic alopecia"}],
                }
            },
        ],
    },
    indent=1,
)

FHIR_OBS = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "p1",
                    "name": [{"family": "Marchetti", "given": ["Luca"]}],
                    "birthDate": "1979-02-23",
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "Testosterone, total"},
                    "subject": {"reference": "Patient/p1"},
                    "valueQuantity": {"value": 231, "unit": "ng/dL"},
                    "effectiveDateTime": "2026-03-09",
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "Hematocrit"},
                    "subject": {"reference": "Patient/p1"},
                    "valueQuantity": {"value": 47.1, "unit": "%"},
                }
            },
        ],
    },
    indent=1,
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*STRIDEMH       *ZZ*CASCADEBCBS    *260318*0915*^*00501*000000812*0*P*:~"
    "GS*HS*STRIDEMH*CASCADEBCBS*20260318*0915*812*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*STR270-812*20260318*0915~"
    "HL*1**20*1~NM1*PR*2*CASCADE BLUE CROSS*****PI*47198~"
    "HL*2*1*21*1~NM1*1P*2*STRIDE MENS HEALTH PC*****XX*1322873419~"
    "HL*3*2*22*0~NM1*IL*1*BRANNIGAN*SEAN*P***MI*CBX902117446~"
    "DMG*D8*19750611*M~DTP*291*D8*20260318~EQ*30~"
    "SE*11*0001~GE*1*812~IEA*1*000000812~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="ED medication shipping confirmation",
        notes="HTML-only shipping notice naming the customer and his tadalafil order to his personal mailbox.",
        frm="Stride Orders <orders@stridemenshealth.com>",
        to="kyle.brandvold@gmail.com",
        subject="Your order has shipped",
        body="",
        html=(
            "<html><body><p>Hi Kyle,</p><p>Your <b>tadalafil 5 mg, 90 tablets</b> shipped today in discreet packaging.</p>"
            "<p>Tracking: 9400 1118 9922 3471 0552 18</p><p>Questions? Reply to this e-mail.</p></body></html>"
        ),
        html_only=True,
    ),
    Spec(
        phi=True,
        category="subscription receipt revealing condition by plan name",
        notes="Hard positive: the only health detail is the plan name 'ED Daily' on a named customer's receipt (payment for care).",
        frm="Stride Billing <billing@stridemenshealth.com>",
        to="Omar Haddad <omar.haddad.84@outlook.com>",
        subject="Receipt #STR-R-204418",
        body=(
            "Thanks, Omar.\n\nPlan: ED Daily - 3 month\nAmount: $90.00\nCard: Visa ending 2291\n"
            "Next renewal: June 16, 2026\n\nManage your plan at stridemenshealth.com/account."
        ),
    ),
    Spec(
        phi=True,
        category="FHIR finasteride prescription to pharmacy",
        notes="FHIR bundle with patient name, DOB, address and finasteride for alopecia sent to the partner pharmacy.",
        frm="Stride eRx <erx@stridemenshealth.com>",
        to="intake@pillpostpharmacy.com",
        subject="New Rx message str-pt-88213",
        body="New prescription bundle attached. Prescriber NPI: 1065753067.",
        atts=(Att("rx_str-pt-88213.json", "application/fhir+json", FHIR_RX),),
    ),
    Spec(
        phi=True,
        category="low testosterone result and TRT start",
        notes="Named patient's total testosterone and plan to start therapy sent to his personal mailbox.",
        frm="Dr. Allison Ferro <aferro@stridemenshealth.com>",
        to="jmcallister.runs@gmail.com",
        subject="Your lab results and next steps",
        body=(
            "Hi Jordan,\n\nBoth morning testosterone draws came back low (212 and 238 ng/dL) and your "
            "hematocrit and PSA are normal. Given your fatigue and low libido, starting testosterone "
            "cypionate 100 mg weekly is reasonable. I've sent the prescription; repeat labs in 6 weeks.\n\n"
            "Dr. Allison Ferro" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="at-home STI kit positive result",
        notes="Hard positive: first name, kit number and positive chlamydia result to a personal mailbox.",
        frm="Stride Lab Results <results@stridemenshealth.com>",
        to="tbone_94@yahoo.com",
        subject="Your kit result is ready",
        body=(
            "Hi Tyler,\n\nKit STR-KIT-55821: Chlamydia trachomatis NAAT - DETECTED. Gonorrhea and HIV - not detected.\n"
            "A clinician has prescribed doxycycline 100 mg twice a day for 7 days to your pharmacy on file. "
            "Please let recent partners know." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="FHIR lab observations to outside clinic",
        notes="Hard positive: body generic; FHIR bundle names the patient with testosterone and hematocrit values.",
        frm="Stride Records <records@stridemenshealth.com>",
        to="records@puget-internalmed.com",
        subject="Requested records",
        body="Attached per the patient's signed release.",
        atts=(Att("labs_export.json", "application/fhir+json", FHIR_OBS),),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry",
        notes="270 eligibility inquiry carrying subscriber name, member ID and DOB to a payer.",
        frm="Stride RCM <rcm@stridemenshealth.com>",
        to="edi@cascadebcbs.com",
        subject="270 batch 812",
        body="Eligibility batch attached.",
        atts=(Att("STR270_812.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="GLP-1 dose titration support reply",
        notes="Support reply to a member's personal mailbox confirming his semaglutide dose increase.",
        frm="Stride Support <support@stridemenshealth.com>",
        to="greg.tillman@aol.com",
        subject="Re: Ticket 77102 - nausea question",
        body=(
            "Hi Greg,\n\nDr. Nakamura reviewed your check-in. Since the nausea has settled, she approved moving "
            "your semaglutide from 0.25 mg to 0.5 mg weekly starting with your next pen. Your weight is down 6 lb "
            "from baseline - nice work.\n\nMaya, Stride Support"
        ),
    ),
    Spec(
        phi=True,
        category="chargeback evidence to payment processor",
        notes="Hard positive: dispute evidence PDF to the card processor reveals a named customer's hair-loss prescriptions.",
        frm="Stride Finance <finance@stridemenshealth.com>",
        to="disputes@swiftpayprocessing.com",
        subject="Dispute DP-66120 evidence",
        body="Evidence for dispute DP-66120 attached (consult completed, product delivered).",
        atts=(
            Att(
                "DP-66120_evidence.pdf",
                "application/pdf",
                pdf(
                    [
                        "STRIDE MEN'S HEALTH - DISPUTE EVIDENCE DP-66120",
                        "Customer: Vincent Albrecht, 81 Harbor View Rd, Bellingham WA",
                        "Order STR-O-553019 02/11/2026: Finasteride 1 mg x90, Minoxidil 5% foam x3",
                        "Online consult completed 02/10/2026, approved by provider",
                        "Delivered 02/14/2026 (signature on file)",
                    ],
                    "Dispute evidence",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="condition-segmented win-back list to agency",
        notes="Hard positive: marketing list segmented by ED, hair loss and TRT with names and e-mails sent to an ad agency.",
        frm="Growth Team <growth@stridemenshealth.com>",
        to="accounts@brightloopmedia.com",
        subject="Win-back audiences for April",
        body="Three lapsed-subscriber audiences, one per tab. Please upload as custom audiences.",
        atts=(
            Att(
                "winback_april.xlsx",
                XLSX,
                xlsx(
                    {
                        "ED lapsed": [
                            ["first", "last", "email"],
                            ["Ray", "Quintana", "rayq77@gmail.com"],
                            ["Paul", "Stenberg", "pstenberg@yahoo.com"],
                        ],
                        "Hair lapsed": [
                            ["first", "last", "email"],
                            ["Devin", "Achebe", "d.achebe@outlook.com"],
                        ],
                        "TRT lapsed": [
                            ["first", "last", "email"],
                            ["Marco", "Lindgren", "marcolind@icloud.com"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="consult note forwarded to PCP",
        notes="Forward of a named patient's video-visit note with hypertension finding to his primary care office.",
        frm="Dr. Allison Ferro <aferro@stridemenshealth.com>",
        to="frontdesk@eastlakefamilydocs.com",
        subject="FW: Visit summary - Samuel Greer",
        body="Forwarding with Mr. Greer's consent. His BP was elevated at our visit; please follow up.\n\nAllison Ferro, MD",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Stride Visit Notes <notes@stridemenshealth.com>",
            to="aferro@stridemenshealth.com",
            subject="Visit summary - Samuel Greer",
            body=(
                "Samuel Greer, DOB 09/30/1970\nChief complaint: erectile dysfunction\nHome BP 158/96, 162/98\n"
                "Plan: sildenafil deferred until BP controlled; PCP follow-up advised."
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse handoff to contract physician",
        notes="Hard positive: patient number, phone and high blood pressure in a terse note to an outside contract physician.",
        frm="Clinical Ops <clinops@stridemenshealth.com>",
        to="dr.pinsky@pinskytelemed.com",
        subject="pt 88214",
        body="pt #88214 intake BP 168/102, on amlodipine. Hold PDE5i. pls call him 555-0137 today. thx -CO",
    ),
    Spec(
        phi=True,
        category="video visit invite for TRT follow-up",
        notes="Calendar invite naming the patient and his testosterone follow-up sent to his personal mailbox.",
        frm="Stride Scheduling <visits@stridemenshealth.com>",
        to="nate.forsberg@gmail.com",
        subject="Video visit confirmed",
        body="Nate, your 6-week testosterone follow-up is booked. Join from the link in the app.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stride//Visits//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:str-visit-301877@stridemenshealth.com\r\nDTSTAMP:20260317T180000Z\r\n"
            "DTSTART:20260325T230000Z\r\nDTEND:20260325T231500Z\r\n"
            "SUMMARY:TRT follow-up - Nate Forsberg\r\nLOCATION:Video\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="subpoena response with chart DOCX",
        notes="Chart excerpt DOCX for a named patient with PE treatment sent to a court clerk.",
        frm="Stride Legal <legal@stridemenshealth.com>",
        to="clerk.civil@kingcountycourts.org",
        subject="Subpoena duces tecum - case 25-2-11873-1 SEA",
        body="Responsive records and custodian declaration attached.",
        atts=(
            Att(
                "records_25-2-11873-1.docx",
                DOCX,
                docx(
                    [
                        "Stride Men's Health PC - Records of Brent Castellano (DOB 04/02/1983)",
                        "01/05/2026 Async consult: premature ejaculation; prescribed sertraline 25 mg as needed",
                        "02/09/2026 Check-in: improved; continue",
                        "Custodian of records: R. Patel",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lesion photo named after patient to dermatologist",
        notes="Hard positive: the image file name carries the patient's name and genital lesion; body has none.",
        frm="Dr. Ken Nakamura <knakamura@stridemenshealth.com>",
        to="consults@soundderm.com",
        subject="e-consult photo",
        body="Photo from this morning's async visit. Thoughts on HSV vs folliculitis?",
        atts=(
            Att("derrick_fallon_genital_lesion_0317.png", "image/png", png(5, 5, (210, 150, 140))),
        ),
    ),
    Spec(
        phi=True,
        category="zip of lab reports to new provider",
        notes="Zip of a named patient's testosterone and PSA lab reports sent to his new urologist.",
        frm="Stride Records <records@stridemenshealth.com>",
        to="records@granitefallsurology.com",
        subject="Records for Aaron Whitlock",
        body="Aaron Whitlock asked us to send his lab history ahead of his visit with Dr. Oyelaran on 3/30.",
        atts=(
            Att(
                "Whitlock_labs.zip",
                "application/zip",
                zipped(
                    {
                        "2025-11-03_labs.txt": "Aaron Whitlock DOB 1969-12-12 Total T 188 ng/dL, PSA 2.1",
                        "2026-02-20_labs.txt": "Aaron Whitlock Total T 512 ng/dL on TRT, Hct 53.8 (H), PSA 3.9",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="abbreviated TRT hold note to compounding pharmacy",
        notes="Hard positive: initials, DOB and abbreviated labs (TT, E2, Hct) telling a pharmacy to hold testosterone.",
        frm="Dr. Allison Ferro <aferro@stridemenshealth.com>",
        to="rx@evergreencompounding.com",
        subject="hold",
        body="Pls hold next fill for pt JR, 44M, DOB 5/2/81. TT 998, E2 41, Hct 54.6. Will resume after phlebotomy.\n-AF",
    ),
    Spec(
        phi=True,
        category="STI test kit order CSV to lab partner",
        notes="CSV of named customers, DOBs and addresses with HIV/syphilis panels ordered, sent to the lab partner.",
        frm="Stride Lab Ops <labops@stridemenshealth.com>",
        to="orders@clearpathdiagnostics.com",
        subject="Kit requisitions 03/18",
        body="3 requisitions for today's kit shipments.",
        atts=(
            Att(
                "req_0318.csv",
                "text/csv",
                'kit_id,last,first,dob,address,panel\r\nSTR-KIT-55840,Ortega,Luis,1992-07-19,"55 Pine St, Spokane WA",HIV/syphilis/GC/CT\r\n'
                'STR-KIT-55841,Whitaker,Jon,1986-01-30,"9 Cedar Ct, Olympia WA",HIV/HCV\r\n'
                'STR-KIT-55842,Moreau,Phil,2000-05-05,"410 3rd Ave, Yakima WA",GC/CT\r\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="finasteride side-effect reply to patient",
        notes="Clinician reply to a named patient's personal mailbox about his finasteride side effects.",
        frm="Dr. Ken Nakamura <knakamura@stridemenshealth.com>",
        to="ethan.vu.design@gmail.com",
        subject="Re: question about my hair loss meds",
        body=(
            "Hi Ethan,\n\nThanks for telling me about the lower libido since starting finasteride in January. "
            "Let's stop it and switch to topical finasteride/minoxidil; most men's symptoms resolve within "
            "a few weeks. I've updated your prescription.\n\nDr. Nakamura"
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="investor update with aggregate metrics",
        notes="Hard negative: aggregate subscriber counts by condition category, no individual.",
        frm="CEO <ceo@stridemenshealth.com>",
        to="angel.hutchins@gmail.com",
        subject="Stride - February investor update",
        body=(
            "Hi all,\n\nFebruary: 52,310 active subscribers (+6% MoM). Mix: ED 38%, hair 31%, TRT 14%, weight 12%, "
            "STI kits 5%. Gross margin 71%. Chargeback rate 0.4%. We launched in Oregon and Idaho.\n\n"
            "Asks: intros to employer benefits brokers.\n\nDana"
        ),
    ),
    Spec(
        phi=False,
        category="testosterone kit launch marketing",
        notes="HTML-only marketing to a general list with no individual or condition implied for a recipient.",
        frm="Stride <hello@stridemenshealth.com>",
        to="newsletter@list.stridemenshealth.com",
        subject="New: check your testosterone at home",
        body="",
        html=(
            "<html><body><h1>Tired all the time?</h1><p>Our new at-home testosterone kit is a simple finger-prick "
            "test with results in 5 days. $49, HSA eligible.</p><a href='https://stridemenshealth.com/t-kit'>Learn more</a></body></html>"
        ),
        html_only=True,
    ),
    Spec(
        phi=False,
        category="telehealth physician job posting",
        notes="Hard negative: physician job posting describing ED, TRT and STI care; no patient.",
        frm="Stride Talent <talent@stridemenshealth.com>",
        to="postings@doctorjobsboard.com",
        subject="Job: Telehealth Physician (multi-state license)",
        body="Remote, 1099 or W-2. You will manage ED, hair loss, testosterone deficiency and STI treatment via async and video visits. IMLC license preferred. $140/hr.",
    ),
    Spec(
        phi=False,
        category="QA bug report with synthetic account",
        notes="Hard negative: bug report using an internal synthetic QA account with made-up intake answers, declared as such.",
        frm="QA <qa@stridemenshealth.com>",
        to="support@formcraftsoftware.com",
        subject="Bug: conditional question skipped on intake v4",
        body=(
            "Repro with our synthetic QA account (not a real person): qa.synthetic07 / intake answers "
            "'ED: yes, nitrates: yes'. The nitrate hard-stop screen is skipped on Safari 17. Expected: block. "
            "Screenshots available on request."
        ),
    ),
    Spec(
        phi=False,
        category="pharmacy SLA aggregate workbook",
        notes="Hard negative: multi-sheet fulfilment performance workbook with counts and times only.",
        frm="Ops <ops@stridemenshealth.com>",
        to="partners@pillpostpharmacy.com",
        subject="Feb SLA review",
        body="SLA numbers for our call on Thursday. Ship time slipped on TRT orders the week of the 16th.",
        atts=(
            Att(
                "feb_sla.xlsx",
                XLSX,
                xlsx(
                    {
                        "Daily fills": [
                            ["date", "fills", "same-day %"],
                            ["2026-02-02", 1810, 0.97],
                            ["2026-02-03", 1744, 0.95],
                        ],
                        "By category": [
                            ["category", "fills", "avg ship hrs"],
                            ["ED", 21004, 19.2],
                            ["Hair", 16112, 20.1],
                            ["TRT", 5119, 31.7],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="prescriber roster with NPIs",
        notes="Hard negative: clinician roster with NPIs and licence states; provider identifiers only.",
        frm="Credentialing <credentialing@stridemenshealth.com>",
        to="partners@pillpostpharmacy.com",
        subject="Updated prescriber roster",
        body="Please load the attached roster; Dr. Pinsky is new this month.",
        atts=(
            Att(
                "prescribers.csv",
                "text/csv",
                "name,credential,npi,states\r\nAllison Ferro,MD,1065753067,WA;OR;ID\r\nKen Nakamura,MD,1724214741,WA;CA\r\nLev Pinsky,DO,1156508040,WA;OR\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SMS vendor contract renewal",
        notes="Vendor contract renewal; business mail only.",
        frm="Finance <finance@stridemenshealth.com>",
        to="renewals@textbridgeapi.com",
        subject="Renewal - order form TB-2026-114",
        body="Signed order form attached back to you by DocuSign. Please confirm the BAA addendum carries over to the new term.",
    ),
    Spec(
        phi=False,
        category="state board inquiry on prescribing policy",
        notes="Hard negative: policy answer to a medical board about controlled-substance prescribing; no patient.",
        frm="Medical Director <meddirector@stridemenshealth.com>",
        to="inquiries@wmc.wa.gov",
        subject="Re: general inquiry on telehealth testosterone prescribing",
        body=(
            "Testosterone (Schedule III) is prescribed only after two morning labs and a synchronous video visit; "
            "our prescribers hold DEA registration in each state. We do not prescribe other controlled substances. "
            "Our written protocol is attached to our portal submission."
        ),
    ),
    Spec(
        phi=False,
        category="press release on men's health survey",
        notes="Hard negative: aggregate survey findings about erectile dysfunction; no individual.",
        frm="Press <press@stridemenshealth.com>",
        to="newsdesk@pnwhealthwire.com",
        subject="Embargoed: 1 in 3 men in their 40s delay ED care, survey finds",
        body="Embargoed until 3/19 6am PT. A survey of 2,004 US men found 34% of men aged 40-49 with ED symptoms waited over a year to seek care; cost and embarrassment were top reasons.",
    ),
    Spec(
        phi=False,
        category="tabletop exercise with fictional breach",
        notes="Hard negative: security tabletop scenario describing a fictional breach with no real patient data.",
        frm="Security <security@stridemenshealth.com>",
        to="leadership@stridemenshealth.com",
        subject="Tabletop exercise Thursday - scenario",
        body="Scenario (fictional): an engineer's laptop with a CSV export of 4,000 STI kit results is stolen. Roles: IC, legal, comms. We'll walk the 60-day notification clock.",
    ),
    Spec(
        phi=False,
        category="employee benefits enrollment notice",
        notes="HR benefits notice for staff; no health information about anyone.",
        frm="People Team <people@stridemenshealth.com>",
        to="all@stridemenshealth.com",
        subject="Benefits open enrollment closes Friday",
        body="Reminder: choose your medical/dental plan in Gusto by Friday. New this year: fertility benefit and free Stride memberships for staff.",
    ),
    Spec(
        phi=False,
        category="support macro template with placeholders",
        notes="Hard negative: reply template with merge placeholders for name and medication; no real data.",
        frm="Support Lead <supportlead@stridemenshealth.com>",
        to="team@outsourcedcx.com",
        subject="New macro: refill delay apology",
        body="Hi {{first_name}},\n\nYour {{medication}} refill is delayed by {{days}} days due to a pharmacy backlog. We've upgraded your shipping at no cost.\n\nUse this only for tickets tagged refill-delay.",
    ),
    Spec(
        phi=False,
        category="finasteride FAQ draft to freelance writer",
        notes="Hard negative: general drug FAQ draft on side effects, sent to a writer; no patient.",
        frm="Content <content@stridemenshealth.com>",
        to="lena.morrow.writes@gmail.com",
        subject="FAQ draft for your edit",
        body="Attached is the finasteride FAQ. Please keep it at 8th-grade reading level.",
        atts=(
            Att(
                "finasteride_faq.docx",
                DOCX,
                docx(
                    [
                        "Finasteride: common questions",
                        "How does it work? It lowers DHT, the hormone that shrinks hair follicles.",
                        "Side effects: a small percentage of men report lower libido or erectile changes; these usually resolve after stopping.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="mailer box reorder to 3PL",
        notes="Packaging reorder with the logistics vendor; no customer data.",
        frm="Ops <ops@stridemenshealth.com>",
        to="accounts@northwestfulfill.com",
        subject="Reorder - plain mailer boxes",
        body="Please reorder 5,000 unbranded mailer boxes (SKU NW-MB-6x4) and 10,000 tamper seals. Same plain return address as before.",
    ),
    Spec(
        phi=False,
        category="clinician webinar invite",
        notes="Education webinar invite for clinicians; topic only.",
        frm="Medical Director <meddirector@stridemenshealth.com>",
        to="clinicians@stridemenshealth.com",
        subject="Grand rounds: managing erythrocytosis on TRT",
        body="Dr. Ferro will review our hematocrit protocol and phlebotomy referral thresholds.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stride//Edu//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:str-gr-0320@stridemenshealth.com\r\nDTSTAMP:20260316T170000Z\r\n"
            "DTSTART:20260320T190000Z\r\nDTEND:20260320T200000Z\r\nSUMMARY:Grand rounds - erythrocytosis on TRT\r\n"
            "LOCATION:Zoom\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded cloud hosting quote",
        notes="Forward of a hosting vendor quote; no patient.",
        frm="CTO <cto@stridemenshealth.com>",
        to="finance@stridemenshealth.com",
        subject="FW: Quote for reserved instances",
        body="Looks fine to me - can you approve before the 25th?",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Sales <sales@cumuluscloudhost.com>",
            to="cto@stridemenshealth.com",
            subject="Quote for reserved instances",
            body="3-year reserved compute, HIPAA-eligible region, $8,420/month. Quote valid until March 31.",
        ),
    ),
    Spec(
        phi=False,
        category="API release notes to pharmacy partner",
        notes="TXT changelog of an integration API; no patient data.",
        frm="Platform Team <platform@stridemenshealth.com>",
        to="it@pillpostpharmacy.com",
        subject="Rx API v2.3 release notes",
        body="Release notes attached. Sandbox is live now, production cutover March 30.",
        atts=(
            Att(
                "release_notes_v2.3.txt",
                "text/plain",
                "v2.3\n- MedicationRequest now includes dispenseRequest.quantity\n- Webhook retries with exponential backoff\n- Deprecated /v1/orders\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pharmacy partner newsletter",
        notes="HTML-only partner newsletter about operations; no individual.",
        frm="Partnerships <partners@stridemenshealth.com>",
        to="partners-list@stridemenshealth.com",
        subject="Stride partner update - March",
        body="",
        html=(
            "<html><body><h3>Partner update</h3><ul><li>Weight program now live in 12 states</li>"
            "<li>Holiday shipping cutoffs posted</li><li>New support hours 6am-8pm PT</li></ul></body></html>"
        ),
        html_only=True,
    ),
    Spec(
        phi=False,
        category="interview invite to candidate",
        notes="Interview scheduling with a job candidate's personal mailbox; no health information.",
        frm="Stride Talent <talent@stridemenshealth.com>",
        to="priya.sundaram.pm@gmail.com",
        subject="Interview - Senior Product Manager",
        body="Hi Priya, thanks for applying. Could you do a 45-minute video interview Tuesday or Wednesday afternoon? Attached is our office map if you'd rather come in.",
        atts=(Att("office_map.png", "image/png", png(8, 4, (30, 90, 160))),),
    ),
]
