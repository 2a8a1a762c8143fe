"""Larkspur Valley Medical Center (palliative care and spiritual care): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

PAL = "Larkspur Valley Palliative Care <palliative@larkspurvalleymed.org>"
SPC = "Larkspur Valley Spiritual Care <spiritualcare@larkspurvalleymed.org>"
SIG_PAL = "\n\nPalliative Care Service\nLarkspur Valley Medical Center\n400 Larkspur Way, Harrow Falls, PA 17356\n(717) 555-0112"
SIG_SPC = "\n\nDepartment of Spiritual Care\nLarkspur Valley Medical Center\n(717) 555-0114 | pager via operator (717) 555-0100"
CONF = "\n\nCONFIDENTIALITY NOTICE: This message may contain confidential information intended only for the addressee."

FHIR_REFERRAL = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "lvm-00422615",
                    "identifier": [
                        {"system": "urn:oid:2.16.840.1.113883.3.7719.1", "value": "00422615"}
                    ],
                    "name": [{"family": "Kowalczyk", "given": ["Irene", "M"]}],
                    "birthDate": "1941-09-02",
                    "telecom": [{"system": "phone", "value": "717-555-0183"}],
                    "address": [
                        {
                            "line": ["27 Quarry Hill Rd"],
                            "city": "Dallastown",
                            "state": "PA",
                            "postalCode": "17313",
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "ServiceRequest",
                    "status": "active",
                    "intent": "order",
                    "code": {"text": "Referral to hospice - home hospice admission evaluation"},
                    "reasonCode": [
                        {
                            "coding": [
                                {
                                    "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                    "code": "I50.22",
                                    "display": "Chronic systolic (congestive) heart failure",
                                }
                            ]
                        }
                    ],
                    "subject": {"reference": "Patient/lvm-00422615"},
                    "note": [
                        {
                            "text": "NYHA IV, EF 15%, declined LVAD. Goals: home, comfort focused. DNR/DNI, POLST completed 04/16/2026."
                        }
                    ],
                }
            },
        ],
    },
    indent=1,
)

HL7_A03 = (
    "MSH|^~\\&|LVM_ADT|LARKSPURVALLEY|HOSPICE_IF|CEDARHOSPICE|202604201412||ADT^A03|LVM4418207|P|2.5.1\r"
    "EVN|A03|202604201405\r"
    "PID|1||00419963^^^LVM^MR||Tillman^Harold^R||19380317|M|||88 Brickyard Ln^^Red Lion^PA^17356||717-555-0176\r"
    "PV1|1|I|6W^612^A^LVM|||||1420839106^Achebe^Ngozi^^^^MD|||||||||||||||||||||||||||||||01|HOS\r"
    "DG1|1||C61^Malignant neoplasm of prostate^I10|||F\r"
    "DG1|2||C79.51^Secondary malignant neoplasm of bone^I10|||F\r"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
 <title>Palliative Care Consultation Note</title>
 <effectiveTime value="20260417"/>
 <recordTarget><patientRole><id extension="00420587" root="2.16.840.1.113883.3.7719.1"/>
  <patient><name><given>Delbert</given><family>Rourke</family></name><birthTime value="19470611"/></patient>
 </patientRole></recordTarget>
 <author><assignedAuthor><id extension="1532708876" root="2.16.840.1.113883.4.6"/>
  <assignedPerson><name><given>Ngozi</given><family>Achebe</family><suffix>MD</suffix></name></assignedPerson></assignedAuthor></author>
 <component><structuredBody>
  <component><section><title>Assessment</title><text>78M with COPD GOLD 4 on 4 L home oxygen, two admissions for hypercapnic respiratory failure since February. Dyspnea 7/10 at rest.</text></section></component>
  <component><section><title>Plan</title><text>Start morphine IR 2.5 mg PO q4h PRN dyspnea. Lorazepam 0.5 mg PRN anxiety. Code status changed to DNR. Discussed hospice; patient and wife would like to think it over.</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

X12_278 = (
    "ISA*00*          *00*          *ZZ*LARKSPURVMC    *ZZ*KEYSTONEHP     *260420*0931*^*00501*000004417*0*P*:~"
    "GS*HI*LARKSPURVMC*KEYSTONEHP*20260420*0931*4417*X*005010X217~"
    "ST*278*0001*005010X217~"
    "BHT*0007*13*LVM278-4417*20260420*0931~"
    "HL*1**20*1~NM1*X3*2*KEYSTONE HEALTH PLAN*****PI*60054~"
    "HL*2*1*21*1~NM1*1P*2*LARKSPUR VALLEY MEDICAL CENTER*****XX*1168487845~"
    "HL*3*2*22*1~NM1*IL*1*ESPINOZA*TERESA****MI*KHP884102936~DMG*D8*19550124*F~"
    "HL*4*3*EV*0~UM*HS*I*2*21:B~DTP*472*RD8*20260421-20260720~HI*ABK:C34.90*ABF:J91.0~"
    "SV2*0651**0*UN*90~NM1*SJ*2*CEDAR HOSPICE OF YORK*****XX*1391783457~"
    "SE*12*0001~GE*1*4417~IEA*1*000004417~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="chaplain update to patient's own pastor",
        notes="Chaplain tells the patient's home pastor (gmail) that a named parishioner is on the palliative unit, declining, and asking for him.",
        frm="Chaplain Marisol Vance <mvance@larkspurvalleymed.org>",
        to="pastor.dwight.ellery@gmail.com",
        subject="Your parishioner at Larkspur Valley",
        body="Pastor Ellery,\n\nMrs. Loretta Fenwick asked me to reach out to you. She was moved to our palliative care unit (6 West, room 618) on Saturday after her lymphoma stopped responding to treatment, and the team expects her time to be short, likely days. She is still alert in the mornings and would very much like you to visit and bring communion. Her daughter Carla is usually at the bedside after 4 pm.\n\nVisiting is open for clergy; please check in at the 6 West desk.\n\nBlessings,\nMarisol Vance, MDiv, BCC\nStaff Chaplain"
        + SIG_SPC,
    ),
    Spec(
        phi=True,
        category="hospice referral with FHIR bundle",
        notes="Hard positive: body only says a referral is attached; the FHIR bundle names the patient with DOB, address, heart failure diagnosis and DNR status.",
        frm="Renata Osei RN <rosei@larkspurvalleymed.org>",
        to="intake@cedarhospiceyork.org",
        subject="Referral - home hospice eval",
        body="Good morning,\n\nNew referral attached as a FHIR bundle from our palliative service (your intake system should import it directly). Family is available for an admission visit any time after 1 pm tomorrow. Please call me with any questions.\n\nRenata Osei, RN\nPalliative Care Nurse Navigator"
        + SIG_PAL
        + CONF,
        atts=(Att("referral_00422615.json", "application/fhir+json", FHIR_REFERRAL),),
    ),
    Spec(
        phi=True,
        category="HL7 discharge-to-hospice message to hospice interface",
        notes="Hard positive: HL7 A03 attachment carries the patient's name, MRN, DOB, address and metastatic prostate cancer diagnoses on discharge to hospice.",
        frm="LVM Interface Engine <hl7-noreply@larkspurvalleymed.org>",
        to="interfaces@cedarhospiceyork.org",
        subject="Resend ADT A03 - message control LVM4418207",
        body="Per ticket INC-20931, resending the A03 that failed on your side Friday (segment length error). File attached as received by our engine. No other messages in the batch were affected.\n\nLVM Integration Team",
        atts=(Att("LVM4418207_A03.hl7", "application/hl7-v2", HL7_A03),),
    ),
    Spec(
        phi=True,
        category="C-CDA consult note to primary care office",
        notes="C-CDA palliative consult note to the patient's PCP with name, MRN, DOB, COPD, opioid start and DNR decision.",
        frm="Dr. Ngozi Achebe <nachebe@larkspurvalleymed.org>",
        to="records@yorkfamilypractice.com",
        cc="palliative@larkspurvalleymed.org",
        subject="Consult note for your patient - palliative care",
        body="Dr. Whitcomb,\n\nThank you for the referral of Mr. Delbert Rourke. My consultation note from 4/17 is attached in C-CDA format. In brief, we started low-dose morphine for dyspnea and he has chosen DNR status. I'd be glad to co-manage; we will see him again in the outpatient palliative clinic in two weeks.\n\nNgozi Achebe, MD\nHospice and Palliative Medicine"
        + SIG_PAL,
        atts=(Att("Rourke_palliative_consult_20260417.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="X12 278 hospice authorization request",
        notes="Hard positive: X12 278 request to the health plan with member name, member ID, DOB, lung cancer and pleural effusion codes for hospice authorization.",
        frm="Utilization Review <ur@larkspurvalleymed.org>",
        to="edi-278@keystonehealthplan.com",
        subject="278 submission batch 4417",
        body="Attached is 278 batch 4417 (1 transaction). Please return the 278 response to our SFTP mailbox as usual.\n\nUR Department, Larkspur Valley Medical Center",
        atts=(Att("LVM_278_4417.x12", "application/edi-x12", X12_278),),
    ),
    Spec(
        phi=True,
        category="family meeting calendar invite to daughter",
        notes="Calendar invite to the patient's daughter's yahoo mailbox naming her father, his room and a goals-of-care meeting about stopping dialysis.",
        frm="Dr. Ngozi Achebe <nachebe@larkspurvalleymed.org>",
        to="janellepritchard@yahoo.com",
        subject="Family meeting about your father's care - Wednesday 2 pm",
        body="Ms. Pritchard,\n\nAs we discussed by phone, I've set up a family meeting for Wednesday at 2 pm in the 6 West family conference room to talk about your father Walter Pritchard's goals of care, including whether to continue dialysis. Nephrology (Dr. Haines) and Chaplain Vance will join us. Your brother can dial in with the number in the invite.\n\nNgozi Achebe, MD"
        + SIG_PAL,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larkspur Valley//Outlook//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lvm-fm-20260422-pritchard@larkspurvalleymed.org\r\nDTSTAMP:20260420T150000Z\r\nDTSTART:20260422T180000Z\r\nDTEND:20260422T190000Z\r\nSUMMARY:Family meeting - Walter Pritchard (6W-604) goals of care / dialysis\r\nLOCATION:6 West family conference room; dial-in (717) 555-0119 code 4471\r\nORGANIZER:mailto:nachebe@larkspurvalleymed.org\r\nATTENDEE:mailto:janellepritchard@yahoo.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="texting-style last rites request to parish",
        notes="Hard positive: terse note to a parish priest with a bed number, a surname and 'actively dying', asking for anointing.",
        frm="Chaplain On Call <chaplain.oncall@larkspurvalleymed.org>",
        to="frtomas@stcasimirparish.org",
        subject="anointing request 6W",
        body="Fr Tomas - 6W bed 14, Mr Okafor (Augustine), actively dying, wife asking for anointing asap. Catholic. I'm on unit till 11. -Ben",
    ),
    Spec(
        phi=True,
        category="bereavement mailing list workbook to print vendor",
        notes="Hard positive: workbook for the bereavement mailer lists next of kin addresses with the names and March dates of death of patients who died in the hospital's care.",
        frm="Bereavement Program <bereavement@larkspurvalleymed.org>",
        to="orders@keystonemailhouse.com",
        subject="Bereavement mailing - April drop",
        body="Hi Gary,\n\nAttached is the April drop for the 3-month bereavement card (same design as last quarter, item BRV-3). The 'Mail list' tab is what gets printed; the other tab is for your QC only. Please have proofs to me by Thursday.\n\nThanks,\nPriya Nandakumar\nBereavement Coordinator",
        atts=(
            Att(
                "bereavement_april_drop.xlsx",
                XLSX,
                xlsx(
                    {
                        "Mail list": [
                            [
                                "Recipient",
                                "Address",
                                "City",
                                "ZIP",
                                "In memory of",
                                "Date of death",
                            ],
                            [
                                "Gloria Haddad",
                                "14 Linden Ct",
                                "York",
                                "17402",
                                "Samir Haddad",
                                "2026-03-03",
                            ],
                            [
                                "Vernon Stiles",
                                "302 Creek Rd",
                                "Windsor",
                                "17366",
                                "Patricia Stiles",
                                "2026-03-09",
                            ],
                            [
                                "Ashley Munro",
                                "9 Pine Ridge Dr",
                                "Shrewsbury",
                                "17361",
                                "Douglas Munro",
                                "2026-03-17",
                            ],
                            [
                                "Rev. Amos Tull",
                                "511 Market St Apt 3",
                                "Hanover",
                                "17331",
                                "Edith Tull",
                                "2026-03-28",
                            ],
                        ],
                        "QC": [
                            ["Unit", "Records", "Returned last quarter"],
                            ["6 West palliative", 3, 1],
                            ["ICU", 1, 0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="spiritual care census csv to volunteers",
        notes="Hard positive: CSV census for volunteer visitors lists patient names, rooms, faith and comfort-care/isolation flags.",
        frm=SPC,
        to="lvm-spiritualcare-volunteers@googlegroups.com",
        subject="Visit list for Tuesday",
        body="Volunteers,\n\nTuesday's visit list is attached. Please skip anyone flagged 'no visitors' and gown up for contact isolation rooms. Remember: what you see and hear on the units stays on the units.\n\nThank you for your ministry!"
        + SIG_SPC,
        atts=(
            Att(
                "visit_list_tue.csv",
                "text/csv",
                "room,patient,faith,requests,flags\n"
                "6W-602,Beatrice Ampofo,Methodist,prayer; hymns,comfort care\n"
                "6W-607,Leonard Szabo,Catholic,rosary,contact isolation (C. diff)\n"
                "6W-611,Yusuf Rahimi,Muslim,imam visit Fri,\n"
                "5E-520,Doris Keel,None stated,company,no visitors after 7pm\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="POLST scan sent to patient's son",
        notes="PDF of the patient's completed POLST (name, DOB, DNR, comfort measures) sent to the son's outlook mailbox.",
        frm="Renata Osei RN <rosei@larkspurvalleymed.org>",
        to="kevin.marchetti@outlook.com",
        subject="Copy of your mother's POLST",
        body="Kevin,\n\nAs promised, here is a copy of the POLST form your mother signed with Dr. Achebe yesterday. Please keep it with her papers at home and bring the pink original if she ever goes back to an emergency room. Call me with any questions.\n\nRenata Osei, RN"
        + SIG_PAL,
        atts=(
            Att(
                "POLST_Marchetti_Angela.pdf",
                "application/pdf",
                pdf(
                    [
                        "LARKSPUR VALLEY MEDICAL CENTER - PENNSYLVANIA POLST (COPY)",
                        "Patient: Angela R. Marchetti     DOB: 11/05/1939     MRN: 00421176",
                        "Section A - CPR: Do Not Attempt Resuscitation (DNR)",
                        "Section B - Medical interventions: Comfort measures only; transfer only if comfort needs cannot be met",
                        "Section C - Artificially administered nutrition: No feeding tube",
                        "Diagnosis: advanced Alzheimer dementia, recurrent aspiration pneumonia",
                        "Signed: Ngozi Achebe MD, NPI 1532708876, 04/19/2026; Kevin Marchetti (POA)",
                    ],
                    "POLST copy",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="memorial service names docx to choir director",
        notes="Hard positive: the docx of names to be read at the hospital's memorial service lists patients who died at the hospital with their units and months of death.",
        frm="Chaplain Marisol Vance <mvance@larkspurvalleymed.org>",
        to="harmonyvoices.director@gmail.com",
        subject="Names for the spring remembrance service",
        body="Dear Celeste,\n\nThank you again for bringing the community choir to our Service of Remembrance on May 3. Attached is the reading list so you can time the music between sections. Please don't share it beyond the choir accompanist.\n\nWarmly,\nMarisol",
        atts=(
            Att(
                "remembrance_names_spring2026.docx",
                DOCX,
                docx(
                    [
                        "Larkspur Valley Medical Center - Service of Remembrance, May 3, 2026",
                        "Names to be read (patients who died in our care, January - March 2026)",
                        "Section 1 - 6 West Palliative Care: Samir Haddad (March), Patricia Stiles (March), Ernest Bowlby (February), Lucinda Greer (January)",
                        "Section 2 - Intensive Care: Douglas Munro (March), Tomasz Wojcik (February)",
                        "Section 3 - Oncology: Edith Tull (March), Rosalind Achterberg (January)",
                        "Music after each section; candle lighting after section 3.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="symptom medication reply to family member",
        notes="Reply to a patient's husband at hotmail with her name and her sublingual morphine and haloperidol doses for breakthrough pain and nausea.",
        frm="Renata Osei RN <rosei@larkspurvalleymed.org>",
        to="gfitzhugh54@hotmail.com",
        subject="RE: question about Maureen's medicines",
        body="Mr. Fitzhugh,\n\nYes, you can give Maureen the morphine concentrate (20 mg/mL) 0.25 mL (5 mg) under the tongue every 2 hours as needed for breakthrough pain; you do not need to wait for the scheduled long-acting tablet. For the nausea, the haloperidol 0.5 mg can be given up to three times a day. If she needs more than four doses of morphine in a day, please call our line so Dr. Achebe can adjust the long-acting dose.\n\nRenata Osei, RN\nPalliative Care Nurse Navigator"
        + SIG_PAL,
    ),
    Spec(
        phi=True,
        category="forwarded nurse email about sacrament request",
        notes="Hard positive: the cover note is vague, but the forwarded nurse's message names the patient, room, sepsis and the family's request for the sacrament of the sick.",
        frm="Chaplain Benjamin Adeyemi <badeyemi@larkspurvalleymed.org>",
        to="office@stcasimirparish.org",
        subject="FW: family request - please see below",
        body="Good afternoon,\n\nPlease see the nurse's note below. Could Father Tomas or the deacon come tonight? I've let the family know you may call them.\n\nBen Adeyemi\nStaff Chaplain",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Kaitlyn Brandt RN <kbrandt@larkspurvalleymed.org>",
            to="chaplain.oncall@larkspurvalleymed.org",
            subject="Pt in ICU 4 requesting priest",
            body="Hi chaplain - Genevieve Lapointe in ICU bed 4 (MRN 00423390), septic shock, family meeting this afternoon decided to transition to comfort care tonight. Husband Marc (717-555-0191) requests sacrament of the sick before extubation, they are parishioners at St Casimir. Thanks, Kaitlyn",
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only clinic follow-up summary to wife",
        notes="HTML-only visit summary to the patient's wife's icloud address with his name, clinic appointment date and new fentanyl patch dose.",
        frm=PAL,
        to="dlindqvist@icloud.com",
        subject="Summary of today's palliative clinic visit",
        body="",
        html="<html><body><p>Dear Mrs. Lindqvist,</p><p>Thank you for coming in with <b>Arvid</b> today. Here is the summary you asked for:</p><table border='1' cellpadding='4'><tr><th>Item</th><th>Plan</th></tr><tr><td>Pain (pancreatic cancer)</td><td>Fentanyl patch increased to 37 mcg/hr, change every 72 hours</td></tr><tr><td>Constipation</td><td>Senna 2 tabs at bedtime, add Miralax if no BM in 2 days</td></tr><tr><td>Next visit</td><td>Palliative clinic, Tuesday May 5, 10:30 am, Suite 210</td></tr></table><p>Call (717) 555-0112 any time, day or night.</p><p>Larkspur Valley Palliative Care</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="legacy handprint photo to granddaughter",
        notes="Hard positive: the PNG's file name carries the patient's name and palliative unit room; the body calls it her legacy project.",
        frm="Hollie Brennan ATR-BC <hbrennan@larkspurvalleymed.org>",
        to="sophie.abernathy.22@gmail.com",
        subject="Grandma's handprint art",
        body="Hi Sophie,\n\nHere's the digital copy of the handprint piece your grandmother made with me this morning for her legacy project. The framed original is in her room. She was tired but so proud of it.\n\nHollie Brennan, ATR-BC\nPalliative Care Art Therapy",
        atts=(
            Att(
                "legacy_handprint_Ruth_Abernathy_6W-615.png", "image/png", png(8, 6, (214, 150, 90))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="MRN-only DME order for home discharge",
        notes="Hard positive: no name, but an MRN, a planned discharge to hospice and oxygen and hospital bed orders identify the patient and the care.",
        frm="Case Management 6W <cm6west@larkspurvalleymed.org>",
        to="orders@susquehannahomemedical.com",
        subject="Delivery tomorrow - MRN 00418837",
        body="Hi team,\n\nMRN 00418837 is going home tomorrow with Cedar Hospice. Need delivered before 11 am: semi-electric hospital bed with alternating pressure mattress, O2 concentrator 5 L with 2 E tanks, bedside commode. Address and phone are on the faxed order from this morning. Equipment is billed to Cedar Hospice under the hospice benefit (Medicare MBI 4TW7-JA3-KH52, election effective 4/21).\n\nThanks,\nJody Lamarr, RN CM\nx4417",
    ),
    Spec(
        phi=True,
        category="interpreter booking for family meeting",
        notes="Interpreter booking to an outside agency naming the patient, her metastatic pancreatic cancer and a family meeting about hospice.",
        frm="Palliative Scheduling <palliative@larkspurvalleymed.org>",
        to="bookings@bridgeinterpreting.com",
        subject="Interpreter needed Thu 4/23 10:00 - Vietnamese",
        body="Hello,\n\nWe need an in-person Vietnamese interpreter on Thursday 4/23 at 10:00 for about 90 minutes.\n\nPatient: Mrs. Nguyen Thi Hoa, 6 West room 609\nPurpose: family meeting to discuss her metastatic pancreatic cancer, stopping chemotherapy and a hospice referral\nFamily: husband and two adult children; the son speaks some English but the family does not want him to interpret.\n\nPlease ask the interpreter to check in at the 6 West nurses' station. Billing to cost centre 7410.\n\nThank you,\nPalliative Care Scheduling",
    ),
    Spec(
        phi=True,
        category="music therapy referral to contractor's personal mailbox",
        notes="Referral sent to a contract music therapist's aol address with the patient's name, room, anxiety and dyspnea symptoms and prognosis.",
        frm="Renata Osei RN <rosei@larkspurvalleymed.org>",
        to="melodyworks.tessa@aol.com",
        subject="Referral for tomorrow",
        body="Hi Tessa,\n\nOne new referral for your Thursday session: Mr. Clifford Baines, 6W-603, 71, end-stage ALS. Severe anxiety around his breathing at night (BiPAP), and he loves bluegrass. Wife Norma is there most days. Prognosis is probably weeks. He tires fast, so 20 minutes max.\n\nThanks!\nRenata",
    ),
    Spec(
        phi=True,
        category="clinic schedule text file to answering service",
        notes="Hard positive: the text attachment lists palliative clinic patients by name with phone numbers, appointment times and visit reasons.",
        frm="Palliative Clinic <palclinic@larkspurvalleymed.org>",
        to="accounts@afterhourscallcenter.net",
        subject="Reminder calls - Monday clinic",
        body="Please make reminder calls for Monday's clinic today between 4 and 7 pm. List attached. Leave a voicemail with the clinic name only.",
        atts=(
            Att(
                "reminders_mon.txt",
                "text/plain",
                "LVM PALLIATIVE CLINIC - REMINDER CALLS FOR MON 04/27\n"
                "09:00  Hector Villanueva   717-555-0167   symptom f/u - pain (bone mets)\n"
                "09:40  Carolyn Teague      717-555-0188   new consult - ovarian ca\n"
                "10:20  Philip Oyelaran     717-555-0129   f/u - CHF goals of care\n"
                "11:00  Janice Whitford     717-555-0145   f/u - ALS, advance directive review\n",
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="ELNEC course flyer with fictional case",
        notes="Hard negative: end-of-life nursing course flyer; faculty names with credentials and an obviously fictional teaching case ('Mrs. A', COPD).",
        frm="Clinical Education <clined@larkspurvalleymed.org>",
        to="nursing-all@larkspurvalleymed.org",
        subject="ELNEC Core course - June 9 and 10 - registration open",
        body="ELNEC Core (End-of-Life Nursing Education Consortium), June 9-10, 8:00-4:30, Auditorium B. 13.0 contact hours.\n\nFaculty: Ngozi Achebe, MD (Hospice and Palliative Medicine); Renata Osei, RN, CHPN; Marisol Vance, MDiv, BCC (Spiritual Care).\n\nModules: pain management, symptom management, ethical issues, communication, loss and grief, final hours.\n\nPre-work case (fictional): 'Mrs. A, 82, with severe COPD and her daughter disagree about a feeding tube...' Come ready to role-play the family meeting.\n\nRegister in the Learning Center by May 29. Lunch provided.",
    ),
    Spec(
        phi=False,
        category="quarterly aggregate palliative consult workbook",
        notes="Hard negative: multi-sheet workbook of consult counts by diagnosis group, unit and outcome; no individuals.",
        frm="Dr. Ngozi Achebe <nachebe@larkspurvalleymed.org>",
        to="qualitycommittee@larkspurvalleymed.org",
        subject="Palliative care Q1 dashboard",
        body="Committee members,\n\nQ1 numbers attached ahead of Thursday. Consult volume is up 18% over Q4, mostly from the ICU. Median time from admission to consult dropped to 2.1 days.\n\nNgozi",
        atts=(
            Att(
                "palliative_Q1_2026_dashboard.xlsx",
                XLSX,
                xlsx(
                    {
                        "By diagnosis": [
                            ["Diagnosis group", "Consults", "Hospice referrals"],
                            ["Cancer", 142, 61],
                            ["Heart failure", 58, 19],
                            ["COPD", 37, 11],
                            ["Dementia", 44, 22],
                            ["Other", 31, 7],
                        ],
                        "By unit": [
                            ["Unit", "Consults"],
                            ["ICU", 96],
                            ["6 West", 118],
                            ["5 East", 54],
                            ["ED", 44],
                        ],
                        "Outcomes": [
                            ["Measure", "Q4 2025", "Q1 2026"],
                            ["Median days to consult", 2.9, 2.1],
                            ["Code status addressed %", 88, 93],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="chaplain on-call rota csv",
        notes="Hard negative: on-call rota of staff chaplains with pager numbers; workforce information only.",
        frm=SPC,
        to="operators@larkspurvalleymed.org",
        subject="May chaplain on-call schedule",
        body="Operators, please load the attached May on-call rota. Overnight calls go to the listed chaplain's pager first, then the department manager.",
        atts=(
            Att(
                "chaplain_oncall_may2026.csv",
                "text/csv",
                "date_range,chaplain,pager,backup\n"
                "2026-05-01 to 2026-05-07,Benjamin Adeyemi,717-555-0161,Marisol Vance\n"
                "2026-05-08 to 2026-05-14,Marisol Vance,717-555-0162,Rabbi Hannah Gold\n"
                "2026-05-15 to 2026-05-21,Rabbi Hannah Gold,717-555-0163,Benjamin Adeyemi\n"
                "2026-05-22 to 2026-05-31,Imam Kareem Saleh,717-555-0164,Marisol Vance\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice with SSN-shaped PO number",
        notes="Hard negative: vendor's comfort-quilt invoice forwarded to AP; the PO number looks like an SSN and no patient appears.",
        frm="Priya Nandakumar <pnandakumar@larkspurvalleymed.org>",
        to="accountspayable@larkspurvalleymed.org",
        subject="Invoice 2291 - comfort quilts - PO 402-17-5586",
        body="Please pay the attached invoice from Threads of Comfort for the memory quilts. Goods received in full on 4/14. Charge to bereavement fund 7418.\n\nPriya",
        atts=(
            Att(
                "ThreadsOfComfort_INV2291.pdf",
                "application/pdf",
                pdf(
                    [
                        "THREADS OF COMFORT QUILTING GUILD - INVOICE 2291",
                        "Bill to: LARKSPUR VALLEY MEDICAL CENTER, Bereavement Program",
                        "Customer PO: 402-17-5586      Terms: Net 30",
                        "40 x lap quilt, assorted (memory quilt program)   $22.00   $880.00",
                        "1 x delivery                                        $35.00",
                        "Total due: $915.00",
                    ],
                    "Invoice 2291",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank advance directive template to senior centre",
        notes="Hard negative: blank advance directive and health care proxy form with instructions; no person filled in.",
        frm="Renata Osei RN <rosei@larkspurvalleymed.org>",
        to="programs@yorkseniorcenter.org",
        subject="Advance directive forms for your April 16 workshop follow-up",
        body="Hi Denise,\n\nAs promised after our National Healthcare Decisions Day talk, here is the blank Pennsylvania advance directive packet in Word so you can print copies. Attendees should not send completed forms to us; they should keep them and give copies to their doctor and agent.\n\nRenata",
        atts=(
            Att(
                "PA_advance_directive_blank.docx",
                DOCX,
                docx(
                    [
                        "PENNSYLVANIA ADVANCE HEALTH CARE DIRECTIVE (blank form)",
                        "Part I. Health care power of attorney. I, ______________________, of ______________________ (address), appoint ______________________ as my health care agent.",
                        "Part II. Living will. If I have an end-stage medical condition or am permanently unconscious, I direct that: [ ] CPR  [ ] mechanical ventilation  [ ] tube feeding  [ ] dialysis  [ ] antibiotics",
                        "Signature ____________   Date ____________   Witness 1 ____________   Witness 2 ____________",
                        "Instructions: keep the original; give copies to your agent and your doctor. Review when your health changes.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="chaplain conference absence notice",
        notes="Staff notice that a chaplain is away at a conference and who covers; workforce only.",
        frm="Rev. Dr. Oliver Grant <ogrant@larkspurvalleymed.org>",
        to="allnursingunits@larkspurvalleymed.org",
        subject="Chaplain coverage April 27 - May 1",
        body="Colleagues,\n\nChaplain Marisol Vance will be at the APC annual conference April 27 - May 1. Chaplain Ben Adeyemi will cover 6 West and oncology; please page him through the operator. Catholic sacramental requests continue to go to St. Casimir parish.\n\nOliver Grant\nDirector, Spiritual Care",
    ),
    Spec(
        phi=False,
        category="Schwartz Rounds invitation with de-identified case",
        notes="Hard negative: Schwartz Rounds invite with a de-identified case theme; no patient is identifiable.",
        frm="Schwartz Rounds Committee <schwartzrounds@larkspurvalleymed.org>",
        to="allstaff@larkspurvalleymed.org",
        subject="Schwartz Rounds: 'When the family wants everything done'",
        body="Join us for Schwartz Rounds on Wednesday, May 13, 12:00-1:00 in Auditorium B (lunch provided, also on Teams).\n\nPanel: an ICU nurse, a palliative physician and a chaplain reflect on caring for a patient whose family asked for every intervention while the team felt treatment was causing suffering. Details have been changed to protect privacy. Rounds are about our experience as caregivers, not clinical decisions.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larkspur Valley//Outlook//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:schwartz-20260513@larkspurvalleymed.org\r\nDTSTAMP:20260420T130000Z\r\nDTSTART:20260513T160000Z\r\nDTEND:20260513T170000Z\r\nSUMMARY:Schwartz Rounds - When the family wants everything done\r\nLOCATION:Auditorium B / Teams\r\nORGANIZER:mailto:schwartzrounds@larkspurvalleymed.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="palliative physician directory with NPIs",
        notes="Hard negative: directory of the palliative team's clinicians with NPIs, specialties and phones, sent to a hospice partner; no patient.",
        frm="Palliative Care Office <palliative@larkspurvalleymed.org>",
        to="medicalrecords@cedarhospiceyork.org",
        subject="Updated palliative provider list for your referral forms",
        body="Hello,\n\nPlease update your referral forms with our current team:\n\nNgozi Achebe, MD - Hospice and Palliative Medicine - NPI 1532708876 - DEA FA1864520\nLuis Ferreira-Platt, DO - Hospice and Palliative Medicine - NPI 1789227810\nAnneliese Wong, CRNP - Palliative NP - NPI 1738028640\nRenata Osei, RN, CHPN - Nurse Navigator\n\nReferral line (717) 555-0112, fax (717) 555-0113.\n\nThank you,\nPalliative Care Office",
    ),
    Spec(
        phi=False,
        category="death pronouncement and release policy PDF",
        notes="Hard negative: policy document on pronouncement of death and release of the body to funeral homes; procedural, no patient.",
        frm="Policy Office <policy@larkspurvalleymed.org>",
        to="hollisweatherby.directors@hollisweatherby.com",
        subject="Revised policy PC-14 for funeral home partners",
        body="Dear funeral home partners,\n\nThe revised policy PC-14 (pronouncement of death and release of remains) takes effect May 1. Key change: releases after 11 pm now go through the house supervisor rather than the unit. The relevant pages are attached.\n\nLarkspur Valley Policy Office",
        atts=(
            Att(
                "PC-14_release_of_remains_rev2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "LARKSPUR VALLEY MEDICAL CENTER - POLICY PC-14 (REV. 05/2026)",
                        "Pronouncement of death and release of remains",
                        "1. Death is pronounced by a physician, CRNP or PA; time is recorded in the EHR.",
                        "2. The OPO referral line is called within one hour of every death (CMS CoP 482.45).",
                        "3. Funeral home staff present photo ID and the family's signed release authorization.",
                        "4. After 23:00, releases are coordinated by the house supervisor (ext. 4100).",
                        "5. Personal belongings are inventoried and released to the next of kin.",
                    ],
                    "Policy PC-14",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML newsletter on healthcare decisions day",
        notes="HTML-only community newsletter about advance care planning events; a health topic with no individual.",
        frm="Larkspur Valley Community Health <community@larkspurvalleymed.org>",
        to="newsletter-subscribers@lists.larkspurvalleymed.org",
        subject="Have the conversation: advance care planning events this spring",
        body="",
        html="<html><body><h2>Have the conversation</h2><p>Who would speak for you if you couldn't speak for yourself? Our palliative care team is hosting free advance care planning workshops this spring:</p><ul><li>May 6, 6 pm - Harrow Falls Public Library</li><li>May 14, 10 am - York Senior Center</li><li>May 20, 7 pm - online</li></ul><p>Bring your questions about living wills, POLST forms and choosing a health care agent. No registration required.</p><p><a href='https://www.larkspurvalleymed.org/acp'>Learn more</a></p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="CPE residency applicant reply",
        notes="Reply to a chaplain residency applicant's personal mailbox about interview logistics; no health information.",
        frm="Rev. Dr. Oliver Grant <ogrant@larkspurvalleymed.org>",
        to="samuel.okonkwo.mdiv@gmail.com",
        subject="CPE residency interview - May 4",
        body="Dear Samuel,\n\nThank you for applying to our 2026-27 CPE residency. We'd like to invite you to interview on Monday, May 4 at 1:00 pm. Please bring a verbatim from your unit of CPE (with all patient details removed) and be ready to talk about your theological reflection. Parking is free in Garage C.\n\nOliver Grant, DMin, ACPE Certified Educator",
    ),
    Spec(
        phi=False,
        category="meditation garden donor thank-you",
        notes="Thank-you to a community donor at comcast.net for a gift to the meditation garden; no patient or health information.",
        frm="Larkspur Valley Foundation <foundation@larkspurvalleymed.org>",
        to="harold.and.june.pike@comcast.net",
        subject="Thank you for supporting the meditation garden",
        body="Dear Mr. and Mrs. Pike,\n\nThank you for your generous gift of $500 to the Spiritual Care meditation garden. Your support will fund the new benches and the labyrinth path being installed this summer. This letter serves as your receipt; no goods or services were provided in exchange.\n\nWith gratitude,\nLarkspur Valley Foundation",
    ),
    Spec(
        phi=False,
        category="grant report with de-identified story",
        notes="Hard negative: grant report docx with program totals and a vague, de-identified patient story that identifies no one.",
        frm="Rev. Dr. Oliver Grant <ogrant@larkspurvalleymed.org>",
        to="grants@yorkcommunityfoundation.org",
        subject="Interim report - Compassionate Presence grant",
        body="Dear Ms. Halvorsen,\n\nOur interim report for the Compassionate Presence volunteer program is attached. Please let me know if the committee needs anything else.\n\nOliver Grant",
        atts=(
            Att(
                "CompassionatePresence_interim_report.docx",
                DOCX,
                docx(
                    [
                        "Compassionate Presence Volunteer Program - Interim Report (July 2025 - March 2026)",
                        "Volunteers trained: 24. Bedside visits: 1,318. No One Dies Alone vigils: 41.",
                        "Story: A man in his seventies with no family nearby told a volunteer that her visits were 'the best part of the week'. (Details changed; shared with permission of the program.)",
                        "Budget: $18,400 of $30,000 spent (training, background checks, volunteer supplies).",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="meditation room facilities request",
        notes="Facilities request about heating in the meditation room; no health information.",
        frm="Chaplain Benjamin Adeyemi <badeyemi@larkspurvalleymed.org>",
        to="facilities@larkspurvalleymed.org",
        subject="Interfaith chapel - heat not working",
        body="Hi Facilities,\n\nThe interfaith chapel on the first floor has been cold since Friday (thermostat reads 61). We have Friday prayers and a staff memorial there this week. Could someone look at it?\n\nThanks,\nBen, x4114",
    ),
    Spec(
        phi=False,
        category="EHR downtime procedure for chaplains",
        notes="Downtime instructions for chaplain documentation; procedural, no patient.",
        frm="Clinical Informatics <informatics@larkspurvalleymed.org>",
        to="spiritualcare@larkspurvalleymed.org",
        subject="Planned EHR downtime Sunday 02:00-05:00",
        body="During Sunday's planned downtime, chaplains should document visits on the paper Spiritual Care Visit Note (form SC-2, in the blue downtime binder on each unit) and enter them in the EHR within 24 hours after recovery. Do not email visit notes. Census reports will be printed at 01:30 on each unit.\n\nClinical Informatics",
    ),
    Spec(
        phi=False,
        category="consult volume chart image",
        notes="Hard negative: PNG chart of monthly consult volumes for leadership; aggregate only.",
        frm="Dr. Luis Ferreira-Platt <lferreiraplatt@larkspurvalleymed.org>",
        to="cmo-office@larkspurvalleymed.org",
        subject="Chart for board slide - consult growth",
        body="Dr. Varga,\n\nHere's the chart for slide 7: monthly palliative consults, Jan 2025 - Mar 2026, with the 2nd FTE start marked. 412 consults in Q1 vs 298 a year ago.\n\nLuis",
        atts=(Att("palliative_consults_by_month.png", "image/png", png(12, 8, (40, 110, 180))),),
    ),
    Spec(
        phi=False,
        category="CPE training zip with fictional verbatim",
        notes="Hard negative: zip of CPE training materials containing a syllabus and an explicitly fictional verbatim; no real patient.",
        frm="Rev. Dr. Oliver Grant <ogrant@larkspurvalleymed.org>",
        to="cpe-students-summer@larkspurvalleymed.org",
        subject="Unit 1 materials",
        body="Welcome, summer CPE cohort! The zip contains the syllabus and a sample verbatim. The sample is fictional and written for teaching; your own verbatims must use initials and changed details only.",
        atts=(
            Att(
                "CPE_unit1_materials.zip",
                "application/zip",
                zipped(
                    {
                        "syllabus.txt": "CPE Summer Unit 2026 - Larkspur Valley Medical Center\nWeek 1: orientation, listening skills\nWeek 2: grief and loss\nWeek 3: spiritual assessment (FICA, HOPE)\nWeek 4: ethics and end-of-life care\n",
                        "sample_verbatim_FICTIONAL.txt": "SAMPLE VERBATIM (fictional, for teaching)\nPatient: 'Mr. Q', a made-up 60-year-old man facing surgery.\nC1: Good morning, I'm the chaplain. How are you today?\nP1: Scared, honestly.\nReflection: What did I notice in myself when he named his fear?\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded hospice partner meeting agenda",
        notes="Hard negative: forward of a hospice partner's meeting agenda listing topics and staff attendees; no patient.",
        frm="Dr. Ngozi Achebe <nachebe@larkspurvalleymed.org>",
        to="lferreiraplatt@larkspurvalleymed.org",
        subject="FW: agenda for hospice liaison meeting",
        body="Luis - can you cover this one? I'm in clinic. Agenda below.\n\nN",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Trudy Kessler <tkessler@cedarhospiceyork.org>",
            to="nachebe@larkspurvalleymed.org",
            subject="Agenda - quarterly liaison meeting 4/30",
            body="Hi Dr. Achebe,\n\nAgenda for our quarterly liaison meeting, Thursday 4/30 at 3 pm (Teams):\n1. Referral turnaround times (Q1 median 19 hours)\n2. Weekend admissions staffing\n3. New GIP beds at our inpatient unit\n4. Shared education: opioid conversion refresher\n\nTrudy Kessler, RN\nCommunity Liaison, Cedar Hospice of York",
        ),
    ),
    Spec(
        phi=False,
        category="staff interfaith prayer service notice",
        notes="Hard negative: notice of a staff reflection service after a hard month on the units; mentions losses generally, no patient.",
        frm=SPC,
        to="allstaff@larkspurvalleymed.org",
        subject="Tending the Tenders - staff reflection service Friday",
        body="It has been a heavy month on many of our units. Spiritual Care invites all staff to a short interfaith reflection on Friday at 7:15 am and 7:15 pm in the chapel (both shift changes). We will light candles for the patients we have cared for and lost this spring, and for ourselves. Come as you are, for five minutes or fifteen."
        + SIG_SPC,
    ),
]
