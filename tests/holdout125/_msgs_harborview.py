"""Harborview Digestive Health & Endoscopy Center (gastroenterology practice): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

FRONT = "Harborview Digestive Health <frontdesk@harborviewgi.com>"
SIG = "\n\nHarborview Digestive Health & Endoscopy Center\n2210 Quayside Ave, Suite 300, Norwalk, CT 06851\n(203) 555-0110"

MESSAGES = [
    Spec(
        phi=True,
        category="colonoscopy prep instructions to patient",
        notes="Prep instructions to the patient's gmail naming him, his colonoscopy date and the bowel prep he must take.",
        frm=FRONT,
        to="dale.prentiss58@gmail.com",
        subject="Your upcoming procedure instructions",
        body="Dear Mr. Prentiss,\n\nYour colonoscopy with Dr. Anjali Rao is scheduled for Tuesday, May 19 at 7:30 AM at the Harborview Endoscopy Center. Start the clear liquid diet the day before. Take the first half of your SUTAB prep (12 tablets) at 6 PM on May 18 and the second half at 2:30 AM. Because of your diabetes, take half your usual evening insulin dose.\n\nYou must have a driver."
        + SIG,
    ),
    Spec(
        phi=True,
        category="pathology result note to patient portal-less email",
        notes="Result letter by email naming the patient and her tubular adenoma pathology and 3-year surveillance interval.",
        frm="Dr. Anjali Rao <arao@harborviewgi.com>",
        to="m.ferreira.home@yahoo.com",
        subject="Your biopsy results",
        body="Dear Marisol Ferreira,\n\nThe two polyps removed at your colonoscopy on April 28 were tubular adenomas (precancerous, completely removed). No cancer was seen. I recommend a repeat colonoscopy in 3 years, around April 2029.\n\nDr. Anjali Rao, MD"
        + SIG,
    ),
    Spec(
        phi=False,
        category="bowel prep general handout to community center",
        notes="Hard negative: generic colonoscopy prep handout for a senior center's bulletin board; it names medications but no individual.",
        frm="Patient Education <education@harborviewgi.com>",
        to="programs@norwalkseniorcenter.org",
        subject="Colonoscopy prep handout for your bulletin board",
        body="Hi Denise,\n\nAs promised, attached is our plain-language prep handout (large print). It covers the clear liquid diet, split-dose prep (Miralax/Gatorade, SUTAB, Plenvu) and when to stop blood thinners. Feel free to copy it.\n\nPatient Education Team"
        + SIG,
        atts=(
            Att(
                "Colonoscopy_Prep_Guide_large_print.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBORVIEW DIGESTIVE HEALTH - GETTING READY FOR YOUR COLONOSCOPY",
                        "5 days before: stop iron pills, fiber supplements, nuts and seeds.",
                        "1 day before: clear liquids only. No red or purple drinks.",
                        "Evening before: first half of the bowel prep. Early morning: second half.",
                        "Ask your doctor before stopping blood thinners (warfarin, Eliquis, Plavix).",
                        "Bring a driver. You cannot drive for the rest of the day.",
                    ],
                    "Prep guide",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="endoscopy schedule spreadsheet to anesthesia group",
        notes="Hard positive: multi-sheet workbook of tomorrow's endoscopy list with names, DOBs, procedures, ASA class and sleep apnea flags sent to the anesthesia group.",
        frm="Endoscopy Scheduling <endo.schedule@harborviewgi.com>",
        to="cases@shorelineanesthesia.com",
        subject="Thursday endo list",
        body="Thursday list attached, two rooms. Room 2 has the OSA patients. Please confirm CRNA coverage by 3 PM.\n\nLeah\nEndoscopy Scheduling",
        atts=(
            Att(
                "endo_list_thu.xlsx",
                XLSX,
                xlsx(
                    {
                        "Room1": [
                            ["Time", "Patient", "DOB", "Procedure", "ASA"],
                            [
                                "07:30",
                                "Prentiss, Dale",
                                "1958-03-02",
                                "Colonoscopy screening",
                                "II",
                            ],
                            ["08:15", "Abernathy, Joan", "1949-11-20", "EGD with dilation", "III"],
                            [
                                "09:00",
                                "Tran, Kevin",
                                "1981-06-14",
                                "Colonoscopy - Crohn's surveillance",
                                "II",
                            ],
                        ],
                        "Room2": [
                            ["Time", "Patient", "DOB", "Procedure", "Flags"],
                            [
                                "07:30",
                                "Whitcomb, Gerald",
                                "1962-01-09",
                                "EGD + colonoscopy",
                                "OSA on CPAP, BMI 41",
                            ],
                            [
                                "08:45",
                                "Salas, Renata",
                                "1973-08-27",
                                "ERCP stent exchange",
                                "Latex allergy",
                            ],
                        ],
                        "Notes": [["Item", "Detail"], ["Anesthesia", "Propofol MAC all cases"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="endoscopy unit quarterly quality metrics",
        notes="Hard negative: aggregate adenoma detection and cecal intubation rates per physician; clinician names are not patients and no individual patient appears.",
        frm="Quality Office <quality@harborviewgi.com>",
        to="gi-physicians@harborviewgi.com",
        subject="Q1 endoscopy quality dashboard",
        body="Colleagues,\n\nQ1 quality metrics (1,482 screening colonoscopies):\n\nPhysician | ADR | Cecal intubation | Withdrawal time\nDr. A. Rao | 41% | 98.9% | 9.8 min\nDr. P. Kessler | 36% | 98.2% | 8.9 min\nDr. M. Osei | 39% | 99.1% | 10.4 min\nUnit | 38.7% | 98.7% | 9.6 min\n\nAll above the ASGE benchmarks (ADR >= 25%). Perforation rate 0.07% (1 event).\n\nQuality Office",
    ),
    Spec(
        phi=True,
        category="HL7 ORU pathology to referring PCP",
        notes="Hard positive: HL7 ORU attachment with a patient's name, MRN, DOB and Barrett's esophagus biopsy result sent to the referring primary care office.",
        frm="Interfaces <interfaces@harborviewgi.com>",
        to="results@westportfamilymed.com",
        subject="Result feed retry - 1 message",
        body="Resending the result message that failed on your side yesterday (ACK AE). File attached.\n\nHarborview IT",
        atts=(
            Att(
                "ORU_HV20260511_0043.hl7",
                "application/octet-stream",
                "MSH|^~\\&|HVGI_EHR|HARBORVIEW|WFM_EHR|WESTPORT|202605110912||ORU^R01|HV0043|P|2.5.1\r"
                "PID|1||HV-7730418^^^HVGI^MR||Okafor^Benedict^C||19640912|M|||88 Cedar Point Rd^^Westport^CT^06880\r"
                "OBR|1||SP26-1187|88305^Surgical pathology^CPT|||20260505\r"
                "OBX|1|TX|22634-0^Pathology report^LN||Distal esophagus biopsies: Barrett's esophagus with intestinal metaplasia, negative for dysplasia.||||||F\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="scope reprocessing vendor service quote",
        notes="Hard negative: vendor quote for endoscope repair with device model and serial numbers of equipment, not of patients; no health information about anyone.",
        frm="Biomed <biomed@harborviewgi.com>",
        to="service@precisionscoperepair.com",
        subject="RE: Quote request - two colonoscopes",
        body="Hi Tom,\n\nApproved for both: CF-HQ190L s/n 2814077 (insertion tube kink) at $6,450 and GIF-H190 s/n 2709318 (angulation wire) at $3,980. PO 4471-0528 to follow. Please send loaners by Friday.\n\nVictor Alameda\nBiomedical Engineering",
    ),
    Spec(
        phi=True,
        category="prior authorization letter for capsule endoscopy",
        notes="Hard positive: DOCX letter of medical necessity to a health plan with member ID, obscure GI bleeding and iron deficiency anemia.",
        frm="Prior Auth Team <priorauth@harborviewgi.com>",
        to="um.requests@connecticarehealth.com",
        subject="LMN attached - ref PA-55210",
        body="Letter of medical necessity attached for the capsule endoscopy request, ref PA-55210. Please fax determination to (203) 555-0119.",
        atts=(
            Att(
                "LMN_PA-55210.docx",
                DOCX,
                docx(
                    [
                        "Harborview Digestive Health - Letter of Medical Necessity",
                        "Patient: Evelyn Marchetti   DOB 02/14/1955   Member ID CCH88104527",
                        "Requested: capsule endoscopy (CPT 91110)",
                        "History: recurrent melena, hemoglobin 7.9 g/dL, two transfusions; EGD and colonoscopy 04/2026 non-diagnostic.",
                        "Diagnosis: D50.0 iron deficiency anemia secondary to chronic blood loss; K92.2 GI hemorrhage, unspecified.",
                        "Paul Kessler, MD, Gastroenterology",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="GI fellowship CE lecture with case of staff",
        notes="Hard negative: CME invitation naming the physicians presenting on celiac and IBD topics; the speakers' names with diseases are lecture topics, not patient data.",
        frm="CME Coordinator <cme@harborviewgi.com>",
        to="all-staff@harborviewgi.com",
        subject="Grand rounds May 21: Dr. Osei on refractory celiac disease",
        body="Join us Thursday May 21, 7:00 AM, Conference Room B.\n\nDr. Michael Osei - Refractory celiac disease: when the gluten-free diet fails\nDr. Paul Kessler - Biologic sequencing in ulcerative colitis\n\n1.0 AMA PRA Category 1 credit. Breakfast provided.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harborview//CME//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cme-20260521@harborviewgi.com\r\nDTSTAMP:20260511T120000Z\r\nDTSTART:20260521T110000Z\r\nDTEND:20260521T120000Z\r\nSUMMARY:Grand rounds - refractory celiac disease / UC biologics\r\nLOCATION:Conference Room B\r\nORGANIZER:mailto:cme@harborviewgi.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="short text-style note about infusion chair",
        notes="Hard positive: terse staff note to a personal mailbox naming a patient and his Remicade infusion time; the drug reveals Crohn's treatment.",
        frm="Tasha Greer <tgreer@harborviewgi.com>",
        to="tasha.greer.rn@icloud.com",
        subject="tmrw",
        body="note to self - call Arturo Vance back re moving his remicade to 1pm chair 3, he has the 10am dentist. cell 203-555-0147",
    ),
    Spec(
        phi=False,
        category="staff schedule notice for endoscopy nurses",
        notes="Staff rota for endoscopy nurses; workforce names only, no patient.",
        frm="Nurse Manager <nursemgr@harborviewgi.com>",
        to="endo-rn@harborviewgi.com",
        subject="June call schedule",
        body="June weekend GI bleed call:\n\nJune 6-7: Tasha Greer\nJune 13-14: Ramon Ortiz\nJune 20-21: Priya Nandakumar\nJune 27-28: Tasha Greer\n\nSwaps through me please.\n\nColleen",
    ),
    Spec(
        phi=True,
        category="FHIR appointment bundle to scheduling app vendor",
        notes="FHIR Appointment with patient reference, name and hepatology clinic visit for hepatitis C sent to the reminder vendor.",
        frm="Integration <integration@harborviewgi.com>",
        to="support@remindwell.io",
        subject="Sample payload that failed validation",
        body="This one failed your validator with 'participant.actor.display too long'. Attaching the JSON as sent.",
        atts=(
            Att(
                "appt_failed_88213.json",
                "application/json",
                '{"resourceType": "Appointment", "id": "88213", "status": "booked", '
                '"serviceType": [{"text": "Hepatology - hepatitis C treatment follow-up"}], '
                '"start": "2026-05-27T13:20:00-04:00", '
                '"participant": [{"actor": {"reference": "Patient/HV-7741902", "display": "Raymond Lucero-Whitfield"}, "status": "accepted"}, '
                '{"actor": {"display": "Dr. Michael Osei"}, "status": "accepted"}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank new patient intake form",
        notes="Hard negative: blank intake form with empty fields for name, DOB, diagnosis and medications.",
        frm=FRONT,
        to="referrals@stamfordinternists.com",
        subject="Updated new patient packet",
        body="Attached is our updated intake packet; please give it to patients you refer so they can complete it before the first visit.",
        atts=(
            Att(
                "HDH_new_patient_intake_blank.docx",
                DOCX,
                docx(
                    [
                        "Harborview Digestive Health - New Patient Intake",
                        "Name: ____________________  Date of birth: ___/___/______",
                        "Insurance member ID: ______________",
                        "Reason for visit (check): [ ] reflux [ ] abdominal pain [ ] rectal bleeding [ ] screening",
                        "Current medications: ______________________________",
                        "Previous colonoscopy? [ ] yes, year ____  [ ] no",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded referral for liver biopsy to hospital",
        notes="Hard positive: forwarded referral email inside an rfc822 attachment carries the patient's name, DOB and cirrhosis workup.",
        frm="Referrals <referrals@harborviewgi.com>",
        to="ir.scheduling@norwalkmedical.org",
        subject="FW: liver biopsy request",
        body="Please see Dr. Kessler's request below for a transjugular liver biopsy. Forwarding the original with the clinical details.\n\nMaya\nReferral Coordinator",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Dr. Paul Kessler <pkessler@harborviewgi.com>",
            to="referrals@harborviewgi.com",
            subject="TJ liver bx",
            body="Maya - please set up TJ liver biopsy at Norwalk IR for Harold Brennan, DOB 07/30/1961, MRN HV-7702254. Suspected NASH cirrhosis, platelets 88, INR 1.6 so needs transjugular route. Within 3 weeks.\n\nPK",
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice for bowel prep samples",
        notes="Hard negative: vendor invoice with a PO number shaped like an SSN and drug product names; no patient.",
        frm="Accounts Payable <ap@harborviewgi.com>",
        to="billing@gastrosamplesdirect.com",
        subject="Invoice 88-1042 question",
        body="Hello,\n\nOn invoice 88-1042 for PO 482-16-3390 you billed 40 cases of SUTAB sample kits but we received 30. Please issue a credit for 10 cases ($1,250.00).\n\nThanks,\nGrace Liu\nAccounts Payable",
    ),
    Spec(
        phi=True,
        category="X12 837 claim batch to clearinghouse",
        notes="X12 837P claim with the patient's name, member ID, DOB, colonoscopy CPT and ICD-10 codes.",
        frm="Billing <billing@harborviewgi.com>",
        to="edi-support@claimbridge.net",
        subject="Rejected batch 0511 - resubmitting",
        body="Resubmitting the one claim from batch 0511 that was rejected for the missing NM1*82 loop. File attached.\n\nHarborview Billing",
        atts=(
            Att(
                "HDH_837P_0511b.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*HARBORVIEWGI   *ZZ*CLAIMBRIDGE    *260511*0930*^*00501*000004471*0*P*:~\n"
                "GS*HC*HARBORVIEWGI*CLAIMBRIDGE*20260511*0930*4471*X*005010X222A1~\n"
                "ST*837*0001*005010X222A1~\n"
                "NM1*85*2*HARBORVIEW DIGESTIVE HEALTH*****XX*1477300002~\n"
                "NM1*IL*1*SZABO*IRENE****MI*WXH604418823~\n"
                "DMG*D8*19600415*F~\n"
                "CLM*HV77301*1840***22:B:1*Y*A*Y*Y~\n"
                "HI*ABK:Z1211*ABF:K635~\n"
                "SV1*HC:45385*1840*UN*1***1~\n"
                "NM1*82*1*RAO*ANJALI****XX*1477300010~\n"
                "SE*10*0001~\nGE*1*4471~\nIEA*1*000004471~\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="provider enrollment with NPIs",
        notes="Hard negative: payer enrollment update listing physicians' NPIs and specialties; provider identifiers are not PHI.",
        frm="Credentialing <credentialing@harborviewgi.com>",
        to="provider.enrollment@connecticarehealth.com",
        subject="Roster update - Harborview Digestive Health",
        body="Please update our group roster effective June 1:\n\nAdd: Michael Osei, MD, Gastroenterology, NPI: 1477300028\nAdd: Hannah Liebert, PA-C, Gastroenterology, NPI: 1477300036\nTerm: Samuel Ward, MD (retired), NPI: 1477300044\n\nGroup NPI: 1477300002, TIN 06-1874420.\n\nRegards,\nNoor Haddad\nCredentialing",
    ),
    Spec(
        phi=True,
        category="daughter emailed about father's GI bleed admission",
        notes="Reply to a daughter's hotmail about her father's admission for a GI bleed and the EGD findings.",
        frm="Dr. Michael Osei <mosei@harborviewgi.com>",
        to="kbaptiste.family@hotmail.com",
        subject="RE: my dad",
        body="Ms. Baptiste,\n\nWith your father's permission: I saw Jean-Claude this morning on 5 North. The EGD found a bleeding duodenal ulcer which we clipped; his hemoglobin is stable at 9.4. He'll stay on IV pantoprazole and we expect discharge Thursday if no rebleeding. H. pylori biopsy is pending.\n\nDr. Osei",
    ),
    Spec(
        phi=False,
        category="HTML patient newsletter on colon cancer awareness",
        notes="Hard negative: HTML-only newsletter about colorectal cancer screening age and symptoms; mentions diseases but no individual.",
        frm="Harborview Digestive Health <news@harborviewgi.com>",
        to="subscribers@lists.harborviewgi.com",
        subject="Screening starts at 45: what you should know",
        body="",
        html="<html><body><h2>Colorectal cancer screening now starts at 45</h2><p>Colorectal cancer is the second leading cause of cancer death in the US. Rates are rising in adults under 50.</p><ul><li>Colonoscopy every 10 years</li><li>FIT every year</li><li>Stool DNA every 3 years</li></ul><p>Call (203) 555-0110 to book a screening.</p><p><small>Harborview Digestive Health &amp; Endoscopy Center - unsubscribe</small></p></body></html>",
    ),
    Spec(
        phi=True,
        category="HTML appointment reminder with procedure",
        notes="Hard positive: HTML-only reminder to the patient's aol mailbox naming her and her ERCP at the endoscopy center.",
        frm="Harborview Reminders <reminders@harborviewgi.com>",
        to="gloria.stanhope@aol.com",
        subject="Appointment reminder",
        body="",
        html="<html><body><p>Hello Gloria Stanhope,</p><p>This is a reminder of your <b>ERCP</b> on <b>Wednesday, May 20, 2026 at 10:45 AM</b> at the Harborview Endoscopy Center, 2210 Quayside Ave.</p><p>Nothing to eat or drink after midnight. Please arrive 60 minutes early with your driver.</p><p>Reply C to confirm.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML job posting for endoscopy technician",
        notes="HTML-only job posting; no patient information.",
        frm="Human Resources <hr@harborviewgi.com>",
        to="jobs@ctallied-health-careers.com",
        subject="Posting: GI Endoscopy Technician (full time)",
        body="",
        html="<html><body><h3>GI Endoscopy Technician</h3><p>Harborview Digestive Health is hiring a full-time endoscopy technician. Duties: scope reprocessing, room turnover, assisting with polypectomy and biopsy. CBSPD or CFER certification preferred. Monday-Friday, no weekends.</p><p>Apply: hr@harborviewgi.com</p></body></html>",
    ),
    Spec(
        phi=True,
        category="CSV of positive FIT follow-up list",
        notes="Hard positive: CSV outreach list of patients with a positive FIT test, names and phone numbers, sent to a call-center vendor.",
        frm="Population Health <pophealth@harborviewgi.com>",
        to="campaigns@carecallpartners.com",
        subject="Outreach list wk20",
        body="This week's outreach list attached. Script B (schedule diagnostic colonoscopy). Please return dispositions by Friday.",
        atts=(
            Att(
                "outreach_wk20.csv",
                "text/csv",
                "mrn,name,phone,test,result_date,result\n"
                "HV-7751003,Ostrowski Piotr,203-555-0162,FIT,2026-04-30,POSITIVE\n"
                "HV-7751188,Delacroix Amelie,203-555-0163,FIT,2026-05-02,POSITIVE\n"
                "HV-7751420,Mbeki Thandiwe,203-555-0164,Cologuard,2026-05-04,POSITIVE\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research dataset description",
        notes="Hard negative: description of a de-identified IBD registry extract with counts and variable list; no identifiers.",
        frm="Research Office <research@harborviewgi.com>",
        to="ibd.registry@yaleresearchnetwork.org",
        subject="De-identified extract ready",
        body="The de-identified extract for the IBD outcomes study is on the secure share. 612 patients (Crohn's 371, UC 241), ages banded in 10-year groups, years only, 3-digit ZIP removed for populations under 20,000. Variables: diagnosis, Montreal class, biologic exposure, surgery (Y/N). No names, MRNs or dates.\n\nResearch Office",
    ),
    Spec(
        phi=True,
        category="photo of capsule image to colleague",
        notes="Hard positive: PNG named with the patient's name and procedure date plus a note about small bowel angioectasia, sent to an outside colleague.",
        frm="Dr. Anjali Rao <arao@harborviewgi.com>",
        to="dr.hjensen@gmail.com",
        subject="curbside - capsule frame",
        body="Henrik, what do you make of this frame at 2h14m? I think angioectasia but could be artifact. She's had 3 transfusions.",
        atts=(
            Att(
                "Marchetti_Evelyn_capsule_2026-05-07_frame2h14.png",
                "image/png",
                png(6, 6, (170, 60, 60)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="equipment purchase zip of spec sheets",
        notes="Zip of vendor spec sheets for a new CO2 insufflator purchase; business mail, no patient.",
        frm="Biomed <biomed@harborviewgi.com>",
        to="capital.committee@harborviewgi.com",
        subject="Insufflator comparison pack",
        body="Spec sheets and quotes for the three CO2 insufflators we trialled are in the zip.",
        atts=(
            Att(
                "insufflator_quotes.zip",
                "application/zip",
                zipped(
                    {
                        "quote_vendorA.txt": "UCR CO2 insufflator, qty 4, $7,200 each, 5-year service included.",
                        "quote_vendorB.txt": "EndoFlow CO2, qty 4, $6,650 each, 3-year service.",
                        "comparison.csv": "vendor,unit_price,warranty_years\nA,7200,5\nB,6650,3\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip of records for attorney",
        notes="Encrypted zip of a patient's records sent to her attorney; the body names her and the records request, revealing she is a patient.",
        frm="Health Information Management <him@harborviewgi.com>",
        to="paralegal@dorsey-kwan-law.com",
        subject="Records request - Whitney Calloway",
        body="Per the authorization signed 04/29/2026, records for Whitney Calloway (DOB 09/03/1979) from 2023-2026 are attached, encrypted. Password to follow by phone.\n\nHIM Department",
        atts=(
            Att(
                "Calloway_records_2023-2026.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Calloway_visit_notes.txt": "Whitney Calloway DOB 09/03/1979. Dx: K58.0 IBS with diarrhea. Colonoscopy 2024 normal.",
                    },
                    "Hv2026!rec",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ICS staff meeting invite on infection control",
        notes="Invitation to a staff meeting on scope reprocessing; no patient.",
        frm="Infection Prevention <ip@harborviewgi.com>",
        to="endo-staff@harborviewgi.com",
        subject="Mandatory: duodenoscope reprocessing update",
        body="Following the FDA update, a 30-minute mandatory session for all techs and RNs.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harborview//IP//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ip-20260526@harborviewgi.com\r\nDTSTAMP:20260511T120000Z\r\nDTSTART:20260526T193000Z\r\nDTEND:20260526T200000Z\r\nSUMMARY:Duodenoscope reprocessing update\r\nLOCATION:Reprocessing room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="ICS invite for patient telehealth follow-up",
        notes="Hard positive: calendar invite to the patient's outlook mailbox whose summary names the hepatology telehealth follow-up.",
        frm="Telehealth <telehealth@harborviewgi.com>",
        to="nkowalczyk@outlook.com",
        subject="Video visit invitation",
        body="Ms. Kowalczyk, your video visit link is in the calendar invite. Have your recent liver panel results handy.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harborview//Telehealth//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:tele-88471@harborviewgi.com\r\nDTSTAMP:20260511T120000Z\r\nDTSTART:20260528T150000Z\r\nDTEND:20260528T152000Z\r\nSUMMARY:Nadia Kowalczyk - hepatology follow-up (autoimmune hepatitis) with Dr. Osei\r\nLOCATION:https://video.harborviewgi.com/j/88471\r\nATTENDEE:mailto:nkowalczyk@outlook.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="multi-sheet budget workbook",
        notes="Departmental budget workbook by cost centre; financial, no patients.",
        frm="Finance <finance@harborviewgi.com>",
        to="partners@harborviewgi.com",
        subject="FY27 budget draft",
        body="Draft FY27 budget attached: revenue by service line, staffing and capital tabs.",
        atts=(
            Att(
                "FY27_budget_draft.xlsx",
                XLSX,
                xlsx(
                    {
                        "Revenue": [
                            ["Service line", "FY26", "FY27"],
                            ["Endoscopy", 8420000, 8910000],
                            ["Clinic", 3110000, 3240000],
                            ["Infusion", 1950000, 2210000],
                        ],
                        "Staffing": [
                            ["Role", "FTE"],
                            ["RN", 14.5],
                            ["Tech", 8.0],
                            ["Front desk", 6.0],
                        ],
                        "Capital": [
                            ["Item", "Cost"],
                            ["Colonoscopes x4", 168000],
                            ["Insufflators x4", 26600],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="txt export of missed appointment list",
        notes="Plain text export of no-show patients with names, phones and the GI procedure they missed, sent to a front desk temp's personal mailbox.",
        frm="Front Desk Lead <fdlead@harborviewgi.com>",
        to="brianna.kole22@yahoo.com",
        subject="calls for saturday",
        body="Bri - here are the no-shows to call Saturday from home. Thanks for covering!",
        atts=(
            Att(
                "noshow_calls.txt",
                "text/plain",
                "NO-SHOW CALL LIST 05/09\nLyle Hargrove 203-555-0171 missed flex sigmoidoscopy\nDonna Petrakis 203-555-0172 missed hemorrhoid banding\nOwen Yazzie 203-555-0173 missed EGD (dysphagia)\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="txt interface spec for lab results",
        notes="Hard negative: interface specification text with a clearly fictional test patient (TEST, PATIENT) for an HL7 lab feed.",
        frm="Interfaces <interfaces@harborviewgi.com>",
        to="connect@questlabs-interfaces.com",
        subject="Interface spec v3 for review",
        body="Our updated spec with the sample message using the standard test patient is attached.",
        atts=(
            Att(
                "HV_lab_interface_spec_v3.txt",
                "text/plain",
                "Harborview lab result interface v3\nTransport: SFTP every 15 min\nSample (test patient, not real):\nPID|1||TEST0001^^^HVGI^MR||TEST^PATIENT||19000101|U\nOBX|1|NM|1742-6^ALT^LN||00|U/L\nField PID-3 carries the practice MRN. OBX-5 carries the value.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to new GI practice",
        notes="C-CDA continuity of care document with the patient's name, DOB, ulcerative colitis problem and mesalamine medication sent to the receiving practice.",
        frm="Health Information Management <him@harborviewgi.com>",
        to="records@bostongiassociates.com",
        subject="Transfer of care - CCD attached",
        body="Patient is relocating to Boston; CCD attached per her request. Please confirm receipt.",
        atts=(
            Att(
                "CCD_HV-7709981.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Continuity of Care Document</title>'
                '<recordTarget><patientRole><id extension="HV-7709981" root="2.16.840.1.113883.3.7730"/><patient><name><given>Talia</given><family>Brandt</family></name>'
                '<birthTime value="19920618"/></patient></patientRole></recordTarget>'
                "<component><structuredBody><component><section><title>Problems</title><text>K51.90 Ulcerative colitis, unspecified</text></section></component>"
                "<component><section><title>Medications</title><text>Mesalamine DR 1.2 g, 4 tablets daily</text></section></component></structuredBody></component></ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="reply to patient about general parking question",
        notes="Hard negative: reply to a personal gmail with parking directions only; no care, appointment or condition disclosed.",
        frm=FRONT,
        to="ferdinand.oyelaran@gmail.com",
        subject="RE: parking",
        body="Hello,\n\nVisitor parking is in the Quayside garage, levels 2-3; bring your ticket to the front desk for validation. The building entrance is on Water Street.\n\nFront Desk"
        + SIG,
    ),
    Spec(
        phi=True,
        category="account number and balance for infusion",
        notes="Hard positive: billing reply with an account number and balance for 'infusion services' to a patient's comcast address, revealing biologic infusion care.",
        frm="Patient Accounts <accounts@harborviewgi.com>",
        to="rjdesmond@comcast.net",
        subject="RE: balance question",
        body="Mr. Desmond,\n\nAccount 300-884-17 shows a balance of $412.60 for infusion services on 03/12 and 04/09/2026 (Entyvio). Your plan applied both to the deductible. You can pay online or set up a plan at (203) 555-0115.\n\nPatient Accounts",
    ),
    Spec(
        phi=False,
        category="CSV of supply par levels",
        notes="CSV of endoscopy supply par levels; inventory only.",
        frm="Materials <materials@harborviewgi.com>",
        to="orders@medlinkdistribution.com",
        subject="Standing order update",
        body="Updated par levels attached for the standing order.",
        atts=(
            Att(
                "endo_par_levels.csv",
                "text/csv",
                "item,sku,par,unit\nbiopsy forceps,BF-2400,200,each\nhemoclip 235cm,HC-235,120,each\nsnare 10mm,SN-10,150,each\nbite block,BB-60,300,each\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pdf discharge instructions after EGD",
        notes="Hard positive: body says only 'see attached'; the PDF holds the patient's name, esophageal dilation and post-procedure instructions.",
        frm="Endoscopy Recovery <recovery@harborviewgi.com>",
        to="w.abernathy.jr@gmail.com",
        subject="Paperwork from today",
        body="As requested, a copy of today's paperwork for your mother is attached.",
        atts=(
            Att(
                "discharge_0511.pdf",
                "application/pdf",
                pdf(
                    [
                        "HARBORVIEW DIGESTIVE HEALTH ENDOSCOPY CENTER - DISCHARGE INSTRUCTIONS",
                        "Patient: Joan Abernathy   DOB 11/20/1949   MRN HV-7698820",
                        "Procedure 05/11/2026: EGD with balloon dilation of esophageal stricture to 18 mm",
                        "Soft diet today. Call (203) 555-0110 for chest pain, fever or black stools.",
                        "Continue omeprazole 40 mg twice daily. Follow-up with Dr. Rao in 6 weeks.",
                    ],
                    "Discharge",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="marketing invitation to community screening fair",
        notes="Event invitation to the public screening fair; no individual.",
        frm="Community Outreach <outreach@harborviewgi.com>",
        to="editor@norwalkhour-events.com",
        subject="Community event listing: free FIT kits June 6",
        body="Please list: Harborview Digestive Health Community Health Fair, Saturday June 6, 10 AM - 2 PM, Calf Pasture Beach pavilion. Free FIT screening kits for adults 45-75, GI doctors answering questions about reflux, IBS and colon cancer.",
    ),
]
