/** The kinds of personal data the guard recognises (labelling rules: shared/pii/README.md of the corpus). */
export const PiiType = {
  HETU: 'HETU',
  NAME: 'NAME',
  PHONE: 'PHONE',
  EMAIL: 'EMAIL',
  ADDRESS: 'ADDRESS',
  POSTAL_CODE: 'POSTAL_CODE',
  DATE_OF_BIRTH: 'DATE_OF_BIRTH',
  IBAN: 'IBAN',
  OTHER_ID: 'OTHER_ID',
} as const;
export type PiiType = (typeof PiiType)[keyof typeof PiiType];

/** A detected span; offsets are UTF-16 indices into the input, end exclusive. */
export interface PiiSpan {
  start: number;
  end: number;
  type: PiiType;
  confidence: number;
}

export type PiiLocale = 'fi' | 'sv' | 'en';
