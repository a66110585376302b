import { pageUpdates } from '../i18n/page-updates.js';

const TICK = 60_000;

/**
 * Re-renders an element that shows a time once a minute: call it from the
 * constructor, with a condition if its time can stop changing (a card's
 * time does once it reads as a date; see `changesWithTheMinute`).
 * One timer for the whole page serves every such element, and runs while at
 * least one is connected; an element whose condition fails is left alone.
 */
export const rerenderEveryMinute = pageUpdates((updateAll) => {
  const timer = setInterval(updateAll, TICK);
  return () => clearInterval(timer);
});
