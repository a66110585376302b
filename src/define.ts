/** Registers every element. The one module (with its per-element peers) that has side effects. */
import { defineElements } from './registration/define-elements.js';
import { LedePhoto } from './photo/photo.js';
import { LedeSourceCredit } from './source-credit/source-credit.js';

defineElements({
  'lede-photo': LedePhoto,
  'lede-source-credit': LedeSourceCredit,
});

export * from './index.js';
