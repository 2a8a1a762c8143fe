# ruff: noqa: E501  (message text, calendar and HTML lines keep the shapes real mail has)
"""Stride Foot & Wound Center (stridefootwound.com): podiatry, diabetic foot care and wound care
with hyperbaric oxygen. 18 PHI, 18 not PHI."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx
from _spec import CV, SF, Att, Spec

RN = f"Carla Jimenez RN <cjimenez@{SF}>"
HBO = f"Devon Whitaker <dwhitaker@{SF}>"
AMB = f"Dr. Keisha Ambrose <kambrose@{SF}>"
WIE = f"Dr. Tomasz Wierzbicki <twierzbicki@{SF}>"
MEHTA = f"Dr. Arjun Mehta <amehta@{SF}>"
BILL = f"Rhonda Kessler <rkessler@{SF}>"
ADMIN = f"Gregory Lawson <glawson@{SF}>"
HH = "caringhandshh.com"

SIG_RN = """
Carla Jimenez, RN, CWCN
Wound Care Nurse Coordinator
Stride Foot & Wound Center | 3380 Morse Rd, Columbus OH 43231
P 614-555-0350 | F 614-555-0351"""

NOTICE = """
--
Stride Foot & Wound Center. This e-mail may contain protected health information. If you
are not the intended recipient, notify the sender and delete this message."""


def _x12_837p() -> str:
    return (
        "ISA*00*          *00*          *ZZ*STRIDEFW       *ZZ*AVAILITY       "
        "*261110*0905*^*00501*000000812*0*P*:~"
        "GS*HC*STRIDEFW*AVAILITY*20261110*0905*812*X*005010X222A1~"
        "ST*837*0812*005010X222A1~BHT*0019*00*SFW812*20261110*0905*CH~"
        "NM1*41*2*STRIDE FOOT AND WOUND CENTER*****46*SFW01~"
        "NM1*40*2*CGS MEDICARE*****46*15202~"
        "HL*1**20*1~NM1*85*2*STRIDE FOOT AND WOUND CENTER*****XX*1409931312~"
        "N3*3380 MORSE RD~N4*COLUMBUS*OH*43231~REF*EI*454102277~"
        "HL*2*1*22*0~SBR*P*18*******MB~"
        "NM1*IL*1*BRATHWAITE*EUGENE*L***MI*6NP2T75EV76~"
        "N3*1187 NORTHRIDGE RD~N4*COLUMBUS*OH*43224~DMG*D8*19591017*M~"
        "NM1*PR*2*CGS MEDICARE*****PI*15202~"
        "CLM*SFW26110412*612***11:B:1*Y*A*Y*Y~"
        "HI*ABK:E11621*ABF:L97422~"
        "LX*1~SV1*HC:11042*412*UN*1***1~DTP*472*D8*20261104~"
        "LX*2~SV1*HC:97597:59*200*UN*1***1~DTP*472*D8*20261104~"
        "SE*22*0812~GE*1*812~IEA*1*000000812~"
    )


MESSAGES: list[Spec] = [
    # ------------------------------------------------------------------ PHI
    Spec(
        phi=True,
        category="wound update to home health agency",
        notes="Wound measurements and dressing orders for a named patient with DOB to the home "
        "health agency.",
        frm=RN,
        to=f"Intake <intake@{HH}>",
        subject="Updated dressing orders",
        body=f"""Hi Caring Hands team,

Updated orders after today's visit:

Patient: Lucille Armstead   DOB 05/08/1945
Wound: R lateral malleolus venous ulcer, 4.1 x 2.8 x 0.3 cm (was 4.6 x 3.0 x 0.4 on 11/2)
Moderate serous drainage, 80% granulation, no signs of infection.

Orders: cleanse with NS, Aquacel Ag to wound bed, ABD pad, 2-layer compression (Coban 2)
change 2x/week (Mon/Thu). Elevate legs. Hold if she reports calf pain and call us.
Next clinic visit 11/23 with Dr. Ambrose. Transition-of-care summary attached.
{SIG_RN}
{NOTICE}""",
        atts=(
            Att(
                "ToC_summary_Armstead.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
                ' <templateId root="2.16.840.1.113883.10.20.22.1.13"/>\n'
                " <title>Transition of Care / Referral Summary</title>\n"
                ' <recordTarget><patientRole><id extension="SFW-0071552"/>\n'
                "  <patient><name><given>Lucille</given><family>Armstead</family></name>\n"
                '   <administrativeGenderCode code="F"/><birthTime value="19450508"/></patient>\n'
                " </patientRole></recordTarget>\n"
                " <component><structuredBody>\n"
                "  <component><section><title>Problems</title>\n"
                "   <text>I83.013 Varicose veins of right lower leg with ulcer of ankle; "
                "I87.2 Venous insufficiency</text></section></component>\n"
                "  <component><section><title>Plan of Care</title>\n"
                "   <text>Aquacel Ag, ABD, Coban 2 compression twice weekly (home health). "
                "Clinic follow-up 2026-11-23.</text></section></component>\n"
                " </structuredBody></component>\n"
                "</ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HBOT schedule workbook multi-sheet",
        notes="Multi-sheet XLSX of hyperbaric patients with names, dive counts, indications "
        "and chamber assignments.",
        frm=HBO,
        to=f"Dr. Arjun Mehta <amehta@{SF}>",
        cc=f"Hyperbaric Staff <hbo@{SF}>",
        subject="HBO schedule wk of 11/16",
        body="""Dr. Mehta, next week's schedule attached. Chamber 2 is down Tues AM for the O2
analyzer cal, so I doubled up Wed PM. Two new starts pending auth (second tab).

Devon Whitaker, CHT""",
        atts=(
            Att(
                "HBO_sched_wk1116.xlsx",
                XLSX,
                xlsx(
                    {
                        "Active": [
                            ["Patient", "Indication", "Dive #", "Of", "Chamber", "Time"],
                            ["Eugene Brathwaite", "DFU L heel Wagner 3", 14, 40, "1", "8:00"],
                            ["Vito Castellano", "DFU R hallux Wagner 3", 22, 40, "2", "8:00"],
                            ["Rosalind Achebe", "Osteoradionecrosis mandible", 9, 30, "3", "10:30"],
                            ["Terrence Pike", "Radiation cystitis", 31, 40, "1", "10:30"],
                        ],
                        "Pending auth": [
                            ["Patient", "Indication", "Payer", "Submitted"],
                            [
                                "Nnamdi Okafor",
                                "DFU R forefoot Wagner 3, post TMA",
                                "Medicare",
                                "2026-11-06",
                            ],
                            ["Shirley Budd", "Compromised flap", "Anthem", "2026-11-09"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HBOT prior auth letter pdf with MBI",
        notes="Medical necessity letter PDF with name, DOB, MBI and diabetic foot ulcer.",
        frm=BILL,
        to="Prior Authorization <ua@cgs-medicare-review.com>",
        subject="Prior authorization request - HBOT (99183/G0277)",
        body="""Please see the attached letter and clinical summary for hyperbaric oxygen
therapy under the repetitive scheduled non-emergent prior authorization program.

Rhonda Kessler
Billing Manager, Stride Foot & Wound Center""",
        atts=(
            Att(
                "HBOT_PA_Okafor.pdf",
                "application/pdf",
                pdf(
                    [
                        "STRIDE FOOT & WOUND CENTER - HYPERBARIC MEDICINE",
                        "Letter of Medical Necessity: Hyperbaric Oxygen Therapy",
                        "",
                        "Beneficiary: Nnamdi Okafor    DOB: 03/30/1956",
                        "MBI: 4FC7-EV9-EK76",
                        "Dx: E11.621 Type 2 DM with foot ulcer; L97.514 non-pressure chronic",
                        "ulcer of other part of right foot with necrosis of bone (Wagner 3).",
                        "Transmetatarsal amputation 09/2026; 30 days of standard wound care",
                        "with offloading, debridement and IV antibiotics without measurable",
                        "improvement. TcPO2 periwound 28 mmHg, 312 mmHg on 100% O2 challenge.",
                        "Requested: 40 treatments at 2.4 ATA, 90 minutes.",
                        "Arjun Mehta, MD, Undersea & Hyperbaric Medicine",
                    ],
                    "HBOT letter of medical necessity",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="diabetic shoe certification request",
        notes="Request to the PCP to sign the therapeutic-shoe certifying statement for a named "
        "patient with neuropathy and prior ulcer.",
        frm=WIE,
        to="Dr. Hannah Bergstrom <hbergstrom@riverbendprimarycare.org>",
        subject="Diabetic shoe certification - please sign",
        body="""Dr. Bergstrom,

Your patient Gerald Okonkwo (DOB 12/01/1949) qualifies for therapeutic shoes and inserts
(A5500/A5513): peripheral neuropathy with loss of protective sensation, history of a plantar
ulcer under the left 1st metatarsal head (healed 8/2026), and hammertoes bilaterally.

Medicare requires the physician managing his diabetes to sign the Statement of Certifying
Physician. The form is attached; please note that you saw him for his diabetes within the
last 6 months (his A1c was 8.2 on 9/30).

Thank you,
Tomasz Wierzbicki, DPM
Stride Foot & Wound Center""",
        atts=(
            Att(
                "SCP_Okonkwo_Gerald.docx",
                DOCX,
                docx(
                    [
                        "Statement of Certifying Physician for Therapeutic Shoes",
                        "Patient: Gerald Okonkwo   DOB: 12/01/1949",
                        "I certify that the patient has diabetes mellitus and: [x] history of "
                        "previous foot ulceration  [x] peripheral neuropathy with evidence of "
                        "callus formation  [x] foot deformity",
                        "I am treating this patient under a comprehensive plan of care for "
                        "diabetes and the patient needs special shoes because of diabetes.",
                        "Physician signature: ____________________  Date: __________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound photo png to vascular surgeon",
        notes="Hard positive: body is generic; the PNG file name names the patient and the "
        "heel wound.",
        frm=AMB,
        to="Dr. Viktor Hale <vhale@metrovascular.com>",
        subject="the heel I mentioned",
        body="""Viktor - here's the heel I mentioned on the phone. ABI was non-compressible,
toe pressure 34. I'd appreciate you seeing him this week if you can.

Keisha""",
        atts=(
            Att("Wound_L_heel_Brathwaite_Eugene_11-09.png", "image/png", png(5, 5, (120, 50, 40))),
        ),
    ),
    Spec(
        phi=True,
        category="HL7 wound culture result",
        notes="HL7 ORU with a named patient's wound culture growing MRSA, sent to the infection "
        "prevention nurse at the hospital.",
        frm=RN,
        to="Infection Prevention <ip@mercycolumbus.org>",
        subject="MRSA wound culture - patient admitted to you today",
        body=f"""Hi,

The patient below was sent from our clinic to your ED this morning for IV antibiotics.
His wound culture from 11/6 grew MRSA; HL7 result attached since your portal is down.
Please place him in contact precautions.
{SIG_RN}""",
        atts=(
            Att(
                "ORU_culture_110926.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|LABCORE|STRIDEFW|IPINBOX|MERCY|202611091145||ORU^R01|C0911871|P|2.5.1\r"
                "PID|1||SFW-0088213^^^SFW^MR||PIKE^TERRENCE^J||19630425|M|||"
                "92 LOCKBOURNE RD^^COLUMBUS^OH^43207\r"
                "OBR|1||CX1106-443|87070^Culture, aerobic, wound^CPT|||202611061010\r"
                "OBX|1|ST|87070^Wound culture^CPT||Heavy growth Staphylococcus aureus, "
                "methicillin resistant (MRSA)||||||F\r"
                "OBX|2|ST|18993-4^Vancomycin susc^LN||S (MIC 1)||||||F\r"
                "NTE|1||Specimen: R plantar foot ulcer, deep tissue\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR wound observations to HIE",
        notes="FHIR Bundle with Patient (name, DOB, address) and wound-area Observations.",
        frm=f"Interfaces <interfaces@{SF}>",
        to="Onboarding <onboarding@ohiohie-connect.org>",
        subject="Resend - wound observations bundle rejected (422)",
        body="""Hi, the bundle below was rejected with HTTP 422 because our Observation.code
used a local code. We swapped it to LOINC 89260-4; please replay. Thanks.""",
        atts=(
            Att(
                "bundle_SFW-0071552.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "transaction", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "SFW-0071552",'
                ' "name": [{"family": "Armstead", "given": ["Lucille"]}],'
                ' "birthDate": "1945-05-08", "address": [{"line": ["2904 Brentnell Ave"],'
                ' "city": "Columbus", "state": "OH", "postalCode": "43219"}]}},\n'
                ' {"resource": {"resourceType": "Observation", "status": "final",'
                ' "code": {"coding": [{"system": "http://loinc.org", "code": "89260-4",'
                ' "display": "Wound area"}]}, "subject": {"reference": "Patient/SFW-0071552"},'
                ' "effectiveDateTime": "2026-11-09", "valueQuantity": {"value": 11.5,'
                ' "unit": "cm2"}, "bodySite": {"text": "Right lateral malleolus"},'
                ' "note": [{"text": "Venous stasis ulcer, improving"}]}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ACO diabetic foot exam registry csv",
        notes="CSV of named patients with DOB, A1c, foot-exam date and risk category sent to the "
        "ACO's care management team.",
        frm=ADMIN,
        to="Care Management <caremgmt@centralohioaco.org>",
        subject="Q4 diabetic foot exam gap list - returned",
        body="""Hi Monique,

Returning the gap list you sent with our exam results filled in. 6 of the 8 have been seen;
two no-showed twice and we've mailed letters.

Greg Lawson
Practice Administrator, Stride Foot & Wound Center""",
        atts=(
            Att(
                "aco_dfe_gaplist_returned.csv",
                "text/csv",
                "member_id,name,dob,last_a1c,foot_exam_date,iwgdf_risk,notes\n"
                "CO44710298,Gerald Okonkwo,1949-12-01,8.2,2026-10-20,3,prior ulcer - shoes\n"
                "CO44815530,Maribel Quintanilla,1961-04-18,7.1,2026-10-22,1,\n"
                "CO44902275,Harlan Teague,1957-08-09,9.4,2026-10-28,2,LOPS + PAD\n"
                "CO45011819,Yun-Hee Baek,1966-02-14,6.8,2026-11-02,0,\n"
                "CO45120044,Dorothy Fenwick,1944-10-30,7.7,2026-11-04,2,\n"
                "CO45133208,Ramesh Pillai,1953-07-22,8.9,2026-11-05,1,\n"
                "CO45210961,Curtis Blevins,1970-01-12,,,,no-show x2\n"
                "CO45298834,Ana Lucia Ferreira,1968-06-03,,,,no-show x2\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="daughter gmail update on father's toe",
        notes="Hard positive: to the daughter's gmail; father named by first name with his toe "
        "amputation healing and antibiotic.",
        frm=AMB,
        to="Denise Harper <deniseharper.rn@gmail.com>",
        subject="Re: Dad's foot",
        body="""Hi Denise,

Walter did well today. The amputation site on his right second toe is closing nicely,
no more drainage, and the bone culture came back negative so he can stop the Augmentin
after Friday's dose. Keep him in the surgical shoe and off long walks for 2 more weeks.

I'll see him again on the 23rd.

Dr. Ambrose

On Tue, Nov 10, 2026 at 6:12 PM Denise Harper <deniseharper.rn@gmail.com> wrote:
> Dr. Ambrose, I couldn't make it to Dad's appt today. How did the toe look?
> Is he still supposed to take the antibiotic? -Denise""",
    ),
    Spec(
        phi=True,
        category="bed 3 quiet treatment change",
        notes="Hard positive: 'Mr. P' in bay 3 with a TcPO2 value and a dressing switch, in a "
        "terse internal note.",
        frm=RN,
        to=MEHTA,
        subject="bay 3",
        body="""Mr. P in bay 3 (here for dive 31) - periwound TcPO2 today 32. Wound base looks
paler than Monday. Per your OK I stopped the Santyl and started Aquacel Ag + foam.
Want a culture before he goes in the chamber?

C""",
    ),
    Spec(
        phi=True,
        category="forwarded patient orthotics question",
        notes="Forwarded (message/rfc822) patient email about custom orthotics for plantar "
        "fasciitis, forwarded to billing.",
        frm=f"Ashley Nguyen <anguyen@{SF}>",
        to=BILL,
        subject="Fw: orthotics cost",
        body="Rhonda, can you answer this? She's asking about her plan's orthotics coverage.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Valentina Russo <vrusso.runs@icloud.com>",
            to=f"Appointments <appointments@{SF}>",
            subject="orthotics cost",
            body="""Hi,

Dr. Wierzbicki cast me for custom orthotics last week for my plantar fasciitis (both feet).
My insurance is Anthem through my job. Can you tell me what I'll owe before you order them?
I'm also still doing the night splint.

Thanks,
Valentina Russo
DOB 6/14/1988""",
        ),
    ),
    Spec(
        phi=True,
        category="subject-only vascular consult request",
        notes="Hard positive: patient name and amputation risk only in the subject; body says "
        "'him'.",
        frm=WIE,
        to="Scheduling <scheduling@metrovascular.com>",
        subject="Urgent vasc consult - Okafor, Nnamdi - critical limb ischemia R foot",
        body="""Can you get him in this week? Referral and ABIs faxed this morning.

Tomasz Wierzbicki, DPM""",
    ),
    Spec(
        phi=True,
        category="HBOT dive calendar invite",
        notes="Calendar invite titled with a patient's name and dive number.",
        frm=HBO,
        to=f"Hyperbaric Staff <hbo@{SF}>",
        subject="Invitation: HBO Dive #23 - Castellano, V. @ Wed Nov 11 8:00am",
        body="Chamber 2. Please check glucose pre-dive, he was 88 last time.",
        ics="""BEGIN:VCALENDAR
PRODID:-//Stride Foot & Wound//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sfw-hbo-20261111-0800-ch2@stridefootwound.com
DTSTAMP:20261109T200000Z
DTSTART:20261111T130000Z
DTEND:20261111T150000Z
SUMMARY:HBO Dive #23 - Castellano\\, Vito
DESCRIPTION:2.4 ATA x 90 min. DFU R hallux. Insulin-dependent - fingerstick pre and post. Ear equalization OK.
LOCATION:Chamber 2
ORGANIZER:mailto:dwhitaker@stridefootwound.com
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=True,
        category="nail debridement progress notes txt",
        notes="Hard positive: TXT attachment of progress notes for named patients (nail debridement, "
        "onychomycosis, class findings); body is generic.",
        frm=f"Dr. Keisha Ambrose <kambrose@{SF}>",
        to=f"Coding <coding@{SF}>",
        subject="Notes for Monday's nursing home visits - please code",
        body="Notes from Brookside Manor rounds attached. All routine foot care with Q modifiers.",
        atts=(
            Att(
                "brookside_rounds_1109.txt",
                "text/plain",
                "Brookside Manor rounds 11/09/2026 - K. Ambrose, DPM\n\n"
                "Room 112 - Eleanor Whitcombe, DOB 1938-02-19. Onychomycosis 1-5 bilat, "
                "debrided x10 (11721). Class findings: absent DP/PT pulses, "
                "atrophic skin (Q8). PAD.\n\n"
                "Room 127 - Francis Delgado, DOB 1941-09-03. Diabetic, LOPS. "
                "Debrided nails x6 (11720), pared 2 calluses (11056). No ulcers.\n\n"
                "Room 130 - Mildred Osterhaus, DOB 1930-11-25. Onychogryphosis L hallux, "
                "debrided (11720). On warfarin - minor bleed, controlled.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="X12 837P debridement claim",
        notes="Hard positive: body is about a 999 rejection; the X12 837P has a Medicare beneficiary's name, DOB, address, MBI, diagnosis codes "
        "and debridement CPT.",
        frm=BILL,
        to="EDI Support <edisupport@availity-partner.net>",
        subject="837P rejected 999 - ISA13 812 - corrected file",
        body="""Hello,

Our file with ISA13 000000812 came back with a 999 rejection (NM109 length on the billing
provider loop). Corrected file attached. Please confirm acceptance.

Rhonda Kessler, Stride Foot & Wound Center""",
        atts=(Att("SFW_837P_812.x12", "application/edi-x12", _x12_837p()),),
    ),
    Spec(
        phi=True,
        category="encrypted zip of wound photos",
        notes="Hard positive: encrypted ZIP (password sent separately) whose member names carry patient names "
        "and wound sites; the photos themselves are PHI.",
        frm=RN,
        to=f"Wound Team <woundteam@{HH}>",
        subject="Baseline wound photos - password to follow by text",
        body=f"""Hi, baseline photos for the 3 new referrals are in the encrypted zip. I'll text
the password to Kim's cell.
{SIG_RN}""",
        atts=(
            Att(
                "baseline_photos_1110.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Armstead_Lucille_R_malleolus_venous_ulcer.txt": (
                            "photo placeholder: R lateral malleolus 4.1 x 2.8 cm\n"
                        ),
                        "Teague_Harlan_L_plantar_DFU.txt": "photo placeholder: L plantar 2.2 x 1.9 cm\n",
                        "Fenwick_Dorothy_sacral_stage3.txt": "photo placeholder: sacrum 3.0 x 2.5 cm\n",
                    },
                    "Stride!1110",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="orthotics statement to patient aol",
        notes="Patient statement to aol with account number and custom orthotics/L-codes.",
        frm=f"Stride Billing <billing@{SF}>",
        to="Bernard Kowalski <bkowalski44@aol.com>",
        subject="Your statement from Stride Foot & Wound Center",
        body="""Dear Bernard Kowalski,

Account: SFW-441902
Date of service: 10/05/2026, Dr. Tomasz Wierzbicki

  L3000 Custom foot orthotics (pair)      $480.00
  Insurance (Medical Mutual) paid         -$0.00  (not a covered benefit)
  Amount due                              $480.00

As discussed at your fitting, orthotics are not covered by your plan. We offer 3 interest-free
monthly payments. Pay online at stridefootwound.com/pay or call 614-555-0355.

Stride Foot & Wound Center - Patient Accounts""",
    ),
    Spec(
        phi=True,
        category="workers comp report with SSN",
        notes="Workers' compensation report with the injured worker's SSN, claim number, "
        "fracture and work restrictions.",
        frm=WIE,
        to="Claims Adjuster <lmarchetti@buckeyecompmutual.com>",
        subject="Claim 26-WC-33871 - progress report",
        body="""Ms. Marchetti,

Progress report for your insured:

Claimant: Dwayne Holloway   SSN 433-41-9877   DOI 09/28/2026
Employer: Central Ohio Freight Lines
Dx: closed fracture of base of 5th metatarsal, right (S92.351A) - crushed by a pallet jack
Status: weight bearing as tolerated in CAM boot since 11/2; X-ray 11/9 shows bridging callus.
Restrictions: sedentary duty only, no ladders, no driving forklift until 12/7.
Next visit 12/7.

Tomasz Wierzbicki, DPM
Stride Foot & Wound Center""",
    ),
    # ------------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="aggregate wound healing outcomes",
        notes="Hard negative: quarterly healing rates, amputation counts and HBOT outcomes; "
        "aggregate only.",
        frm=ADMIN,
        to=f"Providers <providers@{SF}>",
        subject="Q3 outcomes - healing rates",
        body="""Team,

Q3 2026 wound center outcomes:

- Wounds healed: 214 (median days to heal 56)
- DFUs healed within 12 weeks: 64% (national benchmark ~50%)
- Venous leg ulcers healed within 12 weeks: 71%
- Major amputations in DFU patients: 3 (1.4%)
- HBOT completions: 38; 76% of Wagner 3 DFUs healed or improved at 30 days post-HBOT

Great work, everyone. Full report at the staff meeting.

Greg""",
    ),
    Spec(
        phi=False,
        category="hyperbaric chamber maintenance",
        notes="Hard negative: chamber serial numbers and oxygen certification; equipment, not "
        "a patient's device.",
        frm=HBO,
        to="Service <service@sechrist-hbo-support.com>",
        subject="Annual PM - chambers SN 3300H-1182 and 3300H-1207",
        body="""Hello,

Please schedule the annual preventive maintenance for our two monoplace chambers:

  Sechrist 3300H  serial 3300H-1182  (installed 2019)
  Sechrist 3300H  serial 3300H-1207  (installed 2020)

We also need the oxygen analyzer calibration certificate for NFPA 99 and the acrylic
hull inspection report. Weekdays after 3 PM or Saturdays work best, since we dive
mornings.

Devon Whitaker, CHT
Hyperbaric Safety Director, Stride Foot & Wound Center""",
    ),
    Spec(
        phi=False,
        category="collagenase backorder substitution",
        notes="Hard negative: wound product backorder with substitutions and HCPCS codes; no "
        "patient.",
        frm=RN,
        to=f"Providers <providers@{SF}>",
        subject="Santyl backorder - what we're using instead",
        body="""Hi all,

Collagenase (Santyl 250 U/g) is backordered through December at McKesson. For enzymatic
debridement until it's back:

- Prefer sharp/selective debridement in clinic (97597/97598) where appropriate
- Medihoney gel or Hydrofera Blue for slough in home-care patients
- We have 14 tubes left - reserved for patients already on it

I've updated the home health order templates. Questions -> me.

Carla""",
    ),
    Spec(
        phi=False,
        category="community foot screening flyer",
        notes="Community health event flyer about diabetic foot screening; no individual.",
        frm=f"Outreach <outreach@{SF}>",
        to="Events <events@linden-communitycenter.org>",
        subject="Free diabetic foot screening - Sat Nov 21",
        body="",
        html="""<html><body style="font-family:Verdana">
<p>Hello! We'd love to be included in your November newsletter:</p>
<div style="border:2px solid #2a7ab0;padding:10px">
<h2>FREE Diabetic Foot Screening</h2>
<p><b>Saturday, November 21, 10 AM - 1 PM</b><br>Linden Community Center gym</p>
<p>People with diabetes are at risk for nerve damage and foot ulcers. Our podiatrists will
check sensation, circulation and skin, and teach daily foot checks. No insurance needed.
Free socks while supplies last!</p>
</div>
<p>Stride Foot &amp; Wound Center Outreach</p>
</body></html>""",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="skin substitute invoice SSN-shaped PO",
        notes="Hard negative: vendor invoice for skin substitutes with Q-codes, lot numbers and "
        "an SSN-shaped PO; no patient.",
        frm=f"Accounts Payable <ap@{SF}>",
        to="Remittance <ar@regenerativewoundproducts.com>",
        subject="Payment remittance - PO 512-48-3307",
        body="""Hello,

ACH payment sent today for the following (PO 512-48-3307):

  INV 88210  Q4151 amniotic membrane 2x2 cm  qty 10  lot AM26-0917  $4,950.00
  INV 88211  Q4101 bilayered skin sub 44 cm2 qty 4   lot BS26-1002  $5,720.00
  Less credit memo CM-1142 (expired unit)                            -$495.00
  Total                                                             $10,175.00

Remittance reference ACH-20261110-0031.

Accounts Payable, Stride Foot & Wound Center""",
    ),
    Spec(
        phi=False,
        category="wound care RN job posting html",
        notes="HTML-only job posting for a wound care nurse; no patient.",
        frm=f"HR <hr@{SF}>",
        to="Postings <postings@ohionursesjobs.org>",
        subject="Job posting - Wound Care RN (CWCN preferred)",
        body="",
        html="""<html><body>
<h2>Wound Care RN - Stride Foot &amp; Wound Center</h2>
<p>Columbus, OH. Full time, days, no weekends, no call.</p>
<ul><li>Assess and measure wounds, apply compression and total contact casts</li>
<li>Assist with debridement and skin substitute application</li>
<li>Monitor hyperbaric oxygen patients with our CHTs</li></ul>
<p>Required: Ohio RN license, 2 years acute or wound experience. CWCN or WCC preferred
(we pay for certification).</p>
<p>Apply: stridefootwound.com/careers</p>
</body></html>""",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="SAWC conference agenda",
        notes="Hard negative: conference session list with speaker names and diseases; no patient.",
        frm=AMB,
        to=f"Providers <providers@{SF}>",
        subject="SAWC Fall sessions I'd recommend",
        body="""For anyone going to SAWC Fall in Las Vegas next month, sessions worth it:

- Thu 8:00  Charcot neuroarthropathy: early offloading saves feet (K. Ambrose, DPM - yes, me)
- Thu 10:30 Osteomyelitis of the foot: bone biopsy vs MRI (R. Lipsky-Hart, MD)
- Fri 9:00  HBOT for DFU: what the new trials show (A. Mehta, MD)
- Fri 1:30  Pyoderma gangrenosum masquerading as venous ulcer (S. Oduya, MD)
- Sat 8:00  Calciphylaxis: a multidisciplinary approach

CME reimbursement forms are with Greg.

Keisha""",
    ),
    Spec(
        phi=False,
        category="podiatrist credentialing NPI DEA",
        notes="Hard negative: podiatrist's NPI, DEA and licence to a hospital medical staff "
        "office; provider identifiers only.",
        frm=f"Credentialing <credentialing@{SF}>",
        to="Medical Staff Services <msso@mercycolumbus.org>",
        subject="Privileges application - Tomasz Wierzbicki, DPM",
        body="""Hello,

Supporting information for Dr. Wierzbicki's application for podiatric surgery privileges:

  Tomasz Wierzbicki, DPM, FACFAS
  NPI 1363227186
  DEA FM1620699
  Ohio podiatric license 36.004417
  Board: ABFAS certified in foot surgery and reconstructive rearfoot/ankle surgery
  Requested privileges: forefoot, rearfoot, ankle; wound debridement; partial foot
  amputation

Case log (24 months) and peer references are attached in the portal.

Leah Sorensen, Credentialing Coordinator""",
    ),
    Spec(
        phi=False,
        category="FHIR test patient interface validation",
        notes="Hard negative: FHIR Patient/Observation with an obvious synthetic test patient "
        "for HIE onboarding, labelled as test.",
        frm=f"Interfaces <interfaces@{SF}>",
        to="Onboarding <onboarding@ohiohie-connect.org>",
        subject="Onboarding step 6 - test bundle (synthetic patient)",
        body="""Attached is the step 6 test bundle. It uses the synthetic patient you assigned
(Zztest Woundcare, MRN TEST-SFW-0001, DOB 1900-01-01) and should go to the sandbox endpoint
only. Let us know if the validator passes.""",
        atts=(
            Att(
                "test_bundle_step6.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "transaction", "meta": {"tag": [{"code":'
                ' "TEST", "display": "synthetic test data"}]}, "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "TEST-SFW-0001",'
                ' "name": [{"family": "Woundcare", "given": ["Zztest"]}],'
                ' "birthDate": "1900-01-01"}},\n'
                ' {"resource": {"resourceType": "Observation", "status": "final",'
                ' "code": {"coding": [{"system": "http://loinc.org", "code": "89260-4"}]},'
                ' "subject": {"reference": "Patient/TEST-SFW-0001"},'
                ' "valueQuantity": {"value": 1.0, "unit": "cm2"}}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified HBOT outcomes dataset",
        notes="Hard negative: de-identified research dataset (XLSX) with study IDs, age bands "
        "and outcomes; no dates or identifiers.",
        frm=MEHTA,
        to="Research Office <irb-data@osu-woundresearch.org>",
        subject="De-identified HBOT/DFU dataset for the multi-site analysis",
        body="""Dr. Feld,

Our de-identified contribution to the multi-site DFU analysis is attached (IRB exempt,
Safe Harbor: no dates, ages in 5-year bands, 90+ collapsed, study IDs only). 38 cases.
Data dictionary on the second tab.

Arjun Mehta, MD""",
        atts=(
            Att(
                "SFW_HBOT_DFU_deid.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            [
                                "study_id",
                                "age_band",
                                "sex",
                                "wagner",
                                "tcpo2_baseline",
                                "dives",
                                "healed_12wk",
                                "major_amp",
                            ],
                            ["S-017", "60-64", "M", 3, 24, 40, "Y", "N"],
                            ["S-018", "70-74", "F", 3, 31, 36, "N", "N"],
                            ["S-019", "55-59", "M", 4, 18, 22, "N", "Y"],
                            ["S-020", "90+", "F", 3, 29, 40, "Y", "N"],
                        ],
                        "Dictionary": [
                            ["field", "meaning"],
                            ["wagner", "Wagner grade at HBOT start"],
                            ["tcpo2_baseline", "periwound TcPO2 mmHg on room air"],
                            ["healed_12wk", "complete epithelialization within 12 weeks"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="hyperbaric fire safety policy docx",
        notes="Policy document on hyperbaric fire safety and prohibited items; no patient.",
        frm=HBO,
        to=f"Hyperbaric Staff <hbo@{SF}>",
        subject="Updated HBO-07 fire safety policy - sign by 11/30",
        body="Updated policy attached. Main change: cotton gown check is now documented by two staff.",
        atts=(
            Att(
                "HBO-07_Fire_Safety_rev2026.docx",
                DOCX,
                docx(
                    [
                        "Stride Foot & Wound Center - Policy HBO-07: Hyperbaric Fire Safety",
                        "1. Only 100% cotton gowns and linens issued by the center enter the "
                        "chamber.",
                        "2. Prohibited: lotions, petroleum-based products, hair products, "
                        "hand warmers, nicotine patches, electronic devices.",
                        "3. Two staff members verify and document the pre-dive safety checklist.",
                        "4. Transdermal medication patches require physician review before "
                        "each treatment.",
                        "5. Grounding wrist strap in place before pressurization.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="open enrollment diabetic supplies",
        notes="Hard negative: HR benefits mail mentioning diabetes supplies and insulin "
        "coverage for the staff plan; no individual.",
        frm=f"HR <hr@{SF}>",
        to=f"All Staff <staff@{SF}>",
        subject="2027 benefits - what's new",
        body="""Hi all,

Open enrollment is Nov 16-30. What's new for 2027:

- Insulin and diabetic testing supplies: $0 copay on all plans
- GLP-1s for weight loss: still not covered (covered for diabetes with prior auth)
- Telehealth visits: $0
- New: Hinge Health physical therapy app, free for members

Benefit fair Thursday 11/19 at noon in the conference room, pizza provided.

Stride HR""",
    ),
    Spec(
        phi=False,
        category="MFA enrolment IT",
        notes="IT notice about MFA enrolment; no patient.",
        frm=f"IT Support <itsupport@{SF}>",
        to=f"All Staff <staff@{SF}>",
        subject="Action required: MFA for remote EHR access by 11/20",
        body="""Hello,

Starting Friday 11/20, remote access to the EHR and email will require multi-factor
authentication. Please enroll the Microsoft Authenticator app before then:
1) Go to aka.ms/mfasetup from your work PC
2) Scan the QR code with the app
3) Approve the test prompt

We will never ask you for your code by phone or email.

Stride IT Support""",
    ),
    Spec(
        phi=False,
        category="December on-call schedule",
        notes="Hard negative: provider on-call roster with cell phones and coverage areas; staff "
        "only.",
        frm=ADMIN,
        to="Answering Service <ops@medcallanswering.com>",
        subject="December on-call roster - Stride Foot & Wound",
        body="""Please load the December on-call for Stride Foot & Wound Center:

  Dec 1-7    Keisha Ambrose, DPM      cell 614-555-0381   (podiatry + wound)
  Dec 8-14   Tomasz Wierzbicki, DPM   cell 614-555-0382   (podiatry + wound)
  Dec 15-21  Samuel Osei, MD          cell 614-555-0383   (wound only; podiatry -> Ambrose)
  Dec 22-31  Keisha Ambrose, DPM      cell 614-555-0381

Hyperbaric emergencies (chamber or patient during a dive) always page Dr. Arjun Mehta
first at 614-555-0384.

Greg Lawson""",
    ),
    Spec(
        phi=False,
        category="forwarded LCD skin substitute update",
        notes="Hard negative: forwarded (message/rfc822) Medicare contractor bulletin on skin "
        "substitute coverage; policy, no patient.",
        frm=BILL,
        to=f"Providers <providers@{SF}>",
        subject="Fw: LCD update - skin substitutes for DFU/VLU",
        body="""FYI - big change for January. We'll need documented 4 weeks of standard of care
and wound measurements at every application. I'll update the templates.

Rhonda""",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="CGS Medicare Bulletin <bulletin@cgs-medicare-news.com>",
            to=f"Rhonda Kessler <rkessler@{SF}>",
            subject="LCD update - skin substitutes for DFU/VLU",
            body="""Effective January 1, 2027, skin substitute grafts/cellular and tissue-based
products for diabetic foot ulcers and venous leg ulcers are limited to 8 applications per
wound per 12 weeks. Documentation must include failure of 4 weeks of standard of care and
wound measurements before each application. Products not on the covered list will be denied
as not reasonable and necessary.""",
        ),
    ),
    Spec(
        phi=False,
        category="diabetic foot care handout pdf",
        notes="Hard negative: patient-education handout PDF on diabetic foot care; health topic "
        "with no individual.",
        frm=RN,
        to=f"Dr. Shirin Farahani <sfarahani@{CV}>",
        subject="Foot care handout for your waiting room",
        body="""Hi Dr. Farahani,

As promised at the diabetes collaborative meeting, here's our diabetic foot care handout
for your waiting room. Feel free to print as many as you like.

Carla""",
        atts=(
            Att(
                "Diabetic_Foot_Care_handout.pdf",
                "application/pdf",
                pdf(
                    [
                        "STRIDE FOOT & WOUND CENTER",
                        "Caring for Your Feet When You Have Diabetes",
                        "",
                        "- Check both feet every day for cuts, blisters, redness or swelling.",
                        "- Wash in lukewarm water; dry well between the toes.",
                        "- Never walk barefoot, even at home.",
                        "- Trim nails straight across, or have your podiatrist do it.",
                        "- Call us the same day for any open sore or color change.",
                        "",
                        "Stride Foot & Wound Center  614-555-0350",
                    ],
                    "Diabetic foot care",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="lease renewal business mail",
        notes="Office lease renewal; business only.",
        frm=ADMIN,
        to="Property Management <leasing@morsecrossingproperties.com>",
        subject="Suite 200 lease renewal - counter",
        body="""Hi Brent,

We received the renewal for suite 200 (3380 Morse Rd). We're prepared to sign a 5-year
term at $22.50/sf NNN with 2.5% escalators, plus $40,000 in TI for expanding the hyperbaric
room (the second chamber needs a dedicated 480V circuit and oxygen piping).

Let me know if the landlord can meet that by 12/15. Our formal counter letter is attached.

Greg Lawson
Practice Administrator, Stride Foot & Wound Center""",
        atts=(
            Att(
                "Suite200_counter_letter.rtf",
                "application/rtf",
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 "
                "Stride Foot & Wound Center\\par 3380 Morse Rd, Suite 200, Columbus OH 43231\\par\\par "
                "Re: Lease renewal, Suite 200\\par\\par "
                "Tenant proposes a five-year renewal term at $22.50 per rentable square foot NNN, "
                "annual escalations of 2.5%, and a tenant improvement allowance of $40,000 for the "
                "hyperbaric room expansion (480V circuit and medical oxygen piping).\\par\\par "
                "Gregory Lawson, Practice Administrator\\par}\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="wound supply PAR levels csv",
        notes="Hard negative: CSV of wound dressing PAR levels and reorder points; medical "
        "products, no patient.",
        frm=RN,
        to="Order Desk <orders@mckessonmed-partner.com>",
        subject="Updated PAR levels - Stride Foot & Wound",
        body="Please update our standing order with the attached PAR levels effective 11/16. Thanks, Carla",
        atts=(
            Att(
                "PAR_levels_2026-11.csv",
                "text/csv",
                "item,description,uom,par,reorder_at\n"
                "403771,Aquacel Ag Extra 4x4,box/10,12,4\n"
                "294100,Mepilex Border Flex 6x6,box/5,20,6\n"
                "Coban2-2094N,Coban 2 compression kit,kit,30,10\n"
                "HFB-44,Hydrofera Blue Classic 4x4,box/10,8,3\n"
                "TCC-KIT,Total contact cast kit (adult),kit,6,2\n"
                "MHY-1.5,Medihoney gel 1.5 oz,tube,24,8\n",
            ),
        ),
    ),
]
