"""Outbound mail of the Cobalt County Public Health contact tracing unit (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import CPH, Att, Spec

CT = f"Cobalt County Contact Tracing <contacttracing@{CPH}>"
EPI = f"Cobalt County Epidemiology <epi@{CPH}>"
DIS = f"Disease Intervention Specialist <dis@{CPH}>"
SIG = "\n\nCobalt County Public Health | Communicable Disease Unit\n901 Courthouse Sq, 2nd floor | 555-0120\nCONFIDENTIAL: intended only for the named recipient."

ICS_ISO = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CobaltPH//CT//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:cph-ct-0317-22@cobaltcountyph.gov\r\nDTSTART:20260320T150000Z\r\nDTEND:20260320T151500Z\r\n"
    "SUMMARY:Day-10 measles quarantine check-in call\r\n"
    "DESCRIPTION:Contact: Hamid Rezaei\\, exposed 3/10 at Millbrook urgent care waiting room\\, no MMR record. Phone 555-0134.\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

ICS_TRAIN = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CobaltPH//CT//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:cph-train-0324@cobaltcountyph.gov\r\nDTSTART:20260324T140000Z\r\nDTEND:20260324T160000Z\r\n"
    "SUMMARY:Contact tracer onboarding - interview skills\r\nLOCATION:Annex training room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

FHIR_CASE = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "message",
        "entry": [
            {
                "resource": {
                    "resourceType": "MessageHeader",
                    "eventCoding": {"code": "eicr-case-notification"},
                }
            },
            {
                "resource": {
                    "resourceType": "Patient",
                    "name": [{"family": "Lindqvist", "given": ["Astrid"]}],
                    "birthDate": "2019-08-03",
                    "address": [
                        {"line": ["64 Heron Way"], "city": "Eastbrook", "postalCode": "40882"}
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "code": {"text": "Pertussis (A37.00)"},
                    "onsetDateTime": "2026-03-05",
                }
            },
        ],
    },
    indent=1,
)

FHIR_MEASURE = json.dumps(
    {
        "resourceType": "MeasureReport",
        "status": "complete",
        "type": "summary",
        "period": {"start": "2026-03-01", "end": "2026-03-14"},
        "group": [
            {
                "code": {"text": "Measles contacts traced"},
                "population": [
                    {"code": {"text": "contacts"}, "count": 214},
                    {"code": {"text": "reached within 72h"}, "count": 188},
                ],
            }
        ],
    },
    indent=1,
)

HL7_TB = (
    "MSH|^~\\&|COBALTPH|CPH|MILLBROOKGEN|LAB|20260318110000||ORM^O01|CPH0318A|P|2.5.1\r"
    "PID|1||CPH-TB-2026-0117^^^CPH^PI||Mbeki^Thandiwe||19860412|F|||12 Alder Ct^^Millbrook^ST^40871\r"
    "ORC|NW|CPH0318A\r"
    "OBR|1|CPH0318A||71774-4^Mycobacterium tuberculosis stimulated gamma interferon^LN|||20260318|||||Contact to active pulmonary TB case\r"
)

_INNER_CASE = Spec(
    True,
    "Original hospital case report",
    "Inner hospital report.",
    "Infection Prevention <ip@millbrookgeneral.org>",
    f"epi@{CPH}",
    "Reportable: Legionella",
    "Reporting Legionnaires' disease: Walter Greenhalgh, 71, admitted 3/14 to ICU, urine antigen positive. Lives at Maple Court Senior Apartments.",
)

MESSAGES = [
    Spec(
        True,
        "Measles exposure notice to contact's personal email",
        "Named contact told he was exposed to measles and must quarantine (health info about the contact).",
        CT,
        "hamid.rezaei@gmail.com",
        "Important health notice from Cobalt County Public Health",
        "Dear Mr. Hamid Rezaei,\n\nYou were identified as exposed to measles at Millbrook Urgent Care on March 10 between 2 and 5 pm. We found no record of MMR vaccination for you. Please stay home through March 31 and call us right away if you develop fever or rash. We will call you on day 10.\n\nTracer Olivia Banks"
        + SIG,
        ics=ICS_ISO,
    ),
    Spec(
        False,
        "Public measles exposure location press release",
        "Hard negative: public exposure sites and times with no individual named.",
        f"Cobalt County PIO <pio@{CPH}>",
        "newsdesk@millbrookcourier.com",
        "PRESS RELEASE: Measles exposure locations",
        "Cobalt County Public Health has confirmed one case of measles in an adult resident. Anyone at these locations may have been exposed: Millbrook Urgent Care, March 10, 2-5 pm; Eastbrook Library, March 11, 10 am-1 pm. Check your MMR status.",
    ),
    Spec(
        True,
        "Pertussis eCR FHIR bundle to state",
        "Hard positive: child's name, DOB, address and pertussis only inside the FHIR attachment.",
        EPI,
        "ecr@statehealth-st.gov",
        "eCR resend 2026-0317-04",
        "Resending the attached; the first one failed schema validation.",
        atts=(Att("ecr_0317_04.json", "application/fhir+json", FHIR_CASE),),
    ),
    Spec(
        False,
        "FHIR MeasureReport of tracing performance",
        "Hard negative: FHIR summary MeasureReport with aggregate counts only.",
        EPI,
        "metrics@statehealth-st.gov",
        "Biweekly tracing metrics",
        "Attached MeasureReport for 3/1-3/14.",
        atts=(Att("measure_0314.json", "application/fhir+json", FHIR_MEASURE),),
    ),
    Spec(
        True,
        "HL7 IGRA order for TB contact",
        "HL7 order with contact's name, DOB, address and TB IGRA test for contact investigation.",
        f"TB Control <tbcontrol@{CPH}>",
        "labinterface@millbrookgeneral.org",
        "Order CPH0318A",
        "Order attached. Draw at your outpatient lab; bill Cobalt County PH.",
        atts=(Att("CPH0318A.hl7", "application/hl7-v2", HL7_TB),),
    ),
    Spec(
        True,
        "Letter to school nurse naming excluded student",
        "Named child excluded from school due to pertussis exposure (health info).",
        CT,
        "nurse@eastbrookmiddle.org",
        "Exclusion: pertussis contact",
        "Ms. Ferreira,\n\nPlease exclude Oliver Lindqvist (grade 7) until he completes 5 days of azithromycin prophylaxis (through March 21). His sister is a confirmed pertussis case. Do not share the reason with classmates.\n\nRegards,\nDeb Harkness, RN"
        + SIG,
    ),
    Spec(
        False,
        "School-wide pertussis letter template",
        "Hard negative: generic parent letter about a pertussis case in the school; no child identified.",
        CT,
        "principal@eastbrookmiddle.org",
        "Parent letter - please send today",
        "Dear Parents and Guardians,\n\nA student at Eastbrook Middle School has been diagnosed with pertussis (whooping cough). Watch your child for cough lasting more than a week. Check that vaccines, including Tdap at age 11, are up to date.\n\nCobalt County Public Health",
        atts=(
            Att(
                "parent_letter_pertussis.docx",
                DOCX,
                docx(
                    [
                        "Cobalt County Public Health",
                        "Dear Parents and Guardians,",
                        "A student has been diagnosed with pertussis.",
                        "Please check your child's Tdap status.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        True,
        "Syphilis partner services field record",
        "Hard positive: DIS field record abbreviations (IP, P1, 710) with names and addresses.",
        DIS,
        "dis.supervisor@statehealth-st.gov",
        "FR 26-0441 closeout",
        "IP: Marcus Hale, 29, dx 710 (sec syph) 3/9.\nP1: Devin Okoro, 417 W 5th St Apt 2 - located 3/13, tx'd BPG 2.4MU same day, disp A.\nP2: 'J' (Grindr handle only) - unable to locate, disp H.\nClosing.",
    ),
    Spec(
        False,
        "Syphilis aggregate surveillance table",
        "Hard negative: quarterly counts of syphilis by stage and ZIP3.",
        EPI,
        "board@cobaltcountyhealthboard.org",
        "Q4 STI surveillance brief",
        "Attached: Q4 2025 STI summary. Primary/secondary syphilis up 18% year over year; 2 congenital syphilis cases (aggregate).",
        atts=(
            Att(
                "Q4_STI.xlsx",
                XLSX,
                xlsx(
                    {
                        "Syphilis": [
                            ["Stage", "Q4 2024", "Q4 2025"],
                            ["Primary/secondary", 22, 26],
                            ["Early latent", 31, 35],
                            ["Congenital", 1, 2],
                        ],
                        "Gonorrhea": [["Sex", "Cases"], ["Female", 144], ["Male", 201]],
                        "Notes": [["Note"], ["Counts under 5 suppressed where needed"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "Multi-sheet contact list to outbreak partner",
        "Workbook of named contacts with phones and exposure/symptom status sent to nursing home partner.",
        EPI,
        "don@maplecourtsenior.com",
        "Legionella investigation - resident list back to you",
        "Thanks for the list. We've added test results; please return the second tab once you have cooling tower records.",
        atts=(
            Att(
                "legionella_maplecourt.xlsx",
                XLSX,
                xlsx(
                    {
                        "Residents": [
                            ["Name", "Unit", "Symptoms", "Urine Ag"],
                            ["Walter Greenhalgh", "3B", "pneumonia - hospitalised", "POS"],
                            ["Edna Forsythe", "2A", "cough", "NEG"],
                            ["Ruben Castellanos", "4C", "none", "pending"],
                        ],
                        "Building": [["Item", "Status"], ["Cooling tower log", "requested"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "Forwarded hospital Legionella report to environmental health",
        "Forward of a hospital case report naming the patient and his diagnosis.",
        EPI,
        f"envhealth@{CPH}",
        "FW: Reportable: Legionella",
        "Mike - this is the index case. Can you schedule sampling at Maple Court this week?",
        forward=_INNER_CASE,
    ),
    Spec(
        False,
        "Environmental sampling request to lab",
        "Hard negative: water sampling request for a building; no person named.",
        f"Environmental Health <envhealth@{CPH}>",
        "samples@keystoneenvirolab.com",
        "Legionella water sampling - Maple Court Senior Apartments",
        "Please send a technician Thursday for 8 water samples and 2 cooling tower samples at 1200 Maple Ct. PO 26-3381.",
    ),
    Spec(
        False,
        "Contact tracer onboarding invite",
        "Staff training invite; no health data.",
        f"Training <training@{CPH}>",
        f"newtracers@{CPH}",
        "Onboarding - interview skills",
        "Welcome! Your first session is below. Bring your laptop and badge.",
        ics=ICS_TRAIN,
    ),
    Spec(
        True,
        "Isolation release letter to employer",
        "Hard positive: letter to employer's HR saying named worker may end isolation, implying he had a notifiable disease.",
        CT,
        "hr@fairviewfoodsprocessing.com",
        "Isolation release - Alonso Pereira",
        "To whom it may concern: Alonso Pereira (employee #40877) has been released from public health isolation effective March 19 and may return to food-handling duties. Two negative stool cultures documented.\n\nCobalt County Public Health",
    ),
    Spec(
        False,
        "Food handler exclusion guidance to employers",
        "Hard negative: general guidance on salmonella/shigella exclusion rules; no person.",
        f"Environmental Health <envhealth@{CPH}>",
        "owners@cobaltrestaurantassoc.org",
        "Updated food handler exclusion guidance",
        "Attached is the 2026 guide. Food workers with Shigella, Salmonella Typhi, STEC or hepatitis A must be excluded until cleared by the health department.",
        atts=(
            Att(
                "food_handler_guidance_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "COBALT COUNTY PUBLIC HEALTH",
                        "Food handler exclusion guidance 2026",
                        "Exclude workers with: Shigella, STEC, Salmonella Typhi, Hepatitis A, Norovirus",
                    ],
                    "Food handler guidance",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "Shigella outbreak line list PDF to state epidemiologist",
        "PDF line list with case names, ages and onset dates.",
        EPI,
        "outbreaks@statehealth-st.gov",
        "Outbreak 2026-COB-03 line list",
        "Line list as of this morning attached; 3 new cases since yesterday.",
        atts=(
            Att(
                "line_list_COB03.pdf",
                "application/pdf",
                pdf(
                    [
                        "COBALT COUNTY PUBLIC HEALTH - OUTBREAK 2026-COB-03 (Shigella sonnei)",
                        "Case 1: Nadia Ferro, 34, onset 3/8, hospitalised",
                        "Case 2: Liam Ferro, 6, onset 3/9",
                        "Case 3: Bettina Kowal, 52, onset 3/11",
                    ],
                    "Line list",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "TB blood test result to contact's personal mailbox",
        "Hard positive: first-name greeting to personal mailbox with positive TB blood test result and next step.",
        f"TB Control <tbcontrol@{CPH}>",
        "thandi.mbeki86@yahoo.com",
        "Your test",
        "Hi Thandiwe, your blood test for TB exposure came back positive. This usually means sleeping (latent) infection, not active TB. We booked a chest x-ray Monday 9am at Millbrook General. Call Priya at 555-0127 with questions.",
    ),
    Spec(
        False,
        "TB contact investigation protocol to partners",
        "Hard negative: protocol document with example field names (Name, DOB, IGRA result) but no data.",
        f"TB Control <tbcontrol@{CPH}>",
        "ip@millbrookgeneral.org",
        "Revised contact investigation protocol",
        "The revised protocol is attached. Section 4 lists the data fields we need for each contact (Name, DOB, phone, exposure hours, IGRA result).",
        atts=(
            Att(
                "TB_CI_protocol_v3.docx",
                DOCX,
                docx(
                    [
                        "Cobalt County TB Contact Investigation Protocol v3",
                        "Section 4: Contact data fields",
                        "Name | DOB | Phone | Exposure hours | IGRA result | CXR date",
                        "Prioritise household and children under 5.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Weekly respiratory virus dashboard HTML",
        "HTML-only aggregate dashboard of flu/COVID/RSV counts.",
        EPI,
        "partners@cobaltcountyhealthcoalition.org",
        "Respiratory virus weekly - week 11",
        "",
        html="<html><body><h3>Week 11</h3><table><tr><th>Virus</th><th>Positives</th></tr><tr><td>Influenza A</td><td>86</td></tr><tr><td>COVID-19</td><td>41</td></tr><tr><td>RSV</td><td>19</td></tr></table><p>ED visits for ILI: 3.1%</p></body></html>",
    ),
    Spec(
        True,
        "HTML-only hepatitis A vaccine invitation to exposed diner",
        "Hard positive: HTML-only mail to personal inbox naming the diner as exposed to hepatitis A and offering post-exposure vaccine.",
        CT,
        "g.papadakis@hotmail.com",
        "Action needed by Friday",
        "",
        html="<html><body><p>Dear Georgios Papadakis,</p><p>Our records show you ate at <b>Lantern Bistro</b> on March 9, where a food worker was later diagnosed with <b>hepatitis A</b>. You are eligible for a free post-exposure vaccine dose until <b>March 23</b>. Walk in at 901 Courthouse Sq.</p></body></html>",
    ),
    Spec(
        False,
        "Hepatitis A PEP clinic public flyer",
        "Hard negative: public flyer about free hepatitis A vaccine for restaurant patrons; no named individual.",
        f"Cobalt County PIO <pio@{CPH}>",
        "manager@lanternbistro.com",
        "Flyer to post at your entrance",
        "Please post the attached flyer. It does not name your employee.",
        atts=(Att("hepA_flyer.png", "image/png", png(8, 6, (30, 90, 200))),),
    ),
    Spec(
        True,
        "Mpox contact monitoring spreadsheet zip to state",
        "Zip with CSV of mpox contacts' names, phones and vaccine doses.",
        EPI,
        "mpox@statehealth-st.gov",
        "Mpox contacts - JYNNEOS given",
        "Zipped as requested.",
        atts=(
            Att(
                "mpox_contacts.zip",
                "application/zip",
                zipped(
                    {
                        "contacts.csv": "name,phone,exposure_date,jynneos_dose1\nElliot Farraday,555-0151,2026-03-07,2026-03-10\nNoor Haddad,555-0152,2026-03-08,2026-03-11\n"
                    }
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Tracing software export template zip to vendor",
        "Hard negative: zip of empty import templates with headers only; no rows.",
        f"IT Support <it@{CPH}>",
        "support@tracewisesoftware.com",
        "Import templates for case ticket 7721",
        "Attached are the blank templates our staff use; the import fails on the second one.",
        atts=(
            Att(
                "templates.zip",
                "application/zip",
                zipped(
                    {
                        "cases_template.csv": "case_id,first_name,last_name,dob,disease,onset\n",
                        "contacts_template.csv": "contact_id,case_id,name,phone,exposure_date\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "Subject-only diagnosis to relative",
        "Hard positive: diagnosis appears only in the subject alongside the child's name; body is logistics.",
        CT,
        "mrs.lindqvist@gmail.com",
        "Astrid - pertussis follow-up",
        "Hi Mrs. Lindqvist, I'll call tomorrow around 10 to check how everyone at home is doing and whether the pharmacy filled the prescriptions for the family. - Deb",
    ),
    Spec(
        False,
        "Reply to resident asking about tick-borne disease",
        "Hard negative: personal mailbox, general Lyme prevention info; the resident disclosed nothing about herself.",
        f"Cobalt County Public Health Info <info@{CPH}>",
        "birdwatcher.jen@gmail.com",
        "RE: ticks at Cobalt Lake trail",
        "Thanks for writing. Blacklegged ticks are active from April. Use repellent, check for ticks after hikes, and remove them within 24 hours. Our free tick ID service is at the front desk."
        + SIG,
    ),
    Spec(
        True,
        "Rabies PEP coordination with emergency department",
        "Named bite victim with rabies post-exposure prophylaxis schedule.",
        f"Zoonoses <zoonoses@{CPH}>",
        "edcharge@millbrookgeneral.org",
        "Rabies PEP days 3/7/14 - Kayla Brennan",
        "Kayla Brennan (DOB 2002-10-17) was bitten by a bat at home 3/15. RIG and vaccine dose 1 given in your ED 3/16. Please schedule vaccine days 3, 7 and 14. Bat tested negative pending - we'll tell you if we stop PEP.",
    ),
    Spec(
        False,
        "Animal bite report form blank",
        "Blank bite report form sent to veterinary clinic.",
        f"Zoonoses <zoonoses@{CPH}>",
        "frontdesk@eastbrookvet.com",
        "Bite report form",
        "Here is the current form. Fax to 555-0129 or reply by email.",
        atts=(
            Att(
                "bite_report_blank.txt",
                "text/plain",
                "ANIMAL BITE REPORT\nVictim name:\nDate of bite:\nAnimal species:\nOwner:\nRabies vaccination status of animal:\n",
            ),
        ),
    ),
    Spec(
        False,
        "Contact tracer job posting",
        "Hard negative: job ad for contact tracer describing TB/STI interviews; no individual.",
        f"Human Resources <hr@{CPH}>",
        "postings@govjobsmidwest.org",
        "Job: Disease Intervention Specialist I",
        "Cobalt County seeks a DIS to interview people diagnosed with syphilis, HIV and TB, locate partners and link them to care. Bilingual Spanish preferred. $52,400-$61,900.",
    ),
    Spec(
        True,
        "Congenital syphilis prevention alert to OB",
        "Hard positive: pregnant patient identified by initials, DOB and clinic MRN with untreated syphilis.",
        DIS,
        "dr.mathis@cobaltwomenshealth.com",
        "urgent - your pt M.R.",
        "Dr. Mathis, your patient M.R. (DOB 1/22/2001, your MRN CWH-448210), 24 wks, has RPR 1:32 reactive from 3/12 and we can't reach her. Can your office bring her in for Bicillin this week? We'll send DIS with her if needed.",
    ),
    Spec(
        False,
        "Health alert network message to clinicians",
        "Hard negative: HAN advisory on congenital syphilis rates and testing recommendations; aggregate only.",
        EPI,
        "han@cobaltcountyclinicians.org",
        "HAN Advisory: congenital syphilis",
        "Cobalt County recorded 2 congenital syphilis cases in 2025 (0 in 2024). Test all pregnant patients at first visit, 28 weeks and delivery. Treat with benzathine penicillin G.",
    ),
    Spec(
        True,
        "Court-ordered TB record to court clerk",
        "Court-ordered release of a named person's TB investigation record and IGRA result.",
        f"Legal Counsel <counsel@{CPH}>",
        "docket@harwoodcountycourt.gov",
        "Case 26-CV-0091 - court-ordered records",
        "Per the court order of March 4, enclosed is the TB investigation record for Thandiwe Mbeki, limited to the items listed in the order.",
        atts=(
            Att(
                "Mbeki_TB_record.pdf",
                "application/pdf",
                pdf(
                    [
                        "COBALT COUNTY PUBLIC HEALTH - TB CONTROL",
                        "Record: Thandiwe Mbeki, DOB 04/12/1986",
                        "Contact of active pulmonary TB case; IGRA positive 3/19/2026; CXR normal; LTBI",
                    ],
                    "TB record",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "Vendor invoice for tracing call center",
        "Call-centre invoice with call volume only.",
        f"Finance <finance@{CPH}>",
        "ar@callbridgeservices.com",
        "Invoice 2026-0219 approved",
        "Invoice 2026-0219 for 3,112 outbound calls ($18,672.00) is approved and will be paid net-30. PO 26-2201.",
    ),
    Spec(
        True,
        "Interjurisdictional TB referral to another county",
        "Named contact moving counties with latent TB treatment details.",
        f"TB Control <tbcontrol@{CPH}>",
        "tb@harwoodcountyhealth.gov",
        "Interjurisdictional referral",
        "Contact Lian Zhou (DOB 1994-02-09) moved to 8 Wren St, Harwood, 3/14. On 3HP week 5 of 12, tolerating well. Please pick up DOT. Our file attached.",
        atts=(
            Att(
                "IJN_Zhou.txt",
                "text/plain",
                "IJN REFERRAL\nName: Lian Zhou\nDOB: 1994-02-09\nRegimen: 3HP (isoniazid/rifapentine weekly)\nDoses given: 5/12\n",
            ),
        ),
    ),
    Spec(
        False,
        "De-identified case map image to council",
        "Hard negative: choropleth PNG by ZIP3 region; no individual.",
        EPI,
        "clerk@cobaltcountycouncil.gov",
        "Map for Tuesday's briefing",
        "Heat map of measles contacts by region attached; counts only, no addresses.",
        atts=(Att("measles_regions.png", "image/png", png(10, 10, (220, 120, 60))),),
    ),
    Spec(
        True,
        "CSV of HIV cluster members to state for linkage",
        "Hard positive: CSV with no header of names and molecular cluster ID for HIV linkage to care.",
        DIS,
        "hivsurv@statehealth-st.gov",
        "cluster 2026-004 linkage list",
        "Remaining unlinked members below.",
        atts=(
            Att(
                "c004.csv",
                "text/csv",
                "Jaylen Brooks,C2026-004,not in care since 2024\nOmar Said,C2026-004,new dx 2/2026\n",
            ),
        ),
    ),
    Spec(
        False,
        "Staff flu vaccine compliance aggregate",
        "Hard negative: staff vaccination rate notice with no individual.",
        f"Human Resources <hr@{CPH}>",
        f"allstaff@{CPH}",
        "Flu vaccine: we hit 92%",
        "Thank you! 92% of department staff received flu vaccine this season. Declination forms are due by March 31 for the remainder.",
    ),
    Spec(
        False,
        "Meeting notes on tracing workload",
        "Internal meeting notes on caseload counts; no case named.",
        f"Olivia Banks <obanks@{CPH}>",
        f"ctteam@{CPH}",
        "Notes from Monday huddle",
        "- 47 open measles contacts, 12 overdue day-5 calls\n- Shigella outbreak: 3 new, interviews pending\n- Need 2 more Spanish speakers on evening shift\n- Reminder: never leave disease name in voicemails",
    ),
]
