"""Valley Digestive Health: outbound mail that carries PHI (mostly the quiet kinds)."""

from __future__ import annotations

import json

from _att import XLSX, docx, pdf, png, xlsx, zipped
from _spec import VDH, Att, Spec

SIG_KO = "Kemi Oyelowo, RN\nIBD Clinic | Valley Digestive Health\n(555) 214-7730 ext 412"
SIG_SCHED = "Endoscopy Scheduling\nValley Digestive Health Endoscopy Center\n(555) 214-7700"
DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged. If you "
    "received it in error, notify the sender and delete it."
)

RUN_SHEET = (
    "VDH ENDO CENTER - RUN SHEET THU 11/12\r\n"
    "RM1 Dr. Haddad\r\n"
    "0730  Pruitt, Lorraine      EGD w/ bx          MAC    arr 0630\r\n"
    "0815  Castellanos, Ivan     colon screen       mod    arr 0715\r\n"
    "0900  Whitcomb, Della       colon surv (hx adenoma)  MAC  arr 0800\r\n"
    "0945  Nakashima, Ren        EGD dilation       MAC    arr 0845\r\n"
    "RM2 Dr. Okafor\r\n"
    "0730  Abernathy, June       flex sig (UC)      none   arr 0700\r\n"
    "0830  Osei, Kwabena         colon + EGD        MAC    arr 0730  *latex allergy\r\n"
)

PICKUP_CSV = (
    "pickup_time,rider,pickup_address,phone,return_note\r\n"
    "06:10,Gloria Ferreira,1184 Alder Crest Rd,555-309-4471,sedated - escort required\r\n"
    "06:35,Hamid Rostami,77 Pinecone Ct Apt 3B,555-309-8812,sedated - escort required\r\n"
    "07:20,Beatrice Kowal,4020 W Marigold Ave,555-412-0093,wheelchair; sedated\r\n"
    "09:45,Delroy Banks,215 Hilltop Terrace,555-412-7751,no sedation - may ride alone\r\n"
)

HL7_ORU = (
    "MSH|^~\\&|VDH_EHR|VALLEYDIG|SUMMITPATH|SPL|202611101422||ORM^O01|VDH88213|P|2.5.1\r"
    "PID|1||VDH448120^^^VDH^MR||Lindahl^Theodore^M||19570622|M|||3312 Quarry Ridge Dr^^"
    "Brookfield^WI^53005||555-771-2048\r"
    "ORC|NW|VDH-SP-55102\r"
    "OBR|1|VDH-SP-55102||88305^Surgical pathology^CPT|||202611101015|||||||||1802328835^Haddad"
    "^Samir\r"
    "OBX|1|TX|SPEC^Specimen||A. Sigmoid polyp, cold snare. B. Random colon bx (r/o microscopic"
    " colitis).\r"
    "DG1|1||K63.5^Polyp of colon^I10\r"
)

FHIR_REFERRAL = json.dumps(
    {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": "vdh-77310",
                    "identifier": [{"system": "urn:vdh:mrn", "value": "VDH773104"}],
                    "name": [{"family": "Achterberg", "given": ["Noor"]}],
                    "birthDate": "1991-04-03",
                    "telecom": [{"system": "phone", "value": "555-640-1198"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "subject": {"reference": "Patient/vdh-77310"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10-cm",
                                "code": "K50.012",
                                "display": "Crohn's disease of small intestine with "
                                "intestinal obstruction",
                            }
                        ]
                    },
                }
            },
            {
                "resource": {
                    "resourceType": "ServiceRequest",
                    "subject": {"reference": "Patient/vdh-77310"},
                    "code": {
                        "text": "Surgical consult - ileocecal stricture, failed balloon dilation x2"
                    },
                }
            },
        ],
    },
    indent=1,
)

CCDA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
    '<templateId root="2.16.840.1.113883.10.20.22.1.1"/>\n'
    "<title>Valley Digestive Health - Continuity of Care Document</title>\n"
    '<recordTarget><patientRole><id extension="VDH520917" root="2.16.840.1.113883.19.5"/>'
    "<addr><streetAddressLine>908 Juniper Hollow Ln</streetAddressLine><city>Wauwatosa</city>"
    "<state>WI</state><postalCode>53226</postalCode></addr>"
    "<patient><name><given>Marisol</given><family>Ybarra</family></name>"
    '<birthTime value="19680915"/></patient></patientRole></recordTarget>\n'
    "<component><structuredBody><component><section><title>Problems</title>"
    "<text>Chronic hepatitis C, genotype 1a - SVR12 achieved after glecaprevir/pibrentasvir. "
    "Compensated cirrhosis (F4). HCC surveillance US q6 months.</text></section></component>"
    "<component><section><title>Medications</title><text>Propranolol 20 mg BID; "
    "spironolactone 50 mg daily</text></section></component></structuredBody></component>\n"
    "</ClinicalDocument>\n"
)

X12_837 = (
    "ISA*00*          *00*          *ZZ*VALLEYDIG      *ZZ*CLEARPATHX     *261110*1422*^*00501"
    "*000004417*0*P*:~GS*HC*VALLEYDIG*CLEARPATHX*20261110*1422*4417*X*005010X222A1~"
    "ST*837*0001*005010X222A1~BHT*0019*00*VDH4417*20261110*1422*CH~"
    "NM1*85*2*VALLEY DIGESTIVE HEALTH*****XX*1796234213~"
    "NM1*IL*1*DUCHARME*CELESTE****MI*WXH552901847~DMG*D8*19730308*F~"
    "N3*61 LARKSPUR WAY~N4*NEW BERLIN*WI*53151~"
    "CLM*VDH-90215*1840***22:B:1*Y*A*Y*Y~HI*ABK:Z12.11*ABF:K57.30~"
    "SV1*HC:45385*1840*UN*1***1~DTP*472*D8*20261103~SE*12*0001~GE*1*4417~IEA*1*000004417~"
)

MESSAGES: list[Spec] = [
    Spec(
        phi=True,
        category="lowercase surname recheck with lab value",
        notes="Hard positive: lone lower-case surname plus a fecal calprotectin value and a "
        "recheck slot; internal nurse note.",
        frm=f"Kemi Oyelowo <koyelowo@{VDH}>",
        to=f"ibd-scheduling@{VDH}",
        subject="dembele recheck",
        body="can we get him on thursday's list? calpro came back 412, up from 96 in aug. "
        "dr okafor wants to see him before the next entyvio.\n\n-KO\n",
    ),
    Spec(
        phi=True,
        category="chart-style subject, prep question",
        notes="Hard positive: chart-style subject (surname, initial - procedure) and an iron "
        "hold question about that patient.",
        frm=f"Tess Marchetti <tmarchetti@{VDH}>",
        to=f"Dr. Samir Haddad <shaddad@{VDH}>",
        subject="gomez, r - flex sig prep",
        body="resent her the enema prep sheet. she's asking if she needs to stop the ferrous "
        "sulfate 7 days before like last time or is that only for colonoscopy? she's on 325 bid."
        "\n\nTess\nMA, GI clinic\n",
    ),
    Spec(
        phi=True,
        category="recovery bay med change",
        notes="Hard positive: recovery bay number and case time are the only handle on the "
        "patient; antiemetic swap and a low BP.",
        frm=f"Dr. Lucia Ferraro <lferraro@{VDH}>",
        to=f"endo-recovery@{VDH}",
        subject="bay 6 - 0930 case",
        body="Bay 6 (my 0930 EGD): hold the metoclopramide, give ondansetron 4 mg IV instead, "
        "QTc fine. BP was 88/52 on arrival to recovery, 500 mL LR bolus and recheck in 15. "
        "Page me if sBP stays under 90.\n\nLF\n",
    ),
    Spec(
        phi=True,
        category="first-name greeting, care only in subject",
        notes="Hard positive: the body only greets the patient by first name; the colonoscopy "
        "appointment sits in the subject; personal mailbox.",
        frm=f"Endoscopy Scheduling <endoscheduling@{VDH}>",
        to="tamsin.albright@gmail.com",
        subject="colonoscopy Thu 11/19 - arrive 7:00am, Dr. Okafor",
        body="Hi Tamsin,\n\nSee subject. Call us at (555) 214-7700 if anything changes and "
        "remember you need a driver.\n\n" + SIG_SCHED + "\n",
    ),
    Spec(
        phi=True,
        category="infusion chair reassignment",
        notes="Hard positive: a patient's name and an infusion-chair slot imply infusion "
        "therapy without naming it.",
        frm=f"Darnell Jeffries <djeffries@{VDH}>",
        to=f"infusion-suite@{VDH}",
        subject="chair swap tomorrow",
        body="Can you give Mr. Oyelaran chair 5 at 10:00 tomorrow instead of 2:00? His ride "
        "fell through for the afternoon. I'll move the 10:00 (she's flexible) to 2.\n\n"
        "Thanks,\nDarnell\nInfusion coordinator\n",
    ),
    Spec(
        phi=True,
        category="run sheet TXT attachment",
        notes="Hard positive: the body says only 'run sheet attached'; the TXT lists patients, "
        "procedures and sedation for the day.",
        frm=f"Endo Charge RN <endocharge@{VDH}>",
        to="anesthesia@lakeshoreanes.com",
        subject="thu run sheet",
        body="attached. RM2 may add one at 0915 if the flex sig goes quick.\n",
        atts=(Att("runsheet_1112.txt", "text/plain", RUN_SHEET),),
    ),
    Spec(
        phi=True,
        category="transport pickup list CSV to ride vendor",
        notes="Hard positive: a ride vendor's pickup list (names, addresses, phones, "
        "'sedated - escort') implies endoscopy patients.",
        frm=f"Patient Access <access@{VDH}>",
        to="dispatch@metrocareride.com",
        subject="Thursday pickups - VDH endo center",
        body="Hi team,\n\nThursday's list attached. Same drop-off at the 3rd floor entrance. "
        "Returns will be called in from recovery.\n\nThanks,\nYvette Brannigan\nPatient Access\n",
        atts=(Att("VDH_pickups_thu.csv", "text/csv", PICKUP_CSV),),
    ),
    Spec(
        phi=True,
        category="HL7 pathology order",
        notes="HL7 ORM to an outside pathology lab: PID with name, MRN, DOB, address and the "
        "specimen/diagnosis.",
        frm=f"Interface Team <interfaces@{VDH}>",
        to="hl7-inbound@summitpathlabs.com",
        subject="resend ORM VDH88213 (ack missing)",
        body="Resending the attached message; we never received the ACK on the first send.\n\n"
        "Interfaces, Valley Digestive Health\n",
        atts=(Att("VDH88213.hl7", "application/hl7-v2", HL7_ORU),),
    ),
    Spec(
        phi=True,
        category="FHIR referral bundle to surgery",
        notes="FHIR bundle (Patient with MRN and DOB, Crohn's condition, surgical consult) to "
        "a partner surgery group.",
        frm=f"Dr. Adaeze Okafor <aokafor@{VDH}>",
        to="referrals@lakeviewcolorectal.com",
        subject="surgical referral - stricture",
        body="Referral attached as a FHIR bundle from our EHR. Two failed dilations; I think she "
        "needs an ileocecectomy conversation. Happy to talk.\n\nAdaeze Okafor, MD\n",
        atts=(Att("referral_bundle.json", "application/fhir+json", FHIR_REFERRAL),),
    ),
    Spec(
        phi=True,
        category="C-CDA to primary care",
        notes="C-CDA continuity-of-care document for a hepatology patient to the PCP office.",
        frm=f"Hepatology Clinic <hepatology@{VDH}>",
        to="records@brookfieldfamilymed.com",
        subject="CCD as requested",
        body="Per your fax request of 11/6, the CCD is attached.\n\nHepatology clinic staff\n\n"
        + DISCLAIMER
        + "\n",
        atts=(Att("ccd_VDH520917.xml", "application/xml", CCDA),),
    ),
    Spec(
        phi=True,
        category="X12 837 claim resubmission",
        notes="X12 837P with a subscriber name, member id, DOB, address and colonoscopy claim "
        "line to the clearinghouse.",
        frm=f"Billing Office <billing@{VDH}>",
        to="support@clearpathx.com",
        subject="ticket 20817 - 837 rejected at front end",
        body="Hi Moses,\n\nThe file attached was rejected with 'invalid ISA13'. We bumped the "
        "control number; can you confirm it parses on your side before we resend the batch?\n\n"
        "Regina Szabo\nBilling Systems Analyst\n",
        atts=(Att("VDH_837_4417.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="relative reply thread, RN answer",
        notes="Nurse replies to a daughter's gmail; quoted thread names the mother and her "
        "medications after a procedure.",
        frm=f"Kemi Oyelowo <koyelowo@{VDH}>",
        to="lucia.delgado77@gmail.com",
        subject="Re: question about mom",
        body="Hi Lucia,\n\nYes, she can restart the Eliquis tomorrow morning per Dr. Haddad since "
        "no polyps were removed. Tylenol is fine for the cramping; no ibuprofen this week.\n\n"
        + SIG_KO
        + "\n\n-----Original Message-----\nFrom: Lucia Delgado <lucia.delgado77@gmail.com>\n"
        "Sent: Tuesday, November 10, 2026 6:12 PM\nSubject: question about mom\n\n"
        "> Hi, my mom Rosa Delgado had her colonoscopy today. When can she go back on her blood "
        "thinner? And can she take something for the cramps?\n> Thank you, Lucia\n",
    ),
    Spec(
        phi=True,
        category="first name plus result to relative gmail",
        notes="Hard positive: only a first name, a biopsy result and a repeat interval, sent to "
        "a spouse's personal address.",
        frm=f"Carmen Lisowski <clisowski@{VDH}>",
        to="kenneth.baptiste@gmail.com",
        subject="Marjorie",
        body="Hi Ken,\n\nDr. Haddad asked me to let you know the biopsies came back with no "
        "dysplasia, so the Barrett's is stable. He'd like to repeat the scope in 3 years and "
        "keep her on the omeprazole 40 once a day.\n\nTake care,\nCarmen\n",
    ),
    Spec(
        phi=True,
        category="initials plus DOB list to anesthesia group",
        notes="Hard positive: a list with only initials and dates of birth against procedures "
        "and ASA class.",
        frm=f"Endo Charge RN <endocharge@{VDH}>",
        to="preop@lakeshoreanes.com",
        subject="ASA 3s for Monday",
        body="Flagging Monday's higher-risk cases for your pre-calls:\n\n"
        "K.T.  03/14/1961  EGD/colon   ASA 3 - OSA on CPAP, BMI 44\n"
        "A.M.  11/02/1949  ERCP        ASA 3 - CKD 3b, on apixaban (held)\n"
        "R.V.  07/29/1955  EUS         ASA 3 - CHF EF 35%\n\nThanks\n",
    ),
    Spec(
        phi=True,
        category="Mrs. K room number med change",
        notes="Hard positive: 'Mrs. K' and a room number with a mesalamine/budesonide change.",
        frm=f"Dr. Adaeze Okafor <aokafor@{VDH}>",
        to=f"ibd-nurses@{VDH}",
        subject="Mrs. K in 12",
        body="Mrs. K in 12 - drop mesalamine to 2.4 g daily (she's nauseated), add budesonide "
        "MMX 9 mg qAM x 8 wks. Recheck CBC/CMP in 2 weeks. Tell her to call if more than 6 BMs "
        "a day.\n\nAO\n",
    ),
    Spec(
        phi=True,
        category="XLSX multi-sheet claim lines with member ids",
        notes="Hard positive: a reconciliation workbook with member ids, dates of service and "
        "CPT claim lines; body generic.",
        frm=f"Regina Szabo <rszabo@{VDH}>",
        to="provider.recon@badgerstatehealthplan.com",
        subject="Q3 underpayment recon",
        body="Hi Ahmed,\n\nAs discussed, the workbook lists the lines we believe were paid under "
        "contract. Second tab has the contract rates.\n\nRegina\n",
        atts=(
            Att(
                "VDH_Q3_recon.xlsx",
                XLSX,
                xlsx(
                    {
                        "Lines": [
                            ["Member ID", "Patient", "DOS", "CPT", "Billed", "Paid"],
                            ["BSH7719034", "Harlan Petrosyan", "2026-07-14", "45380", 1620, 410],
                            ["BSH7720581", "Wen-Li Zhou", "2026-08-02", "43239", 1210, 288],
                            ["BSH7731166", "Odette Marchand", "2026-09-19", "45385", 1840, 455],
                        ],
                        "Contract": [
                            ["CPT", "Rate"],
                            ["45380", 612],
                            ["43239", 498],
                            ["45385", 640],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PHI only in PNG file name",
        notes="Hard positive: the photo's file name carries the patient's name and the finding; "
        "the body says only 'pic from today'.",
        frm=f"Dr. Adaeze Okafor <aokafor@{VDH}>",
        to="dr.whitfield@lakeviewcolorectal.com",
        subject="pic from today",
        body="pic from today, see what you think. can you see her next week?\n\nA\n",
        atts=(
            Att("hollis_deanna_perianal_fistula_1110.png", "image/png", png(6, 6, (180, 90, 90))),
        ),
    ),
    Spec(
        phi=True,
        category="ICS appointment invite to patient",
        notes="Calendar invite for a colonoscopy to the patient's personal address; name in "
        "the summary.",
        frm=f"Endoscopy Scheduling <endoscheduling@{VDH}>",
        to="bart.nguyen.1962@yahoo.com",
        subject="Invitation: Colonoscopy - Bartholomew Nguyen @ Mon Nov 23 8:15am",
        body="Your procedure has been scheduled. Please accept to add it to your calendar.\n",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//VDH//Scheduling//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:vdh-sched-558120@valleydigestive.com\r\n"
            "DTSTAMP:20261110T150000Z\r\nDTSTART:20261123T141500Z\r\nDTEND:20261123T153000Z\r\n"
            "SUMMARY:Colonoscopy - Bartholomew Nguyen (Dr. Haddad)\r\n"
            "LOCATION:VDH Endoscopy Center\\, 2200 Fernbrook Pkwy\\, Suite 300\r\n"
            "DESCRIPTION:Split-dose prep. Clear liquids all day Sunday. Driver required.\r\n"
            "ORGANIZER:mailto:endoscheduling@valleydigestive.com\r\n"
            "ATTENDEE:mailto:bart.nguyen.1962@yahoo.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=True,
        category="forwarded portal message",
        notes="Forwarded (message/rfc822) portal message where the patient describes bleeding "
        "after a polypectomy.",
        frm=f"Tess Marchetti <tmarchetti@{VDH}>",
        to=f"Dr. Samir Haddad <shaddad@{VDH}>",
        subject="Fwd: portal msg",
        body="see below, came in overnight. want me to have her come in?\n",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="MyVDH Portal <noreply@valleydigestive.com>",
            to=f"gi-clinic-pool@{VDH}",
            subject="New message from Priyanka Sethuraman (MRN VDH601552)",
            body="Since my polyp removal on Friday I have had some bright red blood with two "
            "bowel movements today. No dizziness. Should I be worried?\n",
        ),
    ),
    Spec(
        phi=True,
        category="ZIP of pathology reports",
        notes="A zip of named pathology report texts sent to an outside oncologist.",
        frm=f"Medical Records <him@{VDH}>",
        to="intake@northshoreoncology.com",
        subject="records for 11/17 new patient",
        body="Attached per the signed release. Password not required, sent over TLS.\n\n"
        "HIM Department\n",
        atts=(
            Att(
                "records.zip",
                "application/zip",
                zipped(
                    {
                        "path_2026-10-28_Kaczmarek_Stanislaw.txt": "SUMMIT PATHOLOGY\nPatient: "
                        "Kaczmarek, Stanislaw  DOB 02/11/1952  MRN VDH339017\nDiagnosis: "
                        "Rectum, 8 cm mass, biopsy: invasive adenocarcinoma, moderately "
                        "differentiated. MMR proteins intact.\n",
                        "ct_2026-11-02_Kaczmarek.txt": "CT A/P: 4.1 cm rectal wall thickening, "
                        "2 perirectal nodes, no liver lesions.\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PHI only in PDF file name",
        notes="Hard positive: the PDF is a generic instruction sheet; its file name holds the "
        "patient name and MRN.",
        frm=f"Endo Recovery <endorecovery@{VDH}>",
        to="hvasquez.home@outlook.com",
        subject="your instructions",
        body="Hello,\n\nAs promised, a copy of the sheet we went over before you left.\n\n"
        "Endoscopy Recovery\n",
        atts=(
            Att(
                "Vasquez_Hector_MRN448907_discharge.pdf",
                "application/pdf",
                pdf(
                    [
                        "VALLEY DIGESTIVE HEALTH ENDOSCOPY CENTER",
                        "After your procedure",
                        "- Do not drive or sign legal papers for 24 hours.",
                        "- Bloating is normal; walking helps.",
                        "- Call (555) 214-7700 for fever, severe pain or more than a "
                        "tablespoon of blood.",
                    ],
                    "After your procedure",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="PHI only in subject to PCP",
        notes="Hard positive: subject carries the name and hepatitis C result; body is 'fyi'.",
        frm=f"Dr. Samir Haddad <shaddad@{VDH}>",
        to="dr.mbeki@brookfieldfamilymed.com",
        subject="Farouk Haddadin - HCV RNA undetectable at SVR12",
        body="fyi\n\nSam\n",
    ),
    Spec(
        phi=True,
        category="HTML-only appointment reminder",
        notes="HTML-only reminder naming the patient, the procedure and the prep.",
        frm=f"VDH Reminders <reminders@{VDH}>",
        to="oksana.melnyk88@hotmail.com",
        subject="Reminder: upcoming appointment",
        body="",
        html="<html><body><p>Dear Oksana Melnyk,</p><p>This is a reminder of your "
        "<b>upper endoscopy (EGD)</b> on <b>Wednesday, November 18 at 9:30 AM</b> with "
        "Dr. Lucia Ferraro.</p><ul><li>Nothing to eat after midnight</li><li>Hold your "
        "semaglutide injection for 7 days before</li></ul><p>Valley Digestive Health</p>"
        "</body></html>",
    ),
    Spec(
        phi=True,
        category="prior auth letter DOCX",
        notes="Letter of medical necessity (DOCX) with member id, diagnosis and failed therapies.",
        frm=f"Prior Auth Team <priorauth@{VDH}>",
        to="pharmacy.pa@badgerstatehealthplan.com",
        subject="Appeal - ref PA-2026-118409",
        body="Please find the letter of medical necessity attached for the referenced denial."
        "\n\nPrior Authorization, Valley Digestive Health\nFax (555) 214-7799\n",
        atts=(
            Att(
                "LMN_PA-2026-118409.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Valley Digestive Health - Letter of Medical Necessity",
                        "Re: Jerome Castellano, DOB 05/30/1988, Member ID BSH8830215",
                        "Mr. Castellano has moderate-to-severe ulcerative pancolitis (K51.00) "
                        "with inadequate response to mesalamine and to infliximab with "
                        "antibodies. We request approval of upadacitinib 45 mg daily induction.",
                        "Adaeze Okafor, MD, NPI 1955234657",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="lowercase family name, social work voucher",
        notes="Hard positive: lower-case family name with 'infusion days' and a transport "
        "voucher; social worker to a community agency.",
        frm=f'"Graciela Montoya, LCSW" <gmontoya@{VDH}>',
        to="vouchers@countyrideassist.org",
        subject="ruiz family - voucher for infusion days",
        body="Hi Pat,\n\nCould you renew the ruiz voucher (Ernesto, 44 Cedar Bluff Rd) for "
        "the next 3 months? He comes in every 8 weeks for infusions, next one 12/3. Wife "
        "doesn't drive.\n\nThanks so much,\nGraciela\nSocial Work\n",
    ),
    Spec(
        phi=True,
        category="scheduler sedation change by surname",
        notes="Hard positive: a surname, a procedure room slot and a sedation change.",
        frm=f"Tess Marchetti <tmarchetti@{VDH}>",
        to=f"endoscheduling@{VDH}",
        subject="hollister",
        body="can you move hollister to the 2pm rm 2 slot on the 20th? needs MAC not moderate "
        "(failed conscious sedation last time). -T\n",
    ),
]
