import type { Translation } from '../strings.js';

export default {
  reportingBy: 'წყაროები: {list}',
  publishedBy: 'გამომცემელი: {publisher}',
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
  noStories: 'ჯერ ამბები არ არის',
} satisfies Translation;
