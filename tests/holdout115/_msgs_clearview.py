"""Clearview Retina & Eye Associates (ophthalmology and retina practice): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

CV = "Clearview Retina & Eye Associates <frontdesk@clearviewretina.com>"
SIG = "\n\nClearview Retina & Eye Associates\n1840 Stefko Blvd, Suite 300, Bethlehem, PA 18017\nPhone (610) 555-0110 | Fax (610) 555-0111"

HL7_ORU = (
    "MSH|^~\\&|CVR_EHR|CLEARVIEW|LVPCP_EHR|LEHIGHVALLEYPC|20260421103512||ORU^R01|CVR8841302|P|2.5.1\r"
    "PID|1||CV0051734^^^CVR^MR||Mendoza^Rosalind^T||19580917|F|||433 Hanover Ave^^Allentown^PA^18109||610-555-0173\r"
    "PV1|1|O|RETINA^^^CVR||||1583752997^Raman^Anjali^^^MD\r"
    "OBR|1||OCT-26-04417|92134^OCT retina bilateral^CPT|||20260421095000\r"
    "OBX|1|NM|CST-OD^Central subfield thickness OD||412|um|||||F\r"
    "OBX|2|NM|CST-OS^Central subfield thickness OS||288|um|||||F\r"
    "OBX|3|TX|IMPR^Impression||Diabetic macular edema OD, center-involving (E11.3511); OS stable||||||F\r"
)

HL7_SIU = (
    "MSH|^~\\&|CVR_PM|CLEARVIEW|SAUCONASC|SAUCON_ASC|20260422141102||SIU^S12|CVR9902117|P|2.5.1\r"
    "SCH|44109|44109|||||VITRECTOMY^Pars plana vitrectomy||||^^^20260504073000\r"
    "PID|1||CV0048866^^^CVR^MR||Haddad^Yusuf^K||19620311|M|||77 Ridge Rd^^Hellertown^PA^18055||484-555-0129\r"
    "DG1|1||H33.011^Retinal detachment with single break, right eye^I10\r"
    "AIP|1||1583752997^Raman^Anjali^^^MD|SURGEON\r"
    "AIL|1||OR2^^^SAUCON_ASC\r"
)

FHIR_REFERRAL = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "cv-0050219",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9115.1", "value": "CV0050219"}],
      "name": [{"family": "Ostrowski", "given": ["Daniel"]}],
      "birthDate": "1971-06-02",
      "telecom": [{"system": "phone", "value": "610-555-0164"}]}},
    {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/cv-0050219"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E10.3591",
        "display": "Type 1 diabetes with proliferative diabetic retinopathy without macular edema, right eye"}]},
      "onsetDateTime": "2026-04-13"}},
    {"resource": {"resourceType": "ServiceRequest", "status": "active", "intent": "order",
      "subject": {"reference": "Patient/cv-0050219"},
      "code": {"text": "Endocrinology consult - glycemic control before panretinal photocoagulation"}}}
  ]
}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.4"/>
  <code code="11488-4" codeSystem="2.16.840.1.113883.6.1" displayName="Consultation note"/>
  <title>Retina Consultation - Clearview Retina &amp; Eye Associates</title>
  <effectiveTime value="20260422"/>
  <recordTarget><patientRole>
    <id extension="CV0052290" root="2.16.840.1.113883.3.9115.1"/>
    <addr><streetAddressLine>1216 Delaware Ave</streetAddressLine><city>Fountain Hill</city><state>PA</state><postalCode>18015</postalCode></addr>
    <patient><name><given>Winifred</given><family>Ashby</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19440729"/></patient>
  </patientRole></recordTarget>
  <author><assignedAuthor><id extension="1583752997" root="2.16.840.1.113883.4.6"/>
    <assignedPerson><name>Anjali Raman, MD</name></assignedPerson></assignedAuthor></author>
  <component><structuredBody>
    <component><section><title>Assessment and Plan</title>
      <text>Neovascular age-related macular degeneration, left eye, active (H35.3221). VA 20/80 OS. Start aflibercept 2 mg intravitreal OS every 4 weeks x3, then treat-and-extend. Amsler grid at home.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*CLEARVIEWRET   *ZZ*LEHIGHCLR      *260421*1630*^*00501*000004417*0*P*:~"
    "GS*HC*CLEARVIEWRET*LEHIGHCLR*20260421*1630*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "BHT*0019*00*CV4417*20260421*1630*CH~"
    "NM1*85*2*CLEARVIEW RETINA AND EYE ASSOCIATES*****XX*1042793228~"
    "NM1*IL*1*PRZYBYLSKI*EDWARD****MI*XKJ448120937~"
    "DMG*D8*19490214*M~"
    "CLM*CV-260421-07*2240.00***11:B:1*Y*A*Y*Y~"
    "HI*ABK:H35.3211~"
    "SV1*HC:67028:RT*240.00*UN*1***1~"
    "SV1*HC:J0178*2000.00*UN*2***1~"
    "SE*11*0001~GE*1*4417~IEA*1*000004417~"
)

X12_835 = (
    "ISA*00*          *00*          *ZZ*KEYSTONEHP     *ZZ*CLEARVIEWRET   *260417*0812*^*00501*000091220*0*P*:~"
    "ST*835*0001~"
    "BPR*I*1318.42*C*ACH*CCP*01*031000503*DA*8812004417*1882004417*20260417~"
    "N1*PR*KEYSTONE HEALTH PLAN EAST~"
    "N1*PE*CLEARVIEW RETINA AND EYE ASSOCIATES*XX*1042793228~"
    "CLP*CV-260318-22*1*1540.00*1318.42*221.58*12*KHP88120455~"
    "NM1*QC*1*LINDQVIST*MARGARETA****MI*KHE904417233~"
    "SVC*HC:67028:LT*240.00*198.10**1~"
    "SVC*HC:J2778*1300.00*1120.32**1~"
    "SE*9*0001~"
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="post-injection instructions to patient",
        notes="Aftercare email to the patient's gmail naming him, the right-eye Eylea injection given today and his follow-up date.",
        frm="Kayla Dunmore <kdunmore@clearviewretina.com>",
        to="harold.venner48@gmail.com",
        subject="Your visit today - aftercare instructions",
        body="Dear Mr. Venner,\n\nThank you for coming in today. As Dr. Raman explained, you received an Eylea (aflibercept) injection in your RIGHT eye. A scratchy feeling and a small red spot on the white of the eye are normal for a day or two.\n\nCall us right away at (610) 555-0110 if you notice increasing pain, worsening vision or light sensitivity - these can be signs of infection.\n\nYour next injection is scheduled for Tuesday, May 19 at 10:20 am.\n\nKayla Dunmore\nPatient Coordinator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="terse MRN-only update to referring optometrist",
        notes="Hard positive: clipped note gives no name but an MRN and exact birth date with a retinal vein occlusion diagnosis and injection plan.",
        frm="Dr. Anjali Raman <araman@clearviewretina.com>",
        to="dr.feeney@feeneyfamilyeyecare.com",
        subject="re: your referral 4/16",
        body="Jim - saw your pt today. MRN CV0053318, DOB 02/09/1947. OS CRVO w/ CME, VA 20/200, CST 540. Started Avastin OS today, back in 4 wks. No NVI. Will keep you posted.\n\n- AR\n\nSent from my iPhone",
    ),
    Spec(
        phi=True,
        category="HL7 OCT result to primary care interface",
        notes="Hard positive: bland cover email with an HL7 ORU carrying the patient's name, DOB, address and diabetic macular edema findings.",
        frm="Interfaces <interfaces@clearviewretina.com>",
        to="inbound-results@lehighvalleyprimarycare.org",
        subject="Result transmission CVR8841302",
        body="Automated result transmission. 1 message attached. Reply to interfaces@clearviewretina.com for retransmission.",
        atts=(Att("CVR8841302.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="HL7 surgery scheduling message to surgery center",
        notes="Hard positive: HL7 SIU booking in the attachment names the patient, DOB, phone and retinal detachment for a vitrectomy.",
        frm="Surgical Scheduling <surgery@clearviewretina.com>",
        to="scheduling@sauconvalleyasc.com",
        subject="Case booking 44109",
        body="Hi Tanya,\n\nBooking attached for the 5/4 first case. H&P and consent to follow by fax.\n\nMarisol Vega\nSurgical Coordinator"
        + SIG,
        atts=(Att("SIU_44109.hl7", "application/hl7-v2", HL7_SIU),),
    ),
    Spec(
        phi=True,
        category="FHIR referral bundle to endocrinology",
        notes="Hard positive: FHIR Bundle attachment names the patient with birth date, phone and proliferative diabetic retinopathy.",
        frm="Referrals <referrals@clearviewretina.com>",
        to="referrals@valleyendocrine.com",
        subject="Electronic referral - urgent glycemic review",
        body="Please see the attached referral bundle. Dr. Raman would appreciate the patient being seen before PRP is started in three weeks.\n\nThank you,\nReferrals desk"
        + SIG,
        atts=(Att("referral_cv-0050219.json", "application/fhir+json", FHIR_REFERRAL),),
    ),
    Spec(
        phi=True,
        category="C-CDA consult note to PCP",
        notes="Consultation C-CDA to the primary care office naming the patient, her address, DOB and wet macular degeneration treatment plan.",
        frm="Dr. Anjali Raman <araman@clearviewretina.com>",
        to="records@southsidefamilymed.com",
        subject="Consult note - Winifred Ashby",
        body="Dr. Ileana Brooks,\n\nThank you for referring Mrs. Ashby. My consultation note is attached as a C-CDA. We are starting anti-VEGF therapy in the left eye.\n\nAnjali Raman, MD\nVitreoretinal Surgery"
        + SIG,
        atts=(Att("Ashby_W_consult_20260422.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="X12 837 professional claim to clearinghouse",
        notes="Hard positive: 837 claim file names the patient, DOB, member ID, wet AMD diagnosis code and intravitreal injection codes.",
        frm="Billing <billing@clearviewretina.com>",
        to="submissions@lehighclaimsnet.com",
        subject="Batch 4417",
        body="Batch 4417, 1 claim. Please confirm 999 acceptance.\n\nRenee Castillo\nBilling Lead",
        atts=(Att("CVR_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to billing service",
        notes="Hard positive: 835 remittance file passed to the outside billing service shows a named patient, member ID and injection payments.",
        frm="Renee Castillo <rcastillo@clearviewretina.com>",
        to="posting@tricountymedicalbilling.com",
        subject="KHP ERA 4/17 - please post",
        body="Hi Darnell,\n\nKeystone ERA from Friday attached. The J2778 line paid under the fee schedule - can you flag it for appeal after posting?\n\nThanks,\nRenee",
        atts=(Att("KHP_ERA_20260417.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="letter of medical necessity PDF to insurer",
        notes="Letter of medical necessity to the health plan naming the patient, member ID, diabetic macular edema and the requested Vabysmo.",
        frm="Prior Authorizations <priorauth@clearviewretina.com>",
        to="pharmacy.pa@keystonehealthplan.com",
        subject="Prior auth request - faricimab - ref PA-26-1183",
        body="Attached please find the letter of medical necessity and supporting OCT findings for PA-26-1183. Please fax determinations to (610) 555-0111.\n\nLena Hostetler\nPrior Authorization Specialist"
        + SIG,
        atts=(
            Att(
                "LMN_PA-26-1183.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW RETINA & EYE ASSOCIATES - LETTER OF MEDICAL NECESSITY",
                        "Patient: Cornelius Abernathy   DOB: 11/30/1956   Member ID: KHE771204518",
                        "Diagnosis: Type 2 diabetes with diabetic macular edema, both eyes (E11.3513)",
                        "Request: faricimab-svoa (Vabysmo) 6 mg intravitreal, both eyes, every 8 weeks",
                        "History: 9 bevacizumab injections OU since 06/2025 with persistent fluid, CST 455 um OD",
                        "Anjali Raman, MD   NPI: 1583752997",
                    ],
                    "Letter of medical necessity",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only injection appointment reminder",
        notes="HTML-only reminder to the patient's yahoo mailbox naming her, her retina injection appointment time and the treating physician.",
        frm="Clearview Reminders <reminders@clearviewretina.com>",
        to="gloria.fenstermacher@yahoo.com",
        subject="Appointment reminder",
        body="",
        html='<html><body style="font-family:Arial"><p>Hello Gloria Fenstermacher,</p><p>This is a reminder of your <b>retina injection visit</b> with <b>Dr. Anjali Raman</b> on <b>Tuesday, April 28 at 9:40 AM</b>.</p><p>Please bring a driver - your eyes will be dilated. Arrive 15 minutes early.</p><p><a href="https://portal.clearviewretina.com/confirm?a=88120">Confirm</a> | <a href="https://portal.clearviewretina.com/reschedule?a=88120">Reschedule</a></p><p style="font-size:11px;color:#777">Clearview Retina &amp; Eye Associates, 1840 Stefko Blvd, Bethlehem PA 18017, (610) 555-0110</p></body></html>',
        html_only=True,
    ),
    Spec(
        phi=True,
        category="encrypted records package to patient's attorney",
        notes="Hard positive: the body names the client and says her retina practice records and images are in the encrypted zip, which reveals she is a patient.",
        frm="Medical Records <records@clearviewretina.com>",
        to="paralegal@maurerwinslowlaw.com",
        subject="Records request - your client Deborah Llewellyn",
        body="Good afternoon,\n\nPursuant to the signed authorization received 4/13, enclosed are the complete records of Deborah Llewellyn from Clearview Retina & Eye Associates, dates of service 01/2024 through present, including OCT and fluorescein angiography reports. The archive is encrypted; the password will follow by phone.\n\nInvoice for copying fees ($36.50) to follow.\n\nMedical Records Department"
        + SIG,
        atts=(
            Att(
                "Llewellyn_D_records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "visit_summaries.txt": "Deborah Llewellyn DOB 05/22/1969\n2024-01-09 Macula-off RRD OS, scleral buckle + PPV OS (Dr. Raman)\n2024-03-18 Post-op: retina attached, VA 20/70 OS\n2026-04-02 Epiretinal membrane OS, observe\n",
                        "FA_report_20240109.txt": "Fluorescein angiography OS: no leakage, peripheral non-perfusion absent.\n",
                    },
                    "Cv!records0413",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient portal message to physician's gmail",
        notes="Hard positive: a staff member forwards a patient's portal message about new flashes and a curtain in her vision to the doctor's personal gmail.",
        frm="Kayla Dunmore <kdunmore@clearviewretina.com>",
        to="mwhitfield.md@gmail.com",
        subject="Fwd: new floaters since last night",
        body="Dr. Whitfield - you said to send anything urgent here while you're away from the EHR. She is 3 weeks post cataract OD. I told her to come in at 1.\n\nKayla",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Portal Notifications <portal@clearviewretina.com>",
            to="frontdesk@clearviewretina.com",
            subject="New portal message from Priscilla Nagy",
            body="From: Priscilla Nagy (DOB 08/14/1953, MRN CV0049902)\n\nSince last night I'm seeing lots of new floaters and flashes in my right eye, the one you did surgery on, and this morning there is a gray curtain at the top. Should I come in? My cell is 610-555-0182.",
        ),
    ),
    Spec(
        phi=True,
        category="fundus photo named by patient sent to fellow",
        notes="Hard positive: the image file name carries the patient's full name, eye and date, and the mail calls it a case of sickle cell retinopathy.",
        frm="Dr. Anjali Raman <araman@clearviewretina.com>",
        to="retina.fellows@lehighuniversityeye.edu",
        subject="photo for Thursday conference",
        body="For Thursday - the sea-fan neovascularization is nicely visible superotemporally. Proliferative sickle cell retinopathy, we lasered last week.\n\nAR",
        atts=(
            Att("Okonkwo_Adaeze_fundus_OD_2026-04-14.png", "image/png", png(6, 6, (170, 60, 30))),
        ),
    ),
    Spec(
        phi=True,
        category="balance email to patient's daughter",
        notes="Billing email to the daughter's hotmail naming her mother, the YAG laser capsulotomy and the balance due.",
        frm="Renee Castillo <rcastillo@clearviewretina.com>",
        to="s.kowalczyk.home@hotmail.com",
        subject="Your mother's statement",
        body="Hi Ms. Kowalczyk,\n\nAs we discussed, the remaining balance for your mother Irene Kowalczyk's YAG laser capsulotomy on the left eye (03/05/2026) is $118.40 after Medicare and her supplement paid. You can pay online with account number 200418 or by phone.\n\nRenee Castillo\nBilling"
        + SIG,
    ),
    Spec(
        phi=True,
        category="buy-and-bill drug lot log to distributor",
        notes="Multi-sheet workbook sent to the specialty distributor lists patients by name and MRN with the anti-VEGF drug, eye and lot given.",
        frm="Inventory <inventory@clearviewretina.com>",
        to="reconciliation@apexspecialtydist.com",
        subject="March lot reconciliation - Clearview",
        body="Attached is the March administered-lot log for the returns credit. Tab 2 has the two wasted vials.\n\nBrent Hollis\nInventory Coordinator",
        atts=(
            Att(
                "Clearview_lot_log_2026-03.xlsx",
                XLSX,
                xlsx(
                    {
                        "Administered": [
                            ["Date", "MRN", "Patient", "Drug", "Eye", "Lot"],
                            [
                                "2026-03-03",
                                "CV0047719",
                                "Batista, Ernesto",
                                "Eylea HD 8 mg",
                                "OD",
                                "EH26A114",
                            ],
                            [
                                "2026-03-03",
                                "CV0050644",
                                "Greer, Loretta",
                                "Vabysmo 6 mg",
                                "OU",
                                "VB25K802",
                            ],
                            [
                                "2026-03-10",
                                "CV0051120",
                                "Tran, Minh",
                                "Lucentis 0.5 mg",
                                "OS",
                                "LU25J337",
                            ],
                        ],
                        "Wasted": [
                            ["Date", "Drug", "Lot", "Reason"],
                            ["2026-03-12", "Eylea HD 8 mg", "EH26A114", "Dropped vial"],
                        ],
                        "Totals": [
                            ["Drug", "Vials"],
                            ["Eylea HD 8 mg", 1],
                            ["Vabysmo 6 mg", 2],
                            ["Lucentis 0.5 mg", 1],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="condition-segmented recall list to mailing vendor",
        notes="Hard positive: CSV sent to the mail house lists names and home addresses under a diabetic eye exam recall segment, which reveals diabetes.",
        frm="Gregory Shaw <gshaw@clearviewretina.com>",
        to="jobs@keystonemailworks.com",
        subject="Postcard job CV-0426 list",
        body="Hi Pam,\n\nList for the 'Time for your annual diabetic eye exam' postcard is attached (artwork v3 approved). 4x6, first class, drop by 5/1 please.\n\nGreg Shaw\nPractice Manager",
        atts=(
            Att(
                "CV-0426_diabetic_recall.csv",
                "text/csv",
                "first,last,address,city,state,zip,last_exam\n"
                "Louis,Fairweather,18 Pawnee St,Bethlehem,PA,18015,2025-02-11\n"
                "Marta,Gonsalves,702 W Union Blvd,Bethlehem,PA,18018,2025-03-04\n"
                "Theodore,Ruch,4415 Easton Ave,Bethlehem,PA,18020,2025-01-27\n"
                "Janine,Albright,96 Main St,Hellertown,PA,18055,2025-03-19\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="texting-style glaucoma note to doctor's icloud",
        notes="Hard positive: short text-like note names the patient with birth date, stopped glaucoma drops and an eye pressure of 31, plus her phone.",
        frm="Tasha Grier <tgrier@clearviewretina.com>",
        to="helen.okafor@icloud.com",
        subject="pettibone",
        body="L. Pettibone (2/9/47) on phone - stopped her latanoprost 2 wks ago bc $$, IOP 31 OS today in tech screen. wants call back 610-555-0188. ok to give samples?",
    ),
    Spec(
        phi=True,
        category="surgery calendar invite naming patient",
        notes="Hard positive: the calendar invite title and description carry the patient's name and his right-eye vitrectomy for retinal detachment.",
        frm="Surgical Scheduling <surgery@clearviewretina.com>",
        to="anesthesia@sauconvalleyasc.com",
        subject="Invitation: OR2 5/4 07:30",
        body="Calendar hold for anesthesia pre-op review.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Clearview Retina//Scheduling//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:cvr-or2-20260504-0730@clearviewretina.com\nDTSTAMP:20260422T180000Z\nDTSTART:20260504T113000Z\nDTEND:20260504T130000Z\nSUMMARY:PPV/EL/gas OD - Yusuf Haddad (Raman)\nDESCRIPTION:RRD OD macula-on. MAC anesthesia. Pt on apixaban - held per cardiology.\nLOCATION:Saucon Valley ASC OR2\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=True,
        category="driver vision certification DOCX",
        notes="Hard positive: bland cover note; the DOCX vision certification names the patient with DOB, driver's license number, acuity and field loss from glaucoma.",
        frm="Dr. Helen Okafor <hokafor@clearviewretina.com>",
        to="medicalreview@penndot-driverservices.com",
        subject="Form DL-102 as requested",
        body="Attached is the completed form you requested.\n\nHelen Okafor, MD" + SIG,
        atts=(
            Att(
                "DL102_Sokolov.docx",
                DOCX,
                docx(
                    [
                        "Clearview Retina & Eye Associates - Vision Examination Report (DL-102)",
                        "Driver: Arkady Sokolov   DOB: 01/17/1950   Driver's license no. 29 118 447",
                        "Best-corrected acuity: OD 20/40, OS 20/30, OU 20/30",
                        "Visual field: Humphrey 24-2, superior arcuate defect OU from primary open-angle glaucoma (H40.1132)",
                        "Recommendation: daylight driving only; re-examine in 6 months.",
                        "Examiner: Helen Okafor, MD, NPI: 1431815848",
                    ]
                ),
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="Memorial Day office closure notice",
        notes="Staff notice about office hours and on-call coverage; no patient.",
        frm="Gregory Shaw <gshaw@clearviewretina.com>",
        to="allstaff@clearviewretina.com",
        subject="Memorial Day hours and on-call",
        body="All,\n\nThe Bethlehem and Easton offices are closed Monday, May 25. Dr. Whitfield is on call for the weekend; the answering service has the rotation. Clinic templates for Tuesday are full, so please don't double-book injection slots.\n\nGreg",
    ),
    Spec(
        phi=False,
        category="grand rounds invite with de-identified case",
        notes="Hard negative: a grand rounds calendar invite describes a 67-year-old man with a retinal artery occlusion but gives no identifier.",
        frm="Education <education@clearviewretina.com>",
        to="ophthalmology-residents@lehighuniversityeye.edu",
        subject="Retina grand rounds - Thursday 7 am",
        body="Case for discussion: a 67-year-old man with sudden painless vision loss OD, cherry-red spot, carotid stenosis found on work-up. Breakfast provided.",
        ics="BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Clearview Retina//Education//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:cvr-grandrounds-20260430@clearviewretina.com\nDTSTAMP:20260420T120000Z\nDTSTART:20260430T110000Z\nDTEND:20260430T120000Z\nSUMMARY:Retina grand rounds - CRAO as a stroke equivalent\nLOCATION:Clearview conference room B\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    Spec(
        phi=False,
        category="CE lecture announcement naming physician speakers and diseases",
        notes="Hard negative: names of staff physicians next to diseases are lecture speakers and topics, not patients.",
        frm="Education <education@clearviewretina.com>",
        to="optometrists@lehighvalleyoptometric.org",
        subject="COPE-approved evening: 2 CE hours",
        body="Clearview Retina invites area optometrists to our spring CE evening.\n\n6:00 Dr. Helen Okafor - Neovascular glaucoma: when to refer\n6:50 Dr. Anjali Raman - Diabetic macular edema in 2026: faricimab, high-dose aflibercept and the treat-and-extend debate\n7:40 Dr. Marcus Whitfield - Posterior capsule opacification and YAG complications\n\nCOPE course IDs pending. Dinner included.",
        atts=(
            Att(
                "CE_evening_0514.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Clearview Retina//Education//EN\nBEGIN:VEVENT\nUID:cvr-ce-20260514@clearviewretina.com\nDTSTAMP:20260420T120000Z\nDTSTART:20260514T220000Z\nDTEND:20260515T003000Z\nSUMMARY:Clearview CE evening (2 COPE hours)\nLOCATION:Hotel Bethlehem, Grand Ballroom\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate injection quality workbook",
        notes="Hard negative: multi-sheet quality report with monthly injection counts by drug and an endophthalmitis rate; no individual.",
        frm="Gregory Shaw <gshaw@clearviewretina.com>",
        to="partners@clearviewretina.com",
        subject="Q1 injection quality dashboard",
        body="Partners,\n\nQ1 numbers attached. 4,812 injections, one culture-positive endophthalmitis (0.02%). Biosimilar share is up after the Keystone step-therapy change.\n\nGreg",
        atts=(
            Att(
                "Q1_2026_injection_quality.xlsx",
                XLSX,
                xlsx(
                    {
                        "By month": [
                            ["Month", "Injections", "New starts"],
                            ["Jan", 1544, 61],
                            ["Feb", 1497, 54],
                            ["Mar", 1771, 70],
                        ],
                        "By drug": [
                            ["Drug", "Share"],
                            ["Bevacizumab", 0.41],
                            ["Aflibercept (all)", 0.33],
                            ["Faricimab", 0.18],
                            ["Biosimilars", 0.08],
                        ],
                        "Complications": [
                            ["Event", "Count", "Rate"],
                            ["Endophthalmitis", 1, 0.0002],
                            ["IOP spike > 35", 9, 0.0019],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="purchase order with SSN-shaped PO number",
        notes="Hard negative: a supply purchase order whose number looks like an SSN; no patient.",
        frm="Inventory <inventory@clearviewretina.com>",
        to="orders@mediquipsurgical.com",
        subject="PO 412-77-3095 - injection supplies",
        body="Please process the attached PO 412-77-3095 and confirm ship date. Deliver to Suite 300 receiving.\n\nBrent Hollis",
        atts=(
            Att(
                "PO_412-77-3095.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW RETINA & EYE ASSOCIATES - PURCHASE ORDER 412-77-3095",
                        "Vendor: MediQuip Surgical Supply   Terms: Net 30",
                        "32G x 1/2in needles, box of 100  x 20   $14.20   $284.00",
                        "Povidone-iodine 5% ophthalmic, 30 mL  x 48   $6.75   $324.00",
                        "Sterile lid speculum, disposable  x 500   $1.10   $550.00",
                        "Total: $1,158.00   Ship to: 1840 Stefko Blvd Suite 300, Bethlehem PA",
                    ],
                    "Purchase order",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank patient letter template DOCX",
        notes="Hard negative: a letter template with placeholders for patient name, date of birth and diagnosis; no real person.",
        frm="Gregory Shaw <gshaw@clearviewretina.com>",
        to="frontdesk@clearviewretina.com",
        subject="Updated no-show letter template",
        body="Please use this version from Monday. Merge fields are in brackets.\n\nGreg",
        atts=(
            Att(
                "Template_missed_injection_letter_v4.docx",
                DOCX,
                docx(
                    [
                        "[DATE]",
                        "Dear [PATIENT NAME] (DOB [DOB]),",
                        "You missed your scheduled treatment for [DIAGNOSIS] on [APPT DATE]. Delaying injections can lead to permanent vision loss.",
                        "Please call (610) 555-0110 to reschedule.",
                        "Sincerely, [PHYSICIAN NAME]",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="image sharing minimum-necessary policy",
        notes="Hard negative: internal policy text about sending retinal images and PHI by email; describes identifiers in general, no individual.",
        frm="Compliance <compliance@clearviewretina.com>",
        to="allstaff@clearviewretina.com",
        subject="Policy IS-07 revised: sending images outside Clearview",
        body="Revised policy attached. Key change: fundus photos and OCT exports must be renamed to the accession number before they leave the practice - no patient names or birth dates in file names.\n\nDenise Marchetti\nCompliance Officer",
        atts=(
            Att(
                "IS-07_image_sharing_policy.txt",
                "text/plain",
                "POLICY IS-07  Sending ophthalmic images outside Clearview\nEffective 2026-05-01\n\n1. Images leave the practice only through the secure portal or encrypted email.\n2. File names use the accession number only. Names, MRNs, birth dates and eye/diagnosis labels are not allowed in file names.\n3. Teaching images must be de-identified (crop identifying features, strip DICOM headers).\n4. Personal email accounts may never receive patient images.\n5. Violations are reported to the Compliance Officer.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="physician roster with NPI and DEA to payer credentialing",
        notes="Hard negative: provider NPIs, DEA number and specialties of the practice's physicians sent for credentialing; no patient.",
        frm="Credentialing <credentialing@clearviewretina.com>",
        to="provider.enrollment@keystonehealthplan.com",
        subject="Roster update - Clearview Retina & Eye Associates",
        body="Please update our group roster (group NPI: 1042793228):\n\nAnjali Raman, MD - Vitreoretinal surgery - NPI: 1583752997 - DEA BR on file\nMarcus Whitfield, MD - Cornea / cataract - NPI: 1697438293\nHelen Okafor, MD - Glaucoma - NPI: 1431815848\nNew: Tomas Brandt, DO - Pediatric ophthalmology - NPI: 1584889202, DEA BB1694000, start date 06/01/2026\n\nCAQH attestations are current.\n\nJoanne Pfeiffer\nCredentialing Coordinator",
    ),
    Spec(
        phi=False,
        category="HTML-only AMD awareness newsletter",
        notes="Hard negative: HTML-only newsletter about macular degeneration symptoms and treatments sent to a subscriber list; no individual.",
        frm="Clearview Retina <news@clearviewretina.com>",
        to="subscribers@lists.clearviewretina.com",
        subject="Seeing wavy lines? What to know about macular degeneration",
        body="",
        html='<html><body><h2>Eye on Health - May 2026</h2><p>Age-related macular degeneration (AMD) is the leading cause of vision loss in adults over 60. Warning signs include straight lines that look wavy, a dark spot in the center of vision and faded colors.</p><p>Wet AMD is treated with injections that can stabilize or improve vision. Dry AMD may benefit from AREDS2 vitamins.</p><p><a href="https://www.clearviewretina.com/amd">Learn more</a> | <a href="https://www.clearviewretina.com/unsubscribe">Unsubscribe</a></p></body></html>',
        html_only=True,
    ),
    Spec(
        phi=False,
        category="ophthalmic technician job posting",
        notes="Recruiting email to a job board; no patient.",
        frm="Human Resources <hr@clearviewretina.com>",
        to="postings@valleyhealthjobs.com",
        subject="Job posting: Certified Ophthalmic Technician (COT)",
        body="Please post through June 30:\n\nClearview Retina & Eye Associates seeks a full-time COT for our Bethlehem office. Duties: work-ups, OCT and fundus photography, assisting with intravitreal injections. COA/COT required. Salary $24-$31/hour, 401(k) match.\n\nApply: hr@clearviewretina.com",
    ),
    Spec(
        phi=False,
        category="OCT service ticket with device serial",
        notes="Hard negative: service request for the practice's own OCT scanner with its serial number; the device is not a patient's.",
        frm="Brent Hollis <bhollis@clearviewretina.com>",
        to="fieldservice@opticoimaging.com",
        subject="Service request - Cirrus 5000 SN 5000-21874",
        body="Our Cirrus 5000 (serial 5000-21874, installed 2022) shows 'SLO alignment error' on startup since Friday. Room 4, Bethlehem office. Contract CV-SVC-2024-118. First available tech please - it is our main injection-clinic scanner.\n\nBrent Hollis\n(610) 555-0114",
    ),
    Spec(
        phi=False,
        category="practice introduction to new optometrist",
        notes="Welcome and referral-process mail to an optometrist; no patient.",
        frm="Dr. Marcus Whitfield <mwhitfield@clearviewretina.com>",
        to="dr.lin@easthillsvision.com",
        subject="Welcome to the Lehigh Valley",
        body="Dr. Lin,\n\nWelcome to town. For urgent referrals (flashes/floaters, sudden vision loss) call our doctor line (610) 555-0119 and we will see the patient same day. Routine cataract referrals can go through the portal.\n\nLooking forward to working with you.\n\nMarcus Whitfield, MD",
    ),
    Spec(
        phi=False,
        category="shift swap note to technician's personal gmail",
        notes="Scheduling note to a technician's personal gmail about her own shifts; no patient.",
        frm="Tasha Grier <tgrier@clearviewretina.com>",
        to="brianna.keck22@gmail.com",
        subject="Saturday clinic swap",
        body="Hi Bri - Jordan can take your May 9 Saturday injection clinic if you take his May 16. Reply yes and I'll update the schedule. Enjoy the wedding!\n\nTasha\nLead Technician",
    ),
    Spec(
        phi=False,
        category="interview scheduling to applicant's outlook",
        notes="Recruiting email to a job applicant's personal mailbox; no health information.",
        frm="Human Resources <hr@clearviewretina.com>",
        to="devon.marsh.cot@outlook.com",
        subject="Interview - COT position",
        body="Hi Devon,\n\nThanks for applying. Could you come in Wednesday 4/29 at 2:00 pm to meet Dr. Raman and our lead tech? Please bring your COT certificate.\n\nHR, Clearview Retina & Eye Associates",
    ),
    Spec(
        phi=False,
        category="clinical trial recruitment flyer for DME",
        notes="Hard negative: trial recruitment flyer lists eligibility criteria (diabetic macular edema, HbA1c) but names no person.",
        frm="Research <research@clearviewretina.com>",
        to="office@lehighvalleyoptometric.org",
        subject="Now enrolling: DME gene therapy trial",
        body="Please share with your members.\n\nCLEARVIEW RETINA RESEARCH - NOW ENROLLING\nWho: adults 18+ with center-involving diabetic macular edema, HbA1c below 10%, treated with anti-VEGF in the past year\nWhat: one-time suprachoroidal gene therapy vs standard injections, 2-year follow-up\nCompensation for travel. Call research coordinator Amy Koch at (610) 555-0117.",
    ),
    Spec(
        phi=False,
        category="de-identified study extract zip to university",
        notes="Hard negative: zip of a de-identified extract (study IDs, age bands, visual acuity) under a data use agreement; no identifiers.",
        frm="Research <research@clearviewretina.com>",
        to="biostat@lehighuniversityeye.edu",
        subject="DUA-2026-03 extract v2",
        body="Extract v2 attached per DUA-2026-03. Safe Harbor method: ages over 89 grouped, dates shifted to study day, no ZIP codes.\n\nAmy Koch\nResearch Coordinator",
        atts=(
            Att(
                "DUA-2026-03_extract_v2.zip",
                "application/zip",
                zipped(
                    {
                        "extract.csv": "study_id,age_band,sex,dx_group,baseline_va_letters,week52_va_letters,injections\nS0001,70-79,F,nAMD,54,63,10\nS0002,60-69,M,DME,61,70,8\nS0003,90+,F,nAMD,38,40,12\n",
                        "README.txt": "De-identified per 45 CFR 164.514(b). Study day replaces dates.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded drug rep sample program email",
        notes="Hard negative: forwarded vendor mail about a sample and copay program; mentions drugs and conditions generally, no patient.",
        frm="Dr. Helen Okafor <hokafor@clearviewretina.com>",
        to="tgrier@clearviewretina.com",
        subject="Fwd: Rhopressa sample program changes",
        body="Tasha - FYI for the sample closet. Let's keep a log sheet.\n\nHO",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Carla Beaumont <cbeaumont@aerisopharma.com>",
            to="hokafor@clearviewretina.com",
            subject="Rhopressa sample program changes",
            body="Dr. Okafor,\n\nStarting June 1 glaucoma sample shipments move to quarterly, max 24 units per prescriber. The copay card now caps commercially insured patients at $35/month. Happy to drop off updated brochures.\n\nCarla Beaumont\nOphthalmology Account Manager",
        ),
    ),
    Spec(
        phi=False,
        category="patient wait-time chart PNG",
        notes="Hard negative: a PNG chart of average clinic wait times by weekday; aggregate, no individual.",
        frm="Gregory Shaw <gshaw@clearviewretina.com>",
        to="partners@clearviewretina.com",
        subject="Wait times chart",
        body="Chart attached. Tuesday injection clinic average wait 52 min vs 31 min other days. Proposal: add a second injection room on Tuesdays.",
        atts=(Att("wait_times_by_weekday.png", "image/png", png(8, 4, (40, 110, 200))),),
    ),
    Spec(
        phi=False,
        category="copy fee invoice to law firm",
        notes="Hard negative: an invoice to a law firm for copying fees that carries only an invoice number and amount, no patient name.",
        frm="Medical Records <records@clearviewretina.com>",
        to="billing@maurerwinslowlaw.com",
        subject="Invoice INV-26-0188",
        body="Invoice INV-26-0188 for records copying: $36.50, due in 30 days. Please reference the invoice number with payment; remit to 1840 Stefko Blvd, Suite 300, Bethlehem PA 18017.\n\nThank you.",
    ),
]
