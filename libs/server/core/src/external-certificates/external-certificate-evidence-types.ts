import { lessonFileMimeType } from '../courses/lesson-file-types';

/** The kinds an evidence file may be: a scan or photo of a certificate, or its PDF. */
export const EVIDENCE_FILE_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'] as const;

/**
 * The MIME type of an evidence upload, judged by its name AND its first bytes (a renamed page or program is
 * refused); null when it is not a real PDF, JPEG or PNG.
 */
export function evidenceFileMimeType(fileName: string, content: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (!extension || !(EVIDENCE_FILE_EXTENSIONS as readonly string[]).includes(extension)) return null;
  return lessonFileMimeType(fileName, content) as 'application/pdf' | 'image/jpeg' | 'image/png' | null;
}
