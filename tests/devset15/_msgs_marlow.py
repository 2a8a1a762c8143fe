"""Marlow County Public Health Department: 18 PHI and 18 non-PHI messages."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import MCPH, PSD, Att, Spec

SIG = (
    "\n\nMarlow County Public Health Department\n410 Courthouse Square, Marlow\n"
    "This e-mail may contain confidential information protected by state and federal law.\n"
)

HL7_QFT = (
    "MSH|^~\\&|MCPH_LIS|MARLOWCO|STATELAB|MNDH|20261110093000||ORU^R01|MCPH2611100042|P|2.5.1\r"
    "PID|1||MC-TB-20881^^^MCPH^MR||ABDIRAHMAN^HODAN^F||19780512|F|||"
    "1820 Willow Bend Rd^^Marlow^MN^55916\r"
    "OBR|1||Q26-3317|71774-4^QuantiFERON-TB Gold Plus^LN|||20261106\r"
    "OBX|1|ST|71774-4^QuantiFERON-TB Gold Plus^LN||Positive||||||F\r"
    "OBX|2|NM|71776-9^TB1 Ag minus Nil^LN||2.41|IU/mL|||||F\r"
)

HL7_TEST = (
    "MSH|^~\\&|MCPH_EHR|MARLOWCO|MIIC|MNDH|20261110101500||VXU^V04|TESTMSG0001|T|2.5.1\r"
    "PID|1||TEST0001^^^MCPH^MR||TESTPATIENT^ONBOARDING^A||20200101|U\r"
    "NK1|1|TESTPARENT^ONE|MTH\r"
    "RXA|0|1|20261109|20261109|08^Hep B, adolescent or pediatric^CVX|0.5|mL\r"
    "OBX|1|CE|64994-7^Vaccine funding eligibility^LN||V02^VFC eligible - Medicaid^HL70064||||||F\r"
)

FHIR_IMM = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "p1",
                    "name": [{"family": "Sandoval", "given": ["Xavier"]}],
                    "birthDate": "2014-03-08",
                }
            },
            {
                "resource": {
                    "resourceType": "Immunization",
                    "status": "completed",
                    "vaccineCode": {"text": "Tdap"},
                    "patient": {"reference": "Patient/p1"},
                    "occurrenceDateTime": "2026-11-06",
                }
            },
            {
                "resource": {
                    "resourceType": "Immunization",
                    "status": "completed",
                    "vaccineCode": {"text": "MenACWY (MenQuadfi)"},
                    "patient": {"reference": "Patient/p1"},
                    "occurrenceDateTime": "2026-11-06",
                }
            },
        ],
    },
    indent=1,
)

FHIR_MEASURE = json.dumps(
    {
        "resourceType": "MeasureReport",
        "status": "complete",
        "type": "summary",
        "measure": "http://marlowcounty.gov/fhir/Measure/childhood-combo10",
        "period": {"start": "2026-01-01", "end": "2026-09-30"},
        "group": [
            {
                "population": [
                    {"code": {"text": "denominator"}, "count": 1844},
                    {"code": {"text": "numerator"}, "count": 1107},
                ],
                "measureScore": {"value": 0.6003},
            }
        ],
    },
    indent=1,
)

X12 = (
    "ISA*00*          *00*          *ZZ*MARLOWCOPH     *ZZ*NORTHSTARMCO   *261110*0915*^*00501*"
    "000004471*0*P*:~GS*HC*MARLOWCOPH*NORTHSTARMCO*20261110*0915*4471*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*4471*20261110*0915*CH~"
    "NM1*85*2*MARLOW COUNTY PUBLIC HEALTH*****XX*1105314144~"
    "NM1*IL*1*FAIRWEATHER*JOLENE****MI*NSM20771834~DMG*D8*19990221*F~"
    "CLM*STI2611-0907*186***71:B:1*Y*A*Y*Y~HI*ABK:A56.02*ABF:Z20.2~"
    "SV1*HC:87491*64*UN*1***1~SV1*HC:J0561*122*UN*1***1~DTP*472*D8*20261103~"
    "SE*12*0001~GE*1*4471~IEA*1*000004471~\n"
)

PHI: list[Spec] = [
    Spec(
        phi=True,
        category="TB directly observed therapy log XLSX multi-sheet",
        notes="Hard positive: workbook of TB case numbers, names and rifampin/isoniazid doses "
        "observed; body only says the weekly log.",
        frm=f"o.mbeki@{MCPH}",
        to=f"tb-nurses@{MCPH}",
        subject="DOT log wk 45",
        body="Weekly DOT log attached. Please update the missed-dose tab by Friday.\n\nOdette\n",
        atts=(
            Att(
                "DOT_wk45.xlsx",
                XLSX,
                xlsx(
                    {
                        "Observed": [
                            ["case_no", "client", "regimen", "doses_wk45", "worker"],
                            ["26-TB-0104", "Lwin, Htet", "RIPE", 5, "Paz"],
                            ["26-TB-0111", "Osorio, Benjamin", "RIPE", 4, "Paz"],
                            ["26-TB-0117", "Greenleaf, Martha", "INH/RIF", 5, "Kim"],
                        ],
                        "Missed": [
                            ["case_no", "date", "reason"],
                            ["26-TB-0111", "2026-11-05", "not home, nausea reported"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="STI partner notification handoff",
        notes="A syphilis case's named partner with phone and the index case number handed to a "
        "disease intervention specialist.",
        frm=f"dis.martinez@{MCPH}",
        to=f"dis.okonjo@{MCPH}",
        subject="partner - case 26-STI-0412",
        body=(
            "Femi,\n\nFrom the 0412 interview (early latent syphilis, treated 11/6): named partner "
            "Devonte Sykes, ~27, cell 773-418-2260, works nights at the distribution center on "
            "Hwy 14. Index says he has no symptoms. Can you take the field visit Thursday?\n\n"
            "Lupe" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ORU QuantiFERON result to state lab",
        notes="Hard positive: HL7 v2 message only (name, DOB, address, positive QuantiFERON); the "
        "body is an interface note.",
        frm=f"lab-interface@{MCPH}",
        to="elr-support@statepublichealthlab.org",
        subject="Resend ORU control 2611100042",
        body="Resending the message that failed validation (OBX-6 units). File attached.\n",
        atts=(Att("ORU_2611100042.hl7", "application/hl7-v2", HL7_QFT),),
    ),
    Spec(
        phi=True,
        category="FHIR immunization bundle to school nurse",
        notes="Hard positive: FHIR bundle with a child's name, birth date and Tdap/MenACWY "
        "doses; body only says 'record attached'.",
        frm=f"immunizations@{MCPH}",
        to=f"nurse.whitcomb@{PSD}",
        subject="Record for 7th grade compliance",
        body=(
            "Hi Meredith,\n\nThe record you asked for is attached (FHIR export from our "
            "clinic). He's compliant for 7th grade now.\n\nImmunization Program" + SIG
        ),
        atts=(Att("imm_record.json", "application/fhir+json", FHIR_IMM),),
    ),
    Spec(
        phi=True,
        category="WIC referral pregnant client with hemoglobin",
        notes="A named pregnant client's gestational age and low hemoglobin sent in a WIC "
        "referral.",
        frm=f"phn.castro@{MCPH}",
        to="wic-intake@marlowfamilyservices.org",
        subject="WIC referral",
        body=(
            "Hello,\n\nReferring Ana Lucia Ferreira, DOB 06/02/2001, 24 weeks pregnant, Hgb 10.2 "
            "at our prenatal visit 11/9, started on ferrous sulfate. Phone 507-290-3318. She "
            "prefers Portuguese or Spanish.\n\nInes Castro, PHN" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="PHI in subject only, LTBI treatment start",
        notes="Hard positive: the subject is a lowercase last name, first initial and 'LTBI start "
        "3HP'; the body is 'see chart'.",
        frm=f"tb.kim@{MCPH}",
        to=f"o.mbeki@{MCPH}",
        subject="gomez, r - LTBI start 3HP 11/12",
        body="see chart, baseline LFTs ok. i'll do the first dose.\n",
    ),
    Spec(
        phi=True,
        category="texting-style syphilis treatment follow-up",
        notes="Hard positive: a lowercase surname alone with 'her 2nd bicillin shot', typed like "
        "a text.",
        frm=f"sti-clinic.rn@{MCPH}",
        to=f"dis.martinez@{MCPH}",
        subject="thurs",
        body=(
            "tran called, said she'll come thurs 10am for her 2nd bicillin shot. ok to overbook?\n"
        ),
    ),
    Spec(
        phi=True,
        category="TB case number release from isolation",
        notes="Hard positive: no name, only a county TB case number with three negative smears "
        "and release from airborne isolation.",
        frm=f"tb.kim@{MCPH}",
        to="infection.prevention@lakeshorehealth.org",
        subject="Case 2026-TB-0117",
        body=(
            "Hi Gwen,\n\nFor case 2026-TB-0117 (your 5 South admission): sputum AFB smears "
            "negative x3 (11/6, 11/7, 11/8), clinical improvement on RIPE day 16. Public health "
            "has no objection to discontinuing airborne isolation and discharging home on DOT.\n\n"
            "Sun-hee Kim, RN, TB Nurse Case Manager" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="TB contact investigation roster CSV to employer",
        notes="Hard positive: a CSV of coworkers' names, birth dates and skin-test readings sent "
        "to an employer's occupational health nurse.",
        frm=f"tb.kim@{MCPH}",
        to="occhealth@riverlinelogistics.com",
        subject="Contact investigation - round 1 results",
        body=(
            "Hi Pam,\n\nRound 1 readings attached for the employees we tested on site. Anyone "
            "with 10 mm or more needs a chest x-ray at our clinic; we will call them directly.\n"
            "\nSun-hee" + SIG
        ),
        atts=(
            Att(
                "round1_readings.csv",
                "text/csv",
                "employee,dob,shift,tst_placed,tst_read,induration_mm\n"
                "Wojcik Adam,1984-07-30,B,2026-11-02,2026-11-04,0\n"
                "Nguyen Thi Hoa,1991-01-15,B,2026-11-02,2026-11-04,14\n"
                "Baker Rashawn,1979-10-09,C,2026-11-02,2026-11-04,6\n"
                "Ramirez Lucero,1995-05-21,C,2026-11-02,2026-11-04,11\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="child first name catch-up vaccines to mother gmail",
        notes="Hard positive: a child's first name only with his catch-up vaccine doses, sent to "
        "the mother's gmail.",
        frm=f"immunizations@{MCPH}",
        to="brittany.cole88@gmail.com",
        subject="Jayden's shots",
        body=(
            "Hi Brittany,\n\nThanks for bringing Jayden in today. He got DTaP #4 and MMR #2. "
            "He still needs varicella #2 and polio #4 before kindergarten, we can do both on "
            "12/14. Tylenol is ok if he runs a fever tonight.\n\nKeisha, Immunization Clinic\n"
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 STI clinic claim",
        notes="Hard positive: an X12 837 professional claim with member id, name, birth date, "
        "syphilis and gonorrhea test codes; body is billing chatter.",
        frm=f"billing@{MCPH}",
        to="edi@northstarmco.com",
        subject="Test file for 5010 cutover",
        body=(
            "Attached is one production claim for the cutover test as your EDI analyst "
            "requested. Please confirm the 999.\n\nRaymond Toussaint, Billing" + SIG
        ),
        atts=(Att("MCPH_837P_4471.x12", "application/edi-x12", X12),),
    ),
    Spec(
        phi=True,
        category="forwarded hospital gonorrhea lab report",
        notes="A forwarded (message/rfc822) hospital lab report naming a patient with a positive "
        "gonorrhea NAAT, sent on to a DIS worker.",
        frm=f"epi.intake@{MCPH}",
        to=f"dis.okonjo@{MCPH}",
        subject="Fwd: reportable result",
        body="Assigning to you. Not in our system yet.\n",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="lab-reporting@lakeshorehealth.org",
            to=f"epi.intake@{MCPH}",
            subject="Reportable result",
            body=(
                "Reportable condition notification\nPatient: Kendrick Ayodele  DOB 09/14/2003\n"
                "Address: 77 Orchard Ln Apt 4, Marlow MN 55916\nTest: N. gonorrhoeae NAAT, "
                "urine - POSITIVE (collected 11/6/2026)\nOrdering: Lakeshore Urgent Care\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="TST induration photo, name in file name",
        notes="Hard positive: the PNG file name carries a surname and 'tst induration 48h'; the "
        "body only asks for a second read.",
        frm=f"phn.castro@{MCPH}",
        to=f"tb.kim@{MCPH}",
        subject="second opinion on a read",
        body="Can you look at this one? I measured 9 mm, borderline with the redness.\n",
        atts=(Att("mendoza_tst_induration_48h.png", "image/png", png(5, 5, (230, 170, 160))),),
    ),
    Spec(
        phi=True,
        category="public health nurse home visit note DOCX",
        notes="Hard positive: DOCX home-visit note for a newborn exposed to hepatitis B, naming "
        "mother and baby; the body is a two-line cover.",
        frm=f"phn.castro@{MCPH}",
        to="peds.nurse@prairieviewfamilymed.com",
        subject="home visit note",
        body="Visit note from this morning attached, for your 2-week check.\n\nInes\n",
        atts=(
            Att(
                "HV_note_1110.docx",
                DOCX,
                docx(
                    [
                        "Marlow County Public Health - Home Visit Note, 11/10/2026",
                        "Mother: Yer Vang (HBsAg positive). "
                        "Infant: Baby boy Vang, born 10/29/2026.",
                        "Infant received HBIG and hepatitis B vaccine dose 1 within 12 hours.",
                        "Plan: dose 2 at 1-2 months; post-vaccination serology at 9-12 months.",
                        "Address: 3304 Prairie Rose Ct, Marlow.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="long-term care resident over 89 with influenza",
        notes="A named resident aged 91 with his room number, confirmed influenza A and "
        "oseltamivir in an outbreak note.",
        frm=f"epi.lund@{MCPH}",
        to="don@elmwoodcarecenter.com",
        subject="Re: flu A on 2nd floor",
        body=(
            "Hi Carla,\n\nThanks for the call. To confirm what we have: Mr. Halvorsen (91, room "
            "12B) flu A positive 11/9, started oseltamivir 75 BID. Please start prophylaxis for "
            "the rest of the 2nd floor today and send me the line list by 3.\n\nAnders Lund, "
            "Epidemiologist" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only DOT route table with initials, DOB and addresses",
        notes="Hard positive: HTML table of initials, birth dates and home addresses for the "
        "day's TB DOT route.",
        frm=f"tb.kim@{MCPH}",
        to=f"outreach.paz@{MCPH}",
        subject="route tomorrow",
        body="",
        html=(
            "<html><body><p>Route for Wed:</p><table border='1'>"
            "<tr><th>Time</th><th>Client</th><th>DOB</th><th>Address</th><th>Meds</th></tr>"
            "<tr><td>7:30</td><td>H.L.</td><td>02/11/1969</td><td>915 Ash St</td>"
            "<td>RIPE</td></tr>"
            "<tr><td>8:15</td><td>B.O.</td><td>07/23/1990</td><td>44 Depot Rd #3</td>"
            "<td>RIPE + B6</td></tr>"
            "<tr><td>9:00</td><td>M.G.</td><td>12/30/1957</td><td>2210 County Rd 8</td>"
            "<td>INH/RIF</td></tr></table></body></html>"
        ),
        html_only=True,
    ),
    Spec(
        phi=True,
        category="Medicare MBI for chest x-ray billing",
        notes="A named TB client's Medicare MBI with a chest x-ray billing question.",
        frm=f"billing@{MCPH}",
        to="billing@marlowradiology.com",
        subject="CXR billing question",
        body=(
            "Hi, your office billed us for the chest x-ray on 11/4 for Eugene Whitford, but he "
            "has Medicare (MBI 7TJ2-RW4-HN58), so please bill Medicare directly. It was his TB "
            "follow-up film.\n\nRaymond Toussaint" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="TB isolation order PDF",
        notes="Hard positive: PDF health officer order naming a person and requiring home "
        "isolation for infectious TB; body is procedural.",
        frm=f"healthofficer@{MCPH}",
        to="civil-clerk@marlowcountycourts.gov",
        subject="Filing - order 26-HO-009",
        body="Please file the attached order. Service was completed this morning.\n",
        atts=(
            Att(
                "order_26-HO-009.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARLOW COUNTY PUBLIC HEALTH DEPARTMENT",
                        "HEALTH OFFICER ORDER 26-HO-009",
                        "To: Benjamin Osorio, 44 Depot Rd #3, Marlow MN",
                        "You have infectious pulmonary tuberculosis. You must remain in home",
                        "isolation and take directly observed therapy until released.",
                        "Issued 11/9/2026 - Dr. Farid Haddad, Health Officer",
                    ],
                    "Order 26-HO-009",
                ),
            ),
        ),
    ),
]

CLEAN: list[Spec] = [
    Spec(
        phi=False,
        category="weekly STI surveillance HTML table",
        notes="Hard negative: weekly county counts of chlamydia, gonorrhea and syphilis by age "
        "group; no individual.",
        frm=f"epi@{MCPH}",
        to="partners-list@marlowcounty.gov",
        subject="STI surveillance update wk 45",
        body="Week 45 STI summary below.\n",
        html=(
            "<html><body><p>Year-to-date STI cases, Marlow County:</p><table border='1'>"
            "<tr><th>Condition</th><th>2026 YTD</th><th>2025 YTD</th></tr>"
            "<tr><td>Chlamydia</td><td>142</td><td>155</td></tr>"
            "<tr><td>Gonorrhea</td><td>61</td><td>48</td></tr>"
            "<tr><td>Syphilis (P&amp;S)</td><td>9</td><td>4</td></tr>"
            "<tr><td>Congenital syphilis</td><td>1</td><td>0</td></tr></table>"
            "<p>Ages 20-24 account for 44% of gonorrhea.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="TB program annual aggregate",
        notes="Hard negative: annual active TB and LTBI counts, drug resistance and completion "
        "rates; no individual.",
        frm=f"o.mbeki@{MCPH}",
        to=f"boardofhealth@{MCPH}",
        subject="TB program 2026 summary",
        body=(
            "Board members,\n\nTB program summary through October: 11 active TB cases (2 "
            "isoniazid-resistant, 0 MDR), 96% completed or on track for DOT completion, 187 "
            "LTBI clients started, 71% completion on 3HP. Contact investigations: 6, with 212 "
            "contacts evaluated.\n\nOdette Mbeki, TB Program Manager" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="measles exposure health alert",
        notes="Hard negative: a public health alert about measles exposure locations and times; "
        "the traveller is not identified.",
        frm=f"han@{MCPH}",
        to="clinician-alerts@marlowcounty.gov",
        subject="HEALTH ALERT: measles exposure, Marlow Regional Airport",
        body=(
            "A traveller with confirmed measles passed through Marlow Regional Airport Gate B on "
            "11/7 between 2:00 and 5:30 pm. Clinicians: consider measles in patients with "
            "fever and rash 7-21 days after exposure; call 507-290-3000 before testing; collect "
            "NP swab for PCR. MMR within 72 hours or IG within 6 days may prevent illness.\n"
        ),
    ),
    Spec(
        phi=False,
        category="Bicillin shortage and doxy-PEP guidance",
        notes="Hard negative: a drug shortage notice with treatment regimens for syphilis; no "
        "patient.",
        frm=f"sti-clinic.md@{MCPH}",
        to="clinician-alerts@marlowcounty.gov",
        subject="Bicillin L-A shortage - prioritization",
        body=(
            "Due to the ongoing Bicillin L-A shortage, reserve benzathine penicillin G for "
            "pregnant people and congenital syphilis. For non-pregnant adults with early "
            "syphilis, doxycycline 100 mg BID x14 days is an acceptable alternative. Doxy-PEP "
            "200 mg within 72 hours remains recommended for eligible MSM and transgender women.\n"
            "\nMarlow County STI Clinic" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="new DIS staff announcement",
        notes="Hard negative: workforce names in a staff notice about the STI program.",
        frm=f"hr@{MCPH}",
        to=f"allstaff@{MCPH}",
        subject="Welcome to our new DIS team members",
        body=(
            "Please welcome Femi Okonjo and Guadalupe Martinez, who join the STI/HIV program as "
            "Disease Intervention Specialists, and Sun-hee Kim, RN, our new TB nurse case "
            "manager. Their desks are on the 2nd floor near the clinic.\n"
        ),
    ),
    Spec(
        phi=False,
        category="TB nurse case manager job posting",
        notes="Hard negative: a job posting describing TB case management duties.",
        frm=f"hr@{MCPH}",
        to="jobs@mnpublichealthjobs.org",
        subject="Posting: Public Health Nurse - TB (Req 26-118)",
        body=(
            "Marlow County seeks a PHN to manage active TB and LTBI cases, conduct contact "
            "investigations, provide directly observed therapy, and coordinate with "
            "hospitals. Requires MN RN license and PHN certificate. $38.40-$47.10/hr.\n"
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice with SSN-shaped account number",
        notes="Hard negative: a QuantiFERON kit invoice whose customer account number looks like "
        "an SSN.",
        frm=f"accountspayable@{MCPH}",
        to="ar@qiagen-distributor.com",
        subject="Invoice 88120 - account 302-58-1146",
        body=(
            "Hello,\n\nWe received invoice 88120 (account 302-58-1146) for 40 QuantiFERON-TB "
            "Gold Plus kits, but only 30 arrived. Please issue a credit for 10 kits.\n\n"
            "Accounts Payable, Marlow County\n"
        ),
    ),
    Spec(
        phi=False,
        category="IIS onboarding HL7 with labelled test patient",
        notes="Hard negative: an HL7 VXU with processing id T, patient TESTPATIENT, for registry "
        "onboarding.",
        frm=f"lab-interface@{MCPH}",
        to="miic-onboarding@statepublichealthlab.org",
        subject="Onboarding test message VXU",
        body=(
            "Attached is our test VXU for the onboarding checklist (MSH-11 = T, synthetic "
            "patient TESTPATIENT^ONBOARDING). Please send back the ACK.\n"
        ),
        atts=(Att("test_vxu.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="de-identified pertussis line list CSV",
        notes="Hard negative: a line list with age group, region, vaccination status and onset "
        "week; no names, dates or ids.",
        frm=f"epi.lund@{MCPH}",
        to="vpd-epi@statepublichealthlab.org",
        subject="Pertussis cluster - deidentified list",
        body="De-identified line list for the regional cluster call, per the template.\n",
        atts=(
            Att(
                "pertussis_deid.csv",
                "text/csv",
                "case,age_group,region,vax_status,onset_week,hospitalized\n"
                "A,<1y,North,unvaccinated,43,Y\nB,10-14,North,up to date,44,N\n"
                "C,10-14,Central,up to date,44,N\nD,35-44,North,unknown,45,N\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="WIC income eligibility update",
        notes="WIC program income guidelines; no person.",
        frm=f"wic@{MCPH}",
        to="community-partners@marlowfamilyservices.org",
        subject="WIC income guidelines effective 7/1",
        body=(
            "Updated WIC income limits (185% FPL): household of 2 $39,461; 3 $49,784; "
            "4 $60,107. Pregnant people count as two. Referral forms are unchanged.\n"
        ),
    ),
    Spec(
        phi=False,
        category="board of health agenda PDF",
        notes="Board meeting agenda with disease program items.",
        frm=f"boardofhealth@{MCPH}",
        to="clerk@marlowcounty.gov",
        subject="BOH agenda 11/19",
        body="Agenda for posting attached.\n",
        atts=(
            Att(
                "BOH_agenda_1119.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARLOW COUNTY BOARD OF HEALTH - AGENDA, NOVEMBER 19, 2026",
                        "1. Call to order  2. Minutes",
                        "3. TB program annual report (O. Mbeki)",
                        "4. Syphilis trends and congenital syphilis prevention",
                        "5. Respiratory virus season outlook",
                    ],
                    "BOH agenda",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR MeasureReport aggregate immunization rate",
        notes="Hard negative: a FHIR summary MeasureReport with only population counts.",
        frm=f"immunizations@{MCPH}",
        to="quality@northstarmco.com",
        subject="Combo 10 rate Q3",
        body="Q3 county childhood Combo 10 summary attached as a FHIR MeasureReport.\n",
        atts=(Att("combo10_q3.json", "application/fhir+json", FHIR_MEASURE),),
    ),
    Spec(
        phi=False,
        category="partner services training with fictional cases",
        notes="Hard negative: training agenda with case studies of unnamed fictional clients "
        "(syphilis, HIV).",
        frm=f"dis.martinez@{MCPH}",
        to="dis-trainees@regionalstdtraining.org",
        subject="Day 2 case studies",
        body=(
            "Day 2 case studies (fictional, built for training):\n"
            "Case 1: a 24-year-old with secondary syphilis names three partners, one reachable "
            "only on social media.\nCase 2: a newly diagnosed HIV client declines to name "
            "partners; practise motivational interviewing.\nBring your interview record "
            "forms.\n"
        ),
    ),
    Spec(
        phi=False,
        category="outbreak response overtime payroll",
        notes="Hard negative: payroll mail listing staff overtime for the measles response.",
        frm=f"payroll@{MCPH}",
        to=f"program-managers@{MCPH}",
        subject="Overtime approval - measles response",
        body=(
            "Please approve by Thursday:\nAnders Lund 11.5 h\nInes Castro 8 h\nKeisha Doyle "
            "6 h\nUse project code MEAS-26 on timesheets.\n"
        ),
    ),
    Spec(
        phi=False,
        category="food permit reply to restaurant owner gmail",
        notes="A restaurant owner at gmail about her food permit re-inspection; no health "
        "information about a person.",
        frm=f"envhealth@{MCPH}",
        to="pho.saigon.marlow@gmail.com",
        subject="Re: reinspection date",
        body=(
            "Hi Mrs. Dang,\n\nYour reinspection is set for Monday 11/16 at 10 am. Please have "
            "the hand sink cleared and the walk-in cooler at 41F or below.\n\nTravis Engebretson, "
            "Sanitarian\n"
        ),
    ),
    Spec(
        phi=False,
        category="TB medical consultant with NPI",
        notes="Hard negative: a physician's name, specialty and NPI in an MOU contact list.",
        frm=f"o.mbeki@{MCPH}",
        to="contracts@lakeshorehealth.org",
        subject="MOU contacts - TB consult",
        body=(
            "For the MOU appendix: our TB medical consultant is Farid Haddad, MD, infectious "
            "diseases, NPI: 1993053630, reachable at 507-290-3051. Backup: Nkechi Ibe, MD, "
            "pulmonology.\n"
        ),
    ),
    Spec(
        phi=False,
        category="C-CDA interface test with test patient",
        notes="Hard negative: a C-CDA validation sample whose patient is TEST, PATIENT with "
        "sample problems, sent to an interface vendor.",
        frm=f"lab-interface@{MCPH}",
        to="support@ehrbridge.io",
        subject="CCD validator failing on sample",
        body=(
            "The validator rejects the attached sample (synthetic test patient, no real data). "
            "Error: missing section code. Can you look?\n"
        ),
        atts=(
            Att(
                "sample_ccd_test.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>TEST DOCUMENT - NOT A REAL '
                'PATIENT</title><recordTarget><patientRole><id extension="TEST0000"/>'
                "<patient><name><given>PATIENT</given><family>TEST</family></name>"
                "</patient></patientRole></recordTarget><component><structuredBody>"
                "<component><section><title>Problems</title><text>Sample: hypertension "
                "(I10)</text></section></component></structuredBody></component>"
                "</ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="immunization coalition meeting invite",
        notes="Calendar invite for a coalition meeting about HPV vaccination rates.",
        frm=f"immunizations@{MCPH}",
        to="coalition@marlowimmunize.org",
        subject="Invitation: Immunization Coalition",
        body="Monthly coalition meeting; agenda: HPV rates in 13-17 year olds, flu clinics.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Marlow County//Calendar//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mcph-coal-2611@marlowcounty.gov\r\n"
            "DTSTAMP:20261109T150000Z\r\nDTSTART:20261203T180000Z\r\n"
            "DTEND:20261203T193000Z\r\nSUMMARY:Immunization Coalition - monthly\r\n"
            "LOCATION:Courthouse Annex Room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
]

MESSAGES = PHI + CLEAN
