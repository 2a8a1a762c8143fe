"""Non-English mail from the three organisations (8)."""
# ruff: noqa: E501, RUF001

from __future__ import annotations

from _spec import HRI, KBP, LLF, Spec

MESSAGES = [
    Spec(phi=True, category="Spanish infusion reminder", notes="Spanish reminder naming patient and infliximab infusion.",
         frm=f"Harborview Infusion Suite <infusion@{HRI}>", to="ramon.ibanez64@gmail.com", subject="Recordatorio de cita",
         body="Estimado Sr. Ramón Ibáñez:\n\nLe recordamos su infusión de infliximab el martes 19 de mayo a las 9:00. Llame al (262) 555-0114.", charset="iso-8859-1", lang="es"),
    Spec(phi=False, category="Spanish lupus support flyer", notes="Hard negative: Spanish flyer on lupus support; no individual.",
         frm=f"Lumen <apoyo@{LLF}>", to="info@centrohispano-mke.org", subject="Grupo de apoyo",
         body="Grupo de apoyo para personas con lupus, cada segundo jueves. Gratis y confidencial.", charset="iso-8859-1", lang="es"),
    Spec(phi=True, category="Chinese refill notice", notes="Chinese refill notice naming patient and Humira.", frm=f"Keystone <care@{KBP}>",
         to="li.wen.kenosha@outlook.com", subject="续药提醒", body="李文女士您好：您的修美乐（阿达木单抗）将于5月20日到期续药，请致电(414) 555-0132安排配送。", charset="gb2312", lang="zh"),
    Spec(phi=False, category="Chinese pharmacy hours", notes="Chinese general notice; no individual.", frm=f"Keystone <care@{KBP}>",
         to="office@chinesecommunity-mke.org", subject="药房营业时间", body="自6月1日起，药剂师服务时间为早7点至晚9点。", charset="gb2312", lang="zh"),
    Spec(phi=True, category="Russian lab result message", notes="Hard positive: Russian message naming patient and low complement results.", frm=f"Dr. Nadia Feld <nfeld@{HRI}>",
         to="irina.volkova@yandex.ru", subject="Результаты анализов", body="Ирина Волкова, ваши анализы: C3 низкий (62), анти-dsDNA повышены. Продолжайте гидроксихлорохин.", charset="koi8-r", lang="ru"),
    Spec(phi=False, category="Russian event invitation", notes="Russian event invitation; no individual.", frm=f"Lumen <events@{LLF}>",
         to="community@russianhouse-mke.org", subject="Приглашение", body="Приглашаем на лекцию о волчанке 28 мая.", charset="koi8-r", lang="ru"),
    Spec(phi=True, category="Portuguese grant reply", notes="Portuguese grant reply naming member and dialysis costs.", frm=f"Lumen <grants@{LLF}>",
         to="joana.pereira@hotmail.com", subject="Sua bolsa", body="Olá Joana Pereira, sua bolsa de US$ 400 para transporte à diálise por nefrite lúpica foi aprovada.", charset="iso-8859-1", lang="pt"),
    Spec(phi=False, category="Portuguese newsletter", notes="Hard negative: Portuguese newsletter on lupus and sun; no individual.", frm=f"Lumen <news@{LLF}>",
         to="boletim@lumenlupus.org", subject="Boletim", body="Lúpus e sol: use protetor solar FPS 50.", charset="utf-8", lang="pt"),
]
