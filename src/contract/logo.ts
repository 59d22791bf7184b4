import { LOGO_MAX_BYTES, type Logo } from './consultant';

/**
 * Checking a consultant's logo before it is kept and printed on every playbook: a PNG must be a
 * PNG (its signature and header) of a sensible size; an SVG is parsed and rebuilt from an
 * allow-list of drawing elements and attributes, so what is kept can hold no script, no event
 * handler, no link, no external reference, no style sheet, no entity and no foreign content.
 *
 * Why not DOMPurify: the check runs in the workspace service (plain Node, no DOM), where DOMPurify
 * needs jsdom (a large dependency for one field), and DOMPurify's SVG profile is a deny-list over a
 * DOM that keeps more than a logo needs (`<style>`, `<use href>`, filters, `<a>`). A logo needs
 * shapes, text and gradients; rebuilding only those is stricter and small. The logo is also only
 * ever shown through `<img src="data:…">`, where a browser runs no script and loads nothing.
 */

export type LogoCheck = { ok: true; logo: Logo } | { ok: false; reason: 'too_large' | 'not_png' | 'not_svg' | 'bad_base64' };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes of a base64 string (null when it is not base64). */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean) || clean.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean) {
    buffer = (buffer << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Base64 of bytes. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? ALPHABET[n & 63]! : '=');
  }
  return out;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A logo wider or taller than this is not a logo. */
const PNG_MAX_SIDE = 8192;

function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < 33 || PNG_SIGNATURE.some((value, i) => bytes[i] !== value)) return false;
  // The first chunk is IHDR (length 13), with the width and height.
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return type === 'IHDR' && view.getUint32(8) === 13 && width > 0 && height > 0 && width <= PNG_MAX_SIDE && height <= PNG_MAX_SIDE;
}

/** What may stay of an SVG: elements, and the attributes of any of them. */
const ELEMENTS = new Set([
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'desc',
  'defs', 'linearGradient', 'radialGradient', 'stop', 'clipPath',
]);
const ATTRIBUTES = new Set([
  'xmlns', 'version', 'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry',
  'fx', 'fy', 'd', 'points', 'transform', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'clip-rule',
  'clip-path', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing',
  'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'clipPathUnits', 'id', 'dx', 'dy',
]);
/**
 * A value may point only within the logo (`url(#id)`), never anywhere else: no other `url(`, no
 * scheme (`javascript:`, `data:`, `http:`), nothing that could close the attribute.
 */
function safeValue(value: string): boolean {
  if (/[<>"'&\\]/.test(value)) return false;
  const outside = value.replace(/url\(#[A-Za-z][\w.-]*\)/g, '');
  return !/url\(/i.test(outside) && !outside.includes(':');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, code: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[code]) return named[code];
    const value = code.startsWith('#x') ? parseInt(code.slice(2), 16) : Number(code.slice(1));
    return value > 0 && value < 0x110000 ? String.fromCodePoint(value) : '';
  });

/**
 * Rebuilds an SVG from the allow-list: unknown elements go with everything inside them, unknown
 * attributes go, values that reach outside the logo go; comments, processing instructions,
 * DOCTYPEs (and so entities) and CDATA go. Returns null when there is no `<svg>` root or the
 * markup does not nest.
 *
 * @example
 * sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>x</script><rect width="4" height="4"/></svg>');
 * // '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>'
 */
export function sanitizeSvg(markup: string): string | null {
  const source = markup.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>|<!\[CDATA\[[\s\S]*?\]\]>/gi, '');
  const token = /<\/([A-Za-z][\w:.-]*)\s*>|<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  const open: { name: string; kept: boolean }[] = [];
  let out = '';
  let sawRoot = false;
  for (let match = token.exec(source); match; match = token.exec(source)) {
    const [, closing, name, attributes = '', selfClosing, text, stray] = match;
    const dropping = open.some((element) => !element.kept);
    if (stray) return null;
    if (text !== undefined) {
      if (!dropping && open.length > 0) out += escapeText(decodeEntities(text));
      continue;
    }
    if (closing) {
      const top = open.pop();
      if (!top || top.name !== closing) return null;
      if (top.kept && !open.some((element) => !element.kept)) out += `</${closing}>`;
      continue;
    }
    const element = name!;
    if (open.length === 0) {
      if (element !== 'svg' || sawRoot) return null;
      sawRoot = true;
    }
    const kept = !dropping && ELEMENTS.has(element);
    if (kept) {
      let attrs = '';
      for (const attr of attributes.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const key = attr[1]!;
        const value = decodeEntities(attr[2] ?? attr[3] ?? '');
        if (key === 'xmlns') {
          if (value === 'http://www.w3.org/2000/svg') attrs += ` xmlns="${value}"`;
          continue;
        }
        if (!ATTRIBUTES.has(key) || !safeValue(value)) continue;
        attrs += ` ${key}="${value}"`;
      }
      out += `<${element}${attrs}${selfClosing ? '/' : ''}>`;
    }
    if (!selfClosing) open.push({ name: element, kept });
  }
  if (!sawRoot || open.length > 0) return null;
  // An <img> shows an SVG only with its namespace.
  return out.startsWith('<svg xmlns=') || /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(out) ? out : out.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
}

/**
 * Checks a logo: size, and for a PNG its signature and header, for an SVG the allow-list rebuild
 * (the rebuilt SVG is what is kept).
 *
 * @example
 * checkLogo({ mediaType: 'image/svg+xml', data: encodeBase64(new TextEncoder().encode('<svg><rect width="1" height="1"/></svg>')) });
 * // { ok: true, logo: { mediaType: 'image/svg+xml', data: '…' } }
 */
export function checkLogo(logo: Logo): LogoCheck {
  const bytes = decodeBase64(logo.data);
  if (!bytes) return { ok: false, reason: 'bad_base64' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, reason: 'too_large' };
  if (logo.mediaType === 'image/png') return isPng(bytes) ? { ok: true, logo } : { ok: false, reason: 'not_png' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not_svg' };
  }
  const clean = sanitizeSvg(text);
  if (clean === null) return { ok: false, reason: 'not_svg' };
  return { ok: true, logo: { mediaType: 'image/svg+xml', data: encodeBase64(new TextEncoder().encode(clean)) } };
}
