"""Eastside Infectious Disease Associates: outbound mail that carries PHI (24 messages)."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import EID, EID_NOTICE, MCH, Att, Spec

_HL7_HCV = "\r".join(
    [
        "MSH|^~\\&|EIDA_LAB|EASTSIDE_ID|ELR|METRO_CO_HD|202611101432||ORU^R01^ORU_R01|EID2611100087|P|2.5.1",
        "PID|1||E0048817^^^EIDA^MR||BEKELE^SAMUEL^T||19710622|M|||2217 ALDER "
        "CT^^RIVERTON^ST^40817||(555)014-2290",
        "ORC|RE|ORD448201|LAB990331",
        "OBR|1|ORD448201|LAB990331|11011-4^HCV RNA QUANT^LN|||202611071015",
        "OBX|1|NM|11011-4^Hepatitis C virus RNA [Units/volume]^LN||2450000|IU/mL|<15|H|||F",
        "OBX|2|ST|32286-7^HCV genotype^LN||1a||||||F",
        "",
    ]
)

_FHIR_BUNDLE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "eid-pt-30972",
                    "identifier": [{"system": "urn:eastsideid:mrn", "value": "E0030972"}],
                    "name": [{"family": "Lindqvist", "given": ["Erik"]}],
                    "birthDate": "1984-02-17",
                    "telecom": [{"system": "phone", "value": "555-013-8841"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": "20447-9",
                                         "display": "HIV 1 RNA [#/volume] (viral load)"}]},
                    "subject": {"reference": "Patient/eid-pt-30972"},
                    "effectiveDateTime": "2026-11-03",
                    "valueQuantity": {"value": 40, "unit": "copies/mL"},
                    "interpretation": [{"text": "below 50 - undetectable"}],
                }
            },
            {
                "resource": {
                    "resourceType": "MedicationStatement",
                    "status": "active",
                    "subject": {"reference": "Patient/eid-pt-30972"},
                    "medicationCodeableConcept": {
                        "text": "bictegravir/emtricitabine/tenofovir alafenamide 50/200/25 mg daily"
                    },
                }
            },
        ],
    },
    indent=1,
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.14"/>
 <title>Referral Note - Eastside Infectious Disease Associates</title>
 <effectiveTime value="20261110"/>
 <recordTarget><patientRole>
  <id extension="E0051266" root="2.16.840.1.113883.3.7711"/>
  <addr><streetAddressLine>48 Quarry Hill Rd Apt 3</streetAddressLine><city>Millbrook</city>
   <state>ST</state><postalCode>40822</postalCode></addr>
  <patient><name><given>Yolanda</given><family>Ferreira</family></name>
   <administrativeGenderCode code="F"/><birthTime value="19580930"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Reason for Referral</title>
   <text>Chronic hepatitis C, genotype 3, with FibroScan 13.8 kPa (F3-F4).
    Please evaluate for cirrhosis and HCC surveillance before DAA start.</text>
  </section></component>
  <component><section><title>Problems</title>
   <text>B18.2 Chronic viral hepatitis C; E11.9 Type 2 diabetes;
    F11.21 Opioid use disorder, in remission, on buprenorphine</text>
  </section></component>
  <component><section><title>Results</title>
   <text>HCV RNA 1,870,000 IU/mL (10/28/2026); platelets 118 K/uL; albumin 3.4 g/dL;
    AFP 6.1 ng/mL</text>
  </section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

_X12_837 = (
    "ISA*00*          *00*          *ZZ*EASTSIDEID     *ZZ*CLAIMBRIDGE    "
    "*261110*1604*^*00501*000004417*0*P*:~"
    "GS*HC*EASTSIDEID*CLAIMBRIDGE*20261110*1604*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*EID261110A*20261110*1604*CH~"
    "NM1*85*2*EASTSIDE INFECTIOUS DISEASE ASSOCIATES*****XX*1109466858~"
    "NM1*IL*1*MWANGI*GRACE*W***MI*SHP447102938~"
    "DMG*D8*19660415*F~"
    "CLM*EID88213*1480***11:B:1*Y*A*Y*Y~"
    "HI*ABK:B20*ABF:Z21~"
    "SV1*HC:99214*240*UN*1***1~"
    "SV1*HC:J0699*1240*UN*600***1~"
    "DTP*472*D8*20261104~"
    "SE*12*0001~GE*1*4417~IEA*1*000004417~"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="opat-weekly-labs-to-infusion-agency",
        notes=(
            "OPAT nurse sends weekly safety labs for a named patient on IV ceftriaxone to the "
            "home infusion pharmacy."
        ),
        frm=f"Renee Castellanos RN <rcastellanos@{EID}>",
        to="intake@carelinkinfusion.com",
        subject="OPAT weekly labs - Delgado, Ramon",
        body=(
            "Hi CareLink team,\n\n"
            "Weekly labs for Ramon Delgado (DOB 08/21/1959, our MRN E0062741), on ceftriaxone 2 "
            "g IV q24h\n"
            "via R basilic PICC for MSSA vertebral osteomyelitis, planned end date 12/04/2026.\n\n"
            "  WBC 7.9   Hgb 11.2   Plt 301\n"
            "  Cr 0.94   AST 31   ALT 28   Alk phos 142\n"
            "  ESR 48 (down from 86)   CRP 2.1\n\n"
            "No changes to the order. Dr. Abernathy reviewed. Next draw Monday 11/16 with the "
            "line care visit.\n\n"
            "Thanks,\nRenee Castellanos, RN, OPAT coordinator\n"
            "Eastside Infectious Disease Associates | 555-014-7700 ext 214 | fax 555-014-7719\n"
            + EID_NOTICE
        ),
    ),
    Spec(
        phi=True,
        category="hiv-result-letter-pdf-to-patient",
        notes=(
            "Hard positive: body is a bland cover note to a gmail address; the attached PDF "
            "letter names the patient with an HIV viral load and CD4 result."
        ),
        frm=f"Eastside ID Patient Messages <noreply-letters@{EID}>",
        to="marcus.oyelaran84@gmail.com",
        subject="A letter from your care team",
        body=(
            "Hello,\n\nYour care team has sent you a letter. It is attached to this email as a "
            "PDF.\n"
            "If you have questions, call us at 555-014-7700.\n\nEastside Infectious Disease "
            "Associates\n"
        ),
        atts=(
            Att(
                "EIDA_letter_20261110.pdf",
                "application/pdf",
                pdf(
                    [
                        "EASTSIDE INFECTIOUS DISEASE ASSOCIATES",
                        "1400 Harmon Avenue, Suite 300",
                        "",
                        "November 10, 2026",
                        "",
                        "Marcus Oyelaran",
                        "DOB: 03/02/1984   MRN: E0044190",
                        "",
                        "Dear Mr. Oyelaran,",
                        "Your lab results from November 3 are back.",
                        "HIV-1 viral load: not detected (<20 copies/mL)",
                        "CD4 count: 612 cells/uL (34%)",
                        "Your kidney and liver tests are normal.",
                        "Please keep taking Biktarvy one tablet every day.",
                        "Your next visit is in 6 months. We will call you to schedule.",
                        "",
                        "Sincerely,",
                        "Helen Abernathy, MD",
                    ],
                    "Patient letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hcv-prior-auth-to-plan",
        notes=(
            "Prior authorization request for glecaprevir/pibrentasvir with member id, genotype "
            "and fibrosis stage."
        ),
        frm=f"Prior Auth Desk <priorauth@{EID}>",
        to="pharmacy-pa@summitplanhealth.com",
        subject="PA request - Mavyret - member SHP552019387",
        body=(
            "Summit Health Plan Pharmacy Prior Authorization\n\n"
            "Member: Khanh Vo\nMember ID: SHP552019387\nDOB: 12/11/1977\n\n"
            "Drug requested: Mavyret (glecaprevir 100 mg/pibrentasvir 40 mg) 3 tablets daily x 8 "
            "weeks\n"
            "Diagnosis: B18.2 chronic hepatitis C, genotype 1a, treatment naive\n"
            "HCV RNA 3,420,000 IU/mL on 10/21/2026. FibroScan 7.2 kPa (F1-F2). No cirrhosis.\n"
            "HBsAg negative, anti-HBc negative. No drug interactions on current list "
            "(lisinopril, metformin).\n\n"
            "Prescriber: Kwame Asante, MD, NPI: 1347039707\n"
            "Chart notes attached separately via fax to 555-208-4410.\n\n"
            "Nadia Petrosyan, CPhT\nPrior Authorization Specialist\n"
        ),
    ),
    Spec(
        phi=True,
        category="subject-only-prep-refill",
        notes=(
            "Hard positive: the patient name, DOB and PrEP appear only in the subject; body is a "
            "one-liner."
        ),
        frm=f"Tomasz Wierzbicki <twierzbicki@{EID}>",
        to="rx@northsidecommunitypharmacy.com",
        subject="Tran, Minh DOB 03/14/1979 - Descovy for PrEP 90 day refill sent",
        body="Sent electronically just now, please fill today if possible. Thx\n\nTomasz\n",
    ),
    Spec(
        phi=True,
        category="picc-photo-filename-only",
        notes=(
            "Hard positive: PHI only in the PNG file name (patient name + PICC site); body "
            "mentions no name."
        ),
        frm=f"Renee Castellanos RN <rcastellanos@{EID}>",
        to="wound@carelinkinfusion.com",
        subject="line site photo from this morning",
        body=(
            "Photo from today's dressing change attached. Redness looks less than Friday, no "
            "drainage.\n"
            "Let me know if your nurse sees anything different on the home visit.\n\nRenee\n"
        ),
        atts=(Att("PICC_site_Delgado_Ramon_2026-11-10.png", "image/png", png(6, 6, (214, 160, 150))),),  # noqa: E501
    ),
    Spec(
        phi=True,
        category="hl7-hcv-elr-to-health-dept",
        notes=(
            "Hard positive: reportable hepatitis C result as HL7 ORU to the county health "
            "department; body generic."
        ),
        frm=f"Lab Interfaces <interfaces@{EID}>",
        to=f"elr-intake@{MCH}",
        subject="ELR batch EID2611100087",
        body="Electronic lab report batch attached per the reporting agreement. 1 message.\n",
        atts=(Att("EID2611100087.hl7", "application/hl7-v2", _HL7_HCV),),
    ),
    Spec(
        phi=True,
        category="fhir-bundle-to-hie",
        notes=(
            "Hard positive: FHIR bundle (patient, viral load, ART) to the regional HIE; body says "
            "nothing clinical."
        ),
        frm=f"Integration Engine <integration@{EID}>",
        to="inbound@riverhie.org",
        subject="Care summary push - job 55120",
        body="Automated care summary push. See attached JSON. Do not reply to this mailbox.\n",
        atts=(Att("care_summary_55120.json", "application/fhir+json", _FHIR_BUNDLE),),
    ),
    Spec(
        phi=True,
        category="ccda-hepatology-referral",
        notes=(
            "Hard positive: C-CDA referral with name, address, genotype 3 HCV and opioid use "
            "disorder; cover note is generic."
        ),
        frm=f"Referrals <referrals@{EID}>",
        to="newpatients@riverbendhepatology.org",
        subject="Referral packet",
        body=(
            "Good afternoon,\n\nPlease find our referral packet attached (C-CDA). Our referral "
            "line is\n"
            "555-014-7725 if you need anything else.\n\nThank you,\nReferral Coordination\n"
        ),
        atts=(Att("referral_20261110.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="infusion-time-to-sister-yahoo",
        notes=(
            "Hard positive: nurse writes to the patient's sister at yahoo with his first name, "
            "infusion time and PICC supplies."
        ),
        frm=f"Joy Agbaje <jagbaje@{EID}>",
        to="rosa.delgado.m@yahoo.com",
        subject="Re: Thursday",
        body=(
            "Hi Rosa,\n\nYes, Thursday works. Marco's infusion is at 2:00 in chair 3, it takes "
            "about an hour.\n"
            "Please have him bring the PICC supply bag the home nurse left, and his med list.\n"
            "If his arm is swollen again before then, call us right away, don't wait.\n\n"
            "Joy\n\n"
            "On Mon, Nov 9, 2026 at 6:12 PM Rosa Delgado <rosa.delgado.m@yahoo.com> wrote:\n"
            "> Can we move him to Thursday afternoon? I can only drive him after lunch.\n"
        ),
    ),
    Spec(
        phi=True,
        category="mrs-k-room-med-change",
        notes=(
            "Hard positive: 'Mrs. K' with a hospital room number, MRSA bacteremia and a "
            "vancomycin-to-daptomycin switch."
        ),
        frm=f"Kwame Asante MD <kasante@{EID}>",
        to="hospitalist-team@stlukesmetro.org",
        subject="ID recs - 5 West",
        body=(
            "Quick follow up on Mrs. K in 512B:\n"
            "- blood cx from Sat still growing MRSA, vanc trough 9 with AKI (Cr 1.8)\n"
            "- stop vancomycin, start daptomycin 8 mg/kg IV q24h, CK baseline then weekly\n"
            "- TEE tomorrow if cardiology can fit her in\n"
            "- repeat cultures q48h until clear\n\n"
            "I'll see her again this afternoon.\n-- KA\n"
        ),
    ),
    Spec(
        phi=True,
        category="prep-lab-due-initials-dob-csv",
        notes=(
            "Hard positive: CSV list with only initials and DOB of PrEP patients due for HIV and "
            "creatinine labs."
        ),
        frm=f"Tomasz Wierzbicki <twierzbicki@{EID}>",
        to=f"prep-nursing@{EID}",
        subject="PrEP quarterly labs due - week of 11/16",
        body=(
            "List attached, pulled from the registry this morning. Please call to book lab-only "
            "visits.\n"
        ),
        atts=(
            Att(
                "prep_due_1116.csv",
                "text/csv",
                "initials,dob,regimen,last_hiv_test,last_cr,due\n"
                "J.P.,1996-07-30,F/TDF daily,2026-08-12,0.98,HIV Ag/Ab + Cr + STI panel\n"
                "A.R.,2001-01-09,F/TAF daily,2026-08-14,1.05,HIV Ag/Ab + STI panel\n"
                "D.K.M.,1989-11-23,CAB-LA q2mo,2026-09-18,,HIV RNA before injection\n"
                "L.S.,1993-05-02,F/TDF on-demand,2026-08-11,0.87,HIV Ag/Ab + Cr + HCV Ab\n"
                "T.O.,1978-04-17,F/TDF daily,2026-08-19,1.21,HIV Ag/Ab + Cr (eGFR watch)\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="adap-recert-xlsx",
        notes=(
            "Two-sheet workbook of ADAP clients (names, DOB, ADAP ids, viral load) sent to the "
            "state ADAP contractor."
        ),
        frm=f"Lucia Mbeki <lmbeki@{EID}>",
        to="recert@adapsolutions-state.org",
        subject="ADAP recertifications due December - Eastside ID",
        body=(
            "Hello Derek,\n\nAttached are our clients with ADAP recertification due in December. "
            "The second\n"
            "sheet has the ones still missing proof of income. We will upload documents to the "
            "portal by 11/20.\n\n"
            "Lucia Mbeki, MSW\nMedical Case Manager, Ryan White Part C\n"
        ),
        atts=(
            Att(
                "ADAP_recert_Dec2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Due December": [
                            ["Client", "DOB", "ADAP ID", "Recert due", "Last VL", "Regimen"],
                            ["Andre Baptiste", "1975-09-14", "ADP-208871", "2026-12-01", "<20", "Biktarvy"],  # noqa: E501
                            ["Sunita Kaur", "1988-03-05", "ADP-311042", "2026-12-07", "<20", "Dovato"],  # noqa: E501
                            ["Wesley Pruitt", "1962-12-28", "ADP-190334", "2026-12-15", "1,240", "Symtuza"],  # noqa: E501
                            ["Mei-Ling Chou", "1990-06-19", "ADP-402215", "2026-12-22", "<20", "Triumeq"],  # noqa: E501
                        ],
                        "Missing income proof": [
                            ["Client", "ADAP ID", "Item missing"],
                            ["Wesley Pruitt", "ADP-190334", "2025 tax return or SSA letter"],
                            ["Andre Baptiste", "ADP-208871", "Two recent pay stubs"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient-statement-outlook",
        notes=(
            "Billing statement to a patient at outlook.com: account number, infusion service "
            "dates and balance."
        ),
        frm=f"Eastside ID Billing <billing@{EID}>",
        to="p.hawthorne77@outlook.com",
        subject="Your statement from Eastside Infectious Disease Associates",
        body=(
            "Dear Patricia Hawthorne,\n\n"
            "Account number: 700418823\nStatement date: 11/10/2026\n\n"
            "10/06/2026  Office visit, established (99214)              $240.00\n"
            "10/06-10/27 IV infusion, ertapenem, 22 days (J1335 x22)   $1,584.00\n"
            "            Insurance paid (BlueRiver PPO)                ($1,502.40)\n"
            "            Patient responsibility                          $321.60\n\n"
            "Pay online at pay.eastsideid.com or call 555-014-7750. Payment plans are available.\n"
        ),
    ),
    Spec(
        phi=True,
        category="x12-837-to-clearinghouse",
        notes=(
            "Hard positive: X12 837P claim file with member id and HIV diagnosis codes; the body "
            "is a batch notice."
        ),
        frm=f"Billing Batches <edi@{EID}>",
        to="submit@claimbridge.net",
        subject="837P batch 000004417",
        body="Batch 000004417 attached. Control totals: 1 claim, $1,480.00.\n",
        atts=(Att("EID_837P_000004417.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="forwarded-patient-question-to-pharmacist",
        notes=(
            "Hard positive: the PHI (patient's own message about Biktarvy side effects) sits only "
            "inside a forwarded message/rfc822."
        ),
        frm=f"Front Desk <frontdesk@{EID}>",
        to="clinical-pharmacist@apexspecialtyrx.com",
        subject="Fw: question about my meds",
        body=(
            "Forwarding as discussed on the phone, can your pharmacist call her back "
            "today?\n\nThanks, Front Desk\n"
        ),
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Chiamaka Eze <chiamaka.eze@icloud.com>",
            to=f"frontdesk@{EID}",
            subject="question about my meds",
            body=(
                "Hi, this is Chiamaka Eze, DOB 5/27/1991. Since I started the Biktarvy 2 weeks "
                "ago I have bad\n"
                "headaches and trouble sleeping. Also I take iron pills, is that ok with it? My "
                "pharmacy is\n"
                "Apex. My number is 555-013-6620.\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ics-infusion-chair",
        notes=(
            "Hard positive: calendar invite for an infusion chair naming the patient and "
            "daptomycin."
        ),
        frm=f"Infusion Scheduling <infusionsched@{EID}>",
        to=f"infusion-rn@{EID}",
        subject="Chair 3: R. Delgado - daptomycin",
        body="Invite for Thursday infusion.\n",
        ics=(
            "BEGIN:VCALENDAR\nPRODID:-//Eastside ID//Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
            "BEGIN:VEVENT\nUID:eid-infusion-20261112-c3@eastsideid.com\nDTSTAMP:20261109T150000Z\n"
            "DTSTART:20261112T190000Z\nDTEND:20261112T200000Z\n"
            "SUMMARY:Chair 3 - Ramon Delgado (MRN E0062741) - daptomycin 8 mg/kg IV\n"
            "DESCRIPTION:Weekly CK and CBC before infusion. PICC dressing change due.\n"
            "LOCATION:Eastside ID Infusion Suite\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="docx-medical-necessity-lenacapavir",
        notes=(
            "Letter of medical necessity (DOCX) for lenacapavir for a named patient with "
            "multidrug-resistant HIV."
        ),
        frm=f"Helen Abernathy MD <habernathy@{EID}>",
        to="appeals@summitplanhealth.com",
        subject="Letter of medical necessity - appeal ref AP-2026-118830",
        body=(
            "Please find attached my letter supporting the appeal referenced above.\n\nHelen "
            "Abernathy, MD\n"
        ),
        atts=(
            Att(
                "LMN_Sunlenca_appeal.docx",
                DOCX,
                docx(
                    [
                        "Eastside Infectious Disease Associates",
                        "Re: Oluwaseun Adeyemi, DOB 01/08/1969, Member ID SHP390017264",
                        "To whom it may concern:",
                        "Mr. Adeyemi has HIV-1 infection with documented resistance to NRTIs, "
                        "NNRTIs and "
                        "integrase inhibitors (genotype 09/2026: M184V, K103N, G140S, Q148H).",
                        "His viral load is 48,300 copies/mL and CD4 is 88 cells/uL despite "
                        "adherence.",
                        "Lenacapavir (Sunlenca) with an optimized background regimen is the only "
                        "remaining "
                        "fully active option. I request that the denial be overturned.",
                        "Helen Abernathy, MD, NPI: 1176086506",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="housing-referral-social-work",
        notes=(
            "Social worker refers a named client living with HIV, with phone and living "
            "situation, to a housing agency."
        ),
        frm=f"Lucia Mbeki <lmbeki@{EID}>",
        to="intake@harborhousingcoalition.org",
        subject="HOPWA referral",
        body=(
            "Hi Janelle,\n\n"
            "I'd like to refer Terrence Okafor for HOPWA short-term rent assistance. He is a "
            "patient of ours\n"
            "living with HIV, recently back in care after 8 months out (viral load now "
            "suppressed on Dovato).\n"
            "He is staying with a cousin at 611 Linden St, Riverton, and needs to be out by 12/1.\n"
            "Best number: 555-013-2047 (texts ok). He signed our release for Harbor on 11/6, "
            "copy on file.\n\n"
            "Thanks so much,\nLucia\n--\nLucia Mbeki, MSW | Medical Case Manager\n"
            "Eastside Infectious Disease Associates\n"
            + EID_NOTICE
        ),
    ),
    Spec(
        phi=True,
        category="zip-records-release-insurer",
        notes=(
            "Hard positive: ZIP with visit notes and a lab summary released to a life insurer "
            "under authorization; cover note names nobody."
        ),
        frm=f"Health Information Management <him@{EID}>",
        to="aps-requests@northgatelife.com",
        subject="Records request REQ-77413",
        body=(
            "Attached please find the records responsive to request REQ-77413, released per the "
            "signed\n"
            "authorization received 10/29/2026. Invoice for copying fees to follow.\n\nHIM "
            "Department\n"
        ),
        atts=(
            Att(
                "REQ-77413.zip",
                "application/zip",
                zipped(
                    {
                        "REQ-77413/visit_notes.txt": (
                            "Patient: Priyanka Desai   DOB 09/12/1982   MRN E0071385\n"
                            "08/14/2026 Hepatitis C follow-up. SVR12 achieved after "
                            "sofosbuvir/velpatasvir.\n"
                            "HCV RNA not detected. Counseled on reinfection risk. Discharged "
                            "from HCV clinic.\n"
                        ),
                        "REQ-77413/labs.csv": (
                            "date,test,result\n2026-08-10,HCV RNA,Not detected\n2026-08-10,ALT,22\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="html-only-appointment-reminder",
        notes=(
            "HTML-only reminder to a patient at icloud.com naming her hepatitis C treatment "
            "follow-up."
        ),
        frm=f"Eastside ID Reminders <reminders@{EID}>",
        to="farida.haidari@icloud.com",
        subject="Appointment reminder - November 19",
        body="",
        html=(
            "<html><body style=\"font-family:Arial\"><p>Dear Farida Haidari,</p>"
            "<p>This is a reminder of your <b>hepatitis C treatment follow-up</b> with Dr. Kwame "
            "Asante on "
            "<b>Thursday, November 19, 2026 at 10:40 AM</b>.</p>"
            "<ul><li>Bring your Epclusa bottle so we can count pills</li>"
            "<li>Lab draw (HCV RNA) 30 minutes before your visit</li></ul>"
            "<p>To reschedule call 555-014-7700.</p>"
            "<p style=\"font-size:11px;color:#777\">Eastside Infectious Disease Associates, 1400 "
            "Harmon Ave</p>"
            "</body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="financial-counseling-ssn-to-mother-aol",
        notes=(
            "Financial counselor writes to a patient's mother at aol.com with his SSN and "
            "Medicaid application for HIV care."
        ),
        frm=f"Gloria Santangelo <gsantangelo@{EID}>",
        to="bettyjwhitaker@aol.com",
        subject="Kevin's Medicaid application",
        body=(
            "Hi Mrs. Whitaker,\n\n"
            "Thank you for bringing in Kevin's papers. I filled in the application with the SSN "
            "you gave me\n"
            "(417-62-3385) and his date of birth 06/30/2003. The state still needs his lease or "
            "a letter from you\n"
            "that he lives with you. Once Medicaid is approved we can bill it back to September "
            "for his HIV\n"
            "visits and labs, so the Ryan White program will not need to cover those.\n\n"
            "Gloria Santangelo\nFinancial Counselor, Eastside Infectious Disease "
            "Associates\n555-014-7752\n"
            + EID_NOTICE
        ),
    ),
    Spec(
        phi=True,
        category="txt-triage-note-to-covering-service",
        notes=(
            "Hard positive: after-hours triage note only in a TXT attachment to the covering "
            "telehealth service."
        ),
        frm=f"Nurse Triage <triage@{EID}>",
        to="handoff@nightcallmd.com",
        subject="Weekend handoff",
        body=(
            "Handoff for the weekend attached. One patient to watch. Call the on-call ID doc for "
            "anything urgent.\n"
        ),
        atts=(
            Att(
                "handoff_1113.txt",
                "text/plain",
                "WEEKEND HANDOFF 11/13-11/15\n\n"
                "1. Hollis Brandt, 67M, DOB 4/4/1959, cell 555-013-9914\n"
                "   Home IV cefazolin for prosthetic knee infection (R TKA), day 19 of 42.\n"
                "   Low-grade fever 100.6 Thursday, blood cx drawn, NGTD.\n"
                "   If T > 101 or rigors -> send to St Luke's ED, call Dr. Asante.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="home-health-order-mbi",
        notes="Home health order for IV ertapenem to an agency with the patient's Medicare MBI.",
        frm=f"OPAT Program <opat@{EID}>",
        to="referrals@sunrisehomehealth.com",
        subject="New start of care - IV ertapenem",
        body=(
            "New home health referral\n\n"
            "Patient: Dolores Whitcomb\nDOB: 02/19/1944\nMBI: 2JW4RR4WY80\n"
            "Address: 1908 Briarwood Ln, Millbrook ST 40822\nPhone: 555-013-4471\n\n"
            "Diagnosis: N39.0 UTI, ESBL E. coli; N18.3 CKD stage 3\n"
            "Order: ertapenem 1 g IV q24h via midline x 10 days, start 11/11/2026\n"
            "Skilled nursing: line care weekly, BMP on day 5\n\n"
            "Ordering physician: Helen Abernathy, MD, NPI: 1176086506\n"
        ),
    ),
    Spec(
        phi=True,
        category="accession-add-on-dob",
        notes=(
            "Hard positive: no name, but a DOB plus lab accession number (unique code) with an "
            "HCV genotype add-on."
        ),
        frm=f"Kwame Asante MD <kasante@{EID}>",
        to="clientservices@keystonelabs.com",
        subject="add-on request",
        body=(
            "Hello,\n\nCould you please add HCV genotype to accession 26-318-04471 (pt DOB "
            "07/02/1968,\n"
            "collected 11/6)? Quant came back 880K so we need the genotype before starting "
            "treatment.\n\n"
            "Thanks,\nKwame Asante, MD\n"
        ),
    ),
]
