import { describe, expect, it } from 'vitest';
import { isKnown, unknownWords, words } from '../../../src/components/search/words.ts';

const site = words(
  'The perceptron learns. Training a network: train, trained weights; feed-forward layers, σ(z) and ReLU 0.5.',
).sort();

describe('search words', () => {
  it('reads a text as lower-case words of letters and digits', () => {
    expect(words('Feed-forward, ReLU σ(z) 0.5')).toEqual([
      'feed',
      'forward',
      'relu',
      'σ',
      'z',
      '0',
      '5',
    ]);
  });

  it('knows a word of the site, and any start of one (a word being typed)', () => {
    expect(isKnown(site, 'perceptron')).toBe(true);
    expect(isKnown(site, 'percep')).toBe(true);
    expect(isKnown(site, 'p')).toBe(true);
    expect(isKnown(site, 'relu')).toBe(true);
  });

  it('knows a word that adds a short ending to a site word of four letters or more', () => {
    expect(isKnown(site, 'perceptrons')).toBe(true);
    expect(isKnown(site, 'trains')).toBe(true);
    expect(isKnown(site, 'networks')).toBe(true);
    // "the" is too short a stem, and "perceptronology" adds too much.
    expect(isKnown(site, 'thesis')).toBe(false);
    expect(isKnown(site, 'perceptronology')).toBe(false);
  });

  it('names the words of a query that no page holds', () => {
    expect(unknownWords(site, 'xyzzy')).toEqual(['xyzzy']);
    expect(unknownWords(site, 'Perceptron xyzzy')).toEqual(['xyzzy']);
    expect(unknownWords(site, 'feed-forward perceptron')).toEqual([]);
    expect(unknownWords(site, '   ')).toEqual([]);
  });
});
