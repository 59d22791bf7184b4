// The playbook's typeface, bundled (no network): Source Sans 3 covers Danish (æ ø å) in its latin
// subset; latin-ext is there for names beyond it. Chromium embeds the subsets the PDF uses.
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-ext-600.css';
import '@fontsource/source-sans-3/latin-ext-700.css';
import '@fontsource/source-sans-3/latin-400-italic.css';
import '@fontsource/source-sans-3/latin-ext-400-italic.css';
import '@fontsource/source-sans-3/latin-300.css';

/** Every face the playbook sets text in, as CSS font shorthands. */
const FACES = ['300 1em "Source Sans 3"', '400 1em "Source Sans 3"', 'italic 400 1em "Source Sans 3"', '600 1em "Source Sans 3"', '700 1em "Source Sans 3"'];

/**
 * Resolves when the playbook's fonts are loaded: a layout measured before that would be measured
 * in a fallback font, and its page breaks would be wrong.
 */
export async function playbookFontsReady(): Promise<void> {
  await Promise.all(FACES.map((face) => document.fonts.load(face, 'Aa æøå ÆØÅ 0123456789')));
  await document.fonts.ready;
}
