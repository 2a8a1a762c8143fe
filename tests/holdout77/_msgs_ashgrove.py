"""Outbound mail of Ashgrove Funeral Home and its bereavement service (38)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, png, xlsx, zipped
from _spec import Att, Spec

SIG = "\n\nAshgrove Funeral Home & Aftercare\n610 Mill Race Rd, Port Ellery, OH 45870 | 419-555-0160\nFamily-owned since 1952"

MESSAGES = [
    Spec(
        phi=True,
        category="death certificate medical certification request to physician",
        notes="PDF worksheet names the decedent with immediate and underlying causes of death for the physician to certify.",
        frm="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
        to="frontoffice@fenwickfamilymed.com",
        subject="Death certificate - medical certification needed (Doyle)",
        body="Dr. Sato's office,\n\nWe are serving the family of Francis Doyle, who died 03/17 under Willowmere Hospice care. Dr. Sato is listed as attending. The EDRS case is started; the attached worksheet shows what hospice gave us for the cause of death. Please certify in EDRS within 48 hours so the family can get certified copies."
        + SIG,
        atts=(
            Att(
                "DC_worksheet_Doyle_F.pdf",
                "application/pdf",
                pdf(
                    [
                        "ASHGROVE FUNERAL HOME - DEATH CERTIFICATE WORKSHEET (medical portion)",
                        "Decedent: Francis J. Doyle   DOB 07/19/1938   Date of death 03/17/2026 05:45",
                        "Place of death: Willowmere Hospice, Maple House inpatient unit, Fenwick OH",
                        "Part I (a) Congestive heart failure   (b) Ischemic cardiomyopathy",
                        "Part II: Chronic kidney disease stage 4; type 2 diabetes",
                        "Manner: Natural   Autopsy: No   Tobacco contributed: Probably",
                    ],
                    "DC worksheet",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bereavement check-in to widow mentioning her antidepressant",
        notes="Hard positive: the survivor's own health (insomnia, new sertraline) in a warm check-in to her personal mailbox.",
        frm='"Dana Reilly, Aftercare" <aftercare@ashgrovefuneralhome.com>',
        to="annette.lindqvist@comcast.net",
        subject="Checking in",
        body="Dear Annette,\n\nIt's been a little over a month and I wanted to see how you are. When we spoke at the service you mentioned you weren't sleeping and that Dr. Barros had started you on sertraline. I hope it has begun to help. If the nights are still hard, our Tuesday evening group is gentle and small, and there's no need to talk if you don't want to.\n\nThinking of you,\nDana Reilly\nAftercare Coordinator"
        + SIG,
    ),
    Spec(
        phi=True,
        category="grief counselling referral for teenage son",
        notes="Referral to a child therapist naming a 14-year-old, his grief inventory score and panic attacks.",
        frm='"Dana Reilly, Aftercare" <aftercare@ashgrovefuneralhome.com>',
        to="intake@lakeshorefamilycounseling.com",
        subject="Referral - adolescent grief",
        body="Hello,\n\nWith his mother's consent I'm referring Jordan Mercado, 14 (mother Lucia Mercado, 419-555-0171). His father died suddenly in January. On our adolescent grief inventory he scored 61 (high), he has had two panic attacks at school and has stopped playing soccer. Mom would like an evening appointment if possible. Medicaid (CareSource).\n\nThank you,\nDana Reilly, MA\nAftercare Coordinator",
    ),
    Spec(
        phi=True,
        category="pacemaker inquiry to hospice before cremation",
        notes="Hard positive: asks the hospice whether a named decedent had an implanted pacemaker/ICD and quotes a device serial number.",
        frm='"Marcus Bell, Funeral Director" <mbell@ashgrovefuneralhome.com>',
        to="records@willowmerehospice.org",
        subject="Implanted device? - Vasquez",
        body="Hi,\n\nWe received Hector Vasquez from Fenwick Manor last night (your patient, died 03/19). Family has chosen cremation. The manor's transfer sheet mentions a 'device, L chest, serial PJK601882H' but not whether it's a pacemaker or an ICD. If it's an ICD it needs to be deactivated before removal. Can your nurse confirm?\n\nMarcus Bell\nLicensed Funeral Director & Embalmer",
    ),
    Spec(
        phi=True,
        category="infection precautions note to trade embalmer",
        notes="Names a decedent and discloses hepatitis C and MRSA history to a contract embalmer.",
        frm='"Marcus Bell, Funeral Director" <mbell@ashgrovefuneralhome.com>',
        to="tradeprep@northernohioembalming.com",
        subject="Prep tomorrow 7 am - precautions",
        body="Rick,\n\nTomorrow 7 am: Mr. Benedict Okafor, 80, from Maple House. Hospice nurse says known hepatitis C and MRSA wound on the L heel, and he had pancreatic cancer with significant jaundice. Full PPE, and plan for the jaundice with your co-injection. Viewing Friday, open casket.\n\nMarcus",
    ),
    Spec(
        phi=True,
        category="cremation packet zip to county coroner",
        notes="Zip with the cremation authorisation and a medical summary stating cause of death for a named decedent.",
        frm='"Marcus Bell, Funeral Director" <mbell@ashgrovefuneralhome.com>',
        to="cremationreview@ellerycountycoroner.org",
        subject="Cremation permit request - case AFH-26-071",
        body="Please find the cremation packet for case AFH-26-071 attached for the coroner's review and permit."
        + SIG,
        atts=(
            Att(
                "AFH-26-071_cremation_packet.zip",
                "application/zip",
                zipped(
                    {
                        "cremation_authorization.txt": "Decedent: Rose Castellano. Authorizing agent: Paul Castellano (son). Date of death 03/04/2026.\nImplanted devices: none per hospice.",
                        "medical_summary.txt": "Cause of death: heart failure (I50.9), aortic stenosis. Attending: Dr. H. Sato. Under hospice care since 01/06/2026.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="hospice family list for joint memorial service",
        notes="CSV pairing decedents' names, dates of death and hospice care with next-of-kin contacts for a joint memorial.",
        frm='"Dana Reilly, Aftercare" <aftercare@ashgrovefuneralhome.com>',
        to="bereavement@willowmerehospice.org",
        subject="Families for the May remembrance service",
        body="Hi Priya's team,\n\nHere are the families we served this winter whose loved ones were on Willowmere, so we don't double-invite to the joint remembrance service.\n\nDana",
        atts=(
            Att(
                "joint_memorial_families.csv",
                "text/csv",
                "decedent,date_of_death,hospice_program,next_of_kin,nok_phone\nRose Castellano,2026-03-04,Home RHC,Paul Castellano,419-555-0174\nFrancis Doyle,2026-03-17,Maple House GIP,Kevin Doyle,419-555-0177\nBenedict Okafor,2026-03-19,Maple House GIP,Grace Okafor,419-555-0179\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="support group safety concern to consulting psychologist",
        notes="Hard positive: first name and surname initial of a group member with suicidal statements and alcohol use, sent to an outside psychologist.",
        frm='"Dana Reilly, Aftercare" <aftercare@ashgrovefuneralhome.com>',
        to="dr.feld@feldpsychservices.com",
        subject="Tuesday group - concern",
        body="Dr. Feld,\n\nAfter group tonight Gary T. (the widower from Dunmore, wife died of ALS in November) said he 'doesn't see the point of the next 20 years' and that he's drinking most nights. He denied a plan when I asked directly and agreed I could call you. His cell is 419-555-0183. Could you reach out tomorrow? I gave him the 988 number.\n\nDana",
    ),
    Spec(
        phi=True,
        category="obituary draft naming cause of illness sent to family",
        notes="Hard positive: obituary draft for approval names the decedent and her years with Alzheimer's disease and hospice care.",
        frm="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
        to="debbie.kessler.rn@gmail.com",
        subject="Draft for your review",
        body="Debbie, here is the draft from our conversation. Change anything you like.\n\n---\nRuth Ann Kessler, 94, of Fenwick, died peacefully March 18 at Willowmere's Maple House after living with Alzheimer's disease for nine years. A church organist for 50 years, Ruth... [family to complete]\n---\n\nOwen",
    ),
    Spec(
        phi=True,
        category="pre-need policy application noting client's terminal diagnosis",
        notes="Pre-need insurance application for a living client discloses his pancreatic cancer and hospice enrolment.",
        frm="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
        to="newbusiness@heartlandpreneedlife.com",
        subject="Pre-need app - Samir Haddad (graded benefit)",
        body="Hello,\n\nSubmitting a pre-need application for Samir Haddad, DOB 12/06/1951, 14 Quarry St, Fenwick OH. He answered YES to health question 2: diagnosed with pancreatic cancer in October 2025 and enrolled in hospice (Willowmere) this week, so please issue as graded/modified benefit. Single-pay $9,480. Signed application to follow by overnight.\n\nOwen Ashgrove"
        + SIG,
    ),
    Spec(
        phi=True,
        category="grief counselling intake DOCX to psychologist",
        notes="Intake form DOCX with the client's name, prior depression, medications and PHQ-9 score.",
        frm='"Dana Reilly, Aftercare" <aftercare@ashgrovefuneralhome.com>',
        to="dr.feld@feldpsychservices.com",
        subject="Intake for Thursday",
        body="Intake for your Thursday 4 pm attached. She signed the release.",
        atts=(
            Att(
                "intake_Mercado_L.docx",
                DOCX,
                docx(
                    [
                        "Ashgrove Aftercare - Grief Counselling Intake",
                        "Client: Lucia Mercado   DOB 09/14/1983   Phone 419-555-0171",
                        "Loss: husband, sudden cardiac death 01/2026",
                        "History: postpartum depression 2012; currently on bupropion 150 mg",
                        "PHQ-9 today: 17 (moderately severe). Denies SI.",
                        "Goal: sleep, return to work, support son Jordan",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="life insurance claim with death certificate text and SSN",
        notes="OCR text of a death certificate with the decedent's SSN and cause of death sent to an insurer.",
        frm='"Marcus Bell, Funeral Director" <mbell@ashgrovefuneralhome.com>',
        to="claims@midstatesmutual.com",
        subject="Assignment claim - policy 7730-4412",
        body="Attached: assignment and the scanned certified death certificate (text layer) for policy 7730-4412. Please pay the funeral home assignment of $8,995 and the remainder to the beneficiary."
        + SIG,
        atts=(
            Att(
                "DC_scan_ocr.txt",
                "text/plain",
                "STATE OF OHIO - CERTIFICATE OF DEATH (OCR text)\nDecedent: ROSE MARIE CASTELLANO  Sex: F\nSSN: 418-62-7391   DOB: 01/14/1933\nResidence: 220 Elm Terrace, Port Ellery OH 45870\nDate of death: 03/04/2026  Place: Residence (hospice)\nCause: a) Heart failure  b) Severe aortic stenosis\nCertifier: H. Sato MD\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="VA burial benefit claim with veteran SSN and cause of death",
        notes="VA burial allowance request naming a veteran with SSN and service-connected cause of death.",
        frm='"Marcus Bell, Funeral Director" <mbell@ashgrovefuneralhome.com>',
        to="burialclaims@cleveland-vba-intake.va.gov",
        subject="VA 21P-530EZ - Francis Doyle",
        body="VA Pension Management Center,\n\nEnclosed burial allowance claim for veteran Francis J. Doyle, SSN 287-40-5516, US Army 1958-1962. He died 03/17/2026 of ischemic heart disease; family reports Agent Orange exposure presumption was granted in 2019 (service-connected). Next of kin: Kevin Doyle. DD-214 and death certificate follow by fax."
        + SIG,
    ),
    Spec(
        phi=True,
        category="family invoice with infectious handling line item",
        notes="Hard positive: a funeral invoice to the son's Gmail whose line items reveal C. difficile precautions and hospice transfer.",
        frm="Ashgrove Billing <billing@ashgrovefuneralhome.com>",
        to="paul.castellano.oh@gmail.com",
        subject="Statement AFH-26-071",
        body="",
        html=(
            "<html><body><p>Dear Paul,</p><p>Your statement for your mother's arrangements:</p><table border='1' cellpadding='4'>"
            "<tr><td>Transfer from residence (hospice, after hours)</td><td>$495.00</td></tr>"
            "<tr><td>Special handling - infectious (C. difficile, per hospice)</td><td>$175.00</td></tr>"
            "<tr><td>Direct cremation with container</td><td>$2,150.00</td></tr>"
            "<tr><td>Certified death certificates x6</td><td>$150.00</td></tr>"
            "<tr><td><b>Balance after insurance assignment</b></td><td><b>$0.00</b></td></tr></table>"
            "<p>Thank you for trusting us with Rose's care.</p><p>Ashgrove Billing</p></body></html>"
        ),
    ),
    Spec(
        phi=True,
        category="terse removal note to embalmer about medical devices",
        notes="Hard positive: terse note with surname, port-a-cath and fentanyl patch to remove.",
        frm='"Marcus Bell, Funeral Director" <mbell@ashgrovefuneralhome.com>',
        to="tradeprep@northernohioembalming.com",
        subject="Trent",
        body="Trent - port-a-cath L chest, fentanyl 25 patch R upper arm still on, foley in. Pls remove/dispose per DEA waste log & document. Viewing Sat.",
    ),
    Spec(
        phi=True,
        category="monthly case log workbook to funeral board auditor",
        notes="Multi-sheet case log with decedent names, dates, place of death and causes of death sent to the state board.",
        frm="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
        to="inspections@ohiofuneralboard.gov",
        subject="Requested records - February 2026 case log",
        body="Inspector Haynes,\n\nThe February case log and the preneed trust reconciliation you requested for Tuesday's inspection are attached.\n\nOwen Ashgrove, Licensed Funeral Director"
        + SIG,
        atts=(
            Att(
                "AFH_caselog_2026-02.xlsx",
                XLSX,
                xlsx(
                    {
                        "Cases": [
                            [
                                "Case",
                                "Decedent",
                                "DOD",
                                "Place of death",
                                "Cause (per DC)",
                                "Disposition",
                            ],
                            [
                                "AFH-26-044",
                                "Harold Wynn",
                                "2026-02-03",
                                "Halverson Memorial ICU",
                                "Sepsis, pneumonia",
                                "Burial",
                            ],
                            [
                                "AFH-26-051",
                                "Edith Lorenz",
                                "2026-02-11",
                                "Residence, hospice",
                                "Metastatic breast cancer",
                                "Cremation",
                            ],
                            [
                                "AFH-26-058",
                                "Carl Mercado",
                                "2026-01-29",
                                "Port Ellery Fitness",
                                "Sudden cardiac arrest",
                                "Burial",
                            ],
                        ],
                        "Preneed trust": [
                            ["Contract", "Deposited", "Balance"],
                            ["PN-1187", 7800, 8112.40],
                            ["PN-1203", 9480, 9480],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="forwarded family memories to celebrant",
        notes="Forward of a daughter's email describing her mother's dementia and last weeks, sent to an outside celebrant writing the eulogy.",
        frm="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
        to="pastorjen@fenwickunitedmethodist.org",
        subject="Fwd: things about Mom for the service",
        body="Pastor Jen, Debbie asked me to pass this along for the eulogy.\n\nOwen",
        forward=Spec(
            phi=True,
            category="family email",
            notes="inner",
            frm="Debbie Kessler <debbie.kessler.rn@gmail.com>",
            to="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
            subject="things about Mom for the service",
            body="Mom (Ruth Kessler) had Alzheimer's for 9 years. By last fall she didn't know me, but she could still play every verse of 'Abide with Me'. At Maple House the volunteers sang hymns with her and she'd hum along. Please mention the organ and the garden.",
        ),
    ),
    Spec(
        phi=True,
        category="grief counselling appointment invite with PHQ-9 follow-up",
        notes="Calendar invite to a widow's personal mailbox for a counselling session to recheck her depression score.",
        frm='"Dana Reilly, Aftercare" <aftercare@ashgrovefuneralhome.com>',
        to="lucia.mercado83@yahoo.com",
        subject="Our next session",
        body="Lucia, here's the invite for next week. We'll redo the PHQ-9 to see whether the bupropion change Dr. Feld made is helping. If Jordan's appointment time changes let me know.\n\nDana",
        atts=(
            Att(
                "session_0326.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ashgrove Aftercare//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
                "UID:afh-aftercare-0326-mercado@ashgrovefuneralhome.com\r\nDTSTAMP:20260318T160000Z\r\n"
                "DTSTART:20260326T210000Z\r\nDTEND:20260326T220000Z\r\nSUMMARY:Grief counselling - Lucia Mercado (PHQ-9 recheck)\r\n"
                "LOCATION:Ashgrove Aftercare room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="bereavement outreach to hospice with survivor risk flags",
        notes="Hard positive: text attachment of survivor names with high-risk grief flags and prior overdose history.",
        frm='"Dana Reilly, Aftercare" <aftercare@ashgrovefuneralhome.com>',
        to="bereavement@willowmerehospice.org",
        subject="handoff list",
        body="As agreed at our partners meeting, our high-risk flags for shared families are attached. Your counselors will take the 13-month follow-up.",
        atts=(
            Att(
                "handoff_highrisk.txt",
                "text/plain",
                "Kevin Doyle (son of Francis) - lives alone, history of opioid overdose 2022 per sister, now in recovery; anniversary risk\nGrace Okafor (wife of Benedict) - hx depression, stopped her meds; strong parish support\n",
            ),
        ),
    ),
    # ---- non-PHI ----
    Spec(
        phi=False,
        category="grief workshop flyer PDF to library",
        notes="Community workshop flyer; no individual.",
        frm='"Dana Reilly, Aftercare" <aftercare@ashgrovefuneralhome.com>',
        to="programs@portellerylibrary.org",
        subject="Flyer for the community board",
        body="Could you post this on the community board? Thank you!",
        atts=(
            Att(
                "grief_workshop_april.pdf",
                "application/pdf",
                pdf(
                    [
                        "ASHGROVE AFTERCARE - FREE COMMUNITY WORKSHOP",
                        "'When Grief Comes Home': practical help after a death",
                        "Thursday April 9, 6:30 pm, Port Ellery Public Library, Room B",
                        "Open to anyone, regardless of which funeral home served your family.",
                    ],
                    "Workshop flyer",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="suicide and overdose loss support group announcement",
        notes="Hard negative: announces a group for people bereaved by suicide or overdose; mentions causes of death but no individual.",
        frm="Ashgrove Aftercare <aftercare@ashgrovefuneralhome.com>",
        to="community-list@ashgrovefuneralhome.com",
        subject="New group: Loss to suicide or overdose",
        body="Starting April 7, a peer support group for adults who have lost someone to suicide or drug overdose, co-led by a licensed counselor. Tuesdays 7 pm, 8 weeks, free. No registration needed.\n\nIf you are in crisis, call or text 988."
        + SIG,
    ),
    Spec(
        phi=False,
        category="funeral director license numbers for cemetery vendor file",
        notes="Hard negative: licence numbers of the funeral home and its directors look like identifiers but are workforce credentials.",
        frm="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
        to="office@riverbendcemetery.org",
        subject="Updated vendor info",
        body="For your vendor file:\n\nAshgrove Funeral Home, establishment license FH.0041182\nOwen Ashgrove, funeral director license FD.0029715 (exp 12/2027)\nMarcus Bell, funeral director/embalmer license EM.0033108 (exp 06/2027)\nW-9 attached separately.\n\nOwen",
    ),
    Spec(
        phi=False,
        category="casket order with serial numbers",
        notes="Hard negative: merchandise order with casket model and serial numbers that look like device identifiers; no person.",
        frm='"Marcus Bell, Funeral Director" <mbell@ashgrovefuneralhome.com>',
        to="orders@keystonecasketco.com",
        subject="Stock order + warranty registration",
        body="Please ship 2 x Provincetown 18ga (model K-P18-SLV) and 1 x Cedar Hollow solid pine.\n\nAlso register the warranty for the units received last week: serials KC2601-44871 and KC2601-44872 (in showroom stock, unsold).\n\nMarcus",
    ),
    Spec(
        phi=False,
        category="general price list to shopper's personal mailbox",
        notes="Price list sent to a consumer comparing prices; no health information.",
        frm="Ashgrove Funeral Home <info@ashgrovefuneralhome.com>",
        to="tbrennan.shopper@yahoo.com",
        subject="Re: price list request",
        body="Hello Ms. Brennan,\n\nThank you for asking. Our General Price List is attached, as required by the FTC Funeral Rule. Direct cremation starts at $2,150; immediate burial at $3,400. You're welcome to call with any questions, with no obligation.\n\nKind regards,\nAshgrove Funeral Home",
        atts=(
            Att(
                "Ashgrove_GPL_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "ASHGROVE FUNERAL HOME - GENERAL PRICE LIST effective 01/01/2026",
                        "Basic services of funeral director and staff ...... $2,295",
                        "Embalming ...... $895   Other preparation ...... $295",
                        "Direct cremation with container provided by purchaser ...... $2,150",
                        "Immediate burial ...... $3,400",
                    ],
                    "General Price List",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="formaldehyde exposure monitoring results to staff",
        notes="Hard negative: staff safety notice with aggregate air-monitoring results; no individual health data.",
        frm="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
        to="staff@ashgrovefuneralhome.com",
        subject="Prep room air monitoring results",
        body="Team,\n\nThe industrial hygienist's results from March 10 are in: 8-hour TWA formaldehyde 0.31 ppm (OSHA action level 0.5, PEL 0.75). No medical surveillance needed. Keep the downdraft table running and wear the new respirators for cavity work. Bloodborne pathogen refresher is March 31.\n\nOwen",
    ),
    Spec(
        phi=False,
        category="funeral director apprentice job posting",
        notes="Job posting; no health information.",
        frm="Ashgrove Funeral Home <info@ashgrovefuneralhome.com>",
        to="careers@cincinnatimortuaryschool.edu",
        subject="Apprenticeship opening - Port Ellery",
        body="",
        html=(
            "<html><body><h3>Funeral Director / Embalmer Apprentice</h3><p>Family-owned Ashgrove Funeral Home seeks a registered apprentice. Rotating on-call for removals, arrangement conferences, embalming under supervision.</p>"
            "<p>Compassion, a clean driving record and completion of mortuary science coursework required. Email resume to info@ashgrovefuneralhome.com.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="holiday grief newsletter",
        notes="HTML-only general newsletter about grief around Easter; no individual.",
        frm="Ashgrove Aftercare <aftercare@ashgrovefuneralhome.com>",
        to="aftercare-families@ashgrovefuneralhome.com",
        subject="Aftercare Notes: Spring holidays",
        body="",
        html=(
            "<html><body><h2>Aftercare Notes</h2><p>Holidays can feel heavy in the first year. Some families set an extra place, others start a new tradition. Both are okay.</p>"
            "<p>Our library has 40 grief books to lend, including several for children. Stop by or call 419-555-0160.</p></body></html>"
        ),
    ),
    Spec(
        phi=False,
        category="annual service statistics for chamber of commerce",
        notes="Aggregate counts of families served and disposition rates; no individual.",
        frm="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
        to="membership@portellerychamber.org",
        subject="Numbers for the business spotlight",
        body="Hi Kara, for the spotlight piece: in 2025 we served 412 families; 61% chose cremation; our aftercare program held 96 group sessions and the free lending library loaned 230 books. Photo of the building attached.\n\nOwen",
        atts=(Att("ashgrove_building.png", "image/png", png(9, 6, (120, 130, 140))),),
    ),
    Spec(
        phi=False,
        category="memorial tree planting invitation",
        notes="Community event invitation; no individual health data.",
        frm="Ashgrove Aftercare <aftercare@ashgrovefuneralhome.com>",
        to="community-list@ashgrovefuneralhome.com",
        subject="Memorial tree planting - Saturday April 18",
        body="Join us at Riverbend Park to plant 20 redbuds in memory of all those we have lost this year. Bring gloves; coffee and donuts provided.",
        ics=(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ashgrove Aftercare//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:afh-trees-20260418@ashgrovefuneralhome.com\r\nDTSTAMP:20260317T150000Z\r\n"
            "DTSTART:20260418T140000Z\r\nDTEND:20260418T160000Z\r\nSUMMARY:Memorial tree planting\r\n"
            "LOCATION:Riverbend Park, Port Ellery\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    ),
    Spec(
        phi=False,
        category="pre-planning seminar marketing about serious illness",
        notes="Hard negative: marketing for a planning seminar mentions serious illness and hospice generically; not sent to a condition-segmented list.",
        frm="Ashgrove Funeral Home <info@ashgrovefuneralhome.com>",
        to="community-list@ashgrovefuneralhome.com",
        subject="Free seminar: Planning ahead when illness changes things",
        body="When a diagnosis like cancer, heart failure or dementia enters a family, planning ahead can feel impossible. Join us and an elder-law attorney for a no-pressure evening on wills, advance directives and funeral pre-planning. Tuesday April 14, 6 pm, Ashgrove reception room. Light dinner. RSVP 419-555-0160."
        + SIG,
    ),
    Spec(
        phi=False,
        category="seminar RSVP list CSV to caterer",
        notes="Hard negative: list of names and guest counts for a seminar; attendance at a public planning seminar is not health information.",
        frm="Ashgrove Funeral Home <info@ashgrovefuneralhome.com>",
        to="events@millracecatering.com",
        subject="Headcount for April 14",
        body="Headcount and dietary notes for the 14th attached. 22 guests so far.",
        atts=(
            Att(
                "rsvp_0414.csv",
                "text/csv",
                "name,guests,dietary\nHarold Stroud,2,none\nJune Okamura,1,vegetarian\nPete and Sally Voss,2,none\nTerri Brennan,1,gluten free\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="infectious decedent handling procedure DOCX",
        notes="Hard negative: procedure with bracketed example fields and disease names; no decedent.",
        frm='"Marcus Bell, Funeral Director" <mbell@ashgrovefuneralhome.com>',
        to="staff@ashgrovefuneralhome.com",
        subject="Revised SOP: infectious cases",
        body="Revised SOP attached. Read before your next on-call weekend and sign the log.",
        atts=(
            Att(
                "SOP-07_infectious_cases_rev4.docx",
                DOCX,
                docx(
                    [
                        "Ashgrove SOP-07: Handling of decedents with infectious disease",
                        "Applies to: TB, hepatitis B/C, HIV, MRSA, C. difficile, CJD (suspected: do not embalm).",
                        "Case sheet fields: Decedent [Name], Case # [AFH-YY-NNN], Condition reported by [facility], PPE level [1-3].",
                        "Never write the condition on the cooler board; use the PPE level only.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="hospice partnership memorandum",
        notes="Hard negative: MOU text talks about hospice patients who die at home in general terms; no individual.",
        frm="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
        to="rquinlan@willowmerehospice.org",
        subject="MOU redline - after-hours removals",
        body="Rob,\n\nMy edits to section 3: when a hospice patient dies at home after hours, your nurse pronounces and calls our 24-hour line, and we commit to arrival within 90 minutes. We won't ask your nurses for cause of death by phone; that comes from the attending. Section 5 (joint remembrance service) is fine as written.\n\nOwen",
    ),
    Spec(
        phi=False,
        category="forwarded florist invoice to bookkeeper",
        notes="Forward of a vendor invoice; no health information.",
        frm="Ashgrove Billing <billing@ashgrovefuneralhome.com>",
        to="books@ellerybookkeeping.com",
        subject="Fwd: Invoice 2219 - chapel arrangements",
        body="For March payables.",
        forward=Spec(
            phi=False,
            category="vendor invoice",
            notes="inner",
            frm="Bloom & Stem <billing@bloomandstemflorist.com>",
            to="billing@ashgrovefuneralhome.com",
            subject="Invoice 2219 - chapel arrangements",
            body="Invoice 2219: 4 chapel pedestal arrangements, standing order, March. $380.00 due net 30.",
        ),
    ),
    Spec(
        phi=False,
        category="merchandise inventory workbook",
        notes="Multi-sheet urn and casket inventory; no people.",
        frm='"Marcus Bell, Funeral Director" <mbell@ashgrovefuneralhome.com>',
        to="owen@ashgrovefuneralhome-admin.com",
        subject="Q1 merchandise count",
        body="Counts for the quarter-end. Low on keepsake urns.",
        atts=(
            Att(
                "inventory_Q1.xlsx",
                XLSX,
                xlsx(
                    {
                        "Caskets": [
                            ["Model", "On hand", "Reorder at"],
                            ["K-P18-SLV", 2, 1],
                            ["Cedar Hollow pine", 1, 1],
                        ],
                        "Urns": [
                            ["Model", "On hand", "Reorder at"],
                            ["Keepsake brass", 3, 6],
                            ["Biodegradable", 8, 4],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="advertising assets zip to newspaper",
        notes="Zip of a logo and ad copy for a newspaper ad; no individual.",
        frm="Ashgrove Funeral Home <info@ashgrovefuneralhome.com>",
        to="ads@portellerygazette.com",
        subject="Ad materials - April run",
        body="Logo and copy for the quarter-page ad attached in one zip.",
        atts=(
            Att(
                "ashgrove_ad_april.zip",
                "application/zip",
                zipped(
                    {
                        "logo.png": png(6, 6, (40, 70, 50)),
                        "ad_copy.txt": "Ashgrove Funeral Home - serving Port Ellery families since 1952. Free grief library. 419-555-0160.",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="livestream setup with AV vendor",
        notes="Technical arrangements for chapel livestreaming; no decedent named.",
        frm='"Marcus Bell, Funeral Director" <mbell@ashgrovefuneralhome.com>',
        to="support@streamchapelav.com",
        subject="Chapel camera #2 dropping",
        body="Camera 2 in the main chapel drops the stream after ~40 min. Firmware is 3.1.7. Can a tech come before Saturday? Notes from our test attached.",
        atts=(
            Att(
                "stream_test_notes.txt",
                "text/plain",
                "Test 03/17 14:00: cam1 ok 60 min. cam2 dropped at 38 min, 41 min. Router reboot did not help.\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="retired colleague memorial notice to staff",
        notes="Hard negative: staff notice of a retired colleague's death with service times; no cause of death or care information.",
        frm="Owen Ashgrove <owen@ashgrovefuneralhome.com>",
        to="staff@ashgrovefuneralhome.com",
        subject="Walt",
        body="Friends,\n\nMany of you worked with Walt Simmons, who drove our coach for 31 years before retiring in 2019. He passed away last week. His family has asked us to serve them; visitation Friday 4-7, service Saturday 10 at St. Columba. Please let me know if you'd like to be a pallbearer or usher.\n\nOwen",
    ),
]
