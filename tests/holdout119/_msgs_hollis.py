"""Hollis & Weatherby Funeral Home: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, encrypted_zip, pdf, png, xlsx, zipped
from _spec import Att, Spec

HW = "Hollis & Weatherby Funeral Home <arrangements@hollisweatherby.com>"
SIG = "\n\nHollis & Weatherby Funeral Home\n1200 W Market St, York, PA 17404\n(717) 555-0131 | fax (717) 555-0132\nFamily owned since 1921"

MESSAGES = [
    Spec(
        phi=True,
        category="death certificate worksheet to attending physician",
        notes="Death certificate worksheet PDF to the attending's office with the decedent's name, SSN, DOB, place of death and the pending cause-of-death section.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="medicalrecords@yorkfamilypractice.com",
        subject="Death certificate for certification - EDRS case pending",
        body="Good morning,\n\nWe are handling arrangements for a patient of Dr. Whitcomb's who died at home under hospice care on April 18. The worksheet with the personal information we have entered in EDRS is attached. Dr. Whitcomb will receive the EDRS drop-to-physician notice; we would be grateful if the cause of death could be certified by Wednesday so the family can hold the service Friday.\n\nThomas Weatherby, Supervisor"
        + SIG,
        atts=(
            Att(
                "DC_worksheet_HW26-0131.pdf",
                "application/pdf",
                pdf(
                    [
                        "HOLLIS & WEATHERBY FUNERAL HOME - DEATH CERTIFICATE WORKSHEET",
                        "Case HW26-0131     Decedent: Eleanor June Pruitt     Sex: F",
                        "DOB: 07/22/1936     SSN: 518-42-7730     Birthplace: Lancaster, PA",
                        "Residence: 44 Hickory Ln, Dover, PA 17315",
                        "Date of death: 04/18/2026   Place: decedent's home, under Cedar Hospice of York",
                        "Attending: Paul Whitcomb MD   Informant: Russell Pruitt (son)",
                        "Part I cause of death (for physician): hospice diagnosis end-stage COPD",
                    ],
                    "Death certificate worksheet",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="release request to hospital morgue",
        notes="Removal request to the hospital naming the decedent, his MRN, the unit where he died and an infectious-disease precaution.",
        frm="Removals Desk <removals@hollisweatherby.com>",
        to="morgue@larkspurvalleymed.org",
        subject="Release request - Tillman",
        body="Hello,\n\nWe have the signed family authorization for Harold Tillman (MRN 00419963), who died on 6 West this morning. Our removal team can arrive at 1:30 pm. Please confirm the body is released (no ME jurisdiction, autopsy declined per the family) and let us know if the nursing note flagged any precautions; the son mentioned he had a MRSA wound infection.\n\nRemovals Desk"
        + SIG,
    ),
    Spec(
        phi=True,
        category="cremation pacemaker removal notice to ME",
        notes="Hard positive: cremation approval request to the medical examiner names the decedent and his implanted cardiac device with model and serial number.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="cremationapproval@yorkcountycoroner.org",
        subject="Cremation approval - HW26-0134",
        body="Deputy Coroner Sandoval,\n\nRequesting cremation approval for Bernard Okafor-Lewis, d. 04/19/2026 at Larkspur Valley Medical Center (natural, attending certified). Please note the decedent has an implanted Medtronic Azure XT DR pacemaker, serial RNB487219H, which we will explant before cremation and return to the manufacturer. Attending: Dr. Luis Ferreira-Platt.\n\nThomas Weatherby, Supervisor, FD-041872"
        + SIG,
    ),
    Spec(
        phi=True,
        category="obituary draft docx to family",
        notes="Hard positive: obituary draft sent to the son's gmail names the deceased and says she died in hospice care after pancreatic cancer.",
        frm="Alana Hollis <ahollis@hollisweatherby.com>",
        to="marcus.beaumont.home@gmail.com",
        subject="Draft obituary for your review",
        body="Dear Marcus,\n\nHere is the draft obituary we discussed. Please mark any changes right in the document, especially the grandchildren's names. Once you approve, we'll send it to the York Dispatch and post it on our website.\n\nWith sympathy,\nAlana Hollis"
        + SIG,
        atts=(
            Att(
                "obituary_draft_Beaumont.docx",
                DOCX,
                docx(
                    [
                        "Vivian Louise Beaumont, 74, of Red Lion, passed away peacefully on April 17, 2026 at Cedar Hospice inpatient unit, surrounded by her family, after a courageous 18-month battle with pancreatic cancer.",
                        "She was born March 3, 1952 in York, a daughter of the late Herbert and Ida Kline.",
                        "Vivian retired from the Red Lion Area School District after 31 years as a cafeteria manager.",
                        "In lieu of flowers, memorial contributions may be made to the Pancreatic Cancer Action Network or to Cedar Hospice of York.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="first call removal sheet text attachment",
        notes="Hard positive: the text file for the removal crew gives the decedent's name, hospital room, weight and a tuberculosis precaution.",
        frm="Removals Desk <removals@hollisweatherby.com>",
        to="dispatch@keystoneremovalservice.com",
        subject="First call 04/20 - sheet attached",
        body="Tonight's first call is attached. Two-person team with bariatric cot. Call the house supervisor on arrival.",
        atts=(
            Att(
                "firstcall_0420.txt",
                "text/plain",
                "HOLLIS & WEATHERBY - FIRST CALL SHEET\n"
                "Case: HW26-0137\n"
                "Decedent: Raymond Gustafson\n"
                "Location: Larkspur Valley Medical Center, 5 East room 512 (airborne isolation)\n"
                "Weight: approx 340 lb\n"
                "Precautions: active pulmonary TB per charge nurse - N95 required\n"
                "Family contact: Linda Gustafson 717-555-0174\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="VA burial allowance with service-connected cause",
        notes="VA burial claim email with the veteran's name, SSN, date of death and his service-connected Agent Orange lymphoma as the cause.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="scheduling.nca@cemeteryoffice-va.net",
        subject="Interment request and burial allowance - Gilmore",
        body="Good afternoon,\n\nWe request interment at Indiantown Gap National Cemetery for:\n\nVeteran: Curtis Allen Gilmore, US Army 1967-1970 (Vietnam)\nSSN: 461-09-2284\nDate of death: 04/16/2026\nCause of death: diffuse large B-cell lymphoma (service-connected, Agent Orange presumptive; VA rating 100%)\n\nThe widow, Mrs. Darlene Gilmore, requests the service-connected burial allowance; her VA Form 21P-530EZ and the DD-214 will follow by fax. Preferred date: Tuesday April 28, 11 am.\n\nThomas Weatherby"
        + SIG,
    ),
    Spec(
        phi=True,
        category="encrypted embalming case file to trade embalmer",
        notes="Embalming case note to the contract embalmer naming the decedent with jaundice, edema from liver failure and tissue-recovery sites; the case file is an encrypted zip.",
        frm="Alana Hollis <ahollis@hollisweatherby.com>",
        to="r.delvecchio.trade@embalmingservicespa.com",
        subject="Case 26-0139 - case file (encrypted)",
        body="Rocco,\n\nCase file for Gerald Voss is attached (password by text as usual). Heads up before you start: marked jaundice and generalized edema (liver failure, he was on the transplant list), and the tissue bank recovered long bones from both legs, so plan for restoration. Family wants an open casket Saturday.\n\nAlana",
        atts=(
            Att(
                "case_26-0139.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "case_26-0139.txt": "Decedent: Gerald Voss, DOB 1961-12-04\nDied 04/19/2026 Larkspur Valley ICU, end-stage liver disease (NASH cirrhosis)\nTissue recovery: Cascade Crest, bilateral femur/tibia\nRequests: open casket, navy suit, glasses on\n"
                    },
                    "hw-0139-lily",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="life insurance claim with cause of death",
        notes="Claim submission to an insurer naming the insured decedent, policy number and a certified cause of death of opioid overdose.",
        frm="Insurance Assignments <assignments@hollisweatherby.com>",
        to="claims@libertymutualheritage-life.com",
        subject="Funeral assignment claim - policy HL-7720194",
        body="Claims Department,\n\nPlease find below our funeral assignment for:\n\nInsured: Kyle Thomas Brandt\nPolicy: HL-7720194\nDate of death: 03/29/2026\nCause of death (per certified death certificate): acute fentanyl and xylazine toxicity, manner accident\nAssignment amount: $9,845.00 (signed by beneficiary Deborah Brandt, mother)\n\nThe certified death certificate and assignment form were mailed today. Please remit the assigned amount to Hollis & Weatherby Funeral Home and the balance to the beneficiary.\n\nInsurance Assignments"
        + SIG,
    ),
    Spec(
        phi=True,
        category="crematory case workbook with implants and infections",
        notes="Hard positive: weekly crematory workbook lists decedents with dates and places of death, implanted devices and infectious-disease flags.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="operations@susquehannacrematory.com",
        subject="Cremation schedule week of 4/20",
        body="Hi Beth,\n\nAttached is this week's schedule. Second tab is the implant/precaution checklist your operators asked for after last month's battery incident.\n\nTom",
        atts=(
            Att(
                "HW_cremation_week0420.xlsx",
                XLSX,
                xlsx(
                    {
                        "Schedule": [
                            [
                                "Case",
                                "Decedent",
                                "Date of death",
                                "Place of death",
                                "Cremation date",
                            ],
                            [
                                "HW26-0128",
                                "Irene Kowalczyk",
                                "2026-04-14",
                                "Home - Cedar Hospice",
                                "2026-04-21",
                            ],
                            [
                                "HW26-0134",
                                "Bernard Okafor-Lewis",
                                "2026-04-19",
                                "Larkspur Valley MC",
                                "2026-04-22",
                            ],
                            [
                                "HW26-0136",
                                "Mae Colson",
                                "2026-04-19",
                                "Brookside Nursing & Rehab",
                                "2026-04-23",
                            ],
                        ],
                        "Implants_Precautions": [
                            ["Case", "Implant", "Removed by FH", "Precaution"],
                            ["HW26-0128", "none", "n/a", "none"],
                            ["HW26-0134", "pacemaker (Medtronic)", "yes", "none"],
                            ["HW26-0136", "none", "n/a", "C. diff - double bag"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="HTML-only aftercare note to widow",
        notes="HTML-only aftercare message to a widow's yahoo address naming her late husband and pointing her to a caregivers' group because of his cancer.",
        frm="Aftercare at Hollis & Weatherby <aftercare@hollisweatherby.com>",
        to="bettykeller1949@yahoo.com",
        subject="Thinking of you this month",
        body="",
        html="<html><body><p>Dear Betty,</p><p>It has been one month since we said goodbye to <b>Robert</b>. We know the weeks after a long illness can feel strangely quiet. Since Robert was cared for at the Larkspur Valley cancer center through his leukemia treatment, you may find comfort in their <i>Cancer Caregivers After Loss</i> group, which meets the first Tuesday of each month at 6 pm.</p><p>Please call us at (717) 555-0131 if there is anything at all we can do.</p><p>Warmly,<br>Jeanette Sowers<br>Aftercare Coordinator</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=True,
        category="forwarded hospital release email to removal contractor",
        notes="Hard positive: cover note only asks for pickup; the forwarded hospital email names the decedent, MRN and a positive COVID-19 test.",
        frm="Removals Desk <removals@hollisweatherby.com>",
        to="dispatch@keystoneremovalservice.com",
        subject="FW: release confirmed - please schedule",
        body="Please schedule pickup for this afternoon. See the hospital's note below about PPE.\n\nRemovals Desk",
        forward=Spec(
            phi=True,
            category="",
            notes="",
            frm="LVM Decedent Affairs <morgue@larkspurvalleymed.org>",
            to="removals@hollisweatherby.com",
            subject="RE: Release - Ostrowski",
            body="Confirmed: Stanley Ostrowski, MRN 00417245, DOD 04/20/2026 03:12, released to Hollis & Weatherby. No autopsy. Please note he tested COVID-19 positive on admission (04/15); droplet/contact precautions for handling. Belongings bag with the body.\n\nDecedent Affairs, Larkspur Valley Medical Center",
        ),
    ),
    Spec(
        phi=True,
        category="restorative art appointment invite post-autopsy",
        notes="Hard positive: calendar invite to the embalmer naming the decedent, an autopsy and facial trauma from a motor vehicle crash.",
        frm="Alana Hollis <ahollis@hollisweatherby.com>",
        to="r.delvecchio.trade@embalmingservicespa.com",
        subject="Restorative work Wed 8 am",
        body="Rocco, booking you for Wednesday morning for the Rizzo case. Details in the invite.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hollis Weatherby//Calendar//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:hw-prep-26-0140@hollisweatherby.com\r\nDTSTAMP:20260420T190000Z\r\nDTSTART:20260422T120000Z\r\nDTEND:20260422T160000Z\r\nSUMMARY:Restorative art - Anthony Rizzo (HW26-0140) post-autopsy, facial lacerations and fractures from MVC\r\nDESCRIPTION:Family requests viewing if at all possible. ME autopsy complete 04/20.\r\nLOCATION:Hollis & Weatherby prep room\r\nORGANIZER:mailto:ahollis@hollisweatherby.com\r\nATTENDEE:mailto:r.delvecchio.trade@embalmingservicespa.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="terse removal text to technician's gmail",
        notes="Hard positive: texting-style pickup note to a removal tech's gmail with the decedent's surname, hospital, body size and hepatitis C status.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="dquinn.removals@gmail.com",
        subject="pickup",
        body="D - lvm morgue 2130, Delacroix, 6'4 approx 300, ME released, hep C pos so double glove. fam coming tmrw 10am. T",
    ),
    Spec(
        phi=True,
        category="hospital wristband photo for ID verification",
        notes="Hard positive: PNG named with the decedent's name and hospital MRN, sent for identification; the wristband reveals he was a hospital patient.",
        frm="Removals Desk <removals@hollisweatherby.com>",
        to="tweatherby@hollisweatherby.net",
        subject="ID photo",
        body="Tom, photo of the hospital wristband for the ID verification file, since the son can't come in for visual ID until Friday.",
        atts=(
            Att(
                "wristband_Delbert_Rourke_MRN00420587.png", "image/png", png(10, 4, (240, 240, 235))
            ),
        ),
    ),
    Spec(
        phi=True,
        category="funeral mass planning note to parish",
        notes="Planning note to the parish priest's gmail naming the deceased and her long kidney failure and dialysis, for the homily.",
        frm="Alana Hollis <ahollis@hollisweatherby.com>",
        to="fr.michael.obrien.stjoes@gmail.com",
        subject="Reyes funeral Mass Thursday - family notes for the homily",
        body="Father O'Brien,\n\nThe Reyes family gave me a few notes for the homily. Juanita was 67 and had been on dialysis three times a week for nine years after her diabetes took her kidneys; the family says she never missed a Sunday anyway. They'd love it if you thanked the nurses from the Davita unit on Queen Street, who will be attending.\n\nMass Thursday 10 am, burial at Mount Rose to follow.\n\nAlana Hollis"
        + SIG,
    ),
    Spec(
        phi=True,
        category="ME coordination on suspected overdose viewing",
        notes="Email to the coroner naming a decedent, pending toxicology for a suspected overdose and the family's viewing request.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="investigations@yorkcountycoroner.org",
        subject="Coroner case 26-0412 - release timing",
        body="Investigator Mahler,\n\nThe family of Jordan Pettiford (coroner case 26-0412) has asked us to take him into our care. I understand the autopsy is done and toxicology is pending for a suspected heroin/fentanyl overdose. Can he be released today so the family can have a private viewing before cremation? His mother will sign the cremation authorization this afternoon.\n\nThomas Weatherby"
        + SIG,
    ),
    Spec(
        phi=True,
        category="explanted pacemaker return log csv",
        notes="Hard positive: device-return CSV to the manufacturer lists decedents by name with pacemaker/ICD models, serial numbers and implant hospitals.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="returnedproducts@cardiodevice-returns.com",
        subject="Explanted devices - Q1 return shipment",
        body="Hello,\n\nShipping 3 explanted devices today, UPS tracking 1Z4W8840034418. The return log is attached as you requested for your analysis program.\n\nThomas Weatherby",
        atts=(
            Att(
                "HW_device_returns_Q1_2026.csv",
                "text/csv",
                "decedent,date_of_death,device,model,serial,implant_hospital\n"
                "Bernard Okafor-Lewis,2026-04-19,pacemaker,Azure XT DR,RNB487219H,Larkspur Valley MC\n"
                "Florence Adair,2026-02-11,ICD,Evera MRI XT,BWJ662018S,York Heart Institute\n"
                "Wendell Marsh,2026-03-02,pacemaker,Assurity MRI,7741902,Larkspur Valley MC\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="certified cause of death relayed to family",
        notes="Message to the daughter's hotmail giving her father's name and the certified cause of death (myocardial infarction, coronary disease).",
        frm="Alana Hollis <ahollis@hollisweatherby.com>",
        to="tanyaschultz.pa@hotmail.com",
        subject="Death certificates are ready",
        body="Dear Tanya,\n\nDr. Ferreira-Platt certified your father's death certificate this morning. For your records, the cause of death for Wendell Marsh is listed as acute myocardial infarction due to coronary artery disease, with diabetes as a contributing condition. We have ordered the 8 certified copies you requested; they should arrive Thursday, and we'll mail two directly to his pension office.\n\nAlana"
        + SIG,
    ),
    Spec(
        phi=True,
        category="pre-arrangement memo on hospice patient",
        notes="Hard positive: pre-need planning memo to staff names a living hospice patient, his terminal cancer and expected death window so the home can prepare.",
        frm="Alana Hollis <ahollis@hollisweatherby.com>",
        to="staff@hollisweatherby.com",
        subject="Pre-arranged - Lindqvist",
        body="Team,\n\nHeads up: Mrs. Lindqvist came in yesterday to pre-arrange for her husband Arvid (Shrewsbury), who is in home hospice for pancreatic cancer; the hospice nurse thinks it's a matter of a week or two. Contract HW-PN-2207 is in the file: cremation, memorial service at St. John's Lutheran. When the first call comes, it will be from Cedar Hospice's on-call nurse.\n\nAlana",
    ),
    # ---- not PHI ----
    Spec(
        phi=False,
        category="general price list to consumer",
        notes="General Price List sent to a consumer's gmail who asked for prices; no decedent or health information.",
        frm=HW,
        to="k.anderton.family@gmail.com",
        subject="Our General Price List",
        body="Dear Ms. Anderton,\n\nThank you for calling today. As required by the FTC Funeral Rule, our General Price List is attached. You are welcome to visit to see our selection of caskets and urns any weekday.\n\nJeanette Sowers"
        + SIG,
        atts=(
            Att(
                "HW_General_Price_List_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "HOLLIS & WEATHERBY FUNERAL HOME - GENERAL PRICE LIST (effective 01/01/2026)",
                        "Basic services of funeral director and staff ........ $2,495",
                        "Transfer of remains to funeral home ................... $425",
                        "Embalming .............................................. $895",
                        "Direct cremation (with container) ..................... $2,150",
                        "Immediate burial (without casket) ...................... $2,680",
                        "Use of facilities for viewing (per day) ............... $550",
                    ],
                    "General Price List",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="casket vendor invoice with SSN-shaped order number",
        notes="Hard negative: casket supplier's invoice with an order number in SSN format; business mail, no decedent.",
        frm="Accounts Payable <ap@hollisweatherby.com>",
        to="ar@keystonecasket.com",
        subject="Remittance for order 227-61-4039",
        body="Hello,\n\nPayment of $6,412.50 for your order 227-61-4039 (4 x 18-gauge Crescent Silver, 2 x Oak Heritage) was sent by ACH today. Please correct the freight line on the next invoice; we were charged twice for liftgate.\n\nAccounts Payable"
        + SIG,
    ),
    Spec(
        phi=False,
        category="pre-planning seminar invitation",
        notes="Hard negative: invitation to a pre-planning lunch seminar that covers wills and advance directives; no individual.",
        frm="Hollis & Weatherby Community Events <events@hollisweatherby.com>",
        to="activities@brooksideseniorliving.com",
        subject="Lunch & Learn: Planning Ahead - May 7",
        body="Hello Marjorie,\n\nWe'd love to host our free Planning Ahead lunch for your residents on Thursday May 7 at noon. Topics: pre-planning funerals, Pennsylvania advance directives and living wills (with Renata Osei, RN, from Larkspur Valley Palliative Care), and veterans' burial benefits. Invite attached for your calendar.\n\nJeanette Sowers",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hollis Weatherby//Calendar//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:hw-lunch-20260507@hollisweatherby.com\r\nDTSTAMP:20260420T140000Z\r\nDTSTART:20260507T160000Z\r\nDTEND:20260507T173000Z\r\nSUMMARY:Lunch & Learn - Planning Ahead (funerals, advance directives, veterans benefits)\r\nLOCATION:Brookside Senior Living, Community Room\r\nORGANIZER:mailto:events@hollisweatherby.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=False,
        category="staff on-call roster workbook",
        notes="Hard negative: multi-sheet roster of directors and removal technicians with phone numbers; workforce information only.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="staff@hollisweatherby.com",
        subject="May on-call roster",
        body="May roster attached. Swap requests to me by Friday. Reminder: removal techs must have fit-tested N95s in the van.\n\nTom",
        atts=(
            Att(
                "HW_oncall_May2026.xlsx",
                XLSX,
                xlsx(
                    {
                        "Directors": [
                            ["Week", "Director on call", "Cell"],
                            ["May 1-7", "Alana Hollis", "717-555-0135"],
                            ["May 8-14", "Thomas Weatherby", "717-555-0136"],
                            ["May 15-21", "Jeanette Sowers", "717-555-0137"],
                        ],
                        "Removal techs": [
                            ["Week", "Tech 1", "Tech 2"],
                            ["May 1-7", "Dale Quinn", "Marco Ruiz"],
                            ["May 8-14", "Pete Zelinski", "Dale Quinn"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="annual statistics workbook to state board",
        notes="Hard negative: annual report to the state board with counts of cases by disposition and by place of death; aggregate only.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="st-funeral@pa-licensing.org",
        subject="2025 annual establishment report - Hollis & Weatherby",
        body="Attached is our 2025 annual establishment report (FD license establishment FE-003318). Please confirm receipt.\n\nThomas Weatherby, Supervisor",
        atts=(
            Att(
                "HW_2025_annual_report.xlsx",
                XLSX,
                xlsx(
                    {
                        "Dispositions": [
                            ["Disposition", "Cases"],
                            ["Burial", 188],
                            ["Cremation", 341],
                            ["Entombment", 12],
                            ["Body donation", 6],
                        ],
                        "Place of death": [
                            ["Place", "Cases"],
                            ["Hospital", 174],
                            ["Home (incl. hospice)", 229],
                            ["Nursing facility", 121],
                            ["Other", 23],
                        ],
                        "Staff": [["Role", "Count"], ["Licensed FD", 5], ["Apprentice", 1]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="HTML grief support newsletter",
        notes="HTML-only aftercare newsletter to a mailing list about grief topics and group times; no individual.",
        frm="Aftercare at Hollis & Weatherby <aftercare@hollisweatherby.com>",
        to="aftercare-newsletter@lists.hollisweatherby.com",
        subject="Spring aftercare newsletter: grief and the first holidays",
        body="",
        html="<html><body><h2>Grief doesn't follow a calendar</h2><p>Mother's Day and Father's Day can be especially hard in the first year. This month's article offers five small ways to honour someone you love on a hard day.</p><h3>Support groups</h3><ul><li>Walking group - Saturdays 9 am, Rudy Park</li><li>Loss of a spouse - 2nd Monday, 6:30 pm, our Hollis Room</li><li>Loss after suicide - with York County Survivors of Suicide, 4th Tuesday</li></ul><p>All groups are free and open to the community.</p></body></html>",
        html_only=True,
    ),
    Spec(
        phi=False,
        category="formaldehyde monitoring summary docx",
        notes="Hard negative: OSHA formaldehyde monitoring summary for the prep room with aggregate exposure results; no individual health data.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="safety@pfdainsurancegroup.com",
        subject="Formaldehyde monitoring results - 2026",
        body="Attached is our 2026 formaldehyde monitoring summary for the renewal file. All results were below the action level.\n\nTom",
        atts=(
            Att(
                "HW_formaldehyde_monitoring_2026.docx",
                DOCX,
                docx(
                    [
                        "Hollis & Weatherby Funeral Home - Formaldehyde Exposure Monitoring Summary (29 CFR 1910.1048)",
                        "Sampling date: March 11, 2026. Consultant: Keystone Industrial Hygiene.",
                        "8-hour TWA (3 samples, embalming staff): 0.21, 0.18, 0.26 ppm (action level 0.5 ppm).",
                        "15-minute STEL (2 samples): 0.9, 1.1 ppm (limit 2 ppm).",
                        "Ventilation: downdraft table and 12 air changes/hour verified. Next sampling: March 2027.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="blank cremation authorization template",
        notes="Hard negative: blank cremation authorization form with fields for cause of death and implanted devices; nothing filled in.",
        frm="Alana Hollis <ahollis@hollisweatherby.com>",
        to="forms@susquehannacrematory.com",
        subject="Updated blank authorization - please confirm format",
        body="Beth, here's our updated blank cremation authorization with the new device question. Can you confirm it meets your requirements before we print?\n\nAlana",
        atts=(
            Att(
                "HW_cremation_authorization_BLANK.docx",
                DOCX,
                docx(
                    [
                        "CREMATION AUTHORIZATION (BLANK)",
                        "Name of decedent: ________________________  Date of death: ____________",
                        "Cause of death as stated on death certificate: ________________________",
                        "Does the decedent have a pacemaker, defibrillator, radioactive implant or other battery-powered device? [ ] Yes [ ] No  If yes, type: ____________",
                        "Authorizing agent: ________________________  Relationship: ____________  Signature: ____________",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="florist delivery schedule",
        notes="Business mail to a florist about delivery times for services; no decedent health information.",
        frm=HW,
        to="orders@yorkbloomsflorist.com",
        subject="Deliveries this week",
        body="Hi Dana,\n\nService deliveries this week: Thursday by 9 am (St. Joseph's Church) and Saturday by 10 am (our Market Street chapel). Please leave the cards attached to each arrangement and bill the senders directly as usual.\n\nThanks!\nJeanette",
    ),
    Spec(
        phi=False,
        category="apprentice offer with vaccination requirement",
        notes="Hard negative: job offer to an apprentice's outlook address mentions a hepatitis B vaccination requirement as workplace policy, not her health.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="nadia.ferrante.mortuary@outlook.com",
        subject="Apprenticeship offer",
        body="Dear Nadia,\n\nWe are pleased to offer you the funeral director apprenticeship starting June 1 at $19.50/hour. As with all staff who handle remains, OSHA's bloodborne pathogens standard means we offer the hepatitis B vaccine series at no cost; you may accept or decline it on your first day. Please sign and return the offer letter by May 8.\n\nThomas Weatherby"
        + SIG,
    ),
    Spec(
        phi=False,
        category="infection control CE course announcement",
        notes="Hard negative: CE course on handling remains with TB, HIV and prion disease; topic only, no individual.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="members@yorkcountyfuneraldirectors.org",
        subject="CE: infection control in the prep room (3 hours)",
        body="Colleagues,\n\nWe're hosting a 3-hour CE session on Tuesday May 19: 'Infectious remains: TB, HIV, hepatitis, C. diff and Creutzfeldt-Jakob disease'. Presenter: Dr. Maya Lindgren, infectious disease, Larkspur Valley Medical Center. Approved for 3 PA CE hours. $45 for association members.\n\nTom Weatherby, President",
    ),
    Spec(
        phi=False,
        category="brochure files zip to printer",
        notes="Zip of brochure text and a logo image for the printer; marketing, no individual.",
        frm="Jeanette Sowers <jsowers@hollisweatherby.com>",
        to="prepress@yorkprintworks.com",
        subject="Pre-planning brochure files",
        body="Hi, files for the tri-fold pre-planning brochure are in the zip: copy text and the logo. 2,000 copies on 100# gloss, same as last year.\n\nJeanette",
        atts=(
            Att(
                "HW_preplanning_brochure.zip",
                "application/zip",
                zipped(
                    {
                        "brochure_copy.txt": "Planning ahead is a gift to your family.\nPanel 1: Why pre-plan?\nPanel 2: Burial, cremation and green options\nPanel 3: Call (717) 555-0131 for a free planning guide.\n",
                        "HW_logo.png": png(6, 6, (30, 60, 50)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="forwarded crematory maintenance notice",
        notes="Forward of the crematory's retort maintenance notice to staff; scheduling only.",
        frm="Thomas Weatherby <tweatherby@hollisweatherby.com>",
        to="staff@hollisweatherby.com",
        subject="FW: retort maintenance May 11-12",
        body="FYI - plan cremation dates around this.\n\nTom",
        forward=Spec(
            phi=False,
            category="",
            notes="",
            frm="Beth Naylor <operations@susquehannacrematory.com>",
            to="tweatherby@hollisweatherby.com",
            subject="Retort maintenance May 11-12",
            body="Hi Tom,\n\nRetort 2 will be relined May 11-12; Retort 1 runs normally, so expect a one-day backlog. We'll confirm times the week before.\n\nBeth Naylor, Operations, Susquehanna Crematory",
        ),
    ),
    Spec(
        phi=False,
        category="obituary style guide template",
        notes="Hard negative: obituary template text file with placeholders like [Name] and [cause, optional]; no real person.",
        frm="Alana Hollis <ahollis@hollisweatherby.com>",
        to="web@hollisweatherby.com",
        subject="Obituary template for the website form",
        body="Kevin, please use the attached template for the new online obituary form. Families fill in the brackets.\n\nAlana",
        atts=(
            Att(
                "obituary_template.txt",
                "text/plain",
                "[Full name], [age], of [town], passed away [peacefully] on [date] at [place, optional].\n"
                "[Optional: after a [length] illness / after a courageous battle with [illness]].\n"
                "Born [date] in [birthplace], [he/she/they] was the [son/daughter] of [parents].\n"
                "In lieu of flowers, contributions may be made to [charity].\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Memorial Day community event invitation",
        notes="Community event invitation to a veterans' group member's gmail; no health information.",
        frm="Hollis & Weatherby Community Events <events@hollisweatherby.com>",
        to="vfw7045.commander@gmail.com",
        subject="Memorial Day flag placement - volunteers welcome",
        body="Commander Haas,\n\nAs every year, we'll place flags on veterans' graves at Prospect Hill Cemetery on Saturday, May 23 at 8 am, followed by coffee at our chapel. Your post's color guard would be most welcome.\n\nJeanette Sowers",
    ),
    Spec(
        phi=False,
        category="records request decline to genealogist",
        notes="Hard negative: reply to a genealogist's aol address declining to release old case records; names no decedent.",
        frm=HW,
        to="familytreehunter@aol.com",
        subject="RE: 1962 funeral records",
        body="Dear Mr. Pollard,\n\nThank you for your inquiry. Our policy is to release case records only to the next of kin or their representative, so we are unable to send copies of the 1962 file you described. The York County Archives holds death certificates older than 50 years and may be able to help, as may the church where the service was held.\n\nHollis & Weatherby"
        + SIG,
    ),
    Spec(
        phi=False,
        category="preneed insurer commission statement query",
        notes="Business query to a preneed insurer about a commission statement; no individual.",
        frm="Accounts Payable <ap@hollisweatherby.com>",
        to="agentservices@homesteadpreneed.com",
        subject="Q1 commission statement - agency 40-1187",
        body="Hello,\n\nOur Q1 commission statement for agency 40-1187 shows 14 new contracts but we count 16 written. Could you check whether the two contracts from March 30 posted to Q2?\n\nThanks,\nAccounts Payable",
    ),
    Spec(
        phi=False,
        category="partnership thank-you with aggregate counts",
        notes="Hard negative: thank-you to a hospice with aggregate counts of families served; no person identified.",
        frm="Alana Hollis <ahollis@hollisweatherby.com>",
        to="tkessler@cedarhospiceyork.org",
        subject="Thank you - and our annual numbers",
        body="Dear Trudy,\n\nThank you for another year of partnership. In 2025 we served 212 families whose loved ones were cared for by Cedar Hospice, and our aftercare program followed up with 188 of them. Your team's early calls make such a difference to how families experience those first hours. We'd like to host your staff for a thank-you breakfast in June.\n\nAlana Hollis"
        + SIG,
    ),
]
