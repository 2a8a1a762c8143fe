"""Cedar Hollow Medical Group: outbound mail that carries PHI (22 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import CH, KMB, NG, Att, Spec

SIG_PORTAL = "\n\nCedar Hollow Patient Portal Support\nMon-Fri 7:30-5:00 | (614) 555-0148\n"

_LAB_CSV = (
    "mrn,patient,dob,test,result,units,flag,collected\r\n"
    'CH-0048213,"Okafor, Chidinma",1961-04-22,HbA1c,9.4,%,H,2026-11-03\r\n'
    'CH-0051877,"Lindqvist, Per",1958-09-30,HbA1c,7.1,%,H,2026-11-03\r\n'
    'CH-0039904,"Ramirez, Yesenia",1974-01-15,HbA1c,6.2,%,,2026-11-04\r\n'
    'CH-0060321,"Tran, Bao",1969-12-02,Microalbumin/Cr,48,mg/g,H,2026-11-04\r\n'
)

_HL7 = (
    "MSH|^~\\&|CHMG_EPIC|CEDARHOLLOW|NG_LAB|NORTHGATE|202611101422||ORM^O01|CH88213|P|2.5.1\r"
    "PID|1||CH-0057720^^^CHMG^MR||Haddad^Samir^J||19550817|M|||"
    "2219 Linden Ave^^Westerville^OH^43081"
    "||(614)555-0193\r"
    "PV1|1|O|GI^CLINIC^^CHMG\r"
    "ORC|NW|ORD55120|||||||202611101420|||1908100336^Osei^Kwame^^^^MD\r"
    "OBR|1|ORD55120||83013^H. pylori breath test^CPT|||202611101420\r"
    "DG1|1||K21.9^Gastro-esophageal reflux disease without esophagitis^I10\r"
)

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <realmCode code="US"/>
 <title>Referral Summary - Cedar Hollow Medical Group Endocrinology</title>
 <recordTarget><patientRole>
  <id extension="CH-0044178" root="2.16.840.1.113883.3.7711"/>
  <addr><streetAddressLine>88 Oak Crest Dr</streetAddressLine><city>Gahanna</city>
   <state>OH</state><postalCode>43230</postalCode></addr>
  <patient><name><given>Marisol</given><family>Echeverria</family></name>
   <administrativeGenderCode code="F"/><birthTime value="19830311"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Problems</title>
   <text>Graves disease (E05.00), s/p methimazole 10 mg daily since 2025; TRAb 4.8 IU/L</text>
  </section></component>
  <component><section><title>Reason for referral</title>
   <text>Evaluation for radioactive iodine ablation.</text></section></component>
 </structuredBody></component>
</ClinicalDocument>
"""

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="portal_reset_with_appointment",
        notes="Portal support reply to patient's gmail confirming her colonoscopy prep appointment "
        "by name and date",
        frm=f"portalsupport@{CH}",
        to="dana.whitfield78@gmail.com",
        subject="Re: can't log in to see my prep instructions",
        body=(
            "Hi Dana,\n\nI reset your portal password; the temporary one is in a separate text "
            "to the phone we have on file. Once you are in, the prep instructions for your "
            "colonoscopy with Dr. Osei on Thursday 11/19 at 7:30 AM are under Visits > "
            "Upcoming > Instructions.\n\nReminder: clear liquids only the day before, and start "
            "the first half of the SUTAB at 5 PM." + SIG_PORTAL
        ),
    ),
    Spec(
        phi=True,
        category="subject_only_name_dx",
        notes="Hard positive: PHI only in the subject (patient name + diagnosis), body is a bare "
        "'see attached fax cover' line with no attachment content",
        frm=f"frontdesk.gi@{CH}",
        to=f"scheduling@{NG}",
        subject="Fwd: Gerald Pruitt - Barrett's esophagus surveillance EGD needs OR slot",
        body=(
            "Can you find him a slot the week of 11/30? Dr. Osei wants it done at the "
            "hospital. Please call me back on the scheduling line.\n\nTiffany\nGI front desk"
        ),
    ),
    Spec(
        phi=True,
        category="csv_lab_roster",
        notes="Hard positive: plain cover note, PHI only in CSV (MRN, names, DOB, HbA1c results) "
        "sent to the endocrinology nurse at partner hospital",
        frm=f"m.castellanos@{CH}",
        to=f"diabetes.education@{NG}",
        subject="November DSMES referrals - lab export",
        body=(
            "Hi Renee,\n\nAttached are this month's referrals for the diabetes self-management "
            "classes with the most recent labs, as we discussed. Let me know which Tuesday "
            "cohort they land in.\n\nMaribel Castellanos, RN\nEndocrinology, Cedar Hollow "
            "Medical Group"
        ),
        atts=(Att("dsmes_referrals_nov.csv", "text/csv", _LAB_CSV),),
    ),
    Spec(
        phi=True,
        category="hl7_order",
        notes="Hard positive: HL7 ORM order with PID name/DOB/address and GERD diagnosis, "
        "empty-ish body",
        frm=f"interfaces@{CH}",
        to=f"lab.interfaces@{NG}",
        subject="Resend ORM CH88213 (ack missing)",
        body="Resending the order below, your side never ACKed. -- CHMG interface team",
        atts=(Att("CH88213.hl7", "application/hl7-v2", _HL7),),
    ),
    Spec(
        phi=True,
        category="ccda_referral",
        notes="C-CDA referral summary for Graves disease patient sent to nuclear medicine",
        frm=f"endo.referrals@{CH}",
        to=f"nuclearmed@{NG}",
        subject="Referral for RAI evaluation",
        body=(
            "Please find the referral summary attached (C-CDA). Patient prefers morning "
            "appointments. Referring: Dr. Anjali Rao, Endocrinology.\n\nThank you,\nCHMG "
            "Referral Coordinator"
        ),
        atts=(Att("referral_summary.xml", "application/xml", _CCDA),),
    ),
    Spec(
        phi=True,
        category="relative_first_name_dx",
        notes="Hard positive: nurse to a daughter's yahoo mailbox, only first name 'your dad' "
        "'Walt' plus insulin change and hypoglycemia episode",
        frm=f"k.mbeki@{CH}",
        to="lisa.harlan.home@yahoo.com",
        subject="your dad's insulin",
        body=(
            "Hi Lisa,\n\nThanks for calling back. Dr. Rao wants Walt to drop the Lantus from 28 "
            "to 22 units at bedtime starting tonight, since he had two readings under 60 this "
            "week. Keep the Humalog sliding scale the same. If he has another low, give him juice "
            "and call us.\n\nKagiso, RN"
        ),
    ),
    Spec(
        phi=True,
        category="png_photo_filename",
        notes="Hard positive: PHI only in file name of a PNG (patient name + 'rash'), body vague",
        frm=f"derm.triage@{CH}",
        to=f"r.silvermann@{NG}",
        subject="photo for you to look at",
        body="Sending the photo from this morning, curious what you think. Call me after 3.\n\nB.",
        atts=(Att("Nkechi_Adeyemi_rash_left_forearm_2026-11-10.png", "image/png", png(6, 6)),),
    ),
    Spec(
        phi=True,
        category="docx_letter_patient",
        notes="DOCX results letter attached with name, DOB and celiac serology; cover note clean",
        frm=f"gi.nurses@{CH}",
        to="t.brennan.1990@outlook.com",
        subject="Your letter from Cedar Hollow",
        body="Please see the attached letter. You can also view it in the portal.\n\nCHMG GI",
        atts=(
            Att(
                "results_letter.docx",
                DOCX,
                docx(
                    [
                        "Cedar Hollow Medical Group - Gastroenterology",
                        "November 11, 2026",
                        "Tessa Brennan, DOB 06/14/1990",
                        "Dear Ms. Brennan,",
                        "Your tissue transglutaminase IgA came back elevated at 86 U/mL and the "
                        "duodenal biopsies confirm celiac disease.",
                        "Please start a strict gluten-free diet; our dietitian will call you.",
                        "Sincerely, Kwame Osei, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="xlsx_multisheet_no_show",
        notes="Hard positive: XLSX two sheets, no-show list with names, phone and the clinic "
        "(endocrinology) sent to an outreach vendor",
        frm=f"ops.analyst@{CH}",
        to=f"outreach@{KMB}",
        subject="no-show callback list wk 45",
        body="Two tabs: Endo and GI. Same format as last week.\n\n-- Priya",
        atts=(
            Att(
                "noshow_wk45.xlsx",
                XLSX,
                xlsx(
                    {
                        "Endo": [
                            ["Patient", "Phone", "Missed visit", "Provider", "Visit type"],
                            ["Ortega, Luis", "(614) 555-0127", "2026-11-03", "Rao", "DM f/u"],
                            ["Kim, Hyun-woo", "(614) 555-0175", "2026-11-04", "Rao", "Thyroid"],
                        ],
                        "GI": [
                            ["Patient", "Phone", "Missed visit", "Provider", "Visit type"],
                            ["Baptiste, Rose", "(380) 555-0112", "2026-11-05", "Osei", "IBD f/u"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="html_only_visit_summary",
        notes="HTML-only after-visit summary table sent to patient's icloud address",
        frm=f"noreply-avs@{CH}",
        to="marcus.bellweather@icloud.com",
        subject="Your After Visit Summary",
        body="",
        html=(
            "<html><body><h2>After Visit Summary</h2><table border='1'>"
            "<tr><td>Patient</td><td>Marcus Bellweather</td></tr>"
            "<tr><td>Date of visit</td><td>11/10/2026</td></tr>"
            "<tr><td>Provider</td><td>Helen Dubois, MD (Primary Care)</td></tr>"
            "<tr><td>Diagnoses</td><td>Essential hypertension (I10); "
            "Hyperlipidemia (E78.5)</td></tr>"
            "<tr><td>New medications</td><td>amlodipine 5 mg daily</td></tr>"
            "<tr><td>Follow-up</td><td>BP check in 4 weeks</td></tr>"
            "</table><p>Cedar Hollow Medical Group</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded_thread_mrn",
        notes="Hard positive: outer body clean, PHI only in the forwarded rfc822 message (MRN, "
        "Crohn's infliximab prior auth)",
        frm=f"a.whitlock@{CH}",
        to=f"priorauth@{KMB}",
        subject="FW: infliximab reauth",
        body="Forwarding the nurse note - can you resubmit with the updated weight? Thx, Amber",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm=f"ibd.nurse@{CH}",
            to=f"a.whitlock@{CH}",
            subject="infliximab reauth",
            body=(
                "Amber - Jordan Feliciano, MRN CH-0062019, Crohn's ileocolitis (K50.80). Remicade "
                "5 mg/kg q8wk, weight is now 71 kg. Auth expires 11/30. Last dose 10/28.\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ics_invite_patient",
        notes="Hard positive: ICS calendar invite to patient (private mailbox attendee) for an "
        "infusion appointment, body is just 'see invite'",
        frm=f"infusion.sched@{CH}",
        to="ggonzalez.fam@hotmail.com",
        subject="Appointment invitation",
        body="Please accept the calendar invitation below.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CHMG//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:chmg-inf-77120@cedarhollowmg.com\r\n"
            "DTSTAMP:20261109T150000Z\r\nDTSTART:20261117T140000Z\r\nDTEND:20261117T170000Z\r\n"
            "SUMMARY:Gabriela Gonzalez - IV iron infusion (Venofer 200 mg)\r\n"
            "LOCATION:Cedar Hollow Infusion Suite\\, 2nd floor\r\n"
            "ORGANIZER:mailto:infusion.sched@cedarhollowmg.com\r\n"
            "ATTENDEE;CN=Gabriela Gonzalez:mailto:ggonzalez.fam@hotmail.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="initials_dob_list",
        notes="Hard positive: patient list with initials + DOB + procedures for tomorrow's "
        "endoscopy schedule",
        frm=f"endo.charge@{CH}",
        to=f"anesthesia.group@{NG}",
        subject="tomorrow's endo list",
        body=(
            "Tomorrow 11/12, room 2:\n"
            "0730  J.M.  03/02/1949  EGD w/ dilation - on Eliquis, held x2d\n"
            "0815  R.T.  11/19/1966  colonoscopy, BMI 44, OSA on CPAP\n"
            "0900  A.K.  07/07/1981  EUS - pancreatic cyst\n"
            "0945  D.W.  01/25/1958  colonoscopy - hx difficult airway\n\n"
            "Call me if you want to move #4 to the hospital.\nNadia"
        ),
    ),
    Spec(
        phi=True,
        category="pdf_referral",
        notes="PDF referral with name, DOB, phone and chronic pancreatitis sent to pain clinic",
        frm=f"gi.referrals@{CH}",
        to=f"painclinic@{NG}",
        subject="New referral",
        body="New referral attached. Records to follow by fax.\n\nGI Referral Desk",
        atts=(
            Att(
                "referral_1111.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW MEDICAL GROUP - REFERRAL",
                        "Patient: Dmitri Volkonsky   DOB: 02/09/1972",
                        "Phone: (614) 555-0166",
                        "Dx: Chronic pancreatitis K86.1, opioid-sparing plan requested",
                        "Referring: Kwame Osei, MD",
                    ],
                    "Referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="room_number_med_change",
        notes="Hard positive: 'Mrs. K in 412' with a med change to the hospitalist, no full name",
        frm=f"h.dubois@{CH}",
        to=f"hospitalist.team@{NG}",
        subject="Mrs. K in 412",
        body=(
            "Saw Mrs. K this morning on rounds as her PCP. Her sodium is 128 today; I'd stop the "
            "hydrochlorothiazide and hold the sertraline until it's back over 132. Daughter "
            "is aware. I'll check in tomorrow.\n\nHelen"
        ),
    ),
    Spec(
        phi=True,
        category="zip_records_release",
        notes="ZIP of records (TXT notes) for a records request to a law firm",
        frm=f"him@{CH}",
        to="records@brightmanlegal.com",
        subject="Records request #RR-26-4471",
        body=(
            "Per the signed authorization on file, attached are the requested records. The "
            "archive is a standard zip.\n\nHealth Information Management\nCedar Hollow Medical "
            "Group"
        ),
        atts=(
            Att(
                "RR-26-4471.zip",
                "application/zip",
                zipped(
                    {
                        "visit_2026-08-14.txt": (
                            "Patient: Anthony DeLuca  DOB 10/03/1979  MRN CH-0033581\n"
                            "CC: low back pain after MVC 08/02/2026. Lumbar strain M54.50.\n"
                            "Plan: cyclobenzaprine 5 mg qhs, PT referral.\n"
                        ),
                        "visit_2026-09-02.txt": (
                            "Anthony DeLuca - follow-up. Pain 6/10, PT x6 sessions. MRI ordered.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="billing_question_member_id",
        notes="Front desk to billing company: patient name, member id and visit for colonoscopy "
        "coded as diagnostic",
        frm=f"checkout.main@{CH}",
        to=f"support@{KMB}",
        subject="claim denied - screening vs diagnostic",
        body=(
            "Hi team,\n\nHarold Jeffries (Anthem member id YRJ884120553) called upset; his "
            "10/21 colonoscopy was billed as diagnostic because Dr. Osei removed a polyp. He "
            "says it was a screening. Can you look at whether modifier PT was on the claim?\n\n"
            "Thanks,\nCarla, Checkout"
        ),
    ),
    Spec(
        phi=True,
        category="chatty_self_forward_personal",
        notes="Hard positive: nurse mails her own personal gmail a chatty note naming a "
        "neighbour-patient (surname) and his new type 1 diabetes diagnosis",
        frm=f"j.pellegrino@{CH}",
        to="jen.pellegrino.runs@gmail.com",
        subject="ugh, long day",
        body=(
            "Forwarding to my personal so I remember - we had Mr. Abernathy from the cul-de-sac "
            "come in today, newly diagnosed type 1 at 52, LADA, A1c 11. I'm driving his first "
            "pen teaching Thursday. Don't say anything to Karen yet!!\n\nJ"
        ),
    ),
    Spec(
        phi=True,
        category="fhir_bundle",
        notes="FHIR Patient+Condition bundle for a care-management handoff to the hospital",
        frm=f"caremgmt@{CH}",
        to=f"transitions@{NG}",
        subject="TCM handoff bundle",
        body="Bundle attached for the transitional-care handoff we talked about.",
        atts=(
            Att(
                "tcm_handoff.json",
                "application/fhir+json",
                (
                    '{"resourceType":"Bundle","type":"collection","entry":['
                    '{"resource":{"resourceType":"Patient","id":"p1","identifier":[{"system":'
                    '"urn:chmg:mrn","value":"CH-0071155"}],"name":[{"family":"Nakamura",'
                    '"given":["Keiko"]}],"birthDate":"1940-05-19","telecom":[{"system":"phone",'
                    '"value":"614-555-0139"}]}},'
                    '{"resource":{"resourceType":"Condition","subject":{"reference":'
                    '"Patient/p1"},"code":{"coding":[{"system":"http://hl7.org/fhir/sid/'
                    'icd-10-cm","code":"I50.32","display":"Chronic diastolic heart failure"}]}}}'
                    "]}"
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="quoted_reply_relative",
        notes="Hard positive: reply to a son's aol mailbox; the mother's name is only in the "
        "quoted question, the reply has the gastroparesis med change",
        frm=f"gi.nurses@{CH}",
        to="rkapoor1961@aol.com",
        subject="Re: question about Mom",
        body=(
            "Mr. Kapoor,\n\nYes, Dr. Osei is fine with your mother taking the metoclopramide 30 "
            "minutes before meals instead of at bedtime. Please stop it and call us if she "
            "notices any tremor.\n\nGI Nursing\n\n"
            "> On Mon, Nov 9, 2026, Raj Kapoor wrote:\n"
            "> My mother Sunita Kapoor was told she has gastroparesis. Can she take the\n"
            "> metoclopramide before meals? She forgets at night.\n"
        ),
    ),
    Spec(
        phi=True,
        category="txt_notes_attachment",
        notes="Hard positive: TXT phone-note export attached, body just 'as requested'",
        frm=f"pcp.rn@{CH}",
        to=f"cm.nurse@{NG}",
        subject="as requested",
        body="as requested",
        atts=(
            Att(
                "phone_notes.txt",
                "text/plain",
                "11/09 10:14 Called Evelyn Marsh (DOB 12/01/1938) re: home BP 178/96. "
                "Increased lisinopril to 20 mg. Recheck Friday.\n"
                "11/10 09:02 Evelyn reports dizziness; advised to hold AM dose.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="payment_plan_email",
        notes="Billing reply to patient's gmail about balance for a specific endoscopy",
        frm=f"patientaccounts@{CH}",
        to="omar.haddad.oh@gmail.com",
        subject="Your payment plan",
        body=(
            "Dear Mr. Haddad,\n\nWe set up a 6-month payment plan of $118.40/month for the "
            "balance of $710.40 from your upper endoscopy on 09/22/2026 (account 40018876). "
            "The first draft is 12/01.\n\nPatient Accounts\nCedar Hollow Medical Group"
        ),
    ),
]
