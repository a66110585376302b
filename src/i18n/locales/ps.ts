import type { Translation } from '../strings.js';

export default {
  reportingBy: 'د {list} د راپورونو پر بنسټ',
  publishedBy: 'خپرونکی: {publisher}',
  byline: 'لیکوال: {authors}',
  breaking: 'تازه خبر',
  developing: 'د پرمختګ په حال کې',
  live: 'ژوندی',
  update: 'تازه معلومات',
  updated: 'تازه شوی',
  dismiss: 'بندول',
  photoCredit: 'انځور:',
  loading: 'پورته کېږي',
  listPair: '{0} او {1}',
  listMiddle: '{0}، {1}',
  listEnd: '{0}، او {1}',
  secondsAgo: '{n} ثانیې مخکې',
  minutesAgo: '{n} دقیقې مخکې',
  hoursAgo: '{n} ساعته مخکې',
  daysAgo: '{n} ورځې مخکې',
  noStories: 'تر اوسه کوم خبر نشته',
} satisfies Translation;
