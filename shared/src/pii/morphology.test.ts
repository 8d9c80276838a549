import { describe, expect, it } from 'vitest';
import { lemmaCandidates } from './morphology.ts';

describe('lemmaCandidates', () => {
  it.each([
    ['virtaselle', 'virtanen'],
    ['korhoselta', 'korhonen'],
    ['virtasta', 'virtanen'],
    ['hämäläiset', 'hämäläinen'],
    ['kinnusten', 'kinnunen'],
    ['matin', 'matti'],
    ['sepolle', 'seppo'],
    ['jukalle', 'jukka'],
    ['niemen', 'niemi'],
    ['lahden', 'lahti'],
    ['mäen', 'mäki'],
    ['ritvallekin', 'ritva'],
    ['eliakselle', 'elias'],
    ['tuomaan', 'tuomas'],
    ['husseinin', 'hussein'],
    ['sjöbergs', 'sjöberg'],
  ])('derives %s → %s', (form, lemma) => {
    expect(lemmaCandidates(form)).toContain(lemma);
  });

  it('returns the word itself first', () => {
    expect(lemmaCandidates('anna')[0]).toBe('anna');
  });
});
