"""Lanternbrook Children's Hospital NICU Family Support Office: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

FSO = "NICU Family Support <nicufamilies@lanternbrookchildrens.org>"
SIG = "\n\nNICU Family Support Office\nLanternbrook Children's Hospital, 3rd floor West\n(617) 555-0120"

MESSAGES = [
    Spec(
        phi=True,
        category="parent update on infant weight gain",
        notes="Update to a mother's gmail naming her twins, their NICU stay, weights and feeding plan.",
        frm="Corinne Abate <cabate@lanternbrookchildrens.org>",
        to="jess.okonkwo88@gmail.com",
        subject="Quick update on Amara and Ike",
        body="Hi Jessica,\n\nAs promised after rounds: Amara is up to 1,640 g and tolerating full feeds of fortified donor milk; Ike had one more brady episode overnight so the team is holding his caffeine wean until Thursday. Both are still in pod C, beds 14 and 15.\n\nCorinne Abate, MSW\nNICU Social Work"
        + SIG,
    ),
    Spec(
        phi=False,
        category="parent support group schedule",
        notes="General schedule of the parent coffee hour sent to a parent list; no infant or health detail about anyone.",
        frm=FSO,
        to="nicu-parents-announce@lanternbrookchildrens.org",
        subject="Parent coffee hour moves to Wednesdays",
        body="Hello families,\n\nStarting May 13 our parent coffee hour moves to Wednesdays 10:00-11:00 in the Family Lounge (3 West). Grandparents and siblings over 12 are welcome. Snacks from the volunteer auxiliary as always."
        + SIG,
    ),
    Spec(
        phi=True,
        category="parking voucher request naming family in NICU",
        notes="Hard positive: a parking validation request to the garage vendor names a parent and says her baby is in the NICU, revealing the infant's admission.",
        frm="Dolores Reyes <dreyes@lanternbrookchildrens.org>",
        to="validations@parkwayparkingsolutions.com",
        subject="Extended parking pass - Pham family",
        body="Hi team,\n\nPlease load a 30-day pass on plate 7KLM442 (MA) for Linh Pham. Her son has been in our NICU since April 22 and is expected to stay several more weeks, so she qualifies for the long-stay rate billed to our office cost center 4410.\n\nThanks,\nDolores",
    ),
    Spec(
        phi=False,
        category="garage vendor monthly invoice approval",
        notes="Hard negative: approval of the parking vendor's invoice with voucher counts and a PO number; no family identified.",
        frm="Dolores Reyes <dreyes@lanternbrookchildrens.org>",
        to="billing@parkwayparkingsolutions.com",
        subject="RE: Invoice 22817 - April validations",
        body="Approved. April: 212 daily validations, 18 thirty-day passes, total $6,342.00. Please reference PO 441-20-7781 on the remittance. Payment runs on the 20th.\n\nDolores Reyes\nFamily Support Office Coordinator",
    ),
    Spec(
        phi=True,
        category="texting-style bed status to lactation",
        notes="Hard positive: terse note with bed number, infant initials-plus-surname and pumping issue; identifies a NICU patient and mother's care.",
        frm="Tanya Boateng <tboateng@lanternbrookchildrens.org>",
        to="lactation@lanternbrookchildrens.org",
        subject="bed 9",
        body="bed 9 baby boy Castellanos mom pumping only 20ml/day, cracked nipples, asked for a consult before 2pm. She's in the family lounge now. thx -T",
    ),
    Spec(
        phi=False,
        category="lactation room cleaning notice",
        notes="Staff/facilities notice about the pumping room closure; no patient.",
        frm="Tanya Boateng <tboateng@lanternbrookchildrens.org>",
        to="nicu-staff@lanternbrookchildrens.org",
        subject="Pumping room 3W-114 closed Tues 7-9am",
        body="EVS will be deep cleaning and replacing the hospital-grade pumps in 3W-114 on Tuesday 7-9am. Please direct parents to 3W-120 in the meantime.",
    ),
    Spec(
        phi=True,
        category="discharge teaching packet PDF",
        notes="PDF discharge packet to a father's yahoo naming the infant, date of birth, gestational age, home oxygen and follow-up appointments.",
        frm=FSO,
        to="marcus.delacroix@yahoo.com",
        subject="Going-home packet",
        body="Hi Marcus,\n\nAttached is the going-home packet we reviewed at the bedside today. Bring it to the pediatrician visit."
        + SIG,
        atts=(
            Att(
                "GoingHome_Delacroix_Noelle.pdf",
                "application/pdf",
                pdf(
                    [
                        "LANTERNBROOK CHILDREN'S HOSPITAL - NICU GOING-HOME PLAN",
                        "Infant: Noelle Delacroix   DOB 03/02/2026   MRN 20417736",
                        "Born at 27 weeks; corrected age at discharge 37 weeks",
                        "Home oxygen 1/8 L nasal cannula; apnea monitor (serial AM-55102)",
                        "Follow-up: ROP eye exam 05/19/2026; Pulmonary clinic 05/27/2026",
                        "Car seat test passed 05/08/2026",
                    ],
                    "Going home plan",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank going-home checklist template",
        notes="Hard negative: blank discharge checklist PDF template with placeholder fields, no infant named.",
        frm="Renata Fogg <rfogg@lanternbrookchildrens.org>",
        to="nicu-charge-rns@lanternbrookchildrens.org",
        subject="Updated going-home checklist (v7)",
        body="Attached is version 7 of the checklist; changes: car seat test line moved up, CPR class line added. Please recycle old paper copies.\n\nRenata Fogg, RN\nNICU Discharge Coordinator",
        atts=(
            Att(
                "GoingHome_checklist_v7.pdf",
                "application/pdf",
                pdf(
                    [
                        "LANTERNBROOK CHILDREN'S HOSPITAL - NICU GOING-HOME CHECKLIST v7",
                        "Infant name: ______________  MRN: __________  DOB: __________",
                        "[ ] Car seat tolerance test   [ ] Hearing screen   [ ] CCHD screen",
                        "[ ] Parent CPR class   [ ] Pediatrician chosen   [ ] Follow-up booked",
                    ],
                    "Checklist template",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Ronald McDonald House referral",
        notes="Hard positive: lodging referral to an outside house names the family and infant's cardiac surgery and expected stay.",
        frm="Corinne Abate <cabate@lanternbrookchildrens.org>",
        to="referrals@rmh-bostonharbor.org",
        subject="Referral - Kowalczyk family",
        body="Hello,\n\nReferring Agnieszka and Piotr Kowalczyk (cell 617-555-0187) from Fall River. Their daughter Zofia, born 05/04/2026, is in our NICU awaiting repair of hypoplastic left heart on 05/14; expected stay 6-8 weeks. They are driving 90 minutes each way.\n\nCorinne Abate, MSW",
    ),
    Spec(
        phi=False,
        category="lodging partner quarterly numbers",
        notes="Hard negative: aggregate lodging referral counts by quarter, no family named.",
        frm="Corinne Abate <cabate@lanternbrookchildrens.org>",
        to="director@rmh-bostonharbor.org",
        subject="Q1 referral numbers",
        body="Hi Gail,\n\nQ1 totals from our side: 41 NICU families referred, 33 placed, median stay 19 nights, 6 families from out of state. Cardiac surgery families were 14 of the 41. Happy to talk about the overflow agreement next week.\n\nCorinne",
    ),
    Spec(
        phi=True,
        category="census workbook to social work team",
        notes="Hard positive: multi-sheet census workbook with infant names, MRNs, diagnoses and family needs.",
        frm="Corinne Abate <cabate@lanternbrookchildrens.org>",
        to="nicu-socialwork@lanternbrookchildrens.org",
        subject="Weekly psychosocial census",
        body="Team, this week's census is attached. Please update the Needs tab before Friday's huddle.",
        atts=(
            Att(
                "NICU_psychosocial_census_0511.xlsx",
                XLSX,
                xlsx(
                    {
                        "Census": [
                            ["Bed", "Infant", "MRN", "GA wk", "Dx"],
                            ["C14", "Okonkwo, Amara", "20418852", 30, "Prematurity, RDS"],
                            ["C15", "Okonkwo, Ike", "20418853", 30, "Prematurity, apnea"],
                            ["A3", "Kowalczyk, Zofia", "20421190", 39, "HLHS"],
                            ["B9", "Castellanos, Baby Boy", "20422014", 34, "NAS"],
                        ],
                        "Needs": [
                            ["Infant", "Need", "Owner"],
                            ["Kowalczyk, Zofia", "Lodging, gas cards", "CA"],
                            [
                                "Castellanos, Baby Boy",
                                "DCF 51A filed; mother in methadone program",
                                "TB",
                            ],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="aggregate length-of-stay dashboard",
        notes="Hard negative: multi-sheet workbook of monthly admissions and median length of stay by gestational-age band; aggregate only.",
        frm="Henry Lau <hlau@lanternbrookchildrens.org>",
        to="nicu-leadership@lanternbrookchildrens.org",
        subject="April NICU dashboard",
        body="April dashboard attached. Admissions down slightly; LOS for 28-31 wk band improved.\n\nHenry Lau\nQuality Analyst",
        atts=(
            Att(
                "NICU_dashboard_2026-04.xlsx",
                XLSX,
                xlsx(
                    {
                        "Admissions": [
                            ["Month", "Admits", "Transfers in"],
                            ["2026-03", 58, 11],
                            ["2026-04", 54, 9],
                        ],
                        "LOS_by_GA": [
                            ["GA band", "Median LOS", "n"],
                            ["<28 wk", 84, 6],
                            ["28-31 wk", 41, 12],
                            ["32-36 wk", 14, 29],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded transport note to family advocate",
        notes="Hard positive: forwarded transport team email names the infant, the transfer from an outside hospital and the diagnosis.",
        frm="Dolores Reyes <dreyes@lanternbrookchildrens.org>",
        to="Sam Whitfield <swhitfield@lanternbrookchildrens.org>",
        subject="FW: incoming transfer tonight",
        body="Sam - family arriving tonight from the Cape, please meet them in the lobby with a welcome bag. Details below.",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="Transport Team <transport@lanternbrookchildrens.org>",
            to="nicu-charge-rns@lanternbrookchildrens.org",
            subject="Incoming: Baby Girl Haddad from Cape Cod Hospital",
            body="ETA 21:30. Baby Girl Haddad, DOB 05/10/2026, 36 wk, suspected congenital diaphragmatic hernia, intubated. Mother Rania Haddad discharging from Cape Cod tomorrow; father Omar driving up.",
        ),
    ),
    Spec(
        phi=False,
        category="forwarded staff recognition",
        notes="Hard negative: forwarded thank-you praising a transport nurse by name; no patient details.",
        frm="Dolores Reyes <dreyes@lanternbrookchildrens.org>",
        to="nicu-staff@lanternbrookchildrens.org",
        subject="FW: thank you to the transport team",
        body="Sharing this lovely note with everyone.",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Patient Experience <experience@lanternbrookchildrens.org>",
            to="dreyes@lanternbrookchildrens.org",
            subject="Kudos - Brianna Tolliver RN",
            body="A family wrote in to say Brianna Tolliver from the transport team was calm, kind and explained every step. We are adding her to the May DAISY nominations.",
        ),
    ),
    Spec(
        phi=True,
        category="bereavement mailing list update",
        notes="Hard positive: memorial card list to a print vendor with parents' names, home addresses and the infant's date of death.",
        frm="Sam Whitfield <swhitfield@lanternbrookchildrens.org>",
        to="orders@keepsakecardpress.com",
        subject="Remembrance card mailing - June",
        body="Please print and mail the June remembrance cards to the families below (same design as last year).",
        atts=(
            Att(
                "remembrance_june.csv",
                "text/csv",
                "parent_names,address,infant_first_name,date_of_death\n"
                "Kendra and Luis Ortega,44 Maple Ter Quincy MA 02169,Mateo,2025-06-03\n"
                "Hannah Brody,9 Ellery St Apt 2 Cambridge MA 02138,Eli,2025-06-17\n"
                "Dwayne and Alicia Faulk,120 Bay Rd Easton MA 02356,Journee,2025-06-22\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="remembrance ceremony invitation",
        notes="Hard negative: calendar invitation to an annual memorial event sent to a general list; no family or infant named.",
        frm=FSO,
        to="nicu-alumni-families@lanternbrookchildrens.org",
        subject="Invitation: Light of Remembrance ceremony",
        body="Families, staff and friends are invited to our annual Light of Remembrance ceremony in the hospital garden. RSVP is not required."
        + SIG,
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lanternbrook//NICU//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:remembrance-2026@lanternbrookchildrens.org\r\nDTSTAMP:20260508T140000Z\r\nDTSTART:20260613T220000Z\r\nDTEND:20260613T233000Z\r\nSUMMARY:Light of Remembrance ceremony\r\nLOCATION:Healing Garden, Lanternbrook Children's Hospital\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="HL7 ADT feed sample to family app vendor",
        notes="Hard positive: HL7 ADT message sent to a vendor contains infant name, MRN, DOB, NICU location and admitting diagnosis.",
        frm="Henry Lau <hlau@lanternbrookchildrens.org>",
        to="integration@carebridgefamilyapp.com",
        subject="ADT sample for bed-board feed",
        body="Attached is one real message from last night so you can test the parser against our segment order. Please delete after testing.",
        atts=(
            Att(
                "adt_a01_sample.hl7",
                "application/hl7-v2",
                "MSH|^~\\&|EPIC|LBCH|CAREBRIDGE|CB|202605102214||ADT^A01|88102|P|2.5\r"
                "PID|1||20422361^^^LBCH^MR||Nakamura^Baby Boy||20260510|M|||18 Linden St^^Brookline^MA^02446\r"
                "PV1|1|I|NICU^A7^1||||1648293755^Ferrante^Lucia^^^MD\r"
                "DG1|1||P07.14^Other low birth weight newborn, 1000-1249 grams^I10\r",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="vendor interface spec with fictional data",
        notes="Hard negative: interface spec text file with clearly fictional test patient (TEST^PATIENT) and field descriptions.",
        frm="Henry Lau <hlau@lanternbrookchildrens.org>",
        to="integration@carebridgefamilyapp.com",
        subject="Field mapping notes",
        body="Mapping notes attached. Use the synthetic TEST^PATIENT record from our test environment only.",
        atts=(
            Att(
                "field_mapping.txt",
                "text/plain",
                "PID-3 MRN (8 digits, LBCH assigning authority)\nPID-5 name; newborns arrive as Baby Boy/Baby Girl + surname\nPV1-3 unit^room^bed\nTest record: PID|1||00000001^^^LBCH^MR||TEST^PATIENT||20000101|U\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="FHIR bundle to early intervention referral",
        notes="Hard positive: FHIR Patient and Condition resources sent to the EI programme for a referral: name, birth date, extreme prematurity.",
        frm="Renata Fogg <rfogg@lanternbrookchildrens.org>",
        to="intake@thistlevalleyei.org",
        subject="EI referral (FHIR export)",
        body="Please find the automated referral export for an infant discharging Friday. Parents consented on 05/07.",
        atts=(
            Att(
                "ei_referral_bundle.json",
                "application/fhir+json",
                '{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Patient", "identifier": [{"system": "urn:lbch:mrn", "value": "20409915"}], "name": [{"family": "Gutierrez", "given": ["Santiago"]}], "birthDate": "2026-01-29"}}, {"resource": {"resourceType": "Condition", "code": {"text": "Extreme prematurity, 25 weeks; grade III IVH"}, "subject": {"reference": "Patient/20409915"}}}]}',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="FHIR capability statement",
        notes="Hard negative: FHIR CapabilityStatement JSON describing the endpoint; no patient data.",
        frm="Henry Lau <hlau@lanternbrookchildrens.org>",
        to="tech@thistlevalleyei.org",
        subject="Our FHIR endpoint capabilities",
        body="As discussed, here is our capability statement so you can configure the referral receiver.",
        atts=(
            Att(
                "capability.json",
                "application/fhir+json",
                '{"resourceType": "CapabilityStatement", "status": "active", "kind": "instance", "fhirVersion": "4.0.1", "format": ["json"], "rest": [{"mode": "server", "resource": [{"type": "Patient"}, {"type": "Condition"}, {"type": "ServiceRequest"}]}]}',
            ),
        ),
    ),
    Spec(
        phi=True,
        category="photo of infant for milestone board",
        notes="Hard positive: infant's photo sent with full name and NICU graduation date; full-face photo plus care.",
        frm=FSO,
        to="alicia.faulk@icloud.com",
        subject="Photo for the graduation wall",
        body="Hi Alicia,\n\nHere is the photo of Journee's sister Nia we took on her NICU graduation day (May 6) after 71 days with us. We'd love your OK to post it on the milestone wall."
        + SIG,
        atts=(Att("Nia_Faulk_NICU_grad_0506.png", "image/png", png(6, 6, (230, 190, 170))),),
    ),
    Spec(
        phi=False,
        category="logo artwork for family newsletter",
        notes="Hard negative: PNG logo artwork sent to a designer; no person.",
        frm="Sam Whitfield <swhitfield@lanternbrookchildrens.org>",
        to="studio@brightleafdesign.co",
        subject="Logo for the family newsletter",
        body="Attached the lantern logo in the teal we use. Could you do a banner for the summer issue?",
        atts=(Att("lantern_logo_teal.png", "image/png", png(8, 4, (20, 140, 140))),),
    ),
    Spec(
        phi=True,
        category="HTML meal voucher confirmation",
        notes="Hard positive: HTML-only confirmation to the cafeteria naming a mother and her NICU infant's bed.",
        frm=FSO,
        to="cafe-manager@lanternbrookchildrens.org",
        subject="Meal vouchers issued",
        body="",
        html="<html><body><p>Vouchers issued today:</p><table border='1'><tr><th>Parent</th><th>Infant / bed</th><th>Vouchers</th></tr><tr><td>Rania Haddad</td><td>Baby Girl Haddad, NICU A2 (CDH)</td><td>14</td></tr><tr><td>Linh Pham</td><td>Bao Pham, NICU B4</td><td>7</td></tr></table></body></html>",
    ),
    Spec(
        phi=False,
        category="HTML family newsletter",
        notes="Hard negative: HTML-only newsletter on kangaroo care and breastfeeding benefits; health topics with no individual.",
        frm=FSO,
        to="nicu-alumni-families@lanternbrookchildrens.org",
        subject="NICU Family News - May",
        body="",
        html="<html><body><h1>NICU Family News</h1><p>Skin-to-skin (kangaroo) care helps premature babies regulate temperature and heart rate. Ask your nurse about starting.</p><p>Donor milk from Rosewater Mothers' Milk Bank is available to infants under 34 weeks.</p></body></html>",
    ),
    Spec(
        phi=True,
        category="C-CDA discharge summary to pediatrician",
        notes="C-CDA discharge summary sent to the community pediatrician with the infant's name, birth date and diagnoses.",
        frm="Renata Fogg <rfogg@lanternbrookchildrens.org>",
        to="records@northshorepeds.com",
        subject="Discharge summary for new patient",
        body="Attached the CCD for an infant going home tomorrow who will establish care with Dr. Amin.",
        atts=(
            Att(
                "ccd_delacroix.xml",
                "application/xml",
                '<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><title>NICU Discharge Summary</title><recordTarget><patientRole><id extension="20417736" root="2.16.840.1.113883.19.5"/><patient><name><given>Noelle</given><family>Delacroix</family></name><birthTime value="20260302"/></patient></patientRole></recordTarget><component><section><title>Problems</title><text>Prematurity 27 wk; bronchopulmonary dysplasia on home O2; ROP stage 2</text></section></component></ClinicalDocument>',
            ),
        ),
    ),
    Spec(
        phi=False,
        category="neonatology staff directory with NPIs",
        notes="Hard negative: directory of neonatologists with specialties and NPIs; clinician identifiers are not PHI.",
        frm="Henry Lau <hlau@lanternbrookchildrens.org>",
        to="credentialing@carebridgefamilyapp.com",
        subject="Attending list for provider directory",
        body="Attendings to show in the app's care-team screen:\n\nLucia Ferrante, MD - Neonatology - NPI 1648293755\nOwen Achterberg, MD - Neonatology - NPI 1329574085\nPriya Venkataraman, DO - Neonatal-Perinatal Medicine - NPI 1577309267",
    ),
    Spec(
        phi=True,
        category="gas card ledger with MRNs",
        notes="Hard positive: gas card disbursement list with parent names and infant MRNs sent to finance.",
        frm="Dolores Reyes <dreyes@lanternbrookchildrens.org>",
        to="ap@lanternbrookchildrens.org",
        subject="Gas card reconciliation",
        body="Reconciliation for the $25 gas cards:\n\nCard 0193 - Agnieszka Kowalczyk - infant MRN 20421190\nCard 0194 - Linh Pham - infant MRN 20422120\nCard 0195 - Omar Haddad - infant MRN 20422575\n\nFund 7702 (Family Assistance).",
    ),
    Spec(
        phi=False,
        category="gas card fund balance summary",
        notes="Hard negative: fund balance and card counts with no family or infant identifiers.",
        frm="Dolores Reyes <dreyes@lanternbrookchildrens.org>",
        to="foundation@lanternbrookchildrens.org",
        subject="Family Assistance fund - balance",
        body="Fund 7702 balance as of 5/8: $3,115. We issued 64 gas cards and 220 meal vouchers in April. The Golf Classic gift should cover us through August.",
    ),
    Spec(
        phi=True,
        category="interpreter request for family meeting",
        notes="Interpreter booking names the parents, the infant and the family meeting about a tracheostomy decision.",
        frm="Corinne Abate <cabate@lanternbrookchildrens.org>",
        to="interpreters@lanternbrookchildrens.org",
        subject="Portuguese interpreter Thurs 2pm",
        body="Need an in-person Brazilian Portuguese interpreter Thursday 5/14 2:00-3:30 in NICU conference room B. Family meeting with the Ferreira parents (Juliana and Thiago) about tracheostomy for their son Davi, MRN 20415508.",
    ),
    Spec(
        phi=False,
        category="interpreter services policy reminder",
        notes="Policy reminder about using qualified interpreters; no patient.",
        frm="Renata Fogg <rfogg@lanternbrookchildrens.org>",
        to="nicu-staff@lanternbrookchildrens.org",
        subject="Reminder: qualified interpreters for family meetings",
        body="Per policy PC-114, family members (including older siblings) may not interpret at care conferences. Book via ext. 5-0133 at least 24 hours ahead.",
    ),
    Spec(
        phi=True,
        category="CPR class roster with infant diagnoses",
        notes="Hard positive: class roster docx lists parents with their infants' conditions (home oxygen, trach).",
        frm="Renata Fogg <rfogg@lanternbrookchildrens.org>",
        to="ahainstructors@lanternbrookchildrens.org",
        subject="Infant CPR class roster 5/16",
        body="Roster attached. Two families need the trach-specific module.",
        atts=(
            Att(
                "CPR_roster_0516.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Infant CPR for NICU parents - Saturday 5/16 9:00",
                        "Marcus Delacroix - infant Noelle (home oxygen)",
                        "Juliana Ferreira, Thiago Ferreira - infant Davi (tracheostomy, trach module)",
                        "Jessica Okonkwo - twins Amara and Ike (apnea monitor)",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="CPR instructor schedule",
        notes="Hard negative: instructor rota docx naming staff only.",
        frm="Renata Fogg <rfogg@lanternbrookchildrens.org>",
        to="ahainstructors@lanternbrookchildrens.org",
        subject="Instructor rota June",
        body="June rota attached; swap among yourselves and let me know.",
        atts=(
            Att(
                "CPR_instructor_rota_June.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "June 6 - Brianna Tolliver, RN",
                        "June 13 - Kevin Osei, RRT",
                        "June 20 - Renata Fogg, RN",
                        "June 27 - Kevin Osei, RRT",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="zip of sibling program consent forms",
        notes="Hard positive: zip of signed consent text files naming siblings, parents and the NICU patient.",
        frm="Sam Whitfield <swhitfield@lanternbrookchildrens.org>",
        to="childlife@lanternbrookchildrens.org",
        subject="Sibling visit consents",
        body="Scanned consents for this week's sibling visits, as text exports.",
        atts=(
            Att(
                "sibling_consents.zip",
                "application/zip",
                zipped(
                    {
                        "okonkwo.txt": "Sibling: Chidi Okonkwo, age 5. Visiting twins Amara and Ike Okonkwo, NICU C14/C15. Parent: Jessica Okonkwo. Signed 05/09/2026.",
                        "gutierrez.txt": "Sibling: Lucia Gutierrez, age 8. Visiting Santiago Gutierrez, NICU A5. Vaccines up to date. Parent: Marisol Gutierrez.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="zip of volunteer training slides",
        notes="Hard negative: zip of volunteer orientation material with fictional example family.",
        frm="Sam Whitfield <swhitfield@lanternbrookchildrens.org>",
        to="volunteers@lanternbrookchildrens.org",
        subject="Cuddler orientation materials",
        body="Orientation handouts zipped. The case example uses the made-up 'Baby Doe' family from the training manual.",
        atts=(
            Att(
                "cuddler_orientation.zip",
                "application/zip",
                zipped(
                    {
                        "handwashing.txt": "Scrub 3 minutes at the sink before entering the unit.",
                        "scenario.txt": "Example: Baby Doe (fictional) is fussy after feeds. What should the cuddler do? Answer: hold upright, call the nurse if colour changes.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="father's outlook reply about withdrawal symptoms",
        notes="Reply to a father's outlook mailbox about his son's neonatal abstinence scoring and morphine wean.",
        frm="Tanya Boateng <tboateng@lanternbrookchildrens.org>",
        to="d.castellanos@outlook.com",
        subject="RE: how is he doing",
        body="Hi Diego,\n\nYour son had a good night: his withdrawal scores stayed under 8 and the team lowered his morphine again this morning. Holding and quiet time are really helping. You can call the bedside any time at 617-555-0129.\n\nTanya Boateng, RN",
    ),
    Spec(
        phi=False,
        category="donation thank-you to community donor",
        notes="Hard negative: thank-you to a donor's personal mailbox naming the donor; donation to NICU families, no health information about the donor.",
        frm=FSO,
        to="bettyjoquilts@aol.com",
        subject="Thank you for the quilts!",
        body="Dear Betty Jo,\n\nThank you and the Weymouth Quilt Guild for the 40 isolette covers. Families were thrilled with the colours."
        + SIG,
    ),
    Spec(
        phi=False,
        category="CE course on neonatal abstinence",
        notes="Hard negative: CE course announcement naming staff speakers and a disease topic; no patient.",
        frm="Renata Fogg <rfogg@lanternbrookchildrens.org>",
        to="nursing-education@lanternbrookchildrens.org",
        subject="CE: Eat, Sleep, Console for NAS - 2.0 contact hours",
        body="Speakers: Tanya Boateng, RN (NAS champion) and Dr. Owen Achterberg (neonatology). Topics: opioid exposure in pregnancy, ESC scoring, methadone vs buprenorphine dosing in mothers. June 3, 12:00-2:00, Auditorium B.",
    ),
]
