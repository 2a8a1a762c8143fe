"""holdout7: Larkspur Cancer Institute (outpatient cancer center with infusion suites)."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import CED, LCI, Att, Spec

SIG_NAV = """
Rosalind Achterberg, RN, OCN
Nurse Navigator, GI Oncology
Larkspur Cancer Institute
p 402-555-0157 | f 402-555-0158"""

FOOTER = """
This message may contain confidential information intended only for the addressee. If you
received it in error, notify the sender and delete it. Larkspur Cancer Institute."""

FHIR_RX = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "lci-pt-7714",
                    "identifier": [
                        {"system": "urn:oid:2.16.840.1.113883.3.7714", "value": "LCI20511934"}
                    ],
                    "name": [{"family": "Szymanski", "given": ["Bernadette"]}],
                    "birthDate": "1959-04-27",
                    "telecom": [{"system": "phone", "value": "402-555-0114"}],
                    "address": [
                        {
                            "line": ["3318 Juniper Hollow Dr"],
                            "city": "Papillion",
                            "state": "NE",
                            "postalCode": "68133",
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "MedicationRequest",
                    "status": "active",
                    "intent": "order",
                    "subject": {"reference": "Patient/lci-pt-7714"},
                    "medicationCodeableConcept": {"text": "palbociclib 125 mg capsule"},
                    "dosageInstruction": [{"text": "1 cap PO daily x21 days, 7 days off"}],
                    "reasonCode": [
                        {"text": "C50.912 Malignant neoplasm of left breast, HR+/HER2-"}
                    ],
                    "requester": {"display": "Naomi Lindqvist, MD"},
                }
            },
        ],
    },
    indent=1,
)

FHIR_TEST = json.dumps(
    {
        "resourceType": "Patient",
        "id": "test-zz-001",
        "meta": {
            "tag": [{"code": "SYNTHETIC", "display": "synthetic test data - not a real person"}]
        },
        "identifier": [{"system": "urn:lci:test", "value": "ZZ0000001"}],
        "name": [{"family": "ZZZTEST", "given": ["ONCOLOGY"]}],
        "birthDate": "1900-01-01",
    },
    indent=1,
)

TUMOR_BOARD = xlsx(
    {
        "Thoracic 11-17": [
            ["Patient", "MRN", "DOB", "Dx", "Stage", "Question"],
            [
                "Oyelaran, Babatunde",
                "LCI20398812",
                "1954-03-09",
                "NSCLC adeno, EGFR ex19del",
                "IIIA",
                "neoadj osimertinib?",
            ],
            [
                "Krzeminski, Joanna",
                "LCI20441907",
                "1967-08-18",
                "SCLC limited",
                "LS",
                "PCI vs MRI surveillance",
            ],
        ],
        "GI 11-18": [
            ["Patient", "MRN", "DOB", "Dx", "Stage", "Question"],
            [
                "Abernathy, Dale",
                "LCI20277361",
                "1951-12-02",
                "Pancreatic adeno head",
                "borderline",
                "Whipple candidacy after FOLFIRINOX",
            ],
            [
                "Mwangi, Esther",
                "LCI20502248",
                "1973-06-11",
                "Rectal adeno",
                "cT3N1",
                "TNT response, watch & wait?",
            ],
        ],
        "Path pending": [
            ["MRN", "Specimen", "Pending"],
            ["LCI20502248", "S26-11842", "MMR IHC"],
        ],
    }
)

UTIL_XLSX = xlsx(
    {
        "Chairs": [
            ["Suite", "Chairs", "Avg daily starts", "Utilization %", "Median wait (min)"],
            ["A", 14, 31, 88.2, 22],
            ["B", 12, 26, 85.9, 27],
            ["C (Papillion)", 8, 15, 79.4, 18],
        ],
        "Trend": [
            ["Month", "Total visits", "Reactions (n)", "Extravasations (n)"],
            ["Aug", 1422, 9, 1],
            ["Sep", 1488, 7, 0],
            ["Oct", 1531, 11, 0],
        ],
    }
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="infusion reschedule to patient",
        notes="Patient name, chemo regimen, cycle and chair to patient's hotmail",
        frm=f"Infusion Scheduling <infusion.scheduling@{LCI}>",
        to="jcastellanos.omaha@hotmail.com",
        subject="Change to your appointment",
        body="Hi Mr. Castellanos,\n\nYour cycle 3 FOLFOX is moved to Wednesday 11/18 at 8:45am, "
        "Suite B "
        "chair 6 (we had a pump shortage Tuesday, sorry!). Labs at 8:00. Your pump disconnect "
        "will be "
        "Friday 11/20 at 9:30.\n\nCall 402-555-0150 if that doesn't work.\n\nLarkspur Infusion "
        "Scheduling",
    ),
    Spec(
        phi=True,
        category="navigator update to daughter",
        notes="Hard positive: first name of patient + chemo + fever precautions to daughter's "
        "gmail",
        frm=f"Rosalind Achterberg <rachterberg@{LCI}>",
        to="tasha.m.greene@gmail.com",
        subject="today",
        body="Hi Tasha,\n\nGloria did great today! Carbo/taxol went in without a reaction and the "
        "Onpro is on her left arm, it'll fire tomorrow around 5pm. If she runs a temp over 100.4 "
        "call the after hours line right away, don't wait. Next one is 12/1.\n" + SIG_NAV,
    ),
    Spec(
        phi=True,
        category="tumor board list xlsx",
        notes="Hard positive: XLSX multi-sheet with names, MRNs, DOBs, cancer dx; body says "
        "only 'list attached'",
        frm=f"Tumor Board Coordinator <tumorboard@{LCI}>",
        to="pathology.admin@heartlandpathgroup.com",
        subject="list for next week",
        body="Hi Deb, next week's list attached so your folks can pull slides. Thanks!\n\nMaribel",
        atts=(Att("TB_list_wk47.xlsx", XLSX, TUMOR_BOARD),),
    ),
    Spec(
        phi=True,
        category="FHIR prescription bundle to specialty pharmacy",
        notes="Hard positive: FHIR bundle attachment with patient demographics and palbociclib "
        "order",
        frm=f"Oral Chemo Program <oralchemo@{LCI}>",
        to=f"intake@{CED}",
        subject="new start",
        body="New oral chemo start, bundle attached. Test claim already ran, PA approved thru "
        "5/2027. "
        "Please call pt to set up delivery.\n\nJenna Voss, PharmD\nOral Chemo Program",
        atts=(Att("rx_bundle_7714.json", "application/fhir+json", FHIR_RX),),
    ),
    Spec(
        phi=True,
        category="subject-only MRN port flush",
        notes="Hard positive: MRN and port flush order need only in subject",
        frm=f"Suite A Charge RN <suitea.charge@{LCI}>",
        to="orders@papillionhomeinfusion.com",
        subject="MRN 20418837 - port flush orders needed before 11/20",
        body="thx",
    ),
    Spec(
        phi=True,
        category="zip of pathology reports for second opinion",
        notes="ZIP containing pathology report text files for a named patient",
        frm=f"Medical Records <records@{LCI}>",
        to="secondopinion@midwestsarcomacenter.org",
        subject="Records request #R-55012",
        body="Per your request #R-55012, records attached (zip). Slides shipped separately "
        "FedEx.\n\n"
        "Larkspur Cancer Institute - Release of Information" + FOOTER,
        atts=(
            Att(
                "R-55012.zip",
                "application/zip",
                zipped(
                    {
                        "path_S26-09981.txt": "LARKSPUR CANCER INSTITUTE / HEARTLAND PATHOLOGY\n"
                        "Patient: Tobias Engelhardt  DOB: 02/08/1988  MRN: LCI20460075\n"
                        "Specimen: left thigh mass, core biopsy\nDiagnosis: Myxoid liposarcoma, "
                        "FNCLCC grade 2. DDIT3 rearrangement detected by FISH.\n",
                        "consult_note_2026-10-14.txt": "Engelhardt, Tobias - Sarcoma consult. "
                        "8.4 cm mass L anterior thigh. Plan: preop RT 50 Gy then resection.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="copay assistance application to foundation",
        notes="Patient name, myeloma, daratumumab, income to a copay foundation",
        frm=f"Ibrahim Haddad <ihaddad@{LCI}>",
        to="applications@pathwaycopayfund.org",
        subject="Application - multiple myeloma fund",
        body="Hello,\n\nSubmitting for the MM fund which reopened today:\n\nPatient: Cornelius "
        "Batiste-Moreau\nDOB 09/23/1956\nDiagnosis: multiple myeloma (C90.00)\nDrug: daratumumab/"
        "hyaluronidase SC + lenalidomide\nInsurance: Medicare Part B/D, MBI: 1JT7-QD6-XQ89\n"
        "SSN: 538-21-4471\nHousehold income: $41,200 (2 people)\n\nSigned consent on file, fax "
        "to follow.\n\n"
        "Ibrahim Haddad\nFinancial Counselor | Larkspur Cancer Institute",
    ),
    Spec(
        phi=True,
        category="hospice referral from social worker",
        notes="Patient name, address, prognosis and goals-of-care to hospice agency",
        frm=f"Colette Marchand LCSW <cmarchand@{LCI}>",
        to="intake@prairiesunsethospice.org",
        subject="referral",
        body="Hi Jamal,\n\nReferral for Mrs. Winifred Oakes, 79, lives at 715 S 52nd St Omaha "
        "with her "
        "son. Metastatic ovarian ca, stopped treatment after last week's scan, she's clear she "
        "wants "
        "to be home. Dr. Lindqvist will sign the cert. Son's cell 402-555-0126.\n\nThank you!\n"
        "Colette Marchand, LCSW",
    ),
    Spec(
        phi=True,
        category="infusion chair board txt",
        notes="Hard positive: TXT attachment listing last names with regimens and chairs; body "
        "innocuous",
        frm=f"Suite B Charge RN <suiteb.charge@{LCI}>",
        to=f"pharmacy.prep@{LCI}",
        cc="staffing@nebraskanursepool.com",
        subject="board for tmrw",
        body="board attached for the agency RN starting tmrw so she can look ahead",
        atts=(
            Att(
                "SuiteB_1112.txt",
                "text/plain",
                "SUITE B - THU 11/12\n"
                "0800 ch1  Haverford     pembrolizumab 200 q3w\n"
                "0800 ch2  Ng-Lindahl    FOLFIRINOX C4 + pump\n"
                "0830 ch3  Obuya         rituximab (1st!! slow titration, benadryl/tylenol "
                "premed)\n"
                "0900 ch5  Petrakis      zoledronic acid\n"
                "1000 ch6  Castellanos   FOLFOX C3 -> moved to Wed\n"
                "1030 ch7  Ferreira-Nunes  blood 1 unit PRBC, Hgb 6.9\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded spouse email to oncologist",
        notes="Forward (rfc822) of a wife's email about her husband's neuropathy",
        frm=f"Rosalind Achterberg <rachterberg@{LCI}>",
        to="naomi.lindqvist@nebraskaoncologypartners.com",
        subject="Fwd: Dale",
        body="Dr L - see below from Mrs. Abernathy. I told her you'd likely dose reduce oxali. "
        "Want "
        "me to get him in earlier?\n" + SIG_NAV,
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Marjorie Abernathy <marj.abernathy@icloud.com>",
            to=f"rachterberg@{LCI}",
            subject="Dale",
            body="Rosalind, Dale can't button his shirt this week, his fingers are numb and tingly "
            "all the time now, and the cold makes it so much worse. Is that from the chemo? His "
            "next "
            "one is Monday. Marjorie",
        ),
    ),
    Spec(
        phi=True,
        category="imaging push request",
        notes="Patient name, DOB and CT request to imaging center",
        frm=f"Radiology Liaison <imaging@{LCI}>",
        to="pacs.support@omahadiagnosticimaging.com",
        subject="image push pls",
        body="Can you push the CT C/A/P from 11/06 for Vanessa Ruiz-Ocampo DOB 7/19/1966 to our "
        "PACS (AE LARKSPUR01)? Restaging for tumor board Tues.\n\nThanks! Kim",
    ),
    Spec(
        phi=True,
        category="trial screening log initials",
        notes="Hard positive: screening log with initials, DOB, ECOG, eligibility to CRO",
        frm=f"Clinical Trials Office <ctoffice@{LCI}>",
        to="site.monitoring@veridianclinical.com",
        subject="LCI site 014 screening log update",
        body="Screening log for protocol VCR-3301, site 014, through 11/10:\n\n"
        "Scr# | Init | DOB | ECOG | Status\n014-007 | B.O. | 03/09/1954 | 1 | eligible, C1D1 "
        "11/19\n"
        "014-008 | H.T.W. | 10/30/1949 | 2 | screen fail (ECOG)\n014-009 | L.Q. | 05/05/1970 | 0 | "
        "pending brain MRI\n\nRegards,\nSunita Prakash, CRC",
    ),
    Spec(
        phi=True,
        category="genetic result to patient",
        notes="BRCA2 variant result to patient's outlook",
        frm=f"Cancer Genetics <genetics@{LCI}>",
        to="priya.raman.omaha@outlook.com",
        subject="Your genetic testing results",
        body="Hi Priya,\n\nAs we discussed on the phone, your panel found a variant of uncertain "
        "significance in BRCA2 (c.7522G>A). This does NOT change your screening plan right now. "
        "A letter for your records is in the portal and I'd like to see you in February.\n\n"
        "Warmly,\nHelena Osterhout, MS, CGC\nCancer Genetics, Larkspur Cancer Institute",
    ),
    Spec(
        phi=True,
        category="radiation sim scheduling to partner",
        notes="Hard positive: surname + simulation + site of cancer to radiation partner",
        frm=f"Rosalind Achterberg <rachterberg@{LCI}>",
        to="scheduling@platteradonc.com",
        subject="sim",
        body="Kowalczyk is ok for sim 11/19 9am. She's claustrophobic so pls have the open mask "
        "ready for the H&N setup. She'll need lorazepam from you guys.\n\nR",
    ),
    Spec(
        phi=True,
        category="itemized statement pdf to patient",
        notes="PDF statement with patient, J-codes and drug charges sent to icloud",
        frm=f"Patient Financial Services <pfs@{LCI}>",
        to="m.deluca.rn@icloud.com",
        subject="Itemized statement you requested",
        body="Hello,\n\nAttached is the itemized statement you asked for. Let us know if you "
        "want to "
        "set up a payment plan.\n\nPatient Financial Services\n402-555-0105",
        atts=(
            Att(
                "itemized_statement.pdf",
                "application/pdf",
                pdf(
                    [
                        "LARKSPUR CANCER INSTITUTE - ITEMIZED STATEMENT",
                        "Patient: Marisa DeLuca   Account: 70022918   DOB: 01/17/1980",
                        "10/14/2026  J9271 pembrolizumab 200 mg      $11,842.00",
                        "10/14/2026  96413 chemo admin IV 1st hr      $412.00",
                        "11/04/2026  J9271 pembrolizumab 200 mg      $11,842.00",
                        "Insurance paid: $21,310.22  Patient balance: $785.78",
                    ],
                    "Statement",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="photo of rash with name in filename",
        notes="Hard positive: PHI in PNG filename (surname + hand-foot syndrome grade); body "
        "minimal",
        frm=f"Jenna Voss <jvoss@{LCI}>",
        to="derm.consults@omahaskinclinic.com",
        subject="curbside?",
        body="Pic attached, on capecitabine, worse over 5 days. Urea cream not helping. Thoughts?",
        atts=(Att("Bui_Thanh_handfoot_grade2_1110.png", "image/png", png(5, 5, (190, 110, 100))),),
    ),
    Spec(
        phi=True,
        category="chemo teach class invite to patient",
        notes="Calendar invite with patient's name and chemo education, to her gmail",
        frm=f"Patient Education <education@{LCI}>",
        to="helen.marchetti1961@gmail.com",
        subject="Invitation: Chemo teach - Helen Marchetti @ Mon Nov 16 1pm",
        body="Your chemotherapy teaching visit with our oncology nurse educator. Please bring a "
        "family "
        "member if you can.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larkspur//Epic "
        "Cadence//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:lci-edu-1116-1300@larkspuronc.org\r\nDTSTAMP:20261110T150000Z\r\n"
        "DTSTART:20261116T190000Z\r\nDTEND:20261116T200000Z\r\n"
        "SUMMARY:Chemo teach - Helen Marchetti (AC-T breast)\r\n"
        "LOCATION:Larkspur Education Room 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="carboplatin dose calculation",
        notes="Hard positive: Pharmacist to oncologist: patient surname, BSA, CrCl and "
        "carboplatin dose",
        frm=f"Jenna Voss <jvoss@{LCI}>",
        to="naomi.lindqvist@nebraskaoncologypartners.com",
        subject="carbo dose",
        body="Mr. Ferreira - wt 81.2 kg, SCr 1.1, CrCl 68 -> carbo AUC5 = 690 mg (capped GFR not "
        "needed). That's a 12% change from C1 so re-dosing. OK to release?\n\nJenna",
    ),
    Spec(
        phi=True,
        category="lodging request for transplant eval",
        notes="Patient name, dates, stem cell transplant eval to a lodging charity",
        frm=f"Colette Marchand LCSW <cmarchand@{LCI}>",
        to="reservations@hopehouseomaha.org",
        subject="room 11/16-11/20",
        body="Hi! Could you hold a room for Kofi Mensah and his wife 11/16-11/20? He's coming from "
        "North Platte for his stem cell transplant evaluation. He's neutropenic-ish so a room away "
        "from the common area would be great.\n\nColette",
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="infusion utilization aggregate",
        notes="Hard negative: chair utilization, wait times and reaction counts, aggregate only",
        frm=f"Operations <ops@{LCI}>",
        to=f"infusion-leadership@{LCI}",
        subject="Oct infusion ops numbers",
        body="Oct numbers attached. Reactions ticked up (11) - mostly first-dose rituximab, "
        "nursing "
        "ed is doing a refresher. Suite C wait time is the best we've had.",
        atts=(Att("infusion_ops_oct.xlsx", XLSX, UTIL_XLSX),),
    ),
    Spec(
        phi=False,
        category="carboplatin shortage allocation",
        notes="Hard negative: drug shortage and prioritisation guidance by disease, no patients",
        frm=f"Pharmacy Director <rxdirector@{LCI}>",
        to=f"oncology-providers@{LCI}",
        subject="Carboplatin/cisplatin supply - Tier plan effective 11/12",
        body="Colleagues,\n\nSupply is again constrained. Effective 11/12:\n\nTier 1 (no change): "
        "curative intent - germ cell, ovarian, head & neck, NSCLC adjuvant\nTier 2: palliative "
        "where "
        "no equivalent alternative\nTier 3: substitute per pathway (e.g. oxaliplatin) - pharmacy "
        "will "
        "call you\n\nRound vials to nearest 50 mg. Thanks for your patience.\n\nDirector of "
        "Pharmacy",
    ),
    Spec(
        phi=False,
        category="conference recap with clinician names",
        notes="Hard negative: physician names with cancer types and therapies in a meeting recap",
        frm=f"Naomi Lindqvist <nlindqvist@{LCI}>",
        to=f"oncology-providers@{LCI}",
        subject="ESMO recap slides + dinner 12/2",
        body="Slides from Tuesday's recap are on the shared drive:\n- Dr. Wei Lin: EGFR-mutant "
        "NSCLC, "
        "amivantamab combos\n- Dr. Kwame Osei: CRS/ICANS management for outpatient CAR-T\n- me: "
        "CDK4/6 "
        "in early HR+ breast\n\nDinner 12/2 at Brickway, pharma-free. RSVP.\n\nNaomi",
    ),
    Spec(
        phi=False,
        category="job posting infusion RN",
        notes="Recruiting mail",
        frm=f"Careers <careers@{LCI}>",
        to="jobs@nursingnebraska.org",
        subject="Oncology Infusion RN - Papillion (2 openings)",
        body="Please post: Oncology Infusion RN, day shift M-F, no weekends. OCN preferred, chemo/"
        "biotherapy certificate within 6 months. $41-52/hr. larkspuronc.org/careers req 26-0918.",
    ),
    Spec(
        phi=False,
        category="volunteer schedule",
        notes="Hard negative: names of volunteers in the wig boutique and infusion snack cart",
        frm=f"Volunteer Services <volunteers@{LCI}>",
        to="larkspur-volunteers@googlegroups.com",
        subject="Dec volunteer schedule",
        body="Hi all!\n\nDec schedule:\nWig boutique: Mon - Sharon P., Wed - Dolly Fenske, Fri - "
        "Arturo Lugo\nSnack cart Suite A: Tue/Thu - the Kiwanis group\nHoliday cards for infusion "
        "patients: 12/10 3pm, Conf Rm 1\n\nThank you for everything you do!\nBeth, Volunteer "
        "Services",
    ),
    Spec(
        phi=False,
        category="pharma in-service lunch",
        notes="Hard negative: drug rep lunch about dosing interval, product and indication names",
        frm=f"Suite A Charge RN <suitea.charge@{LCI}>",
        to="tamara.ellis@apexoncologyreps.com",
        subject="Re: in-service",
        body="Tue 11/17 at noon works. 20 min max, we're slammed. Focus on q6w 400 mg dosing and "
        "the "
        "irAE triage card please, the new nurses keep asking. No more than 15 "
        "lunches.\n\nThanks\nCarla",
    ),
    Spec(
        phi=False,
        category="vendor invoice infusion chairs",
        notes="Vendor invoice dispute for infusion recliners",
        frm=f"Accounts Payable <ap@{LCI}>",
        to="billing@comfortmedseating.com",
        subject="Acct 4471-209-33 / invoice 55190",
        body="Hello,\n\nWe received 6 of the 8 infusion recliners (model IR-450) on invoice 55190. "
        "Please credit the 2 backordered units until delivered. Acct 4471-209-33.\n\nThanks,\nAP",
    ),
    Spec(
        phi=False,
        category="IT VPN change",
        notes="IT notice",
        frm=f"Larkspur IT <helpdesk@{LCI}>",
        to=f"all@{LCI}",
        subject="Action required: new VPN client by 11/30",
        body="Hi everyone,\n\nWe're moving to the new GlobalProtect VPN with Duo push. Install "
        "from the "
        "Software Center before 11/30 - after that the old client stops working. 10-min how-to "
        "video "
        "on the intranet.\n\nHelpdesk x7000",
    ),
    Spec(
        phi=False,
        category="de-identified dataset",
        notes="Hard negative: de-identified research CSV (age band, stage, regimen) for a "
        "university",
        frm=f"Outcomes Research <research@{LCI}>",
        to="biostat.core@unmc-research.org",
        subject="deid extract v2 (IRB 26-0412)",
        body="v2 attached - fixed the regimen coding. Still 340 rows, Safe Harbor: no dates below "
        "year, ages >89 collapsed, no ZIP. Sample rows below, full set on the secure share.",
        atts=(
            Att(
                "deid_v2_sample.csv",
                "text/csv",
                "rid,age_band,sex,dx_year,site,stage,regimen,pfs_mo\r\n"
                "R001,60-69,F,2024,breast,II,AC-T,\r\nR002,70-79,M,2023,colon,III,FOLFOX,22\r\n"
                "R003,90+,F,2024,lung,IV,carbo/pem/pembro,7\r\nR004,50-59,M,2025,pancreas,IV,gem/nab-pac,5\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient fhir",
        notes="Hard negative: FHIR Patient tagged SYNTHETIC, ZZZTEST, for interface vendor",
        frm=f"Integration Team <integration@{LCI}>",
        to="support@oncoflowhealth.com",
        subject="Case 88102 - test payload",
        body="Here's the payload that 400s on your sandbox. It's our standard synthetic test "
        "patient "
        "(ZZZTEST, ONCOLOGY), nothing real.",
        atts=(Att("zztest_patient.json", "application/fhir+json", FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="tumor board recurring invite",
        notes="Hard negative: tumor board calendar invite, cases only in secure folder",
        frm=f"Tumor Board Coordinator <tumorboard@{LCI}>",
        to="thoracic-tb@larkspuronc.org, radonc@platteradonc.com",
        subject="Invitation: Thoracic Tumor Board (weekly) @ Tue 7:00am",
        body="Weekly thoracic tumor board. Case list is posted Friday in the secure Teams folder - "
        "please don't reply-all with patient details.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook "
        "16.0//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lci-thoracic-tb-weekly\r\nDTSTAMP:20261110T140000Z\r\n"
        "DTSTART:20261117T130000Z\r\nDTEND:20261117T140000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=TU\r\n"
        "SUMMARY:Thoracic Tumor Board\r\nLOCATION:Conf Rm 1 / "
        "Teams\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="patient education handout",
        notes="Hard negative: generic nausea handout PDF for a community partner, no individual",
        frm=f"Patient Education <education@{LCI}>",
        to="programs@omahacancersupport.org",
        subject="nausea handout for your resource table",
        body="Here's the updated handout. Feel free to print as many as you like.",
        atts=(
            Att(
                "Managing_Nausea_During_Chemo.pdf",
                "application/pdf",
                pdf(
                    [
                        "LARKSPUR CANCER INSTITUTE - PATIENT EDUCATION",
                        "Managing Nausea During Chemotherapy",
                        "Take your anti-nausea medicine (ondansetron, olanzapine) as prescribed,",
                        "even if you feel fine. Eat small meals. Sip clear fluids.",
                        "Call us if you cannot keep fluids down for 24 hours.",
                    ],
                    "Nausea handout",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fundraiser ride",
        notes="Donor/fundraising mail, no patients",
        frm=f"Larkspur Foundation <foundation@{LCI}>",
        to="team.captains@pedalforlarkspur.org",
        subject="Pedal for Larkspur - captain packets",
        body="",
        html="<html><body><p>Captains,</p><p>Packets are ready for pickup 11/20. We're at "
        "<b>$212,400</b> of our $250k goal! Top team: Bike Omaha Wheelers.</p><p>Jersey sizes due "
        "Friday.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="budget 340B executive",
        notes="Executive finance mail about 340B and budget",
        frm=f"Gregory Pham <gpham@{LCI}>",
        to=f"exec-team@{LCI}",
        subject="FY27 budget - 340B assumptions",
        body="Team - I've held 340B savings flat at $6.1M for FY27 given the contract pharmacy "
        "restrictions. Infusion volume +4%. If we open the Papillion chairs in Q2, add $1.2M "
        "revenue, "
        "$640k labor. Need your sign-off by 11/20.\n\nGreg\nCFO",
    ),
    Spec(
        phi=False,
        category="hazardous drug policy docx",
        notes="Hard negative: USP 800 handling policy naming chemo drugs",
        frm=f"Pharmacy Director <rxdirector@{LCI}>",
        to=f"pharmacy-staff@{LCI}, nursing-leads@{LCI}",
        subject="USP 800 policy - annual review",
        body="Please read and attest in the LMS by 12/15.",
        atts=(
            Att(
                "HD_Handling_Policy_2027.docx",
                DOCX,
                docx(
                    [
                        "Larkspur Cancer Institute - Hazardous Drug Handling (USP <800>)",
                        "Applies to all antineoplastics on the NIOSH list (e.g. cyclophosphamide, "
                        "doxorubicin, carboplatin, methotrexate).",
                        "Double chemo gloves and gown for administration and spill cleanup.",
                        "Closed-system transfer devices required for all IV push and infusion.",
                        "Spill kits: each suite, under the sink. Report spills in SafetyNet.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="employee flu shot clinic",
        notes="Hard negative: staff immunisation notice, no named recipient health info",
        frm=f"Employee Health <employeehealth@{LCI}>",
        to=f"all@{LCI}",
        subject="Staff flu shots Thurs 11/12 - last chance",
        body="Last employee flu clinic Thursday 11/12, 7am-3pm, Conf Rm 2. Bring your badge. "
        "Declinations must be in by 11/30 per policy.\n\nEmployee Health",
    ),
    Spec(
        phi=False,
        category="interview scheduling to applicant",
        notes="Recruiting mail to a job applicant's gmail",
        frm=f"Careers <careers@{LCI}>",
        to="devon.kristiansen@gmail.com",
        subject="Interview - Pharmacy Technician",
        body="Hi Devon,\n\nThanks for applying! Are you available Tue 11/17 at 2pm for an "
        "interview "
        "with our pharmacy supervisor? It's about 45 min, Larkspur main lobby, ask for Sana.\n\n"
        "Best,\nLarkspur Talent Team",
    ),
    Spec(
        phi=False,
        category="pyxis key chatter",
        notes="Casual internal chatter",
        frm=f"Carla Benitez <cbenitez@{LCI}>",
        to=f"suitec-rns@{LCI}",
        subject="pyxis key??",
        body="who has the override key for the Suite C pyxis, it's not on the hook. pls return to "
        "charge desk ty",
    ),
    Spec(
        phi=False,
        category="hood certification vendor",
        notes="Vendor scheduling for cleanroom hood certification",
        frm=f"Pharmacy Director <rxdirector@{LCI}>",
        to="service@cleanaircertify.com",
        subject="BSC recert",
        body="Hi Mark - our semiannual BSC and cleanroom recert is due 12/5. Can your tech come "
        "Saturday 11/28 so we don't disrupt compounding? 2 BSCs, 1 CACI, ante + buffer "
        "rooms.\n\nThanks",
    ),
]
