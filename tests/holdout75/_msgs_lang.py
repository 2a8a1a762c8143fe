"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001  (hand-written mail text: own line breaks, Arabic-script punctuation)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish dialysis shift change letter to patient",
        notes="Spanish letter to patient's gmail with his full name, new hemodialysis schedule and a missed-treatment warning.",
        frm="Eastgate Care Team <eastgate.care@riverbendkidney.com>",
        to="fidel.arreola.ia@gmail.com",
        subject="Cambio de horario de su diálisis",
        body=(
            "Estimado Sr. Fidel Arreola:\n\nA partir del lunes 23 de marzo, su hemodiálisis será los lunes, "
            "miércoles y viernes a las 11:30 de la mañana (segundo turno), silla 9. Este mes faltó a dos "
            "tratamientos y su potasio llegó a 6,0; por favor no falte, es peligroso para su corazón.\n\n"
            "Si necesita transporte, llame a nuestra trabajadora social, Naomi, al 319-555-0142.\n\n"
            "Equipo de Riverbend Eastgate"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish fluid restriction tips",
        notes="Hard negative: generic Spanish fluid-restriction advice for all dialysis patients, sent to a community partner; no individual.",
        frm="Lena Hartsock RD <lhartsock@riverbendkidney.com>",
        to="promotoras@centrohispanowaterloo.org",
        subject="Consejos sobre líquidos para pacientes en diálisis",
        body=(
            "Hola a todas las promotoras:\n\nAquí van los consejos que pidieron para sus charlas:\n"
            "- La mayoría de los pacientes en hemodiálisis deben limitar los líquidos a 1 litro al día más lo que orinan.\n"
            "- La sopa, la gelatina y el hielo también cuentan como líquido.\n"
            "- Chupar limón o chicle sin azúcar ayuda con la sed.\n\n"
            "Lena, nutricionista renal"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Tagalog medication reminder to patient's son",
        notes="Hard positive: Tagalog message to the son's mailbox about his mother Corazon ('nanay mo') with her low level from missed tacrolimus doses after kidney transplant and a lab order.",
        frm="Post-Transplant Nurse Line <posttx@summitcresttransplant.org>",
        to="jun.dimaculangan@yahoo.com",
        subject="Tungkol sa gamot ni Nanay",
        body=(
            "Hi Jun,\n\nSalamat sa tawag kahapon. Mababa ang tacrolimus level ng nanay mo, si Corazon (3.1 lang, "
            "dapat 8-10), kaya malamang nakakalimutan niya ang gabi na dosis. Pakisigurado na iniinom niya ang "
            "Prograf 3 mg tuwing 8 ng umaga at 8 ng gabi. Magpa-lab ulit siya sa Lunes ng 7:30 bago uminom ng gamot.\n\n"
            "Judy, RN\nSummit Crest Transplant Institute"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=False,
        category="Tagalog donor registry flyer",
        notes="Tagalog donor-registry awareness text for a community parish; no individual.",
        frm="Community Relations <community@greatprairiedonor.org>",
        to="office@stmichaelfilipinoparish.org",
        subject="Flyer: Pagiging organ donor (Tagalog)",
        body=(
            "Magandang araw po!\n\nNarito ang teksto para sa inyong bulletin:\n\n"
            "ISANG DESISYON, WALONG BUHAY. Ang isang organ donor ay makakapagligtas ng hanggang walong tao. "
            "Magparehistro sa DMV o sa greatprairiedonor.org. Sabihin sa inyong pamilya ang inyong desisyon.\n\n"
            "Maraming salamat po,\nGreat Prairie Donor Network"
        ),
        charset="utf-8",
        lang="tl",
    ),
    Spec(
        phi=True,
        category="Persian living donor evaluation appointment",
        notes="Hard positive: Persian-script message to a potential living donor's gmail with her name, evaluation tests and her intended recipient (her brother).",
        frm="Living Donor Program <livingdonor@summitcresttransplant.org>",
        to="shirin.tavakoli.co@gmail.com",
        subject="نوبت ارزیابی اهدای کلیه",
        body=(
            "خانم شیرین توکلی عزیز،\n\nنوبت ارزیابی شما برای اهدای کلیه به برادرتان، آقای کاوه توکلی، "
            "روز سه‌شنبه ۳۱ مارس ساعت ۷:۳۰ صبح است. لطفاً ناشتا باشید. آزمایش خون، ادرار ۲۴ ساعته و "
            "سی‌تی‌آنژیوگرافی کلیه انجام می‌شود. فشار خون شما در ملاقات قبلی کمی بالا بود (۱۴۲/۸۸) و دوباره "
            "اندازه‌گیری خواهد شد.\n\nبا احترام،\nبث آرنو، هماهنگ‌کننده اهدای زنده\nSummit Crest Transplant Institute"
        ),
        charset="utf-8",
        lang="fa",
    ),
    Spec(
        phi=False,
        category="Persian transplant information session notice",
        notes="Hard negative: Persian announcement of a general kidney transplant information session mentioning dialysis and rejection as topics; no individual.",
        frm="Transplant Education <education@summitcresttransplant.org>",
        to="info@denverpersiancommunity.org",
        subject="جلسه اطلاع‌رسانی پیوند کلیه به زبان فارسی",
        body=(
            "با سلام،\n\nمؤسسه پیوند سامیت کرست یک جلسه اطلاع‌رسانی رایگان به زبان فارسی درباره پیوند کلیه "
            "برگزار می‌کند: دیالیز یا پیوند؟ اهدای زنده، داروهای ضد پس‌زدن و هزینه‌ها.\n"
            "زمان: شنبه ۱۸ آوریل، ساعت ۱۰ صبح. مکان: کتابخانه مرکزی دنور.\n\n"
            "لطفاً در خبرنامه انجمن منتشر کنید. سپاسگزاریم."
        ),
        charset="utf-8",
        lang="fa",
    ),
    Spec(
        phi=True,
        category="Portuguese aftercare letter to donor family",
        notes="Hard positive: Portuguese letter to the donor's wife naming her late husband and the organs transplanted from him.",
        frm="Family Aftercare <aftercare@greatprairiedonor.org>",
        to="lucia.ferreira.omaha@hotmail.com",
        subject="Com gratidão pela doação do Rogério",
        body=(
            "Querida Lúcia,\n\nEm nome da Great Prairie Donor Network, obrigada por honrar a decisão do Rogério "
            "Ferreira de ser doador. O coração e os dois rins dele foram transplantados em três pessoas no dia "
            "9 de março. Se algum receptor escrever uma carta, nós a enviaremos à senhora.\n\n"
            "Com carinho,\nHelen Morrow\nCoordenadora de Apoio às Famílias"
        ),
        charset="iso-8859-1",
        lang="pt",
    ),
    Spec(
        phi=False,
        category="Portuguese home dialysis program flyer",
        notes="Hard negative: Portuguese description of home peritoneal dialysis and training for a community centre, naming conditions but no individual.",
        frm="Millbrook Home Program <homeprogram@riverbendkidney.com>",
        to="contato@centrobrasileiroiowa.org",
        subject="Diálise em casa - informação em português",
        body=(
            "Olá,\n\nPara o mural do centro: a diálise peritoneal pode ser feita em casa, durante a noite, com uma "
            "máquina cicladora. Pessoas com insuficiência renal crônica, diabetes ou hipertensão podem conversar com "
            "o nefrologista sobre essa opção. O treinamento dura cerca de duas semanas na nossa clínica Millbrook.\n\n"
            "Telefone: 319-555-0145\nRiverbend Kidney Care"
        ),
        charset="iso-8859-1",
        lang="pt",
    ),
]
