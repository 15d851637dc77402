import sharp from 'sharp';
import { DomainError } from '../errors/domain.error';

/** Covers are shown at 16:9 (the portal draws them 640×360): stored at this size, sharp on a phone's screen. */
export const COVER_IMAGE_WIDTH = 800;
export const COVER_IMAGE_HEIGHT = 450;

/** A photo from a phone camera is about 12 to 50 megapixels; more than this is refused before it is decoded. */
const MAX_INPUT_PIXELS = 60_000_000;

export type CoverSourceKind = 'jpeg' | 'png' | 'webp';

/** The kind of image the bytes start with (JPEG, PNG or WebP); null for anything else, whatever its name says. */
export function coverSourceKind(content: Buffer): CoverSourceKind | null {
  if (content.length >= 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'jpeg';
  if (content.length >= 8 && content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (content.length >= 12 && content.toString('latin1', 0, 4) === 'RIFF' && content.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

export interface CoverImage {
  content: Buffer;
  width: number;
  height: number;
}

/**
 * The cover as stored: decoded (so a file that only starts like an image is refused), turned upright,
 * cropped to 16:9 around its centre, scaled to COVER_IMAGE_WIDTH × COVER_IMAGE_HEIGHT and re-encoded as
 * WebP without its metadata (no camera GPS position leaves the server).
 */
export async function coverImageOf(content: Buffer): Promise<CoverImage> {
  const kind = coverSourceKind(content);
  if (!kind) throw DomainError.badInput('file', 'course.coverKind');
  try {
    const image = sharp(content, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const metadata = await image.metadata();
    if (metadata.format !== kind) throw DomainError.badInput('file', 'course.coverKind');
    const { data, info } = await image
      .rotate()
      .resize(COVER_IMAGE_WIDTH, COVER_IMAGE_HEIGHT, { fit: 'cover' })
      .webp({ quality: 78 })
      .toBuffer({ resolveWithObject: true });
    return { content: data, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw DomainError.badInput('file', 'course.coverUnreadable', { megapixels: MAX_INPUT_PIXELS / 1_000_000 });
  }
}
