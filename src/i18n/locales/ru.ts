import type { Translation } from '../strings.js';

export default {
  reportingBy: 'По материалам {list}',
  publishedBy: 'Издатель: {publisher}',
  byline: 'Автор: {authors}',
  breaking: 'Срочная новость',
  developing: 'Развивающаяся история',
  live: 'В эфире',
  update: 'Обновление',
  updated: 'Обновлено',
  dismiss: 'Закрыть',
  photoCredit: 'Фото:',
  loading: 'Загрузка',
  listPair: '{0} и {1}',
  listMiddle: '{0}, {1}',
  listEnd: '{0} и {1}',
  secondsAgo: '{n} с назад',
  minutesAgo: '{n} мин назад',
  hoursAgo: '{n} ч назад',
  daysAgo: '{n} дн. назад',
  noStories: 'Пока нет материалов',
} satisfies Translation;
