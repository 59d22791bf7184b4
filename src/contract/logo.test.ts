import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOGO_MAX_BYTES, playbookSettingsOf } from './consultant';
import { checkLogo, decodeBase64, encodeBase64, sanitizeSvg } from './logo';

const utf8 = (text: string) => encodeBase64(new TextEncoder().encode(text));
const svgOf = (data: string) => new TextDecoder().decode(decodeBase64(data)!);

/** The smallest PNG: signature, an IHDR of 1 × 1, and the rest of a file (not decoded here). */
function png(width = 1, height = 1): Uint8Array {
  const bytes = new Uint8Array(45);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('the consultant’s logo', () => {
  it('keeps a PNG with its signature and a sensible size, refuses anything else named PNG', () => {
    expect(checkLogo({ mediaType: 'image/png', data: encodeBase64(png()) })).toEqual({ ok: true, logo: { mediaType: 'image/png', data: encodeBase64(png()) } });
    expect(checkLogo({ mediaType: 'image/png', data: utf8('<svg/>') })).toEqual({ ok: false, reason: 'not_png' });
    expect(checkLogo({ mediaType: 'image/png', data: encodeBase64(png(20_000, 10)) })).toEqual({ ok: false, reason: 'not_png' });
    expect(checkLogo({ mediaType: 'image/png', data: 'not base64!' })).toEqual({ ok: false, reason: 'bad_base64' });
  });

  it('refuses a logo over the size cap', () => {
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(png());
    expect(checkLogo({ mediaType: 'image/png', data: encodeBase64(big) })).toEqual({ ok: false, reason: 'too_large' });
  });

  it('rebuilds an SVG without scripts, handlers, links, styles, entities or outside references', () => {
    const hostile = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "boom">]><!-- hi -->
      <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
        <script>alert(2)</script><style>rect { fill: url(http://evil/) }</style>
        <a href="javascript:alert(3)"><rect width="5" height="5"/></a>
        <image href="http://evil/x.png" width="1" height="1"/>
        <use xlink:href="#r"/><foreignObject><div>html</div></foreignObject>
        <rect id="r" width="10" height="4" fill="url(#g)" stroke="url(http://evil/)" style="fill:red" transform="translate(1 2) rotate(45)"/>
        <linearGradient id="g"><stop offset="0" stop-color="#0f4c81"/></linearGradient>
        <text x="1" y="9" font-family="Source Sans 3">Lykke &amp; Mørch</text>
      </svg>`;
    const clean = sanitizeSvg(hostile)!;
    // Whitespace between elements stays as it was typed.
    expect(clean.replace(/>\s+</g, '><')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">' +
        '<rect id="r" width="10" height="4" fill="url(#g)" transform="translate(1 2) rotate(45)"/>' +
        '<linearGradient id="g"><stop offset="0" stop-color="#0f4c81"/></linearGradient>' +
        '<text x="1" y="9" font-family="Source Sans 3">Lykke &amp; Mørch</text></svg>',
    );
    for (const bad of ['script', 'alert', 'evil', 'href', 'style', 'ENTITY', 'foreignObject', 'onload', 'javascript']) expect(clean).not.toContain(bad);
    const checked = checkLogo({ mediaType: 'image/svg+xml', data: utf8(hostile) });
    expect(checked.ok && svgOf(checked.logo.data)).toBe(clean);
  });

  it('refuses what is not an SVG or does not nest', () => {
    for (const text of ['<html><body/></html>', '<svg><rect></svg>', '<svg/><svg/>', '<svg><rect width=5/></svg>', 'plain text']) {
      expect(checkLogo({ mediaType: 'image/svg+xml', data: utf8(text) }), text).toEqual({ ok: false, reason: 'not_svg' });
    }
    expect(sanitizeSvg('<svg><rect width="1" height="1"/></svg>')).toBe('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
  });

  it('never lets markup out of an attribute or text, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (value, text) => {
        const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text fill="${value.replace(/"/g, '')}">${text.replace(/</g, '')}</text></svg>`;
        const clean = sanitizeSvg(svg);
        if (clean === null) return;
        expect(clean.match(/</g)?.length).toBe(4);
        expect(clean).not.toMatch(/\son\w+=/i);
      }),
    );
  });

  it('base64 goes there and back (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
      }),
    );
  });
});

describe('a workspace’s playbook settings', () => {
  it('fall back to the defaults part by part', () => {
    expect(playbookSettingsOf({}).control.status).toBe('draft');
    const read = playbookSettingsOf({ playbook: { consultant: { firmName: 'Lykke & Co', accent: 'red', logo: null }, control: { version: '2.0', status: 'final' } } });
    expect(read.consultant.firmName).toBe('');
    expect(read.control).toMatchObject({ version: '2.0', status: 'final', issueDate: '' });
  });
});
