"""StreetReach Health homeless outreach team: outbound mail (37)."""
# ruff: noqa: E501  (hand-written mail text keeps its own line breaks)

from __future__ import annotations

from _att import XLSX, encrypted_zip, pdf, png, xlsx, zipped
from _spec import HHR, RMC, SRH, Att, Spec

OUT = f"StreetReach Outreach <outreach@{SRH}>"
KIM = f'"Kim Moreno, RN" <k.moreno@{SRH}>'
ABEL = f'"Abel Tesfaye, Peer Navigator" <abel.t@{SRH}>'
DR = f"Dr. Priya Raman <p.raman@{SRH}>"
SIG = "\n\nKim Moreno, RN\nStreetReach Health - mobile outreach\n253-555-0172 (van cell)"

HL7_VXU = (
    "MSH|^~\\&|SRH_EMR|STREETREACH|WAIIS|WADOH|202603181030||VXU^V04|SRH7781|P|2.5.1\r"
    "PID|1||SRH-20413^^^SRH^MR||BRAVE HEART^LUCILLE||19750204|F|||CAMP 6 LINCOLN AVE^^TACOMA^WA^98421\r"
    "RXA|0|1|20260318||115^Tdap^CVX|0.5|mL\r"
    "RXA|0|1|20260318||189^HepB-CpG^CVX|0.5|mL\r"
)

FHIR_OBS = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "SRH-19877", "name": [{"family": "Castellanos", "given": ["Rudy"]}], "birthDate": "1983-10-15"}},
    {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "HCV RNA quantitative"}, "subject": {"reference": "Patient/SRH-19877"}, "valueQuantity": {"value": 1840000, "unit": "IU/mL"}}}
  ]
}
"""

X12_837 = (
    "ISA*00*          *00*          *ZZ*STREETREACH    *ZZ*CASCADIACCP    *260318*1402*^*00501*000000782*0*P*:~"
    "GS*HC*STREETREACH*CASCADIACCP*20260318*1402*782*X*005010X222A1~ST*837*0001*005010X222A1~"
    "NM1*85*2*STREETREACH HEALTH*****XX*1053042440~"
    "NM1*IL*1*OYELARAN*FEMI****MI*CCP80664021~DMG*D8*19880303*M~"
    "CLM*SRH0318A*145.00***15:B:1*Y*A*Y*Y~HI*ABK:L03.116*ABF:Z59.02~"
    "SV1*HC:99348*145.00*UN*1***1~DTP*472*D8*20260317~SE*9*0001~GE*1*782~IEA*1*000000782~"
)

MESSAGES = [
    Spec(
        phi=True,
        category="Immunization registry VXU",
        notes="Hard positive: HL7 VXU with client name, DOB, encampment address and vaccines.",
        frm=OUT,
        to="iis-submissions@doh.wa-example.gov",
        subject="VXU batch 3/18",
        body="Daily VXU attached.",
        atts=(Att("vxu_0318.hl7", "application/hl7-v2", HL7_VXU),),
    ),
    Spec(
        phi=True,
        category="Hep C result bundle to treating clinic",
        notes="Hard positive: name and positive HCV viral load only in the FHIR bundle.",
        frm=DR,
        to="hcv.program@southsoundfamilyclinic.org",
        subject="Referral for DAA start",
        body="Hi team, one more for the street-medicine HCV pathway. Genotype pending. He's usually at the Pacific Ave meal site Tuesdays.",
        atts=(Att("hcv_bundle.json", "application/fhir+json", FHIR_OBS),),
    ),
    Spec(
        phi=True,
        category="Outreach claim X12 837",
        notes="Hard positive: 837 claim with member name, ID, cellulitis and homelessness codes.",
        frm=f"Billing <billing@{SRH}>",
        to="edi@cascadiacommunityplan.com",
        subject="837P file 782",
        body="Transmitting 837P file 782 (1 claim).",
        atts=(Att("837P_782.x12", "application/edi-x12", X12_837),),
    ),
    Spec(
        phi=True,
        category="Van nurse notes to ED case manager",
        notes="Named client with vitals, leg wound and refusal of transport, sent to ED CM.",
        frm=KIM,
        to=f"dana.okafor@{RMC}",
        subject="heads up - may come in tonight",
        body="Dana, saw Harold Pinchbeck at the Portland Ave camp at 1400. Temp 38.6, HR 118, BP 96/60, red streaking up the L calf from an old burn. Refused transport. I left him with a cell phone (253-555-0161) and he said he'd walk in after dinner. If he shows, he's septic-looking until proven otherwise."
        + SIG,
    ),
    Spec(
        phi=True,
        category="Encrypted outreach census",
        notes="Password-protected zip of the weekly client census with names and diagnoses, sent to partner.",
        frm=OUT,
        to=f"intake@{HHR}",
        subject="Weekly shared census (encrypted)",
        body="Password by phone as usual. Contains the shared-client list with current problems.",
        atts=(
            Att(
                "shared_census_wk12.zip",
                "application/zip",
                encrypted_zip(
                    {
                        "census.csv": "name,dob,location,problems\nLucille Brave Heart,1975-02-04,Camp 6,COPD; Tdap given\nRudy Castellanos,1983-10-15,Pacific Ave,HCV RNA+\nFemi Oyelaran,1988-03-03,Tent by I-705,cellulitis\n",
                    },
                    "Rv8#wk12",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Birth certificate request letter with diagnosis",
        notes="Hard positive: support letter to vital records naming client and her schizophrenia as reason for lost documents.",
        frm=ABEL,
        to="vitalrecords@piercecounty-example.gov",
        subject="Fee waiver request - birth certificate",
        body="To whom it may concern,\n\nI am a peer navigator with StreetReach Health. Our client Shawna Redcloud (born 11/09/1991) lost her documents during a hospitalization for schizophrenia last fall and cannot pay the fee. Please consider a fee waiver so she can apply for housing.\n\nAbel Tesfaye",
    ),
    Spec(
        phi=True,
        category="MOUD bridge prescription to pharmacy",
        notes="Part 2-style buprenorphine bridge script naming patient, sent to pharmacy.",
        frm=DR,
        to="rx@tacomacommunitypharmacy.com",
        subject="Bridge Rx - please hold for pickup",
        body="Please fill for Jerome Aquino, DOB 07/21/1986: buprenorphine-naloxone 8/2 mg film, 1 SL BID, #14, no refills. He is starting with our street-medicine MOUD program and will pick up with Abel this afternoon.\n\nPriya Raman, MD  NPI: 1809416104  DEA: BR9522601",
    ),
    Spec(
        phi=True,
        category="TB skin test reply to client's personal email",
        notes="Reply to client's personal mailbox about his TB skin test reading.",
        frm=KIM,
        to="marcusdwell88@gmail.com",
        subject="Re: my TB test",
        body="Hi Marcus, your TB skin test read 0 mm today - negative. You can give the shelter the attached card. See you Thursday for the second hep A shot."
        + SIG,
        atts=(
            Att(
                "TB_card_Dwell.pdf",
                "application/pdf",
                pdf(
                    [
                        "STREETREACH HEALTH - TUBERCULIN SKIN TEST RECORD",
                        "Name: Marcus Dwell   DOB 05/12/1988",
                        "Placed 03/16/2026   Read 03/18/2026   Induration 0 mm   NEGATIVE",
                    ],
                    "TB card",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Daily street census spreadsheet",
        notes="Hard positive: body is generic; names, pregnancy, frostbite and seizures are only in the multi-sheet workbook.",
        frm=KIM,
        to=f"team@{SRH}",
        subject="street census + follow-ups",
        body="Updated after today's run. Sheet 2 = priority follow-ups.",
        atts=(
            Att(
                "census_0318.xlsx",
                XLSX,
                xlsx(
                    {
                        "Contacts": [
                            ["Name", "Camp", "Issue", "Seen"],
                            [
                                "Wanda Fairweather",
                                "Tideflats",
                                "pregnant ~28 wks, no prenatal care",
                                "3/18",
                            ],
                            ["Ike Nakagawa", "Portland Ave", "frostbite toes, wound care", "3/18"],
                            ["Bo Lindqvist", "I-705", "seizures, out of keppra", "3/17"],
                        ],
                        "Priority": [
                            ["Name", "Action"],
                            ["Wanda Fairweather", "OB appt Mon"],
                            ["Bo Lindqvist", "levetiracetam refill"],
                        ],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Housing authority disability verification",
        notes="Disability verification form with name, SSN and PTSD diagnosis sent to housing authority.",
        frm=DR,
        to="verifications@tacomahousing-example.org",
        subject="Disability verification - applicant Reyes",
        body="Completed verification attached for applicant Tomas Reyes (SSN 531-72-4406). He has chronic PTSD and a below-knee amputation and qualifies as disabled under the program definition.",
        atts=(
            Att(
                "verification_Reyes.pdf",
                "application/pdf",
                pdf(
                    [
                        "STREETREACH HEALTH - DISABILITY VERIFICATION",
                        "Applicant: Tomas Reyes   SSN 531-72-4406",
                        "Conditions: F43.12 chronic PTSD; Z89.511 acquired absence of right leg below knee",
                        "Signed: Priya Raman, MD",
                    ],
                    "Verification",
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Wound photo series zip",
        notes="Hard positive: zip of wound photos whose file names carry the client's name and dates.",
        frm=KIM,
        to="woundclinic@riverbendmc.org",
        subject="photos for Friday consult",
        body="Photo series attached, 3 weeks of progress.",
        atts=(
            Att(
                "wound_series.zip",
                "application/zip",
                zipped(
                    {
                        "Nakagawa_Ike_toes_0304.png": png(4, 4, (90, 40, 40)),
                        "Nakagawa_Ike_toes_0311.png": png(4, 4, (120, 60, 60)),
                        "Nakagawa_Ike_toes_0318.png": png(4, 4, (150, 90, 90)),
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Outreach visit appointment invite",
        notes="Hard positive: subject gives first name and last initial with 'OB intake'; the invite names her and her 28-week pregnancy.",
        frm=ABEL,
        to=f"k.moreno@{SRH}",
        subject="Ride: Wanda F - OB intake",
        body="I'll drive; meet at Tideflats 0830.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SRH//Outreach//EN\r\nBEGIN:VEVENT\r\nUID:h99-srh-ob-0323@streetreachhealth.org\r\nDTSTAMP:20260318T180000Z\r\nDTSTART:20260323T163000Z\r\nDTEND:20260323T180000Z\r\nSUMMARY:Wanda Fairweather - first prenatal visit (28 wks)\r\nLOCATION:South Sound Family Clinic OB\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    Spec(
        phi=True,
        category="Death notification to family",
        notes="Notification to sister that a client died, with cause, sent to her personal email.",
        frm=DR,
        to="gloria.hatch.1962@aol.com",
        subject="About your brother Wesley",
        body="Dear Ms. Hatch,\n\nI am so sorry to write this. Your brother Wesley Hatch was found unresponsive at his campsite on March 15 and was pronounced dead at Riverbend. The medical examiner believes it was an accidental fentanyl overdose. Our team knew him for three years and cared about him deeply. Please call me at 253-555-0175 when you are ready.\n\nPriya Raman, MD",
    ),
    Spec(
        phi=True,
        category="Text file of street medicine encounter note",
        notes="Hard positive: plain-text SOAP note attachment with abbreviations and client nickname plus DOB.",
        frm=DR,
        to=f"records@{SRH}",
        subject="late note upload",
        body="EMR down last night, note attached for scanning.",
        atts=(
            Att(
                "note_0317_TJ.txt",
                "text/plain",
                "S: 'TJ' (Terrance Jolly, DOB 1/30/70) c/o SOB x3d, smokes 1ppd\nO: SpO2 88% RA, wheeze bilat, RR 24\nA: COPD exac\nP: albuterol neb x1 on van, pred 40 x5d, doxy; ED if worse. F/u 3/19.\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Forward of client email to benefits attorney",
        notes="Forwarded client email about SSI denial with diagnoses, to legal aid attorney.",
        frm=ABEL,
        to="intake@northwestlegalaid-example.org",
        subject="FW: SSI denied again",
        body="Forwarding with Ms. Pruitt's consent - she'd like help with an appeal. Our medical records showing her heart failure and kidney disease can be sent on request.",
        forward=Spec(
            phi=True,
            category="fwd",
            notes="fwd",
            frm="delphine.pruitt@hotmail.com",
            to=f"abel.t@{SRH}",
            subject="SSI denied again",
            body="Abel they denied my SSI again even with my heart failure and kidney problems. what do I do. -Delphine Pruitt",
        ),
    ),
    Spec(
        phi=True,
        category="HTML outreach summary to county",
        notes="HTML-only case conference summary naming three clients and their conditions.",
        frm=OUT,
        to="hmis@piercecounty-example.gov",
        subject="Case conference 3/18 - prioritization",
        body="",
        html="<html><body><p>Case conference 3/18 recommendations for permanent supportive housing priority:</p><ol><li>Bo Lindqvist - uncontrolled epilepsy, 3 ED visits</li><li>Wanda Fairweather - pregnancy, 28 weeks</li><li>Harold Pinchbeck - recurrent cellulitis, sepsis risk</li></ol></body></html>",
    ),
    Spec(
        phi=True,
        category="Lab requisition to reference lab",
        notes="Requisition CSV with names, DOBs and test orders (HIV, syphilis).",
        frm=KIM,
        to="clientservices@pugetreflab.com",
        subject="Courier pickup - 3 tubes",
        body="3 specimens in the lockbox, manifest attached.",
        atts=(
            Att(
                "manifest_0318.csv",
                "text/csv",
                "name,dob,tests\nLucille Brave Heart,1975-02-04,HIV 4th gen; RPR\nIke Nakagawa,1969-12-01,CBC; CMP\nRudy Castellanos,1983-10-15,HCV genotype\n",
            ),
        ),
    ),
    Spec(
        phi=True,
        category="Shelter bed hold with medical reason",
        notes="Hard positive: terse bed-hold request giving first name, last initial and 'post-op, drain in' to a shelter.",
        frm=ABEL,
        to="beds@tacomamissionshelter.org",
        subject="bed hold pls",
        body="Can you hold a lower bunk for Gil M. tonight? Post-op from hernia repair, drain still in, can't climb. He'll arrive with our van ~7.",
    ),
    Spec(
        phi=True,
        category="Naloxone distribution follow-up with overdose history",
        notes="Message to client's partner's gmail naming client and recent overdose reversal.",
        frm=ABEL,
        to="kaylee.vonn93@gmail.com",
        subject="new narcan kit for Danny",
        body="Hi Kaylee, since you used your kit on Danny Ortiz Saturday, I left two new naloxone kits at the day center with your name on them. Glad he's ok. If he wants to talk about treatment, I can get him in to see Dr. Raman on Wednesday.\n\nAbel",
    ),
    # ---------------- non-PHI ----------------
    Spec(
        phi=False,
        category="Cold weather alert to partners",
        notes="Generic cold weather response alert; no individuals.",
        frm=OUT,
        to="coalition@piercehomelesscoalition.org",
        subject="Cold weather activation tonight",
        body="Temperatures to 24F tonight. Outreach vans running extra until 2am with blankets, hand warmers and hot food. Report anyone needing help to 253-555-0170.",
    ),
    Spec(
        phi=False,
        category="Aggregate monthly outreach numbers",
        notes="Hard negative: monthly totals of contacts, wound care and overdose reversals; no individual.",
        frm=OUT,
        to="board@streetreachhealth.org",
        subject="February dashboard",
        body="February: 1,044 contacts, 311 unique clients, 97 wound care visits, 14 overdose reversals, 22 HCV starts, 9 housed. Workbook attached.",
        atts=(
            Att(
                "dashboard_feb.xlsx",
                XLSX,
                xlsx(
                    {
                        "Totals": [
                            ["Measure", "Feb"],
                            ["Contacts", 1044],
                            ["Unique clients", 311],
                            ["OD reversals", 14],
                        ],
                        "By site": [
                            ["Site", "Contacts"],
                            ["Tideflats", 288],
                            ["Portland Ave", 341],
                            ["I-705", 415],
                        ],
                        "Trend": [["Month", "Contacts"], ["Dec", 901], ["Jan", 987], ["Feb", 1044]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Volunteer orientation",
        notes="Volunteer orientation details; no patients.",
        frm=ABEL,
        to="volunteers@streetreachhealth.org",
        subject="Saturday orientation",
        body="Welcome new volunteers! Saturday 9am at the warehouse: sock folding, hygiene kit assembly, de-escalation basics. Closed-toe shoes please.",
    ),
    Spec(
        phi=False,
        category="Medical director bio with diseases",
        notes="Hard negative: staff bio describing physician's work in HIV, hepatitis C and addiction medicine.",
        frm=OUT,
        to="editor@tacomaweeklynews.com",
        subject="Bio for your street medicine feature",
        body="Dr. Priya Raman is StreetReach's medical director. She is board certified in internal medicine and addiction medicine and has treated more than 600 people for hepatitis C on the street. She previously led an HIV clinic in Oakland.",
    ),
    Spec(
        phi=False,
        category="Donation thank-you",
        notes="Thank-you to donor; no health info about individuals.",
        frm=OUT,
        to="jmarlow.family@icloud.com",
        subject="Thank you for the sleeping bags!",
        body="Dear Marlow family, thank you for donating 40 sleeping bags. They went out the same night during the cold snap.",
    ),
    Spec(
        phi=False,
        category="Harm reduction supply order",
        notes="Hard negative: order of naloxone, fentanyl test strips and syringes; supplies, no person.",
        frm=KIM,
        to="orders@harmreductionsupply.org",
        subject="Order - March",
        body="Please ship: naloxone 4 mg nasal x 200, fentanyl test strips x 1,000, 1 mL syringes x 5,000, wound care kits x 150. Account SRH-4410.",
        atts=(
            Att(
                "order_march.pdf",
                "application/pdf",
                pdf(
                    [
                        "STREETREACH HEALTH - PURCHASE ORDER 2026-031",
                        "Naloxone 4 mg nasal spray  200",
                        "Fentanyl test strips  1000",
                    ],
                    "PO",
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Street medicine protocol document",
        notes="Hard negative: clinical protocol text for wound care and sepsis recognition; no patient.",
        frm=DR,
        to=f"team@{SRH}",
        subject="Updated van sepsis protocol",
        body="Protocol attached. Key change: any two of temp >38.3, HR >110, SBP <100 means offer ED transport and call ahead to Riverbend ED CM.",
        atts=(
            Att(
                "van_sepsis_protocol.txt",
                "text/plain",
                "STREETREACH VAN SEPSIS PROTOCOL v4\n1. Screen: temp, HR, BP, mental status\n2. Two or more criteria: offer transport\n3. Document refusal and capacity\n",
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Staff TB screening notice",
        notes="Hard negative: staff-wide TB screening reminder after an exposure, no names.",
        frm=f"HR <hr@{SRH}>",
        to=f"allstaff@{SRH}",
        subject="TB screening for outreach staff",
        body="Because of a possible TB exposure at a shelter we serve, all outreach staff should get a TB blood test by April 10. No action needed if you were tested after March 1.",
    ),
    Spec(
        phi=False,
        category="Encampment sweep schedule from city",
        notes="Forward of city notice about encampment cleanup dates; no individuals.",
        frm=ABEL,
        to=f"team@{SRH}",
        subject="FW: cleanup schedule",
        body="FYI, Tideflats cleanup next Weds. Let's do a supply run Monday so people don't lose meds.",
        forward=Spec(
            phi=False,
            category="fwd",
            notes="fwd",
            frm="encampments@cityoftacoma-example.gov",
            to=f"outreach@{SRH}",
            subject="Scheduled site cleanup",
            body="Tideflats site cleanup scheduled March 25, 8am. Storage available at the city lot for 60 days.",
        ),
    ),
    Spec(
        phi=False,
        category="Grant budget spreadsheet",
        notes="Budget workbook with salaries and supplies; no patients.",
        frm=f"Finance <finance@{SRH}>",
        to="grants@cascadiahealthfoundation.org",
        subject="Budget for FY27 proposal",
        body="Budget workbook attached with personnel and supply tabs.",
        atts=(
            Att(
                "FY27_budget.xlsx",
                XLSX,
                xlsx(
                    {
                        "Personnel": [
                            ["Role", "FTE", "Cost"],
                            ["RN", 2, 210000],
                            ["Peer navigator", 3, 165000],
                        ],
                        "Supplies": [["Item", "Cost"], ["Wound care", 24000], ["Naloxone", 18000]],
                    }
                ),
            ),
        ),
    ),
    Spec(
        phi=False,
        category="Van maintenance request",
        notes="Hard negative: vehicle plate number belongs to the organisation's outreach van, not a patient.",
        frm=KIM,
        to="service@tacomafleetrepair.com",
        subject="Van 2 - brakes",
        body="Our outreach van (plate C48213K, 2019 Ford Transit) is grinding on the front brakes. Can you take it Thursday morning?",
    ),
    Spec(
        phi=False,
        category="Press statement on overdose trends",
        notes="Hard negative: press statement with county overdose counts and a quote; no individual.",
        frm=OUT,
        to="newsdesk@tacomaweeklynews.com",
        subject="Statement on rising overdose deaths",
        body="Pierce County recorded 71 overdose deaths among people experiencing homelessness in 2025, up 18%. 'Every one of these deaths was preventable,' said Dr. Priya Raman. StreetReach distributed 6,200 naloxone kits last year.",
    ),
    Spec(
        phi=False,
        category="HTML volunteer newsletter",
        notes="HTML-only newsletter with general outreach stories, no identifiable client.",
        frm=OUT,
        to="friends@streetreachhealth.org",
        subject="StreetReach spring newsletter",
        body="",
        html="<html><body><h1>Spring at StreetReach</h1><p>This winter our vans made over 3,000 contacts. Thanks to you we added a second nurse and a foot-care clinic every Friday.</p><p><a href='https://streetreachhealth.org/give'>Give</a></p></body></html>",
    ),
    Spec(
        phi=False,
        category="Training slides request",
        notes="Request for motivational interviewing training dates; no patients.",
        frm=ABEL,
        to="training@nwaddictionedu.org",
        subject="MI training for peers",
        body="Could you run your motivational interviewing workshop for our six peer navigators in April? Any weekday works.",
    ),
    Spec(
        phi=False,
        category="Mock patient for EHR training",
        notes="Hard negative: training scenario with an explicitly fictional client and made-up member ID.",
        frm=DR,
        to=f"newhires@{SRH}",
        subject="Practice chart for Tuesday",
        body="For Tuesday's EHR practice, open the training chart 'Mickey Testperson' (FICTIONAL - training environment only, member ID TRAIN-0000). Document a wound visit and a naloxone distribution. Nothing you enter goes to the live system.",
    ),
    Spec(
        phi=False,
        category="Staff personal mail - schedule",
        notes="Staff schedule note to own personal mailbox, no patient info.",
        frm=KIM,
        to="kim.moreno.rn@gmail.com",
        subject="April schedule",
        body="April: I'm on vans Mon/Wed/Fri, clinic Tues. PTO April 20-24.",
    ),
    Spec(
        phi=False,
        category="Map of service sites",
        notes="PNG map of outreach sites shared with partners; locations of services, not people.",
        frm=OUT,
        to="coalition@piercehomelesscoalition.org",
        subject="Updated service site map",
        body="Map of our weekly stops attached (meal sites, day centres, foot clinic).",
        atts=(Att("srh_site_map.png", "image/png", png(8, 8, (40, 160, 60))),),
    ),
    Spec(
        phi=False,
        category="Staff meeting invite",
        notes="Calendar invite for team meeting; no clients.",
        frm=DR,
        to=f"team@{SRH}",
        subject="Monthly clinical team meeting",
        body="Agenda: new HCV workflow, van stock, winter debrief.",
        ics="BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SRH//Team//EN\r\nBEGIN:VEVENT\r\nUID:h99-srh-team-0401@streetreachhealth.org\r\nDTSTAMP:20260318T190000Z\r\nDTSTART:20260401T160000Z\r\nDTEND:20260401T173000Z\r\nSUMMARY:Clinical team meeting\r\nLOCATION:Warehouse conference room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
]
