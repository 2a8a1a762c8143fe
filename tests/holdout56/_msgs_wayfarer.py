"""Outbound mail of Wayfarer Travel Health, a travel medicine clinic (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import WTH, Att, Spec

SIG = "\n\n--\nWayfarer Travel Health | 2200 Larimer St, Suite 410, Denver CO | 303-555-0142"
CONF = "\n\nCONFIDENTIALITY: this message may contain confidential information intended only for the addressee."

_PATIENT_Q = Spec(
    phi=True,
    category="patient question forwarded",
    notes="inner patient message",
    frm="Ines Vaughan-Park <ines.vpark@gmail.com>",
    to=f"nurse@{WTH}",
    subject="Zika question before Costa Rica",
    body=(
        "Hi, this is Ines Vaughan-Park (DOB 6/2/1993). I'm 14 weeks pregnant and we booked Costa Rica "
        "for December. Is it safe with Zika? My OB is Dr. Halvorsen. Thanks, Ines"
    ),
)

_SHORTAGE = Spec(
    phi=False,
    category="distributor shortage notice",
    notes="inner vendor notice",
    frm="Allocations <allocations@rockymedsupply.com>",
    to=f"orders@{WTH}",
    subject="ALLOCATION NOTICE: YF-Vax limited supply Q4",
    body="Due to manufacturing constraints YF-Vax will be allocated at 40% of 2025 volume through Q4. Stamaril remains available under the expanded access programme.",
)

MESSAGES = [
    Spec(
        phi=True,
        category="yellow fever certificate to patient",
        notes="ICVP PDF with patient name, DOB, passport number and yellow fever vaccine date sent to patient's gmail.",
        frm=f"Wayfarer Front Desk <frontdesk@{WTH}>",
        to="desmond.achterberg@gmail.com",
        subject="Your International Certificate of Vaccination",
        body="Hi Desmond,\n\nAttached is a scan of your yellow card for your records. Keep the original with your passport."
        + SIG,
        atts=(
            Att(
                "ICVP_Achterberg_D.pdf",
                "application/pdf",
                pdf(
                    [
                        "WAYFARER TRAVEL HEALTH - DESIGNATED YELLOW FEVER CENTRE CO-0117",
                        "INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS",
                        "Name: Desmond Achterberg   DOB: 1979-03-11   Passport: 571903366",
                        "Vaccine: Yellow fever (Stamaril) lot U7K21  Date: 2026-10-14",
                        "Valid from 2026-10-24 for life of person",
                    ],
                    "ICVP",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="child rabies titre result to parent",
        notes="Hard positive: first name of child plus relationship and a sub-protective rabies titre, to parent's yahoo mailbox.",
        frm=f"Nurse Line <nurse@{WTH}>",
        to="dana.kowalczyk77@yahoo.com",
        subject="Leo's titre",
        body=(
            "Hi Dana,\n\nLeo's rabies antibody level came back at 0.3 IU/mL. We like to see 0.5 or above, "
            "so he'll need one booster before you leave for Peru. Any weekday morning works.\n\nMarisol, RN"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="malaria prophylaxis e-prescription fax cover",
        notes="Prescription for atovaquone-proguanil naming patient and DOB sent to retail pharmacy.",
        frm=f"Dr. Elena Markov <emarkov@{WTH}>",
        to="rx.store2291@cornerstonepharmacy.com",
        subject="Rx - Raman, Priya",
        body=(
            "Patient: Priya Raman  DOB 09/27/1988\n"
            "Rx: atovaquone-proguanil 250/100 mg, 1 tab PO daily starting 2 days before entry to Mozambique, "
            "continue 7 days after return. Disp #24, RF 0.\n"
            "Also: azithromycin 500 mg x3 for travellers' diarrhoea, standby.\n\n"
            "Prescriber: Elena Markov MD, NPI: 1304587623, DEA BK4182731" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="vaccine appointment invitation to patient",
        notes="Calendar invite naming patient and Japanese encephalitis dose 2 sent to patient's icloud mailbox.",
        frm=f"Scheduling <schedule@{WTH}>",
        to="t.wierzbicki@icloud.com",
        subject="Appointment: JE vaccine dose 2 - Tomasz Wierzbicki",
        body="Your second Ixiaro (Japanese encephalitis) dose is booked. Please arrive 10 minutes early."
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Wayfarer//Sched//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:wth-appt-88213@wayfarertravelhealth.com\r\nDTSTAMP:20261019T140000Z\r\n"
            "DTSTART:20261028T153000Z\r\nDTEND:20261028T154500Z\r\n"
            "SUMMARY:Tomasz Wierzbicki - Ixiaro dose 2\r\nLOCATION:Wayfarer Travel Health Room 3\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="post-travel dengue result, diagnosis in subject",
        notes="Hard positive: dengue NS1 result appears only in the subject, sent to the patient's outlook mailbox by first name.",
        frm=f"Dr. Samir Qadri <sqadri@{WTH}>",
        to="ana.quintero.r@outlook.com",
        subject="Re: your NS1 antigen - positive (dengue)",
        body="Ana - please call me today at 303-555-0147 when you get this. Keep drinking fluids and avoid ibuprofen.\n\nSQ",
    ),
    Spec(
        phi=True,
        category="HL7 VXU immunization registry resubmission",
        notes="Hard positive: terse body; the HL7 VXU attachment carries the patient's name, DOB, address and typhoid vaccine.",
        frm=f"Interfaces <interfaces@{WTH}>",
        to="ciis.support@cdphe-registry.org",
        subject="Resubmit batch 1019-02 after AR",
        body="Corrected PID-11 format. Please reprocess.",
        atts=(
            Att(
                "vxu_1019_02.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|WAYFARER|WTH|CIIS|CDPHE|202610191422||VXU^V04^VXU_V04|WTH1019022|P|2.5.1\r"
                "PID|1||WTH-0044871^^^WTH^MR||Lindqvist^Maja^E||19910805|F|||1418 Gaylord St^^Denver^CO^80206||^PRN^PH^^^303^5550188\r"
                "ORC|RE||88213-4\r"
                "RXA|0|1|20261016|20261016|25^Typhoid Vi^CVX|0.5|mL||00^New record||||||T1192B||PMC\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 eligibility inquiry",
        notes="Hard positive: body has no patient; the X12 270 carries subscriber name, member ID and DOB for a travel consult eligibility check.",
        frm=f"Billing <billing@{WTH}>",
        to="edi@summitridgehealthplan.com",
        subject="270 test-to-prod cutover: first live file",
        body="First production 270 from our clearinghouse account WTH01 attached. Please confirm receipt of 999.",
        atts=(
            Att(
                "wth_270_1019.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*WTH01          *ZZ*SUMMITRIDGE    *261019*1010*^*00501*000004417*0*P*:~"
                "GS*HS*WTH01*SUMMITRIDGE*20261019*1010*4417*X*005010X279A1~ST*270*0001*005010X279A1~"
                "BHT*0022*13*WTH4417*20261019*1010~HL*1**20*1~NM1*PR*2*SUMMIT RIDGE HEALTH PLAN*****PI*SRHP1~"
                "HL*2*1*21*1~NM1*1P*2*WAYFARER TRAVEL HEALTH*****XX*1549203374~HL*3*2*22*0~"
                "NM1*IL*1*OYELARAN*FOLAKE****MI*SRH884120375~DMG*D8*19840112*F~EQ*1~SE*11*0001~GE*1*4417~IEA*1*000004417~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fitness-for-deployment letter to employer",
        notes="Letter to employer HR naming employee with vaccines given and an asthma inhaler plan.",
        frm=f"Corporate Travel Health <corporate@{WTH}>",
        to="global.mobility@ardentminingco.com",
        subject="Pre-deployment clearance - H. Odum (Lagos)",
        body=(
            "Dear Global Mobility team,\n\nWith Ms. Harriet Odum's written consent: she completed her pre-deployment "
            "visit on 16 October. Yellow fever, typhoid and meningococcal ACWY were given; malaria chemoprophylaxis "
            "(doxycycline) was prescribed. Her asthma is well controlled and she is carrying a spare salbutamol inhaler. "
            "She is cleared for the Lagos rotation.\n\nKind regards,\nJun Takeda, MD" + SIG + CONF
        ),
    ),
    Spec(
        phi=True,
        category="referral to infectious diseases for malaria",
        notes="Referral naming patient with MRN and Plasmodium falciparum parasitaemia to hospital ID service.",
        frm=f"Dr. Samir Qadri <sqadri@{WTH}>",
        to="id.intake@frontrangeuniversityhospital.org",
        subject="Urgent referral - falciparum malaria",
        body=(
            "Sending Kwabena Asante (MRN WTH-00418822, 34M) to your ED now. Back from Kumasi 9 days ago, fever "
            "to 39.6, thin smear P. falciparum 2.1%, platelets 88. No artesunate given here. Wife driving him.\n\n"
            "Samir Qadri MD, 303-555-0147"
        ),
    ),
    Spec(
        phi=True,
        category="encrypted records to insurer for appeal",
        notes="Body names the member and says her rabies PEP records are in the encrypted zip for an appeal.",
        frm=f"Billing <billing@{WTH}>",
        to="appeals@summitridgehealthplan.com",
        subject="Appeal documentation - claim 26-338104",
        body=(
            "Re: Genevieve Stroud, member SRH773019264. Enclosed are the rabies post-exposure prophylaxis notes "
            "and HRIG administration record supporting the appeal of the denied claim. Password follows by phone."
            + SIG
        ),
        atts=(
            Att(
                "Stroud_PEP_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Stroud_PEP_notes.txt": "Genevieve Stroud DOB 1990-07-19. Monkey bite Bali 2026-09-30. HRIG 20 IU/kg day 0, rabies vaccine days 0,3,7,14.",
                    },
                    "Wth-Appeal-2609",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse hepatitis B non-responder note to nurse",
        notes="Hard positive: initial plus surname, date, and negative hepatitis B surface antibody with a revaccination plan.",
        frm=f"Dr. Jun Takeda <jtakeda@{WTH}>",
        to="m.ferrante@cherrycreekoccupationalhealth.com",
        subject="fyi",
        body="R. Okafor - HBsAb <10 after 3 doses (drawn 10/12). Non-responder. Pls book Heplisav x2 when she's back from Accra. Thx - J",
    ),
    Spec(
        phi=True,
        category="FHIR immunization record for study abroad",
        notes="FHIR bundle of a named student's immunizations sent to university health service.",
        frm=f"Records <records@{WTH}>",
        to="immunizations@coloradowesternuniversity.edu",
        subject="Immunization record - study abroad (Nairobi programme)",
        body="As authorised by the student, her travel immunization record is attached in FHIR format."
        + SIG,
        atts=(
            Att(
                "imm_bundle_Mwangi.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": ['
                '{"resource": {"resourceType": "Patient", "id": "wth-51177", "name": [{"family": "Mwangi-Holt", "given": ["Cora"]}], "birthDate": "2005-02-14"}},'
                '{"resource": {"resourceType": "Immunization", "status": "completed", "vaccineCode": {"text": "Yellow fever"}, "patient": {"reference": "Patient/wth-51177"}, "occurrenceDateTime": "2026-09-22"}},'
                '{"resource": {"resourceType": "Immunization", "status": "completed", "vaccineCode": {"text": "Typhoid Vi"}, "patient": {"reference": "Patient/wth-51177"}, "occurrenceDateTime": "2026-09-22"}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rash photo for dermatology second opinion",
        notes="Hard positive: patient's name appears only in the PNG file name of a rash photo sent for a second opinion.",
        frm=f"Dr. Elena Markov <emarkov@{WTH}>",
        to="consults@peakdermatologyassociates.com",
        subject="2nd opinion pls - creeping eruption?",
        body="Serpiginous track on the foot, 10 days after a beach in Belize. I'm thinking cutaneous larva migrans. Agree? Photo attached.\n\nElena",
        atts=(Att("kavya_menon_left_foot_day10.png", "image/png", png(8, 6, (181, 112, 97))),),
    ),
    Spec(
        phi=True,
        category="mission trip vaccine status list to organiser",
        notes="CSV of named church mission trip travellers with missing vaccines and a pregnancy deferral.",
        frm=f"Group Travel <groups@{WTH}>",
        to="missions@stbarnabaslakewood.org",
        subject="Haiti team - outstanding vaccines",
        body="Pastor Reid,\n\nAs agreed with each traveller, attached is who still needs what before 14 November."
        + SIG,
        atts=(
            Att(
                "haiti_team_status.csv",
                "text/csv",
                "traveller,dob,outstanding,comment\n"
                "Aaron Blakely,1972-04-03,Typhoid,booked 10/27\n"
                "Lucia Blakely,1974-11-19,none,complete\n"
                "Mercy Adjei,1999-06-30,Hep A #1,\n"
                "Tom Gruber,1958-01-08,none,on warfarin - IM vaccines given with pressure\n"
                "Nadia Ortiz,1995-09-12,MMR deferred,pregnant - see OB\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mefloquine interaction reply to patient",
        notes="Hard positive: first name only, reply to patient's gmail revealing she takes sertraline and cannot take mefloquine.",
        frm=f"Pharmacist Desk <pharmacist@{WTH}>",
        to="bo.lindahl.writes@gmail.com",
        subject="Re: which malaria tablet?",
        body=(
            "Hi Bo,\n\nThanks for sending your medication list. Because you're on sertraline 100 mg and have a history of "
            "depression, we won't use mefloquine; Dr. Markov has switched you to atovaquone-proguanil instead. "
            "It's ready for pickup.\n\nGreta, PharmD" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="customs letter for injectable medications",
        notes="DOCX letter naming traveller, passport and insulin/needles for type 1 diabetes.",
        frm=f"Dr. Jun Takeda <jtakeda@{WTH}>",
        to="o.bergstrom.family@hotmail.com",
        subject="Your travel letter for insulin",
        body="Oskar, the signed letter for airport security is attached. Print two copies." + SIG,
        atts=(
            Att(
                "medication_letter_Bergstrom.docx",
                DOCX,
                docx(
                    [
                        "Wayfarer Travel Health",
                        "To whom it may concern,",
                        "Oskar Bergstrom (born 14 May 2001, passport 58810427) has type 1 diabetes and must carry insulin glargine, insulin lispro, pen needles and a glucagon kit in his hand luggage.",
                        "Jun Takeda, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient statement for vaccine charges",
        notes="Text statement to patient's aol mailbox listing account number and charges for rabies and yellow fever vaccines.",
        frm=f"Billing <billing@{WTH}>",
        to="gwen.talbot1961@aol.com",
        subject="Statement - account 448812",
        body="Dear Gwen Talbot, your statement is attached. Balance due $412.00." + SIG,
        atts=(
            Att(
                "statement_448812.txt",
                "text/plain",
                "WAYFARER TRAVEL HEALTH - PATIENT STATEMENT\nAccount: 448812  Patient: Gwen Talbot\n"
                "10/06/2026  90675 Rabies vaccine IM (dose 1)   $398.00\n10/06/2026  90717 Yellow fever vaccine   $210.00\n"
                "Insurance paid                                   -$196.00\nBalance due                                        $412.00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="OCR pre-travel questionnaire to obstetrician",
        notes="Hard positive: scanned-form OCR text with name, DOB and 22-week pregnancy sent to the patient's OB.",
        frm=f"Nurse Line <nurse@{WTH}>",
        to="frontdesk@highlandswomenscare.com",
        subject="scan 0457",
        body=(
            "PRE-TRAVEL HEALTH QUESTIONNAIRE  pg 1/2\n"
            "Name: HOLLIS, Renata  DOB: O4/O9/199l\n"
            "Destination(s): Uganda, Rwanda   Depart: 11/20\n"
            "Pregnant?  [X] Y  [ ] N   If yes, weeks: 22\n"
            "Allergies: egg (hives)\n"
            "-- scanned by WTH-MFP2 --\n\nDr. Okoye asked to see this before we give anything live."
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient email to external OB",
        notes="Hard positive: short cover note; the forwarded patient message gives her name, DOB and 14-week pregnancy.",
        frm=f"Dr. Elena Markov <emarkov@{WTH}>",
        to="dr.halvorsen@highlandswomenscare.com",
        subject="Fwd: Zika question before Costa Rica",
        body="Dr. Halvorsen - your patient, below. I'd advise against; can we align before I reply? Elena",
        forward=_PATIENT_Q,
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="clinician bio for partner newsletter",
        notes="Hard negative: a clinician's bio listing tropical diseases she treats; no patient.",
        frm=f"Marketing <marketing@{WTH}>",
        to="editor@denverhealthpartnersnews.org",
        subject="Bio for the 'Meet our specialists' column",
        body=(
            "Dr. Elena Markov is board-certified in infectious diseases and holds the CTH from ISTM. "
            "She has treated malaria, dengue, schistosomiasis, leishmaniasis and rabies exposures in returning "
            "travellers for 15 years, and previously worked with MSF in South Sudan." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="yellow fever vaccine supply notice to referrers",
        notes="Hard negative: drug shortage notice about YF vaccine supply; no individual.",
        frm=f"Dr. Jun Takeda <jtakeda@{WTH}>",
        to="referrals@frontrangefamilymed.com",
        subject="FW: YF vaccine supply - please refer early",
        body="Colleagues - see the distributor note below. Please send travellers to sub-Saharan Africa or South America at least 4 weeks before departure."
        + SIG,
        forward=_SHORTAGE,
    ),
    Spec(
        phi=False,
        category="quarterly aggregate vaccine volumes to board",
        notes="Hard negative: multi-sheet workbook of aggregate vaccine and consult counts by region; no individuals.",
        frm=f"Operations <ops@{WTH}>",
        to="board@wayfarertravelhealth-board.org",
        subject="Q3 volumes",
        body="Board members, Q3 volume workbook attached ahead of Thursday." + SIG,
        atts=(
            Att(
                "Q3_2026_volumes.xlsx",
                XLSX,
                xlsx(
                    {
                        "By vaccine": [
                            ["Vaccine", "Doses Q3"],
                            ["Yellow fever", 412],
                            ["Typhoid", 655],
                            ["Rabies PIE", 198],
                            ["JE", 74],
                        ],
                        "By region": [
                            ["Destination region", "Consults"],
                            ["Sub-Saharan Africa", 388],
                            ["South/SE Asia", 521],
                            ["Latin America", 297],
                        ],
                        "Post-travel": [
                            ["Diagnosis group", "Visits"],
                            ["Diarrhoeal", 61],
                            ["Febrile", 23],
                            ["Dermatologic", 19],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="seasonal marketing newsletter",
        notes="HTML-only newsletter about dengue and winter travel; no individual.",
        frm=f"Wayfarer Travel Health <news@{WTH}>",
        to="subscribers@lists.wayfarertravelhealth.com",
        subject="Heading south this winter? Dengue is up in Latin America",
        body="",
        html=(
            "<html><body><h2>Winter sun, smart prep</h2><p>Dengue activity is high across Central America and the Caribbean. "
            "There is no vaccine for most adult travellers, so use DEET or picaridin and choose screened rooms.</p>"
            "<p><a href='https://www.wayfarertravelhealth.com/book'>Book a pre-travel visit</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="EHR interface test message with declared test patient",
        notes="Hard negative: FHIR Patient/Immunization for a clearly declared synthetic test patient sent to the EHR vendor.",
        frm=f"Interfaces <interfaces@{WTH}>",
        to="onboarding@clinicflowehr.com",
        subject="Sandbox validation - synthetic patient only",
        body="Per the test script, this uses your synthetic patient ZZTEST, TRAVELER (not a real person). Validator flagged occurrenceDateTime; please advise.",
        atts=(
            Att(
                "sandbox_test.json",
                "application/fhir+json",
                '{"resourceType": "Immunization", "id": "test-001", "status": "completed", '
                '"vaccineCode": {"text": "Hepatitis A"}, "patient": {"display": "ZZTEST, TRAVELER (SYNTHETIC)"}, '
                '"occurrenceDateTime": "2026-10-20", "meta": {"tag": [{"code": "TEST"}]}}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vaccine fridge temperature excursion report",
        notes="CSV of refrigerator temperature readings sent to the cold-chain vendor; no patients.",
        frm=f"Operations <ops@{WTH}>",
        to="service@coldguardmonitoring.com",
        subject="Fridge B excursion Sat night - logger export",
        body="Logger SN CG-44710 on fridge B hit 9.1 C for about 50 minutes. Export attached. Can a tech check the door seal this week?",
        atts=(
            Att(
                "fridgeB_logger.csv",
                "text/csv",
                "timestamp,temp_c\n2026-10-17 23:00,4.8\n2026-10-17 23:30,7.2\n2026-10-18 00:00,9.1\n2026-10-18 00:30,8.4\n2026-10-18 01:00,5.0\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="passport handling procedure with field names",
        notes="Hard negative: internal procedure document listing the field names (patient name, DOB, passport number) it governs; no real data.",
        frm=f"Compliance <compliance@{WTH}>",
        to="auditor@mountainprivacyadvisors.com",
        subject="Procedure WTH-PR-07 (passport copies) for your review",
        body="Attached is the revised procedure. Section 3 lists the fields we capture." + SIG,
        atts=(
            Att(
                "WTH-PR-07_passport_copies.docx",
                DOCX,
                docx(
                    [
                        "WTH-PR-07 Handling of passport copies",
                        "3. Fields captured: Patient name, date of birth, passport number, nationality, expiry date.",
                        "4. Copies are scanned to the EHR and the paper copy is shredded the same day.",
                        "5. Never e-mail a passport copy unencrypted.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff phone system notice",
        notes="IT/staff notice about the phone system changeover; no health information.",
        frm=f"Office Manager <office@{WTH}>",
        to="allstaff@wayfarertravelhealth.net",
        subject="New phones Monday",
        body="Hi all, the new VoIP handsets go live Monday 7am. Your extension stays the same. Voicemail PIN resets to the last 4 of your extension.",
    ),
    Spec(
        phi=False,
        category="job posting for travel health nurse",
        notes="Hard negative: job advert mentioning vaccines and diseases; no patient.",
        frm=f"HR <careers@{WTH}>",
        to="jobs@coloradonursesassociation.org",
        subject="Posting: Travel Health RN (0.8 FTE)",
        body=(
            "Wayfarer Travel Health seeks an RN to deliver pre-travel consults. Must be confident giving yellow fever, "
            "rabies, typhoid and JE vaccines, managing anaphylaxis, and counselling on malaria prophylaxis. "
            "CTH preferred. $44-52/hr." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="vaccine order with SSN-shaped PO number",
        notes="Hard negative: purchase order number formatted like an SSN on a vaccine order; no patient.",
        frm=f"Orders <orders@{WTH}>",
        to="orders@rockymedsupply.com",
        subject="PO 512-44-7781 - Ixiaro and Vivotif",
        body="Please ship on PO 512-44-7781:\n- Ixiaro 10 x 1 dose\n- Vivotif capsules 20 packs\nShip to suite 410, attn receiving. Net 30."
        + SIG,
    ),
    Spec(
        phi=False,
        category="accountant month-end package",
        notes="Financial summary to outside accountant; no patient data.",
        frm=f"Operations <ops@{WTH}>",
        to="k.ames@frontrangecpa.com",
        subject="September close",
        body="Karen - bank recs and the AP aging are in the shared folder. Revenue was $318k, vaccine COGS $142k. Let me know if you need the lease schedule.",
    ),
    Spec(
        phi=False,
        category="measles advisory to partner clinics",
        notes="Hard negative: public-health advisory on measles at destinations; no individual.",
        frm=f"Dr. Samir Qadri <sqadri@{WTH}>",
        to="clinicians@frontrangefamilymed.com",
        subject="Measles: check MMR before international travel",
        body="Measles outbreaks continue in several destinations popular this winter. Infants 6-11 months travelling abroad should get an early MMR dose; adults born after 1957 need two documented doses."
        + SIG,
    ),
    Spec(
        phi=False,
        category="de-identified journal club case",
        notes="Hard negative: de-identified teaching case (age band, region, no names or dates) for journal club.",
        frm=f"Dr. Samir Qadri <sqadri@{WTH}>",
        to="journalclub@rockymountainidsociety.org",
        subject="Case for Nov journal club",
        body=(
            "De-identified case: a traveller in their 30s returned from East Africa with fever and eosinophilia "
            "several weeks after freshwater exposure. Serology later supported acute schistosomiasis (Katayama). "
            "Discussion: timing of praziquantel. No identifiers included." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="rabies PEP webinar invite",
        notes="Calendar invite for a clinician webinar on rabies PEP; no patient.",
        frm=f"Education <education@{WTH}>",
        to="clinicians@frontrangefamilymed.com",
        subject="Webinar: rabies PEP abroad - what to do when HRIG isn't available",
        body="Join us for a 45-minute case-free update." + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Wayfarer//Edu//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:wth-edu-0412@wayfarertravelhealth.com\r\nDTSTAMP:20261019T140000Z\r\n"
            "DTSTART:20261105T000000Z\r\nDTEND:20261105T004500Z\r\nSUMMARY:Rabies PEP abroad (webinar)\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="corporate travel health price list",
        notes="Pricing PDF and workbook for a corporate client's group programme; no individual.",
        frm=f"Corporate Travel Health <corporate@{WTH}>",
        to="procurement@ardentminingco.com",
        subject="2027 pricing for your rotational workforce",
        body="Attached are our 2027 corporate rates and a volume scenario sheet." + SIG,
        atts=(
            Att(
                "Wayfarer_2027_corporate_rates.pdf",
                "application/pdf",
                pdf(
                    [
                        "WAYFARER TRAVEL HEALTH - CORPORATE RATES 2027",
                        "Pre-travel consultation: $95",
                        "Yellow fever vaccine: $205   Typhoid (injectable): $120",
                        "On-site group clinics: quoted per day",
                    ],
                    "Corporate rates 2027",
                ),
            ),
            Att(
                "volume_scenarios.xlsx",
                XLSX,
                xlsx(
                    {
                        "Scenario A": [
                            ["Item", "Qty", "Unit"],
                            ["Consult", 120, 95],
                            ["YF", 60, 205],
                        ],
                        "Scenario B": [
                            ["Item", "Qty", "Unit"],
                            ["Consult", 200, 90],
                            ["YF", 110, 199],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="provider directory update with NPIs",
        notes="Hard negative: clinician names, specialties and NPIs sent to a payer's provider-data team; no patient.",
        frm=f"Credentialing <credentialing@{WTH}>",
        to="providerdata@summitridgehealthplan.com",
        subject="Directory update - add two clinicians",
        body=(
            "Please add to our group record:\n"
            "- Jun Takeda, MD, Internal Medicine / Travel Medicine, NPI: 1762039489\n"
            "- Samir Qadri, MD, Infectious Disease, NPI: 1883740155\n"
            "Group NPI 1549203374, practice location 2200 Larimer St Suite 410." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training scenario for staff",
        notes="Hard negative: privacy training with a fictitious 'Jane Roe' scenario explicitly marked as an example.",
        frm=f"Compliance <compliance@{WTH}>",
        to="allstaff@wayfarertravelhealth.net",
        subject="Annual privacy training - scenario 4",
        body=(
            "Scenario 4 (fictional): a caller says she is 'Jane Roe's' sister and asks whether Jane got her rabies shots. "
            "What do you do? Answer: verify authorisation on file before confirming anything, even that Jane is a patient. "
            "Quiz closes 31 October."
        ),
    ),
    Spec(
        phi=False,
        category="general vaccine advice to enquirer",
        notes="Hard negative: generic destination advice to a member of the public's gmail; nothing about their health or care.",
        frm=f"Front Desk <frontdesk@{WTH}>",
        to="wanderlust.kiko@gmail.com",
        subject="Re: Thailand vaccines question",
        body=(
            "Hi Kiko,\n\nThanks for reaching out. For most travellers to Thailand the CDC recommends being up to date on routine "
            "vaccines plus hepatitis A and typhoid; JE and rabies depend on itinerary. A consult is $95 and we have Saturday slots. "
            "Just reply if you'd like to book." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="clinic map image for event organiser",
        notes="PNG parking map sent to an event organiser; no health information.",
        frm=f"Events <events@{WTH}>",
        to="hello@milehighexpatmeetup.org",
        subject="Parking map for the travel-safety talk",
        body="Here's the map for attendees - visitor parking is level P2.",
        atts=(Att("parking_map.png", "image/png", png(10, 6, (60, 120, 200))),),
    ),
]
