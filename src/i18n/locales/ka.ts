import type { Translation } from '../strings.js';

export default {
  reportingBy: 'წყაროები: {list}',
  publishedBy: 'გამომცემელი: {publisher}',
  byline: 'ავტორი: {authors}',
  breaking: 'სასწრაფო ამბავი',
  developing: 'მიმდინარე მოვლენა',
  live: 'პირდაპირ',
  update: 'განახლება',
  updated: 'განახლდა',
  dismiss: 'დახურვა',
  photoCredit: 'ფოტო:',
  loading: 'იტვირთება',
  listPair: '{0} და {1}',
  listMiddle: '{0}, {1}',
  listEnd: '{0} და {1}',
  secondsAgo: '{n} წამის წინ',
  minutesAgo: '{n} წუთის წინ',
  hoursAgo: '{n} საათის წინ',
  daysAgo: '{n} დღის წინ',
  noStories: 'ჯერ ამბები არ არის',
} satisfies Translation;
