"""Willow Creek Skilled Nursing & Rehab: outbound mail, half with resident PHI, half without."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import SBC, WCR, Att, Spec

SIG = (
    "\n\nWillow Creek Skilled Nursing & Rehab\n4410 County Road J, Weston WI\n"
    "Main 715-555-0300 | Fax 715-555-0309\n"
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="snf_accept_reply",
        notes="Admissions accepts a named patient and asks the hospital for TB screen and MAR.",
        frm=f"Renee Kowalski <rkowalski@{WCR}>",
        to=f"Joanne Pelletier <jpelletier@{SBC}>",
        subject="RE: Referral for SNF placement - anticipated d/c Thursday",
        body=(
            "Hi Jo,\n\nWe can accept Mr. Brooks Thursday after 11, room 214A. Before he comes "
            "we need: TB symptom screen (or the QuantiFERON if done), last 24h MAR with the "
            "torsemide dose, and the Prairieland auth number. Our NP will want the last BMP too "
            "since his creatinine was still 1.7.\n\nThanks!\nRenee Kowalski\n"
            "Admissions Coordinator" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="fall_notice_family_icloud",
        notes="Nurse tells a son at icloud about his father's fall and x-ray result.",
        frm=f"Luis Serrano <lserrano@{WCR}>",
        to="d.lindqvist@icloud.com",
        subject="Your father - fall last night",
        body=(
            "Mr. Lindqvist,\n\nI'm following up on my voicemail. Your father Walter was found "
            "sitting on the floor beside his bed at about 2:40 this morning. He said he was "
            "trying to get to the bathroom. His hip x-ray was negative for any new fracture and "
            "the ORIF hardware looks unchanged. We added a bed alarm and scheduled toileting "
            "every 2 hours. Dr. Pham has been notified.\n\nLuis Serrano, RN\nUnit Manager, 2 North"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="mds_part_a_xlsx_mbi",
        notes="Hard positive: workbook of Medicare Part A residents with MBIs and PDPM days.",
        frm=f"MDS Coordinator <mds@{WCR}>",
        to="billing@ltcrevenuepartners.com",
        subject="November Part A census for billing",
        body=(
            "Hi Tammy,\n\nAttached is the Part A census through 11/10 with PDPM groups, plus "
            "the Medicare Advantage tab. Brooks admits Thursday; I'll send an update Friday.\n\n"
            "Gina Holm, RN, RAC-CT\nMDS Coordinator"
        ),
        atts=(
            Att(
                "PartA_census_2026-11-10.xlsx",
                XLSX,
                xlsx(
                    {
                        "Medicare_A": [
                            ["Resident", "MBI", "Admit", "Day#", "PDPM PT/OT", "Primary dx"],
                            [
                                "Lindqvist, Walter",
                                "2QE7-RT5-MK83",
                                "2026-11-04",
                                7,
                                "TB",
                                "S72.142D",
                            ],
                            ["Hollis, Verna", "8CD9-W42-AV10", "2026-10-19", 23, "TE", "L89.623"],
                            ["Okonkwo, Felix", "3MN4-KP1-XJ27", "2026-10-28", 14, "TD", "I63.512"],
                        ],
                        "Medicare_Adv": [
                            ["Resident", "Plan", "Member ID", "Auth thru"],
                            ["Abernathy, Shirley", "Prairieland MA", "PHP220391765", "2026-11-20"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ltc_pharmacy_warfarin",
        notes="Nurse sends a resident's INR and warfarin dose change to the LTC pharmacy.",
        frm=f"2 North Nurses <2north@{WCR}>",
        to="orders@northwoodsltcpharmacy.com",
        subject="New order - rm 118B",
        body=(
            "Resident: Okonkwo, Felix   DOB 10/09/1944   Rm 118B\n"
            "INR today 4.1 (goal 2-3). Per Dr. Pham: HOLD warfarin tonight, then change "
            "warfarin to 2.5 mg daily starting 11/11. Recheck INR 11/13.\n"
            "Please send 2.5 mg tabs with the evening run and d/c the 5 mg cards.\n\n"
            "Thanks - Priya, LPN"
        ),
    ),
    Spec(
        phi=True,
        category="care_conference_letter_pdf_aol",
        notes="Care plan conference letter (PDF) to a resident's son at aol.",
        frm=f"Social Services <socialservices@{WCR}>",
        to="rhollis1958@aol.com",
        subject="Care conference for your mother",
        body=(
            "Dear Mr. Hollis,\n\nPlease see the attached letter about your mother's quarterly "
            "care conference. You are welcome to call in.\n\nAngela Brandt, MSW" + SIG
        ),
        atts=(
            Att(
                "care_conference_letter.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOW CREEK SKILLED NURSING & REHAB",
                        "November 9, 2026",
                        "Dear Robert Hollis,",
                        "A care plan conference for your mother, Verna Hollis (room 207), is",
                        "scheduled for Tuesday, November 17 at 10:30 AM. We will review her",
                        "wound healing (left heel), nutrition and weight, her diabetes",
                        "management and her therapy goals. Dial-in: 715-555-0300 ext 5.",
                        "Sincerely, Angela Brandt, MSW, Director of Social Services",
                    ],
                    "Care conference letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hospice_referral",
        notes="SNF refers a resident with metastatic cancer and PPS score to a hospice agency.",
        frm=f"Angela Brandt <abrandt@{WCR}>",
        to="referrals@lakeshorehospice.org",
        subject="Hospice referral - long term care resident",
        body=(
            "Hello,\n\nFamily and attending have agreed to a hospice evaluation for Eleanor "
            "Voss (DOB 05/26/1933), long-term care resident in room 104. Dx: metastatic "
            "non-small cell lung cancer, declining oral intake, PPS 40%, weight down 8% in 30 "
            "days. Now DNR, wants to stay here. Daughter Karen Voss is HCPOA: 715-555-0137.\n"
            "Medicare A/B, MBI on the face sheet in the portal.\n\nAngela Brandt, MSW" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="dietary_vendor_room_name",
        notes="Hard positive: room, resident name and a diet change to the food service vendor.",
        frm=f"Nurse Station 2 North <2north@{WCR}>",
        to="willowcreek.unit@healthservicesdining.com",
        subject="Diet change",
        body=(
            "Rm 214B - Shirley Abernathy - back to regular texture, thin liquids "
            "per SLP eval today. Still diabetic, no concentrated sweets. Please update the "
            "tray card for supper."
        ),
    ),
    Spec(
        phi=True,
        category="wound_photo_png_name",
        notes="Wound photo with resident name in the file name sent to the wound physician group.",
        frm=f"Wound Nurse <woundcare@{WCR}>",
        to="consults@woundmdpartners.com",
        subject="weekly wound photos for Dr. Abara's rounds",
        body=(
            "Attached this week's photo. Left heel unstageable -> now stage 3 after debridement, "
            "3.1 x 2.4 cm, 20% slough. Continuing Santyl daily.\n\nBeth, LPN, WCC"
        ),
        atts=(Att("Hollis_Verna_L_heel_2026-11-10.png", "image/png", png(5, 7, (180, 90, 70))),),
    ),
    Spec(
        phi=True,
        category="pt_progress_docx",
        notes="PT progress note (DOCX) to the hospital's orthopedic clinic.",
        frm=f"Rehab Department <rehab@{WCR}>",
        to=f"orthoclinic@{SBC}",
        subject="PT progress note before 2-week post-op visit",
        body="Attached for Dr. Rasmussen ahead of Monday's follow-up.\n\nCole Ingram, PT, DPT",
        atts=(
            Att(
                "PT_progress_Lindqvist.docx",
                DOCX,
                docx(
                    [
                        "Willow Creek Skilled Nursing & Rehab - Physical Therapy Progress Note",
                        "Patient: Walter Lindqvist   DOB 01/27/1939",
                        "Dx: L intertrochanteric fx s/p ORIF 11/06/2026",
                        "Gait: 120 ft with rolling walker, CGA; stairs not attempted.",
                        "Pain 3/10 with activity after oxycodone; WBAT maintained.",
                        "Fall 11/10 without injury; cognition at baseline.",
                        "Goal: discharge home with daughter's support in 2-3 weeks.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="private_pay_statement_hotmail",
        notes="Business office statement to a responsible party: room and board, pharmacy copays.",
        frm=f"Business Office <businessoffice@{WCR}>",
        to="kvoss_home@hotmail.com",
        subject="November statement - Eleanor Voss",
        body=(
            "Dear Karen,\n\nYour mother's November statement:\n\n"
            "  Room & board (private room, 30 days)    $9,870.00\n"
            "  Pharmacy copays (Medicare Part D)          $46.80\n"
            "  Incontinence supplies                      $112.00\n"
            "  Less: payment received 10/30           -$9,870.00\n"
            "  Balance due                               $158.80\n\n"
            "Her Medicaid application is still pending with the county. Please call me if "
            "you'd like to discuss.\n\nSandra Pietrzak\nBusiness Office Manager" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="sbar_transfer_ed",
        notes="SBAR transfer note to the hospital ED with name, DOB and change in condition.",
        frm=f"Luis Serrano <lserrano@{WCR}>",
        to=f"ed-charge@{SBC}",
        subject="Sending to your ED - SBAR",
        body=(
            "S: Felix Okonkwo, DOB 10/09/1944, from Willow Creek rm 118B, sending by ambulance "
            "for acute confusion and BP 84/50.\n"
            "B: L MCA stroke 10/2026, afib on warfarin (INR 4.1 yesterday, dose held), CKD 3.\n"
            "A: new lethargy since 1400, HR 118 irregular, temp 38.4, SpO2 91% RA. Concern for "
            "sepsis vs bleed.\n"
            "R: evaluate; family (son Chidi, 715-555-0154) notified; full code.\n\nLuis, RN"
        ),
    ),
    Spec(
        phi=True,
        category="reportable_disease_health_dept",
        notes="Individual case report of C. diff and norovirus symptoms to the county health dept.",
        frm=f"Infection Preventionist <ip@{WCR}>",
        to="cd-reporting@co.marathon.wi.us",
        subject="GI outbreak line list - Willow Creek",
        body=(
            "Hi Jenna,\n\nAs requested for the GI outbreak investigation, cases since 11/6:\n\n"
            "1. Margaret Quist, 87, F, rm 201 - onset 11/06, vomiting/diarrhea, norovirus PCR +\n"
            "2. Harold Ekstrom, 91, M, rm 203 - onset 11/07, diarrhea, C. diff toxin +, on "
            "oral vancomycin\n"
            "3. Dolores Ybarra, 78, F, rm 210 - onset 11/08, vomiting, stool pending\n\n"
            "Unit closed to admissions until 48 h symptom-free. Two staff cases excluded.\n\n"
            "Heidi Marx, RN, CIC"
        ),
    ),
    Spec(
        phi=True,
        category="vaccine_roster_csv",
        notes="Hard positive: CSV roster of residents due for vaccines, to the vendor.",
        frm=f"Infection Preventionist <ip@{WCR}>",
        to="clinics@healthyshotsimmunize.com",
        subject="Vaccine clinic 11/16 - roster",
        body="Roster attached for Monday's clinic. Consents are signed and in the binder.\n\nHeidi",
        atts=(
            Att(
                "vaccine_roster_1116.csv",
                "text/csv",
                "last,first,dob,room,payer,flu,pcv20,covid\n"
                "Quist,Margaret,1939-02-14,201,Medicare,Y,N,Y\n"
                "Ekstrom,Harold,1935-07-30,203,Medicare,Y,Y,N\n"
                "Ybarra,Dolores,1948-12-03,210,Medicaid,Y,N,Y\n"
                "Voss,Eleanor,1933-05-26,104,Medicare,N,N,N\n"
                "Hollis,Verna,1942-03-19,207,Medicare,Y,Y,Y\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="quoted_relative_reply",
        notes="Hard positive: nurse replies to a son's quoted question about his mom's antibiotic.",
        frm=f"Luis Serrano <lserrano@{WCR}>",
        to="marcus.quist@gmail.com",
        subject="Re: Mom",
        body=(
            "Hi Marcus,\n\nYes, she finished the course this morning and has had no vomiting "
            "since Sunday. She ate half her breakfast. We'll keep her in her room until Thursday "
            "per the health department.\n\nLuis\n\n"
            "On Mon, Nov 9, 2026 at 7:12 PM Marcus Quist <marcus.quist@gmail.com> wrote:\n"
            "> Hi Luis, is Mom still on that antibiotic? My sister said the norovirus test came\n"
            "> back positive. Can we visit her Wednesday? - Marcus\n"
        ),
    ),
    Spec(
        phi=True,
        category="medicaid_pending_dss",
        notes="Social worker to the county Medicaid caseworker about a resident's application.",
        frm=f"Angela Brandt <abrandt@{WCR}>",
        to="income.maintenance@co.marathon.wi.us",
        subject="Case 5502718840 - documents",
        body=(
            "Ms. Yang,\n\nAttached please find the bank statements you requested for Eleanor "
            "Voss (case 5502718840). She has resided in our long-term care unit since 08/14/2026 "
            "and is private pay pending the nursing home Medicaid determination. Her daughter "
            "Karen can sign anything further.\n\nAngela Brandt, MSW" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="initials_room_refusal",
        notes="Hard positive: initials, room and a refused anticoagulant to the physician office.",
        frm=f"2 North Nurses <2north@{WCR}>",
        to="nurse@westonfamilymed.com",
        subject="FYI for Dr. Pham",
        body=(
            "E.R. in 109 refused her Eliquis again this morning (3rd dose this week). Says it "
            "makes her bruise. Daughter aware. Can Dr. Pham call us about alternatives?\n\n"
            "Thanks, Priya LPN, Willow Creek 2 North"
        ),
    ),
    # ------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="holiday_pay_schedule",
        notes="Staff notice: holiday pay and schedule.",
        frm=f"Staffing Office <staffing@{WCR}>",
        to=f"nursingstaff@{WCR}",
        subject="Thanksgiving schedule & holiday pay",
        body=(
            "Thanksgiving schedule is posted. Holiday pay is 1.5x for shifts starting 11/26 "
            "06:00 through 11/27 05:59. Still open: 2 CNA evenings, 1 LPN night on 2 North. "
            "Pick up in the app for a $100 bonus.\n\nBrittany, Staffing"
        ),
    ),
    Spec(
        phi=False,
        category="survey_readiness_aggregate",
        notes="Hard negative: survey readiness memo with falls and UTI rates, aggregate only.",
        frm=f"Administrator <administrator@{WCR}>",
        to=f"dept-heads@{WCR}",
        subject="State survey window opens - QM review",
        body=(
            "Department heads,\n\nOur annual survey window opens next week. Current Quality "
            "Measures (long stay): falls with major injury 3.9% (state 3.4%), UTI 1.8%, "
            "antipsychotic use 12.1% (state 14.6%). Short stay rehospitalization 21% - the "
            "hospital noticed too. Mock survey Thursday; please have your binders ready.\n\n"
            "Tom Reiter, NHA"
        ),
    ),
    Spec(
        phi=False,
        category="therapy_equipment_quote",
        notes="Vendor quote for therapy gym equipment.",
        frm=f"Rehab Department <rehab@{WCR}>",
        to="sales@midwestrehabequip.com",
        subject="Quote request - NuStep T5 and parallel bars",
        body=(
            "Hi,\n\nPlease quote one NuStep T5XR recumbent stepper, one 10 ft adjustable "
            "parallel bar set, and a hi-lo mat table (bariatric). Delivery to our dock at 4410 "
            "County Road J, Weston WI. Need by 12/15 to use this year's budget.\n\n"
            "Cole Ingram, PT, DPT\nDirector of Rehab"
        ),
    ),
    Spec(
        phi=False,
        category="job_posting_cna",
        notes="Job posting for CNAs and night LPN.",
        frm=f"Human Resources <hr@{WCR}>",
        to="postings@indeedemployer-mail.com",
        subject="Repost: CNA (all shifts), LPN nights",
        body=(
            "Certified Nursing Assistant - all shifts, $21-$24/hr, $2,000 sign-on. Assist "
            "residents with ADLs, mobility and meals in our rehab and memory care units.\n"
            "LPN - nights, $33-$37/hr. Med passes, wound care, dementia care experience a plus.\n"
            "Apply at willowcreekrehab.com/careers"
        ),
    ),
    Spec(
        phi=False,
        category="marketing_cardiac_rehab_html",
        notes="Hard negative: HTML-only marketing about a cardiac program, no individual.",
        frm=f"Willow Creek Community Relations <news@{WCR}>",
        to="referral-partners@lists.willowcreekrehab.com",
        subject="New: Heart Success short-term rehab program",
        body="",
        html=(
            "<html><body><h2>Heart Success at Willow Creek</h2><p>Our new program for people "
            "recovering from heart failure, heart attack or cardiac surgery includes daily "
            "weights, telemonitoring, cardiology NP visits twice weekly and teaching on salt "
            "and fluids. Since July our heart failure rehospitalization rate is 11%.</p>"
            "<p>Refer through Allscripts or call admissions at 715-555-0300.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="drug_recall_lots",
        notes="Hard negative: forwarded pharmacy recall notice with lot numbers, no residents.",
        frm=f"Director of Nursing <don@{WCR}>",
        to=f"nursingstaff@{WCR}",
        subject="FW: Recall - metformin ER 500 mg lots",
        body=(
            "Nurses - please pull these from med carts tonight and return to pharmacy. "
            "Pharmacy says replacement cards come with the 1800 delivery.\n\nPam Gustafson, "
            "RN, DON\n\n---- Forwarded ----\nFrom: Northwoods LTC Pharmacy\n"
            "Voluntary recall of metformin HCl ER 500 mg tablets, lots MX24117 and MX24130 "
            "(NDMA above limit). No action needed for patients beyond replacement; do not "
            "interrupt therapy."
        ),
    ),
    Spec(
        phi=False,
        category="inservice_clinician_name",
        notes="Hard negative: in-service by a named geriatric psychiatrist on dementia behaviors.",
        frm=f"Staff Development <education@{WCR}>",
        to=f"allstaff@{WCR}",
        subject="Mandatory in-service: dementia behaviors and antipsychotic reduction",
        body=(
            "Lena Fischer, MD, geriatric psychiatrist, will present 'Non-drug approaches to "
            "sundowning and agitation' on Wed 11/18 at 1400 and 2200 (for nights). Counts "
            "toward your annual dementia training hours.\n\nNadia, Staff Development"
        ),
    ),
    Spec(
        phi=False,
        category="qm_workbook_xlsx",
        notes="Hard negative: quality measure workbook, rates by quarter and unit, no residents.",
        frm=f"Administrator <administrator@{WCR}>",
        to="regionalops@northwoodscarealliance.com",
        subject="Q3 QM pack",
        body="Q3 quality pack attached for the regional review.\n\nTom",
        atts=(
            Att(
                "WillowCreek_QM_Q3_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Long_stay": [
                            ["Measure", "Q1", "Q2", "Q3", "State"],
                            ["Falls w/ major injury", 0.041, 0.035, 0.039, 0.034],
                            ["Pressure ulcers (high risk)", 0.072, 0.066, 0.058, 0.081],
                            ["Antipsychotic use", 0.139, 0.127, 0.121, 0.146],
                        ],
                        "Short_stay": [
                            ["Measure", "Q1", "Q2", "Q3", "National"],
                            ["Rehospitalized", 0.24, 0.22, 0.21, 0.22],
                            ["Improved function", 0.71, 0.74, 0.76, 0.70],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pcc_mfa_rollout",
        notes="IT: MFA enrollment for the EHR.",
        frm=f"IT Support <it-support@{WCR}>",
        to=f"allstaff@{WCR}",
        subject="PointClickCare MFA starts Monday",
        body=(
            "Starting Monday 11/16 PointClickCare will require a second factor. Install "
            "Microsoft Authenticator before your next shift, or pick up a hardware token from "
            "Jeff in the business office. Shared logins on the med carts will stop working.\n\n"
            "IT Support (Jeff Bauer) x310"
        ),
    ),
    Spec(
        phi=False,
        category="training_test_resident",
        notes="Hard negative: EHR training guide using a clearly labelled fake resident.",
        frm=f"Staff Development <education@{WCR}>",
        to=f"newhires@{WCR}",
        subject="PCC practice login for orientation",
        body=(
            "New hires,\n\nIn the PCC TRAINING database, practice on resident 'TRAINING, "
            "RESIDENT A' (ID TRAIN-001, room 999). Enter a practice med pass for "
            "'Metoprolol 25 mg' and a practice fall note. This is not a real person; the "
            "training database is wiped nightly.\n\nNadia"
        ),
    ),
    Spec(
        phi=False,
        category="staffing_invoice_hospital",
        notes="Hard negative: contract therapy invoice to the hospital with an SSN-shaped PO.",
        frm=f"Business Office <businessoffice@{WCR}>",
        to=f"ap@{SBC}",
        subject="Invoice WC-2026-1107, PO 307-58-1146",
        body=(
            "Hello,\n\nAttached is invoice WC-2026-1107 for contract PT/OT coverage provided to "
            "St. Brendan's outpatient clinic, 10/1-10/31: 142.5 therapist hours at $68/hr = "
            "$9,690.00. Reference your PO 307-58-1146. Net 30.\n\nSandra Pietrzak" + SIG
        ),
        atts=(
            Att(
                "WC-2026-1107.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOW CREEK SKILLED NURSING & REHAB - INVOICE WC-2026-1107",
                        "Bill to: St. Brendan Community Hospital, Accounts Payable",
                        "PO 307-58-1146   Terms: Net 30",
                        "Contract PT/OT staffing, Oct 2026: 142.5 h x $68.00 = $9,690.00",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="applicant_reply_gmail",
        notes="HR replies to a job applicant at gmail: interview time.",
        frm=f"Human Resources <hr@{WCR}>",
        to="jasmine.okafor.cna@gmail.com",
        subject="Interview - CNA position",
        body=(
            "Hi Jasmine,\n\nThanks for applying! Can you come in Thursday 11/12 at 3 PM for an "
            "interview with our DON? Please bring your CNA registry number and a photo ID. "
            "Park in the east lot.\n\nMaggie Lund, HR Generalist" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="volunteer_thanks_yahoo",
        notes="Volunteer coordinator thanks a volunteer at yahoo; no resident named.",
        frm=f"Activities <activities@{WCR}>",
        to="bill.and.june.s@yahoo.com",
        subject="Thank you for the polka afternoon!",
        body=(
            "Bill and June,\n\nThe residents are still talking about Sunday's polka concert. "
            "Could you come back for the Christmas party on 12/20 at 2? We'll have the piano "
            "tuned this time!\n\nCheers,\nDenise, Activities Director"
        ),
    ),
    Spec(
        phi=False,
        category="inservice_ics",
        notes="Calendar invite for a staff skills fair.",
        frm=f"Staff Development <education@{WCR}>",
        to=f"nursingstaff@{WCR}",
        subject="Skills fair - invite",
        body="Mandatory annual skills fair. Pick either session.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Willow Creek//Outlook//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:wc-skills-20261119@willowcreekrehab.com\r\n"
            "DTSTAMP:20261109T160000Z\r\nDTSTART:20261119T150000Z\r\nDTEND:20261119T190000Z\r\n"
            "SUMMARY:Annual skills fair: Hoyer lift\\, trach care\\, glucometer QC\r\n"
            "LOCATION:Therapy gym\r\nORGANIZER:mailto:education@willowcreekrehab.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="respiratory_season_visitors",
        notes="Generic visitor notice about respiratory season, no residents or cases named.",
        frm=f"Willow Creek Administration <administrator@{WCR}>",
        to="families@lists.willowcreekrehab.com",
        subject="Visiting during respiratory virus season",
        body=(
            "Dear families and friends,\n\nCOVID-19, flu and RSV are rising in Marathon County. "
            "Visiting remains open. Please stay home if you have a fever, cough or stomach "
            "symptoms, and wear a mask in common areas. Free masks and hand sanitizer are at "
            "the front desk.\n\nThank you for helping keep everyone healthy.\nTom Reiter, "
            "Administrator"
        ),
    ),
    Spec(
        phi=False,
        category="dietary_menu_delivery",
        notes="Food service vendor order changes.",
        frm=f"Dietary Manager <dietary@{WCR}>",
        to="orders@northcentralfoods.com",
        subject="Order changes for Thursday delivery",
        body=(
            "Please add 4 cs thickened water (nectar), 2 cs sugar-free pudding cups, and drop "
            "the whole-milk order by 2 cases. Thanksgiving: 3 turkeys (20 lb) for 11/25 "
            "delivery.\n\nRosa Mendez, CDM"
        ),
    ),
]
