"""Clearbrook Hearing & Audiology (audiology and hearing aid practice): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

FRONT = "Clearbrook Hearing & Audiology <frontdesk@clearbrookhearing.com>"
MARSH = '"Helena Marsh, AuD" <hmarsh@clearbrookhearing.com>'
REIN = '"Tobias Reinholt, AuD" <treinholt@clearbrookhearing.com>'
BILL = "Clearbrook Billing <billing@clearbrookhearing.com>"
FOOT = "\n\nClearbrook Hearing & Audiology\n4410 Clearbrook Pkwy, Suite 200, Madison, WI 53711\nPhone (608) 555-0112 | Fax (608) 555-0113"

MESSAGES = [
    Spec(
        phi=True,
        category="diagnostic audiogram report to referring ENT",
        notes="Audiology report PDF to the referring ENT naming the patient with DOB, asymmetric sensorineural hearing loss and an MRI recommendation.",
        frm=MARSH,
        to="referrals@lakeshore-ent.com",
        subject="Audiology report - referral from Dr. Hessing",
        body="Dr. Hessing,\n\nThank you for the referral. The full report for the patient you sent over on 4/8 is attached. Short version: asymmetric SNHL, right worse than left, word recognition 64% right vs 92% left. Given the asymmetry I'd recommend an MRI IAC to rule out retrocochlear pathology.\n\nHelena Marsh, AuD\nClinical Director"
        + FOOT,
        atts=(
            Att(
                "CBH_Audiology_Report_Lindgren_W.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARBROOK HEARING & AUDIOLOGY - DIAGNOSTIC AUDIOLOGIC EVALUATION",
                        "Patient: Walter Lindgren   DOB: 02/19/1958   Chart: CB-0041872",
                        "Date of service: 04/08/2026   Referring: Karl Hessing, MD (Lakeshore ENT)",
                        "Pure tone: R moderate-to-severe SNHL 2-8 kHz; L mild SNHL 4-8 kHz",
                        "WRS: R 64% @ 80 dB HL; L 92% @ 65 dB HL. Tympanometry Type A AU.",
                        "Impression: asymmetric sensorineural hearing loss (H90.41 pattern), unilateral tinnitus R.",
                        "Recommendation: MRI IAC with contrast; hearing aid evaluation after medical clearance.",
                    ],
                    "Diagnostic audiologic evaluation",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hearing aid fitting appointment invite to patient",
        notes="Calendar invitation to the patient's gmail for her hearing aid fitting, naming her and the devices ordered.",
        frm=FRONT,
        to="gloria.paquette54@gmail.com",
        subject="Your appointment at Clearbrook Hearing",
        body="Hi Gloria,\n\nYour new Oticon Intent 1 hearing aids arrived, so we've booked your fitting with Priya Castellano on Tuesday, April 21 at 10:30. Please bring your current aids and any questions. The appointment is about 90 minutes.\n\nSee you then,\nJoanne at the front desk"
        + FOOT,
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Clearbrook Hearing//Scheduling//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:cbh-appt-77120@clearbrookhearing.com\nDTSTAMP:20260413T140000Z\nDTSTART:20260421T153000Z\nDTEND:20260421T170000Z\nSUMMARY:Hearing aid fitting - Gloria Paquette\nLOCATION:Clearbrook Hearing & Audiology, Suite 200\nDESCRIPTION:Fitting of bilateral Oticon Intent 1 RIC aids with Priya Castellano HIS\nORGANIZER:mailto:frontdesk@clearbrookhearing.com\nATTENDEE:mailto:gloria.paquette54@gmail.com\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=True,
        category="repair return text to patient's daughter with serial",
        notes="Hard positive: a two-line note to a daughter's icloud saying her father's hearing aid (serial number given) is back from repair; name plus device and care.",
        frm="Priya Castellano <pcastellano@clearbrookhearing.com>",
        to="annie.okafor.r@icloud.com",
        subject="dad's left aid",
        body="Hi Annie - your dad's left Phonak (SN 2214X0937) is back from the repair lab, new receiver and mic cover. He can pick it up any day this week, no charge (warranty). - Priya",
    ),
    Spec(
        phi=True,
        category="837P hearing aid claim to clearinghouse",
        notes="Hard positive: X12 837P file with the patient's name, member ID, DOB and hearing aid HCPCS codes; the body says only 'batch attached'.",
        frm=BILL,
        to="submissions@claimbridge-edi.com",
        subject="CBH batch 0414 - 1 claim",
        body="Batch 0414 attached. Submitter ID CBH0412. Please confirm 999 acceptance.\n\nCarla Vennard\nBilling",
        atts=(
            Att(
                "CBH_0414.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*CBH0412        *ZZ*CLAIMBRIDGE    *260414*0930*^*00501*000000414*0*P*:~\n"
                "GS*HC*CBH0412*CLAIMBRIDGE*20260414*0930*414*X*005010X222A1~\n"
                "ST*837*0001*005010X222A1~\n"
                "BHT*0019*00*CBH0414*20260414*0930*CH~\n"
                "NM1*85*2*CLEARBROOK HEARING AND AUDIOLOGY*****XX*1241540453~\n"
                "NM1*IL*1*DRUMMOND*EVELYN*R***MI*BCW558104427~\n"
                "DMG*D8*19470612*F~\n"
                "CLM*CB77102*4980***11:B:1*Y*A*Y*Y~\n"
                "HI*ABK:H9013~\n"
                "LX*1~\nSV1*HC:V5261:RT*2490*UN*1***1~\nDTP*472*D8*20260407~\n"
                "LX*2~\nSV1*HC:V5261:LT*2490*UN*1***1~\nDTP*472*D8*20260407~\n"
                "SE*15*0001~\nGE*1*414~\nIEA*1*000000414~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 audiometry result to hospital EHR",
        notes="Hard positive: HL7 ORU message to the hospital interface with patient name, MRN, DOB and audiometry findings; body is only routing text.",
        frm="Clearbrook Interfaces <interfaces@clearbrookhearing.com>",
        to="hl7-inbound@stmarkshealth.org",
        subject="ORU resend - control CB260414-07",
        body="Resending control CB260414-07, the original was rejected for a missing OBR-4. Fixed on our side.",
        atts=(
            Att(
                "CB260414-07.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|CBH_NOAH|CLEARBROOK|EPIC|STMARKS|202604140812||ORU^R01|CB260414-07|P|2.5.1\r"
                "PID|1||SM4471930^^^STMARKS^MR||VANG^KOU^||19710303|M|||1822 Fordem Ave^^Madison^WI^53704\r"
                "OBR|1||CB55310|92557^Comprehensive audiometry^CPT|||20260410\r"
                "OBX|1|TX|AUDIO^Audiogram||Bilateral moderate noise-induced SNHL with 4 kHz notch||||||F\r"
                "OBX|2|TX|REC^Recommendation||Bilateral amplification; hearing protection counseling||||||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="cochlear implant candidacy prior authorization letter",
        notes="Letter of medical necessity (DOCX) to the health plan with the member's name, member ID and cochlear implant candidacy results.",
        frm=REIN,
        to="priorauth@badgerstatehealthplan.com",
        cc="billing@clearbrookhearing.com",
        subject="Prior authorization - cochlear implant candidacy evaluation",
        body="Please find attached our letter of medical necessity for a cochlear implant candidacy evaluation. The plan's form PA-112 is included in the same document.\n\nTobias Reinholt, AuD"
        + FOOT,
        atts=(
            Att(
                "LMN_CI_candidacy_Bergstrom.docx",
                DOCX,
                docx(
                    [
                        "Clearbrook Hearing & Audiology - Letter of Medical Necessity",
                        "Member: Marit Bergstrom   DOB 09/30/1963   Member ID: BSH-66120984",
                        "Diagnosis: bilateral severe-to-profound sensorineural hearing loss (H90.3).",
                        "AzBio sentences in quiet with best-fit bilateral hearing aids: 28% (R), 34% (L), 41% binaural.",
                        "The patient no longer benefits meaningfully from appropriately fit amplification and meets FDA labeled criteria.",
                        "Requested: CI candidacy evaluation (92557, 92626, 92627) and surgical consult.",
                        "Tobias Reinholt, AuD, CCC-A   NPI: 1097895985",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="personalised annual recall email HTML",
        notes="Hard positive: HTML-only recall reminder to a patient's aol mailbox naming him, his current hearing aids and the date of his last test.",
        frm="Clearbrook Hearing <reminders@clearbrookhearing.com>",
        to="fhartwig1949@aol.com",
        subject="Frank, it's time for your annual hearing check",
        body="",
        html="<html><body style='font-family:Arial'><p>Hi Frank,</p><p>It has been a year since your last hearing test with us (April 2, 2025). Your Starkey Genesis aids are also due for their annual clean and check.</p><p><a href='https://book.clearbrookhearing.com/?p=44120'>Book online</a> or call (608) 555-0112.</p><p>Clearbrook Hearing &amp; Audiology</p></body></html>",
    ),
    Spec(
        phi=True,
        category="balance statement for hearing aids to patient",
        notes="Statement to the patient's yahoo mailbox showing his name, account, hearing aid purchase and the balance after insurance.",
        frm=BILL,
        to="dale.sorensen.wi@yahoo.com",
        subject="Statement from Clearbrook Hearing",
        body="Dear Dale Sorensen,\n\nAccount CB-0039254\n\n03/17/2026 Hearing aids, bilateral (Widex Moment Sheer 440)  $5,200.00\n03/17/2026 Fitting/orientation                               $0.00\n04/01/2026 Insurance payment (Quartz)                    -$2,000.00\n04/01/2026 Patient payment                                 -$1,000.00\nBalance due: $2,200.00\n\nYour 0% financing plan payment of $183.33 is due May 1. Reply or call (608) 555-0114 with any questions."
        + FOOT,
    ),
    Spec(
        phi=True,
        category="forwarded patient tinnitus question to ENT",
        notes="Hard positive: audiologist forwards the patient's own email about worsening tinnitus and dizziness to the ENT office; names and symptoms are inside the forwarded message.",
        frm=MARSH,
        to="nurse.line@lakeshore-ent.com",
        subject="FW: ringing worse",
        body="Hi Dana - forwarding this from a shared patient. The new vertigo makes me think she should be seen on your side sooner than her June follow-up. Can you call her?\n\nHelena",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Rosalind Teague <rteague.home@outlook.com>",
            to="hmarsh@clearbrookhearing.com",
            subject="ringing worse",
            body="Dr. Marsh, since Sunday the ringing in my left ear is much louder and twice I've had the room spinning for about an hour, with the ear feeling full. Should I still wait for my June appointment with Dr. Hessing? My number is 608-555-0176.\n\nRosalind Teague",
        ),
    ),
    Spec(
        phi=True,
        category="tinnitus retraining counseling summary to patient",
        notes="Session summary to the patient's outlook mailbox with his name, tinnitus severity scores and sound generator settings.",
        frm=REIN,
        to="marcus.elwood@outlook.com",
        subject="Notes from today's session",
        body="Marcus,\n\nAs promised, a summary of today's tinnitus session:\n- Tinnitus Handicap Inventory: 58 today (was 72 in February), so moving in the right direction.\n- Sound generator on your aids: broadband noise at 2 steps below your mixing point, both programs.\n- Keep the fan or nature sounds at bedtime; aim for 6+ hours of enrichment per day.\n- Sleep is still the biggest issue; please do mention it to Dr. Amari at your primary care visit.\n\nNext session May 12.\n\nTobias"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="recall mailing list to print vendor",
        notes="Hard positive: CSV to a mailing house listing patients' names, home addresses and hearing aid model and purchase date for an upgrade campaign (list segmented by condition).",
        frm="Marketing <marketing@clearbrookhearing.com>",
        to="jobs@printpostmidwest.com",
        subject="Upgrade postcard list - job 4471",
        body="Hi Terri,\n\nHere's the list for the 'time for an upgrade' postcard (aids purchased 2021). 5 addresses in this test run, the full file next week. Artwork v3 is approved.\n\nThanks,\nMegan",
        atts=(
            Att(
                "upgrade_postcard_2021_buyers.csv",
                "text/csv",
                "first,last,address,city,zip,current_device,purchased\n"
                "Harold,Nyquist,512 Oak Crest Dr,Verona,53593,Phonak Marvel M90,2021-03-11\n"
                "Lorraine,Beaulieu,88 Tamarack Trl,Fitchburg,53711,Oticon More 1,2021-06-02\n"
                "Gene,Ostrowski,2019 Sheridan Dr,Monona,53716,ReSound One 9,2021-07-19\n"
                "Betty,Kaminski,401 W Main St Apt 3,Sun Prairie,53590,Widex Moment 440,2021-09-30\n"
                "Arnold,Pfeiffer,6620 Century Ave,Middleton,53562,Phonak Marvel M70,2021-11-08\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="newborn hearing rescreen refer to pediatrician",
        notes="Rescreen results to the pediatric clinic naming the infant, DOB and a failed (refer) ABR in one ear.",
        frm=MARSH,
        to="nursing@prairiepeds.com",
        subject="Outpatient newborn rescreen results",
        body="Hello,\n\nOutpatient rescreen for your patient:\n\nInfant: Baby boy Atwater (Theo Atwater), DOB 03/27/2026\nParent: Kelsey Atwater, (608) 555-0181\nAutomated ABR 04/10/2026: PASS left, REFER right\n\nWe've scheduled a diagnostic ABR under natural sleep for April 24. Please let the family know you've received this.\n\nHelena Marsh, AuD"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Medicare Advantage claim question with MBI",
        notes="Hard positive: claim inquiry to the plan's provider services giving the beneficiary's name, Medicare MBI and the hearing evaluation date.",
        frm=BILL,
        to="providerservices@northwoodsmedicareplus.com",
        subject="Claim status inquiry",
        body="Hello,\n\nWe have not received a remittance for the following claim, submitted 03/02/2026:\n\nMember: Ruth Ellingson\nMBI: 4TW7-HK2-RD63\nDOB: 11/04/1939\nDOS: 02/24/2026, CPT 92557 and 92567\nBilling NPI: 1241540453\n\nThe portal shows 'pending' for 40 days. Could you tell us whether anything is needed from us?\n\nCarla Vennard\nBilling Specialist"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="FHIR referral bundle to VA community care",
        notes="FHIR JSON bundle sent to the VA community care office with the veteran's name, DOB and tinnitus/hearing loss conditions.",
        frm=REIN,
        to="communitycare.madison@va-cc-partners.org",
        subject="Consult return for VA referral 26-CC-88412",
        body="Attached is the consult return for referral 26-CC-88412 in the FHIR format your portal asked for. Hearing aids were ordered through the VA contract as authorized.\n\nTobias Reinholt, AuD",
        atts=(
            Att(
                "consult_return_26-CC-88412.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": ['
                '{"resource": {"resourceType": "Patient", "id": "vet1", "name": [{"family": "Dunleavy", "given": ["Raymond"]}], "birthDate": "1968-05-17", "gender": "male"}},'
                '{"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/vet1"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "H93.13", "display": "Tinnitus, bilateral"}]}}},'
                '{"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/vet1"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "H90.3", "display": "Sensorineural hearing loss, bilateral"}]}}}'
                "]}",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ear impression photo to hearing aid lab",
        notes="Hard positive: a PNG of an ear impression whose file name and the body identify the patient, sent to the custom earmold lab.",
        frm="Priya Castellano <pcastellano@clearbrookhearing.com>",
        to="orders@precisionearmold.com",
        subject="Remake - order 58812",
        body="Hi, remake request for order 58812 (Tomasz Wojcik, left canal, was loose after his weight loss). New impression photo attached, canal lock requested, same vent. Physical impression ships today.\n\nPriya",
        atts=(Att("impression_Wojcik_T_L.png", "image/png", png(8, 6, (224, 176, 150))),),
    ),
    Spec(
        phi=True,
        category="occupational hearing conservation shift report to employer",
        notes="Hard positive: employer-contracted hearing conservation results naming employees with standard threshold shifts, sent to the plant safety manager.",
        frm=REIN,
        to="safety@badgercanning.com",
        subject="Annual audiograms - follow-up needed",
        body="Hi Luis,\n\nFrom the March 26 mobile testing day, three employees showed a standard threshold shift and need a retest within 30 days:\n\n| Employee | Dept | Ear | STS |\n| Nathan Brill | Line 2 | Left | 12 dB avg |\n| Shirley Mendez | Retort | Both | 11 dB / 14 dB |\n| Dwayne Ohlsen | Maintenance | Right | 15 dB (recordable) |\n\nDwayne's shift meets OSHA recordability; please log it. Retests can be done here any weekday morning.\n\nTobias Reinholt, AuD"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="hearing aid warranty claim to manufacturer",
        notes="Warranty claim to the manufacturer's service portal naming the patient, device serial and the loss of the aid.",
        frm="Priya Castellano <pcastellano@clearbrookhearing.com>",
        to="service-us@sonovaservicecenter.com",
        subject="Loss & damage claim - SN 2301K4418",
        body="Account 40122 (Clearbrook Hearing)\n\nLoss and damage claim:\nEnd user: Beverly Thorsen, 77 Lakewood Blvd, Madison WI 53704\nDevice: Audeo Lumity L90-R, right, SN 2301K4418, fit 06/14/2024\nCircumstance: lost while swimming at the YMCA on 04/05/2026\nDeductible $275 collected from patient.\n\nPlease ship the replacement programmed to the attached fitting. Thank you."
        + FOOT,
    ),
    Spec(
        phi=True,
        category="daily schedule sent to covering audiologist personal mailbox",
        notes="Hard positive: tomorrow's appointment table sent to a covering audiologist's gmail, with patient names, times and visit types.",
        frm=FRONT,
        to="dr.noorkhan.aud@gmail.com",
        subject="tomorrow - your list",
        body="",
        html="<html><body><p>Hi Dr. Khan, thanks again for covering Thursday. Your list:</p><table border='1' cellpadding='3'><tr><th>Time</th><th>Patient</th><th>Visit</th></tr><tr><td>8:30</td><td>Eleanor Fisk</td><td>Hearing aid check, feedback L</td></tr><tr><td>9:15</td><td>Jorge Villalobos</td><td>Diagnostic eval, sudden hearing loss R (ENT referral)</td></tr><tr><td>10:30</td><td>Patricia Lund</td><td>Tinnitus consult</td></tr><tr><td>1:00</td><td>Samuel Gerrity</td><td>Cochlear implant mapping</td></tr></table><p>Charts are in Noah under the usual login. - Joanne</p></body></html>",
    ),
    Spec(
        phi=True,
        category="zip of records to patient's new audiologist",
        notes="Hard positive: zip of audiograms and fitting reports for a patient moving away, with his name in the body and files.",
        frm=FRONT,
        to="records@coastalhearingcare.com",
        subject="Records request - signed authorization on file",
        body="Per the signed authorization you faxed 4/9, attached are the requested records for Leonard Achterberg (DOB 08/22/1952): two audiograms and the REM fitting report. He said he'll be in your office in May.\n\nJoanne Pruett\nFront Office"
        + FOOT,
        atts=(
            Att(
                "Achterberg_records.zip",
                "application/zip",
                zipped(
                    {
                        "audiogram_2025-03-04.txt": "Leonard Achterberg DOB 08/22/1952\nMild sloping to severe SNHL bilaterally. WRS 84% R, 80% L.\n",
                        "audiogram_2026-03-10.txt": "Leonard Achterberg\nStable compared with 2025. Tympanometry normal.\n",
                        "REM_fitting_2025-04-01.txt": "Real ear verification to NAL-NL2, Phonak Lumity L70 RIC, both ears within 5 dB of target.\n",
                    }
                ),
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="hearing aid purchase order with SSN-shaped PO number",
        notes="Hard negative: stock purchase order to the manufacturer; the SSN-shaped string is the PO number and no patient is named.",
        frm="Clearbrook Purchasing <purchasing@clearbrookhearing.com>",
        to="orders-us@oticonprofessional.com",
        subject="PO 287-40-1195 - stock order",
        body="Please process PO 287-40-1195 for account 40122:\n\n6 x Oticon Intent 2 miniRITE R, beige\n4 x Oticon Intent 2 miniRITE R, chestnut\n20 x miniFit 85 receivers, size 2\n10 x charger 2.0\n\nShip ground to Suite 200. Net 30.\n\nNina Hallstrom\nOffice Manager"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="audiology grand rounds CE announcement with diseases",
        notes="Hard negative: CE flyer naming audiologists and the conditions their talks cover (Meniere's disease, otosclerosis); no patient.",
        frm=MARSH,
        to="wi-audiology-list@wisaudiology.org",
        subject="Spring grand rounds - 2 CEUs",
        body="Colleagues,\n\nClearbrook is hosting spring grand rounds on Friday, May 8, 8:00-10:00, in our Suite 200 conference room and on Zoom.\n\n- Dr. Tobias Reinholt, AuD: Meniere's disease and the audiologist's role in vestibular triage\n- Dr. Aisha Okonjo, MD (Lakeshore ENT): Otosclerosis: when to refer for stapedectomy\n\n0.2 AAA CEUs. Free for members. RSVP to this address.\n\nHelena Marsh, AuD"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="aggregate fitting and return statistics workbook",
        notes="Hard negative: multi-sheet workbook of monthly fittings, return-for-credit rates by brand and hearing-loss categories as counts only.",
        frm=MARSH,
        to="owners@clearbrookhearing.com",
        subject="Q1 dashboard",
        body="Q1 numbers attached. Returns down to 6.1%. Tab 3 has the breakdown by degree of loss, counts only.",
        atts=(
            Att(
                "CBH_Q1_2026_dashboard.xlsx",
                XLSX,
                xlsx(
                    {
                        "Fittings": [
                            ["Month", "New fittings", "Replacements", "Binaural %"],
                            ["Jan", 41, 12, 0.88],
                            ["Feb", 38, 15, 0.9],
                            ["Mar", 52, 11, 0.87],
                        ],
                        "Returns": [
                            ["Brand", "Fit", "Returned", "Rate"],
                            ["Oticon", 58, 3, 0.052],
                            ["Phonak", 49, 4, 0.082],
                            ["Widex", 24, 1, 0.042],
                        ],
                        "Degree of loss": [
                            ["Category", "Patients evaluated"],
                            ["Normal", 61],
                            ["Mild", 88],
                            ["Moderate", 104],
                            ["Severe/profound", 23],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank adult case history form",
        notes="Hard negative: blank intake/case-history DOCX with empty fields for name, DOB, tinnitus and medications; no patient data.",
        frm=FRONT,
        to="webmaster@clearbrookhearing.com",
        subject="Updated intake form for the website",
        body="Hi Sam, please replace the PDF on the New Patients page with this version (adds the tinnitus and dizziness questions). Thanks!",
        atts=(
            Att(
                "CBH_Adult_Case_History_2026.docx",
                DOCX,
                docx(
                    [
                        "Clearbrook Hearing & Audiology - Adult Case History",
                        "Name: ____________________   Date of birth: ___/___/______",
                        "Do you have ringing or buzzing in your ears (tinnitus)?  [ ] Yes  [ ] No",
                        "Have you had dizziness or vertigo in the past year?  [ ] Yes  [ ] No",
                        "History of ear surgery, ear infections or noise exposure: ____________________",
                        "Current medications: ____________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="audiologist NPIs for payer credentialing",
        notes="Hard negative: credentialing roster of the practice's audiologists with their NPIs and licence dates; provider identifiers, not patients.",
        frm="Nina Hallstrom <nhallstrom@clearbrookhearing.com>",
        to="credentialing@badgerstatehealthplan.com",
        subject="Roster update - Clearbrook Hearing",
        body="Hello,\n\nPlease update our group roster:\n\nHelena Marsh, AuD - NPI: 1241540453 - WI audiology licence exp 01/31/2027\nTobias Reinholt, AuD - NPI: 1097895985 - WI audiology licence exp 01/31/2027\nNoor Khan, AuD (per diem, add) - NPI: 1823129832\n\nGroup NPI and TIN unchanged. Thank you.\n\nNina Hallstrom\nOffice Manager"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Better Hearing Month open house invitation",
        notes="Hard negative: community open house invitation with free hearing screenings advertised; no individual.",
        frm="Clearbrook Hearing <events@clearbrookhearing.com>",
        to="events@fitchburgseniorcenter.org",
        subject="Invitation: Better Hearing Month open house, May 14",
        body="Hello Maribel,\n\nWe'd love for your members to join us for our Better Hearing Month open house: free 10-minute hearing screenings, hearing aid cleanings and a talk on hearing and dementia risk. Invitation attached; feel free to forward.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Clearbrook Hearing//Events//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:cbh-bhm-2026@clearbrookhearing.com\nDTSTAMP:20260413T150000Z\nDTSTART:20260514T150000Z\nDTEND:20260514T190000Z\nSUMMARY:Better Hearing Month open house\nLOCATION:Clearbrook Hearing & Audiology, 4410 Clearbrook Pkwy\nDESCRIPTION:Free screenings, hearing aid cleanings, talk at 11:00\nORGANIZER:mailto:events@clearbrookhearing.com\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=False,
        category="audiometer calibration certificate",
        notes="Hard negative: calibration certificate PDF with equipment serial numbers and test dates; the serials are of clinic equipment, not a patient's device.",
        frm="Nina Hallstrom <nhallstrom@clearbrookhearing.com>",
        to="compliance@clearbrookhearing.com",
        subject="Annual calibration certificates 2026",
        body="Filing the 2026 calibration certificates from AudioTech Services for the booth audiometers. All passed ANSI S3.6.",
        atts=(
            Att(
                "Calibration_2026_Booth1.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARBROOK HEARING & AUDIOLOGY - EQUIPMENT CALIBRATION RECORD",
                        "Device: GSI AudioStar Pro, SN AS4-220815   Booth 1",
                        "Calibrated 04/06/2026 by AudioTech Services (tech: R. Olander)",
                        "Air conduction, bone conduction, speech and masking within ANSI S3.6-2018 tolerance.",
                        "Next due: 04/2027",
                    ],
                    "Calibration record",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="tinnitus awareness newsletter HTML",
        notes="Hard negative: HTML-only general newsletter on tinnitus management sent to the subscriber list, with no individual.",
        frm="Clearbrook Hearing <news@clearbrookhearing.com>",
        to="subscribers@lists.clearbrookhearing.com",
        subject="Living with ringing ears: 5 things that help",
        body="",
        html="<html><body><h2>Living with tinnitus</h2><p>About 1 in 10 adults has tinnitus. What helps: sound enrichment, hearing aids with built-in sound generators, sleep routines and cognitive behavioral approaches.</p><p>Ask us about a tinnitus consultation at (608) 555-0112.</p><p><small>To unsubscribe reply STOP.</small></p></body></html>",
    ),
    Spec(
        phi=False,
        category="price inquiry reply to prospective customer",
        notes="Hard negative: reply to a member of the public's gmail with general hearing aid price tiers; he has not been seen and no health detail of his is given.",
        frm=FRONT,
        to="tom.brandvold@gmail.com",
        subject="RE: How much are hearing aids?",
        body="Hi Tom,\n\nThanks for asking. Our bundled pricing (per pair, including 3 years of follow-up care):\n- Essential tier: $2,400\n- Advanced tier: $3,900\n- Premium tier: $5,600\nOver-the-counter options start around $800 and we're happy to help you with those too.\n\nA hearing test is $95 and many insurance plans cover it. You can book online anytime.\n\nJoanne"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="sound booth repair quote to contractor",
        notes="Vendor mail about a sound booth door seal repair; no patient.",
        frm="Nina Hallstrom <nhallstrom@clearbrookhearing.com>",
        to="service@acoustisealbooths.com",
        subject="Booth 2 door seal - quote request",
        body="Hi,\n\nThe magnetic door seal on our booth 2 (IAC 250 series, installed 2017) is peeling at the bottom corner and the ambient noise check failed at 500 Hz. Could you quote a seal replacement and a re-certification? Mornings before 8 work best.\n\nNina"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="staff notice about EHR downtime",
        notes="Staff notice about a planned practice-management software upgrade; no patient.",
        frm="Clearbrook IT <it@clearbrookhearing.com>",
        to="allstaff@clearbrookhearing.com",
        subject="Noah/Sycle downtime Saturday 6-10am",
        body="All,\n\nSycle and Noah will be offline Saturday 6-10am for the version upgrade. Print Saturday's schedule Friday evening. If you fit anyone before 10, document on paper and enter it Monday.\n\nThanks,\nSam",
    ),
    Spec(
        phi=False,
        category="hearing aid fitting training with fictional patient",
        notes="Hard negative: training slide text for new staff with an obviously fictional example patient ('Test Patient, DOB 01/01/1900').",
        frm="Priya Castellano <pcastellano@clearbrookhearing.com>",
        to="newhires@clearbrookhearing.com",
        subject="Training: entering a fitting in Sycle",
        body="Welcome aboard! Walkthrough for Thursday's training. Use the sandbox only.\n\n1. Search 'Test Patient' (DOB 01/01/1900, chart TEST-0001).\n2. Add a fitting: Example Brand RIC, serial EXAMPLE-000.\n3. Diagnosis field: pick any code from the dropdown, e.g. H90.3, just to see the validation.\n4. Never use a real patient chart for practice.\n\nPriya",
    ),
    Spec(
        phi=False,
        category="payer fee schedule csv",
        notes="Hard negative: fee schedule CSV of CPT/HCPCS codes and contracted rates; no individual.",
        frm=BILL,
        to="contracts@quartzhealthbenefits.com",
        subject="Fee schedule review 2026",
        body="Attached is our current charge master for the codes in the amendment, for your comparison with the proposed rates.",
        atts=(
            Att(
                "CBH_fee_schedule_2026.csv",
                "text/csv",
                "code,description,charge,proposed_allowed\n92557,Comprehensive audiometry,145.00,98.40\n92567,Tympanometry,45.00,27.10\n92550,Tympanometry and reflex,65.00,39.80\nV5261,Hearing aid digital binaural BTE,2490.00,1250.00\n92626,Eval of auditory function 1st hr,180.00,112.60\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="referral thank-you with aggregate counts",
        notes="Hard negative: thank-you note to a referring physician with only aggregate counts of referrals and outcomes.",
        frm=MARSH,
        to="kessler@maplebluffprimary.com",
        subject="Thank you for a year of referrals",
        body="Dr. Kessler,\n\nA quick thank you: in 2025 your practice referred 63 patients to us. 41 were fit with hearing aids, 9 were sent on to ENT and the rest were normal or monitored. We've added same-week slots for your referrals starting May.\n\nWarmly,\nHelena Marsh, AuD"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="used hearing aid donation programme",
        notes="Mail to a Lions Club about collecting donated hearing aids; no individual.",
        frm=FRONT,
        to="secretary@veronalionsclub.org",
        subject="Hearing aid donation box",
        body="Hi Gary,\n\nOur donation box is full again (about 30 aids). We'll have them bagged for pickup by Friday for the Lions hearing aid recycling program. Thanks to your members for spreading the word.\n\nJoanne"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="office closure notice to staff personal mailbox",
        notes="Staff notice about a weather closure sent to an employee's personal hotmail; no patient.",
        frm="Nina Hallstrom <nhallstrom@clearbrookhearing.com>",
        to="priya.castellano88@hotmail.com",
        subject="Closed tomorrow - ice",
        body="Priya, we're closing tomorrow for the ice storm. Front desk is calling the schedule tonight; nothing you need to do. Stay safe. - Nina",
    ),
    Spec(
        phi=False,
        category="hearing screening event supplies order txt",
        notes="Supply checklist as a text attachment for a health fair; no individual.",
        frm="Clearbrook Hearing <events@clearbrookhearing.com>",
        to="volunteers@clearbrookhearing.com",
        subject="Health fair packing list",
        body="Packing list for the Saturday health fair attached. Please initial when packed.",
        atts=(
            Att(
                "health_fair_packing.txt",
                "text/plain",
                "Portable audiometer + headphones (2)\nOtoscope, specula (box)\nScreening tally sheets (counts only, no names)\nBrochures: tinnitus, OTC aids, hearing protection\nFoam earplug samples (500)\nTablecloth, banner\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="dispensing licence renewal to state board",
        notes="Licence renewal correspondence for a hearing instrument specialist; staff licensing, no patient.",
        frm="Priya Castellano <pcastellano@clearbrookhearing.com>",
        to="dsps-hearing@wisconsin-licensing.net",
        subject="Renewal - hearing instrument specialist licence",
        body="Hello,\n\nI submitted my renewal on 4/3 with 20 hours of CE certificates. The portal still shows 'pending documents'. Could you confirm whether anything is missing?\n\nPriya Castellano, HIS\nClearbrook Hearing & Audiology",
    ),
]
