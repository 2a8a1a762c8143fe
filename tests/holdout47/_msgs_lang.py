"""Non-English and mixed-language mail from the three organisations (8)."""
# ruff: noqa: E501  (hand-written mail text: own line breaks)

from __future__ import annotations

from _spec import Spec

MESSAGES = [
    Spec(
        phi=True,
        category="Spanish TB update to patient's wife",
        notes="Spanish message to a wife's gmail naming her husband, his TB sputum culture and end of home isolation.",
        frm="Wendy Santiago <wsantiago@carrowtbcontrol.org>",
        to="rosaelena.cifuentes@gmail.com",
        subject="Resultados de Héctor",
        body=(
            "Estimada Sra. Rosa Elena Cifuentes:\n\nLe escribo con permiso de su esposo, Héctor Cifuentes. Sus dos últimos "
            "cultivos de esputo salieron negativos para tuberculosis, así que desde el lunes ya puede volver a trabajar. "
            "Debe seguir tomando la rifampicina y la isoniazida todos los días hasta enero; yo seguiré pasando por su casa a las 8:00.\n\n"
            "Wendy Santiago, enfermera\nPrograma de Control de TB del Condado de Carrow\n555-0145"
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=False,
        category="Spanish guide to the immunization certificate",
        notes="Hard negative: Spanish guide explaining certificate fields with placeholders only; no real child.",
        frm="LSIIS Public Access <records@lanarkiis.org>",
        to="familias@centrolatinolanark.org",
        subject="Guía en español: cómo leer el certificado de vacunas",
        body=(
            "Para compartir con las familias:\n\nEl certificado de vacunación de Lanark muestra:\n"
            "  Nombre: <nombre completo del niño>\n  Fecha de nacimiento: <mm/dd/aaaa>\n  Número LSIIS: LS-0000000\n"
            "  Vacunas y fechas, y la sección «Próximas dosis».\n\n"
            "Los padres pueden pedir el certificado gratis en lanarkiis.org o llamando al 555-0180 (hay intérpretes)."
        ),
        charset="iso-8859-1",
        lang="es",
    ),
    Spec(
        phi=True,
        category="Somali measles exposure notice to mother",
        notes="Hard positive: Somali message naming a child with DOB exposed to measles and unvaccinated, asking for MMR and quarantine.",
        frm="Communicable Disease Unit <cdunit@carrowcountyhealth.org>",
        to="faadumo.warsame22@hotmail.com",
        subject="Muhiim: jadeecada - Cabdiraxmaan",
        body=(
            "Marwo Faadumo Cali Warsame,\n\nWiilkaaga Cabdiraxmaan Maxamed (dhalasho 03/05/2023) wuxuu 10/09 joogay qolka "
            "sugitaanka ee rugta caafimaadka Eastgate isla waqtigii uu joogay qof qaba jadeecada (measles). Diiwaanka tallaalka "
            "kuma jiro tallaalka MMR. Fadlan keen berri 10/14 saacadda 9:00 subaxnimo si loo siiyo tallaalka. Ilaa 10/30 "
            "ha aadin xannaanada carruurta.\n\nWaaxda Caafimaadka Dadweynaha ee Degmada Carrow\n555-0131"
        ),
        charset="iso-8859-1",
        lang="so",
    ),
    Spec(
        phi=False,
        category="Somali TB symptoms community flyer",
        notes="Somali community flyer on TB symptoms and free testing; no individual.",
        frm="TB Outreach <outreach@carrowtbcontrol.org>",
        to="info@millbrooksomalicenter.org",
        subject="Baaritaan TB oo bilaash ah - Noofembar",
        body=(
            "Bulshada Soomaaliyeed ee Millbrook:\n\nQaaxada (TB) waa la daaweyn karaa. Calaamadaha: qufac ka badan 3 toddobaad, "
            "qandho, dhidid habeenkii iyo miisaan dhimis. Baaritaan dhiig oo bilaash ah ayaa la bixin doonaa Sabtida 11/7 "
            "masjidka Al-Huda, 10:00 - 2:00. Caymis looma baahna.\n\nBarnaamijka TB ee Degmada Carrow, 555-0140"
        ),
        charset="iso-8859-1",
        lang="so",
    ),
    Spec(
        phi=True,
        category="Hmong latent TB update to patient's son",
        notes="Hard positive: Hmong message to a son's personal email naming his mother, her DOB and her latent TB treatment.",
        frm="Maria Ng <mng@carrowtbcontrol.org>",
        to="tooj.yaj.mn@gmail.com",
        subject="Koj niam cov tshuaj",
        body=(
            "Nyob zoo Tooj,\n\nKoj niam, Paj Yaj (yug 04/02/1958), tseem tab tom noj tshuaj kho mob ntsws qhuav tsis kis "
            "(latent TB). Nws tseem tshuav 6 lub lis piam ntxiv. Nws daim ntawv kuaj siab (liver) zoo lawm. Thov pab hais "
            "rau nws kom noj tshuaj rifampin txhua hnub thaum sawv ntxov.\n\nMaria Ng, RN\nCarrow County TB Control, 555-0144"
        ),
        charset="utf-8",
        lang="hmn",
    ),
    Spec(
        phi=False,
        category="Hmong instructions for requesting vaccine records",
        notes="Hmong generic instructions on how families request vaccination records; no individual.",
        frm="LSIIS Public Access <records@lanarkiis.org>",
        to="staff@hmongfamilycenterlanark.org",
        subject="Yuav thov daim ntawv txhaj tshuaj li cas",
        body=(
            "Nyob zoo,\n\nNiam txiv tuaj yeem thov lawv cov me nyuam daim ntawv txhaj tshuaj tiv thaiv dawb ntawm lanarkiis.org "
            "los sis hu 555-0180. Muaj neeg txhais lus Hmoob. Yuav tsum muaj me nyuam lub npe, hnub yug thiab niam txiv lub "
            "npe.\n\nLSIIS"
        ),
        charset="utf-8",
        lang="hmn",
    ),
    Spec(
        phi=True,
        category="Nepali hepatitis B result to refugee patient",
        notes="Nepali message to a named man's gmail giving his positive hepatitis B result and specialist appointment.",
        frm="Refugee Health Program <refugeehealth@carrowcountyhealth.org>",
        to="bhaktagurung1971@gmail.com",
        subject="तपाईंको रगत जाँचको नतिजा",
        body=(
            "आदरणीय भक्त बहादुर गुरुङ ज्यू,\n\nअक्टोबर ८ मा गरिएको तपाईंको रगत जाँचमा हेपाटाइटिस बी पोजिटिभ आएको छ। "
            "तपाईंलाई अक्टोबर २२, बिहान १० बजे डा. ओयेलारनको क्लिनिकमा भेटघाट मिलाइएको छ। तपाईंको परिवारका सदस्यहरूले पनि "
            "जाँच गराउनु पर्छ।\n\nजोय फेरान्टे, नर्स\nCarrow County Public Health, 555-0127"
        ),
        charset="utf-8",
        lang="ne",
    ),
    Spec(
        phi=False,
        category="Nepali free flu clinic announcement",
        notes="Nepali community announcement of free flu vaccine clinics; no individual.",
        frm="Communications <pio@carrowcountyhealth.org>",
        to="info@bhutanesenepalicommunitylanark.org",
        subject="निःशुल्क फ्लु खोप - अक्टोबर २४",
        body=(
            "नमस्ते,\n\nकाउन्टी जनस्वास्थ्य विभागले अक्टोबर २४, शनिबार, बिहान १० देखि ४ बजेसम्म मिलब्रुक हाई स्कूलमा "
            "निःशुल्क फ्लु र कोभिड-१९ खोप दिनेछ। बीमा आवश्यक छैन। नेपाली दोभाषे उपलब्ध हुनेछन्।\n\nकृपया आफ्ना सदस्यहरूलाई जानकारी दिनुहोस्।"
        ),
        charset="utf-8",
        lang="ne",
    ),
]
