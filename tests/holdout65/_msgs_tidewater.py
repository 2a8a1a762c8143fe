"""Tidewater Wound & Hyperbaric Center outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nTidewater Wound & Hyperbaric Center\n220 Marsh Harbor Pkwy, Suite 3, Port Kessel, VA 23999\nPhone 757-555-0131 | Fax 757-555-0132"

X12_837 = (
    "ISA*00*          *00*          *ZZ*TIDEWATERWH    *ZZ*CLRHOUSE01     *261117*0930*^*00501*000004412*0*P*:~"
    "GS*HC*TIDEWATERWH*CLRHOUSE01*20261117*0930*4412*X*005010X222A1~"
    "ST*837*0001*005010X222A1~"
    "NM1*85*2*TIDEWATER WOUND AND HYPERBARIC*****XX*1821255951~"
    "NM1*IL*1*STROUD*WILHELMINA****MI*4TW8-JK3-PX62~"
    "N3*9 OYSTER POINT LN~N4*PORT KESSEL*VA*23999~DMG*D8*19470609*F~"
    "CLM*TW26-30871*1240.00***11:B:1*Y*A*Y*Y~"
    "HI*ABK:E11621*ABF:L97422~"
    "SV1*HC:99183*412.00*UN*1***1~"
    "SV1*HC:G0277*828.00*UN*4***1~"
    "SE*11*0001~GE*1*4412~IEA*1*000004412~"
)
X12_835 = (
    "ISA*00*          *00*          *ZZ*CLRHOUSE01     *ZZ*TIDEWATERWH    *261116*1400*^*00501*000009921*0*P*:~"
    "ST*835*0001~BPR*I*3120.00*C*ACH~"
    "CLP*TW26-30512*1*3480.00*3120.00**MC*26300512~"
    "NM1*QC*1*BAPTISTE*LEONARD****MI*7CN2-RT4-WE19~"
    "SVC*HC:99183*412.00*370.00~SE*6*0001~"
)
FHIR_APPT = """{
  "resourceType": "Appointment",
  "id": "tw-appt-7716",
  "status": "booked",
  "serviceType": [{"text": "Hyperbaric oxygen therapy, dive 14 of 40"}],
  "reasonCode": [{"text": "Delayed radiation injury of mandible (osteoradionecrosis)"}],
  "start": "2026-11-18T08:00:00-05:00",
  "participant": [{"actor": {"reference": "Patient/TW-55391", "display": "Cordelia Maplethorpe"}, "status": "accepted"}]
}
"""
FHIR_ORG = """{
  "resourceType": "Organization",
  "id": "tidewater-wh",
  "name": "Tidewater Wound & Hyperbaric Center",
  "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1821255951"}],
  "telecom": [{"system": "phone", "value": "757-555-0131"}],
  "address": [{"line": ["220 Marsh Harbor Pkwy, Suite 3"], "city": "Port Kessel", "state": "VA"}]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="837P claim file to clearinghouse",
        notes="Hard positive: X12 837 with patient name, MBI, address, DOB, diabetic foot ulcer and HBOT codes; body is just a batch line.",
        frm="Billing <billing@tidewaterwoundcare.com>",
        to="submissions@medbridge-clearing.com",
        subject="Batch 4412",
        body="Batch 4412, 1 claim." + SIG,
        atts=(Att("TW_4412.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="835 remittance forwarded to biller",
        notes="Hard positive: X12 835 with patient name and MBI and HBOT payment, forwarded to outsourced biller.",
        frm="Billing <billing@tidewaterwoundcare.com>",
        to="team@coastalrcmservices.com",
        subject="ERA 11/16 for posting",
        body="Please post. One underpayment on the 99183 line - appeal if under contract.",
        atts=(Att("era_20261116.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=False,
        category="Payer fee schedule question",
        notes="Hard negative: HBOT CPT codes and rates with no patient.",
        frm="Billing <billing@tidewaterwoundcare.com>",
        to="provider.relations@chesapeakehealthplan.com",
        subject="2027 fee schedule - 99183 and G0277",
        body="Hello,\n\nYour draft 2027 schedule lists 99183 at $301 and G0277 at $98 per 30 minutes, below Medicare. Can we schedule a call? Our NPI 1821255951, TIN on file.\n\nRhoda Fenwick, Billing Manager"
        + SIG,
    ),
    Spec(
        phi=True,
        category="HBOT appointment FHIR to scheduling app",
        notes="FHIR Appointment with patient name, HBOT dive count and osteoradionecrosis reason.",
        frm="Scheduling <schedule@tidewaterwoundcare.com>",
        to="sync@appointlink-scheduler.io",
        subject="appointment sync",
        body="sync payload attached",
        atts=(Att("appt_7716.json", "application/fhir+json", FHIR_APPT),),
    ),
    Spec(
        phi=False,
        category="FHIR organization directory update",
        notes="Hard negative: FHIR Organization resource with clinic NPI and address; no patient.",
        frm="IT <it@tidewaterwoundcare.com>",
        to="directory@vahealthconnect.org",
        subject="Provider directory update",
        body="Updated Organization resource attached for the statewide directory.",
        atts=(Att("org_tidewater.json", "application/fhir+json", FHIR_ORG),),
    ),
    Spec(
        phi=True,
        category="HBOT pre-dive instructions to patient",
        notes="Patient addressed by name with HBOT dive schedule, pre-dive glucose rule and ear pain follow-up, to personal email.",
        frm="Hyperbaric Nurse <hbot@tidewaterwoundcare.com>",
        to="cordelia.maple@gmail.com",
        subject="Your dives next week",
        body="Dear Cordelia,\n\nYour dives 15-19 are Mon-Fri at 8:00. Please eat a normal breakfast and check your blood sugar before you come; we need it above 120 before you go in the chamber. No lotions or hair products. If your ear pain from Tuesday comes back, call us before driving in.\n\nOwen Tillerson, RN, CHRN"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Generic HBOT patient information leaflet",
        notes="Hard negative: generic pre-dive instructions for any patient sent to a referral office.",
        frm="Hyperbaric Nurse <hbot@tidewaterwoundcare.com>",
        to="frontdesk@portkesselent.com",
        subject="HBOT patient leaflet for your office",
        body="As requested, our standard leaflet is attached for your patients considering hyperbaric therapy.",
        atts=(
            Att(
                "HBOT_what_to_expect.pdf",
                "application/pdf",
                pdf(
                    [
                        "TIDEWATER WOUND & HYPERBARIC CENTER",
                        "What to expect during hyperbaric oxygen therapy",
                        "- Sessions last about 2 hours, 5 days a week",
                        "- Ear popping is common; we teach clearing techniques",
                        "- Diabetics: bring your meter; glucose must be above 120",
                        "- No lotions, hair products or battery devices in the chamber",
                    ],
                    "HBOT leaflet",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Prior authorization for HBOT",
        notes="Member ID, name, Wagner grade 3 diabetic foot ulcer and failed 30-day standard care sent to payer.",
        frm="Authorizations <auth@tidewaterwoundcare.com>",
        to="priorauth@chesapeakehealthplan.com",
        subject="PA request HBOT - member CHP7730194",
        body="Member: Desmond Okonkwo-Reyes  ID CHP7730194  DOB 03/22/1962\nDx: E11.621, L97.523 - Wagner grade 3 right plantar ulcer with osteomyelitis\nStandard wound care since 10/06 with <50% reduction (4.1 to 3.6 cm2).\nRequest: 40 HBOT treatments, 99183/G0277.\n\nAttached: wound measurements.",
        atts=(
            Att(
                "okonkwo_measurements.csv",
                "text/csv",
                "date,length_cm,width_cm,depth_cm,area_cm2\r\n2026-10-06,2.3,1.8,0.6,4.1\r\n2026-10-20,2.2,1.7,0.6,3.7\r\n2026-11-03,2.1,1.7,0.5,3.6\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Aggregate healing-rate report to referral partner",
        notes="Hard negative: clinic-wide healing rates by wound type in CSV; no individual.",
        frm="Outcomes <outcomes@tidewaterwoundcare.com>",
        to="podiatry@tidewaterfootandankle.com",
        subject="Our 2026 YTD healing rates",
        body="Dr. Hsu, as promised, our healing outcomes through October. Nice work on the shared DFU patients this year.",
        atts=(
            Att(
                "healing_rates_ytd.csv",
                "text/csv",
                "wound_type,patients,healed,median_days_to_heal\r\nDiabetic foot ulcer,212,171,63\r\nVenous leg ulcer,148,129,56\r\nPressure injury,61,38,91\r\nRadiation injury (HBOT),34,26,n/a\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Weekly wound measurements to home health",
        notes="Hard positive: multi-sheet workbook of wound measurements by patient surname and DOB, no diagnosis in body.",
        frm="Clinic Nurse <nursing@tidewaterwoundcare.com>",
        to="clinical@bayshorehomecare.com",
        subject="shared pts - weekly",
        body="Weekly sheet attached, same as usual.\n\nNadia",
        atts=(
            Att(
                "shared_patients_wk47.xlsx",
                XLSX,
                xlsx(
                    {
                        "Measurements": [
                            ["Name", "DOB", "Site", "L", "W", "D"],
                            ["Stroud W", "06/09/1947", "L lat malleolus", 3.1, 2.4, 0.3],
                            ["Ferreira J", "12/01/1958", "R heel", 2.0, 1.9, 0.4],
                        ],
                        "Dressings": [
                            ["Name", "Primary", "Secondary", "Freq"],
                            ["Stroud W", "Calcium alginate", "Compression 4-layer", "2x/wk"],
                            ["Ferreira J", "Collagen", "Offloading boot", "3x/wk"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Dressing supply order workbook",
        notes="Multi-sheet supply order with SKUs and quantities; no patients.",
        frm="Supply <supply@tidewaterwoundcare.com>",
        to="orders@tidalmedsupply.com",
        subject="PO 2026-1187",
        body="PO attached. Please ship the compression wraps first; we're down to 2 boxes.",
        atts=(
            Att(
                "PO_2026-1187.xlsx",
                XLSX,
                xlsx(
                    {
                        "Order": [
                            ["SKU", "Item", "Qty"],
                            ["CA-4422", "Calcium alginate 4x4", 40],
                            ["CW-4L", "4-layer compression kit", 30],
                        ],
                        "Ship-to": [
                            ["Site", "Address"],
                            ["Main", "220 Marsh Harbor Pkwy, Suite 3"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Password-protected zip of wound photos to surgeon",
        notes="Encrypted zip of wound photo notes; the body names patient and amputation consult, so PHI is in clear text.",
        frm="Dr. Imogen Castellane <icastellane@tidewaterwoundcare.com>",
        to="vascular@portkesselvascular.com",
        subject="Photos - Mr. Ferreira, question of TMA",
        body="Dr. Bhandari,\n\nPhotos of Joaquim Ferreira's right heel and forefoot attached, password by text. The forefoot is now dry gangrene; I think he needs angiography before we discuss a transmetatarsal amputation.\n\nImogen Castellane, MD, FACHM"
        + SIG,
        atts=(
            Att(
                "ferreira_photos.zip",
                "application/zip",
                encrypted_zip(
                    {"notes.txt": "Ferreira J - R heel and forefoot 11/16/2026 photo index"},
                    "Tide-4471",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Physician bio for referral newsletter",
        notes="Hard negative: clinician bio listing diseases treated and her NPI; no patient.",
        frm="Marketing <marketing@tidewaterwoundcare.com>",
        to="newsletter@portkesselmedsociety.org",
        subject="Bio for December member spotlight",
        body="Imogen Castellane, MD, FACHM (NPI 1933677027) is board certified in undersea and hyperbaric medicine. She treats diabetic foot ulcers, radiation cystitis and osteoradionecrosis, necrotizing soft tissue infections and compromised flaps. She trained at Duke and has led Tidewater since 2019.",
    ),
    Spec(
        phi=True,
        category="Radiation cystitis HBOT progress note to urologist",
        notes="Progress letter PDF to referring urologist with patient name, hematuria history and dive count.",
        frm="Dr. Imogen Castellane <icastellane@tidewaterwoundcare.com>",
        to="office@chesapeakeurology.com",
        subject="Progress - Mr. Baptiste",
        body="Dr. Ng, progress letter attached. Thank you for the referral.",
        atts=(
            Att(
                "Baptiste_progress_dive30.pdf",
                "application/pdf",
                pdf(
                    [
                        "TIDEWATER WOUND & HYPERBARIC CENTER",
                        "Re: Leonard Baptiste   DOB 04/18/1950",
                        "Radiation cystitis after prostate IMRT 2021.",
                        "30 of 40 dives completed. Gross hematuria resolved since dive 22.",
                        "No further transfusions since 10/01. Plan: complete 40, cystoscopy in 3 months.",
                        "Imogen Castellane, MD",
                    ],
                    "Progress letter",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Chamber maintenance vendor service report",
        notes="Chamber inspection and NFPA 99 compliance; no patients.",
        frm="Safety Director <safety@tidewaterwoundcare.com>",
        to="service@sechristchambers.com",
        subject="Annual inspection - chambers 1 and 2",
        body="Thanks for last week's visit. Please send the signed NFPA 99 inspection certificates for both monoplace chambers (serials MP-2207, MP-2210) so we can file them before the Joint Commission survey.\n\nCal Dorrance, CHT, Safety Director",
    ),
    Spec(
        phi=True,
        category="Ear barotrauma referral to ENT",
        notes="Hard positive: short referral with first name, surname initial, age and tympanic membrane injury during HBOT.",
        frm="Hyperbaric Nurse <hbot@tidewaterwoundcare.com>",
        to="frontdesk@portkesselent.com",
        subject="urgent ENT eval please",
        body="Cordelia M., 68F, HBOT pt here for ORN of mandible, developed R ear pain after dive 13, TM appears hemorrhagic (TEED 3). Can Dr. Whitlock see her tomorrow AM so we don't lose dive days? Call back 757-555-0133.\n\nOwen",
    ),
    Spec(
        phi=False,
        category="HBOT indications list for referral sources",
        notes="Hard negative: UHMS-approved indication list with ICD-10 codes; no patient.",
        frm="Outreach <outreach@tidewaterwoundcare.com>",
        to="referrals@baysidefamilymedicine.com",
        subject="Which patients qualify for HBOT? (cheat sheet)",
        body="",
        html="<html><body><h3>Covered HBOT indications</h3><ul><li>Diabetic foot ulcer, Wagner 3+ (E11.621 + L97.4x/L97.5x)</li><li>Osteoradionecrosis (M27.2)</li><li>Radiation cystitis (N30.4x)</li><li>Chronic refractory osteomyelitis (M86.6x)</li><li>Compromised grafts and flaps (T86.82x)</li></ul><p>Fax referrals to 757-555-0132.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Appointment reminder HTML-only with condition",
        notes="HTML-only reminder to patient's personal email naming her and venous ulcer compression visit.",
        frm="Tidewater Reminders <noreply@tidewaterwoundcare.com>",
        to="wstroud1947@aol.com",
        subject="Reminder: your visit Thursday 10:30",
        body="",
        html="<html><body><p>Hello Wilhelmina Stroud,</p><p>This is a reminder of your <b>venous leg ulcer</b> visit with Nadia Pruett, RN on Thursday 11/19 at 10:30 for a compression wrap change. Please wear loose trousers.</p><p>Tidewater Wound &amp; Hyperbaric Center</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Holiday closure HTML notice",
        notes="HTML-only holiday hours notice to all patients; no condition or individual.",
        frm="Tidewater Reminders <noreply@tidewaterwoundcare.com>",
        to="patients-list@tidewaterwoundcare.com",
        subject="Thanksgiving hours",
        body="",
        html="<html><body><p>We are closed Thursday 11/26 and open 8-12 on Friday 11/27. Hyperbaric patients: your nurse will call about dive schedules.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="Daughter update on NSTI healing",
        notes="Hard positive: first name and relationship with graft take percentage and antibiotic stop, to relative's personal mailbox.",
        frm="Nadia Pruett RN <npruett@tidewaterwoundcare.com>",
        to="jess.t.rowe@hotmail.com",
        subject="Re: how did Mom's visit go",
        body="Hi Jess,\n\nMom did great today. The skin graft on her thigh is about 90% taken and Dr. Castellane says the necrotizing infection is fully cleared, so she can stop the Augmentin after Friday. See you both next Tuesday.\n\nNadia",
    ),
    Spec(
        phi=False,
        category="Reply to job applicant",
        notes="Reply to a hyperbaric technician applicant's personal mailbox about interview; workforce mail, no health information.",
        frm="Front Desk <info@tidewaterwoundcare.com>",
        to="g.halvorsen.1960@gmail.com",
        subject="Re: CHT position - interview",
        body="Hello Gunnar,\n\nThanks for applying for the certified hyperbaric technologist opening. Could you come in Tuesday 12/1 at 2:00 for an interview and chamber walk-through? Bring your CHT card.\n\nPriya Nair, Clinic Manager"
        + SIG,
    ),
    Spec(
        phi=True,
        category="Treatment summary to workers' comp adjuster",
        notes="Docx wound care summary of named injured worker sent to comp carrier.",
        frm="Records <records@tidewaterwoundcare.com>",
        to="claims.adjuster@commonwealthcompins.com",
        subject="Claim WC-88-40317 - treatment summary",
        body="Per your request on claim WC-88-40317, the treatment summary is attached.",
        atts=(
            Att(
                "WC-88-40317_summary.docx",
                DOCX,
                docx(
                    [
                        "Tidewater Wound & Hyperbaric Center - Treatment Summary",
                        "Patient: Rafael Quintanilla-Boyd  DOB 09/14/1979",
                        "Crush injury left foot 08/2026 at work site; compromised flap after ORIF",
                        "HBOT x 20 completed 10/30/2026; flap viable",
                        "Return to light duty anticipated 01/2027",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Safety bulletin on chamber fire risk",
        notes="Staff bulletin on prohibited items; generic.",
        frm="Safety Director <safety@tidewaterwoundcare.com>",
        to="staff@tidewaterwoundcare.com",
        subject="Reminder: chamber prohibited items",
        body="Team, a hand warmer was found in a gown pocket during the pre-dive check last week. Good catch. Please re-read the prohibited items list (attached) and pat-check every gown.\n\nCal",
        atts=(
            Att(
                "prohibited_items.txt",
                "text/plain",
                "Prohibited in chamber: hand warmers, lighters, phones, hearing aids, petroleum lotions, hair spray, nylon clothing, nicotine patches (remove), wound dressings with silver unless approved.\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Outsourced transcription return with patient note",
        notes="Hard positive: TXT transcription file with patient name and wound note returned to physician.",
        frm="Transcription Desk <transcription@tidewaterwoundcare.com>",
        to="icastellane.docs@tidewaterwoundcare.com",
        cc="qa@scribewavetranscription.com",
        subject="job 55120 complete",
        body="Job 55120 returned.",
        atts=(
            Att(
                "job55120.txt",
                "text/plain",
                "PATIENT: GUERRERO, PILAR  DOS 11/16/2026\r\nSUBJECTIVE: Returns for L sacral pressure injury stage 3, caregiver notes more drainage.\r\nPLAN: sharp debridement 11042, wound culture, continue NPWT at -125.\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Case study de-identified for conference",
        notes="Hard negative: de-identified case for poster, age band and year only, no identifiers.",
        frm="Dr. Imogen Castellane <icastellane@tidewaterwoundcare.com>",
        to="abstracts@uhms-southeast.org",
        subject="Abstract submission - ORN case",
        body="Title: Mandibular osteoradionecrosis healed with 40 HBOT sessions and sequestrectomy.\nCase: A woman in her 60s, 4 years after radiation for oropharyngeal cancer, presented with exposed bone. After 20 pre-op and 10 post-op dives, mucosal coverage was complete at 12 weeks.\nAll identifiers removed per Safe Harbor.",
    ),
    Spec(
        phi=True,
        category="Schedule change e-mail to spouse about surgery",
        notes="Note to spouse's personal address confirming patient's angiogram/possible amputation date and cancelled wound visits.",
        frm="Scheduling <schedule@tidewaterwoundcare.com>",
        to="maria.ferreira.home@yahoo.com",
        subject="Joaquim's schedule changes",
        body="Mrs. Ferreira,\n\nSince Joaquim's angiogram and possible toe amputation are now set for 11/24 at Port Kessel General, we have cancelled his wound visits that week. We'll rebook 2 weeks after surgery.\n\nScheduling"
        + SIG,
    ),
    Spec(
        phi=False,
        category="Vendor BAA renewal",
        notes="BAA paperwork with a scribe vendor; no patient.",
        frm="Compliance <compliance@tidewaterwoundcare.com>",
        to="contracts@scribewavetranscription.com",
        subject="BAA renewal - expires 12/31",
        body="Hi Lena, our BAA expires 12/31. Redline attached in last week's mail; main change is breach notice within 5 business days. Could you countersign by 12/15?\n\nTheo Marsh, Compliance",
    ),
    Spec(
        phi=True,
        category="Forward of lab culture result to PCP",
        notes="Forward of bone culture result naming patient to PCP office.",
        frm="Dr. Imogen Castellane <icastellane@tidewaterwoundcare.com>",
        to="nurse@baysidefamilymedicine.com",
        subject="FW: bone bx culture",
        body="FYI - your patient. I've started him on levofloxacin 750 daily x 6 weeks; please watch his INR.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Micro Lab <micro@portkesselgeneral.org>",
            to="icastellane@tidewaterwoundcare.com",
            subject="bone bx culture",
            body="Patient: Okonkwo-Reyes, Desmond  MRN PKG-4418820\nSpecimen: bone, R 1st metatarsal\nResult: Pseudomonas aeruginosa, heavy growth; levofloxacin S, ciprofloxacin S",
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded CMS LCD update",
        notes="Forward of Medicare coverage determination text; no individual.",
        frm="Rhoda Fenwick <rfenwick@tidewaterwoundcare.com>",
        to="icastellane@tidewaterwoundcare.com",
        subject="FW: LCD L36504 revision",
        body="Documentation changes for skin substitutes start 1/1. Highlights below.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="MAC Updates <updates@novitas-news.example.com>",
            to="rfenwick@tidewaterwoundcare.com",
            subject="LCD L36504 revision",
            body="Skin substitute grafts for DFU and VLU: maximum 8 applications per wound within 12 weeks; documentation must show 4 weeks of failed standard care and wound measurements at each application.",
        ),
    ),
    Spec(
        phi=True,
        category="NPWT supply drop-ship with patient address",
        notes="Supply drop-ship naming patient, home address and wound vac therapy.",
        frm="Supply <supply@tidewaterwoundcare.com>",
        to="orders@tidalmedsupply.com",
        subject="Drop ship - NPWT canisters",
        body="Please drop-ship 10 NPWT 300 mL canisters and 6 medium foam kits to:\nPilar Guerrero\n48 Heron Ct, Port Kessel VA 23999\n757-555-0178\nFor her sacral wound vac, bill to her plan on file.\n\nSupply",
    ),
    Spec(
        phi=False,
        category="Staff CPR recertification reminder",
        notes="Staff BLS renewals with names; workforce notice, no health info.",
        frm="Clinic Manager <manager@tidewaterwoundcare.com>",
        to="staff@tidewaterwoundcare.com",
        subject="BLS expiring in December",
        body="Owen, Nadia and Cal: your BLS cards expire in December. Class on 12/5 at 9:00 in the break room. Lunch on me.\n\nPriya",
    ),
    Spec(
        phi=True,
        category="Zip of referral packet to other wound clinic",
        notes="Hard positive: zip of referral letter and med list with patient name, transferring care for venous ulcer; body vague.",
        frm="Records <records@tidewaterwoundcare.com>",
        to="intake@richmondwoundinstitute.org",
        subject="transfer packet",
        body="Packet for the patient moving to Richmond. Thanks.",
        atts=(
            Att(
                "transfer_packet.zip",
                "application/zip",
                zipped(
                    {
                        "referral.txt": "Referral: Wilhelmina Stroud, DOB 06/09/1947. Chronic venous leg ulcer L ankle x 14 months, 4-layer compression, ABI 0.92.",
                        "meds.csv": "drug,dose\nwarfarin,5 mg daily\nfurosemide,20 mg daily\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Zip of marketing assets",
        notes="Zip of brochure text and logo for hospital partner; no patients.",
        frm="Marketing <marketing@tidewaterwoundcare.com>",
        to="communications@portkesselgeneral.org",
        subject="Co-branded brochure files",
        body="Files for the co-branded wound center brochure attached.",
        atts=(
            Att(
                "brochure_assets.zip",
                "application/zip",
                zipped(
                    {
                        "brochure.txt": "Non-healing wound? Ask your doctor about Tidewater. 8 in 10 of our patients heal within 16 weeks.",
                        "logo.png": png(8, 8, (20, 90, 140)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Clinic logo PNG for signage",
        notes="PNG logo to sign vendor; no patients.",
        frm="Marketing <marketing@tidewaterwoundcare.com>",
        to="orders@coastalsignworks.com",
        subject="Logo for lobby sign",
        body="Logo attached; please match PMS 7692.",
        atts=(Att("tidewater_logo.png", "image/png", png(10, 4, (20, 90, 140))),),
    ),
    Spec(
        phi=False,
        category="Calendar invite for peer review meeting",
        notes="Hard negative: peer review meeting invite mentions 'amputation cases' generically; no patient named.",
        frm="Medical Director <icastellane@tidewaterwoundcare.com>",
        to="physicians@tidewaterwoundcare.com",
        subject="Quarterly peer review",
        body="Agenda: amputation after HBOT cases (de-identified in the packet), new LCD, chamber downtime.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tidewater//Peer//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:peer-q4-2026@tidewaterwoundcare.com\r\nDTSTART:20261210T230000Z\r\nDTEND:20261211T000000Z\r\nSUMMARY:Quarterly peer review\r\nLOCATION:Conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Debridement invite to patient calendar",
        notes="ICS invite to patient's personal email with name and surgical debridement in summary.",
        frm="Scheduling <schedule@tidewaterwoundcare.com>",
        to="pilar.guerrero48@gmail.com",
        subject="Your appointment",
        body="Pilar, see your invite below. Bring your caregiver.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tidewater//Sched//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:guerrero-20261123@tidewaterwoundcare.com\r\nDTSTART:20261123T150000Z\r\nDTEND:20261123T160000Z\r\nSUMMARY:Pilar Guerrero - sacral wound debridement + NPWT change\r\nLOCATION:Tidewater Wound Center\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Wound photo PNG to patient's own email",
        notes="Hard positive: photo named with patient's surname and 'DFU wk6' sent to his own mailbox at his request.",
        frm="Nadia Pruett RN <npruett@tidewaterwoundcare.com>",
        to="desmond.or62@outlook.com",
        subject="the picture you asked for",
        body="Here's today's picture so you can compare. Keep the boot on!\n\nNadia",
        atts=(Att("OkonkwoReyes_DFU_wk6.png", "image/png", png(6, 6, (160, 110, 100))),),
    ),
]
