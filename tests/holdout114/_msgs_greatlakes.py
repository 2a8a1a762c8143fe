"""Great Lakes Hemophilia Treatment Center (hemophilia treatment centre, Detroit MI): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import Att, Spec

GLH = "Great Lakes Hemophilia Treatment Center <clinic@greatlakeshtc.org>"
SIG = "\n\nGreat Lakes Hemophilia Treatment Center\n3990 John R St, Suite 7, Detroit, MI 48201\nClinic (313) 555-0120 | Fax (313) 555-0121 | After hours hematology (313) 555-0122"

HL7_ADT = (
    "MSH|^~\\&|GLHTC_EHR|GREATLAKESHTC|ADT_IN|LAKESHORE_CH|202604220805||ADT^A08|GL2604220805|P|2.5.1\r"
    "EVN|A08|202604220805\r"
    "PID|1||00734519^^^GLHTC^MR||Okonkwo^Chidi^E||20140605|M|||2281 Pingree St^^Detroit^MI^48206||(313)555-0176\r"
    "NK1|1|Okonkwo^Ngozi|MTH|||(313)555-0176\r"
    "PV1|1|O|HTC^CLINIC^^GLHTC||||1786666176^Brennan^Siobhan^^^MD\r"
    "DG1|1||D66^Hereditary factor VIII deficiency^I10||20140610|F\r"
    "DG1|2||D68.311^Acquired hemorrhagic disorder due to intrinsic circulating anticoagulants^I10||20260318|F\r"
    "OBX|1|TX|EMERG_PLAN^Emergency care plan||Severe hemophilia A with high-titer inhibitor (4.2 BU). Do NOT give factor VIII for bleeds. Give rFVIIa 90 mcg/kg q2h and call HTC hematologist.||||||F\r"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Great Lakes Hemophilia Treatment Center - Transition of Care Summary</title>
  <effectiveTime value="20260422"/>
  <recordTarget><patientRole>
    <id extension="00761208" root="2.16.840.1.113883.3.9921.1"/>
    <addr><streetAddressLine>17 Lenox Ave</streetAddressLine><city>Grosse Pointe</city><state>MI</state><postalCode>48230</postalCode></addr>
    <patient><name><given>Marisol</given><family>Quintanilla</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19880213"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Von Willebrand disease type 2A (D68.02); heavy menstrual bleeding; iron deficiency anemia</text></section></component>
    <component><section><title>Medications</title>
      <text>Humate-P 60 IU/kg before procedures; tranexamic acid 1300 mg TID days 1-5 of menses; ferrous sulfate 325 mg daily</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

FHIR_PRACT = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Organization", "id": "glhtc", "name": "Great Lakes Hemophilia Treatment Center",
      "telecom": [{"system": "phone", "value": "(313) 555-0120"}],
      "address": [{"line": ["3990 John R St, Suite 7"], "city": "Detroit", "state": "MI", "postalCode": "48201"}]}},
    {"resource": {"resourceType": "Practitioner", "id": "pr-1", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1786666176"}],
      "name": [{"family": "Brennan", "given": ["Siobhan"], "suffix": ["MD"]}], "qualification": [{"code": {"text": "Pediatric Hematology-Oncology"}}]}},
    {"resource": {"resourceType": "Practitioner", "id": "pr-2", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1485253888"}],
      "name": [{"family": "Abdullah", "given": ["Karim"], "suffix": ["MD"]}], "qualification": [{"code": {"text": "Hematology"}}]}}
  ]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="school emergency factor plan",
        notes="School health plan DOCX to the school nurse names the child, his severe hemophilia A and factor dosing for bleeds.",
        frm='"Angela Ruiz, RN" <aruiz@greatlakeshtc.org>',
        to="nurse.office@fernwoodelementary.org",
        subject="School plan for 2026-27",
        body="Hi Mrs. Dwyer,\n\nAttached is the updated school emergency plan we reviewed with his parents. The main change is that he now self-infuses with supervision. Please call me with any questions before the staff training on May 6.\n\nAngela Ruiz, RN\nHemophilia Nurse Coordinator"
        + SIG,
        atts=(
            Att(
                "School_Plan_Moss_Ethan.docx",
                DOCX,
                docx(
                    [
                        "Great Lakes Hemophilia Treatment Center - School Emergency Care Plan 2026-27",
                        "Student: Ethan Moss   DOB: 02/27/2015   Grade 5, Fernwood Elementary",
                        "Diagnosis: Severe hemophilia A (factor VIII < 1%), no inhibitor",
                        "Prophylaxis: Eloctate 2,000 IU IV Mon/Wed/Fri at home before school",
                        "For head injury, joint or muscle bleed: give 3,000 IU from school supply, call parents and HTC (313) 555-0122",
                        "No ibuprofen or aspirin. Ice, rest, elevate. PE allowed except tackle football.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="travel letter for factor concentrate",
        notes="To-whom-it-may-concern travel letter PDF names the patient, his hemophilia B and the factor and needles he carries.",
        frm=GLH,
        to="kevin.larouche@outlook.com",
        subject="Your travel letter",
        body="Hi Kevin,\n\nHere is the travel letter for your trip to Portugal. Keep it with your factor in your carry-on, and find the nearest HTC abroad in the WFH directory before you go.\n\nSafe travels!\nGreat Lakes HTC"
        + SIG,
        atts=(
            Att(
                "travel_letter_Larouche.pdf",
                "application/pdf",
                pdf(
                    [
                        "GREAT LAKES HEMOPHILIA TREATMENT CENTER",
                        "To whom it may concern - 04/22/2026",
                        "Kevin Larouche (DOB 09/04/1996) is a patient of our center with moderate hemophilia B.",
                        "He must carry Alprolix (factor IX) 4,000 IU x 6 vials, syringes and butterfly needles",
                        "on board for treatment of bleeding. Please allow these items through security.",
                        "Karim Abdullah, MD, Hematology",
                    ],
                    "Travel letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bleed log review to parent",
        notes="Nurse's bleed log review to the mother's gmail names the child and details his knee and ankle bleeds and dosing.",
        frm='"Angela Ruiz, RN" <aruiz@greatlakeshtc.org>',
        to="tanya.moss.family@gmail.com",
        subject="Ethan's bleed log - March",
        body="Hi Tanya,\n\nThanks for uploading Ethan's March log. I see 3 bleeds: right knee on 3/4 and 3/19, left ankle 3/27, each treated with one 3,000 IU dose. Two bleeds in the same knee in a month makes it a possible target joint, so Dr. Brennan wants to move his prophylaxis to every other day and see PT. We'll talk through it at his visit on May 12.\n\nAngela"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HL7 emergency care plan update to hospital",
        notes="Hard positive: HL7 ADT update to the children's hospital carries the child's name, MRN, address, inhibitor status and emergency treatment plan.",
        frm="Interfaces <interfaces@greatlakeshtc.org>",
        to="hl7team@lakeshorechildrens.org",
        subject="A08 sent manually - please confirm load",
        body="Our outbound queue was down this morning, so I'm sending the A08 as a file. The ED banner should update with the new care plan. Please confirm.\n\nGLHTC IT",
        atts=(Att("GL2604220805.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="genetic carrier testing result to relative",
        notes="Genetic counsellor's letter to a patient's sister names her, her positive F8 intron 22 inversion carrier result and her factor level.",
        frm='"Meredith Kwan, MS, CGC" <mkwan@greatlakeshtc.org>',
        to="jasmine.moss84@yahoo.com",
        subject="Your carrier testing result",
        body="Dear Jasmine,\n\nAs we discussed by phone, your genetic test found the same F8 intron 22 inversion that causes your nephew Ethan's hemophilia, which means you are a carrier. Your factor VIII activity was 38%, which puts you in the range of mild hemophilia, so we recommend a visit with Dr. Brennan before any surgery or dental work and a plan for delivery if you become pregnant. I've held a slot for you on May 19 at 10 am.\n\nMeredith Kwan, MS, CGC\nGenetic Counselor"
        + SIG,
    ),
    Spec(
        phi=True,
        category="texting-style bleed call to physician",
        notes="Hard positive: terse texting-style message about a named child's knee bleed, factor dose and ED arrival.",
        frm="Triage Line <triage@greatlakeshtc.org>",
        to="sbrennan.md@icloud.com",
        subject="jayden",
        body="jayden w's mom called 1845 - R knee bleed after bball, gave 3000 IU advate at 1800, still swelling, pain 7/10. told her come to lakeshore ED, ETA 1930. ED aware. pls call if u want a level",
    ),
    Spec(
        phi=True,
        category="forwarded specialty pharmacy shipment problem",
        notes="Hard positive: HTC nurse forwards the specialty pharmacy's email about a patient's delayed factor IX shipment, with his name and dose.",
        frm='"Angela Ruiz, RN" <aruiz@greatlakeshtc.org>',
        to="skarim@greatlakeshtc.org",
        subject="FW: shipment hold",
        body="Dr. Abdullah - FYI, see below. He has 2 doses left. I called the plan; the PA was renewed yesterday, so this should clear today.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Patient Care <care@factorfirstrx.com>",
            to="aruiz@greatlakeshtc.org",
            subject="Shipment on hold - Larouche, Kevin",
            body="Hi Angela,\n\nKevin Larouche's refill of Alprolix 4,000 IU x 8 (Rx 7720514) is on hold: the plan returned 'PA expired 04/15.' Once the renewal posts we can ship same day for delivery to his home in Ferndale. Please advise.\n\nFactorFirst Specialty Pharmacy",
        ),
    ),
    Spec(
        phi=True,
        category="comprehensive clinic visit invitation",
        notes="Hard positive: calendar invite to a family for a comprehensive hemophilia visit, with the child's name, PT and inhibitor screen.",
        frm="Scheduling <scheduling@greatlakeshtc.org>",
        to="ngozi.okonkwo@gmail.com",
        subject="Chidi's comprehensive visit",
        body="Mrs. Okonkwo, Chidi's annual comprehensive visit is booked. Please accept the invite. Bring his factor and bleed log.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Great Lakes HTC//Clinic//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:glhtc-comp-00734519-20260512@greatlakeshtc.org\r\nDTSTAMP:20260421T140000Z\r\nDTSTART:20260512T130000Z\r\nDTEND:20260512T170000Z\r\nSUMMARY:Comprehensive hemophilia clinic - Chidi Okonkwo\r\nLOCATION:Great Lakes HTC, 3990 John R St Suite 7, Detroit\r\nDESCRIPTION:Hematology, PT joint exam, social work, dental. Inhibitor titer (Bethesda) and ITI review. Fasting not needed.\r\nORGANIZER:mailto:scheduling@greatlakeshtc.org\r\nATTENDEE:mailto:ngozi.okonkwo@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="340B factor dispensing reconciliation workbook",
        notes="Hard positive: multi-sheet 340B reconciliation workbook to the contract pharmacy lists patients' MRNs, products and units dispensed.",
        frm="HTC Pharmacy Program <340b@greatlakeshtc.org>",
        to="340b-audit@factorfirstrx.com",
        subject="March 340B reconciliation",
        body="Attached is our March reconciliation. Two variances on the second tab; please check your dispense records for those MRNs.\n\nPaul Vukovich, RPh\n340B Program Manager"
        + SIG,
        atts=(
            Att(
                "GLHTC_340B_recon_2026-03.xlsx",
                XLSX,
                xlsx(
                    {
                        "Dispenses": [
                            ["MRN", "Patient", "Product", "IU dispensed", "Fill date"],
                            ["00734519", "Okonkwo, Chidi", "NovoSeven RT", 90000, "2026-03-19"],
                            ["00729944", "Moss, Ethan", "Eloctate", 36000, "2026-03-06"],
                            ["00745102", "Larouche, Kevin", "Alprolix", 32000, "2026-03-12"],
                            ["00751877", "Petrakis, Dimitri", "Hemlibra (mg)", 420, "2026-03-20"],
                        ],
                        "Variances": [
                            ["MRN", "Issue"],
                            ["00745102", "Pharmacy shows 36,000 IU, HTC order 32,000 IU"],
                            ["00751877", "Fill not on 340B eligible encounter list"],
                        ],
                        "Summary": [["Fills", "Variances"], [4, 2]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition summary to new physician",
        notes="Hard positive: short cover note; the C-CDA attachment carries the patient's name, MRN, address, DOB and von Willebrand disease treatment.",
        frm="Health Information <him@greatlakeshtc.org>",
        to="records@pointegyn.com",
        subject="Records as requested",
        body="Attached is the transition of care summary you requested (signed authorization on file). Please send any further requests to this mailbox.\n\nHealth Information Management"
        + SIG,
        atts=(Att("TOC_00761208.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="bleeding disorders camp medical roster",
        notes="Hard positive: the camp roster CSV names campers with their bleeding disorder, factor product and allergies; attending this camp alone reveals the condition.",
        frm="Social Work <socialwork@greatlakeshtc.org>",
        to="director@camphemolake.org",
        subject="Camp Week 2 medical roster",
        body="Hi Rob,\n\nMedical roster for week 2 attached for your infirmary binder. Dr. Brennan will be on site Tuesday-Thursday.\n\nLuis Ortega, LMSW"
        + SIG,
        atts=(
            Att(
                "week2_medical_roster.csv",
                "text/csv",
                "camper,age,cabin,diagnosis,factor_product,prophylaxis,allergies\n"
                "Ethan Moss,11,Birch,Hemophilia A severe,Eloctate 2000 IU,MWF,None\n"
                "Jayden Whitaker,13,Birch,Hemophilia A moderate,Advate 3000 IU,On demand,Penicillin\n"
                "Chidi Okonkwo,11,Cedar,Hemophilia A severe with inhibitor,NovoSeven RT 90 mcg/kg,Hemlibra weekly,None\n"
                "Lily Szabo,12,Maple,Von Willebrand type 3,Vonvendi 50 IU/kg,Twice weekly,Latex\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="inhibitor titer result by MRN only",
        notes="Hard positive: no name, but the MRN identifies the patient together with his inhibitor titer and planned immune tolerance induction.",
        frm='"Siobhan Brennan, MD" <sbrennan@greatlakeshtc.org>',
        to="hemeonc.fellows@lakeshorechildrens.org",
        subject="ITI start next week",
        body="Fellows,\n\nMRN 00734519: Bethesda titer came back 4.2 BU (was 11.8 in January). We'll start ITI with Advate 100 IU/kg daily next Tuesday, continue Hemlibra for bleed prevention. Port placement is booked with surgery for Monday. Please make sure inpatient peds knows.\n\nSiobhan Brennan, MD\nPediatric Hematology"
        + SIG,
    ),
    Spec(
        phi=True,
        category="physical therapy referral for target joint",
        notes="PT referral to an outpatient clinic names the patient, DOB, hemophilic arthropathy of the right knee and precautions.",
        frm='"Greg Halvorsen, PT" <ghalvorsen@greatlakeshtc.org>',
        to="intake@motorcitypt.com",
        subject="PT referral",
        body="Hello,\n\nReferral for outpatient PT:\n\nJayden Whitaker, DOB 01/30/2013, phone 313-555-0163 (mother, Keisha)\nDx: hemophilic arthropathy R knee (M25.061 / D66), recurrent hemarthrosis\nPlan: ROM and quad strengthening 2x/week x 8 weeks. He should infuse Advate the morning of each session. No high-impact exercise.\n\nGreg Halvorsen, PT, DPT"
        + SIG,
    ),
    Spec(
        phi=True,
        category="dental extraction clearance letter",
        notes="Letter to a dentist names the patient and sets out factor replacement and tranexamic acid around her extractions.",
        frm='"Karim Abdullah, MD" <kabdullah@greatlakeshtc.org>',
        to="office@dearborndentalarts.com",
        subject="Dental clearance - extraction 4/30",
        body="Dr. Haddad,\n\nRe: Marisol Quintanilla, DOB 02/13/1988, scheduled for extraction of #17 and #32 on April 30.\n\nShe has type 2A von Willebrand disease. Plan: Humate-P 60 IU/kg IV at our infusion room at 7:30 am that day, tranexamic acid 1,300 mg TID for 7 days starting that morning, and local hemostatic measures. Please avoid an inferior alveolar block if possible. Call me with any bleeding.\n\nKarim Abdullah, MD"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HTML portal message with lab result",
        notes="HTML-only portal notification that includes the message text: the patient's name, factor level and iron results.",
        frm="MyGLHTC Portal <noreply@greatlakeshtc.org>",
        to="marisol.q88@hotmail.com",
        subject="New message from your care team",
        body="",
        html="<html><body><p>Hi Marisol,</p><p>You have a new message from <b>Karim Abdullah, MD</b>:</p><blockquote>Your VWF activity came back at 22% and ferritin is 9, so the iron is still low. Please keep taking ferrous sulfate daily and we'll recheck in 8 weeks. We'll give Humate-P before your dental work as planned.</blockquote><p><a href='https://portal.greatlakeshtc.org/messages/88142'>Reply in the portal</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="FMLA letter for parent of child patient",
        notes="Hard positive: FMLA support letter to a parent's employer names the child and his hemophilia with inhibitor and ITI infusion schedule.",
        frm='"Luis Ortega, LMSW" <lortega@greatlakeshtc.org>',
        to="leaves@wayneautoparts.com",
        subject="Intermittent FMLA certification - N. Okonkwo",
        body="To the Leave Administrator:\n\nNgozi Okonkwo is the parent and primary caregiver of our patient Chidi Okonkwo (age 11), who has severe hemophilia A with an inhibitor. Starting April 28, he requires daily home infusions for immune tolerance induction, weekly clinic visits for 3 months, and unplanned visits for bleeding episodes (estimated 2-4 days per month). Mrs. Okonkwo's intermittent leave is medically necessary.\n\nLuis Ortega, LMSW\nSocial Worker"
        + SIG,
    ),
    Spec(
        phi=True,
        category="acquired hemophilia Medicare billing with MBI",
        notes="Hard positive: billing query to a Medicare contractor gives a beneficiary's MBI, name and acquired hemophilia inpatient bypassing-agent charges.",
        frm="Billing <billing@greatlakeshtc.org>",
        to="providerinquiry@lakesmac-contractor.com",
        subject="Claim status question",
        body="Hello,\n\nPlease check status of the professional claim for:\n\nBeneficiary: Walter Szymanski, DOB 06/11/1939\nMBI: 4TW7-RK2-MJ83\nDOS 03/02-03/09/2026, inpatient consults, acquired hemophilia A (D68.311), FEIBA and emicizumab management\nBilling NPI: 1526018159\n\nIt has been pending over 45 days.\n\nDenise Barlow\nBilling Specialist"
        + SIG,
    ),
    Spec(
        phi=True,
        category="joint bleed photo by file name",
        notes="Hard positive: the PNG photo's file name carries the patient's name and 'hemarthrosis'; the body only asks for a second opinion.",
        frm='"Greg Halvorsen, PT" <ghalvorsen@greatlakeshtc.org>',
        to="ortho.consults@lakeshorechildrens.org",
        subject="second opinion?",
        body="Dr. Patel - does this look like it needs aspiration or can we keep managing with factor and splint? Swelling is a bit better than Friday.",
        atts=(
            Att("Whitaker_J_R_knee_hemarthrosis_0421.png", "image/png", png(5, 5, (180, 90, 120))),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="CE session with staff speakers who have hemophilia",
        notes="Hard negative: CE invitation naming two staff speakers who share their own lived experience of hemophilia; staff in an education notice, no patient record.",
        frm="Education <education@greatlakeshtc.org>",
        to="staff@greatlakeshtc.org",
        subject="Grand rounds: 'Growing up with hemophilia' - May 14",
        body="Join us for grand rounds (1.0 CME/CE):\n\n'Growing up with hemophilia: two perspectives'\nSpeakers: Luis Ortega, LMSW, our social worker, who has severe hemophilia A and will talk about his own prophylaxis as a teenager, and Greg Halvorsen, PT, DPT, whose brother had hemophilia B.\n\nThursday, May 14, 12:00-1:00, Conference Room B and Teams.\n\nEducation Committee",
    ),
    Spec(
        phi=False,
        category="annual aggregate data report workbook",
        notes="Hard negative: multi-sheet annual report of patient counts by diagnosis, severity and age band, plus bleed rates; aggregate only.",
        frm="Data Manager <data@greatlakeshtc.org>",
        to="regionaldata@midwesthtcnetwork.org",
        subject="2025 annual data submission",
        body="Hi Carla,\n\nOur 2025 aggregate tables are attached. Cells under 5 are shown as '<5' per the network's small-cell policy.\n\nNina Foster\nData Manager"
        + SIG,
        atts=(
            Att(
                "GLHTC_annual_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "By diagnosis": [
                            ["Diagnosis", "Severe", "Moderate", "Mild", "Total"],
                            ["Hemophilia A", 64, 22, 51, 137],
                            ["Hemophilia B", 14, 9, 17, 40],
                            ["VWD", "", "", "", 212],
                            ["Other factor deficiency", "", "", "", 23],
                        ],
                        "By age": [
                            ["Age band", "Patients"],
                            ["0-5", 38],
                            ["6-17", 121],
                            ["18-44", 169],
                            ["45+", 84],
                        ],
                        "Outcomes": [
                            ["Measure", "2024", "2025"],
                            ["Median ABR, severe HA on prophylaxis", 1.8, 1.2],
                            ["Inhibitor patients", "<5", "<5"],
                            ["Patients with annual comprehensive visit %", 81, 86],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="camp volunteer orientation invitation",
        notes="Hard negative: event invite for camp volunteers about medical coverage at a bleeding disorders camp; no camper named.",
        frm="Social Work <socialwork@greatlakeshtc.org>",
        to="camp-volunteers@greatlakeshtc.org",
        subject="Invitation: Camp volunteer orientation",
        body="Volunteers - orientation for this summer's camp. Please accept the invite. We'll cover infusion room workflow and bleed first aid.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Great Lakes HTC//Events//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:glhtc-camp-orient-2026@greatlakeshtc.org\r\nDTSTAMP:20260421T160000Z\r\nDTSTART:20260606T140000Z\r\nDTEND:20260606T180000Z\r\nSUMMARY:Camp HemoLake volunteer orientation\r\nLOCATION:Camp HemoLake dining hall, Brighton MI\r\nDESCRIPTION:Infusion room workflow, bleed recognition, RICE, factor storage, emergency transport. Lunch provided.\r\nORGANIZER:mailto:socialwork@greatlakeshtc.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="HTML community newsletter",
        notes="HTML-only community newsletter about events and general bleeding disorder education; no individual.",
        frm="Great Lakes HTC <news@greatlakeshtc.org>",
        to="community@greatlakeshtc.org",
        subject="Spring newsletter: Family Day, new clinic hours",
        body="",
        html="<html><body><h2>Great Lakes HTC - Spring 2026</h2><p><b>Family Education Day</b> is Saturday, May 30 at the Detroit Science Center. Topics: women and bleeding disorders, new non-factor therapies, and joint health.</p><p><b>New hours:</b> Wednesday evening clinic until 7 pm starting June.</p><p>Did you know? About 1 in 100 people has von Willebrand disease, and many don't know it. Heavy periods and nosebleeds are common signs.</p><p>(313) 555-0120</p></body></html>",
    ),
    Spec(
        phi=False,
        category="grant progress report with aggregate outcomes",
        notes="Hard negative: grant report DOCX with aggregate outreach and outcome numbers; no individual.",
        frm="Nina Foster <nfoster@greatlakeshtc.org>",
        to="grants@michiganbleedingfoundation.org",
        subject="Interim report - Women's Bleeding Disorders Outreach grant",
        body="Attached is our interim report for grant MBF-2025-14. Happy to present at the June board meeting.\n\nNina Foster"
        + SIG,
        atts=(
            Att(
                "GLHTC_MBF-2025-14_interim.docx",
                DOCX,
                docx(
                    [
                        "Great Lakes Hemophilia Treatment Center - Interim Report, Grant MBF-2025-14",
                        "Screening events held: 9; women screened with bleeding assessment tool: 286",
                        "Referred for testing: 41; new VWD diagnoses: 12; new carriers identified: 5",
                        "Average time from referral to visit fell from 74 to 39 days.",
                        "Budget spent to date: $48,210 of $90,000.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="provider roster with NPIs for credentialing",
        notes="Hard negative: credentialing roster of the centre's clinicians with NPIs and specialties; provider identifiers, no patient.",
        frm="Credentialing <credentialing@greatlakeshtc.org>",
        to="provider.enrollment@mihealthplan-prime.com",
        subject="Roster update - add Dr. Tran",
        body="Please update our group roster (TIN on file) effective May 1:\n\nSiobhan Brennan, MD - Pediatric Hematology-Oncology - NPI 1786666176\nKarim Abdullah, MD - Hematology - NPI 1485253888\nLinh Tran, MD - Hematology (new) - NPI 1326865635\nAngela Ruiz, RN, MSN, CPNP - Pediatric Nurse Practitioner - NPI 1402614014\n\nService location: 3990 John R St, Suite 7, Detroit MI 48201.\n\nCredentialing Office"
        + SIG,
    ),
    Spec(
        phi=False,
        category="blank bleed log template",
        notes="Hard negative: blank bleed log PDF template with empty name, date and dose columns, sent to a pharmacy for patient packets.",
        frm='"Angela Ruiz, RN" <aruiz@greatlakeshtc.org>',
        to="care@factorfirstrx.com",
        subject="Updated bleed log template for your welcome packets",
        body="Hi team,\n\nPlease swap the old log in your welcome packets for this version; it adds a column for non-factor therapy doses.\n\nAngela"
        + SIG,
        atts=(
            Att(
                "GLHTC_bleed_log_template.pdf",
                "application/pdf",
                pdf(
                    [
                        "GREAT LAKES HEMOPHILIA TREATMENT CENTER - BLEED AND INFUSION LOG",
                        "Name: ______________________   Month: ________",
                        "Date | Time | Bleed site | Cause | Product | Dose (IU/mg) | Lot # | Better in (h)",
                        "____ | ____ | __________ | _____ | _______ | ____________ | _____ | ____________",
                        "____ | ____ | __________ | _____ | _______ | ____________ | _____ | ____________",
                        "Call (313) 555-0122 for any head, neck, throat or abdominal bleed.",
                    ],
                    "Bleed log",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="factor supplier invoice approval",
        notes="Vendor invoice approval for clinic factor stock by product and lot; no patient.",
        frm="Accounts Payable <ap@greatlakeshtc.org>",
        to="ar@biocascade-distribution.com",
        subject="Invoice BCD-770214 approved",
        body="Invoice BCD-770214 is approved for payment (net 45):\n\n- Advate 1000 IU x 40 vials, lot LE23K118\n- Alprolix 2000 IU x 12, lot 24P0917\n- Humate-P 1200 IU x 10, lot P100912\nTotal $148,260.00 (340B pricing).\n\nPlease note our new remittance contact.\n\nAP"
        + SIG,
    ),
    Spec(
        phi=False,
        category="research study recruitment flyer",
        notes="Study recruitment notice describing eligibility criteria; no individual.",
        frm="Research Office <research@greatlakeshtc.org>",
        to="hemophilia-mi-list@greatlakeshtc.org",
        subject="Now enrolling: joint ultrasound study",
        body="We are enrolling adults (18-55) with moderate or severe hemophilia A or B in a study of point-of-care joint ultrasound. Participation is 3 visits over 12 months; parking and $50 per visit are provided. IRB #2025-0413. Call (313) 555-0127 to learn more.\n\nGreat Lakes HTC Research Office",
    ),
    Spec(
        phi=False,
        category="staff meeting notice",
        notes="Staff notice about a meeting agenda; no patient information.",
        frm="Clinic Manager <manager@greatlakeshtc.org>",
        to="staff@greatlakeshtc.org",
        subject="Monday staff meeting - agenda",
        body="Agenda for Monday 8:00:\n\n1. New fax routing\n2. Summer vacation calendar (requests to Pam by May 8)\n3. Epic upgrade downtime May 16\n4. Welcome Dr. Linh Tran, starting May 1\n\nBagels provided.\n\nPam Oduya\nClinic Manager",
    ),
    Spec(
        phi=False,
        category="training case text with fictional patient",
        notes="Hard negative: nursing orientation text file of practice cases about clearly fictional patients ('Patient A', 'Patient B').",
        frm="Education <education@greatlakeshtc.org>",
        to="new.nurses@greatlakeshtc.org",
        subject="Orientation week 2 - dosing practice cases",
        body="Practice cases for Thursday attached. These are made-up scenarios; work the doses before class.\n\nEducation",
        atts=(
            Att(
                "dosing_practice_cases.txt",
                "text/plain",
                "GLHTC orientation - factor dosing practice (fictional cases)\n\n"
                "Patient A: 30 kg boy, severe hemophilia A, ankle bleed. Target 40% rise. Dose = ?\n"
                "Patient B: 72 kg man, hemophilia B, target 60% for elbow bleed. Dose of factor IX = ?\n"
                "Patient C: 8 yo with inhibitor, knee bleed. Which bypassing agent and what dose?\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="reply to nursing student personal mailbox",
        notes="Reply to a nursing student's gmail about shadowing arrangements; no health information about anyone.",
        frm='"Angela Ruiz, RN" <aruiz@greatlakeshtc.org>',
        to="kayla.bishop.sn@gmail.com",
        subject="Re: shadowing request",
        body="Hi Kayla,\n\nWe'd be glad to have you shadow on Wednesday, May 20, 8:30-12. Please bring your school's affiliation letter, proof of flu vaccine and your student ID, and complete the HIPAA module our education office will send.\n\nAngela Ruiz, RN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="FHIR provider directory bundle",
        notes="Hard negative: FHIR bundle of the centre's Organization and Practitioner resources with NPIs for a directory; no patient resource.",
        frm="Interfaces <interfaces@greatlakeshtc.org>",
        to="directory@mihealthexchange.org",
        subject="Provider directory update",
        body="Attached is our updated directory bundle for the HIE's provider directory load.\n\nGLHTC IT",
        atts=(Att("glhtc_directory.json", "application/fhir+json", FHIR_PRACT),),
    ),
    Spec(
        phi=False,
        category="emergency letter template with placeholders",
        notes="Hard negative: emergency department letter template with placeholders instead of a patient, sent for wording review.",
        frm='"Siobhan Brennan, MD" <sbrennan@greatlakeshtc.org>',
        to="kabdullah@greatlakeshtc.org",
        subject="ED letter template - wording check",
        body="Karim, can you check the wording before we load it as a smart text?\n\n---\nTo the Emergency Physician:\n\n[PATIENT NAME], DOB [DOB], has [SEVERITY] hemophilia [A/B] [WITH/WITHOUT] inhibitor. For any suspected bleed, give [PRODUCT] [DOSE] IU/kg IV IMMEDIATELY, before imaging. Do not wait for labs. Call the HTC hematologist at (313) 555-0122.\n---\n\nS.",
    ),
    Spec(
        phi=False,
        category="cold-chain shipping supply order",
        notes="Order for insulated shippers and temperature loggers with device serials; no patient.",
        frm="Purchasing <purchasing@greatlakeshtc.org>",
        to="sales@thermoshipsolutions.com",
        subject="Order - shippers and loggers",
        body="Please send:\n\n- 30 x 8L validated shippers (2-8C, 48 h)\n- 30 x single-use temperature loggers (serials to be recorded on packing slip)\n- 2 x reusable data readers\n\nBill to account GLHTC-0041. Thanks,\nPurchasing"
        + SIG,
    ),
    Spec(
        phi=False,
        category="hemophilia awareness walk invitation",
        notes="Event invitation to a corporate sponsor for a fundraising walk; no individual health information.",
        frm="Development <giving@greatlakeshtc.org>",
        to="communityrelations@rivertownbank.com",
        subject="Sponsor invitation - Walk for Bleeding Disorders, Sept 12",
        body="Dear Ms. Lindqvist,\n\nWe'd be honored to have Rivertown Bank as a sponsor of our 10th Walk for Bleeding Disorders on Belle Isle, Saturday, September 12. Last year 900 walkers raised $212,000 for family support and summer camp. Sponsorship levels are attached in the brochure link below.\n\nwww.greatlakeshtc.org/walk\n\nMaya Chen\nDevelopment Director"
        + SIG,
    ),
    Spec(
        phi=False,
        category="advocacy letter on factor coverage policy",
        notes="Hard negative: policy advocacy letter to a legislator about copay accumulators with statewide figures; no individual patient.",
        frm='"Karim Abdullah, MD" <kabdullah@greatlakeshtc.org>',
        to="rep.delgadillo@house.mi-legislature.org",
        subject="Support for HB 4712 (copay accumulator ban)",
        body="Dear Representative Delgadillo,\n\nOn behalf of Great Lakes HTC, I urge your support for HB 4712. Factor replacement for a child with severe hemophilia can cost over $300,000 a year. When plans exclude manufacturer assistance from deductibles, families hit a wall mid-year; last year roughly a third of our insured families reported a gap in therapy due to cost. Untreated joint bleeds cause permanent damage.\n\nKarim Abdullah, MD\nMedical Director"
        + SIG,
    ),
    Spec(
        phi=False,
        category="aggregate joint score QI CSV",
        notes="Hard negative: quality-improvement CSV of mean joint health scores by age group and year; aggregate only.",
        frm='"Greg Halvorsen, PT" <ghalvorsen@greatlakeshtc.org>',
        to="qi-collab@midwesthtcnetwork.org",
        subject="HJHS aggregate for the QI collaborative",
        body="Aggregate HJHS numbers for the collaborative dashboard. Means only, no patient-level data.\n\nGreg",
        atts=(
            Att(
                "GLHTC_HJHS_aggregate.csv",
                "text/csv",
                "year,age_group,n,mean_hjhs,median_hjhs\n"
                "2024,4-12,46,3.1,2\n"
                "2024,13-18,31,6.4,5\n"
                "2025,4-12,49,2.7,2\n"
                "2025,13-18,33,5.8,4\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="physician DEA registration renewal",
        notes="Hard negative: DEA registration renewal confirmation for the centre's medical director; a provider identifier, no patient.",
        frm="Credentialing <credentialing@greatlakeshtc.org>",
        to="kabdullah@greatlakeshtc.org",
        subject="DEA renewal submitted",
        body="Dr. Abdullah,\n\nYour DEA renewal for registration AA3191284 (schedules 2-5, 3990 John R St) was submitted today; the confirmation number is in the credentialing folder. Expiration moves to 04/30/2029. Please also renew your Michigan controlled substance license by June 30.\n\nCredentialing Office",
    ),
]
