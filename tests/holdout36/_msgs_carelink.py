"""CareLink Courier: dispatch, drivers, chain of custody, billing, operations (36)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG_DISP = "\n\n-- \nCareLink Courier Dispatch\n24/7 line (608) 555-0199\ncarelinkcourier.com"

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="chain of custody manifest",
        notes="Hard positive: CSV manifest of specimens picked up with patient names, DOBs and tests.",
        frm="CareLink Dispatch <dispatch@carelinkcourier.com>",
        to="processing@quantumreflabs.com",
        subject="Manifest LCH-1111-R3",
        body="Manifest for tonight's tote from Lakeside attached. Tote sealed #884120." + SIG_DISP,
        atts=(
            Att(
                "manifest_LCH-1111-R3.csv",
                "text/csv",
                "bag,patient,dob,test,temp\n"
                "1,Oduya Peter,1977-03-03,Heavy metals blood,ambient\n"
                "2,Larkspur June,2011-09-14,Celiac reflex,refrigerated\n"
                "3,Halvorsen Ingrid,1968-01-30,HLA-B27,ambient\n"
                "4,Quispe Marisol,1993-07-07,Chlamydia/GC NAAT,ambient\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lost specimen incident",
        notes="Incident report: specimen with patient name and biopsy lost in transit.",
        frm="Tricia Vanderhoef <tvanderhoef@carelinkcourier.com>",
        to="labquality@lakesidecommunityhosp.org",
        subject="Incident CL-2611-07 - missing container",
        body=(
            "Our driver scanned the bag at Oregon Clinic at 14:51 but the container for Lucas "
            "Brennan-Oyelowo (skin biopsy, left shoulder, r/o melanoma) was not in the tote at "
            "receipt. We've searched the van and the hub. Formal report attached tomorrow.\n\n"
            "Tricia Vanderhoef\nOperations Manager, CareLink Courier"
        ),
    ),
    Spec(
        phi=True,
        category="driver note about patient at home",
        notes="Hard positive: driver texts dispatch-to-lab about 'Mr. Ellsworth on Birch St' refusing his dialysis draw - surname, street, treatment.",
        frm="Andre Whitlock <awhitlock@carelinkcourier.com>",
        to="outreach@lakesidecommunityhosp.org",
        subject="home draw refused",
        body=(
            "Mr. Ellsworth at 55 Birch St wouldn't let the phleb in, said he's too wiped out after "
            "dialysis today. Please reschedule his draw. -Andre (van 12)"
        ),
    ),
    Spec(
        phi=True,
        category="temperature excursion with specimen list",
        notes="Hard positive: xLSX multi-sheet: logger data plus affected specimens with patient names and tests.",
        frm="CareLink Quality <quality@carelinkcourier.com>",
        to="processing@quantumreflabs.com",
        subject="Temp excursion tote 77310",
        body="Logger readout and affected bags attached. Frozen tote hit -8C for 40 min.",
        atts=(
            Att(
                "excursion_77310.xlsx",
                XLSX,
                xlsx(
                    {
                        "Logger": [["Time", "Temp C"], ["21:10", -21.0], ["21:50", -8.2]],
                        "Affected": [
                            ["Bag", "Patient", "DOB", "Test"],
                            [2, "Nwosu, Adaeze", "1984-10-10", "HIV-1 RNA quant"],
                            [5, "Sandoval, Rey", "1958-02-22", "PTH intact"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="photo of damaged bag with name",
        notes="Hard positive: PNG file name has patient name and test; body has none.",
        frm="Andre Whitlock <awhitlock@carelinkcourier.com>",
        to="dispatch@carelinkcourier.com",
        subject="leaking bag pic",
        body="Leaked in the cooler, photo attached. Bagged it separately.",
        atts=(
            Att(
                "Kowalski_Irene_24hr_urine_protein_leak.png",
                "image/png",
                png(8, 6, (240, 230, 120)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded lab request with patient",
        notes="Dispatch forwards lab email (rfc822) requesting pickup of a named patient's STAT cord blood.",
        frm="CareLink Dispatch <dispatch@carelinkcourier.com>",
        to="drivers.south@carelinkcourier.com",
        subject="Fwd: STAT - needed by 18:00",
        body="Whoever is closest to Lakeside, grab this one." + SIG_DISP,
        forward=Spec(
            phi=True,
            category="x",
            notes="x",
            frm="Blood Bank <bloodbank@lakesidecommunityhosp.org>",
            to="dispatch@carelinkcourier.com",
            subject="STAT - needed by 18:00",
            body=(
                "Cord blood on baby boy Rosario (mother Luz Rosario, MRN LCH00712289) going to "
                "Quantum for anti-D titer / DAT confirmation. Hemolytic disease suspected."
            ),
        ),
    ),
    Spec(
        phi=True,
        category="proof of delivery PDF",
        notes="PDF proof of delivery with line items naming patients and tests.",
        frm="CareLink Billing <billing@carelinkcourier.com>",
        to="sendouts@lakesidecommunityhosp.org",
        subject="POD for disputed delivery 11/05",
        body="Signed POD attached showing receipt at 19:42 by your night processor.",
        atts=(
            Att(
                "POD_1105_route7.pdf",
                "application/pdf",
                pdf(
                    [
                        "CARELINK COURIER - PROOF OF DELIVERY",
                        "Delivered 11/05/2026 19:42 to Lakeside lab dock, signed R. Pham",
                        "Item 1: Thorvald Engstrom - bone marrow aspirate (leukemia f/u)",
                        "Item 2: Nia Okafor-Bell - 24 hr urine cortisol",
                    ],
                    "POD",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient family call-back",
        notes="Hard positive: dispatcher emails a relative's icloud about pickup of grandmother's stool kit for C. diff - first name + test + relationship + street.",
        frm="Mariah Castellanos <mcastellanos@carelinkcourier.com>",
        to="j.ruhl.family@icloud.com",
        subject="Pickup for your grandma",
        body=(
            "Hi Jenna, our driver will swing by 804 Linden Ave between 1 and 3 to pick up Grandma "
            "Hilde's stool sample for the C. diff test. Please leave it in the cooler on the porch.\n\n"
            "Mariah, CareLink Dispatch"
        ),
    ),
    Spec(
        phi=True,
        category="DOCX chain of custody form",
        notes="DOCX forensic/chain-of-custody form for a blood alcohol with patient name, DOB and ED encounter.",
        frm="Tricia Vanderhoef <tvanderhoef@carelinkcourier.com>",
        to="bloodbank@lakesidecommunityhosp.org",
        subject="Signed custody form copy",
        body="Copy of the completed custody form for your records.",
        atts=(
            Att(
                "custody_CL-88214.docx",
                DOCX,
                docx(
                    [
                        "CareLink Courier Chain of Custody",
                        "Specimen: serum ethanol, ED patient Dustin Farraday, DOB 09/30/1992",
                        "Collected 11/08/2026 02:14 Lakeside ED, relinquished to driver K. Amos 02:40",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse dispatch with MRN",
        notes="Hard positive: terse note with MRN and 'frozen section' pickup.",
        frm="CareLink Dispatch <dispatch@carelinkcourier.com>",
        to="awhitlock@carelinkcourier.com",
        subject="next",
        body="after Oregon: Lakeside OR desk, frozen section for MRN LCH00488162 to Quantum path. go.",
    ),
    Spec(
        phi=True,
        category="HTML-only delivery exception",
        notes="HTML-only exception notice listing patient name and test delayed.",
        frm="CareLink Notifications <noreply@carelinkcourier.com>",
        to="clientservices@quantumreflabs.com",
        subject="Delivery exception: weather delay",
        body="",
        html=(
            "<p><b>Exception</b> - route MW-4 delayed 3h (I-90 closure).</p><table border=1>"
            "<tr><th>Bag</th><th>Patient</th><th>Test</th></tr>"
            "<tr><td>1</td><td>Benedetti, Carla</td><td>Tacrolimus trough</td></tr>"
            "<tr><td>2</td><td>Yazzie, Darnell</td><td>Cyclosporine level</td></tr></table>"
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of scanned requisitions",
        notes="Zip containing TXT index of requisitions with names and tests, sent to lab.",
        frm="CareLink Dispatch <dispatch@carelinkcourier.com>",
        to="processing@quantumreflabs.com",
        subject="Reqs found in van 9",
        body="Driver found these reqs under the seat; index attached. Originals coming tomorrow."
        + SIG_DISP,
        atts=(
            Att(
                "van9_reqs.zip",
                "application/zip",
                zipped(
                    {
                        "found_reqs.txt": (
                            "Req Q26-5531002 Hampton, Regina - PSA total/free\n"
                            "Req Q26-5531017 Iwasaki, Kenji - hepatitis B viral load\n"
                        )
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject-only patient info",
        notes="Hard positive: subject line carries patient name and 'transplant labs'; body routing only.",
        frm="Mariah Castellanos <mcastellanos@carelinkcourier.com>",
        to="dispatch@carelinkcourier.com",
        subject="Bernadette Loiselle kidney transplant labs - pickup 7am",
        body="Standing Monday pickup, home address is in the route sheet. Frozen tote.",
    ),
    Spec(
        phi=True,
        category="ICS pickup invite for home patient",
        notes="ICS invite: home pickup with patient name, address and sleep apnea device return.",
        frm="CareLink Scheduling <scheduling@carelinkcourier.com>",
        to="drivers.north@carelinkcourier.com",
        subject="Home pickup added",
        body="Added to Thursday's calendar.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CareLink//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:h36-cl-home-119@carelinkcourier.com\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261112T160000Z\r\nDTEND:20261112T163000Z\r\n"
            "SUMMARY:Pickup Holcomb\\, Gerald - home sleep apnea test device return\r\n"
            "LOCATION:2290 Sunset Ridge Rd\\, Sun Prairie WI\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="billing detail to hospital with patient lines",
        notes="Hard positive: courier invoice detail where STAT line items name patients and tests.",
        frm="CareLink Billing <billing@carelinkcourier.com>",
        to="ap@lakesidecommunityhosp.org",
        subject="October STAT surcharges - detail",
        body=(
            "STAT surcharges you asked about:\n10/03 $85 - STAT CSF, patient Hoang Bao Tran\n"
            "10/17 $85 - STAT type & crossmatch, patient Renee Lockhart\n10/29 $85 - STAT "
            "troponin, patient Edwin Szabo\nAll per lab request logs."
        ),
    ),
    Spec(
        phi=True,
        category="reply to patient about kit return",
        notes="Reply to patient's yahoo about her colon cancer screening kit pickup.",
        frm="CareLink Scheduling <scheduling@carelinkcourier.com>",
        to="dottie.mcgrath51@yahoo.com",
        subject="RE: kit pickup",
        body=(
            "Hi Dorothy, yes - we'll collect your Cologuard kit tomorrow between 10 and noon at "
            "the Maple Grove address.\n\n> I finished the colon test kit, can someone pick it up?\n"
            "> Dorothy McGrath"
        ),
    ),
    Spec(
        phi=True,
        category="TXT driver log",
        notes="Hard positive: TXT driver log attachment with patient names at home-draw stops and their tests.",
        frm="Andre Whitlock <awhitlock@carelinkcourier.com>",
        to="tvanderhoef@carelinkcourier.com",
        subject="my log for 11/10",
        body="Log attached like you asked.",
        atts=(
            Att(
                "log_1110_van12.txt",
                "text/plain",
                "08:10 Pettibone L., 418 Elm St - CMP lipid, fasting\n"
                "09:05 Villanueva A., 77 Prairie Ln - CBC BMP (dialysis pt)\n"
                "10:30 Lindqvist T., 9 Lake View Ct - INR\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="accident report with cargo list",
        notes="Accident report listing cargo including a named patient's HIV test.",
        frm="Tricia Vanderhoef <tvanderhoef@carelinkcourier.com>",
        to="risk@carelinkcourier.com",
        cc="labquality@lakesidecommunityhosp.org",
        subject="Van 4 accident - cargo status",
        body=(
            "Minor rear-end, no injuries. Cargo intact except one tube cracked: Aurelio Mendes, "
            "HIV-1/2 Ag/Ab, collected 11/11 at Stoughton clinic. Lakeside notified for recollect."
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="route schedule",
        notes="Route schedule with clinic names and times.",
        frm="CareLink Dispatch <dispatch@carelinkcourier.com>",
        to="drivers.south@carelinkcourier.com",
        subject="South routes - week of 11/16",
        body="R5 Stoughton 13:30, Oregon 14:45, Verona 16:15, Lakeside dock 17:00. R6 unchanged."
        + SIG_DISP,
    ),
    Spec(
        phi=False,
        category="driver payroll",
        notes="Hard negative: payroll mail with mileage rate and employee ids about direct deposit; workforce only.",
        frm="CareLink Payroll <payroll@carelinkcourier.com>",
        to="drivers@carelinkcourier.com",
        subject="Mileage reimbursement & payroll",
        body=(
            "Mileage rate for Q4 is $0.70/mi. Submit logs by the 25th. Employee ID 40-2271 and "
            "40-2295: your direct deposit change takes effect next cycle."
        ),
    ),
    Spec(
        phi=False,
        category="biohazard training",
        notes="Hard negative: training on handling HIV/TB/hepatitis specimens - topic only.",
        frm="CareLink Safety <safety@carelinkcourier.com>",
        to="drivers@carelinkcourier.com",
        subject="Annual bloodborne pathogens & UN3373 training",
        body=(
            "All drivers must complete BBP and UN3373 Category B training by 12/31. Covers "
            "hepatitis B vaccination offer, HIV and TB exposure, spill kits and triple packaging."
        ),
        atts=(
            Att(
                "BBP_2026_outline.docx",
                DOCX,
                docx(
                    [
                        "Bloodborne Pathogens 2026",
                        "Module 1: exposure control plan",
                        "Module 2: spills",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vehicle maintenance",
        notes="Hard negative: company van plate and reefer fault in a fleet service request; no person.",
        frm="Fleet Manager <fleet@carelinkcourier.com>",
        to="service@badgerfleetservice.com",
        subject="Van 12 reefer unit service",
        body="Van 12 (2023 Transit, plate CLC-4412) reefer cycling warm. Can you take it Thursday?",
    ),
    Spec(
        phi=False,
        category="client invoice",
        notes="Hard negative: monthly invoice with account number and totals only.",
        frm="CareLink Billing <billing@carelinkcourier.com>",
        to="ap@lakesidecommunityhosp.org",
        subject="Invoice CL-2610-0088",
        body="October service: 1,412 stops, 63 STAT, total $41,870.00. Account LCH-0007, net 30.",
        atts=(
            Att(
                "CL-2610-0088.pdf",
                "application/pdf",
                pdf(
                    [
                        "CARELINK COURIER INVOICE CL-2610-0088",
                        "Routine stops 1,412 x $26.00 = $36,712.00",
                        "STAT 63 x $85.00 = $5,355.00 less credit $197.00",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="on-time performance aggregate",
        notes="Hard negative: aggregate performance and temperature excursion metrics.",
        frm="CareLink Quality <quality@carelinkcourier.com>",
        to="labops@lakesidecommunityhosp.org",
        subject="October scorecard",
        body="On-time 98.1% (target 97). Temp excursions 2 of 4,880 totes. Lost items 1 (CL-2610-03, closed).",
        atts=(
            Att(
                "scorecard_oct.xlsx",
                XLSX,
                xlsx(
                    {
                        "KPIs": [["Metric", "Value"], ["On-time %", 98.1], ["Excursions", 2]],
                        "By route": [["Route", "On-time %"], ["R5", 97.4], ["R7", 99.0]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job posting",
        notes="Driver job posting.",
        frm="CareLink Recruiting <jobs@carelinkcourier.com>",
        to="dwayne.prichard@gmail.com",
        subject="Posting: Medical Courier Driver - Madison",
        body=(
            "Thanks for asking about openings, Dwayne. Full-time medical courier, 2nd shift. Clean driving record, able to lift 40 lb. "
            "Hepatitis B vaccination provided. $21/hr + mileage."
        ),
    ),
    Spec(
        phi=False,
        category="new client onboarding",
        notes="Onboarding email listing pickup windows and packaging rules.",
        frm="Tricia Vanderhoef <tvanderhoef@carelinkcourier.com>",
        to="practice.manager@northwoodsclinic.com",
        subject="Welcome to CareLink - pickup setup",
        body=(
            "Thanks for choosing CareLink. Your lockbox code will be set by our tech Monday. Daily "
            "pickup 16:00. Please keep frozen specimens in the dry ice shipper we provide."
        ),
    ),
    Spec(
        phi=False,
        category="dry ice supply",
        notes="Vendor order for dry ice.",
        frm="CareLink Hub <hub@carelinkcourier.com>",
        to="orders@midwestdryice.com",
        subject="Standing order increase",
        body="Please increase our standing dry ice order to 400 lb Mon/Wed/Fri through the holidays. PO 77120.",
    ),
    Spec(
        phi=False,
        category="HTML-only newsletter",
        notes="HTML-only driver newsletter with driver names (workforce).",
        frm="CareLink Courier <news@carelinkcourier.com>",
        to="drivers@carelinkcourier.com",
        subject="Road Notes - November",
        body="",
        html=(
            "<h3>Road Notes</h3><p>Driver of the month: <b>Andre Whitlock</b> - 0 missed stops "
            "in October!</p><p>Winter tires go on by 11/20. Flu shots free at the hub Friday.</p>"
        ),
    ),
    Spec(
        phi=False,
        category="incident closure aggregate",
        notes="Hard negative: incident closure summary without patient details.",
        frm="CareLink Quality <quality@carelinkcourier.com>",
        to="labquality@lakesidecommunityhosp.org",
        subject="CL-2610-03 closed",
        body=(
            "Root cause: tote not latched at the Verona stop. CAPA: latch check added to the "
            "driver scan workflow. No specimens were compromised; case closed."
        ),
    ),
    Spec(
        phi=False,
        category="IT notice",
        notes="Scanner app update instructions.",
        frm="CareLink IT <it@carelinkcourier.com>",
        to="drivers@carelinkcourier.com",
        subject="RouteScan app 5.2 update tonight",
        body="Update installs at 02:00. If your handheld asks for a PIN after update, call the IT line.",
    ),
    Spec(
        phi=False,
        category="insurance certificate",
        notes="Hard negative: certificate of insurance with policy number.",
        frm="CareLink Contracts <contracts@carelinkcourier.com>",
        to="vendor.mgmt@quantumreflabs.com",
        subject="COI renewal 2027",
        body="Attached: certificate of insurance, policy CA-5530-2217-04, auto liability $2M, cargo $250k.",
        atts=(
            Att(
                "COI_2027.txt",
                "text/plain",
                "Certificate of Insurance\nInsured: CareLink Courier LLC\nPolicy CA-5530-2217-04\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="test dispatch message",
        notes="Hard negative: dispatch system test using TEST PATIENT placeholders.",
        frm="CareLink IT <it@carelinkcourier.com>",
        to="dispatch@carelinkcourier.com",
        subject="[TEST] dispatch template check",
        body=(
            "TEST ONLY - template render check: Pickup for TEST, PATIENT (DOB 01/01/1900) - Test: "
            "SAMPLE PANEL. Ignore this message; not a real job."
        ),
    ),
    Spec(
        phi=False,
        category="quarterly business review",
        notes="Contract QBR with lab, aggregate volumes.",
        frm="Tricia Vanderhoef <tvanderhoef@carelinkcourier.com>",
        to="logistics@quantumreflabs.com",
        subject="QBR follow-ups",
        body="Follow-ups: (1) add Janesville stop, (2) pilot GPS temp loggers on MW-4, (3) Q4 volume +6%.",
    ),
    Spec(
        phi=False,
        category="holiday schedule",
        notes="Holiday coverage schedule.",
        frm="CareLink Dispatch <dispatch@carelinkcourier.com>",
        to="clients@carelinkcourier.com",
        subject="Thanksgiving service schedule",
        body="Thursday 11/26: STAT only. Friday 11/27: normal routes, hub closes 20:00." + SIG_DISP,
    ),
    Spec(
        phi=False,
        category="driver injury HR",
        notes="Hard negative: HR light-duty note about an unnamed driver's work restriction - employment record, no identifier, not patient PHI.",
        frm="CareLink HR <hr@carelinkcourier.com>",
        to="tvanderhoef@carelinkcourier.com",
        subject="Light duty schedule",
        body="Per the workers' comp paperwork, one driver is on light duty (no lifting over 20 lb) through 11/30. Please assign dispatch desk shifts.",
    ),
    Spec(
        phi=False,
        category="zip of route maps",
        notes="Zip of route maps (text waypoints), no patients.",
        frm="CareLink Dispatch <dispatch@carelinkcourier.com>",
        to="drivers.north@carelinkcourier.com",
        subject="New north route maps",
        body="Updated waypoints zipped." + SIG_DISP,
        atts=(
            Att(
                "north_routes.zip",
                "application/zip",
                zipped(
                    {
                        "R1.txt": "Hub -> Sun Prairie Clinic -> DeForest Clinic -> Lakeside\n",
                        "R2.txt": "Hub -> Waunakee Clinic -> Middleton Clinic -> Quantum Madison\n",
                    }
                ),
            ),
        ),
    ),
]
