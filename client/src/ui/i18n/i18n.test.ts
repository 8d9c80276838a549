import { describe, expect, it } from 'vitest';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const files = { fi: flatten(fi), sv: flatten(sv), en: flatten(en) };

describe('translations', () => {
  it('fi, sv and en have identical key sets', () => {
    const fiKeys = [...files.fi.keys()].sort();
    expect([...files.sv.keys()].sort()).toEqual(fiKeys);
    expect([...files.en.keys()].sort()).toEqual(fiKeys);
  });

  it.each(Object.entries(files))('%s has no empty strings', (_language, strings) => {
    const empty = [...strings].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(Object.entries(files))('%s never shows a key as its text', (_language, strings) => {
    const keyLike = [...strings].filter(([key, value]) => value === key).map(([key]) => key);
    expect(keyLike).toEqual([]);
  });

  it('every translation uses the same {{placeholders}} as the Finnish one', () => {
    for (const [key, value] of files.fi) {
      expect(placeholders(files.sv.get(key) ?? ''), `sv ${key}`).toEqual(placeholders(value));
      expect(placeholders(files.en.get(key) ?? ''), `en ${key}`).toEqual(placeholders(value));
    }
  });

  it('keeps the anonymity rule word for word', () => {
    expect(files.fi.get('room.piiRule')).toBe('Älä käytä asiakkaan tunnistetietoja – et edes puheessa.');
    expect(files.fi.get('connection.reconnecting')).toBe('Yhteys katkesi – yhdistetään uudelleen…');
    expect(files.fi.get('layout.skipToContent')).toBe('Siirry sisältöön');
    expect(files.fi.get('audit.showOlder')).toBe('Näytä vanhemmat');
  });
});
