import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { TrueTypeGlyphs } from './truetype-subset';

const file = readFileSync(require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'));
const source = fontkit.create(file) as fontkit.Font;

describe('TrueTypeSubset', () => {
  it('keeps the outline and advance of every glyph it was given, renumbered in order, with the components of composite glyphs', () => {
    const glyphs = new TrueTypeGlyphs(file);
    const subset = glyphs.createSubset();
    const used = source.layout('Trần Văn Hưởng ỹ ữ ự ộ Ưởng 2026'.normalize('NFD')).glyphs;
    const numbers = used.map((glyph) => subset.includeGlyph(glyph.id));
    expect(numbers[0]).toBe(1);
    const parsed = fontkit.create(Buffer.from(subset.encode())) as fontkit.Font;
    expect(parsed.numGlyphs).toBeGreaterThanOrEqual(new Set(used.map((glyph) => glyph.id)).size + 1);
    used.forEach((glyph, index) => {
      const copy = parsed.getGlyph(numbers[index]!);
      expect(copy.advanceWidth).toBe(glyph.advanceWidth);
      expect(copy.path.toSVG()).toBe(glyph.path.toSVG());
    });
    expect(parsed.getGlyph(0).path.toSVG()).toBe(source.getGlyph(0).path.toSVG());
  });

  it('includes the components of a composite glyph after it, renumbered inside it', () => {
    // Be Vietnam Pro has no composite glyph: one is added, made of the glyphs of "Ư" and "̉" side by side.
    const [base, mark] = source.glyphsForString('Ư\u0309').map((glyph) => glyph.id) as [number, number];
    const withComposite = fontWithComposite(file, [base, mark]);
    const font = fontkit.create(withComposite) as fontkit.Font;
    const composite = font.numGlyphs - 1;
    const subset = new TrueTypeGlyphs(withComposite).createSubset();
    expect(subset.includeGlyph(composite)).toBe(1);
    const parsed = fontkit.create(Buffer.from(subset.encode())) as fontkit.Font;
    expect(parsed.numGlyphs).toBe(4);
    expect(parsed.getGlyph(1).path.toSVG()).toBe(font.getGlyph(composite).path.toSVG());
    expect(parsed.getGlyph(2).path.toSVG()).toBe(font.getGlyph(base).path.toSVG());
    expect(parsed.getGlyph(3).path.toSVG()).toBe(font.getGlyph(mark).path.toSVG());
  });

  it('refuses a glyph the font does not have', () => {
    expect(() => new TrueTypeGlyphs(file).createSubset().includeGlyph(100_000)).toThrow(/no glyph 100000/);
  });
});

/** The font with one more glyph: a composite of `components`, the second shifted right by 300 units (word arguments). */
function fontWithComposite(font: Buffer, components: number[]): Buffer {
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < font.readUInt16BE(4); i += 1) {
    const entry = 12 + i * 16;
    const offset = font.readUInt32BE(entry + 8);
    tables.set(font.toString('latin1', entry, entry + 4), font.subarray(offset, offset + font.readUInt32BE(entry + 12)));
  }
  const count = tables.get('maxp')!.readUInt16BE(4);
  const loca = tables.get('loca')!;
  const offsets = Array.from({ length: count + 1 }, (_, id) => loca.readUInt16BE(id * 2) * 2);
  const composite = Buffer.alloc(10 + components.length * 8);
  composite.writeInt16BE(-1, 0);
  components.forEach((glyphId, index) => {
    const at = 10 + index * 8;
    composite.writeUInt16BE(0x0001 | 0x0002 | (index < components.length - 1 ? 0x0020 : 0), at);
    composite.writeUInt16BE(glyphId, at + 2);
    composite.writeInt16BE(index * 300, at + 4);
  });
  const newLoca = Buffer.alloc((count + 2) * 4);
  offsets.forEach((offset, id) => newLoca.writeUInt32BE(offset, id * 4));
  newLoca.writeUInt32BE(offsets[count]! + composite.length, (count + 1) * 4);
  const head = Buffer.from(tables.get('head')!);
  head.writeInt16BE(1, 50);
  const maxp = Buffer.from(tables.get('maxp')!);
  maxp.writeUInt16BE(count + 1, 4);
  const hhea = Buffer.from(tables.get('hhea')!);
  const metrics = hhea.readUInt16BE(34);
  const hmtx = tables.get('hmtx')!;
  // The added glyph needs a long metric: every glyph after the old metrics moves into the long part.
  const longMetrics = Buffer.alloc((count + 1) * 4);
  for (let id = 0; id < count; id += 1) {
    longMetrics.writeUInt16BE(hmtx.readUInt16BE(Math.min(id, metrics - 1) * 4), id * 4);
    longMetrics.writeInt16BE(id < metrics ? hmtx.readInt16BE(id * 4 + 2) : hmtx.readInt16BE(metrics * 4 + (id - metrics) * 2), id * 4 + 2);
  }
  longMetrics.writeUInt16BE(1200, count * 4);
  hhea.writeUInt16BE(count + 1, 34);
  const changed = new Map(tables);
  changed.set('head', head).set('maxp', maxp).set('hhea', hhea).set('hmtx', longMetrics).set('loca', newLoca);
  changed.set('glyf', Buffer.concat([tables.get('glyf')!.subarray(0, offsets[count]), composite]));
  return plainFontFile(changed);
}

function plainFontFile(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const parts: Buffer[] = [];
  const header = Buffer.alloc(12 + tags.length * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(tags.length, 4);
  let offset = header.length;
  tags.forEach((tag, index) => {
    const table = tables.get(tag)!;
    const padded = Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4)]);
    header.write(tag, 12 + index * 16, 'latin1');
    header.writeUInt32BE(offset, 12 + index * 16 + 8);
    header.writeUInt32BE(table.length, 12 + index * 16 + 12);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...parts]);
}
