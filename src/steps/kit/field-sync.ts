/**
 * What a text field bound to the document shows when the document's value changes. While the
 * field has focus it keeps the user's draft (a broadcast of an earlier keystroke never moves the
 * caret), unless the document changed to something this field did not send: an undo or redo
 * (Ctrl+Z), a restore, another window. Then the field shows the document, so the two agree at
 * every moment, not only once the field loses focus.
 *
 * @example
 * nextDraft({ focused: true, draft: 'abc', value: 'ab', lastSent: 'abc' }) // 'ab' (undone)
 */
export function nextDraft(state: { focused: boolean; draft: string; value: string; lastSent: string | null }): string {
  if (!state.focused) return state.value;
  if (state.value === state.lastSent) return state.draft;
  return state.value;
}

/**
 * What a field remembers having sent, once the document's value has changed: still its text when
 * the document holds it, else nothing. A field that followed an undo has not sent the text the
 * redo brings back, so it follows the redo too.
 *
 * @example
 * nextLastSent({ value: 'ab', lastSent: 'abc' }) // null (undone: a redo to 'abc' is followed)
 */
export function nextLastSent(state: { value: string; lastSent: string | null }): string | null {
  return state.value === state.lastSent ? state.lastSent : null;
}
