"""Sunrise Children's Dental & Orthodontics: front desk, doctors, sedation coordinator, billing."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import SKD, Att, Spec

SIG_DESK = (
    "\n\nThanks!\nMarisol Gutierrez | Front Desk Lead\nSunrise Children's Dental & Orthodontics\n"
    "2210 Bayview Pkwy, Suite 4, Harbor City | (555) 014-2290\n"
)
SIG_BILL = (
    "\n\n--\nDerek Oyelaran\nBilling & Insurance, Sunrise Children's Dental\n(555) 014-2294\n"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="sedation pre-op instructions to parent gmail",
        notes="Child's first name, sedation date and NPO instructions to a parent's gmail",
        frm=f"Marisol Gutierrez <mgutierrez@{SKD}>",
        to="tanya.whitfield88@gmail.com",
        subject="Instructions for Jaylen's appointment Thursday",
        body=(
            "Hi Ms. Whitfield,\n\nThis is a reminder that Jaylen is scheduled for his oral "
            "sedation "
            "visit with Dr. Anand on Thursday 11/12 at 8:00 AM (please arrive 7:40).\n\n"
            "- Nothing to eat or drink after midnight, not even water\n"
            "- Please bring his inhaler since he has asthma\n"
            "- One parent must stay in the building the whole time\n"
            "- Plan on him being sleepy the rest of the day\n\n"
            "We will be doing 4 fillings and 2 stainless steel crowns on his back teeth."
            + SIG_DESK
        ),
    ),
    Spec(
        phi=False,
        category="holiday closure notice to families",
        notes="Office closure newsletter to all families, no individual",
        frm=f"Sunrise Children's Dental <hello@{SKD}>",
        to=f"families@{SKD}",
        subject="Thanksgiving hours + a sugar-bug tip",
        body="",
        html=(
            "<html><body><h2>Happy Thanksgiving from Sunrise!</h2>"
            "<p>Our offices will be closed Thursday Nov 26 and Friday Nov 27. For dental "
            "emergencies "
            "call our main line and follow the prompts for the on-call dentist.</p>"
            "<p><b>Tip:</b> Sticky treats like caramel and dried fruit cling to molars. Have kids "
            "rinse with water after holiday desserts and brush for two minutes before bed.</p>"
            "<p>Reminder: our new Eastside location opens in January!</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="referral to pediatric ENT for airway concerns",
        notes="Hard positive: initials + DOB only, tonsil hypertrophy finding, to partner ENT",
        frm=f"Dr. Priya Anand <panand@{SKD}>",
        to="referrals@harborpeds-ent.com",
        subject="Referral - airway eval",
        body=(
            "Hello,\n\nReferring pt K.M., DOB 03/14/2019, for evaluation of enlarged tonsils "
            "(grade 4/4 observed at recall exam), mouth breathing and parent-reported snoring. "
            "Also noted anterior open bite. Please send consult notes back to our fax.\n\n"
            "Priya Anand, DDS, pediatric dentistry\nNPI: 1852524648"
        ),
    ),
    Spec(
        phi=False,
        category="clinician credentialing with NPI and DEA",
        notes="Hard negative: dentist's own NPI/DEA sent for hospital credentialing, no patient",
        frm=f"Renee Baptiste <rbaptiste@{SKD}>",
        to="medstaff.office@harborcountyhospital.org",
        subject="Re-credentialing packet - Dr. Priya Anand (pediatric dentistry)",
        body=(
            "Good morning,\n\nAttached are the items you asked for to renew Dr. Anand's OR "
            "privileges for dental rehabilitation under general anesthesia:\n\n"
            "Provider: Priya Anand, DDS, MS (Pediatric Dentistry)\nNPI: 1852524648\n"
            "DEA: BA4182731\nState dental license D-48213, exp 06/30/2028\n"
            "PALS certification exp 02/2027\n\nPlease let me know if the committee needs "
            "anything else before the December meeting.\n\nRenee Baptiste\nPractice Manager"
        ),
        atts=(Att("Anand_CV_2026.pdf", "application/pdf", pdf([
            "SUNRISE CHILDREN'S DENTAL & ORTHODONTICS",
            "Curriculum Vitae - Priya Anand, DDS, MS",
            "Residency: Pediatric Dentistry, 2014-2016",
            "Board certified, American Board of Pediatric Dentistry",
            "Hospital privileges: Harbor County Hospital (general anesthesia cases)",
        ], "CV")),),
    ),
    Spec(
        phi=True,
        category="OR schedule spreadsheet to hospital",
        notes="Hard positive: general anesthesia case list with names, DOB and procedures in XLSX",
        frm=f"Renee Baptiste <rbaptiste@{SKD}>",
        to="periop.scheduling@harborcountyhospital.org",
        subject="December dental OR block",
        body="Hi Gina, December block list attached (2 tabs: cases + pre-op labs). Thanks!\nRenee",
        atts=(Att("Dec_OR_block_Sunrise.xlsx", XLSX, xlsx({
            "Cases": [
                ["Date", "Patient", "DOB", "Procedure", "ASA", "Weight kg"],
                [
                    "2026-12-03", "Ortega, Mateo", "2021-07-19",
                    "Full mouth rehab GA, 8 SSC", "II", 14.2,
                ],
                ["2026-12-03", "Lindqvist, Ava", "2020-11-02", "Ext x4 + pulpotomy x2", "I", 16.8],
                [
                    "2026-12-10", "Nwachukwu, Chidera", "2022-01-30",
                    "Restorations under GA", "II", 12.5,
                ],
            ],
            "Pre-op": [
                ["Patient", "Notes"],
                ["Ortega, Mateo", "Hx febrile seizure 2023; peds clearance received"],
                ["Nwachukwu, Chidera", "Sickle cell trait, CBC requested"],
            ],
        })),),
    ),
    Spec(
        phi=False,
        category="vendor invoice dental supplies",
        notes=(
            "Hard negative: supply order with PO number shaped like SSN, fluoride varnish and "
            "lidocaine"
        ),
        frm=f"Derek Oyelaran <doyelaran@{SKD}>",
        to="orders@pacificdentalsupply.com",
        subject="PO 418-27-3315 - varnish and carpules",
        body=(
            "Hi team,\n\nPlease process PO 418-27-3315:\n\n"
            "  12 bx  5% sodium fluoride varnish, bubblegum, 0.4 mL\n"
            "   6 bx  Lidocaine 2% w/ epi 1:100,000 carpules\n"
            "   4 cs  Nitrile gloves, XS\n"
            "   2 ea  Nitrous scavenger nasal hoods, pediatric\n\n"
            "Ship to Bayview location. Net 30 as usual." + SIG_BILL
        ),
    ),
    Spec(
        phi=True,
        category="insurance claim denial follow-up with member id",
        notes="Medicaid member id, child's name, CDT codes and denied claim to payer",
        frm=f"Derek Oyelaran <doyelaran@{SKD}>",
        to="provider.relations@harborkidscare-mco.com",
        subject="Claim reconsideration",
        body=(
            "Hello,\n\nRequesting reconsideration of the denial below. Prior auth was on file "
            "(PA# 77120934).\n\nMember: Samira Haddad\nMember ID: HKC40917265\nDOB: 08/22/2017\n"
            "DOS: 10/14/2026\nD7140 extraction x2 (#K, #T), D9230 nitrous\n"
            "Denial reason: CO-197 precert absent\n\nPA letter attached." + SIG_BILL
        ),
        atts=(Att("PA_77120934.pdf", "application/pdf", pdf([
            "SUNRISE CHILDREN'S DENTAL & ORTHODONTICS - prior authorization copy",
            "Member: Samira Haddad  ID HKC40917265",
            "Approved: D7140 x2, D9230  valid 09/20/2026-12/20/2026",
        ], "PA")),),
    ),
    Spec(
        phi=False,
        category="job posting dental assistant",
        notes=(
            "Hard negative: job posting mentioning sedation, nitrous and special health care needs"
        ),
        frm=f"Renee Baptiste <rbaptiste@{SKD}>",
        to="jobs@harborcommunitycollege.edu",
        subject="Please post: Registered Dental Assistant (pediatric sedation)",
        body=(
            "Hi Career Services,\n\nWould you share this with your RDA graduates?\n\n"
            "Registered Dental Assistant - Pediatric, full time\n"
            "* Assist with oral conscious sedation and nitrous oxide cases\n"
            "* Comfortable with children with autism and special health care needs\n"
            "* RDA license + CPR required; radiology certificate preferred\n"
            "* $24-29/hr, 401k, CE allowance\n\nApply at sunrisekidsdental.com/careers\n\nRenee"
        ),
    ),
    Spec(
        phi=True,
        category="ortho records to parent with photos",
        notes=(
            "Hard positive: PNG intraoral photos named with child's full name; body says only "
            "'photos'"
        ),
        frm=f"Dr. Lucas Ferreira <lferreira@{SKD}>",
        to="dmitri.kozlov@outlook.com",
        subject="Photos from today",
        body=(
            "Hi Dmitri, as promised here are the progress photos from today. See you in 8 "
            "weeks.\n-Dr. F"
        ),
        atts=(
            Att(
                "Kozlov_Alina_phase1_expander_progress_front.png",
                "image/png",
                png(6, 4, (230, 200, 190)),
            ),
            Att(
                "Kozlov_Alina_phase1_expander_progress_upper.png",
                "image/png",
                png(6, 4, (220, 190, 185)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff meeting agenda",
        notes="Staff huddle agenda, workforce names only",
        frm=f"Renee Baptiste <rbaptiste@{SKD}>",
        to=f"allstaff@{SKD}",
        subject="Monday huddle agenda",
        body=(
            "Team,\n\n1. Welcome Keanu Makoa (new hygienist, Eastside)\n2. Nitrous tank swap "
            "procedure - Tomasz\n3. Holiday schedule requests due Friday\n4. OSHA bloodborne "
            "pathogens refresher is due by 12/15 (link in the portal)\n5. Shout-out to Marisol "
            "for 10 years!\n\nRenee"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded parent email about child's reaction",
        notes=(
            "Hard positive: forwarded rfc822 from a parent describing child's swelling after "
            "extraction"
        ),
        frm=f"Marisol Gutierrez <mgutierrez@{SKD}>",
        to=f"Dr. Priya Anand <panand@{SKD}>",
        cc="anand.priya.dds@gmail.com",
        subject="FW: question",
        body="Dr. Anand - mom wrote in overnight, see attached. Can you call her back? -M",
        forward=Spec(
            phi=True, category="", notes="", frm="Keisha Bramwell <kbramwell77@yahoo.com>",
            to=f"info@{SKD}", subject="question",
            body=(
                "Hi, my son Tyrese Bramwell had two teeth pulled on Tuesday and tonight his cheek "
                "is really swollen and he has a fever of 101. He is on the amoxicillin you gave. "
                "Is this normal?? His birthday is 5/2/2018 if you need it. Thank you, Keisha"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified caries risk QI report",
        notes="Hard negative: aggregate caries-risk and sedation outcome counts by quarter in CSV",
        frm=f"Dr. Priya Anand <panand@{SKD}>",
        to="qi-collab@pediatricoralhealthnetwork.org",
        subject="Q3 data submission - Sunrise",
        body=(
            "Attached is our Q3 submission. All counts are aggregate per the collaborative's spec."
        ),
        atts=(Att("sunrise_q3_2026_aggregate.csv", "text/csv",
            "measure,numerator,denominator,rate\n"
            "children 1-5 receiving fluoride varnish,1412,1630,0.866\n"
            "high caries risk at recall,388,2210,0.176\n"
            "oral sedation cases with adverse event,2,141,0.014\n"
            "GA cases returning for repeat GA within 24 mo,3,96,0.031\n"),),
    ),
    Spec(
        phi=True,
        category="sedation consent docx for parent",
        notes="DOCX consent filled with child's name, DOB, weight, midazolam dose",
        frm=f"Tomasz Wierzbicki <twierzbicki@{SKD}>",
        to="farah.siddiqui@icloud.com",
        subject="Consent form to review before Friday",
        body=(
            "Hi Farah, here's the consent form to read before Friday. Please bring it signed. "
            "Thank you!"
        ),
        atts=(Att("Sedation_consent_Siddiqui.docx", DOCX, docx([
            "Sunrise Children's Dental & Orthodontics - Consent for Oral Conscious Sedation",
            "Patient: Zayan Siddiqui    DOB: 09/05/2020    Weight: 17.3 kg",
            "Planned medication: midazolam 0.5 mg/kg PO (8.6 mg) with nitrous oxide 50%",
            "Planned treatment: D2930 x3, D3220 x1",
            "Medical history reviewed: mild intermittent asthma (albuterol PRN)",
        ])),),
    ),
    Spec(
        phi=False,
        category="test patient in practice management system",
        notes="Hard negative: synthetic test patient clearly labelled TEST for PMS upgrade",
        frm=f"Kevin Tran <ktran@{SKD}>",
        to="support@dentrixcloud-partners.com",
        subject="Ticket 55102 - eClaims test patient still failing",
        body=(
            "Hi support,\n\nAfter the v24.3 upgrade our eClaims test still fails. We used the "
            "dummy record below (NOT A REAL PATIENT, created by IT for testing):\n\n"
            "  TESTPATIENT, ZZDONOTUSE  DOB 01/01/2000  chart TEST-0001\n"
            "  D1120 prophylaxis-child, D1206 fluoride varnish\n\n"
            "Error: 'Rendering provider taxonomy missing'. Screenshot of the error attached.\n\n"
            "Kevin Tran, IT\nSunrise Children's Dental"
        ),
        atts=(Att("eclaims_error.png", "image/png", png(8, 5, (240, 240, 240))),),
    ),
    Spec(
        phi=True,
        category="subject-only PHI recall reminder",
        notes=(
            "Hard positive: PHI only in the subject (child's name + ortho emergency); body generic"
        ),
        frm=f"Marisol Gutierrez <mgutierrez@{SKD}>",
        to="ricardo.mendes@hotmail.com",
        subject="Leo Mendes - broken bracket repair appt Tues 3:20",
        body="Hi! Just confirming. Reply C to confirm or call us to reschedule." + SIG_DESK,
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: supplier notice on midazolam oral syrup shortage, no patients",
        frm=f"Dr. Priya Anand <panand@{SKD}>",
        to=f"doctors@{SKD}",
        subject="FYI midazolam syrup backorder",
        body=(
            "All,\n\nOur distributor says midazolam HCl oral syrup 2 mg/mL is on backorder until "
            "mid-January. We have about 3 weeks on hand. Please don't book new oral sedation "
            "cases past 12/18 until we confirm supply; GA referrals to the hospital are still "
            "open. I'll update at Monday huddle.\n\nPriya"
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT to hospital for day surgery",
        notes="Hard positive: HL7 v2 ADT^A05 pre-admit message as attachment, body says nothing",
        frm=f"interfaces@{SKD}",
        to="hl7-inbound@harborcountyhospital.org",
        subject="Pre-admit batch 20261118",
        body="Automated batch. 1 message.",
        atts=(Att("preadmit_20261118.hl7", "application/hl7-v2",
            "MSH|^~\\&|SUNRISEPMS|SKD|HCH_ADT|HCH|202611180612||ADT^A05|SKD0001182|P|2.5.1\r"
            "PID|1||SKD-208841^^^SKD^MR||PHAM^MINH ANH^^^^^L||20200614|F|||417 Cedar Hollow "
            "Rd^^Harbor City^CA^95037||5550148837\r"
            "PV1|1|O|DAYSURG^^^HCH||||1852524648^ANAND^PRIYA^^^DDS\r"
            "DG1|1||K02.52^Dental caries on pit and fissure surface penetrating into pulp^I10\r"
        ),),
    ),
    Spec(
        phi=False,
        category="payroll and PTO reminder",
        notes="HR/payroll notice to staff with bank-looking numbers, no patients",
        frm=f"Payroll <payroll@{SKD}>",
        to=f"allstaff@{SKD}",
        subject="Open enrollment closes Friday + W-4 updates",
        body=(
            "Hi everyone,\n\nBenefits open enrollment closes Fri 11/20. Dental plan stays the "
            "same; "
            "medical premium rises 4%. If you changed banks, update direct deposit before the "
            "11/25 payroll (routing and account numbers go in the portal only, never by email).\n\n"
            "Payroll team"
        ),
    ),
    Spec(
        phi=True,
        category="ortho treatment plan to pediatric dentist partner",
        notes=(
            "Hard positive: child by first name + initial, age and ortho plan, full name only in "
            "the quoted reply"
        ),
        frm=f"Dr. Lucas Ferreira <lferreira@{SKD}>",
        to=f"Dr. Priya Anand <panand@{SKD}>",
        cc="ortho-coord@bayviewsmiles.com",
        subject="Re: Sofia R. - ortho consult",
        body=(
            "Priya,\n\nSaw Sofia R. (your recall pt, age 9) today. Class II div 1, 7 mm overjet, "
            "crossbite #3/#30. Recommend phase 1 with Herbst, start January after you restore "
            "#S. Mom OK with plan; insurance pending.\n\nLucas\n\n> On Mon, Priya wrote:\n"
            "> Can you see Sofia Ramirez-Ochoa, she's 9 and has a big overjet?"
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda pediatric dentistry",
        notes="Hard negative: CE agenda with disease topics and speaker names/specialties",
        frm=f"Renee Baptiste <rbaptiste@{SKD}>",
        to=f"doctors@{SKD}",
        subject="CE weekend agenda - Western Society of Pediatric Dentistry",
        body="",
        html=(
            "<html><body><p>Here's the agenda for January, register by 12/1:</p><table border=1>"
            "<tr><th>Time</th><th>Session</th><th>Speaker</th></tr>"
            "<tr><td>8:00</td><td>Managing molar-incisor hypomineralization</td><td>Dr. Hana "
            "Okafor, pediatric dentist</td></tr>"
            "<tr><td>10:00</td><td>Sedation emergencies: laryngospasm drills</td><td>Dr. Victor "
            "Lindahl, anesthesiologist</td></tr>"
            "<tr><td>1:00</td><td>Autism-friendly operatories</td><td>Dr. Rosa Iglesias, "
            "DDS</td></tr>"
            "</table></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="X12 837D claim file to clearinghouse",
        notes=(
            "Hard positive: X12 837 dental claim with subscriber id and procedure codes, terse "
            "body"
        ),
        frm=f"Derek Oyelaran <doyelaran@{SKD}>",
        to="batch@dentalclaimsxchange.com",
        subject="Resubmission batch 1118",
        body="Resubmitting the corrected file. Thx." + SIG_BILL,
        atts=(Att("SKD_837D_1118.x12", "application/edi-x12",
            "ISA*00*          *00*          *ZZ*SUNRISEKD      *ZZ*DCX            "
            "*261118*0915*^*00501*000004417*0*P*:~\n"
            "GS*HC*SUNRISEKD*DCX*20261118*0915*4417*X*005010X224A2~\n"
            "ST*837*0001*005010X224A2~\n"
            "NM1*85*2*SUNRISE CHILDRENS DENTAL*****XX*1908459153~\n"
            "NM1*IL*1*BOATENG*KWAME****MI*HKC58203114~\n"
            "DMG*D8*20190311*M~\n"
            "CLM*SKD88213*412***11:B:1*Y*A*Y*Y~\n"
            "SV3*AD:D2930*205****1~TOO*JP*A~\n"
            "SV3*AD:D3220*207****1~TOO*JP*B~\n"
            "SE*9*0001~\nGE*1*4417~\nIEA*1*000004417~\n"),),
    ),
    Spec(
        phi=False,
        category="marketing newsletter no condition",
        notes="Marketing to all families about sealants, no individual, no condition segment",
        frm=f"Sunrise Children's Dental <hello@{SKD}>",
        to=f"newsletter@{SKD}",
        subject="Sealant Saturday is back!",
        body=(
            "Sealants protect the chewing surfaces of back teeth from cavities. On Saturday Dec 5 "
            "we are offering sealant checks for kids 6-14 at both locations. Most insurance "
            "including Medi-Cal Dental covers sealants on permanent molars. Book online!\n\n"
            "Unsubscribe: sunrisekidsdental.com/unsubscribe"
        ),
    ),
    Spec(
        phi=True,
        category="special needs accommodation note to hygienist",
        notes="Internal note: named child with autism and sensory accommodations for next visit",
        frm=f"Marisol Gutierrez <mgutierrez@{SKD}>",
        to=f"hygiene@{SKD}",
        subject="Heads up for tomorrow 10am",
        body=(
            "Hi hygiene team, Elijah Okonkwo-Reyes (10am, Eastside) has autism and is nonverbal; "
            "dad says he does best with the lights dimmed, noise-cancelling headphones, and no "
            "flavored prophy paste. Last visit we couldn't finish x-rays. Dad's cell is "
            "555-014-7723 if he's running late.\n\nMarisol"
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing warning",
        notes="IT security notice, no patients",
        frm=f"Kevin Tran <ktran@{SKD}>",
        to=f"allstaff@{SKD}",
        subject="Phishing: fake 'Delta Dental payment' emails",
        body=(
            "Hi all, several of you got an email that looks like a Delta Dental remittance with a "
            "link to 'view EOB'. It's phishing. Don't click, report it with the Report button. "
            "Real EOBs only come through the clearinghouse portal.\n\nKevin (IT)"
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of radiographs to orthodontist",
        notes=(
            "Hard positive: ZIP of panoramic x-ray and notes txt for named child sent to outside "
            "ortho"
        ),
        frm=f"Marisol Gutierrez <mgutierrez@{SKD}>",
        to="records@bayviewsmiles.com",
        subject="Records request",
        body="Hi, attached are the records you requested. Let us know if anything is missing.",
        atts=(Att("records.zip", "application/zip", zipped({
            "pano_2026-09-30.png": png(10, 6, (90, 90, 90)),
            "notes.txt": (
                "Patient: Hannah Yilmaz  DOB 2016-04-09\n"
                "Congenitally missing #7 and #10; ectopic eruption #3.\n"
                "Last recall 09/30/2026, no active caries.\n"
            ),
        })),),
    ),
    Spec(
        phi=False,
        category="equipment service ticket",
        notes="Hard negative: nitrous machine serial number and service, no patient",
        frm=f"Tomasz Wierzbicki <twierzbicki@{SKD}>",
        to="service@accutronics-sedation.com",
        subject="Flowmeter alarm - SN AX-7730912",
        body=(
            "Hello,\n\nOur nitrous flowmeter (Model FM-2000, SN AX-7730912, op 3) alarms low O2 "
            "at 30% even with a full tank. Can a tech come out this week? We've taken it out of "
            "service.\n\nTomasz, Sterilization & Equipment Lead"
        ),
    ),
    Spec(
        phi=True,
        category="balance statement to parent",
        notes="Payment for care: child's name, dates of service and balance to parent's aol",
        frm=f"Derek Oyelaran <doyelaran@{SKD}>",
        to="gloria.pennington@aol.com",
        subject="Your statement from Sunrise Children's Dental",
        body="",
        html=(
            "<html><body><p>Dear Gloria Pennington,</p><p>Below is the balance for your child's "
            "recent treatment after insurance.</p><table border=1><tr><th>Patient</th><th>Date</th>"
            "<th>Service</th><th>Balance</th></tr><tr><td>Wyatt Pennington</td><td>10/28/2026</td>"
            "<td>Pulpotomy + crown (#L)</td><td>$148.00</td></tr><tr><td>Wyatt Pennington</td>"
            "<td>10/28/2026</td><td>Nitrous oxide</td><td>$65.00</td></tr></table><p>Pay online "
            "or call billing.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="clinician out-of-office and coverage",
        notes=(
            "Hard negative: coverage notice naming clinicians and ortho terms, no patient"
        ),
        frm=f"Renee Baptiste <rbaptiste@{SKD}>",
        to=f"frontdesk@{SKD}",
        subject="Dr. Ferreira out 11/30-12/4",
        body=(
            "Front desk - Dr. Ferreira is out 11/30-12/4 (teaching the AAO winter course on "
            "Class II correction). Dr. Kalani Akana from Bayview Smiles covers ortho "
            "emergencies. Please move adjustments to the following week.\n\nRenee"
        ),
    ),
    Spec(
        phi=True,
        category="ICS invite for GA case prep",
        notes="Hard positive: calendar invite whose description names the child and GA procedure",
        frm=f"Renee Baptiste <rbaptiste@{SKD}>",
        to=f"Dr. Priya Anand <panand@{SKD}>",
        cc="anesthesia.group@bayareapedsanesthesia.com",
        subject="Invitation: GA case huddle",
        body="Invitation attached.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sunrise//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:skd-ga-1203@sunrisekidsdental.com\r\nDTSTAMP:20261117T150000Z\r\n"
            "DTSTART:20261202T170000Z\r\nDTEND:20261202T173000Z\r\nSUMMARY:GA case huddle\r\n"
            "DESCRIPTION:Mateo Ortega (DOB 7/19/21) - full mouth rehab under GA 12/3. Hx febrile "
            "seizure. Confirm anesthesia airway plan.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="insurance fee schedule negotiation",
        notes="Business mail with CDT codes and fees, no patient",
        frm=f"Derek Oyelaran <doyelaran@{SKD}>",
        to="network.mgmt@harborkidscare-mco.com",
        subject="2027 fee schedule questions",
        body=(
            "Hi Lorraine,\n\nA few questions on the proposed 2027 schedule: D9230 dropped from $65 "
            "to $48, D2930 stays $205, D9248 (non-IV sedation) isn't listed. Can we meet before "
            "the 12/15 signature deadline?" + SIG_BILL
        ),
    ),
]
