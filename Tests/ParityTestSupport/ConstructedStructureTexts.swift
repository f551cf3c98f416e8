import ParityCore

/// Constructed texts (made up for the tests, not real UN documents) with
/// numbering that restarts in scopes: a three-chapter charter excerpt whose
/// article paragraphs restart at 1, goals with decimal targets in the six
/// languages, and a paragraph whose list one version sets as items and the
/// other runs into its sentence.
public enum ConstructedStructureTexts {
    /// Constructed Hindi paragraphs (Devanagari digits, no blank lines), each hard-wrapped on two lines whose first
    /// line could not have taken the next word within the wrap: a text with a right margin, not one unit a line.
    public static let hindiHardWrappedParagraphs = """
    प्रस्ताव
    १.\tसमिति ने दर्ज की गई ६,४०० कार्यशालाओं पर सचिवालय की
    रिपोर्ट पर विचार किया।
    २.\tसमिति ने अपने काम के संगठन पर सदस्य राज्यों के साथ
    परामर्श किया।
    ३.\tसमिति ने अपने सातवें सत्र की अनंतिम कार्यसूची पर
    सहमति व्यक्त की।
    """

    /// Constructed charter excerpt, English: three chapters (`CHAPTER II` with its title on the next line), five articles, paragraphs restarting per article, unnumbered paragraphs in articles 2 and 4.
    public static let charterEnglish = #"""
    CONSTRUCTED CHARTER OF THE EXAMPLE ORGANIZATION

    CHAPTER I: PURPOSES AND PRINCIPLES

    Article 1

    1. The purposes of the constructed organization are to maintain peace.

    2. To develop friendly relations among members based on respect.

    Article 2

    The organization and its members shall act in accordance with the following principles:

    1. The organization is based on the principle of the equality of its members.

    2. All members shall fulfil in good faith the obligations they assumed.

    3. All members shall settle their disputes by peaceful means.

    CHAPTER II

    MEMBERSHIP

    Article 3

    1. Membership is open to all peace-loving States which accept the obligations.

    2. The admission of any such State will be effected by a decision of the Assembly.

    Article 4

    A member which has persistently violated the principles may be expelled.

    CHAPTER III: ORGANS

    Article 5

    1. There are established as the principal organs an Assembly and a Council.

    2. Such subsidiary organs as may be found necessary may be established.
    """#

    /// The constructed charter excerpt in Spanish (`CAPÍTULO I: PROPÓSITOS Y PRINCIPIOS`).
    public static let charterSpanish = #"""
    CARTA CONSTRUIDA DE LA ORGANIZACIÓN DE EJEMPLO

    CAPÍTULO I: PROPÓSITOS Y PRINCIPIOS

    Artículo 1

    1. Los propósitos de la organización construida son mantener la paz.

    2. Fomentar entre los miembros relaciones de amistad basadas en el respeto.

    Artículo 2

    La organización y sus miembros procederán de acuerdo con los siguientes principios:

    1. La organización está basada en el principio de la igualdad de todos sus miembros.

    2. Los miembros cumplirán de buena fe las obligaciones contraídas por ellos.

    3. Los miembros arreglarán sus controversias por medios pacíficos.

    CAPÍTULO II

    MIEMBROS

    Artículo 3

    1. Podrán ser miembros todos los Estados amantes de la paz que acepten las obligaciones.

    2. La admisión de tales Estados se efectuará por decisión de la Asamblea.

    Artículo 4

    Todo miembro que haya violado repetidamente los principios podrá ser expulsado.

    CAPÍTULO III: ÓRGANOS

    Artículo 5

    1. Se establecen como órganos principales una Asamblea y un Consejo.

    2. Se podrán establecer los órganos subsidiarios que se estimen necesarios.
    """#

    /// The constructed charter excerpt in French (`CHAPITRE PREMIER`, `Article premier`).
    public static let charterFrench = #"""
    CHARTE CONSTRUITE DE L'ORGANISATION D'EXEMPLE

    CHAPITRE PREMIER : BUTS ET PRINCIPES

    Article premier

    1. Les buts de l'organisation construite sont de maintenir la paix.

    2. Développer entre les membres des relations amicales fondées sur le respect.

    Article 2

    L'organisation et ses membres agissent conformément aux principes suivants :

    1. L'organisation est fondée sur le principe de l'égalité de tous ses membres.

    2. Les membres remplissent de bonne foi les obligations qu'ils ont assumées.

    3. Les membres règlent leurs différends par des moyens pacifiques.

    CHAPITRE II

    MEMBRES

    Article 3

    1. Peuvent devenir membres tous les États pacifiques qui acceptent les obligations.

    2. L'admission de tels États se fait par décision de l'Assemblée.

    Article 4

    Un membre qui a enfreint de manière persistante les principes peut être exclu.

    CHAPITRE III : ORGANES

    Article 5

    1. Il est créé comme organes principaux une Assemblée et un Conseil.

    2. Les organes subsidiaires qui se révéleraient nécessaires pourront être créés.
    """#

    /// Three constructed goals with ten targets (`1.1`, `1.2`, `1.a`, `1.b`, …), English: `Goal 1.`.
    public static let goalsEnglish = #"""
    Constructed sustainable development goals and targets

    Goal 1. End poverty in all its forms everywhere

    1.1 By 2030, eradicate extreme poverty for all people everywhere.

    1.2 By 2030, reduce at least by half the proportion of people living in poverty.

    1.a Ensure significant mobilization of resources from a variety of sources.

    1.b Create sound policy frameworks at the national, regional and international levels.

    Goal 2. End hunger, achieve food security and improved nutrition

    2.1 By 2030, end hunger and ensure access by all people to safe food.

    2.2 By 2030, end all forms of malnutrition, including achieving, by 2025, the internationally agreed targets on stunting and wasting in children under 5 years of age, and address the nutritional needs of adolescent girls, pregnant and lactating women and older persons.

    2.a Increase investment in rural infrastructure and agricultural research.

    Goal 3. Ensure healthy lives and promote well-being for all at all ages

    3.1 By 2030, reduce the global maternal mortality ratio.

    3.2 By 2030, end preventable deaths of newborns and children.

    3.a Strengthen the implementation of the Framework Convention on Tobacco Control.
    """#

    /// Three constructed goals with ten targets (`1.1`, `1.2`, `1.a`, `1.b`, …), Spanish: `Objetivo 1.`.
    public static let goalsSpanish = #"""
    Objetivos y metas de desarrollo sostenible construidos

    Objetivo 1. Poner fin a la pobreza en todas sus formas en todo el mundo

    1.1 De aquí a 2030, erradicar para todas las personas la pobreza extrema.

    1.2 De aquí a 2030, reducir al menos a la mitad la proporción de personas que viven en la pobreza.

    1.a Garantizar una movilización significativa de recursos procedentes de diversas fuentes.

    1.b Crear marcos normativos sólidos en los planos nacional, regional e internacional.

    Objetivo 2. Poner fin al hambre, lograr la seguridad alimentaria y la mejora de la nutrición

    2.1 De aquí a 2030, poner fin al hambre y asegurar el acceso de todas las personas a una alimentación sana.

    2.2 De aquí a 2030, poner fin a todas las formas de malnutrición, incluso logrando, a más tardar en 2025, las metas convenidas internacionalmente sobre el retraso del crecimiento y la emaciación de los niños menores de 5 años, y abordar las necesidades de nutrición de las adolescentes, las mujeres embarazadas y lactantes y las personas de edad.

    2.a Aumentar las inversiones en infraestructura rural e investigación agrícola.

    Objetivo 3. Garantizar una vida sana y promover el bienestar de todos a todas las edades

    3.1 De aquí a 2030, reducir la tasa mundial de mortalidad materna.

    3.2 De aquí a 2030, poner fin a las muertes evitables de recién nacidos y de niños.

    3.a Fortalecer la aplicación del Convenio Marco para el Control del Tabaco.
    """#

    /// Three constructed goals with ten targets (`1.1`, `1.2`, `1.a`, `1.b`, …), French: `Objectif 1.`.
    public static let goalsFrench = #"""
    Objectifs et cibles de développement durable construits

    Objectif 1. Éliminer la pauvreté sous toutes ses formes et partout dans le monde

    1.1 D'ici à 2030, éliminer complètement l'extrême pauvreté dans le monde entier.

    1.2 D'ici à 2030, réduire de moitié au moins la proportion de personnes vivant dans la pauvreté.

    1.a Garantir une importante mobilisation de ressources provenant de multiples sources.

    1.b Mettre en place aux niveaux national, régional et international des principes de politique générale viables.

    Objectif 2. Éliminer la faim, assurer la sécurité alimentaire, améliorer la nutrition

    2.1 D'ici à 2030, éliminer la faim et faire en sorte que chacun ait accès à une alimentation saine.

    2.2 D'ici à 2030, mettre fin à toutes les formes de malnutrition, y compris en réalisant d'ici à 2025 les objectifs arrêtés à l'échelle internationale relatifs aux retards de croissance et à l'émaciation parmi les enfants de moins de 5 ans, et répondre aux besoins nutritionnels des adolescentes, des femmes enceintes ou allaitantes et des personnes âgées.

    2.a Accroître l'investissement dans l'infrastructure rurale et la recherche agricole.

    Objectif 3. Permettre à tous de vivre en bonne santé et promouvoir le bien-être de tous à tout âge

    3.1 D'ici à 2030, faire baisser le taux mondial de mortalité maternelle.

    3.2 D'ici à 2030, éliminer les décès évitables de nouveau-nés et d'enfants.

    3.a Renforcer dans tous les pays l'application de la Convention-cadre pour la lutte antitabac.
    """#

    /// Three constructed goals with ten targets (`1.1`, `1.2`, `1.a`, `1.b`, …), Russian: `Цель 1.`.
    public static let goalsRussian = #"""
    Сконструированные цели и задачи в области устойчивого развития

    Цель 1. Повсеместная ликвидация нищеты во всех ее формах

    1.1 К 2030 году ликвидировать крайнюю нищету для всех людей во всем мире.

    1.2 К 2030 году сократить по меньшей мере наполовину долю мужчин, женщин и детей, живущих в нищете.

    1.a Обеспечить значительную мобилизацию ресурсов из различных источников.

    1.b Создать на национальном, региональном и международном уровнях надежные стратегические механизмы.

    Цель 2. Ликвидация голода, обеспечение продовольственной безопасности и улучшение питания

    2.1 К 2030 году покончить с голодом и обеспечить всем людям доступ к безопасной пище.

    2.2 К 2030 году положить конец всем формам недоедания, в том числе достичь к 2025 году согласованных на международном уровне целевых показателей, касающихся борьбы с задержкой роста и истощением у детей в возрасте до 5 лет, и удовлетворять потребности в питании девочек подросткового возраста, беременных и кормящих женщин и пожилых людей.

    2.a Увеличить инвестиции в сельскую инфраструктуру и сельскохозяйственные исследования.

    Цель 3. Обеспечение здорового образа жизни и содействие благополучию для всех в любом возрасте

    3.1 К 2030 году снизить глобальный коэффициент материнской смертности.

    3.2 К 2030 году положить конец предотвратимой смертности новорожденных и детей.

    3.a Активизировать осуществление Рамочной конвенции по борьбе против табака.
    """#

    /// Three constructed goals with ten targets (`1.1`, `1.2`, `1.a`, `1.b`, …), Arabic: `الهدف 1 -`, targets `1-1`, `1-أ`.
    public static let goalsArabic = #"""
    أهداف وغايات التنمية المستدامة المصطنعة

    الهدف 1 - القضاء على الفقر بجميع أشكاله في كل مكان

    1-1 القضاء على الفقر المدقع للناس أجمعين أينما كانوا بحلول عام 2030.

    1-2 تخفيض نسبة الرجال والنساء والأطفال الذين يعانون الفقر بمقدار النصف على الأقل بحلول عام 2030.

    1-أ كفالة حشد موارد كبيرة من مصادر متنوعة، بما في ذلك عن طريق التعاون الإنمائي المعزز.

    1-ب وضع أطر سياساتية سليمة على الصعد الوطني والإقليمي والدولي.

    الهدف 2 - القضاء على الجوع وتوفير الأمن الغذائي والتغذية المحسّنة

    2-1 القضاء على الجوع وضمان حصول الجميع على ما يكفيهم من الغذاء المأمون بحلول عام 2030.

    2-2 وضع نهاية لجميع أشكال سوء التغذية، بحلول عام 2030، بما في ذلك تحقيق الأهداف المتفق عليها دوليا بشأن توقف النمو والهزال لدى الأطفال دون سن 5 سنوات، بحلول عام 2025، ومعالجة الاحتياجات التغذوية للمراهقات والنساء الحوامل والمرضعات وكبار السن.

    2-أ زيادة الاستثمار في البنى التحتية الريفية وفي البحوث الزراعية.

    الهدف 3 - ضمان تمتّع الجميع بأنماط عيش صحية وبالرفاهية في جميع الأعمار

    3-1 خفض النسبة العالمية للوفيات النفاسية بحلول عام 2030.

    3-2 وضع نهاية لوفيات المواليد والأطفال دون سن الخامسة التي يمكن تفاديها بحلول عام 2030.

    3-أ تعزيز تنفيذ الاتفاقية الإطارية بشأن مكافحة التبغ في جميع البلدان.
    """#

    /// Three constructed goals with ten targets (`1.1`, `1.2`, `1.a`, `1.b`, …), Chinese: `目标1.`, targets `1.1 到2030年…`.
    public static let goalsChinese = #"""
    构建的可持续发展目标和具体目标

    目标1. 在全世界消除一切形式的贫困

    1.1 到2030年，在世界所有人口中消除极端贫困。

    1.2 到2030年，按各国标准界定的陷入各种形式贫困的人口至少减半。

    1.a 确保从各种来源，包括通过加强发展合作充分调集资源。

    1.b 根据惠及贫困人口和顾及性别平等问题的发展战略，制定合理的政策框架。

    目标2. 消除饥饿，实现粮食安全，改善营养状况

    2.1 到2030年，消除饥饿，确保所有人全年都有安全、营养和充足的食物。

    2.2 到2030年，消除一切形式的营养不良，包括到2025年实现5岁以下儿童发育迟缓和消瘦问题相关国际目标，解决青春期少女、孕妇、哺乳期妇女和老年人的营养需求。

    2.a 增加对农村基础设施和农业研究的投资。

    目标3. 确保健康的生活方式，促进各年龄段人群的福祉

    3.1 到2030年，降低全球孕产妇死亡率。

    3.2 到2030年，消除新生儿和儿童可预防的死亡。

    3.a 酌情在所有国家加强执行《烟草控制框架公约》。
    """#

    /// Constructed paragraph 2 with its list set as six items `(a)`…`(f)`, English.
    public static let listItemized = #"""
    I. Constructed measures

    1. The Committee met three times during the constructed period under review.

    2. The Committee recommends that States:

    (a) Adopt legislation to protect the rights of all constructed persons;

    (b) Establish an independent body to monitor the constructed measures;

    (c) Allocate adequate resources for the implementation of the plan;

    (d) Collect data disaggregated by sex, age and region;

    (e) Train judges and officials on the provisions of the instrument;

    (f) Report on the measures taken in the next periodic report.

    3. The Committee will consider the matter again at its next constructed session.
    """#

    /// The same paragraph 2 in Spanish with the list run into its sentence (`a) …; b) …`).
    public static let listRunIn = #"""
    I. Medidas construidas

    1. El Comité se reunió tres veces durante el período construido que se examina.

    2. El Comité recomienda a los Estados que: a) aprueben leyes para proteger los derechos de todas las personas construidas; b) establezcan un órgano independiente que vigile las medidas construidas; c) asignen recursos suficientes para la aplicación del plan; d) reúnan datos desglosados por sexo, edad y región; e) capaciten a jueces y funcionarios sobre las disposiciones del instrumento, y f) informen sobre las medidas adoptadas en el próximo informe periódico.

    3. El Comité volverá a examinar la cuestión en su próximo período de sesiones construido.
    """#

    /// A constructed resolution with two annexed conventions whose articles
    /// (and their paragraphs) restart at 1 in each annex.
    public static let annexedConventions = #"""
    1. The constructed General Assembly adopts the conventions annexed to the present resolution.

    Annex I

    Constructed Convention on Water

    Article 1

    1. Constructed first paragraph of the first convention.

    Article 2

    Constructed text of the second article.

    Annex II

    Constructed Convention on Air

    Article 1

    1. Constructed first paragraph of the second convention.

    2. Constructed second paragraph of the second convention.

    Article 2

    Constructed text of the second article of the second convention.
    """#
}
