import { describe, expect, it } from 'vitest';
import { nextDraft, nextLastSent } from './field-sync';

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

describe('nextLastSent', () => {
  it('remembers its own text while the document holds it', () => {
    expect(nextLastSent({ value: 'Hello', lastSent: 'Hello' })).toBe('Hello');
  });

  it('forgets it once the document changed to something else', () => {
    expect(nextLastSent({ value: 'Hello', lastSent: 'Hello world' })).toBeNull();
  });

  it('a focused field follows Ctrl+Z and then Ctrl+Shift+Z: the redo is not mistaken for its own typing', () => {
    // The field as useFieldDraft keeps it: it typed "Hello world" and sent it.
    let field = { draft: 'Hello world', lastSent: 'Hello world' as string | null };
    const documentChanges = (value: string) => {
      field = { draft: nextDraft({ focused: true, ...field, value }), lastSent: nextLastSent({ value, lastSent: field.lastSent }) };
    };
    documentChanges('Hello'); // undo
    expect(field.draft).toBe('Hello');
    documentChanges('Hello world'); // redo
    expect(field.draft).toBe('Hello world');
  });
});
