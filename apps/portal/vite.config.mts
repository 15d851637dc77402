import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { appIconsPlugin, APP_ICON_FILES } from './build/app-icons-plugin';
import { graphqlDocumentsPlugin } from './build/graphql-documents-plugin';
import { precompressPlugin } from './build/precompress-plugin';
import { serviceWorkerPlugin } from './build/service-worker-plugin';

const portalRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${repoRoot}dist/apps/portal`;
const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  root: portalRoot,
  plugins: [
    graphqlDocumentsPlugin(`${repoRoot}libs/portal/data-access/src/generated/graphql.ts`),
    react(),
    appIconsPlugin(),
    serviceWorkerPlugin(`${portalRoot}service-worker/sw.js`, ['manifest.webmanifest', 'favicon.svg', ...APP_ICON_FILES.filter((file) => file.startsWith('icons/icon-'))]),
    precompressPlugin(outDir),
  ],
  resolve: {
    alias: [
      { find: /^@hocso\/contracts$/, replacement: `${repoRoot}libs/shared/contracts/src/index.ts` },
      { find: /^@hocso\/portal-data-access$/, replacement: `${repoRoot}libs/portal/data-access/src/index.ts` },
      { find: /^@hocso\/portal-ui$/, replacement: `${repoRoot}libs/portal/ui/src/index.ts` },
      { find: /^@hocso\/portal-ui\/styles\.css$/, replacement: `${repoRoot}libs/portal/ui/src/styles.css` },
    ],
  },
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            { name: 'vendor-graphql', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/ },
            { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
      '/health': { target: apiTarget, changeOrigin: true },
      '/uploads': { target: apiTarget, changeOrigin: true },
      '/files': { target: apiTarget, changeOrigin: true },
      '/question-banks': { target: apiTarget, changeOrigin: true },
      '/credentials': { target: apiTarget, changeOrigin: true },
      '/.well-known': { target: apiTarget, changeOrigin: true },
      // Only the exports: /exams/… is otherwise the portal's own pages.
      '^/exams/[^/]+/statistics\\.(csv|xlsx)$': { target: apiTarget, changeOrigin: true },
      '^/live-sessions/[^/]+/calendar\\.ics$': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    port: 4300,
  },
});
