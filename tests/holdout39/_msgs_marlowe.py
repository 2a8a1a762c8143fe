"""Outbound mail of Marlowe Plastic & Reconstructive Surgery (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = (
    "\n\nMarlowe Plastic & Reconstructive Surgery\n1810 Centre Ave, Bldg B, Fort Collins, CO 80526\n"
    "P 970-555-0181  F 970-555-0182  www.marloweplastics.com"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.7" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="MPS-OPN-260313-04"/>
  <code code="11504-8" codeSystem="2.16.840.1.113883.6.1" displayName="Surgical operation note"/>
  <title>Operative Note</title>
  <effectiveTime value="20260313"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.19.5.99999.2" extension="MPS-208817"/>
    <patient><name><given>Lorna</given><family>Eckhardt</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19710409"/></patient>
  </patientRole></recordTarget>
  <author><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1178754325"/>
    <assignedPerson><name>Celeste Marlowe, MD</name></assignedPerson></assignedAuthor></author>
  <component><structuredBody><component><section>
    <title>Procedure</title>
    <text>Delayed right breast reconstruction with deep inferior epigastric perforator (DIEP) free flap following right mastectomy for invasive ductal carcinoma (C50.911, Z90.11). Flap weight 612 g. Internal mammary recipient vessels. EBL 150 mL. No complications.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""

X12_278 = (
    "ISA*00*          *00*          *ZZ*MARLOWEPRS     *ZZ*ALPINECAREUM   *260316*1402*^*00501*000000712*0*P*:~"
    "GS*HI*MARLOWEPRS*ALPINECAREUM*20260316*1402*712*X*005010X217~"
    "ST*278*0712*005010X217~BHT*0007*13*MPS0712*20260316*1402~"
    "HL*1**20*1~NM1*X3*2*ALPINE CARE HEALTH PLAN*****PI*60054~"
    "HL*2*1*21*1~NM1*1P*1*ROSTAMI*AMIR****XX*1812362725~"
    "HL*3*2*22*1~NM1*IL*1*KILGORE*BEVERLY****MI*ACH77104452~DMG*D8*19680927*F~"
    "HL*4*3*EV*0~UM*HS*I*2~HI*ABK:L91.8*ABF:E66.01*ABF:L30.4~"
    "SV1*HC:15830*1*UN*1~MSG*PANNUS TO MID-THIGH, RECURRENT INTERTRIGO DESPITE 6 MO TREATMENT, 112 LB WEIGHT LOSS~"
    "SE*13*0712~GE*1*712~IEA*1*000000712~"
)

FHIR_CLEFT = """{
  "resourceType": "Bundle",
  "type": "document",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "mps-219304",
      "identifier": [{"system": "urn:mps:mrn", "value": "MPS-219304"}],
      "name": [{"family": "Abernathy", "given": ["Silas", "J"]}],
      "birthDate": "2019-06-02",
      "address": [{"line": ["4418 Mulberry Ct"], "city": "Loveland", "state": "CO", "postalCode": "80538"}],
      "contact": [{"relationship": [{"text": "mother"}], "name": {"text": "Hannah Abernathy"}}]}},
    {"resource": {"resourceType": "Procedure", "status": "completed",
      "subject": {"reference": "Patient/mps-219304"},
      "code": {"text": "Secondary cleft lip revision with Abbe flap"},
      "performedDateTime": "2026-03-10",
      "reasonCode": [{"text": "Repaired unilateral cleft lip, left (Q36.9), whistle deformity"}]}}
  ]
}
"""

FHIR_SANDBOX = """{
  "resourceType": "Patient",
  "id": "sandbox-test-0003",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Testpatient", "given": ["Sandbox"], "text": "SANDBOX TESTPATIENT (synthetic - not a real person)"}],
  "birthDate": "1970-01-01",
  "gender": "unknown"
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="DIEP flap pre-operative instructions to patient",
        notes="Named patient's reconstruction surgery date and pre-op instructions sent to her gmail.",
        frm="Joanna Pike RN <jpike@marloweplastics.com>",
        to="gwen.albrecht.fc@gmail.com",
        subject="Your surgery on March 26 - important instructions",
        body=(
            "Dear Gwen,\n\nYour DIEP flap breast reconstruction with Dr. Marlowe is confirmed for Thursday, March 26 "
            "at Poudre Valley Hospital; arrive at 5:30 AM at the surgery entrance.\n\n"
            "- Stop your tamoxifen 2 weeks before surgery (from March 12), as Dr. Ortega agreed.\n"
            "- No ibuprofen, aspirin, fish oil or vitamin E for 7 days.\n"
            "- Nothing to eat after midnight; clear liquids until 3:30 AM.\n"
            "- Shower with the Hibiclens wash the night before and the morning of surgery.\n\n"
            "Expect 3-4 nights in the hospital. Call me with any questions.\n\nJoanna Pike, RN\nSurgical Nurse Coordinator"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA operative note to breast surgeon",
        notes="Operative note C-CDA naming the patient, DOB and DIEP reconstruction after mastectomy for breast cancer.",
        frm="Dr. Celeste Marlowe <cmarlowe@marloweplastics.com>",
        to="dortega@nocobreastcenter.org",
        subject="Op note - our shared patient, 3/13",
        body="Elena - op note attached; flap looks great on POD3. She goes home tomorrow.\n\nCeleste",
        atts=(Att("MPS-OPN-260313-04.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="reduction mammoplasty predetermination letter",
        notes="Predetermination request naming the patient, member ID, symptoms and planned breast reduction.",
        frm="Insurance Coordinator <insurance@marloweplastics.com>",
        to="um.requests@alpinecarehealth.com",
        subject="Predetermination - bilateral reduction mammaplasty (19318)",
        body=(
            "Attached please find our predetermination request for Tasha Winfield, member ACH61930077, DOB 01/15/1994. "
            "Clinical photos are available in our portal upon request.\n\nThank you,\nRosa Jimenez, Insurance Coordinator"
            + SIG
        ),
        atts=(
            Att(
                "Predet_Winfield_19318.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARLOWE PLASTIC & RECONSTRUCTIVE SURGERY",
                        "Predetermination request - CPT 19318 x2",
                        "Patient: Tasha Winfield   DOB 01/15/1994   Member ACH61930077",
                        "Diagnosis: N62 macromastia; M54.2 cervicalgia; M54.6 thoracic back pain",
                        "Height 5'4\", weight 168 lb, BMI 28.8; bra 36H; shoulder grooving bilaterally",
                        "Conservative care: 9 months physical therapy, NSAIDs, supportive bra - no relief",
                        "Estimated resection 720 g right, 690 g left (Schnur scale met)",
                        "Surgeon: Amir Rostami, MD",
                    ],
                    "Predetermination",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="before-and-after photos to marketing agency",
        notes="Hard positive: body uses only a first name; the zipped full-face photo files are named with the patient's full name and procedure.",
        frm="Marketing <marketing@marloweplastics.com>",
        to="studio@brightlinecreative.co",
        subject="website gallery - rhinoplasty set #14",
        body="Hi Sam, Katie signed the photo release (copy on file with us), so set #14 can go in the rhinoplasty gallery. Please crop to the nose and keep the eyes.\n\nThanks, Meg",
        atts=(
            Att(
                "gallery_set14.zip",
                "application/zip",
                zipped(
                    {
                        "Katherine_Harmon_rhinoplasty_preop_front.png": png(5, 5, (220, 180, 160)),
                        "Katherine_Harmon_rhinoplasty_6mo_front.png": png(5, 5, (225, 185, 165)),
                        "Katherine_Harmon_rhinoplasty_6mo_profile.png": png(5, 5, (215, 175, 160)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="workers' compensation hand surgery status report",
        notes="Work status report naming the injured worker, claim number, tendon repair and restrictions for the adjuster.",
        frm="Dr. Amir Rostami <arostami@marloweplastics.com>",
        to="claims.adjuster@pinnaclecompco.com",
        subject="WC claim 26-44102 - status report",
        body="Ms. Ibsen, the updated work status report for your claimant is attached.\n\nAmir Rostami, MD"
        + SIG,
        atts=(
            Att(
                "WC_26-44102_status.docx",
                DOCX,
                docx(
                    [
                        "Marlowe Plastic & Reconstructive Surgery - Work Status Report",
                        "Claimant: Dustin Kerrigan   SSN 529-31-8804   Claim 26-44102   Employer: Riverbend Meats",
                        "Injury 02/18/2026: laceration right index finger, zone II flexor tendon (FDP) transection",
                        "Surgery 02/20/2026: primary FDP repair, digital nerve repair",
                        "Status: hand therapy 3x/week; no use of right hand at work; left hand duty only until 04/17/2026",
                        "Next visit: 03/31/2026",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="dog bite repair records to attorney",
        notes="Records for a named child's facial dog-bite laceration repair sent to the family's attorney.",
        frm="Medical Records <records@marloweplastics.com>",
        to="intake@castellanoinjurylaw.com",
        subject="Records - Aubrey Lindqvist, DOI 01/04/2026",
        body=(
            "Attached are the records you requested under the authorization signed by Aubrey's mother: ED consult "
            "note, operative note for the layered repair of the left cheek laceration (7.2 cm) and two follow-up "
            "visits. Photos are not included; please request them separately.\n\nMedical Records Dept."
            + SIG
        ),
        atts=(
            Att(
                "Lindqvist_A_records.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARLOWE PLASTIC & RECONSTRUCTIVE SURGERY - Records release",
                        "Patient: Aubrey Lindqvist  DOB 09/30/2017  MRN MPS-214450",
                        "01/04/2026 ED consult: dog bite L cheek, 7.2 cm complex laceration",
                        "01/04/2026 Complex repair 13132/13133, layered closure, Augmentin x7 days",
                        "02/02/2026 f/u: hypertrophic scar forming, silicone gel started",
                    ],
                    "Records release",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="terse post-op seroma note to covering surgeon's personal mail",
        notes="Hard positive: abbreviations only, but an MRN with seroma aspiration and follow-up ties a patient to post-op care.",
        frm="Dr. Amir Rostami <arostami@marloweplastics.com>",
        to="cmarlowe.home@gmail.com",
        subject="weekend handoff",
        body="C - MRN MPS-220791 abdo POD9 seroma, asp 60cc straw, binder on, if reaccum >100 call me. f/u Fri 9a. also 217730 JP still >30/d. A",
    ),
    Spec(
        phi=True,
        category="rhinoplasty follow-up calendar invitation",
        notes="Calendar invitation naming the patient and her post-op rhinoplasty visit with splint removal.",
        frm="Front Desk <frontdesk@marloweplastics.com>",
        to="natalia.brennan@icloud.com",
        subject="Appointment: splint removal with Dr. Marlowe",
        body="Hi Natalia, your 1-week post-op visit is below. Please don't wear glasses on your nose until Dr. Marlowe says so."
        + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Marlowe PRS//Front Desk//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:postop-20260320-brennan@marloweplastics.com\r\nDTSTAMP:20260316T160000Z\r\n"
            "DTSTART:20260320T150000Z\r\nDTEND:20260320T153000Z\r\n"
            "SUMMARY:Post-op rhinoplasty - splint removal - Natalia Brennan\r\n"
            "LOCATION:Marlowe Plastic Surgery, 1810 Centre Ave Bldg B\r\n"
            "ORGANIZER:mailto:frontdesk@marloweplastics.com\r\nATTENDEE:mailto:natalia.brennan@icloud.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="request to therapist for gender-affirming surgery letter",
        notes="Hard positive: asks a therapist for an updated letter for a named patient with DOB, revealing planned chest masculinization surgery.",
        frm="Insurance Coordinator <insurance@marloweplastics.com>",
        to="office@clearwatercounseling.net",
        subject="Letter needed for Jordan",
        body=(
            "Hello Dr. Whitfield,\n\nJordan Maki (DOB 04/11/2002) is scheduled with Dr. Rostami for chest "
            "masculinization on May 7. The plan requires a support letter dated within the last 12 months; the one we "
            "have is from February 2025. Could you send an updated letter to this address or fax 970-555-0182?\n\n"
            "Thank you,\nRosa Jimenez"
        ),
    ),
    Spec(
        phi=True,
        category="X12 278 panniculectomy authorization request",
        notes="Hard positive: body is a one-line batch note; the 278 names the member, DOB, obesity and intertrigo codes and the panniculectomy.",
        frm="Insurance Coordinator <insurance@marloweplastics.com>",
        to="edi278@alpinecarehealth.com",
        subject="278 submission 712",
        body="278 request attached. Clinical photos uploaded to the UM portal under the same reference.",
        atts=(Att("MPS_278_0712.x12", "application/edi-x12", X12_278),),
    ),
    Spec(
        phi=True,
        category="FHIR procedure record for child's cleft lip revision",
        notes="FHIR document to the regional HIE naming a child, address, mother and cleft lip revision.",
        frm="Interfaces <interfaces@marloweplastics.com>",
        to="submissions@corockieshie.org",
        subject="CCD/FHIR document push - MPS-219304",
        body="Document push per the HIE participation agreement. Contact interfaces@marloweplastics.com with errors.",
        atts=(Att("MPS-219304_procedure.json", "application/fhir+json", FHIR_CLEFT),),
    ),
    Spec(
        phi=True,
        category="ear reconstruction update to child's mother",
        notes="Hard positive: first names only, but tells a mother about her son's ear reconstruction graft site and antibiotic.",
        frm="Joanna Pike RN <jpike@marloweplastics.com>",
        to="dana.m.oyelaran@outlook.com",
        subject="Re: Eli - chest and ear",
        body=(
            "Hi Dana,\n\nThe photos you sent look good. The redness around Eli's rib graft incision is within normal "
            "limits, and the new ear framework has good colour. Finish the cephalexin (last dose Saturday) and keep "
            "the ear protector on at night. See you on the 24th for stage 1 check.\n\nJoanna"
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only self-pay payment plan for abdominoplasty",
        notes="HTML-only financing confirmation to a named patient for her abdominoplasty and liposuction.",
        frm="Patient Financial Services <billing@marloweplastics.com>",
        to="shaylee.mccombs@yahoo.com",
        subject="Your payment plan is set up",
        body="",
        html=(
            "<html><body><p>Dear Shaylee McCombs,</p><p>Thank you! Your payment plan for <b>abdominoplasty with "
            "flank liposuction</b> (surgery date 04/22/2026) is active.</p><ul><li>Total quote: $11,450</li>"
            "<li>Deposit paid: $2,000</li><li>4 monthly payments of $2,362.50, first due 03/31/2026</li></ul>"
            "<p>The balance must be paid in full 14 days before surgery.</p><p>Marlowe Plastic &amp; "
            "Reconstructive Surgery</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="OCR text of scanned surgical consent to hospital OR",
        notes="Hard positive: the scanned-form text file carries the patient's name, DOB and implant removal with capsulectomy.",
        frm="Surgery Scheduler <surgery@marloweplastics.com>",
        to="orscheduling@pvhs-or.org",
        subject="consent for 4/2 case",
        body="Signed consent for Dr. Marlowe's 4/2 first case attached (scanner text export, original to follow with the packet).",
        atts=(
            Att(
                "scan_0316_1042.txt",
                "text/plain",
                "CONSENT FOR SURGERY OR SPECIAL PROCEDURE\n"
                "Patient name: MELINDA  O'CONNELL-FAUST      DOB: O6/14/1979\n"
                "I authorize Dr.  C. Marlowe  to perform: Bilateral breast implant removal with en bloc\n"
                "capsulectomy (silicone, 2011) - reason: capsular contracture Baker IV, suspected rupture L\n"
                "Risks discussed: bleeding, infection, asymmetry, contour deformity, need for further surgery\n"
                "Signature: [signed]   Date: 03/16/2026   Witness: J. Pike RN\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient request to reschedule surgery",
        notes="Forwards a patient's own e-mail about moving her breast reconstruction date because of chemotherapy timing.",
        frm="Surgery Scheduler <surgery@marloweplastics.com>",
        to="orscheduling@pvhs-or.org",
        subject="FW: change of date - can we move 4/9 to 4/30?",
        body="Hi Terri, see below from Dr. Marlowe's 4/9 patient. Is 4/30 first case open? Same procedure and time.\n\nBecca",
        forward=Spec(
            phi=True,
            category="patient email",
            notes="inner",
            frm="Ruth Ann Goldfarb <ruthann.goldfarb@aol.com>",
            to="surgery@marloweplastics.com",
            subject="change of date",
            body=(
                "Hello Becca, my oncologist wants one more cycle of chemo before the expander exchange, so April 9 is "
                "too soon. Could we move it to the end of April?\nThank you, Ruth Ann Goldfarb"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="breast implant device registration list",
        notes="Device serial numbers tied to named patients and surgery dates sent to the manufacturer's warranty registry.",
        frm="Surgery Scheduler <surgery@marloweplastics.com>",
        to="warranty.registration@sientrix-aesthetics.com",
        subject="Implant registrations - February cases",
        body="Please register the attached February implants for the lifetime warranty program. Patients signed the registration consent.\n\nBecca",
        atts=(
            Att(
                "MPS_implant_reg_Feb2026.csv",
                "text/csv",
                "patient_name,dob,surgery_date,side,catalog,serial\r\n"
                "Alicia Warrender,1988-12-01,2026-02-05,L,SRX-HP-355,24A118830\r\n"
                "Alicia Warrender,1988-12-01,2026-02-05,R,SRX-HP-355,24A118841\r\n"
                "Joy Pettengill,1979-03-22,2026-02-19,L,SRX-TE-500,25C004417\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="consult confirmation with BRCA2 diagnosis in subject",
        notes="Hard positive: the body is a plain appointment confirmation; the genetic result and planned mastectomy are only in the subject.",
        frm="Front Desk <frontdesk@marloweplastics.com>",
        to="lnavarro.design@gmail.com",
        subject="BRCA2+ prophylactic mastectomy - reconstruction consult Wed",
        body="Hi Ms. Navarro,\n\nConfirming Wednesday at 2:30 with Dr. Marlowe. Please bring your insurance card and a list of medications.\n\nFront Desk"
        + SIG,
    ),
    Spec(
        phi=True,
        category="weekly OR schedule workbook to hospital",
        notes="Multi-sheet OR schedule listing named patients, DOBs and procedures sent to hospital surgical services.",
        frm="Surgery Scheduler <surgery@marloweplastics.com>",
        to="surgicalservices@pvhs-or.org",
        subject="Marlowe block - week of 3/23",
        body="Terri, next week's block schedule, two tabs (main OR and ASC). Cases 2 and 5 need a cell saver - no, sorry, case 5 only.\n\nBecca",
        atts=(
            Att(
                "Marlowe_block_0323.xlsx",
                XLSX,
                xlsx(
                    {
                        "Main OR": [
                            ["Date", "Start", "Patient", "DOB", "Procedure", "Surgeon"],
                            [
                                "3/24",
                                "07:30",
                                "Gwen Albrecht",
                                "1976-05-08",
                                "R DIEP flap",
                                "Marlowe",
                            ],
                            [
                                "3/26",
                                "07:30",
                                "Ines Bakshi",
                                "1983-10-19",
                                "Bilat TE placement, immediate",
                                "Rostami",
                            ],
                        ],
                        "ASC": [
                            ["Date", "Start", "Patient", "DOB", "Procedure", "Surgeon"],
                            [
                                "3/25",
                                "08:00",
                                "Harlan Quist",
                                "1959-01-27",
                                "Carpal tunnel release R",
                                "Rostami",
                            ],
                            [
                                "3/25",
                                "10:00",
                                "Mei-Lin Sato",
                                "1991-07-03",
                                "Septorhinoplasty",
                                "Marlowe",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pre-operative clearance request to primary care",
        notes="Asks a PCP for clearance for a named patient with DOB, sleep apnea, anticoagulant and planned facelift.",
        frm="Joanna Pike RN <jpike@marloweplastics.com>",
        to="referrals@harmonyinternalmed.com",
        subject="Pre-op clearance request",
        body=(
            "Dr. Kaplan's office,\n\nWe are requesting medical clearance for your patient Bernard Oyelowo, DOB "
            "02/08/1957, for a facelift and upper blepharoplasty under general anesthesia on April 14. He reports "
            "obstructive sleep apnea on CPAP and takes apixaban 5 mg BID for atrial fibrillation. Please advise on "
            "holding apixaban and send an EKG within 30 days.\n\nJoanna Pike, RN" + SIG
        ),
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="surgeon profile press release",
        notes="Hard negative: press release on a surgeon's expertise in breast cancer reconstruction and lymphedema; no patient.",
        frm="Marketing <marketing@marloweplastics.com>",
        to="newsdesk@coloradoanreview.com",
        subject="Press release: Dr. Amir Rostami joins Marlowe Plastic Surgery",
        body=(
            "FOR IMMEDIATE RELEASE\n\nFORT COLLINS - Marlowe Plastic & Reconstructive Surgery welcomes Amir Rostami, "
            "MD, a board-certified plastic surgeon trained in microsurgery at Johns Hopkins. Dr. Rostami performs breast "
            "reconstruction after mastectomy, lymphaticovenous bypass for lymphedema, and hand surgery. He is the "
            "region's only surgeon offering vascularized lymph node transfer.\n\nMedia contact: Meg Sorensen, 970-555-0186"
        ),
    ),
    Spec(
        phi=False,
        category="stock model image licence",
        notes="Hard negative: licensed stock image of a professional model for a rhinoplasty web page, declared as not a patient.",
        frm="Marketing <marketing@marloweplastics.com>",
        to="licensing@lumenstockimages.com",
        subject="Licence 88213-EXT - confirm web use",
        body=(
            "Hello,\n\nWe purchased extended licence 88213-EXT for the attached image (professional model, your "
            "release MR-55102). We will use it on our rhinoplasty information page with a caption stating it is a model, "
            "not a patient. Please confirm no additional fee applies for paid social.\n\nMeg Sorensen, Marketing"
        ),
        atts=(Att("lumen_88213_model_profile.png", "image/png", png(6, 6, (200, 170, 150))),),
    ),
    Spec(
        phi=False,
        category="textured implant recall notice to staff",
        notes="Hard negative: manufacturer recall with lot numbers and BIA-ALCL symptoms; no patient named.",
        frm="Clinical Director <clinical@marloweplastics.com>",
        to="clinical-staff@marloweplastics.com",
        subject="Recall: textured tissue expanders lots 23K-40xx",
        body=(
            "Team,\n\nSientrix has issued a voluntary recall of textured tissue expanders, lots 23K-4001 through 23K-4077, "
            "because of sterile barrier failures. Pull any stock on the shelves today and tag it. We are running a query of "
            "affected implants; the list will be handled in the EHR, NOT by e-mail. For patient questions, BIA-ALCL symptoms "
            "(late swelling, seroma after a year) are the same as in our standard handout.\n\nMargo"
        ),
    ),
    Spec(
        phi=False,
        category="annual DIEP flap outcomes workbook",
        notes="Hard negative: aggregate flap outcomes and complication rates by year for a quality committee.",
        frm="Dr. Celeste Marlowe <cmarlowe@marloweplastics.com>",
        to="quality.committee@pvhs-or.org",
        subject="2025 microsurgery outcomes for the committee packet",
        body="Attached are our 2025 numbers with 2024 for comparison. Happy to discuss the two take-backs.\n\nCeleste",
        atts=(
            Att(
                "MPS_microsurgery_outcomes_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "2024", "2025"],
                            ["DIEP flaps (n)", 71, 84],
                            ["Total flap loss %", 1.4, 1.2],
                            ["Return to OR %", 4.2, 2.4],
                            ["Mean LOS (days)", 3.6, 3.1],
                        ],
                        "Complications": [
                            ["Complication", "2025 count"],
                            ["Venous congestion", 2],
                            ["Donor site dehiscence", 5],
                            ["Fat necrosis >2 cm", 7],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="surgical instrument vendor invoice query",
        notes="Query about a vendor invoice for instruments; no patient information.",
        frm="Accounts Payable <ap@marloweplastics.com>",
        to="ar@keystonesurgical.com",
        subject="Invoice KS-30981 - duplicate charge",
        body="Hi, invoice KS-30981 charges us twice for the microsurgery needle holders (line 3 and line 7). Corrected copy attached, please confirm.\n\nAccounts Payable"
        + SIG,
        atts=(
            Att(
                "KS-30981_corrected.pdf",
                "application/pdf",
                pdf(
                    [
                        "Bill to: MARLOWE PLASTIC & RECONSTRUCTIVE SURGERY",
                        "Invoice KS-30981 (corrected by customer)",
                        "Line 1  Jacobson micro scissors, 18 cm   2 x $640.00",
                        "Line 3  Castroviejo needle holder, 18 cm  1 x $585.00",
                        "Line 7  (duplicate of line 3 - remove)",
                        "Corrected total: $1,865.00",
                    ],
                    "Invoice KS-30981",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="synthetic FHIR sandbox patient to EHR vendor",
        notes="Hard negative: FHIR Patient resource tagged HTEST and named as a synthetic sandbox test record.",
        frm="Interfaces <interfaces@marloweplastics.com>",
        to="developer-support@clarionehr.com",
        subject="Sandbox: 422 on Patient create",
        body=(
            "Hi support,\n\nCreating the attached synthetic patient in the sandbox returns HTTP 422 'birthDate out of range'. "
            "It's the same resource that worked last week. Tenant mps-sbx-02.\n\nDevon Pratt, Interfaces"
        ),
        atts=(Att("sandbox-test-0003.json", "application/fhir+json", FHIR_SANDBOX),),
    ),
    Spec(
        phi=False,
        category="CME conference invitation",
        notes="Conference invitation for referring physicians; no patient.",
        frm="Dr. Celeste Marlowe <cmarlowe@marloweplastics.com>",
        to="members@larimercountymedsociety.org",
        subject="Invitation: Breast reconstruction update for primary care (2 CME)",
        body=(
            "Dear colleagues,\n\nJoin us on Thursday, April 16, 6-8 pm at the Drake Centre for a dinner talk on what's new "
            "in breast reconstruction: direct-to-implant vs. flap, prepectoral placement, and nipple-sparing mastectomy. "
            "2 AMA PRA Category 1 credits. RSVP to events@marloweplastics.com.\n\nCeleste Marlowe, MD, FACS"
        ),
    ),
    Spec(
        phi=False,
        category="clinical photography policy document",
        notes="Hard negative: policy naming the fields a clinical photo must be labelled with (patient name, MRN), no actual patient.",
        frm="Compliance <compliance@marloweplastics.com>",
        to="allstaff@marloweplastics.com",
        subject="Updated policy: clinical photography on personal phones",
        body="The attached policy replaces CP-07 (2023). Personal phones may no longer be used for clinical photos, even with the app. Please sign the attestation by 3/31.",
        atts=(
            Att(
                "CP-07_clinical_photography_2026.docx",
                DOCX,
                docx(
                    [
                        "Marlowe Plastic & Reconstructive Surgery - Policy CP-07 Clinical Photography",
                        "1. Photos are taken only on practice-owned devices enrolled in MDM.",
                        "2. Each photo set is labelled in the photo system with: Patient Name, MRN, Photo Date, View.",
                        "3. Photos never leave the photo system by e-mail, text or USB.",
                        "4. Marketing use requires a separate signed authorization (form MK-2).",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="surgeon call schedule calendar",
        notes="Call schedule for surgeons; only workforce names, no patient.",
        frm="Office Manager <office@marloweplastics.com>",
        to="ed.scheduling@pvhs-or.org",
        subject="Plastic surgery hand call - April",
        body="April call: Rostami 4/1-4/15, Marlowe 4/16-4/30. Invite for the first block attached for your calendar.\n\nLinda",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Marlowe PRS//Office//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:call-202604a@marloweplastics.com\r\nDTSTAMP:20260317T140000Z\r\n"
            "DTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260416\r\n"
            "SUMMARY:Hand/plastics call - Dr. Rostami\r\nORGANIZER:mailto:office@marloweplastics.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="medical student rotation acceptance",
        notes="Rotation acceptance to a student's personal mailbox; no health information.",
        frm="Dr. Amir Rostami <arostami@marloweplastics.com>",
        to="priya.s.menon.md2027@gmail.com",
        subject="Sub-I rotation, June",
        body=(
            "Hi Priya,\n\nGood news: we can take you for the June sub-internship. You'll split time between clinic and the "
            "OR at Poudre Valley. Please complete the hospital's onboarding (immunization records go to them, not to us) and "
            "badge request by May 1.\n\nLooking forward to it,\nAmir Rostami"
        ),
    ),
    Spec(
        phi=False,
        category="manuscript revision with aggregate complications table",
        notes="Hard negative: journal revision with aggregate outcomes of 84 flaps; no identifiers.",
        frm="Dr. Celeste Marlowe <cmarlowe@marloweplastics.com>",
        to="editorial@prsgo-journal.org",
        subject="Manuscript PRSGO-D-26-00312 R1",
        body=(
            "Dear Editor,\n\nPlease find our revised manuscript, 'Same-day discharge is not safe after DIEP flap: a single-"
            "center series of 84 flaps'. We have added the complications table reviewer 2 requested. All data are aggregate "
            "and our IRB waived consent.\n\nSincerely,\nCeleste Marlowe, MD"
        ),
        atts=(
            Att(
                "PRSGO-D-26-00312_R1_table2.docx",
                DOCX,
                docx(
                    [
                        "Table 2. Complications (n = 84 flaps, 79 patients)",
                        "Venous congestion requiring return to OR: 2 (2.4%)",
                        "Partial flap loss: 1 (1.2%)",
                        "Donor site wound dehiscence: 5 (6.0%)",
                        "Readmission within 30 days: 3 (3.8%)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer medical policy change summary",
        notes="Hard negative: summarises a payer's breast reduction coverage criteria; no individual.",
        frm="Insurance Coordinator <insurance@marloweplastics.com>",
        to="surgeons@marloweplastics.com",
        subject="Alpine Care policy change - reduction mammaplasty",
        body=(
            "FYI: effective 5/1 Alpine Care requires 12 weeks of documented physical therapy (up from 6) and a Schnur "
            "resection weight, plus photos in 3 views, for reduction mammaplasty. Chiropractic no longer counts as "
            "conservative care. Please document accordingly in consults from now on.\n\nRosa"
        ),
    ),
    Spec(
        phi=False,
        category="SEO keyword report from marketing agency",
        notes="Hard negative: search keywords about procedures and costs with search volumes; no person.",
        frm="Marketing <marketing@marloweplastics.com>",
        to="sam@brightlinecreative.co",
        subject="Re: Q1 SEO report",
        body="Thanks Sam. Interesting that 'tummy tuck recovery' outranks cost. Let's build the May blog around that. Your CSV attached back with my notes column.\n\nMeg",
        atts=(
            Att(
                "Q1_keywords_notes.csv",
                "text/csv",
                "keyword,monthly_searches,rank,notes\r\n"
                "tummy tuck recovery,1900,7,blog May\r\n"
                "breast reduction insurance colorado,880,4,update FAQ\r\n"
                "lymphedema surgery near me,390,2,keep\r\n"
                "rhinoplasty cost fort collins,320,11,price page\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="employee benefits open enrollment notice",
        notes="Hard negative: staff benefits notice mentioning health plan member ID cards; no individual's health information.",
        frm="Office Manager <office@marloweplastics.com>",
        to="allstaff@marloweplastics.com",
        subject="Benefits: new health plan ID cards arriving",
        body=(
            "Hi everyone,\n\nOur employee health plan moves to Alpine Care on April 1. New member ID cards will be mailed to "
            "your homes next week; until then use the temporary card in the benefits portal. The HSA contribution stays at "
            "$1,200. Questions go to our broker, Kim at Lakeview Benefits, 970-555-0190.\n\nLinda"
        ),
    ),
    Spec(
        phi=False,
        category="technique discussion with colleague",
        notes="Surgeon-to-surgeon question about a technique; no patient.",
        frm="Dr. Amir Rostami <arostami@marloweplastics.com>",
        to="jhallorann@denverhandcenter.com",
        subject="WALANT for flexor tendon repairs",
        body=(
            "Jim,\n\nAre you still doing all your zone II repairs wide-awake? We're thinking of moving ours to the "
            "procedure room. What lidocaine/epi volume do you use for a single digit, and do you bother with "
            "phentolamine on the tray?\n\nAmir"
        ),
    ),
    Spec(
        phi=False,
        category="cleft surgery mission fundraising update",
        notes="Hard negative: mission trip totals (children operated on, cleft types) with no individual.",
        frm="Dr. Celeste Marlowe <cmarlowe@marloweplastics.com>",
        to="supporters@smilesacrossborders.org",
        subject="Huehuetenango 2026: thank you",
        body=(
            "Dear friends,\n\nIn five operating days our team of 22 repaired 46 cleft lips and palates in children aged 4 "
            "months to 14 years, with no returns to the OR. Your donations covered sutures, anesthesia drugs and the "
            "speech therapist's salary for a year. Next trip: February 2027.\n\nWith gratitude,\nCeleste"
        ),
    ),
    Spec(
        phi=False,
        category="donation receipt to donor",
        notes="Charity receipt to a donor's personal mailbox; no health information.",
        frm="Smiles Across Borders (Marlowe PRS) <giving@marloweplastics.com>",
        to="hal.and.june.p@aol.com",
        subject="Receipt for your gift",
        body=(
            "Dear Hal and June,\n\nThank you for your gift of $500 to the cleft surgery mission fund on March 12, 2026. No "
            "goods or services were provided in exchange. Please keep this receipt for your tax records.\n\nMarlowe Plastic & "
            "Reconstructive Surgery Foundation"
        ),
    ),
    Spec(
        phi=False,
        category="OR block release",
        notes="One-line OR block release; no patient.",
        frm="Office Manager <office@marloweplastics.com>",
        to="surgicalservices@pvhs-or.org",
        subject="Releasing OR 3 block Mon 4/6",
        body="Dr. Marlowe is at a meeting - please release our OR 3 block for Monday 4/6. Thanks! Linda",
    ),
]
