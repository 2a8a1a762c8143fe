# ruff: noqa: E501
"""Hand-written holdout5 messages from ClearFlow Kidney Care (dialysis network)."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, zipped
from _pdf import pdf
from _spec import Att, Spec
from _xlsx import xlsx

C = "clearflowkidney.com"
SIG = "\n\nClearFlow Kidney Care - Northgate Unit\nThis communication may contain confidential health information protected by law.\n"

_PACKET = zipped({
    "01_cover_letter.txt": "Transplant referral for Reginald Okoro, DOB 1969-08-03, ESRD on HD since 2022 (N18.6). Blood type O+.",
    "02_labs.csv": "date,test,value\n2026-11-20,PRA,12%\n2026-11-20,HIV,neg\n2026-11-20,HCV Ab,neg\n",
    "03_insurance.txt": "Medicare MBI: 5KT9-WN2-QA47  Secondary: Premera member PRM882104557",
})

MESSAGES: list[Spec] = [
    Spec(
        True, "flowsheet",
        "Dialysis treatment flowsheet PDF with patient name, weights and BP to a nephrologist's office.",
        f"Northgate Charge RN <northgate.charge@{C}>", "office@pugetnephrology.com",
        "Flowsheet 12/4",
        "Flowsheet attached for your review - intradialytic hypotension again.\n" + SIG,
        atts=(Att("flowsheet_1204.pdf", "application/pdf", pdf([
            "CLEARFLOW KIDNEY CARE - HEMODIALYSIS TREATMENT RECORD",
            "Patient: Delphine Archambault   MRN: CF-220481   Chair 7   Date: 12/04/2026",
            "Pre wt 78.4 kg  Post wt 75.9 kg  EDW 75.5  UF 2.5 L",
            "BP pre 146/82, 1h 92/50 (symptomatic, UF paused, NS 200 mL), post 118/66",
            "Qb 400 Qd 600  Dialyzer F180  Heparin 2000u bolus",
        ], "HD flowsheet")),),
    ),
    Spec(
        True, "missed_treatment",
        "Missed-treatment outreach to patient's daughter's personal email.",
        f"Social Worker <lrousseau@{C}>", "tanyaokoro.home@gmail.com",
        "Your dad missed dialysis",
        "Hi Tanya,\n\nYour father Reginald missed his Tuesday and Thursday treatments this week. His potassium was 6.4 last\n"
        "Saturday, so this is really important. Can you help get him here Saturday 6am? We can set up Access transport.\n\nLeah Rousseau, MSW" + SIG,
    ),
    Spec(
        True, "missed_treatment",
        "Hard positive: mobile one-liner with first name only and missed treatments to a transport company.",
        f"Leah Rousseau <lrousseau@{C}>", "dispatch@accessrides-nw.com",
        "pickup",
        "Can you add Gus back on MWF 5:15am pickup at the Lake City house? he's missed 3 runs of dialysis\n\nSent from my iPhone",
    ),
    Spec(
        True, "transplant_referral",
        "ZIP transplant referral packet with MBI, labs and diagnosis.",
        f"Transplant Coordinator <transplant@{C}>", "kidneyreferrals@uwtransplantcenter.org",
        "Referral packet - Okoro",
        "Referral packet attached (cover, labs, insurance). Patient is motivated, has a potential living donor (sister).\n" + SIG,
        atts=(Att("referral_okoro.zip", "application/zip", _PACKET),),
    ),
    Spec(
        True, "vascular_access",
        "Vascular access clinic schedule XLSX with names and access problems.",
        f"Access Coordinator <access@{C}>", "scheduler@northwestvascularsurgery.com",
        "VA clinic list for Thursday",
        "Here's Thursday's access clinic list. Fistulagram requests on sheet 2.\n",
        atts=(Att("va_clinic_1210.xlsx", XLSX, xlsx({
            "Clinic": [["Time", "Patient", "DOB", "Access", "Issue"],
                       ["08:00", "Horace Blevins", "1955-03-11", "L RC AVF", "prolonged bleeding"],
                       ["08:30", "Marguerite Sall", "1962-12-29", "R BC AVF", "aneurysmal, skin thinning"]],
            "Fistulagram": [["Patient", "Reason"], ["Horace Blevins", "venous pressure 240 at Qb 350"]],
        })),),
    ),
    Spec(
        True, "lab_result",
        "Monthly labs with Kt/V, phosphorus and hemoglobin for one named patient.",
        f"Dietitian <rd.northgate@{C}>", "delphine.archambault@outlook.com",
        "November labs",
        "Hi Delphine! Your November labs: Kt/V 1.31 (good), phosphorus 7.1 (high - let's talk about binders and dairy),\n"
        "albumin 3.6, Hgb 10.4. Bring your food diary Wednesday.\n\nMaya, RD",
    ),
    Spec(
        True, "hospitalization",
        "Hard positive: HTML-only hospital transfer note; PHI in a table cell.",
        f"Northgate Charge RN <northgate.charge@{C}>", "ed.charge@cascadegeneral.org",
        "Transfer from unit",
        "",
        html="<html><body><p>Sending to your ED now via AMR:</p><table border=1><tr><td>Name</td><td>Horace Blevins</td></tr>"
        "<tr><td>DOB</td><td>03/11/1955</td></tr><tr><td>Reason</td><td>chest pain during HD, troponin pending, K 5.9</td></tr>"
        "<tr><td>Access</td><td>L RC AVF - do not use L arm for BP</td></tr></table><p>Call 206-555-0104.</p></body></html>",
        html_only=True,
    ),
    Spec(
        True, "x12",
        "X12 270 eligibility inquiry with subscriber MBI and name.",
        f"Revenue Cycle <revcycle@{C}>", "edi-support@availclear.com",
        "270 returns AAA*N*72",
        "Eligibility inquiry below returns invalid member ID but MBI looks right to us.\n",
        atts=(Att("elig_270.x12", "text/plain",
            "ISA*00*          *00*          *ZZ*CLEARFLOW      *ZZ*AVAILCLEAR     *261204*0933*^*00501*000001882*0*P*:~\n"
            "HL*1**20*1~NM1*PR*2*MEDICARE*****PI*CMS~HL*2*1*21*1~NM1*1P*2*CLEARFLOW KIDNEY CARE*****XX*1748293051~\n"
            "HL*3*2*22*0~NM1*IL*1*SALL*MARGUERITE****MI*3HR6DK8PY52~DMG*D8*19621229~EQ*30~\n"),),
    ),
    Spec(
        True, "fhir",
        "FHIR Observation bundle with dialysis adequacy for a named patient.",
        f"Clinical Informatics <informatics@{C}>", "support@renalregistrysync.com",
        "Observation rejected",
        "This one fails schema validation on your side - Observation.valueQuantity? Example attached.\n",
        atts=(Att("obs_ktv.json", "application/fhir+json",
            '{"resourceType":"Observation","status":"final","code":{"text":"Kt/V"},"subject":{"reference":"Patient/CF-220903",'
            '"display":"Ignatius Fairweather"},"effectiveDateTime":"2026-11-18","valueQuantity":{"value":1.08}}'),),
    ),
    Spec(
        True, "medication",
        "EPO and iron dose change for named patient sent to unit pharmacy vendor.",
        f"Dr. Saoirse Kinnane <skinnane@{C}>", "orders@renalrxpharmacy.com",
        "dose change - Fairweather",
        "Ignatius Fairweather (CF-220903): increase epoetin alfa to 6000 units TIW, start iron sucrose 100 mg x10 treatments.\n"
        "Ferritin 142, TSAT 16%. Thanks, Dr. Kinnane\nNPI: 1630587248\n",
    ),
    Spec(
        True, "forwarded_chain",
        "Forward chain: insurance question forwards inner message with patient's SSN for enrollment.",
        f"Finance Counselor <finance@{C}>", "enrollment@medigapadvisors.com",
        "FW: enrollment help",
        "Please see below, can you help this patient enroll before 12/31?\n",
        forward=Spec(
            True, "insurance", "inner", f"Leah Rousseau <lrousseau@{C}>", f"finance@{C}",
            "enrollment help",
            "Hi - Bartholomew Quaye, new to dialysis in Oct, turning 65 in Feb. SSN 417-62-8830, MBI: 7WD2-HJ4-RT18. He has no secondary and\ncan't afford the 20%. Can you look at Medigap options? -Leah\n",
        ),
    ),
    Spec(
        True, "txt_attachment",
        "TXT treatment log with name and machine alarms.",
        f"Biomed <biomed@{C}>", "techsupport@fluxdialysis-systems.com",
        "machine alarm log",
        "Log attached from the treatment where the blood leak alarm fired.\n",
        atts=(Att("alarmlog_chair12.txt", "text/plain",
            "Chair 12 SN FX40-22817 12/03/2026\n07:12 tx start pt CF-221177 Wendell Osterhaus\n08:44 BLOOD LEAK alarm, tx stopped, blood not returned (~200 mL loss)\n"),),
    ),
    Spec(
        True, "transplant_referral",
        "Hard positive: DOCX letter of support; patient identifiable by name and ESRD status.",
        f"Leah Rousseau <lrousseau@{C}>", "housing@kingcountyha.org",
        "Letter for reasonable accommodation",
        "Attached is the letter for our patient's housing accommodation request.\n" + SIG,
        atts=(Att("accommodation_letter.docx", DOCX, docx([
            "To whom it may concern:",
            "Marguerite Sall receives in-center hemodialysis three times weekly at ClearFlow Kidney Care for end-stage kidney disease.",
            "She requires a ground-floor unit near a bus line to attend treatments.",
        ])),),
    ),
    Spec(
        True, "home_dialysis",
        "Peritoneal dialysis peritonitis alert to home-training nurse personal address.",
        f"Home Program <homeprogram@{C}>", "nina.pd.rn@yahoo.com",
        "cloudy effluent - Ortega",
        "Nina, Esteban Ortega called - cloudy PD effluent and abd pain since last night. Cell count 1,240 WBC. Started\nintraperitoneal vanc + ceftaz per protocol. Can you see him first thing?\n",
    ),
    Spec(
        True, "csv_roster",
        "Hard positive: chair schedule CSV with first names + shift + hepatitis B isolation flag.",
        f"Northgate Charge RN <northgate.charge@{C}>", "staffing@nursepoolnw.com",
        "Sat roster for agency RNs",
        "Roster for the agency nurses Saturday so they can plan.\n",
        atts=(Att("sat_roster.csv", "text/csv",
            "chair,shift,patient,notes\n1,AM,Horace B.,L arm no BP\n2,AM,Delphine A.,hypotension-prone\nISO,AM,Ignatius F.,HBsAg+ isolation room\n"),),
    ),
    # ---- ClearFlow negatives
    Spec(
        False, "ktv_dashboard",
        "Hard negative: aggregate Kt/V quality dashboard by facility.",
        f"Quality <quality@{C}>", "medicaldirectors@clearflowkidney.com",
        "Nov QIP dashboard",
        "Network Nov: Kt/V >= 1.2 in 94.1% (goal 93), Hgb < 10 in 18%, catheter > 90 days 9.7%, hospitalizations 1.6/pt-yr.\n"
        "Northgate is lowest on catheters (12.4%). Full dashboard attached.\n",
        atts=(Att("qip_nov.xlsx", XLSX, xlsx({
            "Facility": [["Facility", "Patients", "KtV>=1.2 %", "Cath>90d %"], ["Northgate", "142", "92.3", "12.4"], ["Renton", "118", "95.8", "7.1"]],
            "Trend": [["Month", "KtV %"], ["Sep", "93.2"], ["Oct", "93.7"], ["Nov", "94.1"]],
        })),),
    ),
    Spec(
        False, "memorial",
        "Hard negative: memorial for a retired nephrologist mentioning his own illness.",
        f"Office of the CMO <cmo@{C}>", "allstaff@clearflowkidney.com",
        "In memory of Dr. Harlan Petrossian",
        "Colleagues,\n\nIt is with sadness that we share that Dr. Harlan Petrossian, who founded our Renton unit in 1989 and retired\n"
        "in 2019, died last week after a long illness. He trained a generation of dialysis nurses. A memorial will be held\n"
        "Saturday 12/19 at 2pm at Renton Community Center; the family asks for donations to the National Kidney Foundation.\n",
    ),
    Spec(
        False, "downtime",
        "Hard negative: RO water system downtime ticket with serial numbers.",
        f"Biomed <biomed@{C}>", "service@purewaterrenal.com",
        "RO-2 Renton conductivity fault",
        "RO unit SN PW-88130-R at Renton showing conductivity 18 uS/cm, second shift moved to Northgate. Please send a tech.\n",
    ),
    Spec(
        False, "supply_order",
        "Dialyzer supply order with lot numbers.",
        f"Supply <supply@{C}>", "orders@nephrosupplyco.com",
        "PO 77120 - dialyzers and bloodlines",
        "Order: F180NR x 600 (lot preference 26K114), bloodlines CF-BL x 600, 15G fistula needles x 1200. Deliver to Northgate dock.\n",
    ),
    Spec(
        False, "policy",
        "Hard negative: missed-treatment outreach policy with generic script, no patient.",
        f"Social Work Lead <swlead@{C}>", "socialworkers@clearflowkidney.com",
        "Updated missed treatment workflow",
        "Team, new workflow: after one missed treatment call the patient the same day; after two, call the emergency contact\n"
        "and notify the nephrologist. Script: 'Hi [NAME], we missed you at dialysis today...' Document in the EHR.\n",
    ),
    Spec(
        False, "job_posting",
        "Job posting for a dialysis patient care technician.",
        f"Talent <talent@{C}>", "listings@healthcarejobboard.com",
        "PCT - Northgate (nights)",
        "Hemodialysis Patient Care Technician, CCHT or within 18 months, paid training, $24-$30/hr. clearflowkidney.com/jobs\n",
    ),
    Spec(
        False, "newsletter",
        "Patient-education newsletter about phosphorus, no individual.",
        f"ClearFlow Kidney Care <news@{C}>", "patients-list@clearflowkidney.com",
        "Holiday eating tips for dialysis",
        "Holiday tip: watch for hidden phosphorus in processed cheeses and colas. Ask your dietitian about binders with meals.\n",
    ),
    Spec(
        False, "board_deck",
        "Hard negative: PDF board summary with census and mortality rate.",
        f"Office of the CMO <cmo@{C}>", "board@clearflowkidney.com",
        "Board packet - clinical section",
        "Clinical section attached.\n",
        atts=(Att("board_clinical_dec.pdf", "application/pdf", pdf([
            "CLEARFLOW KIDNEY CARE - BOARD CLINICAL SUMMARY, DECEMBER 2026",
            "Census 612 in-center, 74 home. Standardized mortality ratio 0.91.",
            "Transplant waitlist: 88 patients (14.4%). 11 transplants YTD.",
        ], "Board clinical")),),
    ),
]
