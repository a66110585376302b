// Fictional sample content for the playground, in each demo language.
// Every story here is invented for the demo.

export const LANGUAGES = ['en', 'ru', 'uk', 'fa', 'ps', 'ka'] as const;
export type DemoLanguage = (typeof LANGUAGES)[number];

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
};

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
        href: 'https://news.lede.example/world/ferry',
        summary: sample.summary,
        'image-src': './assets/valley.svg',
        'image-alt': sample.alt,
        published: minutesAgo(95),
        authors: sample.authors,
        sources: 'Caspian Wire, Northwind Press',
      };
    case 'lede-photo':
      return {
        src: './assets/valley.svg',
        alt: sample.alt,
        caption: sample.caption,
        credit: sample.credit,
        ratio: '16:9',
      };
    case 'lede-breaking-banner':
      return {
        level: 'breaking',
        headline: sample.headline,
        href: 'https://news.lede.example/live/ferry',
        published: minutesAgo(12),
      };
    case 'lede-source-credit':
      return {
        sources: 'Caspian Wire, Northwind Press, Baltic Newsroom',
        publisher: 'Lede News',
        'publisher-href': 'https://lede.example/',
      };
    case 'lede-feed':
      return {
        src: lang === 'fa' ? './data/iran.atom' : './data/world.rss',
        layout: 'grid',
        limit: '3',
        'heading-level': '3',
      };
    default:
      return {};
  }
}
