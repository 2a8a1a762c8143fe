"""Cascade Ridge Reference Laboratory: client services, courier, home draw, billing, IT (44)."""

from __future__ import annotations

from _att import XLSX, ics, pdf, png, xlsx, zipped
from _spec import CRL, Att, Spec

_CLIENTSVC = f"Cascade Ridge Client Services <clientservices@{CRL}>"
_DISPATCH = f"Courier Dispatch <dispatch@{CRL}>"

_HL7_ORU = (
    "MSH|^~\\&|CRRL-LIS|CASCADERIDGE|EPIC|MTNVIEWFM|202611101422||ORU^R01|CR26314872|P|2.5.1\r"
    "PID|1||MVF4471902^^^MVFM^MR||Paredes^Luciana^M||19690823|F|||915 Birchwood Ln^^Wenatchee"
    "^WA^98801||(509)555-0138\r"
    "ORC|RE|A88213|26-314-00872||CM\r"
    "OBR|1|A88213|26-314-00872|80048^Basic metabolic panel^CPT|||202611100705|||||||||"
    "1657918151^Ostrowski^Daniel\r"
    "OBX|1|NM|2823-3^Potassium^LN||6.9|mmol/L|3.5-5.1|HH|||F\r"
    "OBX|2|TX|8251-1^Comment^LN||Specimen moderately hemolyzed; recollect recommended||||||F\r"
)

_HL7_TEST = (
    "MSH|^~\\&|CRRL-LIS|CASCADERIDGE|ATHENA|SKYLINEPEDS|202611111010||ORU^R01|TST000417|T|2.5.1\r"
    "PID|1||TEST0001^^^CRRL^MR||ZZTEST^INTERFACE^A||20000101|U\r"
    "OBR|1|TST-A1|TST-26-0001|85025^CBC w diff^CPT|||202611110900\r"
    "OBX|1|NM|718-7^Hemoglobin^LN||13.5|g/dL|12.0-16.0|N|||F\r"
    "NTE|1||SYNTHETIC TEST PATIENT - interface validation only, not a real person\r"
)

_FHIR = """{
  "resourceType": "DiagnosticReport",
  "id": "crrl-26-315-01144",
  "status": "final",
  "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4",
                       "display": "Hemoglobin A1c"}]},
  "subject": {"reference": "Patient/kv-20883", "display": "Tsegaye, Meron"},
  "effectiveDateTime": "2026-11-11T07:42:00-08:00",
  "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8812", "value": "26-315-01144"}],
  "result": [{"display": "HbA1c 9.4 % (H)"}],
  "conclusion": "Poorly controlled diabetes range; ordering provider notified"
}
"""

_X12 = (
    "ISA*00*          *00*          *ZZ*CASCADERIDGE   *ZZ*WAYPOINTCLR    *261112*1530*^*00501*"
    "000004417*0*P*:~GS*HC*CASCADERIDGE*WAYPOINTCLR*20261112*1530*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*CR4417*20261112*1530*CH~"
    "NM1*85*2*CASCADE RIDGE REFERENCE LABORATORY*****XX*1888835018~"
    "NM1*IL*1*BOUDREAUX*CELESTE****MI*YQH884102276~DMG*D8*19540317*F~"
    "N3*3310 RIVERVIEW TER~N4*YAKIMA*WA*98902~"
    "CLM*CRRL2631477*186.40***81*B*1~HI*ABK:D509~"
    "SV1*HC:83540*42.10*UN*1~SV1*HC:82728*61.30*UN*1~SV1*HC:85025*83.00*UN*1~"
    "SE*12*0001~GE*1*4417~IEA*1*000004417~"
)

MESSAGES: list[Spec] = [
    # ---------------------------------------------------------------- PHI
    Spec(
        phi=True,
        category="lab_recollect_subject_only_mrn",
        notes="Hard positive: subject-only message, MRN alone plus hemolyzed potassium recollect",
        frm=f"Tamsin Rooke <trooke@{CRL}>",
        to=f"phleb-leads@{CRL}",
        subject="recollect MRN 40877213 - K+ hemolyzed again",
        body="",
    ),
    Spec(
        phi=True,
        category="home_draw_address_text_style",
        notes="Hard positive: no name at all, a home address for a fasting draw (lipid, A1c)",
        frm=f"Nikhil Raman <nraman@{CRL}>",
        to=f"Guadalupe Serrano <gserrano@{CRL}>",
        subject="tmrw first stop",
        body=(
            "hey can u swing by 4418 Alder Creek Rd apt 2 tmrw 7am instead of 8, fasting draw "
            "lipid + A1c, she says knock loud the bell is broken. dog is friendly\n\nthx\nN\n"
        ),
    ),
    Spec(
        phi=True,
        category="home_draw_calendar_invite_address",
        notes="Hard positive: ICS invite, summary is a home address plus INR check for 'Mr. O.'",
        frm=_DISPATCH,
        to=f"Jaroslav Mikula <jmikula@{CRL}>",
        subject="Home draw: 2217 Marquette Ave Unit B - INR (Mr. O.)",
        body="Added to your route, see invite.\n",
        ics=ics(
            "hd-26-1112-0417@cascaderidgelab.com",
            "Home draw 2217 Marquette Ave Unit B - PT/INR (Mr. O.)",
            "20261112T081500",
            "20261112T084500",
            organizer=f"dispatch@{CRL}",
            location="2217 Marquette Ave Unit B, Ellensburg WA 98926",
            description="On warfarin, dose change last wk per Dr. Lindqvist. Gate code 4471. "
            "Light blue top x1, deliver to core lab by 10:30.",
        ),
    ),
    Spec(
        phi=True,
        category="accession_qns_redraw_to_client_hospital",
        notes="Hard positive: accession number plus ED bay, QNS ammonia, redraw on ice",
        frm=f"Core Lab Specimen Processing <processing@{CRL}>",
        to="ed-charge@mtnviewmed.org",
        subject="QNS - acc 26-314-00872",
        body=(
            "acc 26-314-00872 rec'd 0712, ammonia QNS (approx 0.3 mL green top, not on ice). "
            "Pt was still in ED bay 6 per your unit clerk. Pls redraw, full tube, on ice, "
            "deliver within 30 min.\n\n-- Processing, Cascade Ridge Reference Laboratory\n"
        ),
    ),
    Spec(
        phi=True,
        category="patient_phone_callback_redraw",
        notes="Hard positive: only a patient's phone number tied to a clotted CBC redraw",
        frm=f"Yesenia Carrasco <ycarrasco@{CRL}>",
        to=f"frontdesk-yakima@{CRL}",
        subject="callback",
        body="pls call pt back at (509) 555-0143 re: redraw, CBC clotted. she prefers after 3pm\n",
    ),
    Spec(
        phi=True,
        category="critical_value_call_log_csv",
        notes=(
            "Critical value call log CSV with names, DOBs and critical results to a client clinic"
        ),
        frm=_CLIENTSVC,
        to="nursing@pinecrestfamilymed.com",
        subject="Critical value call log - week of 11/9",
        body=(
            "Attached is the critical value notification log for your practice for the week, "
            "for your QA binder. All calls were read back.\n\nClient Services\n"
        ),
        atts=(
            Att(
                "critical_calls_pinecrest_wk46.csv",
                "text/csv",
                "date,time,patient,dob,test,result,called_to,read_back\n"
                '2026-11-09,14:22,"Albright, Roy",1948-02-11,Potassium,6.8 mmol/L,RN Kalani,Y\n'
                '2026-11-10,09:05,"Fonoti, Sina",1990-06-30,Hemoglobin,6.2 g/dL,Dr Quist,Y\n'
                '2026-11-12,16:47,"Delacroix, Maud",1939-12-04,INR,6.1,RN Kalani,Y\n',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hl7_oru_resend_interface",
        notes="HL7 ORU with PID name, DOB, address and a critical hemolyzed potassium",
        frm=f"Interfaces <interfaces@{CRL}>",
        to="hie-support@mtnviewmed.org",
        subject="resend ORU for failed ACK - CR26314872",
        body="Your engine NAK'd this one (AE, PV1 missing). Resending the raw message.\n",
        atts=(Att("CR26314872.hl7", "application/hl7-v2", _HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="requisition_pdf_billing_abn",
        notes="Scanned requisition PDF with name, member id, diagnosis codes; body only says ABN",
        frm=f"Marguerite Osei <mosei@{CRL}>",
        to=f"billing@{CRL}",
        subject="req w/o signed ABN",
        body="see attached req, ABN not signed, pls hold before we bill medicare\n",
        atts=(
            Att(
                "req_26-316-00219.pdf",
                "application/pdf",
                pdf(
                    [
                        "CASCADE RIDGE REFERENCE LABORATORY - TEST REQUISITION",
                        "Accession: 26-316-00219    Collected: 11/12/2026 08:40",
                        "Patient: Halvorsen, Bjorn E.    DOB: 05/19/1944    Sex: M",
                        "Address: 77 Cottonwood Dr, Cle Elum WA 98922",
                        "Insurance: Medicare Part B   MBI: 5TW2-J83-KR41",
                        "Ordering: Daniel Ostrowski MD  NPI: 1657918151",
                        "Dx: E78.5 Hyperlipidemia; Z13.220 screening lipid disorders",
                        "Tests: 80061 Lipid panel; 83036 Hemoglobin A1c",
                        "ABN signature: ______________ (not signed)",
                    ],
                    "Requisition 26-316-00219",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="add_on_initials_dob_list",
        notes="Hard positive: initials plus DOBs with add-on tests, no names",
        frm=_CLIENTSVC,
        to="lab@skylinepediatrics.com",
        subject="add-ons confirmed",
        body=(
            "Hi Bettina,\n\nConfirmed the add-ons you phoned in, all within stability:\n"
            "- J.R. 03/14/2011 - add TSH, free T4\n"
            "- M.K.T. 11/02/2015 - add lead level (venous)\n"
            "- A.O. 07/27/2019 - add ferritin\n\n"
            "Ordering on all three: Dr. Ines Varga, NPI 1333421703.\n"
            "Results should cross by 5pm.\n\nCarys\nClient Services\n"
        ),
    ),
    Spec(
        phi=True,
        category="chain_of_custody_uds_first_name",
        notes=(
            "Hard positive: first name plus specimen id, pain-clinic urine drug screen, broken seal"
        ),
        frm=f"Toxicology <tox@{CRL}>",
        to="office@ridgelinepain.com",
        subject="chain of custody issue spec 7731042",
        body=(
            "specimen 7731042 (Darnell, Dr. Pruitt's pt) arrived w/ custody seal broken and "
            "collector sig missing on the CCF. can't report the UDS. needs recollect w/ new "
            "kit, he's due back Mon per your sched.\n\n- Wren, tox\n"
        ),
    ),
    Spec(
        phi=True,
        category="reply_to_daughter_home_draw_forward",
        notes=(
            "Reply to a patient's daughter at gmail, her forwarded original attached (warfarin INR)"
        ),
        frm=_DISPATCH,
        to="Priya Venkataraman <priya.venkat82@gmail.com>",
        subject="Re: home visit for my dad",
        body=(
            "Hi Priya,\n\nYour father is on Thursday's route, 8:00-8:30am at the Kellogg St "
            "address, for his warfarin INR. The phlebotomist will call from a blocked number "
            "10 min out.\n\nCourier & Home Draw Dispatch\nCascade Ridge Reference Laboratory\n"
        ),
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Priya Venkataraman <priya.venkat82@gmail.com>",
            to=f"dispatch@{CRL}",
            subject="home visit for my dad",
            body=(
                "Hello, my father Raghunath Venkataraman (DOB 9/2/1941) needs his INR checked "
                "at home this week, he cannot drive after his stroke. Address 610 Kellogg St, "
                "Wenatchee. Thank you, Priya\n"
            ),
        ),
    ),
    Spec(
        phi=True,
        category="first_name_result_to_personal_email",
        notes="Hard positive: first name only plus low vitamin D result, sent to patient's gmail",
        frm=f"Carys Pemberton <cpemberton@{CRL}>",
        to="tomas.iribarren@gmail.com",
        subject="your lab question",
        body=(
            "Hi Tomas - your vitamin D came back low (14 ng/mL). Dr. Achterberg's office has it "
            "and will call you about a supplement. Reply here if u don't hear by Fri.\n\nCarys\n"
        ),
    ),
    Spec(
        phi=True,
        category="courier_manifest_xlsx_multisheet",
        notes="Courier manifest workbook, specimen ids with patient names and tests on two sheets",
        frm=_DISPATCH,
        to=f"couriers-east@{CRL}",
        subject="route 4 + STAT manifest thu",
        body="manifest attached. STAT tab = go straight to core lab, do not batch.\n",
        atts=(
            Att(
                "manifest_rt4_1112.xlsx",
                XLSX,
                xlsx(
                    {
                        "Route 4": [
                            ["Stop", "Client", "Specimen", "Patient", "Test", "Temp"],
                            ["1", "Pinecrest FM", "7731560", "Yoon, Haeun", "CMP", "Ambient"],
                            ["2", "Pinecrest FM", "7731561", "Mbeki, Thabo", "PSA", "Refrig"],
                            ["3", "Ridgeline Pain", "7731588", "Kasprzak, Lena", "UDS", "Refrig"],
                        ],
                        "STAT": [
                            ["Specimen", "Patient", "Test", "Note"],
                            ["7731602", "Ferreira, Joao", "Troponin", "ED hold"],
                            ["7731603", "Abeyta, Rosa", "Blood cx x2", "Sepsis eval"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="fhir_diagnosticreport_partner",
        notes="FHIR DiagnosticReport with subject display name and A1c 9.4 to a partner clinic",
        frm=f"Interfaces <interfaces@{CRL}>",
        to="integration@kittitasvalleyclinic.org",
        subject="FHIR payload for the duplicate you asked about",
        body="This is the one your endpoint received twice. Same accession, same content.\n",
        atts=(Att("DiagnosticReport-26-315-01144.json", "application/fhir+json", _FHIR),),
    ),
    Spec(
        phi=True,
        category="snf_room_trough_text_style",
        notes="Hard positive: SNF room number only, vancomycin trough due, prior one hemolyzed",
        frm=_DISPATCH,
        to=f"Guadalupe Serrano <gserrano@{CRL}>",
        subject="maple grove 0600",
        body=(
            "snf draw: Maple Grove rm 214B, on vanco, trough due 0600 b4 the 0630 dose. last one "
            "hemolyzed so go slow pls\n"
        ),
    ),
    Spec(
        phi=True,
        category="x12_837_claim_clearinghouse",
        notes="X12 837P claim: member name, DOB, address, member id, ICD D50.9 and CPT lines",
        frm=f"Revenue Cycle <rcm@{CRL}>",
        to="edi-support@waypointclearing.com",
        subject="837 resubmission batch 4417",
        body="Resubmitting batch 4417 (one claim) after the NM1 fix. 999 please.\n",
        atts=(Att("CRRL_837P_4417.x12", "application/edi-x12", _X12),),
    ),
    Spec(
        phi=True,
        category="mislabeled_tube_photo_name_in_filename",
        notes="Hard positive: only the PNG file name carries the patient's name and DOB",
        frm=f"Processing <processing@{CRL}>",
        to="lab@pinecrestfamilymed.com",
        subject="mislabeled tube",
        body="see pic, label name doesn't match req. need recollect, we can't relabel.\n",
        atts=(
            Att(
                "tube_label_Okonkwo_Adaeze_DOB1985-04-09.png",
                "image/png",
                png(8, 4, (240, 240, 230)),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject_only_accession_first_name",
        notes="Hard positive: subject-only, accession plus first name, repeat hemolysis",
        frm=f"Wren Castellanos <wcastellanos@{CRL}>",
        to="lab@pinecrestfamilymed.com",
        subject=(
            "fwd: acc 2631900417 hemolyzed again - 3rd time for Lorraine, can u send her to our PSC"
        ),
        body="",
    ),
    Spec(
        phi=True,
        category="pending_sendouts_html_table",
        notes="HTML-only table of pending send-out tests keyed by MRN and patient name",
        frm=_CLIENTSVC,
        to="lab-manager@kittitasvalleyclinic.org",
        subject="Pending send-outs > 7 days",
        body="",
        html=(
            "<html><body><p>Hi Oren, these are still pending at the reference lab:</p>"
            "<table border='1'><tr><th>MRN</th><th>Patient</th><th>Test</th><th>Sent</th></tr>"
            "<tr><td>KV0031877</td><td>Lindgren, Pia</td><td>Celiac panel</td><td>11/02</td></tr>"
            "<tr><td>KV0042290</td><td>Obi, Chinedu</td><td>HLA-B27</td><td>11/03</td></tr>"
            "<tr><td>KV0051763</td><td>Sato, Kenji</td><td>JAK2 V617F</td><td>11/04</td></tr>"
            "</table><p>Client Services</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="account_refund_genetic_screen",
        notes="Hard positive: account number plus payment for a carrier screen, no name",
        frm=f"Patient Billing <patientbilling@{CRL}>",
        to="refunds@northstarpaymentsvc.com",
        subject="refund request",
        body=(
            "Acct 88120457 paid $214.60 twice for the expanded carrier screen (DOS 10/21). "
            "Please issue a refund of $214.60 to the card on file and send the letter to the "
            "guarantor address on the account.\n\nThanks, Patient Billing\n"
        ),
    ),
    Spec(
        phi=True,
        category="courier_pickup_last_name_frozen",
        notes=(
            "Hard positive: initial plus surname, frozen ACTH specimen pickup at a physician office"
        ),
        frm=_DISPATCH,
        to=f"couriers-west@{CRL}",
        subject="extra pickup Vance office",
        body=(
            "pickup at Dr Vance office before 2, 1 frozen serum for T. Nguyen (ACTH), keep on dry "
            "ice, do NOT put in the ambient bag\n"
        ),
    ),
    Spec(
        phi=True,
        category="home_draw_notes_zip_txt",
        notes="ZIP of home-draw visit notes (TXT): addresses, names, missed draws and reasons",
        frm=f"Home Draw Supervisor <homedraw@{CRL}>",
        to="compliance@cascaderidgelab.com",
        subject="home draw notes for the audit",
        body="Zipped the visit notes you asked for (2 phlebs, Tuesday).\n",
        atts=(
            Att(
                "homedraw_notes_1110.zip",
                "application/zip",
                zipped(
                    {
                        "gserrano_1110.txt": (
                            "0710 Ines Barrientos, 58 Orchard Loop, Selah - CBC/CMP drawn, "
                            "pt on chemo, port not accessed, L AC\n"
                            "0805 Walter Pike, 1209 S 6th Ave, Yakima - no answer, left card\n"
                        ),
                        "jmikula_1110.txt": (
                            "0730 Hannelore Voss, 4 Pioneer Ct, Ellensburg - INR drawn, "
                            "bruising noted, told daughter to call Dr.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    # ---------------------------------------------------------------- not PHI
    Spec(
        phi=False,
        category="tube_shortage_notice",
        notes="Hard negative: light-blue-top tube shortage with conservation guidance, no patients",
        frm=_CLIENTSVC,
        to="clients-all@cascaderidgelab.com",
        subject="ACTION: sodium citrate (light blue) tube shortage",
        body=(
            "Dear clients,\n\nOur supplier has allocated 3.2% sodium citrate tubes at 60% of "
            "usual volume through January. Please draw coagulation tubes only when PT/INR, PTT, "
            "fibrinogen or D-dimer are ordered, and avoid discard tubes when a butterfly is not "
            "used. Hemolyzed or underfilled tubes will still be rejected per CLSI H21.\n\n"
            "Client Services, Cascade Ridge Reference Laboratory\n"
        ),
    ),
    Spec(
        phi=False,
        category="courier_route_change_business_addresses",
        notes="Hard negative: street addresses are client offices on a courier route, not patients",
        frm=_DISPATCH,
        to=f"couriers-east@{CRL}",
        subject="route 4 changes starting Mon",
        body=(
            "route 4 new order:\n1. Pinecrest Family Medicine, 200 N Pine St\n"
            "2. Ridgeline Pain & Spine, 1450 E Mountain View Ave suite 3\n"
            "3. Selah Urgent Care, 711 S 1st St\n"
            "Kittitas Valley Clinic moves to route 6. lockbox code unchanged.\n"
        ),
    ),
    Spec(
        phi=False,
        category="aggregate_rejection_rates_xlsx",
        notes="Hard negative: QNS/hemolysis rejection rates by client site, counts only",
        frm=f"Quality <quality@{CRL}>",
        to="lab-manager@kittitasvalleyclinic.org",
        subject="October specimen rejection report",
        body="Your site's rejections are on the first tab, network benchmark on the second.\n",
        atts=(
            Att(
                "rejections_oct2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Your site": [
                            ["Reason", "Count", "Rate %"],
                            ["Hemolyzed", 41, 1.9],
                            ["QNS", 17, 0.8],
                            ["Unlabeled", 3, 0.1],
                        ],
                        "Network": [
                            ["Reason", "Median rate %", "Best quartile %"],
                            ["Hemolyzed", 2.4, 1.1],
                            ["QNS", 1.0, 0.4],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff_on_call_rotation",
        notes="Hard negative: staff names and staff cell numbers in an on-call rotation",
        frm=f"Home Draw Supervisor <homedraw@{CRL}>",
        to=f"phleb-home@{CRL}",
        subject="holiday on-call",
        body=(
            "Thanksgiving wk on-call:\nWed - Guadalupe Serrano (509) 555-0121\n"
            "Thu - Jaroslav Mikula (509) 555-0122\nFri - Nikhil Raman (509) 555-0123\n"
            "swap with each other if needed, just tell me.\n"
        ),
    ),
    Spec(
        phi=False,
        category="synthetic_test_patient_hl7",
        notes="Hard negative: HL7 with a clearly labelled synthetic interface test patient",
        frm=f"Interfaces <interfaces@{CRL}>",
        to="it-interfaces@skylinepediatrics.com",
        subject="test ORU for your validation - ZZTEST patient",
        body=(
            "Test message from our TEST environment (processing id T). ZZTEST is a synthetic "
            "patient.\n"
        ),
        atts=(Att("TST000417.hl7", "application/hl7-v2", _HL7_TEST),),
    ),
    Spec(
        phi=False,
        category="job_posting_mobile_phlebotomist",
        notes="Hard negative: job posting that mentions recollects, hemolysis and home draws",
        frm=f"Talent Acquisition <careers@{CRL}>",
        to="postings@wacareerboard.org",
        subject="Posting: Mobile Phlebotomist II (Yakima/Ellensburg)",
        body=(
            "Mobile Phlebotomist II - full time, company vehicle.\nPerform home and SNF draws, "
            "manage chain of custody collections, keep hemolysis and QNS recollects under 2%.\n"
            "Requires CPT-1 or PBT(ASCP), clean driving record. $24-29/hr.\n"
        ),
        atts=(Att("crrl_logo.png", "image/png", png(6, 6, (20, 90, 140))),),
    ),
    Spec(
        phi=False,
        category="vendor_invoice_ssn_shaped_po",
        notes="Hard negative: vendor invoice whose PO number is SSN-shaped",
        frm=f"Accounts Payable <ap@{CRL}>",
        to="ar@summitlabsupply.com",
        subject="Inv 55871 - PO 412-77-3051 mismatch",
        body=(
            "Your invoice references PO 412-77-3051 but qty 40 cases vs 30 received. Pls reissue.\n"
        ),
        atts=(
            Att(
                "INV55871.pdf",
                "application/pdf",
                pdf(
                    [
                        "SUMMIT LAB SUPPLY - INVOICE 55871",
                        "Bill to: Cascade Ridge Reference Laboratory, AP Dept",
                        "PO: 412-77-3051",
                        "40 cs  Vacutainer 2.7 mL sodium citrate   $3,880.00",
                        "12 cs  Butterfly 23G safety sets          $1,044.00",
                        "Total due: $4,924.00   Net 30",
                    ],
                    "Invoice 55871",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="test_menu_update_cpt",
        notes="Hard negative: test menu change with CPT codes and disease names, no patients",
        frm=_CLIENTSVC,
        to="clients-all@cascaderidgelab.com",
        subject="Test menu update eff. 12/1",
        body=(
            "New: Hepatitis C RNA quant reflex (87522), Lyme disease C6 (86618).\n"
            "Retired: Bleeding time.\nChanged: Ammonia now requires delivery on ice within "
            "30 minutes or it will be rejected as QNS/unsuitable.\n"
        ),
    ),
    Spec(
        phi=False,
        category="cap_inspection_agenda",
        notes="CAP inspection day agenda for staff",
        frm=f"Lab Director <director@{CRL}>",
        to=f"all-staff@{CRL}",
        subject="CAP inspection 11/18 agenda",
        body=(
            "0800 opening conference\n0830 chemistry / hematology\n1030 microbiology\n"
            "1300 specimen processing & courier\n1500 summation\nWear badges.\n"
        ),
    ),
    Spec(
        phi=False,
        category="ics_dispatch_huddle",
        notes="Hard negative: calendar invite about route planning, no patient",
        frm=_DISPATCH,
        to=f"couriers-east@{CRL}",
        subject="Dispatch huddle - winter routes",
        body="Invite for the winter route huddle.\n",
        ics=ics(
            "huddle-1116@cascaderidgelab.com",
            "Dispatch huddle: winter routes + chains",
            "20261116T063000",
            "20261116T070000",
            organizer=f"dispatch@{CRL}",
            location="Dock B break room",
            description="Snow route alternates, tire chains, cooler swaps, dry ice stock.",
        ),
    ),
    Spec(
        phi=False,
        category="clinician_talk_leukemia",
        notes="Hard negative: a pathologist's name and specialty with a disease topic",
        frm=f"Medical Education <education@{CRL}>",
        to="clients-all@cascaderidgelab.com",
        subject="Lunch & learn: CLL by flow cytometry",
        body=(
            "Dr. Farida Qureshi, hematopathologist, will present 'CLL and its mimics by flow "
            "cytometry' on 11/20 at noon. 1 hr CE credit.\n"
        ),
    ),
    Spec(
        phi=False,
        category="lis_downtime_notice",
        notes="Hard negative: LIS downtime with accession and redraw procedure words",
        frm=f"IT Service Desk <servicedesk@{CRL}>",
        to=f"all-staff@{CRL}",
        subject="LIS downtime Sun 11/15 0100-0500",
        body=(
            "The LIS will be down for the upgrade. Use downtime accession labels (DT-series) "
            "and paper reqs; procedure attached.\n"
        ),
        atts=(
            Att(
                "downtime_procedure.txt",
                "text/plain",
                "1. Pull DT accession labels from the red binder.\n"
                "2. Write collection time on each tube.\n"
                "3. Critical values: call and document on the downtime critical log.\n"
                "4. After recovery, back-enter every DT accession within 4 hours.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="deidentified_research_extract_csv",
        notes="Hard negative: de-identified extract, age bands and 3-digit ZIPs only",
        frm=f"Research Services <research@{CRL}>",
        to="biostat@pnwhealthsciences.edu",
        subject="de-identified ferritin extract (Safe Harbor)",
        body="Per the DUA, Safe Harbor de-identified: age bands, 3-digit ZIP, year only.\n",
        atts=(
            Att(
                "ferritin_deid_2025.csv",
                "text/csv",
                "study_id,age_band,sex,zip3,year,ferritin_ng_ml\n"
                "S0001,40-49,F,988,2025,11\nS0002,60-69,M,989,2025,240\nS0003,18-29,F,988,2025,7\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="specimen_stability_reply",
        notes="Client question about ammonia stability answered in general terms",
        frm=_CLIENTSVC,
        to="lab@pinecrestfamilymed.com",
        subject="Re: ammonia stability",
        body="Ammonia: green top, on ice, spin within 15 min, plasma stable 3 h refrigerated.\n",
    ),
    Spec(
        phi=False,
        category="sales_pickup_times",
        notes="Hard negative: sales rep confirming courier pickup windows, PHI disclaimer footer",
        frm=f"Declan Whitfield <dwhitfield@{CRL}>",
        to="manager@selahurgentcare.com",
        subject="pickup windows",
        body=(
            "Great meeting today! Pickups 11:30 and 4:15 M-F, Sat 12:00. Supplies ship "
            "Thu.\n\nDeclan\n"
            "\n--\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, may contain "
            "protected health information (PHI) that is privileged and confidential under HIPAA. "
            "If you are not the intended recipient, notify the sender and delete it.\n"
        ),
    ),
    Spec(
        phi=False,
        category="subject_only_courier_delay",
        notes="Hard negative: subject-only courier delay notice",
        frm=_DISPATCH,
        to="clients-east@cascaderidgelab.com",
        subject="van 12 flat tire - route 4 running ~40 min late",
        body="",
    ),
    Spec(
        phi=False,
        category="supplies_text_style",
        notes="Hard negative: text-style supply request between phlebotomists",
        frm=f"Guadalupe Serrano <gserrano@{CRL}>",
        to=f"phleb-home@{CRL}",
        subject="tourniquets",
        body=(
            "anyone have extra tourniquets + gauze? home draw bag is out. ill be at dock b til 2\n"
        ),
    ),
    Spec(
        phi=False,
        category="proficiency_testing_results",
        notes="Hard negative: CAP PT sample results, no patients",
        frm=f"Quality <quality@{CRL}>",
        to=f"chem-leads@{CRL}",
        subject="CAP C-B 2026 results",
        body=(
            "All graded: CHM-03 glucose 212 (acceptable), CHM-04 K 6.1 (acceptable), "
            "CHM-05 creat 3.4 (acceptable). 100% this event.\n"
        ),
    ),
    Spec(
        phi=False,
        category="candidate_interview_personal_email",
        notes="Hard negative: job candidate at gmail, interview about home draws and recollects",
        frm=f"Talent Acquisition <careers@{CRL}>",
        to="Marisol Ybarra <marisol.ybarra.pbt@gmail.com>",
        subject="Interview - Mobile Phlebotomist II",
        body=(
            "Hi Marisol,\n\nThanks for applying! Can you do a 30-min interview Tue 11/17 at "
            "10am? We'll talk about home draws, SNF rounds and how you'd handle a hemolyzed "
            "recollect. Bring your PBT card.\n\nTalent Acquisition\n"
        ),
    ),
    Spec(
        phi=False,
        category="executive_volume_tat",
        notes="Quarterly aggregate volumes and turnaround times",
        frm=f"Rosalind Achebe <rachebe@{CRL}>",
        to=f"leadership@{CRL}",
        subject="Q3 volumes",
        body=(
            "Q3: 412,880 billable tests (+6%), home draws 3,914, STAT TAT median 47 min, "
            "recollect rate 1.7%. Detail at Thursday's ops review.\n\nRosalind\nCOO\n"
        ),
    ),
    Spec(
        phi=False,
        category="patient_survey_template",
        notes="Blank home-draw satisfaction survey template, no individual",
        frm=f"Quality <quality@{CRL}>",
        to="print@ellensburgprintworks.com",
        subject="survey card proof",
        body=(
            "Text for the card:\nHow was your home draw today? 1-5\nWas your phlebotomist on "
            "time? Y/N\nComments:\nPrint 2,000, 4x6.\n"
        ),
    ),
    Spec(
        phi=False,
        category="forwarded_vendor_service_contract",
        notes="Forwarded centrifuge service contract thread, vendor business only",
        frm=f"Rosalind Achebe <rachebe@{CRL}>",
        to=f"purchasing@{CRL}",
        subject="Fw: centrifuge PM contract renewal",
        body="fyi, ok to renew at this price.\n",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Ty Brannigan <tbrannigan@labspinservice.com>",
            to=f"rachebe@{CRL}",
            subject="centrifuge PM contract renewal",
            body="Renewal for 14 units, 2 PMs/yr, $9,240. Same terms as 2026.\n",
        ),
    ),
]
