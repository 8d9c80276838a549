import { describe, expect, it } from 'vitest';
import { classifyMediaError, DeviceProblem } from './devices.ts';

function domError(name: string): Error {
  const error = new Error('x');
  error.name = name;
  return error;
}

describe('classifyMediaError', () => {
  it.each([
    ['NotAllowedError', DeviceProblem.DENIED],
    ['SecurityError', DeviceProblem.DENIED],
    ['NotFoundError', DeviceProblem.NOT_FOUND],
    ['OverconstrainedError', DeviceProblem.NOT_FOUND],
    ['NotReadableError', DeviceProblem.IN_USE],
    ['TypeError', DeviceProblem.UNSUPPORTED],
    ['WhateverError', DeviceProblem.OTHER],
  ])('%s → %s', (name, problem) => {
    expect(classifyMediaError(domError(name))).toBe(problem);
  });

  it('accepts DOMException-like objects and junk', () => {
    expect(classifyMediaError({ name: 'NotAllowedError' })).toBe(DeviceProblem.DENIED);
    expect(classifyMediaError(undefined)).toBe(DeviceProblem.OTHER);
  });
});
