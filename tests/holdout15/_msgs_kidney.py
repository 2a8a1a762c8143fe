"""Prairie Kidney & Dialysis: outbound mail, PHI and not."""
# ruff: noqa: E501  (hand-written mail text and data lines are kept whole)

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, xlsx, zipped
from _spec import HCA, PKD, Att, Spec

SIG_SW = "\n\nLatoya Simmons, MSW, LCSW\nSocial Services | Prairie Kidney & Dialysis - Lincoln North\n402-555-0261\n"

X12_837 = (
    "~\n".join(
        [
            "ISA*00*          *00*          *ZZ*PRAIRIEKIDNEY  *ZZ*CLEARHOUSE01   *261109*1422*^*00501*000004417*0*P*:",
            "GS*HC*PRAIRIEKIDNEY*CLEARHOUSE01*20261109*1422*4417*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*PKD4417*20261109*1422*CH",
            "NM1*85*2*PRAIRIE KIDNEY AND DIALYSIS*****XX*1645335534",
            "NM1*IL*1*HUNSAKER*MERLE*D***MI*7KC3XD9UP41",
            "N3*511 PRAIRIE LARK DR",
            "N4*LINCOLN*NE*68521",
            "DMG*D8*19470315*M",
            "CLM*PKD-110926-01*4816.20***72:A:1",
            "HI*ABK:N186*ABF:I120",
            "SV2*0821**3612.15*UN*13",
            "SV2*0636*J0887*1204.05*UN*13",
            "SE*13*0001",
            "GE*1*4417",
            "IEA*1*000004417",
        ]
    )
    + "~\n"
)

FHIR_HGB = json.dumps(
    {
        "resourceType": "Observation",
        "status": "final",
        "code": {
            "coding": [{"system": "http://loinc.org", "code": "718-7", "display": "Hemoglobin"}]
        },
        "subject": {"reference": "Patient/PKD-30418", "display": "Imani Crawford-Bell"},
        "effectiveDateTime": "2026-11-06T06:45:00-06:00",
        "valueQuantity": {"value": 8.9, "unit": "g/dL"},
        "note": [
            {"text": "In-center HD, Lincoln North chair 12. ESA dose increase per anemia protocol."}
        ],
    },
    indent=1,
)

PHI = [
    Spec(
        phi=True,
        category="transplant referral with MBI",
        notes="Transplant referral email with patient name, DOB, MBI and dialysis start date to the transplant center.",
        frm=f"Latoya Simmons <lsimmons@{PKD}>",
        to="kidneytransplant.referrals@nebraskamedcenter.org",
        subject="New transplant referral - Lincoln North",
        body=(
            "Hello,\n\nPlease accept this referral for kidney transplant evaluation:\n\n"
            "Name: Merle Hunsaker\nDOB: 03/15/1947\nMedicare MBI: 7KC3-XD9-UP41\n"
            "Dx: ESRD secondary to hypertensive nephrosclerosis, in-center HD since 06/2024\n"
            "Nephrologist: Dr. Omar Haddad\nPhone: 402-555-0218\n\nHe is motivated, his niece has "
            "expressed interest in living donation. Records to follow by fax." + SIG_SW
        ),
    ),
    Spec(
        phi=True,
        category="PD nurse to husband icloud",
        notes="Hard positive: home dialysis nurse writes to the husband's icloud about his wife's cloudy PD effluent (first name + peritonitis concern).",
        frm=f"Kari Engstrom RN <kengstrom@{PKD}>",
        to="dougie.fairweather@icloud.com",
        subject="Re: bag looked cloudy",
        body=(
            "Doug,\n\nThanks for letting us know. Cloudy effluent can mean peritonitis, so please "
            "bring Linda and tonight's drain bag to the home therapy clinic by 8 tomorrow morning. "
            "Don't throw the bag away. If she gets fever or belly pain tonight, go to the ED.\n\n"
            "Kari, Home Dialysis\nPrairie Kidney & Dialysis"
        ),
    ),
    Spec(
        phi=True,
        category="monthly labs workbook by shift",
        notes="Hard positive: two-sheet XLSX with patient names and monthly dialysis labs (Kt/V, Hgb, phosphorus); body generic.",
        frm=f"Clinic Manager Lincoln North <mgr.lincolnnorth@{PKD}>",
        to=f"Dr. Omar Haddad <ohaddad@{PKD}>",
        subject="November monthlies for QAPI",
        body="Dr. Haddad, monthlies attached by shift for Thursday's QAPI. Flagged cells are out of range.\n\nRhonda",
        atts=(
            Att(
                "LN_monthlies_Nov.xlsx",
                XLSX,
                xlsx(
                    {
                        "MWF AM": [
                            ["Patient", "Chair", "spKt/V", "Hgb", "Phos", "Alb", "IDWG kg"],
                            ["Anwar, Yusuf", 3, 1.52, 10.4, 6.8, 3.6, 3.1],
                            ["Hunsaker, Merle", 5, 1.21, 9.6, 5.1, 3.4, 2.2],
                            ["Delacroix, Simone", 8, 1.67, 11.2, 4.4, 3.9, 1.8],
                        ],
                        "TTS PM": [
                            ["Patient", "Chair", "spKt/V", "Hgb", "Phos", "Alb", "IDWG kg"],
                            ["Crawford-Bell, Imani", 12, 1.44, 8.9, 7.2, 3.1, 4.0],
                            ["Petrosyan, Aram", 2, 1.38, 10.9, 5.9, 3.7, 2.6],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="transportation schedule with chair times",
        notes="Hard positive: ride vendor schedule of named riders with dialysis chair times and addresses; no diagnosis words beyond dialysis.",
        frm=f"Front Desk Lincoln North <frontdesk.ln@{PKD}>",
        to="dispatch@starlinemedtrans.com",
        subject="Schedule changes week of 11/16",
        body=(
            "Hi dispatch,\n\nChanges for next week at Lincoln North dialysis:\n\n"
            "- Yusuf Anwar, 2241 Vine St: moves from MWF 5:30 AM to MWF 11:00 AM chair, pickup 10:15\n"
            "- Simone Delacroix, 940 N 27th St Apt 3C: no ride Wed 11/18 (son driving)\n"
            "- Aram Petrosyan, 6120 Havelock Ave: needs wheelchair van now, not sedan\n\n"
            "Thanks,\nJenna at the front desk"
        ),
    ),
    Spec(
        phi=True,
        category="X12 837 institutional claim",
        notes="Hard positive: X12 837I claim file with member MBI, name, address, ESRD diagnosis codes and dialysis revenue codes.",
        frm=f"Billing <billing@{PKD}>",
        to="edi-inbound@clearhouse01.com",
        subject="837I batch 4417",
        body="Batch 4417 attached, 1 claim. Please send 999/277CA to this mailbox.",
        atts=(Att("PKD_837I_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="social worker to Medicaid caseworker",
        notes="Social worker tells a county Medicaid caseworker that a named dialysis patient's coverage lapsed.",
        frm=f"Latoya Simmons <lsimmons@{PKD}>",
        to="tbrandt@dhhs-lancastercounty.ne.gov",
        subject="Coverage lapse - urgent renewal",
        body=(
            "Ms. Brandt,\n\nOur patient Imani Crawford-Bell (DOB 07/22/1988, Medicaid ID 4410928736) "
            "received a termination notice effective 11/30 because her renewal packet was mailed to "
            "an old address. She dialyzes three times a week for end-stage kidney disease and "
            "cannot miss treatment. Her current address is 3318 Apple St, Lincoln 68503. Could you "
            "expedite the renewal? She signed a release for me to speak with you." + SIG_SW
        ),
    ),
    Spec(
        phi=True,
        category="dietitian potassium advice to patient gmail",
        notes="Dietitian emails a patient his high potassium result and diet advice.",
        frm=f"Megan O'Rourke RD <morourke@{PKD}>",
        to="henrytwobulls.58@gmail.com",
        subject="Your potassium",
        body=(
            "Hi Henry,\n\nYour potassium on Monday's labs was 6.1, which is high for dialysis. Over "
            "Thanksgiving please go easy on potatoes, tomato sauce, bananas and orange juice, and "
            "don't use salt substitutes (they are potassium). Let's go over your binder and your "
            "meal plan at chairside Wednesday.\n\nMegan O'Rourke, RD, LMNT\nRenal Dietitian"
        ),
    ),
    Spec(
        phi=True,
        category="no-show subject only",
        notes="Hard positive: PHI only in the subject line (patient name, missed dialysis treatment, chair).",
        frm=f"Charge Nurse LN <charge.ln@{PKD}>",
        to=f"lsimmons@{PKD}",
        subject="No-show 2nd tx this week - Abdi Warsame chair 7",
        body="pls call, phone goes to VM",
    ),
    Spec(
        phi=True,
        category="transplant evaluation letter DOCX",
        notes="DOCX letter summarizing a patient's transplant workup sent to the transplant coordinator.",
        frm=f"Dr. Omar Haddad <ohaddad@{PKD}>",
        to="kidneytransplant.referrals@nebraskamedcenter.org",
        subject="Pre-transplant workup update",
        body="Updated workup letter attached. Cardiology clearance is pending at Heartland.",
        atts=(
            Att(
                "Delacroix_S_transplant_update.docx",
                DOCX,
                docx(
                    [
                        "Prairie Kidney & Dialysis - Nephrology",
                        "Re: Simone Delacroix, DOB 01/29/1972, MRN PKD0077154",
                        "ESRD due to lupus nephritis (M32.14), in-center hemodialysis since 2023.",
                        "PRA 12%. Blood type O+. Hepatitis panel negative, HIV negative.",
                        "Cardiac: stress echo ordered at Heartland Cardiology, result pending.",
                        "Dental clearance complete 10/2026. Mammogram and Pap current.",
                        "Omar Haddad, MD",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded hospital discharge",
        notes="Forwarded message/rfc822 from the hospital's case manager about a dialysis patient's discharge and new meds.",
        frm=f"Charge Nurse LN <charge.ln@{PKD}>",
        to=f"Nurse Manager <rnmanager.ln@{PKD}>",
        subject="Fwd: Discharge - returning to unit Friday",
        body="FYI he's back Friday, heparin held per the below. I updated the flowsheet.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Case Management <cm.4west@bryanlincolnhospital.org>",
            to=f"charge.ln@{PKD}",
            subject="Discharge - returning to unit Friday",
            body=(
                "Aram Petrosyan (DOB 09/04/1963) is being discharged today after admission for "
                "upper GI bleed. Please hold heparin with HD for 2 weeks. New: pantoprazole 40 mg BID. "
                "Hgb 7.8 at discharge after 2 units PRBC. Resume TTS schedule Friday."
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fistulogram request to vascular center",
        notes="Vascular access nurse requests a fistulogram for a named patient with DOB and access problem.",
        frm=f"Access Coordinator <access@{PKD}>",
        to="scheduling@capitolvascularaccess.com",
        subject="Fistulogram request - high venous pressures",
        body=(
            "Please schedule a fistulogram, possible angioplasty:\n\nPatient: Yusuf Anwar\nDOB: 11/30/1959\n"
            "Access: L brachiocephalic AVF created 02/2025\nIssue: venous pressures 260-290 x3 "
            "treatments, prolonged bleeding post-needle removal, Kt/V down to 1.52 from 1.8\n"
            "Chair: MWF 11:00, please schedule Tue or Thu.\nOrdering: Dr. Omar Haddad\n\n"
            "Thank you,\nRosa Figueroa, RN, Vascular Access Coordinator"
        ),
    ),
    Spec(
        phi=True,
        category="holiday schedule letter to patient aol",
        notes="Hard positive: holiday treatment-change email to a named patient's aol with his chair day and time; the health information is the dialysis treatment itself.",
        frm=f"Prairie Kidney Lincoln South <lincolnsouth@{PKD}>",
        to="gene.whitlow1949@aol.com",
        subject="Thanksgiving week treatment time",
        body=(
            "Dear Mr. Whitlow,\n\nBecause the unit is closed on Thursday, November 26, your "
            "treatment that day will move to Wednesday, November 25 at 12:30 PM in chair 14. "
            "Your Saturday treatment stays the same. Please keep watching your fluids over the "
            "holiday.\n\nLincoln South Dialysis\n402-555-0290"
        ),
    ),
    Spec(
        phi=True,
        category="FHIR hemoglobin observation",
        notes="Hard positive: FHIR Observation (hemoglobin, named patient, chair) to the anemia-management pharmacy vendor; body only says attached.",
        frm=f"PKD Interface <interface@{PKD}>",
        to="anemia-mgmt@renalrxpartners.com",
        subject="ESA protocol lab feed",
        body="See attached observation.",
        atts=(Att("obs_30418.json", "application/fhir+json", FHIR_HGB),),
    ),
    Spec(
        phi=True,
        category="guest dialysis treatment request",
        notes="Guest treatment request to a Florida unit with name, DOB, dialysis prescription and hepatitis status.",
        frm=f"Travel Coordinator <travel@{PKD}>",
        to="guest.services@suncoastdialysis.com",
        subject="Guest treatment request 12/20-1/3",
        body=(
            "Hello Suncoast team,\n\nRequesting guest treatments for our patient Delores Ingebretsen "
            "(DOB 05/02/1951) while she visits family in Sarasota Dec 20 - Jan 3, MWF preferred.\n\n"
            "Rx: 4 h, F180 dialyzer, Qb 400, Qd 600, 2K/2.5Ca bath, EDW 71.5 kg, heparin 2000 "
            "units bolus. HBsAg negative 10/15/2026, HBsAb 84 (immune). Access: R forearm AVG.\n\n"
            "Packet (H&P, last 3 flowsheets, orders) will come by secure fax.\n\n"
            "Carla Mendes\nTravel Coordinator"
        ),
    ),
    Spec(
        phi=True,
        category="zip of progress notes",
        notes="Hard positive: zip of TXT monthly progress notes with names and conditions sent to the nephrologist's billing service.",
        frm=f"Medical Records <records@{PKD}>",
        to="coding@plainsphysicianbilling.com",
        subject="Oct MCP documentation (2 files)",
        body="October monthly capitation visit notes for coding. Password not needed, internal to our BAA vendor channel.",
        atts=(
            Att(
                "Oct_MCP_notes.zip",
                "application/zip",
                zipped(
                    {
                        "Whitlow_Gene_Oct.txt": "Gene Whitlow 08/19/1949 - 4 MCP visits Oct. ESRD, DM2, PAD s/p L BKA. Fluid overload 10/14, EDW lowered.\n",
                        "TwoBulls_Henry_Oct.txt": "Henry Two Bulls 02/10/1958 - 3 MCP visits Oct. ESRD, hyperkalemia, SHPT on cinacalcet 30 mg.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hepatitis B report initials to health department",
        notes="Hard positive: infection-control report to the county with initials, DOB and a new HBsAg-positive result in a dialysis unit.",
        frm=f"Infection Prevention <ip@{PKD}>",
        to="epi@lincolncountyhealth.ne.gov",
        subject="Reportable result - HBsAg",
        body=(
            "Per reporting rules: new HBsAg positive on routine monthly screening, patient A.P., DOB "
            "09/04/1963, Lincoln North in-center HD, drawn 11/02/2026. Previously HBsAg negative "
            "08/2026. Patient moved to isolation station this week. Full case report form to follow "
            "via the state portal.\n\nNoura Sadeq, RN, CIC\nInfection Prevention"
        ),
    ),
    Spec(
        phi=True,
        category="patient statement reminder hotmail",
        notes="Billing reminder (text + HTML with a tracking pixel) to a patient's hotmail with account number and balance for dialysis services.",
        frm=f"Patient Accounts <patientaccounts@{PKD}>",
        to="marisol.quintanilla@hotmail.com",
        subject="Statement reminder - account PK-2290417",
        body=(
            "Dear Marisol Quintanilla,\n\nOur records show a balance of $318.40 on account "
            "PK-2290417 for home peritoneal dialysis training visits in September after your plan's "
            "deductible. You can pay online or call 402-555-0270 to set up a payment plan. If you "
            "applied for our financial assistance program, please disregard this notice.\n\n"
            "Patient Accounts, Prairie Kidney & Dialysis"
        ),
        html=(
            "<html><body><p>Dear Marisol Quintanilla,</p><p>Our records show a balance of "
            "<b>$318.40</b> on account <b>PK-2290417</b> for home peritoneal dialysis training "
            "visits in September after your plan's deductible.</p>"
            "<p><a href='https://pay.prairiekidney.org/?acct=PK-2290417'>Pay online</a> or call "
            "402-555-0270 to set up a payment plan.</p><p>Patient Accounts, Prairie Kidney &amp; "
            "Dialysis</p><img src='https://trk.mailmetrics.example.net/o/pk2290417.gif' width='1' "
            "height='1' alt=''></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="internal hyperkalemia sent to ED",
        notes="Charge nurse tells the nephrologist a named patient with K 6.8 was sent to the ED.",
        frm=f"Charge Nurse LS <charge.ls@{PKD}>",
        to=f"Dr. Ifeoma Nwosu <inwosu@{PKD}>",
        subject="sent out",
        body=(
            "Dr. Nwosu - Mr. Fenwick (Calvin, chair 9) pre-K 6.8, peaked T waves on the monitor. "
            "We ran him on a 1K bath for 45 min and sent him to Bryan West ED by EMS at 0940 for "
            "calcium and further eval. Wife notified.\n\nMelissa"
        ),
    ),
]

CLEAN = [
    Spec(
        phi=False,
        category="ESRD QIP aggregate scores",
        notes="Hard negative: facility-level quality incentive scores and percentages; no individuals.",
        frm=f"Quality <quality@{PKD}>",
        to=f"leadership@{PKD}",
        subject="PY2027 ESRD QIP preliminary scores",
        body=(
            "Leadership,\n\nPreliminary QIP performance scores:\n\n"
            "  Lincoln North: 78 (Kt/V comprehensive 94%, hypercalcemia 1.1%, BSI SIR 0.72)\n"
            "  Lincoln South: 71 (standardized transfusion ratio 1.21 - our weak spot)\n"
            "  Grand Island: 83\n\nNo facility is in the payment reduction range. Comments due to "
            "CMS by 12/1.\n\nQuality Department"
        ),
    ),
    Spec(
        phi=False,
        category="water treatment log memo",
        notes="Technical water-room memo about chlorine testing; no patients.",
        frm=f"Biomed <biomed@{PKD}>",
        to=f"rnmanager.ln@{PKD}",
        subject="Carbon tank breakthrough test results",
        body=(
            "Total chlorine after the worker carbon tank was 0.02 mg/L at 05:00 and 0.03 at 09:00, "
            "both under the 0.1 limit. Polisher tank replaced Saturday. Cultures and endotoxin from "
            "the loop drawn Monday; results in 48 h.\n\nDale, Biomed"
        ),
    ),
    Spec(
        phi=False,
        category="ESA and heparin supply notice",
        notes="Hard negative: supply allocation notice naming dialysis drugs and protocols; no individual.",
        frm=f"Pharmacy Services <pharmacy@{PKD}>",
        to=f"clinic-managers@{PKD}",
        subject="Allocation: heparin 1,000 unit/mL 10 mL vials",
        body=(
            "Managers,\n\nOur distributor has heparin 1,000 units/mL 10 mL vials on allocation. Use "
            "the 5 mL vials for catheter locks and keep ordering to par. Epoetin alfa and "
            "iron sucrose supplies are normal. If any unit falls below 3 days on hand, call me "
            "before changing any patient's protocol.\n\nRyan Kessler, PharmD"
        ),
    ),
    Spec(
        phi=False,
        category="staff holiday schedule",
        notes="Staff Thanksgiving scheduling by staff name; workforce only.",
        frm=f"Nurse Manager <rnmanager.ln@{PKD}>",
        to=f"ln-staff@{PKD}",
        subject="Thanksgiving week staffing",
        body=(
            "Team, Thanksgiving week schedule:\n\nWed 11/25 double shift: Melissa, Tran, Oksana, "
            "DeShawn (PCTs), Kari and Jorge (RNs). Friday normal. Sign up for the potluck on the "
            "break room door!\n\nSharon"
        ),
    ),
    Spec(
        phi=False,
        category="dialyzer invoice SSN-shaped number",
        notes="Hard negative: vendor invoice with an SSN-shaped invoice/PO number and product lot numbers.",
        frm=f"Accounts Payable <ap@{PKD}>",
        to="billing@renalsupplyco.com",
        subject="Short-shipped: invoice 508-41-7726",
        body=(
            "Hello,\n\nInvoice 508-41-7726 bills 60 cases of F180NR dialyzers, but only 54 arrived "
            "at Lincoln South (lot 26K0917). Please issue a credit memo for 6 cases or ship the "
            "balance. Bloodline sets and saline were complete.\n\nPKD Accounts Payable"
        ),
    ),
    Spec(
        phi=False,
        category="CKD education class flyer",
        notes="Hard negative: community class about CKD, dialysis options and transplant; addresses the public, no individual.",
        frm=f"Patient Education <education@{PKD}>",
        to="bev.kolarik.volunteer@aol.com",
        subject="Please post: free kidney class Dec 8",
        body=(
            "Hi Bev,\n\nCould you add this to the senior center's December calendar?\n\n'Living Well with Kidney "
            "Disease' - a free class for anyone with chronic kidney disease stage 3-5 and their "
            "families. Topics: slowing CKD with blood pressure and diabetes control, home vs "
            "in-center dialysis, transplant basics, and eating well. Tues Dec 8, 2-4 PM, Lincoln "
            "Senior Center room B. No registration needed.\n\nPatient Education Team"
        ),
    ),
    Spec(
        phi=False,
        category="new nephrologist announcement",
        notes="Hard negative: clinician name, NPI, specialty and interests.",
        frm=f"Physician Relations <relations@{PKD}>",
        to="referrals@westfieldfamilymed.com",
        subject="Dr. Ifeoma Nwosu joins Prairie Kidney",
        body=(
            "We are delighted to welcome Ifeoma Nwosu, MD (NPI 1645335534), board certified in "
            "nephrology, with interests in glomerular disease, pregnancy in CKD, and home dialysis. "
            "She is accepting referrals at Lincoln South starting December 1.\n\nPhysician Relations"
        ),
    ),
    Spec(
        phi=False,
        category="transplant waitlist aggregate statistics",
        notes="Hard negative: aggregate waitlisting and transplant counts; no individuals.",
        frm=f"Dr. Omar Haddad <ohaddad@{PKD}>",
        to="kidneytransplant.referrals@nebraskamedcenter.org",
        subject="Our 2026 referral numbers",
        body=(
            "Hi Beth,\n\nFor your annual partner report: in 2026 YTD we referred 47 patients for "
            "evaluation, 29 completed evaluation, 18 were waitlisted, and 6 received transplants "
            "(2 living donor). Median time from referral to waitlisting was 7.4 months. Let's meet "
            "in January about the cardiac clearance bottleneck.\n\nOmar"
        ),
    ),
    Spec(
        phi=False,
        category="dialysis machine serials maintenance",
        notes="Hard negative: machine serial numbers and maintenance due dates; devices not tied to patients.",
        frm=f"Biomed <biomed@{PKD}>",
        to="service@dialysismachineservice.com",
        subject="PM due list - Lincoln South",
        body=(
            "Please schedule preventive maintenance for these 2008T machines:\n\n"
            "  SN 8TLP44120 - 6000 h PM due 11/30\n  SN 8TLP44193 - conductivity cell fault x2\n"
            "  SN 8TLP45007 - annual due 12/15\n\nBiomed, Prairie Kidney & Dialysis"
        ),
    ),
    Spec(
        phi=False,
        category="EHR training test patient",
        notes="Hard negative: EHR training materials with clearly fake TRAINING patients.",
        frm=f"Clinical Informatics <informatics@{PKD}>",
        to=f"new-hires@{PKD}",
        subject="Training login and practice patients",
        body=(
            "Welcome! For Thursday's EHR training use the TRAIN environment only. Practice patients:\n\n"
            "  TRAINING, DIALYSIS ONE - MRN TRN000001 - 'ESRD, in-center'\n"
            "  TRAINING, HOMEPD TWO - MRN TRN000002 - 'PD, peritonitis scenario'\n\n"
            "These are fictional records; never use a real patient in training.\n\nClinical Informatics"
        ),
    ),
    Spec(
        phi=False,
        category="job posting dialysis RN",
        notes="Job posting for dialysis nurses and technicians.",
        frm=f"Recruiting <careers@{PKD}>",
        to="postings@nebraskanursesassoc.org",
        subject="Hiring: Dialysis RN and Patient Care Technicians",
        body=(
            "Prairie Kidney & Dialysis is hiring RNs (in-center and home therapies) and certified "
            "patient care technicians in Lincoln and Grand Island. No dialysis experience required - "
            "paid 10-week training. Shifts start at 5 AM, Sundays off.\n\nApply at prairiekidney.org/careers"
        ),
    ),
    Spec(
        phi=False,
        category="board minutes census and financials",
        notes="Hard negative: board minutes with census totals, treatment volumes and payer mix, sent to a board member's personal outlook.",
        frm=f"Board Secretary <board@{PKD}>",
        to="harold.vandermeer@outlook.com",
        subject="Draft minutes - October board meeting",
        body=(
            "Draft minutes for approval:\n\n1. Census: 212 in-center, 58 home (PD 49, HHD 9), net +6.\n"
            "2. Treatments: 8,144 in October. Missed treatment rate 3.9%.\n"
            "3. Payer mix: Medicare 71%, Medicaid 9%, commercial 17%, other 3%.\n"
            "4. Grand Island expansion: 6 stations approved.\n5. Next meeting: December 10.\n\n"
            "Kay Lindqvist, Secretary"
        ),
    ),
    Spec(
        phi=False,
        category="NHSN bloodstream infection rates",
        notes="Hard negative: aggregate infection rates by access type; no individuals.",
        frm=f"Infection Prevention <ip@{PKD}>",
        to=f"clinic-managers@{PKD}",
        subject="Q3 NHSN dialysis event summary",
        body=(
            "Q3 access-related bloodstream infections per 100 patient-months:\n\n"
            "  AVF 0.08 | AVG 0.21 | CVC 1.94\n\nCatheter rates are still 9x fistula rates. Keep the "
            "push on catheter reduction: 14 patients across all units have had a CVC over 90 days. "
            "Hand hygiene audits are at 91%.\n\nNoura"
        ),
    ),
    Spec(
        phi=False,
        category="hepatitis B isolation policy DOCX",
        notes="Hard negative: policy document about HBsAg screening and isolation; no individual.",
        frm=f"Infection Prevention <ip@{PKD}>",
        to=f"policy-reviewers@{PKD}",
        subject="Policy IC-12 Hepatitis B screening - annual review",
        body="Annual review copy attached; only the vaccination schedule changed.",
        atts=(
            Att(
                "IC-12_HepB_Screening_Isolation.docx",
                DOCX,
                docx(
                    [
                        "Prairie Kidney & Dialysis - Policy IC-12 Hepatitis B Screening and Isolation",
                        "All new patients are tested for HBsAg, anti-HBs and anti-HBc before the first treatment.",
                        "Susceptible patients are tested for HBsAg monthly and offered the hepatitis B vaccine series.",
                        "HBsAg-positive patients are dialyzed in the isolation room with dedicated machine and staff.",
                        "New positive results are reported to the local health department within 24 hours.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="employee of the month HTML newsletter",
        notes="HTML-only staff newsletter celebrating an employee; workforce only.",
        frm=f"Prairie Kidney HR <hr@{PKD}>",
        to=f"all-staff@{PKD}",
        subject="The Prairie Post - November",
        body="",
        html=(
            "<html><body><h1>The Prairie Post</h1><h3>Employee of the month: DeShawn Carter, PCT</h3>"
            "<p>DeShawn has trained six new technicians this year and never misses a 5 AM start. "
            "Congratulations!</p><h3>Flu shots</h3><p>Staff flu shots are free in the Lincoln North "
            "break room through Friday.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="phishing warning",
        notes="IT security warning; no health information.",
        frm=f"IT Security <security@{PKD}>",
        to=f"all-staff@{PKD}",
        subject="Phishing alert: fake 'payroll update' emails",
        body=(
            "Several staff received an email titled 'Action required: payroll update' asking them to "
            "log in at a look-alike site (prairiekidney-hr.org). It is not ours. Do not click; report "
            "it with the Phish button. If you entered your password, call x5000 now.\n\nIT Security"
        ),
    ),
    Spec(
        phi=False,
        category="de-identified adequacy research workbook",
        notes="Hard negative: de-identified two-sheet XLSX with random study ids and year only, for a research partner.",
        frm=f"Dr. Omar Haddad <ohaddad@{PKD}>",
        to="renal-research@unmc-research.edu",
        subject="De-identified Kt/V dataset (IRB 2025-1188)",
        body="Attached per the DUA: safe-harbor de-identified, study codes only, year of start only.",
        atts=(
            Att(
                "ktv_deid_2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "adequacy": [
                            ["study_code", "age_band", "vintage_yrs", "access", "mean_spKtV"],
                            ["R-0141", "60-69", 3, "AVF", 1.58],
                            ["R-0142", "40-49", 1, "CVC", 1.31],
                            ["R-0143", "70-79", 6, "AVG", 1.47],
                        ],
                        "codebook": [
                            ["field", "meaning"],
                            ["vintage_yrs", "whole years on dialysis"],
                            ["access", "vascular access type at start of study"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="kidney walk sponsorship thank-you",
        notes="Sponsorship thank-you to a local business; no individuals' health.",
        frm=f"Community Relations <community@{PKD}>",
        to="marketing@cornhuskerbank.com",
        subject="Thank you for sponsoring the Kidney Walk",
        body=(
            "Hi Alicia,\n\nThank you to Cornhusker Bank for sponsoring the Lincoln Kidney Walk. "
            "Over 600 walkers raised $48,200 for patient emergency assistance and free screenings. "
            "Your logo will be on next year's shirts as a gold sponsor.\n\nWith gratitude,\nPatrice "
            "Obi, Community Relations\n" + f"cc: Heartland Cardiology outreach (outreach@{HCA})"
        ),
    ),
]

MESSAGES = PHI + CLEAN
