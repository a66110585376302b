import { defineElements } from '../registration/define-elements.js';
import { LedeBreakingBanner } from './breaking-banner.js';

defineElements({ 'lede-breaking-banner': LedeBreakingBanner });

export { LedeBreakingBanner };
