"""Marlow County Public Health, Immunization Program: outbound mail (39)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, png, xlsx, zipped
from _att import pdf as make_pdf
from _spec import Att, Spec

IMM = "Marlow County Immunization Program <immunizations@marlowcountyhealth.org>"
VFC = "Marlow County VFC Coordinator <vfc@marlowcountyhealth.org>"
IIS = "MarlowIIS Help Desk <iis-support@marlowcountyhealth.org>"
SIG = "\n\n--\nImmunization Program | Marlow County Public Health\n410 Courthouse Square, Marlow\nPhone 555-0140 | Fax 555-0141"
CONF = "\n\nCONFIDENTIALITY: This message may contain confidential health information. If you received it in error, notify the sender and delete it."

VXU_PERI = (
    "MSH|^~\\&|MARLOWIIS|MARLOWCPH|CLINIC_EHR|STJUDEPEDS|20260309101522||VXU^V04^VXU_V04|MCP2603090041|P|2.5.1\r"
    "PID|1||MIIS00482716^^^MARLOWIIS^SR||OYELARAN^BABY GIRL^^^^^L||20260302|F|||88 Tamarack Ln^^Marlow^ST^61524||^PRN^PH^^^555^0187\r"
    "NK1|1|OYELARAN^FOLASADE^^^^^L|MTH^Mother^HL70063\r"
    "ORC|RE||MCP-HBIG-0302\r"
    "RXA|0|1|20260302|20260302|30^HBIG^CVX|0.5|mL||00^New record^NIP001|||||||HB7731Q\r"
    "RXA|0|1|20260302|20260302|08^Hep B, adolescent or pediatric^CVX|0.5|mL||00^New record^NIP001|||||||K2260AB\r"
    "OBX|1|CE|59784-9^Disease with presumed immunity^LN||^Perinatal hepatitis B exposure (maternal HBsAg positive)||||||F\r"
)

VXU_RESEND = (
    "MSH|^~\\&|NORTHSIDE_FP|NSFP|MARLOWIIS|MARLOWCPH|20260306163002||VXU^V04^VXU_V04|NSFP-88312|P|2.5.1\r"
    "PID|1||NSF-1120934^^^NSFP^MR||HALVORSEN^GRETA^M^^^^L||20140917|F|||1502 Birchwood Dr^^Marlow^ST^61527\r"
    "RXA|0|1|20260305|20260305|62^HPV, quadrivalent^CVX|0.5|mL||00^New record^NIP001|||||||W0193KK\r"
    "RXA|0|1|20260305|20260305|114^MenACWY^CVX|0.5|mL||00^New record^NIP001|||||||U7718DA\r"
)

VXU_TEST = (
    "MSH|^~\\&|CLEARPATH_EHR|ONBOARD|MARLOWIIS|MARLOWCPH|20260310090000||VXU^V04^VXU_V04|ONB-TEST-0007|T|2.5.1\r"
    "PID|1||ZZTEST0007^^^ONBOARD^MR||ZZTEST^BABYBOY^^^^^L||20250101|M|||1 Test St^^Testville^ST^00000\r"
    "RXA|0|1|20260310|20260310|20^DTaP^CVX|0.5|mL||00^New record^NIP001|||||||TESTLOT01\r"
)

FHIR_IMM = """{
  "resourceType": "Immunization",
  "id": "imm-corr-55102",
  "status": "entered-in-error",
  "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "141", "display": "Influenza, seasonal, injectable"}]},
  "patient": {"reference": "Patient/miis-00391847", "display": "Rosalind Achebe-Voss, DOB 1958-11-23"},
  "occurrenceDateTime": "2026-02-27",
  "lotNumber": "FL4471C",
  "note": [{"text": "Duplicate of dose recorded 2026-02-26 by Marlow County mass clinic; please void."}]
}
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*MARLOWCPH      *ZZ*PRAIRIEMCO     *260310*0915*^*00501*000004417*0*P*:~\n"
    "GS*HC*MARLOWCPH*PRAIRIEMCO*20260310*0915*4417*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*MCP-837-4417*20260310*0915*CH~\n"
    "NM1*85*2*MARLOW COUNTY PUBLIC HEALTH*****XX*1576340636~\n"
    "NM1*IL*1*DESROSIERS*JONAH****MI*PRM448107263~\n"
    "DMG*D8*20180521*M~\n"
    "CLM*MCP26030417*48.00***71:B:1*Y*A*Y*Y~\n"
    "HI*ABK:Z23~\n"
    "SV1*HC:90707*24.00*UN*1***1~\n"
    "SV1*HC:90471*24.00*UN*1***1~\n"
    "SE*11*0001~\nGE*1*4417~\nIEA*1*000004417~\n"
)

X12_270 = (
    "ISA*00*          *00*          *ZZ*MARLOWCPH      *ZZ*STATEMEDICAID  *260311*1402*^*00501*000004502*0*P*:~\n"
    "GS*HS*MARLOWCPH*STATEMEDICAID*20260311*1402*4502*X*005010X279A1~\n"
    "ST*270*0001*005010X279A1~\n"
    "BHT*0022*13*ELIG-4502*20260311*1402~\n"
    "HL*1**20*1~\nNM1*PR*2*STATE MEDICAID*****PI*STMCD~\n"
    "HL*2*1*21*1~\nNM1*1P*2*MARLOW COUNTY PUBLIC HEALTH*****XX*1576340636~\n"
    "HL*3*2*22*0~\nNM1*IL*1*PACHECO*ARIANA****MI*SMC70418856~\n"
    "DMG*D8*20210804*F~\nEQ*1~\n"
    "SE*11*0001~\nGE*1*4502~\nIEA*1*000004502~\n"
)

RABIES_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Marlow County Public Health//Clinic//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:rabies-pep-d3-4471@marlowcountyhealth.org\r\nDTSTAMP:20260309T150000Z\r\n"
    "DTSTART:20260312T140000Z\r\nDTEND:20260312T143000Z\r\n"
    "SUMMARY:Rabies PEP dose 2 (day 3) - Wendell Okonkwo-Barr\r\n"
    "LOCATION:Marlow County Public Health, Room B\r\n"
    "DESCRIPTION:Rabies vaccine dose 2 of 4 after bat exposure 3/9. Doses 3 and 4 on 3/16 and 3/23.\r\n"
    "ATTENDEE;CN=Wendell Okonkwo-Barr:mailto:wendell.ob@gmail.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

COALITION_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Marlow County Public Health//Coalition//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:coalition-2026-03@marlowcountyhealth.org\r\nDTSTAMP:20260309T150000Z\r\n"
    "DTSTART:20260319T170000Z\r\nDTEND:20260319T183000Z\r\n"
    "SUMMARY:Marlow Immunization Coalition - March meeting\r\n"
    "LOCATION:Marlow Public Library, Community Room 2\r\n"
    "DESCRIPTION:Agenda: spring back-to-school push, HPV champion awards, pharmacy partnership update.\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

FLU_EVENT_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Marlow County Public Health//Outreach//EN\r\nMETHOD:PUBLISH\r\n"
    "BEGIN:VEVENT\r\nUID:outreach-greater-hope-0321@marlowcountyhealth.org\r\nDTSTAMP:20260309T150000Z\r\n"
    "DTSTART:20260321T150000Z\r\nDTEND:20260321T190000Z\r\n"
    "SUMMARY:Free vaccine clinic at Greater Hope Baptist Church\r\n"
    "LOCATION:Greater Hope Baptist Church fellowship hall\r\n"
    "DESCRIPTION:Flu, COVID-19, Tdap and catch-up childhood vaccines. No appointment, no insurance needed.\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

MESSAGES = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="child vaccination record sent to parent",
        notes="Official immunization record for a named child with DOB and doses, sent to the mother's gmail.",
        frm=IMM,
        to="kezia.farrow88@gmail.com",
        subject="Immunization record you requested",
        body=(
            "Hello Ms. Farrow,\n\nAttached is the official immunization record for your son, Desmond Farrow "
            "(DOB 06/11/2020), as requested for his kindergarten registration. It shows DTaP x4, IPV x3, "
            "MMR x1, varicella x1 and hep B x3. He will still need his second MMR and varicella and fifth "
            "DTaP before August.\n\nThank you," + SIG
        ),
        atts=(
            Att(
                "Farrow_Desmond_immunization_record.pdf",
                "application/pdf",
                make_pdf(
                    [
                        "MARLOW COUNTY PUBLIC HEALTH - CERTIFICATE OF IMMUNIZATION",
                        "Name: FARROW, DESMOND J     DOB: 06/11/2020     IIS ID: MIIS00317720",
                        "DTaP  08/14/2020  10/13/2020  12/15/2020  09/20/2021",
                        "IPV   08/14/2020  10/13/2020  12/15/2020",
                        "Hep B 06/12/2020  08/14/2020  12/15/2020",
                        "MMR   06/15/2021      Varicella 06/15/2021",
                        "Issued 03/09/2026 by MarlowIIS",
                    ],
                    "Certificate of Immunization - Farrow",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse reply to parent confirming MMR entry",
        notes="Hard positive: first name of child plus relationship and 'second MMR recorded' to the parent's personal yahoo mailbox.",
        frm="Renata Sokol RN <rsokol@marlowcountyhealth.org>",
        to="dana.whitcombe@yahoo.com",
        subject="RE: did Theo's shot get entered?",
        body=(
            "Hi Dana - yes, Theo's second MMR from Tuesday is in the registry now. The school nurse "
            "should see it by tomorrow morning when the nightly sync runs.\n\nRenata"
        ),
    ),
    Spec(
        phi=True,
        category="perinatal hepatitis B case management to pediatrician",
        notes="Infant of HBsAg-positive mother named with HBIG and hep B birth dose, HL7 VXU attached, sent to the pediatric practice.",
        frm="Perinatal Hep B Coordinator <perinatalhepb@marlowcountyhealth.org>",
        to="nurses@stjudepedsmarlow.com",
        subject="Perinatal hep B case - new infant assigned to your practice",
        body=(
            "Good morning,\n\nYour practice was listed as the medical home for Baby Girl Oyelaran (born "
            "03/02/2026 at Marlow General). Mother Folasade Oyelaran is HBsAg positive; the infant received "
            "HBIG and hep B dose 1 within 12 hours of birth (VXU attached for your records).\n\n"
            "Please give dose 2 at 1-2 months and dose 3 at 6 months, then order post-vaccination serology "
            "(HBsAg and anti-HBs) at 9-12 months. We will call to check in after each dose.\n\n"
            "Thank you,\nMarisol Eng, RN\nPerinatal Hepatitis B Prevention Program" + SIG + CONF
        ),
        atts=(Att("VXU_oyelaran_birthdose.hl7", "application/hl7-v2", VXU_PERI),),
    ),
    Spec(
        phi=True,
        category="corrected HL7 VXU returned to practice interface team",
        notes="Hard positive: body is only a resend note; the attached VXU carries a named teen's DOB, address and HPV/MenACWY doses.",
        frm=IIS,
        to="interfaces@northsidefamilypractice.net",
        subject="Rejected message NSFP-88312 - corrected copy",
        body=(
            "Hi Corey,\n\nThe message from Friday bounced on a bad RXA-5 code system. I fixed the "
            "coding and attached the corrected copy so you can compare against what your engine sends. "
            "Once your side is patched it should post without us touching it.\n\nThanks,\nMarlowIIS Help Desk"
        ),
        atts=(Att("NSFP-88312_corrected.hl7", "application/hl7-v2", VXU_RESEND),),
    ),
    Spec(
        phi=True,
        category="VAERS follow-up request to physician",
        notes="Named child's febrile seizure after MMRV vaccine, with DOB and VAERS follow-up, sent to the treating physician.",
        frm="Vaccine Safety Nurse <vaccinesafety@marlowcountyhealth.org>",
        to="dr.ahmadi@willowcreekpeds.com",
        subject="VAERS follow-up - information request",
        body=(
            "Dr. Ahmadi,\n\nWe submitted a VAERS report for your patient Elias Brandvold (DOB 01/30/2025), "
            "who had a febrile seizure about 9 days after MMRV at your office on 02/24/2026 and was seen "
            "in the Marlow General ED. VAERS has asked for the 60-day status. Could you tell us whether he "
            "has had any further seizures and whether the neurology referral happened?\n\n"
            "Also, for his second dose we would suggest separate MMR and varicella rather than MMRV.\n\n"
            "Best,\nHolly Brenneman, RN" + SIG
        ),
    ),
    Spec(
        phi=True,
        category="rabies post-exposure prophylaxis appointment invite",
        notes="Named person's rabies PEP dose schedule after a bat exposure, calendar invite sent to his gmail.",
        frm=IMM,
        to="wendell.ob@gmail.com",
        subject="Your next appointment at Marlow County Public Health",
        body=(
            "Mr. Okonkwo-Barr,\n\nThis confirms your day-3 rabies vaccine appointment on Thursday 3/12 at "
            "9:00 am. Please keep all four doses; missing one can make the series ineffective. The calendar "
            "invite is attached.\n\nIf the bite site becomes red or swollen, call us or your doctor."
            + SIG
        ),
        atts=(Att("rabies_dose2.ics", "text/calendar", RABIES_ICS),),
    ),
    Spec(
        phi=True,
        category="medical exemption with diagnosis only in subject",
        notes="Hard positive: the student's name and his anaphylaxis history with influenza vaccine sit only in the subject and PDF; the body just says form attached.",
        frm="Renata Sokol RN <rsokol@marlowcountyhealth.org>",
        to="healthoffice@pinecrestusd.org",
        subject="Med exemption - Ibrahim Adeyemi-Cole - influenza vaccine - anaphylaxis hx",
        body="Signed form attached. Original mailed to the family.\n\nR. Sokol",
        atts=(
            Att(
                "med_exemption_adeyemi-cole.pdf",
                "application/pdf",
                make_pdf(
                    [
                        "MARLOW COUNTY PUBLIC HEALTH - MEDICAL EXEMPTION CERTIFICATE",
                        "Student: Ibrahim Adeyemi-Cole    DOB: 04/19/2017    School: Oak Hill Elementary",
                        "Vaccine(s) exempted: Influenza (all formulations)",
                        "Reason: documented anaphylaxis after influenza vaccine 10/2024",
                        "Duration: permanent",
                        "Reviewed by: Immunization Program Medical Director",
                    ],
                    "Medical exemption",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="reminder-recall list of overdue children to clinic",
        notes="CSV of named children with DOBs, parent phones and overdue vaccines sent to a partner clinic for recall.",
        frm=IIS,
        to="frontdesk@eastmarlowclinic.org",
        subject="March reminder/recall list - East Marlow Clinic",
        body=(
            "Attached is your practice's reminder/recall list for children 19-35 months who are overdue "
            "per MarlowIIS as of Friday. Please call families and send us any records we are missing.\n\n"
            "Reminder: do not forward this file outside your clinic." + SIG
        ),
        atts=(
            Att(
                "recall_eastmarlow_202603.csv",
                "text/csv",
                "last_name,first_name,dob,parent_phone,overdue\r\n"
                "Quintero,Lucia,2024-05-17,555-0162,DTaP4;PCV4\r\n"
                "Byrne,Callum,2024-02-09,555-0173,MMR1;VAR1;HepA1\r\n"
                "Nakashima,Ren,2023-11-30,555-0118,DTaP4\r\n"
                "Okafor,Adaeze,2024-07-02,555-0149,Hib4;PCV4;HepA1\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="headerless mass-clinic roster to pharmacy partner",
        notes="Hard positive: two-sheet workbook with no column headers listing names, DOBs, vaccines and lot numbers from a pharmacy co-hosted clinic.",
        frm="Outreach Team <outreach@marlowcountyhealth.org>",
        to="rx2214@brightwellpharmacy.com",
        subject="Saturday clinic - your half",
        body="Rows for the people your pharmacists vaccinated, so you can bill them. Second tab is the ones who declined.\n\nT.",
        atts=(
            Att(
                "sat0307.xlsx",
                XLSX,
                xlsx(
                    {
                        "given": [
                            ["Lindqvist, Harold", "1949-08-03", "Shingrix #2", "7XK29"],
                            ["Ferreira, Dalva", "1961-01-25", "Flu HD", "UT8814"],
                            ["Mbeki, Thandiwe", "1990-12-12", "COVID 2025-26", "EK5530"],
                        ],
                        "declined": [
                            ["Costa, Ivo", "1956-06-30", "Flu HD"],
                            ["Pruitt, Maybelle", "1944-02-14", "PCV20"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="837P vaccine administration claim to Medicaid MCO",
        notes="X12 837 claim with a named child, DOB, member ID and vaccine CPT codes sent to the managed-care payer.",
        frm="Billing Unit <billing@marlowcountyhealth.org>",
        to="edi-intake@prairiemco.com",
        subject="837P batch 4417",
        body="Batch 4417 attached (1 claim). Please send the 999 to this mailbox.\n\nMarlow County Public Health Billing",
        atts=(Att("MCP_837P_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry e-mailed to state Medicaid",
        notes="Hard positive: the body gives nothing away; the X12 270 carries a named child's Medicaid member ID and DOB.",
        frm="Billing Unit <billing@marlowcountyhealth.org>",
        to="provider.edi@statemedicaid.gov",
        subject="270 resend - portal timing out",
        body="Portal keeps timing out, sending the 270 this way per your help desk ticket 88102.",
        atts=(Att("elig_4502.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="mpox vaccine second-dose reminder to patient",
        notes="Hard positive: only a first name and the personal outlook address identify him, tied to his JYNNEOS (mpox) dose 1 date and dose 2 due.",
        frm="Marlow County Sexual Health & Immunizations <immunizations@marlowcountyhealth.org>",
        to="t.vandermeer@outlook.com",
        subject="Reminder: your second dose",
        body=(
            "Hi Tobias,\n\nOur records show you received your first JYNNEOS (mpox) vaccine on February 9. "
            "Your second dose is due any time from March 9. Walk-in hours are Tue/Thu 1-6 pm, or reply and "
            "we will book you.\n\nMarlow County Public Health"
        ),
    ),
    Spec(
        phi=True,
        category="hepatitis A contact notification to food worker",
        notes="Named restaurant worker told he is a hepatitis A exposure contact and needs vaccine, sent to his gmail.",
        frm="Communicable Disease Nurse <cdnurse@marlowcountyhealth.org>",
        to="marcus.pettibone@gmail.com",
        subject="Important health notice - please read today",
        body=(
            "Dear Marcus Pettibone,\n\nYou were identified as a close contact of a person with hepatitis A "
            "at your workplace. To prevent infection you should receive hepatitis A vaccine by Friday 3/13 "
            "(within 14 days of your last exposure on 2/28). There is no charge.\n\n"
            "Please do not work as a food handler until you have been vaccinated and cleared by our office. "
            "Call 555-0144 to schedule.\n\nSincerely,\nAnneliese Drummond, RN"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR Immunization void request",
        notes="Hard positive: body is routine; the FHIR resource names an adult with DOB and a flu dose entered in error.",
        frm=IIS,
        to="support@clearpathehr.com",
        subject="Duplicate flu record - please void on your side",
        body="Resource attached. Status set to entered-in-error on ours. Ticket CP-20331.",
        atts=(Att("Immunization-imm-corr-55102.json", "application/fhir+json", FHIR_IMM),),
    ),
    Spec(
        phi=True,
        category="yellow fever certificate scan named after traveller",
        notes="Hard positive: the body is generic; the PNG file name carries the traveller's name and the yellow fever vaccination.",
        frm="Travel Clinic <travelclinic@marlowcountyhealth.org>",
        to="chidi.okafor.travels@gmail.com",
        subject="your certificate",
        body="Hello, here is the scan you asked for. Keep the original yellow card with your passport. Safe travels!",
        atts=(
            Att(
                "ICVP_yellowfever_Chidi_Okafor_2026-03-04.png",
                "image/png",
                png(6, 4, (245, 215, 60)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded parent request with child's records",
        notes="Forwarded parent email naming a child with missed vaccines and a chemotherapy history, sent on to a partner clinic nurse.",
        frm="Renata Sokol RN <rsokol@marlowcountyhealth.org>",
        to="kgallo@riverbendpeds.org",
        subject="FW: catch-up schedule after chemo",
        body=(
            "Kim - forwarding the mom's note below. Sasha finished leukemia treatment at Children's in "
            "November and the oncologist says she can restart live vaccines in May. Can your office take "
            "her for the catch-up plan? Mom prefers Saturdays.\n\nRenata"
        ),
        forward=Spec(
            phi=True,
            category="parent request (forwarded)",
            notes="inner",
            frm="Irina Belov <irina.belov77@gmail.com>",
            to="rsokol@marlowcountyhealth.org",
            subject="catch-up schedule after chemo",
            body=(
                "Hello, my daughter Sasha Belova (born 3/3/2019) missed all her shots during chemotherapy. "
                "Her doctor says she needs to be revaccinated from the start. Who can help us?\nIrina"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pertussis household prophylaxis letter",
        notes="Letter to a household member naming the infant with pertussis and recommending Tdap and antibiotics for the family.",
        frm="Communicable Disease Nurse <cdnurse@marlowcountyhealth.org>",
        to="grandpa.hollis@aol.com",
        subject="Whooping cough in your household",
        body=(
            "Dear Mr. Hollis,\n\nAs we discussed by phone, your granddaughter Poppy Hollis-Grant (2 months) "
            "was diagnosed with pertussis (whooping cough) on March 6 and is in the pediatric unit at Marlow "
            "General. Because you live in the same home, we recommend azithromycin for all household members "
            "and a Tdap booster if you have not had one since 2016.\n\nA prescription has been sent to "
            "Brightwell Pharmacy on Main St.\n\nAnneliese Drummond, RN\nCommunicable Disease Program"
        ),
    ),
    Spec(
        phi=True,
        category="abbreviated dose entry request",
        notes="Hard positive: terse abbreviation-heavy note with child name, DOB and DTaP dose details for registry entry.",
        frm="Bea Ortland <bortland@marlowcountyhealth.org>",
        to="records@eastmarlowclinic.org",
        subject="pls enter",
        body="Ruiz, Mateo 07/14/2019 - DTaP#4 + IPV#4 (Kinrix) given 3/10 @ WIC site, lot D7X44, L delt. VIS 8/6/21. Mom Yesenia 555-0135.",
    ),
    Spec(
        phi=True,
        category="Medicare shingles claim correction with MBI",
        notes="Named older adult's Medicare MBI and Shingrix dose date sent to the Medicare contractor about a denied claim.",
        frm="Billing Unit <billing@marlowcountyhealth.org>",
        to="provider.inquiries@heartlandmac.com",
        subject="Reopening request - Shingrix claim",
        body=(
            "Hello,\n\nPlease reopen the denied claim for beneficiary Gertrude Almquist, MBI: 7KD2-WN4-HR58, "
            "date of service 01/22/2026 (Shingrix dose 2, 90750 + G0008). The denial cites frequency, but "
            "dose 1 was 08/2025 at another provider, so dose 2 is within the schedule.\n\n"
            "Billing NPI: 1576340636\n\nThank you,\nCarla Mendes, Billing Unit" + SIG
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="VFC provider newsletter",
        notes="HTML newsletter to enrolled VFC providers about ordering and storage; no individual.",
        frm=VFC,
        to="vfc-providers@lists.marlowcountyhealth.org",
        subject="VFC Bulletin - March 2026",
        body="",
        html=(
            "<html><body><h2>VFC Bulletin &ndash; March 2026</h2>"
            "<p>Spring ordering window opens <b>March 16</b>. Remember to submit your temperature logs with each order.</p>"
            "<ul><li>Annual site visits resume in April.</li><li>New digital data logger calibration certificates are due by June 30.</li>"
            "<li>MenB supply is back to normal.</li></ul>"
            "<p>Questions? Call 555-0140.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="kindergarten coverage by school aggregate",
        notes="Hard negative: per-school coverage percentages with cells under 10 suppressed; no student.",
        frm="Epidemiology Unit <epi@marlowcountyhealth.org>",
        to="healthservices@pinecrestusd.org",
        subject="2025-26 kindergarten coverage by school",
        body=(
            "Here are the kindergarten and 7th grade coverage tables from the fall audit. Schools with "
            "fewer than 10 exempt students show '<10'. Feel free to share with principals.\n\nMeg\nEpidemiology Unit"
        ),
        atts=(
            Att(
                "coverage_pusd_2025-26.xlsx",
                XLSX,
                xlsx(
                    {
                        "Kindergarten": [
                            ["School", "Enrolled", "MMR2 %", "DTaP5 %", "Exempt"],
                            ["Oak Hill ES", 88, 94.3, 93.2, "<10"],
                            ["Lark Street ES", 121, 89.8, 90.1, 12],
                            ["Pinecrest ES", 64, 96.9, 96.9, "<10"],
                        ],
                        "Grade 7": [
                            ["School", "Enrolled", "Tdap %", "MenACWY %"],
                            ["Pinecrest MS", 302, 91.4, 88.7],
                            ["Ridgeview MS", 278, 87.1, 85.6],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="test patient HL7 for IIS onboarding",
        notes="Hard negative: VXU for a declared ZZTEST onboarding patient in a processing-mode T message; no real person.",
        frm=IIS,
        to="onboarding@clearpathehr.com",
        subject="Onboarding test 7 - ACK results",
        body=(
            "Test message 7 (ZZTEST^BABYBOY, processing ID T) passed validation. ACK AA returned. "
            "The file we received is attached for your records. You can move to the production "
            "readiness checklist.\n\nMarlowIIS Help Desk"
        ),
        atts=(Att("ONB-TEST-0007.hl7", "application/hl7-v2", VXU_TEST),),
    ),
    Spec(
        phi=False,
        category="VFC fridge temperature excursion log",
        notes="Hard negative: CSV of refrigerator temperature readings and serial numbers of a data logger; no patient.",
        frm=VFC,
        to="office@willowcreekpeds.com",
        subject="Temperature excursion 3/7 - next steps",
        body=(
            "Hi Jody,\n\nThanks for reporting the excursion. I pulled the logger file (attached). The unit "
            "was at 9.4 C for 2h 10m. Please label the affected vaccine 'Do Not Use', keep it refrigerated, "
            "and call the manufacturers for stability data before using it.\n\nVFC Coordinator"
        ),
        atts=(
            Att(
                "logger_SN-DL4471920_0307.csv",
                "text/csv",
                "timestamp,temp_c,alarm\r\n2026-03-07 01:00,4.8,\r\n2026-03-07 02:00,7.9,HIGH\r\n"
                "2026-03-07 03:00,9.4,HIGH\r\n2026-03-07 04:00,6.1,\r\n2026-03-07 05:00,4.9,\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="manufacturer lot recall notice to providers",
        notes="Hard negative: vaccine lot numbers and NDCs in a recall notice; no patient or dose recipient.",
        frm=VFC,
        to="vfc-providers@lists.marlowcountyhealth.org",
        subject="Voluntary recall - pediatric hep A lots",
        body="Please check your stock for the lots in the attached notice and quarantine them. Do not revaccinate anyone; the recall is for potency, not safety.",
        atts=(
            Att(
                "recall_notice_hepA.txt",
                "text/plain",
                "MANUFACTURER NOTICE - VOLUNTARY RECALL (POTENCY)\r\nProduct: Hepatitis A vaccine, pediatric 0.5 mL\r\n"
                "NDC 58160-0825-52  Lots: HA2291X, HA2294X, HA2302Y  Exp 2027-01\r\n"
                "Action: quarantine and return via McAllister Distribution RMA 44107.\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="community flu clinic event invite",
        notes="Public clinic event calendar invite to a church partner; no individual.",
        frm="Outreach Team <outreach@marlowcountyhealth.org>",
        to="pastor.jenkins@greaterhopebc.org",
        subject="Saturday 3/21 clinic - calendar hold",
        body="Pastor Jenkins,\n\nThanks again for the hall. Calendar hold attached; we'll arrive at 9 to set up. Flyers are in the box by the office door.\n\nOutreach Team",
        atts=(Att("greater_hope_clinic.ics", "text/calendar", FLU_EVENT_ICS),),
    ),
    Spec(
        phi=False,
        category="staff flu vaccination compliance reminder",
        notes="Hard negative: workforce notice about employee flu vaccine deadline and exemption process; names no employee's health status.",
        frm="Employee Health <employeehealth@marlowcountyhealth.org>",
        to="all-staff@marlowcountyhealth.org",
        cc="hr.partners@marlowcounty.gov",
        subject="Reminder: staff influenza vaccination deadline March 31",
        body=(
            "All staff,\n\nAs a reminder, county policy PH-114 requires clinic-facing staff to be vaccinated "
            "against influenza or have an approved medical or religious exemption on file by March 31. "
            "If you were vaccinated elsewhere, upload your documentation to the HR portal.\n\n"
            "Exemption requests go to Employee Health, not your supervisor.\n\nEmployee Health"
        ),
    ),
    Spec(
        phi=False,
        category="clinician speaker bio for conference",
        notes="Hard negative: medical director's bio with diseases and NPI for a conference programme; no patient.",
        frm="Dr. Helena Voskuijlen <hvoskuijlen@marlowcountyhealth.org>",
        to="program@midstatepublichealthconf.org",
        subject="Speaker bio and headshot",
        body=(
            "Hi Aaron,\n\nBio below for the session on measles readiness.\n\n"
            "Helena Voskuijlen, MD, MPH (NPI 1447731542) is Medical Director of the Marlow County Immunization "
            "Program. A pediatric infectious disease physician, she led the county's 2019 measles response and "
            "has published on pertussis in infants and hepatitis B perinatal transmission.\n\nHelena"
        ),
    ),
    Spec(
        phi=False,
        category="vaccine order confirmation with SSN-shaped order number",
        notes="Hard negative: distributor order confirmation whose order number looks like an SSN; no patient.",
        frm=VFC,
        to="orders@mcallisterdistribution.com",
        subject="RE: Order 418-27-3306 - delivery window",
        body=(
            "Hi,\n\nConfirming order 418-27-3306 (20 boxes PCV20, 10 boxes Tdap, 5 boxes MenACWY). Please "
            "deliver Tuesday or Wednesday between 8 and 3 - the loading dock is closed Thursdays.\n\nThanks,\nVFC Coordinator"
        ),
    ),
    Spec(
        phi=False,
        category="IIS user training with fictitious sample patient",
        notes="Hard negative: training handout for registry users using a declared fictitious patient and example field names.",
        frm=IIS,
        to="trainees@lakeviewurgentcare.com",
        subject="MarlowIIS new-user training materials",
        body=(
            "Welcome to MarlowIIS! Before Thursday's session, please read the attached guide.\n\n"
            "All screenshots use our training patient 'SAMPLE, PATIENT A' (fictitious, DOB 01/01/2000) in the "
            "training environment. Never search for real people in training.\n\nFields you'll practise: Patient Name, "
            "DOB, Mother's Maiden Name, Vaccine, Lot, VFC Eligibility."
        ),
        atts=(
            Att(
                "MarlowIIS_user_guide.docx",
                DOCX,
                docx(
                    [
                        "MarlowIIS User Guide - Training Edition",
                        "1. Search: enter last name, first name and date of birth.",
                        "Example: SAMPLE, PATIENT A - 01/01/2000 (training patient, not a real person).",
                        "2. Add a historical dose: choose CVX, date given, source = historical.",
                        "3. Never enter real data in the training environment.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinic data-quality scorecard",
        notes="Hard negative: per-clinic percentages of records missing lot numbers, with the clinic's NPI; no patient.",
        frm=IIS,
        to="qi@northsidefamilypractice.net",
        subject="Q4 data quality scorecard - Northside Family Practice",
        body=(
            "Northside Family Practice (NPI 1358006991) - Q4 2025\n\n"
            "Doses reported: 4,812\nMissing lot number: 2.1% (county 3.4%)\nMissing VFC eligibility: 0.7%\n"
            "Median days to report: 1\n\nNice work - you are in the top quartile.\n\nMarlowIIS Help Desk"
        ),
    ),
    Spec(
        phi=False,
        category="public health nurse job posting",
        notes="Hard negative: job posting mentioning immunizations, TB testing and perinatal hep B; no individual.",
        frm="Marlow County HR <jobs@marlowcounty.gov>",
        to="postings@nursingjobsmidstate.com",
        subject="Posting: Public Health Nurse II - Immunizations",
        body=(
            "Please post the following through April 15.\n\nPUBLIC HEALTH NURSE II (Immunization Program)\n"
            "Salary $74,120-$91,300. Duties: administer childhood and adult vaccines, perinatal hepatitis B case "
            "management, TB skin testing, outreach clinics. Requires RN licence and CPR. Bilingual Spanish or "
            "Somali preferred.\n\nApply at marlowcounty.gov/jobs, reference PHN-2026-07."
        ),
    ),
    Spec(
        phi=False,
        category="measles exposure locations press release",
        notes="Hard negative: public list of places and times of possible measles exposure; the case is not identified.",
        frm="Marlow County Public Health Communications <news@marlowcountyhealth.org>",
        to="newsdesk@marlowcourier.com",
        subject="MEDIA RELEASE: possible measles exposure at three locations",
        body=(
            "FOR IMMEDIATE RELEASE\n\nMarlow County Public Health is notifying the public of possible measles "
            "exposure at:\n- Marlow Transit Center, Mar 3, 2-5 pm\n- Harvest Foods, 1200 E Main, Mar 4, 10 am-1 pm\n"
            "- Marlow General ED waiting room, Mar 5, 6-11 pm\n\nAnyone not immune who was present should watch "
            "for fever and rash through March 26 and call 555-0144 before visiting a clinic. To protect privacy, "
            "no information about the case will be released.\n\nMedia contact: Janelle Ortiz, 555-0151"
        ),
    ),
    Spec(
        phi=False,
        category="registry downtime notice",
        notes="IT maintenance notice for the immunization registry; no patient.",
        frm=IIS,
        to="iis-users@lists.marlowcountyhealth.org",
        subject="MarlowIIS maintenance Sat 3/14 10pm-2am",
        body="MarlowIIS will be unavailable Saturday 3/14 from 10 pm to 2 am for a database upgrade. HL7 messages will queue and post automatically afterwards.",
    ),
    Spec(
        phi=False,
        category="general HPV schedule answer to parent",
        notes="Hard negative: reply to a parent's personal mailbox with general HPV schedule facts; no child or health detail of anyone.",
        frm=IMM,
        to="jlarkspur.home@gmail.com",
        subject="RE: question about HPV vaccine age",
        body=(
            "Hello,\n\nThanks for writing. HPV vaccine is recommended at 11-12 years and can start at 9. "
            "Children who start before their 15th birthday need only 2 doses, 6-12 months apart. "
            "Any pediatrician or our walk-in clinic can give it; it is free for children with Medicaid or no insurance.\n\n"
            "Immunization Program" + SIG
        ),
    ),
    Spec(
        phi=False,
        category="de-identified dose extract for university study",
        notes="Hard negative: de-identified CSV with age band, 3-digit ZIP and year only, under a data-use agreement.",
        frm="Epidemiology Unit <epi@marlowcountyhealth.org>",
        to="r.kaminski@midstateu.edu",
        subject="DUA-2026-03 extract (de-identified)",
        body=(
            "Dr. Kaminski,\n\nAttached is the de-identified extract under DUA-2026-03: one row per dose, "
            "age band, sex, ZIP3 and year only; no names, dates or registry IDs. Cells under 11 were suppressed "
            "in the summary tab you already have.\n\nMeg"
        ),
        atts=(
            Att(
                "dua202603_doses_deid.csv",
                "text/csv",
                "row,age_band,sex,zip3,year,cvx\r\n1,0-4,F,615,2025,20\r\n2,0-4,M,615,2025,03\r\n"
                "3,65+,F,615,2025,187\r\n4,18-49,M,616,2025,213\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="immunization coalition meeting invite",
        notes="Coalition meeting calendar invite with agenda; no patient.",
        frm=IMM,
        to="coalition@marlowimmunizes.org",
        subject="Marlow Immunization Coalition - March 19",
        body="Hi all, invite below for our March meeting. Lunch provided by the Rotary.",
        ics=COALITION_ICS,
    ),
    Spec(
        phi=False,
        category="state grant progress report",
        notes="Grant report with county dose totals and coverage percentages; aggregate only.",
        frm="Dr. Helena Voskuijlen <hvoskuijlen@marlowcountyhealth.org>",
        to="immunization.grants@statehealth.gov",
        subject="IIP cooperative agreement - mid-year report",
        body="Please find the mid-year progress report attached. Happy to walk through it on the April call.\n\nHelena",
        atts=(
            Att(
                "MCPH_IIP_midyear_2026.docx",
                DOCX,
                docx(
                    [
                        "Marlow County Public Health - Immunization Program mid-year report (Jul-Dec 2025)",
                        "Doses administered at county clinics: 11,482 (pediatric 6,910; adult 4,572).",
                        "Outreach clinics held: 37. School-located flu clinics: 14.",
                        "Perinatal hepatitis B infants managed: 9; all completed series on time.",
                        "Kindergarten MMR2 coverage rose from 90.8% to 92.6%.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="VFC enrolment packet zip",
        notes="Hard negative: zip of blank VFC enrolment forms and a provider list with NPIs; no patient.",
        frm=VFC,
        to="manager@lakeviewurgentcare.com",
        subject="VFC enrolment packet",
        body=(
            "Hi Priya,\n\nThe enrolment packet is attached. List every prescriber who will sign VFC orders "
            "with their NPI and licence number on form 2. Your medical director, Dr. Samuel Obi (NPI 1635870169), "
            "must sign the agreement.\n\nVFC Coordinator"
        ),
        atts=(
            Att(
                "VFC_enrollment_2026.zip",
                "application/zip",
                zipped(
                    {
                        "form1_provider_agreement.txt": "VFC PROVIDER AGREEMENT\nFacility name: ______\nMedical director: ______\n",
                        "form2_prescribers.csv": "name,credential,npi,licence\n,,,\n",
                        "storage_checklist.txt": "Stand-alone refrigerator; digital data logger with current certificate; twice-daily min/max.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded CDC schedule update",
        notes="Forward of a national schedule change notice to partner clinics; no individual.",
        frm="Dr. Helena Voskuijlen <hvoskuijlen@marlowcountyhealth.org>",
        to="medical-directors@lists.marlowcountyhealth.org",
        subject="FW: 2026 adult schedule changes",
        body="FYI - note the RSV age change for adults. We'll update standing orders by April 1.\n\nHelena",
        forward=Spec(
            phi=False,
            category="schedule notice (forwarded)",
            notes="inner",
            frm="State Immunization Program <sip-news@statehealth.gov>",
            to="local-health-officers@statehealth.gov",
            subject="2026 adult schedule changes",
            body="The 2026 adult schedule lowers the RSV vaccine age to 50 for adults at increased risk and updates pneumococcal guidance for 50-64.",
        ),
    ),
]
