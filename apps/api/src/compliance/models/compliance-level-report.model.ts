import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { LevelReportView, Locale } from '@hocso/server-core';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';

@ObjectType('ComplianceLevelRow')
export class ComplianceLevelRowModel {
  @Field()
  levelCode: string;

  @Field({ description: "the level's name in the reader's language" })
  levelName: string;

  @Field(() => Int, { description: 'people of this level covered by the requirement (or by any)' })
  required: number;

  @Field(() => Int, { description: 'of them, those who meet it: by HocSo completions or recognised external certificates' })
  completed: number;

  @Field(() => Float, { nullable: true, description: 'completed / required, 0..1; null when required is 0' })
  rate: number | null;
}

@ObjectType('ComplianceLevelTotal')
export class ComplianceLevelTotalModel {
  @Field(() => Int)
  required: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Float, { nullable: true })
  rate: number | null;
}

@ObjectType('ComplianceLevelReport')
export class ComplianceLevelReportModel {
  @Field(() => ComplianceLevelTotalModel, { description: 'everyone placed in a level' })
  total: ComplianceLevelTotalModel;

  @ListSize(LIST_BOUNDS.complianceLevels)
  @Field(() => [ComplianceLevelRowModel])
  rows: ComplianceLevelRowModel[];

  static from(view: LevelReportView, locale: Locale): ComplianceLevelReportModel {
    return {
      total: view.total,
      rows: view.rows.map((row) => ({ levelCode: row.level.code, levelName: locale === 'en' ? row.level.nameEn : row.level.nameVi, required: row.required, completed: row.completed, rate: row.rate })),
    };
  }
}
