"""Lakeshore Bariatric & Metabolic Institute (bariatric surgery programme): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

NAV = "Kara Lindqvist RN <klindqvist@lakeshorebariatric.org>"
SIG = "\n\nLakeshore Bariatric & Metabolic Institute\n2200 N Prospect Ave, Suite 400, Milwaukee, WI 53202\nPhone (414) 555-0110 | Fax (414) 555-0111"

MESSAGES = [
    Spec(
        phi=True,
        category="pre-op diet instructions to patient",
        notes="Pre-op instructions to the patient's gmail naming her, her sleeve gastrectomy date and the liquid diet she must follow.",
        frm=NAV,
        to="janelle.okafor88@gmail.com",
        subject="Your pre-op diet starts Monday",
        body="Hi Janelle,\n\nJust a reminder that your sleeve gastrectomy with Dr. Marsh is confirmed for Thursday, May 28 at St. Brendan's (arrive 5:30 am). Your two-week pre-op liquid diet starts this Monday, May 14: protein shakes 4-5 times a day, clear broth, sugar-free gelatin, no carbonation. Stop your phentermine now if you haven't already, and keep taking your metformin as usual until the night before.\n\nCall me with anything.\n\nKara Lindqvist RN, Nurse Navigator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="letter of medical necessity PDF to payer",
        notes="Hard positive: the body is generic, but the attached PDF gives the member's name, ID, BMI, comorbidities and the requested gastric bypass.",
        frm="Prior Authorization <priorauth@lakeshorebariatric.org>",
        to="um.intake@northstarhealthplan.com",
        subject="Prior auth request - attached LMN",
        body="Please find the letter of medical necessity and supporting documentation attached. Requested CPT 43644. Please fax determinations to (414) 555-0111.\n\nMonique Ellery\nAuthorization Coordinator"
        + SIG,
        atts=(
            Att(
                "LMN_Pruitt_D_43644.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKESHORE BARIATRIC & METABOLIC INSTITUTE - LETTER OF MEDICAL NECESSITY",
                        "Patient: Dwayne Pruitt   DOB: 03/17/1979   Member ID: NSH884017725",
                        "Procedure requested: Laparoscopic Roux-en-Y gastric bypass (CPT 43644)",
                        "Current BMI 46.8 (height 70 in, weight 326 lb); BMI > 40 for 9 years",
                        "Comorbidities: type 2 diabetes (E11.9, A1c 8.4%), obstructive sleep apnea on CPAP (G47.33),",
                        "hypertension (I10). 6-month supervised diet completed 11/2025 - 04/2026.",
                        "Psychological evaluation: cleared 03/30/2026. Helen Marsh MD, FACS",
                    ],
                    "Letter of medical necessity",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="cardiac clearance form docx to cardiology office",
        notes="Hard positive: only the file name and the attached form reveal the patient, her planned bariatric surgery and her cardiac history.",
        frm="Surgery Scheduling <scheduling@lakeshorebariatric.org>",
        to="frontdesk@bayviewheartclinic.com",
        subject="Clearance form for Dr. Sato's signature",
        body="Good morning,\n\nAttached is the clearance form we discussed on the phone. Dr. Sato can sign and fax back to (414) 555-0111 or reply to this email. We need it by May 21.\n\nThank you,\nLeticia Varga\nSurgery Scheduler"
        + SIG,
        atts=(
            Att(
                "Cardiac_Clearance_Haverkamp_Rosalind_RYGB.docx",
                DOCX,
                docx(
                    [
                        "Lakeshore Bariatric & Metabolic Institute - Pre-operative Cardiac Clearance",
                        "Patient: Rosalind Haverkamp   DOB: 08/02/1968   MRN: LB-0071442",
                        "Planned procedure: Robotic Roux-en-Y gastric bypass, tentative 06/09/2026, Dr. Helen Marsh",
                        "History: paroxysmal atrial fibrillation on apixaban 5 mg BID; echo 02/2026 EF 55%.",
                        "Question for cardiology: perioperative anticoagulation plan and clearance for general anesthesia.",
                        "Cardiologist signature: ____________________   Date: __________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 surgical scheduling message to hospital",
        notes="Hard positive: HL7 SIU booking to the hospital OR with the patient's name, DOB, MRN, address and the sleeve gastrectomy.",
        frm="Interface Engine <hl7@lakeshorebariatric.org>",
        to="orscheduling@stbrendanshospital.org",
        subject="SIU S12 batch 20260512-03",
        body="Automated interface delivery. One message attached. Contact helpdesk@lakeshorebariatric.org with ACK errors.",
        atts=(
            Att(
                "SIU_20260512_03.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|LBI_EHR|LAKESHORE|ORSCHED|STBRENDAN|202605120842||SIU^S12|LB4471203|P|2.5.1\r"
                "SCH|88021|88021||||ROUTINE|Laparoscopic sleeve gastrectomy|||||^^240^202605280730|||||MARSH^HELEN\r"
                "PID|1||LB-0069915^^^LBI^MR||Okafor^Janelle^N||19880611|F|||4417 W Burleigh St^^Milwaukee^WI^53210||(414)555-0183||||||529-04-7716\r"
                "DG1|1||E66.01^Morbid obesity due to excess calories^I10|||A\r"
                "DG1|2||K21.9^GERD without esophagitis^I10|||A\r"
                "AIS|1||43775^Laparoscopic sleeve gastrectomy^CPT|202605280730|||240|min\r"
                "AIP|1||1591065432^Marsh^Helen^^^MD|SURGEON\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA operative summary to primary care",
        notes="Hard positive: C-CDA XML sent to the PCP with the patient's name, DOB, procedure and post-op medications; the body says only that a summary is attached.",
        frm="Health Information <him@lakeshorebariatric.org>",
        to="records@northpointfamilymed.com",
        subject="Continuity of care document",
        body="Per your referral, the continuity of care document for your shared patient is attached in C-CDA format.\n\nLakeshore HIM"
        + SIG,
        atts=(
            Att(
                "CCD_LB-0066308.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
                ' <templateId root="2.16.840.1.113883.10.20.22.1.1"/>\n'
                " <title>Lakeshore Bariatric Operative and Discharge Summary</title>\n"
                ' <recordTarget><patientRole><id extension="LB-0066308" root="2.16.840.1.113883.3.7711"/>\n'
                "  <addr><streetAddressLine>918 E Lake Bluff Blvd</streetAddressLine><city>Shorewood</city><state>WI</state><postalCode>53211</postalCode></addr>\n"
                '  <patient><name><given>Terrence</given><family>Galloway</family></name><birthTime value="19710924"/></patient>\n'
                " </patientRole></recordTarget>\n"
                " <component><structuredBody>\n"
                "  <component><section><title>Procedures</title><text>04/30/2026 Laparoscopic Roux-en-Y gastric bypass (43644), Dr. Helen Marsh. Uncomplicated.</text></section></component>\n"
                "  <component><section><title>Problems</title><text>Class III obesity (E66.01); type 2 diabetes (E11.65); hyperlipidemia (E78.5)</text></section></component>\n"
                "  <component><section><title>Discharge Medications</title><text>Omeprazole 40 mg daily x 6 months; ursodiol 300 mg BID; bariatric multivitamin; metformin discontinued.</text></section></component>\n"
                " </structuredBody></component>\n"
                "</ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="texting-style lab follow-up to patient",
        notes="Hard positive: two-line texting-style note to the patient's yahoo with her first name, a low B12 result and a new supplement.",
        frm=NAV,
        to="debbie.szymanski@yahoo.com",
        subject="labs",
        body="Hi Deb - labs from Tues look good except B12 is low (188). Start the sublingual 1000 mcg daily, we'll recheck at your 9 mo visit. -Kara",
    ),
    Spec(
        phi=True,
        category="forwarded patient email about dumping symptoms",
        notes="Hard positive: surgeon forwards a patient's own email (name, symptoms after gastric bypass) to the contracted outside dietitian.",
        frm="Helen Marsh MD <hmarsh@lakeshorebariatric.org>",
        to="tess@duartenutritioncounseling.com",
        cc=NAV,
        subject="Fwd: feeling awful after meals",
        body="Tess - can you get her in this week? Sounds like early dumping; she's 7 weeks out from RYGB. Reinforce small meals, no liquids with meals, protein first. Thanks. -HM",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Maribel Acosta <maribel.acosta@outlook.com>",
            to="hmarsh@lakeshorebariatric.org",
            subject="feeling awful after meals",
            body="Dr. Marsh,\n\nSince last week every time I eat anything with sugar or bread I get sweaty and shaky and my heart races, then diarrhea about half an hour later. I'm scared something is wrong with my surgery. I'm keeping down my shakes fine.\n\nMaribel Acosta (DOB 2/9/1985)",
        ),
    ),
    Spec(
        phi=True,
        category="outcomes registry upload workbook with MRNs",
        notes="Hard positive: multi-sheet registry submission to the registry vendor with MRNs, surgery dates, procedures and complications per patient.",
        frm="Quality Data <quality@lakeshorebariatric.org>",
        to="support@metabolicregistrysolutions.com",
        subject="Q1 2026 case upload - Lakeshore site 0412",
        body="Hello,\n\nOur Q1 case file is attached because the portal upload keeps timing out at 92%. Three tabs: cases, 30-day outcomes, readmissions. Please load it into site 0412 and confirm.\n\nGrace Whitfield\nMetabolic and Bariatric Surgery Clinical Reviewer",
        atts=(
            Att(
                "LBI_site0412_Q1_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            ["MRN", "DOB", "Sex", "Surgery date", "Procedure", "Pre-op BMI"],
                            ["LB-0066308", "1971-09-24", "M", "2026-01-14", "RYGB", 49.2],
                            ["LB-0067120", "1990-04-03", "F", "2026-02-02", "Sleeve", 41.7],
                            [
                                "LB-0067845",
                                "1963-12-19",
                                "F",
                                "2026-02-25",
                                "Revision band to RYGB",
                                38.9,
                            ],
                            ["LB-0068231", "1984-07-30", "F", "2026-03-11", "Sleeve", 44.0],
                        ],
                        "30day": [
                            ["MRN", "Complication", "Clavien-Dindo", "Reoperation"],
                            ["LB-0066308", "None", "", "N"],
                            ["LB-0067845", "Anastomotic stricture, dilated 03/20", "IIIa", "N"],
                            ["LB-0068231", "Dehydration", "I", "N"],
                        ],
                        "Readmits": [
                            ["MRN", "Admit", "Discharge", "Reason"],
                            [
                                "LB-0068231",
                                "2026-03-17",
                                "2026-03-19",
                                "Nausea/dehydration, IV fluids",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="calendar invite for six-month post-op visit",
        notes="Hard positive: calendar invite to the patient's hotmail naming him and his six-month post-op bariatric follow-up.",
        frm="Lakeshore Scheduling <scheduling@lakeshorebariatric.org>",
        to="marcus.delacroix@hotmail.com",
        subject="Appointment: 6-month post-op visit with Dr. Ferreira",
        body="Marcus, your 6-month post-op visit is booked. Please come fasting for labs (CMP, CBC, iron, B12, vitamin D). Accept the invite to add it to your calendar.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lakeshore Bariatric//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:lbi-appt-551903@lakeshorebariatric.org\r\nDTSTAMP:20260511T140000Z\r\n"
            "DTSTART:20260609T133000Z\r\nDTEND:20260609T141500Z\r\n"
            "SUMMARY:Marcus Delacroix - 6 month post-op sleeve follow-up + fasting labs\r\n"
            "LOCATION:Lakeshore Bariatric\\, 2200 N Prospect Ave Suite 400\\, Milwaukee\r\n"
            "ORGANIZER;CN=Lakeshore Scheduling:mailto:scheduling@lakeshorebariatric.org\r\n"
            "ATTENDEE;CN=Marcus Delacroix;RSVP=TRUE:mailto:marcus.delacroix@hotmail.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 professional claim to clearinghouse",
        notes="Hard positive: raw X12 837P with the subscriber's name, member ID, DOB, address, obesity diagnosis and sleeve gastrectomy charge.",
        frm="Billing Office <billing@lakeshorebariatric.org>",
        to="edi-drop@claimbridgeclearing.com",
        subject="837P resubmission ICN 4471-0511",
        body="Resubmitting the rejected claim (segment error on NM1) as a file, per ticket CB-22918.\n\nMonique Ellery, Billing",
        atts=(
            Att(
                "LBI_837P_0511.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*LAKESHOREBAR   *ZZ*CLAIMBRIDGE    *260511*0915*^*00501*000004471*0*P*:~"
                "GS*HC*LAKESHOREBAR*CLAIMBRIDGE*20260511*0915*4471*X*005010X222A1~ST*837*0001*005010X222A1~"
                "NM1*85*2*LAKESHORE BARIATRIC AND METABOLIC INSTITUTE*****XX*1881672855~"
                "NM1*IL*1*CHAVEZ*ROSA*M***MI*NSH771204419~N3*2731 S 13TH ST~N4*MILWAUKEE*WI*53215~DMG*D8*19820214*F~"
                "CLM*LB26041188*18450***22:B:1*Y*A*Y*Y~HI*ABK:E6601*ABF:E119*ABF:G4733~"
                "SV1*HC:43775*18450*UN*1***1~DTP*472*D8*20260422~SE*11*0001~GE*1*4471~IEA*1*000004471~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="incision photo PNG to covering surgeon",
        notes="Hard positive: wound photo named after the patient and post-op day, with a short note about redness, sent to the covering surgeon's outside address.",
        frm="Anil Ferreira MD <aferreira@lakeshorebariatric.org>",
        to="jkowalczyk.md@froedtertsurgicalassoc.com",
        subject="pic from today - can you look tomorrow?",
        body="Jan - she sent this through the portal this afternoon. Left port site, POD 9 after sleeve, afebrile, some erythema, no drainage she says. Started cephalexin 500 QID. Can you see her at the Wauwatosa clinic tomorrow since I'm in the OR all day? -Anil",
        atts=(Att("Rinaldi_Sophia_POD9_LUQ_port.png", "image/png", png(6, 6, (214, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="zipped psychological evaluation to insurer",
        notes="Hard positive: zip of psych evaluation and diet logs for a named member sent to the health plan; the health content sits inside the archive.",
        frm="Prior Authorization <priorauth@lakeshorebariatric.org>",
        to="appeals@badgercarehealthplan.com",
        subject="Appeal documents - member BCH-5530219",
        body="Attached are the requested records supporting the appeal of the denial dated April 29 for member BCH-5530219 (Keisha Brantley). The zip contains the psychological evaluation and the six supervised weight visits.\n\nMonique Ellery"
        + SIG,
        atts=(
            Att(
                "Brantley_appeal_records.zip",
                "application/zip",
                zipped(
                    {
                        "psych_eval_2026-02-18.txt": "Pre-surgical psychological evaluation\nPatient: Keisha Brantley  DOB 1993-05-27\nHistory of binge eating disorder, in remission with CBT since 2024. Depression (F33.1) stable on sertraline 100 mg.\nRecommendation: psychologically cleared for bariatric surgery.\nDr. Lorraine Pak, PsyD",
                        "supervised_weights.csv": "visit_date,weight_lb,bmi\n2025-10-07,268,43.3\n2025-11-04,265,42.8\n2025-12-09,266,42.9\n2026-01-06,261,42.1\n2026-02-03,259,41.8\n2026-03-03,257,41.5\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="vitamin vendor shipping list CSV",
        notes="Hard positive: bulk CSV of names and home addresses for 'post-op bariatric vitamin starter kits', revealing each person had bariatric surgery.",
        frm="Patient Services <patientservices@lakeshorebariatric.org>",
        to="orders@bariavitadirect.com",
        subject="Starter kit drop-ship - week of 5/11",
        body="Hi Dana,\n\nHere's this week's drop-ship list for the post-op starter kits (chewable multi, calcium citrate, B12). Same billing account as usual.\n\nThanks,\nPatient Services",
        atts=(
            Att(
                "starter_kits_0511.csv",
                "text/csv",
                "name,address,city,state,zip,phone,kit,surgery_date\n"
                "Terrence Galloway,918 E Lake Bluff Blvd,Shorewood,WI,53211,(414) 555-0147,RYGB starter,2026-04-30\n"
                "Yolanda Pierce,3306 N 56th St,Milwaukee,WI,53216,(414) 555-0162,Sleeve starter,2026-05-05\n"
                "Brian Stenholm,71 Elm Grove Rd,Brookfield,WI,53005,(262) 555-0118,Sleeve starter,2026-05-06\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only revision consult reminder",
        notes="Hard positive: HTML-only reminder to the patient's icloud naming her and her revision surgery consult.",
        frm="Lakeshore Bariatric <reminders@lakeshorebariatric.org>",
        to="ccarrow_wi@icloud.com",
        subject="Reminder: your appointment on May 15",
        body="",
        html='<html><body style="font-family:Arial,sans-serif"><table width="600"><tr><td><img src="https://www.lakeshorebariatric.org/img/logo.png" alt="Lakeshore Bariatric"></td></tr>'
        "<tr><td><p>Hello <b>Colleen Carrow</b>,</p><p>This is a reminder of your <b>Revision Surgery Consultation (band removal / conversion)</b> with Dr. Helen Marsh on <b>Friday, May 15, 2026 at 10:20 AM</b>.</p>"
        "<p>Please bring your upper GI results from April and a list of current medications.</p>"
        '<p><a href="https://portal.lakeshorebariatric.org/appt/confirm?id=551877">Confirm</a> | <a href="https://portal.lakeshorebariatric.org/appt/reschedule?id=551877">Reschedule</a></p>'
        '<p style="font-size:11px;color:#777">Lakeshore Bariatric &amp; Metabolic Institute, 2200 N Prospect Ave, Milwaukee WI 53202 - (414) 555-0110</p></td></tr></table></body></html>',
    ),
    Spec(
        phi=True,
        category="return-to-work note to employer HR",
        notes="Work note to the employer's HR mailbox naming the employee, his gastric bypass date and his lifting restrictions.",
        frm="Anil Ferreira MD <aferreira@lakeshorebariatric.org>",
        to="leave.admin@kestrelfreightlines.com",
        subject="Work status - Gordon Pratt",
        body="To whom it may concern,\n\nGordon Pratt underwent laparoscopic gastric bypass surgery at our institute on April 27, 2026. He may return to work on May 26, 2026 with no lifting over 20 lb for 4 more weeks and access to water and small meals every 2-3 hours. Full duty expected June 22, 2026.\n\nAnil Ferreira, MD\nBariatric Surgery"
        + SIG,
    ),
    Spec(
        phi=True,
        category="self-pay balance statement TXT",
        notes="Hard positive: plain-text statement attached for the patient's aol mailbox listing lap-band adjustments and the balance.",
        frm="Billing Office <billing@lakeshorebariatric.org>",
        to="gw.hollister@aol.com",
        subject="Statement you requested",
        body="Mr. Hollister,\n\nAs requested on the phone, your itemized statement is attached as a text file. The payment plan of $75/month starts June 1.\n\nBilling Office"
        + SIG,
        atts=(
            Att(
                "statement_2026-05.txt",
                "text/plain",
                "LAKESHORE BARIATRIC & METABOLIC INSTITUTE - ITEMIZED STATEMENT\n"
                "Guarantor: Gerald W. Hollister   Account: 30019844\n"
                "02/10/2026  Adjustable gastric band fill, fluoroscopic (S2083)   $420.00\n"
                "03/24/2026  Adjustable gastric band fill (S2083)                 $420.00\n"
                "04/21/2026  Office visit, est. pt (99213)                       $165.00\n"
                "Self-pay discount                                              -$201.00\n"
                "Balance due                                                     $804.00\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="MRN-only band fill note to satellite clinic",
        notes="Hard positive: no name, but the MRN, date of birth and band adjustment details identify a patient and her care.",
        frm="Tess Duarte RD <tduarte@lakeshorebariatric.org>",
        to="nurses@kenoshaweightclinic.com",
        subject="MRN LB-0058806 fill",
        body="MRN LB-0058806 (DOB 11/04/1976) - added 0.5 cc today, total now 7.5 cc, water test fine. Still regurgitating at dinner per pt, so no further fills for 6 wks. Recheck with your clinic 6/22.",
    ),
    Spec(
        phi=True,
        category="referral acknowledgement to referring physician",
        notes="Letter to the referring physician confirming the named patient's bariatric consult, BMI and diabetes.",
        frm="New Patient Intake <intake@lakeshorebariatric.org>",
        to="dr.ngo@lakeviewprimarycare.com",
        subject="Referral received - Ortiz, Emmanuel",
        body="Dr. Ngo,\n\nThank you for referring Emmanuel Ortiz (DOB 01/22/1987). We scheduled his initial surgical consultation and information session for June 3. From your note: BMI 52.1, type 2 diabetes on insulin glargine, and knee osteoarthritis limiting activity. We will send you our consult note afterwards.\n\nNew Patient Intake"
        + SIG,
    ),
    Spec(
        phi=True,
        category="post-op prescriptions emailed to pharmacy",
        notes="Prescription email to a pharmacy naming the patient, DOB and post-op opioid and antiemetic, with the prescriber's DEA and NPI.",
        frm="Anil Ferreira MD <aferreira@lakeshorebariatric.org>",
        to="rx@prospectavepharmacy.com",
        subject="Discharge Rx - please fill for pickup today",
        body="Patient: Brian Stenholm, DOB 09/13/1990, 71 Elm Grove Rd, Brookfield WI\nS/p laparoscopic sleeve gastrectomy 05/06/2026.\n\n1) Oxycodone oral solution 5 mg/5 mL, 5 mL q6h PRN pain, disp 60 mL, no refills\n2) Ondansetron ODT 4 mg q8h PRN nausea, #15\n3) Omeprazole 40 mg capsule - open and sprinkle, daily, #30, 5 refills\n\nPrescriber: Anil Ferreira MD, NPI: 1781879394, DEA BK2487090\nSigned original follows by e-prescribing where possible."
        + SIG,
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="CE course announcement with faculty topics",
        notes="Hard negative: continuing-education announcement naming staff faculty alongside diseases they lecture on; no patient.",
        frm="Education Office <education@lakeshorebariatric.org>",
        to="allstaff@lakeshorebariatric.org",
        cc="cme@stbrendanshospital.org",
        subject="June CE series: diabetes remission, GERD after sleeve, and more",
        body="June lunchtime CE (1.0 contact hour each, Room 410 + Teams):\n\n- June 4: Dr. Helen Marsh - GERD and Barrett's esophagus after sleeve gastrectomy: who needs conversion?\n- June 11: Tess Duarte RD - Thiamine deficiency and Wernicke encephalopathy: catching it early\n- June 18: Dr. Anil Ferreira - Type 2 diabetes remission after RYGB: the 5-year data\n- June 25: Lorraine Pak PsyD - Alcohol use disorder after bariatric surgery\n\nRegister in the LMS by June 1.\n\nEducation Office",
    ),
    Spec(
        phi=False,
        category="aggregate outcomes workbook to quality committee",
        notes="Hard negative: multi-sheet workbook of program-level counts, weight-loss averages and complication rates; no individual rows.",
        frm="Quality Data <quality@lakeshorebariatric.org>",
        to="qualitycommittee@stbrendanshospital.org",
        subject="Bariatric program dashboard - 2025 annual",
        body="Attached is the 2025 annual bariatric dashboard for Thursday's committee. All figures are aggregate; cells under 11 are suppressed.\n\nGrace Whitfield",
        atts=(
            Att(
                "LBI_dashboard_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volume": [
                            ["Procedure", "Cases 2024", "Cases 2025"],
                            ["Sleeve gastrectomy", 412, 455],
                            ["RYGB", 188, 201],
                            ["Revisions", 39, 47],
                            ["Band removal", 22, 18],
                        ],
                        "Outcomes": [
                            ["Measure", "Lakeshore", "National benchmark"],
                            ["%EWL at 12 months (sleeve)", 61.4, 59.0],
                            ["%EWL at 12 months (RYGB)", 70.2, 68.5],
                            ["Diabetes remission at 12 months", "48%", "45%"],
                        ],
                        "Safety": [
                            ["Measure", "Rate", "Target"],
                            ["30-day readmission", "3.9%", "<5%"],
                            ["Leak", "0.4%", "<1%"],
                            ["Mortality", "0.0%", "<0.1%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="purchase order PDF with SSN-shaped PO number",
        notes="Hard negative: purchase order PDF for bariatric-rated furniture whose PO number is formatted like an SSN; vendor business only.",
        frm="Purchasing <purchasing@lakeshorebariatric.org>",
        to="sales@heavyduty-medfurnishings.com",
        subject="PO 418-27-5530 - bariatric waiting room chairs",
        body="Hi Rick,\n\nPO 418-27-5530 attached for the 12 bariatric waiting room chairs (1,000 lb rated) and two wide-base exam tables. Ship to the receiving dock on Prospect, attention Joel Brandt.\n\nThanks,\nJoel Brandt\nPractice Manager",
        atts=(
            Att(
                "PO_418-27-5530.pdf",
                "application/pdf",
                pdf(
                    [
                        "LAKESHORE BARIATRIC & METABOLIC INSTITUTE - PURCHASE ORDER",
                        "PO number: 418-27-5530     Date: 05/11/2026     Terms: Net 30",
                        "Vendor: Heavy Duty Medical Furnishings, 60 Industrial Pkwy, Racine WI",
                        "12 x Bariatric waiting chair, 34 in seat, 1000 lb rating   $612.00 ea   $7,344.00",
                        "2 x Bariatric exam table, power, 800 lb                 $4,980.00 ea  $9,960.00",
                        "Freight: $640.00     Total: $17,944.00",
                        "Ship to: Receiving, 2200 N Prospect Ave, Milwaukee WI 53202 - Attn Joel Brandt",
                    ],
                    "Purchase order",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="holiday OR block change staff notice",
        notes="Staff notice about Memorial Day OR block changes; no patient information.",
        frm="Joel Brandt <jbrandt@lakeshorebariatric.org>",
        to="surgeons@lakeshorebariatric.org",
        cc="orscheduling@stbrendanshospital.org",
        subject="Memorial Day week OR blocks",
        body="All,\n\nSt. Brendan's is closing OR 7 on Monday May 25. Dr. Marsh's Monday block moves to Tuesday May 26 (OR 4, 0730-1530); Dr. Ferreira keeps Wednesday. Please have schedulers rebook any Monday cases by Friday.\n\nJoel",
    ),
    Spec(
        phi=False,
        category="blank health history intake form docx",
        notes="Hard negative: blank intake questionnaire full of health fields (BMI, diabetes, sleep apnea) but no patient filled in.",
        frm="New Patient Intake <intake@lakeshorebariatric.org>",
        to="office@lakeviewprimarycare.com",
        subject="Updated new patient questionnaire",
        body="Hello,\n\nWe revised our new-patient health history questionnaire. Please give the attached blank form to patients you refer so they can bring it to the information session.\n\nNew Patient Intake"
        + SIG,
        atts=(
            Att(
                "LBI_Health_History_Questionnaire_2026.docx",
                DOCX,
                docx(
                    [
                        "Lakeshore Bariatric & Metabolic Institute - Health History Questionnaire",
                        "Name: ______________________   Date of birth: ___/___/______   Phone: ______________",
                        "Height: _______   Current weight: _______   Highest adult weight: _______",
                        "Do you have: [ ] Type 2 diabetes  [ ] Sleep apnea  [ ] High blood pressure  [ ] GERD  [ ] Depression",
                        "Previous weight-loss surgery? [ ] No  [ ] Yes - type and year: ______________",
                        "Current medications (name, dose): ________________________________________",
                        "Signature: ______________________   Date: __________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="public weight-loss surgery seminar invite",
        notes="Hard negative: calendar invitation to a free public information seminar sent to a community centre list; no individual's care.",
        frm="Outreach <outreach@lakeshorebariatric.org>",
        to="events@bayviewcommunitycenter.org",
        subject="Invitation: Free seminar - Is weight-loss surgery right for you?",
        body="Please share with your members. Free, no registration needed; light refreshments. Surgeons and a dietitian will answer questions about sleeve, bypass and insurance coverage.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lakeshore Bariatric//Outreach//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:lbi-seminar-20260602@lakeshorebariatric.org\r\nDTSTAMP:20260511T150000Z\r\n"
            "DTSTART:20260602T230000Z\r\nDTEND:20260603T003000Z\r\n"
            "SUMMARY:Free seminar: Is weight-loss surgery right for you?\r\n"
            "LOCATION:Bay View Community Center\\, 1320 E Oklahoma Ave\\, Milwaukee\r\n"
            "ORGANIZER;CN=Lakeshore Outreach:mailto:outreach@lakeshorebariatric.org\r\n"
            "ATTENDEE;CN=Bay View Events;RSVP=FALSE:mailto:events@bayviewcommunitycenter.org\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="HTML-only patient education newsletter",
        notes="HTML-only newsletter on protein goals and hydration after surgery; general topics, no individual.",
        frm="Lakeshore Bariatric <news@lakeshorebariatric.org>",
        to="newsletter-list@lakeshorebariatric.org",
        subject="Lakeshore Life - May: protein first, sip all day",
        body="",
        html='<html><body style="font-family:Georgia,serif"><h1 style="color:#1b5e7a">Lakeshore Life</h1><h2>Protein first</h2>'
        "<p>Most of our post-op patients aim for 60-80 grams of protein a day. Eat protein first at every meal, then vegetables.</p>"
        "<h2>Sip all day</h2><p>Aim for 64 oz of fluid daily, and wait 30 minutes after meals before drinking.</p>"
        "<h2>Support group</h2><p>Second Tuesday of every month, 6 pm, Room 410 - all stages welcome.</p>"
        '<p style="font-size:11px">You receive this because you subscribed at lakeshorebariatric.org. <a href="https://www.lakeshorebariatric.org/unsubscribe">Unsubscribe</a></p></body></html>',
    ),
    Spec(
        phi=False,
        category="EHR training with fictional test patient",
        notes="Hard negative: EHR training handout for new hires using an obviously fictional test patient in the training environment.",
        frm="Clinical Informatics <informatics@lakeshorebariatric.org>",
        to="newhires@lakeshorebariatric.org",
        subject="Epic training - bariatric flowsheet exercise",
        body="Welcome aboard! Before Thursday's session, log into the TRAINING environment (not production) and complete this exercise:\n\n1. Open test patient ZZTEST, BARIATRIC ONE (MRN TRN-000001, DOB 01/01/1950).\n2. Enter a weight of 250 lb and height 66 in; confirm the BMI calculates to 40.3.\n3. Add the problem 'Morbid obesity (E66.01)' and the sleeve gastrectomy pathway order set.\n4. Sign the note as 'Training, Nurse'.\n\nNever practice on real patients' charts.\n\nClinical Informatics",
    ),
    Spec(
        phi=False,
        category="surgeon credentialing packet with NPI",
        notes="Hard negative: credentialing details of a surgeon (NPI, board certification, licence) to a hospital medical staff office; clinician data only.",
        frm="Joel Brandt <jbrandt@lakeshorebariatric.org>",
        to="medstaff@aurorawestallis-hospital.org",
        subject="Privileges application - Dr. Helen Marsh",
        body="Hello Medical Staff Office,\n\nFor Dr. Marsh's courtesy privileges application:\n\nHelen Marsh, MD, FACS, FASMBS\nNPI: 1591065432\nWisconsin medical licence 61422-20\nBoard certified, American Board of Surgery (general surgery), recertified 2023\nFellowship: minimally invasive and bariatric surgery, 2011\nRequested privileges: laparoscopic and robotic sleeve gastrectomy, RYGB, revisional bariatric surgery, upper endoscopy.\n\nThe signed attestation and malpractice face sheet will follow by courier.\n\nJoel Brandt, Practice Manager"
        + SIG,
    ),
    Spec(
        phi=False,
        category="bariatric coordinator job posting",
        notes="Job posting for a nurse coordinator; no patient information.",
        frm="Human Resources <hr@lakeshorebariatric.org>",
        to="postings@wisconsinnursesjobs.com",
        subject="Job posting: Bariatric Program Coordinator RN (full time)",
        body="Please post the following through June 30:\n\nBariatric Program Coordinator RN - Milwaukee, WI. Coordinates patients from information session through 5-year follow-up; manages MBSAQIP data; leads support groups. Requirements: Wisconsin RN licence, 3 years med-surg or bariatric experience, CBN preferred. Salary range $84,000-$101,000.\n\nApply at lakeshorebariatric.org/careers.",
    ),
    Spec(
        phi=False,
        category="payer coverage criteria summary to referrers",
        notes="Hard negative: summary of insurer coverage criteria (BMI thresholds, comorbidities) for referring offices; no patient.",
        frm="Prior Authorization <priorauth@lakeshorebariatric.org>",
        to="referrals@lakeviewprimarycare.com",
        subject="2026 insurer criteria for bariatric surgery - cheat sheet",
        body="For your referral coordinators:\n\n- Northstar Health Plan: BMI >= 40, or >= 35 with type 2 diabetes, OSA or hypertension; 3-month supervised diet; psych evaluation.\n- BadgerCare Health Plan: BMI >= 40 or >= 35 with comorbidity; 6-month supervised diet documented monthly.\n- Medicare: BMI >= 35 with at least one comorbidity; no supervised diet requirement.\n\nWe handle the prior authorization once the patient is referred.\n\nMonique Ellery"
        + SIG,
    ),
    Spec(
        phi=False,
        category="zipped accreditation site visit documents",
        notes="Hard negative: zip of policies, committee minutes and a staff roster for the accreditation surveyor; no patient records.",
        frm="Grace Whitfield <gwhitfield@lakeshorebariatric.org>",
        to="surveyor.lindgren@accreditation-reviewers.org",
        subject="Pre-survey documents - Lakeshore (site 0412)",
        body="Dr. Lindgren,\n\nAhead of your June 16 visit, the pre-survey documents are attached as a zip: our bariatric committee minutes (de-identified), the critical pathway policy and the staff roster with credentials.\n\nGrace Whitfield\nMBS Clinical Reviewer",
        atts=(
            Att(
                "LBI_presurvey_docs.zip",
                "application/zip",
                zipped(
                    {
                        "committee_minutes_2026Q1.txt": "Metabolic and Bariatric Surgery Committee - Q1 2026 minutes\nPresent: H. Marsh (chair), A. Ferreira, G. Whitfield, T. Duarte, L. Pak\n1. Q1 volume 171 cases, 2 readmissions reviewed, no mortality.\n2. Approved updated VTE prophylaxis pathway.\n3. Next meeting 07/09/2026.",
                        "policy_critical_pathway.txt": "Policy MBS-07: Critical pathway for primary sleeve gastrectomy and RYGB. Applies to all primary procedures. Early ambulation within 4 hours; clear liquids POD0; discharge criteria...",
                        "staff_roster.csv": "name,role,credential\nHelen Marsh,Surgeon,MD FACS FASMBS\nAnil Ferreira,Surgeon,MD FACS\nKara Lindqvist,Nurse Navigator,RN CBN\nTess Duarte,Dietitian,RD CSOWM\nLorraine Pak,Psychologist,PsyD\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded scale quote from vendor",
        notes="Hard negative: forwards a vendor quote for high-capacity scales; mentions patients only generically.",
        frm="Joel Brandt <jbrandt@lakeshorebariatric.org>",
        to="finance@stbrendanshospital.org",
        subject="Fwd: Quote Q-88214 - high capacity scales",
        body="Cheryl - forwarding the scale quote for the capital request. We need two of these for the new clinic rooms; our current scales top out at 550 lb and we regularly see patients above that.\n\nJoel",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Rick Osei <rosei@heavyduty-medfurnishings.com>",
            to="jbrandt@lakeshorebariatric.org",
            subject="Quote Q-88214 - high capacity scales",
            body="Joel,\n\nQuote Q-88214 as discussed:\n2 x Wheelchair/platform scale, 1,000 lb capacity, BMI display, EMR connectivity - $3,420.00 each\nInstallation and calibration - $380.00\nValid 60 days.\n\nRick Osei\nHeavy Duty Medical Furnishings",
        ),
    ),
    Spec(
        phi=False,
        category="de-identified M&M case summary",
        notes="Hard negative: de-identified morbidity and mortality case write-up with no name, dates or other identifiers, sent to a peer-review list.",
        frm="Helen Marsh MD <hmarsh@lakeshorebariatric.org>",
        to="mbs-peerreview@wisconsinbariatricsociety.org",
        subject="Case for the regional M&M call",
        body="For next month's regional M&M, de-identified per the society template:\n\nA patient in their fifties underwent primary sleeve gastrectomy. On the second post-operative day they developed tachycardia and left shoulder pain; CT showed a staple-line leak at the angle of His. Managed with laparoscopic washout, drains and an endoscopic stent; discharged on day 12. Discussion points: bougie size, reinforcement, and early CT versus watchful waiting.\n\nHelen Marsh",
    ),
    Spec(
        phi=False,
        category="program statistics reply to journalist's gmail",
        notes="Hard negative: reply to a freelance journalist's gmail with program-level statistics only; no individual.",
        frm="Communications <media@lakeshorebariatric.org>",
        to="nora.feld.writes@gmail.com",
        subject="RE: GLP-1s and surgery volumes - for your story",
        body="Hi Nora,\n\nHappy to help. Our surgical volume was 721 cases in 2025, up 8% on 2024, even with GLP-1 drugs widely prescribed. About 1 in 5 of our 2025 patients had tried a GLP-1 medication first. Dr. Ferreira is available for a 20-minute phone interview on Tuesday or Wednesday afternoon.\n\nBest,\nAmara Lowe\nCommunications"
        + SIG,
    ),
    Spec(
        phi=False,
        category="robotic platform press release",
        notes="Press release about new surgical equipment; no patient.",
        frm="Communications <media@lakeshorebariatric.org>",
        to="newsdesk@milwaukeebizjournal.com",
        subject="Press release: Lakeshore adds second robotic surgical system",
        body='FOR IMMEDIATE RELEASE\n\nMILWAUKEE - Lakeshore Bariatric & Metabolic Institute today announced the addition of a second robotic surgical system at St. Brendan\'s Hospital, expanding capacity for revisional bariatric surgery. "Revision cases have doubled in three years," said Dr. Helen Marsh, medical director.\n\nMedia contact: Amara Lowe, (414) 555-0115',
    ),
    Spec(
        phi=False,
        category="staff BLS expiry list CSV",
        notes="Hard negative: CSV of staff names and life-support certification expiry dates; workforce data, not patients.",
        frm="Education Office <education@lakeshorebariatric.org>",
        to="training@redcrossmke-instructors.org",
        subject="BLS/ACLS renewal roster - June class",
        body="Here is our list of staff due for renewal so you can size the June 9 class.\n\nEducation Office",
        atts=(
            Att(
                "bls_acls_due_june.csv",
                "text/csv",
                "staff_name,role,course,expires\nKara Lindqvist,RN,BLS,2026-06-30\nLeticia Varga,Scheduler,BLS,2026-07-15\nAnil Ferreira,MD,ACLS,2026-06-21\nDevon Marsh-Kline,Surgical tech,BLS,2026-07-02\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="plate-method infographic to print vendor",
        notes="Hard negative: patient-education infographic image and print order to a print shop; general diet content, no individual.",
        frm="Outreach <outreach@lakeshorebariatric.org>",
        to="jobs@creamcityprinting.com",
        subject="Print job: post-op plate poster, 11x17, qty 40",
        body="Hi,\n\nAttached is the artwork for our 'post-op plate' poster (half protein, quarter vegetables, quarter whole grains). 11x17 matte, quantity 40, deliver to Suite 400. Invoice account LBI-2207.\n\nThanks,\nAmara",
        atts=(Att("postop_plate_poster.png", "image/png", png(8, 8, (60, 150, 90))),),
    ),
    Spec(
        phi=False,
        category="support group facilitator schedule",
        notes="Support group facilitator rota for staff; names staff only, no attendees.",
        frm="Kara Lindqvist RN <klindqvist@lakeshorebariatric.org>",
        to="tduarte@lakeshorebariatric.org",
        cc="lpak@lakeshorebariatric.org",
        subject="Support group facilitators Jun-Aug",
        body="Proposed rota:\nJune 9 - Tess (topic: summer cookouts)\nJuly 14 - Lorraine (topic: emotional eating)\nAug 11 - me (topic: plateaus)\n\nShout if a date doesn't work. -K",
    ),
]
