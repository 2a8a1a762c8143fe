# ruff: noqa: E501, RUF001
"""Hand-written messages whose content sits in PDF/RTF attachments, plus more languages."""

from __future__ import annotations

from _pdf import pdf
from _spec import Att, Spec

DOM = "marlowvalleyhealth.org"

RTF_LETTER = (
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\r\n"
    "Marlow Valley Neurology\\par\r\n"
    "November 18, 2026\\par\\par\r\n"
    "To the Ohio Bureau of Motor Vehicles, Medical Review Unit:\\par\\par\r\n"
    "RE: Samuel J. Whitlow, date of birth 06/02/1970, Ohio driver license SU482719\\par\\par\r\n"
    "Mr. Whitlow is under my care for epilepsy. His last seizure was on 05/10/2026. He is "
    "adherent to lamotrigine 200 mg twice daily and, in my opinion, he meets the 6-month "
    "seizure-free standard to resume driving.\\par\\par\r\n"
    "Grace Ndiaye, MD\\par\r\n"
    "}\r\n"
)

MESSAGES: list[Spec] = [
    Spec(
        True,
        "results",
        "PHI only inside a PDF attachment (cytology report); body says 'see attached'.",
        f"Pathology Office <pathology@{DOM}>",
        "records@womenscareofcentralohio.com",
        "Report",
        """\
Please see the attached report for your records.

Pathology Office, Marlow Valley Medical Center
""",
        atts=(
            Att(
                "C26-08817.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARLOW VALLEY MEDICAL CENTER - DEPARTMENT OF PATHOLOGY",
                        "GYNECOLOGIC CYTOLOGY REPORT",
                        "",
                        "Patient: HALVERSEN, JOSEPHINE R      DOB: 03/22/1992",
                        "MRN: 00694470      Accession: C26-08817",
                        "Collected: 11/09/2026      Reported: 11/16/2026",
                        "Submitting clinician: Sunita Barua, MD",
                        "",
                        "INTERPRETATION:",
                        "High-grade squamous intraepithelial lesion (HSIL).",
                        "HPV 16: DETECTED.",
                        "Recommendation: colposcopy with biopsy per ASCCP guidelines.",
                    ],
                    "Cytology report",
                ),
            ),
        ),
    ),
    Spec(
        False,
        "policy",
        "Hard negative: PDF attachment is a generic visitor policy flyer with clinical words, no patient.",
        f"Infection Prevention <infectionprevention@{DOM}>",
        "office@greenfieldfamilypractice.com",
        "Updated visitor guidance (PDF)",
        """\
Attached is our updated visitor guidance for respiratory season; feel free to share with your
patients.
""",
        atts=(
            Att(
                "visitor_guidance_2026.pdf",
                "application/pdf",
                pdf(
                    [
                        "MARLOW VALLEY MEDICAL CENTER - VISITOR GUIDANCE, RESPIRATORY SEASON",
                        "",
                        "- Two visitors per patient at a time; one overnight visitor on pediatrics.",
                        "- Visitors with fever, cough or vomiting should stay home.",
                        "- Masks are required on oncology, transplant and NICU units.",
                        "- Children under 12 may not visit the ICU from December to March.",
                        "Questions: Infection Prevention, 740-555-0140.",
                    ],
                    "Visitor guidance",
                ),
            ),
        ),
    ),
    Spec(
        True,
        "work_school_note",
        "PHI inside an RTF letter to the BMV (name, DOB, licence number, epilepsy).",
        f"Valley Neurology at MVMC <neurology@{DOM}>",
        "medicalreview@bmv-ohio-partners.gov",
        "Driver medical review letter",
        """\
Please find the physician's statement attached.
""",
        atts=(Att("Whitlow_BMV_letter.rtf", "application/rtf", RTF_LETTER.encode("ascii")),),
    ),
    Spec(
        True,
        "scheduling",
        "Somali appointment message to patient: name, pediatric vaccine visit, date.",
        f"Rugta Carruurta MVMC <westsidepeds@{DOM}>",
        "hodan.warsame21@gmail.com",
        "Ballanta ilmahaaga",
        """\
Hodan Warsame, nabad gelyo,

Waxaan kuu xasuusinaynaa ballanta wiilkaaga Abdirahman (dhashay 04/09/2025) ee Westside
Pediatrics:

Taariikhda: Khamiista, 3 Diseembar 2026, saacadda 10:00 subaxnimo
Dhakhtarka: Dr. Elena Marsh
Tallaalada: MMR iyo varicella (tallaalka 12-bilood)

Haddii aad u baahan tahay turjubaan Soomaali ah, wac 740-555-0147.

Mahadsanid,
Marlow Valley Medical Center
""",
        lang="so",
    ),
    Spec(
        True,
        "home_health",
        "Tagalog message from home-health liaison to patient's daughter: wound care, insulin, name.",
        f"Home Health Liaison <hhliaison@{DOM}>",
        "maricel.dizon.rn@yahoo.com",
        "Tungkol sa pag-uwi ni Nanay",
        """\
Magandang hapon, Maricel,

Gaya ng napag-usapan natin, uuwi na si Gng. Remedios Dizon bukas, Nobyembre 19. Pupunta ang
nurse ng Cornerstone Home Health sa Biyernes para sa unang pagbisita. Kailangan palitan ang
benda sa sugat sa kanyang kanang paa (diabetic foot ulcer) araw-araw, at ituloy ang insulin
glargine 14 units tuwing gabi. Babalik siya sa Wound Clinic kay Dr. Szabo sa Disyembre 1.

Salamat,
Home Health Liaison, Marlow Valley Medical Center
""",
        lang="tl",
    ),
    Spec(
        False,
        "newsletter",
        "Hard negative: Traditional Chinese (Big5) flu-season advice for a community newsletter.",
        f"社區健康教育 <community@{DOM}>",
        "editor@marlowchinesecommunity.org",
        "流感季節健康提示",
        """\
編輯您好：

以下是本月社區通訊的健康專欄稿件：

流感季節到了。六個月以上的人都應該接種流感疫苗，特別是六十五歲以上長者、孕婦，以及患有糖尿病、
心臟病或慢性肺病的人士。如出現發燒、咳嗽和全身痠痛，請留在家中休息，多喝水。

Marlow Valley 醫療中心 社區健康教育部
""",
        charset="big5",
        lang="zh-Hant",
    ),
    Spec(
        False,
        "interpreter",
        "Nepali note to interpreter agency about a volunteer training session; no patient.",
        f"Language Services <interpreters@{DOM}>",
        "nepali-volunteers@bhutanesecommunityoh.org",
        "दोभाषे स्वयंसेवक तालिम",
        """\
नमस्कार,

मार्लो भ्याली मेडिकल सेन्टरले डिसेम्बर ५ गते बिहान १० बजे नेपाली भाषी स्वयंसेवक दोभाषेहरूका लागि
स्वास्थ्य शब्दावली तालिम आयोजना गर्दैछ। तालिममा औषधि, प्रसूति सेवा र आपतकालीन कक्षका
शब्दहरू सिकाइनेछ। सहभागी हुन चाहनेहरूको नाम पठाइदिनुहोला।

धन्यवाद,
भाषा सेवा विभाग
""",
        lang="ne",
    ),
]
