import type fi from '../ui/i18n/fi.json';

// Keys are checked at compile time against the Finnish file; i18n.test.ts keeps sv and en in step.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
  }
}
