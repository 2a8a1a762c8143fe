"""CareRoute Mobile Health (mobile health van: street medicine, screenings, vaccines) outbound mail (36)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import CRM, Att, Spec

SIG = "\n\nCareRoute Mobile Health\nOn the road in Montgomery & Greene counties | 937-555-0130 | careroutemobile.org"
SIG_SHORT = "\n-- sent from the van"

_HL7_ORU = (
    "MSH|^~\\&|CAREROUTE_POC|VAN2|RCH_EHR|RIVERBEND|202603181122||ORU^R01|CRM0318112|P|2.5.1\r"
    "PID|1||CRM-77812^^^CRM^MR||DELACROIX^JEAN^P||19630515|M|||NO FIXED ADDRESS^^Dayton^OH\r"
    "OBR|1|||4548-4^Hemoglobin A1c^LN|||202603181050\r"
    "OBX|1|NM|4548-4^Hemoglobin A1c^LN||11.8|%|4.0-5.6|H|||F\r"
    "OBX|2|NM|2345-7^Glucose^LN||312|mg/dL|70-99|H|||F\r"
)

_FHIR_IMM = """{
  "resourceType": "Immunization",
  "status": "completed",
  "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "52", "display": "Hep A, adult"}]},
  "patient": {"display": "Dakota Frye", "identifier": {"system": "urn:careroute:mrn", "value": "CRM-80244"}},
  "occurrenceDateTime": "2026-03-17",
  "lotNumber": "HA7719B",
  "location": {"display": "CareRoute Van 1 at St. Vincent Gateway shelter"}
}
"""

_X12_270 = (
    "ISA*00*          *00*          *ZZ*CAREROUTE      *ZZ*OHELIGHUB      *260317*0912*^*00501*000000270*0*P*:~"
    "GS*HS*CAREROUTE*OHELIGHUB*20260317*0912*270*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "BHT*0022*13*CRM270317*20260317*0912~"
    "NM1*PR*2*OHIO MEDICAID*****PI*OHMCD~"
    "NM1*1P*2*CAREROUTE MOBILE HEALTH*****XX*1574732966~"
    "NM1*IL*1*FRYE*DAKOTA****MI*OHM552093317~"
    "DMG*D8*19940603~"
    "EQ*30~"
    "SE*8*0001~GE*1*270~IEA*1*000000270~"
)

_STOPS_XLSX = xlsx(
    {
        "April stops": [
            ["Date", "Site", "Address", "Services"],
            [
                "2026-04-01",
                "St. Vincent Gateway",
                "1920 E Third St",
                "primary care, hep A vaccine, naloxone",
            ],
            [
                "2026-04-03",
                "Westwood library lot",
                "3207 Hoover Ave",
                "BP/A1c screening, flu/COVID",
            ],
            [
                "2026-04-08",
                "Bethel AME Church",
                "515 W Fifth St",
                "primary care, HIV/hep C testing",
            ],
        ],
        "Staffing": [
            ["Date", "Driver", "Clinician", "Outreach"],
            ["2026-04-01", "Luis Ortega", "Kim Tran, NP", "Sam Oduya"],
            ["2026-04-03", "Luis Ortega", "Dr. Bea Lindqvist", "Sam Oduya"],
        ],
    }
)

_ENCOUNTER_XLSX = xlsx(
    {
        "Encounters 3-16": [
            ["Time", "Name", "DOB", "Service", "Result"],
            ["09:40", "Dakota Frye", "1994-06-03", "Hep A #1", "given L deltoid"],
            ["10:15", "Rhonda Vickers", "1971-09-30", "Rapid HCV Ab", "REACTIVE - RNA sent"],
            [
                "11:02",
                "Terrence Boone",
                "1988-12-12",
                "Wound care L shin",
                "cellulitis, Keflex x7d",
            ],
        ],
        "Naloxone": [
            ["Name", "Kits"],
            ["Rhonda Vickers", 2],
            ["Terrence Boone", 1],
        ],
    }
)

MESSAGES = [
    Spec(
        phi=True,
        category="Point-of-care A1c HL7 result to FQHC",
        notes="HL7 ORU with unhoused patient's name, DOB, van MRN and A1c 11.8 sent to the FQHC interface inbox.",
        frm="CareRoute Clinical <clinical@careroutemobile.org>",
        to="interfaces@riverbendchc.org",
        subject="POC result - manual send (van modem down)",
        body="Van modem was down so the ORU didn't route. Attached for manual filing.\n\nKim Tran, NP"
        + SIG,
        atts=(Att("poc_0318_1122.hl7", "application/hl7-v2", _HL7_ORU),),
    ),
    Spec(
        phi=False,
        category="April van stop schedule multi-sheet to partners",
        notes="Hard negative: stop schedule and staffing workbook listing services like HIV testing and naloxone; staff names and sites only.",
        frm="CareRoute Scheduling <schedule@careroutemobile.org>",
        to=f"site-hosts@{CRM}",
        subject="April stop schedule",
        body="Attached is the April schedule. Please post at your site a week ahead.\n\nThanks,\nSam"
        + SIG,
        atts=(Att("CareRoute_April_2026.xlsx", XLSX, _STOPS_XLSX),),
    ),
    Spec(
        phi=True,
        category="Daily encounter log to medical director",
        notes="Multi-sheet encounter log with names, DOBs, vaccines, reactive hepatitis C test and cellulitis treatment sent to a personal gmail.",
        frm="Kim Tran <ktran@careroutemobile.org>",
        to="bea.lindqvist.md@gmail.com",
        subject="log 3/16 for your cosign",
        body="Bea - can't get into the EHR from home, so here's Monday's log for cosign.\n\nKim",
        atts=(Att("log_0316.xlsx", XLSX, _ENCOUNTER_XLSX),),
    ),
    Spec(
        phi=False,
        category="Van maintenance request with VIN",
        notes="Hard negative: generator repair request with the van's VIN and plate; organisation's vehicle, no patient.",
        frm="Fleet <fleet@careroutemobile.org>",
        to="service@miamivalleyrv-repair.com",
        subject="Van 2 generator fault - VIN 4UZFCHBK8PC411073, plate OH CRM2",
        body="Onan generator on Van 2 shuts off after 20 min under load (vaccine fridge + AC). Fault code 36. Can you fit us in Friday? The van is out Mon-Thu.\n\nLuis Ortega, Fleet"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Hep A immunization FHIR to state registry contact",
        notes="FHIR Immunization resource naming patient with MRN and the shelter location, sent to the registry help desk.",
        frm="CareRoute Clinical <clinical@careroutemobile.org>",
        to="impactsiis.help@odh-registry.org",
        subject="Record rejected - missing DOB?",
        body="Hello, the attached Immunization was rejected by the upload. Patient has no DOB on file (declined). How should we submit?\n\nKim Tran, NP"
        + SIG,
        atts=(Att("imm_80244.json", "application/fhir+json", _FHIR_IMM),),
    ),
    Spec(
        phi=True,
        category="Medicaid eligibility inquiry X12 270 to clearinghouse",
        notes="Hard positive: X12 270 names a patient with Medicaid ID and DOB; body only says eligibility inquiry failed.",
        frm="CareRoute Billing <billing@careroutemobile.org>",
        to="support@ohelighub-clearing.com",
        subject="270 returning AAA*N*42",
        body="Our 270s are returning AAA 42 since this morning. Sample attached.\n\nBilling" + SIG,
        atts=(Att("elig_270_0317.x12", "application/edi-x12", _X12_270),),
    ),
    Spec(
        phi=False,
        category="Naloxone distribution aggregate to county",
        notes="Hard negative: monthly naloxone kits and overdose reversals reported as counts by site; no individual.",
        frm="Harm Reduction <harmreduction@careroutemobile.org>",
        to="overdose.prevention@phdmc-oh.org",
        subject="February naloxone report",
        body=(
            "February totals:\n  Kits distributed: 412\n  Reported reversals: 17\n  Fentanyl test strips: 1,060\n"
            "  Sites: Gateway 188, Bethel AME 121, Westwood 103\n\nHarm Reduction team" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Shelter case manager told of client's positive HCV test",
        notes="Hard positive: first name and last initial with reactive hepatitis C result and follow-up sent to a shelter case manager.",
        frm="Sam Oduya <soduya@careroutemobile.org>",
        to="casemgmt@stvincentgateway.org",
        subject="Rhonda V.",
        body="Hi Jess - Rhonda V. (your 2nd floor) had a reactive hep C screen on the van Monday. We sent the RNA. Can you help her get to Riverbend on 3/26 at 2pm? She has signed the ROI.\n\nSam"
        + SIG_SHORT,
    ),
    Spec(
        phi=False,
        category="HIPAA-style privacy script training for outreach workers",
        notes="Hard negative: training script using an obviously fictional example patient 'Jane Sample' for outreach staff.",
        frm="Training <training@careroutemobile.org>",
        to=f"outreach-team@{CRM}",
        subject="Privacy at the van window - script",
        body=(
            "Practice script for Thursday's training (role play, fictional):\n\n"
            "'Hi, are you Jane Sample? Your test result is ready - let's step inside the van so we can talk privately.'\n\n"
            "Never call out results or names in line. Never text results. Ask before speaking in front of friends.\n\nTraining"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="Wound photo to wound-care consultant",
        notes="Hard positive: photo of a leg wound with the patient's name in the file name, sent for a consult.",
        frm="Kim Tran <ktran@careroutemobile.org>",
        to="woundconsult@gemcitywoundcenter.com",
        subject="consult pls - L shin",
        body="Dr. Ames, 37M, 5 days of redness, started Keflex yesterday. Worse or same? Photo attached.\n\nKim",
        atts=(Att("Boone_Terrence_Lshin_0317.png", "image/png", png(6, 6, (170, 60, 60))),),
    ),
    Spec(
        phi=False,
        category="Van interior photo for grant report",
        notes="Photo of the empty exam room in the van for a funder report; no person.",
        frm="Development <development@careroutemobile.org>",
        to="grants@keelerfamilyfund.org",
        subject="Photo of the new exam room",
        body="As promised, here is the new exam room your grant paid for. Thank you!\n\nCareRoute",
        atts=(Att("van1_exam_room.png", "image/png", png(8, 5, (210, 220, 230))),),
    ),
    Spec(
        phi=True,
        category="Letter to court supporting client's treatment",
        notes="PDF letter to a court naming client with DOB, opioid use disorder and buprenorphine treatment on the van.",
        frm="Dr. Bea Lindqvist <blindqvist@careroutemobile.org>",
        to="probation@montcodrugcourt-oh.gov",
        subject="Treatment compliance letter",
        body="Please see the attached letter, sent with the client's written Part 2 consent.\n\nBea Lindqvist, MD"
        + SIG,
        atts=(
            Att(
                "compliance_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "CAREROUTE MOBILE HEALTH",
                        "RE: Devonte Marshall, DOB 04/18/1996",
                        "Mr. Marshall has been treated for opioid use disorder on our van since 11/2025.",
                        "He receives buprenorphine 16 mg daily and his urine drug screens since January",
                        "have been negative for fentanyl. Bea Lindqvist, MD, NPI 1872467430",
                    ],
                    "Compliance letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Collaborative practice agreement PDF",
        notes="Hard negative: standing orders PDF for the NP with drug names and doses; clinicians only, no patient.",
        frm="Dr. Bea Lindqvist <blindqvist@careroutemobile.org>",
        to="nursingboard.submissions@ohiobn-filing.gov",
        subject="Standard care arrangement - Kim Tran, APRN",
        body="Attached is our updated standard care arrangement for filing.\n\nBea Lindqvist, MD"
        + SIG,
        atts=(
            Att(
                "SCA_KTran_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "CAREROUTE MOBILE HEALTH - STANDARD CARE ARRANGEMENT",
                        "APRN: Kim Tran, NP, NPI 1276288234   Collaborating MD: Bea Lindqvist, NPI 1872467430",
                        "Protocols: cellulitis (cephalexin 500 mg QID), hypertension, diabetes,",
                        "buprenorphine induction, PrEP. Chart review 10% quarterly.",
                    ],
                    "Standard care arrangement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient text-style e-mail with PrEP refill",
        notes="Short e-mail to patient's personal mailbox confirming his PrEP refill and STI test results.",
        frm="Kim Tran <ktran@careroutemobile.org>",
        to="dfrye.94@gmail.com",
        subject="your refill",
        body="Hey Dakota, your Descovy refill is at the Third St Walgreens. Gonorrhea/chlamydia tests from Monday were negative. Van is back at Gateway next Tues.\n\nKim",
    ),
    Spec(
        phi=False,
        category="Pharmacy partner supply order",
        notes="Order of vaccines and supplies for the van; no patient.",
        frm="CareRoute Clinical <clinical@careroutemobile.org>",
        to="orders@valleymedsupply.com",
        subject="Order for Van 1 - acct 30022",
        body="Please ship: Hep A adult 10 vials, Tdap 10, PPD 5 vials, glucometer strips 4 boxes, A1c cartridges 2 kits. Deliver to our base at 2400 Needmore Rd.\n\nThanks"
        + SIG,
    ),
    Spec(
        phi=True,
        category="TB screening results list to shelter",
        notes="Hard positive: shelter staff sent names with TB test readings; one positive needing chest X-ray.",
        frm="CareRoute Clinical <clinical@careroutemobile.org>",
        to="director@stvincentgateway.org",
        subject="PPD reads - Thursday",
        body=(
            "Reads from Thursday (residents signed consent to share with shelter for bed clearance):\n\n"
            "Alvin Crews      0 mm   neg   cleared\nPatrice Dunbar   0 mm   neg   cleared\nMohamed Saleh    14 mm  POS   CXR ordered 3/20, may stay (asymptomatic)\n\n"
            "Kim Tran, NP" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Shelter TB clearance policy",
        notes="Hard negative: explains shelter TB clearance procedure with thresholds; no resident.",
        frm="CareRoute Clinical <clinical@careroutemobile.org>",
        to="director@stvincentgateway.org",
        subject="TB clearance process going forward",
        body="Going forward: PPD placed Monday, read Wednesday/Thursday. Induration 10 mm or more needs a chest X-ray before clearance unless symptomatic. We will give residents a card to show the desk rather than sending you lists.\n\nKim"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded referral to dental clinic",
        notes="Hard positive: van forwards internal note naming patient with dental abscess and pain; forward body just asks for slot.",
        frm="Sam Oduya <soduya@careroutemobile.org>",
        to="dental@riverbendchc.org",
        subject="FW: urgent dental",
        body="Any emergency slot this week? See below.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Kim Tran <ktran@careroutemobile.org>",
            to="soduya@careroutemobile.org",
            subject="Patrice Dunbar - abscess",
            body="Patrice Dunbar (CRM-80519) has a swollen abscess lower right molar, started amoxicillin today, needs extraction. Phone 937-555-0131.",
        ),
    ),
    Spec(
        phi=False,
        category="Site host agreement DOCX to church",
        notes="Site host agreement for parking the van; no patient.",
        frm="Partnerships <partners@careroutemobile.org>",
        to="office@bethelamedayton.org",
        subject="Site host agreement 2026",
        body="Pastor Reid, the renewed agreement is attached. We need power access and one restroom on visit days.\n\nCareRoute Partnerships",
        atts=(
            Att(
                "site_host_agreement_2026.docx",
                DOCX,
                docx(
                    [
                        "Site Host Agreement between CareRoute Mobile Health and Bethel AME Church",
                        "Visits: second and fourth Wednesday, 9 am - 3 pm. Host provides parking for a 40-foot vehicle and 30 A power.",
                        "CareRoute keeps all health records; the host receives no patient information.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Street medicine visit note DOCX to hospital",
        notes="DOCX visit note naming an unhoused patient with vitals, CHF exacerbation and transfer to ED.",
        frm="Dr. Bea Lindqvist <blindqvist@careroutemobile.org>",
        to="ed.charge@miamivalleyhospital-ed.org",
        subject="Sending someone over - note attached",
        body="Charge nurse - patient is coming by squad now. Note attached.\n\nBea",
        atts=(
            Att(
                "visit_note.docx",
                DOCX,
                docx(
                    [
                        "CareRoute Mobile Health - Street Medicine Visit",
                        "Patient: Harlan Beattie  DOB 03/09/1958  CRM-70115",
                        "BP 178/104, SpO2 86% RA, 3+ bilateral leg edema, crackles. Known CHF, off furosemide x3 weeks.",
                        "Plan: EMS transport to ED for CHF exacerbation.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only volunteer clinician recruitment",
        notes="Hard negative: HTML recruitment mail describing the diseases seen on the van in general terms; no patient.",
        frm="CareRoute Mobile Health <volunteer@careroutemobile.org>",
        to="priya.nandakumar.md@gmail.com",
        subject="Volunteer on the van this spring",
        body="",
        html=(
            "<html><body><h2>Street medicine electives</h2><p>Residents see uncontrolled diabetes, hypertension, wounds, "
            "hepatitis C and opioid use disorder in people living outside. Half-day shifts Tuesdays and Thursdays.</p>"
            "<p>Sign up: <a href='https://careroutemobile.org/volunteer'>careroutemobile.org/volunteer</a></p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only appointment reminder with vaccine series",
        notes="HTML-only reminder to patient's yahoo naming her and her second hepatitis B vaccine dose date.",
        frm="CareRoute Mobile Health <reminders@careroutemobile.org>",
        to="tasha.greenlee@yahoo.com",
        subject="Reminder: dose 2 next week",
        body="",
        html=(
            "<html><body><p>Hi Tasha,</p><p>Your <b>2nd hepatitis B shot</b> is due. Find the van at Westwood library "
            "on <b>Friday April 3</b>, 10am-2pm.</p><p>CareRoute Mobile Health</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate quarterly report CSV to county",
        notes="Hard negative: CSV of visits by service and site for the quarter; aggregate counts only.",
        frm="CareRoute Data <data@careroutemobile.org>",
        to="contracts@montcoadamhs-oh.org",
        subject="Q1 deliverable - visit counts",
        body="Q1 counts attached per contract section 4.2.",
        atts=(
            Att(
                "q1_counts.csv",
                "text/csv",
                "site,primary_care,bp_screen,a1c_screen,hcv_test,hiv_test,bup_visits\nGateway,312,140,88,61,59,204\nBethel AME,198,121,73,40,41,52\nWestwood,154,166,102,12,15,0\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Employer letter about worker's blood pressure",
        notes="Hard positive: letter to a day-labor agency naming a worker and clearing him after hypertension treatment.",
        frm="Kim Tran <ktran@careroutemobile.org>",
        to="dispatch@laborreadypros-dayton.com",
        subject="Alvin Crews - cleared to work",
        body="To dispatch: Alvin Crews was seen on our mobile clinic 3/17. His blood pressure is now controlled on amlodipine and he is cleared for outdoor work.\n\nKim Tran, NP"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Heat safety advisory to site hosts",
        notes="Seasonal advisory about heat illness signs with no individual.",
        frm="CareRoute Mobile Health <info@careroutemobile.org>",
        to=f"site-hosts@{CRM}",
        subject="Early heat this week - cooling tips",
        body="Temperatures near 85F Thursday. Watch for heat exhaustion: dizziness, heavy sweating, nausea. The van will carry extra water and cooling towels.\n\nCareRoute",
    ),
    Spec(
        phi=True,
        category="Calendar invite for buprenorphine follow-up",
        notes="ICS invite to patient's outlook naming a buprenorphine follow-up visit (Part 2).",
        frm="CareRoute Scheduling <schedule@careroutemobile.org>",
        to="devonte.marshall96@outlook.com",
        subject="Your follow-up on the van",
        body="See you at Gateway.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CareRoute//Schedule//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:crm-bup-5512@careroutemobile.org\r\nDTSTART:20260324T141500Z\r\nDTEND:20260324T143000Z\r\n"
            "SUMMARY:Buprenorphine follow-up - Devonte Marshall\r\nLOCATION:CareRoute Van 1, St. Vincent Gateway lot\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="Reply to journalist declining to identify patients",
        notes="Hard negative: reply to a reporter describing the overdose trend in general and refusing to name anyone.",
        frm="Communications <comms@careroutemobile.org>",
        to="newsdesk@daytonvalleypost.com",
        subject="RE: interview request - overdose spike",
        body="Hi Marcus,\n\nWe can't discuss any individual, but Dr. Lindqvist can speak about the rise in xylazine wounds we've seen since January and how the van responds. She's free Thursday at 1.\n\nComms"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Insurance application help with SSN",
        notes="Hard positive: navigator e-mail to Medicaid caseworker with client's name, SSN and pregnancy for expedited coverage.",
        frm="Enrollment Navigator <navigator@careroutemobile.org>",
        to="caseworker.unit7@montcojfs-oh.gov",
        subject="Expedited app - pregnant applicant",
        body="Ms. Hale,\n\nSubmitting for expedited review: Selena Ortiz, SSN 538-27-1946, 20 weeks pregnant (confirmed on our van 3/14), no coverage. Paper application faxed today.\n\nIvy, Navigator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Navigator training on Medicaid forms",
        notes="Hard negative: training note using placeholder SSN field layout and program rules, no real applicant.",
        frm="Enrollment Navigator <navigator@careroutemobile.org>",
        to=f"outreach-team@{CRM}",
        subject="How to fill the ODM 07216 quickly",
        body="Reminder: SSN goes in box 4 as XXX-XX-XXXX; if none, write 'applied'. Pregnancy is presumptive eligibility - don't wait for the lab. Practice forms are in the shared drive.\n\nIvy",
    ),
    Spec(
        phi=True,
        category="Zip of lab requisitions to reference lab",
        notes="Zip of requisition text with names, DOBs and HCV RNA/HIV orders sent to the reference lab's client services.",
        frm="CareRoute Clinical <clinical@careroutemobile.org>",
        to="clientservices@tristatereflab.com",
        subject="Requisitions for Monday pickup",
        body="Courier missed us; requisitions attached so you can pre-register.\n\nKim",
        atts=(
            Att(
                "reqs_0316.zip",
                "application/zip",
                zipped(
                    {
                        "req_1.txt": "Rhonda Vickers  DOB 09/30/1971  HCV RNA quant, HIV 4th gen  Dx Z11.59\n",
                        "req_2.txt": "Jean Delacroix  DOB 05/15/1963  CMP, lipid  Dx E11.65\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded recall of glucose meters",
        notes="Forward of a manufacturer recall of glucometer test strips with lot numbers; no person.",
        frm="CareRoute Clinical <clinical@careroutemobile.org>",
        to=f"outreach-team@{CRM}",
        subject="FW: strip recall",
        body="Check the van bins and pull these lots.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Quality <quality@valleymedsupply.com>",
            to="clinical@careroutemobile.org",
            subject="Recall: GlucoTrue strips lots GT2291, GT2292",
            body="Strips from lots GT2291 and GT2292 may read falsely low. Stop use and return for credit.",
        ),
    ),
    Spec(
        phi=True,
        category="Terse text to colleague with initials and result",
        notes="Hard positive: two-line note with patient's initials, van MRN and positive rapid HIV result.",
        frm="Sam Oduya <soduya@careroutemobile.org>",
        to="linkage@riverbendchc.org",
        subject="linkage",
        body="CRM-80611 T.B. rapid HIV reactive today at Bethel, confirmatory drawn. Wants same-week appt, prefers afternoons.\n-S",
    ),
    Spec(
        phi=False,
        category="Job posting for van driver",
        notes="Job posting for a CDL driver; no health information about anyone.",
        frm="Human Resources <hr@careroutemobile.org>",
        to="jobs@daytonworks-board.org",
        subject="Post: Mobile Clinic Driver/Medical Assistant",
        body="CareRoute seeks a driver (CDL B) who is also a certified MA. Duties: drive the 40' van, set up, check vitals, stock naloxone. $22/hr + benefits.",
    ),
    Spec(
        phi=True,
        category="Patient asks for records, reply with summary PDF",
        notes="Hard positive: reply to patient's personal mailbox with attached visit summary listing diagnoses and medications.",
        frm="CareRoute Records <records@careroutemobile.org>",
        to="jdelacroix63@gmail.com",
        subject="RE: my papers",
        body="Mr. Delacroix, attached is your visit summary as you asked at the van.\n\nRecords",
        atts=(
            Att(
                "visit_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "CAREROUTE MOBILE HEALTH - VISIT SUMMARY",
                        "Jean Delacroix  DOB 05/15/1963  CRM-77812",
                        "03/18/2026  A1c 11.8%, glucose 312. Type 2 diabetes, uncontrolled.",
                        "Started metformin 500 mg twice daily; glucometer given. Next visit 04/01.",
                    ],
                    "Visit summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Sample of blank consent form to printer",
        notes="Hard negative: blank consent form sent to a print shop with empty name/DOB/HIV test lines.",
        frm="Operations <ops@careroutemobile.org>",
        to="orders@printrightdayton.com",
        subject="Reprint 500 consent forms",
        body=(
            "Please reprint 500 of the attached text, 2-sided:\n\n"
            "CONSENT FOR HIV / HEPATITIS C TESTING\nName: ____________  DOB: ____/____/______\n"
            "I agree to a rapid test. Results are confidential.\nSignature: ____________"
        ),
    ),
    Spec(
        phi=True,
        category="Mother told about child's lead screening result",
        notes="Reply to mother's personal email with child's name and elevated blood lead level.",
        frm="CareRoute Clinical <clinical@careroutemobile.org>",
        to="kiara.bowman.mom@gmail.com",
        subject="Nia's lead test",
        body="Hi Kiara, Nia's fingerstick lead level from the van was 8 mcg/dL, above the 3.5 reference. We'd like a venous test at Riverbend this week; the health department will also call about a home check.\n\nKim Tran, NP"
        + SIG,
    ),
]
