"""BrightArch Dental Benefits: outbound mail of a dental benefits administrator (38)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import DOCX, XLSX, docx, pdf, xlsx, zipped
from _spec import BAB, LMP, SOM, Att, Spec

MS = f"BrightArch Member Services <memberservices@{BAB}>"
CLM = f"BrightArch Claims <claims@{BAB}>"
EDI = f"BrightArch EDI <edi@{BAB}>"
PR = f"Denise Albright <dalbright@{BAB}>"
APP = f"BrightArch Appeals <appeals@{BAB}>"
COMP = f'"Howard Lutz, Privacy & Compliance" <hlutz@{BAB}>'
ACCT = f"Priyanka Desai <pdesai@{BAB}>"
FOOT = "\n\nBrightArch Dental Benefits | PO Box 4410, Fairbanks Hollow | 1-555-555-0100\nThis e-mail may contain confidential information intended only for the addressee."

X12_835 = (
    "ISA*00*          *00*          *ZZ*BRIGHTARCH     *ZZ*LITTLEMOLARS   *260318*0915*^*00501*000002261*0*P*:~"
    "GS*HP*BRIGHTARCH*LITTLEMOLARS*20260318*0915*2261*X*005010X221A1~"
    "ST*835*2261~BPR*I*211*C*ACH*CCP*01*071000013*DA*8820014*1472660391**01*091000019*DA*44120018*20260318~"
    "TRN*1*EFT8830412*1472660391~N1*PR*BRIGHTARCH DENTAL BENEFITS~N1*PE*LITTLE MOLARS PEDIATRIC DENTISTRY*XX*1742039187~"
    "CLP*LM26-0224-07*1*295*211**12*BA26077114~NM1*QC*1*KOWALCZYK*ZOFIA****MI*BAX702219384~"
    "SVC*AD:D1120*92*92~SVC*AD:D1206*38*38~SVC*AD:D2391*165*81~CAS*CO*45*84~"
    "SE*11*2261~GE*1*2261~IEA*1*000002261~"
)

X12_271 = (
    "ISA*00*          *00*          *ZZ*BRIGHTARCH     *ZZ*SUMMITOMS      *260317*1120*^*00501*000003390*0*P*:~"
    "GS*HB*BRIGHTARCH*SUMMITOMS*20260317*1120*3390*X*005010X279A1~ST*271*3390*005010X279A1~"
    "NM1*IL*1*ABERNATHY*COLLEEN*R***MI*BAX918220734~DMG*D8*19921203*F~"
    "EB*1*IND*35**BRIGHTARCH PPO 1500~EB*C*IND*35***23*1500~EB*F*IND*35***29*380~"
    "MSG*D7240 FREQUENCY OK. ORAL SURGERY 80 PCT AFTER DEDUCTIBLE~SE*8*3390~GE*1*3390~IEA*1*000003390~"
)

X12_270_TEST = (
    "ISA*00*          *00*          *ZZ*TESTSUBMITTER  *ZZ*BRIGHTARCH     *260316*0800*^*00501*000000001*0*T*:~"
    "GS*HS*TESTSUBMITTER*BRIGHTARCH*20260316*0800*1*X*005010X279A1~ST*270*0001*005010X279A1~"
    "NM1*IL*1*TESTSUBSCRIBER*SAMPLE****MI*TEST00000001~DMG*D8*19000101*U~EQ*35~"
    "SE*5*0001~GE*1*1~IEA*1*000000001~"
)

FHIR_EOB = """{
  "resourceType": "ExplanationOfBenefit",
  "id": "eob-ba26-061190",
  "status": "active",
  "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "oral"}]},
  "patient": {"display": "Marisol Quintero", "identifier": {"value": "BAX441870263"}},
  "billablePeriod": {"start": "2026-02-20"},
  "provider": {"display": "Harbor Smiles Dental"},
  "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ada.org/cdt", "code": "D3330", "display": "endodontic therapy, molar"}]}, "bodySite": {"text": "tooth 19"},
            "adjudication": [{"category": {"text": "benefit"}, "amount": {"value": 612.0, "currency": "USD"}}]}]
}
"""

MESSAGES = [
    Spec(
        phi=True,
        category="HTML EOB notice to member",
        notes="HTML-only explanation of benefits to the member's personal mailbox with member ID and a crown claim.",
        frm=f"BrightArch <noreply@{BAB}>",
        to="l.fairweather@aol.com",
        subject="Your Explanation of Benefits is ready",
        body="",
        html="<html><body><p>Dear Lionel Fairweather,</p><p>We processed a claim for you.</p><table border='1'><tr><th>Member ID</th><td>BAX227409183</td></tr><tr><th>Date of service</th><td>02/26/2026</td></tr><tr><th>Provider</th><td>Harbor Smiles Dental</td></tr><tr><th>Service</th><td>D2740 crown - porcelain/ceramic, tooth #14</td></tr><tr><th>Plan paid</th><td>$486.00</td></tr><tr><th>You may owe</th><td>$324.00</td></tr></table><p>BrightArch Dental Benefits</p></body></html>",
    ),
    Spec(
        phi=True,
        category="X12 835 remittance to dental office",
        notes="Hard positive: terse cover note; the 835 holds a child patient's name, member ID and paid procedures.",
        frm=EDI,
        to=f"billing@{LMP}",
        subject="ERA 2261",
        body="ERA attached for EFT8830412.",
        atts=(Att("ERA_2261.x12", "application/edi-x12", X12_835),),
    ),
    Spec(
        phi=True,
        category="X12 271 eligibility response to oral surgeon",
        notes="271 eligibility response naming a member with DOB, member ID and oral surgery benefits for a planned impacted extraction.",
        frm=EDI,
        to=f"billing@{SOM}",
        subject="271 response - manual resend",
        body="Your clearinghouse dropped this 271; resending manually as requested. Member: Colleen Abernathy, planned D7240."
        + FOOT,
        atts=(Att("271_3390.x12", "application/edi-x12", X12_271),),
    ),
    Spec(
        phi=True,
        category="Frequency limitation denial letter",
        notes="Denial letter PDF naming the member, her cleaning date and frequency limitation reason.",
        frm=CLM,
        to="beatrice.oduya@outlook.com",
        subject="Claim decision",
        body="Dear Ms. Oduya,\n\nPlease see the attached letter about your recent claim. You have 180 days to appeal."
        + FOOT,
        atts=(
            Att(
                "claim_decision_BA26071882.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTARCH DENTAL BENEFITS",
                        "Member: Beatrice Oduya   ID BAX338104726",
                        "Claim BA26071882  Date of service 03/02/2026",
                        "D1110 adult prophylaxis - DENIED",
                        "Reason: frequency limitation, 2 per benefit year; last paid 12/29/2025 and 09/03/2025.",
                    ],
                    "Claim decision",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Appeal acknowledgement to member",
        notes="Acknowledges a named member's appeal of a denied implant claim to her gmail.",
        frm=APP,
        to="nkatz.pottery@gmail.com",
        subject="We received your appeal",
        body="Dear Naomi Katz,\n\nWe received your appeal on March 13, 2026 for the denied implant (D6010, tooth #19) performed by Summit Oral & Maxillofacial Surgery. A dental consultant will review the X-rays and periodontal charting. We will decide within 30 days.\n\nAppeal number: AP-26-00418"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Claims reconciliation workbook to broker",
        notes="Hard positive: generic body; the multi-sheet workbook lists employees' names, member IDs and large claims with procedures.",
        frm=ACCT,
        to="service@ridgeviewbenefitsgroup.com",
        subject="Granite Logistics - Feb recon",
        body="Hi Tom,\n\nFebruary recon attached as discussed.\n\nPriyanka Desai\nAccount Manager"
        + FOOT,
        atts=(
            Att(
                "Granite_Feb2026_recon.xlsx",
                XLSX,
                xlsx(
                    {
                        "Summary": [
                            ["Item", "Amount"],
                            ["Premium billed", 48210.0],
                            ["Claims paid", 37655.4],
                        ],
                        "Large claims": [
                            ["Member", "Member ID", "Service", "Paid"],
                            ["Darnell Whitaker", "BAX560231874", "D7240 x4 + D9243", 1980.0],
                            ["Lucia Ferraro", "BAX560239120", "D4341 x4 perio scaling", 820.0],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Subrogation letter to injury attorney",
        notes="Subrogation notice naming a member and accident-related dental claims to the member's attorney.",
        frm=f"BrightArch Recovery Unit <recovery@{BAB}>",
        to="intake@hendrickslawgroup.com",
        subject="Notice of lien - your client Tomas Ferreira",
        body="Counsel,\n\nBrightArch paid $2,310.00 in dental benefits for your client Tomas Ferreira (member ID BAX612093457) for treatment of teeth #18-#20 following the motor vehicle collision on 02/28/2026. Please protect our lien in any settlement.\n\nRecovery Unit"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Coordination of benefits inquiry with SSN",
        notes="COB inquiry to another carrier with subscriber name, SSN, dependent and orthodontic claim.",
        frm=CLM,
        to="cob@northstardentalplan.com",
        subject="COB verification",
        body="Hello,\n\nPlease confirm whether you are primary for dependent Ethan Marsh (DOB 06/12/2011).\nSubscriber: Karen Marsh, SSN 318-46-2209, employer Pinecrest Schools.\nOur claim BA26060331 is for comprehensive orthodontic treatment (D8080) started 01/15/2026.\n\nCOB Unit"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Orthodontic lifetime maximum notice to parent",
        notes="Notice to a parent that the daughter's orthodontic lifetime maximum has been reached.",
        frm=MS,
        to="jfortier.home@icloud.com",
        subject="Orthodontic benefit update for Chloe",
        body="Dear Julien Fortier,\n\nChloe Fortier has now used her full orthodontic lifetime maximum of $1,500. Further monthly adjustment visits with Straight Path Orthodontics will not be covered; the practice may bill you directly.\n\nMember Services"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Scanned claim forms zip to processing vendor",
        notes="Hard positive: zip of OCR text of paper claim forms with names, DOBs and procedures sent to the data-entry vendor.",
        frm=CLM,
        to="batches@keystrokedataservices.com",
        subject="Paper batch 0316-B",
        body="Batch 0316-B: 3 forms, OCR text attached. Return keyed file by Thursday." + FOOT,
        atts=(
            Att(
                "batch_0316B.zip",
                "application/zip",
                zipped(
                    {
                        "form_001.txt": "ADA 2024 | PATIENT: GUTIERREZ, ANA M | DOB 03/09/1975 | ID BAX771093284 | 02/27/26 D2950 core buildup #30, D2740 #30\n",
                        "form_002.txt": "ADA 2024 | PATIENT: LOWELL, TRAVIS | DOB 11/22/1999 | ID BAX771093517 | 03/03/26 D7140 ext #12\n",
                        "form_003.txt": "ADA 2024 | PATIENT: HADDAD, NOOR | DOB 11/30/2020 | ID BAX604118273 | 03/09/26 D2930 A J K T\n",
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Predetermination response to pediatric dentist",
        notes="Predetermination result naming a child, member ID and approved crowns to the dental office.",
        frm=CLM,
        to=f"billing@{LMP}",
        subject="Predetermination PD-26-3318 completed",
        body="Patient: Noor Haddad (DOB 11/30/2020), member BAX604118273\nD2930 x4 (A, J, K, T): approved at 80% after deductible, est. plan payment $672.00\nD9230: not a covered benefit for this group\n\nValid 12 months. This is not a guarantee of payment."
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Special investigations referral list",
        notes="Hard positive: the body names no member; the TXT attachment lists members with IDs and billed periodontal procedures.",
        frm=COMP,
        to="tips@statedentalboard.gov",
        subject="SIU referral - possible upcoding, Dr. R. Keel",
        body="Attached is the member list supporting our referral regarding a network dentist billing D4341 (scaling and root planing) for routine cleanings. Members were not interviewed.\n\nHoward Lutz, Privacy & Compliance"
        + FOOT,
        atts=(
            Att(
                "SIU_26-014_members.txt",
                "text/plain",
                "SIU 26-014 affected members\nBrennan, Walt  BAX883104729  D4341 x4  01/14/2026\nSaito, Emiko   BAX883106011  D4341 x4  01/21/2026\nOyelowo, Funmi BAX883107352  D4341 x4  02/02/2026\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Medicare Advantage dental supplement enrollment confirmation",
        notes="Enrollment in a dental benefit programme with the beneficiary's name and Medicare MBI to the partner plan.",
        frm=f"BrightArch Enrollment <enrollment@{BAB}>",
        to="partnerops@silverpinehealthplan.com",
        subject="MA dental rider - enrollment confirmations",
        body="The following Silver Pine Advantage member is now enrolled in the Dental Plus rider effective 04/01/2026:\n\nHarold Benning, DOB 02/14/1949, MBI: 3TN7-K42-QD85, BrightArch ID BAX905518230\n\nEnrollment Team"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="Claim status reply with initials and DOB",
        notes="Hard positive: terse claim status with patient initials, DOB, claim number and approved surgical extractions to the oral surgery office.",
        frm=CLM,
        to=f"billing@{SOM}",
        subject="re: 4471-0093",
        body="Pt A. Mensah DOB 05/14/1998 - clm 4471-0093, D7240 x2 approved, DOS 3/4. Pmt goes out in Friday's cycle.\n\n-Claims",
    ),
    Spec(
        phi=True,
        category="Member services reply to spouse",
        notes="Hard positive: reply to the wife about her husband's root canal claim using his first name and relationship.",
        frm=MS,
        to="linh.tranvo@yahoo.com",
        subject="Re: Question about my husband's claim",
        body="Hi Linh,\n\nYou are listed as an authorized representative, so I can share this: the root canal on David's lower molar (done Feb 20) was paid at 80%, and the crown that goes on top will need a predetermination first. Let me know if you'd like us to contact his dentist.\n\nCarla, Member Services"
        + FOOT,
    ),
    Spec(
        phi=True,
        category="FHIR ExplanationOfBenefit to member's chosen app",
        notes="FHIR EOB with the member's name, member ID and molar root canal sent to a third-party app at the member's request.",
        frm=f"BrightArch Patient Access API <api@{BAB}>",
        to="support@toothtrackerapp.com",
        subject="Patient access export - request PA-26-0092",
        body="Per the member's authorization, the requested ExplanationOfBenefit resource is attached."
        + FOOT,
        atts=(Att("eob-ba26-061190.json", "application/fhir+json", FHIR_EOB),),
    ),
    Spec(
        phi=True,
        category="Condition-segmented wellness program outreach",
        notes="Hard positive: HTML-only outreach naming a child and his past fillings to enrol him in a cavity-prevention programme.",
        frm=f"BrightArch Wellness <wellness@{BAB}>",
        to="sam.ellery@hotmail.com",
        subject="Noah qualifies for Cavity-Free Kids",
        body="",
        html="<html><body><p>Hi Sam,</p><p>Because <b>Noah Ellery</b> had two fillings last year, he qualifies for our <b>Cavity-Free Kids</b> program: an extra fluoride varnish and sealant check at no cost.</p><p><a href='https://brightarchdental.com/cfk?m=BAX330925618'>Enroll Noah</a></p></body></html>",
    ),
    Spec(
        phi=True,
        category="Grievance resolution letter DOCX",
        notes="Grievance resolution letter naming the member and her periodontal surgery billing dispute.",
        frm=APP,
        to="r.beaumont58@gmail.com",
        subject="Resolution of your grievance G-26-0077",
        body="Dear Ms. Beaumont, our response is attached." + FOOT,
        atts=(
            Att(
                "G-26-0077_resolution.docx",
                DOCX,
                docx(
                    [
                        "Dear Rochelle Beaumont,",
                        "You told us you were balance-billed $640 for osseous surgery (D4260) on 01/27/2026 by an in-network periodontist.",
                        "We agree the provider may not bill you above the allowed amount. We have contacted the office and they will refund $640.",
                        "BrightArch Appeals & Grievances",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Provider newsletter on CDT code changes",
        notes="Hard negative: HTML provider newsletter describing new CDT codes and documentation; no patient.",
        frm=f"BrightArch Provider Relations <providers@{BAB}>",
        to=f"network-dentists@lists.{BAB}",
        subject="CDT 2026: what changes on your claims",
        body="",
        html="<html><body><h2>CDT 2026 updates</h2><p>New codes for caries risk assessment and silver diamine fluoride (D1354 per tooth) are payable from January 1. D4341 requires periodontal charting showing pockets of 4 mm or more. Narratives for D7210 should state why a surgical approach was needed.</p></body></html>",
    ),
    Spec(
        phi=False,
        category="Employer aggregate utilization report",
        notes="Hard negative: multi-sheet aggregate report by procedure category and age band; no member.",
        frm=ACCT,
        to="benefits@granitelogistics.com",
        subject="2025 dental utilization review",
        body="Hi Angela,\n\nAttached is your 2025 utilization summary for the renewal meeting. Categories with fewer than 11 members are suppressed.\n\nPriyanka"
        + FOOT,
        atts=(
            Att(
                "Granite_2025_utilization.xlsx",
                XLSX,
                xlsx(
                    {
                        "By category": [
                            ["Category", "Members using", "Paid"],
                            ["Preventive", 412, 61230.0],
                            ["Basic", 188, 40110.0],
                            ["Major", 57, 52900.0],
                        ],
                        "By age band": [
                            ["Age band", "Members", "Utilization rate"],
                            ["0-18", 201, "71%"],
                            ["19-40", 256, "58%"],
                            ["41-64", 198, "63%"],
                        ],
                        "Benchmarks": [
                            ["Metric", "Granite", "Book"],
                            ["Preventive use", "64%", "61%"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="X12 270 test file with test subscriber",
        notes="Hard negative: 270 companion-guide test transaction with a declared TESTSUBSCRIBER in test mode.",
        frm=EDI,
        to="onboarding@dentalbridgeclearing.com",
        subject="Test 270 for your connectivity check",
        body="Sample 270 in test mode (ISA15 = T) with our standard test subscriber; it is not a member."
        + FOOT,
        atts=(Att("sample_270_TEST.x12", "application/edi-x12", X12_270_TEST),),
    ),
    Spec(
        phi=False,
        category="Network fee schedule CSV",
        notes="Hard negative: CDT fee schedule CSV for network dentists; no patient.",
        frm=PR,
        to=f"chartigan@{LMP}",
        subject="Re: 2026 fee schedule - counter-proposal",
        body="Hi Colleen,\n\nWe can meet you on D1206 and D1351; revised schedule attached. D2930 stays at $225.\n\nDenise Albright, Provider Relations"
        + FOOT,
        atts=(
            Att(
                "LMP_fee_schedule_2026.csv",
                "text/csv",
                "cdt,description,allowed\nD1120,prophylaxis child,92\nD1206,fluoride varnish,40\nD1351,sealant per tooth,52\nD2930,SSC primary,225\nD9230,nitrous oxide,65\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Group renewal quote to broker",
        notes="Hard negative: group number and premium rates look like identifiers but concern an employer plan.",
        frm=ACCT,
        to="service@ridgeviewbenefitsgroup.com",
        subject="Renewal quote - group 40-2218",
        body="Tom,\n\nRenewal for group 40-2218 (Granite Logistics), effective 07/01/2026:\nEmployee only $38.20\nEmployee + spouse $74.10\nFamily $118.60\nRate change +3.8%. Plan design unchanged (PPO 1500, ortho to age 19).\n\nPriyanka"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Workforce privacy training with sample fields",
        notes="Hard negative: HIPAA training for staff with placeholder member data (XXXX); no real member.",
        frm=COMP,
        to=f"all-employees@{BAB}",
        subject="Annual privacy training due March 31",
        body="Everyone must complete the annual privacy and security module by March 31.\n\nNew this year: a scenario on misdirected EOBs, and a reminder that the subject line must never contain member names or procedure codes. Example of what a safe subject looks like: 'Claim inquiry - ref XXXX'. Member ID format for masking: BAX*******83.\n\nHoward Lutz"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Provider directory update with NPIs",
        notes="Hard negative: directory update listing dentists, specialties and NPIs; no patient.",
        frm=f"BrightArch Provider Data <providerdata@{BAB}>",
        to="directory@findadentistnow.com",
        subject="Directory feed correction",
        body="Please correct these listings:\n\nPriya Raman, DDS - Pediatric Dentistry - NPI: 1742039187 - accepting new patients\nElena Vasquez-Hart, DDS MD - Oral & Maxillofacial Surgery - NPI: 1629584073\nLauren Vance, DMD - Orthodontics - NPI: 1588203467\n"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Claims examiner job posting",
        notes="Hard negative: job posting that mentions CDT coding and claim review; no patient.",
        frm=f"BrightArch Talent <careers@{BAB}>",
        to="listings@insurancejobsnetwork.com",
        subject="Posting: Dental Claims Examiner II",
        body="Review and adjudicate dental claims (CDT, frequency limits, COB), read radiographs with dental consultants, handle provider calls. 2+ years dental claims experience. Hybrid, Fairbanks Hollow.",
    ),
    Spec(
        phi=False,
        category="De-identified actuarial extract CSV",
        notes="Hard negative: Safe Harbor de-identified claims extract with age bands, 3-digit ZIP and CDT codes for the actuary.",
        frm=ACCT,
        to="analytics@cobaltactuarial.com",
        subject="2025 claims extract (de-identified)",
        body="De-identified per Safe Harbor: no names, IDs or full dates, ZIP3 only, ages banded, 90+ grouped.\n\nPriyanka"
        + FOOT,
        atts=(
            Att(
                "claims2025_deid.csv",
                "text/csv",
                "age_band,zip3,year,cdt,paid\n0-18,555,2025,D1120,88\n19-40,555,2025,D2740,486\n41-64,556,2025,D4341,205\n65-89,556,2025,D5110,910\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Minimum necessary policy excerpt",
        notes="Hard negative: policy document PDF with example field names and masked values; no individual.",
        frm=COMP,
        to="audit@cornerstonecompliance.com",
        subject="Policy PR-07 for your review",
        body="As requested for the audit, our minimum necessary policy is attached." + FOOT,
        atts=(
            Att(
                "PR-07_minimum_necessary.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTARCH DENTAL BENEFITS - POLICY PR-07 MINIMUM NECESSARY",
                        "Disclose only the fields needed for the purpose.",
                        "Employer groups receive aggregates only; never Member Name, Member ID,",
                        "Procedure Code or Date of Service at member level.",
                        "Example masked record: Member ID BAX*******83, DOS **/**/2026",
                    ],
                    "PR-07",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="SFTP key rotation notice",
        notes="IT notice with a key fingerprint TXT; no patient.",
        frm=EDI,
        to="ops@dentalbridgeclearing.com",
        subject="SFTP host key rotation 3/28",
        body="We rotate our SFTP host key on March 28 at 02:00 ET. New fingerprint attached; please update known_hosts."
        + FOOT,
        atts=(
            Att(
                "sftp_hostkey_2026.txt",
                "text/plain",
                "Host: sftp.brightarchdental.com\nED25519 SHA256:q4Zr0Pp9tYx2bV7LmKc1sWnE8uJ3hA6dF5gR0oT2iQ\nValid from: 2026-03-28\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Plan summary PDF to employer HR",
        notes="Benefit summary for an employer group; no member.",
        frm=ACCT,
        to="benefits@granitelogistics.com",
        subject="Plan summary for open enrollment",
        body="Angela - the 2026-27 plan summary is attached for your open enrollment packets."
        + FOOT,
        atts=(
            Att(
                "Granite_PPO1500_summary.pdf",
                "application/pdf",
                pdf(
                    [
                        "BRIGHTARCH DENTAL BENEFITS - PPO 1500 SUMMARY",
                        "Preventive 100% | Basic 80% | Major 50% | Ortho 50% to age 19",
                        "Annual maximum $1,500 | Deductible $50",
                        "Waiting periods: none",
                    ],
                    "Plan summary",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Press release on aggregate oral health study",
        notes="Hard negative: press release on diabetes and gum disease using aggregate figures only.",
        frm=f"BrightArch Communications <press@{BAB}>",
        to="newsdesk@hollowbusinessjournal.com",
        subject="Press release: periodontal care linked to lower medical costs",
        body="FOR IMMEDIATE RELEASE\n\nA BrightArch analysis of 18,400 members with diabetes found that those who received regular periodontal maintenance had 12% lower medical costs over two years than those who did not. The study used de-identified data.\n\nMedia contact: press@brightarchdental.com",
    ),
    Spec(
        phi=False,
        category="ID card print vendor invoice",
        notes="Vendor invoice with totals only; no member.",
        frm=ACCT,
        to="billing@cardcraftprint.com",
        subject="Invoice CC-88120",
        body="Approved for payment: invoice CC-88120, 42,118 ID cards printed and mailed in February. Please use PO 7731 on future invoices.",
    ),
    Spec(
        phi=False,
        category="Regulator complaint statistics report",
        notes="Hard negative: quarterly complaint counts to the insurance regulator by type; no consumer named.",
        frm=COMP,
        to="consumer.reports@statedoi.gov",
        subject="Q4 2025 complaint statistics - NAIC 60221",
        body="Q4 2025 complaints: claim denial 14, delay 6, balance billing 3, network adequacy 2, other 1. All resolved within 30 days except two pending external review.\n\nHoward Lutz"
        + FOOT,
    ),
    Spec(
        phi=False,
        category="Employee flu shot clinic",
        notes="Hard negative: staff health notice about a vaccine clinic; no individual health info.",
        frm=f"BrightArch HR <hr@{BAB}>",
        to=f"all-employees@{BAB}",
        subject="On-site flu shots Wednesday",
        body="Flu shots in conference room B on Wednesday, 10-2. Bring your medical card. If you have an egg allergy, talk to the nurse first.",
    ),
    Spec(
        phi=False,
        category="Call script with fictional sample member",
        notes="Hard negative: service script DOCX using a fictional 'Jane Sample' clearly declared as an example.",
        frm=MS,
        to="trainer@contactcenterpros.com",
        subject="Updated call script for your new agents",
        body="Attached is the revised script. The member in the examples is fictional." + FOOT,
        atts=(
            Att(
                "member_call_script_v4.docx",
                DOCX,
                docx(
                    [
                        "Verify identity: name, date of birth, member ID (all three).",
                        "EXAMPLE ONLY - fictional member: Jane Sample, DOB 01/01/1980, ID BAXSAMPLE0001.",
                        "Never confirm a procedure or claim until identity is verified.",
                        "Offer the portal for EOB copies.",
                    ]
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Network relations meeting invite",
        notes="Calendar invite for a provider relations meeting; no patient.",
        frm=PR,
        to=f"rsolis@{SOM}",
        subject="Invitation: quarterly network check-in",
        body="Renata - let's review credentialing status and the new fee schedule.",
        atts=(
            Att(
                "network_checkin.ics",
                "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BrightArch//PR//EN\r\nBEGIN:VEVENT\r\nUID:ba-pr-2026-q1-som@brightarchdental.com\r\nDTSTAMP:20260316T140000Z\r\nDTSTART:20260402T150000Z\r\nDTEND:20260402T153000Z\r\nSUMMARY:BrightArch / Summit OMS quarterly check-in\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Forwarded vendor outage notice",
        notes="Forward of a clearinghouse maintenance notice; no patient.",
        frm=EDI,
        to=f"network-dentists@lists.{BAB}",
        subject="FW: Scheduled maintenance this weekend",
        body="FYI - claims submitted through DentalBridge will queue Saturday night and process Sunday.",
        forward=Spec(
            phi=False,
            category="forwarded",
            notes="forwarded",
            frm="noc@dentalbridgeclearing.com",
            to=f"edi@{BAB}",
            subject="Scheduled maintenance this weekend",
            body="DentalBridge will perform database maintenance Saturday 22:00 - Sunday 04:00 ET. Submissions will be queued.",
        ),
    ),
    Spec(
        phi=False,
        category="Provider directory files zip",
        notes="Zip of provider location and specialty files; no patient.",
        frm=f"BrightArch Provider Data <providerdata@{BAB}>",
        to="feeds@findadentistnow.com",
        subject="Monthly directory files - March",
        body="March directory files attached (locations and specialties)." + FOOT,
        atts=(
            Att(
                "directory_2026-03.zip",
                "application/zip",
                zipped(
                    {
                        "locations.csv": "practice,city,phone\nLittle Molars Pediatric Dentistry,Fairbanks Hollow,555-555-0142\nSummit Oral & Maxillofacial Surgery,Fairbanks Hollow,555-555-0128\n",
                        "specialties.csv": "npi,specialty\n1742039187,Pediatric Dentistry\n1629584073,Oral & Maxillofacial Surgery\n",
                    }
                ),
            ),
        ),
    ),
]
