import { describe, expect, it } from 'vitest';
import { cleanCode } from '../../../src/live/join-code.ts';

describe('join codes', () => {
  it('accepts a code in any case, with spaces or a dash', () => {
    expect(cleanCode('k7qm2p')).toBe('K7QM2P');
    expect(cleanCode(' K7Q-M2P ')).toBe('K7QM2P');
    expect(cleanCode('k7q m2p')).toBe('K7QM2P');
  });

  it('refuses look-alike characters, wrong lengths and other signs', () => {
    for (const bad of ['K7QM2O', 'K7QM21', 'K7QM2I', 'K7QM2L', 'K7QM2', 'K7QM2PP', 'K7QM2!', ''])
      expect(cleanCode(bad), bad).toBeNull();
  });
});
