// The partner test page's own words, in each language it can be shown in
// (test/support/partner-page.mjs), and the five cards it writes by attributes.
// The stories it loads from `src` are fixtures: test/fixtures/partner/<lang>/.
// Everything here is original fiction.

/** The page's languages, with the direction its `<html>` declares. */
export const PARTNER_LANGUAGES = {
  en: 'ltr',
  ru: 'ltr',
  fa: 'rtl',
  ka: 'ltr',
  uz: 'ltr',
};

export const PARTNER_TEXTS = {
  en: {
    gazette: 'The Partner Gazette',
    heading: 'Harbour breakwater to be finished before the storms',
    paragraphs: [
      'The harbour authority said on Monday that the breakwater would be finished before the autumn storms, two years after work began.',
      'Fishermen who moor inside the old wall have asked for a say in where the new channel markers go, and the authority has agreed to meet them.',
      'Tourism officials expect the works to bring more visitors to the promenade once the scaffolding comes down in the spring.',
    ],
    moreBelow: 'More from our partners below.',
    footer: 'The Partner Gazette, 2026.',
    liveFallback: 'Live: the latest from Lede News',
    creditFallback: 'With reporting by Reuters, Interfax, and TASS',
    storyFallback: 'Read the story on Lede News',
    feedFallback: 'More stories on Lede News',
    cards: {
      headlines: [
        'Harbour wall repairs finish ahead of the storm season',
        'Night trains return to the mountain line this summer',
        'School gardens feed three hundred children a day',
        'New footbridge links the two halves of the old town',
        'Orchestra plays in the flooded theatre once again',
      ],
      kicker: 'Region',
      summary:
        'The work took eighteen months and kept the promenade open throughout, with crews on the water at night and divers checking the footings every week.',
      author: 'Nino Beridze',
      imageAlt: 'Green hills under a morning sun',
    },
  },
  ru: {
    gazette: 'Партнёрская газета',
    heading: 'Волнорез в гавани достроят до осенних штормов',
    paragraphs: [
      'Управление порта сообщило в понедельник, что волнорез будет готов до осенних штормов, через два года после начала работ.',
      'Рыбаки, которые швартуются за старой стеной, попросили права голоса при выборе мест для новых буёв, и управление согласилось с ними встретиться.',
      'Туристические власти ожидают, что весной, когда снимут леса, на набережную придёт больше гостей.',
    ],
    moreBelow: 'Ещё от наших партнёров — ниже.',
    footer: 'Партнёрская газета, 2026.',
    liveFallback: 'Онлайн: последние новости Lede News',
    creditFallback: 'При участии Reuters, Interfax и TASS',
    storyFallback: 'Читать на Lede News',
    feedFallback: 'Другие материалы Lede News',
    cards: {
      headlines: [
        'Ремонт портовой стены закончили до сезона штормов',
        'Ночные поезда вернутся на горную линию этим летом',
        'Школьные огороды кормят триста детей в день',
        'Новый пешеходный мост соединил две половины старого города',
        'Оркестр снова играет в затопленном театре',
      ],
      kicker: 'Регион',
      summary:
        'Работы заняли полтора года, и всё это время набережная оставалась открытой: бригады выходили на воду по ночам, а водолазы каждую неделю проверяли основание.',
      author: 'Нино Беридзе',
      imageAlt: 'Зелёные холмы под утренним солнцем',
    },
  },
  fa: {
    gazette: 'روزنامهٔ همکار',
    heading: 'موج‌شکن بندر پیش از توفان‌ها تمام می‌شود',
    paragraphs: [
      'ادارهٔ بندر روز دوشنبه اعلام کرد که موج‌شکن، دو سال پس از آغاز کار، پیش از توفان‌های پاییزی تکمیل می‌شود.',
      'ماهیگیرانی که قایق‌هایشان را پشت دیوار قدیمی می‌بندند خواسته‌اند در تعیین جای نشانه‌های کانال تازه نظر بدهند، و اداره پذیرفته است با آن‌ها دیدار کند.',
      'مسئولان گردشگری انتظار دارند پس از برچیدن داربست‌ها در بهار، گردشگران بیشتری به گردشگاه ساحلی بیایند.',
    ],
    moreBelow: 'در ادامه، مطالب بیشتری از همکاران ما.',
    footer: 'روزنامهٔ همکار، ۲۰۲۶.',
    liveFallback: 'زنده: تازه‌ترین خبرها از Lede News',
    creditFallback: 'با گزارش‌هایی از Reuters، Interfax و TASS',
    storyFallback: 'خواندن خبر در Lede News',
    feedFallback: 'خبرهای بیشتر در Lede News',
    cards: {
      headlines: [
        'تعمیر دیوار بندر پیش از فصل توفان تمام شد',
        'قطارهای شبانه تابستان امسال به خط کوهستانی بازمی‌گردند',
        'باغچه‌های مدرسه هر روز به سیصد کودک غذا می‌دهند',
        'پل عابر پیادهٔ تازه دو نیمهٔ شهر قدیم را به هم وصل کرد',
        'ارکستر دوباره در تئاتر سیل‌زده می‌نوازد',
      ],
      kicker: 'منطقه',
      summary:
        'کار هجده ماه طول کشید و در تمام این مدت گردشگاه ساحلی باز ماند؛ گروه‌ها شب‌ها روی آب کار می‌کردند و غواصان هر هفته پایه‌ها را بررسی می‌کردند.',
      author: 'نینو بریدزه',
      imageAlt: 'تپه‌های سبز زیر آفتاب صبح',
    },
  },
  ka: {
    gazette: 'პარტნიორი გაზეთი',
    heading: 'ნავსადგურის ტალღამჭერი შტორმებამდე დასრულდება',
    paragraphs: [
      'ნავსადგურის ადმინისტრაციამ ორშაბათს განაცხადა, რომ ტალღამჭერი შემოდგომის შტორმებამდე დასრულდება, სამუშაოების დაწყებიდან ორი წლის შემდეგ.',
      'მეთევზეებმა, რომლებიც ძველი კედლის მიღმა აბამენ ნავებს, ითხოვეს, რომ ახალი არხის ნიშნულების განლაგებაზე მათაც ეთქვათ სიტყვა, და ადმინისტრაცია მათთან შეხვედრას დათანხმდა.',
      'ტურიზმის სამსახური მოელის, რომ გაზაფხულზე, ხარაჩოების აღების შემდეგ, სანაპიროზე მეტი სტუმარი მოვა.',
    ],
    moreBelow: 'ქვემოთ — მეტი ჩვენი პარტნიორებისგან.',
    footer: 'პარტნიორი გაზეთი, 2026.',
    liveFallback: 'პირდაპირ: უახლესი ამბები Lede News-ისგან',
    creditFallback: 'Reuters-ის, Interfax-ისა და TASS-ის მონაწილეობით',
    storyFallback: 'წაიკითხეთ Lede News-ზე',
    feedFallback: 'მეტი ამბავი Lede News-ზე',
    cards: {
      headlines: [
        'ნავსადგურის კედლის შეკეთება შტორმების სეზონამდე დასრულდა',
        'ღამის მატარებლები ამ ზაფხულს მთის ხაზზე დაბრუნდება',
        'სკოლის ბაღები დღეში სამას ბავშვს კვებავს',
        'ახალმა საფეხმავლო ხიდმა ძველი ქალაქის ორი ნაწილი დააკავშირა',
        'ორკესტრი კვლავ უკრავს დატბორილ თეატრში',
      ],
      kicker: 'რეგიონი',
      summary:
        'სამუშაოებს თვრამეტი თვე დასჭირდა და ამ ხნის განმავლობაში სანაპირო ღია რჩებოდა: ბრიგადები ღამით წყალზე მუშაობდნენ, მყვინთავები კი ყოველკვირა ამოწმებდნენ საძირკველს.',
      author: 'ნინო ბერიძე',
      imageAlt: 'მწვანე ბორცვები დილის მზის ქვეშ',
    },
  },
  uz: {
    gazette: 'Hamkor gazeta',
    heading: 'Bandargohdagi to‘lqinto‘sar bo‘ronlardan oldin bitkaziladi',
    paragraphs: [
      'Bandargoh ma’muriyati dushanba kuni to‘lqinto‘sar ishlar boshlanganidan ikki yil o‘tib, kuzgi bo‘ronlardan oldin bitkazilishini ma’lum qildi.',
      'Eski devor ortida qayiqlarini bog‘laydigan baliqchilar yangi kanal belgilarining joyini tanlashda o‘z fikrini aytishni so‘rashdi, ma’muriyat esa ular bilan uchrashishga rozi bo‘ldi.',
      'Turizm idorasi bahorda havozalar olib tashlangach, sohilbo‘yi xiyobonga ko‘proq mehmon kelishini kutmoqda.',
    ],
    moreBelow: 'Quyida hamkorlarimizdan yana materiallar.',
    footer: 'Hamkor gazeta, 2026.',
    liveFallback: 'Jonli: Lede News’dan so‘nggi xabarlar',
    creditFallback: 'Reuters, Interfax va TASS xabarlari asosida',
    storyFallback: 'Lede News saytida o‘qing',
    feedFallback: 'Lede News’da boshqa xabarlar',
    cards: {
      headlines: [
        'Bandargoh devorini ta’mirlash bo‘ronlar mavsumidan oldin tugadi',
        'Tungi poyezdlar shu yozda tog‘ yo‘nalishiga qaytadi',
        'Maktab bog‘lari har kuni uch yuz bolani ovqatlantirmoqda',
        'Yangi piyodalar ko‘prigi eski shaharning ikki qismini bog‘ladi',
        'Orkestr suv bosgan teatrda yana chalmoqda',
      ],
      kicker: 'Mintaqa',
      summary:
        'Ishlar o‘n sakkiz oy davom etdi va shu vaqt davomida sohilbo‘yi ochiq qoldi: brigadalar tunda suvda ishladi, g‘avvoslar esa har hafta poydevorni tekshirdi.',
      author: 'Nino Beridze',
      imageAlt: 'Tong quyoshi ostidagi yashil tepaliklar',
    },
  },
};
