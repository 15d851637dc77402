import * as fontkit from 'fontkit';
import { TrueTypeGlyphs, type TrueTypeSubset } from './truetype-subset';

/** A laid-out string as pdfkit reads it: it scales the positions in place, and sums them for the width. */
class LaidOutRun {
  constructor(
    readonly glyphs: fontkit.Glyph[],
    readonly positions: fontkit.GlyphPosition[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/** Strings whose layout is kept; past that the memory starts again (names and titles are a bounded vocabulary). */
const MAX_REMEMBERED_LAYOUTS = 20_000;

/**
 * A TrueType font read once per process and shared by every PDF: pdfkit takes it where it takes a fontkit font
 * (it asks for `layout` and `createSubset`, and the metrics below). fontkit shapes every word again in each
 * document (pdfkit's layout cache lives and dies with one document), so the layouts are remembered here, and the
 * subset is TrueTypeSubset's, which copies glyph bytes instead of decoding each outline again.
 */
export class ReusableFont {
  private readonly font: fontkit.Font;
  private readonly glyphs: TrueTypeGlyphs;
  private readonly layouts = new Map<string, { glyphs: fontkit.Glyph[]; positions: fontkit.GlyphPosition[] }>();

  // The metrics and tables pdfkit reads from a font; they do not change.
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly xHeight: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly bbox: fontkit.BBOX;
  readonly 'OS/2': fontkit.Os2Table;
  readonly post: unknown;
  readonly head: unknown;

  constructor(file: Buffer) {
    const font = fontkit.create(file) as fontkit.Font & { post: unknown; head: unknown };
    this.font = font;
    this.glyphs = new TrueTypeGlyphs(file);
    ({ postscriptName: this.postscriptName, unitsPerEm: this.unitsPerEm, ascent: this.ascent, descent: this.descent, lineGap: this.lineGap } = font);
    ({ xHeight: this.xHeight, capHeight: this.capHeight, italicAngle: this.italicAngle, bbox: this.bbox, post: this.post, head: this.head } = font);
    this['OS/2'] = font['OS/2'];
  }

  getGlyph(id: number): fontkit.Glyph {
    return this.font.getGlyph(id);
  }

  createSubset(): TrueTypeSubset {
    return this.glyphs.createSubset();
  }

  /** fontkit's layout of the string, with positions of its own for each caller (pdfkit changes them). */
  layout(text: string, features?: string[] | Record<string, boolean>): LaidOutRun {
    let layout = features ? undefined : this.layouts.get(text);
    if (!layout) {
      const run = this.font.layout(text, features);
      layout = { glyphs: run.glyphs, positions: run.positions.map(copyOf) };
      if (!features) {
        if (this.layouts.size >= MAX_REMEMBERED_LAYOUTS) this.layouts.clear();
        this.layouts.set(text, layout);
      }
    }
    return new LaidOutRun(layout.glyphs, layout.positions.map(copyOf));
  }
}

function copyOf(position: fontkit.GlyphPosition): fontkit.GlyphPosition {
  return { xAdvance: position.xAdvance, yAdvance: position.yAdvance, xOffset: position.xOffset, yOffset: position.yOffset };
}
