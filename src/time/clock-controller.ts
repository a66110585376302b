import { pageUpdates } from '../i18n/page-updates.js';

const TICK = 60_000;

/**
 * Re-renders an element that shows a relative time ("5 minutes ago") once a
 * minute: call it from the constructor. One timer for the whole page serves
 * every such element, and runs only while at least one is connected.
 */
export const rerenderEveryMinute = pageUpdates((updateAll) => {
  const timer = setInterval(updateAll, TICK);
  return () => clearInterval(timer);
});
