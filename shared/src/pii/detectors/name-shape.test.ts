import { describe, expect, it } from 'vitest';
import { hasForeignShape, personCaseStem } from './name-shape.ts';

describe('name shape', () => {
  it.each([
    'yusuf',
    'gulnara',
    'shukri',
    'okonkwo',
    'nguyen',
    'wiśniewski',
    'mbali',
    'zhang',
    'ahmed',
    'nnamdi',
    'mlambo',
  ])('sees %s as a name from another language', (stem) => {
    expect(hasForeignShape(stem)).toBe(true);
  });

  it.each(['virtanen', 'kuntoutus', 'hervanta', 'asiakas', 'sanna', 'henkilö', 'rengas', 'lahti'])(
    'sees %s as Finnish-shaped',
    (stem) => {
      expect(hasForeignShape(stem)).toBe(false);
    },
  );

  it('judges the last letter of whole words only', () => {
    expect(hasForeignShape('karim')).toBe(true);
    expect(hasForeignShape('vanhemm', false)).toBe(false);
  });

  it('finds the stem of a word in a case persons take', () => {
    expect(personCaseStem('gulnaralta')).toBe('gulnara');
    expect(personCaseStem('yusufillekin')).toBe('yusuf');
    expect(personCaseStem('nakashimalle')).toBe('nakashima');
    expect(personCaseStem('gulnara')).toBeUndefined();
  });
});
