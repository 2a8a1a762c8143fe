"""holdout26: Harbor Foods Inc. Employee Health Center (on-site clinic), 15 PHI + 15 not."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import HF, Att, Spec

CLINIC = f"Harbor Foods Employee Health Center <healthcenter@{HF}>"
SIG_RC = (
    "\n\nRenée Castellanos, MD\nMedical Director, Employee Health Center\n"
    "Harbor Foods Inc. | Plant 3, 2200 Wharf Rd, Stockton CA\nClinic (209) 555-0148\n"
)
SIG_TR = "\n\nTanya Ruiz, CMA\nFront Desk | Harbor Foods Employee Health Center\nx4148\n"
SIG_JF = "\n\nJordan Fairbanks, FNP-C\nHarbor Foods Employee Health Center\n"
DISCLAIMER = (
    "\n\nCONFIDENTIALITY NOTICE: This message may contain confidential information intended only "
    "for the addressee. If you received it in error, please notify the sender and delete it.\n"
)

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="return-to-work restrictions to supervisor",
        notes="Employee name, injury (left shoulder strain) and work restrictions sent to the "
        "line supervisor.",
        frm=f"Jordan Fairbanks <jfairbanks@{HF}>",
        to=f"Marcus Bell <mbell@{HF}>",
        subject="Modified duty - Darnell Whitaker",
        body="Marcus,\n\nDarnell Whitaker was re-evaluated this morning for the left shoulder "
        "strain from 11/3. He can return on modified duty starting Thursday 11/12:\n\n"
        "- no lifting over 20 lb\n- no overhead reaching with the left arm\n"
        "- 10 min stretch break every 2 hours\n\nRestrictions stay in place until his recheck "
        "on 11/24. He's doing PT twice a week at Valley Orthopedic, please let him leave at 3:30 "
        "on Tue/Thu." + SIG_JF + DISCLAIMER,
    ),
    Spec(
        phi=True,
        category="post-accident drug screen result to HR",
        notes="Named employee with employee number and MRO-verified post-accident drug test "
        "result.",
        frm=f"Tanya Ruiz <truiz@{HF}>",
        to=f"Lisa Marchetti <lmarchetti@{HF}>",
        subject="Post-accident screen result",
        body="Hi Lisa,\n\nThe MRO verified result came back for the post-accident screen from "
        "the dock incident on 11/5:\n\nEmployee: Curtis Blevins, EE# H40721\nCollected: "
        "11/05/2026 14:20, split specimen\nPanel: 10-panel urine + breath alcohol\n"
        "Result: NEGATIVE (MRO verified 11/09)\n\nHe can come off the no-forklift hold. The "
        "chain-of-custody copy is in the locked file." + SIG_TR,
    ),
    Spec(
        phi=True,
        category="follow-up visit, PHI in subject only",
        notes="Hard positive: the body says nothing; the subject names the employee, the "
        "laceration and the follow-up visit time.",
        frm=f"Tanya Ruiz <truiz@{HF}>",
        to=f"Jordan Fairbanks <jfairbanks@{HF}>",
        subject="Rosa Quintanilla - hand laceration f/u Thurs 2pm",
        body="confirmed, she'll come over after first break. -T",
    ),
    Spec(
        phi=True,
        category="workers comp first report of injury (PDF) to carrier",
        notes="Hard positive: the body is generic; the attached PDF first report names the "
        "worker, DOB, injury and treatment.",
        frm=CLINIC,
        to="Claims Intake <newclaims@libertybaycomp.com>",
        subject="First report of injury - Harbor Foods policy WC-88-21740",
        body="Good afternoon,\n\nPlease find the employer's first report and the clinic's "
        "initial treatment note attached for a new claim under our policy. Reply to this "
        "mailbox with the claim number once assigned.\n\nThank you,\nEmployee Health Center",
        atts=(
            Att(
                "FROI_WC-88-21740_1106.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBOR FOODS INC. - EMPLOYEE HEALTH CENTER",
                        "Employer's First Report of Occupational Injury",
                        "Employee: Hiroko Anderssen    DOB: 03/14/1987",
                        "Home: 1417 Calaveras Ave, Stockton CA 95204",
                        "Date of injury: 11/05/2026  Time: 06:45  Dept: Sanitation",
                        "Description: chemical splash (chlorinated cleaner) to right eye",
                        "Treatment: eye irrigation 20 min, fluorescein exam - corneal abrasion",
                        "Rx: erythromycin ophthalmic ointment; referred to ophthalmology",
                        "Lost time: 2 days. Treating provider: R. Castellanos, MD",
                    ],
                    "First Report of Injury",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="flu vaccine administration log (CSV) for registry upload",
        notes="Hard positive: only the CSV carries names, DOBs, employee ids and vaccine lots.",
        frm=f"Tanya Ruiz <truiz@{HF}>",
        to=f"Helen Okoro <hokoro@{HF}>",
        subject="week 45 flu log for CAIR upload",
        body="Helen - here's this week's log from the Plant 3 and DC clinics. 4 people "
        "declined, those aren't on it. Can you do the CAIR upload before Friday?" + SIG_TR,
        atts=(
            Att(
                "flu_log_wk45.csv",
                "text/csv",
                "emp_id,last,first,dob,site,vaccine,lot,dose_ml,date_given,given_by\n"
                "H31877,Nguyen,Tuan,1979-08-02,Plant 3,Flucelvax,AK2291B,0.5,2026-11-03,TR\n"
                "H40219,Echeverria,Marisol,1991-12-19,Plant 3,Flucelvax,AK2291B,0.5,"
                "2026-11-03,TR\n"
                "H28854,Kowalczyk,Bogdan,1968-04-27,DC,Fluzone HD,UT7730AA,0.7,2026-11-04,JF\n"
                "H41306,Grant,Aaliyah,2001-06-08,DC,Flucelvax,AK2291B,0.5,2026-11-04,JF\n"
                "H35590,Pelletier,Gregory,1958-01-30,Plant 3,Fluzone HD,UT7730AA,0.7,"
                "2026-11-05,TR\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="calendar invite for audiogram retest",
        notes="ICS invite: employee name with the audiometric retest after a threshold shift.",
        frm=CLINIC,
        to=f"Bogdan Kowalczyk <bkowalczyk@{HF}>",
        subject="Audiogram retest - Bogdan Kowalczyk",
        body="Bogdan, you're booked for the 30-day retest after last month's hearing shift. "
        "Please avoid loud noise (no earbuds, no shop work without plugs) for 14 hours before.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harbor Foods EHC//Scheduler//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ehc-aud-20261117-0815@harborfoods.com\r\n"
        "DTSTAMP:20261109T150000Z\r\nDTSTART:20261117T161500Z\r\nDTEND:20261117T164500Z\r\n"
        "SUMMARY:Audiogram retest (standard threshold shift) - Bogdan Kowalczyk\r\n"
        "LOCATION:Employee Health Center\\, Plant 3\\, Room 112\r\n"
        "DESCRIPTION:STS left ear 4k Hz on 10/15 annual. 14h quiet period before test.\r\n"
        "ORGANIZER:mailto:healthcenter@harborfoods.com\r\n"
        "ATTENDEE;RSVP=TRUE:mailto:bkowalczyk@harborfoods.com\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="wound photo, name only in the file name",
        notes="Hard positive: the body says only 'photo as discussed'; the PNG file name "
        "carries the employee's name, the burn and the date.",
        frm=f"Jordan Fairbanks <jfairbanks@{HF}>",
        to="Wound Clinic <referrals@deltaburnandwound.com>",
        subject="photo as discussed",
        body="Hi Carla,\n\nPhoto as discussed on the phone. Taken today before the dressing "
        "change.\n\nThanks,\nJordan",
        atts=(
            Att(
                "whitaker_darnell_R_forearm_burn_2026-11-10.png",
                "image/png",
                png(6, 4, (214, 160, 140)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="quiet clinical hand-off between clinic staff",
        notes="Hard positive: first name plus department, blood pressure readings and a new "
        "antihypertensive prescription; no surname.",
        frm=f"Renée Castellanos <rcastellanos@{HF}>",
        to=f"Jordan Fairbanks <jfairbanks@{HF}>",
        subject="Oksana from packaging",
        body="Jordan -\n\nOksana (packaging, 2nd shift) came in after the kiosk flagged her "
        "again: 168/102 and 164/98 on recheck. No headache/chest pain. I started lisinopril "
        "10 mg daily yesterday and gave her the BMP slip. Can you see her Friday at 2 for a BP "
        "check and K+? If she's >160 again bump to 20.\n\nR",
    ),
    Spec(
        phi=True,
        category="reply to employee's spouse at personal mailbox",
        notes="Hard positive: spouse's personal email; employee's first name, tetanus booster "
        "and suture removal appointment.",
        frm=f"Tanya Ruiz <truiz@{HF}>",
        to="Denise Grant <denise.grant77@gmail.com>",
        subject="Re: Aaliyah's hand",
        body="Hi Mrs. Grant,\n\nThanks for calling yesterday. Aaliyah did get her tetanus "
        "booster when she came in, and her stitches are scheduled to come out Monday 11/16 at "
        "10:00. She has the wound care sheet, but keep it dry and covered for a couple more "
        "days.\n\n> On Tue, Nov 10, 2026, Denise Grant wrote:\n> Hi this is Aaliyah's mom, "
        "she cut her hand at work friday. Did she get a tetanus shot? She doesn't remember\n"
        + SIG_TR,
    ),
    Spec(
        phi=True,
        category="forwarded supervisor injury report (message/rfc822) to safety",
        notes="Hard positive: the cover note has no identifiers; the attached forwarded mail "
        "names the worker and his back injury.",
        frm=f"Helen Okoro <hokoro@{HF}>",
        to=f"Dave Kerrigan <dkerrigan@{HF}>",
        subject="Fw: incident on line 4",
        body="Dave, is this one recordable in your view? He got prescription-strength "
        "naproxen from us, not just OTC. See attached.\n\nHelen Okoro, RN\nClinic Manager",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm=f"Ray Sandoval <rsandoval@{HF}>",
            to=f"healthcenter@{HF}",
            subject="sending Kwame over",
            body="Kwame Asante on line 4 tweaked his lower back lifting a case of frozen "
            "product around 9:15. Says pain is 6/10 going down his right leg. Sending him "
            "over now, he's badge 40388.\n\nRay Sandoval\nLine 4 Supervisor",
        ),
    ),
    Spec(
        phi=True,
        category="OSHA 300 log working copy (XLSX, two sheets)",
        notes="Workbook with named employees, injuries and days away; the summary sheet is "
        "aggregate but the log sheet is individual.",
        frm=f"Helen Okoro <hokoro@{HF}>",
        to=f"Dave Kerrigan <dkerrigan@{HF}>",
        subject="300 log YTD - please review before we close Q4",
        body="Dave,\n\nUpdated working copy attached (log + summary tabs). I added the three "
        "October cases. Let me know if you disagree on the privacy-case flag for row 6.\n\n"
        "Helen",
        atts=(
            Att(
                "OSHA300_Plant3_2026_working.xlsx",
                XLSX,
                xlsx(
                    {
                        "Log 2026": [
                            [
                                "Case",
                                "Employee",
                                "Job title",
                                "Date",
                                "Where",
                                "Injury",
                                "Days away",
                                "Restricted",
                            ],
                            [
                                "26-011",
                                "Gregory Pelletier",
                                "Maintenance tech",
                                "2026-08-14",
                                "Boiler room",
                                "2nd degree burn L hand",
                                3,
                                10,
                            ],
                            [
                                "26-014",
                                "Shanice Robinson",
                                "Packer",
                                "2026-09-02",
                                "Line 2",
                                "Carpal tunnel R wrist",
                                0,
                                21,
                            ],
                            [
                                "26-017",
                                "Esteban Garrido",
                                "Forklift operator",
                                "2026-10-07",
                                "Dock B",
                                "Fractured L foot",
                                14,
                                30,
                            ],
                            [
                                "26-018",
                                "Privacy case",
                                "Sanitation",
                                "2026-10-19",
                                "Locker room",
                                "Needlestick",
                                0,
                                0,
                            ],
                        ],
                        "Summary": [
                            ["Metric", "Value"],
                            ["Total cases", 4],
                            ["Days away", 17],
                            ["Days restricted", 61],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DOT medical card, short certification to driver's personal mailbox",
        notes="Driver's name at a personal mailbox, hypertension and one-year certificate.",
        frm=f"Renée Castellanos <rcastellanos@{HF}>",
        to="Leon Baptiste <leonbaptiste.trucking@yahoo.com>",
        subject="Your DOT medical certificate",
        body="Mr. Baptiste,\n\nAs we discussed at your DOT exam today, I can only certify you "
        "for one year (expires 11/10/2027) because of your stage 1 hypertension. Keep taking "
        "the amlodipine and bring a BP log to your next exam. Your medical examiner's "
        "certificate is attached for your records; the clinic sends a copy to the DMV." + SIG_RC,
        atts=(
            Att(
                "MEC_Baptiste_L.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBOR FOODS EMPLOYEE HEALTH CENTER",
                        "Medical Examiner's Certificate (49 CFR 391.43)",
                        "Driver: Leon Baptiste   CDL: C4418270 (CA)",
                        "Certified: 1 year - hypertension monitoring",
                        "Examiner: Renee Castellanos, MD  NPI: 1336980275",
                    ],
                    "MEC",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hearing threshold shift notification letter (DOCX)",
        notes="Hard positive: DOCX letter carries the employee's name, employee id and the "
        "audiometric shift; the body is generic.",
        frm=CLINIC,
        to=f"Safety Team <safety@{HF}>",
        subject="STS notification letters - for mailing",
        body="Attached for the hearing conservation file, mail the original to home address "
        "on file within 21 days per 1910.95(g)(8).",
        atts=(
            Att(
                "STS_letter_H22975.docx",
                DOCX,
                docx(
                    [
                        "Harbor Foods Inc. Employee Health Center",
                        "November 9, 2026",
                        "Dear Mr. Hector Villalobos (Employee ID H22975),",
                        "Your annual audiogram on 10/28/2026 showed a standard threshold shift "
                        "in your right ear compared with your 2021 baseline.",
                        "You have been refitted with foam plugs plus earmuffs and scheduled for "
                        "a retest on 11/25/2026.",
                        "Renee Castellanos, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="workers comp billing, X12 837P to clearinghouse",
        notes="X12 837 professional claim: patient name, DOB, claim, diagnosis and CPT lines.",
        frm=f"EHC Billing <ehcbilling@{HF}>",
        to="Batch Intake <edi-intake@claimbridge-edi.com>",
        subject="837P batch 20261109-01",
        body="Batch attached, 1 claim. Please confirm 999 acceptance.\n\nEHC Billing",
        atts=(
            Att(
                "HF_837P_20261109_01.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*HARBOREHC      *ZZ*CLAIMBRIDGE    "
                "*261109*1015*^*00501*000004417*0*P*:~\n"
                "GS*HC*HARBOREHC*CLAIMBRIDGE*20261109*1015*4417*X*005010X222A1~\n"
                "ST*837*0001*005010X222A1~\n"
                "NM1*85*2*HARBOR FOODS EMPLOYEE HEALTH CENTER*****XX*1336980275~\n"
                "NM1*PR*2*LIBERTY BAY COMP*****PI*LBC01~\n"
                "NM1*QC*1*GARRIDO*ESTEBAN****MI*WC26007781~\n"
                "DMG*D8*19900322*M~\n"
                "CLM*WC26007781-3*245.00***11:B:1*Y*A*Y*Y~\n"
                "DTP*439*D8*20261007~\n"
                "HI*ABK:S92.302A*ABF:W19.XXXA~\n"
                "SV1*HC:99213*145.00*UN*1***1~\n"
                "SV1*HC:73630*100.00*UN*1***1~\n"
                "SE*11*0001~\nGE*1*4417~\nIEA*1*000004417~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU TB test result to occupational lab partner",
        notes="HL7 v2 result message: employee name, DOB, MRN and QuantiFERON result.",
        frm=f"EHC Interfaces <ehc-interface@{HF}>",
        to="Results Desk <results@centralvalleylabs.com>",
        subject="Corrected ORU resend - acct HFEHC",
        body="Resending the corrected ORU from Friday (OBX-11 was F instead of C).",
        atts=(
            Att(
                "ORU_HFEHC_20261106.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|HFEHC|HARBORFOODS|CVL|CENTRALVALLEY|202611091022||ORU^R01|HF88120|P|2.5.1\r"
                "PID|1||EHC0042187^^^HFEHC^MR||CHOU^MEI-LING||19840915|F|||"
                "880 Pacific Ave^^Stockton^CA^95202\r"
                "OBR|1||CVL771032|QFT^QuantiFERON-TB Gold Plus|||20261103\r"
                "OBX|1|ST|QFT^QuantiFERON result||POSITIVE||||||C\r"
                "NTE|1||Corrected: refer for chest x-ray per TB surveillance protocol\r",
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="flu clinic schedule announcement (HTML only)",
        notes="Health topic to all staff; no individual.",
        frm=CLINIC,
        to=f"All Stockton Staff <stockton-all@{HF}>",
        subject="Free flu shots this week - walk in!",
        body="",
        html="<html><body><h2>Flu shots are here</h2><p>The Employee Health Center is offering "
        "free flu vaccines to all Harbor Foods employees and temps.</p><table border='1'>"
        "<tr><th>Day</th><th>Where</th><th>Time</th></tr><tr><td>Mon 11/9</td><td>Plant 3 "
        "break room</td><td>5:30-8:00 am</td></tr><tr><td>Wed 11/11</td><td>DC cafeteria</td>"
        "<td>1:30-4:00 pm</td></tr><tr><td>Fri 11/13</td><td>Clinic</td><td>all day</td></tr>"
        "</table><p>High-dose vaccine available for employees 65+. Bring your badge. Egg "
        "allergy is not a reason to skip, ask the nurse.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="OSHA 300A annual summary (aggregate)",
        notes="Hard negative: injury counts, days away and hours worked for the establishment; "
        "no individual.",
        frm=f"Helen Okoro <hokoro@{HF}>",
        to=f"Plant Leadership <plant3-leads@{HF}>",
        subject="2026 YTD injury summary (300A draft numbers)",
        body="Team,\n\nDraft 300A numbers for Plant 3 through October:\n\n"
        "  Total recordable cases ........ 14\n  Cases with days away .......... 5\n"
        "  Job transfer/restriction ...... 6\n  Other recordable ............. 3\n"
        "  Total days away ............... 62\n  Hearing loss cases ............ 2\n"
        "  Skin disorders ................ 1\n  Hours worked .................. 812,400\n\n"
        "TRIR is 3.4 vs 4.1 last year. Most days away came from two foot fractures on the "
        "dock, so the forklift pedestrian lanes are the focus for Q1.\n\nHelen",
    ),
    Spec(
        phi=False,
        category="vaccine shortage notice",
        notes="Hard negative: Tdap and hepatitis B vaccine backorder notice with product "
        "names and NDCs; no individual.",
        frm=f"Helen Okoro <hokoro@{HF}>",
        to=f"EHC Staff <ehc-staff@{HF}>",
        subject="Tdap + Heplisav backorder",
        body="FYI our distributor just moved Boostrix (NDC 58160-0842-52) and Heplisav-B to "
        "backorder until mid-December. We have 11 doses of Boostrix left.\n\n"
        "- Save Tdap for wound care / laceration visits only\n"
        "- Pause new hep B series starts for sanitation; finish people already in a series "
        "with Engerix-B\n- Tetanus-only (TdVax) is available if we run out\n\nHelen",
    ),
    Spec(
        phi=False,
        category="clinician coverage notice with NPI",
        notes="Hard negative: clinician names, specialties, NPI and DEA numbers; no patient.",
        frm=f"Helen Okoro <hokoro@{HF}>",
        to=f"HR Business Partners <hrbp@{HF}>",
        cc=f"credentialing@{HF}",
        subject="Provider coverage Dec-Jan",
        body="Hi all,\n\nCoverage for the holidays:\n\n"
        "- Dr. Renée Castellanos, occupational medicine (NPI 1336980275, DEA "
        "BC5131242) - Plant 3 Mon/Wed/Fri\n"
        "- Jordan Fairbanks, FNP-C (NPI 1098263639) - DC Tue/Thu\n"
        "- Dr. Aidan Mwangi, family medicine, locum from Delta Occ Health (NPI 1032239760) - "
        "12/21 to 1/2\n\nDr. Mwangi handles DOT exams and work injuries, but not respirator "
        "fit tests.\n\nHelen Okoro, RN",
    ),
    Spec(
        phi=False,
        category="supply invoice with SSN-shaped PO number",
        notes="Hard negative: a medical supply invoice for the clinic; the PO number looks like "
        "an SSN.",
        frm=f"Accounts Payable <ap@{HF}>",
        to="Remittance <ar@medlinesouth-supply.com>",
        subject="Payment sent - PO 412-55-7781",
        body="Hello,\n\nACH payment of $3,118.40 was released today for invoice 88310265 (PO "
        "412-55-7781): 10 bx nitrile gloves M, 4 cs eye wash 32oz, 2 AED pad sets, 6 bx "
        "urine drug cups 10-panel, 1 sharps container 8 gal.\n\nRemit confirmation #ACH7712094."
        "\n\nHarbor Foods AP",
    ),
    Spec(
        phi=False,
        category="job posting occupational health nurse",
        notes="Hard negative: job posting full of clinical terms (drug screens, audiograms, TB "
        "testing); no patient.",
        frm=f"Talent Acquisition <careers@{HF}>",
        to="Job Postings <postings@californiarnjobs.org>",
        subject="Posting: Occupational Health RN - Stockton, CA",
        body="Please post the following through 12/15.\n\nOccupational Health Registered Nurse "
        "(full time, days)\nHarbor Foods Inc. Employee Health Center, Stockton CA\n\n"
        "You will: triage work injuries and first aid; perform DOT and non-DOT drug and "
        "alcohol collections; run audiograms and spirometry for the hearing and respiratory "
        "programs; place and read TB skin tests; give flu, Tdap and hepatitis B vaccines; "
        "manage return-to-work paperwork.\n\nRequires: CA RN license, BLS, 2 yrs occ health or "
        "ED. CAOHC certification preferred. Bilingual Spanish or Vietnamese a plus.\n"
        "Pay: $58-$71/hr.",
    ),
    Spec(
        phi=False,
        category="EHR test patient in training environment (HL7)",
        notes="Hard negative: a clearly labelled synthetic test patient (ZZTEST) in a test "
        "HL7 message (processing id T) for interface validation.",
        frm=f"EHC Interfaces <ehc-interface@{HF}>",
        to="Interface Team <interfaces@centralvalleylabs.com>",
        subject="TEST env - sample ORU for new TB panel mapping",
        body="Hi team,\n\nThis is a TEST message from our training environment for the new "
        "QFT mapping. Patient is the synthetic ZZTEST record, not a real person. Please load "
        "it in your QA system only.\n\nThanks,\nMiguel (Harbor Foods IT, clinic apps)",
        atts=(
            Att(
                "TEST_ORU_QFT.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|HFEHC|HARBORFOODS|CVL|CENTRALVALLEY|202611081200||ORU^R01|TEST0001|T|2.5.1\r"
                "PID|1||ZZTEST0001^^^HFEHC^MR||ZZTEST^PATIENT^ONE||19500101|U\r"
                "OBR|1||TEST0001|QFT^QuantiFERON-TB Gold Plus|||20261108\r"
                "OBX|1|ST|QFT^QuantiFERON result||NEGATIVE||||||F\r"
                "NTE|1||SYNTHETIC TEST DATA - NOT A REAL PATIENT\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="return-to-work policy document (DOCX)",
        notes="Hard negative: policy on modified duty and fitness-for-duty exams; no individual.",
        frm=f"Lisa Marchetti <lmarchetti@{HF}>",
        to=f"People Leaders <people-leaders@{HF}>",
        subject="Updated Return-to-Work & Modified Duty policy (HR-214)",
        body="Leaders,\n\nThe revised policy is attached and takes effect Dec 1. Main changes: "
        "supervisors now receive only work restrictions, never diagnoses, and all medical "
        "documentation stays with the Employee Health Center.\n\nLisa Marchetti\nHR Director",
        atts=(
            Att(
                "HR-214_Return_to_Work_rev2026.docx",
                DOCX,
                docx(
                    [
                        "HR-214 Return-to-Work and Modified Duty",
                        "1. Purpose: return injured or ill employees to productive work safely.",
                        "2. The Employee Health Center issues a work status form listing "
                        "restrictions only (e.g., no lifting over 20 lb).",
                        "3. Diagnoses, medications and test results are confidential medical "
                        "records and are not shared with supervisors.",
                        "4. Fitness-for-duty exams are required after 5+ days away for a "
                        "musculoskeletal injury or any loss of consciousness.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payroll/HR open enrollment reminder",
        notes="Hard negative: benefits vocabulary (HSA, deductible, EAP, biometric incentive) "
        "with no individual.",
        frm=f"Benefits Team <benefits@{HF}>",
        to=f"All Employees <all-employees@{HF}>",
        subject="Open enrollment closes Nov 20",
        body="Reminder: 2027 open enrollment closes Friday Nov 20 at 5 pm.\n\n"
        "* HSA limit rises to $4,400 (self) / $8,750 (family)\n"
        "* PPO deductible stays $1,500\n* Complete a VitalCheck biometric screening by "
        "March 31 to earn the $600 premium credit\n* ClearMind EAP stays free: 6 counseling "
        "sessions per issue, 1-800-555-0199\n\nQuestions? benefits@harborfoods.com",
    ),
    Spec(
        phi=False,
        category="IT notice EHR downtime",
        notes="Planned downtime for the clinic EHR; no patient data.",
        frm=f"Miguel Ortega <mortega@{HF}>",
        to=f"EHC Staff <ehc-staff@{HF}>",
        subject="EHR downtime Sat 11/14 22:00-02:00",
        body="Hi clinic folks,\n\nThe EHR vendor is applying the 2026.4 upgrade Saturday night. "
        "Expect no access 22:00 to 02:00. Downtime forms are in the red binder at the front "
        "desk; enter them Sunday morning. The eye wash log and AED checks are on paper anyway."
        "\n\nMiguel\nIT Clinical Apps",
    ),
    Spec(
        phi=False,
        category="ergonomics program metrics by department (XLSX)",
        notes="Hard negative: aggregate musculoskeletal case counts and rates by department; "
        "no individual.",
        frm=f"Dave Kerrigan <dkerrigan@{HF}>",
        to=f"Ergo Committee <ergo-committee@{HF}>",
        subject="Ergo dashboard Oct",
        body="October numbers attached. Packaging is still the hot spot for wrist/hand.",
        atts=(
            Att(
                "ergo_dashboard_2026-10.xlsx",
                XLSX,
                xlsx(
                    {
                        "By dept": [
                            ["Department", "Headcount", "MSD cases YTD", "Rate per 100 FTE"],
                            ["Packaging", 212, 7, 3.3],
                            ["Sanitation", 64, 2, 3.1],
                            ["Warehouse/Dock", 148, 4, 2.7],
                            ["Maintenance", 41, 1, 2.4],
                        ],
                        "By body part": [
                            ["Body part", "Cases"],
                            ["Wrist/hand", 6],
                            ["Lower back", 5],
                            ["Shoulder", 3],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="sharps and pharmaceutical waste pickup",
        notes="Vendor scheduling; no individual.",
        frm=f"Tanya Ruiz <truiz@{HF}>",
        to="Scheduling <dispatch@sanimedwaste.com>",
        subject="pickup request acct 30-4471",
        body="Hi, can we get a pickup at the Plant 3 clinic next Tue or Wed? We have 3 full "
        "sharps containers and one pharmaceutical waste bin (expired vaccines). Dock door 6, "
        "ask for the health center." + SIG_TR,
    ),
    Spec(
        phi=False,
        category="staff notice: coverage during PTO",
        notes="Workforce notice naming clinic staff and their schedules; no health information "
        "about anyone.",
        frm=f"Helen Okoro <hokoro@{HF}>",
        to=f"EHC Staff <ehc-staff@{HF}>",
        subject="front desk coverage 11/16-11/20",
        body="Tanya is on PTO next week. Marisela from the DC clinic covers the Plant 3 front "
        "desk 6-2:30; Jordan answers the clinic line after 2:30. Drug screen collections "
        "after 3 pm go to Central Valley Labs on March Lane.\n\nHelen",
    ),
    Spec(
        phi=False,
        category="conference agenda occupational health",
        notes="Hard negative: conference agenda naming speakers and clinical topics (opioids, "
        "hypertension, hearing loss); no patient.",
        frm=f"Renée Castellanos <rcastellanos@{HF}>",
        to=f"EHC Staff <ehc-staff@{HF}>",
        cc="Dr. Aidan Mwangi <amwangi@deltaocchealth.com>",
        subject="WOEMA fall meeting agenda - who wants to go?",
        body="Agenda for the Western occ med meeting in Sacramento, Dec 4:\n\n"
        "08:30 Hypertension in shift workers: screening and DOT certification - Dr. Linh Tran, "
        "UC Davis\n09:30 Noise-induced hearing loss: reading STS correctly - Patrice Odum, "
        "AuD\n10:45 Opioid prescribing after work injuries - Dr. Samuel Adeyemi\n"
        "13:00 Marijuana, CDL drivers and the MRO - panel\n\nWe can send two people. "
        "CME is covered.\n\nR" + SIG_RC,
    ),
    Spec(
        phi=False,
        category="respirator fit-test schedule by department",
        notes="Scheduling notice by department and shift for the respiratory protection "
        "program; no individual results.",
        frm=f"Dave Kerrigan <dkerrigan@{HF}>",
        to=f"Sanitation Leads <sanitation-leads@{HF}>",
        subject="Annual fit testing - sanitation + ammonia response team",
        body="Annual respirator fit tests for sanitation and the ammonia response team run "
        "11/30-12/4 at the health center. Sign your crews up on the sheet outside the clinic: "
        "15-minute slots, clean-shaven please (no exceptions for tight-fitting half masks). "
        "The medical questionnaire goes straight to the clinic, not to supervisors.\n\nDave "
        "Kerrigan\nEHS Manager",
    ),
]
