"""holdout7: Cedarline Specialty Pharmacy (ships specialty drugs to patients' homes)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import CED, LCI, Att, Spec

SIG_PCC = """
--
Tyrell Matsumoto
Patient Care Coordinator
Cedarline Specialty Pharmacy | 1-855-555-0170
Mon-Fri 8a-7p CT"""

HL7_RDS = "\r".join(
    [
        "MSH|^~\\&|CEDARLINE_RX|CEDARLINE|PBM_GATEWAY|SUMMITRX|202611111120||RDS^O13|CED559012|P|2.5.1",
        "PID|1||CED-330981^^^CEDARLINE^PI||HOLLOWAY^FRANCINE^M||19660705|F|||"
        "99 Larch Meadow Way^^Gilbert^AZ^85296||480-555-0131",
        "IN1|1|SUMMITRX|SRX||||||||||||||||||||||||||||||||||SRX4419023301",
        "ORC|RE|CED7719044",
        "RXE|^^^20261111|00074-0554-02^Humira Pen 40 mg/0.4 mL^NDC|40||mg|pen",
        "RXD|1|00074-0554-02^Humira Pen 40 mg/0.4 mL^NDC|20261111|2|pen||||||||||",
        "DG1|1||L40.0^Psoriasis vulgaris^I10",
    ]
)

X12_270 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*CEDARLINERX    *ZZ*SUMMITRXELIG   "
            "*261112*0802*^*00501*000009031*0*P*:",
            "GS*HS*CEDARLINERX*SUMMITRXELIG*20261112*0802*9031*X*005010X279A1",
            "ST*270*0001*005010X279A1",
            "BHT*0022*13*CED9031*20261112*0802",
            "NM1*PR*2*SUMMIT RX*****PI*SRX01",
            "NM1*1P*2*CEDARLINE SPECIALTY PHARMACY*****XX*1031758968",
            "NM1*IL*1*ACHTERBERG*YVONNE****MI*SRX5520198842",
            "DMG*D8*19710219*F",
            "DTP*291*D8*20261112",
            "EQ*88",
            "SE*10*0001",
            "GE*1*9031",
            "IEA*1*000009031",
        ]
    )
    + "~\n"
)

COPAY_XLSX = xlsx(
    {
        "Enrollments": [
            ["Patient", "DOB", "Drug", "Copay card ID", "Plan", "Patient OOP"],
            [
                "Pruett, Shawna",
                "1984-09-30",
                "Dupixent 300mg",
                "DPX-55102934",
                "commercial",
                4250.0,
            ],
            [
                "Amadi, Chinonso",
                "1990-02-12",
                "Skyrizi 150mg",
                "SKY-81203377",
                "commercial",
                5600.0,
            ],
            ["Lindgren, Per", "1976-11-05", "Cosentyx 150mg", "COS-22019018", "commercial", 3900.0],
        ],
        "Claims Nov": [
            ["Copay card ID", "Fill date", "Billed", "Card paid"],
            ["DPX-55102934", "2026-11-03", 4250.0, 4245.0],
            ["SKY-81203377", "2026-11-05", 5600.0, 5595.0],
        ],
    }
)

AGG_XLSX = xlsx(
    {
        "KPIs": [
            ["Metric", "Q2", "Q3"],
            ["Shipments", 1711, 1842],
            ["PDC >= 80% (%)", 89.6, 91.0],
            ["Temp excursions", 5, 3],
            ["Mis-ships", 2, 1],
            ["Avg days referral-to-fill", 6.4, 5.1],
        ],
        "By therapy": [
            ["Therapy area", "Active patients", "PDC %"],
            ["Inflammatory (RA/PsO/CD)", 612, 92.4],
            ["Oncology oral", 188, 88.7],
            ["Hep C", 41, 97.0],
            ["MS", 97, 90.2],
        ],
    }
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="shipment confirmation to patient html",
        notes="HTML shipment notice naming patient, drug and delivery address",
        frm=f"Cedarline Shipping <noreply-shipping@{CED}>",
        to="rgallardo.az@gmail.com",
        subject="Your Cedarline order has shipped",
        body="",
        html="<html><body><p>Hi Rosa Gallardo,</p><p>Your order <b>Humira Pen 40 mg (2 pens)</b> "
        "shipped today via FedEx Priority Overnight, tracking 7712 4410 9983.</p>"
        "<p>Delivering to: 2740 N Saguaro Vista Dr, Mesa AZ 85207<br>Signature required. Keep "
        "refrigerated on arrival.</p><p>Questions? 1-855-555-0170</p></body></html>",
    ),
    Spec(
        phi=True,
        category="refill reminder text-style",
        notes="Hard positive: first name + Enbrel refill to patient's yahoo, texting style",
        frm=f"Tyrell Matsumoto <tmatsumoto@{CED}>",
        to="marcus.t.holt@yahoo.com",
        subject="refill",
        body="Hi Marcus, it's time for your Enbrel refill - want me to ship for Thurs delivery? "
        "just reply yes or call me" + SIG_PCC,
    ),
    Spec(
        phi=True,
        category="prior auth to PBM",
        notes="Member id, DOB, diagnosis code and drug to PBM PA desk",
        frm=f"Prior Auth Team <pa@{CED}>",
        to="pa.fax@summitrx.com",
        subject="PA - Otezla - SRX4419077120",
        body="PA request attached to ePA case 66120. Summary:\n\nPatient: Lionel "
        "Featherstone\nDOB: "
        "08/08/1963\nMember ID: SRX4419077120\nDrug: apremilast 30 mg BID\nDx: L40.50 psoriatic "
        "arthritis, failed methotrexate x 6 mo (LFTs)\nPrescriber: Imani Okafor, MD, "
        "Rheumatology, NPI: 1735092755\n\nPA Team, Cedarline",
    ),
    Spec(
        phi=True,
        category="courier manifest csv",
        notes="Hard positive: CSV delivery manifest with names, addresses, cold-chain drugs",
        frm=f"Dispatch <dispatch@{CED}>",
        to="manifests@desertcourierco.com",
        subject="manifest 11/12 PM run",
        body="PM run manifest attached. 2 cold chain, 1 needs signature. Driver please text on "
        "arrival.",
        atts=(
            Att(
                "manifest_20261112_PM.csv",
                "text/csv",
                "stop,recipient,address,city,phone,contents,handling\r\n"
                "1,Francine Holloway,99 Larch Meadow Way,Gilbert,480-555-0131,Humira pens "
                "x2,COLD/SIG\r\n"
                "2,Ebenezer Quaye,1402 W Baseline Rd Apt 18,Tempe,480-555-0162,Xeljanz "
                "11mg,ambient\r\n"
                "3,Lorna Birchfield,61 E Camino del Sol,Chandler,480-555-0190,Copaxone "
                "40mg,COLD\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="copay card enrollment xlsx",
        notes="Hard positive: XLSX multi-sheet with patients, DOBs, drugs, copay card ids and "
        "claims",
        frm=f"Financial Assistance <copay@{CED}>",
        to="hubops@assistbridgehub.com",
        subject="Nov copay enrollments",
        body="Attached Nov enrollments + first claims. Let me know if the IDs don't "
        "load.\n\nKeisha",
        atts=(Att("Cedarline_copay_Nov.xlsx", XLSX, COPAY_XLSX),),
    ),
    Spec(
        phi=True,
        category="adherence note txt to prescriber",
        notes="TXT clinical note attached with patient name, missed Ibrance doses, neutropenia",
        frm=f"Clinical Pharmacy <clinical@{CED}>",
        to=f"oralchemo@{LCI}",
        subject="adherence follow up",
        body="Note from our call today attached. FYI only, no action unless you want a dose "
        "change.\n\n"
        "Priscilla Wong, PharmD, BCOP",
        atts=(
            Att(
                "clinical_note_1111.txt",
                "text/plain",
                "CEDARLINE SPECIALTY PHARMACY - CLINICAL NOTE\n"
                "Patient: Bernadette Szymanski  DOB 04/27/1959\n"
                "Therapy: palbociclib 125 mg daily d1-21\n"
                "Pt reports missing 2 doses (d8, d9) due to fatigue. ANC 1.1 on 11/09 labs.\n"
                "Counseled on adherence; instructed not to double up. Next fill 11/24.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject-only new PA needed",
        notes="Hard positive: patient name + Harvoni PA need only in subject",
        frm=f"Intake <intake@{CED}>",
        to="frontdesk@valleygihepatology.com",
        subject="Rx for Aurelio Benavides - Harvoni needs new PA (old one expired 11/1)",
        body="pls see subject, thank you!",
    ),
    Spec(
        phi=True,
        category="x12 270 eligibility",
        notes="Hard positive: X12 270 eligibility inquiry with member id and DOB; body bland",
        frm=f"Reimbursement <reimbursement@{CED}>",
        to="edi.support@summitrx.com",
        subject="270 batch returned AAA*N*72",
        body="Our 270 is coming back with AAA 72 (invalid member id) but the card matches. Raw "
        "file "
        "attached, can you look?\n\nThanks, Dmitri",
        atts=(Att("CED_270_9031.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="temperature excursion incident to courier",
        notes="Patient initial + surname, address and Stelara left on porch",
        frm=f"Quality <quality@{CED}>",
        to="claims@desertcourierco.com",
        subject="Incident - left on porch",
        body="Hi,\n\nYesterday's delivery for B. Fitzgerald, 14 Elm Ct, Gilbert was left on the "
        "porch "
        "without signature (needs SIG). Package sat ~5 hrs, temp logger shows 31C. It was Stelara "
        "90 mg, we have to replace it - $28k product. Opening a claim.\n\nRachel Obi\nQuality "
        "Manager",
    ),
    Spec(
        phi=True,
        category="forwarded son's address change",
        notes="Forward (rfc822) of a son's email about his mother's MS medicine delivery address",
        frm=f"Tyrell Matsumoto <tmatsumoto@{CED}>",
        to="dispatch@desertcourierco.com",
        subject="Fwd: moms delivery",
        body="pls update for Thursday's stop, see below." + SIG_PCC,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Ben Kessler <benkessler77@hotmail.com>",
            to=f"tmatsumoto@{CED}",
            subject="moms delivery",
            body="Hi Tyrell, my mom Ruth Kessler is staying with us for a while after her MS "
            "flare. "
            "Can her Kesimpta go to 881 Birch Hollow Rd, Queen Creek 85142 instead? Thanks, Ben",
        ),
    ),
    Spec(
        phi=True,
        category="medicare part B claim note",
        notes="MBI with patient name and nebulized drug to DME MAC contact",
        frm=f"Reimbursement <reimbursement@{CED}>",
        to="provider.relations@noridianpartners.com",
        subject="claim reprocessing",
        body="Hello,\n\nRequesting reprocessing for beneficiary Harlan Whitfield-Omondi, MBI: "
        "8VE7-GD5-JP45, DOS 10/28/2026, J7682 tobramycin inhalation (cystic fibrosis, E84.0). "
        "Denied CO-16 in error, KX modifier was present.\n\nThanks,\nDmitri Volkov\nReimbursement",
    ),
    Spec(
        phi=True,
        category="photo filename only",
        notes="Hard positive: PHI only in PNG filename (patient name + injection site reaction)",
        frm=f"Priscilla Wong <pwong@{CED}>",
        to="nurse.line@desertrheumatology.com",
        subject="pic from pt",
        body="see attached, pt sent this morning. redness ~4cm, warm. called, no fever.",
        atts=(
            Att(
                "Adebayo_Chidi_injection_site_reaction_Dupixent.png",
                "image/png",
                png(7, 5, (220, 120, 120)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip of enrollment forms",
        notes="Encrypted ZIP of patient enrollment forms for a Hep C program; password sent "
        "separately",
        frm=f"Intake <intake@{CED}>",
        to="referrals@valleygihepatology.com",
        subject="enrollment forms - 4 pts (secure)",
        body="4 completed enrollment forms for the Hep C program, zip is encrypted, I'll text you "
        "the password.\n\nDana",
        atts=(
            Att(
                "hepc_enroll_1111.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "enroll_Benavides_Aurelio.txt": "Aurelio Benavides DOB 1958-03-22 HCV GT1a "
                        "viral load 2.1M IU/mL - Harvoni 12 wk",
                        "enroll_Tsosie_Marian.txt": "Marian Tsosie DOB 1969-07-01 HCV GT3 - "
                        "Epclusa 12 wk",
                    },
                    "Cedar-1111",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hl7 dispense record to PBM",
        notes="Hard positive: HL7 RDS attachment with patient, address, Humira, psoriasis",
        frm=f"Pharmacy Systems <rxsystems@{CED}>",
        to="integration@summitrx.com",
        subject="RDS CED559012 rejected",
        body="Your gateway rejected this one with 'IN1-36 invalid'. Attached as sent. Thx",
        atts=(Att("CED559012.hl7", "application/hl7-v2", HL7_RDS),),
    ),
    Spec(
        phi=True,
        category="labs request to prescriber office",
        notes="Patient name with hepatitis B labs needed before dispensing",
        frm=f"Intake <intake@{CED}>",
        to="ma.team@valleygihepatology.com",
        subject="labs needed",
        body="Hi! Need updated labs for your pt Donovan Pierce before we can dispense Vemlidy - "
        "HBV DNA and LFTs within 90 days. Insurance won't approve without them. Can you fax to "
        "480-555-0179?\n\nThank you!\nDana, Intake",
    ),
    Spec(
        phi=True,
        category="casual internal with phone",
        notes="Hard positive: chatty internal note with patient surname, Cosentyx and her phone "
        "number",
        frm=f"Tyrell Matsumoto <tmatsumoto@{CED}>",
        to=f"pcc-team@{CED}",
        subject="mrs hadley again lol",
        body="lol mrs hadley called again re her cosentyx, she's fine, just wanted to chat about "
        "her "
        "grandkids. left her a vm at 602-555-0148 that her shipment is Fri. if she calls back pls "
        "just confirm fri",
    ),
    Spec(
        phi=True,
        category="assistance denial letter docx",
        notes="DOCX letter to patient naming drug, diagnosis and denial of assistance",
        frm=f"Financial Assistance <copay@{CED}>",
        to="wendell.r.ames@outlook.com",
        subject="Your assistance application",
        body="Mr. Ames,\n\nPlease see the attached letter about your foundation application. "
        "Call me "
        "if you'd like to talk through other options.\n\nKeisha Barnwell\nFinancial Assistance",
        atts=(
            Att(
                "Ames_assistance_letter.docx",
                DOCX,
                docx(
                    [
                        "Cedarline Specialty Pharmacy",
                        "November 12, 2026",
                        "Wendell Ames, 4418 E Cholla St, Phoenix AZ 85028",
                        "Re: Assistance for Ofev (nintedanib) 150 mg - idiopathic pulmonary "
                        "fibrosis",
                        "The PAN Foundation IPF fund is currently closed, so we were unable to "
                        "enroll "
                        "you. We have placed you on the waitlist and applied for the "
                        "manufacturer's "
                        "patient assistance program on your behalf.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="welcome email to new patient",
        notes="Welcome to new MS patient naming Tecfidera and first shipment date, to hotmail",
        frm=f"Cedarline Welcome Team <welcome@{CED}>",
        to="anh.tran.phx@hotmail.com",
        subject="Welcome to Cedarline, Anh!",
        body="Hi Anh,\n\nWelcome to Cedarline Specialty Pharmacy! Your first shipment of Tecfidera "
        "(dimethyl fumarate) starter pack is scheduled to arrive Tuesday 11/17. A pharmacist "
        "will call "
        "you Monday to go over flushing and stomach side effects.\n\nYour patient ID: "
        "CED-331407\n\n"
        "Cedarline Welcome Team",
    ),
    Spec(
        phi=True,
        category="pdf delivery exception letter",
        notes="PDF with patient name, address and missed delivery of Xolair",
        frm=f"Dispatch <dispatch@{CED}>",
        to="leon.tomaszewski@aol.com",
        subject="We missed you today",
        body="We tried to deliver today. Details attached - please call to reschedule.",
        atts=(
            Att(
                "delivery_notice.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDARLINE SPECIALTY PHARMACY - DELIVERY NOTICE",
                        "Leon Tomaszewski, 5120 W Glendale Ave, Glendale AZ 85301",
                        "Item: Xolair 150 mg prefilled syringe (refrigerated)",
                        "Attempted: 11/12/2026 2:41 PM - no answer. Package returned to pharmacy.",
                        "Call 1-855-555-0170 to reschedule.",
                    ],
                    "Delivery notice",
                ),
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="lot recall notice to prescribers",
        notes="Hard negative: manufacturer lot recall of pen needles, no patients",
        frm=f"Cedarline Pharmacy <pharmacy@{CED}>",
        to="office-managers@desertrheumatology.com",
        subject="Recall notice - pen needle lot 24K118",
        body="FYI: the manufacturer has recalled pen needle lot 24K118 (32G 4mm) for possible "
        "non-sterility. We've already contacted affected patients directly and replaced product. "
        "No action needed from your office.\n\nCedarline Pharmacy Operations",
    ),
    Spec(
        phi=False,
        category="formulary change notice",
        notes="Hard negative: formulary change naming drugs and conditions, no individual",
        frm=f"Clinical Pharmacy <clinical@{CED}>",
        to="office-managers@desertrheumatology.com, ma.team@valleygihepatology.com",
        subject="1/1/27 Summit Rx formulary: adalimumab biosimilar preferred",
        body="",
        html="<html><body><p>Heads up for your RA, psoriasis and Crohn's patients on Summit Rx "
        "plans:</p><ul><li>Preferred: adalimumab-adaz (Hyrimoz), unbranded</li><li>Humira moves to "
        "non-preferred 1/1/2027</li><li>No new PA needed for the switch; we'll send new Rx "
        "requests</li>"
        "</ul><p>Cedarline Clinical Pharmacy</p></body></html>",
    ),
    Spec(
        phi=False,
        category="accreditation survey logistics",
        notes="URAC survey scheduling",
        frm=f"Compliance <compliance@{CED}>",
        to=f"managers@{CED}",
        subject="URAC onsite 12/8-12/9",
        body="URAC surveyors onsite Dec 8-9. Please have policies binder, complaint log and the Q3 "
        "QM minutes ready. Walkthrough of the cold-chain packing area on day 1. Current versions "
        "of "
        "the policies they asked for are in the zip.",
        atts=(
            Att(
                "URAC_requested_policies.zip",
                "application/zip",
                zipped(
                    {
                        "PP-210_Cold_Chain_Packing.txt": "Cedarline Specialty Pharmacy PP-210. "
                        "Refrigerated products (2-8C) ship in validated 48-hr shippers with a data "
                        "logger. Excursions are reported to Quality within 1 business day.\n",
                        "PP-305_Complaints.txt": "Cedarline Specialty Pharmacy PP-305. Complaints "
                        "are logged within 24 hours and resolved within 5 business days.\n",
                        "PP-410_Clinical_Assessment.txt": "Initial and ongoing clinical "
                        "assessments "
                        "are completed by a pharmacist for every therapy start and annually.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="courier rate negotiation",
        notes="Business negotiation with courier",
        frm=f"Sarah Lindqvist-Bauer <slbauer@{CED}>",
        to="accounts@desertcourierco.com",
        subject="2027 rates",
        body="Hi Jorge,\n\nWe can do $14.25/stop for metro and $22 for the Queen Creek/San Tan "
        "zone if "
        "you add Saturday AM. Current volume ~110 stops/day. Let's finalize by "
        "12/1.\n\nSarah\nVP Ops",
    ),
    Spec(
        phi=False,
        category="DEA registration renewal",
        notes="Hard negative: pharmacy DEA number and controlled-substance schedules, no patients",
        frm=f"Compliance <compliance@{CED}>",
        to="licensing@azpharmacyconsult.com",
        subject="DEA renewal - Cedarline Chandler",
        body="Hi Marta,\n\nOur DEA registration MR1594248 (schedules 2, 2N, 3, 3N, 4, 5) expires "
        "2/28/2027. Can you start the renewal and the AZ Board permit update at the same time? "
        "PIC is Priscilla Wong.\n\nThanks",
    ),
    Spec(
        phi=False,
        category="CE reminder",
        notes="Staff license CE reminder",
        frm=f"HR <hr@{CED}>",
        to=f"pharmacists@{CED}",
        subject="License renewal - 30 CE hrs",
        body="Reminder: AZ pharmacist licenses renew 10/31/27. 30 hours incl. 3 law and 3 opioid. "
        "Cedarline reimburses up to $300/yr - submit receipts in Paylocity.",
    ),
    Spec(
        phi=False,
        category="payroll overtime",
        notes="Hard negative: payroll/timesheet mail naming employees and overtime",
        frm=f"Payroll <payroll@{CED}>",
        to=f"packing-team@{CED}",
        subject="Sat packing shift OT + timesheets",
        body="Team - Saturday 11/21 packing shift is OT (1.5x). Signed up: Luis R., Kendra P., "
        "Abdi M., Jo T. Timesheets due Monday noon. Direct deposit hits Friday 11/27.\n\nPayroll",
    ),
    Spec(
        phi=False,
        category="aggregate KPI workbook",
        notes="Hard negative: adherence and shipment aggregates by therapy area",
        frm=f"Sarah Lindqvist-Bauer <slbauer@{CED}>",
        to="contracting@summitrx.com",
        subject="Q3 network performance report",
        body="Attached our Q3 network KPIs per section 7.2 of the agreement.\n\nSarah",
        atts=(Att("Cedarline_Q3_KPIs.xlsx", XLSX, AGG_XLSX),),
    ),
    Spec(
        phi=False,
        category="training test patient",
        notes="Hard negative: order-entry training with explicitly fake TEST PATIENT",
        frm=f"Training <training@{CED}>",
        to=f"new-hires@{CED}",
        subject="order entry practice",
        body="For Thursday's training use the TRAINING environment only:\n\nPatient: TESTPATIENT, "
        "MICKEY (fake, do not ship)\nDOB 01/01/1950\nDrug: Enbrel 50 mg SureClick\n\nEnter the Rx, "
        "run a test claim, and stop at verification. Nothing in TRAIN ever ships.",
    ),
    Spec(
        phi=False,
        category="general inquiry reply",
        notes="Hard negative: reply to a member of the public's gmail with generic info only",
        frm=f"Cedarline Pharmacy <pharmacy@{CED}>",
        to="jfontaine.az@gmail.com",
        subject="RE: how does this work",
        body="Hi Jacques,\n\nThanks for reaching out. Specialty medications need a prescription "
        "from "
        "your doctor sent to us (eRx or fax 480-555-0179). We then check insurance, help with "
        "copay "
        "programs, and ship to your home free. We can't give advice about a specific condition by "
        "email - call 1-855-555-0170 and a pharmacist can help.\n\nCedarline Pharmacy",
    ),
    Spec(
        phi=False,
        category="webinar invite",
        notes="Educational webinar calendar invite about biosimilars",
        frm=f"Clinical Pharmacy <clinical@{CED}>",
        to="office-managers@desertrheumatology.com",
        subject="Invitation: Biosimilars 101 for office staff @ Wed Dec 2 12pm",
        body="30 min lunch webinar on interchangeability and what changes for your patients' PAs.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Zoom//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:ced-webinar-1202@cedarlinerx.com\r\nDTSTAMP:20261110T170000Z\r\n"
        "DTSTART:20261202T190000Z\r\nDTEND:20261202T193000Z\r\n"
        "SUMMARY:Biosimilars 101 for office staff\r\nLOCATION:https://zoom.us/j/88120034411\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="job posting pharmacy tech",
        notes="Recruiting mail",
        frm=f"HR <hr@{CED}>",
        to="listings@azhealthjobs.com",
        subject="Pharmacy Technician - Packing & Shipping (Chandler)",
        body="Full time, $21/hr + shift diff, AZ tech license required. Cold chain packing, label "
        "verification, courier handoff. Apply cedarlinerx.com/careers.",
    ),
    Spec(
        phi=False,
        category="phishing test results",
        notes="IT security aggregate",
        frm=f"IT Security <security@{CED}>",
        to=f"managers@{CED}",
        subject="Oct phishing sim results",
        body="Oct sim: 14% clicked (down from 19%), 4% entered creds. Repeat clickers get assigned "
        "training automatically. Report button usage up to 38%. Good progress.",
    ),
    Spec(
        phi=False,
        category="holiday shipping schedule",
        notes="Holiday delivery schedule to prescriber offices",
        frm=f"Cedarline Pharmacy <pharmacy@{CED}>",
        to="office-managers@desertrheumatology.com",
        subject="Thanksgiving shipping schedule",
        body="",
        html="<html><body><table border='1'><tr><th>Date</th><th>Pharmacy</th><th>Deliveries</th>"
        "</tr><tr><td>Wed 11/25</td><td>open</td><td>yes (cutoff 1pm)</td></tr><tr><td>Thu "
        "11/26</td>"
        "<td>closed</td><td>none</td></tr><tr><td>Fri "
        "11/27</td><td>8a-5p</td><td>yes</td></tr></table>"
        "<p>On-call pharmacist 24/7 at 1-855-555-0170.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="limited distribution network announcement",
        notes="Hard negative: LDD announcement naming a disease and drug, no patients",
        frm=f"Sarah Lindqvist-Bauer <slbauer@{CED}>",
        to=f"clinical@{CED}, intake@{CED}",
        subject="We're in! LDD for tafamidis",
        body="Great news - Cedarline was selected for the limited distribution network for "
        "tafamidis (ATTR cardiomyopathy) starting 1/4. Expect referrals from the cardiology "
        "groups, "
        "esp. Riverbend. Training on the REMS-free workflow next week.",
    ),
    Spec(
        phi=False,
        category="employee benefits renewal",
        notes="Hard negative: employer health plan renewal with premiums and aggregate claims",
        frm=f"HR <hr@{CED}>",
        to="renewals@canyonbenefitsgroup.com",
        subject="2027 medical renewal",
        body="Hi Tom,\n\nThe 9.8% increase is hard to swallow. Our aggregate loss ratio was 71% "
        "and "
        "no large claimants over $100k per your own report. Can you quote the HDHP/HSA option and "
        "a $1,500 deductible PPO? Need options by 11/20 for open enrollment.\n\nAngela, HR",
    ),
    Spec(
        phi=False,
        category="journal article share",
        notes="Hard negative: clinical study discussion between pharmacists, no individual",
        frm=f"Priscilla Wong <pwong@{CED}>",
        to=f"pharmacists@{CED}",
        subject="GLP-1 + HFpEF paper",
        body="Worth a read for the cardiology referrals we'll get - semaglutide in obesity-related "
        "HFpEF, improved KCCQ and 6MWD. https://www.nejm.org/ (login via library). Discuss at "
        "Friday huddle?",
    ),
    Spec(
        phi=False,
        category="cooler packs chatter",
        notes="Casual internal chatter",
        frm=f"Jo Tafoya <jtafoya@{CED}>",
        to=f"packing-team@{CED}",
        subject="cooler packs",
        body="whoever took the gel packs to the dock pls bring back the empty totes!! we're out of "
        "the large ones again :(",
    ),
    Spec(
        phi=False,
        category="packaging vendor pdf quote",
        notes="Vendor quote for cold-chain shippers as PDF",
        frm=f"Purchasing <purchasing@{CED}>",
        to="sales@polarshipsolutions.com",
        subject="Re: quote Q-20931",
        body="Thanks - approved. Please invoice against PO 88102.",
        atts=(
            Att(
                "Q-20931_signed.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDARLINE SPECIALTY PHARMACY - PURCHASE APPROVAL",
                        "Vendor: PolarShip Solutions  Quote Q-20931",
                        "48-hr EPS shipper, 2-8C, medium  x 2,000  @ $6.85",
                        "Phase-change gel pack 24oz      x 8,000  @ $0.92",
                        "Total: $21,060.00   PO 88102",
                    ],
                    "Quote",
                ),
            ),
        ),
    ),
]
