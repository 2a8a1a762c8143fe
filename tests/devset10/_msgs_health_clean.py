# ruff: noqa: E501
"""Tamarack County Health Department: outbound mail without PHI (19 messages)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import TCH, Att, Spec

SIG_PIO = "\n\nLauren Whitaker\nPublic Information Officer | Tamarack County Health Department\n(319) 555-0705\n"
SIG_EPI = (
    "\n\nNadia Haddad, PhD, MPH\nEpidemiologist II | Tamarack County Health Department\n"
    "1400 Courthouse Sq, Linden Park IA | (319) 555-0700\n"
)

FHIR_SYNTH = """{
  "resourceType": "Bundle",
  "type": "collection",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST", "display": "test health data"}]},
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "synthetic-0007",
      "meta": {"tag": [{"code": "HTEST", "display": "test health data"}]},
      "name": [{"family": "Testpatient", "given": ["Synthea", "Zero-Seven"]}],
      "birthDate": "2025-01-01", "gender": "unknown"}},
    {"resource": {"resourceType": "Immunization", "status": "completed",
      "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "08",
                                  "display": "Hep B, adolescent or pediatric"}]},
      "patient": {"reference": "Patient/synthetic-0007"}, "occurrenceDateTime": "2025-01-02"}}
  ]
}
"""

HAN_FWD = Spec(
    phi=False,
    category="cdc_han_inner",
    notes="inner forwarded CDC HAN",
    frm="CDC Health Alert Network <han-noreply@cdc-han.example.gov>",
    to="han-subscribers@cdc-han.example.gov",
    subject="HAN Health Advisory: Increase in Invasive Serogroup Y Meningococcal Disease",
    body=(
        "Summary: CDC is issuing this Health Advisory to alert healthcare providers to an "
        "increase in invasive meningococcal disease, mostly serogroup Y (ST-1466). Cases "
        "disproportionately affect people aged 30-60, Black or African American people and people "
        "with HIV. Many patients did not present with meningitis; most presented with bacteremia "
        "or septic arthritis.\n\nRecommendations: maintain a heightened suspicion; ensure people "
        "with HIV are vaccinated with MenACWY; report cases to the health department immediately."
    ),
)

MESSAGES: list[Spec] = [
    Spec(
        phi=False,
        category="ph_measles_press_release_html",
        notes=(
            "Hard negative: measles press release with case counts and public exposure locations, "
            "no individual identified."
        ),
        frm=f"Lauren Whitaker <lwhitaker@{TCH}>",
        to="Media List <media@lists.tamarackcountyhealth.gov>",
        subject="NEWS RELEASE: Tamarack County confirms third measles case; new exposure sites",
        body="",
        html=(
            "<html><body><p><b>FOR IMMEDIATE RELEASE - November 10, 2026</b></p>"
            "<h2>Tamarack County confirms third measles case; public exposure sites listed</h2>"
            "<p>LINDEN PARK - The Tamarack County Health Department has confirmed a third case of "
            "measles in a county resident. All three cases are in unvaccinated children and are "
            "linked. No deaths have occurred.</p><p>People who were at these places may have been "
            "exposed:</p><ul><li>QuickCare Urgent Care, 880 Main St - Nov 2, 4:00-7:30 p.m.</li>"
            "<li>Linden Park Public Library, children's area - Nov 5, 10:00 a.m.-1:00 p.m.</li>"
            "</ul><p>Anyone exposed who is not immune should call (319) 555-0700. Free MMR "
            "vaccine is available at the health department Monday-Friday.</p><p>'Two doses of MMR "
            "are 97% effective,' said Dr. Harold Jansen, County Health Officer.</p><p>Media: "
            "Lauren Whitaker, (319) 555-0705</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="ph_weekly_respiratory_surveillance_pdf",
        notes="Hard negative: weekly respiratory surveillance report with ILI %, hospitalisations and age groups.",
        frm=f"Nadia Haddad <nhaddad@{TCH}>",
        to="Surveillance Partners <resp-surv@lists.tamarackcountyhealth.gov>",
        subject="Tamarack County Respiratory Virus Report - MMWR week 45",
        body="Week 45 report attached. RSV is climbing in the under-2s; flu still low." + SIG_EPI,
        atts=(
            Att(
                "TC_resp_report_wk45_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "TAMARACK COUNTY HEALTH DEPARTMENT - RESPIRATORY VIRUS REPORT",
                        "MMWR Week 45 (Nov 1-7, 2026)",
                        "ILI visits (sentinel clinics): 2.1% (baseline 2.4%)",
                        "Influenza-positive lab tests: 38 of 1,204 (3.2%); A(H3N2) predominant",
                        "RSV-positive tests: 91 (up 44% from week 44); 62% in children under 2",
                        "COVID-19 hospital admissions: 9 (week 44: 12)",
                        "Influenza-associated pediatric deaths this season: 0",
                        "Schools reporting >10% absenteeism: 2 of 31",
                    ],
                    "Respiratory Virus Report Week 45",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ph_grant_budget_narrative_docx",
        notes="Grant budget narrative for an immunisation cooperative agreement, no individual.",
        frm=f"Ruth Okonkwo <rokonkwo@{TCH}>",
        to="Grants Management <ipgrants@iowa-idph.org>",
        subject="IP27 subaward budget narrative - Tamarack County",
        body=(
            "Good morning,\n\nAttached is our budget narrative for the 2027 Immunization Program "
            "subaward. The only change from the workplan is moving 0.2 FTE from school clinics to "
            "registry data quality.\n\nRuth Okonkwo\nFiscal Officer"
        ),
        atts=(
            Att(
                "TCHD_IP27_budget_narrative.docx",
                DOCX,
                docx(
                    [
                        "Tamarack County Health Department - IP27 Subaward Budget Narrative",
                        "Personnel: Immunization nurse 1.0 FTE ($71,400); registry coordinator 0.6 FTE ($38,900)",
                        "Fringe at 38%: $41,914",
                        "Travel: VFC site visits, 42 sites x 60 mi avg x $0.67/mi = $1,688",
                        "Supplies: vaccine storage data loggers (12 x $189) = $2,268",
                        "Contractual: school-located clinic staffing agency, $18,000",
                        "Total request: $174,170",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ph_restaurant_inspection_report",
        notes="Hard negative: food establishment inspection findings (temperatures, violations) for a business.",
        frm=f"Sanjay Patel REHS <spatel@{TCH}>",
        to="Owner <owner@lakeviewtaqueria.com>",
        subject="Inspection report 11/09 - Lakeview Taqueria (follow-up required)",
        body=(
            "Mr. Salgado,\n\nThank you for your cooperation during yesterday's inspection. Summary "
            "of priority violations:\n\n1. Walk-in cooler holding carnitas at 48 F (must be 41 F or "
            "below) - product discarded, cooler serviced on site.\n2. Raw shell eggs stored above "
            "ready-to-eat salsa - corrected on site.\n3. No sanitizer test strips available.\n\nA "
            "follow-up inspection will occur within 10 days. Reminder that food employees with "
            "vomiting or diarrhea must be excluded and reported per the Food Code. The full report "
            "is posted on our website.\n\nSanjay Patel, REHS"
        ),
    ),
    Spec(
        phi=False,
        category="ph_beach_advisory",
        notes="Public advisory on E. coli at a beach, aggregate sampling results only.",
        frm=f"Lauren Whitaker <lwhitaker@{TCH}>",
        to="Parks Department <parks@lindenpark-city.org>",
        subject="Swim advisory - Miller Lake north beach (E. coli 412 CFU)",
        body=(
            "Hi Parks team,\n\nOur Monday sample at Miller Lake north beach came back at 412 CFU/100 "
            "mL E. coli (advisory level 235). Please post the 'Swimming not recommended' signs at "
            "both entrances today. The south beach was 44 and stays open. We'll resample "
            "Wednesday." + SIG_PIO
        ),
    ),
    Spec(
        phi=False,
        category="ph_dis_job_posting",
        notes="Job posting for a Disease Intervention Specialist.",
        frm=f"County HR <hr@{TCH}>",
        to="Postings <jobs@publichealthjobs.net>",
        subject="Posting: Disease Intervention Specialist (grant-funded), Tamarack County",
        body=(
            "Tamarack County Health Department is hiring a Disease Intervention Specialist.\n\n"
            "Duties: STI/HIV partner services, field investigations, syphilis case management, "
            "venipuncture, linkage to care.\nQualifications: bachelor's in public health or "
            "related field; valid driver's license; Spanish a plus. Completion of the CDC Passport "
            "to Partner Services within 6 months.\nSalary $52,624-$63,190 + county benefits.\n"
            "Closes 12/04/2026. Apply at tamarackcounty.gov/jobs.\n\nTamarack County Human Resources"
        ),
    ),
    Spec(
        phi=False,
        category="ph_registry_vendor_invoice_po",
        notes="Hard negative: registry vendor invoice with an SSN-shaped PO number and software line items.",
        frm=f"Ruth Okonkwo <rokonkwo@{TCH}>",
        to="Billing <billing@envisionregistry.com>",
        subject="PO 604-18-2257 - invoice ENV-7781 approved for payment",
        body=(
            "Hello,\n\nInvoice ENV-7781 ($36,400.00, annual IIS hosting and HL7 interface "
            "maintenance, 07/01/2026-06/30/2027) is approved against county PO 604-18-2257. "
            "Payment will go out in the 11/20 warrant run. Please note our new remit-to address "
            "on future invoices: PO Box 2210, Linden Park IA.\n\nRuth Okonkwo\nFiscal Officer"
        ),
    ),
    Spec(
        phi=False,
        category="ph_synthetic_fhir_test_record",
        notes="Hard negative: FHIR immunisation bundle tagged HTEST for a synthetic Synthea patient, labelled test data.",
        frm=f"Tom Becker <tbecker@{TCH}>",
        to="Developers <dev@schoolhealthlink.com>",
        subject="FHIR query onboarding - use this synthetic record in UAT",
        body=(
            "Hi SchoolHealthLink devs,\n\nFor UAT against our IIS FHIR endpoint please only use "
            "the synthetic record attached (Synthea-generated, tagged HTEST, not a real child). "
            "Production credentials will be issued after the data use agreement is signed.\n\nTom "
            "Becker\nSurveillance Data Manager"
        ),
        atts=(Att("synthetic_patient_0007.json", "application/fhir+json", FHIR_SYNTH),),
    ),
    Spec(
        phi=False,
        category="ph_han_congenital_syphilis",
        notes="Hard negative: local health advisory to clinicians on congenital syphilis screening, counts only.",
        frm=f"Dr. Harold Jansen <hjansen@{TCH}>",
        to="Clinicians <han@lists.tamarackcountyhealth.gov>",
        subject="TCHD Health Advisory: rising congenital syphilis - test at first visit, 28 weeks and delivery",
        body=(
            "TAMARACK COUNTY HEALTH ADVISORY #2026-07\n\nSituation: 4 congenital syphilis cases "
            "were reported in the county in 2026, compared with 0 in 2022. Syphilis among women "
            "aged 15-44 has tripled since 2021.\n\nActions requested:\n1. Screen all pregnant "
            "patients at the first prenatal visit, at 28 weeks, and at delivery.\n2. Treat with "
            "benzathine penicillin G; if you cannot get Bicillin L-A, call us - we have stock.\n"
            "3. Report reactive results within 1 business day.\n\nHarold Jansen, MD, MPH\nCounty "
            "Health Officer"
        ),
    ),
    Spec(
        phi=False,
        category="ph_deidentified_sti_counts_workbook",
        notes=(
            "Hard negative: de-identified STI counts by ZIP3, age group and year with small cells "
            "suppressed, multi-sheet."
        ),
        frm=f"Nadia Haddad <nhaddad@{TCH}>",
        to="Dr. Wen Li <wen-li@uiowa-cph.edu>",
        subject="Data request DR-26-019 - STI counts (suppressed) for your thesis student",
        body=(
            "Dr. Li,\n\nAttached are the aggregate counts for DR-26-019. Cells under 5 are "
            "suppressed, geography is 3-digit ZIP only, time is calendar year. Please cite "
            "'Tamarack County Health Department, provisional data'.\n\nNadia"
        ),
        atts=(
            Att(
                "DR-26-019_STI_counts.xlsx",
                XLSX,
                xlsx(
                    {
                        "Chlamydia": [
                            ["ZIP3", "Age group", "2024", "2025"],
                            ["524", "15-19", 118, 104],
                            ["524", "20-24", 211, 198],
                            ["524", "25-34", 96, 101],
                            ["522", "15-19", 22, 19],
                        ],
                        "Gonorrhea": [
                            ["ZIP3", "Age group", "2024", "2025"],
                            ["524", "15-19", 31, 28],
                            ["524", "20-24", 57, 61],
                            ["522", "20-24", "<5", 6],
                        ],
                        "Syphilis_all_stages": [
                            ["ZIP3", "Age group", "2024", "2025"],
                            ["524", "20-34", 14, 22],
                            ["522", "20-34", "<5", "<5"],
                        ],
                        "Notes": [["Note"], ["Provisional; counts under 5 suppressed per TCHD policy 4.12."]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ph_board_of_health_ics",
        notes="Board of health meeting invite with agenda and board members' names.",
        frm=f"Dr. Harold Jansen <hjansen@{TCH}>",
        to="Board of Health <boh@tamarackcounty.gov>",
        subject="Invitation: Board of Health regular meeting - Nov 19",
        body="Board members, the agenda is in the invite. Packet will be posted Friday.\n\nHarold",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tamarack County HD//BOH//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:tchd-boh-20261119@tamarackcountyhealth.gov\r\n"
            "DTSTAMP:20261110T160000Z\r\nDTSTART:20261119T233000Z\r\nDTEND:20261120T010000Z\r\n"
            "SUMMARY:Board of Health regular meeting\r\n"
            "DESCRIPTION:1. Call to order (Chair Gloria Ebersole)\\; 2. Measles response "
            "update (Dr. Jansen)\\; 3. FY28 budget\\; 4. Septic ordinance amendments (S. "
            "Patel)\\; 5. Public comment.\r\n"
            "LOCATION:County Administration Bldg\\, Board Room\r\n"
            "ORGANIZER:mailto:hjansen@tamarackcountyhealth.gov\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="ph_mrc_volunteer_roster_csv",
        notes="Hard negative: Medical Reserve Corps volunteer roster with names, licences and phones, no patients.",
        frm=f"Emergency Preparedness <prep@{TCH}>",
        to="Shift Leads <mrc-leads@tamarackmrc.org>",
        subject="MMR clinic volunteer roster - Sat 11/14",
        body=(
            "Shift leads,\n\nRoster for Saturday's MMR catch-up clinic at the fairgrounds "
            "attached. Vaccinators must bring their license; just-in-time training at 7:30.\n\n"
            "Preparedness Coordinator"
        ),
        atts=(
            Att(
                "MRC_roster_1114.csv",
                "text/csv",
                "name,role,license,shift,cell\n"
                "Beatriz Ocampo,Vaccinator,RN 118204,07:30-12:30,(319) 555-0901\n"
                "Henry Lutz,Vaccinator,LPN P-40911,07:30-12:30,(319) 555-0902\n"
                "Amara Diallo,Screener,PharmD 23380,12:00-16:00,(319) 555-0903\n"
                "Gus Freiberg,Traffic/Logistics,,07:00-16:00,(319) 555-0904\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ph_internship_reply_yahoo",
        notes="Reply to an MPH student's yahoo address about an internship, no health information.",
        frm=f"Nadia Haddad <nhaddad@{TCH}>",
        to="Jasmine Whitlock <jasmine.whitlock22@yahoo.com>",
        subject="Re: Spring epi practicum",
        body=(
            "Hi Jasmine,\n\nThanks for reaching out. Yes, we can host one MPH practicum student in "
            "spring. The project would be evaluating the timeliness of our electronic lab reporting "
            "- mostly R and some SQL. It's hybrid, two days a week in the office. Please send your "
            "CV and have your practicum coordinator email me the affiliation agreement.\n\nNadia"
            + SIG_EPI
        ),
    ),
    Spec(
        phi=False,
        category="ph_noro_outbreak_aggregate_summary",
        notes="Hard negative: outbreak summary with attack rates and counts for a facility, no individual.",
        frm=f"Nadia Haddad <nhaddad@{TCH}>",
        to="Long-Term Care Administrators <ltc-admins@lists.tamarackcountyhealth.gov>",
        subject="Norovirus season - lessons from our October outbreak",
        body=(
            "Administrators,\n\nNorovirus season has started. Our October outbreak at one facility "
            "had 31 ill residents (attack rate 28%) and 12 ill staff over 16 days; 3 residents "
            "were hospitalized, none died. What worked: closing the unit to admissions early, "
            "bleach 1000-5000 ppm, and excluding ill staff for 48 hours after symptoms end.\n\n"
            "Report 2 or more residents with vomiting/diarrhea within 72 hours to (319) 555-0700."
            + SIG_EPI
        ),
    ),
    Spec(
        phi=False,
        category="ph_west_nile_mosquito_pools",
        notes="Hard negative: West Nile virus mosquito pool results by trap location, no human case.",
        frm=f"Sanjay Patel REHS <spatel@{TCH}>",
        to="Vector Control <vector@lindenpark-city.org>",
        subject="WNV positive pools week 44 - traps 7 and 12",
        body=(
            "Hi,\n\nSHL results for week 44: 2 of 18 Culex pools positive for West Nile virus "
            "(trap 7, Riverside Park; trap 12, 14th Ave ditch). Minimum infection rate 3.1 per "
            "1,000. No human cases this season. Recommend one more adulticide pass at both sites "
            "before the frost.\n\nSanjay Patel, REHS"
        ),
    ),
    Spec(
        phi=False,
        category="ph_nedss_templates_zip",
        notes="ZIP of blank case report templates and a data dictionary, no patient data.",
        frm=f"Tom Becker <tbecker@{TCH}>",
        to="Infection Prevention <ip@mayfieldhospital.org>",
        subject="Reporting templates + data dictionary",
        body="As promised, the blank reporting templates and the CSV data dictionary for the upload.\n\nTom",
        atts=(
            Att(
                "TCHD_reporting_templates.zip",
                "application/zip",
                zipped(
                    {
                        "data_dictionary.csv": (
                            "field,type,required,notes\n"
                            "patient_last_name,string,Y,\n"
                            "patient_dob,date(YYYY-MM-DD),Y,\n"
                            "condition_code,SNOMED,Y,use RCTC value set\n"
                            "specimen_collected,date,Y,\n"
                        ),
                        "README.txt": "Blank templates. Do not email completed forms - upload via SFTP.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ph_forwarded_cdc_han",
        notes="Forwarded (rfc822) CDC HAN advisory on meningococcal disease, no patient.",
        frm=f"Dr. Harold Jansen <hjansen@{TCH}>",
        to="Clinicians <han@lists.tamarackcountyhealth.gov>",
        subject="Fwd: HAN Health Advisory: Increase in Invasive Serogroup Y Meningococcal Disease",
        body=(
            "Forwarding for awareness. No cases in Tamarack County this year. Please report "
            "suspected cases immediately by phone.\n\nHarold Jansen, MD, MPH"
        ),
        forward=HAN_FWD,
    ),
    Spec(
        phi=False,
        category="ph_flu_shot_question_reply_gmail",
        notes="Reply to a resident's gmail about where to get free flu shots, nothing about their health.",
        frm=f"Immunization Program <immunizations@{TCH}>",
        to="Dale Hutchins <dalehutchins61@gmail.com>",
        subject="Re: free flu shots?",
        body=(
            "Hi Dale,\n\nYes - free flu shots for adults without insurance are available at the "
            "health department walk-in clinic, Tuesdays and Thursdays 1-4 pm, 1400 Courthouse Sq. "
            "If you have Medicare or other insurance, any pharmacy will bill it with no copay. "
            "Bring your insurance card if you have one.\n\nImmunization Program\nTamarack County "
            "Health Department\n\n> Where can I get a free flu shot in town? Thanks, Dale"
        ),
    ),
    Spec(
        phi=False,
        category="ph_school_clinic_mou_rtf",
        notes="MOU (RTF) with the school district for school-located vaccination clinics, no student data.",
        frm=f"Ruth Okonkwo <rokonkwo@{TCH}>",
        to="Superintendent's Office <superintendent@lindenparkschools.org>",
        subject="MOU for school-located vaccine clinics 2026-27 - signature copy",
        body=(
            "Attached is the final MOU for signature. Legal approved the data-sharing clause (the "
            "district shares no student records; consent forms go directly to us).\n\nRuth Okonkwo"
        ),
        atts=(
            Att(
                "MOU_SLV_2026-27.rtf",
                "application/rtf",
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 "
                "{\\b Memorandum of Understanding - School-Located Vaccination Clinics}\\par\\par "
                "Between Tamarack County Health Department and Linden Park Community School "
                "District.\\par 1. The District provides space in 9 buildings, two clinic days "
                "each semester.\\par 2. TCHD provides vaccine, staff and consent forms; all "
                "records are held by TCHD.\\par 3. Term: 08/15/2026-06/30/2027.\\par}",
            ),
        ),
    ),
]
