"""St. Brendan's Hospital Spiritual Care and Volunteer Services outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import SBH, Att, Spec

SC = f"Spiritual Care Office <spiritualcare@{SBH}>"
CH = f"Chaplain Miriam Adeyemi <madeyemi@{SBH}>"
FR = f"Fr. Declan Moloney <dmoloney@{SBH}>"
VOL = f"Volunteer Services <volunteers@{SBH}>"
VC = f'"Pauline Strand, Volunteer Coordinator" <pstrand@{SBH}>'

CSIG = "\n\nPeace,\nChaplain Miriam Adeyemi, MDiv, BCC\nSpiritual Care | St. Brendan's Hospital | pager 555-0157"

HL7_CONSULT = (
    "MSH|^~\\&|EPIC|STBRENDANS|CHAPLAINCY|STBRENDANS|202603180640||ORM^O01|SB88120|P|2.3\r"
    "PID|1||SB0771245^^^SBH^MR||DELACROIX^ETIENNE||19440918|M\r"
    "PV1|1|I|ICU^4^B\r"
    "ORC|NW|CH5521\r"
    "OBR|1|CH5521||CHAPCONS^Chaplain consult|||202603180630|||||||||||Comfort care transition, family requests Catholic sacrament of anointing\r"
)

HL7_TEST = (
    "MSH|^~\\&|EPIC|STBRENDANS|CHAPLAINCY|STBRENDANS|202603170800||ORM^O01|TST0001|T|2.3\r"
    "PID|1||ZZTEST001^^^SBH^MR||ZZTEST^CHAPLAIN||19000101|U\r"
    "OBR|1|TST01||CHAPCONS^Chaplain consult|||202603170800|||||||||||INTERFACE TEST - NOT A PATIENT\r"
)

FHIR_REFERRAL = """{
  "resourceType": "ServiceRequest",
  "status": "active",
  "intent": "order",
  "code": {"text": "Spiritual care referral"},
  "subject": {"reference": "Patient/sb-30218", "display": "Yusuf Haddad"},
  "identifier": [{"system": "urn:sbh:mrn", "value": "SB3021877"}],
  "reasonCode": [{"text": "New diagnosis metastatic colon cancer; requests imam visit before Friday prayers"}],
  "requester": {"display": "Dr. Elaine Corbett, NPI: 1903774218"}
}
"""

VOL_ROSTER = {
    "Mon": [
        ["Volunteer", "Shift", "Post"],
        ["Gail Sutter", "8-12", "Main desk"],
        ["Omar Reyes", "12-4", "Gift shop"],
    ],
    "Tue": [
        ["Volunteer", "Shift", "Post"],
        ["Linda Cho", "8-12", "Surgical waiting"],
        ["Tom Farrow", "12-4", "Wayfinding"],
    ],
    "Wed": [
        ["Volunteer", "Shift", "Post"],
        ["Bernard Ames", "8-12", "Chapel"],
        ["Rosa Imbert", "12-4", "Pet therapy (Biscuit)"],
    ],
}

MESSAGES = [
    Spec(
        phi=True,
        category="Chaplain handoff list of patients",
        notes="Weekend chaplain handoff with patient names, rooms, diagnoses and spiritual needs.",
        frm=CH,
        to="oncall-chaplains@stbrendanshospital.org",
        subject="Weekend handoff",
        body=(
            "Weekend list:\n- ICU 4: Etienne Delacroix, comfort care, family wants anointing - Fr. Declan notified\n"
            "- 6N-612: Yusuf Haddad, new metastatic colon ca, imam visit Fri\n- L&D 9: Nicole & Sam Preto, fetal demise 38 wks, baptism/blessing requested\n"
            "- 3S-305: Gordon Ivey, alcohol withdrawal, wants AA chaplain contact" + CSIG
        ),
    ),
    Spec(
        phi=False,
        category="Chaplain on-call schedule",
        notes="On-call rota for chaplains; staff names only.",
        frm=SC,
        to="operators@stbrendanshospital.org",
        subject="Chaplain on-call, March 16-22",
        body="Mon-Wed: Chaplain Adeyemi (pager 555-0157)\nThu-Fri: Rev. Okafor (555-0158)\nSat-Sun: Fr. Moloney (555-0159)\nCatholic sacraments after 9 pm: call Fr. Moloney directly.",
    ),
    Spec(
        phi=True,
        category="Chaplain consult order HL7",
        notes="Hard positive: HL7 ORM chaplain consult with MRN, DOB and comfort-care reason; body only says 'consult attached'.",
        frm=SC,
        to="stmarysparish.office@gmail.com",
        subject="Consult for Father Brennan",
        body="Father, the consult is attached - the family asked for you specifically. Thank you.",
        atts=(Att("consult_5521.hl7", "application/hl7-v2", HL7_CONSULT),),
    ),
    Spec(
        phi=False,
        category="HL7 interface test message",
        notes="Hard negative: HL7 test message (processing ID T) with ZZTEST patient clearly marked as not a patient.",
        frm=SC,
        to="interfaces@stbrendanshospital.org",
        subject="Chaplain consult interface - test msg",
        body="Here is the test message we sent at 08:00; it never reached the chaplain worklist. Test patient only.",
        atts=(Att("test_consult.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=True,
        category="FHIR spiritual care referral to imam",
        notes="Hard positive: FHIR referral to a community imam naming patient, MRN and metastatic cancer.",
        frm=CH,
        to="imam.office@frederickislamiccenter.org",
        subject="Visit request",
        body="Imam Rahman, a patient has asked for you. Details attached (please keep confidential)."
        + CSIG,
        atts=(Att("referral.json", "application/fhir+json", FHIR_REFERRAL),),
    ),
    Spec(
        phi=False,
        category="Community clergy visiting policy",
        notes="Policy for visiting community clergy; no patients.",
        frm=SC,
        to="clergy-partners@lists.stbrendanshospital.org",
        subject="Visiting clergy badges - new process",
        body="Starting April 1, community clergy badges are issued at the main desk with photo ID. Please check in with the nursing station before any visit and do not ask staff for patient room numbers by phone.",
    ),
    Spec(
        phi=True,
        category="Bereavement card mailing list",
        notes="Hard positive: bereavement mailing list with decedents' names, date of death and next-of-kin addresses.",
        frm=SC,
        to="orders@mercycardsprinting.com",
        subject="March sympathy cards",
        body="Please print and mail the attached 3 cards with the standard verse.",
        atts=(
            Att(
                "sympathy_march.xlsx",
                XLSX,
                xlsx(
                    {
                        "Mail": [
                            ["Next of kin", "Address", "Decedent", "Died"],
                            [
                                "Helen Voss",
                                "14 Birch Ln, Walkersville MD 21793",
                                "Arthur Voss",
                                "2026-03-03",
                            ],
                            [
                                "Denise Oyler",
                                "902 Rt 15, Thurmont MD 21788",
                                "Carl Oyler",
                                "2026-03-06",
                            ],
                        ],
                        "Verse": [
                            ["Code", "Text"],
                            ["STD", "With sympathy from the staff of St. Brendan's"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Memorial service announcement",
        notes="Hard negative: annual interfaith remembrance service announcement; no named decedents.",
        frm=SC,
        to="community@lists.stbrendanshospital.org",
        subject="Annual Service of Remembrance - April 12",
        body="",
        html="<html><body><h3>Service of Remembrance</h3><p>Families of all who died at St. Brendan's in the past year are invited to the chapel on Sunday, April 12 at 3 pm. Candles will be lit for each of the 611 lives we remember.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Chaplain note to family email",
        notes="Chaplain email to patient's wife's personal mailbox about husband's extubation and prayers.",
        frm=CH,
        to="marthe.delacroix@gmail.com",
        subject="Etienne",
        body="Dear Marthe,\n\nI will be with you at 2 pm when the team removes the breathing tube. Fr. Declan anointed Etienne this morning. You are not alone."
        + CSIG,
    ),
    Spec(
        phi=True,
        category="Perinatal loss blessing certificate",
        notes="Hard positive: blessing certificate PDF with baby's name and stillbirth date, sent to parents.",
        frm=FR,
        to="nicole.preto@yahoo.com",
        subject="Blessing certificate for Lily",
        body="Nicole and Sam, the certificate from this morning's blessing is attached. I hold Lily and both of you in prayer.\n\nFr. Declan",
        atts=(
            Att(
                "blessing_lily_preto.pdf",
                "application/pdf",
                pdf(
                    [
                        "ST. BRENDAN'S HOSPITAL - SPIRITUAL CARE",
                        "Certificate of Blessing",
                        "Lily Rose Preto",
                        "Born still, March 15, 2026, 38 weeks",
                        "Parents: Nicole and Samuel Preto",
                    ],
                    "Certificate of Blessing",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Chapel mass times",
        notes="Mass and prayer schedule; no individuals.",
        frm=FR,
        to="allstaff@stbrendanshospital.org",
        subject="Holy Week schedule",
        body="Palm Sunday mass 10 am; Holy Thursday 6 pm; Good Friday service 3 pm; Easter mass 9 am. Muslim prayer room (B-114) open 24/7.",
    ),
    Spec(
        phi=True,
        category="Recovery chaplain referral 42 CFR Part 2",
        notes="Hard positive: referral to outside recovery ministry naming patient in alcohol withdrawal (substance use treatment).",
        frm=CH,
        to="newdawnrecovery@outlook.com",
        subject="Gordon",
        body="Pastor Lee, Gordon Ivey (3S-305) is in detox with us and asked to meet someone from New Dawn before discharge on Thursday. He's OK with you calling 555-0177."
        + CSIG,
    ),
    Spec(
        phi=False,
        category="Recovery meeting flyer",
        notes="Hard negative: AA/NA meeting schedule in the hospital chapel; general.",
        frm=SC,
        to="behavioralhealth@stbrendanshospital.org",
        subject="Chapel meeting times for your unit board",
        body="AA: Tue/Thu 7 pm chapel annex. NA: Sat 10 am. Open to patients, families and staff. Please post on the 3 South board.",
    ),
    Spec(
        phi=True,
        category="Advance directive help with patient details",
        notes="Chaplain sends completed advance directive DOCX for a named patient with DNR wishes and heart failure.",
        frm=CH,
        to="medicalrecords@stbrendanshospital.org",
        subject="Advance directive to scan",
        body="Please scan to the chart.",
        atts=(
            Att(
                "AD_Winifred_Lusk.docx",
                DOCX,
                docx(
                    [
                        "Maryland Advance Directive",
                        "Name: Winifred Lusk  DOB 01/22/1933",
                        "Condition: end-stage heart failure",
                        "I do not want CPR or mechanical ventilation.",
                        "Witness: Chaplain M. Adeyemi",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Advance directive blank form",
        notes="Hard negative: blank advance directive form with instructions; no patient.",
        frm=SC,
        to="clinic-frontdesk@stbrendanshospital.org",
        subject="Blank advance directive forms",
        body="Blank form attached for printing. Chaplains can help patients fill it in - page 555-0157.",
        atts=(
            Att(
                "AD_blank.docx",
                DOCX,
                docx(
                    [
                        "Maryland Advance Directive",
                        "Name: ____________  DOB: ________",
                        "Treatment preferences: ____________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Volunteer weekly roster",
        notes="Multi-sheet volunteer roster; volunteers are workforce, no patient info.",
        frm=VC,
        to="infodesk@stbrendanshospital.org",
        subject="Volunteer roster week of 3/16",
        body="Roster attached (one sheet per day).",
        atts=(Att("roster_0316.xlsx", XLSX, xlsx(VOL_ROSTER)),),
    ),
    Spec(
        phi=False,
        category="Volunteer TB test reminder",
        notes="Hard negative: volunteer health requirement reminder to volunteers' list; no individual's result.",
        frm=VOL,
        to="active-volunteers@lists.stbrendanshospital.org",
        subject="Annual TB screening and flu shot due",
        body="All volunteers must complete annual TB screening and flu vaccination by April 30. Employee Health walk-in hours: Mon-Fri 7-10 am.",
    ),
    Spec(
        phi=False,
        category="Volunteer applicant reference check",
        notes="Reference request for volunteer applicant; not a patient.",
        frm=VC,
        to="h.ambrose@ridgecrestschool.org",
        subject="Reference for Priya Venkat (volunteer applicant)",
        body="Ms. Ambrose, Priya Venkat listed you as a reference for our teen volunteer program. Could you reply with a few words about her reliability?",
    ),
    Spec(
        phi=False,
        category="Volunteer badge photo",
        notes="Volunteer ID badge photo to security; volunteer is workforce, no health info.",
        frm=VC,
        to="badging@stbrendanshospital.org",
        subject="Badge: Omar Reyes",
        body="New volunteer badge please, photo attached. Access: gift shop and main lobby.",
        atts=(Att("omar_reyes_badge.png", "image/png", png(5, 5, (200, 180, 150))),),
    ),
    Spec(
        phi=True,
        category="Volunteer visit request with patient",
        notes="Hard positive: request for a No One Dies Alone volunteer naming a patient actively dying in a room.",
        frm=VC,
        to="nodasvolunteers@lists.stbrendanshospital.org",
        subject="NODA vigil needed tonight",
        body="We need vigil volunteers for Mr. Albert Finch, 5W-518, 10 pm-6 am. He has no family. Nursing expects death within 24-48 hours.",
    ),
    Spec(
        phi=True,
        category="Pet therapy visit log with patient names",
        notes="Visit log CSV with patient names, rooms and units (psych, oncology) sent to therapy dog org.",
        frm=VC,
        to="coordinator@pawsforcomfort.org",
        subject="February visit log",
        body="Visit log for your grant report.",
        atts=(
            Att(
                "visits_feb.csv",
                "text/csv",
                "Date,Patient,Room,Unit,Dog\n2026-02-04,Lorraine Beale,2P-214,Inpatient Psychiatry,Biscuit\n2026-02-11,Kevin Tran,6N-608,Oncology,Biscuit\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Pet therapy aggregate report",
        notes="Hard negative: counts of visits by unit for the therapy dog org's grant; aggregate.",
        frm=VC,
        to="coordinator@pawsforcomfort.org",
        subject="Visit totals for your grant",
        body="Feb totals: 46 patient visits (psychiatry 18, oncology 15, pediatrics 13). Thanks to Biscuit and Rosa!",
    ),
    Spec(
        phi=True,
        category="Chaplain spiritual assessment note",
        notes="Forward of chaplain chart note with name, diagnosis and spiritual distress to patient's pastor.",
        frm=CH,
        to="pastor.jim.hollis@gmail.com",
        subject="Fw: visit note",
        body="Jim, with Mrs. Lusk's permission, here is my note so you can follow up at home.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm=CH,
            to=f"spiritualcare@{SBH}",
            subject="visit note",
            body="Pt Winifred Lusk, 92, end-stage CHF, DNR. Expresses fear of dying alone and guilt about estranged son. Prayer offered. Plan: f/u Thurs, contact pastor.",
        ),
    ),
    Spec(
        phi=False,
        category="Clinical pastoral education application",
        notes="CPE student application acknowledgement; no patients.",
        frm=SC,
        to="j.wamalwa@wesleyseminary.edu",
        subject="CPE summer unit - application received",
        body="Dear Joseph, we received your application for the summer CPE unit. Interviews are April 6-10.",
    ),
    Spec(
        phi=False,
        category="CPE verbatim de-identified",
        notes="Hard negative: CPE student verbatim with patient described only as 'Mr. A, 60s'; no identifiers.",
        frm=SC,
        to="cpe-peergroup@stbrendanshospital.org",
        subject="Verbatim for Thursday",
        body="Verbatim (de-identified per program rules): patient 'Mr. A', 60s, post-surgery. C1: How are you today? P1: Tired of being poked. C2: That sounds exhausting...",
        atts=(
            Att(
                "verbatim_deid.txt",
                "text/plain",
                "Patient: Mr. A (60s), de-identified\nC1: How are you today?\nP1: Tired of being poked.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare hospice referral from chaplain",
        notes="Hospice referral with patient name, MBI and diagnosis to outside hospice.",
        frm=CH,
        to="intake@valleyhospicemd.org",
        subject="Referral - family request",
        body="Referring Albert Finch, MBI: 5TK8-AW2-RN47, metastatic lung cancer, 5W-518. Palliative team asked Spiritual Care to send this; patient consented. Attending Dr. Soto, NPI: 1315852065."
        + CSIG,
    ),
    Spec(
        phi=True,
        category="Patient belongings release with SSN",
        notes="Hard positive: release form text to funeral home with decedent's SSN and date of death.",
        frm=SC,
        to="arrangements@kesslerfuneralhome.com",
        subject="Release paperwork",
        body="Attached as text for your records: decedent Carl Oyler, SSN 218-44-7391, died 3/6/2026 at 04:12, 6N. Personal effects with Spiritual Care.",
        atts=(
            Att(
                "release_oyler.txt",
                "text/plain",
                "Decedent: Carl Oyler\nSSN: 218-44-7391\nDate of death: 03/06/2026\nUnit: 6N\nEffects: wedding ring, rosary\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Funeral home partner list",
        notes="Hard negative: list of local funeral homes for families; no decedent.",
        frm=SC,
        to="socialwork@stbrendanshospital.org",
        subject="Funeral home list 2026",
        body="Updated list: Kessler (555-0121), Harmon & Sons (555-0122), Frederick Memorial Chapels (555-0123).",
    ),
    Spec(
        phi=True,
        category="Volunteer driver ride request",
        notes="Volunteer driver request naming patient, home address and dialysis schedule.",
        frm=VOL,
        to="drivers@lists.stbrendanshospital.org",
        subject="Ride needed Mon/Wed/Fri",
        body="Driver needed for Mrs. Irma Gallo, 27 Fox Hollow Rd, Myersville, to her dialysis chair at 6:30 am M/W/F starting 3/23. She uses a walker.",
    ),
    Spec(
        phi=True,
        category="Volunteer driver mileage log with riders",
        notes="Hard positive: mileage reimbursement log whose rows name riders and their infusion or dialysis destinations.",
        frm=VOL,
        to="accountspayable@stbrendanshospital.org",
        subject="Feb mileage - volunteer drivers",
        body="Please reimburse at $0.70/mi; log below.\n\nGail Sutter | 2/03 | I. Gallo -> dialysis | 18 mi\nGail Sutter | 2/05 | I. Gallo -> dialysis | 18 mi\nTom Farrow | 2/10 | Rosalind Pike -> Cancer Ctr infusion | 22 mi",
    ),
    Spec(
        phi=True,
        category="Chaplain visit statistics with names",
        notes="Hard positive: multi-sheet chaplain productivity workbook whose detail sheet lists patient names and visit reasons.",
        frm=SC,
        to="missionintegration@stbrendanshealth.org",
        subject="Feb spiritual care report",
        body="Summary and detail attached.",
        atts=(
            Att(
                "sc_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Metric", "Feb"],
                            ["Visits", 1204],
                            ["Deaths attended", 41],
                            ["Codes attended", 17],
                        ],
                        "Detail": [
                            ["Patient", "Unit", "Reason"],
                            ["Etienne Delacroix", "ICU", "End of life"],
                            ["Lorraine Beale", "2P", "Suicidal ideation support"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Sacramental wine storage request citing sponsor DEA",
        notes="Hard negative: lockbox request for sacramental wine citing a physician sponsor's DEA number; clinician identifier only, no patient.",
        frm=FR,
        to="pharmacy@stbrendanshospital.org",
        subject="Locked storage for sacramental wine",
        body="Could pharmacy spare one lockbox? Your form asks for prescriber info - I used Dr. Soto's, DEA BS4826131, as the department sponsor. No patient involved.",
    ),
    Spec(
        phi=False,
        category="Staff grief support notice",
        notes="Hard negative: staff support after a death of a colleague; workforce notice, no patient.",
        frm=SC,
        to="5west-staff@stbrendanshospital.org",
        subject="Support after Maria's passing",
        body="Our colleague Maria Lentz, RN, died suddenly this weekend. Chaplains will be on 5 West Tuesday 7-9 am and 7-9 pm. The EAP is at 555-0165.",
    ),
    Spec(
        phi=True,
        category="Scanned prayer request card text",
        notes="Hard positive: OCR of a chapel prayer card naming patient and her surgery, sent to parish prayer chain.",
        frm=SC,
        to="prayerchain@stjudefrederick.org",
        subject="prayer cards from chapel box",
        body="OCR from this week's cards (family requested parish prayers):\n\nPLEASE PRAY FOR MY DAUGHTER KAYLA BRIGHTWOOD (16) HAVING SPINAL FUSION FOR SCOLIOSIS WED 3/18 RM PEDS 4 - MOM",
    ),
    Spec(
        phi=True,
        category="HTML volunteer visit reminder to patient",
        notes="HTML-only reminder to a patient's gmail about a volunteer visit during her chemotherapy infusion.",
        frm=VOL,
        to="rosalind.pike@gmail.com",
        subject="Your companion volunteer on Thursday",
        body="",
        html="<html><body><p>Hi Rosalind,</p><p>Linda from our Infusion Companion program will sit with you during your chemo infusion on Thursday at 10 am in the Cancer Center, chair 14.</p><p>Volunteer Services</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Zip of chaplain visit notes to auditor",
        notes="Zip of chaplain notes with names and diagnoses sent to outside accreditation auditor.",
        frm=SC,
        to="surveyor@accredit-pastoral.org",
        subject="Sample documentation",
        body="As requested, 2 sample notes zipped.",
        atts=(
            Att(
                "notes_sample.zip",
                "application/zip",
                zipped(
                    {
                        "note1.txt": "Kevin Tran, 6N-608, leukemia relapse, anger at God, prayer declined.",
                        "note2.txt": "Gail Morrow, ICU 2, post-MVC, family vigil, blessing given.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Chapel volunteer invite",
        notes="Calendar invite for chapel volunteers' meeting; no patients.",
        frm=VC,
        to="chapel-volunteers@lists.stbrendanshospital.org",
        subject="Chapel volunteers quarterly meeting",
        body="See invite.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//StBrendans//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:chapelvol-q2@stbrendanshospital.org\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260407T230000Z\r\nDTEND:20260408T000000Z\r\nSUMMARY:Chapel volunteers meeting\r\nLOCATION:Chapel annex\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
]
