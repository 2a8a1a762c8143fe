"""Outbound mail of Meridian Global Assist, an international medical assistance company (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import MGA, Att, Spec

OPS = f"Meridian Ops Centre <ops@{MGA}>"
SIG = "\n\nMeridian Global Assist - 24/7 Operations Centre\n+1 617-555-0120 | ops@meridianglobalassist.com"
DISC = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. "
    "If received in error, notify the sender and delete it."
)

_ESTIMATE = Spec(
    phi=True,
    category="hospital cost estimate",
    notes="inner hospital estimate",
    frm="International Desk <intl@hospitalsaojoaquim-lisboa.pt>",
    to=f"ops@{MGA}",
    subject="Cost estimate - Mr Alain Dufresne - PCI",
    body=(
        "Dear Meridian,\n\nEstimate for Mr Alain Dufresne (DOB 02/08/1957), admitted 17/10 with NSTEMI: "
        "coronary angiography + PCI with one drug-eluting stent, 3 nights CCU, 2 nights ward. Total EUR 18,400. "
        "Please issue guarantee of payment.\n\nInternational Patients Office"
    ),
)

MESSAGES = [
    Spec(
        phi=True,
        category="guarantee of payment letter to foreign hospital",
        notes="GOP PDF naming member, policy number and appendicectomy admission sent to a Bangkok hospital.",
        frm=f"Medical Case Management <cases@{MGA}>",
        to="intl.billing@chaophrayainterhospital.co.th",
        subject="GOP - case MGA-26-10352",
        body="Please find the guarantee of payment attached. Direct all invoices to cases@meridianglobalassist.com quoting the case number."
        + SIG
        + DISC,
        atts=(
            Att(
                "GOP_MGA-26-10352.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN GLOBAL ASSIST - GUARANTEE OF PAYMENT",
                        "Case: MGA-26-10352   Policy: TRV-5521-88017",
                        "Patient: Mr. Callum Fairweather   DOB: 1996-12-03",
                        "Admission: 18 Oct 2026, acute appendicitis, laparoscopic appendicectomy",
                        "Guarantee up to THB 320,000 for medically necessary treatment",
                    ],
                    "GOP MGA-26-10352",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="air ambulance tasking request",
        notes="Air ambulance request naming patient with stroke, GCS and oxygen needs.",
        frm=OPS,
        to="dispatch@northstaraeromedical.com",
        subject="Tasking request: CUN-BOS, stroke, ASAP",
        body=(
            "Patient: Dorothea Quist, 71F, 62 kg\nDx: left MCA ischaemic stroke 19/10, tPA given at Hospital Galenia Cancun\n"
            "Status: GCS 13, right hemiparesis, aphasia, SpO2 95% on 2 L, NG tube\nDestination: Mass General neuro ICU, accepting Dr. Liao\n"
            "Escort: wife (Helen Quist)\nPlease quote ALS jet with nurse + physician." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="case update to spouse",
        notes="Hard positive: first names and relationship with stent procedure and repatriation plan, to wife's personal mailbox.",
        frm=f"Nurse Case Manager <nurse.cm@{MGA}>",
        to="marguerite.dufresne@orange.fr",
        subject="Update on Alain",
        body=(
            "Dear Marguerite,\n\nI spoke with the cardiologist in Lisbon this morning. Alain is comfortable after the stent "
            "and is walking on the ward. If tomorrow's echo is fine, we plan the flight home on Thursday with a nurse escort "
            "in business class. I'll call you after the ward round.\n\nWarm regards,\nAoife Brennan, RN"
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="open case workbook to insurer client",
        notes="Multi-sheet workbook of named open cases with diagnoses and costs sent to travel-insurer client.",
        frm=f"Client Reporting <reporting@{MGA}>",
        to="claims.ops@harbourlighttravelins.com",
        subject="Weekly open-case report w/e 16 Oct",
        body="Attached as agreed in the SLA. 3 sheets: open inpatient, outpatient, closed this week."
        + SIG
        + DISC,
        atts=(
            Att(
                "HLT_open_cases_wk42.xlsx",
                XLSX,
                xlsx(
                    {
                        "Inpatient": [
                            ["Case", "Insured", "Policy", "Country", "Diagnosis", "Est. cost USD"],
                            [
                                "MGA-26-10352",
                                "Callum Fairweather",
                                "TRV-5521-88017",
                                "TH",
                                "Appendicitis",
                                9100,
                            ],
                            [
                                "MGA-26-10361",
                                "Ruth Eisenberg",
                                "TRV-5521-90233",
                                "IT",
                                "Hip fracture",
                                27400,
                            ],
                        ],
                        "Outpatient": [
                            ["Case", "Insured", "Diagnosis", "Cost"],
                            ["MGA-26-10370", "Noah Pettersen", "Otitis media", 210],
                        ],
                        "Closed": [
                            ["Case", "Insured", "Outcome"],
                            ["MGA-26-10298", "Ivy Castellanos", "Repatriated, discharged home"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 claim for physician escort",
        notes="Hard positive: body only mentions a batch; the 837 carries the patient's name, member ID, DOB and stroke diagnosis code.",
        frm=f"Billing <billing@{MGA}>",
        to="edi.intake@pinnaclemutualhealth.com",
        subject="837P batch 20261019-1",
        body="1 claim. Please route to the international claims unit.",
        atts=(
            Att(
                "mga_837p_20261019.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*MERIDIANGA     *ZZ*PINNACLEMUT    *261019*1530*^*00501*000007731*0*P*:~"
                "GS*HC*MERIDIANGA*PINNACLEMUT*20261019*1530*7731*X*005010X222A1~ST*837*0001*005010X222A1~"
                "NM1*85*2*MERIDIAN GLOBAL ASSIST*****XX*1219055641~"
                "NM1*IL*1*QUIST*DOROTHEA****MI*PMH55820417~DMG*D8*19550614*F~"
                "CLM*MGA2610377*14250***41:B:1*Y*A*Y*Y~HI*ABK:I63512~SV1*HC:A0431*14250*UN*1~DTP*472*D8*20261021~"
                "SE*9*0001~GE*1*7731~IEA*1*000007731~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="translated discharge summary for member",
        notes="Hard positive: body is one line; the DOCX translation names the member with a pulmonary embolism discharge.",
        frm=f"Translation Desk <translation@{MGA}>",
        to="records@bostonharbormedicalgroup.org",
        subject="Translation as requested",
        body="Certified English translation attached.",
        atts=(
            Att(
                "translation_discharge_summary.docx",
                DOCX,
                docx(
                    [
                        "Certified translation from Portuguese",
                        "Discharge summary - Hospital Santa Luzia, Porto",
                        "Patient: Gregory Malinowski, 58 years, admitted 04/10/2026, discharged 11/10/2026",
                        "Diagnosis: bilateral pulmonary embolism. Started apixaban 10 mg BID x7 days then 5 mg BID.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="MEDIF fitness-to-fly request to airline",
        notes="MEDIF to airline medical desk with passenger name, PNR and femur fracture needing stretcher.",
        frm=f"Medical Travel Desk <traveldesk@{MGA}>",
        to="medif@aerolinksatlantic.com",
        subject="MEDIF - PNR QX7T2M - stretcher",
        body=(
            "Passenger: EISENBERG/RUTH MRS   PNR QX7T2M   FCO-JFK 24OCT\n"
            "Diagnosis: right neck of femur fracture, hemiarthroplasty 15/10. Needs stretcher, no oxygen, "
            "enoxaparin injections in flight. Accompanied by Meridian nurse.\nPlease confirm MEDA clearance."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="terse case note to partner assistance company",
        notes="Hard positive: surname, case number, haemoglobin and transfusion in a terse ops note.",
        frm=OPS,
        to="ops@euroassistpartners.ie",
        subject="MGA-26-10377 / your ref EAP-8812",
        body="pax BRENNAN K - Hb 7.1 yday, transfused 2u, today 9.4. Cleared for commercial J class Fri w/o escort. Pls advise pickup DUB.",
    ),
    Spec(
        phi=True,
        category="HL7 pre-arrival lab results",
        notes="Hard positive: body has no names; the HL7 ORU names the repatriated patient with troponin and INR results.",
        frm=f"Medical Case Management <cases@{MGA}>",
        to="transfer.center@bostonharbormedicalgroup.org",
        subject="Pre-arrival labs for tomorrow's repatriation",
        body="As requested by your transfer centre. Flight ETA 14:20 BOS.",
        atts=(
            Att(
                "prearrival_labs.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|MGA|MERIDIAN|BHMG|BOSTONHARBOR|202610201830||ORU^R01|MGA10377A|P|2.5.1\r"
                "PID|1||MGA-26-10377^^^MGA^CASE||Dufresne^Alain||19570802|M\r"
                "OBR|1||L44102|TROP^Troponin I\r"
                "OBX|1|NM|TROP^Troponin I||0.04|ng/mL|<0.04|H|||F\r"
                "OBX|2|NM|INR^INR||1.1||0.8-1.2|N|||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="continuity of care document to home physician",
        notes="C-CDA naming patient with problems and medications sent to member's home physician after repatriation.",
        frm=f"Medical Case Management <cases@{MGA}>",
        to="dr.ogunleye@cambridgefamilypractice.com",
        subject="Care summary following repatriation - your patient",
        body="Dr. Ogunleye, your patient Ivy Castellanos was repatriated from Santiago on 12/10. Care summary attached."
        + SIG,
        atts=(
            Att(
                "ccd_castellanos.xml",
                "application/xml",
                '<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><title>Continuity of Care Document</title>'
                '<recordTarget><patientRole><id extension="MGA-26-10298"/><patient><name><given>Ivy</given><family>Castellanos</family></name>'
                '<birthTime value="19810430"/></patient></patientRole></recordTarget>'
                "<component><section><title>Problems</title><text>Acute pyelonephritis; sepsis, resolved</text></section>"
                "<section><title>Medications</title><text>Ciprofloxacin 500 mg BID to complete 14 days</text></section></component></ClinicalDocument>",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="records response to claimant's law firm",
        notes="Letter to law firm naming member with ski injuries and enclosed treatment records.",
        frm=f"Legal & Records <legal@{MGA}>",
        to="paralegal@whitcombrhodeslaw.com",
        subject="Your client Jasper Lindgren - records request",
        body=(
            "Dear Ms. Rhodes,\n\nFurther to your client's signed authorisation, we confirm Meridian managed Mr. Jasper Lindgren's "
            "case (MGA-26-09741) following his ski collision in Verbier on 2 March 2026: tibial plateau fracture with ORIF at "
            "Hopital du Valais and a concussion. The treating records and our case log will follow by secure link.\n\n"
            "Legal & Records" + DISC
        ),
    ),
    Spec(
        phi=True,
        category="reimbursement decision to member",
        notes="HTML-only reimbursement notice to member's gmail with name, claim number and bronchitis visit.",
        frm=f"Member Claims <claims@{MGA}>",
        to="hollyann.pryce@gmail.com",
        subject="Your claim MGA-CLM-55012 has been approved",
        body="",
        html=(
            "<html><body><p>Dear Holly-Ann Pryce,</p><p>Your claim <b>MGA-CLM-55012</b> for your visit to "
            "Dr. Paolo Ferri in Rome on 3 October (acute bronchitis, chest X-ray, amoxicillin) has been approved. "
            "EUR 180.00 will be paid to your account ending 4471 within 5 working days.</p><p>Meridian Member Claims</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="admission notice to employer security team",
        notes="Hard positive: employee's name and the fact of a hospital admission in Nairobi, no diagnosis, to the employer.",
        frm=OPS,
        to="security.desk@castellanenergy.com",
        subject="Duty of care notification - Nairobi",
        body=(
            "Per your duty-of-care programme: your employee Rafael Duarte was admitted to Aga Khan University Hospital "
            "Nairobi last night. He is stable. Medical details are withheld; we are in contact with him directly."
            + SIG
        ),
    ),
    Spec(
        phi=True,
        category="forwarded hospital estimate to insurer",
        notes="Forward to insurer of a hospital estimate naming the patient, DOB and NSTEMI/PCI costs.",
        frm=f"Medical Case Management <cases@{MGA}>",
        to="claims.ops@harbourlighttravelins.com",
        subject="FW: Cost estimate - Mr Alain Dufresne - PCI",
        body="For authorisation - within policy limits. Recommend approve. AB",
        forward=_ESTIMATE,
    ),
    Spec(
        phi=True,
        category="repatriation of mortal remains to funeral home",
        notes="Decedent's name, date and cause of death and embalming details sent to a funeral home.",
        frm=f"Repatriation Desk <repatriation@{MGA}>",
        to="arrangements@fenwickfuneralhome.com",
        subject="Repatriation of the late Mr. Walter Okonkwo-Hale",
        body=(
            "Dear Mr. Fenwick,\n\nThe late Walter Okonkwo-Hale (DOB 11 Jan 1949) died on 15 October in Bridgetown, Barbados. "
            "Cause of death on the certificate: cardiac arrest secondary to aortic dissection. Embalming completed; "
            "the hermetically sealed casket arrives JFK on BW 2118 Friday. Documents (death certificate, embalming "
            "certificate, consular mortuary certificate) follow by courier." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="medication courier instruction with member ID",
        notes="Hard positive: member ID plus an immunosuppressant supply and hotel delivery address, no name.",
        frm=OPS,
        to="dispatch@globalmedcourier.com",
        subject="Urgent med delivery - Lima",
        body="Member 88-MGA-4410293: please courier 30 x tacrolimus 1 mg (Prograf) from the Miraflores pharmacy to Hotel Casa Andina, room 512, by 18:00 local. Meds lost with luggage.",
    ),
    Spec(
        phi=True,
        category="headerless daily census CSV",
        notes="Hard positive: CSV with no header row listing case numbers, surnames, countries and diagnoses.",
        frm=OPS,
        to="nightshift@euroassistpartners.ie",
        subject="handover",
        body="tonight's list",
        atts=(
            Att(
                "handover_1019.csv",
                "text/csv",
                "10377,BRENNAN,K,PT,anaemia post GI bleed,Lisbon\n"
                "10381,ODHIAMBO,J,KE,malaria,Mombasa\n"
                "10384,VOSS,H,ES,alcohol withdrawal seizure,Malaga\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="coordination of benefits with SSN and MBI",
        notes="Coordination-of-benefits request naming a member with SSN, Medicare MBI and a hospitalisation abroad.",
        frm=f"Billing <billing@{MGA}>",
        to="cob@pinnaclemutualhealth.com",
        subject="COB - Quist, Dorothea",
        body=(
            "Member: Dorothea Quist, DOB 06/14/1955, SSN 412-58-7390, Medicare MBI: 3WK7-HN2-RT58, plan ID PMH55820417.\n"
            "Inpatient stay Hospital Galenia Cancun 19-21 Oct (stroke) plus air ambulance. Please confirm your plan is "
            "primary for services outside the US." + SIG
        ),
    ),
    Spec(
        phi=True,
        category="zip of case documents to insurer",
        notes="Zip with a medical report and itemised invoice for a named insured's hip fracture sent to insurer.",
        frm=f"Medical Case Management <cases@{MGA}>",
        to="claims.ops@harbourlighttravelins.com",
        subject="Case closure pack MGA-26-10361",
        body="Closure pack for Mrs. Ruth Eisenberg attached (medical report + final invoice)."
        + SIG,
        atts=(
            Att(
                "MGA-26-10361_closure.zip",
                "application/zip",
                zipped(
                    {
                        "medical_report.txt": "Ruth Eisenberg, 79F. Fall in Rome 13/10. Right NOF fracture, hemiarthroplasty 15/10. Discharged to flight 24/10.",
                        "invoice.csv": "item,eur\nsurgery,8200\nward 9 nights,5400\nphysio,600\n",
                    }
                ),
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="monthly aggregate operations report",
        notes="Hard negative: multi-sheet workbook of case counts by region and diagnosis group; no individuals.",
        frm=f"Client Reporting <reporting@{MGA}>",
        to="account.mgmt@harbourlighttravelins.com",
        subject="September KPI pack",
        body="KPI workbook attached. Median time to GOP was 2.4 hours." + SIG,
        atts=(
            Att(
                "Sept_KPI.xlsx",
                XLSX,
                xlsx(
                    {
                        "Volumes": [
                            ["Region", "Cases"],
                            ["Europe", 812],
                            ["Asia", 455],
                            ["Americas", 390],
                        ],
                        "Diagnosis groups": [
                            ["Group", "Cases"],
                            ["Injury", 604],
                            ["Respiratory", 311],
                            ["Cardiac", 97],
                        ],
                        "SLA": [
                            ["Metric", "Value"],
                            ["Median GOP hours", 2.4],
                            ["Calls answered <20s", 0.93],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="air ambulance contract renewal",
        notes="Vendor contract pricing discussion; no patients.",
        frm=f"Procurement <procurement@{MGA}>",
        to="contracts@northstaraeromedical.com",
        subject="2027 rate card - counter-proposal",
        body="Thanks for the draft. We can accept the 4% uplift on Learjet 45 hourly rates if the positioning fee cap stays at USD 6,000 and the 90-minute wheels-up SLA is written into schedule B."
        + SIG,
    ),
    Spec(
        phi=False,
        category="evacuation drill with simulated patient",
        notes="Hard negative: exercise message with a clearly declared simulated patient and fictitious injuries.",
        frm=f"Training <training@{MGA}>",
        to="ops.drill@northstaraeromedical.com",
        subject="EXERCISE EXERCISE EXERCISE - drill MEDEVAC-26-4",
        body=(
            "*** EXERCISE - SIMULATED PATIENT - NOT A REAL PERSON ***\n"
            "Simulated patient 'John Sample', 45M, simulated open tibia fracture in a remote area of Patagonia. "
            "Request: simulated tasking quote within 30 minutes.\n*** END EXERCISE ***"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified case review for medical directors",
        notes="Hard negative: de-identified QA case summary with age band and region only.",
        frm=f"Medical Director <meddir@{MGA}>",
        to="medical.directors@meridianglobalassist-partners.org",
        subject="QA review Q3 - case A",
        body=(
            "Case A (de-identified): male in his 60s, chest pain in Southern Europe, delayed angiography due to GOP "
            "queue. Learning point: cardiac cases go to the priority queue regardless of policy verification status."
        ),
    ),
    Spec(
        phi=False,
        category="security travel advisory to corporate clients",
        notes="HTML-only security advisory on civil unrest; no individuals or health data.",
        frm=f"Meridian Intelligence <intel@{MGA}>",
        to="travel.managers@lists.meridianglobalassist.com",
        subject="ADVISORY: protests in the capital - avoid central districts 20-22 Oct",
        body="",
        html="<html><body><h3>Security advisory</h3><p>Large demonstrations are planned near government buildings. Travellers should avoid the central districts, carry ID, and monitor local media.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="dengue outbreak advisory with aggregate counts",
        notes="Hard negative: outbreak advisory citing national case counts; no individual.",
        frm=f"Meridian Intelligence <intel@{MGA}>",
        to="travel.managers@lists.meridianglobalassist.com",
        subject="Health advisory: dengue surge",
        body="Health authorities report over 48,000 dengue cases this year, double last year's total. Hospitals in the capital are near capacity. Advise travellers on mosquito avoidance and to call us early with fever."
        + SIG,
    ),
    Spec(
        phi=False,
        category="annual membership invoice to corporate client",
        notes="Invoice PDF for corporate membership fees; no individual.",
        frm=f"Accounts <accounts@{MGA}>",
        to="ap@castellanenergy.com",
        subject="Invoice INV-2026-4471 annual membership",
        body="Invoice attached, payable within 30 days." + SIG,
        atts=(
            Att(
                "INV-2026-4471.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN GLOBAL ASSIST - INVOICE INV-2026-4471",
                        "Bill to: Castellan Energy, Accounts Payable",
                        "Corporate assistance membership, 1,250 travellers, Jan-Dec 2027",
                        "Total USD 93,750.00",
                    ],
                    "INV-2026-4471",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SOP zip with blank templates for network hospitals",
        notes="Hard negative: zip of procedures and blank templates containing placeholders like [Patient name]; no real data.",
        frm=f"Network Management <network@{MGA}>",
        to="intl.office@hospitalmetropolitano.com.ec",
        subject="Welcome pack for network hospitals",
        body="Welcome to the Meridian network. The pack includes our billing SOP and the blank medical report template."
        + SIG,
        atts=(
            Att(
                "network_welcome_pack.zip",
                "application/zip",
                zipped(
                    {
                        "billing_SOP.txt": "1. Obtain GOP before non-emergency treatment.\n2. Invoice must quote case number.\n",
                        "medical_report_TEMPLATE.txt": "Patient name: [Patient name]\nDOB: [DD/MM/YYYY]\nDiagnosis: [free text]\nPlan: [free text]\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff COVID exposure notice without names",
        notes="Hard negative: staff health notice that a colleague tested positive, with no name or identifying detail.",
        frm=f"Office Services <office@{MGA}>",
        to="singapore.office@meridianglobalassist.net",
        subject="Positive COVID case on level 12",
        body="A colleague on level 12 has tested positive. If you feel unwell, test and work from home. Cleaners will disinfect shared desks tonight.",
    ),
    Spec(
        phi=False,
        category="flight nurse job posting",
        notes="Hard negative: job posting listing ICU conditions managed; no patient.",
        frm=f"Talent <talent@{MGA}>",
        to="postings@criticalcarenursejobs.com",
        subject="Flight Nurse - international repatriation (Boston base)",
        body="Requirements: 3+ years ICU, CFRN or willingness to obtain, experience with ventilated patients, sepsis, STEMI and trauma. Passport with 12 months validity. Rotations of 7 days on call."
        + SIG,
    ),
    Spec(
        phi=False,
        category="network partner monthly call invite",
        notes="Calendar invite for a network partner call; no patients.",
        frm=f"Network Management <network@{MGA}>",
        to="partners@euroassistpartners.ie",
        subject="Monthly partner call - November",
        body="Agenda: winter ski season capacity, new GOP portal." + SIG,
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meridian//Network//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:mga-net-1126@meridianglobalassist.com\r\nDTSTAMP:20261019T120000Z\r\n"
            "DTSTART:20261112T150000Z\r\nDTEND:20261112T160000Z\r\nSUMMARY:Meridian / EuroAssist monthly call\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="API integration sample FHIR resource",
        notes="Hard negative: FHIR sample from the public spec example patient, declared as sample data, sent to an IT vendor.",
        frm=f"IT Integration <it.integration@{MGA}>",
        to="dev@carebridgeapi.io",
        subject="Sample payload for the case-intake endpoint",
        body="Here's the sample body we'll POST. It's the spec's example Patient, no real data. Please confirm your parser handles the extension.",
        atts=(
            Att(
                "sample_patient.json",
                "application/fhir+json",
                '{"resourceType": "Patient", "id": "example", "meta": {"tag": [{"code": "SAMPLE"}]}, '
                '"name": [{"family": "Example", "given": ["Sample"]}], "extension": [{"url": "http://meridianglobalassist.com/fhir/case", "valueString": "MGA-00-00000"}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="reply to prospective corporate client",
        notes="Sales reply about membership tiers; no individual.",
        frm=f"Sales <sales@{MGA}>",
        to="h.morland@brightfieldconsulting.co.uk",
        subject="Re: assistance options for your consultants",
        body="Hi Hannah, for 80 travellers our Essential tier covers 24/7 medical advice, GOPs and evacuation coordination; Premium adds security evacuation. Happy to walk you through it Thursday."
        + SIG,
    ),
    Spec(
        phi=False,
        category="panel physician credentialing with NPIs",
        notes="Hard negative: names, specialties, NPIs and a DEA of escort physicians sent to a partner; no patients.",
        frm=f"Credentialing <credentialing@{MGA}>",
        to="credentialing@northstaraeromedical.com",
        subject="Escort physician roster update",
        body=(
            "New escort physicians cleared for US sectors:\n"
            "- Dr. Ingrid Solvang, Emergency Medicine, NPI: 1992736409, DEA AW7301548\n"
            "- Dr. Marcus Feld, Anaesthesia, NPI: 1438205977\n"
            "Licences on file; BLS/ACLS current." + SIG
        ),
    ),
    Spec(
        phi=False,
        category="phishing warning to staff",
        notes="IT security notice; no health information.",
        frm=f"IT Security <itsec@{MGA}>",
        to="allstaff@meridianglobalassist.net",
        subject="Phishing: fake 'GOP portal' login pages",
        body="We are seeing e-mails that imitate our GOP portal. Never enter your credentials from a link; use the bookmark. Report suspicious mail with the Report button.",
    ),
    Spec(
        phi=False,
        category="press release with annual aggregate figures",
        notes="Hard negative: press release with aggregate evacuation and case numbers.",
        frm=f"Communications <press@{MGA}>",
        to="newsdesk@travelinsurancereview.com",
        subject="Press release: Meridian completed 1,214 air evacuations in 2025",
        body="BOSTON - Meridian Global Assist handled 61,300 medical cases in 2025, including 1,214 air ambulance evacuations and 3,870 commercial repatriations. Cardiac and orthopaedic cases made up 38% of evacuations."
        + SIG,
    ),
    Spec(
        phi=False,
        category="response-time chart image",
        notes="PNG chart of aggregate response times for a client QBR; no individual.",
        frm=f"Client Reporting <reporting@{MGA}>",
        to="account.mgmt@harbourlighttravelins.com",
        subject="Chart for the QBR deck",
        body="Response-time trend chart for slide 6.",
        atts=(Att("response_times_Q3.png", "image/png", png(12, 8, (20, 160, 90))),),
    ),
    Spec(
        phi=False,
        category="generic claim-submission guide to member",
        notes="Hard negative: generic how-to-claim instructions with placeholder member number to a member's gmail; nothing about their health.",
        frm=f"Member Claims <claims@{MGA}>",
        to="t.nakagawa.home@gmail.com",
        subject="How to submit a claim",
        body=(
            "Thank you for your enquiry. To submit any claim, send: your member number (format MGA-XXXXXXX), "
            "an itemised bill, proof of payment and the treating doctor's report. Claims must be made within 90 days."
            + SIG
        ),
    ),
    Spec(
        phi=False,
        category="X12 test file with dummy patient",
        notes="Hard negative: X12 837 test transaction (ISA15=T) with an obviously dummy patient, for payer connectivity testing.",
        frm=f"Billing <billing@{MGA}>",
        to="edi.intake@pinnaclemutualhealth.com",
        subject="Connectivity test - TEST indicator set",
        body="Test file only (ISA15 = T). Dummy subscriber TESTPATIENT/DUMMY. Please return a 999.",
        atts=(
            Att(
                "mga_837p_TEST.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*MERIDIANGA     *ZZ*PINNACLEMUT    *261016*0900*^*00501*000000001*0*T*:~"
                "GS*HC*MERIDIANGA*PINNACLEMUT*20261016*0900*1*X*005010X222A1~ST*837*0001*005010X222A1~"
                "NM1*IL*1*TESTPATIENT*DUMMY****MI*TEST0000001~CLM*TEST1*1***11:B:1*Y*A*Y*Y~"
                "SE*4*0001~GE*1*1~IEA*1*000000001~",
            ),
        ),
    ),
]
