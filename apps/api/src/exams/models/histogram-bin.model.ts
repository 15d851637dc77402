import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { HistogramBin } from '@hocso/server-core';

@ObjectType('HistogramBin', { description: 'How many attempts scored from fromPercent up to toPercent (100 % falls in the last bin)' })
export class HistogramBinModel {
  @Field(() => Float)
  fromPercent: number;

  @Field(() => Float)
  toPercent: number;

  @Field(() => Int)
  count: number;

  static from(bin: HistogramBin): HistogramBinModel {
    return Object.assign(new HistogramBinModel(), bin);
  }
}
