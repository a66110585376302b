import type { Translation } from '../strings.js';

export default {
  reportingBy: 'По материалам {list}',
  publishedBy: 'Издатель: {publisher}',
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
  noStories: 'Пока нет материалов',
} satisfies Translation;
