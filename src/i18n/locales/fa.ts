import type { Translation } from '../strings.js';

export default {
  reportingBy: 'با گزارش‌هایی از {list}',
  publishedBy: 'ناشر: {publisher}',
  byline: 'نویسنده: {authors}',
  breaking: 'خبر فوری',
  developing: 'خبر در حال تکمیل',
  live: 'زنده',
  update: 'به‌روزرسانی',
  updated: 'به‌روزشده',
  dismiss: 'بستن',
  photoCredit: 'عکس:',
  loading: 'در حال بارگذاری',
  listPair: '{0} و {1}',
  listMiddle: '{0}،\u200f {1}',
  listEnd: '{0}، و {1}',
  secondsAgo: '{n} ثانیه پیش',
  minutesAgo: '{n} دقیقه پیش',
  hoursAgo: '{n} ساعت پیش',
  daysAgo: '{n} روز پیش',
  noStories: 'هنوز خبری نیست',
} satisfies Translation;
