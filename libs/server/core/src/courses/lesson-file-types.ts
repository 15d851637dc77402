/** What a FILE lesson may carry: documents, spreadsheets, slides, images and archives — no executables. */
interface AllowedType {
  mimeType: string;
  /** First bytes the content must start with; null for plain text. */
  signature: 'pdf' | 'zip' | 'ole' | 'png' | 'jpeg' | 'text';
}

const ALLOWED: Record<string, AllowedType> = {
  pdf: { mimeType: 'application/pdf', signature: 'pdf' },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', signature: 'zip' },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signature: 'zip' },
  pptx: { mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', signature: 'zip' },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', signature: 'zip' },
  ods: { mimeType: 'application/vnd.oasis.opendocument.spreadsheet', signature: 'zip' },
  odp: { mimeType: 'application/vnd.oasis.opendocument.presentation', signature: 'zip' },
  doc: { mimeType: 'application/msword', signature: 'ole' },
  xls: { mimeType: 'application/vnd.ms-excel', signature: 'ole' },
  ppt: { mimeType: 'application/vnd.ms-powerpoint', signature: 'ole' },
  zip: { mimeType: 'application/zip', signature: 'zip' },
  png: { mimeType: 'image/png', signature: 'png' },
  jpg: { mimeType: 'image/jpeg', signature: 'jpeg' },
  jpeg: { mimeType: 'image/jpeg', signature: 'jpeg' },
  txt: { mimeType: 'text/plain; charset=utf-8', signature: 'text' },
  csv: { mimeType: 'text/csv; charset=utf-8', signature: 'text' },
};

export const ALLOWED_LESSON_FILE_EXTENSIONS = Object.keys(ALLOWED);

const MAGIC: Record<Exclude<AllowedType['signature'], 'text'>, number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46],
  zip: [0x50, 0x4b, 0x03, 0x04],
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  png: [0x89, 0x50, 0x4e, 0x47],
  jpeg: [0xff, 0xd8, 0xff],
};

/**
 * The stored MIME type of an upload, judged by its extension AND its first bytes (a renamed executable
 * is refused); null when the file is not an allowed kind. The browser's declared type is not trusted.
 */
export function lessonFileMimeType(fileName: string, content: Buffer): string | null {
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const allowed = extension ? ALLOWED[extension] : undefined;
  if (!allowed) return null;
  if (allowed.signature === 'text') {
    const sample = content.subarray(0, 4096);
    return sample.includes(0) ? null : allowed.mimeType;
  }
  const magic = MAGIC[allowed.signature];
  return magic.every((byte, index) => content[index] === byte) ? allowed.mimeType : null;
}
