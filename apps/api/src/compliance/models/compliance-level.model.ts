import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ComplianceLevel, Locale } from '@hocso/server-core';

@ObjectType('ComplianceLevel', { description: "a row of the report by level: people are placed by their unit's kind and their position" })
export class ComplianceLevelModel {
  @Field()
  code: string;

  @Field({ description: "in the reader's language" })
  name: string;

  @Field()
  nameVi: string;

  @Field()
  nameEn: string;

  @Field(() => [String], { description: "the person's own unit is of one of these kinds" })
  unitKinds: string[];

  @Field(() => String, { nullable: true, description: 'a case-insensitive POSIX regular expression the position must match; null: any position' })
  positionPattern: string | null;

  @Field(() => Int, { description: 'a person is placed in the first matching level by this order' })
  sortOrder: number;

  static from(level: ComplianceLevel, locale: Locale): ComplianceLevelModel {
    return Object.assign(new ComplianceLevelModel(), { ...level, name: locale === 'en' ? level.nameEn : level.nameVi });
  }
}
