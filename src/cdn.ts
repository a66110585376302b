/** The CDN bundle's entry: registers every element and exposes the API (`LedeWidgets` in the classic script). */
export * from './define.js';
