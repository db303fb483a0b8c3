import { describe, expect, it } from 'vitest';
import { lineDiff } from './lineDiff';

describe('the diff shown before a config file is saved', () => {
  it('keeps common lines and shows what goes and what comes, in order', () => {
    const shown = lineDiff('a\nb\nc', 'a\nB\nc\nd').map((l) => l.kind + l.text);
    expect(shown).toEqual([' a', '-b', '+B', ' c', '+d']);
  });

  it('shows nothing but kept lines for equal texts', () => {
    expect(lineDiff('x\ny', 'x\ny').every((l) => l.kind === ' ')).toBe(true);
  });
});
