import type { Translation } from '../strings.js';

export default {
  reportingBy: 'За матеріалами {list}',
  publishedBy: 'Видавець: {publisher}',
  byline: 'Автор: {authors}',
  breaking: 'Термінова новина',
  developing: 'Історія розвивається',
  live: 'Наживо',
  update: 'Оновлення',
  updated: 'Оновлено',
  dismiss: 'Закрити',
  photoCredit: 'Фото:',
  loading: 'Завантаження',
  listPair: '{0} і {1}',
  listMiddle: '{0}, {1}',
  listEnd: '{0} і {1}',
  secondsAgo: '{n} с тому',
  minutesAgo: '{n} хв тому',
  hoursAgo: '{n} год тому',
  daysAgo: '{n} дн. тому',
  noStories: 'Поки що немає матеріалів',
} satisfies Translation;
