"""Outbound mail of the Solace Seas Cruises fleet medical department (36)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import SSC, Att, Spec

MC = f"Medical Centre - Solace Aurora <medical.aurora@{SSC}>"
FMO = f"Fleet Medical Operations <fleetmedical@{SSC}>"
SIG = "\n\nFleet Medical Operations | Solace Seas Cruises | 1050 Caribbean Way, Miami FL | +1 305-555-0163"
SHIPSIG = (
    "\n\nSenior Doctor, Solace Aurora\nSent via ship satellite link - please keep replies short"
)

_GUEST_COMPLAINT = Spec(
    phi=True,
    category="guest complaint",
    notes="inner guest complaint",
    frm="Patricia Lomax <patlomax52@yahoo.com>",
    to=f"guestrelations@{SSC}",
    subject="Formal complaint - medical centre, Aurora voyage AU1012",
    body=(
        "I am a type 1 diabetic and on 11 October my blood sugar dropped to 2.1 at the pool deck. The medical centre "
        "took 25 minutes to reach me and charged me $780 for glucagon and an IV. I expect a full refund. "
        "Patricia Lomax, cabin 8231, booking SS-5490117"
    ),
)

MESSAGES = [
    Spec(
        phi=True,
        category="medical disembarkation notice to port agent",
        notes="Guest name, cabin and suspected myocardial infarction with ambulance request sent to port agent.",
        frm=MC,
        to="ops@cozumelportagency.mx",
        subject="MEDICAL DISEMBARKATION - Aurora - Cozumel 21 Oct 0700",
        body=(
            "Please arrange ACLS ambulance at pier for 07:00.\nGuest: Mr. Harold Brinkworth, 74, cabin 6117, booking SS-5488903\n"
            "Suspected inferior STEMI, aspirin/ticagrelor/heparin given on board, stable on 2 L O2.\n"
            "Destination: Hospital Costamed Cozumel, cardiology aware. Wife travelling with him."
            + SHIPSIG
        ),
    ),
    Spec(
        phi=True,
        category="isolation notice to hotel director",
        notes="Hard positive: cabin number and surname tied to norovirus isolation in a housekeeping instruction.",
        frm=MC,
        to=f"hotel.director.aurora@{SSC}",
        subject="cabin 7148",
        body="Ms. Ruiz in 7148 - GI isolation through Thurs 0800 (noro suspected). Room service only, stewards full PPE, no turndown. Thx",
    ),
    Spec(
        phi=True,
        category="medical centre charges to guest",
        notes="HTML-only medical folio to guest's gmail listing consultation and anti-emetic injection charges.",
        frm=f"Guest Accounts <guestaccounts@{SSC}>",
        to="kenji.oduya@gmail.com",
        subject="Your onboard medical centre charges",
        body="",
        html=(
            "<html><body><p>Dear Mr. Kenji Oduya,</p><table border='1'><tr><td>14 Oct</td><td>Medical consultation (seasickness)</td><td>$145.00</td></tr>"
            "<tr><td>14 Oct</td><td>Promethazine 25 mg injection</td><td>$62.00</td></tr></table>"
            "<p>These charges have been posted to your shipboard account (booking SS-5501264). Keep this for your travel insurer.</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="crew pre-employment medical result to manning agency",
        notes="Crew member's name with hypertension on amlodipine and fit-with-restrictions outcome sent to manning agency.",
        frm=FMO,
        to="medical@bayanihanmanning.ph",
        subject="PEME review - Dizon, Jomar (galley)",
        body=(
            "Jomar Dizon, DOB 1990-05-17, seafarer book SB0447129: FIT with restrictions. BP 148/94 on amlodipine 5 mg; "
            "must carry 6 months' supply and have BP checked monthly by the ship doctor. No work aloft."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="FHIR encounter for shoreside transfer",
        notes="Hard positive: body has no names; the FHIR bundle identifies the guest and her sepsis transfer.",
        frm=MC,
        to="transfers@nassaudoctorshospital.bs",
        subject="tonight's transfer",
        body="See attached for tonight's transfer. ETA pier 22:30.",
        atts=(
            Att(
                "transfer_encounter.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": ['
                '{"resource": {"resourceType": "Patient", "id": "ssc-g-5512093", "name": [{"family": "Whitcombe", "given": ["Beverley"]}], "birthDate": "1948-09-02"}},'
                '{"resource": {"resourceType": "Encounter", "status": "in-progress", "class": {"code": "EMER"}, "subject": {"reference": "Patient/ssc-g-5512093"}, '
                '"reasonCode": [{"text": "Urosepsis, hypotension, lactate 4.2"}]}}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="medical records to travel insurer",
        notes="PDF medical report naming guest with fractured wrist sent to guest's travel insurer.",
        frm=FMO,
        to="claims@bluewatertravelcover.com",
        subject="Claim BWT-77120 - medical report",
        body="As authorised by the guest, the ship's medical report is attached." + SIG,
        atts=(
            Att(
                "medical_report_BWT-77120.pdf",
                "application/pdf",
                pdf(
                    [
                        "SOLACE SEAS CRUISES - SHIPBOARD MEDICAL REPORT",
                        "Guest: Linnea Faulkner   DOB 1966-07-29   Booking SS-5479320",
                        "Seen 09 Oct 2026: fall on wet deck, distal radius fracture (X-ray), backslab applied",
                        "Treatment: paracetamol, tramadol 50 mg. Advised orthopaedic follow-up ashore.",
                    ],
                    "Medical report",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ECG image to on-call cardiologist",
        notes="Hard positive: guest surname and cabin appear only in the ECG PNG file name.",
        frm=MC,
        to="oncall@telecardioconsult.com",
        subject="ECG for review please - 2nd attempt",
        body="Irregular narrow-complex tachycardia ~150, BP OK. AF vs flutter? Want to know before I give anything.",
        atts=(Att("ecg_cabin9021_Holloway_1943.png", "image/png", png(16, 4, (240, 240, 240))),),
    ),
    Spec(
        phi=True,
        category="dialysis booking at port",
        notes="Hard positive: no diagnosis is named, but booking holiday dialysis for a named guest reveals kidney failure.",
        frm=f"Special Needs Desk <accessibility@{SSC}>",
        to="travel.dialysis@juneaukidneycenter.com",
        subject="Holiday dialysis - Solace Horizon, 4 May 2027",
        body=(
            "Please confirm a chair for our guest Mr. Desmond Achebe-Lowry (booking SS-5530871) on 4 May 2027, 08:00-12:00, "
            "while Solace Horizon is in Juneau. His home unit (Tri-County Dialysis) will send hepatitis serology and the "
            "treatment prescription directly." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="crew sick list to fleet medical director",
        notes="CSV of named crew with complaints, fitness status and days off work.",
        frm=MC,
        to=f"fleet.medical.director@{SSC}",
        subject="Aurora crew sick list 19 Oct",
        body="Daily sick list attached." + SHIPSIG,
        atts=(
            Att(
                "aurora_crew_sick_1019.csv",
                "text/csv",
                "crew_id,name,dept,complaint,status,days_off\n"
                "C20419,Anan Wongsakul,Deck,lumbar strain,unfit,2\n"
                "C21877,Milica Petrovic,Spa,tonsillitis,unfit,3\n"
                "C19022,Ravi Goonetilleke,Engine,burn R hand 2nd deg,light duty,5\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="oxygen concentrator delivery instruction",
        notes="Hard positive: initial, surname, booking and cabin with oxygen equipment delivery implying a respiratory condition.",
        frm=f"Special Needs Desk <accessibility@{SSC}>",
        to="orders@oceanoxygenrentals.com",
        subject="Delivery confirmation - Horizon 25 Oct embarkation",
        body="Pls confirm POC delivery (Inogen, 2 batteries) for B. Kaminski, booking SS-5518230, deck 10 cabin 10022, before 11:00 at Terminal F.",
    ),
    Spec(
        phi=True,
        category="forwarded guest complaint to outside counsel",
        notes="Hard positive: cover note only; the forwarded guest e-mail reveals her diabetes, hypoglycaemia and treatment.",
        frm=FMO,
        to="maritime@harrowgatekline.com",
        subject="FW: Formal complaint - medical centre, Aurora voyage AU1012",
        body="Counsel - privileged. Complaint below; our response times log is being pulled. Please advise before we reply.",
        forward=_GUEST_COMPLAINT,
    ),
    Spec(
        phi=True,
        category="guest injury incident report to P&I club",
        notes="DOCX incident report naming guest with head laceration and concussion sent to P&I insurer.",
        frm=FMO,
        to="claims@northatlanticpandi.com",
        subject="Incident notification - Solace Meridiana, 12 Oct",
        body="Incident report attached for your file." + SIG,
        atts=(
            Att(
                "incident_SM_1012.docx",
                DOCX,
                docx(
                    [
                        "Solace Seas Cruises - Guest Injury Report",
                        "Guest: Florian Meissner, age 52, cabin 4410",
                        "Tripped on the gangway threshold at 14:20. Scalp laceration 4 cm, sutured. Brief loss of consciousness; concussion observation 12 h.",
                        "Witness: deck officer on duty.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="voyage medical log workbook to shoreside",
        notes="Multi-sheet workbook of named guest and crew consultations with diagnoses and treatments.",
        frm=MC,
        to=f"medical.records@{SSC}",
        subject="Voyage AU1012 medical log",
        body="End-of-voyage log for archiving." + SHIPSIG,
        atts=(
            Att(
                "AU1012_medical_log.xlsx",
                XLSX,
                xlsx(
                    {
                        "Guests": [
                            ["Date", "Name", "Cabin", "Complaint", "Treatment"],
                            [
                                "2026-10-11",
                                "Patricia Lomax",
                                "8231",
                                "Hypoglycaemia",
                                "Glucagon, IV dextrose",
                            ],
                            [
                                "2026-10-13",
                                "Sven Arvidsson",
                                "5102",
                                "Otitis externa",
                                "Ciprofloxacin drops",
                            ],
                        ],
                        "Crew": [
                            ["Date", "Name", "Crew ID", "Complaint", "Treatment"],
                            [
                                "2026-10-12",
                                "Joseph Mensah",
                                "C22041",
                                "Cellulitis",
                                "Flucloxacillin",
                            ],
                        ],
                        "Summary": [["Type", "Count"], ["Guest visits", 2], ["Crew visits", 1]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="crew dental appointment invite",
        notes="Calendar invite to crew member's gmail naming her and a dental extraction at a port clinic.",
        frm=f"Crew Medical <crewmedical@{SSC}>",
        to="nikhita.rao.sea@gmail.com",
        subject="Dental appointment in Nassau - Nikhita Rao",
        body="Nikhita, your extraction (tooth 36) is booked ashore. Take the 09:15 crew shuttle; bring your crew ID."
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Solace//CrewMed//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:ssc-crewmed-4471@solaceseas.com\r\nDTSTAMP:20261019T130000Z\r\n"
            "DTSTART:20261023T140000Z\r\nDTEND:20261023T150000Z\r\nSUMMARY:Nikhita Rao - dental extraction (tooth 36)\r\n"
            "LOCATION:Harbourside Dental, Nassau\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="crew referral to employee assistance provider",
        notes="Crew member's name and panic attacks referred to the EAP counselling provider.",
        frm=f"Crew Medical <crewmedical@{SSC}>",
        to="intake@seafarerwellbeingline.org",
        subject="Referral - crew member Aurora",
        body=(
            "Please contact Tomasz Zielinski (crew ID C20733, bar team, WhatsApp +1 305-555-0188) for counselling. "
            "Two panic attacks on board this month, sleep disturbance since a family bereavement; no self-harm risk on screening. "
            "He consents to this referral." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="headerless pasted medical log rows",
        notes="Hard positive: pasted log rows with no headers linking surnames, cabins, ages and complaints/results.",
        frm=MC,
        to="deputy.doctor.horizon@solaceseas-medical.com",
        subject="last night",
        body=(
            "fyi from overnight, all sorted:\n\n"
            "0312 | Abernathy | 6044 | F 71 | chest pain | trop neg x2 | released\n"
            "0455 | Kovac | 9130 | M 38 | ETOH, lac chin | 5 sutures | released\n"
            "0610 | Delacroix | 3307 | F 29 | 11/40 PV bleed | obs, US ashore Nassau |\n\nD."
        ),
    ),
    Spec(
        phi=True,
        category="crew immunization record text file",
        notes="Hard positive: crew member's name appears in the TXT file name and content listing MMR and hepatitis B vaccinations.",
        frm=f"Crew Medical <crewmedical@{SSC}>",
        to="audit@panamamaritimehealth.org",
        subject="Requested record (audit item 14)",
        body="As requested for audit item 14.",
        atts=(
            Att(
                "crew_imm_Ferreira_L.txt",
                "text/plain",
                "SOLACE SEAS CRUISES - CREW IMMUNIZATION RECORD\nName: Luana Ferreira  Crew ID: C18820  DOB 1994-03-03\n"
                "MMR x2 (2009, 2026-01-14)\nHep B x3, anti-HBs 112 mIU/mL\nInfluenza 2026-09-30\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fit-to-sail pregnancy clearance to guest",
        notes="Reply to guest's hotmail naming her and confirming pregnancy gestation clears the sailing policy.",
        frm=f"Special Needs Desk <accessibility@{SSC}>",
        to="samira.yusuf.home@hotmail.com",
        subject="Re: sailing while pregnant - booking SS-5527714",
        body=(
            "Dear Mrs. Yusuf,\n\nThank you for sending your obstetrician's letter. As you will be 19 weeks pregnant on the "
            "embarkation date (14 November) and your pregnancy is described as uncomplicated, you may sail. Please carry the "
            "letter with you; the ship's medical centre can't manage obstetric emergencies, so travel insurance is essential."
            + SIG
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="aggregate GI illness report to public health",
        notes="Hard negative: aggregate gastrointestinal illness counts by voyage sent to the public-health programme; no individuals.",
        frm=FMO,
        to="vsp.reports@cdc-vesselsanitation.org",
        subject="GI illness report - Solace Aurora voyage AU1019",
        body="Cumulative report attached: 14 guests and 3 crew (1.2%) with AGE symptoms as of day 4. No names are reported at this stage."
        + SIG,
        atts=(
            Att(
                "AU1019_GI_report.csv",
                "text/csv",
                "voyage,day,guest_cases,crew_cases,guests_onboard,crew_onboard\nAU1019,1,2,0,1180,512\nAU1019,2,5,1,1180,512\nAU1019,4,14,3,1180,512\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ship doctor bios for website",
        notes="Hard negative: ship physicians' bios mentioning conditions they manage; no patient.",
        frm=FMO,
        to="web.content@solaceseas-digital.com",
        subject="Medical team bios for the 'Care at sea' page",
        body=(
            "Dr. Sven Aalto - emergency physician, 12 years at sea, special interest in cardiac arrest and sepsis management.\n"
            "Dr. Chiamaka Eze - family medicine, formerly rural Alaska; manages diabetes, COPD and minor surgery on board."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="accessible cruising marketing email",
        notes="HTML-only marketing mail about accessibility services sent to a broad list; no condition implied for any recipient.",
        frm=f"Solace Seas <offers@{SSC}>",
        to="all-subscribers@lists.solaceseas.com",
        subject="Cruising for everyone: accessible staterooms for 2027",
        body="",
        html="<html><body><h2>Accessible cruising</h2><p>Roll-in showers, hearing loops and our Special Needs Desk make every voyage easier. Book 2027 now.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="special-needs policy with form field names",
        notes="Hard negative: policy DOCX listing the fields of the special-needs form (guest name, booking, diagnosis); no data.",
        frm=f"Special Needs Desk <accessibility@{SSC}>",
        to="agents@wavecresttravelagency.com",
        subject="Updated special-needs policy for travel partners",
        body="Please share the attached policy with clients who will bring medical equipment."
        + SIG,
        atts=(
            Att(
                "special_needs_policy_2027.docx",
                DOCX,
                docx(
                    [
                        "Solace Seas Cruises - Special Needs Policy 2027",
                        "Guests bringing oxygen, CPAP or dialysis needs must submit the form at least 30 days before sailing.",
                        "Form fields: Guest name, Booking number, Diagnosis, Equipment, Physician contact.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fleet drug shortage notice",
        notes="Hard negative: drug backorder and substitution notice to ship medical centres; no individual.",
        frm=FMO,
        to="all.medical.centres@solaceseas-medical.com",
        subject="Backorder: ondansetron 4 mg/2 mL injection",
        body="Our wholesaler has ondansetron injection on backorder until December. Use ODT tablets first line; promethazine IM remains in stock. Update the formulary binder."
        + SIG,
    ),
    Spec(
        phi=False,
        category="medical supply purchase order",
        notes="Purchase order PDF for medical supplies; no patients.",
        frm=f"Medical Procurement <medprocurement@{SSC}>",
        to="orders@maritimemedsupply.com",
        subject="PO SSC-MED-88410 - Aurora restock",
        body="PO attached. Deliver to Port Everglades, berth 21, by 24 Oct." + SIG,
        atts=(
            Att(
                "PO_SSC-MED-88410.pdf",
                "application/pdf",
                pdf(
                    [
                        "SOLACE SEAS CRUISES - PURCHASE ORDER SSC-MED-88410",
                        "Vessel: Solace Aurora",
                        "IV cannula 20G x 200; Normal saline 1 L x 120; AED pads adult x 10",
                        "Deliver: Port Everglades berth 21, 24 Oct 2026",
                    ],
                    "PO SSC-MED-88410",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="onboard norovirus notice to all guests",
        notes="Hard negative: general hygiene notice to all guests about GI illness on board; no individual.",
        frm=f"Captain's Office <captain.aurora@{SSC}>",
        to="guests-au1019@lists.solaceseas.com",
        subject="A message from the Captain about hand hygiene",
        body="Dear guests, a number of people on board have reported stomach upsets. Please wash your hands often, use the sanitiser at restaurant entrances, and call the medical centre (dial 911) if you feel unwell. Consultations for GI symptoms are free on this voyage.",
    ),
    Spec(
        phi=False,
        category="mass casualty drill casualty cards",
        notes="Hard negative: drill casualty cards explicitly marked fictitious, with simulated injuries.",
        frm=FMO,
        to="safety.officer.horizon@solaceseas-medical.com",
        subject="MCI drill Thursday - casualty cards",
        body=(
            "DRILL - FICTITIOUS CASUALTIES ONLY\nCasualty 1: 'Volunteer A', simulated 20% burns\n"
            "Casualty 2: 'Volunteer B', simulated tension pneumothorax\nCasualty 3: 'Volunteer C', walking wounded\n"
            "Moulage kit in medical store 2."
        ),
    ),
    Spec(
        phi=False,
        category="crew CPR training invite",
        notes="Calendar invite for crew CPR refresher; no health information.",
        frm=f"Crew Medical <crewmedical@{SSC}>",
        to="department.heads.aurora@solaceseas-medical.com",
        subject="CPR/AED refresher - sign-up",
        body="Two sessions in the crew training room. Please send 4 people per department." + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Solace//Training//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:ssc-cpr-1022@solaceseas.com\r\nDTSTAMP:20261019T130000Z\r\n"
            "DTSTART:20261022T190000Z\r\nDTEND:20261022T200000Z\r\nSUMMARY:CPR/AED refresher (crew)\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="fleet medical statistics workbook",
        notes="Hard negative: multi-sheet aggregate medical statistics by ship and month; no individuals.",
        frm=FMO,
        to="vp.guest.experience@solaceseas-corp.com",
        subject="Fleet medical stats Q3",
        body="Q3 numbers attached; disembarkations are down 11%." + SIG,
        atts=(
            Att(
                "fleet_medical_Q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Consultations": [
                            ["Ship", "Guests", "Crew"],
                            ["Aurora", 1422, 610],
                            ["Horizon", 1308, 577],
                            ["Meridiana", 990, 401],
                        ],
                        "Disembarkations": [
                            ["Ship", "Medical disembarkations"],
                            ["Aurora", 17],
                            ["Horizon", 12],
                            ["Meridiana", 9],
                        ],
                        "Top complaints": [
                            ["Complaint", "Share"],
                            ["Seasickness", 0.21],
                            ["Respiratory", 0.18],
                            ["Injury", 0.15],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ship nurse job posting",
        notes="Hard negative: job ad describing emergencies nurses handle; no patient.",
        frm=f"Marine HR <marinehr@{SSC}>",
        to="listings@seagoingcareers.com",
        subject="Job: Ship Nurse (ACLS/PALS) - 4-month contracts",
        body="You'll triage everything from seasickness to STEMI, run the crew vaccination programme and assist with medical evacuations. ACLS, PALS and 3 years ED/ICU required."
        + SIG,
    ),
    Spec(
        phi=False,
        category="AED maintenance schedule with device serials",
        notes="Hard negative: AED device serial numbers for maintenance; equipment, not patient devices.",
        frm=f"Medical Procurement <medprocurement@{SSC}>",
        to="service@lifepulsedevices.com",
        subject="AED service visit - Horizon, 25 Oct",
        body="Units due: SN LP15-0047712 (deck 5 atrium), SN LP15-0047719 (deck 12 pool), SN LP15-0047730 (crew mess). Batteries and pads to be replaced. Technician needs a port pass by Wednesday."
        + SIG,
    ),
    Spec(
        phi=False,
        category="blank pre-boarding health forms zip",
        notes="Hard negative: zip of blank health questionnaire and fit-to-sail templates; no filled data.",
        frm=f"Special Needs Desk <accessibility@{SSC}>",
        to="agents@wavecresttravelagency.com",
        subject="Blank forms pack (2027 sailings)",
        body="Blank forms for your clients, as requested." + SIG,
        atts=(
            Att(
                "blank_forms_2027.zip",
                "application/zip",
                zipped(
                    {
                        "pre_boarding_health_questionnaire.txt": "Have you had fever, vomiting or diarrhoea in the last 48 hours? [Y/N]\nGuest name: ____\nCabin: ____\n",
                        "fit_to_sail_certificate_TEMPLATE.txt": "I certify that ______ is fit to travel by sea. Physician signature: ____\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="reply to travel agent about onboard medical fees",
        notes="Generic answer about medical centre services and fees; no guest.",
        frm=f"Guest Accounts <guestaccounts@{SSC}>",
        to="bookings@wavecresttravelagency.com",
        subject="Re: medical centre fees question",
        body="Hi Lorraine, our medical centres charge $145 per consultation during hours and $195 after hours; medications are extra. We recommend all guests buy travel insurance with medical evacuation cover."
        + SIG,
    ),
    Spec(
        phi=False,
        category="candidate acknowledgement to applicant",
        notes="Recruiting acknowledgement to an applicant's gmail; no health information.",
        frm=f"Marine HR <marinehr@{SSC}>",
        to="dr.amaal.hussein@gmail.com",
        subject="Your application - Ship Physician",
        body="Dear Dr. Hussein, thank you for applying for the Ship Physician role. We will contact shortlisted candidates by 6 November."
        + SIG,
    ),
    Spec(
        phi=False,
        category="controlled-substance order with ship physician DEA",
        notes="Hard negative: ship physician's DEA and NPI on a controlled-drug order to the wholesaler; no patient.",
        frm=FMO,
        to="csos@maritimemedsupply.com",
        subject="CII order - Aurora narcotics cabinet",
        body="Ordering physician: Dr. Sven Aalto, DEA FM5620198, NPI: 1655173023. Morphine 10 mg/mL x 10, fentanyl 100 mcg/2 mL x 5. Form 222 number on file."
        + SIG,
    ),
    Spec(
        phi=False,
        category="HL7 interface test with declared test patient",
        notes="Hard negative: HL7 ADT test message with an explicitly fake test patient sent to a shore hospital interface team.",
        frm=f"Shipboard IT <shipit@{SSC}>",
        to="interfaces@nassaudoctorshospital.bs",
        subject="Interface test - fake patient ZZZTEST",
        body="Test message only, fake patient ZZZTEST^NOTREAL. Please confirm your engine ACKs it.",
        atts=(
            Att(
                "adt_test.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|SEACARE|SSC|HIS|NDH|202610191100||ADT^A04|TEST0001|T|2.5.1\r"
                "PID|1||TEST000^^^SSC^MR||ZZZTEST^NOTREAL||19000101|U\r"
                "PV1|1|E\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="medical centre floor plan for refit contractor",
        notes="PNG floor plan for a refit contractor; no health information.",
        frm=f"Medical Procurement <medprocurement@{SSC}>",
        to="projects@drydockinteriors.com",
        subject="Deck 2 medical centre layout",
        body="Current layout for the January drydock. Isolation room door needs to swing outward.",
        atts=(Att("deck2_medical_layout.png", "image/png", png(20, 12, (230, 230, 200))),),
    ),
]
