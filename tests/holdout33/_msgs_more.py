"""A second batch across the three organisations: quieter PHI and alarming non-PHI."""

from __future__ import annotations

from _spec import FMT, RVFM, SHH, Att, Spec

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="phone message notes TXT",
        notes="Hard positive: TXT of front-desk phone messages with names, callbacks and symptoms.",
        frm=f"Maribel Ochoa <mochoa@{RVFM}>",
        to=f"Nadia Broussard NP <nbroussard@{RVFM}>",
        subject="messages from lunch",
        body=(
            "Nadia, the phone notes from while you were at lunch are attached. None urgent I think."
        ),
        atts=(
            Att(
                "phone_msgs_1110.txt",
                "text/plain",
                "12:05 Ofelia Granados 707-555-0114 - UTI symptoms again, wants Macrobid called "
                "in\n"
                "12:20 Pete Lindahl (Dr. M pt) - BP 168/96 at home, out of lisinopril\n"
                "12:40 Mother of Eli Sorensen - ADHD med refill, Concerta 27 mg\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PHI only in attachment filename",
        notes="Hard positive: resident's name and DNR/POLST only in the attachment's file name.",
        frm=f"Renata Solis <rsolis@{SHH}>",
        to="fax-inbox@sierranevadamemorial.org",
        subject="Fax cover",
        body="Please see attached per your request this morning. Sierra Hospice House admissions.",
        atts=(
            Att(
                "POLST_DNR_Doris_Haverford.txt",
                "text/plain",
                "FAX COVER\nFrom: Sierra Hospice House admissions\nPages: 2\n"
                "Please call 530-555-0190 if pages are missing.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="quoted reply to relative about rehab patient",
        notes=(
            "Hard positive: reply quoting relative; 'Mrs. Iwasaki' at a rehab room after hip "
            "surgery."
        ),
        frm=f"Dispatch <dispatch@{FMT}>",
        to="keiko.iwasaki.design@gmail.com",
        subject="Re: ride home from rehab",
        body=(
            "Hi Keiko,\n\nWe can do Friday at 11. Our crew will go to room 114B at Gold Country "
            "Post-Acute. Since it's only 3 weeks after the hip replacement they'll bring the "
            "reclining chair.\n\nDispatch\n\n> From: Keiko Iwasaki\n> My mom (Mrs. Sachiko "
            "Iwasaki) is being discharged Friday, can you take her home to 19 Fir St, Colfax?"
        ),
    ),
    Spec(
        phi=True,
        category="initials DOB abnormal Pap recall list",
        notes=(
            "Hard positive: HTML-only table of initials + DOB with abnormal Pap/HPV results to lab."
        ),
        frm=f"Glen Farrow <gfarrow@{RVFM}>",
        to="cytology@northbaypathlab.com",
        subject="Reflex HPV genotyping - add-ons",
        body="",
        html=(
            "<html><body><p>Please add HPV 16/18 genotyping to these:</p><table border='1'>"
            "<tr><th>Pt</th><th>DOB</th><th>Result</th><th>Accession</th></tr>"
            "<tr><td>A.R.</td><td>02/11/1991</td><td>ASC-US, HPV+</td><td>NB26-44190</td></tr>"
            "<tr><td>M.T.</td><td>09/30/1987</td><td>LSIL, HPV+</td><td>NB26-44231</td></tr>"
            "</table><p>Thanks, Glen - RVFM lab</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="refill reply to parent",
        notes="Hard positive: first name of a child plus stimulant prescription to parent's gmail.",
        frm=f"Nadia Broussard NP <nbroussard@{RVFM}>",
        to="hannah.sorensen.mom@gmail.com",
        subject="Re: refill",
        body=(
            "Hi Hannah, I sent Eli's Concerta 27 mg to the Safeway pharmacy, 30 days. He's due "
            "for his ADHD follow-up and a weight check in December, please book it.\n\nNadia\n\n"
            "> Can Eli get his refill? He's out Thursday."
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="de-identified case for grand rounds",
        notes="Hard negative: case vignette with age under 90, no name, no dates, no place.",
        frm=f"Dr. Rohan Mehta-Ellison <rmehta@{RVFM}>",
        to="rural-fm-residents@ucdavis.edu",
        subject="Case for Thursday's teaching call",
        body=(
            "Case: a woman in her 30s, third pregnancy, presents at 34 weeks with headache "
            "and BP 162/104 in a clinic two hours from the nearest L&D. Discuss: magnesium, "
            "labetalol vs nifedipine, when to call for transport. No identifying details used."
        ),
    ),
    Spec(
        phi=False,
        category="midazolam shortage",
        notes=(
            "Hard negative: drug shortage notice with substitutions for terminal agitation, no "
            "resident."
        ),
        frm=f"Dr. Celestine Ambrose <cambrose@{SHH}>",
        to=f"nurses@{SHH}",
        subject="Midazolam shortage - palliative sedation protocol",
        body=(
            "Midazolam vials are back-ordered until February. For terminal agitation use "
            "lorazepam 1-2 mg SL q1h PRN first, then phenobarbital per protocol. Call me "
            "before starting palliative sedation."
        ),
    ),
    Spec(
        phi=False,
        category="synthetic FHIR test patient",
        notes=(
            "Hard negative: FHIR Patient explicitly synthetic (meta tag and TEST name) for a "
            "vendor."
        ),
        frm=f"Dispatch <dispatch@{FMT}>",
        to="integrations@ridelinkscheduling.com",
        subject="Sample payload for the eligibility API",
        body="Sample payload using our synthetic rider, as you asked. Not a real person.",
        atts=(
            Att(
                "sample_patient_SYNTHETIC.json",
                "application/fhir+json",
                '{"resourceType":"Patient","id":"synthetic-001","meta":{"tag":[{"code":'
                '"SYNTHETIC","display":"synthetic test data"}]},"name":[{"family":"TESTRIDER",'
                '"given":["ZZDEMO"]}],"birthDate":"1900-01-01"}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 test message with TEST patient",
        notes="Hard negative: HL7 ORU test message with TEST^PATIENT, processing ID T, for vendor.",
        frm=f"Lab Interface <labinterface@{RVFM}>",
        to="interface-support@chartwellehr.com",
        subject="Test ORU for new glucose LOINC mapping",
        body="Test message (processing ID T, test patient) for the new LOINC mapping attached.",
        atts=(
            Att(
                "test_oru.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|RVFM_LAB|REDWOOD VALLEY "
                "FM|EHR|RVFM|202611111000||ORU^R01|TST0001|T|2.5.1\r"
                "PID|1||TEST0001^^^RVFM^MR||TEST^PATIENT||19000101|U\r"
                "OBX|1|NM|2345-7^Glucose^LN||100|mg/dL|70-99|H|||F\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="IDT meeting invite",
        notes=(
            "Hard negative: staff ICS invite for interdisciplinary team meeting; no residents "
            "named."
        ),
        frm=f"Renata Solis <rsolis@{SHH}>",
        to=f"idt@{SHH}",
        subject="Invitation: IDT meeting and recertifications",
        body="Weekly IDT. Bring your updated care plans.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SHH//Calendar//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:shh-idt-20261118@sierrahospicehouse.org\r\n"
            "DTSTAMP:20261110T170000Z\r\nDTSTART:20261118T170000Z\r\nDTEND:20261118T183000Z\r\n"
            "SUMMARY:IDT meeting - recertifications and care plan review\r\n"
            "LOCATION:Conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
]
