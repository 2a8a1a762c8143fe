# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts are data here, not typos)
"""Recognizers that carry the detector beyond English wording.

Languages: es, pt, fr, ht, vi, ar, ru, zh, so, hmn, pl, tl, hi, ko; fa/prs, ps, ur (Arabic script),
uk, ja, bn, pa, ne, it, de, tr, sw, rw, am, ti, hy (spaced scripts: vocabulary in
models/lexicons/health_intl.txt); my, km, lo, ja, zh (written without spaces between words:
matched by the patterns here, never by the token lexicon).

Principles, not phrasings:

* **Appointment structure** (``AppointmentRecognizer``): an encounter word (appointment, visit,
  cita, consulta, rendez-vous, randevou, lịch hẹn, приём, 预约/复诊/门诊, Termin, appuntamento,
  randevu, miadi, نوبت, 予約, ချိန်း, ណាត់ជួប, ນັດໝາຍ...) with a date or a clock time next to it is
  an encounter of one person at one time - stronger evidence than the word alone, in any of the
  languages above. It is owned when a second- or third-person word comes before it ("your",
  "Ihr", "您", "様") or, in languages whose possessive follows the noun (sw, rw, fa, km, lo), right
  after it ("miadi yako", "نوبت شما", "ការណាត់ជួបរបស់អ្នក").
* **Names in other languages** (``ForeignNameRecognizer``): a courtesy title or salutation
  (Madame, Monsieur, Senhor/Senhora, Mesye/Madanm, bà/ông, Уважаемая, Herr/Frau, Signora, пані,
  Sayın, Bwana, آقای/خانم, জনাব, ਸਰਦਾਰ, አቶ/ወ/ሮ, Պարոն, ဦး/ဒေါ်, លោក/លោកស្រី, ທ້າວ/ນາງ...)
  followed by the name (capitalised words in cased scripts; in scripts without case the words up
  to a function word, a courtesy word or an organisation word); Vietnamese names opening with a
  common family name; Chinese, Korean and Japanese names before an honorific (女士, 님, 様/さん)
  or after a "patient name" label; Russian names with a patronymic or a surname ending. Titles
  that are also English words or initials (Pan, G., Bay, Bi., Sig.) count only in mail written
  in their language (two distinct function words of it).
* **Labelled identifiers** (``ForeignDateOfBirthRecognizer``, ``ForeignMemberIdRecognizer``): a
  date after a birth-date label (né le, Geburtsdatum, doğum tarihi, تاریخ تولد, 生年月日...) and a
  number after an insurance, member or patient-number label in each language; native digits
  count as digits.
* **Health words without spaces** (``UnspacedHealthRecognizer``): Japanese, Chinese, Burmese,
  Khmer and Lao health words (糖尿病, ဆီးချို, ជំងឺទឹកនោមផ្អែម, ເບົາຫວານ...) as one pattern, each
  finding with its word's entity: the token lexicon's job for the scripts it cannot split.
* **Words of other scripts cost nothing on ASCII mail** (``ascii_only``): the appointment rule
  runs, on ASCII text, a form of its patterns without the alternatives that open with a
  non-ASCII character - the same matches for a fraction of the work.
* **Located names** (``LocatedNameRecognizer``): a capitalised surname placed in a room, bed, bay
  or unit ("Sorensen in 5E-04", "Bay 7 Castellanos") or followed by age and sex ("Ostrowski 81F")
  is a patient on a ward; clinicians are located by their role, not their bed.
* **Care settings** (``CareSettingRecognizer``): a person placed on a unit or in a room is an
  inpatient ("in 4W-12", "5E bed 22", "on 6N"); being an inpatient is health information.
* **Payment for care** (``BillingRecognizer``): an amount of money next to balance, statement,
  refund, payment, charges or collections words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, RecognizerResult

from .base import CASE_SENSITIVE, PhiPatternRecognizer, has_any


def ascii_only(source: str) -> str:
    """``source`` without the alternatives that open with a non-ASCII character, at every level
    of grouping: on ASCII text it matches exactly what ``source`` matches (such an alternative
    cannot match there), and it is much cheaper to run when most alternatives are words of
    other scripts. A group left with no alternative becomes ``(?!)`` (never matches)."""
    return for_blocks(source, frozenset())


def for_blocks(source: str, blocks: frozenset[int]) -> str:
    """``source`` keeping, of the alternatives that open with a non-ASCII character, those whose
    first character lies in one of ``blocks`` (128-code-point blocks): on a text whose non-ASCII
    characters all lie in ``blocks`` it matches exactly what ``source`` matches."""
    kept = [
        _groups_for(alt, blocks) for alt in _alternatives(source) if not _opens_outside(alt, blocks)
    ]
    return "|".join(kept) if kept else "(?!)"


def _opens_outside(alt: str, blocks: frozenset[int]) -> bool:
    """The alternative needs first a non-ASCII character (a literal one, not made optional)
    outside ``blocks``."""
    return (
        bool(alt)
        and not alt[0].isascii()
        and (ord(alt[0]) >> 7) not in blocks
        and alt[1:2] not in ("?", "*")
        and alt[1:3] != "{0"
    )


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source (``|`` outside groups and classes)."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(source, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def _class_end(source: str, i: int) -> int:
    """The index after the character class opening at ``source[i]``."""
    j = i + 1
    if source[j : j + 1] == "^":
        j += 1
    if source[j : j + 1] == "]":
        j += 1
    while source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1


_GROUP_OPENER = re.compile(r"\?(?:<[=!]|[:=!>]|P<\w+>|[a-zA-Z-]+:)")


def _groups_for(alt: str, blocks: frozenset[int]) -> str:
    out, i = [], 0
    while i < len(alt):
        ch = alt[i]
        if ch == "\\":
            out.append(alt[i : i + 2])
            i += 2
        elif ch == "[":
            j = _class_end(alt, i)
            out.append(alt[i:j])
            i = j
        elif ch == "(":
            depth, j = 1, i + 1
            while depth:
                if alt[j] == "\\":
                    j += 2
                    continue
                if alt[j] == "[":
                    j = _class_end(alt, j)
                    continue
                depth += {"(": 1, ")": -1}.get(alt[j], 0)
                j += 1
            inner = alt[i + 1 : j - 1]
            m = _GROUP_OPENER.match(inner)
            opener = m.group() if m else ""
            out.append(f"({opener}{for_blocks(inner[len(opener) :], blocks)})")
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out)


# Dates and clock times in the languages covered (numeric forms are universal).
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:emb"
    r"er)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|"
    r"setembro|outubro|novembro|dezembro|janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre|janvye|fevriye|mas|avril|me|jen|jiyè|out|septanm|"
    r"oktòb|novanm|desanm|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря|tháng[ \t]+\d{1,2}|يناير|فبراير|مارس|أبريل|إبريل|ابريل|مايو|يونيو|يوليو|"
    r"أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
    r"listopada|grudnia|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|"
    r"janaayo|febraayo|maarso|abriil|maajo|juun|luulyo|agoosto|sebtembar|oktoobar|nofembar|"
    r"desembar|"
    # de, it, tr ("ı" is written \p{L}: a dotless i in a pattern keeps it out of the prefilter)
    r"januar|jänner|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|"
    r"giugno|luglio|settembre|ottobre|dicembre|ocak|şubat|mart|nisan|may\p{L}s|haziran|temmuz|"
    r"ağustos|agustos|eylül|ekim|kas\p{L}m|aral\p{L}k|"
    # sw, rw
    r"januari|februari|machi|aprili|mei|julai|agosti|septemba|oktoba|novemba|desemba|mutarama|"
    r"gashyantare|werurwe|mata|gicurasi|kamena|nyakanga|kanama|nzeri|ukwakira|ugushyingo|"
    r"ukuboza|"
    # uk (genitive)
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    # fa (solar and Gregorian), prs (solar), ur, ps
    r"فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ژانویه|فوریه|آوریل|"
    r"ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|"
    r"جدی|دلو|حوت|جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر|جنوري|"
    r"فبروري|جولای|اګست|سپتمبر|"
    # bn, pa, hi/ne (Devanagari)
    r"জানু(?:য\u09bc|\u09df)ারি|ফেব্রু(?:য\u09bc|\u09df)ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|"
    r"নভেম্বর|ডিসেম্বর|ਜਨਵਰੀ|ਫ\u0a3c?ਰਵਰੀ|ਮਾਰਚ|ਅਪ੍ਰੈਲ|ਮਈ|ਜੂਨ|ਜੁਲਾਈ|ਅਗਸਤ|ਸਤੰਬਰ|ਅਕਤੂਬਰ|ਨਵੰਬਰ|"
    r"ਦਸੰਬਰ|जनवरी|फ\u093c?रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|"
    r"नवम्बर|दिसंबर|दिसम्बर|फेब्रुअरी|अप्रिल|मे|जुन|अगस्ट|सेप्टेम्बर|अक्टोबर|नोभेम्बर|डिसेम्बर|"
    # am, ti (Ethiopian calendar)
    r"መስከረም|ጥቅምት|ጥቅምቲ|ኅዳር|ህዳር|ሕዳር|ታኅሣሥ|ታህሳስ|ታሕሳስ|ጥር|ጥሪ|የካቲት|ለካቲት|መጋቢት|ሚያዝያ|"
    r"ግንቦት|ሰኔ|ሰነ|ሐምሌ|ሓምለ|ነሐሴ|ነሓሰ|"
    # hy (genitive)
    r"հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|"
    r"նոյեմբերի|դեկտեմբերի"
)
# Dates and times in scripts written without spaces between words (ja, my, km, lo): no word
# boundary around them.
_WHEN_UNSPACED = (
    r"[月火水木金土日]曜|午前|午後|明日|\d{1,2}時|"
    r"နံနက်|မနက်ဖြန်|မနက်|ညနေ|နေ့လယ်|နာရီ|\d{1,2}[ \t]*ရက်|တနင်္လာ|အင်္ဂါ|ဗုဒ္ဓဟူး|ကြာသပတေး|"
    r"သောကြာ|စနေ|တနင်္ဂနွေ|ဇန်နဝါရီ|ဖေဖော်ဝါရီ|ဧပြီ|ဇွန်|ဇူလိုင်|ဩဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|"
    r"နိုဝင်ဘာ|ဒီဇင်ဘာ|"
    r"ថ្ងៃ(?:ច័ន្ទ|អង្គារ|ពុធ|ព្រហស្បតិ៍|សុក្រ|សៅរ៍|អាទិត្យ|ស្អែក)|ស្អែក|ម៉ោង[ \t]*\d|មករា|កុម្ភៈ|"
    r"មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|តុលា|វិច្ឆិកា|ធ្នូ|"
    r"ວັນ(?:ຈັນ|ອັງຄານ|ພຸດ|ພະຫັດ|ສຸກ|ເສົາ|ອາທິດ)|ມື້ອື່ນ|ເວລາ[ \t]*\d|\d{1,2}[ \t]*ໂມງ|ມັງກອນ|"
    r"ກຸມພາ|ມີນາ|ເມສາ|ພຶດສະພາ|ມິຖຸນາ|ກໍລະກົດ|ສິງຫາ|ກັນຍາ|ຕຸລາ|ພະຈິກ|ທັນວາ|"
    # bn: "at 9" is written onto the number ("৯টায়")
    r"\d{1,2}[ \t]*টা"
)
_WHEN = re.compile(
    r"(?:\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}[ \t]?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[ \t]+giờ\b|"
    r"\b\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b|\d{1,2}月\d{1,2}[日号]|"
    # (the month lists are tried only where a word stands next to a number)
    rf"\b\d{{1,2}}\.?(?:[ \t]+de)?[ \t]+(?=\w)(?:{_MONTHS})\b|"
    rf"\b(?=\w+[ \t]+\d)(?:{_MONTHS})[ \t]+\d{{1,2}}\b|"
    r"\b(?:tomorrow|today|tonight|mañana|demain|amanhã|demen|ngày[ \t]+\d{1,2}|завтра|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|lundi|mardi|mercredi|jeudi|vendredi|samedi|segunda|terça|quarta|quinta|"
    r"sexta|lendi|madi|mèkredi|jedi|vandredi|samdi|thứ[ \t]+\w+|غدا|غدًا|غداً|"
    r"(?:يوم[ \t]+)?(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت))\b|"
    r"星期[一二三四五六日天]|周[一二三四五六日]|上午|下午|"
    r"\d{1,2}월[ \t]*\d{1,2}일|\d{1,2}[ \t]?시|오전|오후|내일|"
    r"\b(?:jutro|poniedziałek|wtorek|środ[ae]|czwartek|piątek|sobot[ay]|niedziel[ai]|"
    r"godz\.?|bukas|lunes|martes|miyerkules|huwebes|biyernes|sabado|linggo|berri|berrito|"
    r"isniinta|talaadada|arbacada|khamiista|jimcaha|sabtida|axadda|tag[ \t]+kis|"
    r"सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|बजे|"
    # de, it, tr
    r"morgen|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"\d{1,2}(?:[.:]\d{2})?[ \t]*uhr|domani|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
    r"domenica|ore[ \t]+\d{1,2}|yar\p{L}n|pazartesi|sal\p{L}|çarşamba|carsamba|perşembe|"
    r"persembe|cuma|cumartesi|pazar|saat[ \t]+\d{1,2}|"
    # sw, rw
    r"kesho|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|saa[ \t]+\d{1,2}|"
    r"tarehe[ \t]+\d{1,2}|ejo|(?:ku[ \t]+)?wa[ \t]+(?:mbere|kabiri|gatatu|kane|gatanu|gatandatu)|"
    r"ku[ \t]+cyumweru|"
    # uk
    r"понеділ(?:ок|ка)|вівтор(?:ок|ка)|серед[уаи]|четвер|п['\u2019]ятниц[яюі]|субот[уаи]|"
    r"неділ[юяі]|"
    # fa/prs, ps, ur
    r"فردا|سبا|شنبه|یکشنبه|دوشنبه|سه(?:\u200c|[ \t])?شنبه|چهارشنبه|پنج(?:\u200c|[ \t])?شنبه|جمعه|"
    r"ساعت[ \t]*\d{1,2}|بجې|بجے|پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار|"
    # bn, pa, ne
    r"আগামীকাল|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার|শনিবার|রবিবার|ਸੋਮਵਾਰ|ਮੰਗਲਵਾਰ|"
    r"ਬੁੱਧਵਾਰ|ਬੁਧਵਾਰ|ਵੀਰਵਾਰ|ਸ\u0a3c?ੁੱਕਰਵਾਰ|ਸ\u0a3c?ਨੀਵਾਰ|ਐਤਵਾਰ|ਵਜੇ|ਕੱਲ੍ਹ|भोलि|सोमबार|मंगलबार|"
    r"बुधबार|बिहीबार|शुक्रबार|शनिबार|आइतबार|"
    # am, ti
    r"ነገ|ሰኞ|ማክሰኞ|ረቡዕ|ሐሙስ|ዓርብ|ቅዳሜ|እሑድ|እሁድ|ጽባሕ|ሰኑይ|ሰሉስ|ሓሙስ|ዓርቢ|ቀዳም|ሰንበት|"
    r"\d{1,2}[ \t]*ሰዓት|ሰዓት[ \t]*\d{1,2}|"
    # hy
    r"վաղը|երկուշաբթի|երեքշաբթի|չորեքշաբթի|հինգշաբթի|ուրբաթ|շաբաթ|կիրակի|ժամը[ \t]*\d{1,2}))|"
    + _WHEN_UNSPACED,
    re.IGNORECASE,
)
_ENCOUNTER_WORD = (
    r"\b(?:appointment|appt|visit|follow[- ]up|consult(?:ation)?|check-?up|"
    r"cita|consulta|rendez-vous|rdv|randevou|lịch[ \t]+hẹn|hẹn|tái[ \t]+khám|khám|"
    r"приём|прием|приёма|приема|записаны|записан[аы]?|exame|agendad[oa]|marcad[oa]|"
    r"procedure|surgery|scan|mri|мрт|infusion|chemo(?:therapy)?|quimioterapia|dialysis|"
    r"[بلو]?موعد(?:ك|كم|ه|ها)?|جلسة|زيارة|مراجعة|"
    r"визит|консультаци[яюи]|операци[яюи]|ballan(?:ta|taada|kaaga|ka)?|balan(?:ta)?|"
    r"booqasho(?:da)?|qalliin(?:ka)?|sij[ \t]+hawm|wizyt[aęyie]|zabieg(?:u)?|operacj[aęi]|"
    r"iskedyul|pagpapatingin|konsulta|अपॉइंटमेंट|मुलाकात|सर्जरी|ऑपरेशन)\b"
    r"|预约|复诊|门诊|就诊|检查|挂号|住院|出院|手术|化疗|透析|复查|体检|牙科|洗牙|拔牙|补牙|看诊"
    r"|預約|複診|門診|就診|檢查|掛號|手術|化療|複查|體檢|洗牙|拔牙|補牙|看診"
    r"|예약|진료|검진|수술|내원"
    # de, it, tr, sw, rw (Latin script)
    r"|\b(?:(?:arzt|kontroll|nachsorge|untersuchungs|op-|impf)?termin(?:s|e|en)?|untersuchung|"
    r"eingriff|dialyse|chemotherapie|appuntament[oi]|visita|controllo|intervento|esam[ei]|"
    r"dialisi|chemioterapia|ricovero|randevu\w{0,6}|muayene\w{0,6}|ameliyat\w{0,6}|"
    r"tahlil\w{0,6}|diyaliz|kemoterapi|miadi|upasuaji|uchunguzi|vipimo|kipimo|"
    r"kuonana[ \t]+na[ \t]+daktari|gahunda[ \t]+(?:yawe|yanyu|ye|yo[ \t]+kwa[ \t]+muganga)|"
    r"kwa[ \t]+muganga|kubagwa|ikizamini|ibizamini|"
    # uk
    r"прийом(?:у)?|візит(?:у)?|обстеження|операці[яюї]|діаліз(?:у)?|хіміотерапі[яюї]|"
    # fa/prs, ps, ur
    r"نوبت|وقت[ \t]+ملاقات|ملاقات|ویزیت|معاینه|معائنہ|جراحی|دیالیز|ڈائیلاسز|"
    r"شیمی(?:\u200c|[ \t])?درمانی|آزمایش|اپائنٹمنٹ|آپریشن|سرجری|عملیات|کتنه|چیک[ \t]?اپ|"
    # bn, pa, ne
    r"অ্যাপ(?:য\u09bc|\u09df)েন্টমেন্ট|সাক্ষাৎ|অপারেশন|অস্ত্রোপচার|ডা(?:য\u09bc|\u09df)ালাইসিস|চেকআপ|"
    r"ਮੁਲਾਕਾਤ|ਅਪੌਇੰਟਮੈਂਟ|ਅਪਾਇੰਟਮੈਂਟ|ਆਪ੍ਰੇਸ\u0a3c?ਨ|ਸਰਜਰੀ|ਚੈੱਕਅਪ|ਡਾਇਲਸਿਸ|"
    r"अपोइन्टमेन्ट|भेटघाट|शल्यक्रिया|अप्रेसन|डायलाइसिस|"
    # am, ti, hy
    r"ቀጠሮ\w*|ቆጸራ\w*|ምርመራ\w*|መርመራ\w*|ቀዶ[ \t]+ጥገና|መጥባሕቲ|ዲያሊሲስ|"
    r"այց\w*|ընդունելությ\w*|վիրահատությ\w*|հետազոտությ\w*|դիալիզ\w*)\b"
    # ja, my, km, lo: no spaces between words
    r"|予約|診察|受診|検査|入院|退院|通院|外来|化学療法|抗がん剤|健診|健康診断|再診|初診|診療"
    r"|ချိန်း|ဆေးစစ်|ခွဲစိတ်|ဆေးရုံတက်|ဆေးရုံဆင်း|ကျောက်ကပ်ဆေးကြော|ဆေးခန်းပြ"
    r"|(?:ការ)?ណាត់ជួប|ការណាត់|ពិនិត្យសុខភាព|ពិនិត្យ|វះកាត់|សម្រាកពេទ្យ|ចូលមន្ទីរពេទ្យ|ចេញពីមន្ទីរពេទ្យ|"
    r"លាងឈាម|លាងតម្រងនោម"
    r"|ນັດໝາຍ|ນັດຫມາຍ|ມີນັດ|ນັດກວດ|ກວດພະຍາດ|ກວດສຸຂະພາບ|ກວດເລືອດ|ຜ່າຕັດ|ນອນໂຮງໝໍ|ນອນໂຮງຫມໍ|"
    r"ອອກໂຮງໝໍ|ອອກຈາກໂຮງໝໍ|ອອກຈາກໂຮງຫມໍ|ຟອກໄຂ່ຫຼັງ|ຟອກເລືອດ"
)
# The lower-case substrings the added encounter words need (AppointmentRecognizer.TRIGGERS).
_ENCOUNTER_TRIGGERS_MORE = (
    "termin",
    "untersuchung",
    "eingriff",
    "dialyse",
    "appuntament",
    "visita",
    "controllo",
    "intervento",
    "esam",
    "dialisi",
    "chemioterapia",
    "ricovero",
    "randevu",
    "muayene",
    "ameliyat",
    "tahlil",
    "diyaliz",
    "kemoterapi",
    "miadi",
    "upasuaji",
    "uchunguzi",
    "vipimo",
    "kipimo",
    "kuonana",
    "gahunda",
    "muganga",
    "kubagwa",
    "ikizamini",
    "ibizamini",
    "прийом",
    "візит",
    "обстеження",
    "операці",
    "діаліз",
    "хіміотерапі",
    "نوبت",
    "ملاقات",
    "ویزیت",
    "معاینه",
    "معائنہ",
    "جراحی",
    "دیالیز",
    "ڈائیلاسز",
    "شیمی",
    "آزمایش",
    "اپائنٹمنٹ",
    "آپریشن",
    "سرجری",
    "عملیات",
    "کتنه",
    "چیک",
    "অ্যাপ",
    "সাক্ষাৎ",
    "অপারেশন",
    "অস্ত্রোপচার",
    "ালাইসিস",
    "চেকআপ",
    "ਮੁਲਾਕਾਤ",
    "ਅਪੌਇੰਟਮੈਂਟ",
    "ਅਪਾਇੰਟਮੈਂਟ",
    "ਆਪ੍ਰੇਸ",
    "ਸਰਜਰੀ",
    "ਚੈੱਕਅਪ",
    "ਡਾਇਲਸਿਸ",
    "अपोइन्टमेन्ट",
    "भेटघाट",
    "शल्यक्रिया",
    "अप्रेसन",
    "डायलाइसिस",
    "ቀጠሮ",
    "ቆጸራ",
    "ምርመራ",
    "መርመራ",
    "ቀዶ",
    "መጥባሕቲ",
    "ዲያሊሲስ",
    "այց",
    "ընդունելությ",
    "վիրահատությ",
    "հետազոտությ",
    "դիալիզ",
    "予約",
    "診察",
    "受診",
    "検査",
    "入院",
    "退院",
    "通院",
    "外来",
    "化学療法",
    "抗がん剤",
    "健診",
    "健康診断",
    "再診",
    "初診",
    "診療",
    "ချိန်း",
    "ဆေးစစ်",
    "ခွဲစိတ်",
    "ဆေးရုံ",
    "ကျောက်ကပ်ဆေးကြော",
    "ဆေးခန်းပြ",
    "ណាត់",
    "ពិនិត្យ",
    "វះកាត់",
    "សម្រាកពេទ្យ",
    "មន្ទីរពេទ្យ",
    "លាងឈាម",
    "លាងតម្រងនោម",
    "ນັດ",
    "ກວດ",
    "ຜ່າຕັດ",
    "ໂຮງໝໍ",
    "ໂຮງຫມໍ",
    "ຟອກ",
)


# Someone owns the encounter: the reader ("your", "su", "votre", "ou", "ваш", "您"), a third
# person ("his", "her", "has a"), in each language covered. Without one, "surgery on 6/8" or
# "site visit on 5/14" in staff mail is not anyone's care.
_OWNER = re.compile(
    r"\b(?:your|you|his|her|their|has|have|had|su|sus|usted|tiene|seu|sua|você|tem|votre|vos|"
    r"vous|ou|w|li|gen|ông|bà|anh|chị|có|ваш|ваша|вас|вы|вам|\u0443[ \t]+вас|"
    r"نذكرك|نذكّرك|موعدك|لديك|عليك|لك|حضرتك|حضرتكم|أنت|ابنك|ابنتك|والدتك|والدك|"
    r"aad|adiga|ballantaada|ballankaaga|hooyadaa|aabbahaa|aabahaa|ilmahaaga|wiilkaaga|"
    r"gabadhaada|koj|nws|muaj|pan|pani|pana|panu|pańska|pański|twoja|twój|państwa|ninyo|"
    r"iyong|inyong|niya|आप|आपका|आपकी|आपके|उनका|उनकी|उनके|"
    # de, it, tr ("Sayın" addresses the reader; Turkish possessives are suffixes), uk
    r"ihr|ihre|ihren|ihrem|ihrer|sie|sein|seine|seinen|seinem|suo|lei|vostro|vostra|tuo|tua|"
    r"sizin|siz|say\p{L}n|randevunuz\w{0,3}|randevusu\w{0,2}|muayeneniz\w{0,3}|"
    r"muayenesi\w{0,2}|ameliyat\p{L}n\p{L}z\w{0,3}|його|її|ви|"
    # sw, rw (possessives; "ufite/afite": you/he has); fa/prs, ps, ur
    r"wewe|yako|wako|yawe|wawe|yanyu|ufite|afite|شما|ایشان|ستاسو|ستا|تاسو|"
    r"آپ[ \t]+(?:کی|کا|کے)|ان[ \t]+(?:کی|کا|کے)|"
    # bn, pa, ne
    r"আপনার|আপনি|আপনাকে|তার|তাঁর|ਤੁਹਾਡੀ|ਤੁਹਾਡਾ|ਤੁਹਾਡੇ|ਤੁਸੀਂ|ਉਸਦੀ|ਉਸਦਾ|ਉਸ[ \t]+ਦੀ|ਉਸ[ \t]+ਦਾ|"
    r"तपाईं|तपाईँ|तपाईंको|तपाईँको|तपाइँको|उहाँको|हजुरको|"
    # am, ti, hy
    r"የእርስዎ|እርስዎ|የርስዎ|ቀጠሮዎ|ቀጠሮህ|ቀጠሮሽ|ቀጠሮው|ቀጠሮዋ|ንስኹም|ናትኩም|ቆጸራኹም|ቆጸራኺ|ቆጸራኻ|"
    r"ቆጸራኡ|ቆጸራኣ|ձեր|դուք|ձեզ|նրա)\b|[您你]|"
    # ja, my, km, lo (no spaces): the honorific after a name, "you", "has" (km, lo)
    r"様|さま|さん|あなた|သင့်|သင်|၎င်း|လူနာ|លោកអ្នក|អ្នកជំងឺ|មាន|ທ່ານ|ເຈົ້າ|ມີ|"
    r"귀하|고객님|환자분|[\p{Hangul}][ \t]?(?:님|씨)(?:의|은|는|이|께서)?|"
    r"\p{L}['\u2019]s\b",
    re.IGNORECASE,
)


class AppointmentRecognizer(PhiPatternRecognizer):
    """An encounter word with a date or time in the same sentence, owned by someone ("your
    appointment on 6/3", "su cita el jueves", "ваш приём 19 мая"): one person's visit. Without
    an owner it scores like the bare word."""

    ENTITY = "ENCOUNTER"
    CATEGORY = "health"
    NEEDS_DIGIT = True
    TRIGGERS = (
        "appoint",
        "appt",
        "visit",
        "follow",
        "consult",
        "check",
        "cita",
        "control",
        "rendez",
        "rdv",
        "randevou",
        "hẹn",
        "khám",
        "при",
        "запис",
        "exame",
        "agendad",
        "marcad",
        "procedure",
        "surgery",
        "scan",
        "mri",
        "мрт",
        "infusion",
        "chemo",
        "quimio",
        "dialysis",
        "预约",
        "复诊",
        "门诊",
        "就诊",
        "检查",
        "挂号",
        "住院",
        "出院",
        "手术",
        "化疗",
        "透析",
        "复查",
        "体检",
        "牙",
        "看诊",
        "預約",
        "複",
        "門診",
        "就診",
        "檢查",
        "掛號",
        "手術",
        "化療",
        "體檢",
        "看診",
        "موعد",
        "جلسة",
        "زيارة",
        "مراجعة",
        "визит",
        "консульт",
        "операц",
        "ballan",
        "balan",
        "booqash",
        "qalliin",
        "sij hawm",
        "wizyt",
        "zabieg",
        "operacj",
        "iskedyul",
        "pagpapatingin",
        "konsulta",
        "अपॉइंटमेंट",
        "मुलाकात",
        "सर्जरी",
        "ऑपरेशन",
        "예약",
        "진료",
        "검진",
        "수술",
        "내원",
        *_ENCOUNTER_TRIGGERS_MORE,
    )
    WINDOW = 90
    # On ASCII text only the alternatives that can match there run (the same matches, a third
    # of the work): most encounter words are in other scripts.
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("encounter word", _ENCOUNTER_WORD, 0.85),
        Pattern("encounter word (ascii text)", ascii_only(_ENCOUNTER_WORD), 0.85),
    ]

    def patterns_for(self, text: str) -> list[tuple[str, re.Pattern[str], float]]:
        return self._compiled[1:] if text.isascii() else self._compiled[:1]

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        lo = max(0, result.start - self.WINDOW)
        hi = min(len(text), result.end + self.WINDOW)
        # Stay inside the sentence/line: a date in the next paragraph is another matter.
        # (A dot after a day number is an ordinal date, "am 12. Juni", not a sentence end.)
        for m in _SENTENCE_END.finditer(text, lo, result.start):
            lo = m.start() + 1
        m = _SENTENCE_END.search(text, result.end, hi)
        if m is not None:
            hi = m.start()
        ascii_window = text[lo:hi].isascii()
        when, owner = (_WHEN_ASCII, _OWNER_ASCII) if ascii_window else (_WHEN, _OWNER)
        if when.search(text, lo, hi) is None:
            return None
        if (
            owner.search(text, lo, result.end) is None  # the owner comes first
            and _OWNER_AFTER.match(text, result.end, min(hi, result.end + 24)) is None
        ):
            result.score = 0.6
        return result


_WHEN_ASCII = re.compile(ascii_only(_WHEN.pattern), _WHEN.flags)
_OWNER_ASCII = re.compile(ascii_only(_OWNER.pattern), _OWNER.flags)
_SENTENCE_END = re.compile(r"\n\n|(?<!\b\d{1,2})\. ")
# Possessives that follow the noun ("miadi yako", "gahunda yawe", "نوبت شما", "نوبت‌تان",
# "ការណាត់ជួបរបស់អ្នក", "ນັດໝາຍຂອງທ່ານ"), right after the encounter word.
_OWNER_AFTER = re.compile(
    r"[ \t\u200c]*(?:(?:yako|wako|lako|chako|zako|yake|wake|lake|yawe|wawe|bwawe|cyawe|ryawe|"
    r"yanyu|ye|شما|تان|ایشان|ستاسو)\b|(?:របស់)?(?:លោកអ្នក|អ្នក|គាត់)|(?:ຂອງ)?(?:ທ່ານ|ເຈົ້າ))",
    re.IGNORECASE,
)


# Health words of the languages written without spaces between words (ja, zh, my, km, lo): the
# token lexicon cannot see them inside a run of text, so they are one pattern here.
_UNSPACED_HEALTH: dict[str, tuple[str, ...]] = {
    "CONDITION": (
        "肺癌",
        "乳腺癌",
        "呼吸困难",
        # ja ("がん" alone is also in "がんばって": the organ forms only)
        "糖尿病",
        "高血圧",
        "妊娠",
        "喘息",
        "肺炎",
        "脳卒中",
        "脳梗塞",
        "心筋梗塞",
        "心臓病",
        "腎臓病",
        "腎不全",
        "心不全",
        "認知症",
        "結核",
        "骨折",
        "肺がん",
        "胃がん",
        "乳がん",
        "大腸がん",
        "癌",
        # zh
        "高血压",
        "高血壓",
        "癌症",
        "怀孕",
        "懷孕",
        "中风",
        "中風",
        "心脏病",
        "心臟病",
        "肾病",
        "腎病",
        "肾衰竭",
        "腎衰竭",
        "哮喘",
        "骨折",
        "结核",
        "結核",
        # my
        "ဆီးချို",
        "သွေးတိုး",
        "ကင်ဆာ",
        "ကိုယ်ဝန်",
        "ပန်းနာ",
        "အဆုတ်ရောင်",
        "လေဖြတ်",
        "နှလုံးရောဂါ",
        "ကျောက်ကပ်ရောဂါ",
        "တီဘီ",
        "အရိုးကျိုး",
        # km
        "ជំងឺទឹកនោមផ្អែម",
        "លើសឈាម",
        "មហារីក",
        "មានផ្ទៃពោះ",
        "ហឺត",
        "រលាកសួត",
        "ជំងឺបេះដូង",
        "ជំងឺតម្រងនោម",
        "របេង",
        "បាក់ឆ្អឹង",
        # lo
        "ເບົາຫວານ",
        "ຄວາມດັນເລືອດສູງ",
        "ຄວາມດັນສູງ",
        "ມະເຮັງ",
        "ຖືພາ",
        "ຫອບຫືດ",
        "ປອດອັກເສບ",
        "ພະຍາດຫົວໃຈ",
        "ພະຍາດໄຂ່ຫຼັງ",
        "ວັນນະໂລກ",
        "ກະດູກຫັກ",
    ),
    "PROCEDURE": (
        "胚胎移植",
        "试管婴儿",
        "透析",
        "人工透析",
        "化学療法",
        "抗がん剤治療",
        "内視鏡検査",
        "胃カメラ",
        "大腸カメラ",
        "レントゲン",
        "超音波検査",
        "生検",
        "放射線治療",
        "化疗",
        "化療",
        "胃镜",
        "胃鏡",
        "肠镜",
        "腸鏡",
        "ခွဲစိတ်ကုသ",
        "ဓာတ်မှန်",
        "ကျောက်ကပ်ဆေးကြော",
        "ဓာတုကုထုံး",
        "វះកាត់",
        "ថតកាំរស្មីអ៊ិច",
        "លាងឈាម",
        "ព្យាបាលដោយគីមី",
        "ຜ່າຕັດ",
        "ເອັກສະເຣ",
        "ຟອກໄຂ່ຫຼັງ",
        "ເຄມີບຳບັດ",
    ),
    "LAB_TEST": (
        "血液検査",
        "検査結果",
        "尿検査",
        "血糖値",
        "验血",
        "驗血",
        "化验结果",
        "化驗結果",
        "သွေးစစ်",
        "ពិនិត្យឈាម",
        "លទ្ធផលពិនិត្យ",
        "ກວດເລືອດ",
    ),
    "MEDICATION": (
        "吗啡",
        "黄体酮",
        "処方箋",
        "お薬",
        "服薬",
        "インスリン",
        "处方",
        "處方",
        "胰岛素",
        "胰島素",
        "ဆေးညွှန်း",
        "ဆေးဝါး",
        "វេជ្ជបញ្ជា",
        "ໃບສັ່ງຢາ",
    ),
    "ENCOUNTER": (
        "入院",
        "退院",
        "救急外来",
        "住院",
        "出院",
        "急诊",
        "急診",
        "ဆေးရုံတက်",
        "ဆေးရုံဆင်း",
        "សម្រាកពេទ្យ",
        "ចូលមន្ទីរពេទ្យ",
        "ចេញពីមន្ទីរពេទ្យ",
        "ນອນໂຮງໝໍ",
        "ນອນໂຮງຫມໍ",
        "ອອກໂຮງໝໍ",
    ),
    "IMMUNIZATION": ("予防接種", "ワクチン", "疫苗", "ကာကွယ်ဆေး", "វ៉ាក់សាំង", "ວັກຊີນ"),
    "MENTAL_HEALTH": ("うつ病", "抑郁症", "憂鬱症", "精神科"),
}
# Devices a person lives with say what the person lives with (hearing loss, lung disease, heart
# rhythm, diabetes, a lost limb), as the English lexicon's "oxygen concentrator", "cpap" do:
# counted as MEDICATION, like those.
_UNSPACED_DEVICES = {
    "MEDICATION": (
        "補聴器",
        "助听器",
        "助聽器",
        "人工内耳",
        "人工耳蜗",
        "人工耳蝸",
        "酸素濃縮器",
        "在宅酸素",
        "制氧机",
        "製氧機",
        "氧气机",
        "車椅子",
        "轮椅",
        "輪椅",
        "ペースメーカー",
        "心脏起搏器",
        "心臟起搏器",
        "インスリンポンプ",
        "胰岛素泵",
        "胰島素泵",
        "持続血糖測定",
        "義足",
        "义肢",
        "義肢",
        "假肢",
    ),
    "LAB_TEST": ("聴力検査", "听力检查", "聽力檢查", "听力测试", "聽力測試"),
}
_UNSPACED_ENTITY = {
    w: e
    for table in (_UNSPACED_HEALTH, _UNSPACED_DEVICES)
    for e, words in table.items()
    for w in words
}
_DEVICE_SCORE = 0.75  # as the English lexicon's devices (medications_curated.txt)
_UNSPACED_DEVICE_WORDS = frozenset(w for words in _UNSPACED_DEVICES.values() for w in words)


class UnspacedHealthRecognizer(PhiPatternRecognizer):
    """Health words of Japanese, Chinese, Burmese, Khmer and Lao (糖尿病, ဆီးချို, ជំងឺទឹកនោមផ្អែម,
    ເບົາຫວານ...): what the token lexicon is for the spaced languages. Each finding carries the
    word's own entity (condition, procedure, test, medication, encounter, vaccine)."""

    ENTITY = "CONDITION"
    CATEGORY = "health"
    # Every word opens with one of these characters: a short trigger list for a long word list.
    TRIGGERS = tuple(sorted({w[0] for w in _UNSPACED_ENTITY}))
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "health word (ja, zh, my, km, lo)",
            "|".join(re.escape(w) for w in sorted(_UNSPACED_ENTITY, key=len, reverse=True)),
            0.7,
        )
    ]

    def patterns_for(self, text: str) -> list[tuple[str, re.Pattern[str], float]]:
        return [] if text.isascii() else self._compiled

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        word = text[result.start : result.end]
        result.entity_type = _UNSPACED_ENTITY[word]
        if word in _UNSPACED_DEVICE_WORDS:
            result.score = max(result.score, _DEVICE_SCORE)
        return result


# Courtesy titles and salutations that introduce a person (the name follows).
_UPPER_WORD = r"\p{Lu}[\p{Ll}\p{M}]+(?:[-'\u2019]\p{Lu}[\p{Ll}\p{M}]+)*"
_LOWER_WORD = r"\p{Ll}[\p{Ll}\p{M}]+"
_VI_FAMILY = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Lâm|"
    "Mai|Trương|Cao|Lương|Tạ|Quách|Châu|Thái|Tô|Vương|Hà|La|Trịnh|Kiều"
)
_ZH_FAMILY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    # traditional forms (Taiwan, Hong Kong, older Cantonese-speaking patients)
    "陳張劉黃趙吳鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龍賀顧龔萬錢嚴湯楊羅孫馬鄺區關蔣"
)
# Titles before a name: es (Sr., Sra., Srta., don, doña), pt (Sr., Sra., Dona), fr (M., Mme,
# Mlle, Monsieur, Madame), ht (Msye, Madan, Madanm), vi (Ông, Bà, Anh, Chị), de/it. "M." is
# French only when no capitalised word (a given name, "Dr.") stands before it: "John M. Smith".
_TITLES = (
    r"Madame|Mme\.?|Monsieur|Mademoiselle|Mlle\.?|Senhor|Senhora|Sr\.?|Sra\.?|Srta\.?|Dona|Doña|"
    r"Don|Señor|Señora|Señorita|Mesye|Msye|Madanm|Madan|Manmzèl|Herr|Frau|Signor|Signora|bà|ông|"
    r"Bà|Ông|anh|chị|Anh|Chị|"
    # so: Mr, Mrs, father, mother, "your mother/father/sister/brother/son/daughter/child"
    r"Mudane|Marwo|Aabo|Hooyo|Hooyadaa|Hooyadiis|Hooyadeed|Aabbahaa|Aabahaa|Aabihiis|"
    r"Walaashaa|Walaalkaa|Wiilkaaga|Gabadhaada|Ilmahaaga|Asc|"
    # hmn: mother, father, grandmother, grandfather
    r"Niam|Txiv|Pog|Yawg|"
    # de (dative), it, uk, hy
    r"Herrn|Signorina|пан|пані|пане|пана|Пан|Пані|Пане|Пана|Պարոն|Տիկին|Օրիորդ|պարոն|տիկին|"
    r"օրիորդ|"
    r"(?<!\b(?!(?:Bonjour|Bonsoir|Cher|Objet|Pour|Par|Et|De|À|Avec|Chez|Re|Tr)\b)\p{Lu}\p{L}*\.?"
    r"[ \t]|\p{L})M\."
)
# Titles that introduce a lower-case name in texting style ("doña rosario mendez"): only words
# that are titles and nothing else in English mail.
# ("sr." is also "senior" in English: "the sr. analyst" is not a name.)
_LOWER_TITLES = r"(?i:doña|señora|señor|señorita|sra\.|srta\.|madame|monsieur|mme|msye|madanm)"
_HMONG_CLANS = (
    "Vang|Yang|Xiong|Lee|Ly|Lor|Moua|Thao|Her|Vue|Khang|Hang|Chang|Kue|Cha|Fang|Kong|Pha|"
    "Chue|Thor|Xyooj|Vaj|Yaj|Lis|Lauj|Muas|Thoj|Hawj|Vwj|Khab|Tsab|Kwm"
)
_KO_FAMILY = (
    "김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|홍|전|고|문|양|손|배|백|허|남|"
    "심|노|하|곽|성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|염|여|추|도|소|석|선|설|"
    "마|길|연|위|표|명|기|반|왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉|사|부|황보|남궁|"
    "제갈|선우|독고"
)


def _has_script(char_range: str) -> Callable[[str, str], bool]:
    """A pattern gate: the text holds a character of ``char_range`` (a class body)."""
    rx = re.compile(f"[{char_range}]")
    return lambda text, _lowered: rx.search(text) is not None


def _language(words: re.Pattern[str], lowered: str) -> bool:
    seen: set[str] = set()
    for m in words.finditer(lowered):
        seen.add(m.group())
        if len(seen) >= 2:
            return True
    return False


_PL_WORD = re.compile(
    r"(?<!\w)(?:się|że|prosimy|wizyt[aęyie]|dzień|dobry|szanown[ya]|godz|oraz|który|która|"
    r"został|została|jest|przez|także|dziękujemy|pozdrawiamy|szpital\w*|lekarz\w*|pacjent\w*)"
    r"(?!\w)"
)
_TL_WORD = re.compile(
    r"(?<!\w)(?:ang|ng|mga|po|ay|si|sina|niya|kanyang|ninyo|inyong|iyong|namin|kayo|nang|salamat|mahal|ninyong|"
    r"paalala|ospital|pasyente)(?!\w)"
)
_HMN_WORD = re.compile(
    r"(?<!\w)(?:koj|peb|thov|muaj|rau|hnub|thiab|tsis|yuav|nws|kev|ntawm|tau|lub|cov|"
    r"nyob|zoo|mus|txog|yog|kho|mob|hniav|tsev)(?!\w)"
)
_AR_TITLES = (
    r"السيدة|السيد|الآنسة|السيد/ة|الحاج|الحاجة|الأستاذ|الأستاذة|عزيزي|عزيزتي|"
    # fa/prs (آقای, خانم, جناب, محترم), ps (ښاغلی, میرمن, اغلې), ur (جناب, محترمہ, بیگم)
    r"سرکار[ \t]+خانم|جناب[ \t]+آقای|جناب[ \t]+آقاي|آقای|آقاي|خانم|جناب|محترمه|محترم|ښاغلی|ښاغلې|"
    # Arabic-layout spellings (آقاي), and Pashto "dear/respected" openings (درنې, ګرانې)
    r"میرمن|اغلې|محترمہ|بیگم|درنې|درنه|ګرانې|ګرانه"
)
_IT_WORD = re.compile(
    r"(?<!\w)(?:il|la|che|di|per|sua|suo|è|alle|della|del|gentile|grazie|cordiali|saluti|"
    r"visita|appuntamento|sono|non|con|ore)(?!\w)"
)
_TR_WORD = re.compile(
    r"(?<!\w)(?:ve|bir|bu|için|ile|saat|lütfen|sayın|merhaba|teşekkürler|randevu\w*|"
    r"hastane\w*|doktor\w*|değil|tarihinde|günü|olarak)(?!\w)"
)
_SW_RW_WORD = re.compile(
    r"(?<!\w)(?:na|ya|wa|kwa|za|ni|katika|tafadhali|asante|miadi|yako|daktari|hospitali|"
    r"kliniki|habari|mpendwa|saa|tarehe|kesho|muraho|mwiriwe|muganga|ibitaro|gahunda|yawe|"
    r"murakoze|ejo|uri|ari)(?!\w)"
)
_JA_NOT_NAME = frozenset(
    """患者 利用者 会員 保護者 担当者 先生 職員 関係者 家族 受診者 参加者 申込者 対象者 教授
    部長 院長 所長 課長 社長 店長 看護師 医師 歯科医 薬剤師 住民 市民 学生 生徒 児童 高齢者
    妊婦 来院者 契約者 加入者 被保険者 保険者 申請者 事業者 各位 御中 スタッフ メンバー
    ユーザー ゲスト オーナー ママ パパ お客 皆""".split()
)
_LAO_NOT_NAME = r"ມີ|ຈະ|ຕ້ອງ|ໄດ້|ແມ່ນ|ເປັນ|ສາມາດ|ກະລຸນາ|ທ່ານໝໍ|ໝໍ|ຫມໍ"
_KM_NOT_NAME = r"អ្នក|គ្រូ|វេជ្ជបណ្ឌិត|ពេទ្យ|មាន|នឹង|ត្រូវ|បាន|គឺ|ជា|អាច|សូម|ស្រី"

# South Asian greeting lines (hi/ne, bn, pa, gu, ta): salutations, titles, courtesy words after
# the name, and one to three words of one of the five scripts.
_INDIC_SALUTATION = (
    r"प्रिय|आदरणीय|सम्माननीय|नमस्ते|नमस्कार|প্রিয়|প্রিয়|শ্রদ্ধেয়|সম্মানিত|নমস্কার|ਪਿਆਰੇ|ਪਿਆਰੀ|"
    r"ਸਤਿਕਾਰਯੋਗ|ਨਮਸਤੇ|ਸਤਿ[ \t]+ਸ੍ਰੀ[ \t]+ਅਕਾਲ|પ્રિય|આદરણીય|નમસ્તે|அன்புள்ள|"
    r"மதிப்பிற்குரிய|வணக்கம்"
)
_INDIC_TITLE = (
    r"(?:श्रीमती|श्रीमान|श्री|सुश्री|শ্রীমতী|শ্রী|জনাবা|জনাব|ਸ੍ਰੀਮਤੀ|ਸ੍ਰੀ|શ્રીમતી|શ્રી|திருமதி|திரு|"
    r"செல்வி)[ \t.]+"
)
_INDIC_COURTESY = (
    r"जी|ज्यू|साहब|साहिब|भाई|दीदी|बहन|ভাই|আপা|দিদি|সাহেব|বাবু|জি|ਜੀ|ਸਾਹਿਬ|ਭੈਣ|ਜੀਓ|જી|ભાઈ|બેન|"
    r"சார்|அவர்களே|அவர்கள்"
)
_INDIC_NAME = (
    r"(?:\p{Devanagari}+(?:[ \t]+\p{Devanagari}+){0,2}|\p{Bengali}+(?:[ \t]+\p{Bengali}+){0,2}|"
    r"\p{Gurmukhi}+(?:[ \t]+\p{Gurmukhi}+){0,2}|\p{Gujarati}+(?:[ \t]+\p{Gujarati}+){0,2}|"
    r"\p{Tamil}+(?:[ \t]+\p{Tamil}+){0,2})"
)


class ForeignNameRecognizer(PhiPatternRecognizer):
    """Person names in French, Portuguese, Spanish, Haitian Creole, Vietnamese, Chinese, Arabic
    and Russian mail, found by their titles and by name structure (no gazetteer needed)."""

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "courtesy title",
            rf"(?<=\b(?:{_TITLES})[ \t]+){_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,3}}",
            0.8,
        ),
        Pattern(
            "salutation",
            r"(?<=\b(?:Bonjour|Bonsoir|Chère|Cher|Prezad[oa]|Car[oa]|Olá|Ola|Oi|Bonjou|Bonswa|"
            r"Estimad[oa]|Querid[oa]|Apreciad[oa]|Hola|Buenos[ \t]+días|Buenas[ \t]+tardes|"
            r"Chào|Kính[ \t]+gửi|Kính[ \t]+chào|Уважаем(?:ая|ый|ые)|Здравствуйте|Добрый[ \t]+день|"
            r"Nyob[ \t]+zoo|Salaan|Dzień[ \t]+dobry|Witam|"
            # de, it, tr, sw, rw, uk, hy
            r"Sehr[ \t]+geehrte[rn]?|Liebe[r]?|Hallo|Guten[ \t]+Tag|Gentile|Gentilissim[oa]|"
            r"Egregi[oa]|Buongiorno|Merhaba|Mpendwa|Muraho|Шановн(?:ий|а|і)|Доброго[ \t]+дня|"
            r"Вітаємо|Հարգելի)"
            r",?[ \t]+)"
            # a board, a department or a community greeted is no person ("Kính gửi Ban Biên Tập")
            r"(?!(?:Ban|Quý|Phòng|Hội|Trung|Bệnh|Công|Các|Toàn|Gia|Cộng|Comunidad|Familias|"
            r"Padres|Pacientes|Vecinos|Amigos|Equipo|Comité|Junta|Miembros|Communauté|Familles|"
            r"Parents|Comissão|Equipe|Amigas)\b)"
            rf"{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{1,3}}",
            0.75,
        ),
        # A name that opens the letter before the greeting: "Светлана, добрый день."
        Pattern(
            "name before a greeting",
            r"(?:^|(?<=\n))[ \t]*\K\p{Lu}\p{Ll}+(?=,[ \t]+(?i:добрый[ \t]+(?:день|вечер)|"
            r"доброе[ \t]+утро|здравствуйте|buenos[ \t]+d[ií]as|buenas[ \t]+tardes|bom[ \t]+dia|"
            r"boa[ \t]+tarde|bonjour|xin[ \t]+chào)\b)",
            0.7,
        ),
        Pattern(
            "lower-case name after a title",
            rf"(?<=\b{_LOWER_TITLES}[ \t]+){_LOWER_WORD}(?:[ \t]+\({_LOWER_WORD}\))?"
            rf"(?:[ \t]+{_LOWER_WORD}){{0,2}}",
            0.6,
        ),
        Pattern(
            "polish title",
            rf"(?<=\b(?:Szanown[ya](?:[ \t]+Pan(?:i|ie)?)?|Pan|Pani|Pana|Panu|Panią|Panem|Panie)"
            rf"[ \t]+){_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,2}}",
            0.75,
        ),
        Pattern(
            "tagalog title",
            # and the kin and respect titles families use: "si Tita Luz", "kay Lolo Ben"
            rf"(?<=\b(?:G\.|Gng\.|Bb\.|Ginoong|Ginang|Binibining|Tita|Tito|Lola|Lolo|Aling|Mang)"
            rf"[ \t]+)"
            rf"{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,2}}",
            0.75,
        ),
        Pattern(
            "hmong clan name",
            rf"\b{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD})?[ \t]+(?:{_HMONG_CLANS})\b",
            0.7,
        ),
        Pattern(
            "italian title",
            rf"(?<=\b(?:Sig\.(?:ra|na|r)?|Gent\.(?:mo|ma|mi)|Egr\.)[ \t]+)"
            rf"{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,3}}",
            0.75,
        ),
        Pattern(
            "turkish title",
            rf"(?<=\b(?:Say\p{{Ll}}n(?:[ \t]+Bay(?:an)?)?|Bay(?:an)?|Sn\.)[ \t]+)"
            rf"{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,3}}",
            0.75,
        ),
        Pattern(
            "turkish name + hanım/bey",
            rf"\b{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD})?(?=[ \t]+(?:Han\p{{Ll}}m|Bey)\b)",
            0.7,
        ),
        Pattern(
            "swahili/kinyarwanda title",
            rf"(?<=\b(?:Bwana|Bw\.|Bi\.|Bibi|Ndugu|Mheshimiwa|Mama|Baba|Madamu|Nyakubahwa)"
            rf"[ \t]+){_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,3}}",
            0.75,
        ),
        Pattern(
            "vietnamese name",
            # not the holiday "Lễ Tạ Ơn" (Thanksgiving)
            rf"(?<!\b(?i:lễ)[ \t]+)\b(?:{_VI_FAMILY})(?:[ \t]+{_UPPER_WORD}){{1,3}}\b",
            0.75,
        ),
        Pattern(
            "chinese name + honorific",
            rf"[{_ZH_FAMILY}][\p{{Han}}]{{1,2}}(?=女士|先生|小姐|同学|患者|病人|阿姨|老人家|奶奶|爷爷)"
            # a surname alone with Mr./Ms. ("陈女士您好"), a name after a kin word
            # ("您父亲张国华")
            rf"|(?<![\p{{Han}}])[{_ZH_FAMILY}](?:女士|先生|小姐|太太)"
            rf"|(?<=父亲|母亲|爸爸|妈妈|丈夫|妻子|儿子|女儿|祖母|祖父)[{_ZH_FAMILY}][\p{{Han}}]{{1,2}}",
            0.8,
        ),
        Pattern(
            "chinese labelled name",
            rf"(?<=(?:患者|病人|姓名|病患)[:\uff1a]?[ \t]*)[{_ZH_FAMILY}][\p{{Han}}]{{1,2}}"
            r"(?![\p{Han}])",
            0.85,
        ),
        Pattern(
            "russian name",
            # patronymics in every case: "Галину Петровну Морозову", "Ивану Петровичу"
            r"\b(?:\p{Lu}\p{Ll}+[ \t]+)?\p{Lu}\p{Ll}+(?:(?:ович|евич|ич)(?:а|у|ем|е)?|"
            r"(?:овн|евн|ичн|иничн)(?:а|у|ы|е|ой))"
            r"(?:[ \t]+\p{Lu}\p{Ll}+)?\b"
            # a greeting word is no given name: "Уважаемая Галина" (Galina, not a surname)
            r"|\b(?!(?i:уважаем|дорог|здравствуй|шановн|добр|привет)\p{L}*[ \t])"
            # surnames in every case too: "у вашей мамы, Галины Вороновой", "Ивану Петрову"
            # (-ине is left out: "в Новой Машине" is a place, and -ин surnames rarely take it)
            r"\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+(?:(?:ов|ев|ёв)(?:а|у|ым|ой|ою|е|ы)?|"
            r"ин(?:а|у|ым|ой|ою|ы)?|"
            r"(?:ск|цк)(?:ий|ая|ого|ому|им|ой|ую|ом)|енко|ук|юк)\b",
            0.75,
        ),
        Pattern(
            "russian title",
            r"(?<=(?<!\p{L})(?:г-н|г-жа|г-же|г-на|господин(?:у|а)?|госпож(?:а|е|и))\.?[ \t]+)"
            r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}",
            0.8,
        ),
        Pattern(
            "korean name + honorific",
            rf"(?<![\p{{Hangul}}])(?:{_KO_FAMILY})[\p{{Hangul}}]{{1,2}}"
            r"(?=[ \t]?(?:님|씨|환자|고객님|어르신|보호자님|학생)"
            r"(?![\p{Hangul}&&[^의은는이께을를]]))",
            0.8,
        ),
        Pattern(
            "korean labelled name",
            r"(?<=(?:환자|성명|이름|수신)[ \t]*[:\uff1a]?[ \t]*)"
            rf"(?:{_KO_FAMILY})[\p{{Hangul}}]{{1,2}}"
            r"(?![\p{Hangul}])",
            0.8,
        ),
        Pattern(
            "hindi title",
            r"(?<=(?<!\p{Devanagari})(?:श्री|श्रीमती|सुश्री|कुमारी|श्रीमान)[ \t]+)"
            r"\p{Devanagari}+(?:[ \t]+\p{Devanagari}+){0,3}",
            0.8,
        ),
        Pattern(
            "arabic title",
            rf"(?<=(?<!\p{{Arabic}})(?:{_AR_TITLES})[ \t]+)"
            r"\p{Arabic}+(?:[ \t]+\p{Arabic}+){0,4}",
            0.8,
        ),
        Pattern(
            "bengali/punjabi title",
            r"(?<=(?<![\u0980-\u0a7f])(?:শ্রীমতী|শ্রী|জনাবা|জনাব|বেগম|ਸ੍ਰੀਮਤੀ|ਸ੍ਰੀ|ਸ\u0a3c?੍ਰੀਮਤੀ|"
            r"ਸ\u0a3c?੍ਰੀ|ਸਰਦਾਰਨੀ|ਸਰਦਾਰ|ਬੀਬੀ)[ \t]+)"
            r"(?:[\u0980-\u09e5\u09f0\u09f1]+(?:[ \t]+[\u0980-\u09e5\u09f0\u09f1]+){0,3}"
            r"|[\u0a00-\u0a65\u0a70-\u0a7f]+(?:[ \t]+[\u0a00-\u0a65\u0a70-\u0a7f]+){0,3})",
            0.8,
        ),
        Pattern(
            "gujarati/tamil title",
            r"(?<=(?<![\u0a80-\u0bff])(?:શ્રીમતી|શ્રીમાન|શ્રી|કુમારી|திருமதி|திரு|செல்வி)\.?[ \t]+)"
            r"(?:[\u0a80-\u0aef]+(?:[ \t]+[\u0a80-\u0aef]+){0,2}"
            r"|[\u0b80-\u0bef]+(?:[ \t]+[\u0b80-\u0bef]+){0,2})",
            0.8,
        ),
        Pattern(
            "indic greeting name",
            # "प्रिय कविता श्रीनिवासन जी,", "नमस्ते गुरुङ जी,", "রহিম চৌধুরী ভাই,", "પ્રિય મીના બેન,":
            # the reader named on the greeting line, after a salutation or before a courtesy word
            rf"(?<=(?:^|\n)[ \t]*(?:{_INDIC_SALUTATION})[ \t,]+(?:{_INDIC_TITLE})?[ \t.]*)"
            rf"{_INDIC_NAME}(?=[ \t]*(?:(?:{_INDIC_COURTESY})[ \t]*)?[,!\u0964]?[ \t]*(?:\n|$))"
            rf"|(?<=(?:^|\n)[ \t]*)(?!(?:{_INDIC_SALUTATION})[ \t])"
            rf"{_INDIC_NAME}(?=[ \t]+(?:{_INDIC_COURTESY})[ \t]*[,!\u0964][ \t]*(?:\n|$))",
            0.75,
        ),
        Pattern(
            "persian/tamil kin + name",
            # "پسرتان آرش رحیمی" (your son Arash Rahimi), "உங்கள் மகள் அனன்யா" (your daughter
            # Ananya): a relative of the reader, named
            r"(?<=(?<!\p{Arabic})(?:پسرتان|دخترتان|فرزندتان|همسرتان|مادرتان|پدرتان|پسرت|دخترت|"
            r"فرزندت|همسرت|مادرت|پدرت)[ \t]+)\p{Arabic}+(?:[ \t]+\p{Arabic}+)?"
            r"|(?<=(?<![\u0b80-\u0bff])(?:உங்கள்|உங்களது)[ \t]+(?:மகள்|மகன்|கணவர்|மனைவி|அம்மா|"
            r"அப்பா|குழந்தை|தாயார்|தந்தை)[ \t]+)[\u0b80-\u0bef]+(?:[ \t]+[\u0b80-\u0bef]+)?",
            0.75,
        ),
        Pattern(
            "ethiopic kin + name",
            # "ወንድምዎ ፀጋዬ በቀለ" (your brother Tsegaye Bekele): a relative of the reader, named
            r"(?<=(?<![\u1200-\u137f])(?:ወንድም|እህት|እናት|አባት|ባለቤት|ልጅ|አያት)(?:ዎ|ህ|ሽ|ዎት|ዎ[ት])"
            r"[ \t]+)[\u1200-\u135a]+(?:[ \t]+[\u1200-\u135a]+)?",
            0.75,
        ),
        Pattern(
            "ethiopic title",
            r"(?<=(?<![\u1200-\u137f])(?:አቶ|ኣቶ|ወ/ሮ|ወይዘሮ|ወ/ሪት|ወይዘሪት|ክቡር|ክብርት)[ \t]+)"
            r"[\u1200-\u135a]+(?:[ \t]+[\u1200-\u135a]+){0,2}",
            0.8,
        ),
        Pattern(
            "japanese name + honorific",
            r"(?<![\u3005\u4e00-\u9fff\u30a0-\u30ffおご御])[\u3005\u4e00-\u9fff]{1,3}[ \u3000]?"
            r"(?:[\u3005\u4e00-\u9fff]{1,3}|[\u3041-\u3096]{2,4}|[\u30a1-\u30fa\u30fc]{2,6})"
            r"(?=[ \u3000]?(?:様|さま|さん|殿))"
            r"|(?<![\u30a0-\u30ff])[\u30a1-\u30fa\u30fc]{2,8}"
            r"(?:[\u30fb ][\u30a1-\u30fa\u30fc]{2,8})?"
            r"(?=[ \u3000]?(?:様|さん))",
            0.8,
        ),
        Pattern(
            "japanese labelled name",
            r"(?<=(?:患者名|患者氏名|氏名|お名前|受診者名)[ \t\u3000]*[:\uff1a]?[ \t\u3000]*)"
            r"[\u4e00-\u9fff]{1,3}[ \u3000]?[\u4e00-\u9fff]{1,3}(?![\u4e00-\u9fff])",
            0.85,
        ),
        Pattern(
            "burmese title",
            r"(?<![\u1000-\u109f])(?:ဦး|ဥ\u102eး|ဒေါ်|မောင်)"
            r"(?!စွာ|ဆောင်|နှောက်|ရေ|တည်|ခေါင်း|စီး|လာ|ဆုံး|ပိုင်|ထိပ်)[ \t]?"
            r"[\u1000-\u1049\u104c-\u109f]{2,24}"
            r"|(?<=လူနာ[ \t]*အမည်[ \t]*[:\-]?[ \t]*)[\u1000-\u1049\u104c-\u109f]{2,24}",
            0.75,
        ),
        Pattern(
            "khmer title",
            r"(?<=(?<![\u1780-\u17ff])(?:លោកស្រី|អ្នកស្រី|កញ្ញា|លោក)[ \t]+)"
            rf"(?!{_KM_NOT_NAME})[\u1780-\u17d3\u17dd]{{2,15}}"
            rf"(?:[ \t]+(?!{_KM_NOT_NAME})[\u1780-\u17d3\u17dd]{{2,15}})?"
            r"|(?<=ឈ្មោះ(?:អ្នកជំងឺ)?[ \t]*[:\-][ \t]*)[\u1780-\u17d3\u17dd]{2,15}"
            r"(?:[ \t]+[\u1780-\u17d3\u17dd]{2,15})?",
            0.75,
        ),
        Pattern(
            "lao title",
            r"(?<=(?<![\u0e80-\u0eff])(?:ທ່ານນາງ|ທ້າວ|ນາງສາວ|ນາງ|ທ່ານ)[ \t]+)"
            rf"(?!{_LAO_NOT_NAME})[\u0e81-\u0ecd]{{2,15}}"
            rf"(?:[ \t]+(?!{_LAO_NOT_NAME})[\u0e81-\u0ecd]{{2,15}})?"
            r"|(?<=ຊື່(?:ຄົນເຈັບ)?[ \t]*[:\-][ \t]*)[\u0e81-\u0ecd]{2,15}"
            r"(?:[ \t]+[\u0e81-\u0ecd]{2,15})?",
            0.75,
        ),
    ]
    FLAGS = CASE_SENSITIVE
    # The patterns before the Vietnamese one (titles, salutations, clan names) can match ASCII
    # text; the rest need letters ASCII lacks.
    _LATIN_PATTERNS = next(i for i, p in enumerate(PATTERNS) if p.name == "vietnamese name")
    PATTERN_GATES: ClassVar[dict[str, Callable[[str, str], bool]]] = {
        # "Pan", "G." and "Her"/"Lee" are English words and initials: only in Polish, Tagalog,
        # Hmong mail (two distinct function words of the language).
        "polish title": lambda _t, low: _language(_PL_WORD, low),
        "tagalog title": lambda _t, low: _language(_TL_WORD, low),
        "hmong clan name": lambda _t, low: _language(_HMN_WORD, low),
        # "Sig." (a prescription's directions), "Bay", "Bi.", "Mama": Italian, Turkish,
        # Swahili/Kinyarwanda mail only.
        "italian title": lambda _t, low: _language(_IT_WORD, low),
        "turkish title": lambda _t, low: _language(_TR_WORD, low),
        "turkish name + hanım/bey": lambda t, low: (
            ("Bey" in t or "Han" in t) and _language(_TR_WORD, low)
        ),
        "swahili/kinyarwanda title": lambda _t, low: _language(_SW_RW_WORD, low),
        # Patterns of one script run only on text holding a letter of it (or the honorific or
        # label they need).
        "bengali/punjabi title": _has_script("\u0980-\u0a7f"),
        "gujarati/tamil title": _has_script("\u0a80-\u0bff"),
        "indic greeting name": _has_script("\u0900-\u0bff"),
        "persian/tamil kin + name": _has_script("\u0600-\u06ff\u0b80-\u0bff"),
        "ethiopic kin + name": _has_script("\u1200-\u137f"),
        "ethiopic title": _has_script("\u1200-\u137f"),
        "japanese name + honorific": has_any("様", "さま", "さん", "殿"),
        "japanese labelled name": has_any("名"),
        "burmese title": _has_script("\u1000-\u109f"),
        "khmer title": _has_script("\u1780-\u17ff"),
        "lao title": _has_script("\u0e80-\u0eff"),
    }

    def patterns_for(self, text: str) -> list[tuple[str, re.Pattern[str], float]]:
        # Vietnamese, Chinese, Cyrillic and Arabic names need non-ASCII letters: skip them on
        # ASCII text.
        return self._compiled[: self._LATIN_PATTERNS] if text.isascii() else self._compiled

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        value = text[result.start : result.end]
        if result.end - result.start < 2:
            return None
        words = value.split()
        if _is_hangul(words[0]):
            # "선생님", "박사님", "고객님": a role or a title before 님, not a name.
            return None if value in _KO_NOT_NAME else result
        if _is_unspaced(words[0]):
            # Japanese, Burmese, Khmer, Lao, Chinese: the pattern spans the name alone; a role
            # before 様/さん ("患者様", "担当者様") is not a name.
            return None if value.replace(" ", "").replace("\u3000", "") in _JA_NOT_NAME else result
        stops = _uncased_stops(words[0])
        if words[0][0].islower() or stops is not None:
            # Texting style, or a script without case (Arabic, Persian, Urdu, Pashto, Hindi,
            # Nepali, Bengali, Punjabi, Amharic, Tigrinya): the name ends at the first function
            # word, a courtesy word ("المحترمة", "जी", "ਜੀ") or a place or organisation word.
            if stops is None:
                stops = _LOWER_STOP
            keep = 0
            for w in words:
                if w.strip("()").lower() in stops or w.lower() in _ORG_NAME_WORDS:
                    break
                keep += 1
            if keep == 0 or words[keep - 1].startswith("("):
                return None
            result.end = result.start + len(" ".join(words[:keep]))
            if text[result.start : result.end] != " ".join(words[:keep]):
                return None  # a tab inside: leave it
            return result
        if words[0].strip(".,") in _NOT_A_NAME_START:
            return None
        if words[0].rstrip(".") in _TITLE_WORDS:
            return None  # "Bonjou Madan Marie Joseph": the title pattern spans the name alone
        if _M_DOT_BEFORE.search(text, max(0, result.start - 6), result.start) and (
            len(set(_FRENCH_WORD.findall(text.lower()))) < 2
        ):
            return None  # "M. Delgado, R. Sung" in English mail: initials, not "Monsieur"
        if any(w.lower().strip(".,") in _ORG_NAME_WORDS for w in words) or _ORG_PHRASE.search(
            value
        ):
            return None  # "Kính gửi Hội Người Việt Oregon", "Sra. Clínica ...": an organisation
        return result


_M_DOT_BEFORE = re.compile(r"\bM\.[ \t]+$")
_FRENCH_WORD = re.compile(
    r"(?<![\w-])(?:le|la|les|de|des|du|pour|avec|est|vous|votre|nous|dans|une|aux|qui|sur|"
    r"suivi|objet|bonjour|madame|monsieur|né|née|cordialement|veuillez|transfert|lettre)(?![\w-])"
)


_TITLE_WORDS = frozenset(
    """Madame Mme Monsieur Mademoiselle Mlle Senhor Senhora Sr Sra Srta Dona Doña Don Señor
    Señora Señorita Mesye Msye Madanm Madan Manmzèl Herr Frau Signor Signora Bà Ông Anh
    Chị Mudane Marwo Aabo Hooyo Niam Txiv Pog Yawg Pan Pani Panie Pana Panu Szanowny Szanowna
    Gng Bb Ginoong Ginang Binibining Herrn Signorina Sig Sig.ra Sig.na Sig.r Bwana Bw Bi Bibi Ndugu
    Mheshimiwa Mama Baba Madamu Nyakubahwa Bay Bayan Sayın Sayin Пан Пані Пане Пана Պարոն Տիկին
    Օրիորդ""".split()
)


def _is_arabic(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


def _is_devanagari(word: str) -> bool:
    return "\u0900" <= word[0] <= "\u097f"


def _uncased_stops(word: str) -> frozenset[str] | None:
    """The words that end a name in ``word``'s script when it has no letter case, else None."""
    ch = word[0]
    if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff":
        return _AR_STOP
    if "\u0900" <= ch <= "\u097f":
        return _HI_STOP
    if "\u0980" <= ch <= "\u0a7f":
        return _BN_PA_STOP
    if "\u0a80" <= ch <= "\u0aff" or "\u0b80" <= ch <= "\u0bff":
        return _GU_TA_STOP
    if "\u1200" <= ch <= "\u137f":
        return _ET_STOP
    return None


def _is_unspaced(word: str) -> bool:
    """``word`` opens in a script written without spaces between words (ja, zh, my, km, lo)."""
    ch = word[0]
    return (
        "\u3005" <= ch <= "\u30ff"
        or "\u4e00" <= ch <= "\u9fff"
        or "\u1000" <= ch <= "\u109f"
        or "\u1780" <= ch <= "\u17ff"
        or "\u0e80" <= ch <= "\u0eff"
    )


def _is_hangul(word: str) -> bool:
    return "\uac00" <= word[0] <= "\ud7a3"


# Korean roles and titles that take 님/씨 like a name and open with a family-name syllable.
_KO_NOT_NAME = frozenset(
    """선생 원장 사장 부장 과장 실장 팀장 소장 이사 회장 고객 주임 기사 간호사 의사 박사 조교 위원
    반장 장로 전도사 목사 신부 수녀 교수 부모 어머 아버 할머 할아버 보호자 환자 대리 차장 상무
    전무 대표 선배 후배 형 누나 언니 오빠 이모 고모 삼촌 여사 사모 도련 아가 손님 주민 구청장
    시장 국장 대장 기관 병원 약사 치과 한의사 문의 예약 진료 안내 결과 이용""".split()
)


_NOT_A_NAME_START = frozenset(
    """Clinique Clínica Clinica Centre Centro Hôpital Hospital Service Serviço Doctor Docteur
    Dr Dra Riverbend Lakeshore Le La Les Los Las El Del De Du Des Da Do Das Dos Doktor Doktora
    Profesor Profesorze Dyrektor Dyrektorze Doktorze Dok Doktorin Professorin Dottore Dottoressa
    Dott Grüße Grüßen Damen Herren Patientinnen Patienten Kolleginnen Kollegen Eltern Familie
    Mitglieder Team Praxis Pazienti Colleghi Genitori Utenti Famiglie Hastalar Veliler Hasta
    Пацієнти Колеги Батьки Лікар Лікарю Лікарка Doktor Daktari Muganga Шановна Шановний
    Шановні""".split()
)
# Words that make a titled or greeted "name" an organisation, a place or a group, in the
# languages covered (lower-case; compared word by word).
_ORG_NAME_WORDS = frozenset(
    """clínica clinica clinique centro centre hospital hôpital hospitalar policlínica policlinica
    asociación asociacion associação associacao association asosyasyon fundación fundacion
    fundação fondation iglesia igreja église eglise legliz comité comite comunidad comunidade
    communauté kominote departamento département departement servicio serviços servicios
    service sèvis equipo équipe equipe grupo groupe gwoup programa programme pwogram oficina
    bureau biwo farmacia pharmacie farmácia famasi laboratorio laboratoire laboratório
    universidad université universidade escuela école escola lekòl sociedad société sociedade
    federación fédération coalición coalition red réseau rede consejo conseil conselho
    ayuntamiento mairie prefeitura municipio município compañía compagnie companhia empresa
    entreprise seguro seguros assurance assurances clinic center health salud santé saúde sante
    hội chùa nhóm sở
    przychodnia przychodni szpital szpitala szpitalu centrum fundacja stowarzyszenie urząd
    ospital klinika sentro samahan kompanya isbitaalka isbitaal xarunta rugta ururka shirkadda
    جمعية الجمعية مركز المركز مستشفى المستشفى عيادة العيادة مؤسسة المؤسسة شركة الشركة قسم القسم
    مجلس المجلس لجنة اللجنة نادي النادي جامعة الجامعة مدرسة المدرسة صيدلية الصيدلية مختبر المختبر
    praxis klinik klinikum krankenhaus apotheke zentrum gemeinde verein stiftung ambulatorio
    ospedale azienda comune associazione hastane hastanesi kliniği eczane merkezi derneği vakfı
    belediyesi hospitali zahanati kituo ibitaro ivuriro лікарня лікарні клініка аптека центр
    بیمارستان درمانگاه کلینیک شفاخانه روغتون ہسپتال کلینک انجمن হাসপাতাল ক্লিনিক ਹਸਪਤਾਲ ਕਲੀਨਿਕ
    ሆስፒታል ክሊኒክ ማህበር հիվանդանոց կլինիկա դեղատուն կենտրոն
    """.split()
)
# Vietnamese organisation words are two syllables, each of which is also a given name ("Tâm",
# "Văn"): matched as phrases.
_ORG_PHRASE = re.compile(
    r"\b(?:trung[ \t]+tâm|bệnh[ \t]+viện|phòng[ \t]+khám|công[ \t]+ty|nhà[ \t]+thuốc|"
    r"câu[ \t]+lạc[ \t]+bộ|liên[ \t]+đoàn|tổ[ \t]+chức|văn[ \t]+phòng|hội[ \t]+đồng|"
    r"cộng[ \t]+đồng|sức[ \t]+khỏe|y[ \t]+tế)\b",
    re.IGNORECASE,
)
# Words that end a lower-case name after a title ("la señora de la limpieza", "doña rosario
# mendez en la calle"): function words and common verbs of es, pt, fr and ht texting.
_LOWER_STOP = frozenset(
    """de del la las el los lo le les y e o u a al en con por para que qué se su sus mi mis tu
    no ni si sí ya es está esta están estaba fue era va dice dijo tiene tenía hay muy más pero
    como cuando donde porque pq xq q ok un una unos unas este ese esa aquí allí hoy mañana ayer
    do da dos das em no na nos nas com um uma é ele ela não sim
    du des et est qui avec pour dans sur il elle ils vous votre nous ne pas au aux ce cette
    ki ak nan pou li se yo w ou mwen nou pa te ap k
    llamó llamo vino viene habló hablo dice necesita quiere puede está tiene""".split()
)
_HI_STOP = frozenset(
    """जी को का की के से ने में है हैं आप आपका आपकी आपके और या पर कृपया नमस्ते हम यह वह
    अस्पताल क्लिनिक ज्यू लाई मा तपाईं तपाईंको हजुर हजुरको र नमस्कार साहब साहिब भाई दीदी बहन
    मरीज मरीज़ रोगी अभिभावक अभिभावकों सदस्य सदस्यों ग्राहक साथी साथियों मित्र मित्रों परिवार
    सहकर्मी सहकर्मियों कर्मचारी कर्मचारियों डॉक्टर डॉ सर महोदय महोदया सभी भाइयों बहनों
    माता-पिता बिरामी आमाबुवा सबै""".split()
)
_BN_PA_STOP = frozenset(
    """জি কে এর আপনার আপনি এবং ও সাহেব বাবু হাসপাতাল ক্লিনিক নমস্কার আসসালামু ভাই আপা দিদি
    রোগী সদস্য অভিভাবক গ্রাহক বন্ধু বন্ধুরা সহকর্মী পরিবার সবাই ডাক্তার মহোদয় মহোদয়া স্যার
    ਜੀ ਨੂੰ ਦਾ ਦੀ ਦੇ ਤੁਹਾਡੀ ਤੁਹਾਡਾ ਤੁਹਾਡੇ ਸਾਹਿਬ ਅਤੇ ਹਸਪਤਾਲ ਕਲੀਨਿਕ ਵਲੋਂ ਭੈਣ ਜੀਓ ਮਰੀਜ਼ ਮੈਂਬਰ ਮਾਪੇ
    ਦੋਸਤ ਸਾਥੀ ਪਰਿਵਾਰ ਡਾਕਟਰ ਸਾਰੇ""".split()
)
# Gujarati and Tamil: courtesy words, pronouns, roles a greeting may name instead of a person.
_GU_TA_STOP = frozenset(
    """જી ભાઈ બેન સાહેબ આપ આપના તમારા તમે અને દર્દી સભ્ય વાલી ગ્રાહક મિત્રો પરિવાર ડૉક્ટર ડૉ
    હોસ્પિટલ ક્લિનિક સૌ
    சார் அவர்களே அவர்கள் அவர்களுக்கு அவர்களின் அவர்களை உங்கள் நீங்கள் மற்றும் நோயாளி நோயாளிகள் உறுப்பினர் பெற்றோர்
    பெற்றோர்களே வாடிக்கையாளர் நண்பர்களே குடும்பத்தினர் மருத்துவர் டாக்டர் ஐயா அம்மா
    மருத்துவமனை அனைவருக்கும் நாளை இன்று நேற்று அன்று""".split()
)
_ET_STOP = frozenset(
    """ቀጠሮ ቀጠሮዎ እባክዎ ነገ ዛሬ እና ሆስፒታል ክሊኒክ ሰላም ቆጸራ ቆጸራኹም ሕክምና ኣብ ዶክተር
    ሐኪም ሓኪም ዶ/ር ክቡር ክብርት""".split()
)
_AR_STOP = frozenset(
    """المحترم المحترمة المحترمين المحترمات الكريم الكريمة حفظه حفظها في من إلى الى على عن مع
    يوم و أو ثم نذكرك نذكّرك نود نرجو يرجى لديك موعد
    عزیز عزیزم گرامی محترم محترمه صاحب صاحبہ صاحبه جی جان را در از به با که شما نوبت لطفا
    لطفاً دکتر داکتر ډاکټر ڈاکٹر کی کا کے کو نے میں ہے آپ د ته سره ستاسو په ګرانه ګران
    سلام""".split()
)

# A unit/room/bed code: 318, 4W-12, 5E-04, 7C, 12B.
_LOC = (
    r"(?:(?:room|rm|bed|bay|stretcher)[ \t]*#?[ \t]*)?(?:\d{1,2}[A-Z]{1,2}-?\d{1,3}|\d{3,4}[A-Z]?"
    r"|\d{1,2}[A-Z](?![\w\-]))"
)
_NOT_SURNAME = frozenset(
    """The This That These Those Patients Patient Pt Beds Bed Rooms Room Unit Units Staff Team
    Nurses Nurse Everyone All Open Closed Sink Floor Floors Admissions Discharges Census Please
    Labs Lab Meds Supplies Holds Bay Bays Level Trauma Code Station Medic Route Case Cases Exam
    Sinks Tele Telemetry Today Tomorrow Night Nights Days Saturday Sunday Monday Tuesday
    Wednesday Thursday Friday Ward Wing Building Suite Office Clinic Surgery Add Ons Sorry Thanks
    Pediatrics Oncology Cardiology Orthopedics Neurology Radiology Pharmacy Dietary Transport
    Inbound Outbound Transfer Transfers Dr Mr Mrs Ms Miss Doctor Provider Attending Resident
    Fellow Therapist Chaplain Volunteer""".split()
)


class LocatedNameRecognizer(PhiPatternRecognizer):
    """A capitalised surname placed in a bed/room/unit, after a bay/bed number, or with age and
    sex: how ward mail names patients."""

    ENTITY = "PERSON"
    TRIGGERS = ("(", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "surname in location",
            rf"\b\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?(?=[ \t]+(?i:in|on)[ \t]+{_LOC}\b)",
            0.7,
        ),
        Pattern(
            "after bay/bed number",
            r"(?<=\b(?i:bay|bed|rm|room|stretcher)[ \t]*#?[ \t]*\d{1,4}[A-Z]?[ \t]*[:\-]?[ \t]+)"
            r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\b(?![ \t]+(?:is|are|was|will|has)\b)",
            0.7,
        ),
        Pattern(
            "surname tagged with a procedure",
            r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?=[ \t]*\([^()\n]{2,40}\)[ \t]*[,;.\n])",
            0.65,
        ),
        Pattern(
            "surname age sex",
            r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
            r"(?=,?[ \t]+\d{1,3}[ \t]?(?:y/?o|yo|yr)?[ \t]?[MF]\b)",
            0.7,
        ),
    ]
    FLAGS = CASE_SENSITIVE

    def patterns_for(self, text: str) -> list[tuple[str, re.Pattern[str], float]]:
        # Each pattern tries every capitalised word; run it only when its anchor is in the text.
        return [c for c, hint in zip(self._compiled, _LOCATED_HINTS, strict=True) if hint(text)]

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        if text[result.start : result.end] in _NOT_SURNAME:
            return None
        if text[result.end : result.end + 3].lstrip(" \t").startswith("("):
            # "Brennan (lap chole), Oyelaran (I&D)": only a list of such entries on one line.
            ls = text.rfind("\n", 0, result.start) + 1
            le = text.find("\n", result.end)
            line = text[ls : le if le >= 0 else len(text)]
            if len(_TAGGED.findall(line)) < 2:
                return None
        return result


_IN_LOC = re.compile(rf"\b(?:in|on)[ \t]+{_LOC}\b", re.IGNORECASE)
_BED_NO = re.compile(r"\b(?:bay|bed|rm|room|stretcher)[ \t]*#?[ \t]*\d", re.IGNORECASE)
_AGE_SEX = re.compile(r"\d[ \t]?(?:y/?o|yo|yr)?[ \t]?[MF]\b")
_LOCATED_HINTS: tuple[Callable[[str], bool], ...] = (
    lambda t: _IN_LOC.search(t) is not None,
    lambda t: _BED_NO.search(t) is not None,
    lambda t: "(" in t,
    lambda t: _AGE_SEX.search(t) is not None,
)
_TAGGED = re.compile(r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]*\([^()\n]{2,40}\)")


class CareSettingRecognizer(PhiPatternRecognizer):
    """A place on a ward ("in 4W-12", "5E bed 22", "on 6N", "in the ICU"): inpatient care."""

    ENTITY = "ENCOUNTER"
    CATEGORY = "health"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "in a ward bed",
            r"\b(?:in|on)[ \t]+(?:\d{1,2}[A-Z]{1,2}-\d{1,3}"
            r"|\d{1,2}[A-Z]{1,2}[ \t]+bed[ \t]*\d{1,3})\b",
            0.7,
        ),
        Pattern(
            "on a unit",
            r"\b(?:in|on)[ \t]+(?:\d{1,2}[A-Z]{1,2}-\d{1,3}"
            r"|\d{1,2}[A-Z]{1,2}(?:[ \t]+bed[ \t]*\d{1,3})?"
            r"|(?:room|rm|bed|bay)[ \t]*#?[ \t]*\d{1,4}[A-Z]?"
            r"|\d{3,4}[A-Z]?(?=[ \t]+(?:is|was|has)\b))\b",
            0.6,
        ),
        Pattern("unit bed", r"\b\d{1,2}[A-Z]{1,2}[ \t]+bed[ \t]*\d{1,3}\b", 0.7),
        Pattern(
            "in a care setting",
            r"\b(?:in|to|from)[ \t]+the[ \t]+(?:ICU|MICU|SICU|CCU|NICU|PICU|ED|ER|PACU|ward|"
            r"step-?down|telemetry|tele)\b",
            0.65,
        ),
    ]
    FLAGS = CASE_SENSITIVE


class BillingRecognizer(PhiPatternRecognizer):
    """Payment for care: an amount of money with a balance/statement/refund/collections word."""

    ENTITY = "CLAIM"
    CATEGORY = "health"
    TRIGGERS = ("$",)
    CONTEXT: ClassVar[list[str]] = [
        "balance",
        "statement",
        "refund",
        "refunded",
        "overpayment",
        "payment plan",
        "copay",
        "co-pay",
        "deductible",
        "coinsurance",
        "amount due",
        "balance due",
        "collections",
        "past due",
        "owe",
        "owed",
        "charges",
        "charged",
        "bill",
        "billed",
        "self-pay",
        "patient responsibility",
        "out-of-pocket",
        "after insurance",
    ]
    CONTEXT_WINDOW = 90
    CONTEXT_AFTER = 90
    REQUIRES_CONTEXT = True
    CONTEXT_BOOST = 0.0
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("amount", r"\$[ \t]?\d{1,3}(?:,\d{3})*(?:\.\d{2})?(?![\d,])", 0.6),
    ]

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        # Payment for *care*: a vendor's invoice has amounts and balances too.
        lo, hi = max(0, result.start - 160), min(len(text), result.end + 160)
        return result if _CARE_WORDS.search(text, lo, hi) else None


_CARE_WORDS = re.compile(
    r"\b(?:visit|stay|treatment|therapy|physical[ \t]+therapy|care|hospital|clinic|emergency|"
    r"er|ed|urgent|lab|labs|blood[ \t]+work|x-?ray|mri|ct|surgery|procedure|physician|patient|"
    r"dental|exam|ambulance|prescription|pharmacy|inpatient|outpatient|admission|office[ \t]+"
    r"visit|radiology|imaging|anesthesia|delivery|dates?[ \t]+of[ \t]+service|dos)\b",
    re.IGNORECASE,
)


class PatientStatusRecognizer(PhiPatternRecognizer):
    """ "Patient: Harriet Okonjo", "our patient Desmond Achebe": calling someone a patient says
    they receive care - health information by itself (the name is found by the name rules)."""

    ENTITY = "ENCOUNTER"
    CATEGORY = "health"
    TRIGGERS = ("pt", "patient", "paciente", "patiente", "pasyan", "пациент", "患者", "bệnh nhân")
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "patient label",
            r"\b(?i:patient|pt|paciente|patiente|pasyan|пациент(?:ка)?|bệnh[ \t]+nhân)"
            r"(?i:[ \t]+name)?[ \t]*[:\-][ \t]*(?=\p{Lu}[\p{Ll}\p{Lu}])",
            0.6,
        ),
        Pattern(
            "patient in prose",
            r"\b(?i:our|your|my|the|this)[ \t]+(?i:patient|pt)[ \t]+(?=\p{Lu}\p{Ll}+[ \t]+\p{Lu})",
            0.6,
        ),
        Pattern("chinese label", r"(?:患者|病人)[:\uff1a]?(?=\p{Han})", 0.6),
        Pattern(
            "patient's family",
            r"\b(?i:pt|patient)['\u2019]s[ \t]+(?i:daughter|son|wife|husband|mother|father|mom|"
            r"dad|spouse|partner|family|sister|brother|caregiver|guardian|parent)\b",
            0.55,
        ),
    ]
    FLAGS = CASE_SENSITIVE


_SUBJECT_NOT_NAME = frozenset(
    """schedule meeting agenda question questions request issue invoice training policy urgent
    important fyi action follow holiday coverage staffing newsletter announcement alert notice
    draft final report summary minutes update reminder change changes new info information
    reminder confirmed confirmation cancelled canceled closed closure help thanks welcome
    correction revised approval approved pending status outage maintenance survey invitation
    invite webinar event seminar conference lecture workshop course session class""".split()
)


class SubjectSurnameRecognizer(PhiPatternRecognizer):
    """A subject that opens with one capitalised word and a dash before the rest
    ("Gonzalez - COVID+ today"): a surname used as the topic of the message."""

    ENTITY = "PERSON"
    SOURCES = ("subject",)
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "subject surname",
            r"(?<=^[ \t]*(?:(?i:re|fw|fwd|aw)[ \t]*:[ \t]*)*)"
            r"(?:Mc|Mac|O')?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?(?=[ \t]+[\-\u2013\u2014][ \t]+\S)",
            0.7,
        ),
    ]
    FLAGS = CASE_SENSITIVE

    def refine(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        if text[result.start : result.end].lower() in _SUBJECT_NOT_NAME:
            return None
        return result


class SubjectLeadWordRecognizer(PhiPatternRecognizer):
    """One capitalised word opening the subject before lower-case words or a date ("Oberholtzer
    foot", "Thalberg elected hospice", "Haddad 11/12 fall"): a surname only when followed by a
    date or named again where a name stands - in an attachment's file name or mid-sentence in the
    body (the engine checks; it also drops common words and terms)."""

    ENTITY = "PERSON"
    SOURCES = ("subject",)
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "subject lead word",
            r"(?<=^[ \t]*(?:(?i:re|fw|fwd|aw)[ \t]*:[ \t]*)*)"
            r"(?:Mc|Mac|O')?[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?"
            r"(?=[ \t]+(?:[a-z]{3,}|\d{1,2}/\d{1,2}\b))",
            0.6,
        ),
    ]
    FLAGS = CASE_SENSITIVE


class FilenameDocumentRecognizer(PhiPatternRecognizer):
    """The document type in an attachment file name ("..._echo.pdf", "CT chest - ...", "Sleep
    Study Report ..."): a file named after a person and a clinical document is that person's
    record."""

    ENTITY = "ENCOUNTER"
    CATEGORY = "health"
    SOURCES = ("filename",)
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "clinical document type",
            r"\b(?:report|results?|summary|consent|referral|scan|study|studies|images?|imaging|"
            r"labs?|chart|records?|echo|ekg|ecg|eeg|emg|x[ ]?ray|ct|mri|pet|ultrasound|us|"
            r"path(?:ology)?|op[ ]note|progress[ ]note|clinic[ ]note|visit[ ]note|discharge|h&p|"
            r"hp|eob|claim|rx|prescription|audiogram|spirometry|holter|biopsy|intake|assessment|"
            r"evaluation|eval|treatment[ ]plan|care[ ]plan|medication[ ]list|immunizations?|"
            r"vaccination[ ]record|superbill|ub04|cms1500|ptnote|soap)\b",
            0.6,
        ),
        # A body site: a file named after a person and a knee, a heel or an eye is a clinical
        # photo of them ("Alemu_Tigist_L_heel_2026-11-10.png", "fundus_Lindholm_Erik_OD.png").
        Pattern(
            "body site",
            r"\b(?:knee|shin|heel|foot|feet|ankle|toes?|hand|wrist|elbow|shoulder|hip|sacrum|"
            r"sacral|coccyx|buttocks?|chest|sternum|abdomen|abd|forearm|arm|leg|thigh|calf|"
            r"fingers?|scalp|neck|ear|nose|lip|eyes?|od|ou|fundus|lesion|mole|rash|bruise|burn|"
            r"bite|stump|incision|wound|ulcer|pressure[ ]injury|induration)\b",
            0.55,
        ),
    ]


# A full date as written in es/pt/fr/ht/vi/ar letters: 21/06/1952, 21.06.52, 1952-06-21,
# "21 de junio de 1952", "1er mars 1952", "21 يونيو 1952".
_FULL_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d{2}(?!\d)|(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)|"
    rf"\d{{1,2}}(?:er|º|°|\.)?(?:[ \t]+de)?[ \t]+(?:{_MONTHS})(?:[ \t]+de|,)?[ \t]+(?:19|20)\d{{2}}"
    r"(?!\d))"
)


class ForeignDateOfBirthRecognizer(PhiPatternRecognizer):
    """A date of birth labelled in another language: "né le 21/06/1952", "fecha de nacimiento:
    3/4/1961", "f. nac. 03-04-61", "data de nascimento", "dat nesans", "ngày sinh", "تاريخ
    الميلاد", "дата рождения", "出生日期". The English labels are DateOfBirthRecognizer's."""

    ENTITY = "DATE_OF_BIRTH"
    NEEDS_DIGIT = True
    TRIGGERS = (
        "né",
        "naissance",
        "ddn",
        "nac",
        "nasc",
        "nesans",
        "fèt",
        "sinh",
        "الميلاد",
        "مواليد",
        "рожд",
        "родил",
        "出生",
        "dhalash",
        "hnub yug",
        "urodz",
        "ur.",
        "kapanganakan",
        "ipinanganak",
        "생년월일",
        "생일",
        "जन्म",
        # de, it, tr, sw, rw, uk, fa/prs, ps, ur, bn, pa, am, ti, hy, ja, my, km, lo
        "geburt",
        "geb.",
        "geboren",
        "nascita",
        "nato il",
        "nata il",
        "doğum",
        "dogum",
        "kuzaliwa",
        "alizaliwa",
        "amavuko",
        "yavutse",
        "народж",
        "народи",
        "تولد",
        "پیدائش",
        "پيدائش",
        "زیږ",
        "زېږ",
        "জন্ম",
        "ਜਨਮ",
        "ልደት",
        "ትውልድ",
        "ዝተወለደ",
        "ծննդ",
        "ծնվ",
        "生年月日",
        "မွေး",
        "កំណើត",
        "ເກີດ",
    )
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "dob labelled (es, pt, fr, ht, vi)",
            r"(?<=\b(?:n[ée]e?(?:\(e\))?[ \t]+le|date[ \t]+de[ \t]+naissance|ddn|"
            r"fecha[ \t]+de[ \t]+nacimiento|f(?:echa|ec)?\.?[ \t]*(?:de[ \t]+)?nac(?:imiento|\.)|"
            r"nacid[oa][ \t]+(?:el|en)|data[ \t]+de[ \t]+nascimento|dt\.?[ \t]*nasc\.?|"
            r"nascid[oa][ \t]+(?:em|a)|dat[ \t]+(?:de[ \t]+)?nesans|"
            r"(?:ki[ \t]+)?fèt[ \t]+(?:le|nan)?|"
            r"ngày[ \t]+(?:tháng[ \t]+năm[ \t]+)?sinh|sinh[ \t]+ngày|"
            # so, hmn, pl, tl
            r"taariikhda[ \t]+dhalashada|ta'?riikhda[ \t]+dhalashada|dhalashada|"
            r"hnub[ \t]+yug|data[ \t]+urodzenia|ur\.|urodzon[ya][ \t]+(?:dnia[ \t]+)?|"
            r"petsa[ \t]+ng[ \t]+kapanganakan|kapanganakan|ipinanganak[ \t]+(?:noong|sa)|"
            # de, it, tr, sw, rw
            r"geburtsdatum|geb\.|geboren[ \t]+am|data[ \t]+di[ \t]+nascita|nat[oa][ \t]+il|"
            r"do(?:ğ|g)um[ \t]+tarihi|tarehe[ \t]+ya[ \t]+kuzaliwa|alizaliwa(?:[ \t]+tarehe)?|"
            r"itariki[ \t]+y['\u2019]?[ \t]*amavuko|yavutse(?:[ \t]+ku)?)"
            r"[ \t]*[:\-]?[ \t]*)" + _FULL_DATE,
            0.95,
        ),
        Pattern(
            "dob labelled (other scripts)",
            r"(?<=(?:تاريخ[ \t]+الميلاد|تاريخ[ \t]+الولادة|مواليد|дата[ \t]+рождения|"
            r"родил(?:ся|ась)|出生日期|出生年月日|생년월일|생일|जन्म[ \t]+तिथि|जन्मतिथि|"
            r"जन्म[ \t]+की[ \t]+तारीख|जन्म[ \t]+तारीख|"
            # uk, fa/prs, ur, ps, bn, pa, ne, am, ti, hy, ja, my, km, lo
            r"дата[ \t]+народження|народил(?:ася|ся)|народився|تاریخ[ \t]+تولد|متولد|"
            r"تاریخ[ \t]+پیدائش|تاریخ[ \t]+پيدائش|د[ \t]+زیږیدو[ \t]+نیټه|د[ \t]+زېږېدو[ \t]+نېټه|"
            r"জন্ম[ \t]*তারিখ|ਜਨਮ[ \t]+ਮਿਤੀ|ਜਨਮ[ \t]+ਤਾਰੀਖ|जन्म[ \t]+मिति|जन्ममिति|"
            r"የትውልድ[ \t]+ቀን|የልደት[ \t]+ቀን|ዕለት[ \t]+ልደት|ዝተወለደሉ[ \t]+ዕለት|"
            r"ծննդյան[ \t]+ամսաթիվ(?:ը)?|ծնվել[ \t]+է|生年月日|မွေးသက္ကရာဇ်|မွေးနေ့|"
            r"ថ្ងៃខែឆ្នាំកំណើត|ថ្ងៃកំណើត|ວັນເດືອນປີເກີດ|ວັນເກີດ)[ \t]*[:\-\uff1a\u055d]?[ \t]*)"
            rf"(?:{_FULL_DATE}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日|"
            r"(?:19|20)\d{2}[./][ \t]?\d{1,2}[./][ \t]?\d{1,2}(?!\d)|"
            r"(?:19|20)\d{2}년[ \t]*\d{1,2}월[ \t]*\d{1,2}일|"
            # native digits (Persian, Bengali, Khmer...), solar-calendar years, Japanese eras
            r"\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?!\d)|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}(?!\d)|"
            r"(?:昭和|平成|令和|大正)\d{1,2}年\d{1,2}月\d{1,2}日)",
            0.95,
        ),
    ]


class ForeignMemberIdRecognizer(PhiPatternRecognizer):
    """A health-plan member or insurance number labelled in another language: "número de
    miembro PCH447120983", "póliza n.º 88231-44", "numéro d'assuré", "carteirinha", "nimewo
    manm", "mã số bảo hiểm", "رقم العضوية". The English labels are MemberIdRecognizer's."""

    ENTITY = "MEMBER_ID"
    NEEDS_DIGIT = True
    TRIGGERS = (
        "miembro",
        "afiliad",
        "póliza",
        "poliza",
        "asegurad",
        "beneficiari",
        "seguro",
        "assuré",
        "assure",
        "membre",
        "adhérent",
        "ramq",
        "carteir",
        "cartão",
        "cartao",
        "apólice",
        "manm",
        "asirans",
        "bảo hiểm",
        "thành viên",
        "رقم",
        "caymis",
        "xubin",
        "pov hwm",
        "полис",
        "участник",
        "застрахов",
        "ubezpiecz",
        "polis",
        "członk",
        "miyembro",
        "philhealth",
        "보험",
        "회원",
        "가입자",
        "수급자",
        "बीमा",
        "सदस्य",
        "पॉलिसी",
        # de, it, tr, sw, rw, uk, fa/prs, ps, ur, bn, pa, ne, am, ti, hy, ja, my, km, lo
        "nummer",
        "tessera",
        "polizza",
        "paziente",
        "assistito",
        "numara",
        "bima",
        "uanachama",
        "mgonjwa",
        "ubwishingizi",
        "umunyamuryango",
        "mituweli",
        "umurwayi",
        "поліс",
        "учасника",
        "пацієнта",
        "شماره",
        "کد بیمه",
        "شمیره",
        "نمبر",
        "নম্বর",
        "নং",
        "আইডি",
        "ਨੰਬਰ",
        "ਆਈਡੀ",
        "नम्बर",
        "ቁጥር",
        "ቁጽሪ",
        "համար",
        "番号",
        "နံပါတ်",
        "အမှတ်",
        "លេខ",
        "ເລກ",
    )
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "member labelled",
            r"(?<=\b(?:(?:n[úu]mero|n[úu]m\.?|no\.?|n\.?[º°o]\.?|id|identificaci[óo]n)[ \t]+"
            r"(?:de[ \t]+|del[ \t]+)?(?:miembro|afiliad[oa]|afiliaci[óo]n|socio|asegurad[oa]|"
            r"beneficiari[oa]|p[óo]liza|seguro(?:[ \t]+m[ée]dico)?)|"
            r"(?:p[óo]liza|afiliad[oa]|miembro|asegurad[oa])[ \t]*(?:n[úu]m\.?|n\.?[º°o]\.?|#)|"
            r"(?:num[ée]ro|n[º°o])[ \t]+(?:d['\u2019][ \t]*assur[ée]|de[ \t]+membre|"
            r"d['\u2019][ \t]*adh[ée]rent|d['\u2019][ \t]*assurance[ \t]+maladie|RAMQ)|"
            r"n[úu]mero[ \t]+(?:da[ \t]+carteirinha|do[ \t]+cart[ãa]o(?:[ \t]+do[ \t]+plano)?|"
            r"de[ \t]+benefici[áa]rio|do[ \t]+plano|de[ \t]+associado|da[ \t]+ap[óo]lice)|"
            r"carteirinha|nimewo[ \t]+(?:manm|asirans|kat[ \t]+asirans)|"
            r"(?:mã[ \t]+số|số[ \t]+thẻ|số)[ \t]+(?:bảo[ \t]+hiểm|thành[ \t]+viên|hội[ \t]+viên)|"
            r"رقم[ \t]+(?:العضوية|التأمين|البوليصة|بطاقة[ \t]+التأمين|المشترك|المؤمن[ \t]+عليه)|"
            # so, hmn, ru, pl, tl, ko, hi
            r"(?:lambarka|nambarka)[ \t]+(?:caymiska|xubinta|kaarka[ \t]+caymiska)|"
            r"aqoonsiga[ \t]+xubinta|"
            r"(?:tus[ \t]+)?(?:lej|naj[ \t]+npawb)[ \t]+(?:ntawv[ \t]+)?pov[ \t]+hwm|"
            r"(?:номер[ \t]+)?(?:страхового[ \t]+)?полиса(?:[ \t]+ОМС)?|полис[ \t]+(?:ОМС|№)|"
            r"номер[ \t]+(?:участника|застрахованного)|"
            r"(?:numer|nr\.?)[ \t]+(?:ubezpieczenia|polisy|członkowski|członka|ubezpieczonego)|"
            r"(?:numero|numer)[ \t]+ng[ \t]+(?:miyembro|insurance|seguro|PhilHealth)|"
            r"PhilHealth[ \t]+(?:ID|No\.?|number)|"
            r"(?:보험|보험증|회원|가입자|수급자|건강보험)[ \t]*(?:증[ \t]*)?번호|"
            r"(?:बीमा|सदस्य|पॉलिसी|बिरामी)[ \t]+(?:संख्या|नंबर|नम्बर|आईडी|क्रमांक)|"
            # de, it, tr, sw, rw
            r"(?:versicherten|versicherungs|krankenversicherten|krankenversicherungs|mitglieds|"
            r"patienten)-?(?:nummer|nr\.?)|"
            r"(?:numero|n\.|n°)[ \t]+(?:di[ \t]+)?(?:tessera[ \t]+sanitaria|polizza|paziente)|"
            r"tessera[ \t]+sanitaria|codice[ \t]+(?:paziente|assistito)|"
            r"(?:sigorta|poliçe|police|üye(?:lik)?|hasta|protokol)[ \t]+(?:numaras\p{L}|no\.?)|"
            r"(?:namba|nambari)[ \t]+ya[ \t]+(?:bima|uanachama|mgonjwa|kadi[ \t]+ya[ \t]+bima)|"
            r"(?:nimero|numero)[ \t]+(?:y['\u2019]?[ \t]*|ya[ \t]+)"
            r"(?:ubwishingizi|umunyamuryango|mituweli|umurwayi)|"
            # uk, fa/prs, ps, ur
            r"(?:номер[ \t]+)?(?:страхового[ \t]+)?поліса|"
            r"номер[ \t]+(?:учасника|застрахованого|пацієнта)|"
            r"شماره[ \t]+(?:بیمه|دفترچه[ \t]+بیمه|کارت[ \t]+بیمه|عضویت|پرونده|بیمار)|کد[ \t]+بیمه|"
            r"د[ \t]+بیمې[ \t]+شمیره|(?:بیمہ|انشورنس|ممبر|رکنیت|مریض)[ \t]+نمبر|"
            # bn, pa, am, ti, hy
            r"(?:বীমা|সদস্য|রোগী)[ \t]+(?:নম্বর|নং|আইডি)|"
            r"(?:ਬੀਮਾ|ਮੈਂਬਰ|ਮਰੀਜ\u0a3c?)[ \t]+(?:ਨੰਬਰ|ਆਈਡੀ)|"
            r"የ(?:ኢንሹራንስ|መድን|አባልነት|ታካሚ)[ \t]+ቁጥር|ቁጽሪ[ \t]+(?:ኢንሹራንስ|ኣባልነት|ሕሙም)|"
            r"ապահովագր\w*[ \t]+համար(?:ը)?|(?:անդամի|պացիենտի|հիվանդի)[ \t]+համար(?:ը)?)"
            r"[ \t]*[:#(\u055d]?[ \t]*)"
            r"(?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{5,19}\b",
            0.85,
        ),
        Pattern(
            "member labelled (no spaces: ja, my, km, lo)",
            r"(?<=(?:(?:被保険者|保険者|保険証|会員|患者|診察券)(?:記号)?番号|"
            r"အာမခံ(?:ကတ်)?[ \t]*နံပါတ်|လူနာ[ \t]*(?:အမှတ်|နံပါတ်)|"
            r"លេខ(?:កាត)?ធានារ៉ាប់រង|លេខសមាជិក|លេខអ្នកជំងឺ|"
            r"ເລກ(?:ບັດ)?ປະກັນໄພ|ເລກສະມາຊິກ|ເລກຄົນເຈັບ)"
            r"[ \t\u3000]*[:#(\uff1a]?[ \t\u3000]*)(?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{5,19}\b",
            0.85,
        ),
    ]


# --- For the engine's person filters (other languages' counterparts of its English lists) ---
ORG_WORDS_INTL = _ORG_NAME_WORDS
"""Organisation/place words in es, pt, fr, ht, vi, ar (lower-case, single words; Vietnamese
two-syllable words such as "Trung Tâm" are left out, each syllable is also a given name): a
capitalised run holding one is an organisation ("Clínica Birchfield", "Hội Người Việt Oregon"),
not a person."""
ORG_PHRASE_INTL = _ORG_PHRASE
"""Two-syllable Vietnamese organisation words ("Trung Tâm", "Bệnh Viện", "Phòng Khám"): search
a candidate name with it."""
CLINICIAN_TITLES_INTL = (
    r"dra|dre|docteur|docteure|doctora|doutor|doutora|médecin|medecin|médico|medico|"
    r"infirmière|infirmier|enfermera|enfermero|enfermeira|enfermeiro|doktè|bác[ \t]+sĩ|"
    r"y[ \t]+tá|врач|доктор|الدكتور|الدكتورة|الممرضة|الممرض|"
    r"dottore|dottoressa|dott|ärztin|arzt|doktor|doktorin|daktari|muganga|лікар|лікарка|"
    r"دکتر|داکتر|ډاکټر|ڈاکٹر|ডাক্তার|ডাঃ|ਡਾਕਟਰ|ਡਾ|डाक्टर|डा|ዶክተር|ዶ/ር|ሐኪም|ሓኪም|"
    r"բժիշկ|դոկտոր"
)
"""Clinician titles before a name in es, pt, fr, ht, vi, ru, ar, it, de, tr, sw, rw, uk, fa,
ps, ur, bn, pa, hi/ne, am, ti, hy ("la Dre Laila Haddad", "Dott.ssa Bianchi", "دکتر رضایی")."""
COMMON_CAPS_INTL = frozenset(
    """para por con sin sobre entre desde hasta según su sus mi mis nuestro nuestra este esta
    estos estas hoy mañana ayer habrá hay gracias atentamente saludos cordialmente favor
    recuerde recuerda traiga llame llámenos visite venga aviso nota importante recordatorio
    estimado estimada estimados querido querida hola buenos buenas señores también además
    todos todas cada nuevo nueva gratis gratuito gratuita clínica centro sábado domingo lunes
    martes miércoles jueves viernes enero febrero marzo abril mayo junio julio agosto
    septiembre octubre noviembre diciembre tiene tienen inscríbase inscribase acompáñenos
    acompañenos regístrese registrese visítenos escríbanos pregunte consulte aprenda hable
    dirigida dirigido clase taller charla feria
    pour avec sans sous chez votre vos notre nos merci cordialement veuillez rappel bonjour
    bonsoir madame monsieur objet aujourd'hui demain lundi mardi mercredi jeudi vendredi
    samedi dimanche janvier février avril juin juillet août
    com sem sua seu suas seus obrigado obrigada atenciosamente lembrete prezado prezada olá
    hoje amanhã segunda terça quarta quinta sexta
    mesi souple bonjou bonswa pou avèk
    sehr geehrte geehrter liebe lieber hallo guten ihr ihre ihren bitte danke vielen dank
    freundlichen grüßen termin montag dienstag mittwoch donnerstag freitag samstag sonntag januar
    februar märz juni juli oktober dezember heute morgen gentile gentilissima gentilissimo
    egregio egregia signora signore grazie cordiali saluti buongiorno lunedì martedì mercoledì
    giovedì venerdì domenica gennaio febbraio aprile maggio giugno luglio settembre ottobre
    dicembre sayın merhaba randevu lütfen teşekkürler saygılarımızla pazartesi salı çarşamba
    perşembe cuma cumartesi pazar mpendwa habari tafadhali asante jumatatu jumanne jumatano
    alhamisi ijumaa jumamosi jumapili muraho murakoze""".split()
)
"""Capitalised es/fr/pt/ht words that open a sentence or a line (lower-case): never a surname or
a given name on their own."""
_INFLECTED = re.compile(
    r"(?:adas|ados|idas|idos|mente|iendo|ándose|aciones|ações|ções|ements|issement|ées|ienne)$"
)


def is_inflected_common_word(word: str) -> bool:
    """A capitalised word with a Spanish/Portuguese/French participle, adverb or abstract-noun
    ending ("Recomendadas", "Especialmente", "Vacunaciones"): a sentence or line opening, not a
    surname."""
    return len(word) > 5 and _INFLECTED.search(word.lower()) is not None
