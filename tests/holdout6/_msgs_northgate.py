"""Northgate Urgent Care (northgateuc.com): walk-in clinics with occupational medicine."""

# ruff: noqa: E501
from __future__ import annotations

from _kit import CSV, HL7, PNG, TXT, X12, Att, Spec, docx, pdf, png, xlsx

SIG_DANA = """--
Dana Whitcomb
Occupational Medicine Coordinator | Northgate Urgent Care
Employer Services line 555-0148 x2 | fax 555-0149
northgateuc.com/employers"""

SIG_OKH = """Rafael Okonkwo-Hale, MD, MPH
Medical Director, Occupational Health
Northgate Urgent Care"""

SIG_PRIYA = """Priya Venkataraman
Billing & Collections | Northgate Urgent Care
P 555-0163 | F 555-0164"""

MESSAGES: list[Spec] = [
    # ---------------- PHI ----------------
    Spec(
        phi=True,
        category="dot_physical_certificate_to_employer",
        notes="Driver named with a 1-year DOT medical card issued because of blood pressure; examiner certificate PDF attached.",
        frm="Dana Whitcomb <dwhitcomb@northgateuc.com>",
        to="Safety Dept <safety@hollisterfreight.com>",
        subject="DOT cert - Wendell Straub",
        body=f"""Hi Carla,

Attached is the Medical Examiner's Certificate for Wendell Straub (seen 11/17 at our Eastside clinic).

He was certified for 1 year only, not 2 - his BP was 152/94 today and he's on lisinopril now. Dr. Okonkwo-Hale wants him to bring a BP log at the next exam.

Let me know if you need the long form too.

{SIG_DANA}
""",
        atts=(
            pdf(
                "MEC_Straub_W_2026-11-17.pdf",
                [
                    "NORTHGATE URGENT CARE - EASTSIDE",
                    "Medical Examiner's Certificate (49 CFR 391.43)",
                    "Driver: Wendell R. Straub     DOB: 04/22/1971",
                    "CDL: IL S361-4417-0922   State: IL",
                    "Determination: Meets standards, qualified for 1 year",
                    "Reason for periodic monitoring: Hypertension (Stage 1), on treatment",
                    "Expiration: 11/17/2027",
                    "Medical Examiner: Rafael Okonkwo-Hale, MD   NPI 1463744817",
                    "National Registry No. 8830217465",
                ],
                "Medical Examiner's Certificate",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="drug_screen_recollect_notice",
        notes="Hard positive: short note to the employer's DER; a dilute specimen requiring an observed recollection, employee named only in the subject.",
        frm="Tamsin Reyes <treyes@northgateuc.com>",
        to="Javier Ocampo <jocampo@brightlinepaving.com>",
        subject="Recollect needed today - Marchetti, J.",
        body="""Javier -

specimen from this morning came back dilute from the lab (creatinine low). Per your policy it has to be a recollect under direct observation. He needs to be back here before 4 today, he can't drink a ton of water beforehand.

Please send him with the same CCF copy.

Tamsin
Front Desk Lead, Northgate UC - Route 9
""",
    ),
    Spec(
        phi=True,
        category="workers_comp_work_status_report",
        notes="Work status report workbook for a workers' comp adjuster: claim number, diagnosis, restrictions and next visit; the body corrects an injured worker's SSN.",
        frm="Dana Whitcomb <dwhitcomb@northgateuc.com>",
        to="Kelsey Branagh <kbranagh@keystonemutual.com>",
        subject="Work status updates - week of 11/16 (Hollister claims)",
        body=f"""Kelsey,

Weekly work status sheet attached for your open Hollister Freight claims. One change from last week: Abernathy moved from modified to full duty.

Also the SSN on Rita Solano's first report was keyed wrong by her employer - correct one is 518-62-4470. Can you fix it on your end so the 837s stop bouncing?

Thanks,
{SIG_DANA}
""",
        atts=(
            xlsx(
                "Hollister_work_status_2026-11-20.xlsx",
                {
                    "Work Status": [
                        [
                            "Claim #",
                            "Employee",
                            "DOI",
                            "Dx",
                            "Status",
                            "Restrictions",
                            "Next visit",
                        ],
                        [
                            "KM-26-0448127",
                            "Luis Ybarra",
                            "2026-11-05",
                            "S61.412A lac R hand",
                            "Modified",
                            "No gripping R hand, no ladders",
                            "2026-11-24",
                        ],
                        [
                            "KM-26-0449310",
                            "Deon Abernathy",
                            "2026-10-21",
                            "S33.5XXA lumbar sprain",
                            "Full duty",
                            "None",
                            "Discharged",
                        ],
                        [
                            "KM-26-0451002",
                            "Rita Solano",
                            "2026-11-12",
                            "S93.401A R ankle sprain",
                            "Modified",
                            "Seated work, boot on",
                            "2026-11-23",
                        ],
                    ]
                },
            ),
        ),
    ),
    Spec(
        phi=True,
        category="return_to_work_casual_reply",
        notes="Hard positive: lower-case one-line reply to the employer's HR about an employee's stitches and return date; no codes, name only in the quoted subject.",
        frm="Rafael Okonkwo-Hale <rokonkwohale@northgateuc.com>",
        to="Marcy Telford <mtelford@hollisterfreight.com>",
        subject="RE: Tomas Greer - ok to come back?",
        body="""yep he's fine to go back full duty monday. stitches come out thurs, he can do that here or with his pcp.

-R

Sent from my iPhone

> On Nov 18, 2026, at 2:41 PM, Marcy Telford <mtelford@hollisterfreight.com> wrote:
>
> Dr O - is Tomas ok to come back on the dock Monday? His supervisor is asking.
> Thanks, Marcy
""",
    ),
    Spec(
        phi=True,
        category="injury_photo_to_adjuster",
        notes="Hard positive: body only says the photos are attached; the image file names carry the employee's name, the injury and the date.",
        frm="Dana Whitcomb <dwhitcomb@northgateuc.com>",
        to="Kelsey Branagh <kbranagh@keystonemutual.com>",
        subject="RE: photos you asked for",
        body=f"""Here you go - both from the initial visit. The second one is after the repair.

{SIG_DANA}
""",
        atts=(
            Att("Ybarra_Luis_R_hand_laceration_2026-11-05.png", PNG, png(6, 4, (190, 120, 110))),
            Att("Ybarra_Luis_R_hand_post_repair_2026-11-05.png", PNG, png(6, 4, (200, 150, 140))),
        ),
    ),
    Spec(
        phi=True,
        category="audiogram_results_hl7_to_employer_platform",
        notes="HL7 ORU with an employee's audiogram and a standard threshold shift, sent to the employer's hearing-conservation vendor.",
        frm="Northgate Interfaces <interfaces@northgateuc.com>",
        to="Intake <intake@soundguardohs.com>",
        subject="ORU batch 20261119-02 (1 msg)",
        body="""Automated export from Northgate Urgent Care occupational health. 1 message(s) attached.
Do not reply to this mailbox.
""",
        atts=(
            Att(
                "ORU_20261119-02.hl7",
                HL7,
                "MSH|^~\\&|NGUC_OCC|NORTHGATE|SOUNDGUARD|CASCADEPOULTRY|202611191032||ORU^R01|NG1119024471|P|2.5.1\r"
                "PID|1||NG00731842^^^NGUC^MR||PHAM^HUONG^T||19830609|F|||88 Orchard Bend Rd^^Millbrook^IL^60536||(555)014-7720\r"
                "OBR|1||AUD26-33817|92552^Pure tone audiometry^CPT|||20261118|||||||||1463744817^OKONKWO-HALE^RAFAEL\r"
                "OBX|1|NM|AUD-L-4K^Left 4000 Hz||45|dB HL|||||F\r"
                "OBX|2|NM|AUD-R-4K^Right 4000 Hz||30|dB HL|||||F\r"
                "OBX|3|TX|STS^Standard threshold shift||Left ear STS confirmed on retest; refer to audiologist||||||F\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="workers_comp_837_claim",
        notes="X12 837P professional claim to a workers' comp carrier's EDI mailbox with the injured worker's name, claim and diagnosis codes.",
        frm="Priya Venkataraman <pvenkataraman@northgateuc.com>",
        to="EDI Intake <edi@keystonemutual.com>",
        subject="837P resubmission - batch NG1120",
        body=f"""Resubmitting batch NG1120 (1 claim) - the first one rejected for a missing claim number in REF*Y4. Fixed.

{SIG_PRIYA}
""",
        atts=(
            Att(
                "NG1120_837P.x12",
                X12,
                "ISA*00*          *00*          *ZZ*NORTHGATEUC    *ZZ*KEYSTONEMUT    *261120*0915*^*00501*000004471*0*P*:~"
                "GS*HC*NORTHGATEUC*KEYSTONEMUT*20261120*0915*4471*X*005010X222A1~"
                "ST*837*0001*005010X222A1~"
                "BHT*0019*00*NG1120*20261120*0915*CH~"
                "NM1*85*2*NORTHGATE URGENT CARE*****XX*1727821526~"
                "NM1*IL*1*SOLANO*RITA****MI*KM260451002~"
                "DMG*D8*19900214*F~"
                "REF*Y4*KM-26-0451002~"
                "CLM*NG1120-01*245.00***20:B:1*Y*A*Y*Y~"
                "DTP*439*D8*20261112~"
                "HI*ABK:S93401A*ABF:W010XXA~"
                "LX*1~SV1*HC:99204*185.00*UN*1***1~SV1*HC:73610:RT*60.00*UN*1***1~"
                "SE*13*0001~GE*1*4471~IEA*1*000004471~",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="employer_invoice_service_lines",
        notes="Hard positive: a monthly employer invoice; the CSV lists each employee by name with the services they received (physicals, drug screens, TB read).",
        frm="Priya Venkataraman <pvenkataraman@northgateuc.com>",
        to="Accounts Payable <ap@cascadepoultry.com>",
        subject="Northgate invoice INV-26-1187 (October services)",
        body=f"""Hello,

Please find October's invoice detail attached. Total due $2,486.00, net 30. Remit to the lockbox on the invoice or pay online at northgateuc.com/pay.

{SIG_PRIYA}
""",
        atts=(
            Att(
                "INV-26-1187_detail.csv",
                CSV,
                "invoice,service_date,employee,service,cpt,amount\r\n"
                "INV-26-1187,2026-10-02,Huong Pham,Audiogram baseline,92552,38.00\r\n"
                "INV-26-1187,2026-10-02,Huong Pham,Respirator med eval,99455,65.00\r\n"
                "INV-26-1187,2026-10-09,Elias Brandvold,TB skin test place+read,86580,28.00\r\n"
                "INV-26-1187,2026-10-09,Marisol Cuevas,Pre-employment 10-panel UDS,80305,42.00\r\n"
                "INV-26-1187,2026-10-15,Kyle Brandt,Post-accident UDS + BAT,80305;82075,77.00\r\n"
                "INV-26-1187,2026-10-22,Aurelio Fontes,Lift capacity test,97750,120.00\r\n"
                "INV-26-1187,2026-10-29,Marisol Cuevas,Hep B vaccine #2,90746,71.00\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="patient_xray_followup_spanish",
        notes="Spanish message to a patient's personal mailbox about his wrist X-ray reading and an orthopedics follow-up.",
        frm="Ximena Duarte <xduarte@northgateuc.com>",
        to="Rogelio Bautista <rogebautista77@gmail.com>",
        subject="Resultado de su radiografía - Northgate",
        body="""Buenas tardes, Sr. Bautista:

Le escribo de Northgate Urgent Care (clínica de Route 9). El radiólogo revisó la radiografía de su muñeca izquierda del martes y confirmó una pequeña fractura del escafoides. Por eso le pusimos la férula.

Ya le hicimos la cita con el ortopedista, Dr. Lindqvist, para el jueves 26 de noviembre a las 10:15. Por favor lleve la férula puesta y la carta del seguro de compensación de su trabajo.

Si tiene más dolor, hormigueo o los dedos se ponen fríos, venga de inmediato.

Saludos,
Ximena Duarte, MA
Northgate Urgent Care - Route 9
Tel. 555-0172
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="burn_followup_vietnamese",
        notes="Vietnamese reminder to a patient's personal mailbox about a burn dressing change visit and her medication.",
        frm="Linh Tran <ltran@northgateuc.com>",
        to="Nguyễn Thị Mai <maint.nguyen88@yahoo.com>",
        subject="Nhắc lịch thay băng vết bỏng - thứ Sáu",
        body="""Chào chị Mai,

Em là Linh ở phòng khám Northgate Urgent Care (cơ sở Eastside). Em nhắc chị lịch thay băng vết bỏng ở cánh tay phải vào thứ Sáu 20/11 lúc 9 giờ sáng với bác sĩ Okonkwo-Hale.

Chị nhớ tiếp tục bôi kem silver sulfadiazine 2 lần mỗi ngày và uống thuốc giảm đau ibuprofen 400 mg khi cần. Nếu vết bỏng sưng đỏ, chảy mủ hoặc chị bị sốt thì gọi ngay cho phòng khám.

Bảo hiểm tai nạn lao động của công ty Cascade Poultry sẽ trả chi phí lần khám này.

Linh Tran
Trợ lý y khoa - Northgate Urgent Care
ĐT: 555-0177
""",
        lang="vi",
    ),
    Spec(
        phi=True,
        category="forwarded_chain_to_billing_vendor",
        notes="Hard positive: the visible note is generic; the forwarded original (message/rfc822) carries a patient's name, visit and diagnosis.",
        frm="Priya Venkataraman <pvenkataraman@northgateuc.com>",
        to="Claims Team <claims@medrevpartners.com>",
        subject="FW: can you rebill this one",
        body=f"""see below - this one went to the wrong payer. can you rebill to the comp carrier instead of her BCBS? thx

{SIG_PRIYA}
""",
        forward=Spec(
            phi=True,
            category="forwarded_chain_to_billing_vendor",
            notes="inner",
            frm="Tamsin Reyes <treyes@northgateuc.com>",
            to="Priya Venkataraman <pvenkataraman@northgateuc.com>",
            subject="wrong insurance on Gwendolyn Ashby 11/09",
            body="""Priya - Gwendolyn Ashby (DOB 7/30/1966) was seen 11/09 for the dog bite on her calf - it happened on a delivery route so it's workers comp (Tri-County Dairy, claim pending). We billed her BCBS by mistake. Tetanus booster + wound care + augmentin rx.

T
""",
        ),
    ),
    Spec(
        phi=True,
        category="tb_result_initials_dob_school_nurse",
        notes="Hard positive: patient identified only by initials and date of birth; positive QuantiFERON and pending chest X-ray sent to the school district's nurse.",
        frm="Rafael Okonkwo-Hale <rokonkwohale@northgateuc.com>",
        to="Beth Ankrom RN <bankrom@tricountyschools.org>",
        subject="new hire TB clearance - one pending",
        body=f"""Beth,

All of the new bus aides from the 11/10 batch are cleared except one:

  K.L., DOB 03/14/1979 - QuantiFERON positive. No symptoms. CXR ordered for tomorrow; she can't start until I read it. Will likely need LTBI treatment referral to the county TB clinic.

Everyone else: IGRA negative, clearance letters went out this morning.

{SIG_OKH}
""",
    ),
    Spec(
        phi=True,
        category="respirator_clearance_letter",
        notes="Respirator medical evaluation outcome with a restriction tied to a named employee's asthma.",
        frm="Dana Whitcomb <dwhitcomb@northgateuc.com>",
        to="EHS <ehs@cascadepoultry.com>",
        subject="Respirator clearances 11/18",
        body=f"""Hi team,

Results of Wednesday's OSHA respirator questionnaires and follow-ups:

- Aurelio Fontes: cleared, N95 and half-face APR, no restrictions
- Elias Brandvold: cleared, N95 only. Not cleared for SCBA - moderate persistent asthma, uses Symbicort daily. Re-eval in 6 months.
- Marisol Cuevas: cleared, no restrictions

Fit testing can proceed for all three.

{SIG_DANA}
""",
    ),
    Spec(
        phi=True,
        category="portal_visit_summary_notice",
        notes="Hard positive: HTML-only portal notice to a personal mailbox; only first name plus the fact of a visit at a named clinic and the treating provider, no diagnosis.",
        frm="Northgate Patient Portal <no-reply@northgateuc.com>",
        to="marisol.cuevas.h@outlook.com",
        subject="Your visit summary is ready",
        body="",
        html_only=True,
        html="""<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;color:#222">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#0b5d7a;padding:16px;color:#fff;font-size:20px">Northgate Urgent Care</td></tr>
<tr><td style="padding:20px">
<p>Hi Marisol,</p>
<p>Thanks for visiting <b>Northgate Urgent Care &ndash; Eastside</b> on November 17. Your after-visit summary from <b>Jolene Farris, PA-C</b> and your work note are now available in the portal.</p>
<p><a href="https://portal.northgateuc.com/visits/avs?v=NG-E-2611170093" style="background:#0b5d7a;color:#fff;padding:10px 18px;text-decoration:none">View visit summary</a></p>
<p style="font-size:12px;color:#777">You are receiving this email because you have a Northgate patient portal account. Please do not reply.</p>
</td></tr></table></body></html>""",
    ),
    Spec(
        phi=True,
        category="post_accident_test_calendar_invite",
        notes="Hard positive: calendar invite to the employer's supervisor for a named driver's post-accident drug and alcohol test; the body is just the default invite text.",
        frm="Tamsin Reyes <treyes@northgateuc.com>",
        to="Ron Pickett <rpickett@hollisterfreight.com>",
        subject="Invitation: Post-accident DOT drug & alcohol - Kyle Brandt @ Thu Nov 19 1:30pm",
        body="""You have been invited to the following event.

Post-accident DOT drug & alcohol - Kyle Brandt
When: Thu Nov 19, 2026 1:30pm - 2:15pm (CST)
Where: Northgate Urgent Care - Route 9, 4410 Route 9 W
""",
        ics="""BEGIN:VCALENDAR\r
PRODID:-//Northgate Urgent Care//Scheduling 4.2//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:ng-sched-2611190130-brandt@northgateuc.com\r
DTSTAMP:20261119T180500Z\r
DTSTART:20261119T193000Z\r
DTEND:20261119T201500Z\r
SUMMARY:Post-accident DOT drug & alcohol - Kyle Brandt\r
DESCRIPTION:Driver Kyle Brandt (Hollister unit 2214). Bring CDL and photo ID. Breath alcohol + 5-panel DOT urine. Supervisor must accompany.\r
LOCATION:Northgate Urgent Care - Route 9\r
ORGANIZER;CN=Tamsin Reyes:mailto:treyes@northgateuc.com\r
ATTENDEE;CN=Ron Pickett;ROLE=REQ-PARTICIPANT:mailto:rpickett@hollisterfreight.com\r
END:VEVENT\r
END:VCALENDAR\r
""",
    ),
    Spec(
        phi=True,
        category="patient_balance_statement_pdf",
        notes="Patient statement PDF to a personal mailbox: account number, date of service, CPT lines and balance.",
        frm="Northgate Billing <billing@northgateuc.com>",
        to="Hal Jorgensen <haljorgensen@yahoo.com>",
        subject="Your Northgate Urgent Care statement",
        body=f"""Dear Hal Jorgensen,

Your statement for account 40-771936 is attached. Your insurance paid its portion; the remaining balance of $138.40 is your responsibility. You can pay online or call us to set up a payment plan.

{SIG_PRIYA}
""",
        atts=(
            pdf(
                "Statement_40-771936.pdf",
                [
                    "NORTHGATE URGENT CARE",
                    "Patient Statement     Statement date: 11/18/2026",
                    "Guarantor: Hal Jorgensen   Account: 40-771936",
                    "1907 Tamarack Ct, Millbrook IL 60536",
                    "DOS 10/24/2026  99214 Office visit, est. pt, moderate   $212.00",
                    "DOS 10/24/2026  87880 Strep A rapid antigen              $36.00",
                    "DOS 10/24/2026  J0696 Ceftriaxone 250 mg inj              $28.00",
                    "Insurance paid (Evergreen Health Plan)                  -$137.60",
                    "Balance due                                              $138.40",
                ],
                "Patient Statement",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="ortho_referral_via_email_to_fax",
        notes="Referral letter DOCX sent through an email-to-fax gateway to an outside orthopedic practice, with patient name, DOB, injury and treatment.",
        frm="Jolene Farris <jfarris@northgateuc.com>",
        to="15555550197@fax.faxrelaypro.com",
        subject="Lakeshore Ortho - referral (2 pages)",
        body="""FAX COVER - Northgate Urgent Care, Route 9
To: Lakeshore Orthopedics, referral coordinator   Fax: 555-0197
From: Jolene Farris, PA-C   Phone: 555-0172   Fax: 555-0173
Pages: 2 incl. cover

Referral for a pt we splinted 11/17, scheduled w/ Dr. Lindqvist 11/26 10:15. Images pushed to your PACS this morning.

CONFIDENTIALITY NOTICE: This fax may contain protected health information. If you recieved it in error please call 555-0172 and destroy all copies.
""",
        atts=(
            docx(
                "Referral_Bautista_R.docx",
                [
                    "Northgate Urgent Care - Route 9",
                    "Referral to: Lakeshore Orthopedics, Dr. Anders Lindqvist",
                    "Patient: Rogelio Bautista    DOB: 09/02/1988    Phone: 555-0190",
                    "Payer: Workers' compensation - Brightline Paving, claim KM-26-0452276",
                    "Reason: Non-displaced fracture of the left scaphoid waist (S62.012A), fell from a curb form 11/17/2026.",
                    "Treatment so far: thumb spica splint, ibuprofen 600 mg TID, no lifting with left hand.",
                    "Jolene Farris, PA-C",
                ],
            ),
        ),
    ),
    Spec(
        phi=True,
        category="mro_verified_result_txt",
        notes="Hard positive: plain-text MRO report attachment using a specimen ID and donor name; verified positive with a prescription explanation rejected.",
        frm="Dana Whitcomb <dwhitcomb@northgateuc.com>",
        to="Javier Ocampo <jocampo@brightlinepaving.com>",
        subject="MRO report attached",
        body=f"""Javier, the MRO report for Tuesday's random is attached. Call me before you act on it, there's a conversation that has to happen first.

{SIG_DANA}
""",
        atts=(
            Att(
                "MRO_verified_0091846.txt",
                TXT,
                "CLEARPATH MRO SERVICES - VERIFIED RESULT\r\n"
                "Employer: Brightline Paving     DER: Javier Ocampo\r\n"
                "Donor: Trent Kowalsky   Specimen ID: 0091846   Collected: 11/17/2026 (Random, DOT-FMCSA)\r\n"
                "Collection site: Northgate Urgent Care - Route 9\r\n"
                "Verified result: POSITIVE - Amphetamine\r\n"
                "MRO interview: donor reported a prescription; none could be verified with the prescriber.\r\n"
                "Safety-sensitive duties: remove immediately; SAP referral required.\r\n"
                "MRO: Imogen Sayer, DO   Date verified: 11/19/2026\r\n",
            ),
        ),
    ),
    # ---------------- not PHI ----------------
    Spec(
        phi=False,
        category="blank_dot_exam_form",
        notes="Hard negative: a blank DOT medical examination form with empty fields for name, DOB and health history; sent so drivers fill section 1 before arrival.",
        frm="Dana Whitcomb <dwhitcomb@northgateuc.com>",
        to="Carla Dunphy <cdunphy@hollisterfreight.com>",
        subject="DOT form for your new drivers",
        body=f"""Hi Carla,

Here's the blank MCSA-5875 so your new hires can fill out the driver health history before they come in - saves about 20 minutes per exam. Tell them to bring their med list and glasses/hearing aids if they use them.

{SIG_DANA}
""",
        atts=(
            pdf(
                "MCSA-5875_blank.pdf",
                [
                    "NORTHGATE URGENT CARE - DRIVER PACKET",
                    "Medical Examination Report Form (MCSA-5875) - Section 1: Driver Health History",
                    "Driver name: ______________________   DOB: ___/___/______",
                    "CLP/CDL #: ______________   Issuing state: ____",
                    "Do you have or have you ever had: [ ] Head/brain injury [ ] Seizures [ ] Heart disease",
                    "[ ] High blood pressure [ ] Diabetes / insulin use [ ] Sleep apnea [ ] Kidney disease",
                    "List all medications: ____________________________________",
                    "Driver signature: ______________________  Date: __________",
                ],
                "MCSA-5875 Driver Health History",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="employer_aggregate_program_stats",
        notes="Hard negative: quarterly program report to an employer with only counts and rates (physicals, drug screen outcomes, injury visits by type); no individual rows.",
        frm="Dana Whitcomb <dwhitcomb@northgateuc.com>",
        to="Marcy Telford <mtelford@hollisterfreight.com>",
        subject="Q3 occupational health program summary",
        body=f"""Marcy,

Q3 summary attached for your safety committee. Headlines: DOT physicals up 18% vs Q2 with the new hiring class, 1-year certifications at 21% of exams (mostly BP), and recordable injury visits down to 14.

Happy to walk through it at the 12/3 meeting.

{SIG_DANA}
""",
        atts=(
            xlsx(
                "Hollister_Q3_2026_program_summary.xlsx",
                {
                    "Summary": [
                        ["Measure", "Q2 2026", "Q3 2026"],
                        ["DOT physicals", 96, 113],
                        ["2-year certifications", 74, 87],
                        ["1-year or shorter certifications", 20, 24],
                        ["Disqualified", 2, 2],
                        ["Drug screens (all reasons)", 241, 266],
                        ["Non-negative, MRO verified", 5, 4],
                    ],
                    "Injury visits": [
                        ["Injury type", "Q3 visits", "Recordable"],
                        ["Strain/sprain", 11, 6],
                        ["Laceration", 7, 4],
                        ["Contusion", 5, 2],
                        ["Eye foreign body", 3, 2],
                    ],
                },
            ),
        ),
    ),
    Spec(
        phi=False,
        category="staff_holiday_party",
        notes="Staff holiday party logistics sent to a restaurant.",
        frm="Colleen Strand <cstrand@northgateuc.com>",
        to="Events <events@copperkettlegrill.com>",
        subject="Holiday party 12/12 - final headcount",
        body="""Hi Nicole,

Final headcount for Northgate's holiday party on Saturday 12/12 is 48 (was 44). Two vegetarian, one gluten-free. We'd still like the back room from 6:30-10.

Can you send the updated deposit invoice? I'll pay the balance by card that night.

Thanks!
Colleen Strand
HR Manager, Northgate Urgent Care
""",
    ),
    Spec(
        phi=False,
        category="clinician_own_procedure_coverage",
        notes="Hard negative: the medical director tells a locum agency he needs coverage because of his own minor procedure; his own health, not a patient's.",
        frm="Rafael Okonkwo-Hale <rokonkwohale@northgateuc.com>",
        to="Staffing Desk <desk@midwestlocums.com>",
        subject="coverage needed Thu 12/3 - Eastside",
        body=f"""Hi Brianna,

Can you find a locum for Eastside on Thursday 12/3, 8a-8p? I'm having a minor knee scope myself that morning (nothing exciting, old soccer injury) and will be off my feet through the weekend. Needs to be comfortable with DOT exams - NRCME certified preferred.

Thanks,
{SIG_OKH}
""",
    ),
    Spec(
        phi=False,
        category="employer_rate_sheet_csv",
        notes="Hard negative: 2027 employer price list CSV full of CPT codes and service names (drug panels, physicals, vaccines); no patient.",
        frm="Dana Whitcomb <dwhitcomb@northgateuc.com>",
        to="Purchasing <purchasing@tricountyschools.org>",
        subject="2027 occupational health rates",
        body=f"""Hello,

As requested for your RFP, attached are our 2027 employer rates. Prices hold for contracts signed before 1/31/2027. Volume discounts start at 200 services per year.

{SIG_DANA}
""",
        atts=(
            Att(
                "Northgate_2027_employer_rates.csv",
                CSV,
                "service,cpt_hcpcs,price_usd\r\n"
                "DOT physical (CDL),99455,95.00\r\n"
                "Non-DOT pre-placement physical,99455,85.00\r\n"
                "5-panel DOT urine drug screen,80305,42.00\r\n"
                "10-panel non-DOT urine drug screen,80305,45.00\r\n"
                "Breath alcohol test,82075,35.00\r\n"
                "TB skin test (place + read),86580,28.00\r\n"
                "QuantiFERON-TB Gold,86480,79.00\r\n"
                "Hepatitis B vaccine (per dose),90746,71.00\r\n"
                "Audiogram,92552,38.00\r\n"
                "Spirometry,94010,48.00\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="drug_test_supply_order",
        notes="Hard negative: vendor order for collection cups and breathalyser mouthpieces with lot numbers, catalogue numbers and expiry dates.",
        frm="Tamsin Reyes <treyes@northgateuc.com>",
        to="Orders <orders@vanguardcollect.com>",
        subject="PO 26-0931 - collection supplies",
        body="""Hi,

Please ship to Northgate Urgent Care - Route 9, 4410 Route 9 W, Millbrook IL 60536:

  VC-4411  split-specimen collection kit (DOT)   x 200
  VC-1180  temp strip cups, single              x 300
  AL-0207  EBT mouthpieces, box/100             x 4
  VC-9002  bluing tablets                        x 2 btl

Last shipment had kits from lot 2604417 expiring 01/2027 - please send longer dating this time, we don't go through them that fast.

PO 26-0931, bill to account NG-7740.

Tamsin Reyes
Front Desk Lead, Northgate Urgent Care
""",
    ),
    Spec(
        phi=False,
        category="clinician_credentialing_identifiers",
        notes="Hard negative: credentialing packet for a new physician assistant with her NPI, DEA, state licence number and her own SSN; workforce identifiers only.",
        frm="Colleen Strand <cstrand@northgateuc.com>",
        to="Provider Enrollment <enrollment@evergreenhealthplan.com>",
        subject="Enrollment - Jolene Farris PA-C (add to group)",
        body="""Hello,

Please add the following clinician to Northgate Urgent Care's group contract (TIN on file):

  Jolene Farris, PA-C
  NPI 1780816256
  SSN 604-31-8827 (for your enrollment form only)
  DEA FM0982454
  IL PA license 085.019377, exp 01/31/2028
  Supervising physician: Rafael Okonkwo-Hale, MD, NPI 1463744817
  Start date: 12/01/2026, all three clinic locations

CAQH profile is attested and current. Let me know if you need anything else.

Colleen Strand
HR Manager | Northgate Urgent Care
""",
    ),
    Spec(
        phi=False,
        category="job_offer_medical_assistant",
        notes="Job offer to a candidate's personal mailbox; pay, start date, onboarding steps.",
        frm="Colleen Strand <cstrand@northgateuc.com>",
        to="Alyssa Pruneda <alyssa.pruneda@gmail.com>",
        subject="Offer - Medical Assistant, Eastside",
        body="""Hi Alyssa,

It was great meeting you last week! We'd like to offer you the Medical Assistant position at our Eastside clinic, $21.50/hr, 36 hrs/wk (three 12s), start date Monday 12/7.

Next steps: sign the offer letter in the onboarding portal by Friday and book your orientation slot. Scrubs are provided.

Welcome to the team!
Colleen Strand
HR Manager, Northgate Urgent Care
""",
    ),
    Spec(
        phi=False,
        category="ehr_downtime_notice",
        notes="IT notice to the EHR vendor's support about planned downtime.",
        frm="Marcus Feld <mfeld@northgateuc.com>",
        to="Support <support@clinicflowehr.com>",
        subject="Planned downtime confirm - Sun 11/29 01:00-03:00",
        body="""Hi,

Confirming the v24.3 upgrade window for tenant NGUC-PROD on Sunday 11/29 01:00-03:00 CST. All three clinics will be on paper downtime forms. Please have someone from your interface team on the bridge, last upgrade broke the lab results inbound feed for 40 minutes.

Marcus Feld
IT Manager, Northgate Urgent Care
555-0150
""",
    ),
    Spec(
        phi=False,
        category="interface_test_message_hl7",
        notes="Hard negative: HL7 ADT from the interface test environment with an obviously fake ZZTEST patient; sent to the vendor for validation.",
        frm="Marcus Feld <mfeld@northgateuc.com>",
        to="Interface Team <interfaces@soundguardohs.com>",
        subject="TEST env - sample ADT for mapping review",
        body="""Hi all,

Sample ADT^A04 from our TEST environment attached so you can check the PID/PV1 mapping before go-live. The patient is our standard dummy record (ZZTEST, OCCMED) - nothing real.

Note PV1-3 carries the clinic code (EAST/RT9/NORTH).

Marcus
""",
        atts=(
            Att(
                "TEST_ADT_A04_sample.hl7",
                HL7,
                "MSH|^~\\&|NGUC_OCC|NORTHGATE|SOUNDGUARD|TEST|202611161000||ADT^A04|TEST0001|T|2.5.1\r"
                "EVN|A04|202611161000\r"
                "PID|1||TEST000001^^^NGUC^MR||ZZTEST^OCCMED^A||19000101|U|||1 TEST ST^^TESTVILLE^IL^00000||(000)000-0000\r"
                "PV1|1|O|EAST^^^NGUC||||9999999999^TEST^PROVIDER\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="flu_clinic_marketing_employers",
        notes="Marketing to employers for onsite flu shot clinics; no individual.",
        frm="Northgate Employer Services <employers@northgateuc.com>",
        to="HR Contacts <hr@brightlinepaving.com>",
        subject="Still time: onsite flu shots for your crew",
        body="",
        html_only=True,
        html="""<html><head><style>td{font-family:Verdana,sans-serif;font-size:14px}</style></head><body>
<table width="640" align="center" cellpadding="12"><tr><td style="background:#0b5d7a;color:#fff;font-size:22px">Flu season is here. Keep your crew on the job.</td></tr>
<tr><td>Northgate can bring a nurse to your site for crews of 15+ &mdash; no appointment, no paperwork for your HR team beyond a roster the morning of.
<ul><li>$32 per quadrivalent dose, billed monthly</li><li>Evening and weekend sessions for shift workers</li><li>Spanish-speaking staff available</li></ul>
<a href="https://northgateuc.com/employers/flu?utm_source=email&amp;utm_campaign=flu26" style="background:#e07a1f;color:#fff;padding:10px 16px;text-decoration:none">Book an onsite clinic</a>
<p>Or call Employer Services at 555-0148 to book a date before 12/18.</p></td></tr>
<tr><td style="font-size:11px;color:#888">Northgate Urgent Care &middot; Employer Services &middot; <a href="https://northgateuc.com/unsubscribe?c=flu26">Unsubscribe</a></td></tr></table>
</body></html>""",
    ),
    Spec(
        phi=False,
        category="heat_illness_flyer_spanish",
        notes="Hard negative: Spanish safety flyer for crews about heat illness symptoms and first aid; health content with no individual.",
        frm="Ximena Duarte <xduarte@northgateuc.com>",
        to="Javier Ocampo <jocampo@brightlinepaving.com>",
        subject="Volante de prevención - golpe de calor (para las cuadrillas)",
        body="""Javier:

Como le prometí, aquí va el texto del volante para sus cuadrillas. Lo puede imprimir o mandar por WhatsApp.

GOLPE DE CALOR - SEÑALES DE ALERTA
- Mareo, dolor de cabeza, náusea o vómito
- Piel caliente y seca, o sudor excesivo
- Confusión o desmayo

QUÉ HACER
1. Llevar a la persona a la sombra y aflojarle la ropa.
2. Darle agua fresca si está consciente.
3. Llamar al 911 si está confundida o no mejora en 15 minutos.

Tomar agua cada 15-20 minutos, aunque no tenga sed. Descansos a la sombra.

Saludos,
Ximena Duarte, MA
Northgate Urgent Care
""",
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="out_of_office_reply",
        notes="Hard negative: auto-reply that mentions DOT results and drug screens generically and gives a backup contact.",
        frm="Dana Whitcomb <dwhitcomb@northgateuc.com>",
        to="Ron Pickett <rpickett@hollisterfreight.com>",
        subject="Automatic reply: December invoice question",
        headers=(("Auto-Submitted", "auto-replied"),),
        body="""I'm out of the office Nov 23-27 with limited email.

For DOT physical certificates, drug screen results or work status notes, please contact Tamsin Reyes at treyes@northgateuc.com or 555-0148 x1. For workers' comp billing, contact billing@northgateuc.com.

Dana Whitcomb
Occupational Medicine Coordinator
""",
    ),
    Spec(
        phi=False,
        category="xray_equipment_inspection",
        notes="Hard negative: state radiation inspection scheduling with the X-ray tube serial numbers and registration numbers of clinic equipment (device identifiers not tied to a patient).",
        frm="Marcus Feld <mfeld@northgateuc.com>",
        to="Scheduling <inspections@prairiephysics.com>",
        subject="Annual X-ray inspection - 3 units",
        body="""Hi,

Please schedule the annual compliance survey for our three x-ray rooms, any weekday in December before noon:

  Eastside:  Carestream DRX-Compass, tube S/N 7C4418820, IEMA reg. 0093817
  Route 9:   Carestream DRX-Compass, tube S/N 7C4420114, IEMA reg. 0093818
  North:     Shimadzu RADspeed, S/N 0261K7733, IEMA reg. 0095102

Last year's report flagged the Route 9 collimator light; it was repaired 3/2026 (work order attached to your portal).

Marcus Feld
IT & Facilities, Northgate Urgent Care
""",
    ),
    Spec(
        phi=False,
        category="reasonable_suspicion_policy_docx",
        notes="Hard negative: policy document with bracketed placeholder fields for the employee name and observed signs of impairment.",
        frm="Rafael Okonkwo-Hale <rokonkwohale@northgateuc.com>",
        to="Legal <legal@brightlinepaving.com>",
        subject="draft - reasonable suspicion testing procedure v3",
        body=f"""Attached is v3 with your comments incorporated. Main change: the supervisor checklist now has to be completed before the employee is transported, not after.

{SIG_OKH}
""",
        atts=(
            docx(
                "Reasonable_Suspicion_Procedure_v3.docx",
                [
                    "Reasonable Suspicion Drug and Alcohol Testing - Procedure v3 (DRAFT)",
                    "1. Two trained supervisors document observed signs on the checklist.",
                    "Employee name: [EMPLOYEE NAME]   Employee ID: [ID]   Date/time observed: [DATE/TIME]",
                    "Observed signs: [ ] slurred speech [ ] odor of alcohol [ ] unsteady gait [ ] dilated pupils",
                    "2. The employee is transported to the collection site; never allowed to drive.",
                    "3. Results go only to the Designated Employer Representative.",
                ],
            ),
        ),
    ),
    Spec(
        phi=False,
        category="fhir_sandbox_synthetic_bundle",
        notes="Hard negative: FHIR Patient/Observation bundle from a vendor sandbox with a synthetic patient, clearly marked as test data; sent back to the vendor.",
        frm="Marcus Feld <mfeld@northgateuc.com>",
        to="API Support <api@soundguardohs.com>",
        subject="sandbox bundle fails validation (Observation.valueQuantity)",
        body="""Hi,

Posting this bundle to your sandbox returns 422 on Observation.valueQuantity.system. The bundle is built from your own synthetic test patient (Sandbox, Alpha) so nothing sensitive here. Can you tell me which UCUM system URI you expect?

Marcus
""",
        atts=(
            Att(
                "sandbox_bundle_test.json",
                "application/fhir+json",
                '{"resourceType":"Bundle","type":"collection","meta":{"tag":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActReason","code":"HTEST","display":"test health data"}]},'
                '"entry":[{"resource":{"resourceType":"Patient","id":"sandbox-alpha","name":[{"family":"Sandbox","given":["Alpha"]}],"birthDate":"1900-01-01"}},'
                '{"resource":{"resourceType":"Observation","status":"final","code":{"text":"Left ear 4000 Hz"},"subject":{"reference":"Patient/sandbox-alpha"},'
                '"valueQuantity":{"value":25,"unit":"dB","system":"http://unitsofmeasure.org","code":"dB"}}}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="parking_lot_repaving_notice",
        notes="Facilities notice to a paving contractor about clinic parking lot work.",
        frm="Marcus Feld <mfeld@northgateuc.com>",
        to="Scott Villa <svilla@brightlinepaving.com>",
        subject="Route 9 lot - can we push to Sunday?",
        body="""Scott - can the crew do the Route 9 lot sealcoat on Sunday instead of Saturday? Saturdays are our busiest walk-in day and we'd lose half the spots. Sunday we open at 10.

Also the handicap spaces need restriping, the paint is basically gone.

thx
Marcus
""",
    ),
]
