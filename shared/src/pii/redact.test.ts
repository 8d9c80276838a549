import { describe, expect, it } from 'vitest';
import { redact } from './index.ts';

describe('redact', () => {
  const text = 'Asiakas Matti Virtanen soitti numerosta 040 123 4567.';

  it('writes Finnish placeholders by default', () => {
    expect(redact(text).text).toBe('Asiakas [NIMI] soitti numerosta [PUHELIN].');
  });

  it('writes Swedish and English placeholders', () => {
    expect(redact(text, { locale: 'sv' }).text).toBe('Asiakas [NAMN] soitti numerosta [TELEFON].');
    expect(redact(text, { locale: 'en' }).text).toBe('Asiakas [NAME] soitti numerosta [PHONE].');
  });

  it('reports spans in the original offsets', () => {
    const { spans } = redact(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Matti Virtanen', '040 123 4567']);
  });

  it('returns the text unchanged when nothing is found', () => {
    expect(redact('INR 3,8, Marevan 5 mg ma-pe.')).toEqual({
      text: 'INR 3,8, Marevan 5 mg ma-pe.',
      spans: [],
    });
  });
});
