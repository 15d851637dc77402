import type { Plugin } from 'vite';
import { drawAppIcon } from './app-icon';
import { encodeIcoWithPng, encodePng } from './png-encoder';

/** The icons public/manifest.webmanifest and index.html name, by file name in the built portal. */
export const APP_ICON_FILES = ['icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png', 'icons/apple-touch-icon.png', 'favicon.ico'] as const;

function png(size: number, maskable = false): Buffer {
  return encodePng(size, size, drawAppIcon(size, maskable));
}

/** Writes the PNG icons of the web app manifest and the favicon.ico of old browsers into the build. */
export function appIconsPlugin(): Plugin {
  return {
    name: 'hocso-app-icons',
    apply: 'build',
    generateBundle() {
      const sources: Record<(typeof APP_ICON_FILES)[number], Buffer> = {
        'icons/icon-192.png': png(192),
        'icons/icon-512.png': png(512),
        'icons/icon-maskable-512.png': png(512, true),
        'icons/apple-touch-icon.png': png(180, true),
        'favicon.ico': encodeIcoWithPng(32, png(32)),
      };
      for (const fileName of APP_ICON_FILES) this.emitFile({ type: 'asset', fileName, source: sources[fileName] });
    },
  };
}
