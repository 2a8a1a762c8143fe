# ruff: noqa: E501
"""Tamarack County Health Department: outbound mail that carries PHI (18 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import CVI, MPD, TCH, Att, Spec

SIG_EPI = (
    "\n\nNadia Haddad, PhD, MPH\nEpidemiologist II | Tamarack County Health Department\n"
    "1400 Courthouse Sq, Linden Park IA | (319) 555-0700\n"
)
SIG_TB = "\n\nCarmen Ibarra, RN\nTB Program Nurse | Tamarack County Health Department\n(319) 555-0722\n"
GOV_NOTICE = (
    "\n\nThis message may contain confidential public health information protected under Iowa "
    "Code 139A.3. If received in error, notify the sender and delete it."
)

ELR = (
    "MSH|^~\\&|RIVERBEND LAB|RIVERBEND HEALTH^16D0612345^CLIA|TCHD_NEDSS|TAMARACK CO HD|"
    "20261109174512||ORU^R01^ORU_R01|RBL26110917451|P|2.5.1\r"
    "PID|1||RB00718834^^^RBH^MR||Santangelo^Marco^J||19880412|M||2106-3|"
    "603 Fennel St^^Linden Park^IA^52411||^PRN^PH^^^319^5550419\r"
    "ORC|RE||RBL-MB-2611-0331\r"
    "OBR|1||RBL-MB-2611-0331|625-4^Bacteria identified in Stool by Culture^LN|||20261106113000\r"
    "OBX|1|CWE|625-4^Bacteria identified in Stool by Culture^LN||27268008^Salmonella "
    "species^SCT||||||F|||20261109\r"
    "OBX|2|ST|SERO^Serotype (sent to SHL)^L||pending||||||P\r"
    "SPM|1|||119339001^Stool specimen^SCT|||||||||||||20261106113000\r"
)

FHIR_ECR = """{
  "resourceType": "Bundle",
  "type": "message",
  "entry": [
    {"resource": {"resourceType": "MessageHeader",
      "eventCoding": {"system": "http://hl7.org/fhir/us/ecr/CodeSystem/us-ph-messageheader-message-types",
                      "code": "eicr"},
      "source": {"name": "Tamarack County Health Department"}}},
    {"resource": {"resourceType": "Patient", "id": "tchd-case-26-1184",
      "name": [{"family": "Villanueva", "given": ["Rocio"]}], "gender": "female",
      "birthDate": "1996-09-08",
      "address": [{"line": ["2231 Harmon Ave Apt 12"], "city": "Linden Park", "state": "IA",
                   "postalCode": "52412"}],
      "telecom": [{"system": "phone", "value": "319-555-0953"}]}},
    {"resource": {"resourceType": "Condition",
      "code": {"coding": [{"system": "http://snomed.info/sct", "code": "40468003",
                           "display": "Viral hepatitis, type A"}]},
      "subject": {"reference": "Patient/tchd-case-26-1184"}, "onsetDateTime": "2026-10-30"}},
    {"resource": {"resourceType": "Observation", "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "22314-9",
                           "display": "Hepatitis A virus IgM Ab"}]},
      "subject": {"reference": "Patient/tchd-case-26-1184"},
      "valueCodeableConcept": {"text": "Positive"}}}
  ]
}
"""

CCDA_REFUGEE = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Tamarack County Health Department - Refugee Health Screening Summary</title>
  <recordTarget><patientRole>
    <id extension="TCHD-RH-26-0417" root="2.16.840.1.113883.3.8841.2"/>
    <addr><streetAddressLine>44 Oakmont Ct Apt 2</streetAddressLine><city>Linden Park</city>
      <state>IA</state><postalCode>52411</postalCode></addr>
    <patient><name><given>Espérance</given><family>Nshimirimana</family></name>
      <administrativeGenderCode code="F"/><birthTime value="20110315"/>
      <languageCommunication><languageCode code="rn"/></languageCommunication></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Results</title><text>QuantiFERON-TB Gold Plus: negative.
      Hepatitis B sAg negative, sAb positive. Strongyloides serology positive - treated with
      ivermectin 200 mcg/kg x 2 days. Hemoglobin 10.8 g/dL (iron deficiency).</text></section></component>
    <component><section><title>Immunizations</title><text>MMR #1, Tdap, HPV #1, MenACWY given
      10/28/2026.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*TCHDCLINIC     *ZZ*IAMEDCLEARHSE  *261111*1020*^*00501*"
    "000000812*0*P*:~GS*HC*TCHDCLINIC*IAMEDCLEARHSE*20261111*1020*812*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*TCHD2611111020*20261111*1020*CH~"
    "NM1*85*2*TAMARACK COUNTY HEALTH DEPT*****XX*1538000971~"
    "HL*1**20*1~HL*2*1*22*0~SBR*P*18*******MC~"
    "NM1*IL*1*OKAFOR*DESMOND****MI*IA4471809X~N3*318 WILLOW BEND RD~N4*LINDEN PARK*IA*52414~"
    "DMG*D8*19990707*M~NM1*PR*2*IOWA MEDICAID*****PI*IAMCD~"
    "CLM*TCHD-STI-26-3318*148***71:B:1*Y*A*Y*Y~HI*ABK:A539*ABF:Z202~"
    "LX*1~SV1*HC:86592*22*UN*1***1~DTP*472*D8*20261104~"
    "LX*2~SV1*HC:J0561*126*UN*24***1~DTP*472*D8*20261104~"
    "SE*17*0001~GE*1*812~IEA*1*000000812~"
)

CDIFF_INNER = Spec(
    phi=True,
    category="hospital_ip_notice_inner",
    notes="inner forwarded infection-prevention notice",
    frm="Joanne Kessler RN CIC <jkessler@riverbendhealth.org>",
    to=f"epi@{TCH}",
    subject="C. auris colonized pt discharging to Prairie View Care Center",
    body=(
        "Nadia,\n\nPer the state C. auris protocol: our patient Harold Mennenga (DOB 10/09/1940), "
        "screened positive for Candida auris colonization (axilla/groin swab 11/04), is "
        "discharging to Prairie View Care Center, room 114B, on Thursday 11/12. He has a chronic "
        "trach and a sacral wound. Contact precautions + EPA List P disinfectant required. Can you "
        "make sure their IP, Deb, is aware before arrival?\n\nJoanne Kessler, RN, CIC\nInfection "
        "Prevention, Riverbend Health"
    ),
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="ph_pertussis_school_exclusion",
        notes="Pertussis case notification to the school nurse: student name, grade, diagnosis, exclusion dates.",
        frm=f"Nadia Haddad <nhaddad@{TCH}>",
        to="Cheryl Moen RN <cmoen@lindenparkschools.org>",
        subject="Pertussis - student exclusion and classroom notification",
        body=(
            "Cheryl,\n\nAs discussed, we have a confirmed pertussis case (PCR positive 11/06) in "
            "Alyssa Brandvold, 3rd grade, Mr. Okafor's class. She started azithromycin 11/07 and "
            "may return Thursday 11/12 after 5 full days of treatment.\n\nPlease send the attached "
            "exposure letter (no names) home with her classmates today, and let me know of any "
            "students or staff in that room who are pregnant or have infants at home so we can "
            "offer prophylaxis." + SIG_EPI + GOV_NOTICE
        ),
    ),
    Spec(
        phi=True,
        category="ph_measles_line_list_workbook",
        notes="Measles outbreak line list (cases and contacts, names, DOBs, MMR status) to the state epi.",
        frm=f"Nadia Haddad <nhaddad@{TCH}>",
        to="Measles Response <measles@iowa-idph.org>",
        cc=f"Dr. Harold Jansen <hjansen@{TCH}>",
        subject="Tamarack measles cluster - line list v4 (cases + exposed)",
        body=(
            "Attached v4 of the line list. Case 3 is new since this morning (sibling of case 1, "
            "rash onset 11/08). 14 exposed contacts at the urgent care waiting room now "
            "classified; 3 are susceptible infants and we are arranging IG today." + SIG_EPI
        ),
        atts=(
            Att(
                "TC_measles_linelist_v4.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            ["Case", "Name", "DOB", "Rash onset", "MMR doses", "Lab", "Status"],
                            ["TC-MEA-1", "Eli Stoltzfus", "2019-05-14", "2026-10-29", 0, "PCR+ SHL", "confirmed"],
                            ["TC-MEA-2", "Ruth Hershberger", "2021-01-03", "2026-11-03", 0, "PCR+ SHL", "confirmed"],
                            ["TC-MEA-3", "Abigail Stoltzfus", "2023-08-22", "2026-11-08", 0, "pending", "probable"],
                        ],
                        "Contacts": [
                            ["Contact", "Linked case", "DOB", "Exposure", "Immune?", "Action"],
                            ["Mason Treviño", "TC-MEA-2", "2026-04-30", "urgent care 11/02", "no (infant)", "IG 11/10"],
                            ["Priya Kulkarni", "TC-MEA-2", "1991-12-19", "urgent care 11/02", "MMR x2", "monitor"],
                            ["Owen Beachy", "TC-MEA-1", "2017-06-09", "household", "no", "quarantine to 11/19"],
                        ],
                        "Notes": [["Item", "Detail"], ["Quarantine letters", "sent to all susceptible contacts 11/09"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ph_tb_dot_schedule_outreach",
        notes="TB directly-observed-therapy schedule with patient name, address and RIPE regimen to the outreach worker.",
        frm=f"Carmen Ibarra RN <cibarra@{TCH}>",
        to="Marcus Greene <mgreene.outreach@tamarackcounty-dhs.org>",
        subject="DOT route change starting Monday",
        body=(
            "Marcus,\n\nAdding a new DOT patient to your Monday-Friday route starting 11/16:\n\n"
            "Bao Lam Tran, 52, 1187 Cottonwood Dr (side door, dog is friendly), cell (319) "
            "555-0865. Pulmonary TB, smear+, intensive phase: isoniazid 300 mg, rifampin 600 mg, "
            "pyrazinamide 1500 mg, ethambutol 1200 mg + B6 50 mg, daily. Watch for yellow eyes, "
            "vision changes, and note if he skips the pyrazinamide (nausea). Vietnamese - he "
            "prefers his daughter Kim to interpret by phone.\n\nVideo DOT is OK on Saturdays." + SIG_TB
        ),
    ),
    Spec(
        phi=True,
        category="ph_sti_partner_services_interjurisdictional",
        notes=(
            "Hard positive: DIS interjurisdictional partner referral with a first name, last "
            "initial, age, phone and syphilis exposure."
        ),
        frm=f"Marcus Greene DIS <mgreene@{TCH}>",
        to="DIS Supervisor <dis@linncounty-ph.org>",
        subject="IPS referral - your jurisdiction",
        body=(
            "Hi Lorena,\n\nInterjurisdictional partner referral (FR 26-1140):\n\nPartner: Andre B., "
            "M, approx 24, phone (319) 555-0491, lives near Kirkwood campus, drives a silver "
            "Camry, IA plate KPW 442.\nExposure: named by our index case (primary syphilis, dx "
            "11/03); last sexual exposure ~10/20.\nDisposition needed: test + presumptive "
            "treatment (Bicillin L-A 2.4 MU).\n\nIndex will not be identified to partner. Let me "
            "know the field record number on your side.\n\nMarcus Greene\nDisease Intervention "
            "Specialist" + GOV_NOTICE
        ),
    ),
    Spec(
        phi=True,
        category="ph_elr_salmonella_hl7",
        notes=(
            "Hard positive: the body names no one; the patient's name, address and Salmonella "
            "culture are only in the ELR HL7."
        ),
        frm=f"Tom Becker <tbecker@{TCH}>",
        to="SHL Enterics <enterics@shl-iowa.org>",
        subject="ELR for isolate you received today - please link",
        body=(
            "Hi SHL,\n\nRiverbend's isolate arrived without a requisition. Here is the ELR we "
            "received so you can link it and send serotyping back against our case.\n\nTom Becker\n"
            "Surveillance Data Manager"
        ),
        atts=(Att("ELR_RBL26110917451.hl7", "application/hl7-v2", ELR),),
    ),
    Spec(
        phi=True,
        category="ph_immunization_record_parent_pdf",
        notes="Immunization certificate PDF for a named child sent to the parent's hotmail.",
        frm=f"Immunization Registry <immunizations@{TCH}>",
        to="Samira Haddou <samira.haddou@hotmail.com>",
        subject="Your requested immunization record",
        body=(
            "Hello Ms. Haddou,\n\nAs requested by phone, attached is the official Certificate of "
            "Immunization for your son from the state registry. The school will accept this "
            "printout. He is still due for the second dose of varicella.\n\nTamarack County "
            "Health Department - Immunization Program\n(319) 555-0740"
        ),
        atts=(
            Att(
                "Certificate_of_Immunization_Haddou_Yanis.pdf",
                "application/pdf",
                pdf(
                    [
                        "TAMARACK COUNTY HEALTH DEPARTMENT - CERTIFICATE OF IMMUNIZATION",
                        "Name: Yanis Haddou   DOB: 09/04/2020   Registry ID: IA-IRIS 60114829",
                        "DTaP: 01/05/2021, 03/08/2021, 05/10/2021, 02/14/2022",
                        "IPV: 01/05/2021, 03/08/2021, 11/02/2021",
                        "MMR: 09/20/2021, 10/15/2024",
                        "Varicella: 09/20/2021  (dose 2 DUE)",
                        "Hepatitis B: 09/05/2020, 01/05/2021, 05/10/2021",
                    ],
                    "Certificate of Immunization",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ph_noro_ltcf_initials_rooms_csv",
        notes="Hard positive: norovirus outbreak line list with resident initials, room numbers and onset dates.",
        frm=f"Nadia Haddad <nhaddad@{TCH}>",
        to="Deb Rinehart <drinehart@prairieviewcare.com>",
        subject="Re: GI outbreak - updated line list for your review",
        body=(
            "Deb,\n\nThanks for the update. I merged your 11/09 list with what the hospital sent; "
            "please check rows 4 and 6 (room numbers didn't match). Keep the units closed to new "
            "admissions until 48 h after the last new case.\n\nNadia" + SIG_EPI
        ),
        atts=(
            Att(
                "PVCC_GI_linelist_1110.csv",
                "text/csv",
                "id,initials,resident_or_staff,unit,room,age,onset,vomiting,diarrhea,hospitalized,specimen\n"
                "1,M.H.,resident,East,108A,88,2026-11-04,Y,Y,N,noro GII+\n"
                "2,L.V.,resident,East,112,91,2026-11-05,N,Y,Y,noro GII+\n"
                "3,R.K.,staff (CNA),East,,34,2026-11-05,Y,N,N,\n"
                "4,D.P.,resident,East,114B,79,2026-11-06,Y,Y,N,pending\n"
                "5,A.S.,resident,West,207,85,2026-11-07,Y,Y,N,\n"
                "6,G.T.,resident,East,110,93,2026-11-08,N,Y,N,pending\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ph_subject_only_ltbi_cxr",
        notes="Hard positive: the patient's name and LTBI diagnosis sit only in the subject; the body asks for a slot.",
        frm=f"Carmen Ibarra RN <cibarra@{TCH}>",
        to=f"Scheduling <scheduling@{CVI}>",
        subject="LTBI - Nguyen Thi Lan - CXR needed before INH/rifapentine start",
        body="Hi Brittany, can you squeeze her in Friday morning? Order faxed. Thanks!" + SIG_TB,
    ),
    Spec(
        phi=True,
        category="ph_lead_home_inspection_docx",
        notes="Environmental health lead investigation report: child's blood lead level and home address in a DOCX.",
        frm=f"Sanjay Patel REHS <spatel@{TCH}>",
        to="Housing Inspections <inspections@lindenpark-city.org>",
        subject="Lead hazard investigation - orders for landlord",
        body=(
            "Hi,\n\nAttached is our environmental lead investigation for the property below. "
            "Please coordinate the abatement order with your rental inspection; the family "
            "cannot relocate until the end of the month.\n\nSanjay Patel, REHS\nEnvironmental "
            "Health Specialist"
        ),
        atts=(
            Att(
                "EBLL_investigation_1419_Alder.docx",
                DOCX,
                docx(
                    [
                        "Tamarack County Health Department - Elevated Blood Lead Investigation",
                        "Property: 1419 Alder St (upper unit), Linden Park IA 52411 (built 1924, rental)",
                        "Child: Jayden Moua, DOB 03/11/2024; venous blood lead 22 ug/dL on 10/27/2026",
                        "Prior capillary 18 ug/dL (09/2026). Referred to pediatrician for iron studies.",
                        "XRF: deteriorated paint window sills (kitchen 4.2 mg/cm2, bedroom 6.8 mg/cm2).",
                        "Dust wipe: bedroom floor 88 ug/ft2 (standard 10).",
                        "Owner of record: Cedar Rental Holdings LLC.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ph_ecr_hepatitis_a_fhir",
        notes=(
            "Hard positive: routing-failure mail; the named Hepatitis A case with address is "
            "only in the FHIR eICR bundle."
        ),
        frm=f"Tom Becker <tbecker@{TCH}>",
        to="Surveillance Support <nedss-support@iowa-idph.org>",
        subject="eICR stuck in our queue - manual submission case 26-1184",
        body=(
            "Hi,\n\nThe AIMS routing for this eICR failed three times overnight, so attaching the "
            "bundle for manual entry. Food handler at a restaurant - we are already doing the "
            "exposure assessment, so please don't hold for us.\n\nTom Becker"
        ),
        atts=(Att("eICR_26-1184.json", "application/fhir+json", FHIR_ECR),),
    ),
    Spec(
        phi=True,
        category="ph_tst_read_ics_patient",
        notes="Calendar invite to a patient's outlook.com for a TB skin-test read naming him.",
        frm=f"TB Clinic <tbclinic@{TCH}>",
        to="Oscar Mendez <oscar.mendez.lp@outlook.com>",
        subject="Invitation: TB skin test read - Oscar Mendez",
        body=(
            "Mr. Mendez,\n\nYour TB skin test was placed today (left forearm). It MUST be read in "
            "48-72 hours: Thursday between 8:00 and 11:00. If you miss the window we have to "
            "repeat it. This is for your contact screening." + SIG_TB
        ),
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tamarack County HD//TB Clinic//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:tchd-tst-88102@tamarackcountyhealth.gov\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261112T140000Z\r\nDTEND:20261112T141500Z\r\n"
            "SUMMARY:TST read - Oscar Mendez (contact investigation)\r\n"
            "DESCRIPTION:TST placed 11/10 L forearm\\, Tubersol 0.1 mL\\, lot C6148AA. "
            "Contact of active case TC-TB-26-04.\r\n"
            "LOCATION:TB Clinic\\, 1400 Courthouse Sq Room 118\r\n"
            "ORGANIZER:mailto:tbclinic@tamarackcountyhealth.gov\r\n"
            "ATTENDEE;RSVP=TRUE:mailto:oscar.mendez.lp@outlook.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="ph_forwarded_cauris_transfer",
        notes="Forwards a hospital's C. auris notice (rfc822) naming the patient, DOB and room to the nursing home.",
        frm=f"Nadia Haddad <nhaddad@{TCH}>",
        to="Deb Rinehart <drinehart@prairieviewcare.com>",
        subject="Fwd: C. auris colonized pt discharging to Prairie View Care Center",
        body=(
            "Deb - please see below before Thursday. I can walk your staff through the "
            "precautions by phone tomorrow at 2; our C. auris toolkit is on the HAN page.\n\nNadia"
        ),
        forward=CDIFF_INNER,
    ),
    Spec(
        phi=True,
        category="ph_tb_contact_investigation_zip",
        notes="ZIP of a TB contact investigation: TXT notes naming the index case and a contacts CSV.",
        frm=f"Carmen Ibarra RN <cibarra@{TCH}>",
        to="TB Control <tbcontrol@iowa-idph.org>",
        subject="TC-TB-26-04 contact investigation packet (round 1)",
        body=(
            "Attached: round 1 contact investigation for TC-TB-26-04 (notes + contact list). "
            "Round 2 testing at the workplace is 8-10 weeks from last exposure, scheduled for "
            "1/11." + SIG_TB
        ),
        atts=(
            Att(
                "TC-TB-26-04_CI_round1.zip",
                "application/zip",
                zipped(
                    {
                        "CI_notes.txt": (
                            "Index: Bao Lam Tran, DOB 1974-02-19, pulmonary TB, smear 3+, cavitary "
                            "RUL, GeneXpert MTB+ RIF resistance not detected. Infectious period "
                            "07/15-11/02/2026. Works second shift at Midwest Poultry (line 3).\n"
                        ),
                        "contacts.csv": (
                            "name,relationship,priority,test,result,action\n"
                            "Kim Tran,daughter (household),high,IGRA,negative,repeat 8 wk\n"
                            "Hoa Pham,spouse (household),high,IGRA,positive,CXR 11/13 - LTBI eval\n"
                            "Oscar Mendez,coworker,medium,TST,pending,read 11/12\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ph_tb_clearance_daughter_gmail",
        notes=(
            "Hard positive: quiet note to a daughter's gmail: her mother's surname, negative "
            "sputum results and release from isolation."
        ),
        frm=f"Carmen Ibarra RN <cibarra@{TCH}>",
        to="Grace Adeyemi <grace.adeyemi.ng@gmail.com>",
        subject="good news",
        body=(
            "Hi Grace,\n\nGood news to pass on to your mom - the third sputum came back negative "
            "too, so Mrs. Adeyemi is released from home isolation starting Monday and can go back "
            "to church and the market. She still needs to finish all of her pills (4 more months) "
            "and Marcus will keep coming by for the morning doses.\n\nCarmen"
        ),
    ),
    Spec(
        phi=True,
        category="ph_rabies_pep_rtf_letter",
        notes="Rabies PEP schedule letter (RTF) for a named bite victim sent to the urgent care.",
        frm=f"Sanjay Patel REHS <spatel@{TCH}>",
        to="Clinical Staff <clinic@lindenparkurgentcare.com>",
        subject="Rabies PEP recommendation - bat exposure",
        body=(
            "Attached is our PEP recommendation for the patient your clinic called about this "
            "morning. The bat was not available for testing.\n\nSanjay Patel, REHS"
        ),
        atts=(
            Att(
                "PEP_recommendation_Kowalski.rtf",
                "application/rtf",
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 "
                "{\\b Tamarack County Health Department - Rabies PEP Recommendation}\\par\\par "
                "Patient: Dominik Kowalski, DOB 07/02/1990\\par "
                "Exposure: bat found in bedroom on waking 11/08/2026, bat escaped, not tested.\\par "
                "Recommendation: HRIG 20 IU/kg day 0 (infiltrate none - no wound; give IM), "
                "rabies vaccine 1 mL IM deltoid days 0, 3, 7, 14.\\par "
                "Day 0 = 11/10/2026. Patient is not immunocompromised.\\par}",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ph_sti_clinic_837_x12",
        notes=(
            "Hard positive: a 999 rejection query; the patient's name, Medicaid ID, address and "
            "syphilis claim lines are only in the X12 837P."
        ),
        frm=f"Ruth Okonkwo <rokonkwo@{TCH}>",
        to="EDI Support <edi@iamedclearhouse.com>",
        subject="837 batch 812 rejected - 999 AK5*R",
        body=(
            "Hello,\n\nOur batch 812 was rejected (999 shows AK5*R at segment 9). Attaching the "
            "file for your analyst. We think the subscriber loop is the problem.\n\nRuth Okonkwo\n"
            "Fiscal Officer, Tamarack County Health Department"
        ),
        atts=(Att("TCHD_837P_batch812.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="ph_refugee_screening_ccda",
        notes="C-CDA refugee health screening summary for a named adolescent sent to her new primary care.",
        frm=f"Refugee Health <refugeehealth@{TCH}>",
        to=f"Care Coordination <carecoord@{MPD}>",
        subject="Refugee domestic screening summary - new patient for you",
        body=(
            "Hi Mei-Ling,\n\nAttached is the domestic screening C-CDA for the new family we "
            "discussed; the older daughter is your patient starting 12/2. Kirundi interpreter "
            "needed. Follow-up items are in the results section.\n\nRefugee Health Program"
        ),
        atts=(Att("RH-26-0417_screening.xml", "application/xml", CCDA_REFUGEE),),
    ),
    Spec(
        phi=True,
        category="ph_salmonella_interview_txt",
        notes="Foodborne illness case interview notes (TXT) with name, DOB, symptoms and hospitalisation.",
        frm=f"Nadia Haddad <nhaddad@{TCH}>",
        to="Foodborne Unit <foodborne@iowa-idph.org>",
        subject="Salmonella case interview - possible cluster w/ your PFGE/WGS hits",
        body=(
            "Interview notes attached for our case. She ate at two places on your exposure list "
            "(the Lakeview taqueria and a church potluck). WGS is pending at SHL." + SIG_EPI
        ),
        atts=(
            Att(
                "interview_SAL_26-0982.txt",
                "text/plain",
                "Case SAL-26-0982  Interviewer: N. Haddad  Date: 11/09/2026\n"
                "Name: Wilhelmina Ostrowski   DOB: 1961-08-02   Phone: (319) 555-0284\n"
                "Onset 11/01: diarrhea (bloody x2), fever 102, cramps. ED visit Riverbend 11/03, "
                "admitted 2 nights for dehydration, ciprofloxacin.\n"
                "Foods 7 days prior: Lakeview Taqueria (carnitas, pico) 10/29; St. Ann potluck "
                "(deviled eggs, chicken salad) 10/30; home eggs from neighbor's backyard flock.\n"
                "Household: husband ill 11/02, not tested.\n",
            ),
        ),
    ),
]
