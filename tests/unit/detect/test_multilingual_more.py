# ruff: noqa: E501, RUF001, RUF003  (multilingual message texts are data)
"""The languages added after the first fourteen: Persian and Dari, Pashto, Urdu, Ukrainian,
Japanese, Bengali, Punjabi, Nepali, Swahili, Kinyarwanda, Amharic, Tigrinya, Armenian, Turkish,
Italian, German, Burmese, Khmer and Lao.

Each language has, end to end through the detector, a patient reminder that must be PHI (a name
after a courtesy title with an appointment or a condition) and a notice that must not be (clinic
hours, a vaccine drive, a staff meeting: health words or a named person, never both tied
together); then table tests for the recognizers and the lexicon. Texts are written here from
general knowledge of each language (not copied from any evaluation set)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex as re

from gateway.detect import Detector
from gateway.detect.lexicon import Lexicon
from gateway.detect.prefilter import Prefilter
from gateway.detect.recognizers.base import PhiPatternRecognizer
from gateway.detect.recognizers.multilingual import (
    _ENCOUNTER_WORD,
    _OWNER,
    _WHEN,
    AppointmentRecognizer,
    ForeignDateOfBirthRecognizer,
    ForeignMemberIdRecognizer,
    ForeignNameRecognizer,
    UnspacedHealthRecognizer,
    ascii_only,
)
from gateway.extract import extract

from .conftest import known_classifier_false_alarm

ROOT = Path(__file__).resolve().parents[3]
LEXICONS = ROOT / "models" / "lexicons"

# (language, message body): one patient's care, addressed to or about a named person.
PHI: list[tuple[str, str]] = [
    (
        "de",
        "Sehr geehrte Frau Anna Schmidt, wir erinnern Sie an Ihren Termin in der Kardiologie am 12. Juni um 9:30 Uhr. Bitte bringen Sie Ihre Medikamente mit.",
    ),
    ("de condition", "Herr Klaus Weber wurde gestern mit Lungenentzündung stationär aufgenommen."),
    (
        "it",
        "Gentile Sig.ra Maria Rossi, le ricordiamo il suo appuntamento per la dialisi lunedì 8 giugno alle ore 10:00.",
    ),
    ("it condition", "Il Sig. Giuseppe Verdi è stato ricoverato per un infarto."),
    (
        "tr",
        "Sayın Ayşe Yılmaz, kardiyoloji randevunuz 12 Haziran Cuma saat 09:30'dadır. Lütfen ilaçlarınızı getirin.",
    ),
    ("uk", "Шановна пані Олена Коваленко, нагадуємо про ваш прийом у кардіолога 12 червня о 9:30."),
    ("uk condition", "Пан Андрій Шевченко госпіталізований з інсультом."),
    ("fa", "خانم فاطمه احمدی، نوبت شما برای آزمایش خون روز دوشنبه ساعت ۹:۳۰ است."),
    ("fa condition", "آقای رضا کریمی با سکته قلبی در بیمارستان بستری شد."),
    ("prs", "محترم احمد ضیا، وقت ملاقات شما با داکتر برای مرض قند روز سه شنبه ساعت ۱۰ است."),
    ("ps", "ښاغلی احمد شاه، ستاسو ملاقات د ډاکټر سره سبا ساعت ۱۰ دی. خپل درمل له ځانه سره راوړئ."),
    ("ur", "جناب محمد اقبال، آپ کی اپائنٹمنٹ پیر کو صبح 10 بجے ہے۔ ذیابیطس کی دوا ساتھ لائیں۔"),
    ("bn", "জনাব রহিম উদ্দিন, আপনার অ্যাপয়েন্টমেন্ট সোমবার সকাল ১০টায়। ডায়াবেটিসের ওষুধ সঙ্গে আনবেন।"),
    ("pa", "ਸਰਦਾਰ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਜੀ, ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ ਸੋਮਵਾਰ ਨੂੰ ਸਵੇਰੇ 10 ਵਜੇ ਹੈ। ਆਪਣੀ ਸ਼ੂਗਰ ਦੀ ਦਵਾਈ ਨਾਲ ਲਿਆਓ।"),
    ("ne", "श्रीमती सीता गुरुङ ज्यू, तपाईंको अपोइन्टमेन्ट सोमबार बिहान १० बजे छ। मधुमेहको औषधि लिएर आउनुहोला।"),
    (
        "sw",
        "Mpendwa Bi. Amina Hassan, miadi yako ya kliniki ya kisukari ni Jumatatu tarehe 12 Juni saa 3:30 asubuhi.",
    ),
    ("sw condition", "Bw. Juma Mwangi amelazwa hospitalini kwa nimonia tangu jana."),
    (
        "rw",
        "Muraho Madamu Uwase Claudine, gahunda yawe yo kwa muganga ni ku wa Mbere saa 9:00. Uzane imiti yawe.",
    ),
    ("am", "ወ/ሮ አልማዝ ተስፋዬ፣ ቀጠሮዎ ሰኞ ጠዋት 3 ሰዓት ነው። የስኳር በሽታ መድኃኒትዎን ይዘው ይምጡ።"),
    ("ti", "ወ/ሮ ለተብርሃን ገብሩ፣ ቆጸራኹም ሰኑይ ሰዓት 3 እዩ። ናይ ደም መርመራ ኣሎ።"),
    ("hy", "Հարգելի պարոն Արամ Պետրոսյան, Ձեր այցը սրտաբանի մոտ հունիսի 12-ին է, ժամը 9:30։"),
    ("ja", "山田太郎様、6月12日(金)午前9時30分に循環器内科の予約があります。"),
    ("my", "ဦးအောင်ကျော် ၏ ဆေးခန်းပြ ရက်ချိန်း သည် ဇွန် ၁၂ ရက် နံနက် ၉ နာရီ ဖြစ်ပါသည်။"),
    ("km", "លោក សុខ ដារ៉ា មានការណាត់ជួបជាមួយគ្រូពេទ្យ នៅថ្ងៃច័ន្ទ ម៉ោង ៩ ព្រឹក។"),
    ("lo", "ທ້າວ ສົມພອນ ພົມມະວົງ ມີນັດໝາຍກັບທ່ານໝໍ ວັນຈັນ ເວລາ 9:00 ໂມງ."),
]

# (language, message body): health words without a person, or a person without care.
NOT_PHI: list[tuple[str, str]] = [
    (
        "de hours",
        "Unsere Praxis ist ab Montag, 1. Juni, von 8 bis 17 Uhr geöffnet. Grippeimpfung ohne Termin am Samstag.",
    ),
    (
        "de staff",
        "Frau Dr. Weber übernimmt ab Montag, 1. Juni, die Sprechstunde von Herrn Dr. Braun.",
    ),
    (
        "it vaccine drive",
        "Campagna di vaccinazione antinfluenzale: sabato 10 ottobre dalle ore 9 alle 13, senza appuntamento.",
    ),
    (
        "it staff",
        "La dottoressa Bianchi sarà in ferie dal 3 al 14 agosto; la sostituisce il dott. Ferri.",
    ),
    (
        "tr hours",
        "Sağlık merkezimiz Cumartesi günleri saat 09:00-13:00 arası açıktır. Grip aşısı için randevu gerekmez.",
    ),
    (
        "tr staff meeting",
        "Sayın Ahmet Demir, toplantı 12 Haziran saat 14:00'te yapılacaktır. Gündem ektedir.",
    ),
    (
        "uk vaccine drive",
        "Безкоштовна вакцинація від грипу в суботу з 9:00 до 13:00. Запис не потрібен.",
    ),
    (
        "uk board meeting",
        "Шановний пане Андрію Шевченко, засідання правління відбудеться 12 червня о 14:00.",
    ),
    ("fa hours", "کلینیک ما از شنبه تا چهارشنبه ساعت ۸ تا ۱۶ باز است. واکسن آنفولانزا رایگان است."),
    ("prs hours", "شفاخانه از روز شنبه ساعت ۸ صبح باز است. واکسین رایگان برای همه."),
    ("ps hours", "روغتون د شنبې په ورځ له ۸ بجو تر ۴ بجو پورې خلاص دی. واکسین وړیا دی."),
    ("ur hours", "ہمارا کلینک پیر سے جمعہ صبح 8 بجے سے شام 5 بجے تک کھلا ہے۔ فلو ویکسین مفت ہے۔"),
    ("bn hours", "আমাদের ক্লিনিক সোমবার থেকে শুক্রবার সকাল ৮টা থেকে বিকাল ৫টা পর্যন্ত খোলা। বিনামূল্যে টিকা।"),
    ("pa hours", "ਸਾਡਾ ਕਲੀਨਿਕ ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ ਸਵੇਰੇ 8 ਵਜੇ ਤੋਂ ਸ਼ਾਮ 5 ਵਜੇ ਤੱਕ ਖੁੱਲ੍ਹਾ ਹੈ। ਮੁਫ਼ਤ ਟੀਕਾਕਰਨ।"),
    ("ne hours", "हाम्रो क्लिनिक सोमबारदेखि शुक्रबारसम्म बिहान ८ बजेदेखि खुला रहन्छ। निःशुल्क खोप उपलब्ध छ।"),
    (
        "sw hours",
        "Kliniki yetu iko wazi Jumatatu hadi Ijumaa kuanzia saa 2 asubuhi. Chanjo ya mafua ni bure.",
    ),
    ("sw staff meeting", "Mpendwa Bw. Juma Mwangi, mkutano wa wafanyakazi ni Jumatatu saa 8:00."),
    (
        "rw hours",
        "Ivuriro ryacu rifungura ku wa Mbere kugeza ku wa Gatanu saa 8:00. Urukingo ni ubuntu.",
    ),
    ("am hours", "ክሊኒካችን ከሰኞ እስከ አርብ ከጠዋቱ 2 ሰዓት ጀምሮ ክፍት ነው። የጉንፋን ክትባት በነጻ ይሰጣል።"),
    ("ti hours", "ክሊኒክና ካብ ሰኑይ ክሳብ ዓርቢ ክፉት እዩ። ክታበት ብነጻ ይወሃብ።"),
    (
        "hy hours",
        "Մեր կլինիկան բաց է երկուշաբթիից ուրբաթ, ժամը 9:00-ից 17:00: Գրիպի դեմ պատվաստումն անվճար է։",
    ),
    (
        "ja hours",
        "当院は月曜日から金曜日の午前9時から午後5時まで診療しています。インフルエンザ予防接種は予約不要です。",
    ),
    ("ja staff meeting", "山田様、会議は6月12日午後2時からです。資料を添付します。"),
    ("my hours", "ဆေးခန်းသည် တနင်္လာမှ သောကြာ နံနက် ၉ နာရီမှ ညနေ ၅ နာရီအထိ ဖွင့်ပါသည်။ ကာကွယ်ဆေး အခမဲ့ ထိုးပေးပါသည်။"),
    ("km hours", "គ្លីនិករបស់យើងបើកពីថ្ងៃច័ន្ទដល់ថ្ងៃសុក្រ ម៉ោង ៨ ព្រឹក ដល់ ៥ ល្ងាច។ ចាក់វ៉ាក់សាំងដោយឥតគិតថ្លៃ។"),
    ("lo hours", "ຄລີນິກຂອງພວກເຮົາເປີດວັນຈັນຫາວັນສຸກ ເວລາ 8:00 ຫາ 17:00 ໂມງ. ສັກຢາວັກຊີນຟຣີ."),
]


@pytest.mark.parametrize(("lang", "body"), PHI, ids=[c[0] for c in PHI])
def test_patient_reminder_is_phi(detector: Detector, lang: str, body: str) -> None:
    v = detector.analyze_text(body, "")
    assert v.phi, f"{lang}: {v.score} {v.evidence}"


# Known false alarms of the message classifier since its NBSVM features (the pattern stage reads
# them right): a one-line notice whose month or weekday is on the name lists ("Montag", "Juni")
# or that addresses a named colleague reads like a note to a patient.
CLASSIFIER_FALSE_ALARMS = {"de staff", "tr staff meeting", "sw staff meeting"}


@pytest.mark.parametrize(("lang", "body"), NOT_PHI, ids=[c[0] for c in NOT_PHI])
def test_notice_is_not_phi(detector: Detector, patterns: Detector, lang: str, body: str) -> None:
    if lang in CLASSIFIER_FALSE_ALARMS:
        known_classifier_false_alarm(patterns.analyze_text(body, ""), lang)
    v = detector.analyze_text(body, "")
    assert not v.phi, f"{lang}: {v.score} {v.evidence}"


def test_languages_have_both_kinds_of_message() -> None:
    phi = {lang.split()[0] for lang, _ in PHI}
    not_phi = {lang.split()[0] for lang, _ in NOT_PHI}
    assert phi == not_phi
    assert len(phi) >= 20


NAMES: list[tuple[str, list[str]]] = [
    # de: Herr/Frau/Herrn; salutations; plural openers and clinicians are not names
    ("Sehr geehrte Frau Anna Schmidt, Ihr Termin ist am 12. Juni.", ["Anna Schmidt"]),
    ("Wir haben Herrn Klaus Weber angerufen.", ["Klaus Weber"]),
    ("Sehr geehrte Damen und Herren, die Praxis ist geschlossen.", []),
    ("Liebe Grüße Ihre Praxis", []),
    ("Frau Dr. Weber ist im Urlaub.", []),
    # it: Sig./Sig.ra only in Italian mail ("Sig." is a prescription's directions in English)
    ("Gentile Sig.ra Maria Rossi, la sua visita è il 12 giugno alle ore 9.", ["Maria Rossi"]),
    ("Sig. Take one tablet daily with food", []),
    # tr: Sayın, Bay/Bayan, "Ayşe Hanım", only in Turkish mail ("Bay 7" is a ward bay)
    ("Sayın Ayşe Yılmaz, randevunuz 12 Haziran saat 9:30 için onaylandı.", ["Ayşe Yılmaz"]),
    ("Ayşe Hanım, randevu için teşekkürler ve lütfen gelin.", ["Ayşe"]),
    ("Bay Area Medical Group will host the Bay Street clinic.", []),
    # sw, rw: Bi./Bw./Bwana/Madamu only in Swahili/Kinyarwanda mail
    ("Mpendwa Bi. Amina Hassan, miadi yako ni kesho saa 3 na daktari.", ["Amina Hassan"]),
    ("Muraho Madamu Uwase Claudine, gahunda yawe ni ejo.", ["Uwase Claudine"]),
    ("Bi. Weekly Staff Update from Mama Mia Pizza", []),
    # uk: пан/пані; Шановна is a salutation, not a patronymic
    ("Шановна пані Олена Коваленко, ваш прийом 12 червня.", ["Олена Коваленко"]),
    # Arabic script: fa, prs, ps, ur; a clinician after the title is not a patient
    ("خانم فاطمه احمدی، نوبت شما در کلینیک قلب است.", ["فاطمه احمدی"]),
    ("آقای دکتر رضایی در کلینیک است.", []),
    ("جناب محمد اقبال صاحب، آپ کی اپائنٹمنٹ کل ہے۔", ["محمد اقبال"]),
    ("ښاغلی احمد شاه، ستاسو ملاقات سبا دی.", ["احمد شاه"]),
    # bn, pa, ne: the name ends before the courtesy word (জি, ਜੀ, ज्यू)
    ("জনাব রহিম উদ্দিন, আপনার অ্যাপয়েন্টমেন্ট সোমবার।", ["রহিম উদ্দিন"]),
    ("ਸਰਦਾਰ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਜੀ, ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ ਸੋਮਵਾਰ ਨੂੰ ਹੈ।", ["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"]),
    ("श्रीमती सीता गुरुङ ज्यू, तपाईंको अपोइन्टमेन्ट भोलि छ।", ["सीता गुरुङ"]),
    # am, ti
    ("ወ/ሮ አልማዝ ተስፋዬ፣ ቀጠሮዎ ሰኞ ነው።", ["አልማዝ ተስፋዬ"]),
    ("አቶ ሆስፒታል", []),
    # hy
    ("Հարգելի պարոն Պետրոսյան, Ձեր այցը հունիսի 12-ին է։", ["Պետրոսյան"]),
    # ja: name + 様/さん; roles and "everyone" before 様 are not names
    ("山田太郎様、6月12日の予約", ["山田太郎"]),
    ("マリア・ロペス様", ["マリア・ロペス"]),
    ("患者様各位、担当者様、お客様、皆様", []),
    # my: U/Daw before a name, not "first" (ဦးဆောင်) or "dollar" (ဒေါ်လာ)
    ("ဦးအောင်ကျော် ၏ ရက်ချိန်း", ["ဦးအောင်ကျော်"]),
    ("ဦးဆောင်သူ ဒေါ်လာ", []),
    # km, lo: a title then a name, not a title then a verb ("you have...")
    ("លោក សុខ ដារ៉ា មានការណាត់ជួប", ["សុខ ដារ៉ា"]),
    ("លោក មានការណាត់ជួប", []),
    ("ທ້າວ ສົມພອນ ພົມມະວົງ ມີນັດໝາຍ", ["ສົມພອນ ພົມມະວົງ"]),
    ("ທ່ານ ມີນັດໝາຍ", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names_after_titles(text: str, expected: list[str]) -> None:
    found = [text[r.start : r.end] for r in ForeignNameRecognizer().find(text)]
    assert found == expected


DOB: list[tuple[str, list[str]]] = [
    ("Geburtsdatum: 12.03.1950", ["12.03.1950"]),
    ("geb. 12. März 1950", ["12. März 1950"]),
    ("nata il 12/03/1950 a Napoli", ["12/03/1950"]),
    ("Doğum tarihi: 12.03.1950", ["12.03.1950"]),
    ("Tarehe ya kuzaliwa: 12/03/1950", ["12/03/1950"]),
    ("Itariki y'amavuko: 12/03/1950", ["12/03/1950"]),
    ("Дата народження: 12.03.1950", ["12.03.1950"]),
    ("تاریخ تولد: ۱۳۲۹/۰۵/۱۲", ["۱۳۲۹/۰۵/۱۲"]),
    ("تاریخ پیدائش: 12/03/1950", ["12/03/1950"]),
    ("জন্ম তারিখ: ১২/০৩/১৯৫০", ["১২/০৩/১৯৫০"]),
    ("ਜਨਮ ਮਿਤੀ: 12/03/1950", ["12/03/1950"]),
    ("जन्म मिति: २००७/०५/१२", ["२००७/०५/१२"]),
    ("የትውልድ ቀን: 12/03/1950", ["12/03/1950"]),
    ("ծննդյան ամսաթիվ՝ 12.03.1950", ["12.03.1950"]),
    ("生年月日：昭和25年3月12日", ["昭和25年3月12日"]),
    ("မွေးသက္ကရာဇ် ၁၂/၀၃/၁၉၅၀", ["၁၂/၀၃/၁၉၅၀"]),
    ("ថ្ងៃខែឆ្នាំកំណើត: ១២/០៣/១៩៥០", ["១២/០៣/១៩៥០"]),
    ("ວັນເດືອນປີເກີດ: 12/03/1950", ["12/03/1950"]),
    # a visit date is not a date of birth
    ("Termin am 12.03.2027 um 9 Uhr", []),
    ("نوبت شما ۱۴۰۵/۰۳/۱۲ است", []),
]


@pytest.mark.parametrize(("text", "expected"), DOB)
def test_labelled_dates_of_birth(text: str, expected: list[str]) -> None:
    found = [text[r.start : r.end] for r in ForeignDateOfBirthRecognizer().find(text)]
    assert found == expected


MEMBER: list[tuple[str, list[str]]] = [
    ("Versichertennummer: A123456789", ["A123456789"]),
    ("Numero tessera sanitaria: 80380000123", ["80380000123"]),
    ("Sigorta numarası: TR44512009", ["TR44512009"]),
    ("Namba ya bima: NHIF998812", ["NHIF998812"]),
    ("Nimero y'ubwishingizi: RW5512098", ["RW5512098"]),
    ("Номер поліса: 7755443322", ["7755443322"]),
    ("شماره بیمه: 4412098765", ["4412098765"]),
    ("بیمہ نمبر: 4412098765", ["4412098765"]),
    ("বীমা নম্বর: BD5512098", ["BD5512098"]),
    ("ਬੀਮਾ ਨੰਬਰ: PB5512098", ["PB5512098"]),
    ("የኢንሹራንስ ቁጥር: ET5512098", ["ET5512098"]),
    ("Ապահովագրության համարը՝ AM5512098", ["AM5512098"]),
    ("被保険者番号：12345678", ["12345678"]),
    ("အာမခံနံပါတ် MM5512098", ["MM5512098"]),
    ("លេខធានារ៉ាប់រង: KH5512098", ["KH5512098"]),
    ("ເລກປະກັນໄພ: LA5512098", ["LA5512098"]),
    # other numbers
    ("Telefonnummer: 0301234567", []),
    ("Sipariş numarası 5551234567", []),
    ("شماره تلفن: 09121234567", []),
]


@pytest.mark.parametrize(("text", "expected"), MEMBER)
def test_labelled_member_numbers(text: str, expected: list[str]) -> None:
    found = [text[r.start : r.end] for r in ForeignMemberIdRecognizer().find(text)]
    assert found == expected


APPOINTMENTS: list[tuple[str, list[str], float | None]] = [
    # owned before the word ("Ihr", "la sua", "ваш", 様) or in it (Turkish suffixes)
    ("Ihr Termin in der Kardiologie ist am 12. Juni um 9:30 Uhr.", ["Termin"], 0.85),
    ("il suo appuntamento è lunedì 8 giugno alle ore 10:00", ["appuntamento"], 0.85),
    ("kardiyoloji randevunuz 12 Haziran saat 09:30", ["randevunuz"], 0.85),
    ("ваш прийом у кардіолога 12 червня о 9:30", ["прийом"], 0.85),
    ("山田様の予約は6月12日午前9時です", ["予約"], 0.85),
    # owned after the word (sw, rw, fa, km, lo put the possessive after the noun)
    ("miadi yako ni Jumatatu saa 3:30", ["miadi"], 0.85),
    ("gahunda yawe yo kwa muganga ni ku wa Mbere saa 9:00", ["gahunda yawe", "kwa muganga"], 0.85),
    ("نوبت شما روز دوشنبه ساعت ۹:۳۰ است", ["نوبت"], 0.85),
    ("ការណាត់ជួបរបស់អ្នក នៅថ្ងៃច័ន្ទ ម៉ោង ៩", ["ការណាត់ជួប"], 0.85),
    ("ນັດໝາຍຂອງທ່ານ ວັນຈັນ ເວລາ 9:00", ["ນັດໝາຍ"], 0.85),
    # other scripts
    ("আপনার অ্যাপয়েন্টমেন্ট সোমবার সকাল ১০টায়", ["অ্যাপয়েন্টমেন্ট"], 0.85),
    ("ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ ਸੋਮਵਾਰ ਨੂੰ 10 ਵਜੇ ਹੈ", ["ਮੁਲਾਕਾਤ"], 0.85),
    ("तपाईंको अपोइन्टमेन्ट सोमबार १० बजे छ", ["अपोइन्टमेन्ट"], 0.85),
    ("ቀጠሮዎ ሰኞ ጠዋት 3 ሰዓት ነው", ["ቀጠሮዎ"], 0.85),
    ("Ձեր այցը հունիսի 12-ին է, ժամը 9:30", ["այցը"], 0.85),
    ("ရက်ချိန်း ဇွန် ၁၂ ရက် နံနက် ၉ နာရီ", ["ချိန်း"], 0.6),
    # no owner: the bare structure scores low; no date or time: nothing
    ("Impftermine am Samstag, 10. Oktober, ab 9 Uhr", ["Impftermine"], 0.6),
    ("Grip aşısı için randevu gerekmez.", [], None),
    ("予約は不要です。", [], None),
    # an ordinal date is not a sentence end
    ("Ihr Termin: am 12. Juni um 9 Uhr", ["Termin"], 0.85),
]


@pytest.mark.parametrize(("text", "expected", "score"), APPOINTMENTS)
def test_appointments(text: str, expected: list[str], score: float | None) -> None:
    found = AppointmentRecognizer().find(text)
    assert [text[r.start : r.end] for r in found] == expected
    if score is not None:
        assert max(r.score for r in found) == score


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    lex = Lexicon()
    lex.add_file("MULTILINGUAL", LEXICONS / "health_intl.txt", 0.7)
    return lex


HEALTH: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Ihr Arzttermin wegen Bluthochdruck; Blutabnahme und Ihre Medikamente.",
        [
            ("ENCOUNTER", "arzttermin"),
            ("CONDITION", "bluthochdruck"),
            ("LAB_TEST", "blutabnahme"),
            ("MEDICATION", "ihre medikamente"),
        ],
    ),
    (
        "Ricoverata per polmonite, esami del sangue e dialisi.",
        [
            ("ENCOUNTER", "ricoverata"),
            ("CONDITION", "polmonite"),
            ("LAB_TEST", "esami del sangue"),
            ("PROCEDURE", "dialisi"),
        ],
    ),
    (
        "Kan tahlili hazır; şeker hastalığı ve ilaçlarınız.",
        [
            ("LAB_TEST", "kan tahlili"),
            ("CONDITION", "şeker hastalığı"),
            ("MEDICATION", "ilaçlarınız"),
        ],
    ),
    (
        "Госпіталізована з пневмонією; аналіз крові, ліки.",
        [
            ("ENCOUNTER", "госпіталізована"),
            ("CONDITION", "пневмонією"),
            ("LAB_TEST", "аналіз крові"),
            ("MEDICATION", "ліки"),
        ],
    ),
    (
        # the zero-width non-joiner of "شیمی‌درمانی" splits it like a space
        "بستری شد؛ آزمایش خون، دیابت، شیمی\u200cدرمانی و داروها.",
        [
            ("ENCOUNTER", "بستری شد"),
            ("LAB_TEST", "آزمایش خون"),
            ("CONDITION", "دیابت"),
            ("PROCEDURE", "شیمی\u200cدرمانی"),
            ("MEDICATION", "داروها"),
        ],
    ),
    (
        "آپ کی اپائنٹمنٹ، ذیابیطس اور بلڈ پریشر کی دوا",
        [
            ("ENCOUNTER", "آپ کی اپائنٹمنٹ"),
            ("CONDITION", "ذیابیطس"),
            ("VITAL_SIGN", "بلڈ پریشر"),
            ("MEDICATION", "دوا"),
        ],
    ),
    ("আপনার অ্যাপয়েন্টমেন্ট, রক্ত পরীক্ষা", [("ENCOUNTER", "আপনার অ্যাপয়েন্টমেন্ট"), ("LAB_TEST", "রক্ত পরীক্ষা")]),
    # Bengali ya with a nukta in its one-code-point spelling (U+09DF)
    ("ডা\u09dfাবেটিস", [("CONDITION", "ডা\u09dfাবেটিস")]),
    (
        "ਸ਼ੂਗਰ ਅਤੇ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਦੀ ਦਵਾਈ",
        [("CONDITION", "ਸ਼ੂਗਰ"), ("VITAL_SIGN", "ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ"), ("MEDICATION", "ਦਵਾਈ")],
    ),
    (
        "अस्पतालमा भर्ना, रगत जाँच, औषधि",
        [("ENCOUNTER", "अस्पतालमा भर्ना"), ("LAB_TEST", "रगत जाँच"), ("MEDICATION", "औषधि")],
    ),
    (
        "Amelazwa hospitalini; kisukari, kipimo cha damu, dawa zako",
        [
            ("ENCOUNTER", "amelazwa hospitalini"),
            ("CONDITION", "kisukari"),
            ("LAB_TEST", "kipimo cha damu"),
            ("MEDICATION", "dawa zako"),
        ],
    ),
    (
        "Yashyizwe mu bitaro; diyabete, ikizamini cy'amaraso, imiti yawe",
        [
            ("ENCOUNTER", "yashyizwe mu bitaro"),
            ("CONDITION", "diyabete"),
            ("LAB_TEST", "ikizamini cy'amaraso"),
            ("MEDICATION", "imiti yawe"),
        ],
    ),
    (
        "የስኳር በሽታ፣ የደም ምርመራ፣ መድኃኒት",
        [("CONDITION", "የስኳር በሽታ"), ("LAB_TEST", "የደም ምርመራ"), ("MEDICATION", "መድኃኒት")],
    ),
    ("ሕማም ሽኮር፣ ናይ ደም መርመራ", [("CONDITION", "ሕማም ሽኮር"), ("LAB_TEST", "ናይ ደም መርመራ")]),
    (
        "Ձեր այցը, շաքարախտ, արյան անալիզ",
        [("ENCOUNTER", "ձեր այցը"), ("CONDITION", "շաքարախտ"), ("LAB_TEST", "արյան անալիզ")],
    ),
    # English words that look like the German/Italian ones are not health information
    ("The cure for the Krebs cycle, TAC meeting, entlassen from the band", []),
    # "entlassen" (also: laid off), "Überweisung" (also: bank transfer) are not listed alone
    ("Herr Braun wurde entlassen; die Überweisung ist erfolgt.", []),
]


@pytest.mark.parametrize(("text", "expected"), HEALTH)
def test_clinical_vocabulary(lexicon: Lexicon, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.label, text[m.start : m.end].lower()) for m in lexicon.match(text)]
    assert found == [(label, phrase.lower()) for label, phrase in expected]


# The patterns added for these languages; each must be answerable by the Hyperscan prefilter
# (no \p{Script} property, no dotless i: "ı" is written \p{L}).
NEW_PATTERNS = {
    AppointmentRecognizer: ["encounter word", "encounter word (ascii text)"],
    ForeignNameRecognizer: [
        "courtesy title",
        "salutation",
        "italian title",
        "turkish title",
        "turkish name + hanım/bey",
        "swahili/kinyarwanda title",
        "bengali/punjabi title",
        "ethiopic title",
        "japanese name + honorific",
        "japanese labelled name",
        "burmese title",
        "khmer title",
        "lao title",
    ],
    ForeignDateOfBirthRecognizer: [
        "dob labelled (es, pt, fr, ht, vi)",
        "dob labelled (other scripts)",
    ],
    ForeignMemberIdRecognizer: ["member labelled", "member labelled (no spaces: ja, my, km, lo)"],
}


@pytest.mark.parametrize("cls", list(NEW_PATTERNS), ids=lambda c: c.__name__)
def test_new_patterns_are_prefilter_gated(cls: type[PhiPatternRecognizer]) -> None:
    pytest.importorskip("hyperscan")
    rec = cls()
    compiled = {name: rx for name, rx, _ in rec._compiled}
    for name in NEW_PATTERNS[cls]:
        rx = compiled[name]
        assert Prefilter([(rx.pattern, rx.flags)]).gated, name
    if rec._triggers_rx is not None:
        rx = rec._triggers_rx
        assert Prefilter([(rx.pattern, rx.flags)]).gated


def test_triggers_cover_the_new_words() -> None:
    """Every added encounter word contains one of the recognizer's trigger words (otherwise the
    cheap trigger test would skip the text before the pattern runs)."""
    rec = AppointmentRecognizer()
    words = [w for _, expected, _ in APPOINTMENTS for w in expected]
    words += ["ডা\u09dfালাইসিস", "ਆਪ੍ਰੇਸ\u0a3cਨ", "ਆਪ੍ਰੇਸਨ", "ការណាត់", "ណាត់ជួប", "透析", "検査"]
    for word in words:
        assert rec.find(f"{word} 12/03 9:30"), word
        assert any(t in word.lower() for t in rec.TRIGGERS), word


def test_ascii_only_drops_alternatives_that_need_another_script() -> None:
    assert ascii_only(r"\b(?:ab|ж(?:x|y)|c[ж]d)\b|жж") == r"\b(?:ab|c[ж]d)\b"
    assert ascii_only(r"(?<!ы)e|ж?f|ж*g|ж{0,2}h") == r"(?<!(?!))e|ж?f|ж*g|ж{0,2}h"
    assert ascii_only("жж|ыы") == "(?!)"


def _ascii_texts() -> list[str]:
    texts: list[str] = []
    for name in ("corpus", "devset", "devset2", "devset3", "devset4"):
        folder = ROOT / "tests" / name
        for row in json.loads((folder / "labels.json").read_text(encoding="utf-8")):
            for seg in extract((folder / row["file"]).read_bytes()).segments:
                if seg.text.isascii():
                    texts.append(seg.text)
    return texts


def test_ascii_forms_match_like_the_full_patterns_on_ascii_text() -> None:
    """The cheaper ASCII forms used on ASCII text find exactly what the full patterns find."""
    pairs = [
        (re.compile(_ENCOUNTER_WORD, re.IGNORECASE | re.MULTILINE), "encounter"),
        (_WHEN, "when"),
        (_OWNER, "owner"),
    ]
    texts = _ascii_texts()
    assert len(texts) > 500
    for full, name in pairs:
        cheap = re.compile(ascii_only(full.pattern), full.flags)
        for text in texts:
            assert [m.span() for m in full.finditer(text)] == [
                m.span() for m in cheap.finditer(text)
            ], name


UNSPACED: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "山田様は糖尿病と高血圧で、来週人工透析があります。",
        [("CONDITION", "糖尿病"), ("CONDITION", "高血圧"), ("PROCEDURE", "人工透析")],
    ),
    ("张伟先生患有糖尿病，下周化疗。", [("CONDITION", "糖尿病"), ("PROCEDURE", "化疗")]),
    ("ဦးအောင်ကျော် ဆီးချို ရောဂါ ရှိသည်", [("CONDITION", "ဆီးချို")]),
    ("លោក សុខ ដារ៉ា មានជំងឺទឹកនោមផ្អែម", [("CONDITION", "ជំងឺទឹកនោមផ្អែម")]),
    (
        "ທ້າວ ສົມພອນ ເປັນເບົາຫວານ ແລະ ຄວາມດັນເລືອດສູງ",
        [("CONDITION", "ເບົາຫວານ"), ("CONDITION", "ຄວາມດັນເລືອດສູງ")],
    ),
    # "がん" alone is in "がんばって" (do your best)
    ("明日の試験、がんばってください。", []),
    ("plain ascii text about diabetes", []),
]


@pytest.mark.parametrize(("text", "expected"), UNSPACED)
def test_unspaced_health_words(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(r.entity_type, text[r.start : r.end]) for r in UnspacedHealthRecognizer().find(text)]
    assert found == expected


@pytest.fixture(scope="module")
def detector_unspaced(monkeypatch_module: pytest.MonkeyPatch) -> Detector:
    """The detector with UnspacedHealthRecognizer registered (engine.PATTERN_RECOGNIZERS)."""
    from gateway.detect import engine

    if UnspacedHealthRecognizer not in engine.PATTERN_RECOGNIZERS:
        monkeypatch_module.setattr(
            engine,
            "PATTERN_RECOGNIZERS",
            (*engine.PATTERN_RECOGNIZERS, UnspacedHealthRecognizer),
        )
    return Detector.from_config(ROOT / "models" / "detector.yaml", load_ner=False)


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


@pytest.mark.parametrize(
    ("body", "phi"),
    [
        ("山田太郎様は糖尿病で、人工透析を受けています。", True),
        ("ဦးအောင်ကျော် သည် ဆီးချို ရောဂါ ရှိသည်။", True),
        ("លោក សុខ ដារ៉ា មានជំងឺទឹកនោមផ្អែម។", True),
        ("ທ້າວ ສົມພອນ ພົມມະວົງ ເປັນເບົາຫວານ.", True),
        ("糖尿病教室のお知らせ：毎月第2土曜日、どなたでも参加できます。", False),
        ("ចាក់វ៉ាក់សាំងដោយឥតគិតថ្លៃ នៅថ្ងៃសៅរ៍។", False),
    ],
)
def test_unspaced_health_words_end_to_end(
    detector_unspaced: Detector, body: str, phi: bool
) -> None:
    v = detector_unspaced.analyze_text(body, "")
    assert v.phi is phi, (v.score, v.evidence)
