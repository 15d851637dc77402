import { Controller, Get, Res } from '@nestjs/common';
import { CredentialKeyRing } from '@hocso/server-core';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';

/** The platform's did:web DID document: the keys, current and previous, that sign its credentials. */
@Controller('.well-known')
export class DidDocumentController {
  constructor(private readonly keys: CredentialKeyRing) {}

  @Public()
  @Get('did.json')
  didDocument(@Res({ passthrough: true }) res: Response): Record<string, unknown> {
    res.setHeader('Content-Type', 'application/did+json; charset=utf-8');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    return this.keys.didDocument();
  }
}
