"""Metro Spine & Pain Institute: outbound mail without PHI (many look alarming)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx
from _spec import ALIGN, MSP, PIC, Att, Spec

MESSAGES = [
    Spec(
        phi=False,
        category="drug shortage notice",
        notes=(
            "Hard negative: contrast and methylprednisolone shortage notice, drugs and "
            "procedures, no patient."
        ),
        frm=f"Pharmacy Purchasing <purchasing@{MSP}>",
        to=f"all-clinical@{MSP}",
        subject="SHORTAGE: Depo-Medrol 80 mg/mL and iohexol 300",
        body=(
            "All,\n\nOur wholesaler has Depo-Medrol 80 mg/mL vials on allocation through January "
            "and "
            "Omnipaque 300 is on 50% allocation. Until further notice:\n- use dexamethasone 10 mg "
            "(preservative-free) for transforaminal ESIs per the 2024 protocol\n- use Omnipaque "
            "240 "
            "for fluoroscopic confirmation\n- do not stockpile in procedure rooms\n\nPurchasing"
        ),
    ),
    Spec(
        phi=False,
        category="SSN-shaped purchase order",
        notes="Hard negative: PO number formatted like an SSN on a supply order; no individual.",
        frm=f"Victor Almeida <valmeida@{MSP}>",
        to="orders@midwestmedsupply.com",
        subject="PO 412-58-7730 - RF cannulas",
        body=(
            "Hello,\n\nPlease ship against PO 412-58-7730:\n- 40 x RF cannula 20G 100 mm 10 mm "
            "active tip\n"
            "- 10 x grounding pads (case)\n- 6 x Tuohy needle 17G 3.5in\n\nShip to: Metro Spine & "
            "Pain "
            "Institute, 2200 Lane Ave, Columbus OH 43221, attn Receiving.\n\nVictor Almeida"
        ),
    ),
    Spec(
        phi=False,
        category="clinician bio with conditions treated",
        notes="Hard negative: new-provider announcement with NPI and the diseases she treats.",
        frm=f"Marketing <marketing@{MSP}>",
        to="newsroom@columbusbizjournal.com",
        subject="New physician joins Metro Spine & Pain Institute",
        body=(
            "FOR IMMEDIATE RELEASE\n\nMetro Spine & Pain Institute welcomes Dr. Folasade Adeyemi, "
            "MD (NPI: 1368512079), board certified in anesthesiology and pain medicine. Dr. "
            "Adeyemi "
            "treats complex regional pain syndrome, diabetic neuropathy, post-herpetic neuralgia "
            "and "
            "failed back surgery syndrome, and has implanted more than 300 spinal cord "
            "stimulators. "
            "She sees patients at the Worthington and Grandview offices starting December "
            "1.\n\nMedia contact: Lena Strauss, 614-555-0190"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate quality report",
        notes="Hard negative: monthly aggregate outcome counts, no individuals.",
        frm=f"Quality Office <quality@{MSP}>",
        to=f"leadership@{MSP}",
        subject="October quality dashboard",
        body="Summary attached. Vasovagal events doubled but are still under benchmark.",
        atts=(
            Att(
                "quality_oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Procedures": [
                            ["Procedure", "Count", "Complications", "Rate"],
                            ["Lumbar TFESI", "412", "2", "0.5%"],
                            ["Cervical ILESI", "138", "1", "0.7%"],
                            ["Lumbar RFA", "221", "0", "0.0%"],
                            ["SCS trial", "19", "1", "5.3%"],
                        ],
                        "Patient-reported": [
                            ["Measure", "N", "Mean"],
                            ["NRS pain drop at 2 wk", "508", "3.1"],
                            ["ODI improvement at 3 mo", "176", "14.2"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payroll HR notice",
        notes=(
            "Hard negative: staff payroll/open enrollment notice mentioning FSA and medical "
            "plans, no patient."
        ),
        frm=f"Human Resources <hr@{MSP}>",
        to=f"all-staff@{MSP}",
        subject="Open enrollment closes Friday + payroll date change",
        body=(
            "Reminder: benefits open enrollment closes Friday 11/13 at 5 pm. If you want to keep "
            "your FSA you must re-elect it. The Anthem PPO and HDHP premiums are in the attached "
            "guide. Because of Thanksgiving, payroll will be deposited Wednesday 11/25.\n\nHR"
        ),
    ),
    Spec(
        phi=False,
        category="job posting",
        notes="Hard negative: job posting listing procedures and controlled-substance duties.",
        frm=f"Recruiting <careers@{MSP}>",
        to="postings@ohiohospitalassoc-jobs.org",
        subject="Job posting: Procedure RN (fluoroscopy)",
        body=(
            "Position: Registered Nurse, ambulatory surgery center\nDuties: pre/post care for "
            "epidural steroid injections, radiofrequency ablation, spinal cord stimulator trials; "
            "moderate sedation monitoring; controlled substance count reconciliation.\n"
            "Requirements: Ohio RN license, ACLS, 2 years PACU or GI lab.\nPay: $38-$46/hr, no "
            "nights.\n"
            "Apply: careers@metrospinepain.com"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic test patient IT",
        notes=(
            "Hard negative: EHR test patient clearly labelled TEST, used for interface validation."
        ),
        frm=f"Oleg Marchenko <omarchenko@{MSP}>",
        to=f"interfaces@{PIC}",
        subject="Interface test - please use TEST patient only",
        body=(
            "Hi,\n\nFor tomorrow's order interface validation please use only our test patient:\n"
            "ZZTEST, SPINEONE (MRN TEST-000001, DOB 01/01/1900) - fictitious record in the TRAIN "
            "environment. Order: MRI L-spine w/o, reason 'TEST ORDER - DO NOT PERFORM'.\n\n"
            "Oleg Marchenko\nIT Applications Analyst"
        ),
    ),
    Spec(
        phi=False,
        category="policy document",
        notes=(
            "Hard negative: opioid prescribing policy DOCX with drugs, doses and UDS rules, no "
            "patient."
        ),
        frm=f"Ravi Menon <rmenon@{MSP}>",
        to=f"providers@{MSP}",
        subject="Revised opioid prescribing policy v4 for signature",
        body=(
            "Attached is v4 of the prescribing policy. Main change: naloxone co-prescribing at >= "
            "50 MME/day. Please review by 11/20."
        ),
        atts=(
            Att(
                "opioid_policy_v4.docx",
                DOCX,
                docx(
                    [
                        "Metro Spine & Pain Institute - Opioid Prescribing Policy (v4)",
                        "1. Every patient on chronic opioid therapy signs a treatment agreement "
                        "annually.",
                        "2. Check the Ohio OARRS report before every prescription.",
                        "3. Random urine drug screens at least twice a year.",
                        "4. Co-prescribe naloxone when the daily dose is 50 MME or more.",
                        "5. Taper plans are documented; no abrupt discontinuation.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor invoice",
        notes=(
            "Hard negative: device vendor invoice with product codes and a DEA number of the "
            "practice."
        ),
        frm=f"Accounts Payable <ap@{MSP}>",
        to="billing@nevrosolutions-rep.com",
        subject="Invoice INV-88213 payment remittance",
        body=(
            "Payment for INV-88213 ($42,180.00, 2 x rechargeable IPG, 4 x percutaneous leads) was "
            "sent by ACH today, trace 0711-4452. Our DEA registration BK4829137 is on file for the "
            "controlled items on the separate order.\n\nAccounts Payable"
        ),
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes="Hard negative: CME agenda with case topics and presenter names, no patients.",
        frm=f"Hannah Brandt <hbrandt@{MSP}>",
        to=f"education@{ALIGN}",
        subject="Agenda: joint spine grand rounds Dec 3",
        body="",
        html=(
            "<html><body><h3>Joint Spine Grand Rounds - Dec 3, 6:30 pm</h3><table border='1'>"
            "<tr><th>Time</th><th>Topic</th><th>Speaker</th></tr>"
            "<tr><td>6:30</td><td>Basivertebral nerve ablation: who benefits?</td><td>Hannah "
            "Brandt, DO</td></tr>"
            "<tr><td>7:00</td><td>Graded activity after SCS implant</td><td>Marcus Lee, "
            "DPT</td></tr>"
            "<tr><td>7:30</td><td>MRI findings that do not need treatment</td><td>Eli Feld, "
            "MD</td></tr>"
            "</table><p>1.5 CME / CEU. Dinner provided.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified research extract",
        notes=(
            "Hard negative: de-identified study extract with study IDs, age bands and years only."
        ),
        frm=f"Research Office <research@{MSP}>",
        to="biostat@osu-painresearch.org",
        subject="RFA outcomes extract (de-identified, Safe Harbor)",
        body=(
            "Attached is the de-identified extract for the RFA durability study. Direct "
            "identifiers removed per Safe Harbor; ages grouped, only years retained."
        ),
        atts=(
            Att(
                "rfa_deid_extract.csv",
                "text/csv",
                "study_id,age_band,sex,year,level,baseline_nrs,nrs_6mo,repeat_rfa\n"
                "R001,50-59,F,2024,L4-5,8,3,N\nR002,60-69,M,2024,L3-5,7,5,Y\nR003,70-79,F,2025,L5-S1,9,4,N\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff injury notice",
        notes="Hard negative: staff safety notice about a workforce slip; no patient.",
        frm=f"Safety Officer <safety@{MSP}>",
        to=f"all-staff@{MSP}",
        subject="Wet floor in the Grandview procedure hallway",
        body=(
            "A staff member slipped in the Grandview procedure hallway this morning (no serious "
            "injury). Facilities has replaced the mat. Please report leaks from the scrub sink "
            "right away."
        ),
    ),
    Spec(
        phi=False,
        category="payer contract negotiation",
        notes="Hard negative: fee schedule talk with CPT codes and rates, no member.",
        frm=f"Victor Almeida <valmeida@{MSP}>",
        to="provider.contracting@ohiocarehealthplan.com",
        subject="2027 fee schedule proposal",
        body=(
            "Hi Dana,\n\nOur proposal for 2027: 64483 at 145% of Medicare, 64635 at 150%, 63650 "
            "at 140%, and carving out the SCS device from the case rate. We can meet the week of "
            "11/30.\n\nVictor"
        ),
    ),
    Spec(
        phi=False,
        category="IT phishing warning",
        notes="Hard negative: IT security notice with fake 'patient record' lure; no real patient.",
        frm=f"IT Security <itsecurity@{MSP}>",
        to=f"all-staff@{MSP}",
        subject="Phishing: 'Patient complaint attached' emails",
        body=(
            "We are seeing phishing emails titled 'Patient complaint attached' asking you to log "
            "in to view a document. Do not click. Forward to itsecurity@metrospinepain.com and "
            "delete."
        ),
    ),
    Spec(
        phi=False,
        category="patient education newsletter",
        notes="Health topic with no individual: newsletter about SCS, sent to a general list.",
        frm=f"Metro Spine & Pain Institute <news@{MSP}>",
        to="subscribers@lists.metrospinepain.com",
        subject="Winter newsletter: is a spinal cord stimulator right for you?",
        body="",
        html=(
            "<html><body><h2>Is a spinal cord stimulator right for you?</h2><p>Spinal cord "
            "stimulation can help people with nerve pain in the legs after back surgery. A "
            "one-week trial lets you see if it works before a permanent implant.</p><p>Free "
            "seminar Dec 10, 6 pm.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="credentialing packet",
        notes=(
            "Hard negative: clinician credentialing details (NPI, DEA, license) sent to a payer; "
            "clinician is not a patient."
        ),
        frm=f"Credentialing <credentialing@{MSP}>",
        to="credentialing@ohiocarehealthplan.com",
        subject="Add provider: Folasade Adeyemi, MD",
        body=(
            "Please add Dr. Folasade Adeyemi to our group contract effective 12/1/2026.\nNPI: "
            "1368512079\nDEA: FM7351024\nOhio license 35.142876\nSpecialty: Pain Medicine "
            "(09)\nCAQH ID 17733920"
        ),
    ),
    Spec(
        phi=False,
        category="PDF fax cover template",
        notes="Hard negative: blank fax cover template with HIPAA warning text and placeholders.",
        frm=f"Angela Ruiz <aruiz@{MSP}>",
        to=f"frontdesk@{MSP}",
        subject="new fax cover template",
        body=(
            "Please use the attached cover sheet from now on; the old one had the wrong fax number."
        ),
        atts=(
            Att(
                "fax_cover_template.pdf",
                "application/pdf",
                pdf(
                    [
                        "METRO SPINE & PAIN INSTITUTE - FAX",
                        "To: ____________  Fax: ____________",
                        "Patient name: ____________  DOB: ____________",
                        "Pages: ___",
                        "This fax may contain protected health information. If received in error "
                        "call 614-555-0100.",
                    ],
                    "Fax cover",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="executive board update",
        notes="Executive update with volumes and revenue aggregates.",
        frm=f"Carla Jimenez-Holt <cjholt@{MSP}>",
        to="board@metrospinepain-holdings.com",
        subject="Q3 board update",
        body=(
            "Board members,\n\nQ3 procedure volume was 2,914 (+8% YoY); 61 SCS permanent "
            "implants; net revenue $6.2M. Payer mix shifted 3 points toward Medicare Advantage. "
            "The Dublin site opens in March.\n\nCarla Jimenez-Holt\nCEO"
        ),
    ),
]
