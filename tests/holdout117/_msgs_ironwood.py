"""Ironwood Correctional Health Services (jail and prison health services contractor): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nIronwood Correctional Health Services\nCalder County Jail Medical Unit | 410 Foundry Rd, Port Selden, WA 98368\n(360) 555-0110 | fax (360) 555-0111"
CONF = "\n\nCONFIDENTIALITY: This message may contain health information protected by state and federal law. If you received it in error, delete it and call (360) 555-0110."

MESSAGES = [
    Spec(
        phi=True,
        category="release continuity-of-care summary to community clinic",
        notes="Continuity-of-care PDF for a man released from jail naming him, his DOB, buprenorphine dose and hepatitis C status, sent to the community clinic taking over his care.",
        frm="Marisol Trent RN <mtrent@ironwoodch.com>",
        to="intake@olympicbaycommunityhealth.org",
        subject="Release continuity summary - appointment requested",
        body="Hello Olympic Bay intake team,\n\nOne of our patients was released this morning and listed your clinic as his provider. The continuity summary is attached; he left with a 7-day bridge supply and needs to be seen before it runs out. He has your address and phone.\n\nThank you,\nMarisol Trent RN\nDischarge Planning Nurse"
        + SIG
        + CONF,
        atts=(
            Att(
                "Continuity_Summary_Release_2026-10-05.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONWOOD CORRECTIONAL HEALTH SERVICES - RELEASE CONTINUITY OF CARE",
                        "Facility: Calder County Jail   Booking #: 26-04102   Release: 10/05/2026",
                        "Patient: Gideon Farraday   DOB: 03/17/1988",
                        "Active problems: Opioid use disorder (F11.20), chronic hepatitis C (B18.2)",
                        "MOUD: buprenorphine/naloxone 16/4 mg SL daily since 08/22/2026",
                        "Bridge supply: 7 days dispensed at release",
                        "HCV RNA 09/14/2026: 1.8 million IU/mL - not yet treated",
                        "Allergies: penicillin (rash)",
                        "Follow-up requested: MOUD induction continuation, HCV treatment evaluation",
                    ],
                    "Release continuity summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT release feed to county HIE",
        notes="Hard positive: HL7 ADT^A03 batch to the health information exchange whose PID segments carry inmates' names, DOBs and addresses with discharge diagnoses.",
        frm="Interface Engine <hl7-out@ironwoodch.com>",
        to="inbound-adt@pugetsoundhie.org",
        subject="ADT batch CCJ 20261006 0600",
        body="Automated ADT batch from Ironwood CCJ medical unit. 2 messages. Acknowledge with ACK per interface spec v2.3.",
        atts=(
            Att(
                "CCJ_ADT_20261006_0600.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|IRONWOOD|CCJ_MED|PSHIE|PSHIE|202610060600||ADT^A03|CCJ260410|P|2.5.1\r"
                "EVN|A03|202610060541\r"
                "PID|1||CCJ26-04177^^^IRONWOOD^MR||OYELARAN^TOBI^A||19950604|M|||2214 Weller Ave^^Port Selden^WA^98368\r"
                "PV1|1|I|CCJ_MED^INF^02|||||||||||||||||||||||||||||||||||||||202610010915|202610060540\r"
                "DG1|1||J18.9^Pneumonia, unspecified organism^I10\r"
                "MSH|^~\\&|IRONWOOD|CCJ_MED|PSHIE|PSHIE|202610060600||ADT^A03|CCJ260411|P|2.5.1\r"
                "EVN|A03|202610060552\r"
                "PID|1||CCJ26-03958^^^IRONWOOD^MR||PELLETIER^DANA^M||19810912|F|||88 Cask Lane Apt 4^^Brennock^WA^98370\r"
                "PV1|1|I|CCJ_MED^INF^05|||||||||||||||||||||||||||||||||||||||202609280400|202610060551\r"
                "DG1|1||F10.231^Alcohol dependence with withdrawal delirium^I10\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="offsite oncology transport by booking number",
        notes="Hard positive: no name, but the booking number and DOB identify the inmate and the destination (oncology infusion) reveals chemotherapy.",
        frm="Offsite Scheduling <offsite@ironwoodch.com>",
        to="transport.sgt@caldercountysheriff.org",
        subject="Offsite transport needed Thu 10/8",
        body="Sgt. Harlow,\n\nPlease schedule a two-officer transport for Thursday 10/8:\n\nBooking 26-03311 (DOB 11/02/1969), H-pod\nDestination: St. Brigid Medical Center, Cancer Institute - Infusion Suite B, 3rd floor\nArrive 07:30, expect 5-6 hrs (cycle 3 of 6)\nNo restraints on the left arm (port site).\n\nThanks,\nLeah Oduya\nOffsite Scheduling Coordinator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="sick call triage log workbook to jail commander",
        notes="Multi-sheet sick-call workbook naming inmates with complaints, vital signs and dispositions, sent to the jail commander.",
        frm='"Renata Cole, HSA" <rcole@ironwoodch.com>',
        to="cmdr.walsh@caldercountysheriff.org",
        subject="Weekly sick call log + pending offsites",
        body="Commander Walsh,\n\nAs requested in the contract meeting, this week's sick call log and the pending offsite list are attached. Please keep distribution to your command staff.\n\nRenata Cole\nHealth Services Administrator"
        + SIG
        + CONF,
        atts=(
            Att(
                "CCJ_SickCall_wk40.xlsx",
                XLSX,
                xlsx(
                    {
                        "Sick call": [
                            [
                                "Date",
                                "Booking",
                                "Name",
                                "Housing",
                                "Complaint",
                                "BP",
                                "Disposition",
                            ],
                            [
                                "2026-09-28",
                                "26-03870",
                                "Ruelas, Hector",
                                "C-12",
                                "chest pain on exertion",
                                "162/98",
                                "EKG, MD today",
                            ],
                            [
                                "2026-09-29",
                                "26-04011",
                                "Brandt, Kayla",
                                "F-03",
                                "missed period, nausea",
                                "118/74",
                                "pregnancy test positive, OB referral",
                            ],
                            [
                                "2026-09-30",
                                "26-02977",
                                "Tso, Wilbur",
                                "B-07",
                                "refill insulin",
                                "140/88",
                                "glucose 286, NP visit",
                            ],
                        ],
                        "Pending offsites": [
                            ["Booking", "Name", "Specialty", "Reason", "Target date"],
                            [
                                "26-03311",
                                "Quill, Everett",
                                "Oncology",
                                "chemo cycle 3",
                                "2026-10-08",
                            ],
                            [
                                "26-03870",
                                "Ruelas, Hector",
                                "Cardiology",
                                "stress test",
                                "2026-10-14",
                            ],
                        ],
                        "Counts": [
                            ["Metric", "Value"],
                            ["Sick call requests", 74],
                            ["Seen within 24h", 71],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="texting-style withdrawal alert to on-call physician",
        notes="Hard positive: terse nurse-to-doctor note with a surname, housing cell and a CIWA score, identifying an inmate in alcohol withdrawal.",
        frm="CCJ Night Nurse <ccjnights@ironwoodch.com>",
        to="dr.abernathy@northsoundtelemed.com",
        subject="call pls",
        body="Dr A - Okafor bunk 3B-14 CIWA up to 19 from 11, HR 118, tremor++, had 2 of the librium doses. Want the 3rd early? pls call 555-0114\n-Jo",
    ),
    Spec(
        phi=True,
        category="pharmacy order CSV with prescriber DEA",
        notes="Pharmacy order CSV to the correctional pharmacy naming each inmate with the drug, dose and prescriber (NPI/DEA), so it reveals each patient's medication.",
        frm="CCJ Pharmacy Desk <pharmacy@ironwoodch.com>",
        to="orders@cascadecorrectionalrx.com",
        subject="CCJ order 10/06 - 3 new starts",
        body="New starts for tonight's delivery, prescriber Dr. Isaac Lindqvist (NPI 1450349737, DEA AK8782030). Hard copies of the C-II scripts go out by courier.\n\nTess Moreland, CPhT"
        + SIG,
        atts=(
            Att(
                "CCJ_order_1006.csv",
                "text/csv",
                "booking,inmate,dob,drug,sig,qty\n"
                "26-04130,Vance Ostrowski,1990-01-23,quetiapine 100 mg,1 tab PO QHS,30\n"
                "26-04133,Lorna Beckwith,1977-06-08,levetiracetam 500 mg,1 tab PO BID,60\n"
                "26-04141,Dorian Sato,2001-11-30,methadone 10 mg/mL,60 mg PO daily (OTP continuation),7 days\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837P claim for inmate offsite ER visit",
        notes="Hard positive: X12 837 professional claim whose subscriber and claim loops carry an inmate's name, DOB, diagnosis and procedure codes.",
        frm="Ironwood Billing <claims@ironwoodch.com>",
        to="edi@caldercountyriskpool.org",
        subject="837P submission ICH-1006-01",
        body="837P file for September offsite emergency services under the county inmate medical agreement. 1 claim, total $2,418.00.",
        atts=(
            Att(
                "ICH_837P_20261006.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*IRONWOODCH     *ZZ*CALDERRISK     *261006*0915*^*00501*000004417*0*P*:~"
                "GS*HC*IRONWOODCH*CALDERRISK*20261006*0915*4417*X*005010X222A1~"
                "ST*837*0001*005010X222A1~"
                "BHT*0019*00*ICH100601*20261006*0915*CH~"
                "NM1*85*2*IRONWOOD CORRECTIONAL HEALTH SERVICES*****XX*1439749387~"
                "NM1*IL*1*MAYFIELD*TERRENCE****MI*CCJ2603554~"
                "DMG*D8*19840215*M~"
                "CLM*CCJ2603554A*2418***23:B:1*Y*A*Y*Y~"
                "DTP*472*D8*20260919~"
                "HI*ABK:S62.521A*ABF:W22.8XXA~"
                "SV1*HC:99284*1640*UN*1***1~"
                "SV1*HC:29130*778*UN*1***1~"
                "SE*12*0001~GE*1*4417~IEA*1*000004417~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="grievance response forwarded to defense attorney",
        notes="Hard positive: cover note is bland but the forwarded grievance response names the client and describes his denied seizure medication and ER transfer.",
        frm="Medical Records <records@ironwoodch.com>",
        to="jpalacios@caldercountypd.org",
        subject="FW: Grievance 26-G-0318 response (per signed ROI)",
        body="Ms. Palacios,\n\nPer the authorization your office sent on 9/30, forwarding the medical grievance response below. The full chart copy will follow via the secure portal.\n\nKeisha Barlow\nMedical Records Clerk"
        + SIG,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm='"Renata Cole, HSA" <rcole@ironwoodch.com>',
            to="grievances@caldercountysheriff.org",
            subject="Grievance 26-G-0318 - medical response",
            body="Grievant: Anselm Whitford, booking 26-02815, D-pod.\n\nFinding: partially substantiated. Mr. Whitford's home lamotrigine was not verified until day 3 of custody (9/11-9/13). He had a breakthrough tonic-clonic seizure on 9/13 at 22:10 and was sent to St. Brigid ED; CT head negative, returned 9/14. Corrective action: verification of anti-epileptics within 12 hours of booking.\n\nRenata Cole, HSA",
        ),
    ),
    Spec(
        phi=True,
        category="chart copy zip to public defender",
        notes="Zip of a client's jail medical chart (progress notes and MAR) sent to his defense attorney under an authorization.",
        frm="Medical Records <records@ironwoodch.com>",
        to="dkhoury@caldercountypd.org",
        subject="Records request RR-26-0907 complete",
        body="Mr. Khoury,\n\nAttached are the records responsive to request RR-26-0907 (progress notes and medication administration record, 8/1/2026 to present). The zip is not password protected; please store it accordingly.\n\nKeisha Barlow\nMedical Records Clerk"
        + SIG,
        atts=(
            Att(
                "RR-26-0907_Lucero_M.zip",
                "application/zip",
                zipped(
                    {
                        "progress_notes.txt": "CALDER COUNTY JAIL MEDICAL - PROGRESS NOTES\nPatient: Mateo Lucero  Booking 26-03120  DOB 1993-05-21\n2026-08-02 MH intake: reports auditory hallucinations, hx schizophrenia, off meds x 2 mo.\n2026-08-04 Psychiatry (tele): start risperidone 2 mg QHS.\n2026-09-10 Refused meds x 4 days, placed on MH watch.\n",
                        "MAR_Aug-Sep.csv": "date,drug,dose,given\n2026-08-04,risperidone,2 mg,Y\n2026-08-05,risperidone,2 mg,Y\n2026-09-10,risperidone,2 mg,refused\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR bundle of TB and vaccine results for prison transfer",
        notes="Hard positive: FHIR JSON bundle to the state prison intake unit carrying an inmate's name, DOB, TB test result and immunizations.",
        frm="Interface Engine <fhir-out@ironwoodch.com>",
        to="intake.health@harlanridge-doc.wa.gov",
        subject="Transfer packet (FHIR) - CCJ to Harlan Ridge 10/07",
        body="Structured health transfer packet for tomorrow's chain bus. Paper MAR travels with the transport officer.",
        atts=(
            Att(
                "transfer_26-02204.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "ccj-26-02204", "name": [{"family": "Delgado-Ruiz", "given": ["Armando"]}], "birthDate": "1979-08-14", "gender": "male"}},\n'
                ' {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "QuantiFERON-TB Gold Plus"}, "subject": {"reference": "Patient/ccj-26-02204"}, "effectiveDateTime": "2026-09-02", "valueString": "Positive"}},\n'
                ' {"resource": {"resourceType": "Condition", "code": {"text": "Latent tuberculosis infection"}, "subject": {"reference": "Patient/ccj-26-02204"}}},\n'
                ' {"resource": {"resourceType": "Immunization", "status": "completed", "vaccineCode": {"text": "Td adult"}, "patient": {"reference": "Patient/ccj-26-02204"}, "occurrenceDateTime": "2026-09-02"}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound photo with identifying file name",
        notes="Hard positive: the body says almost nothing, but the PNG's file name carries the inmate's name, booking number and the abscess being photographed.",
        frm="Noor Haddad NP <nhaddad@ironwoodch.com>",
        to="woundconsult@stbrigidmedical.org",
        subject="photo for tomorrow's consult",
        body="Photo attached as discussed. Taken 10/5 14:20, after I&D on 10/2.\n\nNoor Haddad, ARNP",
        atts=(
            Att(
                "Delacroix_Jerome_bk26-04055_L-forearm_abscess_d3.png",
                "image/png",
                png(6, 6, (176, 92, 84)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="telepsychiatry follow-up invitation",
        notes="Calendar invite to the contract psychiatrist whose title and description name the inmate and his depression medication follow-up.",
        frm="Mental Health Scheduling <mhsched@ironwoodch.com>",
        to="s.varga@northsoundtelemed.com",
        subject="Invitation: Telepsych f/u - R. Marsh (26-03391) - Fri Oct 9 10:30",
        body="Telepsychiatry follow-up for Rowan Marsh, booking 26-03391. Sertraline started 9/18; he reports poor sleep. Video room 2.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Ironwood CH//Scheduling//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:ich-mh-26-03391-1009@ironwoodch.com\nDTSTAMP:20261005T160000Z\nDTSTART:20261009T173000Z\nDTEND:20261009T180000Z\n"
            "SUMMARY:Telepsych f/u - Rowan Marsh (26-03391)\nDESCRIPTION:Sertraline 50 mg started 9/18 for major depressive disorder. Reports poor sleep.\n"
            "LOCATION:CCJ Video Room 2\nORGANIZER:mailto:mhsched@ironwoodch.com\nATTENDEE:mailto:s.varga@northsoundtelemed.com\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="in-custody death notification to medical examiner",
        notes="Hard positive: HTML-only notice with a table giving a deceased inmate's name, DOB, time of death and the suspected overdose.",
        frm='"Renata Cole, HSA" <rcole@ironwoodch.com>',
        to="investigations@caldercountyme.org",
        subject="Notification - death in custody CCJ 10/04",
        body="",
        html=(
            "<html><body><p>Calder County Medical Examiner,</p><p>Per RCW notification requirements:</p>"
            "<table border='1' cellpadding='4'>"
            "<tr><th>Name</th><td>Shawn Everly Pruitt</td></tr>"
            "<tr><th>DOB</th><td>07/30/1991</td></tr>"
            "<tr><th>Booking</th><td>26-04160 (booked 10/03 23:40)</td></tr>"
            "<tr><th>Found</th><td>10/04 05:12, cell E-09, unresponsive</td></tr>"
            "<tr><th>Interventions</th><td>Naloxone 4 mg IN x2, CPR, AED no shock advised</td></tr>"
            "<tr><th>Pronounced</th><td>10/04 05:49 by Port Selden Fire medic</td></tr>"
            "<tr><th>Suspected</th><td>Fentanyl toxicity; reported use prior to booking</td></tr></table>"
            "<p>Body released to your investigator at 08:15. Chart copy available on request.</p>"
            "<p>Renata Cole<br>Health Services Administrator, Ironwood Correctional Health Services</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="hospital transfer update to inmate's mother",
        notes="Update to a mother's gmail (with release on file) naming her son and saying he was admitted to the hospital with a kidney infection.",
        frm="Patient Advocate <advocate@ironwoodch.com>",
        to="gloria.nakamura58@gmail.com",
        subject="Update about your son",
        body="Dear Mrs. Nakamura,\n\nKenji signed a release allowing us to speak with you. He was taken to St. Brigid Medical Center yesterday evening and admitted for a kidney infection (pyelonephritis). He is on IV antibiotics and is stable. For security reasons we cannot share the room or the expected return date. Hospital visits are not permitted, but you can send him mail at the jail as usual.\n\nPlease call me with questions.\n\nAlma Reyes\nPatient Advocate, (360) 555-0116"
        + SIG,
    ),
    Spec(
        phi=True,
        category="encrypted MOUD continuation list to treatment program",
        notes="Hard positive: the roster itself is in an encrypted zip, but the body names three released people and says they are continuing opioid treatment.",
        frm="Marisol Trent RN <mtrent@ironwoodch.com>",
        to="admissions@harborlightotp.org",
        subject="Released this week - MOUD continuation",
        body="Hi Carla,\n\nThree people released this week are coming to you to continue methadone: Tavis Monroe, Lena Harjo and Curtis Vail. Last dose dates and amounts are in the encrypted list attached; I'll call with the password.\n\nMarisol"
        + SIG,
        atts=(
            Att(
                "MOUD_continuation_wk41.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "moud_continuation.csv": "name,dob,drug,dose,last_dose\nTavis Monroe,1986-04-11,methadone,85 mg,2026-10-05\nLena Harjo,1992-12-02,methadone,60 mg,2026-10-06\nCurtis Vail,1979-03-25,methadone,110 mg,2026-10-06\n",
                    },
                    "HarborLt-4417",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="oral surgery referral document",
        notes="DOCX referral naming an inmate with DOB, the impacted molar and the request for extraction under sedation.",
        frm="Dr. Priya Anand DDS <panand@ironwoodch.com>",
        to="referrals@kestrelbayoralsurgery.com",
        subject="Referral - extraction under IV sedation",
        body="Please find the referral attached. Custody will call to confirm the date; patients cannot be told appointment dates in advance.\n\nPriya Anand, DDS\nIronwood Dental Services",
        atts=(
            Att(
                "Referral_OralSurgery_Whitcombe.docx",
                DOCX,
                docx(
                    [
                        "Ironwood Correctional Health Services - Dental Referral",
                        "Patient: Harlan Whitcombe   DOB: 02/09/1997   Booking: 26-03721",
                        "Reason: Horizontally impacted #32 with recurrent pericoronitis; swelling 9/29, treated with amoxicillin.",
                        "Request: surgical extraction #32 (and #17 if indicated) under IV sedation.",
                        "Medical history: asthma (albuterol PRN). No known drug allergies.",
                        "Referring dentist: Priya Anand, DDS",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA continuity document to state prison",
        notes="Hard positive: C-CDA XML with the patient header (name, DOB, address) and problem and medication sections, sent on transfer.",
        frm="Interface Engine <fhir-out@ironwoodch.com>",
        to="intake.health@harlanridge-doc.wa.gov",
        subject="CCD for transfer 26-02588",
        body="Continuity of Care Document attached for tomorrow's transfer. Reply to this address with any rejection.",
        atts=(
            Att(
                "CCD_26-02588.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
                '  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>\n'
                "  <title>Continuity of Care Document - Ironwood Correctional Health Services</title>\n"
                '  <recordTarget><patientRole><id extension="CCJ26-02588" root="2.16.840.1.113883.3.9117"/>\n'
                "    <addr><streetAddressLine>617 Larch St</streetAddressLine><city>Brennock</city><state>WA</state><postalCode>98370</postalCode></addr>\n"
                '    <patient><name><given>Lucinda</given><family>Ferreira</family></name><birthTime value="19880317"/></patient>\n'
                "  </patientRole></recordTarget>\n"
                "  <component><structuredBody>\n"
                "    <component><section><title>Problems</title><text>Type 2 diabetes mellitus (E11.9); Hypertension (I10)</text></section></component>\n"
                "    <component><section><title>Medications</title><text>Metformin 1000 mg BID; Lisinopril 20 mg daily</text></section></component>\n"
                "    <component><section><title>Results</title><text>HbA1c 9.1% (2026-09-21)</text></section></component>\n"
                "  </structuredBody></component>\n"
                "</ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hunger strike monitoring note by cell",
        notes="Hard positive: no name, but booking number and cell identify the inmate, with day of food refusal, weight and lab values.",
        frm="Noor Haddad NP <nhaddad@ironwoodch.com>",
        to="medical.director@ironwoodch-regional.com",
        subject="Day 4 food refusal - update",
        body="Dr. Kaye,\n\nUpdate on 26-03986 (Seg cell 7): day 4 of refusing meals, taking water. Wt 71.2 kg (booking 76.0). K 3.3, glucose 68. Alert, oriented, declines MH interview again. I've started daily weights and BMP q48h. Do you want the ethics consult started now or at day 7?\n\nNoor"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HL7 lab result relayed to HIV specialist",
        notes="HL7 ORU lab message with an inmate's name and HIV viral load and CD4 results, forwarded to the outside infectious disease specialist.",
        frm="Noor Haddad NP <nhaddad@ironwoodch.com>",
        to="idclinic@stbrigidmedical.org",
        subject="Labs before Tuesday's ID telehealth",
        body="Dr. Moya,\n\nLab message from Cascade Reference Labs attached for Tuesday's visit. He has been back on Biktarvy since 9/9.\n\nNoor Haddad, ARNP",
        atts=(
            Att(
                "ORU_CRL_20261002.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|CRL|CASCADELAB|IRONWOOD|CCJ_MED|202610021430||ORU^R01|CRL8821907|P|2.5.1\r"
                "PID|1||CCJ26-03008^^^IRONWOOD^MR||BAPTISTE^LIONEL^R||19860729|M\r"
                "OBR|1||CRL88219|HIVVL^HIV-1 RNA Quant|||202609301010\r"
                "OBX|1|NM|20447-9^HIV-1 RNA^LN||1240|copies/mL|<20|H|||F\r"
                "OBX|2|NM|24467-3^CD4 count^LN||386|cells/uL|500-1500|L|||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="records copy to former inmate's personal mailbox",
        notes="Reply to a former inmate's comcast.net mailbox confirming his name and the dates of his jail psychiatric treatment.",
        frm="Medical Records <records@ironwoodch.com>",
        to="lamont.reyes.pdx@comcast.net",
        subject="RE: my medical records from the jail",
        body="Mr. Reyes,\n\nWe received your signed request. Your records cover your custody from 3/14/2026 to 6/02/2026, including the psychiatric evaluation on 3/20 and your lithium level checks. Because the records include mental health notes, we can only release them by mail to your address on file or for pick-up with photo ID. Which do you prefer?\n\nKeisha Barlow\nMedical Records Clerk"
        + SIG,
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="nursing shift roster workbook",
        notes="Hard negative: multi-sheet staffing roster with nurses' names, credentials and posts like 'detox' and 'MH watch'; no patients.",
        frm='"Renata Cole, HSA" <rcole@ironwoodch.com>',
        to="ccj-nursing@ironwoodch-regional.com",
        subject="October nursing schedule - final",
        body="Team,\n\nFinal October schedule attached. Swap requests go through me by the 20th. Note the extra detox-rounds post on weekends.\n\nRenata",
        atts=(
            Att(
                "CCJ_Nursing_Schedule_Oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Days": [
                            ["Date", "Charge RN", "Intake LPN", "Detox rounds", "MH watch checks"],
                            [
                                "2026-10-05",
                                "Marisol Trent RN",
                                "Derek Olsen LPN",
                                "Jo Whitaker RN",
                                "Ana Ruiz LPN",
                            ],
                            [
                                "2026-10-06",
                                "Jo Whitaker RN",
                                "Derek Olsen LPN",
                                "Ana Ruiz LPN",
                                "Sam Pike LPN",
                            ],
                        ],
                        "Nights": [
                            ["Date", "Charge RN", "Float"],
                            ["2026-10-05", "Ben Ashford RN", "Lia Moon LPN"],
                            ["2026-10-06", "Ben Ashford RN", "Lia Moon LPN"],
                        ],
                        "On-call": [
                            ["Week", "Physician", "Psychiatry"],
                            ["Oct 5-11", "Dr. Isaac Lindqvist", "Dr. Sandor Varga"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="monthly contract performance report",
        notes="Hard negative: PDF of aggregate counts (intake screenings, TB tests, suicide watches, deaths) with no individual.",
        frm='"Renata Cole, HSA" <rcole@ironwoodch.com>',
        to="contracts@caldercountywa.gov",
        subject="September performance report - inmate health contract",
        body="Attached is the September performance report required under section 7.3 of the agreement. All measures met except the 14-day health assessment, explained on page 1.\n\nRenata Cole",
        atts=(
            Att(
                "ICH_CCJ_Performance_2026-09.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONWOOD CORRECTIONAL HEALTH SERVICES - MONTHLY PERFORMANCE REPORT",
                        "Calder County Jail - September 2026   Average daily population: 412",
                        "Receiving screenings completed within 4 hours: 1,038 of 1,046 (99.2%)",
                        "14-day health assessments on time: 88.4% (target 95%) - NP vacancy",
                        "TB screenings: 1,031; positive symptom screens: 6",
                        "Suicide watch placements: 29; average duration 2.6 days",
                        "Offsite ED transports: 17; hospital admissions: 5",
                        "Deaths in custody: 0",
                    ],
                    "September performance report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CE session invitation on withdrawal recognition",
        notes="Hard negative: CE invite naming the presenting physician and nurse with case-style topics (delirium tremens, fentanyl withdrawal); no patient.",
        frm="Clinical Education <education@ironwoodch.com>",
        to="ccj-clinical@ironwoodch-regional.com",
        subject="CE: Withdrawal in the booking area - Oct 15 (1.5 contact hours)",
        body="Dr. Isaac Lindqvist (addiction medicine) and Jo Whitaker RN will present recognition and management of alcohol, benzodiazepine and fentanyl withdrawal in the first 72 hours of custody. Cases are composites. Lunch provided.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Ironwood CH//Education//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:ich-ce-20261015@ironwoodch.com\nDTSTAMP:20261001T180000Z\nDTSTART:20261015T190000Z\nDTEND:20261015T203000Z\n"
            "SUMMARY:CE - Withdrawal in the booking area (1.5 CH)\nDESCRIPTION:Presenters: Isaac Lindqvist MD (addiction medicine)\\, Jo Whitaker RN. Delirium tremens\\, CIWA-Ar\\, COWS\\, precipitated withdrawal.\n"
            "LOCATION:CCJ Training Room 1\nORGANIZER:mailto:education@ironwoodch.com\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="supply purchase order with SSN-shaped PO number",
        notes="Hard negative: purchase order for gloves, naloxone kits and glucose strips whose PO number looks like an SSN; no patient.",
        frm="Ironwood Purchasing <purchasing@ironwoodch.com>",
        to="orders@pacificmedsupplyco.com",
        subject="PO 418-22-7730 - CCJ medical unit",
        body="Please ship to Calder County Jail Medical Unit, 410 Foundry Rd, Port Selden WA 98368 (deliveries via sally port, call 555-0110 on arrival).\n\nPO 418-22-7730\n- Nitrile exam gloves M, 20 cases\n- Naloxone 4 mg nasal spray, 48 twin packs\n- Glucose test strips, 30 boxes\n- Sharps containers 2 gal, 24\n\nNet 30. Invoice purchasing@ironwoodch.com.\n\nGreg Dunmore\nPurchasing",
    ),
    Spec(
        phi=False,
        category="credentialing roster with clinician NPIs",
        notes="Hard negative: CSV of newly credentialed clinicians with NPIs and specialties for the county contract monitor; provider identifiers only.",
        frm="Credentialing <credentialing@ironwoodch.com>",
        to="contract.monitor@caldercountywa.gov",
        subject="Q4 credentialing update - new clinicians",
        body="Per section 5.1, the clinicians credentialed to work at CCJ this quarter are attached. Licences verified with WA DOH on 10/1.\n\nYvette Strand\nCredentialing Specialist",
        atts=(
            Att(
                "CCJ_new_clinicians_Q4.csv",
                "text/csv",
                "name,credential,specialty,npi,start\n"
                "Noor Haddad,ARNP,Family practice,NPI 1837919145,2026-09-14\n"
                "Sandor Varga,MD,Psychiatry (telehealth),NPI 1923448371,2026-10-01\n"
                "Priya Anand,DDS,General dentistry,NPI 1074131412,2026-10-01\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank receiving screening form",
        notes="Hard negative: DOCX template of the intake health screening with blank fields for name, DOB and conditions.",
        frm='"Renata Cole, HSA" <rcole@ironwoodch.com>',
        to="booking.sgt@caldercountysheriff.org",
        subject="Revised receiving screening form (v2026-10)",
        body="Sergeant,\n\nThe revised receiving screening form is attached; it adds the fentanyl-use and pregnancy questions. Please replace the stock in booking on Monday.\n\nRenata",
        atts=(
            Att(
                "Receiving_Screening_Form_v2026-10.docx",
                DOCX,
                docx(
                    [
                        "Ironwood Correctional Health Services - Receiving Screening",
                        "Name: ____________________   DOB: ___/___/______   Booking #: __________",
                        "1. Are you currently taking any medications? Y / N  List: ______________",
                        "2. Do you use fentanyl, heroin or other opioids? Y / N  Last use: ______",
                        "3. Have you ever tried to harm yourself? Y / N",
                        "4. Could you be pregnant? Y / N / N/A",
                        "Screener signature: ______________  Date/time: __________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="suicide prevention policy revision",
        notes="Hard negative: policy PDF describing watch levels, observation intervals and documentation; no individual.",
        frm="Dr. Helena Kaye <hkaye@ironwoodch.com>",
        to="cmdr.walsh@caldercountysheriff.org",
        subject="Policy J-B-05 Suicide Prevention - revision for sign-off",
        body="Commander,\n\nThe revised suicide prevention policy is attached for your signature. Main change: constant observation for anyone with a suicide attempt in the past 30 days, and a clinician (not custody) decides step-down.\n\nHelena Kaye, MD\nRegional Medical Director",
        atts=(
            Att(
                "J-B-05_Suicide_Prevention_rev2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "IRONWOOD CORRECTIONAL HEALTH SERVICES - POLICY J-B-05",
                        "Suicide Prevention Program - Calder County Jail - Revised October 2026",
                        "1. All persons are screened for suicide risk at booking.",
                        "2. Constant observation: active ideation with plan, or attempt in past 30 days.",
                        "3. Close observation: staggered checks at intervals not exceeding 15 minutes.",
                        "4. Step-down decided by a qualified mental health professional only.",
                        "5. Every attempt triggers a morbidity review within 7 days.",
                    ],
                    "Suicide prevention policy",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="LPN job posting",
        notes="Job advertisement sent to a job board; no patient information.",
        frm="Ironwood Talent <careers@ironwoodch.com>",
        to="postings@nwnursingjobs.com",
        subject="Posting: LPN - Correctional Health (Port Selden, WA) nights",
        body="Please post the following through 11/15:\n\nLPN - Correctional Health, Nights (0.9 FTE)\nIronwood Correctional Health Services is hiring at the Calder County Jail. Medication passes, sick call triage under RN supervision, intake screenings. WA LPN licence and BLS required. $34-41/hr plus night differential. Apply at ironwoodch.com/careers.\n\nBilling contact: careers@ironwoodch.com",
    ),
    Spec(
        phi=False,
        category="training case study with fictional inmate",
        notes="Hard negative: training TXT with an obviously fictional composite patient ('Inmate A. Example') for documentation practice.",
        frm="Clinical Education <education@ironwoodch.com>",
        to="new-hires@ironwoodch-regional.com",
        subject="Pre-work for Monday orientation: charting exercise",
        body="Please read the attached case and write a SOAP note before orientation. The patient is fictional; do not use real names in your practice notes.",
        atts=(
            Att(
                "orientation_charting_exercise.txt",
                "text/plain",
                "ORIENTATION CHARTING EXERCISE (fictional case)\n\nPatient: 'Inmate A. Example', booking 00-00000, age 40s.\nPresents to sick call day 2 of custody: sweating, yawning, goose flesh, reports daily fentanyl use.\nVitals: HR 104, BP 138/86. COWS score 13.\n\nTask: write a SOAP note and choose a protocol (see COWS guideline p.4).\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff flu vaccine clinic newsletter",
        notes="HTML-only staff newsletter about a flu shot clinic for employees; health topic, no individual.",
        frm="Ironwood Employee Health <employeehealth@ironwoodch.com>",
        to="all-staff@ironwoodch-regional.com",
        subject="Staff flu shots Oct 12-16",
        body="",
        html=(
            "<html><body><h2>Staff flu shots are here</h2><p>Free quadrivalent flu vaccine for all Ironwood and contracted custody staff.</p>"
            "<ul><li>Mon-Fri Oct 12-16, 06:30-08:00 and 18:30-20:00</li><li>CCJ Medical Unit, Room 3</li><li>Bring your badge; no appointment needed</li></ul>"
            "<p>Declining? Complete the declination form on the intranet by Oct 31.</p><p>Employee Health</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="interface test HL7 with dummy patient",
        notes="Hard negative: HL7 test message for interface validation with an obviously dummy patient (ZZTEST, INTERFACE) and test processing ID.",
        frm="Interface Engine <hl7-out@ironwoodch.com>",
        to="integration@cascadereflabs.com",
        subject="Test ORM for new order interface - please validate",
        body="Gary,\n\nHere is the test ORM from our side for the new lab order interface. Processing ID is T and the patient is the standard ZZTEST dummy. Let me know if MSH-4 needs to change.\n\nOwen Pratt\nIntegration Analyst",
        atts=(
            Att(
                "TEST_ORM_ZZTEST.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|IRONWOOD|CCJ_MED|CRL|CASCADELAB|202610051000||ORM^O01|TEST0001|T|2.5.1\r"
                "PID|1||ZZ0000001^^^IRONWOOD^MR||ZZTEST^INTERFACE^^^^^T||19000101|U\r"
                "ORC|NW|TEST0001\r"
                "OBR|1|TEST0001||CBC^Complete blood count\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="formulary change notice",
        notes="Hard negative: formulary update listing drugs added and removed with doses; no patient.",
        frm="Dr. Helena Kaye <hkaye@ironwoodch.com>",
        to="ccj-prescribers@ironwoodch-regional.com",
        subject="Formulary changes effective Nov 1",
        body="Prescribers,\n\nP&T approved these changes effective November 1:\n\nADDED: buprenorphine extended-release injection (Sublocade) 100/300 mg; nicotine patch 14 mg for release planning\nREMOVED: gabapentin for non-seizure indications (non-formulary request required)\nRESTRICTED: quetiapine now requires psychiatry approval\n\nPatients currently on removed drugs will be reviewed by pharmacy; no action needed from you yet.\n\nHelena Kaye, MD",
    ),
    Spec(
        phi=False,
        category="accreditation survey scheduling invite",
        notes="Calendar invite for the accreditation site survey; staff names only.",
        frm='"Renata Cole, HSA" <rcole@ironwoodch.com>',
        to="surveys@ncchc-accreditation.org",
        subject="Confirmed: CCJ accreditation survey Nov 3-4",
        body="Confirming the on-site survey dates. Surveyors will be met at the main lobby by Renata Cole and Commander Walsh. Please send the document request list a week ahead.",
        ics=(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Ironwood CH//Scheduling//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:ich-survey-20261103@ironwoodch.com\nDTSTAMP:20261005T170000Z\nDTSTART:20261103T160000Z\nDTEND:20261104T230000Z\n"
            "SUMMARY:Accreditation survey - Calder County Jail\nLOCATION:410 Foundry Rd\\, Port Selden WA\nORGANIZER:mailto:rcole@ironwoodch.com\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=False,
        category="AED and equipment inspection workbook",
        notes="Hard negative: multi-sheet equipment inspection log with device serial numbers and locations; device identifiers tied to no patient.",
        frm="Ironwood Biomed <biomed@ironwoodch.com>",
        to="facilities@caldercountysheriff.org",
        subject="Q3 medical equipment inspections",
        body="Q3 inspection results attached. Two AED pads expire in November (rows 3 and 5); replacements are on order.",
        atts=(
            Att(
                "CCJ_equipment_Q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "AEDs": [
                            ["Location", "Model", "Serial", "Pads exp", "Status"],
                            ["Booking", "ZOLL AED Plus", "X17B440921", "2027-05", "OK"],
                            ["E-pod", "ZOLL AED Plus", "X17B441388", "2026-11", "Pads due"],
                            ["Medical", "ZOLL AED Plus", "X17B447035", "2027-02", "OK"],
                        ],
                        "Suction_O2": [
                            ["Location", "Item", "Serial", "Status"],
                            ["Medical", "Portable suction", "PS-220981", "OK"],
                            ["Booking", "O2 cylinder D", "OXD-7741", "Full"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="onboarding note to new hire's personal mailbox",
        notes="Hard negative: onboarding logistics sent to a new nurse's gmail mention a TB test requirement in general; nothing about her health or any patient.",
        frm="Ironwood Talent <careers@ironwoodch.com>",
        to="kaitlyn.beaumont.rn@gmail.com",
        subject="Welcome to Ironwood - first day details",
        body="Hi Kaitlyn,\n\nWelcome aboard! Your first day is Monday 10/19 at 07:00. Please bring:\n- photo ID and your WA RN licence\n- proof of a TB screening within the last 12 months (or we can do it on day one)\n- closed-toe shoes; no cell phones past the sally port\n\nCustody will run your security clearance this week. Parking is in lot B.\n\nTalia Brooks\nRecruiter",
    ),
    Spec(
        phi=False,
        category="policy binder zip to county",
        notes="Zip of policy documents (sick call, medication administration) for the county; no patient data.",
        frm='"Renata Cole, HSA" <rcole@ironwoodch.com>',
        to="contracts@caldercountywa.gov",
        subject="Annual policy review packet",
        body="As required annually, the policy binder for the county's review is attached as a zip. Redlines are in the change log file.",
        atts=(
            Att(
                "ICH_CCJ_policies_2026.zip",
                "application/zip",
                zipped(
                    {
                        "change_log.txt": "2026 changes:\nJ-E-07 Sick call: triage within 24 hours of request, 7 days a week.\nJ-D-02 Medication administration: KOP list updated.\n",
                        "J-E-07_sick_call.txt": "POLICY J-E-07 SICK CALL\nAll persons in custody may request care daily by kiosk or paper slip. Requests are triaged by nursing within 24 hours.\n",
                        "J-D-02_med_admin.txt": "POLICY J-D-02 MEDICATION ADMINISTRATION\nMedications are administered by licensed nurses at scheduled med passes. Keep-on-person list is attached as Appendix A.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="telehealth cart vendor quote",
        notes="Vendor quote correspondence about telehealth carts and pricing; no patient.",
        frm="Owen Pratt <opratt@ironwoodch.com>",
        to="sales@meridiantelecarts.com",
        subject="RE: Quote Q-26-1187 telehealth carts",
        body="Hi Brandon,\n\nThanks for the quote. We'd need the corrections package (tamper-proof screws, no exposed cables) on both carts, and the camera must support our video platform. Can you revise to 2 carts with a 3-year service plan and hold pricing through Nov 30?\n\nOwen Pratt\nIntegration Analyst",
    ),
    Spec(
        phi=False,
        category="staff coverage notice for manager leave",
        notes="Hard negative: staff notice that a nurse manager is on leave and who covers; a workforce member, no patient.",
        frm='"Renata Cole, HSA" <rcole@ironwoodch.com>',
        to="ccj-allstaff@ironwoodch-regional.com",
        subject="Coverage while Dana is out",
        body="All,\n\nDana Whitcomb, our nurse manager, is on leave through November 2. During that time:\n- Scheduling and swaps: Renata Cole\n- Incident reports and med errors: Jo Whitaker RN\n- Pharmacy issues: Tess Moreland\n\nPlease don't contact Dana while she is out.\n\nRenata",
    ),
    Spec(
        phi=False,
        category="medical unit floor plan image",
        notes="PNG floor plan of the medical unit for the fire marshal; no individual.",
        frm="Ironwood Biomed <biomed@ironwoodch.com>",
        to="fire.marshal@portseldenwa.gov",
        subject="Medical unit layout for egress review",
        body="Attached is the current medical unit layout (infirmary beds, negative-pressure room, oxygen storage) for your egress review on the 14th.",
        atts=(Att("CCJ_medical_unit_layout.png", "image/png", png(8, 5, (220, 220, 210))),),
    ),
]
