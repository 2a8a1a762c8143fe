"""Cascade Crest Donor Network (organ procurement organisation): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

CC = "Cascade Crest Donor Network <info@cascadecrestdonor.org>"
OC = "Cascade Crest Organ Center <organcenter@cascadecrestdonor.org>"
SIG = "\n\nCascade Crest Donor Network\n2100 Eastern Blvd, York, PA 17402\n(717) 555-0150 | 24-hour referral line (800) 555-0158"
CONF = "\n\nThis message contains confidential donor information. Do not forward."

HL7_ORU = (
    "MSH|^~\\&|CCDN_LAB|CASCADECREST|TXP_IF|HERSHEYTXP|202604191622||ORU^R01|CCDN99417|P|2.5.1\r"
    "PID|1||AHFQ227^^^UNOS^DN~00424471^^^LVM^MR||Donor^AHFQ227||19890214|M\r"
    "OBR|1||SER-26-0883|IDSCREEN^Infectious disease screen|||202604191105\r"
    "OBX|1|ST|HIV-1/2 Ag/Ab||Nonreactive||||||F\r"
    "OBX|2|ST|HCV Ab||Reactive||||||F\r"
    "OBX|3|ST|HCV NAT||Negative||||||F\r"
    "OBX|4|ST|HBsAg||Nonreactive||||||F\r"
    "OBX|5|ST|HBV core Ab||Nonreactive||||||F\r"
    "OBX|6|ST|CMV IgG||Positive||||||F\r"
)

FHIR_HLA = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "donor-AHGB104",
                    "identifier": [
                        {"system": "urn:unos:donor-id", "value": "AHGB104"},
                        {"system": "urn:oid:2.16.840.1.113883.3.7719.1", "value": "00424980"},
                    ],
                    "gender": "female",
                    "birthDate": "1972-08-30",
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "HLA typing (donor)"},
                    "subject": {"reference": "Patient/donor-AHGB104"},
                    "valueString": "A*02:01, A*24:02; B*35:01, B*44:02; DRB1*04:01, DRB1*13:01; DQB1*03:02, DQB1*06:03",
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "ABO/Rh"},
                    "subject": {"reference": "Patient/donor-AHGB104"},
                    "valueString": "O positive",
                }
            },
        ],
    },
    indent=1,
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*CASCADECREST   *ZZ*LARKSPURVMC    *260421*1015*^*00501*000000883*0*P*:~"
    "GS*HP*CASCADECREST*LARKSPURVMC*20260421*1015*883*X*005010X221A1~"
    "ST*835*0001~BPR*I*18420.55*C*ACH*CCP*01*031000053*DA*8840012*1231231234**01*043000096*DA*5521907~"
    "TRN*1*CCDN-PAY-0883*1231231234~DTM*405*20260421~"
    "N1*PR*CASCADE CREST DONOR NETWORK~N1*PE*LARKSPUR VALLEY MEDICAL CENTER*XX*1168487845~"
    "LX*1~CLP*LVM40093317*1*18420.55*18420.55**ZZ*26041822~NM1*QC*1*DELGADO*ROSA****MR*00423811~"
    "DTM*232*20260416~DTM*233*20260418~"
    "SVC*NU:0200*9860.00*9860.00**2~SVC*NU:0360*4215.55*4215.55**1~SVC*NU:0250*4345.00*4345.00**1~"
    "SE*15*0001~GE*1*883~IEA*1*000000883~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="donor referral acknowledgment to ICU",
        notes="Acknowledgment to the ICU naming the referred patient with MRN, ventilator status, GCS and the planned evaluation.",
        frm="Referral Desk <referrals@cascadecrestdonor.org>",
        to="icu-charge@larkspurvalleymed.org",
        subject="Referral #26-1187 received",
        body="ICU team,\n\nThank you for the timely referral. Referral #26-1187 has been logged:\n\nPatient: Rosa Delgado, MRN 00423811, ICU bed 7\nReferred: 04/16/2026 09:42 (vented, GCS 3, loss of brainstem reflexes after intracerebral hemorrhage)\n\nOur coordinator, Ines Barlow, will be on site by 11:00 to review the chart. Please do not discuss donation with the family before she arrives; we will plan a collaborative approach with your team and the chaplain.\n\nReferral Desk"
        + SIG,
    ),
    Spec(
        phi=True,
        category="organ offer summary by donor ID",
        notes="Hard positive: organ offer to a transplant center identifies the donor only by UNOS donor ID and hospital, with age, cause of death, labs and hepatitis C status.",
        frm=OC,
        to="kidneyoncall@hersheytransplant.org",
        subject="Kidney offer - Donor AHFQ227 - response due 18:00",
        body="Kidney offer (sequence 4 on match run).\n\nDonor ID: AHFQ227 | Larkspur Valley Medical Center, York PA\n37 M, ABO A+, 6'0 / 92 kg\nCOD: anoxia, drug intoxication (DBD, declared 04/19 06:10)\nCreatinine 1.1 -> 1.9 -> 1.4; UO 180 mL/h\nHCV Ab reactive / NAT negative; CMV IgG pos; PHS increased risk\nKDPI 34%\nBiopsy pending; pump available.\n\nPlease respond in DonorNet by 18:00.\n\nCascade Crest Organ Center"
        + CONF,
    ),
    Spec(
        phi=True,
        category="HL7 donor serology results to transplant interface",
        notes="Hard positive: HL7 ORU attachment carries the donor ID, hospital MRN, DOB and infectious disease results including a reactive HCV antibody.",
        frm="CCDN Lab Interface <lab-interface@cascadecrestdonor.org>",
        to="hl7-inbound@hersheytransplant.org",
        subject="Manual send - ORU CCDN99417",
        body="Your interface rejected ORU CCDN99417 this afternoon (unknown sending facility). Attached for manual upload while we fix the MSH-4 mapping.\n\nCCDN Lab",
        atts=(Att("CCDN99417_ORU.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="FHIR HLA typing bundle to histocompatibility lab",
        notes="Hard positive: the FHIR bundle ties a donor ID and hospital MRN with birth date to HLA typing and blood type.",
        frm="Histocompatibility <hla@cascadecrestdonor.org>",
        to="hla-lab@pennstatetissuetyping.org",
        subject="Donor typing for crossmatch - FHIR",
        body="Final typing attached as FHIR so it loads into your LIS. Please run virtual crossmatches against your kidney and pancreas lists.\n\nCCDN Histocompatibility",
        atts=(Att("AHGB104_HLA.json", "application/fhir+json", FHIR_HLA),),
    ),
    Spec(
        phi=True,
        category="X12 835 donor hospital payment remittance",
        notes="Hard positive: the X12 835 remits payment to the hospital for a named donor patient's ICU and lab charges with her MRN and dates.",
        frm="CCDN Finance <finance@cascadecrestdonor.org>",
        to="pfs-edi@larkspurvalleymed.org",
        subject="835 remittance - CCDN-PAY-0883",
        body="Attached is the 835 for ACH CCDN-PAY-0883 ($18,420.55), covering donor-related hospital charges billed to Cascade Crest. Please post to your OPO receivable account.\n\nCCDN Finance",
        atts=(Att("CCDN_835_0883.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="donor family outcome letter to widow",
        notes="Letter to the donor's widow's gmail naming him, his donation and how his organs were used.",
        frm="Donor Family Services <familyservices@cascadecrestdonor.org>",
        to="kristin.haldane22@gmail.com",
        subject="Michael's gifts",
        body="Dear Kristin,\n\nWe hope this finds you surrounded by support. We wanted to share how Michael's decision to be a donor has helped others:\n\n- His heart was transplanted into a 51-year-old father of three in Pennsylvania.\n- His liver went to a woman in her sixties who had been waiting for two years.\n- His kidneys gave two people freedom from dialysis.\n\nAll recipients are recovering. If you would ever like to write to them, we can forward an anonymous letter.\n\nWith gratitude,\nHelena Wirth, Donor Family Services"
        + SIG,
    ),
    Spec(
        phi=True,
        category="brain death and authorization notice to chaplain",
        notes="Notice to the hospital chaplain naming a patient, her brain death declaration time and the family's donation authorization.",
        frm="Ines Barlow <ibarlow@cascadecrestdonor.org>",
        to="mvance@larkspurvalleymed.org",
        subject="Delgado family - thank you and next steps",
        body="Chaplain Vance,\n\nThank you for being with the Delgado family yesterday. For your notes: Rosa Delgado was declared dead by neurologic criteria on 04/18 at 14:22, and her husband signed authorization for heart, liver, kidneys and corneas at 17:05. OR time is set for tomorrow at 06:00. The family would like you present for the honor walk at 05:30 if possible.\n\nInes Barlow, Procurement Transplant Coordinator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="texting-style coordinator dispatch with overdose",
        notes="Hard positive: terse dispatch to a coordinator's gmail naming a patient, his hospital bed, anoxic injury after overdose and GCS.",
        frm="Organ Center Dispatch <dispatch@cascadecrestdonor.org>",
        to="jordy.trevino.ptc@gmail.com",
        subject="on site asap",
        body="jordy - LVM ICU bed 9, Drake Hollins 34M, anoxic brain inj after OD, GCS 3, fam at bedside, 2nd neuro exam 1700. need you there by 1600. work email down, sorry. -dispatch",
    ),
    Spec(
        phi=True,
        category="monthly death referral log csv to hospital",
        notes="Hard positive: compliance CSV to the hospital lists patients who died with names, MRNs, times of death and medical rule-out reasons.",
        frm="Hospital Services <hospitalservices@cascadecrestdonor.org>",
        to="cmo-office@larkspurvalleymed.org",
        subject="March referral compliance log",
        body="Dr. Varga,\n\nAttached is the March death referral log for your donation council. Two deaths were referred late (over one hour); those rows are marked for your follow-up.\n\nKelsey Marr, Hospital Services Manager",
        atts=(
            Att(
                "LVM_referral_log_2026-03.csv",
                "text/csv",
                "referral_no,patient,mrn,unit,time_of_death,time_referred,outcome,timely\n"
                "26-0904,Samir Haddad,00416602,6W,2026-03-03 02:14,2026-03-03 02:40,ruled out - metastatic cancer,Y\n"
                "26-0931,Patricia Stiles,00417015,6W,2026-03-09 18:50,2026-03-09 21:05,tissue donor - corneas,N\n"
                "26-0977,Douglas Munro,00418220,ICU,2026-03-17 11:31,2026-03-17 11:45,organ donor - DCD kidneys,Y\n"
                "26-1012,Edith Tull,00418904,5E,2026-03-28 23:02,2026-03-29 01:10,ruled out - sepsis,N\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="donor management workbook to transplant center",
        notes="Hard positive: multi-sheet workbook of a donor's daily labs, vasopressors and hemodynamics keyed by donor ID and hospital.",
        frm=OC,
        to="liveroncall@pittsburghtransplant.org",
        subject="Donor AHFQ227 - trend data you requested",
        body="Dr. Sato, trend sheets for the liver offer attached (labs by day, pressors, vitals).\n\nOrgan Center",
        atts=(
            Att(
                "AHFQ227_trends.xlsx",
                XLSX,
                xlsx(
                    {
                        "Labs": [
                            ["Date", "AST", "ALT", "T bili", "INR", "Na"],
                            ["2026-04-17", 412, 388, 1.1, 1.3, 152],
                            ["2026-04-18", 201, 256, 0.9, 1.2, 148],
                            ["2026-04-19", 96, 171, 0.8, 1.1, 144],
                        ],
                        "Pressors": [
                            ["Time", "Norepinephrine mcg/min", "Vasopressin U/min"],
                            ["04/18 08:00", 12, 0.04],
                            ["04/19 08:00", 4, 0.03],
                        ],
                        "Donor": [
                            ["Donor ID", "Hospital", "Age/Sex", "ABO"],
                            ["AHFQ227", "Larkspur Valley MC", "37 M", "A+"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="tissue donor risk assessment summary PDF",
        notes="PDF of a tissue donor's risk assessment with name, DOB, injection drug use history and recent incarceration.",
        frm="Tissue Services <tissue@cascadecrestdonor.org>",
        to="medicaldirector@keystonetissuebank.org",
        subject="DRAI summary for eligibility review - TS-26-0418",
        body="Dr. Ambrose,\n\nPlease review the attached donor risk assessment summary for eligibility determination before processing. Serologies were nonreactive.\n\nTissue Services",
        atts=(
            Att(
                "DRAI_summary_TS-26-0418.pdf",
                "application/pdf",
                pdf(
                    [
                        "CASCADE CREST DONOR NETWORK - DONOR RISK ASSESSMENT SUMMARY",
                        "Donor: Tyrell J. Ambler     DOB: 05/09/1994     Ref: TS-26-0418",
                        "Death: 04/18/2026, Larkspur Valley MC ED, blunt trauma (motorcycle crash)",
                        "Interviewee: mother. History: injection drug use (heroin) until 2023, in recovery on buprenorphine",
                        "Incarcerated > 72 hours: yes, York County Prison, Jan - Mar 2024",
                        "Tattoos: 2 (licensed studio). Serologies: all nonreactive.",
                    ],
                    "DRAI summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ME release request docx for trauma donor",
        notes="Docx to the coroner requesting release for recovery, naming the donor with his injuries, CT findings and planned organs.",
        frm="Ines Barlow <ibarlow@cascadecrestdonor.org>",
        to="investigations@yorkcountycoroner.org",
        subject="Request for release - coroner case 26-0419",
        body="Investigator Mahler,\n\nPlease see the attached request for release of coroner case 26-0419 for organ recovery. Our surgeons will document all injuries and the pathologist is welcome to attend the recovery.\n\nInes Barlow"
        + SIG,
        atts=(
            Att(
                "ME_release_request_26-0419.docx",
                DOCX,
                docx(
                    [
                        "Cascade Crest Donor Network - Request for Medical Examiner Release",
                        "Coroner case: 26-0419   Decedent: Tyrell J. Ambler, DOB 05/09/1994",
                        "Mechanism: motorcycle vs. car, 04/17/2026; declared dead by neurologic criteria 04/18/2026 21:40, Larkspur Valley MC",
                        "Injuries: subdural hematoma, C2 fracture, left rib fractures 4-7, splenic laceration grade II (CT 04/17)",
                        "Planned recovery: liver, kidneys, pancreas; no recovery of spleen or left chest wall tissue",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="OR recovery calendar invite with donor ID",
        notes="Hard positive: calendar invite for an organ recovery names the donor ID, hospital OR and the organs being recovered.",
        frm=OC,
        to="or-scheduling@larkspurvalleymed.org",
        subject="OR booking - organ recovery 04/20 05:00",
        body="Booking confirmation for the recovery. Please staff one scrub and one circulator; our team brings the perfusion equipment.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cascade Crest//Organ Center//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ccdn-or-AHFQ227@cascadecrestdonor.org\r\nDTSTAMP:20260419T220000Z\r\nDTSTART:20260420T090000Z\r\nDTEND:20260420T130000Z\r\nSUMMARY:Organ recovery - Donor AHFQ227 (ICU bed 9) - heart, liver, kidneys\r\nLOCATION:Larkspur Valley MC, OR 6\r\nORGANIZER:mailto:organcenter@cascadecrestdonor.org\r\nATTENDEE:mailto:or-scheduling@larkspurvalleymed.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="forwarded bedside nurse potential donor email",
        notes="Hard positive: the cover note is generic; the forwarded ICU nurse's email names a patient, her cardiac arrest and the family's plan to withdraw support.",
        frm="Ines Barlow <ibarlow@cascadecrestdonor.org>",
        to="organcenter@cascadecrestdonor.org",
        cc="dcd-team@cascadecrestdonor.org",
        subject="FW: possible DCD at LVM",
        body="Org center - see below, likely DCD candidate. I'll evaluate at 14:00.\n\nInes",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Kaitlyn Brandt RN <kbrandt@larkspurvalleymed.org>",
            to="ibarlow@cascadecrestdonor.org",
            subject="Bed 12 - family considering withdrawal",
            body="Hi Ines, heads up: Monique Carrow, 52F, ICU bed 12, out-of-hospital cardiac arrest 4/17, down time ~40 min, severe anoxic injury on MRI but not brain dead. Family meeting at 3 to talk about withdrawing care. She has a heart sticker on her license per her sister. MRN 00424102. - Kaitlyn",
        ),
    ),
    Spec(
        phi=True,
        category="donor imaging zip to transplant center",
        notes="Hard positive: zip holds the donor's CT and echo reports with donor ID, hospital MRN and findings; the body only names the donor ID.",
        frm=OC,
        to="heartoncall@hersheytransplant.org",
        subject="Donor AHFQ227 - echo and CT reports",
        body="Echo and CT chest reports for AHFQ227 in the zip. Cath not available at donor hospital.\n\nOrgan Center",
        atts=(
            Att(
                "AHFQ227_imaging_reports.zip",
                "application/zip",
                zipped(
                    {
                        "echo_20260418.txt": "Larkspur Valley MC - TTE 04/18/2026\nPatient: Hollins, Drake  MRN 00424471  (UNOS AHFQ227)\nLVEF 55-60%, no wall motion abnormality, no valve disease.\n",
                        "ct_chest_20260418.txt": "CT chest without contrast 04/18/2026\nPatient: Hollins, Drake  MRN 00424471\nBibasilar atelectasis, small right effusion. No mass. Aspiration changes RLL.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="six-month check-in to kidney recipient",
        notes="Follow-up to a kidney transplant recipient's hotmail naming him, his transplant date and the anti-rejection medication he mentioned.",
        frm="Recipient Support <recipients@cascadecrestdonor.org>",
        to="lamar.whitaker1978@hotmail.com",
        subject="Six months since your transplant",
        body="Dear Lamar,\n\nIt's hard to believe it has been six months since your kidney transplant on October 21. We were glad to hear at the Gift of Life walk that you're off dialysis for good and that the tacrolimus tremor has settled down. If you'd like to write to your donor's family, our Recipient Support team can help; many recipients tell us the first letter is the hardest.\n\nWarm regards,\nAngela Fischer, Recipient Support"
        + SIG,
    ),
    Spec(
        phi=True,
        category="cornea release to eye bank with donor identity",
        notes="Cornea release to the eye bank with the donor's name, age, cause of death and time of death.",
        frm="Tissue Services <tissue@cascadecrestdonor.org>",
        to="distribution@lionsvisioneyebank.org",
        subject="Corneas available - TS-26-0421",
        body="Hello,\n\nCorneas recovered today for distribution:\n\nDonor: Patricia M. Stiles, 71 F\nDeath: 03/09/2026 18:50, Larkspur Valley MC (cause: metastatic breast cancer - eligible for corneas only)\nRecovery: 03/10 04:15, death-to-preservation 9h 25m\nSerology: pending, expected by noon\n\nPlease confirm pickup time.\n\nTissue Services"
        + SIG,
    ),
    Spec(
        phi=True,
        category="signed authorization confirmation to donor's mother",
        notes="Confirmation to the donor's mother's icloud with his name, DOB, the organs and tissues authorized and the hospital.",
        frm="Ines Barlow <ibarlow@cascadecrestdonor.org>",
        to="donna.jamison@icloud.com",
        subject="Copy of Tyler's donation authorization",
        body="Dear Donna,\n\nAs you asked, this is a summary of the authorization you signed last night at Larkspur Valley Medical Center for your son, Tyler Jamison (DOB 02/12/2001):\n\nOrgans: heart, lungs, liver, kidneys, pancreas\nTissues: corneas, skin, bone; heart valves declined\nResearch: not authorized\n\nThe recovery surgery is planned for tomorrow morning. I will call you when Tyler's gifts have been placed.\n\nInes Barlow"
        + SIG,
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="annual donation statistics workbook",
        notes="Hard negative: multi-sheet annual report workbook with donor and transplant counts by hospital and organ; aggregate only.",
        frm="Hospital Services <hospitalservices@cascadecrestdonor.org>",
        to="donationcouncil@larkspurvalleymed.org",
        subject="2025 donation results for your council",
        body="Council members,\n\nOur 2025 results are attached. Larkspur Valley had 11 organ donors (a record) and a 74% authorization rate.\n\nKelsey Marr",
        atts=(
            Att(
                "CCDN_2025_results.xlsx",
                XLSX,
                xlsx(
                    {
                        "By hospital": [
                            ["Hospital", "Referrals", "Organ donors", "Tissue donors"],
                            ["Larkspur Valley MC", 1187, 11, 64],
                            ["York Heart Institute", 642, 5, 31],
                            ["Hanover General", 398, 2, 19],
                        ],
                        "Organs transplanted": [
                            ["Organ", "Count"],
                            ["Kidney", 118],
                            ["Liver", 52],
                            ["Heart", 21],
                            ["Lung", 14],
                        ],
                        "Authorization": [
                            ["Measure", "2024", "2025"],
                            ["Authorization rate %", 68, 71],
                            ["Registered donors %", 44, 46],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML DCD education newsletter",
        notes="HTML-only hospital education newsletter on donation after circulatory death; a health topic, no individual.",
        frm="Cascade Crest Hospital Education <education@cascadecrestdonor.org>",
        to="icu-nurses@larkspurvalleymed.org",
        subject="Donation Dispatch: DCD in 5 minutes",
        body="",
        html="<html><body><h2>Donation after circulatory death (DCD) in 5 minutes</h2><ol><li>Call the referral line when withdrawal of support is being discussed, before it is offered to the family.</li><li>The OPO coordinator, not the bedside team, raises donation.</li><li>Comfort care is never changed to support donation.</li><li>Death is declared by the patient's own physician after 5 minutes of circulatory arrest.</li></ol><p>Questions? Call (800) 555-0158 any time.</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="de-identified donor family letter to recipient",
        notes="Hard negative: anonymous donor family letter forwarded under the correspondence policy with names, places and dates removed.",
        frm="Recipient Support <recipients@cascadecrestdonor.org>",
        to="txsocialwork@hersheytransplant.org",
        subject="Anonymous correspondence for your recipient - ref CORR-26-044",
        body="Hello,\n\nPlease pass the letter below to the recipient linked to reference CORR-26-044. We reviewed it under our correspondence policy; first names only, no locations, hospitals or dates.\n\n---\nTo the person who received our son's heart,\nWe think of you every day. He loved fishing, loud music and his little sister. We hope you are out walking in the sunshine. If you ever want to write back, we would love to hear from you.\nWith love, a donor mom\n---\n\nRecipient Support",
    ),
    Spec(
        phi=False,
        category="registry drive event invitation",
        notes="Calendar invite to a college's event office for a donor registration drive; no individual health information.",
        frm="Cascade Crest Community Relations <community@cascadecrestdonor.org>",
        to="studentlife@yorkcollegepa.org",
        subject="Donate Life registration table - April 28",
        body="Hi Marisa, confirming our Donate Life registration table in the student union on April 28, 11-2. We'll bring the banner, t-shirts and tablets.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cascade Crest//Community//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ccdn-drive-20260428@cascadecrestdonor.org\r\nDTSTAMP:20260420T120000Z\r\nDTSTART:20260428T150000Z\r\nDTEND:20260428T180000Z\r\nSUMMARY:Donate Life registration table\r\nLOCATION:Student Union, York College\r\nORGANIZER:mailto:community@cascadecrestdonor.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="brain death CE course with fictional case",
        notes="Hard negative: CE course on brain death determination using an explicitly fictional case; faculty are named with specialties only.",
        frm="Cascade Crest Hospital Education <education@cascadecrestdonor.org>",
        to="critcare-educators@larkspurvalleymed.org",
        subject="CE: Brain death determination - 2023 guideline update (May 21)",
        body="Please share with your ICU and ED staff.\n\nBrain Death/Death by Neurologic Criteria: applying the 2023 AAN/AAP/CNS/SCCM guideline\nThursday May 21, 0800-1100, Larkspur Valley Auditorium B. 3.0 CE hours.\nFaculty: Rajiv Menon, MD (neurocritical care); Ines Barlow, RN, CPTC.\n\nCase exercise (fictional): 'Patient X, a 45-year-old with a massive stroke, has a temperature of 35.4 C and a sodium of 162 - can the exam proceed?'\n\nRegister at education@cascadecrestdonor.org.",
    ),
    Spec(
        phi=False,
        category="recovery surgeon roster with NPIs",
        notes="Hard negative: recovery surgeon roster with NPIs and specialties for hospital credentialing; no patient.",
        frm="Clinical Operations <clinicalops@cascadecrestdonor.org>",
        to="medstaff@larkspurvalleymed.org",
        subject="Recovery surgeons - credentialing update",
        body="Medical Staff Office,\n\nFor your temporary privileges file, our current recovery surgeons:\n\nElena Sato, MD - abdominal transplant surgery - NPI 1679057236\nMarcus Feld, MD - cardiothoracic surgery - NPI 1234226664\nHarriet Obuya, DO - abdominal transplant surgery - NPI 1420839106\n\nCertificates of insurance to follow.\n\nClinical Operations"
        + SIG,
    ),
    Spec(
        phi=False,
        category="preservation supplies invoice with SSN-shaped PO",
        notes="Hard negative: preservation solution invoice whose PO number is SSN-shaped; vendor mail, no patient.",
        frm="CCDN Purchasing <purchasing@cascadecrestdonor.org>",
        to="invoices@organpreservationsupply.com",
        subject="PO 309-58-1146 - short shipment",
        body="Hello,\n\nOn PO 309-58-1146 we received 18 of the 24 bags of cold storage solution (1 L) and 2 of 4 kidney perfusion cassettes. Please ship the balance or credit the invoice. Our DEA registration is not needed for these items.\n\nCCDN Purchasing",
    ),
    Spec(
        phi=False,
        category="clinical triggers poster PDF",
        notes="Hard negative: poster PDF listing clinical triggers for OPO referral (GCS, ventilation, withdrawal talks); no patient.",
        frm="Hospital Services <hospitalservices@cascadecrestdonor.org>",
        to="nursing-education@larkspurvalleymed.org",
        subject="Updated referral triggers poster for break rooms",
        body="Attached is the updated 'Call Us' poster. Please replace the 2023 version in ICU, ED and step-down break rooms.\n\nKelsey Marr",
        atts=(
            Att(
                "CCDN_referral_triggers_poster.pdf",
                "application/pdf",
                pdf(
                    [
                        "CASCADE CREST DONOR NETWORK - CALL US: (800) 555-0158",
                        "Call within 1 hour for every ventilated patient with:",
                        "  - GCS of 5 or less, or loss of one or more brainstem reflexes",
                        "  - Plans to discuss withdrawal of life-sustaining therapy",
                        "  - Brain death testing being planned",
                        "Call within 1 hour of every death (tissue and eye donation).",
                        "Never mention donation to the family before talking with us.",
                    ],
                    "Referral triggers",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="family approach policy docx",
        notes="Hard negative: policy document on approaching families about donation; procedural, no individual.",
        frm="Quality & Compliance <quality@cascadecrestdonor.org>",
        to="staff-all@cascadecrestdonor.org",
        subject="Policy FS-03 revised: family approach",
        body="All staff: revised FS-03 is attached and takes effect May 1. Please complete the attestation in the LMS by April 30.",
        atts=(
            Att(
                "FS-03_family_approach_rev2026.docx",
                DOCX,
                docx(
                    [
                        "Cascade Crest Donor Network - Policy FS-03: Family Approach",
                        "1. The approach is planned with the hospital team (huddle) before any mention of donation.",
                        "2. First-person authorization (registry, advance directive) is presented as the patient's decision.",
                        "3. Where no registration exists, the legal next of kin is approached by a trained requestor.",
                        "4. Interpreters are used for families with limited English; family members do not interpret.",
                        "5. Documentation is completed in iTransplant within 4 hours.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ambassador volunteer thank-you",
        notes="Thank-you to a volunteer's yahoo address for staffing an outreach table; no health information about her.",
        frm="Cascade Crest Community Relations <community@cascadecrestdonor.org>",
        to="gracie.lindeman@yahoo.com",
        subject="Thank you for Saturday!",
        body="Hi Gracie,\n\nThank you for staffing our table at the York Home Show on Saturday. Together with Tom and Ada you registered 63 new donors, our best event this spring! Your volunteer hours (5.5) are logged. The next event is the Red Lion Street Fair on May 16 if you're free.\n\nCommunity Relations",
    ),
    Spec(
        phi=False,
        category="press release with record year totals",
        notes="Press release with aggregate record-year donor and transplant counts; no individual.",
        frm="Cascade Crest Communications <media@cascadecrestdonor.org>",
        to="newsdesk@yorkdispatch-news.com",
        subject="Press release: Cascade Crest reports record year for donation",
        body="FOR IMMEDIATE RELEASE\n\nYORK, Pa. - Cascade Crest Donor Network today reported 49 organ donors and 1,112 tissue donors in 2025, resulting in 205 organs transplanted, the highest in the organization's 38-year history. Donation after circulatory death accounted for 41% of organ donors. More than 46% of adults in the service area are now registered donors.\n\nMedia contact: Paige Corrigan, (717) 555-0153",
    ),
    Spec(
        phi=False,
        category="coordinator on-call text file",
        notes="Hard negative: text-file on-call rota of procurement coordinators with phone numbers; workforce only.",
        frm="Organ Center Dispatch <dispatch@cascadecrestdonor.org>",
        to="organcenter@cascadecrestdonor.org",
        subject="Coordinator call schedule week 17",
        body="Week 17 call schedule attached for the board.",
        atts=(
            Att(
                "call_schedule_wk17.txt",
                "text/plain",
                "CCDN PROCUREMENT COORDINATOR CALL - WEEK 17 (04/20 - 04/26)\n"
                "First call:  Mon-Wed Ines Barlow 717-555-0155; Thu-Sun Jordy Trevino 717-555-0156\n"
                "Second call: Mon-Sun Priscilla Adu 717-555-0157\n"
                "Administrator on call: Kelsey Marr 717-555-0159\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="hospital conversion metrics csv",
        notes="Hard negative: CSV of referral timeliness and conversion rates by hospital for partners; aggregate only.",
        frm="Hospital Services <hospitalservices@cascadecrestdonor.org>",
        to="partners@cascadecrestdonor.org",
        subject="Q1 hospital scorecard",
        body="Partners, your Q1 scorecards are attached as CSV so you can chart them. Numbers are counts and rates only.",
        atts=(
            Att(
                "Q1_2026_scorecard.csv",
                "text/csv",
                "hospital,deaths,timely_referral_pct,eligible_deaths,organ_donors,conversion_pct\n"
                "Larkspur Valley MC,301,94.7,9,4,44.4\n"
                "York Heart Institute,156,97.4,4,2,50.0\n"
                "Hanover General,88,90.9,2,0,0.0\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Donate Life month brand kit zip",
        notes="Zip brand kit with a logo image and usage guidelines for partner hospitals; marketing only.",
        frm="Cascade Crest Communications <media@cascadecrestdonor.org>",
        to="marketing@larkspurvalleymed.org",
        subject="Donate Life Month - flag raising kit",
        body="Hi team, here's the brand kit for your flag raising: logo and guidelines. Please send photos for our social channels!",
        atts=(
            Att(
                "DonateLife_kit_2026.zip",
                "application/zip",
                zipped(
                    {
                        "guidelines.txt": "Use the green ribbon logo on white or dark green only.\nHashtags: #DonateLife #CascadeCrest\nDo not post photos of patients or families without signed consent.\n",
                        "donatelife_ribbon.png": png(6, 6, (0, 128, 64)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="courier service contract question",
        notes="Business mail to a medical courier about contract rates; no patient.",
        frm="CCDN Purchasing <purchasing@cascadecrestdonor.org>",
        to="contracts@swiftlinemedicalcourier.com",
        subject="Rate sheet for 2026-27 renewal",
        body="Hello Mr. Osterman,\n\nAhead of the July renewal, could you send the proposed 2026-27 rate sheet for STAT ground transport (York to Hershey, Pittsburgh and Philadelphia) and the after-hours surcharge? We'd also like the on-time performance report for Q1.\n\nCCDN Purchasing",
    ),
    Spec(
        phi=False,
        category="new coordinator staff announcement",
        notes="Staff announcement of a new coordinator's hire and background; workforce only.",
        frm="Human Resources <hr@cascadecrestdonor.org>",
        to="staff-all@cascadecrestdonor.org",
        subject="Welcome Priscilla Adu, Procurement Transplant Coordinator",
        body="Please welcome Priscilla Adu, RN, who joins the clinical team on April 27. Priscilla comes to us from eight years in the cardiothoracic ICU at York Heart Institute and will complete CPTC orientation over the next three months.",
    ),
    Spec(
        phi=False,
        category="DMV registry feed technical spec",
        notes="Hard negative: technical spec for the DMV donor registry file layout listing field names (name, DOB, licence number) with no records.",
        frm="CCDN IT <it@cascadecrestdonor.org>",
        to="dataexchange@padmv-registry.gov",
        subject="Registry feed v3 - file layout confirmation",
        body="Hello,\n\nConfirming the fixed-width layout for the nightly donor designation feed (v3), effective June 1:\n\nfield 1  last_name      (35)\nfield 2  first_name     (25)\nfield 3  dob            (8, CCYYMMDD)\nfield 4  dl_number      (8)\nfield 5  designation    (1, Y/N)\nfield 6  action_date    (8)\n\nTest file will be exchanged via SFTP only; no records by email. Please confirm.\n\nCCDN IT",
    ),
    Spec(
        phi=False,
        category="foundation grant application",
        notes="Grant application note to a foundation describing outreach programs with aggregate figures; no individual.",
        frm="Cascade Crest Development <development@cascadecrestdonor.org>",
        to="grants@susquehannafoundation.org",
        subject="Application: multicultural donor registration outreach",
        body="Dear Grants Committee,\n\nCascade Crest requests $40,000 to expand donor registration outreach in York's Latino and Black communities, where registration rates are 19 and 22 points below the county average. Funds would support bilingual educators and community health worker partnerships.\n\nThe full application was submitted through your portal today.\n\nCascade Crest Development",
    ),
    Spec(
        phi=False,
        category="donor family remembrance ceremony invitation",
        notes="Hard negative: invitation mailed to a donor-family list alias for a remembrance ceremony; no donor or family is named.",
        frm="Donor Family Services <familyservices@cascadecrestdonor.org>",
        to="donorfamilies@lists.cascadecrestdonor.org",
        subject="You're invited: Celebration of Life, June 13",
        body="Dear donor families,\n\nPlease join us for our annual Celebration of Life on Saturday, June 13 at 11 am at the Cascade Crest Donor Memorial Garden. We will unveil this year's honor stones and share a light lunch. RSVP by June 1 to (717) 555-0154.\n\nWith gratitude,\nDonor Family Services",
    ),
]
