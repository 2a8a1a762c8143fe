"""Outbound mail of Brightwater Community Mental Health Center (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import BWC, Att, Spec

SIG = "\n\n--\nBrightwater Community Mental Health Center\n410 Alder Street, Suite 2 | 555-0142\nCONFIDENTIAL: this message may contain information protected by 42 CFR Part 2 and HIPAA."

MESSAGES = [
    Spec(
        phi=True,
        category="Appointment reminder to client's personal mailbox",
        notes="Client full name with psychiatry medication-management appointment date sent to her gmail.",
        frm=f"Brightwater Scheduling <scheduling@{BWC}>",
        to="tamsin.ollerby@gmail.com",
        subject="Your appointment on Thursday",
        body="Hi Tamsin Ollerby,\n\nThis is a reminder of your medication management visit with Dr. Rashida Pell (psychiatry) on Thursday 19 March at 2:40 pm, Alder Street clinic, room 3B. Please bring your current list of medications, including the lithium.\n\nTo reschedule call 555-0142."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Clinician bio for website with conditions treated",
        notes="Hard negative: new psychiatrist's bio lists disorders she treats; no client named.",
        frm=f"Communications <comms@{BWC}>",
        to="web@inkwellsitedesign.com",
        subject="New provider bio for the Our Team page",
        body="Hi Jonas,\n\nPlease add this to the Our Team page under Adult Services:\n\nDr. Rashida Pell, MD - Psychiatry. Dr. Pell treats bipolar disorder, schizophrenia, treatment-resistant depression and PTSD, and leads our clozapine clinic. She completed residency at Marlow University and is board certified in psychiatry. NPI: 1605268097.\n\nPhoto attached.\n\nThanks,\nMarguerite"
        + SIG,
        atts=(Att("rashida_pell_headshot.png", "image/png", png(6, 6, (120, 90, 160))),),
    ),
    Spec(
        phi=True,
        category="Crisis follow-up note to primary care",
        notes="Hard positive: terse note to PCP with client initials plus DOB and a crisis-unit stay with suicidal ideation.",
        frm=f"Mobile Crisis Team <crisis@{BWC}>",
        to="referrals@northgatefamilymed.com",
        subject="FYI - your pt",
        body="Dr. Okafor,\n\nYour pt D.M. (DOB 04/11/1987) was seen by mobile crisis 3/14, SI w/o plan, stepped down from our crisis stabilization unit 3/16. Started sertraline 50. Please see within 7 days.\n\nK. Lund, LCSW"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Board meeting agenda",
        notes="Board agenda with budget and programme items; no individual clients.",
        frm=f"Executive Office <exec@{BWC}>",
        to="board@brightwaterboard.org",
        subject="Agenda - March board meeting",
        body="Board members,\n\n1. Call to order\n2. Minutes of February meeting\n3. CEO report (CCBHC certification visit, staffing)\n4. Finance: FY27 draft budget\n5. Quality: Q4 client satisfaction results (aggregate)\n6. Adjourn\n\nWe meet Tuesday 24 March, 5:30 pm, Alder Street boardroom."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Release of records to attorney with PDF",
        notes="Records release to law firm: PDF names client, DOB and diagnosis F43.10 with treatment dates.",
        frm=f"Health Information Management <him@{BWC}>",
        to="records@halvorsenlawgroup.com",
        subject="Records request #R-26-0319 - response",
        body="Please find attached the records responsive to your request, per the signed authorization on file. The portal copy will expire in 14 days."
        + SIG,
        atts=(
            Att(
                "R-26-0319_treatment_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER COMMUNITY MENTAL HEALTH CENTER - TREATMENT SUMMARY",
                        "Client: Gideon Farrow    DOB: 1979-08-02    MRN: BW-0048213",
                        "Dates of service: 2025-06-10 to 2026-02-27 (22 sessions)",
                        "Diagnosis: F43.10 Post-traumatic stress disorder, unspecified",
                        "Treatment: Prolonged Exposure therapy; prazosin 2 mg at bedtime",
                        "Clinician: Anneke Voss, LPC",
                    ],
                    "Treatment summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate outcomes table to county funder",
        notes="Hard negative: quarterly counts and PHQ-9 averages by programme, no individual rows.",
        frm=f"Quality & Outcomes <quality@{BWC}>",
        to="behavioralhealth@ravencountygov.org",
        subject="Q4 outcomes report - county contract BH-2291",
        body="Attached is the Q4 outcomes workbook for contract BH-2291. All figures are aggregates; cells under 11 are suppressed."
        + SIG,
        atts=(
            Att(
                "BH-2291_Q4_outcomes.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Program", "Clients served", "Mean PHQ-9 intake", "Mean PHQ-9 90d"],
                            ["Adult outpatient", "1,214", "15.8", "10.2"],
                            ["ACT team", "88", "n/a", "n/a"],
                            ["Youth", "402", "14.1", "9.7"],
                        ],
                        "Crisis": [
                            ["Month", "Mobile crisis calls", "Diverted from ED"],
                            ["Oct", "131", "97"],
                            ["Nov", "118", "90"],
                            ["Dec", "142", "101"],
                        ],
                        "Notes": [
                            ["Note"],
                            ["Cells < 11 suppressed"],
                            ["PHQ-9 only for clients with two scores"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Message to client's mother about missed injection",
        notes="Hard positive: first name plus relationship plus missed long-acting antipsychotic injection, sent to the mother's mailbox.",
        frm=f"ACT Team <act@{BWC}>",
        to="bev.castellano@yahoo.com",
        subject="Marco",
        body="Hi Bev,\n\nJust letting you know Marco didn't make it in for his Invega shot yesterday. Nurse Dana can come out to the house Friday morning if that's easier. He's signed the release so we can talk with you about this.\n\nLeah, ACT team"
        + SIG,
    ),
    Spec(
        phi=False,
        category="HIPAA and Part 2 annual training reminder",
        notes="Hard negative: staff training reminder quoting example field names and a made-up example; no real client.",
        frm=f"Compliance <compliance@{BWC}>",
        to=f"allstaff@{BWC}",
        subject="Reminder: Part 2 / HIPAA annual training due 31 March",
        body='All staff,\n\nAnnual privacy training closes 31 March. New this year: a module on redisclosure under 42 CFR Part 2. Remember: never put client name, DOB, MRN, diagnosis or medication in a subject line. Example of what NOT to write: "Re: [client name] - [diagnosis] - [MRN]".\n\nCompletion is tracked in the LMS.'
        + SIG,
    ),
    Spec(
        phi=True,
        category="HL7 ADT feed to health information exchange",
        notes="Hard positive: identifiers only in the HL7 attachment (name, DOB, MRN, admission to crisis unit).",
        frm=f"Interfaces <interfaces@{BWC}>",
        to="inbound@rivervalleyhie.org",
        subject="ADT batch 2026-03-16",
        body="Batch attached. 1 message." + SIG,
        atts=(
            Att(
                "adt_20260316.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|BWCMHC|BRIGHTWATER|RVHIE|RVHIE|202603161405||ADT^A01|BW260316001|P|2.5.1\rPID|1||BW-0051177^^^BWCMHC^MR||Quintero^Selma^R||19920527|F|||88 Pike Run^^Harlan^MO^65012||555-0167\rPV1|1|I|CSU^02^A|||||||||||||||V7730021\rDG1|1||F32.2^Major depressive disorder, single episode, severe^I10\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Drug shortage notice to prescribers",
        notes="Hard negative: pharmacy notice about a methylphenidate ER shortage and alternatives; no client.",
        frm=f"Pharmacy Services <pharmacy@{BWC}>",
        to=f"prescribers@{BWC}",
        subject="Shortage: methylphenidate ER 36 mg",
        body="Prescribers,\n\nOur wholesaler reports methylphenidate ER 36 mg on backorder until at least May. Options: two 18 mg tablets, or switch to another long-acting product. Please do not send new scripts for 36 mg to the in-house pharmacy until further notice."
        + SIG,
    ),
    Spec(
        phi=True,
        category="837P claim file to clearinghouse",
        notes="Professional claim X12 837 with subscriber name, member ID and psychotherapy CPT 90837 with F41.1.",
        frm=f"Billing <billing@{BWC}>",
        to="submit@medibridgeclaims.com",
        subject="837P batch BW0316A",
        body="Batch BW0316A attached, 1 claim." + SIG,
        atts=(
            Att(
                "BW0316A.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*BWCMHC         *ZZ*MEDIBRIDGE     *260316*0910*^*00501*000000671*0*P*:~GS*HC*BWCMHC*MEDIBRIDGE*20260316*0910*671*X*005010X222A1~ST*837*0001*005010X222A1~NM1*85*2*BRIGHTWATER CMHC*****XX*1880648161~NM1*IL*1*HOLLIS*RENATA****MI*MCD4471902~DMG*D8*19850613*F~CLM*BW77120*180***11:B:1*Y*A*Y*Y~HI*ABK:F411~SV1*HC:90837*180*UN*1***1~DTP*472*D8*20260310~SE*10*0001~GE*1*671~IEA*1*000000671~",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Job posting for peer specialist",
        notes="Hard negative: job ad mentions serious mental illness and lived experience; no individual.",
        frm=f"Human Resources <hr@{BWC}>",
        to="jobs@missouriworksboard.org",
        subject="Please post: Certified Peer Specialist (ACT team)",
        body="Position: Certified Peer Specialist, ACT team, full time.\nWork with adults living with schizophrenia, bipolar disorder and co-occurring substance use. Lived experience of recovery required; CPS certification within 6 months. Pay $21.40/hr. Apply at careers page by 10 April."
        + SIG,
    ),
    Spec(
        phi=True,
        category="School coordination about student's IEP and anxiety",
        notes="Student name and school with generalized anxiety treatment and therapist recommendations sent to school counsellor.",
        frm=f"Youth & Family Services <youth@{BWC}>",
        to="counseling@harlanmiddleschool.org",
        subject="Accommodation letter",
        body="Ms. Pryor,\n\nWith his parents' signed consent, I'm writing about Elijah Strand (7th grade). Elijah is in weekly therapy here for generalized anxiety disorder. We recommend he be allowed to take tests in a quiet room and leave class for a 5-minute break when he shows the signal card. Happy to join the 504 meeting on the 25th.\n\nOwen Tarrant, LMFT"
        + SIG,
        atts=(
            Att(
                "Strand_504_recommendations.docx",
                DOCX,
                docx(
                    [
                        "Brightwater CMHC - School Recommendations",
                        "Student: Elijah Strand, DOB 2013-09-21",
                        "Diagnosis: F41.1 Generalized anxiety disorder",
                        "1. Quiet test setting",
                        "2. Break pass",
                        "3. Weekly check-in with counselor",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IT notice about EHR downtime",
        notes="IT maintenance notice with downtime procedures; no client data.",
        frm=f"IT Service Desk <itdesk@{BWC}>",
        to=f"allstaff@{BWC}",
        subject="EHR downtime Saturday 21 March 22:00-02:00",
        body="The EHR will be unavailable Saturday night for the upgrade. Crisis unit: use the paper downtime forms in the red binder and enter them once the system is back. Printers on 2 will be replaced the same night."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Forwarded lab result for clozapine monitoring",
        notes="Hard positive: forward to pharmacy with the lab's original message; ANC result and client name only in the forwarded part.",
        frm=f"Clozapine Clinic <clozapine@{BWC}>",
        to="rx@harlancommunitypharmacy.com",
        subject="Fwd: ANC results",
        body="See below - OK to dispense next 2 weeks.\n\nRN Dana Whitlock" + SIG,
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Results <results@tri-countylabs.com>",
            to=f"clozapine@{BWC}",
            subject="ANC results",
            body="Patient: Abel Norcross  DOB 1975-01-30\nCollected 2026-03-12\nAbsolute neutrophil count: 2,340 /uL (normal range)\nOrdered by: Brightwater CMHC clozapine clinic",
        ),
    ),
    Spec(
        phi=False,
        category="Vendor quote for telehealth licences",
        notes="Vendor pricing thread; mentions therapy and telehealth generically.",
        frm=f"Purchasing <purchasing@{BWC}>",
        to="sales@clearviewtelehealth.com",
        subject="RE: quote for 45 seats",
        body="Hi Priya,\n\nThanks for the quote. Can you confirm the $18/seat/month price includes the waiting-room feature and the BAA? We would start 1 May with 45 clinician seats.\n\nRegards,\nHenrik Aas\nPurchasing"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Intake packet confirmation to new client",
        notes="Confirms to the client's own hotmail that her intake for substance use and depression is booked, with her name.",
        frm=f"Intake <intake@{BWC}>",
        to="r.ambler-nash@hotmail.com",
        subject="Intake confirmed",
        body="Dear Rosalind Ambler-Nash,\n\nYour intake assessment is booked for Monday 23 March at 9:00. Based on your phone screening, we will assess for depression and alcohol use, and you may be offered our co-occurring group. Please complete the attached forms beforehand.\n\nIntake team"
        + SIG,
        atts=(
            Att(
                "intake_forms.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER CMHC - NEW CLIENT FORMS",
                        "Consent to treatment",
                        "Release of information (blank)",
                        "PHQ-9 and AUDIT questionnaires (blank)",
                    ],
                    "Intake forms",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="De-identified research extract to university",
        notes="Hard negative: de-identified extract with study IDs, age bands and 3-digit ZIPs only, under a data use agreement.",
        frm=f"Research Office <research@{BWC}>",
        to="cbt-trial@marlowuniversity.edu",
        subject="De-identified extract, DUA 2025-14",
        body="Prof. Lindqvist,\n\nAttached is the de-identified extract for DUA 2025-14 (Safe Harbor: no names, dates reduced to year, ZIP3 only). Study IDs are random and the key stays with us."
        + SIG,
        atts=(
            Att(
                "dua2025-14_extract.csv",
                "text/csv",
                "study_id,age_band,zip3,year_enrolled,dx_group,phq9_base,phq9_12wk\nS0193,25-34,650,2025,depressive,17,9\nS0211,35-44,650,2025,anxiety,12,8\nS0240,45-54,651,2025,depressive,21,14\nS0288,18-24,650,2026,depressive,15,11\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Encrypted zip of ACT caseload to covering psychiatrist",
        notes="Hard positive: password-protected zip of a client roster; only the subject and body hint at a caseload list of clients.",
        frm=f"ACT Team <act@{BWC}>",
        to="dr.bellweather@locumpsychpartners.com",
        subject="Caseload for your coverage week",
        body="Dr. Bellweather,\n\nAttached is the ACT caseload (names, meds, injection due dates) for your coverage 23-27 March. Password to follow by text.\n\nLeah Moreno, ACT team lead"
        + SIG,
        atts=(
            Att(
                "act_caseload.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "act_caseload.csv": "name,dob,med,next_injection\nMarco Castellano,1990-02-14,paliperidone palmitate 156 mg,2026-03-20\nTeodora Blum,1968-07-30,haloperidol decanoate 100 mg,2026-03-24\n"
                    },
                    "Alder-410",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Community mental health first aid class announcement",
        notes="HTML newsletter announcing a public Mental Health First Aid class; no individual.",
        frm=f"Community Education <education@{BWC}>",
        to="news@harlanchamber.org",
        subject="Free Mental Health First Aid class - April 8",
        body="",
        html="<html><body><h2>Mental Health First Aid</h2><p>Learn to recognise the signs of depression, anxiety, psychosis and substance use problems and how to help. Free, 8 hours, lunch provided.</p><p><b>Wednesday 8 April</b>, Harlan Library community room. Register: 555-0142.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="FHIR referral bundle to hospital",
        notes="FHIR Patient plus Condition (schizoaffective disorder) with name and DOB sent to the hospital's referral inbox.",
        frm=f"Care Coordination <carecoord@{BWC}>",
        to="bh-referrals@stmarthaharlan.org",
        subject="Referral - FHIR bundle attached",
        body="Referral for inpatient psychiatric bed search attached as FHIR bundle." + SIG,
        atts=(
            Att(
                "referral_bundle.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Patient", "id": "bw-0033901", "name": [{"family": "Ekwueme", "given": ["Chidi"]}], "birthDate": "1983-12-09", "telecom": [{"system": "phone", "value": "555-0188"}]}}, {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/bw-0033901"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F25.0", "display": "Schizoaffective disorder, bipolar type"}]}}}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Test patient note to EHR vendor",
        notes="Hard negative: support ticket to EHR vendor about a declared test patient in the training environment.",
        frm=f"IT Service Desk <itdesk@{BWC}>",
        to="support@trellisbhr.com",
        subject="Ticket 88213 - training env: diagnosis picker error",
        body='Hi Trellis support,\n\nIn the TRAINING environment only, test patient "ZZTEST, Mickey" (MRN TEST-0001, fake record) throws an error when we add F33.1 in the diagnosis picker. Screenshot attached. Production not affected.\n\nThanks,\nIT desk'
        + SIG,
        atts=(Att("dx_picker_error.png", "image/png", png(8, 5, (230, 230, 230))),),
    ),
    Spec(
        phi=True,
        category="Calendar invite for family therapy session",
        notes="Hard positive: invite to client's father names the family session for his daughter's eating disorder treatment.",
        frm=f"Owen Tarrant <otarrant@{BWC}>",
        to="greg.villanueva@outlook.com",
        subject="Family session - Ava",
        body="Greg, here's the invite for the family session. Please come with Ava's mom if possible.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brightwater//Scheduling//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bw-fam-0318@brightwatercmhc.org\r\nDTSTART:20260325T223000Z\r\nDTEND:20260325T233000Z\r\nSUMMARY:Family-based treatment (anorexia) - Ava Villanueva\r\nLOCATION:Alder St room 2A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Staff wellness notice about flu cases in building",
        notes="Hard negative: staff notice that several staff have flu, no names, reminding about vaccines.",
        frm=f"Employee Health <employeehealth@{BWC}>",
        to=f"allstaff@{BWC}",
        subject="Flu in the building",
        body="Several colleagues on the 2nd floor are out with influenza this week. Flu shots are still available from Employee Health (Tues/Thurs 8-10). Please stay home if you have fever."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Prior authorization request to Medicaid plan",
        notes="PA request with member name, Medicaid ID and requested TMS treatment for major depression.",
        frm=f"Utilization Review <ur@{BWC}>",
        to="pa@showmecaremcd.com",
        subject="PA request - TMS",
        body="Prior authorization request\n\nMember: Yusuf Adebayo-Kerr\nMember ID: MCD6630418\nDOB: 1971-05-19\nService: Transcranial magnetic stimulation, 36 sessions (CPT 90868)\nDiagnosis: F33.2 Major depressive disorder, recurrent, severe\nFailed trials: sertraline, bupropion, venlafaxine, aripiprazole augmentation\nOrdering: Dr. Rashida Pell, NPI: 1605268097"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Grant narrative draft to foundation",
        notes="Grant draft with programme statistics and an anonymised composite vignette clearly labelled as such.",
        frm=f"Development <development@{BWC}>",
        to="grants@alderfoundation.org",
        subject="Draft narrative - youth crisis respite",
        body="Attached is our draft. The vignette on page 2 is a composite of several young people, not a real client, as your guidelines ask."
        + SIG,
        atts=(
            Att(
                "youth_respite_narrative.docx",
                DOCX,
                docx(
                    [
                        "Brightwater CMHC - Youth Crisis Respite",
                        "In 2025 we served 402 youth; 61% had a prior ED visit for a mental health crisis.",
                        "Composite vignette (not a real person): a 15-year-old with panic attacks whose family...",
                        "Budget request: $240,000 over two years.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Discharge letter CCDA to new provider",
        notes="Hard positive: body says only 'transition of care'; the C-CDA attachment names the client, DOB and bipolar diagnosis.",
        frm=f"Health Information Management <him@{BWC}>",
        to="records@lakeviewbehavioral.org",
        subject="Transition of care",
        body="Transition of care document attached." + SIG,
        atts=(
            Att(
                "toc_ccda.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Transition of Care</title><recordTarget><patientRole><id extension="BW-0029944" root="2.16.840.1.113883.3.8821"/><patient><name><given>Harriet</given><family>Oyelaran</family></name><birthTime value="19660304"/></patient></patientRole></recordTarget><component><section><title>Problems</title><text>Bipolar I disorder, current episode depressed (F31.4); lamotrigine 200 mg daily</text></section></component></ClinicalDocument>',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Provider directory update to payer with NPIs",
        notes="Hard negative: clinician roster with NPIs and specialties for the payer directory; no clients.",
        frm=f"Credentialing <credentialing@{BWC}>",
        to="providerdata@showmecaremcd.com",
        subject="Directory update - March",
        body="Please update your directory:\n\nAnneke Voss, LPC - trauma, PTSD - NPI: 1351744986 - accepting new patients\nOwen Tarrant, LMFT - child and family - NPI: 1459409177 - accepting\nRashida Pell, MD - psychiatry - NPI: 1605268097 - waitlist\nDEA for Dr. Pell on file: FT3172640"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Letter to employer confirming leave for treatment",
        notes="Return-to-work letter to employer HR names the employee and his partial hospitalization programme attendance.",
        frm=f"Partial Hospitalization Program <php@{BWC}>",
        to="hr@ozarkfreightlines.com",
        subject="Return to work - Desmond Pirelli",
        body="To whom it may concern,\n\nDesmond Pirelli attended our partial hospitalization program from 2 March to 13 March 2026 and is cleared to return to work on 23 March with no restrictions. He signed an authorization for this letter. Diagnosis is not disclosed.\n\nPHP team"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Reply to media enquiry on waiting times",
        notes="Aggregate waiting time figures to journalist; no individual.",
        frm=f"Communications <comms@{BWC}>",
        to="newsdesk@harlancourier.com",
        subject="RE: waiting times for counselling",
        body="Hi Tess,\n\nOur median wait for a first adult therapy appointment was 19 days in February, down from 34 in August. Same-day crisis access is unchanged. Our CEO is available for a call Thursday.\n\nMarguerite Dunn\nCommunications"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Spreadsheet of no-shows to transport vendor",
        notes="Hard positive: multi-sheet workbook to ride vendor lists client names and addresses with clinic appointment times at a mental health centre.",
        frm=f"Scheduling <scheduling@{BWC}>",
        to="dispatch@prairierides.com",
        subject="Next week's rides",
        body="Ride list for next week attached, plus last week's no-shows so you can check with drivers."
        + SIG,
        atts=(
            Att(
                "rides_wk12.xlsx",
                XLSX,
                xlsx(
                    {
                        "Rides": [
                            ["Client", "Pickup address", "Appt", "Clinic"],
                            ["Lorna Beasley", "17 Wren Ct, Harlan", "3/23 10:00", "Adult OP"],
                            [
                                "Amos Treadwell",
                                "902 Fulton Rd Apt 4, Harlan",
                                "3/24 13:30",
                                "Clozapine clinic",
                            ],
                        ],
                        "No-shows": [
                            ["Client", "Date", "Reason"],
                            ["Pia Sorrentino", "3/12", "driver could not reach"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Redisclosure policy draft with placeholder fields",
        notes="Hard negative: records policy draft listing field names and redaction rules with placeholders only.",
        frm=f"Compliance <compliance@{BWC}>",
        to="policy@ccbhcnetwork.org",
        subject="Draft redisclosure policy for network review",
        body="Attached for network review.\n\nSection 4 lists fields that must be masked in any release: Client Name, DOB, MRN (format BW-#######), SSN (###-##-####), diagnosis codes, SUD treatment dates. Examples in the appendix use XXXX placeholders only."
        + SIG,
        atts=(
            Att(
                "redisclosure_policy_v3.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTWATER CMHC - POLICY RI-07 REDISCLOSURE (DRAFT v3)",
                        "4. Masked fields: Client Name, DOB, MRN, SSN, diagnosis, SUD dates",
                        "Appendix A example: Client: XXXX XXXX, MRN: BW-XXXXXXX",
                    ],
                    "Policy RI-07",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Reply to client about medication refill",
        notes="Reply to client's icloud mailbox confirming a refill of buprenorphine and quetiapine under his name.",
        frm=f"Nurse Line <nurseline@{BWC}>",
        to="cal.wexford@icloud.com",
        subject="RE: refill",
        body="Hi Calvin,\n\nDr. Pell approved your refills: buprenorphine/naloxone 8/2 mg and quetiapine 100 mg, sent to Harlan Community Pharmacy. Pick up after 3 pm.\n\nNurse line\n\n> Can I get my meds refilled before Friday? - Calvin Wexford"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Support group flyer HTML",
        notes="HTML-only flyer for an open grief support group; no individual.",
        frm=f"Community Education <education@{BWC}>",
        to="bulletin@firstpresharlan.org",
        subject="For your bulletin: grief support group",
        body="",
        html="<html><body><p><b>Grief Support Group</b> - open to anyone who has lost a loved one. Thursdays 6 pm, Brightwater CMHC, 410 Alder St. No cost, no referral needed.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Zip of examiner's report to probate court",
        notes="Zip to probate court clerk containing evaluation text with respondent's name and psychosis findings.",
        frm=f"Forensic Evaluations <forensic@{BWC}>",
        to="probateclerk@ravencountycourts.gov",
        subject="Case 26-PR-0117 evaluation",
        body="Per the court order in 26-PR-0117, the examiner's report is attached." + SIG,
        atts=(
            Att(
                "26-PR-0117.zip",
                "application/zip",
                zipped(
                    {
                        "report.txt": "Examiner's report - Respondent: Lucien Marchetti, DOB 1958-10-06. Findings: persecutory delusions, poor insight, refuses medication. Meets criteria for involuntary treatment.\n",
                        "cover.txt": "Brightwater CMHC forensic evaluations\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="988 call volume report with SSN-shaped report number",
        notes="Hard negative: crisis line call counts by hour with an SSN-shaped report number; no individual.",
        frm=f"Quality & Outcomes <quality@{BWC}>",
        to="data@state988coalition.org",
        subject="988 call volume report 412-55-2026",
        body="Hi,\n\nReport number 412-55-2026 (your system's numbering) is attached: February call counts by hour, 2,118 calls total, 71% resolved by phone. No caller-level data is included.\n\nQuality"
        + SIG,
        atts=(
            Att(
                "calls_by_hour.csv",
                "text/csv",
                "hour,calls\n00,64\n01,51\n02,47\n12,98\n18,141\n22,120\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Test statement proof to print vendor",
        notes="Hard negative: statement-layout proof to the print vendor uses a declared fictional test guarantor and sample charges.",
        frm=f"Patient Accounts <accounts@{BWC}>",
        to="proofs@lakeshoreprintmail.com",
        subject="Statement proof v4 - TEST DATA ONLY",
        body="Hi Carla,\n\nProof v4 below. All data is our billing system's built-in TEST account, not a real person.\n\nGuarantor: TEST, PATIENT (fictional)\nAccount: 00000-TEST\nSample line: psychotherapy 60 min (CPT 90837) $180.00, insurance paid $140.00, balance $40.00\n\nPlease move the remit stub 5 mm lower and use our new logo.\n\nPatient Accounts"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Plain text meeting notes from coalition",
        notes="Text attachment of suicide prevention coalition minutes with aggregate data and staff names only.",
        frm=f"Prevention <prevention@{BWC}>",
        to="members@ravensuicideprevention.org",
        subject="Coalition minutes - March",
        body="Minutes attached." + SIG,
        atts=(
            Att(
                "minutes_march.txt",
                "text/plain",
                "Raven County Suicide Prevention Coalition - minutes\nPresent: M. Dunn (Brightwater), S. Ivers (schools), Capt. R. Lamb (sheriff)\n- County suicide deaths 2025: 14 (2024: 17)\n- Gun lock giveaway 4 April\n- Next meeting 21 April\n",
            ),
        ),
    ),
]
