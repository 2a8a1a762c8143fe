"""ProStride Prosthetics & Orthotics: outbound mail, PHI and not."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import PSP, SRR, Att, Spec

SIG_AUTH = (
    "\n\nInes Halvorsen\nInsurance Authorization Coordinator\nProStride Prosthetics & "
    "Orthotics\n(724) 555-0131 | fax (724) 555-0139"
)

AUTH_PDF = pdf(
    [
        "PROSTRIDE PROSTHETICS & ORTHOTICS - PRIOR AUTHORIZATION REQUEST",
        "Patient: Lydia Nakamura-Reyes    DOB: 09/30/1968",
        "Plan: Gateway Health Medicare Assured    Member ID: GWH700418822",
        "Diagnosis: Z89.611 Acquired absence of right leg above knee; I70.221 PAD w/ rest pain",
        "Functional level: K3 (community ambulator, variable cadence) per PT eval 11/04/2026",
        "Requested: L5856 microprocessor knee; L5700 socket; L5673 locking liner; L5981 foot",
        "Prescriber: Anjali Raghunathan, MD  NPI: 1680785437",
        "Prosthetist: Brandon Ekwueme, CPO  NPI: 1478403599",
    ],
    "Prior authorization - L5856",
)

LAB_ORDER = (
    "PROSTRIDE FAB LAB - WORK ORDER 26-1187\n"
    "Patient: Kwame Asante   Clinician: N. Petrosyan, CPO\n"
    "Device: R transtibial, test socket #3 -> definitive\n"
    "Cast date: 11/09   Due: 11/16 (fitting appt 10:00)\n"
    "Notes: distal tibia very bony after revision 09/2026, add 3 mm relief; "
    "volume fluctuates with dialysis (MWF), use 5-ply sock allowance.\n"
    "Liner: 6 mm cushion, size 28. Pylon + Vari-Flex style foot, 27 cm.\n"
)

AUTH_WB = xlsx(
    {
        "Pending auths": [
            ["Patient", "Member ID", "DOB", "HCPCS", "Description", "Submitted", "Status"],
            [
                "Delgado, Carmen",
                "UHC884402713",
                "1955-04-18",
                "L1970",
                "AFO, plastic, ankle joint",
                "2026-10-28",
                "pending clinicals",
            ],
            [
                "Yazzie, Leonard",
                "UHC884517720",
                "1962-11-02",
                "L5301",
                "BK socket, endoskeletal",
                "2026-11-02",
                "in review",
            ],
            [
                "Haddad, Sami",
                "UHC884301156",
                "1958-01-25",
                "A5500",
                "Diabetic shoe, custom depth",
                "2026-11-03",
                "needs cert. statement",
            ],
        ],
        "Approved - not yet delivered": [
            ["Patient", "Member ID", "Auth #", "HCPCS", "Expires"],
            ["Lindgren, Emma", "UHC884699031", "A26-0441871", "L1300", "2027-01-31"],
            ["Gutierrez, Hector", "UHC884210098", "A26-0442016", "L5321", "2027-02-15"],
        ],
    }
)

X12_837P = (
    "ISA*00*          *00*          *ZZ*PROSTRIDE      *ZZ*CHANGEHLTH     *261112*0915*^*00501*"
    "000000932*0*P*:~GS*HC*PROSTRIDE*CHANGEHLTH*20261112*0915*932*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*PS932*20261112*0915*CH~"
    "NM1*85*2*PROSTRIDE PROSTHETICS AND ORTHOTICS*****XX*1935296347~"
    "NM1*IL*1*YAZZIE*LEONARD****MI*UHC884517720~N3*1190 OLD STATE RD~N4*WASHINGTON*PA*15301~"
    "DMG*D8*19621102*M~CLM*PS26110931*6840.00***12:B:1*Y*A*Y*Y~HI*ABK:Z89512*ABF:E1152~"
    "LX*1~SV1*HC:L5301:LT*4920.00*UN*1***1~LX*2~SV1*HC:L5673:LT*1920.00*UN*1***1~"
    "SE*14*0001~GE*1*932~IEA*1*000000932~"
)

LMN = docx(
    [
        "PROSTRIDE PROSTHETICS & ORTHOTICS",
        "Letter of Medical Necessity - Cranial Remolding Orthosis",
        "Patient: Oliver Brandt-Mwangi    DOB: 05/06/2026    Member ID: AET55120784",
        "Diagnosis: Q67.3 plagiocephaly; cranial vault asymmetry 14 mm (severe) on 11/02/2026 "
        "scan despite 8 weeks of repositioning therapy.",
        "Requested: S1040 cranial remolding orthosis, custom fabricated.",
        "Nadia Petrosyan, CPO",
    ]
)

REFERRAL_LOG = (
    "referral_date,patient,referring_provider,device,status\r\n"
    "2026-10-05,Whitfield Jerome,Summit Ridge amputee clinic,L TT prosthesis,casting\r\n"
    "2026-10-12,Park Hyun-woo,Summit Ridge SCI,KAFO eval,declined - w/c user\r\n"
    "2026-10-19,Thibodeaux Marcus,Summit Ridge BI,R AFO (foot drop),delivered 10/30\r\n"
    "2026-10-26,Abernathy Ruth,Summit Ridge amputee clinic,bilat TT prostheses,auth pending\r\n"
)

PRICE_SHEET = xlsx(
    {
        "Lower limb": [
            ["HCPCS", "Description", "Medicare allowable PA 2027", "Our list"],
            ["L5301", "BK socket, endoskeletal", 3412.55, 4920.00],
            ["L5856", "Microprocessor knee", 31874.20, 43800.00],
            ["L5981", "Flex-walk foot", 3602.11, 4910.00],
        ],
        "Orthotics": [
            ["HCPCS", "Description", "Medicare allowable PA 2027", "Our list"],
            ["L1970", "AFO plastic w/ ankle joint", 1168.40, 1540.00],
            ["L1833", "KO adjustable, prefab", 622.90, 880.00],
        ],
        "Summary": [
            ["Codes reviewed", "Avg change vs 2026"],
            [212, "+2.8%"],
        ],
    }
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="prior auth request PDF to payer",
        notes="Prior authorization for a microprocessor knee: the PDF has name, DOB, member id "
        "and diagnosis; the body names the patient.",
        frm=f"Ines Halvorsen <ihalvorsen@{PSP}>",
        to="UM Intake <um-dme@gatewayhealthplan.com>",
        subject="PA request - L5856 - Nakamura-Reyes",
        body="Hello,\n\nAttached is the prior authorization request for Ms. Nakamura-Reyes "
        "(microprocessor knee). PT functional evaluation and the physician notes from Summit "
        "Ridge are on pages 2-6 of the fax we sent this morning.\n\nThank you," + SIG_AUTH,
        atts=(Att("PA_L5856_NakamuraReyes.pdf", "application/pdf", AUTH_PDF),),
    ),
    Spec(
        phi=True,
        category="fitting reminder to patient gmail",
        notes="Hard positive: first name and a socket fitting appointment sent to the patient's "
        "gmail.",
        frm=f"Yuki Sato <ysato@{PSP}>",
        to="rosa.mendez.pgh@gmail.com",
        subject="See you Thursday!",
        body="Hi Rosa,\n\nJust a reminder that your check socket fitting with Nadia is this "
        "Thursday at 2:30 at our Washington office. Please wear the liner for an hour before "
        "you come and bring your walker.\n\nSee you then,\nYuki\nProStride front desk",
    ),
    Spec(
        phi=True,
        category="pickup notice to son aol",
        notes="Hard positive: tells a son at aol.com his mother's ankle-foot orthosis is ready.",
        frm=f"Yuki Sato <ysato@{PSP}>",
        to="mdelgado1962@aol.com",
        subject="Re: your mom's brace",
        body="Hi Miguel,\n\nYes - Mrs. Delgado's new AFO for her left foot is ready. She can pick "
        "it up any weekday 8-4:30, or we can fit it at her appointment on the 19th. Her old "
        "brace should be brought in so we can check the fit against it.\n\nYuki",
    ),
    Spec(
        phi=True,
        category="fab lab work order TXT to outside lab",
        notes="Hard positive: body is a one-liner; the TXT work order has the patient's name, "
        "limb revision history and dialysis schedule.",
        frm=f"Curtis Lamb <clamb@{PSP}>",
        to="Orders <orders@centralfablabpa.com>",
        subject="overflow job 26-1187",
        body="Can you take this one? We're backed up. Cast ships today UPS.\n\nCurtis",
        atts=(Att("WO_26-1187.txt", "text/plain", LAB_ORDER),),
    ),
    Spec(
        phi=True,
        category="pending auths XLSX to payer rep",
        notes="Hard positive: multi-sheet workbook with patient names, member ids, DOBs and "
        "device codes; body only asks for a status check.",
        frm=f"Ines Halvorsen <ihalvorsen@{PSP}>",
        to="Provider Services <provsvc-pa@uhc-partners.com>",
        subject="status check - open auths",
        body="Hi Kevin, could you check on the open ones in the attached? Thanks!" + SIG_AUTH,
        atts=(Att("ProStride_auths_2026-11-10.xlsx", XLSX, AUTH_WB),),
    ),
    Spec(
        phi=True,
        category="837P claim to clearinghouse",
        notes="Hard positive: professional claim (X12 837P) with name, address, DOB, member id, "
        "amputation diagnosis and L-codes, only in the attachment.",
        frm=f"Gary Pruitt <gpruitt@{PSP}>",
        to="Support <claimsupport@changehealth-partners.com>",
        subject="Claim rejected - modifier LT question",
        body="Hi,\n\nClaim in the attached file rejected with A7:453. We think the LT modifier is "
        "placed correctly. Can you check?\n\nGary Pruitt\nBilling, ProStride",
        atts=(Att("PS26110931.x12", "application/edi-x12", X12_837P),),
    ),
    Spec(
        phi=True,
        category="letter of medical necessity DOCX",
        notes="DOCX letter of medical necessity for an infant's cranial orthosis with name, DOB, "
        "member id and diagnosis.",
        frm=f"Nadia Petrosyan <npetrosyan@{PSP}>",
        to="Dr. Caroline Achebe <cachebe@northhillspeds.com>",
        subject="LMN for signature - cranial helmet",
        body="Dr. Achebe,\n\nThe attached letter needs your signature before we can submit to "
        "Aetna. Could your office fax it back by Friday?\n\nNadia Petrosyan, CPO",
        atts=(Att("LMN_cranial_orthosis.docx", DOCX, LMN),),
    ),
    Spec(
        phi=True,
        category="residual limb photo named in file name",
        notes="Hard positive: photo of a residual limb whose file name carries the patient's "
        "name; body generic.",
        frm=f"Brandon Ekwueme <bekwueme@{PSP}>",
        to="Dr. Paul Iwasaki <piwasaki@southhillsvascular.com>",
        subject="the redness we talked about",
        body="Paul - photo from today's visit. Redness over the fibular head persists after 48h "
        "out of the socket. Would you see him this week?\n\nBrandon",
        atts=(Att("Yazzie_Leonard_L_residual_limb_2026-11-10.png", "image/png", png(8, 6)),),
    ),
    Spec(
        phi=True,
        category="forwarded rehab referral",
        notes="Prosthetist forwards Summit Ridge's referral email (message/rfc822) naming a "
        "bilateral amputee to the authorization coordinator's outside billing service.",
        frm=f"Brandon Ekwueme <bekwueme@{PSP}>",
        to="Team <team@dmebillingpartners.com>",
        subject="FW: referral - bilateral TT",
        body="Please start benefits verification on this one - Medicare Advantage.\n\nBrandon",
        forward=Spec(
            phi=True,
            category="nested",
            notes="nested",
            frm=f"Lauren Ostrowski <lostrowski@{SRR}>",
            to=f"bekwueme@{PSP}",
            subject="referral - bilateral TT",
            body="Brandon,\n\nRuth Abernathy (DOB 08/02/1946) - bilateral transtibial amputations "
            "(L 09/2026, R 2023 for PAD/diabetes). Discharged 10/24, healed, K2 goal. She "
            "lives at 611 Maple Terrace, Carnegie PA. Daughter Janet (412) 555-0158 "
            "coordinates appointments.\n\nLauren",
        ),
    ),
    Spec(
        phi=True,
        category="denial appeal with claim and name",
        notes="Appeal letter in the body naming the patient, claim number and device.",
        frm=f"Gary Pruitt <gpruitt@{PSP}>",
        to="Appeals <appeals@gatewayhealthplan.com>",
        subject="Level 1 appeal - claim 26A0918842",
        body="To the Appeals Unit:\n\nProStride requests reconsideration of claim 26A0918842 "
        "for Hector Gutierrez (member GWH700102267), L5321 above-knee socket delivered "
        "10/14/2026. The denial cites 'same/similar'; however, his prior socket (2022) no "
        "longer fits after 11 kg weight loss during chemotherapy, documented in the attached "
        "physician note.\n\nGary Pruitt\nBilling Manager",
    ),
    Spec(
        phi=True,
        category="delivery note to referring clinic",
        notes="Named adolescent with scoliosis brace delivery and wear schedule sent to the "
        "referring orthopedics office.",
        frm=f"Nadia Petrosyan <npetrosyan@{PSP}>",
        to="Dr. Wen Li <wli@pghpediatricortho.com>",
        subject="TLSO delivered",
        body="Dr. Li,\n\nEmma Lindgren (14) received her Boston-style TLSO today. In-brace "
        "x-ray ordered; target wear 20 hours/day. Mom reports some skin redness at the iliac "
        "crest, which we relieved. Follow-up 12/8.\n\nNadia",
    ),
    Spec(
        phi=True,
        category="patient statement to outlook",
        notes="Billing statement for a knee brace to the patient's outlook.com mailbox.",
        frm=f"ProStride Billing <billing@{PSP}>",
        to="sharon.kimbrough@outlook.com",
        subject="Your ProStride statement",
        body="Dear Sharon Kimbrough,\n\nYour insurance paid $512.40 toward your knee brace "
        "(L1833) fitted on 10/21/2026. Your share is $127.60 (coinsurance). Account "
        "PS-0048821.\n\nPay online at prostridepo.com/pay or call (724) 555-0133.\n\nThank you,\n"
        "ProStride Billing",
    ),
    Spec(
        phi=True,
        category="appointment invite ICS to patient icloud",
        notes="Hard positive: calendar invite with the patient's name and 'prosthetic gait "
        "training' sent to her icloud; body one line.",
        frm=f"Yuki Sato <ysato@{PSP}>",
        to="lydia.nr@icloud.com",
        subject="Appointment: gait training",
        body="Your appointment is below - reply if you need to change it.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ProStride//Scheduler//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ps-appt-88412@prostridepo.com\r\n"
            "DTSTAMP:20261106T150000Z\r\nDTSTART:20261118T150000Z\r\nDTEND:20261118T160000Z\r\n"
            "SUMMARY:Lydia Nakamura-Reyes - MPK knee gait training w/ B. Ekwueme\r\n"
            "LOCATION:ProStride Washington office\\, 220 Jefferson Ave\r\n"
            "ORGANIZER:mailto:ysato@prostridepo.com\r\nATTENDEE:mailto:lydia.nr@icloud.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="HTML new patient confirmation",
        notes="HTML-only new-patient confirmation naming the patient, the referral diagnosis "
        "and visit time, to a personal mailbox.",
        frm=f"ProStride Scheduling <scheduling@{PSP}>",
        to="sami.haddad58@yahoo.com",
        subject="Your first visit at ProStride",
        body="",
        html=(
            "<html><body><p>Dear Mr. Haddad,</p><p>Welcome to ProStride. Your first visit is "
            "scheduled:</p><table><tr><td><b>When</b></td><td>Monday, November 16, 9:00 AM"
            "</td></tr><tr><td><b>Why</b></td><td>Custom diabetic shoes and inserts "
            "(referral: diabetic neuropathy, Dr. Osei)</td></tr><tr><td><b>Bring</b></td><td>"
            "Insurance card, current shoes, list of medications</td></tr></table><p>ProStride "
            "Prosthetics &amp; Orthotics</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="PHI only in subject",
        notes="Hard positive: patient's surname, limb level and skin breakdown only in the "
        "subject; body is a generic request.",
        frm=f"Nadia Petrosyan <npetrosyan@{PSP}>",
        to=f"Brandon Ekwueme <bekwueme@{PSP}>",
        cc="wound@southhillsvascular.com",
        subject="Re: Gutierrez AK socket - skin breakdown ischial area?",
        body="Can you look at this today before 3? Thanks.\n\nN.",
    ),
    Spec(
        phi=True,
        category="referral log CSV back to referrer",
        notes="Hard positive: monthly referral log CSV with patient names and devices; body "
        "says 'monthly report'.",
        frm=f"Brandon Ekwueme <bekwueme@{PSP}>",
        to=f"Lauren Ostrowski <lostrowski@{SRR}>",
        subject="October referral report",
        body="Lauren - October report attached as usual. Nice month!\n\nBrandon",
        atts=(Att("SRR_referrals_Oct2026.csv", "text/csv", REFERRAL_LOG),),
    ),
    Spec(
        phi=True,
        category="certifying statement request to PCP",
        notes="Named diabetic patient with neuropathy, foot ulcer history and shoe codes sent "
        "to the PCP for the certifying statement.",
        frm=f"Ines Halvorsen <ihalvorsen@{PSP}>",
        to="Dr. Kwabena Osei <kosei@washingtonfamilypractice.com>",
        subject="Therapeutic shoe certification needed",
        body="Dr. Osei,\n\nFor Medicare coverage of A5500/A5513 we need your signed certifying "
        "statement for Sami Haddad (DOB 01/25/1958): diabetes with peripheral neuropathy and "
        "history of a right plantar ulcer (healed 2025). The form is attached to our fax of "
        "11/10; a visit note within the last 6 months addressing his feet is also "
        "required." + SIG_AUTH,
    ),
    # ----- no PHI -----
    Spec(
        phi=False,
        category="component purchase order with SSN-shaped number",
        notes="Hard negative: supplier PO whose number looks like an SSN, with part numbers and "
        "sizes.",
        frm=f"Purchasing <purchasing@{PSP}>",
        to="Orders <orders@kinetracomponents.com>",
        subject="PO 538-40-2217",
        body="Please ship:\n\nPO 538-40-2217\n 4 x carbon fibre foot, 26 cm, cat 5 (KC-2260)\n"
        " 2 x locking liner, size 28, 6 mm (KC-LL28)\n10 x 5-ply socks, size 3\n\nShip to "
        "ProStride, 220 Jefferson Ave, Washington PA. Net 30.\n\nPurchasing",
    ),
    Spec(
        phi=False,
        category="manufacturer recall forwarded to clinicians",
        notes="Hard negative: device recall with lot numbers and clinical advice, no patient.",
        frm=f"Brandon Ekwueme <bekwueme@{PSP}>",
        to=f"Clinicians <clinicians@{PSP}>",
        subject="Recall: KC-MPK knee battery packs, lots 2406-2409",
        body="Team,\n\nKinetra issued a voluntary recall of MPK battery packs from lots 2406 "
        "through 2409 (possible sudden stance-resistance loss). Check every MPK fitted since "
        "June; replacement packs arrive Monday. Log your checks in the recall binder, not in "
        "email.\n\nBrandon Ekwueme, CPO\nClinical Director",
    ),
    Spec(
        phi=False,
        category="fee schedule XLSX to partner",
        notes="Hard negative: multi-sheet price list by HCPCS code, no patients.",
        frm=f"Gary Pruitt <gpruitt@{PSP}>",
        to="Contracting <contracting@gatewayhealthplan.com>",
        subject="2027 rate proposal",
        body="Attached is our 2027 proposal compared with the PA Medicare allowables. Happy to "
        "walk through it on the 20th.\n\nGary",
        atts=(Att("ProStride_2027_rates.xlsx", XLSX, PRICE_SHEET),),
    ),
    Spec(
        phi=False,
        category="amputee support group newsletter",
        notes="Hard negative: HTML newsletter about an amputee support group and diabetes foot "
        "care topics.",
        frm=f"ProStride Community <community@{PSP}>",
        to="newsletter@prostridepo.com",
        subject="Peer support this month + winter foot care",
        body="",
        html=(
            "<html><body><h3>Limb Loss Peer Support - Nov 19, 6 PM</h3><p>Open to anyone living "
            "with limb loss and their families. Topic: returning to driving with hand controls."
            "</p><h3>Winter foot care if you have diabetes</h3><ul><li>Check both feet daily"
            "</li><li>Keep skin moisturised but not between the toes</li><li>Never use a "
            "heating pad on numb feet</li></ul><p>ProStride Prosthetics &amp; Orthotics</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="CE workshop announcement",
        notes="Continuing education agenda for clinicians.",
        frm=f"Nadia Petrosyan <npetrosyan@{PSP}>",
        to="Members <members@paorthoticprosthetic.org>",
        subject="Dec 5 workshop: upper limb myoelectric fitting",
        body="Agenda for the Dec 5 workshop (6 CE credits):\n 9:00 EMG site selection\n10:30 "
        "Pattern recognition control\n 1:00 Socket design for transradial\n 3:00 Hands-on with "
        "demo arms\n\nRegister at the chapter website.\n\nNadia Petrosyan, CPO",
    ),
    Spec(
        phi=False,
        category="holiday office closure",
        notes="Office hours notice to referral partners.",
        frm=f"ProStride Front Desk <frontdesk@{PSP}>",
        to=f"Admissions <admissions@{SRR}>",
        subject="Thanksgiving hours",
        body="Our offices are closed Thursday 11/26 and Friday 11/27. For urgent device issues "
        "call the on-call line (724) 555-0130.\n\nProStride",
    ),
    Spec(
        phi=False,
        category="job posting certified prosthetist",
        notes="Hard negative: job posting describing amputee and pediatric scoliosis caseloads.",
        frm=f"ProStride HR <hr@{PSP}>",
        to="jobs@oandpcareers.net",
        subject="Job posting: CP or CPO - Washington PA",
        body="ProStride is hiring a Certified Prosthetist (CP/CPO). Caseload: dysvascular and "
        "traumatic lower-limb amputees, inpatient rehab consults at Summit Ridge, and "
        "pediatric scoliosis bracing. Salary $88-112K, relocation, CE allowance. Send CV to "
        "hr@prostridepo.com.",
    ),
    Spec(
        phi=False,
        category="clinician credentialing with NPI",
        notes="Hard negative: payer credentialing with clinicians' NPIs and state license numbers.",
        frm=f"Ines Halvorsen <ihalvorsen@{PSP}>",
        to="Credentialing <credentialing@uhc-partners.com>",
        subject="Recredentialing - ProStride clinicians",
        body="Recredentialing info as requested:\n\nBrandon Ekwueme, CPO - NPI: 1478403599 - "
        "PA lic. PO-000871\nNadia Petrosyan, CPO - NPI: 1628052684 - PA lic. PO-001142\n"
        "Group: ProStride Prosthetics & Orthotics - NPI: 1935296347 - TIN on file\n\nInes",
    ),
    Spec(
        phi=False,
        category="aggregate PLUS-M outcomes",
        notes="Hard negative: aggregate outcome scores for a cohort, no individuals.",
        frm=f"Brandon Ekwueme <bekwueme@{PSP}>",
        to="Quality <quality@gatewayhealthplan.com>",
        subject="Q3 outcomes summary for value-based pilot",
        body="Q3 summary for the pilot:\n- New lower-limb fittings: 87\n- Mean PLUS-M T-score at "
        "fitting 41.2, at 90 days 48.9\n- Socket replacements within 6 months: 6 (6.9%)\n- "
        "Falls reported at 90 days: 11 patients (12.6%)\n\nFull methodology in the shared "
        "folder.\n\nBrandon",
    ),
    Spec(
        phi=False,
        category="test patient in practice management system",
        notes="Hard negative: clearly fictitious test patient used to test an eligibility "
        "interface.",
        frm=f"Gary Pruitt <gpruitt@{PSP}>",
        to="Support <support@opmsoftware.com>",
        subject="270/271 test still failing",
        body="Hi,\n\nOur eligibility test with the dummy record TEST, PATIENT PROSTRIDE (DOB "
        "01/01/1900, member id TEST0000001, not a real person) still returns AAA*N**42. Can "
        "you check the payer ID mapping?\n\nGary",
    ),
    Spec(
        phi=False,
        category="lab equipment service",
        notes="Vendor service visit.",
        frm=f"Curtis Lamb <clamb@{PSP}>",
        to="Service <service@thermoformequip.com>",
        subject="Oven service visit",
        body="Our laminating oven is tripping the breaker at 180 C. Can a tech come Tuesday or "
        "Wednesday morning?\n\nCurtis Lamb\nLab Manager, ProStride",
    ),
    Spec(
        phi=False,
        category="referral source brochure PDF",
        notes="Services brochure for referring clinicians.",
        frm=f"Brandon Ekwueme <bekwueme@{PSP}>",
        to="Dr. Caroline Achebe <cachebe@northhillspeds.com>",
        subject="Our pediatric services",
        body="Dr. Achebe, thanks for the referral last month. Our pediatric services sheet is "
        "attached for your staff.\n\nBrandon",
        atts=(
            Att(
                "ProStride_pediatric_services.pdf",
                "application/pdf",
                pdf(
                    [
                        "PROSTRIDE PROSTHETICS & ORTHOTICS - PEDIATRIC SERVICES",
                        "Cranial remolding orthoses (plagiocephaly, brachycephaly)",
                        "Scoliosis bracing (Boston-style TLSO, night-time bracing)",
                        "AFOs for cerebral palsy and toe walking",
                        "Limb difference: first prosthesis by 6-9 months",
                        "Referrals: fax (724) 555-0139",
                    ],
                    "Pediatric services",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank consent form template",
        notes="Hard negative: DOCX template with blank patient fields.",
        frm=f"Ines Halvorsen <ihalvorsen@{PSP}>",
        to=f"Front Desk <frontdesk@{PSP}>",
        cc="compliance@dmebillingpartners.com",
        subject="Updated ABN / consent template",
        body="Please use the attached template from Monday and recycle the old pads.\n\nInes",
        atts=(
            Att(
                "ProStride_consent_ABN_template_v4.docx",
                DOCX,
                docx(
                    [
                        "PROSTRIDE PROSTHETICS & ORTHOTICS - CONSENT AND ADVANCE BENEFICIARY "
                        "NOTICE",
                        "Patient name: ______________________  Date of birth: ___/___/______",
                        "Item: __________________  HCPCS: ________  Estimated cost: $________",
                        "I understand Medicare may not pay for the item listed above.",
                        "Signature: ______________________  Date: __________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="phishing alert to staff",
        notes="IT security notice.",
        frm=f"IT <it@{PSP}>",
        to=f"All <all@{PSP}>",
        subject="Fake 'UPS delivery' emails today",
        body="Several of you received a fake UPS notice with a link to 'ups-track-delivery.co'. "
        "Do not click. If you did, call me right away so I can reset your password.\n\nRaj "
        "(IT, shared with CareFlow)",
    ),
    Spec(
        phi=False,
        category="job shadow reply to student gmail",
        notes="Hard negative: reply to an O&P student at gmail about shadowing in the fabrication "
        "lab; it mentions amputee clinic days but nothing about the student's health or care.",
        frm=f"ProStride Front Desk <frontdesk@{PSP}>",
        to="tmorrisey.op2028@gmail.com",
        subject="Re: job shadow in the fab lab",
        body="Hi Tom,\n\nCurtis is happy to have you shadow in the fabrication lab on Friday "
        "12/4 from 9 to 3. Closed-toe shoes and safety glasses (we have spares). Amputee clinic "
        "days are confidential, so you'll stay in the lab and the classroom. Free parking is "
        "behind the building off Jefferson Ave.\n\nProStride Front Desk\n\n> I'm a first-year "
        "student in the orthotics and prosthetics program and would love to shadow.",
    ),
]
