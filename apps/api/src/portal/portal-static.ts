import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

const API_PREFIXES = ['/graphql', '/health', '/.well-known', '/certificates', '/credentials', '/uploads', '/files'];
const API_PATTERNS = [/^\/question-banks\/[^/]+\/export$/, /^\/exams\/[^/]+\/statistics\.(csv|xlsx)$/];

/** Serves the built portal at `/` with a fallback to index.html for client-side routes. */
export function servePortal(app: INestApplication, portalDist: string): boolean {
  const index = path.join(portalDist, 'index.html');
  if (!existsSync(index)) return false;
  app.use(express.static(portalDist, { index: false, maxAge: '1h', immutable: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi =
      API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`)) ||
      API_PATTERNS.some((pattern) => pattern.test(req.path));
    if (req.method !== 'GET' || isApi || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
