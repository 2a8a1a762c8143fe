"""Wayfarer Travel Medicine: 15 PHI and 15 non-PHI outbound messages."""

from __future__ import annotations

import json

from _att import XLSX, encrypted_zip, pdf, xlsx
from _spec import EID, MCH, WTM, Att, Spec

_HL7_DENGUE = "\r".join(
    [
        "MSH|^~\\&|WTM_EHR|WAYFARER|ELR|METRO_CO_HD|202611121105||ORU^R01^ORU_R01|WTM26111200031|P|2.5.1",
        "PID|1||W0019385^^^WTM^MR||SANTOS^ISABELA^M||19870314|F|||905 PELHAM "
        "AVE^^RIVERTON^ST^40815||(555)017-6632",
        "OBR|1|WTMO5521|KLB22190|75377-2^Dengue virus NS1 Ag^LN|||202611101630",
        "OBX|1|CWE|75377-2^Dengue virus NS1 Ag [Presence] in "
        "Serum^LN||260373001^Detected^SCT||||||F",
        "NTE|1||Returned from Puerto Rico 11/06/2026; fever onset 11/08",
        "",
    ]
)

_FHIR_IMM = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "wtm-p-22871",
                    "name": [{"family": "Haddad", "given": ["Nadim", "Elias"]}],
                    "birthDate": "1979-10-02",
                    "address": [{"line": ["3320 Wren Hollow Dr"], "city": "Millbrook", "postalCode": "40822"}],  # noqa: E501
                }
            },
            {
                "resource": {
                    "resourceType": "Immunization",
                    "status": "completed",
                    "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "37",  # noqa: E501
                                                "display": "yellow fever"}]},
                    "patient": {"reference": "Patient/wtm-p-22871"},
                    "occurrenceDateTime": "2026-11-09",
                    "lotNumber": "UJ441A",
                }
            },
            {
                "resource": {
                    "resourceType": "Immunization",
                    "status": "completed",
                    "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "101",  # noqa: E501
                                                "display": "typhoid, ViCPs"}]},
                    "patient": {"reference": "Patient/wtm-p-22871"},
                    "occurrenceDateTime": "2026-11-09",
                    "lotNumber": "T2207",
                }
            },
        ],
    },
    indent=1,
)

_FHIR_TEST = json.dumps(
    {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "25",
                                    "display": "typhoid, oral"}]},
        "patient": {"display": "TEST, TRAVELER (synthetic registry test record - not a person)"},
        "occurrenceDateTime": "2026-01-01",
        "lotNumber": "TESTLOT",
        "note": [{"text": "IIS onboarding test message. Synthetic data only."}],
    },
    indent=1,
)

MESSAGES: list[Spec] = [
    # ---- PHI ----
    Spec(
        phi=True,
        category="pre-travel-summary-to-patient",
        notes=(
            "Pre-travel consult summary to a patient's gmail: trip, vaccines given, malaria "
            "prophylaxis prescription."
        ),
        frm=f"Dr. Ingrid Halvorsen <ihalvorsen@{WTM}>",
        to="kofi.mensah.travels@gmail.com",
        subject="Your travel visit summary - Ghana trip",
        body=(
            "Hi Kofi,\n\nGreat to see you today. Summary of your visit (11/9/2026) for your trip "
            "to Accra and\n"
            "Kumasi, Dec 12 - Jan 6:\n\n"
            "Vaccines given today: yellow fever (Stamaril), typhoid injection (Typhim Vi), "
            "hepatitis A #1.\n"
            "Malaria prevention: atovaquone-proguanil 250/100 mg, one tablet daily starting 1-2 "
            "days before\n"
            "arrival, daily during the trip, and 7 days after you return. Sent to your CVS on "
            "Elm.\n"
            "Travelers' diarrhea: azithromycin 1 g single dose as standby.\n\n"
            "Keep your yellow card with your passport; Ghana checks it on arrival.\n\n"
            "Safe travels,\nDr. Halvorsen\nWayfarer Travel Medicine\n"
        ),
    ),
    Spec(
        phi=True,
        category="icvp-pdf-attachment-only",
        notes=(
            "Hard positive: body is a one-line cover; the PDF holds the named patient's yellow "
            "fever certificate."
        ),
        frm=f"Wayfarer Front Desk <frontdesk@{WTM}>",
        to="mwanjiru.k@yahoo.com",
        subject="Your document",
        body="Hi, here is the scan you asked for. Have a great trip!\n",
        atts=(
            Att(
                "scan_0042.pdf",
                "application/pdf",
                pdf(
                    [
                        "WAYFARER TRAVEL MEDICINE - COPY OF INTERNATIONAL CERTIFICATE OF "
                        "VACCINATION",
                        "This is to certify that: Mercy Wanjiru Kamau",
                        "Date of birth: 21 August 1990   Sex: F   Nationality: USA",
                        "has on the date indicated been vaccinated against: Yellow fever",
                        "Date: 09 Nov 2026   Vaccine: Stamaril   Lot: UJ441A",
                        "Valid: from 19 Nov 2026 for the life of the person vaccinated",
                        "Official stamp: Wayfarer Travel Medicine YF Center ST-0117",
                    ],
                    "ICVP copy",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="post-travel-fever-referral",
        notes=(
            "Post-travel fever referral to the ID practice with name, DOB, travel history and "
            "suspected typhoid."
        ),
        frm=f"Dr. Ingrid Halvorsen <ihalvorsen@{WTM}>",
        to=f"referrals@{EID}",
        subject="Urgent referral - fever after India travel",
        body=(
            "Dear colleagues,\n\n"
            "Referring Arjun Bhattacharya, DOB 06/17/1983, returned 11/1 from Kolkata (VFR trip, "
            "no pre-travel\n"
            "visit, no typhoid vaccine). Fever to 39.4 C for 6 days, relative bradycardia, mild "
            "transaminitis.\n"
            "Malaria smears x3 negative. Blood cultures drawn 11/10, pending. Started "
            "azithromycin 1 g daily\n"
            "empirically for suspected enteric fever. Please see him this week; he can be "
            "reached at 555-017-2209.\n\n"
            "Ingrid Halvorsen, MD\nWayfarer Travel Medicine\n"
        ),
    ),
    Spec(
        phi=True,
        category="employer-vaccine-clearance",
        notes=(
            "Hard positive: clinic tells an employer's travel manager an employee's vaccinations "
            "and clearance."
        ),
        frm=f"Corporate Services <corporate@{WTM}>",
        to="travel.security@granitepeakmining.com",
        subject="Deployment clearance - H. Sato",
        body=(
            "Hello Ms. Draper,\n\nHaruto Sato (employee #GP-40917) completed his pre-deployment "
            "visit on 11/10.\n"
            "Received: yellow fever, typhoid, hepatitis A/B (Twinrix dose 2), rabies "
            "pre-exposure dose 1.\n"
            "Rabies dose 2 is due 11/17; he is cleared to travel to the DRC site after that dose.\n"
            "He is on doxycycline 100 mg daily for malaria prophylaxis.\n\n"
            "Wayfarer Corporate Services\n"
        ),
    ),
    Spec(
        phi=True,
        category="yf-waiver-letter-rtf",
        notes="Yellow fever medical waiver letter (RTF) naming a patient on immunosuppressants.",
        frm=f"Dr. Ingrid Halvorsen <ihalvorsen@{WTM}>",
        to="g.ferraro.1962@icloud.com",
        subject="Your yellow fever waiver letter",
        body=(
            "Dear Mr. Ferraro,\n\nAs discussed, the yellow fever vaccine is not safe with your "
            "current medicines.\n"
            "The signed waiver letter is attached; carry it with your passport.\n\nDr. Halvorsen\n"
        ),
        atts=(
            Att(
                "YF_medical_waiver.rtf",
                "application/rtf",
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22\n"
                "{\\b Wayfarer Travel Medicine - Medical Contraindication to Yellow Fever "
                "Vaccination}\\par\n"
                "Name: Giovanni Ferraro\\tab Date of birth: 05/03/1962\\tab Passport: "
                "5K8812049\\par\n"
                "The above person has a medical contraindication to yellow fever vaccine because "
                "of "
                "treatment with methotrexate and adalimumab for rheumatoid arthritis.\\par\n"
                "Travel: Brazil (Manaus), 12/02/2026 - 12/16/2026.\\par\n"
                "Ingrid Halvorsen, MD\\par\n}\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mission-trip-roster-csv",
        notes=(
            "Church mission group roster CSV with names, DOB and vaccines still due, sent to the "
            "trip leader."
        ),
        frm=f"Group Travel <groups@{WTM}>",
        to="pastor.dwayne@gracefellowshipriverton.org",
        subject="Honduras team - vaccine status",
        body=(
            "Pastor Dwayne,\n\nStatus for the team as of today (all members signed releases for "
            "you to receive\n"
            "this). Three still need typhoid; two need hepatitis A dose 1.\n\nWayfarer Group "
            "Travel\n"
        ),
        atts=(
            Att(
                "honduras_team_status.csv",
                "text/csv",
                "name,dob,hep_a,typhoid,tdap,malaria_rx,notes\n"
                "Brenda Oakes,1968-03-14,done,done,done,chloroquine,\n"
                "Caleb Oakes,2009-07-22,done,DUE,done,chloroquine,\n"
                "Lamar Fitzgerald,1975-11-30,DUE,DUE,done,chloroquine,asthma - carry inhaler\n"
                "Sun-hee Yoon,1991-02-08,done,done,done,chloroquine,\n"
                "Ruth Ann Pickett,1952-09-19,DUE,DUE,done,chloroquine,on warfarin - INR check "
                "before trip\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject-only-rabies-pep",
        notes=(
            "Hard positive: subject alone names the patient and rabies PEP day 7; body is a "
            "confirmation."
        ),
        frm=f"Nurse Line <nurse@{WTM}>",
        to=f"schedule@{WTM}",
        subject="Rabies PEP day 7 - Nguyen, Bao - Thurs 10am",
        body="Confirmed with him by phone. Please hold the 10:00 nurse slot.\n",
    ),
    Spec(
        phi=True,
        category="superbill-receipt-patient",
        notes="Itemized receipt with CPT codes and vaccines for a named patient at outlook.com.",
        frm=f"Wayfarer Billing <billing@{WTM}>",
        to="adaeze.nwosu@outlook.com",
        subject="Receipt for your insurance claim",
        body=(
            "Dear Adaeze Nwosu,\n\nBelow is your itemized receipt for submission to your "
            "insurer.\n\n"
            "Date of service: 11/06/2026   Account: WTM-118042\n"
            "99204 New patient consult, travel                 $210.00\n"
            "90717 Yellow fever vaccine                         $245.00\n"
            "90691 Typhoid Vi vaccine                           $125.00\n"
            "90471/90472 Administration x2                       $50.00\n"
            "Diagnosis: Z71.84 Health counseling for international travel\n"
            "Paid in full by card ending 4410.  Tax ID 84-2219076.\n\nWayfarer Travel Medicine\n"
        ),
    ),
    Spec(
        phi=True,
        category="vivotif-instructions-husband-aol",
        notes=(
            "Hard positive: nurse writes to a husband at aol.com about his wife's oral typhoid "
            "vaccine by first name."
        ),
        frm=f"Nurse Line <nurse@{WTM}>",
        to="garyandlinda.pratt@aol.com",
        subject="Re: Linda's capsules",
        body=(
            "Hi Gary,\n\nYes, Linda should take the Vivotif capsules on days 1, 3, 5 and 7, an "
            "hour before a\n"
            "meal, with a cool drink. Keep them in the fridge. Since she's on the amoxicillin "
            "for her tooth\n"
            "until Saturday, she should wait to start the capsules until 3 days after her last "
            "antibiotic dose.\n\n"
            "Nurse Tamsin, Wayfarer Travel Medicine\n\n"
            "> Linda lost the sheet you gave her. Is it every day or every other day?\n"
        ),
    ),
    Spec(
        phi=True,
        category="family-records-encrypted-zip",
        notes=(
            "Hard positive: password-protected ZIP of a family's vaccine records; the member file "
            "names carry names and DOBs, the body names nobody."
        ),
        frm=f"Wayfarer Front Desk <frontdesk@{WTM}>",
        to="okafor.family.home@gmail.com",
        subject="Records",
        body=(
            "Here are the records for all four of you, as requested. The file is password\n"
            "protected; we'll text you the password at the number on file.\n\nWayfarer Front Desk\n"
        ),
        atts=(
            Att(
                "records.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Okafor_Emeka_1980-04-11.txt": "Emeka Okafor DOB 1980-04-11\nYF 2019-06-03; Typhoid Vi 2026-11-05; MMR x2\n",  # noqa: E501
                        "Okafor_Ngozi_1983-12-01.txt": "Ngozi Okafor DOB 1983-12-01\nYF 2019-06-03; Typhoid Vi 2026-11-05; Hep B x3\n",  # noqa: E501
                        "Okafor_Chidera_2015-08-19.txt": "Chidera Okafor DOB 2015-08-19\nYF 2026-11-05; Typhoid Vi 2026-11-05; MMR x2\n",  # noqa: E501
                        "Okafor_Obinna_2018-02-27.txt": "Obinna Okafor DOB 2018-02-27\nYF 2026-11-05; Typhoid Vi 2026-11-05; MMR #2 due\n",  # noqa: E501
                    },
                    "Okafor1104",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fhir-immunization-to-registry",
        notes=(
            "Hard positive: FHIR transaction to the immunization registry with a named patient's "
            "YF and typhoid doses."
        ),
        frm=f"Registry Interface <iis@{WTM}>",
        to="iis-submissions@stateimmunization-registry.org",
        subject="IIS submission batch 20261109-03",
        body="Batch file attached per the onboarding agreement.\n",
        atts=(Att("iis_20261109_03.json", "application/fhir+json", _FHIR_IMM),),
    ),
    Spec(
        phi=True,
        category="malaria-smear-room-dob",
        notes=(
            "Hard positive: no name but room, DOB, travel and malaria smear result for one "
            "patient."
        ),
        frm=f"Clinic Lab <lab@{WTM}>",
        to=f"ihalvorsen@{WTM}",
        subject="smear room 4",
        body=(
            "Dr H - the returning traveler from Lagos in room 4 (DOB 2/9/1990): thick and thin "
            "smear\n"
            "negative x1, rapid antigen negative. Repeat due at 8 pm. CBC shows plt 98.\n"
        ),
    ),
    Spec(
        phi=True,
        category="ics-pre-travel-consult",
        notes="Calendar invite to a patient naming her consult and altitude medication discussion.",
        frm=f"Wayfarer Scheduling <schedule@{WTM}>",
        to="priya.raman.md@outlook.com",
        subject="Invitation: Pre-travel consult (Peru trek) with Dr. Halvorsen",
        body="Your appointment is confirmed. Please bring your vaccine records.\n",
        ics=(
            "BEGIN:VCALENDAR\nPRODID:-//Wayfarer//Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
            "BEGIN:VEVENT\nUID:wtm-consult-20261116-1@wayfarertravelmed.com\nDTSTAMP:20261109T160000Z\n"
            "DTSTART:20261116T153000Z\nDTEND:20261116T161500Z\n"
            "SUMMARY:Pre-travel consult - Priya Raman - Inca Trail, acetazolamide, YF not "
            "required\n"
            "DESCRIPTION:Patient reports sulfa allergy (rash) - review acetazolamide "
            "alternatives.\n"
            "LOCATION:Wayfarer Travel Medicine, 88 Commerce Pl\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
    ),
    Spec(
        phi=True,
        category="pharmacy-rx-clarification",
        notes=(
            "Prescription clarification to a pharmacy: patient name, DOB, mefloquine changed due "
            "to depression history."
        ),
        frm=f"Dr. Tobias Renner <trenner@{WTM}>",
        to="rxclarify@harborpharmacy.com",
        subject="Rx clarification",
        body=(
            "Harbor Pharmacy,\n\nRe: Sofia Marchetti, DOB 11/25/1996. Please cancel the "
            "mefloquine 250 mg weekly\n"
            "sent this morning; she has a history of depression on sertraline. Replace with "
            "doxycycline 100 mg\n"
            "daily, start 2 days before travel, continue 28 days after, #50. Called in by phone "
            "as well.\n\n"
            "Tobias Renner, MD, NPI: 1951548472\n"
        ),
    ),
    Spec(
        phi=True,
        category="hl7-dengue-report-to-county",
        notes=(
            "Hard positive: reportable dengue result as HL7 ORU to the county health department; "
            "body is generic."
        ),
        frm=f"Registry Interface <iis@{WTM}>",
        to=f"elr-intake@{MCH}",
        subject="ELR WTM26111200031",
        body="Reportable condition ELR attached.\n",
        atts=(Att("WTM26111200031.hl7", "application/hl7-v2", _HL7_DENGUE),),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="measles-travel-advisory-newsletter",
        notes=(
            "Hard negative: HTML-only travel newsletter on measles and yellow fever advisories; "
            "not segmented by condition."
        ),
        frm=f"Wayfarer News <news@{WTM}>",
        to="subscribers@lists.wayfarertravelmed.com",
        subject="Traveling for the holidays? Measles and yellow fever updates",
        body="",
        html=(
            "<html><body><h2>Holiday Travel Health Update</h2>"
            "<p><b>Measles</b> outbreaks continue in several countries. Adults born after 1957 "
            "without two "
            "documented MMR doses should get a dose before travel.</p>"
            "<p><b>Yellow fever</b>: Brazil and Colombia have expanded vaccination "
            "recommendations. "
            "Book at least 10 days before departure.</p>"
            "<p><a href=\"https://wayfarertravelmed.com/book\">Book a consult</a></p>"
            "<p style=\"font-size:10px\">Unsubscribe: "
            "wayfarertravelmed.com/unsubscribe</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="yf-vaccine-availability-partners",
        notes=(
            "Hard negative: yellow fever vaccine supply notice to partner clinics with doses and "
            "lot timing."
        ),
        frm=f"Dr. Ingrid Halvorsen <ihalvorsen@{WTM}>",
        to=f"aosei@{EID}",
        subject="Stamaril back in stock - referrals welcome",
        body=(
            "Hi Amara,\n\nWe received 60 doses of Stamaril this week, so we can take your yellow "
            "fever referrals\n"
            "again, including the immunocompromised consults where you want our opinion on "
            "contraindications.\n"
            "Typhoid Vi is also available; oral Vivotif remains on backorder until "
            "January.\n\nIngrid\n"
        ),
    ),
    Spec(
        phi=False,
        category="vaccine-distributor-remittance",
        notes=(
            "Hard negative: payment remittance to a vaccine distributor with lot numbers and "
            "invoice ids."
        ),
        frm=f"Accounts Payable <ap@{WTM}>",
        to="remittance@vaxdistributors.com",
        subject="Remittance advice - invoices 7731940, 7731952",
        body=(
            "Payment sent by ACH today:\n\n"
            "  Inv 7731940  Stamaril 10-dose, lot UJ441A, qty 6     $8,928.00\n"
            "  Inv 7731952  Typhim Vi 1-dose, lot T2207, qty 40     $3,960.00\n"
            "  Total                                                $12,888.00\n\n"
            "Wayfarer Travel Medicine Accounts Payable\n"
        ),
    ),
    Spec(
        phi=False,
        category="price-list-pdf",
        notes=(
            "Hard negative: vaccine price list PDF with vaccines and CPT-like pricing, no "
            "individual."
        ),
        frm=f"Wayfarer Front Desk <frontdesk@{WTM}>",
        to="hr@brightlinelogistics.com",
        subject="Price list for your traveling staff",
        body=(
            "Hello,\n\nAs requested, our current price list for corporate clients is "
            "attached.\n\nFront Desk\n"
        ),
        atts=(
            Att(
                "Wayfarer_prices_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "WAYFARER TRAVEL MEDICINE - 2026 SELF-PAY PRICES",
                        "Pre-travel consultation (30 min)               $165",
                        "Yellow fever vaccine (Stamaril)                $245",
                        "Typhoid injection (Typhim Vi)                  $125",
                        "Oral typhoid (Vivotif), when available          $95",
                        "Hepatitis A, per dose                          $105",
                        "Rabies pre-exposure, per dose                  $420",
                        "Japanese encephalitis (Ixiaro), per dose       $370",
                        "Corporate accounts: 10% discount, invoiced monthly",
                    ],
                    "Prices",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="corporate-flu-clinic-proposal",
        notes="Business proposal for an on-site flu clinic.",
        frm=f"Corporate Services <corporate@{WTM}>",
        to="facilities@brightlinelogistics.com",
        subject="Proposal: on-site flu clinic, week of Dec 7",
        body=(
            "Hi Carl,\n\nWe can run two on-site flu clinic sessions at your warehouse (Dec 8 and "
            "Dec 10, 6-10 am)\n"
            "with two nurses. Pricing: $38 per shot, minimum 60 shots per session. We bill "
            "insurance where\n"
            "possible and send you only a count of shots given, never names.\n\nMichaela "
            "Stroud\nCorporate Services\n"
        ),
    ),
    Spec(
        phi=False,
        category="malaria-country-table-xlsx",
        notes=(
            "Hard negative: two-sheet reference workbook on malaria prophylaxis and vaccines by "
            "country."
        ),
        frm=f"Dr. Tobias Renner <trenner@{WTM}>",
        to=f"clinicians@{WTM}",
        subject="Updated country reference table (Nov 2026)",
        body=(
            "Updated table attached; Ethiopia and Peru rows changed. Please delete older "
            "copies.\n\nTobias\n"
        ),
        atts=(
            Att(
                "country_reference_Nov2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Malaria": [
                            ["Country", "Risk areas", "Prophylaxis", "Resistance"],
                            ["Ghana", "All", "A/P, doxycycline, mefloquine", "Chloroquine"],
                            ["India", "Varies by state", "A/P, doxycycline", "Chloroquine"],
                            ["Peru", "Amazon lowlands", "A/P, doxycycline", "Chloroquine"],
                            ["Honduras", "Gracias a Dios, Islas", "Chloroquine, A/P", "None"],
                        ],
                        "Vaccines": [
                            ["Country", "Yellow fever", "Typhoid", "Rabies PrEP"],
                            ["Ghana", "Required", "Recommended", "Consider"],
                            ["Brazil", "Recommended most areas", "Recommended", "Consider"],
                            ["Ethiopia", "Recommended", "Recommended", "Consider"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="nurse-roster-december",
        notes="Staff schedule with nurse names and shifts.",
        frm=f"Clinic Manager <manager@{WTM}>",
        to=f"nursing@{WTM}",
        subject="December nurse schedule",
        body=(
            "December schedule:\n"
            "  Mon/Wed  Tamsin Rhodes, Gabriel Osei-Bonsu\n"
            "  Tue/Thu  Lorena Villalobos, Tamsin Rhodes\n"
            "  Fri      Gabriel Osei-Bonsu\n"
            "  Sat (Dec 5, 12, 19) Lorena Villalobos 9-1\n"
            "Swaps through me please. Closed 12/24-12/26.\n\nMichelle\n"
        ),
    ),
    Spec(
        phi=False,
        category="webinar-registration",
        notes="Training webinar registration for clinicians.",
        frm=f"Dr. Tobias Renner <trenner@{WTM}>",
        to="registration@istm-webinars.org",
        subject="Registration: Travel medicine webinar series, Jan-Mar 2027",
        body=(
            "Please register the following clinicians for the three-part webinar series, group "
            "rate:\n"
            "Ingrid Halvorsen, MD; Tobias Renner, MD; Tamsin Rhodes, RN.\n"
            "Invoice to ap@wayfarertravelmed.com.\n\nThanks,\nTobias Renner\n"
        ),
    ),
    Spec(
        phi=False,
        category="yf-center-designation-npi-dea",
        notes=(
            "Hard negative: yellow fever vaccination centre renewal with clinician NPI and DEA "
            "numbers."
        ),
        frm=f"Clinic Manager <manager@{WTM}>",
        to="yfcenters@statehealthservices.org",
        subject="Yellow fever vaccination center renewal - ST-0117",
        body=(
            "Dear State Coordinator,\n\nRenewal for designated yellow fever vaccination center "
            "ST-0117.\n"
            "Supervising physician: Ingrid Halvorsen, MD, NPI: 1829162704, DEA MH5067308.\n"
            "Alternate: Tobias Renner, MD, NPI: 1951548472.\n"
            "Storage: pharmacy-grade refrigerator with continuous logger. Doses administered in "
            "2026: 412.\n\n"
            "Michelle Arceneaux\nClinic Manager\n"
        ),
    ),
    Spec(
        phi=False,
        category="fhir-iis-test-record",
        notes=(
            "Hard negative: FHIR Immunization for a synthetic TEST, TRAVELER record during "
            "registry onboarding."
        ),
        frm=f"Registry Interface <iis@{WTM}>",
        to="iis-onboarding@stateimmunization-registry.org",
        subject="Onboarding test message #2 (synthetic)",
        body=(
            "Hello IIS onboarding team,\n\nTest message 2 attached. It contains only the "
            "synthetic test patient\n"
            "you assigned (TEST, TRAVELER). Please confirm it validated in your test "
            "environment.\n\nRegistry Interface\n"
        ),
        atts=(Att("onboarding_test_2.json", "application/fhir+json", _FHIR_TEST),),
    ),
    Spec(
        phi=False,
        category="destinations-aggregate-csv",
        notes=(
            "Hard negative: annual aggregate of destinations and vaccine doses; no individual "
            "rows."
        ),
        frm=f"Clinic Manager <manager@{WTM}>",
        to="owners@wayfarertravelmed.com",
        subject="2026 year-to-date volumes",
        body=(
            "YTD volumes attached. Consults up 18%; yellow fever doses up 40% after the Brazil "
            "advisory.\n"
        ),
        atts=(
            Att(
                "ytd_volumes.csv",
                "text/csv",
                "region,consults,yellow_fever,typhoid,rabies_prep,malaria_rx\n"
                "Sub-Saharan Africa,612,298,401,77,560\n"
                "South Asia,488,0,455,51,210\n"
                "South America,377,114,190,40,95\n"
                "Southeast Asia,351,0,260,88,120\n"
                "Central America/Caribbean,296,0,188,12,64\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="cold-chain-logger",
        notes="Hard negative: vaccine fridge logger serial and excursion report, no patients.",
        frm=f"Clinic Manager <manager@{WTM}>",
        to="vfc-coordinator@statehealthservices.org",
        subject="Cold chain excursion - no vaccine loss",
        body=(
            "Logger SN 41-77320 recorded 8.4 C for 22 minutes on 11/8 during a power blip. Per "
            "manufacturer\n"
            "guidance all vaccines (Stamaril, Typhim Vi, Havrix, Imovax) remain usable; no doses "
            "discarded.\n"
            "Data file on request.\n\nMichelle Arceneaux\n"
        ),
    ),
    Spec(
        phi=False,
        category="price-inquiry-reply-gmail",
        notes=(
            "Hard negative: reply to a member of the public at gmail with prices and hours; "
            "nothing about the person's health."
        ),
        frm=f"Wayfarer Front Desk <frontdesk@{WTM}>",
        to="jlmcallister88@gmail.com",
        subject="Re: price question",
        body=(
            "Hi there,\n\nThanks for reaching out. The typhoid injection is $125 and the consult "
            "is $165. We don't\n"
            "bill insurance directly but can give you a receipt. Walk-ins are not available; "
            "book online at\n"
            "wayfarertravelmed.com/book. We're open Mon-Fri 8-5 and Saturdays 9-1.\n\nWayfarer "
            "Front Desk\n\n"
            "> Hi, I'm comparing clinics for our church group. how much is the typhoid shot and\n"
            "> do you take walk ins\n"
        ),
    ),
    Spec(
        phi=False,
        category="phishing-simulation-notice",
        notes="IT security awareness notice.",
        frm=f"IT Support <it@{WTM}>",
        to=f"allstaff@{WTM}",
        subject="Reminder: report suspicious emails",
        body=(
            "We've seen fake 'vaccine shipment delayed' emails this week. Don't click links; use "
            "the Report\n"
            "button in Outlook. Our own phishing simulation runs later this month.\n\nIT Support\n"
        ),
    ),
    Spec(
        phi=False,
        category="quarterly-revenue-summary",
        notes="Executive financial summary.",
        frm=f"Owner <owner@{WTM}>",
        to="accountant@lindquistcpa.com",
        subject="Q3 numbers",
        body=(
            "Hi Bea,\n\nQ3: revenue $612,400 (vaccines 58%, consults 31%, corporate 11%). "
            "Payroll $241,000.\n"
            "Vaccine COGS $198,500. We'd like to discuss buying the second freezer before year "
            "end.\n\nNora\n"
        ),
    ),
]
