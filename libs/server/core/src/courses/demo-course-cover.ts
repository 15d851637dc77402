import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { FileStorage } from '../storage/file-storage';
import { COVER_IMAGE_HEIGHT, COVER_IMAGE_WIDTH } from './course-cover-image';
import { courseCoverStorageKey, courseCoverUrl } from './course-cover-key';

const PALETTES: Array<[string, string, string]> = [
  ['#0b5cad', '#27a4dd', '#ffd166'],
  ['#1b7f5b', '#63c28e', '#f4f1de'],
  ['#7a2e8e', '#c06bd1', '#ffe66d'],
  ['#b5462b', '#f08a4b', '#fff3b0'],
  ['#24476b', '#4f8fc0', '#a8dadc'],
];

/** A small generated cover (gradient and shapes, no text) for the demo course at this position in the seed. */
export async function demoCoverImage(index: number): Promise<Buffer> {
  const [dark, light, accent] = PALETTES[index % PALETTES.length];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_IMAGE_WIDTH}" height="${COVER_IMAGE_HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${620 - index * 40}" cy="${120 + index * 30}" r="150" fill="${accent}" fill-opacity="0.35"/>
    <rect x="70" y="${260 - index * 12}" width="300" height="120" rx="18" fill="#ffffff" fill-opacity="0.25"/>
    <rect x="100" y="${290 - index * 12}" width="180" height="16" rx="8" fill="#ffffff" fill-opacity="0.8"/>
    <rect x="100" y="${320 - index * 12}" width="120" height="16" rx="8" fill="#ffffff" fill-opacity="0.6"/>
  </svg>`;
  return sharp(Buffer.from(svg)).webp({ quality: 78 }).toBuffer();
}

/** Stores the demo cover of a course and answers its URL, as an upload would have. */
export async function storeDemoCover(storage: FileStorage, courseId: string, index: number): Promise<string> {
  const content = await demoCoverImage(index);
  const url = courseCoverUrl(courseId, createHash('sha256').update(content).digest('hex').slice(0, 32));
  await storage.put(courseCoverStorageKey(url) as string, content, 'image/webp');
  return url;
}
