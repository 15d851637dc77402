import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const portalRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  root: portalRoot,
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@hocso\/contracts$/, replacement: `${repoRoot}libs/shared/contracts/src/index.ts` },
      { find: /^@hocso\/portal-data-access$/, replacement: `${repoRoot}libs/portal/data-access/src/index.ts` },
      { find: /^@hocso\/portal-ui$/, replacement: `${repoRoot}libs/portal/ui/src/index.ts` },
      { find: /^@hocso\/portal-ui\/styles\.css$/, replacement: `${repoRoot}libs/portal/ui/src/styles.css` },
    ],
  },
  build: {
    outDir: `${repoRoot}dist/apps/portal`,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            { name: 'vendor-graphql', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/ },
            { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next|i18next-browser-languagedetector)[\\/]/ },
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
    },
  },
  preview: {
    port: 4300,
  },
});
