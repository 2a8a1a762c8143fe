"""Meridian Travel Health (travel medicine clinic): outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

FOOT = "\n\nMeridian Travel Health\n400 Commonwealth Ave, 3rd floor, Boston, MA 02215\n(617) 555-0130 | meridiantravelhealth.com"
CLINIC = "Meridian Travel Health <appointments@meridiantravelhealth.com>"
NURSE = "Meridian Travel Nurses <nurses@meridiantravelhealth.com>"


def _ics(uid: str, start: str, end: str, summary: str, where: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meridian Travel Health//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}@meridiantravelhealth.com\r\nDTSTAMP:20260511T130000Z\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
        f"SUMMARY:{summary}\r\nLOCATION:{where}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


MESSAGES = [
    Spec(
        phi=True,
        category="pre-travel consult appointment invite",
        notes="Calendar invite to a traveller's gmail naming her and a pre-travel consult with yellow fever vaccine for a Ghana trip.",
        frm=CLINIC,
        to="ruthann.bekele@gmail.com",
        subject="Your pre-travel consultation",
        body="Hi Ruth Ann,\n\nYour consult is confirmed. Please bring your vaccination record; we will give the yellow fever vaccine at this visit for your Ghana trip."
        + FOOT,
        ics=_ics(
            "mth-appt-30911",
            "20260514T150000Z",
            "20260514T154500Z",
            "Ruth Ann Bekele - pre-travel consult + yellow fever vaccine",
            "Meridian Travel Health, Boston",
        ),
    ),
    Spec(
        phi=False,
        category="travel health webinar invite",
        notes="Hard negative: public webinar invitation about malaria prevention; no individual.",
        frm="Meridian Events <events@meridiantravelhealth.com>",
        to="hr-wellness@brightpathconsulting.com",
        subject="Webinar: staying healthy on business travel",
        body="Join Dr. Ines Carvalho (infectious disease) on May 28 for a 30-minute webinar on malaria prophylaxis, traveller's diarrhea and jet lag for your travelling staff. Free for corporate clients.",
        ics=_ics(
            "mth-webinar-0528",
            "20260528T160000Z",
            "20260528T163000Z",
            "Webinar: staying healthy on business travel",
            "Zoom",
        ),
    ),
    Spec(
        phi=True,
        category="yellow fever certificate pdf",
        notes="PDF copy of an International Certificate of Vaccination naming the traveller, passport number and vaccination date.",
        frm=NURSE,
        to="andre.fontaine.bos@outlook.com",
        subject="Copy of your yellow fever certificate",
        body="Andre, a scanned copy of your signed ICVP is attached for your records. Keep the yellow card with your passport."
        + FOOT,
        atts=(
            Att(
                "ICVP_Fontaine_Andre.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN TRAVEL HEALTH - DESIGNATED YELLOW FEVER CENTRE",
                        "International Certificate of Vaccination or Prophylaxis",
                        "Name: Andre Fontaine   DOB: 04/22/1985   Passport: 58H204417",
                        "Yellow fever (YF-Vax) given 05/06/2026, lot UK941AA",
                        "Valid for life from 06/05/2026",
                    ],
                    "ICVP copy",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="country vaccine requirement sheet pdf",
        notes="Hard negative: PDF fact sheet of vaccine recommendations by country; health topic, no individual.",
        frm="Meridian Travel Health <info@meridiantravelhealth.com>",
        to="travel-desk@ardentglobal.com",
        subject="East Africa vaccine guide",
        body="As requested, our one-page guide for staff travelling to Kenya, Tanzania and Uganda.",
        atts=(
            Att(
                "East_Africa_vaccine_guide.pdf",
                "application/pdf",
                pdf(
                    [
                        "MERIDIAN TRAVEL HEALTH - EAST AFRICA GUIDE",
                        "Yellow fever: required for arrivals from endemic countries (Kenya, Uganda)",
                        "Typhoid, hepatitis A: recommended for all travellers",
                        "Malaria prophylaxis: atovaquone-proguanil or doxycycline",
                        "Book 4-6 weeks before departure",
                    ],
                    "East Africa guide",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="malaria prophylaxis prescription to pharmacy",
        notes="Prescription note to a pharmacy with traveller's name, DOB and atovaquone-proguanil for a trip.",
        frm="Dr. Ines Carvalho <icarvalho@meridiantravelhealth.com>",
        to="rx@beaconpharmacy-boston.com",
        subject="Rx for pickup - Whitfield",
        body="Please fill for Gordon Whitfield, DOB 02/09/1962: atovaquone-proguanil 250/100 mg, 1 tab daily starting 2 days before travel through 7 days after, #24. Also azithromycin 500 mg #3 for traveller's diarrhea standby. Departs 5/20 for Tanzania.\n\nInes Carvalho, MD",
    ),
    Spec(
        phi=False,
        category="formulary pricing from pharmacy",
        notes="Vendor pricing reply about travel medications; no patients.",
        frm="Purchasing <purchasing@meridiantravelhealth.com>",
        to="sales@beaconpharmacy-boston.com",
        subject="RE: 2026 travel Rx pricing",
        body="Thanks Lionel - confirming the cash prices for our patients: atovaquone-proguanil $2.10/tab, azithromycin 500 mg $4.00/tab, acetazolamide 125 mg $0.90/tab. We'll update our handout.\n\nPriya Sethi",
    ),
    Spec(
        phi=True,
        category="corporate traveller clearance workbook",
        notes="Hard positive: multi-sheet workbook to a company's travel desk listing named employees with vaccines given and one medical deferral.",
        frm="Corporate Services <corporate@meridiantravelhealth.com>",
        to="travel-desk@ardentglobal.com",
        subject="Nairobi team - clearance status",
        body="Status for the Nairobi project team attached. One traveller is deferred; see the second tab.",
        atts=(
            Att(
                "Ardent_Nairobi_clearance.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cleared": [
                            ["Employee", "Vaccines given", "Date"],
                            ["Haruka Ito", "YF, Typhoid", "2026-05-04"],
                            ["Daniel Osei", "Typhoid, Hep A #1", "2026-05-05"],
                        ],
                        "Deferred": [
                            ["Employee", "Reason"],
                            [
                                "Caroline Mbeki-Sorensen",
                                "YF vaccine contraindicated - on methotrexate; waiver letter issued",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="corporate program utilization workbook",
        notes="Hard negative: multi-sheet workbook of aggregate consults and vaccines given per quarter for a corporate client.",
        frm="Corporate Services <corporate@meridiantravelhealth.com>",
        to="benefits@ardentglobal.com",
        subject="Q1 program utilization",
        body="Q1 utilization for Ardent attached. No individual data included.",
        atts=(
            Att(
                "Ardent_Q1_utilization.xlsx",
                XLSX,
                xlsx(
                    {
                        "Consults": [["Month", "Consults"], ["Jan", 14], ["Feb", 22], ["Mar", 31]],
                        "Vaccines": [
                            ["Vaccine", "Doses"],
                            ["Typhoid", 41],
                            ["Hepatitis A", 37],
                            ["Yellow fever", 12],
                        ],
                        "Invoice": [
                            ["Item", "Amount"],
                            ["Consult fees", 4485.0],
                            ["Vaccines", 9120.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="post-travel fever follow-up",
        notes="Email to a returning traveller's yahoo address about his malaria smear result and treatment.",
        frm="Dr. Ines Carvalho <icarvalho@meridiantravelhealth.com>",
        to="sam.oduya@yahoo.com",
        subject="Your blood smear result",
        body="Samuel,\n\nYour thick and thin smears from yesterday were negative for malaria, and the dengue NS1 was also negative. Your fever is most likely viral. Keep drinking fluids, take acetaminophen (not ibuprofen) and come back Thursday for a repeat CBC, or sooner if you have bleeding or severe belly pain.\n\nDr. Carvalho"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="newsletter on measles outbreaks",
        notes="Hard negative: HTML-only newsletter on measles outbreaks and MMR for travellers; no individual.",
        frm="Meridian Travel Health <news@meridiantravelhealth.com>",
        to="subscribers@list.meridiantravelhealth.com",
        subject="Travel alert: measles in Europe",
        body="",
        html="<html><body><h2>Measles cases rising in Europe</h2><p>Over 3,000 cases were reported in Romania and Austria this spring. Adults born after 1957 without two MMR doses should get a dose before travel.</p><p><a href='https://meridiantravelhealth.com/book'>Book online</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="html reminder with rabies series schedule",
        notes="Hard positive: HTML-only reminder to a patient's icloud naming her and her remaining rabies pre-exposure dose date.",
        frm=CLINIC,
        to="noor.haddad@icloud.com",
        subject="Reminder: dose 2",
        body="",
        html="<html><body><p>Hi Noor Haddad,</p><p>Your <b>rabies pre-exposure vaccine dose 2</b> (Imovax) is due on <b>Wednesday, May 13</b> at 10:30 am. Dose 1 was given on May 6.</p><p>Meridian Travel Health, (617) 555-0130</p></body></html>",
    ),
    Spec(
        phi=True,
        category="HL7 VXU to state registry",
        notes="Hard positive: HL7 VXU immunization message with patient name, DOB and typhoid vaccine, sent to the state registry contact.",
        frm="IT <it@meridiantravelhealth.com>",
        to="miis-onboarding@mass-registry.org",
        subject="Test VXU for onboarding",
        body="Attached is our test VXU. Please confirm it parses before we switch to production.",
        atts=(
            Att(
                "vxu_test.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|MTHEMR|MERIDIAN|MIIS|MDPH|202605110915||VXU^V04^VXU_V04|MT1102|P|2.5.1\rPID|1||MT-220914^^^MTH^MR||Lowery^Bernadette^K||19770312|F|||19 Park Dr^^Brookline^MA^02446\rRXA|0|1|20260508||91^typhoid, ViCPs^CVX|0.5|mL\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="registry onboarding checklist",
        notes="Registry onboarding checklist text file; technical, no patient.",
        frm="IT <it@meridiantravelhealth.com>",
        to="miis-onboarding@mass-registry.org",
        subject="Onboarding checklist signed",
        body="Signed checklist attached.",
        atts=(
            Att(
                "MIIS_checklist_signed.txt",
                "text/plain",
                "Meridian Travel Health - MIIS onboarding checklist\n[x] Facility ID assigned\n[x] VXU 2.5.1 test messages validated\n[x] ACK handling\n[ ] Production cutover (target 06/01/2026)\nSigned: Kyle Brennan, IT Manager\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR immunization to PCP",
        notes="Hard positive: FHIR Immunization resource with patient name and Japanese encephalitis vaccine; body says only 'record attached'.",
        frm=NURSE,
        to="records@brooklinepcp.com",
        subject="Immunization record",
        body="Record attached for your chart.",
        atts=(
            Att(
                "immunization.json",
                "application/fhir+json",
                '{"resourceType": "Immunization", "status": "completed", "vaccineCode": {"text": "Japanese encephalitis vaccine (Ixiaro) dose 2"}, "patient": {"display": "Wendell Tsai, DOB 1969-01-30"}, "occurrenceDateTime": "2026-05-07"}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR capability statement",
        notes="Hard negative: FHIR CapabilityStatement JSON describing the API; no patient.",
        frm="IT <it@meridiantravelhealth.com>",
        to="integrations@brooklinepcp.com",
        subject="Our FHIR endpoint",
        body="Capability statement attached; base URL in the file.",
        atts=(
            Att(
                "capability.json",
                "application/fhir+json",
                '{"resourceType": "CapabilityStatement", "status": "active", "date": "2026-05-01", "kind": "instance", "fhirVersion": "4.0.1", "format": ["json"], "implementation": {"description": "Meridian Travel Health FHIR API", "url": "https://fhir.meridiantravelhealth.com/r4"}}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip of travel records",
        notes="Encrypted zip of a traveller's vaccine history sent to her employer's occupational nurse; the file name and body name her.",
        frm=NURSE,
        to="occnurse@harborviewshipping.com",
        subject="Records for Delphine Arceneaux",
        body="Vaccine history for Delphine Arceneaux attached (password sent separately by text).",
        atts=(
            Att(
                "Arceneaux_D_vaccine_history.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "history.txt": "Delphine Arceneaux DOB 1991-06-18\nHep A #1 2026-04-02\nTyphoid oral 2026-04-02\nCholera (Vaxchora) 2026-04-10\n"
                    },
                    "Mth!2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of blank intake forms",
        notes="Hard negative: zip of blank travel health questionnaires for a corporate client.",
        frm="Corporate Services <corporate@meridiantravelhealth.com>",
        to="hr@harborviewshipping.com",
        subject="Blank forms for your crew",
        body="Blank forms attached - crew can fill them in before their group visit.",
        atts=(
            Att(
                "MTH_blank_forms.zip",
                "application/zip",
                zipped(
                    {
                        "travel_questionnaire.txt": "Name: ________ DOB: ________\nDestinations: ________\nDeparture date: ________\nAllergies: ________\nPregnant? Y / N",
                        "vaccine_consent.txt": "I consent to the vaccines listed. Signature: ________",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded insurer denial",
        notes="Hard positive: forwarded insurer message in an rfc822 part denying coverage for a named member's rabies vaccines.",
        frm="Billing <billing@meridiantravelhealth.com>",
        to="mcallister.fam@hotmail.com",
        subject="Fwd: coverage decision",
        body="Hi Fiona, forwarding the plan's reply below. You can appeal; we are happy to send a letter of medical necessity.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Provider Services <provider@bayhealthplan.com>",
            to="billing@meridiantravelhealth.com",
            subject="Claim MT-40188 decision",
            body="Member: Fiona McAllister, ID BHP-772304189\nDOS 04/29/2026: 90675 rabies vaccine x2 - DENIED, travel vaccines excluded under plan.\nMember responsibility: $812.00",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded payer policy bulletin",
        notes="Hard negative: forwarded payer bulletin about travel vaccine coverage; policy, no member.",
        frm="Billing <billing@meridiantravelhealth.com>",
        to="frontdesk@meridiantravelhealth.com",
        subject="Fwd: Bay Health travel vaccine policy",
        body="Please tell patients up front - Bay Health won't cover these after July 1.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Provider Bulletins <bulletins@bayhealthplan.com>",
            to="billing@meridiantravelhealth.com",
            subject="Policy update: travel immunizations",
            body="Effective 07/01/2026, CPT 90690, 90691, 90717 and 90675 for travel purposes are excluded from coverage in all commercial plans.",
        ),
    ),
    Spec(
        phi=True,
        category="png scan of vaccine card",
        notes="Hard positive: PNG scan whose file name carries the traveller's name and 'hepB_titer_neg'; body only says 'scan attached'.",
        frm=NURSE,
        to="lab-orders@commonwealthlab.com",
        subject="scan attached",
        body="Scan attached - please add the booster order.",
        atts=(
            Att(
                "Kowalczyk_Piotr_hepB_titer_neg_vaccine_card.png",
                "image/png",
                png(6, 4, (240, 240, 220)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="png clinic logo for brochure",
        notes="Logo image sent to a printer; no patient.",
        frm="Marketing <marketing@meridiantravelhealth.com>",
        to="backbay.print.shop@gmail.com",
        subject="Logo for brochure reprint",
        body="Logo file attached for the 500-brochure reprint. Same colours as last time.",
        atts=(Att("meridian_logo.png", "image/png", png(12, 12, (20, 80, 140))),),
    ),
    Spec(
        phi=True,
        category="altitude sickness prescription note",
        notes="Email to a traveller's aol with her name, acetazolamide prescription and sulfa allergy concern.",
        frm="Dr. Marcus Feld <mfeld@meridiantravelhealth.com>",
        to="hollybrandt.peru@aol.com",
        subject="Your Cusco prescription",
        body="Holly,\n\nGiven your sulfa allergy, I did NOT prescribe acetazolamide; instead take dexamethasone 4 mg only if you get moderate altitude illness, and descend. Prescription sent to CVS on Boylston.\n\nDr. Feld"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="clinician bio for website",
        notes="Clinician name, specialty and NPI for the website; provider info, no patient.",
        frm="Marketing <marketing@meridiantravelhealth.com>",
        to="web@pixelharborstudio.com",
        subject="New provider bio",
        body="Please add to the Providers page:\n\nMarcus Feld, MD - Infectious Disease and Travel Medicine. Board certified, CTH certificate. NPI 1355904826. Speaks German and Spanish.\n\nPriya Sethi",
    ),
    Spec(
        phi=True,
        category="csv of group vaccine clinic roster",
        notes="CSV roster for an onsite university study-abroad clinic with names, DOBs and vaccines given.",
        frm="Corporate Services <corporate@meridiantravelhealth.com>",
        to="studyabroad@bayviewuniversity.edu",
        subject="Onsite clinic roster 5/7",
        body="Roster from the 5/7 onsite clinic attached.",
        atts=(
            Att(
                "bayview_clinic_0507.csv",
                "text/csv",
                "student,dob,vaccine,dose\nAmara Nwosu,2005-03-14,Typhoid Vi,1\nLiam Gallagher-Ruiz,2004-11-09,Hepatitis A,1\nSofia Delacroix,2005-07-21,Typhoid Vi,1\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="onsite clinic logistics",
        notes="Logistics for an onsite clinic (room, times, supplies); no individual.",
        frm="Corporate Services <corporate@meridiantravelhealth.com>",
        to="studyabroad@bayviewuniversity.edu",
        subject="Onsite clinic June 4 - logistics",
        body="We'll need a room with 3 tables and a sink, 9am-1pm. Two nurses will attend. Up to 60 students; sign-up link closes June 1.",
    ),
    Spec(
        phi=True,
        category="docx waiver letter",
        notes="Hard positive: DOCX medical waiver letter naming a traveller, his HIV status and why yellow fever vaccine is contraindicated.",
        frm="Dr. Ines Carvalho <icarvalho@meridiantravelhealth.com>",
        to="t.lindgren.travel@gmail.com",
        subject="Your waiver letter",
        body="Tomas, your yellow fever medical waiver is attached. Print it and carry it with your passport.",
        atts=(
            Att(
                "YF_waiver_Lindgren.docx",
                DOCX,
                docx(
                    [
                        "Meridian Travel Health",
                        "Medical contraindication to yellow fever vaccination",
                        "Tomas Lindgren, DOB 10/03/1979, passport 61K330852",
                        "Mr. Lindgren has HIV infection with a CD4 count below 200; yellow fever vaccine is contraindicated.",
                        "Ines Carvalho, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="docx staff training handout",
        notes="Hard negative: DOCX training handout with obviously fictional example traveller 'Jane Traveller'.",
        frm="Clinical Education <education@meridiantravelhealth.com>",
        to="nurses@meridiantravelhealth.com",
        subject="Handout: contraindications refresher",
        body="Refresher handout attached for Friday's huddle.",
        atts=(
            Att(
                "contraindications_refresher.docx",
                DOCX,
                docx(
                    [
                        "Contraindications refresher",
                        "Example: 'Jane Traveller', 70, thymectomy history - no yellow fever vaccine.",
                        "Example: 'John Sample', pregnant partner - live vaccines fine for him.",
                        "Always check immunosuppressants (methotrexate, biologics, prednisone >20 mg).",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="txt itinerary risk assessment",
        notes="Hard positive: text attachment with a named traveller's itinerary, pregnancy and Zika counselling.",
        frm="Dr. Marcus Feld <mfeld@meridiantravelhealth.com>",
        to="obgyn@backbaywomens.com",
        subject="Shared patient - travel counselling",
        body="Sharing my note for your patient per her request.",
        atts=(
            Att(
                "travel_note_Quintero.txt",
                "text/plain",
                "Patient: Valeria Quintero, DOB 1994-09-05\n18 weeks pregnant. Planned travel to Colombia 6/10-6/24.\nCounselled: Zika risk, advised postponing; if travelling, DEET, avoid <2,000 m areas.\nNo live vaccines given. Hep A #1 given 05/11/2026.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vaccine shortage notice",
        notes="Hard negative: notice to corporate clients about a typhoid vaccine shortage; no individual.",
        frm="Corporate Services <corporate@meridiantravelhealth.com>",
        to="travel-desk@ardentglobal.com",
        subject="Typhoid vaccine supply",
        body="Heads up: the injectable typhoid vaccine is on national backorder until July. We still have oral Vivotif for travellers aged 6+. Please have travellers book at least 3 weeks ahead.",
    ),
    Spec(
        phi=True,
        category="invoice to employer naming traveller visits",
        notes="Hard positive: invoice to an employer with line items per named employee and vaccines, revealing their care.",
        frm="Billing <billing@meridiantravelhealth.com>",
        to="ap@harborviewshipping.com",
        subject="Invoice MTH-2026-0319",
        body="Invoice MTH-2026-0319\n\n05/04 - Rafael Ocampo - consult + yellow fever + typhoid - $392.00\n05/04 - Ji-woo Han - consult + cholera vaccine - $318.00\n05/06 - Erin Maddox - consult + rabies PrEP dose 1 - $445.00\n\nTotal $1,155.00, net 30."
        + FOOT,
    ),
    Spec(
        phi=False,
        category="vendor invoice from vaccine distributor",
        notes="Vaccine distributor invoice paid; vendor mail with lot numbers, no patient.",
        frm="Accounts Payable <ap@meridiantravelhealth.com>",
        to="ar@vaxdirect-dist.com",
        subject="Payment sent - inv 88410",
        body="Paid invoice 88410 (10 x YF-Vax 5-dose vials, 20 x Typhim Vi) by ACH today, $14,260.00.\n\nPriya Sethi",
    ),
    Spec(
        phi=True,
        category="lab order with rabies titer",
        notes="Lab requisition email naming a veterinarian-client, DOB and rabies antibody titer order.",
        frm=NURSE,
        to="lab-orders@commonwealthlab.com",
        subject="Add-on order",
        body="Please add RFFIT rabies antibody titer for Harriet Vogelsang, DOB 08/16/1988, drawn today 9:40. Ordering: Dr. Marcus Feld, NPI 1288471034.",
    ),
    Spec(
        phi=False,
        category="lab courier contract renewal",
        notes="Business email about courier contract; no patient.",
        frm="Priya Sethi <psethi@meridiantravelhealth.com>",
        to="contracts@commonwealthlab.com",
        subject="Courier contract renewal",
        body="We'd like to renew the daily courier at the same rate ($18/pickup). Please send the updated agreement.",
    ),
    Spec(
        phi=False,
        category="staff CPR recertification",
        notes="Staff notice naming nurses due for CPR recertification; workforce information.",
        frm="Priya Sethi <psethi@meridiantravelhealth.com>",
        to="staff@meridiantravelhealth.com",
        subject="BLS recert due",
        body="Nadine Brooks and Colin Ferreira: your BLS cards expire in June. Class is May 30 at 9am in the conference room.",
    ),
    Spec(
        phi=False,
        category="text-style supply note",
        notes="Hard negative: terse staff text-style note about fridge temperature log; no patient.",
        frm="Nadine Brooks <nbrooks@meridiantravelhealth.com>",
        to="psethi@meridiantravelhealth.com",
        subject="fridge",
        body="vax fridge hit 9C overnight, moved everything to backup, logged it. YF vials quarantined til mfr says ok. -N",
    ),
    Spec(
        phi=False,
        category="html annual report highlights",
        notes="Hard negative: HTML-only annual highlights with aggregate traveller counts by destination.",
        frm="Meridian Travel Health <news@meridiantravelhealth.com>",
        to="partners@list.meridiantravelhealth.com",
        subject="2025 in numbers",
        body="",
        html="<html><body><h2>2025 in numbers</h2><table><tr><td>Travellers seen</td><td>6,412</td></tr><tr><td>Yellow fever doses</td><td>1,188</td></tr><tr><td>Top destination</td><td>India</td></tr></table></body></html>",
    ),
    Spec(
        phi=True,
        category="rabies PEP continuation handoff",
        notes="Hard positive: handoff to an ED naming a returning traveller and her phone with rabies post-exposure doses given abroad after a monkey bite in Bali.",
        frm="Dr. Marcus Feld <mfeld@meridiantravelhealth.com>",
        to="edtriage@bostoncentralhosp.org",
        subject="PEP continuation - arriving tonight",
        body="Sending Kirsten Aalto (cell 617-555-0188) to you tonight for rabies immune globulin, which we don't stock. Monkey bite right forearm in Ubud 05/07; received rabies vaccine day 0 and day 3 in Denpasar, no RIG. Day 7 dose due 05/14; we will give it here.\n\nMarcus Feld, MD",
    ),
]
