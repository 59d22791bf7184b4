import { describe, expect, it } from 'vitest';
import { nextDraft } from './field-sync';

describe('nextDraft', () => {
  it('shows the document when the field has no focus', () => {
    expect(nextDraft({ focused: false, draft: 'typed', value: 'doc', lastSent: 'typed' })).toBe('doc');
  });

  it('keeps the draft while its own typing comes back (no caret jump mid-word)', () => {
    expect(nextDraft({ focused: true, draft: 'Hello', value: 'Hello', lastSent: 'Hello' })).toBe('Hello');
    // An invalid draft is not sent: the document still holds the last sent value.
    expect(nextDraft({ focused: true, draft: '', value: 'Kick-off', lastSent: 'Kick-off' })).toBe('');
  });

  it('follows an undo (Ctrl+Z) or another window while focused: field and document agree', () => {
    expect(nextDraft({ focused: true, draft: 'Hello world', value: 'Hello', lastSent: 'Hello world' })).toBe('Hello');
    expect(nextDraft({ focused: true, draft: 'Mine', value: 'Theirs', lastSent: null })).toBe('Theirs');
  });
});
