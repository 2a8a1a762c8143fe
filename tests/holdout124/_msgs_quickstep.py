"""QuickStep Urgent Care (urgent care chain): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

FOOT = "\n\nQuickStep Urgent Care\n2250 Harmon Pkwy, Suite 4, Dayton, OH 45420\n(937) 555-0110 | quickstepurgentcare.com"
FRONT = "QuickStep Front Desk <frontdesk@quickstepurgentcare.com>"
BILL = "QuickStep Billing <billing@quickstepurgentcare.com>"

MESSAGES = [
    Spec(
        phi=True,
        category="visit summary to patient gmail",
        notes="Visit summary to the patient's gmail with her name, visit date, strep diagnosis and amoxicillin prescription.",
        frm="QuickStep Kettering <kettering@quickstepurgentcare.com>",
        to="lena.marchetti88@gmail.com",
        subject="Your visit summary - May 9",
        body="Hi Lena,\n\nThanks for visiting QuickStep Kettering on May 9. Your rapid strep test was positive (J02.0). Dr. Oyelaran sent amoxicillin 500 mg twice daily for 10 days to the Kroger pharmacy on Far Hills. You can return to work after 24 hours on antibiotics.\n\nIf your fever is not better in 48 hours, come back or call us."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="seasonal hours announcement",
        notes="Hard negative: public announcement of holiday hours and flu-shot walk-ins with no individual.",
        frm="QuickStep Urgent Care <news@quickstepurgentcare.com>",
        to="subscribers@list.quickstepurgentcare.com",
        subject="Memorial Day hours + walk-in flu and COVID shots",
        body="All five QuickStep locations are open 9am-5pm on Memorial Day (May 25). Walk-in COVID-19 boosters and tetanus shots are available at every location, no appointment needed. Sunburn, bee stings and sprained ankles? We see those too."
        + FOOT,
        html="<html><body><h2>Memorial Day hours</h2><p>All five QuickStep locations are open <b>9am-5pm</b> on May 25.</p><p>Walk-in COVID-19 boosters and tetanus shots at every location.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="x-ray overread request with png",
        notes="Hard positive: overread request to the radiology group; the PNG file name and body carry the patient's name, DOB and suspected scaphoid fracture.",
        frm="Dr. Paul Oyelaran <poyelaran@quickstepurgentcare.com>",
        to="reads@miamivalleyrad.com",
        subject="Overread please - wrist",
        body="Can you overread this one today? 14M, FOOSH at soccer, snuffbox tenderness, I don't see a fracture but want a second look before I splint. Key image attached; full study is in PACS under acc QS-XR-55102.\n\nDOB 03/02/2012.\n\nPaul",
        atts=(
            Att("Brennan_Tyler_DOB2012-03-02_wrist_PA.png", "image/png", png(8, 8, (30, 30, 30))),
        ),
    ),
    Spec(
        phi=False,
        category="radiology group invoice",
        notes="Vendor invoice for overread services by study count, no patient detail.",
        frm="Accounts Payable <ap@quickstepurgentcare.com>",
        to="billing@miamivalleyrad.com",
        subject="RE: April overread invoice MVR-2026-0412",
        body="Hi Tasha,\n\nInvoice MVR-2026-0412 (312 plain-film overreads at $9.50 = $2,964.00) is approved and scheduled for ACH on May 20.\n\nThanks,\nGreg Whitcomb\nAccounts Payable"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="work note texted style to employer",
        notes="Hard positive: short texting-style note to an employer's HR gmail saying a named employee was seen today and needs 3 days off for back strain.",
        frm="Centerville Desk <centerville@quickstepurgentcare.com>",
        to="pinewoodhr.ops@gmail.com",
        subject="work note",
        body="hi - Marcus Delgado was seen here this am, lumbar strain, no lifting >10 lb thru Thurs 5/14, ok to return Fri. signed note attached to his chart, he has a copy. -Kim @ QuickStep Centerville",
    ),
    Spec(
        phi=False,
        category="staff schedule swap",
        notes="Staff scheduling email naming employees and shifts; workforce information, no patient.",
        frm="Renee Albright <ralbright@quickstepurgentcare.com>",
        to="jordanpike.rt@yahoo.com",
        cc="kettering-staff@quickstepurgentcare.com",
        subject="Shift swap approved - Sat 5/16",
        body="FYI: Jordan Pike (RT) and Alicia Mensah (RT) have swapped Saturday 5/16 and Sunday 5/17. Jordan opens Saturday 8am. Please update the board.\n\nRenee Albright\nClinic Manager, Kettering",
    ),
    Spec(
        phi=True,
        category="837P claim batch to clearinghouse",
        notes="Hard positive: X12 837P attachment with subscriber name, member ID, DOB and laceration repair codes; the body says nothing about patients.",
        frm=BILL,
        to="submit@claimbridge-edi.com",
        subject="Batch 260511-01",
        body="Batch 260511-01 attached, 1 claim. Please confirm 999.",
        atts=(
            Att(
                "QSU_837P_260511-01.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*QUICKSTEPUC    *ZZ*CLAIMBRIDGE    *260511*0912*^*00501*000004121*0*P*:~\n"
                "GS*HC*QUICKSTEPUC*CLAIMBRIDGE*20260511*0912*4121*X*005010X222A1~\n"
                "ST*837*0001*005010X222A1~\n"
                "NM1*85*2*QUICKSTEP URGENT CARE*****XX*1487029351~\n"
                "NM1*IL*1*HOLLIS*JANET****MI*ZGP448170231~\n"
                "DMG*D8*19740619*F~\n"
                "CLM*QS51877*245***20:B:1*Y*A*Y*Y~\n"
                "HI*ABK:S61412A~\n"
                "SV1*HC:12002*185*UN*1***1~\n"
                "SV1*HC:90715*60*UN*1***1~\n"
                "SE*10*0001~\nGE*1*4121~\nIEA*1*000004121~\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clearinghouse enrollment with NPIs",
        notes="Hard negative: payer enrollment list of clinicians with NPIs and specialties; provider identifiers, no patients.",
        frm="Credentialing <credentialing@quickstepurgentcare.com>",
        to="enrollment@claimbridge-edi.com",
        subject="Add rendering providers to QuickStep enrollment",
        body="Please add these rendering providers under group NPI 1487029351:\n\nPaul Oyelaran, MD - Family Medicine - NPI 1623048711\nSandra Kwiatkowski, PA-C - Emergency Medicine - NPI 1198534061\nMiguel Arce, NP - Family NP - NPI 1774619203\n\nEffective 06/01/2026. Tax ID and W-9 on file.\n\nDana Reyes\nCredentialing Coordinator"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="controlled substance report to pharmacy",
        notes="Pharmacy call-back email naming a patient, DOB and a tramadol prescription with the prescriber's DEA.",
        frm="Dr. Sandra Kwiatkowski <skwiatkowski@quickstepurgentcare.com>",
        to="rx4417@walgreens-store.com",
        subject="Re: verify tramadol Rx",
        body="Confirming I wrote the tramadol 50 mg #12 (no refills) for Harold Voss, DOB 11/23/1951, seen today for an acute ankle fracture pending ortho follow-up. My DEA is BK4829137.\n\nSandra Kwiatkowski, PA-C",
    ),
    Spec(
        phi=False,
        category="DEA registration renewal reminder",
        notes="Hard negative: internal reminder about a clinician's DEA renewal date; a provider identifier, no patient.",
        frm="Credentialing <credentialing@quickstepurgentcare.com>",
        to="skwiatkowski@quickstepurgentcare.com",
        subject="DEA renewal due 7/31",
        body="Hi Sandra,\n\nYour DEA registration MK7310648 for the Kettering address expires 07/31/2026. Please renew online at least 45 days ahead and send me the new certificate for the file. Ohio CTP license renewal is separate.\n\nDana",
    ),
    Spec(
        phi=True,
        category="medicare patient balance statement",
        notes="Statement to a Medicare patient's aol address with his name, MBI, visit date and urgent care charges.",
        frm=BILL,
        to="rjpetrakis@aol.com",
        subject="Your QuickStep statement",
        body="Robert J. Petrakis\nMBI: 3HW7-KR2-JD58\n\nDate of service: 04/18/2026 - Urgent care visit (99214), nebulizer treatment (94640)\nCharges: $318.00  Medicare paid: $221.47  Coinsurance due: $55.37\n\nPay online or call (937) 555-0112."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="patient statement template for review",
        notes="Hard negative: statement template with merge fields and placeholder values, no real person.",
        frm=BILL,
        to="print@statementsource.com",
        subject="New statement template v3",
        body="Attached is v3 of the patient statement layout. Merge fields are in braces: {PATIENT_NAME}, {ACCOUNT}, {DOS}, {CPT_DESC}, {BALANCE}. Please send a proof with dummy data (use 'Test Patient' / 000000).\n\nMaria Lutz\nRevenue Cycle",
        atts=(
            Att(
                "QSU_statement_template_v3.docx",
                DOCX,
                docx(
                    [
                        "QuickStep Urgent Care - Patient Statement",
                        "Patient: {PATIENT_NAME}   Account: {ACCOUNT}",
                        "Date of service: {DOS}   Service: {CPT_DESC}",
                        "Amount due: {BALANCE}",
                        "Questions? Call (937) 555-0112.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="occupational drug screen result to employer",
        notes="Hard positive: HTML-only result table to an employer listing named employees with their post-accident drug screen outcomes.",
        frm="QuickStep Employer Services <employers@quickstepurgentcare.com>",
        to="safety@daytonfreightlines.com",
        subject="Post-accident testing results",
        body="",
        html="<html><body><p>Results for the two drivers tested on 05/08/2026:</p><table border='1'><tr><th>Employee</th><th>Test</th><th>Result</th></tr><tr><td>Kevin Ashworth</td><td>DOT 5-panel urine</td><td>Negative</td></tr><tr><td>Luis Santamaria</td><td>Breath alcohol</td><td>0.00</td></tr></table><p>QuickStep Employer Services</p></body></html>",
    ),
    Spec(
        phi=False,
        category="employer services price sheet",
        notes="Hard negative: HTML-only price list for employer drug screens and physicals; no individuals.",
        frm="QuickStep Employer Services <employers@quickstepurgentcare.com>",
        to="purchasing@daytonfreightlines.com",
        subject="2026 employer services pricing",
        body="",
        html="<html><body><h3>QuickStep Employer Services - 2026</h3><ul><li>DOT physical: $85</li><li>5-panel urine drug screen: $42</li><li>Breath alcohol test: $35</li><li>TB skin test (2-step): $48</li></ul><p>Invoiced monthly, net 30.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HL7 ADT feed to hospital",
        notes="Hard positive: HL7 ADT^A04 attachment with a patient's name, DOB, address and chest pain complaint sent to the hospital interface team.",
        frm="Interfaces <it@quickstepurgentcare.com>",
        to="interfaces@valleymercy.org",
        subject="Sample ADT for go-live validation",
        body="As requested, one production message from this morning for validating the transfer feed mapping. Please delete after testing.\n\nTom Greer, IT",
        atts=(
            Att(
                "adt_a04_sample.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|QSUEHR|QSU-KET|VMADT|VALLEYMERCY|202605110832||ADT^A04|QS88231|P|2.5.1\r"
                "PID|1||QS-0442918^^^QSU^MR||Obrecht^Dale^M||19580214|M|||818 Wilmington Ave^^Dayton^OH^45420||(937)555-0147\r"
                "PV1|1|O|KET^EXAM3||||1623048711^Oyelaran^Paul\r"
                "PV2|||R07.9^Chest pain, unspecified\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="interface spec document",
        notes="HL7 interface specification describing fields; no patient data.",
        frm="Interfaces <it@quickstepurgentcare.com>",
        to="interfaces@valleymercy.org",
        subject="ADT interface spec v1.2",
        body="Updated spec attached. Changes: PV2-3 now carries chief complaint as ICD-10 code^text; PID-3 assigning authority is QSU.\n\nTom Greer",
        atts=(
            Att(
                "QSU_ADT_spec_v1.2.txt",
                "text/plain",
                "QuickStep ADT interface spec v1.2\nMessage: ADT^A04 on registration\nPID-3: MRN, assigning authority QSU\nPID-5: Last^First^Middle\nPV2-3: chief complaint code^text\nTransport: MLLP over VPN, port 6661\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR encounter bundle to PCP",
        notes="Hard positive: FHIR bundle attachment carrying the patient's name, birth date and UTI encounter; the body only says 'referral attached'.",
        frm="Care Coordination <carecoord@quickstepurgentcare.com>",
        to="referrals@oakwoodfamilypractice.com",
        subject="Referral attached",
        body="Referral attached for follow-up within one week. Thank you.",
        atts=(
            Att(
                "encounter_bundle.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Patient", "name": [{"family": "Szabo", "given": ["Ilona"]}], "birthDate": "1990-08-27"}}, {"resource": {"resourceType": "Encounter", "status": "finished", "period": {"start": "2026-05-10"}, "reasonCode": [{"text": "Acute cystitis with hematuria (N30.01)"}]}}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="volume dashboard by clinic",
        notes="Hard negative: multi-sheet workbook of visit counts by clinic and top diagnoses; aggregate, no individuals.",
        frm="Renee Albright <ralbright@quickstepurgentcare.com>",
        to="leadership@quickstepurgentcare.com",
        subject="April volume dashboard",
        body="April dashboard attached. Volume up 6% over March, driven by allergy and strep.",
        atts=(
            Att(
                "QSU_volume_2026-04.xlsx",
                XLSX,
                xlsx(
                    {
                        "ByClinic": [
                            ["Clinic", "Visits", "Avg door-to-door min"],
                            ["Kettering", 2140, 48],
                            ["Centerville", 1882, 52],
                            ["Beavercreek", 1610, 44],
                        ],
                        "TopDx": [
                            ["ICD-10", "Description", "Count"],
                            ["J02.0", "Strep pharyngitis", 412],
                            ["J30.2", "Seasonal allergic rhinitis", 388],
                            ["S93.401A", "Ankle sprain", 201],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="collections aging workbook",
        notes="Multi-sheet aging workbook to the collections vendor listing patients, accounts, DOS and services.",
        frm=BILL,
        to="placements@buckeyerecovery.com",
        subject="May placements",
        body="May placements attached (second tab has the two disputed accounts to hold).\n\nMaria Lutz",
        atts=(
            Att(
                "QSU_placements_2026-05.xlsx",
                XLSX,
                xlsx(
                    {
                        "Placements": [
                            ["Acct", "Guarantor", "DOS", "Service", "Balance"],
                            ["QS-51022", "Fenwick, Arlo", "2025-12-02", "Laceration repair", 412.0],
                            [
                                "QS-51388",
                                "Tran, Mai",
                                "2026-01-14",
                                "Urgent care visit + x-ray",
                                286.5,
                            ],
                        ],
                        "Hold": [
                            ["Acct", "Guarantor", "Reason"],
                            ["QS-50977", "Hughes, Dana", "Says insurance not billed"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CE course with staff cases",
        notes="Hard negative: CE course invitation using obviously fictional case names; training material.",
        frm="Clinical Education <education@quickstepurgentcare.com>",
        to="providers@quickstepurgentcare.com",
        subject="CE: wound closure skills lab 5/21",
        body="Skills lab on 5/21, 6-8pm, Kettering. Cases: 'Patient A. Example', 32F, 4 cm forearm laceration; 'Mr. Test Case', 60M on apixaban with scalp lac. Bring loupes. 2.0 CME credits.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//QuickStep//Education//EN\r\nBEGIN:VEVENT\r\nUID:qsu-ce-0521@quickstepurgentcare.com\r\nDTSTAMP:20260511T120000Z\r\nDTSTART:20260521T220000Z\r\nDTEND:20260522T000000Z\r\nSUMMARY:Wound closure skills lab\r\nLOCATION:QuickStep Kettering training room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="follow-up appointment invite to patient",
        notes="Hard positive: calendar invite to the patient's icloud for a wound recheck and suture removal naming him.",
        frm=FRONT,
        to="devon.achebe@icloud.com",
        subject="Suture removal appointment",
        body="Devon, your suture removal and wound check is booked. See invite.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//QuickStep//Scheduling//EN\r\nBEGIN:VEVENT\r\nUID:qsu-appt-77120@quickstepurgentcare.com\r\nDTSTAMP:20260511T120000Z\r\nDTSTART:20260519T141500Z\r\nDTEND:20260519T143000Z\r\nSUMMARY:Devon Achebe - suture removal (left hand laceration)\r\nLOCATION:QuickStep Beavercreek\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="supply order confirmation",
        notes="Supply order for splints and rapid strep kits; vendor mail.",
        frm="Purchasing <purchasing@quickstepurgentcare.com>",
        to="orders@midwestmedsupply.com",
        subject="PO 26-0518",
        body="Please ship PO 26-0518: 20 cases rapid strep kits, 10 boxes SAM splints, 6 cases 4-0 nylon sutures to Kettering.\n\nGreg Whitcomb",
    ),
    Spec(
        phi=True,
        category="patient complaint response",
        notes="Response to a patient's outlook address about her wait time referencing her visit and migraine treatment.",
        frm="Patient Experience <experience@quickstepurgentcare.com>",
        to="carla.henstridge@outlook.com",
        subject="Re: my visit on 5/2",
        body="Dear Ms. Henstridge,\n\nI'm sorry you waited nearly two hours at Centerville on May 2 while you had a migraine. The toradol injection should have been given sooner after triage; I've reviewed this with the team.\n\nWe have refunded your $75 copay.\n\nAnita Farrow\nPatient Experience Lead"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="online review reply template",
        notes="Hard negative: public review reply guidance that forbids confirming anyone is a patient; policy text.",
        frm="Patient Experience <experience@quickstepurgentcare.com>",
        to="managers@quickstepurgentcare.com",
        subject="How to reply to Google reviews",
        body="Reminder: never confirm a reviewer was seen here. Use: 'Thank you for your feedback. Please call our patient experience line at (937) 555-0115 so we can help.' Do not mention diagnoses, visit dates or staff names.",
    ),
    Spec(
        phi=True,
        category="forwarded lab result to patient",
        notes="Hard positive: forwarded lab email inside a message/rfc822 part with a patient's positive influenza A result and callback number.",
        frm="Nurse Line <nurseline@quickstepurgentcare.com>",
        to="gpatel.home@yahoo.com",
        subject="Fwd: your result",
        body="Hi Gita, forwarding the lab's note as promised. Call us if the fever continues.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Results <results@gemcitylabs.com>",
            to="nurseline@quickstepurgentcare.com",
            subject="Result: PATEL, GITA DOB 07/14/1983",
            body="Influenza A PCR: DETECTED\nInfluenza B PCR: not detected\nRSV PCR: not detected\nCollected 05/09/2026 at QuickStep Beavercreek.\nPatient phone (937) 555-0163.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded lab courier schedule",
        notes="Hard negative: forwarded courier schedule from the lab; logistics, no patient.",
        frm="Renee Albright <ralbright@quickstepurgentcare.com>",
        to="frontdesk-leads@quickstepurgentcare.com",
        subject="Fwd: new courier pickup times",
        body="FYI below - adjust specimen cutoff to 3:30.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Logistics <logistics@gemcitylabs.com>",
            to="ralbright@quickstepurgentcare.com",
            subject="New courier pickup times",
            body="Starting May 18, pickups are 11:00 and 16:00 at all QuickStep sites. Frozen specimens go in the blue bag.",
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care",
        notes="Hard positive: C-CDA XML attachment with patient name, DOB and cellulitis diagnosis; the body is generic.",
        frm="Care Coordination <carecoord@quickstepurgentcare.com>",
        to="intake@wrightpatfamilymed.com",
        subject="Transition of care document",
        body="Transition of care document attached per your request.",
        atts=(
            Att(
                "toc_ccda.xml",
                "application/xml",
                '<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>QuickStep Urgent Care Visit</title><recordTarget><patientRole><id extension="QS-0450331"/><patient><name><given>Rosalind</given><family>Beckwith</family></name><birthTime value="19671104"/></patient></patientRole></recordTarget><component><structuredBody><component><section><title>Problems</title><text>Cellulitis of right lower leg (L03.115); started cephalexin 500 mg QID</text></section></component></structuredBody></component></ClinicalDocument>\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="job applicant interview invite",
        notes="Recruiting email to a job applicant's gmail about an interview; no patient.",
        frm="Careers <careers@quickstepurgentcare.com>",
        to="kayla.brunson.cma@gmail.com",
        subject="Interview: Medical Assistant, Beavercreek",
        body="Hi Kayla,\n\nThanks for applying for the full-time Medical Assistant role at Beavercreek (rooming, vitals, point-of-care testing, splinting; $19-22/hr). Could you interview Thursday 5/14 at 2pm with Renee Albright? Please bring your CMA certificate.\n\nQuickStep Careers",
    ),
    Spec(
        phi=True,
        category="csv of positive strep cases to health dept",
        notes="CSV to the county health department listing named patients with DOBs and reportable pertussis results.",
        frm="Infection Prevention <ip@quickstepurgentcare.com>",
        to="epi@phdmc-county.org",
        subject="Pertussis reports week 19",
        body="Week 19 reportables attached.\n\nJoan Whitlow, RN",
        atts=(
            Att(
                "pertussis_wk19.csv",
                "text/csv",
                'name,dob,address,collected,result\nOkafor Chidi,2019-05-30,"411 Salem Ave, Dayton OH 45406",2026-05-05,B. pertussis PCR positive\nLindqvist Ava,2016-11-02,"27 Lamme Rd, Kettering OH 45429",2026-05-07,B. pertussis PCR positive\n',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate respiratory csv to health dept",
        notes="Hard negative: CSV of weekly counts of flu/COVID/RSV positives by clinic; aggregate.",
        frm="Infection Prevention <ip@quickstepurgentcare.com>",
        to="surveillance@odh-partners.org",
        subject="Week 19 respiratory counts",
        body="Counts attached.",
        atts=(
            Att(
                "resp_counts_wk19.csv",
                "text/csv",
                "clinic,tests,flu_a,flu_b,covid,rsv\nKettering,188,22,3,9,4\nCenterville,160,17,1,11,2\nBeavercreek,141,12,2,6,5\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="billing inquiry zip with EOB",
        notes="Hard positive: zip of a patient's EOB text and itemized bill sent to her hotmail; names, account and services are only inside the zip.",
        frm=BILL,
        to="t.okonkwo-reed@hotmail.com",
        subject="Documents you requested",
        body="Hello, the documents you requested are attached as a zip file.",
        atts=(
            Att(
                "QS-51466_docs.zip",
                "application/zip",
                zipped(
                    {
                        "itemized_bill.txt": "QuickStep Urgent Care\nPatient: Tanisha Okonkwo-Reed  Acct QS-51466\n03/28/2026 99213 Urgent care visit $165.00\n03/28/2026 87880 Rapid strep $38.00\n03/28/2026 J1885 Ketorolac inj $22.00\n",
                        "eob_summary.txt": "Plan paid $141.20; patient responsibility $83.80 (deductible).",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="policy zip for auditors",
        notes="Hard negative: zip of blank consent forms and privacy policy sent to an auditor; no patients.",
        frm="Compliance <compliance@quickstepurgentcare.com>",
        to="fieldwork@hollanderaudit.com",
        subject="Requested policies",
        body="Attached: our Notice of Privacy Practices and blank consent-to-treat form.",
        atts=(
            Att(
                "QSU_policies.zip",
                "application/zip",
                zipped(
                    {
                        "NPP_2026.txt": "QuickStep Urgent Care Notice of Privacy Practices. This notice describes how medical information about you may be used and disclosed...",
                        "consent_blank.txt": "Consent to treat\nPatient name: ____________  DOB: ________\nSignature: ____________",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pdf school clearance letter",
        notes="PDF letter to a parent's gmail clearing a named child to return to school after hand-foot-mouth disease.",
        frm="QuickStep Centerville <centerville@quickstepurgentcare.com>",
        to="shaw.family.dayton@gmail.com",
        subject="School note for Emma",
        body="Attached is Emma's school note. Feel better!",
        atts=(
            Att(
                "Emma_Shaw_school_note.pdf",
                "application/pdf",
                pdf(
                    [
                        "QUICKSTEP URGENT CARE - CENTERVILLE",
                        "Re: Emma Shaw, DOB 09/12/2018",
                        "Seen 05/08/2026 for hand, foot and mouth disease.",
                        "May return to school on 05/12/2026 if fever-free.",
                    ],
                    "School note",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="pdf lease renewal to landlord",
        notes="PDF letter about the clinic lease; business mail.",
        frm="Accounts Payable <ap@quickstepurgentcare.com>",
        to="leasing@harmonplazaprops.com",
        subject="Suite 4 lease renewal",
        body="Signed renewal letter attached.\n\nGreg Whitcomb",
        atts=(
            Att(
                "lease_renewal_suite4.pdf",
                "application/pdf",
                pdf(
                    [
                        "QUICKSTEP URGENT CARE, LLC",
                        "Harmon Plaza Suite 4 - notice of lease renewal",
                        "Term: 07/01/2026 - 06/30/2029",
                        "Base rent: $6,850 per month",
                    ],
                    "Lease renewal",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="MRN only transfer note",
        notes="Hard positive: transfer note identifying the patient only by MRN and bed time with a suspected appendicitis diagnosis.",
        frm="Dr. Paul Oyelaran <poyelaran@quickstepurgentcare.com>",
        to="edcharge@valleymercy.org",
        subject="Transfer QS-0451207",
        body="Sending MRN QS-0451207 by private car, ETA 20 min. RLQ pain since last night, rebound, WBC 15.8 on our iSTAT. Concern for appendicitis; surgery consult please. He has had nothing by mouth since 6am.\n\nPaul Oyelaran, MD",
    ),
    Spec(
        phi=False,
        category="ED transfer protocol memo",
        notes="Hard negative: transfer protocol mentioning appendicitis and chest pain as categories; no patient.",
        frm="Medical Director <meddir@quickstepurgentcare.com>",
        to="providers@quickstepurgentcare.com",
        subject="Updated transfer criteria",
        body="Effective 5/15: chest pain with abnormal ECG, suspected appendicitis, and any sepsis screen >=2 go to Valley Mercy ED by ambulance. Suspected simple fractures may be splinted and referred to ortho next day.\n\nDr. Lydia Brandt, Medical Director",
    ),
    Spec(
        phi=True,
        category="texting-style callback about ct result",
        notes="Hard positive: terse staff text to a patient's comcast address with her first and last name and a kidney stone CT result.",
        frm="Beavercreek Desk <beavercreek@quickstepurgentcare.com>",
        to="jmorrow1962@comcast.net",
        subject="ct",
        body="Joyce Morrow - rad read back: 4 mm L ureteral stone, no blockage. keep taking the flomax + fluids, strainer at front desk if u want one. call if fever/vomiting. -Beth RN",
    ),
]
