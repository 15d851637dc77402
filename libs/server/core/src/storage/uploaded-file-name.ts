import { DomainError } from '../errors/domain.error';

/** An uploaded file's name as stored and shown: UTF-8 as the browser sent it, NFC, without path or control characters, at most 255 characters. */
export function cleanUploadedFileName(raw: string): string {
  // multer hands over the name as latin1 bytes of the UTF-8 the browser sent.
  const decoded = Buffer.from(raw, 'latin1').toString('utf8');
  const name = (decoded.includes('\uFFFD') ? raw : decoded)
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, '_')
    .replace(/\p{Cc}+/gu, '_')
    .trim()
    .slice(-255);
  if (!name || name === '.' || name === '..') throw DomainError.badInput('file', 'course.fileNameMissing');
  return name;
}
