import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CertificateBatchKind, CertificateBatchState } from '@hocso/contracts';
import type { CertificateBatchView } from '@hocso/server-core';
import { CertificateBatchKindEnum, CertificateBatchStateEnum } from '../certificate-enums';

@ObjectType('CertificateBatch', { description: "A bulk certificate job of a course and its progress (done + failed of total)" })
export class CertificateBatchModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  courseId: string;

  @Field(() => CertificateBatchKindEnum)
  kind: CertificateBatchKind;

  @Field(() => String, { nullable: true, description: 'REISSUE: the reason the new certificates carry' })
  reason: string | null;

  @Field(() => CertificateBatchStateEnum)
  state: CertificateBatchState;

  @Field(() => Int, { description: 'what the job works on, counted when it started' })
  total: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  failed: number;

  @Field(() => String, { nullable: true, description: 'who started it (null when that account is gone)' })
  startedByName: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  static from(batch: CertificateBatchView): CertificateBatchModel {
    return Object.assign(new CertificateBatchModel(), {
      id: batch.id,
      courseId: batch.courseId,
      kind: batch.kind,
      reason: batch.reason,
      state: batch.state,
      total: batch.total,
      done: batch.done,
      failed: batch.failed,
      startedByName: batch.startedByName,
      createdAt: batch.createdAt,
      startedAt: batch.startedAt,
      finishedAt: batch.finishedAt,
    });
  }
}
