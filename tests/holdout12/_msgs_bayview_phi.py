# ruff: noqa: E501  (hand-written mail text and data lines are kept whole)
"""Bayview Children's Hospital: outbound mail that carries PHI (24 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

HL7_ADT = (
    "MSH|^~\\&|EPIC|BAYVIEW|CAREWELL|CWHH|20261110143200||ADT^A03|BV88213|P|2.5.1\r"
    "EVN|A03|20261110142900\r"
    "PID|1||BV00741286^^^BAYVIEW^MR||OKONKWO^CHIDERA^A||20190304|F|||2218 ALDER CREST DR^^VALLEJO^CA^94591||(707)555-0148\r"
    "PV1|1|I|PICU^P12^A||||1540613589^NAKASHIMA^ELLEN|||||||||||||||||||||||||||||||||20261103|20261110\r"
    "DG1|1||J45.52^Severe persistent asthma with status asthmaticus^I10\r"
    "RXO|budesonide-formoterol 80/4.5 mcg 2 puffs BID\r"
)

FHIR_IMMS = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "bv-pt-5520",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8812.1", "value": "BV00655019"}],
      "name": [{"family": "Ferreira", "given": ["Mateo", "Lucas"]}],
      "birthDate": "2025-05-17", "gender": "male",
      "address": [{"line": ["77 Bayshore Ct Apt 4"], "city": "Richmond", "state": "CA", "postalCode": "94804"}]}},
    {"resource": {"resourceType": "Immunization", "status": "completed",
      "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "133", "display": "PCV13"}]},
      "patient": {"reference": "Patient/bv-pt-5520"}, "occurrenceDateTime": "2026-11-06"}},
    {"resource": {"resourceType": "Immunization", "status": "completed",
      "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "110", "display": "DTaP-HepB-IPV"}]},
      "patient": {"reference": "Patient/bv-pt-5520"}, "occurrenceDateTime": "2026-11-06"}}
  ]
}
"""

ICS_CLINIC = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bayview Children's//Scheduling//EN\r\n"
    "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bv-sched-77120@bayviewchildrens.org\r\n"
    "DTSTAMP:20261109T170000Z\r\nDTSTART:20261119T173000Z\r\nDTEND:20261119T183000Z\r\n"
    "SUMMARY:Endocrine clinic - Aiden Trinh (new T1D, insulin pump start)\r\n"
    "LOCATION:Bayview Children's Specialty Clinics\\, 3rd floor\\, Room 318\r\n"
    "DESCRIPTION:Aiden Trinh DOB 08/22/2014 MRN BV00813377. Bring glucose log and pump supplies.\r\n"
    "ORGANIZER:mailto:endo.scheduling@bayviewchildrens.org\r\n"
    "ATTENDEE:mailto:hoa.trinh88@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary</title>
  <recordTarget><patientRole>
    <id extension="BV00598204" root="2.16.840.1.113883.3.8812.1"/>
    <patient><name><given>Saanvi</given><family>Raghunathan</family></name>
      <birthTime value="20160911"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title>
      <text>Admitted 11/04/2026 with perforated appendicitis; laparoscopic appendectomy 11/04.
      Completed 5 days IV piperacillin-tazobactam, transitioned to oral amoxicillin-clavulanate.</text>
    </section></component>
    <component><section><title>Follow-up</title>
      <text>Pediatric surgery clinic in 10-14 days. PCP: Dr. Ruth Abernathy.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

SW_EMAIL = Spec(
    phi=True,
    category="inner",
    notes="inner forwarded message",
    frm="Marisol Quintero <mquintero@bayviewchildrens.org>",
    to="Intake <intake@harborsidepsych.com>",
    subject="Referral - adolescent after PICU stay",
    body=(
        "Hello Harborside intake,\n\n"
        "Referring Kayla Brandt (DOB 01/30/2010), 16 y/o, discharged from our PICU 11/07 after an\n"
        "intentional acetaminophen ingestion. Medically cleared; seen by our psychiatry C-L team who\n"
        "recommend outpatient DBT and medication management (started sertraline 25 mg).\n"
        "Mom is Jolene Brandt, (510) 555-0193. Insurance: Blue Shield member XEH884120577.\n\n"
        "Marisol Quintero, LCSW\nPICU Social Work, Bayview Children's Hospital\n"
    ),
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="relative update to gmail, first name only",
        notes="Hard positive: nurse tells grandmother at gmail that 'Leo' had a seizure overnight and Keppra was increased; first name + room + condition",
        frm="Danielle Osei RN <dosei@bayviewchildrens.org>",
        to="nana.ruth.whitcomb@gmail.com",
        subject="quick update from 5 North",
        body=(
            "Hi Ruth,\n\n"
            "Your daughter asked me to send you a short update since you couldn't get through on the\n"
            "phone. Leo had one more seizure around 2am, about 90 seconds, and Dr. Halvorsen bumped his\n"
            "Keppra up this morning. He's sleeping now and eating a little. Still in room 5N-14.\n"
            "Visiting is open until 8pm tonight.\n\n"
            "Danielle\n5 North Neuroscience\n"
        ),
    ),
    Spec(
        phi=True,
        category="PICU transfer HL7 ADT to home health",
        notes="Hard positive: HL7 A03 with name, MRN, DOB, address, asthma diagnosis, to home health partner; body is bland",
        frm="Interface Team <hl7-ops@bayviewchildrens.org>",
        to="intake@carewellhomehealth.com",
        subject="ADT feed - discharge batch 11/10",
        body="Discharge message attached per our interface agreement. Reply to this address with any ACK issues.\n",
        atts=(Att("BV88213_A03.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="school nurse immunization record FHIR",
        notes="FHIR bundle with infant name, DOB, MRN, address and vaccines given; body only says 'records attached'",
        frm="Primary Care Pod B <pcpodb@bayviewchildrens.org>",
        to="records@richmondearlylearning.org",
        subject="Immunization record request - completed",
        body="Good afternoon,\n\nAttached is the record you requested, sent with the parent's signed release on file.\n\nThanks,\nPod B front desk\n",
        atts=(Att("imms_export.json", "application/fhir+json", FHIR_IMMS),),
    ),
    Spec(
        phi=True,
        category="endocrine appointment ICS invite to parent",
        notes="ICS invite to parent's gmail with child's name, DOB, MRN, new type 1 diabetes",
        frm="Endocrine Scheduling <endo.scheduling@bayviewchildrens.org>",
        to="hoa.trinh88@gmail.com",
        subject="Appointment invitation",
        body="Please accept the invitation below. Arrive 15 minutes early for check-in.\n",
        ics=ICS_CLINIC,
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary to PCP",
        notes="C-CDA with name, MRN, birth time, appendicitis course sent to outside pediatrician",
        frm="Health Information Management <him@bayviewchildrens.org>",
        to="frontdesk@sunsetpediatricsgroup.com",
        subject="Discharge summary for your patient",
        body="Please find the discharge document attached (C-CDA). Contact HIM at x4410 with questions.\n",
        atts=(Att("DischargeSummary_20261109.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="forwarded social work referral",
        notes="Hard positive: short cover note; the PHI (teen overdose, psych referral, member id) sits in the forwarded rfc822 message",
        frm="Marisol Quintero <mquintero@bayviewchildrens.org>",
        to="Dr. Priya Venkataraman <pvenkataraman@harborsidepsych.com>",
        subject="Fwd: Referral - adolescent after PICU stay",
        body="Priya - forwarding what I sent intake Friday, they said you'd be the one to review. Thx!\n",
        forward=SW_EMAIL,
    ),
    Spec(
        phi=True,
        category="rounding list initials+DOB",
        notes="Hard positive: hospitalist rounding list of initials, DOB, bed and diagnosis sent to personal yahoo for printing at home",
        frm="Tomasz Wierzbicki MD <twierzbicki@bayviewchildrens.org>",
        to="tomwierz@yahoo.com",
        subject="list for tmrw",
        body=(
            "4W census 11/12 (print for AM):\n"
            "4W-02  J.M.   03/11/2021  RSV bronchiolitis, HFNC 8L weaning\n"
            "4W-05  A.K.R. 12/02/2012  DKA resolved, transition to SQ insulin\n"
            "4W-09  T.O.   07/19/2018  Osteomyelitis L tibia, cefazolin day 4\n"
            "4W-11  B.N.   05/25/2024  FTT workup, calorie count\n"
        ),
    ),
    Spec(
        phi=True,
        category="billing statement PDF to parent",
        notes="PDF statement with guarantor, patient name, account number and ED visit charges",
        frm="Patient Financial Services <pfs@bayviewchildrens.org>",
        to="kwame.asante.fam@outlook.com",
        subject="Your Bayview Children's statement",
        body="Dear Guarantor,\n\nYour statement is attached. You can pay online or call 415-555-0171.\n\nPatient Financial Services\n",
        atts=(
            Att(
                "statement_88014522.pdf",
                "application/pdf",
                pdf(
                    [
                        "BAYVIEW CHILDREN'S HOSPITAL - PATIENT STATEMENT",
                        "Guarantor: Kwame Asante   Account: 88014522",
                        "Patient: Efua Asante   DOB: 04/09/2017",
                        "10/21/2026  Emergency dept visit level 4 (99284)     $1,842.00",
                        "10/21/2026  X-ray forearm 2 views (73090)              $318.00",
                        "10/21/2026  Closed reduction distal radius fx (25600)  $1,260.00",
                        "Insurance paid: $2,711.20   Amount due: $708.80",
                    ],
                    "Statement 88014522",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="photo of wound in filename",
        notes="Hard positive: PNG named with patient's name and 'burn_day3'; body only says 'photo for consult'",
        frm="Wound Care Nursing <woundcare@bayviewchildrens.org>",
        to="Dr. Ines Carvalho <icarvalho@bayviewchildrens.org>",
        subject="photo for consult",
        body="Dr. C - photo from this morning's dressing change, as requested.\n",
        atts=(Att("Nguyen_Bao_burn_R_forearm_day3.png", "image/png", png(6, 6, (190, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="PHI in subject line only",
        notes="Hard positive: subject names child and cystic fibrosis exacerbation admission; body is a one-liner",
        frm="Pulmonary Clinic <pulmclinic@bayviewchildrens.org>",
        to="cfcare@westbayrespiratory.com",
        subject="Owen Delacroix-Mbeki CF exacerbation, admitted 11/10 - need home vest settings",
        body="Can you send over the current settings sheet? Thank you.\n",
    ),
    Spec(
        phi=True,
        category="child life referral internal HTML",
        notes="HTML-only internal note naming child, upcoming chemo port placement and coping needs",
        frm="Oncology Nurse Navigator <onc.nav@bayviewchildrens.org>",
        to="childlife@bayviewchildrens.org",
        subject="Child life prep request",
        body="",
        html=(
            "<html><body><p>Hi Child Life team,</p>"
            "<p>Could someone meet <b>Zoe Lindqvist</b> (7 y/o, MRN BV00720451) before her port placement "
            "on <b>Thursday 11/12</b>? New ALL diagnosis, very needle-anxious, loves horses.</p>"
            "<p>Mom prefers texts: 415-555-0126.</p><p>Thanks!<br>Grace, RN Navigator</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="payer prior auth XLSX multi-sheet",
        notes="Two-sheet workbook with member ids, names, DOB and growth hormone/ biologic prior-auth status",
        frm="Pharmacy Prior Auth <rx.pa@bayviewchildrens.org>",
        to="pa.liaison@goldenstatekidsplan.com",
        subject="Pending PA tracker - week of 11/9",
        body="Attached is our pending list, second tab has the denials we're appealing. Can we set up a call?\n",
        atts=(
            Att(
                "PA_tracker_1109.xlsx",
                XLSX,
                xlsx(
                    {
                        "Pending": [
                            ["Member ID", "Patient", "DOB", "Drug", "Submitted"],
                            ["GSK20418876", "Harper Yilmaz", "2015-02-14", "somatropin", "2026-11-02"],
                            ["GSK20557103", "Rafael Otieno", "2011-09-30", "dupilumab", "2026-11-04"],
                            ["GSK20633419", "Lily Castellanos", "2019-06-08", "adalimumab", "2026-11-05"],
                        ],
                        "Denied-Appeal": [
                            ["Member ID", "Patient", "Drug", "Reason"],
                            ["GSK20190042", "Jonah Feldstein", "omalizumab", "step therapy not met"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="CSV roster for home nursing vendor",
        notes="CSV of trach/vent kids with names, DOB, address, device, sent to DME vendor",
        frm="Complex Care Program <complexcare@bayviewchildrens.org>",
        to="orders@pacificdmesupply.com",
        subject="Monthly supply roster - Nov",
        body="Roster attached for November deliveries. Two address changes are flagged in column G.\n",
        atts=(
            Att(
                "complexcare_roster_nov.csv",
                "text/csv",
                "name,dob,mrn,device,supply,address,changed\r\n"
                "Elijah Broussard,2020-01-22,BV00611893,tracheostomy,trach kits 4.0 cuffless,1450 Pine Hollow Rd Novato CA 94947,N\r\n"
                "Amara Nwachukwu,2018-10-05,BV00590277,G-tube,MIC-KEY 14Fr 1.5cm,38 Linden Ave San Rafael CA 94901,Y\r\n"
                "Wyatt Hollings,2022-03-17,BV00688120,home ventilator,Trilogy circuits,902 Cedar St Apt 2 Petaluma CA 94952,N\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Mrs. K style follow-up room and med",
        notes="Hard positive: 'the K. baby in NICU pod 3 bed 7' with a caffeine citrate dose change, to outside transport team",
        frm="Alyssa Porter NNP <aporter@bayviewchildrens.org>",
        to="dispatch@norcalneonataltransport.org",
        subject="re: back-transfer tomorrow",
        body=(
            "Confirming the K. baby in pod 3 bed 7 is still on for back-transfer to Marin General tomorrow\n"
            "at 10. We dropped caffeine citrate to 5 mg/kg daily this morning and she's on full feeds\n"
            "24 kcal. Mom (Mrs. Kowalczyk) will ride along.\n\nAlyssa\n"
        ),
    ),
    Spec(
        phi=True,
        category="genetics result letter DOCX",
        notes="DOCX result letter to family: child's name, DOB and a pathogenic variant",
        frm="Genetics Clinic <genetics@bayviewchildrens.org>",
        to="sorensen.household@icloud.com",
        subject="Letter from Genetics Clinic",
        body="Dear Sorensen family,\n\nPlease see the attached letter from Dr. Abara. Call us with any questions.\n",
        atts=(
            Att(
                "Genetics_letter.docx",
                DOCX,
                docx(
                    [
                        "Bayview Children's Hospital - Division of Medical Genetics",
                        "November 10, 2026",
                        "Re: Freya Sorensen, DOB 02/27/2020",
                        "Dear Mr. and Mrs. Sorensen,",
                        "Freya's exome sequencing found one pathogenic variant in the SCN1A gene, which is consistent with Dravet syndrome.",
                        "We would like to see you in clinic to discuss what this means for her seizure treatment.",
                        "Sincerely, Chinelo Abara, MD, Medical Genetics",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ED callback note terse",
        notes="Terse ED note to urgent care with patient name and culture result requiring antibiotic change",
        frm="ED Callback Nurse <edcallback@bayviewchildrens.org>",
        to="clinical@bayareaurgentkids.com",
        subject="culture callback",
        body=(
            "Pt Marcus Whitfield, seen here 11/8. Urine cx grew E. coli resistant to cephalexin.\n"
            "Family notified, switched to nitrofurantoin. FYI since you saw him first on 11/6.\n- ED callback\n"
        ),
    ),
    Spec(
        phi=True,
        category="password zip of labs with password in body",
        notes="Encrypted zip of lab results; member names visible only in body table of contents",
        frm="Hematology Clinic <heme@bayviewchildrens.org>",
        to="cc.coordinator@sickle-cell-network.org",
        subject="Hydroxyurea monitoring labs",
        body=(
            "Hi Tanisha,\n\nZip attached (password by phone as usual). Contents:\n"
            " - Jaylen Mercer CBC/retic 11/05\n - Nia Okafor CBC/retic 11/06\n\n"
            "Both on hydroxyurea; Nia's ANC was low so we're holding 1 week.\n\nDelphine\n"
        ),
        atts=(
            Att(
                "hu_labs_1106.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "mercer_j.txt": "Jaylen Mercer DOB 2013-07-02 Hgb 8.9 ANC 3.1 retic 210",
                        "okafor_n.txt": "Nia Okafor DOB 2016-12-12 Hgb 8.1 ANC 1.2 retic 180",
                    },
                    "bayheme26",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="parent reply quoted thread",
        notes="Clinic replies to father's gmail; quoted thread has the child's ADHD med and dose",
        frm="Developmental Peds Clinic <devpeds@bayviewchildrens.org>",
        to="darnell.pryce@gmail.com",
        subject="RE: refill question",
        body=(
            "Hi Mr. Pryce,\n\nDr. Sandoval approved the refill and sent it to the Walgreens on Geary.\n"
            "Please schedule Malik's 3-month follow-up before the next refill.\n\nDevelopmental Pediatrics\n\n"
            "-----Original Message-----\nFrom: Darnell Pryce <darnell.pryce@gmail.com>\nSent: Monday, November 9, 2026 7:02 AM\n"
            "Subject: refill question\n\n"
            "> Malik is almost out of his Focalin XR 15mg, can we get a refill before Thursday?\n> Thanks, Darnell\n"
        ),
    ),
    Spec(
        phi=True,
        category="zip with OR schedule",
        notes="Hard positive: Zip containing next-day OR schedule text with names and procedures, sent to anesthesia group",
        frm="Perioperative Services <periop@bayviewchildrens.org>",
        to="scheduling@bayanesthesiapartners.com",
        subject="OR board 11/13",
        body="Attached zip has tomorrow's board for the partners. Room 4 may flip to add-on.\n",
        atts=(
            Att(
                "ORboard_1113.zip",
                "application/zip",
                zipped(
                    {
                        "OR_1113.txt": (
                            "RM1 0730 Abernathy-Cole, Ruby 4y  tonsillectomy/adenoidectomy  OSA\n"
                            "RM1 0930 Haddad, Yusuf 9y  bilateral myringotomy tubes\n"
                            "RM2 0800 Kimura, Sora 14y  posterior spinal fusion T3-L2  AIS\n"
                            "RM4 1100 Delgado, Emilia 2y  hypospadias repair\n"
                        )
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="interpreter request with patient detail",
        notes="Hard positive: interpreter vendor gets patient name, appointment time and 'oncology relapse conversation'",
        frm="Language Services <langservices@bayviewchildrens.org>",
        to="requests@goldengateinterpreting.com",
        subject="Interpreter request - Mam/Spanish",
        body=(
            "Need an in-person Mam interpreter (Spanish as backup):\n"
            "Date: 11/17/2026 2:00 PM, Oncology clinic 2nd floor\n"
            "Family: Lopez Tzoc - patient Brayan Lopez Tzoc, 11 y/o\n"
            "Visit: family meeting re: leukemia relapse and transplant options, approx 90 min\n"
        ),
    ),
    Spec(
        phi=True,
        category="case management to health plan TXT notes",
        notes="TXT attachment of case management notes with member id and NICU stay",
        frm="Utilization Review <ur@bayviewchildrens.org>",
        to="um.nurse@goldenstatekidsplan.com",
        subject="Clinical update for concurrent review",
        body="Clinical notes for the concurrent review are attached. Auth # pending on your side.\n",
        atts=(
            Att(
                "cr_update_1110.txt",
                "text/plain",
                "Member: Baby Girl Achterberg  ID GSK20871145\n"
                "Admit NICU 10/29/2026, GA 31+2 wks, BW 1520 g\n"
                "Current: room air since 11/7, PO feeding 60%, NG remainder. Apnea spells x2 in 48h.\n"
                "Anticipated LOS 10-14 more days.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PICU family phone number to chaplain",
        notes="Hard positive: chaplaincy referral with only last name, PICU bed and 'withdrawal of care discussion' plus family phone",
        frm="PICU Charge Nurse <picu.charge@bayviewchildrens.org>",
        to="spiritualcare@bayviewchildrens.org",
        subject="chaplain visit",
        body=(
            "Can a chaplain come to PICU bed 9 this afternoon? Harmon family, goals-of-care meeting at 3\n"
            "about possible withdrawal of support. Dad asked for a Catholic priest if available.\n"
            "Dad's cell 925-555-0137.\n"
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 claim to clearinghouse",
        notes="Hard positive: X12 837P with subscriber and patient names, member id, diagnosis code",
        frm="Billing EDI <edi@bayviewchildrens.org>",
        to="submit@pacificclaimsxchange.com",
        subject="837P batch 4471",
        body="Batch 4471 attached. 1 claim.\n",
        atts=(
            Att(
                "batch4471.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*BAYVIEWCH      *ZZ*PACCLAIMX      *261110*1420*^*00501*000004471*0*P*:~"
                "GS*HC*BAYVIEWCH*PACCLAIMX*20261110*1420*4471*X*005010X222A1~ST*837*0001*005010X222A1~"
                "NM1*85*2*BAYVIEW CHILDRENS HOSPITAL*****XX*1744529078~"
                "NM1*IL*1*MORALES*ANDRES****MI*GSK20344510~DMG*D8*20140611*M~"
                "CLM*BV771204*245***11:B:1*Y*A*Y*Y~HI*ABK:F90.2~SV1*HC:96127*245*UN*1***1~SE*8*0001~GE*1*4471~IEA*1*000004471~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient portal message copy to aunt",
        notes="Hard positive: care coordinator emails an aunt (hotmail) about a cardiology follow-up echo for nephew by first name and age",
        frm="Heart Center Coordinator <heartcenter@bayviewchildrens.org>",
        to="tia.benedetta.r@hotmail.com",
        subject="Dominic's echo next week",
        body=(
            "Hi Benedetta,\n\nAs you're listed as Dominic's authorized contact: his follow-up echo after the\n"
            "VSD repair is Tuesday 11/17 at 9:15am, Heart Center level 2. He can eat normally.\n\n"
            "Warmly,\nLuz, Heart Center Care Coordinator\n"
        ),
    ),
]
