import type { ReactiveControllerHost } from 'lit';
import { pageUpdates } from '../i18n/page-updates.js';

/**
 * One timer for the whole page re-renders every element that shows a
 * relative time ("5 minutes ago"), once a minute. It runs only while at
 * least one such element is connected.
 */
const TICK = 60_000;

const everyMinute = pageUpdates((updateAll) => {
  const timer = setInterval(updateAll, TICK);
  return () => clearInterval(timer);
});

export class ClockController {
  constructor(host: ReactiveControllerHost) {
    everyMinute(host);
  }
}
