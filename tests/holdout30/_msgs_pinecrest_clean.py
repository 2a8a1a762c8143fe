"""Pinecrest Neurology & Sleep: outbound mail with no PHI (many of it alarming-looking)."""

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import CMC, PNS, Att, Spec

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="clinician names with diseases in staff schedule",
        notes=(
            "Hard negative: provider coverage grid (names, specialties, epilepsy/MS clinics); no "
            "patients."
        ),
        frm=f"Operations <ops@{PNS}>",
        to=f"allstaff@{PNS}",
        subject="December clinic coverage",
        body=(
            "December coverage:\n- Epilepsy clinic: Dr. Hamid Sadeghi (Mon/Wed), Dr. Oluwaseun "
            "Adeyemi (Fri)\n- MS and neuroimmunology: Dr. Mei-Ling Chou (Tue/Thu)\n- Headache and "
            "Botox procedure days: Dr. Chou, 1st and 3rd Fridays\n- Sleep medicine / narcolepsy: "
            "Dr. Rivka Feld\n- EEG reading: rotating, see Qgenda\n\nHoliday closure Dec 25.\n"
        ),
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes=(
            "Hard negative: IV methylprednisolone shortage notice to clinicians, doses and "
            "alternatives, no patient."
        ),
        frm=f"Pharmacy Liaison <rxliaison@{PNS}>",
        to=f"providers@{PNS}",
        subject="SHORTAGE: methylprednisolone sodium succinate 1 g vials",
        body=(
            "Our wholesaler reports methylprednisolone 1 g vials on allocation through January. "
            "For MS relapse courses please consider oral high-dose prednisone 1,250 mg daily x 3-5 "
            "days or dexamethasone per the attached guidance. Infusion suite will prioritise "
            "optic neuritis. Questions to me.\n\nSunita Batra, PharmD\n"
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped PO number on vendor order",
        notes=(
            "Hard negative: purchase order number shaped like an SSN (423-81-5507) for EEG "
            "electrodes."
        ),
        frm=f"Purchasing <purchasing@{PNS}>",
        to="orders@neurosupplyco.com",
        subject="PO 423-81-5507 - EEG consumables",
        body=(
            "Please ship PO 423-81-5507:\n- 20 boxes Ten20 conductive paste 4 oz\n- 10 packs "
            "disposable cup electrodes, 10 mm\n- 4 Nuprep gel 114 g\nShip to: Pinecrest Neurology, "
            "19800 44th Ave W Suite 210, Lynnwood WA 98036. Net 30.\n\nMarcus Lee, Purchasing\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality report",
        notes=(
            "Hard negative: quarterly aggregate seizure-freedom and infusion reaction rates, no "
            "individuals."
        ),
        frm=f"Quality <quality@{PNS}>",
        to="board@pinecrestneuro.com",
        subject="Q3 quality dashboard",
        body=(
            "Q3 2026 summary:\n- Epilepsy patients seen: 1,412; seizure-free 12 months: 61%\n"
            "- MS infusions: 884; infusion reactions: 2.1% (all grade 1-2)\n"
            "- CPAP adherence at 90 days: 72% (n=318)\n- Migraine Botox responders (50% "
            "reduction): "
            "58%\n\nFull dashboard attached.\n"
        ),
        atts=(
            Att(
                "Q3_quality.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Q2", "Q3"],
                            ["Seizure-free 12m", 0.59, 0.61],
                            ["Infusion reactions", 0.024, 0.021],
                        ],
                        "Sleep": [["Measure", "n", "Rate"], ["CPAP adherence 90d", 318, 0.72]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient labelled test",
        notes=(
            "Hard negative: IT interface test using TEST,PATIENT synthetic record, explicitly "
            "labelled test."
        ),
        frm=f"IT Interfaces <interfaces@{PNS}>",
        to="hl7support@valleymedcenter.org",
        subject="TEST ORU for new EEG feed - synthetic",
        body=(
            "This is a synthetic test message for the new EEG results feed (no real patient). "
            "Patient is ZZTEST, EEGONE, MRN TEST000001, DOB 01/01/1900. Please confirm it lands "
            "in your TEST environment only.\n\nAlan Park, Interface Analyst\n"
        ),
        atts=(
            Att(
                "TEST_ORU.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|PNS_EEG|PINECREST|EPIC|VALLEYMED|20261110090000||ORU^R01|TEST0001|T|2.5.1\r"
                "PID|1||TEST000001^^^PNS^MR||ZZTEST^EEGONE||19000101|U\r"
                "OBX|1|TX|EEGIMP^Impression||TEST RESULT - DO NOT FILE||||||F\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job posting",
        notes="Hard negative: job posting for an EEG tech mentioning epilepsy monitoring.",
        frm=f"Talent <careers@{PNS}>",
        to="postings@healthcarejobsnw.com",
        subject="Posting: Registered EEG Technologist (R. EEG T.)",
        body=(
            "Pinecrest Neurology & Sleep is hiring a full-time R. EEG T. for routine, ambulatory "
            "and "
            "video EEG in our epilepsy program. Experience with pediatric patients and long-term "
            "monitoring preferred. $34-$45/hr, sign-on bonus. Apply at "
            "pinecrestneuro.com/careers.\n"
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice",
        notes="Hard negative: sleep lab cleaning service invoice with account number.",
        frm=f"Accounts Payable <ap@{PNS}>",
        to="billing@brightcleanservices.com",
        subject="Invoice 88123 - question",
        body=(
            "Hi, invoice 88123 (account 7700-4412) bills 6 overnight sleep rooms but we only "
            "have 4. "
            "Please reissue.\n\nThanks, Gloria Nunez, AP\n"
            "\n--\nPinecrest Neurology & Sleep | 19800 44th Ave W, Lynnwood WA\n"
            "This message is intended only for the addressee and may contain information that "
            "is privileged and confidential under HIPAA. If you are not the intended recipient, "
            "do not read, copy or forward it; notify us at 425-555-0100.\n"
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes="Hard negative: regional epilepsy CME agenda with speaker names and disease topics.",
        frm=f"Dr. Oluwaseun Adeyemi <oadeyemi@{PNS}>",
        to="cme@nwneurosociety.org",
        subject="Final agenda - Epilepsy Update 2027",
        body="Final agenda attached. Speakers confirmed.\n",
        atts=(
            Att(
                "agenda.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Northwest Epilepsy Update - January 23, 2027",
                        "8:00 Drug-resistant epilepsy: when to refer for surgery - Dr. Hamid "
                        "Sadeghi",
                        "9:00 Cenobamate in practice - Dr. Oluwaseun Adeyemi",
                        "10:15 Seizures and sleep apnea - Dr. Rivka Feld",
                        "11:00 Panel: SUDEP counselling",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payroll HR mail",
        notes=(
            "Hard negative: payroll notice to staff with an employee name and W-2 mention, no "
            "health info."
        ),
        frm=f"HR <hr@{PNS}>",
        to=f"allstaff@{PNS}",
        subject="Payroll: holiday pay and W-2 address check",
        body=(
            "Reminder: Thanksgiving holiday pay posts on the 11/27 check. Please confirm your home "
            "address in Paylocity by Dec 15 so W-2s go to the right place. Questions: Tiffany "
            "Morrow, x2210.\n"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes="Hard negative: de-identified MS cohort extract (study ids, age bands, year only).",
        frm=f"Dr. Mei-Ling Chou <mchou@{PNS}>",
        to="datacore@uwneuroresearch.edu",
        subject="De-identified extract v3 (Safe Harbor)",
        body="Attached is the Safe Harbor de-identified extract for the DMT persistence study.\n",
        atts=(
            Att(
                "dmt_extract_v3.csv",
                "text/csv",
                "study_id,age_band,sex,dx_year,dmt,edss_band,relapse_12m\r\n"
                "S0001,30-39,F,2019,ocrelizumab,0-2.5,0\r\nS0002,40-49,M,2015,natalizumab,3-5.5,1\r\n"
                "S0003,50-59,F,2011,ofatumumab,3-5.5,0\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="patient education handout",
        notes="Hard negative: CPAP cleaning handout sent to a community center, no individual.",
        frm=f"Sleep Lab <sleeplab@{PNS}>",
        to="events@lynnwoodseniorcenter.org",
        subject="Handouts for the sleep apnea talk",
        body=(
            "Attached are handouts for Thursday's talk on sleep apnea. 40 copies would be great.\n"
        ),
        atts=(
            Att(
                "CPAP_care.pdf",
                "application/pdf",
                pdf(
                    [
                        "PINECREST NEUROLOGY & SLEEP",
                        "Caring for your CPAP",
                        "Wash the mask daily with mild soap. Replace filters monthly.",
                        "Untreated sleep apnea raises the risk of high blood pressure and stroke.",
                    ],
                    "CPAP care",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinician credentialing with NPI and DEA",
        notes="Hard negative: credentialing packet for a new neurologist (NPI, DEA) to a payer.",
        frm=f"Credentialing <credentialing@{PNS}>",
        to="providerrelations@cascadiahealthplan.com",
        subject="Add provider: Dr. Rivka Feld",
        body=(
            "Please add Rivka Feld, MD (Sleep Medicine, Neurology) to our group contract.\n"
            "NPI: 1037779299\nDEA: FM1615989\nWA license MD61045512\nStart date 12/01/2026.\n\n"
            "Lupe Alvarez, Credentialing\n"
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing warning",
        notes="IT notice about a phishing email impersonating the EHR, no PHI.",
        frm=f"IT Help Desk <helpdesk@{PNS}>",
        to=f"allstaff@{PNS}",
        subject="Phishing alert: fake 'EHR password expiry' emails",
        body="",
        html=(
            "<p><b>Do not click</b> links in emails titled 'Your EHR password expires today'. "
            "They come from epic-login-support.net, not us. Report them with the Phish button.</p>"
            "<p>IT Help Desk x4357</p>"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded newsletter on MS drugs",
        notes="Hard negative: forwarded pharma newsletter on ocrelizumab subcutaneous approval.",
        frm=f"Dr. Mei-Ling Chou <mchou@{PNS}>",
        to=f"msteam@{PNS}",
        subject="FW: Subcutaneous ocrelizumab - dosing update",
        body="FYI for the infusion workflow discussion Friday.\n",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Medical Information <medinfo@neuropharma-news.com>",
            to=f"mchou@{PNS}",
            subject="Subcutaneous ocrelizumab - dosing update",
            body=(
                "Ocrelizumab and hyaluronidase 920 mg/23,000 units is now available for "
                "subcutaneous injection every 6 months in relapsing MS and PPMS. Administration "
                "takes about 10 minutes; observe for 1 hour after the first dose.\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff illness notice",
        notes="Hard negative: workforce member out sick (staff notice, not a patient).",
        frm=f"Clinic Manager <dgrant@{PNS}>",
        to=f"frontdesk@{PNS}",
        subject="Jen out today",
        body=(
            "Jen from the nurse line is out sick today, Carla is covering triage. Reroute calls "
            "to x2240.\n"
        ),
    ),
    Spec(
        phi=False,
        category="equipment service ticket with serial",
        notes=(
            "Hard negative: EEG amplifier serial number in a service request (device not tied to "
            "a patient)."
        ),
        frm=f"Biomed <biomed@{PNS}>",
        to="service@natusmed-support.com",
        subject="Service request - amplifier SN 4L2207719",
        body=(
            "Our EEG amplifier SN 4L2207719 drops channels T3/T5 intermittently. Please schedule "
            "a tech visit.\n"
        ),
    ),
    Spec(
        phi=False,
        category="policy document",
        notes="Hard negative: policy on controlled-substance prescribing for narcolepsy, generic.",
        frm=f"Compliance <compliance@{PNS}>",
        to=f"providers@{PNS}",
        subject="Updated policy: Schedule II stimulants and sodium oxybate",
        body="Please review the attached policy by Dec 1 and attest in the LMS.\n",
        atts=(
            Att(
                "POL-CS-014.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "POL-CS-014 Controlled substances in sleep medicine",
                        "Check the PDMP before each prescription of amphetamine salts, "
                        "methylphenidate or oxybate.",
                        "Urine drug screens annually. Oxybate REMS enrolment required.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="marketing newsletter to subscribers",
        notes="General headache awareness newsletter to an opt-in list, no condition segmenting.",
        frm=f"Pinecrest Neurology <news@{PNS}>",
        to="newsletter-subscribers@lists.pinecrestneuro.com",
        subject="Winter newsletter: sleep, screens and headaches",
        body="",
        html=(
            "<h2>Winter newsletter</h2><p>Shorter days can shift your sleep. Tips: keep a regular "
            "wake time, get morning light, limit screens an hour before bed.</p><p>New: Saturday "
            "EEG appointments in Lynnwood.</p>"
        ),
    ),
    Spec(
        phi=False,
        category="reply to patient general question no identifier of care",
        notes=(
            "Hard negative: reply to a public info request about parking and hours, no care "
            "information."
        ),
        frm=f"Front Desk <frontdesk@{PNS}>",
        to="r.okonkwo.family@gmail.com",
        subject="Re: parking",
        body=(
            "Hi! Parking is free in the garage under the building, level P2. We open at 7:30. "
            "The entrance is on 44th Ave W.\n\nPinecrest Front Desk\n"
        ),
    ),
    Spec(
        phi=False,
        category="PNG org chart",
        notes="Org chart image sent to a recruiter; file name has a clinician name.",
        frm=f"HR <hr@{PNS}>",
        to="search@medrecruitpartners.com",
        subject="org chart for the medical director search",
        body="As discussed, attached is the current org chart.\n",
        atts=(Att("orgchart_DrSadeghi_MedDirector.png", "image/png", png(8, 4, (40, 90, 160))),),
    ),
    Spec(
        phi=False,
        category="ZIP of templates",
        notes=(
            "Hard negative: zip of blank intake templates (fields like DOB and diagnosis are "
            "empty)."
        ),
        frm=f"Records <records@{PNS}>",
        to=f"forms@{CMC}",
        subject="blank forms you asked for",
        body="Blank versions of our intake and release forms, feel free to adapt.\n",
        atts=(
            Att(
                "blank_forms.zip",
                "application/zip",
                zipped(
                    {
                        "intake_blank.txt": (
                            "Name: ____________  DOB: __/__/____\nReason for visit: "
                            "____________\nCurrent medications: ____________\n"
                        ),
                        "release_blank.txt": (
                            "I authorize Pinecrest Neurology & Sleep to release records to: "
                            "____________\nSignature: ____________\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ICS staff meeting",
        notes="Calendar invite for a seizure-rescue training for staff.",
        frm=f"Education <education@{PNS}>",
        to=f"allclinical@{PNS}",
        subject="Invitation: Seizure first aid refresher",
        body="Required annual refresher for clinical staff.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pinecrest//Sched//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:pns-edu-3310@pinecrestneuro.com\r\nDTSTAMP:20261109T160000Z\r\n"
            "DTSTART:20261119T220000Z\r\nDTEND:20261119T230000Z\r\n"
            "SUMMARY:Seizure first aid and rescue meds refresher\r\n"
            "LOCATION:Conf room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="FHIR Practitioner directory",
        notes="Hard negative: FHIR Practitioner resource for a clinician (NPI), not a patient.",
        frm=f"IT Interfaces <interfaces@{PNS}>",
        to="directory@wahie.org",
        subject="Provider directory update",
        body="Updated practitioner resource for the HIE directory.\n",
        atts=(
            Att(
                "Practitioner_feld.json",
                "application/fhir+json",
                '{"resourceType": "Practitioner", "id": "pns-feld", "identifier": [{"system": '
                '"http://hl7.org/fhir/sid/us-npi", "value": "1037779299"}], "name": [{"family": '
                '"Feld", "given": ["Rivka"], "prefix": ["Dr."]}], "qualification": [{"code": '
                '{"text": "Sleep Medicine"}}]}\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="X12 835 test file labelled test",
        notes=(
            "Hard negative: X12 835 remittance sample marked test with dummy subscriber TEST "
            "PATIENT."
        ),
        frm=f"Billing <billing@{PNS}>",
        to="edi@claimbridge-ch.com",
        subject="ERA parsing test - usage indicator T",
        body=(
            "Sample 835 with usage indicator T (test). Dummy subscriber only. Can you check the "
            "parser?\n"
        ),
        atts=(
            Att(
                "sample_835_TEST.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*CLAIMBRIDGE    *ZZ*PINECREST      "
                "*261110*0900*^*00501*000000001*0*T*:~"
                "ST*835*0001~CLP*TEST0001*1*100*80**12~NM1*QC*1*PATIENT*TEST****MI*TEST00000~SE*4*0001~IEA*1*000000001~",
            ),
        ),
    ),
]
