"""Bellmont Wound & Hyperbaric Center (wound care with hyperbaric oxygen): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

INTAKE = "Bellmont Intake <intake@bellmontwound.org>"
HBO = "Hyperbaric Dept <hbo@bellmontwound.org>"
BILL = "Bellmont Billing <billing@bellmontwound.org>"
SIG = "\n\nBellmont Wound & Hyperbaric Center\n815 Ferry Rd, Salem, OR 97301\n(503) 555-0130"

HL7 = (
    "MSH|^~\\&|BWH_EMR|BELLMONT|HHA|KESTREL|20260414083000||ADT^A03|BWH55102|P|2.5.1\r"
    "PID|1||BW-771204^^^BWH^MR||Yazzie^Lorenzo^T||19590829|M|||402 Cherry Ave NE^^Salem^OR^97303\r"
    "PV1|1|O|HBO^CH2||||1801712716^Adeyemi^Kola\r"
    "DG1|1||E11.621^Type 2 diabetes with foot ulcer^I10\r"
    "DG1|2||L97.424^Non-pressure chronic ulcer of left heel with necrosis of bone^I10\r"
)
FHIR = """{
 "resourceType": "Observation",
 "status": "final",
 "code": {"text": "Transcutaneous oxygen pressure (TcPO2), left dorsal foot"},
 "subject": {"reference": "Patient/bw-771388", "display": "Opal Whitfield"},
 "effectiveDateTime": "2026-04-13",
 "valueQuantity": {"value": 28, "unit": "mmHg"}
}
"""
X835 = (
    "ISA*00*          *00*          *ZZ*MEDIPAYOR      *ZZ*BELLMONT       *260414*1105*^*00501*000000912*0*P*:~\n"
    "GS*HP*MEDIPAYOR*BELLMONT*20260414*1105*912*X*005010X221A1~\n"
    "ST*835*0001~\n"
    "BPR*I*3412.80*C*ACH*CCP*01*999999992*DA*88812*1946000111**01*121000358*DA*55501*20260414~\n"
    "N1*PR*PACIFIC MEDICARE ADVANTAGE~\n"
    "N1*PE*BELLMONT WOUND AND HYPERBARIC*XX*1173556477~\n"
    "CLP*BW88017*1*4120*3412.80*0*MB*2604110088~\n"
    "NM1*QC*1*PRUITT*DELBERT****MI*3KW7H29RT51~\n"
    "SVC*HC:99183*4120*3412.80**20~\n"
    "DTM*472*20260316~\n"
    "SE*10*0001~\nGE*1*912~\nIEA*1*000000912~\n"
)

MESSAGES = [
    Spec(
        phi=True,
        category="hyperbaric treatment schedule to patient",
        notes="Hyperbaric treatment schedule to the patient's gmail naming him, his dive series and diabetic foot ulcer.",
        frm=HBO,
        to="lorenzo.yazzie59@gmail.com",
        subject="Your treatment schedule",
        body="Hi Lorenzo,\n\nYour hyperbaric oxygen series for the heel ulcer starts Monday April 20, daily Monday to Friday at 7:30 am, 40 treatments total. Wear the cotton scrubs we give you, no lotions or deodorant, and check your blood sugar before each dive.\n\nHyperbaric Dept"
        + SIG,
    ),
    Spec(
        phi=False,
        category="hyperbaric safety rules handout",
        notes="Hard negative: generic hyperbaric chamber safety rules sent to a referring clinic; no patient.",
        frm=HBO,
        to="clinic@northsalemfamilyhealth.org",
        subject="HBO prohibited items list",
        body="As requested, our prohibited items list for patients before hyperbaric treatments: no lighters, hand warmers, petroleum-based products, hair spray, nicotine patches, hearing aids or phones in the chamber. 100% cotton only.\n\nHyperbaric Dept"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HL7 discharge to home health",
        notes="Hard positive: HL7 ADT attachment with patient name, DOB, address, MRN and diabetic foot ulcer diagnoses sent to a home health agency.",
        frm="Bellmont Interfaces <interfaces@bellmontwound.org>",
        to="intake@kestrelhomehealth.com",
        subject="ADT resend",
        body="Resending the A03 that failed on your side yesterday.",
        atts=(Att("ADT_A03_BWH55102.hl7", "application/hl7-v2", HL7),),
    ),
    Spec(
        phi=True,
        category="FHIR TcPO2 observation to vascular surgeon",
        notes="Hard positive: FHIR Observation naming the patient with her TcPO2 result; the body has no name.",
        frm="Dr. Kola Adeyemi <kadeyemi@bellmontwound.org>",
        to="rvenkataraman@cedarridgevascular.com",
        subject="TcPO2 as discussed",
        body="Raj, the number we talked about on the phone is attached. Low enough that I'd like your opinion on revascularization before we start dives.\n\nKola",
        atts=(Att("tcpo2_obs.json", "application/fhir+json", FHIR),),
    ),
    Spec(
        phi=False,
        category="hyperbaric indication criteria reference",
        notes="Hard negative: reference list of UHMS hyperbaric indications and Wagner grades sent to a nurse; no individual.",
        frm="Dr. Kola Adeyemi <kadeyemi@bellmontwound.org>",
        to="wound.nurses@bellmontwound.org",
        subject="Covered HBO indications cheat sheet",
        body="Medicare-covered indications we see most: diabetic foot ulcer Wagner grade 3 or higher after 30 days of standard care, chronic refractory osteomyelitis, delayed radiation injury (soft tissue and bony), compromised skin grafts and flaps, CO poisoning. TcPO2 under 40 mmHg near the wound supports the need.\n\nKola Adeyemi, MD\nMedical Director, Undersea and Hyperbaric Medicine",
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing vendor",
        notes="Hard positive: X12 835 attachment naming the patient with MBI and hyperbaric treatment payment.",
        frm=BILL,
        to="posting@revcyclepartners-nw.com",
        subject="ERA for manual posting",
        body="This ERA did not auto-post (payer ID mismatch). Please post manually.\n\nMarta Kessler\nBilling Lead",
        atts=(Att("ERA_912.x12", "application/edi-x12", X835),),
    ),
    Spec(
        phi=False,
        category="payer fee schedule workbook",
        notes="Hard negative: multi-sheet fee schedule workbook of CPT codes and allowed amounts; no patients.",
        frm=BILL,
        to="contracts@bellmontwound.org",
        subject="2026 fee schedules compared",
        body="Side-by-side of the 2026 fee schedules for our three biggest payers is attached.\n\nMarta",
        atts=(
            Att(
                "fee_schedules_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Medicare": [
                            ["CPT/HCPCS", "Description", "Allowed"],
                            ["99183", "HBO physician attendance", 118.44],
                            ["G0277", "HBO per 30 min", 121.3],
                            ["97597", "Debridement first 20 sq cm", 84.1],
                        ],
                        "Pacific MA": [
                            ["CPT/HCPCS", "Allowed"],
                            ["99183", 121.0],
                            ["G0277", 125.0],
                        ],
                        "Cascadia": [["CPT/HCPCS", "Allowed"], ["99183", 135.0], ["G0277", 131.0]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound measurement workbook to home health",
        notes="Multi-sheet workbook with patient names, wound locations, measurements and dressing orders sent to the home health agency.",
        frm="Wound Nurses <wound.nurses@bellmontwound.org>",
        to="clinical@kestrelhomehealth.com",
        subject="Weekly wound measurements - shared patients",
        body="Measurements from this week's visits and the updated dressing orders for your nurses.\n\nAmara Lowe, RN, CWS",
        atts=(
            Att(
                "shared_patients_week16.xlsx",
                XLSX,
                xlsx(
                    {
                        "Measurements": [
                            ["Patient", "Wound", "L x W x D (cm)", "Date"],
                            ["Yazzie, Lorenzo", "L heel DFU", "3.1 x 2.4 x 0.6", "2026-04-14"],
                            [
                                "Ostrowski, Halina",
                                "Sacral pressure injury stage 3",
                                "4.0 x 3.2 x 1.1",
                                "2026-04-14",
                            ],
                        ],
                        "Dressing orders": [
                            ["Patient", "Order"],
                            [
                                "Yazzie, Lorenzo",
                                "Calcium alginate, foam, offloading boot; change 3x/week",
                            ],
                            [
                                "Ostrowski, Halina",
                                "Silver foam, turn q2h; NPWT 125 mmHg continuous",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="healing rate statistics workbook",
        notes="Hard negative: multi-sheet workbook with healing rates and days-to-heal by wound type; aggregates only.",
        frm="Quality <quality@bellmontwound.org>",
        to="leadership@bellmontwound.org",
        subject="Q1 healing outcomes",
        body="Q1 outcomes attached. Healing rate within 12 weeks up to 81% overall.\n\nQuality",
        atts=(
            Att(
                "Q1_healing_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "By wound type": [
                            ["Type", "Patients", "Healed <=12 wk", "Median days"],
                            ["Diabetic foot ulcer", 96, 0.74, 63],
                            ["Venous leg ulcer", 121, 0.86, 49],
                            ["Pressure injury", 38, 0.71, 70],
                        ],
                        "HBO": [
                            ["Indication", "Patients", "Completed series"],
                            ["DFU Wagner 3+", 22, 18],
                            ["Radiation injury", 14, 13],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="radiation cystitis HBO consult letter",
        notes="Consult letter to the urologist naming the patient, prior prostate radiation and hematuria, planning hyperbaric therapy.",
        frm="Dr. Kola Adeyemi <kadeyemi@bellmontwound.org>",
        to="dr.farouk@willamettevalleyurology.com",
        subject="Consult: Mr. Pruitt",
        body="Dr. Farouk,\n\nThank you for referring Delbert Pruitt (DOB 02/11/1946). He has radiation cystitis with recurrent hematuria after external beam radiation for prostate cancer in 2021. He is a good candidate for 40 hyperbaric treatments at 2.0 ATA, starting April 27. I'll send progress notes every 10 treatments.\n\nKola Adeyemi, MD",
    ),
    Spec(
        phi=True,
        category="wound photo PNG to patient's daughter",
        notes="Hard positive: PNG wound photo named with the patient's surname sent to her daughter's hotmail with a healing update.",
        frm="Amara Lowe <alowe@bellmontwound.org>",
        to="kasia.ostrowski@hotmail.com",
        subject="Photo you asked for",
        body="Hi Kasia,\n\nHere is today's picture so you can compare with last week. It is getting smaller and the edges look healthier.\n\nAmara",
        atts=(Att("Ostrowski_sacrum_0414.png", "image/png", png(6, 6, (170, 80, 70))),),
    ),
    Spec(
        phi=False,
        category="before-after stock image for website",
        notes="Hard negative: stock illustration PNG of a healing wound for the website, licensed from a vendor; no person.",
        frm="Marketing <marketing@bellmontwound.org>",
        to="webteam@willowcreekdesign.com",
        subject="Image for services page",
        body="Please use the attached licensed illustration (not a patient photo) for the 'How wounds heal' section.\n\nMarketing",
        atts=(
            Att("illustration_wound_healing_stages.png", "image/png", png(12, 6, (230, 190, 160))),
        ),
    ),
    Spec(
        phi=True,
        category="texting-style chamber note to tech",
        notes="Hard positive: short texting-style note with patient first name, chamber and ear barotrauma complaint.",
        frm="Rosa Delgado <rdelgado@bellmontwound.org>",
        to="chambertech.dan@gmail.com",
        subject="ch 2",
        body="dan - Opal in ch2 at 9 c/o L ear pain on descent again. go slow, dr A ok'd sudafed b4. she's the heel DFU, dive 11/40",
    ),
    Spec(
        phi=False,
        category="chamber maintenance texting note",
        notes="Hard negative: texting-style note about chamber maintenance between techs; no patients.",
        frm="Rosa Delgado <rdelgado@bellmontwound.org>",
        to="chambertech.dan@gmail.com",
        subject="ch 3",
        body="ch3 O2 analyzer calib failed again, tagged out. vendor coming thurs 10am. can u let them in? thx",
    ),
    Spec(
        phi=True,
        category="forwarded referral from podiatrist",
        notes="Hard positive: forward of a podiatrist's referral email with patient name, DOB and osteomyelitis diagnosis.",
        frm=INTAKE,
        to="kadeyemi@bellmontwound.org",
        subject="FW: referral - urgent",
        body="Dr. A, can she be seen this week? Insurance verified.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Dr. Lyle Grant <lgrant@salemfootankle.com>",
            to="intake@bellmontwound.org",
            subject="referral - urgent",
            body="Referring Opal Whitfield, DOB 07/03/1951, for HBO evaluation. Chronic osteomyelitis of the left 1st metatarsal (M86.672) despite 6 weeks IV antibiotics. MRI attached in our portal.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded conference invitation",
        notes="Hard negative: forwarded invitation to a wound care conference; no patients.",
        frm="Dr. Kola Adeyemi <kadeyemi@bellmontwound.org>",
        to="wound.nurses@bellmontwound.org",
        subject="FW: Spring wound symposium",
        body="Anyone interested? We can cover registration for two.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Northwest Wound Society <events@nwwoundsociety.org>",
            to="kadeyemi@bellmontwound.org",
            subject="Spring wound symposium",
            body="Join us May 15-16 in Eugene: offloading, biofilm, skin substitutes and a hyperbaric case debate. Early-bird rate ends April 30.",
        ),
    ),
    Spec(
        phi=True,
        category="patient roster CSV for transport vendor",
        notes="Hard positive: CSV for a ride vendor listing patient names, addresses and daily hyperbaric pickup times; the destination reveals treatment.",
        frm=INTAKE,
        to="dispatch@capitolrides.com",
        subject="Week of 4/20 rides",
        body="Rides for next week attached. All go to the hyperbaric entrance at the back of the building.",
        atts=(
            Att(
                "rides_0420.csv",
                "text/csv",
                "name,pickup_address,phone,pickup_time,days\nLorenzo Yazzie,402 Cherry Ave NE Salem,503-555-0161,06:50,M-F\nDelbert Pruitt,1187 Lancaster Dr SE Salem,503-555-0166,08:10,M-F\nOpal Whitfield,77 Kale St NW Keizer,503-555-0172,08:40,M-F\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="supply usage CSV",
        notes="Hard negative: CSV of dressing supply usage by product and month; no patients.",
        frm="Supply <supply@bellmontwound.org>",
        to="reps@medidressings.com",
        subject="usage for pricing review",
        body="Our 6-month usage for the pricing review attached.",
        atts=(
            Att(
                "usage_oct_mar.csv",
                "text/csv",
                "product,oct,nov,dec,jan,feb,mar\nCalcium alginate 4x4,220,240,210,260,250,270\nSilver foam 6x6,140,150,160,150,170,165\nNPWT canister,40,38,44,41,47,50\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="visit summary PDF to patient",
        notes="Visit summary PDF to the patient's yahoo with name, DOB, venous leg ulcer and debridement.",
        frm="Bellmont Patient Portal Help <portalhelp@bellmontwound.org>",
        to="hkowalczyk88@yahoo.com",
        subject="Visit summary you requested",
        body="Hello, as you couldn't log into the portal, here is your visit summary from April 13.\n\nPortal Help",
        atts=(
            Att(
                "visit_summary_0413.pdf",
                "application/pdf",
                pdf(
                    [
                        "BELLMONT WOUND & HYPERBARIC CENTER - VISIT SUMMARY",
                        "Patient: Henryk Kowalczyk   DOB 09/14/1948   MRN BW-771290",
                        "Wound: right medial ankle venous leg ulcer, 5.2 x 3.8 cm",
                        "Procedure: selective debridement (97597); multilayer compression applied",
                        "Next visit: 04/20/2026 09:15",
                    ],
                    "Visit summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice PDF for oxygen",
        notes="Hard negative: oxygen supplier invoice PDF for bulk liquid oxygen; business mail.",
        frm="Accounts Payable <ap@bellmontwound.org>",
        to="ar@cascadegasco.com",
        subject="Invoice 66012 - question",
        body="We were billed for two deliveries on 4/2 but received one. Marked-up invoice attached.\n\nAccounts Payable",
        atts=(
            Att(
                "inv66012_marked.pdf",
                "application/pdf",
                pdf(
                    [
                        "INVOICE 66012 - CASCADE GAS CO. - BILL TO: BELLMONT WOUND & HYPERBARIC CENTER",
                        "04/02/2026 Liquid oxygen bulk delivery 1,500 L  $612.00",
                        "04/02/2026 Liquid oxygen bulk delivery 1,500 L  $612.00  <- duplicate?",
                        "Hazmat fee $35.00",
                    ],
                    "Invoice 66012",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="skin substitute prior auth DOCX",
        notes="Letter of medical necessity DOCX naming the patient, member ID and diabetic foot ulcer for a skin substitute.",
        frm="Prior Auth <priorauth@bellmontwound.org>",
        to="um@pacificmedicareadvantage.com",
        subject="LMN - skin substitute",
        body="Letter of medical necessity attached for your review.\n\nPrior Auth",
        atts=(
            Att(
                "LMN_skin_substitute.docx",
                DOCX,
                docx(
                    [
                        "Bellmont Wound & Hyperbaric Center",
                        "RE: Lorenzo Yazzie, DOB 08/29/1959, Member ID PMA-60418822",
                        "Mr. Yazzie has a left heel diabetic foot ulcer (E11.621, L97.424) present 14 weeks despite offloading and standard care.",
                        "We request authorization for bilayer skin substitute applications (Q4101) x 4.",
                        "Kola Adeyemi, MD  NPI 1801712716",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="skin substitute coverage LCD summary DOCX",
        notes="Hard negative: DOCX summarising the skin substitute LCD requirements; policy document, no patient.",
        frm="Prior Auth <priorauth@bellmontwound.org>",
        to="providers@bellmontwound.org",
        subject="New skin substitute LCD",
        body="Summary of the new LCD attached; please read before ordering applications.\n\nPrior Auth",
        atts=(
            Att(
                "LCD_skin_substitutes_summary.docx",
                DOCX,
                docx(
                    [
                        "Skin substitutes for DFU and VLU: summary of LCD",
                        "At least 4 weeks of documented standard of care with <50% area reduction.",
                        "Maximum 8 applications per wound episode; document size every application.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML appointment confirmation",
        notes="HTML-only confirmation to the patient's outlook naming her and her hyperbaric evaluation appointment.",
        frm=INTAKE,
        to="opal.whitfield@outlook.com",
        subject="Appointment confirmed",
        body="",
        html="<html><body><p>Dear Opal Whitfield,</p><p>Your <b>hyperbaric medicine evaluation</b> is confirmed for <b>Thursday, April 16, 1:00 pm</b> with Dr. Kola Adeyemi.</p><p>Please bring your antibiotic list and your most recent MRI report.</p><p>Bellmont Wound &amp; Hyperbaric Center, (503) 555-0130</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML open house invitation",
        notes="Hard negative: HTML-only invitation to the centre's new chamber open house; event invitation, no patients.",
        frm="Marketing <marketing@bellmontwound.org>",
        to="community@salemchamber.org",
        subject="You're invited: new hyperbaric suite open house",
        body="",
        html="<html><body><h2>Open House</h2><p>Tour our two new monoplace hyperbaric chambers and meet our wound care team.</p><p><b>Wednesday, May 6, 4-6 pm</b>, 815 Ferry Rd, Salem. Light refreshments.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="calendar invite for wound clinic visit",
        notes="Hard positive: calendar invite to the patient's icloud whose summary names him and his debridement appointment.",
        frm=INTAKE,
        to="henryk.k@icloud.com",
        subject="Invitation: wound clinic visit",
        body="Added to your calendar as you requested.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bellmont//Intake//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bwh-771290-0420@bellmontwound.org\r\nDTSTAMP:20260414T170000Z\r\nDTSTART:20260420T161500Z\r\nDTEND:20260420T170000Z\r\nSUMMARY:Henryk Kowalczyk - leg ulcer debridement and compression wrap\r\nLOCATION:Bellmont Wound Center, Room 4\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="staff meeting calendar invite",
        notes="Hard negative: calendar invite for the monthly wound team meeting; staff only.",
        frm="Amara Lowe <alowe@bellmontwound.org>",
        to="wound.nurses@bellmontwound.org",
        subject="Monthly wound team meeting",
        body="Agenda: new NPWT pumps, photo documentation policy, summer schedule.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bellmont//Staff//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bwh-team-0428@bellmontwound.org\r\nDTSTAMP:20260414T170000Z\r\nDTSTART:20260428T210000Z\r\nDTEND:20260428T220000Z\r\nSUMMARY:Wound team meeting\r\nLOCATION:Conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="SSN in charity care application",
        notes="Charity care application follow-up naming the patient, SSN and hyperbaric treatment balance.",
        frm=BILL,
        to="aid@marioncountycares.org",
        subject="Assistance application - supporting info",
        body="Supporting information for the applicant we discussed:\n\nName: Delbert Pruitt\nSSN: 287-41-5096\nServices: hyperbaric oxygen therapy, 40 sessions, patient share $1,860.00\n\nMarta Kessler\nBilling Lead",
    ),
    Spec(
        phi=False,
        category="aggregate charity care report",
        notes="Hard negative: aggregate count of charity care applications and dollars; no individuals.",
        frm=BILL,
        to="finance@bellmontwound.org",
        subject="Charity care Q1",
        body="Q1: 31 applications, 24 approved, $48,210 written off. Average patient balance forgiven $2,009. Most common service: hyperbaric series.\n\nMarta",
    ),
    Spec(
        phi=True,
        category="zip of wound photos to consultant",
        notes="Hard positive: zip of wound photos with filenames carrying a patient's name and dates, sent to an outside plastic surgeon.",
        frm="Dr. Kola Adeyemi <kadeyemi@bellmontwound.org>",
        to="dr.ibsen@capitolplasticsurgery.com",
        subject="photos for flap opinion",
        body="Series attached. Would you consider a flap for this one?\n\nKola",
        atts=(
            Att(
                "photos.zip",
                "application/zip",
                zipped(
                    {
                        "Ostrowski_Halina_sacrum_2026-03-31.png": png(4, 4, (160, 70, 60)),
                        "Ostrowski_Halina_sacrum_2026-04-14.png": png(4, 4, (170, 90, 70)),
                        "notes.txt": "Stage 3 sacral pressure injury, NPWT 4 weeks, 30% reduction. Albumin 2.9.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of blank intake forms",
        notes="Hard negative: zip of blank intake forms and a consent template for a new satellite clinic.",
        frm=INTAKE,
        to="frontdesk.woodburn@bellmontwound.org",
        subject="Forms for Woodburn site",
        body="Blank forms for your front desk attached.",
        atts=(
            Att(
                "intake_forms.zip",
                "application/zip",
                zipped(
                    {
                        "intake_blank.txt": "Patient name: ______  DOB: ______  Wound location: ______  Diabetic? Y/N\n",
                        "hbo_consent_template.txt": "I, ________, consent to hyperbaric oxygen therapy. Risks include ear barotrauma...\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="text attachment of progress note",
        notes="Hard positive: plain-text progress note attachment with patient name and HBO treatment response, sent to the referring urologist.",
        frm="Dr. Kola Adeyemi <kadeyemi@bellmontwound.org>",
        to="dr.farouk@willamettevalleyurology.com",
        subject="Progress note 10/40",
        body="Progress note attached as promised.",
        atts=(
            Att(
                "progress_10of40.txt",
                "text/plain",
                "Patient: Delbert Pruitt  DOB 02/11/1946\nHBO 10/40 at 2.0 ATA for radiation cystitis\nGross hematuria episodes reduced from 4/week to 1/week. No barotrauma.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="chamber daily log template text",
        notes="Hard negative: text file template for the daily chamber safety log; blank fields only.",
        frm=HBO,
        to="safety@bellmontwound.org",
        subject="New daily log template",
        body="Please start using this template Monday.",
        atts=(
            Att(
                "chamber_log_template.txt",
                "text/plain",
                "Chamber #: __  Date: __  Pre-dive check: O2 analyzer __ grounding __ door seal __\nTech initials: __  Safety director sign-off: __\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="voicemail follow-up to patient phone",
        notes="Follow-up to the patient's comcast mailbox naming her and her missed compression wrap visit.",
        frm="Wound Nurses <wound.nurses@bellmontwound.org>",
        to="bernadette.quill@comcast.net",
        subject="We missed you today",
        body="Hi Bernadette Quill,\n\nWe missed you at your 10:30 wound visit for your leg ulcer wrap change. Please don't leave the wrap on more than 7 days. Call (503) 555-0131 to reschedule.\n\nWound Nurses",
    ),
    Spec(
        phi=False,
        category="vendor BAA renewal",
        notes="Business associate agreement renewal with the photo-documentation software vendor; contract mail, no PHI.",
        frm="Compliance <compliance@bellmontwound.org>",
        to="legal@woundsnapapp.com",
        subject="BAA renewal 2026",
        body="Attached is our countersigned BAA renewal (term through 04/30/2028). Please confirm your subprocessor list is unchanged.\n\nCompliance Officer",
    ),
    Spec(
        phi=False,
        category="physician NPI roster for payer credentialing",
        notes="Provider roster with NPIs for credentialing; clinicians only.",
        frm="Credentialing <credentialing@bellmontwound.org>",
        to="credentialing@pacificmedicareadvantage.com",
        subject="Roster update",
        body="Roster update:\nKola Adeyemi, MD, undersea and hyperbaric medicine, NPI 1801712716\nSunita Rao, DPM, podiatry, NPI 1299411987\nGroup NPI 1173556477\n\nCredentialing",
    ),
    Spec(
        phi=True,
        category="medication reconciliation with DOB only",
        notes="Hard positive: med list to the pharmacy identified by initials, DOB and phone rather than name, with antibiotics for osteomyelitis.",
        frm="Rosa Delgado <rdelgado@bellmontwound.org>",
        to="rx@keizerstationpharmacy.com",
        subject="Rx clarification",
        body="Re: patient O.W., DOB 07/03/1951, phone 503-555-0172. Please confirm she is still on doxycycline 100 mg BID for the toe osteomyelitis; she says refill was denied. Pentoxifylline stopped.\n\nRosa Delgado, RN",
    ),
    Spec(
        phi=False,
        category="CE course with fictional case",
        notes="Hard negative: CE course description with an obviously fictional case patient and staff presenters.",
        frm="Education <education@bellmontwound.org>",
        to="wound.nurses@bellmontwound.org",
        subject="CE: offloading the diabetic foot",
        body="Thursday lunch CE (1 hr). Presenter: Sunita Rao, DPM. Case: 'Patient X', a fictional 58-year-old with a Wagner 2 plantar ulcer - what would you do? Bring your questions.",
    ),
]
