"""Northgate Allergy & Asthma: fifteen PHI messages and fifteen that only look like PHI."""

from __future__ import annotations

import json

from _att import XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import NGA, Att, Spec

SIG_FD = "Front Desk\nNorthgate Allergy & Asthma\n(555) 632-1180"

FHIR_SPIRO = json.dumps(
    {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "20150-9", "display": "FEV1"}]},
        "subject": {
            "reference": "Patient/nga-20931",
            "display": "Imani Castleberry",
            "identifier": {"system": "urn:nga:mrn", "value": "NGA209317"},
        },
        "effectiveDateTime": "2026-11-09T10:20:00-05:00",
        "valueQuantity": {"value": 1.92, "unit": "L"},
        "interpretation": [
            {"text": "62% predicted; +14% after albuterol - reversible obstruction"}
        ],
    },
    indent=1,
)

FHIR_PRACT = json.dumps(
    {
        "resourceType": "Practitioner",
        "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1186321414"}],
        "name": [{"family": "Achebe", "given": ["Chidinma"], "prefix": ["Dr."]}],
        "qualification": [{"code": {"text": "Allergy and Immunology, board certified"}}],
        "telecom": [{"system": "phone", "value": "555-632-1180"}],
    },
    indent=1,
)

X12_278 = (
    "ISA*00*          *00*          *ZZ*NORTHGATEALG   *ZZ*LAKEHEALTHPLN  *261111*0914*^*00501"
    "*000000731*0*P*:~GS*HI*NORTHGATEALG*LAKEHEALTHPLN*20261111*0914*731*X*005010X217~"
    "ST*278*0001*005010X217~BHT*0007*13*NGA731*20261111*0914~"
    "NM1*1P*1*ACHEBE*CHIDINMA****XX*1186321414~"
    "NM1*IL*1*ABERNATHY-COLE*TREVOR****MI*LHP40918277~DMG*D8*20110417*M~"
    "UM*HS*I*1~HI*ABK:J45.50~SV1*HC:J2357*1*UN*1~"
    "MSG*Severe persistent asthma, IgE 412, 3 OCS bursts in 12 months on high-dose ICS/LABA~"
    "SE*10*0001~GE*1*731~IEA*1*000000731~"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="lowercase shot log note",
        notes="Hard positive: chart-style lower-case subject and an immunotherapy dose with a "
        "local reaction.",
        frm=f'"Renata Solis, LPN" <rsolis@{NGA}>',
        to=f"shotclinic@{NGA}",
        subject="shot log - ibarra, m",
        body="went up to 0.30 mL of the 1:10 vial (trees/grass) today, local 22mm at 30 min, "
        "no systemic. repeat 0.30 next week, don't advance. -RS\n",
    ),
    Spec(
        phi=True,
        category="skin test results PDF to PCP",
        notes="PDF report with patient name, DOB and prick test results to the PCP.",
        frm=f"Dr. Chidinma Achebe <cachebe@{NGA}>",
        to="intake@lakeshorepediatrics.com",
        subject="consult note",
        body="Thank you for the referral. Consult note attached.\n\nChidinma Achebe, MD\n",
        atts=(
            Att(
                "consult_note.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE ALLERGY & ASTHMA - Consult Note",
                        "Patient: Eliana Brightwater   DOB: 06/02/2018",
                        "Percutaneous testing: peanut 9 mm wheal, cashew 6 mm, dust mite 4 mm.",
                        "Assessment: IgE-mediated peanut allergy. EpiPen Jr 0.15 mg x2 prescribed.",
                        "Plan: component testing (Ara h 2); consider oral immunotherapy.",
                    ],
                    "Consult note",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="parent first name, child epinephrine refill",
        notes="Hard positive: the parent is greeted by first name; the child's first name and "
        "an EpiPen refill; personal mailbox.",
        frm=f"Nurse Line <nurseline@{NGA}>",
        to="dana.whitlock@gmail.com",
        subject="Re: refill",
        body="Hi Dana,\n\nLeo's EpiPen Jr refill went to the Walgreens on Oak St. The school "
        "form is signed too, you can pick it up at the front desk.\n\nNorthgate Nurse Line\n",
    ),
    Spec(
        phi=True,
        category="school nurse roster CSV",
        notes="Students' names, grades and asthma/allergy medications sent to a school district "
        "nurse.",
        frm=f"Pediatric Coordinator <peds@{NGA}>",
        to="health.office@maplegroveschools.org",
        subject="action plans on file - Maple Grove Elementary",
        body="Hi Nurse Halvorsen,\n\nHere are the students whose updated action plans we sent "
        "home this fall, so you can match them to your files.\n\nPediatric Coordinator\n",
        atts=(
            Att(
                "maplegrove_actionplans.csv",
                "text/csv",
                "student,grade,condition,rescue med\r\n"
                "Amara Okonjo,3,asthma,albuterol HFA 2 puffs\r\n"
                "Jasper Lindahl,5,peanut allergy,EpiPen Jr\r\n"
                "Sofia Ruiz-Pena,1,asthma + egg allergy,albuterol; EpiPen Jr\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="asthma action plan DOCX to parent",
        notes="Action plan DOCX naming the child, meds and zones; to a parent's yahoo address.",
        frm=f"Asthma Educator <asthmaed@{NGA}>",
        to="r.castleberry@yahoo.com",
        subject="Imani's updated plan",
        body="Hi Mr. Castleberry, the updated plan from today's visit is attached.\n\nJune "
        "Takahashi, RRT, AE-C\n",
        atts=(
            Att(
                "Imani_Castleberry_action_plan.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Asthma Action Plan - Imani Castleberry (DOB 01/25/2014)",
                        "Green: Symbicort 80/4.5, 2 puffs twice daily",
                        "Yellow: add albuterol 4 puffs every 4 hours; call if needed > 2 days",
                        "Red: albuterol 6 puffs and call 911",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR spirometry observation",
        notes="FHIR Observation of FEV1 with the patient's name and MRN to the pulmonary group.",
        frm=f"Dr. Chidinma Achebe <cachebe@{NGA}>",
        to="results@metropulmonary.com",
        subject="spirometry for co-management",
        body="Attached from our EHR export. Let me know if you want the flow-volume loop.\n",
        atts=(Att("spirometry_obs.json", "application/fhir+json", FHIR_SPIRO),),
    ),
    Spec(
        phi=True,
        category="exam room neb and SpO2",
        notes="Hard positive: exam room number, an SpO2 and a neb order; the room is the only "
        "handle, with today's time.",
        frm=f"Dr. Tomasz Wierzbicki <twierzbicki@{NGA}>",
        to=f"clinic-ma@{NGA}",
        subject="rm 3 now",
        body="rm 3 (the 2:40 add-on): sat 93%, wheezy. duoneb x1 now, then recheck peak flow and "
        "sat in 20. prednisone 40 if not back over 80% predicted. don't discharge til I see him.\n",
    ),
    Spec(
        phi=True,
        category="X12 278 prior auth request",
        notes="X12 278 with a child's name, member id, DOB and an asthma biologic request.",
        frm=f"Prior Auth <priorauth@{NGA}>",
        to="edi.um@lakehealthplan.com",
        subject="278 resubmission - ref NGA731",
        body="Resubmitting the attached 278 with the corrected service type code.\n",
        atts=(Att("NGA731.x12", "application/edi-x12", X12_278),),
    ),
    Spec(
        phi=True,
        category="first-name greeting, instructions only in subject",
        notes="Hard positive: the body only greets the patient; the skin-test appointment and "
        "antihistamine hold are in the subject.",
        frm=f"Front Desk <frontdesk@{NGA}>",
        to="marcus.delacroix@outlook.com",
        subject="stop antihistamines 5 days before your skin test Wed 11/18",
        body="Hi Marcus,\n\nSee subject line - reply here if you have questions.\n\n"
        + SIG_FD
        + "\n",
    ),
    Spec(
        phi=True,
        category="forwarded portal message about hives",
        notes="A nurse forwards a patient's portal message (message/rfc822) describing hives "
        "after a shot.",
        frm=f'"Renata Solis, LPN" <rsolis@{NGA}>',
        to=f"Dr. Tomasz Wierzbicki <twierzbicki@{NGA}>",
        subject="Fwd: after my shot",
        body="Delayed reaction? She's due again Tuesday. Hold or reduce?\n",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Northgate Patient Portal <portal@northgateallergy.com>",
            to=f"nursepool@{NGA}",
            subject="Portal message from Gwendolyn Ashby-Moore",
            body="About 6 hours after my allergy shot yesterday I got hives on my arms and neck "
            "and my throat felt itchy. Took Benadryl and it went away. Is this normal?\n",
        ),
    ),
    Spec(
        phi=True,
        category="PHI in PNG file name",
        notes="Hard positive: photo attachment whose file name is the patient's name and the "
        "reaction; body has nothing.",
        frm=f'"Renata Solis, LPN" <rsolis@{NGA}>',
        to=f"Dr. Chidinma Achebe <cachebe@{NGA}>",
        subject="photo",
        body="30 min reading\n",
        atts=(Att("okonkwo_chinedu_large_local_rxn.png", "image/png", png(5, 5, (230, 150, 150))),),
    ),
    Spec(
        phi=True,
        category="HTML billing statement",
        notes="HTML-only statement with the patient's name, account number and immunotherapy "
        "charges.",
        frm=f"Billing <billing@{NGA}>",
        to="g.pasternak@aol.com",
        subject="Your Northgate statement is ready",
        body="",
        html="<html><body><p>Statement for <b>Greta Pasternak</b> - Account 00418827</p>"
        "<table border=1><tr><th>Date</th><th>Service</th><th>Balance</th></tr>"
        "<tr><td>10/06/2026</td><td>Allergen immunotherapy, 2 injections (95117)</td>"
        "<td>$18.40</td></tr><tr><td>10/20/2026</td><td>Allergen immunotherapy, 2 injections "
        "(95117)</td><td>$18.40</td></tr></table><p>Pay online at northgateallergy.com/pay"
        "</p></body></html>",
    ),
    Spec(
        phi=True,
        category="encrypted ZIP of patient reports",
        notes="Password-protected zip holding named patient results; still PHI in transit.",
        frm=f"Medical Records <records@{NGA}>",
        to="records@metropulmonary.com",
        subject="requested records - password by phone",
        body="Records for your 11/16 new patient are in the attached zip. I'll call with the "
        "password.\n\nNorthgate Medical Records\n",
        atts=(
            Att(
                "records_1116.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Faraday_Ines_IgE_panel.txt": "Patient: Ines Faraday DOB 09/14/1979\n"
                        "Total IgE 880 kU/L; Aspergillus fumigatus IgE 14.2 (class 3).\n"
                        "Impression: possible ABPA.\n"
                    },
                    "ngaRec1116",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="shot clinic no-show surnames",
        notes="Hard positive: a list of surnames marked as shot-clinic no-shows to call.",
        frm=f'"Renata Solis, LPN" <rsolis@{NGA}>',
        to=f"frontdesk@{NGA}",
        subject="tues no shows",
        body="pereira, abdi, lindgren and van der merwe missed tuesday shots. abdi is now 3 "
        "weeks out so she'll need a dose reduction - please have her call me, not just "
        "reschedule.\n\nthx\nRenata\n",
    ),
    Spec(
        phi=True,
        category="reply to father with child's medication",
        notes="Reply to a father's outlook address; quoted text names his daughter and her "
        "montelukast.",
        frm=f"Nurse Line <nurseline@{NGA}>",
        to="hkaminski.family@outlook.com",
        subject="Re: Sofia - Singulair",
        body="Hi Henryk,\n\nGlad she's sleeping better. Please do watch for mood changes or "
        "nightmares on montelukast and stop it and call us if you see any. Follow-up is "
        "12/14.\n\nNorthgate Nurse Line\n\n"
        "On Mon, Nov 9, 2026 at 8:02 PM Henryk Kaminski wrote:\n"
        "> Sofia has been on the Singulair 5 mg two weeks, cough at night much better. Keep "
        "going?\n",
        html="<html><body><p>Hi Henryk,</p><p>Glad she's sleeping better. Please do watch for "
        "mood changes or nightmares on montelukast and stop it and call us if you see any. "
        "Follow-up is 12/14.</p><p>Northgate Nurse Line</p><blockquote>On Mon, Nov 9, 2026 at "
        "8:02 PM Henryk Kaminski wrote:<br>Sofia has been on the Singulair 5 mg two weeks, "
        "cough at night much better. Keep going?</blockquote></body></html>",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="pollen report newsletter (HTML)",
        notes="Hard negative: pollen and asthma newsletter with clinician names and symptoms; "
        "nobody's care.",
        frm=f"Northgate News <news@{NGA}>",
        to="subscribers@lists.northgateallergy.com",
        subject="Ragweed is done - mold is not",
        body="",
        html="<html><body><h3>Northgate Pollen Report</h3><p>Ragweed counts hit zero this "
        "week, but outdoor mold spores stay high until the first hard freeze. If you have "
        "asthma, keep your controller going.</p><p>Dr. Tomasz Wierzbicki answers: <i>Can "
        "leaf piles trigger eczema flares?</i> Yes - wear gloves.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="shot clinic staffing roster rows",
        notes="Hard negative: staff 'Name - site' roster rows.",
        frm=f"Clinic Manager <manager@{NGA}>",
        to=f"all-clinical@{NGA}",
        subject="December shot clinic staffing",
        body="Shot clinic staffing:\n\nRenata Solis - Northgate main, M/W/F\nPhuong Tran - "
        "Eastview, Tu/Th\nAbimbola Adeyemi - Northgate main, Tu/Th + Sat AM\nKyle Brandvold - "
        "float / vial mixing\n\nEpinephrine kits checked daily by whoever opens.\n",
    ),
    Spec(
        phi=False,
        category="allergist schedule by location",
        notes="Hard negative: clinician schedule with specialties and clinic types.",
        frm=f"Clinic Manager <manager@{NGA}>",
        to="referrals@lakeshorepediatrics.com",
        subject="Where our allergists are in December",
        body="Dr. Chidinma Achebe - pediatric food allergy and OIT, Northgate Mon-Wed\n"
        "Dr. Tomasz Wierzbicki - adult asthma and biologics, Eastview Tue/Thu\n"
        "Dr. Nadia Haddou - drug allergy and penicillin delabeling, Northgate Fri\n",
    ),
    Spec(
        phi=False,
        category="allergen extract vendor invoice",
        notes="Vendor invoice for extracts with lot numbers.",
        frm=f"Purchasing <purchasing@{NGA}>",
        to="orders@greerextracts-dist.com",
        subject="Invoice INV-55781 question",
        body="Hello,\n\nInvoice INV-55781 charges for 12 x standardized cat hair 10,000 BAU/mL "
        "but we received 10 (lots C2611-04, C2611-05). Please credit 2.\n\nPurchasing\n",
    ),
    Spec(
        phi=False,
        category="epinephrine auto-injector shortage",
        notes="Hard negative: drug shortage notice with brand names and doses.",
        frm=f"Pharmacy Liaison <rx@{NGA}>",
        to=f"all-clinical@{NGA}",
        subject="EpiPen Jr 0.15 mg intermittent shortage",
        body="Manufacturer reports intermittent supply of the 0.15 mg auto-injector through "
        "Q1. Alternatives: Auvi-Q 0.1 mg for 7.5-15 kg, generic epinephrine auto-injector 0.15 "
        "mg. Add 'may substitute' on prescriptions.\n",
    ),
    Spec(
        phi=False,
        category="community asthma screening flyer",
        notes="Hard negative: free asthma screening event at a library.",
        frm=f"Community Outreach <outreach@{NGA}>",
        to="programs@eastviewlibrary.org",
        subject="Breathe Easy day - flyer text",
        body="Flyer text for your January calendar:\n\nBREATHE EASY DAY - Sat Jan 16, 10-1\n"
        "Free spirometry screening, inhaler technique checks and food allergy Q&A with "
        "Northgate Allergy & Asthma. No appointment needed.\n",
    ),
    Spec(
        phi=False,
        category="aggregate school statistics",
        notes="Hard negative: business mail about asthma prevalence across a district, "
        "aggregates only.",
        frm=f"Community Outreach <outreach@{NGA}>",
        to="superintendent@maplegroveschools.org",
        subject="district asthma numbers for the grant",
        body="Dr. Lindqvist,\n\nFor the grant narrative: across your 6 schools, 14% of students "
        "(412 of 2,940) have an asthma action plan on file, and 3.1% have a prescribed "
        "epinephrine auto-injector. Nurses reported 19 rescue-inhaler uses per month on "
        "average. No student names are included anywhere in our materials.\n\nBest,\nTeodora\n",
    ),
    Spec(
        phi=False,
        category="conference agenda",
        notes="Regional allergy meeting agenda naming speakers and topics.",
        frm=f"Dr. Nadia Haddou <nhaddou@{NGA}>",
        to=f"all-providers@{NGA}",
        subject="Regional AAAAI meeting - who's going?",
        body="Agenda highlights:\n- Penicillin allergy delabeling in primary care (N. Haddou)\n"
        "- Tezepelumab vs dupilumab for T2-low asthma\n- Alpha-gal syndrome in the Midwest\n"
        "Reply by Friday for registration.\n",
    ),
    Spec(
        phi=False,
        category="training patient in EHR",
        notes="Hard negative: a test/training patient in the EHR, clearly labelled fictional.",
        frm=f"EHR Trainer <ehrtraining@{NGA}>",
        to=f"new-hires@{NGA}",
        subject="practice shot log - training patient",
        body="For Thursday's training, log shots on the TRAINING patient only:\n\n"
        "ZZTRAIN, ALLERGYPATIENT (fictional, MRN TRN000001)\nPractice: 0.05 mL 1:1000, then "
        "0.10 mL. Document a 15 mm local reaction and practise the 'do not advance' flag.\n",
    ),
    Spec(
        phi=False,
        category="medical assistant job posting",
        notes="Job posting with allergy testing and injection vocabulary.",
        frm=f"HR <hr@{NGA}>",
        to="jobs@indeedpartnerfeed.com",
        subject="Posting: Medical Assistant - Allergy Shot Clinic",
        body="Perform skin prick testing, administer allergen immunotherapy injections, monitor "
        "for anaphylaxis, and spirometry. CMA preferred. $21-24/hr.\n",
    ),
    Spec(
        phi=False,
        category="anaphylaxis protocol DOCX",
        notes="Hard negative: protocol with epinephrine doses and reaction grading, no patient.",
        frm=f"Dr. Tomasz Wierzbicki <twierzbicki@{NGA}>",
        to=f"all-clinical@{NGA}",
        subject="anaphylaxis protocol v4",
        body="Updated after the mock code. Main change: second epi dose at 5 minutes, not 10.\n",
        atts=(
            Att(
                "anaphylaxis_protocol_v4.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Northgate Anaphylaxis Protocol v4",
                        "Epinephrine 0.01 mg/kg IM (max 0.5 mg) anterolateral thigh.",
                        "Repeat every 5 minutes as needed. Call 911 for any systemic reaction.",
                        "Observe 4 hours after biphasic-risk reactions.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="bakery named like a person, nut-free order",
        notes="Hard negative: bakery with a person's name and allergen labels on a staff order.",
        frm=f"Office <office@{NGA}>",
        to="marthaleesbakery@yahoo.com",
        subject="holiday party order - nut free",
        body="Hi Martha Lee's,\n\nFor our staff party 12/18: 3 dozen cookies, all peanut and "
        "tree-nut free, 1 dozen gluten-free, labelled please (we're an allergy clinic, we "
        "will check!).\n\nThanks,\nDeb\n",
    ),
    Spec(
        phi=False,
        category="FHIR practitioner directory update",
        notes="Hard negative: FHIR Practitioner resource with a clinician's NPI and specialty.",
        frm=f"Credentialing <credentialing@{NGA}>",
        to="directory@lakehealthplan.com",
        subject="provider directory update",
        body="Directory update for Dr. Achebe attached (FHIR Practitioner). NPI: 1186321414. "
        "Accepting new patients at both sites.\n",
        atts=(Att("practitioner_achebe.json", "application/fhir+json", FHIR_PRACT),),
    ),
    Spec(
        phi=False,
        category="de-identified OIT outcomes workbook",
        notes="Hard negative: de-identified outcomes workbook (study ids, age bands) with two "
        "sheets.",
        frm=f"Research <research@{NGA}>",
        to="datacore@midwestallergyconsortium.org",
        subject="OIT registry upload - de-identified",
        body="Quarterly de-identified upload attached. Ages banded, no dates.\n",
        atts=(
            Att(
                "oit_registry_q3.xlsx",
                XLSX,
                xlsx(
                    {
                        "Subjects": [
                            ["study_id", "age_band", "allergen", "maintenance_reached"],
                            ["OIT-114", "5-9", "peanut", "Y"],
                            ["OIT-117", "10-14", "peanut", "N"],
                            ["OIT-121", "5-9", "cashew", "Y"],
                        ],
                        "Summary": [
                            ["allergen", "n", "maintenance %"],
                            ["peanut", 41, 78.0],
                            ["cashew", 9, 66.7],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vial mixing checklist PDF",
        notes="Extract mixing QA checklist PDF; no patient.",
        frm=f"Clinic Manager <manager@{NGA}>",
        to=f"all-clinical@{NGA}",
        subject="USP 797 mixing checklist",
        body="Laminate and post in the mixing room please.\n",
        atts=(
            Att(
                "mixing_checklist.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHGATE ALLERGY & ASTHMA - Allergen Extract Mixing Checklist",
                        "1. Hand hygiene and gloves. 2. ISO 5 PEC or dedicated area.",
                        "3. Label: concentration, beyond-use date, mixer initials.",
                    ],
                    "Mixing checklist",
                ),
            ),
        ),
    ),
]
