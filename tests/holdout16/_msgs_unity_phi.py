"""Unity Health Plan outbound mail that carries PHI (24 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import QC, TMD, UHP, Att, Spec

_SIG_UM = (
    "\n\nLorraine Betancourt, RN\nUtilization Management Nurse Reviewer\n"
    "Unity Health Plan | 1400 Commerce Pkwy, Suite 300\nPh 555-0142 ext 3318 | Fax 555-0199\n\n"
    "CONFIDENTIALITY NOTICE: This message may contain protected health information. If you are "
    "not the intended recipient, notify the sender and delete it.\n"
)

_CLAIMS_XLSX = xlsx(
    {
        "Open claims": [
            ["Member ID", "Member name", "DOB", "DOS", "CPT", "ICD-10", "Billed", "Status"],
            [
                "U80417723",
                "Ferreira, Joana",
                "1987-02-11",
                "2026-10-02",
                "99214",
                "J02.0",
                186.0,
                "Pended - NPI mismatch",
            ],
            [
                "U80552190",
                "Lindqvist, Peter",
                "1959-08-30",
                "2026-10-05",
                "73610",
                "S93.401A",
                142.5,
                "Pended - COB",
            ],
            [
                "U80391145",
                "Mbeki, Thandiwe",
                "2011-05-19",
                "2026-10-09",
                "87880",
                "J02.9",
                38.0,
                "Denied - timely filing",
            ],
            [
                "U80660371",
                "Castellanos, Ruben",
                "1973-12-01",
                "2026-10-11",
                "12002",
                "S61.412A",
                244.0,
                "Pended - records",
            ],
        ],
        "Resolved": [
            ["Member ID", "Member name", "DOS", "CPT", "Paid", "Check/EFT"],
            ["U80212874", "Oyelaran, Bisi", "2026-09-28", "99213", 98.44, "EFT 7730219"],
            ["U80733016", "Hartigan, Colm", "2026-09-30", "71046", 61.2, "EFT 7730219"],
        ],
    }
)

_HL7_ADT = (
    "MSH|^~\\&|STLUKES_ADT|SLRMC|UHP_CM|UNITYHP|202611081942||ADT^A03|SLR88123|P|2.5.1\r"
    "EVN|A03|202611081940\r"
    "PID|1||SLR-2291847^^^SLRMC^MR~U80927731^^^UHP^MB||Pacheco^Hector^L||19560314|M|||"
    "2207 Wrenfield Ave^^Cedar Falls^IA^50613||(319)555-0187\r"
    "PV1|1|I|4W^412^B|||||||MED||||||||||||||||||||||||||||||||202611031210|202611081930\r"
    "DG1|1||I50.23^Acute on chronic systolic heart failure^I10\r"
)

_FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "u80118452",
      "identifier": [{"system": "https://unityhealthplan.com/member-id", "value": "U80118452"}],
      "name": [{"family": "Gallagher", "given": ["Siobhan", "M"]}],
      "gender": "female", "birthDate": "1990-07-22",
      "telecom": [{"system": "phone", "value": "563-555-0174"}],
      "address": [{"line": ["88 Orchard Bend Rd"], "city": "Davenport", "state": "IA",
        "postalCode": "52806"}]}},
    {"resource": {"resourceType": "Coverage", "status": "active",
      "subscriberId": "U80118452", "beneficiary": {"reference": "Patient/u80118452"},
      "class": [{"type": {"text": "plan"}, "value": "UHP-SILVER-HMO-2026"}],
      "period": {"start": "2026-01-01"}}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/u80118452"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F41.1",
        "display": "Generalized anxiety disorder"}]}}}
  ]
}
"""

_X12_835 = (
    "ISA*00*          *00*          *ZZ*UNITYHP        *ZZ*QUICKCAREUC    "
    "*261106*1015*^*00501*000004417*0*P*:~"
    "GS*HP*UNITYHP*QUICKCAREUC*20261106*1015*4417*X*005010X221A1~"
    "ST*835*0001~BPR*I*1287.40*C*ACH*CCP*01*071000013*DA*882201*1411389021**01*073905527*DA*55021*20261109~"
    "TRN*1*7730219*1411389021~N1*PR*UNITY HEALTH PLAN~N1*PE*QUICKCARE URGENT CARE*XX*1577463700~"
    "CLP*QC2610-44871*1*212*168.4*20*12*UHP26300418811~NM1*QC*1*NAKAMURA*HIROSHI****MI*U80346620~"
    "SVC*HC:99214*186*148.4**1~DTM*472*20261014~SVC*HC:87880*26*20**1~"
    "CLP*QC2610-44902*1*142*122*20*12*UHP26300419034~NM1*QC*1*ABERNATHY*JOLENE****MI*U80502297~"
    "SVC*HC:73610*142*122**1~DTM*472*20261016~CAS*PR*2*20~"
    "SE*16*0001~GE*1*4417~IEA*1*000004417~"
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Unity Health Plan Care Management Transition Summary</title>
  <recordTarget><patientRole>
    <id extension="U80775408" root="2.16.840.1.113883.3.9901.1"/>
    <addr><streetAddressLine>519 Millbrook Ct</streetAddressLine><city>Bettendorf</city>
      <state>IA</state><postalCode>52722</postalCode></addr>
    <patient><name><given>Wendell</given><family>Oduya</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19480917"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>COPD with acute exacerbation (J44.1); Type 2 diabetes (E11.9); home O2 2L NC</text>
    </section></component>
    <component><section><title>Plan</title>
      <text>Discharged from Genesis West 11/05/2026. Pulmonary rehab referral placed.
        Care manager call 11/12.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

_DPP_CSV = (
    "member_id,first_name,last_name,email,phone,a1c_latest,bmi,enrolled_cohort\r\n"
    "U80641177,Marisela,Quintero,mqnt1982@gmail.com,563-555-0121,6.1,33.4,Jan-2027 Tue PM\r\n"
    "U80128835,Douglas,Ebersole,debersole55@yahoo.com,563-555-0199,6.3,31.0,Jan-2027 Tue PM\r\n"
    "U80477302,Nguyet,Tran,nguyet.tran@outlook.com,309-555-0148,5.9,29.8,Jan-2027 Thu AM\r\n"
    "U80913564,Ahmad,Rahimi,a.rahimi@icloud.com,309-555-0162,6.0,35.2,Jan-2027 Thu AM\r\n"
)

_INIT_CSV = (
    "pt,dob,drug,request,outcome\r\n"
    "R.A.,04/02/1966,semaglutide 1 mg,step therapy exception,approved 11/06\r\n"
    "T.W.,10/27/1979,semaglutide 0.5 mg,step therapy exception,denied - no metformin trial\r\n"
    "G.M.,01/15/1958,tirzepatide 5 mg,non-formulary,pended for chart notes\r\n"
)

_APPEAL_FORM_PDF = pdf(
    [
        "UNITY HEALTH PLAN",
        "Member Appeal Request Form (UHP-AP-7, rev. 2026)",
        "",
        "Member name: ______________________   Member ID: ____________",
        "Date of service or request: __________",
        "What decision are you appealing?  [ ] Denial  [ ] Reduction  [ ] Termination",
        "Reason for appeal: _______________________________________________",
        "Signature: ______________________  Date: __________",
        "",
        "Mail to: Unity Health Plan Appeals, PO Box 4410, Davenport IA",
    ],
    "Member Appeal Request Form",
)

_LMN_DOCX = docx(
    [
        "Unity Health Plan - Care Management",
        "November 10, 2026",
        "RE: Letter of medical necessity - continuous glucose monitor",
        "Member: Abigail Thornbury   Member ID: U80258860   DOB: 06/03/2009",
        "Abigail is a 17-year-old with type 1 diabetes (E10.65) on an insulin pump with two "
        "documented episodes of severe hypoglycemia requiring glucagon in September 2026.",
        "Her endocrinologist, Dr. Lucia Ferrante, requests a Dexcom G7 CGM with 90-day sensor "
        "supply.",
        "Care manager: Renee Obuya, RN, CCM",
    ]
)

_NURSE_TXT = (
    "UHP 24/7 Nurse Line - call notes export 11/08/2026\r\n"
    "Caller: Lakshmi Venkataraman (member U80390056), callback 319-555-0133\r\n"
    "Reason: 3 days of dysuria and fever 101.2, pregnant 22 wks\r\n"
    "Disposition: advised same-day OB or urgent care; directed to QuickCare Coralville\r\n"
    "RN: T. Halvorsen\r\n"
)

_APPEALS_ZIP = zipped(
    {
        "appeal_2611-0433/summary.txt": (
            "Appeal 2611-0433\r\nMember: Desmond Achterberg, U80566129, DOB 02/09/1971\r\n"
            "Service: lumbar fusion L4-L5 (CPT 22630), denied 10/21 as not medically necessary.\r\n"
            "Member states 14 months of PT and 3 epidural injections failed.\r\n"
        ),
        "appeal_2611-0433/timeline.txt": (
            "10/14 PA request received from Dr. Ivan Sokolov (ortho spine)\r\n"
            "10/21 denial issued\r\n11/03 member appeal received by phone\r\n"
        ),
    }
)

_HEEL_PNG = png(6, 6, (176, 112, 98))

MESSAGES = [
    Spec(
        phi=True,
        category="prior auth approval to provider office",
        notes=(
            "MRI approval letter text with member name, ID, DOB and diagnosis to a QuickCare "
            "referral coordinator."
        ),
        frm=f"Lorraine Betancourt <lbetancourt@{UHP}>",
        to=f"referrals@{QC}",
        subject="PA approved - auth UM26-118204",
        body=(
            "Good morning,\n\nThe following request has been approved.\n\n"
            "Auth #: UM26-118204\nMember: Gerald Wojcik   ID: U80244519   DOB: 09/12/1964\n"
            "Service: MRI lumbar spine w/o contrast (72148)\n"
            "Dx: M54.16 lumbar radiculopathy\n"
            "Valid: 11/09/2026 - 02/07/2027, 1 unit, any in-network imaging site\n\n"
            "Please share with the ordering provider." + _SIG_UM
        ),
    ),
    Spec(
        phi=True,
        category="care manager note to relative (quiet)",
        notes=(
            "Hard positive: a care manager to a granddaughter's gmail about 'Abuela' by first "
            "name with wound-care nurse visit and antibiotic."
        ),
        frm=f"Renee Obuya <robuya@{UHP}>",
        to="marisol.reyes.ia@gmail.com",
        subject="Thursday visit",
        body=(
            "Hi Marisol,\n\nJust confirming the home health nurse will come by Thursday between 10 "
            "and noon to change Abuela Carmen's dressing on her foot. She should keep taking the "
            "Keflex until Sunday even if it looks better. If the redness spreads past the line we "
            "drew, call me or take her in.\n\nRenee\nRenee Obuya, RN | Care Manager | Unity "
            "Health Plan\n"
            "563-555-0140\n"
        ),
    ),
    Spec(
        phi=True,
        category="claims spreadsheet to provider billing",
        notes=(
            "Hard positive: PHI only in a two-sheet XLSX (member ids, names, DOB, CPT/ICD claim "
            "lines); body is a neutral cover note."
        ),
        frm=f"Devin Marsh <dmarsh@{UHP}>",
        to=f"billing@{QC}",
        subject="October pended/denied claims worklist",
        body=(
            "Hi Tamika,\n\nAs discussed on the JOC call, here is the October worklist. Second tab "
            "is what already cleared. Let me know which ones you want to resubmit vs appeal.\n\n"
            "Devin Marsh\nProvider Relations Rep II, Unity Health Plan\n"
        ),
        atts=(Att("QuickCare_Oct2026_worklist.xlsx", XLSX, _CLAIMS_XLSX),),
    ),
    Spec(
        phi=True,
        category="subject-only PHI claim denial reversal",
        notes=(
            "Hard positive: member name, date of service and ER visit only in the subject; body "
            "is 'done, see note'."
        ),
        frm=f"Kyle Brandt <kbrandt@{UHP}>",
        to=f"cfinch@{QC}",
        subject="Rosa Delgado 10/26 ER visit - denial reversed",
        body="Carla,\n\nDone - reprocessed today, should pay on next week's cycle.\n\nKyle\n",
    ),
    Spec(
        phi=True,
        category="grievance response to member",
        notes=(
            "Member services to a member's yahoo mailbox about a physical therapy grievance "
            "with member ID."
        ),
        frm=f"Unity Member Services <memberservices@{UHP}>",
        to="thanh.nguyen.1971@yahoo.com",
        subject="Your grievance GRV-26-09917",
        body=(
            "Dear Mr. Nguyen,\n\nWe received your grievance on November 2, 2026 about the limit on "
            "physical therapy visits for your shoulder after your rotator cuff repair. Your member "
            "ID is U80871342. A nurse reviewer approved 8 additional visits at Riverside Physical "
            "Therapy through January 15, 2027.\n\nIf you are not satisfied you can request a state "
            "external review within 4 months.\n\nSincerely,\nAlicia Townsend\nGrievance & Appeals "
            "Coordinator\n"
        ),
    ),
    Spec(
        phi=True,
        category="care gap outreach HTML-only",
        notes="HTML-only diabetic eye exam reminder naming the member, member ID and diabetes.",
        frm=f"Unity Health Plan <careteam@{UHP}>",
        to="bkowalczyk@outlook.com",
        subject="Barbara, you're due for your diabetic eye exam",
        body="",
        html=(
            "<html><body style='font-family:Arial'><p>Hi Barbara Kowalczyk,</p>"
            "<p>Our records show you have not had a diabetic retinal eye exam in 2026. Because "
            "you are managing <b>type 2 diabetes</b>, a yearly eye exam is covered at $0.</p>"
            "<table border='1' cellpadding='4'><tr><td>Member ID</td><td>U80305518</td></tr>"
            "<tr><td>Nearest in-network</td><td>Clearview Eye Associates, 2100 Kimberly "
            "Rd</td></tr></table>"
            "<p>Call 1-800-555-0190 to schedule.</p><p>Your Unity care team</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="concurrent review to hospital case manager",
        notes=(
            "Concurrent inpatient review: member name, room, day count, clinical status, next "
            "review date."
        ),
        frm=f"Lorraine Betancourt <lbetancourt@{UHP}>",
        to="casemgmt@stlukesregional.org",
        subject="Concurrent review - 3 members",
        body=(
            "Hi Janelle,\n\nUpdates from this morning's review:\n\n"
            "1. Hector Pacheco (U80927731) 4W-412B - CHF, day 5, approved through 11/09, "
            "anticipate "
            "d/c home with home health.\n"
            "2. Loretta Simms (U80146620, MA plan, MBI 5KR7-WN3-HT62) ICU 7 - sepsis from UTI, "
            "approved 2 more days, need "
            "lactate trend and PT eval.\n"
            "3. Jae-won Park (U80554873) 5E-506 - s/p lap chole POD1, observation only, no "
            "inpatient "
            "auth.\n\nPlease fax clinicals for #2 by 2pm." + _SIG_UM
        ),
    ),
    Spec(
        phi=True,
        category="HL7 ADT attachment to care management vendor",
        notes=(
            "Hard positive: PHI only in an HL7 A03 discharge message (name, MRN, member id, "
            "address, heart failure dx); body is an interface ticket note."
        ),
        frm=f"Soren Ekdahl <sekdahl@{UHP}>",
        to="support@carebridgeanalytics.com",
        subject="Ticket 55821 - A03 rejected by your parser",
        body=(
            "Hi team,\n\nOne discharge message from St. Luke's rejected overnight with 'PV1-44 "
            "missing'. Raw message attached so you can reproduce. We're on a BAA so this is fine "
            "to "
            "send to this address only.\n\nSoren Ekdahl\nIntegration Engineer, Unity Health Plan "
            "IT\n"
        ),
        atts=(Att("rejected_A03_SLR88123.hl7", "application/hl7-v2", _HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="FHIR eligibility bundle to telehealth partner",
        notes=(
            "Hard positive: FHIR Patient/Coverage/Condition bundle attached (name, DOB, "
            "address, member id, anxiety dx); body talks about a field mapping."
        ),
        frm=f"Soren Ekdahl <sekdahl@{UHP}>",
        to=f"integrations@{TMD}",
        subject="Coverage.class mapping question",
        body=(
            "Hey Priyanka,\n\nYour eligibility endpoint is dropping the plan class on this "
            "member's "
            "bundle. Attached is exactly what we posted at 09:14 CT. Can you check on your side?\n"
            "\n"
            "Thanks,\nSoren\n"
        ),
        atts=(Att("eligibility_post_0914.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=True,
        category="X12 835 remittance to provider",
        notes=(
            "Hard positive: PHI only in an X12 835 (patient names, member ids, CPT, dates of "
            "service); body is a payment cover note."
        ),
        frm=f"EDI Operations <edi@{UHP}>",
        to=f"billing@{QC}",
        subject="835 resend - EFT 7730219",
        body=(
            "Attached is the 835 for EFT 7730219 that your clearinghouse reported as missing. "
            "Control "
            "number 000004417.\n\nUnity Health Plan EDI Operations\n"
        ),
        atts=(Att("UHP_835_000004417.x12", "application/edi-x12", _X12_835),),
    ),
    Spec(
        phi=True,
        category="C-CDA transition summary to PCP",
        notes=(
            "C-CDA transition of care document attached with name, DOB, address, COPD and "
            "diabetes; body names the member."
        ),
        frm=f"Renee Obuya <robuya@{UHP}>",
        to="frontdesk@northparkfamilymed.com",
        subject="Transition summary for your patient",
        body=(
            "Dr. Hassan's office,\n\nAttached is our transition summary for Wendell Oduya after "
            "his "
            "discharge from Genesis West on 11/05. He is on home oxygen now. Could he be seen "
            "within "
            "7 days?\n\nRenee Obuya, RN, CCM\nUnity Health Plan Care Management\n"
        ),
        atts=(Att("transition_summary_U80775408.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="initials and DOB GLP-1 exception list",
        notes=(
            "Hard positive: a CSV with only patient initials plus full DOB and GLP-1 exception "
            "outcomes to the prescriber's office."
        ),
        frm=f"Pharmacy Services <rxservices@{UHP}>",
        to="mleclair@cedarvalleyendo.com",
        subject="Exception decisions this week",
        body=(
            "Hi Monique,\n\nDecisions for Dr. Ansah's requests this week are attached. For the "
            "denied "
            "one we'd need documentation of a metformin trial or intolerance.\n\nUnity Pharmacy "
            "Services\n"
        ),
        atts=(Att("ansah_exceptions_1106.csv", "text/csv", _INIT_CSV),),
    ),
    Spec(
        phi=True,
        category="SNF follow-up Mrs. K room med change",
        notes=(
            "Hard positive: 'Mrs. K' with room number, facility and a diuretic dose change to a "
            "skilled nursing facility."
        ),
        frm=f"Tess Iwamoto <tiwamoto@{UHP}>",
        to="don@maplecrestrehab.com",
        subject="re: yesterday's call",
        body=(
            "Hi Dana,\n\nFollowing up on Mrs. K in 214 - per Dr. Feld her Lasix goes up to 40 mg "
            "BID "
            "starting today, daily weights, and call us if she gains more than 3 lb. Her stay is "
            "approved through Friday 11/13.\n\nTess\n\n> On Mon, Dana Whitcomb wrote:\n"
            "> She's up 4 lbs since Thursday and more swelling in both legs.\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded member complaint rfc822",
        notes=(
            "Hard positive: cover note is neutral; the attached original member email carries "
            "name, member id and a chemotherapy denial."
        ),
        frm=f"Alicia Townsend <atownsend@{UHP}>",
        to="appeals@mercyoncologyassoc.com",
        subject="FW: complaint - please see attached",
        body=(
            "Forwarding per our call. Please pull the chart and send clinicals to my attention.\n"
            "\nAlicia\n"
        ),
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Patrice Lindahl <plindahl64@hotmail.com>",
            to=f"memberservices@{UHP}",
            subject="WHY was my chemo denied??",
            body=(
                "My member number is U80417093. My oncologist Dr. Shapiro ordered my 4th cycle of "
                "FOLFOX for colon cancer and Mercy says you denied it. I am supposed to start "
                "November 16. Please call me at 563-555-0107.\n\nPatrice Lindahl\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PHI only in attachment file name",
        notes=(
            "Hard positive: the attached PDF is a blank appeal form; the member's name, id and "
            "'bariatric' appear only in the file name."
        ),
        frm=f"Kenji Morales <kmorales@{UHP}>",
        to="intake@iaexternalreview.org",
        subject="External review packet",
        body=(
            "Please find the packet attached for intake. Reply with your case number when "
            "assigned.\n\nKenji Morales\nAppeals Analyst\n"
        ),
        atts=(
            Att(
                "Appeal_Tremaine_Whitlock_U80638829_bariatric_surgery.pdf",
                "application/pdf",
                _APPEAL_FORM_PDF,
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound photo with name in file name",
        notes=(
            "Hard positive: PNG wound photo whose file name carries the member's name and body "
            "site; body is one line."
        ),
        frm=f"Tess Iwamoto <tiwamoto@{UHP}>",
        to="referrals@woundcarespecialists.net",
        subject="photo for tomorrow's consult",
        body="Photo from the home health nurse this morning, as requested.\n\nTess\n",
        atts=(Att("Gloria_Pham_left_heel_2026-11-09.png", "image/png", _HEEL_PNG),),
    ),
    Spec(
        phi=True,
        category="case conference calendar invite",
        notes=(
            "Hard positive: ICS invite to an external psychiatrist whose description names the "
            "member, id and the eating disorder case."
        ),
        frm=f"Renee Obuya <robuya@{UHP}>",
        to="dr.okoro@lakesidebehavioral.com",
        subject="Invitation: Complex case review",
        body="Dr. Okoro, invite for Wednesday's complex case review is attached. Dial-in inside.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Unity Health Plan//CM//EN\r\n"
            "METHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:ccr-20261111-01@unityhealthplan.com\r\n"
            "DTSTAMP:20261109T140000Z\r\n"
            "DTSTART:20261111T190000Z\r\nDTEND:20261111T194500Z\r\n"
            "SUMMARY:Complex case review - Juniper Abernathy (U80502297)\r\n"
            "DESCRIPTION:19F with anorexia nervosa\\, BMI 15.8\\, two ED visits in Oct. Discuss "
            "residential vs PHP level of care. Dial 1-866-555-0131 code 448120#\r\n"
            "ORGANIZER:mailto:robuya@unityhealthplan.com\r\n"
            "ATTENDEE:mailto:dr.okoro@lakesidebehavioral.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="appeals packet zip",
        notes=(
            "Hard positive: PHI only inside a zip of text notes (name, id, DOB, lumbar fusion "
            "denial)."
        ),
        frm=f"Kenji Morales <kmorales@{UHP}>",
        to="reviews@peerreviewpartners.com",
        subject="IRO assignment 2611-0433",
        body=(
            "Attached per the assignment. Physician reviewer must be board-certified orthopedic "
            "spine. Due 11/16.\n\nKenji\n"
        ),
        atts=(Att("2611-0433.zip", "application/zip", _APPEALS_ZIP),),
    ),
    Spec(
        phi=True,
        category="letter of medical necessity DOCX",
        notes=(
            "DOCX letter with a minor member's name, ID, DOB, type 1 diabetes and hypoglycemia; "
            "body names her."
        ),
        frm=f"Renee Obuya <robuya@{UHP}>",
        to="dme@midwesthomemedical.com",
        subject="CGM LMN - Abigail Thornbury",
        body=(
            "Attached is the signed LMN for the Dexcom order. Please ship to the address on "
            "file.\n\nRenee\n"
        ),
        atts=(Att("LMN_Thornbury.docx", DOCX, _LMN_DOCX),),
    ),
    Spec(
        phi=True,
        category="substance use treatment coordination (Part 2)",
        notes=(
            "Care coordinator to an OTP about a member's buprenorphine program with consent "
            "reference (42 CFR Part 2 data)."
        ),
        frm=f"Marcus Feeney <mfeeney@{UHP}>",
        to="intake@riversiderecoverycenter.org",
        subject="Transfer of care - consent on file",
        body=(
            "Hi Colleen,\n\nWe have a signed Part 2 consent (on file 11/04) for Brandon Tillery, "
            "DOB 03/29/1994, member U80659940. He's been stable on Suboxone 16 mg daily with Dr. "
            "Amadi but Dr. Amadi is leaving the network 12/31. Can your clinic take him for MAT "
            "and "
            "IOP? His counselor says he's been clean 9 months.\n\nMarcus Feeney, LMSW\nBehavioral "
            "Health Care Coordinator\n"
        ),
    ),
    Spec(
        phi=True,
        category="diabetes prevention program enrolment roster",
        notes=(
            "Hard positive: CSV roster of members enrolled in a diabetes prevention program "
            "(names, emails, phones, A1c) to the program vendor."
        ),
        frm=f"Wellness Programs <wellness@{UHP}>",
        to="enrollment@thrivedpp.com",
        subject="January cohort roster",
        body=(
            "Hello, January cohort enrollees are attached. Please send welcome kits by 12/15.\n\n"
            "Unity Wellness Programs\n"
        ),
        atts=(Att("UHP_DPP_Jan2027_roster.csv", "text/csv", _DPP_CSV),),
    ),
    Spec(
        phi=True,
        category="claim explanation to member spouse",
        notes=(
            "Claims rep to a spouse's aol mailbox explaining an ambulance claim for his wife "
            "with claim number and date."
        ),
        frm=f"Yolanda Pierce <ypierce@{UHP}>",
        to="rcastellanos88@aol.com",
        subject="Re: ambulance bill",
        body=(
            "Mr. Castellanos,\n\nI looked into the ambulance claim for your wife Elena (claim "
            "UHP26288104517, date of service 10/14/2026). It was denied because the ambulance "
            "company "
            "billed it as non-emergency. I've asked them to resubmit with the ER records showing "
            "her "
            "chest pain, and I'll watch for it.\n\nYolanda Pierce\nMember Advocate, Unity Health "
            "Plan\n\n"
            "-----Original Message-----\nFrom: Ruben Castellanos\nI got a bill for $1,180 from "
            "MedTrans for taking my wife to the hospital. Why didn't you pay it?\n"
        ),
    ),
    Spec(
        phi=True,
        category="nurse line notes TXT to urgent care",
        notes=(
            "Hard positive: PHI only in a TXT export (caller name, member id, pregnancy, "
            "symptoms); body says heads-up."
        ),
        frm=f"Nurse Line <nurseline@{UHP}>",
        to=f"coralville@{QC}",
        subject="Heads up - referral from nurse line",
        body="Heads up, we sent a member your way this morning. Note attached.\n\nUHP Nurse Line\n",
        atts=(Att("nl_call_1108_0731.txt", "text/plain", _NURSE_TXT),),
    ),
    Spec(
        phi=True,
        category="prescriber opioid safety outreach HTML table",
        notes="HTML-only table of a prescriber's patients with names, DOB and daily MME over 90.",
        frm=f"Pharmacy Services <rxservices@{UHP}>",
        to="office@kesslerpainclinic.com",
        subject="Opioid safety - patients over 90 MME",
        body="",
        html=(
            "<p>Dr. Kessler,</p><p>As part of our opioid safety program, the following of your "
            "patients filled over 90 morphine milligram equivalents per day in October.</p>"
            "<table border='1'><tr><th>Patient</th><th>DOB</th><th>Daily MME</th><th>Note</th></tr>"
            "<tr><td>Dale Hunsaker</td><td>05/14/1962</td><td>120</td><td>oxycodone ER + "
            "IR</td></tr>"
            "<tr><td>Priscilla Vang</td><td>11/02/1975</td><td>96</td><td>hydrocodone + "
            "alprazolam</td></tr>"
            "</table><p>Unity Pharmacy Services</p>"
        ),
    ),
]
