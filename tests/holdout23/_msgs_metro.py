"""Metro County Sexual Health Clinic: 15 PHI and 15 non-PHI outbound messages."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import EID, MCH, MCH_NOTICE, Att, Spec

MESSAGES: list[Spec] = [
    # ---- PHI ----
    Spec(
        phi=True,
        category="partner-services-locate-contact",
        notes=(
            "Disease intervention specialist asks a neighbouring county to locate a named "
            "syphilis contact with phone and address."
        ),
        frm=f"Marisol Vega <marisol.vega@{MCH}>",
        to="dis-team@lakeshorecountyhealth.org",
        subject="Out-of-jurisdiction contact - please initiate",
        body=(
            "Hi Lakeshore DIS,\n\n"
            "Please initiate on a named partner from one of our early syphilis interviews:\n\n"
            "  Contact: Jerome Tillman, approx 30 y/o M\n  Phone: 555-016-3382\n"
            "  Address: 77 Canal St Apt 4, Port Ellis (your jurisdiction)\n"
            "  Exposure: sexual contact to primary syphilis case, last exposure 10/30/2026\n"
            "  Recommended: exam, RPR/TP-PA, preventive Bicillin L-A 2.4 MU IM or doxycycline "
            "x14d\n\n"
            "Our case # is MC-SY-26-0419. Please send disposition within 14 days.\n\n"
            "Marisol Vega, DIS II\nMetro County Sexual Health Clinic\n"
            + MCH_NOTICE
        ),
    ),
    Spec(
        phi=True,
        category="sti-line-list-to-state",
        notes=(
            "Weekly reportable STI line list CSV (names, DOB, diagnosis, treatment) to the state "
            "epidemiology program."
        ),
        frm=f"STI Surveillance <sti-surv@{MCH}>",
        to="sti-reports@state-epi-reporting.org",
        subject="Metro County weekly line list, MMWR week 45",
        body=(
            "Weekly line list attached. 6 records. Chlamydia lab-only reports go through ELR as "
            "usual.\n"
        ),
        atts=(
            Att(
                "metro_wk45_linelist.csv",
                "text/csv",
                "case_id,last,first,dob,sex,zip,condition,stage,dx_date,treatment,tx_date\n"
                "MC-SY-26-0417,HARGROVE,DESMOND,1994-02-11,M,40815,Syphilis,Secondary,2026-11-02,BPG 2.4MU,2026-11-02\n"  # noqa: E501
                "MC-SY-26-0418,PHAM,LINH,1999-08-30,F,40812,Syphilis,Early latent,2026-11-03,BPG "
                "2.4MU,2026-11-03\n"
                "MC-SY-26-0419,ROLLINS,CODY,1988-12-04,M,40817,Syphilis,Primary,2026-11-04,Doxycycline 14d,2026-11-04\n"  # noqa: E501
                "MC-GC-26-1180,ABIODUN,TEMI,2002-05-15,F,40811,Gonorrhea,,2026-11-03,Ceftriaxone "
                "500mg,2026-11-05\n"
                "MC-GC-26-1181,MORALES,ISAAC,1997-10-21,M,40815,Gonorrhea,,2026-11-05,Ceftriaxone 500mg,2026-11-05\n"  # noqa: E501
                "MC-HIV-26-033,KOWALCZYK,ADAM,1991-07-07,M,40819,HIV,Acute,2026-11-06,Linked to "
                "Eastside ID,2026-11-09\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="chlamydia-result-first-name-gmail",
        notes=(
            "Hard positive: nurse emails a first name only with a positive chlamydia result to a "
            "gmail address."
        ),
        frm=f"Clinic Nurse <clinicrn@{MCH}>",
        to="tyrone.b.2001@gmail.com",
        subject="your results",
        body=(
            "Hi Tyrone,\n\nYour results from Tuesday are back. Your chlamydia test was positive, "
            "which is very\n"
            "common and easy to treat. Please come to the walk-in window any weekday 8-3:30 for "
            "free treatment\n"
            "(one week of pills). Your partner(s) can get treatment too, ask about EPT.\n\n"
            "Metro County Sexual Health Clinic\n555-016-2200\n"
        ),
    ),
    Spec(
        phi=True,
        category="prep-navigation-referral",
        notes=(
            "PrEP navigator refers a named client with DOB, phone, negative HIV test and "
            "creatinine to the ID practice."
        ),
        frm=f"Andre Lefebvre <andre.lefebvre@{MCH}>",
        to=f"prep-intake@{EID}",
        subject="PrEP referral - warm handoff",
        body=(
            "Hi Eastside PrEP team,\n\n"
            "Referring Santiago Ruiz-Otero, DOB 09/03/1998, cell 555-016-7741 (ok to text, "
            "prefers Spanish).\n"
            "Seen here 11/9 for STI testing: rectal GC positive, treated with ceftriaxone 500 mg "
            "same day.\n"
            "HIV Ag/Ab negative 11/9, creatinine 0.91, HBsAg negative. He is interested in "
            "CAB-LA injections,\n"
            "has Medicaid (ID 771044290). Can you see him within 2 weeks?\n\n"
            "Andre Lefebvre\nPrEP Navigator, Metro County Sexual Health Clinic\n"
        ),
    ),
    Spec(
        phi=True,
        category="subject-only-ept",
        notes=(
            "Hard positive: subject alone carries a patient surname/initial with chlamydia "
            "positive; body is generic."
        ),
        frm=f"Clinic Nurse <clinicrn@{MCH}>",
        to=f"pharmacy@{MCH}",
        subject="EPT x2 for partners of J. Whitfield (CT+) - pickup today",
        body="Two packs please, she's coming by after 2. Thanks!\n",
    ),
    Spec(
        phi=True,
        category="congenital-syphilis-prevention-ob",
        notes=(
            "Pregnant patient with syphilis, RPR titer and Bicillin doses coordinated with an OB "
            "clinic."
        ),
        frm=f"Dr. Nkechi Obi <nkechi.obi@{MCH}>",
        to="ob-nursing@stlukesmetro.org",
        subject="Shared patient - syphilis in pregnancy",
        body=(
            "Hello St Luke's OB team,\n\n"
            "Our shared patient Kiara Simmons (DOB 04/22/2004), currently 24 weeks by your "
            "dating, has late\n"
            "latent syphilis: RPR 1:32, TP-PA reactive. She received Bicillin L-A dose 1 here on "
            "11/4 and\n"
            "dose 2 on 11/11. Dose 3 is due 11/18; the interval must not exceed 9 days or we "
            "restart.\n"
            "Please ensure her 28-week RPR is drawn at your visit. Partner has been treated.\n\n"
            "Nkechi Obi, MD\nMedical Director, Metro County Sexual Health Clinic\n"
            + MCH_NOTICE
        ),
    ),
    Spec(
        phi=True,
        category="jynneos-dose2-html-only",
        notes="HTML-only vaccine reminder to a named patient at hotmail for mpox dose 2.",
        frm=f"Metro County Immunizations <vaccines@{MCH}>",
        to="liam.gallagher.photo@hotmail.com",
        subject="Your second mpox vaccine dose is due",
        body="",
        html=(
            "<html><body><p>Hi Liam Gallagher,</p>"
            "<p>Our records show you received your <b>first JYNNEOS (mpox) vaccine dose on "
            "October 15, 2026</b>. "
            "Your second dose is due now.</p>"
            "<p>Walk in Monday&ndash;Friday 8:00&ndash;3:30 at 210 Civic Center Dr, Room 104, or "
            "book at "
            "metrocountyhealth.gov/vaccines.</p><p>Metro County Sexual Health "
            "Clinic</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="specimen-manifest-initials-xlsx",
        notes=(
            "Hard positive: two-sheet specimen manifest with initials, DOB, specimen ids and "
            "tests; second sheet lists rejected specimens."
        ),
        frm=f"Clinic Lab <lab@{MCH}>",
        to="receiving@statepubliclab.org",
        subject="Courier manifest 11/10",
        body="Manifest for today's cooler attached. 5 specimens, 1 recollect pending.\n",
        atts=(
            Att(
                "manifest_20261110.xlsx",
                XLSX,
                xlsx(
                    {
                        "Manifest": [
                            ["Specimen ID", "Initials", "DOB", "Source", "Test"],
                            ["MC2611100011", "D.H.", "1994-02-11", "Serum", "RPR w/ reflex titer, TP-PA"],  # noqa: E501
                            ["MC2611100012", "T.A.", "2002-05-15", "Pharyngeal swab", "GC culture + susceptibility"],  # noqa: E501
                            ["MC2611100013", "R.S.", "1986-01-30", "Lesion swab", "Orthopoxvirus PCR"],  # noqa: E501
                            ["MC2611100014", "A.K.", "1991-07-07", "Plasma", "HIV-1 RNA qualitative"],  # noqa: E501
                            ["MC2611100015", "N.G.", "2005-09-12", "Urine", "CT/GC NAAT"],
                        ],
                        "Rejected": [
                            ["Specimen ID", "Initials", "DOB", "Reason"],
                            ["MC2611060007", "L.P.", "1999-08-30", "Hemolyzed - recollect RPR"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="interpreter-request-sti-visit",
        notes=(
            "Hard positive: interpreter booking naming a patient and her STI clinic appointment "
            "time."
        ),
        frm=f"Front Desk <frontdesk@{MCH}>",
        to="bookings@langbridge.com",
        subject="Dari interpreter request 11/17",
        body=(
            "Hello LangBridge,\n\nPlease book an in-person Dari interpreter:\n"
            "  Patient: Fatima Noori\n  Date/time: Tuesday 11/17/2026, 9:30-10:30\n"
            "  Location: Metro County Sexual Health Clinic, 210 Civic Center Dr, Room 104\n"
            "  Visit type: follow-up for treatment and test of cure\n"
            "  Female interpreter requested.\n\nThank you,\nFront Desk\n"
        ),
    ),
    Spec(
        phi=True,
        category="treatment-completion-letter-docx",
        notes="DOCX letter to the patient's own email confirming completed syphilis treatment.",
        frm=f"Medical Records <records@{MCH}>",
        to="d.hargrove94@outlook.com",
        subject="Letter you requested",
        body=(
            "Hello,\n\nAttached is the letter you requested at your visit. Please let us know if "
            "anything needs\n"
            "to be corrected.\n\nMedical Records, Metro County Sexual Health Clinic\n"
        ),
        atts=(
            Att(
                "treatment_letter.docx",
                DOCX,
                docx(
                    [
                        "Metro County Sexual Health Clinic",
                        "November 10, 2026",
                        "To whom it may concern:",
                        "Desmond Hargrove (date of birth 02/11/1994) was diagnosed with "
                        "secondary syphilis at "
                        "this clinic on November 2, 2026 and received benzathine penicillin G "
                        "2.4 million units "
                        "IM on the same date, which completes treatment.",
                        "Follow-up blood testing is scheduled at 6 and 12 months.",
                        "Nkechi Obi, MD, Medical Director",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="rash-photo-filename-only",
        notes=(
            "Hard positive: patient's name is only in the PNG file name; the body asks for a rash "
            "consult without naming him."
        ),
        frm=f"Dr. Nkechi Obi <nkechi.obi@{MCH}>",
        to=f"aosei@{EID}",
        subject="curbside - palmar rash",
        body=(
            "Amara, photo attached from this morning. RPR pending. I'm treating presumptively "
            "for secondary\n"
            "syphilis but wanted your eye on it given he's also on PrEP. Thoughts?\n\nNkechi\n"
        ),
        atts=(Att("palms_DeShawn_Mercer_11-10.png", "image/png", png(5, 5, (190, 120, 110))),),
    ),
    Spec(
        phi=True,
        category="forwarded-records-request",
        notes=(
            "Hard positive: a patient's records request with her DOB and recent HIV test sits "
            "only in a forwarded message."
        ),
        frm=f"Front Desk <frontdesk@{MCH}>",
        to="hipaa-records@metrocounty-hhs.gov",
        subject="Fw: records",
        body="Forwarding to records. She's asking for the written copy.\n",
        forward=Spec(
            phi=True,
            category="inner",
            notes="inner",
            frm="Alejandra Quintero <alejandraq.2000@yahoo.com>",
            to=f"frontdesk@{MCH}",
            subject="records",
            body=(
                "Hello, I'm Alejandra Quintero, birthday 1/19/2000. I had an HIV test and herpes "
                "blood test at\n"
                "your clinic on October 28. My new doctor wants a copy of the results. Can you "
                "email them\n"
                "or do I have to come in? Thank you.\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="medicaid-denials-claim-lines",
        notes=(
            "Claim denial follow-up listing Medicaid ids with STI test CPT codes and dates of "
            "service."
        ),
        frm=f"Clinic Billing <billing@{MCH}>",
        to="provider-services@stateMedicaidMCO.com",
        subject="Denied claims - 3 lines, timely filing dispute",
        body=(
            "Provider Services,\n\nWe dispute the timely-filing denials below; clearinghouse "
            "acceptance reports\n"
            "are attached in the portal.\n\n"
            "Member name        Medicaid ID   DOS         CPT     Dx\n"
            "Gutierrez, Paola   771093356     09/14/2026  87491   Z11.3\n"
            "Boateng, Kwesi     771208847     09/14/2026  86592   A53.9\n"
            "Sorensen, Ivy      771311590     09/16/2026  87591   A54.00\n\n"
            "Billing Office, Metro County Sexual Health Clinic\n"
        ),
        html=(
            "<html><body><p>Provider Services,</p><p>We dispute the timely-filing denials "
            "below.</p>"
            "<table border=\"1\" cellpadding=\"3\"><tr><th>Member name</th><th>Medicaid ID</th>"
            "<th>DOS</th><th>CPT</th><th>Dx</th></tr>"
            "<tr><td>Gutierrez, Paola</td><td>771093356</td><td>09/14/2026</td><td>87491</td>"
            "<td>Z11.3</td></tr>"
            "<tr><td>Boateng, Kwesi</td><td>771208847</td><td>09/14/2026</td><td>86592</td>"
            "<td>A53.9</td></tr>"
            "<tr><td>Sorensen, Ivy</td><td>771311590</td><td>09/16/2026</td><td>87591</td>"
            "<td>A54.00</td></tr></table>"
            "<p>Billing Office, Metro County Sexual Health Clinic</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="missed-injection-mother-yahoo",
        notes=(
            "Hard positive: case manager tells a mother (yahoo) her son missed his injection "
            "follow-up."
        ),
        frm=f"Andre Lefebvre <andre.lefebvre@{MCH}>",
        to="ealvarez.home@yahoo.com",
        subject="Daniel's appointment",
        body=(
            "Hi Ms. Alvarez,\n\nDaniel missed his follow-up on Friday for his second injection. "
            "It's important\n"
            "he gets it within the next week to stay protected. Can he come Wednesday at 4? He "
            "can text me\n"
            "at this number: 555-016-2214.\n\nThanks,\nAndre\n"
        ),
    ),
    Spec(
        phi=True,
        category="partner-interview-ics",
        notes=(
            "Hard positive: calendar invite naming a client for a partner-services interview "
            "after an HIV diagnosis."
        ),
        frm=f"Marisol Vega <marisol.vega@{MCH}>",
        to=f"dis-team@{MCH}",
        subject="Partner services interview - L. Okafor",
        body="Invite for the interview room.\n",
        atts=(
            Att(
                "interview.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\nPRODID:-//Metro County//DIS//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
                "BEGIN:VEVENT\nUID:mch-dis-20261112-2@metrocountyhealth.gov\nDTSTAMP:20261109T140000Z\n"
                "DTSTART:20261112T153000Z\nDTEND:20261112T163000Z\n"
                "SUMMARY:PS interview - Lawrence Okafor - new HIV dx 11/6\n"
                "DESCRIPTION:Elicit partners last 12 months. Linkage appt at Eastside ID already "
                "booked.\n"
                "LOCATION:Interview room 2\nEND:VEVENT\nEND:VCALENDAR\n",
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="weekly-surveillance-aggregate-xlsx",
        notes=(
            "Hard negative: weekly STI surveillance counts by ZIP3, age band and sex; aggregates "
            "only."
        ),
        frm=f"STI Surveillance <sti-surv@{MCH}>",
        to="communitypartners@metrocountycoalition.org",
        subject="STI surveillance snapshot - week 45",
        body=(
            "Partners,\n\nWeek 45 snapshot attached. Early syphilis is up 31% year to date "
            "versus 2025; gonorrhea\n"
            "is flat. Cells under 5 are suppressed.\n\nSTI Surveillance Team\n"
        ),
        atts=(
            Att(
                "surveillance_wk45.xlsx",
                XLSX,
                xlsx(
                    {
                        "YTD by condition": [
                            ["Condition", "YTD 2025", "YTD 2026", "Change %"],
                            ["Early syphilis", 212, 278, 31.1],
                            ["Gonorrhea", 1480, 1466, -0.9],
                            ["Chlamydia", 4102, 3987, -2.8],
                            ["Congenital syphilis", 6, 9, 50.0],
                        ],
                        "By age band": [
                            ["Age band", "Early syphilis", "Gonorrhea"],
                            ["15-19", "<5", 241],
                            ["20-24", 61, 488],
                            ["25-34", 119, 502],
                            ["35+", 94, 235],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="press-release-syphilis-rates",
        notes=(
            "Hard negative: press release on rising syphilis and congenital syphilis counts; no "
            "individuals."
        ),
        frm=f"Public Information Office <pio@{MCH}>",
        to="newsdesk@riverbendgazette.com",
        subject="PRESS RELEASE: Metro County urges syphilis testing as cases rise",
        body=(
            "FOR IMMEDIATE RELEASE - November 10, 2026\n\n"
            "Metro County Public Health is urging residents to get tested for syphilis after "
            "early syphilis\n"
            "cases rose 31% this year. Nine infants have been born with congenital syphilis so "
            "far in 2026.\n"
            "Testing and treatment are free at the Sexual Health Clinic, 210 Civic Center Dr.\n\n"
            "\"Syphilis is curable, and testing during pregnancy protects babies,\" said Dr. "
            "Nkechi Obi,\n"
            "the clinic's medical director.\n\nMedia contact: Paul Reinholt, 555-016-2000\n"
        ),
    ),
    Spec(
        phi=False,
        category="testing-event-flyer-html",
        notes=(
            "Hard negative: HTML-only community testing event flyer (HIV, syphilis, PrEP); no "
            "individuals."
        ),
        frm=f"Community Outreach <outreach@{MCH}>",
        to="events@pridecentermetro.org",
        subject="Free testing night at the Pride Center - Dec 1 (World AIDS Day)",
        body="",
        html=(
            "<html><body><h1>World AIDS Day Testing Night</h1>"
            "<p><b>Tuesday, December 1, 5&ndash;9 pm</b> at the Pride Center</p>"
            "<ul><li>Free rapid HIV and syphilis tests, results in 20 minutes</li>"
            "<li>PrEP and doxy-PEP information with our navigators</li>"
            "<li>Mpox vaccines available</li></ul>"
            "<p>No ID or insurance needed. Questions: 555-016-2200</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="doxy-pep-provider-guidance",
        notes=(
            "Hard negative: doxy-PEP clinical guidance to providers with dosing and eligibility; "
            "no patient."
        ),
        frm=f"Dr. Nkechi Obi <nkechi.obi@{MCH}>",
        to="providers@riverbendhealthnetwork.org",
        subject="Health advisory: doxycycline post-exposure prophylaxis (doxy-PEP)",
        body=(
            "Metro County Health Advisory 2026-11\n\n"
            "Recommendation: offer doxycycline 200 mg once, within 72 hours after condomless "
            "sex, to gay and\n"
            "bisexual men and transgender women with a bacterial STI in the past 12 months.\n"
            "Test for GC/CT at all anatomic sites and syphilis every 3-6 months. Not for use in "
            "pregnancy.\n"
            "Report all syphilis cases within 1 business day.\n\n"
            "Nkechi Obi, MD, Medical Director\n"
        ),
    ),
    Spec(
        phi=False,
        category="dis-job-posting",
        notes=(
            "Hard negative: DIS job posting mentioning syphilis, HIV partner services and field "
            "work."
        ),
        frm=f"County Human Resources <hr-recruiting@{MCH}>",
        to="jobs@publichealthcareers.org",
        subject="Posting: Disease Intervention Specialist I (2 positions)",
        body=(
            "Metro County Public Health - Disease Intervention Specialist I\n"
            "Salary: $51,480-$63,900. Closing date 12/4/2026.\n\n"
            "Duties: interview people diagnosed with syphilis, HIV and gonorrhea to identify "
            "partners, conduct\n"
            "field visits, deliver test results, link clients to treatment and PrEP.\n"
            "Requirements: bachelor's degree or 2 years of outreach experience; valid driver's "
            "license.\n"
            "Apply: metrocounty.gov/jobs, requisition 26-0881\n"
        ),
    ),
    Spec(
        phi=False,
        category="county-payroll-notice",
        notes=(
            "Hard negative: payroll calendar notice with the county footer about confidential"
            " health information; no patient."
        ),
        frm=f"County Payroll <payroll@{MCH}>",
        to=f"health-allstaff@{MCH}",
        subject="Payroll: holiday pay date moves to Wednesday 11/25",
        body=(
            "Because of the Thanksgiving holiday, the pay date for period 24 moves to Wednesday "
            "11/25.\n"
            "Timesheets must be approved by supervisors by Friday 11/20 at noon.\n\nCounty "
            "Payroll\n"
            + MCH_NOTICE
        ),
    ),
    Spec(
        phi=False,
        category="supply-invoice-ssn-shaped",
        notes=(
            "Hard negative: supply order with an SSN-shaped order number; condoms and test kits; "
            "PDF invoice."
        ),
        frm=f"Clinic Operations <ops@{MCH}>",
        to="ar@safeguardsupply.com",
        subject="Payment remittance - order 538-22-7190",
        body=(
            "Hello,\n\nPayment for order 538-22-7190 was released today by county check #0044871 "
            "for $6,412.50.\n"
            "Invoice copy attached for your records.\n\nClinic Operations\n"
        ),
        atts=(
            Att(
                "invoice_538-22-7190.pdf",
                "application/pdf",
                pdf(
                    [
                        "SAFEGUARD MEDICAL SUPPLY - INVOICE",
                        "Bill to: METRO COUNTY SEXUAL HEALTH CLINIC, 210 Civic Center Dr",
                        "Order: 538-22-7190    Terms: Net 45",
                        "",
                        "20 cs  External condoms, 1000/cs           $2,180.00",
                        "10 cs  Lubricant packets, 2000/cs           $890.00",
                        "40 bx  Rapid HIV-1/2 Ab test, 25/bx        $2,642.50",
                        "10 bx  Rapid syphilis (TP) test, 20/bx       $700.00",
                        "Total                                        $6,412.50",
                    ],
                    "Invoice",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="lims-validation-test-patients-csv",
        notes=(
            "Hard negative: LIMS validation file with clearly labelled synthetic TEST patients "
            "and syphilis results."
        ),
        frm=f"Clinic Lab <lab@{MCH}>",
        to="lims-support@labvantage-hosting.com",
        subject="Validation set for RPR titer reflex rule",
        body=(
            "Attached are the synthetic test cases we loaded in the VALIDATION environment. All "
            "are fake\n"
            "TEST patients, MRN prefix TST. Rule fails on case 3 (titer 1:256 not "
            "reflexing).\n\nLab Supervisor\n"
        ),
        atts=(
            Att(
                "rpr_reflex_validation.csv",
                "text/csv",
                "mrn,patient,dob,rpr,expected_reflex,actual\n"
                "TST0001,TEST SYPHILIS ONE,1900-01-01,Reactive 1:8,TP-PA,TP-PA\n"
                "TST0002,TEST SYPHILIS TWO,1900-01-01,Nonreactive,none,none\n"
                "TST0003,TEST SYPHILIS THREE,1900-01-01,Reactive 1:256,TP-PA,none\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ehe-council-agenda",
        notes=(
            "Hard negative: Ending the HIV Epidemic planning council agenda with presenters by "
            "role."
        ),
        frm=f"EHE Coordinator <ehe@{MCH}>",
        to="council-members@metro-ehe-council.org",
        subject="Agenda: EHE Planning Council, Nov 19",
        body=(
            "Ending the HIV Epidemic Planning Council - Thursday, November 19, 6:00 pm, Civic "
            "Center Room 3\n\n"
            "1. Welcome and approval of minutes\n2. Q3 data: new HIV diagnoses (n=47), linkage "
            "within 30 days 84%\n"
            "3. PrEP equity update - Andre Lefebvre, PrEP Navigator\n4. Rapid ART start pilot "
            "with Eastside ID -\n"
            "   Dr. Helen Abernathy\n5. Public comment\n\nDinner provided. Virtual link on the "
            "council site.\n"
        ),
        atts=(
            Att(
                "EHE_council_packet_Nov19.zip",
                "application/zip",
                zipped(
                    {
                        "packet/agenda.txt": (
                            "EHE Planning Council - November 19, 2026\n"
                            "1. Minutes  2. Q3 data  3. PrEP equity  4. Rapid ART pilot\n"
                            "5. Public comment\n"
                        ),
                        "packet/q3_indicators.csv": (
                            "indicator,q2,q3\nnew_hiv_diagnoses,41,47\n"
                            "linked_within_30_days_pct,79,84\nprep_starts,212,263\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff-anniversary",
        notes="Staff recognition notice naming an employee.",
        frm=f"Clinic Manager <manager@{MCH}>",
        to=f"shc-staff@{MCH}",
        subject="Congrats Marisol - 10 years!",
        body=(
            "Team,\n\nPlease join me in congratulating Marisol Vega on 10 years with Metro "
            "County! Cake in the\n"
            "break room Thursday at 3. Marisol has trained half our DIS unit at this "
            "point.\n\nTheresa\n"
        ),
    ),
    Spec(
        phi=False,
        category="prep-prescriber-directory",
        notes=(
            "Hard negative: directory of PrEP prescribers with NPIs for referrals; clinicians "
            "only."
        ),
        frm=f"Andre Lefebvre <andre.lefebvre@{MCH}>",
        to="navigators@metrocountycoalition.org",
        subject="Updated PrEP prescriber list",
        body=(
            "Updated list of local PrEP prescribers accepting new patients:\n\n"
            "- Jae-won Park, NP - Eastside ID, NPI: 1095293597 - CAB-LA available\n"
            "- Nkechi Obi, MD - Metro County SHC, NPI: 1722285834 - same-day starts\n"
            "- Rafael Quiroga, MD - Riverbend Family Medicine, NPI: 1111609495 - Spanish "
            "speaking\n\n"
            "All take Medicaid; Eastside and the county also see uninsured.\nAndre\n"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded-state-lab-transport",
        notes="Forwarded state lab notice about specimen transport requirements.",
        frm=f"Clinic Lab <lab@{MCH}>",
        to=f"shc-nursing@{MCH}",
        subject="Fw: New transport temperature requirement for GC cultures",
        body="Heads up, starts Dec 1. Cultures need the new warm packs.\n",
        forward=Spec(
            phi=False,
            category="inner",
            notes="inner",
            frm="State Public Health Lab <notices@statepubliclab.org>",
            to=f"lab@{MCH}",
            subject="New transport temperature requirement for GC cultures",
            body=(
                "Effective December 1, 2026, N. gonorrhoeae culture plates must be shipped at "
                "35-37 C in\n"
                "CO2-generating transport bags and arrive within 24 hours. Specimens received "
                "outside these\n"
                "limits will be rejected.\n"
            ),
        ),
    ),
    Spec(
        phi=False,
        category="grant-budget-cdc",
        notes=(
            "Hard negative: grant budget revision naming syphilis tests and doxycycline, with"
            " the county confidentiality footer."
        ),
        frm=f"Grants Unit <grants@{MCH}>",
        to="grants-officer@cdc-partner-portal.org",
        subject="Budget revision request - STD prevention award year 3",
        body=(
            "Dear Grants Officer,\n\nWe request moving $42,000 from Travel to Supplies (rapid "
            "syphilis tests\n"
            "and doxycycline stock) and $18,500 from Contractual to Personnel (0.25 FTE DIS).\n"
            "Revised SF-424A to follow via the portal.\n\nGrants Unit, Metro County Public Health\n"
            + MCH_NOTICE
        ),
    ),
    Spec(
        phi=False,
        category="ehr-downtime-notice",
        notes=(
            "Hard negative: EHR downtime notice with the county confidentiality footer; no pa"
            "tient."
        ),
        frm=f"County IT <it-notices@{MCH}>",
        to=f"health-allstaff@{MCH}",
        subject="Planned EHR downtime Sunday 11/15 02:00-06:00",
        body=(
            "The clinic EHR will be unavailable Sunday 11/15 from 02:00 to 06:00 for an upgrade.\n"
            "Downtime forms are in the blue binder at each nursing station. Lab interfaces will "
            "queue.\n\n"
            "County IT\n"
            + MCH_NOTICE
        ),
    ),
]

MESSAGES.append(
    Spec(
        phi=False,
        category="mpox-vaccine-hours-reply-gmail",
        notes=(
            "Hard negative: reply to a member of the public at gmail with mpox vaccine "
            "eligibility and hours; nothing about the person."
        ),
        frm=f"Metro County Immunizations <vaccines@{MCH}>",
        to="sam.k.whitley@gmail.com",
        subject="Re: mpox vaccine question",
        body=(
            "Hello,\n\nThanks for your question. The JYNNEOS mpox vaccine is free at our clinic "
            "for anyone who\n"
            "wants it; no insurance or ID needed. It's 2 doses, 4 weeks apart. Walk in "
            "Monday-Friday 8-3:30,\n"
            "210 Civic Center Dr, Room 104.\n\nMetro County Immunizations\n\n"
            "> Hi, I'm putting together our bar's community newsletter. Is the mpox vaccine still\n"
            "> free at the county, and do people need an appointment?\n"
        ),
    )
)
