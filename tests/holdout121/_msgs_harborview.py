"""Outbound mail of Harborview Rheumatology & Infusion Center (37)."""
# ruff: noqa: E501

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import HRI, Att, Spec

FRONT = f"Harborview Front Desk <frontdesk@{HRI}>"
INF = f"Harborview Infusion Suite <infusion@{HRI}>"
BILL = f"Harborview Billing <billing@{HRI}>"
ADMIN = f"Harborview Practice Admin <admin@{HRI}>"

HL7 = (
    "MSH|^~\\&|HRI_EHR|HARBORVIEW|LABCORE|LABCORE|202605111022||ORU^R01|HRI88211|P|2.5.1\r"
    "PID|1||HRI-0419927^^^HRI^MR||Okafor^Adaeze^N||19840317|F|||77 Linden Ct^^Brookfield^WI^53005\r"
    "OBR|1||LC55120|ANA^ANA screen IFA\r"
    "OBX|1|ST|ANA^ANA titer||1:640 homogeneous||<1:80|H|||F\r"
    "OBX|2|NM|C3^Complement C3||62|mg/dL|90-180|L|||F\r"
)
FHIR = (
    '{"resourceType": "MedicationAdministration", "status": "completed",'
    ' "subject": {"reference": "Patient/HRI-0532810", "display": "Gregory Tillman"},'
    ' "medicationCodeableConcept": {"text": "infliximab-dyyb 5 mg/kg IV"},'
    ' "effectiveDateTime": "2026-05-07T09:40:00-05:00", "note": [{"text": "Premedicated; no infusion reaction"}]}'
)
CCDA = (
    '<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><title>Referral Note</title>'
    '<recordTarget><patientRole><id extension="HRI-0611045"/><patient><name><given>Marisol</given>'
    '<family>Pruitt</family></name><birthTime value="19711102"/></patient></patientRole></recordTarget>'
    '<component><section><title>Problems</title><text>Rheumatoid arthritis, seropositive (M05.79); '
    'interstitial lung disease suspected</text></section></component></ClinicalDocument>'
)
X12 = (
    "ISA*00*          *00*          *ZZ*HARBORVIEW     *ZZ*CLEARHUB       *260511*1030*^*00501*000004471*0*P*:~"
    "GS*HC*HARBORVIEW*CLEARHUB*20260511*1030*4471*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*HARBORVIEW RHEUMATOLOGY*****XX*1540613589~NM1*IL*1*DEVLIN*ROSEMARY****MI*WPS884120577~"
    "DMG*D8*19580923*F~CLM*HRI240511A*3120***11:B:1~HI*ABK:M0579~SV1*HC:J1745:JB*2860*UN*40~"
    "SV1*HC:96413*260*UN*1~SE*8*0001~GE*1*4471~IEA*1*000004471~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Infusion appointment reminder to patient gmail",
        notes="Patient's gmail, name and her infliximab infusion date reveal care at an infusion suite.",
        frm=INF,
        to="denise.haverford@gmail.com",
        subject="Your appointment Thursday",
        body="Hi Denise,\n\nThis is a reminder of your Remicade infusion on Thursday May 14 at 8:30 am in chair 6. Please eat breakfast and bring your updated medication list. Plan for about 3 hours.\n\nHarborview Infusion Suite\n(262) 555-0114",
    ),
    Spec(
        phi=True,
        category="Lab result HL7 to reference lab",
        notes="Hard positive: HL7 ORU attachment with patient name, MRN, DOB and ANA/complement results.",
        frm=f"Harborview Lab Interface <interface@{HRI}>",
        to="results-resend@labcore-diagnostics.com",
        subject="Resend ORU batch 88211",
        body="Resending the result message that failed on your side yesterday. Please confirm receipt.\n\nInterface team",
        atts=(Att("HRI88211.hl7", "application/hl7-v2", HL7),),
    ),
    Spec(
        phi=False,
        category="Infusion chair utilisation aggregate",
        notes="Hard negative: aggregate chair-hours and drug counts per month; no patients.",
        frm=ADMIN,
        to="board@harborviewrheum.com",
        subject="April infusion suite utilisation",
        body="Board members,\n\nAttached is April utilisation: 412 infusions across 9 chairs (81% occupancy). Infliximab remains the top drug (38%), followed by rituximab and tocilizumab. No serious reactions reported this month.\n\nThanks,\nPaula",
        atts=(Att("infusion_utilisation_2026-04.xlsx", XLSX, xlsx({"By drug": [["Drug", "Infusions"], ["infliximab", 157], ["rituximab", 64], ["tocilizumab", 58], ["belimumab", 49], ["other", 84]], "By chair": [["Chair", "Hours"], ["1", 164], ["2", 158], ["3", 171]]})),),
    ),
    Spec(
        phi=True,
        category="Medication administration FHIR to pharmacy",
        notes="Hard positive: FHIR MedicationAdministration naming the patient, MRN and infliximab dose.",
        frm=INF,
        to="intake@keystonebiologics.com",
        subject="Administration record for dispense reconciliation",
        body="Keystone team, attached is the administration record for last Thursday's dose so you can close the dispense.",
        atts=(Att("medadmin_0507.json", "application/fhir+json", FHIR),),
    ),
    Spec(
        phi=True,
        category="Referral C-CDA to pulmonology",
        notes="Hard positive: C-CDA with patient name, DOB, MRN and RA with suspected ILD.",
        frm=f"Dr. Nadia Feld <nfeld@{HRI}>",
        to="referrals@lakeshorepulmonary.com",
        subject="Referral - PFTs and HRCT requested",
        body="Dear colleagues, please see the attached referral document. I would appreciate PFTs and HRCT within 4 weeks.\n\nNadia Feld, MD",
        atts=(Att("referral_ccda.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="837 claim file to clearinghouse",
        notes="Hard positive: X12 837 with patient name, member ID, DOB and RA infusion claim lines.",
        frm=BILL,
        to="submissions@clearhub-edi.com",
        subject="837P batch 4471",
        body="Batch 4471 attached (1 claim). Please send the 999 to this mailbox.",
        atts=(Att("HRI_837_4471.x12", "application/edi-x12", X12),),
    ),
    Spec(
        phi=False,
        category="New rheumatologist announcement",
        notes="Clinician name, specialty and NPI in a staff announcement; no patient.",
        frm=ADMIN,
        to="referringpractices@harborviewrheum.com",
        subject="Welcome Dr. Tomas Ibarra",
        body="We are pleased to announce that Tomas Ibarra, MD (NPI: 1744529078), board-certified in rheumatology, joins Harborview on June 1. He has a special interest in vasculitis and myositis and will see new patients on Tuesdays and Fridays.",
    ),
    Spec(
        phi=False,
        category="Purchase order with SSN-shaped number",
        notes="Hard negative: vendor purchase order whose PO number has the SSN shape; supplies only.",
        frm=f"Harborview Purchasing <purchasing@{HRI}>",
        to="orders@medline-midwest.com",
        subject="PO 412-63-8870 IV start kits",
        body="Please ship against PO 412-63-8870:\n- 20 cs IV start kits\n- 10 cs 0.9% NaCl 250 mL\n- 4 cs in-line 1.2 micron filters\nDeliver to infusion suite dock B.",
    ),
    Spec(
        phi=True,
        category="Texting-style nurse note to physician personal mail",
        notes="Hard positive: short note to the physician's icloud naming the patient and an infusion reaction.",
        frm=f"Jess Marlow RN <jmarlow@{HRI}>",
        to="nadiafeld.md@icloud.com",
        subject="chair 4",
        body="fyi mr tillman flushed + itchy 20 min into ritux, slowed rate, benadryl given, vitals ok now. will call if anything changes",
    ),
    Spec(
        phi=False,
        category="Infusion suite closure notice for holiday",
        notes="General holiday schedule notice to all patients; no individual.",
        frm=INF,
        to="patients-list@harborviewrheum.com",
        subject="Memorial Day schedule",
        body="The infusion suite will be closed Monday May 25. Patients affected have been rescheduled individually. Our nurse line (262) 555-0114 is answered by the on-call rheumatologist.",
    ),
    Spec(
        phi=True,
        category="Prior auth denial PDF to patient",
        notes="Hard positive: PDF letter naming the patient, DOB and denied rituximab authorisation.",
        frm=BILL,
        to="r.devlin58@yahoo.com",
        subject="Letter from Harborview",
        body="Dear Ms. Devlin, please see the attached letter regarding your insurance.",
        atts=(Att("letter_devlin.pdf", "application/pdf", pdf(["HARBORVIEW RHEUMATOLOGY & INFUSION", "Patient: Rosemary Devlin   DOB 09/23/1958", "Your plan denied prior authorization for rituximab 1000 mg x2.", "We have filed an appeal with supporting notes from Dr. Feld."], "Authorization letter")),),
    ),
    Spec(
        phi=False,
        category="Blank infusion consent template",
        notes="Hard negative: blank consent form template with placeholders for name and drug.",
        frm=INF,
        to="forms@harborviewrheum.com",
        subject="Updated biologic infusion consent (blank)",
        body="Attached is the revised consent form, approved by the committee. Please replace stock in the suite.",
        atts=(Att("consent_template_v4.docx", DOCX, docx(["HARBORVIEW INFUSION CONSENT", "Patient name: ____________  DOB: __/__/____", "Medication: ____________", "Risks include infusion reaction, infection, ...", "Signature: ____________"])),),
    ),
    Spec(
        phi=True,
        category="Forwarded patient question about methotrexate",
        notes="Hard positive: forwarded patient email about methotrexate dose and liver tests, with her name.",
        frm=f"Dr. Tomas Ibarra <tibarra@{HRI}>",
        to=f"nurses@{HRI}",
        subject="Fwd: question",
        body="Can someone call her back today? OK to hold MTX this week until LFTs are back.",
        forward=Spec(
            phi=True, category="x", notes="x", frm="lena.brightwater@outlook.com", to=f"portal@{HRI}",
            subject="question", body="Hi Dr Ibarra, I am on methotrexate 20 mg weekly and my liver numbers were high last time. Should I skip this Friday? - Lena Brightwater",
        ),
    ),
    Spec(
        phi=False,
        category="CE course invitation with staff names",
        notes="Hard negative: CE course invitation naming faculty and diseases as topics; no patients.",
        frm=ADMIN,
        to="staff@harborviewrheum.com",
        subject="CE: Managing infusion reactions (1.5 credits)",
        body="Join Dr. Nadia Feld and Jess Marlow RN for a session on infusion reactions with rituximab and infliximab, lupus nephritis updates, and gout flares.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HRI//CE//EN\r\nBEGIN:VEVENT\r\nUID:ce-0521@harborviewrheum.com\r\nDTSTART:20260521T170000Z\r\nDTEND:20260521T183000Z\r\nSUMMARY:CE: Managing infusion reactions\r\nLOCATION:Conference room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Infusion schedule spreadsheet to float nurse",
        notes="Hard positive: multi-sheet schedule naming patients, drugs and chair times sent to a float nurse's gmail.",
        frm=INF,
        to="kellyfloatrn@gmail.com",
        subject="next week",
        body="Kelly, here is next week so you can plan. Thanks for covering!",
        atts=(Att("week_0518.xlsx", XLSX, xlsx({"Mon": [["Time", "Patient", "Drug"], ["08:00", "A. Okafor", "belimumab"], ["09:30", "G. Tillman", "rituximab"]], "Tue": [["Time", "Patient", "Drug"], ["08:00", "D. Haverford", "infliximab"], ["11:00", "P. Soto", "tocilizumab"]]})),),
    ),
    Spec(
        phi=False,
        category="Vendor invoice for infusion pumps",
        notes="Hard negative: vendor invoice with account and serial numbers for pumps; no patients.",
        frm=BILL,
        to="ar@alarishealth-supply.com",
        subject="Invoice 77102 query",
        body="Our account 440018. Invoice 77102 lists 6 pump service contracts but we have 5 pumps (serials PX-22014 to PX-22018). Please correct.",
        atts=(Att("invoice_77102.pdf", "application/pdf", pdf(["HARBORVIEW - invoice query", "Invoice 77102 service contracts x6", "Pumps on site: 5"], "Invoice query")),),
    ),
    Spec(
        phi=True,
        category="Encrypted zip of chart notes to attorney",
        notes="Encrypted zip of chart notes for a named patient sent for a disability claim; body names her.",
        frm=f"Harborview Records <records@{HRI}>",
        to="paralegal@whitcombdisabilitylaw.com",
        subject="Records request 2026-118",
        body="Records for Priscilla Soto (DOB 02/14/1979) per the signed authorization are attached. Password sent separately.",
        atts=(Att("records_2026-118.zip", "application/zip", encrypted_zip({"notes.txt": "Priscilla Soto - RA, tocilizumab since 2023"}, "Hv7!soto")),),
    ),
    Spec(
        phi=False,
        category="Password follow-up without details",
        notes="Password message with only a request number; no patient identified.",
        frm=f"Harborview Records <records@{HRI}>",
        to="paralegal@whitcombdisabilitylaw.com",
        subject="Re: Records request",
        body="The password for today's file is in the portal message. Call (262) 555-0119 with questions.",
    ),
    Spec(
        phi=True,
        category="HTML-only patient portal summary",
        notes="HTML-only visit summary with patient name, DAS28 score and prednisone taper.",
        frm=f"Harborview Portal <noreply@{HRI}>",
        to="gtillman@comcast.net",
        subject="Your visit summary",
        body="",
        html="<html><body><h2>Visit summary for Gregory Tillman</h2><p>Seen May 7 by Dr. Feld. DAS28-CRP 4.1 (moderate). Plan: rituximab cycle 2, prednisone 10 mg taper over 4 weeks.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML-only newsletter on gout",
        notes="Hard negative: HTML newsletter about gout and diet; no individual.",
        frm=f"Harborview News <news@{HRI}>",
        to="subscribers@harborviewrheum.com",
        subject="Spring newsletter: gout and diet",
        body="",
        html="<html><body><h1>Gout and your plate</h1><p>Urate-lowering therapy like allopurinol works best with steady dosing. Our dietitian shares 5 tips.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Photo of hand swelling PNG",
        notes="Hard positive: clinical photo attached, file name carries patient name and condition.",
        frm=f"Dr. Nadia Feld <nfeld@{HRI}>",
        to="hand.clinic@lakeshoreortho.com",
        subject="curbside",
        body="Would value your thoughts on the MCP swelling before we escalate.",
        atts=(Att("okafor_adaeze_hand_synovitis.png", "image/png", png(6, 6, (220, 180, 170))),),
    ),
    Spec(
        phi=False,
        category="Logo PNG to printer",
        notes="Logo image for print shop; business mail.",
        frm=ADMIN,
        to="jobs@printworks-wi.com",
        subject="Logo for brochure",
        body="Logo attached for the new brochure run (500 copies).",
        atts=(Att("harborview_logo.png", "image/png", png(8, 4, (20, 80, 140))),),
    ),
    Spec(
        phi=True,
        category="Balance statement to patient",
        notes="Billing message naming patient, account number and infusion charges.",
        frm=BILL,
        to="psoto79@hotmail.com",
        subject="Your statement",
        body="Dear Priscilla Soto,\n\nAccount 7730418 shows a balance of $412.60 for tocilizumab infusion on 04/16/2026 (CPT 96413). Pay at the portal or call (262) 555-0117.",
    ),
    Spec(
        phi=False,
        category="Staff flu shot clinic notice",
        notes="Staff notice; workforce names only.",
        frm=ADMIN,
        to="staff@harborviewrheum.com",
        subject="Staff vaccination clinic",
        body="Employee health will run the staff vaccination clinic Wednesday 12-2. Contact Maria Chen for exemptions.",
    ),
    Spec(
        phi=True,
        category="Zip of infusion flowsheets to auditor",
        notes="Hard positive: zip with CSV flowsheets naming patients and vitals during infusions.",
        frm=INF,
        to="audit@qualityreview-partners.com",
        subject="sample for Q1 audit",
        body="Sample as requested.",
        atts=(Att("q1_sample.zip", "application/zip", zipped({"flowsheet.csv": "mrn,name,drug,bp_pre,bp_post\nHRI-0419927,Adaeze Okafor,belimumab,118/76,121/78\nHRI-0532810,Gregory Tillman,rituximab,134/88,142/90\n"})),),
    ),
    Spec(
        phi=False,
        category="Zip of de-identified quality metrics",
        notes="Hard negative: zip of aggregate quality metrics, no identifiers.",
        frm=ADMIN,
        to="registry@acr-rise-support.org",
        subject="Quarterly submission",
        body="Quarterly aggregate submission attached.",
        atts=(Att("q1_metrics.zip", "application/zip", zipped({"metrics.csv": "measure,numerator,denominator\nRA disease activity documented,812,860\nTB screening before biologic,240,244\n"})),),
    ),
    Spec(
        phi=True,
        category="Infusion appointment ics to patient",
        notes="Hard positive: calendar invite to patient's aol naming her and the rituximab infusion.",
        frm=INF,
        to="marisolp71@aol.com",
        subject="Appointment",
        body="Your appointment is attached.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HRI//Sched//EN\r\nBEGIN:VEVENT\r\nUID:appt-9921@harborviewrheum.com\r\nDTSTART:20260520T133000Z\r\nDTEND:20260520T173000Z\r\nSUMMARY:Marisol Pruitt - rituximab infusion\r\nLOCATION:Harborview Infusion Suite chair 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Meeting invite for pharmacy liaison",
        notes="Business meeting invite; no patient.",
        frm=ADMIN,
        to="liaison@keystonebiologics.com",
        subject="Quarterly liaison meeting",
        body="Invite attached.",
        atts=(Att("meeting.ics", "text/calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HRI//Mtg//EN\r\nBEGIN:VEVENT\r\nUID:mtg-77@harborviewrheum.com\r\nDTSTART:20260603T150000Z\r\nDTEND:20260603T160000Z\r\nSUMMARY:Keystone liaison quarterly\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),),
    ),
    Spec(
        phi=True,
        category="Letter of medical necessity docx",
        notes="Hard positive: docx letter naming patient, member ID and lupus nephritis for belimumab.",
        frm=f"Dr. Nadia Feld <nfeld@{HRI}>",
        to="appeals@meridianhealthplan.com",
        subject="LMN attached",
        body="Please see attached.",
        atts=(Att("LMN.docx", DOCX, docx(["HARBORVIEW RHEUMATOLOGY", "Re: Adaeze Okafor, member ID MHP40228817", "Ms. Okafor has biopsy-proven class IV lupus nephritis; belimumab is medically necessary."])),),
    ),
    Spec(
        phi=False,
        category="Policy document on biologic storage",
        notes="Hard negative: policy docx on drug refrigeration; no patient.",
        frm=INF,
        to="staff@harborviewrheum.com",
        subject="Revised cold chain policy",
        body="Please read and attest by Friday.",
        atts=(Att("cold_chain_policy.docx", DOCX, docx(["Biologic storage policy", "Refrigerators must log 2-8 C twice daily."])),),
    ),
    Spec(
        phi=True,
        category="Subject-only patient name and diagnosis",
        notes="Hard positive: PHI sits only in the subject line (name plus vasculitis admission).",
        frm=f"Dr. Tomas Ibarra <tibarra@{HRI}>",
        to="hospitalist@stmarysbrookfield.org",
        subject="Harold Quint - GPA flare, admit today?",
        body="Can you call me? (262) 555-0121.",
    ),
    Spec(
        phi=False,
        category="Job posting for infusion RN",
        notes="Job ad; no patients.",
        frm=ADMIN,
        to="jobs@wisconsinnursejobs.com",
        subject="Posting: infusion RN",
        body="Harborview seeks an infusion RN, 0.8 FTE, IV certification required.",
    ),
    Spec(
        phi=True,
        category="Misdirected lab note to family member",
        notes="Hard positive: note to spouse's personal mailbox naming the patient and his uric acid and gout.",
        frm=FRONT,
        to="quint.family@yahoo.com",
        subject="For Harold",
        body="Mrs. Quint, please let Harold know his uric acid is 9.8 and Dr. Ibarra wants him to start allopurinol 100 mg. Refill sent to his pharmacy.",
    ),
    Spec(
        phi=False,
        category="Aggregate patient survey results CSV",
        notes="Hard negative: CSV of aggregate satisfaction scores.",
        frm=ADMIN,
        to="consultant@carequalityinsights.com",
        subject="Survey results",
        body="Attached.",
        atts=(Att("survey.csv", "text/csv", "question,mean,n\nWait time,4.2,318\nNurse courtesy,4.8,318\n"),),
    ),
    Spec(
        phi=True,
        category="Patient ID-only message with MRN and drug",
        notes="Hard positive: no name, but MRN tied to a missed infusion and TB test.",
        frm=INF,
        to="scheduling@harborviewrheum-annex.com",
        subject="MRN HRI-0588214",
        body="MRN HRI-0588214 missed his abatacept infusion yesterday; needs QuantiFERON before rescheduling.",
    ),
    Spec(
        phi=False,
        category="Text file of IT downtime plan",
        notes="Downtime procedure text file; no patient.",
        frm=f"Harborview IT <it@{HRI}>",
        to="staff@harborviewrheum.com",
        subject="EHR downtime Saturday",
        body="See attached plan.",
        atts=(Att("downtime.txt", "text/plain", "EHR downtime Sat 22:00-02:00. Use paper MAR forms in the blue binder."),),
    ),
    Spec(
        phi=False,
        category="Drug rep lunch invitation",
        notes="Hard negative: pharma rep lunch-and-learn invite naming staff and a biologic; no patient.",
        frm=ADMIN,
        to="staff@harborviewrheum.com",
        subject="Lunch and learn Wed: JAK inhibitors",
        body="The upadacitinib rep will bring lunch Wednesday at noon. Dr. Ibarra and Jess Marlow RN will moderate questions on shingles risk and lab monitoring.",
    ),
]
