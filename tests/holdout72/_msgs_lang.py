"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks, Hangul)

from __future__ import annotations

from _att import XLSX, xlsx
from _spec import LHF, NMC, SBH, Att, Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish grievance acknowledgement to patient's son",
        notes="Spanish acknowledgement to son's gmail naming his mother, her hospital stay and a pressure ulcer.",
        frm=f"Oficina de Experiencia del Paciente <patientexperience@{NMC}>",
        to="jl.mendoza.r@gmail.com",
        subject="Su queja ha sido recibida (caso PX-26-0437)",
        body=(
            "Estimado Sr. Mendoza:\n\nHemos recibido su queja sobre la atención de su madre, la Sra. Carmen Rivas de Mendoza, "
            "durante su hospitalización en 4 Este del 1 al 10 de marzo, y la úlcera por presión en el talón que se le detectó al alta. "
            "Le responderemos por escrito en un plazo de 7 días hábiles.\n\nTamsin Ortiz, Coordinadora de Quejas"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish volunteer recruitment",
        notes="Hard negative: Spanish call for bilingual volunteers mentioning hospital units; no individual.",
        frm=f"Servicios de Voluntariado <volunteers@{SBH}>",
        to="parroquia.sanjose.frederick@gmail.com",
        subject="Buscamos voluntarios bilingües",
        body=(
            "Estimado Padre:\n\nEl Hospital St. Brendan busca voluntarios que hablen español para acompañar a pacientes y familias "
            "en la sala de espera de cirugía y en la unidad de oncología. Capacitación el 11 de abril. ¿Podría anunciarlo en la misa?\n\n"
            "Pauline Strand, Coordinadora de Voluntarios"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="French donor thank-you mentioning daughter's care",
        notes="Hard positive: French thank-you to donor naming her daughter Chloé's leukemia treatment and bone marrow transplant.",
        frm=f"Renata Osei <rosei@{LHF}>",
        to="helene.marchand@orange.fr",
        subject="Merci, Hélène",
        body=(
            "Chère Hélène,\n\nMerci infiniment pour votre don de 1 000 $ au Fonds d'oncologie pédiatrique. L'équipe m'a dit que Chloé "
            "se remet bien de sa greffe de moelle osseuse et que ses dernières analyses ne montrent plus de cellules leucémiques. "
            "Nous pensons bien à vous deux.\n\nRenata Osei\nLarkspur Health Foundation"
        ),
        charset="iso-8859-1",
        lang="fr",
    ),
    Spec(
        phi=False,
        category="French gala invitation",
        notes="French gala invitation to a sponsor; no health information.",
        frm=f"Foundation Events <events@{LHF}>",
        to="partenariats@maisonbellerive.ca",
        subject="Invitation : Gala Larkspur, 28 mars",
        body=(
            "Madame, Monsieur,\n\nNous avons le plaisir de vous inviter au Gala Larkspur le samedi 28 mars à 18 h. "
            "Les fonds recueillis soutiendront le nouveau centre des naissances.\n\nTenue de soirée. RSVP avant le 20 mars."
        ),
        charset="utf-8",
        lang="fr",
    ),
    Spec(
        phi=True,
        category="German chaplain letter to relative abroad",
        notes="German chaplain email to patient's brother in Germany about ICU admission after a stroke.",
        frm=f"Chaplain Miriam Adeyemi <madeyemi@{SBH}>",
        to="k.brenner@web.de",
        subject="Ihr Bruder Matthias",
        body=(
            "Sehr geehrter Herr Brenner,\n\nIhr Bruder Matthias Brenner liegt seit Sonntag nach einem schweren Schlaganfall auf unserer "
            "Intensivstation (Zimmer 6). Er wird beatmet. Das Team möchte am Donnerstag mit der Familie über die weiteren Schritte sprechen. "
            "Ich begleite ihn seelsorgerisch und bete für ihn.\n\nMit herzlichen Grüßen\nMiriam Adeyemi, Krankenhausseelsorgerin"
        ),
        charset="utf-8",
        lang="de",
    ),
    Spec(
        phi=False,
        category="German aggregate complaint benchmark",
        notes="Hard negative: German benchmark exchange with a partner hospital; aggregate complaint categories only.",
        frm=f"Colette Vance <cvance@{NMC}>",
        to="beschwerdemanagement@klinikum-lindenau.de",
        subject="Benchmark Beschwerdemanagement 2025",
        body="Liebe Frau Keller,\n\nanbei unsere Zahlen für 2025: 412 Beschwerden, davon 31 % Kommunikation, 18 % Abrechnung, 16 % Wartezeiten. Mediane Bearbeitungszeit 6 Tage.\n\nViele Grüße\nColette Vance",
        atts=(
            Att(
                "benchmark_2025.xlsx",
                XLSX,
                xlsx(
                    {
                        "Kategorien": [
                            ["Kategorie", "Anteil"],
                            ["Kommunikation", "31%"],
                            ["Abrechnung", "18%"],
                            ["Wartezeiten", "16%"],
                        ],
                        "Bearbeitung": [
                            ["Kennzahl", "Wert"],
                            ["Median Tage", 6],
                            ["Begründet", 139],
                        ],
                    }
                ),
            ),
        ),
        charset="utf-8",
        lang="de",
    ),
    Spec(
        phi=True,
        category="Korean grievance reply to patient",
        notes="Hard positive: Korean reply to patient's naver mailbox naming her, her MRI appointment and billing error.",
        frm=f"Patient Experience Office <patientexperience@{NMC}>",
        to="sooyeon.kang81@naver.com",
        subject="강수연 님 문의에 대한 답변",
        body=(
            "강수연 님께,\n\n3월 5일 허리 MRI 검사 비용이 두 번 청구된 건에 대해 확인하였습니다. 중복 청구된 1,240달러는 환불 처리되었으며, "
            "3월 24일 신경외과 진료 예약은 그대로 유지됩니다.\n\n노스게이트 메디컬 센터 환자경험팀 드림"
        ),
        charset="euc-kr",
        lang="ko",
    ),
    Spec(
        phi=False,
        category="Korean volunteer interpreter thank-you",
        notes="Korean thank-you to a volunteer interpreter; no patient mentioned.",
        frm=f"Volunteer Services <volunteers@{SBH}>",
        to="minjun.oh@gmail.com",
        subject="자원봉사 감사 인사",
        body="오민준 님께,\n\n지난 한 해 동안 한국어 통역 자원봉사로 200시간을 함께해 주셔서 진심으로 감사드립니다. 4월 18일 자원봉사자 감사 오찬에 초대합니다.\n\n세인트 브렌든 병원 자원봉사팀",
        charset="euc-kr",
        lang="ko",
    ),
]
