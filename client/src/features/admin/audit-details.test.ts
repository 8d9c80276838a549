import { describe, expect, it } from 'vitest';
import { formatAuditDetails } from './audit-details.ts';

describe('formatAuditDetails', () => {
  it('lists keys and values as text', () => {
    expect(formatAuditDetails({ role: 'chair', count: 2, ok: true })).toBe('role: chair, count: 2, ok: true');
    expect(formatAuditDetails({})).toBe('');
  });
});
