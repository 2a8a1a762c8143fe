"""Northstar Clinical Staffing (travel nurses, per diem, sitters, private duty) outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nNorthstar Clinical Staffing\n1500 Lindell Commons, Suite 800, Brookhaven, GA 30399 | 404-555-0120\nwww.northstarclinicalstaffing.com"

X12_270 = (
    "ISA*00*          *00*          *ZZ*NORTHSTARCS    *ZZ*GAMEDICAID     *261117*1102*^*00501*000000781*0*P*:~"
    "GS*HS*NORTHSTARCS*GAMEDICAID*20261117*1102*781*X*005010X279A1~"
    "ST*270*0001*005010X279A1~"
    "HL*1**20*1~NM1*PR*2*GEORGIA MEDICAID*****PI*GAMCD~"
    "HL*2*1*21*1~NM1*1P*2*NORTHSTAR CLINICAL STAFFING*****XX*1054540269~"
    "HL*3*2*22*0~NM1*IL*1*DELACROIX*AMARI****MI*661840273115~DMG*D8*20150503*M~"
    "EQ*S9~SE*9*0001~GE*1*781~IEA*1*000000781~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Medication error incident report to client hospital",
        notes="Travel nurse incident report naming patient, wrong heparin rate and aPTT result to client risk manager.",
        frm="Clinical Quality <quality@northstarclinicalstaffing.com>",
        to="risk@brookhavenregional.org",
        subject="Incident 11/14 - Northstar traveler K. Ames, 5W",
        body="Ms. Ridley,\n\nOur traveler Kendra Ames reported the following and we are cooperating fully: on 11/14 at 02:10 the heparin drip for Mr. Lionel Featherstone (5W-17) ran at 18 units/kg/h instead of 12 for about 3 hours. aPTT at 06:00 was 142 s; the drip was held and restarted per protocol. No bleeding noted. Kendra has been pulled from heparin titrations pending re-education.\n\nDana Whitcombe, RN, Director of Clinical Quality"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Travel nurse job posting ICU",
        notes="Hard negative: job ad describing CRRT, ECMO and sepsis patients generically.",
        frm="Recruiting <recruit@northstarclinicalstaffing.com>",
        to="listings@travelnursejobboard.com",
        subject="Post: ICU RN, 13 weeks, Savannah, $2,640/wk",
        body="ICU RN - 13 weeks - 3x12 nights\nLevel I trauma, 24-bed MICU. Experience with CRRT, ECMO circuits and high-acuity sepsis required. 2 years ICU, CCRN preferred.\nGross weekly $2,640. Start 01/04/2027."
        + SIG,
    ),
    Spec(
        phi=False,
        category="Background check request with nurse SSN",
        notes="Hard negative: SSN of a job candidate for background screening; employment record, no health information.",
        frm="Onboarding <onboarding@northstarclinicalstaffing.com>",
        to="orders@verityscreening.com",
        subject="New order - candidate Lorenzo Batista",
        body="Please run package 3 (county criminal 7 yr, OIG/SAM, licence verification) for:\nLorenzo Batista\nSSN 412-73-5806\nGA RN licence RN287741\n\nThanks,\nPeyton Sills, Onboarding"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Needlestick source patient result to traveler",
        notes="Hard positive: source patient named with HIV and hepatitis C test results sent to exposed nurse's personal email.",
        frm="Employee Health Liaison <ehs@northstarclinicalstaffing.com>",
        to="kendra.ames.rn@gmail.com",
        subject="Your exposure follow-up",
        body="Kendra,\n\nGood news from Brookhaven Regional on your 11/12 needlestick: the source patient (Mrs. Ofelia Danforth, 5W-09) tested HIV negative and HCV antibody negative; hep B surface antigen negative. You can stop the PEP after talking to the occupational health doctor tomorrow.\n\nMelba Frost, RN",
    ),
    Spec(
        phi=False,
        category="Exposure protocol for travelers",
        notes="Hard negative: generic bloodborne pathogen exposure steps; no individual.",
        frm="Employee Health Liaison <ehs@northstarclinicalstaffing.com>",
        to="travelers@northstarclinicalstaffing.com",
        subject="If you get a needlestick on assignment",
        body="",
        html="<html><body><ol><li>Wash the site with soap and water.</li><li>Tell the charge nurse and go to the facility's employee health or ED within 2 hours.</li><li>Call Northstar's 24/7 line 404-555-0125 so we can open a workers' comp claim.</li><li>Source-patient testing is the facility's job; we never need the patient's name.</li></ol></body></html>",
    ),
    Spec(
        phi=True,
        category="1:1 sitter request for suicidal patient",
        notes="Client request relayed naming patient on suicide precautions with psychiatric hold, to sitter pool.",
        frm="Staffing Desk <desk@northstarclinicalstaffing.com>",
        to="sitters-pool@northstarclinicalstaffing.com",
        cc="cnaschedule@brookhavenregional.org",
        subject="URGENT sitter tonight 19:00 - Brookhaven 4E",
        body="Need 1:1 sitter 19:00-07:00 at Brookhaven 4E room 412 for Tobias Renfrow, 24M, on suicide precautions, involuntary hold since 11/16 after overdose. Ligature-safe room. Reply YES if you can take it.\n\nDesk",
    ),
    Spec(
        phi=False,
        category="Sitter shift open no patient",
        notes="Hard negative: open sitter shift with unit and time but no patient detail.",
        frm="Staffing Desk <desk@northstarclinicalstaffing.com>",
        to="sitters-pool@northstarclinicalstaffing.com",
        subject="Open: sitter Sat 07:00-19:00, Grady Park 6N",
        body="Open 1:1 sitter shift Saturday 07:00-19:00 at Grady Park Hospital 6N. Behavioral safety training required. $21/h + $2 weekend diff. First YES gets it.",
    ),
    Spec(
        phi=True,
        category="Sitter hours invoice listing patients",
        notes="Hard positive: invoice workbook to hospital finance lists sitter hours by patient name and room.",
        frm="Billing <billing@northstarclinicalstaffing.com>",
        to="ap@brookhavenregional.org",
        subject="Invoice NS-11-0447 (sitters, wk 46)",
        body="Invoice attached; detail tab supports the cost-center allocation you asked for.",
        atts=(
            Att(
                "NS-11-0447.xlsx",
                XLSX,
                xlsx(
                    {
                        "Invoice": [
                            ["Service", "Hours", "Rate", "Amount"],
                            ["1:1 sitter", 96, 24.5, 2352.0],
                        ],
                        "Detail": [
                            ["Date", "Unit", "Room", "Patient", "Reason", "Hours"],
                            ["11/09", "4E", "412", "Renfrow, Tobias", "SI", 12],
                            ["11/10", "5W", "511", "Castellanos, Ines", "delirium/falls", 12],
                            ["11/11", "4E", "408", "Hawthorne, Ruth", "ETOH withdrawal", 12],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Invoice by nurse hours",
        notes="Multi-sheet invoice with traveler names and hours only; workforce billing, no patients.",
        frm="Billing <billing@northstarclinicalstaffing.com>",
        to="ap@gradyparkhospital.org",
        subject="Invoice NS-11-0452 (travel RNs, wk 46)",
        body="Invoice and timesheet summary attached. Net 30.",
        atts=(
            Att(
                "NS-11-0452.xlsx",
                XLSX,
                xlsx(
                    {
                        "Invoice": [
                            ["Clinician", "Unit", "Reg hrs", "OT hrs"],
                            ["Ames, Kendra", "MICU", 36, 4],
                            ["Batista, Lorenzo", "ED", 36, 0],
                        ],
                        "Rates": [["Type", "Bill rate"], ["ICU RN", 112.0], ["ED RN", 108.0]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Private duty nursing eligibility check",
        notes="Hard positive: X12 270 with pediatric patient name, Medicaid ID and DOB; body only says batch.",
        frm="Private Duty Billing <pdnbilling@northstarclinicalstaffing.com>",
        to="edi@gamedicaid-gateway.org",
        subject="270 batch 781",
        body="270 batch 781 attached.",
        atts=(Att("270_781.x12", "application/edi-x12", X12_270),),
    ),
    Spec(
        phi=True,
        category="Private duty nursing visit note to parent",
        notes="Shift summary to mother's personal email about child's trach suctioning, seizure and g-tube feeds.",
        frm="Marisa Oyelaran LPN <moyelaran@northstarclinicalstaffing.com>",
        to="renee.delacroix@yahoo.com",
        subject="Amari - night shift notes",
        body="Renee,\n\nAmari slept well after 11. Suctioned trach x4, thin white secretions. One 40-second seizure at 03:15, no rescue med needed, logged. Feeds 60 mL/h via g-tube until 06:00. Changed trach ties. Sats 96-99% on 1 L.\n\nMarisa",
    ),
    Spec(
        phi=True,
        category="Private duty care plan PDF to school nurse",
        notes="Care plan PDF naming student with tracheostomy, seizure plan and diazepam rescue dose, sent to school nurse.",
        frm="Private Duty Clinical <pdn@northstarclinicalstaffing.com>",
        to="nurse@brookhavenelementary.k12.ga.us",
        subject="Care plan for your new student (nurse accompanies from 12/1)",
        body="Ms. Tran,\n\nAt the parents' written request, attached is the care plan for the student our nurse will accompany starting 12/1.\n\nGwen Abara, RN, Private Duty Supervisor"
        + SIG,
        atts=(
            Att(
                "Delacroix_A_school_care_plan.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR CLINICAL STAFFING - PRIVATE DUTY CARE PLAN",
                        "Student: Amari Delacroix   DOB 05/03/2015",
                        "Tracheostomy (Shiley 4.0 ped), suction PRN",
                        "Seizure plan: if >5 min, rectal diazepam 10 mg; call 911",
                        "G-tube: no feeds during school hours except water flush",
                    ],
                    "School care plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Private duty client intake form blank",
        notes="Hard negative: blank intake form with field names only (diagnosis, Medicaid ID) in PDF.",
        frm="Private Duty Clinical <pdn@northstarclinicalstaffing.com>",
        to="discharge.planning@childrensbrookhaven.org",
        subject="Our referral form (blank) for home nursing",
        body="For your discharge planners: please use the attached form for pediatric private duty referrals.",
        atts=(
            Att(
                "PDN_referral_form_blank.pdf",
                "application/pdf",
                pdf(
                    [
                        "NORTHSTAR CLINICAL STAFFING",
                        "Private Duty Nursing Referral",
                        "Child's name: ____________  DOB: ___/___/____",
                        "Primary diagnosis: ____________  Medicaid ID: ____________",
                        "Trach / vent / g-tube (circle)   Hours requested per week: ____",
                    ],
                    "Referral form",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Locum NP credentialing with DEA and NPI",
        notes="Hard negative: nurse practitioner's DEA and NPI for client credentialing; provider identifiers only.",
        frm="Credentialing <credentialing@northstarclinicalstaffing.com>",
        to="medstaff@gradyparkhospital.org",
        subject="Credentialing packet - Yolanda Strickland, FNP-BC",
        body="Please find the summary for our locum NP starting 12/7 in your urgent care:\n\nYolanda Strickland, FNP-BC\nNPI 1148022985\nDEA MS4853594\nGA APRN licence 0291876\nBoard cert exp 06/2029\n\nFull file (references, case logs) by the secure portal.\n\nTasha Greer, CPCS"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Drug diversion audit to client pharmacy",
        notes="Pyxis discrepancy audit names patients and hydromorphone withdrawals by traveler.",
        frm="Clinical Quality <quality@northstarclinicalstaffing.com>",
        to="pharmacy.diversion@gradyparkhospital.org",
        subject="RE: Pyxis discrepancies - L. Batista",
        body="Thank you for the report. To complete our review we matched the withdrawals you flagged:\n- 11/08 21:14 hydromorphone 2 mg for Bernard Okafor-Nash (ED bay 7) - no MAR documentation\n- 11/09 23:40 hydromorphone 2 mg for Celia Wrenfield (ED bay 3) - waste not witnessed\nLorenzo is suspended from assignments pending your investigation.\n\nDana Whitcombe"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Drug diversion policy for travelers",
        notes="Hard negative: policy on controlled substance waste; no patients.",
        frm="Clinical Quality <quality@northstarclinicalstaffing.com>",
        to="travelers@northstarclinicalstaffing.com",
        subject="Policy reminder: controlled substance waste",
        body="All travelers: wastes of opioids must be witnessed in real time by a licensed nurse. Never sign as witness for a waste you did not see. Discrepancies are investigated by the facility and may end your assignment. Questions: quality@northstarclinicalstaffing.com."
        + SIG,
        atts=(
            Att(
                "CS_waste_policy.docx",
                DOCX,
                docx(
                    [
                        "Northstar Policy CQ-07: Controlled Substance Handling on Assignment",
                        "1. Follow the facility's automated dispensing policy.",
                        "2. Witnessed waste at the time of withdrawal.",
                        "3. Report discrepancies before end of shift.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Nurse statement on patient fall",
        notes="Docx witness statement by traveler naming patient, fall and hip fracture.",
        frm="Clinical Quality <quality@northstarclinicalstaffing.com>",
        to="legal@gradyparkhospital.org",
        subject="Statement of our traveler re: 11/11 fall",
        body="Attached per your request for the peer review file.",
        atts=(
            Att(
                "statement_Ames_1111.docx",
                DOCX,
                docx(
                    [
                        "Statement of Kendra Ames, RN",
                        "On 11/11/2026 at approx. 04:30 I found patient Harold Lindqvist-Boone (6N-22) on the floor beside the bed.",
                        "He had attempted to get up without calling; bed alarm was off.",
                        "X-ray later showed a left femoral neck fracture; ortho consulted.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinical competency exam with fictional patient",
        notes="Hard negative: competency test case with clearly fictional patient 'Mr. Test' and drip math.",
        frm="Education <education@northstarclinicalstaffing.com>",
        to="travelers@northstarclinicalstaffing.com",
        subject="ICU competency exam - practice questions",
        body="Practice question 4 (fictional case): Mr. Test, 80 kg, is on norepinephrine 8 mg/250 mL. The order is 0.1 mcg/kg/min. What rate in mL/h? Answer: 15 mL/h.\n\nThe real exam opens Monday.",
    ),
    Spec(
        phi=False,
        category="Fill rate aggregate report",
        notes="Multi-sheet fill-rate and turnover report to client; no patients.",
        frm="Account Management <accounts@northstarclinicalstaffing.com>",
        to="cno@brookhavenregional.org",
        subject="Q3 business review deck data",
        body="Data for Thursday's QBR attached.",
        atts=(
            Att(
                "QBR_Q3_Brookhaven.xlsx",
                XLSX,
                xlsx(
                    {
                        "Fill": [
                            ["Unit", "Requested", "Filled", "Rate"],
                            ["MICU", 410, 372, "91%"],
                            ["5W", 288, 251, "87%"],
                        ],
                        "Quality": [
                            ["Metric", "Value"],
                            ["DNR (do not return) rate", "2.1%"],
                            ["Incidents per 1000 shifts", 0.8],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Client DNR notice about traveler performance",
        notes="Hard negative: 'do not return' notice about a nurse citing documentation gaps on ventilated patients generically; no patient identified.",
        frm="Account Management <accounts@northstarclinicalstaffing.com>",
        to="kendra.ames.rn@gmail.com",
        subject="Your Brookhaven assignment",
        body="Kendra,\n\nBrookhaven has asked that you not return after this contract ends 12/12. Their feedback was incomplete hourly documentation on ventilated patients and the heparin event. Let's talk Monday about a med-surg assignment while you complete the education plan.\n\nCourtney",
    ),
    Spec(
        phi=True,
        category="Traveler forwarded handoff to agency",
        notes="Hard positive: forwarded report sheet with patient surnames, rooms and diagnoses sent by traveler to agency supervisor.",
        frm="Clinical Supervisor <supervisor@northstarclinicalstaffing.com>",
        to="quality@northstarclinicalstaffing.com",
        subject="FW: my assignment last night (was told to send you)",
        body="Dana - Kendra forwarded this to explain her workload. It contains patient info; I've told her not to do this again. Please log as a privacy incident.\n\nGwen",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Kendra Ames <kendra.ames.rn@gmail.com>",
            to="supervisor@northstarclinicalstaffing.com",
            subject="my assignment last night",
            body="I had 3 vents: 14 Pruitt - ARDS prone, 15 Mancini - DKA insulin gtt, 17 Featherstone - heparin gtt, PE. Plus an admit. That's why.",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded contract amendment",
        notes="Forward of MSP contract amendment on bill rates; no patients.",
        frm="Courtney Ilse <cilse@northstarclinicalstaffing.com>",
        to="legal@northstarclinicalstaffing.com",
        subject="FW: Amendment 3 - Brookhaven MSA",
        body="Can you review before I sign? Cancellation clause changed to 72 hours.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Vendor Management <vms@brookhavenregional.org>",
            to="cilse@northstarclinicalstaffing.com",
            subject="Amendment 3 - Brookhaven MSA",
            body="Attached is Amendment 3: bill rates for ICU and ED RNs frozen through 6/30/2027; facility may cancel a shift with 72 hours' notice without penalty.",
        ),
    ),
    Spec(
        phi=True,
        category="Private duty schedule invite naming patient and vent",
        notes="ICS invite to nurse personal email with patient name, address and ventilator care in description.",
        frm="Private Duty Scheduling <pdnschedule@northstarclinicalstaffing.com>",
        to="marisa.oyelaran@outlook.com",
        subject="Your December nights",
        body="Marisa, your recurring nights are on the invite below.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northstar//PDN//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:pdn-delacroix-dec@northstarclinicalstaffing.com\r\nDTSTART:20261201T040000Z\r\nDTEND:20261201T120000Z\r\nRRULE:FREQ=DAILY;COUNT=31\r\nSUMMARY:Night PDN - Amari Delacroix (trach/vent, seizures)\r\nLOCATION:77 Juniper Hollow Dr, Brookhaven GA\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="Traveler onboarding orientation invite",
        notes="Orientation calendar invite; no patient.",
        frm="Onboarding <onboarding@northstarclinicalstaffing.com>",
        to="lorenzo.batista.rn@gmail.com",
        subject="Orientation - Monday 8:00",
        body="Welcome aboard! Bring your licence, BLS/ACLS cards and two forms of ID.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northstar//Onboarding//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:orient-batista@northstarclinicalstaffing.com\r\nDTSTART:20261123T130000Z\r\nDTEND:20261123T170000Z\r\nSUMMARY:Northstar orientation\r\nLOCATION:1500 Lindell Commons, Suite 800\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Medicaid waiver hours report CSV",
        notes="CSV to state waiver program with child names, Medicaid IDs and nursing hours.",
        frm="Private Duty Billing <pdnbilling@northstarclinicalstaffing.com>",
        to="waiver.reports@dch-georgia-nowprogram.org",
        subject="NOW/COMP waiver hours - October",
        body="October hours attached as required under our provider agreement.",
        atts=(
            Att(
                "waiver_hours_oct.csv",
                "text/csv",
                "member_name,medicaid_id,dob,authorized_hrs,delivered_hrs\r\nDelacroix Amari,661840273115,2015-05-03,336,318\r\nPham Bao,661850119402,2019-08-21,280,280\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Payroll hours CSV to payroll vendor",
        notes="Hard negative: nurse payroll CSV with employee IDs and hours, no patients or health data.",
        frm="Payroll <payroll@northstarclinicalstaffing.com>",
        to="imports@brightpayroll-services.com",
        subject="Payroll import wk46",
        body="Import file attached. 2 new hires this week.",
        atts=(
            Att(
                "payroll_wk46.csv",
                "text/csv",
                "emp_id,name,reg_hrs,ot_hrs,per_diem\r\nNS10442,Ames Kendra,36,4,1120.00\r\nNS10519,Batista Lorenzo,36,0,1120.00\r\nNS10233,Oyelaran Marisa,48,12,0.00\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Patient family thank-you reply",
        notes="Hard positive: reply to family mentions their late father by first name, hospice care and date of death.",
        frm="Gwen Abara <gabara@northstarclinicalstaffing.com>",
        to="the.whitakers.family@gmail.com",
        subject="Re: thank you to the night nurses",
        body="Dear Whitaker family,\n\nThank you for your kind card. I shared it with Joy and Ramon. Caring for Walter during his last three weeks of hospice at home was a privilege, and we were glad he was comfortable when he passed on the 9th.\n\nWith sympathy,\nGwen Abara, RN",
    ),
    Spec(
        phi=False,
        category="Newsletter for travelers HTML",
        notes="HTML-only newsletter with stipend news and a general flu-season article; no individuals' health.",
        frm="Northstar News <news@northstarclinicalstaffing.com>",
        to="travelers@northstarclinicalstaffing.com",
        subject="Northstar Notes - December",
        body="",
        html="<html><body><h2>Northstar Notes</h2><p>Housing stipends rise 4% on 1/1. Flu season is here: most clients require the flu shot or a masking declination by 12/1.</p><p>Traveler of the month: Marisa Oyelaran, LPN, for 2 years with the same family!</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Patient SSN in misdirected census",
        notes="Hard positive: HTML-only note forwards a client census with patient name, SSN and admission diagnosis to wrong recipient (agency recruiter).",
        frm="Staffing Desk <desk@northstarclinicalstaffing.com>",
        to="recruit@northstarclinicalstaffing.com",
        cc="privacy@gradyparkhospital.org",
        subject="Wrongly received - please delete",
        body="",
        html="<html><body><p>Grady Park's unit clerk sent us this by mistake instead of the staffing grid. Copying their privacy officer. Recruiting: do not open further, delete after they confirm.</p><table border='1'><tr><td>6N-22</td><td>Lindqvist-Boone, Harold</td><td>SSN 538-21-9047</td><td>L femoral neck fx s/p fall</td></tr></table></body></html>",
    ),
    Spec(
        phi=False,
        category="Traveler licence verification for compact state",
        notes="Nurse licence numbers and compact status; workforce data only.",
        frm="Credentialing <credentialing@northstarclinicalstaffing.com>",
        to="hr@gradyparkhospital.org",
        subject="Licence verifications - 3 starts",
        body="Verified via Nursys today:\nAmes, Kendra - multistate RN (GA) - active, no discipline\nBatista, Lorenzo - multistate RN (FL) - active\nOyelaran, Marisa - LPN (GA) - active\n\nTasha",
    ),
    Spec(
        phi=False,
        category="Zip of traveler credential documents",
        notes="Hard negative: zip with nurse's certificates and fit-test card; no patient information.",
        frm="Credentialing <credentialing@northstarclinicalstaffing.com>",
        to="compliance@savannahcoastalmed.org",
        subject="Credential file - Batista",
        body="Credential file for Lorenzo Batista attached (start 1/4).",
        atts=(
            Att(
                "Batista_credentials.zip",
                "application/zip",
                zipped(
                    {
                        "acls.txt": "ACLS Provider - Lorenzo Batista - exp 08/2028",
                        "fit_test.txt": "N95 fit test: 3M 1870+ passed 10/30/2026 - Lorenzo Batista",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Zip of timesheets with patient sticker",
        notes="Hard positive: zipped timesheet scans, one of which carries a patient label with name, MRN and diagnosis.",
        frm="Payroll <payroll@northstarclinicalstaffing.com>",
        to="timesheets@brightpayroll-services.com",
        subject="paper timesheets wk46",
        body="Scanned paper timesheets attached.",
        atts=(
            Att(
                "timesheets_wk46.zip",
                "application/zip",
                zipped(
                    {
                        "ames_ts.txt": "Kendra Ames wk46 36h approved M. Ridley",
                        "batista_ts_ocr.txt": "Lorenzo Batista wk46 36h\n[sticker on back] CELIA WRENFIELD MRN 30044187 DOB 02/02/1973 DX: renal colic",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Text rate card for prospective client",
        notes="Rate card TXT attachment; no patients.",
        frm="Account Management <accounts@northstarclinicalstaffing.com>",
        to="cno@savannahcoastalmed.org",
        subject="Northstar rate card 2027",
        body="Per our call, our 2027 rate card is attached. Happy to discuss volume tiers.",
        atts=(
            Att(
                "rate_card_2027.txt",
                "text/plain",
                "ICU/ED RN travel: $112/h\r\nMed-surg RN travel: $96/h\r\nLPN: $64/h\r\n1:1 sitter: $24.50/h\r\nPediatric PDN (Medicaid): per state rate\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare home nursing authorization request",
        notes="Beneficiary name and MBI with end-stage COPD diagnosis sent to Medicare Advantage plan.",
        frm="Private Duty Billing <pdnbilling@northstarclinicalstaffing.com>",
        to="homecare.auth@peachstatemedicareplan.com",
        subject="Respite nursing request",
        body="Requesting 56 hours of respite nursing for:\nEdna Whitcombe-Lyle, DOB 01/19/1938\nMBI 5HN3-VC8-KT27\nDx: end-stage COPD (J44.1), O2 dependent, caregiver hospitalized.\nOrdering: Dr. Felix Amundsen, NPI 1662865330.\n\nPDN Billing"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Workforce COVID exposure notice",
        notes="Hard negative: notice that a staff member at a client site tested positive, no name or identifiers.",
        frm="Employee Health Liaison <ehs@northstarclinicalstaffing.com>",
        to="travelers-gradypark@northstarclinicalstaffing.com",
        subject="Exposure notice - Grady Park ED, 11/12 nights",
        body="A coworker who worked Grady Park ED nights on 11/12 has tested positive for COVID-19. If you worked that shift, watch for symptoms for 10 days and test if any appear. No need to stay home if well. We cannot share who it was.",
    ),
    Spec(
        phi=True,
        category="Terse text-style message about patient to nurse",
        notes="Hard positive: one-liner giving patient surname, room and 'CIWA 18, ativan given' to the incoming nurse's personal mail.",
        frm="Staffing Desk <desk@northstarclinicalstaffing.com>",
        to="joy.akande.lpn@gmail.com",
        subject="heads up for 4E tonight",
        body="Hawthorne in 408 - CIWA 18 at 1600, ativan 2mg given, sitter stays on. Desk",
    ),
]
