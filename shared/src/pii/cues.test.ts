import { describe, expect, it } from 'vitest';
import { findCues } from './cues.ts';
import { scanText } from './tokens.ts';

describe('findCues', () => {
  it('finds the words where birth, identifier and postal-code cues may start', () => {
    const text =
      'Asiakas, s. 1.2.1960, asiakasnumerolla K-1234 ja postinumeroalueella 33100; Effica-numero 55.';
    const cues = findCues(scanText(text));
    expect(cues.dateOfBirth.map((i) => text.slice(i, i + 2))).toEqual(['s.']);
    expect(cues.otherId.map((i) => text.slice(i, i + 6))).toEqual(['Asiaka', 'asiaka', 'Effica']);
    expect(cues.postalCode.map((i) => text.slice(i, i + 6))).toEqual(['postin']);
    expect(cues.hasAtWord).toBe(false);
  });

  it('notices an obfuscated "at" and is computed once per scan', () => {
    const scan = scanText('nimi (at) example dot com');
    expect(findCues(scan).hasAtWord).toBe(true);
    expect(findCues(scan)).toBe(findCues(scan));
  });
});
