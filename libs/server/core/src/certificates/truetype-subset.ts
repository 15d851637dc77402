/**
 * The font program a PDF embeds for a TrueType font: the glyphs a document uses, renumbered in the order it
 * used them (glyph 0, the missing glyph, first), with the tables a PDF reader needs (head, hhea, maxp, loca,
 * glyf, hmtx, and the hinting tables cvt, fpgm and prep as they are). fontkit's own subsetter decodes every
 * glyph's outline again for each document, which was a third of a certificate's PDF; here a font is read once
 * (TrueTypeGlyphs) and a subset only copies bytes.
 */

/** Composite glyph flags (OpenType `glyf` table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Where a component glyph id sits in its composite glyph's data, and which glyph it names. */
interface ComponentReference {
  offset: number;
  glyphId: number;
}

interface SourceGlyph {
  data: Buffer;
  components: ComponentReference[];
  advanceWidth: number;
  leftSideBearing: number;
}

/** The tables of a TrueType font, and each glyph's data, read once. */
export class TrueTypeGlyphs {
  private readonly tables = new Map<string, Buffer>();
  private readonly glyphs: SourceGlyph[] = [];

  constructor(font: Uint8Array) {
    const file = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
    const tableCount = file.readUInt16BE(4);
    for (let i = 0; i < tableCount; i += 1) {
      const entry = 12 + i * 16;
      const offset = file.readUInt32BE(entry + 8);
      this.tables.set(file.toString('latin1', entry, entry + 4), file.subarray(offset, offset + file.readUInt32BE(entry + 12)));
    }
    for (const tag of ['head', 'hhea', 'maxp', 'loca', 'glyf', 'hmtx']) {
      if (!this.tables.has(tag)) throw new Error(`not a TrueType font with outlines: no ${tag} table`);
    }
    const glyphCount = this.table('maxp').readUInt16BE(4);
    const longOffsets = this.table('head').readInt16BE(50) === 1;
    const loca = this.table('loca');
    const glyf = this.table('glyf');
    const hmtx = this.table('hmtx');
    const metricCount = this.table('hhea').readUInt16BE(34);
    const offsetOf = (id: number) => (longOffsets ? loca.readUInt32BE(id * 4) : loca.readUInt16BE(id * 2) * 2);
    for (let id = 0; id < glyphCount; id += 1) {
      const data = glyf.subarray(offsetOf(id), offsetOf(id + 1));
      const metric = Math.min(id, metricCount - 1);
      this.glyphs.push({
        data,
        components: data.length > 0 && data.readInt16BE(0) < 0 ? componentsOf(data) : [],
        advanceWidth: hmtx.readUInt16BE(metric * 4),
        leftSideBearing: id < metricCount ? hmtx.readInt16BE(id * 4 + 2) : hmtx.readInt16BE(metricCount * 4 + (id - metricCount) * 2),
      });
    }
  }

  get glyphCount(): number {
    return this.glyphs.length;
  }

  glyph(id: number): SourceGlyph {
    const glyph = this.glyphs[id];
    if (!glyph) throw new Error(`the font has no glyph ${id}`);
    return glyph;
  }

  table(tag: string): Buffer {
    const table = this.tables.get(tag);
    if (!table) throw new Error(`the font has no ${tag} table`);
    return table;
  }

  optionalTable(tag: string): Buffer | undefined {
    return this.tables.get(tag);
  }

  createSubset(): TrueTypeSubset {
    return new TrueTypeSubset(this);
  }
}

function componentsOf(data: Buffer): ComponentReference[] {
  const components: ComponentReference[] = [];
  let position = 10;
  for (;;) {
    const flags = data.readUInt16BE(position);
    components.push({ offset: position + 2, glyphId: data.readUInt16BE(position + 2) });
    position += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) position += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) position += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) position += 8;
    if (!(flags & MORE_COMPONENTS)) return components;
  }
}

/** The glyphs one document uses, as pdfkit asks for them (it takes `includeGlyph` and `encode` of a fontkit subset). */
export class TrueTypeSubset {
  private readonly glyphIds: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly source: TrueTypeGlyphs) {
    this.includeGlyph(0);
  }

  /** The glyph's number in the subset, the components of a composite glyph included after it. */
  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    const known = this.mapping.get(id);
    if (known !== undefined) return known;
    this.source.glyph(id);
    this.glyphIds.push(id);
    this.mapping.set(id, this.glyphIds.length - 1);
    return this.glyphIds.length - 1;
  }

  encode(): Uint8Array {
    const glyphData: Buffer[] = [];
    // Components of composite glyphs join the list as it is walked (an array iterator reads the length each step).
    for (const id of this.glyphIds) glyphData.push(this.renumbered(this.source.glyph(id)));
    const count = this.glyphIds.length;
    const loca = Buffer.alloc((count + 1) * 4);
    let offset = 0;
    glyphData.forEach((data, index) => {
      loca.writeUInt32BE(offset, index * 4);
      offset += data.length;
    });
    loca.writeUInt32BE(offset, count * 4);
    const hmtx = Buffer.alloc(count * 4);
    this.glyphIds.forEach((id, index) => {
      const glyph = this.source.glyph(id);
      hmtx.writeUInt16BE(glyph.advanceWidth, index * 4);
      hmtx.writeInt16BE(glyph.leftSideBearing, index * 4 + 2);
    });
    const head = Buffer.from(this.source.table('head'));
    head.writeUInt32BE(0, 8);
    head.writeInt16BE(1, 50);
    const hhea = Buffer.from(this.source.table('hhea'));
    hhea.writeUInt16BE(count, 34);
    const maxp = Buffer.from(this.source.table('maxp'));
    maxp.writeUInt16BE(count, 4);
    const tables = new Map<string, Buffer>([
      ['head', head],
      ['hhea', hhea],
      ['maxp', maxp],
      ['loca', loca],
      ['glyf', Buffer.concat(glyphData)],
      ['hmtx', hmtx],
    ]);
    for (const tag of ['cvt ', 'fpgm', 'prep']) {
      const table = this.source.optionalTable(tag);
      if (table) tables.set(tag, table);
    }
    return fontFile(tables);
  }

  /** The glyph's data with the ids of its components as numbered in this subset (including them as it goes). */
  private renumbered(glyph: SourceGlyph): Buffer {
    if (glyph.components.length === 0) return glyph.data;
    const data = Buffer.from(glyph.data);
    for (const component of glyph.components) data.writeUInt16BE(this.includeGlyph(component.glyphId), component.offset);
    return data;
  }
}

/** A TrueType file of the tables: sorted directory, each table 4-byte aligned, checksums and head's checkSumAdjustment. */
function fontFile(tables: Map<string, Buffer>): Buffer {
  const sorted = [...tables.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const headerLength = 12 + sorted.length * 16;
  const padded = (length: number) => (length + 3) & ~3;
  const file = Buffer.alloc(headerLength + sorted.reduce((sum, [, table]) => sum + padded(table.length), 0));
  const power = 2 ** Math.floor(Math.log2(sorted.length));
  file.writeUInt32BE(0x00010000, 0);
  file.writeUInt16BE(sorted.length, 4);
  file.writeUInt16BE(power * 16, 6);
  file.writeUInt16BE(Math.log2(power), 8);
  file.writeUInt16BE(sorted.length * 16 - power * 16, 10);
  let offset = headerLength;
  let headOffset = 0;
  sorted.forEach(([tag, table], index) => {
    table.copy(file, offset);
    const entry = 12 + index * 16;
    file.write(tag, entry, 'latin1');
    file.writeUInt32BE(checksum(file, offset, padded(table.length)), entry + 4);
    file.writeUInt32BE(offset, entry + 8);
    file.writeUInt32BE(table.length, entry + 12);
    if (tag === 'head') headOffset = offset;
    offset += padded(table.length);
  });
  file.writeUInt32BE((0xb1b0afba - checksum(file, 0, file.length)) >>> 0, headOffset + 8);
  return file;
}

function checksum(buffer: Buffer, start: number, length: number): number {
  let sum = 0;
  for (let position = start; position < start + length; position += 4) sum = (sum + buffer.readUInt32BE(position)) >>> 0;
  return sum;
}
