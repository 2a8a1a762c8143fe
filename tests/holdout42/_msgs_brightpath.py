"""BrightPath Home Health & Personal Care: outbound mail of a home health and personal care agency (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nBrightPath Home Health & Personal Care\n915 Commerce Parkway, Suite 200, Riverton, IL 61109\nOffice (815) 555-0170 | Fax (815) 555-0171"
SIG_SHORT = "\n-- \nBrightPath Home Health | (815) 555-0170"

X12_270 = (
    "ISA*00*          *00*          *ZZ*BRIGHTPATHHH   *ZZ*AVAILITY       *260316*0805*^*00501*000000731*0*P*:~"
    "GS*HS*BRIGHTPATHHH*AVAILITY*20260316*0805*731*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*BP731*20260316*0805~"
    "HL*1**20*1~NM1*PR*2*CMS MEDICARE PART A*****PI*CMS~"
    "HL*2*1*21*1~NM1*1P*2*BRIGHTPATH HOME HEALTH*****XX*1018451462~"
    "HL*3*2*22*0~TRN*1*BP731-03*9BRIGHTPTH~"
    "NM1*IL*1*QUIST*LORRAINE*M***MI*2GA5YJ8KE36~DMG*D8*19420611*F~"
    "DTP*291*D8*20260319~EQ*42~"
    "SE*12*0001~GE*1*731~IEA*1*000000731~"
)

X12_270_TEST = (
    "ISA*00*          *00*          *ZZ*BRIGHTPATHHH   *ZZ*ILMEDICAIDTEST *260317*1102*^*00501*000000009*0*T*:~"
    "GS*HS*BRIGHTPATHHH*ILMEDICAIDTEST*20260317*1102*9*X*005010X279A1~"
    "ST*270*0001*005010X279A1~BHT*0022*13*TEST009*20260317*1102~"
    "HL*1**20*1~NM1*PR*2*IL MEDICAID SANDBOX*****PI*TESTPAYER~"
    "HL*2*1*21*1~NM1*1P*2*BRIGHTPATH HOME HEALTH*****XX*1018451462~"
    "HL*3*2*22*0~NM1*IL*1*TESTONE*SUBSCRIBER****MI*TEST00000001~DMG*D8*19000101*U~EQ*30~"
    "SE*10*0001~GE*1*9~IEA*1*000000009~"
)

HL7_ADT = (
    "MSH|^~\\&|BRIGHTPATH|BPHH|RIVERTONHIE|RHIE|202603160915||ADT^A04|BP26031601|P|2.5.1\r"
    "EVN|A04|202603160915\r"
    "PID|1||BP-220517^^^BPHH^MR||Kowalski^Stanley^J||19390428|M|||87 Juniper Lane^^Riverton^IL^61109||(815)555-0184|||||||512-68-3309\r"
    "PV1|1|O|HOMEHEALTH||||1805009788^Ruiz^Elena^^^MD|||||||||||HH|BP-E2603\r"
    "DG1|1||I63.512^Cerebral infarction due to occlusion of right middle cerebral artery^I10|||A\r"
    "DG1|2||R26.89^Other abnormalities of gait and mobility^I10|||A\r"
)

FHIR_CAREPLAN = """{
  "resourceType": "CarePlan",
  "id": "bp-poc-220533",
  "status": "active",
  "intent": "plan",
  "title": "Home health plan of care (60-day episode)",
  "subject": {"reference": "Patient/bp-220533", "display": "Yolanda Petrakis"},
  "period": {"start": "2026-03-12", "end": "2026-05-10"},
  "contained": [{"resourceType": "Patient", "id": "bp-220533", "name": [{"family": "Petrakis", "given": ["Yolanda"]}], "birthDate": "1947-12-19",
    "address": [{"line": ["2290 Sycamore Bend"], "city": "Riverton", "state": "IL", "postalCode": "61109"}]}],
  "addresses": [{"text": "Diabetic foot ulcer, right plantar (E11.621, L97.412)"}],
  "activity": [
    {"detail": {"status": "scheduled", "description": "SN 3x/wk x 4 wks: wound care with silver alginate, glucose log review"}},
    {"detail": {"status": "scheduled", "description": "PT 2x/wk x 4 wks: offloading boot gait training"}}
  ],
  "author": {"display": "Elena Ruiz, MD"}
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="Caregiver weekly schedule with client care tasks",
        notes="Hard positive: a staff schedule sent to a caregiver's gmail lists clients' names, addresses and intimate care tasks.",
        frm="Scheduling <scheduling@brightpathhomecare.com>",
        to="marisol.batres88@gmail.com",
        subject="Your schedule 3/23 - 3/29",
        body=(
            "Hi Marisol, here is next week. Text the office if anything doesn't work.\n\n"
            "MON/WED/FRI 8:00-11:00  Alma Richter, 1406 Larkin Ave - shower with shower chair, catheter bag change, breakfast\n"
            "MON/WED/FRI 12:00-15:00  Vincent Oduya, 33 Fremont St Apt 4 - Hoyer transfers x2 (2nd aide Joy meets you), brief changes, feed lunch (pureed)\n"
            "TUE/THU 9:00-13:00  Lorraine Quist, 502 Cottonwood Dr - respite for husband, she has dementia and may try to leave, lock the storm door\n\n"
            "Mileage sheet due Friday.\nScheduling team" + SIG_SHORT
        ),
    ),
    Spec(
        phi=True,
        category="Home health plan of care PDF for physician signature",
        notes="CMS-485-style plan of care PDF with the patient's name, DOB, diagnoses and visit orders sent for signature.",
        frm="Clinical Records <records@brightpathhomecare.com>",
        to="orders@riverton-internalmed.com",
        subject="Plan of care for signature - 3 of 5 outstanding",
        body="Dr. Ruiz's office: the attached plan of care is now 21 days unsigned. Please sign and return by fax to (815) 555-0171 so we can bill the episode.\n\nThank you,\nClinical Records"
        + SIG,
        atts=(
            Att(
                "POC_Kowalski_S_SOC0309.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTPATH HOME HEALTH - HOME HEALTH CERTIFICATION AND PLAN OF CARE",
                        "Patient: Stanley J. Kowalski   DOB 04/28/1939   SOC 03/09/2026",
                        "Dx: I63.512 right MCA stroke; R26.89 gait abnormality; I10 hypertension",
                        "Orders: SN 2w4 medication teaching, BP monitoring; PT 3w4; OT 2w3; HHA 2w4 bathing",
                        "Meds: clopidogrel 75 mg daily, atorvastatin 80 mg, amlodipine 5 mg",
                        "Physician: Elena Ruiz, MD   NPI 1805009788",
                    ],
                    "Plan of care",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 270 Medicare eligibility inquiry",
        notes="Hard positive: body is administrative; the attached 270 carries the patient's name, MBI and birth date.",
        frm="Intake <intake@brightpathhomecare.com>",
        to="edisupport@availity-partners.com",
        subject="270 returning AAA*N*72 - can you check our envelope?",
        body="Hello, this 270 keeps coming back with AAA 72 (invalid member ID). The ID matches the card. Could you look at the attached raw file and tell us if our envelope is wrong?\n\nPam Ochoa\nIntake Coordinator",
        atts=(Att("270_BP731.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="HL7 ADT registration to community HIE",
        notes="HL7 A04 with a patient's name, MRN, address, phone, SSN and stroke diagnosis sent to the regional HIE.",
        frm="Interfaces <interfaces@brightpathhomecare.com>",
        to="onboarding@rivertonhie.org",
        subject="Production ADT feed - sample for validation",
        body="Hi HIE onboarding team, below your checklist item 4: attached is the first production A04 our system sent at 09:15 today. Please confirm it landed in your MPI.\n\nThanks,\nIT",
        atts=(Att("ADT_A04_BP26031601.hl7", "application/hl7-v2", HL7_ADT),),
    ),
    Spec(
        phi=True,
        category="EVV exception CSV with member IDs only",
        notes="Hard positive: no names, but Medicaid member IDs with personal care visit dates and service codes.",
        frm="Billing <billing@brightpathhomecare.com>",
        to="evv.exceptions@prairiecaremco.com",
        subject="EVV exceptions - February - attestations",
        body="Attached are our February EVV exceptions with reason codes. Caregiver attestations are on file for each visit.\n\nBilling Dept."
        + SIG_SHORT,
        atts=(
            Att(
                "evv_exceptions_2026-02.csv",
                "text/csv",
                "member_id,visit_date,hcpcs,units,reason\r\nIL840017726,2026-02-03,T1019,16,no GPS - rural\r\n"
                "IL840033018,2026-02-11,T1019,12,caregiver phone died\r\nIL840017726,2026-02-19,S5130,8,late clock-out\r\n"
                "IL840041552,2026-02-24,T1019,16,client hospitalized - visit cancelled\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Photo of client's pill bottles named after client",
        notes="Hard positive: the client's name appears only in the photo's file name; body refers to 'the pill bottles we talked about'.",
        frm="Ines Carvalho RN <icarvalho@brightpathhomecare.com>",
        to="consult@rivertonrxconsultants.com",
        subject="pill bottles",
        body="Hi Dr. Patel - here's the photo of the pill bottles we talked about. I count 3 duplicate BP meds from two pharmacies. Can you do the reconciliation before Thursday?\n\nInes\nsent from my phone",
        atts=(Att("Ostrowski_pill_bottles_0316.png", "image/png", png(6, 4, (240, 180, 60))),),
    ),
    Spec(
        phi=True,
        category="Private-pay personal care invoice to client's son",
        notes="Invoice to the son's hotmail naming his father with bathing and incontinence care hours billed.",
        frm="Billing <billing@brightpathhomecare.com>",
        to="kevin.okafor.home@hotmail.com",
        subject="BrightPath invoice #PC-5512 - Samuel Okafor",
        body=(
            "Hi Kevin,\n\nInvoice PC-5512 for your father's personal care, 3/1-3/15:\n\n"
            "  Personal care (bathing, dressing, incontinence care)   26.0 h x $34.00   $884.00\n"
            "  Companion/respite                                     10.0 h x $30.00   $300.00\n"
            "  Nurse supervisory visit (3/4)                                            $0.00\n"
            "  Total due 3/30                                                        $1,184.00\n\n"
            "His long-term care policy claim form is signed and we mailed it to the insurer for you.\n\nBilling"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="INR nurse visit reschedule to client",
        notes="Tells a named client at his gmail that his INR check nurse visit moved, with a calendar invite.",
        frm="Scheduling <scheduling@brightpathhomecare.com>",
        to="h.abernathy1941@gmail.com",
        subject="Your nurse visit moved to Tuesday 9 am",
        body="Good morning Mr. Abernathy,\n\nYour nurse Ines will come Tuesday at 9:00 instead of Monday to check your INR with the fingerstick meter. Please don't take your warfarin until after she has been. The calendar invite is attached.\n\nBrightPath Scheduling"
        + SIG_SHORT,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BrightPath//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:visit-abernathy-20260317@brightpathhomecare.com\r\nDTSTAMP:20260316T130000Z\r\nDTSTART:20260317T140000Z\r\nDTEND:20260317T144500Z\r\n"
            "SUMMARY:BrightPath nurse visit - INR check\r\nLOCATION:Home\r\nATTENDEE:mailto:h.abernathy1941@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="Voicemail transcript forwarded to on-call nurse",
        notes="Hard positive: the body says only 'see transcript'; the attached text file has the client's name, hypoglycemia and phone.",
        frm="Answering Service Desk <afterhours@brightpathhomecare.com>",
        to="oncall@nightingalenursepool.com",
        subject="VM 05:42 - please call back",
        body="See transcript. Caller asked for a callback before 8.",
        atts=(
            Att(
                "vm_0542_transcript.txt",
                "text/plain",
                "Voicemail 03/16/2026 05:42, from (815) 555-0192, 1 min 10 s\n"
                "\"Hi, this is Edna Forsberg, I'm one of your patients on Hawthorne Road. My sugar was 41 when I woke up, I drank juice and now "
                "it's 88 but I feel shaky. Should I still take my Lantus tonight? The nurse comes Wednesday. Please call me back.\"\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DME order with address and wound stage, no name",
        notes="Hard positive: no name, but the client's street address is tied to a stage 2 sacral wound and hospital bed order.",
        frm="Ines Carvalho RN <icarvalho@brightpathhomecare.com>",
        to="orders@prairiedme.com",
        subject="Bed + mattress delivery request",
        body=(
            "Hi Prairie DME,\n\nPlease deliver a semi-electric hospital bed and an alternating pressure mattress to 1418 Larkspur Lane, Riverton, "
            "tomorrow if possible. Client has a stage 2 sacral pressure injury and is mostly in bed since her hip fracture. Her daughter will be "
            "home after 10. Signed order from Dr. Ruiz is in your portal under today's date.\n\nInes Carvalho, RN, Case Manager"
        ),
    ),
    Spec(
        phi=True,
        category="Staffing request with initials, address and stroke history",
        notes="Hard positive: abbreviation-heavy staffing request with client initials, age, street address and post-stroke hemiplegia.",
        frm="Scheduling <scheduling@brightpathhomecare.com>",
        to="requests@flexcarestaffing.com",
        subject="need HHA 7a-3p starting Mon",
        body="need HHA M-F 7a-3p x 2 wks. pt JW, 88 y/o M, s/p CVA w/ L hemi, 2-person assist for tx w/ gait belt, PEG feeds by family. 22 Orchard Ct, Riverton. can you fill? rate per contract.\n- Jaime",
    ),
    Spec(
        phi=True,
        category="Home health discharge letter HTML-only",
        notes="HTML-only letter to a client's yahoo address telling her by name that her home health episode is ending and goals were met.",
        frm="Clinical Manager <clinical@brightpathhomecare.com>",
        to="delia.warrington@yahoo.com",
        subject="Completing your home health care",
        body="",
        html=(
            "<html><body><p>Dear Ms. Warrington,</p><p>Congratulations! Your knee has healed well and you met your goals: you walk outside with "
            "your cane and manage your own insulin. Your last BrightPath nurse visit is Friday, March 20, and home health services end that day. "
            "Dr. Ruiz has approved the discharge. Please keep your follow-up with her on April 2.</p><p>If you have problems after discharge, "
            "call your doctor or us at (815) 555-0170.</p><p>Warmly,<br>Danielle Kim, RN, Clinical Manager<br>BrightPath Home Health</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR CarePlan to physician portal",
        notes="FHIR CarePlan containing the patient's name, DOB, address and diabetic foot ulcer plan.",
        frm="Clinical Records <records@brightpathhomecare.com>",
        to="portal-intake@riverton-internalmed.com",
        subject="CarePlan submission - episode starting 3/12",
        body="Attached CarePlan resource per your portal spec v2.1. Reply if validation fails.\n\nClinical Records"
        + SIG_SHORT,
        atts=(Att("careplan_bp-poc-220533.json", "application/fhir+json", FHIR_CAREPLAN),),
    ),
    Spec(
        phi=True,
        category="Remittance reconciliation workbook with patients",
        notes="Hard positive: body only mentions row numbers; the multi-sheet workbook lists patients' names, MBIs, dates of service and HCPCS.",
        frm="Billing <billing@brightpathhomecare.com>",
        to="Ashley Moreno <amoreno@homehealthrcm.com>",
        subject="Feb recon - rows 4, 9, 11 paid $0",
        body="Ashley - rows 4, 9 and 11 on the Claims tab paid $0, everything else ties. Adjustments are on tab 2. Can your team appeal by the 31st?\n\nThanks,\nLeah",
        atts=(
            Att(
                "Feb2026_recon.xlsx",
                XLSX,
                xlsx(
                    {
                        "Claims": [
                            ["Row", "Patient", "MBI", "Period", "HIPPS", "Billed", "Paid"],
                            [
                                1,
                                "Kowalski, Stanley",
                                "MBI 3KQ8-VM1-TD52",
                                "02/01-03/01",
                                "1HA21",
                                2410.55,
                                2410.55,
                            ],
                            [
                                4,
                                "Quist, Lorraine",
                                "MBI 2GA5-YJ8-KE36",
                                "02/05-03/06",
                                "2FC11",
                                1988.20,
                                0,
                            ],
                            [
                                9,
                                "Petrakis, Yolanda",
                                "MBI 5NF3-WE7-HX24",
                                "02/12-03/13",
                                "1DB31",
                                2750.00,
                                0,
                            ],
                            [
                                11,
                                "Abernathy, Hollis",
                                "MBI 6PR9-CA2-MY47",
                                "02/20-03/21",
                                "2CA21",
                                1610.75,
                                0,
                            ],
                        ],
                        "Adjustments": [
                            ["Row", "CARC", "Note"],
                            [4, "CO-50", "medical necessity"],
                            [9, "CO-16", "missing OASIS"],
                            [11, "PR-1", "deductible"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Adult Protective Services report",
        notes="Report to APS naming a client with dementia and suspected financial exploitation by a nephew.",
        frm="Danielle Kim RN <dkim@brightpathhomecare.com>",
        to="aps.intake@illinoisaging.gov",
        subject="APS report - suspected financial exploitation",
        body=(
            "I am a mandated reporter and confirming my phone report of today (reference 26-R-04418).\n\nClient: Bernice Hollander, 84, 710 Wren "
            "Street, Riverton, IL. She has moderate Alzheimer's disease and receives our personal care 20 h/week. Over the last month our aides "
            "saw her nephew take her debit card on three visits; her refrigerator has been empty twice and her insulin was not refilled for a week. "
            "She could not tell the aide who pays her bills.\n\nDanielle Kim, RN, Clinical Manager\n(815) 555-0170 ext. 12"
        ),
    ),
    Spec(
        phi=True,
        category="Abbreviated readmission note to ACO with MRN",
        notes="Hard positive: only an agency MRN identifies the patient, with readmission date, sepsis and UTI in abbreviations.",
        frm="Intake <intake@brightpathhomecare.com>",
        to="transitions@prairieaco.org",
        subject="ROC pending",
        body="FYI pt MRN BP-220481 readmit SMH 3/15 w/ sepsis 2/2 UTI. HH POC on hold, will do ROC OASIS w/in 48h of d/c. Pls update your ADT tracker.",
    ),
    Spec(
        phi=True,
        category="Reply to daughter about mother's leg ulcer care",
        notes="Hard positive: no patient name; reply to the daughter's gmail about 'Mom' and her leg ulcer dressing changes.",
        frm="Scheduling <scheduling@brightpathhomecare.com>",
        to="Teresa Nakamura <teresa.nakamura.rn@gmail.com>",
        subject="Re: Mom",
        body="Hi Teresa - Ana will be there Tuesday and Thursday 8-10 for Mom's shower, and the nurse does the dressing on her leg ulcer right after. Wound nurse said it's shrinking!\n\nBrightPath Scheduling\n\n> can you make sure someone helps her shower before the nurse does her leg?",
    ),
    Spec(
        phi=True,
        category="Flu vaccination CSV to state immunisation registry",
        notes="Immunisation registry upload with clients' names, DOBs, addresses and vaccine lots.",
        frm="Clinical Records <records@brightpathhomecare.com>",
        to="icare.help@illinoisdph.gov",
        subject="Manual upload - home flu vaccinations (registry outage)",
        body="Per your outage notice, attached are the home flu vaccinations our nurses gave 3/9-3/13 for manual entry into I-CARE.\n\nClinical Records"
        + SIG,
        atts=(
            Att(
                "flu_home_vacc_0309-0313.csv",
                "text/csv",
                'last,first,dob,address,vaccine,lot,date,nurse\r\nGustafson,Nils,1938-07-02,"19 Alder Rd, Riverton IL 61109",Fluzone HD,UT8472AA,2026-03-09,ICarvalho\r\n'
                'Lopez,Amparo,1944-11-21,"610 Elm St Apt 3, Riverton IL 61109",Fluzone HD,UT8472AA,2026-03-10,ICarvalho\r\n'
                'Baptiste,Claude,1950-05-30,"4 Orchard Ct, Riverton IL 61109",Flublok,FB2231C,2026-03-12,DKim\r\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Visit records zip to elder law attorney",
        notes="Hard positive: body gives only a matter number; the zip holds a named client's visit notes and authorization.",
        frm="Clinical Records <records@brightpathhomecare.com>",
        to="paralegal@hartwellelderlaw.com",
        subject="Records - your matter 2026-114",
        body="Attached per the signed authorization you sent 3/9. Invoice for copying ($25) to follow.\n\nClinical Records"
        + SIG_SHORT,
        atts=(
            Att(
                "records_matter_2026-114.zip",
                "application/zip",
                zipped(
                    {
                        "authorization_Quist_L.txt": "Authorization for release: Lorraine M. Quist, DOB 06/11/1942, to Hartwell Elder Law for guardianship petition.\n",
                        "visit_notes_Quist_L_Jan-Mar2026.txt": (
                            "01/14 SN: Alzheimer's disease, BIMS 6/15. Disoriented to date. Husband reports she left the stove on twice.\n"
                            "02/11 SN: weight 118 lb (-6). Missed meals when husband at work.\n03/03 MSW: caregiver strain high; discussed memory care placement.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="Home health aide job posting HTML-only",
        notes="Hard negative: HTML job ad mentioning dementia, Hoyer lifts and catheter care for clients in general.",
        frm="Recruiting <careers@brightpathhomecare.com>",
        to="jobs@rivertonjobboard.com",
        subject="Job ad: Home Health Aide / CNA - $20-24/hr",
        body="",
        html=(
            "<html><body><h2>Home Health Aides - Riverton &amp; Winnebago County</h2><p>Help seniors stay at home. You'll assist clients with "
            "bathing, dressing, meals, medication reminders, catheter and ostomy care, and transfers with gait belts and Hoyer lifts. Many of our "
            "clients live with dementia, Parkinson's or stroke - we train you.</p><ul><li>$20-24/hr + mileage</li><li>Flexible shifts</li>"
            "<li>Paid CNA/HHA training</li></ul><p><a href='https://brightpathhomecare.com/careers'>Apply now</a></p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="EVV sandbox zip with synthetic clients",
        notes="Hard negative: vendor sandbox zip of explicitly synthetic clients and visits for EVV integration testing.",
        frm="IT <it@brightpathhomecare.com>",
        to="integrations@visitverify.io",
        subject="Sandbox import files - synthetic only",
        body="Hi VisitVerify team,\n\nAttached are our sandbox import files. Every client in them is synthetic (surname TESTCLIENT, fake addresses on Test St). Please confirm the GPS geofence test fails for row 3 as designed.\n\nSam Delacroix, IT",
        atts=(
            Att(
                "evv_sandbox_import.zip",
                "application/zip",
                zipped(
                    {
                        "clients.csv": "client_id,last,first,address,service\r\nSBX001,TESTCLIENT,One,100 Test St,T1019\r\nSBX002,TESTCLIENT,Two,200 Test St,S5130\r\nSBX003,TESTCLIENT,Three,300 Test St,T1019\r\n",
                        "visits.csv": "client_id,start,end,lat,lon\r\nSBX001,2026-03-17T08:00,2026-03-17T10:00,42.00,-89.00\r\nSBX003,2026-03-17T11:00,2026-03-17T12:00,0.00,0.00\r\n",
                        "README.txt": "SYNTHETIC DATA - NO REAL PERSONS. For VisitVerify sandbox tenant bph-sbx only.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Interview invitation to job applicant",
        notes="Interview invitation to an applicant's gmail; no health information.",
        frm="Recruiting <careers@brightpathhomecare.com>",
        to="jaylen.brooks.cna@gmail.com",
        subject="Interview - Home Health Aide position",
        body="Hi Jaylen,\n\nThanks for applying! Can you come in Thursday at 1:30 for an interview and skills check? Bring your CNA certificate and a photo ID. Parking is behind the building.\n\nRosa Medina\nRecruiter"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Aggregate outcomes and HHCAHPS workbook",
        notes="Hard negative: agency-level outcome percentages and survey scores in a multi-sheet workbook; no patients.",
        frm="Quality <quality@brightpathhomecare.com>",
        to="board@brightpathhomecare-advisors.org",
        subject="Board packet: 2025 outcomes and HHCAHPS",
        body="Board members - outcomes for the March meeting attached. Improvement in bathing and ambulation beat the state; timely initiation slipped in December because of the storms.\n\nDanielle",
        atts=(
            Att(
                "BP_outcomes_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "Outcomes": [
                            ["Measure", "BrightPath", "Illinois", "National"],
                            ["Improvement in ambulation %", 81.2, 78.0, 79.4],
                            ["Improvement in bathing %", 84.5, 80.1, 81.7],
                            ["Acute care hospitalization %", 13.9, 14.8, 14.6],
                            ["Timely initiation of care %", 94.0, 96.1, 95.8],
                        ],
                        "HHCAHPS": [
                            ["Question", "Top box %"],
                            ["Care of patients", 89],
                            ["Communication", 86],
                            ["Would recommend", 81],
                        ],
                        "Volume": [
                            ["Year", "Admissions", "Visits"],
                            [2024, 1184, 21402],
                            [2025, 1297, 23960],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Credentialing roster with agency and physician NPIs",
        notes="Hard negative: payer credentialing roster with the agency's and clinicians' NPIs and specialties; no patients.",
        frm="Compliance <compliance@brightpathhomecare.com>",
        to="credentialing@prairiecaremco.com",
        subject="Re-credentialing roster - BrightPath Home Health",
        body=(
            "Hello,\n\nUpdated roster for our re-credentialing packet:\n\n"
            "  Agency: BrightPath Home Health LLC, NPI 1018451462, Medicare CCN 14-7731\n"
            "  Medical director: Elena Ruiz, MD, internal medicine, NPI 1805009788\n"
            "  Consulting physician: Marcus Feld, MD, physical medicine and rehabilitation, NPI 1718227824\n"
            "  Clinical manager: Danielle Kim, RN, IL license 041.0288173\n\nCertificate of insurance attached separately.\n\nCompliance"
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="Test-mode 270 to Medicaid sandbox",
        notes="Hard negative: X12 270 sent in test mode with an explicitly fake TESTONE subscriber.",
        frm="Billing <billing@brightpathhomecare.com>",
        to="edi.testing@ilmedicaid-partners.com",
        subject="Test 270 (ISA15=T) - connectivity check",
        body="Hello EDI testing, attached is our test 270 (usage indicator T) using the TESTONE SUBSCRIBER record from your companion guide. No real member data. Please send the 271.\n\nLeah",
        atts=(Att("test_270_0009.x12", "application/edi-x12", X12_270_TEST),),
    ),
    Spec(
        phi=False,
        category="Public flu shot clinic flyer HTML-only",
        notes="Hard negative: public flu clinic invitation mentioning Medicare Part B and chronic conditions in general.",
        frm="Community Outreach <outreach@brightpathhomecare.com>",
        to="bulletin@rivertonseniorcenter.org",
        subject="For your bulletin: free flu & COVID shots at the senior center",
        body="",
        html=(
            "<html><body><h3>Flu &amp; COVID vaccine clinic</h3><p>Tuesday, March 24, 10 am - 2 pm, Riverton Senior Center. Free with Medicare "
            "Part B. Especially important if you are over 65 or live with diabetes, heart or lung disease. Bring your Medicare card. Walk-ins "
            "welcome.</p><p>Brought to you by BrightPath Home Health.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="Caregiver call-out coverage request",
        notes="Hard negative: staff coverage request for an open personal care shift described by zone only; no client identified.",
        frm="Scheduling <scheduling@brightpathhomecare.com>",
        to="caregivers-north@brightpathhomecare.com",
        cc="requests@flexcarestaffing.com",
        subject="Coverage needed today 2-6 pm north zone",
        body="Maria called out sick today. We need someone for a 2-6 pm personal care shift in the north zone, near Harlem Rd. Female caregiver preferred, no lifting. Reply or call the office - $2/hr bonus.\n\nScheduling",
    ),
    Spec(
        phi=False,
        category="BAA and contract renewal PDF to EVV vendor",
        notes="Contract renewal and business associate agreement with a vendor; no patient data.",
        frm="Compliance <compliance@brightpathhomecare.com>",
        to="contracts@visitverify.io",
        subject="Signed renewal + BAA (2026-2028)",
        body="Attached is the countersigned renewal with the updated business associate agreement. Note the new 5-day breach notification clause in 4.2.\n\nRegards,\nAngela Brandt, Compliance Officer"
        + SIG,
        atts=(
            Att(
                "BrightPath_VisitVerify_BAA_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "BUSINESS ASSOCIATE AGREEMENT - BRIGHTPATH HOME HEALTH LLC AND VISITVERIFY INC.",
                        "Term: April 1, 2026 - March 31, 2028",
                        "4.2 Business Associate shall report any breach of unsecured PHI within five (5) business days.",
                        "6.1 On termination, return or destroy all PHI.",
                        "Signed: Angela Brandt, Compliance Officer, 03/16/2026",
                    ],
                    "BAA 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified fall root cause case study",
        notes="Hard negative: de-identified case summary (age in decade, no dates, names or places) for a QI newsletter.",
        frm="Quality <quality@brightpathhomecare.com>",
        to="editor@ilhomecarealliance.org",
        subject="Case study for the spring QI newsletter",
        body=(
            "Here is our de-identified case for the 'Lessons learned' column:\n\nA client in her 80s receiving personal care fell in her bathroom "
            "while stepping out of a tub without a grab bar. Root cause analysis found that the safety assessment flagged the grab bar, but no "
            "one owned the follow-up. Changes: home safety items now route to the case manager with a 7-day due date, and aides photograph "
            "installed equipment (no people in the photo). Falls in bathrooms fell from 11 to 4 the next year.\n\nDanielle Kim, RN"
        ),
    ),
    Spec(
        phi=False,
        category="Press release on agency award",
        notes="Press release about an award; aggregate numbers only.",
        frm="Community Outreach <outreach@brightpathhomecare.com>",
        to="news@rivertonregister.com",
        subject="Press release: BrightPath earns 4.5-star quality rating",
        body='FOR IMMEDIATE RELEASE\n\nRIVERTON, Ill. - BrightPath Home Health & Personal Care has earned a 4.5-star quality of patient care rating from CMS. The agency cared for 1,297 patients across three counties in 2025. "Our aides and nurses made this happen," said CEO Grant Whitfield.\n\nMedia contact: (815) 555-0176',
    ),
    Spec(
        phi=False,
        category="W-9 with EIN and Medicare CCN to vendor",
        notes="Hard negative: agency tax ID and Medicare provider number to a vendor; number-shaped identifiers but no person.",
        frm="Accounts Payable <ap@brightpathhomecare.com>",
        to="vendorsetup@medline-distrib.com",
        subject="Vendor setup - BrightPath Home Health LLC",
        body="Hello,\n\nFor our new account: legal name BrightPath Home Health LLC, EIN 36-4418207, Medicare CCN 14-7731, Illinois home health license 1004471. Remit to 915 Commerce Parkway, Suite 200. W-9 to follow by fax.\n\nAccounts Payable",
    ),
    Spec(
        phi=False,
        category="Phishing alert and MFA rollout",
        notes="IT security notice about a phishing campaign and MFA; no patient data.",
        frm="IT <it@brightpathhomecare.com>",
        to="allstaff@brightpathhomecare.com",
        subject="Phishing alert: fake 'payroll update' texts + MFA on the visit app",
        body="Several caregivers got texts asking them to 'confirm payroll' at a fake site. Don't click. Starting Monday the visit app requires a one-time code at login. Call IT at ext. 30 if you're locked out.\n\nIT",
    ),
    Spec(
        phi=False,
        category="Referral thank-you with aggregate counts",
        notes="Hard negative: thanks a physician office for 14 referrals with outcome percentages; no patient named.",
        frm="Grant Whitfield <gwhitfield@brightpathhomecare.com>",
        to="office.manager@riverton-internalmed.com",
        subject="Thank you for a great Q1",
        body="Hi Carla,\n\nThanks to Dr. Ruiz and your team for trusting us with 14 referrals this quarter. 12 of those patients completed their episodes at home, and none were readmitted within 30 days. Lunch is on us next Wednesday!\n\nGrant Whitfield, CEO"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Blank caregiver skills checklist DOCX",
        notes="Hard negative: blank competency checklist with placeholder fields for client name and diagnosis.",
        frm="Staff Development <training@brightpathhomecare.com>",
        to="nurse.educators@brightpathhomecare.com",
        cc="training@flexcarestaffing.com",
        subject="Updated HHA competency checklist",
        body="Educators - please use the attached version from now on. The field agency will use the same form for their aides.\n\nThanks",
        atts=(
            Att(
                "HHA_competency_checklist_v5.docx",
                DOCX,
                docx(
                    [
                        "BrightPath HHA Skills Competency Checklist (v5)",
                        "Aide name: __________  Date: __________  Evaluator RN: __________",
                        "Observed with client (initials only): ____  Client diagnosis relevant to skill: ____",
                        "[ ] Hand hygiene  [ ] Vital signs  [ ] Catheter care  [ ] Transfer with gait belt  [ ] Hoyer lift",
                        "[ ] Recognises and reports skin changes  [ ] Blood glucose meter check",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff CPR class invite",
        notes="Calendar invite for a staff CPR recertification class.",
        frm="Staff Development <training@brightpathhomecare.com>",
        to="allstaff@brightpathhomecare.com",
        subject="CPR/BLS recert - Saturday 3/28",
        body="Two seats left in Saturday's BLS class. Paid time. Reply to reserve.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BrightPath//Training//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:bls-20260328@brightpathhomecare.com\r\nDTSTAMP:20260316T120000Z\r\nDTSTART:20260328T140000Z\r\nDTEND:20260328T180000Z\r\n"
            "SUMMARY:BLS recertification\r\nLOCATION:BrightPath training room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="State survey result acknowledgement",
        notes="Acknowledges a deficiency-free state survey; no patient.",
        frm="Grant Whitfield <gwhitfield@brightpathhomecare.com>",
        to="homehealth.survey@illinoisdph.gov",
        subject="RE: Recertification survey 3/2-3/4 - BrightPath (CCN 14-7731)",
        body="Thank you for the exit letter confirming no deficiencies at our recertification survey. We appreciated the surveyors' courtesy during home visits.\n\nGrant Whitfield, Administrator"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Forwarded Medicaid personal care rate notice",
        notes="Hard negative: forwarded state rate notice listing HCPCS codes and unit rates; no individual.",
        frm="Leah Strand <lstrand@brightpathhomecare.com>",
        to="Ashley Moreno <amoreno@homehealthrcm.com>",
        subject="FW: Rate notice - in-home services effective 7/1",
        body="Ashley - FYI for the fee schedule load. Please update T1019 and S5130 before July claims.",
        forward=Spec(
            phi=False,
            category="fwd",
            notes="fwd",
            frm="IL Department on Aging <doa.providers@illinoisaging.gov>",
            to="billing@brightpathhomecare.com",
            subject="Rate notice - in-home services effective 7/1",
            body="Effective July 1, 2026, Community Care Program rates: T1019 personal care $7.12 per 15 min; S5130 homemaker $7.12 per 15 min; S5135 companion $5.90 per 15 min. Providers must update billing systems; no action needed for claims before 7/1.",
        ),
    ),
    Spec(
        phi=False,
        category="Aggregated client satisfaction comments text file",
        notes="Hard negative: survey summary with percentages and comments scrubbed of names; no client identifiable.",
        frm="Quality <quality@brightpathhomecare.com>",
        to="allstaff@brightpathhomecare.com",
        subject="What our clients said this winter",
        body="Survey results attached - great work everyone. Names were removed from comments before sharing.",
        atts=(
            Att(
                "winter_survey_summary.txt",
                "text/plain",
                "BrightPath client survey, Dec-Feb (n=212, response 48%)\nWould recommend: 91%\nAide arrives on time: 84%\n"
                'Comments (names removed):\n- "My aide [name] treats my mother like family."\n- "Nurse explained my new heart pills clearly."\n'
                '- "Schedulers change times too often."\n',
            ),
        ),
    ),
]
