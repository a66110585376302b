import { defineElements } from '../registration/define-elements.js';
import { LedeSourceCredit } from './source-credit.js';

defineElements({ 'lede-source-credit': LedeSourceCredit });

export { LedeSourceCredit };
