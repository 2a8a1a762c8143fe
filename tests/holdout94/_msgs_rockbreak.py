"""RockBreak Mobile Lithotripsy (shock wave lithotripsy service on trucks): 35 outbound messages."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nRockBreak Mobile Lithotripsy\nDispatch 555-0150 | Billing 555-0151"

HL7_SIU = (
    "MSH|^~\\&|RBL_TRUCK3|ROCKBREAK|CERNER|MEEKERCOUNTYHOSP|20260319114200||ORU^R01|RBL3-0319-02|P|2.5.1\r"
    "PID|1||MCH2044718^^^MCH^MR||BJORKLUND^GARY^A||19600214|M|||412 Elm St^^Litchfield^MN^55355\r"
    "PV1|1|O|ESWL^TRUCK3^^MCH\r"
    "OBR|1|RB55102|RB55102|50590^Lithotripsy ESWL^CPT|||20260319090500\r"
    "OBX|1|TX|SHOCKS^Shock count||2800||||||F\r"
    "OBX|2|TX|STONE^Target||Left renal pelvis 10 mm, fragmented||||||F\r"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*NORTHSTARHP    *ZZ*ROCKBREAK      *260316*0600*^*00501*000022018*0*P*:~"
    "GS*HP*NORTHSTARHP*ROCKBREAK*20260316*0600*22018*X*005010X221A1~"
    "ST*835*0001~BPR*I*2417.60*C*ACH*CCP*01*091000019*DA*88120031*1417745521**01*091000022*DA*44019932*20260316~"
    "TRN*1*EFT77120934*1417745521~"
    "N1*PR*NORTHSTAR HEALTH PLAN~N1*PE*ROCKBREAK MOBILE LITHOTRIPSY*XX*1947006262~"
    "CLP*RBL-26-0411*1*1450.00*1208.80**12*NS2601180044~NM1*QC*1*DUFRESNE*COLLEEN****MI*NSH330911205~"
    "SVC*HC:50590*1450.00*1208.80**1~DTM*472*20260302~"
    "CLP*RBL-26-0418*1*1450.00*1208.80**12*NS2601180051~NM1*QC*1*OYAMA*KENJI****MI*NSH551870266~"
    "SVC*HC:50590*1450.00*1208.80**1~DTM*472*20260304~"
    "SE*14*0001~GE*1*22018~IEA*1*000022018~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="ESWL treatment report to referring urologist",
        notes="Treatment report PDF with the patient's name, DOB, stone and shock parameters to the referring urologist.",
        frm="Treatment Reports <reports@rockbreaklitho.com>",
        to="pvenkataraman@granitefallsurology.com",
        subject="ESWL report - Truck 2, Mercy Lakes 03/17",
        body="Report attached for your patient treated yesterday. Tech notes: good coupling, no complications."
        + SIG,
        atts=(
            Att(
                "ESWL_report_Lundgren.pdf",
                "application/pdf",
                pdf(
                    [
                        "ROCKBREAK MOBILE LITHOTRIPSY - TREATMENT REPORT",
                        "Patient: Harold Lundgren   DOB 12/01/1958   Site: Mercy Lakes Hospital",
                        "Target: right lower pole calyx, 8 mm, 1100 HU",
                        "Shocks 3000, max energy level 6, rate 60/min, fluoro time 1.6 min",
                        "Outcome: good fragmentation. KUB in 2 weeks.",
                    ],
                    "Treatment report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 procedure result to host hospital",
        notes="HL7 result with patient name, MRN, address and lithotripsy details to the host hospital.",
        frm="Truck 3 Interface <truck3@rockbreaklitho.com>",
        to="hl7-inbound@meekercountyhosp.org",
        subject="RBL3-0319-02",
        body="Procedure result message attached.",
        atts=(Att("RBL3-0319-02.hl7", "application/hl7-v2", HL7_SIU),),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing service",
        notes="Hard positive: body just says ERA; the 835 lists patient names, member IDs and lithotripsy claims.",
        frm="Billing <billing@rockbreaklitho.com>",
        to="posting@summitrcmservices.com",
        subject="ERA for posting",
        body="Northstar ERA from Monday. Please post.",
        atts=(Att("northstar_835_22018.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="headerless day schedule with initials and DOBs",
        notes="Hard positive: a headerless schedule of patient initials, DOBs, stone side and size for a hospital day.",
        frm="Dispatch <dispatch@rockbreaklitho.com>",
        to="periop@stolafhospital.org",
        subject="Wed list",
        body=(
            "0730  J.M.  04/11/1962  L  9mm  Dr Ahn\n0830  R.A.  10/27/1971  R  12mm  Dr Ahn\n"
            "0930  D.P.  01/15/1955  L  6mm  Dr Kowalczyk\n\nTruck arrives 0615." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="post-procedure check-in to patient",
        notes="Nurse follow-up to a named patient's personal mailbox about passing stone fragments after ESWL.",
        frm="RockBreak Nurse <nurse@rockbreaklitho.com>",
        to="lorraine.dufresne@gmail.com",
        subject="Checking in after your treatment",
        body=(
            "Hi Lorraine,\n\nThanks for talking with me today. It's normal to see pink urine and small gritty "
            "fragments for a few days after your lithotripsy. Keep straining and bring any pieces to Dr. Ahn's office. "
            "Call 911 for fever over 101 with chills.\n\nBeth, RN"
        ),
    ),
    Spec(
        phi=True,
        category="equipment service ticket naming aborted patient session",
        notes="Hard positive: a machine service ticket that names the patient whose session was aborted for arrhythmia.",
        frm="Field Service <service@rockbreaklitho.com>",
        to="techsupport@sonolithmedical.com",
        subject="Ticket: generator fault E-214 on SN LT-4471",
        body=(
            "Unit LT-4471 threw E-214 at shock 640 on 3/18 at Meeker County. Treatment of Walter Ilic was aborted; "
            "he had runs of PVCs during ECG-gated firing and was sent to ED for monitoring. Logs attached when the "
            "truck is back on Wi-Fi."
        ),
    ),
    Spec(
        phi=True,
        category="stone analysis requisitions CSV",
        notes="CSV with patient names, MRNs and DOBs requesting stone composition analysis from a lab.",
        frm="Dispatch <dispatch@rockbreaklitho.com>",
        to="stoneanalysis@uppermidwestlabs.com",
        subject="stone samples shipped today",
        body="Four samples in today's FedEx box, requisitions attached.",
        atts=(
            Att(
                "stone_reqs.csv",
                "text/csv",
                "name,mrn,dob,site,collected\r\nDufresne Lorraine,SL00442871,1966-08-03,St. Olaf,2026-03-16\r\n"
                "Bjorklund Gary,MCH2044718,1960-02-14,Meeker County,2026-03-19\r\n"
                "Oyama Kenji,MLH7730215,1981-11-20,Mercy Lakes,2026-03-17\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="tech calendar invite with patient surname",
        notes="Hard positive: invite to a contract tech's personal mailbox with patient surname, kidney side and hospital.",
        frm="Dispatch <dispatch@rockbreaklitho.com>",
        to="mike.tollefson.tech@gmail.com",
        subject="Sat add-on",
        body="Can you cover this add-on? Truck 1 keys in the lockbox.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//RockBreak//Dispatch//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:rbl-addon-0321@rockbreaklitho.com\r\nDTSTAMP:20260318T210000Z\r\n"
            "DTSTART:20260321T140000Z\r\nDTEND:20260321T160000Z\r\n"
            "SUMMARY:ESWL Abernathy R (right kidney 11mm) - St. Olaf\r\nLOCATION:St. Olaf Hospital dock B\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="fluoroscopy image zip keyed by MRN",
        notes="Hard positive: generic body; zip member names carry hospital MRNs with fluoroscopy stone notes.",
        frm="Truck 2 <truck2@rockbreaklitho.com>",
        to="pacs-admin@mercylakeshosp.org",
        subject="spot images for import",
        body="Images from Tuesday for import into PACS.",
        atts=(
            Att(
                "truck2_0317_spots.zip",
                "application/zip",
                zipped(
                    {
                        "MLH7730215_spot1_prefrag.txt": "Fluoro spot 1: left proximal ureteral stone 7mm, pre-treatment",
                        "MLH7730215_spot2_post.txt": "Fluoro spot 2: fragments <3mm",
                        "MLH6619043_spot1_prefrag.txt": "Fluoro spot 1: right renal pelvis 10mm",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded case cancellation to anesthesia group",
        notes="Forward of a hospital e-mail cancelling a named patient's lithotripsy because of anticoagulation.",
        frm="Dispatch <dispatch@rockbreaklitho.com>",
        to="scheduling@prairieanesthesiagroup.com",
        subject="FW: Thursday case cancelled",
        body="FYI - you can release the CRNA for the 10:00 slot.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Periop Desk <periop@meekercountyhosp.org>",
            to="dispatch@rockbreaklitho.com",
            subject="Thursday case cancelled",
            body="We need to cancel Ronald Gruber (10:00 ESWL). He didn't hold his Eliquis. Will rebook next truck day.",
        ),
    ),
    Spec(
        phi=True,
        category="per-case invoice workbook to hospital",
        notes="Multi-sheet invoice with patient names, dates of service and CPT 50590 to a hospital's payables.",
        frm="Billing <billing@rockbreaklitho.com>",
        to="ap@stolafhospital.org",
        subject="Invoice RBL-INV-3381 (February)",
        body="February per-case invoice attached; detail tab lists each case for your reconciliation."
        + SIG,
        atts=(
            Att(
                "RBL-INV-3381.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Invoice", "Cases", "Rate", "Total"],
                            ["RBL-INV-3381", 3, 1650, 4950],
                        ],
                        "Detail": [
                            ["DOS", "Patient", "CPT", "Side"],
                            ["2026-02-04", "Haugen, Peter", "50590", "L"],
                            ["2026-02-04", "Sato, Emi", "50590", "R"],
                            ["2026-02-18", "Dufresne, Lorraine", "50590", "L"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="workers' compensation claim with SSN",
        notes="Workers' comp billing to an adjuster with the claimant's name, SSN and lithotripsy for a work-related stone.",
        frm="Billing <billing@rockbreaklitho.com>",
        to="claims.adjuster@badgerstatecomp.com",
        subject="WC claim 44-88210 - bill for services",
        body=(
            "Claimant: Troy Engebretsen\nSSN 512-48-3309\nEmployer: Arrowhead Foundry\nDOS 03/05/2026 CPT 50590 "
            "ESWL left ureter, $1,650.00\n\nHCFA and treatment report to follow by fax." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="survey vendor upload file",
        notes="Hard positive: pipe-delimited TXT of names, phones and treatment dates sent to a survey vendor reveals they were lithotripsy patients.",
        frm="Quality <quality@rockbreaklitho.com>",
        to="uploads@pulsepatientsurveys.com",
        subject="March wave 1",
        body="Upload for this month's phone survey.",
        atts=(
            Att(
                "rbl_march_w1.txt",
                "text/plain",
                "Haugen|Peter|555-0171|2026-03-02|St. Olaf\nSato|Emi|555-0172|2026-03-02|St. Olaf\nPiazza|Frank|555-0174|2026-03-04|Mercy Lakes\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="skin bruising incident report",
        notes="HTML-only incident report naming a patient with MRN and coupling-site bruising to hospital risk management.",
        frm="Quality <quality@rockbreaklitho.com>",
        to="riskmanagement@mercylakeshosp.org",
        subject="Incident report - Truck 2, 03/17",
        body="",
        html=(
            "<html><body><p><b>Event:</b> skin bruising and petechiae at coupling site after ESWL</p>"
            "<p><b>Patient:</b> Kenji Oyama, MRN MLH7730215</p><p><b>Action:</b> ice, photo, Dr. Ahn notified; "
            "no further treatment needed.</p></body></html>"
        ),
        html_only=True,
    ),
    Spec(
        phi=True,
        category="Medicare ABN with MBI to hospital billing",
        notes="Medicare patient's name and MBI with a signed ABN for repeat lithotripsy sent to hospital billing.",
        frm="Billing <billing@rockbreaklitho.com>",
        to="pfs@meekercountyhosp.org",
        subject="ABN on file - repeat ESWL",
        body="Patient Eleanor Voss, MBI: 3KQ7-HN4-WD28, signed an ABN on 03/19 for a repeat ESWL within 90 days (left renal pelvis). Please hold the claim with GA modifier."
        + SIG,
    ),
    Spec(
        phi=True,
        category="per-case fluoroscopy dose log to physicist",
        notes="Hard positive: surnames with fluoroscopy times per case in a dose log sent to an outside physicist.",
        frm="Radiation Safety <rso@rockbreaklitho.com>",
        to="physics@northernmedphysics.com",
        subject="Q1 fluoro log - Truck 2",
        body="Truck 2 dose log for your review.",
        atts=(
            Att(
                "truck2_fluoro_Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Jan-Feb": [
                            ["Date", "Case", "Fluoro min", "DAP"],
                            ["2026-01-12", "Haugen", 1.9, 4.2],
                            ["2026-02-18", "Dufresne", 2.4, 5.1],
                        ],
                        "Mar": [
                            ["Date", "Case", "Fluoro min", "DAP"],
                            ["2026-03-17", "Oyama", 3.1, 6.6],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="daughter informed of rescheduled procedure",
        notes="Reply to a daughter's personal mailbox naming her father and his rescheduled lithotripsy and aspirin hold.",
        frm="Dispatch <dispatch@rockbreaklitho.com>",
        to="ana.ilic.home@outlook.com",
        subject="Re: my dad's appointment",
        body="Hi Ana,\n\nYour father Walter Ilic's lithotripsy is now Tuesday 3/24 at 8:00 at Meeker County. Cardiology cleared him. He should stop aspirin 5 days before.\n\nKaren, Dispatch",
    ),
    Spec(
        phi=True,
        category="medical necessity letter for repeat ESWL",
        notes="DOCX letter to a payer with member name, ID and residual stone justifying repeat treatment.",
        frm="Dr. Samuel Ahn <sahn@rockbreaklitho.com>",
        to="appeals@northstarhealthplan.com",
        subject="Appeal - claim NS2601180044",
        body="Letter of medical necessity attached.",
        atts=(
            Att(
                "appeal_NS2601180044.docx",
                DOCX,
                docx(
                    [
                        "Re: Colleen Dufresne, Member ID NSH330911205",
                        "Ms. Dufresne had a 14 mm left renal pelvis stone treated 03/02/2026 with residual 6 mm fragment on KUB.",
                        "Repeat ESWL is medically necessary to avoid ureteroscopy given her anticoagulation.",
                        "Samuel Ahn, MD, Medical Director, RockBreak Mobile Lithotripsy",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="one-line stone-free update to referring office",
        notes="Hard positive: surname only with stone-free imaging and stent removal plan in a one-liner.",
        frm="Dr. Samuel Ahn <sahn@rockbreaklitho.com>",
        to="nurse@prairieurologyassoc.com",
        subject="Abernathy",
        body="Abernathy stone free on KUB today, ok to pull stent Fri. -SA",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="truck route schedule with map",
        notes="Truck route and site dates with a map image; no patients.",
        frm="Dispatch <dispatch@rockbreaklitho.com>",
        to="site-coordinators@rockbreaklitho.com",
        subject="April route - Trucks 1-3",
        body="Truck 1: Mon St. Olaf, Wed Mercy Lakes, Fri Litchfield.\nTruck 2: Tue Meeker County, Thu Willmar.\nTruck 3: rotating west route, see map.",
        atts=(Att("april_route_map.png", "image/png", png(10, 6, (60, 140, 60))),),
    ),
    Spec(
        phi=False,
        category="lithotripter maintenance report with device serials",
        notes="Hard negative: equipment serial numbers and service history of the lithotripters, not of any patient.",
        frm="Field Service <service@rockbreaklitho.com>",
        to="biomed@mercylakeshosp.org",
        subject="PM report - LT-4471 and LT-5102",
        body="Preventive maintenance documentation for your biomed files.",
        atts=(
            Att(
                "PM_report_March.docx",
                DOCX,
                docx(
                    [
                        "Preventive maintenance - March 2026",
                        "Lithotripter SN LT-4471: electrode replaced at 1.02M shocks; water cushion membrane replaced.",
                        "Lithotripter SN LT-5102: C-arm calibration passed; kVp within 3%.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="annual volume and stone-free rates workbook",
        notes="Hard negative: multi-sheet aggregate volumes and stone-free rates by hospital.",
        frm="Quality <quality@rockbreaklitho.com>",
        to="medstaff@stolafhospital.org",
        subject="2025 outcomes for your credentials committee",
        body="Aggregate outcomes attached; no patient-level data.",
        atts=(
            Att(
                "2025_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volume": [
                            ["Hospital", "Cases"],
                            ["St. Olaf", 312],
                            ["Mercy Lakes", 287],
                            ["Meeker County", 141],
                        ],
                        "Stone-free 3mo": [
                            ["Stone size", "Rate"],
                            ["<10 mm", "78%"],
                            ["10-20 mm", "61%"],
                        ],
                        "Complications": [
                            ["Event", "Rate"],
                            ["Steinstrasse", "2.1%"],
                            ["Readmission 30d", "1.4%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff dosimetry summary",
        notes="Hard negative: aggregated workforce badge readings, no individual named.",
        frm="Radiation Safety <rso@rockbreaklitho.com>",
        to="techs@rockbreaklitho.com",
        subject="Q4 dosimetry - all clear",
        body="All 14 badges read below 10 mrem deep dose for Q4. Keep wearing them at collar level outside the apron.",
    ),
    Spec(
        phi=False,
        category="spare parts order",
        notes="Parts order to a manufacturer; business mail.",
        frm="Field Service <service@rockbreaklitho.com>",
        to="parts@sonolithmedical.com",
        subject="Parts order - electrodes and coupling gel",
        body="Please ship 6 EL-300 electrodes and 24 bottles of coupling gel to our Willmar depot. Account RB-SVC-02.",
    ),
    Spec(
        phi=False,
        category="hospital privileges letter with physician NPIs",
        notes="Hard negative: physician NPIs for hospital privileges; clinician identifiers only.",
        frm="Credentialing <credentialing@rockbreaklitho.com>",
        to="medstaff@meekercountyhosp.org",
        subject="Privileges - lithotripsy urologists",
        body="Samuel Ahn, MD - NPI: 1719748109\nAnna Kowalczyk, MD - NPI: 1822617704\nBoth request ESWL privileges at Meeker County. CVs attached to your portal.",
    ),
    Spec(
        phi=False,
        category="lithotripsy technologist job posting",
        notes="Hard negative: job posting mentioning kidney stones and fluoroscopy; no patient.",
        frm="HR <hr@rockbreaklitho.com>",
        to="jobs@radtechcareers.com",
        subject="Posting: Mobile Lithotripsy Technologist (CDL-B)",
        body="Travel across central Minnesota with our trucks. Set up the lithotripter, position kidney stone patients under fluoroscopy, and drive a 26-ft truck (CDL-B required). ARRT preferred.",
    ),
    Spec(
        phi=False,
        category="blank discharge instruction template",
        notes="Hard negative: discharge template with blank name and date fields; no patient.",
        frm="Clinical Education <education@rockbreaklitho.com>",
        to="periop@stolafhospital.org",
        subject="Revised ESWL discharge template",
        body="New version with the fever threshold lowered to 101. Please replace the old stack in pre-op.",
        atts=(
            Att(
                "ESWL_discharge_template.docx",
                DOCX,
                docx(
                    [
                        "After Shock Wave Lithotripsy",
                        "Patient name: ______________   Date: ________",
                        "Drink 2-3 liters of fluid daily. Strain your urine. Bruising on your back is normal.",
                        "Call for fever over 101 F, vomiting, or pain not controlled by your medicine.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="truck breakdown rescheduling notice",
        notes="Hard negative: cases to reschedule are counted, not named.",
        frm="Dispatch <dispatch@rockbreaklitho.com>",
        to="periop@meekercountyhosp.org",
        subject="Truck 2 down - Thursday",
        body="Truck 2 has a hydraulic leak. Thursday's 4 cases at Meeker County will need to move to Monday; your schedulers will need to call the patients. Sorry for the hassle.",
    ),
    Spec(
        phi=False,
        category="DOT inspection with truck plate and VIN",
        notes="Hard negative: vehicle identifiers of the company truck, not of any individual patient.",
        frm="Fleet <fleet@rockbreaklitho.com>",
        to="scheduling@centralmntruckservice.com",
        subject="Annual DOT inspection - Truck 3",
        body="Please book Truck 3 (MN plate RBL 0413, VIN 1FVACWDT5FHGR4471) for its annual DOT inspection next week.",
    ),
    Spec(
        phi=False,
        category="interview invite to technologist candidate",
        notes="Interview scheduling to a candidate's personal mailbox; no health information.",
        frm="HR <hr@rockbreaklitho.com>",
        to="caleb.novak.rt@yahoo.com",
        subject="Interview - Lithotripsy Technologist",
        body="Hi Caleb, we'd love to meet you Wednesday at 10 at our Willmar depot. Bring your CDL and ARRT card.",
    ),
    Spec(
        phi=False,
        category="rate sheet to hospital",
        notes="Per-case pricing PDF for a hospital contract renewal; no patients.",
        frm="Contracts <contracts@rockbreaklitho.com>",
        to="contracts@willmarregional.org",
        subject="2026-2027 rate sheet",
        body="Attached is the proposed rate sheet for renewal. Happy to talk volume tiers." + SIG,
        atts=(
            Att(
                "RBL_rates_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "ROCKBREAK MOBILE LITHOTRIPSY - RATE SHEET 2026-2027",
                        "Per case (technical component): $1,650",
                        "Minimum 3 cases per truck day; cancellation under 24h: $400",
                        "Includes technologist, lithotripter, C-arm and disposables",
                    ],
                    "Rate sheet",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded manufacturer field safety notice",
        notes="Forward of a device field safety notice about coupling cushions; no patient.",
        frm="Field Service <service@rockbreaklitho.com>",
        to="techs@rockbreaklitho.com",
        subject="FW: Field Safety Notice FSN-2026-03",
        body="Please inspect all cushions before each case until the replacements arrive.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Quality <quality@sonolithmedical.com>",
            to="service@rockbreaklitho.com",
            subject="Field Safety Notice FSN-2026-03",
            body="Certain coupling cushions (lot 2511-A) may develop micro-tears. Inspect before use; replacements shipping in 2 weeks.",
        ),
    ),
    Spec(
        phi=False,
        category="referring urologist newsletter",
        notes="HTML-only newsletter about new service days; no individual.",
        frm="RockBreak Mobile Lithotripsy <news@rockbreaklitho.com>",
        to="referring-urologists@rockbreaklitho.com",
        subject="Now serving Willmar on Thursdays",
        body="",
        html=(
            "<html><body><h3>New site: Willmar Regional</h3><p>Starting April 2, Truck 2 will be at Willmar every "
            "Thursday. Same-week scheduling for ureteral stones under 10 mm.</p></body></html>"
        ),
        html_only=True,
    ),
    Spec(
        phi=False,
        category="conference abstract with aggregate outcomes",
        notes="Hard negative: abstract reporting cohort-level ESWL outcomes; no individual.",
        frm="Dr. Samuel Ahn <sahn@rockbreaklitho.com>",
        to="abstracts@ncsaua.org",
        subject="Abstract submission: mobile ESWL outcomes in rural hospitals",
        body="Abstract: We reviewed 740 mobile ESWL treatments in 2025 across three rural hospitals. Stone-free rate at 3 months was 71%; 30-day readmission 1.4%. Mobile ESWL offers comparable outcomes to fixed-site units.",
    ),
    Spec(
        phi=False,
        category="generator calibration log",
        notes="TXT calibration log of a lithotripter; equipment data only.",
        frm="Truck 1 <truck1@rockbreaklitho.com>",
        to="service@sonolithmedical.com",
        subject="Calibration log LT-5102",
        body="Monthly calibration log attached.",
        atts=(
            Att(
                "LT-5102_cal_2026-03.txt",
                "text/plain",
                "SN LT-5102 2026-03-16\nLevel 1  12.1 MPa  PASS\nLevel 4  38.7 MPa  PASS\nLevel 6  61.0 MPa  PASS\nFocus offset 0.4 mm PASS\n",
            ),
        ),
    ),
]
