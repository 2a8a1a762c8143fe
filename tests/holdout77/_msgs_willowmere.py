"""Outbound mail of Willowmere Hospice (home hospice and the Maple House inpatient unit) (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import Att, Spec

SIG = "\n\n--\nWillowmere Hospice | 2200 Orchard Ridge Rd, Suite 4, Fenwick, OH 45881 | 419-555-0140\nCONFIDENTIALITY: this message may contain information protected by law. If you received it in error, delete it and call us."

MESSAGES = [
    Spec(
        phi=True,
        category="hospice plan of care PDF to attending physician",
        notes="Plan of care naming patient with diagnosis, medications and visit frequency sent to outside attending.",
        frm="Teresa Hollins RN <thollins@willowmerehospice.org>",
        to="frontoffice@fenwickfamilymed.com",
        subject="Plan of care for signature - Pennington",
        body="Dr. Sato's office,\n\nAttached is the updated hospice plan of care for Gloria Pennington for Dr. Sato's signature (attending NPI 1086918293). Please fax back to 419-555-0141 by Friday."
        + SIG,
        atts=(
            Att(
                "POC_Pennington_G_0316.pdf",
                "application/pdf",
                pdf(
                    [
                        "WILLOWMERE HOSPICE - INTERDISCIPLINARY PLAN OF CARE",
                        "Patient: Gloria Pennington    DOB: 02/11/1941    MRN: WH-20417",
                        "Terminal diagnosis: C34.90 malignant neoplasm of lung, metastatic to bone",
                        "Related: J44.9 COPD; oxygen 2 L NC continuous",
                        "Medications: morphine sulfate oral solution 5 mg q2h PRN dyspnea/pain;",
                        "  lorazepam 0.5 mg q6h PRN anxiety; senna 8.6 mg BID",
                        "RN visits 3x/week, aide 5x/week, SW 2x/month, chaplain PRN",
                        "Attending: Hiro Sato MD   Hospice medical director: Naomi Ferrante MD",
                    ],
                    "Plan of care",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="nurse update to daughter with oxygen saturation and dose change",
        notes="Hard positive: only a first name and 'your mom' plus SpO2 and morphine dose change, sent to the daughter's Gmail.",
        frm="Jess Albrecht <jalbrecht@willowmerehospice.org>",
        to="carla.mendes.home@gmail.com",
        subject="quick update after my visit",
        body="Hi Carla,\n\nYour mom was resting when I left around 3. Her sat was 84% on 3 L so I went up to 4 L, and per Dr. Ferrante she can now have the morphine 7.5 mg every 2 hours if she's working hard to breathe (was 5). I left the new label on the bottle in the fridge. Call the on-call line tonight if anything changes, don't wait.\n\nJess",
    ),
    Spec(
        phi=True,
        category="HL7 ADT A03 death discharge to hospital HIM",
        notes="Hard positive: body is generic; the HL7 A03 names the patient, MRN and expiration date.",
        frm="Willowmere Interfaces <interfaces@willowmerehospice.org>",
        to="him-inbound@halversonmemorial.org",
        subject="ADT feed resend 03/17 (1 msg)",
        body="Resending one message that failed the overnight SFTP push. No action needed if already received.",
        atts=(
            Att(
                "ADT_A03_20260317.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|WILLOWMERE|WMH|HALVERSON|HMH|202603170612||ADT^A03|WM88213|P|2.5.1\r"
                "EVN|A03|202603170610\r"
                "PID|1||WH-20388^^^WMH^MR||DOYLE^FRANCIS^J||19380719|M|||88 Birch Hollow Ln^^Fenwick^OH^45881||419-555-0177\r"
                "PV1|1|I|MAPLE^04^A||||1709872810^FERRANTE^NAOMI|||||||||||||||||||||||||||||||20|||||||202603091400|202603170545\r"
                "DG1|1||I50.9^Heart failure, unspecified^I10\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="837I hospice claim batch to clearinghouse",
        notes="Hard positive: terse cover note; the X12 837I carries patient names, member IDs and hospice revenue codes.",
        frm="Billing <billing@willowmerehospice.org>",
        to="submissions@claimbridge-edi.com",
        subject="WMH 837I batch 0316",
        body="Batch attached, 3 claims. Same TPA as last month.\n\nMarta\nWillowmere billing",
        atts=(
            Att(
                "WMH_837I_0316.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*WILLOWMERE     *ZZ*CLAIMBRIDGE    *260316*0915*^*00501*000004417*0*P*:~"
                "GS*HC*WILLOWMERE*CLAIMBRIDGE*20260316*0915*4417*X*005010X223A2~ST*837*0001*005010X223A2~"
                "NM1*85*2*WILLOWMERE HOSPICE*****XX*1220091601~"
                "NM1*IL*1*MARSH*LILLIAN****MI*YBH884120377~DMG*D8*19390502*F~CLM*WMH30211*4820.16***81:A:1~HI*ABK:G30.1~SV2*0651**4820.16*DA*29~"
                "NM1*IL*1*OKAFOR*BENEDICT****MI*YBH771093455~DMG*D8*19450928*M~CLM*WMH30212*2495.00***81:A:1~HI*ABK:C25.9~SV2*0651**2495.00*DA*15~"
                "NM1*IL*1*CASTELLANO*ROSE****MI*YBH660318724~DMG*D8*19330114*F~CLM*WMH30213*1663.44***81:A:1~HI*ABK:I50.9~SV2*0656**1663.44*DA*2~"
                "SE*18*0001~GE*1*4417~IEA*1*000004417~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="daily census CSV to hospice pharmacy benefit manager",
        notes="Patient census with names, MRNs, admit dates and comfort-kit status sent to the pharmacy vendor.",
        frm="Pharmacy Liaison <rxliaison@willowmerehospice.org>",
        to="census@careviarx.com",
        subject="Daily census 3/18",
        body="Attached is today's census for the formulary match. Two new admits (Haddad, Trent), one discharge (Doyle, expired 3/17)."
        + SIG,
        atts=(
            Att(
                "census_20260318.csv",
                "text/csv",
                "mrn,last,first,dob,admit,level,team,comfort_kit\n"
                "WH-20417,Pennington,Gloria,1941-02-11,2026-01-28,RHC,North,delivered\n"
                "WH-20431,Marsh,Lillian,1939-05-02,2026-02-19,RHC,North,delivered\n"
                "WH-20440,Okafor,Benedict,1945-09-28,2026-03-02,GIP,Maple House,delivered\n"
                "WH-20452,Haddad,Samir,1951-12-06,2026-03-18,RHC,South,ordered\n"
                "WH-20453,Trent,Eleanor,1929-08-30,2026-03-18,RHC,South,ordered\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="DME order workbook to equipment vendor",
        notes="Multi-sheet DME order with patient names, home addresses and equipment tied to hospice admission.",
        frm="Intake Team <intake@willowmerehospice.org>",
        to="orders@tri-countymedequip.com",
        subject="DME orders - week of 3/16",
        body="Hello,\n\nThis week's orders are in the workbook (tab 1 deliveries, tab 2 pickups). Please confirm delivery windows with the families directly.\n\nThanks,\nIntake",
        atts=(
            Att(
                "DME_orders_wk0316.xlsx",
                XLSX,
                xlsx(
                    {
                        "Deliveries": [
                            ["Patient", "Address", "Phone", "Item", "Reason", "Need by"],
                            [
                                "Samir Haddad",
                                "14 Quarry St, Fenwick OH 45881",
                                "419-555-0162",
                                "Hospital bed, low air loss mattress",
                                "Pancreatic ca, bedbound",
                                "03/18",
                            ],
                            [
                                "Eleanor Trent",
                                "301 W Main St Apt 2, Dunmore OH 45879",
                                "419-555-0188",
                                "Oxygen concentrator 5L",
                                "End-stage COPD",
                                "03/18",
                            ],
                        ],
                        "Pickups": [
                            ["Patient", "Address", "Item", "Note"],
                            [
                                "Francis Doyle",
                                "88 Birch Hollow Ln, Fenwick OH 45881",
                                "Hospital bed, overbed table",
                                "Patient died 3/17; call son Kevin first",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="chaplain home visit invitation to patient's son",
        notes="Hard positive: calendar invite for a chaplain visit to a named hospice patient at home, sent to son's Yahoo.",
        frm="Rev. Amos Whitcomb <awhitcomb@willowmerehospice.org>",
        to="dale.quimby1967@yahoo.com",
        subject="Chaplain visit - your dad, Thursday",
        body="Dale, as we talked about, I'll come by Thursday at 10 to sit with your father and pray the rosary with him. If he's too tired we'll keep it short.\n\nAmos",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Willowmere Hospice//Spiritual Care//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:wmh-chap-0319-quimby@willowmerehospice.org\r\nDTSTAMP:20260316T150000Z\r\n"
            "DTSTART:20260319T140000Z\r\nDTEND:20260319T150000Z\r\nSUMMARY:Chaplain visit - Arthur Quimby (hospice pt)\r\n"
            "LOCATION:12 Tanner Rd, Fenwick OH\r\nORGANIZER:mailto:awhitcomb@willowmerehospice.org\r\n"
            "ATTENDEE:mailto:dale.quimby1967@yahoo.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="volunteer visit assignment naming inpatient",
        notes="Hard positive: volunteer assignment names an inpatient and room at the hospice unit with no diagnosis; being a hospice patient is health information.",
        frm="Volunteer Services <volunteers@willowmerehospice.org>",
        to="bettyanne.kroll@outlook.com",
        subject="Tuesday sitting assignment",
        body="Hi Betty Anne,\n\nThank you for picking up Tuesday afternoon! You'll be with Ruth Kessler in Room 6 at Maple House from 1 to 3. She is very hard of hearing (sit on her left), loves the old Methodist hymns, and her niece Debbie usually comes at 2:30. Sign in at the nurses' station.\n\nWarmly,\nPriya\nVolunteer Coordinator",
    ),
    Spec(
        phi=True,
        category="diagnosis only in subject line to respiratory therapist",
        notes="Hard positive: the ALS diagnosis and patient name appear only in the subject; body says 'see attached settings'.",
        frm="Dana Whitlock RN <dwhitlock@willowmerehospice.org>",
        to="rt.oncall@breathewellhomecare.com",
        subject="ALS pt Tomasz Wierzbicki - BiPAP settings to lower tonight?",
        body="See settings in the chart export I sent earlier. Can you call me back at 419-555-0143 before 6?\n\nDana",
    ),
    Spec(
        phi=True,
        category="wound photo named after patient to wound consultant",
        notes="Hard positive: PNG file name carries the patient's surname and 'sacral wound'; the body only says 'photo as discussed'.",
        frm="Lena Ostrowski LPN <lostrowski@willowmerehospice.org>",
        to="woundconsult@northcoastwoundcare.com",
        subject="photo as discussed",
        body="Photo from this morning's visit as discussed on the phone. Measured 4.5 x 3 cm.\n\nLena",
        atts=(Att("Henley_M_sacral_wound_20260317.png", "image/png", png(6, 4, (150, 90, 80))),),
    ),
    Spec(
        phi=True,
        category="recertification face-to-face request fax cover",
        notes="Text fax cover names the patient, benefit period and face-to-face encounter requirement for recertification.",
        frm="Clinical Records <records@willowmerehospice.org>",
        to="fax-inbox@fenwickfamilymed.com",
        subject="Fax: F2F encounter needed",
        body="Please see the fax cover attached.",
        atts=(
            Att(
                "fax_cover_Marsh.txt",
                "text/plain",
                "WILLOWMERE HOSPICE - FAX COVER\n\nTo: Fenwick Family Medicine, attn Dr. Sato\nFrom: Clinical Records\nRe: Lillian Marsh, DOB 05/02/1939\n\nMs. Marsh enters her 3rd benefit period on 04/20/2026. A face-to-face encounter by a physician or NP is required within 30 days before that date. Her FAST score is now 7c and she has lost 9 lb since January. Please schedule or let us send our NP.\n\nPages: 1\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to regional HIE",
        notes="Hard positive: body is a routine interface note; the FHIR bundle holds the patient's name, DOB and hospice diagnosis.",
        frm="Willowmere Interfaces <interfaces@willowmerehospice.org>",
        to="onboarding@ohiovalleyhie.org",
        subject="Test of production endpoint - 1 real record (approved)",
        body="Per our call, attached is the one live Patient/Condition bundle our privacy officer approved for the production cut-over check. Please confirm it posted and then purge the copy from the ticket.",
        atts=(
            Att(
                "bundle_WH-20452.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "WH-20452", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9917", "value": "WH-20452"}], "name": [{"family": "Haddad", "given": ["Samir"]}], "birthDate": "1951-12-06", "address": [{"line": ["14 Quarry St"], "city": "Fenwick", "state": "OH", "postalCode": "45881"}]}},\n'
                ' {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/WH-20452"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C25.9", "display": "Malignant neoplasm of pancreas, unspecified"}]}, "onsetDateTime": "2025-10-02"}}\n]}\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted records zip to patient's attorney",
        notes="Records release to the patient's attorney under signed authorisation; body names the patient and hospice stay, archive is encrypted.",
        frm="Clinical Records <records@willowmerehospice.org>",
        to="paralegal@brandtwhelanlaw.com",
        subject="Records request #R-2026-044",
        body="Ms. Whelan's office,\n\nIn response to your request and the authorization signed by the personal representative, attached are the hospice records of Rose Castellano (admitted 01/06/2026, died 03/04/2026). The archive is password-protected; I will phone the password to your office.\n\nMarguerite Ruiz, RHIT\nRelease of Information"
        + SIG,
        atts=(
            Att(
                "R-2026-044_Castellano.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Castellano_R_IDG_notes.txt": "IDG 02/10: decline in PPS 40->30, family requests no hospital transfer.",
                        "Castellano_R_MAR.txt": "Furosemide 40 mg daily; morphine 2.5 mg SL q2h PRN.",
                    },
                    "Wmh-R044-spring",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="270 eligibility inquiry file to payer",
        notes="Hard positive: generic body; the X12 270 names a prospective hospice admission with member ID and DOB.",
        frm="Intake Team <intake@willowmerehospice.org>",
        to="edi-eligibility@buckeyeadvantageplan.com",
        subject="270 inquiry",
        body="Sending a 270 by email because the portal is down. Please return the 271 to this mailbox.",
        atts=(
            Att(
                "WMH_270_0319.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*WILLOWMERE     *ZZ*BUCKEYEADV     *260319*1102*^*00501*000000881*0*P*:~"
                "GS*HS*WILLOWMERE*BUCKEYEADV*20260319*1102*881*X*005010X279A1~ST*270*0001*005010X279A1~"
                "BHT*0022*13*WMH0319A*20260319*1102~HL*1**20*1~NM1*PR*2*BUCKEYE ADVANTAGE*****PI*60054~"
                "HL*2*1*21*1~NM1*1P*2*WILLOWMERE HOSPICE*****XX*1220091601~HL*3*2*22*0~"
                "NM1*IL*1*ABERNATHY*WALTER****MI*BAP55120934~DMG*D8*19400303*M~DTP*291*D8*20260319~EQ*45~"
                "SE*12*0001~GE*1*881~IEA*1*000000881~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="social worker forwards spouse's request to chaplain",
        notes="Forward of a spouse's email asking for anointing for her husband who is dying in the inpatient unit.",
        frm="Yvette Brandt LSW <ybrandt@willowmerehospice.org>",
        to="frmichael@stcolumbafenwick.org",
        subject="Fwd: can a priest come",
        body="Father Michael,\n\nForwarding with Mrs. Okafor's permission. Benedict is at Maple House and the nurses think it may be a day or two. Could you or Father Joe come for the anointing? Room 2.\n\nYvette",
        forward=Spec(
            phi=True,
            category="family email",
            notes="inner",
            frm="Grace Okafor <grace.okafor@icloud.com>",
            to="Yvette Brandt LSW <ybrandt@willowmerehospice.org>",
            subject="can a priest come",
            body="Yvette, Benedict keeps asking for the sacraments. He was baptized at St Columba. Is there any way a priest can come before it's too late? Thank you for everything. Grace",
        ),
    ),
    Spec(
        phi=True,
        category="notice of election confirmation with MBI to billing vendor",
        notes="NOE acceptance list pairing a beneficiary's name with her Medicare MBI and election date.",
        frm="Billing <billing@willowmerehospice.org>",
        to="support@hospicebillpartners.com",
        subject="NOE accepted - please post",
        body="Hi team,\n\nFISS shows the NOE accepted for:\n\n  Eleanor Trent, MBI 6HN4-RY3-PA28, election 03/18/2026, status RHC\n\nPlease post the election in your system so the first claim doesn't reject. Thanks.\n\nMarta Kowal\nBilling Manager",
    ),
    Spec(
        phi=True,
        category="terse handoff to nursing facility about dying resident",
        notes="Hard positive: terse abbreviated note naming a resident and 'actively dying' with care instructions.",
        frm="Brian Tisdale RN <btisdale@willowmerehospice.org>",
        to="nursing.2west@fenwickmanorhealth.com",
        subject="rm 212B",
        body="212B Mr Vasquez - actively dying, mottling to knees, resp 6-8 w/ apnea. Family at bedside. Pls d/c VS & FSBS, mouth care q2h, roxanol 10mg SL q1h prn per our order. I'll be back at 7.\n-Brian, WMH",
    ),
    Spec(
        phi=True,
        category="recertification letter to patient",
        notes="Letter to the patient's personal mailbox confirming continued hospice eligibility with functional decline details.",
        frm="Dr. Naomi Ferrante <nferrante@willowmerehospice.org>",
        to="abernathy.walter.w@aol.com",
        subject="Your hospice benefit - next period",
        body="Dear Mr. Abernathy,\n\nI saw you at home on March 16 for your recertification visit. Because your heart failure has progressed (you are now short of breath at rest and your weight has dropped from 182 to 168 lb), you continue to qualify for hospice care for the next 60-day period starting April 2. Nothing changes in your visits or your medications.\n\nIf you ever want to stop hospice and go back to treatment, that is always your choice; just tell your nurse.\n\nWith respect,\nNaomi Ferrante, MD\nMedical Director"
        + SIG,
    ),
    Spec(
        phi=True,
        category="controlled substance prescription to pharmacy with prescriber DEA",
        notes="Prescription for a named patient with DOB and opioid; the prescriber's DEA and NPI are incidental.",
        frm="Dr. Naomi Ferrante <nferrante@willowmerehospice.org>",
        to="rx@fenwickcommunitypharmacy.com",
        subject="Rx - please fill today",
        body="Patient: Lillian Marsh  DOB 05/02/1939\nAddress: 5 Linden Ct, Fenwick OH 45881\n\nhydromorphone 2 mg tab, 1 tab PO q4h PRN pain, #30 (thirty), no refills\nDx: G30.1 Alzheimer's disease, late onset, with pain\n\nNaomi Ferrante MD, NPI 1709872810, DEA AF5790072\nE-signed; hard copy follows per state rule.",
    ),
    # ---- non-PHI ----
    Spec(
        phi=False,
        category="medical director biography in newsletter",
        notes="Hard negative: clinician bio lists diseases she specialises in; no patient.",
        frm="Communications <news@willowmerehospice.org>",
        to="editor@fenwickcourier.com",
        subject="Bio and photo for Sunday health page",
        body="Hi Glen,\n\nHere's the bio you asked for:\n\nDr. Naomi Ferrante is medical director of Willowmere Hospice. Board certified in internal medicine and in hospice and palliative medicine, she has cared for people with advanced heart failure, COPD, ALS and dementia for 14 years and leads our dementia comfort-care program. She trained at Ohio State and lives in Fenwick with her husband and two dogs.\n\nHeadshot attached.\n\nLaura Pike\nCommunications",
        atts=(Att("Ferrante_headshot.png", "image/png", png(5, 5, (210, 190, 170))),),
    ),
    Spec(
        phi=False,
        category="QAPI dashboard workbook to board quality committee",
        notes="Hard negative: multi-sheet aggregate quality measures (live discharges, falls, HIS scores) with no patient rows.",
        frm="Quality Dept <quality@willowmerehospice.org>",
        to="board-quality@willowmerehospice-board.org",
        subject="Q1 QAPI dashboard (draft)",
        body="Committee members,\n\nDraft Q1 dashboard attached ahead of the March 26 meeting. Falls are up on the inpatient unit (3.1 per 1,000 patient days vs 2.2 target); the PIP proposal is on tab 3.\n\nRegards,\nSandra Lee, Quality Director",
        atts=(
            Att(
                "QAPI_Q1_2026_draft.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Measure", "Jan", "Feb", "Mar (MTD)", "Target"],
                            ["Average daily census", 118, 121, 124, ""],
                            ["Live discharge rate %", 14.2, 16.8, 12.0, 15],
                            ["Median LOS (days)", 19, 22, 18, ""],
                        ],
                        "Inpatient unit": [
                            ["Measure", "Q1"],
                            ["Falls per 1,000 pt days", 3.1],
                            ["Pressure injuries (new)", 1],
                            ["Pain controlled within 48h %", 91],
                        ],
                        "PIP proposal": [
                            ["Step", "Owner", "Due"],
                            ["Bed alarm audit", "Unit manager", "04/15"],
                            ["Night huddle", "Charge RN", "04/01"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HIPAA refresher with fictional example patient",
        notes="Hard negative: training email uses a clearly labelled fictional patient and sample MRN to show what not to email.",
        frm="Privacy Officer <privacy@willowmerehospice.org>",
        to="all-staff@willowmerehospice.org",
        subject="2-minute HIPAA refresher: texting families",
        body='Team,\n\nA reminder with a made-up example. This is NOT okay to text from your personal phone:\n\n   "Mrs. Jane Sample (MRN WH-00000, fictional) is declining, sat 80s, family should come."\n\nUse the secure messaging app instead, and never put a last name plus condition in a text or a subject line. Questions: ext 4410.\n\nHolly Brennan\nPrivacy & Compliance Officer',
    ),
    Spec(
        phi=False,
        category="volunteer orientation calendar invite",
        notes="Calendar invite for a volunteer orientation class; no patients.",
        frm="Volunteer Services <volunteers@willowmerehospice.org>",
        to="new-volunteers@willowmerehospice.org",
        subject="Volunteer orientation - Saturday March 21",
        body="Welcome! Orientation runs 9 to 3 with lunch provided. Bring a photo ID and your TB test result form.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Willowmere Hospice//Volunteers//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:wmh-vol-orient-20260321@willowmerehospice.org\r\nDTSTAMP:20260316T130000Z\r\n"
            "DTSTART:20260321T130000Z\r\nDTEND:20260321T190000Z\r\nSUMMARY:Hospice volunteer orientation\r\n"
            "LOCATION:Willowmere Hospice, Community Room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="staff influenza exposure notice",
        notes="Hard negative: exposure notice about an unnamed staff member with influenza; no individual identifiable.",
        frm="Employee Health <employeehealth@willowmerehospice.org>",
        to="maplehouse-staff@willowmerehospice.org",
        subject="Flu exposure - Maple House night shift",
        body="A Maple House team member has tested positive for influenza A. If you worked nights March 13-15 and develop fever, cough or body aches, stay home and call Employee Health at ext 4402 before your next shift. Oseltamivir prophylaxis is available if you are not vaccinated. Please do not speculate about who it is.\n\nEmployee Health",
    ),
    Spec(
        phi=False,
        category="lorazepam concentrate shortage notice",
        notes="Hard negative: drug shortage notice with doses and alternatives, no patient.",
        frm="Pharmacy Liaison <rxliaison@willowmerehospice.org>",
        to="clinical-staff@willowmerehospice.org",
        subject="SHORTAGE: lorazepam 2 mg/mL oral concentrate",
        body="CareviaRx reports a national backorder of lorazepam 2 mg/mL oral concentrate through at least May.\n\nFor new comfort kits use lorazepam 0.5 mg tablets (may be crushed/dissolved for SL use). Existing patients keep their current supply. Haloperidol 2 mg/mL concentrate is unaffected.\n\nQuestions to the pharmacist on call.",
    ),
    Spec(
        phi=False,
        category="hospice RN case manager job posting",
        notes="Hard negative: job ad mentions cancer, ESRD and dementia patients generically.",
        frm="Human Resources <hr@willowmerehospice.org>",
        to="jobs@ohionursesassoc-board.org",
        subject="Posting: RN Case Manager (Hospice) - Fenwick",
        body="",
        html=(
            "<html><body><h2>RN Case Manager - Home Hospice</h2><p>Willowmere Hospice is hiring a full-time RN Case Manager for our North team.</p>"
            "<ul><li>Manage a caseload of 10-12 patients with end-stage cancer, heart failure, ESRD and dementia</li><li>Symptom management, family teaching, IDG participation</li>"
            "<li>1 year med-surg experience; hospice experience preferred; Ohio RN license</li></ul><p>Mileage reimbursed. Apply at careers.willowmerehospice.org.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="courier contract renewal PDF to vendor",
        notes="Vendor contract renewal; business terms only.",
        frm="Operations <operations@willowmerehospice.org>",
        to="accounts@rapidmedcourier.com",
        subject="Renewal - signed amendment",
        body="Attached is the signed amendment extending our courier agreement through March 2027 at the revised mileage rate. Please countersign and return."
        + SIG,
        atts=(
            Att(
                "Amendment_3_RapidMed.pdf",
                "application/pdf",
                pdf(
                    [
                        "AMENDMENT NO. 3 TO COURIER SERVICES AGREEMENT",
                        "Between Willowmere Hospice and RapidMed Courier LLC",
                        "Term extended to 03/31/2027. Mileage rate: $0.71/mile. After-hours surcharge: $18.",
                        "All other terms unchanged.",
                        "Signed: R. Quinlan, COO, Willowmere Hospice   Date: 03/16/2026",
                    ],
                    "Amendment 3",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="gala ticket receipt to donor",
        notes="Fundraising ticket receipt to a donor's personal mailbox; no health information.",
        frm="Willowmere Foundation <foundation@willowmerehospice.org>",
        to="h.stroud.fenwick@gmail.com",
        subject="Your tickets: Lanterns by the Lake, April 25",
        body="Dear Harold,\n\nThank you for purchasing 2 tickets ($150 each) to Lanterns by the Lake. Doors open at 6 pm at the Fenwick Yacht Club. $110 of each ticket is tax-deductible.\n\nSee you there!\nWillowmere Foundation",
    ),
    Spec(
        phi=False,
        category="de-identified length-of-stay extract to university researcher",
        notes="Hard negative: de-identified extract with age bands, diagnosis groups and LOS only; no identifiers.",
        frm="Quality Dept <quality@willowmerehospice.org>",
        to="m.achebe@fenwickstate.edu",
        subject="De-identified LOS extract (DUA 2026-02)",
        body="Dr. Achebe,\n\nAs agreed in the data use agreement, attached is the Safe Harbor de-identified extract: ages over 89 collapsed to 90+, no dates other than year, no geography.\n\nSandra Lee",
        atts=(
            Att(
                "wmh_los_deid_2025.csv",
                "text/csv",
                "study_id,age_band,sex,dx_group,los_days,discharge_type,year\n"
                "S0001,80-89,F,Dementia,142,death,2025\nS0002,70-79,M,Cancer,11,death,2025\nS0003,90+,F,Heart failure,63,live discharge,2025\n"
                "S0004,60-69,M,Cancer,4,death,2025\nS0005,80-89,M,COPD,37,death,2025\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EMR downtime notice",
        notes="IT downtime notice; no patients.",
        frm="IT Service Desk <itsupport@willowmerehospice.org>",
        to="all-staff@willowmerehospice.org",
        subject="Planned EMR downtime Sat 3/21 01:00-05:00",
        body="The EMR will be unavailable Saturday 01:00-05:00 for the vendor upgrade. Print your downtime MAR reports Friday evening. Point-of-care tablets will sync when the system returns.\n\nIT Service Desk x4000",
    ),
    Spec(
        phi=False,
        category="X12 999 acknowledgment forwarded to billing vendor",
        notes="Hard negative: an X12 999 acceptance carrying only batch control numbers, no patient segments.",
        frm="Billing <billing@willowmerehospice.org>",
        to="support@hospicebillpartners.com",
        subject="999 for batch 4417 - accepted",
        body="FYI the 999 came back clean for last week's batch. Copy attached for your reconciliation.",
        atts=(
            Att(
                "999_000004417.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*CLAIMBRIDGE    *ZZ*WILLOWMERE     *260316*1344*^*00501*000090117*0*P*:~"
                "GS*FA*CLAIMBRIDGE*WILLOWMERE*20260316*1344*90117*X*005010X231A1~ST*999*0001*005010X231A1~"
                "AK1*HC*4417*005010X223A2~AK2*837*0001*005010X223A2~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*90117~IEA*1*000090117~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="EMR training with declared test patient",
        notes="Hard negative: training instructions use the EMR's declared test patient ZZTEST with a test MRN and a sample diagnosis.",
        frm="Clinical Education <education@willowmerehospice.org>",
        to="new-hires-march@willowmerehospice.org",
        subject="Practice charting before Thursday",
        body="Before Thursday's class please log into the TRAIN environment and chart a practice visit on the test patient:\n\n  ZZTEST, HOSPICE-ALPHA  (not a real person)  MRN TEST-0001\n  Practice diagnosis: C18.9 colon cancer; practice meds: morphine 5 mg PO q4h PRN\n\nDo not open real charts in TRAIN. See you Thursday.\n\nJanelle Ortiz, RN, Clinical Educator",
    ),
    Spec(
        phi=False,
        category="grief newsletter to mailing list",
        notes="HTML grief-support newsletter with general topics; no individual.",
        frm="Willowmere Bereavement <bereavement@willowmerehospice.org>",
        to="bereavement-list@willowmerehospice.org",
        subject="Spring Reflections - grief support newsletter",
        body="",
        html=(
            "<html><body><h1>Spring Reflections</h1><p>The first spring after a loss can bring unexpected waves of grief. Anniversaries, Easter tables and garden chores may stir memories.</p>"
            "<h3>Groups this season</h3><ul><li>Loss of a Spouse - Mondays 6:30 pm</li><li>Walking Through Grief - Saturdays 9 am, Fenwick Rail Trail</li></ul>"
            "<p>Call 419-555-0150 to talk with a counselor. Services are free to the community.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="minimum necessary policy draft with placeholder fields",
        notes="Hard negative: policy DOCX lists PHI field names as placeholders; no real data.",
        frm="Privacy Officer <privacy@willowmerehospice.org>",
        to="policy-committee@willowmerehospice.org",
        subject="Draft policy PR-12 Minimum Necessary - comments by 3/27",
        body="Committee,\n\nRedline attached. The main change is section 4: vendors get only the fields in the data map.\n\nHolly",
        atts=(
            Att(
                "PR-12_Minimum_Necessary_draft_v3.docx",
                DOCX,
                docx(
                    [
                        "Willowmere Hospice Policy PR-12: Minimum Necessary Use and Disclosure",
                        "1. Purpose. Limit PHI to the minimum needed for the task.",
                        "4. Vendor data maps. A pharmacy vendor may receive: [Patient Name], [DOB], [MRN], [Terminal Diagnosis], [Allergies].",
                        "A DME vendor may receive: [Patient Name], [Delivery Address], [Phone], [Item]. Never the diagnosis unless required for the order.",
                        "5. Exceptions require Privacy Officer approval.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="physician credentialing packet with NPI and DEA",
        notes="Hard negative: a hospice physician's own NPI, DEA and license numbers for credentialing; provider identifiers only.",
        frm="Medical Staff Office <medstaff@willowmerehospice.org>",
        to="credentialing@fenwickmanorhealth.com",
        subject="Credentialing - Dr. Paul Mertens",
        body="Hello,\n\nFor Dr. Mertens' privileges at Fenwick Manor (hospice visits only):\n\n  Paul Mertens, DO - Hospice & Palliative Medicine\n  NPI 1300583790\n  DEA FM6968361\n  Ohio license 34.018822\n  Board cert ABIM/HPM exp 12/2031\n\nCV and malpractice face sheet to follow.\n\nDenise\nMedical Staff Office",
    ),
    Spec(
        phi=False,
        category="annual community report statistics",
        notes="Hard negative: aggregate patient counts and diagnosis percentages for the annual report; no individuals.",
        frm="Communications <news@willowmerehospice.org>",
        to="printshop@lakeshoreprinting.com",
        subject="Annual report copy - final numbers",
        body="Final numbers for page 3, please swap in:\n\n- 1,142 patients and families served in 2025\n- 38% had dementia as a primary diagnosis, 27% cancer, 19% heart or lung disease\n- 14,600 volunteer hours\n- 612 bereaved family members supported\n\nLogo file attached again in case.\n\nLaura",
        atts=(Att("wmh_logo_small.png", "image/png", png(8, 3, (60, 110, 80))),),
    ),
    Spec(
        phi=False,
        category="volunteer hours export to foundation",
        notes="Hard negative: CSV of volunteer names, dates and hours looks like a census but contains workforce data only.",
        frm="Volunteer Services <volunteers@willowmerehospice.org>",
        to="grants@fenwickcommunityfdn.org",
        subject="Volunteer hours for grant report",
        body="Attached as promised: February volunteer hours for the match calculation.\n\nPriya",
        atts=(
            Att(
                "volunteer_hours_feb2026.csv",
                "text/csv",
                "volunteer,role,date,hours\nBetty Anne Kroll,patient companion,2026-02-03,3\nDoug Farris,admin,2026-02-04,4\nLinh Tran,music vigil,2026-02-10,2\nBetty Anne Kroll,patient companion,2026-02-17,3\n",
            ),
        ),
    ),
]
