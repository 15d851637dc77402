import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TrustedIssuerEntity } from '@hocso/server-core';

@ObjectType('TrustedIssuer', { description: "A did:web issuer administrators trust: credentials it signs verify against the DID document stored with it" })
export class TrustedIssuerModel {
  @Field(() => ID)
  id: string;

  @Field()
  did: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  logoUrl: string | null;

  @Field()
  createdAt: Date;

  static from(entity: TrustedIssuerEntity): TrustedIssuerModel {
    return Object.assign(new TrustedIssuerModel(), { id: entity.id, did: entity.did, name: entity.name, logoUrl: entity.logoUrl, createdAt: entity.createdAt });
  }
}
