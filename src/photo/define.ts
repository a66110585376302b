import { defineElements } from '../registration/define-elements.js';
import { LedePhoto } from './photo.js';

defineElements({ 'lede-photo': LedePhoto });

export { LedePhoto };
