import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import type { TrackEntity } from '@hocso/server-core';
import { AudienceEnum } from '../../common/graphql-enums';

@ObjectType('Track')
export class TrackModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'seeded codes: leaders, officials, sme, village-heads' })
  code: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  titleEn: string | null;

  @Field(() => String, { nullable: true })
  descriptionEn: string | null;

  @Field(() => [AudienceEnum])
  audiences: Audience[];

  static from(entity: TrackEntity): TrackModel {
    return {
      id: entity.id,
      code: entity.code,
      title: entity.title,
      description: entity.description,
      titleEn: entity.titleEn,
      descriptionEn: entity.descriptionEn,
      audiences: entity.audiences,
    };
  }
}
