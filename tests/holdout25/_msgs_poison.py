"""Tri-State Poison Center: hotline follow-ups, toxicology consults and centre business."""

from __future__ import annotations

import json

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, xlsx, zipped
from _spec import LAM, RRMC, TSPC, Att, Spec

_SIG = (
    "\n\nTri-State Poison Center | 1-800-222-1222 (24/7)\n"
    "This message is intended for the named recipient only.\n"
)

_CALLBACK_CSV = (
    "case_no,caller_phone,patient_name,age,substance,route,advice,callback_due\r\n"
    "TS26-40311,555-0121,Mateo Albright,2y,Grandmother's amlodipine 10 mg x1?,ingestion,"
    "Refer ED,2026-11-10 14:00\r\n"
    "TS26-40317,555-0133,Priscilla Vance,34y,Bleach splash eye,ocular,Irrigate home,"
    "2026-11-10 16:30\r\n"
    "TS26-40322,555-0150,Hollis Grady,81y,Double dose warfarin,ingestion,Call PCP INR,"
    "2026-11-11 09:00\r\n"
)

_FHIR_OBS = {
    "resourceType": "Observation",
    "status": "final",
    "subject": {"display": "Tremaine Ellison, DOB 1996-09-14"},
    "code": {"text": "Acetaminophen level, 4 h post ingestion"},
    "effectiveDateTime": "2026-11-09T22:40:00-05:00",
    "valueQuantity": {"value": 212, "unit": "ug/mL"},
    "note": [{"text": "Above treatment line; NAC started per poison center"}],
}

_ICS_FOLLOW = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tri-State Poison Center//Callbacks//EN\r\n"
    "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:h25-tspc-cb-40355@tristatepoison.org\r\n"
    "DTSTAMP:20261110T120000Z\r\nDTSTART:20261111T140000Z\r\nDTEND:20261111T141500Z\r\n"
    "SUMMARY:Callback TS26-40355 - Ruby Castellanos (18 mo) lamp oil aspiration "
    "- check cough/fever\r\n"
    "DESCRIPTION:Mother Lourdes at 555-0187. Seen at RRMC ED\\, CXR clear\\, discharged.\r\n"
    "ORGANIZER:mailto:spi-desk@tristatepoison.org\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

_FWD_EDQ = Spec(
    phi=True,
    category="x",
    notes="inner",
    frm=f"Dr. Marcus Bell <mbell@{RRMC}>",
    to=f"consults@{TSPC}",
    subject="lithium level question",
    body="Hi, calling back about Geraldine Stoltz, 68, chronic lithium for bipolar disorder, "
    "level 3.1 today with tremor and confusion, creatinine 2.4. Nephrology asks whether you "
    "agree with HD tonight.\n\nMarcus Bell, MD, RRMC ED",
)

MESSAGES: list[Spec] = [
    # ---- PHI ----
    Spec(
        phi=True,
        category="toxicology consult note",
        notes="Toxicologist's written consult to the ED for a named patient with ethylene "
        "glycol ingestion.",
        frm=f"Dr. Renata Kessler <rkessler@{TSPC}>",
        to=f"Dr. Helen Yoshida <hyoshida@{RRMC}>",
        subject="Tox consult - your ED patient, TS26-40288",
        body="Helen,\n\nWritten recommendations for Anton Mikkelsen (DOB 12/03/1961), seen in "
        "your ED 11/09 after drinking antifreeze: osmolar gap 38, bicarbonate 9. Fomepizole "
        "15 mg/kg load given 23:10; recommend hemodialysis and thiamine/pyridoxine. Repeat "
        "ethylene glycol level after HD.\n\nRenata Kessler, MD\nMedical Toxicology" + _SIG,
    ),
    Spec(
        phi=True,
        category="callback roster csv",
        notes="Specialist in poison information hands off a callback roster with caller "
        "phones, names and exposures; PHI only in the CSV.",
        frm=f"SPI Desk <spi-desk@{TSPC}>",
        to=f"Night SPI Team <spi-nights@{TSPC}>",
        subject="Open callbacks for tonight",
        body="Three open callbacks carried over, see attached. The warfarin one needs the PCP "
        "name.\n\nDeb",
        atts=(Att("open_callbacks_1110.csv", "text/csv", _CALLBACK_CSV),),
    ),
    Spec(
        phi=True,
        category="parent followup gmail",
        notes="Hard positive: SPI emails a parent at gmail about her toddler (first name "
        "only) who swallowed a button battery.",
        frm=f"Deborah Nakashima RN <dnakashima@{TSPC}>",
        to="kaylamoreno.family@gmail.com",
        subject="Checking in on Eli",
        body="Hi Kayla,\n\nThis is Deb from the poison center following up. I'm glad the "
        "x-ray showed the button battery had already passed into the stomach and that Eli is "
        "eating. As the GI doctor said, watch for black stools, vomiting or belly pain and "
        "bring him back if any happen. The honey you gave on the way in was the right thing.\n\n"
        "Deb" + _SIG,
    ),
    Spec(
        phi=True,
        category="forwarded ed question",
        notes="Toxicologist forwards an ED physician's question about a named lithium-toxic "
        "patient to nephrology; PHI in the forwarded message.",
        frm=f"Dr. Renata Kessler <rkessler@{TSPC}>",
        to="nephro-oncall@riversidekidneycare.com",
        subject="FW: lithium level question",
        body="Femi, see below. I agree with dialysis given the mental status change. Could "
        "you call Dr. Bell directly?\n\nRenata",
        forward=_FWD_EDQ,
    ),
    Spec(
        phi=True,
        category="lab observation fhir",
        notes="Hard positive: FHIR Observation with the patient display name, DOB and "
        "acetaminophen level "
        "sent to the centre's toxicology fellow.",
        frm=f"Data Interfaces <interfaces@{TSPC}>",
        to="fellow-tox@keystonetoxfellowship.org",
        subject="Level for your case",
        body="Auto-forwarded result attached (from the ED lab feed).",
        atts=(Att("observation.json", "application/fhir+json", json.dumps(_FHIR_OBS, indent=2)),),
    ),
    Spec(
        phi=True,
        category="callback calendar invite",
        notes="Hard positive: callback calendar entry naming a toddler, exposure and the "
        "mother's phone; body blank-ish.",
        frm=f"SPI Desk <spi-desk@{TSPC}>",
        to=f"Marco Ferretti <mferretti@{TSPC}>",
        subject="Callback tomorrow 9am",
        body="Added to your queue.",
        ics=_ICS_FOLLOW,
    ),
    Spec(
        phi=True,
        category="snakebite consult subject",
        notes="Hard positive: PHI in the subject (name + envenomation); body technical.",
        frm=f"Dr. Tobias Wendt <twendt@{TSPC}>",
        to="pharmacy@lakesidecommunityhosp.org",
        subject="CroFab for Jolene Spurlock - copperhead bite, needs 4 more vials",
        body="Swelling progressed past the knee at the 1 h check. Please send the additional "
        "vials with the transfer. Dosing as per our sheet.\n\nTobias Wendt, MD",
    ),
    Spec(
        phi=True,
        category="x12 claim for consult",
        notes="Poison center billing sends an 837 for a consult with member id and diagnosis "
        "code T39.1X2A.",
        frm=f"Billing <billing@{TSPC}>",
        to="edi@claimbridge.net",
        subject="837P test-to-prod file 3",
        body="Third production file attached. Please confirm 999 acceptance.",
        atts=(
            Att(
                "tspc_837p_003.x12",
                "application/edi-x12",
                "ISA*00*          *00*          *ZZ*TSPCBILL       *ZZ*CLAIMBRIDGE    *261110*"
                "0930*^*00501*000000311*0*P*:~\nST*837*0311*005010X222A1~\n"
                "NM1*IL*1*ABERNETHY*CALVIN****MI*AMX40551206~\nDMG*D8*20080417*M~\n"
                "CLM*TS2640288*310***11:B:1~\nHI*ABK:T39.1X2A~\nSV1*HC:99252*310*UN*1***1~\n"
                "DTP*472*D8*20261107~\nSE*8*0311~\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="html case summary",
        notes="HTML-only case summary for a named adult with intentional overdose sent to "
        "the behavioural health liaison.",
        frm=f"Marco Ferretti <mferretti@{TSPC}>",
        to="bhliaison@summitcrisisservices.org",
        subject="Case follow-up request",
        body="",
        html="<html><body><p>Hi Alana,</p><p>Following our protocol for intentional "
        "exposures: <b>Cecilia Harrow</b>, 29, took ~40 sertraline 100 mg tablets on 11/08 "
        "(case TS26-40270). Seizure x1 at Lakeside, now medically cleared. She agreed to "
        "outreach; cell <b>555-0176</b>.</p><p>Marco Ferretti, CSPI</p></body></html>",
    ),
    Spec(
        phi=True,
        category="xlsx exposure workbook",
        notes="Hard positive: multi-sheet workbook of hospital follow-ups with patient names "
        "and ages on the second sheet; first sheet is just counts.",
        frm=f"Lydia Osei <losei@{TSPC}>",
        to="toxqa@regionaltoxnetwork.org",
        subject="Weekly QA workbook",
        body="Weekly QA workbook attached for the peer review call.",
        atts=(
            Att(
                "qa_week45.xlsx",
                XLSX,
                xlsx(
                    {
                        "Counts": [["Category", "Cases"], ["Analgesics", 41], ["Cleaning", 33]],
                        "HCF follow-ups": [
                            ["Case", "Patient", "Age", "Hospital", "Substance", "Outcome"],
                            ["TS26-40201", "Wendell Prusak", 57, "RRMC", "Digoxin", "DigiFab, ICU"],
                            [
                                "TS26-40233",
                                "Naomi Ashkenazi",
                                16,
                                "Lakeside",
                                "Bupropion",
                                "Seizure",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="encrypted zip mushroom case",
        notes="Password-protected zip of a named mushroom poisoning case to a mycologist; "
        "body names the patient.",
        frm=f"Dr. Tobias Wendt <twendt@{TSPC}>",
        to="mycology.id@statemushroomsociety.org",
        subject="Mushroom ID - urgent",
        body="Dr. Haverford, photos and history for Mr. Bao Tran Luu (hospitalized at RRMC, "
        "suspected amatoxin, AST rising) in the zip. Password by phone.\n\nTobias",
        atts=(
            Att(
                "mushroom_case.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "history.txt": "Bao Tran Luu, 63, foraged near Blue Marsh "
                        "11/07, ate ~6 caps, vomiting at 10 h. AST 410 on 11/09.\n"
                    },
                    "callme",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="occupational exposure employer",
        notes="Hard positive: centre writes to a plant safety officer about a named worker's "
        "hydrofluoric acid burn and calcium gluconate treatment.",
        frm=f"Marco Ferretti <mferretti@{TSPC}>",
        to="ehs@alleghenyglassworks.com",
        subject="Re: HF exposure this morning",
        body="Mr. Kowalski,\n\nAs requested by your worker, Dmitri Vasquez has been treated at "
        "Riverside for the hydrofluoric acid burn to two fingers; he received calcium "
        "gluconate gel and will be re-checked in 24 h. Please send the SDS for the etching "
        "solution.\n\nMarco" + _SIG,
    ),
    Spec(
        phi=True,
        category="docx case report draft",
        notes="Case report draft DOCX for a journal submission still holding the patient's "
        "initials, exact dates and town (not de-identified).",
        frm=f"Dr. Tobias Wendt <twendt@{TSPC}>",
        to="c.amundsen@cliniceduc-toxicology.org",
        subject="Case report draft - yew ingestion",
        body="Carl, first draft attached, can you look at the discussion section?",
        atts=(
            Att(
                "yew_case_draft.docx",
                DOCX,
                docx(
                    [
                        "Fatal Taxus baccata ingestion in a young adult",
                        "A 22-year-old woman (L.P.) from Millersburg presented "
                        "to Riverside Regional "
                        "ED on 10/14/2026 at 03:20 after ingesting yew needles.",
                        "Wide-complex bradycardia; she died on 10/15/2026 despite ECMO.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pdf consult letter",
        notes="PDF consult letter with patient name and DOB about carbon monoxide poisoning "
        "and hyperbaric referral.",
        frm=f"Dr. Renata Kessler <rkessler@{TSPC}>",
        to="hbo-referrals@keystonehyperbarics.com",
        subject="HBO referral",
        body="Referral letter attached; ED will call with transport time.",
        atts=(
            Att(
                "hbo_referral.pdf",
                "application/pdf",
                pdf(
                    [
                        "TRI-STATE POISON CENTER - HYPERBARIC REFERRAL",
                        "Patient: Marguerite Okonjo   DOB: 05/30/1988",
                        "Generator in garage, COHb 31% at RRMC ED 11/10 04:50, syncope, 22 weeks "
                        "pregnant",
                        "Request: HBO within 6 h.  Referring: Renata Kessler, MD",
                    ],
                    "HBO referral",
                ),
            ),
        ),
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="aggregate exposure report",
        notes="Hard negative: quarterly exposure statistics by substance with counts and "
        "outcomes, no individuals.",
        frm=f"Lydia Osei <losei@{TSPC}>",
        to="health.dept@harlanfallscounty.gov",
        subject="Q3 county exposure summary",
        body="Q3 for Harlan Falls County: 1,104 human exposure calls; 61% children under 6. "
        "Top substances: household cleaners (142), analgesics (131), cosmetics (97), cannabis "
        "edibles (38, up 40%). Managed on site: 72%. No deaths.\n\nLydia Osei, MPH\nEpidemiologist",
    ),
    Spec(
        phi=False,
        category="public education newsletter html",
        notes="Hard negative: HTML-only newsletter about holiday poisoning risks (button "
        "batteries, alcohol, mistletoe), no individuals.",
        frm=f"Tri-State Poison Center <outreach@{TSPC}>",
        to="subscribers@lists.tristatepoison.org",
        subject="Holiday safety: button batteries, edibles and plants",
        body="",
        html="<html><body><h2>Keep the holidays poison-free</h2><ul><li>Button batteries in "
        "toys and greeting cards can burn a child's esophagus in 2 hours.</li><li>Cannabis "
        "edibles look like candy: store them locked.</li><li>Mistletoe and holly berries can "
        "cause vomiting.</li></ul><p>Call <b>1-800-222-1222</b> any time.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="antidote stocking survey",
        notes="Hard negative: antidote stocking survey of hospitals, drug names and quantities.",
        frm=f"Dr. Renata Kessler <rkessler@{TSPC}>",
        to=f"ED Pharmacy <edpharm@{RRMC}>",
        subject="2027 antidote stocking survey",
        body="Gwen,\n\nPlease complete the antidote survey by 12/15. We especially need counts "
        "for hydroxocobalamin, fomepizole, crotalidae antivenom, digoxin immune fab and "
        "methylene blue. Regional recommendation remains 12 vials of CroFab per hospital.\n\n"
        "Renata",
        atts=(
            Att(
                "antidote_survey_2027.xlsx",
                XLSX,
                xlsx(
                    {
                        "Antidotes": [
                            ["Antidote", "Recommended", "On hand"],
                            ["Fomepizole 1.5 g", 4, ""],
                            ["Hydroxocobalamin 5 g", 2, ""],
                        ],
                        "Instructions": [["Step", "Text"], [1, "Count all locations incl. Pyxis"]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff spi certification",
        notes="HR/education email about SPI certification exam results (staff, passed), no "
        "patients.",
        frm=f"Lydia Osei <losei@{TSPC}>",
        to=f"All Staff <allstaff@{TSPC}>",
        subject="Congratulations to our new CSPIs",
        body="Please congratulate Marco Ferretti and Anjali Raman, who passed the CSPI exam "
        "last week! Cake in the call center at 3.",
    ),
    Spec(
        phi=False,
        category="grant report",
        notes="Hard negative: HRSA grant progress narrative with call volumes and "
        "demographics in aggregate.",
        frm=f"Director's Office <director@{TSPC}>",
        to="grants-po@hrsa-poisoncontrol-program.gov",
        subject="Semi-annual progress report, award H4BHS0047",
        body="Attached is our progress narrative. Highlights: 38,912 calls answered, median "
        "answer time 14 s, 24% from health care facilities, 9 new Spanish-language outreach "
        "events.",
        atts=(
            Att(
                "progress_report.pdf",
                "application/pdf",
                pdf(
                    [
                        "TRI-STATE POISON CENTER - SEMI-ANNUAL PROGRESS REPORT",
                        "Award H4BHS0047, period 04/01/2026 - 09/30/2026",
                        "Calls answered: 38,912; exposures 22,470; information calls 16,442",
                        "Health care facility calls: 24%; deaths reported to NPDS: 7",
                    ],
                    "Progress report",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="test case in toxicall",
        notes="Hard negative: software vendor ticket with a clearly fictional training case "
        "(TRAINING, Test) used to reproduce a bug.",
        frm=f"Data Interfaces <interfaces@{TSPC}>",
        to="support@toxicall-systems.com",
        subject="Bug: substance code dropped on save",
        body="Repro in our TRAINING instance: create case TRAIN-0009 for patient 'Test, "
        "Training' (fictional), add substance 'acetaminophen 500 mg' and route 'ingestion', "
        "save. Substance code disappears. Screenshot available.\n\nIT, Tri-State Poison Center",
    ),
    Spec(
        phi=False,
        category="toxicology journal club",
        notes="Journal club on published case series, clinician names and diseases.",
        frm=f"Dr. Tobias Wendt <twendt@{TSPC}>",
        to="tox-fellows@keystonetoxfellowship.org",
        subject="Journal club Thursday",
        body="Articles: high-dose insulin in beta-blocker toxicity (retrospective, n=48) and "
        "a review of xylazine wounds. Dr. Kessler will lead.",
    ),
    Spec(
        phi=False,
        category="ems protocol update",
        notes="Protocol update to EMS about naloxone and xylazine, no individuals.",
        frm=f"Dr. Renata Kessler <rkessler@{TSPC}>",
        to=f"Flight Medical Director <medicaldirector@{LAM}>",
        subject="Xylazine advisory for your crews",
        body="Dr. Petersen,\n\nRegional advisory: xylazine now found in 62% of fentanyl "
        "samples tested in our region. Naloxone does not reverse the sedation; support "
        "ventilation rather than escalating naloxone doses. Please share with flight crews.\n\n"
        "Renata",
    ),
    Spec(
        phi=False,
        category="ssn shaped reference",
        notes="Hard negative: facilities purchase order and lease reference with an SSN-shaped "
        "PO number, no people.",
        frm=f"Operations <ops@{TSPC}>",
        to="ar@harlanofficeproperties.com",
        subject="Lease payment reference",
        body="Hello,\n\nPayment for Suite 210 (call center) for December was sent; please "
        "reference PO 511-38-2406 on the receipt. Also note the HVAC ticket for the server "
        "room is still open.\n\nTri-State Poison Center Operations",
    ),
    Spec(
        phi=False,
        category="zip of training materials",
        notes="Zip of SPI training text files on decontamination, generic.",
        frm=f"Deborah Nakashima RN <dnakashima@{TSPC}>",
        to="education@lakesidecommunityhosp.org",
        subject="Decon training handouts",
        body="Here are the handouts for next week's nurse education day.",
        atts=(
            Att(
                "decon_handouts.zip",
                "application/zip",
                zipped(
                    {
                        "ocular.txt": "Irrigate with tap water 15-20 minutes; "
                        "check pH for alkali.\n",
                        "dermal.txt": "Remove clothing, wash with soap and water; HF needs calcium "
                        "gluconate.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="media inquiry response",
        notes="Hard negative: response to a reporter about a widely reported product recall, "
        "no individual cases.",
        frm=f"Director's Office <director@{TSPC}>",
        to="reporter.lynch@wharlan-news.com",
        subject="Re: interview request about the recalled laundry pods",
        body="Hi Sam,\n\nDr. Kessler can do 10 minutes at 2 pm. We can say we have taken 17 "
        "calls this month about the recalled pods, all children, none admitted. We cannot "
        "discuss individual cases.\n\nTri-State Poison Center",
    ),
    Spec(
        phi=False,
        category="vendor phone system",
        notes="Telecom vendor maintenance window for the hotline ACD.",
        frm=f"Operations <ops@{TSPC}>",
        to="noc@keystonetelecom.net",
        subject="Confirm failover test 11/17 01:00",
        body="Confirming the ACD failover test Tuesday 01:00-01:30. Calls will route to our "
        "backup center in Ohio during the test. Contact: on-call supervisor 555-0109.",
    ),
    Spec(
        phi=False,
        category="drug info reference question",
        notes="Hard negative: hospital pharmacist asks a general question about an antidote "
        "dose for a weight band, no patient.",
        frm=f"Anjali Raman <araman@{TSPC}>",
        to="pharmacy@lakesidecommunityhosp.org",
        subject="Re: fomepizole redosing",
        body="Hi, answering your general question: fomepizole is 15 mg/kg loading, then "
        "10 mg/kg every 12 h for 4 doses, then 15 mg/kg every 12 h; dose every 4 h during "
        "hemodialysis. That applies to adults and children alike.\n\nAnjali Raman, PharmD, CSPI",
    ),
]
