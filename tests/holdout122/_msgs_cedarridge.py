"""Cedar Ridge Vein & Vascular (vascular surgery and vein clinic): outbound mail (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

SCHED = "Cedar Ridge Scheduling <scheduling@cedarridgevascular.com>"
BILL = "Cedar Ridge Billing <billing@cedarridgevascular.com>"
SIG = "\n\nCedar Ridge Vein & Vascular\n2210 NW Lovejoy St, Suite 400, Portland, OR 97210\n(503) 555-0110"

HL7 = (
    "MSH|^~\\&|CRV_EHR|CEDARRIDGE|LAB|NWPATH|20260413101500||ORU^R01|CRV00917|P|2.5.1\r"
    "PID|1||CRV-204881^^^CRV^MR||Halvorsen^Dagny^M||19520617|F|||1418 SE Alder St^^Portland^OR^97214\r"
    "OBR|1||DUP-5512|93970^Venous duplex bilateral^CPT|||20260410\r"
    "OBX|1|TX|REFLUX^GSV reflux||Right GSV reflux 2.8 s at SFJ; no DVT||||||F\r"
)
FHIR = """{
 "resourceType": "Bundle",
 "type": "collection",
 "entry": [
  {"resource": {"resourceType": "Patient", "id": "crv-30127", "name": [{"family": "Whitcombe", "given": ["Arlo"]}], "birthDate": "1948-09-02"}},
  {"resource": {"resourceType": "Procedure", "status": "completed", "code": {"text": "Endovenous radiofrequency ablation, right great saphenous vein (CPT 36475)"}, "subject": {"reference": "Patient/crv-30127"}, "performedDateTime": "2026-04-08"}}
 ]
}
"""
X837 = (
    "ISA*00*          *00*          *ZZ*CEDARRIDGE     *ZZ*CLAIMHUBX      *260413*0930*^*00501*000004417*0*P*:~\n"
    "GS*HC*CEDARRIDGE*CLAIMHUBX*20260413*0930*4417*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "NM1*85*2*CEDAR RIDGE VEIN AND VASCULAR*****XX*1214738662~\n"
    "NM1*IL*1*OKONKWO*GRACE****MI*W88241706~\n"
    "DMG*D8*19610322*F~\n"
    "CLM*CRV77120*1840***11:B:1*Y*A*Y*Y~\n"
    "HI*ABK:I83.811~\n"
    "SV1*HC:36478*1840*UN*1***1~\n"
    "DTP*472*D8*20260407~\n"
    "SE*10*0001~\nGE*1*4417~\nIEA*1*000004417~\n"
)
CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <title>Continuity of Care Document - Cedar Ridge Vein and Vascular</title>
 <recordTarget><patientRole><id extension="CRV-218805" root="2.16.840.1.113883.19.5"/>
  <patient><name><given>Lorraine</given><family>Becerra</family></name><birthTime value="19570114"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody><component><section><title>Problems</title>
  <text>Peripheral arterial disease with left calf claudication (I70.212); s/p left SFA stent 03/2026</text>
 </section></component></structuredBody></component>
</ClinicalDocument>
"""

MESSAGES = [
    Spec(
        phi=True,
        category="pre-procedure instructions for vein ablation",
        notes="Pre-procedure instructions to the patient's gmail naming her, the ablation date and her blood thinner hold.",
        frm=SCHED,
        to="dagny.halvorsen52@gmail.com",
        subject="Your procedure on April 21",
        body="Hi Dagny,\n\nYou are scheduled for radiofrequency ablation of the right leg on Tuesday April 21 at 8:30 am with Dr. Moreau. Please stop your Eliquis two days before (last dose Saturday evening) and bring your compression stockings.\n\nCall us at (503) 555-0111 with questions."
        + SIG,
    ),
    Spec(
        phi=False,
        category="vein screening event invitation",
        notes="Hard negative: community vein screening event invitation with a calendar invite, describing varicose vein symptoms but no individual.",
        frm="Cedar Ridge Outreach <outreach@cedarridgevascular.com>",
        to="events@pearlcommunitycenter.org",
        subject="Free leg vein screening - May 9",
        body="Hello Marisol,\n\nConfirming our free vein screening at the Pearl Community Center on Saturday May 9, 9 am to noon. Anyone with aching legs, swelling or varicose veins can walk in; our sonographers will do a quick look with the portable ultrasound.\n\nInvite attached for your calendar.\n\nJune Albright\nOutreach Coordinator"
        + SIG,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cedar Ridge//Outreach//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:crv-screening-0509@cedarridgevascular.com\r\nDTSTAMP:20260413T160000Z\r\nDTSTART:20260509T160000Z\r\nDTEND:20260509T190000Z\r\nSUMMARY:Free leg vein screening (public)\r\nLOCATION:Pearl Community Center, Portland\r\nORGANIZER:mailto:outreach@cedarridgevascular.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="duplex result HL7 to referring PCP",
        notes="Hard positive: HL7 ORU attachment with the patient's name, DOB, address, MRN and venous duplex reflux result; the body says only 'result attached'.",
        frm="Cedar Ridge Vascular Lab <vascularlab@cedarridgevascular.com>",
        to="results@alberta-familymedicine.com",
        subject="Result attached",
        body="Please see the attached result for your referral from last week. Interface feed was down, so sending manually.\n\nVascular Lab",
        atts=(Att("ORU_CRV00917.hl7", "application/hl7-v2", HL7),),
    ),
    Spec(
        phi=False,
        category="duplex reporting criteria staff memo",
        notes="Hard negative: internal memo on reflux-time thresholds for venous duplex reports; clinical terms but no patient.",
        frm="Dr. Celeste Moreau <cmoreau@cedarridgevascular.com>",
        to="sonographers@cedarridgevascular.com",
        subject="Reminder: reflux criteria on duplex reports",
        body="Team,\n\nPlease keep using 0.5 s for superficial veins and perforators (>350 ms for perforators) and 1.0 s for the femoral and popliteal veins. Insurers deny ablation when the report just says 'reflux present' without the time in seconds and the vein diameter.\n\nThanks,\nCeleste Moreau, MD\nMedical Director, Vascular Surgery",
    ),
    Spec(
        phi=True,
        category="FHIR procedure bundle to surgical registry",
        notes="Hard positive: FHIR bundle naming the patient with birth date and his completed saphenous vein ablation, sent to a registry vendor.",
        frm="Quality <quality@cedarridgevascular.com>",
        to="submissions@veinregistry-data.org",
        subject="April batch 2 - manual upload",
        body="Attached is the one case that failed the automatic upload (validation error on the laterality field). Corrected file attached.\n\nTessa Lindqvist\nQuality Analyst",
        atts=(Att("crv_case_30127.json", "application/fhir+json", FHIR),),
    ),
    Spec(
        phi=False,
        category="registry aggregate outcomes report",
        notes="Hard negative: quarterly registry outcomes table of closure rates and DVT counts; aggregates only.",
        frm="Quality <quality@cedarridgevascular.com>",
        to="board@cedarridgevascular.com",
        subject="Q1 ablation outcomes",
        body="Q1 2026 summary for the board packet:\n\nProcedure | Cases | 6-wk closure | EHIT/DVT\nRFA | 212 | 97.6% | 2\nVenaSeal | 88 | 98.9% | 0\nSclerotherapy | 341 | n/a | 0\nPeripheral stents | 47 | 30-day patency 95.7% | 1\n\nNo sentinel events. Full registry report next month.\n\nTessa Lindqvist",
    ),
    Spec(
        phi=True,
        category="837 claim file to clearinghouse",
        notes="Hard positive: X12 837 claim naming the patient with birth date, member ID, varicose vein diagnosis and CPT code.",
        frm=BILL,
        to="support@claimhubx.com",
        subject="Resubmission - batch 4417",
        body="Hi, this batch rejected at your front end with a 999 error (segment count). Corrected file attached for reprocessing.\n\nOlek Brandt\nBilling Specialist",
        atts=(Att("CRV_837P_4417.x12", "application/edi-x12", X837),),
    ),
    Spec(
        phi=False,
        category="clearinghouse enrollment with provider NPIs",
        notes="Hard negative: clearinghouse enrollment listing clinic and surgeon NPIs; provider identifiers only.",
        frm=BILL,
        to="enrollment@claimhubx.com",
        subject="ERA enrollment - add two providers",
        body="Please add the following rendering providers to our ERA/EFT enrollment:\n\nCedar Ridge Vein and Vascular (group) NPI 1214738662, TIN on file\nCeleste Moreau, MD, vascular surgery, NPI 1189745908\nRaj Venkataraman, MD, vascular surgery, NPI 1187093467\n\nOlek Brandt\nBilling Specialist",
    ),
    Spec(
        phi=True,
        category="C-CDA transition of care to cardiologist",
        notes="C-CDA document with patient name, DOB, MRN, PAD diagnosis and stent history sent to an outside cardiologist.",
        frm="Dr. Raj Venkataraman <rvenkataraman@cedarridgevascular.com>",
        to="referrals@willamette-heart.com",
        subject="Transition of care document",
        body="Dr. Osei,\n\nSummary of care attached for our mutual patient ahead of her cardiology visit.\n\nRaj Venkataraman, MD",
        atts=(Att("CCD_CRV-218805.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=False,
        category="CCD template sample for interface vendor",
        notes="Hard negative: blank C-CDA template text pasted for an interface vendor with placeholder fields only.",
        frm="IT <it@cedarridgevascular.com>",
        to="onboarding@interlinkhie.net",
        subject="CCD mapping - placeholder sample",
        body='As requested, our header template with placeholders only (no production data):\n\n<recordTarget><patientRole><id extension="{MRN}"/><patient><name><given>{FIRST}</given><family>{LAST}</family></name><birthTime value="{YYYYMMDD}"/></patient></patientRole></recordTarget>\n\nProblems section uses SNOMED and ICD-10 both.\n\nMilo Szabo\nIT Manager',
    ),
    Spec(
        phi=True,
        category="sclerotherapy payment receipt to patient",
        notes="Payment receipt to the patient's yahoo naming her, the cosmetic sclerotherapy session and amount paid.",
        frm=BILL,
        to="kim.trask.pdx@yahoo.com",
        subject="Receipt from Cedar Ridge",
        body="Hi Kimberly Trask,\n\nThank you for your payment of $450.00 on April 14, 2026 for sclerotherapy session 2 of 3 (both legs). Your next session is May 12 at 2:15 pm.\n\nAccount: 88203-4\n"
        + SIG,
    ),
    Spec(
        phi=False,
        category="sclerotherapy price list",
        notes="Self-pay price list for sclerotherapy and consults sent to an enquirer; no health information about her.",
        frm="Front Desk <frontdesk@cedarridgevascular.com>",
        to="gennyb77@hotmail.com",
        subject="RE: pricing question",
        body="Hi Genevieve,\n\nThanks for asking. Our current self-pay prices:\n- Cosmetic sclerotherapy, per session: $450\n- Consultation with ultrasound: $225\n- Compression stockings: $65/pair\n\nMost insurance does not cover cosmetic spider vein treatment. Let us know if you'd like to book a consult.\n\nFront Desk"
        + SIG,
    ),
    Spec(
        phi=True,
        category="texting-style note about patient in recovery",
        notes="Hard positive: terse staff note naming a patient by surname and room and her post-procedure bleeding, sent to a nurse's personal mailbox.",
        frm="Bea Santos <bsantos@cedarridgevascular.com>",
        to="nurse.tamsin@icloud.com",
        subject="quick q",
        body="hey, mrs Pellegrino in bay 3 oozing from the L groin access site again, dr V wants pressure 20 more min. can u cover till 5?? im stuck in OR 2",
    ),
    Spec(
        phi=False,
        category="shift swap request between staff",
        notes="Hard negative: short texting-style shift swap between staff; names workforce members only.",
        frm="Bea Santos <bsantos@cedarridgevascular.com>",
        to="nurse.tamsin@icloud.com",
        subject="swap?",
        body="can u take my thurs 4/23 recovery shift, ill do ur sat 5/2. lmk before schedule locks fri. thx!! bea",
    ),
    Spec(
        phi=True,
        category="encrypted zip of operative notes",
        notes="Encrypted zip of operative notes sent to the hospital; the readable filename lists patient surnames and procedure.",
        frm="Medical Records <records@cedarridgevascular.com>",
        to="him@providencestvincent-example.org",
        subject="Requested op notes (password by phone)",
        body="Attached are the requested operative notes for your utilization review. Password will be given by phone to Renata in HIM.\n\nMedical Records",
        atts=(
            Att(
                "opnotes_Fairbanks_Lund_Oduya_AV-fistula.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "Fairbanks_Henry_AVF_2026-04-02.txt": "Operative note. Patient: Henry Fairbanks, DOB 1955-12-01. Procedure: left brachiocephalic AV fistula creation for ESRD.\n",
                        "Lund_Greta_AVF_2026-04-06.txt": "Operative note. Patient: Greta Lund, DOB 1963-04-18. Procedure: left radiocephalic AV fistula.\n",
                    },
                    "Crv#HIM0415",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="AV fistula education handout",
        notes="Hard negative: patient education DOCX about caring for a new dialysis fistula; generic, no individual.",
        frm="Patient Education <education@cedarridgevascular.com>",
        to="dialysis.educators@columbiakidneycenter.org",
        subject="Updated fistula care handout",
        body="Attached is our updated handout for new AV fistula patients. Feel free to print it for your chairside teaching.\n\nNadia Ferreira, RN\nPatient Educator",
        atts=(
            Att(
                "Caring_for_your_AV_fistula_2026.docx",
                DOCX,
                docx(
                    [
                        "Caring for your new AV fistula",
                        "Feel for the thrill (buzz) every day.",
                        "Do not let anyone take blood pressure or draw blood on the fistula arm.",
                        "Call Cedar Ridge at (503) 555-0110 if the arm becomes cold, numb or the buzz stops.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="prior authorization letter PDF",
        notes="Prior authorization letter PDF naming the patient, member ID, diagnosis and planned endovenous ablation.",
        frm="Prior Auth <priorauth@cedarridgevascular.com>",
        to="um.fax@cascadiahealthplan.com",
        subject="Prior auth request - RFA",
        body="Please find attached the prior authorization request and supporting duplex findings. Reference case 26-04188.\n\nPrior Auth Team",
        atts=(
            Att(
                "PA_request_26-04188.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR RIDGE VEIN & VASCULAR - PRIOR AUTHORIZATION REQUEST",
                        "Member: Grace Okonkwo   DOB 03/22/1961   Member ID W88241706",
                        "Diagnosis: I83.811 Varicose veins of right lower extremity with pain",
                        "Requested: CPT 36478 endovenous laser ablation, right GSV",
                        "Conservative therapy: 3 months compression, failed",
                        "Ordering: Celeste Moreau, MD  NPI 1189745908",
                    ],
                    "Prior auth request",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="payer medical policy summary",
        notes="Hard negative: summary of a payer's vein ablation coverage criteria for staff; policy text, no patient.",
        frm="Prior Auth <priorauth@cedarridgevascular.com>",
        to="staff@cedarridgevascular.com",
        subject="Cascadia policy change for vein ablation (effective 5/1)",
        body="FYI: Cascadia Health Plan's updated medical policy requires a 6-week (was 3-month) trial of compression, reflux > 500 ms, and GSV diameter >= 4.5 mm. CEAP C2 with symptoms still qualifies. Summary PDF attached.\n\nPrior Auth Team",
        atts=(
            Att(
                "Cascadia_vein_policy_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "CEDAR RIDGE VEIN & VASCULAR - PAYER POLICY SUMMARY",
                        "Cascadia Health Plan MP-112 Endovenous ablation, effective 05/01/2026",
                        "Compression trial: 6 weeks. Reflux > 500 ms. GSV >= 4.5 mm.",
                        "Documentation: duplex report with measurements, symptom description.",
                    ],
                    "Policy summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="wound photo of leg ulcer forwarded",
        notes="Hard positive: PNG photo of a venous leg ulcer with a filename carrying the patient's name and date, sent to the wound centre.",
        frm="Dr. Raj Venkataraman <rvenkataraman@cedarridgevascular.com>",
        to="intake@bellmontwound.org",
        subject="Referral photo",
        body="Photo from today's visit attached. She will call you to schedule. Ankle-brachial index 0.92 so compression is OK.\n\nRaj",
        atts=(
            Att(
                "Marchetti_Ines_L-medial-malleolus_2026-04-15.png",
                "image/png",
                png(8, 6, (150, 60, 50)),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinic logo for newsletter",
        notes="Hard negative: PNG logo sent to a print vendor; image attachment with no person.",
        frm="Cedar Ridge Outreach <outreach@cedarridgevascular.com>",
        to="orders@rosecityprint.com",
        subject="Logo for the spring mailer",
        body="Hi Ty,\n\nHigh-res logo attached for the spring mailer (5,000 postcards). Proof by Friday please.\n\nJune Albright",
        atts=(Att("cedarridge_logo_teal.png", "image/png", png(16, 8, (20, 120, 120))),),
    ),
    Spec(
        phi=True,
        category="surgery schedule workbook to ASC",
        notes="Multi-sheet workbook to the surgery center with patient names, DOBs and scheduled vascular procedures.",
        frm=SCHED,
        to="periop@nwsurgerycenter.com",
        subject="Week of 4/20 case list",
        body="Case list and equipment needs attached. Please confirm block times.\n\nHana Brooks\nSurgery Scheduler",
        atts=(
            Att(
                "CRV_cases_week_0420.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            ["Date", "Patient", "DOB", "Procedure", "Surgeon"],
                            [
                                "2026-04-20",
                                "Mbeki, Thandiwe",
                                "1958-05-30",
                                "Carotid endarterectomy, left",
                                "Venkataraman",
                            ],
                            [
                                "2026-04-21",
                                "Halvorsen, Dagny",
                                "1952-06-17",
                                "RFA right GSV",
                                "Moreau",
                            ],
                            [
                                "2026-04-22",
                                "Coulter, Jim",
                                "1949-11-08",
                                "Fem-pop bypass, right",
                                "Venkataraman",
                            ],
                        ],
                        "Equipment": [
                            ["Case", "Item"],
                            ["CEA", "Shunt, patch"],
                            ["Bypass", "PTFE graft 6mm"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="OR block utilisation workbook",
        notes="Hard negative: multi-sheet block utilisation workbook by surgeon and month; no patients.",
        frm=SCHED,
        to="periop@nwsurgerycenter.com",
        subject="Block utilization Q1",
        body="Our Q1 block utilization attached; we'd like to release Friday PM blocks for May.\n\nHana Brooks",
        atts=(
            Att(
                "CRV_block_util_Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "By surgeon": [
                            ["Surgeon", "Blocks", "Used %"],
                            ["Moreau", 24, 0.91],
                            ["Venkataraman", 26, 0.84],
                        ],
                        "By month": [
                            ["Month", "Used %"],
                            ["Jan", 0.82],
                            ["Feb", 0.88],
                            ["Mar", 0.92],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="appointment reminder HTML email",
        notes="HTML-only appointment reminder to the patient's mailbox naming him and his post-stent ultrasound follow-up.",
        frm=SCHED,
        to="coulter.jim49@comcast.net",
        subject="Appointment reminder",
        body="",
        html="<html><body><p>Hello Jim Coulter,</p><p>This is a reminder of your <b>arterial duplex follow-up after your leg stent</b> on <b>Monday, April 27 at 10:40 am</b> with Dr. Venkataraman at Cedar Ridge Vein &amp; Vascular.</p><p>Please arrive 15 minutes early. Reply C to confirm.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML newsletter on peripheral artery disease",
        notes="Hard negative: HTML-only newsletter on PAD warning signs to a subscriber list; health topic with no individual.",
        frm="Cedar Ridge News <news@cedarridgevascular.com>",
        to="subscribers@lists.cedarridgevascular.com",
        subject="Leg pain when you walk? It could be PAD",
        body="",
        html='<html><body><h2>September is PAD Awareness Month</h2><p>Cramping in the calves when walking that eases with rest can be a sign of peripheral artery disease. Smokers and people with diabetes are at higher risk.</p><p>Ask your doctor about an ankle-brachial index test.</p><p><a href="https://cedarridgevascular.com/pad">Learn more</a></p></body></html>',
    ),
    Spec(
        phi=True,
        category="forwarded patient email to surgeon",
        notes="Hard positive: forwarded patient email describing her leg swelling after ablation, with her name and phone.",
        frm="Front Desk <frontdesk@cedarridgevascular.com>",
        to="cmoreau@cedarridgevascular.com",
        cc="nurseline@cedarridgevascular.com",
        subject="FW: swelling",
        body="Dr. Moreau, forwarding the message below. She called twice as well.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Dagny Halvorsen <dagny.halvorsen52@gmail.com>",
            to="frontdesk@cedarridgevascular.com",
            subject="swelling",
            body="Hello, my right calf is swollen and warm since yesterday, 5 days after the procedure. Is this normal? Please call me at 503-555-0182. Dagny Halvorsen",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded vendor recall notice",
        notes="Hard negative: forwarded manufacturer field notice about a catheter lot; device lot numbers, no patients.",
        frm="Materials <materials@cedarridgevascular.com>",
        to="staff@cedarridgevascular.com",
        subject="FW: Field safety notice - catheter lot",
        body="Please pull any catheters from lot 24K118 from the procedure rooms. None have been used per our log.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Field Actions <fieldactions@veniclosemed-example.com>",
            to="materials@cedarridgevascular.com",
            subject="Field safety notice - catheter lot",
            body="Voluntary field action: ablation catheter 7F x 100 cm, lot 24K118. Possible sheath packaging seal defect. Quarantine and return unused units.",
        ),
    ),
    Spec(
        phi=True,
        category="patient list CSV to compression vendor",
        notes="Hard positive: CSV to a DME vendor with patient names, phones and stocking prescriptions (20-30 mmHg) revealing venous disease.",
        frm="DME Orders <dme@cedarridgevascular.com>",
        to="orders@stridecompression.com",
        subject="Stocking orders 4/14",
        body="Three orders for fitting. Please call patients directly.",
        atts=(
            Att(
                "stocking_orders_0414.csv",
                "text/csv",
                "patient,phone,garment,compression,length\nNell Ashdown,503-555-0141,stocking,20-30 mmHg,thigh-high\nVictor Ramires,503-555-0147,stocking,30-40 mmHg,knee-high\nPriya Nandakumar,971-555-0153,stocking,20-30 mmHg,knee-high\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="stocking catalog order CSV",
        notes="Hard negative: inventory restock CSV of stocking SKUs and quantities; no patients.",
        frm="Materials <materials@cedarridgevascular.com>",
        to="orders@stridecompression.com",
        subject="Restock PO 4409",
        body="Restock order attached. Ship to suite 400.",
        atts=(
            Att(
                "PO4409_restock.csv",
                "text/csv",
                "sku,description,qty\nSC-2030-KH-M,Knee-high 20-30 medium,24\nSC-2030-TH-L,Thigh-high 20-30 large,12\nSC-3040-KH-M,Knee-high 30-40 medium,12\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CE course case studies with staff names",
        notes="Hard negative: CE course agenda where faculty (staff) present case studies on DVT; staff names and topics only.",
        frm="Education <education@cedarridgevascular.com>",
        to="allstaff@cedarridgevascular.com",
        subject="CE night: DVT and superficial thrombophlebitis",
        body="Join us Thursday 4/30, 6 pm, conference room B. 1.5 CE hours.\n\n6:00 Bea Santos, RN - Recognising EHIT after ablation\n6:30 Dr. Celeste Moreau - Anticoagulation: when and how long\n7:00 Case studies (fictional) - 'Mr. A', 64, with calf pain on day 3\n\nPizza provided.",
    ),
    Spec(
        phi=True,
        category="referral acknowledgement to PCP with diagnosis",
        notes="Referral acknowledgement to a PCP naming the patient, DOB and carotid stenosis being evaluated.",
        frm="Referrals <referrals@cedarridgevascular.com>",
        to="mleung@sellwoodprimarycare.com",
        subject="Referral received",
        body="Dr. Leung,\n\nWe received your referral for Thandiwe Mbeki (DOB 05/30/1958) for 70-79% left carotid stenosis on duplex. She has been scheduled with Dr. Venkataraman for consultation on April 16.\n\nReferrals Team"
        + SIG,
    ),
    Spec(
        phi=False,
        category="referral form blank template",
        notes="Hard negative: blank referral form DOCX with empty fields for patient name, DOB and diagnosis.",
        frm="Referrals <referrals@cedarridgevascular.com>",
        to="frontoffice@sellwoodprimarycare.com",
        subject="New referral form",
        body="Attached is our new referral form. Please use this version from May 1.\n\nReferrals Team",
        atts=(
            Att(
                "CRV_referral_form_v5.docx",
                DOCX,
                docx(
                    [
                        "CEDAR RIDGE VEIN & VASCULAR - REFERRAL FORM",
                        "Patient name: ____________________  DOB: ___/___/______",
                        "Reason for referral (check): [ ] varicose veins [ ] PAD [ ] carotid [ ] AAA [ ] dialysis access",
                        "Insurance / member ID: ____________________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lab order text file with MRN",
        notes="Hard positive: text attachment with an MRN and pre-op lab orders (creatinine before contrast) but no name; the MRN identifies the patient.",
        frm="Bea Santos <bsantos@cedarridgevascular.com>",
        to="orders@nwpathlab.com",
        subject="add-on order",
        body="Add-on for tomorrow's draw, see attached.",
        atts=(
            Att(
                "addon_order.txt",
                "text/plain",
                "MRN CRV-204903\nDOB 1944-02-19\nOrders: BMP, creatinine/eGFR before CT angiogram 4/17\nDx: I70.213 atherosclerosis native arteries, bilateral legs, claudication\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="purchase order with SSN-shaped numbers",
        notes="Hard negative: supply purchase order whose PO and requisition numbers have SSN shape; no person.",
        frm="Materials <materials@cedarridgevascular.com>",
        to="invoices@cascadesurgicalsupply.com",
        subject="PO 418-22-7031 confirmation",
        body="Confirming PO 418-22-7031 (req 522-18-0094): 10 boxes 6F sheaths, 4 cases ultrasound gel, 2 boxes 25G needles. Net 30.\n\nMaterials"
        + SIG,
    ),
    Spec(
        phi=False,
        category="zip of policy documents",
        notes="Hard negative: zip of the clinic's consent and anticoagulation policy documents sent to an auditor; no patient.",
        frm="Compliance <compliance@cedarridgevascular.com>",
        to="auditor@pacificaccreditation.org",
        subject="Policies for survey",
        body="As requested, our current policies are zipped here.\n\nLena Ortiz\nCompliance Officer",
        atts=(
            Att(
                "CRV_policies_2026.zip",
                "application/zip",
                zipped(
                    {
                        "informed_consent_policy.txt": "Policy 3.2 Informed consent. The surgeon obtains consent before any procedure...\n",
                        "anticoagulation_hold_policy.txt": "Policy 5.1 Anticoagulant holds before venous procedures follow the attached table...\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="statement reminder to patient with balance",
        notes="Statement reminder to a patient's aol mailbox naming him, the angiogram service and amount owed.",
        frm=BILL,
        to="rfleming1950@aol.com",
        subject="Your statement",
        body="Dear Ronald Fleming,\n\nYour balance of $312.40 for the lower-extremity angiogram on 03/04/2026 is now 60 days past due. Please pay online or call (503) 555-0112 to set up a plan.\n\nAccount 88154-1"
        + SIG,
    ),
    Spec(
        phi=True,
        category="AAA screening result letter",
        notes="Result letter to the patient's hotmail naming him and his small abdominal aortic aneurysm found on screening.",
        frm="Cedar Ridge Vascular Lab <vascularlab@cedarridgevascular.com>",
        to="walt.dreyer1954@hotmail.com",
        subject="Your screening result",
        body="Dear Walter Dreyer,\n\nYour abdominal aortic ultrasound on April 9 showed a small aneurysm of 3.4 cm. This does not need surgery now; Dr. Venkataraman recommends a repeat ultrasound in 3 years and keeping your blood pressure controlled. Please stop smoking if you can.\n\nCedar Ridge Vascular Lab"
        + SIG,
    ),
    Spec(
        phi=False,
        category="staff TB screening notice",
        notes="Staff notice naming employees who still need a TB test; workforce notice, not patient care.",
        frm="Employee Health <employeehealth@cedarridgevascular.com>",
        to="managers@cedarridgevascular.com",
        subject="Annual TB screening - outstanding",
        body="Managers,\n\nThe following staff still need annual TB screening by April 30: Olek Brandt, Hana Brooks, Milo Szabo. Walk-ins Tuesdays 7-9 am.\n\nEmployee Health",
    ),
    Spec(
        phi=True,
        category="SSN in insurance verification",
        notes="Insurance verification email to a payer with the patient's name, SSN, DOB and scheduled bypass surgery.",
        frm="Prior Auth <priorauth@cedarridgevascular.com>",
        to="provider.services@cascadiahealthplan.com",
        subject="Eligibility - member ID not found",
        body="We cannot find this member by ID. Please verify using:\n\nName: James Coulter\nDOB: 11/08/1949\nSSN: 412-63-8850\nPlanned: right femoral-popliteal bypass 04/22/2026\n\nPrior Auth Team",
    ),
    Spec(
        phi=False,
        category="DEA registration renewal",
        notes="Hard negative: DEA registration renewal reminder with the surgeon's DEA number; provider identifier only.",
        frm="Credentialing <credentialing@cedarridgevascular.com>",
        to="rvenkataraman@cedarridgevascular.com",
        subject="DEA renewal due June",
        body="Dr. Venkataraman,\n\nYour DEA registration BV2152558 expires June 30, 2026. Please renew online and send me the new certificate for your file. Oregon license renewal is already done.\n\nCredentialing",
    ),
]
