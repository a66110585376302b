// Fictional sample content for the playground, in each demo language.
// Every story here is invented for the demo.

/** Every language the newsroom publishes in, by its name in itself: the picker and the gallery offer each. */
export const LANGUAGE_NAMES = {
  en: 'English',
  ru: 'Русский',
  uk: 'Українська',
  be: 'Беларуская',
  bg: 'Български',
  hu: 'Magyar',
  ro: 'Română',
  sq: 'Shqip',
  'sr-Latn': 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  bs: 'Bosanski',
  mk: 'Македонски',
  cnr: 'Crnogorski',
  ka: 'ქართული',
  hy: 'Հայերեն',
  az: 'Azərbaycanca',
  kk: 'Қазақша',
  ky: 'Кыргызча',
  uz: 'Oʻzbekcha',
  tg: 'Тоҷикӣ',
  tk: 'Türkmençe',
  tt: 'Татарча',
  ba: 'Башҡортса',
  ce: 'Нохчийн',
  av: 'Авар мацӀ',
  crh: 'Qırımtatarca',
  fa: 'فارسی',
  'fa-AF': 'دری',
  ps: 'پښتو',
  ur: 'اردو',
} as const;
export type DemoLanguage = keyof typeof LANGUAGE_NAMES;
export const LANGUAGES = Object.keys(LANGUAGE_NAMES) as DemoLanguage[];

interface Sample {
  kicker: string;
  headline: string;
  summary: string;
  caption: string;
  credit: string;
  authors: string;
  alt: string;
}

export const SAMPLES: Record<DemoLanguage, Sample> = {
  en: {
    kicker: 'World',
    headline: 'Lake ferry returns after three-week repair',
    summary:
      'The only ferry across the northern lake sailed again on Tuesday, ending a long detour for villagers.',
    caption: 'The ferry leaves the northern pier at dawn.',
    credit: 'Nino Beridze / Lede News',
    authors: 'Nino Beridze',
    alt: 'A road winding through green hills below grey mountains',
  },
  ru: {
    kicker: 'Общество',
    headline: 'Паром через озеро вернулся после трёхнедельного ремонта',
    summary: 'Единственный паром через северное озеро снова вышел в рейс во вторник.',
    caption: 'Паром отходит от северного причала на рассвете.',
    credit: 'Анна Ковалёва / Lede News',
    authors: 'Анна Ковалёва',
    alt: 'Дорога среди зелёных холмов под серыми горами',
  },
  uk: {
    kicker: 'Суспільство',
    headline: 'Пором через озеро повернувся після трьох тижнів ремонту',
    summary: 'Єдиний пором через північне озеро знову вийшов у рейс у вівторок.',
    caption: 'Пором відходить від північного причалу на світанку.',
    credit: 'Олена Петренко / Lede News',
    authors: 'Олена Петренко',
    alt: 'Дорога між зеленими пагорбами під сірими горами',
  },
  fa: {
    kicker: 'جهان',
    headline: 'کشتی دریاچه پس از سه هفته تعمیر بازگشت',
    summary: 'تنها کشتی دریاچه شمالی روز سه‌شنبه دوباره به راه افتاد و مسیر ۲۰۰ کیلومتری روستاییان کوتاه شد.',
    caption: 'کشتی در سپیده‌دم از اسکله شمالی حرکت می‌کند.',
    credit: 'سارا احمدی / لید',
    authors: 'سارا احمدی',
    alt: 'جاده‌ای میان تپه‌های سبز زیر کوه‌های خاکستری',
  },
  ps: {
    kicker: 'نړۍ',
    headline: 'د جهيل بېړۍ له درې اونيو ترمیم وروسته بېرته راغله',
    summary: 'د شمالي جهيل یوازینۍ بېړۍ د سه شنبې په ورځ بیا پر لار ولوېده.',
    caption: 'بېړۍ د سهار په لومړیو کې له شمالي بندر څخه ځي.',
    credit: 'احمد ولي / لید',
    authors: 'احمد ولي',
    alt: 'د شنو غونډیو ترمنځ یوه لاره',
  },
  ka: {
    kicker: 'საზოგადოება',
    headline: 'ტბის ბორანი სამკვირიანი შეკეთების შემდეგ დაბრუნდა',
    summary: 'ჩრდილოეთის ტბის ერთადერთმა ბორანმა სამშაბათს კვლავ დაიწყო მოძრაობა.',
    caption: 'ბორანი გამთენიისას ჩრდილოეთის ნავმისადგომიდან გადის.',
    credit: 'თამარ კვარაცხელია / Lede News',
    authors: 'თამარ კვარაცხელია',
    alt: 'გზა მწვანე ბორცვებს შორის',
  },
  be: {
    kicker: 'Грамадства',
    headline: 'Паром праз возера вярнуўся пасля трох тыдняў рамонту',
    summary: 'Адзіны паром праз паўночнае возера ў аўторак зноў выйшаў у рэйс.',
    caption: 'Паром адыходзіць ад паўночнага прычала на світанку.',
    credit: 'Ганна Каваль / Lede News',
    authors: 'Ганна Каваль',
    alt: 'Дарога сярод зялёных пагоркаў пад шэрымі гарамі',
  },
  bg: {
    kicker: 'Общество',
    headline: 'Фериботът през езерото се върна след три седмици ремонт',
    summary: 'Единственият ферибот през северното езеро отново тръгна във вторник.',
    caption: 'Фериботът отплава от северния кей призори.',
    credit: 'Мария Петрова / Lede News',
    authors: 'Мария Петрова',
    alt: 'Път между зелени хълмове под сиви планини',
  },
  hu: {
    kicker: 'Világ',
    headline: 'Három hét javítás után újra jár a tavi komp',
    summary: 'Az északi tó egyetlen kompja kedden ismét elindult.',
    caption: 'A komp hajnalban indul az északi mólóról.',
    credit: 'Kovács Anna / Lede News',
    authors: 'Kovács Anna',
    alt: 'Zöld dombok között kanyargó út szürke hegyek alatt',
  },
  ro: {
    kicker: 'Societate',
    headline: 'Bacul de pe lac revine după trei săptămâni de reparații',
    summary: 'Singurul bac de pe lacul din nord a plecat din nou marți.',
    caption: 'Bacul pleacă din portul de nord în zori.',
    credit: 'Ana Popescu / Lede News',
    authors: 'Ana Popescu',
    alt: 'Un drum printre dealuri verzi, sub munți cenușii',
  },
  sq: {
    kicker: 'Bota',
    headline: 'Trageti i liqenit kthehet pas tre javësh riparimi',
    summary: 'Trageti i vetëm i liqenit verior lundroi sërish të martën.',
    caption: 'Trageti niset nga skela veriore në agim.',
    credit: 'Ana Hoxha / Lede News',
    authors: 'Ana Hoxha',
    alt: 'Një rrugë mes kodrave të gjelbra nën male gri',
  },
  'sr-Latn': {
    kicker: 'Društvo',
    headline: 'Trajekt preko jezera vratio se posle tri nedelje popravke',
    summary: 'Jedini trajekt preko severnog jezera ponovo je isplovio u utorak.',
    caption: 'Trajekt isplovljava sa severnog pristaništa u zoru.',
    credit: 'Ana Jovanović / Lede News',
    authors: 'Ana Jovanović',
    alt: 'Put između zelenih brda pod sivim planinama',
  },
  'sr-Cyrl': {
    kicker: 'Друштво',
    headline: 'Трајект преко језера вратио се после три недеље поправке',
    summary: 'Једини трајект преко северног језера поново је испловио у уторак.',
    caption: 'Трајект испловљава са северног пристаништа у зору.',
    credit: 'Ана Јовановић / Lede News',
    authors: 'Ана Јовановић',
    alt: 'Пут између зелених брда под сивим планинама',
  },
  bs: {
    kicker: 'Društvo',
    headline: 'Trajekt preko jezera vratio se nakon tri sedmice popravke',
    summary: 'Jedini trajekt preko sjevernog jezera ponovo je isplovio u utorak.',
    caption: 'Trajekt isplovljava sa sjevernog pristaništa u zoru.',
    credit: 'Amra Hadžić / Lede News',
    authors: 'Amra Hadžić',
    alt: 'Put između zelenih brda pod sivim planinama',
  },
  mk: {
    kicker: 'Општество',
    headline: 'Фериботот преку езерото се врати по три недели поправка',
    summary: 'Единствениот ферибот преку северното езеро повторно исплови во вторник.',
    caption: 'Фериботот тргнува од северното пристаниште во зори.',
    credit: 'Ана Стојанова / Lede News',
    authors: 'Ана Стојанова',
    alt: 'Пат меѓу зелени ридови под сиви планини',
  },
  cnr: {
    kicker: 'Društvo',
    headline: 'Trajekt preko jezera vratio se nakon tri nedjelje popravke',
    summary: 'Jedini trajekt preko sjevernog jezera ponovo je isplovio u utorak.',
    caption: 'Trajekt isplovljava sa sjevernog pristaništa u zoru.',
    credit: 'Ana Vuković / Lede News',
    authors: 'Ana Vuković',
    alt: 'Put između zelenih brda pod sivim planinama',
  },
  hy: {
    kicker: 'Աշխարհ',
    headline: 'Լճի լաստանավը վերադարձավ երեք շաբաթ վերանորոգումից հետո',
    summary: 'Հյուսիսային լճի միակ լաստանավը երեքշաբթի կրկին ճանապարհ ընկավ։',
    caption: 'Լաստանավը լուսաբացին մեկնում է հյուսիսային նավամատույցից։',
    credit: 'Անի Սարգսյան / Lede News',
    authors: 'Անի Սարգսյան',
    alt: 'Ճանապարհ կանաչ բլուրների միջով՝ մոխրագույն լեռների տակ',
  },
  az: {
    kicker: 'Dünya',
    headline: 'Göl bərəsi üç həftəlik təmirdən sonra qayıtdı',
    summary: 'Şimal gölünün yeganə bərəsi çərşənbə axşamı yenidən yola düşdü.',
    caption: 'Bərə sübh çağı şimal körpüsündən yola düşür.',
    credit: 'Aynur Əliyeva / Lede News',
    authors: 'Aynur Əliyeva',
    alt: 'Boz dağların altında yaşıl təpələr arasından keçən yol',
  },
  kk: {
    kicker: 'Әлем',
    headline: 'Көл паромы үш апталық жөндеуден кейін қайта оралды',
    summary: 'Солтүстік көлдің жалғыз паромы сейсенбіде қайта жүзді.',
    caption: 'Паром таң ата солтүстік айлақтан шығады.',
    credit: 'Айгүл Сейітова / Lede News',
    authors: 'Айгүл Сейітова',
    alt: 'Сұр таулар астындағы жасыл төбелер арасындағы жол',
  },
  ky: {
    kicker: 'Дүйнө',
    headline: 'Көл паромы үч жумалык оңдоодон кийин кайтып келди',
    summary: 'Түндүк көлдүн жалгыз паромы шейшемби күнү кайрадан жолго чыкты.',
    caption: 'Паром таң атканда түндүк кемеҗайдан жөнөйт.',
    credit: 'Айпери Токтогулова / Lede News',
    authors: 'Айпери Токтогулова',
    alt: 'Боз тоолордун алдындагы жашыл дөбөлөр арасындагы жол',
  },
  uz: {
    kicker: 'Dunyo',
    headline: 'Koʻl paromi uch haftalik taʼmirdan soʻng qaytdi',
    summary: 'Shimoliy koʻlning yagona paromi seshanba kuni yana yoʻlga chiqdi.',
    caption: 'Parom tong saharda shimoliy iskaladan joʻnaydi.',
    credit: 'Dilnoza Karimova / Lede News',
    authors: 'Dilnoza Karimova',
    alt: 'Kulrang togʻlar ostida yashil tepaliklar orasidagi yoʻl',
  },
  tg: {
    kicker: 'Ҷаҳон',
    headline: 'Пароми кӯл пас аз се ҳафтаи таъмир баргашт',
    summary: 'Ягона пароми кӯли шимолӣ рӯзи сешанбе боз ба роҳ баромад.',
    caption: 'Паром субҳидам аз бандари шимолӣ равон мешавад.',
    credit: 'Нигина Раҳимова / Lede News',
    authors: 'Нигина Раҳимова',
    alt: 'Роҳ дар байни теппаҳои сабз дар зери кӯҳҳои хокистарӣ',
  },
  tk: {
    kicker: 'Dünýä',
    headline: 'Köl paromy üç hepdelik abatlaýyşdan soň gaýdyp geldi',
    summary: 'Demirgazyk kölüň ýeke-täk paromy sişenbe güni ýene ýola düşdi.',
    caption: 'Parom daň bilen demirgazyk duralgadan ugraýar.',
    credit: 'Aýna Orazowa / Lede News',
    authors: 'Aýna Orazowa',
    alt: 'Çal daglaryň aşagyndaky ýaşyl depeleriň arasyndan geçýän ýol',
  },
  tt: {
    kicker: 'Дөнья',
    headline: 'Күл паромы өч атналык ремонттан соң кайтты',
    summary: 'Төньяк күлнең бердәнбер паромы сишәмбедә яңадан юлга чыкты.',
    caption: 'Паром таң белән төньяк пристаньнан кузгала.',
    credit: 'Алсу Галиева / Lede News',
    authors: 'Алсу Галиева',
    alt: 'Соры таулар астында яшел калкулыклар арасындагы юл',
  },
  ba: {
    kicker: 'Донъя',
    headline: 'Күл паромы өс аҙналыҡ ремонттан һуң ҡайтты',
    summary: 'Төньяҡ күлдең берҙән-бер паромы шишәмбелә ҡабат юлға сыҡты.',
    caption: 'Паром таң менән төньяҡ пристанданан ҡуҙғала.',
    credit: 'Гөлнара Ғәлина / Lede News',
    authors: 'Гөлнара Ғәлина',
    alt: 'Һоро тауҙар аҫтында йәшел ҡалҡыулыҡтар араһындағы юл',
  },
  ce: {
    kicker: 'Дуьне',
    headline: 'Ӏаьмнан паром кхаа кӀиранах тодарх тӀаьхьа юхаверзира',
    summary: 'Къилбаседа Ӏаьмнан цхьаъ бен доцу паром шинарин дийнахь юха новкъа велира.',
    caption: 'Паром Ӏуьйранна къилбаседа пристанера дӀавоьду.',
    credit: 'Малика Исаева / Lede News',
    authors: 'Малика Исаева',
    alt: 'Сира лаьмнашна кӀел баьццара гунашна юккъехула некъ',
  },
  av: {
    kicker: 'Дунял',
    headline: 'ХӀорил паром лъабго анкьалъ цӀи гьабун хадуб тӀад вуссана',
    summary: 'Шималалъул хӀорил цохӀо паром талатайил къоялъ цебеялдаса нухда лъуна.',
    caption: 'Паром рогьалил шималалъул пристаналдаса ина.',
    credit: 'Патимат ГӀалиева / Lede News',
    authors: 'Патимат ГӀалиева',
    alt: 'Чӏахӏал мугӏрузда гъоркь цӏахӏил гъуназда гьоркьоб нух',
  },
  crh: {
    kicker: 'Dünya',
    headline: 'Köl paromı üç aftalıq tamirden soñ qaytıp keldi',
    summary: 'Şimaliy költüñ biricik paromı salı künü kene yolğa çıqtı.',
    caption: 'Parom tañ vaqtı şimaliy iskeleden yola çıqa.',
    credit: 'Ayşe Seitova / Lede News',
    authors: 'Ayşe Seitova',
    alt: 'Boz dağlar altında yeşil töpeler arasından keçken yol',
  },
  'fa-AF': {
    kicker: 'جهان',
    headline: 'کشتی جهیل پس از سه هفته ترمیم دوباره به راه افتاد',
    summary: 'یگانه کشتی جهیل شمالی روز سه‌شنبه دوباره به حرکت آمد.',
    caption: 'کشتی هنگام سپیده‌دم از بندر شمالی حرکت می‌کند.',
    credit: 'مریم رحیمی / لید',
    authors: 'مریم رحیمی',
    alt: 'سرکی میان تپه‌های سبز زیر کوه‌های خاکستری',
  },
  ur: {
    kicker: 'دنیا',
    headline: 'جھیل کی کشتی تین ہفتے کی مرمت کے بعد واپس آ گئی',
    summary: 'شمالی جھیل کی واحد کشتی منگل کو دوبارہ روانہ ہوئی۔',
    caption: 'کشتی صبح سویرے شمالی گھاٹ سے روانہ ہوتی ہے۔',
    credit: 'عائشہ خان / لید',
    authors: 'عائشہ خان',
    alt: 'سرمئی پہاڑوں کے نیچے سبز ٹیلوں کے درمیان ایک سڑک',
  },
};

/**
 * The playground's sample URLs, on the made-up hosts the README's examples
 * use, so that the embed code works on a partner's page once they put their
 * own in; and each one's copy among the demo's files, which is what the
 * preview loads (those hosts do not exist).
 */
const SAMPLE_URLS = {
  photo: 'https://img.example/photos/valley-1600.jpg',
  worldFeed: 'https://news.example/feeds/world.rss',
  persianFeed: 'https://news.example/feeds/fa/iran.atom',
};
const LOCAL_COPIES: Record<string, string> = {
  [SAMPLE_URLS.photo]: './assets/valley.svg',
  [SAMPLE_URLS.worldFeed]: './data/world.rss',
  [SAMPLE_URLS.persianFeed]: './data/iran.atom',
};

/** What the preview loads for an attribute value: the demo's copy of a sample URL, anything else as it is. */
export function localCopy(value: string): string {
  return LOCAL_COPIES[value] ?? value;
}

const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString().slice(0, 19) + 'Z';

/** The attributes each element starts with in the playground, in a language. */
export function startingAttributes(tag: string, lang: DemoLanguage): Record<string, string> {
  const sample = SAMPLES[lang];
  switch (tag) {
    case 'lede-article-card':
      return {
        layout: 'stacked',
        kicker: sample.kicker,
        headline: sample.headline,
        href: 'https://news.example/world/ferry',
        summary: sample.summary,
        'image-src': SAMPLE_URLS.photo,
        'image-alt': sample.alt,
        published: minutesAgo(95),
        authors: sample.authors,
        sources: 'Caspian Wire, Northwind Press',
      };
    case 'lede-photo':
      return {
        src: SAMPLE_URLS.photo,
        alt: sample.alt,
        caption: sample.caption,
        credit: sample.credit,
        ratio: '16:9',
      };
    case 'lede-breaking-banner':
      return {
        level: 'breaking',
        headline: sample.headline,
        href: 'https://news.example/live/ferry',
        published: minutesAgo(12),
      };
    case 'lede-source-credit':
      return {
        sources: 'Caspian Wire, Northwind Press, Baltic Newsroom',
        publisher: 'Lede News',
        'publisher-href': 'https://news.example/',
      };
    case 'lede-feed':
      return {
        src: lang === 'fa' ? SAMPLE_URLS.persianFeed : SAMPLE_URLS.worldFeed,
        layout: 'grid',
        limit: '3',
        'heading-level': '3',
      };
    default:
      return {};
  }
}
