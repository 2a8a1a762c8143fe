"""holdout7: Riverbend Heart & Vascular (multi-site cardiology group with cardiac rehab)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx
from _spec import RHV, Att, Spec

SIG_KELSEY = """
Kelsey Drummond, MS, ACSM-CEP
Cardiac Rehab Coordinator | Eastgate
Riverbend Heart & Vascular
o 316-555-0142"""

DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential information. If you are not the intended
recipient, please contact the sender and destroy all copies."""

HL7_TROP = "\r".join(
    [
        "MSH|^~\\&|RHV_LAB|RIVERBEND|MVH_EHR|MERCYVALLEY|202611101432||ORU^R01|RHV884120|P|2.5.1",
        "PID|1||RHV-0051877^^^RHV^MR||ABERNATHY-COLE^LORETTA^J||19470912|F|||"
        "1120 Sycamore Bend Rd^^Derby^KS^67037||316-555-0183",
        "PV1|1|O|EASTGATE^CLINIC||||1437582822^SALAZAR^MIGUEL^^^MD",
        "OBR|1|RHV884120|MV22019|89579^Troponin I, high sensitivity^CPT|||202611101355",
        "OBX|1|NM|89579-7^Troponin I cardiac.high sensitivity^LN||61|ng/L|<=34|H|||F",
        "OBX|2|NM|2160-0^Creatinine^LN||1.4|mg/dL|0.6-1.1|H|||F",
        "NTE|1||Delta from 0h: +22 ng/L. Provider notified 14:20.",
    ]
)

HL7_TEST = "\r".join(
    [
        "MSH|^~\\&|RHV_ECHO|RIVERBEND|CARDIOVUE|CVX|202611111005||ORU^R01|TST000417|T|2.5.1",
        "PID|1||ZZTEST0004^^^RHV^MR||ZZTEST^ECHOINTERFACE^A||19000101|U",
        "OBR|1|TST000417||93306^TTE complete^CPT",
        "OBX|1|NM|18043-0^LVEF^LN||55|%|||||T",
        "NTE|1||INTERFACE VALIDATION ONLY - SYNTHETIC TEST RECORD - NOT A PATIENT",
    ]
)

X12_837 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*RIVERBENDHV    *ZZ*PRAIRIEBLUE    "
            "*261111*0915*^*00501*000004471*0*P*:",
            "GS*HC*RIVERBENDHV*PRAIRIEBLUE*20261111*0915*4471*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*RHV20261111A*20261111*0915*CH",
            "NM1*85*2*RIVERBEND HEART AND VASCULAR*****XX*1698480864",
            "NM1*IL*1*VOSKUIJLEN*HENDRIK*P***MI*PBH772019384",
            "N3*48 Quarry Ridge Ct",
            "N4*Andover*KS*670029104",
            "DMG*D8*19520227*M",
            "CLM*RHV55310*1840***11:B:1*Y*A*Y*Y",
            "HI*ABK:I2510*ABF:I480",
            "SV1*HC:93351*1480*UN*1***1",
            "SV1*HC:93000*360*UN*1***1",
            "SE*13*0001",
            "GE*1*4471",
            "IEA*1*000004471",
        ]
    )
    + "~\n"
)

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
 <title>Riverbend Heart &amp; Vascular - Clinic Visit Summary</title>
 <effectiveTime value="20261110"/>
 <recordTarget><patientRole>
  <id extension="RHV-0039461" root="2.16.840.1.113883.3.9441"/>
  <addr><streetAddressLine>602 W Pawnee Terrace</streetAddressLine><city>Wichita</city><state>KS</state><postalCode>67213</postalCode></addr>
  <patient><name><given>Ignatius</given><family>Mbeki-Sorensen</family></name>
   <administrativeGenderCode code="M"/><birthTime value="19580604"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Problems</title>
   <text>Heart failure with reduced EF (I50.22), LVEF 30%. Type 2 diabetes.</text></section></component>
  <component><section><title>Medications</title>
   <text>Sacubitril/valsartan 49/51 mg BID (new); carvedilol 12.5 mg BID; empagliflozin 10 mg daily.</text></section></component>
  <component><section><title>Plan</title>
   <text>BMP in 1 week. Refer to cardiac rehab (Eastgate). Return 4 weeks.</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""  # noqa: E501 (one XML element per line, as EHRs export it)

REHAB_ROSTER = xlsx(
    {
        "Nov wk1": [
            ["Participant", "DOB", "Dx/Referral", "Sessions", "Peak METs", "Notes"],
            ["Ferreira, Albertina", "1950-08-14", "CABG x3", 7, 4.1, "HR ok"],
            ["Dukakis-Bell, Roland", "1962-01-30", "STEMI/PCI LAD", 9, 6.8, ""],
            ["Haugland, Signe", "1944-11-02", "Valve (TAVR)", 4, 3.2, "BP 168/92 pre, held"],
            ["Yazzie, Curtis", "1957-05-21", "HFrEF", 6, 3.9, "wt +3 lb"],
        ],
        "Nov wk2": [
            ["Participant", "Sessions", "Peak METs"],
            ["Ferreira, Albertina", 3, 4.4],
            ["Dukakis-Bell, Roland", 3, 7.0],
            ["Yazzie, Curtis", 2, 4.0],
        ],
        "Phase III waitlist": [
            ["Name", "Phone", "Referral date"],
            ["Tremblay, Odile", "316-555-0122", "2026-10-29"],
            ["Kaur, Baljit", "316-555-0177", "2026-11-02"],
        ],
    }
)

QUALITY_XLSX = xlsx(
    {
        "Summary": [
            ["Metric", "Q2 2026", "Q3 2026", "Target"],
            ["Door-to-balloon median (min)", 61, 58, 90],
            ["D2B within 90 min (%)", 92.0, 94.3, 90],
            ["30-day HF readmission (%)", 9.4, 8.1, 10],
            ["Cardiac rehab referral at discharge (%)", 78.0, 83.5, 85],
            ["Rehab completions (n)", 188, 212, ""],
        ],
        "By site": [
            ["Site", "Echo volume", "Nuclear volume", "Rehab completions"],
            ["Main", 2140, 611, 97],
            ["Eastgate", 1288, 0, 82],
            ["Lakeview", 902, 244, 33],
        ],
    }
)

MESSAGES = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="rehab start confirmation to patient",
        notes="Hard positive: patient first name + cardiac rehab start time to her own gmail",
        frm=f"Kelsey Drummond <kdrummond@{RHV}>",
        to="dolores.villanueva52@gmail.com",
        subject="Monday",
        body="Hi Dolores,\n\nYou're all set to start rehab Monday 11/16 at 7:30am at the "
        "Eastgate gym "
        "(back entrance by the lab). First day is mostly the walk test + going over your "
        "home exercise plan. Bring your nitro and your med list, wear sneakers.\n\nSee you then!"
        + SIG_KELSEY,
    ),
    Spec(
        phi=True,
        category="referral cover sheet pdf",
        notes="PHI only in the PDF: name, DOB, MRN, AFib dx and TEE request",
        frm=f"Lakeview Front Desk <lakeview.frontdesk@{RHV}>",
        to="referrals@mercyvalleyhealth.org",
        subject="Referral - TEE",
        body="Please see attached referral. Fax back scheduling confirmation to 316-555-0190.\n\n"
        "Thank you,\nMonique\nLakeview Front Desk" + DISCLAIMER,
        atts=(
            Att(
                "referral_TEE.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND HEART & VASCULAR - LAKEVIEW",
                        "OUTPATIENT REFERRAL",
                        "Patient: Harold Breckenridge    DOB: 03/14/1951",
                        "MRN: RHV-0048213   Phone: 316-555-0161",
                        "Insurance: Medicare A/B  MBI: 5XW2-GE8-HC20",
                        "Diagnosis: I48.91 Atrial fibrillation, unspecified",
                        "Requested: Transesophageal echo prior to DC cardioversion",
                        "Anticoagulation: apixaban 5 mg BID since 10/20/2026",
                        "Ordering: Ruth Adeyemi-Clarke, MD  NPI: 1969289960",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="cardiologist asks colleague to review holter",
        notes="Hard positive: Patient surname, hospital bed and holter findings / pacemaker plan",
        frm=f"Miguel Salazar <msalazar@{RHV}>",
        to=f"rahul.venkataraman@{RHV}",
        subject="holter",
        body="Rahul can you look at Mr. Okonkwo's holter when you get a sec? pauses up to 3.2s "
        "overnight, mostly 2-4am, he's asymptomatic. I'm leaning PPM. He's in bed 12 on 5N at "
        "Mercy till tmrw.\n\nM\n\nSent from my iPhone",
    ),
    Spec(
        phi=True,
        category="subject-only INR alert",
        notes="Hard positive: PHI only in the subject (name, DOB, INR, hold warfarin); body "
        "'see subj'",
        frm=f"Tamsin Oduya <toduya@{RHV}>",
        to=f"anticoag@{RHV}",
        subject="Ramirez, Teodoro 6/2/1948 - INR 4.1 today, hold warfarin x1 recheck Fri",
        body="see subj\n\nT",
    ),
    Spec(
        phi=True,
        category="837 professional claim to payer",
        notes="Hard positive: X12 837 attachment with member id, DOB, address, dx and CPT; body "
        "generic",
        frm=f"Billing <billing@{RHV}>",
        to="edi-intake@prairiebluehealth.com",
        subject="Resubmission batch 4471",
        body="Attached corrected claim file per your rejection report of 11/06 (loop 2010BA).\n\n"
        "Riverbend Heart & Vascular - Central Billing Office",
        atts=(Att("RHV_4471.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="rehab roster xlsx multi-sheet",
        notes="Hard positive: XLSX with three sheets of rehab participants, DOBs, diagnoses, "
        "waitlist phones",
        frm=f"Kelsey Drummond <kdrummond@{RHV}>",
        to="j.whitfield@mercyvalleyhealth.org",
        cc=f"pgoldfarb@{RHV}",
        subject="rehab numbers for your ITR signoff",
        body="Dr. Whitfield - here's the Nov attendance/METs sheet for your medical director "
        "sign-off. "
        "Waitlist tab is new, we're trying to get those two in before Thanksgiving.\n" + SIG_KELSEY,
        atts=(Att("Eastgate_rehab_Nov.xlsx", XLSX, REHAB_ROSTER),),
    ),
    Spec(
        phi=True,
        category="device check calendar invite to patient",
        notes="ICS invite naming the patient and ICD interrogation, sent to personal mailbox",
        frm=f"Device Clinic <deviceclinic@{RHV}>",
        to="phuong.nguyenhale@yahoo.com",
        subject="Invitation: ICD check - Phuong Nguyen-Hale @ Thu Nov 19, 2026 10:15am",
        body="Riverbend Device Clinic has invited you to an appointment.\n\nICD check (in-office "
        "interrogation) - Phuong Nguyen-Hale\nThu Nov 19, 2026 10:15am - 10:45am (CST)\n"
        "Riverbend Main, 2nd floor, Suite 210\n\nPlease bring your home monitor.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riverbend//Scheduling//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:rhv-dev-20261119-1015@riverbendheart.com\r\n"
        "DTSTAMP:20261110T160000Z\r\nDTSTART:20261119T161500Z\r\nDTEND:20261119T164500Z\r\n"
        "SUMMARY:ICD check - Phuong Nguyen-Hale\r\n"
        "DESCRIPTION:In-office ICD interrogation (Medtronic). Bring home monitor.\r\n"
        "LOCATION:Riverbend Main Suite 210\r\n"
        "ATTENDEE;CN=Phuong Nguyen-Hale:mailto:phuong.nguyenhale@yahoo.com\r\n"
        "ORGANIZER;CN=Device Clinic:mailto:deviceclinic@riverbendheart.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="nurse replies to patient's daughter",
        notes="Reply to daughter's gmail quoting her message with father's name and meds",
        frm=f"Brianna Keough RN <bkeough@{RHV}>",
        to="annaprus.home@gmail.com",
        subject="RE: Dad's meds",
        body="Hi Anna,\n\nYes - stop the old metoprolol tartrate bottle completely. He should only "
        "be taking the succinate (the ER one) 50 mg once in the morning. If his HR is under 55 or "
        "he's dizzy, hold it and call us.\n\nBrianna Keough, RN\nRiverbend Heart & Vascular - "
        "Main\n\n"
        "-----Original Message-----\nFrom: Anna Prus <annaprus.home@gmail.com>\nSent: Tuesday, "
        "November 10, 2026 8:02 PM\nTo: Brianna Keough\nSubject: Dad's meds\n\n"
        "Hi, this is Walter Prus's daughter. Since the hospital he has two metoprolol bottles and "
        "I don't know which one to give him. He was really tired today. Thanks, Anna",
    ),
    Spec(
        phi=True,
        category="hl7 troponin result to hospital",
        notes="Hard positive: HL7 ORU attachment with patient name, DOB, address, troponin; "
        "body only says 'results'",
        frm=f"Interface Team <interfaces@{RHV}>",
        to="lab-interface@mercyvalleyhealth.org",
        subject="resend ORU RHV884120",
        body="Resending the message that errored on your side this afternoon (ACK AE). Raw file "
        "attached.\n\n- Interfaces",
        atts=(Att("RHV884120.hl7", "application/hl7-v2", HL7_TROP),),
    ),
    Spec(
        phi=True,
        category="wound photo with name in filename",
        notes="Hard positive: PNG named with patient name + sternal incision; body mentions "
        "redness",
        frm=f"Kelsey Drummond <kdrummond@{RHV}>",
        to="ctsurgery@mercyvalleyhealth.org",
        subject="incision pic",
        body="Photo from rehab this am. Some redness at the inferior pole, no drainage, afebrile. "
        "She said it's been itchy. Want her to come in?\n" + SIG_KELSEY,
        atts=(
            Att(
                "LeBlanc_Marguerite_sternal_incision_11-10.png",
                "image/png",
                png(6, 6, (214, 150, 140)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="stress test list by initials and DOB",
        notes="Hard positive: tomorrow's nuclear list with initials + DOB + test type + weight",
        frm=f"Ana Lucia Ferraz <aferraz@{RHV}>",
        to=f"nucmed@{RHV}",
        subject="tmrw",
        body="tmrw list:\n\nJ.W. 04/22/57 - lexiscan, 240lb, 2 day protocol\nA.K. 11/03/49 - TM, "
        "hx CABG\nR.T.D. 01/15/66 - lexiscan, asthma?? check w/ Dr S\nM.O. 09/09/71 - TM\n\n"
        "caffeine calls done except R.T.D.",
    ),
    Spec(
        phi=True,
        category="rounding note Mrs. K",
        notes="Hard positive: 'Mrs. K' + room number + med change sent to hospitalist",
        frm=f"Rahul Venkataraman <rvenkataraman@{RHV}>",
        to="hospitalist-team@mercyvalleyhealth.org",
        subject="418",
        body="fyi Mrs. K in 418 - switched dilt drip to metoprolol 25 bid this am, HR 80s now. "
        "ok to transfer out of stepdown from our standpoint. will see again tmrw.\n\nRV",
    ),
    Spec(
        phi=True,
        category="prior auth request to payer",
        notes="Member id + DOB + CPT + diagnosis sent to payer UM",
        frm=f"Prior Auth <priorauth@{RHV}>",
        to="um.cardiology@prairiebluehealth.com",
        subject="PA request - cardiac MRI",
        body="Good morning,\n\nRequesting authorization:\n\nMember: Gwendolyn Asante-Pryor\n"
        "Member ID: PBH660183752\nDOB: 12/01/1969\nCPT 75561 - cardiac MRI w/wo contrast\n"
        "Dx: I42.0 dilated cardiomyopathy, suspected myocarditis\nOrdering: Ruth Adeyemi-Clarke "
        "MD, "
        "NPI: 1969289960\n\nClinicals to follow via portal. Thanks,\nDenise W.\nPrior Auth "
        "Specialist",
    ),
    Spec(
        phi=True,
        category="patient statement html-only",
        notes="HTML-only balance notice to patient's aol with service date, echo and amount",
        frm=f"Riverbend Billing <statements@{RHV}>",
        to="gpreston1949@aol.com",
        subject="Your Riverbend Heart & Vascular statement is ready",
        body="",
        html="<html><body><p>Dear Gerald Preston,</p><p>Your statement dated 11/09/2026 is "
        "ready.</p><table border='1'><tr><th>Date</th><th>Service</th><th>Provider</th>"
        "<th>Balance</th></tr><tr><td>10/21/2026</td><td>Echocardiogram, complete (93306)</td>"
        "<td>Aaron Feld, MD</td><td>$142.18</td></tr></table><p>Account #: 40018823</p>"
        "<p>Pay online at riverbendheart.com/pay or call 316-555-0100.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="remote monitoring csv roster to vendor",
        notes="CSV of patients, DOBs, device serials, diagnoses to remote-monitoring vendor",
        frm=f"Device Clinic <deviceclinic@{RHV}>",
        to="onboarding@cardiolinkremote.com",
        subject="new enrollments",
        body="Hi Trevor - 4 new for remote monitoring onboarding, csv attached. Two are Boston "
        "Sci, "
        "two Abbott.\n\nThanks\nLinnea",
        atts=(
            Att(
                "rhv_new_enroll_1111.csv",
                "text/csv",
                "last,first,dob,device,serial,indication\r\n"
                "Castellano,Renata,1955-02-17,ICD,BSC-RRX448102,NICM EF 25%\r\n"
                "Odum,Lester,1948-10-08,PPM,ABT-7711930,CHB\r\n"
                "Sandoval-Pike,Hugo,1961-06-29,CRT-D,BSC-RRX449977,HFrEF LBBB\r\n"
                "Whitcombe,Ilse,1939-12-24,ILR,ABT-LNQ33018,cryptogenic stroke\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded patient email to personal mailbox",
        notes="Staff forwards a patient's chest-pain email (rfc822) to her own personal gmail",
        frm=f"Jocelyn Haas NP <jhaas@{RHV}>",
        to="jocelynhaas.np@gmail.com",
        subject="Fwd: question",
        body="sending to myself to answer tonight",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Raymond Achebe <ray.achebe61@outlook.com>",
            to=f"jhaas@{RHV}",
            subject="question",
            body="Hi Jocelyn, since the stent on Oct 30 I get a tight feeling in my chest going up "
            "stairs, lasts about 2 min. Still taking the Brilinta and aspirin. Should I come in "
            "before my Dec appt? - Ray Achebe, DOB 3/3/61",
        ),
    ),
    Spec(
        phi=True,
        category="social worker transport request",
        notes="Patient name, home address, rehab schedule and stroke history to a rides nonprofit",
        frm=f"Carmen Ibarra LMSW <cibarra@{RHV}>",
        to="rides@sedgwickseniorconnect.org",
        subject="ride request",
        body="Hi Pat,\n\nCould you set up rides for Mr. Delroy Whitaker, 2214 Orchard Ln, Wichita "
        "67218, phone 316-555-0139? He's in our cardiac rehab Tue/Thu 9-10am at Eastgate through "
        "end of January. He can't drive since his stroke in Sept, uses a cane.\n\nThanks so much,\n"
        "Carmen Ibarra, LMSW\nSocial Work | Riverbend Heart & Vascular",
    ),
    Spec(
        phi=True,
        category="C-CDA visit summary to PCP",
        notes="Hard positive: C-CDA XML attachment with patient, HFrEF, new meds; body only a "
        "courtesy note",
        frm=f"Records <him@{RHV}>",
        to="records@plainsfamilymedicine.com",
        subject="Visit summary - courtesy copy",
        body="Courtesy copy of a consult summary for your patient, per referral. Please contact "
        "our HIM office at 316-555-0108 with questions.\n\nRiverbend Heart & Vascular HIM",
        atts=(Att("visit_summary_20261110.xml", "application/xml", CCDA),),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="EHR downtime notice",
        notes="Staff IT notice, no patients",
        frm=f"Riverbend IT <it-notices@{RHV}>",
        to=f"allstaff@{RHV}",
        subject="Planned Epic downtime Sat 11/14 2:00-6:00am",
        body="All,\n\nEpic will be down Saturday 11/14 from 2:00 to 6:00am for the upgrade. "
        "Downtime "
        "forms are in the red binders at each front desk. BCA PCs will print schedules at "
        "1:30am.\n\n"
        "Questions -> x4400.\n\nRiverbend IT",
    ),
    Spec(
        phi=False,
        category="new physician announcement",
        notes="Hard negative: clinician name with specialty and diseases she treats, sent to "
        "referring offices",
        frm=f"Physician Relations <outreach@{RHV}>",
        to="office.managers@plainsfamilymedicine.com",
        subject="Welcome Dr. Anjali Mehta - advanced heart failure, now at Lakeview",
        body="",
        html="<html><body><h2>Riverbend welcomes Anjali Mehta, MD</h2><p>Dr. Mehta is board "
        "certified in advanced heart failure and transplant cardiology. She treats cardiomyopathy, "
        "cardiac amyloidosis and patients with LVADs, and joins our Lakeview office Dec 1.</p>"
        "<p>To refer: fax 316-555-0191 or Epic referral to RHV HF CLINIC.</p>"
        "<p>NPI: 1173968227</p></body></html>",
    ),
    Spec(
        phi=False,
        category="aggregate quality report xlsx",
        notes="Hard negative: quarterly D2B, readmission and volume aggregates in a two-sheet "
        "workbook",
        frm=f"Paul Goldfarb <pgoldfarb@{RHV}>",
        to=f"leadership@{RHV}",
        cc="quality@mercyvalleyhealth.org",
        subject="Q3 cardiology dashboard",
        body="Attached. D2B and readmits look good, rehab referral still under target - Lakeview "
        "is the drag. Let's discuss Thurs.\n\nPaul",
        atts=(Att("Q3_2026_dashboard.xlsx", XLSX, QUALITY_XLSX),),
    ),
    Spec(
        phi=False,
        category="rehab newsletter to list",
        notes="Hard negative: heart-healthy newsletter to a mailing-list address, no individual",
        frm=f"Heart Beat News <news@{RHV}>",
        to=f"heartbeat-news@lists.{RHV}",
        subject="Heart Beat - November: holiday eating without the salt",
        body="",
        html="<html><body><h1>Heart Beat</h1><p>The holidays are here. A few tips from our "
        "dietitians for anyone watching sodium or fluid: skip the brine, try herbs, and watch "
        "the gravy.</p><ul><li>Cardiac rehab is closed 11/26-11/27.</li><li>Walking club meets "
        "Saturdays 8am at Sim Park.</li></ul><p><a href='https://riverbendheart.com/unsubscribe'>"
        "Unsubscribe</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="device rep meeting agenda",
        notes="Hard negative: vendor agenda with physician speakers and device/disease topics",
        frm=f"Miguel Salazar <msalazar@{RHV}>",
        to="k.brandt@vitronixmed.com",
        subject="Re: regional EP dinner 12/3",
        body="Kurt - agenda looks fine. Swap my talk to second, I have to leave by "
        "8:15.\n\nMiguel\n\n"
        "> 6:00 Dinner\n> 6:30 Leadless pacing update - Miguel Salazar, MD (Riverbend)\n"
        "> 7:10 Lead extraction in the infected device patient - Hana Kobayashi, MD\n"
        "> 7:50 Conduction system pacing Q&A\n> Location: The Hereford House, private room",
    ),
    Spec(
        phi=False,
        category="job posting sonographer",
        notes="Recruiting mail to a job board",
        frm=f"Talent Acquisition <careers@{RHV}>",
        to="postings@kansasallied.jobs",
        subject="Posting: Cardiac Sonographer (RDCS) - Eastgate, FT",
        body="Please post the following through 12/31:\n\nCardiac Sonographer (RDCS), full time, "
        "Eastgate. Performs TTE, stress echo and limited TEE assist. RDCS or RCS required. "
        "$38-$49/hr DOE, $5,000 sign-on. Apply: riverbendheart.com/careers req #RHV-2611.\n\n"
        "Thank you,\nTalent Acquisition",
    ),
    Spec(
        phi=False,
        category="synthetic test patient hl7",
        notes="Hard negative: HL7 with explicitly labelled synthetic interface-test patient",
        frm=f"Interface Team <interfaces@{RHV}>",
        to="support@cardiovuex.com",
        subject="echo interface test msg - TST000417",
        body="Attached the test ORU from our TEST environment (ZZTEST patient, not real). LVEF "
        "field maps to OBX-5 but your side shows blank. Can you check the mapping?\n\nThx\nOwen",
        atts=(Att("TST000417.hl7", "application/hl7-v2", HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="drug shortage notice",
        notes="Hard negative: IV diltiazem shortage guidance, no patients",
        frm=f"Pharmacy & Therapeutics <pt-committee@{RHV}>",
        to=f"cardiology-providers@{RHV}",
        subject="SHORTAGE: IV diltiazem - alternatives",
        body="Providers,\n\nOur wholesaler has IV diltiazem on allocation through at least "
        "January. "
        "For rate control in AF with RVR please consider IV metoprolol first line unless "
        "contraindicated; amiodarone for HFrEF. Keep dilt for cases where beta blockade fails.\n\n"
        "P&T Committee",
    ),
    Spec(
        phi=False,
        category="purchase order with SSN-shaped number",
        notes="Hard negative: purchase order number formatted like an SSN, treadmill parts",
        frm=f"Purchasing <purchasing@{RHV}>",
        to="orders@fitmedequip.com",
        subject="PO 318-44-2206 treadmill belts",
        body="Hi Gina,\n\nPlease process PO 318-44-2206: 12 x deck belt kit for Trackmaster "
        "TMX428, "
        "ship to Riverbend Eastgate, 8400 E Harry St, attn Cardiac Rehab. Net 30.\n\nThanks,\n"
        "Ron Babcock\nPurchasing",
    ),
    Spec(
        phi=False,
        category="M&M conference invite",
        notes="Calendar invite for a case conference with no case details",
        frm=f"Rahul Venkataraman <rvenkataraman@{RHV}>",
        to=f"cardiology-providers@{RHV}",
        subject="Invitation: Cardiology M&M @ Thu Nov 19 7am",
        body="Monthly M&M. Cases will be presented de-identified; slides in the secure Teams "
        "channel.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook "
        "16.0//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008-mm1119\r\n"
        "DTSTAMP:20261110T120000Z\r\nDTSTART:20261119T130000Z\r\nDTEND:20261119T140000Z\r\n"
        "SUMMARY:Cardiology M&M\r\nLOCATION:Main conf room B / Teams\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="credentialing provider identifiers",
        notes="Hard negative: physician NPIs and DEA numbers for hospital credentialing",
        frm=f"Credentialing <credentialing@{RHV}>",
        to="medstaff@mercyvalleyhealth.org",
        subject="reappointment packets - Feld, Salazar",
        body="Hi Lorraine,\n\nFor the Q1 reappointments:\n\nAaron Feld, MD - Cardiology, NPI: "
        "1997273317, DEA AT7982324 (renewed Sept)\nMiguel Salazar, MD - Clinical Cardiac EP, NPI: "
        "1437582822, DEA BS7006782\n\nCMEs and malpractice "
        "face sheets uploaded to the portal.\n\nThanks,\nRenee\nMedical Staff Credentialing",
    ),
    Spec(
        phi=False,
        category="policy document docx",
        notes="Hard negative: telemetry alarm policy with clinical terms and thresholds",
        frm=f"Paul Goldfarb <pgoldfarb@{RHV}>",
        to=f"nursing-leads@{RHV}",
        subject="draft tele alarm policy v3",
        body="Redlines welcome by Friday.",
        atts=(
            Att(
                "Telemetry_Alarm_Management_Policy_v3.docx",
                DOCX,
                docx(
                    [
                        "Riverbend Heart & Vascular - Policy CV-114: Telemetry Alarm Management",
                        "Purpose: reduce alarm fatigue while ensuring response to life-threatening "
                        "arrhythmias (VT, VF, asystole).",
                        "Default limits: HR low 45, HR high 130; SpO2 low 88%.",
                        "Patients with pacemakers: enable pacer detection.",
                        "Crisis alarms require bedside response within 2 minutes.",
                        "Owner: Director of Nursing. Review: annually.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff lunch chatter",
        notes="Casual internal chatter",
        frm=f"Tamsin Oduya <toduya@{RHV}>",
        to=f"eastgate-staff@{RHV}",
        subject="lunch thurs",
        body="thai or tacos for the staff mtg?? reply by 3 pls, I'm ordering from the place on "
        "Rock Rd "
        "either way lol",
    ),
    Spec(
        phi=False,
        category="facilities notice",
        notes="Parking lot repaving notice",
        frm=f"Facilities <facilities@{RHV}>",
        to=f"eastgate-staff@{RHV}",
        subject="Eastgate north lot closed Mon-Tue",
        body="The north lot will be closed for repaving Mon 11/16 and Tue 11/17. Staff please park "
        "in the church lot across Harry St. Handicap spots by the main entrance stay open for "
        "patients.\n\nFacilities",
    ),
    Spec(
        phi=False,
        category="de-identified registry extract",
        notes="Hard negative: de-identified CSV (age band, sex, LVEF, procedure) with no "
        "identifiers",
        frm=f"Outcomes Research <research@{RHV}>",
        to="dcr.team@heartregistrycollab.org",
        subject="Q3 de-identified extract",
        body="Attached the Q3 de-identified PCI extract per DUA section 4 (Safe Harbor: no dates "
        "beyond year, age banded, no geography). 6 sample rows shown; full file via SFTP.",
        atts=(
            Att(
                "rhv_pci_q3_deid.csv",
                "text/csv",
                "study_id,age_band,sex,year,indication,vessel,lvef,30d_mace\r\n"
                "S0001,60-64,M,2026,STEMI,LAD,40,0\r\nS0002,70-74,F,2026,NSTEMI,RCA,55,0\r\n"
                "S0003,55-59,M,2026,stable "
                "angina,LCx,60,0\r\nS0004,80-84,F,2026,NSTEMI,LAD,35,1\r\n"
                "S0005,65-69,M,2026,STEMI,RCA,50,0\r\nS0006,>89,F,2026,UA,LM,45,0\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="board memo on acquisition",
        notes="Executive business mail, no patients",
        frm=f"Victor Haldane <vhaldane@{RHV}>",
        to="board@riverbendheart.com, counsel@haldermanlaw.com",
        subject="Lakeview rehab site - LOI terms",
        body="Board members,\n\nSummary of the LOI with Prairie Wellness for the Lakeview rehab "
        "space: 10-yr lease, $22/sf NNN, TI allowance $180k, 3 monitored stations expanding to 10. "
        "Breakeven at ~14 sessions/day. Counsel is reviewing the exclusivity clause.\n\n"
        "Victor Haldane\nCEO, Riverbend Heart & Vascular",
    ),
    Spec(
        phi=False,
        category="insurance network question reply",
        notes="Hard negative: reply to a member of the public's gmail about networks, no health "
        "info about her",
        frm=f"Patient Access <access@{RHV}>",
        to="lindsey.ocampo.ks@gmail.com",
        subject="RE: do you take prairie blue",
        body="Hi Lindsey,\n\nYes, Riverbend is in network with Prairie Blue PPO and HMO plans and "
        "with Medicare. For HMO plans your primary care office usually needs to send a referral "
        "first. You can call 316-555-0100 to schedule a new patient visit.\n\nThanks,\nPatient "
        "Access Team\n\n> Hi do you take prairie blue insurance? thanks",
    ),
    Spec(
        phi=False,
        category="lab vendor invoice pdf",
        notes="Hard negative: lab vendor invoice with test counts and totals, no patients",
        frm=f"Accounts Payable <ap@{RHV}>",
        to="ar@northstarlabs.com",
        subject="INV-88213 question",
        body="Hi - line 3 on INV-88213 bills 412 lipid panels but our log shows 398 for October. "
        "Can you send the detail? PDF attached with our notes.\n\nAP",
        atts=(
            Att(
                "INV-88213_notes.pdf",
                "application/pdf",
                pdf(
                    [
                        "RIVERBEND HEART & VASCULAR - ACCOUNTS PAYABLE REVIEW",
                        "Vendor: Northstar Laboratories  Invoice INV-88213  Period: Oct 2026",
                        "1. Basic metabolic panel x 611 @ $6.10 = $3,727.10",
                        "2. BNP x 204 @ $18.40 = $3,753.60",
                        "3. Lipid panel x 412 @ $7.25 = $2,987.00  (our count: 398)",
                        "4. hs-Troponin x 96 @ $14.00 = $1,344.00",
                        "Disputed: $101.50",
                    ],
                    "AP review",
                ),
            ),
        ),
    ),
]
