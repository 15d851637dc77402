import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|ico|xml)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const entry = path.join(folder, name);
    return statSync(entry).isDirectory() ? filesUnder(entry) : [entry];
  });
}

/** Writes `<file>.br` and `<file>.gz` of `file` when they are smaller than it; returns the suffixes written. */
export function precompressFile(file: string): string[] {
  const content = readFileSync(file);
  const twins = [
    { suffix: '.br', data: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }) },
    { suffix: '.gz', data: gzipSync(content, { level: 9 }) },
  ];
  const written = twins.filter((twin) => twin.data.length < content.length);
  for (const twin of written) writeFileSync(file + twin.suffix, twin.data);
  return written.map((twin) => twin.suffix);
}

/**
 * Compresses the built portal once, at the best ratio, so that neither the API under `npm start` nor nginx
 * compresses the same files again on every request (both send the `.br` or `.gz` twin the browser accepts).
 */
export function precompressPlugin(outDir: string): Plugin {
  return {
    name: 'hocso-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of filesUnder(outDir)) if (COMPRESSIBLE.test(file)) precompressFile(file);
    },
  };
}
