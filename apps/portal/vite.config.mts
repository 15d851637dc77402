import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { appIconsPlugin, APP_ICON_FILES } from './build/app-icons-plugin';
import { graphqlDocumentsPlugin } from './build/graphql-documents-plugin';
import { precompressPlugin } from './build/precompress-plugin';
import { routePreloadPlugin } from './build/route-preload-plugin';
import { serviceWorkerPlugin } from './build/service-worker-plugin';
import { stylesheetFirstPlugin } from './build/stylesheet-first-plugin';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY } from './src/i18n/languages';

const portalRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${repoRoot}dist/apps/portal`;
const apiTarget = 'http://127.0.0.1:3000';
const ROUTE_PRELOADER = 'preload-route';

// Chunks the app's entry imports statically (the vendor groups below and the bundler's runtime).
const LOADED_WITH_THE_APP = /(^|\/)(vendor-react|vendor-graphql|vendor-i18n|rolldown-runtime)-[^/]+\.js$/;

// The pages a visitor most often opens first (a shared link, a bookmark): their scripts are fetched with the app's.
const PRELOADED_ROUTES = [
  { pattern: '^/courses/?$', page: '/src/features/courses/catalogue/catalogue-page.tsx' },
  { pattern: '^/courses/[^/]+/?$', page: '/src/features/courses/course/course-page.tsx' },
  { pattern: '^/exams/?$', page: '/src/features/exams/landing/open-exams-page.tsx' },
  { pattern: '^/exams/[^/]+/?$', page: '/src/features/exams/landing/exam-landing-page.tsx' },
  { pattern: '^/exams/[^/]+/attempts/[^/]+/?$', page: '/src/features/exams/attempt/attempt-page.tsx' },
  { pattern: '^/sign-in/?$', page: '/src/features/auth/sign-in-page.tsx' },
  { pattern: '^/my-learning/?$', page: '/src/features/courses/my-learning/my-learning-page.tsx' },
];
// The feature texts every page but the home page waits for (src/i18n/resources.ts), and English's shell texts.
const PRELOADED_TEXTS = {
  vi: [/\/src\/features\/[^/]+\/i18n\/vi\.json$/],
  en: [/\/src\/features\/[^/]+\/i18n\/en\.json$/, /\/src\/i18n\/en\.json$/],
};

export default defineConfig({
  root: portalRoot,
  plugins: [
    graphqlDocumentsPlugin(`${repoRoot}libs/portal/data-access/src/generated/graphql.ts`),
    react(),
    appIconsPlugin(),
    serviceWorkerPlugin(`${portalRoot}service-worker/sw.js`, ['manifest.webmanifest', 'favicon.svg', ...APP_ICON_FILES.filter((file) => file.startsWith('icons/icon-'))]),
    routePreloadPlugin(ROUTE_PRELOADER, PRELOADED_ROUTES, PRELOADED_TEXTS, { storageKey: LANGUAGE_STORAGE_KEY, default: DEFAULT_LANGUAGE }),
    stylesheetFirstPlugin(),
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
    // Every browser the portal supports but Safari before 17 preloads modules itself; there the links are only
    // a hint, and the polyfill's bytes are better spent on the route preloader (the home page's 150 KB budget).
    modulePreload: {
      polyfill: false,
      // The vendor chunks are loaded with the app itself, before any page is imported: listing them again with
      // each of the pages imported on demand only adds bytes to the first script.
      resolveDependencies: (_file, dependencies, { hostType }) => (hostType === 'js' ? dependencies.filter((dependency) => !LOADED_WITH_THE_APP.test(dependency)) : dependencies),
    },
    rolldownOptions: {
      input: { index: `${portalRoot}index.html`, [ROUTE_PRELOADER]: `${portalRoot}src/preload/preload-route.ts` },
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            { name: 'vendor-graphql', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/ },
            { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // Every feature's texts of a language in one file: one request for a page, not one per feature.
            { name: 'texts-vi', test: /[\\/]src[\\/]features[\\/][^\\/]+[\\/]i18n[\\/]vi\.json$/ },
            { name: 'texts-en', test: /[\\/]src[\\/](features[\\/][^\\/]+[\\/])?i18n[\\/]en\.json$/ },
            // Over plain HTTP/1.1 (npm start) a browser opens six connections to a host, so every request past them
            // waits a round trip: the small modules the app and the learner's pages share go in a few chunks, not
            // twenty. Each group takes its modules alone (`includeDependenciesRecursively: false`: the barrels of
            // the libraries would otherwise pull in every page's documents), and the operations' documents by the
            // operations module they are named after (see graphql-documents-plugin).
            { name: 'app-shell', includeDependenciesRecursively: false, test: /[\\/]libs[\\/]portal[\\/](ui[\\/]|data-access[\\/]src[\\/](index\.ts|lib[\\/]|auth[\\/]|operations[\\/](auth|password-reset)\.operations))|[\\/]apps[\\/]portal[\\/]src[\\/](shared[\\/](display-error|use-display-error|form-error|query-error|page-title|intl-formats)|features[\\/]courses[\\/]shared[\\/](format-hours|localized-track|course-cover|lesson-sequence))\.tsx?$|hocso-graphql-document:(auth|password-reset)\.operations\// },
            { name: 'course-pages', includeDependenciesRecursively: false, test: /[\\/]libs[\\/]portal[\\/]data-access[\\/]src[\\/]operations[\\/](courses|course-authoring|compliance)\.operations\.ts$|hocso-graphql-document:(courses|course-authoring|compliance)\.operations\/|[\\/]features[\\/](courses[\\/](catalogue[\\/](course-card|course-marks)|shared[\\/]module-heading|course[\\/]course-outline)|home[\\/]my-requirements|certificates[\\/](enrollment-certificate|certificate-links))\.tsx?$/ },
            { name: 'exam-pages', includeDependenciesRecursively: false, test: /[\\/]libs[\\/]portal[\\/]data-access[\\/]src[\\/]operations[\\/](exams|attempts)\.operations\.ts$|hocso-graphql-document:(exams|attempts)\.operations\/|[\\/]features[\\/]exams[\\/]shared[\\/]format\.ts$/ },
            { name: 'attempt-parts', includeDependenciesRecursively: false, test: /[\\/]node_modules[\\/]marked[\\/]|[\\/]features[\\/](question-bank[\\/](question-text-view|question-text|sanitize-html)|exams[\\/]attempt[\\/](answer-response|numeric-answer))\.tsx?$|[\\/]src[\\/]shared[\\/]use-modal-dialog\.ts$|[\\/]libs[\\/]shared[\\/]contracts[\\/]/ },
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
