# ruff: noqa: E501  (message text, calendar and HTML lines keep the shapes real mail has)
"""ClearView Eye Associates (clearvieweye.com): retina, cataract, glaucoma, optometry and the
optical shop. 20 PHI, 20 not PHI."""

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import CV, SF, Att, Spec

SIG_RETINA = """
Gabriela Fuentes
Retina Scheduling | ClearView Eye Associates
2250 Olentangy River Rd, Suite 300, Columbus OH 43210
Phone 614-555-0184 | Fax 614-555-0185"""

SIG_SURG = """
Tamika Rowe
Surgical Coordinator, ClearView Eye Associates
Direct 614-555-0191"""

CONF = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. If you are not
the intended recipient, please contact the sender and destroy all copies."""

ASC = "lakeshoreasc.com"
RCM = "revcyclepartners.com"
LAB = "precisionopticlab.com"

MESSAGES: list[Spec] = [
    # ------------------------------------------------------------------ PHI
    Spec(
        phi=True,
        category="intravitreal injection reminder to patient",
        notes="Patient name, eye, drug and appointment time sent to the patient's gmail.",
        frm=f"Gabriela Fuentes <gfuentes@{CV}>",
        to="Harold Vance <harold.vance1951@gmail.com>",
        subject="Your appointment on Thursday 11/12",
        body=f"""Good morning Mr. Vance,

This is a reminder that you are scheduled with Dr. Priya Raman on Thursday, November 12 at
9:40 AM for your Eylea injection in the left eye (OS). Please plan on about 90 minutes, since
we dilate and take an OCT scan before the injection.

A driver is recommended but not required. If you are on blood thinners, keep taking them as
usual unless Dr. Raman told you otherwise.

Reply to this email or call us if you need to reschedule.

Thank you,
{SIG_RETINA}""",
    ),
    Spec(
        phi=True,
        category="cataract surgery roster csv to ASC",
        notes="CSV roster of next week's cataract cases: names, DOB, eye, lens model and power.",
        frm=f"Tamika Rowe <trowe@{CV}>",
        to=f"Pre-Admission Testing <pat@{ASC}>",
        cc=f"Dr. Helen Castellanos <hcastellanos@{CV}>",
        subject="Castellanos block 11/17 - final case list",
        body=f"""Hi Lakeshore team,

Final list for Dr. Castellanos' Tuesday block is attached. Two changes from Friday's draft:
case 4 moved to the end (needs Malyugin ring, small pupil on tamsulosin) and case 6 is
a toric, the marking sheet is in the chart.

H&Ps for all but one are already faxed, I'll chase the last one today.

Thanks!
{SIG_SURG}""",
        atts=(
            Att(
                "Castellanos_1117_cases.csv",
                "text/csv",
                "seq,last,first,dob,eye,procedure,iol_model,iol_power,notes\n"
                "1,Bertrand,Louise,1946-03-22,OD,CE/IOL 66984,SN60WF,21.5,\n"
                "2,Adeyemi,Folasade,1958-07-09,OS,CE/IOL 66984,SN60WF,19.0,DM2 - check glucose\n"
                "3,Kowalczyk,Stanley,1949-11-30,OD,CE/IOL 66984,ZCB00,22.0,\n"
                "4,Esposito,Carmine,1944-05-14,OS,Complex CE 66982,SN60WF,20.5,Flomax - ring\n"
                "5,Lindahl,Margit,1952-01-03,OS,CE/IOL 66984,ZCB00,18.5,\n"
                "6,Hoang,Thi Lan,1955-08-27,OD,CE/IOL 66984 toric,SN6AT4,21.0,toric axis 92\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="optometry referral pdf to retina",
        notes="Hard positive: body says only 'referral attached'; the PDF names the patient with "
        "DOB, diabetic retinopathy and OCT findings.",
        frm=f"Dr. Annika Lindqvist <alindqvist@{CV}>",
        to=f"Retina Referrals <retinareferrals@{CV}>",
        subject="Referral - Westerville office",
        body="""Referral attached, please schedule within 2 weeks. Thanks.

Annika Lindqvist, OD
ClearView Eye Associates - Westerville""",
        atts=(
            Att(
                "referral_2026-11-09.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW EYE ASSOCIATES - WESTERVILLE OPTOMETRY",
                        "Internal Referral to Retina Service",
                        "",
                        "Patient: Desmond Achterberg     DOB: 02/17/1967",
                        "MRN: CVE-0217744     Phone: 614-555-0312",
                        "Referring: Annika Lindqvist, OD",
                        "",
                        "Reason: moderate NPDR OU with new center-involving DME OD.",
                        "VA cc 20/50 OD, 20/25 OS. A1c 9.1 per PCP (Oct 2026).",
                        "OCT: CST 412 um OD with intraretinal fluid; 288 um OS.",
                        "Dx: E11.3311 Type 2 DM with moderate NPDR with macular edema, right eye",
                        "Urgency: within 2 weeks. Patient aware and agreeable.",
                    ],
                    "Internal referral",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="anti-VEGF claim denials workbook",
        notes="Multi-sheet XLSX of denied injection claims with patient names, member IDs, "
        "dates of service, J-codes and CPT 67028.",
        frm=f"Derek Shaughnessy <dshaughnessy@{CV}>",
        to=f"Nicole Baptiste <nbaptiste@{RCM}>",
        subject="Oct injection denials - need appeals started",
        body="""Nicole,

Attached are the October retina denials. Sheet 1 is the CO-50 medical necessity ones (mostly
the Vabysmo step-therapy issue with Great Lakes), sheet 2 is the timely-filing batch from the
clearinghouse outage. Can your team start appeals on sheet 1 this week? I marked the ones where
we already have the avastin trial documented.

Derek Shaughnessy
Billing Manager | ClearView Eye Associates
614-555-0177""",
        atts=(
            Att(
                "oct_retina_denials.xlsx",
                XLSX,
                xlsx(
                    {
                        "CO-50": [
                            [
                                "Patient",
                                "Member ID",
                                "DOS",
                                "CPT",
                                "HCPCS",
                                "Units",
                                "Billed",
                                "Avastin trial doc",
                            ],
                            [
                                "Yolanda Merriweather",
                                "GLH48827150",
                                "2026-10-06",
                                "67028-RT",
                                "J2777",
                                6,
                                4630.0,
                                "Y",
                            ],
                            [
                                "Frank Oduya",
                                "GLH30918442",
                                "2026-10-08",
                                "67028-LT",
                                "J2777",
                                6,
                                4630.0,
                                "N",
                            ],
                            [
                                "Rebecca Tillotson",
                                "GLH52270916",
                                "2026-10-14",
                                "67028-RT",
                                "J0178",
                                2,
                                3912.0,
                                "Y",
                            ],
                        ],
                        "Timely filing": [
                            ["Patient", "Member ID", "DOS", "CPT", "Payer"],
                            [
                                "Vernon Halloway",
                                "MCR 1PD5RP7XP04",
                                "2026-06-30",
                                "67028-LT",
                                "Medicare B",
                            ],
                            ["Aiko Brandt", "AET W7712059", "2026-07-02", "67028-RT", "Aetna"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="subject-only callback request post-YAG",
        notes="Hard positive: patient name and procedure are only in the subject line; the "
        "body is a two-line ask.",
        frm=f"Front Desk Dublin <frontdesk.dublin@{CV}>",
        to=f"Brianna Kowalski <bkowalski@{CV}>",
        subject="Callback: Hollis Pruitt (DOB 8/2/1950) re drops after YAG capsulotomy OS",
        body="""Can you call him back? He's confused about whether to keep using the drops.
Best number is on the chart. Thx - Megan""",
    ),
    Spec(
        phi=True,
        category="fundus photo png named for patient",
        notes="Hard positive: the only identifier is the PNG file name, which carries the "
        "patient's name and 'PDR'; the body says nothing identifying.",
        frm=f"Imaging <imaging@{CV}>",
        to=f"Dr. Priya Raman <praman@{CV}>",
        subject="Fundus photos from this morning",
        body="Photos you asked for are attached. Let me know if you need widefield too.\n\n- Imaging",
        atts=(
            Att(
                "Fundus_OU_Nakamura_Keiko_PDR_2026-11-10.png", "image/png", png(6, 4, (150, 60, 30))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="quiet internal room note with med change",
        notes="Hard positive: 'Mrs. K' with a room number, IOP readings and a medication change "
        "in a terse internal note.",
        frm=f"Brianna Kowalski <bkowalski@{CV}>",
        to=f"Dr. Marcus Oyelaran <moyelaran@{CV}>",
        subject="room 4",
        body="""Mrs. K in room 4 is back early - IOP 32 OD / 19 OS on applanation. She says she
ran out of the Rhopressa 2 weeks ago. Restarted it per your standing order and gave her
samples. Do you still want to do the SLT OD next Wed or see her first?

Bri""",
    ),
    Spec(
        phi=True,
        category="relative gmail first name plus condition",
        notes="Hard positive: to the daughter's personal mailbox, mother identified by first name "
        "and relationship, with glaucoma pressures and drops.",
        frm=f"Dr. Marcus Oyelaran <moyelaran@{CV}>",
        to="Carmen Ruiz <carmenruiz.home@yahoo.com>",
        subject="Re: your mom's visit",
        body="""Hi Carmen,

Thanks for coming with Rosa today, it really helps. To recap what we discussed: her
pressures were 18 in the right eye and 21 in the left, so the latanoprost is working but
the left eye is still a bit above her target. We're adding timolol in the LEFT eye only,
one drop each morning. The new bottle has a yellow cap.

See you both in 6 weeks. Call the office if she has any trouble with the drops.

Marcus Oyelaran, MD
Glaucoma Service, ClearView Eye Associates

> On Mon, Nov 9, 2026, Carmen Ruiz wrote:
> Dr. O, can you write down what you said about the new drop? Mom forgot already.
> Thank you!! Carmen""",
    ),
    Spec(
        phi=True,
        category="HL7 SIU surgery scheduling resend",
        notes="Hard positive: the body talks only about an interface error; the patient, birth "
        "date, address and cataract diagnosis are only inside the HL7 SIU^S12 attachment.",
        frm=f"Samir Haddad <shaddad@{CV}>",
        to=f"Interface Team <interfaces@{ASC}>",
        subject="Resending SIU from 11/10 batch - msg control 88120417",
        body="""Hi,

Your engine NAK'd one of last night's SIU messages (AE, PID-7 format). We fixed the mapping
on our side; the corrected message is attached. Please reprocess and confirm.

Samir Haddad
IT Systems Analyst, ClearView Eye Associates""",
        atts=(
            Att(
                "SIU_88120417.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|CVEHR|CLEARVIEW|LSASC|LAKESHORE|202611100214||SIU^S12|88120417|P|2.5.1\r"
                "SCH|55120^CVE|55120^LSA|||||ROUTINE|||^^^202611181000^^15|||||"
                "CASTELLANOS^HELEN^^^^MD\r"
                "PID|1||CVE-0398117^^^CVE^MR||PALMQUIST^GUNNAR^E||19480614|M|||"
                "811 W FIFTH AVE^^COLUMBUS^OH^43212||6145550148\r"
                "DG1|1||H25.12^Age-related nuclear cataract, left eye^I10\r"
                "AIS|1||66984^Cataract surgery w/ IOL 1 stage^CPT|202611181000\r",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR low-vision referral bundle",
        notes="Hard positive: the body names nobody; the FHIR Bundle holds the patient, address "
        "and AMD low-vision referral.",
        frm=f"Dr. Annika Lindqvist <alindqvist@{CV}>",
        to="Intake <intake@lowvisionohio.org>",
        subject="Low vision rehab referral (FHIR)",
        body="""Hello,

Per your new intake process, the referral is attached as a FHIR bundle. She's motivated and
mainly wants help with reading and her medication labels.

Annika Lindqvist, OD""",
        atts=(
            Att(
                "lowvision_referral.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [\n'
                ' {"resource": {"resourceType": "Patient", "id": "p1",'
                ' "name": [{"family": "Szabo", "given": ["Ilona"]}],'
                ' "birthDate": "1939-04-02", "telecom": [{"system": "phone",'
                ' "value": "614-555-0427"}], "address": [{"line": ["57 Maple Glen Ct"],'
                ' "city": "Grove City", "state": "OH", "postalCode": "43123"}]}},\n'
                ' {"resource": {"resourceType": "ServiceRequest", "status": "active",'
                ' "intent": "order", "subject": {"reference": "Patient/p1"},'
                ' "code": {"text": "Low vision rehabilitation evaluation"},'
                ' "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm",'
                ' "code": "H35.3232", "display": "Exudative AMD, bilateral, with inactive CNV"}]}],'
                ' "note": [{"text": "BCVA 20/200 OD, 20/100 OS. Lives alone."}]}}\n'
                "]}\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="pre-op biometry calendar invite",
        notes="Calendar invite whose summary and description name the patient and the pre-op "
        "A-scan for cataract surgery.",
        frm=f"Tamika Rowe <trowe@{CV}>",
        to=f"Biometry Techs <biometry@{CV}>",
        subject="Invitation: IOLMaster - Tran, Bao (pre-op OS) @ Fri Nov 13 2:15pm",
        body="Adding to the biometry schedule. Pt needs repeat measurements, K's were off last time.",
        ics="""BEGIN:VCALENDAR
PRODID:-//ClearView Eye//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cv-biometry-20261113-1415@clearvieweye.com
DTSTAMP:20261109T150000Z
DTSTART:20261113T191500Z
DTEND:20261113T194500Z
SUMMARY:IOLMaster - Tran, Bao (pre-op OS)
DESCRIPTION:Bao Tran DOB 09/30/1957. Repeat biometry OS before CE/IOL 11/24 with Dr. Castellanos. Prior K readings inconsistent - dry eye\\, treated with Restasis x3 weeks.
LOCATION:Dublin office - Diagnostics 2
ORGANIZER:mailto:trowe@clearvieweye.com
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=True,
        category="forwarded patient email to optical shop",
        notes="Front desk forwards (message/rfc822) a patient's email about glasses after "
        "cataract surgery; the patient's address and surgery are in the forwarded mail.",
        frm=f"Front Desk Dublin <frontdesk.dublin@{CV}>",
        to=f"Lorenzo Bianchi <lbianchi@{CV}>",
        subject="Fw: new glasses after surgery?",
        body="Lorenzo - can optical take this one? She's 4 weeks post-op second eye.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Patricia Okafor-Lee <pat.okaforlee@outlook.com>",
            to=f"Front Desk Dublin <frontdesk.dublin@{CV}>",
            subject="new glasses after surgery?",
            body="""Hello,

I had my second cataract surgery with Dr. Castellanos on October 13 (right eye). She said
I could get new glasses a month after. Can I just come to the optical shop with my old
prescription or do I need a new exam? I mostly need readers now but I have astigmatism in
the left eye still.

Patricia Okafor-Lee
(614) 555-0269""",
        ),
    ),
    Spec(
        phi=True,
        category="injection clinic list initials and DOB",
        notes="Hard positive: the patient list has only initials and birth dates, with eye and "
        "anti-VEGF drug per patient.",
        frm=f"Gabriela Fuentes <gfuentes@{CV}>",
        to=f"Retina Techs <retinatechs@{CV}>",
        subject="Thurs inj clinic - pull these drugs",
        body="""Pharmacy pull for Thursday AM, please double check stock tonight:

J.M.  03/14/1948  OD  Vabysmo
R.T.  11/02/1955  OU  Eylea HD (bilateral, same day)
S.O.  06/21/1961  OS  Avastin (repackaged - step therapy)
W.P.  01/09/1944  OD  Eylea
D.A.  02/17/1967  OD  Avastin - NEW DME start
L.C.  07/30/1939  OS  Syfovre (GA)

Thanks!
Gabby""",
    ),
    Spec(
        phi=True,
        category="optical lab order html table",
        notes="Hard positive: looks like a product order, but the HTML table ties a patient's "
        "name to her eyeglass prescription and a post-cataract note.",
        frm=f"Lorenzo Bianchi <lbianchi@{CV}>",
        to=f"Orders <orders@{LAB}>",
        subject="Rush job - CV Dublin #D-44817",
        body="",
        html="""<html><body>
<p>Hi team, one rush please, patient had cataract surgery and can't see with old pair.</p>
<table border="1" cellpadding="3">
<tr><th>Job</th><th>Patient</th><th>Eye</th><th>Sph</th><th>Cyl</th><th>Axis</th><th>Add</th><th>PD</th></tr>
<tr><td>D-44817</td><td>Margaret Sullivan-Ode</td><td>OD</td><td>-0.25</td><td>-0.75</td><td>085</td><td>+2.50</td><td>31.5</td></tr>
<tr><td>D-44817</td><td>Margaret Sullivan-Ode</td><td>OS</td><td>+0.50</td><td>-1.25</td><td>170</td><td>+2.50</td><td>31.0</td></tr>
</table>
<p>Frame: Silhouette 5529 / 53-17 / color 7510. Lens: Varilux X, Crizal Sapphire.</p>
<p>Lorenzo Bianchi, ABOC<br>Optical Manager, ClearView Eye Associates</p>
</body></html>""",
    ),
    Spec(
        phi=True,
        category="patient statement YAG balance",
        notes="Statement to a patient's hotmail with account number and the YAG laser charge.",
        frm=f"ClearView Billing <billing@{CV}>",
        to="Dwight Haverford <dhaverford@hotmail.com>",
        subject="ClearView Eye Associates - statement for account 300481726",
        body="""Dear Dwight Haverford,

Your statement for account 300481726 is below.

  10/21/2026  YAG capsulotomy, left eye (66821)   $482.00
              Medicare payment                     -$370.61
              Secondary (AARP) payment             -$0.00   (denied - not on file)
  Balance due                                      $111.39

If you have a secondary insurance, reply with a picture of the card and we will bill it.
You can also pay online at clearvieweye.com/pay.

ClearView Eye Associates Billing Office
614-555-0177""",
    ),
    Spec(
        phi=True,
        category="prior authorization letter docx",
        notes="DOCX letter of medical necessity with name, DOB, member ID and wet AMD history.",
        frm=f"Derek Shaughnessy <dshaughnessy@{CV}>",
        to="Pharmacy Prior Auth <rxpa@greatlakeshp.com>",
        subject="PA request - faricimab - ref 26-1109-447",
        body="""Please find the letter of medical necessity attached for reference 26-1109-447.
Clinical notes and OCT reports to follow by fax.

Derek Shaughnessy, Billing Manager
ClearView Eye Associates""",
        atts=(
            Att(
                "LMN_faricimab_ref26-1109-447.docx",
                DOCX,
                docx(
                    [
                        "ClearView Eye Associates - Retina Service",
                        "November 9, 2026",
                        "RE: Letter of Medical Necessity - faricimab-svoa (Vabysmo) J2777",
                        "Patient: Rebecca Tillotson   DOB: 12/05/1953   Member ID: GLH52270916",
                        "Ms. Tillotson has neovascular age-related macular degeneration of the "
                        "right eye (H35.3211) diagnosed in March 2025. She received six "
                        "bevacizumab injections at 4-week intervals with persistent subretinal "
                        "fluid on every OCT, satisfying the plan's step-therapy requirement.",
                        "We request authorization for faricimab 6 mg every 8 weeks for 12 months.",
                        "Priya Raman, MD, Retina Specialist",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="C-CDA to primary care after cataract",
        notes="Hard positive: the body says only 'mutual patient'; the C-CDA names him with MRN, "
        "birth date, cataract surgery and post-op drops.",
        frm=f"Records <records@{CV}>",
        to="Medical Records <records@riverbendprimarycare.org>",
        subject="Continuity of care document - post-op",
        body="""Please see the attached CCD for your mutual patient following cataract surgery.
The patient is cleared to resume all activities except swimming until 11/24.

ClearView Eye Associates Medical Records
Fax 614-555-0185""",
        atts=(
            Att(
                "CCD_postop.xml",
                "application/xml",
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
                ' <templateId root="2.16.840.1.113883.10.20.22.1.2"/>\n'
                " <title>Continuity of Care Document</title>\n"
                ' <recordTarget><patientRole><id extension="CVE-0398117"/>\n'
                "  <patient><name><given>Gunnar</given><family>Palmquist</family></name>\n"
                '   <administrativeGenderCode code="M"/><birthTime value="19480614"/></patient>\n'
                " </patientRole></recordTarget>\n"
                " <component><structuredBody>\n"
                "  <component><section><title>Procedures</title>\n"
                "   <text>11/04/2026 Phacoemulsification with IOL, right eye (66984). "
                "Uncomplicated.</text></section></component>\n"
                "  <component><section><title>Medications</title>\n"
                "   <text>Prednisolone acetate 1% OD QID taper; moxifloxacin 0.5% OD TID x1 week"
                "</text></section></component>\n"
                " </structuredBody></component>\n"
                "</ClinicalDocument>\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="post-op instructions to son icloud",
        notes="Nurse writes to a patient's son at icloud about his father's post-op drops.",
        frm=f"Joanne Pelletier RN <jpelletier@{CV}>",
        to="Andres Alvarez <andres.alvarez@icloud.com>",
        subject="Drops schedule for your father",
        body="""Hi Andres,

As promised on the phone, here is your dad's drop schedule after Tuesday's surgery on the
right eye (Mr. Ernesto Alvarez):

- Prednisolone (pink cap): 4 times a day for 1 week, then 2 times a day for 1 week, then stop
- Moxifloxacin (tan cap): 3 times a day for 1 week, then stop
- Wait 5 minutes between drops
- Shield at night for 1 week

His post-op check is Wednesday 11/11 at 8:30 with Dr. Castellanos. If he has increasing
pain or his vision gets worse, call 614-555-0199 any time, day or night.

Joanne Pelletier, RN
ClearView Eye Associates Surgery Center""",
    ),
    Spec(
        phi=True,
        category="zip of OCT reports",
        notes="Hard positive: the identifiers are only inside the ZIP members (named patients with "
        "OCT macula results).",
        frm=f"Imaging <imaging@{CV}>",
        to=f"Dr. Samuel Osei <sosei@{SF}>",
        subject="OCT reports for your diabetic patients",
        body="""Dr. Osei,

As requested for your diabetic foot clinic's co-managed patients, the OCT macula reports
from this month are in the zip. Let us know if you want us to send them to the PCPs too.

ClearView Eye Associates - Imaging""",
        atts=(
            Att(
                "OCT_reports_Nov2026.zip",
                "application/zip",
                zipped(
                    {
                        "OCT_Macula_Brathwaite_Eugene.txt": (
                            "ClearView Eye Associates - OCT Macula Report\n"
                            "Patient: Eugene Brathwaite  DOB 1959-10-17\n"
                            "Date: 2026-11-03  CST OD 265 um OS 301 um\n"
                            "Impression: mild NPDR OU without macular edema OD; early DME OS.\n"
                        ),
                        "OCT_Macula_Castellano_Vito.txt": (
                            "ClearView Eye Associates - OCT Macula Report\n"
                            "Patient: Vito Castellano  DOB 1950-02-11\n"
                            "Date: 2026-11-05  CST OD 248 um OS 252 um\n"
                            "Impression: no diabetic macular edema OU. Annual exam.\n"
                        ),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare second-eye eligibility with MBI",
        notes="Patient name and MBI with a scheduled second-eye cataract surgery.",
        frm=f"Tamika Rowe <trowe@{CV}>",
        to=f"Eligibility <eligibility@{RCM}>",
        subject="Elig check pls - 2nd eye 11/18",
        body="""Hi, can you run this one before Wednesday?

Pt: Wendell Gaines
MBI: 5W84-VM8-XR70
Procedure: CE/IOL OS 66984, 11/18/2026 at Lakeshore ASC, Dr. Castellanos
First eye done 10/21. He told us he switched to a Medicare Advantage plan on 11/1 and
we don't have the new card yet, so please check whether he's still straight Medicare.

Thanks,
{sig}""".replace("{sig}", SIG_SURG.strip()),
    ),
    # ------------------------------------------------------------------ not PHI
    Spec(
        phi=False,
        category="eye drop shortage notice",
        notes="Hard negative: drug names, strengths and substitution guidance, no patient.",
        frm=f"Colleen Fitzgerald <cfitzgerald@{CV}>",
        to=f"All Providers <providers@{CV}>",
        subject="Shortage: prednisolone acetate 1% - substitution guidance",
        body="""All,

Our wholesaler has prednisolone acetate 1% (Pred Forte and generics) on allocation through at
least mid-December. Until further notice:

1. Post-op cataract: use difluprednate 0.05% (Durezol) BID instead of PF QID. The surgery
   center has updated the post-op order set.
2. Uveitis / CME: call the patient's pharmacy first; the generic from Sandoz is still
   available in some independent pharmacies.
3. Do NOT switch to loteprednol for post-op inflammation in high-risk eyes without
   discussing with the attending.

The pharmacy reps say the shortage is due to a manufacturing delay, not a recall.

Colleen Fitzgerald
Practice Administrator, ClearView Eye Associates""",
    ),
    Spec(
        phi=False,
        category="aggregate injection safety report",
        notes="Hard negative: multi-sheet XLSX of injection volumes and endophthalmitis rates "
        "per physician and site; counts only, no patients.",
        frm=f"Quality <quality@{CV}>",
        to=f"Medical Executive Committee <mec@{CV}>",
        subject="Q3 2026 intravitreal injection safety dashboard",
        body="""MEC members,

Q3 dashboard attached. Headlines:
- 4,112 intravitreal injections across 3 sites (up 9% vs Q2)
- 1 culture-positive endophthalmitis (0.024%), below the 0.05% benchmark
- IOP spike >30 mmHg post-injection: 0.6%
- Wrong-eye near misses: 0 (time-out compliance 99.4% on audit of 500 charts)

Discussion at Tuesday's meeting.

Quality Department, ClearView Eye Associates""",
        atts=(
            Att(
                "Q3_2026_injection_dashboard.xlsx",
                XLSX,
                xlsx(
                    {
                        "By site": [
                            ["Site", "Injections", "Endophthalmitis", "Rate %"],
                            ["Dublin", 1804, 1, 0.055],
                            ["Westerville", 1271, 0, 0.0],
                            ["Downtown", 1037, 0, 0.0],
                        ],
                        "By drug": [
                            ["Drug", "Injections", "Share %"],
                            ["Bevacizumab", 1640, 39.9],
                            ["Aflibercept (incl. HD)", 1402, 34.1],
                            ["Faricimab", 816, 19.8],
                            ["Pegcetacoplan", 254, 6.2],
                        ],
                        "Time-out audit": [
                            ["Month", "Charts audited", "Compliant"],
                            ["July", 170, 169],
                            ["August", 165, 164],
                            ["September", 165, 164],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="clinician coverage with diseases",
        notes="Hard negative: physician names next to diseases they treat (coverage schedule); "
        "no patient.",
        frm=f"Gabriela Fuentes <gfuentes@{CV}>",
        to=f"Front Desk Staff <frontdesk@{CV}>",
        subject="Retina coverage next week",
        body="""Hi all,

Dr. Raman is at AAO-related meetings Mon-Tue next week. Coverage:

- Wet AMD and diabetic macular edema injection visits: Dr. Kofi Mensah (Mon, Tue)
- New retinal detachment / flashes and floaters calls: Dr. Mensah, then on-call
- Retinal vein occlusion follow-ups: move to Thursday with Dr. Raman
- Geographic atrophy (Syfovre) patients: keep on schedule, Dr. Mensah will inject

Please don't book any new uveitis consults until Dr. Raman is back.

Thanks,
Gabby""",
    ),
    Spec(
        phi=False,
        category="IOL consignment invoice SSN-shaped PO",
        notes="Hard negative: vendor invoice for intraocular lenses with an SSN-shaped purchase "
        "order number and lens serials; no patient.",
        frm=f"Accounts Payable <ap@{CV}>",
        to="Customer Service <cs.ophthalmic@alconvision-supply.com>",
        subject="Invoice 7719042 - PO 417-22-6039 - quantity dispute",
        body="""Hello,

Regarding invoice 7719042 (PO 417-22-6039) for the October consignment replenishment:
we were billed for 24 SN60WF lenses but the packing slip and our scan log show 20 received.
The four missing serials are:

  SN60WF +20.0D  serial 21884730031
  SN60WF +20.5D  serial 21884730047
  SN60WF +21.0D  serial 21884730052
  SN60WF +22.0D  serial 21884730068

Please issue a credit memo or confirm a backorder. Payment for the remaining lines will go
out in the Nov 20 run.

Renata Gallo
Accounts Payable, ClearView Eye Associates
614-555-0172""",
    ),
    Spec(
        phi=False,
        category="retina CME agenda pdf",
        notes="Hard negative: CME agenda PDF full of disease and drug names and speaker names.",
        frm=f"Dr. Priya Raman <praman@{CV}>",
        to="Ohio Optometric Association <events@ohioopt-assoc.org>",
        subject="Final agenda - Retina Update for Optometrists, Dec 5",
        body="""Hi Lauren,

Final agenda attached for the Dec 5 evening program. 2 CE hours, COPE application submitted
last week. Dinner at 6, talks at 6:30.

Best,
Priya Raman, MD""",
        atts=(
            Att(
                "Retina_Update_2026_agenda.pdf",
                "application/pdf",
                pdf(
                    [
                        "CLEARVIEW EYE ASSOCIATES",
                        "Retina Update for Optometrists - Saturday, December 5, 2026",
                        "",
                        "6:30  When to refer diabetic retinopathy: ETDRS severity in practice",
                        "      Priya Raman, MD",
                        "7:00  Geographic atrophy: complement inhibitors and what to tell patients",
                        "      Kofi Mensah, MD",
                        "7:30  Retinal detachment: the 24-hour rule",
                        "      Priya Raman, MD",
                        "8:00  Case discussion (de-identified) and Q&A",
                        "",
                        "2 hours COPE CE pending. Hilton Columbus at Easton.",
                    ],
                    "Retina Update 2026",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="ophthalmic technician job posting",
        notes="Job posting, HTML alternative; health vocabulary about duties only.",
        frm=f"Patrice Dubois <pdubois@{CV}>",
        to="Jobs Desk <jobs@columbusmedicaljobs.com>",
        subject="Job posting: Certified Ophthalmic Technician (COT) - Dublin",
        body="""Please post the following through Dec 31.

Certified Ophthalmic Technician (COT) - ClearView Eye Associates, Dublin OH
Full time, Mon-Fri. $24-31/hr DOE, sign-on bonus $2,000.

Duties: work up retina and glaucoma patients, applanation tonometry, visual fields
(Humphrey 24-2 / 10-2), OCT and fundus photography, assist with intravitreal injection
set-up and time-out.
Requirements: COA or COT (JCAHPO), 2 years clinical experience, BLS.

Apply at clearvieweye.com/careers or email hr@clearvieweye.com.

Patrice Dubois, Human Resources""",
        html="""<html><body><h2>Certified Ophthalmic Technician (COT) - Dublin</h2>
<p>Full time, Mon-Fri. $24-31/hr DOE, sign-on bonus $2,000.</p>
<ul><li>Work up retina and glaucoma patients, applanation tonometry</li>
<li>Visual fields (Humphrey 24-2 / 10-2), OCT and fundus photography</li>
<li>Assist with intravitreal injection set-up and time-out</li></ul>
<p>Requirements: COA or COT (JCAHPO), 2 years clinical experience, BLS.</p>
<p>Apply at clearvieweye.com/careers</p></body></html>""",
    ),
    Spec(
        phi=False,
        category="IT downtime notice imaging",
        notes="IT maintenance notice about EHR and imaging systems; no patient.",
        frm=f"Samir Haddad <shaddad@{CV}>",
        to=f"All Staff <allstaff@{CV}>",
        subject="Planned downtime Sat 11/14 6am-noon: EHR + Forum imaging",
        body="""Team,

Saturday 11/14 from 6:00 AM to noon the EHR and the Zeiss Forum imaging archive will be
offline for the quarterly upgrade. Spectralis and Cirrus devices will keep scanning to local
storage and we'll push the backlog once Forum is back.

If you work Saturday clinic (Dublin retina only this week): use the downtime packets in the
red binder at each nurse station, and do not reboot the OCT workstations.

Questions -> helpdesk x4400. The full checklist is attached.

Samir Haddad
IT Systems Analyst""",
        atts=(
            Att(
                "downtime_checklist_1114.txt",
                "text/plain",
                "EHR / Forum downtime checklist - Saturday 11/14/2026\n"
                "05:45  Print downtime census and schedule from the read-only BCA PC\n"
                "06:00  EHR and Forum offline; devices scan to local storage\n"
                "06:00  Use paper exam forms (red binder); scan into EHR Monday\n"
                "09:00  IT check-in call, bridge 614-555-0440\n"
                "12:00  Systems back; IT pushes device backlog to Forum\n"
                "12:30  Charge nurse confirms backlog counts match device logs\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HL7 validation with labelled test patient",
        notes="Hard negative: HL7 SIU message for the interface go-live test with an obvious "
        "test patient (ZZTEST, MRN TEST0001), labelled as test.",
        frm=f"Samir Haddad <shaddad@{CV}>",
        to=f"Interface Team <interfaces@{ASC}>",
        subject="TEST ONLY - SIU validation message for go-live checklist item 14",
        body="""Hi,

For checklist item 14, attached is the validation SIU with our standard test patient
(ZZTEST, CATARACT - MRN TEST0001). Processing ID is T. Please confirm it lands in your
TEST environment and NOT production.

Samir""",
        atts=(
            Att(
                "SIU_TEST_validation.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|CVEHR|CLEARVIEW|LSASC|LAKESHORE|202611091000||SIU^S12|TST00014|T|2.5.1\r"
                "SCH|99001^CVE|99001^LSA|||||ROUTINE|||^^^202612011000^^15|||||TEST^DOCTOR\r"
                "PID|1||TEST0001^^^CVE^MR||ZZTEST^CATARACT^^^^^T||19000101|U\r"
                "DG1|1||H25.9^Unspecified age-related cataract^I10\r"
                "AIS|1||66984^Cataract surgery w/ IOL 1 stage^CPT|202612011000\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="diabetic eye awareness newsletter html",
        notes="HTML-only patient newsletter about diabetic eye disease to a mailing list; no "
        "individual.",
        frm=f"ClearView Eye Associates <news@{CV}>",
        to=f"Patient Newsletter <newsletter-list@{CV}>",
        subject="November is Diabetic Eye Disease Awareness Month",
        body="",
        html="""<html><body style="font-family:Arial">
<h1>Protect your sight this November</h1>
<p>Diabetic retinopathy is the leading cause of blindness in working-age adults, and it often
has no symptoms until it is advanced. If you have diabetes, the American Academy of
Ophthalmology recommends a dilated eye exam <b>every year</b>.</p>
<ul><li>Keep your A1c, blood pressure and cholesterol in range</li>
<li>Tell us about blurry or fluctuating vision</li>
<li>New: retinal photos at our Westerville office in 15 minutes</li></ul>
<p><a href="https://clearvieweye.com/book">Book your annual exam</a></p>
<p style="font-size:10px">You are receiving this because you subscribed to ClearView news.
<a href="https://clearvieweye.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="open enrollment vision and FSA",
        notes="Hard negative: HR open-enrollment mail about health plan, FSA, vision benefit "
        "for staff; no individual health information.",
        frm=f"Patrice Dubois <pdubois@{CV}>",
        to=f"All Staff <allstaff@{CV}>",
        subject="Open enrollment closes Nov 20 - medical, dental, vision, FSA",
        body="""Hi everyone,

Reminder that 2027 open enrollment closes Friday, November 20. Changes this year:

- Medical: the Silver PPO premium goes up 4.8%; the HSA plan stays flat and the employer HSA
  seed rises to $750 (single) / $1,500 (family)
- Dental: orthodontia lifetime max now $2,000
- Vision: as always, staff eye exams are free in-house; frames 40% off at the optical shop
- FSA limit: $3,400

If you do nothing, your current elections roll over EXCEPT the FSA, which must be re-elected.

Patrice Dubois
Human Resources""",
    ),
    Spec(
        phi=False,
        category="injection time-out policy docx",
        notes="Hard negative: clinical policy document (procedure steps, drug names) with no "
        "patient.",
        frm=f"Quality <quality@{CV}>",
        to=f"Retina Techs <retinatechs@{CV}>",
        cc=f"Dr. Priya Raman <praman@{CV}>",
        subject="Revised policy CL-214 Intravitreal Injection Time-Out (eff. 12/1)",
        body="""Attached is the revised CL-214. Main change: bilateral same-day injections now
require separate drug lots and a second time-out before the second eye. Please read and sign
the attestation in the LMS by 11/30.""",
        atts=(
            Att(
                "CL-214_Intravitreal_Injection_TimeOut_rev4.docx",
                DOCX,
                docx(
                    [
                        "ClearView Eye Associates - Clinical Policy CL-214 (rev. 4)",
                        "Intravitreal Injection Universal Protocol and Time-Out",
                        "1. Verify patient identity with two identifiers.",
                        "2. Confirm the eye to be injected against the signed consent and the "
                        "physician's order; mark the brow above the operative eye.",
                        "3. Confirm the drug, dose and lot number aloud (e.g., aflibercept 2 mg "
                        "/ 0.05 mL, faricimab 6 mg / 0.05 mL).",
                        "4. Bilateral same-day: separate drug lots, separate speculum and "
                        "povidone-iodine preparation, second time-out before the second eye.",
                        "5. Post-injection: check counting-fingers vision and IOP; document.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="de-identified AMD research extract",
        notes="Hard negative: de-identified registry extract with study IDs, age bands, visual "
        "acuity and injection counts; no dates, names or codes linked to people.",
        frm=f"Dr. Kofi Mensah <kmensah@{CV}>",
        to="Study Coordinator <amd-registry@osu-ophth-research.org>",
        subject="De-identified extract for the treat-and-extend registry (batch 3)",
        body="""Hi Mei-Ling,

Batch 3 attached. Same Safe Harbor rules as before: no dates (follow-up is in weeks from
baseline), ages banded, study IDs generated by our honest broker and not derivable from the
MRN. 42 eyes this time.

Kofi""",
        atts=(
            Att(
                "tae_registry_batch3_deid.csv",
                "text/csv",
                "study_id,age_band,sex,eye,baseline_logmar,wk52_logmar,injections_yr1,drug\n"
                "TAE-3001,70-74,F,R,0.60,0.30,9,aflibercept\n"
                "TAE-3002,80-84,M,L,0.78,0.70,11,faricimab\n"
                "TAE-3003,75-79,F,L,0.48,0.40,8,bevacizumab\n"
                "TAE-3004,85-89,F,R,1.00,0.90,10,aflibercept\n"
                "TAE-3005,65-69,M,R,0.30,0.18,7,faricimab\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="new glaucoma surgeon staff announcement",
        notes="Staff announcement of a new physician with training and conditions treated.",
        frm=f"Colleen Fitzgerald <cfitzgerald@{CV}>",
        to=f"All Staff <allstaff@{CV}>",
        subject="Please welcome Dr. Shirin Farahani",
        body="""Please join me in welcoming Dr. Shirin Farahani, who joins our glaucoma service on
Monday. Dr. Farahani completed her residency at Cole Eye and her glaucoma fellowship at
Bascom Palmer. She performs MIGS (iStent, Hydrus, Kahook), trabeculectomy and tube shunts,
and has a special interest in pediatric and angle-closure glaucoma.

She'll see patients in Dublin Mon/Wed/Thu and operate at Lakeshore on Tuesdays.
Stop by and say hi - she's in office 214.

Colleen""",
    ),
    Spec(
        phi=False,
        category="frame vendor order personal mailbox",
        notes="Optical shop orders frames from an independent rep at a personal gmail; stock only.",
        frm=f"Lorenzo Bianchi <lbianchi@{CV}>",
        to="Nate Colavito <nate.colavito.frames@gmail.com>",
        subject="Holiday order - Ray-Ban + Oakley restock",
        body="""Hey Nate,

For the holiday restock, please put in:
- RB5154 Clubmaster 49 and 51, black and tortoise, 3 each
- RB7047 54 matte black x4
- OX8156 Holbrook RX 56 satin black x2
- Kids: RB1531 x4 assorted (the pediatric docs keep asking)

Ship to Dublin, PO 88-2211. Same 90-day dating as last time?

Lorenzo
ClearView Optical""",
    ),
    Spec(
        phi=False,
        category="buy-and-bill pricing vendor mail",
        notes="Hard negative: anti-VEGF drug pricing, J-codes and ASP from a vendor conversation; "
        "no patient.",
        frm=f"Derek Shaughnessy <dshaughnessy@{CV}>",
        to="Account Manager <k.obrien@specialtydistrib.com>",
        subject="Re: Q1 2027 pricing - aflibercept HD / faricimab",
        body="""Kevin,

Thanks for the pricing. For the record, what we need before signing:

- Aflibercept 8 mg (J0177): your contract price is 3.1% over Q1 ASP; with the
  ASP+6% (less sequestration) Medicare payment that margin is too thin after spoilage.
- Faricimab (J2777): fine at the quoted price.
- Extend prompt-pay terms to 60 days, we're at ~$1.9M/quarter buy-and-bill.

Can you get us a revised grid by Friday?

Derek Shaughnessy
Billing Manager | ClearView Eye Associates""",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Kevin O'Brien <k.obrien@specialtydistrib.com>",
            to=f"Derek Shaughnessy <dshaughnessy@{CV}>",
            subject="Q1 2027 pricing - aflibercept HD / faricimab",
            body="""Derek, attached is your Q1 contract grid. Aflibercept HD and Vabysmo are both
on it; bevacizumab repack pricing is unchanged. Let me know if you have questions. - Kevin""",
        ),
    ),
    Spec(
        phi=False,
        category="laser room facilities request",
        notes="Facilities mail about the laser room HVAC; equipment names only.",
        frm=f"Colleen Fitzgerald <cfitzgerald@{CV}>",
        to="Service Desk <service@buckeyemechanical.com>",
        subject="Dublin laser room - AC not holding temp",
        body="""Hi,

The laser room at our Dublin office (2250 Olentangy River Rd, suite 300, room 118) is
running at 79F by early afternoon. The SLT and YAG lasers are specified to operate under
77F and the Lumenis unit shut itself off twice yesterday.

Can you send a tech before Thursday? We can move laser procedures to the afternoon but
not indefinitely.

Colleen Fitzgerald
Practice Administrator, ClearView Eye Associates
614-555-0170""",
    ),
    Spec(
        phi=False,
        category="staff flu vaccine clinic",
        notes="Hard negative: workforce flu-shot clinic logistics naming staff organisers and "
        "vaccine products; no patient health information.",
        frm=f"Joanne Pelletier RN <jpelletier@{CV}>",
        to=f"All Staff <allstaff@{CV}>",
        subject="Staff flu shots Thursday 12-2 in the break room",
        body="""Hi all,

Flu shots for staff this Thursday 12-2 in the Dublin break room, Westerville on Friday.
We have Fluzone High-Dose for anyone 65+ and Flucelvax for egg allergy. Bring your
insurance card if you have one; it's free either way.

Already got yours at CVS/Walgreens? Upload the record in the HR portal by 11/30 so
we meet our employee vaccination target.

Joanne Pelletier, RN
Employee Health""",
    ),
    Spec(
        phi=False,
        category="injection workflow huddle invite",
        notes="Calendar invite for a staff huddle about injection workflow; no patient.",
        frm=f"Dr. Priya Raman <praman@{CV}>",
        to=f"Retina Techs <retinatechs@{CV}>",
        subject="Invitation: Injection clinic workflow huddle @ Wed Nov 11 7:30am",
        body="Short huddle before clinic: room turnover, drug pull timing, new bilateral policy.",
        ics="""BEGIN:VCALENDAR
PRODID:-//ClearView Eye//Outlook//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cv-huddle-20261111@clearvieweye.com
DTSTAMP:20261109T140000Z
DTSTART:20261111T123000Z
DTEND:20261111T125500Z
SUMMARY:Injection clinic workflow huddle
DESCRIPTION:Agenda: 1) room turnover targets 2) drug pull the night before 3) CL-214 bilateral time-out change 4) scribe coverage
LOCATION:Dublin - Retina pod conference room
ORGANIZER:mailto:praman@clearvieweye.com
END:VEVENT
END:VCALENDAR
""",
    ),
    Spec(
        phi=False,
        category="surgeon credentialing with NPI DEA",
        notes="Hard negative: a surgeon's NPI, DEA and licence numbers sent for credentialing; "
        "provider identifiers, no patient.",
        frm=f"Credentialing <credentialing@{CV}>",
        to=f"Medical Staff Office <medstaff@{ASC}>",
        subject="Reappointment packet - Helen Castellanos, MD",
        body="""Hello,

For Dr. Castellanos' reappointment at Lakeshore ASC:

  Name: Helen M. Castellanos, MD (Ophthalmology)
  NPI: 1818365847
  DEA: BK4713978 (exp. 06/30/2028)
  Ohio license: 35.149882 (exp. 01/01/2028)
  Board certification: ABO, recertified 2024
  Malpractice: ProAssurance, policy in attached packet

Case log for the last 24 months: 1,288 cataract cases, unplanned vitrectomy rate 0.6%.

Thanks,
Sherry Vogel
Credentialing Specialist, ClearView Eye Associates""",
    ),
    Spec(
        phi=False,
        category="ASC block time thread",
        notes="Forwarded thread about OR block allocation; surgeon names and case counts only.",
        frm=f"Tamika Rowe <trowe@{CV}>",
        to=f"Dr. Helen Castellanos <hcastellanos@{CV}>",
        subject="Fw: 2027 block schedule proposal",
        body="""Dr. C - see below. They want to cut our Tuesday to 7-1 unless we average 14
cases. We averaged 13.2 in Q3. Do you want me to ask for Thursday afternoons instead?

Tamika""",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm=f"Angela Kerr <akerr@{ASC}>",
            to=f"Tamika Rowe <trowe@{CV}>",
            subject="2027 block schedule proposal",
            body="""Hi Tamika,

Proposal for 2027: blocks under 85% utilization for two quarters go to half-days. ClearView
Tuesday (Castellanos) is at 81%, Friday (Oyelaran MIGS) at 92%. Let's talk by 12/1.

Angela Kerr, Director of Perioperative Services, Lakeshore ASC""",
        ),
    ),
]
