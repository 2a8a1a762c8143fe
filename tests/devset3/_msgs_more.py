"""Hand-written devset3 messages, second batch of positives (many with attachments)."""

from __future__ import annotations

import json

from _att import zipped
from _pdf import pdf
from _spec import Att, Spec

DOM = "cedarhollowhealth.org"

_IIS_CSV = """\
last_name,first_name,dob,sex,vaccine,cvx,lot,admin_date,site
Haverford,Silas,2025-05-11,M,DTaP-IPV-Hib-HepB,146,U7712AB,2026-11-23,LT
Haverford,Silas,2025-05-11,M,PCV20,216,LL0449,2026-11-23,RT
Ocampo,Reina,1941-09-30,F,RSV (Arexvy),303,AR88120,2026-11-23,LD
Szabo,Imre,1958-02-14,M,Shingrix dose 2,187,SH2210,2026-11-23,RD
"""

_MARKETING_CSV = """\
email,first_name,segment
lorraine.petit55@gmail.com,Lorraine,type2_diabetes_uncontrolled
gkwabena@yahoo.com,Gideon,type2_diabetes_uncontrolled
shelbyranae@hotmail.com,Shelby,gestational_diabetes_2026
w.castellano@comcast.net,Walter,prediabetes_a1c_5.7_6.4
"""

_HL7_VXU = (
    "MSH|^~\\&|VERDANT|CHH|ORIIS|ORPH|202611231610||VXU^V04^VXU_V04|VXU88123|P|2.5.1\r"
    "PID|1||00790341^^^CHH^MR||HAVERFORD^SILAS^^^^^L|HAVERFORD^GWENDOLYN|20250511|M|||"
    "33 TIDEPOOL DR^^YACHATS^OR^97498\r"
    "NK1|1|HAVERFORD^GWENDOLYN|MTH^Mother^HL70063|||5415550184\r"
    "RXA|0|1|20261123||146^DTaP-IPV-Hib-HepB^CVX|0.5|mL||00^New record^NIP001|||||||U7712AB\r"
)

_FHIR_OBS = {
    "resourceType": "Observation",
    "status": "final",
    "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0"}], "text": "Creatinine"},
    "subject": {"reference": "Patient/chh-00411876", "display": "Marisol Etxeberria"},
    "effectiveDateTime": "2026-11-22T07:40:00-06:00",
    "valueQuantity": {"value": 2.9, "unit": "mg/dL"},
    "interpretation": [{"text": "High"}],
    "note": [{"text": "Post-transplant day 41; tacrolimus trough 14.2 ng/mL same draw"}],
}

_PORTAL_MSG = """\
Dear Dr. Lindgren,

Since starting the new blood pressure pill (amlodipine) my ankles are swollen and I've had
headaches. My home readings are 158/96 this morning and 162/99 last night. Should I stop it?
Also can you refill my sertraline, I'm almost out.

Thank you,
Gerald Ashby (DOB 6/19/1959)
"""

MESSAGES: list[Spec] = [
    Spec(
        True,
        "immunization",
        "Immunization registry backlog CSV: names, DOB, vaccines, lot numbers.",
        f"Immunization Coordinator <immunizations@{DOM}>",
        "alert-support@oregonimmunizationregistry.org",
        "Manual upload - failed VXU records 11/23",
        "These 4 didn't go through the interface yesterday. CSV attached for manual entry.\n",
        atts=(Att("failed_vxu_20261123.csv", "text/csv", _IIS_CSV),),
    ),
    Spec(
        True,
        "immunization",
        "Hard positive: HL7 VXU (infant name, mother, address, vaccine) attached, terse body.",
        f"Interface Team <interfaces@{DOM}>",
        "hl7@oregonimmunizationregistry.org",
        "AR rejected - NK1 issue?",
        "Getting AR on this one, the NK1 looks right to us.\n",
        atts=(Att("VXU88123.hl7", "application/hl7-v2", _HL7_VXU),),
    ),
    Spec(
        True,
        "marketing",
        "Hard positive: marketing list segmented by diabetes status sent to email vendor (DOMAIN).",
        f"Marketing <marketing@{DOM}>",
        "campaigns@brightpathemail.com",
        "List for the January campaign",
        """\
Hi Courtney,

Here's the seed list for the "New Year, New A1c" campaign - please load each segment into its
own audience so we can tailor the copy. Full list (about 3,400) Monday.

Gwen
""",
        atts=(Att("jan_campaign_seed.csv", "text/csv", _MARKETING_CSV),),
    ),
    Spec(
        True,
        "transplant",
        "Hard positive: FHIR Observation JSON with display name, creatinine and transplant "
        "context.",
        f"Transplant Office <transplant@{DOM}>",
        "coordinators@pacificnwtransplant.org",
        "creat trending up",
        "Creatinine from yesterday attached as FHIR from our portal export. Biopsy tomorrow?\n",
        atts=(Att("Observation-creatinine.json", "application/fhir+json", json.dumps(_FHIR_OBS)),),
    ),
    Spec(
        True,
        "forward_chain",
        "Hard positive: portal message forwarded as message/rfc822 to a personal address.",
        f"Erik Lindgren <elindgren@{DOM}>",
        "erik.lindgren.do@protonmail.com",
        "Fwd: portal message",
        "fwd to home so I can answer tonight\n",
        forward=Spec(
            True,
            "portal",
            "inner",
            "MyCedar Portal <noreply@mycedar.cedarhollowhealth.org>",
            f"elindgren@{DOM}",
            "New patient message: BP medication question",
            _PORTAL_MSG,
        ),
    ),
    Spec(
        True,
        "radiology",
        "Hard positive: ZIP of radiology report TXT files (names, findings) for outside over-read.",
        f"CHH Imaging <imaging@{DOM}>",
        "overreads@nighthawkteleradiology.com",
        "over-read batch 11/24",
        "3 studies for over-read, reports in the zip. Images via the PACS link.\n",
        atts=(
            Att(
                "overread_batch_1124.zip",
                "application/zip",
                zipped(
                    {
                        "ACC8810211_Brightman_Colette.txt": (
                            "CT HEAD WO CONTRAST 11/24/2026\nPatient: Brightman, Colette "
                            "DOB 03/02/1937\nIMPRESSION: Acute right MCA territory infarct.\n"
                        ),
                        "ACC8810214_Tsosie_Darrell.txt": (
                            "XR CHEST 2V 11/24/2026\nPatient: Tsosie, Darrell DOB 10/14/1984\n"
                            "IMPRESSION: Left lower lobe consolidation.\n"
                        ),
                        "ACC8810219_Whaley_Ann.txt": (
                            "US RUQ 11/24/2026\nPatient: Whaley, Ann DOB 12/25/1972\n"
                            "IMPRESSION: Cholelithiasis without cholecystitis.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        True,
        "home_health",
        "Home health certification: name, Medicare MBI, diagnoses, homebound status.",
        f"Millrace Family Medicine <millrace@{DOM}>",
        "orders@summithomehealth.org",
        "Signed 485 / face-to-face",
        """\
Signed plan of care and face-to-face attestation for:

Patient: Harriet Quarles   MBI 6EH2-RM8-XK95   DOB 01/05/1936
Face-to-face encounter: 11/20/2026 with Dr. Erik Lindgren
Primary dx: I50.32 chronic diastolic heart failure; secondary: M17.11 R knee OA, Z79.01
Homebound: leaves home only for medical visits, requires walker and 1-person assist
Orders: SN 2w4 for weights/med teaching, PT 2w3 for gait, INR on 12/1
""",
    ),
    Spec(
        True,
        "newsletter",
        "Hard positive: staff newsletter feature naming a 101-year-old dialysis patient.",
        f"CHH Connect <newsletter@{DOM}>",
        "editor@coastnewsleader.com",
        "Story idea: our oldest dialysis patient turns 101",
        """\
Hi Marta,

Thought this might make a nice holiday feature for the Leader: Opal Hendricks, who has been
coming to our dialysis unit three times a week since 2019, turns 101 on December 9. The unit
is throwing her a party (cake is sugar-free and low-potassium!). She's happy to be interviewed.

Gwen Hallett, Communications
""",
    ),
    Spec(
        True,
        "misdirected",
        "Misdirected to a look-alike domain: CBC and pathology result for named patient.",
        f"Hematology Clinic <hematology@{DOM}>",
        "dr.yamada@cedarhollowheath.org",
        "Bone marrow result",
        """\
Dr. Yamada,

Bone marrow biopsy for Lionel Carrigan (MRN 00603318) is final: hypercellular marrow with
18% blasts, consistent with MDS with excess blasts-2. Karyotype pending. CBC today: WBC 2.1,
Hgb 7.8, Plt 41. He's scheduled in your clinic Monday to discuss azacitidine.

Hematology Clinic
""",
    ),
    Spec(
        True,
        "forward_chain",
        "Hard positive: top reply says only 'done'; quoted original has patient name and Rx "
        "change.",
        f"Tess Ingram <tingram@{DOM}>",
        "rph@harborviewpharmacy.com",
        "RE: dose change",
        """\
Done, thanks!

Tess

From: Harborview Pharmacy <rph@harborviewpharmacy.com>
Sent: Tuesday, November 24, 2026 10:31 AM
To: Tess Ingram <tingram@cedarhollowhealth.org>
Subject: dose change

Hi Tess - can you confirm Dr. Nwachukwu wants Cordelia Banks's Eliquis dropped to 2.5 mg
BID? She turned 80 and her creatinine was 1.6, so it fits, just want it documented.
Rx #2290418.

Thanks, Arun, RPh
""",
    ),
    Spec(
        True,
        "substance_use",
        "42 CFR Part 2 referral in a TXT attachment: name, alcohol use disorder, withdrawal "
        "history.",
        f"ED Social Work <edsw@{DOM}>",
        "admissions@serenityridgerecovery.org",
        "Referral",
        "Referral form attached. Patient consented (Part 2 consent on file). Can you take today?\n",
        atts=(
            Att(
                "referral_form.txt",
                "text/plain",
                """\
REFERRAL FOR RESIDENTIAL TREATMENT
Name: Colby Ferraro        DOB: 09/09/1990      Phone: 541-555-0115
Dx: alcohol use disorder, severe (F10.20); alcohol withdrawal seizure 2024
Last drink: 11/22/2026. CIWA max 14 in ED, treated with phenobarbital.
Insurance: Oregon Health Plan, ID ORMED0091823
42 CFR Part 2: redisclosure prohibited without written consent.
""",
            ),
        ),
    ),
    Spec(
        True,
        "transport",
        "Non-emergency transport booking: name, address, wheelchair, oxygen, dialysis schedule.",
        f"Dialysis Unit <dialysis@{DOM}>",
        "dispatch@cedarvalleytransport.com",
        "Standing ride MWF",
        """\
Please set up standing rides M/W/F starting 11/30:

Rider: Augustin Pelletier, 92 y/o
Pickup: 1180 Bayview Rd Apt 4, Newport OR 97365 at 05:50
Drop: CHH Dialysis, Building C, chair time 06:30; return pickup 10:45
Needs: wheelchair van, 2 L O2 by nasal cannula (he brings his tank), hard of hearing
""",
    ),
    Spec(
        True,
        "employee_health",
        "Needlestick exposure note naming the source patient and HIV/HCV status.",
        f"Employee Health <employeehealth@{DOM}>",
        "occmed@coastaloccupationalmed.com",
        "Exposure follow-up",
        """\
Hi Dr. Fenn,

Staff nurse exposure 11/23 at 23:10, hollow-bore needle. Source patient is Dwayne Okerlund
(MRN 00591207): HIV-1 positive on ART (last VL undetectable 9/2026), HCV Ab positive, RNA
pending. Employee started on Biktarvy PEP within 2 hours. Baseline labs drawn. Please see her
at your clinic Wednesday.

Employee Health, Cedar Hollow Health
""",
    ),
    Spec(
        True,
        "school_form",
        "Pediatric ADHD letter to school counselor with child and parent names and medication.",
        f"Sunrise Pediatrics <peds@{DOM}>",
        "counselor@crestview.alder.k12.or.us",
        "504 plan letter",
        """\
To the 504 Team, Crestview Middle School:

At the request of her parents, Jonah and Felicity Marchbanks, I confirm that Piper Marchbanks
(DOB 03/12/2013) is under my care for ADHD, combined type, and generalized anxiety. She takes
methylphenidate ER 27 mg each morning. Recommended accommodations: preferential seating,
extended time (1.5x) on tests, breaks as needed.

Beatriz Lindholm, MD
""",
    ),
    Spec(
        True,
        "workers_comp",
        "Workers' comp first report PDF with SSN, injury description and treatment.",
        f"Occupational Health <occhealth@{DOM}>",
        "fnol@keystonemutual.com",
        "801 form - Pacific Rim Lumber",
        "Form 827 / first report attached for today's injury.\n",
        atts=(
            Att(
                "827_firstreport.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR HOLLOW HEALTH - OCCUPATIONAL HEALTH",
                        "Worker's and Health Care Provider's Report (Form 827)",
                        "Worker: Rafael Montoya Ybarra   SSN: 539-41-7726   DOB: 07/30/1986",
                        "Employer: Pacific Rim Lumber, Toledo OR",
                        "Date of injury: 11/24/2026   Body part: left hand",
                        "Dx: laceration L index finger with flexor tendon injury (S66.022A)",
                        "Treatment: irrigation, repair, referral to hand surgery 11/25",
                        "Work status: modified duty, no use of left hand",
                    ],
                    "Form 827",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "newborn_screening",
        "Abnormal newborn screen with baby and mother names to outside pediatrician.",
        f"Nursery <nursery@{DOM}>",
        "dr.feliciano@sunrisepeds.com",
        "Abnormal NBS - Baby Boy Thorsen",
        """\
The Oregon newborn screen for Baby Boy Thorsen (mother Annika Thorsen, DOB of baby
11/18/2026) came back presumptive positive for congenital hypothyroidism: TSH 68 mIU/L.
State lab recommends confirmatory serum TSH/free T4 today. Family is aware; they chose you as
PCP. Mom's cell 541-555-0197.
""",
    ),
    Spec(
        True,
        "vision",
        "Hard positive: eyeglass Rx to optical lab with patient name and DOB (vision care).",
        f"CHH Eye Clinic <eyeclinic@{DOM}>",
        "orders@clearsightopticallab.com",
        "job 44188",
        """\
Theodora Marsh, DOB 8/2/1948
OD -2.75 -1.00 x 085  add +2.50
OS -3.25 -0.75 x 095  add +2.50
PD 62/59. Progressive, poly, AR. Note: s/p cataract OS 10/2026, monofocal IOL.
""",
    ),
    Spec(
        True,
        "scheduling",
        "Hard positive: ICS invite to outside home-infusion nurse with patient name and IV "
        "antibiotic.",
        f"Care Transitions <transitions@{DOM}>",
        "rn.schedule@alpinehomeinfusion.com",
        "Invitation: First home dose - Whitcombe, Perry",
        "First home dose visit. PICC placed 11/24, tip verified.\n",
        atts=(
            Att(
                "invite.ics",
                "text/calendar",
                """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cedar Hollow Health//Care Transitions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:homeinf-20261126@cedarhollowhealth.org
DTSTAMP:20261124T200000Z
DTSTART:20261126T160000Z
DTEND:20261126T170000Z
SUMMARY:First home dose - Whitcombe\\, Perry - IV daptomycin for MRSA osteomyelitis
LOCATION:Patient home\\, 2217 Spruce Ave\\, Lincoln City
END:VEVENT
END:VCALENDAR
""",
            ),
        ),
    ),
]
