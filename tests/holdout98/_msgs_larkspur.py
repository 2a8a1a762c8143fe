"""Outbound mail of Larkspur Plastic & Reconstructive Surgery (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\n--\nLarkspur Plastic & Reconstructive Surgery\n2200 Orchard Bend Pkwy, Suite 300, Ashgrove, OH\nTel 614-555-0142 | Fax 614-555-0143"
CONF = "\n\nCONFIDENTIALITY: This e-mail may contain privileged information. If you received it in error, delete it and notify the sender."

_OPNOTE = pdf(
    [
        "LARKSPUR PLASTIC & RECONSTRUCTIVE SURGERY - OPERATIVE REPORT",
        "Patient: Renata Oyelaran-Voss   MRN: LPS-0048817   DOB: 06/14/1979",
        "Date of surgery: 03/11/2026   Surgeon: Miriam Castellanos, MD",
        "Pre-op diagnosis: Acquired absence of left breast (Z90.12), BRCA2 carrier",
        "Procedure: Delayed left DIEP flap reconstruction (CPT 19364)",
        "Findings: Two medial row perforators; flap weight 612 g; ischemia time 58 min.",
        "EBL 250 mL. Doppler signal strong at closure. Transferred to SICU for flap checks.",
    ],
    "Operative report",
)

_PRICE = pdf(
    [
        "LARKSPUR PLASTIC & RECONSTRUCTIVE SURGERY - 2026 COSMETIC FEE SCHEDULE",
        "Rhinoplasty (primary) ............ from $8,400",
        "Upper blepharoplasty ............ from $4,100",
        "Abdominoplasty ............ from $9,900",
        "Botulinum toxin, per unit ............ $14",
        "Fees include surgeon fee only; anesthesia and facility billed separately.",
    ],
    "Fee schedule",
)

_CONSENT_BLANK = pdf(
    [
        "LARKSPUR PLASTIC & RECONSTRUCTIVE SURGERY",
        "CONSENT FOR PHOTOGRAPHY (TEMPLATE - REV. 2026-02)",
        "Patient name: ______________________   Date of birth: ___/___/______",
        "MRN: __________   Procedure: ______________________",
        "I authorise clinical photographs for my medical record [ ]  teaching [ ]  website [ ]",
        "Signature: ______________________",
    ],
    "Photo consent template",
)

_ORTX = xlsx(
    {
        "Mon 3-16": [
            ["Time", "Patient", "MRN", "Procedure", "Surgeon", "Anesthesia"],
            [
                "07:30",
                "Dunmore, Colette",
                "LPS-0051342",
                "Bilateral reduction mammaplasty",
                "Castellanos",
                "GA",
            ],
            ["10:15", "Ahn, Jae-won", "LPS-0049920", "Cleft lip revision", "Whitcombe", "GA"],
            [
                "13:00",
                "Pruitt, Delbert",
                "LPS-0050078",
                "Excision BCC nasal tip + forehead flap",
                "Whitcombe",
                "MAC",
            ],
        ],
        "Tue 3-17": [
            ["Time", "Patient", "MRN", "Procedure", "Surgeon", "Anesthesia"],
            [
                "08:00",
                "Sokolowski, Anita",
                "LPS-0047713",
                "Tissue expander exchange to implant",
                "Castellanos",
                "GA",
            ],
            ["11:30", "Ferrante, Luca", "LPS-0052201", "Carpal tunnel release", "Nnadi", "Local"],
        ],
    }
)

_VOLUME = xlsx(
    {
        "By procedure": [
            ["Procedure family", "Q4 2025", "Q1 2026 (to date)"],
            ["Breast reconstruction", 61, 48],
            ["Hand surgery", 112, 97],
            ["Skin cancer reconstruction", 203, 171],
            ["Cosmetic", 288, 240],
        ],
        "By payer": [
            ["Payer mix", "Share"],
            ["Commercial", "54%"],
            ["Medicare", "21%"],
            ["Medicaid", "9%"],
            ["Self-pay (cosmetic)", "16%"],
        ],
    }
)

_PHOTO = png(6, 6, (222, 184, 160))

_FHIR_REFERRAL = """{
  "resourceType": "ServiceRequest",
  "id": "lps-ref-22817",
  "status": "active",
  "intent": "order",
  "code": {"text": "Consultation - hand surgery"},
  "subject": {"reference": "Patient/lps-pt-50993", "display": "Tobias Wendt-Harrow"},
  "reasonCode": [{"text": "Flexor tendon laceration right ring finger, zone II, repaired 02/27/2026"}],
  "note": [{"text": "Needs certified hand therapy 2x/week for 8 weeks; DOB 1991-09-03."}]
}
"""

_X12_837 = (
    "ISA*00*          *00*          *ZZ*LARKSPURPRS    *ZZ*BUCKEYEHP      *260317*0915*^*00501*000004418*0*P*:~"
    "GS*HC*LARKSPURPRS*BUCKEYEHP*20260317*0915*4418*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*LPS4418*20260317*0915*CH~"
    "NM1*85*2*LARKSPUR PLASTIC AND RECONSTRUCTIVE SURGERY*****XX*1230987657~"
    "NM1*IL*1*HOLLOWAY*BRIDGET****MI*BKH884120077~"
    "DMG*D8*19680422*F~"
    "CLM*LPS-C-77120*2840***22:B:1*Y*A*Y*Y~"
    "HI*ABK:L89154*ABF:G8220~"
    "SV1*HC:15934*2840*UN*1***1~"
    "DTP*472*D8*20260309~"
    "SE*11*0001~GE*1*4418~IEA*1*000004418~"
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary - Larkspur Plastic &amp; Reconstructive Surgery</title>
  <recordTarget><patientRole><id extension="LPS-0050611" root="2.16.840.1.113883.3.9981"/>
    <patient><name><given>Marisol</given><family>Quintero-Hale</family></name>
    <birthTime value="19850211"/></patient></patientRole></recordTarget>
  <component><section><title>Hospital Course</title>
    <text>Admitted 03/12/2026 after abdominoplasty; developed seroma, drained POD 3. Discharged 03/15/2026 on cephalexin 500 mg QID x5 days.</text>
  </section></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Operative report PDF to referring oncologist",
        notes="Operative report PDF names patient, MRN, DOB and DIEP reconstruction after mastectomy.",
        frm="Dr. Miriam Castellanos <mcastellanos@larkspurplastics.com>",
        to="h.achterberg@ashgrovecancercare.org",
        subject="Op note for our mutual patient",
        body="Hal,\n\nAttached is the operative report from Wednesday. Flap is pink and warm this morning; I'll keep you posted on the tamoxifen timing question.\n\nMiriam"
        + SIG,
        atts=(Att("OpReport_OyelaranVoss_20260311.pdf", "application/pdf", _OPNOTE),),
    ),
    Spec(
        phi=False,
        category="Cosmetic fee schedule PDF to enquirer",
        notes="Generic price list sent to a prospective client; no health information about her.",
        frm="Concierge <concierge@larkspurplastics.com>",
        to="kayla.brightwater@gmail.com",
        subject="Our 2026 fee schedule",
        body="Hi Kayla,\n\nThanks for your interest in Larkspur. As requested, our current cosmetic fee schedule is attached. Consultations are $150, credited toward any procedure booked within 90 days.\n\nWarmly,\nDana | Patient Concierge"
        + SIG,
        atts=(Att("Larkspur_Cosmetic_Fees_2026.pdf", "application/pdf", _PRICE),),
    ),
    Spec(
        phi=False,
        category="Blank photography consent template to print vendor",
        notes="Hard negative: blank consent form with placeholder fields Patient name/DOB/MRN sent to a print shop; no patient.",
        frm="Office Manager <office@larkspurplastics.com>",
        to="orders@ashgroveprintworks.com",
        subject="Reprint order - photo consent forms (500)",
        body="Hello,\n\nPlease reprint 500 of the attached consent form, 2-part NCR, same as order #4471. Delivery to Suite 300 by the 27th.\n\nThanks,\nGreta Vollmer, Office Manager"
        + SIG,
        atts=(Att("PhotoConsent_Template_rev2026-02.pdf", "application/pdf", _CONSENT_BLANK),),
    ),
    Spec(
        phi=True,
        category="OR schedule workbook to anesthesia group",
        notes="Multi-sheet OR schedule lists patient names, MRNs and procedures.",
        frm="Surgery Scheduling <orsched@larkspurplastics.com>",
        to="scheduling@buckeyeanesthesiapartners.com",
        subject="OR list week of 3/16",
        body="Attached is next week's OR list for the Orchard Bend ASC. Please confirm CRNA coverage for Tuesday.\n\nBeth"
        + SIG,
        atts=(
            Att(
                "ORlist_wk0316.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _ORTX,
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Quarterly procedure volume workbook to partners",
        notes="Hard negative: multi-sheet aggregate counts by procedure family and payer mix; no individuals.",
        frm="Practice Administrator <admin@larkspurplastics.com>",
        to="partners@larkspurplastics.com",
        cc="cfo@orchardbendasc.com",
        subject="Q1 volume snapshot (breast recon, hand, skin cancer)",
        body="Partners,\n\nAttached: procedure volumes to date and payer mix. Breast reconstruction is tracking slightly below Q4; hand volumes steady.\n\nWill discuss at Thursday's meeting.\n\nLeonard",
        atts=(
            Att(
                "Q1_2026_volumes.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _VOLUME,
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Post-op photo to patient's personal email",
        notes="Hard positive: photo file named after the patient and her procedure sent to her gmail; only identifier is name in filename and greeting.",
        frm="Nurse Tamsin Reyes <treyes@larkspurplastics.com>",
        to="odalys.ferraro@gmail.com",
        subject="the photo you asked for",
        body="Hi Odalys,\n\nHere's the 2-week picture from yesterday so you can compare at home. Looking great!\n\nTamsin",
        atts=(Att("Ferraro_Odalys_blepharoplasty_POD14.png", "image/png", _PHOTO),),
    ),
    Spec(
        phi=True,
        category="FHIR referral to hand therapy",
        notes="Hard positive: FHIR ServiceRequest attachment carries patient name, DOB and tendon repair; body names no one.",
        frm="Referrals <referrals@larkspurplastics.com>",
        to="intake@ashgrovehandtherapy.com",
        subject="Referral - flexor tendon protocol",
        body="Please see the attached referral (FHIR). Dr. Nnadi's standard zone II protocol applies.\n\nReferral coordinator"
        + SIG,
        atts=(Att("ServiceRequest_22817.json", "application/fhir+json", _FHIR_REFERRAL),),
    ),
    Spec(
        phi=True,
        category="837P claim file to health plan",
        notes="Hard positive: only the X12 837 attachment carries member name, member ID, DOB and pressure-ulcer flap codes; body is administrative.",
        frm="Billing <billing@larkspurplastics.com>",
        to="edi-intake@buckeyehealthplan.com",
        subject="Resubmission batch 4418",
        body="Resubmitting corrected claim per your rejection notice 3/12 (missing DOB segment).\n\nLarkspur Billing Office",
        atts=(Att("LPS_837P_4418.x12", "application/edi-x12", _X12_837),),
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary to primary care",
        notes="Hard positive: body names no one; the C-CDA attachment has patient name, MRN, DOB, admission/discharge dates and seroma.",
        frm="Medical Records <records@larkspurplastics.com>",
        to="records@ashgrovefamilymed.org",
        subject="Discharge summary (C-CDA)",
        body="Please find attached a discharge summary for your patient. Call us with any questions.",
        atts=(Att("DischargeSummary_LPS0050611.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=False,
        category="Surgeon bio for hospital newsletter",
        notes="Hard negative: clinician bio lists conditions she treats (breast cancer, lymphedema) but no patient.",
        frm="Marketing <marketing@larkspurplastics.com>",
        to="newsletter@ashgrovegeneral.org",
        subject="Bio + headshot for Spring physician spotlight",
        body="Hi Priya,\n\nHere's the bio for the spotlight:\n\nMiriam Castellanos, MD, FACS, is a board-certified plastic surgeon specialising in microsurgical breast reconstruction after mastectomy, lymphedema surgery (lymphovenous bypass and vascularized lymph node transfer) and nipple reconstruction for breast cancer survivors. She trained at Cleveland and completed a microsurgery fellowship in Houston. NPI: 1455778021.\n\nHeadshot to follow from our photographer.\n\nBest,\nJules, Marketing",
    ),
    Spec(
        phi=True,
        category="Pre-op instructions to patient with procedure date",
        notes="Named patient's personal email with surgery date, procedure and medication hold instructions.",
        frm="Surgery Scheduling <orsched@larkspurplastics.com>",
        to="dunmore.colette@yahoo.com",
        subject="Your surgery on Monday, March 16",
        body="Dear Colette,\n\nThis confirms your bilateral breast reduction with Dr. Castellanos on Monday, March 16 at 7:30 am (arrive 6:00 am) at Orchard Bend Surgery Center.\n\n- Nothing to eat after midnight.\n- Stop your ibuprofen and fish oil now; keep taking your lisinopril with a sip of water.\n- Bring your compression bra.\n\nCall 614-555-0142 with questions.\n\nBeth, Surgery Scheduling"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Generic pre-op instructions handout",
        notes="Hard negative: generic pre-operative instruction text for all patients to a partner clinic; no individual.",
        frm="Nursing <nursing@larkspurplastics.com>",
        to="frontdesk@ashgrovefamilymed.org",
        subject="Updated general pre-op handout (GLP-1 hold)",
        body="Hello,\n\nWe've updated our generic pre-op handout. Key change: patients on weekly GLP-1 agonists (semaglutide, tirzepatide) should hold them 7 days before any procedure under sedation or general anesthesia; daily agents 1 day before. Blood thinners: as directed by the prescriber.\n\nPlease swap the version in your waiting room.\n\nLarkspur Nursing",
    ),
    Spec(
        phi=True,
        category="Terse surgeon-to-surgeon text about flap",
        notes="Hard positive: terse note with first name, bed and flap status; patient identifiable within hospital context.",
        frm="Dr. Kwame Nnadi <knnadi@larkspurplastics.com>",
        to="m.szabo@ashgrovegeneral.org",
        subject="4W-12",
        body="Marta - Edwin in 4W-12, ALT flap congested since 0400, leech therapy started, pls add cipro ppx. K.",
    ),
    Spec(
        phi=False,
        category="Vendor implant recall notice forwarded to staff",
        notes="Hard negative: manufacturer lot recall of tissue expanders with lot numbers; no patients named.",
        frm="Materials Management <supply@larkspurplastics.com>",
        to="clinical-staff@larkspurplastics.com",
        subject="FW: Field safety notice - tissue expander lots",
        body="Team - please pull any of the listed lots from the ASC stock room today and tag them for return. No action needed for already-implanted devices per the notice; Dr. Castellanos will review.\n\nRosa",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="Field Actions <fieldactions@meridianaesthetics-med.com>",
            to="supply@larkspurplastics.com",
            subject="Field safety notice - tissue expander lots",
            body="Dear customer,\n\nMeridian is voluntarily withdrawing tissue expander lots TX-24118 through TX-24131 because the fill port may be difficult to locate by magnet. Please quarantine unused stock and return via the enclosed RMA. No explant is recommended.\n\nMeridian Aesthetics Regulatory Affairs",
        ),
    ),
    Spec(
        phi=True,
        category="Forwarded patient question to surgeon",
        notes="Forwarded patient email with her name and post-op wound drainage question.",
        frm="Front Desk <frontdesk@larkspurplastics.com>",
        to="knnadi@larkspurplastics.com",
        subject="FW: question about my incision",
        body="Dr. N, forwarding from the web inbox - she sounds worried. Can you call her today?\n\nKeisha",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Paloma Ruiz-Tennant <paloma.rt@hotmail.com>",
            to="frontdesk@larkspurplastics.com",
            subject="question about my incision",
            body="Hi, I had my carpal tunnel surgery with Dr. Nnadi on the 5th. The incision is leaking a little yellow fluid and my palm is red and warm. Is this normal? My cell is 614-555-0187.\n\nPaloma Ruiz-Tennant",
        ),
    ),
    Spec(
        phi=False,
        category="Staff CME conference itinerary",
        notes="Travel itinerary for a surgeon attending a conference; no patient.",
        frm="Office Manager <office@larkspurplastics.com>",
        to="wwhitcombe@larkspurplastics.com",
        subject="Your ASPS travel itinerary",
        body="Will,\n\nFlights: CMH-DEN Thu 4/16 07:10, return Sun 4/19 16:45. Hotel: Larimer Square, conf #88341. Registration paid; your panel is Friday 10:30 (cleft outcomes).\n\nGreta",
    ),
    Spec(
        phi=True,
        category="Prior authorization letter to payer",
        notes="Letter of medical necessity with patient name, member ID, macromastia symptoms and planned reduction.",
        frm="Prior Auth <priorauth@larkspurplastics.com>",
        to="um-requests@buckeyehealthplan.com",
        subject="Prior authorization request - reduction mammaplasty",
        body="RE: Colette Dunmore, Member ID BKH551906243\n\nTo the Utilization Review team,\n\nMs. Dunmore has symptomatic macromastia (N62) with chronic neck and upper-back pain, shoulder grooving and intertrigo despite 6 months of physical therapy and supportive garments. Estimated resection is 650 g per side, exceeding the Schnur threshold for her BSA of 1.92. We request authorization for CPT 19318 bilateral.\n\nMiriam Castellanos, MD\nNPI: 1455778021"
        + CONF,
        atts=(
            Att(
                "LMN_Dunmore.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Letter of Medical Necessity",
                        "Patient: Colette Dunmore   DOB 02/09/1984",
                        "Diagnosis: N62 Hypertrophy of breast; M54.2 cervicalgia",
                        "Requested: 19318 x2",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for surgical coordinator",
        notes="Hard negative: job ad mentions breast reconstruction and insurance authorizations but no patient.",
        frm="HR <hr@larkspurplastics.com>",
        to="jobs@ohiohealthcareers.net",
        subject="Posting: Surgical Coordinator (full time)",
        body="Please post the following:\n\nSURGICAL COORDINATOR - Larkspur Plastic & Reconstructive Surgery\nSchedule breast reconstruction, hand and skin cancer cases; obtain prior authorizations (CPT/ICD-10 knowledge required); counsel patients on pre-op requirements. 2+ years in a surgical practice. Competitive pay, no weekends.\n\nApply to hr@larkspurplastics.com.",
    ),
    Spec(
        phi=False,
        category="HTML marketing newsletter",
        notes="Hard negative: HTML-only promotional newsletter about injectables to a subscriber list; implies no condition of any recipient.",
        frm="Larkspur Aesthetics <news@larkspurplastics.com>",
        to="subscribers@lists.larkspurplastics.com",
        subject="Spring refresh: 15% off neuromodulators",
        body="",
        html="<html><body><h1>Spring refresh</h1><p>Book any neuromodulator or filler appointment before April 30 and save 15%. Our injectors are board-certified nurses working under Dr. Whitcombe.</p><p><a href='https://larkspurplastics.com/book'>Book online</a></p><p style='font-size:10px'>Unsubscribe any time.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML appointment reminder with procedure",
        notes="HTML-only reminder to patient's personal email naming him and his Mohs reconstruction follow-up.",
        frm="Reminders <noreply@larkspurplastics.com>",
        to="delbert.pruitt@aol.com",
        subject="Appointment reminder",
        body="",
        html="<html><body><p>Hello Delbert Pruitt,</p><p>This is a reminder of your <b>suture removal and forehead flap check</b> with Dr. William Whitcombe on <b>Tuesday, March 24 at 9:40 AM</b>.</p><p>Larkspur Plastic &amp; Reconstructive Surgery</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Letter to school nurse about cleft lip revision",
        notes="Letter to school about a named child's surgery date and post-op restrictions.",
        frm="Dr. William Whitcombe <wwhitcombe@larkspurplastics.com>",
        to="nurse.office@ashgroveelementary.k12.oh.us",
        subject="Jae-won Ahn - return to school after surgery",
        body="Dear Nurse Halvorsen,\n\nJae-won Ahn (grade 3) had a cleft lip revision on March 16. He may return to school on March 23. Please no contact sports, recess ball games or straws for 3 weeks, and let him eat soft foods at lunch. His mother has the ointment.\n\nSincerely,\nWilliam Whitcombe, MD"
        + SIG,
    ),
    Spec(
        phi=False,
        category="De-identified outcomes data to registry",
        notes="Hard negative: de-identified registry extract with study codes and year-only ages; no identifiers.",
        frm="Research Coordinator <research@larkspurplastics.com>",
        to="uploads@nationalflapregistry.org",
        subject="Q1 de-identified submission",
        body="Attached is our de-identified Q1 submission per the registry's Safe Harbor template (study IDs only, ages in years, no dates beyond year).\n\nIngrid",
        atts=(
            Att(
                "lps_q1_deid.csv",
                "text/csv",
                "study_id,age_yr,flap_type,complication,year\nLPS-R-0141,52,DIEP,none,2026\nLPS-R-0142,47,DIEP,partial necrosis,2026\nLPS-R-0143,61,TUG,none,2026\nLPS-R-0144,39,PAP,seroma,2026\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient balance statement CSV to collections agency",
        notes="CSV with patient names, account numbers, balances for specific procedures sent to collections vendor.",
        frm="Billing <billing@larkspurplastics.com>",
        to="placements@tricountyrecovery.com",
        subject="March placements",
        body="New placements attached. Per our BAA, please confirm receipt.\n\nLarkspur Billing",
        atts=(
            Att(
                "placements_2026-03.csv",
                "text/csv",
                "acct,name,dos,service,balance\nLA-330918,Gideon Marchetti,2025-11-04,Scar revision face,1240.00\nLA-331207,Winona Cardell,2025-12-09,Panniculectomy,3875.50\nLA-331655,Trevor Oakhurst,2026-01-13,Mohs reconstruction,612.25\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Internal IT notice about EHR downtime",
        notes="IT downtime notice; no patients.",
        frm="IT Support <it@larkspurplastics.com>",
        to="all-staff@larkspurplastics.com",
        subject="EHR downtime Saturday 22:00-02:00",
        body="The EHR will be unavailable Saturday night for the vendor's upgrade. Use the downtime forms in the blue binder at each station; scan them in Monday.\n\nIT",
    ),
    Spec(
        phi=True,
        category="Calendar invite for tumour board case review",
        notes="Hard positive: invite for tumour board whose description names a patient and her melanoma excision margins.",
        frm="Dr. William Whitcombe <wwhitcombe@larkspurplastics.com>",
        to="tumorboard@ashgrovegeneral.org",
        subject="Tumor board add-on 3/19",
        body="Adding one case for Thursday; invite attached.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larkspur//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lps-tb-20260319@larkspurplastics.com\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260319T120000Z\r\nDTEND:20260319T121500Z\r\nSUMMARY:Tumor board - Harriet Lindqvist\r\nDESCRIPTION:Harriet Lindqvist (MRN LPS-0046690)\\, 1.9 mm melanoma left cheek\\, positive deep margin after WLE - discuss re-excision vs radiation before cheek rotation flap.\r\nLOCATION:Conf Rm B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Calendar invite for staff BLS renewal",
        notes="Staff training calendar invite; no patient.",
        frm="Office Manager <office@larkspurplastics.com>",
        to="clinical-staff@larkspurplastics.com",
        subject="BLS/ACLS renewal class",
        body="Mandatory for anyone expiring before June.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larkspur//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lps-bls-20260402@larkspurplastics.com\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260402T130000Z\r\nDTEND:20260402T170000Z\r\nSUMMARY:BLS/ACLS renewal\r\nLOCATION:ASC Conference Room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Reply to husband about wife's recovery",
        notes="Hard positive: reply to spouse names only 'your wife Anita' plus implant exchange and drain output.",
        frm="Nurse Tamsin Reyes <treyes@larkspurplastics.com>",
        to="bsokolowski.home@outlook.com",
        subject="RE: drain question",
        body="Hi Bogdan,\n\nThanks for the log. For your wife Anita, 22 mL and 18 mL over 24 hours after the implant exchange is right on track; we'll pull the drain when it's under 30 mL for two days in a row. Keep her on the Keflex until it's gone.\n\nTamsin, RN\n\n> On Mar 18, Bogdan wrote:\n> Right drain 22, left 18. Is that ok?",
    ),
    Spec(
        phi=False,
        category="Reply to patient about parking",
        notes="Hard negative: reply to a personal email about parking for a public open house; no care, visit or condition.",
        frm="Front Desk <frontdesk@larkspurplastics.com>",
        to="g.marlowe77@icloud.com",
        subject="RE: where do I park?",
        body="Hi,\n\nThe visitor garage is off Orchard Bend Pkwy (entrance B). Take the east elevators to the 3rd floor. Validation is at our front desk.\n\nKeisha\n\n> Which garage do I use for your open house on Saturday?",
    ),
    Spec(
        phi=True,
        category="Work note to employer",
        notes="Note to employer HR naming employee and hand surgery restrictions.",
        frm="Dr. Kwame Nnadi <knnadi@larkspurplastics.com>",
        to="hr@columbusfreightlines.com",
        subject="Work restrictions - Luca Ferrante",
        body="To whom it may concern,\n\nLuca Ferrante is under my care following right carpal tunnel release on 3/17/2026. He may return to light duty on 3/24 with no lifting over 5 lb with the right hand and no forklift operation until cleared at his 4-week visit.\n\nKwame Nnadi, MD"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to clinical staff",
        notes="Hard negative: lidocaine with epinephrine shortage guidance; no patients.",
        frm="Pharmacy Liaison <supply@larkspurplastics.com>",
        to="clinical-staff@larkspurplastics.com",
        subject="Lidocaine 1% w/ epi 1:100,000 shortage",
        body="Our distributor has 1% lidocaine with epinephrine on backorder until at least May. Use 20 mL vials before 50 mL; buffered mixes made per protocol only. For digital blocks, consider plain lidocaine per surgeon preference.\n\nRosa",
    ),
    Spec(
        phi=True,
        category="Zip of consult letters to medical-legal reviewer",
        notes="Zip of consult letters named after patients with dog-bite facial laceration repairs, sent to attorney.",
        frm="Medical Records <records@larkspurplastics.com>",
        to="paralegal@kesslerbriggslaw.com",
        subject="Records request #2026-0311 (authorization on file)",
        body="Per the signed HIPAA authorization dated 3/2/2026, attached are the requested consult and operative notes.\n\nMedical Records"
        + SIG,
        atts=(
            Att(
                "records_2026-0311.zip",
                "application/zip",
                zipped(
                    {
                        "consult_Everly_Stanwick.txt": "Everly Stanwick, age 7, DOB 2018-08-30. Dog bite left cheek 2/14/2026, 4 cm through-and-through laceration, repaired in OR (CPT 13132).",
                        "opnote_Everly_Stanwick.txt": "Layered closure; tetanus up to date; amox-clav x7 days.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Zip of brand assets to web agency",
        notes="Zip of logo and style guide text to a web design agency; no patient.",
        frm="Marketing <marketing@larkspurplastics.com>",
        to="studio@brightkiteweb.com",
        subject="Brand assets for the new site",
        body="Here are logo files and the style guide. Please don't use before/after photos from the old site; we're re-consenting those.\n\nJules",
        atts=(
            Att(
                "larkspur_brand.zip",
                "application/zip",
                zipped(
                    {
                        "styleguide.txt": "Primary: #4B3F72 Larkspur violet. Secondary: #E8DCCB. Type: Source Serif / Inter.",
                        "logo.png": png(8, 8, (75, 63, 114)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Anesthesia pre-op summary txt",
        notes="Hard positive: unlabeled text block (no headers) with name, age, comorbidities and planned procedure.",
        frm="Surgery Scheduling <orsched@larkspurplastics.com>",
        to="preop@buckeyeanesthesiapartners.com",
        subject="pre-op for Tues",
        body="fyi for your review",
        atts=(
            Att(
                "tue.txt",
                "text/plain",
                "Sokolowski Anita 58F\nOSA on CPAP, T2DM A1c 7.4, hx PONV\nexpander->implant exchange L\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA training reminder",
        notes="Hard negative: HIPAA training reminder quoting example field names and a fictitious patient clearly labelled as such.",
        frm="Compliance <compliance@larkspurplastics.com>",
        to="all-staff@larkspurplastics.com",
        subject="Annual HIPAA refresher due 3/31",
        body='Reminder: complete the annual privacy module by March 31.\n\nThis year\'s scenario uses a FICTIONAL patient, "Jane Testcase", to show why before/after photos must never be texted from personal phones. Fields like MRN, DOB and procedure must only be in the EHR or the encrypted photo app.\n\nCompliance Office',
    ),
    Spec(
        phi=True,
        category="Subject-only diagnosis to lab",
        notes="Hard positive: diagnosis appears only in the subject next to a patient's name; body is administrative.",
        frm="Clinic Nurse <nursing@larkspurplastics.com>",
        to="clientservices@ohiodermpath.com",
        subject="Trevor Oakhurst - squamous cell carcinoma margins?",
        body="Hi, could you tell us when the margins on the specimen sent Thursday will be signed out? Dr. Whitcombe wants to plan closure.\n\nThanks,\nLPS Nursing",
    ),
    Spec(
        phi=False,
        category="Vendor quote for laser smoke evacuators",
        notes="Equipment quote request; no patient.",
        frm="Materials Management <supply@larkspurplastics.com>",
        to="sales@clearairsurgical.com",
        subject="Quote request: 2 smoke evacuators",
        body="Please quote two ULPA smoke evacuators with foot pedal, delivered to Suite 300. DEA registration not needed for this order; ship-to license attached on file.\n\nRosa",
    ),
    Spec(
        phi=False,
        category="Credentialing packet to hospital",
        notes="Hard negative: surgeon credentialing data with NPI and DEA numbers; provider identifiers are not PHI.",
        frm="Credentialing <credentialing@larkspurplastics.com>",
        to="medstaff@ashgrovegeneral.org",
        subject="Reappointment - Dr. Kwame Nnadi",
        body="Attached are Dr. Nnadi's reappointment documents.\n\nKwame Nnadi, MD - Plastic Surgery (Hand)\nNPI: 1673029413\nDEA: FN4729159\nOhio license 35.140877\nBoard certification: ABPS, exp. 2031\n\nCase log summary: 212 hand cases in 24 months (aggregate).\n\nCredentialing",
        atts=(
            Att(
                "Nnadi_reappointment.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Reappointment application",
                        "Kwame Nnadi, MD",
                        "Privileges requested: hand surgery, microsurgery, replantation",
                    ]
                ),
            ),
        ),
    ),
]
