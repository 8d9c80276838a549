import { describe, expect, it } from 'vitest';
import { firstLine, linkify, safeHref, type Segment } from './linkify.ts';

const links = (segments: Segment[]) => segments.filter((s) => s.kind === 'link');
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('linkify', () => {
  it('[LK1] turns http(s) URLs into links and keeps the rest as text', () => {
    const segments = linkify('Ohje: https://thl.fi/ppt?x=1. Ks. myös http://example.org/a_(b)');
    expect(segments).toEqual([
      { kind: 'text', text: 'Ohje: ' },
      { kind: 'link', text: 'https://thl.fi/ppt?x=1', href: 'https://thl.fi/ppt?x=1' },
      { kind: 'text', text: '. Ks. myös ' },
      { kind: 'link', text: 'http://example.org/a_(b)', href: 'http://example.org/a_(b)' },
    ]);
  });

  it.each([
    '<img src=x onerror="window.__xss=1">',
    '<script>window.__xss=1</script>',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(document.cookie)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    '<a href="javascript:alert(1)">klikkaa</a>',
    '<svg onload=alert(1)>',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
  ])('[LK2] %s stays one plain text segment', (payload) => {
    expect(linkify(payload)).toEqual([{ kind: 'text', text: payload }]);
  });

  it('[LK3] markup around a URL never becomes part of the link', () => {
    const payload = '<a href="https://evil.example/"><script>alert(1)</script>';
    const segments = linkify(payload);
    expect(links(segments)).toEqual([
      { kind: 'link', text: 'https://evil.example/', href: 'https://evil.example/' },
    ]);
    expect(joined(segments)).toBe(payload);
  });

  it('[LK4] an event handler after a URL stays text', () => {
    const segments = linkify('https://a.example/x onmouseover=alert(1)');
    expect(links(segments).map((s) => s.href)).toEqual(['https://a.example/x']);
    expect(segments.at(-1)).toEqual({ kind: 'text', text: ' onmouseover=alert(1)' });
  });

  it('[LK5] refuses credentials, missing hosts and other schemes', () => {
    expect(safeHref('https://user:pw@bank.example/')).toBeUndefined();
    expect(safeHref('http://')).toBeUndefined();
    expect(safeHref('ftp://files.example/')).toBeUndefined();
    expect(safeHref('javascript://example.com/%0Aalert(1)')).toBeUndefined();
    expect(safeHref('https://xn--e1afmkfd.example/')).toBe('https://xn--e1afmkfd.example/');
    expect(linkify('https://user:pw@bank.example/ ok')).toEqual([
      { kind: 'text', text: 'https://user:pw@bank.example/ ok' },
    ]);
  });

  it('[LK6] a quote shows only the first line, shortened', () => {
    expect(firstLine('Eka rivi\ntoinen')).toBe('Eka rivi');
    expect(firstLine('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
